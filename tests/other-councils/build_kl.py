#!/usr/bin/env python3
"""Build the "kl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kl.py           build documents/kl-* and gold/kl-*.json
        build_kl.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime(2025, 3, 24, 9, 0, 0, tzinfo=timezone.utc)

MINUTES_NAME = "kl-tettenford-health-scrutiny-panel-2025-03-13.pdf"
REPORT_NAME = "kl-tettenford-hsp-report-vaccination-immunisation-uptake.docx"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

MEMBERS = [
    "Cllr Maureen Ellery (Chair)",
    "Cllr Tarsem Kalsi (Vice-Chair)",
    "Cllr Stephen Cowdrey",
    "Cllr Amrit Dhesi",
    "Cllr Lorna Fairbanks",
    "Cllr Peter Halloran",
    "Cllr Ruth Melling",
    "Cllr Gwen Oduya",
    "Cllr Neville Pountney",
    "Cllr Imran Qadeer",
]

IN_ATTENDANCE = [
    ("Cllr Denise Harcourt", "Cabinet Member for Public Health and Wellbeing"),
    ("Tracy Aldred", "Chief Executive, Healthwatch Tettenford"),
]

WITNESSES = [
    ("Sally Brennock", "Chief Operating Officer, Royal Tettenford NHS Trust"),
    ("Dr Kieran Fothergill", "Chief Medical Officer, Royal Tettenford NHS Trust"),
    ("Mark Ellwood", "Head of Primary Care, Tame and Penk Integrated Care Board"),
    ("Dr Anjali Rawson", "Clinical Director, Tettenford North Primary Care Network"),
    ("Fiona Castleton", "Director of Operations, Penkvale Healthcare NHS Foundation Trust"),
]

EMPLOYEES = [
    ("Rhian Kettering", "Director of Public Health"),
    ("Gavin Rudd", "Service Director, Adult Social Care"),
    ("Julia Marsden", "Scrutiny Officer"),
    ("Kamal Chaudhry", "Democratic Services Officer"),
]

# Each item: number, title, blocks. A block is ("p", text), ("resolved", [clauses])
# or ("resolved1", text) for a single unnumbered clause.
ITEMS = [
    ("1", "Welcome and introductions", [
        ("p", "The Chair welcomed everyone to the meeting and advised that the meeting was "
              "being live streamed to the press and public. A recording of the meeting would "
              "be available to view on the Council's website. Those present at the meeting "
              "introduced themselves."),
    ]),
    ("2", "Apologies", [
        ("p", "Apologies for absence were received from Cllr Janet Asbury and Cllr Olu "
              "Adebayo. Apologies were also received from Rachel Dunmore, Director of "
              "Strategy, Royal Tettenford NHS Trust."),
    ]),
    ("3", "Declarations of interest", [
        ("p", "Cllr Amrit Dhesi declared a non-pecuniary interest in item 7 (Access to General "
              "Practice) as a member of his family was employed as a practice nurse at a "
              "surgery in the Kettlewood area."),
    ]),
    ("4", "Minutes of the previous meeting", [
        ("resolved1", "That the minutes of the previous meeting held on 16 January 2025 be "
                      "approved as a correct record."),
    ]),
    ("5", "Matters arising", [
        ("p", "The Scrutiny Officer reported that the written response from Midland Counties "
              "Ambulance Service on hospital handover delays, requested at the last meeting "
              "(minute 6 refers), had been circulated to Panel Members on 4 February 2025."),
        ("p", "A Panel Member asked whether the Panel would still receive the figures on "
              "ambulance response times broken down by ward, which had not been included in "
              "the response. The Scrutiny Officer stated that the request had been chased "
              "with the ambulance service and the ward figures would be circulated as soon "
              "as they were received."),
    ]),
    ("6", "Royal Tettenford NHS Trust \u2013 Urgent and Emergency Care Winter Review 2024-2025", [
        ("p", "The Chair welcomed the representatives of the Royal Tettenford NHS Trust to the "
              "meeting. The Chief Operating Officer presented the report on the performance "
              "of urgent and emergency care services over the winter period. She highlighted "
              "that the Emergency Department at St Aldhelm's Hospital had experienced its "
              "busiest December on record, with an average of 512 attendances each day, and "
              "that performance against the four hour standard had been 71.4 per cent in "
              "February 2025, against the national ambition of 78 per cent by March 2025. "
              "Ambulance handover times had improved since the Ambulance Receiving Area had "
              "opened in November 2024, with an average handover time of 31 minutes in "
              "January 2025. The Trust had opened 44 escalation beds over the winter and the "
              "Same Day Emergency Care unit now remained open until midnight seven days a "
              "week. The Chief Medical Officer added that flu admissions had peaked in the "
              "last week of December, when the hospital had cared for 118 patients with flu "
              "at the same time."),
        ("p", "The Chair asked about the number of patients who had waited more than twelve "
              "hours in the Emergency Department from their time of arrival. The Chief "
              "Operating Officer stated that in January 2025 the figure had been 9.8 per cent "
              "of all attendances, which compared well with the regional average, but the "
              "Trust recognised that any wait of that length was unacceptable for the patient "
              "and their family."),
        ("p", "A Panel Member expressed concern about reports from residents that older "
              "patients had been cared for on trolleys in corridors for long periods during "
              "January. The Chief Medical Officer responded that corridor care was only used "
              "as a last resort at times of extreme pressure and that every patient being "
              "cared for in a corridor was reviewed by a senior nurse each hour. He added "
              "that the Trust had been open with the Care Quality Commission about its use of "
              "corridor care and reported the numbers to its Board each month."),
        ("p", "Cllr Peter Halloran asked what proportion of the delays in discharging patients "
              "from hospital were caused by waits for social care packages. The Service "
              "Director, Adult Social Care, stated that on an average day in February 2025 "
              "there had been 38 patients in St Aldhelm's who no longer met the criteria to "
              "reside in hospital, of whom only six were waiting for a care package funded by "
              "the Council. The discharge to assess model and the Home First reablement "
              "service meant that most people were now discharged within 48 hours of being "
              "medically fit."),
        ("p", "The Vice-Chair commented that the Better Care Fund had paid for additional "
              "reablement capacity over the winter and sought clarification on whether the "
              "funding would continue in 2025-2026. The Service Director, Adult Social Care, "
              "confirmed that the Better Care Fund plan for 2025-2026 had been agreed with "
              "the Integrated Care Board and that reablement capacity would be maintained, "
              "although the former discharge grant was now part of the wider fund and this "
              "would put pressure on the budget."),
        ("p", "A Panel Member asked about staffing levels in the Emergency Department and the "
              "Trust's use of agency nurses during the winter. The Chief Operating Officer "
              "stated that agency spending had fallen by 40 per cent compared with the "
              "previous winter because the Trust had recruited 62 international nurses and "
              "expanded its own staff bank, and that there were currently 14 vacant "
              "registered nurse posts in urgent and emergency care. The Panel Member went on "
              "to ask what was being done to encourage the international nurses to stay in "
              "Tettenford once they had settled. The Chief Operating Officer confirmed that "
              "each international nurse had a named pastoral lead for their first year and "
              "that 91 per cent of those recruited in 2023 were still working for the Trust."),
        ("p", "Cllr Lorna Fairbanks commented that many residents went to the Emergency "
              "Department because they could not get an appointment with their own doctor, "
              "and that the public messages about which service to use were confusing and "
              "changed too often."),
        ("p", "The Chief Executive of Healthwatch Tettenford reported that Healthwatch had "
              "carried out an Enter and View visit to the Emergency Department in December "
              "2024 and asked whether the Trust would respond formally to the eight "
              "recommendations in the Healthwatch report. The Chief Medical Officer confirmed "
              "that the Trust had accepted all eight recommendations and that an action plan "
              "would be shared with Healthwatch Tettenford by the end of April 2025."),
        ("p", "The Chair thanked the representatives of the Trust for their report and for the "
              "work of staff over a very difficult winter."),
        ("resolved", [
            "That the report on urgent and emergency care performance over the winter of "
            "2024-2025 be noted.",
            "That the Royal Tettenford NHS Trust be asked to provide the Panel with the "
            "monthly number of patients cared for in corridors, broken down by age group.",
            "That the Trust's action plan in response to the Healthwatch Tettenford Enter and "
            "View report be circulated to Panel Members when available.",
        ]),
    ]),
    ("7", "Access to General Practice", [
        ("p", "The Head of Primary Care, Tame and Penk Integrated Care Board (ICB), gave a "
              "presentation on access to general practice in the City. There were 38 GP "
              "practices in Tettenford, working together in seven Primary Care Networks. "
              "Practices had provided 1.46 million appointments in 2024, 9 per cent more than "
              "in 2019, and 41 per cent of appointments took place on the same day that they "
              "were booked. The ICB had funded cloud based telephone systems for every "
              "practice and 33 practices now offered an online consultation tool. The "
              "Clinical Director, Tettenford North Primary Care Network, described the work "
              "of the additional roles now employed by the networks, including clinical "
              "pharmacists, physician associates, social prescribing link workers and first "
              "contact physiotherapists."),
        ("p", "The Chair asked why residents continued to report difficulty getting through "
              "to their surgery at 8am when the figures suggested that more appointments were "
              "available than ever before. The Head of Primary Care stated that demand had "
              "grown faster than capacity, as the population of the City had increased and "
              "more people were living with long-term conditions. He explained that the new "
              "telephone systems offered a call-back option so that patients no longer had "
              "to hold in a queue."),
        ("p", "A Panel Member expressed concern that patients who were not confident using the "
              "internet were being disadvantaged by the move to online booking. The Clinical "
              "Director responded that every practice was required to offer the same access "
              "by telephone and in person as it did online, and that online requests freed "
              "up the telephone lines for the patients who needed them most. She added that "
              "Healthwatch Tettenford was running digital skills sessions in the City's "
              "libraries."),
        ("p", "Cllr Imran Qadeer asked about the closure in 2024 of the branch surgery in "
              "Cotsfield and the impact on elderly residents who now needed to catch two "
              "buses to reach the main practice. The Head of Primary Care stated that the ICB "
              "had consulted patients before agreeing to the closure and had asked the "
              "practice to run a weekly clinic at Cotsfield Community Centre; he undertook to "
              "look into whether the clinic could be offered more often."),
        ("p", "The Vice-Chair asked how many GPs were working in the City and whether the ICB "
              "was worried about recruitment. The Head of Primary Care stated that there were "
              "196 full-time equivalent GPs in Tettenford, or one GP for every 1,420 patients, "
              "which was below the England average. Newly qualified GPs were finding it hard "
              "to obtain salaried posts because practices could not afford to employ them, "
              "and the ICB was helping practices to use the national funding made available "
              "for this purpose."),
        ("p", "Cllr Ruth Melling requested that Panel Members be sent the appointment data for "
              "each practice so that they could see how the practices in their own wards "
              "compared with others. The Head of Primary Care agreed to share the data, which "
              "was published each month by NHS England."),
        ("p", "A Panel Member raised the closure of two community pharmacies in the Harrowby "
              "Green area and asked what the ICB could do to stop further closures. The Head "
              "of Primary Care explained that pharmacies were independent businesses and the "
              "ICB could not prevent a pharmacy from closing, but it did assess whether a "
              "closure left a gap in provision against the Pharmaceutical Needs Assessment."),
        ("resolved", [
            "That the presentation on access to general practice be received.",
            "That the Panel's thanks be recorded to practice staff across the City for their "
            "work over the winter.",
        ]),
    ]),
    ("8", "Community Mental Health Transformation \u2013 Penkvale Healthcare NHS Foundation Trust", [
        ("p", "The Director of Operations, Penkvale Healthcare NHS Foundation Trust, presented "
              "the report on the transformation of community mental health services for "
              "adults in Tettenford. New integrated community mental health teams had been "
              "set up in three localities, with a mental health practitioner based in each "
              "Primary Care Network. Waiting times for a first assessment had fallen from "
              "twelve weeks to five weeks over the last year. A 24 hour crisis line was now "
              "available through NHS 111, and The Lantern crisis cafe had opened in Bilsworth "
              "in October 2024, run by a local charity, offering evening support to people in "
              "emotional distress."),
        ("p", "Cllr Stephen Cowdrey asked how many people were waiting for psychological "
              "therapies and how long they had waited. The Director of Operations stated that "
              "1,184 people were waiting for talking therapies and that the longest wait, for "
              "specialist trauma therapy, was 31 weeks. The Trust had recruited additional "
              "psychologists but there was a national shortage of qualified staff."),
        ("p", "A Panel Member queried whether The Lantern would continue to be funded after "
              "March 2026. The Director of Operations confirmed that the ICB had agreed "
              "funding until the end of March 2026 and that an independent evaluation would "
              "inform decisions about the future of the service."),
        ("p", "Cllr Gwen Oduya raised concerns about young people who left children's mental "
              "health services at the age of 18 and then faced a new wait for adult services. "
              "The Director of Operations acknowledged the concern and stated that a "
              "transitions worker had been appointed to work with young people from the age "
              "of seventeen and a half, but the Trust accepted that the arrangements were not "
              "yet working as well as they should."),
        ("p", "A Panel Member asked that future reports include information on the ethnicity "
              "of people detained under the Mental Health Act in Tettenford."),
        ("p", "The Chair asked what part the Council played in suicide prevention. The Director "
              "of Public Health stated that the Council led the City's multi-agency suicide "
              "prevention partnership and that a refreshed strategy would be presented to the "
              "Health and Wellbeing Board in the summer."),
        ("resolved", [
            "That the report on community mental health transformation be noted.",
            "That the next report to the Panel on community mental health services include "
            "data on detentions under the Mental Health Act by ethnic group.",
        ]),
    ]),
    ("9", "Vaccination and Immunisation Uptake in Tettenford", [
        ("p", "The Cabinet Member for Public Health and Wellbeing introduced the report and "
              "thanked the public health team and partners for their work on the winter "
              "vaccination programme. The Director of Public Health presented the report, "
              "which set out uptake of the childhood immunisation programme, the seasonal "
              "flu and COVID-19 vaccinations and the new RSV vaccine for older adults. Uptake "
              "of the second dose of the MMR vaccine at five years of age was 81.3 per cent, "
              "compared with the target of 95 per cent. Flu vaccine uptake among people aged "
              "65 and over had been 71 per cent, close to the national figure."),
        ("p", "Cllr Neville Pountney asked why uptake of the MMR vaccine was lower in Tettenford "
              "than in neighbouring areas. The Director of Public Health explained that "
              "uptake was lowest in a small number of wards and communities where there was "
              "mistrust of vaccines and where misinformation had spread on social media; the "
              "public health team was working with faith leaders, schools and community "
              "champions to answer parents' questions."),
        ("p", "A Panel Member commented that the closure of the walk-in vaccination clinic at "
              "Bilsworth Health Centre had made it harder for working parents to get their "
              "children vaccinated. The Director of Public Health stated that the school age "
              "immunisation service had been recommissioned from September 2024 and that the "
              "new provider offered evening and Saturday catch-up clinics in every locality."),
        ("p", "The Vice-Chair asked about the uptake of the flu vaccine among staff working in "
              "care homes. The Director of Public Health stated that uptake among front-line "
              "care home staff was 28 per cent, which was disappointing, and that the Council "
              "had written to every care home provider and arranged for a community pharmacy "
              "to offer vaccination on site."),
        ("resolved", [
            "That the report on vaccination and immunisation uptake be noted.",
            "That the Director of Public Health provide Panel Members with a written briefing "
            "on uptake of the MMR vaccine by ward.",
        ]),
    ]),
    ("10", "Health Scrutiny Panel Draft Work Programme 2025-2026", [
        ("p", "The Scrutiny Officer presented the draft work programme for the Panel for the "
              "2025-2026 municipal year, which had been drawn up following the work programme "
              "planning session held on 20 February 2025. The Chair invited suggestions "
              "from Panel Members."),
        ("p", "A Panel Member suggested that the Panel should look at access to NHS dental "
              "services, given the number of residents who had been unable to register with a "
              "dentist. The Scrutiny Officer advised that the ICB had already agreed to attend "
              "the September meeting to report on dental access and the item could be "
              "widened to include children's oral health."),
        ("p", "The Panel agreed the draft work programme for 2025-2026, subject to the "
              "addition of an item on NHS dental services at the September meeting."),
    ]),
    ("11", "Date of next meeting", [
        ("p", "The date of the next meeting was confirmed as Thursday 10 July 2025 at 1.30pm."),
    ]),
]

CLOSING = "The meeting closed at 3.48pm."

# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-03-13",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("5", "question",
          "asked whether the Panel would still receive the figures on ambulance response times",
          None,
          "the request had been chased with the ambulance service",
          "The Scrutiny Officer", []),
        q("6", "question",
          "number of patients who had waited more than twelve hours in the Emergency Department",
          "The Chair",
          "in January 2025 the figure had been 9.8 per cent of all attendances",
          "The Chief Operating Officer", []),
        q("6", "concern",
          "expressed concern about reports from residents that older patients had been cared for",
          None,
          "corridor care was only used as a last resort at times of extreme pressure",
          "The Chief Medical Officer", ["governance"]),
        q("6", "question",
          "what proportion of the delays in discharging patients from hospital were caused",
          "Cllr Peter Halloran",
          "there had been 38 patients in St Aldhelm's who no longer met the criteria",
          "The Service Director, Adult Social Care",
          ["adult-social-care", "integration"]),
        q("6", "question",
          "sought clarification on whether the funding would continue in 2025-2026",
          "The Vice-Chair",
          "the Better Care Fund plan for 2025-2026 had been agreed with the Integrated Care Board",
          "The Service Director, Adult Social Care",
          ["finance", "integration", "adult-social-care"]),
        q("6", "question",
          "asked about staffing levels in the Emergency Department and the Trust's use of agency nurses",
          None,
          "agency spending had fallen by 40 per cent compared with the previous winter",
          "The Chief Operating Officer", ["workforce", "finance"]),
        q("6", "question",
          "what was being done to encourage the international nurses to stay in Tettenford",
          None,
          "each international nurse had a named pastoral lead for their first year",
          "The Chief Operating Officer", ["workforce"]),
        q("6", "comment",
          "many residents went to the Emergency Department because they could not get an appointment",
          "Cllr Lorna Fairbanks",
          None, None, ["primary-care"]),
        q("6", "question",
          "asked whether the Trust would respond formally to the eight recommendations",
          "The Chief Executive of Healthwatch Tettenford",
          "the Trust had accepted all eight recommendations and that an action plan",
          "The Chief Medical Officer", ["patient-and-public-input"]),
        q("7", "question",
          "why residents continued to report difficulty getting through to their surgery at 8am",
          "The Chair",
          "demand had grown faster than capacity, as the population of the City had increased",
          "The Head of Primary Care", ["primary-care"]),
        q("7", "concern",
          "patients who were not confident using the internet were being disadvantaged by the move",
          None,
          "every practice was required to offer the same access by telephone and in person",
          "The Clinical Director", ["primary-care"]),
        q("7", "question",
          "asked about the closure in 2024 of the branch surgery in Cotsfield",
          "Cllr Imran Qadeer",
          "the ICB had consulted patients before agreeing to the closure",
          "The Head of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("7", "question",
          "asked how many GPs were working in the City and whether the ICB",
          "The Vice-Chair",
          "there were 196 full-time equivalent GPs in Tettenford",
          "The Head of Primary Care", ["primary-care", "workforce"]),
        q("7", "request",
          "requested that Panel Members be sent the appointment data for each practice",
          "Cllr Ruth Melling",
          "agreed to share the data, which was published each month by NHS England",
          "The Head of Primary Care", ["primary-care"]),
        q("7", "question",
          "raised the closure of two community pharmacies in the Harrowby Green area",
          None,
          "pharmacies were independent businesses and the ICB could not prevent a pharmacy from closing",
          "The Head of Primary Care", ["primary-care"]),
        q("8", "question",
          "asked how many people were waiting for psychological therapies and how long they had waited",
          "Cllr Stephen Cowdrey",
          "1,184 people were waiting for talking therapies and that the longest wait",
          "The Director of Operations", ["mental-health", "workforce"]),
        q("8", "question",
          "queried whether The Lantern would continue to be funded after March 2026",
          None,
          "the ICB had agreed funding until the end of March 2026",
          "The Director of Operations", ["mental-health", "finance"]),
        q("8", "concern",
          "raised concerns about young people who left children's mental health services",
          "Cllr Gwen Oduya",
          "a transitions worker had been appointed to work with young people",
          "The Director of Operations", ["mental-health", "children-and-families"]),
        q("8", "request",
          "asked that future reports include information on the ethnicity of people detained",
          None,
          None, None, ["mental-health"]),
        q("8", "question",
          "The Chair asked what part the Council played in suicide prevention",
          "The Chair",
          "the Council led the City's multi-agency suicide prevention partnership",
          "The Director of Public Health", ["mental-health"]),
        q("9", "question",
          "asked why uptake of the MMR vaccine was lower in Tettenford than in neighbouring areas",
          "Cllr Neville Pountney",
          "uptake was lowest in a small number of wards and communities where there was mistrust",
          "The Director of Public Health", ["public-health", "children-and-families"]),
        q("9", "comment",
          "the closure of the walk-in vaccination clinic at Bilsworth Health Centre",
          None,
          "the school age immunisation service had been recommissioned from September 2024",
          "The Director of Public Health",
          ["public-health", "children-and-families", "subcontracting"]),
        q("9", "question",
          "asked about the uptake of the flu vaccine among staff working in care homes",
          "The Vice-Chair",
          "uptake among front-line care home staff was 28 per cent, which was disappointing",
          "The Director of Public Health",
          ["public-health", "workforce", "adult-social-care"]),
        q("10", "request",
          "suggested that the Panel should look at access to NHS dental services",
          None,
          "the ICB had already agreed to attend the September meeting to report on dental access",
          "The Scrutiny Officer", ["primary-care"]),
    ],
    "resolutions": [
        r("4", "the minutes of the previous meeting held on 16 January 2025 be approved",
          "agreed", []),
        r("6", "be asked to provide the Panel with the monthly number of patients cared for",
          "agreed", []),
        r("7", "That the presentation on access to general practice be received",
          "noted", ["primary-care"]),
        r("8", "That the report on community mental health transformation be noted",
          "agreed", ["mental-health"]),
        r("9", "That the report on vaccination and immunisation uptake be noted",
          "agreed", ["public-health"]),
        r("10", "The Panel agreed the draft work programme for 2025-2026, subject to the addition",
          "agreed", ["primary-care"]),
    ],
    "attendees": (
        [{"name": m.split(" (")[0], "role": (m.split(" (")[1].rstrip(")") if " (" in m else None),
          "attendance": "present"} for m in MEMBERS]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in IN_ATTENDANCE]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in WITNESSES]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in EMPLOYEES]
        + [
            {"name": "Cllr Janet Asbury", "role": None, "attendance": "apologies"},
            {"name": "Cllr Olu Adebayo", "role": None, "attendance": "apologies"},
            {"name": "Rachel Dunmore", "role": "Director of Strategy, Royal Tettenford NHS Trust",
             "attendance": "apologies"},
        ]
    ),
}

# --------------------------------------------------------------------------------------
# PDF rendering of the minutes
# --------------------------------------------------------------------------------------

LEFT = 20.0
TEXT_X = 38.0
RIGHT = 190.0


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(9)
            self.cell(0, 4, "[NOT PROTECTIVELY MARKED]", align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Scrutiny Panel - Minutes - 13 March 2025")
    pdf.set_author("City of Tettenford Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.set_margins(LEFT, 20, 210 - RIGHT)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    # Logo block, top right of the first page.
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(128, 16, 62, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(130, 18.5)
    pdf.cell(58, 5, "CITY OF", align="L")
    pdf.set_xy(130, 23.5)
    pdf.cell(58, 5, "TETTENFORD COUNCIL", align="L")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(LEFT, 38)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 9, "Health Scrutiny Panel", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 14)
    pdf.cell(0, 8, "Minutes - 13 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Attendance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def label(text):
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    label("Members of the Health Scrutiny Panel")
    pdf.set_font("Sans", "", 10.5)
    half = (len(MEMBERS) + 1) // 2
    for i in range(half):
        pdf.set_x(LEFT)
        pdf.cell(85, 5.5, MEMBERS[i])
        if i + half < len(MEMBERS):
            pdf.cell(85, 5.5, MEMBERS[i + half])
        pdf.ln(5.5)
    pdf.ln(2)

    def name_role_rows(rows):
        pdf.set_font("Sans", "", 10.5)
        for name, role in rows:
            pdf.set_x(LEFT)
            pdf.cell(50, 5.5, name)
            pdf.multi_cell(RIGHT - LEFT - 50, 5.5, role, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    label("In Attendance")
    name_role_rows(IN_ATTENDANCE)
    label("Witnesses")
    name_role_rows(WITNESSES)
    label("Employees")
    name_role_rows(EMPLOYEES)

    pdf.ln(2)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Part 1 \u2013 items open to the press and public",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_x(LEFT)
    pdf.cell(TEXT_X - LEFT, 6, "Item No.")
    pdf.cell(0, 6, "Title", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    width = RIGHT - TEXT_X
    for number, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Sans", "B", 10.5)
        y = pdf.get_y()
        pdf.set_xy(LEFT, y)
        pdf.cell(TEXT_X - LEFT, 5.5, number)
        pdf.set_xy(TEXT_X, y)
        pdf.multi_cell(width, 5.5, title, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, body in blocks:
            pdf.set_font("Sans", "", 10.5)
            if kind == "p":
                pdf.set_x(TEXT_X)
                pdf.multi_cell(width, 5.5, body.replace("'", "\u2019"), align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif kind in ("resolved", "resolved1"):
                pdf.set_font("Sans", "B", 10.5)
                pdf.set_x(TEXT_X)
                pdf.cell(width, 5.5, "Resolved:", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Sans", "", 10.5)
                if kind == "resolved1":
                    pdf.set_x(TEXT_X)
                    pdf.multi_cell(width, 5.5, body, align="L", new_x="LMARGIN", new_y="NEXT")
                else:
                    for i, clause in enumerate(body, 1):
                        y = pdf.get_y()
                        pdf.set_xy(TEXT_X, y)
                        pdf.cell(8, 5.5, f"{i}.")
                        pdf.set_xy(TEXT_X + 8, y)
                        pdf.multi_cell(width - 8, 5.5, clause.replace("'", "\u2019"),
                                       align="L", new_x="LMARGIN", new_y="NEXT")
                        pdf.ln(1)
                pdf.ln(2.5)
        pdf.ln(1.5)

    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(TEXT_X)
    pdf.multi_cell(width, 5.5, CLOSING, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The report (not minutes) as a Word document
# --------------------------------------------------------------------------------------

REPORT_COVER = [
    ("Health Scrutiny Panel", "13 March 2025"),
    ("Report title", "Vaccination and Immunisation Uptake in Tettenford"),
    ("Cabinet member with lead responsibility",
     "Councillor Denise Harcourt\nPublic Health and Wellbeing"),
    ("Wards affected", "All Wards"),
    ("Accountable director", "Rhian Kettering, Director of Public Health"),
    ("Originating service", "Public Health"),
    ("Accountable employee",
     "Owen Bracewell\tConsultant in Public Health\nTel\t01902 550318\n"
     "Email\towen.bracewell@tettenford.gov.uk"),
    ("Report to be/has been considered by",
     "Public Health Leadership Team\t18 February 2025\n"
     "Health Protection Board\t25 February 2025"),
]

REPORT_BODY = [
    ("h", "Recommendations for action or decision:"),
    ("p", "The Health Scrutiny Panel is recommended to:"),
    ("n", "1.\tComment on the actions being taken by the Council and its partners to increase "
          "the uptake of childhood immunisations in the wards with the lowest coverage."),
    ("n", "2.\tConsider whether it wishes to receive a further update on the winter "
          "vaccination programme at its meeting in January 2026."),
    ("h", "Recommendation for noting:"),
    ("p", "The Health Scrutiny Panel is asked to note:"),
    ("n", "1.\tThe uptake of the seasonal flu, COVID-19 and RSV vaccinations during the "
          "2024-2025 programme."),
    ("h", "1.0\tPurpose"),
    ("n", "1.1\tTo provide the Panel with an overview of the uptake of vaccinations and "
          "immunisations among residents of Tettenford and the action being taken to "
          "reduce inequalities in uptake between communities."),
    ("h", "2.0\tBackground"),
    ("n", "2.1\tVaccination is one of the most effective public health interventions. The "
          "Director of Public Health has a statutory duty to provide assurance that "
          "screening and immunisation programmes are operating safely and effectively, "
          "while NHS England commissions the programmes and GP practices, community "
          "pharmacies and the school age immunisation service deliver them."),
    ("n", "2.2\tThe Panel last considered immunisation in March 2024, when Members asked for "
          "information on uptake by ward and on the support available to parents who had "
          "questions about vaccines."),
    ("h", "3.0\tChildhood immunisations"),
    ("n", "3.1\tUptake of the first dose of the MMR vaccine at two years of age was 88.9 per "
          "cent in the year to December 2024. Uptake of the second dose at five years of age "
          "was 81.3 per cent, compared with the target of 95 per cent and the regional "
          "figure of 84.6 per cent."),
    ("n", "3.2\tUptake varies considerably between wards, from 93 per cent in Oakhanger Park "
          "to 68 per cent in Bilsworth South. Lower uptake is associated with deprivation, "
          "with families who have recently moved to the City and with some communities in "
          "which misinformation about vaccine safety has circulated."),
    ("n", "3.3\tThe public health team has trained 46 community vaccine champions, who have "
          "held conversations with more than 1,900 parents since April 2024. The most common "
          "questions parents asked were: Is the vaccine safe? Does it contain gelatine? Can "
          "my child have it at the same time as other vaccines? Written answers to these "
          "questions have been produced in eight community languages."),
    ("h", "4.0\tSeasonal vaccinations 2024-2025"),
    ("n", "4.1\tFlu vaccine uptake among people aged 65 and over was 71.0 per cent, among "
          "people aged under 65 in clinical risk groups 38.2 per cent and among pregnant "
          "women 29.7 per cent. Uptake among front-line staff in care homes was 28 per cent."),
    ("n", "4.2\tThe RSV vaccine was offered for the first time from September 2024 to people "
          "turning 75 and to those aged 75 to 79. By the end of February 2025, 54 per cent of "
          "eligible residents had been vaccinated."),
    ("h", "5.0\tIssues for the Panel to consider"),
    ("n", "5.1\tMembers may wish to explore with officers how the vaccine champions model "
          "could be extended, whether more vaccination clinics should be offered outside "
          "school and working hours, and how the Council can help care home providers to "
          "increase uptake among their staff."),
    ("h", "6.0\tEvaluation of alternative options"),
    ("n", "6.1\tThis report is for information and scrutiny; there are no alternative options "
          "for decision."),
    ("h", "7.0\tFinancial implications"),
    ("n", "7.1\tThere are no direct financial implications arising from this report. The "
          "vaccine champions programme is funded from the Public Health Grant within the "
          "approved budget for 2024-2025.\n[JM/03032025/T]"),
    ("h", "8.0\tLegal implications"),
    ("n", "8.1\tThe Council's public health functions are set out in the Health and Social "
          "Care Act 2012 and the associated regulations.\n[SK/03032025/P]"),
    ("h", "9.0\tEqualities implications"),
    ("n", "9.1\tUptake of vaccinations is lower among some ethnic minority communities and in "
          "the most deprived wards. The actions described in section 3 are intended to "
          "reduce these inequalities."),
    ("h", "10.0\tAll other implications"),
    ("n", "10.1\tThere are no climate change, property or human resources implications."),
    ("h", "11.0\tSchedule of background papers"),
    ("n", "11.1\tHealth Scrutiny Panel, 14 March 2024, Childhood Immunisation Update."),
]

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        header = sec.header.paragraphs[0]
        header.text = "This report is PUBLIC\n[NOT PROTECTIVELY MARKED]"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = sec.footer.paragraphs[0]
        footer.text = "Report Pages\tPage "
        for instr, shown in (("PAGE", "1"), (None, " of "), ("NUMPAGES", "5")):
            if instr is None:
                footer.add_run(shown)
                continue
            fld = OxmlElement("w:fldSimple")
            fld.set(qn("w:instr"), instr)
            run_el = OxmlElement("w:r")
            t_el = OxmlElement("w:t")
            t_el.text = shown
            run_el.append(t_el)
            fld.append(run_el)
            footer._p.append(fld)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    run = p.add_run("CITY OF TETTENFORD COUNCIL")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0, 84, 122)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in REPORT_COVER:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(left).bold = True
        cells[1].text = right
    doc.add_paragraph()

    for kind, text in REPORT_BODY:
        if kind == "h":
            para = doc.add_paragraph()
            para.add_run(text).bold = True
            para.paragraph_format.space_before = Pt(10)
        else:
            para = doc.add_paragraph(text)
            if kind == "n":
                para.paragraph_format.left_indent = Cm(1.27)
                para.paragraph_format.first_line_indent = Cm(-1.27)

    cp = doc.core_properties
    cp.author = "Owen Bracewell"
    cp.last_modified_by = "Kamal Chaudhry"
    cp.title = "Vaccination and Immunisation Uptake in Tettenford"
    cp.created = datetime(2025, 2, 27, 10, 15, 0)
    cp.modified = datetime(2025, 3, 3, 16, 40, 0)
    cp.revision = 4

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", " ", text).strip()


def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}")
    print(f"wrote {DOCS / REPORT_NAME}")
    print(f"wrote gold files in {GOLD}")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("kl-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING document {doc_path}")
            failures += 1
            continue
        text = " " + normalise(extract_text(doc_path)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            n = text.count(normalise(phrase))
            if text.count(" " + normalise(phrase) + " ") != n:
                n = -1  # matches inside a longer word somewhere
            if n != 1 or not 6 <= words <= 15:
                failures += 1
                print(f"FAIL {gold_path.name} {kind}: found {n}x, {words} words: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
