#!/usr/bin/env python3
"""Build the "dd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dd.py           build documents/dd-* and gold/dd-*.json
        build_dd.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, datetime, html as htmlmod
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)

D1 = "dd-harbourne-adults-health-select-2025-10-14.docx"
D2 = "dd-harbourne-cabinet-member-decision-home-care-contracts.html"

CHAIR = "Councillor Maureen Tilsley"
DASS = "Director of Adult Social Services"

ITEMS = [
 ("1", "Apologies for Absence and Substitutions", [
   ("p", "Apologies for absence were received from Councillor Gareth Penhallow and Councillor Ruth Okafor. Councillor Simon Dreyer attended as substitute for Councillor Penhallow."),
 ], None),
 ("2", "Declarations of Interest", [
   ("p", "Councillor Anita Sharrock declared a non-pecuniary interest in item 5 as her daughter is employed as a care worker by one of the framework providers. She remained in the meeting and took part in the discussion."),
 ], None),
 ("3", "Minutes of the Previous Meeting", [
   ("p", "The minutes of the meeting held on 9 September 2025 were submitted."),
   ("r", "Resolved: That the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chair."),
 ], None),
 ("4", "Public Questions", [
   ("p", "One question had been received in accordance with the Committee Procedure Rules. The questioner attended and put the question in person."),
   ("t", [
     ("Mrs Janet Corvell (resident, Lowmoor ward)", "Asked why her mother had waited eleven weeks for a home care package after leaving Harbourne General Hospital, and whether the Council kept figures on people waiting at home without care."),
     ("Cabinet Member for Adult Social Care and Health", "Apologised for the delay the family had experienced and said that the Council did record unmet hours every week; 212 people were waiting for some or all of their commissioned care at the end of September. She offered to meet Mrs Corvell after the meeting to look into the case."),
     ("Mrs Janet Corvell", "Asked, as a supplementary question, whether those weekly figures would be published."),
     ("Cabinet Member for Adult Social Care and Health", "Said that the unmet hours figure would be included in the quarterly performance report to this Committee from January."),
   ]),
 ], None),
 ("5", "Recommissioning of Home Care (Domiciliary Care) Services", [
   ("p", "The Director of Adult Social Services introduced the report, which set out the outcome of the procurement for the new zoned home care contracts due to begin on 1 April 2026. Eleven providers had been recommended for award across six zones, with an hourly rate of £24.10 in urban zones and £26.85 in rural zones. The following exchanges took place:"),
   ("t", [
     ("Councillor Anita Sharrock", "Asked how many of the eleven recommended providers were owned by private equity firms, and whether the Council had assessed the risk of a provider failing during the contract."),
     (DASS, "Replied that two of the recommended providers were owned by investment funds; financial health checks had been carried out on all bidders and each contract contained step-in and business continuity clauses."),
     ("Councillor Daniel Whitlock", "Expressed concern that the rural rate would still not be enough to attract carers to the Upper Vale, where travel time between calls was long and unpaid."),
     (DASS, "Accepted that the Upper Vale was the hardest zone to cover; the rural rate had been set to include paid travel time and mileage, and the service would monitor hand-backs in that zone monthly."),
     ("Councillor Priya Anand", "Requested that the Committee be given a breakdown of how the hourly rate was built up, including the amount for care workers' pay."),
     ("Head of Commissioning and Market Sustainability (Adults)", "Agreed to circulate the cost of care model to Members and confirmed that the rate assumed every care worker was paid at least the Real Living Wage."),
     ("Councillor Simon Dreyer", "Questioned whether bringing part of the service back in-house had been considered as an option in the appraisal."),
     ("Head of Commissioning and Market Sustainability (Adults)", "Explained that an in-house reablement service already existed and would be expanded by fourteen posts, but a fully in-house long-term home care service had been costed at about £3.2 million a year more than the framework."),
     ("Councillor Maureen Tilsley (Chair)", "Commented that people who use home care had told Healthwatch that changes of carer were their biggest worry, and asked how continuity would be protected when contracts moved between providers."),
     (DASS, "Said that TUPE would apply where staff moved with their clients, and that a transition team would contact every affected person before the change."),
   ]),
   ("r", "Resolved: That the Committee notes the outcome of the home care procurement and the proposed contract awards."),
   ("r", "Resolved: That the Committee recommends to the Cabinet Member that unmet hours and provider hand-backs be reported quarterly for the first two years of the new contracts."),
 ], None),
 ("6", "Harbourne and Wyre Integrated Care Board – Winter Plan and Hospital Discharge", [
   ("p", "The Director of Urgent Care and System Flow, Harbourne and Wyre Integrated Care Board, presented the system winter plan, together with the Assistant Director, Hospital Discharge and Reablement."),
   ("t", [
     ("Councillor Daniel Whitlock", "Asked how many patients were medically fit to leave Harbourne General but still in a hospital bed on an average day this autumn."),
     ("Director of Urgent Care and System Flow, Harbourne and Wyre ICB", "Reported an average of 68 patients a day in September, compared with 91 a year earlier; the target for the winter was fewer than 55."),
     ("Councillor Priya Anand", "Sought clarification on whether the extra discharge to assess beds commissioned for the winter were in care homes rated good by the CQC."),
     ("Assistant Director, Hospital Discharge and Reablement", "Confirmed that all twenty-four of the winter beds were in homes currently rated good, and that none had been placed outside the county."),
     ("Councillor Colin Harrop", "Raised concern that the flu vaccination rate among care home staff had fallen last year and asked what was being done to improve it this winter."),
   ]),
   ("p", "No response was recorded to the last point; the Chair asked that it be picked up in the public health update in December."),
   ("r", "Resolved: That the winter plan be noted and that the Integrated Care Board be invited to report back on discharge performance in March 2026."),
 ], None),
 ("7", "Adult Social Care Workforce Strategy 2025–2028", [
   ("p", "The Principal Social Worker and Head of Workforce Development, Adult Social Care, introduced the draft strategy."),
   ("t", [
     ("Councillor Colin Harrop", "Asked how many social worker posts in the adult teams were currently vacant and how many were covered by agency staff."),
     ("Principal Social Worker and Head of Workforce Development, Adult Social Care", "Replied that 17 of the 96 social worker posts were vacant and 11 of those were covered by agency workers; the new apprenticeship route would add eight qualified staff by 2027."),
     ("Councillor Anita Sharrock", "Welcomed the strategy but commented that the independent sector had not been involved in writing it, even though most of the county's care workforce was employed by external providers."),
     ("Principal Social Worker and Head of Workforce Development, Adult Social Care", "Said that the provider forum would be consulted on the final draft in November and the strategy would include a shared training offer for provider staff."),
   ]),
   ("r", "Resolved: That the Committee endorses the draft Adult Social Care Workforce Strategy, subject to consultation with the provider forum."),
 ], None),
 ("8", "Work Programme", [
   ("p", "The Scrutiny Officer presented the work programme for the remainder of 2025/26."),
   ("t", [
     ("Councillor Priya Anand", "Requested that a session on the quality of care in residential homes for people with dementia be added before the summer."),
   ]),
   ("r", "Resolved: That the work programme be agreed, with the addition of an item on dementia care in residential homes in June 2026."),
 ], None),
]

ATT = [
 ("Present:", "Councillor Maureen Tilsley (Chair), Councillor Daniel Whitlock (Vice-Chair), Councillors Priya Anand, Colin Harrop, Anita Sharrock and Simon Dreyer (substitute for Councillor Penhallow)."),
 ("Co-opted member (non-voting):", "Mr Roger Penfold, Healthwatch Harbourne."),
 ("Also present:", "Councillor Helen Bassingthwaite, Cabinet Member for Adult Social Care and Health."),
 ("Officers:", "Mrs Lorna Achebe, Director of Adult Social Services; Mr Tom Inskip, Head of Commissioning and Market Sustainability (Adults); Ms Farah Qureshi, Principal Social Worker and Head of Workforce Development, Adult Social Care; Ms Kate Lyle, Assistant Director, Hospital Discharge and Reablement; Mr Owen Price, Scrutiny Officer."),
 ("In attendance:", "Dr Amir Sethi, Director of Urgent Care and System Flow, Harbourne and Wyre Integrated Care Board."),
 ("Apologies:", "Councillor Gareth Penhallow and Councillor Ruth Okafor."),
]

def set_cell_width(cell, cm):
    cell.width = Cm(cm)

def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.author = "Democratic Services"; cp.title = "Adults and Health Select Committee minutes 14 October 2025"
    cp.revision = 1
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    h1 = doc.styles["Heading 1"]; h1.font.name = "Arial"; h1.font.size = Pt(12); h1.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "Harbourne Council\tAdults and Health Select Committee\t14 October 2025"
    fp = sec.footer.paragraphs[0]; fp.text = "Chairman's initials ..........\tPage "
    r = fp.add_run(); f1 = OxmlElement("w:fldSimple"); f1.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); f1.append(rr); fp._p.append(f1)

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("HARBOURNE COUNCIL"); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ADULTS AND HEALTH SELECT COMMITTEE"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Minutes of the meeting held in the Council Chamber, Guildhall, Harbourne on Tuesday, 14 October 2025 at 10.00 am")
    for lab, txt in ATT:
        p = doc.add_paragraph(); r = p.add_run(lab + " "); r.bold = True; p.add_run(txt)
    for num, title, blocks, _ in ITEMS:
        doc.add_heading(f"{num}. {title}", level=1)
        for kind, content in blocks:
            if kind == "p":
                doc.add_paragraph(content)
            elif kind == "r":
                lab, rest = content.split(": ", 1)
                p = doc.add_paragraph(); r = p.add_run(lab + ": "); r.bold = True; p.add_run(rest)
            elif kind == "t":
                tbl = doc.add_table(rows=0, cols=2)  # no style: borderless
                tbl.autofit = False
                for spk, said in content:
                    row = tbl.add_row().cells
                    set_cell_width(row[0], 5.0); set_cell_width(row[1], 11.0)
                    row[0].paragraphs[0].add_run(spk).bold = True
                    row[1].paragraphs[0].add_run(said)
                doc.add_paragraph("")
    doc.add_paragraph("The meeting closed at 12.40 pm.")
    p = doc.add_paragraph("Chair ............................................    Date ....................")
    doc.save(path)
    _fix_zip(path)

def _fix_zip(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())

def docx_text(path):
    d = Document(path)
    parts = []
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cabinet Member decision: Award of home care contracts | Harbourne Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/harbourne.min.css">
</head>
<body class="page-decision">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container"><a href="/" class="logo">Harbourne Council</a>
<nav aria-label="Main"><ul><li><a href="/council">Council and democracy</a></li><li><a href="/adults">Adult social care</a></li><li><a href="/contact">Contact us</a></li></ul></nav></div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/council/decisions">Decisions</a></li><li aria-current="page">Award of home care contracts</li></ol></nav>
<main id="main" class="container">
<h1>Cabinet Member decision: Award of home care contracts</h1>
<p class="lede">Decision taken by the Cabinet Member for Adult Social Care and Health under delegated executive powers.</p>
<table class="decision-meta">
<caption class="visually-hidden">Decision details</caption>
<tbody>
<tr><th scope="row">Decision reference</th><td>CMD/ASC/2025/019</td></tr>
<tr><th scope="row">Decision maker</th><td>Councillor Helen Bassingthwaite, Cabinet Member for Adult Social Care and Health</td></tr>
<tr><th scope="row">Date of decision</th><td>29 October 2025</td></tr>
<tr><th scope="row">Key decision</th><td>Yes – included in the Forward Plan published 1 August 2025</td></tr>
<tr><th scope="row">Date published</th><td>30 October 2025</td></tr>
<tr><th scope="row">Call-in deadline</th><td>5pm, 6 November 2025</td></tr>
<tr><th scope="row">Effective from</th><td>7 November 2025, unless called in</td></tr>
<tr><th scope="row">Lead officer</th><td>Tom Inskip, Head of Commissioning and Market Sustainability (Adults)</td></tr>
<tr><th scope="row">Wards affected</th><td>All wards</td></tr>
</tbody>
</table>

<h2>Decision</h2>
<ol>
<li>To award contracts for the provision of home care (domiciliary care) services in six geographical zones to the eleven providers named in the confidential appendix, for an initial term of five years from 1 April 2026 with an option to extend for up to two further years.</li>
<li>To approve hourly rates of £24.10 in the four urban zones and £26.85 in the two rural zones for 2026/27, to be reviewed annually in line with the National Living Wage.</li>
<li>To delegate authority to the Director of Adult Social Services, in consultation with the Director of Law and Governance, to finalise and enter into the contracts.</li>
<li>To expand the in-house reablement service by fourteen posts from April 2026.</li>
</ol>

<h2>Reasons for the decision</h2>
<p>The current home care framework expires on 31 March 2026 and cannot be extended further. The Council has a duty under the Care Act 2014 to meet eligible needs and to promote a diverse and sustainable market of care providers. The zoned model is intended to reduce travel time between visits, improve continuity for people receiving care and cut the number of packages handed back by providers, which reached 146 in 2024/25.</p>
<p>The tender was evaluated on a 60% quality and 40% price basis. Quality questions included workforce recruitment and retention, paying care workers for travel time, and arrangements for continuity of carer. The total estimated value of the contracts is £41.6 million a year, within the approved budget for community-based care.</p>

<h2>Alternative options considered and rejected</h2>
<ul>
<li><strong>Extending the existing framework</strong> – not permitted under the Procurement Act 2023 without a fresh competition.</li>
<li><strong>Providing all long-term home care in-house</strong> – costed at around £3.2 million a year more than the recommended option and could not be mobilised by April 2026.</li>
<li><strong>Spot purchasing only</strong> – rejected because it offers no control over quality or price and would increase hand-backs.</li>
</ul>

<h2>Consultation</h2>
<h3>Scrutiny</h3>
<p>The Adults and Health Select Committee considered the outcome of the procurement at its meeting on 14 October 2025. The Committee noted the proposed awards and recommended that unmet hours and provider hand-backs be reported to it quarterly for the first two years of the new contracts. The Cabinet Member has accepted this recommendation, and the first report will be made in July 2026.</p>
<p>Members of the Committee also asked for the cost of care model behind the hourly rates to be shared; this was circulated on 20 October 2025.</p>
<h3>People who use services and carers</h3>
<p>Before the tender, 412 people who receive home care and 96 unpaid carers responded to a survey, and two co-production workshops were held with Healthwatch Harbourne. Their priorities – fewer changes of carer, reliable visit times and being told when a carer is running late – were written into the service specification.</p>
<h3>Providers and staff</h3>
<p>Three market engagement events were held with current and prospective providers. Where people change provider, staff may transfer under TUPE; a transition team will contact every affected person before their care moves.</p>

<h2>Declarations of interest</h2>
<p>None declared by the decision maker.</p>
<h2>Dispensations granted</h2>
<p>None.</p>

<h2>Background documents</h2>
<ul>
<li><a href="/documents/cmd-asc-2025-019-report.pdf">Report to the Cabinet Member – Award of home care contracts (PDF, 412KB)</a></li>
<li><a href="/documents/cmd-asc-2025-019-eia.pdf">Equality impact assessment (PDF, 188KB)</a></li>
<li>Appendix A – Evaluation summary and recommended providers (exempt: paragraph 3, Schedule 12A Local Government Act 1972)</li>
</ul>
<p class="meta">Page last updated: 30 October 2025</p>
</main>
<footer class="site-footer"><div class="container"><p>&copy; Harbourne Council, Guildhall, Harbourne HB1 2GH</p>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div></footer>
</body>
</html>
"""

def html_text(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", s))

# ---------------- gold ----------------
def Q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer, "given_by": given, "themes": themes}

GOLD1 = {
 "document": D1, "doc_type": "minutes", "committee": "Adults and Health Select Committee", "meeting_date": "2025-10-14",
 "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
 "questions": [
  Q("4", "question", "had waited eleven weeks for a home care package after leaving",
    "Mrs Janet Corvell (resident, Lowmoor ward)",
    "212 people were waiting for some or all of their commissioned care",
    "Cabinet Member for Adult Social Care and Health", ["adult-social-care", "patient-and-public-input"]),
  Q("4", "question", "as a supplementary question, whether those weekly figures would be published",
    "Mrs Janet Corvell",
    "unmet hours figure would be included in the quarterly performance report",
    "Cabinet Member for Adult Social Care and Health", ["adult-social-care", "governance", "patient-and-public-input"]),
  Q("5", "question", "how many of the eleven recommended providers were owned by private equity firms",
    "Councillor Anita Sharrock",
    "two of the recommended providers were owned by investment funds",
    DASS, ["privatisation", "subcontracting", "governance", "adult-social-care"]),
  Q("5", "concern", "rural rate would still not be enough to attract carers to the Upper Vale",
    "Councillor Daniel Whitlock",
    "the rural rate had been set to include paid travel time and mileage",
    DASS, ["finance", "workforce", "adult-social-care"]),
  Q("5", "request", "breakdown of how the hourly rate was built up, including the amount",
    "Councillor Priya Anand",
    "Agreed to circulate the cost of care model to Members",
    "Head of Commissioning and Market Sustainability (Adults)", ["finance", "workforce", "adult-social-care"]),
  Q("5", "question", "whether bringing part of the service back in-house had been considered",
    "Councillor Simon Dreyer",
    "a fully in-house long-term home care service had been costed at about",
    "Head of Commissioning and Market Sustainability (Adults)", ["privatisation", "finance", "adult-social-care"]),
  Q("5", "question", "asked how continuity would be protected when contracts moved between providers",
    "Councillor Maureen Tilsley (Chair)",
    "TUPE would apply where staff moved with their clients",
    DASS, ["patient-and-public-input", "subcontracting", "workforce", "adult-social-care"]),
  Q("6", "question", "how many patients were medically fit to leave Harbourne General",
    "Councillor Daniel Whitlock",
    "Reported an average of 68 patients a day in September",
    "Director of Urgent Care and System Flow, Harbourne and Wyre ICB", ["adult-social-care"]),
  Q("6", "question", "extra discharge to assess beds commissioned for the winter were in care homes",
    "Councillor Priya Anand",
    "all twenty-four of the winter beds were in homes currently rated good",
    "Assistant Director, Hospital Discharge and Reablement", ["integration", "governance", "adult-social-care"]),
  Q("6", "concern", "flu vaccination rate among care home staff had fallen last year",
    "Councillor Colin Harrop", None, None, ["public-health", "workforce", "adult-social-care"]),
  Q("7", "question", "how many social worker posts in the adult teams were currently vacant",
    "Councillor Colin Harrop",
    "17 of the 96 social worker posts were vacant and 11",
    "Principal Social Worker and Head of Workforce Development, Adult Social Care", ["workforce", "adult-social-care"]),
  Q("7", "comment", "the independent sector had not been involved in writing it",
    "Councillor Anita Sharrock",
    "the provider forum would be consulted on the final draft in November",
    "Principal Social Worker and Head of Workforce Development, Adult Social Care", ["workforce", "subcontracting", "patient-and-public-input", "adult-social-care"]),
  Q("8", "request", "quality of care in residential homes for people with dementia be added",
    "Councillor Priya Anand", None, None, ["mental-health", "adult-social-care", "governance"]),
 ],
 "resolutions": [
  {"item": "3", "text": "minutes of the meeting held on 9 September 2025 be approved", "outcome": "agreed", "themes": []},
  {"item": "5", "text": "notes the outcome of the home care procurement and the proposed contract awards", "outcome": "noted", "themes": ["subcontracting", "adult-social-care"]},
  {"item": "5", "text": "recommends to the Cabinet Member that unmet hours and provider hand-backs be reported", "outcome": "recommended", "themes": ["subcontracting", "governance", "adult-social-care"]},
  {"item": "6", "text": "the winter plan be noted and that the Integrated Care Board be invited", "outcome": "noted", "themes": ["integration", "adult-social-care"]},
  {"item": "7", "text": "endorses the draft Adult Social Care Workforce Strategy, subject to consultation", "outcome": "agreed", "themes": ["workforce", "patient-and-public-input", "adult-social-care"]},
  {"item": "8", "text": "the work programme be agreed, with the addition of an item on dementia", "outcome": "agreed", "themes": ["governance", "mental-health", "adult-social-care"]},
 ],
 "attendees": [
  {"name": "Councillor Maureen Tilsley", "role": "Chair", "attendance": "present"},
  {"name": "Councillor Daniel Whitlock", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Councillor Priya Anand", "role": None, "attendance": "present"},
  {"name": "Councillor Colin Harrop", "role": None, "attendance": "present"},
  {"name": "Councillor Anita Sharrock", "role": None, "attendance": "present"},
  {"name": "Councillor Simon Dreyer", "role": "substitute for Councillor Penhallow", "attendance": "present"},
  {"name": "Mr Roger Penfold", "role": "Co-opted member (non-voting), Healthwatch Harbourne", "attendance": "present"},
  {"name": "Councillor Helen Bassingthwaite", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
  {"name": "Mrs Lorna Achebe", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
  {"name": "Mr Tom Inskip", "role": "Head of Commissioning and Market Sustainability (Adults)", "attendance": "in_attendance"},
  {"name": "Ms Farah Qureshi", "role": "Principal Social Worker and Head of Workforce Development, Adult Social Care", "attendance": "in_attendance"},
  {"name": "Ms Kate Lyle", "role": "Assistant Director, Hospital Discharge and Reablement", "attendance": "in_attendance"},
  {"name": "Mr Owen Price", "role": "Scrutiny Officer", "attendance": "in_attendance"},
  {"name": "Dr Amir Sethi", "role": "Director of Urgent Care and System Flow, Harbourne and Wyre Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Councillor Gareth Penhallow", "role": None, "attendance": "apologies"},
  {"name": "Councillor Ruth Okafor", "role": None, "attendance": "apologies"},
 ],
}

GOLD2 = {
 "document": D2, "doc_type": "other",
 "themes": ["subcontracting", "adult-social-care", "finance", "workforce", "privatisation",
            "patient-and-public-input", "governance"],
}

def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def check():
    ok = True
    for doc, gold, getter in [(D1, GOLD1, docx_text), (D2, GOLD2, lambda p: html_text(open(p, encoding="utf-8").read()))]:
        path = os.path.join(DOCS, doc)
        g = json.load(open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), encoding="utf-8"))
        assert g["document"] == doc
        text = " " + norm(getter(path)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = len(norm(ph).split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False; print(f"FAIL {doc}: count={c} words={n}: {ph}")
        print(f"{doc}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_docx(os.path.join(DOCS, D1))
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8") as f: f.write(HTML)
    for doc, g in [(D1, GOLD1), (D2, GOLD2)]:
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    main()
