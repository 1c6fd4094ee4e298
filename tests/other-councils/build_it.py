#!/usr/bin/env python3
"""Build the "it-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_it.py           build documents/it-* and gold/it-*.json
        build_it.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for A4 defaults)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "it-wendmore-healthier-communities-select-committee-2025-01-15.docx"
REPORT_NAME = "it-wendmore-gp-access-review-final-report-summary.docx"

FIXED = dt.datetime(2025, 1, 20, 9, 30, 0)
ZIP_TIME = (2025, 1, 20, 9, 30, 0)


# --------------------------------------------------------------------------- helpers

def set_base_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    pf = st.paragraph_format
    pf.space_after = Pt(6)
    pf.space_before = Pt(0)
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = Cm(2.3)
        sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)


def add_field(run, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a run."""
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def para(doc, text="", bold=False, align=None, size=None, italic=False, indent=None,
         first=None, space_after=None, keep=False, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def labelled(doc, label, text, indent=0.0):
    """A run-on paragraph with a bold label: 'PRESENT: Councillors ...'."""
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(" " + text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def numbered(doc, num, text, bold_lead=None):
    """Typed paragraph number, a tab, then the text, with a hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(num + "\t")
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        p.add_run(" " + text)
    else:
        p.add_run(text)
    return p


def bullet(doc, text, level=0):
    p = doc.add_paragraph(style="List Bullet" if level == 0 else "List Bullet 2")
    p.add_run(text)
    p.paragraph_format.left_indent = Cm(1.9 + 0.6 * level)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def clause(doc, num, text):
    """Hand-typed clause '(a)' under a resolution, indented under the paragraph text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.25)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.25))
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(num + "\t" + text)
    return p


def action(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.25)
    r = p.add_run("ACTION:")
    r.bold = True
    r2 = p.add_run(" " + text)
    r2.bold = True
    return p


def item_heading(doc, num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    r = p.add_run(f"{num}.\t{title}")
    r.bold = True
    return p


def set_cell_borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def header_footer(doc, head_left, foot_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(head_left)
    hr.font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(foot_text)
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")


# --------------------------------------------------------------------------- minutes

def build_minutes(path):
    doc = Document()
    set_base_styles(doc)
    header_footer(doc, "Healthier Communities Select Committee – 15 January 2025",
                  "Minutes – subject to confirmation at the next meeting    ")

    para(doc, "MINUTES OF THE HEALTHIER COMMUNITIES SELECT COMMITTEE", bold=True,
         align="center", size=12, space_after=2)
    para(doc, "Wednesday, 15 January 2025 at 7.00 pm", bold=True, align="center",
         space_after=2)
    para(doc, "Civic Suite, Wendmore Town Hall, Rushey Parade, SE19", align="center",
         space_after=12)

    labelled(doc, "PRESENT:", "Councillors Aisha Rahman (Chair), Peter Lindqvist (Vice-Chair), "
             "Carol Ebanks, Tom Halloran, Priya Mistry and Hugh Venables")
    labelled(doc, "ALSO PRESENT:",
             "Councillor Dermot Keane (Cabinet Member for Health and Adult Social Care), "
             "Councillor Ines Mortimer (Cabinet Member for Finance and Resources), "
             "Tobias Oyelaran (Executive Director for Adults and Health), Kemi Adebayo "
             "(Director of Finance), Dr Fiona Marchetti (Director of Public Health), Ruth "
             "Palfrey (Director of Adult Social Care Commissioning), Helen Dabrowski (Director "
             "of Primary Care, NHS South Thames Integrated Care Board), Dr Samir Qureshi "
             "(Clinical Lead for Wendmore, NHS South Thames Integrated Care Board), Rosalind "
             "Achebe (Chief Executive, Healthwatch Wendmore), Marcus Fenn (Senior Lawyer) and "
             "Grace Whitlock (Scrutiny Manager)")
    labelled(doc, "ALSO JOINING THE MEETING VIRTUALLY:",
             "Councillor Bernadette Ojo and Liam Carrow (Head of Commissioning, Adult Social Care)")
    labelled(doc, "APOLOGIES:", "Councillor Sunil Varma")
    p = para(doc, "NB: Those listed as joining virtually were not in attendance for the "
             "purposes of the meeting being quorate, any decisions taken or the Local "
             "Government Act 1972.", italic=True, size=9, space_after=10)

    # 1 ----------------------------------------------------------------------
    item_heading(doc, "1", "Minutes of the meeting held on 13 November 2024")
    numbered(doc, "1.1", "that the minutes of the last meeting be agreed as an accurate record.",
             bold_lead="RESOLVED:")

    # 2 ----------------------------------------------------------------------
    item_heading(doc, "2", "Declarations of interest")
    numbered(doc, "2.1", "Councillor Priya Mistry declared a non-prejudicial interest in item 5 "
             "as a close family member works as a practice nurse at a surgery in the borough.")
    numbered(doc, "2.2", "Councillor Tom Halloran declared a non-prejudicial interest in item 6 "
             "as an unpaid carer for a relative who receives home care.")

    # 3 ----------------------------------------------------------------------
    item_heading(doc, "3", "Responses from Mayor and Cabinet")
    numbered(doc, "3.1", "The Committee received the response of Mayor and Cabinet to its "
             "referral of 18 September 2024 on the adult social care charging policy. Mayor "
             "and Cabinet had accepted four of the Committee's five recommendations; the "
             "recommendation to phase in the new minimum income guarantee over two years had "
             "not been accepted.")
    numbered(doc, "3.2", "Councillor Ebanks asked how many residents had seen their weekly "
             "charge rise since the revised policy came into effect in October. Tobias "
             "Oyelaran (Executive Director for Adults and Health) said that 1,140 people had "
             "been reassessed so far and around a third were paying more, most by less than "
             "ten pounds a week; no one had yet had services withdrawn for non-payment.")
    numbered(doc, "3.3", "that the response of Mayor and Cabinet be noted.", bold_lead="RESOLVED:")

    # 4 ----------------------------------------------------------------------
    item_heading(doc, "4", "Budget cuts proposals 2025/26")
    numbered(doc, "4.1", "Kemi Adebayo (Director of Finance) introduced the report. The "
             "following key points were noted:")
    bullet(doc, "The Council needed to identify £23.6m of savings for 2025/26 and a further "
           "£18m over the following two years, after a provisional local government finance "
           "settlement that was better than forecast but did not close the gap.")
    bullet(doc, "Seven proposals totalling £4.9m fell within the remit of the Committee. The "
           "largest were ASC-01 (strengths-based review of care packages, £1.2m), ASC-02 "
           "(reconfiguration of in-house day opportunities, including Sedley Green Day "
           "Centre, £0.6m) and PH-03 (re-procurement of sexual health services, £0.45m).")
    bullet(doc, "Proposals requiring public consultation had been flagged; the consultation on "
           "ASC-02 had opened on 6 January and would close on 14 February 2025.")
    numbered(doc, "4.2", "Councillor Ines Mortimer (Cabinet Member for Finance and Resources) "
             "added that the proposals had been developed against a backdrop of rising demand "
             "for temporary accommodation and adult social care, which together accounted for "
             "most of the Council's forecast overspend in the current year.")
    numbered(doc, "4.3", "Councillor Hugh Venables joined the meeting at 7.18 pm.")
    numbered(doc, "4.4", "In the Committee discussion, the following key points were noted:")
    numbered(doc, "4.5", "Members asked how the saving from the review of care packages would "
             "be achieved without reducing support that people had been assessed as needing. "
             "The Executive Director for Adults and Health explained that the saving would come "
             "from reviewing packages that had not been looked at for more than 12 months, "
             "making greater use of reablement and technology-enabled care, and that every "
             "review would be carried out by a qualified practitioner and would be subject to "
             "the usual right of appeal. He acknowledged that some residents would see their "
             "hours of care reduced where their needs had changed.")
    numbered(doc, "4.6", "Councillor Venables expressed concern that the reconfiguration of day "
             "opportunities would in practice mean the closure of Sedley Green Day Centre, "
             "leaving carers without regular respite and pushing families towards private "
             "providers whose fees many could not afford. Ruth Palfrey (Director of Adult Social "
             "Care Commissioning) responded that no decision had been taken, that the options in "
             "the consultation included keeping the centre open on three days a week, and that "
             "officers were meeting every family that used the centre individually.")
    numbered(doc, "4.7", "Members requested a breakdown of the people currently attending "
             "Sedley Green by age group, primary support need and ward of residence. Officers "
             "agreed to circulate this before the consultation closed.")
    action(doc, "Director of Adult Social Care Commissioning")
    numbered(doc, "4.8", "A Member queried whether moving sexual health services onto the "
             "pan-London e-service would reduce the number of walk-in clinic sessions available "
             "to young people. Dr Fiona Marchetti (Director of Public Health) confirmed that the "
             "two walk-in sessions a week at the Fenwick Park clinic would be kept, and that the "
             "saving would come mainly from the new contract price for online testing kits.")
    numbered(doc, "4.9", "Councillor Mistry asked what the impact of reducing the stop smoking "
             "service from five days to three would be on health inequalities, given that "
             "smoking rates in the north of the borough were almost twice the borough average. "
             "The Director of Public Health said that the national grant for smoking cessation "
             "would fund additional outreach in the north of the borough, and that the change "
             "was in the back-office element of the service rather than in clinics.")
    numbered(doc, "4.10", "Councillor Ebanks commented that the equalities analyses attached to "
             "several proposals were thin and did not set out the cumulative impact of the "
             "savings on disabled residents and their carers.")
    numbered(doc, "4.11", "The Chair asked whether the savings in the Committee's remit were at "
             "risk of not being delivered, given that similar savings from care package reviews "
             "had slipped in 2024/25. Kemi Adebayo said that each proposal had been risk rated "
             "and ASC-01 was rated amber because of the number of social work posts that were "
             "still vacant; a delivery plan would be monitored monthly by the Executive "
             "Management Team.")
    numbered(doc, "4.12", "that the report be noted and that the Committee's views on the "
             "proposals be referred to Mayor and Cabinet, as set out at item 7 below.",
             bold_lead="RESOLVED:")

    # 5 ----------------------------------------------------------------------
    item_heading(doc, "5", "Access to primary care: update from NHS South Thames Integrated "
                 "Care Board")
    numbered(doc, "5.1", "Helen Dabrowski (Director of Primary Care, NHS South Thames "
             "Integrated Care Board) introduced the report, supported by Dr Samir Qureshi. The "
             "following key points were noted:")
    bullet(doc, "GP practices in Wendmore had delivered 1.31 million appointments in the year "
           "to November 2024, six per cent more than in the previous year, and 68 per cent of "
           "appointments had been face to face.")
    bullet(doc, "Thirty-four of the borough's 37 practices had moved to cloud-based telephony, "
           "and all practices now offered an online consultation tool.")
    bullet(doc, "Pharmacy First had been used by more than 9,000 Wendmore residents since its "
           "launch, relieving some pressure on GP appointments for minor illnesses.")
    bullet(doc, "The primary care networks employed 142 staff through the Additional Roles "
           "Reimbursement Scheme, including clinical pharmacists, physician associates and "
           "social prescribing link workers.")
    numbered(doc, "5.2", "At the invitation of the Chair, Rosalind Achebe (Chief Executive, "
             "Healthwatch Wendmore) summarised the findings of the Healthwatch survey of 612 "
             "residents, which found that two in five respondents had given up trying to book "
             "a GP appointment at least once in the previous six months. She asked what the ICB "
             "was doing about the 8am telephone queue at practices that had not yet changed "
             "their systems. Helen Dabrowski said that the three remaining practices would move "
             "to cloud-based telephony with a call-back option by the end of March 2025, and "
             "that the ICB would share practice-level call data with Healthwatch.")
    numbered(doc, "5.3", "In the Committee discussion, the following key points were noted:")
    numbered(doc, "5.4", "Members asked why the proportion of appointments held face to face "
             "varied so widely between practices, from under half to over 80 per cent. Dr "
             "Qureshi said that the variation partly reflected the age profile of each "
             "practice's list and the use of telephone triage, and that the ICB was not setting "
             "a target but was asking outlying practices to explain their approach.")
    numbered(doc, "5.5", "Concerns were expressed about older residents and others who could "
             "not use online tools or the NHS App, and about reports that some receptionists "
             "were telling patients to go online. It was confirmed that practices were "
             "contractually required to offer the same access by telephone and in person, and "
             "that the ICB would remind practices of this at the next practice managers' forum.")
    numbered(doc, "5.6", "Councillor Halloran asked why newly qualified GPs in South London were "
             "reporting that they could not find work while residents could not get "
             "appointments. Helen Dabrowski explained that the funding for practices to employ "
             "additional GPs had only recently been made available nationally and that "
             "practices had been cautious about taking on salaried GPs without long-term "
             "funding; the ICB was running a local scheme to place 12 newly qualified GPs in "
             "practices with the greatest need.")
    numbered(doc, "5.7", "Members queried the timetable for the new health centre at Brackley "
             "Cross, which had been promised as part of the regeneration scheme and was now two "
             "years late. Officers said that the section 106 funding remained available, but "
             "that the ICB and the developer had not yet agreed the lease terms; an update would "
             "be provided to the Committee when terms were agreed.")
    numbered(doc, "5.8", "The Vice-Chair asked what was being done to improve access to NHS "
             "dentistry for children, noting that several practices in the borough had closed "
             "their lists to new NHS patients.")
    action(doc, "ICB to provide a written update on NHS dental access for children in "
           "Wendmore, including the number of practices accepting new NHS patients.")
    numbered(doc, "5.9", "The Committee noted the report and thanked the ICB representatives for "
             "attending.")

    # 6 ----------------------------------------------------------------------
    item_heading(doc, "6", "Home care recommissioning")
    numbered(doc, "6.1", "Ruth Palfrey (Director of Adult Social Care Commissioning) introduced "
             "the report, which set out the proposed model for the recommissioning of home care "
             "ahead of a Mayor and Cabinet decision on the procurement in March 2025. The "
             "following key points were noted:")
    bullet(doc, "Home care was currently delivered by 21 providers on a framework that expired "
           "in September 2025; around 1,350 people received home care, amounting to 24,000 "
           "hours a week.")
    bullet(doc, "The proposed model would divide the borough into four zones, each with a lead "
           "provider, supported by a smaller framework of providers for complex and "
           "specialist packages.")
    bullet(doc, "All providers would be required to pay the London Living Wage and to use "
           "electronic call monitoring, with payment based on actual time delivered.")
    numbered(doc, "6.2", "In the Committee discussion, the following key points were noted:")
    numbered(doc, "6.3", "Members asked how small local providers, some of which had delivered "
             "care in the borough for many years, would be able to compete with national "
             "companies for the zone contracts. Ruth Palfrey explained that the specialist "
             "framework had been designed with smaller providers in mind, that bidders for the "
             "zones could bid as consortia, and that social value, including local employment, "
             "would make up 10 per cent of the evaluation.")
    numbered(doc, "6.4", "Councillor Mistry asked whether the new contracts would require "
             "providers to pay care workers for their travel time between visits. Officers "
             "confirmed that the London Living Wage would apply to travel time as well as "
             "contact time, and that compliance would be checked through open-book audits of "
             "each lead provider.")
    numbered(doc, "6.4", "Councillor Lindqvist asked whether the Council had considered bringing "
             "home care back in-house, at least in one zone. Councillor Dermot Keane (Cabinet "
             "Member for Health and Adult Social Care) said that an options appraisal had been "
             "carried out and that an in-house service was not affordable in the current "
             "financial position, but that the administration remained committed to exploring "
             "a council-run service for reablement in future.")
    numbered(doc, "6.5", "Members requested that the views of people who receive home care and "
             "their carers be gathered before the model was finalised, and noted that the "
             "consultation summarised in the report had only received 94 responses. Ruth "
             "Palfrey said that officers would run focus groups with people who use the service "
             "during February, working with Healthwatch Wendmore.")
    action(doc, "Director of Adult Social Care Commissioning to share the findings of the "
           "February focus groups with the Committee before the Mayor and Cabinet decision.")
    numbered(doc, "6.6", "Councillor Halloran raised concerns about delays in starting care for "
             "people leaving hospital, citing a constituent who had waited nine days at the "
             "Queen Adelaide Hospital for a package to start. Liam Carrow (Head of Commissioning, "
             "Adult Social Care) said that the average time from referral to a package starting "
             "had fallen to 2.4 days, and that the lead provider model would include a duty to "
             "accept hospital discharge referrals within 24 hours.")
    numbered(doc, "6.7", "that the Committee:", bold_lead="RESOLVED:")
    clause(doc, "(a)", "notes the proposed model for the recommissioning of home care; and")
    clause(doc, "(b)", "asks that an update on the outcome of the procurement, including the "
           "arrangements for monitoring the pay of care workers, be brought to its meeting in "
           "July 2025.")

    # 7 ----------------------------------------------------------------------
    item_heading(doc, "7", "Referrals")
    numbered(doc, "7.1", "The Committee considered the wording of its referral to Mayor and "
             "Cabinet arising from its consideration of the budget cuts proposals at item 4.")
    numbered(doc, "7.2", "that the following referral be submitted to Mayor and Cabinet:",
             bold_lead="RESOLVED:")
    p = para(doc, "The Healthier Communities Select Committee recommends that Mayor and "
             "Cabinet:", indent=1.25, align="justify")
    clause(doc, "(i)", "does not take a final decision on proposal ASC-02 until the "
           "outcome of the consultation and a full equalities analysis of the impact on carers "
           "have been reported to the Committee;")
    clause(doc, "(ii)", "ensures that the savings from the strengths-based review of care "
           "packages are monitored and that the number of appeals and complaints is reported "
           "to the Committee every six months; and")
    clause(doc, "(iii)", "commits the national grant for smoking cessation to outreach in the "
           "wards with the highest smoking prevalence.")

    # 8 ----------------------------------------------------------------------
    item_heading(doc, "8", "Select Committee work programme")
    numbered(doc, "8.1", "Grace Whitlock (Scrutiny Manager) introduced the work programme and "
             "reminded Members that the final meeting of the municipal year would take place on "
             "11 March 2025.")
    numbered(doc, "8.2", "Members asked that an item on mental health crisis support for adults, "
             "including the new crisis café in Oakhurst Road, be added to the March meeting. The "
             "Scrutiny Manager said that the agenda for March was already full and suggested "
             "that the item move to the first meeting of the new municipal year, with a briefing "
             "note circulated in the meantime.")
    numbered(doc, "8.3", "that the work programme be agreed, subject to an item on mental health "
             "crisis support being scheduled for the first meeting of 2025/26.",
             bold_lead="RESOLVED:")

    para(doc, "")
    para(doc, "The meeting ended at 9.41 pm", space_after=18)
    para(doc, "Chair: ……………………………………………………", space_after=12)
    para(doc, "Date: ………………………………………………………", space_after=18)

    # summary of actions ---------------------------------------------------------
    p = para(doc, "Summary of actions and referrals", bold=True, underline=True, keep=True)
    t = doc.add_table(rows=1, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(t)
    hdr = ["Minute", "Action", "Lead", "By"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True)
        shade(c)
    rows = [
        ("4.7", "Breakdown of Sedley Green attendees by age, support need and ward",
         "Ruth Palfrey", "14 February 2025"),
        ("5.7", "Update on lease terms for the Brackley Cross health centre",
         "Helen Dabrowski (ICB)", "When agreed"),
        ("5.8", "Written update on children's NHS dental access",
         "Helen Dabrowski (ICB)", "11 March 2025"),
        ("6.5", "Home care focus group findings to the Committee",
         "Ruth Palfrey", "Before M&C, March 2025"),
        ("7.2", "Referral on budget cuts proposals to Mayor and Cabinet",
         "Grace Whitlock", "M&C 12 February 2025"),
        ("8.2", "Briefing note on adult mental health crisis support",
         "Tobias Oyelaran", "March 2025"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    widths = [Cm(1.8), Cm(8.4), Cm(3.6), Cm(3.0)]
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w

    fix_core(doc, "Healthier Communities Select Committee - Minutes - 15 January 2025",
             "Wendmore Committee Services")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- report

def build_report(path):
    doc = Document()
    set_base_styles(doc)
    header_footer(doc, "London Borough of Wendmore – Healthier Communities Select Committee",
                  "Getting a GP appointment in Wendmore – summary    ")
    para(doc, "London Borough of Wendmore", bold=True, size=10, space_after=2)
    para(doc, "Healthier Communities Select Committee", size=10, space_after=14)
    h = doc.add_heading("Getting a GP appointment in Wendmore", level=1)
    doc.add_heading("In-depth review – final report: summary of findings and recommendations",
                    level=2)
    labelled(doc, "Report to:", "Mayor and Cabinet, 12 February 2025")
    labelled(doc, "Review Chair:", "Councillor Aisha Rahman, Chair of the Healthier Communities "
             "Select Committee")
    labelled(doc, "Status:", "Agreed by the Select Committee on 13 November 2024")

    doc.add_heading("1. Why we carried out this review", level=2)
    para(doc, "Access to general practice is the subject residents raise with councillors more "
         "often than any other health issue. The Committee agreed in June 2024 to carry out an "
         "in-depth review focused on the experience of residents trying to get an appointment, "
         "and on what the Council, the NHS South Thames Integrated Care Board and local "
         "practices could do together to improve it.", align="justify")

    doc.add_heading("2. Key lines of enquiry", level=2)
    para(doc, "The review set out to answer four questions:")
    for q in ["How easy is it for Wendmore residents to get a GP appointment, and does this "
              "differ between neighbourhoods and groups of residents?",
              "What has changed since practices moved to cloud-based telephones and online "
              "consultation tools, and who is being left behind?",
              "Are there enough GPs, nurses and other clinical staff in the borough, and where "
              "are the gaps?",
              "What can the Council do, through planning, public health and its own services, "
              "to support primary care?"]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("3. How we gathered evidence", level=2)
    para(doc, "Between July and October 2024 the Committee held three evidence sessions, "
         "visited four practices and a community pharmacy, and considered a survey of 612 "
         "residents carried out by Healthwatch Wendmore. Witnesses included the ICB's Director "
         "of Primary Care, two primary care network clinical directors, the Local Medical "
         "Committee and the Director of Public Health.", align="justify")

    doc.add_heading("4. What we heard", level=2)
    para(doc, "Residents who responded to the survey told us about their experiences. Some of "
         "the questions they put to the Committee were:")
    for q in ["“Why do I have to ring at eight o'clock every morning and still be told there "
              "is nothing left?”",
              "“If I don't have a smartphone, how am I supposed to fill in an online form?”",
              "“Why can't I see the same doctor twice?”"]:
        bullet(doc, q)
    para(doc, "Practices told us that demand had risen faster than staffing, and that many "
         "patients did not know that pharmacists, physiotherapists and social prescribers now "
         "work within their practice.", align="justify")

    doc.add_heading("5. Recommendations", level=2)
    para(doc, "The Committee recommends that:")
    t = doc.add_table(rows=1, cols=3)
    set_cell_borders(t)
    for c, h in zip(t.rows[0].cells, ["No.", "Recommendation", "For"]):
        cell_text(c, h, bold=True)
        shade(c, "DCE6F1")
    recs = [
        ("R1", "The ICB publishes practice-level data on telephone waiting times and "
         "appointment types twice a year, and shares it with the Committee.", "ICB"),
        ("R2", "Every practice offers the same access by telephone and in person as online, "
         "and reception staff are trained to support patients who cannot use digital tools.",
         "ICB / practices"),
        ("R3", "The Council's planning service secures health centre space in major "
         "regeneration schemes, including Brackley Cross, before occupation of the first homes.",
         "Mayor and Cabinet"),
        ("R4", "Public health commissions a campaign explaining the roles of the wider practice "
         "team and Pharmacy First.", "Mayor and Cabinet"),
        ("R5", "The Committee receives a progress report twelve months after Mayor and Cabinet "
         "agrees its response.", "Select Committee"),
    ]
    for r in recs:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v)

    doc.add_heading("6. Next steps", level=2)
    para(doc, "Mayor and Cabinet is asked to receive the report and to agree a response to the "
         "recommendations within two months. The ICB has been asked to respond to "
         "recommendations R1 and R2. The full report, including the evidence gathered, is "
         "available on the Council's website.", align="justify")
    para(doc, "Contact: Grace Whitlock, Scrutiny Manager, scrutiny@wendmore.gov.uk", size=9)

    fix_core(doc, "Getting a GP appointment in Wendmore - review summary",
             "Wendmore Scrutiny Team")
    save_deterministic(doc, path)


# --------------------------------------------------------------------------- gold

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
    "committee": "Healthier Communities Select Committee",
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "1", "title": "Minutes of the meeting held on 13 November 2024"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Responses from Mayor and Cabinet"},
        {"number": "4", "title": "Budget cuts proposals 2025/26"},
        {"number": "5", "title": "Access to primary care: update from NHS South Thames "
                                 "Integrated Care Board"},
        {"number": "6", "title": "Home care recommissioning"},
        {"number": "7", "title": "Referrals"},
        {"number": "8", "title": "Select Committee work programme"},
    ],
    "questions": [
        q("3", "question",
          "asked how many residents had seen their weekly charge rise",
          "Councillor Ebanks",
          "1,140 people had been reassessed so far and around a third were paying more",
          "Tobias Oyelaran", ["adult-social-care", "finance"]),
        q("4", "question",
          "how the saving from the review of care packages would be achieved",
          None,
          "reviewing packages that had not been looked at for more than 12 months",
          "Executive Director for Adults and Health", ["adult-social-care", "finance"]),
        q("4", "concern",
          "would in practice mean the closure of Sedley Green Day Centre",
          "Councillor Venables",
          "no decision had been taken, that the options in the consultation included",
          "Ruth Palfrey",
          ["adult-social-care", "finance", "privatisation", "patient-and-public-input"]),
        q("4", "request",
          "Members requested a breakdown of the people currently attending Sedley Green",
          None,
          "Officers agreed to circulate this before the consultation closed",
          None, ["adult-social-care"]),
        q("4", "question",
          "would reduce the number of walk-in clinic sessions available to young people",
          "A Member",
          "the two walk-in sessions a week at the Fenwick Park clinic would be kept",
          "Dr Fiona Marchetti",
          ["public-health", "children-and-families", "subcontracting", "finance"]),
        q("4", "question",
          "impact of reducing the stop smoking service from five days to three",
          "Councillor Mistry",
          "the national grant for smoking cessation would fund additional outreach",
          "Director of Public Health", ["public-health", "finance"]),
        q("4", "comment",
          "the equalities analyses attached to several proposals were thin",
          "Councillor Ebanks", None, None, ["finance", "adult-social-care"]),
        q("4", "question",
          "asked whether the savings in the Committee's remit were at risk of not being delivered",
          "The Chair",
          "ASC-01 was rated amber because of the number of social work posts",
          "Kemi Adebayo", ["finance", "governance", "workforce", "adult-social-care"]),
        q("5", "question",
          "She asked what the ICB was doing about the 8am telephone queue",
          "Rosalind Achebe",
          "the three remaining practices would move to cloud-based telephony with a call-back option",
          "Helen Dabrowski", ["primary-care", "patient-and-public-input"]),
        q("5", "question",
          "why the proportion of appointments held face to face varied so widely",
          None,
          "the variation partly reflected the age profile of each practice's list",
          "Dr Qureshi", ["primary-care"]),
        q("5", "concern",
          "Concerns were expressed about older residents and others who could not use online tools",
          None,
          "practices were contractually required to offer the same access by telephone",
          None, ["primary-care", "adult-social-care"]),
        q("5", "question",
          "asked why newly qualified GPs in South London were reporting",
          "Councillor Halloran",
          "the ICB was running a local scheme to place 12 newly qualified GPs",
          "Helen Dabrowski", ["primary-care", "workforce", "finance"]),
        q("5", "question",
          "Members queried the timetable for the new health centre at Brackley Cross",
          None,
          "the ICB and the developer had not yet agreed the lease terms",
          None, ["primary-care", "finance"]),
        q("5", "question",
          "asked what was being done to improve access to NHS dentistry for children",
          "The Vice-Chair", None, None, ["primary-care", "children-and-families"]),
        q("6", "question",
          "how small local providers, some of which had delivered care in the borough",
          None,
          "the specialist framework had been designed with smaller providers in mind",
          "Ruth Palfrey",
          ["adult-social-care", "subcontracting", "privatisation"]),
        q("6", "question",
          "require providers to pay care workers for their travel time between visits",
          "Councillor Mistry",
          "the London Living Wage would apply to travel time as well as contact time",
          None, ["adult-social-care", "workforce", "subcontracting"]),
        q("6", "question",
          "asked whether the Council had considered bringing home care back in-house",
          "Councillor Lindqvist",
          "an in-house service was not affordable in the current financial position",
          "Councillor Dermot Keane",
          ["adult-social-care", "privatisation", "finance"]),
        q("6", "request",
          "Members requested that the views of people who receive home care and their carers",
          None,
          "officers would run focus groups with people who use the service during February",
          "Ruth Palfrey", ["adult-social-care", "patient-and-public-input"]),
        q("6", "concern",
          "raised concerns about delays in starting care for people leaving hospital",
          "Councillor Halloran",
          "the average time from referral to a package starting had fallen to 2.4 days",
          "Liam Carrow", ["adult-social-care", "integration"]),
        q("8", "request",
          "an item on mental health crisis support for adults, including the new crisis café",
          None,
          "suggested that the item move to the first meeting of the new municipal year",
          "The Scrutiny Manager", ["mental-health", "governance"]),
    ],
    "resolutions": [
        res("1", "the minutes of the last meeting be agreed as an accurate record",
            "agreed", []),
        res("3", "that the response of Mayor and Cabinet be noted", "noted", []),
        res("4", "the Committee's views on the proposals be referred to Mayor and Cabinet",
            "agreed", ["finance"]),
        res("5", "The Committee noted the report and thanked the ICB representatives", "noted",
            ["primary-care"]),
        res("6", "notes the proposed model for the recommissioning of home care",
            "agreed", ["adult-social-care", "subcontracting", "workforce"]),
        res("7", "that the following referral be submitted to Mayor and Cabinet",
            "recommended",
            ["adult-social-care", "finance", "public-health", "patient-and-public-input"]),
        res("8", "that the work programme be agreed, subject to an item on mental health",
            "agreed", ["mental-health"]),
    ],
    "attendees": [
        att("Aisha Rahman", "Chair", "present"),
        att("Peter Lindqvist", "Vice-Chair", "present"),
        att("Carol Ebanks", None, "present"),
        att("Tom Halloran", None, "present"),
        att("Priya Mistry", None, "present"),
        att("Hugh Venables", None, "present"),
        att("Councillor Dermot Keane", "Cabinet Member for Health and Adult Social Care",
            "in_attendance"),
        att("Councillor Ines Mortimer", "Cabinet Member for Finance and Resources",
            "in_attendance"),
        att("Tobias Oyelaran", "Executive Director for Adults and Health", "in_attendance"),
        att("Kemi Adebayo", "Director of Finance", "in_attendance"),
        att("Dr Fiona Marchetti", "Director of Public Health", "in_attendance"),
        att("Ruth Palfrey", "Director of Adult Social Care Commissioning", "in_attendance"),
        att("Helen Dabrowski",
            "Director of Primary Care, NHS South Thames Integrated Care Board", "in_attendance"),
        att("Dr Samir Qureshi",
            "Clinical Lead for Wendmore, NHS South Thames Integrated Care Board", "in_attendance"),
        att("Rosalind Achebe", "Chief Executive, Healthwatch Wendmore", "in_attendance"),
        att("Marcus Fenn", "Senior Lawyer", "in_attendance"),
        att("Grace Whitlock", "Scrutiny Manager", "in_attendance"),
        att("Councillor Bernadette Ojo", None, "in_attendance"),
        att("Liam Carrow", "Head of Commissioning, Adult Social Care", "in_attendance"),
        att("Councillor Sunil Varma", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------- check

def docx_text(path):
    doc = Document(str(path))
    parts = []
    body = doc.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            parts.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, doc).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def norm(s):
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("it-*.json")):
        gold = json.loads(gold_path.read_text())
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            ok = False
            continue
        text = norm(docx_text(doc_path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            cnt = text.count(norm(ph))
            if cnt != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gold_path.name} {kind} ({cnt} hits, {n} words): {ph}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    print("written", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
