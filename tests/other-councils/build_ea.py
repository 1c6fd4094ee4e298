#!/usr/bin/env python3
"""Build the "ea-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ea.py           build documents/ea-* and gold/ea-*.json
        build_ea.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, copy, datetime, html as htmlmod
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 7, 2, 9, 30, 0)

DOCX_NAME = "ea-harrowdene-health-scrutiny-committee-2025-06-19.docx"
HTML_NAME = "ea-harrowdene-day-opportunities-consultation-outcome.html"

# ---------------------------------------------------------------- document 1
MEMBERS = [
    ("Cllr Margaret Ellery", "Chairman"),
    ("Cllr Desmond Oyelaran", "Vice-Chairman"),
    ("Cllr Priya Chaudhuri", None),
    ("Cllr Alan Featherstone", None),
    ("Cllr Rosalind Hartigan", None),
    ("Cllr Terence Mawby", "substitute for Cllr Pugh"),
    ("Cllr Julian Stroud", None),
    ("Mrs Carol Venning", "Co-opted Member, District Councils"),
]
OFFICERS = [
    ("Helen Marchbank", "Director of Adult Social Care and Health"),
    ("Dr Samuel Okonjo", "Director of Public Health"),
    ("Fiona Lusted", "Assistant Director, Commissioning and Market Management (All Age)"),
    ("Gareth Pilling", "Director of Strategic Planning, Harrowdene and Medway Vale Integrated Care Board"),
    ("Dr Anya Roscoe", "Clinical Director for Children and Young People's Mental Health, Harrowdene Partnership NHS Trust"),
    ("Kirsty Abara", "Democratic Services Officer"),
]

# items: (title, [paragraphs]) ; paragraph = str or ("COMMENT", text, comment)
ITEMS = [
    ("Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Cllr Bethan Pugh and Cllr Nigel Sorrell. Cllr Terence Mawby attended as substitute for Cllr Pugh. No substitute had been nominated for Cllr Sorrell.",
    ]),
    ("Declarations of Interest", [
        "Cllr Priya Chaudhuri declared an other significant interest in item 5 as her daughter was employed as a care worker by a domiciliary care agency contracted by the County Council; she remained in the meeting but took no part in the vote on that item.",
        "Mrs Carol Venning declared that she was a volunteer governor of Harrowdene Partnership NHS Trust. No other declarations were made.",
    ]),
    ("Minutes of the meeting held on 10 April 2025", [
        "RESOLVED that the minutes of the meeting held on 10 April 2025 be approved as a correct record and signed by the Chairman.",
    ]),
    ("Community Diagnostic Centre: procurement of the Eastbridge site", [
        "Gareth Pilling, Director of Strategic Planning at the Integrated Care Board, introduced the report, which set out the ICB's intention to procure an independent sector operator for the second phase of the Eastbridge Community Diagnostic Centre under the Provider Selection Regime, with a ten-year contract valued at approximately £38.4 million.",
        ("COMMENT", "Cllr Alan Featherstone enquired whether the £38.4 million figure included the cost of the new MRI scanner or whether that was funded separately through national capital. In reply, the Director confirmed that the scanner was funded from a national capital allocation of £3.1 million and sat outside the contract value. Cllr Featherstone asked how many bidders had expressed an interest; the Director explained that four providers had responded to the market engagement exercise, two of them NHS trusts.", "check figure with ICB"),
        "Cllr Rosalind Hartigan expressed concern that handing diagnostic capacity to a private company would draw radiographers away from Harrowdene General Hospital, where vacancies already stood at fourteen per cent. In reply, the Director confirmed that the specification required the operator to recruit at least seventy per cent of clinical staff from outside the local NHS workforce and to report vacancy data quarterly to the ICB.",
        "Cllr Desmond Oyelaran enquired whether the Committee would be consulted before the contract award was made, given that the service had previously been run in-house by the trust. In reply, the Director confirmed that the ICB did not consider the change to be a substantial variation but would bring the preferred bidder and the evaluation outcome to the Committee in November before the contract was signed.",
        "RESOLVED that (1) the report be noted; (2) the ICB be requested to present the outcome of the procurement evaluation to the November meeting before any contract is signed; and (3) the ICB provide a written breakdown of the capital and revenue costs of the Eastbridge scheme.",
    ]),
    ("Adult Social Care Workforce Strategy 2025-2028", [
        "Helen Marchbank, Director of Adult Social Care and Health, presented the draft workforce strategy, noting that the vacancy rate across the independent care sector in the county had fallen from 11.2 per cent to 8.7 per cent over the year but that turnover remained high at 29 per cent.",
        "Cllr Julian Stroud enquired whether the Council's fee uplift to home care providers had been passed on to care workers through higher hourly pay. In reply, the Director confirmed that contract monitoring showed most providers had paid at least the Real Living Wage from April, although three smaller agencies had not yet evidenced this and were being followed up.",
        "Cllr Priya Chaudhuri asked what was being done about the reliance on international recruitment now that the visa route for care workers had closed to new applicants. The Director explained that the Council was working with the two further education colleges on a local care academy and that the first cohort of forty trainees would start in September.",
        "Mrs Carol Venning raised the difficulty rural carers faced in travelling between visits without a car and asked whether mileage rates could be reviewed. No answer was recorded at the meeting and the Director undertook to circulate a note.",
        "Cllr Terence Mawby enquired whether the strategy addressed the pay gap between NHS healthcare assistants and social care staff doing comparable work. In reply, the Director confirmed that the gap was approximately £2,300 a year at entry level and that closing it would require national funding rather than local savings.",
        "RESOLVED that the Committee endorse the Adult Social Care Workforce Strategy 2025-2028 and recommend to Cabinet that the care academy proposal be funded from the workforce reserve for a further two years.",
    ]),
    ("Recommissioning of the Stop Smoking and Tobacco Control Service", [
        "Dr Samuel Okonjo, Director of Public Health, reported that the current stop smoking contract with Clearway Health CIC would expire in March 2026 and that a competitive tender was proposed, combining the community service with the new vaping prevention work in schools.",
        "Cllr Margaret Ellery enquired whether combining the two elements into one lot would exclude smaller voluntary sector providers from bidding. In reply, the Director of Public Health confirmed that the tender would allow consortium bids and that a lead provider could subcontract the schools element to local charities.",
        "Cllr Alan Featherstone questioned the quit rate achieved under the existing contract, which he understood to be below the regional average. The Director of Public Health explained that the four-week quit rate had been 51 per cent against a regional figure of 56 per cent, and that the new specification would include a payment by results element.",
        "Cllr Rosalind Hartigan asked that residents and young people be involved in designing the new service. In reply, the Director of Public Health confirmed that a public survey would run over the summer and that the Youth Council would be invited to help evaluate tenders.",
        "RESOLVED that the Committee note the proposed recommissioning approach and ask that the results of the summer survey be reported to the Committee before the tender is published.",
    ]),
    ("Children and Young People's Mental Health: Waiting Times", [
        "Dr Anya Roscoe, Clinical Director for Children and Young People's Mental Health, gave a presentation on waiting times for the specialist service, reporting that 612 children and young people were waiting for a first assessment, of whom 148 had waited more than eighteen weeks.",
        "Cllr Desmond Oyelaran enquired whether children on the waiting list were offered any support while they waited. In reply, Dr Roscoe confirmed that every family received a named practitioner contact and access to the online counselling service commissioned from a national provider, and that urgent cases were triaged within 72 hours.",
        "Cllr Julian Stroud expressed concern that schools were being asked to hold increasingly complex cases without specialist training. Dr Roscoe acknowledged the pressure on schools and explained that the mental health support teams now covered sixty per cent of pupils, with the remaining areas to be covered by 2027.",
        "Cllr Priya Chaudhuri requested a breakdown of waits for neurodevelopmental assessment by district, as she believed families in the east of the county waited longest. Dr Roscoe agreed that the data would be provided before the next meeting.",
        "RESOLVED that (1) the presentation be noted; and (2) a further update on waiting times, including neurodevelopmental assessment waits by district, be brought to the Committee in January 2026.",
    ]),
    ("Work Programme", [
        "The Committee considered its work programme for 2025-26. Members agreed to add an item on hospital discharge and the discharge to assess pathway to the September meeting.",
        "RESOLVED that the work programme be agreed subject to the addition of an item on hospital discharge in September 2025.",
    ]),
]

COMMITTEE = "Health Scrutiny Committee"
COUNCIL = "Harrowdene County Council"


def _numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); absn.append(mlt)
    specs = [(0, "%1.", "Heading1", 432, 432), (1, "%1.%2", None, 720, 720)]
    for ilvl, text, pstyle, left, hang in specs:
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), "decimal"); lvl.append(nf)
        if pstyle:
            ps = OxmlElement("w:pStyle"); ps.set(qn("w:val"), pstyle); lvl.append(ps)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), text); lvl.append(lt)
        lj = OxmlElement("w:lvlJc"); lj.set(qn("w:val"), "left"); lvl.append(lj)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left)); ind.set(qn("w:hanging"), str(hang)); ppr.append(ind); lvl.append(ppr)
        absn.append(lvl)
    for ilvl in range(2, 9):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), "lowerLetter"); lvl.append(nf)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), "(%%%d)" % (ilvl + 1)); lvl.append(lt)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90"); num.append(an)
    numbering.append(num)


def _numpr(par, ilvl):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "90"); numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kirsty Abara"; cp.title = "Health Scrutiny Committee minutes 19 June 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Kirsty Abara"; cp.revision = 3
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    h1 = doc.styles["Heading 1"]; h1.font.name = "Arial"; h1.font.size = Pt(12)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = COUNCIL + " – " + COMMITTEE + " – 19 June 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chairman's initials ..........      "
    # PAGE field in footer
    run = fp.add_run("Page ")
    r2 = fp.add_run()
    for t, v in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if t == "instr":
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = v; r2._r.append(e)
        elif t == "text":
            e = OxmlElement("w:t"); e.text = v; r2._r.append(e)
        else:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r2._r.append(e)
    _numbering(doc)

    p = doc.add_paragraph(); r = p.add_run(COUNCIL.upper()); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run("MINUTES of a meeting of the " + COMMITTEE + " held at County Hall, Harrowdene on Thursday, 19 June 2025 at 10.00 am"); r.bold = True
    tbl = doc.add_table(rows=1, cols=2); tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Members present"; tbl.rows[0].cells[1].text = "Officers present"
    for c in tbl.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    n = max(len(MEMBERS), len(OFFICERS))
    for i in range(n):
        row = tbl.add_row().cells
        if i < len(MEMBERS):
            nm, rl = MEMBERS[i]; row[0].text = nm + (" (%s)" % rl if rl else "")
        if i < len(OFFICERS):
            nm, rl = OFFICERS[i]; row[1].text = nm + " – " + rl
    doc.add_paragraph("Also present: Ms Lorraine Tebbit, Healthwatch Harrowdene (non-voting observer).")

    for title, paras in ITEMS:
        hp = doc.add_paragraph(title, style="Heading 1"); _numpr(hp, 0)
        for para in paras:
            comment = None
            if isinstance(para, tuple):
                _, para, comment = para
            bp = doc.add_paragraph(); _numpr(bp, 1)
            bp.paragraph_format.alignment = 3  # justify
            if para.startswith("RESOLVED"):
                r = bp.add_run("RESOLVED"); r.bold = True; r = bp.add_run(para[len("RESOLVED"):])
            else:
                r = bp.add_run(para)
            if comment:
                doc.add_comment([r], text=comment, author="Kirsty Abara", initials="KA")
    doc.add_paragraph("The meeting closed at 12.40 pm.")
    doc.add_paragraph("Chairman ........................................    Date ....................")
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "word/comments.xml":
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2025-06-20T14:05:00Z"', data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 7, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_text(path):
    d = Document(path)
    parts = []
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for p in d.paragraphs:
        parts.append(p.text)
    return "\n".join(parts)

# ---------------------------------------------------------------- document 2
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Consultation outcome: Day opportunities for adults with learning disabilities | Harrowdene County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:0 auto;color:#0b0c0c}
.site-header{background:#004b6b;color:#fff;padding:12px}
.breadcrumbs{font-size:14px;margin:12px 0}
.chart{border:1px solid #b1b4b6;padding:12px;margin:16px 0}
.bar{background:#1d70b8;color:#fff;height:22px;margin:4px 0;padding-left:6px;white-space:nowrap}
.callout{border-left:6px solid #00703c;padding:8px 16px;background:#f3f2f1}
footer{border-top:1px solid #b1b4b6;margin-top:32px;font-size:13px}
</style>
</head>
<body>
<header class="site-header"><a href="/" style="color:#fff">Harrowdene County Council</a> &nbsp;|&nbsp; Have your say</header>
<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/have-your-say">Have your say</a> &gt; <a href="/have-your-say/closed">Closed consultations</a> &gt; Day opportunities</nav>
<main>
<h1>Consultation outcome: Day opportunities for adults with learning disabilities</h1>
<p><strong>Status:</strong> Closed – outcome published<br>
<strong>Ran from:</strong> 13 January 2025 to 7 April 2025<br>
<strong>Responses:</strong> 1,184 (including 212 easy read questionnaires)<br>
<strong>Published:</strong> 18 June 2025</p>

<h2>What we consulted on</h2>
<p>We asked people what they thought of our proposals for the future of day opportunities for adults with learning disabilities in Harrowdene. At present the Council runs seven day centres directly and funds around 640 people to attend services provided by voluntary and independent organisations. We proposed to keep three larger Council-run centres as specialist hubs for people with complex needs, to close or transfer the four smaller centres, and to spend more on community-based activities, supported employment and personal budgets.</p>
<p>We held 21 drop-in sessions at day centres and libraries, ran four online meetings and worked with Harrowdene Learning Disability Partnership Board and People First Harrowdene to produce an easy read version and to support self-advocates to take part.</p>

<h2>Who responded</h2>
<div class="chart" role="img" aria-label="Bar chart showing who responded">
<p><strong>Chart 1: Who responded (1,184 responses)</strong></p>
<div class="bar" style="width:41%">Family carers – 41%</div>
<div class="bar" style="width:27%">People who use day services – 27%</div>
<div class="bar" style="width:14%">Staff and providers – 14%</div>
<div class="bar" style="width:12%">Other residents – 12%</div>
<div class="bar" style="width:6%">Organisations – 6%</div>
<p><em>Text description:</em> The bar chart shows that the largest group of respondents was family carers (41 per cent), followed by people who use day services (27 per cent). Staff and providers made up 14 per cent, other residents 12 per cent and organisations 6 per cent.</p>
</div>

<h2>What people told us</h2>
<div class="chart" role="img" aria-label="Stacked bar chart of agreement with each proposal">
<p><strong>Chart 2: How far do you agree or disagree with each proposal?</strong></p>
<p><em>Text description:</em> For the proposal to keep three specialist hubs, 62 per cent agreed or strongly agreed and 21 per cent disagreed. For the proposal to close or transfer the four smaller centres, 18 per cent agreed and 71 per cent disagreed or strongly disagreed. For more community-based activities, 58 per cent agreed and 19 per cent disagreed. For more supported employment, 74 per cent agreed and 8 per cent disagreed. The remainder in each case neither agreed nor disagreed or did not know.</p>
</div>
<p>The main themes in the 896 written comments were:</p>
<ul>
<li><strong>Friendships and routine</strong> (mentioned in 47% of comments): many people said that the smaller centres are where they see their friends and that change would be very upsetting.</li>
<li><strong>Travel</strong> (33%): families in rural areas were worried about longer journeys to a hub and about the cost of transport.</li>
<li><strong>Respite for carers</strong> (29%): carers told us that a day centre place is what allows them to work or rest, and that community activities of two or three hours would not give the same break.</li>
<li><strong>Quality of community options</strong> (22%): some people welcomed more choice but asked whether enough good providers exist outside the towns.</li>
<li><strong>Money</strong> (18%): people asked whether the proposals were really about saving money. The proposals were expected to save £1.2 million a year by 2027/28.</li>
</ul>
<div class="chart" role="img" aria-label="Pie chart of preferred use of personal budget">
<p><strong>Chart 3: If you had a personal budget, how would you prefer to use it?</strong></p>
<p><em>Text description:</em> The pie chart shows that 38 per cent would prefer to keep a building-based service, 26 per cent would prefer a mix of building-based and community activities, 21 per cent would prefer community activities or work experience only and 15 per cent did not know.</p>
</div>

<h2>The decision</h2>
<div class="callout">
<p>The Cabinet considered the consultation findings and an equality impact assessment at its meeting on 12 June 2025. Taking account of what people told us, the Cabinet decided:</p>
<ol>
<li>to keep the three Council-run specialist hubs at Eastbridge, Millford and Harrowdene town;</li>
<li>not to close the four smaller centres in 2025/26, and instead to work with the people who use each centre, and their families, on a plan for each centre to be brought back to Cabinet in spring 2026;</li>
<li>to invest £350,000 in supported employment and community activity grants, with priority for rural areas;</li>
<li>to review transport arrangements, including the use of pooled minibuses, before any further change is made.</li>
</ol>
<p>The expected saving has been reduced to £450,000 a year. The Health Scrutiny Committee will be kept informed.</p>
</div>

<h2>What happens next</h2>
<p>Staff from the Adult Social Care and Health directorate will contact everyone who attends the four smaller centres over the summer. An easy read version of this outcome report is available, along with the full consultation report (PDF, 2.1MB) and the equality impact assessment (PDF, 640KB).</p>
<p>If you have any questions, please email <a href="mailto:haveyoursay@harrowdene.gov.uk">haveyoursay@harrowdene.gov.uk</a> or call 0300 555 0192.</p>
</main>
<footer><p>&copy; Harrowdene County Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a> &middot; Page last updated: 18 June 2025</p></footer>
</body>
</html>
"""


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?s)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)

# ---------------------------------------------------------------- gold
def Q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}

def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

GOLD_DOCX = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-06-19",
    "items": [{"number": str(i + 1), "title": t} for i, (t, _) in enumerate(ITEMS)],
    "questions": [
        Q("4", "question", "enquired whether the £38.4 million figure included the cost of the new MRI scanner",
          "Cllr Alan Featherstone", "the scanner was funded from a national capital allocation of £3.1 million",
          "Gareth Pilling", ["finance", "subcontracting"]),
        Q("4", "question", "Cllr Featherstone asked how many bidders had expressed an interest",
          "Cllr Alan Featherstone", "four providers had responded to the market engagement exercise, two of them NHS trusts",
          "Gareth Pilling", ["subcontracting"]),
        Q("4", "concern", "handing diagnostic capacity to a private company would draw radiographers away",
          "Cllr Rosalind Hartigan", "the specification required the operator to recruit at least seventy per cent of clinical staff",
          "Gareth Pilling", ["privatisation", "workforce", "subcontracting"]),
        Q("4", "question", "enquired whether the Committee would be consulted before the contract award was made",
          "Cllr Desmond Oyelaran", "the ICB did not consider the change to be a substantial variation",
          "Gareth Pilling", ["governance", "subcontracting", "privatisation"]),
        Q("5", "question", "fee uplift to home care providers had been passed on to care workers",
          "Cllr Julian Stroud", "most providers had paid at least the Real Living Wage from April",
          "Helen Marchbank", ["adult-social-care", "workforce", "finance", "subcontracting"]),
        Q("5", "question", "asked what was being done about the reliance on international recruitment",
          "Cllr Priya Chaudhuri", "working with the two further education colleges on a local care academy",
          "Helen Marchbank", ["adult-social-care", "workforce"]),
        Q("5", "request", "asked whether mileage rates could be reviewed",
          "Mrs Carol Venning", None, None, ["adult-social-care", "workforce", "finance"]),
        Q("5", "question", "the strategy addressed the pay gap between NHS healthcare assistants and social care staff",
          "Cllr Terence Mawby", "closing it would require national funding rather than local savings",
          "Helen Marchbank", ["adult-social-care", "workforce", "finance", "integration"]),
        Q("6", "concern", "combining the two elements into one lot would exclude smaller voluntary sector providers",
          "Cllr Margaret Ellery", "the tender would allow consortium bids and that a lead provider could subcontract",
          "Dr Samuel Okonjo", ["public-health", "subcontracting"]),
        Q("6", "question", "questioned the quit rate achieved under the existing contract",
          "Cllr Alan Featherstone", "the four-week quit rate had been 51 per cent against a regional figure",
          "Dr Samuel Okonjo", ["public-health", "subcontracting"]),
        Q("6", "request", "asked that residents and young people be involved in designing the new service",
          "Cllr Rosalind Hartigan", "a public survey would run over the summer and that the Youth Council",
          "Dr Samuel Okonjo", ["public-health", "patient-and-public-input", "children-and-families"]),
        Q("7", "question", "children on the waiting list were offered any support while they waited",
          "Cllr Desmond Oyelaran", "every family received a named practitioner contact and access to the online counselling service",
          "Dr Anya Roscoe", ["mental-health", "children-and-families"]),
        Q("7", "concern", "schools were being asked to hold increasingly complex cases without specialist training",
          "Cllr Julian Stroud", "the mental health support teams now covered sixty per cent of pupils",
          "Dr Anya Roscoe", ["mental-health", "children-and-families", "workforce"]),
        Q("7", "request", "requested a breakdown of waits for neurodevelopmental assessment by district",
          "Cllr Priya Chaudhuri", "Dr Roscoe agreed that the data would be provided before the next meeting",
          "Dr Anya Roscoe", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 10 April 2025 be approved", "agreed", []),
        R("4", "the ICB be requested to present the outcome of the procurement evaluation", "agreed", ["subcontracting", "governance", "finance"]),
        R("5", "the Committee endorse the Adult Social Care Workforce Strategy 2025-2028 and recommend", "recommended", ["adult-social-care", "workforce", "finance"]),
        R("6", "the Committee note the proposed recommissioning approach and ask that the results", "noted", ["public-health", "subcontracting", "patient-and-public-input"]),
        R("7", "a further update on waiting times, including neurodevelopmental assessment waits by district", "noted", ["mental-health", "children-and-families"]),
        R("8", "the work programme be agreed subject to the addition of an item", "agreed", ["adult-social-care"]),
    ],
    "attendees": (
        [{"name": n, "role": (r if r and not r.startswith("substitute") else None), "attendance": "present"} for n, r in MEMBERS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS]
        + [{"name": "Ms Lorraine Tebbit", "role": "Healthwatch Harrowdene (non-voting observer)", "attendance": "in_attendance"},
           {"name": "Cllr Bethan Pugh", "role": None, "attendance": "apologies"},
           {"name": "Cllr Nigel Sorrell", "role": None, "attendance": "apologies"}]
    ),
}

GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "report",
    "themes": ["adult-social-care", "patient-and-public-input", "finance", "privatisation", "subcontracting"],
}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2013", " ").replace("\u2014", " ")
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gold, text in ((GOLD_DOCX, docx_text(os.path.join(DOCS, DOCX_NAME))),
                       (GOLD_HTML, html_text(os.path.join(DOCS, HTML_NAME)))):
        t = " " + norm(text) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]:
                phrases.append(q["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = norm(ph); wc = len(n.split())
            cnt = t.count(" " + n + " ")
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print("FAIL [%s] count=%d words=%d: %s" % (gold["document"], cnt, wc, ph))
        if "comment" in norm(text) and "check figure" in norm(text):
            ok = False; print("FAIL comment text leaked into body")
    print("check", "passed" if ok else "FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_docx(os.path.join(DOCS, DOCX_NAME))
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f:
        f.write(HTML)
    for g in (GOLD_DOCX, GOLD_HTML):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
