#!/usr/bin/env python3
"""Build the "jo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jo.py           build documents/jo-* and gold/jo-*.json
        build_jo.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2025, 2, 3, 10, 15, 0, tzinfo=datetime.timezone.utc)

MIN_NAME = "jo-kelmsbury-fulwood-health-adult-social-care-pac-2025-01-29"
REP_NAME = "jo-kelmsbury-fulwood-home-care-recommissioning-report"

COMMITTEE = "Health and Adult Social Care Policy and Accountability Committee"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Block kinds:
#   ("item", number, title)      numbered item heading
#   ("p", text)                  body paragraph
#   ("b", text)                  bold body line (RESOLVED, ACTION:, sub-headings)
#   ("ol", [clauses])            numbered clauses with a hanging indent
#   ("bl", [entries])            bulleted entries

ATTENDANCE = [
    ("Committee members:",
     "Councillors Priya Halloran (Chair), Dominic Feeney, Grace Oyelaran and "
     "Henrietta Strand-Powell"),
    ("Co-opted members:",
     "Beatrice Conway (Disability Action Kelmsbury & Fulwood) and Malcolm Thirlwell "
     "(Kelmsbury Save Our Hospitals)"),
    ("Other Councillors:",
     "Councillor Eamon Rudd (Cabinet Member for Health and Adult Social Care) and "
     "Councillor Sabine Koury (Cabinet Member for Finance and Reform)"),
    ("Guests:",
     "Dr Imogen Sallis (Borough Director, Kelmsbury & Fulwood, West Thames Integrated Care "
     "Board), Peter Lindqvist (Director of Operations, Kelmsbury Hospitals NHS Trust), "
     "Dr Farah Qureshi (Clinical Director, Fulwood North Primary Care Network) and "
     "Olu Adebanjo (Chief Executive, Healthwatch Kelmsbury & Fulwood)"),
    ("Officers:",
     "Jacinta Marlowe (Executive Director of People's Services), Gareth Yeoman (Director "
     "of Adult Social Care), Dr Nell Hanrahan (Director of Public Health), Odette Franks "
     "(Head of Commissioning, Adult Social Care), Colm Devereux (Head of Finance, People's "
     "Services), Keeley Marsh (Public Health Lead for Mental Health) and Yasmin Ibrahimi "
     "(Committee Coordinator)"),
]

BLOCKS = [
    ("item", "1.", "MINUTES OF THE PREVIOUS MEETING"),
    ("b", "RESOLVED"),
    ("p", "That the minutes of the meeting held on 20 November 2024 were agreed as an "
          "accurate record."),
    ("b", "Matters arising"),
    ("p", "Malcolm Thirlwell asked whether the information on ambulance handover times "
          "requested at the previous meeting had been received. The Chair confirmed that "
          "the ambulance service had provided the figures for the borough's two hospital "
          "sites, which had been circulated to members by email on 9 January 2025."),

    ("item", "2.", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Desmond Achterberg (K&F Save Our NHS). "
          "Apologies for lateness were received from Councillor Henrietta Strand-Powell."),

    ("item", "3.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Grace Oyelaran declared a non-pecuniary interest in item 5 as a "
          "trustee of Kelmsbury Carers Network, which received a grant from the Council. "
          "She remained in the meeting and took part in the discussion."),

    ("item", "4.", "URGENT AND EMERGENCY CARE: WINTER 2024/25 UPDATE"),
    ("p", "The Chair welcomed colleagues from the West Thames Integrated Care Board (ICB), "
          "Kelmsbury Hospitals NHS Trust and the Fulwood North Primary Care Network to the "
          "meeting."),
    ("p", "Dr Imogen Sallis (Borough Director, West Thames ICB) introduced the report, which "
          "set out the performance of the local health and care system over the winter "
          "period to date and the actions being taken by partners to manage demand. She "
          "explained that December 2024 had seen the highest number of attendances at the "
          "emergency department at Kelmsbury General Hospital on record, driven in part by "
          "an early and severe flu season, and that the system had declared a critical "
          "incident for 36 hours over the New Year period. Peter Lindqvist (Director of "
          "Operations, Kelmsbury Hospitals NHS Trust) added that performance against the "
          "four-hour standard had been 71.8 per cent in December, against a national "
          "target of 78 per cent by March 2025."),
    ("p", "Councillor Dominic Feeney asked what was realistically going to change between "
          "now and March to close the gap against the four-hour target. Peter Lindqvist "
          "said that the Trust had opened a new same day emergency care unit at Fulwood "
          "Cross Hospital in November and that this was already diverting around 40 "
          "patients a day away from the main department. He added that the Trust was "
          "recruiting to 14 additional emergency department nursing posts, although he "
          "acknowledged that the March target would be challenging."),
    ("p", "In response to a question from the Chair about the number of residents attending "
          "the emergency department who could have been seen in primary care, Dr Sallis said "
          "that audits suggested around one in five attendances could have been managed "
          "elsewhere, and that the ICB's 'Think 111 First' campaign was being repeated this "
          "winter with a particular focus on parents of young children."),
    ("p", "Malcolm Thirlwell expressed concern about reports from residents of patients being "
          "cared for on trolleys in corridors for long periods, and asked whether the Trust "
          "recorded how many patients were treated in corridors and for how long. Peter "
          "Lindqvist responded that the Trust did record the use of temporary escalation "
          "spaces and that this information was reported to the Trust Board each month in "
          "public. He said that corridor care was never acceptable, but that on the worst "
          "days it had been the safest option available, and he undertook to share the "
          "December figures with the Committee."),
    ("b", "ACTION: Peter Lindqvist"),
    ("p", "Beatrice Conway said that disabled residents she worked with continued to find it "
          "very difficult to get through to their GP practice by telephone at 8am, and that "
          "many were not able to use online booking. She asked what the ICB was doing to "
          "make sure that people who could not use the internet were not left behind. "
          "Dr Farah Qureshi explained that all practices in the borough had now moved to "
          "cloud-based telephony, which allowed patients to request a call back rather than "
          "waiting in a queue, and that practices were required to offer the same access by "
          "telephone and in person as online. She encouraged residents who were having "
          "difficulty to contact the practice manager directly, and noted that the Primary "
          "Care Network was piloting a walk-in triage session at two practices in Fulwood "
          "North."),
    ("p", "Councillor Henrietta Strand-Powell, who had arrived during the presentation, asked "
          "how many patients in the Trust's beds were medically fit for discharge but "
          "waiting for a package of care or a placement, and how many of these were "
          "Kelmsbury & Fulwood residents. Gareth Yeoman (Director of Adult Social Care) "
          "explained that on the day of the meeting there were 61 patients across the "
          "Trust's sites with no criteria to reside, of whom 9 were Kelmsbury & Fulwood "
          "residents. The Council's integrated discharge team worked seven days a week at "
          "Kelmsbury General Hospital and the average wait for a home care package for a "
          "borough resident was now under two days. He said that most of the delays related "
          "to residents of neighbouring boroughs and to people waiting for a nursing home "
          "placement, which was often a matter of family choice."),
    ("p", "Councillor Grace Oyelaran commented that uptake of the flu vaccine among care home "
          "staff in the borough appeared to be low and asked what was being done about this. "
          "Dr Nell Hanrahan (Director of Public Health) said that uptake among care home "
          "staff stood at around 28 per cent, which was similar to the London average but "
          "far lower than the Council would want. The public health team had funded a "
          "vaccination bus that had visited eleven care homes in December and would be "
          "returning in February, and she agreed to bring more detailed figures to a future "
          "meeting."),
    ("p", "The Chair invited questions from members of the public. Ms Rosalind Tully, a "
          "resident of Fulwood ward, asked whether the ICB intended to close the urgent "
          "treatment centre at Fulwood Cross Hospital overnight, as she had heard from "
          "staff. Dr Sallis said that no decision had been taken. The ICB was reviewing the "
          "overnight use of all urgent treatment centres in West Thames, where activity was "
          "very low, and any proposal for change would be subject to public consultation and "
          "would be brought to this Committee first."),
    ("p", "Malcolm Thirlwell commented that the winter reports presented to the Committee "
          "never set out the number of vacant nursing and medical posts at each hospital "
          "site, and requested that this be included in future reports as a matter of "
          "course."),
    ("p", "The Chair thanked the guests for their attendance and for their candour."),
    ("b", "RESOLVED"),
    ("ol", ["That the Committee noted the report.",
            "That the Trust and the ICB be asked to provide the December figures for "
            "corridor care and a breakdown of nursing and medical vacancies by site before "
            "the April meeting."]),

    ("item", "5.", "HOME CARE RECOMMISSIONING: CO-PRODUCING THE NEW SERVICE MODEL"),
    ("p", "Councillor Eamon Rudd (Cabinet Member for Health and Adult Social Care) introduced "
          "the item, noting that the Council's current home care contracts with three "
          "external providers would expire in March 2026 and that the new service would be "
          "designed with the residents who used home care and their families. Odette Franks "
          "(Head of Commissioning, Adult Social Care) gave a presentation setting out the "
          "timetable, the findings of the engagement carried out between September and "
          "December 2024, and the options for the future model, including a model based on "
          "neighbourhood 'patches' with a single provider in each of four areas of the "
          "borough."),
    ("p", "The Chair asked how residents had been involved so far and how their views had "
          "changed what was being proposed. Odette Franks explained that a co-production "
          "group of 14 residents, including people who used home care, unpaid carers and "
          "members of Disability Action, had met six times since September and had written "
          "the outcomes section of the draft specification themselves. The group's strongest "
          "message had been that people wanted to see the same care workers, at the times "
          "agreed, and this had led directly to the proposal for the patch-based model."),
    ("p", "Councillor Strand-Powell asked whether the option of bringing home care back "
          "in-house had been properly considered and costed, given the problems the Council "
          "had experienced with one of its current providers in 2023. Gareth Yeoman said "
          "that an options appraisal had considered in-house delivery. It had concluded that "
          "an in-house service would cost in the region of £4.2 million a year more than the "
          "current arrangements, mainly because of pension and terms and conditions costs, "
          "and that it would take at least two years to recruit the workforce needed. The "
          "Council would, however, keep its in-house reablement team and would use it as a "
          "benchmark for quality."),
    ("p", "Malcolm Thirlwell expressed concern that private companies were continuing to make "
          "profits from the care of vulnerable residents while care workers remained on low "
          "pay, and asked what level of profit the current providers made. Odette Franks said "
          "that the Council did not have access to providers' full accounts, but that the new "
          "contracts would include open-book accounting, so that the Council could see how "
          "the hourly rate it paid was being spent. Councillor Rudd added that the "
          "administration wanted not-for-profit and social enterprise providers to be able to "
          "bid, and that the tender would be divided into smaller lots to make this possible."),
    ("p", "Beatrice Conway asked whether care workers under the new contracts would be paid "
          "the London Living Wage and paid for their travel time between visits. Odette "
          "Franks confirmed that payment of the London Living Wage was already a requirement "
          "of the Council's contracts and would remain so, and that the new specification "
          "would require providers to pay for travel time and to move away from zero-hours "
          "contracts for staff who wanted guaranteed hours."),
    ("p", "Councillor Feeney asked for reassurance that the Council's policy of providing "
          "home care free of charge would not be affected by the recommissioning. Councillor "
          "Rudd said that the administration remained fully committed to free home care, "
          "which benefited around 1,900 residents, and that the recommissioning was about "
          "quality and reliability rather than making savings."),
    ("p", "Councillor Oyelaran commented that unpaid carers she had spoken to were rarely "
          "told when a care worker was going to be late or would not come at all, and "
          "suggested that this should be monitored as a key performance indicator in the "
          "new contracts."),
    ("p", "Olu Adebanjo (Healthwatch Kelmsbury & Fulwood) said that Healthwatch had received "
          "23 pieces of feedback about home care in the past year, most of them about missed "
          "or late calls, and offered to share these with the commissioning team. Odette "
          "Franks welcomed the offer and said that the feedback would be shared with the "
          "co-production group."),
    ("b", "RESOLVED"),
    ("p", "That the Committee noted the report and endorsed the approach to co-producing the "
          "new home care service model with residents and carers."),

    ("item", "6.", "2025 MEDIUM TERM FINANCIAL STRATEGY"),
    ("p", "Councillor Sabine Koury (Cabinet Member for Finance and Reform) introduced the "
          "report, which set out the budget proposals for 2025/26 for the services within "
          "the Committee's remit. She said that the Council continued to face significant "
          "pressures, particularly from the rising number of older and disabled residents "
          "needing support and the cost of temporary accommodation, and that the provisional "
          "local government finance settlement had provided less than the Council had hoped "
          "for. Colm Devereux (Head of Finance, People's Services) summarised the proposed "
          "growth of £6.8 million for adult social care, the proposed savings of £1.2 million "
          "and the proposed changes to fees and charges."),
    ("p", "Councillor Strand-Powell asked how confident officers were that the £1.2 million of "
          "savings attributed to demand management could be delivered, given that similar "
          "savings had not been fully achieved in 2024/25. Colm Devereux said that £800,000 "
          "of the savings target for the current year had been delivered and that the "
          "shortfall had been met from one-off underspends. Gareth Yeoman added that the "
          "2025/26 savings were based on the expansion of the reablement service and "
          "technology enabled care, for which there was now a full year of evidence, and "
          "that delivery would be monitored monthly and reported to the Committee."),
    ("p", "Councillor Feeney asked what assessment had been made of the impact of the "
          "increase in employers' National Insurance contributions on the borough's care "
          "providers, and whether the Council would help providers meet the extra cost. "
          "Gareth Yeoman said that providers had told the Council that the change would add "
          "around 5 to 6 per cent to their costs. The budget included an inflationary uplift "
          "for providers and the Council was in discussion with them about how it would be "
          "applied, but he was clear that the Council could not meet the full cost of the "
          "change without support from the Government."),
    ("p", "Malcolm Thirlwell asked whether the public health grant for 2025/26 had been "
          "announced and whether any of the services funded from it were at risk. Dr Nell "
          "Hanrahan said that the grant allocation had not yet been published, which made "
          "planning very difficult, and that no reductions to commissioned public health "
          "services were proposed in the budget."),
    ("p", "The Chair asked about the proposed increase in the weekly charge for the community "
          "alarm service from £4.10 to £5.25, and what the impact would be on residents on "
          "low incomes. Colm Devereux explained that the charge had not increased since 2019 "
          "and that residents in receipt of pension credit or council tax support would "
          "continue to receive the service free of charge. The Chair asked that the Cabinet "
          "be asked to consider phasing the increase, and members agreed."),
    ("b", "RESOLVED"),
    ("ol", ["That the Committee noted the budget proposals for 2025/26.",
            "That the Committee recommended to Cabinet that the increase in the charge for "
            "the community alarm service be introduced in two stages, in 2025/26 and "
            "2026/27."]),

    ("item", "7.", "SUICIDE PREVENTION STRATEGY 2025-2030: CONSULTATION DRAFT"),
    ("p", "Keeley Marsh (Public Health Lead for Mental Health) presented the draft strategy, "
          "which had been developed with the borough's Suicide Prevention Partnership and "
          "people with lived experience, and which was out for public consultation until "
          "14 March 2025. She drew the Committee's attention to the local suicide rate, "
          "which was slightly above the London average, and to the six priorities in the "
          "draft strategy."),
    ("p", "Councillor Oyelaran asked what was being done to support young men, who accounted "
          "for the largest share of deaths. Keeley Marsh said that the strategy included a "
          "new partnership with local football clubs and barbers, and that suicide awareness "
          "training had been offered to staff in the Council's housing and benefits teams, "
          "who were often the first to see residents in financial crisis."),
    ("p", "Beatrice Conway commented that the draft strategy said very little about disabled "
          "people, who were known to be at higher risk, and asked that this be addressed in "
          "the final version. Keeley Marsh agreed to take this back to the Partnership."),
    ("p", "The Committee noted the draft strategy."),

    ("item", "8.", "WORK PROGRAMME"),
    ("p", "The Committee considered its work programme for the remainder of the municipal "
          "year. Beatrice Conway asked that an item on the waiting times for disabled "
          "facilities grants and housing adaptations be added to the work programme, as this "
          "had been raised with her repeatedly by residents. The Chair agreed that this would "
          "be discussed with officers."),
    ("b", "RESOLVED"),
    ("p", "That the work programme be noted, and that an item on dementia diagnosis and "
          "post-diagnostic support be scheduled for the meeting in April."),

    ("item", "9.", "DATES OF FUTURE MEETINGS"),
    ("p", "The Committee noted the date of the next meeting:"),
    ("bl", ["Wednesday 9 April 2025"]),
]

CLOSING = [
    "Meeting started: 7.00 pm",
    "Meeting ended: 9.41 pm",
]
CONTACT = [
    "Contact officer: Yasmin Ibrahimi",
    "Committee Coordinator",
    "Governance and Scrutiny",
    "Tel: 020 7946 0382",
    "E-mail: yasmin.ibrahimi@kelmsburyfulwood.gov.uk",
]


def _q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MIN_NAME + ".pdf",
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-29",
    "items": [
        {"number": "1", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "2", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "3", "title": "DECLARATIONS OF INTEREST"},
        {"number": "4", "title": "URGENT AND EMERGENCY CARE: WINTER 2024/25 UPDATE"},
        {"number": "5", "title": "HOME CARE RECOMMISSIONING: CO-PRODUCING THE NEW SERVICE MODEL"},
        {"number": "6", "title": "2025 MEDIUM TERM FINANCIAL STRATEGY"},
        {"number": "7", "title": "SUICIDE PREVENTION STRATEGY 2025-2030: CONSULTATION DRAFT"},
        {"number": "8", "title": "WORK PROGRAMME"},
        {"number": "9", "title": "DATES OF FUTURE MEETINGS"},
    ],
    "questions": [
        _q("1", "question",
           "the information on ambulance handover times requested at the previous meeting",
           "Malcolm Thirlwell",
           "which had been circulated to members by email on 9 January 2025",
           "The Chair", []),
        _q("4", "question",
           "asked what was realistically going to change between now and March",
           "Councillor Dominic Feeney",
           "the Trust had opened a new same day emergency care unit",
           "Peter Lindqvist", []),
        _q("4", "question",
           "residents attending the emergency department who could have been seen in primary care",
           "the Chair",
           "audits suggested around one in five attendances could have been managed elsewhere",
           "Dr Sallis", ["primary-care"]),
        _q("4", "concern",
           "expressed concern about reports from residents of patients being cared for on trolleys",
           "Malcolm Thirlwell",
           "the Trust did record the use of temporary escalation spaces",
           "Peter Lindqvist", []),
        _q("4", "question",
           "people who could not use the internet were not left behind",
           "Beatrice Conway",
           "which allowed patients to request a call back rather than waiting in a queue",
           "Dr Farah Qureshi", ["primary-care"]),
        _q("4", "question",
           "medically fit for discharge but waiting for a package of care",
           "Councillor Henrietta Strand-Powell",
           "the average wait for a home care package for a borough resident",
           "Gareth Yeoman", ["adult-social-care", "integration"]),
        _q("4", "question",
           "uptake of the flu vaccine among care home staff in the borough",
           "Councillor Grace Oyelaran",
           "had funded a vaccination bus that had visited eleven care homes in December",
           "Dr Nell Hanrahan", ["public-health", "adult-social-care", "workforce"]),
        _q("4", "question",
           "intended to close the urgent treatment centre at Fulwood Cross Hospital overnight",
           "Ms Rosalind Tully",
           "any proposal for change would be subject to public consultation",
           "Dr Sallis", ["patient-and-public-input"]),
        _q("4", "request",
           "never set out the number of vacant nursing and medical posts",
           "Malcolm Thirlwell", None, None, ["workforce"]),
        _q("5", "question",
           "asked how residents had been involved so far and how their views",
           "The Chair",
           "had written the outcomes section of the draft specification themselves",
           "Odette Franks", ["patient-and-public-input", "adult-social-care"]),
        _q("5", "question",
           "had been properly considered and costed given the problems the Council",
           "Councillor Strand-Powell",
           "mainly because of pension and terms and conditions costs",
           "Gareth Yeoman", ["privatisation", "finance", "workforce", "adult-social-care"]),
        _q("5", "concern",
           "private companies were continuing to make profits from the care of vulnerable residents",
           "Malcolm Thirlwell",
           "so that the Council could see how the hourly rate it paid was being spent",
           "Odette Franks", ["privatisation", "subcontracting", "workforce", "adult-social-care"]),
        _q("5", "question",
           "paid the London Living Wage and paid for their travel time between visits",
           "Beatrice Conway",
           "would require providers to pay for travel time and to move away from",
           "Odette Franks", ["workforce", "subcontracting", "adult-social-care"]),
        _q("5", "question",
           "policy of providing home care free of charge would not be affected",
           "Councillor Feeney",
           "the administration remained fully committed to free home care",
           "Councillor Rudd", ["finance", "adult-social-care"]),
        _q("5", "comment",
           "rarely told when a care worker was going to be late",
           "Councillor Oyelaran", None, None, ["adult-social-care", "subcontracting"]),
        _q("5", "comment",
           "had received 23 pieces of feedback about home care in the past year",
           "Olu Adebanjo",
           "welcomed the offer and said that the feedback would be shared",
           "Odette Franks", ["patient-and-public-input", "adult-social-care"]),
        _q("6", "question",
           "savings attributed to demand management could be delivered",
           "Councillor Strand-Powell",
           "of the savings target for the current year had been delivered",
           "Colm Devereux", ["finance", "adult-social-care"]),
        _q("6", "question",
           "whether the Council would help providers meet the extra cost",
           "Councillor Feeney",
           "the Council could not meet the full cost of the change without support",
           "Gareth Yeoman", ["finance", "workforce", "adult-social-care"]),
        _q("6", "question",
           "whether any of the services funded from it were at risk",
           "Malcolm Thirlwell",
           "no reductions to commissioned public health services were proposed in the budget",
           "Dr Nell Hanrahan", ["public-health", "finance"]),
        _q("6", "question",
           "what the impact would be on residents on low incomes",
           "The Chair",
           "would continue to receive the service free of charge",
           "Colm Devereux", ["finance"]),
        _q("6", "request",
           "asked that the Cabinet be asked to consider phasing the increase",
           "The Chair", None, None, ["finance"]),
        _q("7", "question",
           "who accounted for the largest share of deaths",
           "Councillor Oyelaran",
           "a new partnership with local football clubs and barbers",
           "Keeley Marsh", ["mental-health"]),
        _q("7", "request",
           "said very little about disabled people who were known to be at higher risk",
           "Beatrice Conway",
           "agreed to take this back to the Partnership",
           "Keeley Marsh", ["mental-health"]),
        _q("8", "request",
           "the waiting times for disabled facilities grants and housing adaptations",
           "Beatrice Conway",
           "The Chair agreed that this would be discussed with officers",
           "The Chair", ["housing"]),
    ],
    "resolutions": [
        {"item": "1", "text": "the minutes of the meeting held on 20 November 2024 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Trust and the ICB be asked to provide the December figures",
         "outcome": "agreed", "themes": ["workforce"]},
        {"item": "5", "text": "the new home care service model with residents and carers",
         "outcome": "agreed", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "text": "the increase in the charge for the community alarm service be "
                              "introduced in two stages",
         "outcome": "recommended", "themes": ["finance"]},
        {"item": "7", "text": "The Committee noted the draft strategy",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "8", "text": "the work programme be noted and that an item on dementia diagnosis",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "9", "text": "The Committee noted the date of the next meeting",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Priya Halloran", "role": "Chair", "attendance": "present"},
        {"name": "Dominic Feeney", "role": None, "attendance": "present"},
        {"name": "Grace Oyelaran", "role": None, "attendance": "present"},
        {"name": "Henrietta Strand-Powell", "role": None, "attendance": "present"},
        {"name": "Beatrice Conway", "role": "Disability Action Kelmsbury & Fulwood",
         "attendance": "present"},
        {"name": "Malcolm Thirlwell", "role": "Kelmsbury Save Our Hospitals",
         "attendance": "present"},
        {"name": "Councillor Eamon Rudd",
         "role": "Cabinet Member for Health and Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Councillor Sabine Koury", "role": "Cabinet Member for Finance and Reform",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Sallis",
         "role": "Borough Director, Kelmsbury & Fulwood, West Thames Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Peter Lindqvist",
         "role": "Director of Operations, Kelmsbury Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Farah Qureshi",
         "role": "Clinical Director, Fulwood North Primary Care Network",
         "attendance": "in_attendance"},
        {"name": "Olu Adebanjo", "role": "Chief Executive, Healthwatch Kelmsbury & Fulwood",
         "attendance": "in_attendance"},
        {"name": "Jacinta Marlowe", "role": "Executive Director of People's Services",
         "attendance": "in_attendance"},
        {"name": "Gareth Yeoman", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Nell Hanrahan", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Odette Franks", "role": "Head of Commissioning, Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Colm Devereux", "role": "Head of Finance, People's Services",
         "attendance": "in_attendance"},
        {"name": "Keeley Marsh", "role": "Public Health Lead for Mental Health",
         "attendance": "in_attendance"},
        {"name": "Yasmin Ibrahimi", "role": "Committee Coordinator",
         "attendance": "in_attendance"},
        {"name": "Desmond Achterberg", "role": "K&F Save Our NHS", "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REP_NAME + ".docx", "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF rendering (fpdf2)
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.set_text_color(0, 0, 0)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - " + COMMITTEE + " - 29 January 2025")
    pdf.set_author("Kelmsbury & Fulwood Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Logo block: a dark square with the council's initials and its name beside it
    pdf.set_fill_color(24, 39, 84)
    pdf.rect(20, 16, 20, 20, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 13)
    pdf.set_xy(20, 22.5)
    pdf.cell(20, 7, "K&F", align="C")
    pdf.set_text_color(24, 39, 84)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(43, 19)
    pdf.cell(0, 5, "Kelmsbury & Fulwood")
    pdf.set_xy(43, 25)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 5, "London Borough")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(20, 44)
    pdf.set_font("Sans", "B", 16)
    pdf.multi_cell(0, 8, COMMITTEE, align="L")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "Minutes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, "Wednesday 29 January 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "PRESENT", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for label, names in ATTENDANCE:
        pdf.set_font("Sans", "B", 10.5)
        pdf.write(5.6, label + " ")
        pdf.set_font("Sans", "", 10.5)
        pdf.write(5.6, names)
        pdf.ln(5.6)
        pdf.ln(3)
    pdf.ln(4)

    body_left = 32
    for block in BLOCKS:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_left_margin(20)
            pdf.set_x(20)
            pdf.set_font("Sans", "B", 11)
            y = pdf.get_y()
            pdf.cell(12, 6, num)
            pdf.set_left_margin(body_left)
            pdf.set_xy(body_left, y)
            pdf.multi_cell(0, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_left_margin(body_left)
            pdf.set_x(body_left)
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(0, 5.6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "b":
            pdf.set_left_margin(body_left)
            pdf.set_x(body_left)
            pdf.set_font("Sans", "B", 10.5)
            pdf.multi_cell(0, 5.6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ol", "bl"):
            pdf.set_font("Sans", "", 10.5)
            for i, entry in enumerate(block[1], 1):
                marker = f"{i}." if kind == "ol" else "\u2022"
                pdf.set_left_margin(body_left)
                pdf.set_x(body_left)
                y = pdf.get_y()
                pdf.cell(8, 5.6, marker)
                pdf.set_left_margin(body_left + 8)
                pdf.set_xy(body_left + 8, y)
                pdf.multi_cell(0, 5.6, entry, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.set_left_margin(body_left)
            pdf.ln(1.5)

    pdf.set_left_margin(20)
    pdf.set_x(20)
    pdf.ln(6)
    pdf.set_font("Sans", "", 10.5)
    for line in CLOSING:
        pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, 5.6, "Chair   ...........................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    for i, line in enumerate(CONTACT):
        if i == 0:
            pdf.set_font("Sans", "B", 10)
            pdf.write(5.2, "Contact officer: ")
            pdf.set_font("Sans", "", 10)
            pdf.write(5.2, line.split(": ", 1)[1])
            pdf.ln(5.2)
        else:
            pdf.set_x(20 + pdf.get_string_width("Contact officer: ") + 0.5)
            pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
# DOCX: the officer report to the same meeting (not minutes)
# ---------------------------------------------------------------------------
REPORT_HEAD = [
    ("Report to:", COMMITTEE),
    ("Date:", "29/01/2025"),
    ("Subject:", "Home Care Recommissioning: Co-producing the New Service Model"),
    ("Report of:", "Councillor Eamon Rudd, Cabinet Member for Health and Adult Social Care"),
    ("Report author:", "Odette Franks, Head of Commissioning, Adult Social Care"),
    ("Responsible Director:", "Jacinta Marlowe, Executive Director of People's Services"),
]

VALUES = [
    ("Building shared prosperity",
     "The new contracts will require payment of the London Living Wage, paid travel time and "
     "guaranteed hours for care workers who want them, most of whom live in the borough."),
    ("Creating a compassionate council",
     "Home care supports around 1,900 residents to live independently at home. Continuity of "
     "care workers is what residents told us matters most."),
    ("Doing things with local residents, not to them",
     "The outcomes in the new specification have been written by a co-production group of "
     "residents who use home care and their unpaid carers."),
    ("Being ruthlessly financially efficient",
     "Open-book accounting will let the Council see how the hourly rate is spent. A "
     "patch-based model is expected to reduce travel time and missed calls."),
    ("Taking pride in Kelmsbury & Fulwood",
     "Smaller lots will allow local, not-for-profit and social enterprise providers to bid."),
    ("Rising to the challenge of the climate and ecological emergency",
     "Shorter journeys between visits will reduce car use by care workers."),
]

REPORT_SECTIONS = [
    ("h", "DETAILED ANALYSIS"),
    ("h2", "Background"),
    ("n", "The Council currently buys around 11,400 hours of home care a week from three "
          "external providers under contracts let in 2021. The contracts expire on 31 March "
          "2026 and cannot be extended further."),
    ("n", "Home care in Kelmsbury & Fulwood is provided free of charge. This policy is not "
          "affected by the recommissioning, which is about the quality and reliability of "
          "care rather than making savings."),
    ("n", "In 2023 one provider was placed on an improvement plan following a rise in missed "
          "calls and a Care Quality Commission rating of Requires Improvement. The provider "
          "has since been rated Good."),
    ("h2", "What residents told us"),
    ("n", "Between September and December 2024 the commissioning team held eleven listening "
          "events, ran an online and paper survey (412 responses) and visited 38 residents "
          "at home. The questions residents asked us most often were:"),
    ("bl", ["Will I get the same care worker, and will they come at the time agreed?",
            "Who do I call when a care worker is late, and will anyone call me back?",
            "Are care workers paid properly, including for the time spent travelling?",
            "Will home care stay free?"]),
    ("n", "A co-production group of 14 residents, including people who use home care, unpaid "
          "carers and members of Disability Action Kelmsbury & Fulwood, has met six times and "
          "has written the outcomes section of the draft specification."),
    ("h2", "Options considered"),
    ("n", "Option 1: re-tender the current model of three borough-wide contracts. Not "
          "recommended: it does not address continuity of care."),
    ("n", "Option 2: bring the service in-house. Not recommended at this stage: the estimated "
          "additional cost is £4.2 million a year and recruiting the workforce would take at "
          "least two years. The in-house reablement service will be retained and used as a "
          "benchmark for quality."),
    ("n", "Option 3 (recommended): a patch-based model with one lead provider in each of four "
          "neighbourhoods, with smaller lots for specialist and culturally specific care."),
    ("h2", "Questions the Committee may wish to consider"),
    ("bl", ["How should the Council measure whether residents see the same care workers?",
            "Should late and missed calls be reported to the Committee as a key performance "
            "indicator?",
            "How can unpaid carers be kept informed when a visit is delayed?"]),
    ("h2", "Next steps"),
    ("n", "Subject to the Committee's comments, a Cabinet report seeking approval to procure "
          "will be presented in April 2025, with the tender published in June 2025 and new "
          "contracts starting on 1 April 2026."),
    ("h", "LIST OF APPENDICES"),
    ("p", "Appendix 1 – Summary of engagement findings (published separately)"),
]


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("LONDON BOROUGH OF KELMSBURY & FULWOOD")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x18, 0x27, 0x54)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in REPORT_HEAD:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("SUMMARY").bold = True
    doc.add_paragraph(
        "The Council's home care contracts expire in March 2026. This report sets out how the "
        "new service is being designed with residents who use home care and their families, "
        "what residents have told us so far, and the options for the future service model. "
        "The Committee is invited to comment on the proposed patch-based model before a "
        "report is taken to Cabinet.")
    p = doc.add_paragraph()
    p.add_run("RECOMMENDATIONS").bold = True
    doc.add_paragraph("For the Committee to note and comment on the report.", style="List Number")
    doc.add_paragraph("For the Committee to endorse the approach to co-production set out in "
                      "paragraphs 4 and 5.", style="List Number")
    p = doc.add_paragraph()
    p.add_run("Wards Affected: ").bold = True
    p.add_run("All")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Our Values").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run(
        "Summary of how this report aligns to the K&F Values").bold = True
    for a, b in VALUES:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(a)
        cells[1].paragraphs[0].add_run(b)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Financial Impact").bold = True
    doc.add_paragraph(
        "The current annual cost of home care is £19.6 million, funded from the adult social "
        "care budget. The recommended model is expected to be delivered within this budget, "
        "allowing for the uplift agreed in the 2025 Medium Term Financial Strategy. Verified "
        "by: Colm Devereux, Head of Finance, People's Services, 14 January 2025.")
    p = doc.add_paragraph()
    p.add_run("Legal Implications").bold = True
    doc.add_paragraph(
        "The procurement will be carried out under the Health Care Services (Provider "
        "Selection Regime) Regulations 2023 or the Procurement Act 2023 as applicable. Legal "
        "Services will advise on the form of contract. Verified by: Angharad Rees, Chief "
        "Solicitor (Contracts), 15 January 2025.")
    p = doc.add_paragraph()
    p.add_run("Contact Officer(s):").bold = True
    for line in ["Name: Odette Franks", "Position: Head of Commissioning, Adult Social Care",
                 "Telephone: 020 7946 0517",
                 "Email: odette.franks@kelmsburyfulwood.gov.uk"]:
        doc.add_paragraph(line)
    p = doc.add_paragraph()
    p.add_run("Background Papers Used in Preparing This Report").bold = True
    doc.add_paragraph("None.")

    n = 0
    for kind, *rest in REPORT_SECTIONS:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "h2":
            p = doc.add_paragraph()
            r = p.add_run(rest[0])
            r.bold = True
            r.italic = True
        elif kind == "n":
            n += 1
            doc.add_paragraph(f"{n}.\t{rest[0]}")
        elif kind == "bl":
            for entry in rest[0]:
                doc.add_paragraph(entry, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(rest[0])

    cp = doc.core_properties
    cp.author = "Odette Franks"
    cp.last_modified_by = "Odette Franks"
    cp.title = "Home Care Recommissioning: Co-producing the New Service Model"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Re-pack with fixed timestamps so that the output is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s, repl=" "):
    """Lower-case, remove punctuation (replaced by `repl`), collapse white space."""
    s = s.lower()
    s = "".join(repl if unicodedata.category(c).startswith("P") else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.endswith((".html", ".htm")):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text(" ")
    with open(path, encoding="utf-8") as f:
        return f.read()


def check():
    ok = True
    for gname in sorted(os.listdir(GOLD)):
        if not gname.startswith("jo-") or not gname.endswith(".json"):
            continue
        with open(os.path.join(GOLD, gname), encoding="utf-8") as f:
            g = json.load(f)
        dpath = os.path.join(DOCS, g["document"])
        if not os.path.exists(dpath):
            print("MISSING document", g["document"])
            ok = False
            continue
        raw = doc_text(dpath)
        texts = [norm(raw, " "), norm(raw, "")]
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        bad = 0
        for kind, ph in phrases:
            n_words = len(ph.split())
            counts = [t.count(norm(ph, r)) for t, r in zip(texts, (" ", ""))]
            c = counts[0] if counts[0] == counts[1] else counts
            if c != 1 or not 6 <= n_words <= 15:
                bad += 1
                ok = False
                print(f"FAIL {gname} {kind}: found {c}x, {n_words} words: {ph!r}")
        print(f"{gname}: {len(phrases)} phrases checked, {bad} failing")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, MIN_NAME + ".pdf"))
    build_docx(os.path.join(DOCS, REP_NAME + ".docx"))
    for name, g in ((MIN_NAME, MINUTES_GOLD), (REP_NAME, REPORT_GOLD)):
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("written:", MIN_NAME + ".pdf", REP_NAME + ".docx", "and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
