#!/usr/bin/env python3
"""Build the "dg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dg.py           build documents/dg-* and gold/dg-*.json
        build_dg.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


# ---------------------------------------------------------------------------
# Document 1: county HOSC evidence session, PDF
# ---------------------------------------------------------------------------
PDF_NAME = "dg-marshfordshire-hosc-2025-09-17.pdf"
COUNCIL1 = "Marshfordshire County Council"

ATT1_MEMBERS = [
    ("Cllr Helen Ashdown", "Chairman"),
    ("Cllr Robert Fane", "Vice-Chairman"),
    ("Cllr Martin Cole", None),
    ("Cllr Priya Dhillon", None),
    ("Cllr Susan Everett", None),
    ("Cllr Nadia Okafor", None),
    ("Cllr Graham Tilley", None),
    ("Cllr Peter Whitlock", "Substitute for Cllr Joan Barraclough"),
]
ATT1_APOLOGIES = ["Cllr Joan Barraclough", "Cllr Derek Hume"]
ATT1_WITNESSES = [
    ("Dr Fiona Merrick", "Chief Operating Officer, Castlebridge and Wyvern Hospitals NHS Foundation Trust"),
    ("Mr Alan Pryce", "Director of Urgent Care Commissioning, Marshfordshire and Wyvern Integrated Care Board"),
    ("Ms Laura Bennington", "Head of Operations (Marshfordshire), Western Counties Ambulance Service NHS Trust"),
    ("Mr Tom Ellery", "Director of Adult Social Care and Health, Marshfordshire County Council"),
    ("Ms Catherine Lowe", "Senior Democratic Services Officer, Marshfordshire County Council"),
]

# blocks: ("title", num, text) ("sub", text) ("label", text) ("p", text) ("list", [..])
PDF_BLOCKS = [
    ("title", "1", "Apologies and Substitutions"),
    ("p", "Apologies for absence were received from Cllr Joan Barraclough and Cllr Derek Hume. "
          "Cllr Peter Whitlock attended as substitute for Cllr Barraclough."),
    ("title", "2", "Declarations of Interest"),
    ("p", "Cllr Priya Dhillon declared a personal interest in Item 5 as her daughter is employed as a "
          "staff nurse in the emergency department at Castlebridge General Hospital. She remained in the "
          "meeting and took part in the discussion. No other declarations were made."),
    ("title", "3", "Minutes of the Previous Meeting"),
    ("p", "RESOLVED that the minutes of the meeting held on 9 July 2025 be confirmed as a correct "
          "record and signed by the Chairman."),
    ("title", "4", "Chairman's Announcements"),
    ("p", "The Chairman reminded Members that the meeting was being webcast and that the evidence "
          "session under Item 5 had been agreed at the informal planning meeting on 28 July 2025. "
          "There were no other announcements."),
    ("title", "5", "Evidence Session: Ambulance Handover Delays and Urgent and Emergency Care"),
    ("p", "The Chairman welcomed the witnesses and explained that the Committee had agreed three Key "
          "Lines of Enquiry in advance, which had been circulated to the Trust, the Integrated Care Board "
          "and the ambulance service with the agenda. Written evidence from each organisation was "
          "included in the agenda pack at pages 17 to 58. The session would take each line of enquiry "
          "in turn, hearing evidence first and then taking questions from Members."),
    ("sub", "Key Line of Enquiry 1: Why are ambulance handovers at Castlebridge General Hospital taking "
            "longer than the national 45-minute maximum?"),
    ("label", "Evidence heard:"),
    ("p", "The Chief Operating Officer told the Committee that average handover times at Castlebridge "
          "General Hospital had been 71 minutes in August 2025, against 38 minutes at Wyvern Royal, and "
          "that the principal cause was a shortage of beds on the medical wards, which meant that patients "
          "who had been assessed in the emergency department could not be moved on. On an average day "
          "between 90 and 110 patients in the hospital no longer met the criteria to reside. The Head of "
          "Operations for the ambulance service told the Committee that 2,140 crew hours had been lost "
          "outside the hospital in the first quarter of the year, the equivalent of taking four "
          "ambulances off the road every day, and that response times for category 2 calls in the "
          "rural west of the county had risen to an average of 52 minutes."),
    ("label", "Members' questions:"),
    ("p", "Cllr Fane asked whether the new fit to sit area opened in June had made any measurable "
          "difference. Dr Merrick replied that the area had released around 40 minutes per handover on "
          "the days it was fully staffed, but that it had been closed on eleven days in August because "
          "nurses had been redeployed to the wards. Cllr Okafor asked how much the Trust was spending on "
          "agency nurses to keep the corridor care area open overnight. Dr Merrick replied that the "
          "figure was approximately £310,000 a month and undertook to provide the exact amount in "
          "writing. Cllr Cole expressed concern that patients were being cared for in corridors for "
          "many hours without access to toilets or privacy, and said that residents had contacted him "
          "about elderly relatives waiting on trolleys overnight. Cllr Tilley asked whether the "
          "ambulance service had considered a handover cohorting hub staffed by its own paramedics. "
          "Ms Bennington replied that a pilot would begin at Castlebridge in November and that, if it "
          "succeeded, the service would seek recurrent funding from the ICB to make it permanent."),
    ("sub", "Key Line of Enquiry 2: What part does delayed discharge into adult social care play in "
            "hospital flow, and what is being done about it?"),
    ("label", "Evidence heard:"),
    ("p", "The Director of Adult Social Care and Health told the Committee that on the census day of "
          "3 September 2025, 64 patients at the two hospitals were waiting for a package of care or a "
          "care home placement arranged by the County Council, and that the main constraint was the "
          "supply of home care in rural areas rather than funding. The Council had block-purchased 2,000 "
          "hours of domiciliary care a week from three providers under the discharge to assess scheme, "
          "and a further 18 reablement beds would open at Orchard Lea in October."),
    ("label", "Members' questions:"),
    ("p", "Cllr Everett asked why the Council continued to rely on private providers for discharge "
          "home care when it had previously run an in-house reablement service. Mr Ellery replied that "
          "the in-house service had been reduced in 2016 and that rebuilding it would take at least two "
          "years, but that officers were modelling the costs of bringing the rapid response element back "
          "in-house. Cllr Whitlock asked whether care workers were being paid for travel time between "
          "visits in the rural west. Mr Ellery replied that travel time was built into the hourly rate "
          "under the new framework contract, and that the Council monitored compliance through "
          "quarterly contract reviews. Cllr Dhillon requested a breakdown of delayed discharges by "
          "reason and by hospital for each month since April, and Mr Ellery agreed that this would be "
          "circulated before the next meeting."),
    ("sub", "Key Line of Enquiry 3: How will the ICB's winter plan and the commissioning of virtual "
            "wards reduce pressure on the front door this winter?"),
    ("label", "Evidence heard:"),
    ("p", "The Director of Urgent Care Commissioning told the Committee that the ICB had commissioned "
          "120 virtual ward beds across the county, of which 84 were currently open, and that the winter "
          "plan included a single point of access for care homes so that residents who fell could be "
          "assessed by a clinician by video rather than being conveyed to hospital. The ICB had also "
          "extended GP out-of-hours capacity on Saturdays from October to March."),
    ("label", "Members' questions:"),
    ("p", "The Chairman asked why only 84 of the 120 virtual ward beds were open when the plan had "
          "assumed all would be available by September. Mr Pryce replied that the shortfall was due to "
          "vacancies in the community nursing teams that staff the virtual wards, and that 22 posts "
          "had been recruited to and would start by December. Cllr Okafor questioned whether virtual "
          "wards were being used to move care out of hospital without the money following the patient. "
          "Mr Pryce replied that the virtual ward service was funded from a recurrent allocation of "
          "£4.2 million and was not a saving. Cllr Cole asked whether patients and families had been "
          "consulted on the single point of access for care homes. Mr Pryce replied that the ICB had "
          "held two workshops with care home managers and Healthwatch Marshfordshire but had not yet "
          "surveyed residents or their families."),
    ("label", "Outcome:"),
    ("p", "Having considered the written and oral evidence, the Committee RECOMMENDS to the Cabinet "
          "Member for Health that the Council and the ICB jointly commission a review of rural home "
          "care capacity and report its findings to this Committee by March 2026."),
    ("p", "AGREED ACTIONS:"),
    ("list", [
        "1. The Trust to provide the monthly cost of agency nurses for corridor care since April 2025.",
        "2. The Director of Adult Social Care and Health to circulate monthly delayed discharge figures by reason and hospital.",
        "3. The ICB to report on progress with virtual ward staffing at the January 2026 meeting.",
    ]),
    ("title", "6", "Adult Social Care Fee Uplift and Market Sustainability 2025/26"),
    ("p", "The Head of Commissioning (Adult Social Care) introduced the report, which set out the fee "
          "uplifts paid to care homes and home care providers from April 2025 and the outcome of the "
          "annual cost of care exercise. The average uplift was 6.1 per cent, which officers considered "
          "sufficient to cover the increase in the National Living Wage but not the rise in employer "
          "national insurance contributions. Cllr Tilley asked how many care homes in the county had "
          "closed or handed back contracts in the past twelve months. The Head of Commissioning said "
          "that four homes had closed, with the loss of 97 beds, and that all residents had been "
          "found alternative placements within the county. Cllr Everett raised concerns about the "
          "growing share of nursing home beds owned by private equity investors and the risk of "
          "sudden market exit. The Chairman asked that the next market position statement include "
          "an analysis of provider ownership and financial resilience."),
    ("p", "RESOLVED that the report be noted and that the Committee's comments on provider resilience "
          "be passed to the Cabinet Member for Adult Social Care."),
    ("title", "7", "Work Programme 2025/26"),
    ("p", "The Senior Democratic Services Officer presented the work programme. Cllr Tilley requested "
          "that an item on access to NHS dentistry in the market towns be added for the January meeting."),
    ("p", "RESOLVED that the work programme be agreed, subject to the addition of an item on NHS "
          "dentistry in January 2026."),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-17",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Chairman's Announcements"},
        {"number": "5", "title": "Evidence Session: Ambulance Handover Delays and Urgent and Emergency Care"},
        {"number": "6", "title": "Adult Social Care Fee Uplift and Market Sustainability 2025/26"},
        {"number": "7", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "asked whether the new fit to sit area opened in June had made",
         "asked_by": "Cllr Fane",
         "answer": "the area had released around 40 minutes per handover on the days",
         "given_by": "Dr Merrick", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked how much the Trust was spending on agency nurses to keep",
         "asked_by": "Cllr Okafor",
         "answer": "the figure was approximately £310,000 a month and undertook to provide",
         "given_by": "Dr Merrick", "themes": ["workforce", "finance"]},
        {"item": "5", "kind": "concern",
         "text": "expressed concern that patients were being cared for in corridors for many hours",
         "asked_by": "Cllr Cole", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the ambulance service had considered a handover cohorting hub",
         "asked_by": "Cllr Tilley",
         "answer": "a pilot would begin at Castlebridge in November and that, if it succeeded",
         "given_by": "Ms Bennington", "themes": ["workforce", "finance"]},
        {"item": "5", "kind": "question",
         "text": "asked why the Council continued to rely on private providers for discharge home care",
         "asked_by": "Cllr Everett",
         "answer": "officers were modelling the costs of bringing the rapid response element back in-house",
         "given_by": "Mr Ellery",
         "themes": ["privatisation", "subcontracting", "adult-social-care", "finance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether care workers were being paid for travel time between visits",
         "asked_by": "Cllr Whitlock",
         "answer": "travel time was built into the hourly rate under the new framework contract",
         "given_by": "Mr Ellery",
         "themes": ["workforce", "adult-social-care", "subcontracting", "finance"]},
        {"item": "5", "kind": "request",
         "text": "requested a breakdown of delayed discharges by reason and by hospital for each month",
         "asked_by": "Cllr Dhillon",
         "answer": "Mr Ellery agreed that this would be circulated before the next meeting",
         "given_by": "Mr Ellery", "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "asked why only 84 of the 120 virtual ward beds were open",
         "asked_by": "The Chairman",
         "answer": "the shortfall was due to vacancies in the community nursing teams",
         "given_by": "Mr Pryce", "themes": ["workforce"]},
        {"item": "5", "kind": "question",
         "text": "questioned whether virtual wards were being used to move care out of hospital",
         "asked_by": "Cllr Okafor",
         "answer": "the virtual ward service was funded from a recurrent allocation of £4.2 million",
         "given_by": "Mr Pryce", "themes": ["finance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether patients and families had been consulted on the single point of access",
         "asked_by": "Cllr Cole",
         "answer": "held two workshops with care home managers and Healthwatch Marshfordshire",
         "given_by": "Mr Pryce", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "asked how many care homes in the county had closed or handed back contracts",
         "asked_by": "Cllr Tilley",
         "answer": "four homes had closed, with the loss of 97 beds",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "kind": "concern",
         "text": "raised concerns about the growing share of nursing home beds owned by private equity investors",
         "asked_by": "Cllr Everett", "answer": None, "given_by": None,
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "6", "kind": "request",
         "text": "asked that the next market position statement include an analysis of provider ownership",
         "asked_by": "The Chairman", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance"]},
        {"item": "7", "kind": "request",
         "text": "requested that an item on access to NHS dentistry in the market towns be added",
         "asked_by": "Cllr Tilley", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 9 July 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "jointly commission a review of rural home care capacity and report its findings",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "integration"]},
        {"item": "5", "text": "The Trust to provide the monthly cost of agency nurses for corridor care",
         "outcome": "agreed", "themes": ["workforce", "finance", "adult-social-care"]},
        {"item": "6", "text": "the report be noted and that the Committee's comments on provider resilience",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "7", "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in ATT1_MEMBERS]
        + [{"name": n, "role": None, "attendance": "apologies"} for n in ATT1_APOLOGIES]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ATT1_WITNESSES]
    ),
}


def pdf_source_text():
    out = [COUNCIL1, "Health Overview and Scrutiny Committee",
           "Minutes of the meeting held on Wednesday 17 September 2025 at 10.00 am, Council Chamber, Shire Hall, Castlebridge",
           "Committee members present:"]
    out += [n + (f" ({r})" if r else "") for n, r in ATT1_MEMBERS]
    out.append("Apologies: " + ", ".join(ATT1_APOLOGIES))
    out.append("Witnesses and officers:")
    out += [f"{n} – {r}" for n, r in ATT1_WITNESSES]
    for b in PDF_BLOCKS:
        if b[0] == "title":
            out.append(f"Item {b[1]}: {b[2]}")
        elif b[0] == "list":
            out += b[1]
        else:
            out.append(b[1])
    return "\n".join(out)


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90)
            self.cell(0, 5, COUNCIL1 + " – Health Overview and Scrutiny Committee – 17 September 2025",
                      align="L", new_x="LMARGIN", new_y="NEXT")
            self.line(20, 16, 190, 16)
            self.ln(5)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90)
            self.cell(85, 5, f"Page {self.page_no()}", align="L")
            self.cell(85, 5, "Chairman's initials ..........", align="R")
            self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(datetime(2025, 9, 24, 9, 0, tzinfo=timezone.utc))
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 17 September 2025")
    pdf.set_author(COUNCIL1)
    pdf.set_margins(20, 12, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    W = 170
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, COUNCIL1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Health Overview and Scrutiny Committee", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W, 5, "Minutes of the meeting held on Wednesday 17 September 2025 at 10.00 am, "
                   "Council Chamber, Shire Hall, Castlebridge", align="C")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Committee members present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for n, r in ATT1_MEMBERS:
        pdf.cell(8)
        pdf.cell(0, 5, n + (f" ({r})" if r else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(24, 6, "Apologies: ")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 6, ", ".join(ATT1_APOLOGIES), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Witnesses and officers:", new_x="LMARGIN", new_y="NEXT")
    for n, r in ATT1_WITNESSES:
        pdf.set_x(28)
        pdf.set_font("DejaVu", "B", 9.5)
        w = pdf.get_string_width(n + " – ") + 1
        pdf.cell(w, 5, n + " –")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(W - 8 - w, 5, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for b in PDF_BLOCKS:
        kind = b[0]
        if kind == "title":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_fill_color(217, 225, 235)
            pdf.set_draw_color(120, 140, 170)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 7, f"Item {b[1]}: {b[2]}", border=1, fill=True,
                           new_x="LMARGIN", new_y="NEXT", padding=(1, 2, 1, 2))
            pdf.set_draw_color(0)
            pdf.ln(2)
        elif kind == "sub":
            pdf.ln(1)
            pdf.set_font("DejaVu", "BI", 10) if False else pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(W, 5.2, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "label":
            pdf.set_font("DejaVu", "I", 10)
            pdf.cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "list":
            pdf.set_font("DejaVu", "", 10)
            for line in b[1]:
                pdf.set_x(26)
                pdf.multi_cell(W - 6, 5.2, line, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            t = b[1]
            if t.startswith("RESOLVED") or t.startswith("AGREED ACTIONS"):
                word = "RESOLVED" if t.startswith("RESOLVED") else "AGREED ACTIONS:"
                pdf.set_font("DejaVu", "B", 10)
                pdf.write(5.2, word)
                pdf.set_font("DejaVu", "", 10)
                rest = t[len(word):]
                if rest:
                    pdf.multi_cell(0, 5.2, rest, align="J", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.ln(5.2)
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(W, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "The meeting closed at 1.05 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Chairman ................................................   Date ....................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, PDF_NAME))


# ---------------------------------------------------------------------------
# Document 2: Power Pages portal HTML
# ---------------------------------------------------------------------------
HTML_NAME = "dg-harrowdene-health-adult-care-scrutiny-2025-10-08.html"
COUNCIL2 = "London Borough of Harrowdene"
COMM2 = "Health and Adult Care Scrutiny Sub-Committee"

ATT2_MEMBERS = [
    ("Councillor Yasmin Choudhury", "Chair"),
    ("Councillor Owen Marchetti", "Vice-Chair"),
    ("Councillor Bernadette Quinn", None),
    ("Councillor Samuel Adeyemi", None),
    ("Councillor Rachel Lindqvist", None),
    ("Councillor Imran Sheikh", None),
]
ATT2_APOLOGIES = [("Councillor Victoria Hale", None)]
ATT2_OFFICERS = [
    ("Joanna Petrakis", "Corporate Director of Adults, Health and Housing"),
    ("Dr Kwame Asante", "Director of Public Health"),
    ("Lisa Thornbury", "Head of Reablement and Hospital Discharge"),
    ("Martin Oyelaran", "Strategic Commissioning Manager, Substance Misuse"),
    ("Heidi Brandt", "Chief Executive, Healthwatch Harrowdene"),
    ("Neil Fairweather", "Scrutiny Officer"),
]

HTML_ITEMS = [
    dict(num="1", title="Apologies for absence and substitutions",
         disc="Apologies for absence were received from Councillor Victoria Hale. There were no substitutions.",
         qa=[], dec="None."),
    dict(num="2", title="Declarations of interest",
         disc="Councillor Samuel Adeyemi declared a non-pecuniary interest in item 5 as a trustee of a "
              "local recovery charity. No other interests were declared.",
         qa=[], dec="None."),
    dict(num="3", title="Minutes of the previous meeting",
         disc="The minutes of the meeting held on 2 July 2025 were considered.",
         qa=[], dec="RESOLVED: That the minutes of the meeting held on 2 July 2025 be agreed as a correct record."),
    dict(num="4", title="Reablement service: proposal to bring the service back in-house",
         disc="The Corporate Director of Adults, Health and Housing introduced the report, which set out "
              "the options appraisal for the home-based reablement service currently delivered under "
              "contract by Caremark Plus Ltd until March 2026. The preferred option was to bring the "
              "service in-house, transferring 58 staff under TUPE, at an estimated additional cost of "
              "£420,000 a year offset by reduced long-term care packages.",
         qa=[
             ("Councillor Bernadette Quinn",
              "Why had the current provider's contract not delivered the outcomes that were promised when it was let in 2021?",
              "Corporate Director of Adults, Health and Housing",
              "The contract had been priced on a volume of referrals that never materialised after the pandemic, "
              "and the provider had struggled to retain reablement-trained staff."),
             ("Councillor Samuel Adeyemi",
              "Would transferring staff keep their current terms and conditions, including the London weighting?",
              "Head of Reablement and Hospital Discharge",
              "All transferring staff would keep their existing terms under TUPE and would be offered the "
              "Council's pension scheme from the date of transfer."),
             ("Councillor Imran Sheikh",
              "How would the Council measure whether the in-house service was achieving better outcomes for residents?",
              "Head of Reablement and Hospital Discharge",
              "The service would report the proportion of people still at home 91 days after discharge, "
              "and the Sub-Committee would receive these figures every six months."),
             ("Councillor Rachel Lindqvist",
              "Had people who currently receive reablement been asked for their views on the change?",
              "Corporate Director of Adults, Health and Housing",
              "A survey of 140 recent service users had been completed and most respondents "
              "had said they wanted the same carers to visit each time."),
         ],
         dec="RESOLVED: That the Sub-Committee RECOMMENDS to Cabinet that the reablement service be "
             "brought back in-house from 1 April 2026, and asks that six-monthly outcome reports "
             "be presented to the Sub-Committee."),
    dict(num="5", title="Substance misuse treatment service recommissioning",
         disc="The Director of Public Health presented the report on the recommissioning of the adult "
              "drug and alcohol treatment service. The current contract with a national charity would end "
              "in September 2026 and the proposal was to tender a single integrated service for seven years.",
         qa=[
             ("Councillor Owen Marchetti",
              "Could a longer contract lock the Council into a provider that underperformed in the later years?",
              "Director of Public Health",
              "The contract would include break clauses at years three and five linked to performance "
              "against the national drug strategy outcomes."),
             ("Councillor Yasmin Choudhury",
              "What would happen to the supplementary grant funding if the government ended it after March 2026?",
              "Director of Public Health",
              "The specification would be written so that the grant-funded elements could be scaled back "
              "without destabilising the core treatment service."),
             ("Councillor Imran Sheikh",
              "Were people with lived experience of addiction involved in writing the service specification?",
              "Strategic Commissioning Manager, Substance Misuse",
              "Two peer reviewers from the recovery community sat on the evaluation panel and had co-written "
              "the outcomes framework."),
         ],
         dec="RESOLVED: That the Sub-Committee notes the recommissioning timetable and endorses the "
             "proposed seven-year contract with break clauses."),
    dict(num="6", title="Healthwatch Harrowdene annual report 2024/25",
         disc="The Chief Executive of Healthwatch Harrowdene presented the annual report, highlighting "
              "work on access to GP appointments and on the experience of carers at hospital discharge.",
         qa=[
             ("Councillor Rachel Lindqvist",
              "What had the ICB done in response to Healthwatch's findings on GP telephone access?",
              "Chief Executive, Healthwatch Harrowdene",
              "The ICB had funded cloud telephony in eleven practices and agreed to repeat the "
              "patient survey in spring 2026."),
             ("Councillor Samuel Adeyemi",
              "Was Healthwatch's own funding from the Council secure for next year?",
              "Corporate Director of Adults, Health and Housing",
              "The Healthwatch contract had been extended to March 2027 at the same value."),
         ],
         dec="RESOLVED: That the Healthwatch Harrowdene annual report 2024/25 be noted."),
    dict(num="7", title="Work programme 2025/26",
         disc="The Scrutiny Officer presented the work programme. Members asked for the winter "
              "pressures update to include temporary accommodation for people discharged from hospital "
              "who are homeless.",
         qa=[],
         dec="RESOLVED: That the work programme be agreed, with the winter pressures item to cover "
             "hospital discharge of homeless patients."),
]

HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": COMM2,
    "meeting_date": "2025-10-08",
    "items": [{"number": it["num"], "title": it["title"]} for it in HTML_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "Why had the current provider's contract not delivered the outcomes that were promised",
         "asked_by": "Councillor Bernadette Quinn",
         "answer": "The contract had been priced on a volume of referrals that never materialised",
         "given_by": "Corporate Director of Adults, Health and Housing",
         "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "Would transferring staff keep their current terms and conditions, including the London weighting",
         "asked_by": "Councillor Samuel Adeyemi",
         "answer": "All transferring staff would keep their existing terms under TUPE",
         "given_by": "Head of Reablement and Hospital Discharge",
         "themes": ["workforce", "privatisation", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "How would the Council measure whether the in-house service was achieving better outcomes",
         "asked_by": "Councillor Imran Sheikh",
         "answer": "the proportion of people still at home 91 days after discharge",
         "given_by": "Head of Reablement and Hospital Discharge",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "Had people who currently receive reablement been asked for their views on the change",
         "asked_by": "Councillor Rachel Lindqvist",
         "answer": "A survey of 140 recent service users had been completed",
         "given_by": "Corporate Director of Adults, Health and Housing",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "Could a longer contract lock the Council into a provider that underperformed",
         "asked_by": "Councillor Owen Marchetti",
         "answer": "The contract would include break clauses at years three and five",
         "given_by": "Director of Public Health",
         "themes": ["subcontracting", "public-health"]},
        {"item": "5", "kind": "question",
         "text": "What would happen to the supplementary grant funding if the government ended it",
         "asked_by": "Councillor Yasmin Choudhury",
         "answer": "the grant-funded elements could be scaled back without destabilising the core treatment service",
         "given_by": "Director of Public Health",
         "themes": ["finance", "public-health"]},
        {"item": "5", "kind": "question",
         "text": "Were people with lived experience of addiction involved in writing the service specification",
         "asked_by": "Councillor Imran Sheikh",
         "answer": "Two peer reviewers from the recovery community sat on the evaluation panel",
         "given_by": "Strategic Commissioning Manager, Substance Misuse",
         "themes": ["patient-and-public-input", "subcontracting", "public-health"]},
        {"item": "6", "kind": "question",
         "text": "What had the ICB done in response to Healthwatch's findings on GP telephone access",
         "asked_by": "Councillor Rachel Lindqvist",
         "answer": "The ICB had funded cloud telephony in eleven practices",
         "given_by": "Chief Executive, Healthwatch Harrowdene",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "Was Healthwatch's own funding from the Council secure for next year",
         "asked_by": "Councillor Samuel Adeyemi",
         "answer": "The Healthwatch contract had been extended to March 2027 at the same value",
         "given_by": "Corporate Director of Adults, Health and Housing",
         "themes": ["finance", "patient-and-public-input", "subcontracting"]},
        {"item": "7", "kind": "request",
         "text": "Members asked for the winter pressures update to include temporary accommodation",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["housing", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 2 July 2025 be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "RECOMMENDS to Cabinet that the reablement service be brought back in-house",
         "outcome": "recommended", "themes": ["privatisation", "adult-social-care"]},
        {"item": "5", "text": "notes the recommissioning timetable and endorses the proposed seven-year contract",
         "outcome": "agreed", "themes": ["subcontracting", "public-health"]},
        {"item": "6", "text": "That the Healthwatch Harrowdene annual report 2024/25 be noted",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "7", "text": "the work programme be agreed, with the winter pressures item",
         "outcome": "agreed", "themes": ["housing", "adult-social-care"]},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in ATT2_MEMBERS]
        + [{"name": n, "role": r, "attendance": "apologies"} for n, r in ATT2_APOLOGIES]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ATT2_OFFICERS]
    ),
}


def e(s):
    return html.escape(s, quote=False)


def field(label, inner):
    return ('        <div class="form-group">\n'
            f'          <label class="control-label">{e(label)}</label>\n'
            f'          <div class="form-control-static">{inner}</div>\n'
            '        </div>\n')


def build_html():
    def who(n, r):
        return n + (f" ({r})" if r else "")
    members = "; ".join(who(n, r) for n, r in ATT2_MEMBERS)
    apols = "; ".join(who(n, r) for n, r in ATT2_APOLOGIES)
    officers = "; ".join(f"{n} ({r})" for n, r in ATT2_OFFICERS)
    out = []
    out.append(f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meeting record – {e(COMM2)} – 8 October 2025 · Harrowdene Democracy Portal</title>
<link rel="stylesheet" href="/bootstrap.min.css">
<link rel="stylesheet" href="/theme.css">
</head>
<body>
<div id="skip-to-content"><a href="#mainContent">Skip to main content</a></div>
<div class="navbar navbar-inverse navbar-static-top" role="banner">
  <div class="container">
    <a class="navbar-brand" href="/">{e(COUNCIL2)} · Democracy Portal</a>
    <ul class="nav navbar-nav"><li><a href="/meetings/">Meetings</a></li><li><a href="/committees/">Committees</a></li><li><a href="/SignIn">Sign in</a></li></ul>
  </div>
</div>
<div id="mainContent" class="wrapper-body" role="main">
<div class="container">
  <ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/committees/">Committees</a></li><li class="active">Meeting record</li></ul>
  <div class="page-header"><h1>{e(COMM2)} – 8 October 2025</h1></div>
  <div class="entity-form" id="EntityFormPanel_meeting" data-entity="hb_meeting">
    <fieldset aria-label="Meeting details">
      <legend class="section-title"><h2>Meeting details</h2></legend>
""")
    out.append(field("Committee", e(COMM2)))
    out.append(field("Date and time", "Wednesday 8 October 2025, 7.00 pm"))
    out.append(field("Venue", "Committee Room 2, Harrowdene Civic Centre"))
    out.append(field("Status", "Minutes – approved"))
    out.append(field("Members present", e(members)))
    out.append(field("Apologies", e(apols)))
    out.append(field("Officers present", e(officers)))
    out.append("    </fieldset>\n  </div>\n")
    out.append('  <h2 class="section-heading">Agenda items</h2>\n')
    for it in HTML_ITEMS:
        qa = "".join(
            f"<p>Question ({e(a)}): {e(q)}</p><p>Answer ({e(r)}): {e(ans)}</p>"
            for a, q, r, ans in it["qa"]) or "<p>None.</p>"
        out.append(f'  <div class="entity-form" id="EntityFormPanel_item{it["num"]}" data-entity="hb_agendaitem">\n'
                   '    <fieldset>\n')
        out.append(field("Item number", e(it["num"])))
        out.append(field("Title", e(it["title"])))
        out.append(field("Discussion", f"<p>{e(it['disc'])}</p>"))
        out.append(field("Questions and answers", qa))
        out.append(field("Decision", f"<p>{e(it['dec'])}</p>"))
        out.append("    </fieldset>\n  </div>\n")
    out.append("""</div>
</div>
<footer role="contentinfo"><div class="container"><p>&copy; London Borough of Harrowdene 2025 · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p><p class="powered">Powered by Microsoft Power Pages</p></div></footer>
</body>
</html>
""")
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f:
        f.write("".join(out))


def html_source_text():
    with open(os.path.join(DOCS, HTML_NAME), encoding="utf-8") as f:
        t = f.read()
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def write_gold():
    for g in (PDF_GOLD, HTML_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


def check():
    ok = True
    pairs = [(PDF_GOLD, pdf_source_text()), (HTML_GOLD, html_source_text())]
    # also the text pdfplumber extracts from the PDF (warning only: headers, line breaks)
    try:
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as p:
            extracted = norm("\n".join(pg.extract_text() or "" for pg in p.pages))
    except Exception as ex:  # pragma: no cover
        extracted = None
        print("warning: could not extract PDF:", ex)
    for g, src in pairs:
        ns = norm(src)
        phrases = []
        for q in g["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            cnt = ns.count(norm(ph))
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']} {kind}: {ph!r} occurs {cnt}x, {n} words")
            if g is PDF_GOLD and extracted is not None and extracted.count(norm(ph)) != 1:
                print(f"note: not found once in pdfplumber text (page break?): {ph!r}")
        print(f"{g['document']}: items {len(g['items'])}, questions {len(g['questions'])}, "
              f"resolutions {len(g['resolutions'])}, attendees {len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf()
    build_html()
    write_gold()
    check()
