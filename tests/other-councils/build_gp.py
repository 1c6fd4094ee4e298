#!/usr/bin/env python3
"""Build the "gp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gp.py           build documents/gp-* and gold/gp-*.json
        build_gp.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Wexcombe County Council"

# ---------------------------------------------------------------- document 1
MIN_NAME = "gp-wexcombe-cc-adults-health-select-2025-10-14.html"

ATT_MEMBERS = [
    ("Councillor M Thistlewood", "Yes", "Chairman"),
    ("Councillor A Fairweather", "Yes", "Vice-Chairman"),
    ("Councillor K Brandreth", "Apologies", "Committee Member"),
    ("Councillor T Adebayo", "No", "Committee Member"),
    ("Councillor S Mbeki", "Yes", "Committee Member"),
    ("Councillor L Osei", "Substitute", "Substitute for Councillor H Varga"),
    ("Councillor G Penrose", "Yes", "Committee Member"),
    ("Councillor H Varga", "Apologies", "Committee Member"),
    ("Mr D Oyelaran", "Yes", "Co-opted Member"),
    ("Mrs J Penhallow", "Yes", "Healthwatch Wexcombe (non-voting)"),
]
ATT_OTHERS = [
    ("Councillor B Hartigan", "Yes", "Cabinet Member for Adult Social Care and Health"),
    ("Ms C Ferrand", "Yes", "Executive Director of Adult Social Care and Health Integration"),
    ("Mr P Gillingham", "Yes", "Head of Commissioning (Adults, Ageing Well and Carers)"),
    ("Dr N Sorensen", "Yes", "Director of Public Health"),
    ("Ms R Calloway", "Yes",
     "Director of Urgent and Emergency Care, NHS Wexcombe and Fenland Integrated Care Board"),
    ("Mr A Quayle", "Yes", "Democratic Services and Scrutiny Officer"),
]

# Items: (number, title, list of blocks). Block = ("p", text) | ("action", text)
#        | ("resolved", intro, [clauses])
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor K Brandreth and "
              "Councillor H Varga. Councillor L Osei attended as substitute for "
              "Councillor Varga."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor A Fairweather declared a personal interest in Item 5 (Home Care "
              "Recommissioning) as a close family member is employed by a home care agency "
              "operating in the county. She remained in the meeting and took part in the "
              "discussion."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("resolved", "Resolved:", [
            "That the minutes of the meeting held on 9 September 2025 be approved as a "
            "correct record and signed by the Chairman.",
        ]),
    ]),
    ("4", "Public Questions", [
        ("p", "One question had been received in accordance with the Committee's procedure "
              "rules. Mr T Hollis, a resident of Marlow Green, asked why the Council's "
              "consultation on the future of the Brookfield and Sedgemoor day centres had "
              "run for only six weeks over the summer holiday period. The Cabinet Member "
              "for Adult Social Care and Health replied that six weeks met the Council's "
              "own consultation standard, but that the period had now been extended to ten "
              "weeks following feedback from carers' groups."),
        ("p", "The Committee noted the question and the response given."),
    ]),
    ("5", "Home Care Recommissioning 2026", [
        ("p", "The Executive Director of Adult Social Care and Health Integration introduced "
              "the report, which set out the proposed model for recommissioning home care "
              "from April 2026 across four geographical zones, replacing the current "
              "framework of 41 providers that had been in place since 2019."),
        ("p", "The Committee asked how many hours of care were currently going undelivered "
              "each week because no provider could be found. Officers responded that around "
              "1,450 hours were unallocated at the end of September, down from 2,300 a year "
              "earlier, and that most of the gap was in the rural west of the county. "
              "Concerns were raised that the zoned model would favour large private "
              "providers over small local agencies, and that three national companies "
              "already held more than half of all commissioned hours. The Head of "
              "Commissioning explained that the lots had been sized so that smaller "
              "providers could bid jointly, and that social value would carry 15 per cent "
              "of the tender evaluation."),
        ("p", "Mr D Oyelaran (co-opted member) asked whether the proposed hourly rate of "
              "£23.10 would allow providers to pay care workers the real living wage. "
              "Officers responded that the rate had been modelled on the real living wage "
              "plus on-costs and mileage, but that the Council could not compel providers "
              "to pay it. A Member requested that the evaluation criteria include a minimum "
              "proportion of guaranteed-hours contracts for care staff."),
        ("action", "Action: Head of Commissioning to circulate the home care market "
                   "analysis and the map of unallocated hours to all Members."),
        ("resolved", "Resolved: That the Committee:", [
            "endorses the zoned model for the recommissioning of home care set out in "
            "the report;",
            "asks the Cabinet Member to report back on the outcome of the tender, "
            "including the number of small local providers appointed, in July 2026.",
        ]),
    ]),
    ("6", "NHS Winter Plan and Urgent Care Update", [
        ("p", "Ms R Calloway, Director of Urgent and Emergency Care at NHS Wexcombe and "
              "Fenland Integrated Care Board, presented the system winter plan, supported by "
              "the Executive Director of Adult Social Care and Health Integration."),
        ("p", "The Committee asked what had been done to reduce the number of patients in "
              "hospital beds who were medically fit for discharge. Officers responded that "
              "the joint discharge hub now operated seven days a week and had reduced "
              "average delays from 6.2 to 4.8 days since June. Mrs J Penhallow (Healthwatch) "
              "queried why the public had not been consulted before the minor injuries unit "
              "at Castleford Community Hospital was closed overnight; the ICB representative "
              "explained that the change was temporary, caused by a shortage of emergency "
              "nurse practitioners, and would be reviewed in March."),
        ("p", "Concerns were raised that ambulance handover delays at Wexcombe General "
              "Hospital remained the worst in the region, with some crews waiting more than "
              "three hours. The Chairman asked whether the acute trust had set a date by "
              "which handovers longer than 45 minutes would be eliminated. Ms Calloway said "
              "that the trust was working towards the end of December but she could not "
              "give a guarantee. Members asked about flu vaccination rates among care home "
              "staff, which had fallen to 31 per cent last winter; the Director of Public "
              "Health said a targeted campaign with care providers would begin in November."),
        ("action", "Action: ICB to provide ambulance handover figures by hospital site for "
                   "the January meeting."),
        ("resolved", "Resolved: That the Committee:", [
            "notes the NHS winter plan and the urgent care update;",
            "requests that handover performance by hospital site be reported to its meeting "
            "on 20 January 2026.",
        ]),
    ]),
    ("7", "Public Health Grant 2026/27 and Substance Misuse Services", [
        ("p", "The Director of Public Health introduced the report on the allocation of the "
              "ring-fenced public health grant and the options for the drug and alcohol "
              "treatment service, whose current contract ends in March 2026."),
        ("p", "The Committee asked how the 2.4 per cent uplift in the public health grant "
              "compared with inflation in the cost of commissioned services. Officers "
              "responded that the uplift fell short of the pay award for NHS staff delivering "
              "sexual health services, leaving a gap of about £380,000 to be met from "
              "reserves. Concerns were raised that the proposal to bring the drug and alcohol "
              "service in-house had not been tested against the market. The Director of "
              "Public Health explained that the current provider had given notice and that "
              "an in-house service would avoid a management fee of around £600,000 a year."),
        ("p", "Councillor S Mbeki asked whether staff would transfer under TUPE and keep "
              "their existing pension rights. Officers responded that TUPE would apply and "
              "that transferring staff would be offered membership of the Local Government "
              "Pension Scheme."),
        ("resolved", "Resolved: That the Committee:", [
            "recommends to Cabinet that the drug and alcohol treatment service be brought "
            "in-house from 1 April 2026;",
            "recommends to Cabinet that the sexual health funding gap be addressed in the "
            "Medium Term Financial Plan rather than from reserves.",
        ]),
    ]),
    ("8", "Forward Work Programme", [
        ("p", "The Committee asked whether the review of young people's transition from "
              "children's to adult services could be brought forward. The Scrutiny Officer "
              "explained that it was scheduled for February 2026 so that it could take "
              "account of the new SEND strategy."),
        ("resolved", "Resolved:", [
            "That the forward work programme be noted.",
        ]),
    ]),
]


def att_table(caption, rows):
    out = [f'<table class="AttendanceTable" summary="{caption}">',
           f"<caption>{caption}</caption>",
           "<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Attended</th>"
           "<th scope=\"col\">Role</th></tr></thead><tbody>"]
    for i, (n, a, r) in enumerate(rows):
        cls = "RowOdd" if i % 2 == 0 else "RowEven"
        out.append(f'<tr class="{cls}"><td>{html.escape(n)}</td><td>{a}</td>'
                   f"<td>{html.escape(r)}</td></tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def build_minutes():
    h = []
    h.append("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Meeting details - Adults and Health Select Committee, Tuesday, 14th October, 2025 10.00 am - Wexcombe County Council CMIS</title>
<link rel="stylesheet" type="text/css" href="/cmis5/Portals/0/skins/wexcombe/skin.css" />
</head>
<body class="CMIS">
<div id="dnn_ctr_Header"><a href="/cmis5/"><img src="/cmis5/Portals/0/wcc-logo.png" alt="Wexcombe County Council" /></a>
<ul class="TopNav"><li><a href="/cmis5/Meetings.aspx">Meetings</a></li><li><a href="/cmis5/Committees.aspx">Committees</a></li><li><a href="/cmis5/Councillors.aspx">Councillors</a></li><li><a href="/cmis5/ForwardPlan.aspx">Forward Plan</a></li><li><a href="/cmis5/Search.aspx">Search</a></li></ul>
<div class="Breadcrumb">You are here: <a href="/cmis5/">Home</a> &gt; <a href="/cmis5/Meetings.aspx">Meetings</a> &gt; Meeting details</div>
</div>
<div id="dnn_ContentPane">
<h1>Meeting details</h1>
<table class="MeetingDetailsTable" summary="Meeting details">
<tr><th>Meeting</th><td>Adults and Health Select Committee</td></tr>
<tr><th>Date</th><td>Tuesday, 14th October, 2025</td></tr>
<tr><th>Time</th><td>10.00 am</td></tr>
<tr><th>Venue</th><td>Council Chamber, County Hall, Wexcombe, WX1 2HQ</td></tr>
<tr><th>Status</th><td>Minutes published (subject to approval at the next meeting)</td></tr>
<tr><th>Contact</th><td>Andrew Quayle, Democratic Services and Scrutiny Officer, tel. 01632 960 418</td></tr>
</table>
<div class="MeetingDocuments"><h2>Documents</h2>
<ul><li><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=AgendaFrontsheet">Agenda frontsheet (PDF, 212 KB)</a></li>
<li><a href="/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=PrintedMinutes">Printed minutes (PDF, 188 KB)</a></li></ul></div>
<h2>Attendance</h2>
""")
    h.append(att_table("Committee Members", ATT_MEMBERS))
    h.append(att_table("Also in attendance", ATT_OTHERS))
    h.append('<h2 id="Minutes">Minutes</h2>\n<div class="MinutesContainer">')
    for num, title, blocks in ITEMS:
        h.append(f'<div class="Item" id="Item{num}">')
        h.append(f"<h3>Item {num}. {html.escape(title)}</h3>")
        for b in blocks:
            if b[0] == "p":
                h.append(f"<p>{html.escape(b[1])}</p>")
            elif b[0] == "action":
                lab, rest = b[1].split(":", 1)
                h.append(f'<p class="Action"><strong>{lab}:</strong>{html.escape(rest)}</p>')
            else:
                h.append(f'<p class="Resolved"><strong>{html.escape(b[1])}</strong></p>')
                h.append('<ol type="a">' + "".join(
                    f"<li>{html.escape(c)}</li>" for c in b[2]) + "</ol>")
        h.append('<p class="ItemLinks"><a href="#Minutes">Back to top</a></p>')
        h.append("</div>")
    h.append("""</div>
<p class="MeetingEnd">The meeting ended at 12.47 pm.</p>
</div>
<div id="dnn_Footer"><p>&copy; Wexcombe County Council, County Hall, Wexcombe WX1 2HQ | <a href="/cmis5/Accessibility.aspx">Accessibility</a> | <a href="/cmis5/Privacy.aspx">Privacy</a></p>
<p class="PoweredBy">Powered by CMIS</p></div>
</body>
</html>
""")
    return "\n".join(h)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Select Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4", "question",
          "asked why the Council's consultation on the future of the Brookfield",
          "Mr T Hollis",
          "the period had now been extended to ten weeks following feedback",
          "The Cabinet Member for Adult Social Care and Health",
          ["patient-and-public-input", "adult-social-care"]),
        q("5", "question",
          "how many hours of care were currently going undelivered each week",
          None,
          "around 1,450 hours were unallocated at the end of September",
          "Officers", ["adult-social-care"]),
        q("5", "concern",
          "the zoned model would favour large private providers over small local agencies",
          None,
          "the lots had been sized so that smaller providers could bid jointly",
          "The Head of Commissioning",
          ["subcontracting", "privatisation", "adult-social-care"]),
        q("5", "question",
          "the proposed hourly rate of £23.10 would allow providers to pay care workers",
          "Mr D Oyelaran",
          "the rate had been modelled on the real living wage plus on-costs",
          "Officers", ["finance", "workforce", "adult-social-care"]),
        q("5", "request",
          "include a minimum proportion of guaranteed-hours contracts for care staff",
          None, None, None, ["workforce", "subcontracting", "adult-social-care"]),
        q("6", "question",
          "reduce the number of patients in hospital beds who were medically fit for discharge",
          None,
          "the joint discharge hub now operated seven days a week",
          "Officers", ["adult-social-care", "integration"]),
        q("6", "question",
          "queried why the public had not been consulted before the minor injuries unit",
          "Mrs J Penhallow",
          "the change was temporary, caused by a shortage of emergency nurse practitioners",
          "the ICB representative", ["patient-and-public-input", "workforce"]),
        q("6", "concern",
          "ambulance handover delays at Wexcombe General Hospital remained the worst in the region",
          None, None, None, []),
        q("6", "question",
          "whether the acute trust had set a date by which handovers",
          "The Chairman",
          "the trust was working towards the end of December",
          "Ms Calloway", []),
        q("6", "question",
          "Members asked about flu vaccination rates among care home staff",
          None,
          "a targeted campaign with care providers would begin in November",
          "the Director of Public Health",
          ["public-health", "adult-social-care", "workforce"]),
        q("7", "question",
          "how the 2.4 per cent uplift in the public health grant compared with inflation",
          None,
          "the uplift fell short of the pay award for NHS staff",
          "Officers", ["public-health", "finance"]),
        q("7", "concern",
          "the proposal to bring the drug and alcohol service in-house had not been tested",
          None,
          "an in-house service would avoid a management fee of around £600,000",
          "The Director of Public Health",
          ["public-health", "privatisation", "subcontracting", "finance"]),
        q("7", "question",
          "asked whether staff would transfer under TUPE and keep their existing pension rights",
          "Councillor S Mbeki",
          "transferring staff would be offered membership of the Local Government Pension Scheme",
          "Officers", ["workforce", "privatisation"]),
        q("8", "question",
          "the review of young people's transition from children's to adult services",
          None,
          "it was scheduled for February 2026 so that it could take account",
          "The Scrutiny Officer",
          ["children-and-families", "adult-social-care", "governance"]),
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 9 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "The Committee noted the question and the response given",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "5", "text": "endorses the zoned model for the recommissioning of home care",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "text": "notes the NHS winter plan and the urgent care update",
         "outcome": "agreed", "themes": []},
        {"item": "7",
         "text": "recommends to Cabinet that the drug and alcohol treatment service be brought",
         "outcome": "recommended",
         "themes": ["public-health", "privatisation", "finance"]},
        {"item": "8", "text": "That the forward work programme be noted",
         "outcome": "noted", "themes": ["governance"]},
    ],
    "attendees": (
        [{"name": n, "role": r,
          "attendance": {"Yes": "present", "Substitute": "present",
                         "Apologies": "apologies", "No": "absent"}[a]}
         for n, a, r in ATT_MEMBERS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, a, r in ATT_OTHERS]
    ),
}

# ---------------------------------------------------------------- document 2
FP_NAME = "gp-wexcombe-forward-plan-key-decisions-nov-2025.html"

FP_ROWS = [
    ("Recommissioning of home care services from April 2026 (contract award)",
     "Cabinet Member for Adult Social Care and Health", "Not before 3 Feb 2026",
     "Providers' market engagement events; survey of people who receive home care and their carers; Adults and Health Select Committee, 14 October 2025",
     "Executive Director of Adult Social Care and Health Integration", "Open"),
    ("Future of Brookfield and Sedgemoor day centres",
     "Cabinet", "10 Dec 2025",
     "Ten-week public consultation (closed 7 November 2025); meetings with carers' groups",
     "Head of Commissioning (Adults, Ageing Well and Carers)", "Open"),
    ("Drug and alcohol treatment service: bringing the service in-house",
     "Cabinet", "10 Dec 2025",
     "Service users and staff of the current provider; Adults and Health Select Committee",
     "Director of Public Health", "Part exempt (paragraph 3)"),
    ("Public health grant allocation 2026/27",
     "Cabinet Member for Adult Social Care and Health", "Not before 14 Jan 2026",
     "None beyond internal consultation",
     "Director of Public Health", "Open"),
    ("Award of contract for school transport for children with SEND",
     "Cabinet Member for Children and Families", "Not before 20 Jan 2026",
     "Parent carer forum",
     "Director of Children's Services", "Part exempt (paragraph 3)"),
    ("Extra care housing scheme at Marlow Green: land disposal and development agreement",
     "Cabinet", "11 Feb 2026",
     "District council; local residents' drop-in sessions",
     "Assistant Director, Property and Housing Strategy", "Open"),
    ("Medium Term Financial Plan 2026/27 to 2029/30 and revenue budget",
     "Cabinet (recommendation to County Council)", "11 Feb 2026",
     "Budget consultation with residents and businesses (online survey); all select committees",
     "Executive Director of Resources (Section 151 Officer)", "Open"),
]


def build_fp():
    rows = []
    for i, (title, dm, date, cons, contact, status) in enumerate(FP_ROWS, 1):
        rows.append(
            f'<tr><td class="FPRef">FP/2025/{60 + i:03d}</td>'
            f'<td><a href="/cmis5/ForwardPlan/tabid/{900 + i}/ctl/ViewIssue.aspx">{html.escape(title)}</a></td>'
            f"<td>{html.escape(dm)}</td><td>{html.escape(date)}</td>"
            f"<td>{html.escape(cons)}</td><td>{html.escape(contact)}</td>"
            f"<td>{html.escape(status)}</td></tr>")
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Forward Plan of Key Decisions - 1 November 2025 to 28 February 2026 - Wexcombe County Council CMIS</title>
<link rel="stylesheet" type="text/css" href="/cmis5/Portals/0/skins/wexcombe/skin.css" />
</head>
<body class="CMIS">
<div id="dnn_ctr_Header"><a href="/cmis5/"><img src="/cmis5/Portals/0/wcc-logo.png" alt="Wexcombe County Council" /></a>
<ul class="TopNav"><li><a href="/cmis5/Meetings.aspx">Meetings</a></li><li><a href="/cmis5/Committees.aspx">Committees</a></li><li><a href="/cmis5/Councillors.aspx">Councillors</a></li><li><a href="/cmis5/ForwardPlan.aspx">Forward Plan</a></li><li><a href="/cmis5/Search.aspx">Search</a></li></ul>
<div class="Breadcrumb">You are here: <a href="/cmis5/">Home</a> &gt; Forward Plan</div>
</div>
<div id="dnn_ContentPane">
<h1>Forward Plan of Key Decisions</h1>
<p class="FPPeriod">Period covered: 1 November 2025 to 28 February 2026. Published 3 October 2025.</p>
<p>This Forward Plan gives at least 28 clear days' notice of the key decisions that the Cabinet, individual Cabinet Members or officers expect to take, as required by the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012. A key decision is one likely to result in spending or savings of £1 million or more, or to have a significant effect on communities living or working in two or more electoral divisions.</p>
<p>Where a decision is marked as part exempt, some of the papers will contain information about the financial or business affairs of a particular person and will be considered in private. Representations about why a decision should be taken in public may be sent to Democratic Services at least 10 working days before the decision date.</p>
<form action="/cmis5/ForwardPlan.aspx" method="get" class="FPFilter"><label for="dm">Decision maker</label> <select id="dm" name="dm"><option>All</option><option>Cabinet</option><option>Cabinet Member</option></select> <input type="submit" value="Filter" /></form>
<table class="ForwardPlanTable" summary="Forward Plan of key decisions">
<thead><tr><th scope="col">Ref.</th><th scope="col">Decision</th><th scope="col">Decision maker</th><th scope="col">Date of decision</th><th scope="col">Consultation</th><th scope="col">Lead officer</th><th scope="col">Open / exempt</th></tr></thead>
<tbody>
""" + "\n".join(rows) + """
</tbody></table>
<p class="FPNote">Dates shown as "Not before" are the earliest date on which the decision may be taken. Reports are published with the agenda five clear working days before the meeting.</p>
</div>
<div id="dnn_Footer"><p>&copy; Wexcombe County Council, County Hall, Wexcombe WX1 2HQ | <a href="/cmis5/Accessibility.aspx">Accessibility</a> | <a href="/cmis5/Privacy.aspx">Privacy</a></p>
<p class="PoweredBy">Powered by CMIS</p></div>
</body>
</html>
"""


FP_GOLD = {
    "document": FP_NAME,
    "doc_type": "other",
    "themes": ["adult-social-care", "subcontracting", "public-health", "privatisation",
               "children-and-families", "housing", "finance", "patient-and-public-input"],
}

# ---------------------------------------------------------------- build / check
DOCSET = [(MIN_NAME, build_minutes, MIN_GOLD), (FP_NAME, build_fp, FP_GOLD)]


def norm(s):
    s = html.unescape(s).lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def text_of(src):
    src = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", src)
    return html.unescape(re.sub(r"<[^>]+>", " ", src))


def check():
    ok = True
    for name, _, gold in DOCSET:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            t = norm(text_of(f.read()))
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if g != json.loads(json.dumps(gold)):
            print(f"{name}: gold file out of date"); ok = False
        phrases = []
        for r in g.get("questions", []):
            phrases += [("question", r["text"])] + ([("answer", r["answer"])] if r["answer"] else [])
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = t.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"{name}: {kind} phrase count={c} words={n}: {p}")
        print(f"{name}: items={len(g.get('items', []))} questions={len(g.get('questions', []))} "
              f"resolutions={len(g.get('resolutions', []))} attendees={len(g.get('attendees', []))}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, fn, gold in DOCSET:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(fn())
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w",
                  encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    sys.exit(0 if check() else 1)
