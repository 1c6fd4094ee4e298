#!/usr/bin/env python3
"""Build the "ff-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ff.py           build documents/ff-* and gold/ff-*.json
        build_ff.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)
ZIPDATE = (2025, 10, 20, 9, 0, 0)

COUNCIL = "Ashcombe Vale District Council"
COMMITTEE = "Overview and Scrutiny Committee (Health)"
MIN_NAME = "ff-ashcombe-vale-osch-2025-10-14.docx"
AGENDA_NAME = "ff-ashcombe-vale-osch-agenda-2026-01-13.docx"


# --------------------------------------------------------------------------- helpers
def pin_and_save(doc, path):
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def add_field(run, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def base_doc(header_text, footer_initials=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, " PAGE ")
    if footer_initials:
        fp2 = sec.footer.add_paragraph("Chairman's initials ..........")
        fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in fp2.runs:
            r.font.size = Pt(8)
    return doc


def para(doc, text, bold=False, indent=0.0, hanging=0.0, justify=True, size=None, space_before=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    pf = p.paragraph_format
    if indent:
        pf.left_indent = Cm(indent)
    if hanging:
        pf.first_line_indent = Cm(-hanging)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def item_heading(doc, num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(f"OSC(H) {num}  {title}")
    r.bold = True


def numbered(doc, n, text):
    para(doc, f"{n}.\t{text}", indent=1.0, hanging=1.0)


def sub(doc, roman, text):
    para(doc, f"({roman})\t{text}", indent=2.0, hanging=1.0)


# --------------------------------------------------------------------------- minutes
def build_minutes():
    doc = base_doc(f"{COUNCIL}\n{COMMITTEE} – 14 October 2025")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(COUNCIL.upper())
    r.bold = True
    r.font.size = Pt(14)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(COMMITTEE.upper())
    r.bold = True
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("MINUTES of a meeting held in the Council Chamber, Vale House, Market Street, "
              "Ashcombe on Tuesday, 14 October 2025 at 6.00 pm")

    members = [
        "Cllr Mrs J. Harrow (Chairman)",
        "Cllr T. Okafor (Vice-Chairman)",
        "Cllr A. Brennan",
        "Cllr D. Fairclough",
        "Cllr L. Lyle",
        "Cllr M. Pengelly",
        "Cllr S. Quigley",
        "Cllr P. Denny (substitute for Cllr R. Ward)",
    ]
    officers = [
        "Karen Mistry – Head of Housing, Health and Community Wellbeing",
        "Gareth Lowe – Leisure and Active Communities Contracts Manager",
        "Dr Helen Achebe – Principal Environmental Health and Private Sector Housing Officer",
        "Ruth Salter – Democratic Services and Scrutiny Officer",
    ]
    tbl = doc.add_table(rows=2, cols=2)
    tbl.style = "Table Grid"
    for i, h in enumerate(("Members present", "Officers present")):
        c = tbl.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
    for col, names in ((0, members), (1, officers)):
        cell = tbl.rows[1].cells[col]
        cell.paragraphs[0].text = names[0]
        for n in names[1:]:
            cell.add_paragraph(n)

    para(doc, "Also present: Cllr B. Whitcombe (Portfolio Holder for Health, Wellbeing and Leisure); "
              "Mr I. Corder (Associate Director of Primary Care, Vale and Marches Integrated Care Board); "
              "Ms F. Dunn (Chief Officer, Healthwatch Ashcombe).", space_before=8)
    para(doc, "Apologies: Cllr R. Ward and Cllr S. Ahmed.")

    # 23/25
    item_heading(doc, "23/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS")
    numbered(doc, 1, "Apologies for absence were received from Cllr R. Ward and Cllr S. Ahmed. "
                     "Cllr P. Denny attended as substitute for Cllr Ward.")

    # 24/25
    item_heading(doc, "24/25", "DECLARATIONS OF INTEREST")
    numbered(doc, 1, "Cllr M. Pengelly declared a non-registrable interest in minute OSC(H) 26/25 as "
                     "a member of the patient participation group at Millbrook Surgery, and remained "
                     "in the meeting for that item. No other declarations were made.")

    # 25/25
    item_heading(doc, "25/25", "MINUTES")
    numbered(doc, 1, "RESOLVED – That the minutes of the meeting held on 9 September 2025 be confirmed "
                     "as a correct record and signed by the Chairman.")

    # 26/25
    item_heading(doc, "26/25", "ACCESS TO GENERAL PRACTICE AND THE PRIMARY CARE ESTATE")
    numbered(doc, 1, "Mr I. Corder, Associate Director of Primary Care at the Vale and Marches "
                     "Integrated Care Board (ICB), presented the report, which set out appointment "
                     "activity across the district's eleven practices, the results of the 2025 GP "
                     "Patient Survey and the ICB's estates plan for the Millbrook and Eastwick growth "
                     "areas. Same-day appointments had risen by 9 per cent, although satisfaction with "
                     "getting through on the telephone remained below the national average.")
    numbered(doc, 2, "In the debate that followed:")
    sub(doc, "i", "Cllr A. Brennan asked whether the Eastwick development of 1,400 homes would "
                  "have a surgery of its own – Officer response: the Associate Director said that "
                  "developer contributions of £1.2m had been secured but that the ICB favoured "
                  "extending Millbrook Surgery rather than opening a branch site.")
    sub(doc, "ii", "Cllr L. Lyle asked why telephone waiting times at two practices remained above "
                   "twenty minutes – Officer response: the Associate Director said both practices "
                   "were moving to cloud telephony in November and would report call data monthly "
                   "to the ICB.")
    sub(doc, "iii", "Cllr S. Quigley expressed concern that patients without smartphones were being "
                    "steered towards online triage forms – Officer response: the Associate Director "
                    "confirmed that every practice was required under its contract to keep telephone "
                    "and walk-in routes open for all patients.")
    sub(doc, "iv", "Cllr D. Fairclough commented that the closure of the Hedgecote branch surgery "
                   "in 2023 had never been put to local residents for their views.")
    numbered(doc, 3, "RESOLVED – That (1) the report be noted; and (2) the ICB be asked to return to "
                     "the Committee in April 2026 with practice-level data on telephone access and "
                     "the decision on the Eastwick estates option.")

    # 27/25
    item_heading(doc, "27/25", "DISABLED FACILITIES GRANTS AND HOME ADAPTATIONS")
    numbered(doc, 1, "The Principal Environmental Health and Private Sector Housing Officer introduced "
                     "the report on delivery of Disabled Facilities Grants (DFGs) in 2024/25. There had "
                     "been 143 completed adaptations against a Better Care Fund allocation of £1.86m, "
                     "with an average of 31 weeks from referral to completion.")
    numbered(doc, 2, "Arising from the report:")
    sub(doc, "i", "Cllr T. Okafor asked whether the £410,000 underspend carried forward from "
                  "2024/25 was at risk of being clawed back – Officer response: the Principal "
                  "Officer said that the County Council had confirmed in writing that the "
                  "underspend could be retained for the current year.")
    sub(doc, "ii", "Cllr P. Denny asked what was causing the delay between occupational therapy "
                   "assessment and grant approval – Officer response: the Principal Officer said "
                   "the main bottleneck was a shortage of occupational therapists at the County "
                   "Council, where four posts were vacant.")
    sub(doc, "iii", "Cllr A. Brennan asked whether the framework of approved builders offered value "
                    "for money – Officer response: the Head of Housing, Health and Community "
                    "Wellbeing said that the framework would be retendered in spring 2026 with price "
                    "and quality weighted equally.")
    numbered(doc, 3, "RESOLVED – That Cabinet be recommended to amend the discretionary DFG policy to "
                     "allow grants of up to £10,000 for adaptations that speed discharge from "
                     "hospital, without a means test.")

    # 28/25
    item_heading(doc, "28/25", "LEISURE MANAGEMENT CONTRACT – ANNUAL PERFORMANCE AND HEALTH OUTCOMES")
    numbered(doc, 1, "The Leisure and Active Communities Contracts Manager presented the annual "
                     "performance report of Active Horizons Ltd, which had operated the Council's three "
                     "leisure centres under a ten-year contract since April 2017 with an option to "
                     "extend for up to five further years. Visits had recovered to 96 per cent of the "
                     "2019/20 level.")
    numbered(doc, 2, "The Portfolio Holder for Health, Wellbeing and Leisure added that the GP "
                     "exercise referral scheme had been relaunched in June with 212 referrals to date.")
    numbered(doc, 3, "Members' questions:")
    sub(doc, "i", "Cllr D. Fairclough asked how the management fee paid to the operator compared "
                  "with the original tender – Officer response: the Contracts Manager said that the "
                  "Council had paid a utilities support supplement of £275,000 in 2023/24 but no "
                  "supplement this year.")
    sub(doc, "ii", "Cllr T. Okafor asked whether an in-house or local authority trust model had been "
                   "costed before the extension option was considered – Officer response: the "
                   "Contracts Manager said that no options appraisal had yet been commissioned and "
                   "none was budgeted for.")
    sub(doc, "iii", "Cllr L. Lyle questioned whether attendance at concessionary swim sessions for "
                    "older residents had fallen since the price review – Officer response: the "
                    "Contracts Manager said attendance at over-60s sessions had fallen by 18 per "
                    "cent year on year.")
    numbered(doc, 4, "Cllr Okafor moved, and Cllr Lyle seconded, the recommendation at paragraph 6.2 "
                     "of the report with the addition of the words \"until an in-house options "
                     "appraisal has been reported to this Committee\". At the request of three "
                     "Members a recorded vote was taken:")
    para(doc, "For: Cllrs Brennan, Denny, Lyle, Okafor (4); Against: Cllrs Fairclough, Harrow, "
              "Quigley (3); Abstained: Cllr Pengelly (1).", indent=2.0)
    para(doc, "The recommendation was therefore CARRIED.", indent=2.0)
    numbered(doc, 5, "RECOMMENDED TO CABINET – That the option to extend the leisure management "
                     "contract with Active Horizons Ltd beyond 31 March 2027 not be exercised until an "
                     "in-house options appraisal has been reported to this Committee.")
    numbered(doc, 6, "RESOLVED – That the annual performance report be noted and the Contracts "
                     "Manager circulate attendance figures for concessionary sessions by centre "
                     "before the next meeting.")

    # 29/25
    item_heading(doc, "29/25", "HEALTHWATCH ASHCOMBE – QUARTERLY INSIGHT REPORT")
    numbered(doc, 1, "Ms F. Dunn, Chief Officer of Healthwatch Ashcombe, presented the insight report "
                     "for July to September 2025, drawn from feedback given by 612 residents. The main "
                     "themes were dental access, discharge from Ashcombe Community Hospital and visiting "
                     "arrangements in care homes.")
    numbered(doc, 2, "Points raised:")
    sub(doc, "i", "Cllr S. Quigley asked how many residents had been unable to register with an NHS "
                  "dentist – Officer response: Ms Dunn said that 214 of the 612 contacts concerned "
                  "dentistry and none had found a practice taking on new adult patients.")
    sub(doc, "ii", "Cllr M. Pengelly asked whether the families of care home residents had been "
                   "surveyed about discharge arrangements – Officer response: Ms Dunn said an Enter "
                   "and View visit to two care homes was planned for November and the findings would "
                   "be shared with the Committee.")
    numbered(doc, 3, "RESOLVED – That the Healthwatch Ashcombe quarterly insight report be noted.")

    # 30/25
    item_heading(doc, "30/25", "WORK PROGRAMME 2025/26")
    numbered(doc, 1, "The Democratic Services and Scrutiny Officer presented the work programme.")
    sub(doc, "i", "Cllr A. Brennan requested that an item on NHS dental access be scheduled, with the "
                  "ICB's dental commissioning lead invited – Officer response: the Democratic "
                  "Services and Scrutiny Officer said this could be accommodated at the March meeting.")
    numbered(doc, 2, "RESOLVED – That the work programme be agreed, subject to the addition of NHS "
                     "dental access at the March 2026 meeting.")

    para(doc, "The meeting closed at 8.12 pm.", space_before=12)
    para(doc, "Chairman ..............................................   Date ......................")
    pin_and_save(doc, os.path.join(DOCS, MIN_NAME))

    Q = []

    def q(item, kind, text, asked, answer, given, themes):
        Q.append({"item": "OSC(H) " + item, "kind": kind, "text": text, "asked_by": asked,
                  "answer": answer, "given_by": given, "themes": themes})

    q("26/25", "question", "Eastwick development of 1,400 homes would have a surgery of its own",
      "Cllr A. Brennan", "developer contributions of £1.2m had been secured but that the ICB favoured",
      "the Associate Director", ["primary-care", "housing", "finance"])
    q("26/25", "question", "asked why telephone waiting times at two practices remained above twenty minutes",
      "Cllr L. Lyle", "both practices were moving to cloud telephony in November",
      "the Associate Director", ["primary-care"])
    q("26/25", "concern", "patients without smartphones were being steered towards online triage forms",
      "Cllr S. Quigley", "every practice was required under its contract to keep telephone and walk-in routes",
      "the Associate Director", ["primary-care"])
    q("26/25", "comment", "closure of the Hedgecote branch surgery in 2023 had never been put to local residents",
      "Cllr D. Fairclough", None, None, ["primary-care", "patient-and-public-input"])
    q("27/25", "question", "underspend carried forward from 2024/25 was at risk of being clawed back",
      "Cllr T. Okafor", "County Council had confirmed in writing that the underspend could be retained",
      "the Principal Officer", ["housing", "finance"])
    q("27/25", "question", "what was causing the delay between occupational therapy assessment and grant approval",
      "Cllr P. Denny", "shortage of occupational therapists at the County Council, where four posts were vacant",
      "the Principal Officer", ["housing", "workforce"])
    q("27/25", "question", "whether the framework of approved builders offered value for money",
      "Cllr A. Brennan", "framework would be retendered in spring 2026 with price and quality weighted equally",
      "the Head of Housing, Health and Community Wellbeing", ["housing", "subcontracting", "finance"])
    q("28/25", "question", "how the management fee paid to the operator compared with the original tender",
      "Cllr D. Fairclough", "had paid a utilities support supplement of £275,000 in 2023/24",
      "the Contracts Manager", ["subcontracting", "finance"])
    q("28/25", "question", "whether an in-house or local authority trust model had been costed",
      "Cllr T. Okafor", "no options appraisal had yet been commissioned and none was budgeted for",
      "the Contracts Manager", ["privatisation", "subcontracting", "finance"])
    q("28/25", "question", "attendance at concessionary swim sessions for older residents had fallen since the price review",
      "Cllr L. Lyle", "attendance at over-60s sessions had fallen by 18 per cent",
      "the Contracts Manager", ["public-health", "finance"])
    q("29/25", "question", "how many residents had been unable to register with an NHS dentist",
      "Cllr S. Quigley", "214 of the 612 contacts concerned dentistry and none had found a practice",
      "Ms Dunn", ["primary-care", "patient-and-public-input"])
    q("29/25", "question", "families of care home residents had been surveyed about discharge arrangements",
      "Cllr M. Pengelly", "an Enter and View visit to two care homes was planned for November",
      "Ms Dunn", ["adult-social-care", "patient-and-public-input"])
    q("30/25", "request", "requested that an item on NHS dental access be scheduled",
      "Cllr A. Brennan", "said this could be accommodated at the March meeting",
      "the Democratic Services and Scrutiny Officer", ["primary-care", "governance"])

    R = [
        {"item": "OSC(H) 25/25", "text": "minutes of the meeting held on 9 September 2025 be confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "OSC(H) 26/25", "text": "the ICB be asked to return to the Committee in April 2026",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "OSC(H) 27/25", "text": "Cabinet be recommended to amend the discretionary DFG policy",
         "outcome": "recommended", "themes": ["housing", "adult-social-care", "finance"]},
        {"item": "OSC(H) 28/25", "text": "extend the leisure management contract with Active Horizons Ltd beyond 31 March 2027",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation"]},
        {"item": "OSC(H) 28/25", "text": "circulate attendance figures for concessionary sessions by centre before the next meeting",
         "outcome": "agreed", "themes": []},
        {"item": "OSC(H) 29/25", "text": "the Healthwatch Ashcombe quarterly insight report be noted",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "OSC(H) 30/25", "text": "work programme be agreed, subject to the addition of NHS dental access",
         "outcome": "agreed", "themes": ["primary-care"]},
    ]
    A = [{"name": "Cllr Mrs J. Harrow", "role": "Chairman", "attendance": "present"},
         {"name": "Cllr T. Okafor", "role": "Vice-Chairman", "attendance": "present"},
         {"name": "Cllr A. Brennan", "role": None, "attendance": "present"},
         {"name": "Cllr D. Fairclough", "role": None, "attendance": "present"},
         {"name": "Cllr L. Lyle", "role": None, "attendance": "present"},
         {"name": "Cllr M. Pengelly", "role": None, "attendance": "present"},
         {"name": "Cllr S. Quigley", "role": None, "attendance": "present"},
         {"name": "Cllr P. Denny", "role": "substitute for Cllr R. Ward", "attendance": "present"},
         {"name": "Karen Mistry", "role": "Head of Housing, Health and Community Wellbeing", "attendance": "in_attendance"},
         {"name": "Gareth Lowe", "role": "Leisure and Active Communities Contracts Manager", "attendance": "in_attendance"},
         {"name": "Dr Helen Achebe", "role": "Principal Environmental Health and Private Sector Housing Officer", "attendance": "in_attendance"},
         {"name": "Ruth Salter", "role": "Democratic Services and Scrutiny Officer", "attendance": "in_attendance"},
         {"name": "Cllr B. Whitcombe", "role": "Portfolio Holder for Health, Wellbeing and Leisure", "attendance": "in_attendance"},
         {"name": "Mr I. Corder", "role": "Associate Director of Primary Care, Vale and Marches Integrated Care Board", "attendance": "in_attendance"},
         {"name": "Ms F. Dunn", "role": "Chief Officer, Healthwatch Ashcombe", "attendance": "in_attendance"},
         {"name": "Cllr R. Ward", "role": None, "attendance": "apologies"},
         {"name": "Cllr S. Ahmed", "role": None, "attendance": "apologies"}]
    items = [{"number": "OSC(H) " + n, "title": t} for n, t in (
        ("23/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
        ("24/25", "DECLARATIONS OF INTEREST"),
        ("25/25", "MINUTES"),
        ("26/25", "ACCESS TO GENERAL PRACTICE AND THE PRIMARY CARE ESTATE"),
        ("27/25", "DISABLED FACILITIES GRANTS AND HOME ADAPTATIONS"),
        ("28/25", "LEISURE MANAGEMENT CONTRACT – ANNUAL PERFORMANCE AND HEALTH OUTCOMES"),
        ("29/25", "HEALTHWATCH ASHCOMBE – QUARTERLY INSIGHT REPORT"),
        ("30/25", "WORK PROGRAMME 2025/26"))]
    gold = {"document": MIN_NAME, "doc_type": "minutes", "committee": COMMITTEE,
            "meeting_date": "2025-10-14", "items": items, "questions": Q, "resolutions": R,
            "attendees": A}
    write_gold(MIN_NAME, gold)


# --------------------------------------------------------------------------- agenda
def build_agenda():
    doc = base_doc(f"{COUNCIL} – {COMMITTEE} – 13 January 2026", footer_initials=False)
    for text, size in ((COUNCIL, 15), ("NOTICE OF MEETING AND AGENDA", 13), (COMMITTEE, 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    para(doc, "Date:\tTuesday, 13 January 2026", justify=False)
    para(doc, "Time:\t6.00 pm", justify=False)
    para(doc, "Venue:\tCouncil Chamber, Vale House, Market Street, Ashcombe", justify=False)
    para(doc, "Contact:\tRuth Salter, Democratic Services and Scrutiny Officer – "
              "democratic.services@ashcombevale.example.gov.uk – 01632 960 415", justify=False)
    para(doc, "To: All Members of the Overview and Scrutiny Committee (Health) – Cllrs Mrs J. Harrow "
              "(Chairman), T. Okafor (Vice-Chairman), S. Ahmed, A. Brennan, D. Fairclough, L. Lyle, "
              "M. Pengelly, S. Quigley and R. Ward.", space_before=6)
    para(doc, "You are summoned to attend the meeting of the Committee to be held at the time and "
              "place shown above to transact the business set out below.")
    para(doc, "Pauline Maddox\nChief Executive\nDespatched: Friday, 2 January 2026", justify=False)

    p = para(doc, "WEBCASTING NOTICE", bold=True, space_before=10)
    para(doc, "This meeting will be filmed for live and subsequent broadcast on the Council's website "
              "and will be available to view for six months. The Chairman will confirm at the start "
              "of the meeting whether all or part of it is being filmed. By entering the Council "
              "Chamber you are consenting to being filmed and to the possible use of those images "
              "and sound recordings for webcasting and training purposes. If you do not wish to be "
              "filmed, please sit in the area of the public gallery marked as off-camera.")
    para(doc, "PUBLIC QUESTIONS", bold=True, space_before=10)
    para(doc, "A member of the public who lives or works in the district may ask one question on a "
              "matter within the Committee's terms of reference. Questions must be submitted in "
              "writing to Democratic Services by 12 noon on Wednesday, 7 January 2026 (three clear "
              "working days before the meeting). Up to 20 minutes is allowed for public question "
              "time. A written answer will be sent if the questioner cannot attend.")

    para(doc, "AGENDA", bold=True, space_before=12)
    agenda = [
        ("1.", "Apologies for Absence and Substitutions", "To receive apologies and notice of substitute Members."),
        ("2.", "Declarations of Interest", "To receive declarations of disclosable pecuniary, other registrable and non-registrable interests."),
        ("3.", "Minutes (Pages 5 - 12)", "To confirm the minutes of the meeting held on 14 October 2025."),
        ("4.", "Public Question Time", "To receive any questions submitted by the deadline above."),
        ("5.", "Hospital Discharge and Reablement (Pages 13 - 30)",
         "Report of the County Council's Director of Adult Social Care and the Vale and Marches ICB on "
         "discharge to assess, home care capacity and delayed discharges from Ashcombe Community Hospital."),
        ("6.", "Leisure Management Contract – Cabinet Response (Pages 31 - 38)",
         "To receive Cabinet's response to the Committee's recommendation on the extension option "
         "and the scope of the in-house options appraisal."),
        ("7.", "Homelessness and Health – Temporary Accommodation (Pages 39 - 56)",
         "Report of the Head of Housing, Health and Community Wellbeing on GP registration and health "
         "needs of households placed in temporary accommodation."),
        ("8.", "Work Programme 2025/26 (Pages 57 - 62)", "To review the Committee's work programme."),
    ]
    tbl = doc.add_table(rows=0, cols=2)
    for num, title, desc in agenda:
        row = tbl.add_row()
        row.cells[0].width = Cm(1.5)
        row.cells[0].paragraphs[0].text = num
        row.cells[1].paragraphs[0].add_run(title).bold = True
        row.cells[1].add_paragraph(desc)
    para(doc, "Members of the public requiring the agenda in large print, audio or another language "
              "should contact Democratic Services.", space_before=10, size=9)
    pin_and_save(doc, os.path.join(DOCS, AGENDA_NAME))
    gold = {"document": AGENDA_NAME, "doc_type": "agenda", "committee": COMMITTEE,
            "meeting_date": "2026-01-13",
            "themes": ["adult-social-care", "integration", "subcontracting", "privatisation", "housing",
                       "primary-care", "patient-and-public-input"],
            "questions": [], "resolutions": []}
    write_gold(AGENDA_NAME, gold)


def write_gold(docname, gold):
    path = os.path.join(GOLD, os.path.splitext(docname)[0] + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


# --------------------------------------------------------------------------- check
def docx_text(path):
    d = Document(path)
    parts = []
    for sec in d.sections:
        for p in sec.header.paragraphs + sec.footer.paragraphs:
            parts.append(p.text)
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("ff-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        doc = os.path.join(DOCS, gold["document"])
        if not os.path.exists(doc):
            print("MISSING", doc)
            ok = False
            continue
        text = norm(docx_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            wc = len(n.split())
            cnt = text.count(n)
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {g} {kind} count={cnt} words={wc}: {ph}")
        print(f"{g}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_minutes()
    build_agenda()
    print("built")
