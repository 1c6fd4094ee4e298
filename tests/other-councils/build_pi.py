#!/usr/bin/env python3
"""Build the "pi-" documents of round 213 and their gold annotations.

Usage:  build_pi.py           build documents/pi-* and gold/pi-*.json
        build_pi.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pi-fennhurst-adults-health-osc-sub-committee-2025-01-23.docx"
REPORT_NAME = "pi-fennhurst-cabinet-report-home-care-re-procurement.pdf"

FIXED = dt.datetime(2025, 1, 28, 16, 42, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 1, 28, 16, 42, 0)

COMMITTEE = "Adults & Health Overview & Scrutiny Sub-Committee"
MEETING = "23 January 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Body blocks:
#   ("item", number, title)   minute heading: typed number, tab, bold capitals
#   ("p", text)               body paragraph, indented under the heading
#   ("b", [texts])            bulleted list (typed bullet and tab, as pasted)
#   ("c", [texts])            lettered clauses "(a)" ...
#   ("dec", text)             decision paragraph (verbs in capitals, as written)

GROUPS = [
    ("Conservative Group", "Trudy Kemal (Chairman) and Martin Askew-Doyle"),
    ("Fennhurst Residents' Group",
     "Jeanette Larcombe (Vice-Chair), Roy Featherstone and Gordon Whitlow"),
    ("Labour Group", "Priya Ramdhanie"),
    ("North Fennhurst Independent Residents' Group", "Colin Pardew"),
]

ALSO_PRESENT = [
    ("Councillor Desmond Fairley-Quinn", "Cabinet Member for Adults & Wellbeing"),
    ("Helen Drummond-Vance", "Strategic Director, People"),
    ("Callum Stroud", "Head of Joint Commissioning (Adults)"),
    ("Dr Omari Lindqvist", "Director of Public Health"),
    ("Kerry-Ann Mabbutt", "Senior Public Health Practitioner (Tobacco Control)"),
    ("Siobhan Garrity", "Principal Trading Standards Officer"),
    ("Nicola Pembury", "Head of Dental Commissioning, Marsh Valley Integrated Care Board"),
    ("Stephanie Ukwu",
     "Deputy Chief Operating Officer, Fennhurst and Eastmarsh Hospitals NHS Trust"),
    ("Precious Adeyemi", "Scrutiny & Policy Officer"),
    ("Anthony Wheelan", "Democratic Services Officer (Clerk to the Sub-Committee)"),
]

BODY = [
    ("item", "31", "CHAIRMAN'S ANNOUNCEMENTS"),
    ("p", "The Chairman reminded Members of the action to be taken in an emergency."),
    ("p", "The Chairman also reminded those present that the meeting was being webcast and "
          "asked Members to use their microphones when speaking."),

    ("item", "32", "APOLOGIES FOR ABSENCE AND ANNOUNCEMENT OF SUBSTITUTE MEMBERS (IF ANY)"),
    ("p", "Apologies were received for the absence of Councillor Wendy Aldous (Councillor "
          "Colin Pardew substituting) and Councillor Natasha Brightwell-Odu."),

    ("item", "33", "DISCLOSURE OF INTERESTS"),
    ("p", "Councillor Gordon Whitlow disclosed a non-pecuniary interest in item 35, Home Care "
          "(Domiciliary Care) Re-procurement 2025, as his daughter was employed as a care "
          "co-ordinator by one of the Council's framework providers. Councillor Whitlow "
          "remained in the meeting and took part in the discussion of the item."),
    ("p", "There were no other disclosures of interest."),

    ("item", "34", "MINUTES OF THE MEETING"),
    ("p", "The minutes of the meeting of the Sub-Committee held on 21 November 2024 were "
          "agreed as a correct record and signed by the Chairman."),
    ("p", "Matters arising: with reference to minute 26 (Eastmarsh Urgent Treatment Centre), "
          "Councillor Whitlow asked whether a reply had been received to the Chairman's letter "
          "to the Integrated Care Board about the reduced opening hours of the Eastmarsh "
          "Walk-in Centre. The Democratic Services Officer advised that a reply had been "
          "received on 8 January 2025 and would be circulated to Members with these minutes."),
    ("p", "The Scrutiny & Policy Officer reported that the information requested under "
          "minute 27 (Adult Safeguarding Annual Report 2023/24), on the number of "
          "safeguarding enquiries concerning people living in their own homes, had been "
          "circulated to Members by email on 9 December 2024."),

    ("item", "35", "HOME CARE (DOMICILIARY CARE) RE-PROCUREMENT 2025 - PRE-DECISION SCRUTINY"),
    ("p", "The Sub-Committee received a report and presentation from Callum Stroud, Head of "
          "Joint Commissioning (Adults), on the proposed re-procurement of home care services, "
          "ahead of the report's consideration by Cabinet. The current framework agreement had "
          "been let in 2019 and had already been extended twice; it would expire on "
          "30 September 2025 and could not be extended again."),
    ("p", "The presentation covered:"),
    ("b", [
        "the performance of the current framework, under which 23 providers delivered "
        "approximately 11,400 hours of care a week to around 1,150 residents;",
        "the proposed zoned model, with a lead provider in each of four zones (North, "
        "Central, South and Eastmarsh) supported by a smaller framework of approved "
        "providers to pick up packages that a lead provider was unable to start within "
        "48 hours;",
        "the results of the market engagement events held in October and November 2024, "
        "which had been attended by 41 providers, and of a survey of residents receiving "
        "home care and their carers, which had received 286 responses;",
        "the proposed timetable, with the invitation to tender to be published in "
        "March 2025, contracts awarded in July 2025 and the new arrangements starting on "
        "1 October 2025.",
    ]),
    ("p", "The Cabinet Member for Adults & Wellbeing explained that the report would be "
          "considered by Cabinet at its meeting on 12 February 2025 and that the views of the "
          "Sub-Committee would be reported to Cabinet alongside it."),
    ("p", "Members noted that the estimated total value of the new contracts was £118m over "
          "five years, with the option to extend for up to a further two years, and that "
          "the zoned model was intended to reduce travelling between visits, improve "
          "continuity for residents and allow the Council to work more closely with a "
          "smaller number of providers."),
    ("p", "The Head of Joint Commissioning added that the current framework had given "
          "residents a wide choice of provider, but that it had also led to long travelling "
          "times between visits and to packages in the north of the borough being slow to "
          "start. In 2024 the average time taken to start a new package had been 6.4 days "
          "in the North zone, compared with 2.1 days in the Central zone."),
    ("p", "A Member asked what would happen to residents whose current provider was not "
          "appointed as a lead provider, and whether they would have to change their care "
          "worker. The Head of Joint Commissioning explained that existing packages would "
          "not be transferred automatically, that residents would be able to stay with their "
          "current provider where it was appointed to the new framework, and that any "
          "transfers would be phased over six months."),
    ("p", "Councillor Featherstone expressed concern that the zoned model would favour large "
          "national companies and squeeze smaller, locally based providers out of the "
          "Fennhurst market. Officers advised that the lots had been sized so that "
          "medium-sized providers could bid, and that social value, including the employment "
          "of local people, would account for 10% of the evaluation criteria."),
    ("p", "The Vice-Chair sought clarification on whether care workers would be paid for "
          "their travel time between visits under the new contracts. It was confirmed that "
          "providers would be required to pay for travel time and to pay at least the London "
          "Living Wage, and that the proposed hourly rate of £27.40 had been modelled on that "
          "basis."),
    ("p", "Members were concerned that providers could pass packages of care to other "
          "agencies without the Council's knowledge, as had happened on two occasions under "
          "the current framework. The Sub-Committee was advised that subcontracting would "
          "only be permitted with the Council's prior written consent and that the contract "
          "monitoring team would carry out unannounced spot checks of providers' rotas."),
    ("p", "Councillor Ramdhanie asked how the views of people who received home care had "
          "shaped the new specification. The Head of Joint Commissioning stated that "
          "continuity of care worker had been the issue raised most often in the survey, and "
          "that the specification would set a target that no resident should be visited by "
          "more than five different care workers in a fortnight."),
    ("p", "Councillor Pardew queried whether bringing the service back in-house had been "
          "considered. The Cabinet Member for Adults & Wellbeing responded that an in-house "
          "service had been costed as part of the options appraisal, but that it would cost "
          "an estimated £4.2m a year more than the proposed model and could not be mobilised "
          "by October 2025."),
    ("p", "A Member asked how the Council would make sure that lead providers had enough "
          "staff to take on every new package in their zone from October 2025. The Head of "
          "Joint Commissioning advised that bidders would be required to submit a workforce "
          "plan with their tender, and that the framework providers would act as a safeguard "
          "where a lead provider could not start a package within 48 hours."),
    ("p", "A Member commented that the current framework had not worked well in the north of "
          "the borough, where some residents discharged from hospital had waited up to three "
          "weeks for a package of care to start."),
    ("p", "The Chairman requested that the Sub-Committee be told the outcome of the "
          "evaluation, including the number of compliant bids received for each zone, before "
          "the contracts were awarded. The Strategic Director, People agreed that a "
          "confidential briefing would be provided to Members of the Sub-Committee in "
          "June 2025."),
    ("dec", "The Sub-Committee NOTED the report and AGREED to RECOMMEND to Cabinet that:"),
    ("c", [
        "the specification require lead providers to pay care workers for travel time "
        "between calls and at least the London Living Wage;",
        "no subcontracting of packages be permitted without the prior written consent of "
        "the Council; and",
        "a report on the mobilisation of the new contracts be brought to the Sub-Committee "
        "in January 2026.",
    ]),

    ("item", "36", "ACCESS TO NHS DENTISTRY IN FENNHURST"),
    ("p", "Nicola Pembury, Head of Dental Commissioning, Marsh Valley Integrated Care Board "
          "(ICB), gave a presentation on access to NHS dental services in the borough. The "
          "presentation highlighted that:"),
    ("b", [
        "there were 34 NHS dental practices in Fennhurst, three of which had handed back "
        "their NHS contracts during 2024;",
        "41% of adults in the borough had seen an NHS dentist in the previous 24 months, "
        "compared with 44% across London, and 55% of children had been seen in the previous "
        "12 months;",
        "the ICB had commissioned 6,200 additional urgent appointments in 2024/25 through "
        "its Dental Access Sessions scheme, which was funded until 31 March 2025;",
        "the national new patient premium had been introduced in March 2024 for patients "
        "who had not seen a dentist in the previous two years.",
    ]),
    ("p", "Ms Pembury added that the ICB's dental recovery plan for 2025/26 would focus on "
          "the wards with the lowest rates of access, and that the ICB was working with the "
          "regional workforce team on a scheme to attract newly qualified dentists to the "
          "area by offering a period of supervised practice in an NHS setting."),
    ("p", "Councillor Askew-Doyle asked why so many residents were unable to find a practice "
          "taking on NHS patients when the ICB had reported that some practices were not "
          "delivering all of their contracted activity. Ms Pembury explained that the main "
          "difficulty was recruiting dentists willing to undertake NHS work, particularly in "
          "the east of the borough, and that money recovered from practices that had not "
          "delivered their activity was being reinvested in the Dental Access Sessions "
          "scheme."),
    ("p", "Members expressed concern at the closure of the Copper Lane Dental Practice in "
          "Eastmarsh in September 2024, which had left around 5,300 registered patients "
          "needing to find another dentist. The Sub-Committee was advised that the ICB had "
          "procured the activity from a new provider, which was expected to open at Bramley "
          "Parade in April 2025, and that patients of the former practice would be offered "
          "appointments first."),
    ("p", "The Vice-Chair asked what was being done about the level of tooth decay among "
          "five year olds in the borough, which was above the London average. The Director "
          "of Public Health advised that the supervised toothbrushing programme had been "
          "extended to 46 schools and nurseries in the most deprived wards, and that fluoride "
          "varnish was being offered through the family hubs."),
    ("p", "A Member queried whether the new patient premium had made any difference locally. "
          "It was explained that 3,900 patients who had not seen a dentist for two years had "
          "been treated under the premium, although the ICB could not say how many of them "
          "would have been seen without it."),
    ("p", "Councillor Whitlow requested that a list of practices accepting new NHS patients be "
          "published on the Council's website and kept up to date. Ms Pembury agreed to send "
          "an updated list to the Council's communications team at the start of each month."),
    ("p", "Councillor Pardew asked what dental care was available to residents of care homes "
          "who could not travel to a practice, and whether the ICB commissioned a domiciliary "
          "dental service."),
    ("p", "The Chairman thanked Ms Pembury for attending."),
    ("dec", "The Sub-Committee NOTED the update and AGREED that the Chairman write on behalf "
            "of the Sub-Committee to the Marsh Valley Integrated Care Board, requesting that "
            "the Dental Access Sessions scheme be continued beyond March 2025 and that a "
            "dental service for care home residents be commissioned."),

    ("item", "37", "YOUTH VAPING AND TOBACCO CONTROL - ACTION PLAN UPDATE"),
    ("p", "Dr Omari Lindqvist, Director of Public Health, and Kerry-Ann Mabbutt, Senior Public "
          "Health Practitioner (Tobacco Control), presented an update on the Fennhurst Tobacco "
          "Control Action Plan 2023-2026, with a particular focus on vaping among young "
          "people."),
    ("p", "The Sub-Committee was advised that the School Health Survey, completed by 2,140 "
          "pupils in Years 8 and 10 in summer 2024, had found that 14% of Year 10 pupils "
          "vaped at least once a week, up from 9% in 2022, and that the most common source of "
          "vapes was friends or family members aged over 18. Since April 2024, 1,260 adult "
          "smokers had been given a vape starter kit through the Swap to Stop scheme, of whom "
          "38% had quit smoking at four weeks. It was noted that the sale of single-use vapes "
          "would be prohibited nationally from 1 June 2025."),
    ("p", "The priorities for 2025/26 set out in the update were:"),
    ("b", [
        "a further programme of test purchasing by Trading Standards, targeted at shops "
        "within 400 metres of a secondary school;",
        "a youth-led social media campaign, developed with the Fennhurst Youth Council, on "
        "the risks of vaping for young people;",
        "training for school staff and school nurses on talking to pupils about vaping; and",
        "expanding the Swap to Stop scheme to pharmacies and to the community mental health "
        "teams, where smoking rates remained high.",
    ]),
    ("p", "Councillor Ramdhanie was concerned that some shops close to secondary schools were "
          "openly selling vapes to children in school uniform. Siobhan Garrity, Principal "
          "Trading Standards Officer, stated that 31 test purchases had been carried out in "
          "2024, nine of which had resulted in an illegal sale, and that two shops had been "
          "prosecuted and a further four issued with fixed penalty notices."),
    ("p", "A Member asked whether the Council could use its planning powers to limit the "
          "number of vape shops on the borough's high streets. The Director of Public Health "
          "explained that vape shops fell within the same use class as other shops and that "
          "planning powers were therefore limited, but that public health officers had asked "
          "for the issue to be considered in the review of the Local Plan."),
    ("p", "The Vice-Chair asked how young people had been involved in designing the Council's "
          "campaign. Ms Mabbutt explained that members of the Fennhurst Youth Council had "
          "co-designed the 'Not Your Vibe' campaign and had chosen the social media channels "
          "on which it would run."),
    ("p", "Members questioned whether the Swap to Stop scheme risked encouraging people who "
          "had never smoked to start vaping. It was clarified that starter kits were only "
          "issued to adults who were current smokers, following an assessment by a stop "
          "smoking adviser."),
    ("p", "The Chairman commented that secondary schools needed more support to deal with "
          "vaping on their premises, rather than relying on fixed-term exclusions. The "
          "Director of Public Health agreed, and advised that guidance for schools developed "
          "with the Youth Council would be issued in the spring term."),
    ("dec", "The Sub-Committee NOTED the progress made in delivering the Tobacco Control "
            "Action Plan."),
    ("dec", "The Sub-Committee also AGREED to respond to the Government's consultation on the "
            "flavours, packaging and display of vapes, the response to be signed off by the "
            "Chairman and Vice-Chair."),

    ("item", "38", "HEALTHWATCH FENNHURST - 'WAITING WELL?' REPORT ON PATIENTS' EXPERIENCE "
                   "OF HOSPITAL WAITING LISTS"),
    ("p", "Barrington Osei, Manager of Healthwatch Fennhurst, presented the findings of the "
          "Waiting Well? report, which was based on 612 responses to an online and paper "
          "survey and three focus groups held between August and October 2024. Key findings "
          "were that 38% of respondents had been waiting for more than a year for planned "
          "treatment, that more than half had not been contacted by the hospital since being "
          "added to the waiting list, and that many described worsening pain and difficulty "
          "in working while they waited. The report made six recommendations to Fennhurst "
          "and Eastmarsh Hospitals NHS Trust, which included that:"),
    ("b", [
        "every patient on a waiting list should be contacted at least once every three "
        "months;",
        "patients should be given a single point of contact to ring if their symptoms "
        "became worse;",
        "information about waiting times should be available in the five most common "
        "community languages in the borough; and",
        "the Trust should work with GPs and the Council to offer pain management, physical "
        "activity and mental health support to people while they waited.",
    ]),
    ("p", "Stephanie Ukwu, Deputy Chief Operating Officer, Fennhurst and Eastmarsh Hospitals "
          "NHS Trust, welcomed the report and stated that the Trust had accepted all six "
          "recommendations, with an action plan to be agreed by its board in March 2025."),
    ("p", "Councillor Featherstone asked what the Trust was doing to keep in touch with "
          "patients while they waited. Ms Ukwu stated that a text message service had been "
          "introduced in September 2024 which contacted patients every 12 weeks to check "
          "whether their condition had changed, and that patients could ask to be reviewed "
          "sooner if it had."),
    ("p", "A Member commented that patients without access to a mobile phone or the internet "
          "could be left out of the new arrangements. Ms Ukwu confirmed that patients without "
          "a mobile number on record would continue to receive letters."),
    ("p", "Members were concerned by reports in the survey that some patients waiting for "
          "orthopaedic surgery had been told by staff that they could be seen more quickly "
          "if they paid to go private. Ms Ukwu advised that this was not the Trust's policy "
          "and that she would raise it with the clinical director for surgery."),
    ("p", "The Vice-Chair asked how many residents of the borough had been waiting more than "
          "65 weeks. It was noted that at the end of December 2024 there were 214 Fennhurst "
          "residents who had waited longer than 65 weeks, most of them for orthopaedic, ENT "
          "or gynaecology treatment."),
    ("p", "Councillor Askew-Doyle requested that Healthwatch repeat the survey in twelve "
          "months' time so that the Sub-Committee could see whether patients' experience had "
          "improved. Mr Osei confirmed that this would be included in the Healthwatch work "
          "plan for 2025/26."),
    ("dec", "The Sub-Committee NOTED the Healthwatch report and AGREED that the Trust be "
            "invited to report to the Sub-Committee in October 2025 on progress against the "
            "six recommendations."),

    ("item", "39", "SUB-COMMITTEE WORK PROGRAMME 2024/25"),
    ("p", "The Sub-Committee considered its work programme for the remainder of the municipal "
          "year. The Scrutiny & Policy Officer advised that the Day Opportunities review "
          "would not be ready in time for the meeting on 13 March 2025. The items "
          "remaining for that meeting were therefore the Better Care Fund plan, the Adult "
          "Social Care Annual Complaints Report and an update from the Marsh Valley "
          "Integrated Care Board on the changes to community mental health services."),
    ("p", "Councillor Ramdhanie requested that an item on support for unpaid carers, "
          "including their own mental health, be added to the programme. The Chairman "
          "agreed that this would be considered when the work programme for 2025/26 was "
          "drawn up."),
    ("dec", "The Sub-Committee AGREED that consideration of the Day Opportunities review be "
            "deferred to the meeting on 24 April 2025."),
    ("dec", "The work programme for 2024/25, as amended, was AGREED."),

    ("item", "40", "URGENT BUSINESS"),
    ("p", "There was no urgent business."),
]


def _fld(paragraph, instr: str) -> None:
    """Append a simple Word field (e.g. PAGE) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
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
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _set_widths(table, widths) -> None:
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def _save_fixed(doc, path: Path) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.space_before = Pt(0)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True

    # running header (not on page 1) and "2M"-style page numbers (the minute book)
    hp = sec.header.paragraphs[0]
    hp.text = f"{COMMITTEE}, {MEETING}"
    for r in hp.runs:
        r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fld(fp, " PAGE ")
    fp.add_run("M")
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fld(ffp, " PAGE ")
    ffp.add_run("M")

    def line(text, bold=False, size=None, align=None, after=0, caps=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    line("MINUTES OF A MEETING OF THE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    line("ADULTS & HEALTH OVERVIEW & SCRUTINY SUB-COMMITTEE", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    line("Council Chamber - Town Hall, Market Parade, Fennhurst",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    line(f"{MEETING} (7.00 - 9.21 pm)", align=WD_ALIGN_PARAGRAPH.CENTER, after=14)

    line("Present:", bold=True, after=6)
    line("COUNCILLORS", bold=True, after=4)
    t = doc.add_table(rows=0, cols=2)
    _no_borders(t)
    for group, names in GROUPS:
        row = t.add_row()
        row.cells[0].text = group
        row.cells[1].text = names
        row.cells[0].paragraphs[0].runs[0].bold = True
    _set_widths(t, (Cm(6.2), Cm(10.2)))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    p = doc.add_paragraph()
    p.add_run("Co-opted Member (non-voting):").bold = True
    p.add_run("\tBarrington Osei (Healthwatch Fennhurst)")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.4), WD_TAB_ALIGNMENT.LEFT)

    line("Also present:", bold=True, after=4)
    t2 = doc.add_table(rows=0, cols=2)
    _no_borders(t2)
    for name, role in ALSO_PRESENT:
        row = t2.add_row()
        row.cells[0].text = name
        row.cells[1].text = role
    _set_widths(t2, (Cm(6.2), Cm(10.2)))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)

    doc.add_paragraph("Four members of the public and a representative of the press were "
                      "also present.")
    doc.add_paragraph("All decisions were taken with no votes against.")

    indent = Cm(1.6)
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.first_line_indent = -indent
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.tab_stops.add_tab_stop(indent, WD_TAB_ALIGNMENT.LEFT)
            r = p.add_run(f"{num}\t{title}")
            r.bold = True
        elif kind in ("p", "dec"):
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = indent
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            for text in block[1]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = indent + Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.8)
                p.paragraph_format.tab_stops.add_tab_stop(indent + Cm(0.8))
                p.paragraph_format.space_after = Pt(4)
                p.add_run("\u2022\t" + text)
        elif kind == "c":
            for letter, text in zip("abcdefgh", block[1]):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = indent + Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.paragraph_format.tab_stops.add_tab_stop(indent + Cm(1.0))
                p.add_run(f"({letter})\t{text}")
        else:
            raise ValueError(kind)

    for _ in range(3):
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
    sig = doc.add_paragraph("______________________________")
    sig.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sig.paragraph_format.space_after = Pt(0)
    ch = doc.add_paragraph("Chairman")
    ch.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ch.paragraph_format.right_indent = Cm(2.0)

    cp = doc.core_properties
    cp.author = "Anthony Wheelan"
    cp.last_modified_by = "Anthony Wheelan"
    cp.title = "Minutes - Adults & Health OSSC - 23 January 2025"
    cp.comments = ""
    cp.revision = 4
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    _save_fixed(doc, path)


# ---------------------------------------------------------------------------
# The Cabinet report (PDF)
# ---------------------------------------------------------------------------

COVER = [
    ("Subject Heading:", "Re-procurement of Home Care (Domiciliary Care) Services 2025-2032"),
    ("Cabinet Member:", "Councillor Desmond Fairley-Quinn, Cabinet Member for Adults & "
                        "Wellbeing"),
    ("SLT Lead:", "Helen Drummond-Vance, Strategic Director, People"),
    ("Report Author and contact details:",
     "Callum Stroud, Head of Joint Commissioning (Adults)\n01632 960418\n"
     "callum.stroud@fennhurst.gov.uk"),
    ("Policy context:", "Care Act 2014; Fennhurst Adult Social Care Strategy 2023-2027; "
                        "Market Position Statement 2024"),
    ("Financial summary:", "The estimated value of the new contracts is £118m over five "
                           "years (about £23.6m a year), with the option to extend for up "
                           "to two further years. The cost will be met from the Adult "
                           "Social Care base budget."),
    ("Is this a Key Decision?", "Yes - expenditure of £500,000 or more and significant "
                                "effect on two or more wards"),
    ("When should this matter be reviewed?", "January 2026"),
    ("Reviewing OSC:", "Adults & Health Overview & Scrutiny Sub-Committee"),
]

OBJECTIVES = [
    ("People - Supporting our residents to stay safe and well", "[X]"),
    ("Place - A great place to live, work and enjoy", "[ ]"),
    ("Resources - Enabling a resident-focused and resilient Council", "[X]"),
]

REPORT = [
    ("h", "SUMMARY"),
    ("p", "1.1  The Council's framework agreement for home care expires on 30 September "
          "2025. This report sets out the results of market engagement and of consultation "
          "with people who receive home care and their carers, and seeks approval to "
          "re-procure the service using a zoned model with a lead provider in each of four "
          "zones, supported by a framework of approved providers."),
    ("p", "1.2  The proposals were considered by the Adults & Health Overview & Scrutiny "
          "Sub-Committee on 23 January 2025 as pre-decision scrutiny. The Sub-Committee's "
          "recommendations, and the response to them, are set out in section 6."),
    ("h", "RECOMMENDATIONS"),
    ("p", "Cabinet is asked to:"),
    ("p", "1.  Approve the re-procurement of home care services using a zoned model, with "
          "contracts for an initial term of five years from 1 October 2025 and the option to "
          "extend for up to two further years."),
    ("p", "2.  Delegate authority to the Strategic Director, People, after consultation with "
          "the Cabinet Member for Adults & Wellbeing, to award the lead provider contracts "
          "and to appoint providers to the framework following evaluation."),
    ("p", "3.  Note the recommendations of the Adults & Health Overview & Scrutiny "
          "Sub-Committee and agree the responses set out in section 6."),
    ("h", "REPORT DETAIL"),
    ("s", "2. Background"),
    ("p", "2.1  Home care supports adults with eligible needs to remain living in their own "
          "homes. Around 1,150 residents receive home care arranged by the Council, with "
          "approximately 11,400 hours delivered each week by 23 providers on the current "
          "framework. Demand has grown by 17% since 2021, driven largely by hospital "
          "discharge."),
    ("p", "2.2  The current framework has given residents a choice of provider but has led "
          "to long travelling times between visits and to packages in the north of the "
          "borough being slow to start. In 2024 the average time taken to start a new "
          "package was 6.4 days in the North zone, compared with 2.1 days in the Central "
          "zone."),
    ("s", "3. The proposed model"),
    ("p", "3.1  The borough will be divided into four zones: North, Central, South and "
          "Eastmarsh. In each zone one lead provider will be offered all new packages first "
          "and must accept or decline them within 24 hours. Packages that a lead provider "
          "cannot start within 48 hours will be offered to providers on the framework."),
    ("p", "3.2  Lots have been sized so that medium-sized providers are able to bid for a "
          "zone. Social value, including local employment and apprenticeships, will account "
          "for 10% of the evaluation; quality will account for 60% and price for 30%."),
    ("p", "3.3  The specification will require providers to pay care workers for travel "
          "time and at least the London Living Wage. The proposed hourly rate of £27.40 has "
          "been modelled on that basis using a cost of care tool."),
    ("s", "4. What residents and carers told us"),
    ("p", "4.1  A survey of people receiving home care and their carers ran from 2 October to "
          "15 November 2024 and received 286 responses. Four focus groups were also held. The "
          "main messages, and how they have been reflected in the specification, are "
          "summarised below."),
    ("table", [
        ("You said", "We did"),
        ("You never know who is coming or what time they will arrive.",
         "The specification sets a target that no resident should be visited by more than "
         "five different care workers in a fortnight, and visit times must be agreed with "
         "the resident."),
        ("Visits are too rushed and care workers are always running late.",
         "Zones will reduce travelling between visits, and providers must pay for travel "
         "time so that it is not taken out of care time."),
        ("When something goes wrong, it is hard to know who to complain to.",
         "Each lead provider will have a named local manager and must publish its "
         "complaints process in every care plan folder."),
        ("Will I have to change my carer if my agency loses the contract?",
         "No package will be moved automatically. Any transfers will be phased over six "
         "months and agreed with the resident."),
    ]),
    ("s", "5. Market engagement"),
    ("p", "5.1  Two market engagement events were held in October and November 2024 and were "
          "attended by 41 providers. Providers supported the zoned model in principle but "
          "asked the Council to allow a longer mobilisation period and to index the hourly "
          "rate each April. Both points have been reflected in the tender documents."),
    ("s", "6. Pre-decision scrutiny"),
    ("p", "6.1  The Adults & Health Overview & Scrutiny Sub-Committee considered the "
          "proposals on 23 January 2025. Members may wish to note the main questions that "
          "were raised, which were answered at the meeting and are summarised here for "
          "Cabinet's information:"),
    ("bullet", "What will happen to residents whose provider is not appointed as a lead "
               "provider?"),
    ("bullet", "Will the zoned model squeeze smaller, local providers out of the market?"),
    ("bullet", "Can providers pass packages to other agencies without the Council knowing?"),
    ("bullet", "Was bringing the service in-house considered, and what would it cost?"),
    ("p", "6.2  The Sub-Committee recommended that the specification require lead providers "
          "to pay for travel time and at least the London Living Wage; that no "
          "subcontracting be allowed without the Council's prior written consent; and that "
          "a report on mobilisation be brought to the Sub-Committee in January 2026. All "
          "three recommendations are accepted and have been built into the tender "
          "documents and the forward plan."),
    ("s", "7. Options considered"),
    ("p", "7.1  Extending the current framework: rejected, as no further extension is "
          "permitted under the Public Contracts Regulations 2015."),
    ("p", "7.2  Bringing the service in-house: rejected. An in-house service was costed at "
          "an estimated £4.2m a year more than the proposed model and could not be "
          "mobilised by October 2025."),
    ("p", "7.3  A new open framework without zones: rejected, as it would not address "
          "travelling times or the slow start of packages in the North zone."),
    ("h", "IMPLICATIONS AND RISKS"),
    ("s", "Financial implications and risks:"),
    ("p", "The estimated annual cost of £23.6m is within the Adult Social Care base budget "
          "for 2025/26, which includes provision for the increase in the hourly rate. The "
          "main risk is growth in demand above the 4% a year assumed in the Medium Term "
          "Financial Strategy."),
    ("s", "Legal implications and risks:"),
    ("p", "The procurement will be carried out under the Public Contracts Regulations 2015 "
          "using the light touch regime. The Council has a duty under the Care Act 2014 to "
          "promote an efficient and effective market for care and support."),
    ("s", "Human Resources implications and risks:"),
    ("p", "There are no direct implications for Council staff. TUPE may apply to care "
          "workers employed by providers whose packages transfer; this will be a matter for "
          "the outgoing and incoming providers."),
    ("s", "Equalities implications and risks:"),
    ("p", "An Equality Impact Assessment has been completed and is attached as Appendix 2. "
          "Most people receiving home care are aged over 75, and 64% are women. The "
          "phased approach to any transfers is intended to reduce the risk of distress to "
          "older residents and people living with dementia."),
    ("s", "Health and Wellbeing implications and risks:"),
    ("p", "Reliable home care supports timely discharge from hospital and helps people to "
          "stay independent at home for longer."),
    ("s", "Environmental and Climate Change implications and risks:"),
    ("p", "Zoning is expected to reduce care workers' mileage by around 20%, with a "
          "corresponding reduction in vehicle emissions."),
    ("h", "BACKGROUND PAPERS"),
    ("p", "Appendix 1 - Home Care Consultation Report, December 2024\n"
          "Appendix 2 - Equality Impact Assessment"),
]


def _latin1(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
            .replace("\u2014", "-").replace("\u201c", '"').replace("\u201d", '"'))


def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Cabinet 12 February 2025 - Home Care Re-procurement")
    pdf.set_author("Callum Stroud")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(w, 10, "CABINET", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(w, 6, "12 February 2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(55, w - 55), text_align=("LEFT", "LEFT"),
                   first_row_as_headings=False, line_height=5) as table:
        for label, value in COVER:
            row = table.row()
            pdf.set_font("Helvetica", "B", 10)
            row.cell(_latin1(label))
            pdf.set_font("Helvetica", "", 10)
            row.cell(_latin1(value))
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(w, 5, "The subject matter of this report deals with the following "
                         "Council Objectives", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    for text, box in OBJECTIVES:
        pdf.cell(w - 15, 6, _latin1(text))
        pdf.cell(15, 6, box, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    for kind, *rest in REPORT:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(w, 8, rest[0], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "s":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(w, 6, _latin1(rest[0]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(w, 5.5, _latin1(rest[0]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "bullet":
            pdf.set_font("Helvetica", "", 11)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(5, 5.5, "-")
            pdf.multi_cell(w - 11, 5.5, _latin1(rest[0]), new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "table":
            rows = rest[0]
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(col_widths=(w * 0.42, w * 0.58), line_height=5,
                           text_align=("LEFT", "LEFT")) as table:
                for cells in rows:
                    row = table.row()
                    for c in cells:
                        row.cell(_latin1(c))
            pdf.ln(3)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


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
    "committee": COMMITTEE,
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "31", "title": "CHAIRMAN'S ANNOUNCEMENTS"},
        {"number": "32", "title": "APOLOGIES FOR ABSENCE AND ANNOUNCEMENT OF SUBSTITUTE "
                                  "MEMBERS (IF ANY)"},
        {"number": "33", "title": "DISCLOSURE OF INTERESTS"},
        {"number": "34", "title": "MINUTES OF THE MEETING"},
        {"number": "35", "title": "HOME CARE (DOMICILIARY CARE) RE-PROCUREMENT 2025 - "
                                  "PRE-DECISION SCRUTINY"},
        {"number": "36", "title": "ACCESS TO NHS DENTISTRY IN FENNHURST"},
        {"number": "37", "title": "YOUTH VAPING AND TOBACCO CONTROL - ACTION PLAN UPDATE"},
        {"number": "38", "title": "HEALTHWATCH FENNHURST - 'WAITING WELL?' REPORT ON "
                                  "PATIENTS' EXPERIENCE OF HOSPITAL WAITING LISTS"},
        {"number": "39", "title": "SUB-COMMITTEE WORK PROGRAMME 2024/25"},
        {"number": "40", "title": "URGENT BUSINESS"},
    ],
    "questions": [
        # 34 minutes: matters arising
        q("34", "question",
          "asked whether a reply had been received to the Chairman's letter",
          "Councillor Whitlow",
          "a reply had been received on 8 January 2025 and would be circulated",
          "Democratic Services Officer", ["primary-care"]),
        # 35 home care re-procurement
        q("35", "question",
          "asked what would happen to residents whose current provider was not appointed",
          None,
          "existing packages would not be transferred automatically",
          "Head of Joint Commissioning", ["adult-social-care", "subcontracting"]),
        q("35", "concern",
          "expressed concern that the zoned model would favour large national companies",
          "Councillor Featherstone",
          "the lots had been sized so that medium-sized providers could bid",
          None, ["privatisation", "subcontracting", "adult-social-care"]),
        q("35", "question",
          "sought clarification on whether care workers would be paid for their travel time",
          "Vice-Chair",
          "providers would be required to pay for travel time",
          None, ["workforce", "finance", "adult-social-care"]),
        q("35", "concern",
          "Members were concerned that providers could pass packages of care to other agencies",
          None,
          "subcontracting would only be permitted with the Council's prior written consent",
          None, ["subcontracting", "adult-social-care"]),
        q("35", "question",
          "asked how the views of people who received home care had shaped",
          "Councillor Ramdhanie",
          "continuity of care worker had been the issue raised most often",
          "Head of Joint Commissioning", ["patient-and-public-input", "adult-social-care"]),
        q("35", "question",
          "queried whether bringing the service back in-house had been considered",
          "Councillor Pardew",
          "an in-house service had been costed as part of the options appraisal",
          "Cabinet Member for Adults & Wellbeing",
          ["privatisation", "finance", "adult-social-care"]),
        q("35", "question",
          "asked how the Council would make sure that lead providers had enough staff",
          None,
          "bidders would be required to submit a workforce plan with their tender",
          "Head of Joint Commissioning", ["workforce", "subcontracting", "adult-social-care"]),
        q("35", "comment",
          "the current framework had not worked well in the north of the borough",
          None, None, None, ["adult-social-care"]),
        q("35", "request",
          "requested that the Sub-Committee be told the outcome of the evaluation",
          "Chairman",
          "a confidential briefing would be provided to Members of the Sub-Committee",
          "Strategic Director, People", ["subcontracting", "governance"]),
        # 36 dentistry
        q("36", "question",
          "why so many residents were unable to find a practice taking on",
          "Councillor Askew-Doyle",
          "the main difficulty was recruiting dentists willing to undertake NHS work",
          "Ms Pembury", ["primary-care", "workforce"]),
        q("36", "concern",
          "Members expressed concern at the closure of the Copper Lane Dental Practice",
          None,
          "the ICB had procured the activity from a new provider",
          None, ["primary-care", "subcontracting"]),
        q("36", "question",
          "asked what was being done about the level of tooth decay among",
          "Vice-Chair",
          "the supervised toothbrushing programme had been extended to 46 schools and nurseries",
          "Director of Public Health",
          ["public-health", "children-and-families", "primary-care"]),
        q("36", "question",
          "queried whether the new patient premium had made any difference locally",
          None,
          "3,900 patients who had not seen a dentist for two years",
          None, ["primary-care"]),
        q("36", "request",
          "requested that a list of practices accepting new NHS patients be published",
          "Councillor Whitlow",
          "agreed to send an updated list to the Council's communications team",
          "Ms Pembury", ["primary-care"]),
        q("36", "question",
          "asked what dental care was available to residents of care homes",
          "Councillor Pardew", None, None, ["primary-care", "adult-social-care"]),
        # 37 vaping
        q("37", "concern",
          "was concerned that some shops close to secondary schools were openly selling vapes",
          "Councillor Ramdhanie",
          "31 test purchases had been carried out in 2024, nine of which",
          "Siobhan Garrity", ["public-health", "children-and-families"]),
        q("37", "question",
          "whether the Council could use its planning powers to limit the number",
          None,
          "vape shops fell within the same use class as other shops",
          "Director of Public Health", ["public-health"]),
        q("37", "question",
          "asked how young people had been involved in designing the Council's campaign",
          "Vice-Chair",
          "members of the Fennhurst Youth Council had co-designed the 'Not Your Vibe' campaign",
          "Ms Mabbutt",
          ["public-health", "children-and-families", "patient-and-public-input"]),
        q("37", "question",
          "questioned whether the Swap to Stop scheme risked encouraging people who had never smoked",
          None,
          "starter kits were only issued to adults who were current smokers",
          None, ["public-health"]),
        q("37", "comment",
          "commented that secondary schools needed more support to deal with vaping",
          "Chairman",
          "guidance for schools developed with the Youth Council would be issued",
          "Director of Public Health", ["public-health", "children-and-families"]),
        # 38 Healthwatch waiting lists
        q("38", "question",
          "what the Trust was doing to keep in touch with patients",
          "Councillor Featherstone",
          "a text message service had been introduced in September 2024",
          "Ms Ukwu", []),
        q("38", "comment",
          "patients without access to a mobile phone or the internet could be left out",
          None,
          "patients without a mobile number on record would continue to receive letters",
          "Ms Ukwu", []),
        q("38", "concern",
          "some patients waiting for orthopaedic surgery had been told by staff",
          None,
          "this was not the Trust's policy and that she would raise it",
          "Ms Ukwu", ["privatisation", "patient-and-public-input"]),
        q("38", "question",
          "asked how many residents of the borough had been waiting more than 65 weeks",
          "Vice-Chair",
          "there were 214 Fennhurst residents who had waited longer than 65 weeks",
          None, []),
        q("38", "request",
          "requested that Healthwatch repeat the survey in twelve months' time",
          "Councillor Askew-Doyle",
          "this would be included in the Healthwatch work plan for 2025/26",
          "Mr Osei", ["patient-and-public-input"]),
        # 39 work programme
        q("39", "request",
          "requested that an item on support for unpaid carers, including their own mental health",
          "Councillor Ramdhanie",
          "this would be considered when the work programme for 2025/26 was drawn up",
          "Chairman", ["adult-social-care", "mental-health"]),
    ],
    "resolutions": [
        res("34", "were agreed as a correct record and signed by the Chairman", "agreed", []),
        res("35", "The Sub-Committee NOTED the report and AGREED to RECOMMEND to Cabinet that",
            "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        res("36", "write on behalf of the Sub-Committee to the Marsh Valley Integrated Care Board",
            "agreed", ["primary-care", "adult-social-care"]),
        res("37", "NOTED the progress made in delivering the Tobacco Control Action Plan",
            "noted", ["public-health"]),
        res("37", "AGREED to respond to the Government's consultation on the flavours, packaging",
            "agreed", ["public-health"]),
        res("38", "AGREED that the Trust be invited to report to the Sub-Committee in October 2025",
            "agreed", ["patient-and-public-input"]),
        res("39", "the Day Opportunities review be deferred to the meeting on 24 April",
            "deferred", ["adult-social-care"]),
        res("39", "The work programme for 2024/25, as amended, was AGREED", "agreed", []),
    ],
    "attendees": [
        att("Councillor Trudy Kemal", "Chairman", "present"),
        att("Councillor Martin Askew-Doyle", None, "present"),
        att("Councillor Jeanette Larcombe", "Vice-Chair", "present"),
        att("Councillor Roy Featherstone", None, "present"),
        att("Councillor Gordon Whitlow", None, "present"),
        att("Councillor Priya Ramdhanie", None, "present"),
        att("Councillor Colin Pardew", None, "present"),
        att("Barrington Osei", "Healthwatch Fennhurst", "present"),
        att("Councillor Wendy Aldous", None, "apologies"),
        att("Councillor Natasha Brightwell-Odu", None, "apologies"),
        att("Councillor Desmond Fairley-Quinn", "Cabinet Member for Adults & Wellbeing",
            "in_attendance"),
        att("Helen Drummond-Vance", "Strategic Director, People", "in_attendance"),
        att("Callum Stroud", "Head of Joint Commissioning (Adults)", "in_attendance"),
        att("Dr Omari Lindqvist", "Director of Public Health", "in_attendance"),
        att("Kerry-Ann Mabbutt", "Senior Public Health Practitioner (Tobacco Control)",
            "in_attendance"),
        att("Siobhan Garrity", "Principal Trading Standards Officer", "in_attendance"),
        att("Nicola Pembury",
            "Head of Dental Commissioning, Marsh Valley Integrated Care Board",
            "in_attendance"),
        att("Stephanie Ukwu",
            "Deputy Chief Operating Officer, Fennhurst and Eastmarsh Hospitals NHS Trust",
            "in_attendance"),
        att("Precious Adeyemi", "Scrutiny & Policy Officer", "in_attendance"),
        att("Anthony Wheelan", "Democratic Services Officer (Clerk to the Sub-Committee)",
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
    build_minutes(DOCS / MINUTES_NAME)
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
    for gold_path in sorted(GOLD.glob("pi-*.json")):
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
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{answers} answers, {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
