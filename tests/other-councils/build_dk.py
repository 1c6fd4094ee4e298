#!/usr/bin/env python3
"""Build the "dk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dk.py           build documents/dk-* and gold/dk-*.json
        build_dk.py --check   verify every gold phrase occurs once in its document
"""
import datetime, io, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------- document 1 (PDF)
PDF_NAME = "dk-marlshire-asch-osc-2025-06-18.pdf"
COMMITTEE1 = "Adult Social Care and Health Overview and Scrutiny Committee"

MEMBERS = [
    ("Cllr Mrs J Harcourt (Chairman)", "Thornleigh"),
    ("Cllr D Penrose (Vice-Chairman)", "Ashbury North"),
    ("Cllr A Babatunde", "Kelsall and Moor"),
    ("Cllr R Fothergill", "Ashbury South"),
    ("Cllr Mrs H Quennell", "Lydford Vale"),
    ("Cllr T Oduya", "Brancaster West"),
    ("Cllr P Llewellyn (substitute for Cllr K Marsh)", "Hatherley"),
    ("Mr G Tennant (co-opted, Healthwatch Marlshire)", "non-voting"),
]
OFFICERS = ("Officers and guests: Mrs P Okonjo (Corporate Director, Adult Social Care and Health), "
            "Mr L Whitcombe (Head of Commissioning and Market Shaping, Adults), Dr S Mahler "
            "(Director of Public Health), Ms F Adeyemi (Assistant Director, Workforce Development "
            "and Practice Quality), Ms C Rendall (Director of Mental Health Commissioning, NHS Marl "
            "and Severn Integrated Care Board), Mr J Castellano (Cabinet Member for Adult Social "
            "Care) and Miss E Trow (Democratic Services Officer).")

# Each item: (part, number, title, [paragraphs], [numbered entries], decision or None)
ITEMS = [
    ("A", "A1", "Apologies and Substitutes",
     ["Apologies for absence were received from Cllr K Marsh, for whom Cllr P Llewellyn attended "
      "as substitute, and from Cllr S Dunmore."], [], None),
    ("A", "A2", "Declarations of Interest",
     ["Cllr T Oduya declared a personal interest in item B1 as a close family member is employed "
      "by Marl and Severn Partnership NHS Foundation Trust. Cllr R Fothergill declared a "
      "disclosable pecuniary interest in item A4 as his spouse is a director of a domiciliary care "
      "agency operating in the county; he left the room for the whole of that item and took no "
      "part in the discussion."], [], None),
    ("A", "A3", "Minutes of the Meeting held on 9 April 2025",
     [], [],
     "Decision: That the Committee approves the minutes of the meeting held on 9 April 2025 as a "
     "correct record, to be signed by the Chairman."),
    ("A", "A4", "Home Care Recommissioning – Outcome-Based Framework 2026 to 2031",
     ["The Head of Commissioning and Market Shaping introduced the report, which set out the "
      "proposed model for recommissioning home care from April 2026 on the basis of eight zonal "
      "lots, replacing the current spot-purchasing arrangements with 42 providers. The Cabinet "
      "Member for Adult Social Care explained that the Cabinet would take the final decision on "
      "15 July and had asked for the Committee's views.",
      "Members' comments and questions:"],
     ["Cllr Babatunde asked how many of the existing providers were expected to bid under the "
      "zonal lots and whether smaller local agencies would be squeezed out of the market. "
      "[Officer response: The Head of Commissioning said soft market testing had attracted 37 "
      "expressions of interest and lot sizes had been set so small providers could bid as "
      "consortia.]",
      "Cllr Mrs Quennell expressed concern that the proposed hourly rate of £24.60 would not cover "
      "the real living wage for care workers once unpaid travel time was taken into account. "
      "[Officer response: The Corporate Director acknowledged the pressure and said the rate would "
      "be reviewed annually against the Homecare Association costing model.]",
      "Cllr Penrose requested that every contract include a clause requiring providers to pay care "
      "workers for travel time between calls. [Officer response: Officers agreed to write this "
      "into the final specification and to report back to the Committee in September.]",
      "Mr Tennant said service users had told Healthwatch that frequent changes of carer were the "
      "largest single source of complaint, and asked how continuity would be measured. "
      "[Officer response: A continuity of care indicator with a target of no more than six "
      "different carers a fortnight would be written into the performance schedule.]",
      "Cllr Oduya asked whether bringing part of the service back in-house had been considered as "
      "an alternative to procurement. [Officer response: An in-house option had been appraised "
      "but rejected on cost grounds, and the options appraisal would be circulated to Members.]"],
     "Decision: That the Committee recommends to the Cabinet that the outcome-based home care "
     "framework be approved for procurement, subject to payment for travel time between calls "
     "being a contractual requirement and a continuity of care indicator being included in the "
     "performance schedule."),
    ("A", "A5", "Work Programme 2025/26",
     ["Members' comments and questions:"],
     ["Cllr Fothergill asked that the Committee examine access to NHS dentistry in rural divisions, "
      "given the recent closure of two dental practices in Lydford."],
     "Decision: That the Committee agrees its work programme for 2025/26, with an item on NHS "
     "dental access added for the meeting on 12 November 2025."),
    ("B", "B1", "Community Mental Health Transformation – Update from the Integrated Care Board",
     ["Ms Rendall presented the update on the community mental health transformation programme, "
      "now in its third year, including the opening of two neighbourhood mental health hubs.",
      "Members' comments and questions:"],
     ["Cllr Oduya asked why waiting times for adult community mental health teams in Brancaster "
      "had risen to 19 weeks despite the transformation funding. [Answered by the ICB: Vacancy "
      "rates of 28 per cent in community psychiatric nursing had slowed progress, but three "
      "further hubs would open by March 2026.]",
      "The Chairman sought clarification on how much of the transformation funding had been "
      "passed to voluntary and community sector partners. [Answered by the ICB: Roughly £3.1 "
      "million of the £11.4 million programme had been commissioned from voluntary sector "
      "providers.]",
      "Cllr Mrs Quennell raised concern that the new single point of access relied on an online "
      "form which excluded many older residents without internet access. [Answered by the ICB: A "
      "telephone route staffed around the clock remained available and would be publicised more "
      "prominently.]"],
     "Decision: That the Committee notes the update on community mental health transformation."),
    ("B", "B2", "Adult Social Care Workforce Update",
     ["Ms Adeyemi introduced the six-monthly workforce report, covering recruitment, retention and "
      "the use of agency staff in the Council's adult social care teams and in the external care "
      "market.",
      "Members' comments and questions:"],
     ["Cllr Fothergill asked what proportion of qualified social worker posts were currently "
      "covered by agency staff. [Officer response: The Assistant Director said 14 per cent of "
      "posts were covered by agency workers, down from 22 per cent a year earlier.]",
      "Cllr Llewellyn asked whether the international recruitment scheme had left any sponsored "
      "care workers without hours or employment. [Officer response: Two providers had lost their "
      "sponsorship licences and the Council had helped 31 displaced workers find new employers.]",
      "Cllr Babatunde requested a breakdown of staff turnover by provider type for the next "
      "meeting. [Officer response: This would be circulated to Members before the September "
      "meeting.]"],
     "Decision: That the Committee notes the adult social care workforce update."),
    ("B", "B3", "Stop Smoking Service and Youth Vaping",
     ["The Director of Public Health presented the first six-month performance report on the "
      "stop smoking service, delivered since October 2024 under contract by Breathe Well CIC.",
      "Members' comments and questions:"],
     ["Cllr Penrose asked whether Breathe Well CIC was meeting its quit targets after the first six "
      "months of the contract. [Officer response: The Director of Public Health said 1,240 "
      "four-week quits had been recorded, eight per cent above the contract target.]",
      "Cllr Mrs Quennell expressed concern about disposable vapes being sold to children near "
      "schools in Lydford. [Officer response: Trading Standards had carried out 46 test purchases "
      "since January, resulting in nine prosecutions of retailers.]"],
     "Decision: That the Committee notes the performance report on the stop smoking service."),
]


def pdf_source_text():
    """Logical text of the PDF (what --check matches against)."""
    out = [COMMITTEE1]
    for n, d in MEMBERS:
        out.append(n + " " + d)
    out.append(OFFICERS)
    for part, num, title, paras, entries, dec in ITEMS:
        out.append(num + " " + title)
        out.extend(paras)
        out.extend(entries)
        if dec:
            out.append(dec)
    return "\n".join(out)


def build_pdf(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Marlshire County Council", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, COMMITTEE1 + " – 18 June 2025", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.set_text_color(0, 0, 0)
            self.ln(6)

        def footer(self):
            self.set_y(-16)
            self.set_font("DV", "", 8)
            self.cell(85, 5, "Page %d" % self.page_no())
            self.cell(85, 5, "Chairman's initials ..........", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_title("Minutes - " + COMMITTEE1 + " - 18 June 2025")
    pdf.add_page()

    LH = 5.2

    def just(text, x0, width, style="", size=10):
        """Justified paragraph with words hyphenated across line ends."""
        pdf.set_font("DV", style, size)
        words = text.split()
        lines, cur = [], []
        sp = pdf.get_string_width(" ")
        def w(ws):
            return sum(pdf.get_string_width(t) for t in ws) + sp * (len(ws) - 1 if ws else 0)
        i = 0
        while i < len(words):
            wd = words[i]
            if w(cur + [wd]) <= width:
                cur.append(wd); i += 1; continue
            # try hyphenating long alphabetic words
            done = False
            core = wd
            if len(core) >= 9 and re.fullmatch(r"[A-Za-z]+[,.;:]?", core):
                for cut in range(len(core) - 4, 3, -1):
                    head = core[:cut] + "-"
                    if w(cur + [head]) <= width:
                        cur.append(head); lines.append(cur); cur = []
                        words[i] = core[cut:]
                        done = True
                        break
            if not done:
                lines.append(cur); cur = []
        if cur:
            lines.append(cur)
        for li, ln in enumerate(lines):
            if pdf.get_y() + LH > pdf.h - 22:
                pdf.add_page()
            y = pdf.get_y()
            last = li == len(lines) - 1
            tw = sum(pdf.get_string_width(t) for t in ln)
            gap = sp if (last or len(ln) < 2) else (width - tw) / (len(ln) - 1)
            x = x0
            for t in ln:
                pdf.set_xy(x, y)
                pdf.cell(pdf.get_string_width(t) + 0.01, LH, t)
                x += pdf.get_string_width(t) + gap
            pdf.set_xy(x0, y + LH)
        pdf.ln(1.8)

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "MARLSHIRE COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(0, 6, COMMITTEE1.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    just("MINUTES of a meeting of the " + COMMITTEE1 + " held in the Council Chamber, County Hall, "
         "Ashbury on Wednesday 18 June 2025 at 10.00 am.", 20, 170)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Members present", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    for n, d in MEMBERS:
        pdf.set_x(20)
        pdf.cell(105, 5.4, n)
        pdf.cell(0, 5.4, d, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    just(OFFICERS, 20, 170)
    pdf.ln(2)

    current = None
    for part, num, title, paras, entries, dec in ITEMS:
        if part != current:
            current = part
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.cell(0, 7, "PART A – ITEMS FOR DECISION" if part == "A"
                     else "PART B – ITEMS FOR INFORMATION", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("DV", "B", 10)
        pdf.set_x(20)
        pdf.cell(14, 6, num)
        pdf.multi_cell(156, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        for p in paras:
            if p == "Members' comments and questions:":
                pdf.set_font("DV", "I", 10)
                pdf.set_x(34)
                pdf.cell(0, 6, p, new_x="LMARGIN", new_y="NEXT")
            else:
                just(p, 34, 156)
        for k, e in enumerate(entries, 1):
            if pdf.get_y() > pdf.h - 32:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DV", "", 10)
            pdf.set_xy(34, y)
            pdf.cell(7, LH, "%d." % k)
            pdf.set_xy(41, y)
            just(e, 41, 149)
        if dec:
            just(dec, 34, 156, style="B")
        pdf.ln(1)
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "The meeting closed at 12.41 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 6, "Chairman ........................................", align="R")
    pdf.output(path)


def T(*t):
    return list(t)


GOLD1 = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE1,
    "meeting_date": "2025-06-18",
    "items": [{"number": n, "title": t} for _, n, t, *_ in ITEMS],
    "questions": [
        {"item": "A4", "kind": "question",
         "text": "whether smaller local agencies would be squeezed out of the market",
         "asked_by": "Cllr Babatunde",
         "answer": "lot sizes had been set so small providers could bid as consortia",
         "given_by": "The Head of Commissioning",
         "themes": T("subcontracting", "adult-social-care")},
        {"item": "A4", "kind": "concern",
         "text": "the proposed hourly rate of £24.60 would not cover the real living wage",
         "asked_by": "Cllr Mrs Quennell",
         "answer": "the rate would be reviewed annually against the Homecare Association costing model",
         "given_by": "The Corporate Director",
         "themes": T("finance", "workforce", "adult-social-care")},
        {"item": "A4", "kind": "request",
         "text": "requested that every contract include a clause requiring providers to pay care workers",
         "asked_by": "Cllr Penrose",
         "answer": "Officers agreed to write this into the final specification",
         "given_by": "Officers",
         "themes": T("subcontracting", "workforce", "adult-social-care")},
        {"item": "A4", "kind": "question",
         "text": "frequent changes of carer were the largest single source of complaint",
         "asked_by": "Mr Tennant",
         "answer": "no more than six different carers a fortnight would be written into",
         "given_by": None,
         "themes": T("patient-and-public-input", "adult-social-care")},
        {"item": "A4", "kind": "question",
         "text": "bringing part of the service back in-house had been considered as an alternative",
         "asked_by": "Cllr Oduya",
         "answer": "An in-house option had been appraised but rejected on cost grounds",
         "given_by": None,
         "themes": T("privatisation", "subcontracting", "finance", "adult-social-care")},
        {"item": "A5", "kind": "request",
         "text": "examine access to NHS dentistry in rural divisions",
         "asked_by": "Cllr Fothergill", "answer": None, "given_by": None,
         "themes": T("primary-care")},
        {"item": "B1", "kind": "question",
         "text": "why waiting times for adult community mental health teams in Brancaster",
         "asked_by": "Cllr Oduya",
         "answer": "Vacancy rates of 28 per cent in community psychiatric nursing had slowed progress",
         "given_by": "the ICB",
         "themes": T("mental-health", "workforce", "finance")},
        {"item": "B1", "kind": "question",
         "text": "how much of the transformation funding had been passed to voluntary and community sector partners",
         "asked_by": "The Chairman",
         "answer": "million programme had been commissioned from voluntary sector providers",
         "given_by": "the ICB",
         "themes": T("mental-health", "subcontracting", "finance")},
        {"item": "B1", "kind": "concern",
         "text": "the new single point of access relied on an online form",
         "asked_by": "Cllr Mrs Quennell",
         "answer": "A telephone route staffed around the clock remained available",
         "given_by": "the ICB",
         "themes": T("mental-health", "adult-social-care")},
        {"item": "B2", "kind": "question",
         "text": "what proportion of qualified social worker posts were currently covered by agency staff",
         "asked_by": "Cllr Fothergill",
         "answer": "posts were covered by agency workers, down from 22 per cent",
         "given_by": "The Assistant Director",
         "themes": T("workforce", "adult-social-care")},
        {"item": "B2", "kind": "question",
         "text": "the international recruitment scheme had left any sponsored care workers without hours",
         "asked_by": "Cllr Llewellyn",
         "answer": "the Council had helped 31 displaced workers find new employers",
         "given_by": None,
         "themes": T("workforce", "adult-social-care")},
        {"item": "B2", "kind": "request",
         "text": "requested a breakdown of staff turnover by provider type",
         "asked_by": "Cllr Babatunde",
         "answer": "This would be circulated to Members before the September meeting",
         "given_by": None,
         "themes": T("workforce", "adult-social-care")},
        {"item": "B3", "kind": "question",
         "text": "whether Breathe Well CIC was meeting its quit targets",
         "asked_by": "Cllr Penrose",
         "answer": "four-week quits had been recorded, eight per cent above the contract target",
         "given_by": "The Director of Public Health",
         "themes": T("public-health", "subcontracting")},
        {"item": "B3", "kind": "concern",
         "text": "disposable vapes being sold to children near schools in Lydford",
         "asked_by": "Cllr Mrs Quennell",
         "answer": "Trading Standards had carried out 46 test purchases since January",
         "given_by": None,
         "themes": T("public-health", "children-and-families")},
    ],
    "resolutions": [
        {"item": "A3", "text": "approves the minutes of the meeting held on 9 April 2025",
         "outcome": "agreed", "themes": []},
        {"item": "A4", "text": "recommends to the Cabinet that the outcome-based home care framework be approved for procurement",
         "outcome": "recommended", "themes": T("subcontracting", "adult-social-care", "workforce")},
        {"item": "A5", "text": "agrees its work programme for 2025/26, with an item on NHS dental access",
         "outcome": "agreed", "themes": T("primary-care")},
        {"item": "B1", "text": "notes the update on community mental health transformation",
         "outcome": "noted", "themes": T("mental-health")},
        {"item": "B2", "text": "notes the adult social care workforce update",
         "outcome": "noted", "themes": T("workforce", "adult-social-care")},
        {"item": "B3", "text": "notes the performance report on the stop smoking service",
         "outcome": "noted", "themes": T("public-health")},
    ],
    "attendees": [
        {"name": "Cllr Mrs J Harcourt", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr D Penrose", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr A Babatunde", "role": None, "attendance": "present"},
        {"name": "Cllr R Fothergill", "role": None, "attendance": "present"},
        {"name": "Cllr Mrs H Quennell", "role": None, "attendance": "present"},
        {"name": "Cllr T Oduya", "role": None, "attendance": "present"},
        {"name": "Cllr P Llewellyn", "role": "substitute for Cllr K Marsh", "attendance": "present"},
        {"name": "Mr G Tennant", "role": "co-opted, Healthwatch Marlshire", "attendance": "present"},
        {"name": "Cllr K Marsh", "role": None, "attendance": "apologies"},
        {"name": "Cllr S Dunmore", "role": None, "attendance": "apologies"},
        {"name": "Mrs P Okonjo", "role": "Corporate Director, Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Mr L Whitcombe", "role": "Head of Commissioning and Market Shaping, Adults", "attendance": "in_attendance"},
        {"name": "Dr S Mahler", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ms F Adeyemi", "role": "Assistant Director, Workforce Development and Practice Quality", "attendance": "in_attendance"},
        {"name": "Ms C Rendall", "role": "Director of Mental Health Commissioning, NHS Marl and Severn Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr J Castellano", "role": "Cabinet Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Miss E Trow", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2 (DOCX agenda)
DOCX_NAME = "dk-hallowfield-health-scrutiny-agenda-2025-07-10.docx"
AGENDA = [
    ("1", "Apologies for Absence and Substitutions",
     "To receive apologies for absence and to note any substitute members.", None),
    ("2", "Declarations of Interest",
     "Members are asked to declare any disclosable pecuniary interests or other registrable "
     "interests in matters on the agenda.", None),
    ("3", "Minutes of the Previous Meeting (Pages 5 - 14)",
     "To approve as a correct record the minutes of the meeting held on 22 May 2025.",
     "That the minutes of the meeting held on 22 May 2025 be approved as a correct record."),
    ("4", "Public Questions",
     "To receive questions from members of the public submitted in accordance with Procedure "
     "Rule 9. Two questions have been received and are set out below. Answers will be given at "
     "the meeting.", None),
    ("5", "Urgent and Emergency Care Redesign – Consultation Proposals (Pages 15 - 48)",
     "To consider NHS Hallowfield and Coldbrook Integrated Care Board's proposals to replace the "
     "Wrenfield minor injuries unit with an urgent treatment centre at Hallowfield General "
     "Hospital, and the arrangements for public consultation.",
     "That the Committee notes the proposals and comments on the consultation arrangements."),
    ("6", "Adult Social Care Charging Policy Review (Pages 49 - 72)",
     "To scrutinise proposed changes to the charging policy for non-residential care, including "
     "the treatment of disability-related expenditure.",
     "That the Committee notes the proposed changes and makes any comments to the Cabinet."),
    ("7", "GP Access and Primary Care Networks – Update (Pages 73 - 90)",
     "To receive an update from the Integrated Care Board on access to general practice and "
     "the additional roles recruited by primary care networks.",
     "That the Committee notes the update on access to general practice."),
    ("8", "Work Programme 2025/26 (Pages 91 - 98)",
     "To review the Committee's work programme.",
     "That the Committee notes the work programme and agrees any amendments."),
    ("9", "Exclusion of the Press and Public",
     "To consider whether to exclude the press and public for the following item on the grounds "
     "that it involves the likely disclosure of exempt information as defined in paragraph 3 of "
     "Part 1 of Schedule 12A to the Local Government Act 1972.", None),
    ("10", "Residential Care Block Contract – Provider Performance (Exempt) (Pages 99 - 118)",
     "To consider the performance of the provider of the residential care block contract, "
     "including commercially sensitive financial information.",
     "That the Committee notes the exempt report on provider performance."),
]
PUBLIC_QS = [
    ("Question from Mrs Ann Halloran, Wrenfield",
     "Wrenfield has no bus service after 6pm. If the minor injuries unit closes, how are older "
     "residents without a car expected to reach Hallowfield General Hospital in the evening, and "
     "will the Integrated Care Board fund any transport before the unit closes?"),
    ("Question from Mr Desmond Achebe, Coldbrook Carers Support Group",
     "Carers in Coldbrook tell us that the new charging policy will take away money they rely on "
     "for disability-related costs such as laundry and heating. Will the Committee ask the "
     "Cabinet to publish an equality impact assessment before any decision is made?"),
]


def docx_source_text():
    out = []
    for n, t, p, r in AGENDA:
        out += [n + " " + t, p] + ([r] if r else [])
    for h, q in PUBLIC_QS:
        out += [h, q]
    return "\n".join(out)


def build_docx(path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        hp = s.header.paragraphs[0]
        hp.text = "Hallowfield Council – Health Scrutiny Committee – 10 July 2025"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = s.footer.paragraphs[0]
        fp.text = "Public agenda – printed on 100% recycled paper"
    p = d.add_paragraph()
    r = p.add_run("HALLOWFIELD COUNCIL"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("HEALTH SCRUTINY COMMITTEE"); r.bold = True; r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("AGENDA"); r.bold = True; r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    tbl = d.add_table(rows=0, cols=2)
    for k, v in [("Date:", "Thursday, 10 July 2025"), ("Time:", "2.00 pm"),
                 ("Venue:", "Committee Room 2, The Civic Centre, Market Street, Hallowfield HW1 4QT"),
                 ("Contact:", "Rhiannon Blythe, Senior Democratic Services Officer, "
                              "tel. 01632 960418, democratic.services@hallowfield.example.gov.uk"),
                 ("Published:", "Wednesday, 2 July 2025")]:
        c = tbl.add_row().cells
        c[0].text = k; c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run("Membership").bold = True
    d.add_paragraph("Councillors Imogen Selwood (Chair), Barry Coutts (Vice-Chair), Nadia Faraj, "
                    "Owen Pryce-Jenkins, Lorraine Tuttle, Graham Whitlock and Sunita Varma.")
    d.add_paragraph("Co-opted (non-voting): Healthwatch Hallowfield representative.")
    p = d.add_paragraph()
    p.add_run("Quorum: ").bold = True
    p.add_run("three Members.")
    d.add_paragraph("Members of the public are welcome to attend. The meeting will be webcast. "
                    "If you wish to ask a question, it must be received by noon three clear "
                    "working days before the meeting.").italic = True
    d.add_page_break()
    p = d.add_paragraph(); r = p.add_run("AGENDA"); r.bold = True; r.font.size = Pt(13)
    p = d.add_paragraph(); r = p.add_run("PART I – ITEMS TO BE CONSIDERED IN PUBLIC"); r.bold = True
    for n, t, purpose, rec in AGENDA:
        if n == "10":
            p = d.add_paragraph()
            r = p.add_run("PART II – ITEM NOT FOR PUBLICATION"); r.bold = True
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        r = p.add_run(n + ".\t" + t); r.bold = True
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.0)
        q.add_run("Purpose: ").bold = True
        q.add_run(purpose)
        if n == "4":
            for h, txt in PUBLIC_QS:
                hp = d.add_paragraph()
                hp.paragraph_format.left_indent = Cm(1.5)
                hp.add_run(h).bold = True
                qp = d.add_paragraph(txt)
                qp.paragraph_format.left_indent = Cm(1.5)
        if rec:
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.0)
            q.add_run("Recommendation: ").bold = True
            q.add_run(rec)
        if n in ("9", "10"):
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.0)
            r = q.add_run("Exempt information: " + (
                "Paragraph 3 – information relating to the financial or business affairs of any "
                "particular person (including the authority holding that information). The public "
                "interest in maintaining the exemption is considered to outweigh the public "
                "interest in disclosure." if n == "10" else
                "If the Committee agrees the resolution, the webcast will be paused."))
            r.italic = True
    d.add_paragraph()
    d.add_paragraph("Stephen Arkwright, Director of Law and Governance (Monitoring Officer)")
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health Scrutiny Committee agenda 10 July 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


GOLD2 = {
    "document": DOCX_NAME,
    "doc_type": "agenda",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-07-10",
    "themes": ["patient-and-public-input", "adult-social-care", "finance", "primary-care",
               "workforce", "subcontracting", "governance"],
}


# ---------------------------------------------------------------- check
def norm(s):
    return " ".join(re.sub(r"[^0-9a-z£]+", " ", s.lower()).split())


def check():
    ok = True
    for gold, src in [(GOLD1, pdf_source_text()), (GOLD2, docx_source_text())]:
        hay = norm(src)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = hay.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print("FAIL %s %s: count=%d words=%d: %s" % (gold["document"], kind, c, n, ph))
        # gold file on disk matches
        gp = os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json")
        if not os.path.exists(gp) or json.load(open(gp)) != gold:
            ok = False
            print("FAIL gold file missing or stale:", gp)
        if not os.path.exists(os.path.join(DOCS, gold["document"])):
            ok = False
            print("FAIL document missing:", gold["document"])
    # the PDF text layer should contain the item numbers and the brackets
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
    for must in ["PART A – ITEMS FOR DECISION", "PART B – ITEMS FOR INFORMATION", "[Officer response:",
                 "[Answered by the ICB:", "Chairman's initials"]:
        if must not in txt:
            ok = False
            print("FAIL pdf text lacks", must)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
