#!/usr/bin/env python3
"""Build the "gg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gg.py           build documents/gg-* and gold/gg-*.json
        build_gg.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime(2025, 3, 14, 9, 30, 0, tzinfo=timezone.utc)
SHY = "\u00ad"

# words given soft hyphens so the justified text breaks them across line ends
HYPH = {
    "concessionary": "conces" + SHY + "sionary",
    "accommodation": "accom" + SHY + "modation",
    "consideration": "consid" + SHY + "eration",
    "environmental": "environ" + SHY + "mental",
    "performance": "perfor" + SHY + "mance",
    "occupational": "occupa" + SHY + "tional",
    "arrangements": "arrange" + SHY + "ments",
    "neighbourhood": "neighbour" + SHY + "hood",
    "representations": "represen" + SHY + "tations",
    "development": "develop" + SHY + "ment",
    "management": "manage" + SHY + "ment",
    "inspection": "inspec" + SHY + "tion",
    "assessments": "assess" + SHY + "ments",
    "Environmental": "Environ" + SHY + "mental",
    "explained": "ex" + SHY + "plained",
    "confirmed": "con" + SHY + "firmed",
    "Homelessness": "Home" + SHY + "lessness",
    "Councillor": "Coun" + SHY + "cillor",
    "attendance": "atten" + SHY + "dance",
    "Director": "Direc" + SHY + "tor",
    "households": "house" + SHY + "holds",
    "temporary": "tempo" + SHY + "rary",
    "investigating": "investi" + SHY + "gating",
    "notifications": "notifi" + SHY + "cations",
    "appraisal": "apprai" + SHY + "sal",
    "membership": "member" + SHY + "ship",
    "contractual": "contrac" + SHY + "tual",
    "restoration": "restora" + SHY + "tion",
    "satisfaction": "satis" + SHY + "faction",
    "commissioned": "commis" + SHY + "sioned",
}


def hyph(text):
    for w, h in HYPH.items():
        text = text.replace(w, h)
    return text


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


class MinutesPDF(FPDF):
    def __init__(self, council, running):
        super().__init__(format="A4")
        self.council = council
        self.running = running
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONTB)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 28)
        self.set_creation_date(FIXED)
        self.set_producer("CMIS Document Services 5.2")
        self.set_creator("Committee Management Information System")
        self.source = []

    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, self.council, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-20)
        self.set_font("dv", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"Page {self.page_no()}", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.running_footer:
            self.cell(0, 5, "Chairman's initials ..............", align="R")
        self.set_text_color(0)

    running_footer = True

    def para(self, text, bold=False, size=10, indent=0, after=2.5, align="J"):
        self.source.append(text)
        self.set_font("dv", "B" if bold else "", size)
        self.set_x(self.l_margin + indent)
        self.wrap(hyph(text), self.w - self.l_margin - self.r_margin - indent,
                  self.l_margin + indent, align)
        self.ln(after)

    def wrap(self, text, width, x, align):
        """Justified lines, breaking long words at soft hyphens with a printed '-'."""
        words = text.split(" ")
        lines, cur = [], ""
        width_full, width = width, width - 2 * self.c_margin - 0.5
        sw = lambda t: self.get_string_width(t.replace(SHY, ""))
        while words:
            w = words.pop(0)
            cand = (cur + " " + w) if cur else w
            if sw(cand) <= width:
                cur = cand
                continue
            parts = w.split(SHY)
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if cur and sw(cur + " " + head) <= width:
                    lines.append(cur + " " + head)
                    cur = "".join(parts[k:])
                    done = True
                    break
            if not done:
                lines.append(cur)
                cur = w
        lines.append(cur)
        for i, ln in enumerate(lines):
            ln = ln.replace(SHY, "")
            self.set_x(x)
            last = i == len(lines) - 1
            ws = ln.split(" ")
            if self.get_y() + 5.2 > self.page_break_trigger:
                self.add_page()
            if align == "J" and not last and len(ws) > 1:
                y = self.get_y()
                tot = sum(self.get_string_width(w) for w in ws)
                gap = (width - tot) / (len(ws) - 1)
                xx = x + self.c_margin
                for w in ws:
                    self.set_xy(xx, y)
                    self.cell(self.get_string_width(w), 5.2, w)
                    xx += self.get_string_width(w) + gap
                self.set_xy(self.l_margin, y + 5.2)
                continue
            self.set_x(x)
            self.multi_cell(width_full, 5.2, ln, align=("C" if align == "C" else "L"),
                      new_x="LMARGIN", new_y="NEXT")

    def hanging(self, label, text, indent=8, after=2):
        self.source.append(label + " " + text)
        self.set_font("dv", "", 10)
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(8, 5.2, label)
        self.set_xy(self.l_margin + indent + 9, y)
        self.wrap(hyph(text), self.w - self.l_margin - self.r_margin - indent - 9,
                  self.l_margin + indent + 9, "J")
        self.ln(after)


# --------------------------------------------------------------------------
# Document 1: district Overview and Scrutiny Committee minutes
# --------------------------------------------------------------------------
DOC1 = "gg-wealdbrook-overview-scrutiny-2025-03-11.pdf"
COUNCIL1 = "Wealdbrook District Council"

ITEMS1 = [
    ("40", "APOLOGIES FOR ABSENCE AND SUBSTITUTES", "1", [
        ("p", "Apologies for absence were received from Councillors N Pryor and V Castellane. "
              "Councillor L Whitcombe attended as substitute for Councillor Pryor."),
    ]),
    ("41", "DECLARATIONS OF INTEREST", "2", [
        ("p", "Councillor K Saddler declared a non-registrable interest in Minute 46 as a trustee "
              "of Calder Vale Care and Repair and left the meeting during consideration of that "
              "item. No other declarations were made."),
    ]),
    ("42", "MINUTES", "3", [
        ("b", "RESOLVED: That the minutes of the meeting held on 28 January 2025 be approved "
              "as a correct record and signed by the Chairman."),
    ]),
    ("43", "LEISURE MANAGEMENT CONTRACT – ANNUAL PERFORMANCE REVIEW", "6", [
        ("p", "The Leisure and Culture Contracts Manager presented the annual performance review "
              "of the leisure management contract with Fulcrum Active Leisure Limited, which had "
              "operated the Council's three leisure centres since April 2019 under a fifteen-year "
              "contract. The report set out attendance, customer satisfaction, utility costs and the "
              "management fee position, and explained that the operator had requested a variation "
              "to share the cost of energy price increases with the Council."),
        ("p", "The Chairman invited questions from Members."),
        ("p", "Councillor Brackley referred to paragraph 3.4 of the report and asked why the "
              "management fee paid to the operator had risen by eleven per cent when attendance "
              "had fallen. The Leisure and Culture Contracts Manager explained that the increase "
              "reflected the utilities indexation clause agreed in 2022 and that attendance at the "
              "Kingsmere pool had been affected by a six-week closure for repairs to the filtration "
              "plant. Councillor Fenwick asked how many of the operator's staff were paid the real "
              "living wage and whether this had been a condition of the contract. The Interim "
              "Director undertook to provide a written response. Councillor Mistry queried whether "
              "the Council had a contractual right to examine the operator's books, and was advised "
              "that an open-book clause allowed the Council to inspect the contract accounts every "
              "year, which had last been done in October 2024."),
        ("p", "Councillor Rowntree expressed concern that the concessionary membership scheme for "
              "residents on low incomes had been cut back without any consultation with Members or "
              "users. The Interim Director acknowledged that Members should have been informed and "
              "said the change would be paused pending a review. Councillor Saddler asked whether "
              "bringing the service back in-house at the end of the contract had been costed. In "
              "reply, the Interim Director stated that an options appraisal would be commissioned "
              "in 2026 and would compare in-house provision with a local authority trading company "
              "and a further tender."),
        ("b", "RESOLVED: That (1) the annual performance report be noted; and (2) a written "
              "response on the operator's pay rates be circulated to all Members of the Committee "
              "before the next meeting."),
        ("b", "RECOMMENDED to Cabinet: That any variation to the leisure management contract to "
              "share energy costs be made conditional on the restoration of the concessionary "
              "membership scheme."),
    ]),
    ("44", "DRAFT HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025–2030", "7", [
        ("p", "The Cabinet Member for Housing and Health introduced the draft Homelessness and "
              "Rough Sleeping Strategy 2025–2030, which was out to public consultation until 25 April "
              "2025. The Housing Options and Homelessness Manager reported that 212 households had "
              "been placed in temporary accommodation during 2024/25, of whom 61 had been placed in "
              "bed and breakfast outside the district."),
        ("p", "In discussion the following points were made:"),
        ("h", "(a)", "Members were concerned that families with children were being placed in bed "
                     "and breakfast for longer than the six-week legal limit; the Housing Options and "
                     "Homelessness Manager confirmed that four families had exceeded the limit in the "
                     "last quarter and that each case had been reported to the Cabinet Member."),
        ("h", "(b)", "A Member asked whether the consultation would reach people with lived "
                     "experience of homelessness, and it was confirmed that two focus groups were "
                     "being run with the Stonegate drop-in and the Wealdbrook Youth Forum."),
        ("h", "(c)", "Councillor Whitcombe requested that the final strategy include a target for "
                     "reducing the use of out-of-district placements."),
        ("h", "(d)", "The cost of temporary accommodation to the General Fund was questioned; the "
                     "Interim Director advised that net spending was forecast at £1.46 million "
                     "against a budget of £0.9 million, with the overspend met from the homelessness "
                     "reserve."),
        ("b", "RESOLVED: That the comments set out above be submitted as the Committee's formal "
              "response to the consultation on the draft strategy."),
    ]),
    ("45", "FOOD SAFETY AND HEALTH PROTECTION SERVICE PLAN 2025/26", "8", [
        ("p", "The Head of Environmental Health and Licensing presented the Food Safety and Health "
              "Protection Service Plan 2025/26, which the Council was required to adopt under the "
              "Food Standards Agency's Framework Agreement."),
        ("p", "Councillor Gilchrist asked how many food premises were overdue an inspection. The Head "
              "of Environmental Health clarified that 148 premises rated C or above were overdue, "
              "largely because two of the five environmental health officer posts had been vacant "
              "since the summer. Councillor Okafor expressed disappointment that the backlog reported "
              "to the Committee a year earlier had not been reduced. Councillor Brackley asked "
              "whether the service had considered buying in contractor inspectors to clear the "
              "backlog, and the Head of Environmental Health said that agency inspectors had been "
              "used in 2023 at a cost of £420 a day but that the quality of their work had been "
              "variable. The Chairman queried the arrangements for investigating infectious disease "
              "notifications at weekends; it was explained that an out-of-hours rota was shared with "
              "two neighbouring districts under an agreement with the UK Health Security Agency."),
        ("b", "RESOLVED: That the Food Safety and Health Protection Service Plan 2025/26 be noted."),
    ]),
    ("46", "DISABLED FACILITIES GRANTS AND HOME IMPROVEMENT AGENCY", "9", [
        ("p", "(Councillor Saddler left the meeting for this item.)"),
        ("p", "The Interim Director presented a report on the delivery of Disabled Facilities Grants "
              "through the Home Improvement Agency, which had been provided by Calder Vale Care and "
              "Repair under contract since 2021. The average time from referral to completion of "
              "works was 41 weeks."),
        ("p", "Councillor Mistry asked why occupational therapy assessments by the County Council "
              "were taking up to six months. The Interim Director said that the County Council had a "
              "shortage of occupational therapists and that the district had agreed to fund a "
              "trusted assessor post within the agency. Councillor Rowntree sought clarification on "
              "whether unspent Better Care Fund allocation would have to be returned; the Interim "
              "Director explained that the grant could be carried forward but that £310,000 had been "
              "unspent at 31 March 2024. Councillor Fenwick asked that Members be given ward-level "
              "figures for waiting times."),
        ("b", "RESOLVED: That (1) the report be noted; and (2) ward-level waiting time figures be "
              "reported to the Committee in July 2025."),
        ("b", "RECOMMENDED to Cabinet: That the Home Improvement Agency contract be extended by "
              "twelve months to March 2027 while a joint procurement with the County Council is "
              "explored."),
    ]),
    ("47", "WORK PROGRAMME 2025/26", "11", [
        ("p", "The Committee considered its draft work programme for the 2025/26 municipal year."),
        ("b", "RESOLVED: That the work programme be approved, subject to the addition of an item "
              "on the leisure contract options appraisal in September 2025."),
    ]),
]

ATT1_TEXT = [
    ("Present:", "Councillor Mrs J Haverill (Chairman), Councillor T Okafor (Vice-Chairman), "
                 "Councillors D Brackley, S Fenwick, R Gilchrist, A Mistry, Mrs P Rowntree, "
                 "K Saddler and L Whitcombe (substitute for Councillor N Pryor)."),
    ("Also Present:", "Councillor G Tennant (Cabinet Member for Housing and Health)."),
    ("Officers in Attendance:", "Ms F Carrow – Interim Director of Communities and Place, "
                                "Mr I Beddoes – Head of Environmental Health and Licensing, "
                                "Mrs H Lyle – Housing Options and Homelessness Manager, "
                                "Mr S Quarrie – Leisure and Culture Contracts Manager, "
                                "Miss R Ingham – Democratic Services Officer."),
]


def build_doc1():
    pdf = MinutesPDF(COUNCIL1, "Overview and Scrutiny Committee – 11 March 2025")
    pdf.add_page()
    pdf.para("WEALDBROOK DISTRICT COUNCIL", bold=True, size=13, align="C", after=1)
    pdf.para("Minutes of a meeting of the Overview and Scrutiny Committee held at the Council "
             "Chamber, Priory Offices, Market Street, Wealdbrook on Tuesday, 11 March 2025 at 6.30 pm",
             bold=True, size=10.5, align="C", after=5)
    for label, text in ATT1_TEXT:
        pdf.source.append(label + " " + text)
        pdf.set_font("dv", "B", 10)
        y = pdf.get_y()
        pdf.cell(52, 5.2, label)
        pdf.set_xy(pdf.l_margin + 52, y)
        pdf.set_font("dv", "", 10)
        pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 52, 5.2, text, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(3)
    for num, title, agenda, blocks in ITEMS1:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.source.append(f"{num}. {title}")
        pdf.set_font("dv", "B", 10.5)
        pdf.cell(12, 5.5, f"{num}.")
        pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 12)
        pdf.set_font("dv", "", 9)
        pdf.source.append(f"(Agenda Item {agenda})")
        pdf.cell(0, 5, f"(Agenda Item {agenda})", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for b in blocks:
            if b[0] == "p":
                pdf.para(b[1], indent=12)
            elif b[0] == "h":
                pdf.hanging(b[1], b[2], indent=12)
            else:
                pdf.para(b[1], bold=True, indent=12, after=3.5)
        pdf.ln(2)
    pdf.para("The meeting ended at 8.52 pm.", after=10)
    pdf.para("CHAIRMAN", bold=True, align="L")
    pdf.output(str(DOCS / DOC1))
    return "\n".join(pdf.source)


def gold_doc1():
    Q = []

    def q(item, kind, text, asked, answer, given, themes):
        Q.append({"item": item, "kind": kind, "text": text, "asked_by": asked,
                  "answer": answer, "given_by": given, "themes": themes})

    # 43 leisure contract
    q("43", "question", "asked why the management fee paid to the operator had risen",
      "Councillor Brackley", "the increase reflected the utilities indexation clause agreed in 2022",
      "Leisure and Culture Contracts Manager", ["subcontracting", "finance"])
    q("43", "question", "asked how many of the operator's staff were paid the real living wage",
      "Councillor Fenwick", "The Interim Director undertook to provide a written response",
      "Interim Director", ["workforce", "subcontracting"])
    q("43", "question", "queried whether the Council had a contractual right to examine the operator's books",
      "Councillor Mistry", "an open-book clause allowed the Council to inspect the contract accounts",
      None, ["subcontracting", "governance"])
    q("43", "concern", "expressed concern that the concessionary membership scheme for residents on low incomes",
      "Councillor Rowntree", "acknowledged that Members should have been informed and said the change would be paused",
      "Interim Director", ["patient-and-public-input", "subcontracting"])
    q("43", "question", "asked whether bringing the service back in-house at the end of the contract",
      "Councillor Saddler", "an options appraisal would be commissioned in 2026 and would compare in-house provision",
      "Interim Director", ["privatisation", "subcontracting", "finance"])
    # 44 homelessness
    q("44", "concern", "Members were concerned that families with children were being placed in bed",
      None, "confirmed that four families had exceeded the limit in the last quarter",
      "Housing Options and Homelessness Manager", ["housing", "children-and-families"])
    q("44", "question", "asked whether the consultation would reach people with lived experience of homelessness",
      "A Member", "two focus groups were being run with the Stonegate drop-in",
      None, ["patient-and-public-input", "housing"])
    q("44", "request", "requested that the final strategy include a target for reducing the use",
      "Councillor Whitcombe", None, None, ["housing"])
    q("44", "question", "The cost of temporary accommodation to the General Fund was questioned",
      None, "net spending was forecast at £1.46 million against a budget of £0.9 million",
      "Interim Director", ["housing", "finance"])
    # 45 food safety
    q("45", "question", "Councillor Gilchrist asked how many food premises were overdue an inspection",
      "Councillor Gilchrist", "148 premises rated C or above were overdue, largely because two",
      "Head of Environmental Health", ["governance", "workforce"])
    q("45", "comment", "expressed disappointment that the backlog reported to the Committee a year earlier",
      "Councillor Okafor", None, None, ["governance"])
    q("45", "question", "considered buying in contractor inspectors to clear the backlog",
      "Councillor Brackley", "agency inspectors had been used in 2023 at a cost of £420 a day",
      "Head of Environmental Health", ["subcontracting", "workforce", "finance"])
    q("45", "question", "The Chairman queried the arrangements for investigating infectious disease notifications",
      "The Chairman", "an out-of-hours rota was shared with two neighbouring districts",
      None, ["public-health"])
    # 46 DFGs
    q("46", "question", "asked why occupational therapy assessments by the County Council were taking",
      "Councillor Mistry", "the County Council had a shortage of occupational therapists",
      "Interim Director", ["workforce", "adult-social-care"])
    q("46", "question", "sought clarification on whether unspent Better Care Fund allocation would have to be returned",
      "Councillor Rowntree", "the grant could be carried forward but that £310,000 had been unspent",
      "Interim Director", ["finance", "integration"])
    q("46", "request", "asked that Members be given ward-level figures for waiting times",
      "Councillor Fenwick", None, None, ["housing"])

    R = [
        {"item": "42", "text": "the minutes of the meeting held on 28 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "43", "text": "response on the operator's pay rates be circulated to all Members",
         "outcome": "agreed", "themes": ["subcontracting", "workforce"]},
        {"item": "43", "text": "share energy costs be made conditional on the restoration of the concessionary",
         "outcome": "recommended", "themes": ["subcontracting", "finance"]},
        {"item": "44", "text": "be submitted as the Committee's formal response to the consultation",
         "outcome": "agreed", "themes": ["patient-and-public-input", "housing"]},
        {"item": "45", "text": "the Food Safety and Health Protection Service Plan 2025/26 be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "46", "text": "ward-level waiting time figures be reported to the Committee in July 2025",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "46", "text": "the Home Improvement Agency contract be extended by twelve months",
         "outcome": "recommended", "themes": ["subcontracting", "housing"]},
        {"item": "47", "text": "the work programme be approved, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance"]},
    ]
    A = [
        ("Councillor Mrs J Haverill", "Chairman", "present"),
        ("Councillor T Okafor", "Vice-Chairman", "present"),
        ("Councillor D Brackley", None, "present"),
        ("Councillor S Fenwick", None, "present"),
        ("Councillor R Gilchrist", None, "present"),
        ("Councillor A Mistry", None, "present"),
        ("Councillor Mrs P Rowntree", None, "present"),
        ("Councillor K Saddler", None, "present"),
        ("Councillor L Whitcombe", "substitute for Councillor N Pryor", "present"),
        ("Councillor N Pryor", None, "apologies"),
        ("Councillor V Castellane", None, "apologies"),
        ("Councillor G Tennant", "Cabinet Member for Housing and Health", "in_attendance"),
        ("Ms F Carrow", "Interim Director of Communities and Place", "in_attendance"),
        ("Mr I Beddoes", "Head of Environmental Health and Licensing", "in_attendance"),
        ("Mrs H Lyle", "Housing Options and Homelessness Manager", "in_attendance"),
        ("Mr S Quarrie", "Leisure and Culture Contracts Manager", "in_attendance"),
        ("Miss R Ingham", "Democratic Services Officer", "in_attendance"),
    ]
    return {
        "document": DOC1,
        "doc_type": "minutes",
        "committee": "Overview and Scrutiny Committee",
        "meeting_date": "2025-03-11",
        "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS1],
        "questions": Q,
        "resolutions": R,
        "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in A],
    }


# --------------------------------------------------------------------------
# Document 2: Statement of Community Involvement extract (not minutes)
# --------------------------------------------------------------------------
DOC2 = "gg-wealdbrook-statement-of-community-involvement.pdf"

SCI = [
    ("h", "Wealdbrook District Council"),
    ("t", "Statement of Community Involvement 2025"),
    ("s", "Extract: Sections 3 and 4 – How we involve the community"),
    ("h", "3. Our principles for involving people"),
    ("p", "3.1 The Council is committed to involving residents, businesses, voluntary and community "
          "groups and statutory consultees early and meaningfully in the preparation of planning "
          "policy documents and in decisions on planning applications. This Statement of Community "
          "Involvement (SCI) sets out how and when we will do so, as required by section 18 of the "
          "Planning and Compulsory Purchase Act 2004."),
    ("p", "3.2 We will follow five principles: involvement will be early, so that views can shape "
          "options rather than react to finished proposals; it will be inclusive, reaching people "
          "who do not usually take part, including young people, older residents, disabled people "
          "and those whose first language is not English; it will be proportionate to the scale of "
          "the decision; information will be clear and free of jargon; and we will explain how the "
          "comments received have influenced the outcome."),
    ("h", "4. How we will consult"),
    ("p", "4.1 Local Plan and supplementary planning documents. We will publish draft documents on "
          "the Council's consultation portal for a minimum of six weeks, place copies in the Priory "
          "Offices and the district's four libraries, write to everyone on the planning policy "
          "database, and hold at least one drop-in exhibition in each of the market towns. Where "
          "a neighbourhood forum or parish council is preparing a neighbourhood plan we will offer "
          "advice and publicise its consultations."),
    ("p", "4.2 Planning applications. Neighbours sharing a boundary with an application site will "
          "receive a letter, and a site notice will be displayed for 21 days. Major applications "
          "will also be advertised in the Wealdbrook Courier. Anyone may comment, and all "
          "representations are published on the planning register with personal details removed."),
    ("p", "4.3 Reaching seldom-heard groups. We will work through the Wealdbrook Youth Forum, the "
          "Older People's Network, Gypsy and Traveller liaison officers and the district's tenants' "
          "and residents' associations, and will provide documents in large print, Easy Read and "
          "other languages on request."),
    ("p", "4.4 Feedback. After each consultation we will publish a consultation statement summarising "
          "the main issues raised and our response to them. The SCI will be reviewed at least "
          "every five years."),
]


def build_doc2():
    pdf = MinutesPDF("Wealdbrook District Council – Planning Policy", "Statement of Community Involvement 2025")
    pdf.running_footer = False
    pdf.add_page()
    for kind, text in SCI:
        if kind == "t":
            pdf.para(text, bold=True, size=16, align="L", after=1)
        elif kind == "s":
            pdf.para(text, size=11, align="L", after=6)
        elif kind == "h":
            pdf.para(text, bold=True, size=11.5, align="L", after=2)
        else:
            pdf.para(text)
    pdf.output(str(DOCS / DOC2))
    return "\n".join(pdf.source)


def gold_doc2():
    return {"document": DOC2, "doc_type": "report",
            "themes": ["patient-and-public-input"]}


def phrases(gold):
    out = []
    for q in gold.get("questions", []):
        out.append(q["text"])
        if q["answer"]:
            out.append(q["answer"])
    for r in gold.get("resolutions", []):
        out.append(r["text"])
    return out


def main():
    check = "--check" in sys.argv
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    ok = True
    for build, gold in ((build_doc1, gold_doc1), (build_doc2, gold_doc2)):
        src = build()
        g = gold()
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if check:
            ns = norm(src)
            for p in phrases(g):
                n = norm(p)
                words = len(p.split())
                cnt = ns.count(n)
                if cnt != 1 or not 6 <= words <= 15:
                    ok = False
                    print(f"FAIL {g['document']}: count={cnt} words={words}: {p}")
            print(f"{g['document']}: {len(phrases(g))} phrases checked, "
                  f"{len(g.get('questions', []))} questions, {len(g.get('resolutions', []))} resolutions, "
                  f"{len(g.get('attendees', []))} attendees")
    if check:
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
