#!/usr/bin/env python3
"""Build the "bp-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bp.py          build documents and gold
       build_bp.py --check  verify gold phrases occur verbatim and uniquely
"""
import datetime
import html
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 7, 2, 9, 30, 0)

DOCX_NAME = "bp-harbridge-health-adults-scrutiny-sub-committee-2025-06-17.docx"
HTML_NAME = "bp-kelsford-scrutiny-review-hospital-discharge-final-report.html"

# ---------------------------------------------------------------------------
# Document 1: London borough HASSC minutes in a borderless 2-column table
# ---------------------------------------------------------------------------

ATTEND_COUNCILLORS = [
    "Councillor Helen Mabry (Chair)",
    "Councillor Desmond Achterberg (Vice-Chair)",
    "Councillor Amara Begum",
    "Councillor Tomasz Wielgosz",
    "Councillor Patience Okafor",
    "Councillor Rhys Penhallow (substituting for Councillor Jean Devereux)",
]
ATTEND_COOPTEES = [
    "Sarah Lindqvist – Healthwatch Harbridge",
    "Reverend Colin Attwater – Harbridge Pensioners' Forum (non-voting)",
]
ATTEND_OFFICERS = [
    "Marcus Adeyemi – Corporate Director, Adults, Health and Commissioning",
    "Dr Fiona Gallacher – Director of Public Health",
    "Lorraine Petit – Director of Adult Social Care",
    "Ben Oduya – Head of Strategic Commissioning and Contract Management (Adults)",
    "Kirsty Hallam – Scrutiny Policy Officer",
    "Joseph Nwachukwu – Democratic Services Officer",
]
ATTEND_ALSO = [
    "Angela Ferris – Director of Nursing, Harbridge and Lea Valley Hospitals NHS Trust",
    "Dr Sunil Raghavan – Borough Director (Harbridge), North Thames Integrated Care Board",
]

# items: (number, title, list of blocks); block = ("p", text) | ("sub", text)
# | ("num", text) | ("res", None)
ITEMS = [
    ("1.", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Councillor Jean Devereux, "
              "for whom Councillor Rhys Penhallow attended as substitute, and from "
              "Councillor Gareth Moy. Apologies for lateness were received from "
              "Councillor Patience Okafor."),
    ]),
    ("2.", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS", [
        ("p", "Councillor Patience Okafor declared a non-pecuniary interest in item 4 as "
              "she is employed as a staff nurse by Harbridge and Lea Valley Hospitals NHS "
              "Trust. She remained in the meeting and took part in the discussion. There "
              "were no other declarations."),
    ]),
    ("3.", "MINUTES OF THE PREVIOUS MEETING", [
        ("p", "The minutes of the meeting held on 8 April 2025 were considered. The Chair "
              "noted that the action on dementia diagnosis rates had been completed and "
              "circulated to Members by email."),
        ("res", None),
        ("p", "1. That the minutes of the meeting held on 8 April 2025 be agreed as a "
              "correct record and signed by the Chair."),
    ]),
    ("4.", "HOSPITAL DISCHARGE AND THE HOME FIRST REABLEMENT CONTRACT", [
        ("p", "Lorraine Petit, Director of Adult Social Care, introduced the report, which "
              "set out performance in the first year of the Home First discharge to assess "
              "service. The reablement element had been outsourced in April 2024 to "
              "Carewell Partners Ltd under a three-year contract worth £4.2 million, with "
              "an option to extend for a further two years. Angela Ferris, Director of "
              "Nursing at the Trust, described the pressures on the acute wards over the "
              "winter, when an average of 61 patients a day had no criteria to reside."),
        ("sub", "Questions and comments from Members"),
        ("num", "4.1\tCouncillor Amara Begum asked how many people discharged through Home "
                "First had been readmitted to hospital within thirty days. The Director "
                "responded that the readmission rate was 11.4 per cent, slightly above the "
                "London average, and that a deep-dive audit of readmissions was under way "
                "with the Trust."),
        ("num", "4.2\tCouncillor Tomasz Wielgosz questioned why the reablement service had "
                "been contracted out rather than kept in-house, and whether the contractor "
                "was meeting its key performance indicators. The Director responded that "
                "the provider had met eight of its eleven indicators, and that the three "
                "missed indicators all related to the time taken to start a package of "
                "care after discharge."),
        ("num", "4.3\tCouncillor Desmond Achterberg sought clarification on what financial "
                "penalties the contract allowed the Council to apply for missed "
                "indicators. The Director responded that service credits of up to five "
                "per cent of the monthly payment could be applied, and that £38,000 had "
                "been withheld in the last quarter."),
        ("num", "4.4\tSarah Lindqvist (Healthwatch Harbridge) expressed concern that families "
                "were often told about a discharge on the morning it happened and had no "
                "chance to prepare the home. The Director of Nursing responded that the "
                "Trust was introducing an estimated date of discharge on every ward, to be "
                "shared with families within 48 hours of admission."),
        ("num", "4.5\tCouncillor Helen Mabry requested that the Sub-Committee receive the "
                "findings of the readmissions audit and the Carewell performance dashboard "
                "before any decision on extending the contract was taken."),
        ("res", None),
        ("p", "1. That the report and the performance of the Home First service be noted."),
        ("p", "2. That the Director of Adult Social Care report the readmissions audit "
              "findings to the November meeting of the Sub-Committee."),
        ("p", "3. That the Sub-Committee be consulted before any decision to extend the "
              "Carewell Partners contract beyond March 2027."),
    ]),
    ("5.", "ADULT SOCIAL CARE WORKFORCE: RECRUITMENT AND RETENTION", [
        ("p", "Marcus Adeyemi, Corporate Director, Adults, Health and Commissioning, "
              "presented an update on the adult social care workforce strategy. The "
              "vacancy rate among the Council's own social workers had fallen from 19 to "
              "14 per cent, but turnover among care workers employed by commissioned home "
              "care agencies remained above 30 per cent."),
        ("sub", "Questions and comments from Members"),
        ("num", "5.1\tCouncillor Rhys Penhallow asked whether the Council required its home "
                "care providers to pay the London Living Wage and how this was checked. The "
                "Director responded that payment of the London Living Wage was a condition "
                "of every home care contract and was verified through annual open-book "
                "reviews of payroll records."),
        ("num", "5.2\tCouncillor Patience Okafor queried how much the Council was spending "
                "on agency social workers and whether this had reduced over the year. The "
                "Director responded that agency spend had fallen from £3.1 million to £2.3 "
                "million, and that twelve newly qualified social workers had joined "
                "through the assessed and supported year programme."),
        ("num", "5.3\tReverend Colin Attwater commented that older residents valued seeing "
                "the same carer each visit and that continuity of care should be measured "
                "and reported to Members."),
    ]),
    ("6.", "COMMUNITY MENTAL HEALTH TRANSFORMATION", [
        ("p", "Dr Sunil Raghavan, Borough Director for the North Thames Integrated Care "
              "Board, presented the update on the community mental health transformation "
              "programme, under which neighbourhood mental health teams were being joined "
              "up with primary care networks in each of the borough's four localities."),
        ("sub", "Questions and comments from Members"),
        ("num", "6.1\tCouncillor Amara Begum asked how long residents were currently waiting "
                "for a first appointment with the neighbourhood mental health teams. The "
                "Borough Director responded that the median wait was six weeks against a "
                "target of four, and that the longest waits were in the Eastfields "
                "locality."),
        ("num", "6.2\tCouncillor Tomasz Wielgosz expressed concern that the voluntary sector "
                "partners delivering peer support had only been given one-year grants. The "
                "Borough Director responded that the ICB intended to move those partners to "
                "three-year agreements from April 2026, subject to its financial plan."),
        ("num", "6.3\tCouncillor Desmond Achterberg asked how service users had been involved "
                "in redesigning the pathway. The Director of Public Health responded that a "
                "lived experience panel of fourteen residents had co-produced the new "
                "referral form and the crisis plan template."),
        ("res", None),
        ("p", "1. That the Sub-Committee recommends to Cabinet that the Council and the "
              "ICB jointly seek three-year funding for voluntary sector mental health "
              "peer support from April 2026."),
    ]),
    ("7.", "RECOMMISSIONING OF NURSING HOME BLOCK CONTRACTS", [
        ("p", "Ben Oduya, Head of Strategic Commissioning and Contract Management (Adults), "
              "introduced the report on the proposed procurement of 120 block-contracted "
              "nursing home beds, to replace spot purchasing which had cost an average of "
              "£1,480 a week per placement in 2024/25."),
        ("sub", "Questions and comments from Members"),
        ("num", "7.1\tCouncillor Patience Okafor asked what share of the borough's nursing "
                "home beds were run by private equity owned operators. The Director "
                "responded that around sixty per cent of beds were owned by three large "
                "private groups, and that financial checks would form part of the tender "
                "evaluation."),
        ("num", "7.2\tCouncillor Helen Mabry asked whether the quality ratings of homes "
                "would be weighted in awarding the contracts. The Director responded that "
                "no home rated inadequate by the Care Quality Commission would be eligible, "
                "and that quality would carry sixty per cent of the evaluation score."),
        ("res", None),
        ("p", "1. That the Sub-Committee endorses the proposed procurement approach for "
              "nursing home block contracts, subject to a minimum quality weighting of sixty "
              "per cent."),
    ]),
    ("8.", "WORK PROGRAMME 2025/26", [
        ("p", "The Sub-Committee considered its draft work programme for 2025/26. There was "
              "no discussion."),
        ("res", None),
        ("p", "1. That the draft work programme for 2025/26 be agreed, with the "
              "readmissions audit added to the November meeting."),
    ]),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adults Scrutiny Sub-Committee",
    "meeting_date": "2025-06-17",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "how many people discharged through Home First had been readmitted to hospital",
         "asked_by": "Councillor Amara Begum",
         "answer": "the readmission rate was 11.4 per cent, slightly above the London average",
         "given_by": "Director", "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "why the reablement service had been contracted out rather than kept in-house",
         "asked_by": "Councillor Tomasz Wielgosz",
         "answer": "the provider had met eight of its eleven indicators",
         "given_by": "Director",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "what financial penalties the contract allowed the Council to apply for missed",
         "asked_by": "Councillor Desmond Achterberg",
         "answer": "service credits of up to five per cent of the monthly payment",
         "given_by": "Director",
         "themes": ["subcontracting", "finance", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "families were often told about a discharge on the morning it happened",
         "asked_by": "Sarah Lindqvist (Healthwatch Harbridge)",
         "answer": "the Trust was introducing an estimated date of discharge on every ward",
         "given_by": "Director of Nursing",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "4", "kind": "request",
         "text": "receive the findings of the readmissions audit and the Carewell performance dashboard",
         "asked_by": "Councillor Helen Mabry", "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "required its home care providers to pay the London Living Wage",
         "asked_by": "Councillor Rhys Penhallow",
         "answer": "was a condition of every home care contract and was verified",
         "given_by": "Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "how much the Council was spending on agency social workers",
         "asked_by": "Councillor Patience Okafor",
         "answer": "agency spend had fallen from £3.1 million to £2.3 million",
         "given_by": "Director",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "5", "kind": "comment",
         "text": "older residents valued seeing the same carer each visit and that continuity",
         "asked_by": "Reverend Colin Attwater", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "how long residents were currently waiting for a first appointment",
         "asked_by": "Councillor Amara Begum",
         "answer": "the median wait was six weeks against a target of four",
         "given_by": "Borough Director", "themes": ["mental-health"]},
        {"item": "6", "kind": "concern",
         "text": "voluntary sector partners delivering peer support had only been given one-year grants",
         "asked_by": "Councillor Tomasz Wielgosz",
         "answer": "the ICB intended to move those partners to three-year agreements",
         "given_by": "Borough Director",
         "themes": ["mental-health", "subcontracting", "finance"]},
        {"item": "6", "kind": "question",
         "text": "how service users had been involved in redesigning the pathway",
         "asked_by": "Councillor Desmond Achterberg",
         "answer": "a lived experience panel of fourteen residents had co-produced the new referral form",
         "given_by": "Director of Public Health",
         "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "nursing home beds were run by private equity owned operators",
         "asked_by": "Councillor Patience Okafor",
         "answer": "around sixty per cent of beds were owned by three large private groups",
         "given_by": "Director",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "whether the quality ratings of homes would be weighted in awarding the contracts",
         "asked_by": "Councillor Helen Mabry",
         "answer": "no home rated inadequate by the Care Quality Commission would be eligible",
         "given_by": "Director",
         "themes": ["subcontracting", "governance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 8 April 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "That the report and the performance of the Home First service be noted",
         "outcome": "noted", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "text": "the Sub-Committee recommends to Cabinet that the Council and the ICB",
         "outcome": "recommended",
         "themes": ["mental-health", "subcontracting", "finance", "integration"]},
        {"item": "7", "text": "endorses the proposed procurement approach for nursing home block contracts",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "8", "text": "That the draft work programme for 2025/26 be agreed",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Helen Mabry", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Desmond Achterberg", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Amara Begum", "role": None, "attendance": "present"},
        {"name": "Councillor Tomasz Wielgosz", "role": None, "attendance": "present"},
        {"name": "Councillor Patience Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Rhys Penhallow", "role": "substituting for Councillor Jean Devereux",
         "attendance": "present"},
        {"name": "Sarah Lindqvist", "role": "Healthwatch Harbridge", "attendance": "present"},
        {"name": "Reverend Colin Attwater", "role": "Harbridge Pensioners' Forum (non-voting)",
         "attendance": "present"},
        {"name": "Marcus Adeyemi", "role": "Corporate Director, Adults, Health and Commissioning",
         "attendance": "in_attendance"},
        {"name": "Dr Fiona Gallacher", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Lorraine Petit", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Ben Oduya",
         "role": "Head of Strategic Commissioning and Contract Management (Adults)",
         "attendance": "in_attendance"},
        {"name": "Kirsty Hallam", "role": "Scrutiny Policy Officer", "attendance": "in_attendance"},
        {"name": "Joseph Nwachukwu", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Angela Ferris",
         "role": "Director of Nursing, Harbridge and Lea Valley Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Sunil Raghavan",
         "role": "Borough Director (Harbridge), North Thames Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Councillor Jean Devereux", "role": None, "attendance": "apologies"},
        {"name": "Councillor Gareth Moy", "role": None, "attendance": "apologies"},
    ],
}


def _page_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.text = "London Borough of Harbridge\tHealth and Adults Scrutiny Sub-Committee\t17 June 2025"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _page_field(r, "PAGE")
    r = fp.add_run("\t\tChair's initials ........"); r.font.size = Pt(8)

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("LONDON BOROUGH OF HARBRIDGE"); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("MINUTES OF THE MEETING OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE")
    r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("HELD AT 6.30 P.M. ON TUESDAY, 17 JUNE 2025\n"
              "COMMITTEE ROOM 2, HARBRIDGE TOWN HALL, 40 MARKET PARADE, LONDON E17")

    def label(text):
        p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.underline = True
        p.paragraph_format.space_before = Pt(8)

    label("Councillors present:")
    for n in ATTEND_COUNCILLORS:
        doc.add_paragraph(n).paragraph_format.space_after = Pt(0)
    label("Co-optees present:")
    for n in ATTEND_COOPTEES:
        doc.add_paragraph(n).paragraph_format.space_after = Pt(0)
    label("Officers present:")
    for n in ATTEND_OFFICERS:
        doc.add_paragraph(n).paragraph_format.space_after = Pt(0)
    label("Also present:")
    for n in ATTEND_ALSO:
        doc.add_paragraph(n).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    for num, title, blocks in ITEMS:
        row = table.add_row()
        c0, c1 = row.cells
        c0.width = Cm(1.3); c1.width = Cm(15.3)
        p0 = c0.paragraphs[0]; r = p0.add_run(num); r.bold = True
        p1 = c1.paragraphs[0]; r = p1.add_run(title); r.bold = True
        for kind, text in blocks:
            if kind == "res":
                p = c1.add_paragraph(); r = p.add_run("RESOLVED"); r.bold = True
            elif kind == "sub":
                p = c1.add_paragraph(); r = p.add_run(text); r.bold = True; r.italic = True
            elif kind == "num":
                p = c1.add_paragraph(text)
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                p = c1.add_paragraph(text)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        c1.add_paragraph()

    doc.add_paragraph("The meeting ended at 8.52 p.m.")
    doc.add_paragraph("Chair, Councillor Helen Mabry\nHealth and Adults Scrutiny Sub-Committee")

    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = "HASSC minutes 17 June 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps so the build is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 7, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# Document 2: scrutiny review final report web page (not minutes)
# ---------------------------------------------------------------------------

RECS = [
    "The Council and North Thames ICB should publish a single discharge dashboard each month, "
    "showing delays by reason and by ward, and present it to the Health Scrutiny Committee twice a year.",
    "Every patient and their family should receive an estimated date of discharge in writing within "
    "48 hours of admission, together with a named contact on the ward.",
    "The Council should review the Home First reablement contract before any extension is agreed, "
    "including whether reablement should be brought back in-house.",
    "Care home and home care providers should be paid for the first three days of a new care "
    "package even where the start is delayed by the hospital, to keep capacity available.",
    "The Cabinet Member for Adult Social Care should set out a costed plan to reduce reliance on "
    "agency staff in the hospital social work team by March 2027.",
    "The transfer of care hub should include housing options officers on site five days a week, "
    "so that people who are homeless or in unsuitable homes are not stuck on wards.",
    "Unpaid carers should be offered a carer's assessment before the person they care for "
    "leaves hospital, and the offer should be recorded on the discharge summary.",
    "Healthwatch Kelsford should be commissioned to repeat its discharge experience survey in "
    "2026 so that the Committee can judge whether these recommendations have made a difference.",
]

HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Scrutiny review: Leaving hospital well – final report | Royal Borough of Kelsford</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/kelsford.min.css">
</head>
<body class="page-report">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container">
<a href="/" class="logo">Royal Borough of Kelsford</a>
<nav aria-label="Main"><ul><li><a href="/council">Council and democracy</a></li>
<li><a href="/council/scrutiny">Scrutiny</a></li><li><a href="/council/scrutiny/reviews">Scrutiny reviews</a></li></ul></nav>
</div></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
<li><a href="/council/scrutiny">Scrutiny</a></li><li>Leaving hospital well</li></ol></nav>
<main id="main" class="container">
<h1>Scrutiny review: final report – Leaving hospital well</h1>
<p class="lede">A review of hospital discharge for adults in Kelsford by the Health Scrutiny Committee, 2024/25.</p>
<div class="notice notice--info" role="note">
<h2>Cabinet response due</h2>
<p>This report was agreed by the Health Scrutiny Committee on 3 June 2025 and referred to Cabinet.
Under the Council's scrutiny procedure rules, the Cabinet response is due within two months, at the
Cabinet meeting on <strong>4 August 2025</strong>. North Thames Integrated Care Board has been asked to
respond to recommendations 1, 2 and 6 by the same date.</p>
</div>
<aside class="toc"><h2>Contents</h2><ol>
<li><a href="#foreword">Chair's foreword</a></li>
<li><a href="#ch1">1. Why we carried out this review</a></li>
<li><a href="#ch2">2. How we gathered evidence</a></li>
<li><a href="#ch3">3. What we found</a></li>
<li><a href="#ch4">4. Our recommendations</a></li>
<li><a href="#next">What happens next</a></li></ol></aside>

<section id="foreword"><h2>Chair's foreword</h2>
<p>Nobody wants to stay in hospital longer than they need to. Yet on an average day last winter more than
seventy Kelsford residents who were medically fit to go home were still on a ward at St Aldhelm's Hospital.
Behind each of those numbers is a person losing strength and confidence, and a family left waiting.
We heard from patients, carers, nurses, social workers and care providers, and I want to thank all of
them for their honesty.</p>
<p>– Councillor Miriam Osei-Bonsu, Chair of the Health Scrutiny Committee and of the review group</p>
</section>

<section id="ch1"><h2>1. Why we carried out this review</h2>
<p>Delayed discharge was the issue raised most often by residents in the Committee's 2024 work programme
survey. Kelsford's rate of delayed days per 100,000 adults was the third highest in London in the year to
March 2024, and the Council's spending on short-term residential placements after discharge rose by
27 per cent over two years.</p>
<p>The review group's terms of reference were to understand why people wait, to test whether the
Home First reablement service commissioned in 2023 is working, and to hear directly from people with
recent experience of leaving hospital.</p>
<p>The review group was Councillors Miriam Osei-Bonsu (Chair), Graham Tillotson, Yvette Sandoval and
Harjit Bains, with Alison Crewe of Healthwatch Kelsford as a co-opted member.</p>
</section>

<section id="ch2"><h2>2. How we gathered evidence</h2>
<p>The group held four evidence sessions between October 2024 and February 2025, visited the transfer
of care hub and two wards, and considered a survey of 212 patients and carers carried out by Healthwatch
Kelsford.</p>
<table class="evidence">
<caption>Evidence sessions and witnesses</caption>
<thead><tr><th scope="col">Session</th><th scope="col">Date</th><th scope="col">Witnesses</th></tr></thead>
<tbody>
<tr><td>1. The discharge pathway</td><td>15 October 2024</td><td><ul>
<li>Paul Brennan – Director of Adult Social Care, Royal Borough of Kelsford</li>
<li>Dr Nadia Khoury – Chief Operating Officer, St Aldhelm's Hospital NHS Foundation Trust</li>
<li>Janet Awolowo – Head of Integrated Discharge, St Aldhelm's Hospital</li></ul></td></tr>
<tr><td>2. Reablement and home care</td><td>19 November 2024</td><td><ul>
<li>Simon Reyes – Head of Commissioning (Adults), Royal Borough of Kelsford</li>
<li>Tamsin Hale – Registered Manager, Brightpath Reablement Ltd</li>
<li>Representatives of the Kelsford Homecare Providers' Association</li></ul></td></tr>
<tr><td>3. Patients and carers</td><td>14 January 2025</td><td><ul>
<li>Alison Crewe – Manager, Healthwatch Kelsford</li>
<li>Six residents and three unpaid carers (names withheld at their request)</li>
<li>Kelsford Carers' Centre</li></ul></td></tr>
<tr><td>4. The system view</td><td>11 February 2025</td><td><ul>
<li>Rebecca Thorne – Place Director (Kelsford), North Thames Integrated Care Board</li>
<li>Councillor David Marchetti – Cabinet Member for Adult Social Care and Health</li>
<li>Mark Ellery – Head of Housing Options, Royal Borough of Kelsford</li></ul></td></tr>
</tbody></table>
</section>

<section id="ch3"><h2>3. What we found</h2>
<h3>Finding 1: Too many people wait for a package of care to start</h3>
<p>Just under half of all delays were people waiting for home care or reablement to begin. Providers
told us they cannot hold staff in reserve when start dates slip, so capacity is lost whenever a
discharge is postponed.</p>
<h3>Finding 2: Families are told too late</h3>
<p>In the Healthwatch survey, 58 per cent of carers said they learned of the discharge date on the day
itself or the day before. Several described coming home to find no food in the house and the heating off.</p>
<h3>Finding 3: The reablement contract is not yet delivering</h3>
<p>Brightpath Reablement met six of its ten key performance indicators in 2024/25. Officers could not
yet tell us whether the outsourced model offered better value than the in-house service it replaced.</p>
<h3>Finding 4: Workforce gaps drive delay</h3>
<p>The hospital social work team had a 24 per cent vacancy rate and relied on agency social workers for
almost a third of its assessments, at a cost of £1.1 million in 2024/25.</p>
<h3>Finding 5: Housing is a hidden cause of delay</h3>
<p>Around one in twelve delayed patients had no safe home to return to, and housing options advice was
only available on the wards by referral.</p>
<h3>Finding 6: Carers are an afterthought</h3>
<p>Only 9 per cent of carers surveyed had been offered a carer's assessment before discharge.</p>
</section>

<section id="ch4"><h2>4. Our recommendations</h2>
<ol class="recommendations">
{recs}
</ol>
</section>

<section id="next"><h2>What happens next</h2>
<p>The Cabinet response will be published with the Cabinet papers for 4 August 2025. The Health Scrutiny
Committee will review progress against each recommendation six months and twelve months after the
Cabinet response.</p>
<p><a href="/downloads/leaving-hospital-well-final-report.pdf">Download the full report (PDF, 1.8MB)</a> ·
<a href="/downloads/leaving-hospital-well-easy-read.pdf">Easy read summary (PDF, 640KB)</a></p>
</section>
<p class="last-updated">Page last updated: 5 June 2025</p>
</main>
<footer class="site-footer"><div class="container">
<p>Royal Borough of Kelsford, Civic Centre, Weyman Road, London SE27</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/contact">Contact us</a></li></ul></div></footer>
</body>
</html>
"""

HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "report",
    "committee": "Health Scrutiny Committee",
    "themes": ["adult-social-care", "integration", "subcontracting", "privatisation",
               "workforce", "housing", "finance", "patient-and-public-input", "governance"],
    "items": [],
    "questions": [],
    "resolutions": [],
    "attendees": [],
}


def build_html(path):
    recs = "\n".join(
        f'<li id="rec{i}"><strong>Recommendation {i}:</strong> {html.escape(t, quote=False)}</li>'
        for i, t in enumerate(RECS, 1))
    path.write_text(HTML_TEMPLATE.replace("{recs}", recs), encoding="utf-8")


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.extend(p.text for p in c.paragraphs)
    return "\n".join(parts)


def html_text(path):
    t = path.read_text(encoding="utf-8")
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def check():
    ok = True
    for gpath in sorted(GOLD.glob("bp-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print("MISSING", dpath); ok = False; continue
        text = docx_text(dpath) if dpath.suffix == ".docx" else html_text(dpath)
        nt = norm(text)
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = nt.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                print(f"FAIL {gpath.name} {kind} count={c} words={n}: {ph}"); ok = False
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    build_docx(DOCS / DOCX_NAME)
    build_html(DOCS / HTML_NAME)
    for g in (DOCX_GOLD, HTML_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", DOCX_NAME, HTML_NAME)


if __name__ == "__main__":
    main()
