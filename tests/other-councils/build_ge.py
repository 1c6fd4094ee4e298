#!/usr/bin/env python3
"""Build the "ge-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ge.py           build documents/ge-* and gold/ge-*.json
        build_ge.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

MIN_NAME = "ge-harrowby-health-wellbeing-scrutiny-2025-03-11.html"
NEWS_NAME = "ge-harrowby-news-faster-hospital-discharge.html"

AMP_HEAD = """<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="https://www.harrowby.gov.uk/{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;animation:none}}</style></noscript>
<style amp-custom>
body{{font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;margin:0}}
.hcc-header{{background:#5b1f69;color:#fff;padding:12px 16px}}
.hcc-header a{{color:#fff}}
main{{padding:0 16px 32px}}
amp-accordion section h3{{background:#efe7f2;border:0;border-bottom:1px solid #c9b6d1;font-size:1.05rem;padding:10px 8px;margin:0}}
amp-accordion section>div{{padding:8px 4px 16px}}
dl dt{{font-weight:bold;margin-top:8px}}
dl dd{{margin:0 0 0 16px}}
.breadcrumb{{font-size:.85rem}}
footer{{background:#2d2d2d;color:#ddd;padding:16px;font-size:.8rem}}
</style>
</head>
<body>
<header class="hcc-header">
<a href="https://www.harrowby.gov.uk/"><amp-img src="/images/harrowby-logo-white.png" width="150" height="40" alt="Harrowby City Council"></amp-img></a>
<nav><a href="/council-and-democracy">Council and democracy</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
</header>
<main>
"""

AMP_FOOT = """</main>
<footer>
<p>&copy; Harrowby City Council, Civic Centre, Quayside Road, Harrowby HB1 2QR</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy and cookies</a> | <a href="{canon}">View the full version of this page</a></p>
</footer>
</body>
</html>
"""


def section(title, body, expanded=False):
    exp = " expanded" if expanded else ""
    return f"<section{exp}>\n<h3>{title}</h3>\n<div>\n{body}\n</div>\n</section>\n"


def minutes_html():
    ld = json.dumps({"@context": "https://schema.org", "@type": "WebPage",
                     "name": "Minutes - Health and Wellbeing Scrutiny Commission - 11 March 2025",
                     "datePublished": "2025-03-20"})
    out = AMP_HEAD.format(title="Minutes: Health and Wellbeing Scrutiny Commission, 11 March 2025 | Harrowby City Council",
                          canon="meetings/hwsc/2025-03-11/minutes", ld=ld)
    out += """<p class="breadcrumb"><a href="/council-and-democracy">Council and democracy</a> &gt; <a href="/meetings">Meetings</a> &gt; <a href="/meetings/hwsc">Health and Wellbeing Scrutiny Commission</a> &gt; Minutes</p>
<h1>Health and Wellbeing Scrutiny Commission</h1>
<h2>Minutes of the meeting held on Tuesday 11 March 2025 at 5.30pm, Committee Room 2, Civic Centre</h2>
<p><i>These minutes are subject to confirmation at the next meeting of the Commission.</i></p>
<amp-accordion animate>
"""
    out += section("Attendance", """<h4>Members</h4>
<ul>
<li>Cllr Rachel Okonjo (Chair)</li>
<li>Cllr Daniel Pryce (Vice-Chair)</li>
<li>Cllr Amina Siddiq</li>
<li>Cllr Tom Hartwell</li>
<li>Cllr Helen Marsh</li>
<li>Cllr Peter Quinlan (substitute for Cllr Joanne Elsworth)</li>
</ul>
<h4>Officers</h4>
<ul>
<li>Martin Gale &ndash; Strategic Director of Adult Social Care and Health Integration</li>
<li>Dr Priya Raman &ndash; Director of Public Health</li>
<li>Sarah Whitcombe &ndash; Head of Commissioning and Contract Management (Care and Support)</li>
<li>Lucy Ferris &ndash; Scrutiny Policy Officer</li>
<li>Jonathan Keel &ndash; Deputy Chief Operating Officer, Harrowby Teaching Hospitals NHS Foundation Trust (for item 4)</li>
<li>Angela Moss &ndash; Associate Director, Children and Young People&rsquo;s Mental Health, NHS Northvale Integrated Care Board (for item 7)</li>
</ul>
<h4>Apologies</h4>
<ul>
<li>Cllr Joanne Elsworth</li>
<li>Cllr Mark Dunleavy</li>
</ul>""", expanded=True)

    out += section("Item 1: Apologies for absence and substitutions",
        "<p>Apologies were received from Cllr Elsworth and Cllr Dunleavy. Cllr Quinlan attended as substitute for Cllr Elsworth.</p>")
    out += section("Item 2: Declarations of interest",
        "<p>Cllr Marsh declared a non-pecuniary interest in item 4 as a member of her family is employed as a ward nurse by Harrowby Teaching Hospitals NHS Foundation Trust. She remained in the meeting and took part in the discussion.</p>")
    out += section("Item 3: Minutes of the previous meeting",
        "<p><b>Resolved:</b> That the minutes of the meeting held on 28 January 2025 be approved as a correct record and signed by the Chair.</p>")
    out += section("Item 4: Hospital discharge and intermediate care &ndash; winter update", """<p>Mr Keel and the Strategic Director presented a joint report on hospital discharge performance since the winter plan was agreed in October. The report described the new transfer of care hub at Harrowby General Hospital, the additional reablement capacity bought with the discharge fund and the continuing pressure on homecare hours in the north of the city.</p>
<p>Cllr Siddiq asked how many patients on a typical day were medically fit to leave but still occupying an acute bed; in response the Strategic Director confirmed that the figure had averaged 112 patients a day in January, down from 141 a year earlier, although it remained well above the regional benchmark.</p>
<p>Cllr Hartwell asked whether the shortage of homecare hours was now the main cause of delay; in response the Strategic Director confirmed that waits for a package of care at home accounted for roughly four in ten delayed discharges. Cllr Hartwell further asked whether patients were being placed in care homes outside the city because nothing suitable was available locally, and was told that 23 people had been placed out of area since November, all of whom had been offered a review within six weeks.</p>
<dl>
<dt>Question (Cllr Marsh)</dt>
<dd>Were families being given enough notice before a relative was discharged, given the complaints that councillors continued to receive about discharges late on a Friday evening?</dd>
<dt>Response</dt>
<dd>Mr Keel accepted that communication with families had not always been good enough and said the Trust had introduced a discharge checklist requiring a named contact to be telephoned at least 24 hours beforehand.</dd>
</dl>
<p>Cllr Pryce expressed concern that the twelve intermediate care beds at Castlegate Lodge would close in April when the short-term grant ran out. He requested that the Commission be told before the end of March whether recurrent funding had been identified, and the Strategic Director undertook to provide a written update to all members.</p>
<p><b>Resolved:</b> That the Commission (1) notes the progress made in reducing delayed discharges from hospital; and (2) asks the Strategic Director to report back in July on the future of the intermediate care beds at Castlegate Lodge and their funding.</p>""")
    out += section("Item 5: Recommissioning of homecare services", """<p>Ms Whitcombe introduced the report, which proposed replacing the current arrangement of 38 spot-purchased providers with six lead providers, each responsible for a geographic zone of the city, from April 2026. The Executive would take the decision on 15 April 2025.</p>
<p>Cllr Quinlan asked why the council was not considering bringing a proportion of homecare back in-house; in response the Head of Commissioning confirmed that an in-house option had been costed but would require an estimated &pound;3.2 million a year more than the zoned model. Cllr Quinlan said that the Commission should see that options appraisal in full before any recommendation was made to the Executive.</p>
<dl>
<dt>Question (Cllr Siddiq)</dt>
<dd>What guarantee was there that the new contracts would require providers to pay care workers at least the Real Living Wage and to pay them for travel time between visits?</dd>
<dt>Response</dt>
<dd>The Head of Commissioning said that both requirements would be written into the specification and checked through quarterly contract monitoring visits.</dd>
</dl>
<p>Cllr Marsh asked how people receiving care had been given a say in the new model; in response the Head of Commissioning confirmed that 214 people had completed the survey and two co-production workshops had been held with unpaid carers in January.</p>
<p><b>Resolved:</b> That the Executive be recommended to approve the recommissioning of homecare on a zoned lead provider model, subject to the in-house options appraisal being shared with this Commission before the contract award.</p>""")
    out += section("Item 6: Drug and alcohol treatment and recovery service &ndash; performance", """<p>Dr Raman presented the annual performance report for the adult drug and alcohol treatment and recovery service, delivered under contract by Pathways Recovery CIC until March 2027.</p>
<p>Cllr Hartwell asked why the number of people successfully completing alcohol treatment had fallen for three consecutive quarters; in response the Director of Public Health confirmed that the service had lost eleven recovery workers during the year and was relying on agency staff to cover caseloads. Cllr Okonjo queried whether the national grant for drug treatment would continue beyond March 2026, and Dr Raman said that no announcement had yet been made by the Department.</p>
<p><b>Resolved:</b> That the drug and alcohol treatment performance report be noted.</p>""")
    out += section("Item 7: Children and young people&rsquo;s mental health &ndash; waiting times", """<p>Ms Moss gave a presentation on waiting times for the community CAMHS service and for neurodevelopmental assessment across the Northvale area.</p>
<dl>
<dt>Question (Cllr Pryce)</dt>
<dd>How long were children and young people waiting between referral and a first appointment with the community CAMHS team?</dd>
<dt>Response</dt>
<dd>Ms Moss said that the median wait was 19 weeks, but that one in five children waited longer than a year for a neurodevelopmental assessment.</dd>
</dl>
<p>Members expressed concern that schools were being left to support pupils in crisis without specialist advice. Cllr Siddiq asked what support was offered while children were on the waiting list; in response the Associate Director confirmed that a single point of access line staffed by mental health practitioners was open to parents and schools on weekdays.</p>
<p><b>Resolved:</b> That (1) the update be noted; (2) the Chair write to the Chief Executive of NHS Northvale Integrated Care Board seeking a timetable to reduce waits for neurodevelopmental assessment; and (3) the item be added to the work programme for October 2025.</p>""")
    out += section("Item 8: Work programme 2025/26",
        "<p>Ms Ferris presented the draft work programme. There was no discussion.</p>\n<p><b>Resolved:</b> That the work programme for 2025/26 be agreed, with the addition of the items identified earlier in the meeting.</p>")
    out += """</amp-accordion>
<p>The meeting closed at 7.52pm.</p>
<p><i>Chair</i></p>
"""
    out += AMP_FOOT.format(canon="https://www.harrowby.gov.uk/meetings/hwsc/2025-03-11/minutes")
    return out


def news_html():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Councillors call for faster hospital discharge",
                     "datePublished": "2025-03-13T09:00:00Z",
                     "publisher": {"@type": "Organization", "name": "Harrowby City Council"}})
    out = AMP_HEAD.format(title="Councillors call for faster hospital discharge | Harrowby City Council news",
                          canon="news/councillors-call-for-faster-hospital-discharge", ld=ld)
    out += """<p class="breadcrumb"><a href="/news">News</a> &gt; Health and social care</p>
<article>
<h1>Councillors call for faster hospital discharge</h1>
<p><time datetime="2025-03-13">Thursday 13 March 2025</time></p>
<amp-img src="/images/news/harrowby-general-entrance.jpg" width="800" height="450" layout="responsive" alt="The main entrance of Harrowby General Hospital"></amp-img>
<p><b>City councillors have called on the council and the local NHS to go further in getting patients home from hospital once they are well enough to leave.</b></p>
<p>At a meeting of the Health and Wellbeing Scrutiny Commission on Tuesday evening, members heard that an average of 112 patients a day were medically fit to leave Harrowby General Hospital in January but were still waiting, most often for a package of care at home.</p>
<p>Cllr Rachel Okonjo, who chairs the commission, said: &ldquo;Things are moving in the right direction, but nobody should be stuck in a hospital bed for days because the support they need at home is not there. We want to see the homecare workforce properly paid and properly supported so that people can get home sooner.&rdquo;</p>
<p>The commission also asked for reassurance about the future of twelve short-stay beds at Castlegate Lodge, which are paid for by a one-off grant due to end in April. Council officers will report back in the summer.</p>
<h2>What happens next</h2>
<p>The council&rsquo;s Executive will consider new homecare arrangements in April. Residents who want to share their experience of leaving hospital can contact Healthwatch Harrowby or email <a href="mailto:scrutiny@harrowby.gov.uk">scrutiny@harrowby.gov.uk</a>.</p>
<p>Media enquiries: Harrowby City Council press office, 01632 960 418.</p>
</article>
"""
    out += AMP_FOOT.format(canon="https://www.harrowby.gov.uk/news/councillors-call-for-faster-hospital-discharge")
    return out


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Commission",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Hospital discharge and intermediate care \u2013 winter update"},
        {"number": "5", "title": "Recommissioning of homecare services"},
        {"number": "6", "title": "Drug and alcohol treatment and recovery service \u2013 performance"},
        {"number": "7", "title": "Children and young people\u2019s mental health \u2013 waiting times"},
        {"number": "8", "title": "Work programme 2025/26"},
    ],
    "questions": [
        q("4", "question", "how many patients on a typical day were medically fit to leave",
          "Cllr Siddiq", "the figure had averaged 112 patients a day in January",
          "the Strategic Director", ["adult-social-care"]),
        q("4", "question", "whether the shortage of homecare hours was now the main cause of delay",
          "Cllr Hartwell", "waits for a package of care at home accounted for roughly four in ten",
          "the Strategic Director", ["adult-social-care"]),
        q("4", "question", "whether patients were being placed in care homes outside the city",
          "Cllr Hartwell", "23 people had been placed out of area since November",
          None, ["adult-social-care"]),
        q("4", "question", "Were families being given enough notice before a relative was discharged",
          "Cllr Marsh", "the Trust had introduced a discharge checklist requiring a named contact",
          "Mr Keel", ["adult-social-care", "patient-and-public-input"]),
        q("4", "concern", "twelve intermediate care beds at Castlegate Lodge would close in April",
          "Cllr Pryce", None, None, ["adult-social-care", "finance"]),
        q("4", "request", "be told before the end of March whether recurrent funding had been identified",
          "Cllr Pryce", "the Strategic Director undertook to provide a written update to all members",
          "the Strategic Director", ["finance", "adult-social-care"]),
        q("5", "question", "why the council was not considering bringing a proportion of homecare back in-house",
          "Cllr Quinlan", "would require an estimated £3.2 million a year more than the zoned model",
          "the Head of Commissioning", ["privatisation", "finance", "adult-social-care", "subcontracting"]),
        q("5", "request", "the Commission should see that options appraisal in full",
          "Cllr Quinlan", None, None, ["subcontracting", "governance", "adult-social-care"]),
        q("5", "question", "require providers to pay care workers at least the Real Living Wage",
          "Cllr Siddiq", "both requirements would be written into the specification and checked",
          "The Head of Commissioning", ["workforce", "subcontracting", "adult-social-care"]),
        q("5", "question", "how people receiving care had been given a say in the new model",
          "Cllr Marsh", "214 people had completed the survey and two co-production workshops",
          "the Head of Commissioning", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        q("6", "question", "why the number of people successfully completing alcohol treatment had fallen",
          "Cllr Hartwell", "the service had lost eleven recovery workers during the year",
          "the Director of Public Health", ["public-health", "workforce"]),
        q("6", "question", "whether the national grant for drug treatment would continue beyond March 2026",
          "Cllr Okonjo", "Dr Raman said that no announcement had yet been made",
          "Dr Raman", ["public-health", "finance"]),
        q("7", "question", "How long were children and young people waiting between referral and a first appointment",
          "Cllr Pryce", "the median wait was 19 weeks, but that one in five children",
          "Ms Moss", ["mental-health", "children-and-families"]),
        q("7", "concern", "schools were being left to support pupils in crisis without specialist advice",
          "Members", None, None, ["mental-health", "children-and-families"]),
        q("7", "question", "what support was offered while children were on the waiting list",
          "Cllr Siddiq", "a single point of access line staffed by mental health practitioners",
          "the Associate Director", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 28 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "notes the progress made in reducing delayed discharges from hospital",
         "outcome": "agreed", "themes": ["adult-social-care", "finance"]},
        {"item": "5", "text": "the Executive be recommended to approve the recommissioning of homecare",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "privatisation"]},
        {"item": "6", "text": "That the drug and alcohol treatment performance report be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "7", "text": "seeking a timetable to reduce waits for neurodevelopmental assessment",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "8", "text": "the work programme for 2025/26 be agreed, with the addition",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Cllr Rachel Okonjo", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Daniel Pryce", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Amina Siddiq", "role": None, "attendance": "present"},
        {"name": "Cllr Tom Hartwell", "role": None, "attendance": "present"},
        {"name": "Cllr Helen Marsh", "role": None, "attendance": "present"},
        {"name": "Cllr Peter Quinlan", "role": "substitute for Cllr Joanne Elsworth", "attendance": "present"},
        {"name": "Martin Gale", "role": "Strategic Director of Adult Social Care and Health Integration", "attendance": "in_attendance"},
        {"name": "Dr Priya Raman", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Sarah Whitcombe", "role": "Head of Commissioning and Contract Management (Care and Support)", "attendance": "in_attendance"},
        {"name": "Lucy Ferris", "role": "Scrutiny Policy Officer", "attendance": "in_attendance"},
        {"name": "Jonathan Keel", "role": "Deputy Chief Operating Officer, Harrowby Teaching Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Angela Moss", "role": "Associate Director, Children and Young People\u2019s Mental Health, NHS Northvale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Cllr Joanne Elsworth", "role": None, "attendance": "apologies"},
        {"name": "Cllr Mark Dunleavy", "role": None, "attendance": "apologies"},
    ],
}

NEWS_GOLD = {
    "document": NEWS_NAME,
    "doc_type": "news",
    "themes": ["adult-social-care", "workforce", "finance"],
}

DOCS_GOLD = [(MIN_NAME, minutes_html, MIN_GOLD), (NEWS_NAME, news_html, NEWS_GOLD)]


def visible_text(src):
    src = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<[^>]+>", " ", src)
    return html.unescape(src)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for name, _, gold in DOCS_GOLD:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            text = norm(visible_text(f.read()))
        with open(os.path.join(GOLD, name[:-5] + ".json"), encoding="utf-8") as f:
            if json.load(f) != gold:
                print("gold file out of date:", name); ok = False
        phrases = []
        for r in gold.get("questions", []):
            phrases.append(("question", r["text"]))
            if r["answer"]:
                phrases.append(("answer", r["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            cnt = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", text))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name} {kind}: count={cnt} words={n}: {p}")
        print(f"{name}: {len(gold.get('items', []))} items, {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, {len(gold.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, fn, gold in DOCS_GOLD:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(fn())
        with open(os.path.join(GOLD, name[:-5] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built", len(DOCS_GOLD), "documents")
