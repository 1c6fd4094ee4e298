#!/usr/bin/env python3
"""Build the "ds-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ds.py           build documents/ds-* and gold/ds-*.json
        build_ds.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 7, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: metropolitan borough Health Scrutiny Committee (DOCX)
# ---------------------------------------------------------------------------
D1 = "ds-brackenfold-health-scrutiny-2025-06-18.docx"

D1_PRESENT = ("Present: Councillor Margaret Ashworth (Chair), Councillor Daniel Whitely (Vice-Chair), "
              "Councillors Tariq Bashir, Gillian Royce, Stephen Holroyd, Annette Clegg and Peter Naylor "
              "(substitute for Councillor Wendy Sutcliffe).")
D1_ALSO = ("Also present: Councillor Farida Hussain (Cabinet Member for Health and Adult Social Care); "
           "Mr Graham Pickles (Healthwatch Brackenfold, co-opted, non-voting).")
D1_OFFICERS = [
    "Jacqueline Fairbank – Director of Adult Social Care and Health Integration",
    "Dr Owen Maddox – Director of Public Health",
    "Sunita Rao – Head of Commissioning, Contracts and Market Shaping (Adults)",
    "Lorraine Hebden – Associate Director of Mental Health Transformation, Brackenfold Place, West Pennine Integrated Care Board",
    "Kevin Brierley – Deputy Chief Operating Officer, Brackenfold and Ribblesdale Hospitals NHS Foundation Trust",
    "Helen Tattersall – Democratic Services Officer",
]

# each item: (number, title, [ (style, text) ... ])
D1_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("Normal", "Apologies for absence were received from Councillor Wendy Sutcliffe, for whom Councillor "
                   "Peter Naylor attended as substitute, and from Councillor Imran Qureshi."),
    ]),
    ("2", "Declarations of Interest", [
        ("Normal", "Councillor Gillian Royce declared a personal interest in Item 6 (Home Care Recommissioning) "
                   "as a close relative was in receipt of a home care package from one of the current providers. "
                   "She remained in the meeting and took part in the discussion. No other declarations were made."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("Normal", "RESOLVED – That the minutes of the meeting of the Committee held on 14 May 2025 be "
                   "approved as a correct record and signed by the Chair."),
    ]),
    ("4", "Public Question Time", [
        ("Normal", "The Chair reported that three questions had been received from members of the public in "
                   "accordance with the Committee's procedure rules. Councillor Farida Hussain, Cabinet Member "
                   "for Health and Adult Social Care, responded to each question in turn."),
        ("Quote", "Mrs Pauline Entwistle asked: My husband waited eleven hours in the corridor at Brackenfold "
                  "General last January. Can the Cabinet Member tell us what the Council is doing to make sure "
                  "that people are not left on trolleys again this winter?"),
        ("Intense Quote", "Corridor care is not acceptable and I have said so to the Trust directly. The Council has "
                          "funded forty additional reablement places from November so that people who are medically "
                          "fit can leave hospital sooner, which frees beds on the wards. The Trust will report on its "
                          "winter plan under Item 7 this evening and I would encourage you to stay for that discussion."),
        ("Quote", "Mrs Entwistle asked a supplementary question: Will the Committee publish the number of hours "
                  "patients spend in corridors each month so residents can judge for themselves?"),
        ("Intense Quote", "I will ask the Trust to include corridor waits in the monthly performance dashboard "
                          "that comes to this Committee, and that dashboard is published with the agenda."),
        ("Quote", "Mr Desmond Farrow asked: The home care contracts are being re-tendered. Why is the Council "
                  "handing more of our care to private equity backed companies when it could run the service "
                  "itself?"),
        ("Intense Quote", "No decision has been taken to move work to any particular type of provider. The "
                          "options appraisal considered an in-house service for the Lowmoor area and that option "
                          "remains under active consideration before Cabinet decides in September. Any provider "
                          "will have to pay at least the Real Living Wage and meet our ethical care standards."),
        ("Quote", "Ms Rachel Oyelaran asked: Young people in my ward are waiting over a year for an autism "
                  "assessment. What is the Council doing to press the Integrated Care Board about these "
                  "waiting times?"),
        ("Intense Quote", "I share your frustration and I raised the neurodevelopmental waiting list with the "
                          "Integrated Care Board chief executive at the Health and Wellbeing Board last month. The "
                          "Board has agreed non-recurrent funding to clear the longest waits and I will write to you "
                          "with the timetable once it is confirmed."),
    ]),
    ("5", "Community Mental Health Transformation – Progress Report", [
        ("Normal", "Lorraine Hebden, Associate Director of Mental Health Transformation, introduced the report, "
                   "which set out progress in the second year of the community mental health transformation "
                   "programme, including the three new neighbourhood mental health hubs and the move away from "
                   "the former Care Programme Approach."),
        ("Normal", "Councillor Bashir raised the length of time people were waiting between referral and a "
                   "first appointment at the Eastfield hub and asked whether the target of four weeks was being "
                   "met. Officers advised that the median wait at Eastfield was now five weeks, down from nine "
                   "weeks in January, and that two further community psychiatric nurses would start in July. "
                   "Councillor Royce raised concerns that the voluntary sector partners delivering peer support "
                   "were on annual grants and could not plan ahead. Officers advised that the ICB intended to move "
                   "the peer support grants onto three-year agreements from April 2026."),
        ("Normal", "Councillor Holroyd asked how the views of service users had shaped the design of the hubs. "
                   "Officers advised that a lived experience panel of twelve people had co-produced the referral "
                   "pathway and sat on the interview panels for hub managers. Councillor Clegg requested that "
                   "figures on out of area placements for adult acute beds be included in the next report. Officers "
                   "advised that this could be provided and would be included from January."),
        ("Normal", "RESOLVED – (i) That the progress report on community mental health transformation be noted. "
                   "(ii) That the Committee receives a further update in January 2026 including data on out of "
                   "area placements and waiting times at each hub."),
    ]),
    ("6", "Home Care Recommissioning – Options Appraisal", [
        ("Normal", "Sunita Rao, Head of Commissioning, Contracts and Market Shaping (Adults), presented the "
                   "options appraisal for the recommissioning of home care from April 2026, when the current "
                   "framework with eleven providers expires. The preferred option was a zoned model with one lead "
                   "provider in each of four zones, together with a small in-house service for Lowmoor."),
        ("Normal", "Councillor Whitely raised the risk that a zoned model could leave the Council dependent on a "
                   "few large providers if one of them failed. Officers advised that each zone would have a named "
                   "reserve provider and that the contract would include step-in rights for the Council. "
                   "Councillor Naylor asked what hourly rate had been assumed in the financial modelling. "
                   "Officers advised that the modelling assumed a rate of £27.40 per hour, which covered the Real "
                   "Living Wage and mileage for rural calls."),
        ("Normal", "Councillor Royce raised whether care workers currently employed by outgoing providers would "
                   "transfer to the new providers on their existing terms. Officers advised that TUPE was expected "
                   "to apply in most cases and that the Council would require pension protection in the tender "
                   "documents. Councillor Ashworth raised the lack of any consultation with people who currently "
                   "receive care at home; no response was recorded on this point before the Committee moved to "
                   "its decision."),
        ("Normal", "RESOLVED – (i) That the options appraisal be noted. (ii) That Cabinet be recommended to "
                   "include the in-house service for Lowmoor in the final commissioning model. (iii) That Cabinet "
                   "be recommended to carry out a consultation with people receiving home care before the "
                   "tender is issued."),
    ]),
    ("7", "Urgent and Emergency Care – Winter Plan 2025/26", [
        ("Normal", "Kevin Brierley, Deputy Chief Operating Officer, presented the Trust's draft winter plan, "
                   "which included a new frailty assessment unit, extended same day emergency care hours and "
                   "the joint discharge hub with the Council."),
        ("Normal", "Councillor Clegg raised the number of patients still waiting more than twelve hours in the "
                   "emergency department and asked what the Trust's target was for this winter. Officers advised "
                   "that the Trust aimed to keep twelve hour waits below two per cent of attendances and would "
                   "stop using the corridor as an escalation area by December. Councillor Holroyd asked whether "
                   "the frailty unit would be staffed by permanent or agency staff. Officers advised that nine of "
                   "the eleven nursing posts had been recruited to permanently and the rest would be covered by "
                   "the Trust's own bank."),
        ("Normal", "RESOLVED – That the draft winter plan be endorsed, subject to the corridor waiting figures "
                   "being added to the monthly performance dashboard."),
    ]),
    ("8", "Work Programme 2025/26", [
        ("Normal", "The Democratic Services Officer presented the draft work programme. Councillor Bashir "
                   "requested that an item on access to NHS dentistry be added for the autumn."),
        ("Normal", "RESOLVED – That the work programme be agreed with the addition of an item on NHS "
                   "dentistry access in October 2025."),
    ]),
]

D1_GOLD = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-06-18",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "what the Council is doing to make sure that people are not left on trolleys",
         "asked_by": "Mrs Pauline Entwistle",
         "answer": "The Council has funded forty additional reablement places from November",
         "given_by": "Councillor Farida Hussain", "themes": ["adult-social-care", "finance"]},
        {"item": "4", "kind": "request",
         "text": "publish the number of hours patients spend in corridors each month",
         "asked_by": "Mrs Entwistle",
         "answer": "include corridor waits in the monthly performance dashboard that comes to this Committee",
         "given_by": "Councillor Farida Hussain", "themes": ["governance"]},
        {"item": "4", "kind": "question",
         "text": "Why is the Council handing more of our care to private equity backed companies",
         "asked_by": "Mr Desmond Farrow",
         "answer": "The options appraisal considered an in-house service for the Lowmoor area",
         "given_by": "Councillor Farida Hussain",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "What is the Council doing to press the Integrated Care Board about these waiting times",
         "asked_by": "Ms Rachel Oyelaran",
         "answer": "The Board has agreed non-recurrent funding to clear the longest waits",
         "given_by": "Councillor Farida Hussain", "themes": ["children-and-families", "finance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the target of four weeks was being met",
         "asked_by": "Councillor Bashir",
         "answer": "the median wait at Eastfield was now five weeks, down from nine weeks",
         "given_by": "Officers", "themes": ["mental-health"]},
        {"item": "5", "kind": "concern",
         "text": "voluntary sector partners delivering peer support were on annual grants",
         "asked_by": "Councillor Royce",
         "answer": "move the peer support grants onto three-year agreements from April 2026",
         "given_by": "Officers", "themes": ["mental-health", "subcontracting", "finance"]},
        {"item": "5", "kind": "question",
         "text": "asked how the views of service users had shaped the design of the hubs",
         "asked_by": "Councillor Holroyd",
         "answer": "a lived experience panel of twelve people had co-produced the referral pathway",
         "given_by": "Officers", "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "5", "kind": "request",
         "text": "figures on out of area placements for adult acute beds be included",
         "asked_by": "Councillor Clegg",
         "answer": "this could be provided and would be included from January",
         "given_by": "Officers", "themes": ["mental-health"]},
        {"item": "6", "kind": "concern",
         "text": "a zoned model could leave the Council dependent on a few large providers",
         "asked_by": "Councillor Whitely",
         "answer": "each zone would have a named reserve provider",
         "given_by": "Officers", "themes": ["adult-social-care", "subcontracting", "governance"]},
        {"item": "6", "kind": "question",
         "text": "asked what hourly rate had been assumed in the financial modelling",
         "asked_by": "Councillor Naylor",
         "answer": "the modelling assumed a rate of £27.40 per hour",
         "given_by": "Officers", "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "6", "kind": "question",
         "text": "would transfer to the new providers on their existing terms",
         "asked_by": "Councillor Royce",
         "answer": "TUPE was expected to apply in most cases",
         "given_by": "Officers", "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "6", "kind": "concern",
         "text": "the lack of any consultation with people who currently receive care at home",
         "asked_by": "Councillor Ashworth",
         "answer": None,
         "given_by": None, "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "asked what the Trust's target was for this winter",
         "asked_by": "Councillor Clegg",
         "answer": "keep twelve hour waits below two per cent of attendances",
         "given_by": "Officers", "themes": []},
        {"item": "7", "kind": "question",
         "text": "the frailty unit would be staffed by permanent or agency staff",
         "asked_by": "Councillor Holroyd",
         "answer": "nine of the eleven nursing posts had been recruited to permanently",
         "given_by": "Officers", "themes": ["workforce"]},
        {"item": "8", "kind": "request",
         "text": "requested that an item on access to NHS dentistry be added",
         "asked_by": "Councillor Bashir",
         "answer": None,
         "given_by": None, "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting of the Committee held on 14 May 2025",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "That the progress report on community mental health transformation be noted",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "6", "text": "That Cabinet be recommended to include the in-house service for Lowmoor",
         "outcome": "recommended",
         "themes": ["adult-social-care", "privatisation", "subcontracting", "patient-and-public-input"]},
        {"item": "7", "text": "That the draft winter plan be endorsed, subject to the corridor waiting figures",
         "outcome": "agreed", "themes": []},
        {"item": "8", "text": "That the work programme be agreed with the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Margaret Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Daniel Whitely", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Tariq Bashir", "role": None, "attendance": "present"},
        {"name": "Councillor Gillian Royce", "role": None, "attendance": "present"},
        {"name": "Councillor Stephen Holroyd", "role": None, "attendance": "present"},
        {"name": "Councillor Annette Clegg", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Naylor", "role": "substitute for Councillor Wendy Sutcliffe", "attendance": "present"},
        {"name": "Councillor Wendy Sutcliffe", "role": None, "attendance": "apologies"},
        {"name": "Councillor Imran Qureshi", "role": None, "attendance": "apologies"},
        {"name": "Councillor Farida Hussain", "role": "Cabinet Member for Health and Adult Social Care", "attendance": "in_attendance"},
        {"name": "Mr Graham Pickles", "role": "Healthwatch Brackenfold, co-opted, non-voting", "attendance": "in_attendance"},
    ] + [
        {"name": o.split(" – ")[0], "role": o.split(" – ")[1], "attendance": "in_attendance"} for o in D1_OFFICERS
    ],
}


def d1_paragraph_texts():
    out = ["Metropolitan Borough of Brackenfold", "Health Scrutiny Committee",
           "Minutes of the meeting held on Wednesday 18 June 2025 at 6.00 pm in Committee Room 2, Brackenfold Town Hall",
           D1_PRESENT, D1_ALSO, "Officers:"] + D1_OFFICERS
    for n, t, paras in D1_ITEMS:
        out.append(f"{n}. {t}")
        out += [p for _, p in paras]
    out += ["The meeting closed at 8.12 pm.", "Chair: ............................................  Date: ..................."]
    return out


def build_d1():
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health Scrutiny Committee minutes 18 June 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Health Scrutiny Committee – 18 June 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Metropolitan Borough of Brackenfold – Chair's initials ..........."
    t = doc.add_paragraph()
    r = t.add_run("Metropolitan Borough of Brackenfold")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Health Scrutiny Committee", style="Title")
    p = doc.add_paragraph()
    p.add_run("Minutes of the meeting held on Wednesday 18 June 2025 at 6.00 pm in Committee Room 2, "
              "Brackenfold Town Hall").italic = True
    p = doc.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run(D1_PRESENT[len("Present: "):])
    p = doc.add_paragraph()
    p.add_run("Also present: ").bold = True
    p.add_run(D1_ALSO[len("Also present: "):])
    p = doc.add_paragraph()
    p.add_run("Officers:").bold = True
    for o in D1_OFFICERS:
        doc.add_paragraph(o, style="List Bullet")
    for n, t, paras in D1_ITEMS:
        doc.add_heading(f"{n}. {t}", level=1)
        for style, text in paras:
            if style == "Normal":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if text.startswith("RESOLVED – "):
                    p.add_run("RESOLVED – ").bold = True
                    p.add_run(text[len("RESOLVED – "):])
                else:
                    p.add_run(text)
            else:
                doc.add_paragraph(text, style=style)
    doc.add_paragraph("The meeting closed at 8.12 pm.")
    doc.add_paragraph("Chair: ............................................  Date: ...................")
    path = os.path.join(DOCS, D1)
    doc.save(path)
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    import zipfile
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 10, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# Document 2: NHS foundation trust public questions sheet (PDF)
# ---------------------------------------------------------------------------
D2 = "ds-calderbrook-teaching-hospitals-public-questions-board-2025-07-03.pdf"
TRUST = "Calderbrook Teaching Hospitals NHS Foundation Trust"

D2_INTRO = ("The Trust invites members of the public to submit questions to the Board of Directors in advance "
            "of each meeting held in public. Six questions were received for the meeting on Thursday 3 July "
            "2025. The questions are reproduced as submitted, with minor edits to remove personal details, and "
            "the responses below were read out at the meeting and are published here for the record.")

D2_QS = [
    ("Question 1 from Mrs Brenda Kershaw (member of the public)",
     "The car park at Calderbrook Royal has been handed to a private company and charges have gone up twice in "
     "a year. Why has the Trust allowed a private operator to profit from patients and visitors who have no "
     "choice but to drive to the hospital?",
     "Response (Chief Executive):",
     "The car parks have been managed under a contract since 2019 and the Trust sets the tariff, not the "
     "operator. The increase in April reflected the cost of resurfacing and new payment machines. Blue badge "
     "holders, parents of sick children and carers of patients on end of life care continue to park free of "
     "charge, and the contract comes up for renewal in 2026 when the Board will consider bringing the service "
     "back in-house."),
    ("Question 2 from Mr Alan Whitworth (public governor, Calder Valley constituency)",
     "How many of the Trust's nursing vacancies are currently filled by agency staff, and what is the Trust "
     "spending on agency nurses compared with last year?",
     "Response (Chief Executive):",
     "At the end of May the Trust had 212 registered nursing vacancies, of which around 60 shifts a day were "
     "covered by agency nurses. Agency spend in 2024/25 was £14.2 million, down from £19.8 million in the "
     "previous year, because more shifts are now filled through the Trust's own staff bank and through "
     "international recruitment."),
    ("Question 3 from Ms Joanne Pickup (on behalf of Calderbrook Patients' Forum)",
     "Patients tell us they were not asked about the plan to move stroke rehabilitation from Hebden Road to "
     "the main site. Will the Trust hold a public consultation before any final decision is made?",
     "Response (Chief Executive):",
     "No final decision has been taken. The Integrated Care Board will lead a formal public consultation this "
     "autumn if the proposal is taken forward, and the Trust has already held four listening events with "
     "patients and carers. We will also report the proposal to the Council's health scrutiny committee, which "
     "will decide whether it is a substantial variation."),
    ("Question 4 from Mr Geoffrey Lund (member of the public)",
     "My mother was kept in hospital for three weeks after she was well enough to leave because no care "
     "package was available. What is the Trust doing with the councils to stop this happening to other "
     "families?",
     "Response (Chief Executive):",
     "I am sorry to hear of your mother's experience. On an average day around 90 patients in our hospitals "
     "are medically fit to leave but are waiting for care or a placement. The Trust and both councils now run "
     "a joint discharge hub seven days a week, and the Better Care Fund is paying for additional home care "
     "hours this summer. We would be happy to look at your mother's case with you."),
    ("Question 5 from Dr Samira Haq (member of the public)",
     "Is the Trust's new electronic patient record being supplied by a private American company, and who will "
     "own and have access to patients' data?",
     "Response (Chief Executive):",
     "The electronic patient record was procured through a national framework after a competitive tender and "
     "the supplier is a US-owned company. All patient data remains under the control of the Trust as data "
     "controller and is held in UK data centres. The supplier cannot use or sell patient data for any other "
     "purpose, and this is written into the contract."),
    ("Question 6 from Mrs Hilary Crabtree (member of the public)",
     "The Trust is reported to have a deficit of over thirty million pounds. Will this mean cuts to front line "
     "services or staff at Calderbrook Royal?",
     "Response (Chief Executive):",
     "The Trust has agreed a financial plan with NHS England for a deficit of £31 million in 2025/26, which we "
     "must reduce over the next two years. Our savings programme focuses on reducing agency spending, "
     "procurement savings and better use of theatres. There are no plans to reduce front line clinical "
     "services, and any changes to posts would follow our usual consultation with staff and trade unions."),
]

D2_GOLD = {
    "document": D2,
    "doc_type": "questions",
    "committee": "Board of Directors",
    "meeting_date": "2025-07-03",
    "items": [],
    "questions": [
        {"item": None, "kind": "question",
         "text": "Why has the Trust allowed a private operator to profit from patients and visitors",
         "asked_by": "Mrs Brenda Kershaw",
         "answer": "the Board will consider bringing the service back in-house",
         "given_by": "Chief Executive", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": None, "kind": "question",
         "text": "what is the Trust spending on agency nurses compared with last year",
         "asked_by": "Mr Alan Whitworth",
         "answer": "Agency spend in 2024/25 was £14.2 million, down from £19.8 million",
         "given_by": "Chief Executive", "themes": ["workforce", "finance"]},
        {"item": None, "kind": "question",
         "text": "Will the Trust hold a public consultation before any final decision is made",
         "asked_by": "Ms Joanne Pickup",
         "answer": "The Integrated Care Board will lead a formal public consultation this autumn",
         "given_by": "Chief Executive", "themes": ["patient-and-public-input", "governance"]},
        {"item": None, "kind": "question",
         "text": "What is the Trust doing with the councils to stop this happening",
         "asked_by": "Mr Geoffrey Lund",
         "answer": "the Trust and both councils now run a joint discharge hub seven days a week",
         "given_by": "Chief Executive", "themes": ["adult-social-care", "integration"]},
        {"item": None, "kind": "question",
         "text": "Is the Trust's new electronic patient record being supplied by a private American company",
         "asked_by": "Dr Samira Haq",
         "answer": "All patient data remains under the control of the Trust as data controller",
         "given_by": "Chief Executive", "themes": ["privatisation", "subcontracting"]},
        {"item": None, "kind": "concern",
         "text": "Will this mean cuts to front line services or staff at Calderbrook Royal",
         "asked_by": "Mrs Hilary Crabtree",
         "answer": "There are no plans to reduce front line clinical services",
         "given_by": "Chief Executive", "themes": ["finance", "workforce"]},
    ],
    "resolutions": [],
    "attendees": [],
}


def d2_texts():
    out = [TRUST, "Public questions to the Board of Directors – responses",
           "Board of Directors meeting held in public, Thursday 3 July 2025", D2_INTRO]
    for h, q, rl, r in D2_QS:
        out += [h, q, rl, r]
    out.append("Enquiries about this document should be sent to the Trust Secretary, "
               "Calderbrook Royal Infirmary, Infirmary Street, Calderbrook CB1 4RY.")
    return out


def build_d2():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, TRUST, align="L")
            self.cell(0, 5, "Board of Directors – 3 July 2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Public questions – responses", align="L")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Public questions to the Board of Directors - responses")
    pdf.set_author("Trust Secretary")
    pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(0, 84, 150)
    pdf.multi_cell(0, 8, TRUST, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Public questions to the Board of Directors – responses", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, "Board of Directors meeting held in public, Thursday 3 July 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.2, D2_INTRO, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for h, q, rl, r in D2_QS:
        if pdf.get_y() > 230:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_text_color(0, 84, 150)
        pdf.multi_cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "I", 10)
        pdf.multi_cell(0, 5.2, q, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.2, rl, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, r, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4.5, d2_texts()[-1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, D2))


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    s = s.replace("£", " ")
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def extracted_text(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        from docx import Document
        return "\n".join(p.text for p in Document(path).paragraphs)
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages)


def check():
    ok = True
    for gold, src in ((D1_GOLD, "\n".join(d1_paragraph_texts())), (D2_GOLD, "\n".join(d2_texts()))):
        for label, text in (("source", src), ("extracted", extracted_text(gold["document"]))):
            t = norm(text)
            phrases = []
            for q in gold["questions"]:
                phrases += [("question", q["text"]), ("answer", q["answer"])]
            for r in gold["resolutions"]:
                phrases.append(("resolution", r["text"]))
            for kind, ph in phrases:
                if ph is None:
                    continue
                nw = len(ph.split())
                if kind != "answer" or nw > 3:
                    if not 6 <= nw <= 15:
                        print(f"LENGTH {gold['document']} {kind}: {ph!r} ({nw} words)")
                        ok = False
                c = t.count(norm(ph))
                if c != 1:
                    print(f"FAIL [{label}] {gold['document']} {kind} x{c}: {ph!r}")
                    ok = False
        print(gold["document"], "items", len(gold["items"]), "questions", len(gold["questions"]),
              "resolutions", len(gold["resolutions"]), "attendees", len(gold["attendees"]))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_d1()
    build_d2()
    for g in (D1_GOLD, D2_GOLD):
        base = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, base + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
