#!/usr/bin/env python3
"""Build the "ft-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ft.py           build documents/ft-* and gold/ft-*.json
        build_ft.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 10, 21, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

COUNCIL = "Ashbridge City Council"


def hyph(text):
    """Insert soft hyphens in long words so justified lines break inside words."""
    def one(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        cut = len(w) // 2
        # move the break after a vowel where possible
        for k in range(cut, len(w) - 3):
            if w[k - 1] in "aeiou" and w[k] not in "aeiou":
                cut = k
                break
        return w[:cut] + SHY + w[cut:]
    return re.sub(r"[A-Za-z]{10,}", one, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


class Doc(FPDF):
    header_text = ""

    def __init__(self, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DV", "", FONT + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_creator("Ashbridge City Council Democratic Services")
        self.set_producer("fpdf2")
        self.set_auto_page_break(True, margin=22)
        self.set_margins(20, 22, 20)
        self.src = []

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(9)
        self.cell(0, 4, self.header_text, align="L")
        self.set_y(9)
        self.cell(0, 4, COUNCIL, align="R")
        self.line(20, 14, self.w - 20, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        if self.footer_initials:
            self.set_y(-15)
            self.cell(0, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0, 0, 0)

    footer_initials = True

    # --- writing helpers that also record the source text -------------
    def para(self, text, style="", size=9.5, align="J", gap=2.2, h=4.8):
        self.src.append(text)
        self.set_font("DV", style, size)
        self.multi_cell(0, h, hyph(text) if align == "J" else text, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text, size=10.5):
        self.src.append(text)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DV", "B", size)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def labelled(self, label, text):
        self.src.append(label + " " + text)
        self.set_font("DV", "B", 9.5)
        self.cell(30, 4.8, label)
        self.set_font("DV", "", 9.5)
        self.multi_cell(0, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)


# =====================================================================
# Document 1: Health Scrutiny Panel minutes with questions in Appendix A
# =====================================================================
D1 = "ft-ashbridge-health-scrutiny-panel-2025-10-14.pdf"

ATT_PRESENT = ("Councillors Margaret Okafor (Chair), David Pemberton (Vice-Chair), "
               "Aisha Rahman, Tom Whitcombe, Helen Dacre, Gareth Lloyd-Evans and Priya Sandhu")
ATT_ALSO = ("Councillor Stephen Marlowe (Cabinet Member for Adult Care and Health); "
            "Karen Leung (Director of Strategy and Partnerships, North Vale Integrated Care Board)")
ATT_OFFICERS = ("Dr Fiona Calder (Director of Public Health), Neil Harrow (Strategic Director "
                "of Adult Social Care, Health and Wellbeing), Joanne Pryce (Head of "
                "Commissioning, Contracts and Market Management – Adults), Sam Otieno "
                "(Senior Scrutiny and Democratic Services Officer)")
ATT_APOL = "Councillors Bernard Fitch and Leanne Cho"

STD = ("Members asked questions on the report; the questions and the answers given are "
       "recorded in Appendix A.")

ITEMS = [
    ("27", "Apologies for absence and substitutions", [
        "Apologies for absence were received from Councillors Bernard Fitch and Leanne Cho. "
        "There were no substitute Members.",
    ], None),
    ("28", "Declarations of interest", [
        "Councillor Priya Sandhu declared a non-registrable interest in Minute 32 (Community "
        "mental health transformation) as a close family member is employed by the North Vale "
        "Integrated Care Board. She remained in the meeting and took part in the discussion. "
        "No other declarations were made.",
    ], None),
    ("29", "Minutes of the previous meeting", [
        "The minutes of the meeting held on 9 September 2025 were submitted.",
    ], "RESOLVED – That the minutes of the meeting held on 9 September 2025 be confirmed "
       "as a correct record and signed by the Chair."),
    ("30", "Recommissioning of home care services", [
        "The Head of Commissioning, Contracts and Market Management – Adults introduced a "
        "report setting out the outcome of the procurement of home care services across "
        "the four city localities. The existing framework of twenty-three providers would be "
        "replaced from 1 April 2026 by a zoned model with one lead provider and up to three "
        "secondary providers in each zone, on seven-year contracts with a break clause at "
        "year four. Tenders had been evaluated on a 60 per cent quality and 40 per cent price "
        "basis, and the successful bidders were required to pay care workers at least the "
        "Real Living Wage. The report also set out the transition plan for people whose "
        "current provider had not been successful. " + STD,
    ], "RESOLVED – That (1) the outcome of the home care procurement be noted; and (2) a "
       "report on the first six months of the zoned contracts, including missed and late "
       "visits, be brought to the Panel in autumn 2026."),
    ("31", "Stop smoking and vaping support service", [
        "The Director of Public Health presented a report on the first year of the "
        "integrated stop smoking and vaping support service, which had been delivered "
        "in-house since October 2024 following the end of the previous externally "
        "commissioned contract. Some 2,140 residents had set a quit date, of whom 1,062 had "
        "quit at four weeks; quit rates among pregnant women and people in routine and "
        "manual occupations remained below the target set in the Tobacco Control Plan. "
        "The national Local Stop Smoking Services and Support Grant had added £612,000 to "
        "the budget for 2025/26. " + STD,
    ], "RESOLVED – That the annual report of the stop smoking and vaping support service "
       "be noted."),
    ("32", "Community mental health transformation – North Vale ICB", [
        "The Director of Strategy and Partnerships, North Vale Integrated Care Board, gave "
        "an update on the transformation of community mental health services, including the "
        "new neighbourhood mental health centres, the first of which would open in Eastgate "
        "in January 2026 and operate 24 hours a day, and the integration of primary care "
        "mental health practitioners into primary care networks. " + STD,
    ], "RESOLVED – That (1) the update be noted; and (2) the Chair write to the Chief "
       "Executive of the North Vale Integrated Care Board asking for a breakdown of waiting "
       "times for community mental health services by age group and locality."),
    ("33", "Adult social care workforce strategy 2025–2028", [
        "The Strategic Director of Adult Social Care, Health and Wellbeing introduced the "
        "draft workforce strategy for the adult social care sector in the city, which "
        "covered the council's own staff and the estimated 6,800 people employed by "
        "independent care providers. Vacancy rates in the independent sector stood at 9.4 "
        "per cent and turnover at 27 per cent. The strategy proposed a shared recruitment "
        "portal, a care academy with Ashbridge College and a career pathway from care "
        "worker to registered manager. " + STD,
    ], "RESOLVED – That the Panel recommends to the Cabinet Member for Adult Care and "
       "Health that (1) the workforce strategy include a target for reducing turnover "
       "among care workers employed by independent providers; and (2) progress on the care "
       "academy be reported to the Panel every six months."),
    ("34", "Work programme 2025/26", [
        "The Senior Scrutiny and Democratic Services Officer presented the Panel's work "
        "programme. Members suggested that an item on hospital discharge and the use of "
        "short-term care home beds be added for the February meeting.",
    ], "RESOLVED – That the work programme for 2025/26 be agreed, subject to the addition "
       "of an item on hospital discharge at the meeting on 10 February 2026."),
]

# (item, question, member, answer, officer, kind, themes, q_phrase, a_phrase)
QA = [
    ("30",
     "How many people would have to change their carer because their current provider "
     "had not won a contract, and how would they be supported through the change?",
     "Councillor Aisha Rahman",
     "Around 640 people currently received care from providers that had not been "
     "successful. Each would be contacted by a named care coordinator, and where a "
     "care worker wished to move with their clients, TUPE would apply.",
     "Head of Commissioning, Contracts and Market Management – Adults",
     "question", ["subcontracting", "adult-social-care"],
     "how many people would have to change their carer because their current provider",
     "each would be contacted by a named care coordinator"),
    ("30",
     "Was the Real Living Wage requirement affordable within the price submitted by the "
     "lead providers, and what would happen if a provider could not sustain it?",
     "Councillor David Pemberton",
     "The evaluated prices had been tested against a cost of care model that included the "
     "Real Living Wage, travel time and mileage. Contracts allowed an annual uplift and "
     "the council could step in if a provider failed.",
     "Head of Commissioning, Contracts and Market Management – Adults",
     "question", ["finance", "workforce", "subcontracting"],
     "was the real living wage requirement affordable within the price submitted",
     "tested against a cost of care model that included the real living wage"),
    ("30",
     "Members were concerned that a seven-year contract with a small number of large "
     "private companies would leave the council with no alternative if quality fell.",
     "Councillor Tom Whitcombe",
     "The break clause at year four and the secondary providers in each zone gave the "
     "council options; a small in-house reablement team would also be retained.",
     "Strategic Director of Adult Social Care, Health and Wellbeing",
     "concern", ["privatisation", "subcontracting"],
     "a seven year contract with a small number of large private companies",
     "a small in-house reablement team would also be retained"),
    ("31",
     "Why were quit rates among pregnant women still below target, and what was being "
     "done with the maternity service?",
     "Councillor Helen Dacre",
     "A specialist tobacco dependence midwife had been in post at Ashbridge Royal Infirmary "
     "since June, and every pregnant smoker was now offered carbon monoxide testing at "
     "booking.",
     "Director of Public Health",
     "question", ["public-health"],
     "why were quit rates among pregnant women still below target",
     "a specialist tobacco dependence midwife had been in post"),
    ("31",
     "Had bringing the service in-house saved money compared with the previous contract?",
     "Councillor Gareth Lloyd-Evans",
     "The in-house service cost £84,000 a year less than the final year of the previous "
     "contract, mainly because it no longer paid a management fee, and it was reaching more "
     "people.",
     "Director of Public Health",
     "question", ["privatisation", "finance", "public-health"],
     "had bringing the service in-house saved money compared with the previous contract",
     "it no longer paid a management fee, and it was reaching more people"),
    ("31",
     "Could the Panel see the views of service users on the new service, particularly "
     "young people who vape?",
     "Councillor Priya Sandhu",
     "A survey of 300 service users had been carried out in the summer and the results "
     "would be circulated to Members; a youth panel was being set up with schools.",
     "Director of Public Health",
     "request", ["patient-and-public-input", "public-health", "children-and-families"],
     "could the panel see the views of service users on the new service",
     "a survey of 300 service users had been carried out in the summer"),
    ("32",
     "How long were people waiting between referral and a first appointment with "
     "community mental health teams, and was the wait longer for younger adults?",
     "Councillor Margaret Okafor",
     "The median wait was eleven weeks, but the ICB did not yet publish waits by age "
     "group; it would look into providing these figures.",
     "Director of Strategy and Partnerships, North Vale Integrated Care Board",
     "question", ["mental-health"],
     "how long were people waiting between referral and a first appointment",
     "the median wait was eleven weeks, but the icb did not yet publish"),
    ("32",
     "Who would run the neighbourhood mental health centre in Eastgate, and had any part "
     "of it been contracted out to a voluntary sector partner?",
     "Councillor Tom Whitcombe",
     "The centre would be run by Vale Partnership NHS Foundation Trust, with the peer "
     "support and crisis café elements subcontracted to Mind in Ashbridge under a "
     "three-year agreement.",
     "Director of Strategy and Partnerships, North Vale Integrated Care Board",
     "question", ["subcontracting", "mental-health"],
     "who would run the neighbourhood mental health centre in eastgate",
     "the centre would be run by vale partnership nhs foundation trust"),
    ("32",
     "Members commented that GP practices in the west of the city had not yet been given "
     "a mental health practitioner and felt left behind.",
     "Councillor Aisha Rahman",
     "—",
     "",
     "comment", ["primary-care", "mental-health"],
     "gp practices in the west of the city had not yet been given",
     None),
    ("33",
     "What was being done to retain international recruits once their visa sponsorship "
     "ended, given changes to the immigration rules?",
     "Councillor Helen Dacre",
     "The council was working with providers on a pastoral support offer and had funded "
     "English language courses; about 1,100 care workers in the city were on sponsored "
     "visas.",
     "Strategic Director of Adult Social Care, Health and Wellbeing",
     "question", ["workforce"],
     "what was being done to retain international recruits once their visa sponsorship",
     "the council was working with providers on a pastoral support offer"),
    ("33",
     "Members asked that the strategy include a target to reduce turnover in the "
     "independent sector, not only for council staff.",
     "Councillor David Pemberton",
     "The Strategic Director agreed that a sector-wide turnover target could be included "
     "in the final version.",
     "Strategic Director of Adult Social Care, Health and Wellbeing",
     "request", ["workforce", "adult-social-care"],
     "include a target to reduce turnover in the independent sector",
     "a sector wide turnover target could be included in the final version"),
    ("33",
     "Had carers and people who receive care been involved in drawing up the strategy?",
     "Councillor Priya Sandhu",
     "Two workshops had been held with the Carers' Network and Healthwatch Ashbridge, and "
     "a co-production group would oversee the care academy curriculum.",
     "Cabinet Member for Adult Care and Health",
     "question", ["patient-and-public-input", "adult-social-care"],
     "had carers and people who receive care been involved in drawing up the strategy",
     "two workshops had been held with the carers network and healthwatch ashbridge"),
]

RES_META = {
    "29": ("be confirmed as a correct record and signed by the Chair", "agreed", []),
    "30": ("a report on the first six months of the zoned contracts", "agreed",
           ["subcontracting", "adult-social-care"]),
    "31": ("the annual report of the stop smoking and vaping support service", "noted",
           ["public-health"]),
    "32": ("asking for a breakdown of waiting times for community mental health services",
           "agreed", ["mental-health"]),
    "33": ("include a target for reducing turnover among care workers employed by",
           "recommended", ["workforce", "adult-social-care"]),
    "34": ("subject to the addition of an item on hospital discharge", "agreed",
           ["adult-social-care"]),
}


def build_d1():
    pdf = Doc()
    pdf.header_text = "Health Scrutiny Panel – 14 October 2025"
    pdf.add_page()
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.src.append(COUNCIL)
    pdf.set_font("DV", "B", 12.5)
    pdf.cell(0, 7, "HEALTH SCRUTINY PANEL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    line = ("Minutes of the meeting held on Tuesday, 14 October 2025 at 6.00 pm in "
            "Committee Room 2, The Guildhall, Ashbridge")
    pdf.multi_cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.src += ["HEALTH SCRUTINY PANEL", line]
    pdf.ln(5)
    pdf.labelled("Present:", ATT_PRESENT)
    pdf.labelled("Also present:", ATT_ALSO)
    pdf.labelled("Officers:", ATT_OFFICERS)
    pdf.labelled("Apologies:", ATT_APOL)
    pdf.ln(2)
    pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y())
    pdf.ln(4)
    for num, title, paras, res in ITEMS:
        pdf.heading(f"{num}.   {title.upper()}")
        for p in paras:
            pdf.para(p)
        if res:
            pdf.para(res, style="B")
        pdf.ln(1.5)

    # Appendix A
    pdf.add_page()
    pdf.heading("Appendix A – Members' questions and answers", size=12)
    pdf.para("Questions put by Members of the Panel on the reports at Minutes 30 to 33 and "
             "the answers given at the meeting. The Item column gives the minute number.",
             style="I", size=9, align="L")
    pdf.set_font("DV", "", 8.5)
    rows = [("No.", "Item", "Question (Member)", "Answer (Officer)")]
    for i, (item, q, who, a, off, *_rest) in enumerate(QA, 1):
        qcell = f"{q} ({who})"
        acell = a if not off else f"{a} ({off})"
        rows.append((str(i), item, qcell, acell))
        pdf.src += [f"{i}", item, qcell, acell]
    heading_style = FontFace(emphasis="BOLD", fill_color=(215, 215, 215))
    with pdf.table(col_widths=(9, 11, 75, 75), text_align=("CENTER", "CENTER", "LEFT", "LEFT"),
                   headings_style=heading_style, line_height=4.3, repeat_headings=1,
                   padding=1.4) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(6)
    pdf.set_font("DV", "", 9.5)
    end = "The meeting closed at 8.12 pm."
    pdf.cell(0, 5, end, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Chair ..........................................    Date ..................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.src.append(end)
    pdf.output(str(DOCS / D1))
    return "\n".join(pdf.src)


def gold_d1():
    items = [{"number": n, "title": t} for n, t, _p, _r in ITEMS]
    questions = []
    for item, q, who, a, off, kind, themes, qp, ap in QA:
        questions.append({"item": item, "kind": kind, "text": qp, "asked_by": who,
                          "answer": ap, "given_by": off or None, "themes": themes})
    resolutions = []
    for n, _t, _p, res in ITEMS:
        if res:
            phrase, outcome, themes = RES_META[n]
            resolutions.append({"item": n, "text": phrase, "outcome": outcome,
                                "themes": themes})
    att = []
    for nm, role in [("Councillor Margaret Okafor", "Chair"),
                     ("Councillor David Pemberton", "Vice-Chair"),
                     ("Councillor Aisha Rahman", None), ("Councillor Tom Whitcombe", None),
                     ("Councillor Helen Dacre", None), ("Councillor Gareth Lloyd-Evans", None),
                     ("Councillor Priya Sandhu", None)]:
        att.append({"name": nm, "role": role, "attendance": "present"})
    att.append({"name": "Councillor Stephen Marlowe",
                "role": "Cabinet Member for Adult Care and Health",
                "attendance": "in_attendance"})
    att.append({"name": "Karen Leung",
                "role": "Director of Strategy and Partnerships, North Vale Integrated Care Board",
                "attendance": "in_attendance"})
    for nm, role in [("Dr Fiona Calder", "Director of Public Health"),
                     ("Neil Harrow", "Strategic Director of Adult Social Care, Health and Wellbeing"),
                     ("Joanne Pryce", "Head of Commissioning, Contracts and Market Management – Adults"),
                     ("Sam Otieno", "Senior Scrutiny and Democratic Services Officer")]:
        att.append({"name": nm, "role": role, "attendance": "in_attendance"})
    for nm in ["Councillor Bernard Fitch", "Councillor Leanne Cho"]:
        att.append({"name": nm, "role": None, "attendance": "apologies"})
    return {"document": D1, "doc_type": "minutes", "committee": "Health Scrutiny Panel",
            "meeting_date": "2025-10-14", "items": items, "questions": questions,
            "resolutions": resolutions, "attendees": att}


# =====================================================================
# Document 2: work programme (not minutes)
# =====================================================================
D2 = "ft-ashbridge-health-scrutiny-panel-work-programme-2025-26.pdf"

WP = [
    ("10 June 2025", "Annual report of the Director of Public Health 2024/25",
     "Dr Fiona Calder, Director of Public Health",
     "• What are the widest gaps in healthy life expectancy between wards?\n"
     "• How will the shrinking public health grant affect prevention work?"),
    ("9 September 2025", "Adult social care Local Account and CQC assessment",
     "Neil Harrow, Strategic Director of Adult Social Care, Health and Wellbeing",
     "• What did the CQC say about waiting lists for assessments?\n"
     "• How are carers' views reflected in the improvement plan?"),
    ("14 October 2025", "Recommissioning of home care services",
     "Joanne Pryce, Head of Commissioning, Contracts and Market Management – Adults",
     "• How will people be moved safely between providers?\n"
     "• Are the contract prices sustainable at the Real Living Wage?"),
    ("14 October 2025", "Community mental health transformation (North Vale ICB)",
     "Karen Leung, Director of Strategy and Partnerships, North Vale ICB",
     "• How long are people waiting for a first appointment?\n"
     "• How will the neighbourhood centres link with GP practices?"),
    ("2 December 2025", "Budget proposals 2026/27 – adults and health",
     "Mark Ellery, Finance Business Partner (People)",
     "• Which savings proposals affect front-line care?\n"
     "• What is the risk of an overspend on care packages?"),
    ("10 February 2026", "Hospital discharge and short-term care home beds",
     "Neil Harrow and Ashbridge Royal Infirmary discharge lead",
     "• Why are delayed discharges higher than in comparable cities?\n"
     "• Is the Better Care Fund being used for the right services?"),
    ("24 March 2026", "Children and young people's emotional wellbeing (CAMHS)",
     "Director of Children's Services and North Vale ICB",
     "• How long do children wait for CAMHS treatment?\n"
     "• What support is there in schools while they wait?"),
    ("To be scheduled", "Temporary accommodation and health of homeless households",
     "Head of Housing Options",
     "• How is the health of families in temporary accommodation monitored?"),
]


def build_d2():
    pdf = Doc(orientation="L")
    pdf.footer_initials = False
    pdf.set_auto_page_break(True, margin=18)
    pdf.header_text = "Health Scrutiny Panel – Work programme 2025/26"
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    t = "Health Scrutiny Panel – Scrutiny Panel work programme 2025/26"
    pdf.cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.src.append(t)
    pdf.para("Updated 21 October 2025 following the Panel meeting on 14 October 2025. "
             "The programme is kept under review by the Chair and Vice-Chair and may be "
             "changed at each meeting. Contact: Sam Otieno, Senior Scrutiny and Democratic "
             "Services Officer, scrutiny@ashbridge.gov.uk.", size=9, align="L")
    pdf.set_font("DV", "", 8.5)
    heading_style = FontFace(emphasis="BOLD", fill_color=(200, 220, 235))
    with pdf.table(col_widths=(28, 70, 70, 89), text_align="LEFT",
                   headings_style=heading_style, line_height=4.4, padding=1.6) as table:
        row = table.row()
        for c in ("Meeting date", "Topic", "Lead officer(s)", "Key questions"):
            row.cell(c)
        for r in WP:
            row = table.row()
            for c in r:
                row.cell(c)
            pdf.src += list(r)
    pdf.ln(4)
    pdf.para("Items marked 'To be scheduled' will be allocated a date once the report "
             "authors have confirmed availability. Members may suggest further topics to "
             "the Chair at any time.", size=8.5, style="I", align="L")
    pdf.output(str(DOCS / D2))
    return "\n".join(pdf.src)


def gold_d2():
    return {"document": D2, "doc_type": "other",
            "themes": ["public-health", "adult-social-care", "subcontracting", "mental-health",
                       "finance", "children-and-families", "housing", "governance"]}


def phrases(g):
    out = []
    for q in g.get("questions", []):
        out.append(q["text"])
        if q["answer"]:
            out.append(q["answer"])
    for r in g.get("resolutions", []):
        out.append(r["text"])
    return out


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    src1 = build_d1()
    src2 = build_d2()
    golds = [(gold_d1(), src1), (gold_d2(), src2)]
    ok = True
    for g, src in golds:
        if "--check" not in sys.argv:
            name = Path(g["document"]).with_suffix(".json").name
            (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
        ns = norm(src)
        for p in phrases(g):
            words = len(p.split())
            c = ns.count(norm(p))
            if c != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {g['document']}: {c} hits, {words} words: {p!r}")
    if "--check" in sys.argv:
        # gold files on disk must equal what this script would write
        for g, _s in golds:
            name = Path(g["document"]).with_suffix(".json").name
            disk = json.loads((GOLD / name).read_text())
            if disk != g:
                ok = False
                print(f"FAIL gold file out of date: {name}")
        print("check passed" if ok else "check FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
