#!/usr/bin/env python3
"""Build the "ey-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ey.py           build documents/ey-* and gold/ey-*.json
        build_ey.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Brackenfold Borough Council"
COMMITTEE = "Adult Social Care and Health Scrutiny Committee"
DOC1 = "ey-brackenfold-asch-scrutiny-2025-03-11.html"
DOC2 = "ey-brackenfold-scrutiny-champion-role-profile.html"

# ---------------------------------------------------------------- document 1 data
PRESENT = [
    ("Councillor Ruth Penhaligon", "Chair"),
    ("Councillor Imran Qadir", "Vice-Chair"),
    ("Councillor Sheila Armitage", None),
    ("Councillor Daniel Brook-Lowe", None),
    ("Councillor Fatima Chaudhry", None),
    ("Councillor Gareth Ellery", None),
    ("Councillor Monica Tansley", None),
    ("Councillor Peter Wragg", "Substitute for Councillor Okafor"),
]
APOLOGIES = [("Councillor Helen Okafor", None), ("Councillor Brian Stott", None)]
ALSO = [("Councillor Yvonne Marsh", "Cabinet Member for Adult Social Care and Health")]
OFFICERS = [
    ("Anthony Greaves", "Director of Adult Social Care and Health Partnerships"),
    ("Dr Lena Fairbairn", "Director of Public Health"),
    ("Kirsty Oduya", "Head of Commissioning, Contracts and Market Shaping"),
    ("Mark Delahaye", "Associate Director of Place Partnerships, Brackenfold and Lyme Valley Integrated Care Board"),
    ("Sophie Rendall", "Democratic Services Officer"),
]

ITEMS = [
    ("52", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Okafor and Councillor Stott. "
        "Councillor Wragg attended as substitute for Councillor Okafor.",
    ], None),
    ("53", "Declarations of Interest", [
        "Councillor Chaudhry declared a non-pecuniary interest in Minute 57 as she is employed "
        "as a community nurse by Lyme Valley Community Health Services NHS Trust. She remained "
        "in the meeting and took part in the discussion.",
    ], None),
    ("54", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 28 January 2025 were submitted.",
    ], "RESOLVED – That the minutes of the meeting held on 28 January 2025 be approved as a "
       "correct record and signed by the Chair."),
    ("55", "Home Care Recommissioning – Outcome of Tender", [
        "The Head of Commissioning, Contracts and Market Shaping presented the report, which set "
        "out the outcome of the competitive tender for home care across the four localities. "
        "Twelve lead providers had been appointed on five-year contracts commencing 1 April 2025, "
        "replacing the previous framework of thirty-one spot providers.",
        "Cllr Armitage asked how many of the twelve lead providers were owned by private equity "
        "investors or overseas holding companies. Officers advised that five of the twelve were "
        "part of larger groups with private equity backing, and that financial due diligence had "
        "been carried out on each parent company before award. Cllr Ellery asked whether the "
        "new hourly rate of £23.40 would allow providers to pay care workers the real living wage. "
        "Officers advised that the rate had been built up from the real living wage plus mileage "
        "and that providers had signed up to the Ethical Care Charter as a condition of the "
        "contract.",
        "Cllr Qadir expressed concern that packages in the rural wards north of Hollins Moor "
        "would continue to be handed back by providers at short notice. Officers advised that a "
        "provider of last resort arrangement with the in-house reablement service would cover "
        "any hand-backs for up to six weeks. Cllr Wragg requested that quarterly contract "
        "monitoring data be shared with all Members of the Committee rather than with the Chair "
        "alone.",
    ], "RESOLVED – That (1) the outcome of the home care tender be noted; and (2) quarterly "
       "contract performance data, including the number of packages handed back, be reported "
       "to the Committee."),
    ("56", "Public Health Grant 2025/26 and Stop Smoking Services", [
        "The Director of Public Health introduced the report on the allocation of the public "
        "health grant for 2025/26 and the review of the stop smoking service, which had been "
        "delivered by an external provider until the contract expired in September 2024.",
        "Cllr Brook-Lowe asked what effect the real-terms reduction in the public health grant "
        "would have on the sexual health and substance misuse budgets. Officers advised that both "
        "budgets would be held at cash level and that savings would come from back-office "
        "efficiencies within the integrated wellness service. Cllr Chaudhry asked whether bringing "
        "the stop smoking service back in-house had improved quit rates. Officers advised that the "
        "four-week quit rate had risen from 41 per cent to 53 per cent in the first six months "
        "since the service came back under council management.",
        "The Chair asked what was being done about the rise in vaping among secondary school "
        "pupils in the borough. Dr Fairbairn advised that a joint campaign with schools and "
        "Trading Standards would begin in the summer term, including test purchasing at shops "
        "near school gates.",
    ], "RESOLVED – That Cabinet be recommended to retain the stop smoking service as an in-house "
       "service beyond March 2026."),
    ("57", "Urgent Treatment Centres – ICB Consultation Proposals", [
        "Mark Delahaye, Associate Director of Place Partnerships at the Integrated Care Board, "
        "presented proposals to consolidate the two urgent treatment centres at Brackenfold "
        "General Hospital and Hollins Road onto a single site, on which a public consultation was "
        "planned.",
        "Cllr Ellery asked why the public consultation would run for only six weeks over the "
        "Easter holiday period. Mr Delahaye advised that the ICB would extend the consultation to "
        "ten weeks and hold drop-in sessions in each of the four localities. Cllr Tansley expressed "
        "concern that residents without a car would be unable to reach the Hollins Road site by "
        "public transport in the evenings. Mr Delahaye advised that a travel time analysis was "
        "being prepared with the bus operator and would be published with the consultation "
        "document.",
        "Cllr Armitage asked whether the ICB accepted that the proposal amounted to a substantial "
        "variation in health services. Officers advised that the ICB was seeking its own legal "
        "advice but would in the meantime treat the Committee as a statutory consultee.",
    ], "RESOLVED – That (1) the Committee considers the proposals to be a substantial variation "
       "in the provision of health services; and (2) the Chair write to the Chief Executive of the "
       "ICB requesting a ten-week consultation period and sight of the travel analysis."),
    ("58", "Care Home Workforce and Hospital Discharge Update", [
        "The Director of Adult Social Care and Health Partnerships gave an update on care home "
        "staffing and on discharge performance over the winter period.",
        "Cllr Qadir asked how many overseas care workers had been affected by the revocation of "
        "sponsor licences held by local care homes. Officers advised that 64 workers had been "
        "affected and that 51 had been found new sponsored employment through the regional "
        "redeployment scheme. Cllr Brook-Lowe asked whether the integrated discharge team had "
        "reduced the number of people waiting in hospital for a care package. Officers advised "
        "that the average number of delayed discharges had fallen from 47 to 29 a day since "
        "the team was established in October.",
    ], "RESOLVED – That the update be noted."),
    ("59", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the draft work programme for the 2025/26 "
        "municipal year.",
    ], "RESOLVED – That the work programme for 2025/26 be agreed, with the addition of a review "
       "of transitions from children's services to adult social care."),
]

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
    "questions": [
        {"item": "55", "kind": "question",
         "text": "asked how many of the twelve lead providers were owned by private equity investors",
         "asked_by": "Cllr Armitage",
         "answer": "five of the twelve were part of larger groups with private equity backing",
         "given_by": "Officers", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "55", "kind": "question",
         "text": "hourly rate of £23.40 would allow providers to pay care workers the real living wage",
         "asked_by": "Cllr Ellery",
         "answer": "the rate had been built up from the real living wage plus mileage",
         "given_by": "Officers", "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "55", "kind": "concern",
         "text": "expressed concern that packages in the rural wards north of Hollins Moor",
         "asked_by": "Cllr Qadir",
         "answer": "a provider of last resort arrangement with the in-house reablement service",
         "given_by": "Officers", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "55", "kind": "request",
         "text": "requested that quarterly contract monitoring data be shared with all Members of the Committee",
         "asked_by": "Cllr Wragg", "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance"]},
        {"item": "56", "kind": "question",
         "text": "what effect the real-terms reduction in the public health grant would have",
         "asked_by": "Cllr Brook-Lowe",
         "answer": "both budgets would be held at cash level and that savings would come",
         "given_by": "Officers", "themes": ["finance", "public-health"]},
        {"item": "56", "kind": "question",
         "text": "asked whether bringing the stop smoking service back in-house had improved quit rates",
         "asked_by": "Cllr Chaudhry",
         "answer": "the four-week quit rate had risen from 41 per cent to 53 per cent",
         "given_by": "Officers", "themes": ["privatisation", "public-health"]},
        {"item": "56", "kind": "question",
         "text": "what was being done about the rise in vaping among secondary school pupils",
         "asked_by": "The Chair",
         "answer": "a joint campaign with schools and Trading Standards would begin in the summer term",
         "given_by": "Dr Fairbairn", "themes": ["public-health", "children-and-families"]},
        {"item": "57", "kind": "question",
         "text": "asked why the public consultation would run for only six weeks",
         "asked_by": "Cllr Ellery",
         "answer": "the ICB would extend the consultation to ten weeks and hold drop-in sessions",
         "given_by": "Mr Delahaye", "themes": ["patient-and-public-input"]},
        {"item": "57", "kind": "concern",
         "text": "residents without a car would be unable to reach the Hollins Road site",
         "asked_by": "Cllr Tansley",
         "answer": "a travel time analysis was being prepared with the bus operator",
         "given_by": "Mr Delahaye", "themes": []},
        {"item": "57", "kind": "question",
         "text": "asked whether the ICB accepted that the proposal amounted to a substantial variation",
         "asked_by": "Cllr Armitage",
         "answer": "the ICB was seeking its own legal advice but would in the meantime",
         "given_by": "Officers", "themes": ["governance", "patient-and-public-input"]},
        {"item": "58", "kind": "question",
         "text": "how many overseas care workers had been affected by the revocation of sponsor licences",
         "asked_by": "Cllr Qadir",
         "answer": "64 workers had been affected and that 51 had been found new sponsored employment",
         "given_by": "Officers", "themes": ["workforce", "adult-social-care"]},
        {"item": "58", "kind": "question",
         "text": "whether the integrated discharge team had reduced the number of people waiting in hospital",
         "asked_by": "Cllr Brook-Lowe",
         "answer": "the average number of delayed discharges had fallen from 47 to 29 a day",
         "given_by": "Officers", "themes": ["integration", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "54", "text": "minutes of the meeting held on 28 January 2025 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "55", "text": "the outcome of the home care tender be noted; and (2) quarterly",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "56", "text": "Cabinet be recommended to retain the stop smoking service as an in-house service",
         "outcome": "recommended", "themes": ["privatisation", "public-health"]},
        {"item": "57", "text": "the Committee considers the proposals to be a substantial variation in the provision",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "58", "text": "RESOLVED – That the update be noted.",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "59", "text": "the work programme for 2025/26 be agreed, with the addition of a review",
         "outcome": "agreed", "themes": ["governance", "children-and-families", "adult-social-care"]},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in PRESENT]
        + [{"name": n, "role": r, "attendance": "apologies"} for n, r in APOLOGIES]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO + OFFICERS]
    ),
}

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {council}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap-5.3.3/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/brackenfold-theme.css">
</head>
<body>
<a class="visually-hidden-focusable" href="#main">Skip to main content</a>
<header class="bg-primary text-white py-2 mb-3">
  <div class="container d-flex justify-content-between align-items-center">
    <a class="navbar-brand text-white fw-bold" href="/">{council}</a>
    <nav aria-label="Main"><ul class="nav">
      <li class="nav-item"><a class="nav-link text-white" href="/council-and-democracy">Council and democracy</a></li>
      <li class="nav-item"><a class="nav-link text-white" href="/council-and-democracy/meetings">Meetings</a></li>
      <li class="nav-item"><a class="nav-link text-white" href="/contact-us">Contact us</a></li>
    </ul></nav>
  </div>
</header>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb small">
  <li class="breadcrumb-item"><a href="/">Home</a></li>
  <li class="breadcrumb-item"><a href="/council-and-democracy">Council and democracy</a></li>
  {crumb}
</ol></nav>
<main id="main">
"""

FOOT = """</main>
</div>
<footer class="bg-light border-top mt-5 py-4 small">
  <div class="container">
    <p class="mb-1">&copy; {council}, Civic Centre, Market Street, Brackenfold BK1 2CC</p>
    <p class="mb-0"><a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
  </div>
</footer>
<script src="/assets/vendor/bootstrap-5.3.3/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def name_role(n, r):
    return e(n) + (" (" + e(r) + ")" if r else "")


def decision_html(dec):
    if dec is None:
        return "<p class=\"text-muted\">No decision required.</p>"
    m = re.match(r"RESOLVED – (.*)", dec)
    return "<p><strong>RESOLVED</strong> – " + e(m.group(1)) + "</p>"


def build_doc1():
    title = "Minutes - " + COMMITTEE + " - Tuesday, 11 March 2025"
    out = [HEAD.format(title=e(title), council=e(COUNCIL),
                       crumb='<li class="breadcrumb-item"><a href="/council-and-democracy/meetings">Meetings</a></li>\n'
                             '  <li class="breadcrumb-item active" aria-current="page">Minutes</li>')]
    out.append('<h1 class="h2">' + e(COMMITTEE) + '</h1>\n')
    out.append('<p class="lead">Minutes of the meeting held on Tuesday, 11 March 2025 at 6.00 pm '
               'in Committee Room 2, Civic Centre, Brackenfold</p>\n')
    out.append('<p class="small text-muted">Status: Approved at the meeting on 29 April 2025 | '
               'Published 2 May 2025</p>\n')

    # ---------------- desktop layout
    d = ['<div class="d-none d-lg-block" id="minutes-desktop">\n']
    d.append('<h2 class="h4 mt-4">Attendance</h2>\n<table class="table table-sm table-borderless w-auto">\n<tbody>\n')
    d.append('<tr><th scope="row" class="pe-4">Present</th><td>'
             + ", ".join(name_role(n, r) for n, r in PRESENT) + '</td></tr>\n')
    d.append('<tr><th scope="row" class="pe-4">Apologies</th><td>'
             + ", ".join(name_role(n, r) for n, r in APOLOGIES) + '</td></tr>\n')
    d.append('<tr><th scope="row" class="pe-4">Also present</th><td>'
             + ", ".join(name_role(n, r) for n, r in ALSO) + '</td></tr>\n')
    d.append('<tr><th scope="row" class="pe-4">Officers</th><td>'
             + "<br>\n".join(e(n) + " – " + e(r) for n, r in OFFICERS) + '</td></tr>\n')
    d.append('</tbody>\n</table>\n')
    for num, ttl, paras, dec in ITEMS:
        d.append('<table class="table table-bordered align-top mb-4 minute-table" id="min-%s-lg">\n' % num)
        d.append('<caption class="caption-top fw-bold text-dark fs-5">%s. %s</caption>\n' % (num, e(ttl)))
        d.append('<thead class="table-light"><tr><th scope="col" style="width:8%">Minute</th>'
                 '<th scope="col" style="width:62%">Discussion</th><th scope="col" style="width:30%">Decision</th></tr></thead>\n')
        d.append('<tbody><tr>\n<td>%s</td>\n<td>\n' % num)
        for p in paras:
            d.append('<p>' + e(p) + '</p>\n')
        d.append('</td>\n<td>' + decision_html(dec) + '</td>\n</tr></tbody>\n</table>\n')
    d.append('</div>\n')

    # ---------------- mobile layout
    m = ['<div class="d-lg-none" id="minutes-mobile">\n']
    m.append('<div class="card mb-3"><div class="card-body">\n<h3 class="card-title h5">Attendance</h3>\n')
    m.append('<p class="card-text"><strong>Present:</strong> '
             + "; ".join(name_role(n, r) for n, r in PRESENT) + '</p>\n')
    m.append('<p class="card-text"><strong>Apologies:</strong> '
             + "; ".join(name_role(n, r) for n, r in APOLOGIES) + '</p>\n')
    m.append('<p class="card-text"><strong>Also present:</strong> '
             + "; ".join(name_role(n, r) for n, r in ALSO) + '</p>\n')
    m.append('<p class="card-text"><strong>Officers:</strong> '
             + "; ".join(e(n) + " – " + e(r) for n, r in OFFICERS) + '</p>\n')
    m.append('</div></div>\n')
    for num, ttl, paras, dec in ITEMS:
        m.append('<div class="card mb-3" id="min-%s-sm"><div class="card-body">\n' % num)
        m.append('<h3 class="card-title h5"><span class="badge bg-secondary me-2">%s</span>%s</h3>\n' % (num, e(ttl)))
        for p in paras:
            m.append('<p class="card-text">' + e(p) + '</p>\n')
        if dec is None:
            m.append('<p class="card-text"><strong>Decision:</strong> None.</p>\n')
        else:
            m.append('<p class="card-text border-start border-3 border-primary ps-2"><strong>Decision:</strong> '
                     '<strong>RESOLVED</strong> – ' + e(dec.split("RESOLVED – ", 1)[1]) + '</p>\n')
        m.append('</div></div>\n')
    m.append('</div>\n')

    out += d + m
    out.append('<p class="small mt-4">The meeting closed at 8.12 pm.</p>\n'
               '<p class="small">Contact: Sophie Rendall, Democratic Services, '
               'democratic.services@brackenfold.example.gov.uk</p>\n')
    out.append(FOOT.format(council=e(COUNCIL)))
    return "".join(out)


# ---------------------------------------------------------------- document 2
def build_doc2():
    title = "Scrutiny champion – role profile"
    out = [HEAD.format(title=e(title), council=e(COUNCIL),
                       crumb='<li class="breadcrumb-item"><a href="/council-and-democracy/scrutiny">Overview and scrutiny</a></li>\n'
                             '  <li class="breadcrumb-item active" aria-current="page">Scrutiny champion role profile</li>')]
    body = """<h1 class="h2">Scrutiny champion – role profile</h1>
<p class="lead">Health and adult social care. For councillors appointed as scrutiny champions by the Overview and Scrutiny Management Board.</p>
<div class="alert alert-info small">This role profile was agreed by the Constitution Working Group in June 2024 and forms part of the Member Development Framework. It is not a job description and carries no special responsibility allowance.</div>

<h2 class="h4 mt-4">Purpose of the role</h2>
<p>Scrutiny champions help the Council's scrutiny committees keep in touch with a service area between meetings. The champion for health and adult social care acts as the first point of contact for the Adult Social Care and Health Scrutiny Committee with NHS partners, Healthwatch Brackenfold and the voluntary and community sector, and helps the committee hold decision-makers to account on behalf of residents.</p>
<p>The champion does not make decisions, speak for the committee without its agreement, or take up individual casework on behalf of other councillors.</p>

<h2 class="h4 mt-4">Main responsibilities</h2>
<ul>
  <li>Keep up to date with developments in adult social care, public health and local NHS services, including the work of the Integrated Care Board and the Health and Wellbeing Board.</li>
  <li>Meet the Cabinet Member and the Director of Adult Social Care and Health Partnerships at least once a quarter and report back informally to the committee chair.</li>
  <li>Suggest topics for the committee's work programme, drawing on performance information, inspection reports and what residents are saying.</li>
  <li>Encourage residents, carers and people who use services to take part in consultations and to submit public questions to the committee.</li>
  <li>Take part in visits, for example to day centres, care homes and hospital discharge teams, arranged through Democratic Services.</li>
  <li>Help brief new members of the committee and share learning with other champions.</li>
</ul>

<h2 class="h4 mt-4">Skills and knowledge</h2>
<table class="table table-bordered">
<thead class="table-light"><tr><th scope="col">Area</th><th scope="col">What we look for</th></tr></thead>
<tbody>
<tr><td>Questioning</td><td>Able to ask clear, open questions and follow up answers constructively.</td></tr>
<tr><td>Analysis</td><td>Comfortable reading performance reports and financial information and identifying trends.</td></tr>
<tr><td>Community leadership</td><td>Brings the voice of residents and communities into the scrutiny process.</td></tr>
<tr><td>Working with partners</td><td>Builds constructive relationships with officers and NHS partners while remaining independent of the Executive.</td></tr>
<tr><td>Confidentiality</td><td>Handles confidential information appropriately and observes the Members' Code of Conduct.</td></tr>
</tbody>
</table>

<h2 class="h4 mt-4">Support available</h2>
<p>Champions receive an induction session from the Statutory Scrutiny Officer, access to the Centre for Governance and Scrutiny e-learning modules, and a named contact in Democratic Services. Expenses for approved visits are paid under the Members' Allowances Scheme.</p>

<h2 class="h4 mt-4">Time commitment</h2>
<p>We expect the role to take around four to six hours a month in addition to committee meetings. Appointments are made annually at the first meeting of the Overview and Scrutiny Management Board after the Annual Council meeting.</p>

<p class="small text-muted mt-4">Page last updated: 14 October 2024</p>
"""
    out.append(body)
    out.append(FOOT.format(council=e(COUNCIL)))
    return "".join(out)


GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["governance", "patient-and-public-input", "adult-social-care"],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def page_text(h):
    h = re.sub(r"<(script|style)\b.*?</\1>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def phrases(g):
    for q in g.get("questions", []):
        yield "question", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in g.get("resolutions", []):
        yield "resolution", r["text"]


def check():
    ok = True
    for doc, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        src = open(os.path.join(DOCS, doc), encoding="utf-8").read()
        full = " " + norm(page_text(src)) + " "
        if doc == DOC1:
            # The minutes appear twice (desktop table layout + mobile card layout). Each
            # phrase must be unique within each layout, so exactly twice in the page.
            i = src.index('id="minutes-desktop"')
            j = src.index('id="minutes-mobile"')
            parts = [" " + norm(page_text(src[i:j])) + " ", " " + norm(page_text(src[j:])) + " "]
            expect = 2
        else:
            parts = [full]
            expect = 1
        for kind, ph in phrases(gold):
            n = len(ph.split())
            p = " " + norm(ph) + " "
            counts = [x.count(p) for x in parts]
            if not (6 <= n <= 15):
                print("LENGTH %s (%d words): %s" % (kind, n, ph)); ok = False
            if any(c != 1 for c in counts) or full.count(p) != expect:
                print("COUNT %s %s full=%d: %s" % (kind, counts, full.count(p), ph)); ok = False
        # items/attendees present
        for it in gold.get("items", []):
            if norm(it["title"]) not in full:
                print("ITEM missing:", it["title"]); ok = False
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in full:
                print("ATTENDEE missing:", a["name"]); ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for doc, text, gold in ((DOC1, build_doc1(), GOLD1), (DOC2, build_doc2(), GOLD2)):
        with open(os.path.join(DOCS, doc), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        gname = os.path.splitext(doc)[0] + ".json"
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
