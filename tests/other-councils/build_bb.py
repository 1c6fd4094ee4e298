#!/usr/bin/env python3
"""Build the "bb-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bb.py            build documents/ and gold/
       build_bb.py --check    verify every gold phrase occurs verbatim and uniquely
"""
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

# ---------------------------------------------------------------------------
# Document 1: Word, Adults and Health Scrutiny Panel, borough council
# ---------------------------------------------------------------------------
D1 = "bb-ashbury-adults-health-scrutiny-panel-2025-03-11.docx"
D1_COUNCIL = "Ashbury Borough Council"
D1_COMMITTEE = "Adults and Health Scrutiny Panel"

D1_ATTEND = [  # (name, right cell, attendance, role for gold)
    ("Councillor Priya Lal", "Chair (Hollins Park Ward)", "present", "Chair"),
    ("Councillor Tom Brindley", "Vice-Chair (Castle Ward)", "present", "Vice-Chair"),
    ("Councillor Janet Okafor", "Millbrook Ward", "present", None),
    ("Councillor Dev Sharma", "St Anne's Ward", "present", None),
    ("Councillor Ruth Calloway", "Eastgate Ward", "present", None),
    ("Councillor Martin Feeney", "Riverside Ward (substitute)", "present", None),
    ("Councillor Alison Marsh", "Cabinet Member for Adult Social Care and Health", "in_attendance",
     "Cabinet Member for Adult Social Care and Health"),
    ("Helen Cartwright", "Director of Adult Social Services and Integrated Commissioning", "in_attendance",
     "Director of Adult Social Services and Integrated Commissioning"),
    ("Dr Samuel Idowu", "Director of Public Health", "in_attendance", "Director of Public Health"),
    ("Karen Whitlow", "Head of Commissioning and Market Management (Adults)", "in_attendance",
     "Head of Commissioning and Market Management (Adults)"),
    ("Paul Renshaw", "Deputy Place Director, Mid Vale Integrated Care Board", "in_attendance",
     "Deputy Place Director, Mid Vale Integrated Care Board"),
    ("Laura Quigley", "Scrutiny and Democratic Services Officer", "in_attendance",
     "Scrutiny and Democratic Services Officer"),
]
D1_APOLOGIES = ["Councillor Graham Pike", "Councillor Susan Adeyemi"]

# each item: number, title, opening text, [question rows], [further paragraphs], agreed bullets or None
# question row: (member, question, answered_by, response, q_phrase, a_phrase, kind, themes)
D1_ITEMS = [
    {"n": "1", "t": "Apologies for Absence and Substitutions",
     "text": "Apologies for absence were received from Councillor Graham Pike and Councillor Susan "
             "Adeyemi. Councillor Martin Feeney attended as a substitute for Councillor Pike.",
     "rows": [], "agreed": None},
    {"n": "2", "t": "Declarations of Interest",
     "text": "Councillor Ruth Calloway declared a non-pecuniary interest in Item 5 as her daughter "
             "is employed as a community nurse by Vale Community Health NHS Trust. There were no "
             "other declarations.",
     "rows": [], "agreed": None},
    {"n": "3", "t": "Minutes of the Previous Meeting",
     "text": "The minutes of the meeting held on 21 January 2025 were submitted. Councillor Sharma "
             "noted that the action on the respite care review remained outstanding and the Scrutiny "
             "and Democratic Services Officer undertook to chase a reply.",
     "rows": [],
     "agreed": ["approve the minutes of the meeting held on 21 January 2025 as a correct record."]},
    {"n": "4", "t": "Home Care Recommissioning",
     "text": "The Panel received a report of the Director of Adult Social Services and Integrated "
             "Commissioning which set out the outcome of the recommissioning of home care across the "
             "borough. The Head of Commissioning and Market Management explained that the previous "
             "framework of fourteen providers would be replaced from 1 July 2025 by four zoned lead "
             "providers on contracts of five years with an option to extend by two, with an "
             "estimated annual value of £23.6 million. Members' questions and the responses given are "
             "recorded in the table below.",
     "rows": [
         ("Cllr Okafor",
          "Asked how many of the four successful bidders were private equity backed companies and "
          "whether profit levels had been tested during evaluation.",
          "Head of Commissioning and Market Management",
          "Three of the four were owned by private companies and one was a social enterprise; "
          "open book accounting would be a condition of the contract from the first year.",
          "how many of the four successful bidders were private equity backed companies",
          "open book accounting would be a condition of the contract",
          "question", ["privatisation", "subcontracting", "adult-social-care"]),
         ("Cllr Okafor",
          "Raised concern that people receiving care might have to change carers when the zones "
          "changed hands on 1 July.",
          "Director of Adult Social Services",
          "Around 640 people would transfer; staff would move under TUPE wherever possible so that "
          "familiar carers could continue, and every person would be contacted before the transfer.",
          "people receiving care might have to change carers when the zones changed hands",
          "staff would move under TUPE wherever possible so that familiar carers",
          "concern", ["adult-social-care", "workforce", "subcontracting"]),
         ("Cllr Okafor",
          "Requested a list of the providers leaving the framework and the number of clients each "
          "one currently supported.",
          "Head of Commissioning and Market Management",
          "This would be circulated to the Panel after the meeting.",
          "a list of the providers leaving the framework and the number of clients",
          "This would be circulated to the Panel after the meeting",
          "request", ["subcontracting", "adult-social-care"]),
         ("Cllr Brindley",
          "Asked whether the hourly rate of £24.10 was sufficient to pay care workers the Real "
          "Living Wage including travel time.",
          "Head of Commissioning and Market Management",
          "The rate had been built up from a cost of care exercise and assumed payment of the Real "
          "Living Wage for contact and travel time; compliance would be checked quarterly.",
          "hourly rate of £24.10 was sufficient to pay care workers the Real",
          "had been built up from a cost of care exercise",
          "question", ["workforce", "finance", "adult-social-care"]),
         ("Cllr Brindley",
          "Queried whether people who used the service and their families had been involved in "
          "setting the specification.",
          "Director of Adult Social Services",
          "A reference group of eleven people drawing on care and four family carers had scored the "
          "quality questions alongside officers.",
          "people who used the service and their families had been involved",
          "A reference group of eleven people drawing on care",
          "question", ["patient-and-public-input", "adult-social-care"]),
         ("Cllr Calloway",
          "Asked what would happen if a lead provider failed or handed back its contract part way "
          "through the term.",
          "Cabinet Member for Adult Social Care and Health",
          "Each zone had a named reserve provider and the Council retained a small in-house "
          "reablement team that could step in at short notice.",
          "if a lead provider failed or handed back its contract part way",
          "Each zone had a named reserve provider and the Council retained",
          "question", ["subcontracting", "governance", "adult-social-care"]),
     ],
     "agreed": [
         "note the outcome of the home care recommissioning exercise;",
         "request a report to the Panel in January 2026 on the first six months of the new "
         "zoned contracts, including staff turnover and missed calls; and",
         "recommend to Cabinet that quarterly contract performance data be published on the "
         "Council's website.",
     ]},
    {"n": "5", "t": "Mid Vale Integrated Care Board – Winter Pressures and Hospital Discharge",
     "text": "Paul Renshaw, Deputy Place Director, presented an update on the winter period across "
             "Ashbury General Hospital and community services, including the number of people "
             "medically fit for discharge and the use of the Better Care Fund to purchase short-term "
             "beds. Questions were put as follows.",
     "rows": [
         ("Cllr Sharma",
          "Asked why the number of people waiting more than seven days for discharge had risen "
          "from 38 to 61 since October.",
          "Deputy Place Director, Mid Vale ICB",
          "The rise reflected a shortage of dementia nursing beds locally; a block purchase of "
          "twelve beds had been agreed and would be in place by April.",
          "why the number of people waiting more than seven days for discharge",
          "a shortage of dementia nursing beds locally",
          "question", ["adult-social-care", "integration", "mental-health"]),
         ("Cllr Sharma",
          "Commented that the joint discharge team had made a visible difference on the wards he "
          "had visited.",
          "—",
          "",
          "the joint discharge team had made a visible difference on the wards",
          None,
          "comment", ["integration", "adult-social-care"]),
         ("Cllr Feeney",
          "Sought clarification on whether any Better Care Fund money had been diverted to cover "
          "the hospital trust's deficit.",
          "Director of Adult Social Services",
          "No; the pooled budget was governed by a section 75 agreement and every scheme had been "
          "approved by the Health and Wellbeing Board.",
          "whether any Better Care Fund money had been diverted to cover",
          "the pooled budget was governed by a section 75 agreement",
          "question", ["integration", "finance", "governance"]),
     ],
     "agreed": [
         "note the update from the Integrated Care Board; and",
         "invite the ICB to return in October 2025 with its plans for the coming winter.",
     ]},
    {"n": "6", "t": "Public Health Grant 2025/26 and the Stop Smoking Service",
     "text": "Dr Samuel Idowu, Director of Public Health, introduced a report on the public health "
             "grant allocation of £18.2 million for 2025/26 and the proposal to bring the stop "
             "smoking service back in-house when the current contract ends in September 2025.",
     "rows": [
         ("Cllr Marsh*",
          "Asked whether bringing the service in-house would cost more than the current contract "
          "with the external provider.",
          "Director of Public Health",
          "Modelling showed a saving of about £140,000 a year because no management fee or profit "
          "margin would be payable.",
          "whether bringing the service in-house would cost more than the current contract",
          "no management fee or profit margin would be payable",
          "question", ["privatisation", "finance", "public-health", "subcontracting"]),
         ("Cllr Calloway",
          "Raised concern that quit rates among pregnant women in the most deprived wards were "
          "still well below the national average.",
          "Director of Public Health",
          "A specialist midwife post would be funded from the grant and targeted at the three wards "
          "with the highest rates of smoking in pregnancy.",
          "quit rates among pregnant women in the most deprived wards",
          "A specialist midwife post would be funded from the grant",
          "concern", ["public-health", "workforce"]),
     ],
     "agreed": [
         "endorse the proposal to deliver the stop smoking service in-house from October 2025;",
         "ask the Director of Public Health to share the equality impact assessment with Members.",
     ]},
    {"n": "7", "t": "Work Programme 2025/26",
     "text": "The Scrutiny and Democratic Services Officer presented the draft work programme. "
             "Members suggested that dental access for care home residents and the adult "
             "safeguarding annual report be added.",
     "rows": [],
     "agreed": ["adopt the work programme subject to the additions suggested by Members."]},
]


def d1_gold():
    questions, resolutions = [], []
    for it in D1_ITEMS:
        for (m, q, by, resp, qp, ap, kind, th) in it["rows"]:
            questions.append({"item": it["n"], "kind": kind, "text": qp,
                              "asked_by": m.rstrip("*"), "answer": ap,
                              "given_by": by if ap else None, "themes": th})
    res_spec = {
        "3": ("approve the minutes of the meeting held on 21 January 2025", "agreed", []),
        "4": ("note the outcome of the home care recommissioning exercise", "agreed",
              ["adult-social-care", "subcontracting", "workforce", "governance"]),
        "5": ("invite the ICB to return in October 2025 with its plans", "noted",
              ["integration", "adult-social-care"]),
        "6": ("endorse the proposal to deliver the stop smoking service in-house", "agreed",
              ["public-health", "privatisation", "subcontracting"]),
        "7": ("adopt the work programme subject to the additions suggested by Members", "agreed",
              []),
    }
    for n, (t, o, th) in res_spec.items():
        resolutions.append({"item": n, "text": t, "outcome": o, "themes": th})
    att = [{"name": n, "role": r, "attendance": a} for (n, _, a, r) in D1_ATTEND]
    att += [{"name": n, "role": None, "attendance": "apologies"} for n in D1_APOLOGIES]
    return {"document": D1, "doc_type": "minutes", "committee": D1_COMMITTEE,
            "meeting_date": "2025-03-11",
            "items": [{"number": it["n"], "title": it["t"]} for it in D1_ITEMS],
            "questions": questions, "resolutions": resolutions, "attendees": att}


def build_d1(path):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Minutes - Adults and Health Scrutiny Panel - 11 March 2025"
    cp.created = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 14, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Ashbury Borough Council – Adults and Health Scrutiny Panel – 11 March 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(8)
    # PAGE field
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
    fp.add_run("          Chair's initials ..........").font.size = Pt(8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ASHBURY BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ADULTS AND HEALTH SCRUTINY PANEL")
    r.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("MINUTES of the meeting held on Tuesday 11 March 2025 at 6.30 pm in Committee Room 2, "
              "Ashbury Civic Centre")
    p = doc.add_paragraph()
    p.add_run("Present:").bold = True

    t = doc.add_table(rows=0, cols=2)  # default table style has no borders
    for (n, right, a, _) in D1_ATTEND:
        if a != "present":
            continue
        cells = t.add_row().cells
        cells[0].text = n
        cells[1].text = right
    p = doc.add_paragraph()
    p.add_run("Also present:").bold = True
    t2 = doc.add_table(rows=0, cols=2)
    for (n, right, a, _) in D1_ATTEND:
        if a != "in_attendance":
            continue
        cells = t2.add_row().cells
        cells[0].text = n
        cells[1].text = right
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillor Graham Pike and Councillor Susan Adeyemi.")
    p = doc.add_paragraph()
    p.add_run("Substitutes: ").bold = True
    p.add_run("Cllr Feeney for Cllr Pike.")
    p = doc.add_paragraph()
    r = p.add_run("* Councillor Marsh is a Cabinet Member and asked a question at the Chair's "
                  "invitation.")
    r.italic = True
    r.font.size = Pt(9)

    def shade(cell):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9D9D9")
        tcPr.append(shd)

    for it in D1_ITEMS:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_before = Pt(10)
        p.add_run(f"{it['n']}.\u00a0\u00a0{it['t']}.").bold = True
        p.add_run(" " + it["text"])
        if it["rows"]:
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["Member", "Question", "Answered by", "Response"]):
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
                shade(c)
            rows = it["rows"]
            start = 0
            for i, (m, q, by, resp, *_rest) in enumerate(rows):
                cells = tb.add_row().cells
                cells[1].text = q
                cells[2].text = by
                cells[3].text = resp
                if i == 0 or rows[i - 1][0] != m:
                    cells[0].text = m
                    start = i + 1  # row index in table
                else:
                    # vertically merge from the first row of this member down to this one
                    top = tb.cell(start, 0)
                    top.merge(tb.cell(i + 1, 0))
            widths = [Cm(2.4), Cm(5.6), Cm(3.4), Cm(5.6)]
            for row in tb.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
        if it["agreed"]:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run("The Panel AGREED to:").bold = True
            for b in it["agreed"]:
                doc.add_paragraph(b, style="List Bullet")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("The meeting closed at 8.47 pm.")
    doc.add_paragraph("CHAIR")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps for determinism
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def d1_text(path):
    """Source text: every w:p in document order (tables included), merged cells once."""
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(str(path))
    parts = []
    for p in doc.element.body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document 2: plain text, county Health Overview and Scrutiny Committee
# ---------------------------------------------------------------------------
D2 = "bb-northmoor-health-overview-scrutiny-committee-2025-06-19.txt"
D2_COMMITTEE = "Health Overview and Scrutiny Committee"
HEADER = "NORTHMOOR COUNTY COUNCIL - HEALTH OVERVIEW AND SCRUTINY COMMITTEE - 19 JUNE 2025"
PAGE_LINES = 52

D2_PRESENT = [("Councillor Margaret Pennington", "Chairman"),
              ("Councillor R Halstead", "Vice-Chairman"),
              ("Councillor J Baxter", None), ("Councillor S Chowdhury", None),
              ("Councillor P Dunmore", None), ("Councillor E Fairbrother", None),
              ("Councillor K Ingleby", None)]
D2_ALSO = [("Councillor D Thwaite", "Cabinet Member for Health and Adult Services"),
           ("Mr A Maddox", "Head of Commissioning (Adults and Health)"),
           ("Ms L Greaves", "Director of Public Health"),
           ("Dr F Osei", "Medical Director, North Moor and Dales NHS Foundation Trust"),
           ("Mrs H Kilburn", "Chief Executive, Healthwatch Northmoor"),
           ("Mr T Pryce", "Democratic Services Officer")]
D2_APOL = [("Councillor B Ashworth", None), ("Councillor W Latimer", None)]

D2_ITEMS = [
    ("12/25", "Apologies for Absence", [
        "Apologies for absence were received from Councillors B Ashworth and W Latimer.",
    ]),
    ("13/25", "Declarations of Interest", [
        "Councillor S Chowdhury declared a personal interest in Minute 15/25 as a governor "
        "of North Moor and Dales NHS Foundation Trust. Councillor K Ingleby declared a "
        "personal interest in Minute 17/25 as a volunteer driver for a community transport "
        "charity.",
    ]),
    ("14/25", "Minutes of the Meeting held on 10 April 2025", [
        "AGREED that the minutes of the meeting held on 10 April 2025 be confirmed as a correct "
        "record and signed by the Chairman.",
    ]),
    ("15/25", "Urgent and Emergency Care - North Moor and Dales NHS Foundation Trust", [
        "Dr F Osei, Medical Director, presented a report on performance against the four hour "
        "standard at Kelderby Royal Infirmary and on the trust's plans to open a same day "
        "emergency care unit in the autumn.",
        "Councillor J Baxter enquired how long patients arriving by ambulance had waited to be "
        "handed over during May. In reply, the Medical Director stated that the average handover "
        "was now 38 minutes, down from 52 minutes a year earlier, although some crews had still "
        "waited more than three hours on the busiest days.",
        "Councillor P Dunmore raised concern that the trust was relying on agency nurses to staff "
        "the corridor care area. Members were advised that agency spend had fallen by a fifth "
        "since January and that 46 internationally recruited nurses had started in post.",
        "Councillor E Fairbrother enquired whether the trust would consult patients on the "
        "proposed relocation of the minor injuries unit from Hawes Bridge. In reply, the Medical "
        "Director stated that no decision had been made and that the Committee would be consulted "
        "formally if the change were a substantial variation.",
        "RESOLVED: (a) That the report be noted. (b) That the Committee receive a further update "
        "on ambulance handover times at its meeting in December 2025. (c) That the trust be asked "
        "to share its engagement plan for the minor injuries unit before any proposal is published.",
    ]),
    ("16/25", "Community Mental Health Services for Adults", [
        "The Head of Commissioning (Adults and Health) introduced a report on the transformation of "
        "community mental health services jointly commissioned with the Integrated Care Board.",
        "Councillor R Halstead enquired how many people were waiting longer than eighteen weeks "
        "for a first appointment with the community mental health team. In reply, the Head of "
        "Commissioning stated that 212 people had waited longer than eighteen weeks at the end of "
        "May, most of them for psychological therapies.",
        "Councillor K Ingleby raised concern that voluntary sector partners delivering the crisis "
        "cafes had been given only one-year grants. Members were advised that the ICB had agreed "
        "in principle to three-year agreements from April 2026, subject to its financial plan.",
        "RESOLVED: (a) That the progress made in transforming community mental health services be "
        "noted. (b) That the Committee's concern about waiting times for psychological therapies be "
        "conveyed to the Integrated Care Board.",
    ]),
    ("17/25", "Non-Emergency Patient Transport Service - Procurement", [
        "The Committee considered a report on the Integrated Care Board's intention to procure a "
        "new non-emergency patient transport service from April 2026, for which the current "
        "contract with a private operator would expire.",
        "Councillor S Chowdhury raised concern that the current operator had repeatedly failed "
        "to collect dialysis patients on time. In reply, the Head of Commissioning stated that "
        "contract performance notices had been issued twice in 2024 and that the new specification "
        "would include penalties for late collection.",
        "Councillor J Baxter enquired whether the NHS ambulance trust had been invited to bid and "
        "whether a publicly run service had been considered. Members were advised that the "
        "ambulance trust had been engaged in market testing but that the final procurement route "
        "would be decided by the ICB board in September.",
        "Councillor P Dunmore requested that the Committee see the patient survey results used to "
        "shape the specification before the tender was issued. The Chairman indicated that this "
        "would be arranged.",
        "RESOLVED: (a) That the report be noted. (b) That it be recommended to the Integrated Care "
        "Board that an in-house or NHS-provided option be fully appraised before a procurement "
        "route is agreed.",
    ]),
    ("18/25", "Healthwatch Northmoor Annual Report 2024/25", [
        "Mrs H Kilburn, Chief Executive of Healthwatch Northmoor, presented the annual report, "
        "which recorded 3,140 pieces of feedback from residents, the largest share concerning "
        "access to GP and dental appointments.",
        "Councillor E Fairbrother enquired what had happened to the findings of the enter and view "
        "visits to care homes in the Dales. In reply, the Chief Executive of Healthwatch stated that "
        "all six homes had produced action plans and that follow-up visits were planned for "
        "the winter.",
        "RESOLVED: That the Healthwatch Northmoor annual report for 2024/25 be received and "
        "Healthwatch be thanked for its work.",
    ]),
    ("19/25", "Work Programme", [
        "The Democratic Services Officer presented the Committee's work programme for 2025/26.",
        "RESOLVED: That the work programme be approved, with the addition of an item on NHS "
        "dentistry in the Dales to the October meeting.",
    ]),
]

D2_Q = [  # item, kind, text, asked_by, answer, given_by, themes
    ("15/25", "question", "how long patients arriving by ambulance had waited to be handed over",
     "Councillor J Baxter", "the average handover was now 38 minutes, down from 52 minutes",
     "the Medical Director", []),
    ("15/25", "concern", "the trust was relying on agency nurses to staff the corridor care area",
     "Councillor P Dunmore", "agency spend had fallen by a fifth since January", None,
     ["workforce", "finance"]),
    ("15/25", "question", "whether the trust would consult patients on the proposed relocation",
     "Councillor E Fairbrother", "the Committee would be consulted formally if the change were a "
     "substantial variation", "the Medical Director", ["patient-and-public-input", "governance"]),
    ("16/25", "question", "how many people were waiting longer than eighteen weeks for a first "
     "appointment", "Councillor R Halstead", "212 people had waited longer than eighteen weeks at "
     "the end of May", "the Head of Commissioning", ["mental-health"]),
    ("16/25", "concern", "voluntary sector partners delivering the crisis cafes had been given "
     "only one-year grants", "Councillor K Ingleby", "the ICB had agreed in principle to "
     "three-year agreements from April 2026", None,
     ["subcontracting", "finance", "mental-health"]),
    ("17/25", "concern", "the current operator had repeatedly failed to collect dialysis patients "
     "on time", "Councillor S Chowdhury", "contract performance notices had been issued twice in "
     "2024", "the Head of Commissioning", ["subcontracting", "privatisation"]),
    ("17/25", "question", "whether the NHS ambulance trust had been invited to bid",
     "Councillor J Baxter", "the ambulance trust had been engaged in market testing", None,
     ["privatisation", "subcontracting"]),
    ("17/25", "request", "the Committee see the patient survey results used to shape the "
     "specification", "Councillor P Dunmore", "The Chairman indicated that this would be arranged",
     "The Chairman", ["patient-and-public-input", "subcontracting"]),
    ("18/25", "question", "what had happened to the findings of the enter and view visits",
     "Councillor E Fairbrother", "all six homes had produced action plans and that follow-up visits",
     "the Chief Executive of Healthwatch", ["patient-and-public-input", "adult-social-care"]),
]
D2_R = [
    ("14/25", "the minutes of the meeting held on 10 April 2025 be confirmed", "agreed", []),
    ("15/25", "the Committee receive a further update on ambulance handover times", "noted",
     ["patient-and-public-input"]),
    ("16/25", "the progress made in transforming community mental health services be noted",
     "noted", ["mental-health"]),
    ("17/25", "an in-house or NHS-provided option be fully appraised before a procurement route",
     "recommended", ["privatisation", "subcontracting"]),
    ("18/25", "the Healthwatch Northmoor annual report for 2024/25 be received", "noted",
     ["patient-and-public-input"]),
    ("19/25", "the work programme be approved, with the addition of an item",
     "agreed", ["primary-care"]),
]


def d2_gold():
    att = [{"name": n, "role": r, "attendance": "present"} for n, r in D2_PRESENT]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D2_ALSO]
    att += [{"name": n, "role": r, "attendance": "apologies"} for n, r in D2_APOL]
    return {"document": D2, "doc_type": "minutes", "committee": D2_COMMITTEE,
            "meeting_date": "2025-06-19",
            "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
            "questions": [{"item": i, "kind": k, "text": t, "asked_by": a, "answer": an,
                           "given_by": g, "themes": th} for i, k, t, a, an, g, th in D2_Q],
            "resolutions": [{"item": i, "text": t, "outcome": o, "themes": th}
                            for i, t, o, th in D2_R],
            "attendees": att}


def wrap(s, indent=""):
    return textwrap.wrap(s, 78, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False) + [""]


def build_d2(path):
    # body lines (pages 2..)
    body = []
    item_start = {}
    for n, t, paras in D2_ITEMS:
        if body and len(body) % PAGE_LINES > PAGE_LINES - 8:
            body += [""] * (PAGE_LINES - len(body) % PAGE_LINES)  # keep heading with text
        item_start[n] = len(body)
        body.append(f"Minute {n}: {t}")
        body.append("")
        for p in paras:
            if p.startswith("RESOLVED: (a)"):
                head, rest = p.split(" ", 1)
                body.append("RESOLVED:")
                body.append("")
                clauses = re.split(r" (?=\([a-z]\) )", rest)
                for c in clauses:
                    body += textwrap.wrap(c, 74, initial_indent="    ",
                                          subsequent_indent="        ",
                                          break_on_hyphens=False)
                body.append("")
            else:
                body += wrap(p)
    body += ["", "The meeting closed at 12.20 pm.", "", "",
             "Chairman .................................    Date ................", ""]
    pages = [body[i:i + PAGE_LINES] for i in range(0, len(body), PAGE_LINES)]
    total = len(pages) + 1

    def page_no(idx):
        return idx // PAGE_LINES + 2

    first = []
    first += ["NORTHMOOR COUNTY COUNCIL", "",
              "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "",
              "Minutes of a meeting held at County Hall, Kelderby on Thursday 19 June 2025",
              "commencing at 10.00 am.", "", "CONTENTS", "--------", ""]
    for n, t, _ in D2_ITEMS:
        left = f"{n}  {t} "
        pg = f" {page_no(item_start[n])}"
        if len(left) > 66:
            cut = left[:60].rfind(" ")
            first.append(left[:cut])
            left = "       " + left[cut + 1:]
        first.append(left + "." * (74 - len(left) - len(pg)) + pg)
    first.append("")
    chair = D2_PRESENT[0][0]
    vice = D2_PRESENT[1][0]
    others = [n.replace("Councillor ", "") for n, _ in D2_PRESENT[2:]]
    present = (f"PRESENT: {chair} (Chairman); {vice} (Vice-Chairman); Councillors "
               + ", ".join(others[:-1]) + " and " + others[-1] + ".")
    first += wrap(present)
    also = "ALSO IN ATTENDANCE: " + "; ".join(f"{n} ({r})" for n, r in D2_ALSO) + "."
    first += wrap(also)
    first += wrap("APOLOGIES: Councillors B Ashworth and W Latimer.")

    def frame(lines, no):
        out = [HEADER, "=" * len(HEADER), ""] + lines
        out += [""] * (PAGE_LINES + 3 - len(out))
        out += ["", f"Page {no} of {total}" + " " * 40 + "Chairman's initials ......"]
        return "\n".join(out) + "\n"

    txt = frame(first, 1)
    for i, pg in enumerate(pages):
        txt += "\f" + frame(pg, i + 2)
    path.write_bytes(txt.encode("utf-8"))


def d2_text(path):
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + " ".join(s.split()) + " "


def check():
    ok = True
    for doc, textf in ((D1, d1_text), (D2, d2_text)):
        g = json.loads((GOLD / (Path(doc).stem + ".json")).read_text())
        src = norm(textf(DOCS / doc))
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            wc = len(ph.split())
            n = src.count(norm(ph))
            if n != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {doc} {kind}: {ph!r} occurs {n} times, {wc} words")
        print(f"{doc}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_d1(DOCS / D1)
    build_d2(DOCS / D2)
    for doc, g in ((D1, d1_gold()), (D2, d2_gold())):
        (GOLD / (Path(doc).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", D1, D2)


if __name__ == "__main__":
    main()
