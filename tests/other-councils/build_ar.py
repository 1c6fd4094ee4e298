#!/usr/bin/env python3
"""Build the "ar-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_ar.py          build documents and gold
       build_ar.py --check  verify gold phrases occur verbatim and uniquely in each document
"""
import datetime
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 11, 3, 9, 0, 0, tzinfo=datetime.timezone.utc)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


# ---------------------------------------------------------------------------
# Document 1: shire county Health Scrutiny Committee, typewriter style PDF
# ---------------------------------------------------------------------------
D1 = "ar-wexcombeshire-health-scrutiny-2025-10-14.pdf"

D1_HEAD = [
    ("c", "WEXCOMBESHIRE COUNTY COUNCIL"),
    ("c", ""),
    ("c", "HEALTH SCRUTINY COMMITTEE"),
    ("c", ""),
    ("p", "MINUTES of a meeting of the Health Scrutiny Committee held at County "
          "Hall, Kingsmere on Tuesday, 14th October, 2025 at 10.00 a.m."),
    ("b", ""),
    ("l", "PRESENT:"),
    ("p", "County Councillors: Mr R J Ashdown (Chairman), Mrs E M Fenwick "
          "(Vice-Chairman), Mr T Bracegirdle, Mrs S Capstick, Mr D O Hallam, "
          "Mr N Pryor-Wells, Mrs J Quarmby and Mr L Venn (substitute for "
          "Mrs K Lathbury)."),
    ("p", "District Councillors: Mr G Threlfall (Eskdale District Council) and "
          "Mrs A Moxon (Harrowby Borough Council)."),
    ("p", "Co-opted: Mr B Iredale (Healthwatch Wexcombeshire)."),
    ("p", "Also present: Mrs P Ledgard (Cabinet Member for Adult Social Care "
          "and Health)."),
    ("p", "Officers in attendance: Ms C Okonjo (Corporate Director of Adult "
          "Social Care and Health), Dr F Marchbanks (Director of Public "
          "Health), Mr H Sowerby (Head of Commissioning - Care and Support) "
          "and Mrs L Dimmock (Senior Democratic Services Officer)."),
    ("p", "In attendance for minute 25/25: Mr J Elstob (Chief Executive, North "
          "Wexcombe Hospitals NHS Trust) and Ms R Kaur-Whitfield (Director of "
          "Strategy and Partnerships, Wexcombeshire Integrated Care Board)."),
    ("b", ""),
]

D1_ITEMS = [
    ("22/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "Apologies for absence were received from Mrs K Lathbury (for whom "
        "Mr L Venn attended as substitute) and from Mr W Gedge (Co-opted "
        "Member, Wexcombeshire Association of Local Councils).",
    ]),
    ("23/25", "DECLARATIONS OF INTEREST", [
        "Mrs E M Fenwick declared a personal interest in minute 25/25 below "
        "as her daughter was employed as a staff nurse by North Wexcombe "
        "Hospitals NHS Trust.",
        "Mr D O Hallam declared a personal interest in minute 26/25 below as "
        "a trustee of Kingsmere Age Concern, which held a contract with the "
        "County Council for befriending services.",
    ]),
    ("24/25", "MINUTES", [
        "RESOLVED that:-",
        "(i) the minutes of the meeting held on 8th July, 2025 be confirmed "
        "as a correct record and signed by the Chairman.",
    ]),
    ("25/25", "NORTH WEXCOMBE HOSPITALS NHS TRUST - WINTER RESILIENCE AND "
              "URGENT AND EMERGENCY CARE", [
        "The Committee considered a report of the Chief Executive of North "
        "Wexcombe Hospitals NHS Trust setting out the Trust's winter "
        "resilience plan for 2025/26, together with performance against the "
        "four-hour emergency department standard and ambulance handover "
        "times at Kingsmere General Hospital. Mr Elstob introduced the "
        "report and drew attention to the opening of a new same day "
        "emergency care unit in September.",
        "Mr Hallam enquired why ambulance handover delays at Kingsmere had "
        "worsened over the summer months, when demand had been lower than "
        "forecast. In reply, the Chief Executive of the Trust indicated that "
        "the closure of twenty-two beds for refurbishment had reduced flow "
        "through the hospital and that those beds would reopen by the end of "
        "November. Mrs Capstick sought clarification as to how many patients "
        "medically fit for discharge were currently occupying acute beds. "
        "The Chief Executive indicated that on the day of the meeting the "
        "figure stood at 118, of whom around two thirds were awaiting a "
        "package of care or a care home placement.",
        "Mr Pryor-Wells expressed concern that the Trust's plan relied "
        "heavily on agency and locum staff to open its escalation wards, "
        "and asked what this was expected to cost. The Chief Executive "
        "acknowledged that agency expenditure remained above the national "
        "cap, but stated that the winter agency budget had been reduced by "
        "over one million pounds on the previous year following the "
        "recruitment of 64 internationally educated nurses.",
        "Mr Iredale reported that patients had told Healthwatch of waits of "
        "more than twelve hours in the emergency department without access "
        "to food or water, and requested that the Trust share the results "
        "of its most recent patient experience survey with the Committee. "
        "Mr Elstob apologised for those experiences and undertook to "
        "circulate the survey results to Members. Mrs Moxon asked what the "
        "Integrated Care Board was doing to reduce attendances at the "
        "emergency department. In reply, Ms Kaur-Whitfield indicated that "
        "the ICB would be commissioning additional urgent treatment centre "
        "capacity at Harrowby from December, which was expected to divert "
        "around forty attendances a day.",
        "RESOLVED that:-",
        "(i) the Trust's winter resilience plan for 2025/26 be noted;",
        "(ii) the Trust be requested to provide a further update on "
        "ambulance handover times to the meeting in January, 2026; and",
        "(iii) the Chairman write to the Integrated Care Board supporting "
        "the early opening of the Harrowby urgent treatment centre.",
    ]),
    ("26/25", "ADULT SOCIAL CARE - RECOMMISSIONING OF HOME CARE SERVICES", [
        "The Head of Commissioning - Care and Support presented a report on "
        "the proposed recommissioning of home care services from April, "
        "2026, when the current framework contracts with eleven independent "
        "providers were due to expire. The report set out a proposed move to "
        "a zoned model with a lead provider in each of six zones.",
        "Mrs Quarmby enquired whether smaller local providers would be able "
        "to compete for the zoned contracts or would be squeezed out by "
        "national companies. In reply, the Head of Commissioning indicated "
        "that the tender had been divided into lots and that bidders could "
        "form consortia, and that soft market testing had attracted interest "
        "from nineteen organisations, fourteen of them based in the county. "
        "Mr Venn asked whether the Council had considered bringing any part "
        "of the service back in-house, given the experience of other "
        "authorities. The Corporate Director stated that an options "
        "appraisal had been undertaken in 2024 and had concluded that an "
        "in-house service would cost approximately thirty per cent more, "
        "largely because of pension costs, but that the in-house reablement "
        "team would be retained.",
        "Mrs Fenwick sought clarification as to how the Council would ensure "
        "that care workers were paid for travel time between visits. The "
        "Head of Commissioning confirmed that the new contracts would "
        "require providers to pay at least the Real Living Wage and to pay "
        "for travel time, and that compliance would be monitored through "
        "quarterly contract management meetings. Mr Bracegirdle commented "
        "that the previous framework had seen three providers hand back "
        "packages at short notice, and urged that robust contingency "
        "arrangements be built into the new contracts.",
        "RESOLVED that:-",
        "(i) the proposed zoned model for home care services be supported; "
        "and",
        "(ii) it be recommended to the Cabinet Member for Adult Social Care "
        "and Health that the service specification require providers to pay "
        "for travel time and to give six months' notice of any hand back of "
        "packages.",
    ]),
    ("27/25", "WORK PROGRAMME", [
        "The Committee considered its work programme for the remainder of "
        "the municipal year.",
        "Mr Threlfall requested that an item on access to NHS dentistry in "
        "the rural districts be added for the March meeting. The Chairman "
        "indicated that this would be considered at the agenda-setting "
        "meeting with the Vice-Chairman.",
        "RESOLVED that:-",
        "(i) the work programme be approved, subject to the addition of an "
        "item on dental access.",
    ]),
    ("28/25", "DATE OF NEXT MEETING", [
        "The next meeting of the Committee would be held on Tuesday, 13th "
        "January, 2026 at 10.00 a.m. at County Hall, Kingsmere.",
    ]),
    ("29/25", "EXCLUSION OF THE PRESS AND PUBLIC", [
        "RESOLVED that:-",
        "(i) under Section 100A(4) of the Local Government Act 1972 the "
        "press and public be excluded from the meeting for the following "
        "item of business on the grounds that it involved the likely "
        "disclosure of exempt information as defined in paragraph 3 of "
        "Part 1 of Schedule 12A to the Act.",
    ]),
    ("30/25", "INTEGRATED SEXUAL HEALTH SERVICE - OUTCOME OF PROCUREMENT", [
        "The Director of Public Health presented an exempt report on the "
        "outcome of the procurement of the integrated sexual health "
        "service, which had been conducted under the Provider Selection "
        "Regime.",
        "Mrs Capstick enquired whether the preferred bidder had experience "
        "of delivering services in rural areas. The Director of Public "
        "Health indicated that the preferred bidder currently delivered "
        "services across two largely rural counties and would operate from "
        "five community hubs. Mr Hallam expressed concern at the proposed "
        "reduction in the number of clinic sessions at Eskdale Community "
        "Hospital.",
        "RESOLVED that:-",
        "(i) the Committee support the proposed award of the integrated "
        "sexual health service contract as set out in the exempt report; "
        "and",
        "(ii) the Director of Public Health report back on the mobilisation "
        "of the new service to the meeting in July, 2026.",
    ]),
]

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t.title()} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "25/25", "kind": "question",
         "text": "enquired why ambulance handover delays at Kingsmere had worsened over the summer",
         "asked_by": "Mr Hallam",
         "answer": "the closure of twenty-two beds for refurbishment had reduced flow through the hospital",
         "given_by": "the Chief Executive of the Trust", "themes": []},
        {"item": "25/25", "kind": "question",
         "text": "sought clarification as to how many patients medically fit for discharge",
         "asked_by": "Mrs Capstick",
         "answer": "on the day of the meeting the figure stood at 118",
         "given_by": "The Chief Executive", "themes": ["adult-social-care"]},
        {"item": "25/25", "kind": "concern",
         "text": "expressed concern that the Trust's plan relied heavily on agency and locum staff",
         "asked_by": "Mr Pryor-Wells",
         "answer": "acknowledged that agency expenditure remained above the national cap",
         "given_by": "The Chief Executive", "themes": ["workforce", "finance"]},
        {"item": "25/25", "kind": "request",
         "text": "requested that the Trust share the results of its most recent patient experience survey",
         "asked_by": "Mr Iredale",
         "answer": "undertook to circulate the survey results to Members",
         "given_by": "Mr Elstob", "themes": ["patient-and-public-input"]},
        {"item": "25/25", "kind": "question",
         "text": "asked what the Integrated Care Board was doing to reduce attendances",
         "asked_by": "Mrs Moxon",
         "answer": "commissioning additional urgent treatment centre capacity at Harrowby from December",
         "given_by": "Ms Kaur-Whitfield", "themes": []},
        {"item": "26/25", "kind": "question",
         "text": "enquired whether smaller local providers would be able to compete for the zoned contracts",
         "asked_by": "Mrs Quarmby",
         "answer": "the tender had been divided into lots and that bidders could form consortia",
         "given_by": "the Head of Commissioning",
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "26/25", "kind": "question",
         "text": "asked whether the Council had considered bringing any part of the service back in-house",
         "asked_by": "Mr Venn",
         "answer": "an options appraisal had been undertaken in 2024 and had concluded",
         "given_by": "The Corporate Director",
         "themes": ["privatisation", "adult-social-care", "finance"]},
        {"item": "26/25", "kind": "question",
         "text": "how the Council would ensure that care workers were paid for travel time",
         "asked_by": "Mrs Fenwick",
         "answer": "require providers to pay at least the Real Living Wage",
         "given_by": "The Head of Commissioning",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "26/25", "kind": "comment",
         "text": "the previous framework had seen three providers hand back packages at short notice",
         "asked_by": "Mr Bracegirdle", "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "27/25", "kind": "request",
         "text": "requested that an item on access to NHS dentistry in the rural districts",
         "asked_by": "Mr Threlfall",
         "answer": "this would be considered at the agenda-setting meeting with the Vice-Chairman",
         "given_by": "The Chairman", "themes": ["primary-care"]},
        {"item": "30/25", "kind": "question",
         "text": "enquired whether the preferred bidder had experience of delivering services in rural areas",
         "asked_by": "Mrs Capstick",
         "answer": "the preferred bidder currently delivered services across two largely rural counties",
         "given_by": "The Director of Public Health",
         "themes": ["subcontracting", "public-health"]},
        {"item": "30/25", "kind": "concern",
         "text": "expressed concern at the proposed reduction in the number of clinic sessions",
         "asked_by": "Mr Hallam", "answer": None, "given_by": None,
         "themes": ["public-health"]},
    ],
    "resolutions": [
        {"item": "24/25", "text": "the minutes of the meeting held on 8th July, 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "25/25", "text": "the Trust be requested to provide a further update on ambulance handover times",
         "outcome": "agreed", "themes": []},
        {"item": "26/25", "text": "it be recommended to the Cabinet Member for Adult Social Care and Health",
         "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "27/25", "text": "the work programme be approved, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
        {"item": "29/25", "text": "press and public be excluded from the meeting for the following item",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "30/25", "text": "the Committee support the proposed award of the integrated sexual health service contract",
         "outcome": "agreed", "themes": ["subcontracting", "public-health"]},
    ],
    "attendees": [
        {"name": "Mr R J Ashdown", "role": "Chairman", "attendance": "present"},
        {"name": "Mrs E M Fenwick", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mr T Bracegirdle", "role": None, "attendance": "present"},
        {"name": "Mrs S Capstick", "role": None, "attendance": "present"},
        {"name": "Mr D O Hallam", "role": None, "attendance": "present"},
        {"name": "Mr N Pryor-Wells", "role": None, "attendance": "present"},
        {"name": "Mrs J Quarmby", "role": None, "attendance": "present"},
        {"name": "Mr L Venn", "role": "substitute for Mrs K Lathbury", "attendance": "present"},
        {"name": "Mr G Threlfall", "role": "Eskdale District Council", "attendance": "present"},
        {"name": "Mrs A Moxon", "role": "Harrowby Borough Council", "attendance": "present"},
        {"name": "Mr B Iredale", "role": "Healthwatch Wexcombeshire", "attendance": "present"},
        {"name": "Mrs P Ledgard", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Ms C Okonjo", "role": "Corporate Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr F Marchbanks", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr H Sowerby", "role": "Head of Commissioning - Care and Support",
         "attendance": "in_attendance"},
        {"name": "Mrs L Dimmock", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Mr J Elstob", "role": "Chief Executive, North Wexcombe Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Ms R Kaur-Whitfield",
         "role": "Director of Strategy and Partnerships, Wexcombeshire Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mrs K Lathbury", "role": None, "attendance": "apologies"},
        {"name": "Mr W Gedge", "role": "Co-opted Member, Wexcombeshire Association of Local Councils",
         "attendance": "apologies"},
    ],
}


def d1_source_text():
    parts = [t for _, t in D1_HEAD]
    for n, title, paras in D1_ITEMS:
        parts.append(n)
        parts.append(title)
        parts.extend(paras)
    return "\n".join(parts)


VOWELS = set("aeiouy")


def hyph_split(word, room):
    """Split word so that head+'-' fits in room chars; crude syllable rule."""
    core = word.rstrip(".,;:)'")
    if "-" in word or len(core) < 8 or not core.isalpha():
        return None
    best = None
    low = core.lower()
    for i in range(3, len(core) - 3):
        if i + 1 > room:
            break
        a, b = low[i - 1], low[i]
        if a in VOWELS or b in VOWELS or (a + b) in ("ch", "sh", "th", "ph", "wh", "ck", "gh", "qu"):
            continue
        if not (set(low[:i]) & VOWELS and set(low[i:]) & VOWELS):
            continue
        best = i
    if best is None:
        return None
    return word[:best] + "-", word[best:]


def wrap_justify(text, width, first_indent=0, justify=True, hyphenate=True):
    words = text.split()
    lines = []
    cur = []
    cur_len = first_indent
    indent = first_indent
    i = 0
    while i < len(words):
        w = words[i]
        need = len(w) + (1 if cur else 0)
        if cur_len + need <= width:
            cur.append(w)
            cur_len += need
            i += 1
            continue
        room = width - cur_len - (1 if cur else 0)
        sp = hyph_split(w, room) if hyphenate else None
        if sp and cur:
            cur.append(sp[0])
            words[i] = sp[1]
        lines.append((indent, cur))
        cur, cur_len, indent = [], 0, 0
    if cur:
        lines.append((indent, cur))
    out = []
    for li, (ind, ws) in enumerate(lines):
        last = li == len(lines) - 1
        if justify and not last and len(ws) > 1:
            total = width - ind - sum(len(x) for x in ws)
            gaps = len(ws) - 1
            base, extra = divmod(total, gaps)
            s = ""
            for k, x in enumerate(ws[:-1]):
                # spread extra spaces from the right, typewriter fashion
                s += x + " " * (base + (1 if k >= gaps - extra else 0))
            s += ws[-1]
        else:
            s = " ".join(ws)
        out.append(" " * ind + s)
    return out


class TypePDF(FPDF):
    def header(self):
        self.set_font("Courier", "", 9)
        if self.page_no() > 1:
            self.set_xy(20, 10)
            self.cell(170, 4, "HEALTH SCRUTINY COMMITTEE - 14.10.25", align="L")
            self.set_xy(20, 10)
            self.cell(170, 4, "WEXCOMBESHIRE COUNTY COUNCIL", align="R")
            self.set_y(22)

    def footer(self):
        self.set_font("Courier", "", 9)
        self.set_xy(20, 280)
        self.cell(170, 4, "- %d -" % self.page_no(), align="C")
        self.set_xy(20, 280)
        self.cell(170, 4, "Chairman's initials ......", align="R")


def build_d1():
    pdf = TypePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Scrutiny Committee minutes 14 October 2025")
    pdf.set_author("Democratic Services")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 22, 20)
    pdf.add_page()
    LH = 4.6
    NUMX, TXTX = 20, 42
    WIDTH = 68  # chars at Courier 10 (2.117 mm each) ~ 144 mm

    def ensure(n):
        if pdf.get_y() + n * LH > 272:
            pdf.add_page()

    def line(x, s, style=""):
        pdf.set_font("Courier", style, 10)
        pdf.set_x(x)
        pdf.cell(0, LH, s, new_x="LMARGIN", new_y="NEXT")

    pdf.set_y(22)
    for kind, t in D1_HEAD:
        if kind == "c":
            pdf.set_font("Courier", "B", 11)
            pdf.cell(170, LH, t, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.ln(LH)
        elif kind == "l":
            line(20, t)
            pdf.ln(LH / 2)
        else:
            lab = ""
            m = re.match(r"^([A-Z][A-Za-z \-0-9/]+:) (.*)$", t) if kind == "p" else None
            if m and len(m.group(1)) < 40 and not t.startswith("MINUTES"):
                # hanging labels: text indented 4 under the label line
                ls = wrap_justify(t, 82, justify=True)
                ensure(len(ls))
                for k, s in enumerate(ls):
                    line(20 if k == 0 else 20, s if k == 0 else "    " + s.strip() if False else s)
            else:
                ls = wrap_justify(t, 82)
                ensure(len(ls))
                for s in ls:
                    line(20, s)
            pdf.ln(LH / 2)
    for n, title, paras in D1_ITEMS:
        tl = wrap_justify(title, WIDTH, justify=False, hyphenate=False)
        ensure(len(tl) * 2 + 4)
        pdf.ln(LH / 2)
        pdf.set_font("Courier", "B", 10)
        pdf.set_x(NUMX)
        pdf.cell(20, LH, n)
        for k, s in enumerate(tl):
            line(TXTX, s, "B")
            line(TXTX, "-" * len(s))
        pdf.ln(LH / 2)
        for p in paras:
            if p.startswith("RESOLVED"):
                ensure(2)
                line(TXTX + 6, p)
                pdf.ln(LH / 3)
                continue
            m = re.match(r"^(\([ivx]+\)) (.*)$", p)
            if m:
                ls = wrap_justify(m.group(2), WIDTH - 12)
                ensure(len(ls))
                for k, s in enumerate(ls):
                    if k == 0:
                        pdf.set_font("Courier", "", 10)
                        pdf.set_x(TXTX + 6)
                        pdf.cell(12.7, LH, m.group(1))
                    line(TXTX + 6 + 12.7, s)
                pdf.ln(LH / 3)
                continue
            ls = wrap_justify(p, WIDTH, first_indent=5)
            ensure(min(len(ls), 3))
            for s in ls:
                ensure(1)
                line(TXTX, s)
            pdf.ln(LH)
    ensure(8)
    pdf.ln(LH * 3)
    line(TXTX, "The meeting closed at 12.47 p.m.")
    pdf.ln(LH * 3)
    line(110, "..............................")
    line(110, "           Chairman")
    pdf.ln(LH)
    line(110, "Date: .........................")
    pdf.output(str(DOCS / D1))


# ---------------------------------------------------------------------------
# Document 2: Joint HOSC, python-docx, per-item label/text tables
# ---------------------------------------------------------------------------
D2 = "ar-calder-wenning-joint-hosc-2025-09-22.docx"
D2_COMMITTEE = "Calder and Wenning Valleys Joint Health Overview and Scrutiny Committee"

D2_ATT = {
    "Calderbrook Metropolitan Borough Council": [
        "Councillor M Okafor (Chair)", "Councillor J Bairstow (substitute)", "Councillor T Lomax"],
    "Wenning Borough Council": [
        "Councillor S Ridehalgh (Vice-Chair)", "Councillor P Nuttall", "Councillor A Gaskell"],
    "Scarsdale County Council": [
        "Councillor H Varley", "Councillor D Pilling", "Councillor R Entwistle-Shaw"],
}

# items: (number, title, rows) rows = list of (label, content) where content is a
# str, or ("list", [..]) for a numbered list
D2_ITEMS = [
    ("1", "Apologies for absence and substitutions", [
        ("Issue", "Apologies for absence were received from Councillor F Hussain "
                  "(Calderbrook), for whom Councillor J Bairstow attended as substitute, "
                  "and from Councillor K Penrose (Scarsdale)."),
    ]),
    ("2", "Declarations of interest", [
        ("Issue", "Councillor P Nuttall declared a non-pecuniary interest in item 5 as a "
                  "volunteer with Wenning Mind. Councillor H Varley declared a "
                  "non-pecuniary interest in item 4 as her husband is a retired consultant "
                  "at Calderbrook Royal Infirmary."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("Issue", "The minutes of the meeting held on 23 June 2025 were submitted."),
        ("Outcome", "RESOLVED: That the minutes of the meeting held on 23 June 2025 be "
                    "approved as a correct record."),
    ]),
    ("4", "Hyper-acute stroke services: outcome of public consultation", [
        ("Issue", "Dr N Shackleton, Medical Director of Calder and Wenning Integrated Care "
                  "Board, and Mrs E Holroyd, Director of Transformation, presented the "
                  "outcome of the twelve-week public consultation on consolidating "
                  "hyper-acute stroke care at Calderbrook Royal Infirmary, closing the unit "
                  "at Wenning General Hospital. 1,412 responses had been received."),
        ("Questions", ("list", [
            "Councillor Ridehalgh asked how many Wenning residents would face "
            "ambulance journeys of more than forty-five minutes to the new unit.",
            "Councillor Gaskell raised concern that responses from the Wenning valley "
            "were overwhelmingly opposed and asked how that opposition had been weighed.",
            "Councillor Pilling asked whether the ambulance service had the capacity "
            "to carry the additional transfers between hospitals.",
            "Councillor Lomax requested that the Committee receive the staffing model "
            "for the consolidated unit before any final decision is taken.",
        ])),
        ("Responses", ("list", [
            "Mrs Holroyd said that modelling showed about nine per cent of stroke "
            "patients would travel for more than forty-five minutes, all from the upper "
            "valley.",
            "Dr Shackleton said every theme raised had been considered by an independent "
            "clinical senate and the consultation report set out how each was addressed.",
            "The ICB had agreed funding for two additional emergency ambulances based "
            "at Wenning, to be in service by April 2026.",
            "Mrs Holroyd agreed to circulate the workforce model to all members within "
            "four weeks.",
        ])),
        ("Outcome", "RESOLVED: (1) That the consultation findings be noted. (2) That the "
                    "Committee recommends to the ICB Board that a decision on "
                    "consolidation be deferred until the ambulance capacity plan has been "
                    "published."),
    ]),
    ("5", "Community mental health transformation: alliance contract", [
        ("Issue", "Mr G Sunderland, Associate Director of Mental Health Commissioning, "
                  "updated members on the three-year alliance contract with a consortium "
                  "of voluntary sector providers led by Calder Valley Community Healthcare "
                  "NHS Trust."),
        ("Questions", ("list", [
            "Councillor Nuttall asked what proportion of the contract value was passed "
            "through to the voluntary sector partners.",
            "Councillor Entwistle-Shaw queried how the outcomes of the contract would be "
            "measured, given that waiting times had increased since it began.",
            "Councillor Bairstow commented that people with lived experience should sit on "
            "the alliance board.",
        ])),
        ("Responses", ("list", [
            "Mr Sunderland confirmed that 34 per cent of the annual contract value was "
            "passed to voluntary sector partners.",
            "A revised outcomes framework with quarterly reporting would be introduced "
            "from January, including waits from referral to second contact.",
            "\u2014",
        ])),
        ("Outcome", "RESOLVED: That the update on the alliance contract be noted."),
    ]),
    ("6", "Access to NHS dentistry", [
        ("Issue", "Ms L Aspinall, Head of Primary Care Commissioning, reported on the "
                  "dental recovery plan, including new patient premium sessions and two "
                  "urgent dental care hubs."),
        ("Questions", ("list", [
            "Councillor Varley asked why no practice in the Scarsdale area was accepting "
            "new adult NHS patients.",
            "Councillor Gaskell requested data on the number of children waiting for "
            "general anaesthetic extractions.",
        ])),
        ("Responses", ("list", [
            "Ms Aspinall said the ICB had re-procured 9,000 units of dental activity "
            "for Scarsdale from a new provider starting in November.",
            "The figures would be provided to the Committee in writing after the "
            "meeting.",
        ])),
        ("Outcome", "RESOLVED: That the ICB be asked to report on progress with the dental "
                    "recovery plan at the March 2026 meeting."),
    ]),
    ("7", "Work programme and date of next meeting", [
        ("Issue", "The Committee reviewed its work programme. The next meeting will take "
                  "place on Monday 8 December 2025 at Wenning Town Hall, 2.00 pm."),
        ("Outcome", "RESOLVED: That the work programme be agreed, with winter pressures "
                    "and the stroke staffing model added for December."),
    ]),
]

D2_GOLD = {
    "document": D2,
    "doc_type": "minutes",
    "committee": D2_COMMITTEE,
    "meeting_date": "2025-09-22",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked how many Wenning residents would face ambulance journeys of more than",
         "asked_by": "Councillor Ridehalgh",
         "answer": "modelling showed about nine per cent of stroke patients would travel",
         "given_by": "Mrs Holroyd", "themes": []},
        {"item": "4", "kind": "concern",
         "text": "raised concern that responses from the Wenning valley were overwhelmingly opposed",
         "asked_by": "Councillor Gaskell",
         "answer": "every theme raised had been considered by an independent clinical senate",
         "given_by": "Dr Shackleton", "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the ambulance service had the capacity to carry the additional transfers",
         "asked_by": "Councillor Pilling",
         "answer": "agreed funding for two additional emergency ambulances based at Wenning",
         "given_by": None, "themes": []},
        {"item": "4", "kind": "request",
         "text": "requested that the Committee receive the staffing model for the consolidated unit",
         "asked_by": "Councillor Lomax",
         "answer": "agreed to circulate the workforce model to all members within four weeks",
         "given_by": "Mrs Holroyd", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked what proportion of the contract value was passed through to the voluntary sector",
         "asked_by": "Councillor Nuttall",
         "answer": "34 per cent of the annual contract value was passed to voluntary sector partners",
         "given_by": "Mr Sunderland",
         "themes": ["subcontracting", "finance", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "queried how the outcomes of the contract would be measured",
         "asked_by": "Councillor Entwistle-Shaw",
         "answer": "a revised outcomes framework with quarterly reporting would be introduced from January",
         "given_by": None, "themes": ["subcontracting", "mental-health"]},
        {"item": "5", "kind": "comment",
         "text": "commented that people with lived experience should sit on the alliance board",
         "asked_by": "Councillor Bairstow", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "mental-health", "governance"]},
        {"item": "6", "kind": "question",
         "text": "asked why no practice in the Scarsdale area was accepting new adult NHS patients",
         "asked_by": "Councillor Varley",
         "answer": "re-procured 9,000 units of dental activity for Scarsdale from a new provider",
         "given_by": "Ms Aspinall", "themes": ["primary-care"]},
        {"item": "6", "kind": "request",
         "text": "requested data on the number of children waiting for general anaesthetic extractions",
         "asked_by": "Councillor Gaskell",
         "answer": "the figures would be provided to the Committee in writing after the meeting",
         "given_by": None, "themes": ["primary-care", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "That the minutes of the meeting held on 23 June 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "recommends to the ICB Board that a decision on consolidation be deferred",
         "outcome": "recommended", "themes": ["patient-and-public-input"]},
        {"item": "5", "text": "That the update on the alliance contract be noted", "outcome": "noted",
         "themes": ["mental-health", "subcontracting"]},
        {"item": "6", "text": "the ICB be asked to report on progress with the dental recovery plan",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "7", "text": "That the work programme be agreed, with winter pressures",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor M Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor J Bairstow", "role": "substitute", "attendance": "present"},
        {"name": "Councillor T Lomax", "role": None, "attendance": "present"},
        {"name": "Councillor S Ridehalgh", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor P Nuttall", "role": None, "attendance": "present"},
        {"name": "Councillor A Gaskell", "role": None, "attendance": "present"},
        {"name": "Councillor H Varley", "role": None, "attendance": "present"},
        {"name": "Councillor D Pilling", "role": None, "attendance": "present"},
        {"name": "Councillor R Entwistle-Shaw", "role": None, "attendance": "present"},
        {"name": "Councillor F Hussain", "role": None, "attendance": "apologies"},
        {"name": "Councillor K Penrose", "role": None, "attendance": "apologies"},
        {"name": "Dr N Shackleton", "role": "Medical Director, Calder and Wenning Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mrs E Holroyd", "role": "Director of Transformation, Calder and Wenning Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr G Sunderland", "role": "Associate Director of Mental Health Commissioning",
         "attendance": "in_attendance"},
        {"name": "Ms L Aspinall", "role": "Head of Primary Care Commissioning",
         "attendance": "in_attendance"},
        {"name": "Mr C Brearley", "role": "Scrutiny Officer, Calderbrook Metropolitan Borough Council",
         "attendance": "in_attendance"},
    ],
}

D2_IN_ATT = [
    "Dr N Shackleton \u2013 Medical Director, Calder and Wenning Integrated Care Board",
    "Mrs E Holroyd \u2013 Director of Transformation, Calder and Wenning Integrated Care Board",
    "Mr G Sunderland \u2013 Associate Director of Mental Health Commissioning (item 5)",
    "Ms L Aspinall \u2013 Head of Primary Care Commissioning (item 6)",
    "Mr C Brearley \u2013 Scrutiny Officer, Calderbrook Metropolitan Borough Council",
]


def build_d2():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Calderbrook Democratic Services"
    cp.last_modified_by = "Calderbrook Democratic Services"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.title = "JHOSC minutes 22 September 2025"
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    numbering = doc.part.numbering_part.element
    # find abstractNum used by List Number style
    ln_style = doc.styles["List Number"]
    numpr = ln_style.element.pPr.find(qn("w:numPr"))
    base_num_id = numpr.find(qn("w:numId")).get(qn("w:val"))
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [100]

    def new_num():
        next_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id[0]))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), abs_id)
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return str(next_id[0])

    def set_num(par, num_id):
        pPr = par._p.get_or_add_pPr()
        np_ = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), num_id)
        np_.append(il)
        np_.append(ni)
        pPr.append(np_)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Calder and Wenning Valleys JHOSC \u2013 22 September 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Minutes subject to approval at the next meeting"

    doc.add_heading(D2_COMMITTEE, level=1)
    doc.add_paragraph("Minutes of the meeting held on Monday 22 September 2025 at 10.00 am "
                      "in the Council Chamber, Calderbrook Town Hall")
    p = doc.add_paragraph()
    p.add_run("Members present").bold = True
    t = doc.add_table(rows=1, cols=3)
    no_borders(t)
    for i, c in enumerate(D2_ATT):
        cell = t.rows[0].cells[i]
        cell.paragraphs[0].add_run(c).bold = True
    for r in range(3):
        row = t.add_row()
        for i, c in enumerate(D2_ATT):
            row.cells[i].text = D2_ATT[c][r]
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillor F Hussain (Calderbrook MBC); Councillor K Penrose (Scarsdale CC)")
    p = doc.add_paragraph()
    p.add_run("In attendance:").bold = True
    for s in D2_IN_ATT:
        doc.add_paragraph(s)

    for n, title, rows in D2_ITEMS:
        doc.add_heading("%s.  %s" % (n, title), level=2)
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for label, content in rows:
            row = t.add_row()
            row.cells[0].width = Cm(3.0)
            row.cells[1].width = Cm(13.5)
            row.cells[0].paragraphs[0].add_run(label).bold = True
            c = row.cells[1]
            if isinstance(content, tuple):
                nid = new_num()
                first = True
                for s in content[1]:
                    par = c.paragraphs[0] if first else c.add_paragraph()
                    first = False
                    par.style = doc.styles["List Number"]
                    par.add_run(s)
                    set_num(par, nid)
            else:
                c.paragraphs[0].add_run(content)
        doc.add_paragraph()
    p = doc.add_paragraph("The meeting closed at 12.35 pm.")
    doc.add_paragraph("Chair: ______________________")
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(DOCS / D2), "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def d2_source_text():
    import docx
    d = docx.Document(str(DOCS / D2))
    out = []
    body = d.element.body
    for el in body.iter():
        if el.tag.endswith("}p"):
            out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Document 3: HOSC annual report (not minutes)
# ---------------------------------------------------------------------------
D3 = "ar-brackenshire-hosc-annual-report-2025-06-30.pdf"
D3_GOLD = {"document": D3, "doc_type": "report"}

D3_BODY = [
    ("h1", "Brackenshire Council"),
    ("h1", "Health Overview and Scrutiny Committee"),
    ("h1", "Annual Report 2024/25"),
    ("p", "Presented to Full Council, 17 July 2025"),
    ("h2", "Foreword by the Chair"),
    ("p", "This has been a demanding year for health and care in Brackenshire. The Committee "
          "met seven times, held two informal workshops and completed one task and finish "
          "review. I would like to thank every member, co-optee and officer who has "
          "contributed, and the NHS colleagues who have attended our meetings and answered "
          "our questions openly. \u2013 Councillor Dawn Marwood, Chair"),
    ("h2", "1. Our role"),
    ("p", "The Health Overview and Scrutiny Committee reviews any matter relating to the "
          "planning, provision and operation of health services in Brackenshire, and "
          "scrutinises adult social care and public health on behalf of the Council. NHS "
          "bodies must consult the Committee on proposals for substantial variations to "
          "services."),
    ("h2", "2. Highlights of the year"),
    ("h3", "Urgent and emergency care"),
    ("p", "In September the Committee examined winter planning with Brackenshire Hospitals "
          "NHS Foundation Trust and the Integrated Care Board. Members asked the ICB how it "
          "would reduce the number of people waiting more than twelve hours in the emergency "
          "department, and were told that a new virtual ward and an urgent community response "
          "service would be expanded. By March, twelve-hour waits had fallen by a fifth, "
          "although handover delays remained above the national average."),
    ("h3", "Home care recommissioning"),
    ("p", "The Committee scrutinised the Council's plans to recommission home care through "
          "a framework of independent providers. Members pressed officers on pay for care "
          "workers and on the risk of providers handing back packages. Following the "
          "Committee's challenge, the specification now requires payment for travel time."),
    ("h3", "Children's mental health"),
    ("p", "Members heard from young people supported by CAMHS and from parents waiting for "
          "neurodevelopmental assessments. The Committee questioned the ICB on waiting times "
          "of up to three years and asked for a trajectory for reducing them, which is now "
          "reported to each meeting."),
    ("h3", "Task and finish review: access to GP appointments"),
    ("p", "A cross-party group of five members took evidence from practices, the primary care "
          "networks, Healthwatch Brackenshire and more than 600 residents who responded to "
          "a survey. Its report was endorsed by the Committee in February."),
    ("h2", "3. Recommendations made during the year"),
    ("p", "The table below lists the recommendations the Committee made in 2024/25 and the "
          "response received. These are summarised here for information; the full wording "
          "is in the minutes of each meeting."),
    ("table", [
        ("To", "Recommendation", "Response"),
        ("ICB", "Publish a trajectory for CAMHS neurodevelopmental waiting times",
         "Accepted"),
        ("Cabinet", "Require home care providers to pay for travel time", "Accepted"),
        ("ICB", "Fund a GP practice telephony upgrade across all practices", "Partly accepted"),
        ("Trust", "Report handover delays by hospital site each quarter", "Accepted"),
        ("Cabinet", "Review charges for non-residential care before consultation",
         "Not accepted"),
    ]),
    ("h2", "4. Looking ahead to 2025/26"),
    ("p", "Next year the Committee expects to consider the ICB's plans for community "
          "hospitals, the reprocurement of drug and alcohol services, NHS dentistry and the "
          "impact of local government reorganisation on adult social care."),
    ("p", "Contact: Scrutiny Team, Brackenshire Council, scrutiny@brackenshire.example.gov.uk"),
]


class ReportPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 5, "HOSC Annual Report 2024/25  |  Page %d" % self.page_no(), align="C")


def build_d3():
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("HOSC Annual Report 2024/25")
    pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for kind, t in D3_BODY:
        if kind == "h1":
            pdf.set_font("DV", "B", 18)
            pdf.set_text_color(20, 70, 110)
            pdf.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "h2":
            pdf.ln(3)
            pdf.set_font("DV", "B", 13)
            pdf.set_text_color(20, 70, 110)
            pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "h3":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("DV", "", 9)
            with pdf.table(col_widths=(20, 90, 30), line_height=5) as tb:
                for r in t:
                    row = tb.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(DOCS / D3))


def d3_source_text():
    return "\n".join(t if isinstance(t, str) else "" for _, t in D3_BODY)


# ---------------------------------------------------------------------------
GOLDS = [(D1_GOLD, d1_source_text), (D2_GOLD, d2_source_text), (D3_GOLD, d3_source_text)]


def check():
    ok = True
    for g, src in GOLDS:
        text = " " + norm(src()) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            wc = len(n.split())
            cnt = text.count(" " + n + " ")
            if cnt != 1:
                ok = False
                print("FAIL %s: %s %r occurs %d times" % (g["document"], kind, ph, cnt))
            if not 6 <= len(ph.split()) <= 15:
                print("WARN %s: %s %r has %d words" % (g["document"], kind, ph, len(ph.split())))
        # also check the PDF text layer for doc 1 (after joining hyphenated line ends)
        if g["document"].endswith(".pdf") and phrases:
            import pdfplumber
            with pdfplumber.open(str(DOCS / g["document"])) as pdf:
                raw = "\n".join(p.extract_text() or "" for p in pdf.pages)
            raw = re.sub(r"([a-z])-\n\s*([a-z])", r"\1\2", raw)
            lay = " " + norm(raw) + " "
            for kind, ph in phrases:
                if lay.count(" " + norm(ph) + " ") != 1:
                    print("NOTE %s: %s %r not found once in PDF text layer" % (
                        g["document"], kind, ph))
        print("%s: %d items, %d questions, %d resolutions, %d attendees" % (
            g["document"], len(g.get("items", [])), len(g.get("questions", [])),
            len(g.get("resolutions", [])), len(g.get("attendees", []))))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_d1()
    build_d2()
    build_d3()
    for g, _ in GOLDS:
        (GOLD / (g["document"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    print("built")


if __name__ == "__main__":
    main()
