#!/usr/bin/env python3
"""Build the "ce-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ce.py           build documents/ce-* and gold/ce-*.json
        build_ce.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 24, 9, 30, 0, tzinfo=datetime.timezone.utc)

PDF_NAME = "ce-harrowdale-adults-health-select-committee-2025-06-17.pdf"
DOCX_NAME = "ce-harrowdale-fenwick-icb-response-to-questions.docx"

COUNCIL = "Harrowdale County Council"
COMMITTEE = "Adults and Health Select Committee"

# --------------------------------------------------------------------------
# Document 1: county select committee minutes, "6.0 TITLE" / "6.1" paragraphs
# --------------------------------------------------------------------------
ATTENDANCE = [
    ("Members present:",
     "Councillor Margaret Hollis (Chair), Councillor Raj Patel (Vice-Chair), "
     "Councillor Tom Aldridge, Councillor Alan Burke, Councillor Dean Oakley "
     "(substituting for Councillor Fiona Merrick), Councillor Helen Strand and "
     "Councillor Susan Vickery"),
    ("Co-opted Members:",
     "Mrs Janet Ellery (Healthwatch Harrowdale) and Mr Owen Price (District "
     "Councils' representative)"),
    ("In attendance:",
     "Councillor Christine Daly, Cabinet Member for Adult Social Care and Health; "
     "Simon Kerridge, Executive Director for Adults, Wellbeing and Health Partnerships; "
     "Nadia Fairclough, Head of Commissioning (Adults and Integrated Care); "
     "Dr Ruth Amos, Director of Public Health; "
     "Paul Hennessey, Head of Procurement and Commercial Assurance; "
     "Karen Lowe, Director of Urgent and Emergency Care, NHS Harrowdale and Fenwick "
     "Integrated Care Board; "
     "Mark Devlin, Chief Operating Officer, Harrowdale Hospitals NHS Foundation Trust; "
     "Lucy Tranter, Scrutiny and Democratic Services Officer"),
]

# Items: (number, title, [paragraphs]); paragraph numbers are typed.
ITEMS = [
    ("1.0", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "1.1 Apologies for absence were received from Councillor Fiona Merrick. "
        "Councillor Dean Oakley attended as her substitute.",
    ]),
    ("2.0", "MINUTES OF THE PREVIOUS MEETING: 8 APRIL 2025", [
        "2.1 RESOLVED: The minutes of the meeting held on 8 April 2025 were agreed "
        "as a correct record and signed by the Chair.",
    ]),
    ("3.0", "DECLARATIONS OF INTEREST", [
        "3.1 Councillor Helen Strand declared a non-pecuniary interest in item 5.0 as a "
        "close family member receives a package of care arranged by the Council. She "
        "remained in the meeting and took part in the discussion. There were no other "
        "declarations.",
    ]),
    ("4.0", "QUESTIONS AND PETITIONS", [
        "4.1 Three written questions had been received from Members under Standing "
        "Order 11. The questions, and the answers provided in writing before the "
        "meeting, are set out at Appendix A to these minutes. No petitions or questions "
        "from the public had been received.",
        "4.2 Councillor Strand asked a supplementary question about whether the figure "
        "given in answer to written question 2 included people awaiting a review of an "
        "existing package. The Executive Director undertook to provide a written "
        "breakdown to all Members after the meeting.",
        "4.3 RESOLVED: The Select Committee noted the written questions and answers set "
        "out at Appendix A.",
    ]),
    ("5.0", "RECOMMISSIONING OF HOME CARE SERVICES", [
        "5.1 The Head of Commissioning (Adults and Integrated Care) introduced the report, "
        "which set out the proposed approach to recommissioning domiciliary care from "
        "April 2026. The current framework of 43 providers would be replaced by eight "
        "lead providers working across four geographical zones, with the intention of "
        "reducing unmet hours in the rural north of the county.",
        "5.2 Members asked about the risk that smaller local agencies would be squeezed "
        "out of the market by the zoned arrangement. The Head of Commissioning confirmed "
        "that lead providers would be required to subcontract at least 30 per cent of "
        "hours to local micro-providers, and that compliance would be monitored "
        "quarterly. A Member queried whether the proposed rate of £24.60 per hour was "
        "enough to pay the real living wage and cover travel time between visits. "
        "Officers explained that the rate had been modelled on the fair cost of care "
        "exercise and would be uprated each April in line with inflation.",
        "5.3 Members expressed concern that providers backed by private equity had bid "
        "for earlier lots and sought assurance about the financial resilience of "
        "bidders. The Executive Director advised that bidders would be subject to enhanced "
        "due diligence, including a review of group debt and ownership structures. "
        "Councillor Patel requested that the Select Committee see the outcome of the "
        "market engagement events before the tender was launched.",
        "5.4 In response to a question from Mrs Ellery about how people who use home "
        "care had shaped the specification, the Head of Commissioning said that 212 "
        "survey responses and four focus groups with carers had informed the outcome "
        "measures in the new contracts.",
        "5.5 RESOLVED: The Select Committee:",
        "(1) noted the proposed approach to recommissioning home care services;",
        "(2) recommended to the Cabinet Member for Adult Social Care and Health that the "
        "specification require lead providers to offer guaranteed-hours contracts to care "
        "workers who request them; and",
        "(3) requested a progress report on the procurement at its meeting in November 2025.",
    ]),
    ("6.0", "URGENT AND EMERGENCY CARE: REVIEW OF WINTER 2024/25", [
        "6.1 The Director of Urgent and Emergency Care, NHS Harrowdale and Fenwick "
        "Integrated Care Board, presented a review of winter 2024/25, which had seen the "
        "highest number of ambulance conveyances on record and a sustained outbreak of "
        "norovirus at Kingsmere General Hospital.",
        "6.2 Members asked about the number of patients who remained in hospital after "
        "they were medically fit to leave. The Chief Operating Officer confirmed that on "
        "average 96 patients a day had no criteria to reside, of whom around a third were "
        "waiting for a care home placement.",
        "6.3 Members asked about ambulance handover delays at Kingsmere General Hospital "
        "and whether patients had been treated in corridors. The Director of Urgent and "
        "Emergency Care said that corridor care had been used on 41 days in January and "
        "that a rapid handover area would open in October 2025. A Member questioned "
        "whether the planned 25 per cent reduction in ICB running costs would weaken "
        "winter planning. The Director confirmed that no operational planning posts were "
        "in scope of the reduction.",
        "6.4 Concern was expressed about the overnight closure of the minor injuries unit "
        "at Eastwold Community Hospital, and Members asked whether local residents had "
        "been consulted. The ICB representative stated that the closure had been a "
        "temporary measure and that any permanent change would be subject to formal "
        "public consultation.",
        "6.5 RESOLVED: The Select Committee noted the review of urgent and emergency care "
        "over winter 2024/25 and the actions planned for winter 2025/26.",
    ]),
    ("7.0", "PUBLIC HEALTH GRANT AND DRUG AND ALCOHOL TREATMENT SERVICES", [
        "7.1 The Director of Public Health introduced the report, which summarised the "
        "2025/26 public health grant allocation of £38.2 million and the performance of "
        "the integrated drug and alcohol treatment service.",
        "7.2 Members asked about the reduction in the public health grant since it "
        "transferred to local government. The Director of Public Health confirmed that "
        "the grant was 24 per cent lower per head in real terms than in 2015/16. Members "
        "queried the decision to extend the treatment contract with Renewal Pathways Ltd "
        "for two years without a competitive process. The Head of Procurement and "
        "Commercial Assurance explained that the extension was permitted under the Provider "
        "Selection Regime and that a full procurement would start in 2026.",
        "7.3 A Member asked whether stop smoking services would be brought back in-house "
        "when the pharmacy-based contract ended in March 2026. The Director of Public "
        "Health said that an options appraisal, including a directly delivered model, "
        "would be presented to the Cabinet in September.",
        "7.4 RESOLVED: The Select Committee:",
        "(1) noted the update on the public health grant and treatment services; and",
        "(2) agreed to establish a task group to review the commissioning of drug and "
        "alcohol treatment, its membership to be agreed by the Chair and Vice-Chair.",
    ]),
    ("8.0", "FORWARD WORK PROGRAMME AND RECOMMENDATIONS TRACKER", [
        "8.1 The Scrutiny and Democratic Services Officer presented the forward work "
        "programme and the recommendations tracker. Members requested that the adult "
        "social care workforce strategy be added to the agenda for the September meeting.",
        "8.2 RESOLVED: The Select Committee agreed its forward work programme, subject to "
        "the addition of the adult social care workforce strategy in September 2025.",
    ]),
    ("9.0", "DATE OF THE NEXT MEETING", [
        "9.1 The next meeting will be held on Tuesday 16 September 2025 at 10.00am in the "
        "Council Chamber, County Hall, Harrowdale.",
    ]),
]

APPENDIX = [
    ("1", "How many care home beds commissioned by the Council are currently in homes "
          "rated Requires Improvement or Inadequate by the Care Quality Commission?",
     "Councillor Tom Aldridge",
     "As at 31 May 2025, 412 of the 2,318 beds commissioned by the Council were in "
     "homes rated Requires Improvement or Inadequate. Each home has an improvement "
     "plan monitored by the quality assurance team."),
    ("2", "How many people are waiting for a Care Act assessment, and what is the "
          "median waiting time?",
     "Councillor Helen Strand",
     "On 31 May 2025 there were 1,046 people waiting for a Care Act assessment, with a "
     "median wait of 38 days from first contact."),
    ("3", "What was spent on agency social workers in adult social care in 2024/25, and "
          "what is the target for 2025/26?",
     "Councillor Susan Vickery",
     "Spending on agency social workers in adult social care in 2024/25 was £3.9 "
     "million. The target for 2025/26 is £2.1 million, supported by a new "
     "recruitment and retention offer."),
]
APPENDIX_BY = "Cabinet Member for Adult Social Care and Health"


def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-06-17",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4.0", "question",
          "asked a supplementary question about whether the figure given in answer",
          "undertook to provide a written breakdown to all Members after the meeting",
          "Councillor Strand", "Executive Director", ["adult-social-care"]),
        q("5.0", "question",
          "smaller local agencies would be squeezed out of the market by the zoned arrangement",
          "lead providers would be required to subcontract at least 30 per cent of hours",
          None, "Head of Commissioning", ["subcontracting", "adult-social-care"]),
        q("5.0", "question",
          "enough to pay the real living wage and cover travel time between visits",
          "the rate had been modelled on the fair cost of care exercise",
          None, "Officers", ["finance", "workforce", "adult-social-care"]),
        q("5.0", "concern",
          "Members expressed concern that providers backed by private equity had bid",
          "bidders would be subject to enhanced due diligence, including a review of group debt",
          None, "Executive Director", ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("5.0", "request",
          "see the outcome of the market engagement events before the tender was launched",
          None, "Councillor Patel", None,
          ["subcontracting", "governance", "adult-social-care"]),
        q("5.0", "question",
          "how people who use home care had shaped the specification",
          "212 survey responses and four focus groups with carers had informed",
          "Mrs Ellery", "Head of Commissioning", ["patient-and-public-input", "adult-social-care"]),
        q("6.0", "question",
          "patients who remained in hospital after they were medically fit to leave",
          "on average 96 patients a day had no criteria to reside",
          None, "Chief Operating Officer", ["adult-social-care"]),
        q("6.0", "question",
          "ambulance handover delays at Kingsmere General Hospital and whether patients had been treated in corridors",
          "corridor care had been used on 41 days in January",
          None, "Director of Urgent and Emergency Care", []),
        q("6.0", "question",
          "planned 25 per cent reduction in ICB running costs would weaken winter planning",
          "no operational planning posts were in scope of the reduction",
          None, "Director", ["finance", "workforce"]),
        q("6.0", "concern",
          "overnight closure of the minor injuries unit at Eastwold Community Hospital",
          "any permanent change would be subject to formal public consultation",
          None, "ICB representative", ["patient-and-public-input"]),
        q("7.0", "question",
          "the reduction in the public health grant since it transferred to local government",
          "the grant was 24 per cent lower per head in real terms",
          None, "Director of Public Health", ["public-health", "finance"]),
        q("7.0", "question",
          "extend the treatment contract with Renewal Pathways Ltd for two years without a competitive process",
          "the extension was permitted under the Provider Selection Regime",
          None, "Head of Procurement and Commercial Assurance",
          ["subcontracting", "privatisation", "public-health"]),
        q("7.0", "question",
          "whether stop smoking services would be brought back in-house",
          "an options appraisal, including a directly delivered model, would be presented",
          None, "Director of Public Health",
          ["privatisation", "public-health", "primary-care", "subcontracting"]),
        q("8.0", "request",
          "social care workforce strategy be added to the agenda for the September meeting",
          None, None, None, ["workforce", "adult-social-care", "governance"]),
        q("4.0", "question",
          "How many care home beds commissioned by the Council are currently in homes",
          "412 of the 2,318 beds commissioned by the Council were in homes",
          "Councillor Tom Aldridge", APPENDIX_BY, ["adult-social-care", "governance"]),
        q("4.0", "question",
          "How many people are waiting for a Care Act assessment",
          "there were 1,046 people waiting for a Care Act assessment",
          "Councillor Helen Strand", APPENDIX_BY, ["adult-social-care"]),
        q("4.0", "question",
          "What was spent on agency social workers in adult social care in 2024/25",
          "The target for 2025/26 is £2.1 million, supported by a new",
          "Councillor Susan Vickery", APPENDIX_BY, ["workforce", "finance", "adult-social-care"]),
    ],
    "resolutions": [
        {"item": "2.0", "text": "The minutes of the meeting held on 8 April 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4.0", "text": "The Select Committee noted the written questions and answers set out",
         "outcome": "noted", "themes": []},
        {"item": "5.0",
         "text": "specification require lead providers to offer guaranteed-hours contracts to care workers",
         "outcome": "recommended",
         "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "6.0",
         "text": "noted the review of urgent and emergency care over winter 2024/25",
         "outcome": "noted", "themes": []},
        {"item": "7.0",
         "text": "agreed to establish a task group to review the commissioning of drug and alcohol treatment",
         "outcome": "agreed", "themes": ["public-health", "subcontracting", "governance"]},
        {"item": "8.0",
         "text": "The Select Committee agreed its forward work programme, subject to the addition",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Hollis", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Raj Patel", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Tom Aldridge", "role": None, "attendance": "present"},
        {"name": "Councillor Alan Burke", "role": None, "attendance": "present"},
        {"name": "Councillor Dean Oakley", "role": "substituting for Councillor Fiona Merrick",
         "attendance": "present"},
        {"name": "Councillor Helen Strand", "role": None, "attendance": "present"},
        {"name": "Councillor Susan Vickery", "role": None, "attendance": "present"},
        {"name": "Mrs Janet Ellery", "role": "Healthwatch Harrowdale", "attendance": "present"},
        {"name": "Mr Owen Price", "role": "District Councils' representative", "attendance": "present"},
        {"name": "Councillor Fiona Merrick", "role": None, "attendance": "apologies"},
        {"name": "Councillor Christine Daly", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Simon Kerridge", "role": "Executive Director for Adults, Wellbeing and Health Partnerships",
         "attendance": "in_attendance"},
        {"name": "Nadia Fairclough", "role": "Head of Commissioning (Adults and Integrated Care)",
         "attendance": "in_attendance"},
        {"name": "Dr Ruth Amos", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Paul Hennessey", "role": "Head of Procurement and Commercial Assurance",
         "attendance": "in_attendance"},
        {"name": "Karen Lowe",
         "role": "Director of Urgent and Emergency Care, NHS Harrowdale and Fenwick Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mark Devlin",
         "role": "Chief Operating Officer, Harrowdale Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Lucy Tranter", "role": "Scrutiny and Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

# --------------------------------------------------------------------------
# Document 2: ICB briefing note answering questions (a report, not minutes)
# --------------------------------------------------------------------------
BRIEFING_ROWS = [
    ("Members asked for the number of patients with no criteria to reside at Kingsmere "
     "General Hospital, broken down by reason for delay.",
     "In May 2025 an average of 96 patients a day had no criteria to reside. 34 were "
     "awaiting a care home placement, 27 a home care package, 19 a community hospital "
     "bed and 16 an assessment or other reason. The ICB and the County Council have "
     "agreed a joint discharge improvement plan, funded through the Better Care Fund."),
    ("Will the planned reduction in ICB running costs affect the ICB's ability to plan "
     "for winter?",
     "The ICB must reduce its running costs by 25 per cent by March 2026. No operational "
     "planning or urgent care posts are in scope. The reduction falls mainly on corporate "
     "and back-office functions, some of which will be shared with the neighbouring ICB."),
    ("Was the public consulted before the minor injuries unit at Eastwold Community "
     "Hospital closed overnight?",
     "The overnight closure was a temporary measure taken for patient safety because of "
     "nurse vacancies. Healthwatch Harrowdale and local councillors were informed. Any "
     "permanent change would be discussed with the Committee as a possible substantial "
     "variation and would be subject to formal public consultation."),
    ("How much corridor care was used during winter 2024/25, and what is being done to "
     "end it?",
     "Corridor care was used on 41 days in January 2025. A rapid handover area with "
     "twelve spaces will open in October 2025, and the ambulance service has agreed a "
     "45-minute maximum handover standard with the Trust."),
    ("Members asked whether any NHS services in Harrowdale were being transferred to "
     "private providers.",
     "The ICB has no plans to transfer acute services to the independent sector. "
     "Independent sector providers currently deliver around 8 per cent of elective "
     "activity, mainly orthopaedics and ophthalmology, under national contracts."),
    ("What is the ICB doing to improve access to GP appointments in the north of the "
     "county?",
     "Two primary care networks in the north are piloting a shared urgent same-day hub. "
     "Additional roles funding has been used to recruit eleven clinical pharmacists and "
     "six paramedics. GP practices offered 4 per cent more appointments in 2024/25 than "
     "in the previous year."),
]

GOLD_DOCX = {
    "document": DOCX_NAME,
    "doc_type": "report",
    "themes": ["adult-social-care", "integration", "finance", "workforce",
               "patient-and-public-input", "governance", "privatisation",
               "subcontracting", "primary-care"],
}


# --------------------------------------------------------------------------
def soft_hyphenate(text):
    """Insert soft hyphens into long words (V-CV breaks) so the justified PDF
    hyphenates words across line ends as real minutes do."""
    vowels = "aeiouy"

    def hy(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        out, last = [], 0
        for i in range(3, len(w) - 3):
            if (w[i - 1].lower() in vowels and w[i].lower() not in vowels
                    and w[i + 1].lower() in vowels and i - last >= 3):
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return "\u00ad".join(out)

    return re.sub(r"[A-Za-z]+", hy, text)


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Minutes(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"{COUNCIL}", align="L")
            self.cell(0, 4, f"{COMMITTEE} – 17 June 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, 16, 190, 16)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 4, f"Page {self.page_no()}", align="C")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chair's initials ............", align="R")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{COMMITTEE} minutes 17 June 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "MINUTES of the meeting held at County Hall, Harrowdale on "
                   "Tuesday 17 June 2025 at 10.00am", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text in ATTENDANCE:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, soft_hyphenate(text), align="J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(3)
    for num, title, paras in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(14, 6, num)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for p in paras:
            m = re.match(r"(\d+\.\d+) (.*)", p, re.S)
            if m:
                pdf.cell(14, 5.2, m.group(1))
                body = m.group(2)
                if body.startswith("RESOLVED:"):
                    pdf.set_font("DejaVu", "B", 10)
                    pdf.cell(pdf.get_string_width("RESOLVED: ") + 0.5, 5.2, "RESOLVED:")
                    pdf.set_font("DejaVu", "", 10)
                    body = body[len("RESOLVED:"):].strip()
                pdf.multi_cell(0, 5.2, soft_hyphenate(body), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_x(pdf.l_margin + 24)
                pdf.multi_cell(0, 5.2, soft_hyphenate(p), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.2, "The meeting ended at 12.47pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 5.2, "Chair ....................................................",
                   new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "Appendix A – Written questions and answers",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Written questions from Members under Standing Order 11 (minute "
                   "4.0 refers). Answers were provided by the " + APPENDIX_BY + ".",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=(10, 70, 90), text_align=("CENTER", "LEFT", "LEFT"),
                   line_height=5, borders_layout="ALL",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   padding=1.5) as table:
        row = table.row()
        for h in ("No.", "Question (asked by)", "Answer"):
            row.cell(h)
        for n, qu, by, ans in APPENDIX:
            row = table.row()
            row.cell(n)
            row.cell(f"{qu}\n({by})")
            row.cell(ans)
    pdf.output(path)


def source_pdf():
    parts = [COUNCIL, COMMITTEE]
    for label, text in ATTENDANCE:
        parts += [label, text]
    for num, title, paras in ITEMS:
        parts.append(f"{num} {title}")
        parts += paras
    for n, qu, by, ans in APPENDIX:
        parts += [n, f"{qu} ({by})", ans]
    return "\n".join(parts)


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = Document()
    cp = d.core_properties
    cp.author = "NHS Harrowdale and Fenwick ICB"
    cp.title = "Response to questions raised at the meeting on 17 June 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Corporate Affairs"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("NHS Harrowdale and Fenwick Integrated Care Board")
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    p = d.add_paragraph()
    r = p.add_run("BRIEFING NOTE")
    r.bold = True
    r.font.size = Pt(12)
    h = d.add_heading("Response to questions raised at the meeting on 17 June 2025", level=1)
    meta = [
        ("To:", "Harrowdale County Council Adults and Health Select Committee"),
        ("From:", "Karen Lowe, Director of Urgent and Emergency Care, on behalf of the "
                  "Chief Executive, NHS Harrowdale and Fenwick Integrated Care Board"),
        ("Date:", "8 July 2025"),
        ("Subject:", "Urgent and emergency care: review of winter 2024/25"),
    ]
    for k, v in meta:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        rk = p.add_run(k + "\t")
        rk.bold = True
        p.add_run(v)
    d.add_paragraph(
        "At its meeting on 17 June 2025 the Select Committee considered the ICB's review of "
        "winter 2024/25 and asked for further information on several points. This note "
        "sets out the questions raised and the ICB's responses. It will be circulated to "
        "Members and published with the papers for the Select Committee's next meeting.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Question raised", "ICB response")):
        c.text = ""
        run = c.paragraphs[0].add_run(txt)
        run.bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        c._tc.get_or_add_tcPr().append(shd)
    for qu, ans in BRIEFING_ROWS:
        cells = t.add_row().cells
        cells[0].text = qu
        cells[1].text = ans
    d.add_paragraph()
    d.add_paragraph("Contact: Corporate Affairs Team, NHS Harrowdale and Fenwick ICB, "
                    "hfi.corporateaffairs@nhs.example")
    import io
    import zipfile
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package with fixed timestamps so the build is byte-for-byte stable
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u00ad", "").lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def phrases(gold):
    out = []
    for x in gold.get("questions", []):
        out.append(("question", x["text"]))
        if x.get("answer"):
            out.append(("answer", x["answer"]))
    for x in gold.get("resolutions", []):
        out.append(("resolution", x["text"]))
    return out


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            tables = pg.find_tables()
            rest = pg
            for tb in tables:
                rest = rest.outside_bbox(tb.bbox)
            parts.append(rest.extract_text() or "")
            for tb in tables:
                for row in tb.extract():
                    parts += [c or "" for c in row]
    t = "\n".join(parts)
    return re.sub(r"-\n", "", t)


def check():
    themes_ok = {"privatisation", "subcontracting", "patient-and-public-input",
                 "public-health", "finance", "governance", "integration", "workforce",
                 "primary-care", "mental-health", "children-and-families",
                 "adult-social-care", "housing"}
    ok = True
    for gold, source, path in [
        (GOLD_PDF, source_pdf(), os.path.join(DOCS, PDF_NAME)),
        (GOLD_DOCX, "", os.path.join(DOCS, DOCX_NAME)),
    ]:
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        texts = [("source", norm(source))]
        if path.endswith(".pdf"):
            texts.append(("pdf", norm(pdf_text(path))))
        for what, ph in phrases(gold):
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"LENGTH {n} {what}: {ph}")
                ok = False
            for label, t in texts:
                c = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", t))
                if c != 1:
                    print(f"{label} count={c} {what}: {ph}")
                    ok = False
        ths = list(gold.get("themes", []))
        for x in gold.get("questions", []) + gold.get("resolutions", []):
            ths += x["themes"]
        for th in ths:
            if th not in themes_ok:
                print("BAD THEME", th)
                ok = False
        gp = os.path.join(GOLD, os.path.splitext(os.path.basename(path))[0] + ".json")
        with open(gp, encoding="utf-8") as f:
            if json.load(f) != gold:
                print("STALE GOLD", gp)
                ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for gold, name in [(GOLD_PDF, PDF_NAME), (GOLD_DOCX, DOCX_NAME)]:
        gp = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        with open(gp, "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", PDF_NAME, DOCX_NAME)


if __name__ == "__main__":
    main()
