#!/usr/bin/env python3
"""Build the "cz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cz.py           build documents/cz-* and gold/cz-*.json
        build_cz.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime, html as H
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

PDF_NAME = "cz-northshire-wealdon-icb-joint-committee-2025-09-18.pdf"
HTML_NAME = "cz-northshire-wealdon-icb-urgent-care-engagement-report.html"


def hy(text):
    """Insert soft hyphens into long words so justified lines hyphenate."""
    def f(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        cut = len(w) // 2
        return w[:cut] + SHY + w[cut:]
    return re.sub(r"[A-Za-z]{11,}", f, text)


# ---------------------------------------------------------------- document 1
ORG = "NHS Northshire and Wealdon Integrated Care Board"
COMMITTEE = "Joint Committee with Local Authorities"

MEMBERS = [
    ("Professor Alan Treharne", "Chair (ICB Chair)", "NHS Northshire and Wealdon ICB"),
    ("Cllr Margaret Ellison", "Vice-Chair; Cabinet Member for Adult Social Care", "Northshire County Council"),
    ("Cllr Devinder Sangha", "Cabinet Member for Health and Wellbeing", "Wealdon Borough Council"),
    ("Cllr Rhiannon Pask", "Chair, Health Scrutiny Committee", "Kestrel Bay Council"),
    ("Cllr Tom Aldous", "Portfolio Holder for Housing", "Wealdon Borough Council"),
    ("Dr Fiona Marchetti", "Chief Executive", "NHS Northshire and Wealdon ICB"),
    ("Ms Joanne Oduya", "Chief Nursing Officer", "NHS Northshire and Wealdon ICB"),
    ("Mr Peter Llewellyn", "Director of Adult Social Services", "Northshire County Council"),
]
IN_ATT = [
    ("Mr Graham Hext", "Director of Urgent and Emergency Care and System Flow", "NHS Northshire and Wealdon ICB"),
    ("Mrs Sunita Varma", "Associate Director of Procurement and Contract Management", "NHS Northshire and Wealdon ICB"),
    ("Dr Owen Castell", "Director of Public Health", "Kestrel Bay Council"),
    ("Ms Leanne Fairweather", "Chief Executive Officer", "Healthwatch Northshire"),
    ("Mr Callum Ridd", "Corporate Governance Manager (minutes)", "NHS Northshire and Wealdon ICB"),
]
APOLOGIES = [
    ("Cllr Brian Hollins", "Northshire County Council"),
    ("Ms Adaeze Kamara", "Director of Children's Services, Kestrel Bay Council"),
]

# Each item: (ref, title, blocks). Blocks: ("discussion", [paras]) ("decision", [paras]) ("actions", rows) ("text", [paras])
ITEMS = [
    ("JC/25/031", "Welcome, apologies and quoracy", [
        ("text", ["The Chair welcomed members and those in attendance to the meeting, which was held at "
                  "Wealdon Civic Offices and was also streamed for members of the public. Apologies were "
                  "received as listed above. The Corporate Governance Manager confirmed that the meeting "
                  "was quorate, with representation from the ICB and from all three local authorities."]),
    ]),
    ("JC/25/032", "Declarations of interest", [
        ("text", ["Cllr Pask declared a non-pecuniary interest in item JC/25/035 as a trustee of a charity "
                  "that provides patient transport in Kestrel Bay. No other interests were declared in "
                  "addition to those already recorded on the register of interests."]),
    ]),
    ("JC/25/033", "Minutes of the meeting held on 19 June 2025, matters arising and action log", [
        ("discussion", ["The Committee reviewed the action log. Actions JC/25/014 and JC/25/019 were "
                        "complete and could be closed. In relation to action JC/25/022, Cllr Ellison "
                        "(Northshire County Council) asked why the joint discharge dashboard had still not been "
                        "shared with the three councils. The ICB Chief Executive responded that an information "
                        "sharing agreement had now been signed and the dashboard would be circulated by the end of "
                        "September."]),
        ("decision", ["The Committee APPROVED the minutes of the meeting held on 19 June 2025 as an accurate "
                      "record and NOTED the action log."]),
    ]),
    ("JC/25/034", "Urgent and emergency care: winter plan 2025/26", [
        ("text", ["The Director of Urgent and Emergency Care and System Flow presented the system winter plan, "
                  "which set out additional capacity of 112 escalation beds, an expanded virtual ward of 160 "
                  "beds and extended opening of the two urgent treatment centres. The plan was funded from "
                  "£6.4m of non-recurrent winter monies and assumed a vaccination uptake among front-line "
                  "staff of at least 55 per cent."]),
        ("discussion", [
            "The Committee noted the improvement in ambulance handover times since last winter. Cllr Sangha "
            "(Wealdon Borough Council) asked how many of the escalation beds would actually be staffed by "
            "substantive staff rather than agency nurses. The ICB Chief Executive responded that around two "
            "thirds would be staffed substantively, with the remainder covered through the collaborative "
            "staff bank rather than off-framework agencies. Cllr Pask (Kestrel Bay Council) expressed concern "
            "that the urgent treatment centre at Kestrel Bay would again close at 8pm over the Christmas "
            "period, leaving residents a forty minute journey. The Director of Urgent and Emergency Care and "
            "System Flow explained that the opening hours had been extended to midnight from 1 December and "
            "that this would be publicised through the councils' own channels.",
            "Cllr Aldous (Wealdon Borough Council) questioned whether the plan took account of people "
            "discharged from hospital to temporary accommodation with no settled home. The Director of Adult "
            "Social Services said that two housing officers would be based on the acute wards from November, "
            "funded through the Better Care Fund, and that this would be reported to the next meeting. "
            "Ms Fairweather (Healthwatch Northshire) asked whether the flu vaccination offer for unpaid carers "
            "would be promoted this year, as feedback from last winter showed that many carers were unaware "
            "they were eligible; no answer was recorded at the meeting and the point was taken as an action.",
        ]),
        ("decision", ["The Committee NOTED the system winter plan for 2025/26 and the associated risks.",
                      "The Committee SUPPORTED the extension of urgent treatment centre opening hours at Kestrel Bay over the winter."]),
        ("actions", [("JC/25/034a", "Confirm arrangements for promoting flu vaccination to unpaid carers", "Chief Nursing Officer", "Oct 2025"),
                     ("JC/25/034b", "Report on housing officers on acute wards to next meeting", "Director of Adult Social Services", "Dec 2025")]),
    ]),
    ("JC/25/035", "Community diagnostic centre: procurement of additional capacity", [
        ("text", ["The Associate Director of Procurement and Contract Management introduced a paper seeking "
                  "support for the procurement of MRI and CT capacity at the Wealdon community diagnostic centre "
                  "through a three-year contract with an independent sector provider, valued at up to £11.2m, "
                  "using the national framework under the Provider Selection Regime."]),
        ("discussion", [
            "The Committee noted that waiting times for MRI currently stood at eleven weeks against a six week "
            "standard. Cllr Ellison (Northshire County Council) asked why the capacity could not be provided "
            "in-house by the acute trust rather than by a private company. The Associate Director of Procurement "
            "and Contract Management responded that the trust did not have the radiographers or the capital "
            "to expand within the timescale, and that the contract included a break clause at eighteen months "
            "to allow the service to be brought back in-house. Cllr Pask (Kestrel Bay Council) sought "
            "clarification on whether any NHS staff would transfer to the provider under TUPE. It was "
            "confirmed that no NHS staff would transfer as this was new capacity only.",
            "Cllr Sangha (Wealdon Borough Council) requested that the Committee receive quarterly information "
            "on the provider's performance against the contract, including patient experience results. The "
            "ICB Chief Executive agreed and said that contract monitoring reports would be added to the forward "
            "plan. Ms Fairweather commented that patients had told Healthwatch they were not always told "
            "which organisation was providing their scan.",
        ]),
        ("decision", ["The Committee APPROVED the procurement of additional diagnostic capacity through the national framework, "
                      "subject to quarterly contract monitoring reports to this Committee."]),
        ("actions", [("JC/25/035a", "Add quarterly contract monitoring reports to forward plan", "Corporate Governance Manager", "Nov 2025")]),
    ]),
    ("JC/25/036", "Joint commissioning of home care and discharge to assess", [
        ("text", ["The Director of Adult Social Services and the Chief Nursing Officer presented proposals for a "
                  "joint commissioning framework for home care and discharge to assess across Northshire and "
                  "Wealdon, with a pooled budget of £38m hosted by Northshire County Council."]),
        ("discussion", [
            "The Committee noted that 74 people were waiting in hospital for a package of care on the day of the "
            "meeting. Cllr Aldous asked what hourly rate would be paid to home care providers under the joint "
            "framework and whether it would meet the real living wage. The Director of Adult Social Services "
            "responded that the proposed rate was £24.60 per hour, which allowed providers to pay care workers "
            "the real living wage, and that this was a condition of the framework. Cllr Ellison raised concerns "
            "about the financial risk to the County Council as host of the pooled budget if activity exceeded "
            "plan. The ICB Chief Executive explained that a risk share agreement would divide any overspend "
            "equally between the ICB and the councils.",
            "Cllr Pask asked how the views of service users and carers had shaped the proposals. The Chief "
            "Nursing Officer said that two co-production workshops had been held with people who use services "
            "and that their priorities for continuity of carer had been written into the specification.",
        ]),
        ("decision", ["The Committee RECOMMENDED to the ICB Board and to the Cabinets of the partner councils that the joint "
                      "commissioning framework and pooled budget be approved."]),
    ]),
    ("JC/25/037", "Children and young people's emotional wellbeing and mental health", [
        ("text", ["Dr Castell presented an update on the local transformation plan for children and young people's "
                  "mental health, including the roll-out of mental health support teams to a further 40 schools."]),
        ("discussion", [
            "Cllr Sangha asked how long children were currently waiting for a first CAMHS appointment in Wealdon. "
            "Dr Castell responded that the median wait was 14 weeks but that some children with neurodevelopmental "
            "needs waited considerably longer, and that a separate report on autism assessment would come "
            "to a future meeting. Cllr Pask expressed concern that the absence of a representative from "
            "children's services meant the Committee could not properly consider the link with early help.",
        ]),
        ("decision", ["The Committee NOTED the update on children and young people's mental health and requested a report "
                      "on neurodevelopmental assessment waits."]),
    ]),
    ("JC/25/038", "System workforce plan: progress report", [
        ("text", ["The Chief Nursing Officer presented the six-monthly progress report on the system workforce plan."]),
        ("discussion", [
            "The Committee noted that the registered nurse vacancy rate had fallen to 6.8 per cent. Cllr Ellison "
            "asked whether the ICB would work with the councils on a shared care academy for social care and "
            "NHS support workers. The Chief Nursing Officer responded that a bid for a joint health and care "
            "academy had been submitted to the regional team and an outcome was expected in November.",
        ]),
        ("decision", ["The Committee NOTED the workforce progress report and welcomed the fall in the nurse vacancy rate."]),
    ]),
    ("JC/25/039", "Any other business and date of next meeting", [
        ("text", ["There was no other business. The next meeting would be held on Thursday 11 December 2025 "
                  "at 2.00pm at Kestrel Bay Town Hall."]),
    ]),
]


class ICBPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(0, 94, 184)
        self.cell(0, 5, ORG, align="L")
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Joint Committee with Local Authorities – 18 September 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 94, 184)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(60, 5, "Approved minutes – OFFICIAL", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(path):
    pdf = ICBPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Joint Committee with Local Authorities minutes 18 September 2025")
    pdf.set_author(ORG)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DV", "B", 15)
    pdf.set_text_color(0, 48, 135)
    pdf.multi_cell(0, 7, "Minutes of the Joint Committee with Local Authorities", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(0, 5.5, "Meeting held in public on Thursday 18 September 2025 at 2.00pm\n"
                   "Council Chamber, Wealdon Civic Offices, Market Street, Wealdon", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # attendance table
    pdf.set_font("DV", "", 8.5)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 94, 184))
    sect = FontFace(emphasis="BOLD", fill_color=(222, 232, 245))
    with pdf.table(col_widths=(45, 75, 50), text_align="LEFT", line_height=4.6,
                   headings_style=head, borders_layout="HORIZONTAL_LINES") as t:
        r = t.row()
        for c in ("Name", "Title", "Organisation"):
            r.cell(c)
        r = t.row(); r.cell("Members", colspan=3, style=sect)
        for n, ti, o in MEMBERS:
            r = t.row(); r.cell(n); r.cell(ti); r.cell(o)
        r = t.row(); r.cell("In attendance", colspan=3, style=sect)
        for n, ti, o in IN_ATT:
            r = t.row(); r.cell(n); r.cell(ti); r.cell(o)
    pdf.ln(3)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Apologies", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    for n, o in APOLOGIES:
        pdf.cell(5, 5, "•")
        pdf.cell(0, 5, f"{n} ({o})", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for ref, title, blocks in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_fill_color(214, 226, 240)
        pdf.set_font("DV", "B", 10.5)
        pdf.set_text_color(0, 48, 135)
        pdf.multi_cell(0, 7.5, f"{ref}   {title}", fill=True, padding=(0.5, 2),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        for kind, content in blocks:
            if kind in ("discussion", "decision"):
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(0, 6, "Discussion" if kind == "discussion" else "Decision",
                         new_x="LMARGIN", new_y="NEXT")
            if kind == "actions":
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(0, 6, "Actions", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 8.5)
                with pdf.table(col_widths=(22, 88, 40, 20), text_align="LEFT", line_height=4.6,
                               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
                    r = t.row()
                    for c in ("Ref", "Action", "Owner", "Due"):
                        r.cell(c)
                    for row in content:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(3)
                continue
            pdf.set_font("DV", "", 9.5)
            for para in content:
                pdf.multi_cell(0, 5, hy(para), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("DV", "", 9.5)
    pdf.cell(0, 6, "The meeting closed at 4.25pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 6, "Signed: ..................................................  (Chair)     Date: ....................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def pdf_source_text():
    parts = [ORG, COMMITTEE]
    for row in MEMBERS + IN_ATT:
        parts.append(" ".join(row))
    for n, o in APOLOGIES:
        parts.append(f"{n} ({o})")
    for ref, title, blocks in ITEMS:
        parts.append(f"{ref} {title}")
        for kind, content in blocks:
            for c in content:
                parts.append(" ".join(c) if isinstance(c, tuple) else c)
    return "\n".join(parts)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Joint Committee with Local Authorities",
    "meeting_date": "2025-09-18",
    "items": [{"number": ref, "title": title} for ref, title, _ in ITEMS],
    "questions": [
        Q("JC/25/033", "question", "asked why the joint discharge dashboard had still not been shared",
          "Cllr Ellison (Northshire County Council)",
          "an information sharing agreement had now been signed and the dashboard",
          "The ICB Chief Executive", ["integration", "governance"]),
        Q("JC/25/034", "question", "how many of the escalation beds would actually be staffed by substantive staff",
          "Cllr Sangha (Wealdon Borough Council)",
          "around two thirds would be staffed substantively, with the remainder covered",
          "The ICB Chief Executive", ["workforce"]),
        Q("JC/25/034", "concern", "urgent treatment centre at Kestrel Bay would again close at 8pm",
          "Cllr Pask (Kestrel Bay Council)",
          "the opening hours had been extended to midnight from 1 December",
          "The Director of Urgent and Emergency Care and System Flow", []),
        Q("JC/25/034", "question", "discharged from hospital to temporary accommodation with no settled home",
          "Cllr Aldous (Wealdon Borough Council)",
          "two housing officers would be based on the acute wards from November",
          "The Director of Adult Social Services", ["housing", "adult-social-care", "integration"]),
        Q("JC/25/034", "question", "asked whether the flu vaccination offer for unpaid carers would be promoted",
          "Ms Fairweather (Healthwatch Northshire)", None, None,
          ["public-health", "adult-social-care", "patient-and-public-input"]),
        Q("JC/25/035", "question", "why the capacity could not be provided in-house by the acute trust",
          "Cllr Ellison (Northshire County Council)",
          "the trust did not have the radiographers or the capital to expand",
          "The Associate Director of Procurement and Contract Management",
          ["privatisation", "subcontracting", "workforce"]),
        Q("JC/25/035", "question", "sought clarification on whether any NHS staff would transfer to the provider",
          "Cllr Pask (Kestrel Bay Council)",
          "no NHS staff would transfer as this was new capacity only",
          None, ["workforce", "subcontracting"]),
        Q("JC/25/035", "request", "receive quarterly information on the provider's performance against the contract",
          "Cllr Sangha (Wealdon Borough Council)",
          "contract monitoring reports would be added to the forward plan",
          "The ICB Chief Executive", ["subcontracting", "governance", "patient-and-public-input"]),
        Q("JC/25/035", "comment", "patients had told Healthwatch they were not always told which organisation",
          "Ms Fairweather", None, None, ["patient-and-public-input", "subcontracting"]),
        Q("JC/25/036", "question", "what hourly rate would be paid to home care providers under the joint framework",
          "Cllr Aldous",
          "the proposed rate was £24.60 per hour, which allowed providers to pay",
          "The Director of Adult Social Services",
          ["adult-social-care", "finance", "workforce", "subcontracting"]),
        Q("JC/25/036", "concern", "financial risk to the County Council as host of the pooled budget",
          "Cllr Ellison",
          "a risk share agreement would divide any overspend equally between the ICB",
          "The ICB Chief Executive", ["finance", "integration", "governance"]),
        Q("JC/25/036", "question", "asked how the views of service users and carers had shaped the proposals",
          "Cllr Pask",
          "two co-production workshops had been held with people who use services",
          "The Chief Nursing Officer", ["patient-and-public-input", "adult-social-care"]),
        Q("JC/25/037", "question", "how long children were currently waiting for a first CAMHS appointment",
          "Cllr Sangha",
          "the median wait was 14 weeks but that some children with neurodevelopmental",
          "Dr Castell", ["mental-health", "children-and-families"]),
        Q("JC/25/037", "concern", "absence of a representative from children's services meant the Committee",
          "Cllr Pask", None, None, ["children-and-families", "governance"]),
        Q("JC/25/038", "question", "work with the councils on a shared care academy for social care",
          "Cllr Ellison",
          "a bid for a joint health and care academy had been submitted",
          "The Chief Nursing Officer", ["workforce", "integration", "adult-social-care"]),
    ],
    "resolutions": [
        R("JC/25/033", "APPROVED the minutes of the meeting held on 19 June 2025", "agreed", []),
        R("JC/25/034", "The Committee NOTED the system winter plan for 2025/26", "noted", []),
        R("JC/25/034", "SUPPORTED the extension of urgent treatment centre opening hours at Kestrel Bay", "agreed", []),
        R("JC/25/035", "APPROVED the procurement of additional diagnostic capacity through the national framework",
          "agreed", ["subcontracting", "privatisation"]),
        R("JC/25/036", "RECOMMENDED to the ICB Board and to the Cabinets of the partner councils",
          "recommended", ["subcontracting", "integration", "adult-social-care", "finance"]),
        R("JC/25/037", "NOTED the update on children and young people's mental health",
          "noted", ["mental-health", "children-and-families"]),
        R("JC/25/038", "NOTED the workforce progress report and welcomed the fall", "noted", ["workforce"]),
    ],
    "attendees": (
        [{"name": n, "role": t, "attendance": "present"} for n, t, o in MEMBERS]
        + [{"name": n, "role": t, "attendance": "in_attendance"} for n, t, o in IN_ATT]
        + [{"name": "Cllr Brian Hollins", "role": None, "attendance": "apologies"},
           {"name": "Ms Adaeze Kamara", "role": "Director of Children's Services", "attendance": "apologies"}]
    ),
}

# ---------------------------------------------------------------- document 2
HTML_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Engagement report: what you told us about urgent care | NHS Northshire and Wealdon ICB</title>
<link rel="stylesheet" href="/assets/css/nhsuk-frontend.min.css">
</head>
<body class="nhsuk-template">
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-width-container nhsuk-header__container">
    <a class="nhsuk-header__link" href="/">NHS Northshire and Wealdon Integrated Care Board</a>
    <nav class="nhsuk-header__navigation"><ul>
      <li><a href="/your-health">Your health</a></li>
      <li><a href="/get-involved">Get involved</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/publications">Publications</a></li>
    </ul></nav>
  </div>
</header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/get-involved">Get involved</a></li>
  <li><a href="/get-involved/reports">Engagement reports</a></li></ol></nav>
<main id="maincontent" class="nhsuk-main-wrapper">
<div class="nhsuk-width-container">
<h1>Engagement report: what you told us about urgent care</h1>
<p class="nhsuk-lede-text">Between 3 March and 27 April 2025 we asked people across Northshire, Wealdon and
Kestrel Bay about their experience of getting urgent help when they could not wait for a routine
appointment. This page summarises what we heard and what we are doing about it.</p>
<p class="nhsuk-body-s">Published: 14 July 2025 &middot; Last reviewed: 14 July 2025</p>

<h2>How we listened</h2>
<ul>
  <li>2,318 people completed our online and paper survey</li>
  <li>14 drop-in sessions in libraries, markets and family hubs, attended by 412 people</li>
  <li>6 focus groups, including with carers, young people, people who are homeless and Polish-speaking residents</li>
  <li>Partnership with Healthwatch Northshire, who spoke to 96 people waiting in emergency departments</li>
</ul>

<h2>What you told us</h2>
<div class="nhsuk-card"><div class="nhsuk-card__content">
<h3 class="nhsuk-card__heading">Key figures from the survey</h3>
<table class="nhsuk-table">
<caption class="nhsuk-table__caption">Survey responses (base: 2,318)</caption>
<thead><tr><th>Statement</th><th>Agree</th><th>Disagree</th></tr></thead>
<tbody>
<tr><td>I knew where to go when I needed urgent care</td><td>54%</td><td>38%</td></tr>
<tr><td>I tried NHS 111 before going anywhere else</td><td>61%</td><td>33%</td></tr>
<tr><td>I went to A&amp;E because I could not get a GP appointment</td><td>29%</td><td>58%</td></tr>
<tr><td>Travel to the urgent treatment centre was difficult</td><td>41%</td><td>44%</td></tr>
<tr><td>I was kept informed about how long I would wait</td><td>36%</td><td>51%</td></tr>
</tbody></table>
</div></div>

<p>People in Kestrel Bay were twice as likely as people in Wealdon to say travel was a barrier, and parents of
children under five were the group most likely to go straight to A&amp;E. Carers told us that they often
delayed seeking help for themselves because they could not leave the person they care for.</p>

<h3>In your words</h3>
<blockquote><p>&ldquo;The urgent treatment centre shuts at eight. After that it&rsquo;s a forty minute drive, and
I don&rsquo;t drive.&rdquo;</p><footer>Resident, Kestrel Bay</footer></blockquote>
<blockquote><p>&ldquo;111 were brilliant but then nobody rang me back for six hours with a poorly toddler.&rdquo;</p>
<footer>Parent, Wealdon</footer></blockquote>
<blockquote><p>&ldquo;I sat in A&amp;E for nine hours because I couldn&rsquo;t get through to my surgery at
8am.&rdquo;</p><footer>Survey respondent, Northshire</footer></blockquote>
<blockquote><p>&ldquo;Nobody asked if I had somewhere safe to go home to.&rdquo;</p>
<footer>Focus group participant</footer></blockquote>

<h2>You said, we did</h2>
<dl class="nhsuk-summary-list">
  <div class="nhsuk-summary-list__row"><dt>You said</dt><dd>The Kestrel Bay urgent treatment centre closes too early.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>We did</dt><dd>From 1 December 2025 the centre will stay open until midnight, seven days a week, through the winter.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>You said</dt><dd>You did not know about pharmacy and urgent care options.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>We did</dt><dd>We are running a &ldquo;Right care, right place&rdquo; campaign with local pharmacies, schools and the three councils from October.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>You said</dt><dd>Call-backs from 111 for young children take too long.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>We did</dt><dd>A paediatric clinical assessment service staffed by children&rsquo;s nurses now calls parents back within one hour.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>You said</dt><dd>People leaving hospital were not asked about their housing.</dd></div>
  <div class="nhsuk-summary-list__row"><dt>We did</dt><dd>Council housing officers will work on the acute wards from November 2025.</dd></div>
</dl>

<h2>What happens next</h2>
<p>This report was presented to the Joint Committee with Local Authorities on 18 September 2025 and will inform
the system winter plan. We will publish an update in spring 2026. If you would like to join our People&rsquo;s
Panel and give feedback on future plans, please <a href="/get-involved/peoples-panel">sign up online</a>.</p>
<p><a href="/media/urgent-care-engagement-report-2025.pdf">Download the full engagement report (PDF, 1.8MB)</a></p>
</div>
</main>
<footer class="nhsuk-footer"><div class="nhsuk-width-container">
<p>&copy; NHS Northshire and Wealdon Integrated Care Board 2025</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>
</div></footer>
</body>
</html>
"""

GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "report",
    "themes": ["patient-and-public-input", "primary-care", "children-and-families", "housing"],
}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = norm(pdf_source_text())
    for gold, name in ((GOLD_PDF, PDF_NAME), (GOLD_HTML, HTML_NAME)):
        p = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if json.load(open(p)) != json.loads(json.dumps(gold)):
            print("gold file out of date:", p); ok = False
        if not os.path.exists(os.path.join(DOCS, name)):
            print("missing document", name); ok = False
    phrases = []
    for q in GOLD_PDF["questions"]:
        phrases.append(q["text"])
        if q["answer"]:
            phrases.append(q["answer"])
    phrases += [r["text"] for r in GOLD_PDF["resolutions"]]
    for ph in phrases:
        n = len(ph.split())
        cnt = src.count(norm(ph))
        if cnt != 1 or not 6 <= n <= 15:
            print(f"BAD ({cnt} hits, {n} words): {ph}"); ok = False
    # the PDF text layer should also contain each phrase (soft hyphens may split words)
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
        txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    txt = norm(re.sub(r"-\n", "", txt))
    miss = [ph for ph in phrases if norm(ph) not in txt]
    if miss:
        print(f"note: {len(miss)} phrases split across lines in the PDF text layer (expected with wrapping)")
    print("items", len(GOLD_PDF["items"]), "questions", len(GOLD_PDF["questions"]),
          "resolutions", len(GOLD_PDF["resolutions"]), "attendees", len(GOLD_PDF["attendees"]))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f:
        f.write(HTML_PAGE)
    for gold, name in ((GOLD_PDF, PDF_NAME), (GOLD_HTML, HTML_NAME)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
