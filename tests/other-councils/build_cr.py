#!/usr/bin/env python3
"""Build the "cr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cr.py           build documents/cr-* and gold/cr-*.json
        build_cr.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 3, 4, 9, 30, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# Document 1: London borough Health and Adults Scrutiny Sub-Committee (DOCX)
# ---------------------------------------------------------------------------
DOC1 = "cr-kellingford-health-adults-scrutiny-2025-02-18.docx"

ATTENDANCE = [
    ("Councillors", "Adaeze Okafor (Chair), Liam Brennan (Vice-Chair), Harjit Sandhu, "
     "Marcus Taylor-Reid and Joanne Marsh (substitute for Councillor Lindqvist)"),
    ("Co-opted", "Tomasz Nowak (Healthwatch Kellingford)"),
    ("Officers", "Gareth Lyle (Corporate Director, Adults, Health and Commissioning), "
     "Dr Nia Fenwick (Director of Public Health), Dr Samuel Achterberg (Consultant in Public "
     "Health (Sexual and Reproductive Health)), Priya Venkatesan (Head of Finance (Adults and "
     "Health)) and Elaine Murchison (Scrutiny Officer)"),
    ("Guests", "Councillor Ruth Ekwueme (Cabinet Member for Health and Adult Social Care), "
     "Harriet Quaye (Director of Strategic Commissioning, North Thames ICB), Daniel Oyelaran "
     "(Chief Finance Officer, North Thames ICB) and Bernadette Kilroy (Chief Nurse, Kellingford "
     "and Riverside NHS Trust)"),
    ("Apologies", "Councillor Peter Lindqvist"),
]

# each item: number, title, list of blocks
# block kinds: ("p", text) ; ("table", rows) ; ("res", intro, [clauses])
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Peter Lindqvist. Councillor "
              "Joanne Marsh attended as his substitute."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Sandhu declared a non-pecuniary interest in Item 7 as a close relative "
              "receives a home care package from one of the Council's framework providers. She "
              "remained in the meeting and took part in the discussion."),
        ("p", "There were no other declarations."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("res", "RESOLVED: That the minutes of the meeting held on 14 January 2025 be agreed as a "
                "correct record and signed by the Chair.", []),
    ]),
    ("4", "Chair's Announcements", [
        ("p", "The Chair reminded Members that the joint site visit to the Orchard Lane "
              "intermediate care unit had been rearranged for 12 March 2025 and that details "
              "would be circulated by the Scrutiny Officer. There were no other announcements."),
    ]),
    ("5", "Community Health Services – Recommissioning by North Thames Integrated Care Board", [
        ("p", "Harriet Quaye, Director of Strategic Commissioning, North Thames Integrated Care "
              "Board (ICB), introduced the report, which set out the ICB's intention to "
              "recommission adult community health services in Kellingford, including district "
              "nursing, community therapies and the rapid response service, from April 2026. The "
              "report explained that the current contracts with Kellingford and Riverside NHS "
              "Trust and East Thames Community Healthcare had been in place since 2017, and that "
              "the ICB proposed a single lead provider model with a contract term of seven years. "
              "The following questions were put to officers and partners:"),
        ("table", [
            ("Cllr Okafor",
             "Why was the ICB proposing to award community nursing to a single lead provider "
             "instead of renewing the current arrangements with the two local trusts?",
             "Harriet Quaye, Director of Strategic Commissioning (ICB)",
             "The current arrangements had already been extended twice and could not be extended "
             "again under the Provider Selection Regime. A single lead provider would hold the "
             "whole budget and would be able to subcontract specialist services, such as tissue "
             "viability and continence, where that offered better outcomes for patients."),
            ("Cllr Brennan",
             "Members were concerned that private companies could bid for the lead provider role "
             "and asked whether the ICB would rule out for-profit bidders.",
             "Harriet Quaye, Director of Strategic Commissioning (ICB)",
             "The regime did not allow the ICB to exclude bidders on the basis of ownership. "
             "However, social value and local accountability would carry 20 per cent of the "
             "evaluation, and the ICB expected strong interest from NHS providers."),
            ("Tomasz Nowak (Co-opted)",
             "How had patients and carers been involved in drawing up the service specification, "
             "and would the engagement report be published?",
             "Harriet Quaye, Director of Strategic Commissioning (ICB)",
             "Six listening events and an online survey had reached 640 residents, including "
             "housebound patients contacted by telephone. The engagement report would be "
             "published alongside the tender documents in April."),
            ("Cllr Sandhu",
             "What would happen to the 212 district nursing staff currently employed by the two "
             "trusts if a new provider won the contract?",
             "Chief Nurse, Kellingford and Riverside NHS Trust",
             "Staff would transfer under TUPE on their existing terms and conditions. The trust's "
             "current vacancy rate of 14 per cent in community nursing would be disclosed to "
             "all bidders so that workforce plans were realistic."),
            ("Cllr Okafor",
             "Could the Sub-Committee see the financial modelling behind the assumed 6 per cent "
             "efficiency saving in the first year of the new contract?",
             "Chief Finance Officer, North Thames ICB",
             "To follow in writing."),
        ]),
        ("res", "RESOLVED: The Sub-Committee:", [
            "noted the ICB's proposals for recommissioning adult community health services in "
            "Kellingford;",
            "requested that the engagement report and financial model be circulated to Members "
            "before the tender is issued; and",
            "agreed to consider the outcome of the procurement at its meeting in October 2025.",
        ]),
    ]),
    ("6", "Sexual Health Services – Proposed Procurement", [
        ("p", "Dr Nia Fenwick, Director of Public Health, presented the report on the proposed "
              "procurement of integrated sexual health services, funded from the public health "
              "grant. The current contract with Meridian Sexual Health Ltd would end on 31 "
              "March 2026. Dr Fenwick explained that the new contract would combine clinic, "
              "online testing and outreach services, and that a public consultation on moving "
              "the main clinic from Station Road to the Kellingford Health Centre had closed on "
              "31 January 2025."),
        ("table", [
            ("Cllr Brennan",
             "Given the 11 per cent real-terms reduction in the public health grant since 2016, "
             "was the proposed contract value of £4.2 million a year sufficient?",
             "Director of Public Health",
             "The service had absorbed rising demand largely through online testing. The "
             "contract value included a 3 per cent annual uplift linked to the NHS pay award, "
             "which had not been the case in the existing contract."),
            ("Cllr Taylor-Reid",
             "Why were young people under 25 waiting more than two weeks for contraception "
             "appointments at the Station Road clinic?",
             "Director of Public Health",
             "Clinic capacity had been reduced when two nurse prescriber posts fell vacant in "
             "the autumn. Both posts were now filled and the average wait had fallen to eight "
             "days."),
            ("Cllr Sandhu",
             "Asked that the specification require the provider to offer regular outreach "
             "sessions in the borough's three family hubs.",
             "Consultant in Public Health (Sexual and Reproductive Health)",
             "The specification would be amended to include outreach sessions at family hubs, "
             "working with the health visiting and school nursing teams."),
            ("Tomasz Nowak (Co-opted)",
             "How many residents had responded to the consultation on moving the main clinic, "
             "and how many of them opposed the move?",
             "Consultant in Public Health (Sexual and Reproductive Health)",
             "To follow in writing."),
        ]),
        ("res", "RESOLVED: The Sub-Committee:", [
            "noted the proposed procurement of integrated sexual health services; and",
            "recommended to the Cabinet Member for Health and Adult Social Care that outreach "
            "at family hubs be made a condition of the new contract.",
        ]),
    ]),
    ("7", "Home Care – Contract Performance and Workforce", [
        ("p", "Gareth Lyle, Corporate Director, Adults, Health and Commissioning, introduced the "
              "quarterly performance report for the home care framework, under which six "
              "providers delivered approximately 14,500 hours of care each week to around 1,100 "
              "residents. He drew attention to late and missed visits in the south of the "
              "borough and to the continuing difficulty providers had in recruiting care "
              "workers."),
        ("table", [
            ("Cllr Taylor-Reid",
             "Members were concerned that 38 per cent of home care visits in the south of the "
             "borough had been more than 30 minutes late.",
             "Corporate Director, Adults, Health and Commissioning",
             "Two of the six framework providers had been issued with default notices and were "
             "subject to weekly contract monitoring until performance improved. Packages had "
             "been moved from one provider where people were at risk."),
            ("Cllr Brennan",
             "Did every provider on the framework pay the London Living Wage, and was travel "
             "time between calls paid?",
             "Corporate Director, Adults, Health and Commissioning",
             "All providers paid the London Living Wage as a condition of the framework, but "
             "only four paid for travel time between calls; the remaining two paid a flat daily "
             "allowance."),
            ("Cllr Okafor",
             "Would the Council consider bringing some home care back in-house, as other London "
             "boroughs had done?",
             "Councillor Ruth Ekwueme, Cabinet Member for Health and Adult Social Care",
             "An options appraisal on an in-house reablement and home care service would be "
             "reported to Cabinet in the summer, and the Sub-Committee would be invited to "
             "comment on it first."),
            ("Tomasz Nowak (Co-opted)",
             "Requested that feedback from carers about missed visits be reported to the "
             "Sub-Committee alongside the performance data.",
             "Corporate Director, Adults, Health and Commissioning",
             "Carers' survey results would be included from the next quarterly report, together "
             "with complaints data."),
            ("Cllr Sandhu",
             "What was the projected overspend on home care packages for 2024/25?",
             "Head of Finance (Adults and Health)",
             "The forecast overspend was £2.9 million, mainly from higher hourly rates and more "
             "complex packages following hospital discharge."),
        ]),
        ("res", "RESOLVED: The Sub-Committee:", [
            "noted the home care contract performance report for Quarter 3 of 2024/25; and",
            "agreed to set up a task and finish group on the home care workforce, to report "
            "by November 2025.",
        ]),
    ]),
    ("8", "Work Programme 2025/26", [
        ("p", "The Scrutiny Officer presented the draft work programme for 2025/26."),
        ("res", "RESOLVED: The Sub-Committee agreed its work programme for 2025/26, subject to "
                "adding a session on access to NHS dentistry in September 2025.", []),
    ]),
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adults Scrutiny Sub-Committee",
    "meeting_date": "2025-02-18",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "award community nursing to a single lead provider instead of renewing the current arrangements",
         "asked_by": "Cllr Okafor",
         "answer": "could not be extended again under the Provider Selection Regime",
         "given_by": "Harriet Quaye, Director of Strategic Commissioning (ICB)",
         "themes": ["subcontracting"]},
        {"item": "5", "kind": "concern",
         "text": "Members were concerned that private companies could bid for the lead provider role",
         "asked_by": "Cllr Brennan",
         "answer": "social value and local accountability would carry 20 per cent of the evaluation",
         "given_by": "Harriet Quaye, Director of Strategic Commissioning (ICB)",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "How had patients and carers been involved in drawing up the service specification",
         "asked_by": "Tomasz Nowak (Co-opted)",
         "answer": "Six listening events and an online survey had reached 640 residents",
         "given_by": "Harriet Quaye, Director of Strategic Commissioning (ICB)",
         "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "What would happen to the 212 district nursing staff currently employed by the two trusts",
         "asked_by": "Cllr Sandhu",
         "answer": "Staff would transfer under TUPE on their existing terms and conditions",
         "given_by": "Chief Nurse, Kellingford and Riverside NHS Trust",
         "themes": ["workforce", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "see the financial modelling behind the assumed 6 per cent efficiency saving",
         "asked_by": "Cllr Okafor",
         "answer": None,
         "given_by": "Chief Finance Officer, North Thames ICB",
         "themes": ["finance", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "was the proposed contract value of £4.2 million a year sufficient",
         "asked_by": "Cllr Brennan",
         "answer": "included a 3 per cent annual uplift linked to the NHS pay award",
         "given_by": "Director of Public Health",
         "themes": ["finance", "public-health", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "Why were young people under 25 waiting more than two weeks for contraception appointments",
         "asked_by": "Cllr Taylor-Reid",
         "answer": "Clinic capacity had been reduced when two nurse prescriber posts fell vacant",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "workforce", "children-and-families"]},
        {"item": "6", "kind": "request",
         "text": "require the provider to offer regular outreach sessions in the borough's three family hubs",
         "asked_by": "Cllr Sandhu",
         "answer": "The specification would be amended to include outreach sessions at family hubs",
         "given_by": "Consultant in Public Health (Sexual and Reproductive Health)",
         "themes": ["public-health", "children-and-families", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "How many residents had responded to the consultation on moving the main clinic",
         "asked_by": "Tomasz Nowak (Co-opted)",
         "answer": None,
         "given_by": "Consultant in Public Health (Sexual and Reproductive Health)",
         "themes": ["patient-and-public-input", "public-health"]},
        {"item": "7", "kind": "concern",
         "text": "38 per cent of home care visits in the south of the borough",
         "asked_by": "Cllr Taylor-Reid",
         "answer": "had been issued with default notices and were subject to weekly contract monitoring",
         "given_by": "Corporate Director, Adults, Health and Commissioning",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "Did every provider on the framework pay the London Living Wage",
         "asked_by": "Cllr Brennan",
         "answer": "only four paid for travel time between calls",
         "given_by": "Corporate Director, Adults, Health and Commissioning",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "Would the Council consider bringing some home care back in-house",
         "asked_by": "Cllr Okafor",
         "answer": "An options appraisal on an in-house reablement and home care service",
         "given_by": "Councillor Ruth Ekwueme, Cabinet Member for Health and Adult Social Care",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "7", "kind": "request",
         "text": "Requested that feedback from carers about missed visits be reported to the Sub-Committee",
         "asked_by": "Tomasz Nowak (Co-opted)",
         "answer": "Carers' survey results would be included from the next quarterly report",
         "given_by": "Corporate Director, Adults, Health and Commissioning",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "What was the projected overspend on home care packages for 2024/25",
         "asked_by": "Cllr Sandhu",
         "answer": "mainly from higher hourly rates and more complex packages following hospital discharge",
         "given_by": "Head of Finance (Adults and Health)",
         "themes": ["finance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 14 January 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "requested that the engagement report and financial model be circulated to Members",
         "outcome": "agreed", "themes": ["subcontracting", "patient-and-public-input", "finance"]},
        {"item": "6", "text": "that outreach at family hubs be made a condition of the new contract",
         "outcome": "recommended", "themes": ["public-health", "subcontracting", "children-and-families"]},
        {"item": "7", "text": "agreed to set up a task and finish group on the home care workforce",
         "outcome": "agreed", "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "8", "text": "adding a session on access to NHS dentistry in September 2025",
         "outcome": "agreed", "themes": ["primary-care", "governance"]},
    ],
    "attendees": [
        {"name": "Adaeze Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Liam Brennan", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Harjit Sandhu", "role": None, "attendance": "present"},
        {"name": "Marcus Taylor-Reid", "role": None, "attendance": "present"},
        {"name": "Joanne Marsh", "role": "substitute for Councillor Lindqvist", "attendance": "present"},
        {"name": "Tomasz Nowak", "role": "Healthwatch Kellingford", "attendance": "present"},
        {"name": "Gareth Lyle", "role": "Corporate Director, Adults, Health and Commissioning", "attendance": "in_attendance"},
        {"name": "Dr Nia Fenwick", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Dr Samuel Achterberg", "role": "Consultant in Public Health (Sexual and Reproductive Health)", "attendance": "in_attendance"},
        {"name": "Priya Venkatesan", "role": "Head of Finance (Adults and Health)", "attendance": "in_attendance"},
        {"name": "Elaine Murchison", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Councillor Ruth Ekwueme", "role": "Cabinet Member for Health and Adult Social Care", "attendance": "in_attendance"},
        {"name": "Harriet Quaye", "role": "Director of Strategic Commissioning, North Thames ICB", "attendance": "in_attendance"},
        {"name": "Daniel Oyelaran", "role": "Chief Finance Officer, North Thames ICB", "attendance": "in_attendance"},
        {"name": "Bernadette Kilroy", "role": "Chief Nurse, Kellingford and Riverside NHS Trust", "attendance": "in_attendance"},
        {"name": "Councillor Peter Lindqvist", "role": None, "attendance": "apologies"},
    ],
}


def _field(paragraph, instr):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_doc1(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Elaine Murchison"
    cp.last_modified_by = "Elaine Murchison"
    cp.title = "Minutes – Health and Adults Scrutiny Sub-Committee – 18 February 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(13)
    h2.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "London Borough of Kellingford\tHealth and Adults Scrutiny Sub-Committee\t18 February 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    _field(fp, "PAGE")
    fp2 = sec.footer.add_paragraph("Chair's initials ........................")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp2.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("LONDON BOROUGH OF KELLINGFORD")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("MINUTES OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE")
    r.bold = True
    doc.add_paragraph("held on Tuesday, 18 February 2025 at 7.00 pm in Committee Room 2, "
                      "Kellingford Town Hall, Broad Street, London")

    p = doc.add_paragraph()
    r = p.add_run("PRESENT")
    r.bold = True
    for label, text in ATTENDANCE:
        p = doc.add_paragraph()
        r = p.add_run(label + ": ")
        r.bold = True
        p.add_run(text)

    for num, title, blocks in ITEMS:
        doc.add_heading(f"Item {num}: {title}", level=2)
        for b in blocks:
            if b[0] == "p":
                para = doc.add_paragraph(b[1])
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif b[0] == "table":
                t = doc.add_table(rows=1, cols=3)
                t.style = "Table Grid"
                hdr = t.rows[0].cells
                for c, txt in zip(hdr, ("Question from", "Question", "Response")):
                    c.text = ""
                    rr = c.paragraphs[0].add_run(txt)
                    rr.bold = True
                    _shade(c, "D9E2F3")
                _repeat_header(t.rows[0])
                for who, q, responder, resp in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = who
                    cells[1].text = q
                    cp_ = cells[2].paragraphs[0]
                    rb = cp_.add_run(responder)
                    rb.bold = True
                    rb.add_break(WD_BREAK.LINE)
                    cp_.add_run(resp)
                widths = (Cm(3.2), Cm(6.0), Cm(7.4))
                for row in t.rows:
                    for c, w in zip(row.cells, widths):
                        c.width = w
                doc.add_paragraph()
            elif b[0] == "res":
                para = doc.add_paragraph()
                intro = b[1]
                rr = para.add_run("RESOLVED:")
                rr.bold = True
                para.add_run(intro[len("RESOLVED:"):])
                for i, clause in enumerate(b[2]):
                    cp_ = doc.add_paragraph(f"{'abcdefgh'[i]})\t{clause}")
                    cp_.paragraph_format.left_indent = Cm(1.25)
                    cp_.paragraph_format.first_line_indent = Cm(-0.75)

    doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 9.22 pm.")
    doc.add_paragraph("Chair: ....................................................")
    p = doc.add_paragraph()
    r = p.add_run("Contact officer: Elaine Murchison, Scrutiny Officer, "
                  "scrutiny@kellingford.gov.example")
    r.italic = True
    r.font.size = Pt(9)

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _ptext(p):
    out = []
    for el in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        out.append(el.text or "" if el.tag == qn("w:t") else ("\n" if el.tag == qn("w:br") else "\t"))
    return "".join(out)


def text_doc1(path):
    d = Document(str(path))
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in sec.footer.paragraphs]
    body = d.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            parts.append(_ptext(child))
        elif child.tag == qn("w:tbl"):
            for tc in child.iter(qn("w:tc")):
                for p in tc.iter(qn("w:p")):
                    parts.append(_ptext(p))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document 2: Scrutiny Recommendations Tracker (landscape PDF table)
# ---------------------------------------------------------------------------
DOC2 = "cr-holmbridge-scrutiny-recommendations-tracker.pdf"

TRACKER = [
    ("SR-2023-04", "That the Council and North Thames ICB publish a joint plan to reduce "
     "delayed transfers of care from Holmbridge General Hospital, including step-down beds "
     "in the community.", "12 Sep 2023",
     "Accepted. Joint discharge plan agreed by the Health and Wellbeing Board in January 2024; "
     "18 step-down beds commissioned at Fernleigh House.", "Green"),
    ("SR-2023-07", "That the Cabinet Member ensures all home care providers on the framework "
     "pay at least the Real Living Wage by April 2025.", "12 Sep 2023",
     "Partially accepted. Uplift built into the 2024/25 fee rates; two providers yet to "
     "evidence compliance.", "Amber"),
    ("SR-2023-11", "That the stop smoking service be brought back in-house when the current "
     "contract expires rather than re-tendered.", "28 Nov 2023",
     "Not accepted. Cabinet agreed to re-tender with a social value weighting of 15%; "
     "contract awarded to Breathe Well CIC from October 2024.", "Red"),
    ("SR-2024-02", "That the ICB reports to the Committee every six months on access to "
     "GP appointments and NHS dentistry in the east of the borough.", "6 Feb 2024",
     "Accepted by the ICB. First report received July 2024; second due March 2025.", "Green"),
    ("SR-2024-05", "That service users and carers are represented on the board overseeing "
     "the recommissioning of community mental health services.", "6 Feb 2024",
     "Accepted. Two places offered through Healthwatch Holmbridge; one filled.", "Amber"),
    ("SR-2024-09", "That the Council reviews the use of out-of-borough temporary "
     "accommodation for families with children subject to a child protection plan.",
     "16 Apr 2024",
     "Accepted in principle. Review delayed by staffing changes in Housing Options; now "
     "expected June 2025.", "Red"),
    ("SR-2024-13", "That the adult social care workforce strategy includes targets for "
     "reducing agency social worker spend.", "9 Jul 2024",
     "Accepted. Target of 20% reduction in agency spend by March 2026 included in strategy.",
     "Green"),
    ("SR-2024-16", "That the Cabinet publishes the savings proposals for public health "
     "services at least eight weeks before the budget is set.", "15 Oct 2024",
     "Response awaited. Due at Cabinet on 11 March 2025.", "Amber"),
    ("SR-2024-19", "That the Council consults residents before any change to opening hours "
     "at the three council-run day centres for older people.", "10 Dec 2024",
     "Accepted. Consultation to run from April to June 2025.", "Green"),
]

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["governance", "adult-social-care", "integration", "subcontracting",
               "privatisation", "public-health", "primary-care", "mental-health",
               "patient-and-public-input", "housing", "children-and-families",
               "workforce", "finance"],
}


class TrackerPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Holmbridge Council – Health and Adult Social Care Scrutiny Committee",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Scrutiny Recommendations Tracker – position at 31 January 2025",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_doc2(path):
    pdf = TrackerPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Scrutiny Recommendations Tracker")
    pdf.set_author("Holmbridge Council Democratic Services")
    pdf.set_creator("Holmbridge Council")
    pdf.set_producer("Holmbridge Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Scrutiny Recommendations Tracker", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Health and Adult Social Care Scrutiny Committee, 15 April 2025 – "
                   "Agenda Item 9. This tracker lists recommendations made by the Committee "
                   "since September 2023, the Cabinet or partner response and the current "
                   "status. Completed recommendations are removed after they have been reported "
                   "as Green at two consecutive meetings.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8.5)
    rag = {"Red": (230, 120, 110), "Amber": (245, 195, 90), "Green": (140, 200, 130)}
    head = FontFace(emphasis="BOLD", fill_color=(31, 58, 95), color=(255, 255, 255))
    with pdf.table(col_widths=(22, 92, 22, 102, 24), headings_style=head,
                   line_height=4.6, text_align=("LEFT", "LEFT", "LEFT", "LEFT", "CENTER"),
                   padding=1.5, repeat_headings=1) as table:
        row = table.row()
        for h in ("Ref", "Recommendation", "Date agreed", "Cabinet response", "Status (RAG)"):
            row.cell(h)
        for ref, rec, date, resp, status in TRACKER:
            row = table.row()
            row.cell(ref)
            row.cell(rec)
            row.cell(date)
            row.cell(resp)
            row.cell(status, style=FontFace(fill_color=rag[status]))
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, "Key: Green – implemented or on track; Amber – partially implemented "
                   "or response awaited; Red – not accepted or significantly delayed. "
                   "Contact: Scrutiny Team, Holmbridge Council.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def text_doc2(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£%]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for doc, textfn in ((DOC1, text_doc1), (DOC2, text_doc2)):
        gold = json.loads((GOLD / (Path(doc).stem + ".json")).read_text())
        text = norm(textfn(DOCS / doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {doc} {kind}: count={c} words={n}: {ph}")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False
                print(f"FAIL {doc} attendee missing: {a['name']}")
        for it in gold.get("items", []):
            if norm(f"Item {it['number']}: {it['title']}") not in text:
                ok = False
                print(f"FAIL {doc} item heading missing: {it}")
        print(f"{doc}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} "
              f"questions, {len(gold.get('resolutions', []))} resolutions, "
              f"{len(gold.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_doc1(DOCS / DOC1)
    build_doc2(DOCS / DOC2)
    for doc, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        (GOLD / (Path(doc).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
