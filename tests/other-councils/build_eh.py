#!/usr/bin/env python3
"""Build the "eh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eh.py           build documents/eh-* and gold/eh-*.json
        build_eh.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)

DOC1 = "eh-wealdhurst-health-scrutiny-sub-committee-2025-10-14.docx"
DOC2 = "eh-wealdhurst-code-of-conduct-decision-notice.docx"


def fix_props(doc, title):
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title


# ---------------------------------------------------------------- numbering
def add_abstract(numbering, abs_id, lvltext, indent=720, hanging=540, fmt="decimal"):
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvltext),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    if fmt == "bullet":
        rpr = OxmlElement("w:rPr")
        f = OxmlElement("w:rFonts")
        f.set(qn("w:ascii"), "Symbol")
        f.set(qn("w:hAnsi"), "Symbol")
        f.set(qn("w:hint"), "default")
        rpr.append(f)
        lvl.append(rpr)
    a.append(lvl)
    # abstractNum elements must precede all num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)


class Numbers:
    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        self.next_num = max(ids + [0]) + 1
        aids = [int(n.get(qn("w:abstractNumId")))
                for n in self.numbering.findall(qn("w:abstractNum"))]
        base = max(aids + [0]) + 10
        self.q_abs, self.a_abs, self.b_abs = base, base + 1, base + 2
        add_abstract(self.numbering, self.q_abs, "Q%1.")
        add_abstract(self.numbering, self.a_abs, "A%1.")
        add_abstract(self.numbering, self.b_abs, "\uf0b7", indent=720, hanging=360, fmt="bullet")

    def new(self, abs_id):
        n = OxmlElement("w:num")
        nid = self.next_num
        self.next_num += 1
        n.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abs_id))
        n.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        n.append(ov)
        self.numbering.append(n)
        return nid


def set_num(par, num_id):
    numpr = par._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


# ---------------------------------------------------------------- document 1
COUNCIL = "Wealdhurst District Council"

ITEMS = [
    ("21", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Cllr Fenwick-Hale and Cllr Adeyemi. "
        "Cllr Rowlandson attended as substitute for Cllr Adeyemi.",
    ], [], None),
    ("22", "Declarations of Interest", [
        "Cllr Brightwell declared a non-registrable interest in item 26 as her daughter is a "
        "practice nurse at the Hollins Lane Surgery; she remained in the meeting but took no "
        "part in the discussion of that item.",
    ], [], None),
    ("23", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 9 September 2025 were submitted.",
    ], [], ["That the minutes of the meeting held on 9 September 2025 be approved as a "
            "correct record and signed by the Chairman."]),
    ("24", "Community Mental Health Transformation – Update from the ICB", [
        "The Associate Director of Mental Health Commissioning, Weald and Downs Integrated "
        "Care Board, introduced the report, which set out progress in establishing the four "
        "neighbourhood mental health hubs and the transfer of the crisis café contract to a "
        "new voluntary sector provider from 1 April 2026.",
    ], [
        ("Cllr Okafor: asked how many people in Wealdhurst were currently waiting longer than "
         "eighteen weeks for a first assessment with the community team.",
         "Associate Director of Mental Health Commissioning: said that 212 adults had waited "
         "over eighteen weeks at the end of August, down from 340 in March, and the "
         "trajectory was to clear the backlog by the summer."),
        ("Cllr Brightwell: expressed concern that the crisis café was being handed to a "
         "provider with no track record in the district and asked what the tender "
         "evaluation had weighted.",
         "Associate Director of Mental Health Commissioning: explained that quality had "
         "carried seventy per cent of the evaluation score and the new provider already "
         "ran two similar cafés in the county."),
        ("Cllr Rowlandson: requested that service users who attend the existing café be "
         "consulted before the transfer and their views reported back to the Sub-Committee.",
         "Associate Director of Mental Health Commissioning: agreed to share the results "
         "of the user engagement sessions planned for January at the March meeting."),
    ], ["That the progress report on community mental health transformation be noted.",
        "That the Sub-Committee receive the findings of the crisis café user engagement at "
        "its meeting in March 2026."]),
    ("25", "Discharge to Assess and the Home Care Framework", [
        "The Head of Adult Social Care (Weald and Downs County Council) and the Director of "
        "Operations, Wealdhurst and Ashby Hospitals NHS Trust, presented a joint report on "
        "delayed discharge and the re-procured home care framework.",
    ], [
        ("Cllr Patterson-Moore: queried why the number of patients medically fit but still "
         "in hospital beds had risen over the autumn despite additional funding.",
         "Director of Operations: said the main cause was the loss of two home care "
         "providers in the rural north, and that the Trust had opened a twelve-bed "
         "transitional unit at Ashby Community Hospital as a temporary measure."),
        ("Cllr Okafor: asked whether the new framework paid care providers enough to meet "
         "the real living wage and whether travel time was funded.",
         "Head of Adult Social Care: confirmed that the framework hourly rate of £27.40 "
         "included travel time and was set to allow payment of the real living wage."),
        ("Cllr Sandhu: sought clarification on what share of home care hours was now "
         "delivered by private companies compared with the council's in-house reablement team.",
         "Head of Adult Social Care: replied that about ninety-two per cent of hours were "
         "bought from independent providers and the in-house team would grow by six posts."),
    ], ["That the joint report be noted.",
        "That the Sub-Committee recommends to the County Council's Cabinet that the home care "
        "framework be reviewed after twelve months with particular reference to rural coverage."]),
    ("26", "Access to GP Appointments in the Rural North", [
        "Cllr Brightwell, having declared an interest, took no part in this item. The Primary "
        "Care Contracts Manager, Weald and Downs ICB, reported on the findings of the autumn "
        "patient survey and on the proposed closure of the Little Hadlow branch surgery.",
    ], [
        ("Cllr Sandhu: raised concerns that residents without a car would be unable to reach "
         "the main Hollins Lane site once the branch surgery closed.",
         "Primary Care Contracts Manager: said the practice had offered a weekly outreach "
         "clinic in the village hall and a volunteer transport scheme was being explored."),
        ("Cllr Patterson-Moore: asked whether the closure amounted to a substantial variation "
         "that required formal consultation with the Sub-Committee.",
         "Primary Care Contracts Manager: stated that the ICB's view was that it did not, "
         "but it would take legal advice and write to the Chairman before any decision."),
        ("Cllr Okafor: requested a breakdown of telephone waiting times by practice for the "
         "last six months.",
         "Primary Care Contracts Manager: undertook to circulate the practice-level "
         "figures to Members within two weeks."),
    ], ["That the report be noted and the ICB be asked to confirm in writing whether it "
        "regards the Little Hadlow closure as a substantial variation."]),
    ("27", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the work programme.",
    ], [
        ("Cllr Rowlandson: asked that the workforce pressures in the ambulance service be "
         "added to the work programme for the new year.",
         "Democratic Services Officer: advised that the ambulance trust had been invited to "
         "the February meeting and the item would be scheduled then."),
    ], ["That the work programme be agreed, subject to the addition of ambulance service "
        "workforce pressures in February 2026."]),
]

PRESENT = [("Cllr J Whitcombe", "Chairman"), ("Cllr A Okafor", "Vice-Chairman"),
           ("Cllr L Brightwell", None), ("Cllr R Patterson-Moore", None),
           ("Cllr H Sandhu", None), ("Cllr D Rowlandson", "substitute"),
           ("Mrs P Garside", "Co-opted Member, Healthwatch Weald")]
APOLOGIES = [("Cllr M Fenwick-Hale", None), ("Cllr T Adeyemi", None)]
OFFICERS = [
    ("Sara Quinlan", "Associate Director of Mental Health Commissioning, Weald and Downs Integrated Care Board"),
    ("Mark Tennant", "Head of Adult Social Care, Weald and Downs County Council"),
    ("Dr Ruth Ellery", "Director of Operations, Wealdhurst and Ashby Hospitals NHS Trust"),
    ("Ben Achterberg", "Primary Care Contracts Manager, Weald and Downs ICB"),
    ("Claire Munday", "Democratic Services Officer"),
]


def header_footer(doc, text_left):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = text_left
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run()
        run.font.size = Pt(8)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
    r = fp.add_run("\t\tChairman's initials ........")
    r.font.size = Pt(8)


def build_doc1():
    doc = Document()
    fix_props(doc, "Health Scrutiny Sub-Committee minutes 14 October 2025")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    header_footer(doc, COUNCIL + " – Health Scrutiny Sub-Committee – 14 October 2025")
    nums = Numbers(doc)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL.upper())
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("HEALTH SCRUTINY SUB-COMMITTEE")
    r.bold = True
    p = doc.add_paragraph(
        "Minutes of the meeting held in the Council Chamber, Wealdhurst Civic Offices, on "
        "Tuesday 14 October 2025 at 6.30 pm")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    c = t.rows[0].cells
    c[0].paragraphs[0].add_run("Present").bold = True
    c[1].paragraphs[0].add_run("Apologies").bold = True
    c = t.rows[1].cells
    c[0].paragraphs[0].text = (
        "Cllr J Whitcombe (Chairman), Cllr A Okafor (Vice-Chairman), Cllr L Brightwell, "
        "Cllr R Patterson-Moore, Cllr H Sandhu, Cllr D Rowlandson (substitute); "
        "co-opted: Mrs P Garside (Co-opted Member, Healthwatch Weald)")
    c[1].paragraphs[0].text = "Cllr M Fenwick-Hale\nCllr T Adeyemi"

    p = doc.add_paragraph()
    p.add_run("Officers in attendance: ").bold = True
    p.add_run("; ".join(f"{n} ({r})" for n, r in OFFICERS) + ".")

    for num, title, intro, qas, res in ITEMS:
        doc.add_heading(f"{num}. {title}", level=1)
        for para in intro:
            p = doc.add_paragraph(para)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if qas:
            doc.add_paragraph("Members asked questions, and the following responses were given:")
            qid, aid = nums.new(nums.q_abs), nums.new(nums.a_abs)
            for q, a in qas:
                p = doc.add_paragraph(q)
                set_num(p, qid)
                p = doc.add_paragraph(a)
                set_num(p, aid)
                p.paragraph_format.left_indent = Pt(54)
                for r in p.runs:
                    r.italic = False
        if res:
            p = doc.add_paragraph()
            p.add_run("Resolved:").bold = True
            bid = nums.new(nums.b_abs)
            for line in res:
                p = doc.add_paragraph(line)
                set_num(p, bid)
        elif num == "21":
            p = doc.add_paragraph("The apologies and substitution were noted.")
        elif num == "22":
            pass
    doc.add_paragraph("The meeting closed at 8.47 pm.")
    p = doc.add_paragraph("Chairman ............................................    Date ..................")
    doc.save(DOCS / DOC1)


def gold1():
    Q = lambda item, kind, text, by, ans, giv, th: dict(
        item=item, kind=kind, text=text, asked_by=by, answer=ans, given_by=giv, themes=th)
    questions = [
        Q("24", "question", "waiting longer than eighteen weeks for a first assessment with the community team",
          "Cllr Okafor", "212 adults had waited over eighteen weeks at the end of August",
          "Associate Director of Mental Health Commissioning", ["mental-health"]),
        Q("24", "concern", "crisis café was being handed to a provider with no track record",
          "Cllr Brightwell", "quality had carried seventy per cent of the evaluation score",
          "Associate Director of Mental Health Commissioning", ["mental-health", "subcontracting"]),
        Q("24", "request", "service users who attend the existing café be consulted before the transfer",
          "Cllr Rowlandson", "share the results of the user engagement sessions planned for January",
          "Associate Director of Mental Health Commissioning",
          ["mental-health", "patient-and-public-input"]),
        Q("25", "question", "medically fit but still in hospital beds had risen over the autumn",
          "Cllr Patterson-Moore", "the loss of two home care providers in the rural north",
          "Director of Operations", ["adult-social-care", "finance"]),
        Q("25", "question", "new framework paid care providers enough to meet the real living wage",
          "Cllr Okafor", "framework hourly rate of £27.40 included travel time",
          "Head of Adult Social Care", ["adult-social-care", "workforce", "finance", "subcontracting"]),
        Q("25", "question", "share of home care hours was now delivered by private companies",
          "Cllr Sandhu", "ninety-two per cent of hours were bought from independent providers",
          "Head of Adult Social Care", ["adult-social-care", "privatisation", "subcontracting"]),
        Q("26", "concern", "residents without a car would be unable to reach the main Hollins Lane site",
          "Cllr Sandhu", "offered a weekly outreach clinic in the village hall",
          "Primary Care Contracts Manager", ["primary-care"]),
        Q("26", "question", "whether the closure amounted to a substantial variation that required formal consultation",
          "Cllr Patterson-Moore", "it would take legal advice and write to the Chairman",
          "Primary Care Contracts Manager", ["primary-care", "governance", "patient-and-public-input"]),
        Q("26", "request", "a breakdown of telephone waiting times by practice for the last six months",
          "Cllr Okafor", "undertook to circulate the practice-level figures to Members within two weeks",
          "Primary Care Contracts Manager", ["primary-care"]),
        Q("27", "request", "workforce pressures in the ambulance service be added to the work programme",
          "Cllr Rowlandson", "the ambulance trust had been invited to the February meeting",
          "Democratic Services Officer", ["workforce", "governance"]),
    ]
    R = lambda item, text, out, th: dict(item=item, text=text, outcome=out, themes=th)
    resolutions = [
        R("21", "The apologies and substitution were noted", "noted", []),
        R("23", "minutes of the meeting held on 9 September 2025 be approved", "agreed", []),
        R("24", "the progress report on community mental health transformation be noted", "noted",
          ["mental-health"]),
        R("24", "receive the findings of the crisis café user engagement at its meeting",
          "agreed", ["mental-health", "patient-and-public-input"]),
        R("25", "That the joint report be noted", "noted", ["adult-social-care"]),
        R("25", "home care framework be reviewed after twelve months with particular reference to rural coverage",
          "recommended", ["adult-social-care", "subcontracting"]),
        R("26", "regards the Little Hadlow closure as a substantial variation", "agreed",
          ["primary-care", "governance"]),
        R("27", "That the work programme be agreed, subject to the addition", "agreed",
          ["governance", "workforce"]),
    ]
    att = [dict(name=n, role=r, attendance="present") for n, r in PRESENT]
    att += [dict(name=n, role=r, attendance="apologies") for n, r in APOLOGIES]
    att += [dict(name=n, role=r, attendance="in_attendance") for n, r in OFFICERS]
    return dict(document=DOC1, doc_type="minutes", committee="Health Scrutiny Sub-Committee",
                meeting_date="2025-10-14",
                items=[dict(number=n, title=t) for n, t, *_ in ITEMS],
                questions=questions, resolutions=resolutions, attendees=att)


# ---------------------------------------------------------------- document 2
DOC2_PARAS = [
    ("title", "Decision notice: complaint under the Members' Code of Conduct"),
    ("p", "Reference: MO/2025/014"),
    ("p", "Subject member: Councillor R Patterson-Moore, Wealdhurst District Council"),
    ("p", "Complainant: a member of the public (name withheld)"),
    ("p", "Decision maker: Monitoring Officer, after consultation with the Independent Person"),
    ("p", "Date of decision: 3 November 2025"),
    ("h", "1. The allegation"),
    ("p", "The complainant alleged that, at the meeting of the Health Scrutiny Sub-Committee on "
          "14 October 2025, during the item on access to GP appointments in the rural north, "
          "Councillor Patterson-Moore spoke disrespectfully about staff at a named surgery and "
          "implied that the practice was putting profit before patients. The complainant said "
          "the remarks had been distressing for reception staff who watched the webcast."),
    ("h", "2. Relevant parts of the Code"),
    ("p", "Paragraph 1 (Respect): a member must treat other councillors, officers and members of "
          "the public with respect. Paragraph 2 (Bullying and harassment): a member must not "
          "bully or harass any person."),
    ("h", "3. Information considered"),
    ("p", "The Monitoring Officer viewed the webcast recording of the item, read the draft "
          "minutes, and received written comments from the subject member and from the "
          "practice manager. The Independent Person was consulted on 29 October 2025."),
    ("h", "4. Findings"),
    ("p", "The remarks were made in the course of legitimate scrutiny of a proposed branch "
          "closure and were directed at the decisions of the practice partners and the ICB "
          "rather than at individual employees. No member of staff was named. The language "
          "was robust but did not cross the threshold of disrespect, having regard to the "
          "enhanced protection given to political expression under Article 10."),
    ("p", "The Independent Person agreed that the conduct, while forthright, was within the "
          "bounds of what is acceptable in a public scrutiny meeting."),
    ("h", "5. Decision"),
    ("p", "The Monitoring Officer has decided that the complaint does not merit investigation "
          "and that no further action will be taken. The subject member has nevertheless been "
          "reminded of the value of distinguishing between criticism of organisations and "
          "comments that may be heard as criticism of frontline staff."),
    ("h", "6. Right of review"),
    ("p", "There is no right of appeal against this decision. A complainant who believes the "
          "complaint was not handled properly may contact the Local Government and Social Care "
          "Ombudsman."),
    ("p", "Signed: K Deverell, Monitoring Officer and Head of Legal and Democratic Services"),
]


def build_doc2():
    doc = Document()
    fix_props(doc, "Code of Conduct decision notice MO/2025/014")
    doc.styles["Normal"].font.name = "Arial"
    header_footer(doc, COUNCIL + " – Standards – OFFICIAL")
    for kind, text in DOC2_PARAS:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    doc.save(DOCS / DOC2)


def gold2():
    return dict(document=DOC2, doc_type="other", themes=["governance", "primary-care"])


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return norm("\n".join(parts))


def check():
    ok = True
    for g in sorted(GOLD.glob("eh-*.json")):
        gold = json.loads(g.read_text())
        text = doc_text(DOCS / gold["document"])
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q.get("answer"):
                phrases.append(q["answer"])
        phrases += [r["text"] for r in gold.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g.name}: count={c} words={n}: {ph}")
        print(f"{g.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def normalise_zip(path):
    import zipfile, io
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_doc1()
    build_doc2()
    normalise_zip(DOCS / DOC1)
    normalise_zip(DOCS / DOC2)
    for name, g in ((DOC1, gold1()), (DOC2, gold2())):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
