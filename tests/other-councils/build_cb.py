#!/usr/bin/env python3
"""Build the "cb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cb.py           build documents/cb-* and gold/cb-*.json
        build_cb.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# Document 1: ModernGov meeting page saved as plain text
# ---------------------------------------------------------------------------
TXT_NAME = "cb-harrowfield-asc-health-osc-2025-03-12.txt"

TXT = """Skip to content
Harrowfield Borough Council
Menu
Search this site
Search
Home > Councillors, democracy and elections > Committees and meetings > Meetings > Adult Social Care and Health Overview and Scrutiny Committee > Meeting

Agenda and minutes
Adult Social Care and Health Overview and Scrutiny Committee - Wednesday, 12th March, 2025 6.30 pm

Venue: Committee Room 2, Harrowfield Civic Centre, Station Parade, Harrowfield HW1 4QT. View directions
Contact: Priya Venkatesh, Democratic Services Officer  Email: democratic.services@harrowfield.gov.uk  Tel: 01632 960418

Media
Webcast for Adult Social Care and Health Overview and Scrutiny Committee - Wednesday, 12th March, 2025 6.30 pm

Items
No.\tItem

1.\tApologies for Absence and Substitutions

Minutes:
Apologies for absence were received from Councillor Denise Okafor and Councillor Martin Lyle. Councillor Hannah Greaves attended as a substitute for Councillor Lyle.

2.\tDeclarations of Interest

Minutes:
Councillor Ruth Abbey declared a non-pecuniary interest in item 5 as a close relative is employed as a care worker by one of the home care providers named in the report. She remained in the meeting and took part in the discussion but not the vote.

3.\tMinutes of the Previous Meeting
PDF 198 KB

Minutes:
Resolved: That the minutes of the meeting held on 22 January 2025 be agreed as a correct record and signed by the Chair.

4.\tPublic Questions
PDF 112 KB

Minutes:
One public question had been received in accordance with the Committee's procedure rules.

Mr Terence Holt asked whether the Council would publish the results of its survey of people receiving home care before the new contracts started. The Cabinet Member for Adult Social Care replied that the headline results would be published on the Council's website by the end of April and that the full survey report would be shared with the Committee.

Resolved: That the public question and the response given be noted.

5.\tHome Care Recommissioning: Outcome of Procurement
PDF 245 KB
Additional documents:
Appendix A - Zone map PDF 310 KB
Appendix B - Equality Impact Assessment PDF 188 KB

Minutes:
The Director of Adult Social Care and Housing introduced the report, which set out the outcome of the procurement of home care services under a new zoned model of twelve lead providers, replacing the framework of thirty-one providers that had operated since 2019.

Members asked how many of the twelve providers awarded contracts were already operating in the borough, and whether the Council had tested their ability to recruit. Officers responded that nine of the twelve were existing providers and that each bidder had been required to submit a workforce plan showing how it would recruit and retain care workers.

In response to a question from Councillor Ruth Abbey about how the new hourly rate had been set, the Director advised that the rate of \u00a324.60 per hour followed an open book exercise with providers and would be uprated each April in line with the National Living Wage.

Councillor Sean Brophy expressed concern that two of the zones had been awarded to a single company backed by private equity, and asked what would happen if that provider failed. The Head of Commissioning and Contracts explained that the contracts contained step-in rights and that a list of reserve providers was kept for each zone.

Members requested that the Committee receive a six-monthly report on contract performance, including missed and late visits and complaints from service users.

Resolved:
(1) That the outcome of the home care procurement be noted.
(2) That a report on home care contract performance, including missed and late visits, be brought to the Committee in September 2025.

6.\tHospital Discharge and Intermediate Care: Winter Update
PDF 402 KB

Minutes:
The Committee received a presentation from the Deputy Chief Operating Officer of Harrowfield and Tenby Hospitals NHS Foundation Trust and the Associate Director of Place, NHS Mid Wessex Integrated Care Board.

Members asked why the number of patients who were medically fit for discharge but still in hospital had risen over the winter. Officers responded that most delays were for people waiting for a care home placement, and that twelve additional step-down beds had been opened at Fernleigh House in January.

In response to a question from Councillor Hannah Greaves on whether the Better Care Fund would continue to pay for the discharge to assess service, the Associate Director of Place advised that the pooled budget for 2025/26 had been agreed in principle but that the ICB was still awaiting its final allocation.

Councillor Kwame Mensah asked about the readmission rate for people discharged with a package of home care. The Deputy Chief Operating Officer said that the rate was fourteen per cent, close to the national average, and that a breakdown by ward would be circulated after the meeting.

Concern was expressed that unpaid carers were not always told when a relative was about to be discharged. The Associate Director of Place undertook to raise this with the Trust's patient experience team and report back.

Decision:
That the winter update on hospital discharge and intermediate care be noted.

7.\tPublic Health Grant 2025/26 and the Stop Smoking Service
PDF 289 KB

Minutes:
The Director of Public Health introduced the report, which set out the allocation of the public health grant for 2025/26 and the performance of the stop smoking service.

Members asked whether the stop smoking service, currently delivered by a community interest company, could be brought back in-house when its contract ended in March 2026. The Director of Public Health responded that an options appraisal would be presented in the summer and would weigh in-house delivery against re-tendering the service.

Councillor Sean Brophy asked how much of the increase in the public health grant had already been committed. Officers responded that \u00a3410,000 of the \u00a31.2 million uplift had been committed to the pay award for contracted NHS staff and to vaping prevention work in schools.

In response to a question from Councillor Kwame Mensah about support for pregnant women who smoked, the Director advised that a specialist midwife jointly funded with the Trust had been in post since November 2024.

Resolved:
(1) That the report be noted.
(2) That the options appraisal for the stop smoking service be submitted to this Committee before any decision is taken by Cabinet.

8.\tWork Programme 2024/25
PDF 150 KB

Minutes:
The Scrutiny Officer presented the work programme for the remainder of the municipal year.

Members requested that an item on dementia diagnosis rates and memory assessment waiting times be added for the June meeting.

Resolved: That the work programme be agreed, subject to the addition of an item on dementia diagnosis rates for June 2025.

Attendance
Councillor Linda Farrow (Chair)
Councillor Sean Brophy (Vice-Chair)
Councillor Ruth Abbey
Councillor Hannah Greaves (Substitute)
Councillor Kwame Mensah
Councillor Peter Whitlock

Apologies
Councillor Denise Okafor
Councillor Martin Lyle

Officers in attendance
Joanna Pryce - Director of Adult Social Care and Housing
Dr Imran Shafiq - Director of Public Health
Colin Radley - Head of Commissioning and Contracts
Owen Tranter - Scrutiny Officer
Priya Venkatesh - Democratic Services Officer

Also in attendance
Councillor Gail Summers - Cabinet Member for Adult Social Care
Sarah Latimer - Deputy Chief Operating Officer, Harrowfield and Tenby Hospitals NHS Foundation Trust
Mark Odell - Associate Director of Place, NHS Mid Wessex Integrated Care Board

Back to top
Subscribe to updates
Contact us
Cookies
Accessibility statement
Privacy notice
Sitemap
\u00a9 2025 Harrowfield Borough Council
"""


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Home Care Recommissioning: Outcome of Procurement"},
        {"number": "6", "title": "Hospital Discharge and Intermediate Care: Winter Update"},
        {"number": "7", "title": "Public Health Grant 2025/26 and the Stop Smoking Service"},
        {"number": "8", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        q("4", "question", "whether the Council would publish the results of its survey of people receiving home care",
          "Mr Terence Holt", "headline results would be published on the Council's website by the end of April",
          "The Cabinet Member for Adult Social Care", ["patient-and-public-input", "adult-social-care"]),
        q("5", "question", "how many of the twelve providers awarded contracts were already operating in the borough",
          "Members", "each bidder had been required to submit a workforce plan", "Officers",
          ["subcontracting", "workforce", "adult-social-care"]),
        q("5", "question", "In response to a question from Councillor Ruth Abbey about how the new hourly rate",
          "Councillor Ruth Abbey", "followed an open book exercise with providers and would be uprated each April",
          "the Director", ["finance", "workforce", "adult-social-care"]),
        q("5", "concern", "two of the zones had been awarded to a single company backed by private equity",
          "Councillor Sean Brophy", "the contracts contained step-in rights and that a list of reserve providers",
          "The Head of Commissioning and Contracts", ["privatisation", "subcontracting", "adult-social-care"]),
        q("5", "request", "receive a six-monthly report on contract performance, including missed and late visits and complaints",
          "Members", None, None, ["subcontracting", "patient-and-public-input", "adult-social-care"]),
        q("6", "question", "why the number of patients who were medically fit for discharge but still in hospital",
          "Members", "most delays were for people waiting for a care home placement", "Officers",
          ["adult-social-care"]),
        q("6", "question", "whether the Better Care Fund would continue to pay for the discharge to assess service",
          "Councillor Hannah Greaves", "pooled budget for 2025/26 had been agreed in principle",
          "the Associate Director of Place", ["integration", "finance", "adult-social-care"]),
        q("6", "question", "asked about the readmission rate for people discharged with a package of home care",
          "Councillor Kwame Mensah", "the rate was fourteen per cent, close to the national average",
          "The Deputy Chief Operating Officer", ["adult-social-care"]),
        q("6", "concern", "unpaid carers were not always told when a relative was about to be discharged",
          None, "undertook to raise this with the Trust's patient experience team and report back",
          "The Associate Director of Place", ["adult-social-care", "patient-and-public-input"]),
        q("7", "question", "could be brought back in-house when its contract ended in March 2026",
          "Members", "would weigh in-house delivery against re-tendering the service", "The Director of Public Health",
          ["privatisation", "subcontracting", "public-health"]),
        q("7", "question", "how much of the increase in the public health grant had already been committed",
          "Councillor Sean Brophy", "committed to the pay award for contracted NHS staff and to vaping prevention work",
          "Officers", ["finance", "public-health"]),
        q("7", "question", "In response to a question from Councillor Kwame Mensah about support for pregnant women",
          "Councillor Kwame Mensah", "a specialist midwife jointly funded with the Trust had been in post",
          "the Director", ["public-health", "workforce"]),
        q("8", "request", "an item on dementia diagnosis rates and memory assessment waiting times be added",
          "Members", None, None, ["mental-health", "governance"]),
    ],
    "resolutions": [
        r("3", "the minutes of the meeting held on 22 January 2025 be agreed", "agreed", []),
        r("4", "That the public question and the response given be noted", "noted", ["patient-and-public-input"]),
        r("5", "a report on home care contract performance, including missed and late visits, be brought",
          "agreed", ["subcontracting", "adult-social-care"]),
        r("6", "That the winter update on hospital discharge and intermediate care be noted", "noted",
          ["adult-social-care"]),
        r("7", "options appraisal for the stop smoking service be submitted to this Committee", "agreed",
          ["public-health", "governance"]),
        r("8", "That the work programme be agreed, subject to the addition of an item", "agreed",
          ["governance", "mental-health"]),
    ],
    "attendees": [
        a("Councillor Linda Farrow", "Chair", "present"),
        a("Councillor Sean Brophy", "Vice-Chair", "present"),
        a("Councillor Ruth Abbey", None, "present"),
        a("Councillor Hannah Greaves", "Substitute", "present"),
        a("Councillor Kwame Mensah", None, "present"),
        a("Councillor Peter Whitlock", None, "present"),
        a("Councillor Denise Okafor", None, "apologies"),
        a("Councillor Martin Lyle", None, "apologies"),
        a("Joanna Pryce", "Director of Adult Social Care and Housing", "in_attendance"),
        a("Dr Imran Shafiq", "Director of Public Health", "in_attendance"),
        a("Colin Radley", "Head of Commissioning and Contracts", "in_attendance"),
        a("Owen Tranter", "Scrutiny Officer", "in_attendance"),
        a("Priya Venkatesh", "Democratic Services Officer", "in_attendance"),
        a("Councillor Gail Summers", "Cabinet Member for Adult Social Care", "in_attendance"),
        a("Sarah Latimer", "Deputy Chief Operating Officer, Harrowfield and Tenby Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Mark Odell", "Associate Director of Place, NHS Mid Wessex Integrated Care Board", "in_attendance"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: London borough Health and Wellbeing Board PDF
# ---------------------------------------------------------------------------
PDF_NAME = "cb-kingsmere-hwb-2025-01-23.pdf"
COUNCIL = "London Borough of Kingsmere"
TITLE = "Health and Wellbeing Board"
DATE_LONG = "Thursday 23 January 2025"

ATTEND = [
    ("Board Members present:", [
        "Councillor Amara Lewis (Chair) \u2013 Cabinet Member for Health, London Borough of Kingsmere",
        "Dr Anna Khan (Vice-Chair) \u2013 ICB Place Director, NHS North Central ICB",
        "Councillor Tom Reilly \u2013 Cabinet Member for Children and Families, London Borough of Kingsmere",
        "Helen Marsh \u2013 Director of Public Health, London Borough of Kingsmere",
        "Robert Agyei \u2013 Corporate Director of Adults and Health, London Borough of Kingsmere",
        "Sunita Rao \u2013 Chief Executive, Healthwatch Kingsmere",
        "Paul Whitaker \u2013 Chief Officer, Kingsmere Voluntary Action",
        "Dr Ciaran Moss \u2013 Medical Director, Kingsmere Community Health NHS Trust",
    ]),
    ("Also present:", [
        "Councillor Jenny Cole \u2013 Chair, Health Scrutiny Committee",
    ]),
    ("Officers:", [
        "Daniel Hughes \u2013 Head of Governance and Committee Services",
        "Leah Okonjo \u2013 Senior Committee Officer",
    ]),
]

# Items: (number, title, [blocks]) ; block kinds: ("p", text), ("pq", asker, question, response),
# ("box", decision, reason)
ITEMS = [
    ("1", "Apologies for Absence", [
        ("p", "Apologies for absence were received from Councillor Mark Fenton (Cabinet Member for Housing) "
              "and Dr Louise Baird (Clinical Director, Kingsmere North Primary Care Network). There were no "
              "substitutions."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Dr Anna Khan declared that she was employed by NHS North Central ICB, a party to the section 75 "
              "agreement considered under item 6. Dr Ciaran Moss declared an interest in item 8 as the Medical "
              "Director of the proposed provider of the school nursing service, and took no part in that item."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 14 November 2024 were considered."),
        ("box", "That the minutes of the meeting held on 14 November 2024 be agreed as a correct record.",
         "To comply with the Board\u2019s procedure rules."),
    ]),
    ("4", "Questions from the Public", [
        ("p", "Two questions had been received from members of the public. The questioners attended and "
              "the Chair read out the responses."),
        ("pq", "Ms Carol Dennehy",
         "Why has the walk-in centre at Brook Road been closed in the evenings without any consultation "
         "with local residents, and will the Board ask the ICB to reverse this decision?",
         "The ICB has advised me that the evening closure is a temporary measure caused by GP vacancies at "
         "the provider, and it has committed to a public engagement exercise before any permanent change is "
         "made. I have asked for the results of that exercise to come to this Board."),
        ("pq", "Mr Vikram Sethi",
         "What proportion of the Council\u2019s contract for community drug and alcohol services is "
         "subcontracted, and how is the lead provider held to account for the performance of its "
         "subcontractors?",
         "About a third of the contract value is subcontracted to two local charities. The lead provider "
         "reports every quarter against performance indicators that include the subcontracted elements, "
         "and officers carry out an annual audit of those arrangements."),
        ("box", "That the questions and the responses be noted.",
         "To record the public questions received."),
    ]),
    ("5", "Joint Local Health and Wellbeing Strategy 2025\u20132030: Outcome of Consultation", [
        ("p", "The Director of Public Health presented the report, which summarised the responses to the "
              "twelve-week consultation on the draft strategy and the changes proposed as a result."),
        ("p", "Councillor Tom Reilly commented that the draft strategy said little about children\u2019s mental "
              "health and asked whether waiting times for CAMHS would be included as a measure; Dr Anna Khan "
              "(ICB Place Director) advised that a CAMHS access measure would be added to the outcomes framework "
              "before the strategy was published. Sunita Rao (Healthwatch Kingsmere) commented that fewer than "
              "300 residents had responded and asked how the Board would hear from groups that rarely took part "
              "in consultations; Helen Marsh (Director of Public Health) advised that a community champions "
              "programme would hold focus groups with Somali, Turkish and Traveller residents during the spring."),
        ("p", "Councillor Jenny Cole asked how the Board would know whether the strategy was narrowing the gap "
              "in life expectancy between the north and south of the borough; the Director of Public Health "
              "advised that ward-level indicators would be reported to the Board every six months."),
        ("box", "That the Joint Local Health and Wellbeing Strategy 2025\u20132030 be approved for publication, "
                "subject to the addition of a CAMHS access measure.",
         "The Board has a statutory duty to prepare a joint local health and wellbeing strategy."),
    ]),
    ("6", "Better Care Fund: Quarter 3 Return and Hospital Discharge", [
        ("p", "The Corporate Director of Adults and Health introduced the Quarter 3 return, which showed "
              "that spending on discharge to assess beds was above plan because of winter pressures."),
        ("p", "Councillor Jenny Cole commented that spending on discharge to assess beds had exceeded the plan "
              "and asked whether the overspend would be met from the pooled budget; Robert Agyei (Corporate "
              "Director of Adults and Health) advised that the overspend of \u00a3640,000 would be shared equally "
              "between the Council and the ICB under the section 75 agreement. Paul Whitaker (Kingsmere Voluntary "
              "Action) asked why the voluntary sector\u2019s hospital-to-home service had been given only a six-month "
              "contract extension; Dr Khan advised that the ICB was reviewing all short-term contracts and would "
              "confirm longer-term funding by the end of March."),
        ("box", "That the Better Care Fund Quarter 3 return be approved for submission to NHS England.",
         "National conditions of the Better Care Fund require the Board to sign off quarterly returns."),
    ]),
    ("7", "Pharmaceutical Needs Assessment 2025: Draft for Consultation", [
        ("p", "Councillor Amara Lewis asked whether the closure of three community pharmacies in the north "
              "of the borough would leave gaps in access; Helen Marsh advised that the draft assessment found "
              "no gap in essential services but had identified a gap in late-evening opening in Northfield ward. "
              "Sunita Rao requested that the consultation be promoted in community languages and through faith "
              "groups; the Director of Public Health agreed that translated summaries would be produced in the "
              "five most widely spoken languages."),
        ("box", "That the draft Pharmaceutical Needs Assessment 2025 be approved for a statutory 60-day "
                "consultation.",
         "The Board is required to publish a revised assessment by 1 October 2025."),
    ]),
    ("8", "Healthy Weight in Children and Recommissioning of the School Nursing Service", [
        ("p", "Dr Ciaran Moss left the meeting for this item. The Director of Public Health presented the "
              "healthy weight action plan and the proposed approach to recommissioning the school nursing "
              "service from September 2025."),
        ("p", "Councillor Tom Reilly asked whether the school nursing service would be put out to tender or "
              "awarded directly to the local NHS community trust; Helen Marsh advised that Cabinet would be asked "
              "in March to approve a direct award under the Provider Selection Regime, with a full review after "
              "three years. Councillor Jenny Cole commented that obesity in reception year children had risen for "
              "the third year running and asked what partners would do differently; Dr Anna Khan (ICB Place "
              "Director) advised that GP practices would begin referring children to a family weight management "
              "programme from April."),
        ("box", "That the Board endorse the approach to recommissioning the school nursing service set out "
                "in the report.",
         "To secure continuity of the school nursing service from September 2025."),
    ]),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-01-23",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4", "question", "walk-in centre at Brook Road been closed in the evenings without any consultation",
          "Ms Carol Dennehy", "committed to a public engagement exercise before any permanent change is made",
          "the Cabinet Member for Health", ["primary-care", "patient-and-public-input", "workforce"]),
        q("4", "question", "community drug and alcohol services is subcontracted, and how is the lead provider held",
          "Mr Vikram Sethi", "About a third of the contract value is subcontracted to two local charities",
          "the Cabinet Member for Health", ["subcontracting", "public-health", "governance"]),
        q("5", "question", "asked whether waiting times for CAMHS would be included as a measure",
          "Councillor Tom Reilly", "a CAMHS access measure would be added to the outcomes framework",
          "Dr Anna Khan (ICB Place Director)", ["mental-health", "children-and-families"]),
        q("5", "question", "asked how the Board would hear from groups that rarely took part",
          "Sunita Rao (Healthwatch Kingsmere)", "community champions programme would hold focus groups with Somali, Turkish and Traveller",
          "Helen Marsh (Director of Public Health)", ["patient-and-public-input", "public-health"]),
        q("5", "question", "strategy was narrowing the gap in life expectancy between the north and south",
          "Councillor Jenny Cole", "ward-level indicators would be reported to the Board every six months",
          "the Director of Public Health", ["public-health"]),
        q("6", "question", "asked whether the overspend would be met from the pooled budget",
          "Councillor Jenny Cole", "would be shared equally between the Council and the ICB under the section 75",
          "Robert Agyei (Corporate Director of Adults and Health)", ["finance", "integration", "adult-social-care"]),
        q("6", "question", "hospital-to-home service had been given only a six-month contract extension",
          "Paul Whitaker (Kingsmere Voluntary Action)", "reviewing all short-term contracts and would confirm longer-term funding",
          "Dr Khan", ["subcontracting", "finance", "adult-social-care"]),
        q("7", "question", "closure of three community pharmacies in the north of the borough would leave gaps",
          "Councillor Amara Lewis", "found no gap in essential services but had identified a gap in late-evening opening",
          "Helen Marsh", ["primary-care"]),
        q("7", "request", "requested that the consultation be promoted in community languages and through faith groups",
          "Sunita Rao", "translated summaries would be produced in the five most widely spoken languages",
          "the Director of Public Health", ["patient-and-public-input", "primary-care"]),
        q("8", "question", "would be put out to tender or awarded directly to the local NHS community trust",
          "Councillor Tom Reilly", "asked in March to approve a direct award under the Provider Selection Regime",
          "Helen Marsh", ["subcontracting", "privatisation", "children-and-families"]),
        q("8", "question", "obesity in reception year children had risen for the third year running",
          "Councillor Jenny Cole", "GP practices would begin referring children to a family weight management programme",
          "Dr Anna Khan (ICB Place Director)", ["public-health", "children-and-families", "primary-care"]),
    ],
    "resolutions": [
        r("3", "minutes of the meeting held on 14 November 2024 be agreed as a correct record", "agreed", []),
        r("4", "That the questions and the responses be noted", "noted", ["patient-and-public-input"]),
        r("5", "Wellbeing Strategy 2025\u20132030 be approved for publication, subject to the addition of a CAMHS",
          "agreed", ["public-health", "mental-health"]),
        r("6", "Better Care Fund Quarter 3 return be approved for submission to NHS England", "agreed",
          ["integration", "finance"]),
        r("7", "draft Pharmaceutical Needs Assessment 2025 be approved for a statutory 60-day", "agreed",
          ["primary-care", "patient-and-public-input"]),
        r("8", "Board endorse the approach to recommissioning the school nursing service", "agreed",
          ["subcontracting", "children-and-families"]),
    ],
    "attendees": [
        a("Councillor Amara Lewis", "Chair", "present"),
        a("Dr Anna Khan", "Vice-Chair; ICB Place Director, NHS North Central ICB", "present"),
        a("Councillor Tom Reilly", "Cabinet Member for Children and Families, London Borough of Kingsmere", "present"),
        a("Helen Marsh", "Director of Public Health, London Borough of Kingsmere", "present"),
        a("Robert Agyei", "Corporate Director of Adults and Health, London Borough of Kingsmere", "present"),
        a("Sunita Rao", "Chief Executive, Healthwatch Kingsmere", "present"),
        a("Paul Whitaker", "Chief Officer, Kingsmere Voluntary Action", "present"),
        a("Dr Ciaran Moss", "Medical Director, Kingsmere Community Health NHS Trust", "present"),
        a("Councillor Jenny Cole", "Chair, Health Scrutiny Committee", "in_attendance"),
        a("Daniel Hughes", "Head of Governance and Committee Services", "in_attendance"),
        a("Leah Okonjo", "Senior Committee Officer", "in_attendance"),
        a("Councillor Mark Fenton", "Cabinet Member for Housing", "apologies"),
        a("Dr Louise Baird", "Clinical Director, Kingsmere North Primary Care Network", "apologies"),
    ],
}


def pdf_source_text():
    out = [COUNCIL, TITLE, "Minutes of the meeting held on " + DATE_LONG + " at 2.00 pm",
           "Council Chamber, Kingsmere Town Hall, High Street, London N27 3AB"]
    for head, names in ATTEND:
        out.append(head)
        out.extend(names)
    for n, t, blocks in ITEMS:
        out.append(n + ". " + t)
        for b in blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "pq":
                out += ["Public question from " + b[1], b[2], "Response from the Cabinet Member for Health:", b[3]]
            else:
                out += ["Decision", "Reason", b[1], b[2]]
    out.append("The meeting ended at 4.05 pm.")
    out.append("Chair")
    return "\n".join(out)


# ----- PDF rendering with justified, hyphenated text -----
VOWELS = set("aeiouy")


def hyphen_points(word):
    """Crude break points: between two consonants or after a vowel followed by consonant+vowel."""
    pts = []
    w = word.lower()
    for i in range(3, len(word) - 2):
        if not (w[i - 1].isalpha() and w[i].isalpha()):
            continue
        if w[i - 1] not in VOWELS and w[i] not in VOWELS and w[i - 2] in VOWELS and w[i + 1] in VOWELS | {"r", "l", "h"}:
            pts.append(i)
        elif w[i - 1] in VOWELS and w[i] not in VOWELS and w[i + 1] in VOWELS and w[i - 2] not in VOWELS:
            pts.append(i)
    return pts


def break_lines(pdf, text, width):
    words = text.split()
    lines, cur = [], []
    sp = pdf.get_string_width(" ")
    while words:
        w = words.pop(0)
        trial = " ".join(cur + [w])
        if pdf.get_string_width(trial) <= width:
            cur.append(w)
            continue
        # try to hyphenate w
        done = False
        if len(w) >= 8 and "-" not in w and cur:
            used = pdf.get_string_width(" ".join(cur)) + sp
            for p in reversed(hyphen_points(w)):
                head = w[:p] + "-"
                if used + pdf.get_string_width(head) <= width:
                    cur.append(head)
                    words.insert(0, w[p:])
                    done = True
                    break
        lines.append(cur)
        cur = [] if done else [w]
    if cur:
        lines.append(cur)
    return [" ".join(l) for l in lines]


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90)
            self.cell(0, 4, COUNCIL + " \u2013 " + TITLE + " \u2013 23 January 2025", align="L")
            self.ln(8)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.cell(0, 4, str(self.page_no()), align="C")

    pdf = P(format="A4")
    pdf.creation_date = datetime(2025, 2, 3, 10, 0, 0, tzinfo=timezone.utc)
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("Minutes - Health and Wellbeing Board - 23 January 2025")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.epw

    def room(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            return True
        return False

    def jline(ln, width, h, justify, fill=False):
        x = pdf.get_x()
        room(h)
        pdf.set_x(x)
        x0, y0 = pdf.get_x(), pdf.get_y()
        if fill:
            pdf.rect(x0, y0, width, h, style="F")
        words = ln.split(" ")
        if not justify or len(words) < 2:
            pdf.cell(width, h, ln, align="L")
        else:
            tw = sum(pdf.get_string_width(w) for w in words)
            gap = (width - tw) / (len(words) - 1)
            x = x0
            for w in words:
                pdf.set_xy(x, y0)
                ww = pdf.get_string_width(w)
                pdf.cell(ww, h, w)
                x += ww + gap
        pdf.set_xy(pdf.l_margin, y0 + h)

    def para(text, size=10, style="", indent=0, fill=False):
        pdf.set_font("DV", style, size)
        lines = break_lines(pdf, text, W - indent - (4 if fill else 0))
        for i, ln in enumerate(lines):
            pdf.set_x(pdf.l_margin + indent)
            last = i == len(lines) - 1
            jline(ln, W - indent, 5, not last)

    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Minutes of the meeting held on " + DATE_LONG + " at 2.00 pm", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Council Chamber, Kingsmere Town Hall, High Street, London N27 3AB", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for head, names in ATTEND:
        pdf.set_font("DV", "B", 10)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        for nm in names:
            para(nm, size=9.5, indent=6)
        pdf.ln(2)
    pdf.ln(2)
    for n, t, blocks in ITEMS:
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.set_font("DV", "B", 11)
        pdf.multi_cell(0, 6, n + ".  " + t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for b in blocks:
            if b[0] == "p":
                para(b[1])
                pdf.ln(2.5)
            elif b[0] == "pq":
                pdf.set_fill_color(228, 232, 238)
                pdf.set_font("DV", "B", 10)
                pdf.cell(W, 6, "  Public question from " + b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "I", 10)
                lines = break_lines(pdf, b[2], W - 6)
                for i, ln in enumerate(lines):
                    room(5)
                    y0 = pdf.get_y()
                    pdf.rect(pdf.l_margin, y0, W, 5, style="F")
                    pdf.set_x(pdf.l_margin + 3)
                    jline(ln, W - 6, 5, i != len(lines) - 1)
                pdf.cell(W, 2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
                pdf.set_font("DV", "B", 10)
                pdf.cell(0, 5, "Response from the Cabinet Member for Health:", new_x="LMARGIN", new_y="NEXT")
                para(b[3])
                pdf.ln(3)
            else:
                pdf.set_font("DV", "", 9.5)
                pdf.set_draw_color(0)
                with pdf.table(col_widths=(60, 40), line_height=5, text_align="LEFT",
                               borders_layout="ALL", first_row_as_headings=True,
                               headings_style=FontFace(emphasis="BOLD", fill_color=(242, 242, 242))) as tb:
                    row = tb.row()
                    row.cell("Decision")
                    row.cell("Reason")
                    row = tb.row()
                    row.cell(b[1])
                    row.cell(b[2])
                pdf.ln(4)
        pdf.ln(2)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "The meeting ended at 4.05 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 6, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check_gold(src, gold):
    ns = " " + norm(src) + " "
    errs = []
    phrases = []
    for qq in gold["questions"]:
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for rr in gold["resolutions"]:
        phrases.append(("resolution", rr["text"]))
    for kind, p in phrases:
        n = len(norm(p).split())
        if not 6 <= n <= 15:
            errs.append(f"{gold['document']}: {kind} phrase has {n} words: {p}")
        c = ns.count(" " + norm(p) + " ")
        if c != 1:
            errs.append(f"{gold['document']}: {kind} phrase occurs {c} times: {p}")
    return errs


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    check = "--check" in sys.argv
    pdf_src = pdf_source_text()
    if not check:
        with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
            f.write(TXT)
        build_pdf(os.path.join(DOCS, PDF_NAME))
        for g in (TXT_GOLD, PDF_GOLD):
            with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w",
                      encoding="utf-8") as f:
                json.dump(g, f, indent=2, ensure_ascii=False)
                f.write("\n")
    errs = check_gold(TXT, TXT_GOLD) + check_gold(pdf_src, PDF_GOLD)
    if check:
        # also check against the text extracted from the PDF (hyphenation joined up)
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as p:
            ext = "\n".join(pg.extract_text() or "" for pg in p.pages)
        ext = re.sub(r"(\w)-\n(\w)", r"\1\2", ext)
        for e in check_gold(ext, PDF_GOLD):
            print("note (extracted PDF text):", e)
    for e in errs:
        print("ERROR:", e)
    print("check", "FAILED" if errs else "passed",
          f"({len(TXT_GOLD['questions']) + len(PDF_GOLD['questions'])} questions, "
          f"{len(TXT_GOLD['resolutions']) + len(PDF_GOLD['resolutions'])} resolutions)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
