#!/usr/bin/env python3
"""Build the "be-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_be.py          build documents and gold
        build_be.py --check  verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
VOWELS = set("aeiouy")
DIGRAPHS = {"ng", "ch", "sh", "th", "ck", "ph", "wh", "gh", "qu"}
SUFFIXES = ("tion", "sion", "ment", "ness", "ing", "able", "ance", "ence", "ship")


class Doc(FPDF):
    def __init__(self, head, foot_left):
        super().__init__(format="A4")
        self.head, self.foot_left = head, foot_left
        self.set_auto_page_break(False)
        self.set_margins(22, 22, 22)
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONTB)
        self.set_creation_date(FIXED)
        self.set_producer("Kelbrook Democratic Services")
        self.source = []  # plain source text, for --check

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 10)
        self.cell(166, 4, self.head, align="C")
        self.line(22, 15, 188, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(22, 22)

    def footer(self):
        self.set_font("dv", "", 7.5)
        self.set_xy(22, 282)
        self.cell(80, 4, self.foot_left, align="L")
        self.set_xy(108, 282)
        self.cell(80, 4, f"Page {self.page_no()}", align="R")

    # ---- justified text with hyphenation ----
    def _w(self, word, bold, size):
        self.set_font("dv", "B" if bold else "", size)
        return self.get_string_width(word)

    def _split(self, word, bold, size, room):
        core = word
        if len(core) < 8 or core[0].isupper() or not re.fullmatch(r"[A-Za-z]+[,.;:]?", core):
            return None
        letters = core.rstrip(",.;:")
        cands = []
        for i in range(len(letters) - 3, 2, -1):
            a, b, c = letters[i - 2].lower(), letters[i - 1].lower(), letters[i].lower()
            if a in VOWELS and b not in VOWELS and c not in VOWELS and (b + c) not in DIGRAPHS:
                cands.append(i)
            elif any(letters[i:].lower().startswith(suf) for suf in SUFFIXES):
                cands.append(i)
        for i in cands:
            head = core[:i] + "-"
            if self._w(head, bold, size) <= room:
                return head, core[i:]
        return None

    def wrap(self, tokens, width, size):
        lines, cur, curw = [], [], 0.0
        sp = self._w(" ", False, size)
        queue = list(tokens)
        while queue:
            word, bold = queue.pop(0)
            ww = self._w(word, bold, size)
            need = ww + (sp if cur else 0)
            if curw + need <= width:
                cur.append((word, bold)); curw += need
                continue
            room = width - curw - (sp if cur else 0)
            sp_ = self._split(word, bold, size, room) if cur else None
            if sp_:
                cur.append((sp_[0], bold)); lines.append(cur)
                cur, curw = [], 0.0
                queue.insert(0, (sp_[1], bold))
                continue
            lines.append(cur); cur, curw = [(word, bold)], ww
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=9.5, lh=4.9, bold_prefix=None, indent=0, gap=2.2, x0=None, width=None, record=True):
        if record:
            self.source.append((bold_prefix + " " if bold_prefix else "") + text)
        x0 = self.l_margin + indent if x0 is None else x0
        width = (self.w - self.r_margin - x0) if width is None else width
        tokens = []
        if bold_prefix:
            tokens += [(w, True) for w in bold_prefix.split()]
        tokens += [(w, False) for w in text.split()]
        lines = self.wrap(tokens, width, size)
        for n, line in enumerate(lines):
            if self.get_y() + lh > 272:
                self.add_page()
            y = self.get_y()
            widths = [self._w(w, b, size) for w, b in line]
            last = n == len(lines) - 1
            gapw = self._w(" ", False, size)
            if not last and len(line) > 1:
                gapw = (width - sum(widths)) / (len(line) - 1)
            x = x0
            for k, ((w, b), ww) in enumerate(zip(line, widths)):
                self.set_font("dv", "B" if b else "", size)
                self.set_xy(x, y)
                self.cell(ww, lh, w + (" " if k < len(line) - 1 else ""))
                x += ww + gapw
            self.set_xy(self.l_margin, y + lh)
        self.set_y(self.get_y() + gap)

    def heading(self, text, size=10, gap=1.5):
        self.source.append(text)
        if self.get_y() + 14 > 272:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_x(self.l_margin)
        self.multi_cell(self.w - 44, 5.2, text)
        self.set_y(self.get_y() + gap)

    def box(self, rows, size=9):
        """Shaded box; rows = list of (label, text)."""
        x0, width = self.l_margin + 3, self.w - 44 - 6
        hgt = 8
        for lab, txt in rows:
            toks = [(w, True) for w in lab.split()] + [(w, False) for w in txt.split()]
            hgt += len(self.wrap(toks, width, size)) * 4.6 + 1.8
        y0 = self.get_y()
        self.set_fill_color(228, 232, 238)
        self.rect(self.l_margin, y0, self.w - 44, hgt + 3, style="F")
        self.set_xy(x0, y0 + 2)
        self.set_font("dv", "B", 10)
        self.cell(50, 5, "Attendance")
        self.source.append("Attendance")
        self.set_xy(x0, y0 + 8.5)
        for lab, txt in rows:
            self.para(txt, size=size, lh=4.6, bold_prefix=lab, x0=x0, width=width, gap=1.8)
        self.set_y(y0 + hgt + 7)


# ---------------------------------------------------------------- document 1: minutes
M_NAME = "be-kelbrook-health-wellbeing-scrutiny-sub-committee-2025-10-14.pdf"
COMMITTEE = "Health and Wellbeing Scrutiny Sub-Committee"

ATT = [
    ("Councillors:", "Sandra Whitlock (Chair), Tom Brennan-Hale (Vice-Chair), Femi Adeyemi, "
     "Grace Okafor, Raj Mistry, Deborah Quayle and Paul Lindqvist (substitute for Councillor Hannah Doyle)."),
    ("Apologies:", "Councillor Hannah Doyle and Councillor Colin Marsh."),
    ("Officers:", "Mark Tennant (Corporate Director of Adults, Health and Wellbeing), Dr Imogen Shaw "
     "(Director of Public Health), Priya Nandakumar (Head of Commissioning and Market Management, "
     "Adult Social Care) and Owen Castell (Scrutiny and Democratic Services Officer)."),
    ("Also attending:", "Councillor Yvonne Pryce (Cabinet Member for Adult Social Care and Health), "
     "Anita Rhodes (Director of Strategy and Partnerships, South Thames Integrated Care Board), "
     "Dr Kwame Asante (Clinical Director, Children and Young People's Services, Thamesdown "
     "NHS Foundation Trust) and Louise Fenwick (Chief Executive, Healthwatch Kelbrook)."),
]

ITEMS = [
    ("7", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "Apologies for absence were received from Councillor Hannah Doyle, for whom Councillor Paul "
        "Lindqvist attended as substitute, and from Councillor Colin Marsh.",
    ]),
    ("8", "DECLARATIONS OF INTEREST", [
        "Councillor Raj Mistry declared a non-pecuniary interest in Minute 10 (2025/26) as his "
        "wife is employed as a radiographer by Thamesdown NHS Foundation Trust. Councillor Deborah "
        "Quayle declared a non-pecuniary interest in Minute 11 (2025/26) as a member of the board of "
        "a local carers' charity. Neither Member considered that the interest prevented them from "
        "taking part in the discussion.",
    ]),
    ("9", "MINUTES OF THE PREVIOUS MEETING", [
        "RESOLVED – That the minutes of the meeting held on 9 September 2025 be agreed as a correct "
        "record and signed by the Chair.",
    ]),
    ("10", "COMMUNITY DIAGNOSTIC CENTRE AND OUTPATIENT TRANSFORMATION – SOUTH THAMES ICB", [
        "Anita Rhodes, Director of Strategy and Partnerships at South Thames Integrated Care Board, "
        "introduced the report, which set out progress in the first year of the Parkside Community "
        "Diagnostic Centre and the proposals to move a number of outpatient clinics from Kelbrook "
        "General Hospital to community sites during 2026.",
        "Clarification was sought on the number of residents who had used the Community Diagnostic "
        "Centre since it had opened. It was clarified that just over 41,000 tests had been carried out "
        "for Kelbrook residents, of which around a third were for patients referred directly by their "
        "GP. A question was raised regarding the use of an independent sector company to operate the "
        "MRI and CT scanners at the centre. The response was that the contract with Meridian Imaging "
        "Limited ran until March 2027 and that all reporting of scans remained with NHS radiologists; "
        "the ICB would review whether to bring the service back into NHS management before the "
        "contract ended.",
        "Councillor Okafor said: “Why has the ICB stopped publishing waiting times for each diagnostic "
        "site separately?” – The Director replied: “We have merged the sites into a single waiting "
        "list, but we can provide the figures site by site to this Sub-Committee every quarter.”",
        "Assurance was sought that patients without access to a car would be able to reach the "
        "Parkside site. Members were reassured that a free hourly shuttle bus from Kelbrook General "
        "Hospital would start in November and that Transport for London had agreed to review the "
        "route 417 timetable. A Member commented that the public engagement events on the outpatient "
        "proposals had been poorly advertised in the south of the borough.",
        "RESOLVED – (i) That the progress report on the Community Diagnostic Centre be noted; (ii) That "
        "the ICB be requested to provide quarterly waiting time figures for each diagnostic site; and "
        "(iii) That the ICB report back on the outcome of the outpatient engagement before any "
        "decision on clinic moves is taken.",
    ]),
    ("11", "RECOMMISSIONING OF HOME CARE SERVICES", [
        "Councillor Yvonne Pryce, Cabinet Member for Adult Social Care and Health, introduced the "
        "report, which sought the Sub-Committee's comments on the proposed model for home care "
        "contracts from April 2026 ahead of a Cabinet Member decision. Priya Nandakumar, Head of "
        "Commissioning and Market Management, Adult Social Care, outlined the timetable for the tender.",
        "Clarification was sought on why the Council proposed to reduce the number of framework "
        "providers from twelve to four lead providers working on a patch basis. It was clarified that "
        "fewer, larger contracts would reduce travel time between visits, give providers the security "
        "to invest in their staff and make contract monitoring more robust. Concern was expressed that "
        "the proposed hourly rate would not allow providers to pay care workers the London Living Wage. "
        "The response was that the rate of £24.10 an hour had been set following an open book exercise "
        "and that payment of the London Living Wage would be a condition of every contract.",
        "Councillor Brennan-Hale said: “Why has the in-house reablement service been left out of the "
        "options appraisal altogether?” – The Corporate Director replied: “We have deliberately kept "
        "reablement in-house; it was never within the scope of this tender and there is no proposal to "
        "change that.”",
        "Assurance was sought that people who receive home care and their carers had been involved in "
        "writing the new specification. Members were reassured that forty-two service users and carers "
        "had taken part in four co-production workshops and that Healthwatch Kelbrook would sit on the "
        "evaluation panel. Louise Fenwick, Healthwatch Kelbrook, confirmed that this was the case.",
        "RESOLVED – (i) That the comments of the Sub-Committee set out above be forwarded to the Cabinet "
        "Member for Adult Social Care and Health before the contract award decision; and (ii) That "
        "Cabinet be recommended to require all four lead providers to be accredited London Living Wage "
        "employers by the end of the first contract year.",
    ]),
    ("12", "RE-PROCUREMENT OF INTEGRATED SEXUAL HEALTH SERVICES", [
        "Dr Imogen Shaw, Director of Public Health, presented the report on the re-procurement of the "
        "integrated sexual health service, the current contract for which expires in September 2026.",
        "A question was raised regarding the level of savings expected from the re-procurement of the "
        "service. The response was that the Public Health Grant allocation had risen by only 1.8 per "
        "cent and that the specification had been designed to deliver savings of around £310,000 a year, "
        "largely through online testing. It was asked whether a joint procurement with the neighbouring "
        "boroughs had been considered. It was clarified that the Council would procure through the "
        "existing sub-regional collaborative, which had achieved better prices for the e-service. A "
        "Member requested that the equality impact assessment be circulated to the Sub-Committee before "
        "the contract was awarded, and the Director of Public Health agreed to do so.",
        "The Sub-Committee NOTED the report on the re-procurement of integrated sexual health services "
        "and the proposed timetable.",
    ]),
    ("13", "CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH – WAITING TIMES", [
        "Dr Kwame Asante, Clinical Director, Children and Young People's Services, Thamesdown NHS "
        "Foundation Trust, introduced the report on access to specialist mental health services for "
        "children and young people in Kelbrook.",
        "Councillor Adeyemi said: “Why has the average wait for a first CAMHS appointment almost doubled "
        "in two years?” – The Clinical Director replied: “We have seen referrals rise by thirty-eight per "
        "cent since 2023 while we have carried six clinical vacancies for most of that period.”",
        "Assurance was sought that children on the waiting list were being contacted while they "
        "waited. Members were reassured that every family now received a call from a named practitioner "
        "at least once every six weeks. A question was raised regarding the use of private providers to "
        "clear the backlog of autism assessments. It was clarified that two independent providers had "
        "been commissioned on a short-term basis and that their assessments were quality assured by the "
        "Trust.",
        "The Sub-Committee AGREED to refer the matter to the Health and Wellbeing Board, with a request "
        "that the Board consider a joint recovery plan for children's mental health waiting times.",
    ]),
    ("14", "WORK PROGRAMME 2025/26", [
        "Owen Castell, Scrutiny and Democratic Services Officer, presented the draft work programme.",
        "It was asked whether Members could visit the Parkside Community Diagnostic Centre before the "
        "January meeting. The Scrutiny Officer undertook to arrange a visit in early December.",
        "RESOLVED – That the work programme for 2025/26 be agreed, with the addition of a visit to "
        "Parkside and an item on adult safeguarding in March 2026.",
    ]),
]

M_GOLD = {
    "document": M_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "10", "kind": "question",
         "text": "Clarification was sought on the number of residents who had used the Community Diagnostic Centre",
         "asked_by": None,
         "answer": "just over 41,000 tests had been carried out for Kelbrook residents",
         "given_by": None, "themes": []},
        {"item": "10", "kind": "question",
         "text": "the use of an independent sector company to operate the MRI and CT scanners",
         "asked_by": None,
         "answer": "the contract with Meridian Imaging Limited ran until March 2027",
         "given_by": None, "themes": ["subcontracting", "privatisation"]},
        {"item": "10", "kind": "question",
         "text": "Why has the ICB stopped publishing waiting times for each diagnostic site separately",
         "asked_by": "Councillor Okafor",
         "answer": "We have merged the sites into a single waiting list",
         "given_by": "The Director", "themes": ["governance"]},
        {"item": "10", "kind": "request",
         "text": "Assurance was sought that patients without access to a car would be able to reach",
         "asked_by": None,
         "answer": "a free hourly shuttle bus from Kelbrook General Hospital would start in November",
         "given_by": None, "themes": []},
        {"item": "10", "kind": "comment",
         "text": "the public engagement events on the outpatient proposals had been poorly advertised",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "11", "kind": "question",
         "text": "why the Council proposed to reduce the number of framework providers from twelve to four",
         "asked_by": None,
         "answer": "fewer, larger contracts would reduce travel time between visits",
         "given_by": None, "themes": ["subcontracting", "adult-social-care"]},
        {"item": "11", "kind": "concern",
         "text": "the proposed hourly rate would not allow providers to pay care workers",
         "asked_by": None,
         "answer": "the rate of £24.10 an hour had been set following an open book exercise",
         "given_by": None, "themes": ["finance", "workforce", "adult-social-care", "subcontracting"]},
        {"item": "11", "kind": "question",
         "text": "Why has the in-house reablement service been left out of the options appraisal",
         "asked_by": "Councillor Brennan-Hale",
         "answer": "We have deliberately kept reablement in-house; it was never within the scope",
         "given_by": "The Corporate Director",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "11", "kind": "request",
         "text": "Assurance was sought that people who receive home care and their carers",
         "asked_by": None,
         "answer": "forty-two service users and carers had taken part in four co-production workshops",
         "given_by": None, "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "12", "kind": "question",
         "text": "A question was raised regarding the level of savings expected from the re-procurement",
         "asked_by": None,
         "answer": "the specification had been designed to deliver savings of around £310,000 a year",
         "given_by": None, "themes": ["finance", "subcontracting", "public-health"]},
        {"item": "12", "kind": "question",
         "text": "It was asked whether a joint procurement with the neighbouring boroughs had been considered",
         "asked_by": None,
         "answer": "the Council would procure through the existing sub-regional collaborative",
         "given_by": None, "themes": ["subcontracting", "public-health"]},
        {"item": "12", "kind": "request",
         "text": "requested that the equality impact assessment be circulated to the Sub-Committee",
         "asked_by": None,
         "answer": "the Director of Public Health agreed to do so",
         "given_by": "the Director of Public Health", "themes": ["public-health", "subcontracting"]},
        {"item": "13", "kind": "question",
         "text": "Why has the average wait for a first CAMHS appointment almost doubled",
         "asked_by": "Councillor Adeyemi",
         "answer": "We have seen referrals rise by thirty-eight per cent since 2023",
         "given_by": "The Clinical Director",
         "themes": ["mental-health", "children-and-families", "workforce"]},
        {"item": "13", "kind": "request",
         "text": "Assurance was sought that children on the waiting list were being contacted",
         "asked_by": None,
         "answer": "every family now received a call from a named practitioner",
         "given_by": None, "themes": ["children-and-families", "mental-health"]},
        {"item": "13", "kind": "question",
         "text": "the use of private providers to clear the backlog of autism assessments",
         "asked_by": None,
         "answer": "two independent providers had been commissioned on a short-term basis",
         "given_by": None,
         "themes": ["privatisation", "subcontracting", "children-and-families", "mental-health"]},
        {"item": "14", "kind": "request",
         "text": "It was asked whether Members could visit the Parkside Community Diagnostic Centre",
         "asked_by": None,
         "answer": "The Scrutiny Officer undertook to arrange a visit in early December",
         "given_by": "The Scrutiny Officer", "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "9", "text": "the minutes of the meeting held on 9 September 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "10", "text": "That the progress report on the Community Diagnostic Centre be noted",
         "outcome": "agreed", "themes": []},
        {"item": "11", "text": "the comments of the Sub-Committee set out above be forwarded to the Cabinet Member",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "12", "text": "The Sub-Committee NOTED the report on the re-procurement of integrated sexual health",
         "outcome": "noted", "themes": ["public-health", "subcontracting"]},
        {"item": "13", "text": "The Sub-Committee AGREED to refer the matter to the Health and Wellbeing Board",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "14", "text": "That the work programme for 2025/26 be agreed, with the addition",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Sandra Whitlock", "role": "Chair", "attendance": "present"},
        {"name": "Tom Brennan-Hale", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Femi Adeyemi", "role": None, "attendance": "present"},
        {"name": "Grace Okafor", "role": None, "attendance": "present"},
        {"name": "Raj Mistry", "role": None, "attendance": "present"},
        {"name": "Deborah Quayle", "role": None, "attendance": "present"},
        {"name": "Paul Lindqvist", "role": "substitute for Councillor Hannah Doyle", "attendance": "present"},
        {"name": "Councillor Hannah Doyle", "role": None, "attendance": "apologies"},
        {"name": "Councillor Colin Marsh", "role": None, "attendance": "apologies"},
        {"name": "Mark Tennant", "role": "Corporate Director of Adults, Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Dr Imogen Shaw", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Priya Nandakumar", "role": "Head of Commissioning and Market Management, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Owen Castell", "role": "Scrutiny and Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Yvonne Pryce", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Anita Rhodes", "role": "Director of Strategy and Partnerships, South Thames Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr Kwame Asante", "role": "Clinical Director, Children and Young People's Services, Thamesdown NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Louise Fenwick", "role": "Chief Executive, Healthwatch Kelbrook", "attendance": "in_attendance"},
    ],
}


def build_minutes():
    pdf = Doc("London Borough of Kelbrook  –  Health and Wellbeing Scrutiny Sub-Committee  –  14 October 2025",
              "Chair's initials ..........")
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 7, "LONDON BOROUGH OF KELBROOK", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.source.append("LONDON BOROUGH OF KELBROOK")
    pdf.set_font("dv", "B", 11.5)
    pdf.cell(0, 6, "MINUTES of the HEALTH AND WELLBEING SCRUTINY SUB-COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.source.append("MINUTES of the HEALTH AND WELLBEING SCRUTINY SUB-COMMITTEE")
    pdf.set_font("dv", "", 9.5)
    line = "held on Tuesday 14 October 2025 at 7.00 pm in Committee Room 3, Kelbrook Civic Centre, High Road, London"
    pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.source.append(line)
    pdf.ln(4)
    pdf.box(ATT)
    for num, title, paras in ITEMS:
        if pdf.get_y() + 22 > 272:
            pdf.add_page()
        pdf.set_font("dv", "", 9.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, 5, f"Minute {num} (2025/26)", new_x="LMARGIN", new_y="NEXT")
        pdf.source.append(f"Minute {num} (2025/26)")
        pdf.heading(title)
        for p in paras:
            m = re.match(r"^(RESOLVED –)\s*(.*)$", p)
            if m:
                pdf.para(m.group(2), bold_prefix=m.group(1))
            else:
                pdf.para(p)
        pdf.ln(1.5)
    pdf.ln(4)
    pdf.para("The meeting closed at 9.22 pm.")
    pdf.para("Chair ............................................   Date ....................")
    return pdf


# ---------------------------------------------------------------- document 2: decision notice
D_NAME = "be-kelbrook-cabinet-member-decision-cmd-2025-118.pdf"
D_ROWS = [
    ("Decision reference:", "CMD/2025/118"),
    ("Title:", "Award of lead provider contracts for home care services (2026–2031)"),
    ("Decision taker:", "Councillor Yvonne Pryce, Cabinet Member for Adult Social Care and Health"),
    ("Date of decision:", "3 November 2025"),
    ("Key decision:", "Yes – included in the Forward Plan published on 1 August 2025 (ref. FP/ASC/25/09)"),
    ("Wards affected:", "All wards"),
    ("Decision:", "(1) To award contracts for the provision of home care in the four geographical patches of "
     "the borough to the highest-scoring bidders identified in the exempt appendix, for a period of five years "
     "from 1 April 2026 with an option to extend for up to two further years; (2) to set the hourly rate at "
     "£24.10 for 2026/27, subject to annual review; (3) to delegate authority to the Corporate Director of "
     "Adults, Health and Wellbeing, in consultation with the Director of Legal and Governance, to finalise "
     "and enter into the contracts."),
    ("Reasons for the decision:", "The current framework of twelve providers expires on 31 March 2026. The "
     "evaluation of tenders found that the recommended bidders offered the best combination of quality and "
     "price. A smaller number of lead providers working on a patch basis is expected to reduce travel time "
     "between visits, improve continuity of care and allow closer contract management. All recommended "
     "bidders have committed to pay the London Living Wage to care workers."),
    ("Alternative options considered:", "(a) Extending the existing framework for a further year – rejected "
     "because the framework has no remaining extension period and several providers have left the market; "
     "(b) bringing home care services in-house – rejected on grounds of cost and the time required to "
     "recruit and train around 450 staff, although the in-house reablement service will continue; "
     "(c) spot purchasing only – rejected because of higher unit costs and weaker quality assurance."),
    ("Conflicts of interest declared:", "None declared by the decision taker. No dispensation was granted."),
    ("Consultation undertaken:", "The Health and Wellbeing Scrutiny Sub-Committee considered the proposed "
     "model on 14 October 2025 and asked that payment of the London Living Wage be a condition of every "
     "contract and that providers become accredited Living Wage employers within the first year; both "
     "comments have been reflected in the contract terms. Forty-two service users and carers took part in "
     "co-production workshops, and Healthwatch Kelbrook was represented on the evaluation panel. Ward "
     "councillors and the trade unions were also consulted."),
    ("Financial implications:", "The estimated annual value of the contracts is £18.6 million, contained "
     "within the Adult Social Care budget approved by Council in February 2025, with growth of £1.2 million "
     "already built into the Medium Term Financial Strategy."),
    ("Exempt information:", "Appendix 2 (tender evaluation scores and prices) is exempt under paragraph 3 of "
     "Schedule 12A to the Local Government Act 1972."),
    ("Call-in:", "This decision may be called in by any five non-executive Members. A request must reach the "
     "Monitoring Officer by 5.00 pm on Tuesday 11 November 2025. If the decision is not called in, it may be "
     "implemented from Wednesday 12 November 2025."),
]
D_GOLD = {"document": D_NAME, "doc_type": "other",
          "themes": ["subcontracting", "adult-social-care", "finance", "workforce",
                     "patient-and-public-input", "governance", "privatisation"]}


def build_decision():
    pdf = Doc("London Borough of Kelbrook  –  Record of Executive Decision", "Published 4 November 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 7, "RECORD OF A DECISION TAKEN BY A CABINET MEMBER", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Made under the Executive Procedure Rules, Part 4 of the Constitution", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.source += ["RECORD OF A DECISION TAKEN BY A CABINET MEMBER",
                   "Made under the Executive Procedure Rules, Part 4 of the Constitution"]
    pdf.ln(5)
    for lab, txt in D_ROWS:
        nl = len(pdf.wrap([(w, False) for w in txt.split()], 116, 9.5))
        if pdf.get_y() + nl * 4.9 > 272:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("dv", "B", 9.5)
        pdf.set_xy(22, y)
        pdf.multi_cell(48, 4.9, lab)
        yl = pdf.get_y()
        pdf.set_xy(72, y)
        pdf.source.append(lab)
        pdf.para(txt, x0=72, width=116, gap=0)
        pdf.set_y(max(yl, pdf.get_y()) + 1)
        pdf.line(22, pdf.get_y(), 188, pdf.get_y())
        pdf.ln(2.5)
    pdf.ln(6)
    pdf.para("Signed: Councillor Yvonne Pryce ...........................   Date: 3 November 2025")
    pdf.para("Proper Officer: Owen Castell, Democratic Services   Date of publication: 4 November 2025")
    return pdf


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check(gold, source):
    src = norm("\n".join(source))
    bad = 0
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = src.count(norm(p))
        wc = len(p.split())
        if n != 1 or not 6 <= wc <= 15:
            bad += 1
            print(f"  FAIL {kind}: count={n} words={wc}: {p}")
    return bad, len(phrases)


def main():
    do_check = "--check" in sys.argv
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    total_bad = 0
    for name, builder, gold in [(M_NAME, build_minutes, M_GOLD), (D_NAME, build_decision, D_GOLD)]:
        pdf = builder()
        pdf.output(os.path.join(DOCS, name))
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        if do_check:
            bad, n = check(gold, pdf.source)
            total_bad += bad
            print(f"{name}: {n} phrases checked, {bad} failures, {pdf.page_no()} pages")
    if do_check:
        print("CHECK PASSED" if total_bad == 0 else "CHECK FAILED")
        sys.exit(1 if total_bad else 0)


if __name__ == "__main__":
    main()
