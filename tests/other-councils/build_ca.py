#!/usr/bin/env python3
"""Build the "ca-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ca.py           build documents/ca-* and gold/ca-*.json
        build_ca.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

PDF_NAME = "ca-northmoor-hosc-2025-03-12.pdf"
DOCX_NAME = "ca-northmoor-asc-performance-q3-2024-25.docx"

COMMITTEE = "Health Overview and Scrutiny Committee"
DATE_TXT = "12 March 2025"

# ---------------------------------------------------------------- PDF content
TABLE_NAMES = [
    "Councillor P Ashdown (Chairman)", "Councillor T Brennan (Vice-Chairman)", "Councillor K Aldridge",
    "Councillor J Colley \u2020", "Councillor H Danvers", "Councillor E Fairweather",
    "Councillor S Iqbal *", "Councillor L Marchant", "Councillor N Pryce \u2020",
    "Councillor G Quennell", "Councillor M Varley *", "Councillor W Yeo",
]

OFFICERS = ("Officers in attendance: Dr Amara Mensah (Director of Public Health), Mr Owen Threlfall "
            "(Assistant Director \u2013 Commissioning and Market Shaping, Adults and Health), Ms Grace Lindqvist "
            "(Head of Adult Social Care Performance and Quality Assurance) and Mrs Hilary Stubbs (Democratic "
            "Services Officer). Also in attendance: Mr Colin Arkwright (Director of Primary Care, Northmoor and "
            "Vale Integrated Care Board) and Dr Priya Nair (Chief Medical Officer, Northmoor Partnership NHS "
            "Foundation Trust).")

# Each item: (number, title, [blocks]); block = ("p", text) | ("sub", text) | ("res", lead, [clauses]) | ("rec", text)
ITEMS = [
    ("40/25", "Apologies and Substitutions", [
        ("p", "Apologies for absence were received from Councillor R Featherstone and Councillor D Okafor. "
              "Councillor M Varley attended as a substitute for Councillor Featherstone and Councillor S Iqbal "
              "as a substitute for Councillor Okafor."),
    ]),
    ("41/25", "Declarations of Interest", [
        ("p", "Councillor H Danvers declared a personal interest in Minute 44/25 as her mother receives home "
              "care from a provider on the Council's framework. Councillor W Yeo declared a personal interest "
              "in Minute 45/25 as a member of the patient participation group at Moorgate Surgery. Neither "
              "Member was required to withdraw."),
    ]),
    ("42/25", "Minutes of the Previous Meeting", [
        ("res", "It was RESOLVED that the minutes of the meeting held on 22 January 2025 be confirmed as a "
                "correct record and signed by the Chairman.", []),
    ]),
    ("43/25", "Community Mental Health Transformation \u2013 Progress Update", [
        ("p", "Dr Priya Nair, Chief Medical Officer of the Northmoor Partnership NHS Foundation Trust, presented "
              "an update on the community mental health transformation programme, further to the Committee's "
              "review in September 2024 (Minute 31/25 refers). The report set out progress on the new "
              "neighbourhood mental health hubs, waiting times for psychological therapies and the use of out "
              "of area placements for adults needing an inpatient bed."),
        ("p", "Councillor L Marchant raised the issue of waiting times for adults referred to talking therapies "
              "in the east of the county; in reply, the Chief Medical Officer stated that the median wait had "
              "fallen to eleven weeks but remained longer in Stallbridge owing to two vacant therapist posts. "
              "Councillor G Quennell raised the issue of out of area placements for acute inpatient beds; in "
              "reply, the Chief Medical Officer stated that fourteen patients had been placed outside the county "
              "in December, down from twenty-three in the summer. Members questioned whether the voluntary "
              "sector partners delivering the hubs had been given contracts long enough to keep their staff. "
              "The Chief Medical Officer explained that the hub contracts had been extended to March 2027 to "
              "provide stability while the new model bedded in."),
        ("res", "It was RESOLVED that:", [
            "the progress of the community mental health transformation programme be noted; and",
            "the Trust be asked to provide a written update on therapist vacancies in Stallbridge to the "
            "July meeting."]),
    ]),
    ("44/25", "Adult Social Care Market", [
        ("p", "The Committee considered a two-part report of the Executive Director of Adults and Health."),
        ("sub", "(a)  Home Care Recommissioning"),
        ("p", "The Assistant Director \u2013 Commissioning and Market Shaping introduced proposals to recommission "
              "home care from October 2025, moving from the current framework of thirty-one providers to eight "
              "zoned lead providers. Councillor K Aldridge raised the issue of whether the zoned model would "
              "drive smaller local agencies out of the market; in reply, the Assistant Director stated that "
              "smaller agencies could join as sub-contractors to a lead provider and that market engagement had "
              "included twenty-two local firms. Councillor E Fairweather asked what weight would be given to "
              "quality against price in the tender evaluation. The Assistant Director explained that quality "
              "would carry seventy per cent of the marks, including a requirement to pay the Real Living Wage. "
              "Members questioned whether people receiving home care and their carers had been consulted on the "
              "zoned model. The Assistant Director explained that a survey of 640 service users had been "
              "completed and that a carers' reference group had helped to write the specification. Councillor "
              "M Varley requested sight of the draft contract monitoring framework before any contracts were "
              "awarded."),
        ("sub", "(b)  Care Home Fees 2025/26"),
        ("p", "The Head of Adult Social Care Performance and Quality Assurance presented proposed fee uplifts for "
              "residential and nursing care of 6.2 per cent, reflecting the increase in the National Living Wage "
              "and in employers' national insurance contributions. Councillor J Colley raised the issue of the "
              "number of care homes now owned by private equity investors; in reply, the Head of Adult Social "
              "Care Performance and Quality Assurance stated that nine of the county's 112 homes were owned by "
              "private equity-backed groups and that financial resilience checks were carried out annually. "
              "Councillor T Brennan questioned whether the uplift would be sufficient to prevent further home "
              "closures, given that three homes had closed in 2024. The Head of Adult Social Care Performance "
              "and Quality Assurance explained that the uplift was in line with the cost of care exercise and "
              "that no provider had yet given notice of closure for 2025/26."),
        ("res", "It was RESOLVED that:", [
            "the proposed approach to home care recommissioning set out in part (a) of the report be "
            "endorsed; and",
            "the draft contract monitoring framework be circulated to all Members of the Committee before "
            "contracts are awarded."]),
        ("rec", "RECOMMENDED to the Cabinet Member for Adult Social Care that the proposed fee uplift of 6.2 per "
                "cent for residential and nursing care be approved for 2025/26."),
    ]),
    ("45/25", "Access to General Practice", [
        ("p", "Mr Colin Arkwright, Director of Primary Care at the Northmoor and Vale Integrated Care Board, "
              "presented the primary care access recovery update (Minute 12/25 refers)."),
        ("p", "Councillor W Yeo raised the issue of patients being unable to get through to practices by "
              "telephone at 8am; in reply, the Director of Primary Care stated that forty-one practices had "
              "moved to cloud-based telephony and that call abandonment rates had halved. Councillor N Pryce "
              "raised the issue of the closure of the branch surgery at Hollins Cross; in reply, the Director of "
              "Primary Care stated that the ICB had not yet received a formal application from the practice. "
              "Members questioned whether the additional roles reimbursement scheme had increased the number of "
              "clinicians available to patients. The Director of Primary Care explained that 186 additional "
              "staff, including pharmacists and physiotherapists, were now employed by primary care networks. "
              "Councillor H Danvers sought clarification on how the public would be involved in any decision "
              "about Hollins Cross. The Director of Primary Care confirmed that a patient engagement exercise "
              "would be required before any closure."),
        ("res", "It was RESOLVED that:", [
            "the update be noted; and",
            "the Committee be consulted formally should any application to close the Hollins Cross branch "
            "surgery be received."]),
    ]),
    ("46/25", "Public Health Grant 2025/26 and Stop Smoking Service", [
        ("p", "The Director of Public Health presented a report on the allocation of the 2025/26 public health "
              "grant of \u00a331.4 million and the proposal to bring the stop smoking service back in-house when "
              "the current contract with Clearbreath Ltd expires in September 2025 (Minute 18/25 refers)."),
        ("p", "Councillor S Iqbal raised the issue of why the service was being brought back in-house; in reply, "
              "the Director of Public Health stated that the external contract had missed its quit targets in "
              "six of the last eight quarters. Members questioned whether the grant uplift would cover the cost "
              "of the NHS pay award for commissioned sexual health clinicians. The Director of Public Health "
              "explained that the uplift of 5.9 per cent would not fully cover the pay award and that a pressure "
              "of \u00a3410,000 was being managed from reserves. Councillor G Quennell asked how vaping among "
              "secondary school pupils was being addressed. The Director of Public Health explained that a "
              "schools programme had reached 38 secondary schools and that trading standards had carried out "
              "test purchases."),
        ("res", "It was RESOLVED that:", [
            "the allocation of the public health grant for 2025/26 be noted; and",
            "the Committee support the proposal to deliver the stop smoking service in-house from October "
            "2025."]),
    ]),
    ("47/25", "Work Programme 2025/26", [
        ("p", "The Committee considered its draft work programme for 2025/26."),
        ("res", "It was RESOLVED that the work programme be approved, subject to the addition of an item on "
                "winter discharge performance at the September meeting.", []),
    ]),
    ("48/25", "Date of Next Meeting", [
        ("p", "The next meeting of the Committee will be held on Wednesday 9 July 2025 at 10.00 am at County Hall."),
    ]),
]


def hyphenable(text):
    """Insert a soft hyphen in long words so fpdf2 may break them across lines with a hyphen."""
    def f(m):
        w = m.group(0)
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"(?<![\w/])[A-Za-z]{11,}(?![\w/])", f, text)


def pdf_source_text():
    parts = [COMMITTEE, DATE_TXT] + TABLE_NAMES + [OFFICERS]
    for num, title, blocks in ITEMS:
        parts.append("Min %s %s" % (num, title))
        for b in blocks:
            if b[0] == "res":
                parts.append(b[1]); parts.extend(b[2])
            else:
                parts.append(b[1])
    return "\n".join(parts)


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class P(FPDF):
        def header(self):
            self.set_font("S", "I", 8.5)
            self.set_text_color(60)
            self.cell(0, 5, "%s \u2013 %s" % (COMMITTEE, DATE_TXT), align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-14)
            self.set_font("S", "", 8.5)
            self.cell(0, 5, "Chairman's initials ..........", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 12 March 2025")
    pdf.set_author("Northmoor County Council")
    pdf.add_font("S", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("S", "I", FONT + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("S", "B", 13)
    pdf.cell(0, 7, "NORTHMOOR COUNTY COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "B", 11.5)
    pdf.cell(0, 7, COMMITTEE.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("S", "", 10)
    pdf.multi_cell(W, 5.2, "MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
                   "Council Chamber, County Hall, Kingsbridge Moor, on Wednesday 12 March 2025 at 10.00 am.",
                   align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("S", "B", 10)
    pdf.cell(0, 6, "PRESENT:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("S", "", 8.5)
    cw = W / 3
    for r in range(0, len(TABLE_NAMES), 3):
        for c in range(3):
            pdf.cell(W * (0.345, 0.37, 0.285)[c], 7, " " + TABLE_NAMES[r + c], border=1)
        pdf.ln(7)
    pdf.ln(1.5)
    pdf.set_font("S", "I", 8.5)
    pdf.cell(0, 4.5, "* denotes substitute", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, "\u2020 attended remotely", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("S", "", 10)
    pdf.multi_cell(W, 5.2, hyphenable(OFFICERS), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("S", "B", 10.5)
        pdf.cell(0, 6, "Min %s  %s" % (num, title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for b in blocks:
            kind = b[0]
            if kind == "p":
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W, 5.2, hyphenable(b[1]), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
            elif kind == "sub":
                pdf.set_font("S", "B", 10)
                pdf.cell(0, 5.5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
            elif kind == "res":
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W, 5.2, hyphenable(b[1]), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                for i, cl in enumerate(b[2]):
                    pdf.set_x(pdf.l_margin + 8)
                    pdf.cell(8, 5.2, "(%s)" % "abcdefg"[i])
                    pdf.multi_cell(W - 16, 5.2, hyphenable(cl), align="J", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                pdf.ln(2.5)
            elif kind == "rec":
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W, 5.2, hyphenable(b[1]), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("S", "", 10)
    pdf.cell(0, 5, "The meeting closed at 12.48 pm.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(0, 5, "CHAIRMAN ...............................................", align="R")
    pdf.output(path)


# ---------------------------------------------------------------- PDF gold
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


CMO = "Chief Medical Officer"
AD = "Assistant Director"
HEAD = "Head of Adult Social Care Performance and Quality Assurance"
DPC = "Director of Primary Care"
DPH = "Director of Public Health"

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("43/25", "concern", "raised the issue of waiting times for adults referred to talking therapies",
          "Councillor L Marchant", "the median wait had fallen to eleven weeks but remained longer", CMO,
          ["mental-health"]),
        Q("43/25", "concern", "raised the issue of out of area placements for acute inpatient beds",
          "Councillor G Quennell", "fourteen patients had been placed outside the county in December", CMO,
          ["mental-health"]),
        Q("43/25", "question", "questioned whether the voluntary sector partners delivering the hubs had been given contracts",
          None, "the hub contracts had been extended to March 2027 to provide stability", CMO,
          ["mental-health", "subcontracting", "workforce"]),
        Q("44/25", "concern", "raised the issue of whether the zoned model would drive smaller local agencies",
          "Councillor K Aldridge", "smaller agencies could join as sub-contractors to a lead provider", AD,
          ["adult-social-care", "subcontracting"]),
        Q("44/25", "question", "asked what weight would be given to quality against price",
          "Councillor E Fairweather", "quality would carry seventy per cent of the marks", AD,
          ["adult-social-care", "subcontracting"]),
        Q("44/25", "question", "questioned whether people receiving home care and their carers had been consulted",
          None, "a survey of 640 service users had been completed", AD,
          ["adult-social-care", "patient-and-public-input"]),
        Q("44/25", "request", "requested sight of the draft contract monitoring framework before any contracts",
          "Councillor M Varley", None, None, ["adult-social-care", "subcontracting"]),
        Q("44/25", "concern", "raised the issue of the number of care homes now owned by private equity",
          "Councillor J Colley", "nine of the county's 112 homes were owned by private equity-backed groups",
          HEAD, ["adult-social-care", "privatisation"]),
        Q("44/25", "question", "questioned whether the uplift would be sufficient to prevent further home closures",
          "Councillor T Brennan", "the uplift was in line with the cost of care exercise", HEAD,
          ["adult-social-care", "finance"]),
        Q("45/25", "concern", "raised the issue of patients being unable to get through to practices",
          "Councillor W Yeo", "forty-one practices had moved to cloud-based telephony", DPC, ["primary-care"]),
        Q("45/25", "concern", "raised the issue of the closure of the branch surgery at Hollins Cross",
          "Councillor N Pryce", "the ICB had not yet received a formal application from the practice", DPC,
          ["primary-care"]),
        Q("45/25", "question", "questioned whether the additional roles reimbursement scheme had increased the number of clinicians",
          None, "186 additional staff, including pharmacists and physiotherapists, were now employed", DPC,
          ["primary-care", "workforce"]),
        Q("45/25", "question", "sought clarification on how the public would be involved in any decision",
          "Councillor H Danvers", "a patient engagement exercise would be required before any closure", DPC,
          ["primary-care", "patient-and-public-input"]),
        Q("46/25", "question", "raised the issue of why the service was being brought back in-house",
          "Councillor S Iqbal", "the external contract had missed its quit targets in six", DPH,
          ["public-health", "privatisation", "subcontracting"]),
        Q("46/25", "question", "questioned whether the grant uplift would cover the cost of the NHS pay award",
          None, "would not fully cover the pay award and that a pressure", DPH,
          ["public-health", "finance", "workforce"]),
        Q("46/25", "question", "asked how vaping among secondary school pupils was being addressed",
          "Councillor G Quennell", "a schools programme had reached 38 secondary schools", DPH,
          ["public-health", "children-and-families"]),
    ],
    "resolutions": [
        R("42/25", "the minutes of the meeting held on 22 January 2025 be confirmed", "agreed", []),
        R("43/25", "the Trust be asked to provide a written update on therapist vacancies", "agreed",
          ["mental-health", "workforce"]),
        R("44/25", "the proposed approach to home care recommissioning set out in part", "agreed",
          ["adult-social-care", "subcontracting"]),
        R("44/25", "the proposed fee uplift of 6.2 per cent for residential and nursing care", "recommended",
          ["adult-social-care", "finance"]),
        R("45/25", "the Committee be consulted formally should any application to close", "agreed",
          ["primary-care", "governance"]),
        R("46/25", "support the proposal to deliver the stop smoking service in-house from October", "agreed",
          ["public-health", "privatisation", "finance"]),
        R("47/25", "the addition of an item on winter discharge performance at the September", "agreed",
          ["adult-social-care", "governance"]),
    ],
    "attendees": (
        [{"name": "Councillor P Ashdown", "role": "Chairman", "attendance": "present"},
         {"name": "Councillor T Brennan", "role": "Vice-Chairman", "attendance": "present"}]
        + [{"name": n.rstrip(" *\u2020"), "role": None, "attendance": "present"} for n in TABLE_NAMES[2:]]
        + [{"name": "Councillor R Featherstone", "role": None, "attendance": "apologies"},
           {"name": "Councillor D Okafor", "role": None, "attendance": "apologies"},
           {"name": "Dr Amara Mensah", "role": "Director of Public Health", "attendance": "in_attendance"},
           {"name": "Mr Owen Threlfall",
            "role": "Assistant Director \u2013 Commissioning and Market Shaping, Adults and Health",
            "attendance": "in_attendance"},
           {"name": "Ms Grace Lindqvist", "role": HEAD, "attendance": "in_attendance"},
           {"name": "Mrs Hilary Stubbs", "role": "Democratic Services Officer", "attendance": "in_attendance"},
           {"name": "Mr Colin Arkwright",
            "role": "Director of Primary Care, Northmoor and Vale Integrated Care Board",
            "attendance": "in_attendance"},
           {"name": "Dr Priya Nair", "role": "Chief Medical Officer, Northmoor Partnership NHS Foundation Trust",
            "attendance": "in_attendance"}]
    ),
}

# ---------------------------------------------------------------- DOCX report
REPORT = {
    "title": "Adult Social Care Quarterly Performance Report \u2013 Quarter 3 2024/25",
    "purpose": ("This report provides the Health Overview and Scrutiny Committee with the adult social care "
                "performance position at the end of Quarter 3 (October to December 2024), covering demand, "
                "timeliness of assessments, hospital discharge, the care market, workforce and the revenue "
                "budget."),
    "summary": [
        "Requests for support from new clients rose by 7 per cent compared with Quarter 3 of 2023/24, "
        "with the largest increase among people aged 85 and over.",
        "The number of people waiting for a Care Act assessment fell from 812 at the end of Quarter 2 to "
        "604, and the median wait fell from 41 days to 29 days.",
        "Delayed hospital discharges where social care was the main reason averaged 23 a day, against a "
        "Better Care Fund target of 18.",
        "Unmet home care hours fell to 1,140 a week, the lowest level since the framework began.",
        "The social worker vacancy rate was 14.2 per cent, with 11 agency social workers covering vacant posts.",
        "The forecast overspend on the adult social care budget is \u00a36.8 million, mainly because of "
        "residential care placements at prices above the Council's usual rates.",
    ],
    "kpis": [
        ("Indicator", "Q1", "Q2", "Q3", "Target", "RAG"),
        ("People waiting for assessment", "866", "812", "604", "500", "Amber"),
        ("Reviews completed on time (%)", "58", "61", "66", "75", "Red"),
        ("Reablement: at home 91 days after discharge (%)", "83.1", "84.7", "85.9", "82.0", "Green"),
        ("Daily delayed discharges (social care)", "27", "25", "23", "18", "Red"),
        ("Unmet home care hours per week", "1,620", "1,390", "1,140", "1,000", "Amber"),
        ("Safeguarding enquiries concluded in 28 days (%)", "71", "74", "79", "80", "Amber"),
        ("Social worker vacancy rate (%)", "16.0", "15.1", "14.2", "10.0", "Red"),
    ],
    "issues": [
        "Whether the reduction in assessment waiting lists can be sustained once the temporary assessment "
        "team funded from reserves ends in March 2025.",
        "The reasons for the continuing gap against the delayed discharge target, and what the Integrated Care "
        "Board and the acute trusts are doing jointly to close it.",
        "The extent to which the Council relies on residential placements from providers outside its "
        "framework, and the effect of those prices on the budget.",
        "Progress on the social worker recruitment and retention package agreed in 2024.",
        "How the views of people who use services and their carers are being collected and used to improve "
        "performance, including the results of the annual adult social care survey.",
        "The Council's readiness for assessment by the Care Quality Commission.",
    ],
    "faq": [
        ("Why are people still waiting for an assessment when the figures show improvement?",
         "The waiting list has fallen by a quarter since September, but demand has also risen. People are "
         "prioritised by risk, and everyone waiting is contacted at least every four weeks."),
        ("Does the Council pay care homes less than it costs to provide care?",
         "Fee rates are set using the cost of care exercise completed in 2023 and uplifted each April. The "
         "proposed uplift for 2025/26 is being considered separately by the Cabinet Member."),
        ("Why does the Council still use agency social workers?",
         "Agency workers fill posts that cannot be filled permanently. The number has fallen from 19 to 11 "
         "over the year, and four newly qualified social workers started in January."),
        ("What happens if a home care provider hands back a package of care?",
         "The brokerage team looks for another framework provider the same day. If none is available, the "
         "reablement service provides interim support until a new provider is found."),
        ("How is performance checked independently?",
         "Performance is reported quarterly to this Committee and to the Adults and Health Directorate "
         "Leadership Team, and the service takes part in regional peer challenge."),
    ],
}

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "report",
    "themes": ["adult-social-care", "workforce", "finance", "integration", "governance",
               "patient-and-public-input"],
}


def build_docx(path):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Adults and Health Performance Team"
    cp.title = REPORT["title"]
    cp.created = datetime.datetime(2025, 2, 24, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 2, 28, 15, 30, 0)
    cp.last_modified_by = "Adults and Health Performance Team"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Northmoor County Council \u2013 Health Overview and Scrutiny Committee \u2013 12 March 2025"
    sec.footer.paragraphs[0].text = "Agenda Item 9"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = d.add_paragraph()
    r = p.add_run("NORTHMOOR COUNTY COUNCIL"); r.bold = True; r.font.size = Pt(14)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Report to", "Health Overview and Scrutiny Committee"),
                 ("Date of meeting", "12 March 2025"),
                 ("Report of", "Executive Director of Adults and Health"),
                 ("Subject", REPORT["title"]),
                 ("Electoral divisions affected", "All"),
                 ("Contact officer", "Grace Lindqvist, Head of Adult Social Care Performance and Quality "
                                     "Assurance, tel. 01632 960417")]:
        c = t.add_row().cells
        c[0].text = a; c[1].text = b
        c[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_heading("1. Purpose of the report", level=2)
    d.add_paragraph(REPORT["purpose"])
    d.add_heading("2. Recommendation", level=2)
    d.add_paragraph("The Committee is asked to consider the performance information in this report and to "
                    "identify any areas for further scrutiny.")
    d.add_heading("3. Summary of performance in Quarter 3", level=2)
    for s in REPORT["summary"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("4. Performance dashboard", level=2)
    t = d.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    for i, row in enumerate(REPORT["kpis"]):
        c = t.add_row().cells
        for j, v in enumerate(row):
            c[j].text = v
            if i == 0:
                c[j].paragraphs[0].runs[0].bold = True
    d.add_paragraph("RAG: Red \u2013 more than 10 per cent from target; Amber \u2013 within 10 per cent; "
                    "Green \u2013 target met.").runs[0].italic = True
    d.add_heading("5. Issues the Committee may wish to explore", level=2)
    for s in REPORT["issues"]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("6. Frequently raised questions", level=2)
    d.add_paragraph("The following questions are those most often raised with the service by councillors, "
                    "residents and partners during the quarter, with the service's standard answers.")
    for q, a in REPORT["faq"]:
        p = d.add_paragraph()
        r = p.add_run("Q: "); r.bold = True
        r = p.add_run(q); r.bold = True
        p = d.add_paragraph()
        p.add_run("A: ").bold = True
        p.add_run(a)
    d.add_heading("7. Background papers", level=2)
    d.add_paragraph("Adult Social Care Outcomes Framework return 2023/24; Better Care Fund Quarter 3 "
                    "return; Cabinet report \u2018Adult Social Care Budget Monitoring \u2013 Quarter 3\u2019, "
                    "11 February 2025.")
    d.save(path)
    # make the zip deterministic
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 28, 15, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    src = norm(pdf_source_text())
    g = json.load(open(os.path.join(GOLD, PDF_NAME[:-4] + ".json")))
    phrases = []
    for q in g["questions"]:
        phrases.append(q["text"])
        if q["answer"]:
            phrases.append(q["answer"])
    phrases += [r["text"] for r in g["resolutions"]]
    for ph in phrases:
        n = len(norm(ph).split())
        c = src.count(norm(ph))
        if c != 1 or not (6 <= len(ph.split()) <= 15):
            print("FAIL", repr(ph), "count", c, "words", len(ph.split())); ok = False
    # informative: text extracted from the PDF, with line-end hyphens joined
    try:
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
            txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
        txt = re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", txt)
        ex = norm(txt)
        miss = [ph for ph in phrases if norm(ph) not in ex]
        print("info: %d of %d phrases found in extracted PDF text after joining hyphens" %
              (len(phrases) - len(miss), len(phrases)))
    except Exception as e:  # pragma: no cover
        print("info: extraction skipped", e)
    for name in (PDF_NAME, DOCX_NAME):
        if not os.path.exists(os.path.join(DOCS, name)):
            print("FAIL missing", name); ok = False
    print("counts: items %d questions %d resolutions %d attendees %d" % (
        len(g["items"]), len(g["questions"]), len(g["resolutions"]), len(g["attendees"])))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for gold, name in ((PDF_GOLD, PDF_NAME), (DOCX_GOLD, DOCX_NAME)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
