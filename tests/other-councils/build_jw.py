#!/usr/bin/env python3
"""Build the "jw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jw.py           build documents/jw-* and gold/jw-*.json
        build_jw.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 9, 15, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

MINUTES_NAME = "jw-isle-of-tarrow-pasc-health-social-care-2025-09-11.docx"
AGENDA_NAME = "jw-isle-of-tarrow-pasc-health-social-care-agenda-2025-11-13.pdf"

COMMITTEE = "Policy and Scrutiny Committee for Health and Social Care"
CM_ASC = "Cabinet Member for Adult Social Care, Public Health and Housing Needs"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

HEADER_ROWS = [
    ("Name of meeting", ["POLICY AND SCRUTINY COMMITTEE FOR HEALTH AND SOCIAL CARE"]),
    ("Date and Time", ["THURSDAY, 11 SEPTEMBER 2025 COMMENCING AT 5.00 PM"]),
    ("Venue", ["COUNCIL CHAMBER, COUNTY HALL, WESTPORT, ISLE OF TARROW"]),
    ("Present", ["Cllrs Helen Marchant (Chairman), Peter Quayle (Vice-Chairman), "
                 "Rosemary Aldred, Sunita Bhandari, Jon Kettering, Graham Tolley and "
                 "Claire Vosper"]),
    ("Co-opted (Non-voting)", ["Deborah Lyle (Healthwatch Isle of Tarrow)"]),
    ("Also Present", ["Cllrs Mark Ellery and Tessa Brownlow",
                      "Gareth Lowe (Chief Executive, Isle of Tarrow NHS Trust), Dr Priya "
                      "Nandra (Chief Medical Officer, Isle of Tarrow NHS Trust) and Alison "
                      "Treharne (Director of Operations, Isle of Tarrow Ambulance Service)"]),
    ("Officers Present", ["Karl Dennison, Fiona Grange, Louise Petheram, Simon Okafor "
                          "and Anna Revell"]),
    ("Also Present (Virtual)", ["Sarah Kimber (Head of Dental Commissioning, Wessex Coast "
                                "and Isle of Tarrow Integrated Care Board) and Cllr Neil "
                                "Farrant"]),
    ("Apologies", ["Cllrs Robert Daintree and Lynne Hoskins"]),
]

# Blocks: ("item", number, title) | ("p", text) | ("res",) for the RESOLVED: label |
# ("that", text) | ("clause", label, text) | ("note", text) italic procedural line
BODY = [
    ("item", "14", "Minutes"),
    ("res",),
    ("that", "THAT the minutes of the meeting held on 10 July 2025 be approved."),

    ("item", "15", "Declarations of Interest"),
    ("p", "Cllr Sunita Bhandari declared an interest in minute item 18 as she was employed "
          "as a nurse by the Isle of Tarrow NHS Trust."),
    ("p", "Cllr Graham Tolley declared an interest in minute item 19 as a close family "
          "member was in receipt of care at home services from one of the providers "
          "referred to in the report."),

    ("item", "16", "Public Question Time - Maximum 15 Minutes for Written Questions and "
                   "15 Minutes for Oral Questions"),
    ("p", "Mrs Angela Fairweather of Saltmouth submitted a written question (PQ 14/25) "
          "regarding the overnight closure of the minor injuries unit at Saltmouth "
          "Community Hospital since May 2025. A written response was provided by the "
          + CM_ASC + " in consultation with the Isle of Tarrow NHS Trust."),
    ("p", "Mrs Fairweather asked a supplementary question regarding whether the overnight "
          "closure would be made permanent without any public consultation, the Chief "
          "Executive of the Isle of Tarrow NHS Trust advised that no decision had been "
          "taken, that the unit had closed overnight on a temporary basis because of "
          "nurse practitioner vacancies and that any proposal for a permanent change would "
          "be the subject of engagement with residents and would be brought to the "
          "committee before any decision was made."),
    ("p", "Mr Dennis Rowe of Eastcliffe asked an oral question regarding the length of time "
          "his mother had waited for a financial assessment before moving into a care "
          "home, and whether the backlog of financial assessments had been cleared. The "
          "Director of Adult Social Care and Housing Needs advised that she could not "
          "comment on an individual case in a public meeting and that a written response "
          "would be provided to Mr Rowe."),

    ("item", "17", "Progress on Actions and Recommendations"),
    ("p", "The Scrutiny Officer presented the report, which set out the progress made on "
          "the outstanding actions and recommendations of the committee."),
    ("p", "Discussion took place regarding the action from the meeting on 10 July 2025 for "
          "the Integrated Care Board to provide figures on the number of island residents "
          "who had travelled to the mainland for planned operations, it was confirmed "
          "that the figures had been received that afternoon and would be circulated to "
          "members with the minutes."),
    ("p", "Cllr Quayle queried why the recommendation made in March 2025 regarding the "
          "publication of ambulance response times by locality remained outstanding. The "
          "Director of Operations advised that the ambulance service was now able to "
          "report response times by postcode sector and that the first quarterly "
          "publication was expected in November 2025."),
    ("res",),
    ("that", "THAT the progress on actions and recommendations be noted."),

    ("item", "18", "Urgent and Emergency Care - Winter Preparedness 2025/26"),
    ("p", "The Chief Executive of the Isle of Tarrow NHS Trust, the Chief Medical Officer "
          "and the Director of Operations, Isle of Tarrow Ambulance Service presented the "
          "item, which set out the plans of the island's health and care system for "
          "managing demand over the winter period, including the expansion of the same day "
          "emergency care unit at St Aldric's Hospital from 12 to 20 spaces, the increase "
          "in virtual ward capacity to 60 beds and the joint work with the council on "
          "discharge. It was reported that four hour performance in the emergency "
          "department had improved to 71.8% in July 2025 against the national expectation "
          "of 78% by March 2026, and that the average ambulance handover time had reduced "
          "from 41 minutes to 24 minutes over the previous twelve months. The Director of "
          "Operations highlighted that the ambulance service had carried out a review of "
          "its rotas to match the expected peaks in demand over the Christmas and New Year "
          "period, and that three additional double-crewed ambulances would be available "
          "from December."),
    ("p", "Questions were raised regarding the number of patients who remained in hospital "
          "beds despite being medically fit to leave, it was confirmed that on average 58 "
          "patients a day were waiting, around half of whom were awaiting a package of "
          "care or a care home placement, and that the joint discharge team with the "
          "council met every morning to review each case."),
    ("p", "Cllr Kettering asked what contingency arrangements were in place should the "
          "island's only emergency department be unable to cope during a period of severe "
          "weather when the ferry services were suspended. The Chief Medical Officer "
          "advised that the trust had a mutual aid agreement with mainland providers, that "
          "critically ill patients could be transferred by air and that a full rehearsal "
          "of the severe weather plan had been carried out with the ferry operators in "
          "June 2025."),
    ("p", "Concerns were expressed about the trust's continued reliance on agency and bank "
          "staff to open escalation beds over the winter. In response, the Chief Executive "
          "explained that agency spend had reduced by 38% compared with the previous year, "
          "that 46 internationally recruited nurses had joined the trust since April and "
          "that escalation areas would be staffed substantively wherever possible."),
    ("p", "Clarification was sought on whether patients attending the emergency department "
          "in a mental health crisis were still waiting for long periods for a specialist "
          "assessment. The Chief Medical Officer acknowledged that this remained a "
          "significant problem, with some patients waiting more than 24 hours for an "
          "inpatient bed, and advised that a crisis café run with a local charity was due "
          "to open in Westport in October 2025 as an alternative to attending the "
          "emergency department."),
    ("p", "The Healthwatch representative reported that feedback from residents over the "
          "summer had highlighted difficulties in getting through to NHS 111 and confusion "
          "about when to use the urgent treatment centre rather than the emergency "
          "department, and asked whether a public awareness campaign was planned. It was "
          "confirmed that a joint Choose Well campaign with the council would be launched "
          "in November and that the trust would welcome Healthwatch's involvement in "
          "testing the materials with residents."),
    ("p", "Cllr Aldred commented that residents in the west of the island continued to wait "
          "considerably longer for an ambulance than those living in Westport, and that "
          "in her view the category 2 response times in the rural wards were "
          "unacceptable."),
    ("p", "In response to a question about the uptake of flu and COVID-19 vaccinations "
          "among health and care staff, the Director of Public Health advised that uptake "
          "among frontline trust staff had been 41% last winter and that a programme of "
          "roving vaccinators, including visits to care homes and domiciliary care "
          "agencies, would begin on 1 October."),
    ("p", "Discussion took place regarding the use of the council's share of the discharge "
          "funding to purchase short-term beds in independent care homes, and members "
          "questioned whether this represented value for money when several of the beds "
          "purchased last winter had remained empty for weeks at a time. The Director of "
          "Adult Social Care and Housing Needs advised that occupancy of the purchased "
          "beds had been 79% across the winter, that the contracts for this year allowed "
          "beds to be released at seven days' notice and that a report on the outcomes "
          "for people discharged to the beds would be included in the next performance "
          "update."),
    ("note", "The meeting was adjourned at 6.24 pm and reconvened at 6.31 pm."),
    ("res",),
    ("that", "THAT:"),
    ("clause", "i)", "The update on winter preparedness for 2025/26 be noted."),
    ("clause", "ii)", "The Isle of Tarrow NHS Trust be requested to provide the committee "
                      "with monthly ambulance response times by ward for the period December "
                      "2025 to February 2026."),
    ("clause", "iii)", "A further update on urgent and emergency care performance be "
                       "brought to the committee in March 2026."),

    ("item", "19", "Care at Home Recommissioning - Pre-decision Scrutiny"),
    ("p", "The " + CM_ASC + " introduced the report, which would be considered by the "
          "Cabinet on 9 October 2025 and sought approval to recommission care at home "
          "services from 1 April 2026 on the basis of four geographical zones, each with "
          "a lead provider, replacing the current framework of 23 providers. The Assistant "
          "Director of Commissioning outlined the outcome of the market engagement "
          "events held with providers and of the consultation with people who used the "
          "service and their carers, which had received 412 responses, and advised that "
          "the proposed model included a minimum hourly rate of £27.40 and a requirement "
          "for all providers to pay their care workers at least the Real Living Wage."),
    ("p", "Members asked how the council would ensure continuity of care for the "
          "approximately 1,150 people currently receiving care at home if their existing "
          "provider was not successful in the tender. It was explained that there would "
          "be a transition period of up to six months, that TUPE would apply to care "
          "workers transferring between providers and that each person would have a "
          "review before any change of carer took place."),
    ("p", "Cllr Vosper expressed concern that a lead provider model could lead to larger "
          "national companies, some of them owned by private equity firms, taking over "
          "the market on the island and squeezing out the smaller local providers who had "
          "served the island for many years. The Cabinet Member stated that the tender had "
          "been designed so that local providers could bid as consortia or work as "
          "subcontractors to a lead provider, and that quality would account for 70% of "
          "the evaluation."),
    ("p", "Questions were raised regarding the number of hours of care that could not "
          "currently be delivered, it was confirmed that there were 1,960 hours a week of "
          "unmet need at the end of August 2025, mainly in the south and west of the "
          "island, and that 61 people were waiting in the community for a package of "
          "care to start."),
    ("p", "Cllr Tolley asked whether the proposed hourly rate would be sufficient to cover "
          "the increase in employers' national insurance contributions and the rise in the "
          "national living wage from April 2026. The Assistant Director of Commissioning "
          "advised that the rate had been modelled using a nationally recognised costing "
          "tool, included an allowance for travel time between visits and would be "
          "reviewed annually. Cllr Tolley requested that the cost modelling be shared "
          "with all members of the committee."),
    ("p", "The Healthwatch representative commented that people receiving care frequently "
          "told Healthwatch that they did not know which carer would arrive or at what "
          "time, and that this should be addressed in the new contracts. The Assistant "
          "Director of Commissioning agreed and confirmed that continuity of carer would "
          "be one of the key performance indicators monitored through the contract."),
    ("p", "Concerns were raised regarding the difficulty of recruiting care workers in "
          "rural areas where there was little or no public transport, and members asked "
          "whether the council would consider bringing some provision back in-house as a "
          "provider of last resort. The Director of Adult Social Care and Housing Needs "
          "advised that the council's reablement service already acted as a provider of "
          "last resort for hospital discharges, and that an in-house service for the "
          "hardest to reach areas had been considered but was not recommended at this "
          "time because of the cost, which had been estimated at £2.1m a year."),
    ("note", "Cllr Tolley left the meeting at 7.02 pm."),
    ("res",),
    ("that", "THAT the committee recommends to the Cabinet that:"),
    ("clause", "i)", "Option 2, the zonal lead provider model, be supported;"),
    ("clause", "ii)", "Continuity of carer be included as a key performance indicator in "
                      "every contract awarded;"),
    ("clause", "iii)", "The Cabinet Member provide six monthly updates to the committee on "
                       "the implementation of the new contracts."),

    ("item", "20", "NHS Dental Services on the Island"),
    ("p", "The Head of Dental Commissioning, Wessex Coast and Isle of Tarrow Integrated "
          "Care Board, joined the meeting virtually and presented the update, which set "
          "out the actions being taken by the ICB to improve access to NHS dentistry on "
          "the island. It was noted that only 31% of adults on the island had seen an NHS "
          "dentist in the previous 24 months, compared with 40% nationally, and that two "
          "practices in Saltmouth and Yarley had handed back their NHS contracts during "
          "2024/25."),
    ("p", "Cllr Bhandari asked what the ICB was doing to attract dentists to the island, "
          "given that the practices which had handed back their contracts had cited "
          "difficulties in recruitment. In response, it was explained that the ICB was "
          "offering a payment of £20,000 to dentists who committed to working on the "
          "island for three years and was working with the university dental school on "
          "training placements for newly qualified dentists."),
    ("p", "A question was asked about the additional sessions for urgent dental treatment "
          "and it was confirmed that 1,420 additional urgent appointments had been "
          "provided between April and July 2025 through the flexible commissioning "
          "scheme."),
    ("p", "Members expressed concern that children in care and care leavers were not always "
          "receiving regular dental checks. The Head of Dental Commissioning advised that "
          "a pathway had been agreed with the council's children's services so that every "
          "looked after child would be registered with a named practice. The Chairman "
          "requested that the ICB provide figures on the number of looked after children "
          "who had seen a dentist in the last twelve months."),
    ("p", "Cllr Quayle questioned the accuracy of the NHS website, which he said still "
          "showed practices in Westport as accepting new NHS patients when they had not "
          "done so for over a year. The Head of Dental Commissioning acknowledged the "
          "problem and undertook to raise it with the practices concerned."),
    ("p", "The committee noted the update and asked that the ICB return to a future "
          "meeting with the outcome of the procurement of the new dental access centre in "
          "Yarley."),

    ("item", "21", "Committee's Workplan"),
    ("p", "The Scrutiny Officer presented the workplan for the remainder of the municipal "
          "year."),
    ("p", "Cllr Kettering requested that an item on the availability of respite care and "
          "short breaks for unpaid carers be added to the workplan. The Scrutiny Officer "
          "advised that this would be considered for the meeting in November 2025."),
    ("p", "Cllr Aldred asked whether the committee would have an opportunity to scrutinise "
          "the draft budget proposals for adult social care before they were considered "
          "by the Cabinet. The Chairman confirmed that a joint meeting with the Corporate "
          "Scrutiny Committee would be held on 15 January 2026 for that purpose."),
    ("res",),
    ("that", "THAT the workplan be approved, subject to the inclusion of an item on respite "
             "care and short breaks for unpaid carers."),

    ("item", "22", "Members' Question Time"),
    ("p", "Cllr Farrant asked a question regarding the waiting list for disabled "
          "facilities grants in his ward and whether additional occupational therapy "
          "capacity had been secured to carry out the assessments. The Cabinet Member for "
          "Adult Social Care, Public Health and Housing Needs undertook to provide a "
          "written response."),
    ("p", "Cllr Vosper asked when the refurbishment of the Grange Road day centre in "
          "Sandhaven would be completed and was advised that the works were expected to "
          "finish in December 2025, after which the centre would reopen five days a "
          "week."),
]

CLOSING = "CHAIRMAN"

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

ITEMS = [(b[1], b[2]) for b in BODY if b[0] == "item"]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("16", "question",
      "regarding the overnight closure of the minor injuries unit at Saltmouth",
      "Mrs Angela Fairweather",
      "A written response was provided by the Cabinet Member for Adult Social Care",
      CM_ASC, []),
    q("16", "question",
      "whether the overnight closure would be made permanent without any public consultation",
      "Mrs Fairweather",
      "no decision had been taken, that the unit had closed overnight",
      "Chief Executive of the Isle of Tarrow NHS Trust",
      ["patient-and-public-input", "workforce"]),
    q("16", "question",
      "waited for a financial assessment before moving into a care home",
      "Mr Dennis Rowe",
      "she could not comment on an individual case in a public meeting",
      "Director of Adult Social Care and Housing Needs",
      ["adult-social-care", "finance"]),
    q("17", "question",
      "who had travelled to the mainland for planned operations",
      None,
      "the figures had been received that afternoon and would be circulated",
      None, []),
    q("17", "question",
      "publication of ambulance response times by locality remained outstanding",
      "Cllr Quayle",
      "the first quarterly publication was expected in November 2025",
      "Director of Operations", ["governance"]),
    q("18", "question",
      "the number of patients who remained in hospital beds despite being medically fit",
      None,
      "on average 58 patients a day were waiting, around half of whom",
      None, ["adult-social-care", "integration"]),
    q("18", "question",
      "asked what contingency arrangements were in place should the island's only emergency department",
      "Cllr Kettering",
      "the trust had a mutual aid agreement with mainland providers",
      "Chief Medical Officer", []),
    q("18", "concern",
      "continued reliance on agency and bank staff to open escalation beds",
      None,
      "agency spend had reduced by 38% compared with the previous year",
      "Chief Executive", ["workforce", "finance"]),
    q("18", "question",
      "in a mental health crisis were still waiting for long periods",
      None,
      "a crisis café run with a local charity was due to open",
      "Chief Medical Officer", ["mental-health"]),
    q("18", "question",
      "and asked whether a public awareness campaign was planned",
      "Healthwatch representative",
      "a joint Choose Well campaign with the council would be launched",
      None, ["patient-and-public-input"]),
    q("18", "comment",
      "the category 2 response times in the rural wards were unacceptable",
      "Cllr Aldred", None, None, []),
    q("18", "question",
      "the uptake of flu and COVID-19 vaccinations among health and care staff",
      None,
      "uptake among frontline trust staff had been 41% last winter",
      "Director of Public Health", ["public-health", "workforce"]),
    q("18", "concern",
      "questioned whether this represented value for money when several of the beds",
      None,
      "occupancy of the purchased beds had been 79% across the winter",
      "Director of Adult Social Care and Housing Needs",
      ["finance", "adult-social-care"]),
    q("19", "question",
      "ensure continuity of care for the approximately 1,150 people currently receiving care at home",
      None,
      "there would be a transition period of up to six months",
      None, ["adult-social-care", "subcontracting", "workforce"]),
    q("19", "concern",
      "some of them owned by private equity firms, taking over the market",
      "Cllr Vosper",
      "local providers could bid as consortia or work as subcontractors",
      "Cabinet Member", ["privatisation", "subcontracting"]),
    q("19", "question",
      "the number of hours of care that could not currently be delivered",
      None,
      "there were 1,960 hours a week of unmet need",
      None, ["adult-social-care"]),
    q("19", "question",
      "whether the proposed hourly rate would be sufficient to cover the increase",
      "Cllr Tolley",
      "the rate had been modelled using a nationally recognised costing tool",
      "Assistant Director of Commissioning", ["finance", "workforce"]),
    q("19", "request",
      "requested that the cost modelling be shared with all members of the committee",
      "Cllr Tolley", None, None, ["finance"]),
    q("19", "comment",
      "they did not know which carer would arrive or at what time",
      "Healthwatch representative",
      "continuity of carer would be one of the key performance indicators",
      "Assistant Director of Commissioning",
      ["adult-social-care", "subcontracting", "patient-and-public-input"]),
    q("19", "concern",
      "the difficulty of recruiting care workers in rural areas where there was little",
      None,
      "the council's reablement service already acted as a provider of last resort",
      "Director of Adult Social Care and Housing Needs",
      ["workforce", "privatisation", "adult-social-care", "finance"]),
    q("20", "question",
      "asked what the ICB was doing to attract dentists to the island",
      "Cllr Bhandari",
      "offering a payment of £20,000 to dentists who committed to working on the island",
      None, ["primary-care", "workforce"]),
    q("20", "question",
      "the additional sessions for urgent dental treatment",
      None,
      "1,420 additional urgent appointments had been provided between April and July 2025",
      None, ["primary-care"]),
    q("20", "concern",
      "children in care and care leavers were not always receiving regular dental checks",
      None,
      "a pathway had been agreed with the council's children's services",
      "Head of Dental Commissioning", ["children-and-families", "primary-care"]),
    q("20", "request",
      "requested that the ICB provide figures on the number of looked after children",
      "Chairman", None, None, ["children-and-families", "primary-care"]),
    q("20", "question",
      "questioned the accuracy of the NHS website, which he said still showed practices",
      "Cllr Quayle",
      "acknowledged the problem and undertook to raise it with the practices concerned",
      "Head of Dental Commissioning", ["primary-care"]),
    q("21", "request",
      "requested that an item on the availability of respite care and short breaks",
      "Cllr Kettering",
      "advised that this would be considered for the meeting in November 2025",
      "Scrutiny Officer", ["adult-social-care"]),
    q("21", "question",
      "whether the committee would have an opportunity to scrutinise the draft budget proposals",
      "Cllr Aldred",
      "a joint meeting with the Corporate Scrutiny Committee would be held on 15 January 2026",
      "Chairman", ["finance", "governance", "adult-social-care"]),
    q("22", "question",
      "the waiting list for disabled facilities grants in his ward",
      "Cllr Farrant",
      "Housing Needs undertook to provide a written response",
      CM_ASC, ["housing"]),
    q("22", "question",
      "asked when the refurbishment of the Grange Road day centre in Sandhaven",
      "Cllr Vosper",
      "the works were expected to finish in December 2025",
      None, ["adult-social-care"]),
]

RESOLUTIONS = [
    {"item": "14", "text": "THAT the minutes of the meeting held on 10 July 2025 be approved",
     "outcome": "agreed", "themes": []},
    {"item": "17", "text": "THAT the progress on actions and recommendations be noted",
     "outcome": "noted", "themes": []},
    {"item": "18",
     "text": "be requested to provide the committee with monthly ambulance response times by ward",
     "outcome": "agreed", "themes": []},
    {"item": "19", "text": "Option 2, the zonal lead provider model, be supported",
     "outcome": "recommended", "themes": ["subcontracting", "adult-social-care"]},
    {"item": "20",
     "text": "asked that the ICB return to a future meeting with the outcome",
     "outcome": "agreed", "themes": ["primary-care", "subcontracting"]},
    {"item": "21",
     "text": "THAT the workplan be approved, subject to the inclusion of an item",
     "outcome": "agreed", "themes": ["adult-social-care"]},
]


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    att("Helen Marchant", "Chairman", "present"),
    att("Peter Quayle", "Vice-Chairman", "present"),
    att("Rosemary Aldred", None, "present"),
    att("Sunita Bhandari", None, "present"),
    att("Jon Kettering", None, "present"),
    att("Graham Tolley", None, "present"),
    att("Claire Vosper", None, "present"),
    att("Deborah Lyle", "Healthwatch Isle of Tarrow", "present"),
    att("Mark Ellery", None, "in_attendance"),
    att("Tessa Brownlow", None, "in_attendance"),
    att("Gareth Lowe", "Chief Executive, Isle of Tarrow NHS Trust", "in_attendance"),
    att("Dr Priya Nandra", "Chief Medical Officer, Isle of Tarrow NHS Trust", "in_attendance"),
    att("Alison Treharne", "Director of Operations, Isle of Tarrow Ambulance Service",
        "in_attendance"),
    att("Karl Dennison", None, "in_attendance"),
    att("Fiona Grange", None, "in_attendance"),
    att("Louise Petheram", None, "in_attendance"),
    att("Simon Okafor", None, "in_attendance"),
    att("Anna Revell", None, "in_attendance"),
    att("Sarah Kimber",
        "Head of Dental Commissioning, Wessex Coast and Isle of Tarrow Integrated Care Board",
        "in_attendance"),
    att("Cllr Neil Farrant", None, "in_attendance"),
    att("Robert Daintree", None, "apologies"),
    att("Lynne Hoskins", None, "apologies"),
]

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-11",
    "items": [{"number": n, "title": t} for n, t in ITEMS],
    "questions": QUESTIONS,
    "resolutions": RESOLUTIONS,
    "attendees": ATTENDEES,
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}

# ---------------------------------------------------------------------------
# Writing the Word minutes
# ---------------------------------------------------------------------------


def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


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


def build_minutes(path):
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
    normal.paragraph_format.space_after = Pt(6)

    # footer: "Page N" centred, as printed on each page of the council's minutes
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    r.font.size = Pt(9)
    r2 = fp.add_run()
    r2.font.size = Pt(9)
    _add_field(r2, "PAGE")

    title = doc.add_paragraph()
    tr = title.add_run("Minutes")
    tr.bold = True
    tr.font.size = Pt(20)
    title.paragraph_format.space_after = Pt(12)

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    for label, lines in HEADER_ROWS:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.6), Cm(12.0)
        lp = cells[0].paragraphs[0]
        lr = lp.add_run(label)
        lr.bold = True
        for i, line in enumerate(lines):
            p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            rr = p.add_run(line)
            if label in ("Name of meeting", "Date and Time", "Venue"):
                rr.bold = True
    doc.add_paragraph()

    indent = Cm(1.5)
    for block in BODY:
        kind = block[0]
        if kind == "item":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.first_line_indent = -indent
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.tab_stops.add_tab_stop(indent)
            run = p.add_run(f"{block[1]}.\t{block[2]}")
            run.bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = indent
        elif kind == "note":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.add_run(block[1]).italic = True
        elif kind == "res":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            p.paragraph_format.keep_with_next = True
            p.add_run("RESOLVED:").bold = True
        elif kind == "that":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = indent
            text = block[1]
            head, rest = text[:4], text[4:]
            p.add_run(head).bold = True
            p.add_run(rest).bold = True
        elif kind == "clause":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(2.6)
            p.paragraph_format.first_line_indent = Cm(-1.1)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
            p.add_run(f"{block[1]}\t{block[2]}").bold = True
    doc.add_paragraph()
    doc.add_paragraph()
    end = doc.add_paragraph()
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    end.add_run(CLOSING).bold = True

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Policy and Scrutiny Committee for Health and Social Care"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    """Rewrite a docx with fixed member timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Writing the agenda (not minutes)
# ---------------------------------------------------------------------------

AGENDA_HEAD = [
    ("Committee", "POLICY AND SCRUTINY COMMITTEE FOR HEALTH AND SOCIAL CARE"),
    ("Date", "THURSDAY 13 NOVEMBER 2025"),
    ("Time", "5.00 PM"),
    ("Venue", "COUNCIL CHAMBER, COUNTY HALL, WESTPORT, ISLE OF TARROW"),
    ("Members of the Committee",
     "Cllrs H Marchant (Chairman), P Quayle (Vice-Chairman), R Aldred, S Bhandari, "
     "R Daintree, L Hoskins, J Kettering, G Tolley and C Vosper"),
    ("Co-opted (Non-voting)", "D Lyle (Healthwatch Isle of Tarrow)"),
    ("Democratic Services Officer",
     "Fiona Grange, democratic.services@tarrow.gov.uk"),
]

AGENDA_INTRO = (
    "Details of this and other Council committee meetings can be viewed on the Isle of "
    "Tarrow Council's Committee website. This information may be available in alternative "
    "formats on request. Please note the meeting will be audio recorded and the recording "
    "will be placed on the website (except any part of the meeting from which the press "
    "and public are excluded). Young people are welcome to attend Council meetings, "
    "however parents/carers should be aware that the public gallery is not a supervised "
    "area.")

AGENDA_ITEMS = [
    ("1.", "Minutes (Pages 5 - 14)",
     ["To confirm as a true record the Minutes of the meeting held on 11 September 2025."]),
    ("2.", "Declarations of Interest",
     ["To invite Members to declare any interest they might have in the matters on the "
      "agenda."]),
    ("3.", "Public Question Time - Maximum 15 Minutes for Written Questions and 15 "
           "Minutes for Oral Questions",
     ["Questions may be asked without notice but to guarantee a full reply at the "
      "meeting, a question must be put including the name and address of the questioner "
      "by delivery in writing or by electronic mail to Democratic Services at "
      "democratic.services@tarrow.gov.uk, no later than two clear working days before "
      "the start of the meeting. Normally, the latest time for submission of questions "
      "will be Monday, 10 November 2025."]),
    ("4.", "Progress on Actions and Recommendations (Pages 15 - 22)",
     ["To receive an update on the actions and recommendations arising from previous "
      "meetings, including the figures requested from the Integrated Care Board on "
      "residents travelling to the mainland for planned operations."]),
    ("5.", "Adult Social Care Performance - Quarter 2 2025/26 (Pages 23 - 48)",
     ["To consider the performance of adult social care services for the period July to "
      "September 2025, including the waiting list for care at home, financial "
      "assessments and the use of short-term beds purchased for hospital discharge.",
      "Recommendation: That the committee notes the performance report and identifies "
      "any areas on which it wishes to receive further information.",
      "Key lines of enquiry:",
      "(a) How many people are waiting for a package of care, and for how long?",
      "(b) What has been done to reduce the backlog of financial assessments?",
      "(c) Are the short-term beds purchased for the winter providing value for money?"]),
    ("6.", "Respite Care and Short Breaks for Unpaid Carers (Pages 49 - 66)",
     ["To consider the availability of respite care and short breaks for unpaid carers "
      "on the island, as requested by the committee at its meeting on 11 September 2025.",
      "Recommendation: That the committee considers whether to make any recommendations "
      "to the Cabinet Member for Adult Social Care, Public Health and Housing Needs.",
      "Key lines of enquiry:",
      "(a) How do carers find out about the short breaks available to them?",
      "(b) What feedback have carers given about the booking of respite beds?"]),
    ("7.", "Committee's Workplan (Pages 67 - 72)",
     ["To consider the committee's workplan for the remainder of the municipal year."]),
    ("8.", "Members' Question Time",
     ["To guarantee a reply to a question, a question must be submitted in writing or "
      "by electronic mail to democratic.services@tarrow.gov.uk no later than 5.00 pm on "
      "Tuesday, 11 November 2025. A question may be asked at the meeting without prior "
      "notice but in these circumstances there is no guarantee that a full reply will "
      "be given at the meeting."]),
]

AGENDA_SIGN = ["CHRISTINE ALDERTON", "Monitoring Officer", "Wednesday, 5 November 2025"]

AGENDA_INTERESTS = [
    "Interests",
    "If there is a matter on this agenda which may relate to an interest you or your "
    "partner or spouse have, or one you have disclosed in your register of interests, "
    "you must declare your interest before the matter is discussed or when you become "
    "aware of the interest during the meeting. If you are unsure whether you have an "
    "interest you should seek the advice of the Monitoring Officer before the meeting.",
    "Have your say",
    "We welcome the views of the public on the matters before the committee. If you "
    "wish to ask a question, please see item 3 above. Questions about individual care "
    "arrangements cannot be answered at the meeting and will be passed to the relevant "
    "service for a reply.",
]


def build_agenda(path):
    from fpdf import FPDF

    class AgendaPDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = AgendaPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Agenda - Policy and Scrutiny Committee for Health and Social Care")
    pdf.set_author("Isle of Tarrow Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Isle of Tarrow Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 26)
    pdf.cell(0, 14, "Agenda", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in AGENDA_HEAD:
        pdf.set_font("DejaVu", "B", 10)
        y = pdf.get_y()
        pdf.multi_cell(55, 5.5, label)
        y_after_label = pdf.get_y()
        pdf.set_xy(75, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, value)
        pdf.set_y(max(pdf.get_y(), y_after_label) + 2)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.8, AGENDA_INTRO)
    pdf.ln(3)
    pdf.multi_cell(0, 4.8, "Members are asked to note that the agenda and reports are "
                            "published electronically and paper copies will only be "
                            "provided on request.")

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "AGENDA", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for num, title, paras in AGENDA_ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        y = pdf.get_y()
        pdf.cell(10, 5.8, num)
        pdf.set_xy(30, y)
        pdf.multi_cell(0, 5.8, title)
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for para in paras:
            pdf.set_x(30)
            pdf.multi_cell(0, 5.2, para)
            pdf.ln(1.2)
        pdf.ln(2.5)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    for line in AGENDA_SIGN:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
    pdf.ln(6)
    for i, para in enumerate(AGENDA_INTERESTS):
        pdf.set_font("DejaVu", "B" if i % 2 == 0 else "", 10 if i % 2 == 0 else 9)
        pdf.multi_cell(0, 5, para)
        pdf.ln(1.5)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------


def document_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def normalise(text, repl):
    text = re.sub(r"[^\w\s]", repl, text.lower())
    return " " + " ".join(text.split()) + " "


def count(phrase, text):
    """Occurrences of phrase in text, for both ways of dropping punctuation."""
    counts = []
    for repl in ("", " "):
        hay = normalise(text, repl)
        needle = normalise(phrase, repl)
        counts.append(len(re.findall("(?=" + re.escape(needle) + ")", hay)))
    return counts


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("jw-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            ok = False
            continue
        if gold_path.stem != doc_path.stem:
            print(f"NAME mismatch {gold_path.name} / {doc_path.name}")
            ok = False
        text = document_text(doc_path)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(normalise(phrase, "").split())
            c = count(phrase, text)
            if c != [1, 1]:
                print(f"{gold_path.name}: {kind} phrase found {c} times: {phrase!r}")
                ok = False
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {n_words} words: {phrase!r}")
                ok = False
        numbers = [i["number"] for i in gold.get("items", [])]
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in numbers:
                print(f"{gold_path.name}: unknown item {row['item']}")
                ok = False
        print(f"{gold_path.name}: {len(phrases)} phrases checked, {len(text)} characters")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_agenda(DOCS / AGENDA_NAME)
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}, {DOCS / AGENDA_NAME} and their gold files")


if __name__ == "__main__":
    main()
