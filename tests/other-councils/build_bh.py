#!/usr/bin/env python3
"""Build the "bh-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bh.py          build documents and gold
       build_bh.py --check  verify every gold phrase occurs once, verbatim, in its document
"""
import datetime
import html
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 11, 20, 9, 0, 0)

DOCX_NAME = "bh-brackenfield-cypf-scrutiny-2025-11-18.docx"
HTML_NAME = "bh-brackenfield-petition-response-larchwood-respite.html"

# ---------------------------------------------------------------------------
# Document 1: DRAFT minutes, Children, Young People and Families Scrutiny Committee
# ---------------------------------------------------------------------------

MEMBERS = [
    "Councillor Harriet Okonedo (Chair)",
    "Councillor Dean Mallory (Vice-Chair)",
    "Councillor Priya Ramsden",
    "Councillor Tom Ellacott",
    "Councillor Sandra Whitlow",
    "Councillor Gareth Pyne (Substitute)",
    "Mrs Joan Tilsley (Co-opted Member, Diocesan representative)",
]
OTHERS = [
    "Councillor Martin Greaves – Cabinet Member for Children and Families",
    "Alison Royce – Corporate Director of Children, Young People and Families",
    "Kwame Asante – Head of Service, Children in Care and Placement Sufficiency",
    "Fiona Delacourt – Head of Service, SEND, Inclusion and Home to School Transport",
    "Dr Ruth Penhallow – Associate Director of Mental Health Commissioning, "
    "Brackenfield and Vale Integrated Care Board",
    "Neil Strachan – Strategic Commissioning Manager (Children's Placements)",
    "Ellen Marsh – Democratic Services Officer",
]

# Each item: (number, title, [blocks]); a block is ("p", text) | ("b", text) bold
# paragraph | ("list", [lines]) typed list lines
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Lucy Ferraby and "
              "Councillor Imran Bashir. Councillor Gareth Pyne attended as substitute for "
              "Councillor Ferraby."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Whitlow declared a non-registerable interest in Agenda Item 6 as a "
              "close relative was employed as a driver by one of the transport operators. "
              "She remained in the meeting but took no part in the discussion of that item. "
              "No other declarations were made."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The Committee resolved that the minutes of the meeting held on 23 September "
              "2025 be approved as a correct record and signed by the Chair."),
    ]),
    ("4", "Children's Residential Placements – Sufficiency and Commissioning", [
        ("p", "The Head of Service, Children in Care and Placement Sufficiency introduced the "
              "report, which set out the current position on residential placements for "
              "children in care, the Council's draft Sufficiency Strategy 2026–2029 and the "
              "options for increasing local provision. There were 61 children in external "
              "residential placements at the end of September, of whom 23 were placed outside "
              "the Brackenfield area."),
        ("p", "Members questioned why the average weekly cost of an external residential "
              "placement had risen from £5,200 to £6,850 in two years. The Head of Service "
              "responded that the market was dominated by a small number of large providers "
              "backed by private equity and that the Council was in effect a price taker "
              "across most of the region. A Member highlighted that three of the most "
              "expensive placements were more than fifty miles from Brackenfield and asked how "
              "often those children were visited. The Head of Service responded that "
              "statutory visits had been completed in every case but that family time was "
              "harder to sustain at that distance, and that two of the three children had "
              "asked to move closer to home."),
        ("p", "Cllr Ellacott challenged the decision in 2021 to close the last two homes run "
              "directly by the council and asked whether reopening them had been costed. The "
              "Corporate Director advised that a business case for two new homes would come "
              "to Cabinet in February 2026, and that the capital cost was currently estimated "
              "at £2.4 million, with revenue savings expected from the second year. Cllr "
              "Whitlow questioned whether the council could recruit enough residential care "
              "workers to staff new homes, given current vacancy rates in the sector. The "
              "Head of Service responded that recruitment would be the principal risk and "
              "that a dedicated campaign would begin in the new year, linked to the "
              "Council's existing foster carer recruitment activity."),
        ("p", "Mrs Tilsley asked whether children and young people in care had been consulted "
              "on the sufficiency strategy. The Head of Service responded that the Children in "
              "Care Council had contributed to the draft and that a version written for young "
              "people would be published alongside the final strategy. A Member highlighted "
              "the rising number of unregistered placements used in emergencies and requested "
              "that the Committee receive a quarterly figure, which the Corporate Director "
              "agreed to provide."),
        ("b", "Recommendations to Cabinet:"),
        ("list", [
            "R1 – That Cabinet approves the development of a full business case for two "
            "council-run children's homes, to be presented no later than February 2026.",
            "R2 – That Cabinet asks the Corporate Director to report annually to this "
            "Committee on the distance from home of every child in an external residential "
            "placement.",
        ]),
    ]),
    ("5", "Child and Adolescent Mental Health Services – Waiting Times", [
        ("p", "Dr Penhallow, Associate Director of Mental Health Commissioning at the "
              "Brackenfield and Vale Integrated Care Board, presented an update on waiting "
              "times for child and adolescent mental health services and for "
              "neurodevelopmental assessment. Referrals had risen by 31 per cent since 2023."),
        ("p", "Members questioned the length of the wait for a neurodevelopmental assessment, "
              "which had reached 94 weeks for the longest-waiting children. Dr Penhallow "
              "responded that additional assessment capacity had been commissioned from an "
              "independent provider for twelve months and that the longest waits were expected "
              "to fall below 65 weeks by the end of the financial year. Cllr Ramsden "
              "challenged the use of an online private provider for assessments and asked how "
              "quality was assured. Dr Penhallow advised that the provider was subject to the "
              "same clinical audit and CQC registration as NHS services, and that families "
              "could choose a face-to-face appointment instead."),
        ("p", "A Member highlighted concern that schools were being asked to hold children in "
              "crisis without adequate support while they waited. The Head of Service, SEND, "
              "Inclusion and Home to School Transport responded that the mental health "
              "support teams now covered 62 per cent of pupils and that a bid had been made "
              "to extend them to the remaining secondary schools. Cllr Mallory requested that "
              "waiting list figures be published by school area so that Members could see "
              "local variation."),
        ("p", "The Committee resolved to note the report and the improvement trajectory for "
              "neurodevelopmental assessments set out in Appendix B."),
    ]),
    ("6", "SEND Home to School Transport Contract – Performance Update", [
        ("p", "The Head of Service, SEND, Inclusion and Home to School Transport introduced the "
              "report. Fourteen operators now held routes under the dynamic purchasing system "
              "introduced in September 2024, carrying 1,140 children and young people each "
              "school day. (Councillor Whitlow had declared an interest in this item.)"),
        ("p", "Members questioned the number of routes handed back by operators since "
              "September. The Head of Service responded that eleven routes had been handed "
              "back, mainly because of driver shortages, and that all had been re-let within "
              "ten working days. Cllr Pyne challenged the projected overspend on transport and "
              "asked what share was attributable to higher contract prices. The Corporate "
              "Director advised that roughly two thirds of the overspend arose from higher "
              "contract prices and the remainder from the growth in the number of eligible "
              "children. A Member highlighted complaints from parents about late notice of "
              "driver changes and asked whether parents had been surveyed. The Head of "
              "Service responded that a survey of parents and carers would be issued before "
              "the spring term and the results reported to the Committee."),
        ("p", "The Committee agreed to receive a further report on transport contract "
              "performance, including route hand-backs and parent survey results, at its "
              "meeting in March 2026."),
    ]),
    ("7", "Children's Social Care Workforce", [
        ("p", "The Corporate Director introduced the annual workforce report. The vacancy rate "
              "for qualified social workers stood at 19 per cent, down from 24 per cent a "
              "year earlier."),
        ("p", "Members questioned the reliance on agency social workers, who made up 27 per "
              "cent of the frontline workforce. The Corporate Director advised that the "
              "regional memorandum of understanding on agency pay rates had slowed the growth "
              "in agency costs, and that eight agency workers had converted to permanent "
              "contracts this year. Cllr Ramsden asked what caseloads newly qualified social "
              "workers were carrying. The Head of Service responded that caseloads in the "
              "first year were capped at eighteen children and were reviewed monthly in "
              "supervision. A Member highlighted that exit interviews repeatedly cited "
              "workload and the quality of supervision as reasons for leaving."),
        ("p", "The Committee agreed to establish a task and finish group on the recruitment "
              "and retention of social workers, with membership to be agreed by the Chair."),
    ]),
    ("8", "Work Programme 2025/26", [
        ("p", "The Committee agreed the work programme for 2025/26, subject to the addition of "
              "an item on housing for care leavers at its meeting in March 2026."),
    ]),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Children, Young People and Families Scrutiny Committee",
    "meeting_date": "2025-11-18",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "why the average weekly cost of an external residential placement had risen",
         "asked_by": None,
         "answer": "the market was dominated by a small number of large providers backed by private equity",
         "given_by": "The Head of Service",
         "themes": ["finance", "privatisation", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "three of the most expensive placements were more than fifty miles from Brackenfield",
         "asked_by": None,
         "answer": "statutory visits had been completed in every case but that family time",
         "given_by": "The Head of Service",
         "themes": ["children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "challenged the decision in 2021 to close the last two homes run directly",
         "asked_by": "Cllr Ellacott",
         "answer": "a business case for two new homes would come to Cabinet in February 2026",
         "given_by": "The Corporate Director",
         "themes": ["privatisation", "finance", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "questioned whether the council could recruit enough residential care workers to staff new homes",
         "asked_by": "Cllr Whitlow",
         "answer": "recruitment would be the principal risk and that a dedicated campaign would begin",
         "given_by": "The Head of Service",
         "themes": ["workforce", "children-and-families"]},
        {"item": "4", "kind": "question",
         "text": "asked whether children and young people in care had been consulted on the sufficiency strategy",
         "asked_by": "Mrs Tilsley",
         "answer": "Care Council had contributed to the draft and that a version written for young people",
         "given_by": "The Head of Service",
         "themes": ["patient-and-public-input", "children-and-families"]},
        {"item": "4", "kind": "request",
         "text": "the rising number of unregistered placements used in emergencies and requested",
         "asked_by": None,
         "answer": "a quarterly figure, which the Corporate Director agreed to provide",
         "given_by": "The Corporate Director",
         "themes": ["children-and-families", "governance"]},
        {"item": "5", "kind": "question",
         "text": "questioned the length of the wait for a neurodevelopmental assessment",
         "asked_by": None,
         "answer": "additional assessment capacity had been commissioned from an independent provider",
         "given_by": "Dr Penhallow",
         "themes": ["mental-health", "children-and-families", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "challenged the use of an online private provider for assessments",
         "asked_by": "Cllr Ramsden",
         "answer": "subject to the same clinical audit and CQC registration as NHS services",
         "given_by": "Dr Penhallow",
         "themes": ["privatisation", "subcontracting", "mental-health", "governance", "children-and-families"]},
        {"item": "5", "kind": "concern",
         "text": "schools were being asked to hold children in crisis without adequate support",
         "asked_by": None,
         "answer": "support teams now covered 62 per cent of pupils and that a bid",
         "given_by": "The Head of Service, SEND, Inclusion and Home to School Transport",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "5", "kind": "request",
         "text": "waiting list figures be published by school area so that Members could see",
         "asked_by": "Cllr Mallory",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "children-and-families", "governance"]},
        {"item": "6", "kind": "question",
         "text": "the number of routes handed back by operators since September",
         "asked_by": None,
         "answer": "eleven routes had been handed back, mainly because of driver shortages",
         "given_by": "The Head of Service",
         "themes": ["subcontracting", "workforce", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "challenged the projected overspend on transport and asked what share was attributable",
         "asked_by": "Cllr Pyne",
         "answer": "roughly two thirds of the overspend arose from higher contract prices",
         "given_by": "The Corporate Director",
         "themes": ["finance", "subcontracting", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "late notice of driver changes and asked whether parents had been surveyed",
         "asked_by": None,
         "answer": "a survey of parents and carers would be issued before the spring term",
         "given_by": "The Head of Service",
         "themes": ["patient-and-public-input", "subcontracting", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "the reliance on agency social workers, who made up 27 per cent",
         "asked_by": None,
         "answer": "the regional memorandum of understanding on agency pay rates had slowed",
         "given_by": "The Corporate Director",
         "themes": ["workforce", "finance", "children-and-families"]},
        {"item": "7", "kind": "question",
         "text": "what caseloads newly qualified social workers were carrying",
         "asked_by": "Cllr Ramsden",
         "answer": "caseloads in the first year were capped at eighteen children",
         "given_by": "The Head of Service",
         "themes": ["workforce", "children-and-families"]},
        {"item": "7", "kind": "comment",
         "text": "exit interviews repeatedly cited workload and the quality of supervision",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 23 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "That Cabinet approves the development of a full business case for two",
         "outcome": "recommended", "themes": ["children-and-families", "finance", "privatisation"]},
        {"item": "5", "text": "resolved to note the report and the improvement trajectory for neurodevelopmental assessments",
         "outcome": "noted", "themes": ["mental-health", "children-and-families"]},
        {"item": "6", "text": "agreed to receive a further report on transport contract performance",
         "outcome": "agreed", "themes": ["subcontracting", "children-and-families"]},
        {"item": "7", "text": "establish a task and finish group on the recruitment and retention of social workers",
         "outcome": "agreed", "themes": ["workforce", "children-and-families", "governance"]},
        {"item": "8", "text": "subject to the addition of an item on housing for care leavers",
         "outcome": "agreed", "themes": ["housing", "children-and-families", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor Harriet Okonedo", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Dean Mallory", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Priya Ramsden", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Ellacott", "role": None, "attendance": "present"},
        {"name": "Councillor Sandra Whitlow", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Pyne", "role": "Substitute", "attendance": "present"},
        {"name": "Mrs Joan Tilsley", "role": "Co-opted Member, Diocesan representative",
         "attendance": "present"},
        {"name": "Councillor Martin Greaves", "role": "Cabinet Member for Children and Families",
         "attendance": "in_attendance"},
        {"name": "Alison Royce",
         "role": "Corporate Director of Children, Young People and Families",
         "attendance": "in_attendance"},
        {"name": "Kwame Asante",
         "role": "Head of Service, Children in Care and Placement Sufficiency",
         "attendance": "in_attendance"},
        {"name": "Fiona Delacourt",
         "role": "Head of Service, SEND, Inclusion and Home to School Transport",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Penhallow",
         "role": "Associate Director of Mental Health Commissioning, Brackenfield and Vale "
                 "Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Neil Strachan",
         "role": "Strategic Commissioning Manager (Children's Placements)",
         "attendance": "in_attendance"},
        {"name": "Ellen Marsh", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor Lucy Ferraby", "role": None, "attendance": "apologies"},
        {"name": "Councillor Imran Bashir", "role": None, "attendance": "apologies"},
    ],
}


def _field(run, instr):
    """Append a simple field (PAGE, NUMPAGES) to a run."""
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        run._r.append(el)


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _lines_cell(cell, heading, lines):
    p = cell.paragraphs[0]
    r = p.add_run(heading)
    r.bold = True
    r.underline = True
    p2 = cell.add_paragraph()
    for i, line in enumerate(lines):
        run = p2.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("DRAFT – subject to approval")
    hr.bold = True
    hr.italic = True
    fp = sec.footer.paragraphs[0]
    fp.add_run("Brackenfield Council – Children, Young People and Families Scrutiny "
               "Committee – 18 November 2025\t")
    fr = fp.add_run("Page ")
    _field(fr, "PAGE")
    fp2 = sec.footer.add_paragraph("Chair's initials ..........")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("BRACKENFIELD COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CHILDREN, YOUNG PEOPLE AND FAMILIES SCRUTINY COMMITTEE")
    r.bold = True
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Minutes of the meeting held on Tuesday 18 November 2025 at 10.00 am in the "
              "Council Chamber, Civic Centre, Brackenfield")

    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _lines_cell(table.rows[0].cells[0], "Committee Members", MEMBERS)
    _lines_cell(table.rows[0].cells[1], "Others Present", OTHERS)
    doc.add_paragraph()

    for num, title, blocks in ITEMS:
        doc.add_heading(f"Agenda Item {num}\t{title}", level=2)
        for kind, content in blocks:
            if kind == "p":
                p = doc.add_paragraph(content)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "b":
                p = doc.add_paragraph()
                p.add_run(content).bold = True
            elif kind == "list":
                for line in content:
                    p = doc.add_paragraph(line)
                    p.paragraph_format.left_indent = Cm(1.0)
                    p.paragraph_format.first_line_indent = Cm(-1.0)
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 12.47 pm.")
    doc.add_paragraph("Chair ..................................................")
    p = doc.add_paragraph("Contact: Ellen Marsh, Democratic Services Officer, "
                          "democratic.services@brackenfield.gov.example")
    p.runs[0].italic = True

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Draft minutes – CYPF Scrutiny Committee – 18 November 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    tmp = path.with_suffix(".tmp")
    doc.save(tmp)
    _normalise_zip(tmp, path)
    tmp.unlink()


def _normalise_zip(src, dst):
    """Rewrite the zip with fixed timestamps so the build is byte-for-byte deterministic."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def docx_text(path):
    doc = Document(path)
    parts = []
    for sec in doc.sections:
        parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in sec.footer.paragraphs]
    for p in doc.paragraphs:
        parts.append(p.text)
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document 2: petition response web page (not minutes)
# ---------------------------------------------------------------------------

HTML_DOC = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Petition: Keep Larchwood Respite Centre open – council response | Brackenfield Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.min.css">
</head>
<body class="page-template-petition">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/brackenfield-logo.svg" alt="Brackenfield Council"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/your-council">Your council</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/your-council">Your council</a></li>
    <li><a href="/your-council/petitions">Petitions</a></li>
    <li aria-current="page">Keep Larchwood Respite Centre open</li>
  </ol>
</nav>
<main id="main">
<article class="petition">
<h1>Petition: Keep Larchwood Respite Centre open</h1>
<dl class="petition-meta">
  <dt>Lead petitioner</dt><dd>Mrs Carol Venables, on behalf of Larchwood Families Group</dd>
  <dt>Petition opened</dt><dd>2 September 2025</dd>
  <dt>Petition closed</dt><dd>14 October 2025</dd>
  <dt>Signatures</dt><dd>3,482 (2,911 online and 571 on paper)</dd>
  <dt>Status</dt><dd>Response published – referred to scrutiny</dd>
</dl>

<h2>The petition</h2>
<blockquote class="petition-text">
<p>We the undersigned call on Brackenfield Council to withdraw its proposal to close
Larchwood Respite Centre in Thornbury Road and to keep overnight short breaks for adults
with learning disabilities and their families in Brackenfield.</p>
<p>Larchwood is the only building-based respite service in the borough. For many of us it
is the only chance we get to sleep through the night, go to work or spend time with our
other children. Direct payments and the &ldquo;shared lives&rdquo; scheme are not a
replacement for a safe, staffed centre that our sons and daughters know and trust. The
council must not balance its budget on the backs of unpaid carers.</p>
</blockquote>

<h2>The council&rsquo;s response</h2>
<p class="byline">Response from Councillor Diane Harcourt, Cabinet Member for Adult Social
Care and Health, published 6 November 2025</p>
<p>Thank you to everyone who signed this petition, and to the families who have written to
me and spoken to officers at the drop-in sessions over the past two months. I want to be
clear that no decision has yet been taken about the future of Larchwood Respite Centre.
The proposal set out in the draft budget is one option among several, and it remains out
for consultation until 12 December 2025.</p>
<p>Larchwood currently supports 46 adults with learning disabilities and their carers. The
building is 52 years old, and a condition survey carried out this year found that it needs
roof, heating and fire safety works estimated at &pound;1.3 million. The centre is also
used at around 58 per cent of its capacity on average, which means the cost of each night
of respite is considerably higher than comparable services in neighbouring areas.</p>
<p>The proposal is to replace building-based respite at Larchwood with a mix of short breaks
in the community: an expanded shared lives scheme, a block booking of respite beds with
a registered provider in the borough, and more flexible direct payments. We recognise
that families are worried this will mean less choice and less continuity, and we have
heard very clearly that many people value the staff at Larchwood as much as the
building.</p>
<p>Any future model would be co-produced with carers and the people who use the service,
and nobody would lose their respite before a suitable alternative was in place and agreed
with them in a review of their care and support plan. Staff at Larchwood have been kept
informed and their trade unions are being consulted separately.</p>
<p>We are required by law to make sure that carers&rsquo; needs are met, and we take that
duty seriously. The Council is nonetheless facing a gap of &pound;14.6 million in next
year&rsquo;s budget, and we have to look carefully at every service.</p>

<h2>What happens next</h2>
<p>Because the petition has more than 1,500 signatures, under the Council&rsquo;s
petition scheme it has been referred for review. The Health Scrutiny Committee will
consider the petition, this response and the results of the consultation at its meeting on
<strong>Thursday 15 January 2026</strong>. The lead petitioner will be invited to speak for
up to five minutes.</p>
<ul>
  <li>The consultation closes on 12 December 2025. You can
  <a href="/consultations/short-breaks-review">take part in the short breaks consultation</a>
  online or ask for a paper copy by calling 01632 960 418.</li>
  <li>The Health Scrutiny Committee may make recommendations to Cabinet.</li>
  <li>Cabinet will take a final decision on the proposal in February 2026, as part of
  setting the budget.</li>
</ul>
<p>Committee papers are published five working days before the meeting on the
<a href="/your-council/meetings">council meetings</a> pages.</p>
</article>

<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/your-council/petitions/petition-scheme">Our petition scheme</a></li>
    <li><a href="/adult-social-care/carers/short-breaks">Short breaks for carers</a></li>
    <li><a href="/budget-2026">Budget 2026/27 proposals</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>&copy; Brackenfield Council. Civic Centre, Market Street, Brackenfield BR1 1AA.</p>
  <p>Page last updated: 6 November 2025</p>
</footer>
</body>
</html>
"""

HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "other",
    "themes": ["adult-social-care", "patient-and-public-input", "finance"],
}


def html_text(path):
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower().replace("\u00a0", " ")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for name, getter in ((DOCX_NAME, docx_text), (HTML_NAME, html_text)):
        gold = json.loads((GOLD / (Path(name).stem + ".json")).read_text())
        text = norm(getter(DOCS / name))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            cnt = text.count(norm(ph))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name} {kind}: count={cnt} words={n}: {ph}")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False
                print(f"FAIL {name} attendee not found: {a['name']}")
        for it in gold.get("items", []):
            if norm(it["title"]) not in text:
                ok = False
                print(f"FAIL {name} item title not found: {it['title']}")
        print(f"{name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} "
              f"questions, {len(gold.get('resolutions', []))} resolutions, "
              f"{len(gold.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_docx(DOCS / DOCX_NAME)
    (DOCS / HTML_NAME).write_text(HTML_DOC, encoding="utf-8")
    for gold in (DOCX_GOLD, HTML_GOLD):
        (GOLD / (Path(gold["document"]).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", DOCX_NAME, HTML_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
