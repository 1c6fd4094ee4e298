#!/usr/bin/env python3
"""Build the "au-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_au.py [--check]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------- doc 1 (PDF)
PDF1 = "au-wessendon-health-overview-scrutiny-2025-03-12.pdf"
P1_HEAD = ("MINUTES of a meeting of the Health Overview and Scrutiny Committee held at County Hall, "
           "Wessendon on Wednesday, 12 March 2025 at 10.00 am.")
P1_PRESENT = [
    ("PRESENT: ", "Mr Hargreave (Chairman), Mrs Okonedo (Vice-Chairman), Mr Ashworth, Mrs Breward, "
     "Mr Fenby (substitute for Mr Raikes), Mr Lydiate, Mrs Marrable and Mr Quayle."),
    ("Co-opted: ", "Mrs Tilsley (District Councils' representative) and Mr Odunsi (Healthwatch Wessendon)."),
    ("In attendance: ", "Mr Pellow (Cabinet Member for Adult Social Care and Public Health), Dr Vasquez "
     "(Director of Public Health), Mrs Kilbride (Corporate Director of Adult Social Care and Health), "
     "Mr Thorne (Director of Strategy and Transformation, Wessendon and Tamar Valley Integrated Care Board), "
     "Mrs Adeyemi (Chief Nursing Officer, Tamar Valley NHS Foundation Trust), Mr Corlett (Head of "
     "Commissioning for Older People and Physical Disabilities) and Miss Penrose (Democratic Services Officer)."),
]
P1_ITEMS = [
    ("14", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Mrs Dunmore and Mr Raikes. Mr Fenby attended as a "
        "substitute for Mr Raikes."]),
    ("15", "Declarations of Interest by Members in Items on the Agenda for this Meeting", [
        "Mrs Breward declared an interest in Minute 18 as her daughter is employed as a ward sister at "
        "Saltcombe Community Hospital. She took part in the discussion but did not vote on that item.",
        "Mr Odunsi declared that he is a trustee of Healthwatch Wessendon."]),
    ("16", "Minutes of the Meeting of the Committee held on 22 January 2025", [
        "RESOLVED that the minutes of the meeting held on 22 January 2025 are correctly recorded and "
        "that they be signed by the Chairman."]),
    ("17", "Public Question Time: Question from Mr Ellery of Hobbes Magna Parish Council about the "
           "Branch Surgery", [
        "Mr Ellery of Hobbes Magna Parish Council had given notice of the following question: \u201cGiven "
        "that the branch surgery at Hobbes Magna closed without notice in November, what assurance can the "
        "ICB give that villagers without a car will be able to reach a GP appointment in Kingsbridge "
        "Cross?\u201d",
        "The following written answer had been provided by the ICB and was circulated at the meeting: "
        "\u201cThe practice partnership applied to close the branch surgery temporarily because it could "
        "not recruit a second salaried GP. The ICB has funded a community transport scheme for patients "
        "of the practice and a weekly pharmacy-led clinic in the village hall, and will review both in "
        "June.\u201d",
        "Mr Ellery asked a supplementary question about whether the parish council would be consulted "
        "before the closure became permanent. Mr Thorne advised that no decision on permanent closure "
        "had been taken and that the parish council would be a formal consultee if one were proposed."]),
    ("18", "Community Inpatient Beds in the Tamar Valley: Outcome of Public Consultation and "
           "Decision-Making Business Case (Wessendon and Tamar Valley Integrated Care Board)", [
        "Mr Thorne introduced the report, which set out the outcome of the twelve-week public consultation "
        "on the future of the 24 inpatient beds at Saltcombe Community Hospital and the ICB's preferred "
        "option of replacing them with an enhanced \u2018hospital at home\u2019 service delivered by Tamar "
        "Valley NHS Foundation Trust together with the County Council's reablement service. In all 1,412 "
        "responses had been received, of which 71 per cent opposed the closure of the beds.",
        "Members asked why the preferred option had not changed when a large majority of respondents "
        "opposed it. Mr Thorne advised that the consultation had not been a referendum and that the Board "
        "would weigh the clinical evidence alongside the responses, but accepted that the strength of "
        "feeling would be reported to the Board in full. Members expressed concern that the new service "
        "would depend on recruiting 18 additional community nurses at a time when the Trust already "
        "carried a vacancy rate of 14 per cent in community nursing. Mrs Adeyemi said that 11 of the posts "
        "had been filled through the Trust's international recruitment programme and that the beds would "
        "not close until the remaining posts were filled. A Member asked whether any part of the new "
        "service would be provided by a private company; Mr Thorne confirmed that it would be delivered "
        "entirely by NHS and Council staff and that no element had been contracted out.",
        "The Chairman adjourned the meeting at 11.05 and reconvened at 11.15.",
        "Mr Quayle sought clarification on the financial case, noting that the business case assumed "
        "savings of \u00a31.9 million a year. Mrs Kilbride explained that the Council's share of the "
        "reablement costs, estimated at \u00a3420,000 a year, would be met from the Better Care Fund "
        "pooled budget and that the Section 75 agreement would be varied accordingly. Mrs Okonedo "
        "requested that the Committee receive the equality impact assessment before the ICB Board took "
        "its decision, as respondents from the coastal wards had raised the cost and length of journeys "
        "for visiting relatives. Mr Thorne agreed to circulate it by 28 March. Mrs Marrable commented "
        "that previous bed closures in the county had been followed by a rise in delayed discharges from "
        "the acute hospital at Wessendon General.",
        "RESOLVED (unanimously) that \u2013",
        "(a) the outcome of the public consultation be noted;",
        "(b) the Committee does not consider the proposal to be in the interests of the health service in "
        "the Tamar Valley unless all 18 community nursing posts are filled before any beds close; and",
        "(c) the Chairman write to the ICB Board setting out the Committee's views before it takes its "
        "decision on 3 April 2025."]),
    ("19", "Home Care Services: Re-procurement of the Countywide Home Care Framework Contract from "
           "October 2025", [
        "Mr Corlett introduced the report, which explained that the current framework with 23 independent "
        "sector providers would expire on 30 September 2025 and proposed a new zoned model with a single "
        "lead provider in each of six zones.",
        "Members asked what would happen to clients whose current provider was unsuccessful in the "
        "tender. Mr Corlett advised that staff would transfer under TUPE to the new lead provider wherever "
        "possible, so that most people would keep the same care workers. Mr Lydiate expressed concern "
        "that two of the current providers were owned by private equity companies and questioned whether "
        "the evaluation would take account of financial resilience. Officers advised that bidders would "
        "be subject to a financial standing test and an annual contract review, and that the Council could "
        "not lawfully exclude a bidder on the basis of its ownership. Mr Lydiate asked whether the Council "
        "had considered bringing part of the service back in-house. Mr Pellow said that an in-house option "
        "had been appraised but would cost an estimated \u00a33.2 million more each year and could not be "
        "afforded within the current budget. Mrs Breward asked about care worker pay, and was told that "
        "the specification would require providers to pay at least the Real Living Wage and to pay for "
        "travel time between visits.",
        "RESOLVED that the Committee supports the proposed zoned model and recommends to the Cabinet that "
        "the evaluation criteria give a weighting of at least 20 per cent to workforce terms and "
        "conditions."]),
    ("20", "Public Health Grant 2025/26 and Commissioning Intentions for Sexual Health and Substance "
           "Misuse Services", [
        "Dr Vasquez reported that the Public Health Grant for 2025/26 was \u00a338.6 million, an increase "
        "of 5.2 per cent, but that the NHS pay award for staff in commissioned services had not been "
        "separately funded.",
        "In response to a question from Mrs Tilsley about the reduction in outreach for young people, Dr "
        "Vasquez said that the outreach team would be retained but refocused on the three districts with "
        "the highest rates of infection. Mr Ashworth queried why the substance misuse contract was being "
        "extended for two years rather than re-tendered; Dr Vasquez explained that the extension was "
        "permitted under the Provider Selection Regime and would avoid disruption while the new treatment "
        "centre opened.",
        "RESOLVED that the allocation of the Public Health Grant for 2025/26 be noted."]),
    ("21", "NHS Dental Services: Access to Urgent and Routine Dental Care in Wessendon (Integrated Care "
           "Board Update)", [
        "Mr Thorne presented the update. Mr Odunsi said that dental access remained the most common subject "
        "of complaints to Healthwatch Wessendon and asked how many practices were accepting new adult NHS "
        "patients. Mr Thorne said that four of the county's 61 practices were currently doing so. Mr Fenby "
        "asked whether the ICB would use its underspent dental budget to commission additional urgent care "
        "sessions; Mr Thorne confirmed that \u00a3650,000 had been committed to 3,800 additional urgent "
        "sessions in 2025/26.",
        "RESOLVED that the update be noted and that the ICB be invited to report again in September 2025 "
        "on progress with the dental recovery plan."]),
    ("22", "Work Programme 2025/26 of the Health Overview and Scrutiny Committee", [
        "RESOLVED that the work programme be agreed, subject to the addition of an item on the outcome of "
        "the home care re-procurement in November 2025.",
        "The meeting closed at 12.50 pm."]),
]

GOLD1 = {
    "document": PDF1, "doc_type": "minutes", "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in P1_ITEMS],
    "questions": [
        dict(item="17", kind="question", text="what assurance can the ICB give that villagers without a car",
             asked_by="Mr Ellery", answer="The ICB has funded a community transport scheme for patients of the practice",
             given_by="ICB", themes=[]),
        dict(item="17", kind="question", text="asked a supplementary question about whether the parish council would be consulted",
             asked_by="Mr Ellery", answer="no decision on permanent closure had been taken", given_by="Mr Thorne", themes=[]),
        dict(item="18", kind="question", text="Members asked why the preferred option had not changed when a large majority",
             asked_by=None, answer="the consultation had not been a referendum and that the Board",
             given_by="Mr Thorne", themes=["governance"]),
        dict(item="18", kind="concern", text="would depend on recruiting 18 additional community nurses",
             asked_by=None, answer="11 of the posts had been filled through the Trust's international recruitment programme",
             given_by="Mrs Adeyemi", themes=["workforce"]),
        dict(item="18", kind="question", text="whether any part of the new service would be provided by a private company",
             asked_by=None, answer="delivered entirely by NHS and Council staff", given_by="Mr Thorne",
             themes=["privatisation", "subcontracting"]),
        dict(item="18", kind="question", text="Mr Quayle sought clarification on the financial case",
             asked_by="Mr Quayle", answer="would be met from the Better Care Fund pooled budget",
             given_by="Mrs Kilbride", themes=["finance", "integration"]),
        dict(item="18", kind="request", text="requested that the Committee receive the equality impact assessment before the ICB Board",
             asked_by="Mrs Okonedo", answer="Mr Thorne agreed to circulate it by 28 March", given_by="Mr Thorne",
             themes=["governance"]),
        dict(item="18", kind="comment", text="previous bed closures in the county had been followed by a rise in delayed discharges",
             asked_by="Mrs Marrable", answer=None, given_by=None, themes=["integration"]),
        dict(item="19", kind="question", text="what would happen to clients whose current provider was unsuccessful in the tender",
             asked_by=None, answer="staff would transfer under TUPE to the new lead provider",
             given_by="Mr Corlett", themes=["subcontracting", "workforce"]),
        dict(item="19", kind="concern", text="owned by private equity companies and questioned whether the evaluation",
             asked_by="Mr Lydiate", answer="bidders would be subject to a financial standing test",
             given_by="Officers", themes=["privatisation", "subcontracting"]),
        dict(item="19", kind="question", text="asked whether the Council had considered bringing part of the service back in-house",
             asked_by="Mr Lydiate", answer="an in-house option had been appraised but would cost an estimated",
             given_by="Mr Pellow", themes=["privatisation", "finance"]),
        dict(item="19", kind="question", text="Mrs Breward asked about care worker pay",
             asked_by="Mrs Breward", answer="pay at least the Real Living Wage and to pay for travel time",
             given_by=None, themes=["workforce"]),
        dict(item="20", kind="question", text="a question from Mrs Tilsley about the reduction in outreach for young people",
             asked_by="Mrs Tilsley", answer="the outreach team would be retained but refocused on the three districts",
             given_by="Dr Vasquez", themes=[]),
        dict(item="20", kind="question", text="queried why the substance misuse contract was being extended for two years",
             asked_by="Mr Ashworth", answer="the extension was permitted under the Provider Selection Regime",
             given_by="Dr Vasquez", themes=["subcontracting"]),
        dict(item="21", kind="question", text="asked how many practices were accepting new adult NHS patients",
             asked_by="Mr Odunsi", answer="four of the county's 61 practices were currently doing so",
             given_by="Mr Thorne", themes=[]),
        dict(item="21", kind="question", text="use its underspent dental budget to commission additional urgent care sessions",
             asked_by="Mr Fenby", answer="\u00a3650,000 had been committed to 3,800 additional urgent sessions",
             given_by="Mr Thorne", themes=["finance", "subcontracting"]),
    ],
    "resolutions": [
        dict(item="16", text="the minutes of the meeting held on 22 January 2025 are correctly recorded",
             outcome="agreed", themes=[]),
        dict(item="18", text="does not consider the proposal to be in the interests of the health service",
             outcome="agreed", themes=["workforce"]),
        dict(item="19", text="recommends to the Cabinet that the evaluation criteria give a weighting",
             outcome="recommended", themes=["subcontracting", "workforce"]),
        dict(item="20", text="the allocation of the Public Health Grant for 2025/26 be noted",
             outcome="noted", themes=["finance"]),
        dict(item="21", text="the ICB be invited to report again in September 2025",
             outcome="agreed", themes=[]),
        dict(item="22", text="the work programme be agreed, subject to the addition of an item",
             outcome="agreed", themes=[]),
    ],
    "attendees": [
        {"name": "Mr Hargreave", "role": "Chairman", "attendance": "present"},
        {"name": "Mrs Okonedo", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mr Ashworth", "role": None, "attendance": "present"},
        {"name": "Mrs Breward", "role": None, "attendance": "present"},
        {"name": "Mr Fenby", "role": "substitute for Mr Raikes", "attendance": "present"},
        {"name": "Mr Lydiate", "role": None, "attendance": "present"},
        {"name": "Mrs Marrable", "role": None, "attendance": "present"},
        {"name": "Mr Quayle", "role": None, "attendance": "present"},
        {"name": "Mrs Tilsley", "role": "District Councils' representative", "attendance": "present"},
        {"name": "Mr Odunsi", "role": "Healthwatch Wessendon", "attendance": "present"},
        {"name": "Mr Pellow", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
        {"name": "Dr Vasquez", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mrs Kilbride", "role": "Corporate Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Mr Thorne", "role": "Director of Strategy and Transformation, Wessendon and Tamar Valley Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mrs Adeyemi", "role": "Chief Nursing Officer, Tamar Valley NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Mr Corlett", "role": "Head of Commissioning for Older People and Physical Disabilities", "attendance": "in_attendance"},
        {"name": "Miss Penrose", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Mrs Dunmore", "role": None, "attendance": "apologies"},
        {"name": "Mr Raikes", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- PDF layout helpers
from fpdf import FPDF


class Doc(FPDF):
    def __init__(self, header_left, header_right, initials=True, **kw):
        super().__init__(**kw)
        self.hl, self.hr, self.initials = header_left, header_right, initials
        self.add_font("S", "", FONT + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_auto_page_break(False)

    def header(self):
        self.set_font("S", "", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, self.hl, align="L")
        self.set_xy(self.l_margin, 8)
        self.cell(self.w - self.l_margin - self.r_margin, 4, self.hr, align="R")

    def footer(self):
        self.set_font("S", "", 8)
        self.set_xy(self.l_margin, self.h - 12)
        self.cell(self.w - self.l_margin - self.r_margin, 4, f"Page {self.page_no()}", align="C")
        if self.initials:
            self.set_xy(self.l_margin, self.h - 12)
            self.cell(self.w - self.l_margin - self.r_margin, 4, "Chairman's initials ..............", align="R")


def break_lines(pdf, text, width, first_width=None):
    """Greedy line breaking with simple hyphenation of long words (between two consonants)."""
    words = text.split()
    V = set("aeiouyAEIOUY")
    full = width
    if first_width is not None:
        width = first_width
    lines, cur = [], []
    sp = pdf.get_string_width(" ")

    def w(ws):
        return sum(pdf.get_string_width(x) for x in ws) + sp * max(0, len(ws) - 1)

    i = 0
    while i < len(words):
        word = words[i]
        if w(cur + [word]) <= width:
            cur.append(word); i += 1; continue
        # try hyphenating a plain alphabetic word
        if len(word) >= 7 and word.isalpha():
            for k in range(len(word) - 3, 2, -1):
                head = word[:k] + "-"
                if word[k - 1] in V or word[k] in V or not any(ch in V for ch in word[:k - 1]):
                    continue
                if w(cur + [head]) <= width:
                    cur.append(head); words[i] = word[k:]
                    break
            else:
                k = None
            lines.append(cur); cur = []; width = full
            continue
        lines.append(cur); cur = []; width = full
    if cur:
        lines.append(cur)
    return lines


def draw_justified(pdf, lines, x, y, width, lh, last_justify=False):
    for n, ln in enumerate(lines):
        widths = [pdf.get_string_width(t) for t in ln]
        last = n == len(lines) - 1
        if len(ln) > 1 and (not last or last_justify):
            gap = (width - sum(widths)) / (len(ln) - 1)
        else:
            gap = pdf.get_string_width(" ")
        cx = x
        for t, tw in zip(ln, widths):
            pdf.text(cx, y + lh * 0.75, t)
            cx += tw + gap
        y += lh
    return y


def build_pdf1(path):
    pdf = Doc("Wessendon County Council", "Health Overview and Scrutiny Committee \u2013 12 March 2025",
              orientation="L", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    L, LW, RX = 15, 72, 97
    RW = pdf.w - 15 - RX
    FULL = pdf.w - 30
    lh, bottom = 5.0, pdf.h - 20
    y = 18
    pdf.set_font("S", "B", 13)
    pdf.set_xy(L, y); pdf.cell(FULL, 7, "WESSENDON COUNTY COUNCIL", align="C"); y += 9
    pdf.set_font("S", "", 10)
    y = draw_justified(pdf, break_lines(pdf, P1_HEAD, FULL), L, y, FULL, lh) + 2
    for label, body in P1_PRESENT:
        # run-in bold label
        pdf.set_font("S", "B", 10)
        lw = pdf.get_string_width(label)
        pdf.text(L, y + lh * 0.75, label.strip())
        pdf.set_font("S", "", 10)
        # first line shorter by the label width: prefix with placeholder spaces
        lines = break_lines(pdf, body, FULL, first_width=FULL - lw)
        draw_justified(pdf, lines[:1], L + lw, y, FULL - lw, lh, last_justify=len(lines) > 1)
        y = draw_justified(pdf, lines[1:], L, y + lh, FULL, lh) + 1.5
    y += 3
    for num, title, paras in P1_ITEMS:
        pdf.set_font("S", "B", 10)
        tl = break_lines(pdf, title, LW - 10)
        if y + lh * 2 > bottom:
            pdf.add_page(); y = 18
        pdf.text(L, y + lh * 0.75, num + ".")
        ty = y
        for ln in tl:
            pdf.text(L + 10, ty + lh * 0.75, " ".join(ln)); ty += lh
        pdf.set_font("S", "", 10)
        for p in paras:
            bold = p.startswith("RESOLVED")
            indent = 8 if re.match(r"\([a-z]\)", p) else 0
            pdf.set_font("S", "B" if bold else "", 10)
            lines = break_lines(pdf, p, RW - indent)
            for k, ln in enumerate(lines):
                if y + lh > bottom:
                    pdf.add_page(); y = 18; ty = 18
                draw_justified(pdf, [ln], RX + indent, y, RW - indent, lh,
                               last_justify=k < len(lines) - 1)
                y += lh
            y += 2.5
        y = max(y, ty) + 4
    pdf.output(path)


# ---------------------------------------------------------------- doc 3 (ICB cover paper PDF)
PDF3 = "au-wessendon-tamar-valley-icb-board-papers-2025-04-03.pdf"
P3 = [
    ("meta", [("Report to:", "Board (meeting in public)"), ("Date of meeting:", "3 April 2025"),
              ("Agenda item:", "9"),
              ("Title:", "Saltcombe Community Hospital inpatient beds \u2013 response to Wessendon County "
                         "Council Health Overview and Scrutiny Committee"),
              ("Executive lead:", "Director of Strategy and Transformation"),
              ("Report author:", "Head of Engagement and Corporate Governance"),
              ("Purpose:", "For information and assurance (NOTE)")]),
    ("h", "1. Purpose"),
    ("p", "This paper informs the Board of the views expressed by Wessendon County Council's Health "
          "Overview and Scrutiny Committee (HOSC) on 12 March 2025 about the proposal to replace the 24 "
          "inpatient beds at Saltcombe Community Hospital with an enhanced hospital at home service, and "
          "of the ICB's responses to the points the HOSC raised. It should be read alongside the "
          "decision-making business case at agenda item 10."),
    ("h", "2. Recommendations"),
    ("p", "The Board is asked to NOTE the letter from the Chairman of the HOSC (Appendix A); NOTE the "
          "responses set out in section 4; and NOTE that the HOSC has asked that all 18 community nursing "
          "posts be filled before any beds close."),
    ("h", "3. Background"),
    ("p", "The twelve-week public consultation closed on 6 January 2025. 1,412 responses were received. "
          "The HOSC is a statutory consultee under the Local Authority (Public Health, Health and "
          "Wellbeing Boards and Health Scrutiny) Regulations 2013 and may comment on, and in certain "
          "circumstances refer, proposals for substantial variation in services."),
    ("h", "4. Questions raised by the HOSC"),
    ("p", "4.1 Why has the preferred option not changed despite majority opposition? The consultation "
          "report sets out how responses were weighed against clinical evidence; the full results are at "
          "Appendix B."),
    ("p", "4.2 Can the Trust recruit the additional community nurses required? Eleven of eighteen posts "
          "are filled; the remaining seven are in the recruitment pipeline for June starts."),
    ("p", "4.3 Will any element of the service be provided by a private company? No. The service will be "
          "delivered by Tamar Valley NHS Foundation Trust and the County Council's reablement service."),
    ("p", "4.4 How will the Council's share of reablement costs be funded? Through a variation to the "
          "Better Care Fund Section 75 agreement, to be agreed by the Health and Wellbeing Board."),
    ("p", "4.5 When will the HOSC receive the equality impact assessment? It was sent to the HOSC on 27 "
          "March 2025 and is at Appendix C."),
    ("h", "5. Financial implications"),
    ("p", "The business case assumes recurrent savings of \u00a31.9 million from 2026/27. There are no "
          "additional financial implications arising from this paper."),
    ("h", "6. Risks"),
    ("p", "There is a risk that the HOSC refers the proposal if its concerns are not addressed. This is "
          "recorded on the Board Assurance Framework (risk SR7)."),
    ("h", "7. Equality and quality impact"),
    ("p", "A full equality and quality impact assessment has been completed and is appended."),
]
GOLD3 = {"document": PDF3, "doc_type": "report"}


def build_pdf3(path):
    pdf = Doc("NHS Wessendon and Tamar Valley Integrated Care Board", "Board meeting in public \u2013 3 April 2025",
              initials=False, format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    W = pdf.w - 40
    pdf.set_font("S", "B", 14)
    pdf.set_xy(20, 20); pdf.multi_cell(W, 7, "NHS Wessendon and Tamar Valley Integrated Care Board", align="L")
    pdf.ln(3)
    for kind, c in P3:
        if kind == "meta":
            pdf.set_font("S", "", 10)
            for k, v in c:
                x0, y0 = pdf.get_x(), pdf.get_y()
                pdf.set_font("S", "B", 10)
                pdf.multi_cell(45, 6, k, border=1, new_x="RIGHT", new_y="TOP")
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W - 45, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.set_font("S", "B", 11); pdf.multi_cell(W, 7, c, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("S", "", 10); pdf.multi_cell(W, 5.2, c, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
            if pdf.get_y() > pdf.h - 30:
                pdf.add_page(); pdf.set_y(20)
    pdf.output(path)


# ---------------------------------------------------------------- doc 2 (DOCX)
DOCX2 = "au-harbourne-childrens-services-scrutiny-2025-02-04.docx"
D2_ATT = [
    ("Councillor Rachel Imrie", "Chair", "Present"),
    ("Councillor Tomasz Wi\u015bniewski", "Vice-Chair", "Present"),
    ("Councillor Alan Beddow", "Member", "Present"),
    ("Councillor Shazia Mahmood", "Member", "Apologies"),
    ("Councillor Gareth Pym", "Member", "Present"),
    ("Councillor Liam Sorensen", "Member", "Absent"),
    ("Councillor Hannah Ure", "Member (substitute for Councillor Mahmood)", "Present"),
    ("Mr Daniel Achebe", "Co-opted Member (Parent Governor Representative)", "Present"),
    ("Mrs Carol Fentiman", "Co-opted Member (Diocesan Representative)", "Apologies"),
    None,
    ("Councillor Joanne Metcalfe", "Cabinet Member for Children and Families", "Present"),
    ("Sarah Llewellyn", "Director of Children's Services", "Present"),
    ("Mark Oduya", "Head of Inclusion and Special Educational Needs", "Present"),
    ("Priya Chandran", "Service Manager, Elective Home Education and Children Missing Education", "Present"),
    ("Kevin Brannagh", "Scrutiny Officer", "Present"),
]
# item: (number, title, intro paragraphs, [(q, [answers])], decision or None)
D2_ITEMS = [
    ("37", "Apologies and substitutions", [
        "Apologies were received from Councillor Mahmood and Mrs Fentiman. Councillor Ure substituted for "
        "Councillor Mahmood."], [], None),
    ("38", "Declarations of interest", ["None."], [], None),
    ("39", "Minutes of the previous meeting", [], [],
     "That the minutes of the meeting held on 10 December 2024 be approved as a correct record."),
    ("40", "Elective home education", [
        "Priya Chandran, Service Manager, presented the annual report on elective home education, noting "
        "that 1,146 children were registered as electively home educated, a rise of 19 per cent on the "
        "previous year."], [
        ("A member asked how many of the newly registered children had an education, health and care plan.",
         ["Officers said that 87 children with a plan were now home educated, and that each had an annual "
          "review attended by a SEND caseworker."]),
        ("Councillor Pym asked whether the rise was linked to families being unable to get a place at their "
         "preferred school.",
         ["The Service Manager said that dissatisfaction with school placement was the reason most often "
          "given, followed by mental health and anxiety."]),
        ("Councillor Wi\u015bniewski raised concern that the team of four advisers could not visit every "
         "family within the year.",
         ["The Director confirmed that two fixed-term adviser posts had been funded from reserves until "
          "March 2026."]),
        ("Mr Achebe requested that future reports include the number of children returning to school within "
         "twelve months.",
         ["Officers agreed to include the return-to-school figures in the next annual report."]),
    ], "That the annual report on elective home education be noted."),
    ("41", "Children's residential placements and the draft sufficiency strategy", [
        "Sarah Llewellyn, Director of Children's Services, introduced the draft sufficiency strategy. The "
        "Council currently had 41 children in residential placements, 34 of them with independent providers, "
        "at an average weekly cost of \u00a36,850."], [
        ("Councillor Beddow asked why so many placements were with independent providers outside the borough.",
         ["The Director explained that the Council had sold its last two children's homes in 2014 and now "
          "relied on the external market for almost all residential care."]),
        ("Councillor Ure expressed concern about the profits made by the largest providers of children's homes.",
         ["The Cabinet Member said she shared the concern and that the Council had joined the regional "
          "campaign for a cap on provider profits."]),
        ("Councillor Imrie asked what the capital cost of opening two new council-run homes would be.",
         ["Officers advised that the estimated capital cost was \u00a32.4 million, with \u00a31.1 million "
          "available from the Department for Education's capital grant."]),
        ("Councillor Pym asked how the Council would recruit residential care staff, given local shortages.",
         ["The Director said a recruitment and retention payment of \u00a32,000 would be offered and a "
          "workforce development plan was being prepared."]),
    ], "That the Committee endorses the draft sufficiency strategy and recommends to Cabinet that the "
       "business case for two council-run children's homes be approved."),
    ("42", "Exempt item \u2013 not for publication", [], [], None),
    ("43", "SEND home to school transport contract and the high needs budget", [
        "Mark Oduya, Head of Inclusion and Special Educational Needs, reported that spending on home to "
        "school transport for children with SEND was forecast to exceed its budget by \u00a31.7 million in "
        "2024/25."], [
        ("A member queried whether the new dynamic purchasing system for taxi contracts had reduced costs.",
         ["Officers said that average route costs had fallen by 6 per cent since the system was introduced in "
          "September."]),
        ("Councillor Wi\u015bniewski asked what safeguarding checks were made on drivers employed by "
         "subcontracted operators.",
         ["The Head of Inclusion confirmed that all drivers and passenger assistants required enhanced DBS "
          "checks before the contract started."]),
        ("Councillor Imrie commented that families had not been consulted on the proposed move to personal "
         "travel budgets.", []),
    ], "That the forecast overspend on SEND home to school transport be noted."),
    ("44", "Work programme", [], [],
     "That the work programme for 2025/26 be agreed, with the addition of a review of unregistered "
     "alternative provision."),
]

GOLD2 = {
    "document": DOCX2, "doc_type": "minutes", "committee": "Children's Services Scrutiny Committee",
    "meeting_date": "2025-02-04",
    "items": [{"number": n, "title": t} for n, t, *_ in D2_ITEMS],
    "questions": [
        dict(item="40", kind="question", text="how many of the newly registered children had an education, health and care plan",
             asked_by=None, answer="87 children with a plan were now home educated", given_by="Officers", themes=[]),
        dict(item="40", kind="question", text="whether the rise was linked to families being unable to get a place",
             asked_by="Councillor Pym", answer="dissatisfaction with school placement was the reason most often given",
             given_by="The Service Manager", themes=[]),
        dict(item="40", kind="concern", text="the team of four advisers could not visit every family within the year",
             asked_by="Councillor Wi\u015bniewski", answer="two fixed-term adviser posts had been funded from reserves",
             given_by="The Director", themes=["workforce", "finance"]),
        dict(item="40", kind="request", text="requested that future reports include the number of children returning to school",
             asked_by="Mr Achebe", answer="Officers agreed to include the return-to-school figures in the next annual report",
             given_by="Officers", themes=[]),
        dict(item="41", kind="question", text="why so many placements were with independent providers outside the borough",
             asked_by="Councillor Beddow", answer="the Council had sold its last two children's homes in 2014",
             given_by="The Director", themes=["privatisation", "subcontracting"]),
        dict(item="41", kind="concern", text="expressed concern about the profits made by the largest providers of children's homes",
             asked_by="Councillor Ure", answer="joined the regional campaign for a cap on provider profits",
             given_by="The Cabinet Member", themes=["privatisation"]),
        dict(item="41", kind="question", text="what the capital cost of opening two new council-run homes would be",
             asked_by="Councillor Imrie", answer="the estimated capital cost was \u00a32.4 million, with \u00a31.1 million available",
             given_by="Officers", themes=["finance", "privatisation"]),
        dict(item="41", kind="question", text="how the Council would recruit residential care staff, given local shortages",
             asked_by="Councillor Pym", answer="a recruitment and retention payment of \u00a32,000 would be offered",
             given_by="The Director", themes=["workforce"]),
        dict(item="43", kind="question", text="whether the new dynamic purchasing system for taxi contracts had reduced costs",
             asked_by=None, answer="average route costs had fallen by 6 per cent", given_by="Officers",
             themes=["subcontracting", "finance"]),
        dict(item="43", kind="question", text="what safeguarding checks were made on drivers employed by subcontracted operators",
             asked_by="Councillor Wi\u015bniewski", answer="all drivers and passenger assistants required enhanced DBS checks",
             given_by="The Head of Inclusion", themes=["subcontracting", "workforce"]),
        dict(item="43", kind="comment", text="families had not been consulted on the proposed move to personal travel budgets",
             asked_by="Councillor Imrie", answer=None, given_by=None, themes=[]),
    ],
    "resolutions": [
        dict(item="39", text="the minutes of the meeting held on 10 December 2024 be approved",
             outcome="agreed", themes=[]),
        dict(item="40", text="the annual report on elective home education be noted", outcome="noted", themes=[]),
        dict(item="41", text="recommends to Cabinet that the business case for two council-run children's homes",
             outcome="recommended", themes=["privatisation"]),
        dict(item="43", text="the forecast overspend on SEND home to school transport be noted",
             outcome="noted", themes=["finance"]),
        dict(item="44", text="with the addition of a review of unregistered alternative provision",
             outcome="agreed", themes=[]),
    ],
    "attendees": [],
}
_in_att = False
for row in D2_ATT:
    if row is None:
        _in_att = True; continue
    name, role, st = row
    att = "in_attendance" if (_in_att and st == "Present") else {"Present": "present", "Apologies": "apologies",
                                                                   "Absent": "absent"}[st]
    GOLD2["attendees"].append({"name": name, "role": role, "attendance": att})


def build_docx2(path):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = Document()
    cp = d.core_properties
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.author = "Democratic Services"; cp.title = "Children's Services Scrutiny Committee minutes"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Harbourne Council \u2013 Children's Services Scrutiny Committee \u2013 4 February 2025"
    sec.footer.paragraphs[0].text = "These minutes are subject to approval at the next meeting"
    p = d.add_paragraph(); r = p.add_run("HARBOURNE COUNCIL"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph(); r = p.add_run("Children's Services Scrutiny Committee"); r.bold = True; r.font.size = Pt(13)
    d.add_paragraph("Minutes of the meeting held on Tuesday 4 February 2025 at 6.00 pm in the Council Chamber, "
                    "Harbourne Civic Centre")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name", "Role", "Present / Apologies / Absent"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for row in D2_ATT:
        cells = t.add_row().cells
        if row is None:
            m = cells[0].merge(cells[2]); m.text = ""; m.paragraphs[0].add_run("Also in attendance").bold = True
            continue
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph()
    for num, title, intro, qas, decision in D2_ITEMS:
        d.add_heading(f"{title} (Minute {num})", level=1)
        for para in intro:
            d.add_paragraph(para)
        if qas:
            p = d.add_paragraph(); p.add_run("Discussion").bold = True
            for q, ans in qas:
                d.add_paragraph(q, style="List Bullet")
                for a in ans:
                    d.add_paragraph(a, style="List Bullet 2")
        if decision:
            tb = d.add_table(rows=1, cols=1); tb.style = "Table Grid"
            cell = tb.rows[0].cells[0]
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "D9E2F3"); tcPr.append(shd)
            cell.paragraphs[0].add_run("DECISION").bold = True
            cell.add_paragraph(decision)
            d.add_paragraph()
    d.add_paragraph("The meeting ended at 8.05 pm.")
    d.add_paragraph("Chair: ______________________    Date: ______________")
    import io, zipfile
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace("-\n", "")
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text_columns(path, split_mm=None, top_mm=None):
    import pdfplumber
    mm = 72 / 25.4
    out, left = [], []
    with pdfplumber.open(path) as pdf:
        for i, pg in enumerate(pdf.pages):
            body = (0, 15 * mm, pg.width, pg.height - 16 * mm)
            if split_mm is None:
                out.append(pg.crop(body).extract_text() or ""); continue
            y0 = body[1]
            if i == 0 and top_mm:
                out.append(pg.crop((0, y0, pg.width, top_mm * mm)).extract_text() or ""); y0 = top_mm * mm
            left.append(pg.crop((0, y0, split_mm * mm, body[3])).extract_text() or "")
            out.append(pg.crop((split_mm * mm, y0, pg.width, body[3])).extract_text() or "")
    return "\n".join(out + left)


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check_gold(g, text):
    errs = []
    nt = norm(text)
    phrases = [("q", q["text"]) for q in g.get("questions", [])]
    phrases += [("a", q["answer"]) for q in g.get("questions", []) if q["answer"]]
    phrases += [("r", r["text"]) for r in g.get("resolutions", [])]
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            errs.append(f"{kind} length {n}: {ph}")
        c = nt.count(norm(ph))
        if c != 1:
            errs.append(f"{kind} occurs {c}x: {ph}")
    return errs


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    check = "--check" in sys.argv
    p1, p2, p3 = (os.path.join(DOCS, f) for f in (PDF1, DOCX2, PDF3))
    if not check:
        build_pdf1(p1); build_docx2(p2); build_pdf3(p3)
        for g in (GOLD1, GOLD2, GOLD3):
            with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
                json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
        print("built")
    # always verify
    bad = 0
    src1 = "\n".join([P1_HEAD] + [a + b for a, b in P1_PRESENT] +
                     [n + " " + t + "\n" + "\n".join(ps) for n, t, ps in P1_ITEMS])
    ext1 = pdf_text_columns(p1, split_mm=94, top_mm=None)
    for name, g, texts in [(PDF1, GOLD1, [src1, ext1]), (DOCX2, GOLD2, [docx_text(p2)]),
                           (PDF3, GOLD3, [pdf_text_columns(p3)])]:
        for t in texts:
            for e in check_gold(g, t):
                print(name, e); bad += 1
    # items/titles present
    for n, t, *_ in D2_ITEMS:
        if f"{t} (Minute {n})" not in docx_text(p2):
            print("docx heading missing", n); bad += 1
    print("check", "FAILED" if bad else "passed", f"({bad} problems)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
