#!/usr/bin/env python3
"""Build the "dh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dh.py           build documents/dh-* and gold/dh-*.json
        build_dh.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 7, 2, 9, 0, 0)

# ---------------------------------------------------------------- document 1
D1 = "dh-northshire-jhosc-2025-06-17.docx"

ATT = [
    ("Members:", None),
    ("Northshire County Council: Cllrs Helen Aldous (Chair), Peter Brannigan, Sunita Rai", None),
    ("Westmoor Borough Council: Cllrs Gareth Lyle (Vice-Chair), Maureen Kettle", None),
    ("Riverbank City Council: Cllrs Tomasz Nowak, Adaeze Okafor (substitute for Cllr Jim Harte)", None),
    ("Apologies: Cllr Jim Harte (Riverbank City Council), Cllr Colin Whitworth (Westmoor Borough Council)", None),
    ("NHS and officers:", None),
    ("Dr Fiona Castell, Chief Medical Officer, NHS Northshire and Riverbank Integrated Care Board; "
     "Mark Delaney, Director of Strategic Commissioning and Contracting, NHS Northshire and Riverbank ICB; "
     "Ruth Ebanks, Deputy Chief Operating Officer, Northshire and Riverbank Partnership NHS Foundation Trust; "
     "Owen Pryce, Head of Primary Care Commissioning (Dental, Optometry and Pharmacy), NHS Northshire and Riverbank ICB; "
     "Lorna Tate, Scrutiny and Democratic Services Manager, Northshire County Council", None),
    ("Also present: Priya Sandhu, Chief Executive, Healthwatch Westmoor", None),
]

ITEMS = [
    ("1", "Apologies and Substitutions", [
        "Apologies were received from Cllr Jim Harte (Riverbank City Council), for whom Cllr Adaeze Okafor "
        "attended as substitute, and from Cllr Colin Whitworth (Westmoor Borough Council), for whom no "
        "substitute had been nominated.",
    ], []),
    ("2", "Declarations of Interest", [
        "Cllr Sunita Rai declared a non-pecuniary interest in Item 4 as a volunteer with a community "
        "transport charity that held a small grant from the ICB. Cllr Maureen Kettle declared that a close "
        "family member was employed as a district nurse by the current community services provider; she "
        "remained in the meeting and took part in the discussion.",
    ], []),
    ("3", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 11 March 2025 were considered.",
    ], ["The JHOSC AGREED: that the minutes of the meeting held on 11 March 2025 be approved as a correct record and signed by the Chair."]),
    ("4", "Community Health Services – Outcome of Procurement", [
        "Mark Delaney introduced the report, which set out the outcome of the procurement of adult community "
        "health services across the three council areas under the Provider Selection Regime. Members heard that "
        "the contract, worth approximately £412 million over seven years, had been awarded to Castlegate "
        "Community Health Ltd, a private provider, following a competitive process in which the incumbent NHS "
        "trust had also bid. Mobilisation would begin in September with services transferring on 1 April 2026.",
        "Members queried why the ICB had chosen a competitive process when the incumbent trust could have "
        "been reappointed directly. NHS colleagues confirmed that legal advice had been that the scale of "
        "service change required a competitive route under the regime, and that the decision had been taken "
        "by the ICB Board in public. Cllr Peter Brannigan (Northshire County Council) asked how many community "
        "nurses and therapists would transfer under TUPE and whether their NHS pensions would be protected. "
        "Mr Delaney said that around 1,900 staff would transfer and that access to the NHS Pension Scheme "
        "would be maintained through an admitted body arrangement for all transferring staff.",
        "Cllr Tomasz Nowak (Riverbank City Council) expressed concern that profits would be taken out of "
        "the local health economy at a time of severe financial pressure. In reply, the ICB stated that the "
        "contract capped the provider's margin and included open book accounting reviewed each quarter. "
        "Cllr Adaeze Okafor (Riverbank City Council) asked what penalties applied if waiting times for "
        "community rehabilitation worsened during transition; Mr Delaney undertook to provide a written "
        "response setting out the contractual remedies.",
        "Priya Sandhu of Healthwatch Westmoor asked whether patients had been involved in evaluating the "
        "bids. Members heard that two lived experience panel members had scored the quality and social "
        "value questions alongside clinicians. Cllr Gareth Lyle (Westmoor Borough Council) requested that the "
        "ICB publish the full evaluation scores and the redacted contract before services transferred; "
        "this would be considered by the ICB's information governance team.",
    ], ["The JHOSC AGREED: i. to note the outcome of the procurement of adult community health services; "
        "ii. to request a mobilisation progress report at the November meeting, including workforce transfer "
        "figures; iii. to write to the ICB Chief Executive asking that the redacted contract and evaluation "
        "scores be published before 1 April 2026."]),
    ("5", "Mental Health Urgent Care Pathway", [
        "Ruth Ebanks presented an update on the crisis and urgent care pathway, including the new 24-hour "
        "crisis café in Westmoor and the closure of the section 136 suite at Riverbank General. Members heard "
        "that out of area placements had fallen from 31 to 9 since January.",
        "Members queried how police officers would be supported once the Riverbank suite closed. Ms Ebanks "
        "explained that a single place of safety at Northshire Hospital had been expanded to four rooms and "
        "that travel times were being monitored weekly with the police. Cllr Sunita Rai (Northshire County "
        "Council) asked whether the crisis café would be extended to the other two council areas; NHS "
        "colleagues confirmed a second café would open in Northshire town centre in the autumn, funded from "
        "the mental health investment standard.",
        "Cllr Maureen Kettle (Westmoor Borough Council) raised concerns about the number of young people aged "
        "16 and 17 waiting in emergency departments for a psychiatric bed. No answer was available at the "
        "meeting and the question was taken away for a written response.",
    ], ["The JHOSC AGREED: i. to note the update on the mental health urgent care pathway; ii. to receive "
        "data on travel times to the place of safety at its next meeting."]),
    ("6", "Access to Primary Care and Dental Services", [
        "Owen Pryce gave a presentation on GP appointment activity and the dental recovery plan. Members heard "
        "that the ICB had commissioned 14,000 additional urgent dental appointments in 2024/25, of which "
        "around two thirds had been used.",
        "Cllr Helen Aldous (Northshire County Council) asked why a third of the commissioned urgent dental "
        "appointments had gone unused. Mr Pryce said that several practices had been unable to recruit "
        "dentists to deliver the sessions and that unused funding had been recovered under the contract. "
        "Members queried whether any practices in Westmoor were still accepting new adult NHS patients; "
        "NHS colleagues confirmed that only three practices were currently open to new adult patients, all "
        "in the north of the borough.",
        "Cllr Gareth Lyle (Westmoor Borough Council) asked for a breakdown of GP appointments seen face to "
        "face by primary care network, which officers agreed to circulate.",
        "The JHOSC noted the presentation on GP access and dental recovery.",
    ], []),
    ("7", "Work Programme 2025/26", [
        "Lorna Tate presented the draft work programme. It was suggested that a joint session with Healthwatch "
        "on the community services transfer be added for January 2026.",
    ], ["The JHOSC AGREED: i. to approve the work programme for 2025/26 subject to the addition of a joint "
        "session with Healthwatch on the community services transfer in January 2026; ii. to delegate "
        "minor changes to the Scrutiny and Democratic Services Manager in consultation with the Chair."]),
]

LOG = [
    ("Ref", "Question", "Raised by", "Response", "Status"),
    ("JH/25/06-01", "Contractual remedies if community rehabilitation waits rise during transfer (Item 4)",
     "Cllr Okafor", "Service credits of up to 2.5 per cent of monthly contract value apply after three "
     "consecutive months of missed waiting time standards. Written response issued 27 June 2025.", "Closed"),
    ("JH/25/06-02", "Under-18s waiting in emergency departments for an inpatient bed (Item 5)",
     "Cllr Kettle", "Eleven young people waited more than 24 hours in the last quarter; the "
     "provider collaborative is opening four additional adolescent beds in Riverbank. Response received "
     "30 June 2025.", "Closed"),
    ("JH/25/06-03", "Face-to-face GP appointments broken down by network (Item 6)", "Cllr Lyle",
     "Data table circulated to members by email on 1 July 2025.", "Closed"),
    ("JH/25/06-04", "Publication of evaluation scores and redacted contract (Item 4)", "Cllr Lyle",
     "Awaiting decision of ICB information governance team.", "Open"),
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"; cp.title = "JHOSC minutes 17 June 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Democratic Services"; cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Northshire, Westmoor and Riverbank Joint Health Overview and Scrutiny Committee"
    sec.footer.paragraphs[0].text = "Minutes – 17 June 2025 – Chair's initials ………"
    doc.add_paragraph("NORTHSHIRE, WESTMOOR AND RIVERBANK JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
                      style="Title")
    doc.add_paragraph("Minutes of the meeting held on Tuesday 17 June 2025 at 10.00 am in the Council "
                      "Chamber, County Hall, Northshire")
    for text, _ in ATT:
        p = doc.add_paragraph()
        if text.endswith(":"):
            p.add_run(text).bold = True
        elif ":" in text:
            a, b = text.split(":", 1)
            p.add_run(a + ":").bold = True
            p.add_run(b)
        else:
            p.add_run(text)
    for num, title, paras, res in ITEMS:
        doc.add_heading(f"Item {num} – {title}", level=1)
        for t in paras:
            doc.add_paragraph(t)
        for r in res:
            head, rest = r.split(":", 1)
            p = doc.add_paragraph(); p.add_run(head + ":").bold = True
            clauses = re.split(r"; (?=(?:ii|iii|iv)\. )", rest.strip())
            if len(clauses) == 1 and not clauses[0].startswith("i."):
                p.add_run(" " + clauses[0])
            else:
                for c in clauses:
                    q = doc.add_paragraph(c.rstrip(";") + (";" if c is not clauses[-1] else ""))
                    q.paragraph_format.left_indent = Pt(24)
    doc.add_paragraph("The meeting closed at 12.41 pm.")
    doc.add_paragraph("Chair ……………………………   Date ……………")
    doc.add_page_break()
    doc.add_heading("Appendix A – Log of questions taken away", level=1)
    doc.add_paragraph("Written responses received after the meeting are shown below.")
    tbl = doc.add_table(rows=0, cols=5); tbl.style = "Table Grid"
    for i, row in enumerate(LOG):
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                for r in c.paragraphs[0].runs: r.bold = True
    doc.save(path)
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 7, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())


def docx_text(path):
    d = Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)


def q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}

GOLD1 = {
    "document": D1, "doc_type": "minutes",
    "committee": "Northshire, Westmoor and Riverbank Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-06-17",
    "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
    "questions": [
        q("4", "question", "why the ICB had chosen a competitive process when the incumbent trust",
          None, "legal advice had been that the scale of service change required a competitive route",
          "NHS colleagues", ["privatisation", "subcontracting", "governance"]),
        q("4", "question", "how many community nurses and therapists would transfer under TUPE",
          "Cllr Peter Brannigan", "access to the NHS Pension Scheme would be maintained through an admitted body arrangement",
          "Mr Delaney", ["workforce", "subcontracting"]),
        q("4", "concern", "expressed concern that profits would be taken out of the local health economy",
          "Cllr Tomasz Nowak", "the contract capped the provider's margin and included open book accounting",
          "the ICB", ["privatisation", "finance", "subcontracting"]),
        q("4", "question", "what penalties applied if waiting times for community rehabilitation worsened",
          "Cllr Adaeze Okafor", "Service credits of up to 2.5 per cent of monthly contract value",
          "Mr Delaney", ["subcontracting"]),
        q("4", "question", "asked whether patients had been involved in evaluating the bids",
          "Priya Sandhu", "two lived experience panel members had scored the quality and social value questions",
          None, ["patient-and-public-input", "subcontracting"]),
        q("4", "request", "requested that the ICB publish the full evaluation scores and the redacted contract",
          "Cllr Gareth Lyle", "this would be considered by the ICB's information governance team",
          None, ["governance", "subcontracting"]),
        q("5", "question", "how police officers would be supported once the Riverbank suite closed",
          None, "a single place of safety at Northshire Hospital had been expanded to four rooms",
          "Ms Ebanks", ["mental-health"]),
        q("5", "question", "whether the crisis café would be extended to the other two council areas",
          "Cllr Sunita Rai", "a second café would open in Northshire town centre in the autumn",
          "NHS colleagues", ["mental-health", "finance"]),
        q("5", "concern", "the number of young people aged 16 and 17 waiting in emergency departments",
          "Cllr Maureen Kettle", "the provider collaborative is opening four additional adolescent beds in Riverbank",
          None, ["mental-health", "children-and-families"]),
        q("6", "question", "why a third of the commissioned urgent dental appointments had gone unused",
          "Cllr Helen Aldous", "several practices had been unable to recruit dentists to deliver the sessions",
          "Mr Pryce", ["primary-care", "workforce", "subcontracting"]),
        q("6", "question", "whether any practices in Westmoor were still accepting new adult NHS patients",
          None, "only three practices were currently open to new adult patients", "NHS colleagues",
          ["primary-care"]),
        q("6", "request", "asked for a breakdown of GP appointments seen face to face",
          "Cllr Gareth Lyle", "Data table circulated to members by email on 1 July 2025",
          None, ["primary-care"]),
        q("7", "comment", "a joint session with Healthwatch on the community services transfer be added",
          None, None, None, ["patient-and-public-input"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 11 March 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "to note the outcome of the procurement of adult community health services",
         "outcome": "agreed", "themes": ["subcontracting", "privatisation", "workforce", "governance"]},
        {"item": "5", "text": "to note the update on the mental health urgent care pathway",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "6", "text": "The JHOSC noted the presentation on GP access and dental recovery", "outcome": "noted", "themes": ["primary-care"]},
        {"item": "7", "text": "to approve the work programme for 2025/26 subject to the addition",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
    ],
    "attendees": [
        {"name": "Cllr Helen Aldous", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Peter Brannigan", "role": None, "attendance": "present"},
        {"name": "Cllr Sunita Rai", "role": None, "attendance": "present"},
        {"name": "Cllr Gareth Lyle", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Maureen Kettle", "role": None, "attendance": "present"},
        {"name": "Cllr Tomasz Nowak", "role": None, "attendance": "present"},
        {"name": "Cllr Adaeze Okafor", "role": "substitute for Cllr Jim Harte", "attendance": "present"},
        {"name": "Cllr Jim Harte", "role": None, "attendance": "apologies"},
        {"name": "Cllr Colin Whitworth", "role": None, "attendance": "apologies"},
        {"name": "Dr Fiona Castell", "role": "Chief Medical Officer, NHS Northshire and Riverbank Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mark Delaney", "role": "Director of Strategic Commissioning and Contracting, NHS Northshire and Riverbank ICB", "attendance": "in_attendance"},
        {"name": "Ruth Ebanks", "role": "Deputy Chief Operating Officer, Northshire and Riverbank Partnership NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Owen Pryce", "role": "Head of Primary Care Commissioning (Dental, Optometry and Pharmacy), NHS Northshire and Riverbank ICB", "attendance": "in_attendance"},
        {"name": "Lorna Tate", "role": "Scrutiny and Democratic Services Manager, Northshire County Council", "attendance": "in_attendance"},
        {"name": "Priya Sandhu", "role": "Chief Executive, Healthwatch Westmoor", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
D2 = "dh-northshire-riverbank-icb-contract-award-notice.pdf"

NOTICE = [
    ("H", "Contract award notice"),
    ("P", "Notice identifier: 2025/S 000-031877      Procurement identifier (OCID): ocds-h6vhtk-04c9e2"),
    ("P", "Published 14 May 2025, 3:12pm. This notice is published under the Procurement Act 2023 "
          "and the Health Care Services (Provider Selection Regime) Regulations 2023."),
    ("H", "Section I: Contracting authority"),
    ("P", "I.1) Name and addresses: NHS Northshire and Riverbank Integrated Care Board, Quayside House, "
          "2 Wharf Street, Riverbank, RB1 4QT. Contact: Procurement Hub. Email: procurement.nrICB@nhs.example"),
    ("P", "I.4) Type of the contracting authority: Body governed by public law (NHS integrated care board)."),
    ("P", "I.5) Main activity: Health."),
    ("H", "Section II: Object"),
    ("P", "II.1.1) Title: Adult Community Health Services – Northshire, Westmoor and Riverbank. Reference NR-ACHS-2024-07."),
    ("P", "II.1.2) Main CPV code: 85100000 – Health services. Additional: 85141200 – Services provided by nurses."),
    ("P", "II.1.3) Type of contract: Services."),
    ("P", "II.1.4) Short description: Provision of adult community nursing, intermediate care, community "
          "rehabilitation, specialist long-term conditions and end of life care services to a registered "
          "population of approximately 1.1 million across three local authority areas."),
    ("P", "II.2.7) Duration of the contract: 84 months, from 1 April 2026, with an option to extend by up "
          "to 36 months."),
    ("H", "Section IV: Procedure"),
    ("P", "IV.1.1) Type of procedure: Competitive process (Provider Selection Regime)."),
    ("H", "Section V: Award of contract"),
    ("P", "V.2.1) Date of contract award decision: 2 May 2025."),
    ("P", "V.2.2) Information about tenders: Number of tenders received: 3. Number of tenders received "
          "from SMEs: 0. The contract has been awarded to a group of economic operators: No."),
    ("P", "V.2.3) Name and address of the contractor: Castlegate Community Health Ltd, 9 Mercer Court, "
          "Leeds, LS1 6AB. Companies House number 11804412. The contractor is an SME: No."),
    ("P", "V.2.4) Information on value of the contract: Initial estimated total value £398,000,000. "
          "Total value of the contract: £412,650,000 excluding VAT."),
    ("P", "V.2.5) Information about subcontracting: The contract is likely to be subcontracted. Value or "
          "proportion likely to be subcontracted: 12%."),
    ("H", "Section VI: Complementary information"),
    ("P", "VI.3) Additional information: The standstill period ended at midnight on 13 May 2025. Staff "
          "providing the services will transfer under TUPE. Key criteria: quality and innovation 40%, "
          "value 20%, integration and collaboration 20%, improving access and reducing health "
          "inequalities 10%, social value 10%."),
    ("P", "VI.4.1) Review body: High Court of England and Wales, Strand, London WC2A 2LL."),
]


class NoticePDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Find a Tender – Contract award notice 2025/S 000-031877", align="L")
        self.ln(8); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12); self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def build_pdf(path):
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Contract award notice"); pdf.set_author("Find a Tender")
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for kind, text in NOTICE:
        if kind == "H":
            pdf.ln(2); pdf.set_font("DV", "B", 12); pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10); pdf.multi_cell(0, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.output(path)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return "\n".join((pg.extract_text() or "") for pg in p.pages)

GOLD2 = {"document": D2, "doc_type": "other",
         "themes": ["subcontracting", "privatisation", "workforce"]}


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gname, reader in ((D1, docx_text), (D2, pdf_text)):
        g = json.load(open(os.path.join(GOLD, os.path.splitext(gname)[0] + ".json")))
        src = " " + norm(reader(os.path.join(DOCS, gname))) + " "
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = src.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {gname}: count={c} words={n}: {ph}")
        print(gname, "phrases:", len(phrases))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_docx(os.path.join(DOCS, D1))
    build_pdf(os.path.join(DOCS, D2))
    for name, g in ((D1, GOLD1), (D2, GOLD2)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    print("built")


if __name__ == "__main__":
    main()
