#!/usr/bin/env python3
"""Build the "dr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dr.py           build documents/dr-* and gold/dr-*.json
        build_dr.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

# ---------------------------------------------------------------------------
# Document 1: Confluence export of a Health Scrutiny Working Group's notes
# ---------------------------------------------------------------------------
HTML_NAME = "dr-marlowe-vale-health-scrutiny-working-group-2025-10-08.html"
TXT_NAME = "dr-marlowe-vale-health-scrutiny-jargon-buster.txt"


def user(name, uid):
    return (f'<a class="confluence-userlink user-mention" data-username="{uid}" '
            f'data-account-id="5f1c{uid}" href="/wiki/people/5f1c{uid}">@{html.escape(name)}</a>')


def task(tid, body, done=False):
    cls = ' class="checked"' if done else ""
    return f'<li data-inline-task-id="{tid}"{cls}>{body}</li>'


def decisions(rows):
    out = ['<div class="table-wrap"><table class="confluenceTable"><colgroup><col /><col /></colgroup><tbody>',
           '<tr><th class="confluenceTh"><p><strong>Decision</strong></p></th>'
           '<th class="confluenceTh"><p><strong>Owner</strong></p></th></tr>']
    for d, o in rows:
        out.append(f'<tr><td class="confluenceTd"><p>{d}</p></td><td class="confluenceTd"><p>{o}</p></td></tr>')
    out.append('</tbody></table></div>')
    return "\n".join(out)


PRESENT = [
    ("Cllr Harriet Okonedo", "hokonedo", "Chair"),
    ("Cllr Dev Malhotra", "dmalhotra", "Vice-Chair"),
    ("Cllr Rosalind Peake", "rpeake", None),
    ("Cllr Tomasz Wilczek", "twilczek", None),
    ("Cllr Bernadette Quayle", "bquayle", None),
    ("Cllr Euan Lockhart", "elockhart", None),
]
APOLOGIES = [
    ("Cllr Gwen Ashdown", "gashdown", None),
    ("Cllr Peter Fairbrother", "pfairbrother", None),
]
IN_ATT = [
    ("Dr Maryam Sadiq", "msadiq", "Director of Public Health"),
    ("Alan Threlfall", "athrelfall",
     "Assistant Director, Commissioning and Market Shaping (Adult Social Care)"),
    ("Sophie Ridgewell", "sridgewell",
     "Associate Director of Primary Care Transformation, Severn and Marlowe ICB"),
    ("Jonah Effiong", "jeffiong",
     "Deputy Chief Operating Officer, Marlowe Vale Hospitals NHS Foundation Trust"),
    ("Kerry-Ann Doyle", "kdoyle", "Scrutiny and Democratic Services Officer (notes)"),
]


def people_line(people):
    parts = []
    for name, uid, role in people:
        s = user(name, uid)
        if role:
            s += f" ({html.escape(role)})"
        parts.append(s)
    return ", ".join(parts)


def build_html():
    h = []
    h.append("""<!DOCTYPE html>
<html>
<head>
<title>HSWG - 2025-10-08 Meeting notes - Marlowe Vale Scrutiny - Confluence</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="confluence-export-date" content="2025-10-14T09:12:00Z" />
<link rel="stylesheet" href="styles/site.css" type="text/css" />
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
<div id="main-header">
<div id="breadcrumb-section">
<ol id="breadcrumbs">
<li class="first"><span><a href="index.html">Marlowe Vale Scrutiny</a></span></li>
<li><span><a href="Health-Scrutiny-Working-Group_98304.html">Health Scrutiny Working Group</a></span></li>
<li><span><a href="Meeting-notes_98311.html">Meeting notes</a></span></li>
</ol>
</div>
<h1 id="title-heading" class="pagetitle"><span id="title-text">Marlowe Vale Scrutiny : 2025-10-08 Health Scrutiny Working Group meeting notes</span></h1>
</div>
<div id="content" class="view">
<div class="page-metadata">Created by <span class="author">Kerry-Ann Doyle</span>, last modified on Oct 14, 2025</div>
<div id="main-content" class="wiki-content group">
""")
    h.append(f"""<div class="confluence-information-macro confluence-information-macro-information">
<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>
<div class="confluence-information-macro-body">
<p><strong>Marlowe Vale Borough Council &ndash; Health Scrutiny Working Group</strong></p>
<p><strong>Date:</strong> <time datetime="2025-10-08" class="date-past">08 Oct 2025</time>, 14:00&ndash;16:10, Committee Room 2, Civic Offices, Hatherley Road, and on Teams</p>
<p><strong>Members present:</strong> {people_line(PRESENT)}</p>
<p><strong>Apologies:</strong> {people_line(APOLOGIES)}</p>
<p><strong>Also attending:</strong> {people_line(IN_ATT)}</p>
<p><em>These are informal notes of a working group. They are not formal minutes of the Council. Recommendations go to the Health and Adult Social Care Scrutiny Committee.</em></p>
</div>
</div>
<h2 id="toc-heading">On this page</h2>
<div class="toc-macro client-side-toc-macro">
<ul>
<li><a href="#HSWG-1">1. Welcome, apologies and substitutes</a></li>
<li><a href="#HSWG-2">2. Declarations of interest</a></li>
<li><a href="#HSWG-3">3. Notes of the meeting on 10 September 2025</a></li>
<li><a href="#HSWG-4">4. Community Diagnostic Centre &ndash; operator procurement</a></li>
<li><a href="#HSWG-5">5. Home care recommissioning and the care workforce</a></li>
<li><a href="#HSWG-6">6. Access to GP appointments &ndash; primary care networks</a></li>
<li><a href="#HSWG-7">7. Children and young people&rsquo;s mental health waiting times</a></li>
<li><a href="#HSWG-8">8. Work plan and date of next meeting</a></li>
</ul>
</div>
""")
    # Item 1
    h.append("""<h2 id="HSWG-1">1. Welcome, apologies and substitutes</h2>
<p>The Chair welcomed everyone, including Jonah Effiong attending from the Foundation Trust for the first time. Apologies were noted as listed above. There were no substitutes; working group places are not substitutable under the terms of reference.</p>
""")
    # Item 2
    h.append("""<h2 id="HSWG-2">2. Declarations of interest</h2>
<p>Cllr Quayle declared a non-pecuniary interest in item 5 as her daughter works for a domiciliary care agency in the borough. She stayed in the meeting. No other declarations.</p>
""")
    # Item 3
    h.append(f"""<h2 id="HSWG-3">3. Notes of the meeting on 10 September 2025</h2>
<p>Agreed without amendment. Kerry-Ann confirmed all three actions from September are closed (see the action tracker page).</p>
{decisions([("The notes of the meeting held on 10 September 2025 were agreed as accurate.", "Chair")])}
""")
    # Item 4
    h.append(f"""<h2 id="HSWG-4">4. Community Diagnostic Centre &ndash; operator procurement</h2>
<p>Jonah Effiong gave a short update. The Trust and the ICB are procuring an operator for the new Community Diagnostic Centre at the former Kingsmead retail park. Four bidders passed the selection stage, two of them independent sector companies. Award is planned for February 2026 with the centre opening in the autumn. Contract length is seven years with an option to extend by three.</p>
<p>Discussion:</p>
<ul>
<li>Cllr Malhotra asked why the Trust was not running the centre itself with its own radiographers; NHS colleagues advised that the Trust had bid as one of the four and would be scored on the same basis as the others.</li>
<li>Cllr Peake asked whether patients would still be treated as NHS patients if a private company won; NHS colleagues advised that all scans would be free at the point of use and booked through the NHS e-Referral Service.</li>
<li>Cllr Wilczek raised concern that an independent operator would recruit staff away from the Trust&rsquo;s own imaging department. Jonah accepted this was a real risk and said a no-poaching clause and a shared training academy were written into the specification.</li>
<li>Cllr Lockhart asked whether the working group could see the scoring criteria before the award. No answer at the meeting &ndash; Jonah to check what can be shared while the procurement is live.</li>
</ul>
{decisions([
        ("The working group noted the update on the diagnostic centre procurement.", "&mdash;"),
        ("Recommend that the HASC Scrutiny Committee receives the contract award report before it is signed.", "Cllr Okonedo"),
    ])}
""")
    # Item 5
    h.append(f"""<h2 id="HSWG-5">5. Home care recommissioning and the care workforce</h2>
<p>Alan Threlfall introduced the recommissioning plan for home care. The current framework (11 providers, about 9,400 hours a week) ends in March 2026. The new model has six patch-based lead providers on an hourly rate of &pound;24.10, up from &pound;21.85, plus a smaller open list for specialist packages.</p>
<ul>
<li>Cllr Quayle asked how many care workers were paid below the real living wage now; Alan said the last provider survey suggested around four in ten, and the new rate was set so that every provider could pay it.</li>
<li>Cllr Peake was worried that moving to six lead providers would push small local agencies out of the market altogether. Alan said smaller agencies could sub-contract to a lead provider and two consortium bids were already being discussed.</li>
<li>Cllr Malhotra asked what would happen to people whose carer changed because their agency lost the contract; officers advised that TUPE would apply in most cases so that people could keep the same carer.</li>
<li>Cllr Lockhart requested a breakdown of unmet hours by ward before the plan goes to Cabinet.</li>
</ul>
<p>Dr Sadiq added that Healthwatch Marlowe Vale had run two listening events with people who use home care and their families, and that the main theme was rushed fifteen-minute calls.</p>
{decisions([
        ("Endorse the move to patch-based lead providers subject to a guaranteed minimum of 30-minute calls.", "Alan Threlfall"),
        ("Recommend to Cabinet that the real living wage is a condition of the new contracts.", "Cllr Okonedo"),
    ])}
""")
    # Item 6
    h.append(f"""<h2 id="HSWG-6">6. Access to GP appointments &ndash; primary care networks</h2>
<p>Sophie Ridgewell presented the ICB&rsquo;s access recovery figures. Appointments in the borough&rsquo;s five primary care networks are up 6% on last year, but the share seen within two weeks has fallen in the Eastgate and Brookfield PCN.</p>
<ul>
<li>Cllr Wilczek asked why Brookfield had fallen behind the other four networks; NHS colleagues advised that two GP partners had retired and the practice had relied on locums since the spring.</li>
<li>Cllr Okonedo asked how patients without a smartphone could get through to their practice; Sophie said every practice must keep a staffed phone line and the cloud telephony rollout would let callers hold their place in the queue.</li>
<li>Cllr Quayle commented that residents in her ward still felt the 8am scramble had not changed at all.</li>
</ul>
{decisions([("The working group noted the primary care access figures and asked for a Brookfield recovery plan.", "Sophie Ridgewell")])}
""")
    # Item 7
    h.append(f"""<h2 id="HSWG-7">7. Children and young people&rsquo;s mental health waiting times</h2>
<p>Dr Sadiq spoke to the CAMHS waiting list paper. Median wait from referral to second appointment is 31 weeks. The school-based mental health support teams now cover 58% of pupils.</p>
<ul>
<li>Cllr Lockhart asked when the mental health support teams would reach every secondary school; Dr Sadiq advised that the final two teams were funded from April 2026 and would cover the remaining schools by September.</li>
<li>Cllr Peake asked what support was offered to families while children waited for assessment; Dr Sadiq said a waiting-well offer with weekly check-in calls had been piloted since June.</li>
</ul>
<p>The Chair proposed that the CAMHS item should come back with the eating disorders pathway once the ICB had its new figures. Members agreed to defer a fuller review until then.</p>
{decisions([("Defer the deep dive into CAMHS waiting times until the January 2026 meeting.", "Kerry-Ann Doyle")])}
""")
    # Item 8
    h.append(f"""<h2 id="HSWG-8">8. Work plan and date of next meeting</h2>
<p>The draft work plan was agreed with the home care item added. Next meeting: Wednesday 12 November 2025, 14:00, Committee Room 2.</p>
{decisions([("Approve the updated work plan for 2025/26 with the additions agreed today.", "Kerry-Ann Doyle")])}
""")
    # Action items
    h.append(f"""<h2 id="HSWG-Actionitems">Action items</h2>
<ul class="inline-task-list" data-inline-tasks-content-id="98412">
{task(11, f"{user('Jonah Effiong', 'jeffiong')} to confirm which CDC scoring criteria can be shared with the working group <time datetime='2025-10-31' class='date-future'>31 Oct 2025</time>")}
{task(12, f"{user('Alan Threlfall', 'athrelfall')} to circulate unmet home care hours by ward before the Cabinet report is published")}
{task(13, f"{user('Sophie Ridgewell', 'sridgewell')} to bring the Brookfield PCN recovery plan to the November meeting")}
{task(14, f"{user('Kerry-Ann Doyle', 'kdoyle')} to add CAMHS and eating disorders to the January agenda", done=True)}
</ul>
</div>
</div>
</div>
<div id="footer" role="contentinfo">
<section class="footer-body">
<p>Document generated by Confluence on Oct 14, 2025 09:12</p>
<div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
</section>
</div>
</div>
</body>
</html>
""")
    return "\n".join(h)


def html_gold():
    att = []
    for name, _, role in PRESENT:
        att.append({"name": name, "role": role, "attendance": "present"})
    for name, _, role in APOLOGIES:
        att.append({"name": name, "role": role, "attendance": "apologies"})
    for name, _, role in IN_ATT:
        att.append({"name": name, "role": role, "attendance": "in_attendance"})

    def q(item, kind, text, by, answer, given, themes):
        return {"item": item, "kind": kind, "text": text, "asked_by": by,
                "answer": answer, "given_by": given, "themes": themes}

    def r(item, text, outcome, themes):
        return {"item": item, "text": text, "outcome": outcome, "themes": themes}

    return {
        "document": HTML_NAME,
        "doc_type": "minutes",
        "committee": "Health Scrutiny Working Group",
        "meeting_date": "2025-10-08",
        "items": [
            {"number": "1", "title": "Welcome, apologies and substitutes"},
            {"number": "2", "title": "Declarations of interest"},
            {"number": "3", "title": "Notes of the meeting on 10 September 2025"},
            {"number": "4", "title": "Community Diagnostic Centre – operator procurement"},
            {"number": "5", "title": "Home care recommissioning and the care workforce"},
            {"number": "6", "title": "Access to GP appointments – primary care networks"},
            {"number": "7", "title": "Children and young people’s mental health waiting times"},
            {"number": "8", "title": "Work plan and date of next meeting"},
        ],
        "questions": [
            q("4", "question", "asked why the Trust was not running the centre itself with its own radiographers",
              "Cllr Malhotra", "the Trust had bid as one of the four and would be scored",
              "NHS colleagues", ["privatisation", "subcontracting", "workforce"]),
            q("4", "question", "asked whether patients would still be treated as NHS patients if a private company won",
              "Cllr Peake", "all scans would be free at the point of use",
              "NHS colleagues", ["privatisation", "subcontracting"]),
            q("4", "concern", "raised concern that an independent operator would recruit staff away from the Trust",
              "Cllr Wilczek", "a no-poaching clause and a shared training academy were written into the specification",
              "Jonah", ["workforce", "subcontracting", "privatisation"]),
            q("4", "request", "asked whether the working group could see the scoring criteria before the award",
              "Cllr Lockhart", None, None, ["subcontracting", "governance"]),
            q("5", "question", "asked how many care workers were paid below the real living wage now",
              "Cllr Quayle", "the new rate was set so that every provider could pay it",
              "Alan", ["workforce", "adult-social-care", "finance"]),
            q("5", "concern", "was worried that moving to six lead providers would push small local agencies out",
              "Cllr Peake", "smaller agencies could sub-contract to a lead provider",
              "Alan", ["subcontracting", "adult-social-care"]),
            q("5", "question", "asked what would happen to people whose carer changed because their agency lost the contract",
              "Cllr Malhotra", "TUPE would apply in most cases so that people could keep the same carer",
              "officers", ["subcontracting", "workforce", "adult-social-care"]),
            q("5", "request", "requested a breakdown of unmet hours by ward before the plan goes to Cabinet",
              "Cllr Lockhart", None, None, ["adult-social-care"]),
            q("6", "question", "asked why Brookfield had fallen behind the other four networks",
              "Cllr Wilczek", "two GP partners had retired and the practice had relied on locums",
              "NHS colleagues", ["primary-care", "workforce"]),
            q("6", "question", "asked how patients without a smartphone could get through to their practice",
              "Cllr Okonedo", "every practice must keep a staffed phone line",
              "Sophie", ["primary-care"]),
            q("6", "comment", "residents in her ward still felt the 8am scramble had not changed at all",
              "Cllr Quayle", None, None, ["primary-care"]),
            q("7", "question", "asked when the mental health support teams would reach every secondary school",
              "Cllr Lockhart", "the final two teams were funded from April 2026 and would cover the remaining schools",
              "Dr Sadiq", ["mental-health", "children-and-families", "finance"]),
            q("7", "question", "asked what support was offered to families while children waited for assessment",
              "Cllr Peake", "a waiting-well offer with weekly check-in calls had been piloted since June",
              "Dr Sadiq", ["mental-health", "children-and-families"]),
        ],
        "resolutions": [
            r("3", "The notes of the meeting held on 10 September 2025 were agreed as accurate", "agreed", []),
            r("4", "The working group noted the update on the diagnostic centre procurement", "noted", ["subcontracting"]),
            r("4", "Recommend that the HASC Scrutiny Committee receives the contract award report before it is signed",
              "recommended", ["subcontracting", "governance"]),
            r("5", "Endorse the move to patch-based lead providers subject to a guaranteed minimum of 30-minute calls",
              "agreed", ["subcontracting", "adult-social-care"]),
            r("5", "Recommend to Cabinet that the real living wage is a condition of the new contracts",
              "recommended", ["workforce", "subcontracting", "adult-social-care"]),
            r("6", "noted the primary care access figures and asked for a Brookfield recovery plan",
              "noted", ["primary-care"]),
            r("7", "Defer the deep dive into CAMHS waiting times until the January 2026 meeting",
              "deferred", ["mental-health", "children-and-families"]),
            r("8", "Approve the updated work plan for 2025/26 with the additions agreed today", "agreed", []),
        ],
        "attendees": att,
    }


# ---------------------------------------------------------------------------
# Document 2: plain-text glossary (not minutes)
# ---------------------------------------------------------------------------
def build_txt():
    return """MARLOWE VALE BOROUGH COUNCIL
Scrutiny Team

HEALTH SCRUTINY JARGON BUSTER
A plain-English guide for councillors and residents
Version 3 - updated September 2025

This sheet explains the words and abbreviations you are most likely to
hear at the Health and Adult Social Care Scrutiny Committee and its
working groups. It is not a formal document of the Council. If a term
is missing, email scrutiny@marlowevale.gov.example and we will add it.

------------------------------------------------------------------------
A-Z OF TERMS
------------------------------------------------------------------------

ICB - Integrated Care Board
    The NHS body that plans and pays for most NHS services in our area.
    Ours is the Severn and Marlowe ICB, covering three councils. It
    replaced the old clinical commissioning groups in July 2022.

ICS - Integrated Care System
    The wider partnership of the NHS, councils, the voluntary sector
    and others working together on health and social care across the
    ICB's area.

PCN - Primary Care Network
    A group of GP practices (usually serving 30,000 to 50,000 people)
    that share staff such as pharmacists, physiotherapists and social
    prescribers. Marlowe Vale has five PCNs.

S75 - Section 75 agreement
    A legal agreement under the NHS Act 2006 that lets a council and an
    NHS body pool budgets or let one of them run services for both.
    Our Better Care Fund is managed through a Section 75 agreement.

BCF - Better Care Fund
    A pooled budget between the Council and the ICB, mainly spent on
    helping people leave hospital and stay well at home.

CQC - Care Quality Commission
    The independent regulator of health and adult social care in
    England. It inspects hospitals, GP practices, care homes and home
    care agencies and rates them Outstanding, Good, Requires
    Improvement or Inadequate. Since 2023 it also assesses councils'
    adult social care duties.

CAMHS - Child and Adolescent Mental Health Services
    Specialist NHS mental health services for children and young
    people up to 18.

CDC - Community Diagnostic Centre
    A clinic away from the main hospital site for scans, blood tests
    and other checks.

DPH - Director of Public Health
    The council officer who leads on protecting and improving the
    health of the local population. Each year the DPH publishes an
    independent annual report.

Healthwatch
    The independent champion for people who use health and care
    services. Healthwatch Marlowe Vale gathers residents' views and
    can visit services.

JHOSC - Joint Health Overview and Scrutiny Committee
    A committee of two or more councils set up to look at NHS changes
    that affect all of their areas.

Commissioning
    Deciding what services are needed, buying them (from the NHS, the
    Council itself, charities or private providers) and checking that
    they are delivered.

TUPE
    The rules that protect staff when the organisation they work for
    changes, for example when a contract moves to a new provider.

------------------------------------------------------------------------
COMMON QUESTIONS
------------------------------------------------------------------------

What is a substantial variation?
    A significant change to the way an NHS service is provided, such
    as closing a unit or moving it to another town. The NHS must
    consult the health scrutiny committee about it. There is no fixed
    definition; it depends on how many people are affected and how
    much the change alters access to care.

Can the committee stop an NHS change?
    Not directly. The committee can comment, make recommendations and,
    in some cases, ask the Secretary of State to look at a proposal
    again. The final decision rests with the NHS body.

What is the difference between scrutiny and the Cabinet?
    The Cabinet makes decisions. Scrutiny looks at those decisions,
    and at local health services, and makes recommendations. Scrutiny
    councillors are not members of the Cabinet.

Can members of the public speak at meetings?
    Yes. Residents can ask a question or present a petition at most
    committee meetings. Questions must reach us three clear working
    days before the meeting.

------------------------------------------------------------------------
Last reviewed by the Scrutiny Team, September 2025. Next review due
September 2026.
"""


def txt_gold():
    return {
        "document": TXT_NAME,
        "doc_type": "other",
        "themes": ["governance", "integration", "primary-care", "patient-and-public-input",
                   "subcontracting"],
    }


# ---------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        self.parts.append(" ")


def source_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Text()
        p.feed(raw)
        return "".join(p.parts)
    return raw


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for gpath in sorted(GOLD.glob("dr-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        text = " " + norm(source_text(doc)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            count = text.count(" " + norm(ph) + " ")
            if count != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gpath.name} {kind} ({n} words, {count} hits): {ph}")
        print(f"{gpath.name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / HTML_NAME).write_text(build_html(), encoding="utf-8")
    (DOCS / TXT_NAME).write_text(build_txt(), encoding="utf-8")
    for name, g in ((HTML_NAME, html_gold()), (TXT_NAME, txt_gold())):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", HTML_NAME, TXT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
