#!/usr/bin/env python3
"""Build the "co-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_co.py           build documents/co-* and gold/co-*.json
        build_co.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

COUNCIL = "Hartsmere District Council"
MEETING = "Overview and Scrutiny Committee – 4 March 2025"
PDF_NAME = "co-hartsmere-overview-and-scrutiny-2025-03-04.pdf"
HTML_NAME = "co-north-hartsmere-hospitals-scrutiny-response.html"

# ---------------------------------------------------------------- content
HEAD = [
    "Minutes of a meeting of the Overview and Scrutiny Committee held in the Council "
    "Chamber, Castle Meadow Offices, Hartsmere, on Tuesday 4 March 2025 at 6.30 pm.",
    "Present: Councillor Margaret Ellery (Chairman), Councillor Tom Radcliffe "
    "(Vice-Chairman), Councillors Paul Ashdown, Janet Bellamy, Saira Chaudhry, "
    "Roger Dunmore and Kevin Feltham.",
    "Also in attendance: Councillor Helen Marsh (Portfolio Holder for Housing), "
    "Councillor David Okafor (Portfolio Holder for Health and Community Wellbeing)",
    "Officers: Graham Pettifer (Head of Housing and Community Services), "
    "Lucy Tanner (Democratic Services Officer). Dr Anjali Rao (Associate Director of "
    "Place – Hartsmere and Wensum, Norfolk Fens Integrated Care Board) attended for "
    "minute OS/125.",
]

# each item: (number, title, [blocks]); block = ("p", text) lettered, ("res", label, text)
ITEMS = [
    ("OS/120", "Apologies for absence", [
        ("plain", "Apologies were received from Councillors Brenda Gossage and William "
                  "Hartley. Councillor Kevin Feltham attended as substitute for Councillor "
                  "Hartley."),
    ]),
    ("OS/121", "Declarations of interest", [
        ("p", "Councillor Saira Chaudhry declared a non-registrable interest in minute "
              "OS/125 as she was employed as a practice nurse by a GP surgery in the "
              "district. She remained in the meeting but took no part in the discussion "
              "of that item."),
        ("p", "There were no other declarations."),
    ]),
    ("OS/122", "Minutes", [
        ("res", "RESOLVED:", "that the minutes of the meeting held on 14 January 2025 "
                "be confirmed as a correct record and signed by the Chairman."),
    ]),
    ("OS/123", "Temporary accommodation and homelessness pressures", [
        ("p", "The Portfolio Holder for Housing introduced the report, which set out the "
              "number of households in temporary accommodation at the end of each quarter "
              "since April 2023 and the measures in the temporary accommodation action "
              "plan. She reminded Members that demand had risen by almost forty per cent "
              "in two years, largely because of the ending of private sector tenancies."),
        ("p", "In answer to a question from Councillor Bellamy regarding the number of "
              "families placed in bed and breakfast accommodation outside the district, "
              "the Portfolio Holder for Housing stated that 23 households were currently "
              "placed out of district and that none with children had been there for "
              "longer than the six week legal limit. Councillor Ashdown queried whether "
              "the temporary accommodation budget would be overspent by the end of the "
              "financial year; it was explained that the forecast overspend stood at "
              "£412,000 and would be met from the homelessness prevention reserve."),
        ("p", "Councillor Dunmore expressed concern that landlords were withdrawing from "
              "the Hartsmere lettings scheme because the incentive payments had not been "
              "increased since 2021. The Head of Housing and Community Services "
              "acknowledged the concern and advised that a revised incentive package "
              "would be presented to Cabinet in June."),
        ("p", "In answer to a question from Councillor Chaudhry regarding the health "
              "needs of people placed in hostels, the Portfolio Holder for Housing stated "
              "that a GP registration pathway had been agreed with the Hartsmere Primary "
              "Care Network so that nobody would be turned away for lack of a fixed "
              "address."),
        ("p", "Councillor Feltham requested that future reports show the number of "
              "children in temporary accommodation broken down by age group."),
        ("res", "RESOLVED:", "that the report and the temporary accommodation action plan "
                "be noted."),
        ("res", "RECOMMENDED TO CABINET:", "that the revised landlord incentive scheme be "
                "brought forward no later than June 2025 and funded from the flexible "
                "homelessness support grant."),
    ]),
    ("OS/124", "Disabled facilities grants and home adaptations", [
        ("p", "The Head of Housing and Community Services presented the annual report on "
              "the delivery of disabled facilities grants, noting that 187 adaptations had "
              "been completed in 2023/24 against a target of 220."),
        ("p", "Councillor Radcliffe queried why the average wait for a stairlift had "
              "lengthened to thirty-one weeks; it was explained that occupational therapy "
              "assessments by the county council were the main bottleneck and that the "
              "district had agreed to fund a trusted assessor post jointly with the "
              "county. In answer to a question from Councillor Ashdown regarding whether "
              "the unspent grant could be carried into next year, the Portfolio Holder "
              "for Housing stated that the Better Care Fund allocation could be carried "
              "forward with the agreement of the Health and Wellbeing Board."),
        ("p", "Councillor Bellamy asked whether the framework of adaptation contractors "
              "had been retendered, as residents had reported poor workmanship; it was "
              "explained that the framework was retendered in October and four local "
              "firms had been appointed with a twelve month defects guarantee."),
        ("res", "RESOLVED:", "that the Committee endorse the use of a trusted assessor "
                "model for minor adaptations from April 2025."),
    ]),
    ("OS/125", "Community hospital beds and access to GP services – Integrated Care "
               "Board update", [
        ("p", "Dr Anjali Rao, Associate Director of Place, gave a presentation on the "
              "temporary closure of the sixteen inpatient beds at Wensum Valley Community "
              "Hospital and on the GP access recovery plan for the district."),
        ("p", "Councillor Dunmore queried the reasons for the closure of the inpatient "
              "beds at Wensum Valley; it was explained that the ward had been closed in "
              "December because of nursing vacancies and that no permanent change would "
              "be made without engagement with patients and the public. In answer to a "
              "question from Councillor Feltham regarding reports that the minor injuries "
              "unit would be run by a private company, the Associate Director of Place "
              "stated that the ICB had no plans to tender the unit and that it would "
              "remain with the community trust."),
        ("p", "Councillor Radcliffe asked how long residents were waiting for a routine "
              "appointment at the Fenside practices; it was explained that the median wait "
              "had fallen from nineteen to twelve days following the introduction of "
              "online triage. Councillor Bellamy expressed concern that older residents "
              "without internet access were being disadvantaged by online triage; it was "
              "explained that every practice kept a telephone line open from 8 am."),
        ("p", "The Chairman requested that the ICB return to the Committee in July with "
              "the outcome of its engagement exercise on the future of the beds."),
        ("res", "RESOLVED:", "that the update from the Integrated Care Board be noted."),
        ("res", "RECOMMENDED TO CABINET:", "that the Leader write to the Integrated Care "
                "Board asking that no permanent decision on the Wensum Valley beds be "
                "taken before a full public consultation."),
    ]),
    ("OS/126", "Council housing repairs and maintenance contract – procurement options", [
        ("p", "The Head of Housing and Community Services introduced the options appraisal "
              "for the responsive repairs contract for the Council's 3,900 homes, which "
              "expires in March 2026. Three options were set out: a new ten year "
              "contract, a shorter contract with an extension option, or a return to an "
              "in-house direct labour organisation."),
        ("p", "Councillor Ashdown queried whether bringing the repairs service back "
              "in-house had been fully costed; it was explained that set-up costs were "
              "estimated at £1.2 million but that annual savings of about £300,000 could "
              "follow once the contractor's profit margin was removed. In answer to a "
              "question from Councillor Dunmore regarding the performance of the current "
              "contractor, the Portfolio Holder for Housing stated that only 71 per cent "
              "of urgent repairs had been completed on time against a target of 95 per "
              "cent."),
        ("p", "Councillor Bellamy expressed concern that tenants had not yet been asked "
              "for their views on the options. The Head of Housing and Community Services "
              "confirmed that a tenant survey and two drop-in sessions would take place "
              "during April. Councillor Feltham asked what would happen to the staff of "
              "the current contractor under an in-house model; it was explained that "
              "operatives would transfer to the Council under TUPE on their existing "
              "terms."),
        ("res", "RECOMMENDED TO CABINET:", "that (1) a detailed business case for an "
                "in-house repairs service be prepared alongside a procurement exercise; "
                "and (2) the results of the tenant survey be reported to this Committee "
                "before Cabinet takes a decision."),
    ]),
    ("OS/127", "Work programme 2025/26", [
        ("res", "RESOLVED:", "that the work programme be agreed, subject to adding an item "
                "on damp and mould in council homes for the July meeting."),
    ]),
    ("OS/128", "Date of next meeting", [
        ("plain", "The next meeting would be held on Tuesday 15 April 2025 at 6.30 pm. "
                  "The meeting closed at 9.05 pm."),
    ]),
]

GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-03-04",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "OS/123", "kind": "question",
         "text": "families placed in bed and breakfast accommodation outside the district",
         "asked_by": "Councillor Bellamy",
         "answer": "23 households were currently placed out of district",
         "given_by": "the Portfolio Holder for Housing", "themes": ["housing"]},
        {"item": "OS/123", "kind": "question",
         "text": "the temporary accommodation budget would be overspent by the end",
         "asked_by": "Councillor Ashdown",
         "answer": "the forecast overspend stood at £412,000 and would be met",
         "given_by": None, "themes": ["housing", "finance"]},
        {"item": "OS/123", "kind": "concern",
         "text": "landlords were withdrawing from the Hartsmere lettings scheme",
         "asked_by": "Councillor Dunmore",
         "answer": "a revised incentive package would be presented to Cabinet in June",
         "given_by": "The Head of Housing and Community Services",
         "themes": ["housing", "finance"]},
        {"item": "OS/123", "kind": "question",
         "text": "regarding the health needs of people placed in hostels",
         "asked_by": "Councillor Chaudhry",
         "answer": "a GP registration pathway had been agreed with the Hartsmere",
         "given_by": "the Portfolio Holder for Housing",
         "themes": ["housing", "primary-care"]},
        {"item": "OS/123", "kind": "request",
         "text": "children in temporary accommodation broken down by age group",
         "asked_by": "Councillor Feltham", "answer": None, "given_by": None,
         "themes": ["housing", "children-and-families"]},
        {"item": "OS/124", "kind": "question",
         "text": "why the average wait for a stairlift had lengthened to thirty-one weeks",
         "asked_by": "Councillor Radcliffe",
         "answer": "occupational therapy assessments by the county council were the main bottleneck",
         "given_by": None, "themes": ["housing", "adult-social-care", "integration"]},
        {"item": "OS/124", "kind": "question",
         "text": "whether the unspent grant could be carried into next year",
         "asked_by": "Councillor Ashdown",
         "answer": "the Better Care Fund allocation could be carried forward",
         "given_by": "the Portfolio Holder for Housing",
         "themes": ["housing", "finance", "integration"]},
        {"item": "OS/124", "kind": "question",
         "text": "framework of adaptation contractors had been retendered",
         "asked_by": "Councillor Bellamy",
         "answer": "four local firms had been appointed with a twelve month defects guarantee",
         "given_by": None, "themes": ["housing", "subcontracting"]},
        {"item": "OS/125", "kind": "question",
         "text": "queried the reasons for the closure of the inpatient beds",
         "asked_by": "Councillor Dunmore",
         "answer": "the ward had been closed in December because of nursing vacancies",
         "given_by": None, "themes": ["workforce", "patient-and-public-input"]},
        {"item": "OS/125", "kind": "question",
         "text": "the minor injuries unit would be run by a private company",
         "asked_by": "Councillor Feltham",
         "answer": "the ICB had no plans to tender the unit",
         "given_by": "the Associate Director of Place",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "OS/125", "kind": "question",
         "text": "how long residents were waiting for a routine appointment",
         "asked_by": "Councillor Radcliffe",
         "answer": "the median wait had fallen from nineteen to twelve days",
         "given_by": None, "themes": ["primary-care"]},
        {"item": "OS/125", "kind": "concern",
         "text": "older residents without internet access were being disadvantaged by online triage",
         "asked_by": "Councillor Bellamy",
         "answer": "every practice kept a telephone line open from 8 am",
         "given_by": None, "themes": ["primary-care"]},
        {"item": "OS/125", "kind": "request",
         "text": "the outcome of its engagement exercise on the future of the beds",
         "asked_by": "The Chairman", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "OS/126", "kind": "question",
         "text": "whether bringing the repairs service back in-house had been fully costed",
         "asked_by": "Councillor Ashdown",
         "answer": "set-up costs were estimated at £1.2 million",
         "given_by": None,
         "themes": ["privatisation", "finance", "housing", "subcontracting"]},
        {"item": "OS/126", "kind": "question",
         "text": "regarding the performance of the current contractor",
         "asked_by": "Councillor Dunmore",
         "answer": "only 71 per cent of urgent repairs had been completed on time",
         "given_by": "the Portfolio Holder for Housing",
         "themes": ["subcontracting", "housing"]},
        {"item": "OS/126", "kind": "concern",
         "text": "tenants had not yet been asked for their views on the options",
         "asked_by": "Councillor Bellamy",
         "answer": "a tenant survey and two drop-in sessions would take place during April",
         "given_by": "The Head of Housing and Community Services",
         "themes": ["patient-and-public-input", "housing"]},
        {"item": "OS/126", "kind": "question",
         "text": "what would happen to the staff of the current contractor",
         "asked_by": "Councillor Feltham",
         "answer": "operatives would transfer to the Council under TUPE",
         "given_by": None, "themes": ["workforce", "privatisation", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "OS/122", "text": "minutes of the meeting held on 14 January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "OS/123", "text": "the report and the temporary accommodation action plan be noted",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "OS/123", "text": "the revised landlord incentive scheme be brought forward no later than June",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "OS/124", "text": "endorse the use of a trusted assessor model for minor adaptations",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "OS/125", "text": "the update from the Integrated Care Board be noted",
         "outcome": "noted", "themes": []},
        {"item": "OS/125", "text": "no permanent decision on the Wensum Valley beds be taken before",
         "outcome": "recommended", "themes": ["patient-and-public-input", "governance"]},
        {"item": "OS/126", "text": "a detailed business case for an in-house repairs service be prepared",
         "outcome": "recommended",
         "themes": ["privatisation", "subcontracting", "housing", "patient-and-public-input"]},
        {"item": "OS/127", "text": "the work programme be agreed, subject to adding an item",
         "outcome": "agreed", "themes": ["governance", "housing"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ellery", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Tom Radcliffe", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Paul Ashdown", "role": None, "attendance": "present"},
        {"name": "Janet Bellamy", "role": None, "attendance": "present"},
        {"name": "Saira Chaudhry", "role": None, "attendance": "present"},
        {"name": "Roger Dunmore", "role": None, "attendance": "present"},
        {"name": "Kevin Feltham", "role": None, "attendance": "present"},
        {"name": "Councillor Helen Marsh", "role": "Portfolio Holder for Housing",
         "attendance": "in_attendance"},
        {"name": "Councillor David Okafor",
         "role": "Portfolio Holder for Health and Community Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Graham Pettifer", "role": "Head of Housing and Community Services",
         "attendance": "in_attendance"},
        {"name": "Lucy Tanner", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Dr Anjali Rao",
         "role": "Associate Director of Place – Hartsmere and Wensum, Norfolk Fens Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Brenda Gossage", "role": None, "attendance": "apologies"},
        {"name": "William Hartley", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- PDF
VOWELS = set("aeiouy")


def hyphenate(text):
    """Insert a soft hyphen into long lower-case words (fpdf2 breaks there)."""
    def fix(m):
        w = m.group(0)
        mid = len(w) // 2
        for d in range(0, mid - 3):
            for i in (mid + d, mid - d):
                if 3 <= i <= len(w) - 3 and w[i - 1] in VOWELS and w[i] not in VOWELS:
                    return w[:i] + SHY + w[i:]
        return w
    return re.sub(r"\b[a-z]{10,}\b", fix, text)


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, COUNCIL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("DV", "", 8)
        self.cell(95, 4, MEETING, align="L")
        self.cell(0, 4, "Chairman's initials ..........", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Page {self.page_no() + 22}", align="C")


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(datetime.datetime(2025, 3, 11, 10, 0, 0,
                                            tzinfo=datetime.timezone.utc))
    pdf.set_producer("Hartsmere Democratic Services")
    pdf.set_title("Overview and Scrutiny Committee minutes 4 March 2025")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "OVERVIEW AND SCRUTINY COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 9.5)
    for para in HEAD:
        pdf.multi_cell(0, 4.8, hyphenate(para), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    pdf.ln(2)
    NUM_X, TEXT_X, LAB_X, RIGHT = 18, 40, 40, 192
    for num, title, blocks in ITEMS:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("DV", "B", 10)
        pdf.set_xy(NUM_X, y)
        pdf.cell(TEXT_X - NUM_X, 5, num)
        pdf.set_xy(TEXT_X, y)
        pdf.multi_cell(RIGHT - TEXT_X, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("DV", "", 9.5)
        letter = 0
        for b in blocks:
            if b[0] == "p":
                lab = f"({'abcdefghij'[letter]})"
                letter += 1
                if pdf.get_y() > 262:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(LAB_X, y)
                pdf.cell(8, 4.8, lab)
                pdf.set_xy(LAB_X + 8, y)
                pdf.multi_cell(RIGHT - LAB_X - 8, 4.8, hyphenate(b[1]), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            elif b[0] == "plain":
                pdf.set_x(TEXT_X)
                pdf.multi_cell(RIGHT - TEXT_X, 4.8, hyphenate(b[1]), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                _, label, text = b
                pdf.ln(0.5)
                pdf.set_x(TEXT_X)
                pdf.multi_cell(RIGHT - TEXT_X, 4.8, f"**{label}** " + hyphenate(text),
                               align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    pdf.ln(6)
    pdf.set_x(TEXT_X)
    pdf.cell(0, 5, "Chairman ....................................   Date ..................")
    pdf.output(path)


def pdf_source_text():
    parts = [COUNCIL, "Overview and Scrutiny Committee", MEETING] + HEAD
    for num, title, blocks in ITEMS:
        parts += [num, title]
        for b in blocks:
            parts += list(b[1:])
    return "\n".join(parts)


# ---------------------------------------------------------------- HTML news
HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hospital responds to scrutiny committee concerns – North Hartsmere Hospitals NHS Foundation Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/nhsuk-frontend.min.css">
</head>
<body>
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-width-container nhsuk-header__container">
    <a class="nhsuk-header__link" href="/">North Hartsmere Hospitals <span>NHS Foundation Trust</span></a>
    <nav class="nhsuk-header__navigation"><ul>
      <li><a href="/our-services">Our services</a></li>
      <li><a href="/patients-and-visitors">Patients and visitors</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/about-us">About us</a></li>
    </ul></nav>
  </div>
</header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li>Hospital responds to scrutiny committee concerns</li>
</ol></nav>
<main id="maincontent" class="nhsuk-main-wrapper">
<article class="news-article">
<h1>Hospital responds to scrutiny committee concerns</h1>
<p class="news-meta">Published: <time datetime="2025-03-07">7 March 2025</time> | Category: Community services</p>
<p class="nhsuk-lede-text">North Hartsmere Hospitals NHS Foundation Trust has written to
Hartsmere District Council's Overview and Scrutiny Committee setting out how it will
reopen inpatient beds at Wensum Valley Community Hospital, following questions raised
by councillors at the committee's meeting on Tuesday 4 March 2025.</p>
<p>The sixteen-bed Larch Ward has been closed since 9 December 2024 after the trust was
unable to fill registered nurse shifts safely. Patients who would have been cared for at
Wensum Valley have instead been looked after at the Queen Elizabeth site in Kingsford or
supported at home by the trust's virtual ward team.</p>
<p>Chief Executive Rachel Ainsworth said: <q>We recognise how much Wensum Valley means to
local people, and I want to be absolutely clear that this is a temporary closure. We have
offered contracts to eleven newly qualified nurses who will join us in the spring, and
we expect to reopen at least eight beds by the end of May, with the remainder following
once those colleagues have completed their induction.</q></p>
<p>She added that the trust had no plans to hand the running of the hospital's minor
injuries unit to an independent provider, and that the unit would continue to open from
8am to 8pm every day.</p>
<h2>Committee to keep a close eye</h2>
<p>Councillor Margaret Ellery, Chairman of the Overview and Scrutiny Committee, said:
<q>Members were very worried to hear that beds had been closed over the winter without the
public being told why. We welcome the trust's letter and the commitment on the minor
injuries unit, but we have asked the Integrated Care Board to come back to us in July,
and we will be asking Cabinet to press for a full public consultation before any
permanent change is made.</q></p>
<p>The trust will hold two drop-in sessions for patients and carers at the Wensum Valley
outpatients department on Thursday 27 March and Saturday 5 April 2025, and an online
survey is open until 30 April.</p>
<h2>Notes to editors</h2>
<ul>
  <li>North Hartsmere Hospitals NHS Foundation Trust runs the Queen Elizabeth Hospital,
  Kingsford, and two community hospitals, employing around 4,800 staff.</li>
  <li>The committee's next meeting is on Tuesday 15 April 2025. Papers are published on
  the district council's website five clear working days before the meeting.</li>
  <li>Media enquiries: communications team, 01603 555 210.</li>
</ul>
</article>
</main>
<footer class="nhsuk-footer"><div class="nhsuk-width-container">
<p>&copy; North Hartsmere Hospitals NHS Foundation Trust 2025</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foi">Freedom of information</a></li></ul>
</div></footer>
</body>
</html>
"""

GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "news",
    "themes": ["workforce", "patient-and-public-input", "privatisation", "governance"],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    s = s.replace("£", " ")
    return " ".join(s.split())


def check_gold(gold, source):
    src = " " + norm(source) + " "
    errors = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15:
            errors.append(f"{kind} phrase length {n}: {p}")
        cnt = src.count(" " + norm(p) + " ")
        if cnt != 1:
            errors.append(f"{kind} phrase occurs {cnt} times: {p}")
    return errors


def main():
    check = "--check" in sys.argv
    if not check:
        build_pdf(os.path.join(DOCS, PDF_NAME))
        with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f:
            f.write(HTML)
        for g in (GOLD_PDF, GOLD_HTML):
            name = os.path.splitext(g["document"])[0] + ".json"
            with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
                json.dump(g, f, indent=2, ensure_ascii=False)
                f.write("\n")
        print("built")
    errs = check_gold(GOLD_PDF, pdf_source_text())
    errs += check_gold(GOLD_HTML, HTML)
    for g in (GOLD_PDF, GOLD_HTML):
        for p in (os.path.join(DOCS, g["document"]),
                  os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")):
            if not os.path.exists(p):
                errs.append("missing " + p)
    # also confirm against text extracted from the PDF (soft hyphens rejoined)
    try:
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as pdf:
            txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
        txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
        ext = check_gold(GOLD_PDF, txt)
        if ext:
            print("note: against pdfplumber text (line-end hyphens rejoined):")
            for e in ext:
                print("   ", e)
    except Exception as e:  # noqa
        print("pdfplumber check skipped:", e)
    if errs:
        print("CHECK FAILED")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print(f"check OK: {len(GOLD_PDF['questions'])} questions, "
          f"{len(GOLD_PDF['resolutions'])} resolutions, "
          f"{len(GOLD_PDF['attendees'])} attendees, {len(ITEMS)} items")


if __name__ == "__main__":
    main()
