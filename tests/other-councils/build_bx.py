#!/usr/bin/env python3
"""Build the "bx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bx.py           build documents/bx-* and gold/bx-*.json
        build_bx.py --check   verify every gold phrase occurs once in its document

Gold phrases are marked in the source strings below as [[...]]; the markers are removed
when rendering and the enclosed words become the gold text / answer / resolution phrase.
Deterministic: fixed dates, no randomness.
"""
import datetime
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans"
COUNCIL = "Calderford Council"

MARK = re.compile(r"\[\[(.+?)\]\]")


def plain(s):
    return MARK.sub(r"\1", s)


def marks(s):
    return MARK.findall(s)


# ---------------------------------------------------------------------------
# Document 1: Adult Social Care and Health Scrutiny Commission, PDF
# ---------------------------------------------------------------------------
D1_NAME = "bx-calderford-adult-social-care-health-scrutiny-commission-2025-03-11.pdf"
D1_COMMITTEE = "Adult Social Care and Health Scrutiny Commission"
D1_DATE = "2025-03-11"

D1_MEMBERS = [
    ("Councillor Bernadette Okafor", "Chair"),
    ("Councillor Graham Tillotson", "Vice-Chair"),
    ("Councillor Amir Hussain", None),
    ("Councillor Pauline Fairbairn", None),
    ("Councillor Declan Rourke", None),
    ("Councillor Susan Whitworth", None),
    ("Councillor Harvey Lindqvist", None),
]
D1_OFFICERS = [
    ("Marcus Adeyemi", "Strategic Director of Adults, Health and Housing"),
    ("Joanne Kettlewell", "Service Director – Adult Social Care Operations"),
    ("Dr Priya Chandran", "Director of Public Health"),
    ("Liam Hargreaves", "Head of Commissioning and Market Development (Adults)"),
    ("Teresa Maddox", "Finance Business Partner – People Directorate"),
    ("Owen Pryce", "Democratic Services Officer"),
]
D1_APOLOGIES = [("Councillor Janice Stubbs", None), ("Councillor Ralph Entwistle", None)]
D1_ALSO = [
    ("Councillor Neil Garside", "Cabinet Member for Adult Social Care and Public Health"),
    ("Rachel Bellamy", "Associate Director of Strategy, NHS Calder Valley Integrated Care Board"),
    ("Stephen Akers", "Chief Executive, Healthwatch Calderford"),
]

# items: number, title, body blocks.  Block kinds:
#  ("p", text)                           plain paragraph
#  ("sub", heading, text, [rows])         bold sub-heading + paragraph with Q/A rows
#  ("agreed", [bullets], outcome, themes) "The Commission AGREED:" + bullets
# rows: (asked_by, given_by, kind, themes, answered?) consumed in order of [[..]] marks
D1_ITEMS = [
    ("12/2025", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Janice Stubbs and Councillor "
              "Ralph Entwistle. Councillor Harvey Lindqvist attended as substitute for Councillor "
              "Stubbs. There were no other substitutions."),
    ]),
    ("13/2025", "Declarations of Interest", [
        ("p", "Councillor Pauline Fairbairn declared a non-pecuniary interest in minute 15/2025 "
              "as her daughter is employed by a home care agency operating in the borough. She "
              "remained in the meeting and took part in the discussion. No other declarations "
              "were made."),
    ]),
    ("14/2025", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 21 January 2025 were submitted. With reference "
              "to minute 9/2025 the Democratic Services Officer reported that the written briefing "
              "on carers' assessments had been circulated to Members on 4 February."),
        ("agreed", ["That [[the minutes of the meeting held on 21 January 2025 be approved]] as a "
                    "correct record and signed by the Chair."], "agreed", []),
    ]),
    ("15/2025", "Recommissioning of Home Care (Care at Home Framework 2025–2030)", [
        ("p", "The Head of Commissioning and Market Development (Adults) presented a report setting "
              "out the outcome of the procurement of the new Care at Home framework, which would "
              "replace twenty-three spot contracts with eight zoned lead providers from 1 July 2025. "
              "The framework would be worth approximately £31.4m a year. The Cabinet Member for "
              "Adult Social Care and Public Health introduced the item and thanked staff for their "
              "work on the tender."),
        ("sub", "Staffing",
         "Councillor Tillotson asked [[how the new providers would recruit enough care workers "
         "when the existing agencies]] were already handing back packages; the Service Director "
         "said that [[each lead provider had submitted a workforce plan as part of its bid]], and "
         "that the hourly rate had been set so that care workers could be paid at least the Real "
         "Living Wage. Councillor Fairbairn then queried [[whether travel time between visits "
         "would be paid under the new framework]]; the Head of Commissioning said [[travel time "
         "was a contractual requirement and would be audited quarterly]].",
         [("Councillor Tillotson", "Service Director", "question", ["workforce", "subcontracting", "adult-social-care"]),
          ("Councillor Fairbairn", "Head of Commissioning", "question", ["workforce", "subcontracting", "adult-social-care"])]),
        ("sub", "Private providers",
         "Councillor Rourke asked [[what share of the framework had gone to private equity owned "
         "companies]] and whether the Council had considered an in-house service for the rural "
         "zones; the Strategic Director said [[two of the eight lead providers were owned by "
         "private equity funds]], that financial due diligence had been carried out on all "
         "bidders, and that a costed option for in-house provision in the Upper Calder zone would "
         "come to Cabinet in the autumn.",
         [("Councillor Rourke", "Strategic Director", "question", ["privatisation", "subcontracting", "adult-social-care"])]),
        ("sub", "Waiting lists",
         "Councillor Hussain asked [[how many people were currently waiting for a package of home "
         "care]]; the Service Director said [[that 142 people were waiting on 28 February]], "
         "compared with 310 a year earlier, and that nobody was waiting in hospital for home care "
         "alone. Councillor Whitworth commented that [[residents in the outlying villages still "
         "waited far longer than town residents]]; no response was recorded.",
         [("Councillor Hussain", "Service Director", "question", ["adult-social-care"]),
          ("Councillor Whitworth", None, "comment", ["adult-social-care"])]),
        ("agreed", ["That [[the outcome of the Care at Home procurement be noted]].",
                    "That the Commission receive a report on the performance of the new lead "
                    "providers six months after the contracts start.",
                    "That the costed in-house option for the Upper Calder zone be considered by "
                    "the Commission before it goes to Cabinet."], "agreed",
         ["subcontracting", "privatisation", "adult-social-care"]),
    ]),
    ("16/2025", "NHS Calder Valley ICB – Procurement of Community Health Services", [
        ("p", "Rachel Bellamy, Associate Director of Strategy, NHS Calder Valley Integrated Care "
              "Board, gave a presentation on the ICB's intention to procure adult community health "
              "services (district nursing, therapies and intermediate care) under the Provider "
              "Selection Regime when the current contract with Calder Valley Community NHS Trust "
              "expires in March 2026."),
        ("sub", "Consultation",
         "Councillor Okafor asked [[whether patients and carers had been consulted before the "
         "procurement route was chosen]]; the Associate Director said [[that an engagement "
         "exercise had run for six weeks]] and had received 412 responses, and Stephen Akers of "
         "Healthwatch Calderford added that respondents had been worried mainly about continuity "
         "of district nurses.",
         [("Councillor Okafor", "Associate Director", "question", ["patient-and-public-input", "subcontracting"])]),
        ("sub", "Substantial variation",
         "Councillor Rourke asked [[whether the Commission regarded the change as a substantial "
         "variation]] requiring formal consultation; the Democratic Services Officer advised that "
         "[[this was a matter for the Commission to decide under the regulations]], and the "
         "Associate Director said the ICB would share the draft service specification.",
         [("Councillor Rourke", "Democratic Services Officer", "question", ["governance", "patient-and-public-input"])]),
        ("sub", "Integration with social care",
         "Councillor Lindqvist requested [[that the specification require joint discharge teams "
         "with the Council]]; the Associate Director said [[joint working with reablement would be "
         "a scored quality criterion]].",
         [("Councillor Lindqvist", "Associate Director", "request", ["integration", "subcontracting", "adult-social-care"])]),
        ("agreed", ["That the presentation be noted.",
                    "That [[the Commission does not regard the proposal as a substantial "
                    "variation]] at this stage, but asks to see the draft service specification "
                    "before the invitation to tender is published.",
                    "That the Chair write to the ICB asking that joint discharge arrangements be "
                    "a condition of the contract."], "agreed",
         ["governance", "subcontracting", "integration"]),
    ]),
    ("17/2025", "Drug and Alcohol Treatment Service – Contract Extension", [
        ("p", "The Director of Public Health presented a report proposing a two-year extension of "
              "the contract with Pathways Recovery Partnership (a charity) for the integrated drug "
              "and alcohol treatment service, and explained that the extension was permitted "
              "under the contract terms."),
        ("sub", "Performance",
         "Councillor Whitworth asked [[why successful completions for opiate users had fallen "
         "below the regional average]]; the Director of Public Health said [[that the provider had "
         "lost two prescribing nurses last summer]] and that a recovery plan was in place.",
         [("Councillor Whitworth", "Director of Public Health", "question", ["public-health", "workforce"])]),
        ("sub", "Funding",
         "Councillor Hussain expressed concern that [[the grant for drug and alcohol services was "
         "confirmed only one year at a time]]; the Director of Public Health said [[the Council "
         "had lobbied for a multi-year settlement]] through the Local Government Association.",
         [("Councillor Hussain", "Director of Public Health", "concern", ["finance", "public-health"])]),
        ("agreed", ["That [[the Commission supports the proposed two-year extension of the "
                    "contract]] and recommends it to the Cabinet Member for approval.",
                    "That a report on completion rates come back in January 2026."], "recommended",
         ["public-health", "subcontracting"]),
    ]),
    ("18/2025", "Adult Social Care Budget Monitoring – Quarter 3 2024/25", [
        ("p", "The Finance Business Partner – People Directorate reported a forecast overspend of "
              "£4.2m on the adult social care budget, driven mainly by residential and nursing "
              "placements for older people."),
        ("sub", "Fees to care homes",
         "Councillor Fairbairn asked [[whether the inflationary uplift to care home fees would be "
         "enough]] to keep homes open; the Finance Business Partner said [[the proposed uplift of "
         "6.8 per cent had been modelled]] against the National Living Wage increase and employer "
         "national insurance changes.",
         [("Councillor Fairbairn", "Finance Business Partner", "question", ["finance", "adult-social-care"])]),
        ("sub", "Reserves",
         "Councillor Tillotson sought clarification on [[how much of the social care reserve "
         "would remain at year end]]; the Finance Business Partner said [[approximately £1.1m would "
         "remain uncommitted at 31 March 2025]].",
         [("Councillor Tillotson", "Finance Business Partner", "question", ["finance", "adult-social-care"])]),
        ("agreed", ["That [[the Quarter 3 budget monitoring position be noted]]."], "noted",
         ["finance", "adult-social-care"]),
    ]),
    ("19/2025", "Work Programme 2025/26", [
        ("p", "The Democratic Services Officer presented the draft work programme."),
        ("sub", "Housing for older people",
         "Councillor Okafor asked [[that extra care housing schemes be added to the programme]] "
         "for the September meeting; the Strategic Director said [[a report could be brought "
         "jointly with the Housing service]].",
         [("Councillor Okafor", "Strategic Director", "request", ["housing", "adult-social-care"])]),
        ("agreed", ["That [[the work programme be agreed subject to the addition of extra care "
                    "housing]] in September 2025."], "agreed", ["governance"]),
    ]),
]


def build_pdf():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, COUNCIL, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, D1_COMMITTEE + " – 11 March 2025", align="R")
            self.ln(4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Chair's initials ..........", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

        def multi_cell(self, *a, **k):
            k.setdefault("new_x", "LMARGIN")
            k.setdefault("new_y", "NEXT")
            return super().multi_cell(*a, **k)

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes – " + D1_COMMITTEE + " – 11 March 2025")
    pdf.set_author(COUNCIL)
    pdf.add_font("DejaVu", "", FONT + ".ttf")
    pdf.add_font("DejaVu", "B", FONT + "-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, COUNCIL.upper(), align="C")
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, D1_COMMITTEE.upper(), align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "MINUTES of the meeting held on Tuesday, 11 March 2025 at 6.00 pm in "
                   "Committee Room 2, Calderford Civic Centre", align="C")
    pdf.ln(4)

    def role_line(n, r):
        return f"{n} ({r})" if r else n

    mem = "\n".join(role_line(n, r) for n, r in D1_MEMBERS)
    off = "\n".join(f"{n}, {r}" for n, r in D1_OFFICERS)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=(0.42, 0.58), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   borders_layout="ALL", padding=2) as t:
        r = t.row()
        r.cell("Commission Members")
        r.cell("Officers")
        r = t.row()
        r.cell(mem)
        r.cell(off)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(30, 5.5, "Apologies:")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Councillors J Stubbs and R Entwistle", align="L")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(30, 5.5, "Also present:")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "; ".join(f"{n} ({r})" for n, r in D1_ALSO), align="J")
    pdf.ln(4)

    for num, title, blocks in D1_ITEMS:
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(24, 6, num)
        pdf.multi_cell(0, 6, title.upper(), align="L")
        pdf.ln(1)
        for b in blocks:
            if b[0] == "p":
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(pdf.l_margin + 24)
                pdf.multi_cell(0, 5.2, plain(b[1]), align="J")
                pdf.ln(2)
            elif b[0] == "sub":
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(pdf.l_margin + 24)
                pdf.multi_cell(0, 5.2, b[1], align="L")
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(pdf.l_margin + 24)
                pdf.multi_cell(0, 5.2, plain(b[2]), align="J")
                pdf.ln(2)
            elif b[0] == "agreed":
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(pdf.l_margin + 24)
                pdf.multi_cell(0, 5.2, "The Commission AGREED:", align="L")
                pdf.set_font("DejaVu", "", 10)
                for bl in b[1]:
                    pdf.set_x(pdf.l_margin + 28)
                    pdf.cell(5, 5.2, "•")
                    pdf.multi_cell(0, 5.2, plain(bl), align="J")
                    pdf.ln(0.8)
                pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.multi_cell(0, 5, "The meeting closed at 8.12 pm.", align="L")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Chair ....................................      Date ....................", align="L")
    pdf.output(str(DOCS / D1_NAME))


def gold_d1():
    items, qs, res = [], [], []
    for num, title, blocks in D1_ITEMS:
        items.append({"number": num, "title": title})
        for b in blocks:
            if b[0] == "sub":
                m = marks(b[2])
                rows = b[3]
                i = 0
                for asked, given, kind, th in rows:
                    q = m[i]
                    a = m[i + 1] if given else None
                    i += 2 if given else 1
                    qs.append({"item": num, "kind": kind, "text": q, "asked_by": asked,
                               "answer": a, "given_by": given, "themes": th})
                assert i == len(m), (b[1], m)
            elif b[0] == "agreed":
                m = [x for bl in b[1] for x in marks(bl)]
                assert len(m) == 1
                res.append({"item": num, "text": m[0], "outcome": b[2], "themes": b[3]})
    att = [{"name": n, "role": r, "attendance": "present"} for n, r in D1_MEMBERS]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D1_OFFICERS]
    att += [{"name": n, "role": r, "attendance": "apologies"} for n, r in
            [("Councillor J Stubbs", None), ("Councillor R Entwistle", None)]]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D1_ALSO]
    # Stephen Akers's addition (Healthwatch) is part of the answer, not a separate row.
    return {"document": D1_NAME, "doc_type": "minutes", "committee": D1_COMMITTEE,
            "meeting_date": D1_DATE, "items": items, "questions": qs, "resolutions": res,
            "attendees": att}


# ---------------------------------------------------------------------------
# Document 2: Children's Scrutiny Commission, accessible HTML
# ---------------------------------------------------------------------------
D2_NAME = "bx-calderford-childrens-scrutiny-commission-2025-06-17.html"
D2_COMMITTEE = "Children's Scrutiny Commission"
D2_DATE = "2025-06-17"

D2_PRESENT = [
    ("Councillor Helen Marwood", "Chair"), ("Councillor Tariq Mahmood", "Vice-Chair"),
    ("Councillor Amir Hussain", None), ("Councillor Lorna Sheldrake", None),
    ("Councillor Kevin Brannigan", None), ("Councillor Ruth Oyelaran", None),
    ("Father Michael Doherty", "Co-opted Member, Diocesan representative"),
    ("Mrs Anita Kaur", "Co-opted Member, Parent Governor representative"),
]
D2_APOLOGIES = [("Councillor Graham Tillotson", None), ("Councillor Deborah Finch", None)]
D2_OFFICERS = [
    ("Siobhan Ashworth", "Strategic Director of Children's Services"),
    ("Darren Whitehead", "Service Director – Children's Social Care and Early Help"),
    ("Nadia Rahman", "Head of SEND and Inclusion"),
    ("Colin Broadbent", "Head of Commissioning (Children and Families)"),
    ("Owen Pryce", "Democratic Services Officer"),
]
D2_ALSO = [("Councillor Fiona Lacey", "Cabinet Member for Children and Families")]

# items: number, title, intro paragraphs, qa rows, decision (text, outcome, themes) or None
# qa row: (asked_by, question, answered_by, answer or None, kind, themes)
D2_ITEMS = [
    ("1/2025-26", "Election of Vice-Chair", ["Councillor Mahmood was nominated and seconded. "
     "There were no other nominations."], [],
     ("That [[Councillor Tariq Mahmood be elected Vice-Chair for the municipal year]] 2025/26.", "agreed", [])),
    ("2/2025-26", "Apologies and Declarations of Interest", [
        "Apologies were received from Councillors Graham Tillotson and Deborah Finch.",
        "Mrs Anita Kaur declared a personal interest in item 5/2025-26 as a parent of a child "
        "with an education, health and care plan."], [], None),
    ("3/2025-26", "Minutes", ["The minutes of the meeting held on 15 April 2025 were considered."], [],
     ("That [[the minutes of the meeting held on 15 April 2025 be confirmed]] as a correct "
      "record.", "agreed", [])),
    ("4/2025-26", "Placements for Children in Care – Sufficiency and Cost", [
        "The Service Director – Children's Social Care and Early Help presented the annual "
        "sufficiency statement. There were 486 children in care on 31 March 2025, of whom 61 were "
        "in residential children's homes, 52 of them run by private companies."], [
        ("Councillor Brannigan", "Asked [[what the average weekly cost of a private residential "
         "placement now was]].", "Service Director", "The average was £6,240 a week; [[the most "
         "expensive placement cost £14,800 a week]] because of two-to-one staffing.",
         "question", ["finance", "privatisation", "children-and-families"]),
        ("Councillor Oyelaran", "Raised concern that [[profits made by the largest providers were "
         "being paid for by council tax payers]].", "Strategic Director",
         "The Council was [[opening two small council-run children's homes in 2026]] to reduce reliance "
         "on the market.", "concern", ["privatisation", "finance", "children-and-families"]),
        ("Councillor Hussain", "Asked [[how many children were placed more than twenty miles from "
         "Calderford]].", "Service Director", "[[Seventy-four children were placed more than "
         "twenty miles away]], mostly in specialist provision.", "question", ["children-and-families"]),
        ("Father Michael Doherty", "Asked [[whether foster carer recruitment had improved since the "
         "fee increase]].", "Service Director", "[[Fourteen new fostering households had been "
         "approved this year]], against a target of twenty.", "question",
         ["children-and-families", "finance"]),
    ], ("That the sufficiency statement be noted and that [[the Commission receives a business "
        "case for the council-run homes]] before it goes to Cabinet.", "agreed",
        ["children-and-families", "privatisation"])),
    ("5/2025-26", "SEND Transport and Education, Health and Care Plans", [
        "The Head of SEND and Inclusion presented an update on the timeliness of education, "
        "health and care plans and the retendering of home to school transport."], [
        ("Mrs Anita Kaur", "Asked [[what proportion of new EHC plans were issued within twenty weeks]].",
         "Head of SEND and Inclusion", "[[Forty-one per cent had been issued on time]] in 2024/25, "
         "up from 28 per cent.", "question", ["children-and-families"]),
        ("Councillor Sheldrake", "Asked [[whether parents had been consulted on the new transport "
         "contracts]].", "Head of Commissioning (Children and Families)",
         "[[The parent carer forum had helped draft the specification]] and a survey had closed in May.",
         "question", ["patient-and-public-input", "subcontracting", "children-and-families"]),
        ("Councillor Brannigan", "Requested [[a breakdown of transport spending by operator for each "
         "route]].", "Head of Commissioning (Children and Families)", None, "request",
         ["finance", "subcontracting", "children-and-families"]),
    ], ("That the update be noted and [[the Cabinet Member be recommended to publish EHC plan "
        "timeliness]] data each quarter.", "recommended", ["children-and-families", "governance"])),
    ("6/2025-26", "Children's Social Care Workforce", [
        "The Strategic Director of Children's Services presented the workforce report. The "
        "vacancy rate for children's social workers was 19 per cent."], [
        ("Councillor Mahmood", "Asked [[how much had been spent on agency social workers last year]].",
         "Strategic Director", "[[Agency spending had been £3.9m, about a third less than in 2023/24]].",
         "question", ["workforce", "finance"]),
        ("Councillor Marwood", "Asked [[whether caseloads had come down for newly qualified social "
         "workers]].", "Service Director", "[[Newly qualified workers now carried no more than "
         "sixteen cases]].", "question", ["workforce"]),
        ("Councillor Oyelaran", "Commented that [[the regional memorandum on agency pay rates had "
         "made a real difference]].", "—", None, "comment", ["workforce"]),
    ], ("That [[the Commission endorses the recruitment and retention strategy]] for children's "
        "social workers.", "agreed", ["workforce"])),
    ("7/2025-26", "Work Programme", ["The Democratic Services Officer introduced the work "
     "programme."], [],
     ("That [[the work programme for 2025/26 be agreed as presented]].", "agreed", [])),
]


def build_html():
    e = html.escape
    out = []
    w = out.append
    w("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      f"<title>Minutes: {e(D2_COMMITTEE)}, 17 June 2025 | {COUNCIL}</title>\n"
      "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto;line-height:1.5}"
      "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #666;"
      "padding:.4em;vertical-align:top;text-align:left}caption{font-weight:bold;text-align:left}"
      ".skip{position:absolute;left:-999px}.skip:focus{left:1em}</style>\n</head>\n<body>\n")
    w("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n")
    w("<header><p><a href=\"/\">Calderford Council</a></p>\n<nav aria-label=\"Breadcrumb\"><ol>"
      "<li><a href=\"/\">Home</a></li><li><a href=\"/council\">Your council</a></li>"
      "<li><a href=\"/committees\">Committees</a></li>"
      "<li><a href=\"/committees/childrens-scrutiny\">Children's Scrutiny Commission</a></li>"
      "<li aria-current=\"page\">Minutes 17 June 2025</li></ol></nav></header>\n")
    w("<main id=\"main\">\n")
    w(f"<h1>Minutes: {e(D2_COMMITTEE)}, Tuesday 17 June 2025</h1>\n")
    w("<p>Held at 5.30 pm in the Council Chamber, Calderford Civic Centre. "
      "Status: approved by the Commission on 16 September 2025.</p>\n")
    w("<h2 id=\"attendance\">Attendance</h2>\n<dl>\n")

    def nm(n, r):
        return e(f"{n} ({r})" if r else n)
    w("<dt>Present</dt>\n" + "".join(f"<dd>{nm(n, r)}</dd>\n" for n, r in D2_PRESENT))
    w("<dt>Apologies</dt>\n" + "".join(f"<dd>{nm(n, r)}</dd>\n" for n, r in D2_APOLOGIES))
    w("<dt>Also present</dt>\n" + "".join(f"<dd>{nm(n, r)}</dd>\n" for n, r in D2_ALSO))
    w("<dt>Officers</dt>\n" + "".join(f"<dd>{e(n)}, {e(r)}</dd>\n" for n, r in D2_OFFICERS))
    w("</dl>\n")
    for num, title, intro, rows, dec in D2_ITEMS:
        w(f"<section aria-labelledby=\"item-{num.split('/')[0]}\">\n")
        w(f"<h2 id=\"item-{num.split('/')[0]}\">{e(num)} {e(title)}</h2>\n")
        for p in intro:
            w(f"<p>{e(plain(p))}</p>\n")
        if rows:
            w("<table>\n<caption>Questions and answers</caption>\n<thead><tr>"
              "<th scope=\"col\">Asked by</th><th scope=\"col\">Question</th>"
              "<th scope=\"col\">Answered by</th><th scope=\"col\">Answer</th></tr></thead>\n<tbody>\n")
            for asked, q, by, a, kind, th in rows:
                ans = e(plain(a)) if a else "<em>No response recorded</em>" if by == "—" else \
                    "<em>A written answer will be circulated to Members.</em>"
                w(f"<tr><td>{e(asked)}</td><td>{e(plain(q))}</td><td>{e(by)}</td>"
                  f"<td>{ans}</td></tr>\n")
            w("</tbody>\n</table>\n")
        if dec:
            w(f"<h3>Decision</h3>\n<p>{e(plain(dec[0]))}</p>\n")
        w("</section>\n")
    w("<p>The meeting ended at 7.41 pm.</p>\n</main>\n<footer><p>&copy; Calderford Council 2025"
      " &middot; <a href=\"/accessibility\">Accessibility statement</a></p></footer>\n"
      "</body>\n</html>\n")
    (DOCS / D2_NAME).write_text("".join(out), encoding="utf-8")


def gold_d2():
    items, qs, res = [], [], []
    for num, title, intro, rows, dec in D2_ITEMS:
        items.append({"number": num, "title": title})
        for asked, q, by, a, kind, th in rows:
            (qt,) = marks(q)
            at = marks(a)[0] if a else None
            qs.append({"item": num, "kind": kind, "text": qt, "asked_by": asked, "answer": at,
                       "given_by": by if (a and by != "—") else None, "themes": th})
        if dec:
            (rt,) = marks(dec[0])
            res.append({"item": num, "text": rt, "outcome": dec[1], "themes": dec[2]})
    att = [{"name": n, "role": r, "attendance": "present"} for n, r in D2_PRESENT]
    att += [{"name": n, "role": r, "attendance": "apologies"} for n, r in D2_APOLOGIES]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D2_ALSO]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D2_OFFICERS]
    return {"document": D2_NAME, "doc_type": "minutes", "committee": D2_COMMITTEE,
            "meeting_date": D2_DATE, "items": items, "questions": qs, "resolutions": res,
            "attendees": att}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u00ad", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


class _T(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    t = _T()
    t.feed(path.read_text(encoding="utf-8"))
    return "".join(t.parts)


def check():
    ok = True
    for g in sorted(GOLD.glob("bx-*.json")):
        d = json.loads(g.read_text())
        text = norm(doc_text(DOCS / d["document"]))
        phrases = [q["text"] for q in d.get("questions", [])]
        phrases += [q["answer"] for q in d.get("questions", []) if q["answer"]]
        phrases += [r["text"] for r in d.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g.name}: count={c} words={n}: {ph}")
        print(f"{g.name}: {len(d['items'])} items, {len(d['questions'])} questions, "
              f"{len(d['resolutions'])} resolutions, {len(d['attendees'])} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_html()
    for d in (gold_d1(), gold_d2()):
        p = GOLD / (Path(d["document"]).stem + ".json")
        p.write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
