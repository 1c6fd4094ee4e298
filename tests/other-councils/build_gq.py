#!/usr/bin/env python3
"""Build the "gq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gq.py           build documents/gq-* and gold/gq-*.json
        build_gq.py --check   verify every gold phrase occurs once in its document
"""
import json, re, sys, os, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2025, 9, 25, 10, 0, 0, tzinfo=datetime.timezone.utc)

VOWELS = set("aeiouy")


def split_word(pdf, word, avail):
    """Return (head_with_hyphen, tail) or None: a crude hyphenation at a vowel/consonant joint."""
    m = re.match(r"^([A-Za-z]+)(.*)$", word)
    if not m or len(m.group(1)) < 7:
        return None
    core, rest = m.group(1), m.group(2)
    best = None
    for i in range(3, len(core) - 2):
        if core[i - 1].lower() in VOWELS and core[i].lower() not in VOWELS:
            head = core[:i] + "-"
            if pdf.get_string_width(head) <= avail:
                best = i
    if best is None:
        return None
    return core[:best] + "-", core[best:] + rest


class Doc(FPDF):
    def __init__(self, header_text, footer_left):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_left = footer_left
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONTB)
        self.add_font("dv", "I", FONTI)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(FIXED)
        self.alias_nb_pages()
        self.src = []

    def header(self):
        if self.header_text:
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 5, self.header_text, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_left:
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # ---- text helpers -------------------------------------------------
    def justify(self, text, size=10, style="", indent=0, label=None, lh=5.0, after=2.5):
        """Justified paragraph with manual hyphenation; optional hanging label."""
        self.src.append(((label + " ") if label else "") + text)
        self.set_font("dv", style, size)
        x0 = self.l_margin + indent
        width = self.w - self.r_margin - x0
        words = text.split()
        lines, cur = [], []
        sp = self.get_string_width(" ")
        while words:
            w = words.pop(0)
            trial = " ".join(cur + [w])
            if self.get_string_width(trial) <= width:
                cur.append(w)
                continue
            used = self.get_string_width(" ".join(cur)) + (sp if cur else 0)
            sw = split_word(self, w, width - used)
            if sw:
                cur.append(sw[0])
                words.insert(0, sw[1])
            else:
                words.insert(0, w)
            lines.append(cur)
            cur = []
        if cur:
            lines.append(cur)
        if self.get_y() + lh * min(2, len(lines)) > self.page_break_trigger:
            self.add_page()
        first = True
        for n, ln in enumerate(lines):
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
            y = self.get_y()
            if first and label:
                self.set_xy(self.l_margin + indent - 8, y)
                self.cell(8, lh, label)
            first = False
            last = n == len(lines) - 1
            tw = sum(self.get_string_width(t) for t in ln)
            gap = sp if (last or len(ln) == 1) else (width - tw) / (len(ln) - 1)
            x = x0
            if last or len(ln) == 1:
                self.set_xy(x0, y)
                self.cell(width, lh, " ".join(ln))
                ln = []
            for t in ln:
                self.set_xy(x, y)
                self.cell(self.get_string_width(t), lh, t)
                x += self.get_string_width(t) + gap
            self.set_xy(self.l_margin, y + lh)
        self.ln(after)

    def line_text(self, text, size=10, style="", indent=0, lh=5.0, after=0.0):
        self.src.append(text)
        self.set_font("dv", style, size)
        if self.get_y() + lh > self.page_break_trigger:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.r_margin - self.l_margin - indent, lh, text, align="L")
        self.ln(after)


# =====================================================================
# Document 1: Adults and Health Select Committee minutes
# =====================================================================
DOC1 = "gq-wealdshire-adults-health-select-2025-09-18.pdf"

ATT = [
    ("Present:", [
        "Mrs Angela Pryor (Chairman)",
        "Dr Robert Ellison (Vice-Chairman)",
        "Mr Harry Blaine",
        "Mrs Fiona Castell",
        "Mr Trevor Haig",
        "Mr Kevin Oduya",
        "Ms Jo Whitcombe",
    ]),
    ("Co-opted Members:", [
        "Borough Councillor Nadia Prentice, Ashcombe Borough Council",
        "Mr Gareth Lowe, Healthwatch Wealdshire",
    ]),
    ("Apologies:", [
        "Mr Simon Dray",
        "Mrs Linda Fairweather",
    ]),
    ("In attendance", [
        "Mr Carl Fenwick, Cabinet Member for Adult Social Care",
        "Ms Rachel Ince, Cabinet Member for Health, Wellbeing and Public Health",
    ]),
]

ITEMS = [
    {"num": "28/25", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "body": [
        "Apologies were received from Mr Simon Dray and Mrs Linda Fairweather. Mr Trevor Haig "
        "attended as a substitute for Mr Simon Dray.",
    ]},
    {"num": "29/25", "title": "MINUTES OF THE PREVIOUS MEETING: 10 JULY 2025", "body": [
        "The minutes of the meeting held on 10 July 2025 were agreed as a true record of the meeting.",
    ]},
    {"num": "30/25", "title": "DECLARATIONS OF INTEREST", "body": [
        "Mrs Fiona Castell declared a personal interest in item 32/25 as a close family member "
        "receives home care from a provider on the Council's framework. She remained in the "
        "meeting and took part in the discussion.",
    ]},
    {"num": "31/25", "title": "QUESTIONS AND PETITIONS", "numbered": [
        "Members' questions: none received.",
        "Public questions: none received.",
        "Petitions: there were none.",
    ]},
    {"num": "32/25", "title": "RECOMMISSIONING OF HOME CARE SERVICES AND MARKET SUSTAINABILITY",
     "witnesses": [
        "Carl Fenwick, Cabinet Member for Adult Social Care",
        "Dr Helen Marsh, Director of Adult Social Care and Integrated Commissioning",
        "Priya Raman, Assistant Director, Commissioning (Older People and Physical Disabilities)",
        "Owen Tate, Chair, Wealdshire Care Association",
     ],
     "points": [
        "The Cabinet Member introduced the report and explained that the current home care "
        "framework, let in 2019, would expire in March 2026 and that a zoned model was proposed "
        "in its place.",
        "A Member asked whether the new framework would reduce the number of home care providers "
        "operating in each locality. The Director of Adult Social Care explained that the zoned "
        "model would cut the number of providers from 212 to around 60 on the framework, but that "
        "spot purchasing would remain available for the most rural parts of the county.",
        "The Vice-Chairman queried how the hourly rate of £24.10 had been set and whether it "
        "covered the real living wage; the witness stated that the rate had been modelled on the "
        "national cost of care toolkit and included travel time paid at the real living wage, "
        "and that it would be uprated each April.",
        "Members were concerned that large private providers backed by private equity could exit "
        "the county market at short notice, as had happened in a neighbouring authority in 2023. "
        "In response, the Cabinet Member said that contracts would include step-in rights and "
        "that the Council retained a small in-house reablement service which could be expanded "
        "if a provider failed.",
        "A Member commented that residents in her division had repeatedly told her that carers "
        "arrived late and changed too often, and that continuity should matter as much as price "
        "when bids were evaluated.",
        "The Chair of the Wealdshire Care Association told the Select Committee that providers had "
        "lost around one in five care workers over the last year. A Member sought clarification on "
        "whether international recruitment would continue to be supported after the changes to "
        "visa rules. The Assistant Director confirmed that the Council's international recruitment "
        "hub would be funded until March 2026, although no new sponsorship applications were "
        "being made by providers.",
        "A co-opted Member asked how the views of people who use services had shaped the "
        "specification. The Assistant Director said that 412 people had responded to the survey "
        "and that an experts-by-experience panel would score the tender submissions alongside "
        "officers.",
        "A Member noted that the report contained no data on unmet need and requested that the "
        "waiting list for home care packages be reported to the Select Committee every month.",
     ],
     "actions": [
        "The Director of Adult Social Care and Integrated Commissioning to provide monthly figures "
        "on people waiting for a home care package, broken down by locality.",
        "The Assistant Director, Commissioning to share the provider failure contingency plan with "
        "the Select Committee.",
     ],
     "dec_label": "Recommendations:",
     "decision": [
        "Notes the proposed approach to recommissioning home care services from April 2026;",
        "Recommends that continuity of care is included as a key performance indicator in the new "
        "home care contracts; and",
        "Recommends that the Cabinet Member for Adult Social Care reports back on the stability of "
        "the home care market in six months' time.",
     ]},
    {"num": "33/25", "title": "WINTER PLANNING AND HOSPITAL DISCHARGE 2025/26",
     "witnesses": [
        "Carl Fenwick, Cabinet Member for Adult Social Care",
        "Dr Helen Marsh, Director of Adult Social Care and Integrated Commissioning",
        "Sarah Quilliam, Chief Executive, East Wealdshire Hospitals NHS Foundation Trust",
        "Michael Adeyemi, Director of Urgent and Emergency Care, NHS Wealdshire and Downs "
        "Integrated Care Board",
     ],
     "points": [
        "The Chief Executive of the trust introduced the joint winter plan, which had been agreed "
        "by the system urgent and emergency care board in August. The Chairman asked why the number "
        "of patients with no criteria to reside had risen to 187 in August despite the additional "
        "discharge funding. The Chief Executive of the trust said that delays were concentrated "
        "among patients needing nursing home placements with dementia support, where the local "
        "market had too few beds.",
        "Members were concerned that patients were being discharged late in the evening without "
        "care in place at home. In response, the Chief Executive of the trust said that a discharge "
        "audit in June had found 14 such cases and that no patient assessed as vulnerable would now "
        "be discharged after 7pm.",
        "The Vice-Chairman queried whether the £6.2 million discharge fund would be recurrent; the "
        "Director of Urgent and Emergency Care stated that the allocation was confirmed for 2025/26 "
        "only and that the ICB could not commit funding beyond March 2026.",
        "A Member asked what was being done to recruit and retain staff in the transfer of care hub, "
        "given a vacancy rate of 18 per cent. The Director of Adult Social Care explained that social "
        "workers in the hub had been offered a recruitment and retention payment and that the vacancy "
        "rate had fallen to 11 per cent since July.",
        "A Member commented that the Select Committee had heard similar assurances in previous winters "
        "and that Members would want to see evidence of improvement rather than further plans.",
        "A co-opted Member asked whether carers were being consulted before a relative was discharged. "
        "The Director of Urgent and Emergency Care acknowledged that only 41 per cent of carers felt "
        "involved and said that a carers' discharge leaflet had been co-produced with Healthwatch "
        "Wealdshire.",
     ],
     "actions": [
        "The trust to provide the number of discharges after 7pm in each month since June 2025.",
        "The ICB to confirm to the Select Committee when discharge funding for 2026/27 is known.",
     ],
     "dec_label": "Resolved:",
     "decision": [
        "Notes the joint winter plan and the actions being taken to reduce delayed discharges; and",
        "Requests a further report on discharge performance to its meeting in March 2026, including "
        "feedback from carers.",
     ]},
    {"num": "34/25", "title": "ADULTS AND HEALTH SELECT COMMITTEE FORWARD WORK PROGRAMME AND RECOMMENDATIONS TRACKER",
     "witnesses": ["None"],
     "points": [
        "A Member requested that a session on the recommissioning of drug and alcohol treatment "
        "services be added before the contract award in 2026. The Chairman agreed that the item "
        "would be scheduled for the meeting in January 2026.",
     ],
     "dec_label": "Resolved:",
     "plain": "The Select Committee noted the forward work programme and the recommendations tracker.",
     },
    {"num": "35/25", "title": "DATE OF THE NEXT MEETING", "body": [
        "The Select Committee noted that its next public meeting would be held on 27 November 2025.",
    ]},
]


def build_doc1():
    pdf = Doc("Adults and Health Select Committee  18 September 2025", "")
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.src.append("MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held at 10.00 am "
                   "on 18 September 2025 at Council Chamber, County Hall, Maidbury.")
    pdf.multi_cell(0, 6, "MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held at "
                   "10.00 am on 18 September 2025 at Council Chamber, County Hall, Maidbury.", align="L")
    pdf.ln(2)
    pdf.justify("These minutes are subject to confirmation by the Committee at its next meeting.",
                size=9, style="I")
    for label, names in ATT:
        pdf.line_text(label, style="B", after=0.5)
        for n in names:
            pdf.line_text(n, indent=6)
        pdf.ln(2)
    pdf.ln(2)
    for it in ITEMS:
        title = f"{it['num']}  {it['title']}"
        if pdf.get_y() > pdf.page_break_trigger - 25:
            pdf.add_page()
        pdf.line_text(title, style="B", lh=5.5, after=1.5)
        for p in it.get("body", []):
            pdf.justify(p, indent=8)
        for i, p in enumerate(it.get("numbered", []), 1):
            pdf.justify(p, indent=14, label=f"{i}.")
        if "witnesses" in it:
            pdf.line_text("Witnesses:", style="B", indent=8, after=0.5)
            for w in it["witnesses"]:
                pdf.justify(w, indent=8, after=0.3)
            pdf.ln(2)
            pdf.line_text("Key points raised during the discussion:", style="B", indent=8, after=1)
            for i, p in enumerate(it["points"], 1):
                pdf.justify(p, indent=14, label=f"{i}.")
        if it.get("actions"):
            pdf.line_text("Actions/further information to be provided:", style="B", indent=8, after=1)
            for i, a in enumerate(it["actions"]):
                pdf.justify(a, indent=14, label=f"{'abcdef'[i]})")
        if it.get("decision"):
            pdf.line_text(it["dec_label"], style="B", indent=8, after=1)
            pdf.justify("The Select Committee:", indent=8, after=1)
            for i, d in enumerate(it["decision"], 1):
                pdf.justify(d, indent=14, label=f"{i}.")
        if it.get("plain"):
            pdf.line_text(it["dec_label"], style="B", indent=8, after=1)
            pdf.justify(it["plain"], indent=8)
        pdf.ln(2)
    pdf.ln(4)
    pdf.line_text("Meeting ended at: 12.47 pm", after=8)
    pdf.line_text("______________________________")
    pdf.line_text("Chairman")
    pdf.output(os.path.join(DOCS, DOC1))
    return "\n".join(pdf.src)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adults and Health Select Committee",
    "meeting_date": "2025-09-18",
    "items": [{"number": it["num"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("32/25", "question", "asked whether the new framework would reduce the number of home care providers",
          "A Member", "the zoned model would cut the number of providers from 212 to around 60",
          "The Director of Adult Social Care", ["adult-social-care", "subcontracting"]),
        q("32/25", "question", "queried how the hourly rate of £24.10 had been set",
          "The Vice-Chairman", "the rate had been modelled on the national cost of care toolkit",
          None, ["adult-social-care", "finance", "workforce"]),
        q("32/25", "concern", "concerned that large private providers backed by private equity could exit",
          "Members", "contracts would include step-in rights and that the Council retained",
          "the Cabinet Member", ["adult-social-care", "privatisation", "subcontracting"]),
        q("32/25", "comment", "told her that carers arrived late and changed too often",
          "A Member", None, None, ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        q("32/25", "question", "whether international recruitment would continue to be supported after the changes",
          "A Member", "international recruitment hub would be funded until March 2026",
          "The Assistant Director", ["workforce", "adult-social-care"]),
        q("32/25", "question", "asked how the views of people who use services had shaped the specification",
          "A co-opted Member", "412 people had responded to the survey and that an experts-by-experience panel",
          "The Assistant Director", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("32/25", "request", "requested that the waiting list for home care packages be reported",
          "A Member", None, None, ["adult-social-care"]),
        q("33/25", "question", "asked why the number of patients with no criteria to reside had risen",
          "The Chairman", "delays were concentrated among patients needing nursing home placements with dementia support",
          "The Chief Executive of the trust", ["adult-social-care", "integration", "mental-health"]),
        q("33/25", "concern", "concerned that patients were being discharged late in the evening without care",
          "Members", "a discharge audit in June had found 14 such cases",
          "the Chief Executive of the trust", ["adult-social-care", "integration"]),
        q("33/25", "question", "queried whether the £6.2 million discharge fund would be recurrent",
          "The Vice-Chairman", "the allocation was confirmed for 2025/26 only and that the ICB",
          "Director of Urgent and Emergency Care", ["finance", "integration", "adult-social-care"]),
        q("33/25", "question", "asked what was being done to recruit and retain staff in the transfer",
          "A Member", "had been offered a recruitment and retention payment and that the vacancy",
          "The Director of Adult Social Care", ["workforce", "integration"]),
        q("33/25", "comment", "had heard similar assurances in previous winters and that Members would want",
          "A Member", None, None, ["governance"]),
        q("33/25", "question", "asked whether carers were being consulted before a relative was discharged",
          "A co-opted Member", "a carers' discharge leaflet had been co-produced with Healthwatch Wealdshire",
          "The Director of Urgent and Emergency Care", ["adult-social-care", "patient-and-public-input"]),
        q("34/25", "request", "requested that a session on the recommissioning of drug and alcohol treatment",
          "A Member", "The Chairman agreed that the item would be scheduled for the meeting",
          "The Chairman", ["public-health", "subcontracting", "governance"]),
    ],
    "resolutions": [
        {"item": "29/25", "text": "minutes of the meeting held on 10 July 2025 were agreed as a true record",
         "outcome": "agreed", "themes": []},
        {"item": "32/25", "text": "Recommends that continuity of care is included as a key performance indicator",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "33/25", "text": "Requests a further report on discharge performance to its meeting in March 2026",
         "outcome": "agreed", "themes": ["adult-social-care", "integration", "patient-and-public-input"]},
        {"item": "34/25", "text": "noted the forward work programme and the recommendations tracker",
         "outcome": "noted", "themes": ["governance"]},
        {"item": "35/25", "text": "noted that its next public meeting would be held on 27 November 2025",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Mrs Angela Pryor", "role": "Chairman", "attendance": "present"},
        {"name": "Dr Robert Ellison", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mr Harry Blaine", "role": None, "attendance": "present"},
        {"name": "Mrs Fiona Castell", "role": None, "attendance": "present"},
        {"name": "Mr Trevor Haig", "role": None, "attendance": "present"},
        {"name": "Mr Kevin Oduya", "role": None, "attendance": "present"},
        {"name": "Ms Jo Whitcombe", "role": None, "attendance": "present"},
        {"name": "Borough Councillor Nadia Prentice", "role": "Ashcombe Borough Council", "attendance": "present"},
        {"name": "Mr Gareth Lowe", "role": "Healthwatch Wealdshire", "attendance": "present"},
        {"name": "Mr Simon Dray", "role": None, "attendance": "apologies"},
        {"name": "Mrs Linda Fairweather", "role": None, "attendance": "apologies"},
        {"name": "Mr Carl Fenwick", "role": "Cabinet Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Ms Rachel Ince", "role": "Cabinet Member for Health, Wellbeing and Public Health",
         "attendance": "in_attendance"},
    ],
}

# =====================================================================
# Document 2: Local Account of Adult Social Care 2024/25
# =====================================================================
DOC2 = "gq-wealdshire-local-account-adult-social-care-2024-25.pdf"

LA = [
    ("h", "Local Account of Adult Social Care 2024/25"),
    ("p", "Wealdshire County Council – how we supported adults, carers and families last year, "
          "what you told us, and what we will focus on next."),
    ("h2", "Welcome"),
    ("p", "Welcome to our Local Account. It is a short, plain summary of how adult social care in "
          "Wealdshire performed between April 2024 and March 2025. We have written it with members "
          "of our Making It Real board, a group of people who draw on care and support and unpaid "
          "carers. – Carl Fenwick, Cabinet Member for Adult Social Care, and Dr Helen Marsh, "
          "Director of Adult Social Care and Integrated Commissioning"),
    ("h2", "Our year in numbers"),
    ("b", "18,940 people contacted our Adult Social Care front door"),
    ("b", "11,260 people received long-term care and support, 4,310 of them at home"),
    ("b", "2,870 people completed reablement; 78% needed no further support 91 days later"),
    ("b", "9,400 unpaid carers were known to us and 3,150 received a carer's assessment"),
    ("b", "£412.6 million was spent on adult social care, 38p in every £1 of the Council's budget"),
    ("b", "1 in 9 social work posts was vacant in March 2025, down from 1 in 6 a year earlier"),
    ("h2", "Stories from Wealdshire"),
    ("p", "Maureen, 84, from Tollbridge, came home from hospital after a fall. Our reablement team "
          "visited twice a day for three weeks. \"By the end I was making my own lunch again,\" she "
          "said. She now uses a pendant alarm and goes to a lunch club on Thursdays."),
    ("p", "Dev looks after his brother, who has a learning disability. A carer's assessment led to "
          "a direct payment that pays for a personal assistant two evenings a week, so Dev can keep "
          "his job at the garden centre."),
    ("h2", "What you told us"),
    ("p", "Our annual survey of people who use services was returned by 2,104 people. Most said staff "
          "treated them with dignity (89%), but fewer felt they had enough choice over their care "
          "(61%). Carers told us that information was hard to find and that breaks were difficult "
          "to arrange at short notice."),
    ("h2", "Our priorities for 2025/26"),
    ("b", "Recommission home care in zones so that visits are more reliable and travel time is paid."),
    ("b", "Cut waiting times for assessments to under 28 days for everyone."),
    ("b", "Open two new extra care schemes in Maidbury and Hollin Green."),
    ("b", "Launch a new carers' breaks service, designed with carers, by January 2026."),
    ("box", "Questions you asked us"),
    ("q", "Q: Why do I have to pay towards my care when the NHS is free?"),
    ("a", "A: Social care is means-tested by law. We look at your income and savings and you will "
          "never be asked to pay more than you can afford. Our charging policy is on our website."),
    ("q", "Q: Will my carer change when the new home care contracts start?"),
    ("a", "A: We will ask providers to keep the same care workers wherever possible, and we will "
          "write to everyone affected before April 2026."),
    ("p", "To get this document in another format, or to tell us what you think, call 0300 555 0192 "
          "or email localaccount@wealdshire.example.gov.uk."),
]


def build_doc2():
    pdf = Doc("", "Wealdshire County Council – Local Account 2024/25")
    pdf.add_page()
    for kind, text in LA:
        if kind == "h":
            pdf.src.append(text)
            pdf.set_fill_color(0, 94, 120)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("dv", "B", 18)
            pdf.multi_cell(0, 12, text, fill=True, align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_text_color(0, 94, 120)
            pdf.line_text(text, size=13, style="B", lh=7, after=1)
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.justify(text, size=10.5, lh=5.5, after=3)
        elif kind == "b":
            pdf.justify(text, size=10.5, lh=5.5, indent=8, label="•", after=1)
        elif kind == "box":
            pdf.ln(3)
            pdf.set_fill_color(230, 242, 245)
            pdf.src.append(text)
            pdf.set_font("dv", "B", 12)
            pdf.cell(0, 8, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        elif kind == "q":
            pdf.src.append(text)
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 5.5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        elif kind == "a":
            pdf.src.append(text)
            pdf.set_font("dv", "", 10.5)
            pdf.multi_cell(0, 5.5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(DOCS, DOC2))
    return "\n".join(pdf.src)


GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["adult-social-care", "patient-and-public-input", "workforce", "finance", "subcontracting"],
}


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(name, src, gold):
    n = norm(src)
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(qq["text"])
        if qq["answer"]:
            phrases.append(qq["answer"])
    for r in gold.get("resolutions", []):
        phrases.append(r["text"])
    ok = True
    for p in phrases:
        wc = len(p.split())
        c = n.count(norm(p))
        if c != 1 or not (6 <= wc <= 15):
            ok = False
            print(f"FAIL {name}: count={c} words={wc}: {p}")
    # also check the PDF's extracted text once hyphenated line-ends are rejoined
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, name)) as pdf:
        txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
    nt = norm(txt)
    for p in phrases:
        if norm(p) not in nt:
            print(f"  note {name}: phrase crosses a page break/header in PDF text: {p}")
    print(f"{name}: {len(phrases)} phrases checked, {'OK' if ok else 'FAILED'}")
    return ok


def main():
    s1 = build_doc1()
    s2 = build_doc2()
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        ok = check(DOC1, s1, GOLD1) & check(DOC2, s2, GOLD2)
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
