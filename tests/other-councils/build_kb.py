#!/usr/bin/env python3
"""Build the "kb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kb.py           build documents/kb-* and gold/kb-*.json
        build_kb.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "kb-stourholt-health-scrutiny-panel-2025-03-13.pdf"
REPORT_NAME = "kb-stourholt-hsp-report-hospital-discharge-home-first.docx"

COMMITTEE = "Health Scrutiny Panel"
MEETING_DATE = "2025-03-13"

# ---------------------------------------------------------------------------
# Attendance, as printed on the first page
# ---------------------------------------------------------------------------
MEMBERS = [
    ("Cllr Margaret Ellery", "Chair"),
    ("Cllr Harjit Sanghera", "Vice-Chair"),
    ("Cllr Leonard Bayliss", None),
    ("Cllr Ann-Marie Coxon", None),
    ("Cllr Pritpal Dhesi", None),
    ("Cllr Rukhsana Malik", None),
    ("Cllr Gareth Mountford", None),
    ("Cllr Delroy Whitfield", None),
]
IN_ATTENDANCE = [
    ("Cllr Yvonne Hemming", "Cabinet Member for Adults and Wellbeing"),
]
WITNESSES = [
    ("Sally Pemberton", "Head of Primary Care Commissioning, Stour Valley ICB"),
    ("Daniel Oyelaran", "Community Pharmacy Clinical Lead, Stour Valley ICB"),
    ("Fiona Gatley", "Director of Operations, Stour Valley Healthcare NHS FT"),
    ("Dr Imran Qureshi", "Clinical Director, Stour Valley Healthcare NHS FT"),
    ("Karen Leckie", "Director of Integrated Care, The Stourholt NHS Trust"),
    ("Tracy Wilding", "Chief Executive, Healthwatch Stourholt"),
]
EMPLOYEES = [
    ("Becky Naylor", "Director of Adult Social Services"),
    ("Julian Farrant", "Director of Public Health"),
    ("Owen Riddell", "Service Director, Adult Social Care"),
    ("Martin Greaves", "Scrutiny Officer"),
    ("Lisa Hurcombe", "Democratic Services Officer"),
]
APOLOGIES = ["Cllr Josephine Akers", "Cllr Samuel Tranter"]

# ---------------------------------------------------------------------------
# The minutes.  Each item: (number, title, blocks).  A block is
#   ("p", text)                 a paragraph
#   ("res", label, [clauses])   "Resolved:" over clauses (numbered if >1)
# Gold rows are listed separately below, keyed by item number.
# ---------------------------------------------------------------------------
ITEMS = [
    ("1", "Apologies for absence", [
        ("p", "Apologies for absence were received from Cllr Josephine Akers and "
              "Cllr Samuel Tranter."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Cllr Leonard Bayliss declared a non-pecuniary interest in item 7, Hospital "
              "Discharge and the Home First Approach, as his wife is employed by The "
              "Stourholt NHS Trust. He remained in the meeting and took part in the "
              "discussion of the item."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("res", "Resolved:", [
            "That the minutes of the meeting held on 16 January 2025 be approved as a "
            "correct record and signed by the Chair.",
        ]),
    ]),
    ("4", "Matters arising", [
        ("p", "The Scrutiny Officer reported that the written response from the Stour "
              "Valley Integrated Care Board on telephone access to GP practices, which "
              "had been requested at the last meeting, had been circulated to Panel "
              "Members on 4 February 2025. Cllr Gareth Mountford asked that the figures "
              "for each primary care network be shared with all councillors and not "
              "only with Panel Members, as residents in every ward were raising the "
              "issue. The Scrutiny Officer agreed to arrange this."),
    ]),
    ("5", "Community Pharmacy Provision in Stourholt", [
        ("p", "Sally Pemberton, Head of Primary Care Commissioning, Stour Valley "
              "Integrated Care Board (ICB), presented the report on community pharmacy "
              "provision in the city. She advised that there were currently 58 community "
              "pharmacies in Stourholt, six fewer than when the Pharmaceutical Needs "
              "Assessment was published in October 2022, and that four of the closures "
              "had been in the east of the city. The ICB had taken over responsibility "
              "for commissioning pharmaceutical services from NHS England in April 2023. "
              "The Health and Wellbeing Board remained responsible for the "
              "Pharmaceutical Needs Assessment, the next version of which had to be "
              "published by 1 October 2025."),
        ("p", "Daniel Oyelaran, Community Pharmacy Clinical Lead, outlined the take-up of "
              "Pharmacy First since its launch in January 2024. Pharmacies in Stourholt "
              "had completed just over 14,000 consultations for the seven common "
              "conditions in the first year, together with around 3,100 blood pressure "
              "checks under the hypertension case-finding service."),
        ("p", "Cllr Delroy Whitfield asked what powers the ICB had to stop a pharmacy "
              "from closing where it was the only one in a neighbourhood. The Head of "
              "Primary Care Commissioning explained that a contractor was only required "
              "to give three months' notice of a permanent closure and the ICB could not "
              "prevent it, but the ICB would assess whether a gap in provision had been "
              "created and, if so, could invite applications from other contractors to "
              "fill the gap."),
        ("p", "Cllr Rukhsana Malik expressed concern that residents of Aldermoor and "
              "Sedgecombe now had to take two buses to reach a pharmacy and that many "
              "older residents did not use online pharmacies. She asked whether the ICB "
              "had consulted residents before deciding that the closures had not created "
              "a gap in provision. The Community Pharmacy Clinical Lead stated that no "
              "formal consultation had been carried out on individual closures, as none "
              "was required, but that the views of Healthwatch Stourholt had been sought "
              "and the Pharmaceutical Needs Assessment steering group, which included the "
              "Council's Public Health team, had reviewed travel times. Over 97 per cent "
              "of residents lived within a 20 minute walk of a pharmacy, although he "
              "accepted that this was not the case for everyone with limited mobility."),
        ("p", "The Vice-Chair, Cllr Harjit Sanghera, welcomed the success of Pharmacy "
              "First but queried whether GP practices in the city were actually referring "
              "patients to pharmacies for the seven conditions, as residents had told him "
              "that they were still being asked to wait for a GP appointment. The "
              "Community Pharmacy Clinical Lead responded that referrals from general "
              "practice had increased every month but varied widely between practices, "
              "and that the ICB was working with the primary care networks with the "
              "lowest levels of referral."),
        ("p", "Cllr Ann-Marie Coxon commented that pharmacists were being asked to take "
              "on more and more of the work previously done by GPs without the funding "
              "to match, and that several pharmacies in her ward were now closing at "
              "lunchtime because they could not recruit a second pharmacist."),
        ("p", "In response to a question from Cllr Pritpal Dhesi about the hours of the "
              "100-hour pharmacies, the Head of Primary Care Commissioning confirmed that "
              "two of the three pharmacies in the city that had previously held 100-hour "
              "contracts had reduced their opening hours to 72 hours a week following the "
              "changes to the national regulations, and that there was now no pharmacy "
              "open after 10pm on a Sunday. She undertook to provide Panel Members with a "
              "map of current opening hours, including bank holiday cover."),
        ("p", "Tracy Wilding, Chief Executive, Healthwatch Stourholt, reported that "
              "Healthwatch had received 41 pieces of feedback about pharmacy services in "
              "the last quarter, most of them about medicine shortages and queues. The "
              "Chair asked the ICB to share with the Panel the outcome of its review of "
              "medicine supply problems when it was available. Ms Pemberton agreed to do "
              "so."),
        ("res", "Resolved:", [
            "That the report on community pharmacy provision in Stourholt be noted.",
            "That the Stour Valley Integrated Care Board provide the Panel with a map of "
            "pharmacy opening hours across the city, including bank holiday cover.",
            "That the Panel's concerns about access to pharmacies in the east of the city "
            "be reflected in the Health and Wellbeing Board's response to the draft "
            "Pharmaceutical Needs Assessment 2025.",
        ]),
    ]),
    ("6", "Mental Health Crisis Support for Adults", [
        ("p", "Fiona Gatley, Director of Operations, Stour Valley Healthcare NHS "
              "Foundation Trust, gave a presentation on the Trust's crisis services for "
              "adults in Stourholt. These included the 24/7 mental health option on NHS "
              "111, the crisis resolution and home treatment team, the Safe Haven at "
              "Colebrook Road, which was run by a local mental health charity, and the "
              "mental health response vehicle operated jointly with the ambulance "
              "service. The Director of Operations reported that demand for crisis "
              "support had risen by 19 per cent over two years, and that the number of "
              "people presenting at the emergency department at Heathfield Hospital in "
              "mental health crisis had not fallen as quickly as the Trust had hoped."),
        ("p", "Cllr Leonard Bayliss asked how long people were waiting in the emergency "
              "department at Heathfield Hospital for a mental health bed. Dr Imran "
              "Qureshi, Clinical Director, advised that the Trust had reduced the number "
              "of people waiting more than 12 hours in the emergency department from 31 "
              "in October 2024 to 9 in February 2025, but accepted that any such wait "
              "was too long, particularly for young adults. The Trust had not placed an "
              "adult from Stourholt in an out of area bed since November 2024."),
        ("p", "Cllr Rukhsana Malik stated that she had been contacted by several families "
              "who had rung the crisis line at night and been told to go to the "
              "emergency department or to call 999, and asked what the Trust was doing "
              "to make sure that callers received help over the telephone. The Director "
              "of Operations responded that the line received around 2,300 calls a "
              "month from Stourholt, that 86 per cent of calls were answered within two "
              "minutes and that calls were taken by trained mental health practitioners "
              "and call handlers. Where callers were directed to the emergency "
              "department this was usually because there was a concern about their "
              "physical health. She would be happy to look into the individual cases if "
              "Cllr Malik passed the details to her outside the meeting. The Vice-Chair "
              "asked whether the Safe Haven could open for longer than its current hours "
              "of 6pm to midnight, as most of the people in crisis he had spoken to had "
              "needed support in the early hours of the morning. The Director of "
              "Operations explained that the Safe Haven was commissioned by the ICB from "
              "a voluntary sector provider and that longer opening hours would need "
              "additional funding which was not currently available. The Trust was, "
              "however, evaluating the service and the findings would be shared with "
              "the ICB in the summer."),
        ("p", "Cllr Gareth Mountford expressed concern about the impact of the Right "
              "Care, Right Person approach, under which police officers no longer "
              "attended many calls about people's mental health, and asked whether this "
              "had increased the pressure on the crisis team. The Director of "
              "Operations confirmed that the number of calls passed to the crisis team "
              "by the police had risen by around a quarter since the approach was "
              "introduced in Stourholt in 2024, and that a joint review with the police "
              "was under way."),
        ("p", "Cllr Ann-Marie Coxon requested that the Panel receive data on the use of "
              "crisis services broken down by ethnicity and age, given that young black "
              "men were over-represented among people detained under the Mental Health "
              "Act in the city. Dr Qureshi agreed to provide this information before the "
              "next meeting."),
        ("res", "Resolved:", [
            "That the Panel recommends to the Stour Valley Integrated Care Board that "
            "funding be identified to extend the opening hours of the Safe Haven at "
            "Colebrook Road to cover the whole night.",
        ]),
    ]),
    ("7", "Hospital Discharge and the Home First Approach", [
        ("p", "Cllr Yvonne Hemming, Cabinet Member for Adults and Wellbeing, introduced "
              "the report, which had been prepared jointly by the Council and The "
              "Stourholt NHS Trust. Becky Naylor, Director of Adult Social Services, "
              "presented the report, which set out the performance of the integrated "
              "discharge hub at Heathfield Hospital, the Better Care Fund schemes "
              "supporting discharge and the Council's reablement service. She "
              "highlighted that 94 per cent of people discharged through the Home First "
              "pathway were still living at home 91 days later, and that the average "
              "length of stay after a patient was medically fit for discharge had fallen "
              "from 6.2 days to 4.1 days over the year."),
        ("p", "A Panel Member asked how many people were still being discharged to a care "
              "home for assessment, rather than to their own home, and whether people "
              "were given a choice."),
        ("p", "The Director of Integrated Care responded that around 11 per cent of "
              "discharges from Heathfield Hospital went to a short-term bed in a care "
              "home, which was below the regional average, and that every patient and "
              "their family were given a written explanation of the options before "
              "discharge. Nobody was moved into a care home permanently without a social "
              "care assessment."),
        ("p", "Cllr Pritpal Dhesi asked about the reliance on agency staff in the "
              "reablement service and the cost of this to the Council. The Director of "
              "Adult Social Services stated that the service had recruited 23 new "
              "reablement workers since September 2024 through its own recruitment "
              "campaign, and as a result the use of agency staff had fallen from 18 per "
              "cent of hours to 6 per cent, saving approximately £310,000 a year. Cllr "
              "Dhesi commended the service on this and asked that the Panel's thanks be "
              "passed on to the staff concerned."),
        ("p", "Cllr Delroy Whitfield referred to the in-house reablement service and "
              "asked whether the Council intended to continue to provide it directly, as "
              "he was aware that some neighbouring councils had contracted the service "
              "out to private providers. The Cabinet Member for Adults and Wellbeing "
              "confirmed that there were no plans to outsource the service and that "
              "keeping it in-house had allowed the Council to work much more closely "
              "with hospital staff."),
        ("p", "The Chair raised concerns about the number of people readmitted to hospital "
              "within 30 days of discharge, which the report showed had risen to 15.8 "
              "per cent in the last quarter, and asked for the reasons. The Director of "
              "Integrated Care explained that the increase was largely due to a small "
              "number of people with complex respiratory conditions over the winter "
              "period and that a respiratory virtual ward had been established in "
              "January 2025 to support these patients at home. The Director of Adult "
              "Social Services added that the Council and the Trust were jointly "
              "reviewing every readmission of a person who had received a package of "
              "care on discharge."),
        ("p", "The Panel noted the report and asked that an update on the respiratory "
              "virtual ward and on readmission rates be brought to the Panel in the new "
              "municipal year."),
    ]),
    ("8", "Healthwatch Stourholt Quarterly Update", [
        ("p", "Tracy Wilding, Chief Executive, Healthwatch Stourholt, presented the "
              "update for October to December 2024, which covered the feedback received "
              "from residents, the Enter and View visits to three care homes in the city "
              "and the Healthwatch report on access to NHS dentistry for children."),
        ("p", "A Panel Member asked whether Healthwatch had the resources to carry out "
              "more Enter and View visits. Ms Wilding replied that the Healthwatch "
              "contract value had not increased for three years and that its number of "
              "volunteers had fallen, so the number of visits would remain at around "
              "twelve a year."),
        ("res", "Resolved:", [
            "That the Healthwatch Stourholt quarterly update for October to December "
            "2024 be noted.",
        ]),
    ]),
    ("9", "Health Scrutiny Panel Draft Work Programme 2025-2026", [
        ("p", "The Scrutiny Officer presented the draft work programme for the 2025-2026 "
              "municipal year. Panel Members suggested that dental access for children, "
              "the restructuring of the Integrated Care Board following the national "
              "reduction in ICB running costs and the Council's stop smoking service be "
              "added to the work programme. The Scrutiny Officer advised that the ICB "
              "had already been invited to the June meeting and that the other topics "
              "would be scheduled in discussion with the Chair and Vice-Chair."),
        ("res", "Resolved:", [
            "That the draft Health Scrutiny Panel work programme for 2025-2026 be agreed, "
            "subject to the inclusion of the topics suggested at the meeting.",
            "That authority be delegated to the Scrutiny Officer, in consultation with the "
            "Chair and Vice-Chair, to make changes to the work programme between meetings.",
        ]),
        ("p", "The meeting closed at 8.12pm."),
    ]),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("4", "request",
      "asked that the figures for each primary care network be shared with all councillors",
      "Cllr Gareth Mountford", "The Scrutiny Officer agreed to arrange this",
      "Scrutiny Officer", ["primary-care"]),
    q("5", "question",
      "asked what powers the ICB had to stop a pharmacy from closing",
      "Cllr Delroy Whitfield",
      "the ICB would assess whether a gap in provision had been created",
      "Head of Primary Care Commissioning", ["primary-care"]),
    q("5", "concern",
      "residents of Aldermoor and Sedgecombe now had to take two buses to reach a pharmacy",
      "Cllr Rukhsana Malik",
      "Over 97 per cent of residents lived within a 20 minute walk",
      "Community Pharmacy Clinical Lead", ["primary-care"]),
    q("5", "question",
      "asked whether the ICB had consulted residents before deciding that the closures",
      "Cllr Rukhsana Malik",
      "no formal consultation had been carried out on individual closures",
      "Community Pharmacy Clinical Lead", ["primary-care", "patient-and-public-input"]),
    q("5", "question",
      "queried whether GP practices in the city were actually referring patients to pharmacies",
      "Cllr Harjit Sanghera",
      "referrals from general practice had increased every month but varied widely",
      "Community Pharmacy Clinical Lead", ["primary-care"]),
    q("5", "comment",
      "pharmacists were being asked to take on more and more of the work",
      "Cllr Ann-Marie Coxon", None, None, ["primary-care", "finance", "workforce"]),
    q("5", "question",
      "In response to a question from Cllr Pritpal Dhesi about the hours",
      "Cllr Pritpal Dhesi",
      "there was now no pharmacy open after 10pm on a Sunday",
      "Head of Primary Care Commissioning", ["primary-care"]),
    q("5", "request",
      "Chair asked the ICB to share with the Panel the outcome of its review",
      "Chair", "Ms Pemberton agreed to do so", "Ms Pemberton", ["primary-care"]),
    q("6", "question",
      "asked how long people were waiting in the emergency department at Heathfield Hospital",
      "Cllr Leonard Bayliss",
      "advised that the Trust had reduced the number of people waiting",
      "Dr Imran Qureshi", ["mental-health"]),
    q("6", "question",
      "asked what the Trust was doing to make sure that callers received help",
      "Cllr Rukhsana Malik",
      "86 per cent of calls were answered within two minutes",
      "Director of Operations", ["mental-health"]),
    q("6", "question",
      "asked whether the Safe Haven could open for longer than its current hours",
      "Vice-Chair",
      "longer opening hours would need additional funding which was not currently available",
      "Director of Operations", ["mental-health", "finance", "subcontracting"]),
    q("6", "concern",
      "expressed concern about the impact of the Right Care, Right Person approach",
      "Cllr Gareth Mountford",
      "by the police had risen by around a quarter since the approach was introduced",
      "Director of Operations", ["mental-health"]),
    q("6", "request",
      "requested that the Panel receive data on the use of crisis services",
      "Cllr Ann-Marie Coxon",
      "Dr Qureshi agreed to provide this information before the next meeting",
      "Dr Qureshi", ["mental-health"]),
    q("7", "question",
      "asked how many people were still being discharged to a care home for assessment",
      None,
      "around 11 per cent of discharges from Heathfield Hospital went to a short-term bed",
      "Director of Integrated Care", ["adult-social-care"]),
    q("7", "question",
      "asked about the reliance on agency staff in the reablement service",
      "Cllr Pritpal Dhesi",
      "the use of agency staff had fallen from 18 per cent of hours",
      "Director of Adult Social Services", ["adult-social-care", "workforce", "finance"]),
    q("7", "request",
      "asked that the Panel's thanks be passed on to the staff concerned",
      "Cllr Dhesi", None, None, ["adult-social-care", "workforce"]),
    q("7", "question",
      "asked whether the Council intended to continue to provide it directly",
      "Cllr Delroy Whitfield",
      "there were no plans to outsource the service",
      "Cabinet Member for Adults and Wellbeing",
      ["adult-social-care", "privatisation", "subcontracting"]),
    q("7", "concern",
      "raised concerns about the number of people readmitted to hospital within 30 days",
      "Chair",
      "the increase was largely due to a small number of people with complex respiratory conditions",
      "Director of Integrated Care", ["adult-social-care", "integration"]),
    q("8", "question",
      "asked whether Healthwatch had the resources to carry out more Enter and View visits",
      None,
      "the Healthwatch contract value had not increased for three years",
      "Ms Wilding", ["patient-and-public-input", "finance"]),
    q("9", "request",
      "Panel Members suggested that dental access for children",
      None,
      "the ICB had already been invited to the June meeting",
      "Scrutiny Officer",
      ["primary-care", "children-and-families", "public-health", "governance"]),
]

RESOLUTIONS = [
    {"item": "3", "text": "the minutes of the meeting held on 16 January 2025 be approved",
     "outcome": "agreed", "themes": []},
    {"item": "5", "text": "That the report on community pharmacy provision in Stourholt be noted",
     "outcome": "agreed", "themes": ["primary-care"]},
    {"item": "6", "text": "funding be identified to extend the opening hours of the Safe Haven",
     "outcome": "recommended", "themes": ["mental-health", "finance"]},
    {"item": "7", "text": "The Panel noted the report and asked that an update on the respiratory virtual ward",
     "outcome": "agreed", "themes": ["adult-social-care"]},
    {"item": "8", "text": "the Healthwatch Stourholt quarterly update for October to December 2024 be noted",
     "outcome": "noted", "themes": ["patient-and-public-input"]},
    {"item": "9", "text": "the draft Health Scrutiny Panel work programme for 2025-2026 be agreed",
     "outcome": "agreed", "themes": ["governance"]},
]


def minutes_gold():
    attendees = [{"name": n, "role": r, "attendance": "present"} for n, r in MEMBERS]
    attendees += [{"name": n, "role": r, "attendance": "in_attendance"}
                  for n, r in IN_ATTENDANCE + WITNESSES + EMPLOYEES]
    attendees += [{"name": n, "role": None, "attendance": "apologies"} for n in APOLOGIES]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": MEETING_DATE,
        "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees,
    }


# ---------------------------------------------------------------------------
# PDF rendering (fpdf2)
# ---------------------------------------------------------------------------
def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 8)
            self.cell(170, 5, "[NOT PROTECTIVELY MARKED]", align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_x(20)
            self.cell(85, 5, "Minutes \u2013 Health Scrutiny Panel \u2013 13 March 2025")
            self.cell(85, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Scrutiny Panel - 13 March 2025")
    pdf.set_author("City of Stourholt Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    # Logo block, top right
    pdf.set_fill_color(0, 84, 128)
    pdf.rect(150, 20, 40, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(150, 21.5)
    pdf.multi_cell(40, 4, "CITY OF\nSTOURHOLT\nCOUNCIL", align="C")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(20, 40)
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, "Meeting of the Health Scrutiny Panel", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 13)
    pdf.cell(0, 8, "Minutes - 13 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Attendance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def heading(text):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    def names(rows):
        pdf.set_font("Sans", "", 10)
        for n, r in rows:
            pdf.cell(0, 5, f"{n} ({r})" if r else n, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def two_col(rows):
        pdf.set_font("Sans", "", 10)
        for n, r in rows:
            pdf.set_x(20)
            pdf.cell(50, 5, n)
            pdf.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    heading("Members of the Health Scrutiny Panel")
    names(MEMBERS)
    heading("In Attendance")
    names(IN_ATTENDANCE)
    heading("Witnesses")
    two_col(WITNESSES)
    heading("Employees")
    two_col(EMPLOYEES)

    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Part 1 \u2013 items open to the press and public",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 10)
    pdf.cell(18, 6, "Item No.")
    pdf.cell(0, 6, "Title", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    BODY_X = 38
    BODY_W = 190 - BODY_X

    for number, title, blocks in ITEMS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_x(20)
        pdf.set_font("Sans", "B", 10.5)
        y = pdf.get_y()
        pdf.cell(18, 6, number)
        pdf.set_xy(BODY_X, y)
        pdf.multi_cell(BODY_W, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_left_margin(BODY_X)
        for block in blocks:
            if block[0] == "p":
                pdf.set_font("Sans", "", 10)
                pdf.set_x(BODY_X)
                pdf.multi_cell(BODY_W, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            else:
                _, label, clauses = block
                pdf.set_font("Sans", "B", 10)
                pdf.set_x(BODY_X)
                pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Sans", "", 10)
                if len(clauses) == 1:
                    pdf.set_x(BODY_X)
                    pdf.multi_cell(BODY_W, 5.2, clauses[0], new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(3)
                else:
                    pdf.set_left_margin(BODY_X + 7)
                    for i, c in enumerate(clauses, 1):
                        y = pdf.get_y()
                        pdf.set_x(BODY_X)
                        pdf.cell(7, 5.2, f"{i}.")
                        pdf.set_xy(BODY_X + 7, y)
                        pdf.multi_cell(BODY_W - 7, 5.2, c, new_x="LMARGIN", new_y="NEXT")
                        pdf.ln(2)
                    pdf.set_left_margin(BODY_X)
                    pdf.ln(1)
        pdf.set_left_margin(20)
        pdf.ln(2)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (python-docx): an officer report to the Panel, not minutes
# ---------------------------------------------------------------------------
def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        hp = s.header.paragraphs[0]
        hp.text = "This report is PUBLIC\n[NOT PROTECTIVELY MARKED]"
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for r in hp.runs:
            r.font.size = Pt(9)

    def para(text, bold=False, size=None, align=None, space_after=6):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def numbered(num, text, bold=False):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        r = p.add_run(f"{num}\t{text}")
        r.bold = bold
        p.paragraph_format.space_after = Pt(6)
        return p

    t = para("CITY OF STOURHOLT COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t.runs[0].font.color.rgb = RGBColor(0, 84, 128)
    para("Health Scrutiny Panel", bold=True, size=16)
    para("13 March 2025", bold=True, size=14, space_after=12)

    cover = [
        ("Report title", "Hospital Discharge and the Home First Approach"),
        ("Cabinet member with lead responsibility",
         "Councillor Yvonne Hemming\nAdults and Wellbeing"),
        ("Wards affected", "All wards"),
        ("Accountable director", "Becky Naylor, Director of Adult Social Services"),
        ("Originating service", "Adult Social Care"),
        ("Accountable employee",
         "Owen Riddell\tService Director, Adult Social Care\n"
         "Tel\t01632 960418\nEmail\towen.riddell@stourholt.gov.uk"),
        ("Report to be/has been considered by",
         "Adult Social Care Leadership Team\t18 February 2025\n"
         "Home First Programme Board\t25 February 2025"),
    ]
    table = doc.add_table(rows=0, cols=2)
    for k, v in cover:
        cells = table.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v
    doc.add_paragraph()

    para("Recommendation(s) for action or decision:", bold=True)
    para("The Health Scrutiny Panel is recommended to:")
    numbered("1.", "Scrutinise the performance of the integrated discharge hub and the "
                   "Home First pathway set out in section 4 of this report.")
    numbered("2.", "Consider whether the Panel wishes to make recommendations to Cabinet "
                   "on the future of the reablement service.")
    para("Recommendations for noting:", bold=True)
    para("The Health Scrutiny Panel is asked to note:")
    numbered("1.", "The reduction in the average length of stay for people who are "
                   "medically fit for discharge, from 6.2 days to 4.1 days.")
    numbered("2.", "The rise in readmissions within 30 days of discharge in the third "
                   "quarter of 2024-2025 and the actions being taken in response.")

    sections = [
        ("1.0", "Purpose", [
            ("1.1", "To update the Panel on hospital discharge arrangements for Stourholt "
                    "residents and on the progress of the Home First approach, under which "
                    "people leaving hospital are supported to return to their own home "
                    "wherever it is safe to do so."),
        ]),
        ("2.0", "Background", [
            ("2.1", "The integrated discharge hub at Heathfield Hospital opened in "
                    "April 2023. It brings together hospital discharge co-ordinators, "
                    "social workers from the Council, therapists and staff from the "
                    "Council's reablement service in a single team."),
            ("2.2", "The hub is funded through the Better Care Fund, which is a pooled "
                    "budget held by the Council and Stour Valley Integrated Care Board. "
                    "In 2024-2025 the Better Care Fund contributed £4.6 million to "
                    "discharge schemes in the city."),
            ("2.3", "The Panel last considered hospital discharge at its meeting on "
                    "14 March 2024, when it asked for a further report on the outcomes "
                    "of people discharged through the Home First pathway."),
        ]),
        ("3.0", "Home First pathway", [
            ("3.1", "Pathway 1 supports people to go home with reablement or a package "
                    "of care. Pathway 2 provides a short-term bed in a care home for "
                    "rehabilitation or assessment, and Pathway 3 is for people who are "
                    "likely to need long-term residential or nursing care."),
            ("3.2", "Should more people go home directly from hospital? National "
                    "guidance expects at least 95 per cent of people to be discharged to "
                    "their usual place of residence. In Stourholt the figure for 2024-2025 "
                    "to date is 93.4 per cent."),
        ]),
        ("4.0", "Performance", [
            ("4.1", "94 per cent of people who were discharged through Pathway 1 were "
                    "still living at home 91 days later, compared with 82 per cent "
                    "nationally."),
            ("4.2", "Around 11 per cent of discharges went to a short-term bed in a care "
                    "home. This is below the regional average of 14 per cent."),
            ("4.3", "Readmissions within 30 days rose to 15.8 per cent in October to "
                    "December 2024. A joint review of readmissions of people with a "
                    "package of care is under way and will report to the Home First "
                    "Programme Board in May 2025."),
            ("4.4", "The reablement service recruited 23 reablement workers between "
                    "September 2024 and February 2025. Agency use fell from 18 per cent "
                    "of hours to 6 per cent."),
        ]),
        ("5.0", "What people told us", [
            ("5.1", "In January 2025, 212 people who had recently been discharged, and "
                    "their carers, answered the Home First survey. The questions asked "
                    "and the main findings are set out in the table below."),
        ]),
    ]
    for num, title, paras in sections:
        numbered(num, title, bold=True)
        for pn, text in paras:
            numbered(pn, text)

    survey = doc.add_table(rows=1, cols=2)
    survey.style = "Table Grid"
    survey.rows[0].cells[0].text = "Question asked"
    survey.rows[0].cells[1].text = "What people told us"
    for c in survey.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for a, b in [
        ("Were you involved in decisions about leaving hospital?",
         "78% said yes; 9% said they were not asked for their views."),
        ("Did you know who to contact if you had a problem after you got home?",
         "71% said yes. Several carers asked for a single telephone number."),
        ("Did the support you received at home help you to regain your independence?",
         "84% said it helped a lot or a little."),
        ("Was there anything that could have been done better?",
         "Delays in receiving medicines to take home were the most common concern."),
    ]:
        cells = survey.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph()

    tail = [
        ("6.0", "Questions the Panel may wish to consider", [
            ("6.1", "How can the Council and the Trust reduce readmissions of people who "
                    "have received a package of care on discharge?"),
            ("6.2", "Is the Panel assured that people and their families are given a "
                    "genuine choice before a short-term care home placement is agreed?"),
            ("6.3", "Should the reablement service continue to be provided in-house "
                    "when the current Better Care Fund plan ends in March 2026?"),
        ]),
        ("7.0", "Financial implications", [
            ("7.1", "There are no direct financial implications arising from this report. "
                    "The reduction in agency use in the reablement service is forecast to "
                    "save approximately £310,000 a year, which has been reflected in the "
                    "2025-2026 budget. [LH/03032025/P]"),
        ]),
        ("8.0", "Legal implications", [
            ("8.1", "The Council has duties under the Care Act 2014 and the Health and "
                    "Care Act 2022 to co-operate with the NHS in the discharge of patients "
                    "from hospital. There are no direct legal implications arising from "
                    "this report. [SZ/04032025/Q]"),
        ]),
        ("9.0", "Equalities implications", [
            ("9.1", "The Home First survey will be repeated in the summer with additional "
                    "questions to improve the response rate from residents whose first "
                    "language is not English."),
        ]),
        ("10.0", "All other implications", [
            ("10.1", "There are no other implications arising from this report."),
        ]),
        ("11.0", "Schedule of background papers", [
            ("11.1", "Hospital Discharge, report to Health Scrutiny Panel, 14 March 2024."),
        ]),
        ("12.0", "Appendices", [
            ("12.1", "Appendix 1: Home First performance dashboard, February 2025."),
        ]),
    ]
    for num, title, paras in tail:
        numbered(num, title, bold=True)
        for pn, text in paras:
            numbered(pn, text)

    cp = doc.core_properties
    cp.author = "Owen Riddell"
    cp.last_modified_by = "Owen Riddell"
    cp.title = "Hospital Discharge and the Home First Approach"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _rezip_fixed(buf.getvalue(), path)


def _rezip_fixed(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
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
    failures = 0
    for gold_path in sorted(GOLD.glob("kb-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            failures += 1
            continue
        text = " " + norm(doc_text(doc_path)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(" " + norm(phrase) + " ")
            bad = count != 1 or not (6 <= n_words <= 15)
            if bad:
                failures += 1
                print(f"FAIL {gold_path.name} {kind} ({count}x, {n_words} words): {phrase}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


def build() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
