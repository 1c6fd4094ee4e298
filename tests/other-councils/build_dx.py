#!/usr/bin/env python3
"""Build the "dx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dx.py           build documents/dx-* and gold/dx-*.json
        build_dx.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
T = "\t"

TXT_NAME = "dx-marshfield-health-wellbeing-scrutiny-panel-2025-11-12.txt"
HTML_NAME = "dx-marshfield-find-a-meeting-november-2025.html"

def qtable(rows):
    out = ["Question" + T + "Asked by" + T + "Response"]
    for q, who, a in rows:
        out.append(q + T + who + T + a)
    return "\n".join(out)

ITEMS = []  # (number, title, body)

ITEMS.append(("1", "Apologies for Absence and Substitutions",
"Apologies for absence were received from Councillor Hetty Brannigan and Councillor Owen Pryce. "
"Councillor Lena Marsh attended as substitute for Councillor Brannigan."))
ITEMS.append(("2", "Declarations of Interest",
"Councillor Dev Chaudhry declared a non-registerable interest in Item 6 as his daughter is employed "
"by Harbourside Community Health CIC. He remained in the meeting and took part in the discussion.\n"
"No other declarations were made."))
ITEMS.append(("3", "Minutes of the Previous Meeting",
"Resolved that the minutes of the meeting held on 24 September 2025 be approved as a correct record and signed by the Chair."))
ITEMS.append(("4", "Marsh and Weald Integrated Care Board Winter Plan 2025 26",
"The Associate Director of Urgent and Emergency Care Commissioning, Marsh and Weald Integrated Care Board, introduced the report, "
"which set out the system winter plan including additional virtual ward capacity, a new respiratory hub at Kingsmead and the joint discharge hub at Marshfield General Hospital.\n"
"Members' questions and the responses given were recorded as follows.\n" +
qtable([
 ("Councillor Okafor asked how many of the forty additional virtual ward beds were actually staffed and open to referrals at the date of the meeting.",
  "Cllr Okafor",
  "The Associate Director said that twenty eight beds were open and staffed, with the remainder expected to open in phases by mid December subject to recruitment of community nurses."),
 ("Councillor Marsh raised concern that ambulance handover delays at Marshfield General had exceeded three hours on several days in October and asked what the plan did differently from last winter.",
  "Cllr Marsh",
  "The Associate Director explained that a dedicated handover cohort area staffed by the acute trust would open in November and would release ambulance crews within forty five minutes."),
 ("Councillor Chaudhry asked whether the respiratory hub would accept walk-in patients or only those referred by their GP practice or NHS 111.",
  "Cllr Chaudhry",
  "The hub would take referrals only from GP practices, NHS 111 and the emergency department, so that demand could be managed safely."),
 ("Councillor Fairweather requested that the Panel receive the weekly discharge figures for patients awaiting a package of home care.",
  "Cllr Fairweather",
  "The Director of Adult Social Care agreed to circulate the weekly discharge dashboard to all Panel members from the first week of December."),
]) + "\n"
"Resolved that the Panel noted the winter plan and asked the ICB to report back on performance against the handover target in March 2026."))
ITEMS.append(("5", "Recommissioning of Home Care Services",
"The Head of Adult Social Care Commissioning and Market Development presented the proposed model for recommissioning home care from April 2026, "
"moving from eleven spot providers to four zoned lead providers on five year contracts.\n" +
qtable([
 ("Councillor Fairweather questioned whether moving to four zoned lead providers would squeeze out small local agencies and reduce choice for people receiving direct payments.",
  "Cllr Fairweather",
  "The Head of Commissioning said smaller agencies could join as subcontracted partners under each lead provider and that direct payment recipients would be unaffected."),
 ("Councillor Okafor asked what hourly rate had been modelled and whether it would allow providers to pay care workers the real living wage.",
  "Cllr Okafor",
  "The modelled rate was twenty four pounds and eighty pence per hour, which had been set to fund the real living wage including travel time."),
 ("Councillor Singh expressed concern that the financial appraisal assumed savings of four hundred thousand pounds from reduced missed visits without evidence.",
  "Cllr Singh",
  "The Chief Finance Officer for Adults accepted that the assumption was ambitious and undertook to include a sensitivity analysis in the Cabinet report."),
 ("Councillor Marsh asked whether people who use home care and their carers had been involved in writing the service specification.",
  "Cllr Marsh",
  "Two co-production workshops had been held with forty people who use the service and the carers forum, and their comments had changed the specification on continuity of care staff."),
]) + "\n"
"Resolved that Cabinet be recommended to require a sensitivity analysis of the home care savings before the contract award decision."))
ITEMS.append(("6", "Stop Smoking and Tobacco Control Service Contract Extension",
"The Consultant in Public Health (Healthy Lives) reported on the proposal to extend the contract with Harbourside Community Health CIC for the integrated stop smoking service by twelve months.\n" +
qtable([
 ("Councillor Singh asked why the contract was being extended rather than retendered when the quit rate had fallen below the national average for two years.",
  "Cllr Singh",
  "The Consultant explained that new national stop smoking grant conditions were expected in the spring and retendering before then would risk a gap in the service."),
 ("Councillor Chaudhry sought clarification on how many pregnant smokers had been supported to quit during the last year.",
  "Cllr Chaudhry",
  ""),
 ("Councillor Okafor commented that vaping among secondary school pupils should be a priority in the refreshed service specification.",
  "Cllr Okafor",
  "The Director of Public Health agreed and said a youth vaping workstream with schools would be built into the specification."),
]) + "\n"
"Resolved that the Panel endorsed the twelve month extension of the stop smoking contract to 31 March 2027.\n"
"Resolved that officers provide a written answer on smoking in pregnancy quit figures before the next meeting."))
ITEMS.append(("7", "Children and Young People's Emotional Wellbeing and Mental Health Waiting Times",
"The Service Director, Children's Mental Health, Weald Partnership NHS Foundation Trust, presented the update on CAMHS waiting times.\n" +
qtable([
 ("Councillor Marsh asked why the longest waits for a neurodevelopmental assessment now stood at more than two years.",
  "Cllr Marsh",
  "The Service Director said demand had trebled since 2021 and the trust was procuring additional assessment capacity from an independent provider for eighteen months."),
 ("Councillor Fairweather raised concern about the lack of support for families while children waited for an assessment.",
  "Cllr Fairweather",
  "A waiting well offer through the family hubs had started in September, with parent workshops and a named contact for each family."),
 ("A co-opted member asked whether the trust had vacancies among clinical psychologists and how long posts had been vacant.",
  "Mrs Janet Orme (co-opted)",
  "There were six vacant clinical psychologist posts, three of which had been vacant for over a year despite repeated recruitment campaigns."),
]) + "\n"
"Resolved that the update be noted and that the Panel receive a further report on neurodevelopmental waiting times in June 2026."))
ITEMS.append(("8", "Work Programme 2025 26",
"The Scrutiny and Democratic Services Officer presented the work programme.\n"
"Resolved that the work programme be agreed with the addition of a task group on home care market sustainability."))

ATTEND = [
 ("Councillor Miriam Ashworth", "Chair", "Present"),
 ("Councillor Dev Chaudhry", "Vice-Chair", "Present"),
 ("Councillor Tobias Fairweather", "Member", "Present"),
 ("Councillor Ngozi Okafor", "Member", "Present"),
 ("Councillor Harjit Singh", "Member", "Present"),
 ("Councillor Lena Marsh", "Substitute", "Present"),
 ("Councillor Hetty Brannigan", "Member", "Apologies"),
 ("Councillor Owen Pryce", "Member", "Apologies"),
 ("Mrs Janet Orme", "Co-opted Member (Healthwatch Marshfield)", "Present"),
 ("Dr Ruth Kavanagh", "Director of Public Health", "In attendance"),
 ("Mark Ellison", "Director of Adult Social Care", "In attendance"),
 ("Priya Venkatesan", "Head of Adult Social Care Commissioning and Market Development", "In attendance"),
 ("Colin Ashby", "Associate Director of Urgent and Emergency Care Commissioning, Marsh and Weald ICB", "In attendance"),
 ("Sarah Tennant", "Scrutiny and Democratic Services Officer", "In attendance"),
]

def build_txt():
    L = []
    L.append("Marshfield Borough Council")
    L.append("")
    L.append("Health and Wellbeing Scrutiny Panel")
    L.append("")
    L.append("Minutes of the meeting held on Wednesday 12 November 2025 at 6.30 pm in Committee Room 2, Marshfield Civic Centre")
    L.append("")
    L.append("Attendance")
    L.append("Name" + T + "Role" + T + "Attendance")
    for n, r, a in ATTEND:
        L.append(n + T + r + T + a)
    L.append("")
    for num, title, body in ITEMS:
        L.append("Item " + num + " " + title)
        L.append("")
        for para in body.split("\n"):
            L.append(para)
        L.append("")
    L.append("The meeting closed at 8.52 pm.")
    L.append("")
    L.append("Chair ………………………………………   Date ……………………")
    L.append("")
    L.append("Contact: Sarah Tennant, Scrutiny and Democratic Services Officer, scrutiny@marshfield.gov.example")
    return "\n".join(L) + "\n"

def q(item, kind, text, answer, given, themes, asked=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}

def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

GOLD_TXT = {
 "document": TXT_NAME,
 "doc_type": "minutes",
 "committee": "Health and Wellbeing Scrutiny Panel",
 "meeting_date": "2025-11-12",
 "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
 "questions": [
  q("4", "question", "how many of the forty additional virtual ward beds were actually staffed",
    "twenty eight beds were open and staffed, with the remainder expected", "Associate Director", ["workforce"]),
  q("4", "concern", "ambulance handover delays at Marshfield General had exceeded three hours",
    "a dedicated handover cohort area staffed by the acute trust would open", "Associate Director", []),
  q("4", "question", "whether the respiratory hub would accept walk-in patients or only those referred",
    "The hub would take referrals only from GP practices, NHS 111", None, ["primary-care"]),
  q("4", "request", "requested that the Panel receive the weekly discharge figures for patients",
    "agreed to circulate the weekly discharge dashboard to all Panel members", "Director of Adult Social Care", ["adult-social-care"]),
  q("5", "question", "would squeeze out small local agencies and reduce choice for people receiving direct payments",
    "smaller agencies could join as subcontracted partners under each lead provider", "Head of Commissioning", ["adult-social-care", "subcontracting"]),
  q("5", "question", "what hourly rate had been modelled and whether it would allow providers",
    "The modelled rate was twenty four pounds and eighty pence per hour", None, ["adult-social-care", "finance", "workforce"]),
  q("5", "concern", "the financial appraisal assumed savings of four hundred thousand pounds",
    "accepted that the assumption was ambitious and undertook to include a sensitivity analysis", "Chief Finance Officer for Adults", ["adult-social-care", "finance"]),
  q("5", "question", "whether people who use home care and their carers had been involved",
    "Two co-production workshops had been held with forty people who use the service", None, ["adult-social-care", "patient-and-public-input"]),
  q("6", "question", "why the contract was being extended rather than retendered when the quit rate",
    "new national stop smoking grant conditions were expected in the spring", "Consultant", ["public-health", "subcontracting"]),
  q("6", "question", "sought clarification on how many pregnant smokers had been supported to quit",
    None, None, ["public-health"]),
  q("6", "comment", "vaping among secondary school pupils should be a priority in the refreshed service specification",
    "a youth vaping workstream with schools would be built into the specification", "Director of Public Health", ["public-health", "children-and-families"]),
  q("7", "question", "why the longest waits for a neurodevelopmental assessment now stood at more than two years",
    "the trust was procuring additional assessment capacity from an independent provider", "Service Director", ["mental-health", "children-and-families", "subcontracting"]),
  q("7", "concern", "the lack of support for families while children waited for an assessment",
    "A waiting well offer through the family hubs had started in September", None, ["mental-health", "children-and-families"]),
  q("7", "question", "whether the trust had vacancies among clinical psychologists and how long posts",
    "There were six vacant clinical psychologist posts, three of which had been vacant", None, ["mental-health", "workforce"]),
 ],
 "resolutions": [
  r("3", "the minutes of the meeting held on 24 September 2025 be approved", "agreed", []),
  r("4", "the Panel noted the winter plan and asked the ICB to report back", "noted", []),
  r("5", "Cabinet be recommended to require a sensitivity analysis of the home care savings", "recommended", ["adult-social-care", "finance", "subcontracting"]),
  r("6", "the Panel endorsed the twelve month extension of the stop smoking contract", "agreed", ["public-health", "subcontracting"]),
  r("6", "officers provide a written answer on smoking in pregnancy quit figures", "other", ["public-health"]),
  r("7", "the update be noted and that the Panel receive a further report on neurodevelopmental", "noted", ["mental-health", "children-and-families"]),
  r("8", "the work programme be agreed with the addition of a task group", "agreed", ["governance", "adult-social-care"]),
 ],
 "attendees": [{"name": n, "role": ro, "attendance": {"Present": "present", "Apologies": "apologies",
                "In attendance": "in_attendance"}[a]} for n, ro, a in ATTEND],
}
# asked_by as printed in the "Asked by" column
_asked = {"4": ["Cllr Okafor", "Cllr Marsh", "Cllr Chaudhry", "Cllr Fairweather"],
          "5": ["Cllr Fairweather", "Cllr Okafor", "Cllr Singh", "Cllr Marsh"],
          "6": ["Cllr Singh", "Cllr Chaudhry", "Cllr Okafor"],
          "7": ["Cllr Marsh", "Cllr Fairweather", "Mrs Janet Orme (co-opted)"]}
_i = {}
for row in GOLD_TXT["questions"]:
    k = row["item"]; row["asked_by"] = _asked[k][_i.get(k, 0)]; _i[k] = _i.get(k, 0) + 1

MEETINGS = [
 ("Mon 3 November 2025", "Planning Committee", "7.00 pm", "Council Chamber, Marshfield Civic Centre", True, True),
 ("Wed 5 November 2025", "Cabinet", "6.00 pm", "Council Chamber, Marshfield Civic Centre", True, True),
 ("Thu 6 November 2025", "Children and Young People Scrutiny Panel", "6.30 pm", "Committee Room 1, Marshfield Civic Centre", True, True),
 ("Tue 11 November 2025", "Licensing Sub-Committee", "10.00 am", "Committee Room 3, Marshfield Civic Centre", True, False),
 ("Wed 12 November 2025", "Health and Wellbeing Scrutiny Panel", "6.30 pm", "Committee Room 2, Marshfield Civic Centre", True, True),
 ("Mon 17 November 2025", "Housing and Communities Scrutiny Panel", "6.30 pm", "Kingsmead Library Meeting Room", True, False),
 ("Thu 20 November 2025", "Health and Wellbeing Board", "2.00 pm", "Online - Microsoft Teams (webcast)", True, False),
 ("Tue 25 November 2025", "Audit and Governance Committee", "7.00 pm", "Committee Room 2, Marshfield Civic Centre", False, False),
 ("Wed 26 November 2025", "Full Council", "7.00 pm", "Council Chamber, Marshfield Civic Centre", False, False),
]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def build_html():
    rows = []
    for d, c, t, v, ag, mi in MEETINGS:
        base = "/meetings/" + slug(c) + "/" + slug(d)
        links = []
        links.append('<a href="%s/agenda.pdf">Agenda</a>' % base if ag else '<span class="tbc">Agenda not yet published</span>')
        links.append('<a href="%s/minutes.pdf">Minutes</a>' % base if mi else '<span class="tbc">Minutes to follow</span>')
        rows.append('      <tr>\n        <td><time datetime="%s">%s</time></td>\n        <td><a href="/committees/%s">%s</a></td>\n        <td>%s</td>\n        <td>%s</td>\n        <td>%s</td>\n      </tr>'
                    % (d, html.escape(d), slug(c), html.escape(c), t, html.escape(v), " | ".join(links)))
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Find a meeting - November 2025 - Marshfield Borough Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <header class="site-header"><a href="/">Marshfield Borough Council</a>
    <nav><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> <a href="/councillors">Councillors and meetings</a></nav>
  </header>
  <nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/councillors">Councillors and meetings</a> &gt; Find a meeting</nav>
  <main>
    <h1>Find a meeting</h1>
    <form class="meeting-search" action="/meetings" method="get">
      <label for="committee">Committee</label>
      <select id="committee" name="committee"><option>All committees</option></select>
      <label for="month">Month</label>
      <select id="month" name="month"><option selected>November 2025</option></select>
      <button type="submit">Search</button>
    </form>
    <p><a href="/meetings?month=2025-10">&laquo; October 2025</a> | <strong>November 2025</strong> | <a href="/meetings?month=2025-12">December 2025 &raquo;</a></p>
    <h2>Meetings in November 2025</h2>
    <table class="meetings">
      <thead><tr><th>Date</th><th>Committee</th><th>Time</th><th>Venue</th><th>Documents</th></tr></thead>
      <tbody>
""" + "\n".join(rows) + """
      </tbody>
    </table>
    <h2>Attending a meeting</h2>
    <p>Most meetings are open to members of the public. Some items may be considered in private where exempt information is discussed. Meetings in the Council Chamber are webcast live.</p>
    <p>If you would like to ask a public question at a scrutiny panel, contact Democratic Services at least three working days before the meeting.</p>
    <p>Dates can change. Please check this page on the day of the meeting.</p>
  </main>
  <footer>&copy; Marshfield Borough Council | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | Page last updated: 31 October 2025</footer>
</body>
</html>
"""

GOLD_HTML = {"document": HTML_NAME, "doc_type": "other", "themes": ["governance", "patient-and-public-input"]}

def norm(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())

def check():
    ok = True
    for name in (TXT_NAME, HTML_NAME):
        src = open(os.path.join(DOCS, name), encoding="utf-8").read()
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        ns = norm(src)
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = ns.count(norm(p))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print("FAIL %s %s: %r count=%d words=%d" % (name, kind, p, c, n))
        print("%s: %d phrases checked" % (name, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_txt())
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(build_html())
    for name, g in ((TXT_NAME, GOLD_TXT), (HTML_NAME, GOLD_HTML)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    main()
