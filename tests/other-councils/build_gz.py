#!/usr/bin/env python3
"""Build the "gz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gz.py           build documents/gz-* and gold/gz-*.json
        build_gz.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(ROOT, "documents")
GOLD = os.path.join(ROOT, "gold")

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Tynebridge Council</title>
<link rel="stylesheet" href="/css/tbc-main.css?v=20250611">
</head>
<body class="democracy">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
 <div class="container">
  <a class="logo" href="https://www.tynebridge.gov.uk/"><img src="/img/tbc-logo.svg" alt="Tynebridge Council"></a>
  <form class="site-search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
 </div>
 <nav class="primary-nav" aria-label="Main"><ul>
  <li><a href="/bins">Bins, rubbish and recycling</a></li><li><a href="/council-tax">Council Tax</a></li>
  <li><a href="/social-care">Care and support</a></li><li><a href="/council-and-democracy">Council and democracy</a></li>
 </ul></nav>
</header>
<div class="container">
<ol class="breadcrumbs">
 <li><a href="https://www.tynebridge.gov.uk/">Home</a></li>
 {crumbs}
</ol>
<main id="main">
"""
FOOT = """</main>
</div>
<footer class="site-footer"><div class="container">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Tynebridge Council, Civic Centre, Regent Street, Tynebridge NE88 1TB</p>
</div></footer>
</body>
</html>
"""

def p(t):
    return "<p>" + html.escape(t, quote=False) + "</p>\n"

def minute(num, title, paras):
    out = '<div class="minute" id="%s">\n<h3><span class="minute-no">%s</span> %s</h3>\n' % (num.lower(), num, html.escape(title))
    for x in paras:
        out += x if x.startswith("<") else p(x)
    return out + "</div>\n"

def resolved(clauses):
    if len(clauses) == 1:
        return '<p class="resolved"><strong>RESOLVED</strong> - ' + html.escape(clauses[0]) + "</p>\n"
    out = '<p class="resolved"><strong>RESOLVED</strong> -</p>\n<table class="resolution"><tbody>\n'
    for n, c in clauses:
        out += "<tr><td>%s</td><td>%s</td></tr>\n" % (n, html.escape(c))
    return out + "</tbody></table>\n"

# ---------------------------------------------------------------- document 1
M_NAME = "gz-tynebridge-chw-osc-2025-10-13.html"
COMM = "Care, Health and Wellbeing Overview and Scrutiny Committee"

def build_minutes():
    crumbs = ('<li><a href="/council-and-democracy">Council and democracy</a></li>\n'
              ' <li><a href="https://democracy.tynebridge.gov.uk/meetings">Council meetings</a></li>\n'
              ' <li><a href="https://democracy.tynebridge.gov.uk/committees/details/14">%s</a></li>\n'
              ' <li aria-current="page">Meeting 13 October 2025</li>' % COMM)
    h = HEAD.format(title=COMM + " - 13 October 2025", crumbs=crumbs)
    h += '<h1>%s</h1>\n' % COMM
    h += """<div class="meeting-details">
<dl>
<dt>Date:</dt><dd>Monday 13 October 2025</dd>
<dt>Time:</dt><dd>1.30 pm</dd>
<dt>Venue:</dt><dd>Bewick Room, Civic Centre</dd>
<dt>Contact:</dt><dd>Sam Ogle, Democratic Services &ndash; 0191 433 0000 &ndash; democraticservices@tynebridge.gov.uk</dd>
</dl>
</div>
<ul class="meeting-tabs" role="tablist">
<li><a href="/meetings/details/3391/agenda">Agenda</a></li>
<li class="active"><a href="/meetings/details/3391/minutes" aria-current="true">Minutes</a></li>
<li><a href="/meetings/details/3391/attendance">Attendance</a></li>
<li><a href="/meetings/details/3391/documents">Documents (9)</a></li>
</ul>
<section class="tab-panel" id="minutes">
<h2>Minutes</h2>
<p class="status">Status: Approved</p>
<div class="minutes-present">
<p><strong>PRESENT:</strong> Councillor J Hollins (Chair)</p>
<p><strong>Councillor(s):</strong> P Dobson (Vice-Chair), N Ahmed, L Foster, K McCabe, D Pattinson, T Ridley and G Wardle</p>
<p><strong>IN ATTENDANCE:</strong></p>
<p><strong>Officers:</strong> Alison Crane (Service Director, Commissioning and Quality Assurance), Dr Martin Oyelaran (Director of Public Health) and Sam Ogle (Democratic Services Officer)</p>
<p><strong>Partners:</strong> Helen Marsh (Chief Operating Officer, Tynebridge and Wearmouth NHS Foundation Trust) and Rachel Lindqvist (Engagement Manager, Healthwatch Tynebridge)</p>
<p><strong>APOLOGIES:</strong> Councillor(s) R Bell and S Kaur</p>
</div>
"""
    h += minute("CHW18", "Apologies for absence", [
        "Apologies for absence were received from Councillors R Bell and S Kaur."])
    h += minute("CHW19", "Minutes", [
        "The minutes of the meeting held on 1 September 2025 were agreed as a correct record.",
        "Matters arising: Councillor Ahmed asked whether the letter to the ICB about the closure of the Felling Road walk-in centre had received a reply. It was reported that a response from the ICB was expected by the end of October and would be circulated to members.",
        resolved(["That the minutes of the meeting held on 1 September 2025 be approved as a correct record."])])
    h += minute("CHW20", "Declarations of interest", [
        "Councillor Pattinson declared a personal interest in minute CHW21 as her daughter is employed by a home care agency in the borough."])
    h += minute("CHW21", "Home Care Recommissioning - Progress Update", [
        "The Committee received a report updating members on the recommissioning of home care services following the decision of Cabinet in March 2025 to move to seven geographical zones, each served by a lead provider, with effect from 1 December 2025.",
        "Councillor Dobson asked how many of the new zone contracts had gone to organisations based outside the borough. The Service Director, Commissioning and Quality Assurance advised that four of the seven zone contracts had been awarded to providers with offices in Tynebridge, and that all seven had committed to a local office. Councillor Pattinson expressed concern that care workers were still not paid for the time spent travelling between visits; it was confirmed that the new hourly rate of £24.60 included an element for travel time and that this would be monitored through contract management.",
        "Councillor Ahmed queried what would happen to people whose existing provider had not been successful in the tender. The Committee was informed that the transfer would be phased over twelve weeks and each person would have a named worker, and that no package would transfer without a review visit. Councillor Foster requested figures on the number of hours of care that could not be sourced each month. The Service Director agreed to circulate monthly figures on unsourced hours to all members of the Committee.",
        resolved([("(i)", "That the progress on the recommissioning of home care be noted."),
                  ("(ii)", "That a further report on the transition to the new zones be brought to the Committee in March 2026.")])])
    h += minute("CHW22", "Tynebridge and Wearmouth NHS Foundation Trust - Urgent and Emergency Care Winter Plan", [
        "The Committee received a presentation from the Chief Operating Officer of the Trust on the Trust's plans for the winter period, including additional acute medical beds, the expansion of same day emergency care and the virtual ward programme.",
        "The Chair asked about the use of corridor care at the Queen Elizabeth site. In response, the Chief Operating Officer stated that the Trust did not routinely use corridor care but had done so on eleven occasions in January 2025, always with a senior nurse present. Councillor Dobson raised concerns about ambulance handover delays, and was advised that the average handover time at the Queen Elizabeth site had fallen to 34 minutes, against a national standard of 30 minutes.",
        "Councillor McCabe asked whether the Trust intended to send planned operations to private hospitals over the winter. It was explained that a small number of orthopaedic procedures would be carried out at an independent sector hospital under the existing NHS contract, and that this would be reviewed in February. Councillor Ahmed asked how patients and carers had been involved in developing the plan. The Engagement Manager, Healthwatch Tynebridge, reported that Healthwatch Tynebridge had run two listening events in August and that the Trust had responded to the findings.",
        "Councillor Pattinson queried the Trust's reliance on agency nurses. The Chief Operating Officer advised that agency spend had reduced by 18 per cent compared with the same period last year as a result of the internal staff bank.",
        resolved([("(i)", "That the winter plan and the assurances given by the Trust be noted."),
                  ("(ii)", "That the Chair write to the Integrated Care Board on behalf of the Committee regarding ambulance handover performance.")])])
    h += minute("CHW23", "Stop Smoking Service - Recommissioning Proposals", [
        "The Director of Public Health presented a report seeking the views of the Committee on proposals to recommission the community stop smoking service, the current contract for which expires on 31 March 2026.",
        "Councillor Foster asked why the service was being retendered rather than brought back under direct council management. The Director of Public Health explained that an in-house option had been appraised but would cost around £140,000 more each year, mainly because of pension and overhead costs. Councillor McCabe expressed concern about the growth of vaping among secondary school pupils; the Director replied that trading standards had carried out test purchases at 42 premises since April, and that four sales to under-18s had been identified.",
        "The Chair asked whether GP practices and community pharmacies would still be able to offer support to quit. The Director confirmed that pharmacies would remain part of the delivery model under the new contract, and that GP practices would continue to refer patients.",
        resolved([("(i)", "That the comments of the Committee on the recommissioning proposals be noted."),
                  ("(ii)", "That Cabinet be recommended to include a social value requirement for local recruitment in the service specification.")])])
    h += minute("CHW24", "Health and Wellbeing Board - Minutes", [
        "The Committee received the minutes of the meeting of the Health and Wellbeing Board held on 12 September 2025 for information. There were no questions.",
        resolved(["That the minutes of the Health and Wellbeing Board held on 12 September 2025 be noted."])])
    h += minute("CHW25", "Annual Work Programme 2025/26", [
        "The Committee considered the draft work programme for the remainder of the municipal year.",
        "Councillor Dobson requested that early diagnosis of dementia be added to the work programme. The Chair agreed that the topic would be scheduled for the meeting in February 2026.",
        resolved([("(i)", "That the work programme for 2025/26 be endorsed, subject to the addition of dementia diagnosis."),
                  ("(ii)", "That further reports be brought to the Committee as required.")])])
    h += """<p class="chair-sign">Chair.........................................</p>
</section>
<aside class="related"><h2>Related documents</h2><ul>
<li><a href="/documents/s31877/Home%20care%20recommissioning.pdf">Home care recommissioning - progress update (PDF, 412KB)</a></li>
<li><a href="/documents/s31880/Winter%20plan.pdf">UEC winter plan presentation (PDF, 2MB)</a></li>
<li><a href="/documents/s31884/Stop%20smoking.pdf">Stop smoking service proposals (PDF, 388KB)</a></li>
</ul></aside>
<p class="last-updated">Page last updated: 14 November 2025</p>
"""
    return h + FOOT

th = lambda *t: list(t)
M_GOLD = {
  "document": M_NAME, "doc_type": "minutes", "committee": COMM, "meeting_date": "2025-10-13",
  "items": [{"number": "CHW18", "title": "Apologies for absence"},
            {"number": "CHW19", "title": "Minutes"},
            {"number": "CHW20", "title": "Declarations of interest"},
            {"number": "CHW21", "title": "Home Care Recommissioning - Progress Update"},
            {"number": "CHW22", "title": "Tynebridge and Wearmouth NHS Foundation Trust - Urgent and Emergency Care Winter Plan"},
            {"number": "CHW23", "title": "Stop Smoking Service - Recommissioning Proposals"},
            {"number": "CHW24", "title": "Health and Wellbeing Board - Minutes"},
            {"number": "CHW25", "title": "Annual Work Programme 2025/26"}],
  "questions": [
    {"item": "CHW19", "kind": "question", "text": "asked whether the letter to the ICB about the closure of the Felling Road",
     "asked_by": "Councillor Ahmed", "answer": "a response from the ICB was expected by the end of October", "given_by": None, "themes": th("primary-care", "governance")},
    {"item": "CHW21", "kind": "question", "text": "asked how many of the new zone contracts had gone to organisations based outside",
     "asked_by": "Councillor Dobson", "answer": "four of the seven zone contracts had been awarded to providers with offices in Tynebridge",
     "given_by": "The Service Director, Commissioning and Quality Assurance", "themes": th("subcontracting", "adult-social-care")},
    {"item": "CHW21", "kind": "concern", "text": "expressed concern that care workers were still not paid for the time spent travelling",
     "asked_by": "Councillor Pattinson", "answer": "the new hourly rate of £24.60 included an element for travel time", "given_by": None,
     "themes": th("workforce", "finance", "adult-social-care")},
    {"item": "CHW21", "kind": "question", "text": "queried what would happen to people whose existing provider had not been successful",
     "asked_by": "Councillor Ahmed", "answer": "the transfer would be phased over twelve weeks and each person would have",
     "given_by": None, "themes": th("subcontracting", "adult-social-care")},
    {"item": "CHW21", "kind": "request", "text": "requested figures on the number of hours of care that could not be sourced",
     "asked_by": "Councillor Foster", "answer": "agreed to circulate monthly figures on unsourced hours to all members", "given_by": "The Service Director",
     "themes": th("adult-social-care")},
    {"item": "CHW22", "kind": "question", "text": "The Chair asked about the use of corridor care at the Queen Elizabeth site",
     "asked_by": "The Chair", "answer": "the Trust did not routinely use corridor care but had done so on eleven occasions",
     "given_by": "the Chief Operating Officer", "themes": []},
    {"item": "CHW22", "kind": "concern", "text": "Councillor Dobson raised concerns about ambulance handover delays",
     "asked_by": "Councillor Dobson", "answer": "the average handover time at the Queen Elizabeth site had fallen to 34 minutes",
     "given_by": None, "themes": []},
    {"item": "CHW22", "kind": "question", "text": "asked whether the Trust intended to send planned operations to private hospitals over the winter",
     "asked_by": "Councillor McCabe", "answer": "a small number of orthopaedic procedures would be carried out at an independent sector hospital",
     "given_by": None, "themes": th("privatisation", "subcontracting")},
    {"item": "CHW22", "kind": "question", "text": "asked how patients and carers had been involved in developing the plan",
     "asked_by": "Councillor Ahmed", "answer": "Healthwatch Tynebridge had run two listening events in August",
     "given_by": "The Engagement Manager, Healthwatch Tynebridge", "themes": th("patient-and-public-input")},
    {"item": "CHW22", "kind": "question", "text": "Councillor Pattinson queried the Trust's reliance on agency nurses",
     "asked_by": "Councillor Pattinson", "answer": "agency spend had reduced by 18 per cent compared with the same period last year",
     "given_by": "The Chief Operating Officer", "themes": th("workforce", "finance")},
    {"item": "CHW23", "kind": "question", "text": "asked why the service was being retendered rather than brought back under direct council management",
     "asked_by": "Councillor Foster", "answer": "an in-house option had been appraised but would cost around £140,000 more each year",
     "given_by": "The Director of Public Health", "themes": th("privatisation", "subcontracting", "finance", "public-health")},
    {"item": "CHW23", "kind": "concern", "text": "expressed concern about the growth of vaping among secondary school pupils",
     "asked_by": "Councillor McCabe", "answer": "trading standards had carried out test purchases at 42 premises since April",
     "given_by": "the Director", "themes": th("public-health", "children-and-families")},
    {"item": "CHW23", "kind": "question", "text": "asked whether GP practices and community pharmacies would still be able to offer",
     "asked_by": "The Chair", "answer": "pharmacies would remain part of the delivery model under the new contract",
     "given_by": "The Director", "themes": th("primary-care", "public-health", "subcontracting")},
    {"item": "CHW25", "kind": "request", "text": "requested that early diagnosis of dementia be added to the work programme",
     "asked_by": "Councillor Dobson", "answer": "the topic would be scheduled for the meeting in February 2026",
     "given_by": "The Chair", "themes": th("mental-health")},
  ],
  "resolutions": [
    {"item": "CHW19", "text": "That the minutes of the meeting held on 1 September 2025 be approved", "outcome": "agreed", "themes": []},
    {"item": "CHW21", "text": "That the progress on the recommissioning of home care be noted", "outcome": "agreed", "themes": th("subcontracting", "adult-social-care")},
    {"item": "CHW22", "text": "That the winter plan and the assurances given by the Trust be noted", "outcome": "agreed", "themes": []},
    {"item": "CHW23", "text": "That Cabinet be recommended to include a social value requirement for local recruitment", "outcome": "recommended", "themes": th("subcontracting", "workforce", "public-health")},
    {"item": "CHW24", "text": "minutes of the Health and Wellbeing Board held on 12 September 2025 be noted", "outcome": "noted", "themes": []},
    {"item": "CHW25", "text": "That the work programme for 2025/26 be endorsed, subject to the addition", "outcome": "agreed", "themes": th("governance", "mental-health")},
  ],
  "attendees": [
    {"name": "J Hollins", "role": "Chair", "attendance": "present"},
    {"name": "P Dobson", "role": "Vice-Chair", "attendance": "present"},
    {"name": "N Ahmed", "role": None, "attendance": "present"},
    {"name": "L Foster", "role": None, "attendance": "present"},
    {"name": "K McCabe", "role": None, "attendance": "present"},
    {"name": "D Pattinson", "role": None, "attendance": "present"},
    {"name": "T Ridley", "role": None, "attendance": "present"},
    {"name": "G Wardle", "role": None, "attendance": "present"},
    {"name": "Alison Crane", "role": "Service Director, Commissioning and Quality Assurance", "attendance": "in_attendance"},
    {"name": "Dr Martin Oyelaran", "role": "Director of Public Health", "attendance": "in_attendance"},
    {"name": "Sam Ogle", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    {"name": "Helen Marsh", "role": "Chief Operating Officer, Tynebridge and Wearmouth NHS Foundation Trust", "attendance": "in_attendance"},
    {"name": "Rachel Lindqvist", "role": "Engagement Manager, Healthwatch Tynebridge", "attendance": "in_attendance"},
    {"name": "R Bell", "role": None, "attendance": "apologies"},
    {"name": "S Kaur", "role": None, "attendance": "apologies"},
  ],
}

# ---------------------------------------------------------------- document 2
F_NAME = "gz-tynebridge-foi-home-care-contracts.html"

def build_foi():
    crumbs = ('<li><a href="/council-and-democracy">Council and democracy</a></li>\n'
              ' <li><a href="/foi">Freedom of information</a></li>\n'
              ' <li><a href="/foi/disclosure-log">Disclosure log</a></li>\n'
              ' <li aria-current="page">FOI 25/04417</li>')
    h = HEAD.format(title="FOI 25/04417 - Home care contracts and hourly rates", crumbs=crumbs)
    h += """<h1>FOI 25/04417 &ndash; Home care contracts and hourly rates</h1>
<div class="foi-meta"><dl>
<dt>Reference:</dt><dd>FOI 25/04417</dd>
<dt>Date received:</dt><dd>2 September 2025</dd>
<dt>Date responded:</dt><dd>29 September 2025</dd>
<dt>Service area:</dt><dd>Adult Social Care &ndash; Commissioning and Quality Assurance</dd>
<dt>Outcome:</dt><dd>Information provided in part (section 43 &ndash; commercial interests)</dd>
</dl></div>
<h2>Request</h2>
<ol class="foi-request">
<li>How many organisations submitted a bid in the recent tender for home care services, and how many zone contracts were awarded?</li>
<li>What hourly rate will the council pay lead providers from 1 December 2025, and does this include travel time?</li>
<li>Please provide the names of the successful providers and the value of each contract.</li>
<li>How many hours of home care were not delivered in each of the last six months because no provider could be found?</li>
</ol>
<h2>Response</h2>
<ol class="foi-response">
<li>Nineteen organisations submitted bids. Seven zone contracts were awarded, one for each zone.</li>
<li>The council will pay &pound;24.60 per hour. The rate was built up using a cost of care model which includes paid travel time between visits.</li>
<li>The names of the successful providers will be published on the council's contracts register once the contracts are signed. The value of individual contracts is withheld under section 43(2) of the Act, as disclosure would be likely to prejudice the commercial interests of the council and the providers while the mobilisation period is under way. We have considered the public interest and concluded that it favours withholding the information at this time.</li>
<li>The figures are set out in the table below.</li>
</ol>
<table class="data"><caption>Unsourced home care hours, March to August 2025</caption>
<thead><tr><th>Month</th><th>Hours not sourced</th></tr></thead>
<tbody>
<tr><td>March</td><td>1,214</td></tr><tr><td>April</td><td>1,087</td></tr><tr><td>May</td><td>942</td></tr>
<tr><td>June</td><td>1,030</td></tr><tr><td>July</td><td>1,366</td></tr><tr><td>August</td><td>1,291</td></tr>
</tbody></table>
<h2>Your right to complain</h2>
<p>If you are unhappy with the way we have handled your request, you can ask for an internal review by writing to foi@tynebridge.gov.uk within 40 working days. If you remain dissatisfied, you can complain to the Information Commissioner's Office.</p>
<p class="last-updated">Page last updated: 30 September 2025</p>
"""
    return h + FOOT

F_GOLD = {"document": F_NAME, "doc_type": "other"}

# ---------------------------------------------------------------- build / check
class _T(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []
    def handle_data(self, d): self.out.append(d)
    def handle_starttag(self, tag, a): self.out.append(" ")
    def handle_endtag(self, tag): self.out.append(" ")

def text_of(src):
    t = _T(); t.feed(src); return "".join(t.out)

def norm(s):
    return " ".join(re.sub(r"[^\w£]+", " ", s.lower()).split())

def check(src, gold):
    doc = norm(text_of(src)); bad = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(q["text"])
        if q["answer"]: phrases.append(q["answer"])
    for r in gold.get("resolutions", []):
        phrases.append(r["text"])
    for ph in phrases:
        n = len(ph.split())
        c = doc.count(norm(ph))
        if c != 1 or not 6 <= n <= 15:
            bad.append("%s: count=%d words=%d: %s" % (gold["document"], c, n, ph))
    return bad

def main():
    built = [(M_NAME, build_minutes(), M_GOLD), (F_NAME, build_foi(), F_GOLD)]
    bad = []
    for name, src, gold in built:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f: f.write(src)
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
        if "--check" in sys.argv: bad += check(src, gold)
    if "--check" in sys.argv:
        print("\n".join(bad) if bad else "check passed: all gold phrases found once")
        sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
