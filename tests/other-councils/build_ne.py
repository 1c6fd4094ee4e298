#!/usr/bin/env python3
"""Build the "ne-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ne.py           build documents/ne-* and gold/ne-*.json
        build_ne.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import string
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime.datetime(2025, 1, 28, 10, 30, 0, tzinfo=datetime.timezone.utc)

MINUTES_NAME = "ne-larchbury-health-wellbeing-scrutiny-2025-01-21.pdf"
REPORT_NAME = "ne-larchbury-report-housing-assistance-policy-dfg.docx"

# ---------------------------------------------------------------------------
# The minutes, as blocks: ("title", lines) ("att", label, text) ("h", num, title)
# ("p", text) ("b", text) ("pb", text: bold paragraph) ("c", text: centred)
# ---------------------------------------------------------------------------
MINUTES = [
    ("pdp", "Public Document Pack"),
    ("title", ["MINUTES OF A MEETING OF THE",
               "HEALTH AND WELLBEING SCRUTINY COMMITTEE",
               "HELD ON 21st JANUARY 2025"]),
    ("att", "PRESENT:",
     "Councillor R Ashdown (Chair), Councillors P Greaves (Vice-Chair), M Bellamy, "
     "S Dhillon, K Orme, T Pickering, L Shale and J Wragg"),
    ("att", "",
     "The following officers were present: Helen Marsden (Assistant Director "
     "Partnerships), Craig Lomax (Assistant Director Neighbourhoods), Bethany Rudge "
     "(Private Sector Housing Manager) and Anita Blount (Democratic Services Officer)"),
    ("att", "",
     "The following were in attendance: Councillor F Hemming (Portfolio Holder for "
     "Homes and Communities), Gillian Farrow (Associate Director of Primary Care, Wreford "
     "and Blythe Integrated Care Board), Dr Kieran Osei (Clinical Director, Larchbury "
     "South Primary Care Network), Mark Ellery (Assistant Director Care Commissioning, "
     "Wreford County Council), Rachel Tinsley (Consultant in Public Health, Wreford County "
     "Council) and Joanna Pryce (Chief Executive, Healthwatch Wreford)"),
    ("att", "", "Apologies received from: Councillor D Cartwright"),

    ("h", "34", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillor D Cartwright."),

    ("h", "35", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "The minutes of the meeting held on 26th November 2024 were approved and signed "
          "as a correct record."),
    ("p", "(Moved by Councillor P Greaves and seconded by Councillor M Bellamy)"),

    ("h", "36", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor T Pickering declared a personal interest in Minute 39 (Adult Social "
          "Care \u2013 Hospital Discharge and Care at Home) as a close family member receives "
          "a package of home care arranged by Wreford County Council."),
    ("p", "Councillor S Dhillon declared a personal interest in Minute 38 (GP Access and "
          "Primary Care in Larchbury) as he is employed by a community pharmacy in the "
          "borough."),

    ("h", "37", "UPDATE FROM THE CHAIR"),
    ("p", "The Chair reported that he had attended the meeting of Wreford County Council\u2019s "
          "Health and Care Overview and Scrutiny Committee on 9th December 2024, at which the "
          "proposed consolidation of stroke rehabilitation beds at Brackley Community Hospital "
          "had been discussed. The County Committee had asked the ICB to carry out a full "
          "public consultation before any decision was taken and the Chair would keep Members "
          "informed of progress."),
    ("p", "The Chair also reminded Members that the Healthwatch Wreford \u2018Your Care, Your "
          "Say\u2019 survey would close on 14th February 2025 and encouraged Members to promote "
          "it in their wards."),

    ("h", "38", "GP ACCESS AND PRIMARY CARE IN LARCHBURY"),
    ("p", "The Chair welcomed Gillian Farrow, Associate Director of Primary Care, Wreford and "
          "Blythe Integrated Care Board (ICB) and Dr Kieran Osei, Clinical Director of "
          "Larchbury South Primary Care Network (PCN) to the meeting."),
    ("p", "The Associate Director presented the report which set out the position on access "
          "to general practice across the eleven practices in the borough, the delivery of "
          "the national Primary Care Access Recovery Plan, the introduction of cloud based "
          "telephony and the roll out of the Pharmacy First service. Appointments delivered "
          "in Larchbury had increased by 6.2% compared with the same period in 2023, with 41% "
          "of appointments now being offered on the same day. Dr Osei outlined the work of "
          "the two PCNs in recruiting to the additional roles, including clinical "
          "pharmacists, first contact physiotherapists, mental health practitioners and "
          "social prescribing link workers, and the difficulties the PCNs had experienced in "
          "finding clinical space for the new staff within existing surgery buildings."),
    ("p", "Councillor M Bellamy asked how many of the borough\u2019s practices now offered online "
          "booking and what was being done for residents who could not use the NHS App or did "
          "not have access to the internet. The Associate Director confirmed that all eleven "
          "practices offered online access and that every practice was contractually "
          "required to keep telephone and face to face routes open for patients who needed "
          "them."),
    ("p", "Councillor L Shale expressed concern that residents in the Hollinfield ward were "
          "still being told to ring at 8.00 am to obtain an appointment, only to find that all "
          "of the appointments had gone within minutes. The Associate Director acknowledged "
          "that the morning peak remained a problem at two practices and advised that cloud "
          "based telephony with call back had been installed at both practices in December "
          "2024, and that the ICB would be monitoring call abandonment rates closely."),
    ("p", "Councillor S Dhillon queried how the number of GPs per head of population in "
          "Larchbury compared with the national average. The Associate Director advised that "
          "the borough had 0.42 full time equivalent GPs per 1,000 patients against an "
          "England average of 0.45, and undertook to circulate a breakdown by practice to "
          "Members following the meeting."),
    ("p", "Councillor K Orme commented that the closure of the Mill Lane branch surgery in "
          "2023 had left many older residents of Castle Rise facing a journey of two buses to "
          "reach the main surgery, and asked whether the ICB would consider reopening it on a "
          "part time basis. The Associate Director explained that the closure had been a "
          "decision of the practice partners, approved by the ICB following a period of "
          "patient engagement, and that there were no plans to reopen the site; however the "
          "practice was offering home visits and telephone consultations to housebound "
          "patients."),
    ("p", "Councillor J Wragg requested that future reports include a breakdown of the "
          "additional roles staff employed by each PCN, together with vacancy figures."),
    ("p", "In response to a question from Councillor T Pickering about the take up of "
          "Pharmacy First, Dr Osei explained that the seven clinical conditions covered by the "
          "scheme had resulted in around 1,900 consultations being diverted from practices in "
          "the borough since February 2024, although awareness among patients remained low "
          "and the PCNs would be running a campaign with community pharmacies in the spring."),
    ("p", "Joanna Pryce, Healthwatch Wreford, commented that the main theme of the feedback "
          "received from Larchbury residents over the last quarter had been difficulty "
          "getting through on the telephone rather than the availability of appointments, "
          "and offered to share the detailed findings with the ICB. The Associate Director "
          "welcomed the offer and confirmed that the findings would be shared with the "
          "practices concerned."),
    ("pb", "RESOLVED: That the Committee:"),
    ("n", "1.", "noted the report; and"),
    ("n", "2.", "requested that the ICB provide a further update on access at each practice "
                "in the borough to the meeting in September 2025."),
    ("p", "(Moved by Councillor R Ashdown and seconded by Councillor L Shale)"),

    ("h", "39", "ADULT SOCIAL CARE \u2013 HOSPITAL DISCHARGE AND CARE AT HOME"),
    ("p", "Councillor T Pickering, having declared a personal interest, remained in the "
          "meeting and took part in the discussion."),
    ("p", "The Committee received a report from Mark Ellery, Assistant Director Care "
          "Commissioning, Wreford County Council, on the arrangements for discharging "
          "Larchbury residents from the Royal Wreford Hospital and Brackley Community "
          "Hospital, and on the supply of care at home in the borough. The report explained "
          "that the County Council had recommissioned its care at home framework in 2024, "
          "moving to a zoned model with a lead provider in each of nine zones, and that the "
          "number of people in Larchbury waiting for a package of care had fallen from 71 in "
          "April 2024 to 34 in December 2024. The Assistant Director also outlined the use of "
          "the Better Care Fund to support the discharge to assess beds at Fernleigh House, "
          "where the average length of stay had reduced to 19 days."),
    ("p", "Following the presentation, Members raised the following points:"),
    ("b", "Members asked whether the lead provider for the Larchbury zone had sufficient "
          "capacity to meet demand over the winter. The Assistant Director advised that two "
          "additional providers had joined the framework in October 2024 as back up providers "
          "and that the zone was currently meeting 93% of new requests within seven days."),
    ("b", "Concern was expressed that care workers were not paid for the time spent "
          "travelling between visits, which made it harder to recruit and retain staff in the "
          "rural parts of the borough. The Assistant Director confirmed that the hourly rates "
          "paid under the framework included an element for travel time, and that the County "
          "Council checked compliance with the National Living Wage through its contract "
          "monitoring visits."),
    ("b", "Councillor S Dhillon asked what proportion of the care at home providers operating "
          "in the borough were rated Good or Outstanding by the Care Quality Commission. It "
          "was confirmed that 17 of the 20 providers were rated Good, one was rated "
          "Outstanding and two were rated Requires Improvement, and that the County "
          "Council\u2019s quality team was working closely with the two providers concerned."),
    ("b", "Councillor K Orme asked why some residents were still being discharged late in the "
          "evening, often without their care in place, and cited a constituent who had been "
          "sent home from the Royal Wreford Hospital at 10.30 pm. The Assistant Director said "
          "that he could not comment on an individual case but would look into it if the "
          "details were provided outside the meeting. He added that the hospital discharge "
          "policy did not permit discharges after 8.00 pm for patients who lived alone unless "
          "the patient chose to go home."),
    ("b", "Members requested that future reports to the Committee include figures for "
          "Larchbury residents rather than countywide figures wherever possible."),
    ("b", "Councillor J Wragg commented that the Council\u2019s own Careline community alarm "
          "service and handyperson scheme could do more to support people leaving hospital, "
          "and asked whether the County Council would consider a joint approach. The "
          "Assistant Director welcomed the suggestion and agreed to meet with the Assistant "
          "Director Neighbourhoods to discuss how the services could be linked to the "
          "integrated discharge hub."),
    ("pb", "RESOLVED: That the report be noted and that the comments of the Committee on the "
           "care at home framework be forwarded to the Chair of Wreford County Council\u2019s "
           "Health and Care Overview and Scrutiny Committee."),
    ("p", "(Moved by Councillor K Orme and seconded by Councillor S Dhillon)"),

    ("h", "40", "DISABLED FACILITIES GRANTS \u2013 REVIEW OF THE HOUSING ASSISTANCE POLICY"),
    ("p", "The Portfolio Holder for Homes and Communities introduced the report which sought "
          "the Committee\u2019s views on proposed changes to the Council\u2019s Housing Assistance "
          "Policy before it was considered by Cabinet on 13th February 2025."),
    ("p", "The Private Sector Housing Manager explained that the Council had received a "
          "Disabled Facilities Grant allocation of \u00a31.24m for 2024/25 through the Better "
          "Care Fund, and that the average time from receipt of a referral from the County "
          "Council\u2019s occupational therapy service to the completion of works was 27 weeks. "
          "The proposed changes would introduce a discretionary top up grant of up to "
          "\u00a310,000 where the cost of works exceeded the mandatory maximum of \u00a330,000, a "
          "fast track route for stair lifts and level access showers costing under \u00a37,500 "
          "without a means test, and a relocation grant of up to \u00a35,000 for residents whose "
          "homes could not reasonably be adapted."),
    ("p", "Councillor P Greaves asked how long residents were waiting for an occupational "
          "therapy assessment before a referral reached the Council. The Private Sector "
          "Housing Manager advised that the County Council reported a waiting time of around "
          "14 weeks for non urgent assessments, which was outside the Council\u2019s control; "
          "the Council had however funded a trusted assessor post since September 2024 to "
          "carry out assessments for straightforward adaptations."),
    ("p", "Councillor L Shale queried whether the underspend on the grant budget reported for "
          "last year would be carried forward. The Assistant Director Neighbourhoods "
          "confirmed that the unspent allocation had been carried forward in full and was "
          "committed to approved schemes."),
    ("p", "Councillor M Bellamy raised concerns about the length of time taken by contractors "
          "to complete works and asked how the Council managed the performance of its "
          "approved contractors. The Private Sector Housing Manager explained that a new "
          "framework had been procured through a competitive tender in 2024, with key "
          "performance indicators for start and completion times, and that two contractors "
          "had been removed from the framework for poor performance."),
    ("p", "Councillor K Orme asked whether removing the means test for smaller adaptations "
          "would reduce the money available for residents who needed larger works. The "
          "Portfolio Holder for Homes and Communities responded that the fast track route was "
          "intended to free up officer time for the more complex cases and would not reduce "
          "the funding available for larger adaptations."),
    ("p", "A Member commented that private landlords were often reluctant to allow "
          "adaptations to their properties and asked what support was available for tenants "
          "renting privately. It was explained that officers would liaise directly with "
          "landlords and that the relocation grant could help where a landlord refused "
          "consent."),
    ("pb", "RESOLVED: That the Committee:"),
    ("n", "1.", "endorsed the proposed amendments to the Housing Assistance Policy as set out "
                "in the report; and"),
    ("n", "2.", "recommended to Cabinet that the discretionary top up grant be approved with "
                "effect from 1st April 2025, subject to a review after twelve months."),
    ("p", "(Moved by Councillor P Greaves and seconded by Councillor J Wragg)"),

    ("h", "41", "SUICIDE PREVENTION AND MENTAL HEALTH SUPPORT"),
    ("p", "Rachel Tinsley, Consultant in Public Health, Wreford County Council, gave a "
          "presentation on the Wreford Suicide Prevention Strategy 2024\u20132029 and the local "
          "picture in Larchbury. The borough\u2019s suicide rate of 12.1 per 100,000 population "
          "for 2021\u201323 was above both the county and England averages, with men aged 40 to "
          "59 accounting for the largest number of deaths. The presentation set out the "
          "priorities of the strategy, including real time surveillance, suicide awareness "
          "training for front line staff, support for people bereaved by suicide and work "
          "with the construction and farming sectors."),
    ("p", "Councillor J Wragg asked what the Borough Council could do to support the "
          "strategy. The Consultant in Public Health suggested that the Council could ensure "
          "that its own front line staff, including housing and benefits officers, "
          "undertook the free online suicide awareness training, and that it could promote "
          "the Wreford Wellbeing Hub through its leisure centres and community venues."),
    ("p", "Councillor S Dhillon expressed concern at the waiting times for talking "
          "therapies, which residents had told him could be up to six months. The Consultant "
          "in Public Health explained that the talking therapies service was commissioned by "
          "the ICB and that she would seek a response from the ICB and circulate it to "
          "Members."),
    ("p", "Councillor L Shale asked whether any data was held on the link between debt, "
          "gambling and suicide in the borough. It was noted that the real time surveillance "
          "system recorded contributing factors where these were known and that financial "
          "difficulty had been recorded in around one in five cases in the county."),
    ("p", "The Chair asked about the support available for young people, particularly around "
          "exam time. The Consultant in Public Health advised that all secondary schools in "
          "the borough now had access to a Mental Health Support Team and that a text based "
          "support service for young people had been launched in November 2024."),
    ("p", "The Committee noted the presentation and thanked Rachel Tinsley for attending."),

    ("h", "42", "FORWARD PLAN"),
    ("p", "The Committee reviewed the Forward Plan. Councillor M Bellamy asked when the "
          "Leisure Centre Management Contract report, shown for March 2025, would be "
          "available, as Members were keen to consider the health benefits of the new "
          "contract before a decision was taken. The Assistant Director Partnerships advised "
          "that the report was now expected to go to Cabinet in April 2025 and that it could "
          "be brought to the Committee\u2019s March meeting for pre decision scrutiny."),
    ("pb", "RESOLVED: That the Leisure Centre Management Contract report be added to the "
           "agenda for the meeting on 11th March 2025."),
    ("p", "(Moved by Councillor M Bellamy and seconded by Councillor R Ashdown)"),

    ("h", "43", "HEALTH AND WELLBEING SCRUTINY COMMITTEE WORK PLAN"),
    ("p", "The Committee considered its Work Plan for the remainder of the 2024/25 municipal "
          "year."),
    ("p", "Councillor L Shale requested that an item on damp and mould in private rented "
          "homes and its effect on the health of children be added to the Work Plan for "
          "2025/26."),
    ("p", "Councillor K Orme suggested that the Committee invite the ambulance service to a "
          "future meeting to discuss response times in the rural wards of the borough."),
    ("pb", "RESOLVED: That the Work Plan be approved, subject to the addition of the items "
           "requested by Councillors Shale and Orme."),
    ("p", "(Moved by Councillor R Ashdown and seconded by Councillor P Greaves)"),

    ("h", "44", "DATE OF NEXT MEETING"),
    ("p", "The next meeting of the Committee will be held on Tuesday 11th March 2025 at "
          "6.00 pm in the Council Chamber, Castlegate House."),
    ("end", "The meeting closed at 8.14 pm"),
]

Q = lambda item, kind, text, asked, answer, given, themes: {
    "item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
    "given_by": given, "themes": themes}

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "34", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "35", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "36", "title": "DECLARATIONS OF INTEREST"},
        {"number": "37", "title": "UPDATE FROM THE CHAIR"},
        {"number": "38", "title": "GP ACCESS AND PRIMARY CARE IN LARCHBURY"},
        {"number": "39", "title": "ADULT SOCIAL CARE \u2013 HOSPITAL DISCHARGE AND CARE AT HOME"},
        {"number": "40", "title": "DISABLED FACILITIES GRANTS \u2013 REVIEW OF THE HOUSING ASSISTANCE POLICY"},
        {"number": "41", "title": "SUICIDE PREVENTION AND MENTAL HEALTH SUPPORT"},
        {"number": "42", "title": "FORWARD PLAN"},
        {"number": "43", "title": "HEALTH AND WELLBEING SCRUTINY COMMITTEE WORK PLAN"},
        {"number": "44", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        Q("38", "question", "practices now offered online booking and what was being done for residents",
          "Councillor M Bellamy",
          "every practice was contractually required to keep telephone and face to face routes open",
          "Associate Director", ["primary-care"]),
        Q("38", "concern", "residents in the Hollinfield ward were still being told to ring",
          "Councillor L Shale",
          "cloud based telephony with call back had been installed at both practices",
          "Associate Director", ["primary-care"]),
        Q("38", "question", "queried how the number of GPs per head of population in Larchbury",
          "Councillor S Dhillon",
          "undertook to circulate a breakdown by practice to Members following the meeting",
          "Associate Director", ["primary-care", "workforce"]),
        Q("38", "comment", "closure of the Mill Lane branch surgery in 2023 had left many older residents",
          "Councillor K Orme",
          "the closure had been a decision of the practice partners, approved by the ICB",
          "Associate Director", ["primary-care"]),
        Q("38", "request", "future reports include a breakdown of the additional roles staff employed by each PCN",
          "Councillor J Wragg", None, None, ["primary-care", "workforce"]),
        Q("38", "question", "a question from Councillor T Pickering about the take up of Pharmacy First",
          "Councillor T Pickering",
          "awareness among patients remained low and the PCNs would be running a campaign",
          "Dr Osei", ["primary-care"]),
        Q("38", "comment", "the main theme of the feedback received from Larchbury residents over the last quarter",
          "Joanna Pryce",
          "confirmed that the findings would be shared with the practices concerned",
          "Associate Director", ["patient-and-public-input", "primary-care"]),
        Q("39", "question", "whether the lead provider for the Larchbury zone had sufficient capacity",
          None,
          "two additional providers had joined the framework in October 2024 as back up providers",
          "Assistant Director", ["adult-social-care", "subcontracting"]),
        Q("39", "concern", "care workers were not paid for the time spent travelling between visits",
          None,
          "checked compliance with the National Living Wage through its contract monitoring visits",
          "Assistant Director", ["adult-social-care", "workforce", "finance"]),
        Q("39", "question", "what proportion of the care at home providers operating in the borough were rated",
          "Councillor S Dhillon",
          "17 of the 20 providers were rated Good, one was rated Outstanding",
          None, ["adult-social-care", "governance"]),
        Q("39", "question", "asked why some residents were still being discharged late in the evening",
          "Councillor K Orme",
          "he could not comment on an individual case but would look into it",
          "Assistant Director", ["adult-social-care"]),
        Q("39", "request", "include figures for Larchbury residents rather than countywide figures wherever possible",
          None, None, None, ["adult-social-care"]),
        Q("39", "comment", "Careline community alarm service and handyperson scheme could do more to support people leaving hospital",
          "Councillor J Wragg",
          "the Assistant Director welcomed the suggestion and agreed to meet with the Assistant",
          "Assistant Director", ["adult-social-care", "integration"]),
        Q("40", "question", "Councillor P Greaves asked how long residents were waiting for an occupational",
          "Councillor P Greaves",
          "the Council had however funded a trusted assessor post since September 2024",
          "Private Sector Housing Manager", ["housing"]),
        Q("40", "question", "queried whether the underspend on the grant budget reported for last year",
          "Councillor L Shale",
          "the unspent allocation had been carried forward in full and was committed",
          "Assistant Director Neighbourhoods", ["finance", "housing"]),
        Q("40", "concern", "raised concerns about the length of time taken by contractors to complete works",
          "Councillor M Bellamy",
          "a new framework had been procured through a competitive tender in 2024",
          "Private Sector Housing Manager", ["subcontracting", "housing"]),
        Q("40", "question", "whether removing the means test for smaller adaptations would reduce the money available",
          "Councillor K Orme",
          "the fast track route was intended to free up officer time",
          "Portfolio Holder for Homes and Communities", ["housing", "finance"]),
        Q("40", "comment", "private landlords were often reluctant to allow adaptations to their properties",
          None,
          "officers would liaise directly with landlords and that the relocation grant could help",
          None, ["housing"]),
        Q("41", "question", "Councillor J Wragg asked what the Borough Council could do to support the",
          "Councillor J Wragg",
          "undertook the free online suicide awareness training",
          "Consultant in Public Health", ["mental-health", "public-health", "workforce"]),
        Q("41", "concern", "expressed concern at the waiting times for talking therapies",
          "Councillor S Dhillon",
          "she would seek a response from the ICB and circulate it to Members",
          "Consultant in Public Health", ["mental-health"]),
        Q("41", "question", "whether any data was held on the link between debt, gambling and suicide",
          "Councillor L Shale",
          "financial difficulty had been recorded in around one in five cases in the county",
          None, ["mental-health", "public-health"]),
        Q("41", "question", "The Chair asked about the support available for young people, particularly around exam time",
          "The Chair",
          "all secondary schools in the borough now had access to a Mental Health Support Team",
          "Consultant in Public Health", ["mental-health", "children-and-families"]),
        Q("42", "question", "asked when the Leisure Centre Management Contract report, shown for March 2025",
          "Councillor M Bellamy",
          "the report was now expected to go to Cabinet in April 2025",
          "Assistant Director Partnerships", ["subcontracting", "governance"]),
        Q("43", "request", "an item on damp and mould in private rented homes and its effect",
          "Councillor L Shale", None, None, ["housing", "children-and-families"]),
        Q("43", "request", "invite the ambulance service to a future meeting to discuss response times",
          "Councillor K Orme", None, None, []),
    ],
    "resolutions": [
        {"item": "35", "text": "were approved and signed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "38", "text": "requested that the ICB provide a further update on access at each practice",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "39", "text": "the comments of the Committee on the care at home framework be forwarded",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "40", "text": "recommended to Cabinet that the discretionary top up grant be approved",
         "outcome": "recommended", "themes": ["housing", "finance"]},
        {"item": "41", "text": "The Committee noted the presentation and thanked Rachel Tinsley for attending",
         "outcome": "noted", "themes": ["mental-health", "public-health"]},
        {"item": "42", "text": "the Leisure Centre Management Contract report be added to the agenda",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "43", "text": "the Work Plan be approved, subject to the addition of",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor R Ashdown", "role": "Chair", "attendance": "present"},
        {"name": "Councillor P Greaves", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor M Bellamy", "role": None, "attendance": "present"},
        {"name": "Councillor S Dhillon", "role": None, "attendance": "present"},
        {"name": "Councillor K Orme", "role": None, "attendance": "present"},
        {"name": "Councillor T Pickering", "role": None, "attendance": "present"},
        {"name": "Councillor L Shale", "role": None, "attendance": "present"},
        {"name": "Councillor J Wragg", "role": None, "attendance": "present"},
        {"name": "Helen Marsden", "role": "Assistant Director Partnerships", "attendance": "in_attendance"},
        {"name": "Craig Lomax", "role": "Assistant Director Neighbourhoods", "attendance": "in_attendance"},
        {"name": "Bethany Rudge", "role": "Private Sector Housing Manager", "attendance": "in_attendance"},
        {"name": "Anita Blount", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor F Hemming", "role": "Portfolio Holder for Homes and Communities", "attendance": "in_attendance"},
        {"name": "Gillian Farrow", "role": "Associate Director of Primary Care, Wreford and Blythe Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr Kieran Osei", "role": "Clinical Director, Larchbury South Primary Care Network", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Assistant Director Care Commissioning, Wreford County Council", "attendance": "in_attendance"},
        {"name": "Rachel Tinsley", "role": "Consultant in Public Health, Wreford County Council", "attendance": "in_attendance"},
        {"name": "Joanna Pryce", "role": "Chief Executive, Healthwatch Wreford", "attendance": "in_attendance"},
        {"name": "Councillor D Cartwright", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_y(10)
                self.cell(0, 4, "Health and Wellbeing Scrutiny Committee 21/01/25",
                          align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(6)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Wellbeing Scrutiny Committee - 21 January 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Larchbury Borough Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    IND = 16  # text indented under the minute number
    LH = 5.2
    w_full = pdf.w - pdf.l_margin - pdf.r_margin

    for blk in MINUTES:
        kind = blk[0]
        if kind == "pdp":
            pdf.set_font("Sans", "B", 9)
            pdf.cell(0, 5, blk[1], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "title":
            pdf.set_font("Sans", "B", 12)
            for line in blk[1]:
                pdf.cell(0, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "att":
            label, text = blk[1], blk[2]
            pdf.set_font("Sans", "", 10.5)
            if label:
                pdf.set_font("Sans", "B", 10.5)
                pdf.cell(24, LH, label)
                pdf.set_font("Sans", "", 10.5)
                pdf.multi_cell(w_full - 24, LH, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(w_full, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
        elif kind == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(IND, LH, blk[1])
            pdf.multi_cell(w_full - IND, LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind in ("p", "pb"):
            pdf.set_font("Sans", "B" if kind == "pb" else "", 10.5)
            pdf.set_x(pdf.l_margin + IND)
            pdf.multi_cell(w_full - IND, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.8)
        elif kind == "n":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(pdf.l_margin + IND)
            pdf.cell(8, LH, blk[1])
            pdf.multi_cell(w_full - IND - 8, LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + IND)
            pdf.cell(6, LH, "\u2022")
            pdf.multi_cell(w_full - IND - 6, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "end":
            pdf.ln(2)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + IND)
            pdf.multi_cell(w_full - IND, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(16)
            pdf.set_x(pdf.l_margin + 100)
            pdf.cell(50, LH, "_" * 22, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 100)
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(50, LH, "Chair", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX report (not minutes)
# ---------------------------------------------------------------------------
REPORT = [
    ("center_b", "LARCHBURY BOROUGH COUNCIL"),
    ("center_b", "HEALTH AND WELLBEING SCRUTINY COMMITTEE"),
    ("center_b", "TUESDAY, 21 JANUARY 2025"),
    ("center", ""),
    ("center_b", "REPORT OF THE PORTFOLIO HOLDER FOR HOMES AND COMMUNITIES"),
    ("center", ""),
    ("center_b", "DISABLED FACILITIES GRANTS \u2013 REVIEW OF THE HOUSING ASSISTANCE POLICY"),
    ("h", "EXEMPT INFORMATION"),
    ("p", "None."),
    ("h", "PURPOSE"),
    ("p", "To seek the views of the Health and Wellbeing Scrutiny Committee on proposed "
          "amendments to the Council\u2019s Housing Assistance Policy, which governs the "
          "delivery of mandatory Disabled Facilities Grants (DFGs) and discretionary "
          "assistance, before the revised Policy is considered by Cabinet on 13 February 2025."),
    ("h", "RECOMMENDATIONS"),
    ("p", "That the Committee:"),
    ("num", "considers and comments on the proposed amendments to the Housing Assistance "
            "Policy set out at Appendix 1; and"),
    ("num", "recommends to Cabinet that a discretionary top up grant of up to \u00a310,000 be "
            "introduced from 1 April 2025 where the cost of eligible works exceeds the "
            "mandatory maximum grant of \u00a330,000."),
    ("h", "EXECUTIVE SUMMARY"),
    ("p", "The Council receives its DFG allocation through the Better Care Fund, which is "
          "pooled by Wreford County Council and the Wreford and Blythe Integrated Care Board. "
          "The allocation for 2024/25 is \u00a31.24m. Demand for adaptations continues to "
          "rise: 212 referrals were received from the County Council\u2019s occupational therapy "
          "service in 2023/24, compared with 168 in 2021/22, and the average time from "
          "referral to completion is currently 27 weeks."),
    ("p", "The Regulatory Reform (Housing Assistance) (England and Wales) Order 2002 allows "
          "the Council to use DFG funding more flexibly where this is set out in a published "
          "policy. The amendments proposed in this report would:"),
    ("bul", "introduce a discretionary top up grant of up to \u00a310,000 where works exceed the "
            "mandatory maximum;"),
    ("bul", "introduce a fast track route, without a means test, for stair lifts and level "
            "access showers costing under \u00a37,500;"),
    ("bul", "introduce a relocation grant of up to \u00a35,000 where a home cannot reasonably or "
            "practicably be adapted; and"),
    ("bul", "continue to fund a trusted assessor post to carry out assessments for "
            "straightforward adaptations."),
    ("h", "MATTERS RAISED BY MEMBERS AT THE MEETING ON 26 NOVEMBER 2024"),
    ("p", "When the Committee considered the annual housing standards report on 26 November "
          "2024, Members asked for the following questions to be addressed in this report:"),
    ("table", [
        ("Question", "Response"),
        ("Why do residents wait so long between an occupational therapy referral and the "
         "completion of their adaptation?",
         "Waiting times for County Council assessments are currently around 14 weeks. Once "
         "a referral is received, the Council\u2019s own stages (means test, specification, "
         "approval and works) take an average of 13 weeks. The fast track route is expected "
         "to reduce this to 6 weeks for smaller works."),
        ("Could the Council help residents who live in privately rented homes where the "
         "landlord will not agree to works?",
         "Officers will contact landlords directly. Where consent is refused, the proposed "
         "relocation grant could help a tenant to move to a suitable home."),
        ("Will the top up grant be means tested?",
         "Yes. The top up grant will be subject to the same test of resources as the "
         "mandatory grant and may be registered as a local land charge."),
    ]),
    ("h", "OPTIONS CONSIDERED"),
    ("p", "Option 1 \u2013 retain the current Policy unchanged. Not recommended, as the "
          "current Policy does not allow the Council to help residents whose works exceed "
          "the mandatory maximum."),
    ("p", "Option 2 \u2013 adopt the amended Policy as set out in Appendix 1. Recommended."),
    ("h", "RESOURCE IMPLICATIONS"),
    ("p", "All proposals will be funded from the DFG allocation within the Better Care Fund. "
          "There are no implications for the Council\u2019s General Fund."),
    ("h", "LEGAL/RISK IMPLICATIONS BACKGROUND"),
    ("p", "The Council has a statutory duty under the Housing Grants, Construction and "
          "Regeneration Act 1996 to provide mandatory DFGs. Discretionary assistance may only "
          "be provided in accordance with a published policy."),
    ("h", "EQUALITIES IMPLICATIONS"),
    ("p", "An Equality Impact Assessment has been completed and is attached at Appendix 2."),
    ("h", "REPORT AUTHOR"),
    ("p", "Bethany Rudge, Private Sector Housing Manager"),
    ("h", "LIST OF BACKGROUND PAPERS"),
    ("p", "Housing Assistance Policy 2021"),
    ("h", "APPENDICES"),
    ("p", "Appendix 1 \u2013 Draft Housing Assistance Policy 2025"),
    ("p", "Appendix 2 \u2013 Equality Impact Assessment"),
]


def _fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Bethany Rudge"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Disabled Facilities Grants - Review of the Housing Assistance Policy"
    cp.created = datetime.datetime(2025, 1, 8, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 10, 9, 0, 0)
    cp.revision = 3
    n = 0
    for blk in REPORT:
        kind = blk[0]
        if kind.startswith("center"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = kind == "center_b"
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(blk[1])
            r.bold = True
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "num":
            n += 1
            d.add_paragraph(f"{n}.\t{blk[1]}")
        elif kind == "bul":
            d.add_paragraph(blk[1], style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for i, (a, b) in enumerate(rows):
                t.cell(i, 0).text = a
                t.cell(i, 1).text = b
                if i == 0:
                    for c in (0, 1):
                        for r in t.cell(i, c).paragraphs[0].runs:
                            r.bold = True
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------
def norm(s, punct_to_space):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    rep = " " if punct_to_space else ""
    s = "".join(rep if (ch in string.punctuation or ch in "\u2013\u2014\u00a3\u2022")
                else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gf in sorted(GOLD.glob("ne-*.json")):
        g = json.loads(gf.read_text())
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        raw = doc_text(doc)
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            nw = len(ph.split())
            if not 6 <= nw <= 15:
                print(f"{gf.name}: {kind} phrase has {nw} words: {ph!r}")
                ok = False
            for mode in (False, True):
                t, p = norm(raw, mode), norm(ph, mode)
                c = len(re.findall(r"(?<!\S)" + re.escape(p) + r"(?!\S)", t))
                c2 = t.count(p)
                if c != 1 or c2 != 1:
                    print(f"{gf.name}: {kind} phrase found {c}/{c2} times "
                          f"(punct->{'space' if mode else 'nothing'}): {ph!r}")
                    ok = False
        if g["doc_type"] == "minutes":
            nums = {i["number"] for i in g["items"]}
            for row in g["questions"] + g["resolutions"]:
                if row["item"] not in nums:
                    print(f"{gf.name}: unknown item {row['item']}")
                    ok = False
        print(f"{gf.name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
