#!/usr/bin/env python3
"""Build the "bo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bo.py          build documents and gold
        build_bo.py --check  verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# ---------------------------------------------------------------- document 1: Teams / Loop notes
DOC1 = "bo-marshbrook-health-wellbeing-scrutiny-panel-2025-06-17.txt"
TEXT1 = """\
Health and Wellbeing Scrutiny Panel – Marshbrook Council
Meeting notes
Tue 17 June 2025 · 6:00 pm – 8:10 pm · Council Chamber, Marshbrook Civic Centre + Microsoft Teams
Organiser: Lucy Deering · Recording and transcript available to Panel members

Attendees: Cllr Helen Okafor (Chair); Cllr Derek Sandhu (Vice-Chair); Cllr Priya Lomax; Cllr Martin Greaves; Cllr Joanne Whitlow (substitute for Cllr Ben Farrant); Cllr Stuart Pell; Mrs Anne Kettering (Co-opted Member, Healthwatch Marshbrook); Dr Fiona Ashdown (Director of Public Health); Gareth Lyle (Head of Primary Care Commissioning, Marsh and Wold Integrated Care Board); Sunita Rao (Public Health Consultant – Tobacco Control); Colin Merriman (Associate Director of Mental Health Services, Wold Valley Partnership NHS Foundation Trust); Lucy Deering (Scrutiny Officer)
Apologies: Cllr Ben Farrant; Cllr Rachel Thorne (Cabinet Member for Adult Social Care and Public Health)

Agenda
1. Apologies and substitutions
2. Declarations of interest
3. Minutes of the last meeting
4. Access to GP and community pharmacy services
5. Stop smoking service – recommissioning
6. Mental health crisis pathway
7. Work programme 2025/26

Notes

Agenda item 1 | Apologies and substitutions
• Apologies from Cllr Farrant (Cllr Whitlow substituting) and from Cllr Thorne, Cabinet Member.

Agenda item 2 | Declarations of interest
• Cllr Lomax declared a non-pecuniary interest in item 4 – her daughter works as a community pharmacist in the borough. Stayed in the meeting and took part.

Agenda item 3 | Minutes of the last meeting (29 April 2025)
• No amendments.
✅ Decision: Minutes of the meeting held on 29 April 2025 agreed as a correct record and signed by the Chair.

Agenda item 4 | Access to GP and community pharmacy services
• Gareth Lyle (ICB) introduced the report – 31 practices, 4 primary care networks; appointments up 6% on last year; two pharmacy closures since January (Brookside Parade and Kelsall Road).
• Cllr Greaves asked why residents in the north of the borough still wait more than three weeks for a routine GP appointment.
   ◦ Response from Head of Primary Care Commissioning: the ICB was funding additional clinical sessions at the Ferrybridge hub from September.
   ◦ Acknowledged that demand in the north had outstripped the extra capacity over the winter.
• Cllr Lomax raised concern that the pharmacy closures left Kelsall Road without any late evening dispensing.
   ◦ Response from Head of Primary Care Commissioning: the pharmaceutical needs assessment did not show a gap, but the ICB would review opening hours with the two nearest pharmacies.
• Mrs Kettering (Healthwatch) said patients had told Healthwatch the online booking system was confusing for older people and carers.
   ◦ Response from Head of Primary Care Commissioning: a simplified telephone callback option would be piloted in six practices from October.
• Cllr Pell asked how many GP partners had handed back their contracts and whether any practices were now run by private companies.
   ◦ Response from Head of Primary Care Commissioning: one practice had transferred to an APMS contract held by a national provider; no other hand-backs expected this year.
• Cllr Sandhu requested a breakdown of appointment figures by primary care network for the next meeting (see action).
✅ Decision: Panel noted the report and asked the ICB to return in December with a progress update on access in the north of the borough.
📌 Action: Gareth Lyle to send PCN-level appointment data to Lucy Deering by 31 July.

Agenda item 5 | Stop smoking service – recommissioning
• Sunita Rao presented the options appraisal: current contract with Clearway Health CIC ends 31 March 2026; proposal to bring the specialist service in-house and to commission pharmacies for lower-intensity support.
• Cllr Whitlow asked whether staff of the current provider would transfer to the council under TUPE.
   ◦ Response from Public Health Consultant: yes – an estimated 14 staff would be in scope; early engagement with the provider has begun.
• Cllr Pell welcomed the in-house option but questioned the projected savings of £85,000 a year.
   ◦ Response from Director of Public Health: the saving came mainly from removing the provider's management fee and overheads; the public health grant remains ring-fenced.
• Cllr Greaves asked how the new service would reach pregnant women who smoke and routine and manual workers.
   ◦ No answer at the meeting – to be covered in the written service specification.
• Mrs Kettering asked that service users be involved in designing the new model.
✅ Decision: Panel supported the proposal to bring the specialist stop smoking service in-house from April 2026.
✅ Decision: Panel recommended to Cabinet that pharmacy-based support be procured through an open tender.
📌 Action: Sunita Rao to share the draft service specification with the Panel before it goes to Cabinet.

Agenda item 6 | Mental health crisis pathway
• Colin Merriman gave an update on the 24/7 crisis line and the Harbour Crisis Café.
• Cllr Sandhu asked about waiting times for the crisis team to attend people at home out of hours.
   ◦ Response from Associate Director of Mental Health Services: target is four hours; 71% seen within target last quarter, down because of vacancies in the night team.
• Cllr Okafor (Chair) raised concern about young people aged 16–18 being directed to adult services in a crisis.
   ◦ Response from Associate Director of Mental Health Services: a joint protocol with CAMHS had been agreed in May and will be audited in the autumn.
• Cllr Lomax asked whether the crisis café would stay funded after the pilot ends in March.
   ◦ Response from Director of Public Health: funding beyond March depended on the ICB's mental health investment decisions in the new year.
✅ Decision: Panel noted the update and agreed to write to the ICB supporting continued funding of the Harbour Crisis Café.
📌 Action: Chair and Lucy Deering to draft the letter.

Agenda item 7 | Work programme 2025/26
• Lucy Deering went through the draft programme.
• Cllr Whitlow suggested adding an item on dental access for children.
✅ Decision: Work programme agreed, with children's dental access added for the February meeting.

Follow-up tasks
☐ Gareth Lyle – PCN appointment data (due 31 Jul)
☐ Sunita Rao – draft stop smoking service specification
☐ Cllr Okafor / Lucy Deering – letter to ICB re Harbour Crisis Café

Meeting ended 8:10 pm
Notes taken by Lucy Deering · Last edited 18 June 2025 09:42
"""

GOLD1 = {
    "document": DOC1, "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Panel", "meeting_date": "2025-06-17",
    "items": [
        {"number": "1", "title": "Apologies and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the last meeting (29 April 2025)"},
        {"number": "4", "title": "Access to GP and community pharmacy services"},
        {"number": "5", "title": "Stop smoking service – recommissioning"},
        {"number": "6", "title": "Mental health crisis pathway"},
        {"number": "7", "title": "Work programme 2025/26"},
    ],
    "questions": [
        Q("4", "question", "asked why residents in the north of the borough still wait more than three weeks",
          "Cllr Greaves", "the ICB was funding additional clinical sessions at the Ferrybridge hub",
          "Head of Primary Care Commissioning", ["primary-care"]),
        Q("4", "concern", "raised concern that the pharmacy closures left Kelsall Road without any late evening dispensing",
          "Cllr Lomax", "the ICB would review opening hours with the two nearest pharmacies",
          "Head of Primary Care Commissioning", ["primary-care"]),
        Q("4", "comment", "the online booking system was confusing for older people and carers",
          "Mrs Kettering", "a simplified telephone callback option would be piloted in six practices",
          "Head of Primary Care Commissioning", ["primary-care", "patient-and-public-input"]),
        Q("4", "question", "asked how many GP partners had handed back their contracts",
          "Cllr Pell", "one practice had transferred to an APMS contract held by a national provider",
          "Head of Primary Care Commissioning", ["primary-care", "privatisation", "subcontracting"]),
        Q("4", "request", "requested a breakdown of appointment figures by primary care network",
          "Cllr Sandhu", None, None, ["primary-care"]),
        Q("5", "question", "asked whether staff of the current provider would transfer to the council under TUPE",
          "Cllr Whitlow", "an estimated 14 staff would be in scope",
          "Public Health Consultant", ["public-health", "workforce", "subcontracting"]),
        Q("5", "question", "welcomed the in-house option but questioned the projected savings",
          "Cllr Pell", "the saving came mainly from removing the provider's management fee and overheads",
          "Director of Public Health", ["public-health", "finance", "privatisation"]),
        Q("5", "question", "asked how the new service would reach pregnant women who smoke",
          "Cllr Greaves", None, None, ["public-health"]),
        Q("5", "request", "asked that service users be involved in designing the new model",
          "Mrs Kettering", None, None, ["public-health", "patient-and-public-input"]),
        Q("6", "question", "asked about waiting times for the crisis team to attend people at home",
          "Cllr Sandhu", "71% seen within target last quarter, down because of vacancies in the night team",
          "Associate Director of Mental Health Services", ["mental-health"]),
        Q("6", "concern", "raised concern about young people aged 16–18 being directed to adult services",
          "Cllr Okafor", "a joint protocol with CAMHS had been agreed in May",
          "Associate Director of Mental Health Services", ["mental-health", "children-and-families"]),
        Q("6", "question", "asked whether the crisis café would stay funded after the pilot ends",
          "Cllr Lomax", "funding beyond March depended on the ICB's mental health investment decisions",
          "Director of Public Health", ["mental-health", "finance"]),
        Q("7", "request", "suggested adding an item on dental access for children",
          "Cllr Whitlow", None, None, ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        R("3", "Minutes of the meeting held on 29 April 2025 agreed as a correct record", "agreed", []),
        R("4", "Panel noted the report and asked the ICB to return in December", "noted", ["primary-care"]),
        R("5", "Panel supported the proposal to bring the specialist stop smoking service in-house", "agreed",
          ["public-health", "privatisation"]),
        R("5", "Panel recommended to Cabinet that pharmacy-based support be procured through an open tender",
          "recommended", ["public-health", "subcontracting", "primary-care"]),
        R("6", "Panel noted the update and agreed to write to the ICB supporting continued funding",
          "agreed", ["mental-health", "finance"]),
        R("7", "Work programme agreed, with children's dental access added for the February meeting",
          "agreed", []),
    ],
    "attendees": [
        A("Cllr Helen Okafor", "Chair", "present"),
        A("Cllr Derek Sandhu", "Vice-Chair", "present"),
        A("Cllr Priya Lomax", None, "present"),
        A("Cllr Martin Greaves", None, "present"),
        A("Cllr Joanne Whitlow", "substitute for Cllr Ben Farrant", "present"),
        A("Cllr Stuart Pell", None, "present"),
        A("Mrs Anne Kettering", "Co-opted Member, Healthwatch Marshbrook", "present"),
        A("Dr Fiona Ashdown", "Director of Public Health", "in_attendance"),
        A("Gareth Lyle", "Head of Primary Care Commissioning, Marsh and Wold Integrated Care Board", "in_attendance"),
        A("Sunita Rao", "Public Health Consultant – Tobacco Control", "in_attendance"),
        A("Colin Merriman", "Associate Director of Mental Health Services, Wold Valley Partnership NHS Foundation Trust", "in_attendance"),
        A("Lucy Deering", "Scrutiny Officer", "in_attendance"),
        A("Cllr Ben Farrant", None, "apologies"),
        A("Cllr Rachel Thorne", "Cabinet Member for Adult Social Care and Public Health", "apologies"),
    ],
}

# ---------------------------------------------------------------- document 2: county HTML, one <div>
DOC2 = "bo-thornleigh-adult-social-care-scrutiny-2025-09-23.html"
BODY2 = [
    "<b>Present:</b> Councillor M J Harcourt (Chairman), Councillor Mrs S E Pendle (Vice-Chairman), Councillors R Abbott, K Dunmore, T Finch, L Osei, P Varley, Mrs J Wedderburn and D Quayle (substituting for Councillor A Brennan).<br>"
    "<b>Officers:</b> Helen Marchbank (Executive Director of Adults and Health), Simon Okoro (Assistant Director &ndash; Commissioning and Market Sustainability), Rebecca Tull (Head of Carers and Community Support), Ian Peploe (Finance Business Partner &ndash; Adults) and Claire Fenwick (Democratic Services Officer).<br>"
    "<b>Also present:</b> Councillor N Ashby (Cabinet Member for Adult Social Care) and Mr T Gould (Chief Executive, Thornleigh Care Association).",
    "<b>31. APOLOGIES AND SUBSTITUTIONS</b><br>Apologies for absence were received from Councillor A Brennan and Councillor G Lytton. Councillor D Quayle attended as substitute for Councillor Brennan.",
    "<b>32. DECLARATIONS OF INTEREST</b><br>Councillor Finch declared a personal interest in minute 34 as a close relative received a package of care from a framework provider. Councillor Varley declared a personal interest in minute 36 as a trustee of the Penhallow Community Trust. Both Members remained in the meeting.",
    "<b>33. MINUTES</b><br><b>RESOLVED</b> &ndash; that the minutes of the meeting held on 15 July 2025 be confirmed as a correct record and signed by the Chairman.",
    "<b>34. HOME CARE MARKET</b><br>The Committee considered a report of the Assistant Director &ndash; Commissioning and Market Sustainability on the state of the home care market following the retender of the framework in April 2025, under which 23 providers had been appointed across four zones. The Cabinet Member for Adult Social Care introduced the report and referred to the continuing pressures in the rural west of the county. Members asked about the number of people waiting for a package of home care in the Wychdale zone and Officers explained that 64 people were waiting on 12 September, of whom 19 were in hospital awaiting discharge. Members asked about the hourly rate paid to framework providers compared with neighbouring authorities and Officers explained that the council&#39;s rate of &pound;24.10 was in the middle of the regional range but that rural mileage was paid separately. A Member expressed concern that several providers were recruiting care workers from overseas on sponsored visas without adequate support, and Officers explained that the council had funded a pastoral support post with the Thornleigh Care Association and was monitoring ethical recruitment through contract visits. Mr Gould, speaking at the invitation of the Chairman, said that providers were losing staff to the retail sector and asked the Committee to support a fuel allowance for care workers. Members asked about the proportion of the market now owned by private equity backed companies and Officers explained that three of the largest providers were owned in that way and that financial checks were carried out on each provider twice a year. Councillor Osei asked whether the council would consider an in-house home care service for the hardest to serve areas; the Executive Director said that an options appraisal would be brought to the Committee in the new year.<br><br>"
    "<b>RESOLVED</b> &ndash; that (1) the report be noted; (2) the Committee&#39;s concern about unmet need in the Wychdale zone be conveyed to the Cabinet Member; and (3) an options appraisal on in-house provision for the hardest to serve areas be reported to the Committee in January 2026.",
    "<b>35. CARERS STRATEGY REFRESH</b><br>Rebecca Tull, Head of Carers and Community Support, presented the draft refreshed Carers Strategy 2025&ndash;2030, which had been co-produced with the Carers Partnership Board following a survey that received 1,140 responses. Members asked about how young carers would be identified through schools and Officers explained that the strategy linked to the young carers assessment in children&#39;s services and that every secondary school now had a named carers lead. Members asked about the waiting time for carers&#39; assessments and Officers explained that the average wait had fallen to 27 days but that the target remained 21 days. Councillor Wedderburn expressed concern that respite breaks had become harder to book since the closure of Elmfield House, and the Head of Carers and Community Support accepted that bed-based respite was limited and said that a new arrangement with two care homes would start in November. Councillor Dunmore requested that the final strategy include measurable targets for each priority.<br><br>"
    "<b>RESOLVED</b> &ndash; that the draft Carers Strategy 2025&ndash;2030 be endorsed, subject to the inclusion of measurable targets, and be recommended to Cabinet for adoption.",
    "<b>36. REVIEW OF IN-HOUSE DAY SERVICES</b><br>The Committee received a report on the outcome of the review of the council&#39;s six in-house day centres, which proposed the transfer of two centres, at Ashby Road and Penhallow, to a voluntary sector operator. The Executive Director stressed that no decision had yet been taken. Members asked about the consultation with families and Officers explained that 212 responses had been received and that 71 per cent opposed the transfer. Members asked about whether staff would keep their terms and conditions and Officers explained that staff would transfer under TUPE with protected pensions. Councillor Varley asked what would happen if the new operator withdrew from the contract within its first three years; the Assistant Director said that the contract would contain step-in rights and a 12 month notice period. Councillor Abbott expressed concern that the transfer was being driven by cost rather than by the quality of care.<br><br>"
    "<b>RESOLVED</b> &ndash; that Cabinet be recommended to retain all six day centres in-house until a full cost comparison with the voluntary sector option has been reported to this Committee.",
    "<b>37. ADULT SOCIAL CARE BUDGET MONITORING &ndash; MONTH 4</b><br>Ian Peploe, Finance Business Partner &ndash; Adults, reported a forecast overspend of &pound;6.8 million at month 4, mainly on residential and nursing placements for older people. Members asked about the savings from the reablement programme and Officers explained that &pound;1.9 million of the &pound;2.6 million target was on track to be delivered. Members asked about the use of reserves, and Officers explained that the service held no reserves of its own and that any overspend at year end would fall on the corporate contingency.<br><br>"
    "<b>RESOLVED</b> &ndash; that the month 4 budget monitoring position be noted.",
    "<b>38. WORK PROGRAMME</b><br>The Democratic Services Officer presented the work programme. Councillor Pendle asked that a session on safeguarding adults in supported living be added. <b>RESOLVED</b> &ndash; that the work programme be agreed with the addition of an item on safeguarding adults in supported living settings.",
    "The meeting closed at 12.35 pm.<br><br>CHAIRMAN",
]
HTML2 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Adult Social Care Scrutiny Committee - 23 September 2025 - Minutes | Thornleigh County Council</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<div id="header"><a href="/">Thornleigh County Council</a> <a href="#content">Skip to content</a></div>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/council/committees">Committees</a> &gt; Adult Social Care Scrutiny Committee</div>
<div id="content">
<h1>Adult Social Care Scrutiny Committee</h1>
<h2>Minutes of the meeting held on Tuesday 23 September 2025 at 10.00 am in the Council Chamber, County Hall, Thornleigh</h2>
<div class="minutes">
""" + "<br><br>\n".join(BODY2) + """
</div>
<p class="updated">Page last updated: 2 October 2025</p>
</div>
<div id="footer">&copy; Thornleigh County Council | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></div>
</body>
</html>
"""

GOLD2 = {
    "document": DOC2, "doc_type": "minutes",
    "committee": "Adult Social Care Scrutiny Committee", "meeting_date": "2025-09-23",
    "items": [
        {"number": "31", "title": "APOLOGIES AND SUBSTITUTIONS"},
        {"number": "32", "title": "DECLARATIONS OF INTEREST"},
        {"number": "33", "title": "MINUTES"},
        {"number": "34", "title": "HOME CARE MARKET"},
        {"number": "35", "title": "CARERS STRATEGY REFRESH"},
        {"number": "36", "title": "REVIEW OF IN-HOUSE DAY SERVICES"},
        {"number": "37", "title": "ADULT SOCIAL CARE BUDGET MONITORING – MONTH 4"},
        {"number": "38", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        Q("34", "question", "Members asked about the number of people waiting for a package of home care",
          None, "64 people were waiting on 12 September, of whom 19 were in hospital",
          None, ["adult-social-care"]),
        Q("34", "question", "Members asked about the hourly rate paid to framework providers",
          None, "the council's rate of £24.10 was in the middle of the regional range",
          None, ["adult-social-care", "finance", "subcontracting"]),
        Q("34", "concern", "expressed concern that several providers were recruiting care workers from overseas",
          None, "funded a pastoral support post with the Thornleigh Care Association",
          None, ["adult-social-care", "workforce"]),
        Q("34", "request", "asked the Committee to support a fuel allowance for care workers",
          "Mr Gould", None, None, ["adult-social-care", "workforce"]),
        Q("34", "question", "Members asked about the proportion of the market now owned by private equity",
          None, "financial checks were carried out on each provider twice a year",
          None, ["adult-social-care", "privatisation"]),
        Q("34", "question", "asked whether the council would consider an in-house home care service",
          "Councillor Osei", "an options appraisal would be brought to the Committee in the new year",
          "Executive Director", ["adult-social-care", "privatisation"]),
        Q("35", "question", "Members asked about how young carers would be identified through schools",
          None, "every secondary school now had a named carers lead",
          None, ["adult-social-care", "children-and-families"]),
        Q("35", "question", "Members asked about the waiting time for carers' assessments",
          None, "the average wait had fallen to 27 days",
          None, ["adult-social-care"]),
        Q("35", "concern", "respite breaks had become harder to book since the closure of Elmfield House",
          "Councillor Wedderburn", "a new arrangement with two care homes would start in November",
          "Head of Carers and Community Support", ["adult-social-care"]),
        Q("35", "request", "requested that the final strategy include measurable targets for each priority",
          "Councillor Dunmore", None, None, ["adult-social-care"]),
        Q("36", "question", "Members asked about the consultation with families",
          None, "212 responses had been received and that 71 per cent opposed the transfer",
          None, ["adult-social-care", "patient-and-public-input", "subcontracting"]),
        Q("36", "question", "Members asked about whether staff would keep their terms and conditions",
          None, "staff would transfer under TUPE with protected pensions",
          None, ["workforce", "subcontracting"]),
        Q("36", "question", "asked what would happen if the new operator withdrew from the contract",
          "Councillor Varley", "the contract would contain step-in rights and a 12 month notice period",
          "Assistant Director", ["subcontracting", "governance"]),
        Q("36", "concern", "expressed concern that the transfer was being driven by cost",
          "Councillor Abbott", None, None, ["subcontracting", "finance", "adult-social-care"]),
        Q("37", "question", "Members asked about the savings from the reablement programme",
          None, "£1.9 million of the £2.6 million target was on track to be delivered",
          None, ["finance", "adult-social-care"]),
        Q("37", "question", "Members asked about the use of reserves",
          None, "any overspend at year end would fall on the corporate contingency",
          None, ["finance"]),
        Q("38", "request", "asked that a session on safeguarding adults in supported living be added",
          "Councillor Pendle", None, None, ["adult-social-care"]),
    ],
    "resolutions": [
        R("33", "minutes of the meeting held on 15 July 2025 be confirmed", "agreed", []),
        R("34", "the Committee's concern about unmet need in the Wychdale zone be conveyed",
          "agreed", ["adult-social-care"]),
        R("35", "the draft Carers Strategy 2025–2030 be endorsed, subject to the inclusion of measurable targets",
          "recommended", ["adult-social-care"]),
        R("36", "recommended to retain all six day centres in-house until a full cost comparison",
          "recommended", ["adult-social-care", "privatisation", "subcontracting"]),
        R("37", "that the month 4 budget monitoring position be noted", "noted", ["finance"]),
        R("38", "the work programme be agreed with the addition of an item on safeguarding adults",
          "agreed", ["adult-social-care"]),
    ],
    "attendees": [
        A("Councillor M J Harcourt", "Chairman", "present"),
        A("Councillor Mrs S E Pendle", "Vice-Chairman", "present"),
        A("R Abbott", None, "present"),
        A("K Dunmore", None, "present"),
        A("T Finch", None, "present"),
        A("L Osei", None, "present"),
        A("P Varley", None, "present"),
        A("Mrs J Wedderburn", None, "present"),
        A("D Quayle", "substituting for Councillor A Brennan", "present"),
        A("Helen Marchbank", "Executive Director of Adults and Health", "in_attendance"),
        A("Simon Okoro", "Assistant Director – Commissioning and Market Sustainability", "in_attendance"),
        A("Rebecca Tull", "Head of Carers and Community Support", "in_attendance"),
        A("Ian Peploe", "Finance Business Partner – Adults", "in_attendance"),
        A("Claire Fenwick", "Democratic Services Officer", "in_attendance"),
        A("Councillor N Ashby", "Cabinet Member for Adult Social Care", "in_attendance"),
        A("Mr T Gould", "Chief Executive, Thornleigh Care Association", "in_attendance"),
        A("Councillor A Brennan", None, "apologies"),
        A("Councillor G Lytton", None, "apologies"),
    ],
}

DOCS_ALL = [(DOC1, TEXT1, GOLD1), (DOC2, HTML2, GOLD2)]


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def source_text(name, content):
    if name.endswith(".html"):
        content = re.sub(r"<[^>]+>", " ", content)
        content = html.unescape(content)
    return content


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, content, gold in DOCS_ALL:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        gname = os.path.splitext(name)[0] + ".json"
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name, gname)


def check():
    bad = 0
    for name, _, gold in DOCS_ALL:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            src = " " + norm(source_text(name, f.read())) + " "
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        assert g == json.loads(json.dumps(gold)), "gold file out of date: " + name
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = norm(p)
            words = len(n.split())
            count = src.count(" " + n + " ")
            if count != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {name} {kind}: {p!r} occurs {count}x, {words} words")
        print(f"{name}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees, {len(phrases)} phrases")
    print("CHECK PASSED" if not bad else f"CHECK FAILED ({bad})")
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
