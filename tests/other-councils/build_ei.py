#!/usr/bin/env python3
"""Build the "ei-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ei.py           build documents/ei-* and gold/ei-*.json
        build_ei.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1
D1 = "ei-brackenfield-health-adult-care-scrutiny-board-2025-03-12.html"
COUNCIL = "Brackenfield Metropolitan Borough Council"

ATT = [
    ("Councillor Helen Marchbank", "Chair", "Present"),
    ("Councillor Tariq Okafor", "Vice-Chair", "Present"),
    ("Councillor Sheila Pendry", "Member", "Present"),
    ("Councillor Daniel Fothergill", "Member", "Apologies"),
    ("Councillor Rukhsana Begum", "Member", "Present"),
    ("Councillor Graham Lowther", "Member (substitute for Cllr Fothergill)", "Present"),
    ("Councillor Aled Pryce", "Member", "Apologies"),
    ("Mrs Joan Ellery", "Co-opted Member, Healthwatch Brackenfield", "Present"),
    ("Councillor Priya Nandra", "Cabinet Member for Adult Social Care and Health", "Present"),
    ("Marcus Heald", "Strategic Director of Adults, Health and Wellbeing", "Present"),
    ("Dr Fiona Carrick", "Director of Public Health", "Present"),
    ("Lorraine Batty", "Head of Commissioning and Market Shaping (Adults)", "Present"),
    ("Simon Achebe", "Associate Director of Urgent Care Transformation, West Moorland ICB", "Present"),
    ("Kate Wilmot", "Scrutiny and Member Development Officer", "Present"),
]

ITEMS = [
 {"n": "1", "title": "Apologies for Absence and Substitutions", "body":
  "<p>Apologies for absence were received from Councillor Fothergill and Councillor Pryce. "
  "Councillor Lowther attended as substitute for Councillor Fothergill.</p>"},
 {"n": "2", "title": "Declarations of Interest", "body":
  "<p>Councillor Begum declared a non-pecuniary interest in Item 5 as her daughter is employed "
  "as a staff nurse in the emergency department at Brackenfield General Hospital. She remained "
  "in the meeting and took part in the discussion.</p>"},
 {"n": "3", "title": "Minutes of the Previous Meeting", "body":
  "<p>The minutes of the meeting held on 5 February 2025 were submitted.</p>",
  "decision": "<p>That the minutes of the meeting held on 5 February 2025 be approved as a correct record and signed by the Chair.</p>"},
 {"n": "4", "title": "Recommissioning of Home Care Services", "body":
  "<p>Lorraine Batty, Head of Commissioning and Market Shaping (Adults), introduced the report "
  "setting out the proposed zonal model for home care from October 2025, which would replace the "
  "current framework of twenty-three providers with six lead providers across six zones.</p>",
  "qs": [
   "Cllr Pendry asked how many people currently receiving home care would have to change provider under the zonal model.",
   "Cllr Okafor expressed concern that a smaller number of large private providers would squeeze out local family-run agencies.",
   "Mrs Ellery asked whether people receiving care and their carers had been consulted on the zone boundaries.",
   "Cllr Lowther queried whether the proposed hourly rate of £24.10 would allow providers to pay care workers the real living wage.",
  ],
  "rs": [
   "The Head of Commissioning estimated that around 640 people would transfer, with a twelve week transition period and a named coordinator for each person.",
   "Officers said the tender had been split into lots so that smaller agencies could bid jointly, and social value carried fifteen per cent of the evaluation.",
   "No response was recorded; officers to reply in writing.",
   "The Strategic Director confirmed that the rate had been modelled on the real living wage plus on-costs and travel time.",
  ],
  "decision": "<ol><li>That the report be noted.</li><li>That the Board's comments on the zonal model, including the concerns about smaller local agencies, be submitted to the Cabinet Member before the contract award decision is taken.</li></ol>"},
 {"n": "5", "title": "Urgent and Emergency Care Reconfiguration – West Moorland ICB", "body":
  "<p>Simon Achebe, Associate Director of Urgent Care Transformation, West Moorland ICB, presented "
  "the proposal to convert the minor injuries unit at Thornsett Community Hospital into an urgent "
  "treatment centre operating from 8am to 10pm, with overnight cover moving to Brackenfield General Hospital.</p>",
  "qs": [
   "The Chair asked whether the ICB regarded the change as a substantial variation requiring formal consultation with the Board.",
   "Cllr Begum raised concern about travel times for Thornsett residents without a car needing care overnight.",
   "Cllr Pendry requested that the ICB share the results of its pre-engagement survey with all Board members.",
  ],
  "rs": [
   "Mr Achebe said the ICB's view was that the change was not substantial, but it would abide by the Board's determination at its April meeting.",
   "Mr Achebe acknowledged that the last bus left at 9.40pm and said a patient transport pilot was being costed with the ambulance trust.",
   "Mr Achebe agreed to circulate the full survey report, which had received 1,212 responses, by the end of March.",
  ],
  "decision": "<p>The Board deferred its determination on whether the proposal constitutes a substantial variation to the meeting on 16 April 2025, pending receipt of the survey report and the travel impact assessment.</p>"},
 {"n": "6", "title": "Drug and Alcohol Treatment Service Contract", "body":
  "<p>Dr Fiona Carrick, Director of Public Health, reported on the first year of the integrated "
  "drug and alcohol treatment contract delivered by a national charity, funded from the public health grant "
  "and the supplementary substance misuse treatment grant.</p>",
  "qs": [
   "Cllr Okafor asked what would happen to the service if the supplementary grant ended in March 2026.",
   "Cllr Lowther questioned why the number of people successfully completing alcohol treatment had fallen in the third quarter.",
   "Mrs Ellery commented that people with lived experience should sit on the contract monitoring panel.",
  ],
  "rs": [
   "The Director of Public Health said about a fifth of the contract value depended on the grant and a contingency plan would come to Cabinet in the autumn.",
   "Dr Carrick explained that two experienced recovery workers had left and the provider had since filled both vacancies.",
   "The Director welcomed the suggestion and said two peer mentors would join the quarterly review meetings from June.",
  ],
  "decision": "<p>That the performance of the drug and alcohol treatment service be noted and a further update be brought to the Board in twelve months.</p>"},
 {"n": "7", "title": "Adult Social Care Workforce Strategy 2025–2028", "body":
  "<p>The Cabinet Member for Adult Social Care and Health introduced the draft strategy, which "
  "addressed a vacancy rate of 11.8 per cent across the independent care sector in the borough.</p>",
  "qs": [
   "Cllr Marchbank asked how the council would reduce its reliance on agency social workers in the hospital discharge team.",
   "Cllr Begum queried whether international recruits sponsored by care providers were being protected from exploitation.",
   "Cllr Pendry asked whether the strategy covered personal assistants employed through direct payments.",
  ],
  "rs": [
   "The Strategic Director said agency use had fallen from nineteen to eleven posts and a regional pay memorandum capped agency rates.",
   "Officers advised that the council had referred two providers to the Home Office and funded an ethical recruitment adviser with neighbouring councils.",
   "The Cabinet Member accepted that personal assistants were a gap and undertook to add a section before the final version.",
  ],
  "decision": "<p>RECOMMENDED to Cabinet that the Adult Social Care Workforce Strategy be amended to include personal assistants employed through direct payments before adoption.</p>"},
 {"n": "8", "title": "Work Programme 2024/25", "body":
  "<p>Kate Wilmot, Scrutiny and Member Development Officer, presented the work programme.</p>",
  "decision": "<p>That the work programme be agreed, with the addition of a report on the Thornsett urgent treatment centre to the April meeting.</p>"},
]

def doc1():
    tabs, panels = [], []
    for i, it in enumerate(ITEMS):
        sel = "true" if i == 0 else "false"
        tabs.append(
            f'    <button role="tab" id="tab-{it["n"]}" aria-controls="panel-{it["n"]}" '
            f'aria-selected="{sel}" tabindex="{0 if i == 0 else -1}">{it["n"]}. {html.escape(it["title"])}</button>')
        p = [f'  <div role="tabpanel" id="panel-{it["n"]}" aria-labelledby="tab-{it["n"]}" tabindex="0"'
             + ("" if i == 0 else " hidden") + ">",
             f'    <h3>Item {it["n"]}: {html.escape(it["title"])}</h3>', "    " + it["body"]]
        if "qs" in it:
            p.append("    <h4>Questions raised</h4>\n    <ol>")
            p += [f"      <li>{html.escape(q)}</li>" for q in it["qs"]]
            p.append("    </ol>\n    <h4>Responses</h4>\n    <ol>")
            p += [f"      <li>{html.escape(r)}</li>" for r in it["rs"]]
            p.append("    </ol>")
        if "decision" in it:
            p.append("    <h4>Decision</h4>\n    " + it["decision"])
        p.append("  </div>")
        panels.append("\n".join(p))
    rows = "\n".join(f"      <tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{c}</td></tr>"
                     for a, b, c in ATT)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes – Health and Adult Care Scrutiny Board – 12 March 2025 | {COUNCIL}</title>
<style>
 [role=tablist] {{ display:flex; flex-wrap:wrap; gap:2px; border-bottom:2px solid #00594c; }}
 [role=tab] {{ background:#eef3f2; border:1px solid #9bb; padding:.4em .8em; font:inherit; }}
 [role=tab][aria-selected=true] {{ background:#00594c; color:#fff; }}
 [role=tabpanel] {{ padding:1em; border:1px solid #9bb; border-top:0; }}
 table {{ border-collapse:collapse; }} td,th {{ border:1px solid #bbb; padding:.3em .6em; }}
</style>
</head>
<body>
<header><a href="/">{COUNCIL}</a> › <a href="/meetings">Councillors and meetings</a> › Health and Adult Care Scrutiny Board</header>
<main>
<h1>Health and Adult Care Scrutiny Board</h1>
<h2>Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm, Committee Room 2, Brackenfield Town Hall</h2>
<p class="status">Status: Approved at the meeting on 16 April 2025</p>

<table class="attendance">
  <caption>Attendance</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Present/Apologies</th></tr></thead>
  <tbody>
{rows}
  </tbody>
</table>

<h2>Items</h2>
<p>Select an item to view the minute.</p>
<div class="tabs">
  <div role="tablist" aria-label="Agenda items">
{chr(10).join(tabs)}
  </div>
{chr(10).join(panels)}
</div>
<p>The meeting closed at 8.22 pm.</p>
</main>
<footer>
<p>Contact: Kate Wilmot, Democratic Services, Brackenfield Town Hall, Market Street, Brackenfield BF1 1AA. Tel 01632 960 418.</p>
<p>&copy; {COUNCIL}</p>
</footer>
<script>
document.querySelectorAll('[role=tab]').forEach(function(t) {{
  t.addEventListener('click', function() {{
    document.querySelectorAll('[role=tab]').forEach(function(x) {{ x.setAttribute('aria-selected','false'); x.tabIndex=-1; }});
    document.querySelectorAll('[role=tabpanel]').forEach(function(p) {{ p.hidden = true; }});
    t.setAttribute('aria-selected','true'); t.tabIndex=0;
    document.getElementById(t.getAttribute('aria-controls')).hidden = false;
  }});
}});
</script>
</body>
</html>
"""

def Q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}

GOLD1 = {
 "document": D1, "doc_type": "minutes", "committee": "Health and Adult Care Scrutiny Board",
 "meeting_date": "2025-03-12",
 "items": [{"number": it["n"], "title": it["title"]} for it in ITEMS],
 "questions": [
  Q("4", "question", "how many people currently receiving home care would have to change provider",
    "Cllr Pendry", "around 640 people would transfer, with a twelve week transition period",
    "The Head of Commissioning", ["adult-social-care", "subcontracting"]),
  Q("4", "concern", "a smaller number of large private providers would squeeze out local family-run agencies",
    "Cllr Okafor", "the tender had been split into lots so that smaller agencies could bid jointly",
    "Officers", ["adult-social-care", "subcontracting", "privatisation"]),
  Q("4", "question", "whether people receiving care and their carers had been consulted on the zone boundaries",
    "Mrs Ellery", None, None, ["adult-social-care", "patient-and-public-input"]),
  Q("4", "question", "hourly rate of £24.10 would allow providers to pay care workers",
    "Cllr Lowther", "the rate had been modelled on the real living wage plus on-costs",
    "The Strategic Director", ["adult-social-care", "finance", "workforce"]),
  Q("5", "question", "whether the ICB regarded the change as a substantial variation requiring formal consultation",
    "The Chair", "the change was not substantial, but it would abide by the Board's determination",
    "Mr Achebe", ["governance", "patient-and-public-input"]),
  Q("5", "concern", "concern about travel times for Thornsett residents without a car needing care overnight",
    "Cllr Begum", "a patient transport pilot was being costed with the ambulance trust",
    "Mr Achebe", []),
  Q("5", "request", "the ICB share the results of its pre-engagement survey with all Board members",
    "Cllr Pendry", "agreed to circulate the full survey report, which had received 1,212 responses",
    "Mr Achebe", ["patient-and-public-input"]),
  Q("6", "question", "what would happen to the service if the supplementary grant ended in March 2026",
    "Cllr Okafor", "about a fifth of the contract value depended on the grant",
    "The Director of Public Health", ["public-health", "finance", "subcontracting"]),
  Q("6", "question", "why the number of people successfully completing alcohol treatment had fallen in the third quarter",
    "Cllr Lowther", "two experienced recovery workers had left and the provider had since filled both vacancies",
    "Dr Carrick", ["public-health", "workforce"]),
  Q("6", "comment", "people with lived experience should sit on the contract monitoring panel",
    "Mrs Ellery", "two peer mentors would join the quarterly review meetings from June",
    "The Director", ["public-health", "patient-and-public-input", "subcontracting"]),
  Q("7", "question", "how the council would reduce its reliance on agency social workers",
    "Cllr Marchbank", "agency use had fallen from nineteen to eleven posts",
    "The Strategic Director", ["workforce", "adult-social-care"]),
  Q("7", "question", "whether international recruits sponsored by care providers were being protected from exploitation",
    "Cllr Begum", "the council had referred two providers to the Home Office",
    "Officers", ["workforce", "adult-social-care"]),
  Q("7", "question", "whether the strategy covered personal assistants employed through direct payments",
    "Cllr Pendry", "accepted that personal assistants were a gap and undertook to add a section",
    "The Cabinet Member", ["workforce", "adult-social-care"]),
 ],
 "resolutions": [
  {"item": "3", "text": "minutes of the meeting held on 5 February 2025 be approved as a correct record",
   "outcome": "agreed", "themes": []},
  {"item": "4", "text": "comments on the zonal model, including the concerns about smaller local agencies",
   "outcome": "other", "themes": ["adult-social-care", "subcontracting"]},
  {"item": "5", "text": "The Board deferred its determination on whether the proposal constitutes a substantial variation",
   "outcome": "deferred", "themes": ["governance"]},
  {"item": "6", "text": "That the performance of the drug and alcohol treatment service be noted",
   "outcome": "noted", "themes": ["public-health"]},
  {"item": "7", "text": "RECOMMENDED to Cabinet that the Adult Social Care Workforce Strategy be amended",
   "outcome": "recommended", "themes": ["workforce", "adult-social-care"]},
  {"item": "8", "text": "That the work programme be agreed, with the addition of a report",
   "outcome": "agreed", "themes": ["governance"]},
 ],
 "attendees": [{"name": n, "role": r, "attendance": "present" if a == "Present" else "apologies"}
               for n, r, a in ATT],
}

# ---------------------------------------------------------------- document 2
D2 = "ei-hansard-westminster-hall-local-health-scrutiny-reconfiguration.html"

SPEECHES = [
 ("14:30:00", "Mrs Alison Greaves", "Hexley and Marsh Valley", "Lab", [
  "I beg to move,",
  "That this House has considered local health scrutiny and NHS reconfiguration.",
  "It is a pleasure to serve under your chairmanship, Sir Edward. Last autumn my constituents learned from a local newspaper, not from their integrated care board, that the maternity unit at Hexley Infirmary was to be downgraded to a midwife-led service. The county council's health overview and scrutiny committee had met twice in the previous six months, and on neither occasion was the proposal placed before it.",
  "The committee has a statutory right to be consulted on a substantial variation in services, and until recently it could refer a contested decision to the Secretary of State. Under the new reconfiguration regime, that referral power has gone, replaced by a call-in process that the committee may request but cannot compel. Councillors of all parties in my county have told me that they feel they are now asked for their views after the decision has in practice been made.",
 ]),
 ("14:36:12", "Mr Colin Ashworth", "Brindle South", "Con", [
  "Will the hon. Lady give way?",
 ]),
 ("14:36:15", "Mrs Alison Greaves", None, None, [
  "I will give way.",
 ]),
 ("14:36:18", "Mr Colin Ashworth", None, None, [
  "The hon. Lady makes an important point. In my area, the joint committee covering four councils took nine months to agree its own terms of reference, by which time the engagement period on stroke services had closed. Does she agree that the problem is sometimes the structure of scrutiny itself, not only the conduct of the NHS?",
 ]),
 ("14:37:02", "Mrs Alison Greaves", None, None, [
  "I do agree that joint committees can be slow, but the answer is to give them proper support, not to weaken the powers they have. My county's scrutiny team consists of two officers serving seven committees.",
  "Let me turn to workforce, because that is what is driving most of these changes. The trust told the committee that it could not staff a consultant-led unit without a further eleven midwives and four obstetricians. I do not dispute that, but families deserve to see the workforce plan and to be told what was tried before closure was proposed.",
 ]),
 ("14:44:40", "Dr Ruth Kinsella", "Carrow Fields", "LD", [
  "It is a pleasure to follow the hon. Member for Hexley and Marsh Valley. Health scrutiny works best when it is independent, well informed and early. In my own county, the committee invited the local Healthwatch to co-present its evidence on community hospital beds, and the ICB changed its proposals as a result. That is what good engagement looks like, and it should be the norm, not the exception.",
  "My concern is that much of the real decision-making now happens in provider collaboratives and ICB committees that meet in private and publish papers late. I would like the Minister to tell us whether guidance will require ICBs to share their options appraisal with scrutiny committees before a preferred option is chosen.",
 ]),
 ("14:51:05", "Jim Dunleavy", "Kelvinside North", "SNP", [
  "In Scotland we approach this differently, through the health boards and the Scottish Health Council's successor body, so I speak mainly to learn. But the experience of rural communities facing the centralisation of services is the same on both sides of the border: people need to be heard before the ambulance times get longer, not after.",
 ]),
 ("14:55:30", "Karen Osei", "Shadow Minister (Health and Social Care)", None, [
  "I congratulate my hon. Friend the Member for Hexley and Marsh Valley on securing this debate. The Opposition believe that the integrated care system model can deliver for patients, but only if local accountability is real. Councillors are the people who answer to residents at the surgery on a Saturday morning, and they must have the information and the time to do the job.",
  "Will the Minister commit to publishing, within six months, an assessment of how many reconfiguration proposals have been referred for call-in since the new regime began and what the outcomes were?",
 ]),
 ("15:02:48", "The Minister of State, Department of Health and Social Care (Andrew Pellow)", None, None, [
  "It is a pleasure to serve under your chairmanship, Sir Edward, and I thank the hon. Member for Hexley and Marsh Valley for raising this important subject and for the constructive way in which she has done so.",
  "Let me be clear that the Government value the role of local authority health scrutiny. The statutory guidance issued alongside the new reconfiguration arrangements expects NHS commissioners to engage overview and scrutiny committees at the earliest stage, and to share the evidence on which options are based. Where a committee has concerns, it can ask the Secretary of State to call in a proposal, and every such request is considered on its merits with advice from the independent panel.",
  "On the Hexley maternity unit, I understand that the ICB has now agreed to bring its options appraisal and workforce analysis to the county committee in June, and I will ask officials to confirm that in writing to the hon. Lady.",
 ]),
 ("15:08:10", "Mrs Alison Greaves", None, None, [
  "I am grateful to the Minister for that commitment. Will he also look at the resources available to scrutiny committees, given that many are supported by one or two officers?",
 ]),
 ("15:08:40", "The Minister of State, Department of Health and Social Care (Andrew Pellow)", None, None, [
  "Funding for council scrutiny support is a matter for local government settlements, but I will raise the point with colleagues at the Ministry of Housing, Communities and Local Government. On the request from the Shadow Minister, I am happy to look at what information can be published about call-in requests without prejudging live cases.",
  "Reconfiguration is never easy. But when it is done openly, with clinicians, patients and councillors in the room from the beginning, it produces better services and keeps public confidence. That is the standard we expect of every integrated care board.",
 ]),
 ("15:12:55", "Mrs Alison Greaves", None, None, [
  "I thank all hon. Members who have taken part. I hope that the ICBs listening to today's debate will hear the message that scrutiny is a partner, not an obstacle.",
  "Question put and agreed to.",
  "Resolved,",
  "That this House has considered local health scrutiny and NHS reconfiguration.",
 ]),
]

def doc2():
    parts = []
    for t, name, cons, party, paras in SPEECHES:
        if cons:
            who = f'<strong>{html.escape(name)}</strong> ({html.escape(cons)}) ' + (f"({party})" if party else "")
        else:
            who = f"<strong>{html.escape(name)}</strong>"
        body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paras)
        parts.append(f'  <div class="contribution" id="contribution-{t.replace(":", "")}">\n'
                     f'    <p class="time"><time>{t[:5]}</time></p>\n    <p class="speaker">{who}</p>\n'
                     f'    <div class="speech">\n{body}\n    </div>\n  </div>')
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Local Health Scrutiny and NHS Reconfiguration – Hansard – UK Parliament</title>
</head>
<body>
<nav class="breadcrumb">Hansard › Commons › Westminster Hall › Tuesday 11 March 2025</nav>
<main>
<h1>Local Health Scrutiny and NHS Reconfiguration</h1>
<p class="debate-meta">Volume 763: debated on Tuesday 11 March 2025</p>
<p class="notice">This is an extract of the Westminster Hall debate. It is not an official copy.</p>
<p class="chair">[Sir Edward Tilling in the Chair]</p>
<section class="debate">
{chr(10).join(parts)}
</section>
<p class="end">3.15 pm</p>
<p class="end">Sitting suspended.</p>
</main>
<footer><p>Parliamentary copyright. Contains Parliamentary information licensed under the Open Parliament Licence v3.0.</p></footer>
</body>
</html>
"""

GOLD2 = {"document": D2, "doc_type": "other",
         "themes": ["governance", "patient-and-public-input", "integration", "workforce"]}

# ---------------------------------------------------------------- build / check
def norm(s):
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())

def source_text(h):
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))

def build():
    for name, text, gold in ((D1, doc1(), GOLD1), (D2, doc2(), GOLD2)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")

def check():
    ok = True
    for name, gold in ((D1, GOLD1), (D2, GOLD2)):
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            src = norm(source_text(f.read()))
        phrases = [q["text"] for q in gold.get("questions", [])]
        phrases += [q["answer"] for q in gold.get("questions", []) if q["answer"]]
        phrases += [r["text"] for r in gold.get("resolutions", [])]
        for p in phrases:
            n = norm(p)
            c = src.count(n)
            w = len(n.split())
            if c != 1 or not 6 <= w <= 15:
                ok = False
                print(f"FAIL {name}: count={c} words={w}: {p}")
        print(f"{name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok

if __name__ == "__main__":
    build()
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
