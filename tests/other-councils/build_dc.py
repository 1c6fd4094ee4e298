#!/usr/bin/env python3
"""Build the "dc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dc.py           build documents/dc-* and gold/dc-*.json
        build_dc.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED_DATE = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: district council panel minutes, PDF
# ---------------------------------------------------------------------------
PDF_NAME = "dc-thornbridge-wellbeing-health-osp-2025-03-11.pdf"
COUNCIL1 = "Thornbridge District Council"
COMMITTEE1 = "Wellbeing and Health Overview and Scrutiny Panel"

# blocks: ("title", text) | ("para", text) | ("item", number, title) | ("res", text)
PDF_BLOCKS = [
    ("title", "THORNBRIDGE DISTRICT COUNCIL"),
    ("subtitle", "Minutes of a meeting of the Wellbeing and Health Overview and Scrutiny Panel held in the "
                 "Council Chamber, Thornbridge House, Market Street, Thornbridge on Tuesday 11 March 2025 "
                 "at 6.30 pm"),
    ("para", "Present: Cllrs M. Ashworth (Chair), P. Dunmore (Vice-Chair), N. Bellamy (substitute), "
             "K. Begum, R. Fairclough, J. Halloran, S. Okafor and T. Whitcombe."),
    ("para", "In attendance: Cllr L. Penrose (Portfolio Holder for Communities and Wellbeing), "
             "Ms H. Carradine (Head of Housing, Community Wellbeing and Private Sector Renewal), "
             "Mr D. Yeoman (Strategic Lead – Environmental Health, Licensing and Leisure Contracts), "
             "Dr A. Mistry (Associate Director of Place Partnerships, Wessex Vale Integrated Care Board) "
             "and Ms F. Lockhart (Democratic and Scrutiny Services Officer)."),
    ("item", "WHP/31", "Apologies for Absence and Substitutions"),
    ("para", "Apologies for absence were received from Cllr G. Tranter. Cllr N. Bellamy attended as "
             "substitute for Cllr Tranter."),
    ("item", "WHP/32", "Declarations of Interest"),
    ("para", "Cllr K. Begum declared a non-registrable interest in minute WHP/35 as she is employed by "
             "Wessex Vale Community Health Services NHS Trust in a clinical administration role. She "
             "remained in the meeting and took part in the discussion. There were no other declarations."),
    ("item", "WHP/33", "Minutes"),
    ("res", "RESOLVED: that the minutes of the meeting held on 14 January 2025 be approved as a "
            "correct record and signed by the Chair."),
    ("item", "WHP/34", "Disabled Facilities Grants and Home Adaptations – Performance Update"),
    ("para", "The Head of Housing, Community Wellbeing and Private Sector Renewal introduced the report, "
             "which set out performance on the delivery of Disabled Facilities Grants (DFGs) for the first "
             "three quarters of 2024/25. 187 grants had been approved against a target of 240, and the "
             "Better Care Fund allocation for the year stood at £1.46 million, of which £212,000 was "
             "currently forecast to be unspent at year end. The Portfolio Holder added that the service had "
             "introduced a fast-track route for stairlifts and level-access showers costing under £6,000."),
    ("para", "Cllr Fairclough asked why the average time from referral to completion of works had risen "
             "to 34 weeks when the Council's own standard was 20 weeks. Officers advised that most of "
             "the delay sat with occupational therapy assessments carried out by the county council, "
             "where a backlog of 310 residents were waiting, and that the district had offered to fund two "
             "trusted assessor posts to clear simpler cases. Cllr Okafor asked whether the framework of "
             "three approved adaptation contractors would be retendered when it expired, and whether local "
             "small builders would be able to bid. Officers advised that a new procurement exercise would "
             "begin in June 2025 and that the lots would be split by value so that smaller firms could "
             "compete for minor works. Cllr Whitcombe expressed concern that an underspend of this size "
             "would be returned to the county while disabled residents continued to wait. Officers advised "
             "that the grant could be carried forward under the Better Care Fund agreement and that no "
             "money would be lost to Thornbridge residents. Cllr Halloran requested that future reports "
             "show waiting times separately for children and for adults over 75."),
    ("res", "RESOLVED: that the performance update on Disabled Facilities Grants be noted."),
    ("res", "RESOLVED: that Cabinet be RECOMMENDED to use the carried-forward DFG allocation to fund "
            "two trusted assessor posts for a fixed term of eighteen months."),
    ("item", "WHP/35", "Community Urgent Care – Proposed Changes to Minor Injuries Services"),
    ("para", "Dr Mistry, Associate Director of Place Partnerships at Wessex Vale Integrated Care Board, "
             "presented the ICB's proposals for urgent care in the east of the county. Under the proposals "
             "the Hadleigh Minor Injuries Unit would close overnight from October 2025 and its daytime "
             "service would become an Urgent Treatment Centre with booked appointments through NHS 111. "
             "The ICB was holding a twelve-week public engagement exercise which would close on 30 April "
             "2025, and had held drop-in sessions in Hadleigh, Stourley and Much Tarrant."),
    ("para", "Cllr Dunmore asked how many patients currently attended the unit between 10 pm and 8 am, "
             "and where they would be expected to go. Officers advised that on average four patients a "
             "night attended, most of whom could safely be seen the following morning, and that the "
             "remainder would be directed to the emergency department at Kingsmere General Hospital. "
             "Cllr Begum asked whether the engagement exercise was a formal consultation, given the scale "
             "of the change for rural residents. Dr Mistry advised that the ICB did not consider the change "
             "to be a substantial variation, but that the County Health Scrutiny Committee would be asked "
             "to take a view on that at its meeting in May. Cllr Bellamy expressed concern that there was no "
             "evening bus service from the villages to Kingsmere, a round trip of almost forty miles. "
             "Cllr Okafor asked whether the overnight nursing staff at Hadleigh would be redeployed or made "
             "redundant. Dr Mistry advised that all eleven overnight posts would be offered roles in the "
             "new daytime service or at Kingsmere and that no compulsory redundancies were expected. "
             "Cllr Ashworth asked what saving the ICB expected to make from the change. Dr Mistry advised "
             "that the ICB expected to save around £640,000 a year, mainly from reduced agency nursing "
             "spend overnight, and that this would be reinvested in community services in the east of the "
             "county. Cllr Whitcombe requested that the ICB publish the equality impact assessment before "
             "the engagement exercise closed; Dr Mistry undertook to take the request back to the ICB."),
    ("res", "RESOLVED: that (1) the Panel's concerns about the overnight closure of Hadleigh Minor "
            "Injuries Unit and the lack of evening public transport be reported to the County Health "
            "Scrutiny Committee; (2) the Panel submit a formal response to the ICB's engagement "
            "exercise, to be drafted by the Chair and Vice-Chair; and (3) Dr Mistry be thanked for "
            "attending."),
    ("item", "WHP/36", "Leisure Operator Contract – Health and Wellbeing Outcomes"),
    ("para", "The Strategic Lead – Environmental Health, Licensing and Leisure Contracts presented the annual "
             "review of the contract with Active Vale Leisure Ltd, which had operated the Council's three "
             "leisure centres since April 2021 under a ten-year contract. The operator had paid the Council "
             "a management fee of £118,000 in 2024 and had met eight of its eleven health outcome measures, "
             "including the exercise on referral scheme for patients referred by their GP."),
    ("para", "Cllr Halloran asked what proportion of the operator's profit was being reinvested in the "
             "Thornbridge centres rather than returned to its parent company. Officers advised that the "
             "contract required a profit share above an agreed margin and that £41,000 had been returned "
             "to the Council under that clause in 2024, but that the operator's wider accounts were "
             "commercially confidential. Cllr Fairclough asked why the swimming lessons target for "
             "children from low-income families had been missed for a second year. Officers advised that "
             "the operator had been unable to recruit enough swimming teachers and had cancelled 23 "
             "courses, and that a remedial plan had been agreed in January. Cllr Okafor asked whether "
             "the operator paid its staff the real Living Wage. Officers advised that all directly employed "
             "staff were paid at least the real Living Wage, but that cleaning at two centres was "
             "subcontracted and the subcontractor did not. Cllr Begum commented that the Council should "
             "consider bringing the leisure service back in-house when the contract break clause fell "
             "due in 2026."),
    ("res", "RESOLVED: that the annual review of the leisure operator contract be noted and that a "
            "report on the options at the 2026 break clause be brought to the Panel in the autumn."),
    ("item", "WHP/37", "Work Programme 2025/26"),
    ("para", "The Democratic and Scrutiny Services Officer presented the draft work programme. Cllr Dunmore "
             "requested that an item on temporary accommodation for people discharged from hospital "
             "with no home to return to be added for the July meeting. Officers advised that the Head of "
             "Housing would be able to report on the new step-down flats by then."),
    ("res", "RESOLVED: that the work programme for 2025/26 be agreed, subject to the addition "
            "of an item on hospital discharge and temporary accommodation in July."),
    ("para", "The meeting closed at 8.52 pm."),
    ("sign", "Chair ....................................................     Date ...................................."),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE1,
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "WHP/31", "title": "Apologies for Absence and Substitutions"},
        {"number": "WHP/32", "title": "Declarations of Interest"},
        {"number": "WHP/33", "title": "Minutes"},
        {"number": "WHP/34", "title": "Disabled Facilities Grants and Home Adaptations – Performance Update"},
        {"number": "WHP/35", "title": "Community Urgent Care – Proposed Changes to Minor Injuries Services"},
        {"number": "WHP/36", "title": "Leisure Operator Contract – Health and Wellbeing Outcomes"},
        {"number": "WHP/37", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "WHP/34", "kind": "question",
         "text": "asked why the average time from referral to completion of works had risen",
         "asked_by": "Cllr Fairclough",
         "answer": "most of the delay sat with occupational therapy assessments carried out",
         "given_by": "Officers", "themes": ["housing", "adult-social-care", "integration"]},
        {"item": "WHP/34", "kind": "question",
         "text": "three approved adaptation contractors would be retendered when it expired",
         "asked_by": "Cllr Okafor",
         "answer": "a new procurement exercise would begin in June 2025",
         "given_by": "Officers", "themes": ["subcontracting", "housing"]},
        {"item": "WHP/34", "kind": "concern",
         "text": "expressed concern that an underspend of this size would be returned to the county",
         "asked_by": "Cllr Whitcombe",
         "answer": "the grant could be carried forward under the Better Care Fund agreement",
         "given_by": "Officers", "themes": ["finance", "housing"]},
        {"item": "WHP/34", "kind": "request",
         "text": "requested that future reports show waiting times separately for children",
         "asked_by": "Cllr Halloran", "answer": None, "given_by": None,
         "themes": ["housing", "governance"]},
        {"item": "WHP/35", "kind": "question",
         "text": "asked how many patients currently attended the unit between 10 pm and 8 am",
         "asked_by": "Cllr Dunmore",
         "answer": "on average four patients a night attended",
         "given_by": "Officers", "themes": []},
        {"item": "WHP/35", "kind": "question",
         "text": "asked whether the engagement exercise was a formal consultation",
         "asked_by": "Cllr Begum",
         "answer": "the ICB did not consider the change to be a substantial variation",
         "given_by": "Dr Mistry", "themes": ["patient-and-public-input", "governance"]},
        {"item": "WHP/35", "kind": "concern",
         "text": "expressed concern that there was no evening bus service from the villages to Kingsmere",
         "asked_by": "Cllr Bellamy", "answer": None, "given_by": None, "themes": []},
        {"item": "WHP/35", "kind": "question",
         "text": "asked whether the overnight nursing staff at Hadleigh would be redeployed",
         "asked_by": "Cllr Okafor",
         "answer": "all eleven overnight posts would be offered roles in the new daytime service",
         "given_by": "Dr Mistry", "themes": ["workforce"]},
        {"item": "WHP/35", "kind": "question",
         "text": "asked what saving the ICB expected to make from the change",
         "asked_by": "Cllr Ashworth",
         "answer": "the ICB expected to save around £640,000 a year",
         "given_by": "Dr Mistry", "themes": ["finance", "workforce"]},
        {"item": "WHP/35", "kind": "request",
         "text": "requested that the ICB publish the equality impact assessment",
         "asked_by": "Cllr Whitcombe",
         "answer": "Dr Mistry undertook to take the request back to the ICB",
         "given_by": "Dr Mistry", "themes": ["governance", "patient-and-public-input"]},
        {"item": "WHP/36", "kind": "question",
         "text": "asked what proportion of the operator's profit was being reinvested",
         "asked_by": "Cllr Halloran",
         "answer": "the contract required a profit share above an agreed margin",
         "given_by": "Officers", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "WHP/36", "kind": "question",
         "text": "asked why the swimming lessons target for children from low-income families had been missed",
         "asked_by": "Cllr Fairclough",
         "answer": "the operator had been unable to recruit enough swimming teachers",
         "given_by": "Officers", "themes": ["children-and-families", "workforce", "subcontracting"]},
        {"item": "WHP/36", "kind": "question",
         "text": "asked whether the operator paid its staff the real Living Wage",
         "asked_by": "Cllr Okafor",
         "answer": "cleaning at two centres was subcontracted and the subcontractor did not",
         "given_by": "Officers", "themes": ["workforce", "subcontracting"]},
        {"item": "WHP/36", "kind": "comment",
         "text": "should consider bringing the leisure service back in-house",
         "asked_by": "Cllr Begum", "answer": None, "given_by": None,
         "themes": ["privatisation", "subcontracting"]},
        {"item": "WHP/37", "kind": "request",
         "text": "requested that an item on temporary accommodation for people discharged from hospital",
         "asked_by": "Cllr Dunmore",
         "answer": "would be able to report on the new step-down flats by then",
         "given_by": "Officers", "themes": ["housing", "adult-social-care", "governance"]},
    ],
    "resolutions": [
        {"item": "WHP/33", "text": "the minutes of the meeting held on 14 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "WHP/34", "text": "that the performance update on Disabled Facilities Grants be noted",
         "outcome": "noted", "themes": ["housing"]},
        {"item": "WHP/34", "text": "Cabinet be RECOMMENDED to use the carried-forward DFG allocation",
         "outcome": "recommended", "themes": ["finance", "housing", "workforce"]},
        {"item": "WHP/35", "text": "concerns about the overnight closure of Hadleigh Minor Injuries Unit",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "WHP/36", "text": "the annual review of the leisure operator contract be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "WHP/37", "text": "the work programme for 2025/26 be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["governance", "housing"]},
    ],
    "attendees": [
        {"name": "Cllr M. Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Cllr P. Dunmore", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr N. Bellamy", "role": "substitute", "attendance": "present"},
        {"name": "Cllr K. Begum", "role": None, "attendance": "present"},
        {"name": "Cllr R. Fairclough", "role": None, "attendance": "present"},
        {"name": "Cllr J. Halloran", "role": None, "attendance": "present"},
        {"name": "Cllr S. Okafor", "role": None, "attendance": "present"},
        {"name": "Cllr T. Whitcombe", "role": None, "attendance": "present"},
        {"name": "Cllr L. Penrose", "role": "Portfolio Holder for Communities and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Ms H. Carradine", "role": "Head of Housing, Community Wellbeing and Private Sector Renewal",
         "attendance": "in_attendance"},
        {"name": "Mr D. Yeoman", "role": "Strategic Lead – Environmental Health, Licensing and Leisure Contracts",
         "attendance": "in_attendance"},
        {"name": "Dr A. Mistry",
         "role": "Associate Director of Place Partnerships, Wessex Vale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Ms F. Lockhart", "role": "Democratic and Scrutiny Services Officer",
         "attendance": "in_attendance"},
        {"name": "Cllr G. Tranter", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: liaison group notes, plain text
# ---------------------------------------------------------------------------
TXT_NAME = "dc-marshfold-health-social-care-liaison-group-2025-04-02.txt"
COMMITTEE2 = "Health and Social Care Liaison Group"

TXT = """MARSHFOLD DISTRICT COUNCIL
Brendon Valley Health and Social Care Liaison Group

NOTES OF MEETING
Wednesday 2 April 2025, 2.00 pm - 3.55 pm
Stourley Parish Hall, Church Lane, Stourley

Convened by Marshfold District Council with NHS and voluntary sector partners
for the parishes of Stourley, Much Tarrant, Lower Brendon and Ashcombe.

Present:
  Cllr Rosemary Vane        Marshfold District Council (Chair of the Group)
  Cllr Jean Abbott          Much Tarrant Parish Council
  Cllr Peter Lusk           Lower Brendon Parish Council
  Mr Colin Fenwick          Stourley Parish Council (Clerk)
  Mrs Ann Drury             Stourley Surgery Patient Participation Group
  Mr Tariq Hussain          Brendon Valley Carers' Network

Partners in attendance:
  Dr Femi Okoro             GP Partner, Stourley Surgery
  Ms Lucy Grainger          Primary Care Contracting Manager, Wessex Vale ICB
  Mr Owen Pritchard         Service Manager, Adult Social Care (North Locality), Wessex County Council
  Ms Karen Shaw             Community Development and Health Partnerships Officer, Marshfold DC (notes)

Apologies:
  Cllr David Frome          Ashcombe Parish Council
  Mrs Helen Ruddock         Healthwatch Wessex

------------------------------------------------------------------------

Item 1: Welcome, introductions and apologies

Cllr Vane welcomed everyone, in particular Ms Grainger who was attending
for the first time. Apologies as above.

------------------------------------------------------------------------

Item 2: Notes of the last meeting (15 January 2025) and matters arising

- Mrs Drury asked whether the ICB had replied to the Group's letter about
  the hospital car park charges for blue badge holders at Kingsmere.
> Response: Ms Shaw said a reply had been received on 3 March and would be
  circulated with these notes; the trust had agreed to extend free parking
  to the first two hours.

Agreed: the notes of 15 January 2025 were accepted as an accurate record.

------------------------------------------------------------------------

Item 3: GP access - Stourley Surgery and the Much Tarrant branch

Dr Okoro gave an update. The practice list had grown to 9,800 patients
following the new housing at Stourley Fields, and the practice had taken on
a second clinical pharmacist through the primary care network.

- Cllr Abbott asked when the Much Tarrant branch surgery would reopen on
  Thursday afternoons, as older residents without cars were struggling.
> Response: Dr Okoro said the practice hoped to reopen the Thursday session
  from June once a salaried GP who starts in May has completed induction.
- Mrs Drury raised concern that the 8 am telephone queue still regularly
  exceeded forty minutes and that the online form closed by 9 am.
> Response: Dr Okoro said a new cloud telephony system with call-back would
  go live on 28 April, funded by the ICB's access improvement money.
- Cllr Lusk asked whether the ICB would pay for a room at Lower Brendon
  village hall so that a nurse could run a weekly clinic there.
> Response: Ms Grainger said estates funding was very limited this year but
  she would take the request to the primary care commissioning group.
- Mr Hussain commented that carers are often unable to attend appointments
  at fixed times and asked that carers be flagged on the practice system.
  (No response recorded.)

Agreed: the PPG and the practice to run a joint patient survey on telephone
access in the summer and report the results to the October meeting.

------------------------------------------------------------------------

Item 4: Lower Brendon pharmacy closure

Ms Grainger reported that the owner of Brendon Pharmacy, part of a national
chain, had given notice to close the premises on 31 May 2025. The ICB had
no power to stop a commercial closure but had to assess whether a gap in
pharmaceutical services would result.

- Cllr Lusk expressed concern that the nearest pharmacy would then be six
  miles away in Stourley with no direct bus on Saturdays.
> Response: Ms Grainger said the ICB would consider the village a priority
  area and would invite applications from other pharmacy contractors.
- Mrs Drury asked whether a prescription collection point could be set up
  in the village shop in the meantime.
> Response: Dr Okoro said the practice dispensary could deliver to a
  collection point if the shop agreed and the arrangement was insured.
- Cllr Abbott asked that the district council's pharmaceutical needs
  assessment response be shared with the parish councils.
> Response: Ms Shaw said the assessment was a county council document and
  she would circulate the link after the meeting.

Agreed: the Chair to write to the ICB asking for the pharmacy gap to be
treated as urgent and for residents to be consulted on the options.

------------------------------------------------------------------------

Item 5: Home care and hospital discharge in the rural parishes

Mr Pritchard gave a presentation on the new home care contracts, which
from 1 April had been awarded to two private providers covering the North
Locality on a zoned basis, replacing the previous spot purchasing.

- Mr Hussain asked how many people in the four parishes were waiting for a
  home care package after discharge from Kingsmere General Hospital.
> Response: Mr Pritchard said eight people were waiting, four of them in a
  short-term care home bed, and the average wait had fallen to nine days.
- Cllr Vane asked whether the new providers were paying care workers for
  travel time between visits in rural areas.
> Response: Mr Pritchard said the zoned contract price included a rural
  travel supplement and paid mileage at 45p, and compliance would be audited.
- Cllr Abbott raised concern that one provider had lost its previous
  contract elsewhere in the county after a poor CQC inspection.
> Response: Mr Pritchard said the provider had since been re-rated Good and
  the council's quality team would visit in the first three months.
- Mrs Drury asked that carers be given a named contact in the discharge
  team before the person they care for leaves hospital.
  (No response recorded.)

Agreed: Mr Pritchard to bring waiting and complaints data for the new
contracts to the next meeting.

------------------------------------------------------------------------

Item 6: Community transport and wellbeing grants

Ms Shaw reported that the district council's Community Wellbeing Fund had
£24,000 available for 2025/26, with a closing date of 16 May.

- Cllr Lusk asked whether parish councils could apply jointly for a
  volunteer car scheme covering hospital appointments.
> Response: Ms Shaw said joint bids were welcome and could receive up to
  £6,000 if at least two parishes contributed match funding.
- Mr Fenwick commented that the grant form was too long for small village
  groups run entirely by volunteers.
> Response: Ms Shaw said a shortened form for bids under £1,000 would be
  introduced from this round.

Agreed: the four parish councils to consider a joint volunteer car scheme
bid and report back through their clerks by 9 May.

------------------------------------------------------------------------

Item 7: Any other business and date of next meeting

No other business. Next meeting: Wednesday 2 July 2025, 2.00 pm, Much
Tarrant Village Hall.

Agreed: the Group to invite Healthwatch Wessex to present its rural
access report at the July meeting.

Notes: K. Shaw, Marshfold District Council, 4 April 2025
"""

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE2,
    "meeting_date": "2025-04-02",
    "items": [
        {"number": "1", "title": "Welcome, introductions and apologies"},
        {"number": "2", "title": "Notes of the last meeting (15 January 2025) and matters arising"},
        {"number": "3", "title": "GP access - Stourley Surgery and the Much Tarrant branch"},
        {"number": "4", "title": "Lower Brendon pharmacy closure"},
        {"number": "5", "title": "Home care and hospital discharge in the rural parishes"},
        {"number": "6", "title": "Community transport and wellbeing grants"},
        {"number": "7", "title": "Any other business and date of next meeting"},
    ],
    "questions": [
        {"item": "2", "kind": "question",
         "text": "whether the ICB had replied to the Group's letter about the hospital car park charges",
         "asked_by": "Mrs Drury",
         "answer": "the trust had agreed to extend free parking to the first two hours",
         "given_by": "Ms Shaw", "themes": ["finance"]},
        {"item": "3", "kind": "question",
         "text": "asked when the Much Tarrant branch surgery would reopen on Thursday afternoons",
         "asked_by": "Cllr Abbott",
         "answer": "the practice hoped to reopen the Thursday session from June",
         "given_by": "Dr Okoro", "themes": ["primary-care", "workforce"]},
        {"item": "3", "kind": "concern",
         "text": "raised concern that the 8 am telephone queue still regularly exceeded forty minutes",
         "asked_by": "Mrs Drury",
         "answer": "a new cloud telephony system with call-back would go live on 28 April",
         "given_by": "Dr Okoro", "themes": ["primary-care", "finance"]},
        {"item": "3", "kind": "question",
         "text": "asked whether the ICB would pay for a room at Lower Brendon village hall",
         "asked_by": "Cllr Lusk",
         "answer": "she would take the request to the primary care commissioning group",
         "given_by": "Ms Grainger", "themes": ["primary-care", "finance", "subcontracting"]},
        {"item": "3", "kind": "request",
         "text": "asked that carers be flagged on the practice system",
         "asked_by": "Mr Hussain", "answer": None, "given_by": None,
         "themes": ["primary-care", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "expressed concern that the nearest pharmacy would then be six miles away",
         "asked_by": "Cllr Lusk",
         "answer": "would invite applications from other pharmacy contractors",
         "given_by": "Ms Grainger", "themes": ["primary-care", "subcontracting"]},
        {"item": "4", "kind": "question",
         "text": "asked whether a prescription collection point could be set up in the village shop",
         "asked_by": "Mrs Drury",
         "answer": "the practice dispensary could deliver to a collection point",
         "given_by": "Dr Okoro", "themes": ["primary-care"]},
        {"item": "4", "kind": "request",
         "text": "pharmaceutical needs assessment response be shared with the parish councils",
         "asked_by": "Cllr Abbott",
         "answer": "the assessment was a county council document and she would circulate the link",
         "given_by": "Ms Shaw", "themes": ["primary-care"]},
        {"item": "5", "kind": "question",
         "text": "asked how many people in the four parishes were waiting for a home care package",
         "asked_by": "Mr Hussain",
         "answer": "eight people were waiting, four of them in a short-term care home bed",
         "given_by": "Mr Pritchard", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the new providers were paying care workers for travel time",
         "asked_by": "Cllr Vane",
         "answer": "the zoned contract price included a rural travel supplement",
         "given_by": "Mr Pritchard",
         "themes": ["workforce", "subcontracting", "privatisation", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "raised concern that one provider had lost its previous contract elsewhere",
         "asked_by": "Cllr Abbott",
         "answer": "the provider had since been re-rated Good and the council's quality team",
         "given_by": "Mr Pritchard",
         "themes": ["subcontracting", "governance", "adult-social-care", "privatisation"]},
        {"item": "5", "kind": "request",
         "text": "asked that carers be given a named contact in the discharge team",
         "asked_by": "Mrs Drury", "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked whether parish councils could apply jointly for a volunteer car scheme",
         "asked_by": "Cllr Lusk",
         "answer": "joint bids were welcome and could receive up to £6,000",
         "given_by": "Ms Shaw", "themes": ["finance"]},
        {"item": "6", "kind": "comment",
         "text": "commented that the grant form was too long for small village groups",
         "asked_by": "Mr Fenwick",
         "answer": "a shortened form for bids under £1,000 would be introduced",
         "given_by": "Ms Shaw", "themes": ["finance"]},
    ],
    "resolutions": [
        {"item": "2", "text": "the notes of 15 January 2025 were accepted as an accurate record",
         "outcome": "agreed", "themes": []},
        {"item": "3", "text": "the PPG and the practice to run a joint patient survey on telephone access",
         "outcome": "agreed", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "4", "text": "the Chair to write to the ICB asking for the pharmacy gap",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "5", "text": "to bring waiting and complaints data for the new contracts",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "text": "the four parish councils to consider a joint volunteer car scheme bid",
         "outcome": "agreed", "themes": ["finance"]},
        {"item": "7", "text": "the Group to invite Healthwatch Wessex to present its rural access report",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
    ],
    "attendees": [
        {"name": "Cllr Rosemary Vane", "role": "Chair of the Group", "attendance": "present"},
        {"name": "Cllr Jean Abbott", "role": "Much Tarrant Parish Council", "attendance": "present"},
        {"name": "Cllr Peter Lusk", "role": "Lower Brendon Parish Council", "attendance": "present"},
        {"name": "Mr Colin Fenwick", "role": "Stourley Parish Council (Clerk)", "attendance": "present"},
        {"name": "Mrs Ann Drury", "role": "Stourley Surgery Patient Participation Group",
         "attendance": "present"},
        {"name": "Mr Tariq Hussain", "role": "Brendon Valley Carers' Network", "attendance": "present"},
        {"name": "Dr Femi Okoro", "role": "GP Partner, Stourley Surgery", "attendance": "in_attendance"},
        {"name": "Ms Lucy Grainger", "role": "Primary Care Contracting Manager, Wessex Vale ICB",
         "attendance": "in_attendance"},
        {"name": "Mr Owen Pritchard",
         "role": "Service Manager, Adult Social Care (North Locality), Wessex County Council",
         "attendance": "in_attendance"},
        {"name": "Ms Karen Shaw",
         "role": "Community Development and Health Partnerships Officer, Marshfold DC",
         "attendance": "in_attendance"},
        {"name": "Cllr David Frome", "role": "Ashcombe Parish Council", "attendance": "apologies"},
        {"name": "Mrs Helen Ruddock", "role": "Healthwatch Wessex", "attendance": "apologies"},
    ],
}


# ---------------------------------------------------------------------------
# PDF rendering: hand-made justified lines with hyphenation
# ---------------------------------------------------------------------------
VOWELS = set("aeiouy")


SUFFIXES = ("ing", "tion", "sion", "ment", "ness", "ence", "ance", "able", "ity", "ive")
ONSETS = {"pl", "pr", "tr", "br", "bl", "cr", "gr", "cl", "fl", "fr", "dr", "gl", "sp", "st", "sc"}
DIGRAPHS = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}


def hyphen_points(word):
    """Plausible break positions (index into word) for a long lower-case word."""
    core = word.rstrip(".,;:)'’")
    if len(core) < 7 or not core.isalpha() or not core.islower():
        return []
    pts = set()
    for suf in SUFFIXES:
        if core.endswith(suf) and len(core) - len(suf) >= 4:
            pts.add(len(core) - len(suf))
    for i in range(3, len(core) - 3):
        a, b = core[i - 1], core[i]
        if a not in VOWELS and b not in VOWELS and (a + b) not in DIGRAPHS and (a + b) not in ONSETS:
            if core[i + 1] in VOWELS or (b + core[i + 1]) in ("pr", "pl", "tr", "br", "bl", "cr", "gr", "str"[:2]):
                pts.add(i)
    return sorted(pts)


def layout(pdf, text, width):
    """Return list of (words, justify) lines."""
    words = text.split()
    lines, cur = [], []
    sp = pdf.get_string_width(" ")

    def cur_w(ws):
        return sum(pdf.get_string_width(w) for w in ws) + sp * max(0, len(ws) - 1)

    i = 0
    while i < len(words):
        w = words[i]
        if cur_w(cur + [w]) <= width:
            cur.append(w)
            i += 1
            continue
        # try hyphenation
        done = False
        for p in reversed(hyphen_points(w)):
            head = w[:p] + "-"
            if cur_w(cur + [head]) <= width and len(cur) >= 3:
                cur.append(head)
                words[i] = w[p:]
                done = True
                break
        lines.append((cur, True))
        cur = []
        if not done and not cur and cur_w([w]) > width:
            cur = [w]
            i += 1
    if cur:
        lines.append((cur, False))
    return lines


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        book_page = 45

        def header(self):
            self.set_font("dj", "", 7.5)
            self.set_text_color(130, 130, 130)
            self.set_xy(150, 8)
            self.cell(42, 4, f"Page {self.book_page + self.page_no() - 1}", align="R")
            self.set_text_color(0, 0, 0)
            if self.page_no() > 1:
                self.set_font("dj", "", 8)
                self.set_xy(38, 14)
                self.cell(0, 4, f"{COMMITTEE1} – 11 March 2025")
            self.set_y(24)

        def footer(self):
            self.set_font("dj", "", 8)
            self.set_xy(38, -17)
            self.cell(80, 4, COUNCIL1)
            self.set_xy(120, -17)
            self.cell(72, 4, "Chairman's initials ............", align="R")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Thornbridge DC Committee Services")
    pdf.set_title(f"{COMMITTEE1} - Minutes - 11 March 2025")
    pdf.add_font("dj", "", FONT)
    pdf.add_font("dj", "B", FONT_B)
    pdf.add_font("dj", "I", FONT_I)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    left, right, bottom = 38.0, 192.0, 297 - 24.0
    width = right - left
    lh = 5.0
    y = 24.0

    def need(h):
        nonlocal y
        if y + h > bottom:
            pdf.add_page()
            y = 24.0

    def para(text, style="", size=10, gap=2.5):
        nonlocal y
        pdf.set_font("dj", style, size)
        sp = pdf.get_string_width(" ")
        for words, justify in layout(pdf, text, width):
            need(lh)
            widths = [pdf.get_string_width(w) for w in words]
            if justify and len(words) > 1:
                gapw = (width - sum(widths)) / (len(words) - 1)
            else:
                gapw = sp
            x = left
            for w, ww in zip(words, widths):
                pdf.text(x, y + 3.8, w)
                x += ww + gapw
            y += lh
        y += gap

    for blk in PDF_BLOCKS:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("dj", "B", 13)
            pdf.set_xy(left, y)
            pdf.cell(width, 7, blk[1], align="C")
            y += 10
        elif kind == "subtitle":
            para(blk[1], "B", 10, 4)
        elif kind == "item":
            need(lh * 4)
            y += 2
            pdf.set_font("dj", "B", 10)
            pdf.text(12, y + 3.8, blk[1])
            para(blk[2], "B", 10, 1.5)
        elif kind == "res":
            para(blk[1], "B", 10, 3)
        elif kind == "sign":
            y += 8
            para(blk[1], "", 9, 2)
        else:
            para(blk[1], "", 10, 2.5)
    pdf.output(str(path))


def pdf_source_text():
    out = []
    for blk in PDF_BLOCKS:
        out.append(" ".join(blk[1:]))
    return "\n".join(out)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£\s]", " ", s)
    return " ".join(s.split())


def check_gold(gold, source):
    errors = []
    src = norm(source)
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15:
            errors.append(f"{gold['document']}: {kind} phrase has {n} words: {p!r}")
        c = src.count(norm(p))
        if c != 1:
            errors.append(f"{gold['document']}: {kind} phrase found {c} times: {p!r}")
    return errors, len(phrases)


def pdf_items_spanning(path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            pages.append(p.extract_text() or "")
    spans = []
    nums = [b[1] for b in PDF_BLOCKS if b[0] == "item"]
    for k, n in enumerate(nums):
        def page_of(num):
            return next(i for i, t in enumerate(pages) if re.search(r"(?m)^" + re.escape(num) + " ", t))
        start = page_of(n)
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        end = page_of(nxt) if nxt else len(pages) - 1
        # item spans if its text continues past the top of a later page
        if end > start:
            top = pages[end].split(nxt)[0] if nxt else ""
            body_lines = [l for l in top.splitlines()[2:] if l.strip()]
            if body_lines or end > start + 1:
                spans.append(n)
    return spans, len(pages)


def main():
    check = "--check" in sys.argv
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pdf_path = DOCS / PDF_NAME
    txt_path = DOCS / TXT_NAME
    if not check:
        build_pdf(pdf_path)
        txt_path.write_text(TXT, encoding="utf-8")
        for g in (PDF_GOLD, TXT_GOLD):
            name = Path(g["document"]).with_suffix(".json").name
            (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("built", pdf_path.name, txt_path.name)
    errors = []
    for g, src in ((PDF_GOLD, pdf_source_text()), (TXT_GOLD, TXT)):
        e, n = check_gold(g, src)
        errors += e
        print(f"{g['document']}: {len(g['items'])} items, {len(g['questions'])} questions, "
              f"{len(g['resolutions'])} resolutions, {len(g['attendees'])} attendees, {n} phrases checked")
        saved = GOLD / Path(g["document"]).with_suffix(".json").name
        if not saved.exists() or json.loads(saved.read_text(encoding="utf-8")) != g:
            errors.append(f"{saved.name}: gold file missing or out of date")
    if pdf_path.exists():
        spans, npages = pdf_items_spanning(pdf_path)
        print(f"{PDF_NAME}: {npages} pages; items continuing onto a later page: {spans}")
        if len(spans) < 2:
            errors.append("fewer than two PDF items span a page break")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
