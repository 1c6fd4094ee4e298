#!/usr/bin/env python3
"""Build the "fc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fc.py           build documents/fc-* and gold/fc-*.json
        build_fc.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Ravensholme Metropolitan Borough Council"
DOC1 = "fc-ravensholme-asc-health-scrutiny-panel-2025-06-17.html"
DOC2 = "fc-ravensholme-asc-charging-policy-summary.html"

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {council}</title>
<link rel="stylesheet" href="/cms/assets/css/main.css">
<style>
dl.minute{{border-top:2px solid #00543c;margin:1.5em 0;display:grid;grid-template-columns:9em 1fr}}
dl.minute dt{{font-weight:bold;padding:.3em .5em;background:#eef4f1}}
dl.minute dd{{margin:0;padding:.3em .5em;border-bottom:1px solid #ddd}}
dl.attendance dt{{font-weight:bold;margin-top:.8em}}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/cms/assets/img/rmbc-logo.svg" alt="{council}"></a>
  <form class="site-search" action="/search" method="get" role="search">
    <label for="q">Search this site</label>
    <input type="search" id="q" name="q" placeholder="Search">
    <button type="submit">Search</button>
  </form>
  <nav class="primary"><ul><li><a href="/council-tax">Council tax</a></li><li><a href="/bins">Bins and recycling</a></li><li><a href="/social-care">Social care and health</a></li><li><a href="/democracy">Your council</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>
<main id="main">
"""

FOOT = """</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/contact">Contact us</a></li><li><a href="/foi">Freedom of information</a></li></ul>
  <p>&copy; {council}, Town Hall, Market Street, Ravensholme RV1 2TH. Telephone 0161 555 0100.</p>
  <p class="generated">{generated}</p>
</footer>
</body>
</html>
"""

def crumbs(items):
    out = []
    for label, href in items:
        out.append(f'<li><a href="{href}">{label}</a></li>' if href else f'<li aria-current="page">{label}</li>')
    return "".join(out)

def minute(num, title, discussion=None, resolved=None):
    s = f'<dl class="minute" id="min{num}">\n<dt>Minute</dt><dd>{num}</dd>\n<dt>Title</dt><dd>{title}</dd>\n'
    if discussion:
        s += "<dt>Discussion</dt><dd>\n" + "\n".join(f"<p>{p}</p>" for p in discussion) + "\n</dd>\n"
    if resolved:
        s += "<dt>Resolved</dt><dd><ol>\n" + "\n".join(f"<li>{r}</li>" for r in resolved) + "\n</ol></dd>\n"
    return s + "</dl>\n"

def doc1():
    h = HEAD.format(title="Minutes - Adult Social Care and Health Scrutiny Panel, Tuesday 17 June 2025", council=COUNCIL,
                    crumbs=crumbs([("Home", "/"), ("Your council", "/democracy"), ("Committee meetings", "/democracy/meetings"),
                                   ("Adult Social Care and Health Scrutiny Panel", "/democracy/committees/ascsp"), ("17 June 2025 - minutes", None)]))
    h += """<h1>Adult Social Care and Health Scrutiny Panel</h1>
<p class="meeting-meta">Tuesday 17 June 2025, 6.00 pm &ndash; Committee Room 2, Town Hall, Ravensholme</p>
<p class="status">Status: <strong>Approved</strong> (confirmed at the meeting on 16 September 2025)</p>
<h2>Attendance</h2>
<dl class="attendance">
<dt>Present</dt>
<dd>Councillor A Whitcombe (Chair)<br>Councillor R Desai (Vice-Chair)<br>Councillor T Brannigan<br>Councillor K Farrow<br>Councillor M Hale<br>Councillor S Oyelaran<br>Councillor P Lindqvist (substitute for Councillor J Okafor)</dd>
<dt>Apologies</dt>
<dd>Councillor J Okafor</dd>
<dt>In attendance</dt>
<dd>Helen Marchetti &ndash; Director of Adult Social Care and Health<br>Dr Owen Prideaux &ndash; Director of Public Health<br>Simone Achterberg &ndash; Head of Commissioning, Adult Social Care and Health<br>Gareth Lumb &ndash; Deputy Chief Operating Officer, Ravensholme Teaching Hospitals NHS Trust<br>Priya Sandhu &ndash; Chief Executive, Healthwatch Ravensholme<br>Laura Venn &ndash; Democratic Services Officer</dd>
</dl>
<h2>Minutes</h2>
"""
    h += minute(14, "Apologies for absence and substitutions",
                ["Apologies for absence were received from Councillor J Okafor. Councillor P Lindqvist attended as substitute."])
    h += minute(15, "Declarations of interest",
                ["Councillor M Hale declared a non-pecuniary interest in Minute 17 as her mother receives home care from one of the framework providers. She remained in the meeting and took part in the discussion."])
    h += minute(16, "Minutes of the previous meeting", None,
                ["That the minutes of the meeting held on 15 April 2025 be approved as a correct record and signed by the Chair."])
    h += minute(17, "Home care recommissioning &ndash; contract extension and procurement timetable", [
        "The Head of Commissioning, Adult Social Care and Health introduced the report, which set out the proposal to extend the four existing home care framework contracts for twelve months while a new zoned, outcomes-based model was procured. Around 2,300 people currently received home care arranged by the Council.",
        "Councillor Brannigan asked why a further extension was needed when the contracts had already been extended once in 2023. The Head of Commissioning advised that the market engagement exercise had shown providers needed longer to prepare for zoned working, and that a rushed tender risked packages being handed back in the middle of winter.",
        "Councillor Oyelaran sought clarification on the hourly rate paid to providers and whether it covered the real living wage for care workers. The Director advised that the 2025/26 rate of &pound;24.10 per hour had been set to allow providers to pay the real living wage, and that the Council would require evidence of this as a condition of the extension. Councillor Oyelaran also queried how many packages had been handed back by providers in the last year; the Director undertook to circulate the figure after the meeting.",
        "Councillor Hale expressed concern that two of the four framework providers were owned by private equity groups and asked what checks were carried out on their stability. The Head of Commissioning explained that annual credit checks and quarterly market sustainability returns were required from all providers, and that contingency plans were in place should any provider exit the market.",
        "Councillor Desai requested that the views of people receiving home care be sought before the new specification was finalised. The Director agreed and confirmed that Healthwatch Ravensholme had been asked to run a series of listening events over the summer.",
    ], [
        "That the twelve-month extension of the home care framework contracts to 31 March 2027 be endorsed.",
        "That a report on the outcome of the tender be brought to the Panel in November 2025.",
    ])
    h += minute(18, "Ravensholme Teaching Hospitals NHS Trust &ndash; hospital discharge and winter planning", [
        "Gareth Lumb, Deputy Chief Operating Officer, Ravensholme Teaching Hospitals NHS Trust, presented an update on discharge performance over the winter and the Trust's plans for 2025/26.",
        "Councillor Farrow asked how many patients were medically fit for discharge but still in a hospital bed on a typical day. Mr Lumb advised that the figure had averaged 96 in May, down from 131 in January, with the largest group waiting for a care home placement.",
        "Councillor Lindqvist raised concerns about reports of patients being discharged late at night without transport or medication. Mr Lumb acknowledged that this had happened on a small number of occasions and said the Trust had introduced a rule that no frail patient would be discharged after 8pm. The Director added that the joint discharge hub, staffed by Trust and Council social workers, now operated seven days a week.",
        "Councillor Whitcombe asked whether the Trust's use of agency nurses had fallen. Mr Lumb said that agency spend had fallen by 38 per cent year on year following an international recruitment campaign, although some specialist posts remained vacant.",
    ], [
        "That the update from Ravensholme Teaching Hospitals NHS Trust be noted.",
    ])
    h += minute(19, "Healthwatch Ravensholme Annual Report 2024/25", [
        "Priya Sandhu, Chief Executive, Healthwatch Ravensholme, presented the annual report, which summarised the feedback received from 3,140 residents during the year.",
        "Councillor Oyelaran asked what the most common concern raised by residents had been. Ms Sandhu said that difficulty getting a GP appointment by telephone remained the most common issue, followed by waiting times for NHS dentistry.",
        "Councillor Brannigan commented that Healthwatch's funding had been reduced in cash terms for three consecutive years.",
    ], [
        "That the Healthwatch Ravensholme Annual Report 2024/25 be noted and Healthwatch be invited to report back on its home care listening events in November 2025.",
    ])
    h += minute(20, "Stop smoking and vaping services for young people", [
        "The Director of Public Health introduced the report, which reviewed the in-house stop smoking service and proposed a new offer for young people who vape.",
        "Councillor Hale asked how the Council would prevent disposable vapes being sold to children by local shops. The Director of Public Health advised that Trading Standards had carried out 42 test purchases in the past year, leading to 11 prosecutions, and that the national ban on single-use vapes would be enforced locally.",
        "Councillor Farrow questioned whether the stop smoking service should be tendered to an external provider, as had been done in neighbouring authorities. The Director of Public Health said that the in-house service achieved a four-week quit rate of 58 per cent, well above the regional average, and that he would not recommend tendering it. Councillor Desai sought assurance that school nurses would be trained to give brief advice on vaping; the Director of Public Health confirmed that training would be offered to all school nursing staff by December.",
    ], [
        "That the report be noted.",
        "That Cabinet be recommended to retain the stop smoking service as an in-house provision for a further three years.",
    ])
    h += minute(21, "Work programme 2025/26", [
        "Councillor Desai asked that an item on direct payments be added to the work programme for the autumn. The Democratic Services Officer confirmed this would be scheduled for the September meeting.",
    ], [
        "That the work programme for 2025/26 be agreed, subject to the addition of an item on direct payments.",
    ])
    h += '<p class="closing">The meeting closed at 8.05 pm.</p>\n'
    h += FOOT.format(council=COUNCIL, generated="Generated by Committee Manager 6.2 on 18 September 2025 at 09:14")
    return h

def doc2():
    h = HEAD.format(title="Adult social care charging policy – summary", council=COUNCIL,
                    crumbs=crumbs([("Home", "/"), ("Social care and health", "/social-care"), ("Paying for care", "/social-care/paying-for-care"),
                                   ("Adult social care charging policy – summary", None)]))
    h += """<h1>Adult social care charging policy &ndash; summary</h1>
<p class="lede">This page summarises how we work out what you pay towards care and support arranged by the Council. The full policy was approved by Cabinet and applies from 7 April 2025.</p>
<h2>Who this applies to</h2>
<p>The policy applies to adults who receive care and support at home, in supported living, in day services or in a care home, and to carers who receive support in their own right. We do not charge carers for services provided to them.</p>
<h2>The financial assessment</h2>
<p>If you have been assessed as needing care and support, we will offer you a financial assessment. We look at your income, savings and capital to work out how much you can afford to pay. You will never be asked to pay more than the cost of your care.</p>
<ul>
<li>If your savings and capital are over &pound;23,250 you will usually pay the full cost of your care.</li>
<li>Between &pound;14,250 and &pound;23,250, we add &pound;1 a week to your income for every &pound;250 of capital.</li>
<li>Below &pound;14,250 your savings are not counted.</li>
</ul>
<h2>Care at home</h2>
<p>If you live at home we make sure you keep at least the Minimum Income Guarantee set by the government, plus an allowance for disability-related expenses such as extra heating, laundry or a special diet. The value of your home is not counted.</p>
<h2>Care homes</h2>
<p>For a permanent place in a care home we usually include the value of your home after the first 12 weeks. If you do not want to sell your home, you may be able to enter a deferred payment agreement.</p>
<h2>Direct payments</h2>
<p>If you take your support as a direct payment, your assessed contribution is deducted from the payment and you pay it into your direct payment account.</p>
<h2>Reviews and appeals</h2>
<p>We review your contribution every April. If you think your charge is wrong, or you cannot afford it, you can ask for a review within 28 days. Contact the Financial Assessment Team on 0161 555 0420.</p>
<h2>Related pages</h2>
<ul><li><a href="/social-care/paying-for-care/deferred-payments">Deferred payment agreements</a></li><li><a href="/social-care/direct-payments">Direct payments</a></li><li><a href="/documents/asc-charging-policy-2025.pdf">Adult social care charging policy 2025 (PDF, 1.2MB)</a></li></ul>
<p class="updated">Last updated: 7 April 2025</p>
"""
    h += FOOT.format(council=COUNCIL, generated="")
    return h

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer, "given_by": given_by, "themes": themes}

def gold1():
    return {
        "document": DOC1, "doc_type": "minutes",
        "committee": "Adult Social Care and Health Scrutiny Panel", "meeting_date": "2025-06-17",
        "items": [{"number": "14", "title": "Apologies for absence and substitutions"},
                  {"number": "15", "title": "Declarations of interest"},
                  {"number": "16", "title": "Minutes of the previous meeting"},
                  {"number": "17", "title": "Home care recommissioning – contract extension and procurement timetable"},
                  {"number": "18", "title": "Ravensholme Teaching Hospitals NHS Trust – hospital discharge and winter planning"},
                  {"number": "19", "title": "Healthwatch Ravensholme Annual Report 2024/25"},
                  {"number": "20", "title": "Stop smoking and vaping services for young people"},
                  {"number": "21", "title": "Work programme 2025/26"}],
        "questions": [
            Q("17", "question", "asked why a further extension was needed when the contracts had already been extended", "Councillor Brannigan",
              "providers needed longer to prepare for zoned working", "The Head of Commissioning", ["subcontracting", "adult-social-care"]),
            Q("17", "question", "sought clarification on the hourly rate paid to providers", "Councillor Oyelaran",
              "set to allow providers to pay the real living wage", "The Director", ["finance", "workforce", "adult-social-care"]),
            Q("17", "question", "queried how many packages had been handed back by providers in the last year", "Councillor Oyelaran",
              "undertook to circulate the figure after the meeting", "the Director", ["adult-social-care", "subcontracting"]),
            Q("17", "concern", "two of the four framework providers were owned by private equity groups", "Councillor Hale",
              "annual credit checks and quarterly market sustainability returns were required", "The Head of Commissioning",
              ["privatisation", "subcontracting", "adult-social-care"]),
            Q("17", "request", "requested that the views of people receiving home care be sought", "Councillor Desai",
              "Healthwatch Ravensholme had been asked to run a series of listening events", "The Director",
              ["patient-and-public-input", "adult-social-care"]),
            Q("18", "question", "how many patients were medically fit for discharge but still in a hospital bed", "Councillor Farrow",
              "the figure had averaged 96 in May, down from 131 in January", "Mr Lumb", ["adult-social-care"]),
            Q("18", "concern", "patients being discharged late at night without transport or medication", "Councillor Lindqvist",
              "no frail patient would be discharged after 8pm", "Mr Lumb", ["adult-social-care"]),
            Q("18", "question", "asked whether the Trust's use of agency nurses had fallen", "Councillor Whitcombe",
              "agency spend had fallen by 38 per cent year on year", "Mr Lumb", ["workforce", "finance"]),
            Q("19", "question", "asked what the most common concern raised by residents had been", "Councillor Oyelaran",
              "difficulty getting a GP appointment by telephone remained the most common issue", "Ms Sandhu",
              ["primary-care", "patient-and-public-input"]),
            Q("19", "comment", "Healthwatch's funding had been reduced in cash terms for three consecutive years", "Councillor Brannigan",
              None, None, ["finance", "patient-and-public-input"]),
            Q("20", "question", "how the Council would prevent disposable vapes being sold to children", "Councillor Hale",
              "Trading Standards had carried out 42 test purchases in the past year", "The Director of Public Health",
              ["public-health", "children-and-families"]),
            Q("20", "question", "questioned whether the stop smoking service should be tendered to an external provider", "Councillor Farrow",
              "the in-house service achieved a four-week quit rate of 58 per cent", "The Director of Public Health",
              ["public-health", "subcontracting", "privatisation"]),
            Q("20", "question", "sought assurance that school nurses would be trained to give brief advice on vaping", "Councillor Desai",
              "training would be offered to all school nursing staff by December", "the Director of Public Health",
              ["public-health", "workforce", "children-and-families"]),
            Q("21", "request", "asked that an item on direct payments be added to the work programme", "Councillor Desai",
              "confirmed this would be scheduled for the September meeting", "The Democratic Services Officer", ["adult-social-care"]),
        ],
        "resolutions": [
            {"item": "16", "text": "minutes of the meeting held on 15 April 2025 be approved as a correct record", "outcome": "agreed", "themes": []},
            {"item": "17", "text": "twelve-month extension of the home care framework contracts to 31 March 2027", "outcome": "agreed",
             "themes": ["subcontracting", "adult-social-care"]},
            {"item": "18", "text": "the update from Ravensholme Teaching Hospitals NHS Trust be noted", "outcome": "noted", "themes": []},
            {"item": "19", "text": "be invited to report back on its home care listening events", "outcome": "agreed",
             "themes": ["patient-and-public-input", "adult-social-care"]},
            {"item": "20", "text": "Cabinet be recommended to retain the stop smoking service as an in-house provision", "outcome": "recommended",
             "themes": ["public-health", "privatisation"]},
            {"item": "21", "text": "the work programme for 2025/26 be agreed, subject to the addition", "outcome": "agreed",
             "themes": ["adult-social-care"]},
        ],
        "attendees": [
            {"name": "Councillor A Whitcombe", "role": "Chair", "attendance": "present"},
            {"name": "Councillor R Desai", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Councillor T Brannigan", "role": None, "attendance": "present"},
            {"name": "Councillor K Farrow", "role": None, "attendance": "present"},
            {"name": "Councillor M Hale", "role": None, "attendance": "present"},
            {"name": "Councillor S Oyelaran", "role": None, "attendance": "present"},
            {"name": "Councillor P Lindqvist", "role": "substitute for Councillor J Okafor", "attendance": "present"},
            {"name": "Councillor J Okafor", "role": None, "attendance": "apologies"},
            {"name": "Helen Marchetti", "role": "Director of Adult Social Care and Health", "attendance": "in_attendance"},
            {"name": "Dr Owen Prideaux", "role": "Director of Public Health", "attendance": "in_attendance"},
            {"name": "Simone Achterberg", "role": "Head of Commissioning, Adult Social Care and Health", "attendance": "in_attendance"},
            {"name": "Gareth Lumb", "role": "Deputy Chief Operating Officer, Ravensholme Teaching Hospitals NHS Trust", "attendance": "in_attendance"},
            {"name": "Priya Sandhu", "role": "Chief Executive, Healthwatch Ravensholme", "attendance": "in_attendance"},
            {"name": "Laura Venn", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        ],
    }

def gold2():
    return {"document": DOC2, "doc_type": "other", "themes": ["adult-social-care", "finance"],
            "questions": [], "resolutions": []}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def norm(s):
    return " " + re.sub(r"\s+", " ", re.sub(r"[^0-9a-z£]+", " ", s.lower().replace("’", "'").replace("'", ""))).strip() + " "

def check():
    ok = True
    for g in (gold1(), gold2()):
        p = Text(); p.feed(open(os.path.join(DOCS, g["document"]), encoding="utf-8").read())
        t = norm("".join(p.parts))
        phrases = [q["text"] for q in g.get("questions", [])] + [q["answer"] for q in g.get("questions", []) if q["answer"]] \
                  + [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = t.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False; print(f"FAIL {g['document']}: count={c} words={n}: {ph}")
    print("check passed" if ok else "check FAILED")
    return ok

def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, html, gold in ((DOC1, doc1(), gold1()), (DOC2, doc2(), gold2())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f: f.write(html)
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build(); print("built")
