#!/usr/bin/env python3
"""Build the "gi-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gi.py           build documents/gi-* and gold/gi-*.json
        build_gi.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

SVG_Q = '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="#1d5f8a"/><text x="10" y="14" font-size="12" text-anchor="middle" fill="#fff">?</text></svg>'
SVG_A = '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><rect x="1" y="1" width="18" height="18" rx="4" fill="#2e7d32"/><path d="M5 10 l3 3 l7 -7" stroke="#fff" stroke-width="2" fill="none"/></svg>'

def q(who, text):
    return f'<p class="qa qa--q">{SVG_Q}<span class="visually-hidden">Question from </span><strong>{who}</strong>: {text}</p>'

def a(who, text):
    return f'<p class="qa qa--a">{SVG_A}<span class="visually-hidden">Answer from </span><strong>{who}</strong>: {text}</p>'

def decision(*paras):
    body = "".join(f"<p>{p}</p>" if not p.startswith("<ol") else p for p in paras)
    return f'<div class="decision" role="note"><h3>Decision</h3>{body}</div>'

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Kestrelford Council</title>
<link rel="stylesheet" href="/assets/css/kf-main.3f9a1c.css">
<style>
.visually-hidden{{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
.skip-link{{position:absolute;left:-999px}} .skip-link:focus{{left:1rem;top:1rem}}
.qa{{display:flex;gap:.5rem;align-items:flex-start}} .qa--a{{margin-left:1.75rem}}
.decision{{border-left:6px solid #6a1b9a;background:#f5eef8;padding:.75rem 1rem}}
.attendance{{list-style:none;padding:0}} .attendance .status{{font-weight:600}}
</style>
</head>
<body class="kf-page kf-page--{bodyclass}">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on the Kestrelford Council website">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how you use the site.</p>
<button type="button" class="btn btn--primary" data-cookie="accept">Accept analytics cookies</button>
<button type="button" class="btn btn--secondary" data-cookie="reject">Reject analytics cookies</button>
<a href="/cookies">View cookies</a>
</div>
<header class="site-header">
<a class="site-header__logo" href="/"><img src="/assets/img/kestrelford-logo.svg" alt="Kestrelford Council home page" width="180" height="48"></a>
<nav class="site-header__nav" aria-label="Main menu"><ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/adult-social-care">Adult social care</a></li><li><a href="/your-council">Your council</a></li>
</ul></nav>
<form class="site-search" action="/search" role="search"><label for="q" class="visually-hidden">Search this site</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
{crumbs}
</ol></nav>
<main id="main-content" tabindex="-1">
"""

FOOT = """</main>
<footer class="site-footer">
<ul class="site-footer__links">
<li><a href="/accessibility-statement">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
<p>&copy; Kestrelford Council, Civic Offices, Harbour Parade, Kestrelford KF1 2AB</p>
</footer>
<script src="/assets/js/kf-cookies.8e21d0.js" defer></script>
</body>
</html>
"""

def crumbs(items):
    out = []
    for label, href in items:
        if href:
            out.append(f'<li><a href="{href}">{label}</a></li>')
        else:
            out.append(f'<li aria-current="page">{label}</li>')
    return "\n".join(out)

# ---------------------------------------------------------------- document 1: minutes
MIN_NAME = "gi-kestrelford-health-social-care-scrutiny-panel-2025-10-14.html"

def attendee(name, role, status):
    r = f' <span class="role">{role}</span>' if role else ""
    return f'<li><span class="name">{name}</span>{r} <span class="status">{status}</span></li>'

ATT = [
    ("Councillor Harriet Ossory", "(Chair)", "Present"),
    ("Councillor Dev Ramanathan", "(Vice-Chair)", "Present"),
    ("Councillor Bernard Quaile", "", "Present"),
    ("Councillor Lucy Penhallow", "", "Present"),
    ("Councillor Amir Sadozai", "", "Present"),
    ("Councillor Teresa Flint", "", "Apologies"),
    ("Councillor Gareth Mowbray", "(substitute for Councillor Flint)", "Present"),
    ("Councillor Nell Tregarthen", "", "Absent"),
    ("Mrs Pauline Aske", "(Co-opted member, Healthwatch Kestrelford)", "Present"),
    ("Councillor Simon Latchford", "Cabinet Member for Adult Social Care and Health", "In attendance"),
    ("Rowena Bickerstaff", "Corporate Director of Adult Social Care and Health", "In attendance"),
    ("Dr Imran Chaudhry", "Director of Public Health", "In attendance"),
    ("Kerry Nantes", "Head of Commissioning and Contract Management (Care and Support)", "In attendance"),
    ("Gavin Oduya", "Deputy Chief Executive, Kestrelford and Moorside Hospitals NHS Foundation Trust", "In attendance (remote)"),
    ("Sally Pengelly", "Place Director, Coast and Moor Integrated Care Board", "In attendance"),
    ("Martin Hale", "Scrutiny and Democratic Services Officer", "In attendance"),
]

def build_minutes():
    b = []
    b.append('<article class="meeting-minutes">')
    b.append('<p class="kicker">Health and Social Care Scrutiny Panel</p>')
    b.append('<h1>Minutes: Health and Social Care Scrutiny Panel, Tuesday 14 October 2025</h1>')
    b.append('<dl class="meeting-meta"><dt>Date and time</dt><dd><time datetime="2025-10-14T14:00">Tuesday 14 October 2025, 2.00pm</time></dd>'
             '<dt>Venue</dt><dd>Council Chamber, Civic Offices, Harbour Parade, Kestrelford</dd>'
             '<dt>Status</dt><dd>Confirmed at the meeting on 9 December 2025</dd></dl>')
    b.append('<nav class="on-this-page" aria-labelledby="otp"><h2 id="otp" class="visually-hidden">On this page</h2><ul>'
             '<li><a href="#attendance">Attendance</a></li>'
             + "".join(f'<li><a href="#item-{n}">{n}. {t}</a></li>' for n, t in ITEMS) + '</ul></nav>')
    b.append('<section aria-labelledby="attendance"><h2 id="attendance">Attendance</h2>')
    b.append('<ul class="attendance">')
    b += [attendee(*x) for x in ATT]
    b.append('</ul></section>')

    b.append('<h2 id="item-1">1. Apologies for absence and substitutions</h2>')
    b.append('<p>Apologies for absence were received from Councillor Teresa Flint. Councillor Gareth Mowbray attended as her substitute. Councillor Nell Tregarthen was not present and had not sent apologies.</p>')

    b.append('<h2 id="item-2">2. Declarations of interest</h2>')
    b.append('<p>Councillor Lucy Penhallow declared a personal interest in item 5 as her mother receives a home care package arranged by the Council. Mrs Pauline Aske declared that Healthwatch Kestrelford holds a grant agreement with the Council. Neither interest was considered prejudicial.</p>')

    b.append('<h2 id="item-3">3. Minutes of the previous meeting</h2>')
    b.append(decision('That the minutes of the meeting held on 2 September 2025 be confirmed as a correct record and signed by the Chair.'))

    b.append('<h2 id="item-4">4. Hospital discharge and the Home First service</h2>')
    b.append('<p>Gavin Oduya, joining remotely, and Rowena Bickerstaff introduced a joint report on delayed discharges from Kestrelford General Hospital over the summer and the first six months of the Home First discharge to assess service. On an average day in September 61 patients had been medically fit but still in a hospital bed, against a joint target of 40.</p>')
    b.append(q('Councillor Ramanathan', 'asked how many of the patients waiting for discharge were waiting for a home care package rather than a care home placement, and whether the figure had improved since the spring.'))
    b.append(a('Corporate Director of Adult Social Care and Health', 'explained that roughly two thirds were waiting for care at home, and the number waiting longer than seven days had fallen from 23 to 14 since April.'))
    b.append(q('Councillor Quaile', 'raised concern that patients were being discharged to short-term beds many miles away in Moorside because no local placement was free, which left families travelling long distances.'))
    b.append(a('Deputy Chief Executive, Kestrelford and Moorside Hospitals NHS Foundation Trust', 'accepted this had happened in eleven cases in August and said the trust would now ask families before any placement outside the borough was made.'))
    b.append(q('Mrs Aske', 'asked whether patients and carers had been asked for their views on the Home First service, as Healthwatch had received several complaints about poor communication at the point of discharge.'))
    b.append(a('Place Director, Coast and Moor Integrated Care Board', 'said a patient experience survey had been commissioned jointly and the results would be shared with Healthwatch before the next meeting.'))
    b.append(q('Councillor Penhallow', 'requested that the next update show delayed discharges broken down by ward and by the reason for the delay.'))
    b.append('<p>The Chair thanked the officers for the report.</p>')
    b.append(decision('That the Panel:',
        '<ol><li>notes the report on hospital discharge and the Home First service; and</li>'
        '<li>asks that the December update includes delays broken down by ward and reason, and the results of the joint patient experience survey.</li></ol>'))

    b.append('<h2 id="item-5">5. Recommissioning of home care (care at home) contracts</h2>')
    b.append('<p>Kerry Nantes presented the proposed approach to recommissioning home care, which is currently provided through nineteen framework contracts with independent providers that expire in September 2026. The proposal is to move to six geographic zones, each with a lead provider, and to bring the reablement service back in-house.</p>')
    b.append(q('Councillor Sadozai', 'questioned whether six zone contracts would hand too much of the market to large national companies and squeeze out small local agencies.'))
    b.append(a('Head of Commissioning and Contract Management (Care and Support)', 'said each zone would allow partner providers under the lead provider, and that social value would carry 20 per cent of the tender evaluation score.'))
    b.append(q('Councillor Mowbray', 'asked what hourly rate the Council expected to pay and how the new contracts would be afforded within the adult social care budget.'))
    b.append(a('Cabinet Member for Adult Social Care and Health', 'replied that the indicative rate was £27.40 an hour, an increase of £1.85, funded partly from the market sustainability grant.'))
    b.append(q('Councillor Quaile', 'welcomed the in-house reablement proposal but sought assurance that staff transferring from the current provider would keep their terms and conditions.'))
    b.append(a('Corporate Director of Adult Social Care and Health', 'confirmed that TUPE would apply and the trade unions had been consulted on the transfer timetable.'))
    b.append(q('Councillor Penhallow', 'asked that the tender require providers to pay care workers for travel time between visits, which she said remained a cause of high turnover.'))
    b.append('<p>No answer to this point was recorded at the meeting; the Chair asked that it be considered as part of the tender documents.</p>')
    b.append(decision('RECOMMENDED to Cabinet that the zoned lead provider model for home care be approved for tender, subject to the tender specification requiring payment for travel time between visits.'))

    b.append('<h2 id="item-6">6. Public health: stop smoking and vaping in young people</h2>')
    b.append('<p>Dr Imran Chaudhry presented the annual report on the stop smoking service and the new schools vaping prevention programme, noting that adult smoking prevalence in the borough had fallen to 12.9 per cent but remained above 20 per cent in the two most deprived wards.</p>')
    b.append(q('Councillor Ossory', 'asked why the stop smoking service had been moved from GP surgeries to pharmacies and whether quit rates had fallen as a result.'))
    b.append(a('Director of Public Health', 'explained that pharmacies offered longer opening hours and that the four-week quit rate had in fact risen from 51 to 56 per cent.'))
    b.append(q('Councillor Ramanathan', 'expressed concern that the vaping programme reached only secondary schools and asked whether primary schools would be included.'))
    b.append(a('Director of Public Health', 'said that a pilot with year 6 pupils in eight primary schools would begin in January, designed with the Youth Council.'))
    b.append(decision('That the annual report on the stop smoking service and the schools vaping prevention programme be noted.'))

    b.append('<h2 id="item-7">7. Adult social care budget monitoring, quarter 1</h2>')
    b.append('<p>The Cabinet Member introduced the quarter 1 monitoring report, which forecast an overspend of £3.2 million on the adult social care budget, mainly from residential and nursing placements.</p>')
    b.append(q('Councillor Sadozai', 'asked what savings were still expected from the review of day services and whether any day centre would close.'))
    b.append(a('Cabinet Member for Adult Social Care and Health', 'stated that no closures were proposed this year and that £400,000 of the £650,000 saving had been found through transport changes.'))
    b.append(q('Councillor Mowbray', 'commented that the Panel had seen the same overspend warnings in each of the last three years without a credible recovery plan.'))
    b.append(decision('That the Panel notes the quarter 1 position and asks the Corporate Director to bring a written recovery plan for the forecast overspend to the December meeting.'))

    b.append('<h2 id="item-8">8. Work programme 2025/26</h2>')
    b.append('<p>Martin Hale presented the work programme. Members agreed to add an item on the integrated care board&rsquo;s proposed changes to community mental health services.</p>')
    b.append(decision('That the work programme be approved with the addition of an item on community mental health services in February 2026.'))

    b.append('<p class="meeting-close">The meeting closed at 4.47pm.</p>')
    b.append('<p class="meta">Contact: Martin Hale, Democratic Services, <a href="mailto:democracy@kestrelford.example">democracy@kestrelford.example</a>, 01632 960 418. Page last updated: 10 December 2025.</p>')
    b.append('</article>')
    head = HEAD.format(title="Minutes: Health and Social Care Scrutiny Panel, 14 October 2025", bodyclass="minutes",
                       crumbs=crumbs([("Home", "/"), ("Your council", "/your-council"), ("Councillors, committees and meetings", "/your-council/meetings"),
                                      ("Health and Social Care Scrutiny Panel", "/your-council/meetings/health-social-care-scrutiny-panel"), ("Minutes: 14 October 2025", None)]))
    return head + "\n".join(b) + "\n" + FOOT

ITEMS = [
    ("1", "Apologies for absence and substitutions"),
    ("2", "Declarations of interest"),
    ("3", "Minutes of the previous meeting"),
    ("4", "Hospital discharge and the Home First service"),
    ("5", "Recommissioning of home care (care at home) contracts"),
    ("6", "Public health: stop smoking and vaping in young people"),
    ("7", "Adult social care budget monitoring, quarter 1"),
    ("8", "Work programme 2025/26"),
]

DIR = "Corporate Director of Adult Social Care and Health"
CM = "Cabinet Member for Adult Social Care and Health"
DPH = "Director of Public Health"

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health and Social Care Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t in ITEMS],
    "questions": [
        {"item": "4", "kind": "question", "text": "how many of the patients waiting for discharge were waiting for a home care package",
         "asked_by": "Councillor Ramanathan", "answer": "roughly two thirds were waiting for care at home",
         "given_by": DIR, "themes": ["adult-social-care"]},
        {"item": "4", "kind": "concern", "text": "patients were being discharged to short-term beds many miles away in Moorside",
         "asked_by": "Councillor Quaile", "answer": "the trust would now ask families before any placement outside the borough",
         "given_by": "Deputy Chief Executive, Kestrelford and Moorside Hospitals NHS Foundation Trust", "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question", "text": "whether patients and carers had been asked for their views on the Home First service",
         "asked_by": "Mrs Aske", "answer": "a patient experience survey had been commissioned jointly",
         "given_by": "Place Director, Coast and Moor Integrated Care Board", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "request", "text": "requested that the next update show delayed discharges broken down by ward",
         "asked_by": "Councillor Penhallow", "answer": None, "given_by": None, "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question", "text": "whether six zone contracts would hand too much of the market to large national companies",
         "asked_by": "Councillor Sadozai", "answer": "social value would carry 20 per cent of the tender evaluation score",
         "given_by": "Head of Commissioning and Contract Management (Care and Support)", "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "what hourly rate the Council expected to pay and how the new contracts",
         "asked_by": "Councillor Mowbray", "answer": "the indicative rate was £27.40 an hour, an increase of £1.85",
         "given_by": CM, "themes": ["finance", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question", "text": "sought assurance that staff transferring from the current provider would keep their terms",
         "asked_by": "Councillor Quaile", "answer": "TUPE would apply and the trade unions had been consulted",
         "given_by": DIR, "themes": ["workforce", "privatisation", "adult-social-care"]},
        {"item": "5", "kind": "request", "text": "the tender require providers to pay care workers for travel time",
         "asked_by": "Councillor Penhallow", "answer": None, "given_by": None, "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "question", "text": "why the stop smoking service had been moved from GP surgeries to pharmacies",
         "asked_by": "Councillor Ossory", "answer": "the four-week quit rate had in fact risen from 51 to 56 per cent",
         "given_by": DPH, "themes": ["public-health", "primary-care"]},
        {"item": "6", "kind": "concern", "text": "the vaping programme reached only secondary schools and asked whether primary schools",
         "asked_by": "Councillor Ramanathan", "answer": "a pilot with year 6 pupils in eight primary schools would begin in January",
         "given_by": DPH, "themes": ["public-health", "children-and-families"]},
        {"item": "7", "kind": "question", "text": "what savings were still expected from the review of day services",
         "asked_by": "Councillor Sadozai", "answer": "no closures were proposed this year and that £400,000",
         "given_by": CM, "themes": ["finance", "adult-social-care"]},
        {"item": "7", "kind": "comment", "text": "the same overspend warnings in each of the last three years",
         "asked_by": "Councillor Mowbray", "answer": None, "given_by": None, "themes": ["finance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 2 September 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "notes the report on hospital discharge and the Home First service", "outcome": "agreed",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "5", "text": "the zoned lead provider model for home care be approved for tender", "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "6", "text": "stop smoking service and the schools vaping prevention programme be noted", "outcome": "noted",
         "themes": ["public-health", "children-and-families"]},
        {"item": "7", "text": "asks the Corporate Director to bring a written recovery plan", "outcome": "agreed",
         "themes": ["finance", "adult-social-care"]},
        {"item": "8", "text": "the work programme be approved with the addition of an item", "outcome": "agreed",
         "themes": ["governance", "mental-health"]},
    ],
    "attendees": [],
}
_ROLE_FIX = {
    "(Chair)": "Chair", "(Vice-Chair)": "Vice-Chair",
    "(substitute for Councillor Flint)": "substitute for Councillor Flint",
    "(Co-opted member, Healthwatch Kestrelford)": "Co-opted member, Healthwatch Kestrelford",
}
_STATUS = {"Present": "present", "Apologies": "apologies", "Absent": "absent",
           "In attendance": "in_attendance", "In attendance (remote)": "in_attendance"}
for _n, _r, _s in ATT:
    MIN_GOLD["attendees"].append({"name": _n, "role": _ROLE_FIX.get(_r, _r) or None, "attendance": _STATUS[_s]})

# ---------------------------------------------------------------- document 2: accessibility statement
ACC_NAME = "gi-kestrelford-accessibility-statement.html"

def build_accessibility():
    b = ['<article class="content-page">',
         '<h1>Accessibility statement for kestrelford.example</h1>',
         '<p class="lede">This accessibility statement applies to the Kestrelford Council website, including our committee meetings, agendas and minutes pages.</p>',
         '<p>This website is run by Kestrelford Council. We want as many people as possible to be able to use it. For example, that means you should be able to:</p>',
         '<ul><li>change colours, contrast levels and fonts using browser or device settings</li><li>zoom in up to 400% without the text spilling off the screen</li>'
         '<li>navigate most of the website using a keyboard or speech recognition software</li><li>listen to most of the website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)</li></ul>',
         '<p>On meeting minutes pages, questions and answers are marked with icons. The icons are hidden from screen readers, which announce &ldquo;Question from&rdquo; and &ldquo;Answer from&rdquo; instead.</p>',
         '<h2 id="how-accessible">How accessible this website is</h2>',
         '<p>We know some parts of this website are not fully accessible:</p>',
         '<ul><li>many older committee agendas and reports published before September 2018 are scanned PDF documents that cannot be read by a screen reader</li>'
         '<li>some appendices to Cabinet and scrutiny reports contain complex tables and charts without text alternatives</li>'
         '<li>webcasts of council meetings before 2024 do not have accurate captions</li>'
         '<li>our online payment forms time out after 20 minutes without warning</li></ul>',
         '<h2 id="feedback">Feedback and contact information</h2>',
         '<p>If you need information on this website in a different format, such as accessible PDF, large print, easy read, audio recording or braille, email <a href="mailto:webteam@kestrelford.example">webteam@kestrelford.example</a> or call 01632 960 000. We will consider your request and get back to you within 10 working days.</p>',
         '<h2 id="reporting">Reporting accessibility problems with this website</h2>',
         '<p>We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact the Digital Services team.</p>',
         '<h2 id="enforcement">Enforcement procedure</h2>',
         '<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>',
         '<h2 id="technical">Technical information about this website&rsquo;s accessibility</h2>',
         '<p>Kestrelford Council is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.</p>',
         '<h3>Compliance status</h3>',
         '<p>This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.</p>',
         '<h3>Non-accessible content</h3>',
         '<p>Some committee documents published as PDF do not have tagged headings (WCAG 1.3.1). Some images in older news stories lack alternative text (WCAG 1.1.1). We plan to fix these by March 2026.</p>',
         '<h3>Disproportionate burden</h3>',
         '<p>We have not assessed any content as a disproportionate burden.</p>',
         '<h3>Content that is not within the scope of the accessibility regulations</h3>',
         '<p>PDFs and other documents published before 23 September 2018 that are not essential to providing our services are exempt. Live video, such as webcasts of meetings as they happen, is also exempt.</p>',
         '<h2 id="improving">What we are doing to improve accessibility</h2>',
         '<p>From January 2026 all new agendas, reports and minutes will be published as web pages first, with PDF versions checked before publication. We test the site with disabled residents through our digital inclusion user panel twice a year.</p>',
         '<h2 id="preparation">Preparation of this accessibility statement</h2>',
         '<p>This statement was prepared on 12 March 2020. It was last reviewed on 3 November 2025. This website was last tested on 21 October 2025 by the Digital Services team using automated tools and manual testing with screen readers.</p>',
         '</article>']
    head = HEAD.format(title="Accessibility statement", bodyclass="content",
                       crumbs=crumbs([("Home", "/"), ("Accessibility statement", None)]))
    return head + "\n".join(b) + "\n" + FOOT

ACC_GOLD = {"document": ACC_NAME, "doc_type": "other", "themes": []}

# ---------------------------------------------------------------- text + check
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg"): self.skip += 1
        self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg"): self.skip -= 1
        self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(src):
    p = _Text(); p.feed(src); return "".join(p.out)

def norm(s):
    s = html.unescape(s).lower()
    s = re.sub(r"[^\w£%]+", " ", s)
    return " ".join(s.split())

def check():
    ok = True
    for doc, gold in ((MIN_NAME, MIN_GOLD), (ACC_NAME, ACC_GOLD)):
        src = open(os.path.join(DOCS, doc), encoding="utf-8").read()
        g = json.load(open(os.path.join(GOLD, doc[:-5] + ".json"), encoding="utf-8"))
        t = " " + norm(text_of(src)) + " "
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"): phrases.append(("answer", qq["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = t.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False; print(f"FAIL {doc} {kind}: count={c} words={n}: {ph}")
        print(f"{doc}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok

def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, content, gold in ((MIN_NAME, build_minutes(), MIN_GOLD), (ACC_NAME, build_accessibility(), ACC_GOLD)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f: f.write(content)
        with open(os.path.join(GOLD, name[:-5] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build(); print("built")
