#!/usr/bin/env python3
"""Build the "ki-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ki.py           build documents/ki-* and gold/ki-*.json
        build_ki.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ki-lindmarsh-cyp-scrutiny-committee-2025-01-17.pdf"
REPORT_NAME = "ki-lindmarsh-executive-councillor-report-castleby-meadows-expansion.docx"

COMMITTEE = "Children and Young People Scrutiny Committee"
HEADER_1 = "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE"
HEADER_2 = "17 JANUARY 2025"

EXEC_CLLR = "Executive Councillor for Children's Services, Community Safety and Procurement"

# ---------------------------------------------------------------------------
# The minutes, as blocks.
#   ("head", text)             bold line(s) at the top of page 1
#   ("para", text)             paragraph at the text indent
#   ("plain", text)            paragraph at the margin (attendance block)
#   ("sub", text)              bold sub-heading at the margin
#   ("item", number, title)    minute number in the margin, bold capital title
#   ("bullet", text)           bullet point
#   ("resolved", None)         bold "RESOLVED"
#   ("clause", n, text)        numbered clause under RESOLVED
# ---------------------------------------------------------------------------

OFFICERS = [
    ("Neil Ashbridge", "Head of Finance - Children's Services"),
    ("Matthew Cresswell", "Head of School Organisation and Planning"),
    ("Tom Harker", "Service Manager, Children and Young People's Mental Health Services, "
                   "Lindmarsh Partnership NHS Foundation Trust"),
    ("Deborah Kay", "Democratic Services Officer"),
    ("Karen Lythgoe", "Head of SEND and Inclusion"),
    ("Sian Mottram", "Assistant Director - Children's Safeguarding"),
    ("Rachel Oduya", "Executive Director - Children's Services"),
    ("Graham Pilbeam", "Assistant Director - Education"),
    ("Dr Priya Raman", "Designated Clinical Officer for SEND, Lindmarsh Integrated Care Board"),
    ("Tracey Welbourn", "Senior Scrutiny Officer"),
    ("Joanne Whitby", "Associate Director of Mental Health, Learning Disabilities and Autism, "
                      "Lindmarsh Integrated Care Board"),
]


def officers_line() -> str:
    parts = [f"{n} ({r})" for n, r in OFFICERS]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


BLOCKS = [
    ("head", HEADER_1),
    ("head", HEADER_2),
    ("gap", None),
    ("plain", "PRESENT: COUNCILLOR J M ASHWORTH (CHAIRMAN)"),
    ("plain", "Councillors A B Clarke (Vice-Chairman), Mrs K D Fairweather, T R Hallam, "
              "Mrs M J Overton, P Q Ransome, S J Tindall, Miss E L Whitlock and R G Yeadon."),
    ("sub", "Added Members"),
    ("plainnogap", "Church Representative: Reverend C M Ashdown"),
    ("plain", "Parent Governor Representative: Mrs E Maddox"),
    ("plain", f"Councillors Mrs H L Brackley ({EXEC_CLLR}), D W Fenwick (Executive Support "
              "Councillor for Children's Services) and S R Pelham attended the meeting as "
              "observers."),
    ("plain", "Councillor N J Thorley attended the meeting remotely, via Microsoft Teams, as an "
              "observer."),
    ("plain", "Officers in attendance:-"),
    ("plain", officers_line() + "."),

    ("item", "43", "APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS"),
    ("para", "Apologies for absence were received from Councillors Mrs R A Kirkby and L P Strutt, "
             "and from Mr G H Denholm (Parent Governor Representative)."),
    ("para", "It was reported that, under the Local Government (Committees and Political Groups) "
             "Regulations 1990, Councillor P Q Ransome had been appointed as the replacement member "
             "for Councillor L P Strutt, for this meeting only."),

    ("item", "44", "DECLARATIONS OF MEMBERS' INTEREST"),
    ("para", "Councillor Miss E L Whitlock declared that she was a member of the local governing "
             "body of Castleby Meadows Primary Academy, which was the subject of minute 48 below, "
             "and advised that she would take part in the discussion on that item but would not "
             "vote."),
    ("para", "Councillor R G Yeadon advised, in relation to minute 50, that his daughter was "
             "employed by Lindmarsh Partnership NHS Foundation Trust."),

    ("item", "45", "MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE "
                   "HELD ON 29 NOVEMBER 2024"),
    ("resolved", None),
    ("para", "That the minutes of the meeting of the Children and Young People Scrutiny Committee "
             "held on 29 November 2024 be agreed and signed by the Chairman as a correct record."),

    ("item", "46", "ANNOUNCEMENTS BY THE CHAIRMAN, EXECUTIVE COUNCILLORS AND CHIEF OFFICERS"),
    ("para", f"The {EXEC_CLLR} announced that the Department for Education had confirmed the "
             "Council's allocation of the Dedicated Schools Grant for 2025/26 on 18 December 2024, "
             "and that the High Needs Block would increase by 7.1%, which was above the national "
             "average. The Executive Councillor also advised that, following the introduction of "
             "the Children's Wellbeing and Schools Bill in Parliament in December 2024, a briefing "
             "for all members would be arranged in the spring."),
    ("para", "The Executive Director - Children's Services advised that the Council's children's "
             "homes at Ferriby Lodge and Westgate House had both been judged 'Outstanding' by Ofsted "
             "at their most recent inspections in November and December 2024. The Chairman, on "
             "behalf of the Committee, congratulated the staff at both homes. In response to a "
             "question from Councillor Mrs Overton, it was confirmed that the full inspection "
             "reports would be circulated to members of the Committee."),

    ("item", "47", "CHILDREN'S SERVICES BUDGET PROPOSALS 2025/26"),
    ("para", "Consideration was given to a report by the Executive Director - Children's Services, "
             "which described the budget proposals for the next financial year 2025/26 for those "
             "services within the remit of the Committee. The report had been produced following "
             "the Executive's consideration of the Council's budget proposals on 7 January 2025, "
             "and the comments of the Committee would be reported to the Executive at its meeting "
             "on 4 February 2025, prior to the meeting of the County Council on 21 February 2025."),
    ("para", "Neil Ashbridge, Head of Finance - Children's Services, presented the report and "
             "highlighted the following:"),
    ("bullet", "The proposed net revenue budget for Children's Services for 2025/26 was "
               "£198.412m, an increase of £17.306m (9.6%) on 2024/25;"),
    ("bullet", "The largest cost pressures related to placements for children in care (£6.900m), "
               "home to school transport (£5.215m) and the national pay award (£2.104m);"),
    ("bullet", "Savings of £1.450m were proposed, primarily through the fostering recruitment "
               "programme reducing the reliance on external residential placements, and a review "
               "of business support arrangements; and"),
    ("bullet", "The Dedicated Schools Grant High Needs Block was forecasting an in-year overspend "
               "of £4.8m in 2024/25, with a cumulative deficit of £11.2m, which was currently "
               "subject to the statutory override until March 2028."),
    ("para", "Detailed discussion took place and some of the points raised during discussion "
             "included the following:"),
    ("bullet", "A member queried why the home to school transport budget continued to rise when "
               "the number of children eligible for mainstream transport had fallen. Officers "
               "advised that the increase was driven by transport for children with special "
               "educational needs and disabilities, where both the number of pupils and the "
               "average cost per journey had increased, with many routes now requiring single "
               "occupancy vehicles and passenger assistants."),
    ("bullet", "Concern was expressed at the size of the cumulative High Needs Block deficit and "
               "at what would happen when the statutory override came to an end. The Executive "
               "Director - Children's Services advised that the Council was one of many "
               "authorities lobbying the Government for a long term national solution, and that "
               "the Delivering Better Value programme was aimed at reducing the rate of growth in "
               "high cost specialist placements. It was acknowledged that the deficit remained "
               "one of the most significant financial risks facing the Council."),
    ("bullet", "In response to a question about the proposed saving from the review of business "
               "support, it was confirmed that this would be achieved through the deletion of "
               "vacant posts and would not involve any compulsory redundancies."),
    ("bullet", "A member asked whether the budget for children in care placements was realistic, "
               "given that the number of children in care had risen by 6% over the year. It was "
               "explained that the budget had been set on the basis of the current number of "
               "children in care plus an allowance for growth, but that the cost of individual "
               "placements in the independent sector, some of which now exceeded £10,000 per "
               "week, was very difficult to predict."),
    ("bullet", "A member commented that the profits made by some private providers of children's "
               "residential care were excessive, and welcomed the decision to open two further "
               f"in-house children's homes. The {EXEC_CLLR} agreed, and advised that the Council "
               "was also supporting regional work on a placement framework which would limit the "
               "profit margins of providers, although this work was at an early stage."),
    ("bullet", "Clarification was sought on whether the pay award had been fully funded. Officers "
               "confirmed that the budget assumed a pay award of 3% for 2025/26, and that any "
               "award above this would need to be met from the corporate contingency."),
    ("bullet", "A member asked about the funding for the expansion of free childcare for working "
               "parents of children aged nine months and over from September 2025, and whether "
               "there would be enough nursery places in the rural parts of the county."),
    ("resolved", None),
    ("clause", "1.", "That the budget proposals for Children's Services for 2025/26, as set out "
                     "in the report, be supported."),
    ("clause", "2.", "That the comments made by the Committee, as set out above, be passed on to "
                     "the Executive for its meeting on 4 February 2025, as part of its "
                     "consideration of the Council's budget for 2025/26."),

    ("item", "48", "PROPOSAL TO EXPAND CASTLEBY MEADOWS PRIMARY ACADEMY FROM 420 TO 630 PLACES"),
    ("para", "The Committee considered a report which invited it to consider a proposal to expand "
             "Castleby Meadows Primary Academy from 420 to 630 places from 1 September 2026, which "
             f"was due to be considered by the {EXEC_CLLR} between 27 January and 31 January 2025. "
             "The views of the Committee would be reported to the Executive Councillor as part of "
             "her consideration of this item."),
    ("para", "Matthew Cresswell, Head of School Organisation and Planning, presented the report "
             "and in doing so highlighted that:"),
    ("bullet", "Around 1,850 new homes had been granted planning permission in the north east of "
               "Castleby, and the pupil forecasts showed a shortfall of 160 primary places in the "
               "Castleby North planning area by September 2027;"),
    ("bullet", "The expansion would be delivered through a new two storey teaching block of eight "
               "classrooms, a studio hall and additional staff parking, at an estimated cost of "
               "£6.4m, to be funded from basic need grant and developer contributions secured "
               "under section 106 agreements; and"),
    ("bullet", "A statutory consultation had taken place between 4 November and 13 December 2024. "
               "94 responses had been received, of which 58 supported the proposal; the main "
               "issues raised related to traffic and parking at the start and end of the school "
               "day, and the loss of part of the playing field."),
    ("para", "Consideration was given to the report and during discussion the following points "
             "were noted:"),
    ("bullet", "Councillor S R Pelham, the local member for Castleby North, addressed the "
               "Committee and advised that, whilst he supported the need for the additional "
               "places, residents of Meadow Lane and Orchard Way were very concerned about the "
               "existing congestion at the start and end of the school day, and he urged that "
               "the highways measures be in place before the new block opened. In response, the "
               "Head of School Organisation and Planning advised that an updated school travel "
               "plan would be required as a condition of the planning permission, and that "
               "highways officers had proposed an extension of the school keep clear markings and "
               "a 20mph limit on Meadow Lane."),
    ("bullet", "A member asked why the academy trust had not been asked to contribute to the "
               "capital cost of the expansion. Officers explained that the Council had a "
               "statutory duty to secure sufficient school places, and retained responsibility "
               "for funding additional places whether a school was maintained or an academy, "
               "although the Hollins Valley Academy Trust would meet the cost of the furniture "
               "and equipment for the new classrooms."),
    ("bullet", "Concern was raised about the loss of part of the playing field. It was reported "
               "that the area affected was a little used grassed area to the side of the existing "
               "building, that the remaining playing field would still exceed the area recommended "
               "in Department for Education guidance, and that Sport England had not objected."),
    ("bullet", "A member asked whether a contractor had been appointed and whether local firms "
               "would have the opportunity to bid for the work. It was advised that the works "
               "would be procured through the Council's construction framework, which required "
               "contractors to offer sub-contracting opportunities to local businesses and to "
               "report on the social value delivered."),
    ("bullet", "In response to a question on whether the expansion could affect standards at the "
               "school, the Assistant Director - Education advised that the academy had been "
               "judged good by Ofsted in 2023, and that the school and the trust had a strong "
               "track record of managing growth."),
    ("bullet", "A member welcomed the inclusion of a specialist resource base for pupils with "
               "speech, language and communication needs within the new block, and requested "
               "that details of the number and location of such bases across the county be "
               "provided to the Committee. It was agreed that this information would be "
               "circulated after the meeting."),
    ("resolved", None),
    ("clause", "1.", f"That the Committee supports the recommendations to the {EXEC_CLLR}, as set "
                     "out in the report."),
    ("clause", "2.", "That a summary of the comments made by the Committee, as set out above, be "
                     f"passed on to the {EXEC_CLLR} in relation to this item."),
    ("para", "(Note: Councillor Miss E L Whitlock did not vote on this item.)"),
    ("para", "(Note: Councillor T R Hallam left the meeting at 11.18 am.)"),
    ("para", "The Committee adjourned at 11.20 am and reconvened at 11.30 am."),

    ("item", "49", "SPECIAL EDUCATIONAL NEEDS AND DISABILITY (SEND) - TIMELINESS OF EDUCATION, "
                   "HEALTH AND CARE NEEDS ASSESSMENTS"),
    ("para", "Consideration was given to a report by the Head of SEND and Inclusion, which "
             "provided an update on the timeliness of Education, Health and Care (EHC) needs "
             "assessments and on the actions being taken to improve performance, following the "
             "Committee's consideration of this matter on 27 September 2024."),
    ("para", "Karen Lythgoe, Head of SEND and Inclusion, and Dr Priya Raman, Designated Clinical "
             "Officer for SEND, Lindmarsh Integrated Care Board, presented the report. It was "
             "reported that the number of requests for an EHC needs assessment had increased from "
             "1,402 in 2022/23 to 2,118 in 2023/24, and that the proportion of new EHC plans issued "
             "within the statutory 20 week timescale had fallen to 31% in the twelve months to "
             "November 2024, compared with a national average of 50.3%. The main causes of delay "
             "were the availability of educational psychologists, where there were 7.4 full time "
             "equivalent vacancies against an establishment of 29, and the late return of health "
             "advice, particularly from community paediatrics. An improvement plan had been agreed "
             "with the Department for Education and NHS England, and the appointment of additional "
             "locum educational psychologists and a new team of assessment coordinators was "
             "expected to improve timeliness to 60% by September 2025. The Committee was also "
             "advised that a co-produced SEND Strategy 2025-2028 was being developed with the "
             "Lindmarsh Parent Carer Forum and would be brought to the Committee in the summer."),
    ("para", "During the discussion, the following points were raised:"),
    ("bullet", "Members expressed concern that performance remained significantly below the "
               "national average, and asked how confident officers were that the target of 60% "
               "would be met. The Head of SEND and Inclusion acknowledged that the target was "
               "challenging, but advised that the additional capacity was now in place and that "
               "performance for December 2024 alone had reached 44%."),
    ("bullet", "A member referred to the experience of a family in their division who had waited "
               "over 40 weeks for a plan, and whose child had been out of school for much of that "
               "time, and asked what support was available to families while they waited. It was "
               "explained that the SEND Information, Advice and Support Service and the Parent "
               "Carer Forum were able to support families, and that where a child was unable to "
               "attend school the Council had a duty to arrange suitable alternative education "
               "under section 19 of the Education Act 1996."),
    ("bullet", "In relation to educational psychologists, a member asked whether the Council was "
               "paying a market supplement to attract staff. The Executive Director - Children's "
               "Services advised that a market supplement had been introduced in April 2024, and "
               "that the Council was also funding four trainee educational psychologists each year "
               "through the national training scheme, two of whom would qualify in the summer."),
    ("bullet", "It was queried why health advice was being returned late. Dr Raman explained that "
               "the community paediatric service had experienced long term sickness absence, and "
               "that the Integrated Care Board had commissioned additional capacity from an "
               "independent provider on a temporary basis, which had reduced the number of "
               "overdue health advices from 212 to 64 since October 2024."),
    ("bullet", "The Parent Governor Representative asked whether schools would receive additional "
               "funding to support pupils while an assessment was under way. Officers advised that "
               "schools could apply for top-up funding without an EHC plan through the Inclusion "
               "Fund, and that £2.3m had been allocated to the Fund in 2024/25."),
    ("bullet", "A member commented that the Committee had heard similar assurances at previous "
               "meetings, and that it would need to see sustained improvement in timeliness over "
               "several months before it could be assured that the improvement plan was working."),
    ("resolved", None),
    ("clause", "1.", "That the report be noted."),
    ("clause", "2.", "That a further update on the timeliness of Education, Health and Care needs "
                     "assessments, including progress on the recruitment of educational "
                     "psychologists, be presented to the Committee at its meeting on 16 May 2025."),

    ("item", "50", "CHILDREN AND YOUNG PEOPLE'S EMOTIONAL WELLBEING AND MENTAL HEALTH SERVICES"),
    ("para", "Consideration was given to a report from Lindmarsh Integrated Care Board (ICB) and "
             "Lindmarsh Partnership NHS Foundation Trust (LPFT), which provided an update on the "
             "emotional wellbeing and mental health services available to children and young "
             "people in Lindmarsh, including waiting times for the Children and Young People's "
             "Mental Health Service (CAMHS), the Mental Health Support Teams in schools and the "
             "community eating disorders service."),
    ("para", "Joanne Whitby, Associate Director of Mental Health, Learning Disabilities and Autism, "
             "Lindmarsh ICB, and Tom Harker, Service Manager, Children and Young People's Mental "
             "Health Services, LPFT, presented the report. It was reported that referrals to CAMHS "
             "had increased by 23% since 2022/23, that the average wait from referral to first "
             "appointment was 11 weeks, and that 38% of children and young people waited longer "
             "than 18 weeks for the start of treatment. Mental Health Support Teams now covered "
             "62% of pupils in the county and would cover 80% of pupils by 2026 following a "
             "further wave of national funding. The Healthy Minds Lindmarsh service, which was "
             "commissioned by the Council and delivered by LPFT, provided early help for children "
             "and young people with mild to moderate needs, and the current contract for the "
             "service was due to end on 31 March 2026."),
    ("para", "Members discussed the report and the following points were raised:"),
    ("bullet", "A member asked what was being done for children on the waiting list whose mental "
               "health deteriorated while they waited. Mr Harker advised that every referral was "
               "triaged within five working days, that urgent referrals were seen within 24 hours, "
               "and that families were contacted every four weeks while they waited and could "
               "contact the single point of access at any time."),
    ("bullet", "Concern was expressed about the number of children with anxiety who were not "
               "attending school, and the lack of a clear pathway between schools and mental "
               "health services for this group of children. The Executive Director - Children's "
               "Services advised that an attendance and emotional wellbeing pilot was operating in "
               "14 secondary schools and would be evaluated at the end of the summer term."),
    ("bullet", "A member asked whether the Council intended to recommission the Healthy Minds "
               "Lindmarsh service, or to bring it in-house, when the current contract ended. It "
               "was advised that the options were being considered jointly with the ICB, that the "
               "views of children and young people would be gathered through a survey in schools, "
               "and that a report would be brought to the Committee before any decision was made."),
    ("bullet", "In response to a question about staffing, it was confirmed that LPFT had nine "
               "vacancies in its children's mental health teams, and that its use of agency staff "
               "had reduced from 14 to five whole time equivalent posts over the year."),
    ("bullet", "A member asked about the impact of social media on the mental health of young "
               "people. Ms Whitby advised that the Mental Health Support Teams delivered sessions "
               "for parents on online safety and wellbeing, and that a campaign aimed at young "
               "people would be launched in schools in March 2025."),
    ("bullet", "Councillor Mrs Fairweather requested that future reports include waiting times "
               "for each district, as she had been told that waits in the east of the county were "
               "significantly longer. Ms Whitby agreed that this information would be included."),
    ("resolved", None),
    ("para", "That the report on emotional wellbeing and mental health services for children and "
             "young people be noted."),

    ("item", "51", "CHILDREN'S SERVICES - QUARTER 2 PERFORMANCE 2024/25"),
    ("para", "Consideration was given to a report by the Executive Director - Children's Services, "
             "which presented the Quarter 2 performance for 2024/25 for the measures within the "
             "remit of the Committee. Of the 21 measures reported, 14 had achieved or exceeded "
             "their target, three were within tolerance and four had not achieved their target. "
             "The measures which had not achieved target were the percentage of EHC plans issued "
             "within 20 weeks, the number of mainstream foster carer households, the percentage "
             "of care leavers aged 19 to 21 in education, employment or training, and the "
             "percentage of children in care with an up to date dental check."),
    ("para", "During discussion, the following points were raised:"),
    ("bullet", "A member asked why the number of foster carer households had fallen when the "
               "Council had invested in a recruitment campaign. The Assistant Director - "
               "Children's Safeguarding advised that 31 new households had been approved in the "
               "first half of the year, but that 36 households had left, mostly through "
               "retirement or because they had adopted or obtained special guardianship orders "
               "for the children in their care, and that competition from independent fostering "
               "agencies, which were able to offer higher allowances, remained a challenge."),
    ("bullet", "Concern was raised about the percentage of children in care with an up to date "
               "dental check, which had fallen to 71%. It was explained that the shortage of NHS "
               "dental practices accepting new patients in parts of the county was the main "
               "reason, and that the ICB had agreed a dedicated referral route for children in "
               "care with two dental practices from February 2025."),
    ("bullet", "A member asked whether care leavers who were not in education, employment or "
               "training were being offered apprenticeships with the Council. It was confirmed "
               "that apprenticeship opportunities were ring-fenced for care leavers, and that 11 "
               "care leavers had started an apprenticeship with the Council since April 2023."),
    ("bullet", "Councillor R G Yeadon asked how the rate of re-referrals to children's social "
               "care compared with statistical neighbours. The Assistant Director - Children's "
               "Safeguarding undertook to circulate the comparative information to members "
               "after the meeting."),
    ("para", "Following discussion, the Committee noted the performance for Quarter 2 and agreed "
             "that a report on the fostering sufficiency strategy be included in its work "
             "programme."),

    ("item", "52", "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME"),
    ("para", "The Committee considered its work programme for its forthcoming meetings. The Senior "
             "Scrutiny Officer advised that the report on the fostering sufficiency strategy "
             "requested under minute 51 would be scheduled for the meeting on 7 March 2025, "
             "alongside the items already listed for that meeting on school attendance and "
             "exclusions and on the Lindmarsh Safeguarding Children Partnership annual report."),
    ("para", "A member requested that an item on elective home education be considered at a future "
             "meeting, in light of the continued rise in the number of children being educated at "
             "home. It was agreed that this would be added to the work programme for the meeting "
             "on 16 May 2025."),
    ("resolved", None),
    ("para", "That the work programme, as set out in the report, be agreed, subject to the "
             "inclusion of the items referred to above."),
    ("gap", None),
    ("para", "The meeting closed at 12.48 pm."),
]


# ---------------------------------------------------------------------------
# Gold annotation of the minutes
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


CF = "children-and-families"
ED = "Executive Director - Children's Services"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-17",
    "items": [
        {"number": "43", "title": "APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS"},
        {"number": "44", "title": "DECLARATIONS OF MEMBERS' INTEREST"},
        {"number": "45", "title": "MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE "
                                  "SCRUTINY COMMITTEE HELD ON 29 NOVEMBER 2024"},
        {"number": "46", "title": "ANNOUNCEMENTS BY THE CHAIRMAN, EXECUTIVE COUNCILLORS AND "
                                  "CHIEF OFFICERS"},
        {"number": "47", "title": "CHILDREN'S SERVICES BUDGET PROPOSALS 2025/26"},
        {"number": "48", "title": "PROPOSAL TO EXPAND CASTLEBY MEADOWS PRIMARY ACADEMY FROM 420 "
                                  "TO 630 PLACES"},
        {"number": "49", "title": "SPECIAL EDUCATIONAL NEEDS AND DISABILITY (SEND) - TIMELINESS "
                                  "OF EDUCATION, HEALTH AND CARE NEEDS ASSESSMENTS"},
        {"number": "50", "title": "CHILDREN AND YOUNG PEOPLE'S EMOTIONAL WELLBEING AND MENTAL "
                                  "HEALTH SERVICES"},
        {"number": "51", "title": "CHILDREN'S SERVICES - QUARTER 2 PERFORMANCE 2024/25"},
        {"number": "52", "title": "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE WORK PROGRAMME"},
    ],
    "questions": [
        # 46
        q("46", "question", "In response to a question from Councillor Mrs Overton",
          "Councillor Mrs Overton",
          "the full inspection reports would be circulated to members of the Committee",
          None, ["governance", CF]),
        # 47 budget
        q("47", "question", "queried why the home to school transport budget continued to rise",
          None, "the increase was driven by transport for children with special educational needs",
          "Officers", ["finance", CF]),
        q("47", "concern", "Concern was expressed at the size of the cumulative High Needs Block deficit",
          None, "lobbying the Government for a long term national solution",
          ED, ["finance", "governance", CF]),
        q("47", "question", "In response to a question about the proposed saving from the review of business support",
          None, "would be achieved through the deletion of vacant posts",
          None, ["finance", "workforce"]),
        q("47", "question", "asked whether the budget for children in care placements was realistic",
          None, "the budget had been set on the basis of the current number",
          None, ["finance", CF, "subcontracting"]),
        q("47", "comment", "commented that the profits made by some private providers of children's residential care",
          None, "supporting regional work on a placement framework which would limit the profit margins",
          EXEC_CLLR, ["privatisation", "subcontracting", CF]),
        q("47", "question", "Clarification was sought on whether the pay award had been fully funded",
          None, "the budget assumed a pay award of 3% for 2025/26",
          "Officers", ["finance", "workforce"]),
        q("47", "question", "asked about the funding for the expansion of free childcare for working parents",
          None, None, None, ["finance", CF]),
        # 48 school expansion
        q("48", "concern", "residents of Meadow Lane and Orchard Way were very concerned about the existing congestion",
          "Councillor S R Pelham",
          "an updated school travel plan would be required as a condition of the planning permission",
          "Head of School Organisation and Planning", [CF]),
        q("48", "question", "asked why the academy trust had not been asked to contribute to the capital cost",
          None, "the Council had a statutory duty to secure sufficient school places",
          "Officers", ["finance", "governance", CF]),
        q("48", "concern", "Concern was raised about the loss of part of the playing field",
          None, "the area affected was a little used grassed area to the side",
          None, [CF]),
        q("48", "question", "asked whether a contractor had been appointed and whether local firms",
          None, "would be procured through the Council's construction framework",
          None, ["subcontracting"]),
        q("48", "question", "In response to a question on whether the expansion could affect standards at the school",
          None, "the academy had been judged good by Ofsted in 2023",
          "Assistant Director - Education", ["governance", CF]),
        q("48", "request", "requested that details of the number and location of such bases",
          None, "It was agreed that this information would be circulated after the meeting",
          None, [CF]),
        # 49 SEND
        q("49", "concern", "Members expressed concern that performance remained significantly below the national average",
          None, "the additional capacity was now in place and that performance for December 2024",
          "Head of SEND and Inclusion", [CF]),
        q("49", "question", "asked what support was available to families while they waited",
          None, "the SEND Information, Advice and Support Service and the Parent Carer Forum were able",
          None, [CF]),
        q("49", "question", "asked whether the Council was paying a market supplement to attract staff",
          None, "a market supplement had been introduced in April 2024",
          ED, ["workforce", CF]),
        q("49", "question", "It was queried why health advice was being returned late",
          None, "the community paediatric service had experienced long term sickness absence",
          "Dr Raman", ["workforce", "subcontracting", CF]),
        q("49", "question", "asked whether schools would receive additional funding to support pupils",
          "The Parent Governor Representative",
          "schools could apply for top-up funding without an EHC plan",
          "Officers", ["finance", CF]),
        q("49", "comment", "commented that the Committee had heard similar assurances at previous meetings",
          None, None, None, ["governance", CF]),
        # 50 mental health
        q("50", "question", "asked what was being done for children on the waiting list",
          None, "every referral was triaged within five working days",
          "Mr Harker", ["mental-health", CF]),
        q("50", "concern", "Concern was expressed about the number of children with anxiety",
          None, "an attendance and emotional wellbeing pilot was operating in 14 secondary schools",
          ED, ["mental-health", CF]),
        q("50", "question", "asked whether the Council intended to recommission the Healthy Minds Lindmarsh service",
          None, "the options were being considered jointly with the ICB",
          None, ["subcontracting", "privatisation", "patient-and-public-input", "mental-health", CF]),
        q("50", "question", "In response to a question about staffing, it was confirmed that LPFT",
          None, "its use of agency staff had reduced from 14 to five",
          None, ["workforce", "mental-health", CF]),
        q("50", "question", "asked about the impact of social media on the mental health of young people",
          None, "the Mental Health Support Teams delivered sessions for parents on online safety",
          "Ms Whitby", ["mental-health", CF]),
        q("50", "request", "requested that future reports include waiting times for each district",
          "Councillor Mrs Fairweather", "Ms Whitby agreed that this information would be included",
          "Ms Whitby", ["mental-health", CF]),
        # 51 performance
        q("51", "question", "asked why the number of foster carer households had fallen",
          None, "31 new households had been approved in the first half of the year",
          "Assistant Director - Children's Safeguarding", [CF, "privatisation"]),
        q("51", "concern", "Concern was raised about the percentage of children in care",
          None, "the shortage of NHS dental practices accepting new patients in parts of the county",
          None, ["primary-care", CF]),
        q("51", "question", "asked whether care leavers who were not in education, employment or training",
          None, "apprenticeship opportunities were ring-fenced for care leavers",
          None, ["workforce", CF]),
        q("51", "question", "asked how the rate of re-referrals to children's social care compared",
          "Councillor R G Yeadon",
          "undertook to circulate the comparative information to members after the meeting",
          "Assistant Director - Children's Safeguarding", [CF]),
        # 52 work programme
        q("52", "request", "requested that an item on elective home education be considered",
          None, "this would be added to the work programme for the meeting on 16 May 2025",
          None, [CF]),
    ],
    "resolutions": [
        {"item": "45", "text": "held on 29 November 2024 be agreed and signed by the Chairman",
         "outcome": "agreed", "themes": []},
        {"item": "47", "text": "Services for 2025/26, as set out in the report, be supported",
         "outcome": "agreed", "themes": ["finance", CF]},
        {"item": "48", "text": "That the Committee supports the recommendations to the Executive Councillor",
         "outcome": "agreed", "themes": [CF]},
        {"item": "49", "text": "a further update on the timeliness of Education, Health and Care needs assessments",
         "outcome": "agreed", "themes": ["workforce", CF]},
        {"item": "50", "text": "mental health services for children and young people be noted",
         "outcome": "noted", "themes": ["mental-health", CF]},
        {"item": "51", "text": "agreed that a report on the fostering sufficiency strategy be included",
         "outcome": "agreed", "themes": [CF]},
        {"item": "52", "text": "That the work programme, as set out in the report, be agreed",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": (
        [
            {"name": "Councillor J M Ashworth", "role": "Chairman", "attendance": "present"},
            {"name": "Councillor A B Clarke", "role": "Vice-Chairman", "attendance": "present"},
        ]
        + [{"name": f"Councillor {n}", "role": None, "attendance": "present"} for n in (
            "Mrs K D Fairweather", "T R Hallam", "Mrs M J Overton", "P Q Ransome",
            "S J Tindall", "Miss E L Whitlock", "R G Yeadon")]
        + [
            {"name": "Reverend C M Ashdown", "role": "Church Representative", "attendance": "present"},
            {"name": "Mrs E Maddox", "role": "Parent Governor Representative", "attendance": "present"},
            {"name": "Councillor Mrs H L Brackley", "role": EXEC_CLLR, "attendance": "in_attendance"},
            {"name": "Councillor D W Fenwick", "role": "Executive Support Councillor for Children's Services",
             "attendance": "in_attendance"},
            {"name": "Councillor S R Pelham", "role": None, "attendance": "in_attendance"},
            {"name": "Councillor N J Thorley", "role": None, "attendance": "in_attendance"},
        ]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS]
        + [
            {"name": "Councillor Mrs R A Kirkby", "role": None, "attendance": "apologies"},
            {"name": "Councillor L P Strutt", "role": None, "attendance": "apologies"},
            {"name": "Mr G H Denholm", "role": "Parent Governor Representative", "attendance": "apologies"},
        ]
    ),
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Sans", "", 10)
            self.set_y(10)
            self.cell(0, 5, str(self.page_no()), align="R", new_x="LMARGIN", new_y="NEXT")
            if self.page_no() > 1:
                self.set_font("Sans", "B", 11)
                self.cell(0, 5.5, HEADER_1, new_x="LMARGIN", new_y="NEXT")
                self.cell(0, 5.5, HEADER_2, new_x="LMARGIN", new_y="NEXT")
                self.ln(6)
            else:
                self.ln(4)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 22, 9, 14, 0, tzinfo=dt.timezone.utc))
    pdf.set_author("Democratic Services")
    pdf.set_title("Minutes - Children and Young People Scrutiny Committee - 17 January 2025")
    pdf.set_creator("Microsoft Word - ModernGov printed minutes")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    LH = 4.8
    NUM_X, TEXT_X = 18, 33
    TEXT_W = 210 - 18 - TEXT_X
    SIZE = 10

    def para(text, x=TEXT_X, w=TEXT_W, bold=False, gap=3.0):
        pdf.set_font("Sans", "B" if bold else "", SIZE)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for kind, *rest in BLOCKS:
        if kind == "head":
            pdf.set_font("Sans", "B", 12)
            pdf.cell(0, 6.5, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(5)
        elif kind == "plain":
            para(rest[0], x=NUM_X, w=210 - 36)
        elif kind == "plainnogap":
            para(rest[0], x=NUM_X, w=210 - 36, gap=0.5)
        elif kind == "sub":
            para(rest[0], x=NUM_X, w=210 - 36, bold=True, gap=1.5)
        elif kind == "item":
            number, title = rest
            pdf.ln(1.5)
            if pdf.get_y() > 297 - 18 - 22:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Sans", "B", SIZE)
            pdf.set_xy(NUM_X, y)
            pdf.cell(12, LH, number)
            pdf.set_xy(TEXT_X, y)
            pdf.multi_cell(TEXT_W, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "para":
            para(rest[0])
        elif kind == "bullet":
            pdf.set_font("Sans", "", SIZE)
            y = pdf.get_y()
            if y > 297 - 18 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(TEXT_X, y)
            pdf.cell(6, LH, "\u2022")
            pdf.set_xy(TEXT_X + 6, y)
            pdf.multi_cell(TEXT_W - 6, LH, rest[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        elif kind == "resolved":
            para("RESOLVED", bold=True, gap=3.0)
        elif kind == "clause":
            n, text = rest
            pdf.set_font("Sans", "", SIZE)
            y = pdf.get_y()
            pdf.set_xy(TEXT_X, y)
            pdf.cell(8, LH, n)
            pdf.set_xy(TEXT_X + 8, y)
            pdf.multi_cell(TEXT_W - 8, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The report (not minutes): Word, the council's officer report template
# ---------------------------------------------------------------------------

REPORT_TOP = [
    ("Report to:", f"Councillor Mrs H L Brackley, {EXEC_CLLR}"),
    ("Date:", "27 - 31 January 2025"),
    ("Subject:", "Proposal to expand Castleby Meadows Primary Academy from 420 to 630 places"),
    ("Decision Reference:", "I031427"),
    ("Key decision?", "Yes"),
]

CONSULTATION_ROWS = [
    ("How will the school cope with more cars at drop off and pick up times?",
     "The scheme includes 18 additional staff parking spaces so that staff no longer park on "
     "Meadow Lane. An updated school travel plan will be a condition of the planning permission, "
     "and highways officers have proposed an extension of the school keep clear markings and a "
     "20mph limit on Meadow Lane."),
    ("Why can't the children be sent to other schools that have spaces?",
     "The nearest schools with surplus places are more than two miles away for most families in "
     "the new developments, and forecasts show that these places will also be needed by 2027."),
    ("Will the playing field be built on?",
     "A small grassed area to the side of the existing building will be used. The remaining "
     "playing field will exceed the area recommended in Department for Education guidance and "
     "Sport England has not objected."),
    ("Will classes be taught in temporary classrooms while the work takes place?",
     "No. The new block will be built on a separate part of the site and the contractor will "
     "use a separate entrance from Orchard Way."),
    ("Will a bigger school mean larger classes?",
     "No. Class sizes in reception and key stage 1 are limited to 30 by law. The school will "
     "move from two forms of entry to three."),
]


def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    def p(text="", bold=False, size=None, align=None):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            para.alignment = align
        return para

    def numbered(n, text):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Pt(28)
        para.paragraph_format.first_line_indent = Pt(-28)
        para.add_run(f"{n}\t{text}")
        return para

    p("LINDMARSH COUNTY COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p("Open Report on behalf of Rachel Oduya, Executive Director - Children's Services",
      bold=True, size=13)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in REPORT_TOP:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v
    p()

    p("Summary:", bold=True)
    p("This report sets out the outcome of the statutory consultation on a proposal to expand "
      "Castleby Meadows Primary Academy, Meadow Lane, Castleby, from 420 to 630 places with "
      "effect from 1 September 2026, and seeks a decision on whether the expansion should "
      "proceed. The expansion is needed to provide sufficient primary school places for the "
      "families moving into the new housing developments in the north east of Castleby. The "
      "academy and its trust, the Hollins Valley Academy Trust, support the proposal.")
    p("Recommendation(s):", bold=True)
    p("That the Executive Councillor:")
    numbered("1.", "approves the expansion of Castleby Meadows Primary Academy from 420 to 630 "
                   "places with effect from 1 September 2026;")
    numbered("2.", "approves the inclusion of a capital budget of £6.4m for the scheme in the "
                   "Children's Services capital programme, funded from basic need grant and "
                   "developer contributions; and")
    numbered("3.", "delegates to the Executive Director - Children's Services, in consultation "
                   "with the Executive Councillor, authority to determine the final form of, and "
                   "to approve the entering into of, the funding agreement with the Hollins Valley "
                   "Academy Trust and all other legal documentation needed to give effect to the "
                   "decision.")
    p("Alternatives Considered:", bold=True)
    numbered("1.", "Do nothing. This was rejected because there would be a shortfall of 160 "
                   "primary places in the Castleby North planning area by September 2027, and the "
                   "Council would not be meeting its statutory duty to secure sufficient school "
                   "places.")
    numbered("2.", "Expand Ferriby Road Primary School. This was rejected because the site is "
                   "too small for a further expansion and is more than two miles from most of the "
                   "new homes.")
    p("Reasons for Recommendation:", bold=True)
    p("The proposal provides the additional places where they are needed, at a school judged "
      "good by Ofsted, and at a lower cost per place than the alternatives. The majority of "
      "those responding to the consultation supported the proposal, and the concerns raised "
      "about traffic and the playing field can be addressed as described in this report.")

    p("1. Background", bold=True)
    numbered("1.1", "Around 1,850 new homes have been granted planning permission in the north "
                    "east of Castleby, of which 420 had been completed by November 2024. The "
                    "Council's pupil forecasts, which take account of these developments, show "
                    "that demand for primary places in the Castleby North planning area will "
                    "exceed the places available from September 2026, with a shortfall of 160 "
                    "places by September 2027.")
    numbered("1.2", "The proposed scheme is a new two storey teaching block of eight classrooms, "
                    "a studio hall, a specialist resource base for pupils with speech, language and "
                    "communication needs, and 18 additional staff parking spaces.")
    numbered("1.3", "A statutory consultation took place between 4 November and 13 December 2024. "
                    "94 responses were received: 58 supported the proposal, 29 opposed it and 7 "
                    "did not state a view. The questions and issues raised most often, with the "
                    "Council's responses, are summarised below and in full at Appendix A.")
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Question or issue raised"
    ct.rows[0].cells[1].text = "Response"
    for c in ct.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for a, b in CONSULTATION_ROWS:
        row = ct.add_row().cells
        row[0].text = a
        row[1].text = b
    p()
    numbered("1.4", "The Hollins Valley Academy Trust has confirmed that it will meet the cost "
                    "of the furniture and equipment for the new classrooms, and that the academy "
                    "will admit up to 90 pupils in each year group from September 2026.")

    p("2. Legal Issues:", bold=True)
    p("Equality Act 2010", bold=True)
    p("Under section 149 of the Equality Act 2010, the Council must, in the exercise of its "
      "functions, have due regard to the need to eliminate discrimination, advance equality of "
      "opportunity and foster good relations. An Equality Impact Analysis is attached at "
      "Appendix B. No adverse impacts have been identified; the specialist resource base will "
      "have a positive impact on pupils with special educational needs and disabilities.")
    p("Joint Strategic Needs Analysis (JSNA) and the Joint Health and Wellbeing Strategy (JHWS)",
      bold=True)
    p("The Council must have regard to the JSNA and the JHWS in coming to a decision. The "
      "proposal is not considered to have a direct impact on the priorities of the JHWS.")
    p("Crime and Disorder", bold=True)
    p("Under section 17 of the Crime and Disorder Act 1998, the Council must exercise its "
      "various functions with due regard to the likely effect of the exercise of those functions "
      "on, and the need to do all that it reasonably can to prevent, crime and disorder in its "
      "area. The proposal is not considered to have any impact on crime and disorder.")

    p("3. Conclusion", bold=True)
    p("The expansion of Castleby Meadows Primary Academy is the most effective way of meeting "
      "the demand for primary places arising from the new housing in the north east of Castleby. "
      "The Executive Councillor is asked to approve the recommendations.")
    p("4. Legal Comments:", bold=True)
    p("The Council has the power to make the proposed decision. The decision is consistent with "
      "the Policy Framework and within the remit of the Executive Councillor.")
    p("5. Resource Comments:", bold=True)
    p("The estimated cost of £6.4m will be funded from basic need grant of £4.1m and developer "
      "contributions of £2.3m secured under section 106 agreements. There are no revenue "
      "implications for the Council, as the academy will be funded through the national funding "
      "formula for the additional pupils.")
    p("6. Consultation", bold=True)
    consult = doc.add_table(rows=0, cols=2)
    consult.style = "Table Grid"
    for k, v in [
        ("a) Has Local Member Been Consulted?", "Yes"),
        ("b) Has Executive Councillor Been Consulted?", "Yes"),
        ("c) Scrutiny Comments",
         "The decision will be considered by the Children and Young People Scrutiny Committee at "
         "its meeting on 17 January 2025 and the comments of the Committee will be reported to "
         "the Executive Councillor."),
        ("d) Risks and Impact Analysis", "See the Equality Impact Analysis at Appendix B."),
    ]:
        row = consult.add_row().cells
        row[0].text = k
        row[1].text = v
    p()
    p("7. Appendices", bold=True)
    apps = doc.add_table(rows=0, cols=2)
    apps.style = "Table Grid"
    for k, v in [("Appendix A", "Summary of responses to the statutory consultation"),
                 ("Appendix B", "Equality Impact Analysis")]:
        row = apps.add_row().cells
        row[0].text = k
        row[1].text = v
    p()
    p("8. Background Papers", bold=True)
    p("The following background papers as defined in the Local Government Act 1972 were relied "
      "upon in the writing of this report.")
    bp = doc.add_table(rows=1, cols=2)
    bp.style = "Table Grid"
    bp.rows[0].cells[0].text = "Document title"
    bp.rows[0].cells[1].text = "Where the document can be viewed"
    row = bp.add_row().cells
    row[0].text = "School Place Planning Forecasts 2024-2029"
    row[1].text = "School Organisation and Planning, County Offices, Castleby"
    p()
    p("This report was written by Matthew Cresswell, who can be contacted on 01632 960418 or "
      "schoolorganisation@lindmarsh.gov.uk.")

    fixed = dt.datetime(2025, 1, 8, 14, 30, 0)
    cp = doc.core_properties
    cp.author = "Matthew Cresswell"
    cp.last_modified_by = "Matthew Cresswell"
    cp.title = "Proposal to expand Castleby Meadows Primary Academy"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed member dates so the file is byte-for-byte deterministic.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 8, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norms(s: str) -> list[str]:
    s = s.lower()
    a = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s)).strip()
    b = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s)).strip()
    return [a, b]


def check() -> int:
    errors = 0
    for gold_path in sorted(GOLD.glob("ki-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            errors += 1
            continue
        texts = norms(document_text(doc_path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            words = len(norms(ph)[0].split())
            if not 6 <= words <= 15:
                print(f"{gold['document']}: {what} phrase has {words} words: {ph!r}")
                errors += 1
            for t, n in zip(texts, norms(ph)):
                c = t.count(n)
                if c != 1:
                    print(f"{gold['document']}: {what} phrase found {c} times: {ph!r}")
                    errors += 1
                    break
        for att in gold.get("attendees", []):
            name = re.sub(r"^Councillor ", "", att["name"])
            if norms(name)[1] not in texts[1]:
                print(f"{gold['document']}: attendee not found: {att['name']}")
                errors += 1
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"{gold['document']}: unknown item {row['item']}")
                errors += 1
        print(f"{gold['document']}: {len(gold.get('questions', []))} questions, "
              f"{len(gold.get('resolutions', []))} resolutions, "
              f"{len(gold.get('attendees', []))} attendees checked")
    print("OK" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
