#!/usr/bin/env python3
"""Build the "ae-" documents of the other-councils evaluation set and their gold annotations.

1. ae-thornmere-hosc-2025-10-14.pdf
   Thornmere Council (a small unitary) Health Overview and Scrutiny Committee minutes,
   written in Word and exported to PDF through LibreOffice: Arial (shown as ArialMT),
   a first-page header table carrying the council's logo text, running header and
   "Page N of M" / "Chair's initials" footer, justified text with automatic
   hyphenation, four-digit cumulative minute numbers ("1850") hanging in the margin,
   attendance as a running sentence with substitute / officers / also present in
   separate paragraphs.
2. ae-kestwick-cyp-scrutiny-2025-09-23.html
   Kestwick Metropolitan Borough Council Children and Young People Scrutiny Committee
   minutes published as a page of a Squiz Matrix-style council website (skip link,
   cookie banner, header navigation, breadcrumbs, "In this section" side navigation,
   "On this page" contents, feedback form, footer).
3. ae-thornmere-council-cabinet-member-report-2025-10-23.docx
   Written report of the Cabinet Member for Adult Social Care and Health to full
   Council: mentions questions, scrutiny recommendations and decisions, but is a report.

Usage:  python build_ae.py          build documents and gold
        python build_ae.py --check  build, then verify every gold phrase
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 10, 16, 9, 41, 7, tzinfo=timezone.utc)

PDF_NAME = "ae-thornmere-hosc-2025-10-14.pdf"
HTML_NAME = "ae-kestwick-cyp-scrutiny-2025-09-23.html"
DOCX_NAME = "ae-thornmere-council-cabinet-member-report-2025-10-23.docx"


# ----------------------------------------------------------------------------------------
# 1. Thornmere HOSC minutes (PDF, "Word exported by LibreOffice")
# ----------------------------------------------------------------------------------------

# Paragraph markup: **bold**; "\t" not used. Blocks:
#   ("full", text)             full-width paragraph (attendance)
#   ("item", number, title)    minute heading, number hanging in the margin
#   ("p", text)                body paragraph, indented under the title
#   ("res", lead, [clauses])   RESOLVED block, clauses with hanging "(1)" labels
#   ("sig",)                   signature lines
HOSC = [
    ("full", "**Present:** Councillors Mrs E. Halloran (Chair), R. Adeyemi, P. Carrow "
             "(Vice-Chair), L. Dunstan, M. Fairbairn, S. Gill and T. Kershaw."),
    ("full", "**Substitute Member:** Councillor J. Ormsby attended as a substitute for "
             "Councillor D. Wilde."),
    ("full", "**Officers in attendance:** M. Tillotson (Director of Public Health), "
             "G. Penhaligon (Assistant Director – Adult Social Care Commissioning and "
             "Market Management), F. Nadeem (Scrutiny and Democratic Services Officer) "
             "and O. Blakeley (Senior Solicitor, Governance and Legal)."),
    ("full", "**Also present:** Councillor N. Forsdyke (Cabinet Member for Adult Social "
             "Care and Health); Dr S. Achterberg (Chief Medical Officer, Thornmere and "
             "Ashby Hospitals NHS Foundation Trust); L. Carverhill (Director of Place "
             "(Thornmere), NHS Anderwick and Thornmere Integrated Care Board); and "
             "B. Ruskin (Chief Executive, Healthwatch Thornmere)."),
    ("full", "Two members of the public and one representative of the press were also "
             "present."),

    ("item", "1846", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors H. Lyle and D. Wilde. "
          "Councillor J. Ormsby was present as substitute for Councillor Wilde; no "
          "substitute had been nominated for Councillor Lyle."),

    ("item", "1847", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor S. Gill declared a non-registrable interest in minute 1850 as her "
          "daughter is employed as a staff nurse in the emergency department at Thornmere "
          "General Hospital. Councillor T. Kershaw declared an other registrable interest "
          "in minutes 1850 and 1851 as a public governor of Thornmere and Ashby Hospitals "
          "NHS Foundation Trust. Both Members remained in the meeting and took part in the "
          "discussion. No other declarations were made."),

    ("item", "1848", "MINUTES"),
    ("p", "The minutes of the meeting held on 8 July 2025 were submitted."),
    ("res", "That the minutes of the meeting held on 8 July 2025 be approved as a correct "
            "record and signed by the Chair.", []),

    ("item", "1849", "PUBLIC QUESTION TIME"),
    ("p", "The Chair reported that one question had been received in accordance with "
          "Procedure Rule 9. Mr C. Tebbutt, of Ashby Magna, had asked why the minor "
          "injuries unit at Ashby Community Hospital had been closed overnight since June "
          "without any notice to the community, and whether the ICB intended to reopen it "
          "before the winter. At the invitation of the Chair, Ms Carverhill responded that "
          "the overnight closure had been a temporary measure taken because the unit could "
          "not safely be staffed by an emergency nurse practitioner between 10 pm and "
          "8 am, and that the ICB would set out proposals for the unit’s future in its "
          "review of urgent treatment services, on which there would be public engagement "
          "in the new year."),
    ("p", "By way of a supplementary question, Mr Tebbutt asked how many patients had been "
          "turned away since June. Ms Carverhill did not have the figure to hand and "
          "undertook to provide a written reply, which would be circulated to all Members "
          "of the Committee."),

    ("item", "1850", "URGENT AND EMERGENCY CARE: WINTER RESILIENCE PLAN 2025/26"),
    ("p", "Dr Achterberg and Ms Carverhill presented the joint system winter plan, which "
          "set out the additional capacity to be made available between November 2025 and "
          "March 2026, including 24 escalation beds at Thornmere General Hospital, an "
          "expansion of the virtual ward from 40 to 65 “beds” and a new same-day emergency "
          "care pathway for frail older people. Performance against the four-hour standard "
          "had stood at 71.8 per cent in September, against a national target of 78 per "
          "cent."),
    ("p", "Councillor Fairbairn wondered whether the 24 escalation beds would be staffed "
          "by the Trust’s own nurses or would depend on agency staff, as had been the case "
          "last winter, when agency expenditure had exceeded £3 million. Dr Achterberg "
          "replied that around two thirds of the shifts were expected to be filled from the "
          "Trust’s internal staff bank, and that a cap on agency rates agreed across the "
          "region would apply. Councillor Adeyemi was keen to understand why ambulance "
          "handover delays at Thornmere General had worsened over the summer, when demand "
          "was ordinarily lower. The Chief Medical Officer attributed the deterioration "
          "chiefly to bed occupancy, which had remained above 95 per cent, and to the "
          "number of patients medically fit for discharge who were waiting for a package "
          "of care or a care home placement; on an average day this had been 58 patients. "
          "A Member queried whether the same-day emergency care pathway would be open at "
          "weekends; it was confirmed that it would operate seven days a week from "
          "1 December."),
    ("p", "Councillor Dunstan sought an assurance that the growth of the virtual ward would "
          "not simply move the burden of care onto unpaid family carers, many of whom were "
          "themselves elderly. Ms Carverhill accepted that the impact on carers had not "
          "been assessed as fully as it should have been and undertook to share a carers’ "
          "impact assessment with the Committee once it had been completed. The "
          "Vice-Chair put it to the representatives that the additional winter funding "
          "announced by NHS England in September had arrived too late in the year to be "
          "used to best effect. In reply, the Director of Place acknowledged that the "
          "timing was unhelpful but said that the ICB had planned on the assumption that "
          "the money would come and had therefore been able to commit most of it within a "
          "fortnight."),
    ("res", "That –", [
        "the Urgent and Emergency Care Winter Resilience Plan 2025/26 be noted;",
        "Thornmere and Ashby Hospitals NHS Foundation Trust be asked to report ambulance "
        "handover performance, by month, to the meeting on 24 March 2026; and",
        "the ICB be requested to circulate the carers’ impact assessment for the virtual "
        "ward to Members when it is available.",
    ]),

    ("item", "1851", "ASHBY COMMUNITY DIAGNOSTIC CENTRE: PROCUREMENT OF MRI AND CT "
                     "CAPACITY"),
    ("p", "The Committee considered a report of the ICB setting out its intention to "
          "procure additional MRI and CT scanning capacity at the Ashby Community "
          "Diagnostic Centre from an independent sector provider under a seven-year "
          "contract, with an option to extend for up to three further years, at an "
          "estimated total value of £21.4 million. Ms Carverhill explained that the "
          "Trust’s own imaging department was operating at capacity and that some 4,300 "
          "patients were waiting more than six weeks for a scan."),
    ("p", "Councillor Gill challenged the decision to go to the independent sector, asking "
          "whether an NHS-led option, for example a partnership with a neighbouring trust, "
          "had been properly appraised. Ms Carverhill explained that such an option had "
          "been considered in the appraisal, but neither the Trust nor its neighbours had "
          "been able to identify the capital or the radiography staff needed to open the "
          "centre before 2027. Councillor Kershaw was uneasy about the length of the "
          "contract, which in his view risked locking the ICB into an arrangement with a "
          "single private company for a decade. He was advised that break clauses would "
          "be available at the end of years three and five, and that the contract would be "
          "managed through the ICB’s contract review group with quarterly reports on "
          "waiting times and quality."),
    ("p", "Councillor Ormsby sought clarification as to whether any Trust radiographers "
          "would be required to transfer to the new provider. It was confirmed that no "
          "Trust staff were in scope for a TUPE transfer, as the contract was for new "
          "capacity rather than an existing service. At the Chair’s invitation, "
          "Ms Ruskin reported that Healthwatch Thornmere had surveyed 312 patients about "
          "the diagnostic centre; most respondents cared more about waiting times and "
          "parking than about who ran the service, but a significant minority had said "
          "that they wanted to be told clearly when their scan was being carried out by a "
          "private company on behalf of the NHS."),
    ("p", "Councillor Gill moved, and Councillor Dunstan seconded, that the Committee "
          "advise the ICB that it opposed the award of the contract to an independent "
          "sector provider and ask the ICB to pause the procurement until an NHS-led "
          "option had been further developed. On being put to the vote, the motion was "
          "declared lost, three Members voting in favour and five against."),
    ("res", "That the ICB be informed that the Committee –", [
        "does not consider the proposal to amount to a substantial development or "
        "variation of the health service requiring formal consultation under the Local "
        "Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
        "Regulations 2013;",
        "asks that the options appraisal, redacted only where commercially necessary, be "
        "published before the contract is awarded; and",
        "asks that information given to patients makes clear when a scan is provided by "
        "an independent sector provider on behalf of the NHS.",
    ]),

    ("item", "1852", "HOME CARE: RECOMMISSIONING OF THE DOMICILIARY CARE FRAMEWORK – "
                     "PROGRESS REPORT"),
    ("p", "Councillor Forsdyke, Cabinet Member for Adult Social Care and Health, introduced "
          "the report, which updated the Committee on the first six months of the new "
          "domiciliary care framework, under which 19 providers had been appointed across "
          "four zones. Mr Penhaligon highlighted that the number of people waiting for a "
          "package of care had fallen from 212 in April to 74 at the end of September."),
    ("p", "Councillor Carrow enquired how many hours of commissioned care had been handed "
          "back by providers since the framework began. Mr Penhaligon advised that 1,140 "
          "hours a week had been handed back, mostly in the rural north of the borough "
          "where travel times made calls uneconomic, and that a rural uplift of £1.80 an "
          "hour was being piloted to address this."),
    ("p", "Councillor Adeyemi pressed officers on whether the framework rate of £24.60 an "
          "hour was sufficient to allow providers to pay care workers the real living wage "
          "and to meet the increase in employers’ national insurance contributions. The "
          "Assistant Director stated that the rate had been built up using a cost of care "
          "model, that it assumed a care worker hourly rate of £12.60 and that providers’ "
          "compliance would be checked at contract monitoring visits; he conceded, "
          "however, that two providers had reported difficulty in absorbing the national "
          "insurance changes."),
    ("p", "Councillor Dunstan drew attention to complaints she had received from families "
          "about visits being cut short. Officers gave an assurance that 15-minute visits "
          "were commissioned only for medication prompts and welfare checks, never for "
          "personal care, and that electronic call monitoring showed that on average "
          "93 per cent of commissioned time was being delivered."),
    ("p", "Noting the strong outcomes achieved by the Council’s own reablement team, "
          "Councillor Fairbairn asked whether consideration had been given to bringing a "
          "proportion of long-term home care back in-house. The Cabinet Member responded "
          "that he was not opposed in principle, and that an in-house option would be "
          "costed as part of the options appraisal for the re-letting of the framework in "
          "2027."),
    ("res", "That the progress made in the first six months of the domiciliary care "
            "framework be noted.", []),
    ("rec", "That, before the domiciliary care framework is re-let in 2027, a fully costed "
            "in-house delivery option be appraised alongside external provision."),

    ("item", "1853", "DIRECTOR OF PUBLIC HEALTH’S ANNUAL REPORT 2025 – “A TALE OF TWO "
                     "TOWNS”"),
    ("p", "Ms Tillotson presented her annual report, which this year focused on the gap in "
          "healthy life expectancy between the most and least deprived neighbourhoods of "
          "the borough."),
    ("p", "Councillor Gill remarked that it was shameful that a baby girl born in Ashby "
          "East could expect to live 9.4 fewer years than one born in Thornmere Rural, and "
          "that the gap had widened since the last report. The Director of Public Health "
          "agreed that this was the starkest single measure in the report and said that "
          "the causes were rooted in income, housing and employment as much as in health "
          "services. Councillor Kershaw wished to know whether the public health grant for "
          "2025/26 had kept pace with the cost of the services it funded. Ms Tillotson "
          "indicated that the 5.6 per cent uplift had largely been absorbed by NHS pay "
          "awards passed through to sexual health and drug and alcohol treatment "
          "providers, leaving little scope for new prevention work. Councillor Ormsby "
          "asked that future annual reports include ward-level data on childhood "
          "immunisation uptake."),
    ("res", "That the Director of Public Health’s Annual Report 2025 be received and its "
            "recommendations endorsed.", []),

    ("item", "1854", "WORK PROGRAMME 2025/26"),
    ("p", "The Scrutiny and Democratic Services Officer presented the Committee’s work "
          "programme. Councillor Dunstan requested that an item on access to NHS dentistry "
          "be added, given the number of residents contacting Members about practices "
          "closing their lists; Ms Nadeem advised that the ICB’s primary care "
          "commissioning team had offered to attend the meeting in February. Councillor "
          "Carrow asked whether the Committee could hold a themed meeting on the 10 Year "
          "Health Plan, and the Chair indicated that she and the Vice-Chair would consider "
          "this with officers."),
    ("res", "That the work programme for 2025/26 be approved, subject to the inclusion of "
            "an item on NHS dental access at the meeting on 3 February 2026.", []),

    ("item", "1855", "DATE OF NEXT MEETING"),
    ("p", "The next meeting of the Committee will be held on Tuesday, 9 December 2025 at "
          "6.30 pm in the Council Chamber."),
    ("p", "The meeting commenced at 6.30 pm and closed at 8.47 pm."),
    ("sig",),
]

HOSC_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1846", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "1847", "title": "DECLARATIONS OF INTEREST"},
        {"number": "1848", "title": "MINUTES"},
        {"number": "1849", "title": "PUBLIC QUESTION TIME"},
        {"number": "1850", "title": "URGENT AND EMERGENCY CARE: WINTER RESILIENCE PLAN "
                                    "2025/26"},
        {"number": "1851", "title": "ASHBY COMMUNITY DIAGNOSTIC CENTRE: PROCUREMENT OF MRI "
                                    "AND CT CAPACITY"},
        {"number": "1852", "title": "HOME CARE: RECOMMISSIONING OF THE DOMICILIARY CARE "
                                    "FRAMEWORK – PROGRESS REPORT"},
        {"number": "1853", "title": "DIRECTOR OF PUBLIC HEALTH’S ANNUAL REPORT 2025 – “A "
                                    "TALE OF TWO TOWNS”"},
        {"number": "1854", "title": "WORK PROGRAMME 2025/26"},
        {"number": "1855", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "1849", "kind": "question",
         "text": "had asked why the minor injuries unit at Ashby Community Hospital had been "
                 "closed overnight",
         "asked_by": "Mr C. Tebbutt",
         "answer": "the overnight closure had been a temporary measure taken because the unit",
         "given_by": "Ms Carverhill",
         "themes": ["patient-and-public-input", "workforce"]},
        {"item": "1849", "kind": "question",
         "text": "Mr Tebbutt asked how many patients had been turned away since June",
         "asked_by": "Mr Tebbutt",
         "answer": "undertook to provide a written reply, which would be circulated to all "
                   "Members",
         "given_by": "Ms Carverhill",
         "themes": ["patient-and-public-input"]},
        {"item": "1850", "kind": "question",
         "text": "wondered whether the 24 escalation beds would be staffed by the Trust’s own "
                 "nurses",
         "asked_by": "Councillor Fairbairn",
         "answer": "shifts were expected to be filled from the Trust’s internal staff bank",
         "given_by": "Dr Achterberg",
         "themes": ["workforce", "finance"]},
        {"item": "1850", "kind": "question",
         "text": "was keen to understand why ambulance handover delays at Thornmere General "
                 "had worsened",
         "asked_by": "Councillor Adeyemi",
         "answer": "attributed the deterioration chiefly to bed occupancy, which had remained "
                   "above 95 per cent",
         "given_by": "The Chief Medical Officer",
         "themes": ["adult-social-care"]},
        {"item": "1850", "kind": "question",
         "text": "A Member queried whether the same-day emergency care pathway would be open "
                 "at weekends",
         "asked_by": None,
         "answer": "it was confirmed that it would operate seven days a week from 1 December",
         "given_by": None,
         "themes": []},
        {"item": "1850", "kind": "concern",
         "text": "sought an assurance that the growth of the virtual ward would not simply "
                 "move",
         "asked_by": "Councillor Dunstan",
         "answer": "accepted that the impact on carers had not been assessed as fully as it "
                   "should",
         "given_by": "Ms Carverhill",
         "themes": ["adult-social-care"]},
        {"item": "1850", "kind": "comment",
         "text": "put it to the representatives that the additional winter funding announced "
                 "by NHS England",
         "asked_by": "The Vice-Chair",
         "answer": "acknowledged that the timing was unhelpful but said that the ICB had "
                   "planned",
         "given_by": "the Director of Place",
         "themes": ["finance"]},
        {"item": "1851", "kind": "question",
         "text": "challenged the decision to go to the independent sector, asking whether an "
                 "NHS-led option",
         "asked_by": "Councillor Gill",
         "answer": "neither the Trust nor its neighbours had been able to identify the capital",
         "given_by": "Ms Carverhill",
         "themes": ["privatisation", "subcontracting", "finance", "workforce"]},
        {"item": "1851", "kind": "concern",
         "text": "was uneasy about the length of the contract, which in his view risked "
                 "locking",
         "asked_by": "Councillor Kershaw",
         "answer": "break clauses would be available at the end of years three and five",
         "given_by": None,
         "themes": ["subcontracting", "privatisation"]},
        {"item": "1851", "kind": "question",
         "text": "sought clarification as to whether any Trust radiographers would be "
                 "required to transfer",
         "asked_by": "Councillor Ormsby",
         "answer": "no Trust staff were in scope for a TUPE transfer, as the contract",
         "given_by": None,
         "themes": ["workforce", "subcontracting"]},
        {"item": "1851", "kind": "comment",
         "text": "had surveyed 312 patients about the diagnostic centre; most respondents "
                 "cared more about",
         "asked_by": "Ms Ruskin",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "privatisation"]},
        {"item": "1852", "kind": "question",
         "text": "enquired how many hours of commissioned care had been handed back by "
                 "providers",
         "asked_by": "Councillor Carrow",
         "answer": "1,140 hours a week had been handed back, mostly in the rural north",
         "given_by": "Mr Penhaligon",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "1852", "kind": "question",
         "text": "pressed officers on whether the framework rate of £24.60 an hour was "
                 "sufficient",
         "asked_by": "Councillor Adeyemi",
         "answer": "the rate had been built up using a cost of care model",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "1852", "kind": "concern",
         "text": "drew attention to complaints she had received from families about visits "
                 "being cut short",
         "asked_by": "Councillor Dunstan",
         "answer": "15-minute visits were commissioned only for medication prompts and "
                   "welfare checks",
         "given_by": "Officers",
         "themes": ["adult-social-care"]},
        {"item": "1852", "kind": "question",
         "text": "whether consideration had been given to bringing a proportion of long-term "
                 "home care",
         "asked_by": "Councillor Fairbairn",
         "answer": "an in-house option would be costed as part of the options appraisal",
         "given_by": "The Cabinet Member",
         "themes": ["privatisation", "adult-social-care", "subcontracting"]},
        {"item": "1853", "kind": "comment",
         "text": "remarked that it was shameful that a baby girl born in Ashby East",
         "asked_by": "Councillor Gill",
         "answer": "the causes were rooted in income, housing and employment as much as",
         "given_by": "The Director of Public Health",
         "themes": ["public-health"]},
        {"item": "1853", "kind": "question",
         "text": "wished to know whether the public health grant for 2025/26 had kept pace",
         "asked_by": "Councillor Kershaw",
         "answer": "the 5.6 per cent uplift had largely been absorbed by NHS pay awards",
         "given_by": "Ms Tillotson",
         "themes": ["public-health", "finance"]},
        {"item": "1853", "kind": "request",
         "text": "asked that future annual reports include ward-level data on childhood "
                 "immunisation uptake",
         "asked_by": "Councillor Ormsby",
         "answer": None,
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "1854", "kind": "request",
         "text": "requested that an item on access to NHS dentistry be added",
         "asked_by": "Councillor Dunstan",
         "answer": "the ICB’s primary care commissioning team had offered to attend the "
                   "meeting in February",
         "given_by": "Ms Nadeem",
         "themes": ["primary-care"]},
        {"item": "1854", "kind": "question",
         "text": "asked whether the Committee could hold a themed meeting on the 10 Year "
                 "Health Plan",
         "asked_by": "Councillor Carrow",
         "answer": "she and the Vice-Chair would consider this with officers",
         "given_by": "the Chair",
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "1848",
         "text": "the minutes of the meeting held on 8 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "1850",
         "text": "the Urgent and Emergency Care Winter Resilience Plan 2025/26 be noted",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "1851",
         "text": "the motion was declared lost, three Members voting in favour and five "
                 "against",
         "outcome": "rejected", "themes": ["privatisation", "subcontracting"]},
        {"item": "1851",
         "text": "does not consider the proposal to amount to a substantial development or "
                 "variation",
         "outcome": "agreed", "themes": ["governance", "subcontracting"]},
        {"item": "1852",
         "text": "the progress made in the first six months of the domiciliary care "
                 "framework be noted",
         "outcome": "noted", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "1852",
         "text": "a fully costed in-house delivery option be appraised alongside external "
                 "provision",
         "outcome": "recommended",
         "themes": ["privatisation", "adult-social-care", "subcontracting"]},
        {"item": "1853",
         "text": "the Director of Public Health’s Annual Report 2025 be received and its "
                 "recommendations endorsed",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "1854",
         "text": "the work programme for 2025/26 be approved, subject to the inclusion of an "
                 "item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Mrs E. Halloran", "role": "Chair", "attendance": "present"},
        {"name": "R. Adeyemi", "role": None, "attendance": "present"},
        {"name": "P. Carrow", "role": "Vice-Chair", "attendance": "present"},
        {"name": "L. Dunstan", "role": None, "attendance": "present"},
        {"name": "M. Fairbairn", "role": None, "attendance": "present"},
        {"name": "S. Gill", "role": None, "attendance": "present"},
        {"name": "T. Kershaw", "role": None, "attendance": "present"},
        {"name": "J. Ormsby", "role": "Substitute Member", "attendance": "present"},
        {"name": "H. Lyle", "role": None, "attendance": "apologies"},
        {"name": "D. Wilde", "role": None, "attendance": "apologies"},
        {"name": "M. Tillotson", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "G. Penhaligon", "role": "Assistant Director – Adult Social Care "
                                          "Commissioning and Market Management",
         "attendance": "in_attendance"},
        {"name": "F. Nadeem", "role": "Scrutiny and Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "O. Blakeley", "role": "Senior Solicitor, Governance and Legal",
         "attendance": "in_attendance"},
        {"name": "N. Forsdyke", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Dr S. Achterberg", "role": "Chief Medical Officer, Thornmere and Ashby "
                                             "Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "L. Carverhill", "role": "Director of Place (Thornmere), NHS Anderwick and "
                                          "Thornmere Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "B. Ruskin", "role": "Chief Executive, Healthwatch Thornmere",
         "attendance": "in_attendance"},
    ],
}


# --- a small hyphenator, good enough to imitate LibreOffice's automatic hyphenation ---
VOWELS = set("aeiouy")
NO_SPLIT = {"ch", "sh", "th", "ph", "wh", "ck", "ng", "qu", "gh", "wr", "kn"}
BAD_RIGHT = ("ed", "es", "le", "ly")


def break_points(core):
    """Candidate hyphenation indices inside a lower-case alphabetic word."""
    n = len(core)
    if n < 7 or not core.isalpha() or not core.islower():
        return []
    pts = set()
    for i in range(3, n - 2):
        a, b = core[i - 1], core[i]
        if core[i:] in BAD_RIGHT or n - i < 3:
            continue
        if core.endswith(("ed", "es", "er")) and n - i < 4:
            continue
        # VC|CV
        if (a not in VOWELS and b not in VOWELS and core[i - 2] in VOWELS
                and i + 1 < n and core[i + 1] in VOWELS and a + b not in NO_SPLIT):
            pts.add(i)
        # V|CV
        if (a in VOWELS and b not in VOWELS and i + 1 < n and core[i + 1] in VOWELS
                and core[i - 2] not in VOWELS and core[i:i + 2] not in NO_SPLIT):
            pts.add(i)
    for suf in ("ing", "tion", "sion", "ment", "ness", "ity", "able", "ful"):
        if core.endswith(suf) and n - len(suf) >= 4:
            i = n - len(suf)
            pts = {p for p in pts if abs(p - i) > 1}
            pts.add(i)
    # never leave "tion"/"sion" broken in the middle
    return sorted(p for p in pts if core[p - 1:p + 3] not in ("tion", "sion"))


def split_word(word):
    m = re.match(r"^([“(‘]*)([A-Za-z]+)([^A-Za-z]*)$", word)
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3)


def make_pdf():
    from fpdf import FPDF

    TEAL = (0, 92, 99)

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Arial", "", 8)
            self.set_text_color(89, 89, 89)
            self.set_xy(self.l_margin, 10)
            self.cell(0, 4, "Thornmere Council – Health Overview and Scrutiny Committee – "
                            "14 October 2025", align="L")
            self.set_draw_color(160, 160, 160)
            self.set_line_width(0.2)
            self.line(self.l_margin, 15.2, self.w - self.r_margin, 15.2)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

        def footer(self):
            self.set_font("Arial", "", 8)
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, -16)
            self.cell(60, 4, "HOSC – 14.10.2025", align="L")
            self.set_xy(self.l_margin, -16)
            self.cell(self.epw, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_xy(self.w - self.r_margin - 55, -16)
            self.cell(55, 4, "Chair’s initials ……………", align="R")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_margins(25.4, 20, 25.4)
    pdf.set_auto_page_break(False)
    for style, fn, ps in (("", "DejaVuSans.ttf", "ArialMT"),
                          ("B", "DejaVuSans-Bold.ttf", "Arial-BoldMT"),
                          ("I", "DejaVuSans-Oblique.ttf", "Arial-ItalicMT")):
        pdf.add_font("Arial", style, str(FONTDIR / fn))
        pdf.fonts["arial" + style].name = ps
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 14 October 2025")
    pdf.set_author("fnadeem")
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.set_creation_date(FIXED)
    pdf.set_lang("en-GB")
    pdf.alias_nb_pages()
    pdf.add_page()

    SIZE = 10.5
    LH = 5.15  # line height, mm
    BOTTOM = pdf.h - 24
    INDENT = 20.0
    left = pdf.l_margin
    right = pdf.w - pdf.r_margin

    # --- first-page header table with the logo text ---
    top = 14
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.rect(left, top, right - left, 34)
    pdf.line(left + 52, top, left + 52, top + 34)
    pdf.set_text_color(*TEAL)
    pdf.set_font("Arial", "B", 19)
    pdf.text(left + 4, top + 13, "Thornmere")
    pdf.set_font("Arial", "", 9)
    pdf.set_char_spacing(2.2)
    pdf.text(left + 4.4, top + 19, "COUNCIL")
    pdf.set_char_spacing(0)
    pdf.set_font("Arial", "I", 6.5)
    pdf.text(left + 4.4, top + 27, "Working together for a")
    pdf.text(left + 4.4, top + 30, "healthier Thornmere")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Arial", "B", 12)
    pdf.set_xy(left + 55, top + 3)
    pdf.multi_cell(right - left - 58, 5.6, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
                   align="L")
    pdf.set_font("Arial", "", 9.5)
    pdf.set_xy(left + 55, top + 15)
    pdf.multi_cell(right - left - 58, 4.6,
                   "MINUTES of the meeting held on Tuesday, 14 October 2025 at 6.30 pm in "
                   "the Council Chamber, Thornmere Civic Centre, Wharf Street, Thornmere",
                   align="L")
    y = top + 34 + 7

    state = {"y": y, "hyph_run": 0}

    def new_page():
        pdf.add_page()
        state["y"] = 21.5

    def ensure(h):
        if state["y"] + h > BOTTOM:
            new_page()

    def tokens(text):
        """Split **bold** markup into (word, style) tokens."""
        out = []
        bold = False
        for part in re.split(r"(\*\*)", text):
            if part == "**":
                bold = not bold
                continue
            for w in part.split():
                out.append((w, "B" if bold else ""))
        return out

    def width(word, style):
        pdf.set_font("Arial", style, SIZE)
        return pdf.get_string_width(word)

    def layout(toks, x0, x1, first_x0=None, justify=True, size=SIZE):
        """Greedy line breaking with hyphenation; draw lines, return nothing."""
        lines = []
        cur, cur_w = [], 0.0
        line_x0 = first_x0 if first_x0 is not None else x0
        queue = list(toks)
        hyph_run = 0
        while queue:
            w, st = queue.pop(0)
            avail = x1 - line_x0
            ww = width(w, st)
            sp = width(" ", st)
            need = ww if not cur else cur_w + sp + ww
            if need <= avail:
                cur.append((w, st, ww))
                cur_w = need
                continue
            # try hyphenation
            placed = False
            parts = split_word(w)
            if parts and hyph_run < 2 and cur:
                lead, core, tail = parts
                for p in reversed(break_points(core)):
                    head = lead + core[:p] + "-"
                    hw = width(head, st)
                    if cur_w + sp + hw <= avail:
                        cur.append((head, st, hw))
                        queue.insert(0, (core[p:] + tail, st))
                        placed = True
                        break
            lines.append((line_x0, cur, True))
            hyph_run = hyph_run + 1 if placed else 0
            line_x0 = x0
            cur, cur_w = [], 0.0
            if not placed:
                cur = [(w, st, ww)]
                cur_w = ww
        if cur:
            lines.append((line_x0, cur, False))
        for lx0, words, not_last in lines:
            ensure(LH)
            base = state["y"] + LH * 0.78
            total = sum(x[2] for x in words)
            gaps = len(words) - 1
            if justify and not_last and gaps > 0:
                gap = (x1 - lx0 - total) / gaps
            else:
                gap = width(" ", "")
            x = lx0
            for w, st, ww in words:
                pdf.set_font("Arial", st, size)
                pdf.text(x, base, w)
                x += ww + gap
            state["y"] += LH

    def para(text, x0, x1, first_x0=None, after=2.6, justify=True):
        layout(tokens(text), x0, x1, first_x0, justify)
        state["y"] += after

    for block in HOSC:
        kind = block[0]
        if kind == "full":
            para(block[1], left, right)
        elif kind == "item":
            _, num, title = block
            ensure(LH * 4)
            state["y"] += 2.0
            pdf.set_font("Arial", "B", SIZE)
            pdf.text(left, state["y"] + LH * 0.78, num)
            layout([(w, "B") for w in title.split()], left + INDENT, right,
                   justify=False)
            state["y"] += 2.2
        elif kind == "p":
            para(block[1], left + INDENT, right)
        elif kind in ("res", "rec"):
            ensure(LH * 3)
            label = "RESOLVED –" if kind == "res" else "RECOMMENDED TO CABINET –"
            pdf.set_font("Arial", "B", SIZE)
            pdf.text(left + INDENT, state["y"] + LH * 0.78, label)
            state["y"] += LH + 1.2
            lead = block[1]
            clauses = block[2] if kind == "res" else []
            para(lead, left + INDENT + 8, right, after=1.6 if clauses else 3.2)
            for i, clause in enumerate(clauses, 1):
                ensure(LH)
                pdf.set_font("Arial", "", SIZE)
                pdf.text(left + INDENT + 8, state["y"] + LH * 0.78, f"({i})")
                para(clause, left + INDENT + 17, right,
                     after=1.6 if i < len(clauses) else 3.4)
        elif kind == "sig":
            ensure(LH * 6)
            state["y"] += LH * 2
            pdf.set_font("Arial", "", SIZE)
            pdf.text(left + INDENT, state["y"], "Chair ……………………………………………")
            pdf.text(left + INDENT + 78, state["y"], "Date ……………………")
            state["y"] += LH * 2
            pdf.set_font("Arial", "I", 8.5)
            pdf.text(left + INDENT, state["y"],
                     "Contact officer: Farah Nadeem, Democratic Services, "
                     "democratic.services@thornmere.gov.uk")
    out = DOCS / PDF_NAME
    pdf.output(str(out))
    return out


# ----------------------------------------------------------------------------------------
# 2. Kestwick Children and Young People Scrutiny Committee (Squiz Matrix-like web page)
# ----------------------------------------------------------------------------------------

CYP_ITEMS = [
    ("14", "Apologies for absence and substitutions", """
<p>Apologies for absence were received from Councillor R. Gannon and from Mr D. Pettifer
(Parent Governor Representative, Secondary). Councillor J. Threlfall attended as substitute
for Councillor Gannon.</p>
"""),
    ("15", "Declarations of interest", """
<p>Councillor S. Mellor declared a non-registrable interest in minute 19 as a close relative
is employed by a taxi operator holding routes under the dynamic purchasing system. She left
the room during the consideration of that item and took no part in the discussion.</p>
<p>There were no other declarations.</p>
"""),
    ("16", "Minutes of the previous meeting", """
<p><strong>RESOLVED:</strong> That the minutes of the meeting held on 15 July 2025 be agreed
as a correct record.</p>
"""),
    ("17", "Public questions", """
<p>The Principal Democratic Services Officer reported that no questions had been submitted by
members of the public for this meeting.</p>
"""),
    ("18", "Placement sufficiency and the residential children&rsquo;s homes market", """
<p>The Head of Commissioning, Sufficiency and Placements presented the report, which set out
the Council&rsquo;s growing reliance on externally provided residential placements. Of the 61
Kestwick children living in children&rsquo;s homes on 31 August 2025, 54 were placed with
independent providers, 23 of them more than 20 miles from Kestwick. The average weekly cost of
an external residential placement had risen to &pound;6,840, and spending on external
residential care was forecast to reach &pound;22.3 million in 2025/26, an overspend of
&pound;3.9 million against the budget.</p>
<p>Asked by Councillor Siddiqui what proportion of the providers used by the Council were
owned by private equity investors, the Head of Commissioning said that 7 of the 18 providers
fell into that category and that between them they accounted for 31 of the 54 placements.</p>
<p>Councillor Pike was not persuaded that the market would correct itself, and described
profit margins of over 20 per cent, as reported by the Competition and Markets Authority, as
indefensible at a time when councils were cutting early help services to pay for placements.
The Cabinet Member said that she shared that frustration and pointed to the Council&rsquo;s
plans to open three small in-house homes by 2027, which would be the first directly run
children&rsquo;s homes in the borough since 2014.</p>
<p>Mrs Kowalczyk questioned how many of the external homes in use were rated as requiring
improvement or inadequate by Ofsted, and what happened when a home&rsquo;s rating fell. The
Director of Children&rsquo;s Services replied that four homes in use were currently judged to
require improvement and none was inadequate; whenever a rating fell, each Kestwick child
living there was visited by their social worker within five working days and the placement
was reviewed.</p>
<p>There was a question about the distance at which some children were placed from home.
Officers explained that a placement beyond 20 miles was sometimes chosen deliberately to keep
a young person safe from exploitation, but accepted that in most cases distance simply
reflected the lack of suitable local provision.</p>
<p>Councillor Boden&rsquo;s question, whether the in-house homes would be staffed by Council
employees on Council terms and conditions, was answered by the Head of Commissioning, who
confirmed that they would, and that a recruitment campaign for registered managers would begin
in January. Pressed further by Councillor Pike on timescales, the Director accepted that the
first home would not open until autumn 2026 at the earliest, given the time needed to secure
registration with Ofsted.</p>
<p><strong>RESOLVED</strong> (by 6 votes to 2): That Cabinet be recommended to:</p>
<ol type="a">
<li>bring forward the capital programme for the three in-house children&rsquo;s homes so that
the first home opens no later than September 2026;</li>
<li>explore with neighbouring authorities a jointly commissioned regional framework for
residential placements; and</li>
<li>write to the Secretary of State for Education in support of a statutory limit on the
profits made by providers of children&rsquo;s homes.</li>
</ol>
"""),
    ("19", "Home to school transport for children with SEND: re-procurement of contracted "
           "routes", """
<p>(Councillor Mellor left the meeting during consideration of this item.)</p>
<p>The Service Manager &ndash; SEND Travel Assistance introduced the report on the
re-procurement of 212 contracted taxi and minibus routes through the dynamic purchasing system,
which had taken effect at the start of the autumn term. Route costs had increased by an
average of 11 per cent, adding about &pound;1.2 million a year to the cost of the service.</p>
<p>Ms Ferreira, speaking as a parent governor, told the Committee that several families at
her school had not been told which operator or driver would collect their child until the
evening before term began. The Service Manager apologised for the late notifications, which she
attributed to three operators withdrawing from routes in the final week of August, and said
that every family now had a named contact in the travel assistance team.</p>
<p>Councillor Ashworth was curious to know why the Council had not used its own minibus
fleet, which stood idle for much of the school day, to run more of the routes. Officers
advised that the in-house fleet already operated 38 routes and that the real constraint was
the availability of passenger assistants rather than vehicles.</p>
<p>Councillor Threlfall raised the matter of safeguarding checks on drivers and passenger
assistants employed by operators. The Service Manager confirmed that no driver or passenger
assistant could be assigned to a route until an enhanced DBS check had been verified by the
Council&rsquo;s licensing team.</p>
<p>On costs, the Vice-Chair queried whether the 11 per cent increase reflected genuine cost
pressures or a lack of competition for rural routes. It was explained that a third of the
rural routes had attracted only a single bid, and that officers would test whether combining
routes would bring in more operators at the next round.</p>
<p>The Chair requested that the results of the parent and carer survey due in November be
reported to a future meeting of the Committee.</p>
<p><strong>RESOLVED:</strong> That the update on the re-procurement of contracted SEND
transport routes be noted.</p>
"""),
    ("20", "Children&rsquo;s social care workforce: reducing reliance on agency staff", """
<p>(Councillor Mellor returned to the meeting.)</p>
<p>The Director of Children&rsquo;s Services gave a presentation on progress in reducing the
use of agency social workers. Agency workers now made up 19 per cent of the qualified social
work establishment, down from 27 per cent a year earlier, and the Council had signed the
regional memorandum of understanding on agency pay rates.</p>
<p>Mr Rhys enquired whether the reduction had been achieved by converting agency workers to
permanent contracts or by recruiting newly qualified staff; the Director&rsquo;s answer was
that roughly half of the reduction had come from each route.</p>
<p>Councillor Mellor expressed concern that average caseloads in the assessment teams, at 24
children per worker, remained well above the Council&rsquo;s own target of 18. The Director
said that caseloads would fall once the 14 newly qualified social workers recruited this year
had completed their protected first year in practice.</p>
<p>Councillor Ashworth sought to understand how much money the reduction in agency use had
saved. In response, the Director stated that the saving in 2024/25 had been &pound;1.7
million, of which &pound;0.6 million had been reinvested in a market supplement for
experienced child protection social workers.</p>
<p><strong>RESOLVED:</strong> That the progress made in reducing reliance on agency social
workers be noted and welcomed.</p>
"""),
    ("21", "Work programme 2025/26", """
<p>Councillor Boden asked that elective home education be added to the work programme, in the
light of the rise in the number of children registered as home educated in the borough. The
Principal Democratic Services Officer suggested that a report could be brought to the meeting
on 17 March 2026, once the autumn census figures were available.</p>
<p><strong>RESOLVED:</strong> That the work programme for 2025/26 be agreed, with the addition
of a report on elective home education in March 2026.</p>
"""),
    ("22", "Date of next meeting", """
<p>Tuesday 20 January 2026 at 5.00pm, Committee Room 2, Kestwick Town Hall.</p>
<p>The meeting ended at 7.22pm.</p>
"""),
]

CYP_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Children and Young People Scrutiny Committee",
    "meeting_date": "2025-09-23",
    "items": [
        {"number": "14", "title": "Apologies for absence and substitutions"},
        {"number": "15", "title": "Declarations of interest"},
        {"number": "16", "title": "Minutes of the previous meeting"},
        {"number": "17", "title": "Public questions"},
        {"number": "18", "title": "Placement sufficiency and the residential children’s "
                                  "homes market"},
        {"number": "19", "title": "Home to school transport for children with SEND: "
                                  "re-procurement of contracted routes"},
        {"number": "20", "title": "Children’s social care workforce: reducing reliance on "
                                  "agency staff"},
        {"number": "21", "title": "Work programme 2025/26"},
        {"number": "22", "title": "Date of next meeting"},
    ],
    "questions": [
        {"item": "18", "kind": "question",
         "text": "what proportion of the providers used by the Council were owned by private "
                 "equity",
         "asked_by": "Councillor Siddiqui",
         "answer": "7 of the 18 providers fell into that category",
         "given_by": "the Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "children-and-families"]},
        {"item": "18", "kind": "concern",
         "text": "was not persuaded that the market would correct itself, and described "
                 "profit margins",
         "asked_by": "Councillor Pike",
         "answer": "plans to open three small in-house homes by 2027",
         "given_by": "The Cabinet Member",
         "themes": ["privatisation", "finance", "children-and-families"]},
        {"item": "18", "kind": "question",
         "text": "questioned how many of the external homes in use were rated as requiring "
                 "improvement",
         "asked_by": "Mrs Kowalczyk",
         "answer": "four homes in use were currently judged to require improvement and none",
         "given_by": "The Director of Children’s Services",
         "themes": ["governance", "children-and-families", "subcontracting"]},
        {"item": "18", "kind": "question",
         "text": "There was a question about the distance at which some children were placed",
         "asked_by": None,
         "answer": "a placement beyond 20 miles was sometimes chosen deliberately to keep a "
                   "young person safe",
         "given_by": "Officers",
         "themes": ["children-and-families"]},
        {"item": "18", "kind": "question",
         "text": "whether the in-house homes would be staffed by Council employees on Council "
                 "terms",
         "asked_by": "Councillor Boden",
         "answer": "a recruitment campaign for registered managers would begin in January",
         "given_by": "the Head of Commissioning",
         "themes": ["workforce", "privatisation", "children-and-families"]},
        {"item": "18", "kind": "question",
         "text": "Pressed further by Councillor Pike on timescales, the Director accepted",
         "asked_by": "Councillor Pike",
         "answer": "first home would not open until autumn 2026 at the earliest",
         "given_by": "the Director",
         "themes": ["children-and-families"]},
        {"item": "19", "kind": "concern",
         "text": "had not been told which operator or driver would collect their child",
         "asked_by": "Ms Ferreira",
         "answer": "apologised for the late notifications, which she attributed to three "
                   "operators withdrawing",
         "given_by": "The Service Manager",
         "themes": ["subcontracting", "children-and-families"]},
        {"item": "19", "kind": "question",
         "text": "was curious to know why the Council had not used its own minibus fleet",
         "asked_by": "Councillor Ashworth",
         "answer": "the in-house fleet already operated 38 routes and that the real "
                   "constraint",
         "given_by": "Officers",
         "themes": ["privatisation", "subcontracting", "workforce"]},
        {"item": "19", "kind": "concern",
         "text": "raised the matter of safeguarding checks on drivers and passenger "
                 "assistants employed by operators",
         "asked_by": "Councillor Threlfall",
         "answer": "no driver or passenger assistant could be assigned to a route until",
         "given_by": "The Service Manager",
         "themes": ["subcontracting", "children-and-families"]},
        {"item": "19", "kind": "question",
         "text": "queried whether the 11 per cent increase reflected genuine cost pressures",
         "asked_by": "the Vice-Chair",
         "answer": "a third of the rural routes had attracted only a single bid",
         "given_by": None,
         "themes": ["finance", "privatisation", "subcontracting"]},
        {"item": "19", "kind": "request",
         "text": "requested that the results of the parent and carer survey due in November",
         "asked_by": "The Chair",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "children-and-families"]},
        {"item": "20", "kind": "question",
         "text": "enquired whether the reduction had been achieved by converting agency "
                 "workers to permanent contracts",
         "asked_by": "Mr Rhys",
         "answer": "roughly half of the reduction had come from each route",
         "given_by": "the Director",
         "themes": ["workforce"]},
        {"item": "20", "kind": "concern",
         "text": "expressed concern that average caseloads in the assessment teams, at 24 "
                 "children",
         "asked_by": "Councillor Mellor",
         "answer": "caseloads would fall once the 14 newly qualified social workers recruited",
         "given_by": "The Director",
         "themes": ["workforce", "children-and-families"]},
        {"item": "20", "kind": "question",
         "text": "sought to understand how much money the reduction in agency use had saved",
         "asked_by": "Councillor Ashworth",
         "answer": "the saving in 2024/25 had been £1.7 million, of which £0.6 million",
         "given_by": "the Director",
         "themes": ["finance", "workforce"]},
        {"item": "21", "kind": "request",
         "text": "asked that elective home education be added to the work programme",
         "asked_by": "Councillor Boden",
         "answer": "suggested that a report could be brought to the meeting on 17 March 2026",
         "given_by": "The Principal Democratic Services Officer",
         "themes": ["children-and-families"]},
    ],
    "resolutions": [
        {"item": "16",
         "text": "the minutes of the meeting held on 15 July 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "18",
         "text": "bring forward the capital programme for the three in-house children’s homes",
         "outcome": "recommended",
         "themes": ["privatisation", "children-and-families", "finance", "subcontracting"]},
        {"item": "19",
         "text": "the update on the re-procurement of contracted SEND transport routes be "
                 "noted",
         "outcome": "noted", "themes": ["subcontracting", "children-and-families"]},
        {"item": "20",
         "text": "the progress made in reducing reliance on agency social workers be noted",
         "outcome": "noted", "themes": ["workforce"]},
        {"item": "21",
         "text": "the work programme for 2025/26 be agreed, with the addition of a report",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": "P. Haldane", "role": "Chair", "attendance": "present"},
        {"name": "B. Okonjo", "role": "Vice-Chair", "attendance": "present"},
        {"name": "T. Ashworth", "role": None, "attendance": "present"},
        {"name": "C. Boden", "role": None, "attendance": "present"},
        {"name": "S. Mellor", "role": None, "attendance": "present"},
        {"name": "W. Pike", "role": None, "attendance": "present"},
        {"name": "I. Siddiqui", "role": None, "attendance": "present"},
        {"name": "J. Threlfall", "role": "Substitute", "attendance": "present"},
        {"name": "Mr A. Rhys", "role": "Church of England Diocese of Kestwick and Pendle",
         "attendance": "present"},
        {"name": "Mrs T. Kowalczyk", "role": "Roman Catholic Diocese of Salbury",
         "attendance": "present"},
        {"name": "Ms N. Ferreira", "role": "Parent Governor Representative, Primary",
         "attendance": "present"},
        {"name": "R. Gannon", "role": None, "attendance": "apologies"},
        {"name": "Mr D. Pettifer", "role": "Parent Governor Representative, Secondary",
         "attendance": "apologies"},
        {"name": "M. Delacroix-Hughes",
         "role": "Cabinet Member for Children, Young People and Families",
         "attendance": "in_attendance"},
        {"name": "Ruth Amankwah", "role": "Director of Children’s Services",
         "attendance": "in_attendance"},
        {"name": "Daniel Sowerby", "role": "Head of Commissioning, Sufficiency and "
                                           "Placements",
         "attendance": "in_attendance"},
        {"name": "Helen Marchbank", "role": "Service Manager – SEND Travel Assistance",
         "attendance": "in_attendance"},
        {"name": "Kiran Dhaliwal", "role": "Principal Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

HTML_HEAD = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Children and Young People Scrutiny Committee minutes: 23 September 2025 | Kestwick Council</title>
<meta name="description" content="Minutes of the Children and Young People Scrutiny Committee meeting held on 23 September 2025.">
<meta name="dcterms.modified" content="2025-10-08">
<meta name="asset_id" content="58214">
<link rel="canonical" href="https://www.kestwick.gov.uk/council-and-democracy/councillors-and-committees/committee-meetings/children-and-young-people-scrutiny-committee/minutes-23-september-2025">
<link rel="stylesheet" href="/__data/assets/css_file/0017/48203/kestwick-main.css?v=0.1.87">
<link rel="stylesheet" href="/__data/assets/css_file/0018/48204/kestwick-print.css?v=0.1.87" media="print">
<link rel="icon" href="/__data/assets/file/0022/1147/favicon.ico">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
</head>
<body class="template-standard-page section-council-and-democracy">
<a class="skip-link" href="#main-content">Skip to main content</a>

<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on the Kestwick Council website">
  <div class="container">
    <h2 class="cookie-banner__heading">Cookies on kestwick.gov.uk</h2>
    <p>We use some essential cookies to make this website work. We&rsquo;d also like to set analytics cookies to help us improve it.</p>
    <button type="button" class="btn btn--primary" data-cookie="accept">Accept analytics cookies</button>
    <button type="button" class="btn btn--secondary" data-cookie="reject">Reject analytics cookies</button>
    <a href="/?a=1190">View cookies</a>
  </div>
</div>

<header class="site-header" role="banner">
  <div class="container site-header__inner">
    <a class="site-header__logo" href="https://www.kestwick.gov.uk/"><img src="/__data/assets/image/0020/1145/kestwick-logo.svg" alt="Kestwick Council logo - go to the homepage" width="190" height="52"></a>
    <form class="site-search" action="https://www.kestwick.gov.uk/search" method="get" role="search">
      <label for="site-search-q" class="visually-hidden">Search this site</label>
      <input type="search" id="site-search-q" name="queries_keywords_query" placeholder="Search kestwick.gov.uk">
      <button type="submit" class="site-search__btn">Search</button>
    </form>
    <a class="site-header__account" href="https://my.kestwick.gov.uk/">Sign in to MyKestwick</a>
  </div>
  <nav class="primary-nav" aria-label="Main menu">
    <ul class="container">
      <li><a href="/?a=1201">Bins and recycling</a></li>
      <li><a href="/?a=1202">Council tax and benefits</a></li>
      <li><a href="/?a=1203">Housing</a></li>
      <li><a href="/?a=1204">Schools and learning</a></li>
      <li><a href="/?a=1205">Social care and health</a></li>
      <li><a href="/?a=1206">Planning and building control</a></li>
      <li><a href="/?a=1207" class="active">Council and democracy</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumbs container" aria-label="Breadcrumb">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__item"><a href="https://www.kestwick.gov.uk/">Home</a></li>
    <li class="breadcrumbs__item"><a href="https://www.kestwick.gov.uk/council-and-democracy">Council and democracy</a></li>
    <li class="breadcrumbs__item"><a href="https://www.kestwick.gov.uk/council-and-democracy/councillors-and-committees">Councillors and committees</a></li>
    <li class="breadcrumbs__item"><a href="https://www.kestwick.gov.uk/council-and-democracy/councillors-and-committees/committee-meetings">Committee meetings</a></li>
    <li class="breadcrumbs__item"><a href="https://www.kestwick.gov.uk/council-and-democracy/councillors-and-committees/committee-meetings/children-and-young-people-scrutiny-committee">Children and Young People Scrutiny Committee</a></li>
    <li class="breadcrumbs__item" aria-current="page">Minutes: 23 September 2025</li>
  </ol>
</nav>

<main id="main-content" class="container main" role="main">
<div class="grid">
<aside class="grid__col grid__col--sidebar section-nav" aria-labelledby="section-nav-heading">
  <h2 id="section-nav-heading" class="section-nav__heading">In this section</h2>
  <ul class="section-nav__list">
    <li><a href="/?a=57990">About the committee</a></li>
    <li><a href="/?a=57991">Membership</a></li>
    <li><a href="/?a=57992">Meeting dates 2025/26</a></li>
    <li><a href="/?a=58101">Agenda: 23 September 2025</a></li>
    <li class="current"><a href="/?a=58214" aria-current="page">Minutes: 23 September 2025</a></li>
    <li><a href="/?a=57655">Minutes: 15 July 2025</a></li>
    <li><a href="/?a=57340">Minutes: 4 March 2025</a></li>
    <li><a href="/?a=57993">Work programme</a></li>
    <li><a href="/?a=57994">Speak at a scrutiny meeting</a></li>
    <li><a href="/?a=57995">Watch meetings online</a></li>
  </ul>
</aside>

<article class="grid__col grid__col--main content" id="content">
<h1 class="page-title">Children and Young People Scrutiny Committee minutes: 23 September 2025</h1>
<p class="lede">Minutes of the meeting of the Children and Young People Scrutiny Committee held on Tuesday 23 September 2025 at 5.00pm in Committee Room 2, Kestwick Town Hall.</p>
<div class="callout callout--info" role="note">
  <p><strong>Draft minutes.</strong> These minutes are subject to confirmation at the next meeting of the committee.</p>
</div>
<ul class="document-list">
  <li class="document-list__item document-list__item--pdf"><a href="/__data/assets/pdf_file/0031/58219/CYP-Scrutiny-minutes-23-September-2025.pdf">Children and Young People Scrutiny Committee minutes 23 September 2025 <span class="document-list__meta">(PDF, 198KB)</span></a></li>
  <li class="document-list__item document-list__item--pdf"><a href="/__data/assets/pdf_file/0028/58108/CYP-Scrutiny-agenda-pack-23-September-2025.pdf">Agenda pack <span class="document-list__meta">(PDF, 3.4MB)</span></a></li>
</ul>
<p class="accessible-formats">If you need this information in a different format, email <a href="mailto:democratic.services@kestwick.gov.uk">democratic.services@kestwick.gov.uk</a>.</p>

<nav class="on-this-page" aria-labelledby="otp-heading">
<h2 id="otp-heading" class="on-this-page__heading">On this page</h2>
<ol class="on-this-page__list">
<li><a href="#attendance">Attendance</a></li>
{toc}
</ol>
</nav>

<h2 id="attendance">Attendance</h2>
<p><strong>Present:</strong> Councillor P. Haldane (Chair), Councillor B. Okonjo (Vice-Chair); Councillors T. Ashworth, C. Boden, S. Mellor, W. Pike, I. Siddiqui and J. Threlfall (substitute).</p>
<p><strong>Co-opted members (voting on education matters):</strong> Mr A. Rhys (Church of England Diocese of Kestwick and Pendle), Mrs T. Kowalczyk (Roman Catholic Diocese of Salbury) and Ms N. Ferreira (Parent Governor Representative, Primary).</p>
<p><strong>Also in attendance:</strong> Councillor M. Delacroix-Hughes (Cabinet Member for Children, Young People and Families).</p>
<p><strong>Officers:</strong> Ruth Amankwah (Director of Children&rsquo;s Services), Daniel Sowerby (Head of Commissioning, Sufficiency and Placements), Helen Marchbank (Service Manager &ndash; SEND Travel Assistance) and Kiran Dhaliwal (Principal Democratic Services Officer).</p>
"""

HTML_FOOT = """
<p class="page-meta">Page last updated: 8 October 2025</p>

<section class="feedback" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading" class="feedback__heading">Was this page helpful?</h2>
  <form class="feedback__form" action="/?a=1300" method="post">
    <input type="hidden" name="page_asset" value="58214">
    <fieldset>
      <legend class="visually-hidden">Was this page helpful?</legend>
      <label><input type="radio" name="helpful" value="yes"> Yes</label>
      <label><input type="radio" name="helpful" value="no"> No</label>
    </fieldset>
    <label for="feedback-comment">Tell us how we could improve this page (optional). Do not include personal information.</label>
    <textarea id="feedback-comment" name="comment" rows="3" maxlength="500"></textarea>
    <button type="submit" class="btn btn--secondary">Send feedback</button>
  </form>
</section>
</article>
</div>
</main>

<footer class="site-footer" role="contentinfo">
  <div class="container site-footer__inner">
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Contact us</h2>
      <address>Kestwick Council<br>Town Hall<br>Market Place<br>Kestwick<br>KW1 1AA</address>
      <p>Telephone: <a href="tel:01632960000">01632 960000</a></p>
      <p><a href="/?a=1150">Opening times and other ways to contact us</a></p>
    </div>
    <div class="site-footer__col">
      <h2 class="site-footer__heading">Follow us</h2>
      <ul class="social-links">
        <li><a href="https://www.facebook.com/kestwickcouncil">Facebook</a></li>
        <li><a href="https://www.instagram.com/kestwickcouncil">Instagram</a></li>
        <li><a href="https://www.linkedin.com/company/kestwick-council">LinkedIn</a></li>
        <li><a href="https://www.youtube.com/@kestwickcouncil">YouTube (meeting webcasts)</a></li>
      </ul>
    </div>
    <div class="site-footer__col">
      <ul class="site-footer__links">
        <li><a href="/?a=1160">Accessibility statement</a></li>
        <li><a href="/?a=1190">Cookies</a></li>
        <li><a href="/?a=1161">Privacy notice</a></li>
        <li><a href="/?a=1162">Modern slavery statement</a></li>
        <li><a href="/?a=1163">Jobs</a></li>
        <li><a href="/?a=1164">Sitemap</a></li>
      </ul>
      <p class="site-footer__copyright">&copy; Kestwick Metropolitan Borough Council 2025</p>
    </div>
  </div>
</footer>
<script src="/__data/assets/js_file/0024/48201/kestwick-main.js?v=0.1.87"></script>
<!--
  Running Squiz Matrix
  Page generated: 08 October 2025 14:12:51
-->
</body>
</html>
"""


def make_html():
    toc = []
    body = []
    for num, title, content in CYP_ITEMS:
        anchor = f"minute-{num}"
        toc.append(f'<li><a href="#{anchor}">{num}. {title}</a></li>')
        body.append(f'<h2 id="{anchor}" class="minute-heading">'
                    f'<span class="minute-number">{num}.</span> {title}</h2>'
                    f'{content.strip()}\n')
    page = HTML_HEAD.replace("{toc}", "\n".join(toc)) + "\n".join(body) + HTML_FOOT
    out = DOCS / HTML_NAME
    out.write_text(page, encoding="utf-8")
    return out


# ----------------------------------------------------------------------------------------
# 3. Cabinet Member's written report to Council (DOCX, not minutes)
# ----------------------------------------------------------------------------------------

def make_docx():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        h = d.styles[name]
        h.font.name = "Arial"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = RGBColor(0, 0x5C, 0x63)

    hdr = sec.header.paragraphs[0]
    hdr.text = "Thornmere Council\tCouncil – 23 October 2025\tAgenda item 9(c)"
    hdr.style.font.size = Pt(8)
    ftr = sec.footer.paragraphs[0]
    ftr.text = "OFFICIAL\tReport of the Cabinet Member for Adult Social Care and Health"
    ftr.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def p(text, bold=False, italic=False, style=None, align=None):
        para = d.add_paragraph(style=style)
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if align is not None:
            para.alignment = align
        return para

    p("THORNMERE COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p("COUNCIL – THURSDAY, 23 OCTOBER 2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_heading("Report of the Cabinet Member for Adult Social Care and Health", level=1)
    p("Councillor Nigel Forsdyke", italic=True)

    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Purpose", "To update Council on activity within the Adult Social Care and "
                        "Health portfolio since the meeting of Council on 17 July 2025, in "
                        "accordance with Council Procedure Rule 11.3."),
            ("Key decision?", "No – this report is for information."),
            ("Wards affected", "All"),
            ("Report author", "Fiona Garside, Policy and Performance Manager, Adults and "
                              "Health Directorate")]
    for row, (a, b) in zip(t.rows, rows):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[0].paragraphs[0].runs[0].bold = True

    d.add_heading("1. Home care", level=2)
    p("1.1 Six months into the new domiciliary care framework, the number of people waiting "
      "for a package of care has fallen from 212 in April to 74 at the end of September. I "
      "want to thank the 19 providers on the framework and, above all, the care workers who "
      "make this possible.")
    p("1.2 Rural coverage remains the weakest part of the picture. Officers are piloting a "
      "rural uplift in the north of the borough and I will report its results to Members in "
      "the new year.")

    d.add_heading("2. Winter and hospital discharge", level=2)
    p("2.1 The joint winter plan with Thornmere and Ashby Hospitals NHS Foundation Trust and "
      "the Integrated Care Board includes 24 escalation beds and an expanded virtual ward. "
      "The Council’s contribution is focused on discharge: an additional 30 reablement hours "
      "a day from November, funded through the Better Care Fund.")

    d.add_heading("3. Public health", level=2)
    p("3.1 The Director of Public Health’s Annual Report 2025, “A Tale of Two Towns”, was "
      "published on 1 October. I would encourage every Member to read it; its account of the "
      "gap in healthy life expectancy between our most and least deprived neighbourhoods "
      "should shape the priorities of every portfolio, not just mine.")

    d.add_heading("4. Decisions taken since the last meeting of Council", level=2)
    dt = d.add_table(rows=1, cols=4)
    dt.style = "Table Grid"
    for c, txt in zip(dt.rows[0].cells, ("Date", "Decision", "Reference", "Type")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for row in (("12 Aug 2025", "Award of the carers’ support service contract to "
                                "Thornmere Carers’ Centre for three years from 1 October "
                                "2025", "CMD/ASC/25/014", "Cabinet Member decision"),
                ("2 Sep 2025", "Approval of the Better Care Fund plan 2025/26 for "
                               "submission to NHS England", "CAB/25/061", "Cabinet (key "
                               "decision)"),
                ("30 Sep 2025", "Fees uplift of 4.1 per cent for residential and nursing "
                                "care homes, backdated to 7 April 2025", "CMD/ASC/25/019",
                 "Cabinet Member decision")):
        cells = dt.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    p("")
    p("4.1 Full records of these decisions, including the reasons for them and any "
      "alternative options considered, are published on the Council’s website. None was "
      "called in.")

    d.add_heading("5. Scrutiny", level=2)
    p("5.1 I attended the Health Overview and Scrutiny Committee on 14 October to present "
      "the progress report on home care. The Committee has recommended that a fully costed "
      "in-house option be appraised before the framework is re-let in 2027. I welcome the "
      "recommendation and will bring a formal response to Cabinet on 11 November.")

    d.add_heading("6. Follow-up to questions at the last Council meeting", level=2)
    p("6.1 At the meeting on 17 July, Councillor Fairbairn asked me how many people had "
      "been discharged from hospital to a care home outside the borough because no local "
      "bed was available. I undertook to reply in writing and have done so; for "
      "completeness, the figure for April to June 2025 was 23 people, compared with 41 in "
      "the same period last year.")
    p("6.2 Councillor Gill asked about the future of the minor injuries unit at Ashby "
      "Community Hospital. This is a matter for the Integrated Care Board, which has "
      "confirmed that there will be public engagement on urgent treatment services early "
      "in 2026, and I have asked that all Members be notified when it begins.")

    d.add_heading("7. Questions on this report", level=2)
    p("7.1 Members may ask questions of the Cabinet Member on the content of this report "
      "under Council Procedure Rule 11.4. Questions should, where possible, be notified to "
      "Democratic Services by 12 noon on Tuesday, 21 October 2025 so that a full answer "
      "can be given at the meeting.")
    p("Councillor Nigel Forsdyke", bold=True)
    p("Cabinet Member for Adult Social Care and Health")
    p("Background papers: none", italic=True)

    cp = d.core_properties
    cp.author = "Fiona Garside"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Cabinet Member report to Council - Adult Social Care and Health"
    cp.created = datetime(2025, 10, 13, 14, 5, 0)
    cp.modified = datetime(2025, 10, 15, 11, 20, 0)
    cp.revision = 4

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that the build is byte-for-byte repeatable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = DOCS / DOCX_NAME
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 15, 11, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out


DOCX_GOLD = {"document": DOCX_NAME, "doc_type": "report"}


# ----------------------------------------------------------------------------------------
# gold and check
# ----------------------------------------------------------------------------------------

def norm(s):
    s = s.lower().replace("\u2019", "'").replace("\u00ad", "")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def source_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            pages = []
            for page in pdf.pages:
                # drop the running header and footer (page furniture) before matching
                lines = [ln for ln in (page.extract_text() or "").split("\n")
                         if not re.match(r"^(Thornmere Council – Health Overview and "
                                         r"Scrutiny Committee – 14 October 2025|"
                                         r"HOSC – 14\.10\.2025 Page \d+ of \d+)", ln)]
                pages.append("\n".join(lines))
            text = "\n".join(pages)
        # join words hyphenated at a line end by the automatic hyphenation
        return re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check(gold):
    path = DOCS / gold["document"]
    text = norm(source_text(path))
    problems = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            problems.append(f"{kind} phrase has {n} words: {ph!r}")
        c = text.count(norm(ph))
        if c != 1:
            problems.append(f"{kind} phrase found {c} times: {ph!r}")
    numbers = [i["number"] for i in gold.get("items", [])]
    for q in gold.get("questions", []) + gold.get("resolutions", []):
        if q["item"] not in numbers:
            problems.append(f"unknown item {q['item']}")
    for it in gold.get("items", []):
        if norm(it["title"]) not in text:
            problems.append(f"item title not found: {it['title']!r}")
    for a in gold.get("attendees", []):
        surname = norm(a["name"]).split()[-1]
        if surname not in text:
            problems.append(f"attendee not found: {a['name']!r}")
    return problems


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    make_pdf()
    make_html()
    make_docx()
    golds = [HOSC_GOLD, CYP_GOLD, DOCX_GOLD]
    for g in golds:
        name = Path(g["document"]).with_suffix(".json").name
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    if "--check" in sys.argv:
        bad = 0
        for g in golds:
            probs = check(g)
            counts = (len(g.get("items", [])), len(g.get("questions", [])),
                      len(g.get("resolutions", [])), len(g.get("attendees", [])))
            print(f"{g['document']}: items/questions/resolutions/attendees = {counts}")
            for pr in probs:
                print("   PROBLEM:", pr)
            bad += len(probs)
        if bad:
            print(f"check FAILED ({bad} problems)")
            sys.exit(1)
        print("check passed")


if __name__ == "__main__":
    main()
