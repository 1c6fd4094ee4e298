#!/usr/bin/env python3
"""Build the "ee-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ee.py           build documents/ee-* and gold/ee-*.json
        build_ee.py --check   verify every gold phrase occurs once in its document
"""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

HTML_NAME = "ee-wendlebury-health-adult-social-care-scrutiny-2025-09-16.html"
TXT_NAME = "ee-wendlebury-members-allowances-scheme-2025-26.txt"

# ---------------------------------------------------------------- document 1
def qtable(rows):
    """rows: list of tuples. Kinds:
    ("q", question, asked_by, answer, answered_by)
    ("q2", question, asked_by, answer1, by1, answer2, by2)   -> rowspan=2
    ("qn", question, asked_by)                                -> colspan no answer
    """
    out = ['<table class="qa" border="1" cellpadding="4" cellspacing="0">',
           '<thead><tr><th scope="col">Question</th><th scope="col">Asked by</th>'
           '<th scope="col">Answer</th><th scope="col">Answered by</th></tr></thead>', '<tbody>']
    for r in rows:
        if r[0] == "q":
            out.append(f'<tr><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td>{r[4]}</td></tr>')
        elif r[0] == "q2":
            out.append(f'<tr><td rowspan="2">{r[1]}</td><td rowspan="2">{r[2]}</td>'
                       f'<td>{r[3]}</td><td>{r[4]}</td></tr>')
            out.append(f'<tr><td>{r[5]}</td><td>{r[6]}</td></tr>')
        elif r[0] == "qn":
            out.append(f'<tr><td>{r[1]}</td><td>{r[2]}</td>'
                       f'<td colspan="2"><em>No answer was given at the meeting</em></td></tr>')
    out += ['</tbody>', '</table>']
    return "\n".join(out)


def build_html():
    items = []
    items.append('''<h2 id="item1">Item 1: Apologies for Absence and Substitutions</h2>
<p>Apologies for absence were received from Councillor Harriet Okonkwo and Councillor Dennis Ashworth. Councillor Maureen Pybus attended as substitute for Councillor Ashworth.</p>''')
    items.append('''<h2 id="item2">Item 2: Declarations of Interest</h2>
<p>Councillor Gareth Lindqvist declared a non-registrable interest in Item 6 as his daughter is employed as a registered nurse by Wendlebury and Marsh NHS Foundation Trust. He remained in the meeting and took part in the discussion.</p>
<p>No other declarations were made.</p>''')
    items.append('''<h2 id="item3">Item 3: Minutes of the Previous Meeting</h2>
<p><b>RESOLVED</b> that the minutes of the meeting held on 15 July 2025 be approved as a correct record and signed by the Chair.</p>''')
    items.append('''<h2 id="item4">Item 4: Public Questions</h2>
<p>One public question had been received in accordance with Committee Procedure Rule 9. The questioner attended and put the question in person; the Cabinet Member for Adult Social Care responded.</p>
''' + qtable([
        ("q", "Can the Cabinet Member say why the Thornbury Road day centre is being closed without any public consultation with the families who use it?",
         "Mrs Eileen Castellano (member of the public)",
         "The Cabinet Member said the day centre was not closing; the service would move to the refurbished Pelham Street site in January and every family would be contacted individually before then.",
         "Councillor Rupert Ellingham, Cabinet Member for Adult Social Care"),
    ]) + '''
<p>Mrs Castellano asked a supplementary question about transport to the new site, and the Cabinet Member undertook to reply in writing.</p>''')
    items.append('''<h2 id="item5">Item 5: Home Care Recommissioning &ndash; Outcome of Procurement</h2>
<p>The Assistant Director, Commissioning and Market Management introduced the report, which set out the outcome of the tender for home care across the four Wendlebury localities. Eleven providers had been awarded places on the new framework from 1 October 2025, with an hourly rate of &pound;24.10 and a commitment to pay care workers at least the Real Living Wage.</p>
''' + qtable([
        ("q2", "Members asked what would happen to the people whose care package was with the two providers that had not secured a place on the framework.",
         "Councillor Priya Ramanathan",
         "The Assistant Director explained that 214 people were affected and transfers would be phased over twelve weeks with a named social worker for each person.",
         "Assistant Director, Commissioning and Market Management",
         "The Principal Social Worker added that anyone who wished to keep their existing carers could do so through a direct payment.",
         "Principal Social Worker and Head of Practice Quality"),
        ("q", "Was the council confident that the hourly rate was enough to stop providers handing contracts back midway through the term?",
         "Councillor Gareth Lindqvist",
         "The rate had been set following a cost of care exercise and included an annual uplift linked to the National Living Wage.",
         "Assistant Director, Commissioning and Market Management"),
        ("qn", "Could the Committee be told how many of the eleven framework providers were owned by private equity investors?",
         "Councillor Maureen Pybus (substitute)"),
        ("q", "Members requested that future contract monitoring reports show missed and late calls by locality rather than as a borough total.",
         "Councillor Alan Featherstonehaugh",
         "Officers agreed to present locality figures in the quarterly contract monitoring report from December.",
         "Head of Contracts and Quality Assurance"),
    ]) + '''
<p><b>RESOLVED</b> that (1) the outcome of the home care procurement be noted; and (2) the Committee receive a report in six months on provider performance under the new framework, including missed and late calls.</p>''')
    items.append('''<h2 id="item6">Item 6: Wendlebury and Marsh NHS Foundation Trust &ndash; Nursing Workforce and Use of Agency Staff</h2>
<p>Ms Beatrice Nakamura-Holt, Chief Nurse and Director of Infection Prevention and Control, Wendlebury and Marsh NHS Foundation Trust, presented an update on nurse recruitment, retention and temporary staffing. The Trust's registered nurse vacancy rate had fallen from 11.2% to 7.9% over the year and agency expenditure was &pound;6.3m below the previous year.</p>
''' + qtable([
        ("q", "How much of the fall in the vacancy rate was due to international recruitment, and what pastoral support did those nurses receive?",
         "Councillor Priya Ramanathan",
         "Around two thirds of new starters had been recruited internationally and each was given a practice educator and help to find accommodation for the first three months.",
         "Chief Nurse and Director of Infection Prevention and Control"),
        ("q", "Concern was expressed that student nurses on placement at Marsh General were being counted towards safe staffing numbers on night shifts.",
         "Councillor Yusuf Adeyemi-Clarke",
         "The Chief Nurse said students were always supernumerary and she would investigate the specific ward if the Councillor passed on the details.",
         "Chief Nurse and Director of Infection Prevention and Control"),
        ("q", "Would the Trust publish its staff survey results for each hospital site rather than for the Trust as a whole?",
         "Councillor Alan Featherstonehaugh",
         "Site-level staff survey results would be shared with the Committee once the national embargo was lifted in March.",
         "Deputy Director of Workforce and Organisational Development"),
        ("qn", "Why were healthcare support workers at the Trust still paid through an agency wholly owned by a private company rather than employed directly?",
         "Councillor Maureen Pybus (substitute)"),
    ]) + '''
<p><b>RESOLVED</b> that the Committee notes the update on nursing workforce and agency staffing and asks the Trust to return in March 2026 with site-level staff survey results.</p>''')
    items.append('''<h2 id="item7">Item 7: Better Care Fund Plan 2025/26 and Hospital Discharge</h2>
<p>The Director of Adult Social Services and the Director of Place, Wendlebury, Marsh and Fenby Integrated Care Board, jointly presented the Better Care Fund plan, which had been signed off by the Health and Wellbeing Board under delegated authority. The pooled budget for 2025/26 was &pound;41.7m.</p>
''' + qtable([
        ("q", "Could officers explain why the number of people waiting in hospital for a care home placement had risen since May?",
         "Councillor Gareth Lindqvist",
         "The Director said nursing home capacity in the north of the borough was the main constraint and two new homes were due to open in the spring.",
         "Director of Adult Social Services"),
        ("q", "Members asked whether the Integrated Care Board intended to reduce its contribution to reablement services next year.",
         "Councillor Yusuf Adeyemi-Clarke",
         "The ICB had no plans to reduce the reablement contribution but final allocations would not be known until February.",
         "Director of Place, Integrated Care Board"),
        ("q", "Was the voluntary sector hospital-to-home service going to continue beyond March when its grant ended?",
         "Councillor Alan Featherstonehaugh",
         "A decision on extending the hospital-to-home grant would be taken by the joint commissioning group in November.",
         "Director of Adult Social Services"),
    ]) + '''
<p><b>RESOLVED</b> that the Better Care Fund Plan 2025/26 be endorsed, and that the Committee's comments on discharge delays be referred to the Health and Wellbeing Board.</p>''')
    items.append('''<h2 id="item8">Item 8: Work Programme 2025/26</h2>
<p>The Scrutiny Officer presented the work programme. Members agreed to add an item on the sexual health services contract, which was due to expire in 2026.</p>
<p><b>RESOLVED</b> that the work programme be agreed, subject to the addition of the sexual health services contract to the January 2026 meeting.</p>
<p>The meeting closed at 9.12 pm.</p>''')

    attendance = '''<section class="attendance">
<h3>Members present</h3>
<ul>
<li>Councillor Gareth Lindqvist (Chair)</li>
<li>Councillor Priya Ramanathan (Vice-Chair)</li>
<li>Councillor Yusuf Adeyemi-Clarke</li>
<li>Councillor Alan Featherstonehaugh</li>
<li>Councillor Maureen Pybus (substitute for Councillor Ashworth)</li>
</ul>
<h3>Officers present</h3>
<ul>
<li>Colette Varga &ndash; Director of Adult Social Services</li>
<li>Simon Okereke &ndash; Assistant Director, Commissioning and Market Management</li>
<li>Hannah Loudon &ndash; Principal Social Worker and Head of Practice Quality</li>
<li>Martin Dewhirst &ndash; Head of Contracts and Quality Assurance</li>
<li>Fiona Tallis &ndash; Scrutiny Officer</li>
</ul>
<h3>Also in attendance</h3>
<ul>
<li>Councillor Rupert Ellingham &ndash; Cabinet Member for Adult Social Care</li>
<li>Beatrice Nakamura-Holt &ndash; Chief Nurse and Director of Infection Prevention and Control, Wendlebury and Marsh NHS Foundation Trust</li>
<li>Adrian Cole &ndash; Deputy Director of Workforce and Organisational Development, Wendlebury and Marsh NHS Foundation Trust</li>
<li>Joanna Mbeki &ndash; Director of Place, Wendlebury, Marsh and Fenby Integrated Care Board</li>
</ul>
<h3>Apologies</h3>
<ul>
<li>Councillor Harriet Okonkwo</li>
<li>Councillor Dennis Ashworth</li>
</ul>
</section>'''

    doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes - Health and Adult Social Care Scrutiny Committee - Tuesday, 16 September 2025 - Wendlebury Borough Council</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 0.95rem; max-width: 60rem; margin: auto; }}
table.qa {{ border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }}
table.qa th {{ background: #1d4f6e; color: #fff; text-align: left; }}
table.qa td {{ vertical-align: top; }}
</style>
</head>
<body>
<header><p><a href="/">Wendlebury Borough Council</a> &rsaquo; <a href="/council-and-democracy">Council and democracy</a> &rsaquo; <a href="/committees">Committees</a> &rsaquo; Minutes</p></header>
<main>
<h1>Health and Adult Social Care Scrutiny Committee</h1>
<p class="meeting-meta">Minutes of the meeting held on Tuesday, 16 September 2025 at 7.00 pm in the Council Chamber, Wendlebury Civic Offices, Priory Lane, Wendlebury</p>
{attendance}
<article class="minutes">
{chr(10).join(items)}
</article>
<p class="signature">Chair: ______________________ &nbsp; Date: ______________</p>
</main>
<footer><p>Contact: Fiona Tallis, Scrutiny Officer, democratic.services@wendlebury.gov.example &middot; Published 24 September 2025</p></footer>
</body>
</html>
'''
    return doc


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-09-16",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Home Care Recommissioning – Outcome of Procurement"},
        {"number": "6", "title": "Wendlebury and Marsh NHS Foundation Trust – Nursing Workforce and Use of Agency Staff"},
        {"number": "7", "title": "Better Care Fund Plan 2025/26 and Hospital Discharge"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "why the Thornbury Road day centre is being closed without any public consultation",
         "asked_by": "Mrs Eileen Castellano (member of the public)",
         "answer": "the service would move to the refurbished Pelham Street site in January",
         "given_by": "Councillor Rupert Ellingham, Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "4", "kind": "question",
         "text": "Mrs Castellano asked a supplementary question about transport to the new site",
         "asked_by": "Mrs Castellano", "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "care package was with the two providers that had not secured a place",
         "asked_by": "Councillor Priya Ramanathan",
         "answer": "transfers would be phased over twelve weeks with a named social worker",
         "given_by": "Assistant Director, Commissioning and Market Management",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "hourly rate was enough to stop providers handing contracts back midway",
         "asked_by": "Councillor Gareth Lindqvist",
         "answer": "had been set following a cost of care exercise",
         "given_by": "Assistant Director, Commissioning and Market Management",
         "themes": ["adult-social-care", "finance", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "how many of the eleven framework providers were owned by private equity investors",
         "asked_by": "Councillor Maureen Pybus (substitute)", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "future contract monitoring reports show missed and late calls by locality",
         "asked_by": "Councillor Alan Featherstonehaugh",
         "answer": "Officers agreed to present locality figures in the quarterly contract monitoring report",
         "given_by": "Head of Contracts and Quality Assurance",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "How much of the fall in the vacancy rate was due to international recruitment",
         "asked_by": "Councillor Priya Ramanathan",
         "answer": "Around two thirds of new starters had been recruited internationally",
         "given_by": "Chief Nurse and Director of Infection Prevention and Control",
         "themes": ["workforce"]},
        {"item": "6", "kind": "concern",
         "text": "student nurses on placement at Marsh General were being counted towards safe staffing",
         "asked_by": "Councillor Yusuf Adeyemi-Clarke",
         "answer": "students were always supernumerary and she would investigate the specific ward",
         "given_by": "Chief Nurse and Director of Infection Prevention and Control",
         "themes": ["workforce"]},
        {"item": "6", "kind": "question",
         "text": "Would the Trust publish its staff survey results for each hospital site",
         "asked_by": "Councillor Alan Featherstonehaugh",
         "answer": "would be shared with the Committee once the national embargo was lifted",
         "given_by": "Deputy Director of Workforce and Organisational Development",
         "themes": ["workforce"]},
        {"item": "6", "kind": "question",
         "text": "paid through an agency wholly owned by a private company rather than employed directly",
         "asked_by": "Councillor Maureen Pybus (substitute)", "answer": None, "given_by": None,
         "themes": ["workforce", "privatisation", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "why the number of people waiting in hospital for a care home placement",
         "asked_by": "Councillor Gareth Lindqvist",
         "answer": "nursing home capacity in the north of the borough was the main constraint",
         "given_by": "Director of Adult Social Services",
         "themes": ["adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "whether the Integrated Care Board intended to reduce its contribution to reablement services",
         "asked_by": "Councillor Yusuf Adeyemi-Clarke",
         "answer": "had no plans to reduce the reablement contribution but final allocations",
         "given_by": "Director of Place, Integrated Care Board",
         "themes": ["adult-social-care", "finance", "integration"]},
        {"item": "7", "kind": "question",
         "text": "voluntary sector hospital-to-home service going to continue beyond March when its grant ended",
         "asked_by": "Councillor Alan Featherstonehaugh",
         "answer": "would be taken by the joint commissioning group in November",
         "given_by": "Director of Adult Social Services",
         "themes": ["adult-social-care", "finance", "subcontracting", "integration"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 15 July 2025 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "the outcome of the home care procurement be noted",
         "outcome": "noted", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "text": "the Committee notes the update on nursing workforce and agency staffing",
         "outcome": "noted", "themes": ["workforce"]},
        {"item": "7", "text": "that the Better Care Fund Plan 2025/26 be endorsed",
         "outcome": "agreed", "themes": ["integration", "adult-social-care"]},
        {"item": "8", "text": "the work programme be agreed, subject to the addition of the sexual health services contract",
         "outcome": "agreed", "themes": ["public-health", "subcontracting", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor Gareth Lindqvist", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Priya Ramanathan", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Yusuf Adeyemi-Clarke", "role": None, "attendance": "present"},
        {"name": "Councillor Alan Featherstonehaugh", "role": None, "attendance": "present"},
        {"name": "Councillor Maureen Pybus", "role": "substitute for Councillor Ashworth", "attendance": "present"},
        {"name": "Colette Varga", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Simon Okereke", "role": "Assistant Director, Commissioning and Market Management", "attendance": "in_attendance"},
        {"name": "Hannah Loudon", "role": "Principal Social Worker and Head of Practice Quality", "attendance": "in_attendance"},
        {"name": "Martin Dewhirst", "role": "Head of Contracts and Quality Assurance", "attendance": "in_attendance"},
        {"name": "Fiona Tallis", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Councillor Rupert Ellingham", "role": "Cabinet Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Beatrice Nakamura-Holt", "role": "Chief Nurse and Director of Infection Prevention and Control, Wendlebury and Marsh NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Adrian Cole", "role": "Deputy Director of Workforce and Organisational Development, Wendlebury and Marsh NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Joanna Mbeki", "role": "Director of Place, Wendlebury, Marsh and Fenby Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Harriet Okonkwo", "role": None, "attendance": "apologies"},
        {"name": "Councillor Dennis Ashworth", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
TXT = """WENDLEBURY BOROUGH COUNCIL

MEMBERS' ALLOWANCES SCHEME 2025/26 - SUMMARY

Made under the Local Authorities (Members' Allowances) (England) Regulations 2003
Adopted by Full Council on 26 February 2025, following the report of the
Independent Remuneration Panel (Chair: Mr Howard Quilliam)
Effective from 1 April 2025 to 31 March 2026

------------------------------------------------------------------------
1. BASIC ALLOWANCE
------------------------------------------------------------------------

1.1  Every councillor (48 members) receives a basic allowance of
     GBP 9,840 a year, paid in twelve monthly instalments through payroll.
     The basic allowance covers time spent on council business and the
     costs of using a home office, telephone and broadband.

1.2  The allowance has been uprated by 2.5%, in line with the local
     government staff pay award for 2024/25, as recommended by the Panel.

------------------------------------------------------------------------
2. SPECIAL RESPONSIBILITY ALLOWANCES (SRAs)
------------------------------------------------------------------------

     Position                                              Annual SRA (GBP)
     ----------------------------------------------------  ----------------
     Leader of the Council                                         24,600
     Deputy Leader                                                 14,760
     Cabinet Members (6) - each                                    12,300
     Chair, Overview and Scrutiny Management Board                  8,610
     Chair, Health and Adult Social Care Scrutiny Committee         7,380
     Chair, Children and Young People Scrutiny Committee            7,380
     Chair, Planning Committee                                      7,380
     Chair, Licensing and Regulatory Committee                      4,920
     Chair, Audit and Governance Committee                          4,920
     Leader of the Main Opposition Group                            6,150
     Leader of any other Opposition Group (min. 4 members)          2,460
     Vice-Chairs of the above committees - each                     1,845
     Member Champion for Carers                                       615
     Independent Person (Standards) - co-optee allowance            1,230

2.1  No councillor may receive more than one SRA. Where a councillor holds
     two qualifying posts, only the higher allowance is paid.

2.2  The Panel recommended that the SRA for the Chair of the Health and
     Adult Social Care Scrutiny Committee remain equal to other scrutiny
     chairs, noting the additional work of the joint health overview and
     scrutiny arrangements with Marsh and Fenby councils. Council accepted
     this recommendation.

2.3  The Chair of the Health and Adult Social Care Scrutiny Committee also
     represents the Council on the Wendlebury, Marsh and Fenby Joint Health
     Overview and Scrutiny Committee. No separate allowance is paid by the
     joint committee.

------------------------------------------------------------------------
3. TRAVEL ALLOWANCES
------------------------------------------------------------------------

3.1  Travel within the borough to approved duties is covered by the basic
     allowance and cannot be claimed separately.

3.2  Travel outside the borough on approved duties (including meetings of
     the Joint Health Overview and Scrutiny Committee, NHS trust boards and
     the Integrated Care Partnership) is reimbursed at HMRC approved rates:

       Car / van          45p per mile for the first 10,000 miles
       Motorcycle         24p per mile
       Bicycle            20p per mile
       Passenger supplement  5p per mile per passenger

3.3  Rail travel is reimbursed at standard class fare. Taxis may be claimed
     only where no reasonable public transport is available or where a
     member has a disability that requires it.

------------------------------------------------------------------------
4. SUBSISTENCE ALLOWANCES
------------------------------------------------------------------------

4.1  Subsistence may be claimed only for approved duties outside the
     borough, against receipts, up to the following maxima:

       Breakfast (leaving before 7.00 am)            GBP  7.50
       Lunch (absent more than 5 hours)              GBP 10.00
       Evening meal (returning after 8.00 pm)        GBP 20.00
       Overnight stay, London                        GBP 175.00
       Overnight stay, elsewhere                     GBP 110.00

4.2  Alcohol is not reimbursable.

------------------------------------------------------------------------
5. DEPENDANTS' CARERS' ALLOWANCE
------------------------------------------------------------------------

5.1  Members may claim the actual cost of care for children under 14 or
     for dependent adults while attending approved duties, up to the Real
     Living Wage hourly rate (GBP 12.60) for registered childminders or
     care providers, or up to GBP 25.00 an hour for specialist care.

------------------------------------------------------------------------
6. CLAIMS, PENSIONS AND PUBLICATION
------------------------------------------------------------------------

6.1  Claims must be submitted within two months of the duty. Claims more
     than six months old will not be paid.

6.2  Councillors are not eligible for the Local Government Pension Scheme.

6.3  Members may elect to forgo all or part of any allowance by writing to
     the Monitoring Officer.

6.4  Allowances paid to each member are published on the council website
     by 30 June each year, as required by the Regulations.

Enquiries: Member Services, Wendlebury Civic Offices, Priory Lane,
Wendlebury. member.services@wendlebury.gov.example

Page 1 of 1                                   Last reviewed: 3 March 2025
"""

TXT_GOLD = {"document": TXT_NAME, "doc_type": "other", "themes": ["finance", "governance"]}

# ---------------------------------------------------------------- check
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = html.unescape(s).lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def source_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Text(); p.feed(raw); raw = "".join(p.parts)
    return norm(raw)


def check():
    ok = True
    for g in sorted(GOLD.glob("ee-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = source_text(doc)
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g.name}: {kind} ({n} words, {c} hits): {ph}")
        print(f"{g.name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / HTML_NAME).write_text(build_html(), encoding="utf-8")
    (DOCS / TXT_NAME).write_text(TXT, encoding="utf-8", newline="\n")
    for name, gold in ((HTML_NAME, HTML_GOLD), (TXT_NAME, TXT_GOLD)):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    check()
