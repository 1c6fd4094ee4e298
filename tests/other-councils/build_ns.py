#!/usr/bin/env python3
"""Build the "ns-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ns.py           build documents/ns-* and gold/ns-*.json
        build_ns.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ns-penmarrow-hasc-osc-2026-01-14.pdf"
OTHER_NAME = "ns-penmarrow-committee-action-tracker-2026.html"

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
DATE_LONG = "14 January 2026"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", [
        "Councillor Tamsin Rowe (Chairman)",
        "Councillor Mark Nance (Vice-Chairman)",
        "Councillors Jenny Anstey, Paul Bolitho, Loveday Carne, Stephen Dunstan, "
        "Rachel Eddy, Colin Hocking, Pat Jago, Martin Kitto, Sue Penhaligon and "
        "Derek Vosper",
    ]),
    ("Also in attendance:", [
        "Councillor Andrew Trewin (Portfolio Holder for Adults and Public Health)",
        "Councillor Neil Rosewarne (local Member for Polgarth and St Merrin)",
    ]),
    ("Also in attendance remotely:", [
        "Councillor Hannah Keast",
    ]),
]

# Blocks: ("p", text) paragraph; ("b", text) bullet; ("n", label, text) numbered
# clause; ("q", text) indented quotation. "**" marks bold.
ITEMS = [
    ("HASC/41", "Apologies / Dyharasow", [
        ("p", "Apologies for absence were received from Councillor Ruth Beare and "
              "Councillor Peter Ellis."),
        ("p", "Councillor Colin Hocking attended as a substitute for Councillor Ellis."),
    ]),
    ("HASC/42", "Declarations of Interest / Diskleryansow mell", [
        ("p", "Councillor Eddy declared a non-registerable interest in agenda item 7 "
              "(Urgent and Emergency Care – Winter Update) as a member of her close "
              "family was employed as a nurse by Royal Penmarrow Hospitals NHS Trust."),
        ("p", "Councillor Kitto declared a non-registerable interest in agenda item 8 "
              "(Care at Home Recommissioning) as an unpaid director of Camborrow Day "
              "Opportunities CIC, which provided day services to people with learning "
              "disabilities in the Camborrow area."),
    ]),
    ("HASC/43", "Minutes of the Meeting held on 5 November 2025 / Kovnotennow an "
                "Kuntelles synsys 5 mis Du 2025", [
        ("p", "It was proposed by Councillor Nance, seconded by Councillor Carne and "
              "**RESOLVED** that the minutes of the meeting held on 5 November 2025 be "
              "approved as a correct record and signed by the Chairman."),
    ]),
    ("HASC/44", "Urgent Business / Negys toth", [
        ("p", "There was no urgent business."),
    ]),
    ("HASC/45", "Public Questions / Govynnow an Bublek", [
        ("p", "One question had been received from a member of the public in accordance "
              "with the Council’s Constitution."),
        ("p", "Mr Kevin Hosking asked the following question:"),
        ("q", "“Since the overnight closure of the minor injuries unit at St Merrin "
              "Community Hospital in October, residents of the Polgarth peninsula face a "
              "round trip of more than forty miles to reach urgent treatment after 8pm. "
              "What assessment has the Committee made of the impact of this change on "
              "older and disabled residents, and will the Committee ask for the closure "
              "to be reversed?”"),
        ("p", "The Chairman responded that the Committee had been notified of the "
              "temporary change by Penmarrow Partnership NHS Foundation Trust in "
              "September 2025 and that the Trust had been invited to report on its "
              "impact to the meeting on 11 March 2026, at which the Committee would "
              "consider whether the change amounted to a substantial variation in "
              "service and what, if any, further action it should take."),
        ("p", "Mr Hosking asked a supplementary question as to whether residents would "
              "be able to give their views before the March meeting. The Chairman "
              "advised that the Overview and Scrutiny Officer would contact Healthwatch "
              "Penmarrow about gathering residents’ experiences ahead of that meeting, "
              "and that Councillor Rosewarne, as the local Member, would be invited to "
              "attend."),
    ]),
    ("HASC/46", "Update from the Portfolio Holder for Adults and Public Health", [
        ("p", "Councillor Andrew Trewin, Portfolio Holder for Adults and Public Health, "
              "provided a verbal update on matters within his portfolio, which included:"),
        ("b", "the publication on 9 December 2025 of the Care Quality Commission’s "
              "assessment of the Council’s adult social care functions, which had rated "
              "the Council as ‘Good’ overall, with ‘Requires Improvement’ for the "
              "theme of assessing needs;"),
        ("b", "the opening of the 60-apartment extra care scheme at Chy an Gwel, "
              "Trevedran, in December, which was now almost fully let;"),
        ("b", "the provisional local government finance settlement, which included an "
              "additional £6.3m for adult social care in 2026/27."),
        ("p", "Councillor Dunstan asked whether the additional funding would be passed "
              "on in full to care providers to help meet the increase in employers’ "
              "national insurance contributions. The Portfolio Holder replied that the "
              "greater part of it was expected to go towards the fee uplift for "
              "providers, but that the final decision would be made as part of the "
              "budget to be considered by full Council on 24 February 2026."),
        ("p", "Councillor Nance asked when the Committee would see the full CQC report "
              "and the improvement plan for the assessment of needs. The Portfolio "
              "Holder undertook to circulate the report to all Members of the Committee "
              "and advised that the improvement plan would be brought to the Committee "
              "in June."),
    ]),
    ("HASC/47", "Urgent and Emergency Care – Winter Update", [
        ("p", "The Committee received a joint presentation from Dr Nicola Hambly, Chief "
              "Medical Officer, NHS Penmarrow Integrated Care Board (ICB), Jason Tonkin, "
              "Chief Operating Officer, Royal Penmarrow Hospitals NHS Trust (RPHT) and "
              "Kerry Pascoe, Head of Operations (Penmarrow), Western Peninsula Ambulance "
              "Service NHS Foundation Trust (WPAS), which provided an update on the "
              "performance of the urgent and emergency care system over the winter "
              "period to date."),
        ("p", "The following key points were highlighted:"),
        ("b", "the system had declared OPEL 4, the highest level of escalation, on six "
              "occasions between 1 November and 31 December 2025, compared with eleven "
              "occasions over the same period in 2024;"),
        ("b", "the hours lost to ambulance handover delays at Royal Penmarrow Hospital "
              "had reduced from 3,150 hours in December 2024 to 2,240 hours in "
              "December 2025;"),
        ("b", "the number of patients in acute and community hospital beds with no "
              "criteria to reside had averaged 212 a day in December, of whom around "
              "60% were waiting for a package of care at home or a care home placement;"),
        ("b", "performance against the 4-hour standard in the emergency department had "
              "been 61.4% in December, against the national target of 78% by March "
              "2026;"),
        ("b", "flu vaccination uptake among people aged 65 and over stood at 73%, and "
              "among frontline health and care staff at 41%."),
        ("p", "Members asked questions and made comments, and the following points were "
              "noted:"),
        ("b", "Councillor Eddy expressed concern that patients were still being cared "
              "for on trolleys in corridors for long periods and asked how many patients "
              "had waited more than 12 hours in the emergency department. The Chief "
              "Operating Officer advised that 1,860 patients had waited more than 12 "
              "hours from arrival in December, that this was unacceptable, and that "
              "corridor care was now recorded and reported daily to the Trust Board;"),
        ("b", "in response to a question from Councillor Bolitho on why handover delays "
              "remained so much longer at Royal Penmarrow Hospital than at other "
              "hospitals in the region, the Head of Operations explained that the "
              "distances involved meant that ambulances from the west of the county "
              "could not be diverted to another emergency department, and that the "
              "45-minute ‘release to respond’ protocol had been in place since "
              "November;"),
        ("b", "Members queried the reasons for the continuing high number of patients "
              "with no criteria to reside. The Service Director, Adult Social Care "
              "Operations explained that the number of people in hospital waiting for "
              "home care had fallen to 38, the lowest level for four years, but that "
              "delays remained for people needing nursing home beds and for those with "
              "complex needs, and that the Council was block booking 40 additional "
              "short-term beds through the Better Care Fund;"),
        ("b", "Councillor Penhaligon requested that a breakdown of discharge delays by "
              "locality, including the number of people waiting from the Polgarth and "
              "St Merrin area, be circulated to Members. The Chief Operating Officer "
              "agreed to provide this;"),
        ("b", "Councillor Dunstan commented that staff in the emergency department and "
              "on the wards had worked under enormous pressure over the Christmas "
              "period and asked that the Committee’s thanks be passed on to them;"),
        ("b", "Councillor Vosper asked what effect the industrial action by resident "
              "doctors in December had had on planned and urgent care. The Chief "
              "Medical Officer advised that around 900 outpatient appointments and 140 "
              "operations had been rescheduled across the county, but that emergency "
              "care had been maintained throughout by consultant cover;"),
        ("b", "Councillor Anstey asked about the use of virtual wards and whether GPs "
              "had confidence in referring patients to them. It was confirmed that the "
              "‘hospital at home’ service had 96 beds, that occupancy had averaged 74% "
              "in December and that referrals from GP practices had doubled since the "
              "summer, although some practices in the east of the county were still "
              "making little use of the service;"),
        ("b", "Councillor Carne raised concerns about the low uptake of the flu vaccine "
              "among frontline staff and asked what more was being done. The Chief "
              "Medical Officer advised that peer vaccinators had been deployed on every "
              "ward and that uptake among care home staff was being followed up "
              "directly with providers."),
        ("p", "It was proposed by Councillor Bolitho, seconded by Councillor Penhaligon "
              "and"),
        ("p", "**RESOLVED** that the Committee:"),
        ("n", "1.", "notes the update on the performance of the urgent and emergency "
                    "care system over winter 2025/26;"),
        ("n", "2.", "requests that the breakdown of discharge delays by locality be "
                    "circulated to all Members of the Committee; and"),
        ("n", "3.", "requests a further update on ambulance handover delays and "
                    "corridor care at its meeting in June 2026."),
    ]),
    ("HASC/48", "Care at Home Recommissioning", [
        ("p", "The Committee considered a report of the Strategic Director for Care and "
              "Wellbeing which set out the proposed approach to the recommissioning of "
              "care at home (domiciliary care) services, the current contracts for which "
              "were due to expire on 31 October 2026. Simon Pengelly, Head of "
              "Commissioning (Adults), introduced the report and explained that the "
              "proposal was to move from the current framework of 63 providers to "
              "twelve zone contracts across four geographical areas, with a lead "
              "provider in each zone and spot purchasing retained for people with "
              "complex needs and for those using direct payments. The report would be "
              "considered by Cabinet on 4 February 2026."),
        ("p", "The Chairman invited questions from Members."),
        ("p", "Councillor Carne expressed concern that the zone model could reduce "
              "choice for people who wished to stay with a provider they knew, "
              "particularly in rural areas where a single provider might cover a whole "
              "zone, and sought reassurance that existing care packages would not be "
              "moved without the person’s agreement. The Head of Commissioning "
              "confirmed that no existing package would transfer to a new provider "
              "without a review involving the person and their family, and that "
              "continuity of care worker would be a key consideration. Councillor Carne "
              "further asked how many people had been consulted on the proposals. The "
              "Head of Commissioning advised that 1,140 people receiving care at home, "
              "carers and family members had responded to the survey carried out over "
              "the summer, and that eleven engagement sessions had also been held with "
              "providers and with the Penmarrow Carers’ Network."),
        ("p", "Councillor Vosper asked how the Council would ensure that care workers "
              "were paid for the time spent travelling between visits, which he "
              "considered to be the main reason that staff left the sector. In "
              "response, the Head of Commissioning explained that the new specification "
              "would require every provider to pay at least the Real Living Wage and "
              "to pay for travel time, and that this would be checked through "
              "open-book contract monitoring. The Portfolio Holder added that the "
              "hourly rate proposed for 2026/27 was £29.10, an increase of 6.8%."),
        ("p", "Councillor Hocking questioned whether the option of bringing more home "
              "care back in-house had been properly considered, given the profits made "
              "by some of the national providers operating in the county. The "
              "Portfolio Holder responded that the options appraisal at Appendix 2 had "
              "looked at a wholly in-house model, which would cost an estimated £9.4m "
              "more each year, but that the Council’s own reablement service, Penmarrow "
              "Home Support, would grow by 30 posts under the proposals."),
        ("p", "Councillor Kitto asked what would happen if a lead provider failed or "
              "handed back its contract part way through. The Service Director, Adult "
              "Social Care Operations advised that each contract would include a "
              "step-in clause and that the provider of last resort arrangements would "
              "be tested with providers before the new contracts started."),
        ("p", "Councillor Jago commented that many of the unpaid carers she had spoken "
              "to felt that they had not been listened to in the past, and that the "
              "Council needed to go back to them to explain what had changed as a "
              "result of the survey."),
        ("p", "Councillor Hocking proposed, and Councillor Vosper seconded, an amendment "
              "that the Committee recommend to Cabinet that a full business case for "
              "an in-house care at home service in at least one zone be brought "
              "forward before the new contracts were awarded. On being put to the vote "
              "the amendment was lost (4 in favour, 7 against and 1 abstention)."),
        ("p", "It was then proposed by Councillor Nance, seconded by Councillor Anstey "
              "and on a vote of 9 in favour, 2 against and 1 abstention it was"),
        ("p", "**RESOLVED** to recommend to Cabinet that:"),
        ("n", "1.", "the proposed model for the recommissioning of care at home "
                    "services set out in the report be supported;"),
        ("n", "2.", "the service specification require all providers to pay care "
                    "workers for their travel time between visits; and"),
        ("n", "3.", "the findings of the survey of people receiving care at home and "
                    "their carers be reported back to those who took part, setting out "
                    "what has changed as a result."),
    ]),
    ("HASC/49", "Director of Public Health Annual Report 2025: Living Well by the Sea",
     [
        ("p", "Dr Alice Moyle, Director of Public Health, presented her Annual Report "
              "for 2025, ‘Living Well by the Sea’, which focused on health inequalities "
              "in the county’s coastal communities. The report highlighted that life "
              "expectancy for men in the most deprived coastal neighbourhoods was 9.2 "
              "years lower than in the least deprived parts of the county, and that "
              "hospital admissions for self-harm among young people in the coastal "
              "towns were almost double the national average."),
        ("p", "Councillor Kitto welcomed the report but asked why the recommendations "
              "on seasonal employment from the previous year’s report had not been "
              "progressed. The Director of Public Health explained that the work had "
              "been delayed by the reduction in the Public Health Grant in 2024/25 but "
              "would now be taken forward with the Penmarrow Economic Partnership."),
        ("p", "Councillor Penhaligon raised the poor condition of much of the private "
              "rented housing in the coastal towns, with damp and mould a particular "
              "problem in former holiday lets now let on long tenancies, and asked what "
              "role public health could play. The Director of Public Health advised "
              "that her team was working with the Council’s private sector housing team "
              "on a targeted programme of inspections in Porthkerris and Lanvean, "
              "funded through the Household Support Fund."),
        ("p", "Councillor Eddy expressed the view that the Council should be lobbying "
              "for the fluoridation of water supplies in the county, given the levels of "
              "tooth decay among five-year-olds set out on page 41 of the report."),
        ("p", "Councillor Anstey sought clarification on the rise in vaping among "
              "secondary school pupils and asked what was being done to enforce the ban "
              "on sales to under-18s. The Director of Public Health advised that "
              "Trading Standards had carried out 64 test purchases in 2025, 19 of which "
              "had resulted in an illegal sale, and that a schools programme had been "
              "commissioned from the Penmarrow Youth Trust."),
        ("p", "Councillor Dunstan asked for more information on the suicide prevention "
              "work with fishing and farming communities. It was explained that the "
              "‘Talk to Someone’ campaign had trained 320 people in suicide awareness, "
              "including harbour staff and staff at livestock markets, and that a "
              "further round of sessions was planned for the spring."),
        ("p", "The Committee noted the Director of Public Health’s Annual Report 2025 "
              "and thanked Dr Moyle and her team for their work."),
    ]),
    ("HASC/50", "Work Programme / Towlen Ober", [
        ("p", "Bethan Rowse, Overview and Scrutiny Officer, presented the Committee’s "
              "work programme for 2025/26 together with the action tracker."),
        ("p", "Councillor Keast requested that access to NHS dentistry for children, and "
              "in particular for children in care, be considered at a future meeting."),
        ("p", "Councillor Rosewarne asked whether the item on the overnight closure of "
              "the minor injuries unit at St Merrin could be considered at a special "
              "meeting before March. The Chairman advised that the Trust had indicated "
              "that it would not have three months of data until the end of February "
              "and that the item would therefore remain on the agenda for 11 March "
              "2026."),
        ("p", "It was proposed by Councillor Rowe, seconded by Councillor Nance and"),
        ("p", "**RESOLVED** that the work programme be approved, subject to the "
              "addition of an item on access to NHS dentistry for children."),
    ]),
    ("HASC/51", "Date of Next Meeting / Dydh an Kuntelles Nessa", [
        ("p", "The Committee noted that the next meeting would be held on Wednesday 11 "
              "March 2026 at 10.00 am in the Council Chamber, New County Hall, "
              "Truvane."),
    ]),
]

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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2026-01-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # HASC/45 public questions
        q("HASC/45", "question",
          "what assessment has the Committee made of the impact of this change",
          "Mr Kevin Hosking",
          "the Trust had been invited to report on its impact to the meeting",
          "The Chairman", []),
        q("HASC/45", "question",
          "whether residents would be able to give their views before the March meeting",
          "Mr Hosking",
          "would contact Healthwatch Penmarrow about gathering residents’ experiences",
          "The Chairman", ["patient-and-public-input"]),
        # HASC/46 portfolio holder update
        q("HASC/46", "question",
          "asked whether the additional funding would be passed on in full to care providers",
          "Councillor Dunstan",
          "the greater part of it was expected to go towards the fee uplift",
          "The Portfolio Holder", ["finance", "adult-social-care"]),
        q("HASC/46", "question",
          "asked when the Committee would see the full CQC report",
          "Councillor Nance",
          "The Portfolio Holder undertook to circulate the report to all Members",
          "The Portfolio Holder", ["governance"]),
        # HASC/47 urgent and emergency care
        q("HASC/47", "concern",
          "patients were still being cared for on trolleys in corridors for long periods",
          "Councillor Eddy",
          "corridor care was now recorded and reported daily to the Trust Board",
          "The Chief Operating Officer", []),
        q("HASC/47", "question",
          "why handover delays remained so much longer at Royal Penmarrow Hospital",
          "Councillor Bolitho",
          "ambulances from the west of the county could not be diverted",
          "the Head of Operations", []),
        q("HASC/47", "question",
          "Members queried the reasons for the continuing high number of",
          None,
          "the number of people in hospital waiting for home care had fallen to 38",
          "The Service Director, Adult Social Care Operations",
          ["adult-social-care", "integration"]),
        q("HASC/47", "request",
          "Councillor Penhaligon requested that a breakdown of discharge delays by locality",
          "Councillor Penhaligon",
          "The Chief Operating Officer agreed to provide this",
          "The Chief Operating Officer", ["adult-social-care"]),
        q("HASC/47", "comment",
          "staff in the emergency department and on the wards had worked under enormous pressure",
          "Councillor Dunstan", None, None, ["workforce"]),
        q("HASC/47", "question",
          "what effect the industrial action by resident doctors in December had had",
          "Councillor Vosper",
          "emergency care had been maintained throughout by consultant cover",
          "The Chief Medical Officer", ["workforce"]),
        q("HASC/47", "question",
          "asked about the use of virtual wards and whether GPs had confidence",
          "Councillor Anstey",
          "referrals from GP practices had doubled since the summer",
          None, ["primary-care"]),
        q("HASC/47", "concern",
          "raised concerns about the low uptake of the flu vaccine among frontline staff",
          "Councillor Carne",
          "peer vaccinators had been deployed on every ward",
          "The Chief Medical Officer", ["public-health", "workforce"]),
        # HASC/48 care at home recommissioning
        q("HASC/48", "concern",
          "the zone model could reduce choice for people who wished to stay with a provider",
          "Councillor Carne",
          "no existing package would transfer to a new provider without a review",
          "The Head of Commissioning", ["adult-social-care", "subcontracting"]),
        q("HASC/48", "question",
          "further asked how many people had been consulted on the proposals",
          "Councillor Carne",
          "1,140 people receiving care at home, carers and family members had responded",
          "The Head of Commissioning", ["patient-and-public-input", "adult-social-care"]),
        q("HASC/48", "question",
          "how the Council would ensure that care workers were paid for the time spent travelling",
          "Councillor Vosper",
          "the new specification would require every provider to pay at least the Real Living Wage",
          "the Head of Commissioning", ["workforce", "adult-social-care"]),
        q("HASC/48", "question",
          "whether the option of bringing more home care back in-house had been properly considered",
          "Councillor Hocking",
          "looked at a wholly in-house model, which would cost an estimated £9.4m",
          "The Portfolio Holder", ["privatisation", "adult-social-care", "finance"]),
        q("HASC/48", "question",
          "what would happen if a lead provider failed or handed back its contract",
          "Councillor Kitto",
          "each contract would include a step-in clause",
          "The Service Director, Adult Social Care Operations", ["subcontracting"]),
        q("HASC/48", "comment",
          "Councillor Jago commented that many of the unpaid carers she had",
          "Councillor Jago", None, None,
          ["adult-social-care", "patient-and-public-input"]),
        # HASC/49 director of public health annual report
        q("HASC/49", "question",
          "asked why the recommendations on seasonal employment from the previous year’s report",
          "Councillor Kitto",
          "delayed by the reduction in the Public Health Grant in 2024/25",
          "The Director of Public Health", ["public-health", "finance"]),
        q("HASC/49", "concern",
          "raised the poor condition of much of the private rented housing in the coastal towns",
          "Councillor Penhaligon",
          "a targeted programme of inspections in Porthkerris and Lanvean",
          "The Director of Public Health", ["housing", "public-health"]),
        q("HASC/49", "comment",
          "the Council should be lobbying for the fluoridation of water supplies",
          "Councillor Eddy", None, None, ["public-health", "children-and-families"]),
        q("HASC/49", "question",
          "sought clarification on the rise in vaping among secondary school pupils",
          "Councillor Anstey",
          "Trading Standards had carried out 64 test purchases in 2025",
          "The Director of Public Health", ["public-health", "children-and-families"]),
        q("HASC/49", "question",
          "asked for more information on the suicide prevention work with fishing and farming communities",
          "Councillor Dunstan",
          "the ‘Talk to Someone’ campaign had trained 320 people in suicide awareness",
          None, ["mental-health"]),
        # HASC/50 work programme
        q("HASC/50", "request",
          "requested that access to NHS dentistry for children, and in particular for children in care",
          "Councillor Keast", None, None, ["primary-care", "children-and-families"]),
        q("HASC/50", "question",
          "could be considered at a special meeting before March",
          "Councillor Rosewarne",
          "would not have three months of data until the end of February",
          "The Chairman", []),
    ],
    "resolutions": [
        r("HASC/43",
          "the minutes of the meeting held on 5 November 2025 be approved",
          "agreed", []),
        r("HASC/47",
          "notes the update on the performance of the urgent and emergency care system",
          "agreed", []),
        r("HASC/48",
          "a full business case for an in-house care at home service",
          "rejected", ["privatisation", "adult-social-care"]),
        r("HASC/48",
          "the proposed model for the recommissioning of care at home services",
          "recommended",
          ["subcontracting", "adult-social-care", "workforce", "patient-and-public-input"]),
        r("HASC/49",
          "The Committee noted the Director of Public Health’s Annual Report 2025",
          "noted", ["public-health"]),
        r("HASC/50",
          "the work programme be approved, subject to the addition of an item",
          "agreed", ["primary-care", "children-and-families"]),
        r("HASC/51",
          "The Committee noted that the next meeting would be held on Wednesday 11 March 2026",
          "noted", []),
    ],
    "attendees": [
        a("Councillor Tamsin Rowe", "Chairman", "present"),
        a("Councillor Mark Nance", "Vice-Chairman", "present"),
        a("Councillor Jenny Anstey", None, "present"),
        a("Councillor Paul Bolitho", None, "present"),
        a("Councillor Loveday Carne", None, "present"),
        a("Councillor Stephen Dunstan", None, "present"),
        a("Councillor Rachel Eddy", None, "present"),
        a("Councillor Colin Hocking", None, "present"),
        a("Councillor Pat Jago", None, "present"),
        a("Councillor Martin Kitto", None, "present"),
        a("Councillor Sue Penhaligon", None, "present"),
        a("Councillor Derek Vosper", None, "present"),
        a("Councillor Andrew Trewin", "Portfolio Holder for Adults and Public Health",
          "in_attendance"),
        a("Councillor Neil Rosewarne", "local Member for Polgarth and St Merrin",
          "in_attendance"),
        a("Councillor Hannah Keast", None, "in_attendance"),
        a("Councillor Ruth Beare", None, "apologies"),
        a("Councillor Peter Ellis", None, "apologies"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}

# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

LEFT = 20.0          # page margin
NUM_W = 30.0         # left-hand column (minute numbers, attendance labels)
BODY_X = LEFT + NUM_W
BODY_W = 210.0 - 20.0 - BODY_X
LH = 5.2             # line height
FS = 10.5            # body font size


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(LEFT, 10)
            self.cell(170, 4, f"{COMMITTEE} – {DATE_LONG}", align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.set_x(LEFT)
            self.cell(170, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2026, 1, 22, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title(f"Printed minutes {COMMITTEE} {DATE_LONG}")
    pdf.set_author("Penmarrow Council")
    pdf.set_creator("Committee management system")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(LEFT, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Title block
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(LEFT, 18)
    pdf.cell(170, 7, "Penmarrow Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(170, 4.5, "Konsel Pennmarow", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(170, 6, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", FS)
    pdf.multi_cell(
        170, LH,
        f"Minutes of a Meeting of the {COMMITTEE} held in the Council Chamber, New "
        f"County Hall, Truvane on Wednesday, {DATE_LONG} commencing at 10.00 am.",
        align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # Attendance: labels in the left-hand column, names beside them
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", FS)
        pdf.set_xy(LEFT, y0)
        pdf.multi_cell(NUM_W - 2, LH, label, align="L")
        y_label = pdf.get_y()
        pdf.set_font("DejaVu", "", FS)
        pdf.set_xy(BODY_X, y0)
        for line in lines:
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, line, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_label) + 2.5)
    pdf.ln(2)

    def text_block(x, w, text, style=""):
        pdf.set_font("DejaVu", style, FS)
        pdf.set_left_margin(x)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, align="L", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(LEFT)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 297 - 22 - 25:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", FS)
        pdf.set_xy(LEFT, y0)
        pdf.cell(NUM_W, LH, number, align="L")
        pdf.set_xy(BODY_X, y0)
        text_block(BODY_X, BODY_W, title, "B")
        pdf.ln(1.8)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                text_block(BODY_X, BODY_W, block[1])
            elif kind == "q":
                pdf.set_font("DejaVu", "I", FS)
                text_block(BODY_X + 8, BODY_W - 16, block[1], "I")
            elif kind == "b":
                y = pdf.get_y()
                if y > 297 - 22 - LH:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_font("DejaVu", "", FS)
                pdf.set_xy(BODY_X + 2, y)
                pdf.cell(5, LH, "•")
                text_block(BODY_X + 8, BODY_W - 8, block[1])
            elif kind == "n":
                y = pdf.get_y()
                if y > 297 - 22 - LH:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_font("DejaVu", "", FS)
                pdf.set_xy(BODY_X + 2, y)
                pdf.cell(6, LH, block[1])
                text_block(BODY_X + 8, BODY_W - 8, block[2])
            pdf.ln(2.2)
        pdf.ln(2.5)

    pdf.ln(2)
    text_block(BODY_X, BODY_W, "The meeting ended at 1.07 pm")
    pdf.ln(12)
    pdf.set_font("DejaVu", "", FS)
    pdf.set_x(BODY_X + 70)
    pdf.cell(70, LH, "Chairman ..................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(BODY_X + 70)
    pdf.cell(70, LH, "Date ........................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# The document that is not minutes: the council's committee action tracker page
# ---------------------------------------------------------------------------

TRACKER_ENTRIES = [
    ("Full Council", [
        ("25 November 2025", "Social Prescribing in Rural Areas", [
            ("Action", "Portfolio Holder for Adults and Public Health to provide a "
                       "written response to Councillor Lawry on how many GP practices "
                       "in the county have a social prescribing link worker in post, "
                       "and whether the role will continue once the current funding "
                       "ends."),
            ("Response", "All 58 practices have access to a link worker through their "
                         "primary care network. Funding for 2026/27 has been confirmed "
                         "by NHS Penmarrow ICB."),
        ]),
        ("25 November 2025", "Motion – Warm Homes for Older Residents", [
            ("Action", "In accordance with Council Procedure Rule 12.4, the Chairman "
                       "referred the motion to the Cabinet as the subject matter was "
                       "one coming within its functions."),
            ("Response", "Cabinet will consider the motion alongside the Housing "
                         "Strategy refresh on 18 March 2026."),
        ]),
    ]),
    ("Cabinet", [
        ("10 December 2025", "Adult Social Care Fees and Charges 2026/27", [
            ("Action", "Cabinet agreed that the Strategic Director for Care and "
                       "Wellbeing should write to all care providers setting out the "
                       "proposed uplift before the budget is set."),
            ("Response", "Letter sent to providers on 19 December 2025."),
        ]),
    ]),
    ("Health and Adult Social Care Overview and Scrutiny Committee", [
        ("14 January 2026", "Public Questions – St Merrin Minor Injuries Unit", [
            ("Action", "Overview and Scrutiny Officer to contact Healthwatch Penmarrow "
                       "about gathering residents’ experiences of the overnight closure "
                       "before the March meeting."),
            ("Response", "Healthwatch Penmarrow is running an online survey and two "
                         "drop-in sessions in Polgarth until 20 February 2026."),
        ]),
        ("14 January 2026", "Update from the Portfolio Holder", [
            ("Action", "Portfolio Holder to circulate the Care Quality Commission "
                       "assessment report to all Members of the Committee. Could the "
                       "improvement plan also be shared when it is ready?"),
            ("Response", "Report circulated on 16 January 2026. The improvement plan is "
                         "scheduled for the Committee’s June meeting."),
        ]),
        ("14 January 2026", "Urgent and Emergency Care – Winter Update", [
            ("Action", "Chief Operating Officer, Royal Penmarrow Hospitals NHS Trust, "
                       "to provide a breakdown of discharge delays by locality, "
                       "including Polgarth and St Merrin."),
            ("Response", "Will be added soon."),
        ]),
        ("14 January 2026", "Care at Home Recommissioning", [
            ("Action", "Recommendations to be reported to Cabinet on 4 February 2026, "
                       "including that the specification should require providers to "
                       "pay care workers for travel time."),
            ("Response", "Cabinet agreed the recommendations. Providers asked whether "
                         "travel time would be paid at the same hourly rate; the "
                         "answer will be published with the tender documents."),
        ]),
    ]),
]


def build_html(path):
    import html as h
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w("<title>Committee Action Tracker 2026 - Penmarrow Council</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<link rel="stylesheet" href="/css/main.css">')
    w("</head>")
    w("<body>")
    w('<a class="skip-link" href="#main-content">Skip to content</a>')
    w('<header class="site-header"><div class="container">')
    w('<a href="/" class="logo">Penmarrow Council <span lang="kw">Konsel Pennmarow'
      "</span></a>")
    w('<form class="site-search" action="/search"><label for="q">Search</label>'
      '<input id="q" name="q" type="search"><button>Search</button></form>')
    w("</div></header>")
    w('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>')
    for crumb in ("Home", "The council and democracy", "Councillors and meetings"):
        w(f'<li><a href="#">{crumb}</a></li>')
    w("</ol></nav>")
    w('<main id="main-content" class="container">')
    w("<h1>Committee Action Tracker 2026</h1>")
    w("<p>This page lists actions agreed at formal meetings of the Council and its "
      "committees, and the response to each. Responses are added as soon as they are "
      "received. For the decisions themselves, please see the minutes of each meeting "
      "on our committee website.</p>")
    for body, entries in TRACKER_ENTRIES:
        w(f"<h2>{h.escape(body)}</h2>")
        last_date = None
        for date, subject, lines in entries:
            if date != last_date:
                w(f"<h3>{h.escape(date)}</h3>")
                last_date = date
            w(f"<h4>{h.escape(subject)}</h4>")
            for label, text in lines:
                w(f"<p><strong>{label}</strong> - {h.escape(text)}</p>")
    w("<p>Last updated: 18 February 2026</p>")
    w('<section class="feedback"><h2>Was this page useful?</h2>'
      '<form action="/feedback" method="post"><button name="useful" value="yes">Yes'
      '</button><button name="useful" value="no">No</button></form></section>')
    w("</main>")
    w('<footer class="site-footer"><ul><li><a href="#">Accessibility</a></li>'
      '<li><a href="#">Privacy notice</a></li><li><a href="#">Contact us</a></li></ul>'
      "<p>&copy; Penmarrow Council</p></footer>")
    w("</body>")
    w("</html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ns-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            n = text.count(norm(phrase))
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {phrase!r}: found {n} times,"
                      f" {words} words")
        item_numbers = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                ok = False
                print(f"FAIL {gold['document']}: unknown item {row['item']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = build_pdf(DOCS / MINUTES_NAME)
    build_html(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME} ({pages} pages), {OTHER_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
