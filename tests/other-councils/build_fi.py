#!/usr/bin/env python3
"""Build the "fi-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fi.py           build documents/fi-* and gold/fi-*.json
        build_fi.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys
from datetime import datetime, timezone
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 10, 20, 9, 30, 0, tzinfo=timezone.utc)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF helper
class Doc(FPDF):
    def __init__(self, head_l, head_r, foot_l, initials=False):
        super().__init__(format="A4")
        self.head_l, self.head_r, self.foot_l, self.initials = head_l, head_r, foot_l, initials
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                      ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("dv", st, FONT + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 24)
        self.set_creation_date(FIXED)
        self.set_producer("fpdf2")
        self.alias_nb_pages()

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 10)
        self.cell(83, 4, self.head_l)
        self.cell(83, 4, self.head_r, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(22, 15, 188, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, self.foot_l)
        self.cell(46, 4, "Page %d of {nb}" % self.page_no(), align="C")
        if self.initials:
            self.cell(60, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0, 0, 0)

    # justified paragraph with hyphenation at line ends
    def para(self, text, size=9.5, style="", indent=0, gap=2.2, lh=4.6):
        self.set_font("dv", style, size)
        x0 = self.l_margin + indent
        width = self.w - self.r_margin - x0
        sp = self.get_string_width(" ")
        words = text.split()
        lines, cur = [], []

        def curw(ws):
            return sum(self.get_string_width(w) for w in ws) + sp * max(len(ws) - 1, 0)

        i = 0
        while i < len(words):
            w = words[i]
            if curw(cur + [w]) <= width:
                cur.append(w)
                i += 1
                continue
            # try hyphenating w
            split = None
            if re.fullmatch(r"[A-Za-z]{7,}[,.;:)]?", w):
                core = w
                for k in range(len(core) - 3, 3, -1):
                    a, b = core[k - 1], core[k]
                    V = "aeiouy"
                    good = (a in V and b not in V and core[k - 2] not in V) or (
                        a not in V and b not in V and a != b and a + b not in ("ch", "sh", "th", "ng", "ck", "ph", "wh")
                        and core[k - 2] in V)
                    if good and core[k:k + 1].isalpha():
                        if len(re.sub(r"\W", "", core[k:])) < 3:
                            continue
                        if curw(cur + [core[:k] + "-"]) <= width:
                            split = k
                            break
            if split:
                cur.append(w[:split] + "-")
                words[i] = w[split:]
            lines.append((cur, True))
            cur = []
            if not split and not lines[-1][0]:
                cur = [w]
                i += 1
        if cur:
            lines.append((cur, False))
        for ws, just in lines:
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
            y = self.get_y()
            tot = sum(self.get_string_width(w) for w in ws)
            gapw = (width - tot) / (len(ws) - 1) if (just and len(ws) > 1) else sp
            x = x0
            for j, w in enumerate(ws):
                self.set_xy(x, y)
                t = w if j == len(ws) - 1 else w + " "
                self.cell(self.get_string_width(t), lh, t)
                x += self.get_string_width(w) + gapw
            self.set_xy(self.l_margin, y + lh)
        self.ln(gap)

    def heading(self, text, size=10.5):
        if self.get_y() + 16 > self.page_break_trigger:
            self.add_page()
        self.ln(1.5)
        self.set_font("dv", "B", size)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


# ============================================================ document 1
D1 = "fi-tamebridge-hwosc-2025-10-08.pdf"
COMMITTEE = "Health and Wellbeing Overview and Scrutiny Committee"

D1_ATT = [
    ("Councillors present:", "Councillor R Okoro (Lab) (Chair), Councillor J Pennington (Con) "
     "(Vice-Chair), Councillor A Hussain (Lab), Councillor M Braithwaite (Lab), Councillor "
     "S Kowalczyk (LD), Councillor T Ashworth (Con), Councillor P Gill (Lab) and Councillor "
     "D Whitehead (Ind)."),
    ("Co-opted:", "Mrs E Marsden (Healthwatch Tamebridge) and Mr K Oduya (Tamebridge Carers' "
     "Network, non-voting)."),
    ("In attendance:", "H Lindqvist (Director of Adult Social Care and Health Integration), "
     "Dr F Adeyemi (Director of Public Health), C Rowbotham (Head of Commissioning, All Age "
     "Disability and Older People's Services), G Tierney (Associate Director of Primary Care "
     "Transformation, NHS Greater Pennine Integrated Care Board) and L Sefton (Democratic "
     "Services Officer)."),
]
D1_APOL = ("Apologies for absence were received from Councillor B Haworth (Lab) and "
           "Councillor N Clegg (Con).")

D1_ITEMS = [
    ("HWOSC.12", "Declarations of Interest", [
        "Councillor P Gill declared a non-pecuniary interest in agenda item HWOSC.15 as "
        "her daughter is employed as a support worker by a domiciliary care provider "
        "operating in the borough. She remained in the meeting and took part in the "
        "discussion.",
    ]),
    ("HWOSC.13", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 10 September 2025 were submitted.",
        "It was unanimously RESOLVED that the minutes of the meeting held on 10 September "
        "2025 be approved as a correct record and signed by the Chair.",
    ]),
    ("HWOSC.14", "Urgent Business", [
        "There were no items of urgent business.",
    ]),
    ("HWOSC.15", "Recommissioning of Home Care and Reablement Services", [
        "The Head of Commissioning, All Age Disability and Older People's Services "
        "presented a report outlining the proposed approach to recommissioning home care "
        "and reablement services from April 2026. The current framework, let in 2019 to "
        "eleven providers, expires at the end of March 2026. It was proposed to move to "
        "five geographical patches, each with a lead provider and a small number of "
        "supporting providers, with an hourly rate of \u00a324.10 in the first year. A "
        "twelve-week engagement exercise with people who receive care and their families "
        "had informed the specification.",
        "Members raised the following matters:",
        "(1) Councillor Braithwaite sought clarification on how the proposed hourly rate "
        "had been calculated and whether it would be sufficient to pay care workers the "
        "real living wage including travel time;",
        "(2) Councillor Pennington pressed officers on the risk that smaller local "
        "agencies would be squeezed out of the market by national providers under the "
        "lead provider model;",
        "(3) Councillor Kowalczyk enquired whether people currently receiving care would "
        "have to change carer when the new patches went live; and",
        "(4) Mrs Marsden asked that the feedback gathered from the engagement exercise be "
        "published in full rather than as a summary.",
        "Officers responded as follows: in respect of (1), the Head of Commissioning "
        "advised that the rate had been built up using a cost of care model that assumed "
        "the real living wage plus paid travel time and would be uprated each April; on "
        "(2), she explained that the tender would be split into lots so that "
        "local agencies could bid as supporting providers without needing to cover a "
        "whole patch; regarding (3), the Director of Adult Social Care and Health "
        "Integration confirmed that existing packages would transfer with the same care "
        "workers wherever possible under TUPE arrangements; and, as to (4), it was agreed "
        "that the full engagement report would be placed on the Council's website before "
        "the tender was published.",
        "The Committee ENDORSED the proposed patch-based approach to recommissioning home "
        "care and reablement services set out in the report.",
        "The Committee further AGREED that a progress report on the tender evaluation be "
        "submitted to its meeting in February 2026.",
    ]),
    ("HWOSC.16", "Access to General Practice \u2013 ICB Update", [
        "The Associate Director of Primary Care Transformation gave a presentation on "
        "progress with the local primary care access recovery plan, including the "
        "rollout of cloud telephony, the number of additional roles recruited by primary "
        "care networks and patient satisfaction figures for the twenty-nine practices in "
        "the borough.",
        "Councillor Hussain asked why patients in the east of the borough still waited "
        "longer for a routine appointment than those elsewhere. Responding, the Associate "
        "Director indicated that two practices in the east had lost partners during the "
        "year and that the ICB was funding locum cover while a merger was considered.",
        "Councillor Whitehead questioned whether the new online booking system "
        "disadvantaged older residents who did not use the internet. Responding, the "
        "Director of Adult Social Care and Health Integration indicated that practices "
        "were required to keep telephone and walk-in routes open and that digital "
        "champions from the library service would run sessions in community centres.",
        "Councillor Ashworth raised concerns that pharmacy closures on two high streets "
        "were adding pressure to surgeries. No response was recorded on this point as "
        "the ICB pharmacy lead was not present, and it was noted that a written answer "
        "would be sought.",
        "The Committee COMMENTED on the ICB update and asked that the points raised by "
        "Members be reflected in the next iteration of the access recovery plan.",
    ]),
    ("HWOSC.17", "Public Health Grant 2025/26 and Stop Smoking Service Procurement", [
        "The Director of Public Health reported on the allocation of the ring-fenced "
        "public health grant for 2025/26 and on the outcome of the procurement of the "
        "integrated stop smoking and lifestyle service, which had been awarded to a "
        "community interest company for an initial three years.",
        "In the course of discussion:",
        "(1) Councillor Gill sought clarification on why the stop smoking contract had "
        "not been kept in-house given the good quit rates achieved by the council's "
        "own team;",
        "(2) Councillor Okoro enquired whether the additional grant for smoking cessation "
        "would be used to target pregnant women and routine and manual workers; and",
        "(3) Councillor Kowalczyk pressed officers on the rise in vaping among secondary "
        "school pupils reported in the latest lifestyle survey.",
        "Officers responded as follows: in respect of (1), the Director of Public Health "
        "advised that the in-house team had been unable to offer evening and weekend "
        "clinics at the scale required and that its staff had transferred to the new "
        "provider; on (2), she confirmed that the extra allocation would fund a "
        "dedicated maternity pathway and workplace outreach in manufacturing firms; "
        "regarding (3), she indicated that trading standards test purchasing would be "
        "stepped up and a schools education pack issued by January.",
        "It was unanimously RESOLVED that (1) the allocation of the public health grant "
        "for 2025/26 be noted; and (2) the Director of Public Health circulate quarterly "
        "quit rate figures for the new service to all Members of the Committee.",
    ]),
    ("HWOSC.18", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the draft work programme. Councillor "
        "Braithwaite requested that an item on unpaid carers' breaks be added before the "
        "end of the municipal year.",
        "The Committee AGREED that the work programme be approved, subject to the "
        "addition of an item on short breaks for unpaid carers in March 2026.",
    ]),
]

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-08",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "HWOSC.15", "kind": "question",
         "text": "sought clarification on how the proposed hourly rate had been calculated",
         "asked_by": "Councillor Braithwaite",
         "answer": "the rate had been built up using a cost of care model",
         "given_by": "the Head of Commissioning",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "HWOSC.15", "kind": "concern",
         "text": "pressed officers on the risk that smaller local agencies would be squeezed out",
         "asked_by": "Councillor Pennington",
         "answer": "the tender would be split into lots so that local agencies could bid",
         "given_by": "the Head of Commissioning",
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "HWOSC.15", "kind": "question",
         "text": "enquired whether people currently receiving care would have to change carer",
         "asked_by": "Councillor Kowalczyk",
         "answer": "existing packages would transfer with the same care workers wherever possible",
         "given_by": "the Director of Adult Social Care and Health Integration",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "HWOSC.15", "kind": "request",
         "text": "asked that the feedback gathered from the engagement exercise be published in full",
         "asked_by": "Mrs Marsden",
         "answer": "the full engagement report would be placed on the Council's website",
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "HWOSC.16", "kind": "question",
         "text": "asked why patients in the east of the borough still waited longer",
         "asked_by": "Councillor Hussain",
         "answer": "two practices in the east had lost partners during the year",
         "given_by": "the Associate Director",
         "themes": ["primary-care"]},
        {"item": "HWOSC.16", "kind": "question",
         "text": "questioned whether the new online booking system disadvantaged older residents",
         "asked_by": "Councillor Whitehead",
         "answer": "practices were required to keep telephone and walk-in routes open",
         "given_by": "the Director of Adult Social Care and Health Integration",
         "themes": ["primary-care"]},
        {"item": "HWOSC.16", "kind": "concern",
         "text": "raised concerns that pharmacy closures on two high streets were adding pressure",
         "asked_by": "Councillor Ashworth",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "HWOSC.17", "kind": "question",
         "text": "sought clarification on why the stop smoking contract had not been kept in-house",
         "asked_by": "Councillor Gill",
         "answer": "the in-house team had been unable to offer evening and weekend clinics",
         "given_by": "the Director of Public Health",
         "themes": ["privatisation", "subcontracting", "public-health", "workforce"]},
        {"item": "HWOSC.17", "kind": "question",
         "text": "enquired whether the additional grant for smoking cessation would be used",
         "asked_by": "Councillor Okoro",
         "answer": "the extra allocation would fund a dedicated maternity pathway",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "finance"]},
        {"item": "HWOSC.17", "kind": "concern",
         "text": "pressed officers on the rise in vaping among secondary school pupils",
         "asked_by": "Councillor Kowalczyk",
         "answer": "trading standards test purchasing would be stepped up",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "HWOSC.18", "kind": "request",
         "text": "requested that an item on unpaid carers' breaks be added",
         "asked_by": "Councillor Braithwaite",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care"]},
    ],
    "resolutions": [
        {"item": "HWOSC.13", "text": "the minutes of the meeting held on 10 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HWOSC.15", "text": "ENDORSED the proposed patch-based approach to recommissioning home care",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "HWOSC.15", "text": "a progress report on the tender evaluation be submitted",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "HWOSC.16", "text": "COMMENTED on the ICB update and asked that the points raised",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "HWOSC.17", "text": "the allocation of the public health grant for 2025/26 be noted",
         "outcome": "agreed", "themes": ["public-health", "finance"]},
        {"item": "HWOSC.18", "text": "the work programme be approved, subject to the addition of an item",
         "outcome": "agreed", "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor R Okoro", "role": "Chair", "attendance": "present"},
        {"name": "Councillor J Pennington", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor A Hussain", "role": None, "attendance": "present"},
        {"name": "Councillor M Braithwaite", "role": None, "attendance": "present"},
        {"name": "Councillor S Kowalczyk", "role": None, "attendance": "present"},
        {"name": "Councillor T Ashworth", "role": None, "attendance": "present"},
        {"name": "Councillor P Gill", "role": None, "attendance": "present"},
        {"name": "Councillor D Whitehead", "role": None, "attendance": "present"},
        {"name": "Mrs E Marsden", "role": "Healthwatch Tamebridge", "attendance": "present"},
        {"name": "Mr K Oduya", "role": "Tamebridge Carers' Network, non-voting", "attendance": "present"},
        {"name": "H Lindqvist", "role": "Director of Adult Social Care and Health Integration",
         "attendance": "in_attendance"},
        {"name": "Dr F Adeyemi", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "C Rowbotham",
         "role": "Head of Commissioning, All Age Disability and Older People's Services",
         "attendance": "in_attendance"},
        {"name": "G Tierney",
         "role": "Associate Director of Primary Care Transformation, NHS Greater Pennine Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "L Sefton", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor B Haworth", "role": None, "attendance": "apologies"},
        {"name": "Councillor N Clegg", "role": None, "attendance": "apologies"},
    ],
}


def d1_text():
    parts = ["Metropolitan Borough of Tamebridge", COMMITTEE,
             "Minutes of the meeting held on Wednesday, 8 October 2025 at 6.00 pm in "
             "Committee Room 2, Tamebridge Town Hall"]
    parts += [a + " " + b for a, b in D1_ATT] + [D1_APOL]
    for n, t, ps in D1_ITEMS:
        parts.append(n + "  " + t)
        parts += ps
    parts.append("The meeting closed at 8.12 pm.")
    return parts


def build_d1():
    pdf = Doc(COMMITTEE, "8 October 2025", "Metropolitan Borough of Tamebridge", initials=True)
    pdf.set_title("Minutes - " + COMMITTEE + " - 8 October 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "METROPOLITAN BOROUGH OF TAMEBRIDGE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11.5)
    pdf.cell(0, 6.5, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.para("Minutes of the meeting held on Wednesday, 8 October 2025 at 6.00 pm in "
             "Committee Room 2, Tamebridge Town Hall", size=9.5, style="I")
    pdf.ln(1)
    for a, b in D1_ATT:
        pdf.para(a + " " + b)
    pdf.para(D1_APOL)
    for n, t, ps in D1_ITEMS:
        pdf.heading(n + "  " + t)
        for p in ps:
            ind = 6 if re.match(r"\(\d\)", p) else 0
            pdf.para(p, indent=ind)
    pdf.ln(3)
    pdf.para("The meeting closed at 8.12 pm.")
    pdf.ln(6)
    pdf.para("Chair ......................................................     "
             "Date ..............................")
    pdf.output(os.path.join(DOCS, D1))


# ============================================================ document 2
D2 = "fi-greater-pennine-icp-strategy-dashboard-q2-2025-26.pdf"
D2_ROWS = [
    ("1", "Start well", "Children ready for school at end of Reception (%)", "63.1", "64.0", "67.5", "A", "\u2191"),
    ("2", "Start well", "Smoking at time of delivery (%)", "11.8", "10.2", "8.0", "A", "\u2191"),
    ("3", "Start well", "CAMHS referrals seen within 18 weeks (%)", "71", "58", "92", "R", "\u2193"),
    ("4", "Live well", "Adults accessing stop smoking support (quarter)", "1,420", "1,655", "1,600", "G", "\u2191"),
    ("5", "Live well", "NHS Health Checks delivered (year to date)", "6,210", "7,940", "9,000", "A", "\u2191"),
    ("6", "Live well", "GP appointments within two weeks (%)", "78.4", "81.9", "85.0", "A", "\u2191"),
    ("7", "Age well", "Discharged to usual place of residence (%)", "89.2", "91.4", "92.0", "G", "\u2191"),
    ("8", "Age well", "Delayed discharges (average per day)", "118", "131", "90", "R", "\u2193"),
    ("9", "Age well", "Unpaid carers with a carer's assessment (%)", "34", "36", "50", "A", "\u2192"),
    ("10", "Enablers", "Social care vacancy rate (%)", "10.9", "9.7", "7.5", "A", "\u2191"),
    ("11", "Enablers", "Households in temporary accommodation", "1,184", "1,312", "1,000", "R", "\u2193"),
    ("12", "Enablers", "Residents engaged through Big Conversation", "2,300", "4,105", "4,000", "G", "\u2191"),
]
D2_COMMENT = [
    ("Overview", "Of the twelve strategy outcome measures reported this quarter, three are "
     "rated green, six amber and three red. This is an improvement on Quarter 1, when five "
     "measures were red. The dashboard reports the position at 30 September 2025 against "
     "the baselines agreed when the Integrated Care Strategy was refreshed in March 2025."),
    ("Start well", "Waiting times for children and young people's mental health services "
     "remain the most significant concern. When the Partnership Board last met, members "
     "asked whether the additional investment in the neurodevelopmental pathway had been "
     "diverted to clear assessment backlogs; the ICB has since confirmed that funding is "
     "ring-fenced and a recovery trajectory will be included in the Quarter 3 dashboard."),
    ("Age well", "Delayed discharges rose over the summer, driven largely by a shortage of "
     "home care capacity in two localities and by the closure of a 40-bed nursing home. The "
     "Board's query last quarter about the use of the Better Care Fund for discharge to "
     "assess beds is being picked up in the Better Care Fund plan review in November."),
    ("Enablers", "Temporary accommodation numbers continue to rise across all five "
     "boroughs. Partners are working with district housing teams on a shared hospital "
     "discharge protocol for people with no settled home. The social care vacancy rate has "
     "fallen following the joint recruitment campaign with the care sector."),
]
D2_KEY = [
    ("G", "Green", "On track to meet the 2026/27 target"),
    ("A", "Amber", "Improving but not yet on trajectory, or within 10% of trajectory"),
    ("R", "Red", "Off track or deteriorating; recovery action required"),
    ("\u2191 \u2193 \u2192", "Trend", "Direction of travel since the previous quarter"),
]
D2_GOLD = {
    "document": D2,
    "doc_type": "report",
    "themes": ["integration", "public-health", "mental-health", "children-and-families",
               "adult-social-care", "primary-care", "workforce", "housing",
               "patient-and-public-input", "finance"],
}
RAG = {"G": (0, 153, 76), "A": (255, 176, 0), "R": (204, 0, 0)}


def d2_text():
    parts = ["Greater Pennine Integrated Care Partnership", "Strategy delivery dashboard",
             "Quarter 2 2025/26"]
    for r in D2_ROWS:
        parts.append(" ".join(r))
    for h, t in D2_COMMENT:
        parts += [h, t]
    for k in D2_KEY:
        parts.append(" ".join(k))
    return parts


def build_d2():
    pdf = Doc("Greater Pennine Integrated Care Partnership", "Strategy delivery dashboard \u2013 Q2 2025/26",
              "OFFICIAL \u2013 for publication")
    pdf.set_title("ICP strategy delivery dashboard Q2 2025/26")
    pdf.add_page()
    pdf.set_fill_color(0, 72, 124)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 10, "  Integrated Care Strategy: delivery dashboard", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 6, "  Quarter 2 2025/26 (July \u2013 September)  |  Report to the Partnership Board, 4 November 2025",
             fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    widths = [8, 20, 70, 16, 16, 16, 10, 10]
    heads = ["#", "Ambition", "Outcome measure", "Baseline", "Latest", "Target", "RAG", "Trend"]
    pdf.set_font("dv", "B", 7.5)
    pdf.set_fill_color(220, 228, 236)
    for w, h in zip(widths, heads):
        pdf.cell(w, 6, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("dv", "", 7.5)
    for r in D2_ROWS:
        for i, (w, v) in enumerate(zip(widths, r)):
            if i == 6:
                pdf.set_fill_color(*RAG[v])
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("dv", "B", 7.5)
                pdf.cell(w, 5.5, v, border=1, fill=True, align="C")
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("dv", "", 7.5)
            else:
                pdf.cell(w, 5.5, v, border=1, align="L" if i in (1, 2) else "C")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("dv", "B", 10.5)
    pdf.cell(0, 6, "Commentary", new_x="LMARGIN", new_y="NEXT")
    for h, t in D2_COMMENT:
        pdf.set_font("dv", "B", 9)
        pdf.cell(0, 5, h, new_x="LMARGIN", new_y="NEXT")
        pdf.para(t, size=9)
    pdf.ln(2)
    pdf.set_font("dv", "B", 9.5)
    pdf.cell(0, 6, "Key", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    for sym, lab, desc in D2_KEY:
        if sym in RAG:
            pdf.set_fill_color(*RAG[sym])
            pdf.set_text_color(255, 255, 255)
            pdf.cell(10, 5, sym, border=1, fill=True, align="C")
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.cell(10, 5, sym, border=1, align="C")
        pdf.cell(18, 5, " " + lab)
        pdf.cell(0, 5, desc, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, D2))


# ============================================================ gold / check
def write_gold():
    for g in (D1_GOLD, D2_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


def check():
    ok = True
    for g, parts in ((D1_GOLD, d1_text()), (D2_GOLD, d2_text())):
        src = norm(" ".join(parts))
        phrases = []
        for q in g.get("questions", []):
            phrases += [q["text"]] + ([q["answer"]] if q["answer"] else [])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print("FAIL %s: count=%d words=%d: %s" % (g["document"], c, n, p))
        print("%s: %d items, %d questions, %d resolutions, %d attendees, %d phrases checked" % (
            g["document"], len(g.get("items", [])), len(g.get("questions", [])),
            len(g.get("resolutions", [])), len(g.get("attendees", [])), len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_d1()
    build_d2()
    write_gold()
    sys.exit(0 if check() else 1)
