#!/usr/bin/env python3
"""Build the "bf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bf.py          build documents/bf-* and gold/bf-*.json
        build_bf.py --check  verify every gold phrase occurs verbatim and uniquely
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0)

# ---------------------------------------------------------------------------
# Document 1: Wealdshire County Council Health and Wellbeing Board (DOCX)
# ---------------------------------------------------------------------------
D1 = "bf-wealdshire-health-and-wellbeing-board-2025-06-12.docx"

D1_PRESENT = [
    "Cllr Margaret Ellery – Chair; Cabinet Member for Adult Social Care and Public Health, Wealdshire County Council",
    "Dr Anil Raghavan – Vice-Chair; Clinical Director, North Weald Primary Care Network",
    "Cllr Tom Hartley-Brown – Cabinet Member for Children and Families, Wealdshire County Council",
    "Cllr Priya Nandra – Opposition Group Representative, Wealdshire County Council",
    "Cllr Susan Oakes – District Councils' Representative, Brackley Vale District Council",
    "Dr Helen Carrow – Director of Public Health, Wealdshire County Council",
    "Mark Deverill – Executive Director of Adults, Health and Commissioning, Wealdshire County Council",
    "Joanne Pike – Director of Children's Services, Wealdshire County Council",
    "Ruth Anstey – Chief Delivery Officer, Weald and Downs Integrated Care Board",
    "Graham Lowther – Chief Executive, Healthwatch Wealdshire",
    "Sally Penfold – Chief Executive, Wealdshire Community Action (voluntary sector representative)",
]
D1_ATTENDING = [
    "Kieran Walsh – Head of Integrated Commissioning (Better Care Fund), Wealdshire County Council",
    "Dr Fiona Marsh – Consultant in Public Health (Children and Young People), Wealdshire County Council",
    "Elaine Goodbody – Senior Democratic Services Officer, Wealdshire County Council",
]
D1_APOLOGIES = [
    "Cllr Derek Fullwood – Leader of the Council, Wealdshire County Council",
    "Superintendent Claire Naylor – Wealdshire Police",
    "Andrew Kettering – Chief Executive, Weald Valley Hospitals NHS Foundation Trust",
]

# Each item: (number, title, rows) ; row = (left label or None, [paragraph strings or ("list", [...])])
D1_ITEMS = [
    ("1", "Welcome, apologies and substitutions", [
        (None, [
            "The Chair welcomed everyone to the meeting, which was held in the Council Chamber, "
            "County Hall, Maidford, and in particular Sally Penfold, attending her first meeting "
            "as the voluntary sector representative.",
            "Apologies were received as listed above. Nicola Brent, Deputy Chief Executive, "
            "attended as substitute for Andrew Kettering (Weald Valley Hospitals NHS Foundation "
            "Trust) but left the meeting before Item 6.",
        ]),
    ]),
    ("2", "Declarations of interest", [
        (None, [
            "Dr Raghavan declared a non-pecuniary interest in Item 5 as a partner in a GP practice "
            "that receives Better Care Fund monies for care home ward rounds. No other "
            "declarations were made.",
        ]),
    ]),
    ("3", "Minutes of the meeting held on 13 March 2025", [
        (None, [
            "The minutes were checked for accuracy. Graham Lowther asked that the reference to "
            "the Healthwatch mystery shopping exercise under minute 42 be amended to read "
            "'pharmacies' rather than 'practices'.",
        ]),
        ("Agreed", [("list", [
            "That, subject to the amendment above, the minutes of the meeting held on 13 March "
            "2025 be confirmed as a correct record and signed by the Chair.",
        ])]),
    ]),
    ("4", "Joint Local Health and Wellbeing Strategy 2025–2030: refresh", [
        (None, [
            "Dr Helen Carrow, Director of Public Health, introduced the draft refreshed Strategy, "
            "which reduced the number of priorities from seven to four: best start in life, "
            "healthy weight, mental wellbeing and ageing well. The draft had been shaped by a "
            "survey of 1,840 residents and nine community workshops held over the winter.",
        ]),
        ("Discussion", [
            "Cllr Nandra: Asked why tackling health inequalities in the coastal wards was not a "
            "priority in its own right, given that the gap in life expectancy had widened to "
            "nearly nine years.",
            "Dr Helen Carrow, Director of Public Health: Inequalities had been made a golden "
            "thread running through all four priorities rather than a separate one, and each "
            "priority would carry a measure for the most deprived fifth of neighbourhoods.",
            "Graham Lowther, Healthwatch Wealdshire: Commented that the workshops had reached few "
            "people under 25 and few residents whose first language was not English, and that "
            "the Board should not claim the Strategy had been co-produced.",
            "Dr Helen Carrow, Director of Public Health: Accepted the point; a targeted round of "
            "engagement with the youth council and two community language groups would take "
            "place in July before the Strategy was finalised.",
            "Cllr Oakes: Requested that district council housing and leisure teams be named as "
            "delivery partners under the healthy weight priority, since they ran most of the "
            "county's leisure centres.",
        ]),
        ("Agreed", [("list", [
            "That the Board endorse the four proposed priorities of the refreshed Strategy.",
            "That final approval of the Strategy be delegated to the Director of Public Health in "
            "consultation with the Chair, following the July engagement sessions.",
        ])]),
        ("Action", [
            "Director of Public Health to circulate the engagement findings to Board members by 31 July 2025.",
        ]),
    ]),
    ("5", "Better Care Fund plan 2025/26", [
        (None, [
            "Kieran Walsh, Head of Integrated Commissioning (Better Care Fund), presented the "
            "2025/26 plan, with a pooled budget of £96.4 million, which had been submitted to NHS "
            "England on 31 March under delegated authority and now required the Board's formal "
            "sign-off.",
        ]),
        ("Discussion", [
            "Cllr Hartley-Brown: Queried why spending on the discharge to assess beds at "
            "Fernleigh House had risen by 22 per cent while the number of people using them had "
            "fallen.",
            "Kieran Walsh, Head of Integrated Commissioning (Better Care Fund): The contract had "
            "moved from spot purchase to block booking, which guaranteed availability over "
            "winter but meant that some beds stood empty in the summer months; occupancy would be "
            "reviewed in September.",
            "Cllr Nandra: Expressed concern that three of the four reablement providers funded "
            "from the pooled budget were now owned by the same private equity group.",
            "Mark Deverill, Executive Director of Adults, Health and Commissioning: Officers "
            "monitored the financial resilience of the group quarterly and had contingency "
            "arrangements with the in-house reablement team should any provider fail.",
            "Ruth Anstey, Weald and Downs Integrated Care Board: Added that the ICB would share "
            "its own provider market risk assessment with the Council before the autumn.",
        ]),
        ("Agreed", [("list", [
            "That the Better Care Fund plan for 2025/26, as submitted to NHS England, be approved.",
            "That a six-monthly report on the performance of the discharge to assess beds be "
            "brought to the Board.",
        ])]),
    ]),
    ("6", "Community equipment service: re-procurement", [
        (None, [
            "Mark Deverill introduced a report seeking the Board's views on the joint "
            "re-procurement of the community equipment service, currently provided under a "
            "contract with Medequip South Ltd that expires in March 2026.",
        ]),
        ("Discussion", [
            "Dr Raghavan: Asked whether the new contract would include a same-day delivery "
            "standard for equipment needed to get people home from hospital.",
            "Mark Deverill, Executive Director of Adults, Health and Commissioning: Yes; the "
            "specification included delivery within four hours for urgent discharge orders, "
            "with financial penalties for failure.",
            "Cllr Nandra: Asked whether bringing the service back in-house had been considered, "
            "as several neighbouring councils had done.",
            "Mark Deverill, Executive Director of Adults, Health and Commissioning: An options "
            "appraisal had considered in-house provision but the set-up costs of a depot and "
            "fleet were estimated at £3.2 million, which the Council could not afford at present.",
            "Sally Penfold, Wealdshire Community Action: Asked that recycling of returned "
            "equipment by local charities be built into the social value questions of the tender.",
        ]),
        ("Agreed", [("list", [
            "That the Board support the proposed joint re-procurement of the community equipment "
            "service with the Integrated Care Board.",
        ])]),
        ("Action", [
            "Executive Director of Adults, Health and Commissioning to include a social value weighting for equipment recycling.",
        ]),
    ]),
    ("7", "Children and young people's emotional wellbeing and mental health", [
        (None, [
            "Dr Fiona Marsh, Consultant in Public Health (Children and Young People), and Joanne "
            "Pike, Director of Children's Services, gave a joint presentation on the local "
            "transformation plan.",
        ]),
        ("Discussion", [
            "Cllr Hartley-Brown: Asked what was being done about waits of over a year for an "
            "autism assessment, which parents repeatedly raised with members.",
            "Ruth Anstey, Weald and Downs Integrated Care Board: The ICB had commissioned an "
            "additional 600 assessments from an independent provider this year and expected the "
            "longest waits to fall below 40 weeks by March 2026.",
            "Cllr Oakes: Raised concern that mental health support teams were in only 31 of the "
            "county's 212 schools.",
            "Joanne Pike, Director of Children's Services: A bid for two further teams had gone "
            "to NHS England; schools without a team could use the Wealdshire Wellbeing Hub "
            "online service.",
        ]),
        ("Agreed", [("list", [
            "That the Board note the update on the children and young people's local "
            "transformation plan.",
        ])]),
    ]),
    ("8", "Pharmaceutical Needs Assessment 2025: approval for publication", [
        (None, [
            "The report was taken without discussion.",
        ]),
        ("Agreed", [("list", [
            "That the Pharmaceutical Needs Assessment 2025 be approved for publication by 1 "
            "October 2025.",
        ])]),
    ]),
]

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-06-12",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "3", "kind": "request",
         "text": "Graham Lowther asked that the reference to the Healthwatch mystery shopping exercise",
         "asked_by": "Graham Lowther", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "4", "kind": "question",
         "text": "Asked why tackling health inequalities in the coastal wards was not a priority",
         "asked_by": "Cllr Nandra",
         "answer": "Inequalities had been made a golden thread running through all four priorities",
         "given_by": "Dr Helen Carrow, Director of Public Health",
         "themes": ["public-health"]},
        {"item": "4", "kind": "comment",
         "text": "Commented that the workshops had reached few people under 25",
         "asked_by": "Graham Lowther, Healthwatch Wealdshire",
         "answer": "a targeted round of engagement with the youth council and two community language groups",
         "given_by": "Dr Helen Carrow, Director of Public Health",
         "themes": ["patient-and-public-input", "public-health"]},
        {"item": "4", "kind": "request",
         "text": "Requested that district council housing and leisure teams be named as delivery partners",
         "asked_by": "Cllr Oakes", "answer": None, "given_by": None,
         "themes": ["public-health"]},
        {"item": "5", "kind": "question",
         "text": "Queried why spending on the discharge to assess beds at Fernleigh House",
         "asked_by": "Cllr Hartley-Brown",
         "answer": "The contract had moved from spot purchase to block booking",
         "given_by": "Kieran Walsh, Head of Integrated Commissioning (Better Care Fund)",
         "themes": ["finance", "integration", "adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "concern",
         "text": "three of the four reablement providers funded from the pooled budget",
         "asked_by": "Cllr Nandra",
         "answer": "Officers monitored the financial resilience of the group quarterly",
         "given_by": "Mark Deverill, Executive Director of Adults, Health and Commissioning",
         "themes": ["privatisation", "adult-social-care", "integration", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "Asked whether the new contract would include a same-day delivery standard",
         "asked_by": "Dr Raghavan",
         "answer": "the specification included delivery within four hours for urgent discharge orders",
         "given_by": "Mark Deverill, Executive Director of Adults, Health and Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "Asked whether bringing the service back in-house had been considered",
         "asked_by": "Cllr Nandra",
         "answer": "An options appraisal had considered in-house provision but the set-up costs",
         "given_by": "Mark Deverill, Executive Director of Adults, Health and Commissioning",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "6", "kind": "request",
         "text": "Asked that recycling of returned equipment by local charities be built into",
         "asked_by": "Sally Penfold, Wealdshire Community Action", "answer": None, "given_by": None,
         "themes": ["subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "Asked what was being done about waits of over a year for an autism assessment",
         "asked_by": "Cllr Hartley-Brown",
         "answer": "The ICB had commissioned an additional 600 assessments from an independent provider",
         "given_by": "Ruth Anstey, Weald and Downs Integrated Care Board",
         "themes": ["children-and-families", "mental-health", "subcontracting"]},
        {"item": "7", "kind": "concern",
         "text": "Raised concern that mental health support teams were in only 31",
         "asked_by": "Cllr Oakes",
         "answer": "A bid for two further teams had gone to NHS England",
         "given_by": "Joanne Pike, Director of Children's Services",
         "themes": ["children-and-families", "mental-health"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 13 March 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "That the Board endorse the four proposed priorities of the refreshed Strategy",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "5", "text": "That the Better Care Fund plan for 2025/26, as submitted to NHS England, be approved",
         "outcome": "agreed", "themes": ["integration", "finance"]},
        {"item": "6", "text": "That the Board support the proposed joint re-procurement of the community equipment",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "7", "text": "That the Board note the update on the children and young people's",
         "outcome": "noted", "themes": ["children-and-families", "mental-health"]},
        {"item": "8", "text": "That the Pharmaceutical Needs Assessment 2025 be approved for publication",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [],
}


def _split_att(line, attendance):
    name, rest = line.split(" – ", 1)
    return {"name": name, "role": rest, "attendance": attendance}


D1_GOLD["attendees"] = (
    [_split_att(x, "present") for x in D1_PRESENT]
    + [_split_att(x, "in_attendance") for x in D1_ATTENDING]
    + [_split_att(x, "apologies") for x in D1_APOLOGIES]
    + [{"name": "Nicola Brent", "role": "Deputy Chief Executive",
        "attendance": "present"}]
)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _fixed_zip(data):
    """Rewrite a zip with fixed timestamps so the output is byte-deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_d1(path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health and Wellbeing Board minutes 12 June 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "egoodbody"
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Wealdshire County Council – Health and Wellbeing Board – 12 June 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Minutes – unconfirmed until approved at the next meeting\tChair's initials ………"

    p = doc.add_paragraph()
    r = p.add_run("WEALDSHIRE COUNTY COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Health and Wellbeing Board")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Minutes of the meeting held on Thursday 12 June 2025 at 2.00 pm in the "
                      "Council Chamber, County Hall, Maidford")

    def label(text):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        rr = q.add_run(text)
        rr.bold = True

    label("Board members present:")
    for line in D1_PRESENT:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Cm(0.8)
    label("In attendance:")
    for line in D1_ATTENDING:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Cm(0.8)
    label("Apologies:")
    for line in D1_APOLOGIES:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph()

    for num, title, rows in D1_ITEMS:
        t = doc.add_table(rows=1 + len(rows), cols=2)
        t.style = "Table Grid"
        head = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        _shade(head, "1F4E79")
        hr = head.paragraphs[0].add_run(f"Item {num} – {title}")
        hr.bold = True
        hr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, (lab, paras) in enumerate(rows, start=1):
            left, right = t.rows[i].cells
            if lab is None:
                cell = left.merge(right)
            else:
                left.paragraphs[0].add_run(lab).bold = True
                _shade(left, "DEEAF6")
                cell = right
            first = True
            for para in paras:
                if isinstance(para, tuple):
                    for k, entry in enumerate(para[1], start=1):
                        pp = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        pp.paragraph_format.left_indent = Cm(0.6)
                        pp.paragraph_format.first_line_indent = Cm(-0.6)
                        pp.add_run(f"{k}.\t{entry}")
                    continue
                pp = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                m = re.match(r"^([^:]{3,90}): (.*)$", para, re.S)
                if lab == "Discussion" and m:
                    pp.add_run(m.group(1) + ": ").bold = True
                    pp.add_run(m.group(2))
                else:
                    pp.add_run(para)
        for row in t.rows:
            row.cells[0].width = Cm(2.6)
            cells = row.cells
            if cells[0]._tc is not cells[1]._tc:
                row.cells[1].width = Cm(14)
        doc.add_paragraph()

    doc.add_paragraph("The meeting closed at 4.12 pm.")
    doc.add_paragraph("Chair ……………………………………    Date ……………………")
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_fixed_zip(buf.getvalue()))


def text_d1(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        seen = []
        for row in t.rows:
            for c in row.cells:
                if any(c._tc is s for s in seen):
                    continue
                seen.append(c._tc)
                parts.extend(p.text for p in c.paragraphs)
    for s in d.sections:
        parts.extend(p.text for p in s.header.paragraphs)
        parts.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document 2: Joint HOSC (three councils), plain text wrapped at 78 columns
# ---------------------------------------------------------------------------
D2 = "bf-ashdown-fairbourne-levenshire-jhosc-2025-07-17.txt"

D2_ITEMS = [
    ("JHOSC/25/05", "Election of Chair for the meeting", [
        "In the absence of the Chair, it was moved by Cllr Greenway and seconded by Cllr "
        "Mattock that Cllr Ashworth (Ashdown) take the chair for this meeting.",
        "The Committee RESOLVED to: a) elect Cllr Ashworth as Chair for the duration of "
        "this meeting only.",
    ]),
    ("JHOSC/25/06", "Apologies, substitutions and declarations of interest", [
        "Apologies were received from Cllr Dawn Fielding (Fairbourne, Chair) and Cllr "
        "Imran Qadir (Levenshire). Cllr Lorna Tate attended as substitute for Cllr Qadir.",
        "Cllr Mattock (Fairbourne) declared that her daughter is employed as a call handler by "
        "the South Levenshire Ambulance Service NHS Trust. She remained in the meeting.",
    ]),
    ("JHOSC/25/07", "Non-emergency patient transport", [
        "Helen Rudd, Associate Director of Contracting, NHS Levenshire and Coast Integrated "
        "Care Board, presented an update on the non-emergency patient transport service, "
        "which had transferred from the ambulance trust to Medivance Transport Ltd on 1 "
        "October 2024 under a seven-year contract worth £58 million. She acknowledged a "
        "difficult first six months, with 1,112 complaints received to the end of March.",
        "Cllr Greenway (Ashdown) asked how many renal dialysis patients had missed or cut "
        "short a session because transport arrived late; Ms Rudd responded that 214 "
        "sessions had been shortened between October and March, and none had been missed "
        "entirely, and that dialysis journeys were now given the highest priority in the "
        "booking system. Cllr Tate (Levenshire) asked whether the contract allowed the ICB to "
        "withhold payment when performance standards were not met; Ms Rudd responded that "
        "service credits of £186,000 had been applied in the first two quarters and that a "
        "formal remedial action plan was in place. Cllr Mattock (Fairbourne) commented that "
        "a service which had worked well when it was run by the NHS should never have been "
        "handed to a private company, and that the savings promised at contract award had "
        "not been published. Cllr Bhatti (Levenshire) asked how many of the former ambulance "
        "trust drivers had transferred under TUPE and how many remained; Paul Okafor, Head "
        "of Operations at Medivance, responded that 143 staff had transferred and 118 "
        "were still employed, and that the company had recruited 60 new drivers.",
        "Cllr Ashworth (Ashdown) asked whether patients had been consulted on the new "
        "eligibility criteria before they were introduced; Ms Rudd responded that a survey of "
        "regular users had been carried out but accepted that the changes had not been well "
        "explained to patients or to GP practices.",
        "The Committee RESOLVED to: a) note the update and the remedial action plan; b) "
        "request that the ICB publish the savings achieved against the contract in its "
        "next report; c) receive a further update at its meeting in January 2026, with "
        "Medivance in attendance.",
    ]),
    ("JHOSC/25/08", "Stroke services reconfiguration: outcome of public consultation", [
        "Dr Joanna Reece, Medical Director, Coastal Hospitals University NHS Foundation "
        "Trust, and Martin Solway, Director of Strategy, ICB, presented the outcome of the "
        "twelve-week consultation on concentrating hyper-acute stroke care at Fairbourne "
        "General Hospital.",
        "Cllr Wilde (Levenshire) commented that residents in the north of the county would "
        "face journeys of more than an hour and that the consultation response showed 71 "
        "per cent opposition from that area. Cllr Greenway (Ashdown) asked what modelling "
        "had been done of ambulance journey times in winter; Dr Reece of the Trust "
        "responded that modelling by the ambulance service showed 94 per cent of the "
        "population within 60 minutes even at winter peak, and that outcomes for patients "
        "improved when specialist staff were concentrated on one site. Cllr Mattock "
        "(Fairbourne) asked what would happen to the stroke rehabilitation beds at Ashdown "
        "Community Hospital; Mr Solway responded that they would be retained and that no "
        "decision on community beds would be taken without further consultation. Cllr "
        "Bhatti (Levenshire) commented that the Committee should not yet decide whether to "
        "refer the proposal to the Secretary of State until the ICB board had made its "
        "decision.",
        "The Committee RESOLVED to: a) note the consultation outcome report; b) ask the ICB "
        "to provide its travel time modelling for the northern wards before its board meeting "
        "on 4 September 2025; c) defer a decision on whether to make a referral until after "
        "the ICB board decision.",
    ]),
    ("JHOSC/25/09", "Urgent and emergency care: winter plan 2025/26", [
        "Martin Solway presented the system winter plan, including 48 additional community "
        "beds to be purchased from independent care homes and an expanded virtual ward.",
        "Cllr Tate (Levenshire) asked how many of the 48 community beds were already "
        "contracted and at what weekly cost; Mr Solway responded that 30 had been secured "
        "at an average of £1,350 a week and the remainder would be spot purchased. Cllr "
        "Ashworth (Ashdown) expressed concern that the plan relied on social care capacity "
        "in the three councils without any agreed funding from the ICB for the councils' "
        "discharge teams; no response was recorded.",
        "The Committee RESOLVED to: a) note the winter plan.",
    ]),
    ("JHOSC/25/10", "NHS dentistry access", [
        "Cllr Wilde (Levenshire) asked what the ICB was doing about the closure of the "
        "last NHS dental practice in Bramwell; Martin Solway of the ICB responded that a "
        "procurement for a replacement practice had been launched and an interim urgent "
        "dental access service was operating from Bramwell Health Centre two days a week.",
        "Cllr Greenway (Ashdown) commented that children were arriving at hospital for "
        "extractions under general anaesthetic because families could not register with a "
        "dentist.",
        "The Committee RESOLVED to: a) recommend to the three councils' health and wellbeing "
        "boards that oral health be included in their joint strategies.",
    ]),
    ("JHOSC/25/11", "Work programme", [
        "The Committee considered its work programme for 2025/26.",
        "The Committee RESOLVED to: a) agree the work programme, adding an item on "
        "community mental health transformation for November 2025.",
    ]),
    ("JHOSC/25/12", "Date of next meeting", [
        "The next meeting will be held on Thursday 16 October 2025 at 10.00 am at Fairbourne "
        "Town Hall.",
    ]),
]

D2_HEADER = [
    "ASHDOWN BOROUGH COUNCIL / FAIRBOURNE BOROUGH COUNCIL / LEVENSHIRE COUNTY COUNCIL",
    "",
    "ASHDOWN, FAIRBOURNE AND LEVENSHIRE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
    "",
    "MINUTES of the meeting held on Thursday 17 July 2025 at 10.00 am at Ashdown "
    "Civic Centre, Station Road, Ashdown.",
    "",
    "PRESENT",
    "",
    "From Ashdown Borough Council: Cllrs Philip Ashworth (in the Chair), Rosa Greenway, "
    "Neil Carver",
    "From Fairbourne Borough Council: Cllrs Jean Mattock (Vice-Chair), Owen Pryce",
    "From Levenshire County Council: Cllrs Harjit Bhatti, Simon Wilde, Lorna Tate "
    "(substitute for Cllr Qadir)",
    "",
    "NHS and other attendees: Helen Rudd (Associate Director of Contracting, NHS "
    "Levenshire and Coast ICB); Martin Solway (Director of Strategy, NHS Levenshire and "
    "Coast ICB); Dr Joanna Reece (Medical Director, Coastal Hospitals University NHS "
    "Foundation Trust); Paul Okafor (Head of Operations, Medivance Transport Ltd); "
    "Bernadette Kaye (Manager, Healthwatch Levenshire)",
    "",
    "Officers: Adam Fenwick (Scrutiny and Democratic Services Manager, Ashdown Borough "
    "Council, clerk to the Committee)",
    "",
    "Apologies: Cllr Dawn Fielding (Fairbourne, Chair); Cllr Imran Qadir (Levenshire)",
]


def build_d2_text():
    out = []

    def wrap(s):
        if not s:
            out.append("")
            return
        out.extend(textwrap.wrap(s, 78, break_on_hyphens=False, break_long_words=False)
                   or [""])

    for line in D2_HEADER:
        wrap(line)
    out.append("")
    out.append("-" * 78)
    for num, title, paras in D2_ITEMS:
        out.append("")
        head = f"{title} [{num}]"
        wrap(head)
        out.append("")
        for para in paras:
            if para.startswith("The Committee RESOLVED to:"):
                # clauses on their own lines, hanging indent
                body = para[len("The Committee RESOLVED to:"):].strip()
                out.append("The Committee RESOLVED to:")
                clauses = re.split(r"(?:^|\s)(?=[a-e]\) )", body)
                for cl in clauses:
                    cl = cl.strip()
                    if not cl:
                        continue
                    out.extend(textwrap.wrap(cl, 78, initial_indent="   ",
                                             subsequent_indent="      ",
                                             break_on_hyphens=False))
            else:
                wrap(para)
            out.append("")
    out.append("-" * 78)
    out.append("")
    wrap("The meeting ended at 12.41 pm.")
    out.append("")
    out.append("Chair: ..................................   Date: ....................")
    out.append("")
    for line in out:
        assert len(line) <= 78, line
    return "\n".join(out)


D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": "Ashdown, Fairbourne and Levenshire Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-07-17",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        {"item": "JHOSC/25/07", "kind": "question",
         "text": "asked how many renal dialysis patients had missed or cut short a session",
         "asked_by": "Cllr Greenway (Ashdown)",
         "answer": "214 sessions had been shortened between October and March",
         "given_by": "Ms Rudd", "themes": []},
        {"item": "JHOSC/25/07", "kind": "question",
         "text": "asked whether the contract allowed the ICB to withhold payment",
         "asked_by": "Cllr Tate (Levenshire)",
         "answer": "service credits of £186,000 had been applied in the first two quarters",
         "given_by": "Ms Rudd", "themes": ["subcontracting", "finance"]},
        {"item": "JHOSC/25/07", "kind": "comment",
         "text": "a service which had worked well when it was run by the NHS",
         "asked_by": "Cllr Mattock (Fairbourne)", "answer": None, "given_by": None,
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "JHOSC/25/07", "kind": "question",
         "text": "asked how many of the former ambulance trust drivers had transferred under TUPE",
         "asked_by": "Cllr Bhatti (Levenshire)",
         "answer": "143 staff had transferred and 118 were still employed",
         "given_by": "Paul Okafor, Head of Operations at Medivance",
         "themes": ["workforce", "subcontracting"]},
        {"item": "JHOSC/25/07", "kind": "question",
         "text": "asked whether patients had been consulted on the new eligibility criteria",
         "asked_by": "Cllr Ashworth (Ashdown)",
         "answer": "a survey of regular users had been carried out",
         "given_by": "Ms Rudd", "themes": ["patient-and-public-input"]},
        {"item": "JHOSC/25/08", "kind": "comment",
         "text": "residents in the north of the county would face journeys of more than an hour",
         "asked_by": "Cllr Wilde (Levenshire)", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "JHOSC/25/08", "kind": "question",
         "text": "asked what modelling had been done of ambulance journey times in winter",
         "asked_by": "Cllr Greenway (Ashdown)",
         "answer": "94 per cent of the population within 60 minutes even at winter peak",
         "given_by": "Dr Reece of the Trust", "themes": []},
        {"item": "JHOSC/25/08", "kind": "question",
         "text": "asked what would happen to the stroke rehabilitation beds at Ashdown Community Hospital",
         "asked_by": "Cllr Mattock (Fairbourne)",
         "answer": "they would be retained and that no decision on community beds",
         "given_by": "Mr Solway", "themes": ["patient-and-public-input"]},
        {"item": "JHOSC/25/08", "kind": "comment",
         "text": "the Committee should not yet decide whether to refer the proposal",
         "asked_by": "Cllr Bhatti (Levenshire)", "answer": None, "given_by": None,
         "themes": ["governance"]},
        {"item": "JHOSC/25/09", "kind": "question",
         "text": "asked how many of the 48 community beds were already contracted",
         "asked_by": "Cllr Tate (Levenshire)",
         "answer": "30 had been secured at an average of £1,350 a week",
         "given_by": "Mr Solway", "themes": ["subcontracting", "finance", "adult-social-care"]},
        {"item": "JHOSC/25/09", "kind": "concern",
         "text": "expressed concern that the plan relied on social care capacity in the three councils",
         "asked_by": "Cllr Ashworth (Ashdown)", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance", "integration"]},
        {"item": "JHOSC/25/10", "kind": "question",
         "text": "asked what the ICB was doing about the closure of the last NHS dental practice",
         "asked_by": "Cllr Wilde (Levenshire)",
         "answer": "a procurement for a replacement practice had been launched",
         "given_by": "Martin Solway of the ICB",
         "themes": ["primary-care", "subcontracting"]},
        {"item": "JHOSC/25/10", "kind": "comment",
         "text": "children were arriving at hospital for extractions under general anaesthetic",
         "asked_by": "Cllr Greenway (Ashdown)", "answer": None, "given_by": None,
         "themes": ["primary-care", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "JHOSC/25/05", "text": "elect Cllr Ashworth as Chair for the duration of this meeting only",
         "outcome": "agreed", "themes": []},
        {"item": "JHOSC/25/07", "text": "note the update and the remedial action plan",
         "outcome": "agreed", "themes": ["subcontracting", "finance"]},
        {"item": "JHOSC/25/08", "text": "defer a decision on whether to make a referral until after",
         "outcome": "deferred", "themes": ["governance", "patient-and-public-input"]},
        {"item": "JHOSC/25/09", "text": "The Committee RESOLVED to: a) note the winter plan",
         "outcome": "noted", "themes": []},
        {"item": "JHOSC/25/10", "text": "recommend to the three councils' health and wellbeing boards that oral health",
         "outcome": "recommended", "themes": ["primary-care", "public-health"]},
        {"item": "JHOSC/25/11", "text": "agree the work programme, adding an item on community mental health",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "Philip Ashworth", "role": "in the Chair", "attendance": "present"},
        {"name": "Rosa Greenway", "role": None, "attendance": "present"},
        {"name": "Neil Carver", "role": None, "attendance": "present"},
        {"name": "Jean Mattock", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Owen Pryce", "role": None, "attendance": "present"},
        {"name": "Harjit Bhatti", "role": None, "attendance": "present"},
        {"name": "Simon Wilde", "role": None, "attendance": "present"},
        {"name": "Lorna Tate", "role": "substitute for Cllr Qadir", "attendance": "present"},
        {"name": "Helen Rudd", "role": "Associate Director of Contracting, NHS Levenshire and Coast ICB",
         "attendance": "in_attendance"},
        {"name": "Martin Solway", "role": "Director of Strategy, NHS Levenshire and Coast ICB",
         "attendance": "in_attendance"},
        {"name": "Dr Joanna Reece", "role": "Medical Director, Coastal Hospitals University NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Paul Okafor", "role": "Head of Operations, Medivance Transport Ltd",
         "attendance": "in_attendance"},
        {"name": "Bernadette Kaye", "role": "Manager, Healthwatch Levenshire",
         "attendance": "in_attendance"},
        {"name": "Adam Fenwick",
         "role": "Scrutiny and Democratic Services Manager, Ashdown Borough Council, clerk to the Committee",
         "attendance": "in_attendance"},
        {"name": "Cllr Dawn Fielding", "role": "Fairbourne, Chair", "attendance": "apologies"},
        {"name": "Cllr Imran Qadir", "role": "Levenshire", "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check_one(gold, text):
    errors = []
    nt = " " + norm(text) + " "
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            errors.append(f"{kind} phrase has {n} words: {ph!r}")
        c = nt.count(" " + norm(ph) + " ")
        if c != 1:
            errors.append(f"{kind} phrase found {c} times: {ph!r}")
    return errors


def main():
    check = "--check" in sys.argv
    p1 = os.path.join(DOCS, D1)
    p2 = os.path.join(DOCS, D2)
    if not check:
        os.makedirs(DOCS, exist_ok=True)
        os.makedirs(GOLD, exist_ok=True)
        build_d1(p1)
        with open(p2, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(build_d2_text())
        for g in (D1_GOLD, D2_GOLD):
            name = os.path.splitext(g["document"])[0] + ".json"
            with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
                json.dump(g, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
        print("built", D1, D2)
    bad = 0
    for g, text in ((D1_GOLD, text_d1(p1)),
                    (D2_GOLD, open(p2, encoding="utf-8").read())):
        errs = check_one(g, text)
        for e in errs:
            print(g["document"], e)
        bad += len(errs)
        print(g["document"], "items", len(g["items"]), "questions", len(g["questions"]),
              "resolutions", len(g["resolutions"]), "attendees", len(g["attendees"]))
    if bad:
        print("CHECK FAILED:", bad, "problem(s)")
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
