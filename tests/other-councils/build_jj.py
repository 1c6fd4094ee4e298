#!/usr/bin/env python3
"""Build the "jj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jj.py           build documents/jj-* and gold/jj-*.json
        build_jj.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 3, 20, 10, 0, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "jj-calverley-health-care-scrutiny-2025-03-13.pdf"
OTHER_NAME = "jj-calverley-community-wellbeing-fund-guidance-2025-26.docx"

COMMITTEE = "Health and Care Scrutiny Committee"
RUNNING_HEAD = "Health and Care Scrutiny Committee -  13 March 2025"

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks
# ---------------------------------------------------------------------------
# ("item", number, title)      minute number in the margin, bold capital title
# ("p", text)                  paragraph in the text column
# ("b", text)                  bullet in the text column
# ("label", text)              bold label line (RESOLVED:)
# ("clause", marker, text)     hanging clause "(a)"
# ("gap",)                     extra space

MINUTES = [
    ("item", "201", "INTRODUCTIONS (ITEM NO. 1)"),
    ("p", "Councillor Marsh welcomed everyone to the meeting. Members of the Committee and "
          "officers introduced themselves and the Chair outlined the procedures for Fire Safety "
          "and conduct of the meeting."),

    ("item", "202", "APOLOGIES FOR ABSENCE (ITEM NO. 2)"),
    ("p", "Received from Councillors Lowther and Sefton."),

    ("item", "203", "DECLARATION OF SUBSTITUTE MEMBERS (ITEM NO. 3)"),
    ("p", "Councillor Ruiz-Allen substituted for Councillor Lowther."),

    ("item", "204", "DECLARATIONS OF INTEREST (ITEM NO. 4)"),
    ("p", "Councillor Halloran declared a personal interest in Item 10 as she was employed as a "
          "practice nurse at a GP practice in the south of the borough. Councillor Demir declared "
          "a personal interest in Item 9 as a close family member received care from the "
          "Council\u2019s in-house home care service. Neither interest was a disclosable pecuniary "
          "interest and both Members remained in the meeting for the items concerned."),

    ("item", "205", "ORDER OF BUSINESS (ITEM NO. 5)"),
    ("p", "The Chair advised that Item 10 would be taken before Item 9, to accommodate colleagues "
          "from the Integrated Care Board. The minutes are recorded in the order of the agenda."),

    ("item", "206", "CONFIRMATION OF MINUTES OF THE PREVIOUS MEETING (ITEM NO. 6)"),
    ("label", "RESOLVED:"),
    ("p", "That the minutes of the meeting held on 30 January 2025 be confirmed as an accurate "
          "record of proceedings and the Chair be authorised to sign them."),

    ("item", "207", "CHAIR'S REPORT (ITEM NO. 7)"),
    ("p", "The Chair reported that she and the Vice-Chair had visited the Rowan Ward step-down "
          "unit at Fenwick Hospital on 20 February 2025, and thanked the ward manager and staff "
          "for their time. The unit had opened in November 2024 with 14 beds for patients who were "
          "medically fit to leave hospital but needed a short period of rehabilitation before "
          "returning home, and Members had been impressed by the joint working between the "
          "hospital therapists and the Council\u2019s reablement team. The Chair also reported that "
          "the North Thames Joint Health Overview and Scrutiny Committee had met on 28 February "
          "2025 to consider proposals to consolidate specialist stroke rehabilitation beds on two "
          "sites, and that a note of that meeting would be circulated to Members of this "
          "Committee. Finally, the Chair reminded Members that suggestions for the 2025/26 work "
          "programme should be sent to the Scrutiny Officer by 4 April 2025."),

    ("item", "208", "PUBLIC QUESTIONS (ITEM NO. 8)"),
    ("p", "The Chair outlined the procedures for Public Questions and the filming and recording "
          "of meetings."),

    ("item", "209", "EXECUTIVE MEMBER QUESTIONS - HEALTH AND SOCIAL CARE (ITEM NO. 9)"),
    ("p", "Councillor Kwame Asante, Executive Member for Health and Social Care, was present and "
          "outlined his priorities and the recent work of his portfolio, during which the following "
          "main points were made \u2013"),
    ("b", "In October 2024 the Council had brought home care in the north of the borough back "
          "in-house, and 212 care workers had transferred to the Council under TUPE. The Council "
          "remained committed to the Ethical Care Charter, and all home care workers, whether "
          "employed by the Council or by its contracted providers, were paid at least the London "
          "Living Wage."),
    ("b", "A fee uplift of 6.2% had been agreed for residential and nursing care providers for "
          "2025/26, at an estimated cost of \u00a32.4 million, which would be met in part from the "
          "adult social care precept."),
    ("b", "The Better Care Fund plan for 2025/26 had been agreed with the Integrated Care Board and "
          "would be considered by the Health and Wellbeing Board on 25 March 2025. It included "
          "continued funding for the Rowan Ward step-down beds and for the joint discharge team at "
          "Fenwick Hospital."),
    ("b", "The Council had submitted its self-assessment to the Care Quality Commission in January "
          "2025 in preparation for the assessment of adult social care, which was now expected "
          "in the summer."),
    ("b", "The Executive Member also highlighted the reopening of the Amberley Road day centre "
          "following its refurbishment, and the launch of a new carers\u2019 hub in partnership with "
          "Calverley Carers Network."),
    ("p", "The following main points were noted in the discussion:"),
    ("b", "A Member asked whether bringing home care in-house had led to the expected improvements "
          "in the quality and continuity of care. The Executive Member stated that complaints "
          "about home care had fallen by a third since October 2024, and that 87% of people "
          "receiving care in the north of the borough now saw the same care worker on at least "
          "four days out of seven."),
    ("b", "Concern was expressed that home care in the south of the borough was still provided by "
          "two private companies, and it was queried whether these contracts would also be "
          "brought in-house when they expired in June 2026. In response, it was stated that an "
          "options appraisal would be reported to the Executive in the autumn, and that the "
          "Committee would have the opportunity to comment on it before any decision was taken."),
    ("b", "Members welcomed the fee uplift but asked how the Council could be sure that providers "
          "were passing it on to care workers in their pay. The Director of Adult Social Care, "
          "Sarah Whitcombe, advised that providers were now required to evidence payment of the "
          "London Living Wage at each annual contract review, and that two care homes had been "
          "issued with improvement notices during the year for failing to do so."),
    ("b", "A Member commented that carers\u2019 assessments were too often carried out over the "
          "telephone and that several unpaid carers in her ward had described the process as a "
          "tick-box exercise which had not led to any practical support."),
    ("b", "In response to a question about waiting times for occupational therapy assessments, the "
          "Director of Adult Social Care said that the number of people waiting had fallen from 410 "
          "in April 2024 to 265, although the longest waits were still over 20 weeks. Two "
          "additional occupational therapists had been recruited on fixed-term contracts funded "
          "through the Better Care Fund, and a trusted assessor model was being piloted with the "
          "community equipment service."),
    ("b", "A Member asked what the Council expected the Care Quality Commission to identify as "
          "areas for improvement. The Executive Member said that the self-assessment had been "
          "candid about waiting times for assessments and reviews, and about the transition of "
          "young people with disabilities from children\u2019s to adult services, and that the "
          "Council would not be trying to hide these issues from the inspectors."),
    ("b", "Ms Rooke (Calverley Healthwatch) asked that the self-assessment be published, so that "
          "residents and carers could see how the Council rated its own performance. The Executive "
          "Member agreed to consider publishing a summary once the assessment had taken place."),
    ("p", "The Chair thanked Councillor Asante for his attendance."),
    ("p", "The Committee noted the Executive Member\u2019s update on the Health and Social Care "
          "portfolio."),

    ("item", "210", "GP ACCESS AND PRIMARY CARE RECOVERY - CENTRAL THAMES INTEGRATED CARE BOARD "
                    "(ITEM NO. 10)"),
    ("p", "Alison Petrakis, Director of Primary Care Transformation, Central Thames Integrated Care "
          "Board, and Dr Tom Kellaway, Clinical Director, Calverley South Primary Care Network, made "
          "a presentation to the Committee, copy interleaved, during which the following main "
          "points were made \u2013"),
    ("b", "There were 31 GP practices in Calverley, organised into five Primary Care Networks and "
          "serving a registered population of around 243,000 people."),
    ("b", "The number of GP appointments delivered in Calverley in 2024 was 9% higher than in 2019, "
          "and 41% of appointments took place on the day they were booked."),
    ("b", "All practices had now moved to cloud-based telephony, which allowed patients to wait in a "
          "queue or request a call back instead of receiving an engaged tone."),
    ("b", "Under the Additional Roles Reimbursement Scheme, the Primary Care Networks had recruited "
          "118 staff, including clinical pharmacists, physician associates, first contact "
          "physiotherapists and social prescribing link workers."),
    ("b", "Pharmacy First had been launched in January 2024, and 34 of the 41 community pharmacies "
          "in the borough were delivering the service, although uptake was lower than the London "
          "average."),
    ("b", "The GP Patient Survey showed that 58% of patients in Calverley described their "
          "experience of contacting their practice as good, compared with 67% nationally."),
    ("p", "The following main points were noted in the discussion:"),
    ("b", "A Member expressed concern that residents were still being told to telephone at 8am for "
          "an appointment, and that the \u20188am rush\u2019 hit older residents and those who could "
          "not use online forms hardest. In response, Dr Kellaway stated that practices were now "
          "required to assess a patient\u2019s need on the day they made contact, and that four "
          "practices in his network had moved to a total triage model which had ended the early "
          "morning queue."),
    ("b", "In response to a question about why patient survey results in Calverley were below the "
          "national average, Ms Petrakis said that the ICB believed this partly reflected the high "
          "turnover of the borough\u2019s population, but that results varied widely between "
          "practices and the ICB would be working closely with the five lowest-scoring practices "
          "during 2025/26."),
    ("b", "A Member asked how many of the staff recruited under the Additional Roles Reimbursement "
          "Scheme were employed directly by practices and how many were supplied by agencies or "
          "private companies. Ms Petrakis said that she did not have these figures to hand and "
          "undertook to provide them after the meeting."),
    ("b", "Members raised concerns about the change of provider at the Saltmarsh Road Health "
          "Centre, where patients had reported longer waits and frequent changes of doctor since "
          "the contract was transferred. Members were informed that the contract had been awarded "
          "in 2023 following a competitive procurement, that the new provider was a GP federation "
          "owned by local practices rather than a private company, and that the ICB was monitoring "
          "the contract through monthly quality meetings."),
    ("b", "With the agreement of the Chair, Mr Desmond Achebe, a member of the public, asked what "
          "was being done to improve access to NHS dentistry for children, as his family had been "
          "unable to register with a dentist in the borough for over a year. Ms Petrakis replied "
          "that responsibility for commissioning dental services had passed to the ICB in April "
          "2023, that the ICB had commissioned additional urgent dental sessions and a children\u2019s "
          "dental access scheme at three practices in the borough, and that she would write to "
          "Mr Achebe with the details."),
    ("b", "Councillor Beckett requested that the ICB provide the Committee with data for each "
          "practice on appointment numbers, waiting times and patient survey results, so that "
          "Members could see where the variation lay. Ms Petrakis agreed that this would be "
          "circulated before the next meeting."),
    ("b", "Clarification was sought on whether Pharmacy First would continue beyond March 2025, "
          "given the financial pressures on community pharmacies. It was confirmed that the "
          "service would continue to be funded nationally in 2025/26, but the ICB shared Members\u2019 "
          "concern about the viability of community pharmacy, and three pharmacies in the borough "
          "had closed in the last 18 months."),
    ("b", "A Member commented that the Committee had received similar assurances about GP access in "
          "March 2024 and that residents in her ward had not noticed any real improvement since "
          "then."),
    ("p", "The Chair thanked Ms Petrakis and Dr Kellaway for attending."),
    ("label", "RESOLVED:"),
    ("clause", "(a)", "That the presentation be noted."),
    ("clause", "(b)", "That the Central Thames Integrated Care Board be requested to provide the "
                      "Committee with the data on access and patient experience for each GP "
                      "practice referred to above, together with the figures on staff recruited "
                      "under the Additional Roles Reimbursement Scheme."),
    ("clause", "(c)", "That a further report on GP access be included in the work programme for "
                      "2025/26."),

    ("item", "211", "SCRUTINY REVIEW - ACCESS TO COMMUNITY MENTAL HEALTH SERVICES: WITNESS "
                    "EVIDENCE (ITEM NO. 11)"),
    ("p", "The Committee received evidence from Dr Priya Ramsden, Clinical Director for Community "
          "Mental Health Services, Northgate and Calverley NHS Foundation Trust, and from Lorraine "
          "Quaye, Chief Executive of Open Door Calverley, a local mental health charity. A copy of "
          "Dr Ramsden\u2019s presentation is interleaved. During the evidence the following main "
          "points were made \u2013"),
    ("b", "The Trust had introduced a new community mental health model in 2023, with four "
          "neighbourhood teams aligned to the Primary Care Networks, bringing together Trust staff, "
          "GPs, voluntary sector workers and the Council\u2019s mental health social workers."),
    ("b", "Referrals had increased by 23% over two years, with the largest increase among people "
          "aged 18 to 25."),
    ("b", "There were vacancy rates of around 18% among community psychiatric nurses and 12% among "
          "psychologists, and the Trust relied on agency staff to cover some of these posts."),
    ("b", "Open Door Calverley delivered peer support, a crisis caf\u00e9 open four evenings a week and "
          "the borough\u2019s \u2018waiting well\u2019 service under contracts with the Council and "
          "the ICB. Ms Quaye described the charity\u2019s role as \u2018catching the people who fall "
          "through the gaps between services\u2019."),
    ("p", "The following main points were noted in the discussion:"),
    ("b", "A Member asked what the average wait was between referral and a first appointment with "
          "a neighbourhood mental health team. Dr Ramsden advised that the median wait was 19 "
          "days, but that around one in six people waited more than 12 weeks, mostly for "
          "psychological therapies."),
    ("b", "Concerns were expressed about reports of people in mental health crisis waiting in the "
          "emergency department at Fenwick Hospital for over 24 hours for a bed. In response, "
          "Dr Ramsden stated that the number of such waits had fallen since the opening of the "
          "mental health assessment unit in September 2024, but that pressure on inpatient beds "
          "remained high, and the Trust was working with the Council to reduce delays in "
          "discharging patients who were ready to leave hospital but had nowhere suitable to live."),
    ("b", "A Member asked about the effect of short-term funding on voluntary sector mental health "
          "services. Ms Quaye said that most of Open Door\u2019s contracts with the Council and the "
          "ICB were for a single year, which made it difficult to recruit and keep staff, and meant "
          "that each winter staff did not know whether their posts would continue beyond March."),
    ("b", "The Committee asked whether Calverley patients were being sent to private hospitals "
          "outside London because of a shortage of local beds. Dr Ramsden confirmed that 11 "
          "Calverley residents were currently in out of area placements, most of them in "
          "independent sector hospitals, and that ending such placements was one of the Trust\u2019s "
          "priorities for the coming year."),
    ("b", "Councillor Demir requested that the review should also hear from residents living in "
          "temporary accommodation, who were often moved between boroughs and could lose contact "
          "with their mental health team as a result. It was agreed that the Scrutiny Officer "
          "would arrange for the Housing Needs service and residents to give evidence at a future "
          "meeting."),
    ("b", "Ms Rooke commented that Healthwatch had heard from many residents who did not know what "
          "support was available to them while they waited for treatment. Ms Quaye agreed, and "
          "said that Open Door was co-producing a guide to waiting well with people with lived "
          "experience, which would be published in May."),
    ("p", "The Chair thanked the witnesses for their evidence."),
    ("label", "RESOLVED:"),
    ("p", "That the evidence received from the witnesses be noted."),

    ("item", "212", "WORK PROGRAMME 2024/25 (ITEM NO. 12)"),
    ("p", "The Chair introduced the work programme. It was noted that the final meeting of the "
          "municipal year, on 24 April 2025, would consider the draft recommendations of the "
          "scrutiny review of access to community mental health services, the annual report of "
          "Calverley Healthwatch and the Quality Account of Fenwick Hospital NHS Trust."),
    ("p", "Councillor Pattinson asked whether the Committee would have an opportunity to scrutinise "
          "the proposed merger of Fenwick Hospital NHS Trust with St Anne\u2019s University Hospital "
          "NHS Trust before the two trust boards took a decision. The Chair said that the trusts "
          "had been invited to attend in June, and that she would also raise the matter with the "
          "Chair of the North Thames Joint Health Overview and Scrutiny Committee."),
    ("p", "Members suggested that the following topics be considered for 2025/26: the options "
          "appraisal on home care in the south of the borough; hospital discharge and the "
          "step-down beds on Rowan Ward; and the health of people living in temporary "
          "accommodation."),
    ("label", "RESOLVED:"),
    ("p", "That the work programme be noted, subject to the addition of an item on the proposed "
          "merger of the acute trusts and of the topics suggested by Members for 2025/26."),
]


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "201", "title": "INTRODUCTIONS"},
        {"number": "202", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "203", "title": "DECLARATION OF SUBSTITUTE MEMBERS"},
        {"number": "204", "title": "DECLARATIONS OF INTEREST"},
        {"number": "205", "title": "ORDER OF BUSINESS"},
        {"number": "206", "title": "CONFIRMATION OF MINUTES OF THE PREVIOUS MEETING"},
        {"number": "207", "title": "CHAIR'S REPORT"},
        {"number": "208", "title": "PUBLIC QUESTIONS"},
        {"number": "209", "title": "EXECUTIVE MEMBER QUESTIONS - HEALTH AND SOCIAL CARE"},
        {"number": "210", "title": "GP ACCESS AND PRIMARY CARE RECOVERY - CENTRAL THAMES "
                                   "INTEGRATED CARE BOARD"},
        {"number": "211", "title": "SCRUTINY REVIEW - ACCESS TO COMMUNITY MENTAL HEALTH SERVICES: "
                                   "WITNESS EVIDENCE"},
        {"number": "212", "title": "WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # 209 Executive Member Questions
        q("209", "question",
          "had led to the expected improvements in the quality and continuity of care",
          "complaints about home care had fallen by a third since October 2024",
          None, "The Executive Member", ["adult-social-care", "privatisation"]),
        q("209", "concern",
          "home care in the south of the borough was still provided by two private companies",
          "an options appraisal would be reported to the Executive in the autumn",
          None, None, ["adult-social-care", "privatisation", "subcontracting"]),
        q("209", "question",
          "asked how the Council could be sure that providers were passing it on",
          "providers were now required to evidence payment of the London Living Wage",
          None, "The Director of Adult Social Care, Sarah Whitcombe",
          ["adult-social-care", "workforce", "finance", "subcontracting"]),
        q("209", "comment",
          "carried out over the telephone and that several unpaid carers in her ward",
          None, None, None, ["adult-social-care"]),
        q("209", "question",
          "In response to a question about waiting times for occupational therapy assessments",
          "the number of people waiting had fallen from 410 in April 2024 to 265",
          None, "the Director of Adult Social Care", ["adult-social-care"]),
        q("209", "question",
          "asked what the Council expected the Care Quality Commission to identify as areas for "
          "improvement",
          "the Council would not be trying to hide these issues from the inspectors",
          None, "The Executive Member", ["governance", "adult-social-care"]),
        q("209", "request",
          "so that residents and carers could see how the Council rated its own performance",
          "agreed to consider publishing a summary once the assessment had taken place",
          "Ms Rooke", "The Executive Member", ["governance", "patient-and-public-input"]),
        # 210 GP access
        q("210", "concern",
          "residents were still being told to telephone at 8am for an appointment",
          "four practices in his network had moved to a total triage model",
          None, "Dr Kellaway", ["primary-care"]),
        q("210", "question",
          "why patient survey results in Calverley were below the national average",
          "results varied widely between practices and the ICB would be working closely",
          None, "Ms Petrakis", ["primary-care", "patient-and-public-input"]),
        q("210", "question",
          "employed directly by practices and how many were supplied by agencies or private companies",
          "she did not have these figures to hand and undertook to provide them",
          None, "Ms Petrakis", ["primary-care", "workforce", "privatisation"]),
        q("210", "concern",
          "patients had reported longer waits and frequent changes of doctor since the contract",
          "the new provider was a GP federation owned by local practices",
          None, None, ["primary-care", "subcontracting", "privatisation"]),
        q("210", "question",
          "what was being done to improve access to NHS dentistry for children",
          "the ICB had commissioned additional urgent dental sessions",
          "Mr Desmond Achebe", "Ms Petrakis",
          ["primary-care", "children-and-families", "patient-and-public-input"]),
        q("210", "request",
          "provide the Committee with data for each practice on appointment numbers",
          "agreed that this would be circulated before the next meeting",
          "Councillor Beckett", "Ms Petrakis", ["primary-care"]),
        q("210", "question",
          "Clarification was sought on whether Pharmacy First would continue beyond March 2025",
          "the service would continue to be funded nationally",
          None, None, ["primary-care", "finance"]),
        q("210", "comment",
          "had received similar assurances about GP access in March 2024",
          None, None, None, ["primary-care"]),
        # 211 scrutiny review witness evidence
        q("211", "question",
          "average wait was between referral and a first appointment with a neighbourhood",
          "the median wait was 19 days, but that around one in six people waited",
          None, "Dr Ramsden", ["mental-health"]),
        q("211", "concern",
          "people in mental health crisis waiting in the emergency department at Fenwick Hospital",
          "the number of such waits had fallen since the opening",
          None, "Dr Ramsden", ["mental-health"]),
        q("211", "question",
          "funding on voluntary sector mental health services",
          "contracts with the Council and the ICB were for a single year",
          None, "Ms Quaye", ["mental-health", "finance", "subcontracting"]),
        q("211", "question",
          "were being sent to private hospitals outside London because of a shortage of local beds",
          "11 Calverley residents were currently in out of area placements",
          None, "Dr Ramsden", ["mental-health", "privatisation"]),
        q("211", "request",
          "hear from residents living in temporary accommodation, who were often moved between "
          "boroughs",
          "the Scrutiny Officer would arrange for the Housing Needs service and residents",
          "Councillor Demir", None, ["mental-health", "housing"]),
        q("211", "comment",
          "did not know what support was available to them while they waited for treatment",
          "a guide to waiting well with people with lived experience",
          "Ms Rooke", "Ms Quaye", ["mental-health", "patient-and-public-input"]),
        # 212 work programme
        q("212", "question",
          "an opportunity to scrutinise the proposed merger of Fenwick Hospital NHS Trust",
          "the trusts had been invited to attend in June",
          "Councillor Pattinson", "The Chair", ["governance"]),
        q("212", "request",
          "the options appraisal on home care in the south of the borough",
          None, None, None, ["adult-social-care"]),
    ],
    "resolutions": [
        {"item": "206", "text": "minutes of the meeting held on 30 January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "209", "text": "update on the Health and Social Care portfolio",
         "outcome": "noted", "themes": []},
        {"item": "210", "text": "together with the figures on staff recruited under the Additional "
                                "Roles Reimbursement Scheme",
         "outcome": "agreed", "themes": ["primary-care", "workforce"]},
        {"item": "211", "text": "evidence received from the witnesses be noted",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "212", "text": "subject to the addition of an item on the proposed merger",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Marsh", "role": "Chair", "attendance": "present"},
        {"name": "Okonjo", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Beckett", "role": None, "attendance": "present"},
        {"name": "Demir", "role": None, "attendance": "present"},
        {"name": "Halloran", "role": None, "attendance": "present"},
        {"name": "Pattinson", "role": None, "attendance": "present"},
        {"name": "Ruiz-Allen", "role": None, "attendance": "present"},
        {"name": "Gillian Rooke", "role": "Co-opted Member", "attendance": "present"},
        {"name": "Asante", "role": None, "attendance": "in_attendance"},
        {"name": "Lowther", "role": None, "attendance": "apologies"},
        {"name": "Sefton", "role": None, "attendance": "apologies"},
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 9)
                self.set_xy(20, 10)
                self.cell(170, 5, RUNNING_HEAD, align="R")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Care Scrutiny Committee - 13 March 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("ModernGov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    num_x, text_x, right = 20.0, 38.0, 190.0
    lh = 5.2

    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "London Borough of Calverley", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Health and Care Scrutiny Committee -  Thursday, 13 March 2025",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, lh, "Minutes of the meeting of the Health and Care Scrutiny Committee held "
                          "at Committee Room 4, Town Hall, Fenwick Street, N7 2RD on Thursday, "
                          "13 March 2025 at 7.30 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def attendance_row(label, sub, names):
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(35, lh, label)
        pdf.set_font("Sans", "", 10.5)
        pdf.set_xy(55, y)
        pdf.cell(28, lh, sub)
        pdf.set_xy(83, y)
        pdf.multi_cell(right - 83, lh, names, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    attendance_row("Present:", "Councillors:",
                   "Marsh (Chair), Okonjo (Vice-Chair), Beckett, Demir, Halloran, Pattinson and "
                   "Ruiz-Allen")
    attendance_row("Also Present:", "Councillors:", "Asante")
    attendance_row("Co-opted Member:", "", "Gillian Rooke, Calverley Healthwatch")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, lh, "Councillor Nadia Marsh in the Chair", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(5)

    def body(text, x=text_x, bold=False):
        pdf.set_font("Sans", "B" if bold else "", 10.5)
        pdf.set_x(x)
        pdf.multi_cell(right - x, lh, text, new_x="LMARGIN", new_y="NEXT")

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            if pdf.get_y() > 297 - 22 - 3 * lh:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(num_x, y)
            pdf.cell(text_x - num_x, lh, number)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(right - text_x, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            body(block[1])
            pdf.ln(2.5)
        elif kind == "label":
            body(block[1], bold=True)
            pdf.ln(1)
        elif kind == "b":
            y = pdf.get_y()
            if y > 297 - 22 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("Sans", "", 10.5)
            pdf.set_xy(text_x + 1, y)
            pdf.cell(5, lh, "\u2022")
            body(block[1], x=text_x + 6)
            pdf.ln(1.5)
        elif kind == "clause":
            _, marker, text = block
            y = pdf.get_y()
            if y > 297 - 22 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("Sans", "", 10.5)
            pdf.set_xy(text_x, y)
            pdf.cell(9, lh, marker)
            body(text, x=text_x + 9)
            pdf.ln(1.5)

    pdf.ln(6)
    body("The meeting ended at 9.52 pm")
    pdf.ln(14)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_x(text_x)
    pdf.cell(0, lh, "CHAIR", new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# DOCX writer (the document that is not minutes)
# ---------------------------------------------------------------------------

def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a .docx so that every zip entry has a fixed timestamp and order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_other_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "Public Health Team"
    cp.last_modified_by = "Public Health Team"
    cp.title = "Calverley Community Wellbeing Fund 2025/26 - Guidance for applicants"
    cp.revision = 3

    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "London Borough of Calverley \u2013 Public Health"
    sec.footer.paragraphs[0].text = ("Community Wellbeing Fund 2025/26 \u2013 Guidance for "
                                     "applicants \u2013 version 1.2, February 2025")

    doc.add_heading("Calverley Community Wellbeing Fund 2025/26", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Guidance for applicants")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    doc.add_paragraph("Closing date for applications: 5pm, Friday 2 May 2025")

    doc.add_heading("Foreword", level=1)
    doc.add_paragraph(
        "Calverley has some of the most active community groups in London. During the pandemic, "
        "and through the cost of living crisis, it was often small local groups that reached the "
        "residents whom services found hardest to reach. This fund is our way of backing that "
        "work. I would encourage every group with a good idea for improving health in its "
        "neighbourhood to apply.")
    doc.add_paragraph("Councillor Kwame Asante, Executive Member for Health and Social Care")

    doc.add_heading("1. About the fund", level=1)
    doc.add_paragraph(
        "The Community Wellbeing Fund provides grants to voluntary and community organisations "
        "for projects that help Calverley residents to stay healthy, reduce loneliness and "
        "isolation, and narrow the gap in healthy life expectancy between the most and least "
        "deprived parts of the borough. A total of \u00a3350,000 is available in 2025/26, funded "
        "from the Council\u2019s Public Health Grant.")
    doc.add_paragraph(
        "The Executive agreed on 6 February 2025 that the fund should continue for a third year, "
        "and that at least 40% of the money should go to groups based in the six wards with the "
        "highest levels of deprivation.")

    doc.add_heading("2. What are we looking for?", level=1)
    doc.add_paragraph("We will prioritise projects that do one or more of the following:")
    for t in [
        "help people to be more physically active, eat well or stop smoking;",
        "support people\u2019s mental health and emotional wellbeing, including peer support;",
        "reduce isolation among older residents and unpaid carers;",
        "help families with children under five to use local health services;",
        "involve the people who will use the project in designing and running it.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("3. Who can apply?", level=1)
    doc.add_paragraph(
        "Registered charities, community interest companies, constituted community groups, "
        "tenants\u2019 and residents\u2019 associations and faith groups working in Calverley may "
        "apply. Your organisation must have a bank account in its own name with at least two "
        "unrelated signatories, and a safeguarding policy if you work with children or adults at "
        "risk.")
    doc.add_paragraph(
        "Individuals, political groups, statutory bodies (including schools and NHS bodies) and "
        "organisations that distribute profits to members cannot apply.")

    doc.add_heading("4. How much can we apply for?", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Grant", "Amount", "Length of project"
    for row in [("Small grant", "Up to \u00a35,000", "Up to 12 months"),
                ("Medium grant", "\u00a35,001 to \u00a325,000", "Up to 18 months"),
                ("Partnership grant", "\u00a325,001 to \u00a350,000",
                 "Up to 24 months (two or more organisations applying together)")]:
        cells = table.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("5. How will decisions be made?", level=1)
    doc.add_paragraph(
        "Each application will be scored by two officers from Public Health and Community "
        "Partnerships against the criteria in section 2. Applications for medium and "
        "partnership grants will then be considered by a panel including a representative of "
        "Calverley Healthwatch and a resident with experience of the issues the fund addresses.")
    doc.add_paragraph(
        "The panel will make recommendations, and awards will be approved by the Director of "
        "Public Health under delegated authority. The panel\u2019s decision is final and there is "
        "no right of appeal, but we will give feedback to every unsuccessful applicant who asks "
        "for it.")

    doc.add_heading("6. Frequently asked questions", level=1)
    faqs = [
        ("We received a grant in 2024/25. Can we apply again?",
         "Yes. You will need to show what your last project achieved, and explain how the new "
         "project is different or how it will reach more people."),
        ("Do we need to be a registered charity?",
         "No. Constituted community groups can apply for small grants. For medium and "
         "partnership grants you must be a registered charity, a charitable incorporated "
         "organisation or a community interest company."),
        ("Can we use the grant to pay staff?",
         "Yes, you can include staff costs, sessional workers and volunteer expenses. We "
         "expect staff to be paid at least the London Living Wage."),
        ("Will you fund equipment?",
         "Equipment can be included where it is needed to deliver the project, up to a "
         "maximum of 20% of the grant requested."),
        ("What if our project is not in one of the six priority wards?",
         "You can still apply. Projects across the whole borough are eligible, but the panel "
         "has been asked to make sure that at least 40% of the fund is awarded in those wards."),
    ]
    for question, answer in faqs:
        qp = doc.add_paragraph()
        qr = qp.add_run(question)
        qr.bold = True
        doc.add_paragraph(answer)

    doc.add_heading("7. Key dates", level=1)
    dates = doc.add_table(rows=1, cols=2)
    dates.style = "Table Grid"
    dates.rows[0].cells[0].text = "Stage"
    dates.rows[0].cells[1].text = "Date"
    for stage, when in [("Fund opens", "Monday 10 March 2025"),
                        ("Online information session", "Wednesday 26 March 2025, 6pm"),
                        ("Closing date", "Friday 2 May 2025, 5pm"),
                        ("Panel meets", "w/c 9 June 2025"),
                        ("Decisions sent to applicants", "By Friday 27 June 2025"),
                        ("Projects start", "From 1 August 2025")]:
        cells = dates.add_row().cells
        cells[0].text, cells[1].text = stage, when

    doc.add_heading("8. How to apply", level=1)
    doc.add_paragraph(
        "Apply online at www.calverley.gov.uk/wellbeingfund. If you need the form in another "
        "format, or would like help to complete it, contact the Community Partnerships team on "
        "020 7946 0321 or email wellbeingfund@calverley.gov.uk.")

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def extract_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
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


def norm_variants(text: str) -> list[str]:
    """Lower-case, drop punctuation (two readings: delete it, or turn it into a space),
    collapse white space."""
    low = text.lower()
    out = []
    for repl in ("", " "):
        t = re.sub(r"[^\w\s]|_", repl, low)
        out.append(" " + re.sub(r"\s+", " ", t).strip() + " ")
    return out


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("jj-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            failures += 1
            continue
        if gold_path.stem != doc_path.stem:
            print(f"gold name {gold_path.name} does not match {doc_path.name}")
            failures += 1
        text_variants = norm_variants(extract_text(doc_path))
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print(f"{gold_path.name}: non-minutes gold has extra keys {extra}")
                failures += 1
            print(f"{gold_path.name}: {gold['doc_type']} (no rows)")
            continue
        items = {i["number"] for i in gold["items"]}
        phrases = []
        for r in gold["questions"]:
            phrases.append(("question", r["item"], r["text"]))
            if r["answer"] is not None:
                phrases.append(("answer", r["item"], r["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["item"], r["text"]))
        for kind, item, phrase in phrases:
            if item not in items:
                print(f"  {kind} refers to unknown item {item}: {phrase!r}")
                failures += 1
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"  {kind} has {words} words: {phrase!r}")
                failures += 1
            for v, text in zip(("delete", "space"), text_variants):
                p = norm_variants(phrase)[0 if v == "delete" else 1].strip()
                n = text.count(" " + p + " ")
                if n != 1:
                    print(f"  {kind} [{v}] occurs {n} times: {phrase!r}")
                    failures += 1
        print(f"{gold_path.name}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees, "
              f"{len(phrases)} phrases checked")
    print("OK" if failures == 0 else f"{failures} FAILURES")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_other_docx(DOCS / OTHER_NAME)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
