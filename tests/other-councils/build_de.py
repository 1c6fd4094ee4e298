#!/usr/bin/env python3
"""Build the "de-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_de.py           build documents/de-* and gold/de-*.json
        build_de.py --check   verify every gold phrase occurs once in its document
"""
import io
import zipfile
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)



def _fixed_zip(path):
    """Re-pack the saved .docx with fixed timestamps so the build is byte-for-byte repeatable."""
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())

def lig(s):
    """Write text as Word-exported PDFs often carry it: with ligature characters."""
    return (s.replace("ffi", "\ufb03").replace("ffl", "\ufb04")
             .replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02"))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Document 1: metropolitan borough scrutiny panel minutes (PDF with ligatures)
# ---------------------------------------------------------------------------
PDF1 = "de-castlemoor-adults-health-wellbeing-scrutiny-2025-03-11.pdf"
COUNCIL = "CASTLEMOOR METROPOLITAN BOROUGH COUNCIL"

# blocks: ("h", text) heading; ("p", text) paragraph; ("b", text) bold paragraph
M1 = [
    ("title", "ADULTS, HEALTH AND WELLBEING SCRUTINY PANEL"),
    ("p", "MINUTES of the meeting held on Tuesday, 11 March 2025 at 6.00 pm in Committee Room 2, Castlemoor Town Hall"),
    ("p", "PRESENT: Councillor Maureen Ashworth (in the Chair); Councillors Tariq Bhatti, Gillian Cowburn, "
          "Desmond Fairclough, Rachel Higson, Imran Latif and Peter Whittle; co-opted member Mrs Janet Orrell "
          "(Healthwatch Castlemoor)."),
    ("p", "ALSO PRESENT: Councillor Sandra Pilling (Cabinet Member for Adult Social Care and Health); "
          "Karen Duckworth (Interim Director of Adult Social Care and Health Integration); Dr Ayesha Rahman "
          "(Director of Public Health); Martin Greenhalgh (Head of Strategic Commissioning and Market "
          "Management); Helen Iqbal (Associate Director of Place, NHS Pennine Fells Integrated Care Board); "
          "Lee Aspinall (Democratic Services Officer)."),
    ("h", "14. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("p", "Apologies for absence were received from Councillor Brian Kershaw and Councillor Linda Ogden. "
          "There were no substitutions."),
    ("h", "15. DECLARATIONS OF INTEREST"),
    ("p", "Councillor Rachel Higson declared a non-pecuniary interest in Minute 19 as her mother receives "
          "a homecare package commissioned by the Council. Councillor Imran Latif declared that he is employed "
          "by the Pennine Fells Community Health Foundation Trust in a non-clinical role."),
    ("h", "16. MINUTES"),
    ("b", "RESOLVED – That the minutes of the meeting held on 28 January 2025 be approved as a correct record and signed by the Chair."),
    ("h", "17. PUBLIC QUESTIONS"),
    ("p", "The Chair reported that two questions had been received from members of the public in accordance "
          "with the Council Procedure Rules."),
    ("p", "Question from Mr Graham Tattersall:"),
    ("p", "“Given that the Council closed Ashgrove Lodge day centre last year, how many of the people who used "
          "it are now receiving no daytime support at all, and will the Council publish those figures?”"),
    ("p", "Response from the Cabinet Member for Adult Social Care and Health:"),
    ("p", "“Every one of the 41 people who attended Ashgrove Lodge was offered a review. Thirty-six now receive "
          "support through community day opportunities or direct payments, three chose not to take up an "
          "alternative and two have moved out of the borough. I am happy to publish these figures in the next "
          "quarterly performance report to this Panel.”"),
    ("p", "Question from Ms Deborah Kenyon:"),
    ("p", "“What guarantee can the Cabinet Member give that the new homecare contracts will not allow "
          "companies to take profits out of Castlemoor while care workers are paid below the real living wage?”"),
    ("p", "Response from the Cabinet Member for Adult Social Care and Health:"),
    ("p", "“The specification requires every provider to pay at least the real living wage from the first "
          "day of the contract, and open-book accounting will let officers see each provider’s margin. "
          "The Council cannot cap profit as such, but it will publish the rates it pays.”"),
    ("p", "Ms Kenyon asked a supplementary question about whether trade unions would be involved in monitoring "
          "the contracts; the Cabinet Member undertook to reply in writing."),
    ("b", "RESOLVED – That the questions and the responses given be noted."),
    ("h", "18. WINTER PRESSURES AND HOSPITAL DISCHARGE – POSITION STATEMENT"),
    ("p", "The Interim Director of Adult Social Care and Health Integration and the Associate Director of Place "
          "presented a joint report on the system’s performance over the winter period, including the "
          "eﬀect of the ﬂu season on bed occupancy at Castlemoor General Hospital, the number of people "
          "waiting for discharge and the use of the Better Care Fund to buy short-term beds."),
    ("p", "Councillor Fairclough queried why the number of people with no criteria to reside had risen in "
          "January when additional reablement capacity had been funded; the Interim Director confirmed that "
          "the rise followed a flu outbreak which closed two care homes to admissions for nine days. "
          "Councillor Cowburn asked whether the short-term beds bought from private nursing homes were value "
          "for money; the Interim Director stated that the average weekly cost had been £1,140 and that a "
          "review of outcomes would be brought to the June meeting. Councillor Bhatti expressed concern that "
          "patients were being discharged late in the evening without medication; the Associate Director "
          "acknowledged three such incidents and said that the hospital had introduced a discharge lounge "
          "pharmacist until 8.00 pm. Mrs Orrell reported that Healthwatch had received feedback from carers "
          "who had not been told that a discharge was planned, and requested that carers be included in the "
          "discharge checklist; the Associate Director agreed to take the request to the system discharge group."),
    ("p", "Councillor Whittle sought clarification on staﬀ vacancies in the reablement service; the Interim "
          "Director confirmed that the vacancy rate had fallen from 19 per cent to 11 per cent following the "
          "recruitment campaign and that no agency staff were now used in the service."),
    ("b", "RESOLVED – That (1) the report be noted; (2) the Interim Director be asked to report on outcomes "
          "for people placed in short-term nursing beds to the meeting in June 2025; and (3) the Panel’s thanks "
          "to staff across health and social care for their work over the winter be recorded."),
    ("h", "19. RECOMMISSIONING OF HOMECARE SERVICES"),
    ("p", "The Head of Strategic Commissioning and Market Management introduced a report on the proposed "
          "procurement of homecare from October 2025, moving from 23 spot-purchased providers to six zoned "
          "lead providers on five-year contracts with an option to extend for two years. The estimated annual "
          "value of the contracts was £31.6 million."),
    ("p", "Councillor Higson, having declared an interest, took no part in the discussion or the decision."),
    ("p", "Councillor Latif queried how small local providers would be able to compete with national companies "
          "for the zoned contracts; the Head of Strategic Commissioning explained that the tender had been "
          "split into lots and that providers could bid as consortia. Councillor Cowburn asked whether the "
          "Council had considered delivering a proportion of homecare in-house; the Interim Director confirmed "
          "that an options appraisal had found an in-house service would cost around 28 per cent more but that "
          "a small in-house team would be kept for hospital discharge. Councillor Ashworth queried how the "
          "views of people who use homecare had shaped the specification; the Head of Strategic Commissioning "
          "said that 212 service users and carers had responded to the survey and that two service users would "
          "sit on the evaluation panel. Councillor Bhatti asked what would happen to care workers employed by "
          "providers who were not successful, but no answer was recorded before the Chair moved to the recommendations."),
    ("b", "RESOLVED – That (1) the Panel supports the proposed zoned model for homecare; and (2) it be "
          "recommended to Cabinet that the real living wage requirement be written into every contract and "
          "that performance against it be reported to this Panel every six months."),
    ("part", "PART B – NOT FOR PUBLICATION"),
    ("h", "20. EXCLUSION OF THE PRESS AND PUBLIC"),
    ("b", "RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the press and public be "
          "excluded from the meeting for the following item of business on the grounds that it involves the "
          "likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."),
    ("h", "21. ASHGROVE LODGE – DISPOSAL OF SITE"),
    ("p", "The Panel considered a confidential report of the Director of Place on the disposal of the site."),
    ("b", "RESOLVED – That the offers for the former Ashgrove Lodge site be noted."),
]


def build_pdf1(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, lig("Castlemoor Metropolitan Borough Council – Adults, Health and Wellbeing Scrutiny Panel – 11 March 2025"),
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(90, 5, "Chair’s initials ………", align="L")
            self.cell(0, 5, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes – Adults, Health and Wellbeing Scrutiny Panel – 11 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    for kind, text in M1:
        t = lig(text)
        if kind == "title":
            pdf.set_font("DV", "B", 12)
            pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "part":
            pdf.ln(4)
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DV", "B" if kind == "b" else "", 9.5)
            pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, lig("The meeting finished at 8.14 pm.\n\nCHAIR"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def source1():
    return "\n".join(lig(t) for _, t in M1)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, att):
    return {"name": name, "role": role, "attendance": att}


CAB = "Cabinet Member for Adult Social Care and Health"
ID = "Interim Director"
GOLD1 = {
    "document": PDF1,
    "doc_type": "minutes",
    "committee": "Adults, Health and Wellbeing Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "14", "title": "Apologies for Absence and Substitutions"},
        {"number": "15", "title": "Declarations of Interest"},
        {"number": "16", "title": "Minutes"},
        {"number": "17", "title": "Public Questions"},
        {"number": "18", "title": "Winter Pressures and Hospital Discharge – Position Statement"},
        {"number": "19", "title": "Recommissioning of Homecare Services"},
        {"number": "20", "title": "Exclusion of the Press and Public"},
        {"number": "21", "title": "Ashgrove Lodge – Disposal of Site"},
    ],
    "questions": [
        q("17", "question", "how many of the people who used it are now receiving no daytime support",
          "Mr Graham Tattersall", "Every one of the 41 people who attended Ashgrove Lodge was offered a review",
          CAB, ["adult-social-care", "patient-and-public-input"]),
        q("17", "question", "will not allow companies to take profits out of Castlemoor",
          "Ms Deborah Kenyon", "requires every provider to pay at least the real living wage",
          CAB, ["privatisation", "subcontracting", "workforce", "patient-and-public-input"]),
        q("17", "question", "whether trade unions would be involved in monitoring the contracts",
          "Ms Kenyon", "the Cabinet Member undertook to reply in writing",
          "Cabinet Member", ["subcontracting", "workforce", "patient-and-public-input"]),
        q("18", "question", "why the number of people with no criteria to reside had risen in January",
          "Councillor Fairclough", "the rise followed a flu outbreak which closed two care homes",
          ID, ["adult-social-care", "public-health"]),
        q("18", "question", "whether the short-term beds bought from private nursing homes were value for money",
          "Councillor Cowburn", "the average weekly cost had been £1,140",
          ID, ["finance", "adult-social-care", "privatisation"]),
        q("18", "concern", "patients were being discharged late in the evening without medication",
          "Councillor Bhatti", "had introduced a discharge lounge pharmacist until 8.00 pm",
          "Associate Director", ["adult-social-care"]),
        q("18", "request", "requested that carers be included in the discharge checklist",
          "Mrs Orrell", "agreed to take the request to the system discharge group",
          "Associate Director", ["adult-social-care", "patient-and-public-input"]),
        q("18", "question", "sought clarification on staff vacancies in the reablement service",
          "Councillor Whittle", "the vacancy rate had fallen from 19 per cent to 11 per cent",
          ID, ["workforce", "adult-social-care"]),
        q("19", "question", "how small local providers would be able to compete with national companies",
          "Councillor Latif", "the tender had been split into lots and that providers could bid",
          "Head of Strategic Commissioning", ["subcontracting", "privatisation", "adult-social-care"]),
        q("19", "question", "whether the Council had considered delivering a proportion of homecare in-house",
          "Councillor Cowburn", "an in-house service would cost around 28 per cent more",
          ID, ["privatisation", "finance", "adult-social-care"]),
        q("19", "question", "how the views of people who use homecare had shaped the specification",
          "Councillor Ashworth", "212 service users and carers had responded to the survey",
          "Head of Strategic Commissioning", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("19", "question", "what would happen to care workers employed by providers who were not successful",
          "Councillor Bhatti", None, None, ["workforce", "subcontracting", "adult-social-care"]),
    ],
    "resolutions": [
        r("16", "minutes of the meeting held on 28 January 2025 be approved as a correct record",
          "agreed", []),
        r("17", "That the questions and the responses given be noted", "noted", ["patient-and-public-input"]),
        r("18", "the Interim Director be asked to report on outcomes for people placed",
          "agreed", ["adult-social-care"]),
        r("19", "the Panel supports the proposed zoned model for homecare",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        r("20", "the press and public be excluded from the meeting for the following item",
          "agreed", ["governance"]),
        r("21", "That the offers for the former Ashgrove Lodge site be noted", "noted", ["governance"]),
    ],
    "attendees": [
        a("Councillor Maureen Ashworth", "Chair", "present"),
        a("Councillor Tariq Bhatti", None, "present"),
        a("Councillor Gillian Cowburn", None, "present"),
        a("Councillor Desmond Fairclough", None, "present"),
        a("Councillor Rachel Higson", None, "present"),
        a("Councillor Imran Latif", None, "present"),
        a("Councillor Peter Whittle", None, "present"),
        a("Mrs Janet Orrell", "co-opted member (Healthwatch Castlemoor)", "present"),
        a("Councillor Sandra Pilling", CAB, "in_attendance"),
        a("Karen Duckworth", "Interim Director of Adult Social Care and Health Integration", "in_attendance"),
        a("Dr Ayesha Rahman", "Director of Public Health", "in_attendance"),
        a("Martin Greenhalgh", "Head of Strategic Commissioning and Market Management", "in_attendance"),
        a("Helen Iqbal", "Associate Director of Place, NHS Pennine Fells Integrated Care Board", "in_attendance"),
        a("Lee Aspinall", "Democratic Services Officer", "in_attendance"),
        a("Councillor Brian Kershaw", None, "apologies"),
        a("Councillor Linda Ogden", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: DPH annual report chapter (DOCX) – not minutes
# ---------------------------------------------------------------------------
DOCX2 = "de-castlemoor-dph-annual-report-chapter3-healthy-ageing.docx"
D2 = [
    ("h1", "Chapter 3: Healthy ageing"),
    ("p", "By 2035 one in four Castlemoor residents will be aged 65 or over. Healthy life expectancy in the "
          "borough is 58.9 years for men and 59.4 years for women – more than four years below the England "
          "average – which means that many of our residents spend the last two decades of their lives managing "
          "one or more long-term conditions."),
    ("h2", "3.1 What the data tell us"),
    ("p", "Falls remain the most common reason for an emergency admission among people over 80. In 2023/24 there "
          "were 1,212 falls-related admissions, and around a third of those admitted did not return to their own "
          "home. Loneliness is strongly linked to these outcomes: in our residents’ survey 22 per cent of people "
          "over 75 said they spoke to a friend or relative less than once a week."),
    ("h2", "3.2 What we are doing"),
    ("p", "The Ageing Well programme, funded from the public health grant and the Better Care Fund, brings "
          "together strength and balance classes, the Warm Homes scheme and social prescribing link workers in "
          "every primary care network. The Adults, Health and Wellbeing Scrutiny Panel examined the programme in "
          "November 2024 and asked that future reports show outcomes by ward."),
    ("case", "Case study: Stan, 81, Moorside"),
    ("casep", "After a fall in his kitchen Stan stopped going out. His GP referred him to a link worker, who "
              "arranged a home safety check and introduced him to a walking group at his local library. Six months "
              "later Stan leads the group on Tuesdays. “I thought that was it for me,” he says. “Now I’ve got "
              "somewhere to be.”"),
    ("h2", "3.3 Recommendations"),
    ("num", "The Director of Public Health recommends that the Council and NHS Pennine Fells Integrated Care "
            "Board adopt a single falls prevention pathway across the borough by April 2026."),
    ("num", "The Director of Public Health recommends that the Council become a member of the UK Network of "
            "Age-friendly Communities and involve older residents in setting its priorities."),
    ("num", "The Director of Public Health recommends that the housing strategy include a target for accessible "
            "and adaptable homes for older people."),
]


def build_docx2(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Public Health Intelligence Team"
    cp.title = "Director of Public Health Annual Report 2024/25 – Chapter 3"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Public Health Intelligence Team"
    cp.revision = 1
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Castlemoor Director of Public Health Annual Report 2024/25"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    case_rows = []
    for kind, text in D2:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "num":
            d.add_paragraph(text, style="List Number")
        elif kind == "case":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "E2EFDA")
            tcPr.append(shd)
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(12)
            case_rows.append(cell)
        elif kind == "casep":
            case_rows[-1].add_paragraph(text)
            d.add_paragraph("")
    d.save(path)
    _fixed_zip(path)


def source2():
    return "\n".join(t for _, t in D2)


GOLD2 = {
    "document": DOCX2,
    "doc_type": "report",
    "themes": ["public-health", "adult-social-care", "housing", "patient-and-public-input"],
}


def phrases(g):
    for x in g.get("questions", []):
        yield x["text"]
        if x["answer"]:
            yield x["answer"]
    for x in g.get("resolutions", []):
        yield x["text"]


def check():
    ok = True
    for gold, src in ((GOLD1, source1()), (GOLD2, source2())):
        ns = norm(src)
        for p in phrases(gold):
            n = len(p.split())
            c = ns.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']}: count={c} words={n}: {p}")
        # documents exist and gold on disk equals gold in script
        gp = os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json")
        if not os.path.exists(os.path.join(DOCS, gold["document"])) or not os.path.exists(gp):
            ok = False
            print("FAIL missing file for", gold["document"])
        elif json.load(open(gp, encoding="utf-8")) != gold:
            ok = False
            print("FAIL gold on disk differs:", gp)
    # the PDF must actually carry ligature characters
    import pypdf  # (pdfplumber expands ligatures by default, so read with pypdf)
    txt = "".join(pg.extract_text() or "" for pg in pypdf.PdfReader(os.path.join(DOCS, PDF1)).pages)
    if not any(ch in txt for ch in "\ufb00\ufb01\ufb02\ufb03"):
        ok = False
        print("FAIL no ligatures in extracted PDF text")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf1(os.path.join(DOCS, PDF1))
    build_docx2(os.path.join(DOCS, DOCX2))
    for g in (GOLD1, GOLD2):
        gp = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
