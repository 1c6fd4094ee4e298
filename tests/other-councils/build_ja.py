#!/usr/bin/env python3
"""Build the "ja-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ja.py           build documents/ja-* and gold/ja-*.json
        build_ja.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ja-ousemere-adults-health-committee-2025-03-13.docx"
LOG_NAME = "ja-ousemere-adults-health-committee-action-log.pdf"

FIXED = dt.datetime(2025, 3, 14, 9, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# ("h", number, title)   minute heading        ("p", text)   body paragraph
# ("b", text)            bullet                ("c", text)   lettered clause
# ("bc", text)           bold clause (amendment)              ("pb",) page break
# ("sig", text)          signature lines       ("ah", text)  appendix heading

ATTENDANCE_PRESENT = (
    "Councillors J Ashworth, P Bellamy (Vice-Chair), M Dunmore, H Egerton, K Fairweather, "
    "S Goodliffe (Chair), T Hallam, L Ibbotson, N Kettle, D Lumb, C Merridew, F Noakes and "
    "V Orchard"
)
ATTENDANCE_COOPTED = (
    "District Councillors E Pilbeam (Westfen District Council) and G Quarrie "
    "(Ousebridge City Council)"
)

BODY = [
    ("h", "241", "Apologies for Absence and Declarations of Interest"),
    ("p", "Apologies for absence were received from Councillor B Stannard (substituted by "
          "Councillor F Noakes) and Councillor W Thursby."),
    ("p", "Councillor Hallam declared a non-statutory disclosable interest under the Code of "
          "Conduct in relation to Item 6 as a trustee of Fenmarket Carers\u2019 Trust, which "
          "received grant funding from the Council."),
    ("p", "Councillor Lumb declared a non-statutory disclosable interest under the Code of "
          "Conduct in relation to Item 4 as a close family member was employed as a dental "
          "nurse at a practice in Hollingford."),

    ("h", "242", "Adults and Health Committee Minutes \u2013 30 January 2025 and Action Log"),
    ("p", "The minutes of the meeting held on 30 January 2025 were agreed as a correct record "
          "and were signed by the Chair."),
    ("p", "In relation to the action log, Councillor Egerton asked when Members would receive "
          "the figures requested at Minute 231 on the number of people affected by the "
          "changes to the Adult Social Care Charging Policy. The Head of Finance (Adults) "
          "advised that the figures were being checked and would be circulated before the "
          "end of March."),
    ("p", "The Committee noted the Action Log."),

    ("h", "243", "Petitions and Public Questions"),
    ("p", "One public question was received from Mrs A Whitlock in relation to Item 6, "
          "Recommissioning of Care at Home Services. Mrs Whitlock attended the meeting and "
          "read out her question, and the Chair provided a response. The question and the "
          "response are attached at Appendix A to these minutes."),
    ("p", "No petitions were received."),

    ("h", "244", "Health Scrutiny: Access to NHS Dental Services in Ousemere"),
    ("p", "The Committee received a report from the Ousemere and Fenbridge Integrated Care "
          "Board (ICB) on access to NHS dental services across Ousemere, which the Committee "
          "had requested when it last considered the subject in October 2024. The report was "
          "presented by Ruth Penhaligon, Director of Primary Care, and Tom Aveling, Head of "
          "Primary Care Commissioning, ICB, with Dr Meena Kothari, Consultant in Dental "
          "Public Health, NHS England (East of England), also in attendance."),
    ("p", "In presenting the report, the Director of Primary Care reminded the Committee that "
          "the ICB had taken on delegated responsibility for commissioning primary care "
          "dental services from NHS England on 1 April 2023. Across the ICB area there were "
          "112 practices holding NHS dental contracts, and in 2023-24 those practices had "
          "delivered 71% of the units of dental activity (UDAs) that had been commissioned, "
          "compared with 64% the previous year. Only 38% of adults in Ousemere had seen an NHS "
          "dentist in the previous 24 months, against 40% for England, and the position was "
          "worst in the north and east of the county. Since the last report the ICB had "
          "commissioned an additional 9,800 urgent dental care appointments through its "
          "flexible commissioning scheme, introduced a new patient premium in line with the "
          "national Dental Recovery Plan, and supported six practices to take on contract "
          "activity that had been handed back elsewhere. Recruitment and retention of "
          "dentists and dental nurses remained the single largest constraint on improving "
          "access."),
    ("p", "Individual Members raised the following issues in relation to the report:"),
    ("b", "Expressed concern that residents in Westfen and the surrounding villages were still "
          "being told that no practice within 20 miles was accepting new adult NHS patients, "
          "and described the area as a dental desert. The Head of Primary Care Commissioning "
          "acknowledged that Westfen remained the area of greatest need and explained that "
          "the ICB had commissioned additional urgent care sessions at three practices in the "
          "district and was in discussion with two providers about a new contract for the "
          "town, which it hoped to award by the autumn."),
    ("b", "Sought clarification on how much of the dental budget had been left unspent in "
          "2023-24 and whether any underspend could be kept for dentistry in Ousemere rather "
          "than being returned to the wider NHS. The Director of Primary Care explained that "
          "the underspend in 2023-24 had been \u00a34.6m, which had been used to support other "
          "primary care pressures, but that the dental budget had been ring-fenced nationally "
          "for 2024-25 and the ICB expected to spend it in full."),
    ("b", "Asked whether the golden hello payments announced in the Dental Recovery Plan had "
          "attracted any dentists to the county. The Head of Primary Care Commissioning "
          "advised that four dentists had taken up posts in Ousemere under the scheme so far, "
          "all in practices in the north of the county, and that the ICB was also funding a "
          "foundation training scheme with the University of Ousebridge so that newly "
          "qualified dentists trained locally."),
    ("b", "Noted the rise in the number of children aged under five admitted to hospital for "
          "tooth extractions and queried what was being done to improve children\u2019s oral "
          "health. The Consultant in Dental Public Health explained that the supervised "
          "toothbrushing programme had been extended to 46 nurseries and schools in the most "
          "deprived wards and that fluoride varnish was offered through the Community Dental "
          "Service; she offered to share the latest oral health survey of five-year-olds with "
          "the Committee."),
    ("b", "Commented that the information on the NHS website showing which practices were "
          "accepting new patients was often out of date, so that residents spent hours "
          "ringing round practices only to be told there was a waiting list of over two "
          "years."),
    ("b", "Asked what provision there was for people with additional needs, such as people "
          "with learning disabilities and care home residents, who could not easily use a "
          "high street practice. The Consultant in Dental Public Health explained that the "
          "Community Dental Service provided care for these groups, but that waiting times "
          "for its general anaesthetic list had reached 58 weeks; a business case for "
          "additional theatre sessions was being considered by the ICB."),
    ("b", "Requested a breakdown of dental activity by district, including the number of "
          "practices in each district that had handed back their NHS contracts since 2022. "
          "The Director of Primary Care agreed to provide this information after the "
          "meeting. Action Required"),
    ("p", "The Chair thanked the representatives of the ICB for attending and for their "
          "report, and noted that the Committee would continue to keep dental access under "
          "review."),
    ("p", "It was resolved unanimously to:"),
    ("c", "a)\tnote and comment on the report; and"),
    ("c", "b)\trequest a further update on access to NHS dental services, including progress "
          "in Westfen, at the Committee\u2019s meeting in October 2025."),

    ("h", "245", "Health Scrutiny: Hospital Discharge and Winter Pressures 2024-25"),
    ("p", "The Committee received a joint report from Hollingford and Westfen Hospitals NHS "
          "Foundation Trust, the ICB and the Council\u2019s Adult Social Care service on "
          "hospital discharge over the winter of 2024-25. The report was introduced by Claire "
          "Tunstall, Chief Operating Officer of the Trust, together with the Director of Adult "
          "Social Care and Lewis Marchbank, Director of Urgent and Emergency Care at the ICB."),
    ("p", "Members were informed that demand had been higher than planned from December "
          "onwards, with attendances at Hollingford Hospital\u2019s emergency department 9% "
          "higher than the previous winter and a significant peak in flu admissions in the "
          "first two weeks of January. The number of patients who no longer met the criteria "
          "to reside but remained in hospital had averaged 86 a day across the two hospital "
          "sites, against a planning assumption of 70. The Integrated Discharge Hub, which "
          "brought together hospital discharge staff, social workers and community health "
          "teams in one place, had been operating seven days a week since November, and the "
          "number of people discharged home with reablement support had risen by 14% compared "
          "with 2023-24."),
    ("p", "Individual Members raised the following issues in relation to the report:"),
    ("b", "Queried why the number of patients who no longer needed to be in hospital had been "
          "so much higher than planned. The Chief Operating Officer explained that the "
          "largest group of delays were patients waiting for a care home placement, "
          "particularly nursing care for people with dementia, and that a smaller number were "
          "waiting for home care packages in rural areas where the Council\u2019s providers had "
          "limited capacity."),
    ("b", "Expressed concern at reports that patients had been cared for on trolleys in "
          "corridors at Hollingford Hospital during January, and asked how this affected "
          "their dignity and safety. The Chief Operating Officer confirmed that corridor care "
          "had been used on 19 days in January at times of extreme pressure, that every "
          "instance was reported to the Trust Board, and that it was not something the Trust "
          "regarded as acceptable."),
    ("b", "Asked whether the discharge to assess model was working as intended and whether the "
          "Council was paying for care that should be funded by the NHS. The Director of "
          "Adult Social Care explained that the first four weeks of care after discharge were "
          "funded from the Better Care Fund and the hospital discharge grant, after which "
          "people were assessed for ongoing care and, where appropriate, for NHS continuing "
          "healthcare; the Council and the ICB were reviewing the pooled budget arrangements "
          "for 2025-26 as part of the Better Care Fund plan."),
    ("b", "Referred to a resident aged 91 from her division who had been discharged from "
          "Westfen Community Hospital at 10.40pm without a care package in place, and sought "
          "assurance that patients were not being sent home late at night. The Chief "
          "Operating Officer apologised and asked the Member to pass on the details so that "
          "the case could be investigated; she explained that the Trust\u2019s policy was that "
          "frail older people should not be discharged after 8pm unless they or their family "
          "requested it."),
    ("b", "Welcomed the joint working in the Integrated Discharge Hub and commented that the "
          "staff involved deserved recognition for the way they had managed a very difficult "
          "winter."),
    ("b", "Requested figures on the number of patients readmitted to hospital within 30 days "
          "of discharge, broken down by discharge pathway. Officers agreed to circulate these "
          "to the Committee. Action Required"),
    ("p", "Councillor Dunmore left the meeting at 12:05p.m."),
    ("p", "It was resolved unanimously to note the report and the actions taken by the Trust, "
          "the ICB and the Council to manage discharges from hospital over the winter."),
    ("p", "The meeting was adjourned at 12:40p.m. and reconvened at 1:10p.m."),

    ("h", "246", "Recommissioning of Care at Home Services"),
    ("p", "The Committee received a report seeking approval to recommission the Council\u2019s "
          "Care at Home services, which supported around 2,300 people and accounted for "
          "annual expenditure of approximately \u00a348m, when the current framework contracts "
          "expired on 31 March 2026. The Head of Commissioning (Adults) explained that the "
          "current arrangements, under which care was purchased from 54 providers on a "
          "framework and through spot purchasing, had led to people in rural areas waiting "
          "for care and to providers competing for the same care workers on overlapping "
          "rounds. The proposed model would divide the county into eleven zones, each served "
          "by a lead provider and a smaller number of secondary providers, with a guaranteed "
          "minimum volume of hours in each zone and a rural uplift in the hourly rate for the "
          "most sparsely populated zones. The model had been developed following a "
          "consultation that had received 612 responses from people who drew on care and "
          "support, their families and carers, providers and staff."),
    ("p", "Individual Members raised the following issues in relation to the report:"),
    ("b", "Expressed concern that almost all home care in the county was now delivered by "
          "private companies, some of them owned by private equity, and asked whether the "
          "Council had considered bringing some provision back in-house. The Executive "
          "Director of Adults, Health and Commissioning explained that an in-house option had "
          "been assessed as part of the options appraisal at Appendix 2 of the report, and "
          "that it had not been recommended because of the cost and the time it would take "
          "to build a workforce, but that the Council\u2019s reablement service would continue "
          "to be provided in-house."),
    ("b", "Queried how the zoned model would help to recruit and retain care workers in rural "
          "areas, where travel time between visits could be long. The Head of Commissioning "
          "(Adults) advised that lead providers would be guaranteed a minimum volume of "
          "hours, which would allow them to offer guaranteed-hours contracts rather than "
          "zero-hours contracts, and that the rural uplift would be used to pay for travel "
          "time."),
    ("b", "Sought clarification on the proposed hourly rate and whether it was affordable "
          "within the medium-term financial strategy. The Strategic Finance Business Partner "
          "explained that the proposed standard rate was \u00a325.40 per hour, rising to "
          "\u00a327.10 in the rural zones, and that the additional cost of around \u00a31.9m a year "
          "in 2026-27 had been included in the business planning proposals."),
    ("b", "Asked how the views of people who drew on care had shaped the proposals. Officers "
          "explained that the strongest message from the consultation had been the "
          "importance of seeing the same care workers at consistent times, and that "
          "continuity of care would be a key performance indicator in the new contracts, with "
          "10% of the contract price linked to quality outcomes."),
    ("b", "Requested that the contracts require providers to pay care workers at least the "
          "Real Living Wage and to pay for travel time. The Head of Commissioning (Adults) "
          "confirmed that the Real Living Wage would be a contractual requirement and that "
          "providers would be asked to show how travel time was paid as part of the tender "
          "evaluation."),
    ("b", "Commented that many of the difficulties described in the public question at Minute "
          "243 reflected what councillors heard from families in their divisions, "
          "particularly when a provider handed back a package of care at short notice."),
    ("p", "Councillor Kettle proposed, seconded by Councillor Merridew, an amendment to add a "
          "further recommendation as follows (addition in bold):"),
    ("bc", "d)\trequest that officers report to the Committee by December 2025 on the options "
           "and costs of establishing an in-house home care service in Westfen, to operate "
           "alongside the new contracts."),
    ("p", "In debating the amendment, some Members felt that it would divert officers from the "
          "procurement at a critical time, while others considered that the Council needed a "
          "fall-back in parts of the county where the market had failed."),
    ("p", "On being put to the vote, the amendment to add recommendation d) was lost."),
    ("p", "It was resolved by a majority to:"),
    ("c", "a)\tapprove the recommissioning of Care at Home services through a zoned model of "
          "lead and secondary providers, as set out in section 3 of the report, with contracts "
          "to start on 1 April 2026 for an initial period of five years, with the option to "
          "extend for up to a further three years;"),
    ("c", "b)\tdelegate authority to award the contracts to the Executive Director of Adults, "
          "Health and Commissioning, in consultation with the Chair and Vice-Chair of the "
          "Adults and Health Committee; and"),
    ("c", "c)\tnote the findings of the consultation set out at Appendix 3 of the report."),

    ("h", "247", "Drug and Alcohol Treatment and Recovery Services \u2013 Contract Extension"),
    ("p", "The Committee received a report seeking approval to extend the contract for the "
          "adult drug and alcohol treatment and recovery service, currently delivered by "
          "Fenway Recovery Partnership, by twelve months from 1 October 2025 to 30 September "
          "2026, as permitted under the terms of the contract. The Director of Public Health "
          "explained that the extension would allow the service to be recommissioned jointly "
          "with the young people\u2019s substance misuse service and the county\u2019s "
          "housing-related support for people in recovery, so that a single integrated "
          "service could start in October 2026. The value of the extension was \u00a36.3m, "
          "funded from the Public Health Grant and the Drug and Alcohol Treatment and Recovery "
          "Improvement Grant."),
    ("p", "Individual Members raised the following issues in relation to the report:"),
    ("b", "Asked whether the provider\u2019s performance justified an extension, noting that the "
          "proportion of people leaving treatment successfully for opiate use was below the "
          "national average. The Director of Public Health acknowledged that performance for "
          "opiate users was below the national rate, at 4.1% against 5.0%, but explained that "
          "performance for alcohol and non-opiate users was above average, the number of "
          "people in treatment had risen by 17% and the provider had an improvement plan which "
          "was reviewed monthly."),
    ("b", "Queried what would happen to the service if the Drug and Alcohol Treatment and "
          "Recovery Improvement Grant was not continued beyond March 2026. The Director of "
          "Public Health advised that the government had confirmed the grant for 2025-26 only "
          "and that, if it ended, the Council would have to reduce the capacity of the "
          "service; the contract included a break clause to allow for this."),
    ("b", "Expressed concern at the rise in drug-related deaths in Ousebridge, which had "
          "reached 31 in 2023, and asked what was being done to reduce them. The Director of "
          "Public Health explained that naloxone was now being supplied to people leaving "
          "prison and to hostels, and that a drug-related deaths panel reviewed every death to "
          "identify lessons for local services."),
    ("b", "Asked whether people leaving residential rehabilitation had access to suitable "
          "housing, noting cases where people had completed a placement with nowhere to "
          "live."),
    ("p", "It was resolved unanimously to:"),
    ("c", "a)\tapprove the extension of the contract for the adult drug and alcohol treatment "
          "and recovery service with Fenway Recovery Partnership for a period of twelve "
          "months from 1 October 2025; and"),
    ("c", "b)\tdelegate authority to the Director of Public Health, in consultation with the "
          "Chair and Vice-Chair, to agree the terms of the extension."),

    ("h", "248", "Finance Monitoring Report \u2013 January 2025"),
    ("p", "The Committee received the Finance Monitoring Report for the Adults, Health and "
          "Commissioning directorate and Public Health as at the end of January 2025. The "
          "Strategic Finance Business Partner reported a forecast overspend of \u00a33.4m for "
          "Adults, Health and Commissioning, an increase of \u00a30.6m since the report to the "
          "Committee in January, largely as a result of increased demand for older "
          "people\u2019s residential and nursing care and the rising cost of placements for "
          "working-age adults with learning disabilities. Public Health was forecasting an "
          "underspend of \u00a30.3m, which would be transferred to the public health reserve at "
          "year end."),
    ("p", "In response to a question from Councillor Fairweather about why the cost of care "
          "home placements had risen faster than the budget, the Strategic Finance Business "
          "Partner explained that the average weekly cost of a new nursing placement had "
          "risen by 11% in the year, as providers passed on the increases in the National "
          "Living Wage and employer National Insurance contributions, and that the Council "
          "was increasingly paying above its usual rates in order to secure placements for "
          "people leaving hospital. Councillor Ashworth queried whether the directorate would "
          "deliver the savings of \u00a39.7m agreed in the 2024-25 business plan. Officers "
          "advised that \u00a38.1m was forecast to be delivered, and that the shortfall related "
          "mainly to the slower than planned expansion of extra care housing, which had been "
          "delayed by the developer."),
    ("p", "A Member asked whether the Public Health underspend could be used to support the "
          "drug and alcohol service discussed under Minute 247. The Director of Public Health "
          "explained that the reserve was already committed to the stop smoking and weight "
          "management programmes in 2025-26, but that she would keep the position under "
          "review."),
    ("p", "It was resolved unanimously to review and comment on the report."),

    ("h", "249", "Performance Monitoring Report \u2013 Quarter 3 2024-25"),
    ("p", "The Committee considered the performance report for the third quarter of 2024-25. "
          "Of the 21 indicators reported, 11 were on target (green), 6 were within 10% of "
          "target (amber) and 4 were off target (red). The Service Director for Adults and "
          "Safeguarding drew Members\u2019 attention to the improvement in the number of people "
          "waiting for a Care Act assessment, which had fallen from 812 in April 2024 to 547 at "
          "the end of December, and to the continuing pressure on the number of older people "
          "admitted to permanent residential and nursing care."),
    ("p", "Councillor Orchard asked how long people were currently waiting for an assessment "
          "and what happened to people while they waited. The Service Director explained "
          "that the median wait was 23 days, that every new referral was screened for risk "
          "within 48 hours, and that people on the waiting list were contacted at least every "
          "four weeks so that any change in their needs could be picked up."),
    ("p", "A Member requested that future reports show the waiting list for occupational "
          "therapy assessments separately, as residents were waiting many months for "
          "adaptations to their homes. Officers agreed to include this from the Quarter 4 "
          "report."),
    ("p", "The Committee noted the Quarter 3 performance report."),

    ("h", "250", "Adults and Health Committee Agenda Plan, Training Plan and Appointments to "
                 "Outside Bodies"),
    ("p", "The Committee reviewed its agenda plan. The Democratic Services Officer reported "
          "that, since the agenda was published, the report on the Adult Social Care Workforce "
          "Strategy had been moved from the April meeting to June 2025, and that an item on "
          "the Care Quality Commission\u2019s assessment of the Council\u2019s adult social care "
          "services would be added to the July agenda once the inspection report had been "
          "published."),
    ("p", "A Member requested a training session on the Care Quality Commission\u2019s assessment "
          "framework before the inspection report was considered by the Committee. Officers "
          "agreed to arrange a session in May."),
    ("p", "It was resolved unanimously to:"),
    ("c", "a)\treview its agenda plan attached at Appendix 1 of the report;"),
    ("c", "b)\tnote the training plan attached at Appendix 2 of the report; and"),
    ("c", "c)\tappoint Councillor Ibbotson as the Committee\u2019s substitute representative on "
          "the Ousemere and Fenbridge Joint Health Overview and Scrutiny Committee."),

    ("sig", "Chair"),
    ("sig", "10 April 2025"),

    ("pb",),
    ("ah", "Appendix A"),
    ("p", "Adults and Health Committee \u2013 13 March 2025"),
    ("p", "Public Question \u2013 Item 6: Recommissioning of Care at Home Services"),
    ("ab", "Question from Mrs A Whitlock, Fenmarket"),
    ("p", "\u201cMy father has received care at home in a village near Fenmarket for three years, "
          "and in that time his care has been handed back by two different agencies at a few "
          "days\u2019 notice. Each time, our family has had to provide his care ourselves until "
          "a new agency could be found. How will the new contracts make sure that people in "
          "rural villages are not left without care when an agency withdraws, and will "
          "families be consulted before a person\u2019s care is moved to a different "
          "provider?\u201d"),
    ("ab", "Response from Councillor S Goodliffe, Chair of the Adults and Health Committee"),
    ("p", "\u201cThank you for your question, and I am sorry to hear of the difficulties your "
          "family has experienced. Under the proposed model, the lead provider for each zone "
          "will be required to pick up any package of care that another provider in the zone "
          "hands back, within an agreed timescale, so that people are not left without "
          "support. Where a person\u2019s care has to move to a new provider, the Council\u2019s "
          "brokerage team will contact the person and their family before the change takes "
          "place, and the new contracts will require providers to give at least eight "
          "weeks\u2019 notice before handing back a package, except in an emergency.\u201d"),
]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": n, "title": t} for (kind, n, t) in
        [b for b in BODY if b[0] == "h"]
    ],
    "questions": [
        {"item": "242", "kind": "question",
         "text": "when Members would receive the figures requested at Minute 231",
         "asked_by": "Councillor Egerton",
         "answer": "the figures were being checked and would be circulated before the end of March",
         "given_by": "Head of Finance (Adults)",
         "themes": ["finance", "adult-social-care"]},
        {"item": "243", "kind": "question",
         "text": "How will the new contracts make sure that people in rural villages",
         "asked_by": "Mrs A Whitlock",
         "answer": "the lead provider for each zone will be required to pick up any package",
         "given_by": "Councillor S Goodliffe",
         "themes": ["adult-social-care", "subcontracting", "patient-and-public-input"]},
        {"item": "244", "kind": "concern",
         "text": "residents in Westfen and the surrounding villages were still being told",
         "asked_by": None,
         "answer": "had commissioned additional urgent care sessions at three practices in the district",
         "given_by": "Head of Primary Care Commissioning",
         "themes": ["primary-care"]},
        {"item": "244", "kind": "question",
         "text": "how much of the dental budget had been left unspent in 2023-24",
         "asked_by": None,
         "answer": "the dental budget had been ring-fenced nationally for 2024-25",
         "given_by": "Director of Primary Care",
         "themes": ["primary-care", "finance"]},
        {"item": "244", "kind": "question",
         "text": "whether the golden hello payments announced in the Dental Recovery Plan had attracted",
         "asked_by": None,
         "answer": "four dentists had taken up posts in Ousemere under the scheme so far",
         "given_by": "Head of Primary Care Commissioning",
         "themes": ["primary-care", "workforce"]},
        {"item": "244", "kind": "question",
         "text": "queried what was being done to improve children's oral health",
         "asked_by": None,
         "answer": "the supervised toothbrushing programme had been extended to 46 nurseries and schools",
         "given_by": "Consultant in Dental Public Health",
         "themes": ["children-and-families", "public-health", "primary-care"]},
        {"item": "244", "kind": "comment",
         "text": "the information on the NHS website showing which practices were accepting new patients",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "244", "kind": "question",
         "text": "what provision there was for people with additional needs",
         "asked_by": None,
         "answer": "waiting times for its general anaesthetic list had reached 58 weeks",
         "given_by": "Consultant in Dental Public Health",
         "themes": ["primary-care", "adult-social-care"]},
        {"item": "244", "kind": "request",
         "text": "a breakdown of dental activity by district, including the number of practices",
         "asked_by": None,
         "answer": "The Director of Primary Care agreed to provide this information after the meeting",
         "given_by": "Director of Primary Care",
         "themes": ["primary-care"]},
        {"item": "245", "kind": "question",
         "text": "why the number of patients who no longer needed to be in hospital",
         "asked_by": None,
         "answer": "the largest group of delays were patients waiting for a care home placement",
         "given_by": "Chief Operating Officer",
         "themes": ["adult-social-care"]},
        {"item": "245", "kind": "concern",
         "text": "patients had been cared for on trolleys in corridors at Hollingford Hospital",
         "asked_by": None,
         "answer": "corridor care had been used on 19 days in January",
         "given_by": "Chief Operating Officer",
         "themes": []},
        {"item": "245", "kind": "question",
         "text": "whether the discharge to assess model was working as intended",
         "asked_by": None,
         "answer": "the first four weeks of care after discharge were funded from the Better Care Fund",
         "given_by": "Director of Adult Social Care",
         "themes": ["integration", "finance", "adult-social-care"]},
        {"item": "245", "kind": "concern",
         "text": "sought assurance that patients were not being sent home late at night",
         "asked_by": None,
         "answer": "the Trust's policy was that frail older people should not be discharged after 8pm",
         "given_by": "Chief Operating Officer",
         "themes": ["adult-social-care"]},
        {"item": "245", "kind": "comment",
         "text": "deserved recognition for the way they had managed a very difficult winter",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["integration", "workforce"]},
        {"item": "245", "kind": "request",
         "text": "the number of patients readmitted to hospital within 30 days of discharge",
         "asked_by": None,
         "answer": "Officers agreed to circulate these to the Committee",
         "given_by": "Officers",
         "themes": ["adult-social-care"]},
        {"item": "246", "kind": "concern",
         "text": "almost all home care in the county was now delivered by private companies",
         "asked_by": None,
         "answer": "an in-house option had been assessed as part of the options appraisal",
         "given_by": "Executive Director of Adults, Health and Commissioning",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "246", "kind": "question",
         "text": "how the zoned model would help to recruit and retain care workers in rural areas",
         "asked_by": None,
         "answer": "lead providers would be guaranteed a minimum volume of hours",
         "given_by": "Head of Commissioning (Adults)",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "246", "kind": "question",
         "text": "the proposed hourly rate and whether it was affordable within the medium-term financial strategy",
         "asked_by": None,
         "answer": "the proposed standard rate was £25.40 per hour, rising to £27.10 in the rural zones",
         "given_by": "Strategic Finance Business Partner",
         "themes": ["finance", "adult-social-care"]},
        {"item": "246", "kind": "question",
         "text": "how the views of people who drew on care had shaped the proposals",
         "asked_by": None,
         "answer": "the strongest message from the consultation had been the importance of seeing",
         "given_by": "Officers",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "246", "kind": "request",
         "text": "require providers to pay care workers at least the Real Living Wage",
         "asked_by": None,
         "answer": "the Real Living Wage would be a contractual requirement",
         "given_by": "Head of Commissioning (Adults)",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "246", "kind": "comment",
         "text": "when a provider handed back a package of care at short notice",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "247", "kind": "question",
         "text": "whether the provider's performance justified an extension, noting that the proportion",
         "asked_by": None,
         "answer": "the number of people in treatment had risen by 17%",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "subcontracting"]},
        {"item": "247", "kind": "question",
         "text": "what would happen to the service if the Drug and Alcohol Treatment",
         "asked_by": None,
         "answer": "the government had confirmed the grant for 2025-26 only",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "finance"]},
        {"item": "247", "kind": "concern",
         "text": "the rise in drug-related deaths in Ousebridge, which had reached 31 in 2023",
         "asked_by": None,
         "answer": "naloxone was now being supplied to people leaving prison and to hostels",
         "given_by": "Director of Public Health",
         "themes": ["public-health"]},
        {"item": "247", "kind": "question",
         "text": "whether people leaving residential rehabilitation had access to suitable housing",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["housing", "public-health"]},
        {"item": "248", "kind": "question",
         "text": "why the cost of care home placements had risen faster than the budget",
         "asked_by": "Councillor Fairweather",
         "answer": "the average weekly cost of a new nursing placement had risen by 11%",
         "given_by": "Strategic Finance Business Partner",
         "themes": ["finance", "adult-social-care"]},
        {"item": "248", "kind": "question",
         "text": "whether the directorate would deliver the savings of £9.7m agreed",
         "asked_by": "Councillor Ashworth",
         "answer": "the shortfall related mainly to the slower than planned expansion of extra care housing",
         "given_by": "Officers",
         "themes": ["finance", "adult-social-care"]},
        {"item": "248", "kind": "question",
         "text": "whether the Public Health underspend could be used to support the drug",
         "asked_by": None,
         "answer": "the reserve was already committed to the stop smoking and weight management programmes",
         "given_by": "Director of Public Health",
         "themes": ["finance", "public-health"]},
        {"item": "249", "kind": "question",
         "text": "how long people were currently waiting for an assessment and what happened",
         "asked_by": "Councillor Orchard",
         "answer": "the median wait was 23 days, that every new referral was screened for risk",
         "given_by": "Service Director",
         "themes": ["adult-social-care"]},
        {"item": "249", "kind": "request",
         "text": "show the waiting list for occupational therapy assessments separately",
         "asked_by": None,
         "answer": "Officers agreed to include this from the Quarter 4 report",
         "given_by": "Officers",
         "themes": ["adult-social-care"]},
        {"item": "250", "kind": "request",
         "text": "a training session on the Care Quality Commission's assessment framework",
         "asked_by": None,
         "answer": "Officers agreed to arrange a session in May",
         "given_by": "Officers",
         "themes": ["governance"]},
    ],
    "resolutions": [
        {"item": "242", "text": "minutes of the meeting held on 30 January 2025 were agreed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "242", "text": "The Committee noted the Action Log",
         "outcome": "noted", "themes": []},
        {"item": "244", "text": "request a further update on access to NHS dental services, including progress in Westfen",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "245", "text": "note the report and the actions taken by the Trust, the ICB and the Council",
         "outcome": "noted", "themes": ["adult-social-care", "integration"]},
        {"item": "246", "text": "On being put to the vote, the amendment to add recommendation d) was lost",
         "outcome": "rejected", "themes": ["privatisation", "adult-social-care"]},
        {"item": "246", "text": "approve the recommissioning of Care at Home services through a zoned model",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "247", "text": "approve the extension of the contract for the adult drug and alcohol treatment",
         "outcome": "agreed", "themes": ["public-health", "subcontracting"]},
        {"item": "248", "text": "It was resolved unanimously to review and comment on the report",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "249", "text": "The Committee noted the Quarter 3 performance report",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "250", "text": "review its agenda plan attached at Appendix 1 of the report",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "J Ashworth", "role": None, "attendance": "present"},
        {"name": "P Bellamy", "role": "Vice-Chair", "attendance": "present"},
        {"name": "M Dunmore", "role": None, "attendance": "present"},
        {"name": "H Egerton", "role": None, "attendance": "present"},
        {"name": "K Fairweather", "role": None, "attendance": "present"},
        {"name": "S Goodliffe", "role": "Chair", "attendance": "present"},
        {"name": "T Hallam", "role": None, "attendance": "present"},
        {"name": "L Ibbotson", "role": None, "attendance": "present"},
        {"name": "N Kettle", "role": None, "attendance": "present"},
        {"name": "D Lumb", "role": None, "attendance": "present"},
        {"name": "C Merridew", "role": None, "attendance": "present"},
        {"name": "F Noakes", "role": None, "attendance": "present"},
        {"name": "V Orchard", "role": None, "attendance": "present"},
        {"name": "E Pilbeam", "role": "Co-opted Member", "attendance": "present"},
        {"name": "G Quarrie", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Councillor B Stannard", "role": None, "attendance": "apologies"},
        {"name": "Councillor W Thursby", "role": None, "attendance": "apologies"},
    ],
}

LOG_GOLD = {"document": LOG_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Word document
# ---------------------------------------------------------------------------

def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    val = OxmlElement("w:t")
    val.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, val, end):
        run._r.append(el)


def _deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Adults and Health Committee Minutes 13 March 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 4

    # footer: Page x of y
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    _add_field(r, "PAGE")
    r = fp.add_run(" of ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    _add_field(r, "NUMPAGES")

    INDENT = Cm(1.4)

    p = doc.add_paragraph()
    run = p.add_run("Adults and Health Committee Minutes")
    run.bold = True
    run.font.size = Pt(16)
    p.paragraph_format.space_after = Pt(12)

    def label_line(label, value, space=Pt(4)):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(2.5)
        para.paragraph_format.first_line_indent = Cm(-2.5)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        para.paragraph_format.space_after = space
        rr = para.add_run(label)
        rr.bold = True
        para.add_run("\t" + value)
        return para

    label_line("Date:", "Thursday 13 March 2025")
    label_line("Time:", "10:00a.m. \u2013 2:36p.m.")
    label_line("Venue:", "Shire Hall, St Ives Road, Hollingford")
    label_line("Present:", ATTENDANCE_PRESENT, Pt(6))
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(2.5)
    para.paragraph_format.space_after = Pt(14)
    rr = para.add_run("Co-opted Members: ")
    rr.italic = True
    para.add_run(ATTENDANCE_COOPTED)

    for block in BODY:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            para = doc.add_paragraph()
            pf = para.paragraph_format
            pf.left_indent = INDENT
            pf.first_line_indent = -INDENT
            pf.tab_stops.add_tab_stop(INDENT)
            pf.space_before = Pt(12)
            pf.space_after = Pt(6)
            pf.keep_with_next = True
            rr = para.add_run(f"{num}.\t{title}")
            rr.bold = True
        elif kind == "p":
            para = doc.add_paragraph(block[1])
            para.paragraph_format.left_indent = INDENT
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            para = doc.add_paragraph(style="List Bullet")
            text = block[1]
            if text.endswith("Action Required"):
                para.add_run(text[: -len("Action Required")])
                rr = para.add_run("Action Required")
                rr.bold = True
                rr.italic = True
            else:
                para.add_run(text)
            para.paragraph_format.left_indent = Cm(2.0)
            para.paragraph_format.first_line_indent = Cm(-0.6)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind in ("c", "bc"):
            para = doc.add_paragraph()
            pf = para.paragraph_format
            pf.left_indent = Cm(2.3)
            pf.first_line_indent = Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(2.3))
            rr = para.add_run(block[1])
            if kind == "bc":
                rr.bold = True
        elif kind == "sig":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if block[1] == "Chair":
                para.paragraph_format.space_before = Pt(36)
                para.add_run("\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026").add_break()
            para.add_run(block[1])
            para.paragraph_format.space_after = Pt(2)
        elif kind == "pb":
            para = doc.add_paragraph()
            para.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "ah":
            para = doc.add_paragraph()
            rr = para.add_run(block[1])
            rr.bold = True
            rr.font.size = Pt(14)
        elif kind == "ab":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(10)
            rr = para.add_run(block[1])
            rr.bold = True
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_deterministic_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# Action log (PDF)
# ---------------------------------------------------------------------------

LOG_ROWS = [
    ("Minute No.", "Report Title", "Action to be taken by", "Action", "Comments", "Status"),
    ("199", "Health Scrutiny: Access to NHS Dental Services",
     "ICB Director of Primary Care",
     "Members asked for the number of practices accepting new adult NHS patients in each "
     "district to be provided to the Committee.",
     "Information circulated to Members by email on 12 November 2024.", "Completed"),
    ("212", "Adult Social Care Market Sustainability",
     "Head of Commissioning (Adults)",
     "Members requested a briefing on care homes rated inadequate or requires improvement by "
     "the Care Quality Commission and the support the Council was offering them.",
     "Briefing note circulated 9 January 2025.", "Completed"),
    ("219", "Finance Monitoring Report \u2013 October 2024",
     "Strategic Finance Business Partner",
     "A Member queried how much of the forecast overspend related to placements made at short "
     "notice on discharge from hospital. Officers to provide the figure.",
     "The figure for April to October 2024 was \u00a31.27m. Circulated by email on 2 December "
     "2024.", "Completed"),
    ("231", "Adult Social Care Charging Policy",
     "Head of Finance (Adults)",
     "Provide figures on the number of people affected by the changes to the Adult Social "
     "Care Charging Policy, broken down by district.",
     "Figures are being checked and will be circulated before the end of March 2025.",
     "Ongoing"),
    ("233", "Public Health Commissioning Intentions 2025-26",
     "Director of Public Health",
     "Members asked whether the stop smoking service could offer clinics in GP surgeries in "
     "Westfen. To be explored with the ICB and the provider.",
     "Discussions with the Westfen Primary Care Network are under way. An update will be "
     "given at the June meeting.", "Ongoing"),
    ("235", "Agenda Plan, Training Plan and Appointments",
     "Democratic Services Officer",
     "Arrange a visit to the Integrated Discharge Hub at Hollingford Hospital for Members "
     "of the Committee.",
     "Visit arranged for 24 April 2025. Members to confirm attendance with Democratic "
     "Services.", "Ongoing"),
    ("236", "Adults and Health Risk Register",
     "Service Director, Adults and Safeguarding",
     "Could the risk relating to the Care Quality Commission assessment be reviewed once the "
     "site visit dates are known?",
     "Risk register reviewed on 20 February 2025; the risk score is unchanged.", "Completed"),
]


def build_log(path: Path) -> None:
    from fpdf import FPDF

    class LogPDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, "Agenda Item No: 2", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = LogPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 4, 16, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_author("Democratic Services")
    pdf.set_title("Adults and Health Committee Minutes - Action Log")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(14, 12, 14)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Adults and Health Committee Minutes - Action Log",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5,
                   "This is the updated action log as at 4 March 2025 and captures the actions "
                   "arising from the most recent Adults and Health Committee meetings and "
                   "updates Members on the progress in complying with delivery of the necessary "
                   "actions.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(16, 42, 38, 78, 64, 20), line_height=4.6,
                   text_align="LEFT",
                   headings_style=__import__("fpdf").FontFace(emphasis="BOLD",
                                                              fill_color=(220, 220, 220))) as table:
        for row in LOG_ROWS:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6, "Actions marked Completed will be removed from the log after they have "
                   "been reported to the Committee.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


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
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ja-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = " " + norm(doc_text(doc)) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = text.count(" " + n + " ")
            raw = text.count(n)
            if count != 1 or raw != 1 or not 6 <= words <= 15:
                print(f"FAIL {gold_path.name} {kind}: count={count}/{raw} words={words}: {ph}")
                bad += 1
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"FAIL {gold_path.name}: unknown item {row['item']}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked, "
              f"{len(gold.get('attendees', []))} attendees")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_log(DOCS / LOG_NAME)
    for gold in (MINUTES_GOLD, LOG_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / LOG_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
