#!/usr/bin/env python3
"""Build the "hk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hk.py           build documents/hk-* and gold/hk-*.json
        build_hk.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys
import datetime

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 12, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def hyph(text):
    """Insert soft hyphens into long words so justified lines break mid-word."""
    def fix(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"[A-Za-z]+", fix, text)


# ---------------------------------------------------------------- document 1
D1 = "hk-brentmoor-scrutiny-adults-health-2025-03-05.pdf"
COMMITTEE = "Scrutiny for Policies, Adults and Health Committee"

TITLE1 = ("Minutes of a Meeting of the Scrutiny for Policies, Adults and Health Committee "
          "held in the Luxborough Room, County Hall, Taunford, on Wednesday 5 March 2025 at "
          "10.00 am")

ATTEND = [
    ("Present:", "Cllr M Treloar (Chair), Cllr J Penhallow (Vice-Chair), Cllr A Burridge, "
     "Cllr S Coombes, Cllr T Darch, Cllr R Huish, Cllr P Loveridge and Cllr W Yeandle "
     "(substitute for Cllr C Venner)."),
    ("Other Members present:", "Cllr F Maddicott (Lead Member for Adult Social Care) and "
     "Cllr B Gollop."),
    ("Apologies for absence:", "Cllr C Venner and Cllr L Sparkes."),
    ("In attendance:", "Niall Hext (Director of Adult Social Services), Dr Priya Ramaswamy "
     "(Consultant in Public Health), Karen Aplin (Service Director – Commissioning and "
     "Market Development), Tom Widdicombe (Strategic Manager – Workforce Development), "
     "Helen Marwood (Director of Strategy, Brentmoor and Exe Valley NHS Foundation "
     "Trust), Sian Cudmore (Associate Director of Engagement, NHS Brentmoor Integrated "
     "Care Board) and Jamie Tapp (Democratic Services Officer)."),
]

# Each item: (number, title, agenda item no, [paragraphs]) ; paragraphs starting with
# "§" are rendered bold-ish as decision lines (no marker in text)
ITEMS = [
    ("301", "Apologies for Absence", "1", [
        "Apologies were received from Cllr C Venner, for whom Cllr W Yeandle substituted, "
        "and from Cllr L Sparkes.",
    ]),
    ("302", "Declarations of Interest", "2", [
        "Cllr R Huish declared a personal interest as a member of Wellmouth Town Council. "
        "Cllr S Coombes declared a personal interest as her daughter is employed as a "
        "community nurse by Brentmoor and Exe Valley NHS Foundation Trust. Cllr A Burridge "
        "declared a personal interest as a trustee of the Brentmoor Carers' Network.",
    ]),
    ("303", "Minutes from the previous meeting held on 5 February 2025", "3", [
        "The Committee agreed the minutes of the meeting held on 5 February 2025 were "
        "accurate and the Chair signed them.",
    ]),
    ("304", "Public Question Time", "4", [
        "Mrs Eileen Sweet, on behalf of the Save Wellmouth Stroke Unit campaign, asked "
        "the Committee whether it would consider referring the stroke proposals to the "
        "Secretary of State if the Trust went ahead without an acute unit in the west of "
        "the county. The Chair thanked Mrs Sweet for her question and stated that the "
        "Committee would consider its formal response under agenda item 6 and that a "
        "written reply would be sent to her after the meeting.",
        "Mr Derek Latham asked why the home care tender documents had not been published "
        "on the Council's website for residents to read. The Service Director – "
        "Commissioning and Market Development explained that the documents were "
        "published on the South West procurement portal and a summary would be added to "
        "the Council's website by the end of March.",
    ]),
    ("305", "Home Care Recommissioning Update", "5", [
        "The Committee received a report from the Service Director – Commissioning and "
        "Market Development which set out progress with recommissioning the county's "
        "home care contracts, which expire in October 2025. The new model would divide "
        "the county into eleven zones, each with a lead provider and a framework of "
        "approved providers, and would move away from fifteen minute calls except where "
        "a person chose them.",
        "During the discussion a Member asked how many of the current providers had "
        "indicated they would bid, and the Service Director advised that 38 of the 44 "
        "current providers had attended the market engagement events. Cllr Darch "
        "expressed concern that handing whole zones to single lead providers could "
        "squeeze out the small local agencies in rural areas; officers responded that "
        "lead providers would be required to subcontract at least a fifth of their hours "
        "to local agencies. Cllr Loveridge queried whether the proposed hourly rate of "
        "£27.40 would be enough for providers to pay the real living wage, and was told "
        "that the rate had been modelled on the real living wage plus mileage and that "
        "providers would have to evidence payment in their quarterly returns. Members "
        "questioned the reliance on private equity backed providers, and asked whether "
        "an in-house option had been looked at; the Director of Adult Social Services "
        "said that a small in-house rapid response service would be retained but that "
        "the Council did not have the capital to bring the whole service back in-house.",
        "Cllr Yeandle sought clarification on what would happen to people whose current "
        "agency was not successful in the tender. The Service Director explained that "
        "transfer plans would be agreed with each person and their family and that care "
        "workers would transfer under TUPE where it applied. The Committee requested "
        "that the evaluation criteria be circulated to all Members before the tender "
        "went live.",
        "§The Committee noted the report and agreed to receive the outcome of the "
        "tender evaluation at its meeting in September 2025.",
    ]),
    ("306", "Stroke Services Reconfiguration – Consultation Proposals", "6", [
        "The Committee considered a report from Brentmoor and Exe Valley NHS Foundation "
        "Trust and NHS Brentmoor Integrated Care Board setting out the proposals to "
        "concentrate hyper-acute stroke care at Taunford General Hospital, with "
        "Wellmouth Community Hospital providing rehabilitation beds only. The Director of "
        "Strategy introduced the report and explained that a twelve week public "
        "consultation was planned to start in April 2025.",
        "Members raised a number of concerns about travel times from the west of the "
        "county. Cllr Huish asked what the longest ambulance journey to Taunford would "
        "be under the new model, to which the Director of Strategy replied that the "
        "modelling showed a maximum of 68 minutes from the most remote parishes. Cllr "
        "Coombes challenged whether the consultation would reach older people without "
        "internet access, and the Associate Director of Engagement confirmed that "
        "printed questionnaires would be available in every library and GP surgery. "
        "Concern was expressed that families visiting patients at Taunford would face "
        "parking charges and a long bus journey. Cllr Burridge asked whether the "
        "rehabilitation beds at Wellmouth would be guaranteed for at least five years, "
        "and was informed that the Trust could not give a guarantee beyond the current "
        "financial plan.",
        "The Chair stated that the Committee's view was that the proposals amounted to a "
        "substantial variation in service and that the Committee should be consulted "
        "formally.",
        "§The Committee:",
        "§1. Agreed that the proposals constitute a substantial variation in the "
        "provision of health services in Brentmoor.",
        "§2. Agreed to respond formally to the consultation, and delegated the drafting "
        "of the response to the Chair and Vice-Chair in consultation with the Director "
        "of Adult Social Services.",
        "§3. Asked that the travel time modelling be shared with all Members of the "
        "Committee.",
    ]),
    ("307", "Adult Social Care Workforce Strategy 2025-2028", "7", [
        "The Strategic Manager – Workforce Development presented the draft strategy, "
        "which aimed to reduce the vacancy rate in the independent care sector from 11 "
        "per cent to 7 per cent by 2028. The Lead Member for Adult Social Care added that "
        "international recruitment had filled 240 posts in the last year.",
        "A Member asked what was being done to support international recruits who had "
        "lost their sponsorship when their employer's licence was revoked. The Strategic "
        "Manager explained that the Council had found new sponsors for 31 of the 36 "
        "workers affected and was working with the Home Office on the remaining cases. "
        "Cllr Penhallow queried why the apprenticeship numbers had fallen for the second "
        "year running. In response, it was explained that the apprenticeship levy could "
        "not be used for travel costs, which were a barrier in rural areas. Cllr Gollop "
        "raised concerns about the use of agency staff by the Council's own reablement "
        "service. Members requested that future reports include turnover figures for the "
        "in-house and independent sectors separately.",
        "§The Committee noted the draft strategy and requested that turnover figures be "
        "reported separately for the in-house and independent sectors.",
    ]),
    ("308", "Scrutiny for Policies, Adults and Health Committee Work Programme", "8", [
        "The Committee considered its work programme. It was agreed that an item on "
        "dementia diagnosis rates be added for July 2025 and that the item on the "
        "Better Care Fund be moved to September.",
        "§The Committee agreed the work programme, subject to the amendments above.",
    ]),
]

CLOSING = "(The meeting ended at 12.58 pm)"


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("dej", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, COMMITTEE + " – 5 March 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("dej", "", 8)
        self.cell(60, 5, "Brentmoor County Council")
        self.cell(50, 5, f"Page {self.page_no()}", align="C")
        self.cell(0, 5, "Chair's initials ........", align="R")


def setup(pdf):
    pdf.add_font("dej", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dej", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("dej", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")


def build_doc1(path):
    pdf = MinutesPDF(format="A4")
    setup(pdf)
    pdf.set_title("Minutes - Scrutiny for Policies, Adults and Health Committee - 5 March 2025")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("dej", "B", 11)
    pdf.multi_cell(0, 5.5, TITLE1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text in ATTEND:
        pdf.set_font("dej", "", 9.5)
        pdf.multi_cell(0, 5, f"**{label}** " + hyph(text), align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(3)
    for num, title, ag, paras in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("dej", "B", 10)
        pdf.cell(14, 6, num)
        pdf.multi_cell(0, 6, f"{title} - Agenda Item {ag}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in paras:
            bold = p.startswith("§")
            p = p.lstrip("§")
            pdf.set_x(36)
            pdf.set_font("dej", "B" if bold else "", 9.5)
            indent = 42 if re.match(r"\d\. ", p) else 36
            pdf.set_x(indent)
            pdf.multi_cell(0, 5, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)
    pdf.set_font("dej", "", 9.5)
    pdf.cell(0, 6, CLOSING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(0, 6, "CHAIR", align="R")
    pdf.output(path)


def text_doc1():
    parts = [COMMITTEE, TITLE1]
    parts += [f"{l} {t}" for l, t in ATTEND]
    for num, title, ag, paras in ITEMS:
        parts.append(f"{num} {title} - Agenda Item {ag}")
        parts += [p.lstrip("§") for p in paras]
    parts.append(CLOSING)
    return "\n".join(parts)


A = "Director of Adult Social Services"
GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-05",
    "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
    "questions": [
        {"item": "304", "kind": "question",
         "text": "asked the Committee whether it would consider referring the stroke proposals",
         "asked_by": "Mrs Eileen Sweet",
         "answer": "a written reply would be sent to her after the meeting",
         "given_by": "The Chair", "themes": ["governance", "patient-and-public-input"]},
        {"item": "304", "kind": "question",
         "text": "asked why the home care tender documents had not been published",
         "asked_by": "Mr Derek Latham",
         "answer": "a summary would be added to the Council's website by the end of March",
         "given_by": "The Service Director – Commissioning and Market Development",
         "themes": ["subcontracting", "adult-social-care", "patient-and-public-input"]},
        {"item": "305", "kind": "question",
         "text": "asked how many of the current providers had indicated they would bid",
         "asked_by": None,
         "answer": "38 of the 44 current providers had attended the market engagement events",
         "given_by": "the Service Director",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "305", "kind": "concern",
         "text": "handing whole zones to single lead providers could squeeze out the small local agencies",
         "asked_by": "Cllr Darch",
         "answer": "lead providers would be required to subcontract at least a fifth of their hours",
         "given_by": "officers",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "305", "kind": "question",
         "text": "queried whether the proposed hourly rate of £27.40 would be enough",
         "asked_by": "Cllr Loveridge",
         "answer": "the rate had been modelled on the real living wage plus mileage",
         "given_by": None,
         "themes": ["finance", "workforce", "adult-social-care", "subcontracting"]},
        {"item": "305", "kind": "concern",
         "text": "Members questioned the reliance on private equity backed providers",
         "asked_by": None,
         "answer": "did not have the capital to bring the whole service back in-house",
         "given_by": A,
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "305", "kind": "question",
         "text": "sought clarification on what would happen to people whose current agency",
         "asked_by": "Cllr Yeandle",
         "answer": "transfer plans would be agreed with each person and their family",
         "given_by": "The Service Director",
         "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "305", "kind": "request",
         "text": "requested that the evaluation criteria be circulated to all Members",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "306", "kind": "concern",
         "text": "Members raised a number of concerns about travel times from the west",
         "asked_by": None, "answer": None, "given_by": None, "themes": []},
        {"item": "306", "kind": "question",
         "text": "asked what the longest ambulance journey to Taunford would be",
         "asked_by": "Cllr Huish",
         "answer": "the modelling showed a maximum of 68 minutes from the most remote parishes",
         "given_by": "the Director of Strategy", "themes": []},
        {"item": "306", "kind": "concern",
         "text": "challenged whether the consultation would reach older people without internet access",
         "asked_by": "Cllr Coombes",
         "answer": "printed questionnaires would be available in every library and GP surgery",
         "given_by": "the Associate Director of Engagement",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "306", "kind": "concern",
         "text": "families visiting patients at Taunford would face parking charges",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["finance"]},
        {"item": "306", "kind": "question",
         "text": "asked whether the rehabilitation beds at Wellmouth would be guaranteed",
         "asked_by": "Cllr Burridge",
         "answer": "the Trust could not give a guarantee beyond the current financial plan",
         "given_by": None, "themes": ["finance"]},
        {"item": "307", "kind": "question",
         "text": "asked what was being done to support international recruits",
         "asked_by": None,
         "answer": "had found new sponsors for 31 of the 36 workers affected",
         "given_by": "The Strategic Manager", "themes": ["workforce", "adult-social-care"]},
        {"item": "307", "kind": "question",
         "text": "queried why the apprenticeship numbers had fallen for the second year running",
         "asked_by": "Cllr Penhallow",
         "answer": "the apprenticeship levy could not be used for travel costs",
         "given_by": None, "themes": ["workforce", "finance"]},
        {"item": "307", "kind": "concern",
         "text": "raised concerns about the use of agency staff by the Council's own reablement",
         "asked_by": "Cllr Gollop", "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care", "privatisation"]},
        {"item": "307", "kind": "request",
         "text": "Members requested that future reports include turnover figures",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "303", "text": "agreed the minutes of the meeting held on 5 February 2025 were accurate",
         "outcome": "agreed", "themes": []},
        {"item": "305", "text": "agreed to receive the outcome of the tender evaluation at its meeting",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "306", "text": "Agreed that the proposals constitute a substantial variation in the provision",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "307", "text": "noted the draft strategy and requested that turnover figures be reported",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "308", "text": "The Committee agreed the work programme, subject to the amendments",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr M Treloar", "role": "Chair", "attendance": "present"},
        {"name": "Cllr J Penhallow", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr A Burridge", "role": None, "attendance": "present"},
        {"name": "Cllr S Coombes", "role": None, "attendance": "present"},
        {"name": "Cllr T Darch", "role": None, "attendance": "present"},
        {"name": "Cllr R Huish", "role": None, "attendance": "present"},
        {"name": "Cllr P Loveridge", "role": None, "attendance": "present"},
        {"name": "Cllr W Yeandle", "role": "substitute for Cllr C Venner", "attendance": "present"},
        {"name": "Cllr F Maddicott", "role": "Lead Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Cllr B Gollop", "role": None, "attendance": "in_attendance"},
        {"name": "Cllr C Venner", "role": None, "attendance": "apologies"},
        {"name": "Cllr L Sparkes", "role": None, "attendance": "apologies"},
        {"name": "Niall Hext", "role": A, "attendance": "in_attendance"},
        {"name": "Dr Priya Ramaswamy", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Karen Aplin", "role": "Service Director – Commissioning and Market Development", "attendance": "in_attendance"},
        {"name": "Tom Widdicombe", "role": "Strategic Manager – Workforce Development", "attendance": "in_attendance"},
        {"name": "Helen Marwood", "role": "Director of Strategy, Brentmoor and Exe Valley NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Sian Cudmore", "role": "Associate Director of Engagement, NHS Brentmoor Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Jamie Tapp", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
D2 = "hk-brentmoor-adults-savings-proposals.pdf"
PROPOSALS = [
    ("ASC-S01", "Review of day services for older people", "£420,000", [
        ("What is the proposal?", "Bring together the six council-run day centres into "
         "four community hubs, with transport arranged through the community transport "
         "scheme."),
        ("Who will be affected?", "Around 310 people who attend day centres each week and "
         "their carers."),
        ("Have we consulted?", "Not yet. A ten week consultation with people who use the "
         "service and their families would begin in May 2025."),
        ("What are the risks?", "Longer journeys for some people; loss of respite for "
         "carers if attendance falls."),
    ]),
    ("ASC-S02", "Increase in charges for non-residential care", "£650,000", [
        ("What is the proposal?", "Apply the full Minimum Income Guarantee rules and "
         "charge for the second carer on double-handed calls."),
        ("Who will be affected?", "About 1,900 people who receive care at home and pay "
         "a contribution."),
        ("Have we consulted?", "Statutory consultation on the charging policy is "
         "required before any change."),
        ("What are the risks?", "Some people may cancel care they need; increased debt "
         "and complaints."),
    ]),
    ("ASC-S03", "Reducing agency spend in reablement", "£310,000", [
        ("What is the proposal?", "Recruit 14 permanent reablement workers to replace "
         "agency shifts."),
        ("Who will be affected?", "Staff in the reablement service; no reduction in "
         "service to residents."),
        ("Have we consulted?", "Trade unions have been briefed."),
        ("What are the risks?", "Recruitment may not succeed in the west of the "
         "county."),
    ]),
]


class ReportPDF(FPDF):
    def header(self):
        self.set_font("dej", "B", 8)
        self.set_fill_color(0, 84, 110)
        self.set_text_color(255, 255, 255)
        self.cell(0, 7, "  Brentmoor County Council  |  Medium Term Financial Plan 2025-26 "
                  "– Adult Services savings proposals", fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("dej", "", 8)
        self.cell(0, 5, f"Appendix C  –  Page {self.page_no()}", align="C")


def text_doc2():
    parts = ["Appendix C", "Adult Services savings proposals"]
    for ref, title, amt, qs in PROPOSALS:
        parts.append(f"{ref} {title} {amt}")
        for q, a in qs:
            parts += [q, a]
    return "\n".join(parts)


def build_doc2(path):
    pdf = ReportPDF(format="A4")
    setup(pdf)
    pdf.set_title("Appendix C - Adult Services savings proposals")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("dej", "B", 15)
    pdf.multi_cell(0, 8, "Appendix C\nAdult Services savings proposals 2025-26",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dej", "", 9)
    pdf.multi_cell(0, 5, "This appendix accompanies the report to the Scrutiny for "
                   "Policies, Adults and Health Committee. Each proposal is set out on a "
                   "standard template. Figures are full-year savings and remain subject to "
                   "consultation and Equality Impact Assessment.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for ref, title, amt, qs in PROPOSALS:
        pdf.set_font("dej", "B", 10)
        pdf.set_fill_color(220, 232, 238)
        pdf.cell(28, 8, " " + ref, border=1, fill=True)
        pdf.cell(110, 8, " " + title, border=1, fill=True)
        pdf.cell(0, 8, amt + " ", border=1, fill=True, align="R",
                 new_x="LMARGIN", new_y="NEXT")
        for q, a in qs:
            y = pdf.get_y()
            pdf.set_font("dej", "B", 9)
            pdf.multi_cell(48, 5, q, border=0, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(18 + 48, y)
            pdf.set_font("dej", "", 9)
            pdf.multi_cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
            y2 = max(pdf.get_y(), y + 10)
            pdf.line(18, y2, 192, y2)
            pdf.set_y(y2 + 1)
        pdf.ln(6)
    pdf.output(path)


GOLD2 = {"document": D2, "doc_type": "report"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]|_", " ", s)
    return " ".join(s.split())


def check_doc(name, src, gold):
    ok = True
    n = norm(src)
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(q["text"])
        if q["answer"]:
            phrases.append(q["answer"])
    for r in gold.get("resolutions", []):
        phrases.append(r["text"])
    for p in phrases:
        words = len(p.split())
        c = n.count(norm(p))
        if c != 1 or not 6 <= words <= 15:
            print(f"FAIL {name}: count={c} words={words}: {p}")
            ok = False
    print(f"{name}: {len(phrases)} phrases checked, {'OK' if ok else 'FAILED'}")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        ok = check_doc(D1, text_doc1(), GOLD1) & check_doc(D2, text_doc2(), GOLD2)
        # also confirm against the extracted PDF text where present
        try:
            import pdfplumber
            p = os.path.join(DOCS, D1)
            if os.path.exists(p):
                with pdfplumber.open(p) as pdf:
                    t = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
                t = re.sub(r"-\n", "", t)
                miss = [x for x in [q["text"] for q in GOLD1["questions"]]
                        if norm(x) not in norm(t)]
                print(f"(info) phrases not found in extracted PDF text after de-hyphenation: {len(miss)}")
        except ImportError:
            pass
        sys.exit(0 if ok else 1)
    build_doc1(os.path.join(DOCS, D1))
    build_doc2(os.path.join(DOCS, D2))
    for name, g in ((D1, GOLD1), (D2, GOLD2)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
