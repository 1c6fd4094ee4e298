#!/usr/bin/env python3
"""Build the "db-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_db.py           build documents/db-* and gold/db-*.json
        build_db.py --check   verify every gold phrase occurs once in its document
"""
import copy, datetime, html, io, json, os, re, sys, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------------------
# Document 1: Word, county Health Scrutiny Committee
# ---------------------------------------------------------------------------
DOC1 = "db-northamber-health-scrutiny-2025-10-14.docx"

D1_PRESENT = [
    "Councillor Margaret Ellwood (Chairman)",
    "Councillor Peter Skelding (Vice-Chairman)",
    "Councillor Anwar Bashir",
    "Councillor Rosalind Carver",
    "Councillor Dennis Hollins",
    "Councillor Joanne Pryce-Whitby",
    "Councillor Tomasz Nowicki (substitute for Councillor Fay Linton)",
    "Mrs Beverley Ansell (co-opted member, Healthwatch Northamber)",
]
D1_ATTEND = [
    "Dr Hannah Oduya – Director of Public Health",
    "Simon Threlfall – Head of Commissioning and Contract Management (Health and Care)",
    "Karen Moseley – Head of Workforce Development, Adult Social Care",
    "Andrew Quist – Associate Director of Primary Care, Northamber and Wyvern Integrated Care Board",
    "Lisa Cheung – Scrutiny and Democratic Services Officer",
]

# blocks: ("p", text) | ("sub", text) | ("q", [entries]) | ("dec", text)
D1_ITEMS = [
    ("87/25", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Fay Linton and Councillor "
              "Graham Astley. Councillor Tomasz Nowicki attended as substitute for Councillor "
              "Linton. No substitute had been nominated for Councillor Astley."),
    ]),
    ("88/25", "Declarations of Interest", [
        ("p", "Councillor Rosalind Carver declared a personal interest in Minute 90/25 as her "
              "daughter is employed as a radiographer at Castlegate General Hospital. She "
              "remained in the meeting and took part in the discussion. No other "
              "declarations were made."),
    ]),
    ("89/25", "Minutes of the Meeting held on 9 September 2025", [
        ("dec", "The Committee RESOLVED to approve the minutes of the meeting held on 9 "
                "September 2025 as a correct record, to be signed by the Chairman."),
    ]),
    ("90/25", "Community Diagnostic Centre – Outsourced Scanning Contract", [
        ("p", "The Head of Commissioning and Contract Management (Health and Care) introduced "
              "the report, which set out the performance of the five-year contract under which "
              "an independent sector provider, Meridian Imaging Ltd, delivered MRI and CT "
              "scanning at the Community Diagnostic Centre in Harlow Road on behalf of the "
              "Integrated Care Board. The contract was in its third year and the ICB was "
              "considering whether to exercise a two-year extension option. The report noted "
              "that 94% of scans had been reported within the contractual standard of "
              "fourteen days, against a target of 95%."),
        ("sub", "Questions from Members"),
        ("q", [
            "Councillor Anwar Bashir: asked what penalties the ICB could apply when the "
            "provider missed the fourteen day reporting standard, and whether any had been "
            "applied so far.",
            "Response (Head of Commissioning and Contract Management): the contract allowed "
            "service credits of up to two per cent of the monthly payment; credits totalling "
            "£41,300 had been applied in the last financial year.",
            "Councillor Joanne Pryce-Whitby: expressed concern that patients were being sent "
            "to the private provider's mobile units in supermarket car parks without "
            "adequate privacy or toilet facilities.",
            "Response (Head of Commissioning and Contract Management): the mobile units had "
            "been inspected by the CQC in June and a second accessible toilet had been "
            "installed at the Fenwick Retail Park site.",
            "Councillor Peter Skelding: requested that the Committee see the full options "
            "appraisal, including the in-house option, before any decision on the extension "
            "was taken.",
            "Response (Head of Commissioning and Contract Management): the ICB would share "
            "the options appraisal in confidence with Members once its Finance and "
            "Performance Committee had considered it in November.",
            "Mrs Beverley Ansell: asked how the views of patients who had used the centre "
            "would be gathered before the extension decision.",
            "Response (Head of Commissioning and Contract Management): a patient survey was "
            "running until the end of October and Healthwatch Northamber had been invited to "
            "carry out an Enter and View visit.",
        ]),
        ("sub", "Decision"),
        ("dec", "The Committee RESOLVED to note the performance of the diagnostic contract "
                "and to ask the ICB to bring the options appraisal to the January meeting "
                "before any extension is agreed."),
    ]),
    ("91/25", "Adult Social Care Workforce Strategy – Progress Report", [
        ("p", "The Head of Workforce Development, Adult Social Care presented the annual "
              "progress report on the Workforce Strategy 2023–2026. Vacancy rates among "
              "directly employed care workers had fallen from 14.2% to 10.8%, but turnover "
              "in the commissioned home care sector remained above 30%. International "
              "recruitment had brought 212 care workers to the county since April 2024."),
        ("sub", "Questions from Members"),
        ("q", [
            "Councillor Dennis Hollins: asked whether home care providers on the council's "
            "framework were required to pay the Real Living Wage to their staff.",
            "Response (Head of Workforce Development): it was not yet a contractual "
            "requirement, but the new framework starting in April 2026 would make it a "
            "condition of award.",
            "Councillor Rosalind Carver: raised concern about reports of international "
            "recruits being charged unlawful fees by agencies and sponsoring employers.",
            "Response (Head of Workforce Development): two cases had been referred to the "
            "Home Office and the council now funded a pastoral support officer for "
            "sponsored workers.",
            "Councillor Tomasz Nowicki: asked how many social worker posts in the "
            "hospital discharge team were currently filled by agency staff.",
            "Response (Head of Workforce Development): nine of the twenty-three posts were "
            "covered by agency social workers, down from fourteen a year earlier.",
        ]),
        ("sub", "Decision"),
        ("dec", "The Committee RESOLVED to note the progress report and to receive a further "
                "update on international recruitment and sponsorship in April 2026."),
    ]),
    ("92/25", "Access to NHS Dentistry in Northamber", [
        ("p", "The Associate Director of Primary Care, Northamber and Wyvern Integrated Care "
              "Board, gave a presentation on dental access. Only 38% of adults in the county "
              "had seen an NHS dentist in the last two years and three practices had handed "
              "back their contracts since 2024. A flexible commissioning scheme had bought "
              "4,800 additional urgent appointments."),
        ("sub", "Questions from Members"),
        ("q", [
            "Councillor Margaret Ellwood: asked what the ICB was doing to replace the NHS "
            "capacity lost when the Market Deeping practice closed in July.",
            "Response (Associate Director of Primary Care): a procurement for a replacement "
            "provider had been launched, with a contract expected to start in spring 2026.",
            "Councillor Anwar Bashir: commented that children in the most deprived wards "
            "were waiting over a year for routine dental treatment.",
            "Response (Associate Director of Primary Care): a supervised toothbrushing "
            "programme was being extended to forty more primary schools from January.",
            "Councillor Joanne Pryce-Whitby: asked whether the ICB had lobbied for reform of "
            "the national dental contract.",
        ]),
        ("p", "The Associate Director undertook to provide a written answer to Councillor "
              "Pryce-Whitby's question after the meeting."),
        ("sub", "Decision"),
        ("dec", "The Committee RESOLVED to recommend to the Cabinet that the Leader write to "
                "the Secretary of State urging urgent reform of NHS dental commissioning."),
        ("dec", "The Committee RESOLVED to note the presentation and the flexible "
                "commissioning scheme for urgent dental appointments."),
    ]),
    ("93/25", "Work Programme 2025/26", [
        ("p", "The Scrutiny and Democratic Services Officer presented the work programme. "
              "There was no discussion."),
        ("sub", "Decision"),
        ("dec", "The Committee RESOLVED to agree the work programme, adding the diagnostic "
                "options appraisal to the meeting on 20 January 2026."),
    ]),
]

D1_GOLD = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "90/25", "kind": "question",
         "text": "what penalties the ICB could apply when the provider missed the fourteen day reporting standard",
         "asked_by": "Councillor Anwar Bashir",
         "answer": "service credits of up to two per cent of the monthly payment",
         "given_by": "Head of Commissioning and Contract Management",
         "themes": ["subcontracting", "finance"]},
        {"item": "90/25", "kind": "concern",
         "text": "patients were being sent to the private provider's mobile units in supermarket car parks",
         "asked_by": "Councillor Joanne Pryce-Whitby",
         "answer": "the mobile units had been inspected by the CQC in June",
         "given_by": "Head of Commissioning and Contract Management",
         "themes": ["privatisation", "subcontracting", "governance"]},
        {"item": "90/25", "kind": "request",
         "text": "requested that the Committee see the full options appraisal, including the in-house option",
         "asked_by": "Councillor Peter Skelding",
         "answer": "the ICB would share the options appraisal in confidence with Members",
         "given_by": "Head of Commissioning and Contract Management",
         "themes": ["privatisation", "subcontracting", "governance"]},
        {"item": "90/25", "kind": "question",
         "text": "how the views of patients who had used the centre would be gathered",
         "asked_by": "Mrs Beverley Ansell",
         "answer": "a patient survey was running until the end of October",
         "given_by": "Head of Commissioning and Contract Management",
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "91/25", "kind": "question",
         "text": "home care providers on the council's framework were required to pay the Real Living Wage",
         "asked_by": "Councillor Dennis Hollins",
         "answer": "it was not yet a contractual requirement, but the new framework",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "91/25", "kind": "concern",
         "text": "international recruits being charged unlawful fees by agencies and sponsoring employers",
         "asked_by": "Councillor Rosalind Carver",
         "answer": "two cases had been referred to the Home Office",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "91/25", "kind": "question",
         "text": "how many social worker posts in the hospital discharge team were currently filled",
         "asked_by": "Councillor Tomasz Nowicki",
         "answer": "nine of the twenty-three posts were covered by agency social workers",
         "given_by": "Head of Workforce Development",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "92/25", "kind": "question",
         "text": "replace the NHS capacity lost when the Market Deeping practice closed",
         "asked_by": "Councillor Margaret Ellwood",
         "answer": "a procurement for a replacement provider had been launched",
         "given_by": "Associate Director of Primary Care",
         "themes": ["primary-care", "subcontracting"]},
        {"item": "92/25", "kind": "comment",
         "text": "children in the most deprived wards were waiting over a year for routine dental treatment",
         "asked_by": "Councillor Anwar Bashir",
         "answer": "a supervised toothbrushing programme was being extended to forty more primary schools",
         "given_by": "Associate Director of Primary Care",
         "themes": ["primary-care", "children-and-families", "public-health"]},
        {"item": "92/25", "kind": "question",
         "text": "whether the ICB had lobbied for reform of the national dental contract",
         "asked_by": "Councillor Joanne Pryce-Whitby",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "89/25", "text": "approve the minutes of the meeting held on 9 September 2025",
         "outcome": "agreed", "themes": []},
        {"item": "90/25", "text": "note the performance of the diagnostic contract and to ask the ICB",
         "outcome": "noted", "themes": ["subcontracting", "governance"]},
        {"item": "91/25", "text": "note the progress report and to receive a further update on international recruitment",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "92/25", "text": "recommend to the Cabinet that the Leader write to the Secretary of State",
         "outcome": "recommended", "themes": ["primary-care", "subcontracting"]},
        {"item": "92/25", "text": "note the presentation and the flexible commissioning scheme for urgent dental appointments",
         "outcome": "noted", "themes": ["primary-care", "subcontracting"]},
        {"item": "93/25", "text": "agree the work programme, adding the diagnostic options appraisal",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellwood", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Peter Skelding", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Anwar Bashir", "role": None, "attendance": "present"},
        {"name": "Councillor Rosalind Carver", "role": None, "attendance": "present"},
        {"name": "Councillor Dennis Hollins", "role": None, "attendance": "present"},
        {"name": "Councillor Joanne Pryce-Whitby", "role": None, "attendance": "present"},
        {"name": "Councillor Tomasz Nowicki", "role": "substitute for Councillor Fay Linton", "attendance": "present"},
        {"name": "Mrs Beverley Ansell", "role": "co-opted member, Healthwatch Northamber", "attendance": "present"},
        {"name": "Dr Hannah Oduya", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Simon Threlfall", "role": "Head of Commissioning and Contract Management (Health and Care)", "attendance": "in_attendance"},
        {"name": "Karen Moseley", "role": "Head of Workforce Development, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Andrew Quist", "role": "Associate Director of Primary Care, Northamber and Wyvern Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Lisa Cheung", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Fay Linton", "role": None, "attendance": "apologies"},
        {"name": "Councillor Graham Astley", "role": None, "attendance": "apologies"},
    ],
}

FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0)


def _restart_numbering(doc, list_style):
    """Return a new numId that restarts the List Number numbering at 1."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    numbering = doc.part.numbering_part.element
    style = doc.styles[list_style]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num = numPr.find(qn("w:numId")).get(qn("w:val"))
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = str(max(ids) + 1)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), new_id)
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abstract); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id); numPr.append(ni)
    pPr.insert(0, numPr) if False else pPr.append(numPr)


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_doc1():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = "Health Scrutiny Committee minutes"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "lcheung"; cp.revision = 3
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Northamber County Council – Health Scrutiny Committee – 14 October 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Chairman's initials ..........          Minutes are subject to confirmation at the next meeting"

    p = doc.add_paragraph(); r = p.add_run("NORTHAMBER COUNTY COUNCIL"); r.bold = True; r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("MINUTES of a meeting of the Health Scrutiny Committee held in the "
                          "Council Chamber, County Hall, Castlegate on Tuesday 14 October 2025 "
                          "at 10.00 am")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for c, t in zip(hdr, ("Present", "In attendance")):
        c.text = ""; rr = c.paragraphs[0].add_run(t); rr.bold = True
    for i in range(max(len(D1_PRESENT), len(D1_ATTEND))):
        row = table.add_row().cells
        row[0].text = D1_PRESENT[i] if i < len(D1_PRESENT) else ""
        row[1].text = D1_ATTEND[i] if i < len(D1_ATTEND) else ""
    doc.add_paragraph("")

    for num, title, blocks in D1_ITEMS:
        doc.add_heading(f"Minute {num}: {title}", level=2)
        for kind, content in blocks:
            if kind == "p":
                p = doc.add_paragraph(content); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "sub":
                p = doc.add_paragraph(); r = p.add_run(content); r.bold = True; r.italic = True
            elif kind == "dec":
                p = doc.add_paragraph(content); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "q":
                nid = _restart_numbering(doc, "List Number")
                for entry in content:
                    p = doc.add_paragraph(style="List Number")
                    _set_num(p, nid)
                    head, rest = entry.split(": ", 1)
                    p.add_run(head + ": ")
                    p.add_run(rest)
    doc.add_paragraph("")
    doc.add_paragraph("The meeting closed at 12.47 pm.")
    doc.add_paragraph("Chairman ......................................   Date ....................")
    buf = io.BytesIO(); doc.save(buf)
    with open(os.path.join(DOCS, DOC1), "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def text_doc1(path):
    from docx import Document
    d = Document(path)
    parts = []
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    parts += [p.text for p in d.paragraphs]
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document 2: plain Bootstrap HTML page with accordion cards
# ---------------------------------------------------------------------------
DOC2 = "db-westbrook-adults-health-panel-2025-11-03.html"

D2_PRESENT = ("Cllr Priya Ramanathan (Chair), Cllr Oliver Dunmore (Vice-Chair), Cllr Sheila "
              "Barraclough, Cllr Kwame Asante, Cllr Naomi Fitzgerald, Cllr Ray Tolley. Also "
              "present: Cllr Imogen Hart (Cabinet Member for Adults and Health); Marcus Feld "
              "(Director of Adult Social Services); Dr Ayesha Rahim (Consultant in Public "
              "Health); Gareth Penrose (Strategic Lead, Housing Needs and Homelessness); Ellie "
              "Strand (Democratic Services Officer).")
D2_APOL = "Cllr Derek Mowbray, Cllr Lucy Ngata."

# each item: (number, title, [("p"|"q"|"a"|"o", text)])
D2_ITEMS = [
    ("1", "Apologies for absence", [
        ("p", "Apologies were received from Cllr Derek Mowbray and Cllr Lucy Ngata."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Cllr Kwame Asante declared that he is a trustee of Westbrook Carers' Centre, "
              "which receives a grant from the council. He did not consider this prejudicial."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("o", "Outcome: The minutes of the meeting on 22 September 2025 were agreed as a "
              "correct record."),
    ]),
    ("4", "Bringing reablement back in-house", [
        ("p", "The Director of Adult Social Services introduced the report on the first six "
              "months since the reablement service was brought back in-house from Caremark "
              "Solutions when its contract ended in April."),
        ("q", "Q: Cllr Dunmore asked whether the in-house service was costing more than the "
              "outsourced contract had done."),
        ("a", "A: The Director replied that unit costs were about 6% higher, but more people "
              "were leaving reablement with no ongoing care package, so overall spend on home "
              "care had fallen."),
        ("q", "Q: Cllr Barraclough asked what had happened to the staff who transferred "
              "under TUPE and whether any had left."),
        ("a", "A: The Director replied that 61 staff had transferred on to council terms and "
              "only four had since left the service."),
        ("q", "Q: Cllr Tolley asked whether service users had noticed any difference since "
              "the transfer."),
        ("a", "A: The Director replied that a feedback exercise with 140 people showed "
              "satisfaction rising from 78% to 89%."),
        ("o", "Outcome: The Panel noted the report and welcomed the early results of the "
              "in-house reablement service."),
    ]),
    ("5", "Stop smoking and vaping service", [
        ("p", "Dr Ayesha Rahim presented the proposals to recommission the stop smoking "
              "service, including a new offer for young people who vape."),
        ("q", "Q: Cllr Fitzgerald asked how many children were estimated to be vaping "
              "regularly in Westbrook secondary schools."),
        ("a", "A: The Consultant in Public Health replied that the latest school survey "
              "suggested around one in eight pupils in Year 10 vaped weekly."),
        ("q", "Q: Cllr Asante asked whether community pharmacies would still be able to "
              "bid for the stop smoking contract."),
        ("a", "A: The Consultant in Public Health replied that pharmacies would be eligible "
              "as sub-contractors to the lead provider under the new model."),
        ("q", "Q: Cllr Tolley asked whether the public health grant for 2026/27 had been "
              "confirmed, given the extra cost of the vaping offer."),
        ("a", "A: Cllr Hart replied that the national allocation was expected in December and "
              "the vaping offer would be funded from reserves if necessary."),
        ("o", "Outcome: The Panel endorsed the proposed model and recommended to the Cabinet "
              "Member that the tender include a specific target for young vapers."),
    ]),
    ("6", "Temporary accommodation for people leaving hospital", [
        ("p", "The Strategic Lead, Housing Needs and Homelessness, reported that delays in "
              "finding suitable accommodation had caused 312 bed days of delayed discharge "
              "in the last quarter."),
        ("q", "Q: Cllr Ramanathan asked why the step-down flats at Orchard Court had stood "
              "empty for most of the summer."),
        ("a", "A: The Strategic Lead replied that the housing association had been unable to "
              "recruit support staff, and the flats had reopened on 6 October."),
        ("q", "Q: Cllr Barraclough expressed concern that homeless patients were being "
              "placed in bed and breakfast rooms many miles outside the borough."),
        ("a", "A: The Strategic Lead replied that eleven people had been placed out of area "
              "since April, and none with complex care needs."),
        ("o", "Outcome: The Panel noted the update and asked for a joint housing and "
              "discharge report at its March meeting."),
    ]),
    ("7", "Work programme", [
        ("p", "The Democratic Services Officer presented the draft work programme. There "
              "were no questions."),
        ("o", "Outcome: The work programme was agreed, with the Healthwatch annual report "
              "added for January."),
    ]),
]

D2_GOLD = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Panel",
    "meeting_date": "2025-11-03",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "whether the in-house service was costing more than the outsourced contract",
         "asked_by": "Cllr Dunmore",
         "answer": "unit costs were about 6% higher, but more people were leaving reablement",
         "given_by": "The Director",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "what had happened to the staff who transferred under TUPE",
         "asked_by": "Cllr Barraclough",
         "answer": "61 staff had transferred on to council terms",
         "given_by": "The Director",
         "themes": ["workforce", "privatisation", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "whether service users had noticed any difference since the transfer",
         "asked_by": "Cllr Tolley",
         "answer": "a feedback exercise with 140 people showed satisfaction rising",
         "given_by": "The Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "how many children were estimated to be vaping regularly in Westbrook secondary schools",
         "asked_by": "Cllr Fitzgerald",
         "answer": "around one in eight pupils in Year 10 vaped weekly",
         "given_by": "The Consultant in Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "whether community pharmacies would still be able to bid for the stop smoking contract",
         "asked_by": "Cllr Asante",
         "answer": "pharmacies would be eligible as sub-contractors to the lead provider",
         "given_by": "The Consultant in Public Health",
         "themes": ["public-health", "subcontracting", "primary-care"]},
        {"item": "5", "kind": "question",
         "text": "whether the public health grant for 2026/27 had been confirmed",
         "asked_by": "Cllr Tolley",
         "answer": "the national allocation was expected in December and the vaping offer",
         "given_by": "Cllr Hart",
         "themes": ["public-health", "finance"]},
        {"item": "6", "kind": "question",
         "text": "why the step-down flats at Orchard Court had stood empty",
         "asked_by": "Cllr Ramanathan",
         "answer": "the housing association had been unable to recruit support staff",
         "given_by": "The Strategic Lead",
         "themes": ["housing", "workforce", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "homeless patients were being placed in bed and breakfast rooms many miles outside",
         "asked_by": "Cllr Barraclough",
         "answer": "eleven people had been placed out of area since April",
         "given_by": "The Strategic Lead",
         "themes": ["housing", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "The minutes of the meeting on 22 September 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "welcomed the early results of the in-house reablement service",
         "outcome": "noted", "themes": ["privatisation", "adult-social-care"]},
        {"item": "5", "text": "endorsed the proposed model and recommended to the Cabinet Member that the tender",
         "outcome": "recommended", "themes": ["public-health", "subcontracting", "children-and-families"]},
        {"item": "6", "text": "noted the update and asked for a joint housing and discharge report",
         "outcome": "noted", "themes": ["housing", "adult-social-care"]},
        {"item": "7", "text": "The work programme was agreed, with the Healthwatch annual report",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
    ],
    "attendees": [
        {"name": "Cllr Priya Ramanathan", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Oliver Dunmore", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Sheila Barraclough", "role": None, "attendance": "present"},
        {"name": "Cllr Kwame Asante", "role": None, "attendance": "present"},
        {"name": "Cllr Naomi Fitzgerald", "role": None, "attendance": "present"},
        {"name": "Cllr Ray Tolley", "role": None, "attendance": "present"},
        {"name": "Cllr Imogen Hart", "role": "Cabinet Member for Adults and Health", "attendance": "in_attendance"},
        {"name": "Marcus Feld", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Dr Ayesha Rahim", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Gareth Penrose", "role": "Strategic Lead, Housing Needs and Homelessness", "attendance": "in_attendance"},
        {"name": "Ellie Strand", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Cllr Derek Mowbray", "role": None, "attendance": "apologies"},
        {"name": "Cllr Lucy Ngata", "role": None, "attendance": "apologies"},
    ],
}


def build_doc2():
    e = html.escape
    cards = []
    for i, (num, title, blocks) in enumerate(D2_ITEMS):
        body = "\n".join(f"            <p>{e(t)}</p>" for _, t in blocks)
        cards.append(f"""      <div class="card">
        <div class="card-header" id="heading{num}">
          <h2 class="mb-0">
            <button class="btn btn-link btn-block text-left{' collapsed' if i else ''}" type="button" data-toggle="collapse" data-target="#collapse{num}" aria-expanded="{'true' if i == 0 else 'false'}" aria-controls="collapse{num}">Item {num} – {e(title)}</button>
          </h2>
        </div>
        <div id="collapse{num}" class="collapse{' show' if i == 0 else ''}" aria-labelledby="heading{num}" data-parent="#minutesAccordion">
          <div class="card-body">
{body}
          </div>
        </div>
      </div>""")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>Adults and Health Scrutiny Panel – 3 November 2025 – Minutes | Westbrook Borough Council</title>
  <link rel="stylesheet" href="/assets/vendor/bootstrap-4.6.2/css/bootstrap.min.css">
  <link rel="stylesheet" href="/assets/css/westbrook.css">
</head>
<body>
  <a class="sr-only sr-only-focusable" href="#main">Skip to main content</a>
  <nav class="navbar navbar-expand-lg navbar-dark bg-primary">
    <a class="navbar-brand" href="/">Westbrook Borough Council</a>
    <ul class="navbar-nav mr-auto">
      <li class="nav-item"><a class="nav-link" href="/council">Council and democracy</a></li>
      <li class="nav-item"><a class="nav-link" href="/council/meetings">Meetings</a></li>
      <li class="nav-item"><a class="nav-link" href="/contact">Contact us</a></li>
    </ul>
  </nav>
  <div class="container" id="main">
    <nav aria-label="breadcrumb">
      <ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/">Home</a></li>
        <li class="breadcrumb-item"><a href="/council/meetings">Meetings</a></li>
        <li class="breadcrumb-item active" aria-current="page">Adults and Health Scrutiny Panel</li>
      </ol>
    </nav>
    <h1>Adults and Health Scrutiny Panel</h1>
    <p class="lead">Minutes of the meeting held on Monday 3 November 2025 at 6.30pm, Committee Room 2, Westbrook Civic Centre</p>
    <div class="alert alert-info" role="alert">These minutes are draft until approved at the next meeting of the Panel.</div>
    <p><strong>Present:</strong> {e(D2_PRESENT)}</p>
    <p><strong>Apologies:</strong> {e(D2_APOL)}</p>
    <div class="accordion" id="minutesAccordion">
{chr(10).join(cards)}
    </div>
    <p class="mt-4 text-muted">The meeting ended at 8.52pm.</p>
    <p class="text-muted small">Page last updated: 10 November 2025</p>
  </div>
  <footer class="bg-light py-3 mt-5">
    <div class="container small">&copy; Westbrook Borough Council | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></div>
  </footer>
  <script src="/assets/vendor/jquery-3.5.1.slim.min.js"></script>
  <script src="/assets/vendor/bootstrap-4.6.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    with open(os.path.join(DOCS, DOC2), "w", encoding="utf-8") as f:
        f.write(page)


class _Txt(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def text_doc2(path):
    p = _Txt(); p.feed(open(path, encoding="utf-8").read()); return "".join(p.out)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for doc, gold, fn in ((DOC1, D1_GOLD, text_doc1), (DOC2, D2_GOLD, text_doc2)):
        t = " " + norm(fn(os.path.join(DOCS, doc))) + " "
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]: phrases.append(("answer", q["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = t.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {doc} {kind}: count={c} words={n}: {ph}")
        for it in gold["items"]:
            if norm(it["title"]) not in t:
                ok = False; print(f"FAIL {doc} item title missing: {it['title']}")
        print(f"{doc}: items={len(gold['items'])} questions={len(gold['questions'])} "
              f"resolutions={len(gold['resolutions'])} attendees={len(gold['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_doc1(); build_doc2()
    for doc, gold in ((DOC1, D1_GOLD), (DOC2, D2_GOLD)):
        with open(os.path.join(GOLD, os.path.splitext(doc)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
