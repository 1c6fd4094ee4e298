#!/usr/bin/env python3
"""Build the "fp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fp.py           build documents/fp-* and gold/fp-*.json
        build_fp.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 3, 14, 9, 0, 0)
ZIPDATE = (2025, 3, 14, 9, 0, 0)

DOC1 = "fp-wyvernvale-health-adult-care-scrutiny-2025-03-11.docx"
DOC2 = "fp-wyvernvale-discharge-review-evidence-pack.docx"


# ---------------------------------------------------------------- helpers
def pin_docx(doc, path):
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIPDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table_borders(table, val):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "7F7F7F")
        b.append(e)
    tblPr.append(b)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    return doc


def header_footer(doc, head, foot_right):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(head); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Page "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); add_field(r, "PAGE")
    r = fp.add_run(" of "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); add_field(r, "NUMPAGES")
    if foot_right:
        r = fp.add_run("\t\t" + foot_right); r.font.size = Pt(8)


def para(doc, text, bold=False, size=None, align=None, italic=False, space_before=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align is None else align
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


# ---------------------------------------------------------------- document 1
MEMBERS = [
    ("Cllr Joanna Ashworth", "Chair"),
    ("Cllr Michael Brennan", "Vice-Chair"),
    ("Cllr Sarah Fenwick", None),
    ("Cllr David Haddow", None),
    ("Cllr Chidi Okafor", None),
    ("Cllr Priya Patel", None),
    ("Cllr Owen Tiernan", "substitute for Cllr Lomax"),
]
OFFICERS = [
    ("Helen Marsh", "Director of Adult Social Care"),
    ("Dr Kamal Rao", "Director of Public Health"),
    ("Simon Yeats", "Head of Commissioning (Adults)"),
    ("Lucy Brandon", "Head of Finance (People)"),
    ("Grace Ilori", "Assistant Director, Workforce and Practice Development, Adult Social Care and Health"),
    ("Dr Tom Keeling", "Consultant in Public Health"),
    ("Rachel Dunmore", "Director of Urgent Care Transformation, NHS Mid Wessex Integrated Care Board"),
    ("Paul Venn", "Deputy Chief Operating Officer, Wyvern Vale Hospitals NHS Foundation Trust"),
    ("Anna Pryce", "Scrutiny Officer"),
]
APOLOGIES = ["Cllr Ruth Lomax", "Cllr Ben Underwood"]

ITEMS = [
    ("1", "Apologies and Substitutions",
     "No decision required.",
     ["Apologies for absence were received from Cllr Lomax and Cllr Underwood. Cllr Tiernan "
      "attended as substitute for Cllr Lomax."]),
    ("2", "Declarations of Interest",
     "No decision required.",
     ["Cllr Patel declared a non-registrable interest in Item 7 as her daughter is employed by a "
      "home care agency operating in the borough. She remained in the meeting and took part in "
      "the discussion."]),
    ("3", "Minutes of the Previous Meeting",
     "The Panel agreed that the minutes of the meeting held on 21 January 2025 be signed by the "
     "Chair as a correct record.",
     ["Matters arising: Cllr Haddow asked whether the letter to the ICB about community dental "
      "services had been answered; the Scrutiny Officer said that a reply was expected by the end "
      "of March and would be circulated to the Panel as soon as it arrived."]),
    ("4", "Home Care Recommissioning: Progress Report",
     "The Panel noted the progress report on home care recommissioning and asked that the tender "
     "evaluation timetable be circulated to all Panel members before the end of April 2025.",
     ["The Head of Commissioning (Adults) introduced the report, which set out progress on the "
      "recommissioning of home care across the four localities, the move from spot purchasing to "
      "a framework of zoned lead providers and the proposed timetable for contract award in "
      "October 2025.",
      "Cllr Okafor asked how many of the current providers had expressed an interest in bidding "
      "for the zoned contracts; the Head of Service replied that eleven of the fourteen current "
      "providers had attended the market engagement events and that two national companies had "
      "also registered an interest. Cllr Brennan's further question about whether the zones would "
      "leave rural areas without a provider was answered by the Director, who said that each zone "
      "would carry a rural uplift and a named provider of last resort, and that the northern "
      "villages would be monitored monthly.",
      "Cllr Haddow challenged the figures in paragraph 4.2 of the report, noting that the hourly "
      "rate shown for 2025/26 appeared lower than the rate agreed by Cabinet in February. The Head "
      "of Finance (People) explained that paragraph 4.2 showed the rate before the fair cost of "
      "care adjustment and undertook to circulate a corrected table. Cllr Patel expressed concern "
      "that people receiving care would not be told early enough if their provider changed."]),
    ("5", "Urgent and Emergency Care: Winter Review 2024/25",
     "The Panel noted the winter review and the actions being taken by the Integrated Care Board "
     "and Wyvern Vale Hospitals NHS Foundation Trust.",
     ["Ms Rachel Dunmore, Director of Urgent Care Transformation at NHS Mid Wessex Integrated Care "
      "Board, presented the review of winter 2024/25, covering ambulance handover delays, the "
      "virtual ward programme and discharge performance at Wyvern Vale General Hospital.",
      "Cllr Brennan asked why ambulance handover times at the General Hospital had worsened in "
      "January when attendances had fallen; Ms Dunmore replied that the number of patients with no "
      "criteria to reside had reached 112 in the second week of January, which had blocked flow "
      "through the emergency department. Cllr Fenwick asked whether the virtual ward beds were "
      "being used; the Deputy Chief Operating Officer of the Trust said that occupancy had averaged "
      "71 per cent against a target of 80 per cent and that GP referrals into the virtual ward had "
      "been lower than planned. Cllr Okafor's further question about the cost of the discharge to "
      "assess beds commissioned from private care homes was answered by the Director of Adult "
      "Social Care, who said that the Better Care Fund had met the full cost of 38 interim beds at "
      "an average weekly fee of £1,140."]),
    ("6", "Public Health Grant 2025/26 and Stop Smoking Service",
     "The Panel recommended to Cabinet that the stop smoking service contract with Clearbreath "
     "Community Interest Company be extended for twelve months to 31 March 2026.",
     ["The Director of Public Health introduced the report. The public health grant for 2025/26 "
      "had risen by 2.8 per cent to £19.6 million, but the new national stop smoking grant came "
      "with a condition that the number of people supported to quit be increased by a quarter.",
      "Cllr Haddow asked whether the council had considered bringing the stop smoking service "
      "in-house rather than extending the contract; the Director of Public Health replied that an "
      "in-house option had been costed but could not be mobilised before the national grant "
      "conditions took effect. Cllr Ashworth questioned the fall in quit rates among pregnant "
      "women, and the Consultant in Public Health explained that the midwifery-based advisers had "
      "been vacant for five months and that both posts had now been filled. Cllr Fenwick requested "
      "that future reports show quit rates by ward so that members could see the health "
      "inequalities across the borough; this was agreed by the Director."]),
    ("7", "Adult Social Care Workforce Update",
     "The Panel noted the workforce update and asked for care worker vacancy figures by locality "
     "to be reported to its June meeting.",
     ["The Assistant Director, Workforce and Practice Development, Adult Social Care and Health "
      "presented the update. Vacancy rates among care workers in the borough had fallen from 11.2 "
      "per cent to 8.9 per cent over the year, helped by international recruitment, although "
      "turnover remained high in the first six months of employment.",
      "Cllr Patel asked what proportion of the international recruits had stayed with their "
      "sponsoring employer; the Assistant Director replied that around one in five had moved on "
      "within a year and that a pastoral support scheme had been set up with the Wyvern Vale Care "
      "Association. Cllr Okafor raised concern about care workers being paid below the real living "
      "wage by agencies outside the council's framework. In response, the Head of Commissioning "
      "said that all framework providers now paid at least the real living wage but that the "
      "council had no contractual lever over agencies it did not commission. Cllr Ashworth asked "
      "about the social worker caseloads in the hospital discharge team, and was told by the "
      "Director of Adult Social Care that the average caseload was 27 against a ceiling of 25 and "
      "that two agency social workers had been engaged until September."]),
    ("8", "Work Programme 2025/26",
     "The Panel agreed its work programme for 2025/26, with the addition of an item on supported "
     "living in September.",
     ["Cllr Brennan asked that the Panel receive a report on the supported living framework before "
      "the contract extension decision due in the autumn; the Scrutiny Officer confirmed that this "
      "could be scheduled for September. Cllr Fenwick suggested a joint session with the Children "
      "and Young People Scrutiny Panel on transitions for young people with learning disabilities "
      "moving into adult services. The Chair agreed to raise this with her counterpart."]),
]


def build_doc1(path):
    doc = base_doc()
    header_footer(doc, "Wyvern Vale Council  |  Health and Adult Care Scrutiny Panel  |  11 March 2025",
                  "Chair's initials ..........")
    para(doc, "WYVERN VALE COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Health and Adult Care Scrutiny Panel", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Minutes of the meeting held on Tuesday 11 March 2025 at 10.00 am in Committee Room 2, "
              "Civic Centre, Wyvern Street, Wyvern", align=WD_ALIGN_PARAGRAPH.CENTER)

    t = doc.add_table(rows=2, cols=2)
    table_borders(t, "nil")
    for i, h in enumerate(("Panel members", "Officers and guests")):
        c = t.rows[0].cells[i]
        r = c.paragraphs[0].add_run(h); r.bold = True
    c = t.rows[1].cells[0]
    p = c.paragraphs[0]
    for n, (name, role) in enumerate(MEMBERS):
        if n:
            p.add_run().add_break()
        p.add_run(name + (f" ({role})" if role else ""))
    c = t.rows[1].cells[1]
    p = c.paragraphs[0]
    for n, (name, role) in enumerate(OFFICERS):
        if n:
            p.add_run().add_break()
        p.add_run(f"{name} – {role}")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Apologies: "); r.bold = True
    p.add_run(", ".join(APOLOGIES))

    for num, title, decision, discussion in ITEMS:
        p = para(doc, f"Item {num} – {title}", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT,
                 space_before=14)
        p.paragraph_format.keep_with_next = True
        box = doc.add_table(rows=1, cols=1)
        table_borders(box, "single")
        cell = box.rows[0].cells[0]
        shade_cell(cell, "E7EEF5")
        r = cell.paragraphs[0].add_run("Decision summary"); r.bold = True
        cell.add_paragraph(decision)
        h = para(doc, "Discussion", bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, space_before=8)
        h.paragraph_format.keep_with_next = True
        for d in discussion:
            para(doc, d)
    para(doc, "The meeting closed at 12.47 pm.", space_before=12)
    para(doc, "Chair ........................................        Date ....................",
         align=WD_ALIGN_PARAGRAPH.LEFT, space_before=18)
    pin_docx(doc, path)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def gold_doc1():
    attendees = []
    for name, role in MEMBERS:
        attendees.append({"name": name, "role": role, "attendance": "present"})
    for name, role in OFFICERS:
        attendees.append({"name": name, "role": role, "attendance": "in_attendance"})
    for name in APOLOGIES:
        attendees.append({"name": name, "role": None, "attendance": "apologies"})
    return {
        "document": DOC1,
        "doc_type": "minutes",
        "committee": "Health and Adult Care Scrutiny Panel",
        "meeting_date": "2025-03-11",
        "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
        "questions": [
            q("3", "question", "whether the letter to the ICB about community dental services had been answered",
              "Cllr Haddow", "a reply was expected by the end of March", "Scrutiny Officer", ["primary-care"]),
            q("4", "question", "asked how many of the current providers had expressed an interest in bidding",
              "Cllr Okafor", "eleven of the fourteen current providers had attended the market engagement events",
              "Head of Service", ["subcontracting", "adult-social-care"]),
            q("4", "question", "whether the zones would leave rural areas without a provider",
              "Cllr Brennan", "each zone would carry a rural uplift and a named provider of last resort",
              "Director", ["subcontracting", "adult-social-care"]),
            q("4", "concern", "challenged the figures in paragraph 4.2 of the report",
              "Cllr Haddow", "paragraph 4.2 showed the rate before the fair cost of care adjustment",
              "Head of Finance (People)", ["finance", "adult-social-care"]),
            q("4", "concern", "expressed concern that people receiving care would not be told early enough",
              "Cllr Patel", None, None, ["adult-social-care"]),
            q("5", "question", "asked why ambulance handover times at the General Hospital had worsened in January",
              "Cllr Brennan", "the number of patients with no criteria to reside had reached 112",
              "Ms Dunmore", []),
            q("5", "question", "asked whether the virtual ward beds were being used",
              "Cllr Fenwick", "occupancy had averaged 71 per cent against a target of 80 per cent",
              "Deputy Chief Operating Officer of the Trust", []),
            q("5", "question", "the cost of the discharge to assess beds commissioned from private care homes",
              "Cllr Okafor", "the Better Care Fund had met the full cost of 38 interim beds",
              "Director of Adult Social Care", ["finance", "integration", "subcontracting", "adult-social-care"]),
            q("6", "question", "considered bringing the stop smoking service in-house rather than extending the contract",
              "Cllr Haddow", "an in-house option had been costed but could not be mobilised",
              "Director of Public Health", ["privatisation", "subcontracting", "public-health"]),
            q("6", "question", "questioned the fall in quit rates among pregnant women",
              "Cllr Ashworth", "the midwifery-based advisers had been vacant for five months",
              "Consultant in Public Health", ["public-health"]),
            q("6", "request", "requested that future reports show quit rates by ward",
              "Cllr Fenwick", "this was agreed by the Director", "Director", ["public-health"]),
            q("7", "question", "what proportion of the international recruits had stayed with their sponsoring employer",
              "Cllr Patel", "around one in five had moved on within a year",
              "Assistant Director", ["workforce"]),
            q("7", "concern", "raised concern about care workers being paid below the real living wage",
              "Cllr Okafor", "all framework providers now paid at least the real living wage",
              "Head of Commissioning", ["workforce", "subcontracting", "adult-social-care"]),
            q("7", "question", "asked about the social worker caseloads in the hospital discharge team",
              "Cllr Ashworth", "the average caseload was 27 against a ceiling of 25",
              "Director of Adult Social Care", ["workforce", "adult-social-care"]),
            q("8", "request", "receive a report on the supported living framework before the contract extension decision",
              "Cllr Brennan", "this could be scheduled for September", "Scrutiny Officer",
              ["adult-social-care", "subcontracting"]),
            q("8", "comment", "suggested a joint session with the Children and Young People Scrutiny Panel",
              "Cllr Fenwick", "The Chair agreed to raise this with her counterpart", "Chair",
              ["children-and-families", "adult-social-care"]),
        ],
        "resolutions": [
            {"item": "3", "text": "the minutes of the meeting held on 21 January 2025 be signed",
             "outcome": "agreed", "themes": []},
            {"item": "4", "text": "noted the progress report on home care recommissioning and asked that the tender",
             "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
            {"item": "5", "text": "The Panel noted the winter review and the actions being taken",
             "outcome": "noted", "themes": []},
            {"item": "6", "text": "recommended to Cabinet that the stop smoking service contract with Clearbreath",
             "outcome": "recommended", "themes": ["public-health", "subcontracting"]},
            {"item": "7", "text": "asked for care worker vacancy figures by locality to be reported",
             "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
            {"item": "8", "text": "The Panel agreed its work programme for 2025/26, with the addition",
             "outcome": "agreed", "themes": ["adult-social-care"]},
        ],
        "attendees": attendees,
    }


# ---------------------------------------------------------------- document 2
SUGGESTED = [
    "How many people were waiting in hospital with no criteria to reside on an average day this winter, and how has that changed since 2023?",
    "What share of people leaving hospital through the reablement service were still living at home 91 days later?",
    "Why has the number of reablement hours delivered fallen while the budget has risen?",
    "How many reablement support worker posts are vacant, and what is being done to fill them?",
    "How are the views of patients and carers gathered about their experience of discharge?",
    "Who holds the risk if interim care home beds purchased through the Better Care Fund are left empty?",
    "What would need to change for the council and the Trust to run a single integrated discharge team?",
    "How does Wyvern Vale compare with similar councils on delayed discharges per 100,000 adults?",
]


def build_doc2(path):
    doc = base_doc()
    header_footer(doc, "Wyvern Vale Council  |  Scrutiny review: hospital discharge and reablement  |  Members' evidence pack",
                  "OFFICIAL")
    para(doc, "WYVERN VALE COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Health and Adult Care Scrutiny Panel", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Scrutiny review evidence pack: Leaving hospital – discharge and reablement", bold=True,
         size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Prepared by Anna Pryce, Scrutiny Officer, for the evidence session on 8 April 2025. "
              "This pack is a briefing for members only and is not a report for decision.", italic=True)

    doc.add_heading("1. Background", level=2)
    para(doc, "In January 2025 the Panel agreed to hold a short review of how adults are discharged "
              "from Wyvern Vale General Hospital and supported to regain independence at home. The "
              "review follows concerns raised during the winter review about the number of people "
              "waiting in hospital beds once they were medically fit to leave.")
    para(doc, "Discharge is shared between the Trust, the council's reablement service and a set of "
              "home care and care home providers commissioned by the council. Interim beds are funded "
              "from the Better Care Fund, a pooled budget agreed with NHS Mid Wessex Integrated Care Board.")

    doc.add_heading("2. Key data", level=2)
    para(doc, "Table 1: People with no criteria to reside, Wyvern Vale General Hospital (average per day)",
         bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    rows = [("Month", "2023/24", "2024/25"), ("November", "74", "81"), ("December", "86", "97"),
            ("January", "91", "108"), ("February", "79", "88")]
    _table(doc, rows)
    para(doc, "Table 2: Reablement service", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, space_before=10)
    rows = [("Measure", "2022/23", "2023/24", "2024/25 (forecast)"),
            ("People starting reablement", "1,412", "1,366", "1,290"),
            ("Hours delivered", "118,400", "109,950", "101,200"),
            ("Still at home after 91 days", "82%", "79%", "77%"),
            ("Gross budget", "£6.1m", "£6.4m", "£6.9m"),
            ("Support worker vacancy rate", "9%", "14%", "17%")]
    _table(doc, rows)
    para(doc, "Source: Trust daily situation reports; Adult Social Care performance returns.",
         italic=True, size=9, align=WD_ALIGN_PARAGRAPH.LEFT)

    doc.add_heading("3. Witnesses", level=2)
    for w in ("Helen Marsh, Director of Adult Social Care",
              "Paul Venn, Deputy Chief Operating Officer, Wyvern Vale Hospitals NHS Foundation Trust",
              "Rachel Dunmore, Director of Urgent Care Transformation, NHS Mid Wessex Integrated Care Board",
              "A representative of Healthwatch Wyvern Vale"):
        doc.add_paragraph(w, style="List Bullet")

    doc.add_heading("4. Suggested questions to ask witnesses", level=2)
    para(doc, "Members may wish to use or adapt the following questions. They are suggestions only "
              "and answers will be recorded in the notes of the evidence session.")
    for s in SUGGESTED:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("5. Further reading", level=2)
    para(doc, "Minutes of the Panel, 21 January and 11 March 2025; Better Care Fund plan 2024/25; "
              "Healthwatch Wyvern Vale, 'Going home: patients' experience of discharge' (2024).")
    pin_docx(doc, path)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            r = c.paragraphs[0].add_run(v)
            if i == 0:
                r.bold = True
                shade_cell(c, "D9E2F3")


def gold_doc2():
    return {"document": DOC2, "doc_type": "report",
            "themes": ["adult-social-care", "integration", "workforce", "finance"]}


# ---------------------------------------------------------------- check
def docx_text(path):
    doc = Document(str(path))
    out = []

    def walk(el):
        for child in el.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                out.append("".join(n.text or "" if n.tag == qn("w:t") else " "
                                   for n in child.iter() if n.tag in (qn("w:t"), qn("w:br"), qn("w:tab"))))
            elif tag in ("tbl", "tr", "tc", "sdt", "sdtContent"):
                walk(child)
    walk(doc.element.body)
    return "\n".join(out)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for g in sorted(GOLD.glob("fp-*.json")):
        gold = json.loads(g.read_text())
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING", doc); ok = False; continue
        text = " " + norm(docx_text(doc)) + " "
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            cnt = text.count(" " + n + " ")
            words = len(n.split())
            if cnt != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {g.name} {kind}: count={cnt} words={words}: {ph}")
        print(f"{g.name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    build_doc1(DOCS / DOC1)
    build_doc2(DOCS / DOC2)
    for g in (gold_doc1(), gold_doc2()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
