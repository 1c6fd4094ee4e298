#!/usr/bin/env python3
"""Build the "le-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_le.py           build documents/le-* and gold/le-*.json
        build_le.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES = "le-dockhurst-hsc-scrutiny-commission-2026-01-14.docx"
REPORT = "le-dockhurst-uec-winter-update-report-2026-01-14.pdf"

FIXED = datetime.datetime(2026, 1, 20, 10, 30, 0, tzinfo=datetime.timezone.utc)
FONTS = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "Health and Social Care Scrutiny Commission"
MEETING_LINE = "Health and Social Care Scrutiny Commission - Wednesday 14 January 2026"

# ---------------------------------------------------------------------------
# The minutes, block by block
# ---------------------------------------------------------------------------
ATTENDANCE = [
    ("PRESENT:", [
        "Councillor Adaeze Okonjo (Chair)",
        "Councillor Tom Pryce-Hallam (Vice-Chair)",
        "Councillor Bethany Coyle",
        "Councillor Margarida Lopes",
        "Councillor Samuel Ofori-Atta",
        "Councillor Hamid Rahimi",
        "Councillor Ruth Beckwith",
    ]),
    ("OTHER MEMBERS PRESENT:", [
        "Councillor Delroy Fairweather, Cabinet Member for Health and Wellbeing",
    ]),
    ("OFFICER AND PARTNER SUPPORT:", [
        "Colin Adebayo-Shaw, Director of Adult Social Care",
        "Dr Lena Fairbairn, Director of Public Health",
        "Marcus Hale, Director of Place (Dockhurst), South Thames Integrated Care Board",
        "Dr Priya Raman, Clinical Lead for Primary Care, Partnership Dockhurst",
        "Joanne Whitlock, Chief Operating Officer, Adelaide and St Osyth's Hospitals NHS Foundation Trust",
        "Nathan Quilliam, Chief Executive, Dockhurst Health Collaborative",
        "Rosa Delacroix, Chief Executive, Healthwatch Dockhurst",
        "Faye Castellane, Scrutiny Officer",
    ]),
]

B = []  # (kind, ...)


def h(num, title):
    B.append(("h", num, title))


def p(text):
    B.append(("p", text))


def bul(text):
    B.append(("bul", text))


def let(mark, text):
    B.append(("let", mark, text))


def res():
    B.append(("res", "RESOLVED:"))


def num(mark, text):
    B.append(("num", mark, text))


h("1.", "APOLOGIES")
p("Apologies for absence were received from Councillor Niamh Gallagher. Councillor Ruth "
  "Beckwith attended as a reserve member.")
p("Apologies for lateness were received from Councillor Samuel Ofori-Atta, who joined the "
  "meeting during item 5.")

h("2.", "NOTIFICATION OF ANY ITEMS OF BUSINESS WHICH THE CHAIR DEEMS URGENT")
p("There were no urgent items of business. The chair advised that a supplementary briefing "
  "from Partnership Dockhurst for item 5 had been circulated to members on Monday 12 January "
  "2026 and was tabled at the meeting.")

h("3.", "DISCLOSURE OF INTERESTS AND DISPENSATIONS")
p("Councillor Margarida Lopes declared a non-pecuniary interest in item 7 as she is a patient "
  "of Lanyard Park Health Centre, one of the practices referred to in the evidence.")
p("Councillor Hamid Rahimi declared that he is employed by an NHS trust outside the borough "
  "which has no contracts with the council.")

h("4.", "MINUTES")
res()
p("That the minutes of the meeting held on 19 November 2025 be approved as a correct record "
  "and signed by the chair.")

h("5.", "URGENT AND EMERGENCY CARE - WINTER 2025-26 UPDATE")
p("The chair welcomed Marcus Hale, Director of Place (Dockhurst), South Thames Integrated Care "
  "Board (ICB), and Joanne Whitlock, Chief Operating Officer, Adelaide and St Osyth's Hospitals "
  "NHS Foundation Trust (ASOH).")
p("Marcus Hale introduced the report and the supplementary briefing. He explained that the "
  "urgent and emergency care system in the borough had been under sustained pressure since "
  "early December, with the highest number of flu admissions at ASOH since the winter of "
  "2017-18 and a rise in norovirus which had closed beds on three wards at St Osyth's Hospital "
  "over the Christmas period. The winter plan agreed by the Partnership Dockhurst board in "
  "October had funded additional virtual ward capacity, an extension of the urgent community "
  "response service to 10pm seven days a week, and a same day emergency care unit at "
  "St Osyth's Hospital which opened on 17 November 2025. NHS 111 was now able to book "
  "patients directly into the urgent treatment centre and into GP practices, and the number "
  "of ambulance handovers taking longer than 45 minutes had fallen compared with the previous "
  "winter.")
p("Joanne Whitlock reported that performance against the four hour standard at the St Osyth's "
  "emergency department had been 71.4% in December 2025, against a national expectation of "
  "78% by March 2026, and that the number of patients in the hospital who no longer met the "
  "criteria to reside had fallen from 88 in July to 61 at the end of December. Temporary "
  "escalation spaces, sometimes described as corridor care, had been used on eleven days in "
  "December and each occasion was reported to the trust board.")
p("Members asked questions about the following:")
bul("The number of patients waiting more than twelve hours in the emergency department. Joanne "
    "Whitlock said that there had been 412 twelve hour waits from time of arrival in December "
    "2025, and that around a third of these were patients waiting for a mental health bed; the "
    "trust was working with South Thames Mental Health NHS Foundation Trust to open a dedicated "
    "mental health assessment space next to the department by April.")
bul("Whether the same day emergency care unit would open at weekends. Members were informed "
    "that it currently opened from 8am to 8pm on weekdays only, and that seven day opening "
    "depended on recruiting two further acute medicine consultants, which the trust expected "
    "to complete in the spring.")
bul("What was being done to stop older residents being discharged late in the evening without "
    "support at home. Colin Adebayo-Shaw, Director of Adult Social Care, said that the joint "
    "discharge team now worked until 8pm, that no one should be discharged to a care home after "
    "6pm, and asked members to pass any cases they were aware of to him directly so that they "
    "could be investigated.")
bul("A member expressed concern that residents of Tallow Green and Ropewalk were still being "
    "advised to attend the emergency department because they could not get a same day "
    "appointment with their GP.")
bul("Flu vaccination rates among health and care staff. Joanne Whitlock said uptake among "
    "frontline staff at ASOH was 43%, slightly lower than the previous year, and that peer "
    "vaccinators were now visiting wards at night and at weekends. Dr Lena Fairbairn, Director "
    "of Public Health, added that uptake among care home staff in the borough was much lower, "
    "at around 21%, and that the council had funded vouchers for staff to be vaccinated at "
    "community pharmacies.")
bul("The cost of the winter schemes and whether they would continue after March 2026. Marcus "
    "Hale said that the schemes cost \u00a33.2 million in total, of which \u00a31.1 million came "
    "from the Better Care Fund, and that a decision on which schemes would be funded on a "
    "recurrent basis would be taken by the Partnership Dockhurst board in February once the "
    "evaluation was complete.")
p("The chair requested that the commission be sent the number of occasions on which temporary "
  "escalation spaces had been used each month this winter, and the twelve hour waits broken "
  "down between mental and physical health.")
res()
num("1.", "That the update on urgent and emergency care over winter 2025-26 be noted.")
num("2.", "That Partnership Dockhurst and ASOH provide monthly figures for the use of temporary "
    "escalation spaces and for twelve hour waits in the emergency department, split between "
    "mental and physical health, for October 2025 to March 2026.")
num("3.", "That an evaluation of the winter schemes be brought to the commission's meeting in "
    "June 2026.")

h("6.", "INTERVIEW WITH THE CABINET MEMBER FOR HEALTH AND WELLBEING")
p("Councillor Delroy Fairweather, Cabinet Member for Health and Wellbeing, attended to respond "
  "to the questions which the commission had submitted in advance of the meeting. The "
  "questions and the written responses were published as a supplementary agenda. The cabinet "
  "member was supported by Colin Adebayo-Shaw, Director of Adult Social Care, and Dr Lena "
  "Fairbairn, Director of Public Health.")
p("In his opening remarks the cabinet member referred to the outcome of the Care Quality "
  "Commission's assessment of the council's adult social care functions, published in "
  "September 2025, which rated the council as Requires Improvement; the improvement plan "
  "agreed by cabinet on 9 December 2025; and the savings of \u00a34.6 million in adult social "
  "care which are proposed in the draft budget for 2026-27. He said that the council was "
  "determined to reach a Good rating at the next assessment and that the improvement plan "
  "had been developed with the Dockhurst Carers Network and the Making It Real board of "
  "people who draw on care.")
p("The commission then asked supplementary questions, which are summarised below.")
p("Councillor Bethany Coyle asked what the council would do differently to reduce the time "
  "residents waited for a Care Act assessment, given that the CQC had found that some people "
  "had waited more than six months. The cabinet member said that the number of people waiting "
  "for an assessment had fallen from 640 in June to 395 at the end of December, and that "
  "twelve additional social worker posts had been funded from reserves for eighteen months. "
  "The Director of Adult Social Care added that the longest waits were now for occupational "
  "therapy assessments, and that a trusted assessor arrangement with ASOH would begin in "
  "February.")
p("Councillor Tom Pryce-Hallam questioned whether the proposed savings in the care packages "
  "budget could be achieved without reducing the support that residents received. The cabinet "
  "member replied that the savings would come from reviewing packages which had not been "
  "reviewed for more than twelve months, from greater use of technology enabled care and from "
  "expanding the reablement service, and that no resident's eligible needs would go unmet. "
  "Councillor Pryce-Hallam said that he remained concerned and requested that the equalities "
  "impact assessment for the proposals be shared with the commission. The cabinet member "
  "agreed that it would be circulated once it had been published with the budget papers.")
p("Councillor Hamid Rahimi sought clarification on the re-procurement of the home care "
  "contracts, which expire in October 2026, and asked whether the council would consider "
  "bringing some or all of the service in-house. The cabinet member said that the council had "
  "paid the London Living Wage through its home care contracts since 2019 and would continue "
  "to do so, and that an options appraisal, including an in-house option, would be reported "
  "to cabinet in the spring. He added that any new arrangements would be designed with care "
  "workers and people who receive home care.")
p("Councillor Margarida Lopes raised concerns about the temporary closure of the Canal Grove "
  "day centre for three months while the roof is replaced, and the effect on family carers "
  "who rely on it. Colin Adebayo-Shaw explained that all 34 people who attend had been offered "
  "places at the Lanyard Park day centre with transport provided, that 29 had accepted, and "
  "that carers had been offered additional respite through the carers' breaks fund.")
p("Councillor Samuel Ofori-Atta asked about the public health grant for 2026-27 and whether "
  "the stop smoking service would be protected. Dr Lena Fairbairn said that the grant would "
  "increase by 5.2% but remained below its 2015-16 level in real terms. The stop smoking "
  "service had received an additional \u00a3310,000 from the national Local Stop Smoking "
  "Services and Support Grant and would be extended to twelve community pharmacies from "
  "April, with a focus on routine and manual workers and on pregnant women.")
p("Councillor Bethany Coyle commented that families placed in temporary accommodation outside "
  "the borough often lost contact with their GP, health visitor and social worker when they "
  "moved, and asked whether there was a protocol between housing and health services to "
  "prevent this. The cabinet member said that he would discuss this with the Cabinet Member "
  "for Housing and provide the commission with a written answer.")
p("The chair thanked the cabinet member and officers for their responses. The commission "
  "agreed to write to the cabinet member setting out the points raised at the meeting, "
  "including the request for the equalities impact assessment on the adult social care "
  "savings proposals.")

h("7.", "REVIEW: ACCESS TO GP AND PRIMARY CARE SERVICES - EVIDENCE SESSION")
p("The chair reminded members that this was the second evidence session of the commission's "
  "review of access to GP and primary care services, the scope of which had been agreed on "
  "10 September 2025. The commission received evidence from:")
bul("Dr Priya Raman, Clinical Lead for Primary Care, Partnership Dockhurst")
bul("Nathan Quilliam, Chief Executive, Dockhurst Health Collaborative (the borough's GP "
    "federation)")
bul("Rosa Delacroix, Chief Executive, Healthwatch Dockhurst")
p("Dr Raman said that the borough's 31 GP practices were organised into six primary care "
  "networks and had provided 1.42 million appointments in 2024-25, 9% more than in 2022-23, "
  "of which around 40% were with clinicians other than GPs, such as clinical pharmacists, "
  "physician associates, paramedics and mental health practitioners employed through the "
  "Additional Roles Reimbursement Scheme. Since October 2025 practices had been required to "
  "keep their online consultation tools open throughout core hours. In her view the main "
  "difficulty was not the total number of appointments but the concentration of demand at "
  "8am, when reception teams could not answer every call.")
p("Nathan Quilliam described the federation's extended access hubs at Lanyard Park and Tallow "
  "Green, which offered evening and Saturday appointments, and said that around 11% of hub "
  "appointments were lost because patients did not attend, often because they had not been "
  "told that the appointment was at a different site.")
p("Rosa Delacroix presented the findings of Healthwatch Dockhurst's survey of 1,180 residents "
  "in summer 2025. Almost half of respondents (47%) said it was difficult to get through to "
  "their practice by telephone, and one in five had been asked to complete an online form "
  "when they did not have internet access or needed help to use it. Residents whose first "
  "language was not English, and people with learning disabilities, reported the poorest "
  "experience.")
p("The following points were raised in discussion:")
let("a)", "Members asked why some practices still told patients to ring back at 8am the next "
    "day. Dr Raman said this was not in line with the GP contract for 2025-26 and that the ICB "
    "would follow up with any practice that members named.")
let("b)", "A member asked how many practices had closed their lists to new patients. This was "
    "not known at the meeting and would be provided in writing.")
let("c)", "Concern was expressed about the growing number of physician associates and whether "
    "patients understood that they were not seeing a doctor. Nathan Quilliam said that all "
    "staff wore badges showing their role, that receptionists were trained to explain who the "
    "patient would see, and that the federation had stopped physician associates from seeing "
    "undiagnosed children under two.")
let("d)", "A member commented that the closure of the Ropewalk branch surgery in 2024 had left "
    "many older residents with a long journey to Lanyard Park, made worse by the reduction in "
    "the 381 bus service.")
let("e)", "Members asked what was being done about NHS dentistry, as residents had reported that "
    "no practice in the borough was accepting new adult NHS patients. Dr Raman explained that "
    "commissioning of dental services had been delegated to the ICB in 2023 and that two "
    "practices in Canal Grove had been commissioned to provide additional urgent dental "
    "sessions from January 2026. She acknowledged that this did not solve the wider problem, "
    "which was the national dental contract.")
let("f)", "Members requested that the review should hear directly from patients, including a "
    "patient participation group, people with learning disabilities and residents who do not "
    "speak English, before it reaches its conclusions.")
res()
num("1.", "That the evidence received be noted.")
num("2.", "That the scrutiny officer arrange a session with patient participation groups and "
    "community organisations before the commission's meeting on 11 March 2026.")
num("3.", "That Partnership Dockhurst provide the number of practices with closed lists, and "
    "telephone answering data by practice, for inclusion in the review.")

h("8.", "SCRUTINY REVIEW: HEALTH AND TEMPORARY ACCOMMODATION - DRAFT REPORT")
p("The chair introduced the draft report and recommendations of the commission's review of "
  "the health of residents living in temporary accommodation, which had been circulated to "
  "members on 7 January 2026. She thanked the residents, officers and partners who had "
  "contributed to the review, and in particular the families at the Ferry Row hostel who had "
  "met members in October.")
p("Members made the following comments on the draft report:")
bul("Recommendation 3, on registering families with a GP when they are placed in temporary "
    "accommodation, should name the cabinet member responsible for reporting back on it.")
bul("The report should include the number of children in temporary accommodation who are not "
    "registered with a GP, if this information is available.")
bul("A member asked that the report refer to damp and mould in the rooms at Ferry Row, which "
    "residents had raised on the visit. The scrutiny officer confirmed that this would be added "
    "to the chapter on housing conditions.")
bul("Members welcomed the recommendation that the council should work with the ICB on a health "
    "assessment offer for households placed in hotels and bed and breakfast accommodation.")
res()
p("That the draft report be agreed, subject to the comments above, and that the chair, in "
  "consultation with the vice-chair, be authorised to agree the final wording before the "
  "report is submitted to the Overview and Scrutiny Committee on 2 February 2026.")

h("9.", "WORK PROGRAMME")
p("Faye Castellane, Scrutiny Officer, introduced the work programme for the remainder of "
  "2025-26. The next meeting on 11 March 2026 will receive the final evidence for the review "
  "of access to GP and primary care services and a report on mental health crisis care, "
  "including the new crisis cafe in Canal Grove.")
p("Councillor Margarida Lopes asked that the item on mental health crisis care should include "
  "the views of people who had used crisis services and their families. The chair agreed and "
  "asked the scrutiny officer to invite Dockhurst Mind and the South Thames Mental Health NHS "
  "Foundation Trust service user council.")
p("Councillor Tom Pryce-Hallam suggested that the commission should look at the "
  "recommissioning of the drug and alcohol treatment service in 2026-27. This would be "
  "considered when the 2026-27 work programme is drawn up.")
res()
p("That the work programme be noted, and that the items proposed at the meeting be added.")

B.append(("end", "The meeting ended at 9.41 pm."))

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2026-01-14",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "NOTIFICATION OF ANY ITEMS OF BUSINESS WHICH THE CHAIR DEEMS URGENT"},
        {"number": "3", "title": "DISCLOSURE OF INTERESTS AND DISPENSATIONS"},
        {"number": "4", "title": "MINUTES"},
        {"number": "5", "title": "URGENT AND EMERGENCY CARE - WINTER 2025-26 UPDATE"},
        {"number": "6", "title": "INTERVIEW WITH THE CABINET MEMBER FOR HEALTH AND WELLBEING"},
        {"number": "7", "title": "REVIEW: ACCESS TO GP AND PRIMARY CARE SERVICES - EVIDENCE SESSION"},
        {"number": "8", "title": "SCRUTINY REVIEW: HEALTH AND TEMPORARY ACCOMMODATION - DRAFT REPORT"},
        {"number": "9", "title": "WORK PROGRAMME"},
    ],
    "questions": [
        # item 5: "Members asked questions about the following:" bullets
        q("5", "question",
          "The number of patients waiting more than twelve hours in the emergency department",
          None, "there had been 412 twelve hour waits from time of arrival",
          "Joanne Whitlock", ["mental-health"]),
        q("5", "question",
          "Whether the same day emergency care unit would open at weekends",
          None, "it currently opened from 8am to 8pm on weekdays only",
          None, ["workforce"]),
        q("5", "question",
          "What was being done to stop older residents being discharged late in the evening",
          None, "the joint discharge team now worked until 8pm",
          "Colin Adebayo-Shaw", ["adult-social-care", "integration"]),
        q("5", "concern",
          "expressed concern that residents of Tallow Green and Ropewalk were still being advised",
          None, None, None, ["primary-care"]),
        q("5", "question",
          "Flu vaccination rates among health and care staff",
          None, "uptake among frontline staff at ASOH was 43%, slightly lower than the previous year",
          "Joanne Whitlock", ["public-health", "workforce"]),
        q("5", "question",
          "The cost of the winter schemes and whether they would continue after March 2026",
          None, "of which \u00a31.1 million came from the Better Care Fund",
          "Marcus Hale", ["finance", "integration"]),
        q("5", "request",
          "requested that the commission be sent the number of occasions on which temporary escalation",
          "The chair", None, None, ["mental-health"]),
        # item 6: cabinet member interview, supplementary questions
        q("6", "question",
          "asked what the council would do differently to reduce the time residents waited",
          "Councillor Bethany Coyle",
          "the number of people waiting for an assessment had fallen from 640",
          "The cabinet member", ["adult-social-care", "governance", "workforce", "finance"]),
        q("6", "question",
          "questioned whether the proposed savings in the care packages budget could be achieved",
          "Councillor Tom Pryce-Hallam",
          "the savings would come from reviewing packages which had not been reviewed",
          "The cabinet member", ["finance", "adult-social-care"]),
        q("6", "request",
          "requested that the equalities impact assessment for the proposals be shared with the commission",
          "Councillor Pryce-Hallam",
          "agreed that it would be circulated once it had been published",
          "The cabinet member", ["finance"]),
        q("6", "question",
          "sought clarification on the re-procurement of the home care contracts",
          "Councillor Hamid Rahimi",
          "an options appraisal, including an in-house option, would be reported to cabinet",
          "The cabinet member",
          ["subcontracting", "privatisation", "adult-social-care", "workforce"]),
        q("6", "concern",
          "raised concerns about the temporary closure of the Canal Grove day centre",
          "Councillor Margarida Lopes",
          "all 34 people who attend had been offered places",
          "Colin Adebayo-Shaw", ["adult-social-care"]),
        q("6", "question",
          "asked about the public health grant for 2026-27 and whether",
          "Councillor Samuel Ofori-Atta",
          "the grant would increase by 5.2% but remained below its 2015-16 level",
          "Dr Lena Fairbairn", ["public-health", "finance", "primary-care"]),
        q("6", "question",
          "families placed in temporary accommodation outside the borough often lost contact with their GP",
          "Councillor Bethany Coyle",
          "he would discuss this with the Cabinet Member for Housing",
          "The cabinet member", ["housing", "primary-care"]),
        # item 7: "The following points were raised in discussion:" a) to f)
        q("7", "question",
          "asked why some practices still told patients to ring back at 8am",
          None, "this was not in line with the GP contract for 2025-26",
          "Dr Raman", ["primary-care"]),
        q("7", "question",
          "asked how many practices had closed their lists to new patients",
          None, "This was not known at the meeting and would be provided in writing",
          None, ["primary-care"]),
        q("7", "concern",
          "Concern was expressed about the growing number of physician associates",
          None, "all staff wore badges showing their role",
          "Nathan Quilliam", ["workforce", "primary-care"]),
        q("7", "comment",
          "the closure of the Ropewalk branch surgery in 2024 had left many older residents",
          None, None, None, ["primary-care"]),
        q("7", "question",
          "asked what was being done about NHS dentistry",
          None,
          "two practices in Canal Grove had been commissioned to provide additional urgent dental sessions",
          "Dr Raman", ["primary-care", "subcontracting"]),
        q("7", "request",
          "requested that the review should hear directly from patients, including a patient participation group",
          None, None, None, ["patient-and-public-input", "primary-care"]),
        # item 8: "Members made the following comments on the draft report:"
        q("8", "comment",
          "should name the cabinet member responsible for reporting back on it",
          None, None, None, ["housing", "primary-care"]),
        q("8", "request",
          "should include the number of children in temporary accommodation who are not registered",
          None, None, None, ["children-and-families", "housing", "primary-care"]),
        q("8", "request",
          "asked that the report refer to damp and mould in the rooms at Ferry Row",
          None, "this would be added to the chapter on housing conditions",
          "The scrutiny officer", ["housing"]),
        q("8", "comment",
          "welcomed the recommendation that the council should work with the ICB",
          None, None, None, ["housing"]),
        # item 9
        q("9", "request",
          "asked that the item on mental health crisis care should include the views",
          "Councillor Margarida Lopes",
          "agreed and asked the scrutiny officer to invite Dockhurst Mind",
          "The chair", ["mental-health", "patient-and-public-input"]),
        q("9", "request",
          "suggested that the commission should look at the recommissioning of the drug and alcohol",
          "Councillor Tom Pryce-Hallam",
          "would be considered when the 2026-27 work programme is drawn up",
          None, ["public-health", "subcontracting"]),
    ],
    "resolutions": [
        {"item": "4", "text": "the minutes of the meeting held on 19 November 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "That the update on urgent and emergency care over winter 2025-26 be noted",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "6", "text": "agreed to write to the cabinet member setting out the points raised",
         "outcome": "agreed", "themes": ["finance", "adult-social-care"]},
        {"item": "7", "text": "That the scrutiny officer arrange a session with patient participation groups",
         "outcome": "agreed", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "8", "text": "That the draft report be agreed, subject to the comments above",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "9", "text": "That the work programme be noted, and that the items proposed",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Adaeze Okonjo", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tom Pryce-Hallam", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Bethany Coyle", "role": None, "attendance": "present"},
        {"name": "Councillor Margarida Lopes", "role": None, "attendance": "present"},
        {"name": "Councillor Samuel Ofori-Atta", "role": None, "attendance": "present"},
        {"name": "Councillor Hamid Rahimi", "role": None, "attendance": "present"},
        {"name": "Councillor Ruth Beckwith", "role": None, "attendance": "present"},
        {"name": "Councillor Niamh Gallagher", "role": None, "attendance": "apologies"},
        {"name": "Councillor Delroy Fairweather", "role": "Cabinet Member for Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Colin Adebayo-Shaw", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Lena Fairbairn", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Marcus Hale",
         "role": "Director of Place (Dockhurst), South Thames Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Dr Priya Raman", "role": "Clinical Lead for Primary Care, Partnership Dockhurst",
         "attendance": "in_attendance"},
        {"name": "Joanne Whitlock",
         "role": "Chief Operating Officer, Adelaide and St Osyth's Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Nathan Quilliam", "role": "Chief Executive, Dockhurst Health Collaborative",
         "attendance": "in_attendance"},
        {"name": "Rosa Delacroix", "role": "Chief Executive, Healthwatch Dockhurst",
         "attendance": "in_attendance"},
        {"name": "Faye Castellane", "role": "Scrutiny Officer", "attendance": "in_attendance"},
    ],
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Word minutes
# ---------------------------------------------------------------------------
def build_minutes(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    lb = doc.styles["List Bullet"]
    lb.font.name = "Arial"
    lb.font.size = Pt(11)

    INDENT = Cm(1.27)

    # footer: page number, then the meeting name and date
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
    r = fp.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    r._r.addnext(fld)
    r2 = fp.add_run("\t" + MEETING_LINE)
    r2.font.size = Pt(9)

    def para(text="", bold=False, indent=None, align=None, size=None, after=None, before=None):
        par = doc.add_paragraph()
        if text:
            run = par.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        if indent is not None:
            par.paragraph_format.left_indent = indent
        if align is not None:
            par.alignment = align
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        if before is not None:
            par.paragraph_format.space_before = Pt(before)
        return par

    para("HEALTH AND SOCIAL CARE SCRUTINY COMMISSION", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, size=13, after=12)
    intro = doc.add_paragraph()
    intro.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = intro.add_run("MINUTES")
    r.bold = True
    intro.add_run(" of the OPEN section of the Health and Social Care Scrutiny Commission held "
                  "on Wednesday 14 January 2026 at 7.00 pm at Ground Floor Meeting Room G02A - "
                  "94 Chandlery Street, London SE1 7QP")
    intro.paragraph_format.space_after = Pt(12)

    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for label, names in ATTENDANCE:
        row = table.add_row()
        c0, c1 = row.cells
        c0.width, c1.width = Cm(5.6), Cm(10.8)
        c0.paragraphs[0].add_run(label).bold = True
        c0.paragraphs[0].paragraph_format.space_after = Pt(0)
        first = True
        for n in names:
            par = c1.paragraphs[0] if first else c1.add_paragraph()
            par.add_run(n)
            par.paragraph_format.space_after = Pt(0)
            first = False
        c1.paragraphs[-1].paragraph_format.space_after = Pt(12)
    # column widths in the grid as well
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(5.6), Cm(10.8))):
        gc.set(qn("w:w"), str(int(w.twips)))

    para("", after=6)

    for blk in B:
        kind = blk[0]
        if kind == "h":
            par = doc.add_paragraph()
            par.paragraph_format.tab_stops.add_tab_stop(INDENT)
            par.paragraph_format.left_indent = INDENT
            par.paragraph_format.first_line_indent = -INDENT
            par.paragraph_format.space_before = Pt(12)
            par.paragraph_format.space_after = Pt(6)
            par.paragraph_format.keep_with_next = True
            run = par.add_run(f"{blk[1]}\t{blk[2]}")
            run.bold = True
        elif kind == "p":
            par = para(blk[1], indent=INDENT)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bul":
            par = doc.add_paragraph(style="List Bullet")
            par.add_run(blk[1])
            par.paragraph_format.left_indent = Cm(1.9)
            par.paragraph_format.first_line_indent = Cm(-0.63)
            par.paragraph_format.space_after = Pt(6)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "let":
            par = doc.add_paragraph()
            par.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
            par.paragraph_format.left_indent = Cm(2.0)
            par.paragraph_format.first_line_indent = Cm(-0.73)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.add_run(f"{blk[1]}\t{blk[2]}")
        elif kind == "res":
            par = para(blk[1], bold=True, indent=INDENT, before=6)
            par.paragraph_format.keep_with_next = True
        elif kind == "num":
            par = doc.add_paragraph()
            par.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
            par.paragraph_format.left_indent = Cm(2.0)
            par.paragraph_format.first_line_indent = Cm(-0.73)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.add_run(f"{blk[1]}\t{blk[2]}")
        elif kind == "end":
            para(blk[1], indent=INDENT, before=12, after=24)
            c = para("CHAIR:", bold=True, after=24)
            d = para("DATED:", bold=True)

    cp = doc.core_properties
    cp.author = "Scrutiny Team"
    cp.last_modified_by = "Scrutiny Team"
    cp.title = "Minutes - Health and Social Care Scrutiny Commission - 14 January 2026"
    cp.created = datetime.datetime(2026, 1, 19, 16, 5, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 10, 30, 0)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    write_zip_deterministic(buf.getvalue(), path)


def write_zip_deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report (not minutes): a council committee report template, PDF
# ---------------------------------------------------------------------------
def build_report(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Urgent and emergency care - winter 2025-26 update")
    pdf.set_author("Dockhurst Council")
    pdf.add_font("DejaVu", "", FONTS + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 44

    def txt(s, size=10, bold=False, h=5.2, after=2.5):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(W, h, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)

    def npara(n, s):
        pdf.set_font("DejaVu", "", 10)
        y = pdf.get_y()
        pdf.cell(10, 5.2, f"{n}.")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(W - 10, 5.2, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)

    def sub(n, mark, s):
        pdf.set_font("DejaVu", "", 10)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 10)
        pdf.cell(8, 5.2, mark)
        pdf.set_xy(pdf.l_margin + 18, y)
        pdf.multi_cell(W - 18, 5.2, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def head(s):
        pdf.ln(1)
        txt(s, size=10.5, bold=True, after=2)

    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(20, 25, 25, 30), line_height=6, first_row_as_headings=False,
                   text_align="LEFT") as t:
        r = t.row()
        r.cell("Item No.\n5.")
        r.cell("Classification:\nOpen")
        r.cell("Date:\n14 January 2026")
        r.cell("Meeting Name:\nHealth and Social Care Scrutiny Commission")
    with pdf.table(col_widths=(30, 70), line_height=6, first_row_as_headings=False,
                   text_align="LEFT") as t:
        for a, b in [("Report title:", "Urgent and emergency care - winter 2025-26 update"),
                     ("Ward(s) or groups affected:", "All"),
                     ("From:", "Director of Place (Dockhurst), South Thames Integrated Care Board")]:
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(5)

    head("RECOMMENDATIONS")
    npara(1, "That the Health and Social Care Scrutiny Commission notes the performance of the "
             "urgent and emergency care system in Dockhurst over winter 2025-26 and the actions "
             "set out in paragraphs 12 to 18 of this report.")
    npara(2, "That the commission considers whether it wishes to receive an evaluation of the "
             "winter schemes at a future meeting, and which measures it would find most useful.")

    head("BACKGROUND INFORMATION")
    npara(3, "Each year Partnership Dockhurst, the borough's place-based partnership within the "
             "South Thames Integrated Care System, agrees a winter plan with the council, "
             "Adelaide and St Osyth's Hospitals NHS Foundation Trust (ASOH), South Thames Mental "
             "Health NHS Foundation Trust, the London Ambulance Service, GP practices and the "
             "voluntary sector. The plan for 2025-26 was agreed by the Partnership Dockhurst "
             "board on 14 October 2025.")
    npara(4, "The commission last considered urgent and emergency care on 12 March 2025, when it "
             "asked to be updated on winter performance, on the number of patients waiting more "
             "than twelve hours in the emergency department and on discharge arrangements for "
             "older residents.")

    head("KEY ISSUES FOR CONSIDERATION")
    txt("Demand and performance", bold=True, after=1.5)
    npara(5, "Attendances at the St Osyth's emergency department and urgent treatment centre "
             "were 6.8% higher in December 2025 than in December 2024. Flu admissions peaked in "
             "the week commencing 15 December, earlier than in recent years.")
    npara(6, "The table below sets out the main measures for the first three months of winter.")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(46, 18, 18, 18), line_height=5.5, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
        for row in [("Measure", "Oct 2025", "Nov 2025", "Dec 2025"),
                    ("Four hour standard (all types)", "74.9%", "73.2%", "71.4%"),
                    ("Twelve hour waits from arrival", "288", "331", "412"),
                    ("Ambulance handovers over 45 minutes", "96", "118", "141"),
                    ("Patients with no criteria to reside (month end)", "72", "66", "61"),
                    ("Days temporary escalation spaces used", "2", "5", "11")]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    npara(7, "Around a third of twelve hour waits in December were for patients waiting for a "
             "mental health bed. These patients often wait in the department for more than a "
             "day, which is distressing for them and affects the flow of other patients.")

    txt("Winter schemes 2025-26", bold=True, after=1.5)
    npara(8, "The winter schemes cost \u00a33.2 million in total. They are funded as follows:")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(52, 18, 30), line_height=5.5, text_align=("LEFT", "RIGHT", "LEFT")) as t:
        for row in [("Scheme", "Cost", "Funding"),
                    ("Same day emergency care unit, St Osyth's", "\u00a31.05m", "ICB winter allocation"),
                    ("Virtual ward expansion (40 additional beds)", "\u00a30.74m", "ICB winter allocation"),
                    ("Urgent community response to 10pm, 7 days", "\u00a30.52m", "Better Care Fund"),
                    ("Joint discharge team to 8pm", "\u00a30.58m", "Better Care Fund"),
                    ("Care home staff flu vouchers and outreach", "\u00a30.09m", "Public health grant"),
                    ("Voluntary sector home from hospital service", "\u00a30.22m", "ICB winter allocation")]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    npara(9, "Schemes funded from the ICB winter allocation end on 31 March 2026. A decision on "
             "which schemes will be funded on a recurrent basis will be taken by the Partnership "
             "Dockhurst board in February 2026 after an evaluation of their impact.")

    txt("Discharge", bold=True, after=1.5)
    npara(10, "The joint discharge team, made up of council social workers, ASOH discharge "
              "coordinators and trusted assessors, now works from 8am to 8pm seven days a week. "
              "Discharges to care homes after 6pm are not permitted except where the care home "
              "and the family agree.")
    npara(11, "The number of people in hospital with no criteria to reside has fallen by 27 since "
              "July. Most of the remaining delays are for people waiting for a package of care "
              "at home in the evening or at weekends, or for a nursing home place.")

    txt("Actions for the rest of winter", bold=True, after=1.5)
    for n, s in [(12, "Open a dedicated mental health assessment space next to the emergency "
                      "department by April 2026, jointly with South Thames Mental Health NHS "
                      "Foundation Trust."),
                 (13, "Recruit two further acute medicine consultants so that the same day "
                      "emergency care unit can open seven days a week."),
                 (14, "Extend NHS 111 direct booking to all 31 GP practices in the borough."),
                 (15, "Continue peer vaccination for ASOH staff and outreach to care homes with the "
                      "lowest flu vaccination uptake."),
                 (16, "Publish ward-level data on emergency department attendances by residents "
                      "to help target primary care capacity."),
                 (17, "Review the home from hospital service with the voluntary sector providers."),
                 (18, "Report the evaluation of the winter schemes to the Partnership Dockhurst "
                      "board and to the Health and Wellbeing Board.")]:
        npara(n, s)

    txt("Questions the commission may wish to consider", bold=True, after=1.5)
    npara(19, "In considering this report, members may wish to ask:")
    for mark, s in [("a)", "Is the additional capacity funded this winter reaching the residents "
                           "who need it most, including those in the south of the borough?"),
                    ("b)", "What more can partners do to reduce the time people in mental health "
                           "crisis spend in the emergency department?"),
                    ("c)", "How will residents be told that NHS 111 can book them into their GP "
                           "practice?"),
                    ("d)", "Which schemes should continue after March 2026, and how will that "
                           "decision be made?")]:
        sub(19, mark, s)

    head("Policy framework implications")
    npara(20, "This report has no direct policy framework implications.")
    head("Community, equalities (including socio-economic) and health impacts")
    npara(21, "Older residents, people with mental health needs and residents of the most "
              "deprived neighbourhoods make the greatest use of urgent and emergency care. The "
              "winter schemes were assessed for their equality impact when the plan was agreed.")
    head("Climate change implications")
    npara(22, "There are no direct climate change implications arising from this report.")
    head("Resource implications")
    npara(23, "There are no resource implications for the council arising from this report. The "
              "council's contribution to the winter schemes is made through the Better Care Fund.")
    head("Legal implications")
    npara(24, "There are no legal implications arising from this report.")
    head("Financial implications")
    npara(25, "The financial position is set out in paragraphs 8 and 9.")
    head("Consultation")
    npara(26, "The winter plan was developed with partners, Healthwatch Dockhurst and the "
              "Dockhurst Carers Network.")

    head("BACKGROUND DOCUMENTS")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(40, 30, 30), line_height=5.5, text_align="LEFT") as t:
        for row in [("Background Papers", "Held At", "Contact"),
                    ("Partnership Dockhurst Winter Plan 2025-26",
                     "94 Chandlery Street, London SE1 7QP", "Sunita Varghese")]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    head("APPENDICES")
    txt("None.", after=3)

    head("AUDIT TRAIL")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(35, 65), line_height=5.5, first_row_as_headings=False,
                   text_align="LEFT") as t:
        for a, b in [("Lead Officer", "Marcus Hale, Director of Place (Dockhurst), South Thames ICB"),
                     ("Report Author", "Sunita Varghese, Head of Urgent Care Commissioning"),
                     ("Version", "Final"),
                     ("Dated", "5 January 2026"),
                     ("Key Decision?", "No")]:
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(3)
    txt("CONSULTATION WITH OTHER OFFICERS / DIRECTORATES / CABINET MEMBER", size=9, bold=True,
        after=1.5)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(50, 25, 25), line_height=5.5, text_align="LEFT") as t:
        for row in [("Officer Title", "Comments Sought", "Comments Included"),
                    ("Assistant Chief Executive, Governance and Assurance", "No", "No"),
                    ("Strategic Director of Resources", "No", "No"),
                    ("Cabinet Member", "No", "No")]:
            r = t.row()
            for c in row:
                r.cell(c)
    with pdf.table(col_widths=(75, 25), line_height=5.5, first_row_as_headings=False,
                   text_align="LEFT") as t:
        r = t.row()
        r.cell("Date final report sent to Constitutional Team")
        r.cell("6 January 2026")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("le-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath}")
            ok = False
            continue
        if gpath.stem != dpath.stem:
            print(f"gold name {gpath.name} does not match {dpath.name}")
            ok = False
        text = " " + norm(doc_text(dpath)) + " "
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                print(f"{gpath.name}: row refers to unknown item {row['item']}")
                ok = False
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = text.count(" " + n + " ")
            raw = text.count(n)
            if count != 1 or raw != 1 or not (6 <= words <= 15):
                print(f"{gpath.name}: {kind} phrase found {count}/{raw} times, {words} words: {ph!r}")
                ok = False
        print(f"{gpath.name}: {len(phrases)} phrases checked, doc_type {g['doc_type']}, "
              f"{len(norm(doc_text(dpath)).split())} words of text")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES, REPORT)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
