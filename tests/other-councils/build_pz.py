#!/usr/bin/env python3
"""Build the "pz-" documents (round 221) and their gold annotations.

Usage:  build_pz.py           build documents/pz-* and gold/pz-*.json
        build_pz.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pz-downsmere-overview-scrutiny-committee-2025-01-21.docx"
NEWS_NAME = "pz-downsmere-news-stop-smoking-vaping-service.html"

FIXED = (2025, 1, 28, 14, 12, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Body blocks:
#   ("min", number, title)      minute heading: number typed by hand, a tab, the title
#   "text"                      an ordinary paragraph
#   ("bold", text)              a bold paragraph on its own (RESOLVED, RECOMMENDATION ...)
#   ("clause", "1.", text)      a hand-numbered clause, hanging indent
#   ("quote", text)             an indented quotation (public question and reply)
#   ("note", text)              an italic note in brackets
#   ("actions", [(a, b, c)])    an actions table at the foot of an item

ATTENDANCE = [
    ("Members Present:",
     "Mr R Hatherley (Chairman), Mrs S Quennell (Vice-Chairman), Mr T Ambrose-Cole, "
     "Mrs J Belcombe, Dr K Farrant, Ms L Ingleby, Mr D Kewley, Mrs H Pendry, Mr G Sallis "
     "and Mr M Tregear"),
    ("Members not present:", "Mrs A Cloake, Mr B Dunnage and Mr F Yelland"),
    ("In attendance by invitation:",
     "Mr J Strevens (Cabinet Member for Communities and Wellbeing), Mrs N Aldous (Cabinet "
     "Member for Housing), Ms C Brightwell (Head of Primary Care Commissioning, Weald and "
     "Coast Integrated Care Board), Dr O Fenwick (Consultant in Public Health, Haldonshire "
     "County Council) and Mrs E Tulley (Chief Officer, Healthwatch Haldonshire)"),
    ("Officers present:",
     "Mr P Garrard (Divisional Manager for Democratic Services), Mrs L Hobday (Director of "
     "Housing and Communities), Mrs K Partington (Divisional Manager for Communities and "
     "Wellbeing), Mr S Okwuosa (Divisional Manager for Housing), Miss R Denyer (Wellbeing "
     "and Health Protection Manager) and Mrs T Marlow (Democratic Services Officer)"),
]

BODY = [
    ("min", "301", "Chairman's Announcements"),
    "The Chairman welcomed everyone to the meeting, in particular Ms Brightwell, Dr Fenwick "
    "and Mrs Tulley, and read out the emergency evacuation procedure. He reminded those "
    "present that the meeting was being audio recorded and that the recording would be "
    "published on the Council's website.",
    "Apologies were received from Mrs Cloake and Mr Dunnage. Mr Yelland was absent.",
    "The Chairman advised that, with the agreement of the Committee, agenda item 8 (Access "
    "to Primary Care and NHS Dentistry) would be taken before agenda item 7 so that Ms "
    "Brightwell could leave for another engagement at 11.00 am. The minutes below are "
    "recorded in the order in which the items were taken.",

    ("min", "302", "Approval of Minutes"),
    "The Committee considered the minutes of its meeting held on 12 November 2024. Dr "
    "Farrant advised that she had sent her apologies for that meeting but was not listed "
    "under minute 288.",
    ("bold", "RESOLVED"),
    "That the minutes of the meeting held on 12 November 2024 be approved as a correct "
    "record, subject to the addition of Dr Farrant to the apologies recorded at minute "
    "288, and that they be signed by the Chairman.",

    ("min", "303", "Urgent Items"),
    "There were no urgent items.",

    ("min", "304", "Declarations of Interests"),
    "Mrs Pendry declared a personal interest in agenda item 7 (Downsmere Wellbeing Service) "
    "as a member of Haldonshire County Council.",
    "Dr Farrant declared a personal interest in agenda item 8 (Access to Primary Care and "
    "NHS Dentistry) as a salaried GP at a practice in Selwick.",
    "Mr Sallis declared a personal interest in agenda item 9 (Temporary Accommodation and "
    "the Housing Needs Service) as a trustee of the Harnbury Foodbank.",

    ("min", "305", "Public Question Time"),
    "One public question had been received in accordance with the Committee's procedure "
    "rules. The question from Mrs Valerie Hamblin, a resident of Fittlecombe, was read out "
    "by Mr Garrard as follows:",
    ("quote", "\u201cPatients in Fittlecombe have been told that the branch surgery in the "
              "village hall will not reopen after the refurbishment of the main surgery in "
              "Selwick. What has the Council done to make the case for the branch surgery to "
              "the Integrated Care Board, and will the Committee ask the Board to "
              "reconsider?\u201d"),
    "The Chairman gave the following response:",
    ("quote", "\u201cThe Council does not commission GP services, which are the "
              "responsibility of the Integrated Care Board. However, I have written to the "
              "Board on behalf of the Committee asking for the evidence behind the decision, "
              "and its Head of Primary Care Commissioning will be asked to address the matter "
              "under agenda item 8 this morning.\u201d"),
    "Mrs Hamblin asked a supplementary question as to how patients who did not drive would "
    "get to the main surgery in Selwick, given that the bus service from Fittlecombe ran "
    "only twice a day. The Chairman undertook to put the question to Ms Brightwell when "
    "the Committee considered the item on primary care.",

    ("min", "306", "Access to Primary Care and NHS Dentistry"),
    "The Committee considered the report of the Weald and Coast Integrated Care Board (ICB) "
    "circulated with the agenda (copy attached to the official minutes).",
    "Ms Brightwell introduced the report. She advised that the number of GP appointments "
    "delivered by the 14 practices in the district had risen by 6% compared with the same "
    "period in 2023, that 41% of appointments were now held on the day on which they were "
    "booked, and that the ICB had commissioned an additional 3,600 urgent dental "
    "appointments in 2024-25 through its dental recovery scheme. The ICB had agreed in "
    "principle to fund the fit-out of a new surgery at the Bramfold Park development, which "
    "would be built by the developer under the Section 106 agreement negotiated by the "
    "Council.",
    "Mrs Tulley was invited to comment and reported that NHS dentistry remained the subject "
    "raised most often with Healthwatch Haldonshire, and that callers were regularly told "
    "that no practice within 20 miles was accepting new adult NHS patients.",
    "Members asked questions and made comments which were responded to as follows.",
    "Returning to the supplementary question raised under Public Question Time, the "
    "Chairman asked how residents of Fittlecombe without a car were expected to reach the "
    "surgery in Selwick. Ms Brightwell advised that the practice would run a weekly nurse "
    "and blood-test clinic in the village hall and that Downsmere Voluntary Action's "
    "community transport scheme could be booked for GP appointments. She added that the "
    "decision not to reopen the branch surgery had been taken by the practice partners, "
    "but that she would ask the practice to meet the parish council.",
    "Mr Tregear asked what the average wait for a routine GP appointment was in the "
    "district. Ms Brightwell explained that the ICB did not publish a single average, but "
    "that the median wait across the district's practices in November 2024 had been nine "
    "days, compared with eleven days a year earlier.",
    "Dr Farrant expressed concern that patients did not always understand the roles of "
    "the physician associates, paramedics and clinical pharmacists now working in "
    "practices, and felt that they had been denied an appointment with a doctor. Ms "
    "Brightwell acknowledged the point and said that the ICB was running a campaign with "
    "Healthwatch Haldonshire to explain the roles of the wider practice team.",
    "Mrs Quennell asked why three dental practices in the district had handed back their "
    "NHS contracts during 2024. Ms Brightwell explained that the national contract paid "
    "practices by units of dental activity, so that practices with many patients needing "
    "complex treatment found it hard to make the contract pay. The ICB had re-procured the "
    "activity from two of the practices, and the third was out to tender with a closing "
    "date in February.",
    "Mr Ambrose-Cole requested that the ICB publish a list of the practices in the "
    "district that were accepting new NHS patients, and that the list be shared with the "
    "Council's Customer Services team for residents who telephoned the Council. Ms "
    "Brightwell agreed to provide an updated list at the start of each month.",
    "Ms Ingleby asked about the oral health of children in Sandlow, where the rate of tooth "
    "decay among five-year-olds was well above the county average. Dr Fenwick explained that "
    "the County Council's supervised toothbrushing programme was running in 22 nurseries "
    "and primary schools in the district and would be extended to every primary school in "
    "Sandlow from September 2025.",
    "Mr Kewley queried who would staff the new surgery at Bramfold Park, given how hard "
    "practices were finding it to recruit GPs. Ms Brightwell confirmed that the building "
    "would be leased to the Selwick and Downs Medical Group, which would run it as a "
    "branch of its main practice, and that recruitment to the new clinical posts would "
    "begin in the spring of 2026.",
    "Mr Sallis commented that residents in the north of the district still found it very "
    "difficult to get through to their surgery by telephone at 8.00 am.",
    ("bold", "RESOLVED"),
    "That the Committee:",
    ("clause", "1.", "notes the report; and"),
    ("clause", "2.", "requests that the ICB provides a further report to the Committee in "
                     "July 2025 on GP access and NHS dentistry in the district, to include "
                     "the number of dental practices accepting new NHS patients."),
    ("actions", [
        ("Send Customer Services a monthly list of dental practices taking new NHS patients",
         "Ms Brightwell (ICB)", "From February 2025"),
        ("Ask the Fittlecombe practice partners to meet the parish council",
         "Ms Brightwell (ICB)", "March 2025"),
        ("Add the further ICB report to the work programme", "Mr Garrard", "July 2025"),
    ]),
    "The Chairman thanked Ms Brightwell for attending and she left the meeting.",

    ("min", "307", "Downsmere Wellbeing Service \u2013 Annual Report 2023-24 and "
                   "Re-procurement of the Stop Smoking and Vaping Service"),
    "The Committee considered the report circulated with the agenda, together with the "
    "Downsmere Wellbeing annual report for 2023-24 at appendix 1 (copy attached to the "
    "official minutes). Mr Strevens introduced the report. Mrs Partington and Miss Denyer "
    "were in attendance for this item.",
    "Miss Denyer explained that Downsmere Wellbeing was delivered by the Council under a "
    "partnership agreement with Haldonshire County Council, which funded the service from "
    "the public health grant. In 2023-24 the service had supported 2,148 residents, of "
    "whom 612 had set a quit date with the stop smoking service and 281 had been confirmed "
    "as not smoking four weeks later. From October 2025 the County Council intended to "
    "re-procure stop smoking support across the county under a single contract divided "
    "into four lots, and the Council had been invited either to bid as lead provider for "
    "the Downsmere lot or to deliver the local clinics as a subcontractor to the "
    "successful bidder.",
    "Mrs Partington advised that officers recommended that the Council should not bid as "
    "lead provider, as the contract would require a county-wide telephone and digital "
    "service which the Council was not equipped to run, but should offer to deliver the "
    "face-to-face clinics as a subcontractor so that the service remained based in the "
    "Council's community hubs.",
    "Dr Fenwick added that the new service would offer free vape starter kits to adult "
    "smokers under the national Swap to Stop scheme, alongside nicotine replacement "
    "therapy and behavioural support.",
    "Mr Kewley expressed concern that a single county-wide contract would only ever be won "
    "by one of the national companies, and asked what would protect the local knowledge "
    "built up by the Council's wellbeing advisers. Dr Fenwick explained that the tender "
    "had been split into four geographical lots so that smaller and local organisations "
    "could bid, and that the specification required the provider to work with each "
    "district council's wellbeing team.",
    "Mrs Belcombe asked whether staff in the wellbeing team would transfer to the new "
    "provider if the Council did not secure any of the work. Mrs Partington confirmed that "
    "three posts were funded wholly from the stop smoking element of the grant and that "
    "TUPE might apply to them, but that under the recommended subcontracting route the "
    "staff would remain employed by the Council.",
    "Ms Ingleby raised the growth in vaping among young people, noting that she had been "
    "contacted by parents at two secondary schools in Harnbury. Dr Fenwick explained that "
    "trading standards officers had carried out test purchases at 31 shops in the district "
    "during 2024, nine of which had sold a vape to a child, and that the new service would "
    "not offer vape starter kits to anyone under the age of 18.",
    "In response to a question from Mr Tregear regarding how many of those who had quit "
    "were still not smoking a year later, Miss Denyer advised that the service recorded "
    "outcomes at four weeks in line with national guidance, but that a sample follow-up "
    "carried out in 2023-24 had found that around a third had stayed smoke-free after "
    "twelve months.",
    "Dr Farrant asked what proportion of the service's clients came from the more deprived "
    "parts of the district. Miss Denyer confirmed that 38% of the residents supported in "
    "2023-24 lived in the most deprived fifth of neighbourhoods, and that the service held "
    "a weekly drop-in at the Sandlow community hub.",
    "Mrs Quennell asked how residents had been involved in shaping the new service. Dr "
    "Fenwick advised that the County Council had surveyed 740 current and former smokers "
    "and held two focus groups with young people at Harnbury College, and that the "
    "results had been used in writing the service specification.",
    "Mr Sallis requested that the Committee be given sight of the County Council's "
    "evaluation criteria before the Cabinet took its decision on the Council's role. Mrs "
    "Partington advised that the criteria were commercially confidential until the tender "
    "had closed, but that a confidential briefing could be arranged for Members of the "
    "Committee.",
    "Mr Kewley proposed, and Mr Sallis seconded, that the recommendation to Cabinet be "
    "amended so that the Council bids to remain the lead provider of stop smoking services "
    "for the Downsmere lot. On being put to the vote the amendment was lost.",
    "Following a vote, the Committee made the following recommendation.",
    ("bold", "RECOMMENDATION TO CABINET"),
    "That the Cabinet be recommended to:",
    ("clause", "1.", "note the Downsmere Wellbeing annual report for 2023-24; and"),
    ("clause", "2.", "agree that the Council seek to deliver stop smoking and vaping "
                     "clinics in the district as a subcontractor to the provider appointed "
                     "by Haldonshire County Council, and does not bid as lead provider."),
    ("actions", [
        ("Arrange a private briefing for Committee Members on how bids will be scored",
         "Mrs Partington", "Before Cabinet on 4 March 2025"),
        ("Circulate the trading standards test purchase results for the district",
         "Miss Denyer", "February 2025"),
    ]),
    ("note", "The Committee adjourned at 10.58 am and reconvened at 11.10 am."),

    ("min", "308", "Temporary Accommodation and the Housing Needs Service"),
    "The Committee considered the report circulated with the agenda (copy attached to the "
    "official minutes). Mrs Aldous introduced the report. Mrs Hobday and Mr Okwuosa were "
    "in attendance for this item.",
    "Mr Okwuosa explained that the number of households in temporary accommodation had "
    "risen from 94 in March 2023 to 163 in December 2024, of whom 71 were families with "
    "children. The net cost to the Council of temporary accommodation was forecast to be "
    "\u00a31.42 million in 2024-25, against a budget of \u00a3860,000. The report set out "
    "the steps being taken to reduce the use of bed and breakfast, including the purchase "
    "of 12 homes with the Local Authority Housing Fund and a new private sector leasing "
    "scheme launched in October 2024.",
    "Mrs Pendry asked how many families had been placed in bed and breakfast for longer "
    "than the six-week legal limit. Mr Okwuosa confirmed that on the day the report was "
    "written there had been seven such families, each of whom had a named officer and a "
    "plan to move them into self-contained accommodation by the end of February.",
    "Mr Ambrose-Cole expressed concern about the number of households placed outside the "
    "district, some of them on the far side of the county, and the effect on children's "
    "schooling. Mrs Hobday acknowledged the concern and explained that out of district "
    "placements had fallen from 41 to 26 since the summer, and that the Council always "
    "sought to place families with school-age children within reach of their school.",
    "Dr Farrant asked what support was available for residents in temporary accommodation "
    "who had mental health needs. Mr Okwuosa advised that the Council had jointly funded a "
    "mental health practitioner with the community mental health team, who worked two "
    "days a week from the Housing Needs office at Eastgate House.",
    "Mr Sallis asked whether the rising cost of temporary accommodation put the Council's "
    "budget at risk. Mrs Hobday explained that the overspend in 2024-25 would be met from "
    "the homelessness reserve, but that the medium term financial strategy assumed the "
    "number of households in temporary accommodation would fall by a quarter by March "
    "2027, and that this had been added to the corporate risk register.",
    "Mrs Belcombe commented that landlords in the district were increasingly unwilling to "
    "let to tenants in receipt of housing benefit, and asked what the leasing scheme "
    "offered them. Mr Okwuosa explained that landlords were offered a guaranteed rent for "
    "five years, with the Council managing the property and carrying out minor repairs.",
    "Mr Kewley commented that the Council should be building its own temporary "
    "accommodation rather than relying on nightly-paid rooms in hotels and guest houses.",
    ("note", "Mrs Belcombe left the meeting at 11.52 am."),
    ("bold", "RESOLVED"),
    "That the Committee notes the report and the steps being taken to reduce the use of "
    "bed and breakfast accommodation.",
    ("bold", "RECOMMENDATION TO CABINET"),
    "That the Cabinet be recommended to write to the Minister for Housing asking that "
    "Local Housing Allowance rates be reviewed to reflect the level of private rents in "
    "the district.",

    ("min", "309", "Disabled Facilities Grants and the Home Improvement Agency Contract"),
    "The Committee considered the report circulated with the agenda (copy attached to the "
    "official minutes) on the performance of the Home Improvement Agency contract, under "
    "which Wealdcare Home Improvement Services Ltd delivered disabled facilities grants "
    "(DFGs) on the Council's behalf.",
    "Mr Okwuosa introduced the report. He explained that the contract had begun in April "
    "2022 for three years with an option to extend for a further two, and that a decision "
    "on the extension would be taken by the Cabinet on 4 March 2025. In 2023-24, 118 "
    "grants had been completed, with an average of 34 weeks from first enquiry to the "
    "completion of works.",
    "Mrs Pendry expressed concern at the length of time residents were waiting for "
    "adaptations, particularly stairlifts and level-access showers for people coming home "
    "from hospital. Mr Okwuosa explained that the longest delays were in the County "
    "Council's occupational therapy assessments, which were outside the Council's control, "
    "and that the Council had funded a trusted assessor post within the agency to carry "
    "out simpler assessments itself.",
    "Mr Tregear asked whether the contract had been benchmarked against other councils "
    "before officers recommended the extension. Mrs Hobday confirmed that the agency's fee, "
    "at 12% of the value of each grant, was in line with that charged by agencies working "
    "for neighbouring districts.",
    "Mrs Quennell asked how the views of people who had received adaptations were "
    "collected. Mr Okwuosa advised that every client was sent a satisfaction survey when "
    "the works were signed off, and that 93% of the 71 respondents in 2023-24 had rated the "
    "service as good or excellent.",
    "Mr Kewley requested that the Committee look at whether the service could be brought "
    "back in-house when the extension came to an end. The Chairman suggested that this be "
    "considered when the Committee set its work programme for 2025-26.",
    ("bold", "RESOLVED"),
    "That the Committee:",
    ("clause", "1.", "notes the performance of the Home Improvement Agency contract; and"),
    ("clause", "2.", "endorses the proposed two-year extension of the contract with Wealdcare "
                     "Home Improvement Services Ltd, which will be considered by the Cabinet "
                     "on 4 March 2025."),
    ("actions", [
        ("Request occupational therapy waiting times for the district from the County Council",
         "Mr Okwuosa", "March 2025"),
        ("Include the options for the Home Improvement Agency after 2027 in the 2025-26 "
         "work programme discussion", "Mr Garrard", "June 2025"),
    ]),

    ("min", "310", "Overview and Scrutiny Committee Work Programme 2024-25"),
    "Mr Garrard introduced the work programme circulated with the agenda. He advised that "
    "the Community Safety Partnership annual report had been moved to the June meeting at "
    "the request of the Partnership.",
    "Dr Farrant requested that the Committee receive an item on the provision of health "
    "facilities at the larger housing allocations in the Local Plan. Mr Garrard advised "
    "that he would discuss the scope of the item with the Chairman and the ICB and report "
    "back to the next meeting.",
    "Mrs Quennell asked whether the task and finish group on damp and mould in rented homes "
    "could report in April rather than June. The Chairman said that he would speak to the "
    "lead Member for the group and let the Committee know.",
    ("bold", "RESOLVED"),
    "That the work programme be agreed, subject to the addition of an item on health "
    "facilities at the strategic housing sites in the Local Plan.",

    ("min", "311", "Consideration of any late items as follows:"),
    "There were no late items and no items requiring the exclusion of the press and public.",
]

CLOSING = "The meeting ended at 12.41 pm"


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def _field(paragraph, code: str) -> None:
    """Append a simple Word field (PAGE, NUMPAGES) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _fixed_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    import datetime as dt
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    # Header and footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Downsmere District Council")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(9)
    _field(fp, "PAGE")

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = title.add_run("Minutes of the meeting of the Overview and Scrutiny Committee held "
                      "in the Council Chamber, Eastgate House, Harnbury on Tuesday 21 "
                      "January 2025 at 9.30 am")
    r.bold = True
    r.font.size = Pt(12)

    table = doc.add_table(rows=len(ATTENDANCE), cols=2)
    _no_borders(table)
    for row, (label, names) in zip(table.rows, ATTENDANCE):
        row.cells[0].width = Cm(4.3)
        row.cells[1].width = Cm(12.3)
        lp = row.cells[0].paragraphs[0]
        lp.add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(names)
    doc.add_paragraph()

    for block in BODY:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        kind = block[0]
        if kind == "min":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.left_indent = Cm(1.5)
            p.paragraph_format.first_line_indent = Cm(-1.5)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
            run = p.add_run(f"{block[1]}\t{block[2]}")
            run.bold = True
        elif kind == "bold":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.add_run(block[1]).bold = True
        elif kind == "clause":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            p.add_run(f"{block[1]}\t{block[2]}")
        elif kind == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.right_indent = Cm(1.0)
            p.add_run(block[1]).italic = True
        elif kind == "note":
            p = doc.add_paragraph()
            p.add_run(f"[{block[1]}]").italic = True
        elif kind == "actions":
            doc.add_paragraph().add_run("Actions").bold = True
            t = doc.add_table(rows=1 + len(block[1]), cols=3)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("Action", "Who", "When")):
                cell.paragraphs[0].add_run(text).bold = True
            for row, vals in zip(t.rows[1:], block[1]):
                for cell, text in zip(row.cells, vals):
                    cell.paragraphs[0].add_run(text)
            for row in t.rows:
                row.cells[0].width = Cm(10.0)
                row.cells[1].width = Cm(3.6)
                row.cells[2].width = Cm(3.0)
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    doc.add_paragraph(CLOSING)
    doc.add_paragraph()
    doc.add_paragraph("CHAIRMAN\t\t\t\t\t\tDate:")

    cp = doc.core_properties
    when = dt.datetime(*FIXED)
    cp.author = "Tessa Marlow"
    cp.last_modified_by = "Tessa Marlow"
    cp.title = "Overview and Scrutiny Committee minutes 21 January 2025"
    cp.comments = ""
    cp.revision = 4
    cp.created = when
    cp.modified = when
    cp.last_printed = when

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# The news story (not minutes)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>New stop smoking and vaping service: what it means for you | Downsmere District Council</title>
<meta name="description" content="Downsmere Wellbeing explains the new stop smoking and vaping service, what residents told us and what happens next.">
<link rel="stylesheet" href="/site/styles/main.css?v=3.8.2">
<link rel="canonical" href="https://www.downsmere.gov.uk/news/article/1184/new-stop-smoking-and-vaping-service-what-it-means-for-you">
</head>
<body class="page-news">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on our website">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
  <button type="button" class="btn">Accept analytics cookies</button>
  <button type="button" class="btn btn--secondary">Reject analytics cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
  <div class="container">
    <a class="site-header__logo" href="/"><img src="/site/img/downsmere-logo.svg" alt="Downsmere District Council home page" width="180" height="60"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input type="search" id="q" name="q" placeholder="Search">
      <button type="submit">Search</button>
    </form>
    <ul class="site-header__links">
      <li><a href="/myaccount">My Downsmere account</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/planning">Planning and building control</a></li>
      <li><a href="/benefits">Benefits</a></li>
      <li><a href="/wellbeing">Health and wellbeing</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/news" aria-current="page">News</a></li>
    </ul>
  </nav>
</header>
<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li>New stop smoking and vaping service: what it means for you</li>
    </ol>
  </nav>
  <main id="main-content" class="article">
    <h1>New stop smoking and vaping service: what it means for you</h1>
    <p class="article__meta">Published: <time datetime="2025-03-07">7 March 2025</time> | Category: <a href="/news/category/health-and-wellbeing">Health and wellbeing</a></p>
    <figure class="article__image">
      <img src="/site/uploads/news/wellbeing-adviser-sandlow-hub.jpg" alt="A wellbeing adviser talking to a resident at the Sandlow community hub" width="720" height="405">
      <figcaption>Weekly drop-ins at the Sandlow community hub will carry on under the new arrangements.</figcaption>
    </figure>

    <p class="lead">Free help to stop smoking will still be available in Harnbury, Selwick, Sandlow and Fittlecombe when a new county-wide stop smoking and vaping service starts in October, the council has confirmed.</p>

    <p>Haldonshire County Council, which pays for stop smoking support from its public health grant, is bringing the services currently run by each district into one contract. On Tuesday 4 March our Cabinet agreed that Downsmere Wellbeing should offer to run the face-to-face clinics in our district for the new provider, rather than bidding to run the whole service.</p>

    <p>That means the advisers you already know will still be based in our community hubs, and the clinics will keep running from the same places.</p>

    <p>Councillor Jonathan Strevens, Cabinet Member for Communities and Wellbeing, said:</p>
    <blockquote>
      <p>&ldquo;Downsmere Wellbeing has helped hundreds of people to give up smoking, and our advisers know our towns and villages inside out. We looked hard at whether to bid for the whole contract, but it includes a county-wide phone line and app that we are simply not set up to run. Working alongside the new provider is the best way to keep a local, friendly service on people's doorsteps.&rdquo;</p>
    </blockquote>

    <h2>What is changing</h2>
    <ul>
      <li>From 1 October 2025 there will be one stop smoking service for the whole of Haldonshire, with a single phone number and website for booking.</li>
      <li>Adults who smoke will be able to choose nicotine replacement therapy, a prescription medicine through their pharmacy or GP, or a free vape starter kit through the national Swap to Stop scheme &ndash; all with weekly support from an adviser.</li>
      <li>Pregnant women and their partners will get extra support and shopping vouchers for staying smoke-free.</li>
      <li>Support will be available in the evening and at weekends by phone and video call.</li>
    </ul>

    <h2>What is staying the same</h2>
    <ul>
      <li>Drop-in clinics at the Sandlow and Harnbury community hubs, and the monthly clinic at Fittlecombe village hall.</li>
      <li>Home visits for people who are housebound.</li>
      <li>Help with other parts of a healthy lifestyle, such as getting more active, through Downsmere Wellbeing.</li>
    </ul>

    <h2>Vapes and young people</h2>
    <p>Vapes can help adults who smoke to quit, but they are not for children and young people. The new service will not give vape kits to anyone under 18. Trading standards officers carried out test purchases at shops across the district last year and have warned traders who sold vapes to children.</p>
    <p>If you are worried about a shop selling vapes to under-18s, you can report it to Haldonshire Trading Standards through the county council's website.</p>

    <h2>You asked, we said</h2>
    <p>Last summer more than 700 current and former smokers in Haldonshire answered a survey about what they wanted from a stop smoking service, and young people in Harnbury took part in two focus groups. Here are some of the things you told us and how the new service responds.</p>

    <table class="table table--you-said">
      <caption>What residents told us and how the new service will respond</caption>
      <thead>
        <tr><th scope="col">You asked</th><th scope="col">We said</th></tr>
      </thead>
      <tbody>
        <tr>
          <td>&ldquo;Can I still see someone face to face? I don't want to do it all over the phone.&rdquo;</td>
          <td>Yes. Face-to-face clinics will continue in our community hubs, run by Downsmere Wellbeing advisers.</td>
        </tr>
        <tr>
          <td>&ldquo;Why can't I get help after work?&rdquo;</td>
          <td>The new service will offer phone and video appointments until 8pm on weekdays and on Saturday mornings.</td>
        </tr>
        <tr>
          <td>&ldquo;Will I have to pay for a vape?&rdquo;</td>
          <td>No. Adults who sign up to the programme can get a free starter kit and refills for up to 12 weeks.</td>
        </tr>
        <tr>
          <td>&ldquo;What if I slip up? Do I get thrown off the programme?&rdquo;</td>
          <td>No. Advisers will keep supporting you, and you can start again as many times as you need.</td>
        </tr>
        <tr>
          <td>&ldquo;My son is 15 and vaping every day. Where can we get help?&rdquo;</td>
          <td>The school nursing service can give advice to young people who want to stop vaping. Ask your child's school for details, or call our Wellbeing team and we will point you in the right direction.</td>
        </tr>
      </tbody>
    </table>

    <h2>Questions councillors asked</h2>
    <p>The plans were looked at by the council's Overview and Scrutiny Committee in January before Cabinet made its decision. Councillors on the committee wanted to know:</p>
    <ul>
      <li>how local knowledge would be protected if a large organisation won the county contract;</li>
      <li>whether any wellbeing staff would have to move to a different employer;</li>
      <li>how the service would reach people living in the more deprived parts of the district; and</li>
      <li>what was being done to stop children getting hold of vapes.</li>
    </ul>
    <p>The county council has split the contract into four areas so that smaller local organisations can bid, and the council's wellbeing advisers will stay council employees under the arrangement Cabinet has agreed. You can read the committee's discussion in the <a href="/your-council/meetings">meeting papers and minutes</a>.</p>

    <h2>Results so far</h2>
    <p>In 2023-24 Downsmere Wellbeing supported more than 2,100 residents. Over 600 people set a date to quit smoking with an adviser, and 281 of them were confirmed as smoke-free four weeks later. Nearly four in ten of the people we helped live in the parts of the district where smoking rates are highest.</p>

    <aside class="case-study">
      <h2>&ldquo;I'd tried on my own five times&rdquo;</h2>
      <p>Denise, 52, from Sandlow, stopped smoking last spring after 30 years.</p>
      <p>&ldquo;I'd tried on my own five times and never lasted more than a fortnight. Having someone to check in with every week made all the difference &ndash; I didn't want to let her down. I used patches and a vape for the first couple of months and I haven't had a cigarette since April. I'm saving about &pound;70 a week.&rdquo;</p>
    </aside>

    <h2>What happens next</h2>
    <p>Haldonshire County Council expects to announce the new provider in the summer. Until the new service starts, nothing changes: you can still book with Downsmere Wellbeing in the usual way. If you are already working with an adviser, you will not need to do anything and your support will carry on.</p>

    <h2>Get help to stop smoking now</h2>
    <ul>
      <li>Call Downsmere Wellbeing on 01999 417 300 (Monday to Friday, 9am to 5pm)</li>
      <li>Email <a href="mailto:wellbeing@downsmere.gov.uk">wellbeing@downsmere.gov.uk</a></li>
      <li>Drop in at the Sandlow community hub on Wednesdays, 10am to 2pm</li>
      <li>Visit <a href="/wellbeing/stop-smoking">our stop smoking pages</a></li>
    </ul>

    <div class="article__share">
      <p>Share this page:</p>
      <ul>
        <li><a href="#" class="share share--facebook">Facebook</a></li>
        <li><a href="#" class="share share--x">X</a></li>
        <li><a href="#" class="share share--email">Email</a></li>
      </ul>
    </div>

    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related news</h2>
      <ul>
        <li><a href="/news/article/1179/help-with-home-adaptations-disabled-facilities-grants">Help with home adaptations: disabled facilities grants explained</a></li>
        <li><a href="/news/article/1171/new-homes-to-cut-use-of-bed-and-breakfast">Twelve new homes to cut use of bed and breakfast</a></li>
        <li><a href="/news/article/1162/free-health-checks-at-harnbury-market">Free health checks at Harnbury market</a></li>
      </ul>
    </section>

    <div class="feedback">
      <p>Was this page helpful?</p>
      <a href="/feedback?page=1184&amp;answer=yes" class="btn btn--small">Yes</a>
      <a href="/feedback?page=1184&amp;answer=no" class="btn btn--small">No</a>
    </div>
  </main>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="site-footer__links">
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/news/media-enquiries">Media enquiries</a></li>
      <li><a href="/sitemap">Site map</a></li>
    </ul>
    <p>Downsmere District Council, Eastgate House, Harnbury, DW17 2RQ</p>
    <p>&copy; Downsmere District Council 2025</p>
  </div>
</footer>
</body>
</html>
"""


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
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "301", "title": "Chairman's Announcements"},
        {"number": "302", "title": "Approval of Minutes"},
        {"number": "303", "title": "Urgent Items"},
        {"number": "304", "title": "Declarations of Interests"},
        {"number": "305", "title": "Public Question Time"},
        {"number": "306", "title": "Access to Primary Care and NHS Dentistry"},
        {"number": "307", "title": "Downsmere Wellbeing Service \u2013 Annual Report 2023-24 "
                                   "and Re-procurement of the Stop Smoking and Vaping Service"},
        {"number": "308", "title": "Temporary Accommodation and the Housing Needs Service"},
        {"number": "309", "title": "Disabled Facilities Grants and the Home Improvement "
                                   "Agency Contract"},
        {"number": "310", "title": "Overview and Scrutiny Committee Work Programme 2024-25"},
        {"number": "311", "title": "Consideration of any late items as follows:"},
    ],
    "questions": [
        # 305 public question time
        q("305", "question",
          "What has the Council done to make the case for the branch surgery",
          "Mrs Valerie Hamblin",
          "I have written to the Board on behalf of the Committee",
          "Chairman", ["primary-care"]),
        q("305", "question",
          "asked a supplementary question as to how patients who did not drive",
          "Mrs Hamblin",
          "The Chairman undertook to put the question to Ms Brightwell",
          "Chairman", ["primary-care"]),
        # 306 primary care and dentistry
        q("306", "question",
          "Chairman asked how residents of Fittlecombe without a car were expected",
          "Chairman",
          "the practice would run a weekly nurse and blood-test clinic",
          "Ms Brightwell", ["primary-care"]),
        q("306", "question",
          "asked what the average wait for a routine GP appointment was",
          "Mr Tregear",
          "the median wait across the district's practices in November 2024",
          "Ms Brightwell", ["primary-care"]),
        q("306", "concern",
          "expressed concern that patients did not always understand the roles",
          "Dr Farrant",
          "running a campaign with Healthwatch Haldonshire to explain the roles",
          "Ms Brightwell", ["primary-care", "workforce"]),
        q("306", "question",
          "asked why three dental practices in the district had handed back",
          "Mrs Quennell",
          "the national contract paid practices by units of dental activity",
          "Ms Brightwell", ["primary-care", "subcontracting"]),
        q("306", "request",
          "requested that the ICB publish a list of the practices",
          "Mr Ambrose-Cole",
          "agreed to provide an updated list at the start of each month",
          "Ms Brightwell", ["primary-care"]),
        q("306", "question",
          "asked about the oral health of children in Sandlow",
          "Ms Ingleby",
          "supervised toothbrushing programme was running in 22 nurseries and primary schools",
          "Dr Fenwick", ["primary-care", "public-health", "children-and-families"]),
        q("306", "question",
          "queried who would staff the new surgery at Bramfold Park",
          "Mr Kewley",
          "would be leased to the Selwick and Downs Medical Group",
          "Ms Brightwell", ["primary-care", "workforce"]),
        q("306", "comment",
          "residents in the north of the district still found it very difficult",
          "Mr Sallis", None, None, ["primary-care"]),
        # 307 wellbeing service and stop smoking re-procurement
        q("307", "concern",
          "a single county-wide contract would only ever be won by one",
          "Mr Kewley",
          "the tender had been split into four geographical lots",
          "Dr Fenwick", ["public-health", "subcontracting", "privatisation"]),
        q("307", "question",
          "asked whether staff in the wellbeing team would transfer to the new provider",
          "Mrs Belcombe",
          "three posts were funded wholly from the stop smoking element",
          "Mrs Partington", ["public-health", "workforce", "subcontracting"]),
        q("307", "concern",
          "raised the growth in vaping among young people",
          "Ms Ingleby",
          "carried out test purchases at 31 shops in the district",
          "Dr Fenwick", ["public-health", "children-and-families"]),
        q("307", "question",
          "how many of those who had quit were still not smoking",
          "Mr Tregear",
          "around a third had stayed smoke-free after twelve months",
          "Miss Denyer", ["public-health"]),
        q("307", "question",
          "asked what proportion of the service's clients came from the more deprived",
          "Dr Farrant",
          "lived in the most deprived fifth of neighbourhoods",
          "Miss Denyer", ["public-health"]),
        q("307", "question",
          "asked how residents had been involved in shaping the new service",
          "Mrs Quennell",
          "had surveyed 740 current and former smokers and held two focus groups",
          "Dr Fenwick", ["public-health", "patient-and-public-input"]),
        q("307", "request",
          "requested that the Committee be given sight of the County Council's evaluation criteria",
          "Mr Sallis",
          "a confidential briefing could be arranged for Members of the Committee",
          "Mrs Partington", ["public-health", "subcontracting", "governance"]),
        # 308 temporary accommodation
        q("308", "question",
          "asked how many families had been placed in bed and breakfast",
          "Mrs Pendry",
          "on the day the report was written there had been seven such families",
          "Mr Okwuosa", ["housing"]),
        q("308", "concern",
          "expressed concern about the number of households placed outside the district",
          "Mr Ambrose-Cole",
          "out of district placements had fallen from 41 to 26 since the summer",
          "Mrs Hobday", ["housing", "children-and-families"]),
        q("308", "question",
          "asked what support was available for residents in temporary accommodation",
          "Dr Farrant",
          "had jointly funded a mental health practitioner with the community mental health team",
          "Mr Okwuosa", ["housing", "mental-health"]),
        q("308", "question",
          "asked whether the rising cost of temporary accommodation put the Council's budget at risk",
          "Mr Sallis",
          "the overspend in 2024-25 would be met from the homelessness reserve",
          "Mrs Hobday", ["housing", "finance", "governance"]),
        q("308", "question",
          "landlords in the district were increasingly unwilling to let to tenants",
          "Mrs Belcombe",
          "landlords were offered a guaranteed rent for five years",
          "Mr Okwuosa", ["housing"]),
        q("308", "comment",
          "the Council should be building its own temporary accommodation",
          "Mr Kewley", None, None, ["housing"]),
        # 309 disabled facilities grants
        q("309", "concern",
          "expressed concern at the length of time residents were waiting for adaptations",
          "Mrs Pendry",
          "the longest delays were in the County Council's occupational therapy assessments",
          "Mr Okwuosa", ["housing", "adult-social-care"]),
        q("309", "question",
          "asked whether the contract had been benchmarked against other councils",
          "Mr Tregear",
          "at 12% of the value of each grant, was in line",
          "Mrs Hobday", ["housing", "subcontracting", "finance"]),
        q("309", "question",
          "asked how the views of people who had received adaptations were collected",
          "Mrs Quennell",
          "every client was sent a satisfaction survey when the works were signed off",
          "Mr Okwuosa", ["housing", "patient-and-public-input"]),
        q("309", "request",
          "requested that the Committee look at whether the service could be brought back in-house",
          "Mr Kewley",
          "this be considered when the Committee set its work programme for 2025-26",
          "Chairman", ["housing", "privatisation"]),
        # 310 work programme
        q("310", "request",
          "requested that the Committee receive an item on the provision of health facilities",
          "Dr Farrant",
          "he would discuss the scope of the item with the Chairman and the ICB",
          "Mr Garrard", ["housing"]),
        q("310", "question",
          "asked whether the task and finish group on damp and mould",
          "Mrs Quennell",
          "he would speak to the lead Member for the group",
          "Chairman", ["housing"]),
    ],
    "resolutions": [
        res("302", "the minutes of the meeting held on 12 November 2024 be approved",
            "agreed", []),
        res("306", "requests that the ICB provides a further report to the Committee",
            "agreed", ["primary-care"]),
        res("307", "the Council bids to remain the lead provider of stop smoking services",
            "rejected", ["public-health", "subcontracting"]),
        res("307", "seek to deliver stop smoking and vaping clinics in the district as a subcontractor",
            "recommended", ["public-health", "subcontracting"]),
        res("308", "notes the report and the steps being taken to reduce the use",
            "noted", ["housing"]),
        res("308", "write to the Minister for Housing asking that Local Housing Allowance rates",
            "recommended", ["housing"]),
        res("309", "endorses the proposed two-year extension of the contract with Wealdcare",
            "agreed", ["housing", "subcontracting"]),
        res("310", "That the work programme be agreed, subject to the addition of an item",
            "agreed", ["housing"]),
    ],
    "attendees": [
        att("Mr R Hatherley", "Chairman", "present"),
        att("Mrs S Quennell", "Vice-Chairman", "present"),
        att("Mr T Ambrose-Cole", None, "present"),
        att("Mrs J Belcombe", None, "present"),
        att("Dr K Farrant", None, "present"),
        att("Ms L Ingleby", None, "present"),
        att("Mr D Kewley", None, "present"),
        att("Mrs H Pendry", None, "present"),
        att("Mr G Sallis", None, "present"),
        att("Mr M Tregear", None, "present"),
        att("Mrs A Cloake", None, "apologies"),
        att("Mr B Dunnage", None, "apologies"),
        att("Mr F Yelland", None, "absent"),
        att("Mr J Strevens", "Cabinet Member for Communities and Wellbeing", "in_attendance"),
        att("Mrs N Aldous", "Cabinet Member for Housing", "in_attendance"),
        att("Ms C Brightwell",
            "Head of Primary Care Commissioning, Weald and Coast Integrated Care Board",
            "in_attendance"),
        att("Dr O Fenwick", "Consultant in Public Health, Haldonshire County Council",
            "in_attendance"),
        att("Mrs E Tulley", "Chief Officer, Healthwatch Haldonshire", "in_attendance"),
        att("Mr P Garrard", "Divisional Manager for Democratic Services", "in_attendance"),
        att("Mrs L Hobday", "Director of Housing and Communities", "in_attendance"),
        att("Mrs K Partington", "Divisional Manager for Communities and Wellbeing",
            "in_attendance"),
        att("Mr S Okwuosa", "Divisional Manager for Housing", "in_attendance"),
        att("Miss R Denyer", "Wellbeing and Health Protection Manager", "in_attendance"),
        att("Mrs T Marlow", "Democratic Services Officer", "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_bytes(NEWS_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    for gold_path in sorted(GOLD.glob("pz-*.json")):
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
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
