#!/usr/bin/env python3
"""Build the "pu-" documents of the other-councils evaluation set and their gold annotations.

A shire district (a borough council) in the South West: the Overview and Scrutiny
Committee's minutes written in Word, and the agenda front sheet for the same meeting as a
PDF. The council, its people, places, providers and figures are invented.

Usage:  build_pu.py           build documents/pu-* and gold/pu-*.json
        build_pu.py --check   verify every gold phrase occurs once in its document
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

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pu-hatherwell-overview-scrutiny-committee-2025-03-10.docx"
AGENDA_NAME = "pu-hatherwell-overview-scrutiny-committee-agenda-2025-03-10.pdf"

FIXED = dt.datetime(2025, 3, 14, 10, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 3, 14, 10, 30, 0)
AGENDA_DATE = dt.datetime(2025, 2, 28, 9, 0, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks inside an item:
#   ("p", text)        a paragraph; **bold** runs are marked with double asterisks
#   ("bold", text)     a bold paragraph (sub-headings, RESOLVED / RECOMMENDED labels)
#   ("quote", text)    an indented paragraph (a written question or response)
#   ("bullet", text)   "List Bullet"
#   ("bullet2", text)  "List Bullet 2" (a response under a member's point)
#   ("clause", text)   a typed decision clause "1.<tab>...", indented
#   ("note", text)     an italic note

COUNCIL = "Hatherwell Borough Council"
COMMITTEE = "Overview and Scrutiny Committee"

ITEMS = [
    ("Apologies", [
        ("p", "Apologies were received from Councillors Duncan Ferrier and Sally-Ann Pirie. "
              "Councillor Coe attended as a substitute for Councillor Ferrier."),
    ]),
    ("Declarations of interest", [
        ("p", "Councillor Whitcutt declared an interest in item 7 as a tenant of the council."),
        ("p", "Councillor Okwu declared an interest in item 8 as a trustee of Hatherwell "
              "Disability Forum, which had been consulted on the specification for the home "
              "improvement agency."),
        ("p", "Neither interest was prejudicial, and both Members remained in the meeting for "
              "the items concerned."),
    ]),
    ("Minutes of the last meeting", [
        ("p", "The minutes of the meeting held on 27 January 2025 were approved and signed as "
              "a correct record."),
    ]),
    ("Public and Member questions, calls for actions and petitions", [
        ("p", "One public question and one Member question had been received. The questions, "
              "and the responses given, are set out below."),
        ("bold", "1.\tQuestion from Mrs Lorna Kettlewell to the Cabinet Member Housing"),
        ("quote", "\u201cSince housing management came back in-house last April, how many "
                  "reports of damp and mould have council tenants made, and how many of them "
                  "are still waiting for the work to be done?\u201d"),
        ("bold", "Response from the Cabinet Member Housing"),
        ("quote", "\u201cBetween 1 April 2024 and 28 February 2025 the council received 412 "
                  "reports of damp and mould from its tenants. Of these, 371 have been "
                  "completed, 29 have a repair booked and 12 are awaiting a specialist survey. "
                  "Every report is now inspected within ten working days, and the council is "
                  "preparing for the new timescales that will apply to social landlords under "
                  "Awaab\u2019s Law from October 2025.\u201d"),
        ("p", "In a supplementary question, Mrs Kettlewell asked what was being done for "
              "tenants who had already waited more than three months. The Cabinet Member "
              "undertook to provide a written response, as he did not have the individual "
              "cases to hand."),
        ("bold", "2.\tQuestion from Councillor Dominic Harte to the Cabinet Member Safety and "
                 "Communities"),
        ("quote", "\u201cHow many shops in Hatherwell have been caught selling vapes to "
                  "under-18s in the last twelve months, and how many of those shops have lost "
                  "their licence as a result?\u201d"),
        ("bold", "Response from the Cabinet Member Safety and Communities"),
        ("quote", "\u201cTrading standards officers from Ledmoreshire County Council carried out "
                  "38 test purchases at shops in the borough during 2024, supported by the "
                  "council\u2019s licensing team. Nine shops sold vapes to a young person "
                  "under 18. There is at present no licensing scheme for shops that sell "
                  "vapes, so there is no licence to remove. However, the council has reviewed "
                  "the premises licences of two of the shops under the Licensing Act 2003, as "
                  "alcohol had also been sold to a young person at those premises.\u201d"),
        ("p", "In a supplementary question, Councillor Harte asked whether the council would "
              "press the government for a licensing scheme for retailers of vapes. The Cabinet "
              "Member confirmed that she had written to the Minister in support of a retail "
              "licensing scheme and would share her letter with all Members."),
    ]),
    ("Matters referred to committee", [
        ("p", "There were none."),
    ]),
    ("Cabinet Briefing", [
        ("p", "The Leader provided the following updates:"),
        ("bullet", "the budget for 2025/26, including a council tax increase of 2.99% for the "
                   "borough\u2019s share, had been approved by Council on 24 February;"),
        ("bullet", "following the government\u2019s invitation to councils in Ledmoreshire to "
                   "put forward proposals for local government reorganisation, a joint Member "
                   "seminar had been held on 4 March, and an interim proposal would be "
                   "submitted by the deadline of 21 March 2025;"),
        ("bullet", "Cabinet had agreed on 25 February to accept an allocation of \u00a31.8 "
                   "million from the Local Authority Housing Fund, which, with match funding "
                   "from the council, would buy 12 homes to be used as temporary accommodation "
                   "for families;"),
        ("bullet", "the Elmstow community hub had opened on 3 March, bringing the housing "
                   "options, benefits and employment support teams together in one building "
                   "one day a week."),
        ("p", "In response to a Member question about how residents would be consulted on "
              "reorganisation proposals, the Leader confirmed that the councils in Ledmoreshire "
              "would run a joint public survey in April and May, and that the results would be "
              "brought to this committee before Council was asked to agree a final proposal "
              "in the autumn."),
    ]),
    ("Housing services: review of the first year of in-house housing management", [
        ("p", "The Cabinet Member Housing introduced the report, as circulated with the "
              "agenda. He reminded Members that Cabinet had decided in July 2023 to end the "
              "management agreement with Hatherwell Borough Homes (HBH), the council\u2019s "
              "arm\u2019s-length management organisation, and that 214 staff had transferred "
              "to the council under TUPE on 1 April 2024. The report reviewed the first year "
              "against the aims set out in the business case: a single point of "
              "accountability for tenants, savings of \u00a3420,000 a year from shared "
              "back-office services, and closer working between housing, homelessness and "
              "community services."),
        ("p", "The Head of Housing Operations highlighted the following:"),
        ("bullet", "tenant satisfaction with the repairs service had risen from 68% to 74% over "
                   "the year, although satisfaction with complaint handling remained low at "
                   "41%;"),
        ("bullet", "savings of \u00a3365,000 had been achieved so far, with the remainder "
                   "expected once the lease on the former HBH offices at Wyatt House came to "
                   "an end in 2025/26;"),
        ("bullet", "staff turnover had been 14% over the year, compared with 11% in the last "
                   "full year of HBH;"),
        ("bullet", "the responsive repairs contract with Tallowmere Property Services, which "
                   "HBH had let in 2021, had been extended for one year to March 2026 while "
                   "options for the future of the repairs service were considered;"),
        ("bullet", "the council had submitted its first tenant satisfaction measures return to "
                   "the Regulator of Social Housing in June 2024 and would publish the second "
                   "in the summer."),
        ("p", "The Chair thanked the Cabinet Member and officers for the report, and Members "
              "raised a number of questions."),
        ("p", "A Member asked how many of the staff who transferred from HBH had since left, "
              "and whether exit interviews had pointed to any particular cause. The Head of "
              "Housing Operations said that 31 of the 214 had left during the year. The main "
              "reasons given were retirement and better pay elsewhere in the sector, and a "
              "small number of leavers had cited the move to council terms and conditions."),
        ("p", "Councillor Tisdall expressed concern that satisfaction with complaint handling "
              "had barely moved in a year, and said that tenants in his ward still felt they "
              "were being passed from one department to another. The Director of Communities "
              "and Housing acknowledged this, and explained that a new complaints team had "
              "been in place only since January. The Housing Ombudsman\u2019s complaint "
              "handling code now required a response within ten working days at stage one, "
              "and the team was meeting that standard in 83% of cases."),
        ("p", "A Member queried whether the \u00a3365,000 of savings had been achieved by "
              "cutting front-line services. The Cabinet Member was clear that it had not: the "
              "savings had come from merging the finance, IT and human resources functions "
              "and from ending HBH\u2019s separate board and audit costs, and no front-line "
              "post had been deleted."),
        ("p", "A Member asked whether tenants had been involved in reviewing the first year, "
              "given that HBH had had tenant members on its board. The Housing Strategy and "
              "Partnerships Manager explained that a tenant survey had been carried out in "
              "November 2024, with 1,120 responses, and that the council was now setting up a "
              "Tenant Scrutiny Panel so that tenants would have a formal role in holding the "
              "landlord service to account. Eleven tenants had applied to join."),
        ("p", "A Member raised concerns about the performance of the repairs contractor and "
              "asked why the contract had been extended rather than re-tendered. The Head of "
              "Housing Operations said that a re-procurement could not have been completed in "
              "time without risking a gap in the service, and that the one-year extension had "
              "been agreed on revised key performance indicators, including a target of 95% of "
              "emergency repairs completed within 24 hours. An options appraisal, including "
              "bringing the repairs service in-house, would be brought to Cabinet in the "
              "autumn."),
        ("p", "A Member commented that the council should learn from other councils that had "
              "brought their repairs service back in-house, as the profit margin paid to a "
              "contractor could instead be reinvested in homes."),
        ("p", "In response to a Member question about homelessness, the Director of "
              "Communities and Housing confirmed that the number of households in temporary "
              "accommodation had fallen from 97 to 84 since April 2024. She attributed this "
              "partly to the housing options officers and the tenancy sustainment officers "
              "now working in a single team, which meant that tenants at risk of eviction "
              "were referred earlier."),
        ("p", "The Chair moved that the committee note the report and ask for a further "
              "update, and the committee voted unanimously in favour."),
        ("bold", "RESOLVED that"),
        ("clause", "1.\tthe report be noted; and"),
        ("clause", "2.\ta further report on tenant satisfaction measures and complaint handling "
                   "be brought to the committee in September 2025."),
        ("p", "The Vice-Chair then proposed a recommendation to Cabinet on the role of the new "
              "tenants\u2019 panel, which was seconded by Councillor Ramanathan. The committee "
              "voted unanimously to make the following recommendation to Cabinet:"),
        ("bold", "RECOMMENDED TO CABINET that"),
        ("clause", "the Tenant Scrutiny Panel be given the right to refer matters directly to "
                   "the Overview and Scrutiny Committee, and that the panel\u2019s annual "
                   "report be considered by the committee each year."),
    ]),
    ("Disabled facilities grants and re-procurement of the home improvement agency", [
        ("p", "The Housing Strategy and Partnerships Manager introduced the report, as "
              "circulated with the agenda. Disabled facilities grants (DFGs) were mandatory "
              "grants of up to \u00a330,000 to adapt the homes of disabled residents, funded "
              "through the Better Care Fund. Since 2018 the six district councils in "
              "Ledmoreshire and the county council had jointly commissioned a single home "
              "improvement agency, Safe at Home Ledmoreshire, which was run by Kestrelbank Care "
              "and Repair under a contract led by the county council. The agency handled "
              "enquiries and applications, arranged surveys and oversaw the building work. "
              "The contract would end on 31 March 2026, and the county council, as lead "
              "commissioner, intended to go out to tender in the summer. Cabinet would be "
              "asked on 22 April 2025 to agree that the council take part in the new joint "
              "procurement."),
        ("p", "She highlighted that in 2023/24 the council had approved 118 grants, spending "
              "\u00a31.12 million of its \u00a31.31 million allocation, and that the average "
              "time from first enquiry to completion of the works was 41 weeks, against a "
              "county average of 36 weeks."),
        ("p", "Stella Openshaw, Operations Manager, Kestrelbank Care and Repair, explained that "
              "demand had risen by about a fifth in two years, and that the shortage of "
              "occupational therapists was the main cause of delay before an application "
              "could be made. The agency had started using trusted assessors for simpler "
              "adaptations such as grab rails and half steps."),
        ("p", "Members made the following comments and asked the following questions:"),
        ("bullet", "A Member asked why residents of Hatherwell waited five weeks longer than "
                   "the county average."),
        ("bullet2", "The Housing Strategy and Partnerships Manager explained that the borough "
                    "had a higher proportion of older terraced homes, in which level-access "
                    "showers and stairlifts were harder to fit, which meant more complex "
                    "schemes and more time spent with the building control team."),
        ("bullet", "A Member expressed concern that the new contract might be awarded on price "
                   "alone, and that a national company could undercut local firms and "
                   "charities."),
        ("bullet2", "The Housing Strategy and Partnerships Manager confirmed that the "
                    "evaluation criteria proposed by the county council gave 60% of the "
                    "marks to quality, including 10% for social value, and 40% to price."),
        ("bullet", "Councillor Okwu requested that disabled residents and their carers be "
                   "involved in evaluating the bids, as they had been in drawing up the "
                   "specification."),
        ("bullet2", "The Director of Communities and Housing said that she would put this to "
                    "the county council\u2019s commissioning team, noting that service user "
                    "representatives had sat on the evaluation panel for the carers\u2019 "
                    "support contract the previous year."),
        ("bullet", "A Member asked whether the council had considered providing the service "
                   "itself instead of through a joint contract."),
        ("bullet2", "The Cabinet Member Housing said that an in-house option had been looked at "
                    "in 2017 and rejected, because the council could not achieve the scale "
                    "needed to employ its own surveyors and occupational therapists. Officers "
                    "would, however, refresh the comparison for the report to Cabinet."),
        ("bullet", "A Member noted that almost \u00a3190,000 of last year\u2019s allocation had "
                   "not been spent, and felt that it should have been used to shorten the "
                   "waiting list rather than carried forward."),
        ("bullet2", "The Director of Communities and Housing confirmed that the underspend had "
                    "been carried forward and would be committed in 2025/26 through a "
                    "fast-track scheme for grants below \u00a35,000, mainly for stairlifts and "
                    "ramps, which would not need a full survey."),
        ("bullet", "A Member asked whether the agency\u2019s staff were paid the real Living "
                   "Wage."),
        ("bullet2", "Stella Openshaw confirmed that all Kestrelbank staff were paid at least "
                    "the real Living Wage, and that the county council intended to make this "
                    "a requirement of the new contract."),
        ("p", "Councillor Tisdall proposed an additional recommendation to Cabinet, seconded "
              "by Councillor Moss, that the council withdraw from the joint arrangement and run "
              "its own home improvement agency from April 2026. The Director of Communities "
              "and Housing advised that this would not leave enough time to recruit staff and "
              "set up a service. On being put to the vote, the proposal was lost, with 3 for, "
              "6 against and 1 abstention."),
        ("p", "The committee then voted unanimously to make the following recommendations to "
              "Cabinet:"),
        ("bold", "RECOMMENDED TO CABINET that"),
        ("clause", "1.\tthe council take part in the joint re-procurement of the home "
                   "improvement agency, provided that quality is weighted at no less than "
                   "60% in the evaluation;"),
        ("clause", "2.\tdisabled residents and carers be invited to take part in evaluating "
                   "the bids; and"),
        ("clause", "3.\tthe report to Cabinet include an updated comparison with an in-house "
                   "service."),
    ]),
    ("Youth vaping: enforcement and prevention update", [
        ("p", "The Cabinet Member Safety and Communities introduced the update, as circulated "
              "with the agenda, which the committee had requested in September 2024 following "
              "concerns raised by parents and headteachers. The Environmental Health and "
              "Licensing Manager and Harriet Lea, Senior Public Health Practitioner, "
              "Ledmoreshire County Council, gave a presentation covering:"),
        ("bullet", "the county\u2019s 2024 schools survey, in which 21% of Year 10 pupils in "
                   "Hatherwell said they had used a vape in the past month, compared with 17% "
                   "across Ledmoreshire;"),
        ("bullet", "joint work with Ledmoreshire Trading Standards, which had seized 2,640 "
                   "illegal vapes from 11 premises in the borough during 2024;"),
        ("bullet", "the ban on the sale of single-use vapes from 1 June 2025, and the "
                   "council\u2019s plans to write to and visit retailers before it came into "
                   "force;"),
        ("bullet", "the stop smoking service, which now offered vapes as a quitting aid to "
                   "adult smokers but did not supply them to anyone under 18."),
        ("p", "The following points were raised by Members, and responses given:"),
        ("bullet", "A Member asked what happened to the vapes that had been seized. The "
                   "Environmental Health and Licensing Manager confirmed that seized products "
                   "were held as evidence until any prosecution was concluded and were then "
                   "sent for specialist disposal, because the lithium batteries could not go "
                   "to landfill."),
        ("bullet", "A Member was concerned that the survey figures for Hatherwell were higher "
                   "than the county average and asked whether particular schools were "
                   "affected. The Senior Public Health Practitioner said that the results were "
                   "not published school by school, but that the school nursing team was "
                   "offering every secondary school a lesson pack and an evening session for "
                   "parents."),
        ("bullet", "A Member commented that vapes were too often displayed next to sweets at "
                   "children\u2019s eye level, and suggested that the council write to shops "
                   "about this."),
        ("bullet", "In response to a question about whether vaping was safer than smoking, the "
                   "Senior Public Health Practitioner explained that the national advice "
                   "remained that vaping was far less harmful than smoking for adult smokers, "
                   "but that young people who had never smoked should not vape, as the "
                   "long-term effects were not yet known."),
        ("bullet", "A Member requested figures on the number of test purchases planned for "
                   "2025/26 and the number of officers available to carry them out. The "
                   "Environmental Health and Licensing Manager undertook to circulate these "
                   "after the meeting, as the trading standards service was still finalising "
                   "its plan for the year."),
        ("p", "The Chair thanked the officers for attending, and the committee noted the youth "
              "vaping update."),
        ("note", "Councillor Moss left the meeting at 8.20 pm."),
    ]),
    ("Ledmoreshire Health Overview and Scrutiny Committee update", [
        ("p", "Councillor Brigstock, the council\u2019s representative on the Ledmoreshire "
              "Health Overview and Scrutiny Committee (HOSC), gave an update on the HOSC "
              "meeting held on 18 February 2025. The main items had been:"),
        ("bullet", "NHS dental services: the Ledmoreshire Integrated Care Board (ICB) had "
                   "reported that 47% of adults in the county had seen an NHS dentist in the "
                   "previous two years, and that it was commissioning additional urgent "
                   "dental appointments at practices in Hatherwell and two other towns;"),
        ("bullet", "planned care waiting times at Ledmoreshire Hospitals NHS Foundation Trust, "
                   "where 2,180 patients had waited more than 52 weeks for treatment, mainly "
                   "in orthopaedics, ear, nose and throat, and gynaecology;"),
        ("bullet", "the HOSC\u2019s decision to set up a task group on access to GP "
                   "appointments, which would report in the summer."),
        ("p", "A Member asked whether any dental practice in Hatherwell was taking on new NHS "
              "adult patients. Councillor Brigstock said that, according to the ICB, none was "
              "at present, and that residents needing urgent care were being directed to NHS "
              "111."),
        ("p", "A Member expressed concern that residents on long orthopaedic waiting lists "
              "were being advised to pay for private treatment, and that this was widening "
              "health inequalities. Councillor Brigstock agreed to raise this at the next HOSC "
              "meeting in April."),
        ("p", "A Member commented that the committee should be able to hear directly from the "
              "ICB, rather than only through the HOSC update."),
        ("p", "The committee noted the update and agreed that the Chair would write to the ICB "
              "inviting its Director of Primary Care to a future meeting to discuss dental "
              "access in Hatherwell."),
    ]),
    ("Review of scrutiny workplan", [
        ("p", "The Democracy Officer presented the workplan, as circulated with the agenda. "
              "She reminded Members that the April meeting would receive the annual report of "
              "the Hatherwell Community Safety Partnership and the Cabinet Member Housing\u2019s "
              "update on the Local Authority Housing Fund purchases."),
        ("p", "Councillor Drury requested that an item on the council\u2019s preparations for "
              "Awaab\u2019s Law be added to the workplan for June 2025, given the number of "
              "damp and mould reports referred to in the public question. The Cabinet Member "
              "Housing said he would be happy to bring a report."),
        ("p", "The committee agreed to add an item on preparations for Awaab\u2019s Law to the "
              "June meeting, and to hold a scoping session for a task group on disabled "
              "facilities grants once Cabinet had made its decision."),
    ]),
    ("Date of next meeting", [
        ("p", "The next meeting is scheduled for Monday 14 April 2025."),
    ]),
]


def _set_cell_border_none(table) -> None:
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _add_field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _number_heading_style(doc) -> None:
    """Give Heading 1 automatic numbering "1." with a tab, as the clerks' template does."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:nsid w:val="5A3C1E07"/>'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)

    style = doc.styles["Heading 1"]
    ppr = style.element.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="90"/></w:numPr>')
    # numPr follows keepNext, keepLines, pageBreakBefore, framePr and widowControl.
    before = [qn(f"w:{t}") for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore",
                                     "framePr", "widowControl")]
    index = 0
    for i, child in enumerate(ppr):
        if child.tag in before:
            index = i + 1
    ppr.insert(index, numpr)


def _runs(paragraph, text: str, italic: bool = False) -> None:
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**"):
            r = paragraph.add_run(part[2:-2])
            r.bold = True
        else:
            r = paragraph.add_run(part)
        if italic:
            r.italic = True


def _save_docx(doc, path: Path) -> None:
    cp = doc.core_properties
    cp.author = "Bethan Quayle"
    cp.last_modified_by = "Bethan Quayle"
    cp.title = "Overview and Scrutiny Committee - Minutes - 10 March 2025"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 4
    cp.created = dt.datetime(2025, 3, 11, 9, 12, 0)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 12), ("Title", 20)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0x00, 0x00, 0x00)
        rfonts = st.element.rPr.rFonts
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(14)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(4)
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2"):
        doc.styles[name].font.name = "Arial"
        doc.styles[name].font.size = Pt(11)
        doc.styles[name].paragraph_format.space_after = Pt(4)
    _number_heading_style(doc)

    # Page furniture: the council's name in the header, page numbers in the footer.
    header = sec.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = header.add_run(COUNCIL)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{COMMITTEE} \u2013 Monday 10 March 2025").font.size = Pt(9)
    footer2 = sec.footer.add_paragraph()
    footer2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer2.add_run("Page ").font.size = Pt(9)
    _add_field(footer2, "PAGE")
    footer2.add_run(" of ").font.size = Pt(9)
    _add_field(footer2, "NUMPAGES")

    # Title block
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph(style="Title")
    p.add_run(COMMITTEE)
    p = doc.add_paragraph()
    r = p.add_run("Minutes")
    r.bold = True
    r.font.size = Pt(16)

    for label, value in (
        ("Meeting date: ", "Monday 10 March 2025"),
        ("Meeting time: ", "6.00 pm - 8.52 pm"),
    ):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(label).bold = True
        p.add_run(value)
    doc.add_paragraph()

    # Attendance, in paragraphs
    p = doc.add_paragraph()
    r = p.add_run("In attendance:")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run("Councillors:").bold = True
    doc.add_paragraph(
        "Tamsin Royle (Chair), Geraint Pollard (Vice-Chair), Hazel Brigstock, Miriam Coe, "
        "Fenella Drury, Kieran Moss, Amara Okwu, Priya Ramanathan, Bernard Tisdall and "
        "Lionel Whitcutt")
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run("Also in attendance:").bold = True
    doc.add_paragraph(
        "Councillor Patricia Venn (Leader of the Council), Councillor Owen Marchbank (Cabinet "
        "Member Housing), Councillor Jaswinder Bains (Cabinet Member Safety and Communities), "
        "Councillor Dominic Harte, Claire Hendy (Director of Communities and Housing), Martin "
        "Sowerby (Head of Housing Operations), Nadia Gill (Housing Strategy and Partnerships "
        "Manager), Colin Ashdown (Environmental Health and Licensing Manager), Harriet Lea "
        "(Senior Public Health Practitioner, Ledmoreshire County Council), Stella Openshaw "
        "(Operations Manager, Kestrelbank Care and Repair) and Bethan Quayle (Democracy Officer)")

    p = doc.add_paragraph()
    r = p.add_run("Minutes")
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_before = Pt(12)

    for title, blocks in ITEMS:
        doc.add_heading(title, level=1)
        for kind, text in blocks:
            if kind == "p":
                _runs(doc.add_paragraph(), text)
            elif kind == "bold":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.keep_with_next = True
                p.add_run(text).bold = True
            elif kind == "quote":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.right_indent = Cm(1.0)
                _runs(p, text)
            elif kind == "bullet":
                _runs(doc.add_paragraph(style="List Bullet"), text)
            elif kind == "bullet2":
                _runs(doc.add_paragraph(style="List Bullet 2"), text)
            elif kind == "clause":
                p = doc.add_paragraph()
                if "\t" in text:
                    p.paragraph_format.left_indent = Cm(1.0)
                    p.paragraph_format.first_line_indent = Cm(-0.75)
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
                else:
                    p.paragraph_format.left_indent = Cm(0.5)
                _runs(p, text)
            elif kind == "note":
                _runs(doc.add_paragraph(), text, italic=True)
            else:
                raise ValueError(kind)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(24)
    p.add_run("Tamsin Royle")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Chair").bold = True

    _save_docx(doc, path)


# ---------------------------------------------------------------------------
# The agenda front sheet (PDF)
# ---------------------------------------------------------------------------

AGENDA_ITEMS = [
    ("1.", "Apologies", None, None),
    ("2.", "Declarations of interest", None, None),
    ("3.", "Minutes of the last meeting",
     "To approve the minutes of the meeting held on 27 January 2025", "5 - 14"),
    ("4.", "Public and Member questions, calls for actions and petitions",
     "These must be received no later than 12 noon on the fifth working day before the date "
     "of the meeting", None),
    ("5.", "Matters referred to committee", None, None),
    ("6.", "Cabinet Briefing",
     "An opportunity for the Leader and Cabinet Members to update the committee on issues "
     "that may be of interest", None),
    ("7.", "Housing services: review of the first year of in-house housing management",
     "Report of the Cabinet Member Housing", "15 - 38"),
    ("8.", "Disabled facilities grants and re-procurement of the home improvement agency",
     "Report of the Cabinet Member Housing", "39 - 56"),
    ("9.", "Youth vaping: enforcement and prevention update",
     "Presentation by the Environmental Health and Licensing Manager and Ledmoreshire County "
     "Council public health team", "57 - 64"),
    ("10.", "Ledmoreshire Health Overview and Scrutiny Committee update",
     "Verbal update from Councillor Brigstock", None),
    ("11.", "Review of scrutiny workplan", None, "65 - 70"),
    ("12.", "Date of next meeting", "Monday 14 April 2025", None),
]

LINES_OF_ENQUIRY = [
    ("Item 7 \u2013 In-house housing management", [
        "Has the business case been delivered: where have the savings come from, and is any "
        "of the remaining saving at risk?",
        "Why has satisfaction with complaint handling not improved, and what will be "
        "different in 2025/26?",
        "How have tenants been involved in judging the first year, and what formal role "
        "will they have from now on?",
        "What are the options for the responsive repairs service when the current contract "
        "ends in March 2026, and when will Members see them?",
    ]),
    ("Item 8 \u2013 Disabled facilities grants", [
        "Why do residents of the borough wait longer than the county average for an "
        "adaptation, and what would shorten the wait?",
        "How much weight will quality and social value carry in the new tender, and who "
        "will sit on the evaluation panel?",
        "Could the council deliver the service itself, and has that been costed recently?",
        "How will this year\u2019s unspent allocation be used?",
    ]),
    ("Item 9 \u2013 Youth vaping", [
        "What do the survey results tell us about young people in Hatherwell compared with "
        "the rest of the county?",
        "How many test purchases and visits are planned for 2025/26, and with what "
        "resources?",
        "How will retailers be prepared for the ban on single-use vapes from 1 June 2025?",
    ]),
]

YOU_ASKED = [
    ("What does a tenant need to do to report damp and mould, and how quickly will "
     "someone visit? (Minute 7, 27 January 2025)",
     "Tenants can report by phone, online or through their housing officer. An inspection "
     "is now booked within ten working days. A leaflet has been sent to every tenant and "
     "is included in the item 7 report."),
    ("Can Members be given the number of households placed in bed and breakfast each "
     "month? (Minute 8, 27 January 2025)",
     "The figures for April 2024 to January 2025 were circulated to Members by email on "
     "6 February 2025."),
    ("Could the committee visit the new Elmstow community hub? (Minute 10, 27 January "
     "2025)",
     "A visit has been arranged for Thursday 20 March 2025 at 10.00 am. Please let the "
     "Democracy Officer know if you wish to attend."),
]


def build_agenda(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Agenda(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Agenda(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(AGENDA_DATE)
    pdf.set_title("Agenda - Overview and Scrutiny Committee - 10 March 2025")
    pdf.set_author("Democratic Services, Hatherwell Borough Council")
    pdf.set_creator("Committee management system")
    pdf.set_producer("Committee management system")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)

    w = pdf.w - 40

    def para(text: str, size: float = 10, style: str = "", h: float = 5, after: float = 2):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(w, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def label_value(label: str, value: str) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(38, 6, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(w - 38, 6, value, new_x="LMARGIN", new_y="NEXT")

    # Page 1: the front sheet
    pdf.add_page()
    pdf.set_fill_color(0, 84, 110)
    pdf.rect(20, 18, w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 21)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(w - 8, 10, COUNCIL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)
    para(COMMITTEE, size=18, style="B", h=9, after=4)
    label_value("Meeting date:", "Monday 10 March 2025")
    label_value("Meeting time:", "6.00 pm")
    label_value("Meeting venue:", "Council Chamber \u2013 Municipal Offices, Montague Parade, "
                                  "Hatherwell")
    pdf.ln(3)
    label_value("Membership:", "Councillors Tamsin Royle (Chair), Geraint Pollard "
                               "(Vice-Chair), Hazel Brigstock, Fenella Drury, Duncan Ferrier, "
                               "Kieran Moss, Amara Okwu, Sally-Ann Pirie, Priya Ramanathan, "
                               "Bernard Tisdall and Lionel Whitcutt")
    pdf.ln(4)
    pdf.set_draw_color(0, 84, 110)
    pdf.set_line_width(0.4)
    y0 = pdf.get_y()
    pdf.set_x(24)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(w - 8, 6, "Important notice \u2013 filming, recording and broadcasting of "
                             "council meetings", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(w - 8, 4.6,
                   "This meeting will be recorded by the council for live broadcast online at "
                   "www.hatherwell.gov.uk and on the council\u2019s YouTube channel. The Chair "
                   "will confirm this at the start of the meeting. If you participate in the "
                   "meeting, you consent to being filmed and to the possible use of those "
                   "images and sound recordings for broadcasting and/or training purposes. "
                   "If you have any questions on the filming or recording of meetings, please "
                   "contact Democratic Services.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.rect(20, y0 - 2, w, pdf.get_y() - y0 + 2)
    pdf.ln(6)
    para("Contact: democraticservices@hatherwell.gov.uk", size=10)
    para("Phone: 01632 960 418", size=10)
    para("Date of publication: Friday 28 February 2025", size=10, after=6)
    para("Members of the public may ask questions of the committee on any matter within its "
         "remit. Questions must be submitted in writing to Democratic Services by 12 noon on "
         "Monday 3 March 2025. A questioner may ask one supplementary question, which must "
         "relate to the original question or to the answer given.", size=9, h=4.6)

    # Page 2: the agenda
    pdf.add_page()
    para("Agenda", size=16, style="B", h=8, after=3)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_draw_color(180, 180, 180)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.2)
    heading = FontFace(emphasis="BOLD", fill_color=(225, 235, 240))
    with pdf.table(col_widths=(12, 122, 36), headings_style=heading, line_height=5.2, v_align="TOP",
                   text_align=("LEFT", "LEFT", "LEFT"), padding=1.6,
                   markdown=True) as table:
        row = table.row()
        for t in ("", "Item", "Page No"):
            row.cell(t)
        for number, title, note, pages in AGENDA_ITEMS:
            row = table.row()
            row.cell(number)
            text = f"**{title}**" + (f"\n{note}" if note else "")
            row.cell(text)
            row.cell(f"(Pages {pages})" if pages else "")
    pdf.ln(6)

    # Notes for Members
    para("Notes for Members", size=13, style="B", h=7, after=2)
    para("Suggested lines of enquiry", size=11, style="B", h=6, after=1)
    para("The Chair and Vice-Chair met the Democracy Officer on 24 February 2025 to plan the "
         "meeting. The questions below are offered as a guide; Members are free to raise "
         "other matters within the scope of each report.", size=9.5, h=4.8)
    for heading_text, questions in LINES_OF_ENQUIRY:
        para(heading_text, size=10, style="B", h=5.5, after=0.5)
        for question in questions:
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_x(24)
            pdf.cell(5, 4.8, "\u2022")
            pdf.multi_cell(w - 9, 4.8, question, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1.5)

    pdf.ln(2)
    para("Actions from the last meeting \u2013 You asked / We said", size=11, style="B",
         h=6, after=2)
    with pdf.table(col_widths=(85, 85), headings_style=heading, line_height=4.8, v_align="TOP",
                   text_align="LEFT",
                   padding=1.6) as table:
        row = table.row()
        row.cell("You asked")
        row.cell("We said")
        for asked, said in YOU_ASKED:
            row = table.row()
            pdf.set_font("DejaVu", "", 9.5)
            row.cell(asked)
            row.cell(said)
    pdf.ln(5)
    para("Information for members of the public", size=11, style="B", h=6, after=1)
    para("The Overview and Scrutiny Committee holds the Cabinet to account, reviews council "
         "policy and can look at any matter that affects the borough or its residents, "
         "including local health services through the council\u2019s seat on the Ledmoreshire "
         "Health Overview and Scrutiny Committee. It cannot overturn a decision itself, but "
         "it can make recommendations to Cabinet and to Council.", size=9.5, h=4.8)
    para("The Municipal Offices have level access from Montague Parade and a hearing loop "
         "in the Council Chamber. If you would like this agenda in another format, please "
         "contact Democratic Services.", size=9.5, h=4.8)

    data = pdf.output()
    path.write_bytes(bytes(data))


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


HOU = "Head of Housing Operations"
DCH = "Director of Communities and Housing"
HSPM = "Housing Strategy and Partnerships Manager"
EHLM = "Environmental Health and Licensing Manager"
SPHP = "Senior Public Health Practitioner"
CMH = "Cabinet Member Housing"
CMSC = "Cabinet Member Safety and Communities"
YV = ["public-health", "children-and-families"]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-10",
    "items": [{"number": str(i), "title": title} for i, (title, _) in enumerate(ITEMS, 1)],
    "questions": [
        # 4 public and Member questions
        q("4", "question",
          "how many reports of damp and mould have council tenants made",
          "Mrs Lorna Kettlewell",
          "the council received 412 reports of damp and mould from its tenants",
          CMH, ["housing"]),
        q("4", "question",
          "asked what was being done for tenants who had already waited",
          "Mrs Kettlewell",
          "undertook to provide a written response, as he did not have",
          CMH, ["housing"]),
        q("4", "question",
          "How many shops in Hatherwell have been caught selling vapes to under-18s",
          "Councillor Dominic Harte",
          "Nine shops sold vapes to a young person under 18",
          CMSC, ["public-health"]),
        q("4", "question",
          "asked whether the council would press the government for a licensing scheme",
          "Councillor Harte",
          "she had written to the Minister in support of a retail licensing scheme",
          CMSC, ["public-health"]),
        # 6 Cabinet Briefing
        q("6", "question",
          "a Member question about how residents would be consulted on reorganisation "
          "proposals",
          None,
          "the councils in Ledmoreshire would run a joint public survey in April",
          "Leader", ["governance", "patient-and-public-input"]),
        # 7 in-house housing management
        q("7", "question",
          "how many of the staff who transferred from HBH had since left",
          None,
          "31 of the 214 had left during the year",
          HOU, ["housing", "workforce"]),
        q("7", "concern",
          "expressed concern that satisfaction with complaint handling had barely moved in a year",
          "Councillor Tisdall",
          "a new complaints team had been in place only since January",
          DCH, ["housing"]),
        q("7", "question",
          "queried whether the £365,000 of savings had been achieved by cutting front-line "
          "services",
          None,
          "the savings had come from merging the finance, IT and human resources functions",
          CMH, ["housing", "finance"]),
        q("7", "question",
          "asked whether tenants had been involved in reviewing the first year",
          None,
          "a tenant survey had been carried out in November 2024",
          HSPM, ["housing", "patient-and-public-input"]),
        q("7", "concern",
          "raised concerns about the performance of the repairs contractor",
          None,
          "a re-procurement could not have been completed in time without risking a gap",
          HOU, ["housing", "subcontracting"]),
        q("7", "comment",
          "the profit margin paid to a contractor could instead be reinvested in homes",
          None, None, None, ["housing", "subcontracting", "privatisation"]),
        q("7", "question",
          "In response to a Member question about homelessness",
          None,
          "households in temporary accommodation had fallen from 97 to 84 since April 2024",
          DCH, ["housing"]),
        # 8 disabled facilities grants
        q("8", "question",
          "asked why residents of Hatherwell waited five weeks longer than the county average",
          None,
          "the borough had a higher proportion of older terraced homes",
          HSPM, ["housing"]),
        q("8", "concern",
          "expressed concern that the new contract might be awarded on price alone",
          None,
          "gave 60% of the marks to quality, including 10% for social value",
          HSPM, ["housing", "subcontracting", "privatisation"]),
        q("8", "request",
          "requested that disabled residents and their carers be involved in evaluating the bids",
          "Councillor Okwu",
          "she would put this to the county council\u2019s commissioning team",
          DCH, ["housing", "subcontracting", "patient-and-public-input", "adult-social-care"]),
        q("8", "question",
          "asked whether the council had considered providing the service itself",
          None,
          "an in-house option had been looked at in 2017 and rejected",
          CMH, ["housing", "privatisation", "subcontracting"]),
        q("8", "comment",
          "almost £190,000 of last year\u2019s allocation had not been spent",
          None,
          "would be committed in 2025/26 through a fast-track scheme for grants",
          DCH, ["housing", "finance"]),
        q("8", "question",
          "asked whether the agency\u2019s staff were paid the real Living Wage",
          None,
          "all Kestrelbank staff were paid at least the real Living Wage",
          "Stella Openshaw", ["housing", "workforce"]),
        # 9 youth vaping
        q("9", "question",
          "A Member asked what happened to the vapes that had been seized",
          None,
          "were then sent for specialist disposal, because the lithium batteries could not",
          EHLM, YV),
        q("9", "concern",
          "the survey figures for Hatherwell were higher than the county average",
          None,
          "the school nursing team was offering every secondary school a lesson pack",
          SPHP, YV),
        q("9", "comment",
          "vapes were too often displayed next to sweets at children\u2019s eye level",
          None, None, None, YV),
        q("9", "question",
          "a question about whether vaping was safer than smoking",
          None,
          "vaping was far less harmful than smoking for adult smokers",
          SPHP, YV),
        q("9", "request",
          "requested figures on the number of test purchases planned for 2025/26",
          None,
          "undertook to circulate these after the meeting",
          EHLM, YV),
        # 10 HOSC update
        q("10", "question",
          "asked whether any dental practice in Hatherwell was taking on new NHS adult patients",
          None,
          "according to the ICB, none was at present",
          "Councillor Brigstock", ["primary-care"]),
        q("10", "concern",
          "residents on long orthopaedic waiting lists were being advised to pay for private "
          "treatment",
          None,
          "agreed to raise this at the next HOSC meeting in April",
          "Councillor Brigstock", ["privatisation", "public-health"]),
        q("10", "comment",
          "the committee should be able to hear directly from the ICB",
          None, None, None, ["governance"]),
        # 11 workplan
        q("11", "request",
          "an item on the council\u2019s preparations for Awaab\u2019s Law be added",
          "Councillor Drury",
          "he would be happy to bring a report",
          CMH, ["housing"]),
    ],
    "resolutions": [
        res("3", "The minutes of the meeting held on 27 January 2025 were approved",
            "agreed", []),
        res("7", "a further report on tenant satisfaction measures and complaint handling be "
                 "brought",
            "agreed", ["housing"]),
        res("7", "the Tenant Scrutiny Panel be given the right to refer matters directly",
            "recommended", ["housing", "patient-and-public-input"]),
        res("8", "the proposal was lost, with 3 for, 6 against and 1 abstention",
            "rejected", ["housing", "privatisation", "subcontracting"]),
        res("8", "the council take part in the joint re-procurement of the home improvement "
                 "agency",
            "recommended", ["housing", "subcontracting", "patient-and-public-input"]),
        res("9", "the committee noted the youth vaping update", "noted", YV),
        res("10", "agreed that the Chair would write to the ICB inviting its Director",
            "agreed", ["primary-care"]),
        res("11", "The committee agreed to add an item on preparations for Awaab\u2019s Law",
            "agreed", ["housing"]),
    ],
    "attendees": [
        att("Tamsin Royle", "Chair", "present"),
        att("Geraint Pollard", "Vice-Chair", "present"),
        att("Hazel Brigstock", None, "present"),
        att("Miriam Coe", None, "present"),
        att("Fenella Drury", None, "present"),
        att("Kieran Moss", None, "present"),
        att("Amara Okwu", None, "present"),
        att("Priya Ramanathan", None, "present"),
        att("Bernard Tisdall", None, "present"),
        att("Lionel Whitcutt", None, "present"),
        att("Councillor Patricia Venn", "Leader of the Council", "in_attendance"),
        att("Councillor Owen Marchbank", "Cabinet Member Housing", "in_attendance"),
        att("Councillor Jaswinder Bains", "Cabinet Member Safety and Communities",
            "in_attendance"),
        att("Councillor Dominic Harte", None, "in_attendance"),
        att("Claire Hendy", "Director of Communities and Housing", "in_attendance"),
        att("Martin Sowerby", "Head of Housing Operations", "in_attendance"),
        att("Nadia Gill", "Housing Strategy and Partnerships Manager", "in_attendance"),
        att("Colin Ashdown", "Environmental Health and Licensing Manager", "in_attendance"),
        att("Harriet Lea", "Senior Public Health Practitioner, Ledmoreshire County Council",
            "in_attendance"),
        att("Stella Openshaw", "Operations Manager, Kestrelbank Care and Repair",
            "in_attendance"),
        att("Bethan Quayle", "Democracy Officer", "in_attendance"),
        att("Councillor Duncan Ferrier", None, "apologies"),
        att("Councillor Sally-Ann Pirie", None, "apologies"),
    ],
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_agenda(DOCS / AGENDA_NAME)
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
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
    for gold_path in sorted(GOLD.glob("pu-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for row in gold["questions"] if row["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / AGENDA_NAME}\ngold in {GOLD}")
