#!/usr/bin/env python3
"""Build the "nv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nv.py           build documents/nv-* and gold/nv-*.json
        build_nv.py --check   verify every gold phrase occurs once in its document
"""

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

MINUTES_NAME = "nv-greyhithe-childrens-services-osc-2025-02-11.docx"
REPORT_NAME = "nv-greyhithe-send-update-report-2025-02-11.pdf"

FIXED = dt.datetime(2025, 2, 20, 9, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 2, 20, 9, 30, 0)

COMMITTEE = "Children’s Services Overview and Scrutiny Committee"
CSOSC = "the Children’s Services Overview and Scrutiny Committee"
AD_ES = "The Assistant Director, Education and Skills"
AD_CSC = "The Assistant Director, Children’s Social Care and Early Help"
SL_SEND = "The Strategic Lead, SEND and Inclusion"
EXEC_DIR = "The Executive Director of Children’s Services"
CABINET = "The Cabinet Member for Children’s Services and Education"

# ---------------------------------------------------------------------------------------
# The minutes, as blocks:
#   ("h", number, title)   item heading
#   ("p", text)            body paragraph
#   ("label", text)        bold label (RESOLVED:)
#   ("clause", n, text)    typed numbered clause under a label
# ---------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", [
        "Councillors Joanne Pettifer (Chair), Adeola Bankole (Vice-Chair), Martin Coughlan, "
        "Sharon Keable, Tom Rushbrook, Gurpreet Sahota and Sue Littlechild (substitute for "
        "Councillor Dawn Haverley)",
        "Nicola Drummond, Parent Governor Representative",
    ]),
    ("Apologies:", [
        "Councillors Dawn Haverley and Paul Ashdown",
        "Reverend Canon Michael Furlong, Church of England Representative",
    ]),
    ("In attendance:", [
        "Councillor Neil Gamble, Cabinet Member for Children’s Services and Education",
        "Helen Ravenscroft, Executive Director of Children’s Services",
        "Marcus Oyelaran, Assistant Director, Education and Skills",
        "Claire Devereux, Assistant Director, Children’s Social Care and Early Help",
        "Priya Chaudhary, Strategic Lead, SEND and Inclusion",
        "Gillian Marsh, Principal Social Worker",
        "Daniel Whitlock, Strategic Finance Business Partner",
        "Rhianna Kemp, Participation and Engagement Lead",
        "Ellie-Mae Sutton and Jayden Okonkwo, Greyhithe Youth Cabinet",
        "Grace Whitehouse, Democratic Services Officer",
    ]),
]

OPENING = (
    "Before the start of the Meeting, all present were advised that the meeting was being "
    "live streamed and recorded, with the audio recording to be made available on the "
    "Council’s website."
)

BLOCKS = [
    ("h", "27.", "Minutes"),
    ("p", "The minutes of the Children’s Services Overview and Scrutiny Committee meeting held "
          "on 10 December 2024 were approved as a true and correct record."),
    ("p", "Councillor Rushbrook asked whether the briefing note on elective home education "
          "requested at the last meeting had been circulated. The Democratic Services Officer "
          "confirmed that it had been sent to all Members of the Committee on 21 January 2025."),

    ("h", "28.", "Items of Urgent Business"),
    ("p", "There were no items of urgent business."),

    ("h", "29.", "Declaration of Interests"),
    ("p", "Councillor Keable declared a non-pecuniary interest in agenda item 7, Special "
          "Educational Needs and Disabilities (SEND) Update, as she was a governor at Orsley "
          "Park Primary School."),
    ("p", "Nicola Drummond declared that she was the parent of a child with an Education, "
          "Health and Care Plan."),

    ("h", "30.", "Greyhithe Youth Cabinet Update"),
    ("p", "The Chair welcomed Ellie-Mae and Jayden from the Greyhithe Youth Cabinet to the "
          "meeting. Ellie-Mae presented the update and explained that 4,312 young people aged "
          "11 to 18 had voted in the borough’s Make Your Mark ballot in the autumn term, which "
          "was the highest turnout the Youth Cabinet had achieved. The top three issues chosen "
          "by young people in Greyhithe were mental health, the cost of living and safer "
          "streets, and the Youth Cabinet would run a campaign on each of these over the coming "
          "year. Jayden outlined the work the Youth Cabinet had done with the Community Safety "
          "Partnership on knife crime awareness, including a short film made with pupils from "
          "three secondary schools, and thanked Members for supporting the free bus travel "
          "pilot for young people attending college in Chadfleet."),
    ("p", "Councillor Rushbrook asked how the Youth Cabinet had reached young people who were "
          "not in mainstream school or college. Jayden explained that ballot sessions had been "
          "run at the pupil referral unit, with the youth justice service and at the youth hubs "
          "in Orsley and Purlham, and that over 200 votes had come from these sessions."),
    ("p", "The Vice-Chair stated that she was not surprised that mental health had come top of "
          "the ballot and asked whether young people knew where to go for help. Ellie-Mae "
          "responded that many students did not know what the mental health support teams in "
          "schools did, and that the length of the wait for CAMHS put some young people off "
          "asking for help at all. The Participation and Engagement Lead added that the Youth "
          "Cabinet’s mental health campaign would be launched in secondary schools in March and "
          "would include a directory of support designed by young people."),
    ("p", "Councillor Coughlan commented that the film on knife crime was powerful and should be "
          "shown to every Year 7 pupil in the borough, and that Members should share the ballot "
          "results with residents in their wards."),
    ("p", "Councillor Sahota asked whether the free bus travel pilot would continue after the "
          "summer. The Cabinet Member for Children’s Services and Education stated that funding "
          "for the pilot had been secured until July 2025 and that a decision on its future "
          "would be taken as part of the budget process once the evaluation had been completed."),
    ("label", "RESOLVED:"),
    ("p", "That the Children’s Services Overview and Scrutiny Committee noted the update and "
          "thanked the members of the Greyhithe Youth Cabinet for their work."),

    ("h", "31.", "Fees and Charges Pricing Strategy 2025/26"),
    ("p", "The Strategic Finance Business Partner presented the report, which set out the fees "
          "and charges within the remit of the Committee for 2025/26. He explained that, in line "
          "with the Medium Term Financial Strategy, discretionary charges were proposed to rise "
          "by 5% unless there was a reason to vary this, and that statutory charges would "
          "continue to be set at the level required by legislation. The main changes for "
          "Children’s Services related to day and residential visits to Fernwater Outdoor "
          "Education Centre, the Music Service’s tuition charges and the traded services sold "
          "to schools, such as governor support and the schools HR advisory service. Charges for "
          "the Saturday Music School had been held at the 2024/25 level for a further year. The "
          "full schedule was set out in Appendix 1 to the report and would be considered by "
          "Cabinet on 12 March 2025."),
    ("p", "Councillor Coughlan questioned whether a 5% increase in the charges at Fernwater "
          "Outdoor Education Centre would put off schools in the more deprived parts of the "
          "borough from booking residential trips. The Strategic Finance Business Partner "
          "explained that the charges had been benchmarked against similar centres in "
          "neighbouring authorities and remained below the average, and that schools were able "
          "to use their Pupil Premium to cover the cost of trips for disadvantaged pupils."),
    ("p", "The Chair asked what proportion of the Music Service’s costs was now met from tuition "
          "fees rather than from the Music Hub grant. The Assistant Director, Education and "
          "Skills, stated that he did not have the figure to hand and would circulate it to "
          "Members after the meeting."),
    ("p", "Councillor Sahota raised concern that families on low incomes might stop their "
          "children’s music lessons if charges rose again, and asked whether any help was "
          "available. The Assistant Director, Education and Skills, confirmed that the Music "
          "Service offered a 50% reduction for children eligible for free school meals and free "
          "tuition for children in care and care leavers up to the age of 18, and that take-up "
          "of the reduction had risen over the last year."),
    ("p", "Councillor Keable asked whether the fixed penalty notices issued to parents for "
          "unauthorised absence from school would also rise by 5%. Officers confirmed that the "
          "level of penalty notices was set nationally by the Department for Education and so "
          "did not form part of the Council’s fees and charges."),
    ("p", "The Cabinet Member for Children’s Services and Education added that the Saturday "
          "Music School had been protected from any increase because of its role in widening "
          "access to music for children from every part of the borough, and that Cabinet would "
          "keep the Fernwater charges under review."),
    ("label", "RESOLVED:"),
    ("clause", "1.", "That the Children’s Services Overview and Scrutiny Committee noted the "
                     "revised fees, including those no longer applicable."),
    ("clause", "2.", "That the Children’s Services Overview and Scrutiny Committee commented on "
                     "the proposals currently being considered within the remit of this "
                     "Committee."),

    ("h", "32.", "Special Educational Needs and Disabilities (SEND) Update"),
    ("p", "The Strategic Lead, SEND and Inclusion, presented the report, which updated the "
          "Committee on the delivery of the SEND Strategy 2023-2026 and on the Council’s "
          "preparations for the next Local Area SEND inspection. She highlighted that the number "
          "of children and young people with an Education, Health and Care Plan (EHCP) "
          "maintained by the Council had risen to 2,486, an increase of 14% on the previous "
          "year, and that requests for an EHC needs assessment had risen by 22%. The proportion "
          "of new plans issued within the statutory 20 weeks had fallen from 63% to 41% over the "
          "same period. A new resource base for 16 pupils with autism had opened at Orsley Park "
          "Primary School in September 2024, and a second, at Chadfleet Academy, would open in "
          "September 2025. The report also set out the position of the Dedicated Schools Grant "
          "High Needs Block, which was forecast to overspend by £3.4 million in 2024/25."),
    ("p", "Councillor Keable asked why the timeliness of new plans had fallen so sharply. The "
          "Strategic Lead, SEND and Inclusion, explained that the rise in requests for "
          "assessment had come at a time of a national shortage of educational psychologists, "
          "and that the service currently had three vacant educational psychologist posts which "
          "were being covered by locums. Two further posts had been advertised without success, "
          "and the service was now working with a regional university on a trainee scheme."),
    ("p", "Councillor Rushbrook sought clarification on the size of the deficit on the High Needs "
          "Block and how it would be recovered. The Executive Director of Children’s Services "
          "stated that the cumulative deficit was expected to reach £9.7 million by 31 March "
          "2025, and that the Government had extended the statutory override, which kept the "
          "deficit off the Council’s balance sheet, until March 2028. She stressed that the "
          "override did not remove the deficit and that the Council was continuing to work with "
          "the Department for Education through the Delivering Better Value programme to bring "
          "spending back into line with the grant."),
    ("p", "Nicola Drummond, Parent Governor Representative, expressed concern that parents were "
          "often not told what was happening with their child’s assessment and had to chase the "
          "service for updates, and that some had only found out that a deadline had been "
          "missed when they contacted their councillor. The Strategic Lead, SEND and Inclusion, "
          "acknowledged that communication with families had not been good enough and explained "
          "that since January 2025 each family was given a named case officer at the start of "
          "the assessment, and that an update would be sent by email every fortnight until the "
          "plan was issued. The results of the parent and carer survey, included at Appendix 2 "
          "to the report, would be used to measure whether this had made a difference."),
    ("p", "The Vice-Chair asked how many children with SEND were placed in independent special "
          "schools and what the average cost of a placement was. Officers advised that 148 "
          "children and young people were currently placed in independent or non-maintained "
          "special schools, at an average cost of around £61,000 per place a year, compared "
          "with about £24,000 for a place in one of the borough’s maintained special schools. "
          "The Vice-Chair commented that the independent sector was making a great deal of "
          "money out of the shortage of local places and that the Council should be building "
          "its own provision rather than paying these fees."),
    ("p", "Councillor Sahota commented that the resource base at Orsley Park was welcome but that "
          "families in Purlham and the east of the borough still had to travel a long way for "
          "specialist provision, and asked whether the second resource base would be opened on "
          "time. The Strategic Lead, SEND and Inclusion, confirmed that building work at "
          "Chadfleet Academy had started in January and was on schedule for opening in "
          "September 2025."),
    ("p", "Councillor Coughlan asked when the Local Area SEND inspection was expected and how the "
          "partnership was preparing for it. The Executive Director of Children’s Services "
          "advised that the last inspection had taken place in 2019 and that an inspection was "
          "therefore expected within the next twelve months. The self-evaluation had been "
          "refreshed jointly with the Integrated Care Board and the parent carer forum, and a "
          "mock inspection exercise had been carried out with a neighbouring authority in "
          "November."),
    ("p", "The Chair requested that the refreshed self-evaluation and the updated High Needs "
          "Block recovery plan be brought to the Committee before the inspection."),
    ("label", "RESOLVED:"),
    ("clause", "1.", "That the Children’s Services Overview and Scrutiny Committee noted the "
                     "progress made in delivering the SEND Strategy 2023-2026 and the actions "
                     "being taken to improve the timeliness of EHC needs assessments."),
    ("clause", "2.", "That the SEND self-evaluation and the High Needs Block recovery plan be "
                     "reported to the Committee at its meeting in June 2025."),

    ("h", "33.", "Children’s Services Quarter 3 Performance Report 2024/25"),
    ("p", "The Assistant Director, Children’s Social Care and Early Help, presented the report, "
          "which set out performance against the key performance indicators for Children’s "
          "Services at the end of December 2024. Of the 52 indicators with a target, 41 were on "
          "or above target. The rate of children in care had remained stable at 68 per 10,000 "
          "children, below the average for statistical neighbours, and 91% of care leavers "
          "aged 19 to 21 were in suitable accommodation. Areas off target included the "
          "percentage of re-referrals to children’s social care within 12 months, the number of "
          "children in care placed more than 20 miles from the borough, and the percentage of "
          "care leavers in education, employment or training, which stood at 52%."),
    ("p", "Councillor Coughlan asked why the number of children in care placed more than 20 miles "
          "from Greyhithe had increased. The Assistant Director, Children’s Social Care and "
          "Early Help, explained that there was a national shortage of foster carers and of "
          "children’s homes, and that 14 of the 19 children placed at a distance were in "
          "residential placements with private providers, as there had been no suitable "
          "vacancies closer to the borough. The fostering recruitment campaign launched in "
          "October had so far brought 31 enquiries and six households into assessment."),
    ("p", "The Vice-Chair queried why the percentage of re-referrals within 12 months had risen to "
          "24%, against a target of 20%. The Assistant Director, Children’s Social Care and "
          "Early Help, stated that an audit of re-referrals in October had found that most "
          "related to domestic abuse, and that the Early Help service was now working with the "
          "police on a joint response to domestic abuse notifications involving children."),
    ("p", "Councillor Littlechild asked what was being done to support care leavers who were not "
          "in education, employment or training. The Assistant Director, Children’s Social Care "
          "and Early Help, explained that eight care leavers had started on the Council’s "
          "ring-fenced apprenticeship scheme since September, and that the Leaving Care team "
          "now had a dedicated education and employment adviser funded by the Department for "
          "Work and Pensions."),
    ("label", "RESOLVED:"),
    ("p", "That the Children’s Services Overview and Scrutiny Committee noted and commented on "
          "the performance of the key performance indicators, in particular those areas which "
          "were off target."),

    ("h", "34.", "Children’s Social Care Workforce Update"),
    ("p", "The Assistant Director, Children’s Social Care and Early Help, presented the report, "
          "which set out the progress made since the Committee had last considered the social "
          "care workforce in June 2024. The proportion of social workers employed through "
          "agencies had fallen from 31% in March 2024 to 19% in December 2024, and 22 newly "
          "qualified social workers had joined the Council through the Assessed and Supported "
          "Year in Employment programme. The Council had signed the regional Memorandum of "
          "Cooperation on agency social workers, which capped the hourly rates paid to "
          "agencies, and had introduced retention payments of £2,000 for social workers in the "
          "front door and assessment teams. Average caseloads across the service were 17 "
          "children per social worker."),
    ("p", "Councillor Littlechild queried how much more an agency social worker cost than a "
          "permanent member of staff. The Assistant Director, Children’s Social Care and Early "
          "Help, explained that the difference was around £21,000 a year for each post once "
          "on-costs were taken into account, and that the reduction in agency staff was "
          "expected to save approximately £1.1 million in 2025/26."),
    ("p", "The Chair expressed concern about caseloads in the Assessment and Intervention teams, "
          "which social workers had told her were over 25 children in some cases. The Principal "
          "Social Worker responded that caseloads in those teams had peaked at an average of 23 "
          "in the autumn, when demand at the front door had been unusually high, but had now "
          "come down to 19, and that team managers reviewed caseloads every week and moved "
          "cases where a social worker was over capacity."),
    ("p", "Councillor Sahota asked whether exit interviews were held and what social workers gave "
          "as their reasons for leaving. The Principal Social Worker stated that exit "
          "interviews were offered to everyone who left and that the most common reasons were "
          "the travel time into the borough and higher pay in the neighbouring London boroughs, "
          "although several leavers had said that they would return if the right post came up."),
    ("p", "Councillor Rushbrook asked whether the social work degree apprenticeship could be "
          "opened up to the Council’s own family support workers. The Assistant Director, "
          "Children’s Social Care and Early Help, confirmed that four family support workers had "
          "begun the apprenticeship in September 2024 and that the Council would fund a further "
          "four places from September 2025, subject to the outcome of the budget process."),
    ("p", "Councillor Keable raised concern that the Children with Disabilities team had been led "
          "by a series of interim managers and that some families had had four different social "
          "workers in a year."),
    ("p", "The Cabinet Member for Children’s Services and Education thanked the workforce for "
          "their commitment and stated that stabilising the workforce remained the Cabinet’s "
          "top priority for children’s social care ahead of the inspection of local authority "
          "children’s services expected later in the year."),
    ("label", "RESOLVED:"),
    ("clause", "1.", "That the Children’s Services Overview and Scrutiny Committee noted the "
                     "reduction in the Council’s reliance on agency social workers and the "
                     "actions set out in the Workforce Plan."),
    ("clause", "2.", "That the Committee supported the extension of the social work degree "
                     "apprenticeship to further family support workers from September 2025."),

    ("h", "35.", "Work Programme"),
    ("p", "The Democratic Services Officer presented the work programme for the remainder of the "
          "2024/25 municipal year and invited Members to suggest items for 2025/26."),
    ("p", "Councillor Coughlan requested an item on home to school transport for children with "
          "SEND, as parents in his ward had complained about late pick-ups and changes of driver "
          "at short notice. The Assistant Director, Education and Skills, advised that the "
          "contracts for SEND transport were being retendered and that a report could be brought "
          "to the Committee before the new contracts were awarded in the summer."),
    ("p", "Members agreed that home to school transport and the findings of the Youth Cabinet’s "
          "mental health campaign would be added to the work programme for 2025/26."),
    ("label", "RESOLVED:"),
    ("p", "That the work programme be noted."),
]

CLOSING = [
    "The meeting finished at 9.14 pm",
    "Approved as a true and correct record",
    "CHAIR",
    "DATE",
    "Any queries regarding these Minutes, please contact Democratic Services at "
    "Direct.Democracy@greyhithe.gov.uk",
]

# ---------------------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------------------

CF = "children-and-families"


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
    "meeting_date": "2025-02-11",
    "items": [{"number": b[1].rstrip("."), "title": b[2]} for b in BLOCKS if b[0] == "h"],
    "questions": [
        q("27", "question",
          "asked whether the briefing note on elective home education requested at the last meeting",
          "Councillor Rushbrook",
          "it had been sent to all Members of the Committee on 21 January 2025",
          "The Democratic Services Officer", [CF]),
        q("30", "question",
          "asked how the Youth Cabinet had reached young people who were not in mainstream",
          "Councillor Rushbrook",
          "ballot sessions had been run at the pupil referral unit",
          "Jayden", [CF, "patient-and-public-input"]),
        q("30", "question",
          "asked whether young people knew where to go for help",
          "The Vice-Chair",
          "many students did not know what the mental health support teams in schools did",
          "Ellie-Mae", ["mental-health", CF]),
        q("30", "comment",
          "commented that the film on knife crime was powerful and should be shown",
          "Councillor Coughlan", None, None, [CF]),
        q("30", "question",
          "asked whether the free bus travel pilot would continue after the summer",
          "Councillor Sahota",
          "funding for the pilot had been secured until July 2025",
          "Cabinet Member for Children’s Services and Education", ["finance", CF]),
        q("31", "question",
          "questioned whether a 5% increase in the charges at Fernwater Outdoor Education Centre",
          "Councillor Coughlan",
          "the charges had been benchmarked against similar centres in neighbouring authorities",
          "The Strategic Finance Business Partner", ["finance", CF]),
        q("31", "question",
          "asked what proportion of the Music Service’s costs was now met from tuition fees",
          "The Chair",
          "did not have the figure to hand and would circulate it to Members",
          "The Assistant Director, Education and Skills", ["finance"]),
        q("31", "concern",
          "raised concern that families on low incomes might stop their children’s music lessons",
          "Councillor Sahota",
          "Service offered a 50% reduction for children eligible for free school meals",
          "The Assistant Director, Education and Skills", ["finance", CF]),
        q("31", "question",
          "asked whether the fixed penalty notices issued to parents for unauthorised absence",
          "Councillor Keable",
          "the level of penalty notices was set nationally by the Department for Education",
          "Officers", [CF, "finance"]),
        q("32", "question",
          "asked why the timeliness of new plans had fallen so sharply",
          "Councillor Keable",
          "three vacant educational psychologist posts which were being covered by locums",
          "The Strategic Lead, SEND and Inclusion", [CF, "workforce"]),
        q("32", "question",
          "sought clarification on the size of the deficit on the High Needs Block",
          "Councillor Rushbrook",
          "the cumulative deficit was expected to reach £9.7 million by 31 March 2025",
          "The Executive Director of Children’s Services", ["finance", CF]),
        q("32", "concern",
          "parents were often not told what was happening with their child’s assessment",
          "Nicola Drummond",
          "acknowledged that communication with families had not been good enough",
          "The Strategic Lead, SEND and Inclusion", [CF, "patient-and-public-input"]),
        q("32", "question",
          "asked how many children with SEND were placed in independent special schools",
          "The Vice-Chair",
          "148 children and young people were currently placed in independent or non-maintained",
          "Officers", [CF, "finance"]),
        q("32", "comment",
          "the independent sector was making a great deal of money out of the shortage",
          "The Vice-Chair", None, None, [CF, "finance", "privatisation"]),
        q("32", "question",
          "asked whether the second resource base would be opened on time",
          "Councillor Sahota",
          "building work at Chadfleet Academy had started in January and was on schedule",
          "The Strategic Lead, SEND and Inclusion", [CF]),
        q("32", "question",
          "asked when the Local Area SEND inspection was expected and how the partnership",
          "Councillor Coughlan",
          "an inspection was therefore expected within the next twelve months",
          "The Executive Director of Children’s Services", ["governance", CF]),
        q("32", "request",
          "requested that the refreshed self-evaluation and the updated High Needs Block recovery plan",
          "The Chair", None, None, [CF, "finance", "governance"]),
        q("33", "question",
          "asked why the number of children in care placed more than 20 miles",
          "Councillor Coughlan",
          "there was a national shortage of foster carers and of children’s homes",
          "The Assistant Director, Children’s Social Care and Early Help", [CF]),
        q("33", "question",
          "queried why the percentage of re-referrals within 12 months had risen to 24%",
          "The Vice-Chair",
          "an audit of re-referrals in October had found that most related to domestic abuse",
          "The Assistant Director, Children’s Social Care and Early Help", [CF]),
        q("33", "question",
          "asked what was being done to support care leavers who were not in education",
          "Councillor Littlechild",
          "eight care leavers had started on the Council’s ring-fenced apprenticeship scheme",
          "The Assistant Director, Children’s Social Care and Early Help", [CF]),
        q("34", "question",
          "queried how much more an agency social worker cost than a permanent member of staff",
          "Councillor Littlechild",
          "the difference was around £21,000 a year for each post",
          "The Assistant Director, Children’s Social Care and Early Help", ["workforce", "finance"]),
        q("34", "concern",
          "expressed concern about caseloads in the Assessment and Intervention teams",
          "The Chair",
          "caseloads in those teams had peaked at an average of 23 in the autumn",
          "The Principal Social Worker", ["workforce", CF]),
        q("34", "question",
          "asked whether exit interviews were held and what social workers gave as their reasons",
          "Councillor Sahota",
          "the most common reasons were the travel time into the borough and higher pay",
          "The Principal Social Worker", ["workforce"]),
        q("34", "question",
          "asked whether the social work degree apprenticeship could be opened up to the",
          "Councillor Rushbrook",
          "four family support workers had begun the apprenticeship in September 2024",
          "The Assistant Director, Children’s Social Care and Early Help", ["workforce"]),
        q("34", "concern",
          "the Children with Disabilities team had been led by a series of interim managers",
          "Councillor Keable", None, None, ["workforce", CF]),
        q("35", "request",
          "requested an item on home to school transport for children with SEND",
          "Councillor Coughlan",
          "the contracts for SEND transport were being retendered and that a report could",
          "The Assistant Director, Education and Skills", [CF, "subcontracting"]),
    ],
    "resolutions": [
        r("27", "meeting held on 10 December 2024 were approved as a true and correct record",
          "agreed", []),
        r("30", "noted the update and thanked the members of the Greyhithe Youth Cabinet",
          "noted", [CF]),
        r("31", "noted the revised fees, including those no longer applicable", "noted",
          ["finance"]),
        r("32", "noted the progress made in delivering the SEND Strategy 2023-2026", "agreed",
          [CF]),
        r("33", "noted and commented on the performance of the key performance indicators",
          "noted", [CF]),
        r("34", "noted the reduction in the Council’s reliance on agency social workers",
          "agreed", ["workforce", CF]),
        r("35", "home to school transport and the findings of the Youth Cabinet’s mental health "
                "campaign", "agreed", [CF, "mental-health"]),
        r("35", "That the work programme be noted", "noted", []),
    ],
    "attendees": [
        a("Joanne Pettifer", "Chair", "present"),
        a("Adeola Bankole", "Vice-Chair", "present"),
        a("Martin Coughlan", None, "present"),
        a("Sharon Keable", None, "present"),
        a("Tom Rushbrook", None, "present"),
        a("Gurpreet Sahota", None, "present"),
        a("Sue Littlechild", None, "present"),
        a("Nicola Drummond", "Parent Governor Representative", "present"),
        a("Dawn Haverley", None, "apologies"),
        a("Paul Ashdown", None, "apologies"),
        a("Reverend Canon Michael Furlong", "Church of England Representative", "apologies"),
        a("Councillor Neil Gamble", "Cabinet Member for Children’s Services and Education",
          "in_attendance"),
        a("Helen Ravenscroft", "Executive Director of Children’s Services", "in_attendance"),
        a("Marcus Oyelaran", "Assistant Director, Education and Skills", "in_attendance"),
        a("Claire Devereux", "Assistant Director, Children’s Social Care and Early Help",
          "in_attendance"),
        a("Priya Chaudhary", "Strategic Lead, SEND and Inclusion", "in_attendance"),
        a("Gillian Marsh", "Principal Social Worker", "in_attendance"),
        a("Daniel Whitlock", "Strategic Finance Business Partner", "in_attendance"),
        a("Rhianna Kemp", "Participation and Engagement Lead", "in_attendance"),
        a("Ellie-Mae Sutton", "Greyhithe Youth Cabinet", "in_attendance"),
        a("Jayden Okonkwo", "Greyhithe Youth Cabinet", "in_attendance"),
        a("Grace Whitehouse", "Democratic Services Officer", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Word minutes
# ---------------------------------------------------------------------------------------

def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    indent = Cm(1.75)

    # footer: page number in the centre
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(18)
    run = title.add_run(
        f"Minutes of the Meeting of the {COMMITTEE} held on 11 February 2025 at 7.00 pm")
    run.bold = True
    run.font.size = Pt(14)

    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _no_borders(table)
    for label, lines in ATTENDANCE:
        row = table.add_row()
        c0, c1 = row.cells
        c0.width, c1.width = Cm(3.6), Cm(12.8)
        p = c0.paragraphs[0]
        p.add_run(label).bold = True
        for i, line in enumerate(lines):
            p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
            p.add_run(line)
            p.paragraph_format.space_after = Pt(6 if i == len(lines) - 1 else 0)
        # a spacer paragraph between the rows, as ModernGov templates have
        c1.add_paragraph()

    p = doc.add_paragraph(OPENING)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(12)
    p.runs[0].italic = True

    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = indent
            pf.first_line_indent = -indent
            pf.tab_stops.add_tab_stop(indent)
            pf.space_before = Pt(12)
            pf.space_after = Pt(8)
            pf.keep_with_next = True
            p.add_run(f"{block[1]}\t{block[2]}").bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = indent
            p.paragraph_format.space_after = Pt(10)
        elif kind == "label":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.keep_with_next = True
            p.add_run(block[1]).bold = True
        elif kind == "clause":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = indent + Cm(1.0)
            pf.first_line_indent = -Cm(1.0)
            pf.tab_stops.add_tab_stop(indent + Cm(1.0))
            pf.space_after = Pt(8)
            p.add_run(f"{block[1]}\t{block[2]}")

    doc.add_paragraph()
    for i, line in enumerate(CLOSING):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(12 if i != 1 else 30)
        if i < 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        if line in ("CHAIR", "DATE"):
            run.bold = True
        if i == 4:
            run.italic = True
            run.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = f"Minutes of {COMMITTEE}, 11/02/2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------
# The report (not minutes), PDF in the council's committee report template
# ---------------------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("Executive Summary", [
        ("", "This report updates the Committee on the delivery of the SEND Strategy 2023-2026, "
             "agreed by Cabinet in March 2023, and on the preparations being made by the local "
             "area partnership for the next Local Area SEND inspection by Ofsted and the Care "
             "Quality Commission. It sets out the continued growth in the number of children and "
             "young people with an Education, Health and Care Plan (EHCP), the fall in the "
             "timeliness of new plans, the progress made in creating specialist places within "
             "the borough and the financial position of the Dedicated Schools Grant High Needs "
             "Block. It also summarises the results of the 2024 parent and carer survey."),
    ]),
    ("1. Recommendation(s)", [
        ("1.1", "That the Children’s Services Overview and Scrutiny Committee note the progress "
                "made against the SEND Strategy 2023-2026 set out in Appendix 1."),
        ("1.2", "That the Committee comment on the actions being taken to improve the "
                "timeliness of Education, Health and Care needs assessments."),
    ]),
    ("2. Introduction and Background", [
        ("2.1", "The Children and Families Act 2014 places duties on the Council, working with "
                "the Integrated Care Board, to identify children and young people with special "
                "educational needs and disabilities, to assess their needs and to secure the "
                "provision set out in an EHCP. An EHCP should be issued within 20 weeks of the "
                "request for an assessment."),
        ("2.2", "As at 31 December 2024 the Council maintained 2,486 EHCPs, an increase of 14% "
                "on December 2023. Requests for an EHC needs assessment rose by 22% over the same "
                "period, with the largest growth in requests for children in the early years and "
                "for young people aged 16 to 25."),
        ("2.3", "The local area partnership was last inspected in 2019. Under the current "
                "framework the partnership expects to be inspected during 2025."),
    ]),
    ("3. Issues, Options and Analysis of Options", [
        ("3.1", "Timeliness. The proportion of new EHCPs issued within 20 weeks has fallen from "
                "63% in 2023 to 41% in 2024. The main cause is the availability of educational "
                "psychologists: the service has three vacant posts covered by locum staff. The "
                "following actions are in place: a named case officer for every family from "
                "January 2025; fortnightly updates to families by email; weekly tracking of "
                "every open assessment by the SEND Panel; and a trainee educational psychologist "
                "scheme with a regional university from September 2025."),
        ("3.2", "Specialist places. A 16-place autism resource base opened at Orsley Park "
                "Primary School in September 2024. A second resource base at Chadfleet Academy "
                "will open in September 2025. 148 children and young people are placed in "
                "independent or non-maintained special schools, at an average annual cost of "
                "£61,000 per place."),
        ("3.3", "High Needs Block. The High Needs Block is forecast to overspend by £3.4 million "
                "in 2024/25, giving a cumulative deficit of £9.7 million at 31 March 2025. The "
                "statutory override has been extended to March 2028. The Council continues to "
                "take part in the Department for Education’s Delivering Better Value programme."),
        ("3.4", "What parents and carers told us. 612 parents and carers responded to the 2024 "
                "survey. Asked \u201cDo you know who to contact if you have a question about your "
                "child\u2019s plan?\u201d, 46% answered yes. Asked \u201cWere you kept informed "
                "during the assessment?\u201d, 38% answered yes. Should the Council publish its "
                "monthly timeliness figures on the Local Offer? Parents told us that they would "
                "welcome this, and it will be done from April 2025."),
    ]),
    ("4. Reasons for Recommendation", [
        ("4.1", "To enable the Committee to scrutinise the delivery of the SEND Strategy and "
                "the local area’s readiness for inspection."),
    ]),
    ("5. Consultation (including Overview and Scrutiny, if applicable)", [
        ("5.1", "The SEND Strategy was co-produced with the Greyhithe Parent Carer Forum. The "
                "Forum has been consulted on the actions in section 3.1 and on this report."),
    ]),
    ("6. Impact on corporate policies, priorities, performance and community impact", [
        ("6.1", "The report supports the Council’s priority that every child in Greyhithe "
                "should have the best start in life and be able to achieve their potential."),
    ]),
    ("7. Implications", [
        ("7.1", "Financial. Implications verified by: Daniel Whitlock, Strategic Finance "
                "Business Partner. The financial position of the High Needs Block is set out in "
                "section 3.3. There are no further financial implications arising from this "
                "report."),
        ("7.2", "Legal. Implications verified by: Amrit Sandhu, Principal Solicitor, Children "
                "and Education. The Council must comply with the duties in Part 3 of the "
                "Children and Families Act 2014 and the SEND Code of Practice 2015. Failure to "
                "issue EHCPs within the statutory timescale exposes the Council to complaints to "
                "the Local Government and Social Care Ombudsman and to appeals to the SEND "
                "Tribunal."),
        ("7.3", "Diversity and Equality. Implications verified by: Rebecca Tolhurst, Community "
                "Development and Equalities Manager. The SEND Strategy is intended to improve "
                "outcomes for children with a protected characteristic of disability."),
        ("7.4", "Other implications (where significant) \u2013 i.e. Staff, Health Inequalities, "
                "Sustainability, Crime and Disorder, and Impact on Looked After Children: None."),
    ]),
    ("8. Background papers used in preparing the report", [
        ("", "SEND Strategy 2023-2026 (Cabinet, 8 March 2023)."),
    ]),
    ("9. Appendices to the report", [
        ("", "Appendix 1 \u2013 SEND Strategy Action Plan: Progress Update"),
        ("", "Appendix 2 \u2013 Parent and Carer Survey Results 2024"),
    ]),
]


def build_report(path: Path):
    from fpdf import FPDF

    font_dir = "/usr/share/fonts/truetype/dejavu/"

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 8, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SEND Update")
    pdf.set_author("Greyhithe Council")
    pdf.add_font("Sans", "", font_dir + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", font_dir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    w = pdf.w - 40

    pdf.set_font("Sans", "B", 11)
    pdf.cell(w / 2, 8, "11 February 2025", border=1)
    pdf.cell(w / 2, 8, "ITEM: 7", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 9, COMMITTEE, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(w, 9, "Special Educational Needs and Disabilities (SEND) Update", border=1,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(w / 2, 8, "Wards and communities affected:", border="LTR")
    pdf.cell(w / 2, 8, "Key Decision:", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w / 2, 8, "All", border="LBR")
    pdf.cell(w / 2, 8, "Non-key", border="LBR", new_x="LMARGIN", new_y="NEXT")
    for line in (
        "Report of: Priya Chaudhary, Strategic Lead, SEND and Inclusion",
        "Accountable Assistant Director: Marcus Oyelaran, Assistant Director, Education and "
        "Skills",
        "Accountable Director: Helen Ravenscroft, Executive Director of Children’s Services",
        "This report is Public",
    ):
        pdf.multi_cell(w, 8, line, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    for heading, paras in REPORT_SECTIONS:
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(w, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Sans", "", 10)
        for num, text in paras:
            if num:
                pdf.cell(12, 5.5, num)
                pdf.multi_cell(w - 12, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(w, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)

    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(w, 6, "Report Author:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(w, 6, "Priya Chaudhary\nStrategic Lead, SEND and Inclusion\nEducation and "
                         "Skills", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("nv-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            problems += 1
            continue
        text = normalise(document_text(doc_path))
        if len(text) < 500:
            print(f"{gold['document']}: very little text extracted")
            problems += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(normalise(phrase))
            if count != 1:
                print(f"{gold['document']}: {kind} phrase found {count} times: {phrase!r}")
                problems += 1
            if not 6 <= n_words <= 15:
                print(f"{gold['document']}: {kind} phrase has {n_words} words: {phrase!r}")
                problems += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(HERE)}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
