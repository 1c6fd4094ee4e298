#!/usr/bin/env python3
"""Build the "lk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lk.py           build documents/lk-* and gold/lk-*.json
        build_lk.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "lk-wychmere-hosc-2025-11-19.docx"
REPORT_NAME = "lk-wychmere-hosc-report-nhs-dentistry-pharmacy.pdf"

FIXED = dt.datetime(2025, 11, 28, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------

COMMITTEE = "Health Overview and Scrutiny Committee"
DATE_LINE = "Wednesday, 19 November 2025, County Hall, Wychbridge - 10.00 am"
FOOTER = "Health Overview and Scrutiny Committee – Wednesday, 19 November 2025"

PRESENT = (
    "Cllr Martin Ashdown (Chairman), Cllr Priya Sandhu (Vice Chairman), Cllr Derek Allard, "
    "Cllr Heather Bayliss, Cllr Neil Caddick, Cllr Ruth Ellery, Cllr Gareth Fenn, "
    "Cllr Jaswinder Gill, Cllr Sally Hemming, Cllr Owen Pritchard, Cllr Tracey Quilter "
    "and Cllr Ian Woodhouse"
)

ALSO_ATTENDED = [
    "Cllr Lorraine Beddoes, Cabinet Member with Responsibility for Health and Wellbeing",
    "Cllr Stephen Marlow, Cabinet Member with Responsibility for Adult Social Care",
    "",
    "Wychmere and Ledshire Integrated Care Board (ICB):",
    "Fiona Rudge, Chief Delivery Officer",
    "Dr Kamal Osei, Associate Medical Director, Primary Care",
    "Lucy Fairbrother, Head of Primary Care Commissioning (Dental, Optometry and Pharmacy)",
    "",
    "Wychmere Acute Hospitals NHS Trust (WAHT):",
    "Andrew Cheadle, Chief Operating Officer",
    "",
    "Ledshire and Wychmere Health and Care NHS Trust (LWHCT):",
    "Dr Sunita Rao, Associate Director of Mental Health Services",
    "",
    "Healthwatch Wychmere:",
    "Peter Lowndes, Chief Executive",
    "",
    "Wychmere County Council:",
    "Mark Tolley, Strategic Director for People",
    "Dr Clare Hibbert, Director of Public Health",
    "Gemma Ruddock, Consultant in Public Health",
    "Joanna Pearce, Democratic Governance and Scrutiny Manager",
    "Rachel Oakes, Overview and Scrutiny Officer",
]

AVAILABLE_PAPERS = [
    "The members had before them:",
    "A.\tThe Agenda papers (previously circulated);",
    "B.\tThe Minutes of the Meeting held on 24 September 2025 (previously circulated).",
    "(A copy of document A will be attached to the signed Minutes).",
]

# Each minute: (number, title, [blocks]); a block is ("p", text) or ("b", text) for a
# bullet.
MINUTES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("1218", "Apologies and Welcome", [
        ("p", "The Chairman welcomed everyone to the meeting, including Dr Sunita Rao, who "
              "was attending the Committee for the first time since her appointment."),
        ("p", "Apologies had been received from Cllr Alan Brierley and Cllr Katy Nettleton."),
    ]),
    ("1219", "Declarations of Interest and of any Party Whip", [
        ("p", "Cllr Ruth Ellery declared an interest as her daughter was employed as a "
              "nurse by the Wychmere Acute Hospitals NHS Trust."),
        ("p", "Cllr Owen Pritchard declared an interest as a member of the Patient "
              "Participation Group at his GP practice in Tenbridge."),
    ]),
    ("1220", "Public Participation", [
        ("p", "Mr Colin Yardley, a resident of Upton Heath, addressed the Committee in "
              "relation to Agenda item 6 (NHS Dentistry and Community Pharmacy Access). Mr "
              "Yardley explained that the only NHS dental practice in Upton Heath had handed "
              "back its contract in the summer and that he and his wife had been told by NHS "
              "111 that the nearest practice accepting new adult patients was over 40 "
              "minutes' drive away. He asked what the ICB was doing to secure a replacement "
              "provider in the town and when residents could expect to be able to register "
              "with an NHS dentist locally."),
        ("p", "The Chairman thanked Mr Yardley for attending and advised that his question "
              "would be picked up during the discussion of the item and that the ICB would "
              "also send him a written response."),
    ]),
    ("1221", "Confirmation of the Minutes of the Previous Meeting", [
        ("p", "The Minutes of the Meeting held on 24 September 2025 were agreed as a correct "
              "record and signed by the Chairman."),
    ]),
    ("1222", "Winter Planning and Urgent and Emergency Care 2025/26", [
        ("p", "The Committee received an update on the winter plan for the Wychmere health "
              "and care system for 2025/26, including performance in urgent and emergency "
              "care and the arrangements for discharge from hospital. The Chief Delivery "
              "Officer (ICB) and the Chief Operating Officer (WAHT) presented the report, and "
              "the Strategic Director for People and the Cabinet Member with Responsibility "
              "for Adult Social Care were also present for this item."),
        ("p", "The Chief Operating Officer reminded Members that the Trust had experienced "
              "its most difficult winter on record in 2024/25, with ambulance handover delays "
              "at Wychbridge Royal Hospital peaking at an average of over three hours in "
              "January. Since then the Trust had opened a 24-bed acute frailty unit, extended "
              "the same day emergency care (SDEC) service to 10.00 pm seven days a week and "
              "introduced a 'release to respond' protocol with the Mercia Ambulance Service "
              "under which no ambulance crew would wait more than 45 minutes to hand over a "
              "patient. Handover times in October 2025 had averaged 38 minutes, against 1 "
              "hour 52 minutes twelve months earlier, although performance against the "
              "four-hour standard in the Emergency Department remained below the national "
              "requirement at 68.4%, against a target of 78% by March 2026. Redmarsh General "
              "Hospital continued to perform better than Wychbridge on all of the main "
              "measures."),
        ("p", "The Chief Delivery Officer explained that the system plan assumed a "
              "significant flu season, following the pattern seen in the southern hemisphere, "
              "and that the vaccination campaign for staff and eligible residents had started "
              "earlier this year. An additional £2.1m of non-recurrent funding had been "
              "allocated to the system for winter, of which £600,000 would be used by the "
              "Council to purchase additional home care and short-term care home beds to "
              "support discharge. A 'single point of access' for community services would go "
              "live on 1 December, so that GPs and ambulance crews could refer patients to "
              "the two-hour urgent community response team rather than conveying them to the "
              "Emergency Department."),
        ("p", "Members were invited to ask questions and in the ensuing discussion the "
              "following main points were raised:"),
        ("b", "A Member asked how many patients were currently in hospital who were "
              "medically fit for discharge, and was advised that the figure on the previous "
              "Friday had been 87 across the two acute sites, down from a peak of 141 last "
              "winter. The Strategic Director for People added that the main delays now "
              "related to people waiting for a nursing home placement rather than for home "
              "care, where there was currently no waiting list"),
        ("b", "In response to a question about the reliance on temporary staff over the "
              "winter, the Chief Operating Officer advised that agency spend at the Trust had "
              "fallen by 40% compared with the same period last year, following a "
              "recruitment campaign which had filled 112 registered nurse vacancies, many "
              "through international recruitment. However, there remained gaps in emergency "
              "medicine consultant posts, which continued to be covered by locums"),
        ("b", "Cllr Gill expressed concern that residents in the south of the county were "
              "still being directed to Wychbridge when the minor injuries unit at Pershall "
              "was closed overnight, and asked whether its opening hours could be extended "
              "over the winter months. The Chief Delivery Officer undertook to look into this, "
              "although she explained that the unit was staffed by emergency nurse "
              "practitioners, who were difficult to recruit"),
        ("b", "A Member commented that discharge letters sent to GPs were often incomplete, "
              "which left practices having to chase information and could result in patients "
              "being readmitted"),
        ("b", "The Vice Chairman queried whether the additional £600,000 for discharge would "
              "be spent with in-house services or with private care home providers, and what "
              "would happen to people placed in short-term beds once the funding ended in "
              "March. The Strategic Director for People confirmed that the funding would be "
              "used to block-book 30 beds in independent sector care homes through the "
              "existing framework contract, and that each person would be reviewed within 28 "
              "days so that no-one remained in a short-term bed for longer than necessary"),
        ("b", "A Member asked whether flu vaccination take-up among care home staff had "
              "improved, given the concerns raised by the Committee last year. Members were "
              "informed that take-up among frontline health staff was 41% so far, slightly "
              "ahead of last year, but that the ICB did not hold reliable figures for care "
              "home staff and would work with the Council's public health team to obtain them"),
        ("b", "Members requested that future winter updates show the figures for each of the "
              "two acute hospitals separately, rather than as combined Trust-wide figures."),
        ("p", "The Cabinet Member with Responsibility for Adult Social Care commented that "
              "joint working between the Council's hospital discharge team and the Trust was "
              "much stronger than a year ago, and that the integrated discharge hub at "
              "Wychbridge Royal Hospital had been a real success, with most people now going "
              "home on the day they were ready to leave."),
        ("p", "The Chairman thanked everyone for attending and for the helpful discussion. "
              "The Committee agreed to request:"),
        ("b", "figures on flu vaccination take-up among care home staff, once available;"),
        ("b", "a response on whether the opening hours of the Pershall minor injuries unit "
              "could be extended over the winter; and"),
        ("b", "a further update on urgent and emergency care performance at its meeting in "
              "March 2026."),
    ]),
    ("1223", "NHS Dentistry and Community Pharmacy Access", [
        ("p", "The Committee received an update from the ICB on access to NHS dental services "
              "and community pharmacy in Wychmere, following the Committee's consideration of "
              "dentistry in January 2025. The ICB had taken on delegated responsibility for "
              "commissioning dental, pharmacy and optometry services from NHS England in "
              "April 2023."),
        ("p", "The Head of Primary Care Commissioning (Dental, Optometry and Pharmacy) "
              "outlined the current position. Of the 58 NHS dental practices in the county, "
              "9 were accepting new adult patients and 22 were accepting new child patients. "
              "Units of Dental Activity (UDAs) delivered had recovered to 91% of pre-pandemic "
              "levels. Four practices had handed back their contracts in the last twelve "
              "months, including the practice in Upton Heath, and the ICB was in the process "
              "of procuring replacement provision. The ICB had also funded urgent care "
              "sessions at eleven practices, which had provided over 6,400 additional urgent "
              "appointments since April. In relation to community pharmacy, three pharmacies "
              "had closed in 2025, two of them in Redmarsh, and the ICB was monitoring the "
              "impact on neighbouring pharmacies through its work with the Health and "
              "Wellbeing Board on the pharmaceutical needs assessment."),
        ("p", "The main points of the ensuing discussion were:"),
        ("b", "Referring to the question raised under Public Participation, the Vice Chairman "
              "asked when a replacement provider for Upton Heath would be in place. The Head "
              "of Primary Care Commissioning advised that the procurement had been launched "
              "in October, that bids would be evaluated in January and that the aim was for a "
              "new provider to start seeing patients by summer 2026. In the meantime, "
              "patients could access urgent treatment through NHS 111"),
        ("b", "A Member asked why so many practices were handing back their contracts. It was "
              "explained that the national dental contract, which paid practices per unit of "
              "activity, did not reflect the cost of providing complex treatment, and that "
              "many dentists found private work more financially rewarding. The ICB was "
              "unable to change the national contract but was using flexible commissioning to "
              "pay practices more for seeing patients with high needs"),
        ("b", "Concern was expressed about the number of children who were not seeing a "
              "dentist, given that tooth decay remained the most common reason for hospital "
              "admission among children aged six to ten. The Director of Public Health "
              "outlined the supervised toothbrushing programme, which was now running in 74 "
              "nurseries and primary schools in the most deprived areas of the county, and "
              "the fluoride varnish offered through health visitors"),
        ("b", "A Member who also served on Redmarsh Borough Council commented that the closure "
              "of two pharmacies in the town had led to long queues at the remaining "
              "pharmacies, particularly for older people collecting repeat prescriptions. The "
              "Associate Medical Director, Primary Care acknowledged the pressure and advised "
              "that the ICB had asked the largest remaining pharmacy to extend its opening "
              "hours on Saturdays"),
        ("b", "Cllr Hemming asked whether the Pharmacy First scheme was being used, as "
              "residents she spoke to were unaware that they could get treatment for "
              "conditions such as sore throats and urinary tract infections without seeing a "
              "GP. Members heard that over 19,000 Pharmacy First consultations had taken "
              "place in Wychmere since April and that a publicity campaign would run in the "
              "new year"),
        ("b", "A Member commented that dental practices should be required to show on their "
              "websites whether they were accepting new NHS patients, as the information on "
              "the NHS website was frequently out of date."),
        ("p", "The Chief Executive of Healthwatch Wychmere reported that dentistry remained "
              "the single most common issue raised with Healthwatch, accounting for over a "
              "quarter of all the feedback it had received in the last quarter, and that "
              "people continued to report being asked to pay privately to stay on a "
              "practice's list."),
        ("p", "The Committee noted the update and agreed to return to NHS dentistry in twelve "
              "months' time, with a particular focus on access for children."),
    ]),
    ("1224", "Maternity Services at Wychmere Acute Hospitals NHS Trust", [
        ("p", "The Committee received an update on the Trust's progress against its maternity "
              "improvement plan following the Care Quality Commission (CQC) inspection in "
              "February 2025, which had rated maternity services at Wychbridge Royal Hospital "
              "as 'Requires Improvement' overall, with the safe domain rated 'Inadequate'. The "
              "Director of Midwifery had been unable to attend and the Chief Operating Officer "
              "presented the report on her behalf."),
        ("p", "Of the 46 actions in the improvement plan, 31 had been completed and the "
              "remainder were on track. Midwifery vacancies had reduced from 14% to 6%, a "
              "second obstetric theatre had opened in July and the Trust had introduced a new "
              "triage system for women attending the maternity assessment unit. The CQC had "
              "carried out an unannounced focused inspection in September and its report was "
              "awaited."),
        ("p", "Members asked questions and the following main points were made:"),
        ("b", "A Member asked whether the Trust was confident that the 'Inadequate' rating "
              "for safety would be lifted, and was advised that the Trust expected the report "
              "to recognise the improvements made but that it would not pre-empt the CQC's "
              "findings"),
        ("b", "In response to a question about how women and families had been involved, the "
              "Chief Operating Officer explained that the Maternity and Neonatal Voices "
              "Partnership had co-produced the new triage leaflet and had carried out a "
              "'15 Steps' review of the labour ward in August"),
        ("b", "Concern was expressed that several women had told local councillors that they "
              "had been sent home from the assessment unit in early labour and had then had "
              "to travel back, a round trip of over an hour from Tenbridge. The Chief "
              "Operating Officer said that he would be happy to look into any individual "
              "cases and that the new triage system was intended to reduce such journeys"),
        ("b", "A Member asked about staff morale on the labour ward in light of the national "
              "staff survey results. It was reported that the Trust's Freedom to Speak Up "
              "Guardian was now holding monthly drop-in sessions for maternity staff and that "
              "sickness absence in the service had fallen to 5.2%."),
        ("p", "The Committee noted the update and requested that the CQC's report on the "
              "September inspection be circulated to all Members when published."),
    ]),
    ("1225", "Draft Wychmere Suicide Prevention Plan 2025-2030", [
        ("p", "The Director of Public Health introduced the draft Wychmere Suicide Prevention "
              "Plan 2025-2030, which had been developed by the multi-agency Suicide "
              "Prevention Partnership and would be considered by the Health and Wellbeing "
              "Board in December. The Committee's views were being sought as part of the "
              "consultation on the draft Plan, which had closed to the public on 31 October."),
        ("p", "The Consultant in Public Health explained that 61 deaths by suicide had been "
              "registered in Wychmere in the three years 2022-2024, a rate of 10.9 per "
              "100,000 population, which was slightly above the England average. Around "
              "three quarters were men, and middle-aged men remained the group at highest "
              "risk. The Plan had six priorities, including reducing access to means, "
              "supporting people bereaved by suicide and tailored support for groups at "
              "higher risk, such as people in contact with the criminal justice system, "
              "people who self-harm and people experiencing problem gambling. Over 380 "
              "people had responded to the public survey on the draft Plan and a summary of "
              "their feedback was attached at Appendix 2."),
        ("p", "Members welcomed the Plan and its clear focus on middle-aged men. A Member "
              "asked how the Plan would reach men who did not engage with health services, "
              "and was advised that the Partnership was working with sports clubs, barbers "
              "and employers in construction and agriculture, and that 240 people had been "
              "trained in suicide awareness through the 'Let's Talk' programme over the last "
              "year. In response to a further question about waiting times for talking "
              "therapies, the Associate Director of Mental Health Services stated that the "
              "average wait from referral to first treatment was currently 9 weeks, compared "
              "with 14 weeks a year earlier, but acknowledged that waits for some specialist "
              "psychological therapies remained over a year."),
        ("p", "Cllr Caddick sought clarification on the role of schools, given recent national "
              "concern about self-harm among young people. The Director of Public Health "
              "confirmed that all secondary schools in the county had been offered training "
              "for staff through the Mental Health Support Teams and that a specific action "
              "on children and young people had been added to the Plan following the "
              "consultation."),
        ("p", "Concerns were raised about the sustainability of the bereavement support "
              "service, which was currently funded by a grant from the ICB until March 2026. "
              "The Cabinet Member with Responsibility for Health and Wellbeing advised that "
              "the Council was in discussion with the ICB about jointly funding the service "
              "beyond that date but could not give a guarantee ahead of the budget being set "
              "in February."),
        ("p", "A Member asked whether the Plan took sufficient account of the higher risk "
              "among farmers and people living in isolated rural areas, and whether the "
              "figures could be broken down by district."),
        ("p", "The Committee agreed to recommend to the Cabinet Member with Responsibility "
              "for Health and Wellbeing that:"),
        ("p", "a)\tthe final Plan include data for each district where this can be published "
              "without identifying individuals; and"),
        ("p", "b)\tcontinued funding for the suicide bereavement support service be "
              "considered as part of the 2026/27 budget."),
    ]),
    ("1226", "Health Overview and Scrutiny Round-up", [
        ("p", "Members of the Committee who also sat on district councils were invited to "
              "give an update on health scrutiny matters in their areas. Cllr Quilter reported "
              "that Stourley District Council had held a member briefing on the proposed "
              "relocation of the Stourley walk-in centre, and Cllr Allard reported that a "
              "public meeting had been held in Kidderstone on the future of Kidderstone "
              "Community Hospital, which had been attended by over 200 people. The Chairman "
              "asked that the ICB be invited to update the Committee on the community "
              "hospitals review as soon as any proposals were available."),
        ("p", "The Committee noted the updates given by district council members."),
    ]),
    ("1227", "Work Programme", [
        ("p", "The Committee reviewed its Work Programme for 2025/26. The Democratic "
              "Governance and Scrutiny Manager advised that the Overview and Scrutiny "
              "Performance Board had agreed at its meeting on 29 October that a joint task "
              "group with the Adult Care and Well Being Overview and Scrutiny Panel should "
              "look at hospital discharge, and that Members of both bodies would be invited "
              "to volunteer."),
        ("p", "A Member requested that the Committee consider the ICB's emerging proposals "
              "for the reconfiguration of stroke services at an early stage, before any "
              "formal public consultation began. The Chairman agreed that stroke services be "
              "added to the Work Programme for the meeting in March 2026."),
        ("p", "The Work Programme was agreed, subject to the addition of stroke services and "
              "the joint task group on hospital discharge."),
    ]),
]

END_LINES = [
    "The meeting ended at 12.48 pm.",
    "",
    "",
    "Chairman …………………………………………………………",
]


# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------

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
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-11-19",
    "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
    "questions": [
        q("1220", "question",
          "He asked what the ICB was doing to secure a replacement provider in the town",
          "Mr Colin Yardley", None, None, ["primary-care", "subcontracting"]),
        q("1222", "question",
          "asked how many patients were currently in hospital who were medically fit for discharge",
          None, "the figure on the previous Friday had been 87 across the two acute sites",
          None, ["adult-social-care"]),
        q("1222", "question",
          "In response to a question about the reliance on temporary staff over the winter",
          None, "agency spend at the Trust had fallen by 40% compared with the same period",
          "Chief Operating Officer", ["workforce", "finance"]),
        q("1222", "concern",
          "Cllr Gill expressed concern that residents in the south of the county",
          "Cllr Gill",
          "the unit was staffed by emergency nurse practitioners, who were difficult to recruit",
          "Chief Delivery Officer", ["workforce"]),
        q("1222", "comment",
          "discharge letters sent to GPs were often incomplete",
          None, None, None, ["primary-care"]),
        q("1222", "question",
          "be spent with in-house services or with private care home providers",
          "Vice Chairman",
          "used to block-book 30 beds in independent sector care homes",
          "Strategic Director for People",
          ["finance", "privatisation", "subcontracting", "adult-social-care"]),
        q("1222", "question",
          "asked whether flu vaccination take-up among care home staff had improved",
          None, "take-up among frontline health staff was 41% so far",
          None, ["public-health", "workforce", "adult-social-care"]),
        q("1222", "request",
          "Members requested that future winter updates show the figures for each",
          None, None, None, []),
        q("1223", "question",
          "asked when a replacement provider for Upton Heath would be in place",
          "Vice Chairman",
          "the aim was for a new provider to start seeing patients by summer 2026",
          "Head of Primary Care Commissioning", ["primary-care", "subcontracting"]),
        q("1223", "question",
          "A Member asked why so many practices were handing back their contracts",
          None, "many dentists found private work more financially rewarding",
          None, ["primary-care", "subcontracting", "finance", "privatisation"]),
        q("1223", "concern",
          "Concern was expressed about the number of children who were not seeing a dentist",
          None,
          "outlined the supervised toothbrushing programme, which was now running in 74 nurseries",
          "Director of Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("1223", "comment",
          "the closure of two pharmacies in the town had led to long queues",
          None,
          "the ICB had asked the largest remaining pharmacy to extend its opening hours on Saturdays",
          "Associate Medical Director, Primary Care", ["primary-care"]),
        q("1223", "question",
          "Cllr Hemming asked whether the Pharmacy First scheme was being used",
          "Cllr Hemming",
          "over 19,000 Pharmacy First consultations had taken place in Wychmere since April",
          None, ["primary-care"]),
        q("1223", "comment",
          "dental practices should be required to show on their websites",
          None, None, None, ["primary-care"]),
        q("1224", "question",
          "asked whether the Trust was confident that the 'Inadequate' rating for safety would be lifted",
          None, "it would not pre-empt the CQC's findings", None, ["governance"]),
        q("1224", "question",
          "In response to a question about how women and families had been involved",
          None,
          "the Maternity and Neonatal Voices Partnership had co-produced the new triage leaflet",
          "Chief Operating Officer", ["patient-and-public-input"]),
        q("1224", "concern",
          "had been sent home from the assessment unit in early labour",
          None,
          "the new triage system was intended to reduce such journeys",
          "Chief Operating Officer", []),
        q("1224", "question",
          "A Member asked about staff morale on the labour ward",
          None,
          "sickness absence in the service had fallen to 5.2%",
          None, ["workforce"]),
        q("1225", "question",
          "asked how the Plan would reach men who did not engage with health services",
          None,
          "the Partnership was working with sports clubs, barbers and employers in construction",
          None, ["mental-health"]),
        q("1225", "question",
          "In response to a further question about waiting times for talking therapies",
          None,
          "the average wait from referral to first treatment was currently 9 weeks",
          "Associate Director of Mental Health Services", ["mental-health"]),
        q("1225", "question",
          "Cllr Caddick sought clarification on the role of schools",
          "Cllr Caddick",
          "all secondary schools in the county had been offered training for staff",
          "Director of Public Health",
          ["mental-health", "children-and-families"]),
        q("1225", "concern",
          "Concerns were raised about the sustainability of the bereavement support service",
          None,
          "could not give a guarantee ahead of the budget being set in February",
          "Cabinet Member with Responsibility for Health and Wellbeing",
          ["finance", "mental-health"]),
        q("1225", "question",
          "took sufficient account of the higher risk among farmers and people living",
          None, None, None, ["mental-health"]),
        q("1226", "request",
          "The Chairman asked that the ICB be invited to update the Committee",
          "Chairman", None, None, []),
        q("1227", "request",
          "consider the ICB's emerging proposals for the reconfiguration of stroke services",
          None,
          "The Chairman agreed that stroke services be added to the Work Programme",
          "Chairman", ["patient-and-public-input"]),
    ],
    "resolutions": [
        r("1221", "were agreed as a correct record and signed by the Chairman", "agreed", []),
        r("1222",
          "a further update on urgent and emergency care performance at its meeting in March 2026",
          "agreed", ["public-health", "adult-social-care"]),
        r("1223",
          "agreed to return to NHS dentistry in twelve months' time",
          "agreed", ["primary-care", "children-and-families"]),
        r("1224",
          "requested that the CQC's report on the September inspection be circulated",
          "agreed", ["governance"]),
        r("1225",
          "continued funding for the suicide bereavement support service be considered",
          "recommended", ["finance", "mental-health"]),
        r("1226", "The Committee noted the updates given by district council members", "noted", []),
        r("1227",
          "The Work Programme was agreed, subject to the addition of stroke services",
          "agreed", ["governance", "adult-social-care"]),
    ],
    "attendees": [
        a("Cllr Martin Ashdown", "Chairman", "present"),
        a("Cllr Priya Sandhu", "Vice Chairman", "present"),
        a("Cllr Derek Allard", None, "present"),
        a("Cllr Heather Bayliss", None, "present"),
        a("Cllr Neil Caddick", None, "present"),
        a("Cllr Ruth Ellery", None, "present"),
        a("Cllr Gareth Fenn", None, "present"),
        a("Cllr Jaswinder Gill", None, "present"),
        a("Cllr Sally Hemming", None, "present"),
        a("Cllr Owen Pritchard", None, "present"),
        a("Cllr Tracey Quilter", None, "present"),
        a("Cllr Ian Woodhouse", None, "present"),
        a("Cllr Lorraine Beddoes",
          "Cabinet Member with Responsibility for Health and Wellbeing", "in_attendance"),
        a("Cllr Stephen Marlow",
          "Cabinet Member with Responsibility for Adult Social Care", "in_attendance"),
        a("Fiona Rudge", "Chief Delivery Officer", "in_attendance"),
        a("Dr Kamal Osei", "Associate Medical Director, Primary Care", "in_attendance"),
        a("Lucy Fairbrother",
          "Head of Primary Care Commissioning (Dental, Optometry and Pharmacy)", "in_attendance"),
        a("Andrew Cheadle", "Chief Operating Officer", "in_attendance"),
        a("Dr Sunita Rao", "Associate Director of Mental Health Services", "in_attendance"),
        a("Peter Lowndes", "Chief Executive", "in_attendance"),
        a("Mark Tolley", "Strategic Director for People", "in_attendance"),
        a("Dr Clare Hibbert", "Director of Public Health", "in_attendance"),
        a("Gemma Ruddock", "Consultant in Public Health", "in_attendance"),
        a("Joanna Pearce", "Democratic Governance and Scrutiny Manager", "in_attendance"),
        a("Rachel Oakes", "Overview and Scrutiny Officer", "in_attendance"),
        a("Cllr Alan Brierley", None, "apologies"),
        a("Cllr Katy Nettleton", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Writing the Word minutes
# ---------------------------------------------------------------------------------------

def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    shown = paragraph.add_run("1")
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)
    return shown


def _set_cell_width(cell, cm):
    from docx.shared import Cm
    cell.width = Cm(cm)


def _no_split_off(row):
    """Let rows break across pages (Word's default), stated explicitly."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "0")
    trPr.append(cant)


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Governance"
    cp.last_modified_by = "Democratic Governance"
    cp.title = "Minutes - Health Overview and Scrutiny Committee - 19 November 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # Footer on every page: committee and date on the left, page number on the right.
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    run = fp.add_run(FOOTER + "\t")
    run.font.size = Pt(8)
    run = fp.add_run("Page ")
    run.font.size = Pt(8)
    shown = _add_page_field(fp)
    shown.font.size = Pt(8)

    # Title block
    p = doc.add_paragraph()
    run = p.add_run(COMMITTEE)
    run.bold = True
    run.font.size = Pt(16)
    p = doc.add_paragraph()
    run = p.add_run(DATE_LINE)
    run.font.size = Pt(12)
    p = doc.add_paragraph()
    run = p.add_run("Minutes")
    run.bold = True
    run.font.size = Pt(14)

    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    left_w, right_w = 3.8, 13.2

    def new_row(label_lines: list[str]):
        row = table.add_row()
        _no_split_off(row)
        lc, rc = row.cells
        _set_cell_width(lc, left_w)
        _set_cell_width(rc, right_w)
        first = True
        for line in label_lines:
            lp = lc.paragraphs[0] if first else lc.add_paragraph()
            first = False
            lrun = lp.add_run(line)
            lrun.bold = True
        return rc

    def put(cell, text, style=None):
        # reuse the empty first paragraph of a fresh cell
        if cell.paragraphs and not cell.paragraphs[0].text and len(cell.paragraphs) == 1 \
                and not getattr(cell, "_lk_used", False):
            par = cell.paragraphs[0]
            cell._lk_used = True
            if style:
                par.style = doc.styles[style]
            par.add_run(text)
        else:
            par = cell.add_paragraph(text, style=style)
        return par

    rc = new_row(["Present:"])
    put(rc, PRESENT)

    rc = new_row(["Also attended:"])
    for line in ALSO_ATTENDED:
        par = put(rc, line)
        par.paragraph_format.space_after = Pt(0)
        if line.endswith(":"):
            for run in par.runs:
                run.italic = True

    rc = new_row(["Available Papers"])
    for line in AVAILABLE_PAPERS:
        par = put(rc, line)
        if line.startswith(("A.", "B.")):
            par.paragraph_format.left_indent = Cm(1.0)
            par.paragraph_format.first_line_indent = Cm(-1.0)

    for number, title, blocks in MINUTES:
        rc = new_row([number, title])
        for kind, text in blocks:
            if kind == "b":
                put(rc, text, style="List Bullet")
            else:
                par = put(rc, text)
                if re.match(r"^[ab]\)\t", text):
                    par.paragraph_format.left_indent = Cm(1.0)
                    par.paragraph_format.first_line_indent = Cm(-1.0)

    for line in END_LINES:
        p = doc.add_paragraph(line)
        if line.startswith("Chairman"):
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# The report (not minutes), PDF
# ---------------------------------------------------------------------------------------

REPORT_PARAS: list[tuple[str, str]] = [
    ("h", "Summary"),
    ("n", "1.\tThe Health Overview and Scrutiny Committee (HOSC) is to receive an update on "
          "access to NHS dental services and community pharmacy in Wychmere."),
    ("n", "2.\tRepresentatives from the Wychmere and Ledshire Integrated Care Board (ICB) "
          "have been invited to the meeting to present the briefing at Appendix 1 and to "
          "respond to Members' questions."),
    ("h", "Background"),
    ("n", "3.\tThe HOSC last considered NHS dentistry on 22 January 2025, when Members "
          "expressed concern about the number of practices closing their lists to new adult "
          "patients and asked to receive a further update within the year."),
    ("n", "4.\tSince 1 April 2023 the ICB has held delegated responsibility from NHS England "
          "for commissioning primary care dental services, community pharmacy and primary "
          "care optometry. The national dental contract remains the responsibility of the "
          "Department of Health and Social Care and NHS England."),
    ("n", "5.\tAt its January meeting the Committee asked the ICB to respond to the following "
          "questions, which are answered in the briefing at Appendix 1:"),
    ("b", "What is being done to attract dentists to practices in the rural west of the "
          "county?"),
    ("b", "How many children in Wychmere have not seen a dentist in the last 24 months?"),
    ("b", "Will the ICB publish an up-to-date list of practices accepting new NHS patients?"),
    ("b", "What impact have recent pharmacy closures had on residents' access to "
          "medicines?"),
    ("h", "Purpose of the Meeting"),
    ("n", "6.\tFollowing the update, the HOSC is asked to:"),
    ("b", "consider and comment on the information provided; and"),
    ("b", "agree whether any further information or scrutiny on this topic is required."),
    ("h", "Supporting Information"),
    ("b", "Appendix 1 – Briefing from the Wychmere and Ledshire Integrated Care Board, "
          "November 2025"),
    ("h", "Contact Points"),
    ("s", "Specific Contact Points for this report"),
    ("p", "Rachel Oakes, Overview and Scrutiny Officer\nTel: 01632 960418\n"
          "Email: scrutiny@wychmere.gov.uk"),
    ("h", "Background Papers"),
    ("p", "In the opinion of the proper officer (in this case the Assistant Director for "
          "Legal and Governance) the following are the background papers relating to the "
          "subject matter of this report:"),
    ("b", "Agenda and Minutes of the Health Overview and Scrutiny Committee on 22 January "
          "2025"),
    ("p", "All agendas and minutes are available on the Council's website."),
]

APPENDIX_PARAS: list[tuple[str, str]] = [
    ("t", "Appendix 1"),
    ("t", "Briefing for Wychmere Health Overview and Scrutiny Committee"),
    ("s", "NHS Dental and Community Pharmacy Services – November 2025"),
    ("s", "Prepared by: Head of Primary Care Commissioning (Dental, Optometry and "
          "Pharmacy), Wychmere and Ledshire ICB"),
    ("h", "1. Current position"),
    ("p", "There are 58 practices in Wychmere holding an NHS dental contract. At the end of "
          "October 2025, 9 practices were accepting new adult NHS patients and 22 were "
          "accepting new child patients. Activity delivered in 2024/25 was 91% of the "
          "2019/20 level. Four contracts have been handed back since October 2024 (Upton "
          "Heath, Tenbridge, and two in Wychbridge); replacement activity has been secured "
          "for the Tenbridge and Wychbridge contracts and a procurement for Upton Heath "
          "opened on 6 October 2025."),
    ("p", "Three community pharmacies closed during 2025 (two in Redmarsh and one in "
          "Stourley). No gaps in pharmaceutical services have been identified under the "
          "current Pharmaceutical Needs Assessment, but the ICB continues to monitor "
          "waiting times at neighbouring pharmacies."),
    ("h", "2. Response to the Committee's questions of 22 January 2025"),
    ("s", "Question 1: What is being done to attract dentists to practices in the rural "
          "west of the county?"),
    ("p", "Response: The ICB has introduced a 'golden hello' of up to £20,000 for dentists "
          "taking up posts in practices west of the Teme, linked to a commitment to deliver "
          "NHS care for three years. Five dentists have been recruited through the scheme "
          "since April. The ICB is also working with the regional postgraduate dental "
          "school to place dental foundation trainees in rural practices."),
    ("s", "Question 2: How many children in Wychmere have not seen a dentist in the last 24 "
          "months?"),
    ("p", "Response: NHS data shows that 61.2% of children in Wychmere were seen by an NHS "
          "dentist in the 12 months to September 2025, compared with 59.8% for England. "
          "Around 38,000 children had not been seen in that period. The ICB and the "
          "Council's public health team have targeted the supervised toothbrushing "
          "programme at the areas with the lowest attendance."),
    ("s", "Question 3: Will the ICB publish an up-to-date list of practices accepting new "
          "NHS patients?"),
    ("p", "Response: Practices are contractually required to keep their NHS website profile "
          "up to date. The ICB writes to practices whose profiles have not been updated in "
          "the last 90 days and will publish a monthly list on its own website from "
          "January 2026."),
    ("s", "Question 4: What impact have recent pharmacy closures had on residents' access "
          "to medicines?"),
    ("p", "Response: The ICB has received eleven complaints relating to the Redmarsh "
          "closures, mainly about queues and stock shortages. The ICB has agreed extended "
          "Saturday opening with one remaining pharmacy and is reviewing whether the "
          "closures create a gap that would justify a new pharmacy application."),
    ("h", "3. Recommendation"),
    ("p", "The Committee is asked to note the contents of this briefing and the actions "
          "being taken by the ICB to improve access to NHS dental and pharmacy services."),
]


def write_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, "Agenda item 6", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("HOSC 19 November 2025 - NHS Dentistry and Community Pharmacy Access")
    pdf.set_author("Wychmere County Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 12)
    for line in ["HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "19 NOVEMBER 2025"]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 7, "NHS DENTISTRY AND COMMUNITY PHARMACY ACCESS",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def render(paras):
        for kind, text in paras:
            if kind == "t":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(width, 6.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "s":
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "n":
                num, body = text.split("\t", 1)
                pdf.set_font("DejaVu", "", 10)
                y = pdf.get_y()
                pdf.cell(10, 5.5, num)
                pdf.set_xy(pdf.l_margin + 10, y)
                pdf.multi_cell(width - 10, 5.5, body, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("DejaVu", "", 10)
                y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 10)
                pdf.cell(6, 5.5, "•")
                pdf.set_xy(pdf.l_margin + 16, y)
                pdf.multi_cell(width - 16, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)

    render(REPORT_PARAS)
    pdf.add_page()
    render(APPENDIX_PARAS)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
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
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("lk-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            bad += 1
            continue
        text = norm(doc_text(doc_path))
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            words = len(ph.split())
            n = text.count(norm(ph))
            if n != 1 or not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} found {n}x, {words} words: {ph!r}")
                bad += 1
        numbers = [it["number"] for it in gold.get("items", [])]
        for it in gold.get("items", []):
            if norm(it["title"]) not in text:
                print(f"{gold_path.name}: item title not found: {it['title']!r}")
                bad += 1
        for qq in gold.get("questions", []) + gold.get("resolutions", []):
            if qq["item"] not in numbers:
                print(f"{gold_path.name}: unknown item {qq['item']}")
                bad += 1
        for at in gold.get("attendees", []):
            if norm(at["name"]) not in text:
                print(f"{gold_path.name}: attendee not found: {at['name']!r}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    write_minutes(DOCS / MINUTES_NAME)
    write_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
