#!/usr/bin/env python3
"""Build the "fb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fb.py           build documents/fb-* and gold/fb-*.json
        build_fb.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)
COUNCIL = "Wealdshire County Council"
COMMITTEE = "Adults and Health Select Committee"


def pin(doc, path):
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_printed = FIXED
    doc.core_properties.author = "Democratic Services"
    doc.core_properties.last_modified_by = "Democratic Services"
    doc.core_properties.revision = 3
    buf = io.BytesIO(); doc.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zout.writestr(zipfile.ZipInfo(name, date_time=(2025, 10, 20, 9, 0, 0)), zin.read(name),
                          compress_type=zipfile.ZIP_DEFLATED)


def field(par, instr):
    r = par.add_run()
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        elif txt == "1":
            t = OxmlElement("w:t"); t.text = "1"; r._r.append(t)
        else:
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {txt} "; r._r.append(t)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def header_footer(doc, head):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = head; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page "); field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    fp.add_run("\t\tChair's initials ..........")
    for r in fp.runs: r.font.size = Pt(8)


# ---------------------------------------------------------------- document 1
MIN_NAME = "fb-wealdshire-adults-health-select-2025-10-14.docx"

# item: (number, title, [blocks])  block kinds: p, q (h3+para), r (h4+para), res (shaded table)
ITEMS = [
    ("1", "Apologies for absence and substitutions", [
        ("p", "Apologies for absence were received from Cllr Peter Ancell and Cllr Rosa Benbow. "
              "Cllr Gareth Lyle attended as a substitute for Cllr Ancell."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Cllr Sunita Malik declared a non-pecuniary interest in Item 4 as a close relative is "
              "employed as a care worker by one of the Council's home care providers. She remained in "
              "the meeting and took part in the discussion. No other declarations were made."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("res", "That the minutes of the meeting held on 9 September 2025 be approved as a correct "
                "record and signed by the Chair."),
    ]),
    ("4", "Home care recommissioning: contract mobilisation update", [
        ("p", "The Cabinet Member for Adults and Health, Cllr Louise Carver, introduced the report, which "
              "set out progress since the twelve new zone-based home care contracts went live on 1 July "
              "2025. Martin Greave, Executive Director of Adult Social Care and Integration, summarised the "
              "performance data at Appendix A. The Chair then invited questions."),
        ("q", "Question from Cllr Tom Whitlock",
              "Cllr Whitlock asked how many of the twelve lead provider contracts had been awarded to "
              "companies owned by private equity investors, and whether ownership had been considered "
              "when the tenders were evaluated."),
        ("r", "Response from the Cabinet Member",
              "The Cabinet Member said that four of the twelve lead providers were owned by private equity "
              "funds. Ownership had not been a scoring criterion, but every bidder had been required to "
              "submit three years of audited accounts and a business continuity plan."),
        ("r", "Supplementary question",
              "Cllr Whitlock asked whether the Council would consider an in-house home care service for "
              "the two rural zones where no compliant bids had been received."),
        ("r", "Supplementary response",
              "The Cabinet Member replied that an options appraisal for in-house provision in the rural "
              "zones would be taken to Cabinet early in 2026, and that she would share it with the "
              "Committee first."),
        ("q", "Question from Cllr Sunita Malik",
              "Cllr Malik asked what hourly rate had been set for the new contracts and how the Council "
              "could be sure that providers were passing it on to their staff."),
        ("r", "Response from the Cabinet Member",
              "The Cabinet Member confirmed that the rate was £26.40 an hour. Each contract required "
              "care workers to be paid at least the real living wage, and contract officers would check "
              "payroll samples at every quarterly review meeting."),
        ("q", "Question from Cllr Gareth Lyle",
              "Cllr Lyle expressed concern that residents in the northern villages were still waiting up "
              "to three weeks for a package of care after leaving hospital."),
        ("r", "Response from the Executive Director of Adult Social Care and Integration",
              "The Executive Director explained that unmet need had fallen from 412 hours a week in June to "
              "168 hours in September, and that a rapid response reablement team had been placed in "
              "the north of the county to bridge the gap."),
        ("res", "That the Committee (1) notes the progress made in mobilising the new home care contracts; "
                "and (2) asks the Cabinet Member to report back in March 2026 with the outcome of the options "
                "appraisal on in-house provision in the rural zones."),
    ]),
    ("5", "Dementia diagnosis and post-diagnostic support", [
        ("p", "Simon Akers, Associate Director of Mental Health and Dementia Commissioning, Wealdshire "
              "Integrated Care Board, presented the report on behalf of the ICB. The estimated diagnosis "
              "rate for the county was 61.9 per cent against the national ambition of 66.7 per cent."),
        ("q", "Question from Cllr Rachel Denby",
              "Cllr Denby asked why the diagnosis rate in the Vale locality had remained the lowest in "
              "the county for three consecutive years."),
        ("r", "Response from the Associate Director (ICB)",
              "Mr Akers said the Vale had lost its memory assessment clinic when Fenwick Community Hospital "
              "was temporarily closed, and residents now faced a round trip of over forty miles to be assessed."),
        ("r", "Supplementary question",
              "Cllr Denby asked whether a memory assessment clinic would return to Fenwick Community "
              "Hospital and, if so, when."),
        ("r", "Supplementary response",
              "Mr Akers confirmed that a weekly clinic would resume at Fenwick from January 2026, staffed "
              "by the mental health trust's older adults team."),
        ("q", "Question from Mrs Ann Feltham",
              "Mrs Feltham asked how people living with dementia and their carers had been involved in "
              "designing the new post-diagnostic support offer."),
        ("r", "Response from the Associate Director (ICB)",
              "Mr Akers said that forty carers had taken part in co-production workshops run jointly with "
              "Healthwatch Wealdshire over the summer, and their priorities had shaped the service specification."),
        ("res", "That the Committee recommends to the Wealdshire Integrated Care Board that a dementia adviser "
                "be funded in every primary care network in the county from April 2026."),
    ]),
    ("6", "Public health grant and the stop smoking service", [
        ("p", "Dr Helen Osei, Director of Public Health, introduced the report on the 2025/26 public health "
              "grant allocation and the redesign of the stop smoking service."),
        ("q", "Question from Cllr Sunita Malik",
              "Cllr Malik asked what effect the real-terms reduction in the public health grant would have on "
              "the number of stop smoking advisers based in GP surgeries."),
        ("r", "Response from the Director of Public Health",
              "Dr Osei said that no adviser posts would be lost because the additional national smoking cessation "
              "funding had been used to protect the community-based service."),
        ("q", "Question from Cllr Tom Whitlock",
              "Cllr Whitlock requested a breakdown of four-week quit rates by district for the last two years."),
        ("r", "Response from the Director of Public Health",
              "Dr Osei agreed to circulate the district breakdown of quit rates to all Members after the meeting."),
        ("res", "That the report on the public health grant allocation be noted."),
    ]),
    ("7", "Adult social care workforce strategy: action plan", [
        ("p", "Priya Nandra, Assistant Director, Workforce and Practice Development, Adult Social Care, presented "
              "the action plan, which had been drawn up following the Committee's comments in April."),
        ("q", "Question from Cllr Andrew Pryce",
              "Cllr Pryce asked how many of the Council's qualified social worker posts were currently covered "
              "by agency staff, and at what cost."),
        ("r", "Response from the Cabinet Member",
              "The Cabinet Member said that 38 of the 214 social worker posts were filled by agency workers, "
              "at an additional annual cost of around £1.9 million."),
        ("r", "Supplementary question",
              "Cllr Pryce asked what the Council was doing to stop newly qualified social workers leaving "
              "for neighbouring authorities after their first year."),
        ("r", "Supplementary response",
              "Ms Nandra explained that a retention payment and a protected caseload for the second year "
              "had been introduced, and early leaver numbers had halved since April."),
        ("res", "That the Committee (1) endorses the adult social care workforce action plan; and (2) establishes "
                "a task group of five Members to examine the international recruitment of care workers."),
    ]),
    ("8", "Work programme", [
        ("p", "The Committee considered its work programme for the remainder of the municipal year."),
        ("res", "That the work programme be agreed, subject to the addition of a report on hospital discharge "
                "delays to the January 2026 meeting."),
    ]),
]

MEMBERS = [
    ("Cllr Jane Okafor", "Chair"), ("Cllr Andrew Pryce", "Vice-Chair"), ("Cllr Rachel Denby", None),
    ("Cllr Derek Hollins", None), ("Cllr Gareth Lyle", "substitute for Cllr Peter Ancell"),
    ("Cllr Sunita Malik", None), ("Cllr Tom Whitlock", None),
    ("Mrs Ann Feltham", "co-opted member, Healthwatch Wealdshire"),
]
ALSO = [("Cllr Louise Carver", "Cabinet Member for Adults and Health")]
OFFICERS = [
    ("Martin Greave", "Executive Director of Adult Social Care and Integration"),
    ("Dr Helen Osei", "Director of Public Health"),
    ("Priya Nandra", "Assistant Director, Workforce and Practice Development, Adult Social Care"),
    ("Simon Akers", "Associate Director of Mental Health and Dementia Commissioning, Wealdshire Integrated Care Board"),
    ("Kathryn Doyle", "Democratic Services Officer"),
]


def member_line(n, r):
    if r is None: return n
    if r.startswith("substitute") or r.startswith("co-opted"): return f"{n} ({r})"
    return f"{n} ({r})"


def build_minutes(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    header_footer(doc, f"{COUNCIL} – {COMMITTEE} – 14 October 2025")
    doc.add_paragraph(COUNCIL).runs[0].bold = True
    doc.add_heading(f"{COMMITTEE}", level=0)
    doc.add_paragraph("Minutes of the meeting held on Tuesday 14 October 2025 at 10.00 am in the Council "
                      "Chamber, County Hall, Wealdbridge")
    doc.add_paragraph("Members in attendance").runs[0].bold = True
    for n, r in MEMBERS: doc.add_paragraph(member_line(n, r), style="List Bullet")
    doc.add_paragraph("Also in attendance").runs[0].bold = True
    for n, r in ALSO: doc.add_paragraph(f"{n}, {r}", style="List Bullet")
    doc.add_paragraph("Officers in attendance").runs[0].bold = True
    for n, r in OFFICERS: doc.add_paragraph(f"{n}, {r}", style="List Bullet")
    for num, title, blocks in ITEMS:
        doc.add_heading(f"Item {num} – {title}", level=1)
        for b in blocks:
            if b[0] == "p":
                p = doc.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif b[0] in ("q", "r"):
                doc.add_heading(b[1], level=3 if b[0] == "q" else 4)
                p = doc.add_paragraph(b[2]); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
                c0, c1 = t.rows[0].cells
                c0.text = "Resolved"; c0.paragraphs[0].runs[0].bold = True
                c1.text = b[1]
                for c in (c0, c1): shade(c, "E2EAF3")
                doc.add_paragraph()
    doc.add_paragraph("The meeting closed at 12.47 pm.")
    doc.add_paragraph("Chair ........................................   Date ....................")
    pin(doc, path)


def gold_minutes():
    Q = [  # item, kind, text, asked_by, answer, given_by, themes
        ("4", "question", "twelve lead provider contracts had been awarded to companies owned by private equity",
         "Cllr Tom Whitlock", "four of the twelve lead providers were owned by private equity funds",
         "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
        ("4", "question", "consider an in-house home care service for the two rural zones",
         "Cllr Tom Whitlock", "an options appraisal for in-house provision in the rural zones would be taken to Cabinet",
         "Cabinet Member", ["privatisation", "adult-social-care"]),
        ("4", "question", "what hourly rate had been set for the new contracts",
         "Cllr Sunita Malik", "required care workers to be paid at least the real living wage",
         "Cabinet Member", ["finance", "workforce", "subcontracting", "adult-social-care"]),
        ("4", "concern", "residents in the northern villages were still waiting up to three weeks",
         "Cllr Gareth Lyle", "unmet need had fallen from 412 hours a week in June to 168 hours",
         "Executive Director of Adult Social Care and Integration", ["adult-social-care"]),
        ("5", "question", "why the diagnosis rate in the Vale locality had remained the lowest",
         "Cllr Rachel Denby", "the Vale had lost its memory assessment clinic when Fenwick Community Hospital",
         "Associate Director (ICB)", ["mental-health"]),
        ("5", "question", "whether a memory assessment clinic would return to Fenwick Community Hospital",
         "Cllr Rachel Denby", "a weekly clinic would resume at Fenwick from January 2026",
         "Associate Director (ICB)", ["mental-health"]),
        ("5", "question", "people living with dementia and their carers had been involved in designing",
         "Mrs Ann Feltham", "forty carers had taken part in co-production workshops run jointly with Healthwatch",
         "Associate Director (ICB)", ["mental-health", "patient-and-public-input", "adult-social-care"]),
        ("6", "question", "reduction in the public health grant would have on the number of stop smoking advisers",
         "Cllr Sunita Malik", "no adviser posts would be lost because the additional national smoking cessation",
         "Director of Public Health", ["public-health", "finance", "workforce", "primary-care"]),
        ("6", "request", "requested a breakdown of four-week quit rates by district",
         "Cllr Tom Whitlock", "agreed to circulate the district breakdown of quit rates to all Members",
         "Director of Public Health", ["public-health"]),
        ("7", "question", "qualified social worker posts were currently covered by agency staff",
         "Cllr Andrew Pryce", "38 of the 214 social worker posts were filled by agency workers",
         "Cabinet Member", ["workforce", "finance", "adult-social-care"]),
        ("7", "question", "stop newly qualified social workers leaving for neighbouring authorities",
         "Cllr Andrew Pryce", "a retention payment and a protected caseload for the second year",
         "Assistant Director, Workforce and Practice Development, Adult Social Care", ["workforce", "adult-social-care"]),
    ]
    R = [
        ("3", "the minutes of the meeting held on 9 September 2025 be approved", "agreed", []),
        ("4", "notes the progress made in mobilising the new home care contracts", "agreed",
         ["adult-social-care", "subcontracting", "privatisation"]),
        ("5", "a dementia adviser be funded in every primary care network", "recommended",
         ["mental-health", "primary-care", "finance"]),
        ("6", "That the report on the public health grant allocation be noted", "noted", ["public-health", "finance"]),
        ("7", "endorses the adult social care workforce action plan", "agreed",
         ["workforce", "adult-social-care"]),
        ("8", "subject to the addition of a report on hospital discharge delays", "agreed",
         ["adult-social-care", "governance"]),
    ]
    att = [{"name": n, "role": r, "attendance": "present"} for n, r in MEMBERS]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO + OFFICERS]
    att += [{"name": "Cllr Peter Ancell", "role": None, "attendance": "apologies"},
            {"name": "Cllr Rosa Benbow", "role": None, "attendance": "apologies"}]
    return {
        "document": MIN_NAME, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-10-14",
        "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
        "questions": [{"item": i, "kind": k, "text": t, "asked_by": a, "answer": an, "given_by": g, "themes": th}
                      for i, k, t, a, an, g, th in Q],
        "resolutions": [{"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in R],
        "attendees": att,
    }


# ---------------------------------------------------------------- document 2
TOR_NAME = "fb-wealdshire-dementia-review-terms-of-reference.docx"


def build_tor(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    header_footer(doc, f"{COUNCIL} – {COMMITTEE} – Scrutiny review")
    doc.add_heading("Scrutiny review: terms of reference and evidence plan", level=0)
    doc.add_paragraph("Living well with dementia in Wealdshire").runs[0].bold = True
    tab = doc.add_table(rows=4, cols=2); tab.style = "Table Grid"
    for row, (a, b) in zip(tab.rows, [
            ("Review group", "Cllr Rachel Denby (lead member), Cllr Andrew Pryce, Cllr Derek Hollins, Mrs Ann Feltham"),
            ("Parent committee", COMMITTEE),
            ("Scrutiny officer", "Kathryn Doyle, Democratic Services Officer"),
            ("Status", "Agreed by the Committee on 14 October 2025")]):
        row.cells[0].text = a; row.cells[1].text = b; shade(row.cells[0], "E2EAF3")
    doc.add_heading("1. Background", level=1)
    doc.add_paragraph("An estimated 11,400 people aged 65 and over in Wealdshire are living with dementia, and the "
                      "number is projected to rise by a third by 2035. The county's estimated diagnosis rate is "
                      "below the national ambition, and Members have heard from carers that support after a "
                      "diagnosis is patchy and hard to find.")
    doc.add_heading("2. Aim of the review", level=1)
    doc.add_paragraph("To assess whether people living with dementia, and the family members who care for them, "
                      "receive a timely diagnosis and joined-up support from the Council, the NHS and the "
                      "voluntary sector, and to make practical recommendations to the Cabinet and the "
                      "Integrated Care Board.")
    doc.add_heading("3. Scope", level=1)
    doc.add_paragraph("In scope:").runs[0].bold = True
    for s in ["memory assessment services and waiting times for diagnosis",
              "post-diagnostic support, including dementia advisers and peer support groups",
              "support for unpaid carers, including respite and short breaks",
              "dementia care in care homes and in people's own homes"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Out of scope:").runs[0].bold = True
    for s in ["young onset dementia services commissioned regionally",
              "acute hospital ward environments, which are being reviewed by the trust"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("4. Key lines of enquiry", level=1)
    for s in ["Why do diagnosis rates vary so much between localities, and what would close the gap?",
              "What happens to a person in the first twelve months after a diagnosis?",
              "How well are unpaid carers identified, assessed and supported?",
              "Are home care and care home staff trained to support people living with dementia?",
              "How are people with dementia and their carers involved in shaping services?"]:
        doc.add_paragraph(s, style="List Number")
    doc.add_heading("5. Witnesses and sources of evidence", level=1)
    for s in ["Cabinet Member for Adults and Health and the Executive Director of Adult Social Care and Integration",
              "Wealdshire Integrated Care Board (mental health and dementia commissioning)",
              "Wealdshire and Fenwick Mental Health NHS Trust, older adults service",
              "Two primary care networks with contrasting diagnosis rates",
              "Healthwatch Wealdshire and the Wealdshire Carers' Network",
              "Care providers, through the Wealdshire Care Association",
              "People living with dementia and their carers, through facilitated listening sessions"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("6. Timetable", level=1)
    rows = [("Date", "Session", "Evidence"),
            ("November 2025", "Scoping and desk research", "Performance data, JSNA dementia chapter"),
            ("December 2025", "Evidence session 1", "ICB, mental health trust, primary care networks"),
            ("January 2026", "Listening sessions", "People living with dementia and their carers"),
            ("February 2026", "Evidence session 2", "Cabinet Member, care providers, Carers' Network"),
            ("March 2026", "Draft report", "Review group agrees findings and recommendations"),
            ("April 2026", "Final report", "Report to the Committee, then to Cabinet")]
    t = doc.add_table(rows=len(rows), cols=3); t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.rows[i].cells[j].text = v
            if i == 0:
                t.rows[i].cells[j].paragraphs[0].runs[0].bold = True; shade(t.rows[i].cells[j], "1F3864")
                t.rows[i].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_heading("7. Outputs", level=1)
    doc.add_paragraph("A final report with recommendations to the Cabinet and the Integrated Care Board, and a "
                      "short summary for people living with dementia and their carers.")
    pin(doc, path)


def gold_tor():
    return {"document": TOR_NAME, "doc_type": "report",
            "themes": ["mental-health", "adult-social-care", "patient-and-public-input", "integration", "primary-care"],
            "items": [], "questions": [], "resolutions": [], "attendees": []}


# ---------------------------------------------------------------- check
def docx_text(path):
    d = Document(path)
    out = []
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                out.append(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
    return "\n".join(out)


def norm(s):
    return " " + " ".join(re.sub(r"[^\w\s]|_", " ", s.lower()).split()) + " "


def check():
    ok = True
    for fn in sorted(os.listdir(GOLD)):
        if not fn.startswith("fb-"): continue
        g = json.load(open(os.path.join(GOLD, fn)))
        text = norm(docx_text(os.path.join(DOCS, g["document"])))
        phrases = [q["text"] for q in g.get("questions", [])] + \
                  [q["answer"] for q in g.get("questions", []) if q["answer"]] + \
                  [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split()); c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False; print(f"FAIL {fn}: count={c} words={n}: {ph}")
        print(f"{fn}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" not in sys.argv:
        build_minutes(os.path.join(DOCS, MIN_NAME))
        build_tor(os.path.join(DOCS, TOR_NAME))
        for name, g in ((MIN_NAME, gold_minutes()), (TOR_NAME, gold_tor())):
            with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w") as f:
                json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
