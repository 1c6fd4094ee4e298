#!/usr/bin/env python3
"""Build the "gv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gv.py           build documents/gv-* and gold/gv-*.json
        build_gv.py --check   verify every gold phrase occurs once in its document
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
FIXED = datetime.datetime(2025, 6, 27, 9, 0, 0)
ZIPDATE = (2025, 6, 27, 9, 0, 0)

DOC1 = "gv-trentbridge-city-council-hasc-2025-06-19.docx"
DOC2 = "gv-trentbridge-jhwb-strategy-annual-progress-report.docx"


# ---------------------------------------------------------------- helpers
def pin_docx(doc, path):
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_printed = FIXED
    doc.core_properties.author = "Governance Services"
    doc.core_properties.last_modified_by = "Governance Services"
    doc.core_properties.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return doc


def add_page_field(par):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "; r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def para(doc, text, bold=False, justify=True, indent=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


def lettered(doc, letter, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    p.add_run(f"({letter})\t{text}")
    return p


def item_heading(doc, num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    r = p.add_run(f"{num}\t{title}")
    r.bold = True
    return p


# ---------------------------------------------------------------- document 1
PRESENT_LINE = ("Councillor Sarah Okafor (Chair)\nCouncillor Dev Malhotra (Vice Chair)\n"
                "Councillor Helen Brierley\nCouncillor Tom Ashworth\nCouncillor Nadia Rahman\n"
                "Councillor Graham Pell\nCouncillor Lucy Fenwick")

IN_ATT = [
    ("Catherine Ashby", "Corporate Director for Adults and Health"),
    ("Sarah Fielding", "Director of Adult Social Care"),
    ("Joanne Peverell", "Head of Commissioning and Procurement (Adults)"),
    ("Dr Rohan Mistry", "Director of Public Health"),
    ("Dr Anita Sandhu", "Director of Mental Health Transformation, NHS Trent Valley Integrated Care Board"),
    ("Mark Hollins", "Chief Executive, Healthwatch Trentbridge"),
    ("Elaine Dunnett", "Senior Scrutiny and Audit Support Officer"),
]

ITEMS1 = []  # filled in build_doc1: (number, title)


def build_doc1(path):
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Health and Adult Social Care Scrutiny Committee - 19.06.25"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Trentbridge City Council  |  Page ")
    fr.font.size = Pt(8)
    add_page_field(fp)
    fp2 = sec.footer.add_paragraph("Chair's initials ........")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, "Health and Adult Social Care Scrutiny Committee", bold=True, justify=False, size=14)
    para(doc, "Minutes of the meeting held at Loxley House on Thursday 19 June 2025 "
              "from 9.31 am to 12.04 pm", justify=False)

    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.cell(0, 0).text = "Present:"
    t.cell(0, 1).text = ""
    cp = t.cell(0, 1).paragraphs[0]
    cp.add_run("Councillor Sarah Okafor (Chair)")
    cp.add_run().add_break()
    cp.add_run("Councillor Dev Malhotra (Vice Chair)")
    cp.add_run().add_break()
    cp.add_run("Councillors Helen Brierley, Tom Ashworth, Nadia Rahman, Graham Pell and Lucy Fenwick")
    t.cell(1, 0).text = "Absent:"
    t.cell(1, 1).text = "Councillor Paul Dunmore"
    t.cell(2, 0).text = ""
    t.cell(2, 1).text = ""
    for row in t.rows:
        row.cells[0].paragraphs[0].runs and setattr(row.cells[0].paragraphs[0].runs[0], "bold", True)
        row.cells[0].width = Cm(3.0)
        row.cells[1].width = Cm(13.5)

    p = doc.add_paragraph()
    p.add_run("Colleagues, partners and others in attendance:").bold = True
    t2 = doc.add_table(rows=0, cols=2)
    no_borders(t2)
    for name, role in IN_ATT:
        cells = t2.add_row().cells
        cells[0].text = name
        cells[1].text = "- " + role
        cells[0].width = Cm(4.5)
        cells[1].width = Cm(12.0)
    doc.add_paragraph()

    # 18
    item_heading(doc, "18", "Apologies for absence")
    para(doc, "Apologies for absence were received from Councillor Kerry Whitlam (personal reasons) "
              "and Councillor Imran Qureshi (other Council business).")
    # 19
    item_heading(doc, "19", "Declarations of interests")
    para(doc, "None.")
    # 20
    item_heading(doc, "20", "Minutes")
    para(doc, "The Committee confirmed the minutes of the meeting held on 15 May 2025 as a correct "
              "record and they were signed by the Chair.")
    # 21
    item_heading(doc, "21", "Adult Social Care Workforce Strategy")
    para(doc, "Catherine Ashby, Corporate Director for Adults and Health, presented the report and "
              "highlighted the following points:")
    lettered(doc, "a", "the Strategy sets out how the Council and its partners will recruit, retain and "
             "develop the 9,400 people working in adult social care across the city, around 85% of "
             "whom are employed by independent providers;")
    lettered(doc, "b", "the vacancy rate across the sector has fallen from 11.2% in 2023 to 8.6% in March "
             "2025 but remains above the regional average, with turnover highest among home care "
             "workers in their first year of employment;")
    lettered(doc, "c", "international recruitment has accounted for almost a third of new starters since "
             "2022, although the changes to the visa rules taking effect from July 2025 are expected to "
             "reduce this significantly;")
    lettered(doc, "d", "the Council's own workforce of social workers and occupational therapists is now "
             "largely stable, with the use of agency staff reduced to 14 posts.")
    para(doc, "The following points were raised during the discussion which followed:")
    lettered(doc, "e", "Committee members asked about the pay of care workers employed by commissioned "
             "providers and were told that the Council had uplifted its hourly rate to providers by 6.8% "
             "for 2025/26, which was sufficient to fund the Real Living Wage, although it could not "
             "compel providers to pass the whole of the increase on to their staff;")
    lettered(doc, "f", "in response to a question about the likely impact of the visa changes, it was "
             "explained that providers who had relied on sponsored workers were being supported through "
             "a regional retention fund and that the Council was working with Trentbridge College on a "
             "local pathway into care for school leavers;")
    lettered(doc, "g", "concern was raised that the Strategy said little about unpaid carers, who in "
             "practice made up the largest part of the care workforce; the Committee was assured that a "
             "separate Carers Strategy would be brought to the Committee in the autumn and that the two "
             "documents had been developed alongside each other;")
    lettered(doc, "h", "a member asked whether the reduction in agency social workers had affected "
             "waiting times for Care Act assessments. The Director of Adult Social Care said that the "
             "number of people waiting for an assessment had fallen from 612 to 388 over the year, and "
             "that the longest waits were now for occupational therapy assessments, where recruitment "
             "remained difficult;")
    lettered(doc, "i", "Committee members requested that future updates include data on the proportion "
             "of care workers on zero-hours contracts, broken down by provider type.")
    para(doc, "Resolved to")
    lettered(doc, "1", "note the Adult Social Care Workforce Strategy 2025-2028 and the progress made in "
             "reducing vacancies;")
    lettered(doc, "2", "request that the Corporate Director for Adults and Health provides a breakdown of "
             "zero-hours contracts by provider type to a future meeting; and")
    lettered(doc, "3", "request that the Committee receives the draft Carers Strategy before it is "
             "submitted to the Executive Board for approval.")
    # 22
    item_heading(doc, "22", "Recommissioning of Home Care Services")
    para(doc, "Joanne Peverell, Head of Commissioning and Procurement (Adults), presented the report and "
              "highlighted the following points:")
    lettered(doc, "a", "the current home care contracts with 11 framework providers expire at the end of "
             "March 2026, and the proposed model divides the city into six zones, each with a lead "
             "provider supported by a small number of back-up providers;")
    lettered(doc, "b", "a consultation with people who receive home care and their families attracted "
             "427 responses, with continuity of care worker the most frequently raised issue;")
    lettered(doc, "c", "the Council is also considering bringing a larger proportion of reablement back "
             "in-house through the existing Trentbridge Community Reablement Service.")
    para(doc, "The following points were raised during the discussion which followed:")
    lettered(doc, "d", "Committee members asked about the risk of handing whole zones to large national "
             "companies and were told that the tender had been structured in lots so that small local "
             "providers could bid, and that the evaluation gave a 40% weighting to quality and social "
             "value;")
    lettered(doc, "e", "a member questioned whether a larger in-house service would be more expensive "
             "than commissioning from the independent sector. It was explained that an options appraisal "
             "had shown the in-house reablement service cost around 9% more per hour but achieved "
             "markedly better outcomes, with 71% of people needing no ongoing care after six weeks;")
    lettered(doc, "f", "concern was raised that the consultation had been carried out mainly online; the "
             "Committee was assured that 96 responses had been gathered face to face or by telephone, "
             "including through Healthwatch Trentbridge's outreach sessions at day centres;")
    lettered(doc, "g", "in response to a question about what would happen to staff employed by outgoing "
             "providers, it was explained that TUPE was likely to apply in most cases and that incoming "
             "providers would be required to honour existing terms and conditions;")
    lettered(doc, "h", "Committee members requested sight of the draft service specification before the "
             "tender was published. The Head of Commissioning and Procurement said that this would be "
             "circulated to all members of the Committee by the end of July.")
    para(doc, "Resolved to")
    lettered(doc, "1", "note the proposed model for the recommissioning of home care services;")
    lettered(doc, "2", "recommend to the Executive Board that the option of expanding the in-house "
             "reablement service is fully costed before a decision on the procurement is taken; and")
    lettered(doc, "3", "request that the draft service specification is circulated to Committee members.")
    # 23
    item_heading(doc, "23", "Community Mental Health Transformation - Update")
    para(doc, "Dr Anita Sandhu, Director of Mental Health Transformation, NHS Trent Valley Integrated "
              "Care Board (ICB), presented the report and highlighted the following points:")
    lettered(doc, "a", "four neighbourhood mental health hubs have opened since October 2024, offering "
             "drop-in support without a referral, with a fifth hub due to open in the Meadows area in "
             "September;")
    lettered(doc, "b", "the hubs are staffed jointly by the mental health trust and voluntary sector "
             "partners, and saw 2,310 people in their first six months;")
    lettered(doc, "c", "out of area placements for acute mental health beds have fallen from 38 to 9 "
             "over the year.")
    para(doc, "The following points were raised during the discussion which followed:")
    lettered(doc, "d", "Committee members asked about waiting times for psychological therapies and were "
             "told that 62% of people now started treatment within six weeks, against a national "
             "standard of 75%, and that additional therapists were being recruited through the trainee "
             "programme;")
    lettered(doc, "e", "a member asked how the voluntary sector partners delivering the hubs had been "
             "selected; it was explained that the ICB had run a grants process jointly with the Council "
             "and that three-year agreements had been awarded to five local organisations;")
    lettered(doc, "f", "concern was raised that people with a dual diagnosis of mental illness and "
             "substance misuse continued to be passed between services; the Committee was assured that "
             "a joint protocol between the mental health trust and the drug and alcohol service had been "
             "agreed in April;")
    lettered(doc, "g", "the Chair asked for the ICB to return with outcome data once the hubs had been "
             "open for a full year.")
    para(doc, "Resolved to note the update on community mental health transformation.")
    # 24
    item_heading(doc, "24", "Substance Misuse Treatment Services")
    para(doc, "Dr Rohan Mistry, Director of Public Health, presented the report and highlighted the "
              "following points:")
    lettered(doc, "a", "the integrated drug and alcohol treatment service is delivered under contract by "
             "Pathways Recovery CIC, and the number of adults in treatment has risen by 14% since 2022;")
    lettered(doc, "b", "it is proposed to use the two-year extension clause in the contract, taking it to "
             "March 2028;")
    lettered(doc, "c", "the service is funded from the public health grant together with the national "
             "Drug and Alcohol Treatment and Recovery Improvement Grant.")
    para(doc, "The following points were raised during the discussion which followed:")
    lettered(doc, "d", "Committee members asked about the decision to extend the contract rather than "
             "re-tender it and were told that a re-tender during the roll-out of the national drug "
             "strategy funding would risk disruption to people in treatment;")
    lettered(doc, "e", "in response to a question about the reduction in the public health grant, it was "
             "explained that the grant had increased by 3.1% in cash terms for 2025/26 but had fallen by "
             "around a quarter in real terms since 2015;")
    lettered(doc, "f", "concern was raised about the number of drug-related deaths in the city, which had "
             "risen for a third successive year; the Committee was assured that naloxone was now being "
             "offered to every person leaving prison and to hostel residents.")
    para(doc, "Resolved to")
    lettered(doc, "1", "note the performance of substance misuse treatment services; and")
    lettered(doc, "2", "request a further report on drug-related deaths, including the findings of the "
             "local review, to the meeting in January 2026.")
    # 25
    item_heading(doc, "25", "Work Programme")
    para(doc, "The Chair presented the Committee's work programme for the 2025/26 municipal year.")
    para(doc, "Resolved to note the work programme.")
    pin_docx(doc, path)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-06-19",
    "items": [
        {"number": "18", "title": "Apologies for absence"},
        {"number": "19", "title": "Declarations of interests"},
        {"number": "20", "title": "Minutes"},
        {"number": "21", "title": "Adult Social Care Workforce Strategy"},
        {"number": "22", "title": "Recommissioning of Home Care Services"},
        {"number": "23", "title": "Community Mental Health Transformation - Update"},
        {"number": "24", "title": "Substance Misuse Treatment Services"},
        {"number": "25", "title": "Work Programme"},
    ],
    "questions": [
        {"item": "21", "kind": "question",
         "text": "Committee members asked about the pay of care workers employed by commissioned providers",
         "asked_by": None,
         "answer": "the Council had uplifted its hourly rate to providers by 6.8% for 2025/26",
         "given_by": None, "themes": ["workforce", "finance", "subcontracting", "adult-social-care"]},
        {"item": "21", "kind": "question",
         "text": "in response to a question about the likely impact of the visa changes",
         "asked_by": None,
         "answer": "providers who had relied on sponsored workers were being supported through a regional retention fund",
         "given_by": None, "themes": ["workforce", "adult-social-care"]},
        {"item": "21", "kind": "concern",
         "text": "concern was raised that the Strategy said little about unpaid carers",
         "asked_by": None,
         "answer": "a separate Carers Strategy would be brought to the Committee in the autumn",
         "given_by": None, "themes": ["adult-social-care", "workforce"]},
        {"item": "21", "kind": "question",
         "text": "a member asked whether the reduction in agency social workers had affected waiting times",
         "asked_by": None,
         "answer": "the number of people waiting for an assessment had fallen from 612 to 388",
         "given_by": "The Director of Adult Social Care", "themes": ["workforce", "adult-social-care"]},
        {"item": "21", "kind": "request",
         "text": "future updates include data on the proportion of care workers on zero-hours contracts",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
        {"item": "22", "kind": "concern",
         "text": "asked about the risk of handing whole zones to large national companies",
         "asked_by": None,
         "answer": "the tender had been structured in lots so that small local providers could bid",
         "given_by": None, "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "22", "kind": "question",
         "text": "a member questioned whether a larger in-house service would be more expensive",
         "asked_by": None,
         "answer": "the in-house reablement service cost around 9% more per hour",
         "given_by": None, "themes": ["privatisation", "finance", "subcontracting", "adult-social-care"]},
        {"item": "22", "kind": "concern",
         "text": "concern was raised that the consultation had been carried out mainly online",
         "asked_by": None,
         "answer": "96 responses had been gathered face to face or by telephone",
         "given_by": None, "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "22", "kind": "question",
         "text": "a question about what would happen to staff employed by outgoing providers",
         "asked_by": None,
         "answer": "TUPE was likely to apply in most cases",
         "given_by": None, "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "22", "kind": "request",
         "text": "Committee members requested sight of the draft service specification before the tender was published",
         "asked_by": None,
         "answer": "this would be circulated to all members of the Committee by the end of July",
         "given_by": "The Head of Commissioning and Procurement",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "23", "kind": "question",
         "text": "Committee members asked about waiting times for psychological therapies",
         "asked_by": None,
         "answer": "62% of people now started treatment within six weeks",
         "given_by": None, "themes": ["mental-health", "workforce"]},
        {"item": "23", "kind": "question",
         "text": "a member asked how the voluntary sector partners delivering the hubs had been selected",
         "asked_by": None,
         "answer": "three-year agreements had been awarded to five local organisations",
         "given_by": None, "themes": ["subcontracting", "mental-health"]},
        {"item": "23", "kind": "concern",
         "text": "people with a dual diagnosis of mental illness and substance misuse continued to be passed",
         "asked_by": None,
         "answer": "a joint protocol between the mental health trust and the drug and alcohol service",
         "given_by": None, "themes": ["mental-health", "public-health", "integration"]},
        {"item": "23", "kind": "request",
         "text": "the Chair asked for the ICB to return with outcome data",
         "asked_by": "the Chair", "answer": None, "given_by": None,
         "themes": ["mental-health"]},
        {"item": "24", "kind": "question",
         "text": "Committee members asked about the decision to extend the contract rather than re-tender it",
         "asked_by": None,
         "answer": "would risk disruption to people in treatment",
         "given_by": None, "themes": ["subcontracting", "public-health"]},
        {"item": "24", "kind": "question",
         "text": "a question about the reduction in the public health grant",
         "asked_by": None,
         "answer": "the grant had increased by 3.1% in cash terms for 2025/26",
         "given_by": None, "themes": ["finance", "public-health"]},
        {"item": "24", "kind": "concern",
         "text": "concern was raised about the number of drug-related deaths in the city",
         "asked_by": None,
         "answer": "naloxone was now being offered to every person leaving prison and to hostel residents",
         "given_by": None, "themes": ["public-health"]},
    ],
    "resolutions": [
        {"item": "20", "text": "confirmed the minutes of the meeting held on 15 May 2025 as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "21", "text": "note the Adult Social Care Workforce Strategy 2025-2028 and the progress made",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "22", "text": "recommend to the Executive Board that the option of expanding the in-house reablement service",
         "outcome": "recommended", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "23", "text": "Resolved to note the update on community mental health transformation",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "24", "text": "request a further report on drug-related deaths, including the findings of the local review",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "25", "text": "Resolved to note the work programme",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Sarah Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Dev Malhotra", "role": "Vice Chair", "attendance": "present"},
        {"name": "Councillor Helen Brierley", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Ashworth", "role": None, "attendance": "present"},
        {"name": "Councillor Nadia Rahman", "role": None, "attendance": "present"},
        {"name": "Councillor Graham Pell", "role": None, "attendance": "present"},
        {"name": "Councillor Lucy Fenwick", "role": None, "attendance": "present"},
        {"name": "Councillor Paul Dunmore", "role": None, "attendance": "absent"},
        {"name": "Councillor Kerry Whitlam", "role": None, "attendance": "apologies"},
        {"name": "Councillor Imran Qureshi", "role": None, "attendance": "apologies"},
    ] + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in IN_ATT],
}


# ---------------------------------------------------------------- document 2
def build_doc2(path):
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Health and Wellbeing Board - 23 July 2025  |  Page ").font.size = Pt(8)
    add_page_field(fp)

    para(doc, "Health and Wellbeing Board", bold=True, justify=False, size=14)
    para(doc, "23 July 2025", justify=False)
    rows = [
        ("Report title:", "Joint Health and Wellbeing Strategy 2022-2025: annual progress report"),
        ("Report author:", "Priya Wendover, Consultant in Public Health, Trentbridge City Council"),
        ("Report sponsor:", "Dr Rohan Mistry, Director of Public Health"),
        ("Report author and contact details:", "priya.wendover@trentbridgecity.gov.example\n0115 000 4417"),
        ("Is this a key decision?", "No"),
        ("Wards affected:", "All"),
        ("Report summary:", "This report sets out progress in the third and final year of the Joint Health "
         "and Wellbeing Strategy 2022-2025 against its four priorities, and the proposed approach to "
         "developing the successor strategy."),
        ("Recommendation(s):", "The Board is asked to:\n1) note the progress made against the four "
         "priorities of the Strategy;\n2) endorse the approach to developing the Strategy for 2026-2029."),
        ("Contribution to Joint Health and Wellbeing Strategy:", "Direct - this report is the annual "
         "review of the Strategy."),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
        cells[0].width = Cm(5.5)
        cells[1].width = Cm(11.0)
    doc.add_paragraph()

    def heading(txt):
        p = para(doc, txt, bold=True, justify=False)
        p.paragraph_format.space_before = Pt(12)

    heading("1. Reasons for recommendations")
    para(doc, "1.1 The Board has a statutory duty to prepare a Joint Health and Wellbeing Strategy and to "
              "keep it under review. This annual report allows the Board to hold partners to account for "
              "delivery of the agreed priorities.")
    heading("2. Background")
    para(doc, "2.1 The Strategy was agreed in March 2022 following consultation with residents, the "
              "voluntary and community sector and Healthwatch Trentbridge. It has four priorities: "
              "smoking and tobacco control; eating and moving for good health; severe multiple "
              "disadvantage; and financial wellbeing.")
    para(doc, "2.2 Each priority has a senior responsible officer drawn from a Board member organisation "
              "and an action plan monitored quarterly by the Health and Wellbeing Board Commissioning "
              "Sub-Committee.")
    heading("3. Progress against the priorities")
    para(doc, "3.1 Smoking and tobacco control. Adult smoking prevalence in the city fell from 19.6% in "
              "2021 to 16.1% in 2024, narrowing but not closing the gap with England (11.9%). The "
              "tobacco dependency treatment service now operates on every adult inpatient ward at "
              "Trentbridge University Hospitals, and 1,146 people set a quit date through the community "
              "stop smoking service in 2024/25.")
    para(doc, "3.2 Eating and moving for good health. The proportion of Year 6 children living with "
              "obesity was 27.4% in 2023/24, unchanged from the baseline. Healthy Start uptake has "
              "increased to 71% following targeted work through family hubs. This priority remains off "
              "track.")
    para(doc, "3.3 Severe multiple disadvantage. The Changing Futures programme has supported 214 people "
              "experiencing homelessness, substance misuse, mental ill health and contact with the "
              "criminal justice system. Navigators are now co-located in two hostels.")
    para(doc, "3.4 Financial wellbeing. Welfare rights advice has been embedded in 17 GP practices, "
              "generating an estimated £2.3 million in additional benefit income for patients in 2024/25.")
    heading("4. Developing the next Strategy")
    para(doc, "4.1 It is proposed that the 2026-2029 Strategy is built on the refreshed Joint Strategic "
              "Needs Assessment and on a programme of community conversations led by Healthwatch "
              "Trentbridge between September and November 2025. A draft will be presented to the Board "
              "in January 2026.")
    heading("5. Financial implications")
    para(doc, "5.1 There are no direct financial implications arising from this report. Actions within "
              "the Strategy are funded from partners' existing budgets, including the public health "
              "grant.")
    heading("6. Legal implications")
    para(doc, "6.1 The Board's duties are set out in sections 116A and 195 of the Local Government and "
              "Public Involvement in Health Act 2007 and the Health and Social Care Act 2012.")
    heading("7. Equality Impact Assessment")
    para(doc, "7.1 An Equality Impact Assessment is not required as this report does not propose any new "
              "or changed policy or service.")
    heading("8. Background papers")
    para(doc, "8.1 Joint Health and Wellbeing Strategy 2022-2025; Health and Wellbeing Board minutes, "
              "24 July 2024.")
    pin_docx(doc, path)


GOLD2 = {"document": DOC2, "doc_type": "report"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    s = s.replace("_", " ")
    return " ".join(s.split())


def docx_text(path):
    d = Document(path)
    parts = []
    for blk in d.element.body.iter():
        if blk.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in blk.iter(qn("w:t"))))
    return "\n".join(parts)


def check():
    ok = True
    for gname in sorted(os.listdir(GOLD)):
        if not gname.startswith("gv-"):
            continue
        g = json.load(open(os.path.join(GOLD, gname)))
        path = os.path.join(DOCS, g["document"])
        text = " " + norm(docx_text(path)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gname} {kind} count={c} words={n}: {ph}")
        print(f"{gname}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
