#!/usr/bin/env python3
"""Build the "ap-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_ap.py          build documents and gold
       build_ap.py --check  verify gold phrases occur verbatim and uniquely
"""
import datetime
import io
import zipfile
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def norm(s):
    s = s.replace("\u00ad", "").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


# ---------------------------------------------------------------------------
# Document 1: county HOSC, headless-CMS HTML
# ---------------------------------------------------------------------------
HTML_NAME = "ap-northmoor-hosc-2025-06-12.html"

H_ATTEND = [
    # (name, role, badge, group)
    ("Councillor Helen Marsh", "Chairman", "Present", "Members"),
    ("Councillor Peter Allardyce", "Vice-Chairman", "Present", "Members"),
    ("Councillor Ruth Okonjo", "Member", "Present", "Members"),
    ("Councillor Dennis Faulkner", "Member", "Virtual", "Members"),
    ("Councillor Sandra Whitlow", "Member", "Apologies", "Members"),
    ("Councillor Imran Saddiq", "Substitute for Councillor Whitlow", "Present", "Members"),
    ("Councillor Gareth Penrose", "Member", "Apologies", "Members"),
    ("Councillor Alison Trew", "District Council co-opted Member", "Present", "Members"),
    ("Councillor Lionel Gaunt", "Cabinet Member for Adult Social Care and Public Health", "Present", "Also present"),
    ("Dr Fiona Castellan", "Director of Public Health", "Present", "Officers and partners"),
    ("Mark Ellery", "Executive Director of Adults, Health and Integrated Commissioning", "Present", "Officers and partners"),
    ("Jo Haldane", "Chief Delivery Officer, Northmoor and Wexdale Integrated Care Board", "Virtual", "Officers and partners"),
    ("Priya Nandakumar", "Head of Commissioning (Home Care and Reablement)", "Present", "Officers and partners"),
    ("Tom Birchall", "Democratic Services Officer", "Present", "Officers and partners"),
]

H_ITEMS = [
    ("1", "Apologies and Substitutions", [
        "Apologies were received from Councillor Sandra Whitlow and Councillor Gareth Penrose. "
        "Councillor Imran Saddiq attended as substitute for Councillor Whitlow.",
    ], None),
    ("2", "Declarations of Interest", [
        "Councillor Alison Trew declared a non-registrable interest in item 6 as her daughter is "
        "employed by a domiciliary care agency operating in the county. She remained in the meeting "
        "but took no part in the decision on that item.",
    ], None),
    ("3", "Minutes of the Previous Meeting", [],
     "Resolved that the minutes of the meeting held on 13 March 2025 be confirmed as a correct "
     "record and signed by the Chairman."),
    ("4", "Public Speaking", [
        "Mrs Janet Colley addressed the Committee on behalf of the Wexdale Carers' Circle regarding "
        "the proposed recommissioning of home care (item 6). She said that many carers had not been "
        "told until late April that the current arrangements would end, and asked that the Committee "
        "seek assurance that carers would be consulted before any change of provider. The Chairman "
        "thanked Mrs Colley and confirmed that her points would be taken into account under item 6.",
        "Mr Derek Oyelaran addressed the Committee about waiting times at the Wexborough community "
        "mental health hub, describing his son's wait of eleven months for an assessment for "
        "psychological therapy. He questioned whether the transformation programme would reduce "
        "waits in practice, and said that families like his had heard about new teams for three "
        "years without seeing any difference.",
    ], None),
    ("5", "Community Mental Health Transformation \u2013 Progress Report", [
        "Jo Haldane, Chief Delivery Officer, Northmoor and Wexdale Integrated Care Board, introduced "
        "the report, which set out progress in the second year of the transformation programme, "
        "including the opening of two integrated neighbourhood mental health teams in Wexborough and "
        "Castle Fenby.",
        "Asked whether the additional staff funded through the programme had actually been "
        "recruited, the Chief Delivery Officer confirmed that 41 of 56 posts had been filled, with "
        "vacancies concentrated among psychologists and peer support workers. A further query "
        "concerned the use of agency staff; it was explained that agency spend in community mental "
        "health had fallen by 18 per cent over the year but remained above the ICB's target. "
        "Councillor Okonjo questioned why the waiting list for psychological therapies in the south "
        "of the county was longer than in the north, and was told that the south had lost two senior "
        "clinicians to a neighbouring trust and that a recruitment premium was being considered.",
        "Members sought clarification on how patients and carers had been involved in designing the "
        "new neighbourhood teams. The Chief Delivery Officer said that a lived experience panel of "
        "fourteen people had met monthly since September and had shaped the referral criteria. "
        "Responding to the point raised by Mr Oyelaran under the previous item, she acknowledged that "
        "some waits remained unacceptably long and undertook to provide figures by locality. Concern "
        "was expressed that the voluntary sector partners delivering peer support were funded on "
        "one-year grants only; the Executive Director said that the ICB and the Council were working "
        "towards three-year agreements from April 2026.",
    ],
     "Resolved that (1) the progress report be noted; (2) the ICB be requested to provide waiting "
     "times for psychological therapies broken down by locality before the September meeting; and "
     "(3) a further progress report be submitted in March 2026."),
    ("6", "Recommissioning of Home Care Services", [
        "Priya Nandakumar, Head of Commissioning (Home Care and Reablement), presented the report, "
        "which set out the proposed approach to recommissioning home care from April 2026 through a "
        "zoned framework of up to twelve providers, replacing the current arrangement in which three "
        "lead providers sub-contract work to smaller agencies.",
        "Asked whether the Council had considered bringing part of the service back in-house, the "
        "Head of Commissioning confirmed that an options appraisal had examined an in-house "
        "reablement service but concluded that it could not be established within the timescale. "
        "Councillor Allardyce queried how the proposed hourly rate of \u00a324.60 compared with "
        "neighbouring authorities; it was explained that the rate was in the middle of the regional "
        "range and had been tested against an independent cost of care model. A further question "
        "concerned the payment of care workers for travel time, to which the Executive Director "
        "replied that payment for travel time would be a contractual requirement and would be "
        "checked through quarterly open-book audits.",
        "Councillor Saddiq expressed concern that the move from three lead providers to a framework "
        "of twelve could make it harder to monitor quality, and asked how many contract monitoring "
        "officers there would be. The Head of Commissioning said that the quality assurance team "
        "would increase from four to six officers. Councillor Marsh, referring to the points made "
        "by Mrs Colley, requested that carers and people who use home care be consulted on the "
        "service specification before the tender was published. The Cabinet Member for Adult Social "
        "Care and Public Health gave an undertaking that a carers' reference group would review the "
        "draft specification in July.",
    ],
     "Resolved that it be recommended to the Cabinet Member for Adult Social Care and Public Health "
     "that (1) payment for travel time be made a contractual requirement of the new home care "
     "framework; and (2) people who use home care and their carers be consulted on the service "
     "specification before the tender is published."),
    ("7", "Public Health Grant 2025/26 and Stop Smoking Service", [
        "Dr Fiona Castellan, Director of Public Health, introduced the report on the allocation of "
        "the Public Health Grant for 2025/26, which had increased by 5.1 per cent to \u00a338.2 "
        "million, and on the performance of the stop smoking service delivered by Breatheasy "
        "Community Interest Company.",
        "Asked whether any of the grant increase would be used to restore the health visiting posts "
        "reduced in 2023, the Director of Public Health confirmed that \u00a3410,000 had been "
        "allocated to the 0\u201319 service, enough to fund approximately seven posts. A further "
        "query concerned quit rates; it was explained that the four-week quit rate had risen to 58 "
        "per cent but that the number of pregnant smokers setting a quit date remained low. "
        "Councillor Faulkner asked whether the service contract with Breatheasy would be extended "
        "beyond March 2026 and was informed that a one-year extension was proposed while a wider "
        "review of lifestyle services was completed.",
    ],
     "Resolved that the allocation of the Public Health Grant for 2025/26 and the performance of "
     "the stop smoking service be noted."),
    ("8", "Work Programme", [
        "The Committee considered its work programme for 2025/26. Members requested that an item on "
        "access to NHS dentistry be added for the November meeting.",
    ],
     "Resolved that the work programme be agreed, subject to the addition of an item on NHS "
     "dentistry in November."),
]

H_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-06-12",
    "items": [{"number": n, "title": t} for n, t, _, _ in H_ITEMS],
    "questions": [
        {"item": "4", "kind": "request",
         "text": "asked that the Committee seek assurance that carers would be consulted",
         "asked_by": "Mrs Janet Colley",
         "answer": "her points would be taken into account under item 6",
         "given_by": "The Chairman",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "questioned whether the transformation programme would reduce waits in practice",
         "asked_by": "Mr Derek Oyelaran", "answer": None, "given_by": None,
         "themes": ["mental-health"]},
        {"item": "5", "kind": "question",
         "text": "whether the additional staff funded through the programme had actually been recruited",
         "asked_by": None, "answer": "41 of 56 posts had been filled",
         "given_by": "the Chief Delivery Officer", "themes": ["workforce", "mental-health"]},
        {"item": "5", "kind": "question",
         "text": "A further query concerned the use of agency staff",
         "asked_by": None,
         "answer": "agency spend in community mental health had fallen by 18 per cent",
         "given_by": None, "themes": ["workforce", "mental-health", "finance"]},
        {"item": "5", "kind": "question",
         "text": "questioned why the waiting list for psychological therapies in the south",
         "asked_by": "Councillor Okonjo",
         "answer": "the south had lost two senior clinicians to a neighbouring trust",
         "given_by": None, "themes": ["mental-health", "workforce"]},
        {"item": "5", "kind": "question",
         "text": "sought clarification on how patients and carers had been involved",
         "asked_by": "Members",
         "answer": "a lived experience panel of fourteen people had met monthly",
         "given_by": "The Chief Delivery Officer",
         "themes": ["patient-and-public-input", "mental-health"]},
        {"item": "5", "kind": "concern",
         "text": "the voluntary sector partners delivering peer support were funded on one-year grants",
         "asked_by": None,
         "answer": "working towards three-year agreements from April 2026",
         "given_by": "the Executive Director",
         "themes": ["subcontracting", "finance", "mental-health"]},
        {"item": "6", "kind": "question",
         "text": "whether the Council had considered bringing part of the service back in-house",
         "asked_by": None,
         "answer": "an options appraisal had examined an in-house reablement service",
         "given_by": "the Head of Commissioning",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "queried how the proposed hourly rate of \u00a324.60 compared with neighbouring authorities",
         "asked_by": "Councillor Allardyce",
         "answer": "the rate was in the middle of the regional range",
         "given_by": None, "themes": ["finance", "adult-social-care", "subcontracting"]},
        {"item": "6", "kind": "question",
         "text": "A further question concerned the payment of care workers for travel time",
         "asked_by": None,
         "answer": "payment for travel time would be a contractual requirement",
         "given_by": "the Executive Director",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "6", "kind": "concern",
         "text": "expressed concern that the move from three lead providers to a framework",
         "asked_by": "Councillor Saddiq",
         "answer": "the quality assurance team would increase from four to six officers",
         "given_by": "The Head of Commissioning",
         "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "6", "kind": "request",
         "text": "requested that carers and people who use home care be consulted",
         "asked_by": "Councillor Marsh",
         "answer": "a carers' reference group would review the draft specification in July",
         "given_by": "The Cabinet Member for Adult Social Care and Public Health",
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "7", "kind": "question",
         "text": "whether any of the grant increase would be used to restore the health visiting posts",
         "asked_by": None,
         "answer": "\u00a3410,000 had been allocated to the 0\u201319 service",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "finance", "children-and-families", "workforce"]},
        {"item": "7", "kind": "question",
         "text": "A further query concerned quit rates",
         "asked_by": None,
         "answer": "the four-week quit rate had risen to 58 per cent",
         "given_by": None, "themes": ["public-health"]},
        {"item": "7", "kind": "question",
         "text": "asked whether the service contract with Breatheasy would be extended beyond March 2026",
         "asked_by": "Councillor Faulkner",
         "answer": "a one-year extension was proposed while a wider review of lifestyle services",
         "given_by": None, "themes": ["subcontracting", "public-health"]},
        {"item": "8", "kind": "request",
         "text": "requested that an item on access to NHS dentistry be added",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 13 March 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "the ICB be requested to provide waiting times for psychological therapies",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "6", "text": "payment for travel time be made a contractual requirement",
         "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "patient-and-public-input", "workforce"]},
        {"item": "7", "text": "2025/26 and the performance of the stop smoking service be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "8", "text": "the work programme be agreed, subject to the addition of",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [],
}
for name, role, badge, group in H_ATTEND:
    if group == "Members":
        att = "apologies" if badge == "Apologies" else "present"
    else:
        att = "in_attendance"
    H_GOLD["attendees"].append({"name": name, "role": role, "attendance": att})


def build_html():
    e = html.escape
    out = []
    a = out.append
    a('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<title>Health Overview and Scrutiny Committee \u2013 12 June 2025 | Northmoor County Council</title>')
    a('<link rel="stylesheet" href="/_next/static/css/4f1c2a9e0b7d.css">')
    a('<style>.attendance-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}'
      '.badge--apologies{background:#f6d7d7}.badge--virtual{background:#d7e6f6}.badge--present{background:#dff0d8}'
      '.decision{background:#fff6cc;border-left:4px solid #e0b400;padding:8px 12px}</style>')
    a('</head><body><div id="__next"><div class="sc-layout__root css-1k9x0q2">')
    a('<div class="site-header css-8r1bd0"><div class="site-header__brand"><span class="visually-hidden">Northmoor County Council</span>'
      '<div class="logo" aria-hidden="true"></div></div><div class="site-header__nav">'
      '<div class="nav-link">Your council</div><div class="nav-link">Meetings and decisions</div>'
      '<div class="nav-link">Contact us</div></div></div>')
    a('<div class="breadcrumbs css-1q2w3e"><div class="crumb">Home</div><div class="crumb-sep">/</div>'
      '<div class="crumb">Meetings</div><div class="crumb-sep">/</div>'
      '<div class="crumb">Health Overview and Scrutiny Committee</div></div>')
    a('<div class="meeting-page css-7h3k1p"><div class="meeting-page__inner">')
    a('<div class="page-title css-y2m4n1"><span class="page-title__text">Health Overview and Scrutiny Committee</span></div>')
    a('<div class="meeting-meta css-0v7a8s"><div class="meeting-meta__row"><div class="meeting-meta__label">Date</div>'
      '<div class="meeting-meta__value">Thursday, 12 June 2025 10.00 am</div></div>'
      '<div class="meeting-meta__row"><div class="meeting-meta__label">Venue</div>'
      '<div class="meeting-meta__value">Council Chamber, County Hall, Wexborough</div></div>'
      '<div class="meeting-meta__row"><div class="meeting-meta__label">Status</div>'
      '<div class="meeting-meta__value"><span class="pill">Minutes \u2013 approved</span></div></div></div>')
    a('<div class="tabs css-2b4c6d"><div class="tab" role="tab">Agenda</div>'
      '<div class="tab tab--active" role="tab" aria-selected="true">Minutes</div>'
      '<div class="tab" role="tab">Attendance</div><div class="tab" role="tab">Webcast</div></div>')
    a('<div class="section-label css-4x9q1z"><span><b>Attendance</b></span></div>')
    groups = []
    for g in [x[3] for x in H_ATTEND]:
        if g not in groups:
            groups.append(g)
    for g in groups:
        a(f'<div class="attendance-group"><div class="attendance-group__label"><span>{e(g)}</span></div>')
        a('<div class="attendance-grid">')
        for name, role, badge, grp in H_ATTEND:
            if grp != g:
                continue
            a(f'<div class="attendee-card css-3f5g7h"><div class="attendee-card__name">{e(name)}</div>'
              f'<div class="attendee-card__role">{e(role)}</div>'
              f'<div class="badge badge--{badge.lower()}"><span>{badge}</span></div></div>')
        a('</div></div>')
    a('<div class="section-label css-4x9q1z"><span><b>Minutes</b></span></div>')
    a('<div class="minutes-list">')
    for num, title, paras, dec in H_ITEMS:
        a('<div class="minute css-9j8k7l"><div class="minute__header">')
        a(f'<div class="minute-number"><span>{e(num)}</span></div>')
        a(f'<div class="minute-title"><span class="fw-bold"><b>{e(title)}</b></span></div></div>')
        a('<div class="minute__body"><div class="rich-text">')
        if not paras and not dec:
            a('<div class="rt-block">None.</div>')
        for p in paras:
            a(f'<div class="rt-block">{e(p)}</div>')
        if dec:
            a(f'<div class="decision"><div class="decision__label"><span>Decision</span></div>'
              f'<div class="decision__text">{e(dec)}</div></div>')
        a('</div></div></div>')
    a('</div>')
    a('<div class="meeting-footer css-5t6y7u"><div>The meeting ended at 12.47 pm.</div>'
      '<div>Chairman</div></div>')
    a('</div></div>')
    a('<div class="site-footer css-0p9o8i"><div>\u00a9 Northmoor County Council 2025</div>'
      '<div class="footer-links"><div>Accessibility</div><div>Privacy</div><div>Cookies</div></div></div>')
    a('</div></div><script id="__NEXT_DATA__" type="application/json">{"page":"/meetings/[id]","buildId":"x7Qm2"}</script>'
      '</body></html>')
    (DOCS / HTML_NAME).write_text("\n".join(out), encoding="utf-8")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text():
    p = _Text()
    p.feed((DOCS / HTML_NAME).read_text(encoding="utf-8"))
    return " ".join(p.parts)


# ---------------------------------------------------------------------------
# Document 2: London borough sub-committee PDF
# ---------------------------------------------------------------------------
PDF_NAME = "ap-kestwick-health-wellbeing-scrutiny-2025-09-23.pdf"

P_PRESENT = ("Councillor Nadia Rahman (Chair) (Labour), Councillor Owen Castle (Vice-Chair) (Labour), "
             "Councillor Beatrice Lowe (Labour), Councillor Kwame Asante (Labour), Councillor Julian "
             "Fairbrother (Conservative) and Councillor Meera Dutt (Liberal Democrat)")
P_OFFICERS = ("Sarah Quennell (Corporate Director of Adult Social Care and Health), Dr Amos Leyland "
              "(Director of Public Health), Karen Ives (Head of Strategic Commissioning, Adults) and "
              "Daniel Mbeki (Scrutiny and Governance Officer)")
P_ALSO = ("Councillor Theresa Vaughan (Cabinet Member for Adult Social Care) and Lorna Petrie "
          "(Managing Director, North Kestwick Place, Kestwick and Harrow Vale Integrated Care Board)")
P_APOL = "Councillor Stephen Yardley (Conservative)"

# blocks: ("p", text) | ("quote", text) | ("label", text) | ("res", text)
P_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE", [
        ("p", "Apologies for absence were received from Councillor Stephen Yardley. No substitute "
              "Member had been nominated."),
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Meera Dutt declared a non-pecuniary interest in item 6 as a member of Unison, "
              "which represents staff at the Council's day centres. Councillor Kwame Asante declared a "
              "non-pecuniary interest in item 6 as his mother attends the Eastfield day centre. Both "
              "Members remained in the meeting and took part in the discussion."),
    ]),
    ("3", "MINUTES OF THE PREVIOUS MEETING", [
        ("res", "RESOLVED: That the minutes of the meeting held on 8 July 2025 be agreed as a correct "
                "record and signed by the Chair."),
    ]),
    ("4", "QUESTIONS FROM THE PUBLIC", [
        ("p", "The Chair reported that two questions had been received from members of the public in "
              "accordance with the Sub-Committee's procedure rules. Each questioner was present and "
              "read out their question."),
        ("label", "Question from Mr Colin Ashworth"),
        ("quote", "\u201cThe Council\u2019s own figures show that 34 residents have lost their day centre "
                  "place since the Greyfriars Centre closed in March. What assessment has the Cabinet "
                  "Member made of the impact on their unpaid carers, and will the Council publish "
                  "it?\u201d"),
        ("label", "Response from the Cabinet Member for Adult Social Care:"),
        ("p", "\u201cEvery person affected by the closure of the Greyfriars Centre was offered a review of "
              "their care and support plan, and 29 have taken up an alternative day opportunity. A "
              "carers\u2019 impact assessment was completed in June and I will ensure that it is "
              "published on the Council\u2019s website by the end of October.\u201d"),
        ("p", "Mr Ashworth asked a supplementary question about whether the five people without an "
              "alternative place were receiving any support at all. The Cabinet Member replied that "
              "each had a named social worker and that she would write to Mr Ashworth with details of "
              "the support offered."),
        ("label", "Question from Ms Harriet Osei"),
        ("quote", "\u201cCan the Cabinet Member confirm whether the new contract for the Kestwick Community "
                  "Equipment Service will be awarded to a private company, and what safeguards will "
                  "there be if that company fails, as happened to the previous provider in 2022?\u201d"),
        ("label", "Response from the Cabinet Member for Adult Social Care:"),
        ("p", "\u201cThe procurement of the community equipment service is being run jointly with the "
              "Integrated Care Board, and bids have been received from two private companies and one "
              "social enterprise. No decision has yet been made. The contract will require a step-in "
              "plan and a parent company guarantee, and the Council will retain ownership of all "
              "equipment stock.\u201d"),
    ]),
    ("5", "VERBAL UPDATE: URGENT AND EMERGENCY CARE AT NORTHWICK GENERAL HOSPITAL", [
        ("p", "Lorna Petrie, Managing Director, North Kestwick Place, gave a verbal update on urgent and "
              "emergency care at Northwick General Hospital over the summer. Four-hour performance had "
              "reached 74 per cent in August, and the new same-day emergency care unit had opened on 1 "
              "September. There was no written report for this item."),
        ("p", "Councillor Fairbrother asked why ambulance handover delays at Northwick General remained "
              "among the worst in London. Ms Petrie said that handover delays had halved since January "
              "but that the hospital\u2019s bed occupancy, at 96 per cent, left little room to admit "
              "patients from the emergency department. Councillor Lowe raised concerns about patients "
              "with mental health needs waiting more than 24 hours in the emergency department for a "
              "bed. Ms Petrie acknowledged that this remained the most serious risk and said that a "
              "mental health crisis assessment centre would open in Harrow Vale in December. "
              "Councillor Dutt asked whether patients discharged from hospital were waiting for home "
              "care packages; the Corporate Director said that the average wait for a package of care "
              "on discharge was now two days."),
        ("p", "The Chair thanked Ms Petrie for the update."),
    ]),
    ("6", "DAY OPPORTUNITIES: FUTURE DELIVERY MODEL", [
        ("p", "Karen Ives, Head of Strategic Commissioning, Adults, introduced the report, which proposed "
              "that the two remaining in-house day centres at Marlow Road and Eastfield be transferred "
              "to an external provider through a ten-year concession contract, with a projected saving "
              "of \u00a3640,000 a year from 2026/27."),
        ("p", "Councillor Asante asked what consultation had taken place with people who attend the "
              "Marlow Road and Eastfield centres. The Head of Strategic Commissioning said that 112 "
              "attendees and carers had responded to a survey and that most had asked for the centres "
              "to remain open, though not necessarily under Council management. Councillor Castle "
              "questioned the projected saving of \u00a3640,000 a year and asked how much of it "
              "depended on lower pay for staff transferring to a new provider. The Corporate Director "
              "explained that staff would transfer under TUPE on their existing terms and that the "
              "saving came mainly from sharing the buildings with other services. Councillor "
              "Fairbrother commented that the external market for day services in the borough was thin "
              "and that the Council risked receiving a single bid."),
        ("p", "The Chair proposed, and Councillor Castle seconded, that the Sub-Committee recommend to "
              "Cabinet that the Marlow Road and Eastfield day centres remain under in-house management "
              "until a full equality impact assessment has been completed. Upon being put to the vote "
              "the motion was CARRIED, four Members voting in favour and two against."),
        ("res", "RESOLVED: That Cabinet be recommended that the Marlow Road and Eastfield day centres "
                "remain under in-house management until a full equality impact assessment has been "
                "completed and reported to this Sub-Committee."),
    ]),
    ("7", "CARE HOME FEE UPLIFT 2025/26", [
        ("p", "The Head of Strategic Commissioning, Adults, presented the report setting out a proposed "
              "uplift of 4.2 per cent to the fees paid for residential and nursing care placements "
              "from 1 October 2025, backdated to 1 April."),
        ("p", "Councillor Dutt asked how the proposed uplift compared with the increase in the National "
              "Living Wage, and was advised that the National Living Wage had risen by 6.7 per cent but "
              "that providers\u2019 non-staff costs had risen more slowly. Councillor Lowe expressed "
              "concern that two care homes in the borough had asked for \u2018top-up\u2019 payments "
              "from families; the Head of Strategic Commissioning said that third-party top-ups were "
              "only permitted where families had chosen a more expensive home and that both cases were "
              "being investigated."),
        ("p", "Councillor Fairbrother proposed, and Councillor Dutt seconded, that the Sub-Committee "
              "recommend to Cabinet a fee uplift of 5.5 per cent rather than 4.2 per cent. Upon being "
              "put to the vote there were three votes in favour and three against. The Chair used her "
              "casting vote against the motion, which was declared LOST."),
        ("res", "RESOLVED: That the proposed fee uplift of 4.2 per cent for residential and nursing care "
                "be noted, and that the comments of the Sub-Committee be forwarded to Cabinet."),
    ]),
    ("8", "WORK PROGRAMME 2025/26", [
        ("res", "RESOLVED: That the work programme for 2025/26 be agreed, with the addition of a review "
                "of the community equipment service procurement at the January 2026 meeting."),
    ]),
]

P_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Sub-Committee",
    "meeting_date": "2025-09-23",
    "items": [{"number": n, "title": t} for n, t, _ in P_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "What assessment has the Cabinet Member made of the impact on their unpaid carers",
         "asked_by": "Mr Colin Ashworth",
         "answer": "impact assessment was completed in June and I will ensure",
         "given_by": "the Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "asked a supplementary question about whether the five people without an alternative place",
         "asked_by": "Mr Ashworth",
         "answer": "each had a named social worker and that she would write",
         "given_by": "The Cabinet Member",
         "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "Equipment Service will be awarded to a private company, and what safeguards",
         "asked_by": "Ms Harriet Osei",
         "answer": "The contract will require a step-in plan and a parent company guarantee",
         "given_by": "the Cabinet Member for Adult Social Care",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked why ambulance handover delays at Northwick General remained among the worst",
         "asked_by": "Councillor Fairbrother",
         "answer": "handover delays had halved since January",
         "given_by": "Ms Petrie", "themes": []},
        {"item": "5", "kind": "concern",
         "text": "raised concerns about patients with mental health needs waiting more than 24 hours",
         "asked_by": "Councillor Lowe",
         "answer": "a mental health crisis assessment centre would open in Harrow Vale",
         "given_by": "Ms Petrie", "themes": ["mental-health"]},
        {"item": "5", "kind": "question",
         "text": "asked whether patients discharged from hospital were waiting for home care packages",
         "asked_by": "Councillor Dutt",
         "answer": "the average wait for a package of care on discharge",
         "given_by": "the Corporate Director",
         "themes": ["adult-social-care", "integration"]},
        {"item": "6", "kind": "question",
         "text": "asked what consultation had taken place with people who attend",
         "asked_by": "Councillor Asante",
         "answer": "112 attendees and carers had responded to a survey",
         "given_by": "The Head of Strategic Commissioning",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "questioned the projected saving of \u00a3640,000 a year and asked",
         "asked_by": "Councillor Castle",
         "answer": "staff would transfer under TUPE on their existing terms",
         "given_by": "The Corporate Director",
         "themes": ["finance", "workforce", "privatisation"]},
        {"item": "6", "kind": "comment",
         "text": "the external market for day services in the borough was thin",
         "asked_by": "Councillor Fairbrother", "answer": None, "given_by": None,
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "7", "kind": "question",
         "text": "asked how the proposed uplift compared with the increase in the National Living Wage",
         "asked_by": "Councillor Dutt",
         "answer": "providers' non-staff costs had risen more slowly",
         "given_by": None,
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "7", "kind": "concern",
         "text": "two care homes in the borough had asked for 'top-up' payments from families",
         "asked_by": "Councillor Lowe",
         "answer": "third-party top-ups were only permitted where families had chosen a more expensive home",
         "given_by": "the Head of Strategic Commissioning",
         "themes": ["adult-social-care", "finance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 8 July 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "That Cabinet be recommended that the Marlow Road and Eastfield day centres",
         "outcome": "recommended",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "7", "text": "recommend to Cabinet a fee uplift of 5.5 per cent rather than 4.2 per cent",
         "outcome": "rejected", "themes": ["finance", "adult-social-care"]},
        {"item": "7", "text": "the proposed fee uplift of 4.2 per cent for residential and nursing care",
         "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "8", "text": "a review of the community equipment service procurement at the January 2026 meeting",
         "outcome": "agreed", "themes": ["subcontracting"]},
    ],
    "attendees": [
        {"name": "Councillor Nadia Rahman", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Owen Castle", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Beatrice Lowe", "role": None, "attendance": "present"},
        {"name": "Councillor Kwame Asante", "role": None, "attendance": "present"},
        {"name": "Councillor Julian Fairbrother", "role": None, "attendance": "present"},
        {"name": "Councillor Meera Dutt", "role": None, "attendance": "present"},
        {"name": "Councillor Stephen Yardley", "role": None, "attendance": "apologies"},
        {"name": "Sarah Quennell", "role": "Corporate Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr Amos Leyland", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Karen Ives", "role": "Head of Strategic Commissioning, Adults", "attendance": "in_attendance"},
        {"name": "Daniel Mbeki", "role": "Scrutiny and Governance Officer", "attendance": "in_attendance"},
        {"name": "Councillor Theresa Vaughan", "role": "Cabinet Member for Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Lorna Petrie",
         "role": "Managing Director, North Kestwick Place, Kestwick and Harrow Vale Integrated Care Board",
         "attendance": "in_attendance"},
    ],
}


def soft_hyphenate(text):
    """Insert a soft hyphen into long words so fpdf2 can break them at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        for suf in ("ment", "tion", "sion", "ance", "ence", "ship", "ities", "ity", "ing"):
            if w.endswith(suf) and len(w) - len(suf) >= 5:
                return w[:-len(suf)] + "\u00ad" + w[-len(suf):]
        k = len(w) // 2
        # avoid splitting between two vowels or two consonants awkwardly: prefer after a vowel
        for d in range(0, 3):
            for j in (k + d, k - d):
                if 3 <= j <= len(w) - 3 and w[j - 1] in "aeiou" and w[j] not in "aeiou":
                    return w[:j] + "\u00ad" + w[j:]
        return w[:k] + "\u00ad" + w[k:]
    return re.sub(r"[A-Za-z]+", fix, text)


def pdf_source_strings():
    s = ["London Borough of Kestwick", "Health and Wellbeing Scrutiny Sub-Committee",
         "Minutes of the meeting held on Tuesday 23 September 2025 at 7.00 pm in Committee Room 2, "
         "Kestwick Town Hall",
         "Members present: " + P_PRESENT, "Officers: " + P_OFFICERS, "Also present: " + P_ALSO,
         "Apologies: " + P_APOL]
    for n, t, blocks in P_ITEMS:
        s.append(f"{n}. {t}")
        s += [b[1] for b in blocks]
    return s


def build_pdf():
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Health and Wellbeing Scrutiny Sub-Committee \u2013 23 September 2025",
                      align="L")
            self.ln(3)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(8)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "London Borough of Kestwick", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()}", align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_title("Minutes - Health and Wellbeing Scrutiny Sub-Committee - 23 September 2025")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "London Borough of Kestwick", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Health and Wellbeing Scrutiny Sub-Committee", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held on Tuesday 23 September 2025 at 7.00 pm in "
                   "Committee Room 2, Kestwick Town Hall", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def para(label, text):
        pdf.set_font("DejaVu", "B", 10)
        w = pdf.get_string_width(label + " ")
        pdf.write(5, label + " ")
        pdf.set_font("DejaVu", "", 10)
        pdf.write(5, text)
        pdf.ln(7)

    para("Members present:", P_PRESENT)
    para("Officers:", P_OFFICERS)
    para("Also present:", P_ALSO)
    para("Apologies:", P_APOL)
    pdf.ln(2)

    for n, t, blocks in P_ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(10, 6, f"{n}.")
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for kind, text in blocks:
            if kind == "p":
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(35)
                pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "label":
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(35)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "quote":
                pdf.set_font("DejaVu", "I", 10)
                old = pdf.l_margin
                pdf.set_left_margin(45)
                pdf.set_right_margin(35)
                pdf.set_x(45)
                pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(old)
                pdf.set_right_margin(25)
                pdf.ln(3)
            elif kind == "res":
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(35)
                pdf.multi_cell(0, 5, soft_hyphenate(text), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(35)
    pdf.multi_cell(0, 5, "The meeting closed at 9.12 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_x(35)
    pdf.cell(0, 5, "Chair ..............................................   Date ....................")
    pdf.output(str(DOCS / PDF_NAME))


# ---------------------------------------------------------------------------
# Document 3: call-in request form (DOCX)
# ---------------------------------------------------------------------------
DOCX_NAME = "ap-stanmere-call-in-request-2025-10-14.docx"
DOCX_GOLD = {"document": DOCX_NAME, "doc_type": "other"}


def build_docx():
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Call-in request form"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("STANMERE BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(12)
    p = d.add_paragraph()
    r = p.add_run("REQUEST TO CALL IN AN EXECUTIVE DECISION")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Overview and Scrutiny Procedure Rule 16. This form must be received by the "
                    "Monitoring Officer no later than 5.00 pm on the fifth clear working day after "
                    "publication of the decision notice. Incomplete forms will not be accepted.")

    rows = [
        ("Decision being called in",
         "Award of contract for Supported Living and Outreach Services for Adults with Learning "
         "Disabilities (Lots 1 to 3) to Ashgrove Care Partnership Limited, contract value "
         "\u00a328.7 million over five years with an option to extend for two further years."),
        ("Decision maker", "Cabinet Member for Adult Social Care and Health (Councillor Derek Hume)"),
        ("Decision reference and date of publication", "Record of Executive Decision ED/2025/117, "
                                                        "published 7 October 2025"),
        ("Reasons for call-in",
         "1. The decision was not taken in accordance with the principle of consultation: people "
         "who use supported living services and their families were not consulted on the decision "
         "to award all three lots to a single provider.\n"
         "2. The evaluation gave 70 per cent weight to price and 30 per cent to quality, which is "
         "inconsistent with the Council's Adult Social Care Commissioning Strategy 2024\u201327 "
         "(quality not less than 50 per cent).\n"
         "3. The decision notice does not explain how the risk of provider failure has been assessed, "
         "given that Ashgrove Care Partnership's parent company reported a loss in 2024.\n"
         "4. No information was given on whether staff transferring under TUPE will retain the "
         "Stanmere Care Worker Pay Commitment of \u00a312.95 an hour."),
        ("Outcome sought",
         "That the Adult Social Care and Health Scrutiny Panel considers the decision at a special "
         "meeting and refers it back to the Cabinet Member for reconsideration, with a "
         "recommendation that the award be paused pending consultation with service users and "
         "families and publication of the financial due diligence."),
        ("Signed by Councillors",
         "Councillor Aisha Brennan (Lead signatory)\nCouncillor Frank Odhiambo\n"
         "Councillor Wendy Pargeter"),
        ("Date submitted", "13 October 2025"),
        ("For office use: received by Monitoring Officer",
         "14 October 2025, 09:42 \u2013 valid request (three signatories). Special meeting of the "
         "Adult Social Care and Health Scrutiny Panel to be arranged."),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, val in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        rr = cells[0].paragraphs[0].add_run(label)
        rr.bold = True
        lines = val.split("\n")
        cells[1].text = lines[0]
        for ln in lines[1:]:
            cells[1].add_paragraph(ln)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Return to: Monitoring Officer, Stanmere Borough Council, Civic Offices, "
                  "Station Road, Stanmere. democratic.services@stanmere.gov.example")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / DOCX_NAME).write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data):
    """Re-pack a zip with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
GOLDS = [(H_GOLD, "html"), (P_GOLD, "pdf"), (DOCX_GOLD, "docx")]


def check():
    ok = True
    sources = {HTML_NAME: html_text(), PDF_NAME: " ".join(pdf_source_strings())}
    try:
        import pdfplumber
        with pdfplumber.open(str(DOCS / PDF_NAME)) as pdf:
            n = len(pdf.pages)
        print(f"{PDF_NAME}: {n} pages")
    except Exception as exc:  # pragma: no cover
        print("pdf open failed", exc)
        ok = False
    for g, _ in GOLDS:
        doc = g["document"]
        gold_path = GOLD / (Path(doc).name + ".json")
        gold_path = GOLD / (doc.rsplit(".", 1)[0] + ".json")
        if not gold_path.exists() or json.loads(gold_path.read_text()) != g:
            print("gold file missing or stale:", gold_path)
            ok = False
        if doc not in sources:
            continue
        src = norm(sources[doc])
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            nph = norm(ph)
            wc = len(nph.split())
            c = src.count(nph)
            words = len(ph.split())
            if c != 1 or not (6 <= words <= 15):
                print(f"FAIL {doc} {kind}: count={c} words={words}: {ph}")
                ok = False
        print(f"{doc}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_html()
    build_pdf()
    build_docx()
    for g, _ in GOLDS:
        (GOLD / (g["document"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
