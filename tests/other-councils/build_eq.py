#!/usr/bin/env python3
"""Build the "eq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eq.py           build documents/eq-* and gold/eq-*.json
        build_eq.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Haldon Moor Council"
COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
DOC1 = "eq-haldonmoor-hascosc-2025-03-11.html"
DOC2 = "eq-haldonmoor-dph-councillor-update-march-2025.html"

SPAN = 'style=\'font-size:11.0pt;font-family:"Arial",sans-serif\''


def p(text):
    return (f'<p class=MsoNormal style=\'text-align:justify\'><span lang=EN-GB {SPAN}>{text}'
            f'<o:p></o:p></span></p>\n')


def li(n, text, level=1, lfo=1):
    indent = "36.0pt" if level == 1 else "72.0pt"
    return (f'<p class=MsoListParagraph style=\'margin-left:{indent};text-align:justify;text-indent:-18.0pt;'
            f'mso-list:l{lfo - 1} level{level} lfo{lfo}\'><![if !supportLists]><span lang=EN-GB {SPAN}>'
            f'<span style=\'mso-list:Ignore\'>{n}<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f'</span></span></span><![endif]><span lang=EN-GB {SPAN}>{text}<o:p></o:p></span></p>\n')


def b(text):
    return f'<b style=\'mso-bidi-font-weight:normal\'>{text}</b>'


def qa_block(pairs, lfo):
    out = ""
    for i, (q, a) in enumerate(pairs, 1):
        out += li(f"{i}.", q, 1, lfo)
        if a:
            out += li("a.", a, 2, lfo)
    return out


def resolved(clauses, lfo):
    out = p(b("RESOLVED:"))
    if len(clauses) == 1:
        return p(b("RESOLVED:") + " " + clauses[0])
    for i, c in enumerate(clauses, 1):
        out += li(f"{i}.", c, 1, lfo)
    return out


def item(num, title, body):
    return (f'<div class="mgPartMinutes">\n<h2 class="mgSubTitleTxt">{num}.&nbsp;&nbsp;&nbsp;{html.escape(title)}</h2>\n'
            f'<div class="mgWordPara">\n<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\n'
            f'<div class=WordSection1>\n{body}</div>\n</div>\n</div>\n')


# ---------------------------------------------------------------- document 1
Q48 = [
    ("Members asked about the number of urgent deliveries missed since the contractor moved all stock to a single warehouse at Penhallow Trading Estate.",
     "Officers responded that 412 urgent deliveries had missed the 24-hour target during the third quarter, against a contractual tolerance of 150, and that the backlog had been caused partly by driver vacancies."),
    ("Members asked about the financial penalties applied to Calverley Mobility Ltd under the service credit regime in the contract.",
     "Officers responded that service credits totalling &pound;86,400 had been deducted from invoices and a formal performance improvement notice had been issued in January."),
    ("Members asked about whether the Council could bring the equipment service back in-house when the current contract expired in March 2027.",
     "Officers responded that an options appraisal including an in-house model and a joint venture with the ICB would be reported to Cabinet in the autumn."),
    ("Councillor Okafor asked about the collection of equipment no longer needed by residents, noting that hoists and profiling beds were left in homes for months.",
     "Officers responded that a recycling campaign had recovered 1,930 items since November, worth an estimated &pound;310,000, and that collection requests were now tracked weekly."),
]
Q49 = [
    ("Members asked about the Trust&#8217;s continued reliance on agency nurses on the medical wards throughout the winter period.",
     "Officers responded that agency spend had fallen from &pound;2.1 million to &pound;1.4 million in the quarter following a new bank staff incentive scheme."),
    ("Members asked about the number of patients who were medically fit for discharge but remained in hospital awaiting a package of care.",
     "Officers responded that on an average day 87 patients had no criteria to reside, of whom around half were waiting for home care to be arranged."),
    ("Members asked about the effect of closing the staff nursery at Penhallow on the recruitment and retention of nurses with young children.",
     "Officers responded that the nursery had been re-provided at a site two miles away and that no leavers had cited the move in exit interviews."),
    ("Members asked about the support given to international recruits in finding somewhere to live in the district on arrival.",
     "Officers responded that the Trust block-booked 40 flats for up to three months and was discussing key worker housing with the Council."),
]
Q50 = [
    ("Members asked about the proposal to move from 38 framework providers to six zone-based lead providers across the county.",
     "Officers responded that zoning would cut travel time between visits and would allow providers to guarantee contracted hours to care workers."),
    ("Members asked about the hourly rate to be paid to providers and whether it would cover the real living wage.",
     "Officers responded that the proposed minimum rate of &pound;26.40 per hour had been modelled on the real living wage plus paid travel time."),
    ("Members asked about how people receiving home care and their unpaid carers had been consulted on the proposed changes.",
     "Officers responded that 640 survey responses had been received and four drop-in sessions had been held jointly with Healthwatch Haldon Moor."),
    ("Members asked about the risk that smaller local agencies would be shut out of the tender by the larger national companies.",
     "Officers responded that each lot would allow consortium bids and subcontracting arrangements, subject to the same quality checks as lead providers."),
]
Q51 = [
    ("Members asked about the 2.8 per cent uplift to the public health grant and whether it kept pace with rising costs.",
     "Officers responded that most of the uplift would be absorbed by NHS pay awards passed through to commissioned providers of public health services."),
    ("Members asked about any reduction in the stop smoking service budget in view of rising vaping among secondary school pupils.",
     "Officers responded that the stop smoking budget was protected and that the national smoking cessation grant would add a further &pound;412,000."),
]

RES = {
    "47": ["That the minutes of the meeting held on 21 January 2025 be confirmed as a correct record and signed by the Chairman."],
    "48": ["That the contract performance report on the community equipment service be noted.",
           "That the Assistant Director provide monthly performance figures to Members until the improvement notice is lifted.",
           "That the options appraisal be brought to this Committee before it is considered by Cabinet."],
    "49": ["That the workforce and winter pressures update from the Trust be noted.",
           "That the Trust be asked to return in September 2025 with its plan to reduce agency spend further."],
    "50": ["That the Committee supports the proposed zone-based model for the recommissioning of home care.",
           "That Cabinet be recommended to require all lead providers to pay care workers at least the real living wage."],
    "51": ["That the proposed allocation of the public health grant for 2025/26 be noted."],
    "52": ["That the work programme be agreed, subject to adding the community equipment options appraisal in October 2025."],
}


def doc1():
    intro48 = p("The Assistant Director, Commissioning and Market Management introduced the report, which set out the "
                "performance of the integrated community equipment service since Calverley Mobility Ltd took over the contract "
                "in April 2022. Performance had deteriorated sharply in the autumn following the consolidation of two depots, "
                "and the report described the actions taken under the contract to recover the position.")
    intro49 = p("Melanie Boscawen, Chief People Officer, and Simon Keverne, Deputy Chief Operating Officer, Haldon Moor Hospitals "
                "NHS Foundation Trust, presented an update on the Trust&#8217;s workforce position and its performance over the "
                "winter. Bed occupancy had averaged 96 per cent between December and February and the emergency department "
                "had declared OPEL 4 on six occasions.")
    intro50 = p("Ravi Sondhi, Head of Commissioning (Adults), introduced the report on the proposed recommissioning of care at "
                "home services from April 2026, which would be considered by Cabinet on 8 April 2025. The Cabinet Member for "
                "Adult Social Care and Health, Councillor Julia Penrose, was present for this item.")
    intro51 = p("The Director of Public Health presented the proposed allocation of the ring-fenced public health grant of "
                "&pound;31.6 million for 2025/26, noting that final allocations had been confirmed by the Department of Health "
                "and Social Care in February.")

    body = ""
    body += item("45", "Apologies for Absence and Substitute Members",
                 p("Apologies for absence were received from Councillor Hannah Brightwell and Councillor Desmond Aird. "
                   "Councillor Priya Lathwell attended as substitute for Councillor Brightwell."))
    body += item("46", "Declarations of Interest",
                 p("Councillor Marcus Fenwick declared a non-registrable interest in minute 49 as his daughter is employed as a "
                   "staff nurse by Haldon Moor Hospitals NHS Foundation Trust. He remained in the meeting and took part in the discussion."))
    body += item("47", "Minutes of the Previous Meeting", resolved(RES["47"], 1))
    body += item("48", "Community Equipment Service - Contract Performance",
                 intro48 + p("In the discussion that followed:") + qa_block(Q48, 2) + resolved(RES["48"], 3))
    body += item("49", "Haldon Moor Hospitals NHS Foundation Trust - Workforce and Winter Pressures",
                 intro49 + qa_block(Q49, 4) + resolved(RES["49"], 5))
    body += item("50", "Recommissioning of Care at Home Services",
                 intro50 + qa_block(Q50, 6) + resolved(RES["50"], 7))
    body += item("51", "Public Health Grant Allocation 2025/26",
                 intro51 + qa_block(Q51, 8) + resolved(RES["51"], 9))
    body += item("52", "Work Programme and Date of Next Meeting",
                 p("The Democratic Services Officer presented the Committee&#8217;s work programme for 2025/26.")
                 + resolved(RES["52"], 10)
                 + p("The next meeting would be held on Tuesday 13 May 2025 at 10.00 am in the Council Chamber, Moorgate House, Tavistone."))

    att = """<div class="mgAttendance">
<p class="mgSectionTitle"><b>Present:</b></p>
<ul class="mgBulletList">
<li>Councillor Gillian Harcourt (Chairman)</li>
<li>Councillor Tomasz Wren (Vice-Chairman)</li>
<li>Councillor Keith Dunmore</li>
<li>Councillor Marcus Fenwick</li>
<li>Councillor Priya Lathwell (Substitute)</li>
<li>Councillor Sian Maddox</li>
<li>Councillor Adaeze Okafor</li>
<li>Councillor Roland Pettigrew</li>
</ul>
<p class="mgSectionTitle"><b>Apologies:</b></p>
<ul class="mgBulletList">
<li>Councillor Desmond Aird</li>
<li>Councillor Hannah Brightwell</li>
</ul>
<p class="mgSectionTitle"><b>Also Present:</b></p>
<ul class="mgBulletList">
<li>Councillor Julia Penrose (Cabinet Member for Adult Social Care and Health)</li>
<li>Melanie Boscawen (Chief People Officer, Haldon Moor Hospitals NHS Foundation Trust)</li>
<li>Simon Keverne (Deputy Chief Operating Officer, Haldon Moor Hospitals NHS Foundation Trust)</li>
</ul>
<p class="mgSectionTitle"><b>Officers:</b></p>
<ul class="mgBulletList">
<li>Dawn Ellacott (Assistant Director, Commissioning and Market Management)</li>
<li>Ravi Sondhi (Head of Commissioning (Adults))</li>
<li>Dr Frances Quayle (Director of Public Health)</li>
<li>Owen Treloar (Democratic Services Officer)</li>
</ul>
</div>
"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" xml:lang="en-GB" lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Minutes of {COMMITTEE}, Tuesday, 11th March, 2025 10.00 am</title>
<link type="text/css" href="SiteSpecific/ssgeneral.css" rel="stylesheet" />
<style type="text/css">
 p.MsoNormal, li.MsoNormal {{margin:0cm; margin-bottom:6.0pt; font-size:11.0pt; font-family:"Arial",sans-serif;}}
 p.MsoListParagraph {{margin-top:0cm; margin-right:0cm; margin-bottom:6.0pt; margin-left:36.0pt;}}
 .mgSubTitleTxt {{font-size:120%; font-weight:bold;}}
</style>
</head>
<body class="mgPrintMinutes">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Minutes</h1></div>
<p class="mgSubTitle">{COUNCIL}</p>
<table class="mgStatsTable" summary="Meeting details">
<tr><th scope="row">Meeting:</th><td>{COMMITTEE}</td></tr>
<tr><th scope="row">Date:</th><td>Tuesday, 11th March, 2025 10.00 am</td></tr>
<tr><th scope="row">Venue:</th><td>Council Chamber, Moorgate House, Tavistone, TV1 4HQ</td></tr>
<tr><th scope="row">Contact:</th><td>Owen Treloar, Democratic Services Officer</td></tr>
</table>
<h2 class="mgSubTitleTxt">Attendance</h2>
{att}
<div class="mgContent">
{body}
</div>
<p class="mgFooter">The meeting started at 10.00 am and ended at 12.41 pm.</p>
<p class="mgFooter">Chairman ..........................................</p>
<div class="mgFooterWrapper"><p>Haldon Moor Council &#124; Moorgate House &#124; Tavistone &#124; Printed on 20 March 2025</p></div>
</div>
</body>
</html>
"""


def gold1():
    def qs(itemno, pairs, themes):
        rows = []
        for (q, a), th in zip(pairs, themes):
            rows.append({"item": itemno, "kind": th[0], "text": th[1], "asked_by": th[3],
                         "answer": th[2], "given_by": None, "themes": th[4]})
        return rows
    questions = []
    questions += qs("48", Q48, [
        ("question", "number of urgent deliveries missed since the contractor moved all stock",
         "412 urgent deliveries had missed the 24-hour target during the third quarter", None, ["subcontracting", "adult-social-care"]),
        ("question", "financial penalties applied to Calverley Mobility Ltd under the service credit regime",
         "service credits totalling £86,400 had been deducted from invoices", None, ["subcontracting", "finance"]),
        ("question", "whether the Council could bring the equipment service back in-house",
         "an options appraisal including an in-house model and a joint venture", None, ["privatisation", "subcontracting"]),
        ("concern", "the collection of equipment no longer needed by residents, noting that hoists",
         "a recycling campaign had recovered 1,930 items since November", "Councillor Okafor", ["adult-social-care", "subcontracting"]),
    ])
    questions += qs("49", Q49, [
        ("question", "continued reliance on agency nurses on the medical wards throughout the winter",
         "agency spend had fallen from £2.1 million to £1.4 million", None, ["workforce", "finance"]),
        ("question", "patients who were medically fit for discharge but remained in hospital",
         "on an average day 87 patients had no criteria to reside", None, ["adult-social-care", "integration"]),
        ("question", "effect of closing the staff nursery at Penhallow on the recruitment",
         "the nursery had been re-provided at a site two miles away", None, ["workforce"]),
        ("question", "support given to international recruits in finding somewhere to live",
         "the Trust block-booked 40 flats for up to three months", None, ["workforce", "housing"]),
    ])
    questions += qs("50", Q50, [
        ("question", "move from 38 framework providers to six zone-based lead providers",
         "zoning would cut travel time between visits and would allow providers", None, ["subcontracting", "adult-social-care"]),
        ("question", "the hourly rate to be paid to providers and whether it would cover",
         "the proposed minimum rate of £26.40 per hour had been modelled", None, ["finance", "workforce", "adult-social-care"]),
        ("question", "how people receiving home care and their unpaid carers had been consulted",
         "640 survey responses had been received and four drop-in sessions", None, ["patient-and-public-input", "adult-social-care"]),
        ("concern", "risk that smaller local agencies would be shut out of the tender",
         "each lot would allow consortium bids and subcontracting arrangements", None, ["subcontracting", "privatisation"]),
    ])
    questions += qs("51", Q51, [
        ("question", "2.8 per cent uplift to the public health grant and whether",
         "most of the uplift would be absorbed by NHS pay awards", None, ["finance", "public-health"]),
        ("question", "reduction in the stop smoking service budget in view of rising vaping",
         "the stop smoking budget was protected and that the national smoking cessation grant", None, ["public-health", "finance", "children-and-families"]),
    ])
    resolutions = [
        {"item": "47", "text": "minutes of the meeting held on 21 January 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "48", "text": "contract performance report on the community equipment service be noted", "outcome": "agreed",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "49", "text": "workforce and winter pressures update from the Trust be noted", "outcome": "agreed",
         "themes": ["workforce", "finance"]},
        {"item": "50", "text": "supports the proposed zone-based model for the recommissioning of home care", "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "51", "text": "proposed allocation of the public health grant for 2025/26 be noted", "outcome": "noted",
         "themes": ["public-health", "finance"]},
        {"item": "52", "text": "the work programme be agreed, subject to adding the community equipment", "outcome": "agreed",
         "themes": ["governance"]},
    ]
    M, O = "present", "in_attendance"
    attendees = [
        ("Councillor Gillian Harcourt", "Chairman", M), ("Councillor Tomasz Wren", "Vice-Chairman", M),
        ("Councillor Keith Dunmore", None, M), ("Councillor Marcus Fenwick", None, M),
        ("Councillor Priya Lathwell", "Substitute", M), ("Councillor Sian Maddox", None, M),
        ("Councillor Adaeze Okafor", None, M), ("Councillor Roland Pettigrew", None, M),
        ("Councillor Desmond Aird", None, "apologies"), ("Councillor Hannah Brightwell", None, "apologies"),
        ("Councillor Julia Penrose", "Cabinet Member for Adult Social Care and Health", O),
        ("Melanie Boscawen", "Chief People Officer, Haldon Moor Hospitals NHS Foundation Trust", O),
        ("Simon Keverne", "Deputy Chief Operating Officer, Haldon Moor Hospitals NHS Foundation Trust", O),
        ("Dawn Ellacott", "Assistant Director, Commissioning and Market Management", O),
        ("Ravi Sondhi", "Head of Commissioning (Adults)", O),
        ("Dr Frances Quayle", "Director of Public Health", O),
        ("Owen Treloar", "Democratic Services Officer", O),
    ]
    return {
        "document": DOC1, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-03-11",
        "items": [{"number": n, "title": t} for n, t in [
            ("45", "Apologies for Absence and Substitute Members"), ("46", "Declarations of Interest"),
            ("47", "Minutes of the Previous Meeting"), ("48", "Community Equipment Service - Contract Performance"),
            ("49", "Haldon Moor Hospitals NHS Foundation Trust - Workforce and Winter Pressures"),
            ("50", "Recommissioning of Care at Home Services"), ("51", "Public Health Grant Allocation 2025/26"),
            ("52", "Work Programme and Date of Next Meeting")]],
        "questions": questions, "resolutions": resolutions,
        "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in attendees],
    }


# ---------------------------------------------------------------- document 2
def doc2():
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Director of Public Health update for councillors - March 2025</title>
<style>
 body{margin:0;background:#eef1f4;font-family:Helvetica,Arial,sans-serif;color:#222}
 .wrap{max-width:640px;margin:0 auto;background:#fff}
 .masthead{background:#00594f;color:#fff;padding:18px 24px}
 .story{padding:12px 24px;border-bottom:1px solid #dde}
 .story h2{color:#00594f;font-size:19px}
 .keyfacts{background:#f3f7f6;padding:8px 14px;border-left:4px solid #00594f}
 .footer{font-size:12px;color:#666;padding:16px 24px}
</style>
</head>
<body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td>
<div class="wrap">
<div class="preheader" style="display:none">Measles in Tavistone, youth vaping, and our new integrated sexual health service</div>
<div class="masthead">
<p style="margin:0;font-size:13px">Haldon Moor Council &middot; Public Health</p>
<h1 style="margin:4px 0 0">Director of Public Health update for councillors</h1>
<p style="margin:4px 0 0">Issue 27 &middot; March 2025</p>
</div>

<div class="story">
<p>Dear colleagues,</p>
<p>Welcome to this month&rsquo;s update. It has been a busy few weeks for the team, and I want to make sure you
have the facts on three issues that residents may raise with you in your wards. As ever, my door is open if you
would like a briefing for your area. &ndash; <em>Dr Frances Quayle, Director of Public Health</em></p>
</div>

<div class="story" id="measles">
<h2>1. Measles: nine confirmed cases in Tavistone</h2>
<p>The UK Health Security Agency has confirmed nine cases of measles in the Tavistone area since 3 February, seven
of them in children under ten who had not received two doses of the MMR vaccine. Two children were admitted to
Haldon Moor General Hospital and have since been discharged.</p>
<p>Uptake of the second MMR dose at age five is 81.4 per cent across Haldon Moor and below 70 per cent in three
Tavistone wards, well short of the 95 per cent needed to stop the virus spreading. We are running catch-up
vaccination clinics in four primary schools and at the Eastgate family hub on Saturdays throughout March, and GP
practices have been asked to contact every child with a missed dose.</p>
<div class="keyfacts"><p><strong>What you can do:</strong> share our &ldquo;Check the red book&rdquo; posts and
point worried parents to their GP practice or the Saturday clinics.</p></div>
</div>

<div class="story" id="vaping">
<h2>2. Vaping among young people</h2>
<p>Our school health survey, completed by 6,212 pupils in Years 8 and 10 last term, found that 22 per cent of Year
10 pupils now vape at least weekly, up from 14 per cent two years ago. Most say they buy disposable vapes from
local shops or are given them by older friends.</p>
<p>Trading Standards carried out 48 test purchases in January and February and 19 shops sold vapes to under-18s.
Three retailers are now being prosecuted. The team is also producing a lesson pack with secondary schools, written
with the Youth Council, which will be available after Easter. Vapes remain a useful aid for adults who are quitting
smoking, and our stop smoking service will continue to offer them.</p>
</div>

<div class="story" id="sexual-health">
<h2>3. New integrated sexual health contract from 1 April</h2>
<p>Following the procurement exercise approved by Cabinet last July, the new integrated sexual health service will
be delivered from 1 April 2025 by Moorland Community Health CIC, in partnership with Haldon Moor Hospitals NHS
Foundation Trust for specialist HIV care. The contract runs for five years with an option to extend for two, at a
value of &pound;3.9 million a year.</p>
<p>Residents will see a single booking line, online testing kits sent by post, and a new evening clinic in
Bramcombe. Staff at the current provider are transferring to the new service under TUPE. The clinic at Tavistone
Health Centre will remain open throughout the handover.</p>
</div>

<div class="story">
<h2>Dates for your diary</h2>
<ul>
<li>Health and Wellbeing Board &ndash; Thursday 27 March 2025, 2.00 pm</li>
<li>Councillor briefing on the Joint Strategic Needs Assessment &ndash; Wednesday 9 April 2025, 5.30 pm (online)</li>
</ul>
</div>

<div class="footer">
<p>You are receiving this bulletin because you are an elected member of Haldon Moor Council.
Public Health, Moorgate House, Tavistone TV1 4HQ. <a href="#">Unsubscribe</a> &middot; <a href="#">View in browser</a></p>
</div>
</div>
</td></tr></table>
</body>
</html>
"""


def gold2():
    return {"document": DOC2, "doc_type": "news",
            "themes": ["public-health", "children-and-families", "subcontracting", "primary-care"]}


# ---------------------------------------------------------------- check
class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("eq-"):
            continue
        gd = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        t = Text()
        t.feed(open(os.path.join(DOCS, gd["document"]), encoding="utf-8").read())
        text = " " + norm("".join(t.parts)) + " "
        phrases = [q["text"] for q in gd.get("questions", [])] + \
                  [q["answer"] for q in gd.get("questions", []) if q["answer"]] + \
                  [r["text"] for r in gd.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {g}: count={c} words={n}: {ph}")
        print(f"{g}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    for name, content in ((DOC1, doc1()), (DOC2, doc2())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    for name, g in ((DOC1, gold1()), (DOC2, gold2())):
        with open(os.path.join(GOLD, name[:-5] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
