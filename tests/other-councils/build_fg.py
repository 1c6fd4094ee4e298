#!/usr/bin/env python3
"""Build the "fg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fg.py           build documents/fg-* and gold/fg-*.json
        build_fg.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
E = html.escape

MIN_NAME = "fg-hollinbrook-asch-scrutiny-2025-10-14.html"
NEWS_NAME = "fg-hollinbrook-cdc-visit-news.html"
COMMITTEE = "Adult Social Care and Health Scrutiny Committee"

PEOPLE = [
    ("Members present", [
        ("Cllr Helen Marsh", "Chair", "present"),
        ("Cllr Tomasz Nowak", "Vice-Chair", "present"),
        ("Cllr Bisi Akande", "Member", "present"),
        ("Cllr Ravi Patel", "Member", "present"),
        ("Cllr Chidi Okafor", "Member", "present"),
        ("Cllr Gareth Whitlock", "Member", "present"),
        ("Cllr Sandra Ormerod", "Substitute for Cllr Fenwick", "present"),
    ]),
    ("Apologies", [
        ("Cllr Lorna Fenwick", "Member", "apologies"),
    ]),
    ("Officers and partners in attendance", [
        ("Dr Amira Haddad", "Director of Public Health", "in_attendance"),
        ("Paul Greenhalgh", "Director of Adult Social Care and Commissioning", "in_attendance"),
        ("Jess Tanner", "Consultant in Public Health (Tobacco Control and Healthy Places)", "in_attendance"),
        ("Marcus Lyle", "Programme Director for Diagnostics, Hollinbrook and Dene Integrated Care Board", "in_attendance"),
        ("Ann Pryce", "Chief Officer, Healthwatch Hollinbrook", "in_attendance"),
        ("Kerry Dunmore", "Scrutiny and Democratic Services Officer", "in_attendance"),
    ]),
]

# Each item: number, title, list of blocks. Blocks: ("p", text) | ("q", label, who, text, gold)
# | ("a", who, text) | ("dec", text, gold)
ITEMS = [
    ("1", "Apologies for absence and substitutions", [
        ("p", "Apologies for absence were received from Cllr Lorna Fenwick. Cllr Sandra Ormerod attended as her substitute."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Cllr Bisi Akande declared a non-pecuniary interest in Item 4 as an employee of Hollinbrook and Dene Hospitals NHS Foundation Trust, and remained in the meeting. No other declarations were made."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("dec", "That the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chair.",
         {"text": "minutes of the meeting held on 9 September 2025 be approved", "outcome": "agreed", "themes": []}),
    ]),
    ("4", "Community Diagnostic Centre – progress report", [
        ("p", "Marcus Lyle, Programme Director for Diagnostics at Hollinbrook and Dene Integrated Care Board, introduced the report on the first six months of the Community Diagnostic Centre at the former Brookside retail park. The centre had delivered just over 31,000 tests since opening in April, against a plan of 29,500, and the share of patients waiting more than six weeks for a scan had fallen from 38 per cent to 21 per cent."),
        ("q", "Question", "Cllr Marsh", "The Chair asked how much of the improvement in six-week waits was due to the centre itself and how much to extra evening lists at the main hospital site.",
         {"text": "how much of the improvement in six-week waits was due to the centre", "kind": "question", "themes": []}),
        ("a", "Programme Director for Diagnostics", "Around two thirds of the reduction was attributed to the centre, with the remainder coming from weekend and evening lists at Hollinbrook General, which would end in March 2026 when the temporary funding ran out.",
         "around two thirds of the reduction was attributed to the centre"),
        ("q", "Question", "Cllr Akande", "Cllr Akande was concerned that the centre relied on radiographers moved from the acute hospital and asked how many posts remained vacant.",
         {"text": "relied on radiographers moved from the acute hospital and asked how many posts", "kind": "concern", "themes": ["workforce"]}),
        ("a", "Programme Director for Diagnostics", "Of the 42 whole-time equivalent posts in the centre, six were vacant and covered by bank staff; an apprenticeship route for assistant practitioners had started in September with eight trainees.",
         "six were vacant and covered by bank staff"),
        ("q", "Question", "Cllr Patel", "Cllr Patel asked whether patients from the eastern villages could reach the centre by bus, given that the X14 service no longer ran after 6pm.",
         {"text": "whether patients from the eastern villages could reach the centre by bus", "kind": "question", "themes": []}),
        ("a", "Programme Director for Diagnostics", "Patients were offered a choice of site when booked, and the ICB was talking to the county transport team about a timetable change; he would report back on the outcome.",
         "the ICB was talking to the county transport team about a timetable change"),
        ("q", "Question", "Cllr Okafor", "Cllr Okafor sought clarification on whether the MRI scanners at the centre were run by a private company rather than the NHS.",
         {"text": "whether the MRI scanners at the centre were run by a private company", "kind": "question", "themes": ["privatisation", "subcontracting"]}),
        ("a", "Programme Director for Diagnostics", "The centre was run by the NHS trust, but the mobile MRI unit was supplied under a two-year contract with an independent sector provider that ended in 2027, after which the trust intended to bring the service in-house.",
         "supplied under a two-year contract with an independent sector provider"),
        ("q", "Question", "Ann Pryce", "Ann Pryce, Healthwatch Hollinbrook, asked whether patient feedback on the centre was being collected and published.",
         {"text": "whether patient feedback on the centre was being collected and published", "kind": "question", "themes": ["patient-and-public-input"]}),
        ("a", "Programme Director for Diagnostics", "A friends and family survey was sent by text after every appointment, with 94 per cent of responses positive, and a summary would be shared with Healthwatch each quarter.",
         "a summary would be shared with Healthwatch each quarter"),
        ("dec", "That the progress report be noted and the Integrated Care Board be asked to provide waiting time figures by postcode district, and an update on the bus service, to the meeting on 2 December 2025.",
         {"text": "asked to provide waiting time figures by postcode district", "outcome": "agreed", "themes": []}),
    ]),
    ("5", "Recommissioning of home care services", [
        ("p", "Paul Greenhalgh, Director of Adult Social Care and Commissioning, presented proposals to replace the current framework of 23 home care providers with six zoned lead providers from October 2026, at an estimated annual value of £38.2 million."),
        ("q", "Question", "Cllr Whitlock", "Cllr Whitlock asked whether the proposed hourly rate of £24.60 would allow providers to pay care workers at least the real living wage.",
         {"text": "whether the proposed hourly rate of £24.60 would allow providers to pay", "kind": "question", "themes": ["finance", "workforce", "adult-social-care"]}),
        ("a", "Director of Adult Social Care and Commissioning", "The rate had been built up from the real living wage plus travel time, and bidders would be required to evidence their pay rates as part of the tender evaluation.",
         "bidders would be required to evidence their pay rates"),
        ("q", "Question", "Cllr Marsh", "The Chair asked how people who currently receive home care, and their carers, had been consulted on moving to zoned providers.",
         {"text": "people who currently receive home care, and their carers, had been consulted", "kind": "question", "themes": ["patient-and-public-input", "adult-social-care"]}),
        ("a", "Director of Adult Social Care and Commissioning", "An eight-week consultation had received 412 responses, and a reference group of service users had helped write the outcomes in the specification.",
         "a reference group of service users had helped write the outcomes"),
        ("q", "Question", "Cllr Ormerod", "Cllr Ormerod asked why an in-house home care service had been ruled out in the options appraisal.",
         {"text": "why an in-house home care service had been ruled out", "kind": "question", "themes": ["privatisation", "adult-social-care"]}),
        ("a", "Director of Adult Social Care and Commissioning", "An in-house service had been costed at about 19 per cent more per hour because of pension and on-costs, but a small council-run reablement team would be retained as a provider of last resort.",
         "a small council-run reablement team would be retained as a provider of last resort"),
        ("q", "Comment", "Cllr Patel", "Cllr Patel said that handing rural zones to a single provider risked leaving the district with no alternative if that provider failed.",
         {"text": "handing rural zones to a single provider risked leaving the district", "kind": "comment", "themes": ["subcontracting", "adult-social-care"]}),
        ("dec", "RECOMMENDED to Cabinet that (1) the recommissioning of home care through six zoned lead providers be approved; and (2) the contract include a requirement for all care workers to be paid at least the real living wage, with annual reporting to this Committee.",
         {"text": "recommissioning of home care through six zoned lead providers be approved", "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "workforce"]}),
    ]),
    ("6", "Stop smoking and vaping service", [
        ("p", "Jess Tanner, Consultant in Public Health, reported that 1,086 people had set a quit date in 2024/25 and 58 per cent had quit at four weeks. The service had been extended to offer free vape starter kits to adult smokers."),
        ("q", "Question", "Cllr Okafor", "Cllr Okafor raised concerns about the rise in vaping among secondary school pupils and asked what the service was doing about it.",
         {"text": "the rise in vaping among secondary school pupils", "kind": "concern", "themes": ["public-health", "children-and-families"]}),
        ("a", "Consultant in Public Health", "Trading Standards had carried out 37 test purchases this year, and a schools programme co-produced with the Youth Council would run in all eleven secondary schools from January.",
         "a schools programme co-produced with the Youth Council would run"),
        ("q", "Question", "Cllr Akande", "Cllr Akande asked whether the additional Local Stop Smoking Services grant was guaranteed beyond March 2026.",
         {"text": "whether the additional Local Stop Smoking Services grant was guaranteed beyond", "kind": "question", "themes": ["finance", "public-health"]}),
        ("a", "Director of Public Health", "The Government had confirmed the grant for one further year only, so the council could not commit to recruiting permanent advisers.",
         "confirmed the grant for one further year only"),
        ("dec", "That the report be noted.",
         {"text": None, "outcome": "noted", "themes": ["public-health"]}),
    ]),
    ("7", "Work programme 2025/26", [
        ("p", "Kerry Dunmore, Scrutiny and Democratic Services Officer, presented the draft work programme."),
        ("q", "Request", "Cllr Whitlock", "Cllr Whitlock requested that an item on supported accommodation for care leavers aged 18 to 21 be added for early 2026.",
         {"text": "an item on supported accommodation for care leavers aged 18 to 21", "kind": "request", "themes": ["housing", "children-and-families"]}),
        ("a", "Scrutiny and Democratic Services Officer", "This could be taken jointly with the Children and Young People Scrutiny Committee in February, subject to the Chairs agreeing.",
         "could be taken jointly with the Children and Young People Scrutiny Committee"),
        ("dec", "That the work programme be agreed, subject to the addition of a joint item on supported accommodation for care leavers in February 2026.",
         {"text": "the work programme be agreed, subject to the addition of a joint item", "outcome": "agreed", "themes": ["housing", "children-and-families"]}),
    ]),
    ("8", "Date of next meeting", [
        ("p", "The next meeting will be held on Tuesday 2 December 2025 at 10.00am in the Council Chamber, Hollinbrook Civic Centre."),
    ]),
]
# Item 6 decision "That the report be noted." is too short for a 6-word phrase; give it a longer text.
ITEMS[5][2][-1] = ("dec", "That the report on the stop smoking and vaping service be noted.",
                   {"text": "the report on the stop smoking and vaping service be noted", "outcome": "noted", "themes": ["public-health"]})

SP_HEAD = """<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Microsoft SharePoint">
<title>{title}</title>
<link rel="stylesheet" href="/_layouts/15/sp-modern.css">
</head>
<body class="ms-Fabric">
<div id="SuiteNavWrapper"><div class="o365sx-navbar">Hollinbrook Borough Council – The Hub</div></div>
<div id="spSiteHeader" data-automationid="SiteHeader"><span class="ms-HorizontalNavItem">Home</span> <span class="ms-HorizontalNavItem">Democratic Services</span> <span class="ms-HorizontalNavItem">Committees</span> <span class="ms-HorizontalNavItem">Scrutiny</span></div>
<div data-automation-id="contentScrollRegion"><div class="SPCanvas-canvas">
"""
SP_FOOT = """</div></div>
<div class="CommentsWrapper" data-sp-feature-tag="Comments"><h3>Comments</h3><p>Commenting is turned off for this page.</p></div>
<footer class="spFooter"><p>Page owner: Democratic Services | Last modified 16/10/2025 09:42 by Kerry Dunmore</p></footer>
</body>
</html>
"""


def rte(inner, wid):
    return ('<div class="ControlZone" data-sp-canvascontrol="" data-sp-controldata=\'{"controlType":4,"id":"%s","position":{"zoneIndex":1,"sectionIndex":1,"controlIndex":%d}}\'>\n'
            '<div data-sp-feature-tag="Rich Text Editor" class="cke_editable rte--read" data-sp-rte="">\n%s\n</div>\n</div>\n'
            % (wid, int(wid[-2:]), inner))


def build_minutes():
    out = [SP_HEAD.format(title=E("Minutes – %s – 14 October 2025" % COMMITTEE))]
    # page title web part
    out.append('<div data-sp-feature-tag="PageTitle" class="pageTitle"><h1 class="ms-font-xxl">Minutes: %s, 14 October 2025</h1>'
               '<div class="authorByline"><span>Kerry Dunmore</span> <span>Published 16 October 2025</span></div></div>\n' % E(COMMITTEE))
    out.append('<div class="CanvasZone"><div class="CanvasSection CanvasSection-col-lg8">\n')
    intro = ('<p>Meeting of the <strong>%s</strong>, held on <strong>Tuesday 14 October 2025</strong> at 10.00am in the Council Chamber, Hollinbrook Civic Centre, and via Microsoft Teams.</p>\n'
             '<p><em>These minutes are subject to approval at the next meeting. Decisions recorded below take effect from publication unless called in.</em></p>' % E(COMMITTEE))
    out.append(rte(intro, "rte-00"))
    n = 1
    for num, title, blocks in ITEMS:
        parts = ['<h2>Item %s: %s</h2>' % (num, E(title))]
        dec_html = None
        for b in blocks:
            if b[0] == "p":
                parts.append('<p>%s</p>' % E(b[1]))
            elif b[0] == "q":
                label, who, text = b[1], b[2], b[3]
                parts.append('<p><strong>%s (%s):</strong> %s</p>' % (E(label), E(who), E(text)))
            elif b[0] == "a":
                parts.append('<p><strong>Answer (%s):</strong> %s</p>' % (E(b[1]), E(b[2])))
            elif b[0] == "dec":
                dec_html = b[1]
        out.append(rte("\n".join(parts), "rte-%02d" % n))
        n += 1
        if dec_html:
            out.append('<div class="ControlZone" data-sp-feature-tag="Call to action" data-sp-webpart="CallToAction">\n'
                       '<div class="callToAction ms-bgColor-themeLighter" style="background-color:#deecf9;padding:24px">\n'
                       '<h3 class="ctaTitle" role="heading" aria-level="3">Decision</h3>\n'
                       '<div class="ctaText"><p>%s</p></div>\n'
                       '<a class="ms-Button ms-Button--primary" href="/sites/democracy/Committee%%20Documents/ASCH-2025-10-14-item%s.pdf"><span class="ms-Button-label">Read the report</span></a>\n'
                       '</div></div>\n' % (E(dec_html), num))
    out.append('</div>\n<div class="CanvasSection CanvasSection-col-lg4">\n')
    # Quick links web part
    ql = [("Agenda and reports pack", "ASCH-2025-10-14-agenda.pdf"), ("Webcast recording", "https://hollinbrook.public-i.tv/"),
          ("Committee work programme", "ASCH-work-programme.docx"), ("Submit a scrutiny suggestion", "/sites/democracy/SitePages/Suggest.aspx")]
    out.append('<div class="ControlZone" data-sp-feature-tag="Quick links" data-sp-webpart="QuickLinks">\n<h2 class="webPartTitle">Quick links</h2>\n<ul class="quickLinks-compact">\n')
    for t, h in ql:
        out.append('<li><a href="%s"><i class="ms-Icon ms-Icon--Link" aria-hidden="true"></i><span class="ql-title">%s</span></a></li>\n' % (E(h), E(t)))
    out.append('</ul></div>\n')
    # People web parts
    for heading, people in PEOPLE:
        out.append('<div class="ControlZone" data-sp-feature-tag="People" data-sp-webpart="People">\n<h2 class="webPartTitle">%s</h2>\n<div class="peopleList">\n' % E(heading))
        for name, role, _ in people:
            initials = "".join(w[0] for w in name.replace("Cllr ", "").replace("Dr ", "").split()[:2])
            out.append('<div class="ms-Persona ms-Persona--size48" role="listitem">'
                       '<div class="ms-Persona-coin"><div class="ms-Persona-initials ms-Persona-initials--blue" aria-hidden="true">%s</div></div>'
                       '<div class="ms-Persona-details"><div class="ms-Persona-primaryText">%s</div><div class="ms-Persona-secondaryText">%s</div></div></div>\n'
                       % (initials, E(name), E(role)))
        out.append('</div></div>\n')
    out.append('</div></div>\n')
    out.append(SP_FOOT)
    return "".join(out)


def gold_minutes():
    items, qs, rs = [], [], []
    for num, title, blocks in ITEMS:
        items.append({"number": num, "title": title})
        pending = None
        for b in blocks:
            if b[0] == "q":
                if pending:
                    qs.append(pending)
                g = b[4]
                pending = {"item": num, "kind": g["kind"], "text": g["text"], "asked_by": b[2],
                           "answer": None, "given_by": None, "themes": g["themes"]}
            elif b[0] == "a":
                pending["answer"] = b[3]
                pending["given_by"] = b[1]
                qs.append(pending)
                pending = None
            elif b[0] == "dec":
                if pending:
                    qs.append(pending)
                    pending = None
                g = b[2]
                rs.append({"item": num, "text": g["text"], "outcome": g["outcome"], "themes": g["themes"]})
        if pending:
            qs.append(pending)
    att = [{"name": n, "role": r, "attendance": a} for _, ppl in PEOPLE for n, r, a in ppl]
    return {"document": MIN_NAME, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-10-14",
            "items": items, "questions": qs, "resolutions": rs, "attendees": att}


NEWS_BODY = [
    "Members of the council's Adult Social Care and Health Scrutiny Committee spent a morning last week at the new Community Diagnostic Centre on the former Brookside retail park, six months after it opened its doors to patients.",
    "The visit was arranged so that councillors could see for themselves how the centre works before they receive a formal progress report from Hollinbrook and Dene Integrated Care Board at their October meeting.",
    "Staff showed the group the CT and ultrasound rooms, the phlebotomy bays and the mobile MRI unit parked at the rear of the building. The centre is open from 8am to 8pm, seven days a week, and has carried out more than 31,000 tests since April.",
    "Committee Chair Cllr Helen Marsh said: “It was good to meet the radiographers and healthcare assistants who have made this happen. We heard about the pressure on staffing and the hard work going into training new assistant practitioners, and we will be asking the ICB how that can be sustained.”",
    "Several councillors raised the question of getting to the centre from the eastern villages by public transport, and Healthwatch Hollinbrook, who joined the visit, said they would be gathering patients’ views on the centre over the winter.",
    "Patients are referred to the centre by their GP or hospital team; it is not a walk-in service. You can find out more on the ICB website.",
]


def build_news():
    out = [SP_HEAD.format(title="Scrutiny committee visits new community diagnostic centre")]
    out.append('<div data-sp-feature-tag="PageTitle" class="pageTitle pageTitle--news"><span class="newsLabel">News</span>'
               '<h1 class="ms-font-xxl">Scrutiny committee visits new community diagnostic centre</h1>'
               '<div class="authorByline"><span>Communications Team</span> <span>Published 7 October 2025</span></div></div>\n')
    out.append('<div class="CanvasZone"><div class="CanvasSection CanvasSection-col-lg12">\n')
    out.append('<div class="ControlZone" data-sp-feature-tag="Image"><figure><img src="/sites/news/SiteAssets/cdc-visit.jpg" alt="Councillors with radiography staff outside the Community Diagnostic Centre"><figcaption>Councillors with members of the radiography team at Brookside</figcaption></figure></div>\n')
    out.append(rte("\n".join("<p>%s</p>" % E(p) for p in NEWS_BODY), "rte-01"))
    out.append('<div class="ControlZone" data-sp-feature-tag="Quick links" data-sp-webpart="QuickLinks">\n<h2 class="webPartTitle">Related</h2>\n<ul class="quickLinks-compact">'
               '<li><a href="/sites/democracy/SitePages/ASCH-Minutes-2025-10-14.aspx"><span class="ql-title">Committee meeting, 14 October 2025</span></a></li>'
               '<li><a href="/sites/news"><span class="ql-title">More council news</span></a></li></ul></div>\n')
    out.append('</div></div>\n')
    out.append(SP_FOOT)
    return "".join(out)


def gold_news():
    return {"document": NEWS_NAME, "doc_type": "news",
            "themes": ["workforce", "patient-and-public-input", "governance"]}


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def text_of(h):
    h = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def check():
    ok = True
    for name in (MIN_NAME, NEWS_NAME):
        g = json.load(open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json")))
        src = norm(text_of(open(os.path.join(DOCS, name), encoding="utf-8").read()))
        phrases = [q["text"] for q in g.get("questions", [])] + [q["answer"] for q in g.get("questions", []) if q["answer"]] \
            + [r["text"] for r in g.get("resolutions", [])]
        for p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print("FAIL %s: %r count=%d words=%d" % (name, p, c, n))
        print("%s: %d items, %d questions, %d resolutions, %d attendees, %d phrases" % (
            name, len(g.get("items", [])), len(g.get("questions", [])), len(g.get("resolutions", [])), len(g.get("attendees", [])), len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, body, gold in ((MIN_NAME, build_minutes(), gold_minutes()), (NEWS_NAME, build_news(), gold_news())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", MIN_NAME, NEWS_NAME)


if __name__ == "__main__":
    main()
