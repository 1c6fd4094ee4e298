#!/usr/bin/env python3
"""Build the "dm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dm.py           build documents/dm-* and gold/dm-*.json
        build_dm.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 11, 12, 9, 30, 0, tzinfo=timezone.utc)

COUNCIL = "London Borough of Kestonbridge"
COMMITTEE = "Health and Adults Scrutiny Sub-Committee"
PDF_NAME = "dm-kestonbridge-health-adults-scrutiny-2025-11-04.pdf"
TXT_NAME = "dm-kestonbridge-health-scrutiny-news.txt"
SHY = "\u00ad"

# ---------------------------------------------------------------- minutes content
ATTENDANCE = [
    ("Members Present:",
     "Councillor Amina Rahman (Chair), Councillor Peter Walsh (Vice-Chair), Councillor Grace "
     "Okafor, Councillor Shahana Begum, Councillor Luis Da Silva and Councillor Tom Hadley "
     "(substitute for Councillor Janet Frew)"),
    ("Co-optees Present:",
     "Dr Helen Marsh (Healthwatch Kestonbridge), Mr Derek Oyelaran (Kestonbridge Pensioners' "
     "Forum, non-voting)"),
    ("Officers Present:",
     "Fiona Leckie (Corporate Director, Adults, Health and Wellbeing), Dr Raj Menon (Director "
     "of Public Health), Carl Benning (Head of Commissioning and Market Development, Adult "
     "Social Care), Nadia Kowalczyk (Senior Scrutiny and Policy Officer) and Ben Ashworth "
     "(Democratic Services Officer)"),
    ("Also Present (virtually):",
     "Sarah Quinn (Chief Operating Officer, Kestonbridge and Marlow Hospitals NHS Trust), "
     "Joanne Pryce (Chief Nurse, Kestonbridge and Marlow Hospitals NHS Trust) and Mark "
     "Eddison (Director of Strategy and Place Partnerships, North Thames Integrated Care Board)"),
]

# Each item: number, title, list of blocks. Blocks: ("p", text), ("intro", text),
# ("q", text, [responses]), ("res", text)
ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillor Janet Frew, for whom "
              "Councillor Tom Hadley attended as substitute, and from Councillor Mehmet "
              "Arslan. Apologies for lateness had been received from Mr Derek Oyelaran, who "
              "joined the meeting at 7.12pm during consideration of agenda item 4."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor Grace Okafor declared a non-pecuniary interest in agenda item 5 as "
              "her mother receives a package of home care arranged by the Council. She "
              "remained in the meeting and took part in the discussion. There were no other "
              "declarations."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The Sub-Committee considered the minutes of the meeting held on 16 September "
              "2025. Councillor Walsh noted that the action on ambulance handover data had "
              "been completed and circulated by email on 2 October."),
        ("res", "RESOLVED: That the minutes of the meeting held on 16 September 2025 be "
                "agreed as a correct record and signed by the Chair."),
    ]),
    ("4", "Winter Planning and Urgent and Emergency Care: Kestonbridge and Marlow Hospitals "
          "NHS Trust and North Thames ICB", [
        ("p", "Sarah Quinn, Chief Operating Officer, introduced the joint report of the Trust "
              "and the Integrated Care Board, which set out the local system's winter plan for "
              "2025/26, including the opening of 26 escalation beds at St Aldric's Hospital "
              "from 1 December, the expansion of the virtual ward to 90 places and the "
              "extension of the same day emergency care unit's opening hours to 10pm. Mark "
              "Eddison added that the plan had been agreed by the Place Partnership Board on "
              "21 October and was funded through the ICB's winter allocation."),
        ("intro", "Questions and comments from Members are summarised below:"),
        ("q", "Councillor Walsh asked how many patients had waited more than twelve hours in "
              "the emergency department at St Aldric's Hospital over the summer, and whether "
              "the Trust expected that figure to rise this winter.",
         ["Sarah Quinn (Chief Operating Officer) replied that 1,142 patients had waited over "
          "twelve hours between June and August, down from 1,530 in the same period last "
          "year, and that the Trust's trajectory assumed a peak in January of around 600 a "
          "month before falling back in March."]),
        ("q", "Councillor Okafor raised concerns about the continued use of corridor care and "
              "the dignity of frail older patients waiting on trolleys, particularly at night.",
         ["Joanne Pryce (Chief Nurse) acknowledged that corridor care was not acceptable and "
          "said it was only used at the highest level of escalation, with a named nurse "
          "assigned to every corridor patient and a fortnightly review by the Trust board's "
          "quality committee."]),
        ("q", "The Chair asked whether delayed discharges into social care were now the main "
              "reason for the pressure on acute beds.",
         ["Fiona Leckie (Corporate Director, Adults, Health and Wellbeing) said that on the "
          "day of the meeting 38 patients were medically fit but still in hospital, of whom "
          "only 11 were waiting for a council care package; the remainder were awaiting "
          "community health beds or decisions by families.",
          "Mark Eddison (Director of Strategy and Place Partnerships) added that the discharge "
          "to assess pathway would be funded jointly from the Better Care Fund until March "
          "2026."]),
        ("q", "Councillor Begum requested that the winter plan's staffing assumptions be shared "
              "with the Sub-Committee, including the number of shifts to be covered by agency "
              "nurses.",
         ["Sarah Quinn agreed to provide this and said the Trust had cut its agency spend by "
          "a third since April by converting agency shifts to bank shifts."]),
        ("q", "Councillor Da Silva commented that residents told him they went to A&E because "
              "they could not get a GP appointment in the evening or at the weekend.",
         ["Mark Eddison said that the three GP access hubs in the borough would open until "
          "9pm on weekdays from 1 December and that the ICB would publicise them through "
          "pharmacies and schools. He added that the hubs were staffed by GPs, advanced nurse "
          "practitioners and clinical pharmacists from the borough's five primary care "
          "networks, that appointments could be booked through NHS 111, the NHS App or the "
          "patient's own practice, and that walk-in attendances would not be accepted."]),
        ("res", "RESOLVED: That (1) the winter plan update be noted; and (2) the Trust and the "
                "ICB be requested to report back to the March 2026 meeting on twelve-hour waits "
                "and the use of corridor care."),
    ]),
    ("5", "Recommissioning of Home Care Services", [
        ("p", "Carl Benning, Head of Commissioning and Market Development, presented the report "
              "on the proposed recommis" + SHY + "sioning of home care from October 2026. "
              "The Council currently spends £31.4 million a year on home care bought from 23 "
              "providers on a framework which expires in September 2026. It is proposed to "
              "move to a model of eight lead providers, each responsible for a geographical "
              "zone, with a contract of five years and an option to extend for two more. "
              "Cabinet will take the decision on 9 December 2025."),
        ("intro", "Questions and comments from Members are summarised below:"),
        ("q", "Councillor Okafor asked why the number of home care providers would fall from "
              "twenty-three to eight and what would happen to people whose carers worked for "
              "agencies that did not win a zone.",
         ["Carl Benning (Head of Commissioning and Market Development) said that zoning would "
          "reduce travel time between visits and let providers build stable rounds; where a "
          "provider lost its zone, staff would normally transfer to the new provider under "
          "TUPE so that continuity of care could be kept."]),
        ("q", "Councillor Begum expressed concern that private providers were paying care "
              "workers less than the London Living Wage and not paying for travel time.",
         ["Fiona Leckie (Corporate Director) confirmed that the new contracts would require "
          "the London Living Wage and paid travel time as a condition of award, and that the "
          "Council's proposed hourly rate of £24.10 had been set to make this affordable for "
          "providers. Compliance would be tested through quarterly contract monitoring visits, "
          "spot checks of payslips with the consent of staff, an annual open-book review of "
          "each lead provider's accounts and a requirement for providers to publish their "
          "pay rates for care workers on their websites. The Corporate Director added that the "
          "Council would be prepared to terminate a contract where a provider was found to "
          "have breached the pay conditions and had not put matters right within the period "
          "allowed by the contract, and that this had happened once under the current "
          "framework in 2023."]),
        ("q", "Councillor Walsh asked whether bringing part of the home care service back "
              "in-house had been considered as an option in the appraisal.",
         ["Carl Benning replied that an in-house service had been costed in the options "
          "appraisal at appendix 2 but would cost around £3.2 million a year more because of "
          "pension and on-costs, and that it had not been recommended."]),
        ("q", "Dr Marsh (Healthwatch Kestonbridge) asked how people who use home care and "
              "their families had been involved in designing the new model.",
         ["Carl Benning said that a survey had received 412 responses and that a group of "
          "eleven service users and carers had co-produced the outcomes framework in the "
          "service specification."]),
        ("res", "RESOLVED: That the Sub-Committee recommends to Cabinet that the home care "
                "contracts require the London Living Wage and paid travel time, and that "
                "compliance be reported to this Sub-Committee annually."),
    ]),
    ("6", "Public Health: Drug, Alcohol and Stop Smoking Service Contract Extension", [
        ("p", "Dr Raj Menon, Director of Public Health, introduced the report, which sought the "
              "Sub-Committee's views before the Cabinet Member for Adult Social Care and Public "
              "Health took a decision to extend the integrated drug, alcohol and stop smoking "
              "service contract with Horizon Recovery CIC for two years from April 2026 at a "
              "value of £4.6 million a year."),
        ("intro", "Questions and comments from Members are summarised below:"),
        ("q", "Councillor Da Silva asked why the contract was being extended rather than put "
              "out to tender again when it had already run for five years.",
         ["Dr Raj Menon (Director of Public Health) explained that the contract contained an "
          "option to extend, that the provider was meeting its targets and that a "
          "re-procurement under the new Provider Selection Regime would be run during 2027 "
          "once the national treatment funding position was known."]),
        ("q", "The Chair asked what effect the real-terms reduction in the public health grant "
              "would have on the service.",
         ["The Director of Public Health said the grant for 2025/26 was £21.8 million, a "
          "reduction of about two per cent in real terms, and that the extension price had "
          "been held flat, so that savings would come from moving to digital stop smoking "
          "support."]),
        ("q", "Councillor Okafor commented that vaping among secondary school pupils was rising "
              "and asked what the service was doing in schools.",
         ["Dr Menon said that the provider's young people's team now visited all eleven "
          "secondary schools and that trading standards had seized 2,300 illegal vapes since "
          "April."]),
        ("q", "Councillor Walsh commented that the move of the recovery service to the new "
              "base on Kestonbridge High Street had been welcomed by residents in his ward.",
         []),
        ("res", "RESOLVED: That the proposed two-year extension of the drug, alcohol and stop "
                "smoking service contract be noted."),
    ]),
    ("7", "Work Programme 2025/26", [
        ("p", "Nadia Kowalczyk, Senior Scrutiny and Policy Officer, presented the draft work "
              "programme for the remainder of the municipal year."),
        ("intro", "Questions and comments from Members are summarised below:"),
        ("q", "Councillor Begum requested that an item on access to mental health crisis beds "
              "for adults be added to the programme.",
         ["Nadia Kowalczyk (Senior Scrutiny and Policy Officer) said this could be scheduled "
          "for the meeting on 3 February 2026 alongside the mental health trust's quality "
          "account."]),
        ("res", "RESOLVED: That the work programme for 2025/26 be agreed, subject to the "
                "addition of an item on mental health crisis beds in February 2026."),
    ]),
]

ACTIONS = [
    ("Share winter staffing assumptions, including shifts to be covered by agency nurses",
     "Sarah Quinn, KMH NHS Trust", "30 November 2025"),
    ("Report back on twelve-hour waits and corridor care", "Sarah Quinn / Mark Eddison",
     "March 2026 meeting"),
    ("Forward recommendation on home care contracts to Cabinet", "Nadia Kowalczyk",
     "25 November 2025"),
    ("Add mental health crisis beds to work programme", "Nadia Kowalczyk", "3 February 2026"),
]


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DJ", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, COUNCIL, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, COMMITTEE + " – 4 November 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 94, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DJ", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Chair's initials ............", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes – Health and Adults Scrutiny Sub-Committee – 4 November 2025")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Kestonbridge Democratic Services")
    pdf.set_producer("fpdf2")
    pdf.add_font("DJ", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DJ", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    L = pdf.l_margin
    pdf.set_font("DJ", "B", 15)
    pdf.set_text_color(0, 94, 120)
    pdf.multi_cell(0, 7, "MINUTES OF THE MEETING OF THE\nHEALTH AND ADULTS SCRUTINY SUB-COMMITTEE",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DJ", "", 10)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "HELD ON TUESDAY, 4 NOVEMBER 2025 AT 7.00 PM\nCOMMITTEE ROOM 2, "
                   "KESTONBRIDGE TOWN HALL, MARKET PARADE, LONDON KB1 4TH",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, names in ATTENDANCE:
        pdf.set_font("DJ", "B", 10)
        pdf.multi_cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "", 10)
        pdf.multi_cell(0, 5, names, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)

    def para(text, style="", size=10):
        pdf.set_font("DJ", style, size)
        pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def indented(marker, text, indent, space_after):
        pdf.set_font("DJ", "", 10)
        pdf.set_x(L + indent - 5)
        y0, p0 = pdf.get_y(), pdf.page_no()
        if y0 > pdf.h - pdf.b_margin - 6:
            pdf.add_page()
        pdf.set_x(L + indent - 5)
        pdf.cell(5, 5, marker)
        old = pdf.l_margin
        pdf.set_left_margin(L + indent)
        pdf.set_x(L + indent)
        pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(old)
        pdf.set_x(old)
        pdf.ln(space_after)

    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DJ", "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 4, f"Agenda item {num}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DJ", "B", 11.5)
        pdf.set_text_color(0, 94, 120)
        pdf.multi_cell(0, 6, f"{num}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        for b in blocks:
            if b[0] == "p":
                para(b[1])
            elif b[0] == "intro":
                para(b[1])
            elif b[0] == "q":
                indented("•", b[1], 10, 1.2 if b[2] else 2.5)
                for r in b[2]:
                    indented("–", r, 18, 2.5)
            elif b[0] == "res":
                pdf.set_font("DJ", "B", 10)
                pdf.multi_cell(0, 5, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)

    pdf.ln(3)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.set_font("DJ", "B", 11.5)
    pdf.set_text_color(0, 94, 120)
    pdf.cell(0, 6, "Actions arising from the meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DJ", "", 9)
    with pdf.table(col_widths=(95, 45, 35), line_height=5, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 235, 240))) as table:
        row = table.row()
        for h in ("Action", "By whom", "By when"):
            row.cell(h)
        for a in ACTIONS:
            row = table.row()
            for c in a:
                row.cell(c)
    pdf.ln(6)
    pdf.set_font("DJ", "", 10)
    pdf.multi_cell(0, 5, "The meeting ended at 9.24 pm.\n\n\nChair ..........................",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- news text
NEWS = """KESTONBRIDGE CONNECT - your council e-newsletter
Issue 212, 7 November 2025
==================================================

What happened at Health Scrutiny – 4 November
---------------------------------------------

Councillors who keep an eye on local health and care services met at the Town Hall on
Tuesday evening. Here is a quick round-up of what they asked and what they were told.

Getting ready for winter at St Aldric's

Bosses from Kestonbridge and Marlow Hospitals NHS Trust told councillors that the hospital
will open 26 extra beds from 1 December and that its "hospital at home" virtual ward will
grow to 90 places. Councillors asked about long waits in A&E. The Trust said fewer people
had waited more than twelve hours this summer than last, but that January is likely to be
hard.

Some councillors were worried about patients being cared for in corridors. The hospital's
Chief Nurse said this only happens when the hospital is at its busiest and every patient
has a named nurse.

Evening GP appointments

Local GP hubs will stay open until 9pm on weekdays from December, the local NHS said, after
a councillor said people were turning up at A&E because they couldn't see a doctor in the
evening. Ask at your GP practice or pharmacy for details.

Care at home

The council is planning how it will buy home care - the visits that help around 2,400
residents to get up, washed and fed - from autumn 2026. Councillors pressed for care workers
to be paid at least the London Living Wage, including for the time they spend travelling
between visits. They will ask the Cabinet to make that a condition of the new contracts.

"Home care staff do one of the most important jobs in this borough, and they should be paid
properly for every minute of it," said Councillor Amina Rahman, who chairs the committee.
"We will keep asking until we are sure that is happening."

Stop smoking and recovery services

Councillors heard that the stop smoking, drug and alcohol service will carry on with the
same provider for two more years. The Director of Public Health said the service now visits
every secondary school to talk to pupils about vaping.

Want to have your say?

The next meeting is on 3 February 2026 and will look at mental health crisis care. Meetings
are open to the public and are streamed live on the council's YouTube channel. You can read
the full papers at kestonbridge.gov.uk/meetings.

--
You are receiving this because you signed up to Kestonbridge Connect.
Unsubscribe or change your preferences at kestonbridge.gov.uk/connect.
"""


# ---------------------------------------------------------------- gold
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adults Scrutiny Sub-Committee",
    "meeting_date": "2025-11-04",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4", "question", "how many patients had waited more than twelve hours in the emergency department",
          "Councillor Walsh", "1,142 patients had waited over twelve hours between June and August",
          "Sarah Quinn", []),
        q("4", "concern", "raised concerns about the continued use of corridor care and the dignity",
          "Councillor Okafor", "it was only used at the highest level of escalation",
          "Joanne Pryce", []),
        q("4", "question", "asked whether delayed discharges into social care were now the main reason",
          "The Chair", "38 patients were medically fit but still in hospital",
          "Fiona Leckie", ["adult-social-care", "integration"]),
        q("4", "request", "requested that the winter plan's staffing assumptions be shared with the Sub-Committee",
          "Councillor Begum", "the Trust had cut its agency spend by a third since April",
          "Sarah Quinn", ["workforce", "finance"]),
        q("4", "comment", "residents told him they went to A&E because they could not get a GP appointment",
          "Councillor Da Silva", "the three GP access hubs in the borough would open until 9pm",
          "Mark Eddison", ["primary-care"]),
        q("5", "question", "asked why the number of home care providers would fall from twenty-three to eight",
          "Councillor Okafor", "staff would normally transfer to the new provider under TUPE",
          "Carl Benning", ["adult-social-care", "subcontracting", "workforce"]),
        q("5", "concern", "private providers were paying care workers less than the London Living Wage",
          "Councillor Begum", "the new contracts would require the London Living Wage and paid travel time",
          "Fiona Leckie", ["adult-social-care", "workforce", "privatisation", "subcontracting", "finance"]),
        q("5", "question", "whether bringing part of the home care service back in-house had been considered",
          "Councillor Walsh", "would cost around £3.2 million a year more because of pension and on-costs",
          "Carl Benning", ["adult-social-care", "privatisation", "finance"]),
        q("5", "question", "asked how people who use home care and their families had been involved",
          "Dr Marsh", "a survey had received 412 responses",
          "Carl Benning", ["adult-social-care", "patient-and-public-input"]),
        q("6", "question", "asked why the contract was being extended rather than put out to tender again",
          "Councillor Da Silva", "a re-procurement under the new Provider Selection Regime would be run during 2027",
          "Dr Raj Menon", ["subcontracting", "public-health"]),
        q("6", "question", "what effect the real-terms reduction in the public health grant would have",
          "The Chair", "the grant for 2025/26 was £21.8 million, a reduction of about two per cent",
          "The Director of Public Health", ["finance", "public-health"]),
        q("6", "question", "vaping among secondary school pupils was rising and asked what the service was doing",
          "Councillor Okafor", "the provider's young people's team now visited all eleven secondary schools",
          "Dr Menon", ["public-health", "children-and-families"]),
        q("6", "comment", "the move of the recovery service to the new base on Kestonbridge High Street",
          "Councillor Walsh", None, None, ["public-health"]),
        q("7", "request", "requested that an item on access to mental health crisis beds for adults be added",
          "Councillor Begum", "this could be scheduled for the meeting on 3 February 2026",
          "Nadia Kowalczyk", ["mental-health", "governance"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the meeting held on 16 September 2025 be agreed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Trust and the ICB be requested to report back to the March 2026 meeting",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "the Sub-Committee recommends to Cabinet that the home care contracts require",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "6", "text": "the proposed two-year extension of the drug, alcohol and stop smoking service contract be noted",
         "outcome": "noted", "themes": ["public-health", "subcontracting"]},
        {"item": "7", "text": "the work programme for 2025/26 be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["mental-health"]},
    ],
    "attendees": [
        {"name": "Councillor Amina Rahman", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Peter Walsh", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Grace Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Shahana Begum", "role": None, "attendance": "present"},
        {"name": "Councillor Luis Da Silva", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Hadley", "role": "substitute for Councillor Janet Frew", "attendance": "present"},
        {"name": "Dr Helen Marsh", "role": "Healthwatch Kestonbridge", "attendance": "present"},
        {"name": "Mr Derek Oyelaran", "role": "Kestonbridge Pensioners' Forum, non-voting", "attendance": "present"},
        {"name": "Fiona Leckie", "role": "Corporate Director, Adults, Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Dr Raj Menon", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Carl Benning", "role": "Head of Commissioning and Market Development, Adult Social Care", "attendance": "in_attendance"},
        {"name": "Nadia Kowalczyk", "role": "Senior Scrutiny and Policy Officer", "attendance": "in_attendance"},
        {"name": "Ben Ashworth", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Sarah Quinn", "role": "Chief Operating Officer, Kestonbridge and Marlow Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Joanne Pryce", "role": "Chief Nurse, Kestonbridge and Marlow Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Mark Eddison", "role": "Director of Strategy and Place Partnerships, North Thames Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Janet Frew", "role": None, "attendance": "apologies"},
        {"name": "Councillor Mehmet Arslan", "role": None, "attendance": "apologies"},
    ],
}

NEWS_GOLD = {
    "document": TXT_NAME,
    "doc_type": "news",
    "themes": ["adult-social-care", "workforce", "subcontracting", "primary-care", "public-health"],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as p:
            return "\n".join(pg.extract_text() or "" for pg in p.pages)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check():
    ok = True
    for g in (PDF_GOLD, NEWS_GOLD):
        text = " " + norm(doc_text(os.path.join(DOCS, g["document"]))) + " "
        phrases = []
        for x in g.get("questions", []):
            phrases += [x["text"]] + ([x["answer"]] if x["answer"] else [])
        for x in g.get("resolutions", []):
            phrases.append(x["text"])
        for ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']}: count={c} words={n}: {ph}")
        print(g["document"], len(g.get("items", [])), "items", len(g.get("questions", [])),
              "questions", len(g.get("resolutions", [])), "resolutions",
              len(g.get("attendees", [])), "attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(NEWS)
    for g in (PDF_GOLD, NEWS_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
