#!/usr/bin/env python3
"""Build the "nj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nj.py           build documents/nj-* and gold/nj-*.json
        build_nj.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "nj-hollinsby-asch-select-committee-2025-02-18.docx"
OTHER_NAME = "nj-hollinsby-scope-project-plan-adult-mental-health-review.pdf"

FIXED = dt.datetime(2025, 2, 20, 9, 30, 0)
FONTS = Path("/usr/share/fonts/truetype/dejavu")

COMMITTEE = "Adult Social Care and Health Select Committee"

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", "Cllr Marian Thwaites (Chair), Cllr Colin Ashburn (Vice-Chair), Cllr Janet Pemberton, "
                 "Cllr Derek Loxley, Cllr Farida Rahman, Cllr Sheila Hepplewhite, Cllr Tony Gorman."),
    ("Officers:", "Stuart Raine, Lorna Featherstone, Helen Mawson, Joanne Pattinson (A,H&W); "
                  "Paul Kilbride, Kirsty Lumsden (CS)."),
    ("Also in attendance:", "Claire Dunnington, Ian Maddison (North Hollinsby Hospitals NHS Foundation Trust); "
                            "Mark Sowerby (North East Coast ICB); Gillian Horsley (Healthwatch Hollinsby); "
                            "Cllr Brenda Oakes (Cabinet Member for Adult Social Care)."),
    ("Apologies:", "Cllr Ray Cuthbertson, Cllr Lesley Armitage."),
]

# Blocks: ("h", number, title) minute heading; ("p", text) paragraph; ("sub", text) bold
# sub-heading; ("b", text) bullet; ("dec", text) decision paragraph (AGREED in bold);
# ("n", text) typed numbered clause under a decision; ("i", text) italic note.
MINUTES = [
    ("h", "ASCH/49/24", "Evacuation Procedure"),
    ("p", "The Chair outlined the evacuation procedure, which was noted."),

    ("h", "ASCH/50/24", "Declarations of Interest"),
    ("p", "Cllr Farida Rahman declared a personal non-prejudicial interest in respect of agenda item 4 "
          "(Scrutiny Review of Hospital Discharge) as a close family member was employed by North "
          "Hollinsby Hospitals NHS Foundation Trust."),

    ("h", "ASCH/51/24", "Minutes of the meeting held on 14 January 2025"),
    ("p", "Consideration was given to the draft minutes of the Adult Social Care and Health Select "
          "Committee meeting which was held on 14 January 2025 for approval and signature."),
    ("dec", "AGREED that the minutes of the Adult Social Care and Health Select Committee meeting held "
            "on 14 January 2025 be approved as a correct record and signed by the Chair."),

    ("h", "ASCH/52/24", "Scrutiny Review of Hospital Discharge"),
    ("p", "The Committee was reminded that this was the fourth evidence-gathering session for its ongoing "
          "review of Hospital Discharge. This meeting focused on contributions from North Hollinsby "
          "Hospitals NHS Foundation Trust and the Council's Adults, Health and Wellbeing directorate, "
          "following previous sessions with the North East Coast Integrated Care Board (ICB), "
          "Healthwatch Hollinsby and local care providers."),
    ("sub", "North Hollinsby Hospitals NHS Foundation Trust"),
    ("p", "The Trust's Director of Integrated Care (Claire Dunnington) and Head of Patient Flow "
          "(Ian Maddison) gave a joint presentation to the Committee. Key issues highlighted were as "
          "follows:"),
    ("b", "Discharge pathways 0 to 3 were explained: pathway 0 (simple discharge home with no new "
          "support), pathway 1 (home with support, including reablement), pathway 2 (a short-term "
          "bed-based placement for rehabilitation) and pathway 3 (a new long-term residential or "
          "nursing placement)."),
    ("b", "Around 84% of patients leaving Ravensworth General Hospital went home on pathway 0, in "
          "line with the national expectation."),
    ("b", "The number of patients with no criteria to reside had averaged 58 a day in December 2024 "
          "against a local target of 45, compared with 71 a day in December 2023."),
    ("b", "The Transfer of Care Hub had opened at Ravensworth General Hospital in April 2024, bringing "
          "together Trust discharge coordinators, Council social workers, therapists and community "
          "nursing in one team."),
    ("b", "Bed occupancy had exceeded 96% on most days in January 2025, with flu and norovirus "
          "admissions higher than in the previous two winters."),
    ("b", "Next steps included the opening of an additional 12 discharge to assess beds at Fellgate "
          "Court from April 2025 and the roll-out of electronic discharge letters to all wards."),
    ("p", "Reflecting on the data presented, the Committee queried why the number of patients with no "
          "criteria to reside remained above target despite the introduction of the Transfer of Care "
          "Hub. The Trust's Head of Patient Flow stated that the Hub had reduced the average length of "
          "a delay from just over six days to around four, but that emergency admissions of people aged "
          "over 85 had risen by 11% compared with the previous year, and these patients were far more "
          "likely to need a package of care or a short-term bed on leaving hospital. The Committee "
          "heard that the target of 45 had been set jointly with the Council and the ICB and would be "
          "reviewed in the summer."),
    ("p", "Members asked about patients being discharged late in the day, with one Member reporting "
          "that an elderly relative had been sent home by taxi after 10pm to a house with no heating "
          "on. The Trust's Director of Integrated Care apologised for this experience and explained "
          "that the Trust had a policy of no discharges after 8pm for patients aged over 75 unless the "
          "patient or their family specifically requested it. She invited the Member to share the "
          "details outside the meeting so that the case could be looked into."),
    ("p", "Cllr Loxley asked how many of the social workers based in the Transfer of Care Hub were "
          "agency staff. The Council's Assistant Director – Adult Social Care (Lorna Featherstone) "
          "advised that 3 of the 14 posts were currently filled by agency workers, which was fewer "
          "than twelve months ago, and that the recruitment of newly qualified social workers through "
          "the Council's own programme had been successful, with five starting in September 2024."),
    ("p", "Further discussion took place around the role of the voluntary sector in supporting people "
          "home from hospital. Members noted the Home from Hospital service delivered by Age Concern "
          "Hollinsby and asked whether its funding would continue beyond March 2025; the Cabinet Member "
          "for Adult Social Care confirmed that the grant had been extended for a further twelve months "
          "through the Better Care Fund. The Chair asked whether patients and carers had been asked about "
          "their own experience of being discharged, to which the Trust's Head of Patient Flow responded "
          "that a discharge survey had been introduced on all wards in October 2024 and early findings "
          "would be shared with the Committee once they had been analysed. A Member commented that the "
          "information given to families on the day of discharge was often confusing and did not always "
          "match what they had been told by ward staff the day before."),
    ("sub", "Hollinsby Borough Council – Adults, Health and Wellbeing"),
    ("p", "The Assistant Director – Adult Social Care then outlined the Council's role in hospital "
          "discharge, and the following key points were noted:"),
    ("b", "The Council's reablement service was delivered under contract by Careforce North Ltd, with "
          "the current contract due to end in March 2026."),
    ("b", "67% of people completing reablement in 2023-2024 needed no ongoing care package, compared "
          "with a regional average of 61%."),
    ("b", "Home care capacity had improved significantly since 2022, and there were no longer waiting "
          "lists for home care in the urban wards of the borough."),
    ("b", "Spend on short-term residential placements following discharge was forecast to exceed "
          "budget by £410,000 in 2024-2025."),
    ("p", "Members queried whether there was sufficient home care capacity in the rural west of the "
          "borough, where Members were aware of people waiting in hospital for a package to start. The "
          "Assistant Director – Adult Social Care acknowledged that a small number of people in "
          "Aldbrough and the western villages had waited longer than the Council would wish, mainly "
          "because of the travel time between calls, and stated that a rural enhancement to the "
          "hourly rate had been paid to providers since October 2024 to address this."),
    ("p", "In relation to the reablement contract, a Member asked whether the Council had considered "
          "bringing the reablement service back in-house when the contract came to an end, noting "
          "that several neighbouring councils had done so. The Director of Adults, Health and Wellbeing "
          "(Stuart Raine) stated that an options appraisal would be brought to Cabinet in the autumn "
          "and that all options, including in-house delivery, would be considered."),
    ("p", "Cllr Gorman asked for more detail on the forecast overspend on short-term placements and how "
          "long people were typically remaining in these beds."),
    ("p", "The Committee thanked the representatives for their attendance and contributions."),
    ("dec", "AGREED that the information presented be noted and used to inform the Committee's ongoing "
            "review of Hospital Discharge."),
    ("i", "Cllr Gorman left the meeting at 5.41pm during consideration of the following item."),

    ("h", "ASCH/53/24", "Monitoring the Impact of Previously Agreed Recommendations – Scrutiny Review "
                        "of Day Opportunities for Adults"),
    ("p", "Consideration was given to the assessments of progress on the implementation of the "
          "recommendations from the Committee's previously completed review of Day Opportunities for "
          "Adults. This was the second progress update following the Committee's agreement of the "
          "Action Plan in March 2024, and the Council's Service Manager – Day Services (Helen Mawson) "
          "was in attendance to present this item."),
    ("p", "Key developments regarding the agreed actions were summarised, with the Committee's attention "
          "drawn to the following:"),
    ("b", "Recommendation 1 (that a directory of day opportunities be published online and in print): "
          "the directory had been launched in November 2024 and 600 printed copies had been distributed "
          "through libraries and GP surgeries – Fully achieved"),
    ("b", "Recommendation 3 (that transport arrangements for people attending day services be "
          "reviewed): the review had been completed and a revised transport policy would be considered "
          "by Cabinet in April 2025 – Not fully achieved (on-track)"),
    ("b", "Recommendation 5 (that the Council explore the use of Wardle Lodge as a community café run "
          "with people who use day services): this had not progressed owing to the condition of the "
          "building – Not fully achieved (slipped)"),
    ("p", "Members asked what had happened to the proposals for Wardle Lodge and whether the building "
          "would be disposed of. The Service Manager – Day Services stated that a condition survey had "
          "found significant damp in the ground floor and that a report on the future of the building "
          "would be prepared by the Council's property services team; no decision had yet been made. "
          "Concerns were expressed that charges for people attending day services had increased by more "
          "than inflation for the second year running, and that some families had reduced the number of "
          "days their relative attended as a result. The Cabinet Member for Adult Social Care responded "
          "that charges were set in line with the Council's charging policy and were based on a "
          "financial assessment of what each person could afford, and that nobody was charged more "
          "than the cost of the service."),
    ("dec", "AGREED that:"),
    ("n", "1)\tthe progress update on the previously agreed recommendations from the Committee's review "
          "of Day Opportunities for Adults be noted."),
    ("n", "2)\tthe assessments for progress be confirmed, and further updates be provided until all "
          "recommendations are fully achieved."),

    ("h", "ASCH/54/24", "Care Quality Commission (CQC) Inspection Results – Quarterly Summary "
                        "(Q3 2024-2025)"),
    ("p", "Consideration was given to the latest quarterly summary of Care Quality Commission (CQC) "
          "inspection results for Hollinsby-based providers of adult social care. The Council's "
          "Quality Assurance and Compliance Manager (Joanne Pattinson) reported that seven inspection "
          "reports had been published during the quarter, of which five providers had been rated "
          "'Good', one 'Requires Improvement' and one 'Inadequate'. The 'Inadequate' rating related to "
          "Lowfell Grange, a 52-bed nursing home in Eastcliffe, where inspectors had found concerns "
          "about medicines management, staffing levels at night and the management of falls. Of the "
          "Borough's 41 registered care homes, 34 were now rated 'Good' or 'Outstanding', which "
          "compared favourably with the regional and national picture."),
    ("p", "Members expressed concern that Lowfell Grange had been rated 'Inadequate' only eighteen months "
          "after being rated 'Good', and asked what support was being given to residents and their "
          "families. The Quality Assurance and Compliance Manager stated that a voluntary suspension on "
          "new admissions had been agreed with the provider, the Council's Quality Improvement Team was "
          "visiting the home every week, and a meeting had been held with residents and relatives on 29 "
          "January 2025 at which the provider's action plan had been explained."),
    ("p", "A Member asked whether the home was part of a larger national group and what influence the "
          "Council had over its owners. The Committee was informed that the home was owned by a private "
          "equity backed company which operated around 40 homes nationally, and that the Council's "
          "influence was through its contract with the home for the residents it funded; the Council "
          "had met the company's regional director and would continue to escalate if improvements were "
          "not made."),
    ("p", "The Committee queried the length of time the CQC was taking to re-inspect providers rated "
          "'Requires Improvement', noting that two homes in the Borough had not been inspected for more "
          "than three years. The Quality Assurance and Compliance Manager confirmed that this was a "
          "national issue which had been raised with the CQC by the Council and by the regional "
          "association of directors, and that the Council's own quality monitoring visits continued in "
          "the meantime. Members requested that the Chair write to the CQC on behalf of the Committee "
          "setting out these concerns."),
    ("dec", "AGREED that:"),
    ("n", "1)\tthe Care Quality Commission (CQC) Inspection Results – Quarterly Summary (Q3 2024-2025) "
          "report be noted."),
    ("n", "2)\tthe Chair write to the CQC Deputy Director of Operations for the North on behalf of the "
          "Committee expressing concern about the time taken to re-inspect providers in the Borough."),

    ("h", "ASCH/55/24", "NHS Dental Services in Hollinsby"),
    ("p", "The Committee welcomed the North East Coast ICB's Senior Commissioning Manager for Primary "
          "Care (Mark Sowerby), who provided an update on access to NHS dental services in Hollinsby "
          "following his previous attendance in June 2024. The update covered the following:"),
    ("b", "There were 19 dental practices in the Borough holding NHS contracts, one fewer than in June "
          "2024 following the handing back of a contract by a practice in Norton Vale."),
    ("b", "The proportion of adults in Hollinsby who had seen an NHS dentist in the previous 24 months "
          "was 44%, compared with 41% across the ICB area."),
    ("b", "The ICB had commissioned additional urgent dental care sessions at six practices from "
          "October 2024, providing around 120 extra appointments a week."),
    ("b", "A pilot of supervised toothbrushing in nurseries and primary schools in the most deprived "
          "wards had reached 3,100 children."),
    ("p", "Cllr Hepplewhite stated that she had been contacted by several residents who had been told by "
          "their dentist that they would have to pay privately for routine treatment, and asked what "
          "residents should do in these circumstances. The Senior Commissioning Manager advised that "
          "anyone without a regular dentist could contact NHS 111 or the regional dental helpline for "
          "urgent care, and that routine appointments could be sought from any practice taking on NHS "
          "patients, a list of which was kept up to date on the NHS website."),
    ("p", "In response to a question about care home residents and people who were housebound, the "
          "Committee was informed that the ICB had commissioned a domiciliary dental service from the "
          "community dental provider, and that mouth care training was being offered to care home "
          "staff across the Borough."),
    ("p", "A Member asked whether the ICB could require practices to take on new NHS patients as a "
          "condition of their contract. The Senior Commissioning Manager explained that the national "
          "contract did not allow this and that the ICB was limited in what it could require, although "
          "practices delivering fewer than 96% of their contracted units of dental activity could have "
          "funding recovered."),
    ("p", "The Chair requested that the ICB provide a breakdown, by ward, of the practices currently "
          "accepting new adult NHS patients. The Senior Commissioning Manager agreed to circulate this "
          "to Members following the meeting."),
    ("p", "The Committee noted the update and thanked the Senior Commissioning Manager for his attendance."),

    ("h", "ASCH/56/24", "Scrutiny Review of Adult Mental Health Community Support – Draft Scope and "
                        "Project Plan"),
    ("p", "Consideration was given to the draft scope and project plan for the Committee's next in-depth "
          "review, of community support for adults with mental health needs. The Scrutiny Officer (Paul "
          "Kilbride) outlined the proposed terms of reference and key lines of enquiry, which had been "
          "drafted following discussion with the Chair and Vice-Chair and with officers from Adults, "
          "Health and Wellbeing and the Tyne Fells Mental Health NHS Foundation Trust."),
    ("p", "Members made the following comments on the draft scope:"),
    ("b", "The review should hear directly from people with lived experience of mental illness and from "
          "their carers, not only from organisations."),
    ("b", "A Member asked that the review include support for people with dementia. The Scrutiny Officer "
          "advised that dementia services had been excluded as they had been the subject of the "
          "Committee's review in 2022-2023, although the Committee could choose to include them."),
    ("b", "The Vice-Chair suggested that the review consider the impact of the loss of the Hollinsby "
          "Mind drop-in service in 2023 on the number of people presenting in crisis."),
    ("b", "Concern was raised that housing problems were a major cause of poor mental health in the "
          "Borough, and it was suggested that the Council's housing options team be invited to give "
          "evidence."),
    ("dec", "AGREED that the draft scope and project plan for the Scrutiny Review of Adult Mental Health "
            "Community Support be approved, subject to the inclusion of evidence from the Council's "
            "housing options team."),

    ("h", "ASCH/57/24", "Regional Health Scrutiny Update"),
    ("p", "The Chair reported on the meeting of the North East Coast Joint Health Scrutiny Committee held "
          "on 6 February 2025, which had considered the ICB's winter plan and proposals for the future of "
          "specialist stroke rehabilitation. The draft minutes of that meeting would be circulated to "
          "Members when available."),
    ("dec", "AGREED that the regional health scrutiny update be noted."),

    ("h", "ASCH/58/24", "Chair's Update and Select Committee Work Programme 2024-2025"),
    ("p", "Consideration was given to the Committee's current work programme. The next meeting was "
          "scheduled for 18 March 2025 and would include the final evidence session for the Hospital "
          "Discharge review, the annual report of the Hollinsby Safeguarding Adults Board and the "
          "quarterly performance report for adult social care."),
    ("p", "The Chair had no further updates."),
    ("dec", "AGREED that the Chair's update and Select Committee Work Programme 2024-2025 be noted."),
]

# ---------------------------------------------------------------------------------------
# The document that is not minutes: a scrutiny review scope and project plan
# ---------------------------------------------------------------------------------------

SCOPE_ROWS = [
    ("Which Select Committee is undertaking the review?", "Adult Social Care and Health Select Committee"),
    ("What is the broad topic area?", "Adult mental health"),
    ("What is the specific topic area?",
     "Community support for adults (aged 18 to 64) with mental health needs who are not in hospital, "
     "including crisis support, community mental health teams, supported accommodation and the "
     "voluntary sector offer."),
    ("Who will the review help and how?",
     "Residents with mental health needs and their carers, through better understanding of the support "
     "available and of the gaps in it; the Council and its partners, through recommendations that make "
     "the best use of limited resources."),
    ("Value of the review (how does the review align with the Council Plan?)",
     "The review supports the Council Plan ambition that people in Hollinsby live healthier lives and "
     "the priority in the Joint Health and Wellbeing Strategy on good mental health for all."),
    ("What are the Terms of Reference?",
     "1. What is the current level of need for community mental health support in Hollinsby, and how is "
     "it expected to change?\n"
     "2. What services are commissioned or provided by the Council, the ICB, Tyne Fells Mental Health "
     "NHS Foundation Trust and the voluntary sector, and how well do they work together?\n"
     "3. How do residents experience these services, including waiting times and access in a crisis?\n"
     "4. What is the impact of housing, debt and employment on the mental health of residents?\n"
     "5. What can be learned from good practice elsewhere?"),
    ("Key lines of enquiry",
     "- How long do people wait between referral and first contact with community mental health teams?\n"
     "- What happens to people who are discharged from secondary mental health services?\n"
     "- Is the Council's supported accommodation for people with mental health needs sufficient?\n"
     "- How many people presented at Ravensworth General Hospital in crisis in 2024, and why?"),
    ("Provide an initial view as to how this review could lead to efficiencies, improvements and/or "
     "transformation",
     "Earlier support in the community may reduce the need for more costly crisis and inpatient care "
     "and for long-term placements funded by adult social care."),
    ("Who will provide the evidence?",
     "Adults, Health and Wellbeing (including Public Health and Housing Options); North East Coast ICB; "
     "Tyne Fells Mental Health NHS Foundation Trust; Healthwatch Hollinsby; voluntary sector providers; "
     "people with lived experience and carers."),
    ("How will stakeholders be consulted?",
     "Evidence sessions at Committee meetings; a visit to the crisis café in Hollinsby town centre; an "
     "online survey of service users and carers run with Healthwatch Hollinsby."),
    ("Expected duration of review and key milestones",
     "Approximately six months. Scope agreed February 2025; evidence gathering April to July 2025; "
     "draft recommendations September 2025; final report to Cabinet November 2025."),
]

SCOPE_RECOMMENDATION = ("That the Committee considers and approves the draft scope and project plan "
                        "for the Scrutiny Review of Adult Mental Health Community Support.")

# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

A = "Assistant Director – Adult Social Care"
HPF = "Head of Patient Flow"
QAM = "Quality Assurance and Compliance Manager"
SCM = "Senior Commissioning Manager"

ITEMS = [(b[1], b[2]) for b in MINUTES if b[0] == "h"]

QUESTIONS = [
    # ASCH/52/24 Hospital discharge: Trust
    ("ASCH/52/24", "question",
     "queried why the number of patients with no criteria to reside remained above target",
     None, "these patients were far more likely to need a package of care", HPF,
     ["adult-social-care"]),
    ("ASCH/52/24", "question",
     "Members asked about patients being discharged late in the day",
     None, "explained that the Trust had a policy of no discharges after 8pm",
     "Director of Integrated Care", ["adult-social-care"]),
    ("ASCH/52/24", "question",
     "asked how many of the social workers based in the Transfer of Care Hub",
     "Cllr Loxley", "3 of the 14 posts were currently filled by agency workers", A,
     ["workforce", "adult-social-care"]),
    ("ASCH/52/24", "question",
     "asked whether its funding would continue beyond March 2025",
     None, "the grant had been extended for a further twelve months through the Better Care Fund",
     "Cabinet Member for Adult Social Care", ["finance", "integration", "subcontracting"]),
    ("ASCH/52/24", "question",
     "asked whether patients and carers had been asked about their own experience",
     "The Chair", "a discharge survey had been introduced on all wards in October 2024", HPF,
     ["patient-and-public-input", "adult-social-care"]),
    ("ASCH/52/24", "comment",
     "the information given to families on the day of discharge was often confusing",
     None, None, None, ["adult-social-care"]),
    # ASCH/52/24 Hospital discharge: Council
    ("ASCH/52/24", "question",
     "queried whether there was sufficient home care capacity in the rural west",
     None, "a rural enhancement to the hourly rate had been paid to providers", A,
     ["adult-social-care", "workforce", "finance"]),
    ("ASCH/52/24", "question",
     "asked whether the Council had considered bringing the reablement service back in-house",
     None, "an options appraisal would be brought to Cabinet in the autumn",
     "Director of Adults, Health and Wellbeing", ["privatisation", "subcontracting", "adult-social-care"]),
    ("ASCH/52/24", "request",
     "asked for more detail on the forecast overspend on short-term placements",
     "Cllr Gorman", None, None, ["finance", "adult-social-care"]),
    # ASCH/53/24 Day opportunities
    ("ASCH/53/24", "question",
     "Members asked what had happened to the proposals for Wardle Lodge",
     None, "a condition survey had found significant damp in the ground floor",
     "Service Manager – Day Services", ["adult-social-care"]),
    ("ASCH/53/24", "concern",
     "Concerns were expressed that charges for people attending day services had increased",
     None, "charges were set in line with the Council's charging policy",
     "Cabinet Member for Adult Social Care", ["finance", "adult-social-care"]),
    # ASCH/54/24 CQC
    ("ASCH/54/24", "concern",
     "Members expressed concern that Lowfell Grange had been rated Inadequate only eighteen months",
     None, "a voluntary suspension on new admissions had been agreed with the provider", QAM,
     ["governance", "adult-social-care"]),
    ("ASCH/54/24", "question",
     "asked whether the home was part of a larger national group",
     None, "the home was owned by a private equity backed company", None,
     ["privatisation", "subcontracting", "adult-social-care"]),
    ("ASCH/54/24", "question",
     "queried the length of time the CQC was taking to re-inspect providers",
     None, "this was a national issue which had been raised with the CQC", QAM,
     ["governance", "adult-social-care"]),
    ("ASCH/54/24", "request",
     "Members requested that the Chair write to the CQC on behalf of the Committee",
     None, None, None, ["governance"]),
    # ASCH/55/24 Dental
    ("ASCH/55/24", "question",
     "they would have to pay privately for routine treatment, and asked what residents should do",
     "Cllr Hepplewhite", "anyone without a regular dentist could contact NHS 111", SCM,
     ["primary-care"]),
    ("ASCH/55/24", "question",
     "In response to a question about care home residents and people who were housebound",
     None, "the ICB had commissioned a domiciliary dental service from the community dental provider",
     None, ["primary-care", "adult-social-care", "subcontracting"]),
    ("ASCH/55/24", "question",
     "asked whether the ICB could require practices to take on new NHS patients",
     None, "the national contract did not allow this", SCM,
     ["primary-care"]),
    ("ASCH/55/24", "request",
     "The Chair requested that the ICB provide a breakdown, by ward",
     "The Chair", "agreed to circulate this to Members following the meeting", SCM, ["primary-care"]),
    # ASCH/56/24 Scope
    ("ASCH/56/24", "comment",
     "should hear directly from people with lived experience of mental illness",
     None, None, None, ["mental-health", "patient-and-public-input"]),
    ("ASCH/56/24", "request",
     "A Member asked that the review include support for people with dementia",
     None, "dementia services had been excluded as they had been the subject", "Scrutiny Officer",
     ["mental-health"]),
    ("ASCH/56/24", "comment",
     "suggested that the review consider the impact of the loss of the Hollinsby Mind",
     "The Vice-Chair", None, None, ["mental-health"]),
    ("ASCH/56/24", "concern",
     "Concern was raised that housing problems were a major cause of poor mental health",
     None, None, None, ["housing", "mental-health"]),
]

RESOLUTIONS = [
    ("ASCH/49/24", "The Chair outlined the evacuation procedure, which was noted", "noted", []),
    ("ASCH/51/24", "be approved as a correct record and signed by the Chair", "agreed", []),
    ("ASCH/52/24", "AGREED that the information presented be noted and used to inform", "noted", ["adult-social-care"]),
    ("ASCH/53/24", "the assessments for progress be confirmed, and further updates be provided",
     "agreed", ["adult-social-care"]),
    ("ASCH/54/24", "the Chair write to the CQC Deputy Director of Operations for the North",
     "agreed", ["governance"]),
    ("ASCH/55/24", "The Committee noted the update and thanked the Senior Commissioning Manager",
     "noted", ["primary-care"]),
    ("ASCH/56/24", "be approved, subject to the inclusion of evidence from the Council's housing options team",
     "agreed", ["mental-health", "housing"]),
    ("ASCH/57/24", "AGREED that the regional health scrutiny update be noted", "noted", []),
    ("ASCH/58/24", "Select Committee Work Programme 2024-2025 be noted", "noted", []),
]

ATTENDEES = [
    ("Cllr Marian Thwaites", "Chair", "present"),
    ("Cllr Colin Ashburn", "Vice-Chair", "present"),
    ("Cllr Janet Pemberton", None, "present"),
    ("Cllr Derek Loxley", None, "present"),
    ("Cllr Farida Rahman", None, "present"),
    ("Cllr Sheila Hepplewhite", None, "present"),
    ("Cllr Tony Gorman", None, "present"),
    ("Stuart Raine", "A,H&W", "in_attendance"),
    ("Lorna Featherstone", "A,H&W", "in_attendance"),
    ("Helen Mawson", "A,H&W", "in_attendance"),
    ("Joanne Pattinson", "A,H&W", "in_attendance"),
    ("Paul Kilbride", "CS", "in_attendance"),
    ("Kirsty Lumsden", "CS", "in_attendance"),
    ("Claire Dunnington", "North Hollinsby Hospitals NHS Foundation Trust", "in_attendance"),
    ("Ian Maddison", "North Hollinsby Hospitals NHS Foundation Trust", "in_attendance"),
    ("Mark Sowerby", "North East Coast ICB", "in_attendance"),
    ("Gillian Horsley", "Healthwatch Hollinsby", "in_attendance"),
    ("Cllr Brenda Oakes", "Cabinet Member for Adult Social Care", "in_attendance"),
    ("Cllr Ray Cuthbertson", None, "apologies"),
    ("Cllr Lesley Armitage", None, "apologies"),
]


def minutes_gold() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-02-18",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": [
            {"item": i, "kind": k, "text": t, "asked_by": ab, "answer": an, "given_by": gb, "themes": th}
            for i, k, t, ab, an, gb, th in QUESTIONS
        ],
        "resolutions": [
            {"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in RESOLUTIONS
        ],
        "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in ATTENDEES],
    }


def other_gold() -> dict:
    return {"document": OTHER_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------

def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps and order so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind, text=None):
        run = paragraph.add_run()
        if kind == "text":
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run._r.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            run._r.append(f)
        return run

    fld("begin")
    fld("text", " PAGE ")
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def write_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.08

    # running header and footer, as Democratic Services print them
    hp = sec.header.paragraphs[0]
    hp.text = "Adult Social Care and Health Select Committee – 18 February 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(9)

    p = doc.add_paragraph()
    r = p.add_run(COMMITTEE)
    r.bold = True
    r.font.size = Pt(16)
    p.paragraph_format.space_after = Pt(14)

    doc.add_paragraph("A meeting of Adult Social Care and Health Select Committee was held on "
                      "Tuesday, 18th February, 2025.")

    t = doc.add_table(rows=0, cols=2)
    _no_borders(t)
    for label, names in ATTENDANCE:
        cells = t.add_row().cells
        cells[0].width = Cm(4.2)
        cells[1].width = Cm(12.4)
        lp = cells[0].paragraphs[0]
        lr = lp.add_run(label)
        lr.bold = True
        cells[1].paragraphs[0].add_run(names)
    doc.add_paragraph()

    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.left_indent = Cm(3.0)
            p.paragraph_format.first_line_indent = Cm(-3.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
            r = p.add_run(f"{block[1]}\t{block[2]}")
            r.bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = Cm(3.0)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(3.0)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(block[1])
            r.bold = True
            r.underline = True
        elif kind == "i":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(3.0)
            r = p.add_run(block[1])
            r.italic = True
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(3.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(4)
        elif kind == "dec":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(3.0)
            text = block[1]
            assert text.startswith("AGREED")
            r = p.add_run("AGREED")
            r.bold = True
            p.add_run(text[len("AGREED"):])
        elif kind == "n":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = Cm(4.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Adult Social Care and Health Select Committee - 18 February 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def write_scope(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Scrutiny Review of Adult Mental Health Community Support - Scope and Project Plan")
    pdf.set_author("Hollinsby Borough Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 20)

    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "Hollinsby Borough Council", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, "Adult Social Care and Health Select Committee – 18 February 2025 – Agenda item 8",
             new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(0, 7, "SCRUTINY REVIEW OF ADULT MENTAL HEALTH COMMUNITY SUPPORT", new_x="LMARGIN",
                   new_y="NEXT", align="L")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Draft Scope and Project Plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("Sans", "", 10)
    for label, value in [("Lead Officer:", "Paul Kilbride, Scrutiny Officer"),
                         ("Contact:", "scrutiny@hollinsby.gov.uk  Tel: 01632 960 914"),
                         ("Date:", "February 2025")]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(32, 6, label)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    w_label, w_value = 62, pdf.epw - 62
    for label, value in SCOPE_ROWS:
        pdf.set_font("Sans", "B", 10)
        lines_l = pdf.multi_cell(w_label - 2, 5.5, label, dry_run=True, output="LINES", align="L")
        pdf.set_font("Sans", "", 10)
        lines_v = pdf.multi_cell(w_value - 2, 5.5, value, dry_run=True, output="LINES", align="L")
        h = max(len(lines_l), len(lines_v)) * 5.5 + 4
        if pdf.get_y() + h > pdf.h - 20:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(225, 232, 240)
        pdf.rect(x, y, w_label, h, style="DF")
        pdf.rect(x + w_label, y, w_value, h)
        pdf.set_xy(x + 1, y + 2)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(w_label - 2, 5.5, label, align="L")
        pdf.set_xy(x + w_label + 1, y + 2)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(w_value - 2, 5.5, value, align="L")
        pdf.set_xy(x, y + h)

    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Recommendation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, SCOPE_RECOMMENDATION, new_x="LMARGIN", new_y="NEXT", align="L")
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str, joiner: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("_", " ")
    text = PUNCT.sub(joiner, text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
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


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("nj-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        assert gold_path.stem == doc.stem, gold_path
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        raw = doc_text(doc)
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                print(f"{g['document']}: {kind} phrase has {n_words} words: {ph!r}")
                bad += 1
            for joiner in (" ", ""):
                body, p = norm(raw, joiner), norm(ph, joiner)
                count = len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", body))
                if count != 1:
                    print(f"{g['document']}: {kind} phrase found {count} times "
                          f"(punctuation -> {joiner!r}): {ph!r}")
                    bad += 1
        if g["doc_type"] == "minutes":
            themes = set()
            for line in (HERE.parent.parent / "minutes" / "themes.yml").read_text().splitlines():
                m = re.match(r"^([a-z][a-z-]+):\s*$", line)
                if m:
                    themes.add(m.group(1))
            for row in g["questions"] + g["resolutions"]:
                for th in row["themes"]:
                    if th not in themes:
                        print(f"unknown theme {th}")
                        bad += 1
            numbers = {i["number"] for i in g["items"]}
            for row in g["questions"] + g["resolutions"]:
                if row["item"] not in numbers:
                    print(f"unknown item {row['item']}")
                    bad += 1
            for a in g["attendees"]:
                if norm(a["name"], " ") not in norm(raw, " "):
                    print(f"attendee not found: {a['name']}")
                    bad += 1
    print("check failed" if bad else "check passed")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    write_minutes(DOCS / MINUTES_NAME)
    write_scope(DOCS / OTHER_NAME)
    for g in (minutes_gold(), other_gold()):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
