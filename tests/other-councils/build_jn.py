#!/usr/bin/env python3
"""Build the "jn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jn.py           build documents/jn-* and gold/jn-*.json
        build_jn.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "jn-whitmouth-kembury-hosc-2025-01-15.pdf"
REPORT_NAME = "jn-whitmouth-kembury-hosc-report-home-care-recommissioning.docx"

COMMITTEE = "HEALTH OVERVIEW & SCRUTINY COMMITTEE"
DATE_UPPER = "15 JANUARY 2025"
FIXED = dt.datetime(2025, 1, 22, 9, 30, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------------------
# The minutes.  Block kinds:
#   ("centre", text, size, bold)    centred line on the front page
#   ("att", label, text)            attendance paragraph, label in bold
#   ("part", text)                  "PART ONE"
#   ("item", number, title)         minute number in the left column, title in bold caps
#   ("para", number, text)          numbered paragraph (number in the left column)
#   ("quote", text)                 indented quotation (a question or a reply)
#   ("plain", text)                 unnumbered line at full width
#   ("sign",)                       signature block
# --------------------------------------------------------------------------------------

MINUTES = [
    ("centre", "WHITMOUTH & KEMBURY CITY COUNCIL", 13, True),
    ("centre", "HEALTH OVERVIEW & SCRUTINY COMMITTEE", 13, True),
    ("centre", "4.00pm 15 JANUARY 2025", 11, True),
    ("centre", "COUNCIL CHAMBER, KEMBURY TOWN HALL", 11, True),
    ("centre", "MINUTES", 13, True),
    ("att", "Present:",
     "Councillor Hartnell (Chair); Councillors Quayle (Deputy Chair), Brennan (Opposition "
     "Spokesperson), Fairweather (Group Spokesperson), Adeyemi, Lindqvist, Pemberton, "
     "Sandhu, Tolley and Voss"),
    ("att", "Other Members present:",
     "Dominic Farrant (Healthwatch Whitmouth & Kembury) and Maureen Ellery (Community Works)"),
    ("att", "Also in attendance:",
     "Councillor Gallagher (Cabinet Member for Adult Social Care and Public Health)"),
    ("part", "PART ONE"),

    ("item", "28", "PROCEDURAL BUSINESS"),
    ("para", "28.1",
     "Declarations of substitutes: Cllr Voss was present in substitution for Cllr Crosby. "
     "Apologies were also received from Ruth Ambler (Older People’s Council)."),
    ("para", "28.2",
     "Declarations of interest: Cllr Sandhu declared a personal interest in Item 35 as she is "
     "employed as a practice nurse at a GP surgery in the Kembury area. Cllr Lindqvist "
     "declared a personal interest in Item 34 as a close family member receives home care "
     "arranged by the council. Neither interest was prejudicial and both Members remained in "
     "the meeting for the items."),
    ("para", "28.3",
     "Exclusion of press and public: In accordance with Section 100A of the Local Government "
     "Act 1972 (“the Act”), the committee considered whether the public should be excluded "
     "from the meeting during consideration of any item of business on the grounds that it is "
     "likely in view of the nature of the business to be transacted or the nature of the "
     "proceedings, that if members of the public were present during it, there would be "
     "disclosure to them of confidential or exempt information as defined in Section 100I of "
     "the Act."),
    ("para", "28.4",
     "RESOLVED – That the press and public be not excluded from the meeting."),

    ("item", "29", "MINUTES"),
    ("para", "29.1",
     "RESOLVED – That the minutes of the meeting held on 20 November 2024 be agreed as a "
     "correct record."),

    ("item", "30", "CHAIR’S COMMUNICATIONS"),
    ("para", "30.1", "The Chair gave the following communications:"),
    ("quote",
     "“Happy new year to everyone and welcome to the first meeting of the committee in 2025. "
     "I would like to start by thanking the staff of our hospitals, GP practices, care homes "
     "and home care agencies, many of whom worked through the Christmas and New Year period "
     "under very considerable pressure."),
    ("quote",
     "Members will be aware that NHS Downland & Coast has announced its intention to consult "
     "on the future of the overnight service at the Kembury Road Urgent Treatment Centre. The "
     "ICB has told me that the consultation will not now begin until March, and I have asked "
     "for the proposals to come to this committee before the consultation starts. I will keep "
     "Members informed."),
    ("quote",
     "Finally, I would like to welcome Maureen Ellery, who joins us as the new representative "
     "of Community Works, and to thank her predecessor for his many years of service to the "
     "committee.”"),

    ("item", "31", "PUBLIC INVOLVEMENT"),
    ("para", "31.1", "Petitions: There were none."),
    ("para", "31.2", "Written questions: Graham Tulloch asked the following question:"),
    ("quote",
     "“Ferrybridge Medical Centre has not had a permanent GP since July, and patients are "
     "being told to ring at 8am or go to the walk-in centre. What is the ICB doing to secure "
     "permanent GPs for the practice, and will this committee look into it?”"),
    ("para", "31.3", "The Chair replied:"),
    ("quote",
     "“Thank you for your question, Mr Tulloch. I asked NHS Downland & Coast for a response "
     "and I have been told that the practice has recruited two salaried GPs who will start in "
     "February, and that a long-term locum has been providing four sessions a week since "
     "October. The committee is considering a report on GP access later on this agenda and I "
     "will ask the ICB to say more about Ferrybridge at that point.”"),
    ("para", "31.4", "Mr Tulloch asked the following supplementary question:"),
    ("quote",
     "“Will patients be told directly when the new doctors start, rather than having to find "
     "out from the practice website?”"),
    ("para", "31.5",
     "The Chair said that she would pass this on to the ICB and ask for a written answer to "
     "be sent to Mr Tulloch."),
    ("para", "31.6", "Deputations: There were none."),

    ("item", "32", "MEMBER INVOLVEMENT"),
    ("para", "32.1",
     "Letters: The committee considered a letter from Cllr Pemberton about the temporary "
     "closure of Harbour Ward at the Royal Whitmouth Hospital. Cllr Pemberton asked that the "
     "committee look at the reasons for the closure, which he understood to be a shortage of "
     "nursing staff, and at its effect on older patients waiting to be discharged to care "
     "homes in the Kembury area."),
    ("para", "32.2",
     "The Chair thanked Cllr Pemberton for his letter and said that she had raised the matter "
     "with the Trust, which had agreed to send Members a written briefing before the next "
     "meeting."),
    ("para", "32.3",
     "RESOLVED – That the letter be noted and that the temporary closure of Harbour Ward be "
     "added to the committee’s work programme."),

    ("item", "33", "URGENT AND EMERGENCY CARE: WINTER UPDATE"),
    ("para", "33.1",
     "This item was presented by Sarah Keane, Director of Urgent and Emergency Care, NHS "
     "Downland & Coast; Dr Tom Arkwright, Chief Medical Officer, Whitmouth & Kembury "
     "Hospitals NHS Trust; and Jo Prentice, Assistant Director, Hospital Discharge & "
     "Community Services, Whitmouth & Kembury City Council. The presentation set out "
     "performance across the urgent and emergency care system from October to December 2024; "
     "the measures put in place under the winter plan, including 38 additional escalation "
     "beds at the Royal Whitmouth, an expanded virtual ward with capacity for 90 patients and "
     "a “discharge to assess” hub run jointly by the Trust and the council; and the position "
     "on flu, COVID-19 and RSV, which had peaked earlier than in the previous two winters. "
     "Four-hour performance at the Royal Whitmouth emergency department had been 68.4% in "
     "December against a national target of 78% by March 2025."),
    ("para", "33.2",
     "Cllr Quayle asked how many patients in the Royal Whitmouth were medically fit to leave "
     "but were still in hospital. Ms Prentice told the committee that on the previous Friday "
     "there had been 74 patients who no longer met the criteria to reside, of whom around a "
     "third were waiting for a package of home care, and that the comparable figure a year "
     "earlier had been 112. The joint discharge hub had reduced the average wait for a care "
     "package from nine days to five."),
    ("para", "33.3",
     "In response to a question from Cllr Fairweather about ambulance handover delays, Dr "
     "Arkwright said that the average handover time in December had been 41 minutes against "
     "a standard of 30 minutes, and that the Trust had opened a dedicated ambulance receiving "
     "area staffed by a consultant, two nurses and a healthcare assistant between 10am and "
     "midnight so that crews could be released more quickly. The South Coast Ambulance "
     "Service had reported that hours lost to handover delays had fallen by a quarter since "
     "the area opened."),
    ("para", "33.4",
     "Cllr Adeyemi expressed concern that residents of the eastern estates were going to A&E "
     "because they could not get a GP appointment, and asked what was being done to promote "
     "NHS 111 and the urgent treatment centre at Kembury Road. Ms Keane replied that the "
     "ICB’s winter campaign had been running since November in eight community languages, "
     "including through community pharmacies, and that attendances at the urgent treatment "
     "centre were 12% higher than a year earlier. She accepted that more needed to be done in "
     "the eastern estates and offered to meet ward councillors."),
    ("para", "33.5",
     "Dominic Farrant said that Healthwatch continued to receive reports of older people "
     "being discharged late in the evening without transport home or any follow-up, and "
     "asked whether the Trust monitored discharges after 8pm. Dr Arkwright replied that "
     "discharges after 8pm were monitored daily and had fallen to under 4% of all discharges, "
     "and that he would welcome details of any individual cases so that they could be looked "
     "into."),
    ("para", "33.6",
     "Cllr Brennan asked whether patients were still being cared for in corridors, following "
     "reports in the local press over Christmas. Dr Arkwright said that at times of extreme "
     "pressure patients had been cared for in corridors as a last resort; this was not "
     "acceptable, each instance was reported as a patient safety incident and the Trust board "
     "received a weekly report. There had been no corridor care since 3 January."),
    ("para", "33.7",
     "Cllr Tolley asked how the escalation beds were being staffed and at what cost. Dr "
     "Arkwright said that most shifts were being filled through the Trust’s own staff bank, "
     "but that agency nurses had been needed for around 15% of shifts in December. Ms Keane "
     "added that the cost of the escalation beds was being met from the ICB’s winter funding "
     "allocation and would not fall on the Trust’s core budget."),
    ("para", "33.8",
     "Cllr Sandhu commented that the presentation contained no information on how long people "
     "in mental health crisis were waiting in the emergency department, which she understood "
     "could be more than 24 hours, and asked that this be included in future updates."),
    ("para", "33.9",
     "RESOLVED – That the winter update be noted and that a further update, including "
     "information on waits for people in mental health crisis, be brought to the committee in "
     "June 2025."),

    ("item", "34", "HOME CARE RECOMMISSIONING"),
    ("para", "34.1",
     "This item was introduced by Cllr Gallagher, Cabinet Member for Adult Social Care and "
     "Public Health, and presented by Mark Ellwood, Head of Commissioning & Contracts, Health "
     "& Adult Social Care. The council currently buys around 21,000 hours of home care a week "
     "through a framework of 38 providers, with contracts due to end on 30 September 2025. The "
     "report set out proposals for a new model in which the city would be divided into six "
     "“patches”, each with a lead provider responsible for picking up all new packages of care "
     "in its area, supported by a smaller framework of approved providers for specialist and "
     "overflow work. Consultation with people who draw on care and support, carers, providers "
     "and staff had taken place between September and November 2024 and had received 412 "
     "responses. The report would go to Cabinet on 13 March 2025 and the committee was being "
     "asked for its comments."),
    ("para", "34.2",
     "Cllr Lindqvist asked how the council would make sure that care workers were paid for "
     "the time spent travelling between visits. Mr Ellwood replied that the new specification "
     "would require providers to pay at least the Real Living Wage and to pay for travel "
     "time, and that this would be checked through quarterly contract monitoring and an "
     "annual sample audit of payslips and rotas."),
    ("para", "34.3",
     "Cllr Brennan expressed concern that relying on six lead providers would leave the "
     "council exposed if one of them got into financial difficulty or handed back its "
     "contract, and asked what contingency plans were in place. Mr Ellwood said that each "
     "patch would have a named reserve provider from the framework, that providers’ finances "
     "would be checked at tender stage and every six months, and that the in-house "
     "reablement service could step in for a limited period as a provider of last resort."),
    ("para", "34.4",
     "Cllr Voss asked whether the council had considered bringing home care back in-house "
     "rather than continuing to buy it from private companies. Cllr Gallagher said that the "
     "administration had looked at this closely; an options appraisal had estimated that a "
     "fully in-house service would cost around £4.2m a year more than the proposed model, "
     "mainly because of pension and other on-costs, and this could not be afforded in the "
     "council’s current financial position. The administration was, however, committed to "
     "expanding the in-house reablement service and to learning from councils that had "
     "brought some care back in-house."),
    ("para", "34.5",
     "Cllr Sandhu requested that the full consultation findings be shared with the committee "
     "before the Cabinet decision. Mr Ellwood said that a summary of the findings was at "
     "Appendix 2 to the report and the full consultation report would be circulated to "
     "Members by the end of January."),
    ("para", "34.6",
     "Maureen Ellery commented that small, community-based agencies, several of which "
     "employed care workers who lived in the neighbourhoods they served, were worried that "
     "they would be squeezed out under the patch model and would not have the capacity to bid "
     "to be a lead provider."),
    ("para", "34.7",
     "Cllr Brennan proposed an additional recommendation, seconded by Cllr Pemberton, that the "
     "committee recommend to Cabinet that the number of patches be increased from six to ten "
     "so that smaller local providers could compete to become lead providers. Cllr Gallagher "
     "said that increasing the number of patches would reduce the value of each contract and "
     "the ability of lead providers to cover the harder-to-staff rounds. The amendment was "
     "put to the vote and was lost by 3 votes to 7."),
    ("para", "34.8",
     "RESOLVED – That the committee: (1) notes the proposals for the recommissioning of home "
     "care set out in the report; and (2) recommends to Cabinet that payment of the Real "
     "Living Wage and of travel time be made a condition of the new contracts, and that the "
     "results of contract monitoring be reported to this committee annually."),

    ("item", "35", "GP ACCESS: HEALTHWATCH REPORT AND ICB RESPONSE"),
    ("para", "35.1",
     "This item was presented by Alys Penberthy, Manager, Healthwatch Whitmouth & Kembury, "
     "and Dr Nikhil Rao, Clinical Director for Primary Care, NHS Downland & Coast. Ms "
     "Penberthy summarised the findings of Healthwatch’s survey of 1,406 residents carried "
     "out in the autumn: 46% had found it difficult or very difficult to get through to their "
     "practice by telephone, 31% did not know that they could be seen by a pharmacist, "
     "physiotherapist or paramedic at their practice instead of a GP, and satisfaction was "
     "lowest among people aged over 75 and among people whose first language was not "
     "English. Dr Rao set out the ICB’s response to the report’s nine recommendations, "
     "including the move of all 33 practices in the city to cloud-based telephony with "
     "call-back, the 41 additional clinical posts funded through the Additional Roles "
     "Reimbursement Scheme, and the extension of Pharmacy First."),
    ("para", "35.2",
     "Cllr Fairweather asked whether the new telephone systems had made any difference for "
     "patients. Dr Rao said that the average time to answer at the practices which had moved "
     "to the new systems had fallen from 11 minutes to just under five, and that 30% of "
     "callers now chose the call-back option; however, demand had also risen, and the ICB did "
     "not yet have data for every practice."),
    ("para", "35.3",
     "Cllr Sandhu commented that practices were losing experienced reception staff because of "
     "abuse from patients, and that the role of care navigators was not widely understood. "
     "Dr Rao agreed and said that the ICB had funded training for care navigators in every "
     "practice and would be running a public campaign in the spring to explain the different "
     "roles in general practice."),
    ("para", "35.4",
     "Cllr Adeyemi asked why four pharmacies in the east of the city had cut their opening "
     "hours and whether this had been taken into account in the pharmaceutical needs "
     "assessment. Dr Rao told the committee that pharmacies could reduce their supplementary "
     "hours with three months’ notice and the ICB had no power to prevent this, but that it "
     "monitored access on evenings and at weekends and was satisfied that there was currently "
     "adequate provision."),
    ("para", "35.5",
     "Cllr Quayle raised the difficulty residents were having in finding an NHS dentist taking "
     "on new adult patients. Dr Rao said that dentistry was outside the scope of the report "
     "but that he would ask the ICB’s dental commissioning lead to provide a written "
     "response."),
    ("para", "35.6",
     "The Chair thanked Healthwatch and its volunteers for an excellent piece of work and said "
     "that the report showed the value of listening to patients."),
    ("para", "35.7",
     "RESOLVED – That the committee: (i) notes the Healthwatch report and the ICB’s response; "
     "and (ii) requests a written update from NHS Downland & Coast on Ferrybridge Medical "
     "Centre and on access to NHS dentistry, to be circulated before the April meeting."),

    ("item", "36", "HEALTH OVERVIEW & SCRUTINY COMMITTEE WORK PROGRAMME"),
    ("para", "36.1",
     "Giles Norbury, Scrutiny Officer, introduced the work programme. The April meeting would "
     "consider the ICB’s proposals for the Kembury Road Urgent Treatment Centre, the Director "
     "of Public Health’s annual report and the draft Suicide Prevention Plan."),
    ("para", "36.2",
     "Cllr Tolley suggested that the committee consider holding a joint session with the "
     "People Overview & Scrutiny Committee on the move of young people from children’s to "
     "adult mental health services. The Scrutiny Officer said that he would discuss this with "
     "the chairs of both committees."),
    ("para", "36.3",
     "The committee agreed the work programme, subject to the addition of the items referred "
     "to in minutes 32.3 and 35.7."),
    ("plain", ""),
    ("plain", "The meeting concluded at 7.12pm"),
    ("sign",),
]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview & Scrutiny Committee",
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "28", "title": "PROCEDURAL BUSINESS"},
        {"number": "29", "title": "MINUTES"},
        {"number": "30", "title": "CHAIR’S COMMUNICATIONS"},
        {"number": "31", "title": "PUBLIC INVOLVEMENT"},
        {"number": "32", "title": "MEMBER INVOLVEMENT"},
        {"number": "33", "title": "URGENT AND EMERGENCY CARE: WINTER UPDATE"},
        {"number": "34", "title": "HOME CARE RECOMMISSIONING"},
        {"number": "35", "title": "GP ACCESS: HEALTHWATCH REPORT AND ICB RESPONSE"},
        {"number": "36", "title": "HEALTH OVERVIEW & SCRUTINY COMMITTEE WORK PROGRAMME"},
    ],
    "questions": [
        {"item": "31", "kind": "question",
         "text": "What is the ICB doing to secure permanent GPs for the practice",
         "asked_by": "Graham Tulloch",
         "answer": "the practice has recruited two salaried GPs who will start in February",
         "given_by": "The Chair", "themes": ["primary-care", "workforce"]},
        {"item": "31", "kind": "question",
         "text": "Will patients be told directly when the new doctors start",
         "asked_by": "Mr Tulloch",
         "answer": "she would pass this on to the ICB and ask for a written answer",
         "given_by": "The Chair", "themes": ["primary-care"]},
        {"item": "32", "kind": "request",
         "text": "asked that the committee look at the reasons for the closure",
         "asked_by": "Cllr Pemberton",
         "answer": "said that she had raised the matter with the Trust, which had agreed",
         "given_by": "The Chair", "themes": ["workforce", "adult-social-care"]},
        {"item": "33", "kind": "question",
         "text": "how many patients in the Royal Whitmouth were medically fit to leave",
         "asked_by": "Cllr Quayle",
         "answer": "on the previous Friday there had been 74 patients who no longer met",
         "given_by": "Ms Prentice", "themes": ["adult-social-care"]},
        {"item": "33", "kind": "question",
         "text": "In response to a question from Cllr Fairweather about ambulance handover delays",
         "asked_by": "Cllr Fairweather",
         "answer": "the average handover time in December had been 41 minutes",
         "given_by": "Dr Arkwright", "themes": []},
        {"item": "33", "kind": "concern",
         "text": "expressed concern that residents of the eastern estates were going to A&E",
         "asked_by": "Cllr Adeyemi",
         "answer": "winter campaign had been running since November in eight community languages",
         "given_by": "Ms Keane", "themes": ["primary-care"]},
        {"item": "33", "kind": "question",
         "text": "asked whether the Trust monitored discharges after 8pm",
         "asked_by": "Dominic Farrant",
         "answer": "discharges after 8pm were monitored daily and had fallen to under 4%",
         "given_by": "Dr Arkwright", "themes": ["adult-social-care"]},
        {"item": "33", "kind": "question",
         "text": "asked whether patients were still being cared for in corridors",
         "asked_by": "Cllr Brennan",
         "answer": "each instance was reported as a patient safety incident",
         "given_by": "Dr Arkwright", "themes": []},
        {"item": "33", "kind": "question",
         "text": "asked how the escalation beds were being staffed and at what cost",
         "asked_by": "Cllr Tolley",
         "answer": "agency nurses had been needed for around 15% of shifts in December",
         "given_by": "Dr Arkwright", "themes": ["workforce", "finance"]},
        {"item": "33", "kind": "request",
         "text": "in mental health crisis were waiting in the emergency department",
         "asked_by": "Cllr Sandhu",
         "answer": None,
         "given_by": None, "themes": ["mental-health"]},
        {"item": "34", "kind": "question",
         "text": "care workers were paid for the time spent travelling between visits",
         "asked_by": "Cllr Lindqvist",
         "answer": "the new specification would require providers to pay at least the Real Living Wage",
         "given_by": "Mr Ellwood",
         "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "34", "kind": "concern",
         "text": "relying on six lead providers would leave the council exposed",
         "asked_by": "Cllr Brennan",
         "answer": "each patch would have a named reserve provider from the framework",
         "given_by": "Mr Ellwood",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "34", "kind": "question",
         "text": "bringing home care back in-house rather than continuing to buy it from private companies",
         "asked_by": "Cllr Voss",
         "answer": "an options appraisal had estimated that a fully in-house service would cost",
         "given_by": "Cllr Gallagher",
         "themes": ["adult-social-care", "privatisation", "finance"]},
        {"item": "34", "kind": "request",
         "text": "requested that the full consultation findings be shared with the committee",
         "asked_by": "Cllr Sandhu",
         "answer": "the full consultation report would be circulated to Members by the end of January",
         "given_by": "Mr Ellwood",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "34", "kind": "comment",
         "text": "were worried that they would be squeezed out under the patch model",
         "asked_by": "Maureen Ellery",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "35", "kind": "question",
         "text": "asked whether the new telephone systems had made any difference for patients",
         "asked_by": "Cllr Fairweather",
         "answer": "had fallen from 11 minutes to just under five",
         "given_by": "Dr Rao", "themes": ["primary-care"]},
        {"item": "35", "kind": "comment",
         "text": "practices were losing experienced reception staff because of abuse from patients",
         "asked_by": "Cllr Sandhu",
         "answer": "the ICB had funded training for care navigators in every practice",
         "given_by": "Dr Rao", "themes": ["primary-care", "workforce"]},
        {"item": "35", "kind": "question",
         "text": "asked why four pharmacies in the east of the city had cut their opening hours",
         "asked_by": "Cllr Adeyemi",
         "answer": "pharmacies could reduce their supplementary hours with three months’ notice",
         "given_by": "Dr Rao", "themes": ["primary-care"]},
        {"item": "35", "kind": "concern",
         "text": "the difficulty residents were having in finding an NHS dentist taking on new",
         "asked_by": "Cllr Quayle",
         "answer": "he would ask the ICB’s dental commissioning lead to provide a written response",
         "given_by": "Dr Rao", "themes": ["primary-care"]},
        {"item": "36", "kind": "request",
         "text": "holding a joint session with the People Overview & Scrutiny Committee",
         "asked_by": "Cllr Tolley",
         "answer": "he would discuss this with the chairs of both committees",
         "given_by": "The Scrutiny Officer",
         "themes": ["mental-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "28", "text": "That the press and public be not excluded from the meeting",
         "outcome": "other", "themes": ["governance"]},
        {"item": "29",
         "text": "minutes of the meeting held on 20 November 2024 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "32",
         "text": "the temporary closure of Harbour Ward be added to the committee’s work programme",
         "outcome": "agreed", "themes": []},
        {"item": "33",
         "text": "That the winter update be noted and that a further update",
         "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "34",
         "text": "The amendment was put to the vote and was lost by 3 votes to 7",
         "outcome": "rejected", "themes": []},
        {"item": "34",
         "text": "notes the proposals for the recommissioning of home care set out in the report",
         "outcome": "recommended",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "35",
         "text": "notes the Healthwatch report and the ICB’s response",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "36",
         "text": "The committee agreed the work programme, subject to the addition of the items",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Hartnell", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Quayle", "role": "Deputy Chair", "attendance": "present"},
        {"name": "Councillor Brennan", "role": "Opposition Spokesperson", "attendance": "present"},
        {"name": "Councillor Fairweather", "role": "Group Spokesperson", "attendance": "present"},
        {"name": "Councillor Adeyemi", "role": None, "attendance": "present"},
        {"name": "Councillor Lindqvist", "role": None, "attendance": "present"},
        {"name": "Councillor Pemberton", "role": None, "attendance": "present"},
        {"name": "Councillor Sandhu", "role": None, "attendance": "present"},
        {"name": "Councillor Tolley", "role": None, "attendance": "present"},
        {"name": "Councillor Voss", "role": None, "attendance": "present"},
        {"name": "Dominic Farrant", "role": "Healthwatch Whitmouth & Kembury",
         "attendance": "present"},
        {"name": "Maureen Ellery", "role": "Community Works", "attendance": "present"},
        {"name": "Councillor Gallagher",
         "role": "Cabinet Member for Adult Social Care and Public Health",
         "attendance": "in_attendance"},
        {"name": "Cllr Crosby", "role": None, "attendance": "apologies"},
        {"name": "Ruth Ambler", "role": "Older People’s Council", "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            lm = self.l_margin
            self.set_left_margin(20)
            self.set_xy(20, 10)
            self.set_font("Sans", "B", 8)
            self.cell(85, 5, COMMITTEE, align="L")
            self.cell(85, 5, DATE_UPPER, align="R")
            self.set_left_margin(lm)
            self.set_xy(lm, 22)

        def footer(self):
            self.set_y(-14)
            lm = self.l_margin
            self.set_left_margin(20)
            self.set_x(20)
            self.set_font("Sans", "", 9)
            self.cell(170, 5, str(self.page_no()), align="C")
            self.set_left_margin(lm)

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Overview & Scrutiny Committee - 15 January 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 5.0
    num_x, text_x = 20, 36

    for block in MINUTES:
        kind = block[0]
        pdf.set_left_margin(20)
        if kind == "centre":
            _, text, size, bold = block
            pdf.set_font("Sans", "B" if bold else "", size)
            pdf.set_x(20)
            pdf.cell(170, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2 if text != "MINUTES" else 6)
        elif kind == "att":
            _, label, text = block
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            pdf.multi_cell(170, lh, f"**{label}** {text}", markdown=True, align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "part":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(20)
            pdf.cell(170, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "item":
            _, num, title = block
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(num_x, y)
            pdf.cell(14, lh, num)
            pdf.set_left_margin(text_x)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(190 - text_x, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "para":
            _, num, text = block
            pdf.set_font("Sans", "", 10)
            if pdf.get_y() > 268:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(num_x, y)
            pdf.cell(14, lh, num)
            pdf.set_left_margin(text_x)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(190 - text_x, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "quote":
            pdf.set_font("Sans", "", 10)
            pdf.set_left_margin(text_x + 8)
            pdf.set_x(text_x + 8)
            pdf.multi_cell(190 - text_x - 16, lh, block[1], align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "plain":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            pdf.multi_cell(170, lh, block[1] or " ", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sign":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(10)
            pdf.set_font("Sans", "", 10)
            pdf.set_x(20)
            pdf.cell(20, lh, "Signed")
            pdf.cell(90, lh, "")
            pdf.cell(40, lh, "Chair", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(12)
            pdf.set_x(20)
            pdf.cell(30, lh, "Dated this")
            pdf.cell(60, lh, "")
            pdf.cell(40, lh, "day of", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(20)
    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------------------
# Word report (not minutes)
# --------------------------------------------------------------------------------------

REPORT_BODY = [
    ("h", "1.", "PURPOSE OF REPORT AND POLICY CONTEXT"),
    ("p", "1.1",
     "This report sets out proposals for the recommissioning of home care (domiciliary care) "
     "services for adults in Whitmouth & Kembury from 1 October 2025, when the current "
     "framework agreement comes to an end. It asks the Health Overview & Scrutiny Committee "
     "to comment on the proposals before they are considered by Cabinet on 13 March 2025."),
    ("p", "1.2",
     "The proposals support the council’s commitment in the Council Plan 2023–2027 to help "
     "people to live independently in their own homes for as long as possible, and the "
     "Adult Social Care Strategy “Living Well at Home”."),
    ("h", "2.", "RECOMMENDATIONS"),
    ("p", "2.1",
     "That the committee notes the proposed model for home care set out in section 3 and the "
     "findings of the consultation at Appendix 2."),
    ("p", "2.2",
     "That the committee agrees any comments or recommendations it wishes to make to Cabinet "
     "on the proposals."),
    ("h", "3.", "CONTEXT AND BACKGROUND INFORMATION"),
    ("p", "3.1",
     "The council currently purchases around 21,000 hours of home care each week for "
     "approximately 1,650 people. Care is bought through a framework of 38 providers, "
     "established in 2019 and extended twice. Around 14% of new packages are not picked up "
     "within seven days, and waits are longest in the east of the city and on the Kembury "
     "hillside estates."),
    ("p", "3.2",
     "Under the proposed model the city would be divided into six patches based on primary "
     "care network boundaries. A lead provider in each patch would be required to accept all "
     "new packages of care in its area, with a smaller framework of approved providers for "
     "specialist packages (for example, for people with complex dementia) and for overflow "
     "work. Each patch would also have a named reserve provider."),
    ("p", "3.3",
     "Providers would be required to pay care workers at least the Real Living Wage, to pay "
     "for travel time between visits, and to offer guaranteed hours to staff who want them."),
    ("h", "4.", "ANALYSIS AND CONSIDERATION OF ALTERNATIVE OPTIONS"),
    ("p", "4.1",
     "Option 1 – re-tender the existing framework on the same terms. This is not recommended "
     "because it would not address the delays in picking up packages of care."),
    ("p", "4.2",
     "Option 2 – bring home care into a council-run service. An options appraisal estimated "
     "that this would cost around £4.2m a year more than Option 3. It is not recommended at "
     "this time, but the in-house reablement service will be expanded."),
    ("p", "4.3",
     "Option 3 – a patch-based model with lead providers (recommended)."),
    ("h", "5.", "COMMUNITY ENGAGEMENT AND CONSULTATION"),
    ("p", "5.1",
     "Consultation ran from 16 September to 24 November 2024 and received 412 responses. The "
     "questions asked included:"),
    ("bullet", "Question 2: How important is it to you to have the same care workers visit "
     "you each time?"),
    ("bullet", "Question 4: Do you agree that one lead provider should be responsible for "
     "each area of the city?"),
    ("bullet", "Question 7: What should we do if a provider cannot cover a visit?"),
    ("p", "5.2", "A summary of what people told us and how we have responded is below."),
    ("table", [
        ("You told us", "How we have responded"),
        ("Care workers are rushed and do not have time to talk.",
         "Visits of less than 30 minutes will only be used for specific tasks such as "
         "medication prompts."),
        ("Small local agencies know their communities.",
         "Approved providers will be able to work alongside lead providers, and we will run "
         "market engagement sessions for small agencies in February."),
        ("Will I have to change my care agency?",
         "No one will be required to change provider on 1 October 2025; changes will only be "
         "made when a package is reviewed."),
    ]),
    ("h", "6.", "CONCLUSION"),
    ("p", "6.1",
     "The patch-based model is expected to reduce waiting times for home care, improve "
     "continuity of care and make better use of care workers’ time."),
    ("h", "7.", "FINANCIAL IMPLICATIONS"),
    ("p", "7.1",
     "The 2024/25 budget for home care is £27.6m. The proposed model, including the Real "
     "Living Wage and payment for travel time, is estimated to cost an additional £1.1m a "
     "year, which has been included in the Medium Term Financial Strategy."),
    ("p", "", "Name of finance officer consulted: Helen Cartwright   Date consulted: 20/12/24"),
    ("h", "8.", "LEGAL IMPLICATIONS"),
    ("p", "8.1",
     "The Health Care Services (Provider Selection Regime) Regulations 2023 do not apply to "
     "social care. The procurement will be carried out under the light touch regime of the "
     "Procurement Act 2023, and the council has the power to enter into the contracts under "
     "the Care Act 2014."),
    ("p", "", "Name of lawyer consulted: Oliver Baines   Date consulted: 18/12/24"),
    ("h", "9.", "EQUALITIES IMPLICATIONS"),
    ("p", "9.1",
     "An Equality Impact Assessment has been completed and is available on request."),
    ("h", "", "SUPPORTING DOCUMENTATION"),
    ("p", "", "Appendices:"),
    ("p", "", "1. Map of proposed home care patches"),
    ("p", "", "2. Summary of consultation findings"),
]


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps and order so that output is stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.created = dt.datetime(2025, 1, 7, 12, 0, 0)
    cp.modified = dt.datetime(2025, 1, 7, 12, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.author = "Mark Ellwood"
    cp.title = "Home Care Recommissioning"
    cp.revision = 3

    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for sec in doc.sections:
        sec.left_margin = Cm(2.2)
        sec.right_margin = Cm(2.2)

    top = doc.add_table(rows=1, cols=2)
    top.rows[0].cells[0].text = "HEALTH OVERVIEW & SCRUTINY COMMITTEE"
    top.rows[0].cells[1].text = "Agenda Item 34"
    top.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c in top.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Whitmouth & Kembury City Council")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    box = doc.add_table(rows=0, cols=2)
    box.style = "Table Grid"
    for label, value in [
        ("Subject:", "Home Care Recommissioning"),
        ("Date of meeting:", "15 January 2025"),
        ("Report of:", "Executive Director, Health & Adult Social Care"),
        ("Contact Officer:", "Name: Mark Ellwood   Tel: 01632 290417\n"
                             "Email: mark.ellwood@whitmouth-kembury.gov.uk"),
        ("Ward(s) affected:", "All"),
    ]:
        row = box.add_row().cells
        row[0].text = label
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = value
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("FOR GENERAL RELEASE").bold = True

    for kind, *rest in REPORT_BODY:
        if kind == "h":
            num, text = rest
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            run = p.add_run(f"{num}\t{text}" if num else text)
            run.bold = True
        elif kind == "p":
            num, text = rest
            p = doc.add_paragraph()
            if num:
                p.paragraph_format.left_indent = Cm(1.25)
                p.paragraph_format.first_line_indent = Cm(-1.25)
                p.add_run(f"{num}\t{text}")
            else:
                p.paragraph_format.left_indent = Cm(1.25)
                p.add_run(text)
        elif kind == "bullet":
            p = doc.add_paragraph(rest[0], style="List Bullet")
            p.paragraph_format.left_indent = Cm(1.9)
        elif kind == "table":
            rows = rest[0]
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for i, (a, b) in enumerate(rows):
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = b
                if i == 0:
                    for c in cells:
                        c.paragraphs[0].runs[0].bold = True
            doc.add_paragraph()

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


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
    for gold_path in sorted(GOLD.glob("jn-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = norm(doc_text(doc))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {gold_path.name}: {kind} found {n}x, {words} words: {ph!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
