#!/usr/bin/env python3
"""Build the "du-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_du.py           build documents/du-* and gold/du-*.json
        build_du.py --check   verify every gold phrase occurs once in its document
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
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SHY = "\u00ad"

PDF_NAME = "du-wexcombe-health-adult-social-care-select-committee-2025-10-14.pdf"
HTML_NAME = "du-wexcombe-hasc-select-committee-membership.html"
COUNCIL = "Wexcombe Council"
COMMITTEE = "Health and Adult Social Care Select Committee"

# ---------------------------------------------------------------- PDF content
ATTEND = [
    ("Councillors present:",
     "Cllr Margaret Oduya (Chair), Cllr Peter Lansdale (Vice-Chair), Cllr Harriet Coombe, "
     "Cllr Daniel Pryce, Cllr Sunita Vaswani, Cllr Geoffrey Tull and Cllr Alan Brereton "
     "(substituting for Cllr Kemble)."),
    ("Co-opted (non-voting):", "Paul Dent (Healthwatch Wexcombe)."),
    ("Officers:",
     "Rachel Fenwick (Corporate Director of Adult Social Care, Health and Housing), "
     "Dr Tom Okafor (Director of Public Health), Simon Yeardley (Head of Commissioning and "
     "Market Management – Adults and Health), Joanne Marsh (Senior Democratic Services Officer)."),
    ("Also in attendance:",
     "Karen Lyle (Director of Urgent Care and Patient Flow, NHS Wexcombe and Tarn Integrated "
     "Care Board) and Cllr Rosalind Hext (Cabinet Member for Adult Social Care)."),
    ("Apologies:", "Cllr Ivor Kemble and Cllr Beth Naylor."),
]

# items: (number, title, list of blocks). block kinds: ("p", text), ("res", text), ("table", rows)
ITEMS = [
    ("25", "Apologies for absence and substitutions", [
        ("p", "Apologies for absence were received from Cllr Ivor Kemble and Cllr Beth Naylor. "
              "Cllr Alan Brereton attended as a substitute for Cllr Kemble."),
    ]),
    ("26", "Declarations of interest", [
        ("p", "Cllr Sunita Vaswani declared a non-pecuniary interest in item 28 as her mother "
              "receives a package of home care from one of the providers named in the report. "
              "She remained in the meeting and took part in the discussion. No other declarations "
              "were made."),
    ]),
    ("27", "Minutes of the previous meeting", [
        ("p", "The minutes of the meeting held on 9 September 2025 were considered. Cllr Tull "
              "noted that the action on the respite bed audit remained open; the Senior Democratic "
              "Services Officer confirmed this would be carried forward to the action log."),
        ("res", "RESOLVED: That the minutes of the meeting held on 9 September 2025 be approved "
                "as a correct record and signed by the Chair."),
    ]),
    ("28", "Home Care Recommissioning and the Adult Social Care Workforce", [
        ("p", "The Cabinet Member for Adult Social Care introduced the report, which set out "
              "the proposed approach to recommissioning home care across the three Wexcombe "
              "localities from April 2026, moving from eleven framework providers to four "
              "locality lead providers on seven-year contracts. The Head of Commissioning and "
              "Market Management outlined the timetable, the outcome of the provider market "
              "engagement sessions held in the summer and the workforce data collected from "
              "providers through the Capacity Tracker. The main points of discussion are "
              "summarised in the table below."),
        ("table", [
            ("Workforce",
             "Cllr Coombe asked what proportion of care workers employed by the current "
             "framework providers were paid at or above the Real Living Wage. "
             "Cllr Pryce raised concern that moving to four lead providers could prompt "
             "staff to leave the sector during the transfer.",
             "The Head of Commissioning said that around 58 per cent of care workers were "
             "currently paid at or above the Real Living Wage. The new contracts would require "
             "lead providers to pay it from the first year. TUPE would apply where staff moved "
             "between providers and a joint workforce transition group would meet monthly "
             "from January."),
            ("Finance",
             "Cllr Lansdale asked whether the proposed hourly rate of £27.40 had been tested "
             "against the true cost of delivering care in rural areas.",
             "The Corporate Director confirmed that a fair cost of care exercise had been "
             "refreshed in July and that a rural travel supplement of £1.85 per hour was "
             "included for the Tarn Valley locality."),
            ("Market and contracts",
             "Cllr Tull questioned whether larger national companies would be favoured over "
             "small local agencies in the tender. Cllr Vaswani requested that the evaluation "
             "criteria be shared with the Committee before the tender was published.",
             "Officers explained that the lots had been designed so that local agencies could "
             "bid as consortia, with 20 per cent of the quality score for social value. "
             "The Head of Commissioning agreed to circulate the draft evaluation criteria "
             "to Members by the end of October."),
            ("Patient experience",
             "Paul Dent (Healthwatch) reported that people using home care had told "
             "Healthwatch that changes of carer at short notice were their biggest worry. "
             "Cllr Coombe sought clarification on how continuity of care workers would be "
             "protected during the handover between providers.",
             "The Corporate Director said that continuity of named care workers would be a "
             "contract requirement and that no package would be transferred without a review "
             "visit with the person and their family."),
            ("Quality and oversight",
             "Cllr Brereton asked how many current providers were rated requires improvement "
             "by the Care Quality Commission.",
             "The Head of Commissioning advised that two of the eleven providers were rated "
             "requires improvement and both had improvement plans monitored by the quality "
             "assurance team."),
        ]),
        ("res", "RESOLVED: That (1) the report be noted; (2) the Committee supports the move "
                "to four locality lead providers subject to the comments above; and (3) the "
                "Committee recommends to Cabinet that payment of the Real Living Wage be a "
                "mandatory condition of every new home care contract."),
    ]),
    ("29", "Winter Plan and Urgent Care – NHS Wexcombe and Tarn Integrated Care Board", [
        ("p", "Karen Lyle, Director of Urgent Care and Patient Flow at the Integrated Care "
              "Board, presented the system winter plan. She highlighted the expansion of the "
              "virtual ward to 140 beds, the new same-day emergency care unit at Wexcombe "
              "General Hospital and the joint discharge hub with the Council. The points "
              "raised by Members are set out below."),
        ("table", [
            ("Hospital discharge",
             "Cllr Oduya asked how many patients medically fit for discharge were still in "
             "acute beds on an average day last winter.",
             "Ms Lyle said the figure had peaked at 96 patients in January 2025 and the plan "
             "aimed to keep it below 60 through the joint discharge hub."),
            ("Workforce",
             "Cllr Pryce queried the reliance on agency nurses in the emergency department "
             "over the winter months.",
             "Ms Lyle reported that agency spend in the emergency department had fallen by a "
             "third after a recruitment campaign for international nurses."),
            ("Patient experience",
             "Cllr Vaswani raised concern about long waits for ambulances to hand over "
             "patients at the front door of the hospital. Cllr Tull requested that the "
             "Committee receive monthly handover figures throughout the winter.",
             "Ms Lyle said the target was for no handover to exceed 45 minutes from December. "
             "She agreed to provide the monthly ambulance handover data to the Committee."),
            ("Vaccination",
             "Cllr Lansdale asked what was being done to increase flu vaccine uptake among "
             "frontline care home staff.",
             None),
        ]),
        ("p", "The Director of Public Health undertook to respond to Cllr Lansdale's point on "
              "vaccine uptake under the following item."),
        ("res", "RESOLVED: That the winter plan be noted and that the Integrated Care Board be "
                "asked to report monthly ambulance handover data to the Committee until March 2026."),
    ]),
    ("30", "Public Health Grant 2025/26 and the Stop Smoking Service Contract", [
        ("p", "The Director of Public Health introduced the report on the allocation of the "
              "public health grant of £21.6 million and the proposal to extend the stop "
              "smoking service contract with Clearbreath Community Interest Company for a "
              "further two years. Responding first to the question under the previous item, "
              "he said that flu clinics would be run in the twelve largest care homes and that "
              "care home staff could now be vaccinated at any community pharmacy without charge."),
        ("p", "Cllr Coombe asked why the contract was being extended rather than re-tendered, "
              "given that the original award had been made in 2019. The Director explained "
              "that the provider had exceeded its four-week quit targets in each of the last "
              "three years and that a full procurement would be run in 2027 alongside the "
              "wider lifestyle services. Cllr Brereton questioned whether any of the grant "
              "was being used to fund services that the NHS should pay for. In reply, the "
              "Director said that £0.9 million supported sexual health clinics delivered in "
              "hospital settings, which was consistent with the grant conditions. Cllr Tull "
              "expressed concern about the rise in vaping among secondary school pupils, but "
              "no response was recorded as the matter would be considered at the joint "
              "meeting with the Children's Select Committee in January."),
        ("res", "RESOLVED: That the Committee endorses the two-year extension of the stop "
                "smoking service contract and notes the allocation of the public health grant."),
    ]),
    ("31", "Work programme 2025/26", [
        ("p", "The Senior Democratic Services Officer presented the work programme. Members "
              "agreed to add an item on supported living for adults with learning disabilities "
              "to the February meeting."),
        ("res", "RESOLVED: That the work programme be agreed, subject to the addition of "
                "supported living for adults with learning disabilities in February 2026."),
    ]),
]

FINAL = ("The meeting began at 10.00 am and ended at 12.47 pm.")


def hyphenate(text):
    """Insert a few soft hyphens in long words so the justified PDF breaks words at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        # split in the middle at a vowel-consonant boundary
        for i in range(len(w) // 2, len(w) - 4):
            if w[i - 1] in "aeiou" and w[i] not in "aeiou":
                return w[:i] + SHY + w[i:]
        return w
    return re.sub(r"[A-Za-z]{11,}", fix, text)


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 4, COUNCIL)
        self.cell(0, 4, COMMITTEE + " – 14 October 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, "Page " + str(self.page_no()))
        self.cell(0, 4, "Chairman's initials ..........", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf():
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(COMMITTEE + " minutes 14 October 2025")
    pdf.set_author(COUNCIL)
    pdf.set_producer("Wexcombe Committee Publishing")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DV", "I", FONTI)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(0, 7, COUNCIL.upper() + "\n" + COMMITTEE.upper(), align="C")
    pdf.ln(2)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held on Tuesday 14 October 2025 at 10.00 am "
                   "in the Tarn Room, Wexcombe Civic Offices, Market Street, Wexcombe", align="C")
    pdf.ln(4)
    for label, text in ATTEND:
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 4.8, hyphenate(text), align="J")
        pdf.ln(1.5)
    pdf.ln(2)
    for num, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(12, 6, num)
        pdf.multi_cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for kind, payload in blocks:
            if kind == "p":
                pdf.set_font("DV", "", 9.5)
                pdf.set_x(32)
                pdf.multi_cell(0, 4.8, hyphenate(payload), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "res":
                pdf.set_x(32)
                pdf.set_font("DV", "B", 9.5)
                head, rest = payload.split(": ", 1)
                pdf.multi_cell(0, 4.8, "**" + head + ":** " + hyphenate(rest), align="J",
                               markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9.5)
                pdf.ln(3)
            elif kind == "table":
                pdf.set_font("DV", "", 8.5)
                head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
                with pdf.table(col_widths=(24, 70, 64), line_height=4.3, text_align="LEFT",
                               headings_style=head_style, repeat_headings=1,
                               padding=1.5, borders_layout="ALL") as table:
                    row = table.row()
                    for h in ("Theme", "Members' comments and questions", "Response"):
                        row.cell(h)
                    for theme, comments, resp in payload:
                        row = table.row()
                        row.cell(theme, style=FontFace(emphasis="BOLD"))
                        row.cell(comments)
                        row.cell(resp if resp else "No response recorded at this point.")
                pdf.ln(3)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(0, 5, FINAL)
    pdf.ln(8)
    pdf.cell(0, 5, "Chair ..............................................    Date ....................")
    out = DOCS / PDF_NAME
    pdf.output(str(out))
    return out


def pdf_source_text():
    parts = [COUNCIL, COMMITTEE]
    for label, text in ATTEND:
        parts += [label, text]
    for num, title, blocks in ITEMS:
        parts.append(num + " " + title)
        for kind, payload in blocks:
            if kind == "table":
                for row in payload:
                    parts += [x for x in row if x]
            else:
                parts.append(payload)
    parts.append(FINAL)
    return "\n".join(parts)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("27", "comment", "noted that the action on the respite bed audit remained open",
          "Cllr Tull", "confirmed this would be carried forward to the action log",
          "Senior Democratic Services Officer", ["governance"]),
        Q("28", "question", "proportion of care workers employed by the current framework providers",
          "Cllr Coombe", "around 58 per cent of care workers were currently paid",
          "Head of Commissioning", ["workforce", "adult-social-care", "subcontracting"]),
        Q("28", "concern", "moving to four lead providers could prompt staff to leave the sector",
          "Cllr Pryce", "a joint workforce transition group would meet monthly from January",
          "Head of Commissioning", ["workforce", "adult-social-care", "subcontracting"]),
        Q("28", "question", "whether the proposed hourly rate of £27.40 had been tested",
          "Cllr Lansdale", "a rural travel supplement of £1.85 per hour was included",
          "Corporate Director", ["finance", "adult-social-care"]),
        Q("28", "question", "whether larger national companies would be favoured over small local agencies",
          "Cllr Tull", "local agencies could bid as consortia, with 20 per cent",
          "Officers", ["subcontracting", "privatisation", "adult-social-care"]),
        Q("28", "request", "requested that the evaluation criteria be shared with the Committee",
          "Cllr Vaswani", "agreed to circulate the draft evaluation criteria to Members",
          "Head of Commissioning", ["subcontracting", "governance", "adult-social-care"]),
        Q("28", "comment", "changes of carer at short notice were their biggest worry",
          "Paul Dent (Healthwatch)", None, None,
          ["patient-and-public-input", "adult-social-care"]),
        Q("28", "question", "how continuity of care workers would be protected during the handover",
          "Cllr Coombe", "no package would be transferred without a review visit",
          "Corporate Director", ["adult-social-care", "subcontracting", "workforce"]),
        Q("28", "question", "how many current providers were rated requires improvement",
          "Cllr Brereton", "two of the eleven providers were rated requires improvement",
          "Head of Commissioning", ["governance", "adult-social-care"]),
        Q("29", "question", "how many patients medically fit for discharge were still in acute beds",
          "Cllr Oduya", "the figure had peaked at 96 patients in January 2025",
          "Ms Lyle", ["adult-social-care", "integration"]),
        Q("29", "question", "queried the reliance on agency nurses in the emergency department",
          "Cllr Pryce", "agency spend in the emergency department had fallen by a third",
          "Ms Lyle", ["workforce", "finance"]),
        Q("29", "concern", "long waits for ambulances to hand over patients at the front door",
          "Cllr Vaswani", "the target was for no handover to exceed 45 minutes",
          "Ms Lyle", []),
        Q("29", "request", "Committee receive monthly handover figures throughout the winter",
          "Cllr Tull", "agreed to provide the monthly ambulance handover data to the Committee",
          "Ms Lyle", ["governance"]),
        Q("29", "question", "increase flu vaccine uptake among frontline care home staff",
          "Cllr Lansdale", None,
          None, ["public-health", "workforce", "adult-social-care"]),
        Q("30", "question", "why the contract was being extended rather than re-tendered",
          "Cllr Coombe", "a full procurement would be run in 2027 alongside the wider lifestyle services",
          "Director of Public Health", ["subcontracting", "public-health"]),
        Q("30", "question", "whether any of the grant was being used to fund services that the NHS",
          "Cllr Brereton", "£0.9 million supported sexual health clinics delivered in hospital settings",
          "Director of Public Health", ["finance", "public-health"]),
        Q("30", "concern", "the rise in vaping among secondary school pupils",
          "Cllr Tull", None, None, ["public-health", "children-and-families"]),
    ],
    "resolutions": [
        R("27", "minutes of the meeting held on 9 September 2025 be approved", "agreed", []),
        R("28", "the Committee supports the move to four locality lead providers",
          "recommended", ["subcontracting", "adult-social-care", "workforce"]),
        R("29", "the winter plan be noted and that the Integrated Care Board be asked",
          "noted", ["governance"]),
        R("30", "endorses the two-year extension of the stop smoking service contract",
          "agreed", ["subcontracting", "public-health", "finance"]),
        R("31", "the work programme be agreed, subject to the addition of supported living",
          "agreed", ["adult-social-care", "governance"]),
    ],
    "attendees": [
        A("Cllr Margaret Oduya", "Chair", "present"),
        A("Cllr Peter Lansdale", "Vice-Chair", "present"),
        A("Cllr Harriet Coombe", None, "present"),
        A("Cllr Daniel Pryce", None, "present"),
        A("Cllr Sunita Vaswani", None, "present"),
        A("Cllr Geoffrey Tull", None, "present"),
        A("Cllr Alan Brereton", "substituting for Cllr Kemble", "present"),
        A("Paul Dent", "Healthwatch Wexcombe", "present"),
        A("Rachel Fenwick", "Corporate Director of Adult Social Care, Health and Housing", "in_attendance"),
        A("Dr Tom Okafor", "Director of Public Health", "in_attendance"),
        A("Simon Yeardley", "Head of Commissioning and Market Management – Adults and Health", "in_attendance"),
        A("Joanne Marsh", "Senior Democratic Services Officer", "in_attendance"),
        A("Karen Lyle", "Director of Urgent Care and Patient Flow, NHS Wexcombe and Tarn Integrated Care Board", "in_attendance"),
        A("Cllr Rosalind Hext", "Cabinet Member for Adult Social Care", "in_attendance"),
        A("Cllr Ivor Kemble", None, "apologies"),
        A("Cllr Beth Naylor", None, "apologies"),
    ],
}

# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Health and Adult Social Care Select Committee – membership and meetings | Wexcombe Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:0 auto;color:#1b1b1b}
header.site{background:#00594f;color:#fff;padding:10px 16px}
nav.breadcrumb ol{list-style:none;padding:0;display:flex;gap:6px;font-size:14px}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #bbb;padding:6px;text-align:left}
.contact{background:#eef5f4;padding:12px;border-left:4px solid #00594f}
</style>
</head>
<body>
<header class="site"><a href="/" style="color:#fff">Wexcombe Council</a> – Councillors, democracy and elections</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a> &rsaquo;</li><li><a href="/democracy">Democracy</a> &rsaquo;</li>
<li><a href="/democracy/committees">Committees</a> &rsaquo;</li><li>Health and Adult Social Care Select Committee</li></ol></nav>
<main id="content">
<h1>Health and Adult Social Care Select Committee – membership and meetings</h1>
<p class="lead">The Health and Adult Social Care Select Committee is one of four select committees
at Wexcombe Council. It looks at how the Council and local NHS organisations plan and deliver
health services, public health and adult social care for people in Wexcombe.</p>

<h2>Membership 2025/26</h2>
<p>The Committee has nine voting councillors, appointed by Full Council in proportion to the
political groups, and one co-opted non-voting member.</p>
<table>
<thead><tr><th scope="col">Member</th><th scope="col">Party</th><th scope="col">Role</th></tr></thead>
<tbody>
<tr><td><a href="/councillors/oduya">Councillor Margaret Oduya</a></td><td>Labour</td><td>Chair</td></tr>
<tr><td><a href="/councillors/lansdale">Councillor Peter Lansdale</a></td><td>Liberal Democrat</td><td>Vice-Chair</td></tr>
<tr><td><a href="/councillors/brereton">Councillor Alan Brereton</a></td><td>Conservative</td><td>Substitute member</td></tr>
<tr><td><a href="/councillors/coombe">Councillor Harriet Coombe</a></td><td>Green</td><td>Member</td></tr>
<tr><td><a href="/councillors/kemble">Councillor Ivor Kemble</a></td><td>Conservative</td><td>Member</td></tr>
<tr><td><a href="/councillors/naylor">Councillor Beth Naylor</a></td><td>Labour</td><td>Member</td></tr>
<tr><td><a href="/councillors/pryce">Councillor Daniel Pryce</a></td><td>Labour</td><td>Member</td></tr>
<tr><td><a href="/councillors/tull">Councillor Geoffrey Tull</a></td><td>Independent</td><td>Member</td></tr>
<tr><td><a href="/councillors/vaswani">Councillor Sunita Vaswani</a></td><td>Labour</td><td>Member</td></tr>
<tr><td><a href="/councillors/wolstenholme">Councillor Derek Wolstenholme</a></td><td>Conservative</td><td>Member</td></tr>
<tr><td>Paul Dent</td><td>–</td><td>Co-opted member (Healthwatch Wexcombe), non-voting</td></tr>
</tbody></table>

<h2>Terms of reference (summary)</h2>
<p>The full terms of reference are in Part 3 of the <a href="/constitution">Council's Constitution</a>. In summary, the Committee:</p>
<ul>
<li>carries out the Council's statutory health scrutiny functions, including reviewing any proposal
from an NHS body for a substantial variation in services;</li>
<li>reviews and scrutinises decisions of the Cabinet on adult social care, public health and
housing-related support;</li>
<li>holds the NHS Wexcombe and Tarn Integrated Care Board, local NHS trusts and the ambulance
service to account for the quality and accessibility of services;</li>
<li>considers the commissioning and performance of contracted care services, including home care
and residential care;</li>
<li>may set up task and finish groups and make recommendations to Cabinet, Full Council or partner
organisations.</li>
</ul>
<p>The Committee does not take decisions on individual care packages or complaints. Concerns about
your own care should be raised through the <a href="/adult-social-care/complaints">adult social care complaints procedure</a>.</p>

<h2>Upcoming meetings</h2>
<p>Meetings are held in public in the Tarn Room, Wexcombe Civic Offices, and are webcast live.</p>
<ul class="meetings">
<li><time datetime="2025-12-02T10:00">Tuesday 2 December 2025, 10.00 am</time></li>
<li><time datetime="2026-01-20T10:00">Tuesday 20 January 2026, 10.00 am</time> (joint meeting with the Children's Select Committee)</li>
<li><time datetime="2026-02-24T10:00">Tuesday 24 February 2026, 10.00 am</time></li>
<li><time datetime="2026-04-14T10:00">Tuesday 14 April 2026, 10.00 am</time></li>
</ul>
<p>Agendas are published five clear working days before each meeting. You can view
<a href="/democracy/meetings?committee=hasc">agendas, reports and minutes of past meetings</a>.
Members of the public may ask a question at a meeting by giving notice to Democratic Services by
noon three working days beforehand.</p>

<h2>Contact</h2>
<div class="contact">
<p><strong>Joanne Marsh</strong>, Senior Democratic Services Officer<br>
Email: <a href="mailto:democratic.services@wexcombe.gov.uk">democratic.services@wexcombe.gov.uk</a><br>
Telephone: 01632 960 418<br>
Democratic Services, Wexcombe Civic Offices, Market Street, Wexcombe WX1 2AB</p>
</div>
</main>
<footer><p>Page last updated: 21 October 2025</p><p>&copy; Wexcombe Council</p></footer>
</body>
</html>
"""

HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "other",
    "themes": ["governance", "adult-social-care", "public-health", "integration",
               "patient-and-public-input", "subcontracting"],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = norm(pdf_source_text())
    g = json.loads((GOLD / (Path(PDF_NAME).stem + ".json")).read_text())
    phrases = []
    for q in g["questions"]:
        phrases += [("question", q["text"]), ("answer", q["answer"])]
    for r in g["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        if p is None:
            continue
        n = len(p.split())
        c = src.count(norm(p))
        if c != 1 or not 6 <= n <= 15:
            ok = False
            print(f"FAIL {kind}: count={c} words={n}: {p}")
    # check the PDF text too (with hyphenated line ends joined)
    import pdfplumber
    with pdfplumber.open(DOCS / PDF_NAME) as pdf:
        txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        npages = len(pdf.pages)
    joined = norm(re.sub(r"-\n", "", txt))
    miss = [p for _, p in phrases if p and norm(p) not in joined]
    print(f"PDF pages: {npages}; phrases not found in extracted PDF text (table cells wrap): {len(miss)}")
    for p in miss:
        print("   (info) ", p)
    hg = json.loads((GOLD / (Path(HTML_NAME).stem + ".json")).read_text())
    assert hg["doc_type"] == "other" and "questions" not in hg
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_pdf()
    (DOCS / HTML_NAME).write_text(HTML, encoding="utf-8")
    for gold in (PDF_GOLD, HTML_GOLD):
        (GOLD / (Path(gold["document"]).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built")


if __name__ == "__main__":
    main()
