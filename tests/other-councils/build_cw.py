#!/usr/bin/env python3
"""Build the "cw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cw.py           build documents/cw-* and gold/cw-*.json
        build_cw.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 5, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)

PDF_NAME = "cw-wealdmarsh-cc-asc-ph-cabinet-committee-2025-05-14.pdf"
DOCX_NAME = "cw-wealdmarsh-cc-record-of-decision-25-00031.docx"

# ---------------------------------------------------------------- document 1 (PDF)
COUNCIL = "WEALDMARSH COUNTY COUNCIL"
TITLE = "ADULT SOCIAL CARE AND PUBLIC HEALTH CABINET COMMITTEE"
INTRO = ("MINUTES of a meeting of the Adult Social Care and Public Health Cabinet Committee held "
         "in the Darent Room, County Hall, Ashbury on Wednesday, 14 May 2025.")
PRESENT = ("PRESENT: Mr G R Fenwick (Chairman), Mrs S A Okafor (Vice-Chairman), Mr T Ashdown, "
           "Mrs P M Bellingham, Ms H Crouch, Mr R J Danvers, Mr K Ekwueme, Mr J Pemberton "
           "(Substitute for Mrs L Harcourt), Mrs V Quaife and Mr A N Tillotson")
ALSO = ("ALSO PRESENT: Mr D M Rutherford (Cabinet Member for Adult Social Care and Public Health) "
        "and Mrs C Abbey-Stone (Deputy Cabinet Member for Adult Social Care and Public Health)")
INATT = ("IN ATTENDANCE: Mr M Kowalczyk (Corporate Director Adult Social Care and Health), "
         "Dr A Lindqvist (Director of Public Health), Ms R Ogunleye (Director of Adult Social Care "
         "Operations and Partnerships), Mr S Whitcombe (Assistant Director Commissioning, Strategic "
         "Commissioning and Market Shaping) and Miss J Treadgold (Democratic Services Officer)")

# items: (number, title, agenda item, [paragraph strings])
ITEMS = [
    ("38", "Apologies and Substitutes", 2, [
        "Apologies for absence were received from Mrs L Harcourt and Mr D Ferris. Mr J Pemberton "
        "was present as a substitute for Mrs Harcourt.",
    ]),
    ("39", "Declarations of Interests by Members in items on the agenda", 3, [
        "Mrs Okafor made an Other Significant Interest declaration in respect of Item 6 as a close "
        "family member is employed by a home care agency currently on the Council's framework. "
        "She did not take part in the discussion or vote on that item.",
    ]),
    ("40", "Minutes of the meeting held on 12 March 2025", 4, [
        "RESOLVED that the minutes of the meeting held on 12 March 2025 are correctly recorded "
        "and that they be signed by the Chairman. There were no matters arising.",
    ]),
    ("41", "Verbal updates by the Cabinet Member and Corporate Director", 5, [
        "1. Mr Rutherford gave a verbal update on the following: the county's spring booster "
        "vaccination campaign for care home residents, which had reached 71% of eligible "
        "residents; the launch of the carers' breaks pilot in Thanesend; and his visit to the "
        "Oakhurst reablement unit, where he had met staff and residents.",
        "2. Mr Kowalczyk gave a verbal update on the Care Quality Commission assessment of the "
        "Council's adult social care functions, for which the on-site visit had now been "
        "confirmed for the week of 23 June 2025, and on the outturn for the directorate.",
        "3. In response to a question about the delayed publication of the outturn figures, "
        "Mr Kowalczyk said that the final position would be reported to the Committee in July "
        "once the external audit sign-off of the accounts was complete.",
        "4. RESOLVED that the verbal updates be noted.",
    ]),
    ("42", "25/00031 - Community Support Services for Adults: Recommissioning of Home Care", 6, [
        "1. Mr Rutherford (Cabinet Member for Adult Social Care and Public Health) introduced the "
        "report, which set out the proposal to recommission home care and supported living "
        "services through a new lotted framework from 1 April 2026, replacing the current "
        "arrangements which had been extended twice. Mr Whitcombe outlined the procurement "
        "timetable and the outcome of the market engagement events held in February.",
        "2. In response to comments and questions from Members, it was said that:",
        "(a) on the concern that rural parts of the county, particularly the Marsh villages, "
        "would struggle to attract bidders, Mr Whitcombe said that a dedicated rural lot with "
        "an enhanced travel time payment had been designed for those areas;",
        "(b) on the question of whether the new hourly rate would allow providers to pay the "
        "real living wage, Mr Kowalczyk explained that the modelled rate assumed a minimum of "
        "the national living wage and that the Council could not require a higher figure within "
        "the available budget;",
        "(c) on a Member's question about how many of the current providers were owned by "
        "private equity firms, officers confirmed that four of the eleven largest providers had "
        "private equity ownership and that financial resilience checks would form part of the "
        "evaluation;",
        "(d) regarding the request that people who use home care be involved in evaluating the "
        "tenders, Mr Whitcombe said that two experts by experience from the Wealdmarsh Carers "
        "Network would sit on each evaluation panel and be paid for their time;",
        "(e) on the point that an in-house home care service should be considered as an "
        "alternative, Mr Rutherford said that an in-house option had been appraised in the "
        "options paper but would require an initial investment the Council could not afford "
        "this year; and",
        "(f) in relation to continuity of care during transition, Ms Ogunleye said that "
        "packages would only move between providers where the person and their family agreed "
        "to the change.",
        "3. Mr Ekwueme asked that his abstention be recorded.",
        "4. RESOLVED that the Cabinet Committee endorse the proposed decision to recommission "
        "community support services for adults through a lotted framework, as shown at "
        "Appendix A to the report.",
    ]),
    ("43", "25/00034 - Integrated Community Equipment Service: Contract Extension", 7, [
        "1. Mr Whitcombe introduced the report, which sought endorsement of a twelve-month "
        "extension to the integrated community equipment service contract jointly commissioned "
        "with the Wealdmarsh and Medway Integrated Care Board.",
        "2. In response to comments and questions from Members, it was said that:",
        "(a) on concerns about delays in the collection of unused equipment from homes, "
        "Mr Whitcombe said that the provider had been issued with a performance improvement "
        "notice and collections within ten working days had risen to 88%;",
        "(b) on whether the extension represented value for money, Mr Kowalczyk said that the "
        "recycling rate had improved and the price uplift was capped at inflation under the "
        "existing contract terms;",
        "(c) regarding the split of costs between the Council and the Integrated Care Board, "
        "officers confirmed that the pooled budget was shared on a 58 to 42 basis and had been "
        "reviewed this year; and",
        "(d) on a request for a report on the longer-term options for the service, the "
        "Chairman agreed that this would be added to the work programme for the autumn.",
        "3. RESOLVED that the Cabinet Committee endorse the proposed decision to extend the "
        "integrated community equipment service contract for twelve months.",
    ]),
    ("44", "25/00029 - Public Health Commissioned Sexual Health Services", 8, [
        "1. Dr Lindqvist (Director of Public Health) introduced the report, which set out the "
        "proposal to award a new contract for the integrated sexual health service to the "
        "existing NHS provider, Wealdmarsh Community Health NHS Foundation Trust, under the "
        "Provider Selection Regime, following consultation with service users during the winter.",
        "2. In response to comments and questions from Members, it was said that:",
        "(a) on the question of why the service was not being put out to competitive "
        "tender, Dr Lindqvist explained that the Provider Selection Regime allowed a direct "
        "award where the incumbent was performing well and no better value was likely;",
        "(b) on concerns about long waits for long-acting reversible contraception in the "
        "east of the county, Dr Lindqvist said that additional clinics had been opened in "
        "Folkesby and that GP practices would again be funded to offer fittings; and",
        "(c) on how the views of young people had shaped the new specification, Dr "
        "Lindqvist said that the online survey had received 1,140 responses and that a "
        "text-based booking system had been added as a direct result.",
        "3. RESOLVED that the Cabinet Committee endorse the proposed decision to award the "
        "integrated sexual health service contract to the existing NHS provider.",
    ]),
    ("45", "Adult Social Care Performance Dashboard", 9, [
        "1. Ms Ogunleye introduced the performance dashboard for the quarter to March 2025, "
        "noting that eleven of the eighteen key performance indicators were rated green.",
        "2. In response to comments and questions from Members, it was said that:",
        "(a) on a Member's concern about the number of people waiting for a Care Act "
        "assessment, Ms Ogunleye said that the waiting list had fallen to 1,310 from a peak "
        "of 2,050 in the autumn;",
        "(b) on staff vacancies in the occupational therapy teams, Mr Kowalczyk said that "
        "an overseas recruitment campaign had filled nine posts since January; and",
        "(c) regarding the request that safeguarding enquiries be broken down by district in "
        "future reports, officers agreed to include this in the next dashboard.",
        "3. RESOLVED that the performance dashboard for the quarter to March 2025 be noted.",
    ]),
    ("46", "Work Programme 2025/26", 10, [
        "RESOLVED that the work programme for 2025/26 be noted, subject to the addition of the "
        "community equipment options report.",
    ]),
]


SUFFIXES = ("tion", "sion", "ments", "ment", "ance", "ence", "ities", "ity",
            "ating", "ising", "ised", "ible", "able", "ship", "ively")


def _soft_hyphenate(text):
    """Insert soft hyphens before common suffixes so fpdf2 can hyphenate at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 9 or not w.islower():
            return w
        for suf in SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                cut = len(w) - len(suf)
                return w[:cut] + "\u00ad" + w[cut:]
        return w
    return re.sub(r"[A-Za-z]+", fix, text)


def pdf_source_text():
    parts = [COUNCIL, TITLE, INTRO, PRESENT, ALSO, INATT, "UNRESTRICTED ITEMS"]
    for num, title, ag, paras in ITEMS:
        parts.append(f"{num}. {title} (Item {ag})")
        parts.extend(paras)
    return "\n".join(parts)


def build_pdf(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "ADULT SOCIAL CARE AND PUBLIC HEALTH CABINET COMMITTEE", align="L")
            self.cell(0, 4, "14 May 2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 4, f"{self.page_no()}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Wealdmarsh County Council", align="L")
            self.cell(0, 4, "Chairman's initials ..........", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Adult Social Care and Public Health Cabinet Committee - 14 May 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Wealdmarsh Committee Management")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, _soft_hyphenate(INTRO), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for block in (PRESENT, ALSO, INATT):
        label, rest = block.split(": ", 1)
        pdf.multi_cell(0, 5, f"**{label}:** {rest}", align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "UNRESTRICTED ITEMS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for num, title, ag, paras in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(12, 5, f"{num}.")
        pdf.multi_cell(0, 5, f"{title} (Item {ag})", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 10)
        for p in paras:
            indent = 22 if p.startswith("(") else 12
            pdf.set_x(22 + indent)
            if p.startswith("RESOLVED") or re.match(r"\d\. RESOLVED", p):
                m = re.match(r"(\d\. )?RESOLVED", p)
                pre = m.group(1) or ""
                txt = f"{pre}**RESOLVED**{p[m.end():]}"
                pdf.multi_cell(0, 5, _soft_hyphenate(txt), align="J", markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, _soft_hyphenate(p), align="J", new_x="LMARGIN",
                               new_y="NEXT")
            pdf.ln(2)
        pdf.ln(3)
    pdf.output(path)


# ---------------------------------------------------------------- document 2 (DOCX)
ROD = [
    ("DECISION TAKEN BY:", "Dan Rutherford, Cabinet Member for Adult Social Care and Public Health"),
    ("DECISION NO:", "25/00031"),
    ("For publication", "Yes"),
    ("Key decision:", "YES – expenditure of more than £1m and affects more than two Electoral Divisions"),
    ("Subject Matter:", "Community Support Services for Adults – Recommissioning of Home Care and "
                        "Supported Living"),
]
ROD_SECTIONS = [
    ("Decision:", [
        "As Cabinet Member for Adult Social Care and Public Health, I agree to:",
        "a) APPROVE the recommissioning of community support services for adults (home care and "
        "supported living) through a lotted framework agreement commencing on 1 April 2026 for an "
        "initial term of four years, with an option to extend for up to a further two years;",
        "b) APPROVE the inclusion of a dedicated rural lot with an enhanced travel time payment;",
        "c) DELEGATE authority to the Corporate Director Adult Social Care and Health, in "
        "consultation with the Cabinet Member for Adult Social Care and Public Health, to award "
        "the framework and call-off contracts following the procurement process; and",
        "d) DELEGATE authority to the Corporate Director Adult Social Care and Health to take "
        "other relevant actions, including but not limited to finalising the terms of and "
        "entering into required contracts or other legal agreements, as necessary to implement "
        "the decision.",
    ]),
    ("Reason(s) for decision:", [
        "The current home care and supported living arrangements expire on 31 March 2026 and "
        "cannot lawfully be extended again. Demand for support at home continues to grow and the "
        "Council spends approximately £148m a year on these services. A lotted framework will "
        "allow the Council to manage the market more actively, improve coverage in rural areas "
        "that have been poorly served, and set clearer expectations of providers on workforce "
        "pay, training and continuity of care.",
        "Financial Implications: the modelled hourly rates are affordable within the Medium Term "
        "Financial Plan, assuming demand growth of 3.5% a year. The enhanced rural payment is "
        "estimated to cost £1.9m a year and is funded from the Market Sustainability and "
        "Improvement Fund.",
        "Legal Implications: the procurement will be carried out under the Procurement Act 2023 "
        "using the light-touch regime for social and other specific services.",
        "Equalities Implications: an Equality Impact Assessment has been completed and will be "
        "kept under review throughout the procurement.",
    ]),
    ("Cabinet Committee recommendations and other consultation:", [
        "The proposed decision was considered by the Adult Social Care and Public Health Cabinet "
        "Committee on 14 May 2025, where the Committee resolved to endorse the proposed decision. "
        "One Member asked that his abstention be recorded. Members raised the position of rural "
        "areas, the living wage, private equity ownership of providers and the involvement of "
        "people who draw on care in evaluating tenders; these points have been addressed in the "
        "procurement documentation.",
        "Market engagement events were held with providers in February 2025, and a survey of "
        "people who use home care and their carers received 612 responses.",
    ]),
    ("Any alternatives considered and rejected:", [
        "Do nothing – not viable, as the current arrangements expire and cannot be extended.",
        "A further extension of existing contracts – rejected because it would breach "
        "procurement rules and would not address gaps in rural coverage.",
        "Establishing an in-house home care service – appraised in the options paper but "
        "rejected at this time because of the initial investment and the time needed to "
        "recruit a workforce at scale.",
    ]),
    ("Any interest declared when the decision was taken and any dispensation granted by the "
     "Proper Officer:", [
        "None.",
    ]),
]


def docx_source_text():
    parts = ["WEALDMARSH COUNTY COUNCIL", "RECORD OF DECISION"]
    for a, b in ROD:
        parts += [a, b]
    for h, ps in ROD_SECTIONS:
        parts.append(h)
        parts += ps
    return "\n".join(parts)


def build_docx(path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Record of Decision 25/00031"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    p = d.add_paragraph()
    r = p.add_run("WEALDMARSH COUNTY COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("RECORD OF DECISION")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in ROD:
        c = t.add_row().cells
        c[0].paragraphs[0].add_run(a).bold = True
        c[1].paragraphs[0].add_run(b)
    d.add_paragraph()
    for h, ps in ROD_SECTIONS:
        hp = d.add_paragraph()
        hp.add_run(h).bold = True
        for s in ps:
            d.add_paragraph(s)
    d.add_paragraph()
    sig = d.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    sig.rows[0].cells[0].paragraphs[0].add_run("signed")
    sig.rows[0].cells[1].paragraphs[0].add_run("date")
    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- gold
def q(item, kind, text, answer, given_by, themes, asked_by=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def gold_pdf():
    items = [{"number": n, "title": t} for n, t, _, _ in ITEMS]
    questions = [
        q("41", "question", "a question about the delayed publication of the outturn figures",
          "the final position would be reported to the Committee in July", "Mr Kowalczyk",
          ["finance"]),
        q("42", "concern", "rural parts of the county, particularly the Marsh villages, would struggle to attract bidders",
          "a dedicated rural lot with an enhanced travel time payment", "Mr Whitcombe",
          ["subcontracting", "adult-social-care"]),
        q("42", "question", "whether the new hourly rate would allow providers to pay the real living wage",
          "the modelled rate assumed a minimum of the national living wage", "Mr Kowalczyk",
          ["workforce", "finance", "adult-social-care"]),
        q("42", "question", "how many of the current providers were owned by private equity firms",
          "four of the eleven largest providers had private equity ownership", "officers",
          ["privatisation", "adult-social-care"]),
        q("42", "request", "the request that people who use home care be involved in evaluating the tenders",
          "two experts by experience from the Wealdmarsh Carers Network", "Mr Whitcombe",
          ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("42", "comment", "an in-house home care service should be considered as an alternative",
          "would require an initial investment the Council could not afford", "Mr Rutherford",
          ["privatisation", "finance", "adult-social-care"]),
        q("42", "question", "in relation to continuity of care during transition",
          "packages would only move between providers where the person and their family agreed",
          "Ms Ogunleye", ["adult-social-care"]),
        q("43", "concern", "concerns about delays in the collection of unused equipment from homes",
          "the provider had been issued with a performance improvement notice", "Mr Whitcombe",
          ["subcontracting", "adult-social-care"]),
        q("43", "question", "on whether the extension represented value for money",
          "the price uplift was capped at inflation under the existing contract terms",
          "Mr Kowalczyk", ["finance", "subcontracting"]),
        q("43", "question", "regarding the split of costs between the Council and the Integrated Care Board",
          "the pooled budget was shared on a 58 to 42 basis", "officers",
          ["finance", "integration"]),
        q("43", "request", "a request for a report on the longer-term options for the service",
          "the Chairman agreed that this would be added to the work programme", "the Chairman",
          ["governance"]),
        q("44", "question", "why the service was not being put out to competitive tender",
          "the Provider Selection Regime allowed a direct award where the incumbent was performing well",
          "Dr Lindqvist", ["subcontracting", "privatisation", "public-health"]),
        q("44", "concern", "long waits for long-acting reversible contraception in the east of the county",
          "additional clinics had been opened in Folkesby", "Dr Lindqvist",
          ["public-health", "primary-care"]),
        q("44", "question", "how the views of young people had shaped the new specification",
          "the online survey had received 1,140 responses", "Dr Lindqvist",
          ["patient-and-public-input", "public-health", "children-and-families"]),
        q("45", "concern", "the number of people waiting for a Care Act assessment",
          "the waiting list had fallen to 1,310 from a peak of 2,050", "Ms Ogunleye",
          ["adult-social-care"]),
        q("45", "comment", "on staff vacancies in the occupational therapy teams",
          "an overseas recruitment campaign had filled nine posts since January", "Mr Kowalczyk",
          ["workforce", "adult-social-care"]),
        q("45", "request", "the request that safeguarding enquiries be broken down by district",
          "officers agreed to include this in the next dashboard", "officers",
          ["adult-social-care"]),
    ]
    resolutions = [
        res("40", "the minutes of the meeting held on 12 March 2025 are correctly recorded",
            "agreed", []),
        res("41", "RESOLVED that the verbal updates be noted", "noted", []),
        res("42", "endorse the proposed decision to recommission community support services for adults",
            "agreed", ["subcontracting", "adult-social-care"]),
        res("43", "endorse the proposed decision to extend the integrated community equipment service contract",
            "agreed", ["subcontracting", "adult-social-care"]),
        res("44", "endorse the proposed decision to award the integrated sexual health service contract",
            "agreed", ["subcontracting", "public-health"]),
        res("45", "the performance dashboard for the quarter to March 2025 be noted", "noted",
            ["adult-social-care"]),
        res("46", "the work programme for 2025/26 be noted, subject to the addition",
            "noted", []),
    ]
    att = [
        ("Mr G R Fenwick", "Chairman", "present"),
        ("Mrs S A Okafor", "Vice-Chairman", "present"),
        ("Mr T Ashdown", None, "present"),
        ("Mrs P M Bellingham", None, "present"),
        ("Ms H Crouch", None, "present"),
        ("Mr R J Danvers", None, "present"),
        ("Mr K Ekwueme", None, "present"),
        ("Mr J Pemberton", "Substitute for Mrs L Harcourt", "present"),
        ("Mrs V Quaife", None, "present"),
        ("Mr A N Tillotson", None, "present"),
        ("Mr D M Rutherford", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        ("Mrs C Abbey-Stone", "Deputy Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        ("Mr M Kowalczyk", "Corporate Director Adult Social Care and Health", "in_attendance"),
        ("Dr A Lindqvist", "Director of Public Health", "in_attendance"),
        ("Ms R Ogunleye", "Director of Adult Social Care Operations and Partnerships", "in_attendance"),
        ("Mr S Whitcombe", "Assistant Director Commissioning, Strategic Commissioning and Market Shaping",
         "in_attendance"),
        ("Miss J Treadgold", "Democratic Services Officer", "in_attendance"),
        ("Mrs L Harcourt", None, "apologies"),
        ("Mr D Ferris", None, "apologies"),
    ]
    return {
        "document": PDF_NAME,
        "doc_type": "minutes",
        "committee": "Adult Social Care and Public Health Cabinet Committee",
        "meeting_date": "2025-05-14",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in att],
    }


def gold_docx():
    return {
        "document": DOCX_NAME,
        "doc_type": "report",
        "themes": ["subcontracting", "adult-social-care", "finance", "workforce",
                   "patient-and-public-input"],
    }


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace("\u00ad", "").lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def dehyphenate(text):
    return re.sub(r"(\w)-\n(\w)", r"\1\2", text)


def phrases(g):
    for x in g.get("questions", []):
        yield "question", x["text"]
        if x["answer"]:
            yield "answer", x["answer"]
    for x in g.get("resolutions", []):
        yield "resolution", x["text"]


def check_one(gold, texts):
    bad = 0
    for kind, ph in phrases(gold):
        nw = len(ph.split())
        if not 6 <= nw <= 15:
            print(f"  {gold['document']}: {kind} phrase has {nw} words: {ph!r}")
            bad += 1
        for label, t in texts.items():
            n = (" " + norm(t) + " ").count(" " + norm(ph) + " ")
            if n != 1:
                print(f"  {gold['document']} [{label}]: {kind} phrase found {n} times: {ph!r}")
                bad += 1
    return bad


def check():
    import pdfplumber
    bad = 0
    g1 = json.load(open(os.path.join(GOLD, PDF_NAME[:-4] + ".json")))
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        # drop the running header (first line) and footer (last two lines) of each page
        ext = "\n".join("\n".join((p.extract_text() or "").split("\n")[1:-2]) for p in pdf.pages)
    bad += check_one(g1, {"source": pdf_source_text(), "pdf-extract(dehyphenated)": dehyphenate(ext)})
    g2 = json.load(open(os.path.join(GOLD, DOCX_NAME[:-5] + ".json")))
    bad += check_one(g2, {"source": docx_source_text()})
    assert set(g2) == {"document", "doc_type", "themes"}
    # items count sanity
    print(f"{PDF_NAME}: items={len(g1['items'])} questions={len(g1['questions'])} "
          f"resolutions={len(g1['resolutions'])} attendees={len(g1['attendees'])}")
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
    return bad == 0


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for name, g in ((PDF_NAME[:-4] + ".json", gold_pdf()), (DOCX_NAME[:-5] + ".json", gold_docx())):
        with open(os.path.join(GOLD, name), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
