#!/usr/bin/env python3
"""Build the "bs-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bs.py          build documents and gold
        build_bs.py --check  verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 6, 9, 30, 0)

# ---------------------------------------------------------------------------
# Document 1: Google Docs export, Sandmere Council HSC Scrutiny Panel
# ---------------------------------------------------------------------------
DOC1 = "bs-sandmere-hsc-scrutiny-panel-2025-03-04.docx"

ATT_PRESENT = [
    "Cllr Maureen Ashdown (Chair)", "Cllr Daniel Okafor (Vice-Chair)", "Cllr Rebecca Thwaite",
    "Cllr Imran Siddiqui", "Cllr Gillian Porteous",
    "Cllr Tom Hallworth (substitute for Cllr Jean Mabey)",
    "Mrs Sheila Crabtree (Healthwatch Sandmere - co-opted member)",
]
ATT_APOL = ["Cllr Jean Mabey", "Cllr Peter Lindqvist"]
ATT_OFF = [
    "Karen Doughty (Corporate Director of Adult Social Care and Health)",
    "Dr Priya Venkatesan (Director of Public Health)",
    "Martin Royle (Head of Commissioning and Market Management - Adults)",
    "Fiona Baptiste (Associate Director of Urgent and Emergency Care - North Coast Integrated Care Board)",
    "Alan Greaves (Democratic Services Officer)",
]

# Each item: title, intro paragraphs, points [(point, [answers])], agreed bullets
ITEMS = [
    ("Apologies and substitutes",
     ["Apologies for absence were received from Cllr Jean Mabey and Cllr Peter Lindqvist. "
      "Cllr Tom Hallworth attended as substitute for Cllr Mabey."], [], []),
    ("Declarations of interest",
     ["Cllr Rebecca Thwaite declared a non-pecuniary interest in item 5 as a close family member "
      "is employed by a home care provider operating in the borough. She remained in the meeting "
      "and took part in the discussion. No other declarations were made."], [], []),
    ("Minutes of the previous meeting",
     [], [],
     ["That the minutes of the meeting held on 14 January 2025 be approved as a correct record "
      "and signed by the Chair."]),
    ("North Coast ICB: winter pressures and hospital discharge",
     ["Fiona Baptiste, Associate Director of Urgent and Emergency Care at North Coast Integrated Care "
      "Board, introduced the report, which set out performance at Sandmere General Hospital over the "
      "winter period and progress with the joint discharge programme. Karen Doughty, Corporate Director "
      "of Adult Social Care and Health, outlined the council's contribution through the Better Care Fund."],
     [("Cllr Okafor asked how many patients were still waiting more than 24 hours in the emergency "
       "department at Sandmere General Hospital.",
       ["The ICB lead said the figure had fallen from 61 in December to 38 in February but remained "
        "well above the national ambition."]),
      ("Cllr Siddiqui asked whether the discharge to assess beds bought from private care homes offered "
       "value for money when compared with the in-house reablement service.",
       ["The Corporate Director said the spot-purchased beds cost on average £1,240 per week and that a "
        "full comparison with in-house reablement would be brought to the Panel in June."]),
      ("Cllr Porteous raised concerns that some families were being given less than a day's notice of a "
       "discharge to a care home outside the borough.",
       ["The ICB lead said a new discharge information leaflet had been co-produced with Healthwatch "
        "Sandmere and would be used on all wards from April."]),
      ("Mrs Crabtree commented that the patient experience survey results for the discharge lounge had "
       "still not been shared with Healthwatch.", []),
      ],
     ["That the update on winter pressures and hospital discharge be noted.",
      "That the ICB be asked to share the discharge lounge survey results with Healthwatch Sandmere "
      "before the next meeting."]),
    ("Home care recommissioning 2025",
     ["Martin Royle, Head of Commissioning and Market Management (Adults), presented the proposed model "
      "for recommissioning home care from October 2025, based on six geographical zones each with a lead "
      "provider and a supporting framework."],
     [("Cllr Thwaite asked whether the new contracts would require providers to pay care workers at least "
       "the real living wage.",
       ["The Head of Commissioning said the tender specification required payment of the real living wage "
        "and that this would be checked through quarterly contract monitoring visits."]),
      ("Cllr Hallworth asked what proportion of the local home care market was now owned by companies "
       "backed by private equity.",
       ["The Head of Commissioning said four of the eleven framework providers were owned by private "
        "equity investors, accounting for around 40 per cent of commissioned hours."]),
      ("Cllr Siddiqui requested that the council keep open the option of bringing part of the service "
       "back in-house as a provider of last resort.",
       ["The Corporate Director said an options appraisal for an in-house provider of last resort was "
        "being prepared for Cabinet in the autumn."]),
      ("The Chair asked how people receiving home care and their carers had been consulted on the proposed "
       "zones.",
       ["The Head of Commissioning said 212 people had responded to the survey and three focus groups had "
        "been held with unpaid carers."]),
      ],
     ["That the Panel supports the proposed recommissioning model subject to the comments made at the "
      "meeting.",
      "That the options appraisal for an in-house provider of last resort be added to the work programme."]),
    ("Public health grant 2025/26 and stop smoking service performance",
     ["Dr Priya Venkatesan, Director of Public Health, presented the report on the allocation of the "
      "public health grant for 2025/26 and the performance of the stop smoking service in its first year "
      "under the new provider."],
     [("Cllr Porteous asked how the uplift in the public health grant for 2025/26 would be spent.",
       ["The Director of Public Health said most of the uplift would meet the cost of NHS pay awards "
        "within commissioned services, leaving little room for new prevention work."]),
      ("Cllr Okafor raised concerns about the fall in quit rates among pregnant women since the service "
       "transferred to the new provider.",
       ["The Director of Public Health said the provider had been issued with a performance notice and "
        "that its improvement plan was being monitored every month."]),
      ("Cllr Thwaite asked whether anything was being done about vaping among pupils in secondary schools.",
       []),
      ],
     ["That the Panel recommends to Cabinet that the stop smoking service contract is not extended beyond "
      "March 2026 without a full review of performance."]),
    ("Adult social care workforce strategy 2025-2028",
     ["Karen Doughty, Corporate Director of Adult Social Care and Health, introduced the draft workforce "
      "strategy, which covered both the council's own teams and the independent care sector."],
     [("Cllr Hallworth asked how many social worker posts in the adult locality teams were currently vacant.",
       ["The Corporate Director said 14 of the 96 posts were vacant and nine of these were covered by "
        "agency staff."]),
      ("Cllr Siddiqui questioned whether the international recruitment scheme had led to any cases of "
       "exploitation by sponsoring care providers.",
       ["The Corporate Director said two cases had been referred to the Home Office and the council had "
        "helped the affected workers to find new sponsors."]),
      ("Mrs Crabtree asked whether people who draw on care had been involved in designing the new induction "
       "training.",
       ["Officers said the induction training had been co-designed with the Sandmere Lived Experience "
        "Group over the summer."]),
      ],
     ["That the draft Adult Social Care Workforce Strategy 2025-2028 and the comments of the Panel be noted."]),
    ("Work programme 2024/25",
     ["The Democratic Services Officer presented the work programme for the remainder of the municipal year."],
     [("Cllr Porteous requested an item on dementia diagnosis rates and the waiting list for the memory "
       "assessment service.", []),
      ],
     ["That the work programme be agreed subject to the addition of an item on dementia diagnosis rates."]),
]


def add_numbering(doc):
    """Add Google-Docs-like list definitions. Returns numIds (heading, bullets, points-abstract id)."""
    numbering = doc.part.numbering_part.element
    W = nsdecls("w")

    def lvl(ilvl, fmt, text, ind):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>'
                f'<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')

    abstracts = [
        (901, lvl(0, "decimal", "%1.", 720)),
        (902, lvl(0, "decimal", "%1.", 720) + lvl(1, "lowerLetter", "%2.", 1440)),
        (903, lvl(0, "bullet", "\u25cf", 720) + lvl(1, "bullet", "\u25cb", 1440)),
    ]
    first_num = numbering.find(qn("w:num"))
    for aid, lv in abstracts:
        el = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    return numbering


def add_num(numbering, num_id, abstract_id):
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))


def set_num(par, num_id, ilvl):
    pPr = par._p.get_or_add_pPr()
    ps = pPr.find(qn("w:pStyle"))
    pPr.insert(1 if ps is not None else 0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


def fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_doc1():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in ("Title", "Heading 2", "Subtitle"):
        doc.styles[s].font.name = "Arial"
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.author = ""
    cp.title = "HSC Scrutiny Panel minutes 4 March 2025"
    cp.revision = 1

    numbering = add_numbering(doc)
    add_num(numbering, 9001, 901)  # item headings, never restart
    add_num(numbering, 9002, 903)  # Agreed bullets (shared)
    next_num = [9010]

    doc.add_paragraph("Sandmere Council", style="Subtitle")
    doc.add_paragraph("Health and Social Care Scrutiny Panel", style="Title")
    p = doc.add_paragraph()
    p.add_run("Minutes").bold = True
    doc.add_paragraph("Tuesday 4 March 2025, 2.00 pm - Council Chamber, Sandmere Civic Centre, Marine Parade")

    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Attendees", "Apologies", "Officers")):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for i, names in enumerate((ATT_PRESENT, ATT_APOL, ATT_OFF)):
        c = t.rows[1].cells[i]
        c.text = ", ".join(names)
        for par in c.paragraphs:
            for r in par.runs:
                r.font.size = Pt(9)
    doc.add_paragraph("")

    for title, intro, points, agreed in ITEMS:
        h = doc.add_paragraph(title, style="Heading 2")
        set_num(h, 9001, 0)
        for para in intro:
            doc.add_paragraph(para)
        if points:
            nid = next_num[0]
            next_num[0] += 1
            add_num(numbering, nid, 902)
            for pt, answers in points:
                lp = doc.add_paragraph(pt)
                set_num(lp, nid, 0)
                for a in answers:
                    ap = doc.add_paragraph(a)
                    set_num(ap, nid, 1)
        if agreed:
            ag = doc.add_paragraph()
            ag.add_run("Agreed:").bold = True
            for a in agreed:
                bp = doc.add_paragraph(a)
                set_num(bp, 9002, 0)
    doc.add_paragraph("")
    doc.add_paragraph("The meeting ended at 4.12 pm.")
    doc.add_paragraph("Chair: ______________________    Date: ______________")
    path = os.path.join(DOCS, DOC1)
    doc.save(path)
    fix_zip(path)


def doc1_text():
    d = Document(os.path.join(DOCS, DOC1))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def gold_doc1():
    att = []
    roles = {"Cllr Maureen Ashdown": "Chair", "Cllr Daniel Okafor": "Vice-Chair",
             "Cllr Tom Hallworth": "substitute for Cllr Jean Mabey",
             "Mrs Sheila Crabtree": "Healthwatch Sandmere - co-opted member"}
    for n in ATT_PRESENT:
        name = n.split(" (")[0]
        att.append({"name": name, "role": roles.get(name), "attendance": "present"})
    for n in ATT_APOL:
        att.append({"name": n, "role": None, "attendance": "apologies"})
    for n in ATT_OFF:
        name, role = n[:-1].split(" (", 1)
        att.append({"name": name, "role": role, "attendance": "in_attendance"})
    return {
        "document": DOC1,
        "doc_type": "minutes",
        "committee": "Health and Social Care Scrutiny Panel",
        "meeting_date": "2025-03-04",
        "items": [{"number": str(i + 1), "title": it[0]} for i, it in enumerate(ITEMS)],
        "questions": [
            q("4", "question", "still waiting more than 24 hours in the emergency department",
              "Cllr Okafor", "the figure had fallen from 61 in December to 38 in February",
              "The ICB lead", []),
            q("4", "question", "discharge to assess beds bought from private care homes offered value for money",
              "Cllr Siddiqui", "the spot-purchased beds cost on average £1,240 per week",
              "The Corporate Director",
              ["privatisation", "subcontracting", "finance", "integration", "adult-social-care"]),
            q("4", "concern", "families were being given less than a day's notice of a discharge",
              "Cllr Porteous", "a new discharge information leaflet had been co-produced with Healthwatch Sandmere",
              "The ICB lead", ["adult-social-care", "patient-and-public-input"]),
            q("4", "comment", "patient experience survey results for the discharge lounge had still not been shared",
              "Mrs Crabtree", None, None, ["patient-and-public-input"]),
            q("5", "question", "require providers to pay care workers at least the real living wage",
              "Cllr Thwaite", "tender specification required payment of the real living wage",
              "The Head of Commissioning", ["subcontracting", "workforce", "adult-social-care"]),
            q("5", "question", "home care market was now owned by companies backed by private equity",
              "Cllr Hallworth", "four of the eleven framework providers were owned by private equity investors",
              "The Head of Commissioning", ["privatisation", "subcontracting", "adult-social-care"]),
            q("5", "request", "bringing part of the service back in-house as a provider of last resort",
              "Cllr Siddiqui", "an options appraisal for an in-house provider of last resort was being prepared",
              "The Corporate Director", ["privatisation", "adult-social-care"]),
            q("5", "question", "people receiving home care and their carers had been consulted on the proposed zones",
              "The Chair", "212 people had responded to the survey and three focus groups",
              "The Head of Commissioning", ["patient-and-public-input", "adult-social-care", "subcontracting"]),
            q("6", "question", "how the uplift in the public health grant for 2025/26 would be spent",
              "Cllr Porteous", "most of the uplift would meet the cost of NHS pay awards",
              "The Director of Public Health", ["public-health", "finance", "workforce"]),
            q("6", "concern", "fall in quit rates among pregnant women since the service transferred",
              "Cllr Okafor", "the provider had been issued with a performance notice",
              "The Director of Public Health", ["public-health", "subcontracting"]),
            q("6", "question", "anything was being done about vaping among pupils in secondary schools",
              "Cllr Thwaite", None, None, ["public-health", "children-and-families"]),
            q("7", "question", "how many social worker posts in the adult locality teams were currently vacant",
              "Cllr Hallworth", "14 of the 96 posts were vacant and nine of these",
              "The Corporate Director", ["workforce", "adult-social-care"]),
            q("7", "question", "international recruitment scheme had led to any cases of exploitation",
              "Cllr Siddiqui", "two cases had been referred to the Home Office",
              "The Corporate Director", ["workforce", "adult-social-care", "subcontracting"]),
            q("7", "question", "people who draw on care had been involved in designing the new induction training",
              "Mrs Crabtree", "co-designed with the Sandmere Lived Experience Group over the summer",
              "Officers", ["patient-and-public-input", "workforce", "adult-social-care"]),
            q("8", "request", "an item on dementia diagnosis rates and the waiting list for the memory assessment service",
              "Cllr Porteous", None, None, ["mental-health", "governance"]),
        ],
        "resolutions": [
            r("3", "minutes of the meeting held on 14 January 2025 be approved as a correct record",
              "agreed", []),
            r("4", "That the update on winter pressures and hospital discharge be noted",
              "agreed", ["adult-social-care", "integration", "patient-and-public-input"]),
            r("5", "the Panel supports the proposed recommissioning model subject to the comments",
              "agreed", ["subcontracting", "adult-social-care", "privatisation"]),
            r("6", "recommends to Cabinet that the stop smoking service contract is not extended",
              "recommended", ["public-health", "subcontracting"]),
            r("7", "the draft Adult Social Care Workforce Strategy 2025-2028 and the comments",
              "noted", ["workforce", "adult-social-care"]),
            r("8", "the work programme be agreed subject to the addition of an item",
              "agreed", ["governance", "mental-health"]),
        ],
        "attendees": att,
    }


# ---------------------------------------------------------------------------
# Document 2: JSNA chapter web page (not minutes)
# ---------------------------------------------------------------------------
DOC2 = "bs-wexcombe-jsna-adult-carers.html"

HTML2 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>JSNA: Adult carers | Wexcombe Insight | Wexcombe Council</title>
<meta name="description" content="Joint Strategic Needs Assessment chapter on adult unpaid carers in Wexcombe.">
<link rel="stylesheet" href="/assets/insight.css">
</head>
<body class="jsna-chapter">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">Wexcombe Council</a>
  <nav aria-label="Main"><ul>
    <li><a href="/insight">Wexcombe Insight</a></li>
    <li><a href="/insight/jsna">Joint Strategic Needs Assessment</a></li>
    <li><a href="/insight/data">Data and maps</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/insight">Wexcombe Insight</a></li>
  <li><a href="/insight/jsna">JSNA</a></li><li>Adult carers</li>
</ol></nav>
<main id="main">
<h1>JSNA: Adult carers</h1>
<p class="meta">Chapter owner: Consultant in Public Health (Ageing Well) &middot; Last reviewed: November 2024 &middot; Next review: November 2026</p>
<aside class="chapter-nav"><h2>On this page</h2><ul>
  <li><a href="#summary">Summary</a></li><li><a href="#facts">Key facts</a></li>
  <li><a href="#who">Who is at risk and why?</a></li><li><a href="#issues">What are the key issues?</a></li>
  <li><a href="#doing">What is being done?</a></li><li><a href="#recs">Recommendations for commissioners</a></li>
  <li><a href="#refs">References and data sources</a></li>
</ul></aside>

<section id="summary"><h2>Summary</h2>
<p>An unpaid carer is anyone who looks after a family member, partner or friend who needs help because of
illness, frailty, disability, a mental health problem or an addiction and who cannot cope without their
support. Census 2021 recorded 31,480 people in Wexcombe providing unpaid care, 9.6% of residents aged five
and over. Around a third of them provide 50 or more hours of care a week.</p>
<p>Caring has a measurable effect on the carer's own health. Carers who provide high levels of care are
more than twice as likely to report bad or very bad health as people who do not care, and many give up
work or reduce their hours to care.</p>
</section>

<section id="facts"><h2>Key facts</h2>
<ul class="key-facts">
  <li><strong>31,480</strong> residents provide unpaid care (Census 2021)</li>
  <li><strong>10,950</strong> provide 50 or more hours of care each week</li>
  <li><strong>58%</strong> of carers are women</li>
  <li><strong>4,120</strong> carers were known to the Wexcombe Carers Centre in 2023/24</li>
  <li><strong>1,306</strong> carers' assessments were completed by adult social care in 2023/24, down from 1,540 in 2021/22</li>
  <li><strong>27.4%</strong> of carers responding to the Survey of Adult Carers in England said they had as much social contact as they would like (England 28.0%)</li>
</ul>
<table class="stats">
<caption>Unpaid care by hours provided, Wexcombe and England, Census 2021</caption>
<thead><tr><th scope="col">Hours of care a week</th><th scope="col">Wexcombe (number)</th><th scope="col">Wexcombe (%)</th><th scope="col">England (%)</th></tr></thead>
<tbody>
<tr><td>19 hours or less</td><td>14,210</td><td>4.3</td><td>4.4</td></tr>
<tr><td>20 to 49 hours</td><td>6,320</td><td>1.9</td><td>1.8</td></tr>
<tr><td>50 hours or more</td><td>10,950</td><td>3.3</td><td>2.7</td></tr>
<tr><td>All unpaid carers</td><td>31,480</td><td>9.6</td><td>8.9</td></tr>
</tbody></table>
</section>

<section id="who"><h2>Who is at risk and why?</h2>
<p>The proportion of residents providing unpaid care peaks among people aged 55 to 64. Carers in the most
deprived fifth of neighbourhoods are more likely to provide 50 or more hours of care a week. Older carers
looking after a spouse with dementia, parent carers of adults with learning disabilities, and carers from
Gypsy, Roma and Traveller communities are less likely to be known to services.</p>
</section>

<section id="issues"><h2>What are the key issues?</h2>
<ul>
  <li>Many carers do not see themselves as carers and do not ask for help until they reach crisis point.</li>
  <li>Carers' own physical and mental health suffers: anxiety, depression, back injury and sleep loss are common.</li>
  <li>Carers are often not identified or involved when the person they care for is discharged from hospital.</li>
  <li>Access to breaks is uneven; respite beds in care homes are frequently unavailable at short notice.</li>
  <li>Working carers struggle to stay in employment, and the rising cost of living adds to financial pressures on carer households.</li>
  <li>The number of carers' assessments has fallen, and waiting times for an assessment have lengthened.</li>
</ul>
</section>

<section id="doing"><h2>What is being done?</h2>
<p>The Wexcombe Carers Strategy 2023&ndash;2027 was developed with carers through a survey, which received
1,120 responses, and a series of listening events. The council and NHS Wexcombe and Vale Integrated Care
Board jointly fund the Wexcombe Carers Centre, which provides information, advice, carers' assessments
under delegated arrangements, and a carers' emergency card.</p>
<p>GP practices are encouraged to keep carers' registers and offer flu vaccination and health checks to
carers. A hospital discharge carers' link worker has been in post at Wexcombe District Hospital since
2023. A carers' breaks grant of up to &pound;300 a year is available through the Better Care Fund.</p>
</section>

<section id="recs"><h2>Recommendations for commissioners</h2>
<ol>
  <li>Recommission the carers' support service in 2026 with outcome measures on carer identification in under-represented groups.</li>
  <li>Increase the number and timeliness of carers' assessments and reviews, with a target for completion within 28 days.</li>
  <li>Commission a flexible breaks offer, including planned and emergency respite, that carers can book at short notice.</li>
  <li>Make carer identification and involvement a standard part of hospital discharge pathways across health and social care.</li>
  <li>Work with employers to promote carer-friendly workplaces and carers' leave.</li>
  <li>Involve carers with lived experience in the design and evaluation of all commissioned carers' services.</li>
</ol>
</section>

<section id="refs"><h2>References and data sources</h2>
<ul>
  <li>Office for National Statistics, Census 2021: unpaid care by age, sex and deprivation.</li>
  <li>NHS England, Personal Social Services Survey of Adult Carers in England 2023/24.</li>
  <li>Wexcombe Council, adult social care activity returns (SALT) 2021/22 to 2023/24.</li>
</ul>
<p class="feedback">Was this chapter useful? <a href="/insight/feedback">Tell us what you think</a>. Contact the Public Health Intelligence team at <a href="mailto:insight@wexcombe.example.gov.uk">insight@wexcombe.example.gov.uk</a>.</p>
</section>
</main>
<footer class="site-footer"><p>&copy; Wexcombe Council 2024. <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def gold_doc2():
    return {"document": DOC2, "doc_type": "report",
            "themes": ["adult-social-care", "public-health", "mental-health", "subcontracting",
                       "patient-and-public-input", "finance", "integration", "primary-care"]}


def build_doc2():
    with open(os.path.join(DOCS, DOC2), "w", encoding="utf-8", newline="\n") as f:
        f.write(HTML2)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for doc, gold_name, textf in ((DOC1, DOC1.rsplit(".", 1)[0] + ".json", doc1_text),):
        text = norm(textf())
        g = json.load(open(os.path.join(GOLD, gold_name), encoding="utf-8"))
        phrases = []
        for qq in g["questions"]:
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        phrases += [rr["text"] for rr in g["resolutions"]]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {doc}: count={c} words={n}: {ph}")
        print(f"{doc}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees")
    g2 = json.load(open(os.path.join(GOLD, DOC2.rsplit(".", 1)[0] + ".json"), encoding="utf-8"))
    assert g2["doc_type"] == "report" and "questions" not in g2
    print(f"{DOC2}: report, themes {g2['themes']}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_doc1()
    build_doc2()
    for name, g in ((DOC1, gold_doc1()), (DOC2, gold_doc2())):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    check()


if __name__ == "__main__":
    main()
