#!/usr/bin/env python3
"""Build the "mu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mu.py           build documents/mu-* and gold/mu-*.json
        build_mu.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "mu-lydmoor-people-health-osc-2025-11-10.docx"
REPORT_NAME = "mu-lydmoor-day-opportunities-engagement-report.pdf"

FIXED = dt.datetime(2025, 11, 12, 9, 30, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

COMMITTEE = "People and Health Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes, as blocks:
#   ("title", text)            bold title lines at the top
#   ("att", label, text)       run-on attendance paragraph with a bold label
#   ("item", number, title)    numbered item heading (number, tab, bold title)
#   ("p", text)                indented body paragraph
#   ("b", text)                bullet
#   ("n", text)                numbered decision clause (typed number)
#   ("label", text)            bold label ("Decision")
#   ("sig",)                   duration and signature block
#   ("break",)                 page break
#   ("app", text)              appendix heading (bold)
#   ("apph", text)             appendix sub-heading (bold, not indented)
#   ("appp", text)             appendix paragraph (not indented)
# ---------------------------------------------------------------------------

MINUTES = [
    ("title", "PEOPLE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    ("title", "MINUTES OF MEETING HELD ON MONDAY 10 NOVEMBER 2025"),
    ("att", "Present:", "Cllrs Helen Pardy (Chair), Martin Crewe (Vice-Chair), Sarah Ashby, "
     "Neil Brewster, Lorna Fitch, Kevin Harte, Ruth Osmond, Jenny Tilley and Tom Yeatman"),
    ("att", "Apologies:", "Cllrs Graham Lush and Val Pitman"),
    ("att", "Also present:", "Cllr Carol Hayter (Cabinet Member for Adult Social Care), "
     "Cllr Peter Langdon (Cabinet Member for Public Health, Environment and Place) and "
     "Cllr Diane Sowerby"),
    ("att", "Also present remotely:", "Cllr Richard Wyatt"),
    ("att", "Officers present (for all or part of the meeting):",
     "Jonathan Pryor (Executive Director for People - Adults and Housing), Kirsty Moules "
     "(Corporate Director for Adult Social Care Operations), Hannah Fenwick (Corporate "
     "Director – Commissioning), Aidan Cole (Head of Finance – People), Rebecca Kirkland "
     "(Service Manager for Reablement), Miriam Shaw (Strategic Lead for Carers), Sam Druce "
     "(Senior Democratic Services Officer) and Alex Thorne (Democratic Services Officer)"),
    ("att", "Officers present remotely (for all or part of the meeting):",
     "Natalie Crisp (Consultant in Public Health)"),
    ("att", "Others present (for all or part of the meeting):",
     "Dr Ian Mercer (Chief Medical Officer, NHS Lydmoor Integrated Care Board), Fiona Raikes "
     "(Director of Operations, Lydmoor County Hospital NHS Foundation Trust) and Louise Gale "
     "(Chief Executive, Healthwatch Lydmoor)"),

    ("item", "34.", "Apologies"),
    ("p", "Apologies for absence were received from Cllrs Graham Lush and Val Pitman."),

    ("item", "35.", "Minutes"),
    ("p", "The minutes of the meeting held on 8 September 2025 were confirmed and signed."),

    ("item", "36.", "Declarations of Interests"),
    ("p", "No declarations of disclosable pecuniary interests were made at the meeting."),
    ("p", "Cllr Fitch declared, for transparency, that a close family member was employed by a "
     "home care agency that held a contract with the council. As this was not a disclosable "
     "pecuniary interest she remained in the meeting and took part in the discussion of "
     "minute 40."),

    ("item", "37.", "Chair's Update"),
    ("p", "The Chair reminded members that an informal briefing on the Better Care Fund and the "
     "winter plan would be held on 1 December 2025 and encouraged all members of the committee "
     "to attend. She also thanked Cllr Yeatman and Cllr Osmond for visiting the Riverside "
     "reablement base in Lydbridge with her in October."),

    ("item", "38.", "Public Participation"),
    ("p", "There were no statements or questions from town and parish councils."),
    ("p", "Two questions had been received from members of the public. The questions and the "
     "responses given by the Cabinet Member for Adult Social Care are attached as an appendix "
     "to these minutes."),
    ("p", "Mrs Newman asked a supplementary question about whether families would be told in "
     "writing before any change to the opening days of the Orchard Day Centre. In response, "
     "the Cabinet Member for Adult Social Care confirmed that every family would receive a "
     "letter and a named contact before any change was proposed."),

    ("item", "39.", "Questions from Members"),
    ("p", "No questions were received from councillors."),

    ("item", "40.", "Adult Social Care Performance and Finance Update – Quarter 2 2025/26"),
    ("p", "The Executive Director for People - Adults and Housing introduced the report, which "
     "set out performance against the key measures in the Adult Social Care Plan and the "
     "forecast budget position at the end of September 2025. The directorate was forecasting "
     "an overspend of £4.8m, mainly because of the number and cost of packages of care for "
     "people with complex needs and the continued use of short-term residential placements "
     "for people leaving hospital. The Head of Finance – People explained that £2.1m of the "
     "savings planned for the year were rated amber, that £0.6m were rated red, and that a "
     "recovery plan agreed by the Executive Leadership Team would be reported to Cabinet in "
     "December alongside the corporate budget monitoring report."),
    ("p", "Members discussed the report and the following points were raised:"),
    ("b", "A member asked why the number of people in long-term residential care had risen by 6% "
     "when the council's strategy was to support more people to remain at home. The Corporate "
     "Director for Adult Social Care Operations explained that more people were being "
     "admitted from hospital with needs that could not safely be met at home, and that a "
     "review of every short-term placement lasting longer than four weeks had started in "
     "October."),
    ("b", "Concern was expressed about the level of the fee uplift for care homes, as several "
     "homes in the north of the county had told their local councillors that they might stop "
     "accepting council-funded residents. The Corporate Director – Commissioning advised that "
     "the uplift of 5.2% for 2025/26 had been agreed following consultation with providers, "
     "that no home had yet given notice, and that the market was being monitored monthly."),
    ("b", "Cllr Brewster asked what proportion of home care was now delivered by private "
     "providers and whether the council had considered bringing some of it back in-house. "
     "The Corporate Director – Commissioning said that 94% of home care hours were purchased "
     "from independent providers. The council's reablement service was the only in-house "
     "home care, and an options appraisal for in-house provision in the most rural areas "
     "would be brought to the committee in the spring."),
    ("b", "In response to a question about the waiting list for Care Act assessments, the "
     "Corporate Director for Adult Social Care Operations confirmed that the number of people "
     "waiting had fallen from 612 to 448 since April, although waits in the Wareford locality "
     "remained longer than elsewhere because of vacancies in the social work team there."),
    ("b", "A member requested that future performance reports show waiting times for each "
     "locality rather than a single county-wide figure."),
    ("b", "Cllr Tilley commented that the use of agency social workers had fallen substantially "
     "over the past year, which had helped the budget, and asked that the committee's thanks be "
     "passed on to the locality teams."),
    ("p", "Cllr Osmond referred to paragraph 4.3 of the report and asked about the rise in "
     "safeguarding concerns received during the quarter, and whether this was linked to the "
     "closure of two care homes in Gillstock earlier in the year. The Executive Director said "
     "that the number of concerns had gone up by 11% but the proportion leading to a formal "
     "enquiry had not changed, and that both closures had been managed without any "
     "safeguarding concerns being raised about the residents who moved. Cllr Osmond also asked "
     "that the annual report of the Lydmoor Safeguarding Adults Board be brought to the "
     "committee, and the Chair agreed that it would be added to the work programme."),
    ("p", "Proposed by Cllr Crewe, seconded by Cllr Ashby."),
    ("label", "Decision"),
    ("p", "That the committee:"),
    ("n", "1.\tnoted the performance and forecast budget position for adult social care at "
     "Quarter 2 2025/26; and"),
    ("n", "2.\tasked that Care Act assessment waiting times be reported by locality in future "
     "performance reports."),

    ("item", "41.", "Hospital Discharge and Reablement – Home First Update"),
    ("p", "The Corporate Director for Adult Social Care Operations and the Director of "
     "Operations, Lydmoor County Hospital NHS Foundation Trust, gave a presentation on the "
     "joint Home First programme, which was funded through the Better Care Fund. The "
     "presentation covered the number of people discharged on pathway 1 with reablement, the "
     "average number of days people remained in hospital after they no longer met the "
     "criteria to reside, and the arrangements for the winter. The Service Manager for "
     "Reablement reported that the reablement service had recruited 23 additional reablement "
     "workers since April and that 68% of people completing a period of reablement needed no "
     "ongoing care."),
    ("p", "Dr Ian Mercer, Chief Medical Officer, NHS Lydmoor Integrated Care Board, said that the "
     "system's winter plan assumed that 40 further discharge to assess beds would be "
     "commissioned from December, and that the number of people waiting in hospital for more "
     "than 14 days had fallen from 96 in January to 61 in October."),
    ("p", "The committee discussed the issues arising from the presentation and during questions "
     "the following points were raised:"),
    ("b", "Members asked how the council and the NHS would know whether people who had been "
     "discharged home were being readmitted. Dr Mercer said that readmissions within 30 days "
     "were reported each month to the Lydmoor Health and Care Partnership Board and had "
     "remained at around 9%."),
    ("b", "A member queried why people living in rural areas were still waiting in hospital for "
     "a package of care when they were ready to go home. The Service Manager for Reablement "
     "explained that long travel distances made rural rounds difficult to staff and that a "
     "pilot paying care workers for travel time between calls had been extended to March "
     "2026."),
    ("b", "Cllr Harte sought clarification on the cost of the additional discharge to assess beds "
     "and on which organisation would pay for them. The Corporate Director – Commissioning "
     "confirmed that the beds would be jointly funded from the Better Care Fund and the ICB's "
     "discharge allocation, with the contracts let for 12 weeks in the first instance."),
    ("b", "Concerns were expressed that family carers were not always told when a relative was "
     "about to be discharged, which Healthwatch Lydmoor had also heard from families. Fiona "
     "Raikes responded that a discharge checklist, requiring ward staff to record that the "
     "carer had been contacted, would be introduced on every ward from January."),
    ("p", "The committee adjourned from 11.22 am to 11.31 am."),
    ("p", "With the Chair's permission, Cllr Sowerby, ward member for Wareford West, asked whether "
     "the travel time pilot included the villages around Wareford, where she was aware of "
     "people waiting more than a week for a care package to start. The Service Manager for "
     "Reablement confirmed that the Wareford and Bridcombe rounds had joined the pilot in "
     "September and offered to look into the cases she had raised."),
    ("p", "Cllr Wyatt left the meeting during this item."),
    ("label", "Decision"),
    ("n", "1.\tThat the Home First update be noted."),
    ("n", "2.\tThat a further update on hospital discharge, including performance over the "
     "winter, be brought to the committee in March 2026."),

    ("item", "42.", "Lydmoor Carers Strategy 2026-2029"),
    ("p", "The Cabinet Member for Adult Social Care introduced the report, which sought the "
     "committee's views on the draft Lydmoor Carers Strategy 2026-2029 before it was "
     "considered by Cabinet on 2 December 2025. The Strategic Lead for Carers explained that "
     "the draft had been co-produced with carers through eight workshops and an online survey "
     "that had received 1,146 responses, and that it set four priorities: identifying carers "
     "earlier, breaks and respite, carers' own health and wellbeing, and young carers. An "
     "estimated 52,000 people in Lydmoor provided unpaid care, but fewer than 9,000 were known "
     "to the council or to Carers Support Lydmoor."),
    ("p", "Members welcomed the strategy and made the following comments:"),
    ("b", "Cllr Fitch asked how the strategy would reach people who did not think of themselves "
     "as carers. The Strategic Lead for Carers said that GP practices and community pharmacies "
     "would be asked to identify carers and refer them for support, and that a carers' "
     "champion had been named in each primary care network."),
    ("b", "Cllr Yeatman expressed concern that the number of respite beds in the county had "
     "fallen and that carers could not book short breaks far enough in advance. The Corporate "
     "Director – Commissioning acknowledged that respite capacity was limited and said that a "
     "block contract for eight respite beds across the county would be tendered in the new "
     "year."),
    ("b", "A member asked how the strategy would support young carers and whether schools had "
     "been involved in drafting it. The Strategic Lead for Carers explained that the young "
     "carers priority had been developed with Children's Services and that 31 schools had "
     "signed up to the Young Carers in Schools award."),
    ("b", "Concern was raised that the action plan did not show how any of the actions would be "
     "funded. The Cabinet Member replied that the actions would be delivered within the "
     "existing carers budget of £3.4m and the carers element of the Better Care Fund, but "
     "accepted that some would depend on the budget for 2026/27."),
    ("b", "Members commented that the strategy should say more about the mental health of "
     "carers, particularly those caring for someone living with dementia."),
    ("p", "Proposed by Cllr Ashby, seconded by Cllr Osmond."),
    ("label", "Decision"),
    ("p", "Recommendation to Cabinet"),
    ("p", "That Cabinet:"),
    ("n", "1.\tapproves the Lydmoor Carers Strategy 2026-2029 for adoption;"),
    ("n", "2.\tnotes the comments of the committee, in particular on respite provision and on the "
     "mental health of carers; and"),
    ("n", "3.\tagrees that an annual progress report on the strategy be presented to the People "
     "and Health Overview and Scrutiny Committee."),

    ("item", "43.", "Work Programme"),
    ("p", "The committee considered its work programme and the Cabinet Forward Plan."),
    ("p", "Cllr Harte suggested that the committee look at access to NHS dentistry in the west of "
     "the county. The Senior Democratic Services Officer explained that dentistry was due to "
     "be considered by the Lydmoor and Stourbay Joint Health Scrutiny Committee in February "
     "and that the findings would be shared with members."),
    ("p", "The committee noted the work programme and agreed that the following items be added:"),
    ("b", "Lydmoor Safeguarding Adults Board Annual Report 2024/25 (January 2026)"),
    ("b", "Options appraisal for in-house home care in rural areas (March 2026)"),

    ("item", "44.", "Urgent items"),
    ("p", "There were no urgent items."),

    ("item", "45.", "Exempt Business"),
    ("p", "There was no exempt business."),

    ("sig",),
    ("break",),

    ("app", "Appendix"),
    ("apph", "People and Health Overview and Scrutiny Committee – 10 November 2025"),
    ("apph", "Minute 38 – Public Participation: questions and responses"),
    ("apph", "Question 1 – from Mrs Angela Newman"),
    ("appp", "My mother has attended the Orchard Day Centre in Sturhaven for six years and it is "
     "the only break my father gets. Families have heard from staff that the centre may close "
     "on Fridays from April. Can the council explain why families were not consulted before "
     "this was decided, and what support will be offered to carers on the days the centre "
     "is closed?"),
    ("apph", "Response from Cllr Carol Hayter, Cabinet Member for Adult Social Care"),
    ("appp", "No decision has been taken to change the opening days of the Orchard Day Centre. "
     "Officers are reviewing how day opportunities are used across the Sturhaven and Wareford "
     "area because attendance on some days has fallen below half of the places available. Any "
     "proposal to change the service would be the subject of consultation with the people who "
     "use the centre, their families and carers before a decision is made. Where a change is "
     "agreed, everyone affected will be offered a review of their needs so that other "
     "support, including respite, can be arranged."),
    ("apph", "Question 2 – from Mr Derek Hollis, on behalf of Wareford Carers Group"),
    ("appp", "Unpaid carers in the west of the county tell our group that they are waiting many "
     "months for a carer's assessment. How many carers are waiting for an assessment at "
     "present, and what is the longest time anyone has waited?"),
    ("apph", "Response from Cllr Carol Hayter, Cabinet Member for Adult Social Care"),
    ("appp", "At 31 October 2025, 214 carers were waiting for a carer's assessment and the longest "
     "wait was 19 weeks. I recognise that this is too long. Carers Support Lydmoor has been "
     "commissioned to complete an additional 150 assessments by the end of March 2026, and "
     "carers who tell us they are at breaking point are now seen within five working days."),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

ITEMS = [
    ("34", "Apologies"),
    ("35", "Minutes"),
    ("36", "Declarations of Interests"),
    ("37", "Chair's Update"),
    ("38", "Public Participation"),
    ("39", "Questions from Members"),
    ("40", "Adult Social Care Performance and Finance Update – Quarter 2 2025/26"),
    ("41", "Hospital Discharge and Reablement – Home First Update"),
    ("42", "Lydmoor Carers Strategy 2026-2029"),
    ("43", "Work Programme"),
    ("44", "Urgent items"),
    ("45", "Exempt Business"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    # 38 Public Participation (supplementary in the minute, the two questions in the appendix)
    q("38", "question",
      "asked a supplementary question about whether families would be told in writing",
      "Mrs Newman",
      "every family would receive a letter and a named contact",
      "Cabinet Member for Adult Social Care",
      ["adult-social-care"]),
    q("38", "question",
      "Can the council explain why families were not consulted before this was decided",
      "Mrs Angela Newman",
      "No decision has been taken to change the opening days of the Orchard Day Centre",
      "Cllr Carol Hayter",
      ["adult-social-care", "patient-and-public-input"]),
    q("38", "question",
      "How many carers are waiting for an assessment at present",
      "Mr Derek Hollis",
      "214 carers were waiting for a carer's assessment and the longest wait was 19 weeks",
      "Cllr Carol Hayter",
      ["adult-social-care"]),
    # 40 Performance and finance
    q("40", "question",
      "why the number of people in long-term residential care had risen by 6%",
      None,
      "more people were being admitted from hospital with needs that could not safely be met",
      "Corporate Director for Adult Social Care Operations",
      ["adult-social-care"]),
    q("40", "concern",
      "Concern was expressed about the level of the fee uplift for care homes",
      None,
      "the uplift of 5.2% for 2025/26 had been agreed following consultation with providers",
      "Corporate Director – Commissioning",
      ["adult-social-care", "finance"]),
    q("40", "question",
      "what proportion of home care was now delivered by private providers",
      "Cllr Brewster",
      "94% of home care hours were purchased from independent providers",
      "Corporate Director – Commissioning",
      ["adult-social-care", "privatisation", "subcontracting"]),
    q("40", "question",
      "In response to a question about the waiting list for Care Act assessments",
      None,
      "the number of people waiting had fallen from 612 to 448 since April",
      "Corporate Director for Adult Social Care Operations",
      ["adult-social-care"]),
    q("40", "request",
      "requested that future performance reports show waiting times for each locality",
      None, None, None,
      ["adult-social-care"]),
    q("40", "comment",
      "the use of agency social workers had fallen substantially over the past year",
      "Cllr Tilley", None, None,
      ["adult-social-care", "workforce"]),
    q("40", "question",
      "asked about the rise in safeguarding concerns received during the quarter",
      "Cllr Osmond",
      "the proportion leading to a formal enquiry had not changed",
      "Executive Director",
      ["adult-social-care"]),
    q("40", "request",
      "annual report of the Lydmoor Safeguarding Adults Board be brought to the committee",
      "Cllr Osmond",
      "the Chair agreed that it would be added to the work programme",
      "Chair",
      ["adult-social-care"]),
    # 41 Hospital discharge
    q("41", "question",
      "Members asked how the council and the NHS would know whether people",
      None,
      "readmissions within 30 days were reported each month to the Lydmoor Health",
      "Dr Mercer",
      ["adult-social-care", "integration"]),
    q("41", "question",
      "queried why people living in rural areas were still waiting in hospital",
      None,
      "a pilot paying care workers for travel time between calls had been extended",
      "Service Manager for Reablement",
      ["adult-social-care", "workforce"]),
    q("41", "question",
      "sought clarification on the cost of the additional discharge to assess beds",
      "Cllr Harte",
      "jointly funded from the Better Care Fund and the ICB's discharge allocation",
      "Corporate Director – Commissioning",
      ["adult-social-care", "finance", "integration"]),
    q("41", "concern",
      "family carers were not always told when a relative was about to be discharged",
      None,
      "a discharge checklist, requiring ward staff to record that the carer had been contacted",
      "Fiona Raikes",
      ["adult-social-care"]),
    q("41", "question",
      "asked whether the travel time pilot included the villages around Wareford",
      "Cllr Sowerby",
      "the Wareford and Bridcombe rounds had joined the pilot in September",
      "Service Manager for Reablement",
      ["adult-social-care", "workforce"]),
    # 42 Carers strategy
    q("42", "question",
      "how the strategy would reach people who did not think of themselves as carers",
      "Cllr Fitch",
      "GP practices and community pharmacies would be asked to identify carers",
      "Strategic Lead for Carers",
      ["adult-social-care", "primary-care"]),
    q("42", "concern",
      "expressed concern that the number of respite beds in the county had fallen",
      "Cllr Yeatman",
      "a block contract for eight respite beds across the county would be tendered",
      "Corporate Director – Commissioning",
      ["adult-social-care"]),
    q("42", "question",
      "how the strategy would support young carers and whether schools had been involved",
      None,
      "the young carers priority had been developed with Children's Services",
      "Strategic Lead for Carers",
      ["adult-social-care", "children-and-families"]),
    q("42", "concern",
      "the action plan did not show how any of the actions would be funded",
      None,
      "the actions would be delivered within the existing carers budget of £3.4m",
      "Cabinet Member",
      ["adult-social-care", "finance"]),
    q("42", "comment",
      "the strategy should say more about the mental health of carers",
      None, None, None,
      ["adult-social-care", "mental-health"]),
    # 43 Work programme
    q("43", "request",
      "suggested that the committee look at access to NHS dentistry",
      "Cllr Harte",
      "dentistry was due to be considered by the Lydmoor and Stourbay Joint Health",
      "Senior Democratic Services Officer",
      ["primary-care"]),
]

RESOLUTIONS = [
    {"item": "35", "text": "minutes of the meeting held on 8 September 2025 were confirmed and signed",
     "outcome": "agreed", "themes": []},
    {"item": "40", "text": "noted the performance and forecast budget position for adult social care",
     "outcome": "agreed", "themes": ["adult-social-care", "finance"]},
    {"item": "41", "text": "a further update on hospital discharge, including performance over the winter",
     "outcome": "agreed", "themes": ["adult-social-care"]},
    {"item": "42", "text": "approves the Lydmoor Carers Strategy 2026-2029 for adoption",
     "outcome": "recommended", "themes": ["adult-social-care"]},
    {"item": "43", "text": "The committee noted the work programme and agreed that the following items",
     "outcome": "agreed", "themes": []},
]


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ATTENDEES = [
    a("Helen Pardy", "Chair", "present"),
    a("Martin Crewe", "Vice-Chair", "present"),
    a("Sarah Ashby", None, "present"),
    a("Neil Brewster", None, "present"),
    a("Lorna Fitch", None, "present"),
    a("Kevin Harte", None, "present"),
    a("Ruth Osmond", None, "present"),
    a("Jenny Tilley", None, "present"),
    a("Tom Yeatman", None, "present"),
    a("Graham Lush", None, "apologies"),
    a("Val Pitman", None, "apologies"),
    a("Cllr Carol Hayter", "Cabinet Member for Adult Social Care", "in_attendance"),
    a("Cllr Peter Langdon", "Cabinet Member for Public Health, Environment and Place", "in_attendance"),
    a("Cllr Diane Sowerby", None, "in_attendance"),
    a("Cllr Richard Wyatt", None, "in_attendance"),
    a("Jonathan Pryor", "Executive Director for People - Adults and Housing", "in_attendance"),
    a("Kirsty Moules", "Corporate Director for Adult Social Care Operations", "in_attendance"),
    a("Hannah Fenwick", "Corporate Director – Commissioning", "in_attendance"),
    a("Aidan Cole", "Head of Finance – People", "in_attendance"),
    a("Rebecca Kirkland", "Service Manager for Reablement", "in_attendance"),
    a("Miriam Shaw", "Strategic Lead for Carers", "in_attendance"),
    a("Sam Druce", "Senior Democratic Services Officer", "in_attendance"),
    a("Alex Thorne", "Democratic Services Officer", "in_attendance"),
    a("Natalie Crisp", "Consultant in Public Health", "in_attendance"),
    a("Dr Ian Mercer", "Chief Medical Officer, NHS Lydmoor Integrated Care Board", "in_attendance"),
    a("Fiona Raikes", "Director of Operations, Lydmoor County Hospital NHS Foundation Trust",
      "in_attendance"),
    a("Louise Gale", "Chief Executive, Healthwatch Lydmoor", "in_attendance"),
]


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-11-10",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Word minutes
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


def build_minutes(path: Path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.0
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        for attr in ("w:eastAsia", "w:cs"):
            from docx.oxml.ns import qn
            rfonts.set(qn(attr), "Arial")

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.different_first_page_header_footer = True

    # running header on pages 2 onwards, page number in the footer of every page
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("PEOPLE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE\t\t10 NOVEMBER 2025")
    hr.font.size = Pt(8)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run()
        r.font.size = Pt(9)
        _add_field(r, "PAGE")
    fhp = sec.first_page_header.paragraphs[0]
    fhp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fhp.add_run("Lydmoor Council")
    fr.bold = True
    fr.font.size = Pt(14)

    INDENT = Cm(1.5)

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(12)
            p.paragraph_format.space_after = Pt(10)
        elif kind == "att":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            if block[1].startswith(("Officers", "Others")):
                # label on its own line, names below (manual line break)
                r.add_break(WD_BREAK.LINE)
                p.add_run(block[2])
            else:
                p.add_run(" " + block[2])
        elif kind == "item":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = INDENT
            pf.first_line_indent = -INDENT
            pf.space_before = Pt(12)
            pf.keep_with_next = True
            pf.tab_stops.add_tab_stop(INDENT)
            r = p.add_run(f"{block[1]}\t{block[2]}")
            r.bold = True
        elif kind == "p":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = INDENT
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(2.2)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(6)
        elif kind == "n":
            p = doc.add_paragraph(block[1])
            pf = p.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
        elif kind == "label":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = INDENT
            p.paragraph_format.keep_with_next = True
            p.add_run(block[1]).bold = True
        elif kind == "sig":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(24)
            p.add_run("Duration of meeting: 10.00 am - 12.52 pm")
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(24)
            p.add_run("Chair")
            p = doc.add_paragraph("....................................................")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "app":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "apph":
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
            p.paragraph_format.space_after = Pt(4)
        elif kind == "appp":
            doc.add_paragraph(block[1])
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - People and Health Overview and Scrutiny Committee - 10 November 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data: bytes, path: Path):
    """Rewrite the zip with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report (not minutes): an officer report on the council's report template
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Date of Meeting", "19 January 2026"),
    ("Cabinet Member(s)", "Cllr Carol Hayter – Cabinet Member for Adult Social Care"),
    ("Local Member(s)", "Cllr Diane Sowerby (Wareford West); Cllr Tom Yeatman (Sturhaven)"),
    ("Executive Director", "J Pryor, Executive Director for People - Adults and Housing"),
    ("Report Title", "Day Opportunities in the Sturhaven and Wareford Area – Findings of "
     "Engagement"),
    ("Executive Summary", "In September 2025 the council began a review of day opportunities for "
     "older people and adults with a learning disability in the Sturhaven and Wareford area. "
     "Attendance at the Orchard Day Centre has fallen to 46% of the places available on "
     "Mondays and Fridays, while demand for support in people's own communities has grown. "
     "Between 6 October and 30 November 2025 officers held four drop-in sessions, met the "
     "centre's users' forum and ran an online and paper survey, which received 318 responses. "
     "This report sets out what people told us and the options that will be developed for "
     "Cabinet. No decision about the future of the centre has been made."),
    ("Equalities Impact Assessment", "An Equality Impact Assessment has been started and will be "
     "completed before any proposal is put to Cabinet. Older people, disabled people and "
     "unpaid carers, who are more likely to be women, would be most affected by any change."),
    ("Budget", "The Orchard Day Centre costs £612,000 a year to run. There is no savings target "
     "attached to this review in the Medium Term Financial Plan."),
    ("Natural Environment, Climate & Ecology", "Any change to transport arrangements will be "
     "assessed for its effect on journey lengths and emissions."),
    ("Well-being and Health Implications", "Day opportunities support the health and wellbeing "
     "of the people who attend and give unpaid carers a regular break."),
    ("Other Implications", "None at this stage."),
    ("Risk Assessment", "Having considered the risks associated with this decision, the level of "
     "risk has been identified as: Current Risk: Medium. Residual Risk: Low."),
    ("Appendices", "Appendix 1 – Survey results (available on request)"),
    ("Background Papers", "Adult Social Care Plan 2024-2028; Lydmoor Carers Strategy 2026-2029 "
     "(draft)"),
    ("Recommendation", "That the committee:\n(a) considers the findings of the engagement set out "
     "in section 4; and\n(b) identifies any matters it would wish Cabinet to take into account "
     "when the options are brought forward in spring 2026."),
    ("Reason for Recommendation", "To give the committee the opportunity to scrutinise the "
     "engagement before options are developed, as requested at its meeting on 10 November "
     "2025."),
    ("Report Author", "Miriam Shaw, Strategic Lead for Carers\nTel: 01999 224466\nEmail: "
     "miriam.shaw@lydmoor.example.gov.uk"),
]

REPORT_BODY = [
    ("h", "1. Background"),
    ("p", "1.1 The Orchard Day Centre in Sturhaven is run by the council and offers 40 places a "
     "day, five days a week. In 2019 it was used on average by 37 people a day; in 2024/25 the "
     "average was 24, falling to 18 on Mondays and Fridays."),
    ("p", "1.2 Over the same period the number of people in the area receiving a direct payment "
     "to buy their own daytime support has risen from 41 to 96, and four community groups now "
     "run weekly lunch clubs and activity sessions in village halls."),
    ("p", "1.3 At its meeting on 10 November 2025 the People and Health Overview and Scrutiny "
     "Committee received a public question about the centre and asked to see the results of "
     "the engagement before any options were developed."),
    ("h", "2. How we engaged"),
    ("p", "2.1 Four drop-in sessions were held in Sturhaven, Wareford and Bridcombe, attended by "
     "87 people. Officers met the centre's users' forum twice and spoke to staff at the "
     "centre. The survey was available online, on paper at the centre and in Easy Read."),
    ("p", "2.2 Of the 318 people who responded, 71 used the centre, 142 were family members or "
     "unpaid carers and 105 were other residents or organisations."),
    ("h", "3. Current position"),
    ("p", "3.1 The centre's building needs £180,000 of work to its roof and heating over the "
     "next three years. Transport to the centre is provided by two council minibuses, and "
     "some people travel for more than an hour each way."),
    ("h", "4. What people told us"),
    ("p", "4.1 The questions most often asked at the drop-in sessions, and the answers officers "
     "gave, are summarised below."),
    ("q", "Is the Orchard Day Centre going to close?"),
    ("p", "No decision has been made. The review is looking at how day opportunities can best "
     "meet people's needs in the future, and the centre is one of the options being "
     "considered for continuing at the heart of that."),
    ("q", "Why weren't families asked before changes were talked about?"),
    ("p", "Officers accept that some families first heard about the review informally, and this "
     "should not have happened. Letters have now been sent to every family and a named "
     "contact is in place."),
    ("q", "Will people who attend lose their place?"),
    ("p", "Everyone's needs will be reviewed before any change, and no one will be left without "
     "support that meets their eligible needs under the Care Act 2014."),
    ("p", "4.2 Carers told us that the centre is often the only regular break they have: 78% of "
     "carers who responded said that losing a day at the centre would affect their own health. "
     "People who attend valued the friendships they had made and the staff, and several asked "
     "for longer opening hours rather than fewer days."),
    ("p", "4.3 Residents in outlying villages said that a service closer to home would be easier "
     "to reach, and community groups said they could do more with modest funding and help "
     "with transport."),
    ("h", "5. Next steps"),
    ("p", "5.1 Officers will develop options, including keeping the centre open five days a week "
     "with a wider offer, a hub and outreach model, and support for community groups, and "
     "will bring them back to this committee before any recommendation is made to Cabinet."),
    ("p", "5.2 Any preferred option would be the subject of formal consultation."),
    ("sig", "Jonathan Pryor\nExecutive Director for People - Adults and Housing"),
]


def build_report(path: Path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Day Opportunities in the Sturhaven and Wareford Area")
    pdf.set_author("Lydmoor Council")
    pdf.set_producer("Lydmoor Council")
    pdf.set_creator("Lydmoor Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 18, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, f"Page {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Lydmoor Council", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, COMMITTEE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(48, 122), line_height=5, text_align="LEFT",
                   first_row_as_headings=False, padding=1.5) as table:
        for label, value in REPORT_COVER:
            row = table.row()
            pdf.set_font("DejaVu", "B", 9.5)
            row.cell(label)
            pdf.set_font("DejaVu", "", 9.5)
            row.cell(value)

    pdf.add_page()
    for kind, text in REPORT_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "q":
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_x(28)
            pdf.multi_cell(0, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            indent = 20 if re.match(r"\d+\.\d+ ", text) else 28
            pdf.set_x(indent)
            pdf.multi_cell(0, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "sig":
            pdf.ln(6)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text).replace("_", "")
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("mu-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(phrase.split())
            if n != 1:
                print(f"{gold['document']}: {what} phrase found {n} times: {phrase!r}")
                problems += 1
            if not 6 <= words <= 15:
                print(f"{gold['document']}: {what} phrase has {words} words: {phrase!r}")
                problems += 1
        print(f"{gold['document']}: {len(phrases)} phrases checked, {len(text.split())} words")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
