#!/usr/bin/env python3
"""Build the "ob-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ob.py           build documents/ob-* and gold/ob-*.json
        build_ob.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ob-brindlow-health-scrutiny-committee-2025-03-11.txt"
NEWS_NAME = "ob-brindlow-news-damp-and-mould-tenants.html"

WIDTH = 88          # characters on a line of the printed minutes
PAGE_LINES = 50     # lines of text on a printed page, blank lines included

# ---------------------------------------------------------------------------
# The minutes.  "=" blocks are lines kept as printed (headings, attendance table rows),
# other blocks are paragraphs, wrapped to the PDF's line length.
# ---------------------------------------------------------------------------
BLOCKS = [
    "=Public Document Pack",
    "=HEALTH SCRUTINY COMMITTEE\n11/03/2025 at 6.00 pm",
    "",
    "=Present: Councillor Hanif (Chair)\n"
    "Councillors Brierley, Dawson, Ikram, McLaren (Vice-Chair), Shuttleworth and\n"
    "Tattersall",
    "",
    "=Also in Attendance:\n"
    "Councillor Nadia Chowdhury Cabinet Member for Health and Social\n"
    "Care\n"
    "Councillor Peter Lomax Cabinet Member for Housing and Licensing\n"
    "Dr Rachel Whitworth Director of Public Health\n"
    "Mark Eastwood Director of Adult Social Care\n"
    "Joanne Critchley Assistant Director, Strategic Housing\n"
    "Dr Anil Mehra Clinical Director, Brindlow Locality, NHS\n"
    "Rivermoor Integrated Care Board\n"
    "Sue Holroyd Head of Primary Care Commissioning (Dental),\n"
    "NHS Rivermoor Integrated Care Board\n"
    "Karen Ogden Associate Director of Operations, Brindlow Care\n"
    "Organisation\n"
    "Liam Farrar Constitutional Services",
    "",
    "=1 APOLOGIES FOR ABSENCE",
    "Apologies for absence were received from Councillors Dean and Wrigley.",
    "",
    "=2 URGENT BUSINESS",
    "There were no items of urgent business received.",
    "",
    "=3 DECLARATIONS OF INTEREST",
    "Councillor Tattersall declared an other registerable interest in item 8 (Intermediate "
    "Care and Hospital Discharge) by virtue of her employment with Northern Pennine Care NHS "
    "Foundation Trust.",
    "",
    "=4 PUBLIC QUESTION TIME",
    "The Chair advised that one public question had been received. Mr Graham Sutcliffe, a "
    "resident of Thornley Edge, asked: \u201cSince the dental practice on Market Street closed "
    "last summer there is nowhere in Thornley Edge taking on NHS patients. What is the Council "
    "doing to make the ICB replace it, and when will it happen?\u201d",
    "The Chair thanked Mr Sutcliffe for his question and advised that, as item 6 on the "
    "agenda dealt with dental services, a written response would be provided by the "
    "Integrated Care Board following the meeting.",
    "",
    "=5 MINUTES OF PREVIOUS MEETING",
    "RESOLVED that the minutes of the Health Scrutiny Committee meeting held on 14th "
    "January 2025 be approved as a correct record.",
    "",
    "=6 NHS DENTAL SERVICES IN BRINDLOW",
    "Consideration was given to a report of the Head of Primary Care Commissioning (Dental), "
    "NHS Rivermoor Integrated Care Board (ICB), which provided the Committee with an update on "
    "access to NHS dental services in the borough following the Committee\u2019s meeting in "
    "September 2024. The ICB had taken over responsibility for commissioning primary, "
    "secondary and community dental services from NHS England in April 2023. The report set "
    "out the number of practices holding NHS contracts in Brindlow, the units of dental "
    "activity delivered against those commissioned in 2023/24 and in the first three quarters "
    "of 2024/25, the urgent dental care sessions commissioned through the Dental Recovery "
    "Plan and the supervised toothbrushing programme delivered in early years settings in the "
    "east of the borough. The Committee was informed that delivery had improved to 81 per cent "
    "of commissioned activity in 2024/25 compared with 74 per cent in the previous year, but "
    "that two practices, at Royd Moor and Thornley Edge, had handed back their NHS contracts "
    "during the year and that the procurement of replacement provision was under way.",
    "Members sought clarification on how many practices in the borough were currently "
    "accepting new adult NHS patients. It was explained that four of the twenty-six practices "
    "in Brindlow had been accepting new adult patients at the end of February 2025, although "
    "this changed from week to week, and that residents could call the dental helpline to be "
    "directed to the nearest practice with capacity.",
    "A Member asked whether the additional urgent dental care sessions had been fully used. "
    "The Head of Primary Care Commissioning (Dental) advised that 92 per cent of the sessions "
    "commissioned in 2024/25 had been booked, and that the sessions which had gone unused had "
    "mainly been on Saturday afternoons, which would be moved to weekday evenings from April.",
    "Councillor Shuttleworth asked what was being done to recruit and keep dentists in the "
    "borough, given that so many were reducing their NHS work. Dr Mehra explained that the "
    "national contract remained a barrier but that the ICB had introduced a flexible "
    "commissioning scheme which allowed practices to use part of their contract for patients "
    "with high needs, and had funded a golden hello of \u00a320,000 for dentists taking up posts "
    "in the areas with the poorest access, two of which had been filled in Brindlow.",
    "Concerns were expressed that families in the east of the borough were travelling to "
    "practices in Hartsfield and beyond to find a dentist for their children, and that the "
    "number of tooth extractions under general anaesthetic among under-fives remained higher "
    "than the North West average. In response, the Director of Public Health advised that the "
    "supervised toothbrushing programme now reached 62 nurseries and primary schools, and that "
    "a fluoride varnish programme for children in the most deprived wards would begin in the "
    "summer term.",
    "Councillor Brierley commented that the information on the NHS website about which "
    "practices were taking on new patients was often out of date and of little help to "
    "residents.",
    "Responding to a question on the timetable for replacing the practices at Royd Moor and "
    "Thornley Edge, the Head of Primary Care Commissioning (Dental) confirmed that the tender "
    "had closed in February with three bids received, and that a new practice was expected to "
    "open in Thornley Edge by October 2025, with the Royd Moor contract to follow.",
    "=RESOLVED that:",
    "=1. The report be noted.",
    "2. The ICB be asked to provide a ward-level breakdown of the number of adults and "
    "children seen by an NHS dentist in the last 24 months to a future meeting.",
    "3. The written response to Mr Sutcliffe\u2019s question be shared with Members of the "
    "Committee.",
    "",
    "=7 DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024",
    "The Director of Public Health presented her Annual Report for 2024, \u2018Growing Up in "
    "Brindlow\u2019, which this year focused on the health and wellbeing of the borough\u2019s "
    "children and young people. The report highlighted that one in four children in Brindlow "
    "lived in poverty after housing costs, that 24.3 per cent of children in reception were "
    "overweight or obese, rising to 39.8 per cent by year 6, and that hospital admissions for "
    "self-harm among young people aged 10 to 24 had risen for the third year in a row. The "
    "report made eight recommendations to the Council and its partners, including the "
    "extension of the Healthy Start uptake campaign, the development of a whole-school "
    "approach to emotional wellbeing and the restriction of new hot food takeaways within 400 "
    "metres of a school.",
    "Members asked what could be done about the number of shops selling vapes close to "
    "schools. The Director of Public Health explained that the Council\u2019s powers over where "
    "such shops could open were limited, but that Trading Standards had carried out test "
    "purchases at 31 premises in 2024 and had found underage sales at nine, all of which had "
    "been followed up, and that the Tobacco and Vapes Bill would give councils further powers "
    "once it was enacted.",
    "A Member questioned whether the real-terms reduction in the public health grant since "
    "2015 had affected the school nursing service. It was confirmed that the school nursing "
    "service had been protected from savings in 2024/25, but that the grant for 2025/26 had "
    "only been announced in February and the position would be reviewed once the full "
    "allocation was known.",
    "Councillor McLaren welcomed the report\u2019s focus on young people\u2019s mental health and "
    "asked how the Committee could follow up the recommendations. The Director of Public "
    "Health advised that progress would be reported to the Health and Wellbeing Board in "
    "November 2025 and that she would be happy to bring the same update to the Committee.",
    "Councillor Ikram raised the low uptake of the MMR vaccine in the Hollins Cross and "
    "Ashcombe wards, where fewer than 80 per cent of children had received both doses by the "
    "age of five, and asked whether community and faith leaders had been involved in "
    "promoting vaccination. The Committee was informed that the immunisation team had held "
    "six community sessions since October, working with faith leaders and the Brindlow "
    "Council of Mosques, and that uptake in Hollins Cross had risen by four percentage points. "
    "A further campaign would run in the spring alongside the national catch-up programme.",
    "RESOLVED that the Director of Public Health\u2019s Annual Report 2024 be noted.",
    "",
    "=8 INTERMEDIATE CARE AND HOSPITAL DISCHARGE",
    "Councillor Tattersall, having declared an interest, left the meeting during "
    "consideration of this item.",
    "The Committee received a joint presentation from the Director of Adult Social Care and "
    "the Associate Director of Operations, Brindlow Care Organisation, on intermediate care "
    "and hospital discharge over the winter period. The presentation covered the number of "
    "people who were medically fit for discharge but remained in the Royal Brindlow Hospital, "
    "the use of discharge to assess beds, the performance of the reablement service and the "
    "spending of the Better Care Fund discharge allocation. Members were advised that the "
    "average number of patients with no criteria to reside had fallen from 68 in January 2024 "
    "to 51 in January 2025, and that 71 per cent of people leaving the reablement service had "
    "needed no further care after six weeks.",
    "Councillor Dawson sought clarification on why delays had increased in the first two "
    "weeks of January. The Associate Director of Operations explained that the increase had "
    "been caused by a high number of flu admissions among older people, together with "
    "reduced capacity in care homes that had closed to admissions because of outbreaks, and "
    "that the position had recovered by the end of the month.",
    "Concern was expressed about the use of care home beds outside the borough for discharge "
    "to assess, which made it difficult for relatives to visit. The Director of Adult Social "
    "Care acknowledged the concern and advised that 14 additional step-down beds had been "
    "commissioned at Moorside Lodge from April 2025, which would mean that most people could "
    "be discharged to a bed in Brindlow.",
    "A Member asked whether the reablement service had enough staff to meet demand. It was "
    "reported that there were 11 vacant posts in the reablement team out of an establishment "
    "of 86, that a recruitment campaign was under way with Brindlow College, and that agency "
    "staff were not used in the service.",
    "Members requested that future reports include the experience of patients and carers of "
    "the discharge process, and not only performance data.",
    "=RESOLVED that:",
    "=1. The presentation be noted.",
    "2. A further update, including feedback from patients and carers on their experience of "
    "leaving hospital, be brought to the Committee in September 2025.",
    "Councillor Tattersall returned to the meeting.",
    "",
    "=9 DAMP AND MOULD IN RENTED HOMES - HEALTH IMPACTS",
    "Consideration was given to a joint report of the Assistant Director, Strategic Housing "
    "and the Director of Public Health which set out the risks to health from damp and mould "
    "in rented homes, the action taken by the Council and the borough\u2019s social landlords "
    "over the last two years and the preparations for the new requirements on social "
    "landlords under Awaab\u2019s Law, which would come into force for damp and mould hazards "
    "from October 2025. The report noted that 1,164 reports of damp and mould had been "
    "received by the Council\u2019s private sector housing team and the borough\u2019s registered "
    "providers in 2024, and that the Council had agreed a joint protocol with the NHS so that "
    "GPs, health visitors and community nurses could refer the homes of patients with "
    "respiratory conditions directly to the housing team.",
    "Members asked how many private landlords had been served with improvement notices for "
    "damp and mould in the past year. The Assistant Director, Strategic Housing advised that "
    "47 improvement notices had been served in 2024, compared with 19 in 2023, and that two "
    "landlords had been prosecuted and a further six issued with civil penalties.",
    "A Member queried how the Council would make sure that Brindlow Homes, as the largest "
    "social landlord in the borough, was ready for Awaab\u2019s Law. Councillor Lomax, Cabinet "
    "Member for Housing and Licensing, responded that he met the chief executive of Brindlow "
    "Homes every quarter, that the landlord had cleared its backlog of damp and mould cases in "
    "December, and that it had been asked to report its performance against the new "
    "timescales to the Council twice a year.",
    "Concerns were expressed that tenants in private rented homes were reluctant to report "
    "damp for fear of being evicted. It was explained that the Council could serve notices "
    "which prevented a landlord from using a no-fault eviction for six months, and that the "
    "Renters\u2019 Rights Bill would abolish such evictions altogether, but officers accepted "
    "that many tenants were not aware of this protection.",
    "Councillor Dawson asked whether the Council would consider a borough-wide licensing "
    "scheme for private landlords rather than one limited to two wards.",
    "The Committee noted the report and agreed to recommend to Cabinet that the proposed "
    "selective licensing designation for Hollins Cross and Ashcombe be supported, and that "
    "the Council\u2019s housing and public health teams produce a joint information campaign for "
    "tenants before winter 2025.",
    "",
    "=10 RULE 13 AND 14",
    "Consideration was given to a report which informed Members of any decisions taken under "
    "Rule 13 (General Exception) or Rule 14 (Special Urgency) of the Access to Information "
    "Procedure Rules since the last meeting of the Committee. One decision, the award of a "
    "contract for the Brindlow Healthy Weight Service, had been taken under Rule 13 on 20th "
    "February 2025 because of the need to avoid a break in service when the existing contract "
    "ended on 31st March 2025.",
    "RESOLVED that the decision taken under Rule 13 be noted.",
    "",
    "=11 KEY DECISION DOCUMENT",
    "The Committee gave consideration to the Key Decision Document, which set out the key "
    "decisions expected to be taken between 1st April and 31st July 2025.",
    "Members asked when the decision on the recommissioning of the home care framework was "
    "due to be taken, and were advised that it had moved to the Cabinet meeting on 23rd June "
    "2025 to allow for further engagement with providers.",
    "RESOLVED that the Key Decision Document be noted.",
    "",
    "=12 HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2024/25",
    "Consideration was given to the Health Scrutiny Committee Work Programme for 2024/25. "
    "The Chair advised that the last meeting of the municipal year would be held on 8th April "
    "2025 and would consider the Council\u2019s suicide prevention action plan and the ICB\u2019s "
    "proposals for urgent treatment centres.",
    "Councillor Ikram requested that the future of the walk-in centre at Thornley Edge Health "
    "Centre be added to the work programme for 2025/26. The Chair agreed and advised that it "
    "would be discussed at the work programme planning session in June.",
    "=RESOLVED that:",
    "=1. The Health Scrutiny Committee Work Programme 2024/25 be noted.",
    "2. The future of the Thornley Edge walk-in centre and the ward-level dental data "
    "requested under item 6 be included in the draft Work Programme for 2025/26.",
    "",
    "=The meeting started at 6.00 pm and ended at 8.14 pm",
]


def minutes_text() -> str:
    lines = []
    for block in BLOCKS:
        if block == "":
            lines.append("")
        elif block.startswith("="):
            lines.extend(block[1:].split("\n"))
        else:
            lines.extend(textwrap.wrap(block, WIDTH, break_on_hyphens=False))
    # Paginate as the PDF did: the copy keeps each page's footer ("Page N") where the page
    # ended, wherever that falls, then the next page's text straight after it.
    out, page, n = [], 1, 0
    for line in lines:
        if n == 0 and line == "" and out:
            continue                      # a page does not start with a blank line
        out.append(line)
        n += 1
        if n >= PAGE_LINES:
            out.append(f"Page {page}")
            page += 1
            n = 0
    if n:
        out.append("")
        out.append(f"Page {page}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The document that is not minutes: a news story on the council's website.
# ---------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tenants urged to report damp and mould as council steps up action | Brindlow Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/styles/main.css">
</head>
<body class="news-article">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/site/images/brindlow-logo.svg" alt="Brindlow Council"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/bins">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/health">Health and social care</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Go</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; Tenants urged to report damp and mould</nav>
<main id="main">
<article>
<h1>Tenants urged to report damp and mould as council steps up action</h1>
<p class="published">Published: Thursday 20 March 2025</p>
<p class="standfirst">Renters in Brindlow are being urged to report damp and mould in their homes,
as the council steps up action against landlords who fail to put problems right.</p>
<p>The call comes after councillors on the council&rsquo;s Health Scrutiny Committee looked at the
harm damp and mould can do to people&rsquo;s health, particularly young children, older people and
anyone with asthma or other breathing problems.</p>
<p>Last year the council served 47 improvement notices on private landlords over damp and mould,
more than twice as many as the year before. Two landlords were taken to court.</p>
<p>Councillor Peter Lomax, Cabinet Member for Housing and Licensing, said: &ldquo;Nobody should have
to live in a home that is making them or their children ill. If you rent your home and you have
damp or mould that your landlord has not dealt with, please tell us. We will take action, and
the law protects you from being evicted because you have complained.&rdquo;</p>
<p>On Monday the council&rsquo;s Cabinet agreed to consult residents and landlords on a selective
licensing scheme for privately rented homes in Hollins Cross and Ashcombe. Under the scheme,
landlords in the two wards would need a licence for each property they let and would have to
meet standards on repairs and safety.</p>
<h2>Your questions answered</h2>
<h3>What should I do first?</h3>
<p>Tell your landlord or letting agent in writing and keep a copy. Take photos of the damp or
mould and note the date.</p>
<h3>What if my landlord does nothing?</h3>
<p>If you rent from a private landlord, contact the council&rsquo;s private sector housing team on
0161 555 0192 or use our <a href="/housing/report-a-problem">online form</a>. If you rent from
Brindlow Homes or another housing association, use their complaints procedure first.</p>
<h3>Can my landlord evict me for complaining?</h3>
<p>If the council serves a notice on your landlord, they cannot use a &lsquo;no-fault&rsquo;
eviction for six months. Get advice before you leave your home.</p>
<h3>How can I have my say on selective licensing?</h3>
<p>The consultation opens on 7 April 2025 and runs for ten weeks. Details will be on our
<a href="/have-your-say">Have your say</a> page.</p>
<aside class="related">
<h2>Related pages</h2>
<ul>
<li><a href="/housing/damp-and-mould">Damp and mould in your home</a></li>
<li><a href="/housing/private-renting">Renting privately</a></li>
<li><a href="/health/asthma">Living with asthma</a></li>
</ul>
</aside>
</article>
</main>
<footer class="site-footer">
<p>Brindlow Council, Civic Centre, West Street, Brindlow</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Brindlow Council 2025</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


HPCC = "Head of Primary Care Commissioning (Dental)"
DPH = "Director of Public Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "2", "title": "URGENT BUSINESS"},
        {"number": "3", "title": "DECLARATIONS OF INTEREST"},
        {"number": "4", "title": "PUBLIC QUESTION TIME"},
        {"number": "5", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "6", "title": "NHS DENTAL SERVICES IN BRINDLOW"},
        {"number": "7", "title": "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024"},
        {"number": "8", "title": "INTERMEDIATE CARE AND HOSPITAL DISCHARGE"},
        {"number": "9", "title": "DAMP AND MOULD IN RENTED HOMES - HEALTH IMPACTS"},
        {"number": "10", "title": "RULE 13 AND 14"},
        {"number": "11", "title": "KEY DECISION DOCUMENT"},
        {"number": "12", "title": "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        q("4", "question",
          "there is nowhere in Thornley Edge taking on NHS patients",
          "Mr Graham Sutcliffe", None, None,
          ["primary-care", "patient-and-public-input"]),
        q("6", "question",
          "how many practices in the borough were currently accepting new adult NHS patients",
          None,
          "four of the twenty-six practices in Brindlow had been accepting new adult patients",
          None, ["primary-care"]),
        q("6", "question",
          "whether the additional urgent dental care sessions had been fully used",
          None,
          "92 per cent of the sessions commissioned in 2024/25 had been booked",
          HPCC, ["primary-care"]),
        q("6", "question",
          "what was being done to recruit and keep dentists in the borough",
          "Councillor Shuttleworth",
          "the ICB had introduced a flexible commissioning scheme",
          "Dr Mehra", ["primary-care", "workforce"]),
        q("6", "concern",
          "families in the east of the borough were travelling to practices in Hartsfield",
          None,
          "the supervised toothbrushing programme now reached 62 nurseries and primary schools",
          DPH, ["primary-care", "children-and-families", "public-health"]),
        q("6", "comment",
          "the information on the NHS website about which practices were taking on new patients",
          "Councillor Brierley", None, None, ["primary-care"]),
        q("6", "question",
          "the timetable for replacing the practices at Royd Moor and Thornley Edge",
          None,
          "the tender had closed in February with three bids received",
          HPCC, ["primary-care", "subcontracting"]),
        q("7", "question",
          "what could be done about the number of shops selling vapes close to schools",
          None,
          "Trading Standards had carried out test purchases at 31 premises in 2024",
          DPH, ["public-health", "children-and-families"]),
        q("7", "question",
          "the real-terms reduction in the public health grant since 2015",
          None,
          "the school nursing service had been protected from savings in 2024/25",
          None, ["public-health", "finance", "children-and-families"]),
        q("7", "question",
          "asked how the Committee could follow up the recommendations",
          "Councillor McLaren",
          "progress would be reported to the Health and Wellbeing Board in November 2025",
          DPH, ["mental-health", "children-and-families"]),
        q("7", "question",
          "raised the low uptake of the MMR vaccine in the Hollins Cross",
          "Councillor Ikram",
          "the immunisation team had held six community sessions since October",
          None, ["public-health", "children-and-families"]),
        q("8", "question",
          "sought clarification on why delays had increased in the first two weeks of January",
          "Councillor Dawson",
          "caused by a high number of flu admissions among older people",
          "Associate Director of Operations", ["adult-social-care"]),
        q("8", "concern",
          "the use of care home beds outside the borough for discharge to assess",
          None,
          "14 additional step-down beds had been commissioned at Moorside Lodge from April 2025",
          "Director of Adult Social Care", ["adult-social-care"]),
        q("8", "question",
          "whether the reablement service had enough staff to meet demand",
          None,
          "there were 11 vacant posts in the reablement team",
          None, ["adult-social-care", "workforce"]),
        q("8", "request",
          "future reports include the experience of patients and carers of the discharge process",
          None, None, None, ["adult-social-care", "patient-and-public-input"]),
        q("9", "question",
          "how many private landlords had been served with improvement notices for damp and mould",
          None,
          "47 improvement notices had been served in 2024, compared with 19 in 2023",
          "Assistant Director, Strategic Housing", ["housing"]),
        q("9", "question",
          "how the Council would make sure that Brindlow Homes, as the largest social landlord",
          None,
          "he met the chief executive of Brindlow Homes every quarter",
          "Councillor Lomax", ["housing"]),
        q("9", "concern",
          "tenants in private rented homes were reluctant to report damp for fear of being evicted",
          None,
          "prevented a landlord from using a no-fault eviction for six months",
          None, ["housing"]),
        q("9", "question",
          "whether the Council would consider a borough-wide licensing scheme for private landlords",
          "Councillor Dawson", None, None, ["housing"]),
        q("11", "question",
          "when the decision on the recommissioning of the home care framework was due",
          None,
          "it had moved to the Cabinet meeting on 23rd June 2025",
          None, ["adult-social-care", "subcontracting"]),
        q("12", "request",
          "the future of the walk-in centre at Thornley Edge Health Centre be added",
          "Councillor Ikram",
          "it would be discussed at the work programme planning session in June",
          "Chair", ["primary-care"]),
    ],
    "resolutions": [
        r("5", "the minutes of the Health Scrutiny Committee meeting held on 14th January 2025",
          "agreed", []),
        r("6", "adults and children seen by an NHS dentist in the last 24 months",
          "agreed", ["primary-care"]),
        r("7", "RESOLVED that the Director of Public Health's Annual Report 2024 be noted",
          "noted", ["public-health"]),
        r("8", "including feedback from patients and carers on their experience of leaving hospital",
          "agreed", ["adult-social-care", "patient-and-public-input"]),
        r("9", "agreed to recommend to Cabinet that the proposed selective licensing designation",
          "recommended", ["housing"]),
        r("10", "RESOLVED that the decision taken under Rule 13 be noted", "noted", ["governance"]),
        r("11", "RESOLVED that the Key Decision Document be noted", "noted", []),
        r("12", "walk-in centre and the ward-level dental data requested under item 6",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        a("Councillor Hanif", "Chair", "present"),
        a("Councillor Brierley", None, "present"),
        a("Councillor Dawson", None, "present"),
        a("Councillor Ikram", None, "present"),
        a("Councillor McLaren", "Vice-Chair", "present"),
        a("Councillor Shuttleworth", None, "present"),
        a("Councillor Tattersall", None, "present"),
        a("Councillor Nadia Chowdhury", "Cabinet Member for Health and Social Care",
          "in_attendance"),
        a("Councillor Peter Lomax", "Cabinet Member for Housing and Licensing", "in_attendance"),
        a("Dr Rachel Whitworth", "Director of Public Health", "in_attendance"),
        a("Mark Eastwood", "Director of Adult Social Care", "in_attendance"),
        a("Joanne Critchley", "Assistant Director, Strategic Housing", "in_attendance"),
        a("Dr Anil Mehra",
          "Clinical Director, Brindlow Locality, NHS Rivermoor Integrated Care Board",
          "in_attendance"),
        a("Sue Holroyd",
          "Head of Primary Care Commissioning (Dental), NHS Rivermoor Integrated Care Board",
          "in_attendance"),
        a("Karen Ogden", "Associate Director of Operations, Brindlow Care Organisation",
          "in_attendance"),
        a("Liam Farrar", "Constitutional Services", "in_attendance"),
        a("Councillor Dean", None, "apologies"),
        a("Councillor Wrigley", None, "apologies"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_text(), encoding="utf-8", newline="\n")
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {NEWS_NAME} and their gold files")


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norms(s: str):
    """Two readings of 'removing punctuation': dropped, or replaced by a space."""
    s = s.lower()
    dropped = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s)).strip()
    spaced = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()
    return dropped, spaced


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ob-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            bad += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"gold file name {gold_path.name} does not match {doc.name}")
            bad += 1
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print(f"{gold_path.name}: non-minutes gold has extra keys {extra}")
                bad += 1
            continue
        texts = norms(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        items = {i["number"] for i in gold["items"]}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"{doc.name}: row refers to unknown item {row['item']}")
                bad += 1
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {phrase!r}")
                bad += 1
            for text, p in zip(texts, norms(phrase)):
                count = text.count(p)
                if count != 1:
                    print(f"{doc.name}: {kind} phrase found {count} times: {phrase!r}")
                    bad += 1
                    break
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
