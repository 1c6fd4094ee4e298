#!/usr/bin/env python3
"""Build the "dt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dt.py           build documents/dt-* and gold/dt-*.json
        build_dt.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"
SUP = {1: "\u00b9", 2: "\u00b2", 3: "\u00b3"}

# ---------------------------------------------------------------------------
# Document 1: typeset report PDF with 3.1 paragraphs and footnoted written answers
# ---------------------------------------------------------------------------

PDF_NAME = "dt-thornbury-vale-hasc-2025-10-14.pdf"
COUNCIL1 = "Thornbury Vale Borough Council"
COMMITTEE1 = "Health and Adult Social Care Scrutiny Committee"

# Each item: (number, title, [blocks]); block = ("p", text, footnote or None) |
# ("res", [clauses]) | ("plain", text)
ITEMS1 = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Ian Rudd and Councillor "
              "Faye Brennan. Councillor Lena Moorcroft attended as substitute for Councillor "
              "Rudd.", None),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Sandra Whitlow declared a non-pecuniary interest in item 5 as a "
              "family member was employed by a home care agency operating in the borough. "
              "She remained in the meeting and took part in the discussion.", None),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("res", ["That the minutes of the meeting held on 9 September 2025 be confirmed as "
                 "a correct record and signed by the Chair."]),
    ]),
    ("4", "Winter Preparedness 2025/26 \u2013 Vale and Downs Integrated Care Board", [
        ("p", "Joanne Farrier, Chief Nursing Officer, Vale and Downs Integrated Care Board, "
              "introduced the report, which set out the system\u2019s winter plan, the "
              "additional capacity to be opened from November and the lessons drawn from "
              "the previous winter, when the acute trust had declared critical incidents on "
              "four occasions.", None),
        ("p", "Councillor Priya Vance asked what the uptake of flu vaccination among "
              "care home staff had been last winter and what was being done to raise it. The "
              "Director of Public Health replied that uptake had reached only 38 per cent, "
              "and that peripatetic vaccination teams would visit every care home in the "
              "borough before the end of November.", None),
        ("p", "Councillor Tom Eckersley asked how many escalation beds had been "
              "commis" + SHY + "sioned from private providers last winter and at what cost per "
              "bed night. The Chief Nursing Officer undertook to provide the figures after "
              "the meeting.",
         "Written answer from the Head of System Flow, Vale and Downs ICB: forty-two "
         "escalation beds were purchased from three independent hospitals between December "
         "and March at an average cost of \u00a3612 per bed night."),
        ("p", "Concerns were expressed by Councillor Dennis Halloran about ambulance "
              "handover delays outside Thornbury General Hospital, which residents had "
              "raised with him repeatedly. The Chief Nursing Officer explained that a "
              "forty-five minute release standard had been agreed with the ambulance "
              "service and that a new receiving area would open in December.", None),
        ("res", ["That the winter plan and the additional capacity proposed be noted.",
                 "That the Integrated Care Board be asked to report on handover delays at "
                 "the February 2026 meeting."]),
    ]),
    ("5", "Recommissioning of Home Care Services", [
        ("p", "Aled Morgan, Head of Commissioning and Contract Management, presented the "
              "report on the proposed recom" + SHY + "missioning of home care through a "
              "zoned framework of lead providers, to start in April 2026.", None),
        ("p", "Councillor Gareth Pryce asked whether an in-house option had been costed "
              "before the decision to go out to tender was taken. The Head of Commissioning "
              "and Contract Management replied that an options appraisal had been "
              "completed in June, and that a council-run service had been judged to cost "
              "about 18 per cent more.", None),
        ("p", "Councillor Lena Moorcroft asked what hourly rate the council currently paid "
              "to framework providers and how it compared with neighbouring authorities.",
         "Written answer from the Head of Commissioning and Contract Management: the "
         "current standard rate is \u00a324.10 an hour, against a regional median of "
         "\u00a325.35."),
        ("p", "Councillor Sandra Whitlow raised concerns that care workers transferring "
              "between providers would lose their terms and conditions. The Director of "
              "Adult Social Care and Health Partnerships explained that TUPE would apply "
              "and that the specification would require payment of the real living wage.",
         None),
        ("res", ["That Cabinet be recommended to proceed with the zoned lead provider model "
                 "for home care.",
                 "That Cabinet be recommended to publish the options appraisal before the "
                 "contract award."]),
    ]),
    ("6", "Public Health Grant 2025/26 and the Stop Smoking Service", [
        ("p", "Dr Helen Strachan, Director of Public Health, introduced the report, which "
              "described the allocation of the ring-fenced grant and the performance of "
              "the stop smoking service.", None),
        ("p", "The Chair asked whether the additional grant for stop smoking services would "
              "be recurrent. The Director of Public Health replied that the government had "
              "confirmed the funding for two years only, so the new advisers had been "
              "appointed on fixed-term contracts.", None),
        ("p", "Councillor Dennis Halloran asked how many people from the most deprived wards "
              "had quit smoking through the service in the last year.",
         "Written answer from the Head of Health Improvement: 1,146 people set a quit date "
         "and 512 had quit at four weeks, of whom 301 lived in the most deprived wards."),
        ("p", "Councillor Priya Vance commented that the in" + SHY + "equalities in smoking "
              "prevalence between wards remained stark and should be a standing measure in "
              "future performance reports.", None),
        ("res", ["That the report and the stop smoking service performance data be noted."]),
    ]),
    ("7", "Healthwatch Thornbury Vale \u2013 Experiences of Hospital Discharge", [
        ("p", "Colin Adebayo, Manager of Healthwatch Thornbury Vale, presented the findings "
              "of its survey of 214 patients and carers discharged from hospital in the "
              "spring.", None),
        ("p", "Councillor Tom Eckersley sought clarification on why so few respondents had "
              "received a copy of their discharge plan. Mr Adebayo explained that most had "
              "been discharged at weekends when the discharge coordinators were not on "
              "duty.", None),
        ("p", "Councillor Gareth Pryce requested that the Director report back on how many "
              "care packages had started on the day of discharge. The Director of Adult "
              "Social Care and Health Partnerships agreed to include this in the next "
              "quarterly performance report.", None),
        ("res", ["That the Healthwatch recommendations be endorsed and referred to the "
                 "Integrated Care Board and the acute trust for a response within two "
                 "months."]),
    ]),
    ("8", "Work Programme", [
        ("p", "The Committee considered its work programme for the remainder of the "
              "municipal year.", None),
        ("res", ["That the work programme be agreed, subject to the addition of an item on "
                 "access to NHS dentistry in March 2026."]),
    ]),
]

ATTEND1 = [
    ("Present:", "Councillor Margaret Okafor (Chair), Councillor Dennis Halloran "
                 "(Vice-Chair), Councillor Tom Eckersley, Councillor Lena Moorcroft "
                 "(substitute for Councillor Ian Rudd), Councillor Gareth Pryce, Councillor "
                 "Priya Vance and Councillor Sandra Whitlow."),
    ("Also present:", "Dr Helen Strachan (Director of Public Health), Mark Tillotson "
                      "(Director of Adult Social Care and Health Partnerships), Aled Morgan "
                      "(Head of Commissioning and Contract Management), Joanne Farrier "
                      "(Chief Nursing Officer, Vale and Downs Integrated Care Board), Colin "
                      "Adebayo (Manager, Healthwatch Thornbury Vale) and Ruth Bannerman "
                      "(Democratic Services Officer)."),
    ("Apologies:", "Councillor Ian Rudd and Councillor Faye Brennan."),
]


class MinutesPDF(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.footnotes = {}  # page -> [(n, text)]
        self.source = []

    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 5, COUNCIL1)
        self.cell(85, 5, COMMITTEE1 + " \u2013 14 October 2025", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        notes = self.footnotes.get(self.page_no(), [])
        if notes:
            self.set_y(self.h - 50)
            self.set_draw_color(0, 0, 0)
            self.line(20, self.get_y(), 60, self.get_y())
            self.ln(2)
            for n, text in notes:
                self.set_font("Serif", "", 7.5)
                self.set_x(20)
                self.multi_cell(170, 3.6, f"{n} {shy(text)}", align="J")
                self.ln(1)
        self.set_y(-14)
        self.set_font("Serif", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(60, 5, f"Page {self.page_no()}")
        self.cell(110, 5, "Chairman\u2019s initials ..........", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf():
    pdf = MinutesPDF()
    for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                     ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, FONT + f)
    pdf.set_creation_date(datetime(2025, 10, 20, 9, 0, tzinfo=timezone.utc))
    pdf.set_title(COMMITTEE1 + " minutes 14 October 2025")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=54)
    pdf.add_page()
    src = pdf.source

    def para(text, size=10, style="", h=5, indent=0, after=2.5):
        pdf.set_font("Serif", style, size)
        pdf.set_x(20 + indent)
        pdf.multi_cell(170 - indent, h, text, align="J")
        pdf.ln(after)
        src.append(text.replace(SHY, ""))

    para(COUNCIL1.upper(), 13, "B", 7, after=0)
    para(COMMITTEE1, 12, "B", 6, after=1)
    para("Minutes of the meeting held in the Council Chamber, Vale House, Thornbury, on "
         "Tuesday 14 October 2025 at 6.30 pm", 10, "I", 5, after=4)
    for label, names in ATTEND1:
        pdf.set_font("Serif", "B", 10)
        pdf.set_x(20)
        pdf.multi_cell(170, 5, f"**{label}** " + names, align="J", markdown=True)
        pdf.ln(2)
        src.append(label + " " + names)
    pdf.ln(3)

    fn = 0
    for num, title, blocks in ITEMS1:
        if pdf.get_y() > pdf.h - 80:
            pdf.add_page()
        pdf.set_font("Serif", "B", 11)
        pdf.set_x(20)
        pdf.cell(12, 6, num)
        pdf.multi_cell(158, 6, title)
        pdf.ln(1.5)
        src.append(f"{num} {title}")
        sub = 0
        for b in blocks:
            if b[0] == "p":
                sub += 1
                text, note = b[1], b[2]
                label = f"{num}.{sub}"
                if note:
                    fn += 1
                    text = text + SUP[fn]
                pdf.set_font("Serif", "", 10)
                pdf.set_x(20)
                y0 = pdf.get_y()
                pdf.cell(12, 5, label)
                pdf.set_xy(32, y0)
                pdf.multi_cell(158, 5, shy(text), align="J")
                pdf.ln(2.5)
                src.append(label + " " + text.replace(SHY, ""))
                if note:
                    pdf.footnotes.setdefault(pdf.page_no(), []).append((fn, note))
                    src.append(f"{fn} {note}")
            elif b[0] == "res":
                pdf.set_font("Serif", "B", 10)
                pdf.set_x(32)
                pdf.cell(0, 5, "RESOLVED:")
                pdf.ln(6)
                src.append("RESOLVED:")
                clauses = b[1]
                for i, c in enumerate(clauses):
                    lab = "(" + "abcdefgh"[i] + ")" if len(clauses) > 1 else ""
                    pdf.set_font("Serif", "", 10)
                    y0 = pdf.get_y()
                    if lab:
                        pdf.set_x(32)
                        pdf.cell(9, 5, lab)
                        pdf.set_xy(41, y0)
                        pdf.multi_cell(149, 5, shy(c), align="J")
                    else:
                        pdf.set_x(32)
                        pdf.multi_cell(158, 5, shy(c), align="J")
                    pdf.ln(1.5)
                    src.append(f"{lab} {c}")
                pdf.ln(2)
        pdf.ln(3)
    para("The meeting closed at 8.52 pm.", 10, "I")
    para("Chair ........................................   Date ....................", 10)
    pdf.output(str(DOCS / PDF_NAME))
    return "\n".join(src)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD1 = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE1,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS1],
    "questions": [
        q("4", "question", "what the uptake of flu vaccination among care home staff had been",
          "Councillor Priya Vance", "uptake had reached only 38 per cent",
          "The Director of Public Health", ["public-health", "adult-social-care", "workforce"]),
        q("4", "question", "how many escalation beds had been commissioned from private providers",
          "Councillor Tom Eckersley",
          "forty-two escalation beds were purchased from three independent hospitals",
          "Head of System Flow, Vale and Downs ICB",
          ["subcontracting", "privatisation", "finance"]),
        q("4", "concern", "about ambulance handover delays outside Thornbury General Hospital",
          "Councillor Dennis Halloran",
          "a forty-five minute release standard had been agreed with the ambulance service",
          "The Chief Nursing Officer", []),
        q("5", "question", "asked whether an in-house option had been costed before the decision",
          "Councillor Gareth Pryce",
          "a council-run service had been judged to cost about 18 per cent more",
          "The Head of Commissioning and Contract Management",
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("5", "question", "what hourly rate the council currently paid to framework providers",
          "Councillor Lena Moorcroft",
          "the current standard rate is £24.10 an hour, against a regional median",
          "Head of Commissioning and Contract Management",
          ["finance", "subcontracting", "adult-social-care"]),
        q("5", "concern", "care workers transferring between providers would lose their terms and conditions",
          "Councillor Sandra Whitlow",
          "TUPE would apply and that the specification would require payment",
          "The Director of Adult Social Care and Health Partnerships",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "question", "whether the additional grant for stop smoking services would be recurrent",
          "The Chair",
          "confirmed the funding for two years only, so the new advisers",
          "The Director of Public Health", ["finance", "public-health", "workforce"]),
        q("6", "question", "how many people from the most deprived wards had quit smoking",
          "Councillor Dennis Halloran",
          "1,146 people set a quit date and 512 had quit at four weeks",
          "Head of Health Improvement", ["public-health"]),
        q("6", "comment", "inequalities in smoking prevalence between wards remained stark",
          "Councillor Priya Vance", None, None, ["public-health"]),
        q("7", "question", "why so few respondents had received a copy of their discharge plan",
          "Councillor Tom Eckersley",
          "most had been discharged at weekends when the discharge coordinators",
          "Mr Adebayo", ["adult-social-care", "patient-and-public-input"]),
        q("7", "request", "report back on how many care packages had started on the day of discharge",
          "Councillor Gareth Pryce",
          "agreed to include this in the next quarterly performance report",
          "The Director of Adult Social Care and Health Partnerships",
          ["adult-social-care"]),
    ],
    "resolutions": [
        r("3", "minutes of the meeting held on 9 September 2025 be confirmed", "agreed", []),
        r("4", "That the winter plan and the additional capacity proposed be noted", "agreed", []),
        r("5", "Cabinet be recommended to proceed with the zoned lead provider model",
          "recommended", ["subcontracting", "adult-social-care"]),
        r("6", "report and the stop smoking service performance data be noted", "noted", ["public-health"]),
        r("7", "That the Healthwatch recommendations be endorsed and referred to the Integrated Care Board",
          "agreed", ["patient-and-public-input", "adult-social-care"]),
        r("8", "work programme be agreed, subject to the addition of an item",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Councillor Margaret Okafor", "Chair", "present"),
        a("Councillor Dennis Halloran", "Vice-Chair", "present"),
        a("Councillor Tom Eckersley", None, "present"),
        a("Councillor Lena Moorcroft", "substitute for Councillor Ian Rudd", "present"),
        a("Councillor Gareth Pryce", None, "present"),
        a("Councillor Priya Vance", None, "present"),
        a("Councillor Sandra Whitlow", None, "present"),
        a("Dr Helen Strachan", "Director of Public Health", "in_attendance"),
        a("Mark Tillotson", "Director of Adult Social Care and Health Partnerships", "in_attendance"),
        a("Aled Morgan", "Head of Commissioning and Contract Management", "in_attendance"),
        a("Joanne Farrier", "Chief Nursing Officer, Vale and Downs Integrated Care Board", "in_attendance"),
        a("Colin Adebayo", "Manager, Healthwatch Thornbury Vale", "in_attendance"),
        a("Ruth Bannerman", "Democratic Services Officer", "in_attendance"),
        a("Councillor Ian Rudd", None, "apologies"),
        a("Councillor Faye Brennan", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: printed-minutes HTML with Speaker | Summary tables
# ---------------------------------------------------------------------------

HTML_NAME = "dt-ashcombe-adults-health-housing-panel-2025-11-20.html"
COUNCIL2 = "Ashcombe District Council"
COMMITTEE2 = "Adults, Health and Housing Scrutiny Panel"

ITEMS2 = [
    ("14", "Apologies and Substitutes",
     "<p>Apologies for absence were received from Councillor Neil Garside. There were no "
     "substitutes.</p>", [], []),
    ("15", "Declarations of Interest",
     "<p>There were no declarations of interest.</p>", [], []),
    ("16", "Minutes of the Previous Meeting", "", [],
     ["That the minutes of the meeting held on 2 October 2025 be approved as a correct "
      "record."]),
    ("17", "Temporary Accommodation Pressures",
     "<p>The Head of Housing Options introduced the report, which showed that 188 households "
     "were in temporary accommodation at the end of September, an increase of 31 per cent "
     "on the previous year.</p>",
     [("Cllr Asante", "Asked whether any families with children had been placed in bed and "
                      "breakfast for longer than the six-week legal limit."),
      ("Head of Housing Options", "Explained that eleven families had exceeded six weeks in "
                                  "September, all of whom had since been moved to "
                                  "self-contained units."),
      ("Cllr Dunmore", "Raised concern about the rising cost of nightly paid accommodation "
                       "procured from private landlords outside the district."),
      ("Head of Housing Options", "Said that the net cost to the council was forecast at "
                                  "£1.9 million this year and that a leasing scheme would "
                                  "reduce reliance on nightly paid units."),
      ("Cllr Siddiq", "Requested a ward-by-ward breakdown of households placed out of the "
                      "district since April."),
      ("Head of Housing Options", "Agreed to circulate the breakdown to the Panel before "
                                  "the next meeting."),
      ("Cllr Kell", "Commented that the shortage of social rented homes was the underlying "
                    "cause and that the Panel should look at the housing delivery programme "
                    "in the new year.")],
     ["That the report on temporary accommodation pressures be noted.",
      "That the Head of Housing Options circulate the ward breakdown of out-of-district "
      "placements to all Panel members."]),
    ("18", "Adult Social Care Charging Policy \u2013 Proposed Consultation",
     "<p>The Director of Adult Services presented proposals to consult on changes to the "
     "charging policy for non-residential care, including a flat-rate charge for "
     "day services.</p>",
     [("Cllr Vane", "Asked how carers and people who lacked internet access would be able "
                    "to take part in the consultation."),
      ("Director of Adult Services", "Explained that paper questionnaires would be posted to "
                                     "every person currently charged and that four drop-in "
                                     "sessions would be held in libraries."),
      ("Cllr Tapper (Chair)", "Asked whether an equality impact assessment had been "
                              "completed for the flat-rate day services charge."),
      ("Director of Adult Services", "Confirmed that a draft assessment had been prepared "
                                     "and would be published alongside the consultation."),
      ("Cllr Kell", "Expressed concern that the proposals would deter some older people "
                    "from attending day centres at all.")],
     ["That Cabinet be recommended to extend the consultation period from eight to twelve "
      "weeks.",
      "That Cabinet be recommended to publish the equality impact assessment with the "
      "consultation documents."]),
    ("19", "Community Health Services Procurement \u2013 Ashcombe and Weald ICB",
     "<p>Denise Fairweather, Director of Strategic Commissioning, Ashcombe and Weald "
     "Integrated Care Board, outlined the ICB\u2019s intention to procure adult community "
     "health services from April 2027.</p>",
     [("Cllr Tapper (Chair)", "Asked whether private companies would be allowed to bid "
                              "for the community services contract."),
      ("Director of Strategic Commissioning, ICB", "Explained that the Provider Selection "
                                                   "Regime allowed any qualified provider "
                                                   "to bid, but that the ICB expected NHS "
                                                   "providers to lead."),
      ("Cllr Asante", "Raised concern about what would happen to district nursing staff if "
                      "the contract moved to a new provider."),
      ("Director of Strategic Commissioning, ICB", "Said that staff would transfer under "
                                                   "TUPE with their NHS pensions "
                                                   "protected."),
      ("Cllr Dunmore", "Asked whether the Panel would be consulted before the contract "
                       "was awarded.")],
     ["That the update be noted and the ICB be invited to return before the procurement "
      "begins."]),
    ("20", "Panel Work Programme 2025/26",
     "<p>There was no discussion on this item.</p>", [],
     ["That the Panel work programme for 2025/26 be agreed as published."]),
]

ATTEND2 = [
    ("Present:", "Councillors Rosalind Tapper (Chair), Kwame Asante (Vice-Chair), "
                 "Hayley Dunmore, Bernard Kell, Imran Siddiq and Colette Vane."),
    ("In attendance:", "Sunita Rao (Director of Adult Services), Philip Garrow (Head of "
                       "Housing Options), Denise Fairweather (Director of Strategic "
                       "Commissioning, Ashcombe and Weald Integrated Care Board) and Owen "
                       "Lacey (Scrutiny Officer)."),
    ("Apologies:", "Councillor Neil Garside."),
]


def build_html():
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>Printed minutes - {e(COMMITTEE2)} - 20 November 2025</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:56em;margin:1em auto;}"
           "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;}"
           "th,td{border:1px solid #999;padding:4px 8px;vertical-align:top;text-align:left;}"
           "th{background:#e8e8e8;} td.speaker{width:28%;font-weight:bold;}"
           ".hdr{color:#555;font-size:90%;}</style>", "</head>", "<body>",
           f'<p class="hdr">{e(COUNCIL2)} &mdash; Printed minutes</p>',
           f"<h1>{e(COMMITTEE2)}</h1>",
           "<p>Minutes of the meeting held on Thursday, 20 November 2025 at 7.00 pm in "
           "Committee Room 2, Ashcombe Civic Offices.</p>"]
    for label, names in ATTEND2:
        out.append(f"<p><strong>{e(label)}</strong> {e(names)}</p>")
    out.append("<hr>")
    for num, title, intro, rows, res in ITEMS2:
        out.append(f"<h2>{num}. {e(title)}</h2>")
        if intro:
            out.append(intro)
        if rows:
            out.append("<table>")
            out.append("<thead><tr><th>Speaker</th><th>Summary</th></tr></thead><tbody>")
            for who, what in rows:
                out.append(f'<tr><td class="speaker">{e(who)}</td><td>{e(what)}</td></tr>')
            out.append("</tbody></table>")
        if res:
            out.append("<h3>Resolved</h3>")
            out.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in res) + "</ol>")
    out.append("<p>The meeting ended at 8.41 pm.</p>")
    out.append('<p class="hdr">Chair: ______________________ Date: ____________</p>')
    out.append("</body></html>")
    text = "\n".join(out) + "\n"
    (DOCS / HTML_NAME).write_text(text, encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


GOLD2 = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE2,
    "meeting_date": "2025-11-20",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS2],
    "questions": [
        q("17", "question", "families with children had been placed in bed and breakfast",
          "Cllr Asante", "eleven families had exceeded six weeks in September",
          "Head of Housing Options", ["housing", "children-and-families"]),
        q("17", "concern", "rising cost of nightly paid accommodation procured from private landlords",
          "Cllr Dunmore", "the net cost to the council was forecast at £1.9 million",
          "Head of Housing Options", ["housing", "finance"]),
        q("17", "request", "ward-by-ward breakdown of households placed out of the district",
          "Cllr Siddiq", "Agreed to circulate the breakdown to the Panel before the next meeting",
          "Head of Housing Options", ["housing"]),
        q("17", "comment", "shortage of social rented homes was the underlying cause",
          "Cllr Kell", None, None, ["housing"]),
        q("18", "question", "how carers and people who lacked internet access would be able",
          "Cllr Vane", "paper questionnaires would be posted to every person currently charged",
          "Director of Adult Services", ["patient-and-public-input", "adult-social-care"]),
        q("18", "question", "whether an equality impact assessment had been completed",
          "Cllr Tapper (Chair)",
          "a draft assessment had been prepared and would be published",
          "Director of Adult Services", ["finance", "adult-social-care"]),
        q("18", "concern", "proposals would deter some older people from attending day centres",
          "Cllr Kell", None, None, ["adult-social-care", "finance"]),
        q("19", "question", "whether private companies would be allowed to bid",
          "Cllr Tapper (Chair)",
          "the Provider Selection Regime allowed any qualified provider to bid",
          "Director of Strategic Commissioning, ICB", ["privatisation", "subcontracting"]),
        q("19", "concern", "what would happen to district nursing staff if the contract moved",
          "Cllr Asante", "staff would transfer under TUPE with their NHS pensions protected",
          "Director of Strategic Commissioning, ICB", ["workforce", "subcontracting"]),
        q("19", "question", "whether the Panel would be consulted before the contract was awarded",
          "Cllr Dunmore", None, None, ["governance", "subcontracting"]),
    ],
    "resolutions": [
        r("16", "minutes of the meeting held on 2 October 2025 be approved", "agreed", []),
        r("17", "That the report on temporary accommodation pressures be noted", "agreed", ["housing"]),
        r("18", "Cabinet be recommended to extend the consultation period from eight to twelve",
          "recommended", ["patient-and-public-input", "adult-social-care"]),
        r("19", "the update be noted and the ICB be invited to return",
          "noted", ["subcontracting"]),
        r("20", "Panel work programme for 2025/26 be agreed as published", "agreed", []),
    ],
    "attendees": [
        a("Rosalind Tapper", "Chair", "present"),
        a("Kwame Asante", "Vice-Chair", "present"),
        a("Hayley Dunmore", None, "present"),
        a("Bernard Kell", None, "present"),
        a("Imran Siddiq", None, "present"),
        a("Colette Vane", None, "present"),
        a("Sunita Rao", "Director of Adult Services", "in_attendance"),
        a("Philip Garrow", "Head of Housing Options", "in_attendance"),
        a("Denise Fairweather",
          "Director of Strategic Commissioning, Ashcombe and Weald Integrated Care Board",
          "in_attendance"),
        a("Owen Lacey", "Scrutiny Officer", "in_attendance"),
        a("Councillor Neil Garside", None, "apologies"),
    ],
}


def shy(text):
    """Offer soft hyphens in long words so justified lines break like a typeset report."""
    def cut(m):
        w = m.group(0)
        if SHY in w:
            return w
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"(?<![\w-])[a-z]{10,}(?![\w-])", cut, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(name, source, gold):
    ok = True
    src = " " + norm(source) + " "
    phrases = []
    for x in gold["questions"]:
        phrases += [("question", x["text"])] + ([("answer", x["answer"])] if x["answer"] else [])
    phrases += [("resolution", x["text"]) for x in gold["resolutions"]]
    for kind, p in phrases:
        n = len(p.split())
        count = src.count(" " + norm(p) + " ")
        if count != 1 or not 6 <= n <= 15:
            ok = False
            print(f"FAIL {name} {kind}: {count} hits, {n} words: {p!r}")
    print(f"{name}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
          f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees: "
          f"{'OK' if ok else 'FAILED'}")
    return ok


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    s1 = build_pdf()
    s2 = build_html()
    for g in (GOLD1, GOLD2):
        stem = g["document"].rsplit(".", 1)[0]
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    if "--check" in sys.argv:
        ok = check(PDF_NAME, s1, GOLD1) & check(HTML_NAME, s2, GOLD2)
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
