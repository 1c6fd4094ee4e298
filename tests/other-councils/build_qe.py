#!/usr/bin/env python3
"""Build the "qe-" documents of round 224 and their gold annotations.

Usage:  build_qe.py           build documents/qe-* and gold/qe-*.json
        build_qe.py --check   verify every gold phrase occurs once in its document

Two Word documents from an invented London borough (Merrowfield):
  * the minutes of its Health and Adult Social Care Scrutiny Sub-Committee, typed by
    hand with paragraphs numbered within each minute (4.1, 4.2 ...), the attendance in a
    borderless table, decisions as "RESOLVED:" over "To note ..." clauses;
  * the agenda front sheet for the sub-committee's next meeting (not minutes).
Every council, person, place, provider and figure is invented.
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

MINUTES_NAME = "qe-merrowfield-health-adult-social-care-scrutiny-sub-committee-2025-10-07.docx"
AGENDA_NAME = "qe-merrowfield-health-adult-social-care-scrutiny-sub-committee-agenda-2025-12-02.docx"

MINUTES_STAMP = dt.datetime(2025, 10, 14, 16, 22, 0)
AGENDA_STAMP = dt.datetime(2025, 11, 21, 10, 5, 0)

COMMITTEE = "Health and Adult Social Care Scrutiny Sub-Committee"


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def _new_document():
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    from docx.oxml.ns import qn
    fonts.set(qn("w:eastAsia"), "Arial")
    fonts.set(qn("w:cs"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    return doc


def _field(paragraph, instr: str, placeholder: str) -> None:
    """Append a simple field (PAGE, NUMPAGES) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)
        return r

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _grid(table) -> None:
    table.style = "Table Grid"


def _set_widths(table, widths) -> None:
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def _save(doc, path: Path, stamp: dt.datetime, author: str, title: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 4
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Body blocks:
#   ("item", "4", "TITLE")          bold minute heading, number typed with a tab
#   ("p", "4.1", "text")            a numbered paragraph, number typed by hand
#   ("res", "4.9")                  "4.9<TAB>RESOLVED:" in bold
#   ("cl", "1.", "text")            a decision clause, indented
#   ("sub", "a)", "text")           a lettered point, indented further
#   ("action", "text")              bold "ACTION:" line
#   ("plain", "text")               unnumbered paragraph

ATTENDANCE = [
    ("PRESENT:",
     "Councillor Amara Nwachukwu (Chair), Councillor Declan Farrow (Vice-Chair), "
     "Councillor Bernard Okoye-Hale, Councillor Joanna Pell, Councillor Hamid Rasuli, "
     "Councillor Priya Soomro and Councillor Lucy Tremlett"),
    ("CO-OPTED MEMBER:",
     "Tobias Renner (Merrowfield Patients\u2019 Forum)"),
    ("APOLOGIES:",
     "Councillor Martha Kinsella and Councillor Stephen Ojo"),
    ("ALSO PRESENT:",
     "Councillor Rosalind Achterberg, Cabinet Member for Healthier Communities (job share)\n"
     "Councillor Gareth Lindqvist, Chair of the Overview and Scrutiny Committee"),
    ("OFFICERS:",
     "Fiona Castellane, Corporate Director, Adults and Health\n"
     "Dr Imogen Talbot-Reyes, Director of Public Health\n"
     "Marcus Delahaye, Director of Integrated Commissioning\n"
     "Sunita Baptiste, Trading Standards and Licensing Manager\n"
     "Oliver Quaintance, Scrutiny Lead\n"
     "Nia Rowbotham, Democratic Services Officer"),
    ("PARTNERS:",
     "Dr Ravi Menon-Clarke, Place Executive Director (Merrowfield), South Thamesvale "
     "Integrated Care Board\n"
     "Helen Strachan-Bowe, Head of Primary Care Commissioning (Dental), South Thamesvale "
     "Integrated Care Board\n"
     "Colm Devaney, Director of Operations (Planned Care), Merrowfield and Pellborne "
     "Hospitals NHS Trust\n"
     "Adaeze Whitlock, Chief Executive, Healthwatch Merrowfield"),
    ("DEPUTATION:",
     "Noreen Blackwood, Merrowfield Home Care Workers\u2019 Network"),
]

BODY = [
    ("plain",
     "The Chair welcomed Members, officers, partners and members of the public to the "
     "meeting. She noted that Councillor Pell was attending online and would therefore "
     "not be able to vote on any item."),

    # 1 ----------------------------------------------------------------------
    ("item", "1", "DECLARATION OF PECUNIARY INTERESTS"),
    ("p", "1.1", "There were none."),
    ("p", "1.2",
     "In the interests of transparency, Councillor Tremlett stated that her mother "
     "received home care from one of the providers on the council\u2019s current framework. "
     "This was not a pecuniary interest and Councillor Tremlett remained in the room for "
     "item 4."),

    # 2 ----------------------------------------------------------------------
    ("item", "2", "MINUTES"),
    ("res", "2.1"),
    ("plain",
     "That the minutes of the previous meeting held on 15 July 2025 be approved and signed "
     "by the Chair as a correct record of the proceedings."),

    # 3 ----------------------------------------------------------------------
    ("item", "3", "ACTION TRACKER AND MATTERS ARISING"),
    ("p", "3.1",
     "The Scrutiny Lead introduced the action tracker. Eleven of the fourteen actions "
     "agreed during 2024/25 had been completed, and the remaining three were being carried "
     "forward into the new municipal year. Responses to the Sub-Committee\u2019s "
     "recommendations on the Adult Social Care Charging Policy had been received from "
     "Cabinet on 8 September 2025 and were attached at Appendix A; all five had been "
     "accepted, two of them in part."),
    ("p", "3.2",
     "Councillor Farrow asked when the Sub-Committee would receive the breakdown of "
     "delayed hospital discharges by ward which had been promised at the March meeting. "
     "The Corporate Director, Adults and Health, apologised for the delay and said that "
     "the figures would be circulated to Members by the end of October."),
    ("p", "3.3",
     "Councillor Soomro commented that several actions had been marked as complete when "
     "only a holding reply had been received, and asked that the tracker distinguish "
     "between the two in future. The Scrutiny Lead agreed to add a separate column for "
     "holding replies."),
    ("action", "Scrutiny Lead"),
    ("res", "3.4"),
    ("plain", "To note the action tracker and the three actions carried forward."),

    # 4 ----------------------------------------------------------------------
    ("item", "4", "CARE AT HOME: RE-PROCUREMENT OF HOME CARE SERVICES"),
    ("p", "4.1",
     "The Cabinet Member for Healthier Communities (job share) introduced the report, "
     "which set out the proposed approach to re-procuring the council\u2019s home care "
     "services when the current framework expired on 31 August 2026. The council "
     "currently commissioned around 14,600 hours of home care a week from 23 framework "
     "providers and 9 spot providers, supporting approximately 1,480 residents. Under the "
     "proposed model the borough would be divided into four patches, each with a lead "
     "provider and up to two secondary providers, and the council would move from paying "
     "for time in fifteen-minute units to paying for planned visits, with an outcomes "
     "payment introduced from the second year."),
    ("p", "4.2",
     "The Director of Integrated Commissioning added that the new contracts would run for "
     "five years with an option to extend for up to two further years, and that the "
     "estimated total contract value was \u00a3196m over seven years. The London Living "
     "Wage would remain a condition of the contract, as it had been since 2017, and "
     "providers would continue to be required to pay care workers for travel time between "
     "visits. A market engagement event held in July had been attended by 38 providers. "
     "Cabinet would be asked to approve the procurement strategy on 10 November 2025, the "
     "tender would be published in January 2026 and contracts would be awarded in May 2026, "
     "allowing three months for mobilisation before the new arrangements began on "
     "1 September 2026. Residents whose provider changed would be contacted individually, "
     "and the council would aim to keep existing care workers with the same residents "
     "wherever possible."),
    ("p", "4.3",
     "Deputation \u2013 The Sub-Committee received a deputation from Ms Noreen Blackwood "
     "on behalf of the Merrowfield Home Care Workers\u2019 Network. Ms Blackwood told the "
     "Sub-Committee that many care workers were still not paid for the time they spent "
     "travelling between visits, despite this being a condition of the existing "
     "framework, and that rotas often allowed five minutes or less between calls which "
     "were a mile or more apart. She also raised concerns that some framework providers "
     "were passing packages to smaller agencies, so that the council could not be sure "
     "who was delivering care or on what terms. Ms Blackwood asked that the Sub-Committee "
     "recommend that at least one patch be brought back in-house as a pilot."),
    ("p", "4.4",
     "Members asked the deputation a number of questions. In response to a question from "
     "Councillor Rasuli about how many workers the Network represented, Ms Blackwood said "
     "that the Network had around 310 members, most of whom worked for four of the larger "
     "framework providers."),
    ("p", "4.5",
     "The Corporate Director, Adults and Health, then responded to the points made by the "
     "deputation. She said that the contract monitoring team had carried out 41 spot "
     "checks of electronic call monitoring data in 2024/25 and had found that travel time "
     "was not being paid in full by three providers, each of which had been issued with a "
     "formal improvement notice. Passing work to another agency without the council\u2019s "
     "written consent was already a breach of the framework agreement, and the new "
     "contracts would oblige lead providers to name every subcontractor and publish the "
     "rates of pay they offered. An in-house service had been looked at in the options "
     "appraisal at Appendix 2 but had been discounted because of the cost and the time "
     "needed to recruit staff and register a new service with the Care Quality "
     "Commission."),
    ("p", "4.6", "Members then raised the following points:"),
    ("sub", "a)",
     "Councillor Okoye-Hale asked why a patch model had been chosen when the council\u2019s "
     "attempt to zone home care in 2019 had been abandoned after two of the three lead "
     "providers withdrew. The Director of Integrated Commissioning explained that the "
     "2019 model had relied on one provider in each zone with no back-up, whereas under "
     "the new model work would pass to a secondary provider if the lead provider could "
     "not pick up a package within 48 hours."),
    ("sub", "b)",
     "Councillor Tremlett expressed concern that paying for planned visits could give "
     "providers an incentive to cut visits short. Officers advised that electronic call "
     "monitoring would continue, and that payments would be reduced where visits were "
     "consistently shorter than planned."),
    ("sub", "c)",
     "Councillor Soomro asked how people who drew on care and their families had been "
     "involved in designing the new model. The Director of Integrated Commissioning said "
     "that 212 people had responded to the survey, two co-design workshops had been held, "
     "and residents with experience of home care would sit on the evaluation panel."),
    ("sub", "d)",
     "The Vice-Chair queried whether the budget for 2026/27 allowed for the expected rise "
     "in the hourly rate. The Corporate Director said that the Medium Term Financial "
     "Strategy assumed an average rate of \u00a325.40 an hour from September 2026, compared "
     "with \u00a323.12 now, and that this was funded within the adult social care budget, "
     "although the increase in employers\u2019 national insurance had added around "
     "\u00a31.9m of pressure across the local care market."),
    ("sub", "e)",
     "Councillor Pell commented that the report did not explain how the council would "
     "manage the market if a large provider failed during the transition to the new "
     "contracts."),
    ("sub", "f)",
     "Mr Renner asked whether the council would publish the findings of its quality "
     "monitoring visits for each provider. The Director of Integrated Commissioning "
     "undertook to consider this as part of the contract specification."),
    ("action",
     "Director of Integrated Commissioning to circulate to Members the list of providers "
     "issued with improvement notices since April 2024, with the reasons."),
    ("p", "4.7",
     "Councillor Okoye-Hale proposed, and Councillor Tremlett seconded, that the "
     "Sub-Committee recommend to Cabinet that one of the four patches be delivered by an "
     "in-house service as a two-year pilot. Upon being put to the vote the proposal was "
     "not agreed (2 in favour, 3 against, 1 abstention)."),
    ("res", "4.8"),
    ("cl", "1.", "To note the report and the proposed approach to re-procuring home care "
                 "services."),
    ("cl", "2.", "To recommend to Cabinet that:"),
    ("subcl", "(a)",
     "the specification require lead providers to name all subcontractors and to publish "
     "the rates of pay offered to their care workers, including pay for travel time;"),
    ("subcl", "(b)",
     "a person who draws on care at home sits on the evaluation panel for each patch; and"),
    ("subcl", "(c)",
     "the report to Cabinet set out a contingency plan in the event of provider failure "
     "during the transition."),
    ("cl", "3.", "To receive an update on the outcome of the procurement in September "
                 "2026."),

    # 5 ----------------------------------------------------------------------
    ("item", "5", "ACCESS TO NHS DENTISTRY IN MERROWFIELD"),
    ("p", "5.1",
     "Dr Ravi Menon-Clarke, Place Executive Director (Merrowfield), and Helen "
     "Strachan-Bowe, Head of Primary Care Commissioning (Dental), South Thamesvale "
     "Integrated Care Board (ICB), presented the report. There were 34 NHS dental "
     "practices in Merrowfield. 41% of adults had seen an NHS dentist in the previous 24 "
     "months, against 49% across London, and a practice in Colebrook had handed back its "
     "NHS contract in June, affecting around 5,300 patients. The ICB had commissioned "
     "6,000 additional urgent appointments for 2025/26 and was piloting a flexible "
     "commissioning scheme under which 11 practices were paid to prioritise children, "
     "pregnant women and people experiencing homelessness. Across the borough 57% of "
     "children had seen an NHS dentist in the previous 12 months, and the ICB was working "
     "with the council\u2019s public health team on a joint oral health plan for 2026 to "
     "2029, which would be brought to the Sub-Committee in draft."),
    ("p", "5.2",
     "Adaeze Whitlock, Chief Executive, Healthwatch Merrowfield, said that dentistry had "
     "been the subject raised most often with Healthwatch for the third year running. In a "
     "mystery shopping exercise in August only 4 of the 34 practices had said that they "
     "were accepting new adult NHS patients."),
    ("p", "5.3",
     "Councillor Rasuli asked what had happened to the 5,300 patients of the Colebrook "
     "practice. Ms Strachan-Bowe explained that patients were not registered with a dental "
     "practice in the way they were with a GP, but that the ICB had re-procured the "
     "contract and a new provider would open in Colebrook in January 2026. In the meantime "
     "patients needing urgent care could use the dental helpline."),
    ("p", "5.4",
     "The Chair asked why practices were not taking on new patients when the ICB had "
     "underspent its dental budget last year. In response, the Place Executive Director "
     "stated that the national contract made some courses of treatment uneconomic for "
     "practices, and that the ICB had been unable to spend \u00a33.2m of its ring-fenced "
     "dental allocation in 2024/25 because practices could not recruit dentists to "
     "deliver the activity. Part of the underspend had been recycled into the flexible "
     "commissioning scheme."),
    ("p", "5.5",
     "Concerns were expressed about the level of tooth decay among young children in the "
     "borough, where 31% of five-year-olds had visible decay. The Director of Public Health "
     "said that supervised toothbrushing had been rolled out to 46 nurseries and primary "
     "schools, and that a fluoride varnish programme would be commissioned through the 0 "
     "to 19 service from April 2026."),
    ("p", "5.6",
     "Mr Renner requested that the ICB publish each month an up-to-date list of the "
     "practices accepting new NHS patients, as the national website was often out of date. "
     "Ms Strachan-Bowe said that the ICB would begin publishing the list in November."),
    ("action", "Head of Primary Care Commissioning (Dental), ICB"),
    ("p", "5.7",
     "Councillor Pell asked whether residents placed in temporary accommodation outside "
     "the borough could still use the flexible commissioning scheme. Ms Strachan-Bowe was "
     "not able to confirm this at the meeting and undertook to respond in writing."),
    ("res", "5.8"),
    ("cl", "1.", "To note the report."),
    ("cl", "2.",
     "That the Chair write to the Minister for Care, copied to the ICB, asking that the "
     "national dental contract be reformed without further delay, and setting out the "
     "Sub-Committee\u2019s concerns about children\u2019s access to NHS dentistry in "
     "Merrowfield."),

    # 6 ----------------------------------------------------------------------
    ("item", "6", "YOUTH VAPING: PREVENTION AND ENFORCEMENT"),
    ("p", "6.1",
     "The Director of Public Health introduced the report, which set out the council\u2019s "
     "response to youth vaping since the ban on the sale of single-use vapes came into "
     "force on 1 June 2025. In the council\u2019s 2025 schools survey, 14% of pupils in Year "
     "10 said they vaped at least once a week, up from 9% in 2023."),
    ("p", "6.2",
     "The Trading Standards and Licensing Manager reported that officers had carried out "
     "63 test purchases since April 2025, 17 of which had resulted in a sale to a person "
     "under 18, and had seized more than 9,400 illegal or non-compliant vapes. Two "
     "retailers had been prosecuted and the premises licence of a third had been "
     "reviewed. Officers had also visited 58 retailers with advice on the new "
     "regulations and on checking the age of customers, and a joint operation with the "
     "police in September had targeted shops near three secondary schools. A "
     "communications campaign designed with the Merrowfield Youth Council, \u201cNot Worth "
     "the Hit\u201d, would run in schools and on social media from November."),
    ("p", "6.3",
     "Councillor Tremlett asked whether the ban on disposable vapes had made any "
     "difference. The Trading Standards and Licensing Manager responded that officers were "
     "now finding refillable vapes made to look like disposables and sold at the same "
     "price with pre-filled pods, and that the ban had not yet reduced the number of "
     "underage sales."),
    ("p", "6.4",
     "Councillor Farrow asked how much the council spent on tackling illegal vapes and "
     "whether it received any additional government funding for this. The Director of "
     "Public Health advised that the council had received \u00a386,000 for 2025/26 from "
     "the national enforcement fund, which paid for one additional officer, and that the "
     "rest of the work was met from the trading standards budget."),
    ("p", "6.5",
     "Councillor Soomro raised concerns that some schools treated vaping mainly as a "
     "matter of discipline, with pupils excluded for vaping on the premises rather than "
     "offered support. In response, the Director of Public Health stated that the school "
     "health service offered a six-week vaping cessation programme, and that officers "
     "would write to head teachers encouraging referrals rather than exclusions."),
    ("p", "6.6",
     "A Member questioned whether e-cigarettes should still be offered through the stop "
     "smoking service to adults trying to quit, given the concerns about young people. The "
     "Director of Public Health said that the evidence remained clear that for adults "
     "vaping was far less harmful than smoking, and that the swap to stop scheme had "
     "helped 412 adult smokers to quit in 2024/25."),
    ("p", "6.6",
     "Councillor Okoye-Hale commented that there were four shops selling vapes within 200 "
     "metres of Merrowfield Park Academy, and asked whether the council could use its "
     "planning powers to limit new vape shops. The Cabinet Member for Healthier "
     "Communities said that a supplementary planning document was being prepared which "
     "could restrict new vape shops and betting shops near schools, and that it would be "
     "consulted on in 2026."),
    ("res", "6.7"),
    ("plain",
     "To note the report and to thank the trading standards team for its enforcement "
     "work."),

    # 7 ----------------------------------------------------------------------
    ("item", "7", "ELECTIVE WAITING TIMES AND PATIENT ENGAGEMENT \u2013 MERROWFIELD AND "
                  "PELLBORNE HOSPITALS NHS TRUST"),
    ("p", "7.1",
     "Colm Devaney, Director of Operations (Planned Care), Merrowfield and Pellborne "
     "Hospitals NHS Trust, gave a presentation on elective waiting times and the "
     "trust\u2019s patient engagement. The trust\u2019s waiting list stood at 58,200. 61.4% of "
     "patients had been waiting less than 18 weeks, against a national target of 65% by "
     "March 2026, and 214 patients had waited more than 65 weeks, mostly in gynaecology, "
     "ENT and orthopaedics. The Community Diagnostic Centre at Pellborne Road had carried "
     "out 38,000 tests since it opened in March. Mr Devaney explained that the trust had "
     "set up a patient panel of 16 members in 2023 to advise on its planned care "
     "recovery programme, and that patients had helped to redesign the pre-operative "
     "assessment letters and the information given to people waiting for hip and knee "
     "surgery. A further 1,100 patients had responded to the trust\u2019s survey about "
     "travelling to the Community Diagnostic Centre."),
    ("p", "7.2", "Members raised the following issues:"),
    ("sub", "i)",
     "whether patients waiting for gynaecology procedures were being offered treatment "
     "at other hospitals or in the independent sector;"),
    ("sub", "ii)",
     "how many patients had been taken off the waiting list through validation, and "
     "whether anyone had been removed without being contacted;"),
    ("sub", "iii)",
     "how patients with a learning disability, or who did not speak English, were "
     "supported to attend their appointments; and"),
    ("sub", "iv)",
     "concern that the trust\u2019s patient panel had not met since February."),
    ("p", "7.3", "In response, Mr Devaney stated that:"),
    ("sub", "i)",
     "around 1,900 gynaecology patients had been offered treatment elsewhere, including at "
     "two independent sector hospitals, and about a third had accepted;"),
    ("sub", "ii)",
     "6,400 patients had been removed after validation; every patient was contacted by "
     "text and by letter first and could be reinstated within 30 days;"),
    ("sub", "iii)",
     "a reasonable adjustments flag had been added to the patient record system and the "
     "hours of the interpreting service had been extended; and"),
    ("sub", "iv)",
     "the panel was being relaunched with a wider membership, and its first meeting "
     "would be held in November."),
    ("p", "7.4",
     "Ms Whitlock said that Healthwatch had received 27 complaints since April about "
     "appointment letters arriving after the appointment date, and asked that the trust "
     "share its action plan for patient letters with the Sub-Committee. Mr Devaney agreed "
     "to share it before the next meeting."),
    ("action", "Director of Operations (Planned Care)"),
    ("p", "7.5",
     "Councillor Rasuli asked how patients and local residents would be involved in "
     "decisions about the future use of the Pellborne Road site. The Chair noted that time "
     "was short and asked Members to send any further questions to the Scrutiny Lead."),
    ("res", "7.6"),
    ("cl", "1.", "To note the presentation."),
    ("cl", "2.",
     "To request that the trust return to the Sub-Committee in March 2026 with an update "
     "on long waits and on the relaunched patient panel."),

    # 8 ----------------------------------------------------------------------
    ("item", "8", "HEALTHWATCH MERROWFIELD ANNUAL REPORT 2024/25"),
    ("p", "8.1",
     "Owing to the lateness of the hour, the Chair proposed that the item be taken at the "
     "next meeting, and Ms Whitlock indicated that she was content with this."),
    ("res", "8.2"),
    ("plain",
     "That consideration of the Healthwatch Merrowfield Annual Report 2024/25 be deferred "
     "to the meeting on 2 December 2025."),

    # 9 ----------------------------------------------------------------------
    ("item", "9", "WORK PROGRAMME 2025/26"),
    ("p", "9.1",
     "The Scrutiny Lead presented the work programme and reminded Members that the budget "
     "scrutiny session would be held on 22 January 2026. The items scheduled for 2 "
     "December 2025 were the Healthwatch Merrowfield Annual Report, deferred from this "
     "meeting, and the Adult Social Care Winter Plan 2025/26. A short report on the "
     "Sub-Committee\u2019s home care recommendations would also go to the Overview and "
     "Scrutiny Committee in November."),
    ("p", "9.2",
     "Councillor Soomro requested an item on the health of residents living in temporary "
     "accommodation, including the effects of damp and mould. The Scrutiny Lead said that "
     "this could be taken jointly with the Housing Scrutiny Sub-Committee in February "
     "2026."),
    ("res", "9.3"),
    ("plain",
     "To agree the work programme for 2025/26, subject to the addition of an item on the "
     "health of residents in temporary accommodation."),
]

CLOSING = [
    "The meeting ended at 9.41 pm",
    "CHAIR",
    "HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE",
    "Tuesday 2 December 2025",
    "Date of Despatch: Tuesday 14 October 2025",
    "Contact for Enquiries: Nia Rowbotham\nTel: 020 7946 0418\n"
    "E-mail: nrowbotham@merrowfield.gov.uk\nWeb: www.merrowfield.gov.uk/committees",
]


def build_minutes(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = _new_document()
    sec = doc.sections[0]

    hp = sec.header.paragraphs[0]
    hp.text = "London Borough of Merrowfield"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Health and Adult Social Care Scrutiny Sub-Committee \u2013 07.10.25 \u2013 Page ")
    r.font.size = Pt(8)
    _field(fp, "PAGE", "1")

    def centred(text: str, size: int = 11, bold: bool = True, after: int = 2) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)

    centred("MINUTES", 14)
    centred("HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE", 12)
    centred("Tuesday 7 October 2025 at 7.00 pm", 11, bold=False)
    centred("Committee Room 8, Merrowfield Town Hall, 1 Quarry Lane, London SE39 2HW", 11,
            bold=False, after=12)

    table = doc.add_table(rows=len(ATTENDANCE), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(table)
    for row, (label, names) in zip(table.rows, ATTENDANCE):
        lc, rc = row.cells
        lc.paragraphs[0].add_run(label).bold = True
        lines = names.split("\n")
        rc.paragraphs[0].add_run(lines[0])
        for extra in lines[1:]:
            rc.add_paragraph(extra)
    _set_widths(table, (Cm(4.2), Cm(12.2)))

    doc.add_paragraph()

    def numbered(num: str, text: str, bold: bool = False, indent: float = 0.0,
                 hang: float = 1.25) -> None:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(indent + hang)
        pf.first_line_indent = Cm(-hang)
        pf.tab_stops.add_tab_stop(Cm(indent + hang))
        run = p.add_run(f"{num}\t{text}")
        run.bold = bold

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            pf.left_indent = Cm(1.25)
            pf.first_line_indent = Cm(-1.25)
            pf.tab_stops.add_tab_stop(Cm(1.25))
            p.add_run(f"{num}.\t{title}").bold = True
        elif kind == "p":
            _, num, text = block
            numbered(num, text)
        elif kind == "res":
            _, num = block
            numbered(num, "RESOLVED:", bold=True)
        elif kind == "cl":
            _, num, text = block
            numbered(num, text, indent=1.25, hang=0.75)
        elif kind == "subcl":
            _, num, text = block
            numbered(num, text, indent=2.0, hang=0.75)
        elif kind == "sub":
            _, num, text = block
            numbered(num, text, indent=1.25, hang=0.9)
        elif kind == "action":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25)
            p.add_run("ACTION: ").bold = True
            p.add_run(block[1]).bold = True
        elif kind == "plain":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = Cm(1.25) if block is not BODY[0] else Cm(0)
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    p = doc.add_paragraph(CLOSING[0])
    doc.add_paragraph()
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(CLOSING[1]).bold = True
    p = doc.add_paragraph()
    p.add_run(CLOSING[2]).bold = True
    doc.add_paragraph(CLOSING[3])
    doc.add_paragraph()
    doc.add_paragraph(CLOSING[4])
    p = doc.add_paragraph()
    lines = CLOSING[5].split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()

    _save(doc, path, MINUTES_STAMP, "Nia Rowbotham",
          "HASC Scrutiny Sub-Committee minutes 7 October 2025")


# ---------------------------------------------------------------------------
# The agenda front sheet for the next meeting (not minutes)
# ---------------------------------------------------------------------------

AGENDA_ITEMS = [
    ("1", "Declaration of Pecuniary Interests",
     ["Under Standing Order 4.4, where any councillor has a disclosable pecuniary interest "
      "in any matter to be considered at the meeting, they must withdraw from the meeting "
      "room during the whole of the consideration of that matter and must not "
      "participate in any vote on that matter unless a dispensation has been obtained "
      "from the Monitoring Officer."], [], ""),
    ("2", "Minutes",
     ["To approve the minutes of the meeting held on 7 October 2025 as a correct record "
      "of the proceedings."], [], "1 - 10"),
    ("3", "Action Tracker",
     ["To note progress against the actions agreed at previous meetings. A summary of "
      "the responses received since the last meeting is set out at the end of this "
      "agenda under \u201cYou asked / We said\u201d."], [], "11 - 16"),
    ("4", "Healthwatch Merrowfield Annual Report 2024/25",
     ["Presenting: Adaeze Whitlock, Chief Executive, Healthwatch Merrowfield.",
      "Deferred from the meeting on 7 October 2025. The annual report sets out what local "
      "people told Healthwatch during the year, the organisation\u2019s enter and view "
      "visits to three care homes and its priorities for 2025/26."],
     ["What did residents tell Healthwatch most often, and how has that changed since "
      "last year?",
      "Which recommendations from the enter and view visits have providers accepted, and "
      "which have they not?",
      "How does Healthwatch reach residents who do not use online services?"],
     "17 - 52"),
    ("5", "Health of Residents Living in Temporary Accommodation",
     ["Joint item with the Housing Scrutiny Sub-Committee, whose members are invited "
      "for this item.",
      "Presenting: Dr Imogen Talbot-Reyes, Director of Public Health; Karim Osei-Landry, "
      "Director of Housing Needs; and Dr Ravi Menon-Clarke, Place Executive Director "
      "(Merrowfield), South Thamesvale Integrated Care Board.",
      "The report describes what is known about the health of the 3,120 households in "
      "temporary accommodation, including the number placed outside the borough, access "
      "to GP registration and the council\u2019s response to damp and mould."],
     ["How many households in temporary accommodation are not registered with a GP, and "
      "what is being done about it?",
      "How quickly are reports of damp and mould in temporary accommodation inspected and "
      "put right?",
      "What support is given to families placed outside the borough to keep their "
      "children\u2019s health visiting and school nursing in place?"],
     "53 - 78"),
    ("6", "Adult Social Care Winter Plan 2025/26",
     ["Presenting: Fiona Castellane, Corporate Director, Adults and Health.",
      "The report sets out the council\u2019s plans to support hospital discharge and "
      "the care market over the winter, including the use of the discharge fund and "
      "short-term care home beds."],
     ["How many people are expected to be discharged through each pathway this winter?",
      "What is the plan if a large home care provider cannot cover its packages?"],
     "79 - 96"),
    ("7", "Work Programme 2025/26",
     ["To consider and agree the Sub-Committee\u2019s work programme for the remainder of "
      "the municipal year."], [], "97 - 104"),
]

YOU_ASKED = [
    ("A breakdown of delayed hospital discharges by ward.",
     "Circulated to Members on 30 October 2025."),
    ("The list of home care providers issued with improvement notices since April 2024, "
     "with the reasons.",
     "Circulated to Members on 4 November 2025. Three providers were named."),
    ("A monthly list of dental practices accepting new NHS patients.",
     "The ICB published its first list on 10 November 2025 and will update it on the "
     "second Monday of each month."),
    ("Whether residents in temporary accommodation outside the borough can use the "
     "flexible dental commissioning scheme.",
     "The ICB has confirmed that they can, provided they remain on a Merrowfield GP "
     "list."),
    ("The trust\u2019s action plan for patient appointment letters.",
     "Awaited. The trust has apologised for the delay and will share it before the March "
     "2026 meeting."),
]

PUBLIC_INFO = [
    ("Getting to the Town Hall",
     "Merrowfield Town Hall is a five-minute walk from Merrowfield Broadway station. "
     "Buses 47, 112 and 336 stop outside on Quarry Lane. There is no public parking at "
     "the Town Hall, but two bays for Blue Badge holders can be booked in advance."),
    ("Access for people with disabilities",
     "Committee Room 8 is on the first floor and can be reached by lift. A hearing loop is "
     "available; please ask a member of staff at reception. If you need any other help to "
     "attend, please contact the officer named on the front of this agenda."),
    ("Deputations",
     "Anyone who lives or works in the borough may ask to address the Sub-Committee on "
     "an item on this agenda. Requests must be made to Democratic Services by 12 noon on "
     "Thursday 27 November 2025. A deputation may speak for up to five minutes and "
     "members may then ask questions of it."),
    ("Filming and recording",
     "The meeting is open to the public and may be filmed, recorded or reported on, "
     "except where confidential or exempt information is being discussed. The Chair may "
     "ask for filming to stop if it disrupts the meeting."),
    ("Queries on reports",
     "Please contact report authors if you have a question about a report. Their names "
     "and contact details are given at the top of each report."),
]


def build_agenda(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = _new_document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Public Document Pack"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _field(fp, "PAGE", "1")

    p = doc.add_paragraph()
    run = p.add_run("London Borough of Merrowfield")
    run.bold = True
    run.font.size = Pt(16)
    p = doc.add_paragraph()
    run = p.add_run(COMMITTEE)
    run.bold = True
    run.font.size = Pt(14)

    info = doc.add_table(rows=3, cols=2)
    _no_borders(info)
    for row, (a, b) in zip(info.rows, (
        ("Date:", "Tuesday 2 December 2025"),
        ("Time:", "7.00 pm"),
        ("Venue:", "Committee Room 8, Merrowfield Town Hall, 1 Quarry Lane, London SE39 2HW"),
    )):
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].paragraphs[0].add_run(b)
    _set_widths(info, (Cm(3.0), Cm(13.4)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Members of the Sub-Committee").bold = True
    doc.add_paragraph(
        "Councillors Amara Nwachukwu (Chair), Declan Farrow (Vice-Chair), Martha Kinsella, "
        "Stephen Ojo, Bernard Okoye-Hale, Joanna Pell, Hamid Rasuli, Priya Soomro and "
        "Lucy Tremlett")
    doc.add_paragraph("Co-opted Member: Tobias Renner (Merrowfield Patients\u2019 Forum)")
    doc.add_paragraph(
        "Substitute Members: Councillors Leona Fairweather, Idris Kanu, Patrick Mulvey "
        "and Sasha Wren")

    p = doc.add_paragraph()
    p.add_run("Further Information").bold = True
    doc.add_paragraph(
        "If you require any further information or have any queries please contact: Nia "
        "Rowbotham, Democratic Services Officer. Telephone: 020 7946 0418; E-mail: "
        "nrowbotham@merrowfield.gov.uk; Web: www.merrowfield.gov.uk/committees")
    doc.add_paragraph("Date of Despatch: Friday 21 November 2025")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run("AGENDA")
    run.bold = True
    run.font.size = Pt(14)

    table = doc.add_table(rows=1, cols=3)
    _no_borders(table)
    hdr = table.rows[0].cells
    hdr[2].paragraphs[0].add_run("Page Nos.").bold = True
    for num, title, paras, questions, pages in AGENDA_ITEMS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(f"{num}.").bold = True
        cells[1].paragraphs[0].add_run(title).bold = True
        for text in paras:
            cells[1].add_paragraph(text)
        if questions:
            cp = cells[1].add_paragraph()
            cp.add_run("Suggested lines of enquiry:").italic = True
            for qtext in questions:
                cells[1].add_paragraph(f"\u2022 {qtext}")
        cells[2].paragraphs[0].add_run(pages)
    _set_widths(table, (Cm(1.2), Cm(13.2), Cm(2.0)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    run = p.add_run("Action tracker \u2013 You asked / We said")
    run.bold = True
    run.font.size = Pt(12)
    doc.add_paragraph(
        "Responses received since the meeting on 7 October 2025 to requests made by the "
        "Sub-Committee.")
    ya = doc.add_table(rows=1, cols=2)
    _grid(ya)
    ya.rows[0].cells[0].paragraphs[0].add_run("You asked").bold = True
    ya.rows[0].cells[1].paragraphs[0].add_run("We said").bold = True
    for a, b in YOU_ASKED:
        cells = ya.add_row().cells
        cells[0].text = a
        cells[1].text = b
    _set_widths(ya, (Cm(8.2), Cm(8.2)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    run = p.add_run("PUBLIC INFORMATION")
    run.bold = True
    run.font.size = Pt(12)
    for head, text in PUBLIC_INFO:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        doc.add_paragraph(text)
    p = doc.add_paragraph()
    p.add_run("Would you like to know more?").bold = True
    doc.add_paragraph(
        "Do you want to know how decisions are made in Merrowfield, or how to take part? "
        "Agendas, reports and minutes for all public meetings are published at "
        "www.merrowfield.gov.uk/committees, where you can also sign up for e-mail alerts.")

    _save(doc, path, AGENDA_STAMP, "Nia Rowbotham",
          "HASC Scrutiny Sub-Committee agenda 2 December 2025")


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


CD = "Corporate Director, Adults and Health"
DIC = "Director of Integrated Commissioning"
DPH = "Director of Public Health"
TSM = "Trading Standards and Licensing Manager"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-07",
    "items": [
        {"number": "1", "title": "DECLARATION OF PECUNIARY INTERESTS"},
        {"number": "2", "title": "MINUTES"},
        {"number": "3", "title": "ACTION TRACKER AND MATTERS ARISING"},
        {"number": "4", "title": "CARE AT HOME: RE-PROCUREMENT OF HOME CARE SERVICES"},
        {"number": "5", "title": "ACCESS TO NHS DENTISTRY IN MERROWFIELD"},
        {"number": "6", "title": "YOUTH VAPING: PREVENTION AND ENFORCEMENT"},
        {"number": "7", "title": "ELECTIVE WAITING TIMES AND PATIENT ENGAGEMENT \u2013 "
                                 "MERROWFIELD AND PELLBORNE HOSPITALS NHS TRUST"},
        {"number": "8", "title": "HEALTHWATCH MERROWFIELD ANNUAL REPORT 2024/25"},
        {"number": "9", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        # 3 action tracker
        q("3", "question",
          "asked when the Sub-Committee would receive the breakdown of delayed hospital discharges",
          "Councillor Farrow",
          "the figures would be circulated to Members by the end of October",
          CD, ["adult-social-care"]),
        q("3", "request",
          "asked that the tracker distinguish between the two in future",
          "Councillor Soomro",
          "agreed to add a separate column for holding replies",
          "Scrutiny Lead", []),
        # 4 home care: the deputation, answered in 4.5
        q("4", "concern",
          "many care workers were still not paid for the time they spent travelling",
          "Ms Noreen Blackwood",
          "travel time was not being paid in full by three providers",
          CD, ["workforce", "adult-social-care"]),
        q("4", "concern",
          "raised concerns that some framework providers were passing packages to smaller agencies",
          "Ms Noreen Blackwood",
          "oblige lead providers to name every subcontractor and publish the rates of pay",
          CD, ["subcontracting", "adult-social-care"]),
        q("4", "request",
          "recommend that at least one patch be brought back in-house as a pilot",
          "Ms Noreen Blackwood",
          "An in-house service had been looked at in the options appraisal",
          CD, ["privatisation", "adult-social-care"]),
        q("4", "question",
          "about how many workers the Network represented",
          "Councillor Rasuli",
          "the Network had around 310 members, most of whom worked for four",
          "Ms Blackwood", ["workforce"]),
        # 4.6 lettered points
        q("4", "question",
          "asked why a patch model had been chosen when the council\u2019s attempt to zone",
          "Councillor Okoye-Hale",
          "work would pass to a secondary provider if the lead provider could not",
          DIC, ["subcontracting", "adult-social-care"]),
        q("4", "concern",
          "paying for planned visits could give providers an incentive to cut visits short",
          "Councillor Tremlett",
          "payments would be reduced where visits were consistently shorter than planned",
          None, ["finance", "adult-social-care"]),
        q("4", "question",
          "asked how people who drew on care and their families had been involved",
          "Councillor Soomro",
          "212 people had responded to the survey, two co-design workshops had been held",
          DIC, ["patient-and-public-input", "adult-social-care"]),
        q("4", "question",
          "queried whether the budget for 2026/27 allowed for the expected rise",
          "Vice-Chair",
          "assumed an average rate of £25.40 an hour from September 2026",
          CD, ["finance", "adult-social-care"]),
        q("4", "comment",
          "the report did not explain how the council would manage the market",
          "Councillor Pell", None, None, ["adult-social-care", "subcontracting"]),
        q("4", "question",
          "asked whether the council would publish the findings of its quality monitoring visits",
          "Mr Renner",
          "undertook to consider this as part of the contract specification",
          DIC, ["subcontracting", "adult-social-care"]),
        # 5 dentistry
        q("5", "question",
          "asked what had happened to the 5,300 patients of the Colebrook practice",
          "Councillor Rasuli",
          "the ICB had re-procured the contract and a new provider would open",
          "Ms Strachan-Bowe", ["primary-care", "subcontracting"]),
        q("5", "question",
          "asked why practices were not taking on new patients when the ICB had underspent",
          "Chair",
          "the national contract made some courses of treatment uneconomic for practices",
          "Place Executive Director", ["primary-care", "finance", "workforce"]),
        q("5", "concern",
          "Concerns were expressed about the level of tooth decay among young children",
          None,
          "supervised toothbrushing had been rolled out to 46 nurseries and primary schools",
          DPH, ["public-health", "children-and-families", "primary-care"]),
        q("5", "request",
          "requested that the ICB publish each month an up-to-date list of the practices",
          "Mr Renner",
          "the ICB would begin publishing the list in November",
          "Ms Strachan-Bowe", ["primary-care"]),
        q("5", "question",
          "asked whether residents placed in temporary accommodation outside the borough",
          "Councillor Pell",
          "was not able to confirm this at the meeting and undertook to respond in writing",
          "Ms Strachan-Bowe", ["housing", "primary-care"]),
        # 6 vaping
        q("6", "question",
          "asked whether the ban on disposable vapes had made any difference",
          "Councillor Tremlett",
          "the ban had not yet reduced the number of underage sales",
          TSM, ["public-health"]),
        q("6", "question",
          "asked how much the council spent on tackling illegal vapes",
          "Councillor Farrow",
          "the council had received £86,000 for 2025/26 from the national enforcement fund",
          DPH, ["finance", "public-health"]),
        q("6", "concern",
          "raised concerns that some schools treated vaping mainly as a matter of discipline",
          "Councillor Soomro",
          "the school health service offered a six-week vaping cessation programme",
          DPH, ["public-health", "children-and-families"]),
        q("6", "question",
          "questioned whether e-cigarettes should still be offered through the stop smoking service",
          None,
          "for adults vaping was far less harmful than smoking",
          DPH, ["public-health"]),
        q("6", "question",
          "asked whether the council could use its planning powers to limit new vape shops",
          "Councillor Okoye-Hale",
          "a supplementary planning document was being prepared which could restrict new vape shops",
          "Cabinet Member for Healthier Communities",
          ["public-health", "children-and-families"]),
        # 7 waiting times: issues in 7.2, answers in 7.3 in the same order
        q("7", "question",
          "whether patients waiting for gynaecology procedures were being offered treatment",
          None,
          "around 1,900 gynaecology patients had been offered treatment elsewhere",
          "Mr Devaney", ["subcontracting"]),
        q("7", "question",
          "how many patients had been taken off the waiting list through validation",
          None,
          "every patient was contacted by text and by letter first",
          "Mr Devaney", []),
        q("7", "question",
          "how patients with a learning disability, or who did not speak English",
          None,
          "a reasonable adjustments flag had been added to the patient record system",
          "Mr Devaney", []),
        q("7", "concern",
          "concern that the trust\u2019s patient panel had not met since February",
          None,
          "the panel was being relaunched with a wider membership",
          "Mr Devaney", ["patient-and-public-input"]),
        q("7", "request",
          "asked that the trust share its action plan for patient letters",
          "Ms Whitlock",
          "Mr Devaney agreed to share it before the next meeting",
          "Mr Devaney", []),
        q("7", "question",
          "asked how patients and local residents would be involved in decisions",
          "Councillor Rasuli", None, None, ["patient-and-public-input"]),
        # 9 work programme
        q("9", "request",
          "requested an item on the health of residents living in temporary accommodation",
          "Councillor Soomro",
          "this could be taken jointly with the Housing Scrutiny Sub-Committee",
          "Scrutiny Lead", ["housing"]),
    ],
    "resolutions": [
        res("2", "the minutes of the previous meeting held on 15 July 2025 be approved",
            "agreed", []),
        res("3", "To note the action tracker and the three actions carried forward",
            "noted", []),
        res("4", "one of the four patches be delivered by an in-house service",
            "rejected", ["privatisation"]),
        res("4", "To note the report and the proposed approach to re-procuring home care",
            "recommended", ["subcontracting", "adult-social-care", "workforce",
                            "patient-and-public-input"]),
        res("5", "That the Chair write to the Minister for Care, copied to the ICB",
            "agreed", ["primary-care", "children-and-families"]),
        res("6", "To note the report and to thank the trading standards team",
            "noted", ["public-health"]),
        res("7", "To request that the trust return to the Sub-Committee in March 2026",
            "agreed", ["patient-and-public-input"]),
        res("8", "consideration of the Healthwatch Merrowfield Annual Report 2024/25 be deferred",
            "deferred", ["patient-and-public-input"]),
        res("9", "To agree the work programme for 2025/26, subject to the addition",
            "agreed", ["housing"]),
    ],
    "attendees": [
        att("Councillor Amara Nwachukwu", "Chair", "present"),
        att("Councillor Declan Farrow", "Vice-Chair", "present"),
        att("Councillor Bernard Okoye-Hale", None, "present"),
        att("Councillor Joanna Pell", None, "present"),
        att("Councillor Hamid Rasuli", None, "present"),
        att("Councillor Priya Soomro", None, "present"),
        att("Councillor Lucy Tremlett", None, "present"),
        att("Tobias Renner", "Co-opted Member", "present"),
        att("Councillor Martha Kinsella", None, "apologies"),
        att("Councillor Stephen Ojo", None, "apologies"),
        att("Councillor Rosalind Achterberg",
            "Cabinet Member for Healthier Communities (job share)", "in_attendance"),
        att("Councillor Gareth Lindqvist", "Chair of the Overview and Scrutiny Committee",
            "in_attendance"),
        att("Fiona Castellane", "Corporate Director, Adults and Health", "in_attendance"),
        att("Dr Imogen Talbot-Reyes", "Director of Public Health", "in_attendance"),
        att("Marcus Delahaye", "Director of Integrated Commissioning", "in_attendance"),
        att("Sunita Baptiste", "Trading Standards and Licensing Manager", "in_attendance"),
        att("Oliver Quaintance", "Scrutiny Lead", "in_attendance"),
        att("Nia Rowbotham", "Democratic Services Officer", "in_attendance"),
        att("Dr Ravi Menon-Clarke",
            "Place Executive Director (Merrowfield), South Thamesvale Integrated Care Board",
            "in_attendance"),
        att("Helen Strachan-Bowe",
            "Head of Primary Care Commissioning (Dental), South Thamesvale Integrated Care "
            "Board", "in_attendance"),
        att("Colm Devaney",
            "Director of Operations (Planned Care), Merrowfield and Pellborne Hospitals NHS "
            "Trust", "in_attendance"),
        att("Adaeze Whitlock", "Chief Executive, Healthwatch Merrowfield", "in_attendance"),
        att("Noreen Blackwood", "Merrowfield Home Care Workers\u2019 Network", "in_attendance"),
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
    for gold_path in sorted(GOLD.glob("qe-*.json")):
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
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / AGENDA_NAME}\ngold in {GOLD}")
