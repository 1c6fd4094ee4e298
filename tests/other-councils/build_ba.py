#!/usr/bin/env python3
"""Build the "ba-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ba.py          build documents and gold
        build_ba.py --check  verify every gold phrase occurs once in its document
"""
import json, re, sys, os
from datetime import datetime, timezone
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime(2025, 11, 14, 9, 42, tzinfo=timezone.utc)

# ---------------------------------------------------------------- document 1
DOC1 = "ba-kingsmere-health-scrutiny-committee-2025-10-14.pdf"
URL = "https://www.kingsmere.gov.uk/your-council/meetings/health-scrutiny-committee/14-october-2025/minutes"
TITLE = "Health Scrutiny Committee - 14 October 2025 - Minutes - Kingsmere Council"

# list of (style, text); styles: small, crumb, h1, h2, item, p, meta, foot
BODY1 = [
 ("small", "Skip to main content"),
 ("small", "We use cookies to make this site work and to collect anonymous analytics. Accept all cookies | Reject non-essential cookies | Cookie settings"),
 ("crumb", "Home > Your council > Meetings, agendas and minutes > Health Scrutiny Committee > 14 October 2025"),
 ("h1", "Health Scrutiny Committee - Tuesday 14 October 2025"),
 ("meta", "Venue: Council Chamber, Kingsmere Civic Centre, Market Parade, Kingsmere KM1 2AB"),
 ("meta", "Time: 10.00 am to 12.48 pm"),
 ("meta", "Status: Draft - these minutes are subject to approval at the next meeting"),
 ("h2", "Who attended"),
 ("p", "Councillors: Helen Marchbank (Chair), Rajesh Oduya (Vice-Chair), Tom Ellery, Bernadette Quilley, Simon Haverstock, Nasreen Akhtar and Gareth Pyne (substitute for Councillor Lydia Fenwick)."),
 ("p", "Co-opted members: Margaret Dunsford (Healthwatch Kingsmere) and Dr Colin Abernethy (Kingsmere Older People's Forum)."),
 ("p", "Officers: Andrea Whitlock (Corporate Director of Adult Social Care and Health), Dr Priya Ramanathan (Director of Public Health), Martin Coyle (Head of Commissioning and Market Development, Adult Social Care) and Joanne Pardew (Democratic Services Officer)."),
 ("p", "Partners in attendance: Fiona Castellane (Director of Place - Kingsmere, Mid-Wealden Integrated Care Board), David Okoro (Chief Operating Officer, Kingsmere and Ashby Hospitals NHS Foundation Trust) and Sarah Linnet (Associate Director of Diagnostics, Kingsmere and Ashby Hospitals NHS Foundation Trust)."),
 ("p", "Apologies: Councillor Lydia Fenwick and Councillor Peter Strand."),
 ("h2", "Minutes"),
 ("item", "23. Apologies for absence and substitutions"),
 ("p", "Apologies for absence were received from Councillor Lydia Fenwick, for whom Councillor Gareth Pyne attended as substitute, and from Councillor Peter Strand."),
 ("item", "24. Declarations of interest"),
 ("p", "Councillor Bernadette Quilley declared a non-registrable interest in minute 29 as a close family member is employed as a care worker by a home care provider contracted by the Council. She remained in the meeting and took part in the discussion. No other declarations were made."),
 ("item", "25. Minutes of the previous meeting"),
 ("p", "Councillor Haverstock queried whether the note on NHS dental access promised at the last meeting had been circulated to Members. The Democratic Services Officer confirmed that the note had been emailed to all Members on 19 September 2025."),
 ("p", "The minutes of the meeting held on 2 September 2025 were approved as a correct record and signed by the Chair."),
 ("item", "26. Public questions"),
 ("p", "No public questions had been received for this meeting."),
 ("item", "27. Urgent and emergency care: system winter plan 2025/26"),
 ("p", "Fiona Castellane, Director of Place at the Integrated Care Board, and David Okoro, Chief Operating Officer of the Trust, introduced the report, which set out the system's plans for the coming winter, including 24 additional escalation beds at Kingsmere General Hospital, an expanded virtual ward and a single point of access for care homes."),
 ("p", "Councillor Ellery wondered whether the additional escalation beds would be staffed by the Trust's own nurses or by agency staff. Mr Okoro acknowledged that around a third of shifts on escalation wards had been filled by agency nurses last winter, but explained that the Trust's new internal staff bank had recruited 140 nurses since April. Members were keen to understand how long patients were waiting in ambulances outside the emergency department. It was explained that average handover times in September had been 47 minutes against a national standard of 30 minutes, and that a dedicated ambulance receiving area would open in November. Councillor Akhtar queried the part played by the voluntary sector in supporting people home from hospital, and whether those contracts had been extended beyond March. Ms Castellane confirmed that the Home from Hospital service run by Age Concern Kingsmere had been extended for twelve months and was jointly funded through the Better Care Fund."),
 ("p", "Dr Abernethy expressed concern that older people discharged late in the evening were sometimes returning to cold, empty homes with no food in the house. Officers assured Members that the discharge protocol now prevented discharges after 8pm unless a relative or carer had confirmed they would be at home."),
 ("p", "It was moved by Councillor Marchbank, seconded by Councillor Oduya and carried that the Committee request monthly ambulance handover figures from the Trust throughout the winter period."),
 ("item", "28. Community diagnostic centre: proposed procurement of an operator"),
 ("p", "Sarah Linnet introduced the report, which set out the Trust's and the ICB's proposal to procure an independent sector provider to run the community diagnostic centre at Ashby Retail Park, providing MRI, CT and ultrasound, for an initial term of five years."),
 ("p", "Councillor Quilley wondered whether handing the centre to a private company would draw radiographers away from the main hospital. Ms Linnet acknowledged the risk but explained that the specification would bar the provider from recruiting staff employed by the Trust in the previous six months. Councillor Haverstock queried why an in-house option had not been costed alongside the outsourced model. It was explained that the ICB had been unable to secure capital funding for a Trust-run centre within the national deadline. Margaret Dunsford requested that patients be involved in drawing up the quality standards in the contract, and the Director of Place agreed that Healthwatch would sit on the evaluation panel and that a patient experience survey would form one of the key performance indicators. Members were keen to understand what would happen to the service if the provider failed to meet its targets. Officers assured Members that the contract would contain a break clause after two years and step-in rights for the Trust."),
 ("p", "The recommendations set out in paragraph 2.1 of the report were endorsed, subject to the comments made by Members at the meeting."),
 ("p", "The Committee further recommended to the Integrated Care Board that a fully costed in-house option be presented before the contract is awarded."),
 ("item", "29. Adult social care workforce and the home care market"),
 ("p", "Andrea Whitlock, Corporate Director of Adult Social Care and Health, and Martin Coyle, Head of Commissioning and Market Development, presented an update on recruitment and retention in the care sector and on the sustainability of the home care market following the retendering of the framework in April 2025."),
 ("p", "Councillor Pyne wondered whether the Council's home care rates were sufficient for providers to pay the Real Living Wage. The Director acknowledged that the hourly rate of £23.40 did not yet allow every provider to pay the Real Living Wage, and said that a further uplift was being modelled as part of the 2026/27 budget. Councillor Quilley queried the reliance on international recruitment, noting that many overseas care workers had been left without sponsorship when their employers lost their licences. It was explained that the Council had used regional funding to place 38 displaced workers with new employers since January. Councillor Oduya commented that staff turnover among home care agencies was far higher than in the Council's in-house reablement service. Mr Coyle agreed, and explained that reablement staff were employed on local government terms and conditions, including occupational sick pay and pensions."),
 ("p", "The Committee noted the update and agreed to receive a further report on the home care market in March 2026."),
 ("item", "30. Stop smoking service: recommissioning"),
 ("p", "Dr Priya Ramanathan, Director of Public Health, gave a presentation on the proposed recommissioning of the stop smoking service from April 2026, which would combine the existing community and pharmacy offers into a single specialist service with a stronger focus on pregnant women and routine and manual workers."),
 ("p", "Councillor Akhtar queried whether the new service would reach people with severe mental illness, who smoked at much higher rates than the general population. Dr Ramanathan explained that a specialist adviser would be based with the community mental health teams from April 2026. Councillor Ellery wondered whether the Government's additional grant for stop smoking services had been guaranteed beyond 2025/26. The Director of Public Health acknowledged that only a one-year allocation had been confirmed so far. The Chair thanked Dr Ramanathan for her presentation."),
 ("item", "31. Work programme 2025/26"),
 ("p", "The Committee considered its work programme for the remainder of the municipal year. Councillor Haverstock requested that an item on waiting times for children's and young people's mental health services be added to the January meeting. The Democratic Services Officer undertook to arrange this with the Chair and the ICB."),
 ("p", "RESOLVED that the work programme be approved, with the addition of an item on CAMHS waiting times at the meeting on 20 January 2026."),
 ("meta", "The meeting ended at 12.48 pm. Chair: ........................................"),
 ("p", "Contact officer: Joanne Pardew, Democratic Services, 01632 960 418, democratic.services@kingsmere.gov.uk"),
 ("foot", "Was this page helpful?  Yes | No"),
 ("foot", "Contact us | Accessibility | Privacy | Cookies | Terms of use | Sitemap"),
 ("foot", "© Kingsmere Council 2025. Kingsmere Civic Centre, Market Parade, Kingsmere KM1 2AB"),
]

class BrowserPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7); self.set_text_color(110, 110, 110)
        self.set_xy(6, 5); self.cell(40, 4, "14/11/2025, 09:42")
        self.set_xy(50, 5); self.cell(110, 4, TITLE, align="C")
        self.set_text_color(0, 0, 0); self.set_y(16)
    def footer(self):
        self.set_font("dv", "", 7); self.set_text_color(110, 110, 110)
        self.set_xy(6, -10); self.cell(170, 4, URL)
        self.set_xy(-30, -10); self.cell(24, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

def newpdf(cls):
    pdf = cls(format="A4"); pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_creation_date(FIXED); pdf.set_producer("Skia/PDF m129"); pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0.0.0")
    return pdf

def build1(path):
    pdf = newpdf(BrowserPDF); pdf.alias_nb_pages("{nb}"); pdf.set_title(TITLE)
    pdf.set_margins(18, 16, 18); pdf.set_auto_page_break(True, 16); pdf.add_page()
    # site banner
    for style, text in BODY1:
        if style == "small":
            pdf.set_font("dv", "", 8); pdf.set_text_color(40, 80, 150); pdf.multi_cell(0, 4.2, text); pdf.ln(1.5)
        elif style == "crumb":
            pdf.ln(2); pdf.set_fill_color(20, 60, 110); pdf.set_text_color(255, 255, 255); pdf.set_font("dv", "B", 13)
            pdf.cell(0, 10, "  Kingsmere Council", fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
            pdf.set_font("dv", "", 8.5); pdf.set_text_color(40, 80, 150); pdf.multi_cell(0, 4.5, text); pdf.ln(3)
        elif style == "h1":
            pdf.set_font("dv", "B", 17); pdf.set_text_color(20, 20, 20); pdf.multi_cell(0, 8, text); pdf.ln(2)
        elif style == "h2":
            pdf.ln(2); pdf.set_font("dv", "B", 13.5); pdf.set_text_color(20, 20, 20); pdf.multi_cell(0, 7, text); pdf.ln(1.5)
        elif style == "item":
            pdf.ln(2.5); pdf.set_font("dv", "B", 12); pdf.set_text_color(20, 20, 20); pdf.multi_cell(0, 6.2, text); pdf.ln(1.2)
        elif style == "meta":
            pdf.set_font("dv", "", 9.5); pdf.set_text_color(60, 60, 60); pdf.multi_cell(0, 5, text); pdf.ln(1)
        elif style == "p":
            pdf.set_font("dv", "", 9.5); pdf.set_text_color(20, 20, 20); pdf.multi_cell(0, 5, text); pdf.ln(2.2)
        elif style == "foot":
            if text.startswith("Was"): pdf.ln(6); pdf.set_draw_color(180, 180, 180); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(3)
            pdf.set_font("dv", "", 8); pdf.set_text_color(40, 80, 150); pdf.multi_cell(0, 4.5, text); pdf.ln(1)
    pdf.output(path)

def Q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer, "given_by": given, "themes": themes}

def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}

GOLD1 = {
 "document": DOC1, "doc_type": "minutes", "committee": "Health Scrutiny Committee", "meeting_date": "2025-10-14",
 "items": [{"number": "23", "title": "Apologies for absence and substitutions"},
           {"number": "24", "title": "Declarations of interest"},
           {"number": "25", "title": "Minutes of the previous meeting"},
           {"number": "26", "title": "Public questions"},
           {"number": "27", "title": "Urgent and emergency care: system winter plan 2025/26"},
           {"number": "28", "title": "Community diagnostic centre: proposed procurement of an operator"},
           {"number": "29", "title": "Adult social care workforce and the home care market"},
           {"number": "30", "title": "Stop smoking service: recommissioning"},
           {"number": "31", "title": "Work programme 2025/26"}],
 "questions": [
  Q("25", "question", "note on NHS dental access promised at the last meeting had been circulated", "Councillor Haverstock",
    "the note had been emailed to all Members on 19 September 2025", "The Democratic Services Officer", ["primary-care"]),
  Q("27", "question", "wondered whether the additional escalation beds would be staffed by the Trust's own nurses", "Councillor Ellery",
    "the Trust's new internal staff bank had recruited 140 nurses since April", "Mr Okoro", ["workforce"]),
  Q("27", "question", "how long patients were waiting in ambulances outside the emergency department", "Members",
    "average handover times in September had been 47 minutes against a national standard", None, []),
  Q("27", "question", "queried the part played by the voluntary sector in supporting people home from hospital", "Councillor Akhtar",
    "Home from Hospital service run by Age Concern Kingsmere had been extended for twelve months", "Ms Castellane",
    ["subcontracting", "adult-social-care", "integration"]),
  Q("27", "concern", "older people discharged late in the evening were sometimes returning to cold, empty homes", "Dr Abernethy",
    "the discharge protocol now prevented discharges after 8pm unless a relative or carer", "Officers", ["adult-social-care"]),
  Q("28", "question", "handing the centre to a private company would draw radiographers away from the main hospital", "Councillor Quilley",
    "the specification would bar the provider from recruiting staff employed by the Trust", "Ms Linnet",
    ["privatisation", "subcontracting", "workforce"]),
  Q("28", "question", "queried why an in-house option had not been costed alongside the outsourced model", "Councillor Haverstock",
    "the ICB had been unable to secure capital funding for a Trust-run centre", None,
    ["privatisation", "subcontracting", "finance"]),
  Q("28", "request", "requested that patients be involved in drawing up the quality standards in the contract", "Margaret Dunsford",
    "Healthwatch would sit on the evaluation panel and that a patient experience survey", "the Director of Place",
    ["patient-and-public-input", "subcontracting"]),
  Q("28", "question", "what would happen to the service if the provider failed to meet its targets", "Members",
    "the contract would contain a break clause after two years and step-in rights", "Officers",
    ["subcontracting", "governance"]),
  Q("29", "question", "home care rates were sufficient for providers to pay the Real Living Wage", "Councillor Pyne",
    "a further uplift was being modelled as part of the 2026/27 budget", "The Director",
    ["workforce", "finance", "adult-social-care"]),
  Q("29", "concern", "queried the reliance on international recruitment, noting that many overseas care workers", "Councillor Quilley",
    "used regional funding to place 38 displaced workers with new employers since January", None,
    ["workforce", "adult-social-care"]),
  Q("29", "comment", "staff turnover among home care agencies was far higher than in the Council's", "Councillor Oduya",
    "reablement staff were employed on local government terms and conditions", "Mr Coyle",
    ["workforce", "adult-social-care", "privatisation"]),
  Q("30", "question", "whether the new service would reach people with severe mental illness", "Councillor Akhtar",
    "a specialist adviser would be based with the community mental health teams", "Dr Ramanathan",
    ["public-health", "mental-health"]),
  Q("30", "question", "additional grant for stop smoking services had been guaranteed beyond 2025/26", "Councillor Ellery",
    "only a one-year allocation had been confirmed so far", "The Director of Public Health",
    ["public-health", "finance"]),
  Q("31", "request", "waiting times for children's and young people's mental health services be added", "Councillor Haverstock",
    "undertook to arrange this with the Chair and the ICB", "The Democratic Services Officer",
    ["mental-health", "children-and-families"]),
 ],
 "resolutions": [
  R("25", "the meeting held on 2 September 2025 were approved as a correct record", "agreed", []),
  R("27", "request monthly ambulance handover figures from the Trust throughout the winter period", "agreed", []),
  R("28", "The recommendations set out in paragraph 2.1 of the report were endorsed", "agreed", ["subcontracting"]),
  R("28", "recommended to the Integrated Care Board that a fully costed in-house option", "recommended", ["privatisation", "subcontracting"]),
  R("29", "agreed to receive a further report on the home care market in March 2026", "agreed", ["adult-social-care"]),
  R("31", "the work programme be approved, with the addition of an item on CAMHS", "agreed", ["mental-health", "children-and-families"]),
 ],
 "attendees": [
  A("Helen Marchbank", "Chair", "present"), A("Rajesh Oduya", "Vice-Chair", "present"),
  A("Tom Ellery", None, "present"), A("Bernadette Quilley", None, "present"),
  A("Simon Haverstock", None, "present"), A("Nasreen Akhtar", None, "present"),
  A("Gareth Pyne", "substitute for Councillor Lydia Fenwick", "present"),
  A("Margaret Dunsford", "Healthwatch Kingsmere", "present"),
  A("Dr Colin Abernethy", "Kingsmere Older People's Forum", "present"),
  A("Andrea Whitlock", "Corporate Director of Adult Social Care and Health", "in_attendance"),
  A("Dr Priya Ramanathan", "Director of Public Health", "in_attendance"),
  A("Martin Coyle", "Head of Commissioning and Market Development, Adult Social Care", "in_attendance"),
  A("Joanne Pardew", "Democratic Services Officer", "in_attendance"),
  A("Fiona Castellane", "Director of Place - Kingsmere, Mid-Wealden Integrated Care Board", "in_attendance"),
  A("David Okoro", "Chief Operating Officer, Kingsmere and Ashby Hospitals NHS Foundation Trust", "in_attendance"),
  A("Sarah Linnet", "Associate Director of Diagnostics, Kingsmere and Ashby Hospitals NHS Foundation Trust", "in_attendance"),
  A("Councillor Lydia Fenwick", None, "apologies"), A("Councillor Peter Strand", None, "apologies"),
 ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "ba-kingsmere-hsc-quality-account-statement-2024-25.pdf"
BODY2 = [
 ("h", "Statement from Kingsmere Council's Health Scrutiny Committee on the Kingsmere and Ashby Hospitals NHS Foundation Trust Quality Account 2024/25"),
 ("p", "Kingsmere Council's Health Scrutiny Committee welcomes the opportunity to comment on the Trust's draft Quality Account for 2024/25, which was shared with the Committee on 9 May 2025. This statement has been agreed by the Chair and Vice-Chair on behalf of the Committee and reflects the Committee's contact with the Trust during the year. The Committee has not sought to verify the data contained in the draft, and our comments should be read in that light."),
 ("p", "During 2024/25 the Committee considered the Trust's work at its meetings on 16 July 2024, 19 November 2024 and 11 February 2025, and the Chair and Vice-Chair met the Chief Executive and the Chief Nurse in March 2025. Members also visited the emergency department and the new discharge lounge at Kingsmere General Hospital in December 2024."),
 ("p", "Progress against the 2024/25 priorities. The Committee notes that the Trust met its target to reduce inpatient falls resulting in moderate or severe harm, and commends the work of ward teams in achieving this. We are less assured about the priority on timely discharge. At our November meeting Members asked the Trust why the number of patients who were medically fit to leave hospital but still occupying a bed had risen over the summer, and how the Trust was working with the Council's adult social care service and with care homes to discharge people earlier in the day. We note that the Quality Account reports only partial achievement of this priority, and we would like the Trust to set out clearer milestones for 2025/26."),
 ("p", "Workforce. Members have repeatedly raised the Trust's reliance on agency nurses, particularly on escalation wards during the winter. We welcome the establishment of an internal staff bank and the fall in vacancy rates reported in the draft, but we would have liked the Quality Account to say more about staff wellbeing and retention, given the results of the 2024 NHS Staff Survey."),
 ("p", "Patient experience. At our February meeting, Healthwatch Kingsmere and Members asked the Trust about the time taken to respond to formal complaints, which in some months exceeded 60 working days. The Committee supports the inclusion of complaints handling as a priority for 2025/26 and asks that the Trust report progress to the Committee at the mid-year point. We would also encourage the Trust to show more clearly how feedback from patients and carers has changed services."),
 ("p", "Priorities for 2025/26. The Committee supports the four priorities chosen for the coming year: reducing pressure ulcers, improving the recognition of deteriorating patients, improving complaints handling and improving the experience of people with a learning disability. We would ask that each priority is accompanied by measurable targets so that the Committee can hold the Trust to account during the year."),
 ("p", "Overall, the Committee considers that the Quality Account gives a fair and balanced picture of the Trust's performance, and we thank the Trust's staff for their openness with the Committee during the year. We look forward to continuing our constructive relationship in 2025/26."),
]

class LetterPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(20, 60, 110); self.rect(0, 0, 210, 28, style="F")
            self.set_text_color(255, 255, 255); self.set_font("dv", "B", 18); self.set_xy(18, 8); self.cell(0, 8, "Kingsmere Council")
            self.set_font("dv", "", 9); self.set_xy(18, 17); self.cell(0, 5, "Democratic Services  |  Kingsmere Civic Centre, Market Parade, Kingsmere KM1 2AB")
            self.set_text_color(0, 0, 0); self.set_y(36)
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5); self.set_text_color(110, 110, 110)
        self.cell(0, 4, "www.kingsmere.gov.uk  |  01632 960 418  |  democratic.services@kingsmere.gov.uk", align="C")
        self.set_text_color(0, 0, 0)

def build2(path):
    pdf = newpdf(LetterPDF); pdf.set_creation_date(datetime(2025, 6, 12, 14, 5, tzinfo=timezone.utc))
    pdf.set_producer("Microsoft: Print To PDF"); pdf.set_creator("Microsoft Word")
    pdf.set_title("HSC statement Quality Account 2024-25"); pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 20); pdf.add_page()
    pdf.set_font("dv", "", 9.5)
    for line in ["Health Scrutiny Committee", "Contact: Joanne Pardew, Democratic Services Officer", "Our ref: HSC/QA/2425", "Date: 12 June 2025"]:
        pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in ["Mr Anthony Reece", "Director of Quality Governance", "Kingsmere and Ashby Hospitals NHS Foundation Trust", "Kingsmere General Hospital", "Wealden Road, Kingsmere KM4 7QT"]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for style, text in BODY2:
        if style == "h":
            pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 5.8, text); pdf.ln(3)
        else:
            head, rest = (text.split(". ", 1) if text.split(". ", 1)[0] in ("Progress against the 2024/25 priorities", "Workforce", "Patient experience", "Priorities for 2025/26") else ("", text))
            if head:
                pdf.set_font("dv", "B", 10); pdf.multi_cell(0, 5.2, head); pdf.ln(0.5)
            pdf.set_font("dv", "", 10); pdf.multi_cell(0, 5.2, rest, align="J"); pdf.ln(2.5)
    pdf.ln(4)
    for line in ["Yours sincerely,", "", "Helen Marchbank", "Councillor Helen Marchbank", "Chair, Health Scrutiny Committee", "Kingsmere Council"]:
        pdf.set_font("dv", "", 10) if line != "Helen Marchbank" else pdf.set_font("dv", "", 14)
        pdf.cell(0, 6 if line else 4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

GOLD2 = {"document": DOC2, "doc_type": "other",
         "themes": ["governance", "workforce", "patient-and-public-input", "adult-social-care"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return "\n".join((pg.extract_text() or "") for pg in p.pages)

def check(doc, body, gold):
    src = norm(" ".join(t for _, t in body))
    pdft = norm(pdf_text(os.path.join(DOCS, doc)))
    bad = 0; n = 0
    phrases = [q["text"] for q in gold.get("questions", [])] + [q["answer"] for q in gold.get("questions", []) if q["answer"]] + \
              [r["text"] for r in gold.get("resolutions", [])]
    for ph in phrases:
        n += 1; p = norm(ph); w = len(p.split())
        for label, t in (("source", src), ("pdf", pdft)):
            c = t.count(p)
            if c != 1: print(f"FAIL [{doc}] {label} count={c}: {ph}"); bad += 1
        if not 6 <= w <= 15: print(f"FAIL length {w}: {ph}"); bad += 1
    return bad, n

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build1(os.path.join(DOCS, DOC1)); build2(os.path.join(DOCS, DOC2))
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    if "--check" in sys.argv:
        b1, n1 = check(DOC1, BODY1, GOLD1); b2, n2 = check(DOC2, BODY2, GOLD2)
        print(f"checked {n1 + n2} phrases; failures: {b1 + b2}")
        sys.exit(1 if b1 + b2 else 0)

if __name__ == "__main__":
    main()
