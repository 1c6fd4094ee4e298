#!/usr/bin/env python3
"""Build the "bm-" documents of the other-councils evaluation set and their gold annotations.

  build_bm.py          write documents/bm-* and gold/bm-*.json
  build_bm.py --check  verify every gold phrase occurs verbatim (ignoring case,
                       punctuation and white space) and uniquely in its document
"""
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

HTML_NAME = "bm-halmshire-adult-social-care-health-scrutiny-2025-03-11.html"
PDF_NAME = "bm-halmshire-members-enquiry-home-care-response.pdf"

# ---------------------------------------------------------------------------
# Document 1: bespoke ASP.NET minutes page
# ---------------------------------------------------------------------------

ITEMS = [
    ("21", "Apologies for Absence and Substitutions", [
        "<p>Apologies for absence were received from Cllr Alan Wilkes and Cllr Susan Ferris. "
        "Cllr Hannah Greaves attended as substitute for Cllr Wilkes.</p>",
    ]),
    ("22", "Declarations of Interest", [
        "<p>Cllr Bernadette Okafor declared a non-pecuniary interest in item 25 as she is "
        "employed as a physiotherapist by Halmshire and Coldwater NHS Foundation Trust. "
        "She remained in the meeting and took part in the discussion.</p>",
    ]),
    ("23", "Minutes of the Previous Meeting", [
        "<p>The minutes of the meeting held on 21 January 2025 were submitted.</p>",
        "<p><strong>RESOLVED:</strong> That the minutes of the meeting held on 21 January "
        "2025 be confirmed as a correct record and signed by the Chair.</p>",
    ]),
    ("24", "Recommissioning of Home Care Services 2025-2030", [
        "<p>The Head of Commissioning and Market Management (Adults) introduced the report, "
        "which set out the proposed model for recommissioning home care from October 2025. "
        "The current framework of 31 providers would be replaced by six geographical "
        "&lsquo;zones&rsquo;, each with a lead provider and a small number of secondary "
        "providers, with a total contract value of approximately &pound;212 million over five "
        "years plus an option to extend for two further years.</p>",
        "<p>Cllr Paul Renshaw asked how many of the existing 31 providers were expected to "
        "lose work under the zonal model and what would happen to their staff. In reply, the "
        "Head of Commissioning said that no provider would be excluded from bidding and that "
        "TUPE would apply where care packages transferred between organisations. Cllr Renshaw "
        "further asked whether the Council had considered bringing part of the service back "
        "in-house rather than relying entirely on the independent sector. In reply, the "
        "Corporate Director said that an in-house option had been costed but was not "
        "affordable within the current medium term financial plan.</p>",
        "<p>Cllr Tom Lister asked what weighting would be given to price compared with "
        "quality in the evaluation of tenders. In reply, the Head of Commissioning said the "
        "evaluation would be weighted sixty per cent quality and forty per cent price, with "
        "ten per cent of the quality score reserved for social value. Cllr Lister also asked "
        "whether the hourly rate paid to providers would allow care workers to receive the Real "
        "Living Wage. The Chair advised that a written response would be provided.</p>",
        "<p>Cllr Hannah Greaves expressed concern that people receiving care in rural areas of "
        "the borough had waited longest for packages to start last winter. In reply, the "
        "Corporate Director said rural zones would carry an enhanced rate to reflect travel "
        "time between visits.</p>",
        "<p><strong>RESOLVED:</strong> (1) That the report be noted.<br>"
        "(2) That the Committee supports the zonal model for home care as set out in the report.<br>"
        "(3) That the Executive Member for Adult Social Care be asked to report back on "
        "provider take-up before the contract is awarded.</p>",
    ]),
    ("25", "Stroke Rehabilitation Services &ndash; Public Consultation", [
        "<p>Jo Kendrick, Director of Strategy and Partnerships, Halmshire and Coldwater "
        "Integrated Care Board, presented the proposals to consolidate inpatient stroke "
        "rehabilitation on a single site at Coldwater Community Hospital, closing the twelve "
        "beds on Ward 4 at Halmshire General Hospital. A twelve-week public consultation would "
        "run from 7 April 2025.</p>",
        "<p>Cllr Bernadette Okafor asked how patients and carers without access to a car would "
        "reach Coldwater, which was two bus journeys from much of the borough. In reply, the "
        "Director of Strategy and Partnerships said the ICB would fund a volunteer transport "
        "scheme for families visiting patients. Cllr Devinder Sahota asked how many people with "
        "lived experience of stroke had been involved in designing the consultation. In reply, "
        "the Director said a reference group of fourteen stroke survivors and carers had "
        "reviewed the questionnaire and the easy read version.</p>",
        "<p>Cllr Paul Renshaw asked whether the Committee regarded the proposal as a "
        "substantial variation in service requiring formal consultation with the Committee. "
        "The Chair advised that a written response would be provided following legal advice.</p>",
        "<p><strong>RESOLVED:</strong> (1) That the proposed reconfiguration of stroke "
        "rehabilitation beds be considered a substantial variation to health services.<br>"
        "(2) That the ICB be recommended to extend the consultation period to fourteen weeks to "
        "cover the Easter holidays.<br>"
        "(3) That the ICB present the consultation findings to the Committee in September 2025.</p>",
    ]),
    ("26", "Public Health Grant 2025/26 and Stop Smoking Service", [
        "<p>Dr Ravi Menon, Director of Public Health, reported that the public health grant "
        "allocation for 2025/26 was &pound;18.4 million, an increase of 2.1 per cent, and that the "
        "Stop Smoking Service delivered by Breathe Easy CIC had been extended to March 2026.</p>",
        "<p>Cllr Tom Lister asked why quit rates in the two most deprived wards remained "
        "below half the borough average. In reply, the Director of Public Health said the service "
        "had too few community venues in those wards and that outreach clinics at the two "
        "family hubs would begin in May. Cllr Margaret Ashworth asked whether the extension of "
        "the contract without competition represented value for money. In reply, the Director "
        "said the provider's unit cost per four-week quitter was the third lowest in the region.</p>",
        "<p>Cllr Hannah Greaves requested that future reports include data on vaping among "
        "secondary school pupils. The Director agreed to include this in the next annual "
        "report.</p>",
        "<p><strong>RESOLVED:</strong> That the public health grant allocation and the "
        "extension of the Stop Smoking Service contract be noted.</p>",
    ]),
    ("27", "Adult Social Care Workforce Strategy Update", [
        "<p>The Corporate Director of Adult Social Care and Housing gave an update on the "
        "workforce strategy. The vacancy rate among the Council's own social workers had fallen "
        "from 19 per cent to 12 per cent over the year.</p>",
        "<p>Cllr Devinder Sahota asked how much the Council was still spending on agency social "
        "workers each month. In reply, the Corporate Director said agency spend had fallen to "
        "around &pound;140,000 a month from a peak of &pound;310,000 in 2023. Cllr Okafor queried "
        "whether international recruits were being offered support with housing on arrival. "
        "In reply, the Corporate Director said that six units of key worker accommodation had been "
        "set aside with the Council's housing company.</p>",
        "<p><strong>RESOLVED:</strong> (1) That the update be noted.<br>"
        "(2) That a further update on retention of newly qualified social workers be added to "
        "the work programme.</p>",
    ]),
    ("28", "Work Programme 2024/25", [
        "<p>The Senior Democratic Services Officer presented the work programme.</p>",
        "<p><strong>RESOLVED:</strong> That the work programme be agreed, subject to the "
        "addition of an item on hospital discharge delays for the June meeting.</p>",
    ]),
]

ATTEND_HTML = """
<h3>Councillors present</h3>
<ul>
<li>Cllr Margaret Ashworth (Chair)</li>
<li>Cllr Devinder Sahota (Vice-Chair)</li>
<li>Cllr Hannah Greaves (substitute for Cllr Wilkes)</li>
<li>Cllr Tom Lister</li>
<li>Cllr Bernadette Okafor</li>
<li>Cllr Paul Renshaw</li>
</ul>
<h3>Officers in attendance</h3>
<ul>
<li>Fiona Marsh &ndash; Corporate Director of Adult Social Care and Housing</li>
<li>Dr Ravi Menon &ndash; Director of Public Health</li>
<li>Gareth Holt &ndash; Head of Commissioning and Market Management (Adults)</li>
<li>Lorna Pike &ndash; Senior Democratic Services Officer</li>
<li>Jo Kendrick &ndash; Director of Strategy and Partnerships, Halmshire and Coldwater ICB (for item 25)</li>
</ul>
<h3>Apologies</h3>
<ul>
<li>Cllr Alan Wilkes</li>
<li>Cllr Susan Ferris</li>
</ul>
"""


def build_html():
    rows = []
    for no, title, paras in ITEMS:
        rows.append(
            f'<tr class="itemHeader"><td class="itemNo">{no}</td>'
            f'<td class="itemTitle">{title}</td></tr>')
        body = "\n".join(paras)
        rows.append(f'<tr class="itemBody"><td colspan="2">\n{body}\n</td></tr>')
    table = "\n".join(rows)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Minutes - Adult Social Care and Health Scrutiny Committee - 11 March 2025 - Halmshire Borough Council</title>
<link rel="stylesheet" type="text/css" href="/Democracy/App_Themes/Halmshire/site.css" />
</head>
<body>
<form name="aspnetForm" method="post" action="./MeetingMinutes.aspx?MeetingId=4417" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIyMA9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUMTWludXRlcyA0NDE3ZGQ=" />
</div>
<div id="header"><a href="/"><img src="/Democracy/images/hbc-logo.png" alt="Halmshire Borough Council" /></a>
<ul id="topnav"><li><a href="/Democracy/Committees.aspx">Committees</a></li><li><a href="/Democracy/Calendar.aspx">Meetings calendar</a></li><li><a href="/Democracy/Councillors.aspx">Your councillors</a></li></ul></div>
<div id="breadcrumb"><a href="/Democracy/Committees.aspx">Committees</a> &gt; <a href="/Democracy/Committee.aspx?Id=38">Adult Social Care and Health Scrutiny Committee</a> &gt; Minutes</div>
<div id="ctl00_MainContent_pnlMinutes" class="minutesPanel">
<h1 id="ctl00_MainContent_lblTitle">Adult Social Care and Health Scrutiny Committee</h1>
<h2 id="ctl00_MainContent_lblMeeting">Minutes of the meeting held on Tuesday, 11 March 2025 at 6.00 pm, Committee Room 2, Halmshire Civic Centre</h2>
<p class="status">Status: <span id="ctl00_MainContent_lblStatus">Approved</span></p>
<div id="ctl00_MainContent_pnlAttendance" class="attendance">
{ATTEND_HTML}
</div>
<table class="minutesTable" id="ctl00_MainContent_gvMinutes" cellspacing="0" border="0">
{table}
</table>
<p class="closing">The meeting closed at 8.12 pm.</p>
<p class="closing">Chair .................................................</p>
</div>
<div id="footer">&copy; Halmshire Borough Council 2025 | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | Powered by HBC Democracy v3.2</div>
</form>
</body>
</html>
"""


def html_text(src):
    src = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<[^>]+>", " ", src)
    return html.unescape(src)


GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "21", "title": "Apologies for Absence and Substitutions"},
        {"number": "22", "title": "Declarations of Interest"},
        {"number": "23", "title": "Minutes of the Previous Meeting"},
        {"number": "24", "title": "Recommissioning of Home Care Services 2025-2030"},
        {"number": "25", "title": "Stroke Rehabilitation Services – Public Consultation"},
        {"number": "26", "title": "Public Health Grant 2025/26 and Stop Smoking Service"},
        {"number": "27", "title": "Adult Social Care Workforce Strategy Update"},
        {"number": "28", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        {"item": "24", "kind": "question",
         "text": "asked how many of the existing 31 providers were expected to lose work",
         "asked_by": "Cllr Paul Renshaw",
         "answer": "TUPE would apply where care packages transferred between organisations",
         "given_by": "Head of Commissioning",
         "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "24", "kind": "question",
         "text": "considered bringing part of the service back in-house rather than relying entirely",
         "asked_by": "Cllr Renshaw",
         "answer": "an in-house option had been costed but was not affordable",
         "given_by": "Corporate Director",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "24", "kind": "question",
         "text": "asked what weighting would be given to price compared with quality",
         "asked_by": "Cllr Tom Lister",
         "answer": "weighted sixty per cent quality and forty per cent price",
         "given_by": "Head of Commissioning",
         "themes": ["subcontracting", "finance", "adult-social-care"]},
        {"item": "24", "kind": "question",
         "text": "whether the hourly rate paid to providers would allow care workers",
         "asked_by": "Cllr Lister",
         "answer": None,
         "given_by": None,
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "24", "kind": "concern",
         "text": "expressed concern that people receiving care in rural areas of the borough",
         "asked_by": "Cllr Hannah Greaves",
         "answer": "rural zones would carry an enhanced rate to reflect travel time",
         "given_by": "Corporate Director",
         "themes": ["adult-social-care", "finance"]},
        {"item": "25", "kind": "question",
         "text": "asked how patients and carers without access to a car would reach Coldwater",
         "asked_by": "Cllr Bernadette Okafor",
         "answer": "the ICB would fund a volunteer transport scheme for families visiting patients",
         "given_by": "Director of Strategy and Partnerships",
         "themes": ["patient-and-public-input"]},
        {"item": "25", "kind": "question",
         "text": "asked how many people with lived experience of stroke had been involved",
         "asked_by": "Cllr Devinder Sahota",
         "answer": "a reference group of fourteen stroke survivors and carers had reviewed the questionnaire",
         "given_by": "the Director",
         "themes": ["patient-and-public-input"]},
        {"item": "25", "kind": "question",
         "text": "whether the Committee regarded the proposal as a substantial variation in service",
         "asked_by": "Cllr Paul Renshaw",
         "answer": None,
         "given_by": None,
         "themes": ["governance", "patient-and-public-input"]},
        {"item": "26", "kind": "question",
         "text": "asked why quit rates in the two most deprived wards remained",
         "asked_by": "Cllr Tom Lister",
         "answer": "outreach clinics at the two family hubs would begin in May",
         "given_by": "the Director of Public Health",
         "themes": ["public-health"]},
        {"item": "26", "kind": "question",
         "text": "the contract without competition represented value for money",
         "asked_by": "Cllr Margaret Ashworth",
         "answer": "unit cost per four-week quitter was the third lowest in the region",
         "given_by": "the Director",
         "themes": ["public-health", "subcontracting", "privatisation", "finance"]},
        {"item": "26", "kind": "request",
         "text": "requested that future reports include data on vaping among secondary school pupils",
         "asked_by": "Cllr Hannah Greaves",
         "answer": "The Director agreed to include this in the next annual report",
         "given_by": "The Director",
         "themes": ["public-health", "children-and-families"]},
        {"item": "27", "kind": "question",
         "text": "asked how much the Council was still spending on agency social workers",
         "asked_by": "Cllr Devinder Sahota",
         "answer": "agency spend had fallen to around £140,000 a month",
         "given_by": "the Corporate Director",
         "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "27", "kind": "question",
         "text": "queried whether international recruits were being offered support with housing on arrival",
         "asked_by": "Cllr Okafor",
         "answer": "six units of key worker accommodation had been set aside",
         "given_by": "the Corporate Director",
         "themes": ["workforce", "housing", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "23",
         "text": "be confirmed as a correct record and signed by the Chair",
         "outcome": "agreed", "themes": []},
        {"item": "24",
         "text": "That the Committee supports the zonal model for home care",
         "outcome": "agreed",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "25",
         "text": "be recommended to extend the consultation period to fourteen weeks",
         "outcome": "recommended",
         "themes": ["patient-and-public-input", "governance"]},
        {"item": "26",
         "text": "extension of the Stop Smoking Service contract be noted",
         "outcome": "noted",
         "themes": ["public-health", "subcontracting", "finance"]},
        {"item": "27",
         "text": "a further update on retention of newly qualified social workers",
         "outcome": "agreed",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "28",
         "text": "addition of an item on hospital discharge delays for the June meeting",
         "outcome": "agreed",
         "themes": ["adult-social-care"]},
    ],
    "attendees": [
        {"name": "Cllr Margaret Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Devinder Sahota", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Hannah Greaves", "role": "substitute for Cllr Wilkes", "attendance": "present"},
        {"name": "Cllr Tom Lister", "role": None, "attendance": "present"},
        {"name": "Cllr Bernadette Okafor", "role": None, "attendance": "present"},
        {"name": "Cllr Paul Renshaw", "role": None, "attendance": "present"},
        {"name": "Fiona Marsh", "role": "Corporate Director of Adult Social Care and Housing",
         "attendance": "in_attendance"},
        {"name": "Dr Ravi Menon", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Gareth Holt", "role": "Head of Commissioning and Market Management (Adults)",
         "attendance": "in_attendance"},
        {"name": "Lorna Pike", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Jo Kendrick",
         "role": "Director of Strategy and Partnerships, Halmshire and Coldwater ICB",
         "attendance": "in_attendance"},
        {"name": "Cllr Alan Wilkes", "role": None, "attendance": "apologies"},
        {"name": "Cllr Susan Ferris", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: Members' Enquiry response letter (not minutes)
# ---------------------------------------------------------------------------

LETTER = [
    "Dear Councillor Okafor",
    "Members' Enquiry ME/2025/0318 – home care in Brackley Moor ward",
    "Thank you for your enquiry about home care for residents of Brackley Moor ward, which "
    "you raised on behalf of several families on 3 March 2025. I have taken your questions "
    "in the order in which you asked them.",
    "1. How many people in the ward are waiting for a home care package to start?",
    "As at 14 March 2025, eleven people living in Brackley Moor were assessed as needing "
    "home care and were waiting for a provider to be found. Four of them are currently in "
    "hospital or in a short-term reablement bed and are receiving support in the meantime. "
    "The longest wait is 23 days. Across the borough as a whole the figure is 64 people, "
    "which is roughly half the number waiting at the same point last year.",
    "2. Why are fewer providers willing to take packages in rural parts of the ward?",
    "Providers tell us that travel between visits in the villages north of the A614 adds "
    "significantly to their costs, and that it is harder to recruit care workers who drive. "
    "From April 2025 the Council will pay an enhanced rural rate of £2.10 an hour above our "
    "standard rate of £24.85 for visits in the postcodes concerned, and we are funding a "
    "small pool of electric cars which care workers can lease at no cost.",
    "3. Will the new home care contracts mean residents have to change carer?",
    "The recommissioning of home care, which the Adult Social Care and Health Scrutiny "
    "Committee considered on 11 March, is designed to keep continuity of care wherever "
    "possible. Where a package moves to a new provider, care workers will normally transfer "
    "with it under TUPE, so most people will keep the same carers. Nobody will be moved "
    "without a conversation with them and their family first.",
    "4. Can families take a direct payment instead?",
    "Yes. Anyone eligible for home care can choose a direct payment and employ a personal "
    "assistant or buy care from an agency of their choice. Our Direct Payments Support "
    "Service, run by Halmshire Independent Living, can help families with recruitment and "
    "payroll. I have asked the team to contact the families you mentioned directly.",
    "I hope this answers your questions. If any of the families would like to discuss their "
    "situation, they can contact our Adult Social Care Front Door on 01632 960 418.",
    "Yours sincerely",
]


def build_pdf(path):
    from fpdf import FPDF

    class Letter(FPDF):
        def footer(self):
            self.set_y(-18)
            self.set_font("dv", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.multi_cell(0, 3.6,
                            "Halmshire Borough Council, Civic Centre, Market Street, Halmshire HS1 2AB  |  "
                            "www.halmshire.gov.uk  |  Page " + str(self.page_no()),
                            align="C")

    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 17, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Members' Enquiry ME/2025/0318 response")
    pdf.set_author("Adult Social Care and Housing")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 0, 210, 6, "F")
    pdf.set_font("dv", "B", 17)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(0, 9, "Halmshire Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 5, "Adult Social Care and Housing Directorate", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("dv", "", 9)
    right = ["Fiona Marsh", "Corporate Director of Adult Social Care and Housing",
             "Civic Centre, Market Street", "Halmshire HS1 2AB", "",
             "Tel: 01632 960 400", "Email: fiona.marsh@halmshire.gov.uk", "",
             "Our ref: ME/2025/0318", "Date: 17 March 2025"]
    pdf.set_xy(120, y0)
    for line in right:
        pdf.set_x(120)
        pdf.cell(68, 4.4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(22, y0 + 6)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", 10)
    for line in ["Councillor Bernadette Okafor", "Member for Brackley Moor Ward",
                 "By email"]:
        pdf.cell(90, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + 50)
    for i, para in enumerate(LETTER):
        if para == "Yours sincerely":
            pdf.ln(2)
            pdf.set_font("dv", "", 10.5)
            pdf.multi_cell(0, 5.4, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(14)
            pdf.set_font("dv", "B", 10.5)
            pdf.cell(0, 5.4, "Fiona Marsh", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 10.5)
            pdf.cell(0, 5.4, "Corporate Director of Adult Social Care and Housing",
                     new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            pdf.set_font("dv", "", 9)
            pdf.multi_cell(0, 4.6, "cc: Cllr Kathryn Doyle, Executive Member for Adult Social "
                           "Care; Members' Enquiries Team", new_x="LMARGIN", new_y="NEXT")
            continue
        if i == 1 or re.match(r"^\d\. ", para):
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 5.4, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("dv", "", 10.5)
        pdf.multi_cell(0, 5.4, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "other",
    "themes": ["adult-social-care", "workforce", "finance", "subcontracting"],
}

# ---------------------------------------------------------------------------


def norm(s):
    s = s.lower().replace("£", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = s.replace("_", " ")
    return " " + " ".join(s.split()) + " "


def phrases(gold):
    for q in gold.get("questions", []):
        yield "question", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in gold.get("resolutions", []):
        yield "resolution", r["text"]


def check():
    import pdfplumber
    ok = True
    targets = [(DOCS / HTML_NAME, GOLD_HTML), (DOCS / PDF_NAME, GOLD_PDF)]
    for path, gold in targets:
        if path.suffix == ".html":
            text = html_text(path.read_text(encoding="utf-8"))
        else:
            with pdfplumber.open(path) as pdf:
                text = "\n".join(p.extract_text() or "" for p in pdf.pages)
            if "thank you for your enquiry about" not in norm(text):
                print("FAIL text extraction", path.name)
                ok = False
        nt = norm(text)
        stored = json.loads((GOLD / (path.stem + ".json")).read_text(encoding="utf-8"))
        if stored != gold:
            print("FAIL stored gold differs from script", path.name)
            ok = False
        for kind, ph in phrases(gold):
            n = len(ph.split())
            c = nt.count(norm(ph))
            if c != 1:
                print(f"FAIL {path.name} {kind} found {c}x: {ph}")
                ok = False
            if not 6 <= n <= 15:
                print(f"FAIL {path.name} {kind} has {n} words: {ph}")
                ok = False
        if gold.get("questions"):
            items = {i["number"] for i in gold["items"]}
            for row in gold["questions"] + gold["resolutions"]:
                if row["item"] not in items:
                    print("FAIL unknown item", row["item"])
                    ok = False
        print(f"{path.name}: items={len(gold.get('items', []))} "
              f"questions={len(gold.get('questions', []))} "
              f"resolutions={len(gold.get('resolutions', []))} "
              f"attendees={len(gold.get('attendees', []))}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / HTML_NAME).write_text(build_html(), encoding="utf-8")
    build_pdf(DOCS / PDF_NAME)
    for name, gold in [(HTML_NAME, GOLD_HTML), (PDF_NAME, GOLD_PDF)]:
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built", HTML_NAME, PDF_NAME)
