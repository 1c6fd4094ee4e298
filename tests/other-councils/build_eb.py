#!/usr/bin/env python3
"""Build the "eb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eb.py           build documents/eb-* and gold/eb-*.json
        build_eb.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# Document 1: JHOSC minutes as a record of exchanges (PDF)
# ---------------------------------------------------------------------------
PDF_NAME = "eb-ashdown-fairbourne-jhosc-2025-10-14.pdf"
COUNCILS = "Ashdown Borough Council and Fairbourne County Council"
COMMITTEE = "Ashdown and Fairbourne Joint Health Overview and Scrutiny Committee"

# Soft hyphens placed in some long words so the justified text breaks them
SOFT = {
    "reconfiguration": "reconfigu" + SHY + "ration",
    "transformation": "transfor" + SHY + "mation",
    "representatives": "represen" + SHY + "tatives",
    "thrombectomy": "thrombec" + SHY + "tomy",
    "arrangements": "arrange" + SHY + "ments",
    "neighbourhood": "neighbour" + SHY + "hood",
    "consultation": "consul" + SHY + "tation",
    "Infirmary": "Infir" + SHY + "mary",
    "assessment": "assess" + SHY + "ment",
    "compulsory": "compul" + SHY + "sory",
    "departments": "depart" + SHY + "ments",
    "radiographers": "radio" + SHY + "graphers",
    "circulated": "circu" + SHY + "lated",
    "considered": "consid" + SHY + "ered",
    "satisfaction": "satis" + SHY + "faction",
    "performance": "perfor" + SHY + "mance",
    "specialist": "spe" + SHY + "cialist",
    "presented": "pre" + SHY + "sented",
    "preferred": "pre" + SHY + "ferred",
    "clarification": "clarifi" + SHY + "cation",
    "independent": "indepen" + SHY + "dent",
    "procurement": "procure" + SHY + "ment",
}

# each item: (number, title, [paragraphs]); a paragraph is (kind, text)
# kinds: "p" plain paragraph, "sp" speaker paragraph (speaker, text), "res" resolution
# block (lead, [clauses])
ITEMS = [
    ("JHOSC/12", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Margaret Doyle (Fairbourne), "
              "for whom Councillor Terence Blake attended as substitute, and from Councillor "
              "Sunil Varma (Ashdown). Healthwatch Ashdown and Fairbourne had sent apologies; "
              "no substitute representative was able to attend."),
    ]),
    ("JHOSC/13", "Declarations of Interest", [
        ("p", "Councillor Okafor declared a personal interest in item JHOSC/15 as her daughter "
              "is employed as a stroke nurse at Fairbourne General Hospital. Councillor Hughes "
              "declared a personal interest as a governor of Eastmere Community NHS Trust. "
              "Neither interest was considered prejudicial and both Members remained for the "
              "whole meeting."),
    ]),
    ("JHOSC/14", "Minutes of the Meeting held on 8 July 2025", [
        ("res", "The Joint Committee RESOLVED:", [
            "That the minutes of the meeting held on 8 July 2025 be approved as a correct "
            "record and signed by the Chairman.",
        ]),
    ]),
    ("JHOSC/15", "Proposed Reconfiguration of Hyper-Acute Stroke Services", [
        ("p", "The Joint Committee considered a report of the Weald and Marsh Integrated Care "
              "Board (ICB) setting out the preferred option for the reconfiguration of "
              "hyper-acute stroke services, under which the hyper-acute stroke unit at "
              "Fairbourne General Hospital would close and patients would be taken to a "
              "single enlarged unit at Ashdown Royal Infirmary. The report was presented by "
              "the Director of Strategy and Transformation (ICB), supported by the Clinical "
              "Lead for Stroke."),
        ("sp", "THE DIRECTOR OF STRATEGY (ICB).",
               "Introduced the report and explained that the preferred option had been "
               "developed over eighteen months with clinicians from both acute trusts and "
               "that the ICB considered the proposal to be a substantial variation requiring "
               "formal consultation with the Joint Committee."),
        ("sp", "CLLR PATEL (Ashdown).",
               "Asked whether ambulance journey times from the eastern villages had been "
               "modelled for the winter months, when the coast road was often closed by "
               "flooding."),
        ("sp", "THE DIRECTOR OF STRATEGY (ICB).",
               "Replied that the modelling used the South East Coast ambulance data for the "
               "last three winters and that ninety-four per cent of the population would "
               "still reach the enlarged unit within sixty minutes."),
        ("sp", "CLLR OKAFOR (Fairbourne).",
               "Was concerned that families without a car would face a round trip of over two "
               "hours by bus to visit relatives at Ashdown Royal Infirmary, and that this would "
               "fall hardest on older residents of the Fairbourne estates."),
        ("sp", "THE CLINICAL LEAD FOR STROKE.",
               "Acknowledged the point and said that a travel support scheme for visitors, "
               "including a volunteer driver service, was being costed and would form part of "
               "the consultation."),
        ("sp", "CLLR HUGHES (Fairbourne).",
               "Sought clarification on how many specialist stroke nurses would transfer from "
               "Fairbourne and whether any posts would be lost in the change."),
        ("sp", "THE DIRECTOR OF WORKFORCE (FAIRBOURNE HOSPITALS NHS TRUST).",
               "Confirmed that all thirty-one nursing posts would transfer on their existing "
               "terms and that no compulsory redundancies were planned."),
        ("sp", "CLLR MENDES (Ashdown).",
               "Requested that the consultation document include an easy read version and "
               "that drop-in sessions be held in both council areas, not only in Ashdown."),
        ("sp", "THE HEAD OF ENGAGEMENT (ICB).",
               "Agreed and undertook that six public drop-in sessions would be held, three in "
               "each council area, with the dates circulated to Members."),
        ("sp", "THE CHAIRMAN.",
               "Commented that the Joint Committee would wish to see the full equality impact "
               "assessment before forming a final view on the proposal."),
        ("res", "The Joint Committee RESOLVED:", [
            "That the proposal be regarded as a substantial variation to health services in "
            "both council areas.",
            "That the ICB be asked to provide the full equality impact assessment and "
            "the travel support costings to the December meeting.",
            "That the Joint Committee's response to the consultation be delegated to the "
            "Scrutiny Officer in consultation with the Chairman and Vice-Chairman.",
        ]),
    ]),
    ("JHOSC/16", "Community Diagnostic Centre – Procurement of an Independent Sector Provider", [
        ("p", "The Associate Director of Contracting (ICB) presented an update on the "
              "procurement of an independent sector provider to run the new community "
              "diagnostic centre at Ledsham Retail Park, with a contract value of £38 million "
              "over seven years."),
        ("sp", "CLLR BLAKE (Fairbourne).",
               "Asked why the centre could not be run by the local NHS trusts instead of a "
               "private company, given the trusts' existing radiology departments."),
        ("sp", "THE ASSOCIATE DIRECTOR OF CONTRACTING (ICB).",
               "Stated that neither trust had been able to staff the additional scanners "
               "without drawing radiographers away from its own hospital sites."),
        ("sp", "CLLR PATEL (Ashdown).",
               "Questioned what penalties the contract contained if the provider failed to meet "
               "the six-week diagnostic waiting standard."),
        ("sp", "THE ASSOCIATE DIRECTOR OF CONTRACTING (ICB).",
               "Explained that a service credit of two per cent of the monthly payment would be "
               "withheld for each month in which the standard was missed."),
        ("sp", "CLLR OKAFOR (Fairbourne).",
               "Expressed concern that profits from NHS-funded scans would leave the local "
               "health economy and asked that the Joint Committee be kept informed."),
        ("sp", "CLLR FENWICK (Ashdown).",
               "Asked whether patient satisfaction data from the provider would be published "
               "alongside that of the two trusts."),
        ("sp", "THE ASSOCIATE DIRECTOR OF CONTRACTING (ICB).",
               "Advised that the provider would publish Friends and Family Test results "
               "monthly, in the same format as the trusts."),
        ("res", "The Joint Committee RESOLVED:", [
            "That the update on the community diagnostic centre procurement be noted.",
            "That the ICB report contract performance to the Joint Committee six months "
            "after the centre opens.",
        ]),
    ]),
    ("JHOSC/17", "Mental Health Crisis Pathway – Six-Month Review", [
        ("p", "The Joint Committee received the six-month review of the Crisis Café service "
              "and the 24-hour mental health crisis line, presented by the Deputy Chief "
              "Operating Officer of Eastmere Community NHS Trust."),
        ("sp", "CLLR MENDES (Ashdown).",
               "Queried why the Crisis Café in Fairbourne closed at 10pm when most calls to the "
               "crisis line were made after midnight."),
        ("sp", "THE DEPUTY CHIEF OPERATING OFFICER (EASTMERE).",
               "Responded that the café was funded only until 10pm under the current grant, "
               "but a bid for overnight opening had been submitted to the ICB."),
        ("sp", "CLLR HUGHES (Fairbourne).",
               "Noted that young people aged 16 and 17 were still being referred to adult "
               "crisis services and asked that this be looked at urgently."),
        ("res", "The Joint Committee RESOLVED:", [
            "That the six-month review of the mental health crisis pathway be noted.",
        ]),
    ]),
    ("JHOSC/18", "Work Programme 2025/26", [
        ("p", "The Scrutiny Officer presented the work programme. Members agreed that "
              "dementia diagnosis rates and the outcome of the stroke consultation should be "
              "added for the spring."),
        ("res", "The Joint Committee RESOLVED:", [
            "That the work programme for 2025/26 be agreed, subject to the additions "
            "set out above.",
        ]),
    ]),
]

ATTENDANCE = [
    ("Ashdown Borough Council", [
        "Councillor Graham Whitcombe (Chairman)",
        "Councillor Anjali Patel",
        "Councillor Luis Mendes",
        "Councillor Harriet Fenwick",
        "Councillor Sunil Varma (apologies)",
    ]),
    ("Fairbourne County Council", [
        "Councillor Rosemary Lister (Vice-Chairman)",
        "Councillor Chiamaka Okafor",
        "Councillor Owen Hughes",
        "Councillor Terence Blake (substitute for Councillor Doyle)",
        "Councillor Margaret Doyle (apologies)",
    ]),
    ("NHS attendees", [
        "Dr Fiona Carraway – Director of Strategy and Transformation, Weald and Marsh ICB",
        "Dr Imran Siddiqui – Clinical Lead for Stroke, Weald and Marsh ICB",
        "Mark Treloar – Associate Director of Contracting, Weald and Marsh ICB",
        "Kate Ellery – Head of Engagement, Weald and Marsh ICB",
        "Yvonne Ashby – Director of Workforce, Fairbourne Hospitals NHS Trust",
        "Peter Quinlan – Deputy Chief Operating Officer, Eastmere Community NHS Trust",
    ]),
    ("Council officers", [
        "Sarah Pennock – Scrutiny Officer, Fairbourne County Council (clerk)",
    ]),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Ashdown and Fairbourne Joint Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "JHOSC/12", "title": "Apologies for Absence and Substitutions"},
        {"number": "JHOSC/13", "title": "Declarations of Interest"},
        {"number": "JHOSC/14", "title": "Minutes of the Meeting held on 8 July 2025"},
        {"number": "JHOSC/15", "title": "Proposed Reconfiguration of Hyper-Acute Stroke Services"},
        {"number": "JHOSC/16", "title": "Community Diagnostic Centre – Procurement of an Independent Sector Provider"},
        {"number": "JHOSC/17", "title": "Mental Health Crisis Pathway – Six-Month Review"},
        {"number": "JHOSC/18", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "JHOSC/15", "kind": "question",
         "text": "Asked whether ambulance journey times from the eastern villages had been modelled",
         "asked_by": "Cllr Patel",
         "answer": "ninety-four per cent of the population would still reach the enlarged unit",
         "given_by": "Director of Strategy (ICB)", "themes": []},
        {"item": "JHOSC/15", "kind": "concern",
         "text": "families without a car would face a round trip of over two hours",
         "asked_by": "Cllr Okafor",
         "answer": "a travel support scheme for visitors, including a volunteer driver service",
         "given_by": "Clinical Lead for Stroke", "themes": ["adult-social-care"]},
        {"item": "JHOSC/15", "kind": "question",
         "text": "how many specialist stroke nurses would transfer from Fairbourne",
         "asked_by": "Cllr Hughes",
         "answer": "all thirty-one nursing posts would transfer on their existing terms",
         "given_by": "Director of Workforce (Fairbourne Hospitals NHS Trust)", "themes": ["workforce"]},
        {"item": "JHOSC/15", "kind": "request",
         "text": "Requested that the consultation document include an easy read version",
         "asked_by": "Cllr Mendes",
         "answer": "six public drop-in sessions would be held, three in each council area",
         "given_by": "Head of Engagement (ICB)", "themes": ["patient-and-public-input"]},
        {"item": "JHOSC/15", "kind": "comment",
         "text": "would wish to see the full equality impact assessment before forming a final view",
         "asked_by": "The Chairman",
         "answer": None, "given_by": None, "themes": ["governance"]},
        {"item": "JHOSC/16", "kind": "question",
         "text": "Asked why the centre could not be run by the local NHS trusts",
         "asked_by": "Cllr Blake",
         "answer": "neither trust had been able to staff the additional scanners",
         "given_by": "Associate Director of Contracting (ICB)",
         "themes": ["privatisation", "subcontracting", "workforce"]},
        {"item": "JHOSC/16", "kind": "question",
         "text": "what penalties the contract contained if the provider failed to meet",
         "asked_by": "Cllr Patel",
         "answer": "a service credit of two per cent of the monthly payment",
         "given_by": "Associate Director of Contracting (ICB)",
         "themes": ["subcontracting"]},
        {"item": "JHOSC/16", "kind": "concern",
         "text": "profits from NHS-funded scans would leave the local health economy",
         "asked_by": "Cllr Okafor",
         "answer": None, "given_by": None,
         "themes": ["privatisation", "finance"]},
        {"item": "JHOSC/16", "kind": "question",
         "text": "whether patient satisfaction data from the provider would be published",
         "asked_by": "Cllr Fenwick",
         "answer": "the provider would publish Friends and Family Test results monthly",
         "given_by": "Associate Director of Contracting (ICB)",
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "JHOSC/17", "kind": "question",
         "text": "Queried why the Crisis Café in Fairbourne closed at 10pm",
         "asked_by": "Cllr Mendes",
         "answer": "the café was funded only until 10pm under the current grant",
         "given_by": "Deputy Chief Operating Officer (Eastmere)",
         "themes": ["mental-health", "finance"]},
        {"item": "JHOSC/17", "kind": "concern",
         "text": "young people aged 16 and 17 were still being referred to adult crisis services",
         "asked_by": "Cllr Hughes",
         "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "JHOSC/14",
         "text": "the minutes of the meeting held on 8 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "JHOSC/15",
         "text": "the proposal be regarded as a substantial variation to health services",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "JHOSC/16",
         "text": "the update on the community diagnostic centre procurement be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "JHOSC/17",
         "text": "the six-month review of the mental health crisis pathway be noted",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "JHOSC/18",
         "text": "the work programme for 2025/26 be agreed, subject to the additions",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Graham Whitcombe", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Anjali Patel", "role": None, "attendance": "present"},
        {"name": "Councillor Luis Mendes", "role": None, "attendance": "present"},
        {"name": "Councillor Harriet Fenwick", "role": None, "attendance": "present"},
        {"name": "Councillor Sunil Varma", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rosemary Lister", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Chiamaka Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Owen Hughes", "role": None, "attendance": "present"},
        {"name": "Councillor Terence Blake", "role": "substitute for Councillor Doyle", "attendance": "present"},
        {"name": "Councillor Margaret Doyle", "role": None, "attendance": "apologies"},
        {"name": "Dr Fiona Carraway", "role": "Director of Strategy and Transformation, Weald and Marsh ICB", "attendance": "in_attendance"},
        {"name": "Dr Imran Siddiqui", "role": "Clinical Lead for Stroke, Weald and Marsh ICB", "attendance": "in_attendance"},
        {"name": "Mark Treloar", "role": "Associate Director of Contracting, Weald and Marsh ICB", "attendance": "in_attendance"},
        {"name": "Kate Ellery", "role": "Head of Engagement, Weald and Marsh ICB", "attendance": "in_attendance"},
        {"name": "Yvonne Ashby", "role": "Director of Workforce, Fairbourne Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Peter Quinlan", "role": "Deputy Chief Operating Officer, Eastmere Community NHS Trust", "attendance": "in_attendance"},
        {"name": "Sarah Pennock", "role": "Scrutiny Officer, Fairbourne County Council", "attendance": "in_attendance"},
    ],
}


def soften(text):
    for word, soft in SOFT.items():
        text = text.replace(word, soft)
    return text


def pdf_source_text():
    """The running text of the PDF (soft hyphens removed), used by --check."""
    parts = [COMMITTEE, "Minutes of the meeting held on Tuesday 14 October 2025"]
    for number, title, paras in ITEMS:
        parts.append(f"{number} {title}")
        for para in paras:
            if para[0] == "p":
                parts.append(para[1])
            elif para[0] == "sp":
                parts.append(f"{para[1]} {para[2]}")
            else:
                parts.append(para[1])
                parts.extend(f"{i}. {c}" for i, c in enumerate(para[2], 1))
    parts.append("Attendance")
    for head, names in ATTENDANCE:
        parts.append(head)
        parts.extend(names)
    return "\n".join(parts)


def build_pdf():
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, COMMITTEE, align="L")
            self.ln(4)
            self.cell(0, 4, "14 October 2025", align="L")
            self.ln(3)
            self.set_draw_color(150, 150, 150)
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(60, 5, f"Page {self.page_no()}", align="L")
            self.cell(50, 5, "Chairman's initials ........", align="C")
            self.cell(60, 5, COUNCILS.split(" and ")[1], align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(datetime(2025, 10, 21, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(f"Minutes – {COMMITTEE} – 14 October 2025")
    pdf.set_author("Democratic Services, Fairbourne County Council")
    pdf.set_producer("fpdf2")
    pdf.add_font("Sans", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 6, COMMITTEE.upper(), align="C")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "MINUTES of the meeting held at Fairbourne County Hall, Market Street, "
                   "Fairbourne, on Tuesday 14 October 2025 at 2.00 pm", align="C")
    pdf.ln(2)
    pdf.set_font("Sans", "I", 9)
    pdf.multi_cell(0, 5, "The names of those attending are recorded at the end of these minutes.",
                   align="C")
    pdf.ln(5)

    for number, title, paras in ITEMS:
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(0, 6, f"{number}   {title}", align="L")
        pdf.ln(1.5)
        for para in paras:
            if para[0] == "p":
                pdf.set_font("Sans", "", 10)
                pdf.multi_cell(0, 5, soften(para[1]), align="J")
                pdf.ln(2.5)
            elif para[0] == "sp":
                pdf.set_font("Sans", "", 10)
                pdf.multi_cell(0, 5, f"**{para[1]}** {soften(para[2])}", align="J",
                               markdown=True)
                pdf.ln(2.5)
            else:
                pdf.set_font("Sans", "B", 10)
                pdf.multi_cell(0, 5, para[1], align="L")
                pdf.ln(1)
                pdf.set_font("Sans", "", 10)
                for i, clause in enumerate(para[2], 1):
                    pdf.set_x(28)
                    pdf.cell(7, 5, f"{i}.")
                    pdf.multi_cell(0, 5, soften(clause), align="J")
                    pdf.ln(1)
                pdf.ln(2)
        pdf.ln(2)

    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "The meeting ended at 4.35 pm.", align="L")
    pdf.ln(6)
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Attendance")
    pdf.ln(8)
    for head, names in ATTENDANCE:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 5, head)
        pdf.ln(6)
        pdf.set_font("Sans", "", 10)
        for name in names:
            pdf.set_x(26)
            pdf.multi_cell(0, 5, name, align="L")
        pdf.ln(3)
    pdf.ln(6)
    pdf.cell(0, 5, "Chairman ..........................................     Date ....................")
    pdf.output(str(DOCS / PDF_NAME))


# ---------------------------------------------------------------------------
# Document 2: written answers to Council questions (plain text)
# ---------------------------------------------------------------------------
TXT_NAME = "eb-fairbourne-council-questions-health-2025-11-19.txt"
TXT = """FAIRBOURNE COUNTY COUNCIL

Questions to the Cabinet Member for Health at Full Council, 19 November 2025 – written answers

Under Council Procedure Rule 11.4, questions which were not reached in the time allowed for
Members' questions at the meeting of Full Council on 19 November 2025 receive a written
answer. The answers below were provided by Councillor Diane Harcourt, Cabinet Member for
Health, and are published with the minutes of the meeting.

Questions 1 and 2 were answered orally at the meeting and are recorded in the minutes.

------------------------------------------------------------------------------------------

Question 3 – Cllr Chiamaka Okafor to the Cabinet Member for Health

Will the Cabinet Member tell me how many people in Fairbourne are currently waiting
more than twelve weeks for a care needs assessment, and what is being done about it?

Answer:

As at 31 October 2025, 412 people were waiting more than twelve weeks for a care needs
assessment, down from 590 in April. We have recruited eleven additional social workers
on permanent contracts and the backlog is expected to fall below 200 by March 2026.

------------------------------------------------------------------------------------------

Question 4 – Cllr Owen Hughes to the Cabinet Member for Health

Can the Cabinet Member confirm whether the Council intends to bring the reablement service
back in-house when the current contract with Carewell Homecare Ltd expires next year?

Answer:

No decision has yet been taken. An options appraisal comparing in-house provision with a
retendered contract will be presented to Cabinet in February 2026, and the Health Scrutiny
Committee will be invited to comment before any decision is made.

Supplementary question

Cllr Hughes asked whether the options appraisal would include the cost of staff transferring
under TUPE and the views of people who currently use the reablement service.

Answer to supplementary:

The Cabinet Member confirmed that the appraisal would set out TUPE and pension costs in full,
and that a survey of current reablement service users would be completed in December.

------------------------------------------------------------------------------------------

Question 5 – Cllr Terence Blake to the Cabinet Member for Health

What share of the public health grant for 2025/26 has been spent on stop smoking services,
and how does this compare with the previous year?

Answer:

The Council has budgeted £1.26 million for stop smoking services in 2025/26, which is 4.1 per
cent of the public health grant, compared with £1.08 million in 2024/25. The increase reflects
the additional Smokefree Generation funding received from government.

------------------------------------------------------------------------------------------

Question 6 – Cllr Harriet Fenwick to the Cabinet Member for Health

Families in my division have been told that the wait for an autism assessment for a child is
now over two years. What is the Council doing with the ICB to reduce this?

Answer:

Autism assessments for children are commissioned by the Weald and Marsh ICB rather than the
Council. I have written to the ICB's Chief Executive asking for a recovery plan, and I will
share the reply with all Members once it is received.

------------------------------------------------------------------------------------------

Question 7 – Cllr Luis Mendes to the Cabinet Member for Health

How many care homes in the county are currently rated Inadequate or Requires Improvement by
the Care Quality Commission, and how many of these does the Council place residents in?

Answer:

Of the 86 care homes in the county, 3 are rated Inadequate and 17 Requires Improvement. The
Council currently funds placements in 14 of these homes, and its quality assurance team visits
each of them at least once a month while an improvement plan is in place.

------------------------------------------------------------------------------------------

Question 8 – Cllr Rosemary Lister to the Cabinet Member for Health

Does the Cabinet Member agree that the closure of the Ledsham walk-in centre has increased
pressure on GP surgeries in the west of the county?

Answer:

The walk-in centre is a matter for the ICB, which tells me that GP appointments in the
Ledsham primary care network rose by six per cent after the closure. I have asked the
Health Scrutiny Committee to consider access to primary care at its January meeting.

------------------------------------------------------------------------------------------

Democratic Services, Fairbourne County Council
Published 26 November 2025
"""

CM = "Cabinet Member for Health"
TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "questions",
    "committee": "Full Council",
    "meeting_date": "2025-11-19",
    "items": [],
    "questions": [
        {"item": "", "kind": "question",
         "text": "how many people in Fairbourne are currently waiting more than twelve weeks",
         "asked_by": "Cllr Chiamaka Okafor",
         "answer": "We have recruited eleven additional social workers on permanent contracts",
         "given_by": CM, "themes": ["adult-social-care", "workforce"]},
        {"item": "", "kind": "question",
         "text": "whether the Council intends to bring the reablement service back in-house",
         "asked_by": "Cllr Owen Hughes",
         "answer": "An options appraisal comparing in-house provision with a retendered contract",
         "given_by": CM, "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "", "kind": "question",
         "text": "would include the cost of staff transferring under TUPE and the views",
         "asked_by": "Cllr Hughes",
         "answer": "a survey of current reablement service users would be completed in December",
         "given_by": CM,
         "themes": ["workforce", "finance", "patient-and-public-input", "adult-social-care"]},
        {"item": "", "kind": "question",
         "text": "What share of the public health grant for 2025/26 has been spent",
         "asked_by": "Cllr Terence Blake",
         "answer": "The Council has budgeted £1.26 million for stop smoking services",
         "given_by": CM, "themes": ["public-health", "finance"]},
        {"item": "", "kind": "question",
         "text": "the wait for an autism assessment for a child is now over two years",
         "asked_by": "Cllr Harriet Fenwick",
         "answer": "I have written to the ICB's Chief Executive asking for a recovery plan",
         "given_by": CM, "themes": ["children-and-families", "subcontracting"]},
        {"item": "", "kind": "question",
         "text": "How many care homes in the county are currently rated Inadequate",
         "asked_by": "Cllr Luis Mendes",
         "answer": "its quality assurance team visits each of them at least once a month",
         "given_by": CM, "themes": ["adult-social-care", "governance"]},
        {"item": "", "kind": "question",
         "text": "the closure of the Ledsham walk-in centre has increased pressure on GP surgeries",
         "asked_by": "Cllr Rosemary Lister",
         "answer": "GP appointments in the Ledsham primary care network rose by six per cent",
         "given_by": CM, "themes": ["primary-care"]},
    ],
    "resolutions": [],
    "attendees": [],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gold, source in ((PDF_GOLD, pdf_source_text()), (TXT_GOLD, TXT)):
        src = " " + norm(source) + " "
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
        seen = set()
        for kind, p in phrases:
            n = len(p.split())
            count = src.count(" " + norm(p) + " ")
            problems = []
            if count != 1:
                problems.append(f"occurs {count} times")
            if not 6 <= n <= 15:
                problems.append(f"{n} words")
            if norm(p) in seen:
                problems.append("duplicate gold phrase")
            seen.add(norm(p))
            if problems:
                ok = False
                print(f"FAIL {gold['document']} {kind}: {p!r}: {', '.join(problems)}")
        # the built document must exist and carry the same text
        path = DOCS / gold["document"]
        if not path.exists():
            ok = False
            print(f"FAIL missing {path}")
        elif path.suffix == ".txt" and path.read_text(encoding="utf-8") != TXT:
            ok = False
            print(f"FAIL {path.name} differs from source")
        elif path.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(path) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            # undo hyphenation at line ends before comparing
            flat = norm(re.sub(r"-\n", "", text))
            for kind, p in phrases:
                if norm(p) not in flat and norm(p).replace(" ", "") not in flat.replace(" ", ""):
                    print(f"WARN {path.name} {kind}: {p!r} not found in extracted PDF text")
        print(f"{gold['document']}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf()
    (DOCS / TXT_NAME).write_text(TXT, encoding="utf-8")
    for gold in (PDF_GOLD, TXT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
