#!/usr/bin/env python3
"""Build the "ck-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ck.py           build documents/ck-* and gold/ck-*.json
        build_ck.py --check   verify every gold phrase occurs once in its document
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
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# Document 1: London borough ModernGov-print style PDF
# ---------------------------------------------------------------------------
PDF_NAME = "ck-harrowfield-adults-health-scrutiny-2025-10-14.pdf"
COUNCIL = "London Borough of Harrowfield"

PRESENT = ("Councillor Rachel Merriman (Chair), Councillor Tunde Adeyemi (Vice-Chair), "
           "Councillors Amrit Dhillon, Graham Fairweather, Zofia Kowalczyk and Grace Okafor")
ALSO = ("Councillor Nadia Shah (Cabinet Member for Adults and Health), Dr Simon Leke "
        "(Director of Urgent and Emergency Care, North West London Integrated Care Board) and "
        "Ms Helen Carrow (Head of Communications and Engagement, North West London ICB)")
OFFICERS = ("Mark Pendle (Corporate Director of Adult Social Care and Health), Dr Farah Quadri "
            "(Director of Public Health), Lewis Brand (Head of Commissioning and Market "
            "Development, Adults), Kate Osei (Consultant in Public Health), Daniel Rooke "
            "(Senior Scrutiny and Policy Officer) and Ayesha Karim (Democratic Services Officer)")

# Each item: number, title, list of blocks. Block kinds: ("p", text), ("intro", text),
# ("b", text) bullet, ("res", [lead, [clauses]]) resolution.
ITEMS = [
    ("23", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        ("p", "Apologies for absence were received from Councillor Sean Brennan and from "
              "Mrs Joyce Akintola (co-opted member, Healthwatch Harrowfield). Councillor Grace "
              "Okafor attended as a substitute for Councillor Brennan."),
    ]),
    ("24", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Okafor declared a non-pecuniary interest in Item 27 (Home Care "
              "Recommissioning) as a close family member was employed by a domiciliary care "
              "agency operating in the borough. She remained in the room and took part in the "
              "discussion."),
    ]),
    ("25", "MINUTES OF THE PREVIOUS MEETING", [
        ("p", "Arising from the minutes, Councillor Dhillon asked whether the written response "
              "on dementia diagnosis rates promised at the last meeting had been received; the "
              "Senior Scrutiny and Policy Officer confirmed that it had been circulated to all "
              "Members on 2 October 2025 and would be appended to these minutes."),
        ("res", ["That the minutes of the meeting held on 9 September 2025 be agreed as a "
                 "correct record and signed by the Chair.", []]),
    ]),
    ("26", "NORTH WEST LONDON ICB: WINTER PLANNING AND URGENT CARE 2025/26", [
        ("intro", "Dr Simon Leke, Director of Urgent and Emergency Care, introduced the report, "
                  "which set out the Integrated Care Board's winter plan for Harrowfield General "
                  "Hospital and the wider borough system, including the expansion of virtual "
                  "ward capacity, the urgent community response service and additional "
                  "primary care appointments on Saturdays between December and March."),
        ("p", "Members raised the following issues:"),
        ("b", "whether the additional 40 virtual ward beds would be fully staffed before "
              "December, given past reliance on agency nurses \u2013 in response, the Director "
              "of Urgent and Emergency Care confirmed that recruitment to 31 of the 38 posts "
              "had been completed and that the remainder would be covered through the trust's "
              "own staff bank;"),
        ("b", "concern that the same day emergency care unit had been closed to GP referrals "
              "on eleven days during September \u2013 in response, it was explained that the "
              "closures had followed surges in ambulance handovers and that a new escalation "
              "protocol had been agreed with local GP practices;"),
        ("b", "the length of time residents continued to wait in hospital when a package of "
              "home care was needed before discharge, which Members felt had not improved "
              "since last winter;"),
        ("b", "whether the winter communications campaign had been tested with residents whose "
              "first language was not English \u2013 in response, the Head of Communications "
              "and Engagement advised that the leaflets and videos had been shaped by feedback "
              "from a Healthwatch Harrowfield reader panel in August; and"),
        ("b", "a request that the ICB report back on flu and COVID-19 vaccination uptake among "
              "care home staff at the January meeting."),
        ("res", ["That the winter planning update from the Integrated Care Board be noted.", []]),
    ]),
    ("27", "HOME CARE RECOMMISSIONING \u2013 CONTRACT AWARD AND MARKET POSITION", [
        ("intro", "Councillor Nadia Shah, Cabinet Member for Adults and Health, introduced the "
                  "report, which would be considered by Cabinet on 4 November 2025. The Head of "
                  "Commissioning and Market Development explained that the current framework of "
                  "34 spot-purchased providers would be replaced by nine lead providers working "
                  "in geographical zones, with one zone being delivered by Harrowfield Care "
                  "Services, the Council's wholly owned company, from April 2026."),
        ("p", "The Chair asked why the Council had chosen a lead provider model rather than "
              "expanding the in-house reablement service across the whole borough. The "
              "Corporate Director of Adult Social Care and Health explained that the in-house "
              "option had been costed at \u00a32.4 million more per year and could not be "
              "mobilised before the existing framework expired in March 2026. Councillor "
              "Fairweather questioned whether the tender evaluation had weighted price at 60 "
              "per cent, as stated in the press; officers confirmed that the split was 40 per "
              "cent price and 60 per cent quality, including social value commitments."),
        ("p", "Members raised the following issues:"),
        ("b", "the proportion of care workers who would be paid at least the London Living "
              "Wage under the new contracts \u2013 in response, the Head of Commissioning "
              "and Market Development stated that payment of the London Living Wage would be a "
              "contractual requirement for all lead providers from April 2026;"),
        ("b", "concern that two of the preferred bidders were owned by private equity "
              "investors, and whether their financial resilience had been tested \u2013 in "
              "response, officers advised that independent financial checks had been "
              "carried out and parent company guarantees would be sought before contract award;"),
        ("b", "whether people currently receiving care would be able to keep the same care "
              "worker when their provider changed;"),
        ("b", "that service users and carers should have a formal role in monitoring the "
              "quality of the new contracts \u2013 in response, the Cabinet Member undertook "
              "to establish a quality panel including people who use services and their "
              "families; and"),
        ("b", "the risk of handing back packages at short notice if providers withdrew from the "
              "rural north of the borough, where travel times were longest."),
        ("res", ["That", [
            "the Sub-Committee's comments on the home care recommissioning proposals be "
            "referred to Cabinet for consideration on 4 November 2025;",
            "Cabinet be recommended to require quarterly reporting on care worker pay and "
            "continuity of care for each zone; and",
            "a progress report on mobilisation of the new contracts be brought to the "
            "Sub-Committee in June 2026.",
        ]]),
    ]),
    ("28", "PUBLIC HEALTH GRANT 2025/26 \u2013 SEXUAL HEALTH AND SUBSTANCE MISUSE SERVICES", [
        ("intro", "Dr Farah Quadri, Director of Public Health, presented the report on the "
                  "allocation of the ring-fenced Public Health Grant of \u00a321.7 million, "
                  "noting an uplift of 2.9 per cent and the planned procurement of the adult "
                  "drug and alcohol treatment service."),
        ("p", "Members raised the following issues:"),
        ("b", "whether the reduction of \u00a3310,000 in the sexual health budget would lengthen "
              "waits for contraception appointments \u2013 in response, the Director of Public "
              "Health said that online testing had reduced demand on clinics and that no "
              "increase in waiting times was expected;"),
        ("b", "the decision to re-tender the drug and alcohol treatment service instead of "
              "extending the current NHS provider's contract \u2013 in response, the "
              "Consultant in Public Health explained that the Provider Selection Regime "
              "required a competitive process once the maximum contract term had been reached; "
              "and"),
        ("b", "concern that stop smoking services in the east of the borough had the lowest "
              "uptake of any area despite having the highest smoking prevalence."),
        ("p", "Councillor Kowalczyk sought clarification on how much of the grant uplift would "
              "be spent on health visiting for families with young children; it was confirmed "
              "that \u00a395,000 had been allocated to the 0-19 healthy child service."),
        ("res", ["That", [
            "the allocation of the Public Health Grant for 2025/26 be noted; and",
            "a briefing on the procurement timetable for drug and alcohol services be "
            "circulated to all Members of the Sub-Committee.",
        ]]),
    ]),
    ("29", "WORK PROGRAMME 2025/26", [
        ("p", "The Senior Scrutiny and Policy Officer introduced the work programme. Members "
              "requested that an item on the transition of young people with learning "
              "disabilities into adult services be added for February 2026. The Senior "
              "Scrutiny and Policy Officer advised that this could be scheduled alongside the "
              "draft all-age autism strategy."),
        ("res", ["That the work programme for 2025/26 be agreed, subject to the addition of "
                 "transitions for young people with learning disabilities.", []]),
    ]),
]

HYPH = {
    "recommissioning": "recom" + SHY + "mission" + SHY + "ing",
    "Recommissioning": "Recom" + SHY + "mission" + SHY + "ing",
    "commissioning": "commis" + SHY + "sion" + SHY + "ing",
    "Commissioning": "Commis" + SHY + "sion" + SHY + "ing",
    "communications": "communi" + SHY + "cations",
    "Communications": "Communi" + SHY + "cations",
    "procurement": "pro" + SHY + "cure" + SHY + "ment",
    "vaccination": "vacci" + SHY + "nation",
    "contraception": "contra" + SHY + "ception",
    "independent": "inde" + SHY + "pendent",
    "requirement": "require" + SHY + "ment",
    "Development": "Devel" + SHY + "opment",
    "accommodation": "accommo" + SHY + "dation",
    "geographical": "geo" + SHY + "graphical",
    "commitments": "commit" + SHY + "ments",
    "allocation": "allo" + SHY + "cation",
    "mobilisation": "mobili" + SHY + "sation",
    "continuity": "conti" + SHY + "nuity",
    "consideration": "consid" + SHY + "eration",
    "disabilities": "disabil" + SHY + "ities",
    "prevalence": "preva" + SHY + "lence",
    "escalation": "esca" + SHY + "lation",
    "circulated": "circu" + SHY + "lated",
    "resilience": "resil" + SHY + "ience",
    "domiciliary": "domi" + SHY + "ciliary",
    "Integrated": "Inte" + SHY + "grated",
    "non-pecuniary": "non-pecu" + SHY + "niary",
    "discussion": "discus" + SHY + "sion",
    "appointments": "appoint" + SHY + "ments",
}


def hyph(text):
    return re.sub(r"[A-Za-z][A-Za-z\-]+", lambda m: HYPH.get(m.group(0), m.group(0)), text)


def pdf_source_text():
    """Plain text of the PDF as written (soft hyphens removed), for --check."""
    parts = [COUNCIL, "MINUTES OF THE ADULTS AND HEALTH SCRUTINY SUB-COMMITTEE",
             "HELD ON TUESDAY, 14 OCTOBER 2025 AT 7.00 PM", "PRESENT: " + PRESENT,
             "ALSO PRESENT: " + ALSO, "OFFICERS: " + OFFICERS]
    for num, title, blocks in ITEMS:
        parts.append(num + ". " + title)
        for kind, val in blocks:
            if kind == "res":
                lead, clauses = val
                parts.append("RESOLVED: " + lead)
                for i, c in enumerate(clauses):
                    parts.append("(%s) %s" % (["i", "ii", "iii", "iv"][i], c))
            else:
                parts.append(val)
    parts += ["The meeting ended at 9.05pm", "CHAIR"]
    return "\n".join(parts)


class MinPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Adults and Health Scrutiny Sub-Committee \u2013 14 October 2025",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, COUNCIL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "", 8)
        self.cell(0, 4, "Chair's initials ............", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Page %d" % self.page_no(), align="C")


def build_pdf(path):
    pdf = MinPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 21, 10, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Adults and Health Scrutiny Sub-Committee - 14 October 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("Sans", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    # crest text
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 4, "\u2766  HARROWFIELD  \u2766", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 7)
    pdf.cell(0, 4, "Civitas et Cura", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "MINUTES OF THE ADULTS AND HEALTH SCRUTINY SUB-COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "HELD ON TUESDAY, 14 OCTOBER 2025 AT 7.00 PM", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, "Committee Room 2, Harrowfield Civic Centre, Station Road, HF1 2AB", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    LH = 5.0
    for label, body in (("PRESENT:", PRESENT), ("ALSO PRESENT:", ALSO), ("OFFICERS:", OFFICERS)):
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(W, LH, "**%s** %s" % (label, hyph(body)), align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(3)
    NUMW = 14
    tx = pdf.l_margin + NUMW
    TW = W - NUMW
    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(NUMW, LH, num + ".")
        pdf.set_xy(tx, y)
        pdf.multi_cell(TW, LH, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Sans", "", 10)
        for kind, val in blocks:
            if kind in ("p", "intro"):
                pdf.set_x(tx)
                pdf.multi_cell(TW, LH, hyph(val), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                y = pdf.get_y()
                if y > pdf.h - pdf.b_margin - LH:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(tx, y)
                pdf.cell(6, LH, "\u2022")
                pdf.set_xy(tx + 6, y)
                pdf.multi_cell(TW - 6, LH, hyph(val), align="J", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "res":
                lead, clauses = val
                pdf.ln(1)
                pdf.set_x(tx)
                pdf.multi_cell(TW, LH, "**RESOLVED:** " + hyph(lead), align="J", markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
                for i, c in enumerate(clauses):
                    y = pdf.get_y() + 1
                    if y > pdf.h - pdf.b_margin - LH:
                        pdf.add_page()
                        y = pdf.get_y()
                    pdf.set_xy(tx, y)
                    pdf.cell(10, LH, "(%s)" % ["i", "ii", "iii", "iv"][i])
                    pdf.set_xy(tx + 10, y)
                    pdf.multi_cell(TW - 10, LH, hyph(c), align="J", new_x="LMARGIN",
                                   new_y="NEXT")
                pdf.ln(2)
        pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, LH, "The meeting ended at 9.05pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(0, LH, "CHAIR", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def Q(item, kind, text, answer, themes, asked_by=None, given_by=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Sub-Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("25", "question", "the written response on dementia diagnosis rates promised at the last meeting",
          "it had been circulated to all Members on 2 October 2025", ["mental-health"],
          "Councillor Dhillon", "Senior Scrutiny and Policy Officer"),
        Q("26", "question", "whether the additional 40 virtual ward beds would be fully staffed",
          "recruitment to 31 of the 38 posts had been completed", ["workforce"],
          None, "Director of Urgent and Emergency Care"),
        Q("26", "concern", "the same day emergency care unit had been closed to GP referrals",
          "a new escalation protocol had been agreed with local GP practices", ["primary-care"]),
        Q("26", "concern", "the length of time residents continued to wait in hospital when a package",
          None, ["adult-social-care", "integration"]),
        Q("26", "question", "whether the winter communications campaign had been tested with residents",
          "shaped by feedback from a Healthwatch Harrowfield reader panel in August",
          ["patient-and-public-input"], None, "Head of Communications and Engagement"),
        Q("26", "request", "the ICB report back on flu and COVID-19 vaccination uptake",
          None, ["public-health", "adult-social-care", "workforce"]),
        Q("27", "question", "why the Council had chosen a lead provider model rather than expanding",
          "the in-house option had been costed at £2.4 million more per year",
          ["privatisation", "subcontracting", "finance", "adult-social-care"],
          "Chair", "Corporate Director of Adult Social Care and Health"),
        Q("27", "question", "questioned whether the tender evaluation had weighted price at 60 per cent",
          "the split was 40 per cent price and 60 per cent quality", ["subcontracting"],
          "Councillor Fairweather", None),
        Q("27", "question", "the proportion of care workers who would be paid at least the London Living Wage",
          "would be a contractual requirement for all lead providers from April 2026",
          ["workforce", "subcontracting"], None, "Head of Commissioning and Market Development"),
        Q("27", "concern", "two of the preferred bidders were owned by private equity investors",
          "independent financial checks had been carried out and parent company guarantees",
          ["privatisation", "subcontracting", "finance"], None, None),
        Q("27", "question", "whether people currently receiving care would be able to keep the same",
          None, ["adult-social-care", "workforce"]),
        Q("27", "comment", "service users and carers should have a formal role in monitoring",
          "undertook to establish a quality panel including people who use services",
          ["patient-and-public-input", "subcontracting", "adult-social-care"], None, "Cabinet Member"),
        Q("27", "concern", "the risk of handing back packages at short notice if providers withdrew",
          None, ["adult-social-care", "subcontracting"]),
        Q("28", "question", "whether the reduction of £310,000 in the sexual health budget would lengthen",
          "online testing had reduced demand on clinics", ["public-health", "finance"],
          None, "Director of Public Health"),
        Q("28", "question", "the decision to re-tender the drug and alcohol treatment service",
          "the Provider Selection Regime required a competitive process",
          ["public-health", "subcontracting", "privatisation"], None, "Consultant in Public Health"),
        Q("28", "concern", "stop smoking services in the east of the borough had the lowest uptake",
          None, ["public-health"]),
        Q("28", "question", "how much of the grant uplift would be spent on health visiting",
          "£95,000 had been allocated to the 0-19 healthy child service",
          ["public-health", "finance", "children-and-families"], "Councillor Kowalczyk", None),
        Q("29", "request", "an item on the transition of young people with learning disabilities",
          "this could be scheduled alongside the draft all-age autism strategy",
          ["children-and-families", "adult-social-care"], None, "Senior Scrutiny and Policy Officer"),
    ],
    "resolutions": [
        {"item": "25", "text": "the minutes of the meeting held on 9 September 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "26", "text": "the winter planning update from the Integrated Care Board be noted",
         "outcome": "noted", "themes": []},
        {"item": "27", "text": "comments on the home care recommissioning proposals be referred to Cabinet",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "28", "text": "the allocation of the Public Health Grant for 2025/26 be noted",
         "outcome": "agreed", "themes": ["public-health", "finance", "subcontracting"]},
        {"item": "29", "text": "the work programme for 2025/26 be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["children-and-families", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Rachel Merriman", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tunde Adeyemi", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Amrit Dhillon", "role": None, "attendance": "present"},
        {"name": "Councillor Graham Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor Zofia Kowalczyk", "role": None, "attendance": "present"},
        {"name": "Councillor Grace Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Nadia Shah", "role": "Cabinet Member for Adults and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Simon Leke", "role": "Director of Urgent and Emergency Care, North West London Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Ms Helen Carrow", "role": "Head of Communications and Engagement, North West London ICB",
         "attendance": "in_attendance"},
        {"name": "Mark Pendle", "role": "Corporate Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Farah Quadri", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Lewis Brand", "role": "Head of Commissioning and Market Development, Adults",
         "attendance": "in_attendance"},
        {"name": "Kate Osei", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Daniel Rooke", "role": "Senior Scrutiny and Policy Officer", "attendance": "in_attendance"},
        {"name": "Ayesha Karim", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Sean Brennan", "role": None, "attendance": "apologies"},
        {"name": "Mrs Joyce Akintola", "role": "co-opted member, Healthwatch Harrowfield",
         "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: explanatory web page (not minutes)
# ---------------------------------------------------------------------------
HTML_NAME = "ck-harrowfield-health-scrutiny-what-we-do.html"
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Health scrutiny: what we do | London Borough of Harrowfield</title>
<meta name="description" content="How the Adults and Health Scrutiny Sub-Committee holds local health and care services to account, and how you can ask a question.">
<link rel="stylesheet" href="/site/css/main.css">
</head>
<body class="page-template-content">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">London Borough of Harrowfield</a>
  <nav aria-label="Main"><ul>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/adult-social-care">Adult social care</a></li>
    <li><a href="/health">Health and wellbeing</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li>
  <li><a href="/council-and-democracy">Council and democracy</a></li>
  <li><a href="/council-and-democracy/scrutiny">Scrutiny</a></li>
  <li aria-current="page">Health scrutiny: what we do</li>
</ol></nav>
<main id="main">
<article>
<h1>Health scrutiny: what we do</h1>
<p class="lede">The Adults and Health Scrutiny Sub-Committee is a group of councillors who look
closely at health and adult social care services used by Harrowfield residents. We do not run
services ourselves. Our job is to ask questions, listen to residents and make recommendations
that improve services.</p>

<h2 id="role">Our role</h2>
<p>Councils have a legal power to review any matter affecting the planning, provision and
operation of health services in their area. In Harrowfield this is done by the sub-committee,
which reports to the Overview and Scrutiny Committee. We can:</p>
<ul>
  <li>ask NHS organisations, including North West London Integrated Care Board, Harrowfield
  General Hospital and local mental health trusts, to attend meetings and answer questions;</li>
  <li>look at the Council's own adult social care and public health services and the contracts
  it holds with care providers;</li>
  <li>respond to NHS consultations on significant changes to services, and in some cases refer
  proposals to the Secretary of State;</li>
  <li>carry out in-depth reviews through small task and finish groups; and</li>
  <li>make recommendations to the Council's Cabinet and to NHS bodies, who must respond.</li>
</ul>
<p>The sub-committee has seven councillors and one co-opted member nominated by Healthwatch
Harrowfield. It meets six times a year, usually on a Tuesday evening at the Civic Centre. All
meetings are open to the public and are webcast.</p>

<h2 id="ask">How to ask a question at a meeting</h2>
<p>Any resident, or anyone who works or studies in the borough, can ask one question at a
meeting of the sub-committee. Your question must relate to an item on the agenda or to the
work of the sub-committee.</p>
<ol>
  <li>Send your question to Democratic Services by <strong>12 noon three clear working days
  before the meeting</strong>, using the online form or by email to
  <a href="mailto:scrutiny@harrowfield.example.gov.uk">scrutiny@harrowfield.example.gov.uk</a>.</li>
  <li>Keep it short &ndash; no more than 100 words &ndash; and include your name and the area
  where you live.</li>
  <li>The Chair will invite you to read out your question at the meeting. If you cannot attend,
  the clerk can read it for you.</li>
  <li>An officer, NHS representative or Cabinet Member will reply at the meeting. If an answer
  cannot be given on the night, a written reply will be sent within ten working days and
  published with the minutes.</li>
</ol>
<p>We cannot accept questions about an individual's care or treatment, questions that are
defamatory, or questions substantially the same as one answered in the last six months. If
you have a concern about your own care, please contact <a href="/health/complaints">the
relevant complaints service</a> or Healthwatch Harrowfield.</p>

<h3>Example questions</h3>
<p>These examples show the kind of question the sub-committee can take. They are not real
questions.</p>
<ul class="examples">
  <li><em>&ldquo;How many people waited more than a week to leave hospital last winter because
  a home care package was not available, and what is being done this year?&rdquo;</em></li>
  <li><em>&ldquo;Will the new home care contracts require providers to pay care workers the
  London Living Wage?&rdquo;</em></li>
  <li><em>&ldquo;What will happen to the walk-in service at Northgate Health Centre if the
  proposed changes go ahead, and how were patients asked for their views?&rdquo;</em></li>
</ul>

<h2 id="reviews">Recent reviews</h2>
<table class="reviews">
  <caption>Task and finish reviews completed by the sub-committee</caption>
  <thead><tr><th scope="col">Review</th><th scope="col">Completed</th><th scope="col">Outcome</th></tr></thead>
  <tbody>
    <tr><td><a href="/scrutiny/reviews/gp-access">Access to GP appointments</a></td><td>March 2025</td>
        <td>Eight recommendations; Cabinet and the ICB accepted six.</td></tr>
    <tr><td><a href="/scrutiny/reviews/dementia">Living well with dementia</a></td><td>October 2024</td>
        <td>Led to a new dementia navigator service in two primary care networks.</td></tr>
    <tr><td><a href="/scrutiny/reviews/unpaid-carers">Support for unpaid carers</a></td><td>May 2024</td>
        <td>Carers' assessments now offered online; response published January 2025.</td></tr>
    <tr><td><a href="/scrutiny/reviews/discharge">Hospital discharge and reablement</a></td><td>November 2023</td>
        <td>Joint discharge team established with Harrowfield General Hospital.</td></tr>
  </tbody>
</table>
<p>You can read the final reports and the responses to them on the
<a href="/council-and-democracy/scrutiny/reviews">scrutiny reviews page</a>. To suggest a
topic for a future review, email the scrutiny team.</p>

<h2 id="contact">Contact us</h2>
<address>Scrutiny Team, Harrowfield Civic Centre, Station Road, Harrowfield HF1 2AB<br>
Telephone 020 7946 0183</address>
<p class="updated">Page last updated: 3 September 2025</p>
</article>
</main>
<footer class="site-footer"><p>&copy; London Borough of Harrowfield</p></footer>
</body>
</html>
"""

HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "other",
    "themes": ["governance", "patient-and-public-input", "adult-social-care", "primary-care",
               "mental-health", "integration"],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = norm(pdf_source_text())
    # also check against the text layer of the built PDF (joining hyphenated line ends)
    try:
        import pdfplumber
        with pdfplumber.open(DOCS / PDF_NAME) as p:
            raw = "\n".join(pg.extract_text() or "" for pg in p.pages)
        raw = "\n".join(l for l in raw.split("\n") if not re.match(
            r"(Chair's initials|Page \d+$|Adults and Health Scrutiny Sub-Committee \u2013 14)", l))
        raw = re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", raw)
        ext = norm(raw)
    except Exception as e:  # pragma: no cover
        print("could not read PDF:", e)
        ext = None
    gold = json.loads((GOLD / (Path(PDF_NAME).stem + ".json")).read_text())
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = norm(ph)
        words = len(ph.split())
        c = src.count(n)
        if not (6 <= words <= 15):
            print("LENGTH %d: %s %r" % (words, kind, ph)); ok = False
        if c != 1:
            print("SOURCE count %d: %s %r" % (c, kind, ph)); ok = False
        if ext is not None and ext.count(n) != 1:
            print("PDF-TEXT count %d: %s %r" % (ext.count(n), kind, ph)); ok = False
    for name in (PDF_NAME, HTML_NAME):
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text())
        assert g["document"] == name and (DOCS / name).exists(), name
    print("checked %d phrases: %s" % (len(phrases), "OK" if ok else "FAILED"))
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / PDF_NAME)
    (DOCS / HTML_NAME).write_text(HTML, encoding="utf-8")
    for g in (PDF_GOLD, HTML_GOLD):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", PDF_NAME, HTML_NAME)


if __name__ == "__main__":
    main()
