#!/usr/bin/env python3
"""Build the "bu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bu.py          build documents and gold
        build_bu.py --check  verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def h(s):
    """'~' marks a soft-hyphen break point (words hyphenated across line ends)."""
    return s.replace("~", SHY)


def norm(s):
    s = s.replace(SHY, "").replace("~", "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- document 1
DOC1 = "bu-wrenford-overview-and-scrutiny-panel-2025-03-11.pdf"

ATTEND = [
    ("Councillor Mrs M Ellison", "Chairman", "P"),
    ("Councillor D Pryor", "Vice-Chairman", "P"),
    ("Councillor R Ambrose", "", "P"),
    ("Councillor A Hollings", "", "P"),
    ("Councillor S Kemble", "Substitute for Cllr Redfern", "S"),
    ("Councillor T Osman", "", "P"),
    ("Councillor Miss F Redfern", "", "A"),
    ("Councillor N Tapp", "", "A"),
    ("Councillor C Whitby", "", "P"),
]
ALSO = ("Also present: Councillor Mrs J Farrow (Portfolio Holder for Housing and Health); "
        "Dr S Iqbal (Director of Place, Norbridgeshire Integrated Care Board).")
OFFICERS = ("Officers: Mr P Derwent (Head of Housing and Community Services), Ms H Carver "
            "(Strategic Procurement and Contracts Manager), Mr K Lowe (Chief Finance Officer "
            "and Section 151 Officer) and Mrs L Moody (Democratic Services Officer).")

# items: (numeral, title, blocks); block = ("p", text) | ("t", [(q, a), ...]) | ("r", [clauses])
ITEMS = [
    ("I", "APOLOGIES FOR ABSENCE AND SUBSTITUTES", [
        ("p", "Apologies for absence were received from Councillors Miss Redfern and Tapp. "
              "Councillor Kemble attended as substitute for Councillor Redfern."),
    ]),
    ("II", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Ambrose declared a non-registrable interest in Minute VI as a close "
              "family member was employed by a community health provider. She remained in the "
              "meeting but took no part in the discussion of that item."),
    ]),
    ("III", "MINUTES", [
        ("p", "The minutes of the meeting held on 14 January 2025 were submitted."),
        ("r", ["That the minutes of the meeting held on 14 January 2025 be approved as a "
               "correct record and signed by the Chairman."]),
    ]),
    ("IV", "HOUSING REPAIRS CONTRACT", [
        ("p", "The Head of Housing and Community Services introduced his report on the "
              "performance of the responsive repairs and voids contract with Brackmoor "
              "Property Services Ltd, now in the fourth year of a five-year term. The report "
              "set out performance against the eleven key per~for~mance indicators in the "
              "contract, the outcome of the tenant satis~faction survey carried out in the "
              "autumn and the current position on the default notices issued in 2024."),
        ("p", "Members' questions and the answers given are recorded below:"),
        ("t", [
            ("Cllr Osman: Why had the contractor missed the emergency repair target in six "
             "of the last nine months, and what penalties had been applied?",
             "Head of Housing: Two default notices had been served and service credits of "
             "£38,400 deducted; emergency attendance had recovered to 94 per cent in February."),
            ("Cllr Hollings: How many of the contractor's operatives were directly employed "
             "rather than working through further subcontractors?",
             "Head of Housing: Roughly sixty per cent of trades were now supplied by "
             "second-tier firms, which the Council had not formally approved in every case."),
            ("Cllr Whitby: Could tenants' complaints about repeat visits for the same damp "
             "and mould repair be reported separately to the Panel?",
             "Head of Housing: Yes; a separate damp and mould dashboard would be included "
             "in the quarterly performance pack from June."),
            ("Cllr Kemble: Had officers costed bringing the repairs service back in-house "
             "when the current term expires in 2026?",
             "Strategic Procurement and Contracts Manager: An options appraisal comparing "
             "re-procurement with a direct labour organisation was under way and would report "
             "by September."),
        ]),
        ("r", ["That the performance of the responsive repairs and voids contract be noted.",
               "That it be RECOMMENDED to Cabinet that the option to extend the contract "
               "beyond March 2026 is not exercised until the options appraisal, including "
               "in-house delivery, has been considered by this Panel."]),
    ]),
    ("V", "DISABLED FACILITIES GRANTS AND HOME ADAPTATIONS", [
        ("p", h("The Portfolio Holder for Housing and Health presented the annual report on "
                "the delivery of Disabled Facilities Grants, funded through the Better Care "
                "Fund allocation passed to the Council by the County Council. Some 212 "
                "adaptations had been completed in 2023/24, but the average time from "
                "referral to completion had risen to 41 weeks. Councillor Pryor queried why "
                "waiting times for major adaptations had risen so sharply when the grant "
                "allocation had increased. The Portfolio Holder replied that the shortage of "
                "occupational therapists at the County Council had created a backlog of "
                "assessments, and that the district had now jointly funded a trusted assessor "
                "post to clear it. Councillor Ambrose asked whether any of the underspend "
                "from the previous year had been returned. The Head of Housing and Community "
                "Services confirmed that none had been returned and that £310,000 was carried "
                "forward into the current year's programme. Councillor Hollings expressed "
                "concern that older residents discharged from hospital were waiting too long "
                "for stairlifts and level-access showers; no response to this point was "
                "recorded, the Chairman noting that it would be taken up under the joint "
                "hospital discharge review.")),
        ("r", ["That the annual report on Disabled Facilities Grants be noted."]),
    ]),
    ("VI", "COMMUNITY HEALTH SERVICES PROCUREMENT – NORBRIDGESHIRE ICB", [
        ("p", h("Dr Iqbal, Director of Place at Norbridgeshire Integrated Care Board, "
                "updated the Panel on the Board's intention to re~procure adult community "
                "health services in the Wrenford locality under the Provider Selection "
                "Regime, with a new contract due to start in April 2026. Councillor Ambrose "
                "had declared an interest in this item (Minute II refers).")),
        ("t", [
            ("Cllr Pryor: Would the incumbent NHS trust be invited to continue, or was "
             "the ICB opening the service to private providers?",
             "Director of Place (ICB): The competitive process was open to any qualified "
             "provider, including the current NHS community trust."),
            ("Cllr Whitby: What public consultation would take place before the "
             "specification was finalised and the procurement launched?",
             "Director of Place (ICB): Six engagement events and an online survey would "
             "run through April, with Healthwatch hosting two sessions."),
            ("Cllr Osman: Would district nurses and therapists transfer under TUPE if a "
             "new provider won the contract?",
             "Director of Place (ICB): Staff transfer protections would apply and a "
             "workforce plan would be a scored element of the evaluation."),
        ]),
        ("r", ["That the Panel submit a response to the ICB's engagement exercise, "
               "delegated to the Chairman and Vice-Chairman in consultation with the Head "
               "of Housing and Community Services.",
               "That the ICB be invited to report back to the Panel before the contract "
               "award decision is taken."]),
    ]),
    ("VII", "HOMELESSNESS AND TEMPORARY ACCOMMODATION – BUDGET MONITORING", [
        ("p", h("The Chief Finance Officer reported a projected overspend of £612,000 on "
                "temporary accommo~dation at the end of quarter three, driven by the number "
                "of households placed in nightly-paid bed and breakfast outside the district. "
                "Councillor Tapp's written question, read out by the Chairman in his absence, "
                "asked how many families with children had been placed in bed and breakfast "
                "for more than six weeks. The Head of Housing and Community Services stated "
                "that eleven families had exceeded the six-week limit during the quarter and "
                "that each case had been reported to the Portfolio Holder. Councillor Kemble "
                "questioned whether the Council's reserves could sustain the overspend into "
                "2025/26. The Chief Finance Officer explained that the homelessness reserve "
                "would be exhausted by October without corrective action. Councillor Osman "
                "requested that officers bring forward proposals to lease or purchase "
                "properties for use as council-owned temporary accommo~dation. The Portfolio "
                "Holder replied that a business case for acquiring twenty homes was being "
                "prepared for Cabinet in May.")),
        ("r", ["That the budget position on homelessness and temporary accommodation be noted.",
               "That Cabinet be RECOMMENDED to prioritise the business case for acquiring "
               "council-owned temporary accommodation within the capital programme for "
               "2025/26."]),
    ]),
    ("VIII", "WORK PROGRAMME 2025/26", [
        ("p", "The Panel considered its draft work programme for the coming municipal year."),
        ("r", ["That the work programme be agreed, with the addition of a review of damp "
               "and mould in council homes in the autumn."]),
    ]),
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "IV", "kind": "question",
         "text": "Why had the contractor missed the emergency repair target in six",
         "asked_by": "Cllr Osman",
         "answer": "Two default notices had been served and service credits of £38,400 deducted",
         "given_by": "Head of Housing", "themes": ["subcontracting", "housing", "finance"]},
        {"item": "IV", "kind": "question",
         "text": "How many of the contractor's operatives were directly employed rather than",
         "asked_by": "Cllr Hollings",
         "answer": "Roughly sixty per cent of trades were now supplied by second-tier firms",
         "given_by": "Head of Housing", "themes": ["subcontracting", "workforce", "housing"]},
        {"item": "IV", "kind": "request",
         "text": "Could tenants' complaints about repeat visits for the same damp and mould",
         "asked_by": "Cllr Whitby",
         "answer": "a separate damp and mould dashboard would be included in the quarterly",
         "given_by": "Head of Housing", "themes": ["housing", "patient-and-public-input"]},
        {"item": "IV", "kind": "question",
         "text": "Had officers costed bringing the repairs service back in-house when the",
         "asked_by": "Cllr Kemble",
         "answer": "An options appraisal comparing re-procurement with a direct labour organisation",
         "given_by": "Strategic Procurement and Contracts Manager",
         "themes": ["privatisation", "subcontracting", "housing", "finance"]},
        {"item": "V", "kind": "question",
         "text": "queried why waiting times for major adaptations had risen so sharply",
         "asked_by": "Councillor Pryor",
         "answer": "the shortage of occupational therapists at the County Council had created a backlog",
         "given_by": "The Portfolio Holder", "themes": ["housing", "workforce", "adult-social-care"]},
        {"item": "V", "kind": "question",
         "text": "asked whether any of the underspend from the previous year had been returned",
         "asked_by": "Councillor Ambrose",
         "answer": "confirmed that none had been returned and that £310,000 was carried forward",
         "given_by": "The Head of Housing and Community Services",
         "themes": ["finance", "housing"]},
        {"item": "V", "kind": "concern",
         "text": "older residents discharged from hospital were waiting too long for stairlifts",
         "asked_by": "Councillor Hollings", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "housing"]},
        {"item": "VI", "kind": "question",
         "text": "Would the incumbent NHS trust be invited to continue, or was the ICB",
         "asked_by": "Cllr Pryor",
         "answer": "The competitive process was open to any qualified provider, including the current",
         "given_by": "Director of Place (ICB)", "themes": ["privatisation", "subcontracting"]},
        {"item": "VI", "kind": "question",
         "text": "What public consultation would take place before the specification was finalised",
         "asked_by": "Cllr Whitby",
         "answer": "Six engagement events and an online survey would run through April",
         "given_by": "Director of Place (ICB)",
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "VI", "kind": "question",
         "text": "Would district nurses and therapists transfer under TUPE if a new provider",
         "asked_by": "Cllr Osman",
         "answer": "Staff transfer protections would apply and a workforce plan would be",
         "given_by": "Director of Place (ICB)", "themes": ["workforce", "subcontracting"]},
        {"item": "VII", "kind": "question",
         "text": "asked how many families with children had been placed in bed and breakfast",
         "asked_by": "Councillor Tapp",
         "answer": "eleven families had exceeded the six-week limit during the quarter",
         "given_by": "The Head of Housing and Community Services",
         "themes": ["housing", "children-and-families"]},
        {"item": "VII", "kind": "question",
         "text": "questioned whether the Council's reserves could sustain the overspend into 2025/26",
         "asked_by": "Councillor Kemble",
         "answer": "the homelessness reserve would be exhausted by October without corrective action",
         "given_by": "The Chief Finance Officer", "themes": ["finance", "housing"]},
        {"item": "VII", "kind": "request",
         "text": "requested that officers bring forward proposals to lease or purchase properties",
         "asked_by": "Councillor Osman",
         "answer": "a business case for acquiring twenty homes was being prepared for Cabinet",
         "given_by": "The Portfolio Holder", "themes": ["housing", "finance"]},
    ],
    "resolutions": [
        {"item": "III", "text": "the minutes of the meeting held on 14 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "IV", "text": "the option to extend the contract beyond March 2026 is not exercised",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation", "housing"]},
        {"item": "V", "text": "That the annual report on Disabled Facilities Grants be noted",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "VI", "text": "That the Panel submit a response to the ICB's engagement exercise",
         "outcome": "agreed", "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "VII", "text": "prioritise the business case for acquiring council-owned temporary accommodation",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "VIII", "text": "the work programme be agreed, with the addition of a review",
         "outcome": "agreed", "themes": ["governance", "housing"]},
    ],
    "attendees": (
        [{"name": n, "role": (r or None),
          "attendance": {"P": "present", "A": "apologies", "S": "present"}[a]}
         for n, r, a in ATTEND]
        + [{"name": "Councillor Mrs J Farrow", "role": "Portfolio Holder for Housing and Health",
            "attendance": "in_attendance"},
           {"name": "Dr S Iqbal", "role": "Director of Place, Norbridgeshire Integrated Care Board",
            "attendance": "in_attendance"},
           {"name": "Mr P Derwent", "role": "Head of Housing and Community Services",
            "attendance": "in_attendance"},
           {"name": "Ms H Carver", "role": "Strategic Procurement and Contracts Manager",
            "attendance": "in_attendance"},
           {"name": "Mr K Lowe", "role": "Chief Finance Officer and Section 151 Officer",
            "attendance": "in_attendance"},
           {"name": "Mrs L Moody", "role": "Democratic Services Officer",
            "attendance": "in_attendance"}]),
}


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90)
        self.cell(0, 4, "WRENFORD DISTRICT COUNCIL", align="L")
        self.cell(0, 4, "Overview and Scrutiny Panel – 11 March 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 4, "Chairman's initials ..........", align="L")
        self.cell(0, 4, f"Page {self.page_no()}", align="R")


def fonts(pdf):
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DVS", "", FONT + "DejaVuSerif.ttf")
    pdf.add_font("DVS", "B", FONT + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DVS", "I", FONT + "DejaVuSerif-Italic.ttf")


def build_doc1():
    src = []
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    fonts(pdf)
    pdf.add_page()

    def para(text, style="", size=10, align="J", gap=2.5):
        pdf.set_font("DV", style, size)
        pdf.multi_cell(0, 5, h(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
        src.append(text)

    para("WRENFORD DISTRICT COUNCIL", "B", 13, "C", 1)
    para("MINUTES of a meeting of the OVERVIEW AND SCRUTINY PANEL held in the Council "
         "Chamber, Wrenford House, Market Street, Wrenford on Tuesday 11 March 2025 at "
         "6.30 pm", "", 10, "C", 4)
    para("Attendance", "B", 10, "L", 1)
    para("P = present, A = apologies, S = substitute", "I", 9, "L", 1.5)
    pdf.set_font("DV", "", 9)
    with pdf.table(col_widths=(70, 70, 26), text_align=("LEFT", "LEFT", "CENTER"),
                   line_height=5.5, headings_style=FontFace(emphasis="BOLD", fill_color=225),
                   width=166) as t:
        t.row(["Member", "Role", "Attendance"])
        src.append("Member Role Attendance")
        for n, r, a in ATTEND:
            t.row([n, r, a])
            src.append(f"{n} {r} {a}")
    pdf.ln(3)
    para(ALSO, "", 9.5, "J", 1.5)
    para(OFFICERS, "", 9.5, "J", 5)

    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DV", "B", 10.5)
        head = f"{num}.  {title}"
        pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        src.append(head)
        pdf.ln(1.5)
        for kind, body in blocks:
            if kind == "p":
                para(body)
            elif kind == "t":
                pdf.set_font("DV", "", 9)
                with pdf.table(col_widths=(83, 83), width=166, line_height=4.8,
                               text_align=("LEFT", "LEFT"), padding=1.5,
                               headings_style=FontFace(emphasis="BOLD", fill_color=235)) as t:
                    t.row(["Question", "Answer"])
                    src.append("Question Answer")
                    for q, a in body:
                        t.row([q, a])
                        src.append(q)
                        src.append(a)
                pdf.ln(3)
            elif kind == "r":
                pdf.set_font("DV", "B", 10)
                pdf.cell(0, 5.5, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
                src.append("RESOLVED:")
                roman = ["(i)", "(ii)", "(iii)"]
                for i, c in enumerate(body):
                    pdf.set_font("DV", "", 10)
                    lab = roman[i] if len(body) > 1 else ""
                    if lab:
                        pdf.cell(10, 5, lab)
                        pdf.set_x(pdf.l_margin + 10)
                        pdf.multi_cell(0, 5, h(c), align="J", new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(0, 5, h(c), align="J", new_x="LMARGIN", new_y="NEXT")
                    src.append(f"{lab} {c}")
                    pdf.ln(1)
                pdf.ln(3)
    pdf.ln(4)
    para("The meeting closed at 8.52 pm.", "", 10, "L", 6)
    para("Chairman ............................................   Date ....................",
         "", 10, "L", 0)
    pdf.output(os.path.join(DOCS, DOC1))
    return "\n".join(src)


# ---------------------------------------------------------------- document 2
DOC2 = "bu-lgsco-decision-norbridgeshire-home-care-24-008317.pdf"
OMB = [
    ("h1", "Norbridgeshire County Council (24 008 317)"),
    ("meta", "Category: Adult care services > Domiciliary care\n"
             "Decision: Upheld\nDecision date: 27 February 2025"),
    ("h2", "The Ombudsman's final decision"),
    ("p", "Summary: Mrs B complained about the home care her late father received from a care "
          "provider the Council commissioned, and about the way the Council handled her "
          "complaint. We found the Council at fault because care visits were repeatedly late "
          "or missed, and the Council did not properly monitor the provider or respond to "
          "Mrs B's concerns within a reasonable time. This caused Mr C distress and put him "
          "at risk of harm, and caused Mrs B avoidable frustration and time and trouble. The "
          "Council has agreed to apologise, make a payment to Mrs B, and improve how it "
          "monitors commissioned home care providers."),
    ("h2", "The complaint"),
    ("p", "1. Mrs B complained the Council failed to ensure her father, Mr C, received the "
          "four daily care visits set out in his care and support plan between March and "
          "July 2024. She said carers often arrived hours late, left early, or did not come "
          "at all, so that her father went without meals and medication. She also complained "
          "that the Council took more than five months to respond to her complaint."),
    ("h2", "What happened"),
    ("p", "2. Mr C was 89 and lived alone. Following a hospital discharge in February 2024 "
          "the Council assessed him as needing four visits a day from two carers. The "
          "Council arranged his care through Lindenfield Care Ltd, a provider on its "
          "framework of approved home care agencies."),
    ("p", "3. The provider's electronic call monitoring records show that in the sixteen "
          "weeks from March 2024, 61 visits started more than an hour late and 23 were "
          "missed entirely. On several occasions only one carer attended a double-handed "
          "call. Mrs B raised concerns with the provider and the Council's brokerage team by "
          "telephone and email on at least nine occasions."),
    ("p", "4. Mrs B made a formal complaint to the Council on 3 June 2024. The Council "
          "acknowledged it but did not send a substantive response until 14 November 2024. "
          "Mr C died in August 2024; we have seen no evidence that the care failings "
          "caused his death."),
    ("h2", "Findings"),
    ("p", "5. Where a council commissions a care provider to meet a person's assessed "
          "needs, it remains responsible for the services delivered on its behalf. The "
          "Council was at fault because it did not act on the provider's monitoring data "
          "or on Mrs B's reports, and did not hold a contract review with the provider "
          "until after Mr C's care had ended."),
    ("p", "6. The delay of more than five months in responding to the complaint was also "
          "fault. The Council told us staff vacancies in its complaints team had caused a "
          "backlog. That may explain the delay but does not excuse it."),
    ("h2", "Agreed action"),
    ("p", "7. Within one month of our final decision the Council will apologise in writing "
          "to Mrs B, and pay her £750 to acknowledge the distress caused to her father and "
          "£300 for her time and trouble. It will also refund £1,120 in care charges for "
          "visits that were missed or not delivered as planned."),
    ("p", "8. Within three months the Council will review how its commissioning team uses "
          "electronic call monitoring data to identify late and missed visits, and will "
          "remind brokerage staff to escalate repeated family concerns to the contract "
          "monitoring officer. It will tell us what it has done."),
    ("h2", "Final decision"),
    ("p", "9. We have completed our investigation. There was fault by the Council which "
          "caused injustice, and the agreed action is a suitable remedy."),
    ("small", "Investigator's decision on behalf of the Ombudsman. Parts of this decision "
              "have been anonymised in line with our publication policy."),
]
GOLD2 = {"document": DOC2, "doc_type": "other",
         "themes": ["adult-social-care", "subcontracting", "finance", "governance"]}


class OmbPDF(FPDF):
    def header(self):
        self.set_font("DVS", "", 8)
        self.set_text_color(70)
        self.cell(0, 4, "Local Government and Social Care Ombudsman", align="L")
        self.cell(0, 4, "Decision 24 008 317", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DVS", "", 8)
        self.cell(0, 4, f"{self.page_no()}    Final decision", align="C")


def build_doc2():
    src = []
    pdf = OmbPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, 20)
    fonts(pdf)
    pdf.add_page()
    for kind, text in OMB:
        src.append(text)
        if kind == "h1":
            pdf.set_font("DVS", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("DVS", "", 9.5)
            pdf.set_fill_color(238)
            pdf.multi_cell(0, 5.5, text, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
        elif kind == "h2":
            pdf.set_font("DVS", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "small":
            pdf.ln(4); pdf.set_font("DVS", "I", 8.5)
            pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DVS", "", 10.5)
            pdf.multi_cell(0, 5.6, text, align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
    pdf.output(os.path.join(DOCS, DOC2))
    return "\n".join(src)


# ---------------------------------------------------------------- main / check
def check(name, source, gold):
    ns = norm(source)
    errs = []
    phrases = [("question", q["text"]) for q in gold.get("questions", [])]
    phrases += [("answer", q["answer"]) for q in gold.get("questions", []) if q["answer"]]
    phrases += [("resolution", r["text"]) for r in gold.get("resolutions", [])]
    for kind, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15:
            errs.append(f"{kind} phrase has {n} words: {p!r}")
        c = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", ns))
        if c != 1:
            errs.append(f"{kind} phrase found {c} times: {p!r}")
    for a in gold.get("attendees", []):
        if norm(a["name"]) not in ns:
            errs.append(f"attendee not found: {a['name']}")
    for it in gold.get("items", []):
        if norm(it["title"]) not in ns:
            errs.append(f"item title not found: {it['title']}")
    print(f"{name}: {len(phrases)} phrases, {'OK' if not errs else 'FAIL'}")
    for e in errs:
        print("   ", e)
    return not errs


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build_doc1()
    s2 = build_doc2()
    for doc, g in ((DOC1, GOLD1), (DOC2, GOLD2)):
        with open(os.path.join(GOLD, doc.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        ok = check(DOC1, s1, GOLD1) & check(DOC2, s2, GOLD2)
        g1 = GOLD1
        print(f"counts: items={len(g1['items'])} questions={len(g1['questions'])} "
              f"resolutions={len(g1['resolutions'])} attendees={len(g1['attendees'])}")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
