#!/usr/bin/env python3
"""Build the "ci-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ci.py           build documents/ci-* and gold/ci-*.json
        build_ci.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SHY = "\u00ad"

# ---------------------------------------------------------------- document 1
PDF_NAME = "ci-wexcombe-hosc-2025-10-14.pdf"
COUNCIL = "Wexcombe County Council"
COMMITTEE = "Health Overview and Scrutiny Committee"

COUNCILLORS = [
    ("Cllr Margaret Ellery-Vance", "Chair"),
    ("Cllr Tobias Renshaw", "Vice-Chair"),
    ("Cllr Anjali Deshmukh", None),
    ("Cllr Peter Golightly", None),
    ("Cllr Sian Harcourt", None),
    ("Cllr Declan Moorhouse", None),
    ("Cllr Rosalind Okafor", None),
    ("Cllr Graham Pettifer", "substitute for Cllr Wendy Ashdown"),
    ("Mrs Hilary Quennell", "Co-opted Member, Healthwatch Wexcombe"),
]
OFFICERS = [
    ("Dr Colin Farraday", "Chief Executive, Northbridge Hospitals NHS Foundation Trust"),
    ("Ms Yvonne Kettleborough", "Director of Primary Care and Community Services, Wexcombe and Stourvale Integrated Care Board"),
    ("Mr Rajiv Bhattacharya", "Executive Director of Adults, Health and Integrated Commissioning"),
    ("Ms Lorna Fitzwilliam", "Assistant Director, Commissioning and Market Shaping (Adult Social Care)"),
    ("Dr Helen Stroud", "Medical Director, Stourvale Partnership NHS Trust"),
    ("Mr Owen Pritchard", "Senior Democratic Services and Scrutiny Officer"),
]
APOLOGIES = ["Cllr Wendy Ashdown", "Cllr Barnaby Lisle"]

ITEMS = []  # (number, title, [paragraphs]) ; paragraph = str or ("res", intro, [clauses])

ITEMS.append(("HOSC/25/31", "Apologies for Absence and Substitutions", [
    "Apologies for absence were received from Cllr Wendy Ashdown and Cllr Barnaby Lisle. "
    "Cllr Graham Pettifer attended as substitute for Cllr Ashdown.",
]))
ITEMS.append(("HOSC/25/32", "Declarations of Interest", [
    "Cllr Rosalind Okafor declared a personal interest in item HOSC/25/34 as her daughter is "
    "employed as a staff nurse in the emergency department at Wexcombe General Hospital. "
    "Cllr Sian Harcourt declared a personal interest in item HOSC/25/36 as a director of a "
    "community interest company providing day opportunities in Stourvale. Neither Member "
    "considered the interest to be prejudicial and both remained in the meeting.",
]))
ITEMS.append(("HOSC/25/33", "Minutes of the Previous Meeting", [
    ("res", "RESOLVED that the Committee:", [
        "confirms the minutes of the meeting held on 8 July 2025 as a correct record, "
        "and authorises the Chair to sign them.",
    ]),
]))
ITEMS.append(("HOSC/25/34", "Northbridge Hospitals NHS Foundation Trust – Urgent and Emergency Care Performance and Winter Plan", [
    "Dr Colin Farraday, Chief Executive of the Trust, introduced the report, which set out "
    "performance against the four-hour standard, ambulance handover times and the Trust's "
    "winter plan for 2025/26. He reported that the proportion of patients seen within four "
    "hours had improved to 71 per cent in August, against a national ambition of 78 per "
    "cent by March 2026, and that a new same-day emergency care unit had opened in June.",
    "Members questioned whether the improvement in August reflected a lasting change or "
    "simply lower summer demand; the Chief Executive of the Trust assured the Committee that "
    "the same-day emergency care unit was now diverting around forty patients a day away from "
    "the main department and that the gain had held through the first three weeks of September. "
    "Cllr Tobias Renshaw asked how many ambulance handovers had exceeded sixty minutes since "
    "April. Dr Farraday replied that there had been 312 such handovers, down from 655 in the "
    "same period last year, and undertook to circulate a monthly breakdown to Members.",
    "Cllr Declan Moorhouse pressed for the Trust to stop caring for patients on trolleys in "
    "corridors, which he described as undignified and unsafe; in reply Dr Farraday accepted "
    "that corridor care remained in use on the busiest days and said that a fifteen-bed "
    "escalation ward would open in December to reduce it. Concern was also expressed about the "
    "reliance on agency nurses to staff winter escalation beds, and Members asked what the "
    "Trust was spending on temporary staff. The Chief Executive explained that agency "
    "expenditure had fallen to £1.9 million in the first quarter after a recruitment drive "
    "that had filled 84 overseas nursing posts, although bank staff would still be needed.",
    "Mrs Hilary Quennell sought clarification on how patients' experience of waiting in the "
    "emergency department was being captured, noting that Healthwatch Wexcombe had received "
    "a rising number of complaints about communication with relatives. Dr Farraday said that "
    "a real-time patient feedback system had been introduced in the department in July and "
    "that he would share the first quarterly results with Healthwatch.",
    ("res", "RESOLVED that the Committee:", [
        "notes the Trust's urgent and emergency care performance and its winter plan for 2025/26;",
        "requests a further report to its March 2026 meeting on corridor care and ambulance "
        "handover delays, including monthly data; and",
        "asks the Trust to share the results of its patient feedback system with Healthwatch Wexcombe.",
    ]),
]))
ITEMS.append(("HOSC/25/35", "Access to General Practice and Community Pharmacy", [
    "Ms Yvonne Kettleborough, Director of Primary Care and Community Services at the "
    "Integrated Care Board, presented an update on access to general practice, the "
    "Pharmacy First scheme and the closure of three community pharmacies in the south of the "
    "county during 2025.",
    "Cllr Anjali Deshmukh queried why patients in Stourvale still reported being unable to "
    "get through to their surgery at eight in the morning; Ms Kettleborough responded that "
    "eleven of the fourteen practices in the locality had now moved to cloud-based telephony "
    "with call-back, and that the remaining three would do so by January. Cllr Peter "
    "Golightly raised concerns that the closure of the pharmacy in Ashby Cross left older "
    "residents without a pharmacy within walking distance; in reply the Director said that the "
    "ICB had no power to require a contractor to keep a pharmacy open but was working with a "
    "neighbouring pharmacy to provide a delivery service.",
    "Cllr Sian Harcourt asked whether the ICB would consider commissioning a local enhanced "
    "service from private providers to fill gaps in rural pharmacy cover. No answer was "
    "recorded on this point, and the Chair asked that it be picked up in the written response.",
    ("res", "RESOLVED that the Committee:", [
        "notes the update on access to general practice and community pharmacy; and",
        "recommends to the Integrated Care Board that a pharmaceutical needs assessment "
        "supplementary statement be published for the Ashby Cross area before the end of 2025.",
    ]),
]))
ITEMS.append(("HOSC/25/36", "Recommissioning of Home Care Services", [
    "Mr Rajiv Bhattacharya, Executive Director of Adults, Health and Integrated "
    "Commissioning, and Ms Lorna Fitzwilliam introduced the report on the proposed "
    "recommissioning of home care through a new framework of eight geographical lots from "
    "April 2026, replacing the current spot purchasing arrangements with around 60 providers.",
    "Members questioned the reduction in the number of providers and the risk that smaller "
    "local agencies would be squeezed out by national companies; the Assistant Director "
    "assured the Committee that each lot would allow up to four providers and that the "
    "tender had been designed with a social value weighting of 15 per cent. Cllr Rosalind "
    "Okafor asked whether the new framework would guarantee that care workers were paid "
    "for travel time between visits. Ms Fitzwilliam confirmed that the specification "
    "required payment for travel time and at least the Real Living Wage, and that compliance "
    "would be checked through open-book contract monitoring.",
    "Cllr Graham Pettifer pressed for the service to be kept in-house in the rural lots where "
    "the market had repeatedly failed; in reply Mr Bhattacharya said that a small in-house "
    "bridging team would be retained as provider of last resort but that full insourcing was "
    "not affordable within the current budget. Mrs Quennell requested that people who "
    "receive home care and their carers be involved in evaluating the tender bids.",
    ("res", "RESOLVED that the Committee:", [
        "supports the proposed home care framework subject to the comments made at the meeting;",
        "recommends to the Cabinet that people who use home care services and their carers "
        "sit on the tender evaluation panel; and",
        "asks for a report on the first six months of the new contracts in autumn 2026.",
    ]),
]))
ITEMS.append(("HOSC/25/37", "Proposed Reconfiguration of Adult Mental Health Inpatient Beds – Consultation", [
    "Dr Helen Stroud, Medical Director of Stourvale Partnership NHS Trust, outlined proposals "
    "to consolidate adult acute mental health inpatient beds from Kingsmere Lodge onto the "
    "Wexcombe General site, and the plan for a twelve-week public consultation.",
    "Cllr Tobias Renshaw sought assurance that families travelling from the north of the county "
    "would be supported with transport costs. Dr Stroud explained that a travel support fund "
    "would be available to carers and that video visiting would be offered on every ward. "
    "Cllr Moorhouse asked whether the Committee regarded the proposal as a substantial "
    "variation in service. The Senior Democratic Services and Scrutiny Officer advised that "
    "the Committee would need to reach a formal view on that question at its December meeting.",
    ("res", "RESOLVED that the Committee:", [
        "comments on the draft consultation materials as set out in the discussion; and",
        "defers a decision on whether the proposal is a substantial variation until its meeting in December 2025.",
    ]),
]))
ITEMS.append(("HOSC/25/38", "Work Programme 2025/26", [
    "The Committee considered its work programme for the remainder of the municipal year. "
    "Cllr Deshmukh asked that an item on dental access for children in care be added for "
    "the spring.",
    ("res", "RESOLVED that the Committee:", [
        "agrees its work programme, with the addition of an item on dental access for children in care.",
    ]),
]))
NEXT_MEETING = ("Next meeting",
    "The next meeting of the Committee will be held on Tuesday 9 December 2025 at 10.00 am "
    "in the Council Chamber, County Hall, Wexcombe.")

ROMAN = ["(i)", "(ii)", "(iii)", "(iv)"]
HYPH = {w.replace("-", ""): w for w in [
    "per-formance", "depart-ment", "escal-ation", "recom-missioning", "consul-tation",
    "expend-iture", "communi-cation", "arrange-ments", "Commis-sioning", "reconfig-uration",
    "consol-idate", "specifi-cation", "compli-ance", "con-tractor", "neigh-bouring",
    "tele-phony", "supple-mentary", "muni-cipal", "intro-duced"]}


def soft(text):
    """Insert soft hyphens into some long words so the PDF breaks them at line ends."""
    def rep(m):
        w = m.group(0)
        return HYPH[w].replace("-", SHY) if w in HYPH else w
    return re.sub(r"[A-Za-z]+", rep, text)


def pdf_source_text():
    parts = [COUNCIL, COMMITTEE]
    for n, r in COUNCILLORS:
        parts.append(n + (f" ({r})" if r else ""))
    for n, r in OFFICERS:
        parts += [n, r]
    for num, title, paras in ITEMS:
        parts.append(f"{num} {title}")
        for p in paras:
            if isinstance(p, tuple):
                parts.append(p[1])
                parts += [f"{ROMAN[i]} {c}" for i, c in enumerate(p[2])]
            else:
                parts.append(p)
    parts += list(NEXT_MEETING)
    return "\n".join(parts)


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, COUNCIL, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, COMMITTEE, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            if self.page_no() > 1:
                self.cell(0, 4, "Chairman's initials ..........", align="L")
                self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee")
    pdf.set_author(COUNCIL)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DV", "I", FONTI)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)

    # cover page
    pdf.add_page()
    pdf.set_font("DV", "B", 18)
    pdf.ln(10)
    pdf.cell(0, 10, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 9, COMMITTEE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 11)
    pdf.multi_cell(0, 6, "MINUTES of a meeting of the Health Overview and Scrutiny Committee held "
                   "at County Hall, Wexcombe on Tuesday 14 October 2025 at 10.00 am",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    top = pdf.get_y()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2 - 6
    xl = pdf.l_margin
    xr = pdf.l_margin + colw + 12
    pdf.set_xy(xl, top)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(colw, 6, "Councillors present", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 10)
    for n, r in COUNCILLORS:
        pdf.set_x(xl)
        pdf.multi_cell(colw, 5.5, n + (f" ({r})" if r else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_x(xl)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(colw, 6, "Apologies", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    for n in APOLOGIES:
        pdf.set_x(xl)
        pdf.cell(colw, 5.5, n, new_x="LMARGIN", new_y="NEXT")
    left_bottom = pdf.get_y()
    pdf.set_xy(xr, top)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(colw, 6, "Officers and partners present", new_x="LEFT", new_y="NEXT")
    pdf.ln(2)
    for n, r in OFFICERS:
        pdf.set_x(xr)
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(colw, 5.5, n, new_x="LEFT", new_y="NEXT")
        pdf.set_x(xr)
        pdf.set_font("DV", "I", 9)
        pdf.multi_cell(colw, 4.8, r, new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
    bottom = max(left_bottom, pdf.get_y())
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    xm = pdf.l_margin + colw + 6
    pdf.line(xm, top, xm, bottom)

    # minutes proper
    pdf.add_page()
    body_w = pdf.w - pdf.l_margin - pdf.r_margin
    for num, title, paras in ITEMS:
        pdf.ln(2)
        pdf.set_font("DV", "B", 11)
        pdf.multi_cell(body_w, 6, f"{num}   {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for p in paras:
            if isinstance(p, tuple):
                pdf.set_font("DV", "B", 10)
                pdf.cell(body_w, 5.5, p[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("DV", "", 10)
                for i, c in enumerate(p[2]):
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.cell(10, 5.2, ROMAN[i])
                    pdf.multi_cell(body_w - 14, 5.2, soft(c), align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(2)
            else:
                pdf.set_font("DV", "", 10)
                pdf.multi_cell(body_w, 5.2, soft(p), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
    pdf.ln(3)
    pdf.set_font("DV", "B", 11)
    pdf.cell(body_w, 6, NEXT_MEETING[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(body_w, 5.2, NEXT_MEETING[1], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(body_w, 5, "The meeting closed at 12.52 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(body_w, 5, "Chair ....................................   Date ....................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, PDF_NAME))


A = "Ms Yvonne Kettleborough"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("HOSC/25/34", "question",
          "questioned whether the improvement in August reflected a lasting change",
          None, "the same-day emergency care unit was now diverting around forty patients",
          "Chief Executive of the Trust", []),
        q("HOSC/25/34", "question",
          "asked how many ambulance handovers had exceeded sixty minutes since April",
          "Cllr Tobias Renshaw", "there had been 312 such handovers, down from 655",
          "Dr Farraday", []),
        q("HOSC/25/34", "request",
          "pressed for the Trust to stop caring for patients on trolleys in corridors",
          "Cllr Declan Moorhouse", "a fifteen-bed escalation ward would open in December to reduce it",
          "Dr Farraday", []),
        q("HOSC/25/34", "concern",
          "reliance on agency nurses to staff winter escalation beds",
          None, "agency expenditure had fallen to £1.9 million in the first quarter",
          "The Chief Executive", ["workforce", "finance"]),
        q("HOSC/25/34", "question",
          "sought clarification on how patients' experience of waiting in the emergency department",
          "Mrs Hilary Quennell", "a real-time patient feedback system had been introduced in the department",
          "Dr Farraday", ["patient-and-public-input"]),
        q("HOSC/25/35", "question",
          "queried why patients in Stourvale still reported being unable to get through",
          "Cllr Anjali Deshmukh", "eleven of the fourteen practices in the locality had now moved",
          "Ms Kettleborough", ["primary-care"]),
        q("HOSC/25/35", "concern",
          "closure of the pharmacy in Ashby Cross left older residents without a pharmacy",
          "Cllr Peter Golightly", "ICB had no power to require a contractor to keep a pharmacy open",
          "the Director", ["primary-care", "adult-social-care"]),
        q("HOSC/25/35", "question",
          "commissioning a local enhanced service from private providers to fill gaps",
          "Cllr Sian Harcourt", None, None,
          ["primary-care", "subcontracting", "privatisation"]),
        q("HOSC/25/36", "concern",
          "risk that smaller local agencies would be squeezed out by national companies",
          None, "each lot would allow up to four providers and that the tender",
          "the Assistant Director", ["adult-social-care", "subcontracting", "privatisation"]),
        q("HOSC/25/36", "question",
          "new framework would guarantee that care workers were paid for travel time",
          "Cllr Rosalind Okafor", "the specification required payment for travel time and at least the Real Living Wage",
          "Ms Fitzwilliam", ["adult-social-care", "workforce", "subcontracting"]),
        q("HOSC/25/36", "request",
          "pressed for the service to be kept in-house in the rural lots",
          "Cllr Graham Pettifer", "full insourcing was not affordable within the current budget",
          "Mr Bhattacharya", ["adult-social-care", "privatisation", "finance"]),
        q("HOSC/25/36", "request",
          "requested that people who receive home care and their carers be involved",
          "Mrs Quennell", None, None,
          ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        q("HOSC/25/37", "question",
          "sought assurance that families travelling from the north of the county",
          "Cllr Tobias Renshaw", "a travel support fund would be available to carers",
          "Dr Stroud", ["mental-health", "finance"]),
        q("HOSC/25/37", "question",
          "asked whether the Committee regarded the proposal as a substantial variation",
          "Cllr Moorhouse", "the Committee would need to reach a formal view on that question",
          "The Senior Democratic Services and Scrutiny Officer", ["mental-health", "governance"]),
        q("HOSC/25/38", "request",
          "asked that an item on dental access for children in care be added",
          "Cllr Deshmukh", None, None, ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        r("HOSC/25/33", "confirms the minutes of the meeting held on 8 July 2025", "agreed", []),
        r("HOSC/25/34", "notes the Trust's urgent and emergency care performance and its winter plan",
          "noted", []),
        r("HOSC/25/35", "recommends to the Integrated Care Board that a pharmaceutical needs assessment",
          "recommended", ["primary-care"]),
        r("HOSC/25/36", "recommends to the Cabinet that people who use home care services",
          "recommended", ["adult-social-care", "subcontracting", "patient-and-public-input"]),
        r("HOSC/25/37", "defers a decision on whether the proposal is a substantial variation",
          "deferred", ["mental-health", "patient-and-public-input", "governance"]),
        r("HOSC/25/38", "agrees its work programme, with the addition of an item", "agreed",
          ["governance"]),
    ],
    "attendees": (
        [{"name": n, "role": rl, "attendance": "present"} for n, rl in COUNCILLORS]
        + [{"name": n, "role": None, "attendance": "apologies"} for n in APOLOGIES]
        + [{"name": n, "role": rl, "attendance": "in_attendance"} for n, rl in OFFICERS]
    ),
}

# ---------------------------------------------------------------- document 2
DOCX_NAME = "ci-harrowfield-eia-asc-charging-policy.docx"
DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "report",
    "themes": ["adult-social-care", "finance", "patient-and-public-input"],
}


def build_docx():
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Harrowfield Council – Adult Social Care Policy Team"
    cp.title = "Equality Impact Assessment – Adult Social Care Charging Policy 2026"
    fixed = datetime.datetime(2025, 9, 2, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Policy Team"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def table(rows, header=True, widths=None):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(val)
                run.font.size = Pt(10)
                if (header and i == 0) or (not header and j == 0):
                    run.bold = True
                    shade(c, "D9E2F3")
        d.add_paragraph()
        return t

    p = d.add_paragraph()
    run = p.add_run("Harrowfield Council")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    d.add_heading("Equality Impact Assessment (EIA)", level=0)
    d.add_paragraph("Proposed changes to the Adult Social Care Non-Residential Charging Policy "
                    "from April 2026")

    d.add_heading("Part A – Screening", level=1)
    table([
        ["Name of policy, service or decision", "Adult Social Care Non-Residential Charging Policy – proposed revisions"],
        ["Directorate", "Adults, Wellbeing and Housing"],
        ["Lead officer", "Nadia Crossthwaite, Head of Financial Assessments and Charging"],
        ["EIA author", "Tom Vellacott, Policy and Equalities Adviser"],
        ["Date of assessment", "2 September 2025 (version 3, post-consultation)"],
        ["Is this a new or changed policy?", "Changed policy"],
        ["Decision maker", "Cabinet, 23 October 2025"],
        ["Does the proposal affect people with protected characteristics?", "Yes – full assessment required"],
    ], header=False)
    d.add_paragraph(
        "The Council charges people who receive care and support at home, in supported living or "
        "through day services, following a financial assessment under the Care Act 2014 and the "
        "Care and Support Statutory Guidance. Three changes are proposed: (1) to include the "
        "enhanced rate of the daily living component of Personal Independence Payment and "
        "Attendance Allowance in assessable income, while continuing to allow for night-time care "
        "costs; (2) to replace the standard £15 a week Disability Related Expenditure allowance with "
        "an individual assessment of actual costs; and (3) to introduce an annual arrangement fee "
        "of £290 for people with savings above the upper capital limit who ask the Council to "
        "arrange their care. The changes are expected to raise around £1.4 million a year towards "
        "a forecast budget gap of £11.2 million in adult social care in 2026/27.")

    d.add_heading("Part B – Assessment of impact", level=1)
    d.add_paragraph("Around 3,150 people currently receive a chargeable non-residential service. "
                    "Modelling of the financial assessment records suggests that about 1,020 "
                    "people would pay more, with a median increase of £11.40 a week.")
    table([
        ["Protected characteristic", "Impact", "Mitigation"],
        ["Age", "Negative. 68% of people affected are aged 65 or over; older people receiving "
         "Attendance Allowance at the higher rate are most likely to see an increase.",
         "Phased introduction over two years; benefits check offered to every person affected."],
        ["Disability", "Negative. All people affected are disabled within the meaning of the "
         "Equality Act 2010; people with learning disabilities in supported living are "
         "disproportionately affected by the DRE change.",
         "Individual DRE assessments carried out at home with an advocate where wanted; "
         "minimum income guarantee protected at national rates."],
        ["Gender reassignment", "No differential impact identified.", "None required; monitor."],
        ["Marriage and civil partnership", "Neutral. Couples are assessed individually.",
         "Guidance for couples on the option of a joint benefit assessment."],
        ["Pregnancy and maternity", "No differential impact identified.", "None required."],
        ["Race", "Possible negative impact on people who do not have English as a first language "
         "in understanding the new assessment.", "Letters and factsheets translated into the five "
         "most common community languages; interpreters at assessment visits."],
        ["Religion or belief", "No differential impact identified.", "None required."],
        ["Sex", "Negative. 61% of people affected are women, reflecting longer life expectancy.",
         "Covered by the mitigations for age and disability."],
        ["Sexual orientation", "No differential impact identified.", "None required; monitor."],
        ["Carers (local characteristic)", "Negative. Unpaid carers may meet the extra cost "
         "from household income.", "Carers' assessments promoted; carers' services remain free of charge."],
    ])

    d.add_heading("Part C – Consultation summary", level=1)
    d.add_paragraph(
        "A public consultation ran for twelve weeks from 2 June to 25 August 2025. Every person "
        "receiving a chargeable service was written to, an easy read version was produced, and six "
        "drop-in sessions were held in libraries and day centres. 742 responses were received "
        "(including 214 from carers and 38 from organisations).")
    for b in [
        "63% of respondents disagreed with including the enhanced rate of disability benefits in assessable income.",
        "A majority supported individual assessment of Disability Related Expenditure but feared a "
        "longer, more intrusive process.",
        "Respondents asked for a longer notice period and a named contact for queries.",
        "Harrowfield Carers' Centre and Healthwatch Harrowfield both questioned whether the change "
        "would lead people to cancel care they need.",
    ]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph(
        "In response, the proposal was amended to phase the change over two years, to add a "
        "twelve-week notice period and to commit to monitoring cancellations of care packages "
        "for twelve months after implementation.")

    d.add_heading("Part D – Decision and next steps", level=1)
    table([
        ["Outcome of assessment", "Continue with the proposal, with the mitigations set out in Part B"],
        ["Recommendation to Cabinet", "Approve the revised Charging Policy from 6 April 2026, phased over two years"],
        ["Monitoring", "Quarterly report to the Adults Departmental Management Team on cancellations, "
                       "appeals and debt; annual review of this EIA"],
        ["Review date", "September 2026"],
        ["Signed off by", "Director of Adult Social Care, 4 September 2025"],
    ], header=False)
    p = d.add_paragraph("This assessment will be published with the Cabinet report and is "
                        "available in alternative formats on request.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    out = os.path.join(DOCS, DOCX_NAME)
    d.save(out)
    _fix_zip_dates(out)


def _fix_zip_dates(path):
    import zipfile, shutil
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 2, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    shutil.move(tmp, path)


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = " " + norm(pdf_source_text()) + " "
    g = PDF_GOLD
    phrases = [("q", x["text"]) for x in g["questions"]]
    phrases += [("a", x["answer"]) for x in g["questions"] if x["answer"]]
    phrases += [("r", x["text"]) for x in g["resolutions"]]
    for kind, ph in phrases:
        n = len(ph.split())
        c = src.count(" " + norm(ph) + " ")
        if c != 1 or not 6 <= n <= 15:
            ok = False
            print(f"FAIL {kind} ({n} words, {c} hits): {ph}")
    # also confirm the PDF text extraction carries the item numbers and names
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
    for n, _, _ in ITEMS:
        if n not in txt:
            ok = False
            print("FAIL item number missing from PDF:", n)
    for a in g["attendees"]:
        if a["name"].split()[-1] not in txt:
            ok = False
            print("FAIL attendee missing:", a["name"])
    import docx
    dd = docx.Document(os.path.join(DOCS, DOCX_NAME))
    if "Protected characteristic" not in "\n".join(c.text for t in dd.tables for row in t.rows for c in row.cells):
        ok = False
        print("FAIL docx table")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf()
    build_docx()
    for gd in (PDF_GOLD, DOCX_GOLD):
        base = os.path.splitext(gd["document"])[0]
        with open(os.path.join(GOLD, base + ".json"), "w", encoding="utf-8") as f:
            json.dump(gd, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", PDF_NAME, DOCX_NAME)


if __name__ == "__main__":
    main()
