#!/usr/bin/env python3
"""Build the "cv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cv.py           build documents/cv-* and gold/cv-*.json
        build_cv.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import re
import sys
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

DOC1 = "cv-castlebridge-hasc-select-committee-2025-09-16.docx"
DOC2 = "cv-castlebridge-decision-notice-day-opportunities.html"

FIXED = datetime.datetime(2025, 9, 24, 10, 0, 0)

# ---------------------------------------------------------------------------
# Document 1: Word minutes, Heading 2 "Item N – Title" + a 2-column table per item
# ---------------------------------------------------------------------------

COUNCILLORS = [
    ("Councillor Margaret Oyelaran", "Chair"),
    ("Councillor Dev Raithatha", "Vice-Chair"),
    ("Councillor Julia Penhallow", None),
    ("Councillor Tom Ashworth-Byrne", None),
    ("Councillor Samira Haq", None),
    ("Councillor Owen Trelawney", "substitute for Councillor Fenwick"),
    ("Councillor Bernadette Kilbride", None),
    ("Mr Lionel Stubbs", "co-opted member, Healthwatch Castlebridge"),
]
OFFICERS = [
    ("Helen Marchbank", "Corporate Director of Adult Social Care and Health"),
    ("Dr Priya Venkatesan", "Director of Public Health"),
    ("Gareth Moules", "Head of Commissioning and Market Development (Adults)"),
    ("Alison Crewe", "Deputy Chief Operating Officer, Wessex Vale Mental Health NHS Foundation Trust"),
    ("Simon Okafor", "Associate Director of Place, Castlebridge and Downs ICB"),
    ("Rachel Tilling", "Scrutiny and Democratic Services Officer"),
]
APOLOGIES = [
    ("Councillor Ian Fenwick", None),
    ("Councillor Rosalind Achebe", None),
]

# Items: (number, title, presented_by or None, [issue paragraphs] or None, outcome)
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", None, None,
     "Apologies were received from Councillors Fenwick and Achebe. Councillor Trelawney "
     "attended as substitute for Councillor Fenwick."),
    ("2", "Declarations of Interest", None, None,
     "Councillor Haq declared a non-pecuniary interest in Item 5 as her daughter is employed "
     "by Wessex Vale Mental Health NHS Foundation Trust. No other declarations were made."),
    ("3", "Minutes of the Previous Meeting", None, None,
     "The Committee RESOLVED to approve the minutes of the meeting held on 8 July 2025 as "
     "a correct record, subject to the spelling of Councillor Kilbride’s name being corrected "
     "in minute 6."),
    ("4", "Recommissioning of Home Care (Domiciliary Care) Services",
     "Gareth Moules, Head of Commissioning and Market Development (Adults), and Helen "
     "Marchbank, Corporate Director of Adult Social Care and Health",
     [
         "• Cllr Penhallow asked why the new model moved from spot purchasing to four "
         "geographical lead providers and whether smaller local agencies would be squeezed out of "
         "the market. The officer confirmed that each lead provider would be required to "
         "subcontract at least 25 per cent of hours to locally based agencies.",
         "• Cllr Ashworth-Byrne questioned whether the hourly rate of £24.60 built into the "
         "tender was high enough to cover the real living wage and travel time. The Head of "
         "Commissioning stated that the rate had been tested against the Homecare Association "
         "costing model and included paid travel time between visits.",
         "• Cllr Haq raised concern that two of the bidders shortlisted in the pilot were owned "
         "by private equity investors with high levels of debt. The officer confirmed that "
         "financial due diligence, including parent company guarantees, would form part of the "
         "evaluation.",
         "• Mr Stubbs requested that people who receive home care be involved in scoring the "
         "quality questions of the tender. The Corporate Director agreed that two experts by "
         "experience would sit on each evaluation panel and be paid for their time.",
         "• Cllr Kilbride asked what would happen to care workers currently employed by "
         "agencies that were not successful. No answer was recorded at the meeting and the "
         "Chair asked that this be covered in the next update.",
     ],
     "The Committee RESOLVED to (1) note the proposed commissioning model and timetable; "
     "(2) recommend to Cabinet that the contract include a requirement to pay the real living "
     "wage; and (3) receive an update on TUPE arrangements before the contract award."),
    ("5", "Community Mental Health Transformation – Progress Report",
     "Alison Crewe, Deputy Chief Operating Officer, Wessex Vale Mental Health NHS Foundation "
     "Trust",
     [
         "• Cllr Raithatha asked how long adults referred to the new community hubs were "
         "currently waiting for a first assessment. The Deputy Chief Operating Officer confirmed "
         "that the median wait had fallen from eleven weeks to six weeks since April.",
         "• Cllr Oyelaran sought clarification on how many psychologist and mental health "
         "practitioner posts in the hubs remained vacant. The officer confirmed that 14 of 62 "
         "posts were vacant and that an international recruitment campaign had begun in "
         "August.",
         "• Cllr Trelawney questioned whether the voluntary sector partners delivering peer "
         "support had received their funding for the full year. The Trust explained that "
         "grant agreements had been extended to March 2027 following the ICB’s budget "
         "confirmation.",
     ],
     "The Committee RESOLVED to note the progress report and to request a further update, "
     "including waiting times by ward, in March 2026."),
    ("6", "Public Health Grant 2025/26 and the Stop Smoking Service",
     "Dr Priya Venkatesan, Director of Public Health",
     [
         "• Cllr Haq asked whether the decision to bring the stop smoking service back "
         "in-house from April had reduced the number of quit attempts. The Director of Public "
         "Health confirmed that quit attempts were 9 per cent higher than in the same quarter "
         "last year.",
         "• Cllr Ashworth-Byrne raised concern about the rise in vaping among secondary school "
         "pupils reported in the latest survey. The officer confirmed that trading standards "
         "test purchases near schools would double this year using the additional grant.",
         "• Cllr Penhallow asked how the uplift in the public health grant compared with "
         "inflation since 2015. No answer was available at the meeting and a written response "
         "was promised.",
     ],
     "The Committee RESOLVED to note the allocation of the Public Health Grant for 2025/26 "
     "and the performance of the in-house stop smoking service."),
    ("7", "Hospital Discharge and Intermediate Care",
     "Simon Okafor, Associate Director of Place, Castlebridge and Downs ICB, and Helen "
     "Marchbank, Corporate Director of Adult Social Care and Health",
     [
         "• Cllr Kilbride asked why the number of patients delayed in Castlebridge General "
         "Hospital with no criteria to reside had risen over the summer. The Associate Director "
         "of Place explained that a shortage of reablement capacity in the north of the borough "
         "accounted for most of the increase.",
         "• Cllr Raithatha questioned whether the Better Care Fund schemes had been evaluated "
         "before being renewed for another year. The Corporate Director confirmed that an "
         "independent evaluation would be presented to the Health and Wellbeing Board in "
         "November.",
         "• Mr Stubbs commented that families reported receiving very short notice before "
         "relatives were discharged from hospital to a care home. The officer confirmed that a "
         "new discharge information leaflet had been drafted with Healthwatch.",
     ],
     "The Committee RESOLVED to recommend to the Health and Wellbeing Board that reablement "
     "capacity in the north of the borough be treated as a priority for the Better Care Fund."),
    ("8", "Work Programme 2025/26", "Rachel Tilling, Scrutiny and Democratic Services Officer",
     None,
     "The Committee RESOLVED to agree the work programme, adding an item on the outcome of the "
     "home care tender to the meeting in January 2026."),
]


def set_cell_shading(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def label_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    set_cell_shading(cell, "E7EEF5")


def build_doc1():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health and Adult Social Care Select Committee – Minutes – 16 September 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3

    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2"):
        d.styles[s].font.name = "Arial"
        d.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Castlebridge Borough Council\tHealth and Adult Social Care Select Committee\t16 September 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Chair’s initials ………\tOFFICIAL\tThese minutes are subject to confirmation at the next meeting"
    fp.runs[0].font.size = Pt(8)

    d.add_paragraph("CASTLEBRIDGE BOROUGH COUNCIL").runs[0].bold = True
    d.add_heading("Health and Adult Social Care Select Committee", level=1)
    p = d.add_paragraph()
    p.add_run("Minutes of the meeting held on Tuesday 16 September 2025 at 6.30 pm in "
              "Committee Room 2, Castlebridge Civic Centre, Market Parade, Castlebridge")

    # Attendance table: header row + one row, names one per paragraph in each cell
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Councillors present", "Officers present", "Apologies"]
    for i, h in enumerate(heads):
        label_cell(t.rows[0].cells[i], h)
    for col, people in enumerate([COUNCILLORS, OFFICERS, APOLOGIES]):
        cell = t.rows[1].cells[col]
        first = True
        for name, role in people:
            txt = name + (f" ({role})" if role else "")
            if first:
                cell.paragraphs[0].text = txt
                first = False
            else:
                cell.add_paragraph(txt)
    d.add_paragraph(
        "Also in attendance: Councillor Nadia Greenhalgh, Cabinet Member for Adult Social Care "
        "and Public Health (for Items 4 and 6).")

    for num, title, presenter, issues, outcome in ITEMS:
        d.add_heading(f"Item {num} – {title}", level=2)
        rows = []
        if presenter:
            rows.append(("Presented by", [presenter]))
        if issues:
            rows.append(("Key issues raised by Members", issues))
        rows.append(("Outcome", [outcome]))
        tt = d.add_table(rows=len(rows), cols=2)
        tt.style = "Table Grid"
        for r, (lab, paras) in enumerate(rows):
            c0, c1 = tt.rows[r].cells
            c0.width = Cm(4.2)
            c1.width = Cm(12.4)
            label_cell(c0, lab)
            c1.paragraphs[0].text = paras[0]
            for extra in paras[1:]:
                c1.add_paragraph(extra)
            for para in c1.paragraphs:
                para.paragraph_format.space_after = Pt(6)
        d.add_paragraph()

    d.add_paragraph("The meeting closed at 8.52 pm.")
    d.add_paragraph("Chair: ………………………………………   Date: ……………………")
    d.save(DOCS / DOC1)
    fix_zip_dates(DOCS / DOC1)


def fix_zip_dates(path):
    """Rewrite the package with fixed member timestamps so the build is byte-stable."""
    import io
    import zipfile
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 24, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))
    src.close()
    path.write_bytes(buf.getvalue())


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Select Committee",
    "meeting_date": "2025-09-16",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked why the new model moved from spot purchasing to four geographical lead providers",
         "asked_by": "Cllr Penhallow",
         "answer": "each lead provider would be required to subcontract at least 25 per cent",
         "given_by": "The officer",
         "themes": ["subcontracting"]},
        {"item": "4", "kind": "question",
         "text": "questioned whether the hourly rate of £24.60 built into the tender was high enough",
         "asked_by": "Cllr Ashworth-Byrne",
         "answer": "tested against the Homecare Association costing model and included paid travel time",
         "given_by": "The Head of Commissioning",
         "themes": ["finance", "workforce", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "two of the bidders shortlisted in the pilot were owned by private equity investors",
         "asked_by": "Cllr Haq",
         "answer": "financial due diligence, including parent company guarantees, would form part of the evaluation",
         "given_by": "The officer",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "requested that people who receive home care be involved in scoring the quality questions",
         "asked_by": "Mr Stubbs",
         "answer": "two experts by experience would sit on each evaluation panel",
         "given_by": "The Corporate Director",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "asked what would happen to care workers currently employed by agencies that were not successful",
         "asked_by": "Cllr Kilbride",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked how long adults referred to the new community hubs were currently waiting",
         "asked_by": "Cllr Raithatha",
         "answer": "the median wait had fallen from eleven weeks to six weeks since April",
         "given_by": "The Deputy Chief Operating Officer",
         "themes": ["mental-health"]},
        {"item": "5", "kind": "question",
         "text": "sought clarification on how many psychologist and mental health practitioner posts",
         "asked_by": "Cllr Oyelaran",
         "answer": "14 of 62 posts were vacant and that an international recruitment campaign",
         "given_by": "The officer",
         "themes": ["workforce", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "questioned whether the voluntary sector partners delivering peer support had received their funding",
         "asked_by": "Cllr Trelawney",
         "answer": "grant agreements had been extended to March 2027 following the ICB’s budget confirmation",
         "given_by": "The Trust",
         "themes": ["finance", "subcontracting", "mental-health"]},
        {"item": "6", "kind": "question",
         "text": "asked whether the decision to bring the stop smoking service back in-house",
         "asked_by": "Cllr Haq",
         "answer": "quit attempts were 9 per cent higher than in the same quarter",
         "given_by": "The Director of Public Health",
         "themes": ["privatisation", "public-health"]},
        {"item": "6", "kind": "concern",
         "text": "raised concern about the rise in vaping among secondary school pupils",
         "asked_by": "Cllr Ashworth-Byrne",
         "answer": "trading standards test purchases near schools would double this year",
         "given_by": "The officer",
         "themes": ["public-health", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked how the uplift in the public health grant compared with inflation since 2015",
         "asked_by": "Cllr Penhallow",
         "answer": None,
         "given_by": None,
         "themes": ["finance", "public-health"]},
        {"item": "7", "kind": "question",
         "text": "asked why the number of patients delayed in Castlebridge General Hospital",
         "asked_by": "Cllr Kilbride",
         "answer": "a shortage of reablement capacity in the north of the borough accounted for most",
         "given_by": "The Associate Director of Place",
         "themes": ["adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "questioned whether the Better Care Fund schemes had been evaluated before being renewed",
         "asked_by": "Cllr Raithatha",
         "answer": "an independent evaluation would be presented to the Health and Wellbeing Board",
         "given_by": "The Corporate Director",
         "themes": ["integration", "adult-social-care"]},
        {"item": "7", "kind": "comment",
         "text": "commented that families reported receiving very short notice before relatives were discharged",
         "asked_by": "Mr Stubbs",
         "answer": "a new discharge information leaflet had been drafted with Healthwatch",
         "given_by": "The officer",
         "themes": ["patient-and-public-input", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "approve the minutes of the meeting held on 8 July 2025",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "note the proposed commissioning model and timetable",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "5", "text": "note the progress report and to request a further update",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "6", "text": "note the allocation of the Public Health Grant for 2025/26",
         "outcome": "noted", "themes": ["finance", "public-health", "privatisation"]},
        {"item": "7", "text": "recommend to the Health and Wellbeing Board that reablement capacity",
         "outcome": "recommended", "themes": ["integration", "adult-social-care"]},
        {"item": "8", "text": "agree the work programme, adding an item on the outcome",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in COUNCILLORS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS]
        + [{"name": "Councillor Nadia Greenhalgh",
            "role": "Cabinet Member for Adult Social Care and Public Health",
            "attendance": "in_attendance"}]
        + [{"name": n, "role": r, "attendance": "apologies"} for n, r in APOLOGIES]
    ),
}

# ---------------------------------------------------------------------------
# Document 2: Decision notice web page after a call-in (not minutes)
# ---------------------------------------------------------------------------

HTML2 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Decision notice: Future of in-house day opportunities for adults with learning disabilities | Castlebridge Borough Council</title>
<link rel="stylesheet" href="/assets/css/cbc-main.css">
</head>
<body class="page-decision">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container"><a href="/" class="logo">Castlebridge Borough Council</a>
  <nav aria-label="Main"><ul><li><a href="/residents">Residents</a></li><li><a href="/council">Your council</a></li><li><a href="/democracy">Councillors and democracy</a></li></ul></nav></div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/democracy">Councillors and democracy</a></li>
<li><a href="/democracy/decisions">Decisions</a></li><li aria-current="page">Decision notice CAB-D-2025-118</li></ol></nav>
<main id="main" class="container">
<h1>Decision notice: Future of in-house day opportunities for adults with learning disabilities</h1>
<p class="status"><span class="tag tag--green">Decision can now be implemented</span></p>

<table class="decision-meta">
<caption class="visually-hidden">Decision details</caption>
<tbody>
<tr><th scope="row">Reference</th><td>CAB-D-2025-118</td></tr>
<tr><th scope="row">Decision maker</th><td>Cabinet</td></tr>
<tr><th scope="row">Date of decision</th><td>2 September 2025</td></tr>
<tr><th scope="row">Portfolio</th><td>Cabinet Member for Adult Social Care and Public Health</td></tr>
<tr><th scope="row">Key decision</th><td>Yes – affects two or more wards and expenditure above £500,000</td></tr>
<tr><th scope="row">Published</th><td>4 September 2025</td></tr>
<tr><th scope="row">Call-in deadline</th><td>5pm, 11 September 2025</td></tr>
<tr><th scope="row">Status</th><td>Called in 10 September 2025; call-in considered 22 September 2025; decision confirmed</td></tr>
<tr><th scope="row">Lead officer</th><td>Helen Marchbank, Corporate Director of Adult Social Care and Health</td></tr>
</tbody>
</table>

<h2 id="decision">Decision</h2>
<p>Cabinet agreed:</p>
<ol>
<li>to consolidate the council’s three in-house day centres for adults with learning disabilities (Brookside, Elm Lane and Harbour View) onto two sites, closing Elm Lane Day Centre on 31 March 2026;</li>
<li>to keep the service in-house and not to proceed with the option of transferring the centres to an external provider;</li>
<li>to invest £340,000 from the adult social care capital programme in adaptations at Brookside and Harbour View, including a changing places toilet at each site;</li>
<li>to delegate authority to the Corporate Director of Adult Social Care and Health, in consultation with the Cabinet Member, to agree individual transition plans for the 41 people who currently attend Elm Lane.</li>
</ol>

<h2 id="reasons">Reasons for the decision</h2>
<p>Attendance at the three centres has fallen from 164 people a week in 2019 to 112, and Elm Lane operates at under half of its capacity. The building needs roof and heating works estimated at £610,000 over five years. Consolidation is expected to save £285,000 a year in running costs while keeping staff-to-attendee ratios unchanged. No compulsory redundancies are expected; all 23 staff at Elm Lane will be offered posts at the two remaining centres.</p>
<p>An eight-week consultation ran from 12 May to 7 July 2025. 286 responses were received, including from 57 people who use the service and 118 family carers. The main concerns raised were travel times, continuity of key workers and the loss of the sensory room at Elm Lane. The transition arrangements and the adaptations in decision 3 respond to those concerns.</p>

<h2 id="alternatives">Alternative options considered and rejected</h2>
<ul>
<li><strong>Do nothing.</strong> Rejected because the condition of Elm Lane and the fall in attendance make the current arrangement poor value for money.</li>
<li><strong>Transfer all three centres to an external provider through a competitive tender.</strong> Rejected because soft market testing found only one interested provider and the projected saving depended on lower staff pay.</li>
<li><strong>Close two centres and commission places in the voluntary sector.</strong> Rejected because it would remove building-based provision from the east of the borough.</li>
</ul>

<h2 id="callin">Call-in</h2>
<p>On 10 September 2025 the decision was called in by Councillors Julia Penhallow, Tom Ashworth-Byrne and Owen Trelawney on the grounds that (a) the consultation analysis did not separate the views of people who use the service from those of staff, and (b) the transport assessment for Elm Lane attendees had not been published.</p>
<p>The Overview and Scrutiny Management Board considered the call-in on 22 September 2025. Having heard from the call-in members, the Cabinet Member for Adult Social Care and Public Health and the Corporate Director, the Board decided <strong>not to refer the decision back to Cabinet</strong>. It asked that the transport assessment be published and that an update on the transition of Elm Lane attendees be reported to the Health and Adult Social Care Select Committee in March 2026.</p>
<p>The decision took effect on 23 September 2025.</p>

<h2 id="interests">Declarations of interest and dispensations</h2>
<p>None.</p>

<h2 id="documents">Background documents</h2>
<ul class="doc-list">
<li><a href="/documents/s41822/Day%20opportunities%20Cabinet%20report.pdf">Cabinet report – Future of in-house day opportunities (PDF, 1.2MB)</a></li>
<li><a href="/documents/s41823/Appendix%20B%20consultation%20analysis.pdf">Appendix B – Consultation analysis (PDF, 860KB)</a></li>
<li><a href="/documents/s41824/Appendix%20C%20EqIA.pdf">Appendix C – Equality impact assessment (PDF, 410KB)</a></li>
<li><a href="/documents/s42010/Call-in%20request.pdf">Call-in request, 10 September 2025 (PDF, 95KB)</a></li>
</ul>
<p class="contact">Contact: Democratic Services, Castlebridge Civic Centre, Market Parade, Castlebridge CB1 4DQ. Email: democratic.services@castlebridge.gov.example</p>
</main>
<footer class="site-footer"><div class="container"><p>&copy; Castlebridge Borough Council 2025</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div></footer>
</body>
</html>
"""

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["adult-social-care", "privatisation", "subcontracting", "finance", "workforce",
               "patient-and-public-input", "governance"],
}


def build_doc2():
    (DOCS / DOC2).write_text(HTML2, encoding="utf-8")


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def source_text(path):
    if path.suffix == ".docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    parts.extend(p.text for p in c.paragraphs)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


def check():
    ok = True
    for gpath in sorted(GOLD.glob("cv-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        text = " " + norm(source_text(doc)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            cnt = text.count(" " + norm(ph) + " ")
            if cnt != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gpath.name} {kind} count={cnt} words={n}: {ph}")
        print(f"{gpath.name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_doc1()
    build_doc2()
    for g in (GOLD1, GOLD2):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
