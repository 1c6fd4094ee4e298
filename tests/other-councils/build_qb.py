#!/usr/bin/env python3
"""Build the "qb-" documents of round 222 and their gold annotations.

Usage:  build_qb.py           build documents/qb-* and gold/qb-*.json
        build_qb.py --check   verify every gold phrase occurs once in its document

The council, the joint committee, every person, place, provider and figure are invented.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qb-chalkmere-msc-joint-health-scrutiny-committee-2025-11-07.html"
REPORT_NAME = "qb-chalkmere-msc-icb-financial-position-month-6-report.pdf"

FIXED = dt.datetime(2025, 10, 29, 9, 0, 0, tzinfo=dt.timezone.utc)

COMMITTEE = ("Merriford and North Elden, Swaleton and Chalkmere Joint Health Scrutiny "
             "Committee")
CHALK = "Chalkmere Council"
MNE = "Merriford and North Elden Council"
SWAL = "Swaleton Borough Council"
ICB = "MSC Integrated Care Board"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------

PRESENT = [
    ("Cllr Rosalind Pettigrew", "Chairman", CHALK),
    ("Cllr Hamish Oduya", "Vice-Chairman", MNE),
    ("Cllr Marguerite Fenn", None, CHALK),
    ("Cllr Stuart Hellier", None, CHALK),
    ("Cllr Trevor Lumley", None, SWAL),
    ("Cllr Colin Pargeter", "Substitute", MNE),
    ("Cllr Dilip Raichura", None, SWAL),
    ("Cllr Abigail Tressider", None, SWAL),
    ("Cllr Penny Vardon", None, MNE),
]

ALSO_PRESENT = [
    ("Cllr Elaine Drysdale",
     "Cabinet Member for Adults, Public Health and Communities, Chalkmere Council"),
]

PARTNERS = [
    ("Gemma Strudwick", "Chief Finance Officer, MSC Integrated Care Board"),
    ("Dr Rupert Tallis", "Chief Medical Officer, MSC Integrated Care Board"),
    ("Fiona Merrow", "Director of Community Transformation, MSC Integrated Care Board"),
    ("Laurence Ebbutt", "Managing Director, Calloway Community Health Ltd"),
    ("Sunita Varma",
     "Chief Operating Officer, Royal Merriford Hospital NHS Foundation Trust"),
    ("Clare Devenish", "Chief Executive, Healthwatch Chalkmere"),
]

OFFICERS = [
    ("Kate Halloran", "Consultant in Public Health, Chalkmere Council"),
    ("Martin Yeo", "Director of Public Health, Swaleton Borough Council"),
    ("Ben Tolputt", "Senior Scrutiny Officer, Chalkmere Council"),
    ("Sam Okwuosa", "Scrutiny Officer, Swaleton Borough Council"),
    ("Nadine Forsey", "Scrutiny Officer, Merriford and North Elden Council"),
    ("Harriet Gane", "Democratic Services Officer, Chalkmere Council"),
]

PUBLIC_PARTICIPATION_AGENDA = [
    "The Council welcomes contributions from members of the public.",
    "Statements",
    "Members of the public who wish to make a statement at this meeting on any item on "
    "this agenda should register no later than 10.15am on the day of the meeting. Up to "
    "3 speakers are permitted to speak for up to 3 minutes each on any agenda item. "
    "Please contact the officer named on the front of the agenda for any further "
    "clarification.",
    "Questions",
    "To receive any questions from members of the public or members of the constituent "
    "councils received in accordance with the Committee's procedure rules. Those wishing "
    "to ask questions are required to give notice of any such questions in writing to "
    "the officer named on the front of this agenda no later than 5pm on Friday 31 "
    "October 2025 in order to be guaranteed of a written response. In order to receive "
    "a verbal response, questions must be submitted no later than 5pm on Tuesday 4 "
    "November 2025.",
    "Details of any questions received will be circulated to Committee members prior to "
    "the meeting and made available at the meeting and on the Council's website.",
]

ITEMS = [
    {
        "num": "23",
        "title": "Apologies and Substitutions",
        "agenda": ["To receive any apologies or substitutions for the meeting."],
        "docs": [],
        "minutes": [
            ("p", "Apologies for absence were received from:"),
            ("ul", [
                "Cllr Janet Wreford (Merriford and North Elden Council), who was "
                "substituted by Cllr Colin Pargeter",
                "Cllr Owen Faraday (Swaleton Borough Council)",
                "Dr Naomi Castell, Director of Public Health, Chalkmere Council, who was "
                "represented by Kate Halloran, Consultant in Public Health",
            ]),
        ],
    },
    {
        "num": "24",
        "title": "Minutes of the Previous Meeting",
        "agenda": ["To approve and sign as a correct record the minutes of the meeting "
                   "held on 12 September 2025."],
        "docs": [("Minutes , 12/09/2025", "PDF 231 KB")],
        "minutes": [
            ("p", "The minutes of the meeting held on 12 September 2025 were presented "
                  "for consideration. It was noted that minute 17 incorrectly recorded "
                  "the month for which the update on stroke services had been "
                  "requested."),
            ("p", "On the proposal of Cllr Stuart Hellier, seconded by Cllr Dilip "
                  "Raichura, it was:"),
            ("b", "Resolved:"),
            ("p", "To approve and sign the minutes of the meeting held on 12 September "
                  "2025 as a true and correct record, subject to minute 17 being amended "
                  "to read \u201cMarch 2026\u201d in place of \u201cJanuary 2026\u201d."),
        ],
    },
    {
        "num": "25",
        "title": "Declarations of Interest",
        "agenda": ["To receive any declarations of disclosable interests or "
                   "dispensations granted by the Standards Committee."],
        "docs": [],
        "minutes": [
            ("p", "Cllr Marguerite Fenn declared a non-pecuniary interest in minute 29, "
                  "Integrated Community Care, as a close family member was employed as a "
                  "district nurse by Calloway Community Health Ltd. She stated that she "
                  "would take part in the debate and vote with an open mind."),
        ],
    },
    {
        "num": "26",
        "title": "Chairman's Announcements",
        "agenda": ["To receive any announcements through the Chairman."],
        "docs": [],
        "minutes": [
            ("p", "The Chairman made the following announcements:"),
            ("wordlist", [
                "Cllr Colin Pargeter was welcomed to his first meeting of the Committee.",
                "The MSC Integrated Care Board had written to the three councils to "
                "confirm that the review of minor injuries services at Ridgeway Hospital "
                "would not now report until the spring of 2026. A copy of the letter had "
                "been circulated to members on 24 October 2025.",
                "The Committee's informal visit to the Same Day Emergency Care unit at "
                "Great Swaleton Hospital, originally planned for October, had been "
                "rearranged for 28 November 2025. Members who wished to attend should "
                "let the Senior Scrutiny Officer know.",
            ]),
        ],
    },
    {
        "num": "27",
        "title": "Public Participation",
        "agenda": PUBLIC_PARTICIPATION_AGENDA,
        "docs": [("Agenda Supplement 1 - Public Questions and Responses", "PDF 187 KB")],
        "minutes": [
            ("p", "Written questions had been received from Mr Alan Trewin, of "
                  "Kestlebury, regarding the temporary closure of Beech Ward at "
                  "Kestlebury Community Hospital and the arrangements for patients who "
                  "would previously have been admitted there. The questions, together "
                  "with the written responses of the MSC Integrated Care Board, were "
                  "published in Agenda Supplement 1."),
            ("p", "Mr Trewin attended the meeting and asked a supplementary question as "
                  "to whether the 16 beds on Beech Ward would be replaced elsewhere in the "
                  "north of Chalkmere before the winter. Fiona Merrow, Director of "
                  "Community Transformation, responded that 12 additional virtual ward "
                  "places had been opened in the Kestlebury area from 1 October, and that "
                  "no decision had been taken on the permanent future of the ward, which "
                  "would be the subject of engagement with the local community."),
            ("p", "Mrs Deborah Lisle addressed the Committee on behalf of the Swaleton "
                  "Keep Our NHS Public group in relation to minute 29. Mrs Lisle "
                  "expressed concern that the transfer of community services to a "
                  "private company had taken place without full public consultation, and "
                  "that local people did not know who to complain to when things went "
                  "wrong."),
            ("p", "The Chairman thanked Mrs Lisle for her statement, which would be taken "
                  "into account during the debate on that item."),
        ],
    },
    {
        "num": "28",
        "title": "MSC Integrated Care Board - Financial Position at Month 6 2025/26",
        "agenda": ["To receive a report from the MSC Integrated Care Board on the "
                   "financial position of the NHS in Merriford and North Elden, Swaleton "
                   "and Chalkmere at month 6 of 2025/26."],
        "docs": [("Report - ICB Financial Position Month 6", "PDF 412 KB")],
        "minutes": [
            ("p", "Gemma Strudwick, Chief Finance Officer, MSC Integrated Care Board, "
                  "presented the report on the financial position of the ICB and the "
                  "three acute hospital trusts at month 6 (the end of September 2025). "
                  "The report set out that:"),
            ("ul", [
                "the NHS system had reported a year-to-date deficit of \u00a314.2m "
                "against a planned deficit of \u00a36.8m, with the largest adverse "
                "variances at Great Swaleton Hospital NHS Foundation Trust and in the "
                "ICB's own prescribing budget;",
                "the system had been set an efficiency target of \u00a396.4m for the "
                "year, of which \u00a371.3m of schemes had been identified and "
                "\u00a329.8m delivered by month 6;",
                "deficit support funding of \u00a321m had been received from NHS England "
                "on condition that the system delivered its planned position for the "
                "full year;",
                "spending on agency staff had fallen by 31% compared with the same period "
                "in 2024/25; and",
                "the system continued to forecast that it would meet its plan by 31 March "
                "2026, although the report identified risks of up to \u00a327.5m to that "
                "forecast.",
            ]),
            ("p", "Points made included:"),
            ("ul", [
                "Cllr Trevor Lumley asked what would happen if the system was unable to "
                "deliver its plan by the end of the year. It was explained that the ICB "
                "would be required to agree a recovery plan with NHS England, and that "
                "any overspend would become a first call on the 2026/27 allocation.",
                "Cllr Abigail Tressider expressed concern that the savings were being "
                "achieved by cutting posts, and sought assurance that frontline clinical "
                "staff would be protected. Gemma Strudwick stated that the reduction of "
                "412 whole-time equivalent posts since April related mainly to corporate, "
                "administrative and temporary roles, and that no reductions had been made "
                "to registered nursing establishments on the wards.",
                "Clarification was sought on how much of the \u00a329.8m delivered to date "
                "was non-recurrent. Members were informed that \u00a318.6m had been "
                "delivered through one-off measures, such as the release of provisions "
                "and vacancy controls, which would add to the underlying deficit carried "
                "into 2026/27.",
                "Cllr Hamish Oduya queried the overspend of \u00a33.4m on continuing "
                "healthcare, and asked whether costs were being moved onto the three "
                "councils through disputed care packages. Dr Rupert Tallis, Chief Medical "
                "Officer, explained that eligibility decisions were made in line with the "
                "national framework, and that the number of disputed cases referred to "
                "the joint panel had fallen from 46 to 19 over the past year.",
                "Cllr Dilip Raichura requested that future finance reports show the "
                "position of each of the three acute trusts separately, so that the "
                "Committee could see the pressures at Great Swaleton Hospital. Gemma "
                "Strudwick agreed that this would be included from the next report.",
                "A member commented that the Committee had not seen the risk register "
                "supporting the financial plan, and that it was difficult to judge "
                "whether the forecast was realistic without it.",
            ]),
            ("p", "The Chairman thanked Gemma Strudwick for the report, and it was:"),
            ("b", "Resolved:"),
            ("p", "The Committee:"),
            ("ol", [
                "Noted the financial position of the MSC NHS system at month 6 of "
                "2025/26.",
                "Asked that a breakdown of the non-recurrent savings delivered by each "
                "organisation be circulated to members before the next meeting.",
                "Agreed to receive the draft 2026/27 financial plan at its meeting in "
                "March 2026.",
            ]),
        ],
    },
    {
        "num": "29",
        "title": "Integrated Community Care - Mobilisation of the Lead Provider Contract",
        "agenda": ["To receive an update from the MSC Integrated Care Board and Calloway "
                   "Community Health Ltd on the first six months of the Integrated "
                   "Community Care contract, including the performance of subcontracted "
                   "services."],
        "docs": [("Report - Integrated Community Care Mobilisation", "PDF 688 KB"),
                 ("Appendix 1 - Subcontractor Performance Dashboard", "PDF 241 KB")],
        "minutes": [
            ("p", "Fiona Merrow, Director of Community Transformation, MSC Integrated "
                  "Care Board, and Laurence Ebbutt, Managing Director, Calloway Community "
                  "Health Ltd, gave a presentation on the first six months of the "
                  "Integrated Community Care contract, which had begun on 1 April 2025. "
                  "It was explained that the contract had been awarded for seven years, "
                  "with an option to extend for a further three, and had an annual value "
                  "of \u00a3176m. Calloway Community Health was the lead provider and held "
                  "subcontracts with Harnwood Hospice, the Chalkmere Community Links "
                  "voluntary sector alliance, the three councils' reablement services "
                  "and Wendle Mobility Ltd, which provided the wheelchair service. Around "
                  "2,300 staff had transferred to the new provider."),
            ("p", "Clare Devenish, Chief Executive, Healthwatch Chalkmere, reported that "
                  "Healthwatch had received 57 items of feedback about community nursing "
                  "since April, most of which related to visits that had been missed or "
                  "rearranged at short notice."),
            ("p", "Cllr Penny Vardon asked what proportion of the contract value was paid "
                  "to subcontractors, and how their performance was monitored. Laurence "
                  "Ebbutt explained that around 22% of the annual value was subcontracted, "
                  "and that each subcontractor reported against the same key performance "
                  "indicators as Calloway Community Health, with monthly contract review "
                  "meetings."),
            ("p", "Cllr Stuart Hellier expressed concern that most NHS community services "
                  "in the area were now run by a private company, and asked how the "
                  "provider's profit was controlled. Fiona Merrow stated that the contract "
                  "limited the provider's surplus to 3% of its value, that any surplus "
                  "above that level was shared with the ICB for reinvestment, and that "
                  "the services remained free at the point of use and part of the NHS."),
            ("p", "Concerns were raised about waiting times for the wheelchair service, "
                  "which had risen to 31 weeks since April. Laurence Ebbutt acknowledged "
                  "that performance was not acceptable, and explained that Wendle Mobility "
                  "had inherited a backlog of 640 referrals and that a recovery plan had "
                  "been agreed which would reduce waits to 18 weeks by the end of March "
                  "2026."),
            ("p", "Cllr Colin Pargeter asked whether staff who had transferred under TUPE "
                  "had kept their NHS terms and conditions and access to the NHS Pension "
                  "Scheme. It was confirmed that all transferred staff had retained their "
                  "existing terms and conditions and their membership of the NHS Pension "
                  "Scheme, and that new staff were being offered equivalent terms."),
            ("p", "Cllr Marguerite Fenn asked how patients and carers had been involved in "
                  "designing the new model of care. Fiona Merrow explained that a "
                  "Community Voices panel of 40 patients and carers met every two months, "
                  "and that its members had helped to design the new single point of "
                  "access."),
            ("p", "Cllr Abigail Tressider referred to problems with the patient record "
                  "system in April, when community nurses had been unable to view records "
                  "for nine days, and asked whether these had been fully resolved. "
                  "Laurence Ebbutt confirmed that the system had been stable since May "
                  "and that an independent review of the transfer of records had been "
                  "completed, with its findings reported to the ICB's Quality Committee."),
            ("p", "The Chairman requested that the quarterly contract performance reports "
                  "presented to the ICB Board be shared with the Committee. Fiona Merrow "
                  "agreed to circulate the quarter 2 report once it had been considered "
                  "by the Board in December."),
            ("p", "Cllr Stuart Hellier moved that the Committee write to the MSC "
                  "Integrated Care Board asking that the wheelchair service be brought "
                  "back in-house at the earliest opportunity. The motion was seconded by "
                  "Cllr Abigail Tressider. Upon being put to the vote, the motion was "
                  "lost."),
            ("p", "On the proposal of the Chairman, seconded by Cllr Hamish Oduya, it "
                  "was:"),
            ("b", "Resolved:"),
            ("p", "The Committee:"),
            ("ol", [
                "Noted the update on the mobilisation of the Integrated Community Care "
                "contract.",
                "Requested that the MSC Integrated Care Board and Calloway Community "
                "Health report to the meeting in June 2026 on the performance of each "
                "subcontracted service, including the wheelchair service recovery plan.",
                "Asked that the Community Voices panel be invited to contribute to that "
                "report.",
            ]),
        ],
    },
    {
        "num": "30",
        "title": "Planned Care - Waiting Times Update",
        "agenda": ["To receive an update on waiting times for planned (elective) care at "
                   "the three acute hospital trusts serving Merriford and North Elden, "
                   "Swaleton and Chalkmere."],
        "docs": [("Presentation - Planned Care Waiting Times", "PDF 1 MB")],
        "minutes": [
            ("p", "Sunita Varma, Chief Operating Officer, Royal Merriford Hospital NHS "
                  "Foundation Trust, presented the update on behalf of the three acute "
                  "trusts, supported by Dr Rupert Tallis. The update highlighted that:"),
            ("ul", [
                "61.4% of patients across the three trusts had been waiting less than 18 "
                "weeks at the end of September, against a national target of 65% by "
                "March 2026;",
                "the number of patients waiting more than 52 weeks had fallen from 2,960 "
                "to 1,480 over the year;",
                "the community diagnostic centre in Swaleton had carried out 48,000 tests "
                "since it opened in January; and",
                "the trusts had agreed to manage waiting lists for the most common "
                "procedures as a single list across the three hospitals.",
            ]),
            ("p", "In the discussion which followed, members raised the following:"),
            ("wordlist", [
                "Cllr Trevor Lumley asked how many patients at Great Swaleton Hospital "
                "had been waiting more than 65 weeks for orthopaedic surgery \u2013 it was "
                "stated that 37 patients had been waiting more than 65 weeks, all of whom "
                "had been offered treatment at another trust or with an independent "
                "sector provider.",
                "Cllr Dilip Raichura raised concern that Swaleton residents waited longer "
                "than those in the other two areas \u2013 Dr Rupert Tallis explained that "
                "the single waiting list meant that patients were now offered the "
                "earliest available date at any of the three hospitals, and that the gap "
                "had narrowed from eleven weeks to four.",
                "Clarification was sought on the use of independent sector providers and "
                "the cost compared with NHS treatment \u2013 members were informed that "
                "9,200 procedures had been carried out by independent sector providers in "
                "2024/25, paid at the same national tariff as NHS hospitals.",
                "Cllr Penny Vardon asked what support was offered to patients whose "
                "condition deteriorated while they waited \u2013 Sunita Varma explained "
                "that the Waiting Well service had contacted 11,300 patients since April, "
                "and that patients were reprioritised where their clinical need had "
                "changed.",
                "Cllr Dilip Raichura requested figures on the number of children waiting "
                "more than 18 weeks for community paediatric appointments in each "
                "council area.",
            ]),
            ("p", "At the conclusion of the discussion, it was:"),
            ("b", "Resolved:"),
            ("p", "To note the update on waiting times for planned care."),
        ],
    },
    {
        "num": "31",
        "title": "Vaping Among Children and Young People - Joint Public Health Update",
        "agenda": ["To receive a joint update from the Directors of Public Health of the "
                   "three councils on vaping among children and young people and the "
                   "action being taken by public health and trading standards teams."],
        "docs": [("Report - Youth Vaping Joint Public Health Update", "PDF 356 KB")],
        "minutes": [
            ("p", "Kate Halloran, Consultant in Public Health, Chalkmere Council, and "
                  "Martin Yeo, Director of Public Health, Swaleton Borough Council, "
                  "presented the update. It was reported that a survey of 6,400 "
                  "secondary school pupils across the three areas in the spring had found "
                  "that 14% of 14 and 15 year olds vaped regularly, compared with 9% two "
                  "years earlier. Trading standards officers had seized 11,800 illegal "
                  "vapes in the first half of the year, and the national ban on "
                  "single-use vapes had come into force on 1 June 2025."),
            ("p", "Cllr Elaine Drysdale, Cabinet Member for Adults, Public Health and "
                  "Communities, Chalkmere Council, added that all secondary schools in "
                  "Chalkmere had been offered the new vaping education resources developed "
                  "with young people from the Chalkmere Youth Council."),
            ("p", "Cllr Hamish Oduya raised concerns about the number of vape shops "
                  "opening near schools, and asked whether the councils could use "
                  "planning or licensing powers to restrict them. Martin Yeo explained "
                  "that current planning and licensing law did not allow councils to "
                  "refuse a shop on the grounds that it sold vapes, but that the Tobacco "
                  "and Vapes Bill would introduce a retail licensing scheme."),
            ("p", "Cllr Penny Vardon asked whether the ban on single-use vapes had made a "
                  "difference. Kate Halloran stated that there had been a move towards "
                  "cheap refillable devices, and that in test purchases carried out since "
                  "June, 9 out of 25 shops had sold vapes to a person under 18."),
            ("p", "Cllr Trevor Lumley commented that messages aimed at young people should "
                  "not discourage adult smokers from using vapes to help them to quit. "
                  "Kate Halloran agreed, and said that all three stop smoking services "
                  "continued to offer vapes as a quit aid to adults alongside behavioural "
                  "support."),
            ("p", "Clarification was sought on the funding available for enforcement. It "
                  "was explained that each council had received a share of new national "
                  "funding for trading standards, amounting to \u00a3148,000 across the "
                  "three councils in 2025/26, which had been used to recruit two "
                  "additional officers."),
            ("p", "Cllr Marguerite Fenn requested that the results of the next schools "
                  "survey be reported separately for each council area, and it was agreed "
                  "that this would be done when the survey was repeated in spring 2026."),
            ("p", "On the proposal of Cllr Hamish Oduya, seconded by Cllr Marguerite Fenn, "
                  "it was:"),
            ("b", "Resolved:"),
            ("p", "The Committee:"),
            ("ol", [
                "Noted the joint public health update on vaping among children and young "
                "people.",
                "Recommended that the Cabinet of Chalkmere Council, the Cabinet of "
                "Merriford and North Elden Council and the Cabinet of Swaleton Borough "
                "Council each write to the Secretary of State for Health and Social Care "
                "in support of the early introduction of a retail licensing scheme for "
                "tobacco and vapes.",
            ]),
        ],
    },
    {
        "num": "32",
        "title": "Forward Work Programme",
        "agenda": ["To note and agree the Committee's forward work programme for "
                   "2025/26."],
        "docs": [("Forward Work Programme 2025/26", "PDF 164 KB")],
        "minutes": [
            ("p", "Ben Tolputt, Senior Scrutiny Officer, presented the Committee's forward "
                  "work programme, and reminded members that items could be added between "
                  "meetings by agreement of the Chairman and Vice-Chairman."),
            ("p", "Cllr Abigail Tressider requested that an item on mental health crisis "
                  "support for young adults be added, following the closure of the "
                  "Swaleton crisis caf\u00e9 in the summer. The Chairman agreed that this "
                  "would be added for the meeting in March 2026."),
            ("p", "Cllr Stuart Hellier asked when the Committee would receive the outcome "
                  "of the review of minor injuries services at Ridgeway Hospital. It was "
                  "stated that the ICB expected to report in April 2026, and that the "
                  "item would be scheduled for the first meeting of the 2026/27 municipal "
                  "year."),
            ("p", "On the proposal of Cllr Penny Vardon, seconded by Cllr Trevor Lumley, it "
                  "was:"),
            ("b", "Resolved:"),
            ("p", "To approve the forward work programme, subject to the addition of an "
                  "item on crisis support for young adults at the meeting in March 2026."),
        ],
    },
    {
        "num": "33",
        "title": "Date of Next Meeting",
        "agenda": ["To note that the next meeting of the Committee will be held on Friday "
                   "16 January 2026."],
        "docs": [],
        "minutes": [
            ("p", "The date of the next meeting was confirmed as Friday 16 January 2026, "
                  "starting at 10.30am, to be held in the Council Chamber, Civic Offices, "
                  "Swaleton."),
        ],
    },
]


def render_block(block) -> str:
    kind, content = block
    if kind == "p":
        return f"<p>{esc(content)}</p>"
    if kind == "b":
        return f"<p><strong>{esc(content)}</strong></p>"
    if kind == "ul":
        lis = "".join(f"<li>{esc(x)}</li>\n" for x in content)
        return f"<ul>\n{lis}</ul>"
    if kind == "ol":
        lis = "".join(f"<li>{esc(x)}</li>\n" for x in content)
        return f"<ol>\n{lis}</ol>"
    if kind == "wordlist":
        # bullets pasted from Word: Symbol-font "·" and non-breaking spaces
        out = []
        for x in content:
            out.append(
                '<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
                '<span style="font-family:Symbol">\u00b7<span style="font:7.0pt '
                '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                f'</span>{esc(x)}</p>')
        return "\n".join(out)
    raise ValueError(kind)


def attendance_html() -> str:
    parts = []
    present = []
    for name, role, council in PRESENT:
        bits = name
        if role:
            bits += f" ({role})"
        bits += f" ({council})"
        present.append(bits)
    present_txt = ", ".join(present[:-1]) + " and " + present[-1]
    parts.append('<div class="mgAttendance">')
    parts.append('<h2 class="mgSectionTitle">Attendance</h2>')
    parts.append("<p><strong>Present:</strong></p>")
    parts.append(f"<p>{esc(present_txt)}</p>")
    parts.append("<p><strong>Also Present:</strong></p>")
    for name, role in ALSO_PRESENT:
        parts.append(f"<p>{esc(name)} \u2013 {esc(role)}</p>")
    parts.append("<p><strong>Partners in Attendance:</strong></p>")
    for name, role in PARTNERS:
        parts.append(f"<p>{esc(name)} \u2013 {esc(role)}</p>")
    parts.append("<p><strong>Officers in Attendance:</strong></p>")
    for name, role in OFFICERS:
        parts.append(f"<p>{esc(name)} \u2013 {esc(role)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def item_row(item: dict, doc_id: int) -> str:
    out = ['<tr>',
           f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{item["num"]}.</p></td>',
           '<td>',
           f'<p class="mgAiTitleTxt"><a href="mgIssueHistoryHome.aspx?IId={88400 + int(item["num"])}'
           f'&amp;PlanId=0">{esc(item["title"])}</a></p>',
           '<div class="mgWordPara">']
    for para in item["agenda"]:
        if para in ("Statements", "Questions"):
            out.append(f"<p><strong>{esc(para)}</strong></p>")
        else:
            out.append(f"<p>{esc(para)}</p>")
    out.append("</div>")
    if item["docs"]:
        out.append('<p class="mgSubItemTitleTxt">Supporting documents:</p>')
        out.append('<ul class="mgBulletList">')
        for i, (label, size) in enumerate(item["docs"]):
            out.append(f'<li><a href="documents/s{doc_id + i}/{label.replace(" ", "%20")}.pdf" '
                       f'class="mgPdfLink">{esc(label)}</a>&nbsp;<span class="mgFileSize">'
                       f'{size}</span></li>')
        out.append("</ul>")
    out.append('<p class="mgSubItemTitleTxt">Minutes:</p>')
    out.append('<div class="mgWordPara">')
    for block in item["minutes"]:
        out.append(render_block(block))
    out.append("</div>")
    out.append("</td>")
    out.append("</tr>")
    return "\n".join(out)


def minutes_html() -> str:
    title_line = f"{COMMITTEE} - Friday, 7th November, 2025 10.30 am"
    nav = ["Home", "Council and democracy", "Councillors", "Committees",
           "Meetings calendar", "Decisions", "Forward plan", "Search documents",
           "Subscribe to updates"]
    nav_html = "\n".join(f'<li><a href="/{n.lower().replace(" ", "-")}">{esc(n)}</a></li>'
                         for n in nav)
    rows = []
    doc_id = 246310
    for item in ITEMS:
        rows.append(item_row(item, doc_id))
        doc_id += 7
    body = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for {esc(COMMITTEE)} on Friday, 7th November, 2025, 10.30 am | Chalkmere Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<link rel="stylesheet" href="SiteSpecific/chalkmere.css">
</head>
<body>
<a class="skip-link" href="#modgov">Skip to main content</a>
<header class="site-header">
<div class="cookie-notice"><p>We use cookies to make this site work and to understand how you use it. <a href="/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p></div>
<div class="brand"><a href="https://www.chalkmere.gov.uk/"><img src="SiteSpecific/images/chalkmere-logo.png" alt="Chalkmere Council"></a>
<span class="strapline">Working together for Chalkmere</span></div>
<form class="site-search" action="/search"><label for="q">Search this site</label> <input id="q" name="q" type="text"> <button type="submit">Search</button></form>
<nav class="site-nav" aria-label="Main menu"><ul>
{nav_html}
</ul></nav>
</header>
<div class="breadcrumb"><p>You are here: <a href="/">Home</a> &gt; <a href="/council-and-democracy">Council and democracy</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; <a href="mgCommitteeDetails.aspx?ID=1574">{esc(COMMITTEE)}</a> &gt; Meeting: 07/11/2025</p></div>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{esc(title_line)}</h2></div>
<div class="mgLinks"><ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CommitteeId=1574">Meetings</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=16921">Attendance</a></li>
<li><a href="mgCommitteeMailingList.aspx?ID=1574">Membership</a></li>
<li><a href="ieIssueDetails.aspx?ID=16921">Issues</a></li>
</ul></div>
<div class="mgContent">
<p><span class="mgLabel">Venue: </span>Downland Room - County Hall, Wellsey Road, Stourminster, SQ14 8JN. <a href="mgVenueDetails.aspx?ID=4">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Harriet Gane, Democratic Services Officer&nbsp; 01632 960418&nbsp; Email: <a href="mailto:harriet.gane@chalkmere.gov.uk">harriet.gane@chalkmere.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<ul class="mgBulletList"><li><a href="https://chalkmere.public-i.example/meeting/16921">Webcast of the meeting</a></li></ul>
<h2 class="mgSectionTitle">Meeting documents</h2>
<ul class="mgBulletList">
<li><a href="documents/g16921/Public%20reports%20pack%2007th-Nov-2025%2010.30.pdf">Agenda reports pack</a>&nbsp;<span class="mgFileSize">PDF 4 MB</span></li>
<li><a href="documents/g16921/Printed%20minutes%2007th-Nov-2025%2010.30.pdf">Printed minutes 07th-Nov-2025 10.30 {esc(COMMITTEE)}</a>&nbsp;<span class="mgFileSize">PDF 276 KB</span></li>
<li><a href="documents/g16921/Agenda%20Supplement%201.pdf">Agenda Supplement 1, 07/11/2025 10:30</a>&nbsp;<span class="mgFileSize">PDF 187 KB</span></li>
</ul>
{attendance_html()}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<div class="mgWordPara mgFooterNote">
<p>(Duration of meeting:&nbsp; 10.30 am - 1.20 pm)</p>
<p>The Officer who has produced these minutes is Harriet Gane of Democratic Services, direct line 01632 960418, e-mail <a href="mailto:harriet.gane@chalkmere.gov.uk">harriet.gane@chalkmere.gov.uk</a></p>
<p>Press enquiries to Communications, direct line 01632 960500, email <a href="mailto:communications@chalkmere.gov.uk">communications@chalkmere.gov.uk</a></p>
</div>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
<p>&copy; Chalkmere Council, County Hall, Wellsey Road, Stourminster SQ14 8JN</p>
<p class="mgPoweredBy">Powered by Modern.Gov</p>
</footer>
</body>
</html>
"""
    return body


# ---------------------------------------------------------------------------
# The report (not minutes): the ICB's finance paper, as a PDF with tables
# ---------------------------------------------------------------------------

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "MSC Integrated Care Board", align="L")
            self.cell(0, 5, "Agenda Item 6", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 94, 184)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                      self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Classification: Public", align="L")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Financial Position of the MSC NHS System at Month 6 2025/26")
    pdf.set_author("MSC Integrated Care Board")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.alias_nb_pages()
    pdf.add_page()

    W = pdf.w - pdf.l_margin - pdf.r_margin

    def h1(text):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.set_text_color(0, 94, 184)
        pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def para(num, text):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(12, 5, num)
        pdf.multi_cell(W - 12, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullet(text, indent=12):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(5, 5, "\u2022")
        pdf.multi_cell(W - indent - 5, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    def table(caption, rows, widths, aligns=None, bold_last=False):
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.multi_cell(W, 5, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 94, 184))
        with pdf.table(col_widths=widths, text_align=aligns or "LEFT", line_height=4.6,
                       headings_style=head, width=W) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for cell in r:
                    if bold_last and i == len(rows) - 1:
                        row.cell(cell, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(cell)
        pdf.ln(3)

    # Title block
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(0, 94, 184)
    pdf.multi_cell(W, 7.5, "Financial Position of the MSC NHS System at Month 6 2025/26",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    info = [
        ("Report to", COMMITTEE),
        ("Date of meeting", "7 November 2025"),
        ("Report from", "Gemma Strudwick, Chief Finance Officer, MSC Integrated Care Board"),
        ("Purpose", "For information and assurance"),
        ("Previously considered by", "ICB Finance and Performance Committee, 21 October 2025"),
    ]
    with pdf.table(col_widths=(45, W - 45), text_align="LEFT", line_height=5,
                   first_row_as_headings=False, width=W) as t:
        for a, b in info:
            row = t.row()
            row.cell(a, style=FontFace(emphasis="BOLD", fill_color=(222, 235, 247)))
            row.cell(b)
    pdf.ln(3)

    h1("1. Purpose of the report")
    para("1.1", "This report sets out the financial position of the NHS in Merriford and "
         "North Elden, Swaleton and Chalkmere (the MSC system) at the end of September "
         "2025 (month 6), the progress made in delivering the system's efficiency "
         "programme, and the main risks to the forecast outturn for 2025/26.")
    para("1.2", "At its meeting on 12 September 2025 the Committee asked for more detail "
         "on how the efficiency programme was being delivered and on the use of "
         "independent sector providers. Section 7 responds to the points raised.")

    h1("2. Summary")
    para("2.1", "The MSC system agreed a financial plan for 2025/26 that breaks even across "
         "the ICB and the three acute trusts, after receipt of \u00a321.0m of deficit "
         "support funding. At month 6 the system is \u00a37.4m behind its year-to-date "
         "plan. The forecast remains a break-even position, but this depends on "
         "identifying and delivering the remaining efficiency schemes.")
    table("Table 1: Summary of key figures", [
        ("Measure", "Plan", "Actual / forecast"),
        ("Year-to-date surplus/(deficit), \u00a3m", "(6.8)", "(14.2)"),
        ("Full-year forecast surplus/(deficit), \u00a3m", "0.0", "0.0"),
        ("Efficiency schemes identified, \u00a3m", "96.4", "71.3"),
        ("Efficiency delivered to month 6, \u00a3m", "38.6", "29.8"),
        ("Agency spend to month 6, \u00a3m", "14.5", "13.0"),
        ("Substantive workforce, whole-time equivalents", "24,850", "24,610"),
        ("Capital spend to month 6, \u00a3m", "38.2", "31.7"),
    ], (W * 0.56, W * 0.2, W * 0.24), ("LEFT", "RIGHT", "RIGHT"))

    h1("3. Revenue position by organisation")
    para("3.1", "Table 2 shows the position of each organisation. Figures in brackets are "
         "deficits or adverse variances.")
    table("Table 2: Revenue position by organisation at month 6", [
        ("Organisation", "Annual plan \u00a3m", "YTD plan \u00a3m", "YTD actual \u00a3m",
         "YTD variance \u00a3m", "Forecast variance \u00a3m"),
        ("MSC Integrated Care Board", "10.1", "3.4", "1.1", "(2.3)", "0.0"),
        ("Royal Merriford Hospital NHS FT", "(4.1)", "(4.2)", "(5.6)", "(1.4)", "0.0"),
        ("Great Swaleton Hospital NHS FT", "(6.0)", "(5.3)", "(8.4)", "(3.1)", "0.0"),
        ("Stourminster District Hospital NHS FT", "0.0", "(0.7)", "(1.3)", "(0.6)", "0.0"),
        ("MSC system total", "0.0", "(6.8)", "(14.2)", "(7.4)", "0.0"),
    ], (W * 0.32, W * 0.13, W * 0.13, W * 0.14, W * 0.14, W * 0.14),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), bold_last=True)
    para("3.2", "The ICB's adverse variance of \u00a32.3m is made up of an overspend of "
         "\u00a33.4m on continuing healthcare and \u00a31.6m on prescribing, partly offset by "
         "underspends of \u00a32.7m on running costs and reserves. Prescribing growth is "
         "driven mainly by new drugs for diabetes and weight management.")
    para("3.3", "Great Swaleton Hospital NHS Foundation Trust has the largest variance, "
         "reflecting the cost of 26 escalation beds that remained open through the summer "
         "and slower than planned delivery of its theatre productivity schemes.")

    h1("4. Efficiency programme")
    para("4.1", "The system's efficiency requirement for 2025/26 is \u00a396.4m, equivalent "
         "to 4.6% of its total allocation. Table 3 shows progress by category.")
    table("Table 3: Efficiency programme by category", [
        ("Category", "Target \u00a3m", "Identified \u00a3m", "Delivered to M6 \u00a3m",
         "Of which non-recurrent \u00a3m"),
        ("Workforce and agency", "34.2", "27.6", "12.9", "9.2"),
        ("Medicines and prescribing", "15.8", "12.1", "5.2", "1.1"),
        ("Continuing healthcare", "6.5", "4.0", "1.3", "0.2"),
        ("Clinical productivity", "22.7", "15.9", "4.8", "3.0"),
        ("Estates and corporate", "9.1", "7.3", "2.1", "1.6"),
        ("Balance sheet and other", "8.1", "4.4", "3.5", "3.5"),
        ("Total", "96.4", "71.3", "29.8", "18.6"),
    ], (W * 0.32, W * 0.15, W * 0.17, W * 0.18, W * 0.18),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), bold_last=True)
    para("4.2", "Of the \u00a329.8m delivered so far, \u00a318.6m is non-recurrent. "
         "Non-recurrent savings help the position this year but do not reduce costs "
         "in future years, and the underlying deficit carried into 2026/27 is currently "
         "estimated at \u00a341m.")
    para("4.3", "Every scheme with a value above \u00a3250,000 has a quality and equality "
         "impact assessment signed off by the relevant trust's medical and nursing "
         "directors. No scheme has been stopped on quality grounds this year.")

    h1("5. Workforce")
    para("5.1", "The substantive workforce has reduced by 412 whole-time equivalents since "
         "April 2025, mainly in corporate, administrative and temporary posts, through "
         "vacancy controls and the ending of fixed-term contracts. Registered nursing "
         "establishments on wards have not been reduced. Agency spending is \u00a313.0m to "
         "month 6, compared with \u00a318.9m in the same period of 2024/25.")

    h1("6. Risks to the forecast")
    para("6.1", "The system has identified risks of \u00a327.5m to its forecast, set out in "
         "Table 4. Mitigations of \u00a312.2m have been identified so far.")
    table("Table 4: Risks to the forecast outturn", [
        ("Risk", "Value \u00a3m", "Likelihood", "Mitigation"),
        ("Efficiency schemes not yet identified or at risk of slippage", "14.6", "High",
         "Pipeline schemes; system-wide vacancy controls"),
        ("Further industrial action", "3.2", "Medium",
         "Planned care recovery funding; local rotas"),
        ("Prescribing growth above plan", "2.9", "High",
         "Switching programme; formulary review"),
        ("Continuing healthcare activity and prices", "3.6", "Medium",
         "Review of high-cost packages; joint panel"),
        ("Escalation beds open longer over winter", "3.2", "Medium",
         "Discharge schemes with the three councils"),
        ("Total", "27.5", "", ""),
    ], (W * 0.38, W * 0.12, W * 0.14, W * 0.36),
        ("LEFT", "RIGHT", "LEFT", "LEFT"), bold_last=True)

    h1("7. You asked, we said")
    para("7.1", "At the meeting on 12 September 2025 members raised the following points. "
         "Our responses are set out below.")
    for asked, said in (
        ("Why does the system need to make savings when NHS funding is increasing?",
         "Funding for 2025/26 has risen by 2.9%, but pay awards, drug costs and growing "
         "demand mean costs would rise by around 7.5% without action. The efficiency "
         "programme closes that gap."),
        ("Will the savings programme mean cuts to front-line services?",
         "No service has been closed as part of the programme. Schemes focus on agency "
         "spending, medicines, productivity and corporate costs, and each is assessed for "
         "its effect on quality."),
        ("How much does the system spend with independent sector providers?",
         "In 2024/25 the ICB spent \u00a338.7m with independent sector providers, mainly for "
         "orthopaedic, ophthalmology and diagnostic procedures, paid at national tariff."),
    ):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(W - 12, 5, f"You asked: {asked}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(W - 12, 5, f"We said: {said}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    h1("8. Questions the Committee may wish to consider")
    para("8.1", "Members may find the following questions helpful in considering this "
         "report:")
    for qtext in (
        "How confident is the ICB that the \u00a325.1m of efficiency schemes not yet "
        "identified can be found before 31 March 2026?",
        "What proportion of the savings delivered so far is recurrent, and what will "
        "this mean for the 2026/27 financial plan?",
        "How does the ICB assure itself that savings schemes do not affect the quality "
        "and safety of care?",
        "What would happen to local services if deficit support funding were withheld "
        "because the plan is not delivered?",
        "Are any costs being moved onto the three councils, for example through "
        "continuing healthcare decisions?",
    ):
        bullet(qtext)

    h1("9. Recommendation")
    para("9.1", "The Committee is asked to note the financial position of the MSC system "
         "at month 6 of 2025/26 and the risks to delivery of the full-year plan.")
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(W, 4.5, "Contact: Gemma Strudwick, Chief Finance Officer, MSC "
                   "Integrated Care Board. Background papers: MSC system financial plan "
                   "2025/26 (April 2025); ICB Board finance report, month 6.",
                   new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-07",
    "items": [{"number": it["num"], "title": it["title"]} for it in ITEMS],
    "questions": [
        # 27 public participation
        q("27", "question",
          "regarding the temporary closure of Beech Ward at Kestlebury Community Hospital",
          "Mr Alan Trewin", None, None, []),
        q("27", "question",
          "asked a supplementary question as to whether the 16 beds on Beech Ward",
          "Mr Alan Trewin",
          "12 additional virtual ward places had been opened in the Kestlebury area",
          "Fiona Merrow", []),
        q("27", "concern",
          "expressed concern that the transfer of community services to a private company",
          "Mrs Deborah Lisle", None, None, ["privatisation", "patient-and-public-input"]),
        # 28 ICB finance
        q("28", "question",
          "asked what would happen if the system was unable to deliver its plan",
          "Cllr Trevor Lumley",
          "the ICB would be required to agree a recovery plan with NHS England",
          None, ["finance"]),
        q("28", "concern",
          "expressed concern that the savings were being achieved by cutting posts",
          "Cllr Abigail Tressider",
          "no reductions had been made to registered nursing establishments on the wards",
          "Gemma Strudwick", ["finance", "workforce"]),
        q("28", "question",
          "Clarification was sought on how much of the \u00a329.8m delivered to date",
          None,
          "\u00a318.6m had been delivered through one-off measures, such as the release of "
          "provisions",
          None, ["finance"]),
        q("28", "question",
          "queried the overspend of \u00a33.4m on continuing healthcare",
          "Cllr Hamish Oduya",
          "eligibility decisions were made in line with the national framework",
          "Dr Rupert Tallis", ["finance", "adult-social-care"]),
        q("28", "request",
          "requested that future finance reports show the position of each",
          "Cllr Dilip Raichura",
          "agreed that this would be included from the next report",
          "Gemma Strudwick", ["finance"]),
        q("28", "comment",
          "commented that the Committee had not seen the risk register supporting",
          None, None, None, ["governance", "finance"]),
        # 29 integrated community care
        q("29", "question",
          "asked what proportion of the contract value was paid to subcontractors",
          "Cllr Penny Vardon",
          "around 22% of the annual value was subcontracted",
          "Laurence Ebbutt", ["subcontracting"]),
        q("29", "concern",
          "expressed concern that most NHS community services in the area were now run",
          "Cllr Stuart Hellier",
          "the contract limited the provider's surplus to 3% of its value",
          "Fiona Merrow", ["privatisation", "subcontracting"]),
        q("29", "concern",
          "Concerns were raised about waiting times for the wheelchair service",
          None,
          "a recovery plan had been agreed which would reduce waits to 18 weeks",
          "Laurence Ebbutt", ["subcontracting"]),
        q("29", "question",
          "asked whether staff who had transferred under TUPE had kept their NHS",
          "Cllr Colin Pargeter",
          "all transferred staff had retained their existing terms and conditions",
          None, ["workforce", "subcontracting"]),
        q("29", "question",
          "asked how patients and carers had been involved in designing the new model",
          "Cllr Marguerite Fenn",
          "a Community Voices panel of 40 patients and carers met every two months",
          "Fiona Merrow", ["patient-and-public-input"]),
        q("29", "question",
          "referred to problems with the patient record system in April",
          "Cllr Abigail Tressider",
          "the system had been stable since May and that an independent review",
          "Laurence Ebbutt", []),
        q("29", "request",
          "requested that the quarterly contract performance reports presented to the ICB Board",
          "Chairman",
          "agreed to circulate the quarter 2 report once it had been considered",
          "Fiona Merrow", ["subcontracting", "governance"]),
        # 30 planned care
        q("30", "question",
          "how many patients at Great Swaleton Hospital had been waiting more than 65 weeks",
          "Cllr Trevor Lumley",
          "37 patients had been waiting more than 65 weeks, all of whom",
          None, []),
        q("30", "concern",
          "raised concern that Swaleton residents waited longer than those in the other",
          "Cllr Dilip Raichura",
          "the gap had narrowed from eleven weeks to four",
          "Dr Rupert Tallis", []),
        q("30", "question",
          "Clarification was sought on the use of independent sector providers",
          None,
          "9,200 procedures had been carried out by independent sector providers",
          None, ["subcontracting", "finance"]),
        q("30", "question",
          "asked what support was offered to patients whose condition deteriorated",
          "Cllr Penny Vardon",
          "the Waiting Well service had contacted 11,300 patients since April",
          "Sunita Varma", []),
        q("30", "request",
          "requested figures on the number of children waiting more than 18 weeks",
          "Cllr Dilip Raichura", None, None, ["children-and-families"]),
        # 31 vaping
        q("31", "concern",
          "raised concerns about the number of vape shops opening near schools",
          "Cllr Hamish Oduya",
          "current planning and licensing law did not allow councils to refuse",
          "Martin Yeo", ["public-health", "children-and-families"]),
        q("31", "question",
          "asked whether the ban on single-use vapes had made a difference",
          "Cllr Penny Vardon",
          "9 out of 25 shops had sold vapes to a person under 18",
          "Kate Halloran", ["public-health"]),
        q("31", "comment",
          "commented that messages aimed at young people should not discourage adult smokers",
          "Cllr Trevor Lumley",
          "all three stop smoking services continued to offer vapes as a quit aid",
          "Kate Halloran", ["public-health"]),
        q("31", "question",
          "Clarification was sought on the funding available for enforcement",
          None,
          "amounting to \u00a3148,000 across the three councils in 2025/26",
          None, ["finance"]),
        q("31", "request",
          "requested that the results of the next schools survey be reported separately",
          "Cllr Marguerite Fenn",
          "it was agreed that this would be done when the survey was repeated",
          None, ["children-and-families"]),
        # 32 work programme
        q("32", "request",
          "requested that an item on mental health crisis support for young adults",
          "Cllr Abigail Tressider",
          "The Chairman agreed that this would be added for the meeting in March 2026",
          "Chairman", ["mental-health"]),
        q("32", "question",
          "asked when the Committee would receive the outcome of the review",
          "Cllr Stuart Hellier",
          "the ICB expected to report in April 2026",
          None, []),
    ],
    "resolutions": [
        res("24", "To approve and sign the minutes of the meeting held on 12 September",
            "agreed", []),
        res("28", "Noted the financial position of the MSC NHS system at month 6",
            "agreed", ["finance"]),
        res("29", "asking that the wheelchair service be brought back in-house at the "
                  "earliest opportunity",
            "rejected", ["privatisation", "subcontracting"]),
        res("29", "Noted the update on the mobilisation of the Integrated Community Care "
                  "contract",
            "agreed", ["subcontracting"]),
        res("30", "To note the update on waiting times for planned care",
            "noted", []),
        res("31", "in support of the early introduction of a retail licensing scheme",
            "recommended", ["public-health"]),
        res("32", "To approve the forward work programme, subject to the addition of",
            "agreed", []),
    ],
    "attendees": [
        *[att(name, role, "present") for name, role, _ in PRESENT],
        att("Cllr Janet Wreford", None, "apologies"),
        att("Cllr Owen Faraday", None, "apologies"),
        att("Dr Naomi Castell", "Director of Public Health, Chalkmere Council", "apologies"),
        *[att(name, role, "in_attendance") for name, role in ALSO_PRESENT],
        *[att(name, role, "in_attendance") for name, role in PARTNERS],
        *[att(name, role, "in_attendance") for name, role in OFFICERS],
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qb-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
