#!/usr/bin/env python3
"""Build the "gw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gw.py           build documents/gw-* and gold/gw-*.json
        build_gw.py --check   verify every gold phrase occurs once in its document
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 1, 20, 9, 30, tzinfo=timezone.utc)

# ---------------------------------------------------------------- document 1
M_NAME = "gw-wealdmoor-health-scrutiny-2025-01-15.pdf"

ATTEND = [
    ("b", "PRESENT: COUNCILLOR R A HARTWELL (CHAIRMAN)"),
    ("i", "Wealdmoor County Council"),
    ("p", "Councillors M J Denholm (Vice-Chairman), P Okafor, S L Featherstone, "
          "T Ramsbottom and A Vickery."),
    ("i", "Wealdmoor District Councils"),
    ("p", "Councillor Mrs H Brindley (Ashby Fen District Council), Councillor K Osei "
          "(Borough of Saltmarsh) and Councillor D Pargeter (Kelstow District Council)."),
    ("i", "Healthwatch Wealdmoor"),
    ("p", "Dr Ruth Abernethy."),
    ("p", "Also in attendance: Gemma Thorogood (Chief Operating Officer, North Wealdmoor "
          "NHS Foundation Trust), Dr Imran Sadiq (Medical Director, North Wealdmoor NHS "
          "Foundation Trust), Claire Fenwick (Director of Strategy and Partnerships, NHS "
          "Wealdmoor Integrated Care Board) and Jonathan Ebbs (Head of Engagement, NHS "
          "Wealdmoor Integrated Care Board)."),
    ("p", "County Officers: Paul Rendell (Assistant Director - Commissioning, Adult Care "
          "and Community Wellbeing), Martin Grayling (Health Scrutiny Officer) and Lucy "
          "Amberley (Democratic Services Officer)."),
]

ITEMS = [
    ("41", "APOLOGIES FOR ABSENCE/REPLACEMENT MEMBERS", [
        "Apologies for absence were received from Councillor B Thistlewood (Wealdmoor "
        "County Council) and Councillor F Ahmed (Marshfield Borough Council).",
        "It was reported that, under Rule 10 of the Council's Constitution, Councillor T "
        "Ramsbottom had been appointed as replacement member for Councillor B Thistlewood "
        "for this meeting only. No replacement had been nominated by Marshfield Borough "
        "Council.",
    ]),
    ("42", "DECLARATIONS OF MEMBERS' INTERESTS", [
        "Councillor S L Featherstone advised that her daughter was employed as a staff "
        "nurse in the emergency department at Kelstow General Hospital. Councillor Mrs H "
        "Brindley advised that she was a volunteer driver for the Ashby Fen Community "
        "Transport Scheme, which held a small contract with the County Council.",
    ]),
    ("43", "MINUTES OF THE MEETING OF THE HEALTH SCRUTINY COMMITTEE FOR WEALDMOOR HELD "
           "ON 11 DECEMBER 2024", [
        "#RESOLVED",
        "That the minutes of the meeting of the Health Scrutiny Committee for Wealdmoor "
        "held on 11 December 2024 be approved as a correct record and signed by the "
        "Chairman.",
    ]),
    ("44", "CHAIRMAN'S ANNOUNCEMENTS", [
        "Further to the announcements circulated with the agenda, the Chairman reported "
        "that the Secretary of State had confirmed that the reconfiguration of paediatric "
        "inpatient services at Saltmarsh Hospital would not be called in. The Chairman also "
        "reported that the joint visit by members of the Committee to the Kelstow urgent "
        "treatment centre had been rearranged for 6 February 2025.",
        "#RESOLVED",
        "That the Chairman's announcements, as circulated and as reported at the meeting, "
        "be noted.",
    ]),
    ("45", "NORTH WEALDMOOR NHS FOUNDATION TRUST - URGENT AND EMERGENCY CARE WINTER "
           "PERFORMANCE", [
        "Consideration was given to a report from North Wealdmoor NHS Foundation Trust, "
        "which set out performance against the four-hour emergency department standard, "
        "ambulance handover times and the Trust's winter escalation plan. Gemma Thorogood, "
        "Chief Operating Officer, and Dr Imran Sadiq, Medical Director, were in attendance "
        "for this item and presented the report.",
        "The Committee was advised that 68.4 per cent of patients had been seen within four "
        "hours in December 2024, against an interim national target of 78 per cent, and "
        "that the average ambulance handover time at Kelstow General Hospital had been 47 "
        "minutes.",
        "Councillor P Okafor asked what proportion of patients waiting more than twelve hours "
        "in the emergency department were awaiting a mental health bed. The Chief Operating "
        "Officer stated that around one in five twelve-hour waits involved patients "
        "awaiting a mental health assessment or admission, and that a dedicated mental "
        "health crisis assessment space would open at Kelstow General Hospital in March. "
        "A member queried why corridor care was still being used when the Trust had "
        "described it as a last resort; the Medical Director acknowledged that corridor "
        "care had been used on fourteen days in December and gave an assurance that every "
        "occasion was reviewed by the senior nurse on duty.",
        "Concern was expressed by Councillor A Vickery that patients in the east of the "
        "county were travelling further because the Saltmarsh minor injuries unit had "
        "reduced its opening hours. In response, the Chief Operating Officer explained that "
        "the reduced hours reflected difficulties in recruiting emergency nurse "
        "practitioners, and that six posts had now been offered to overseas recruits.",
        "In response to a question from Dr Ruth Abernethy (Healthwatch Wealdmoor) about how "
        "patients' experience of long waits was captured, the Medical Director advised that "
        "the Trust ran a real-time text survey of patients within 48 hours of discharge and "
        "would share the December results with Healthwatch. Councillor Mrs H Brindley "
        "sought clarification on whether the virtual ward was reducing admissions of older "
        "people from care homes, and was informed that 212 care home residents had been "
        "supported on the virtual ward since October without a hospital admission.",
        "Councillor S L Featherstone requested that the next report include a breakdown of "
        "ambulance handover delays by day of the week.",
        "#RESOLVED",
        "(1) That the Committee records its thanks to the staff of North Wealdmoor NHS "
        "Foundation Trust for their continued efforts during a challenging winter period.",
        "(2) That a further report on urgent and emergency care performance, including the "
        "outcome of the winter escalation plan, be presented to the Committee in June 2025.",
    ]),
    ("46", "INTEGRATED COMMUNITY EQUIPMENT SERVICE - RE-PROCUREMENT", [
        "The Committee received a report from the Assistant Director - Commissioning, Adult "
        "Care and Community Wellbeing, which invited the Committee to comment on the "
        "proposed re-procurement of the Integrated Community Equipment Service, jointly "
        "commissioned by the County Council and NHS Wealdmoor Integrated Care Board, prior "
        "to a decision by the Executive Councillor for Adult Care and Public Health. The "
        "current contract with Medequip Partners Limited was due to expire on 31 March 2026 "
        "and had an annual value of approximately \u00a39.6 million.",
        "A member asked whether bringing the equipment service back in-house had been "
        "considered as an option in the appraisal. The Assistant Director confirmed that "
        "an in-house model had been appraised but had not been recommended because of the "
        "capital cost of a new warehouse and vehicle fleet. Councillor K Osei challenged the "
        "assumption that a single lead provider offered the best value and questioned the "
        "level of profit made by the current provider; it was noted that the contract "
        "included an open-book clause and that the provider's margin had been capped at "
        "six per cent.",
        "Councillor M J Denholm raised concerns about delays in the collection of equipment "
        "no longer needed, which left hospital beds and hoists in people's homes for months. "
        "The Assistant Director accepted that collection rates had been poor and advised "
        "that the new specification included a ten working day collection standard with "
        "financial penalties.",
        "Councillor T Ramsbottom asked how service users and carers had been involved in "
        "drawing up the new specification, to which the Assistant Director replied that "
        "two workshops had been held with the Carers' Forum and that a short survey had "
        "received 341 responses.",
        "#RESOLVED",
        "(1) That the Executive Councillor for Adult Care and Public Health be recommended "
        "to approve the re-procurement of the Integrated Community Equipment Service as a "
        "single lot, subject to the inclusion of the equipment collection standard set out "
        "in the report.",
        "(2) That the Executive Councillor be advised that the Committee wishes to see the "
        "outcome of the procurement before the contract is awarded.",
    ]),
    ("47", "NHS WEALDMOOR INTEGRATED CARE BOARD - CONSULTATION ON HYPER-ACUTE STROKE "
           "SERVICES", [
        "Claire Fenwick, Director of Strategy and Partnerships, and Jonathan Ebbs, Head of "
        "Engagement, NHS Wealdmoor Integrated Care Board, introduced the item, which "
        "described the twelve-week public consultation on proposals to concentrate "
        "hyper-acute stroke care at Kelstow General Hospital from April 2026.",
        "Councillor Mrs H Brindley queried how residents without a car would visit relatives "
        "admitted to Kelstow from the south of the county. The Director of Strategy and "
        "Partnerships explained that a travel impact assessment had been commissioned and "
        "that the ICB was in discussion with the County Council about a dedicated bus link. "
        "Members were concerned that the consultation documents were available only online "
        "and asked that printed copies be placed in libraries and GP surgeries; the Head of "
        "Engagement undertook to arrange this before the end of January.",
        "Councillor D Pargeter wished to know whether the Committee would regard the "
        "proposals as a substantial variation in service. No view was expressed at the "
        "meeting, and it was agreed that the Chairman would discuss the matter with the "
        "Health Scrutiny Officer.",
        "#RESOLVED",
        "(1) That the Chairman and Vice-Chairman be authorised to prepare the Committee's "
        "formal response to the consultation, in consultation with the Health Scrutiny "
        "Officer, for circulation to all members of the Committee.",
        "(2) That the ICB be requested to provide an interim summary of consultation "
        "responses to the meeting on 12 March 2025.",
    ]),
    ("48", "WORK PROGRAMME", [
        "The Committee considered its work programme for the remainder of 2024/25. "
        "Councillor P Okafor suggested that an item on NHS dentistry in the coastal "
        "districts be added, given the number of complaints raised with members by "
        "residents.",
        "#RESOLVED",
        "That the work programme, as set out in the report, be agreed subject to the "
        "addition of an item on access to NHS dentistry for the meeting in April 2025.",
    ]),
]

M_GOLD = {
    "document": M_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee for Wealdmoor",
    "meeting_date": "2025-01-15",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "45", "kind": "question",
         "text": "asked what proportion of patients waiting more than twelve hours",
         "asked_by": "Councillor P Okafor",
         "answer": "around one in five twelve-hour waits involved patients awaiting",
         "given_by": "Chief Operating Officer", "themes": ["mental-health"]},
        {"item": "45", "kind": "question",
         "text": "queried why corridor care was still being used when the Trust",
         "asked_by": None,
         "answer": "corridor care had been used on fourteen days in December",
         "given_by": "Medical Director", "themes": []},
        {"item": "45", "kind": "concern",
         "text": "patients in the east of the county were travelling further",
         "asked_by": "Councillor A Vickery",
         "answer": "reduced hours reflected difficulties in recruiting emergency nurse practitioners",
         "given_by": "Chief Operating Officer", "themes": ["workforce"]},
        {"item": "45", "kind": "question",
         "text": "about how patients' experience of long waits was captured",
         "asked_by": "Dr Ruth Abernethy",
         "answer": "ran a real-time text survey of patients within 48 hours",
         "given_by": "Medical Director", "themes": ["patient-and-public-input"]},
        {"item": "45", "kind": "question",
         "text": "whether the virtual ward was reducing admissions of older people",
         "asked_by": "Councillor Mrs H Brindley",
         "answer": "212 care home residents had been supported on the virtual ward",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "45", "kind": "request",
         "text": "next report include a breakdown of ambulance handover delays",
         "asked_by": "Councillor S L Featherstone", "answer": None, "given_by": None,
         "themes": []},
        {"item": "46", "kind": "question",
         "text": "bringing the equipment service back in-house had been considered",
         "asked_by": None,
         "answer": "an in-house model had been appraised but had not been recommended",
         "given_by": "Assistant Director",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "46", "kind": "concern",
         "text": "questioned the level of profit made by the current provider",
         "asked_by": "Councillor K Osei",
         "answer": "contract included an open-book clause and that the provider's margin",
         "given_by": None,
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "46", "kind": "concern",
         "text": "raised concerns about delays in the collection of equipment",
         "asked_by": "Councillor M J Denholm",
         "answer": "new specification included a ten working day collection standard",
         "given_by": "Assistant Director", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "46", "kind": "question",
         "text": "how service users and carers had been involved in drawing up",
         "asked_by": "Councillor T Ramsbottom",
         "answer": "two workshops had been held with the Carers' Forum",
         "given_by": "Assistant Director",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "47", "kind": "question",
         "text": "queried how residents without a car would visit relatives",
         "asked_by": "Councillor Mrs H Brindley",
         "answer": "a travel impact assessment had been commissioned and that the ICB",
         "given_by": "Director of Strategy and Partnerships", "themes": []},
        {"item": "47", "kind": "request",
         "text": "asked that printed copies be placed in libraries and GP surgeries",
         "asked_by": None,
         "answer": "the Head of Engagement undertook to arrange this before the end",
         "given_by": "Head of Engagement", "themes": ["patient-and-public-input"]},
        {"item": "47", "kind": "question",
         "text": "whether the Committee would regard the proposals as a substantial variation",
         "asked_by": "Councillor D Pargeter",
         "answer": None, "given_by": None, "themes": ["governance"]},
        {"item": "48", "kind": "request",
         "text": "suggested that an item on NHS dentistry in the coastal districts",
         "asked_by": "Councillor P Okafor", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "43", "text": "held on 11 December 2024 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "44", "text": "the Chairman's announcements, as circulated and as reported at the meeting",
         "outcome": "noted", "themes": []},
        {"item": "45", "text": "further report on urgent and emergency care performance, including the outcome",
         "outcome": "agreed", "themes": []},
        {"item": "46", "text": "be recommended to approve the re-procurement of the Integrated Community Equipment Service",
         "outcome": "recommended", "themes": ["subcontracting"]},
        {"item": "47", "text": "be authorised to prepare the Committee's formal response to the consultation",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "48", "text": "addition of an item on access to NHS dentistry",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor R A Hartwell", "role": "Chairman", "attendance": "present"},
        {"name": "M J Denholm", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "P Okafor", "role": None, "attendance": "present"},
        {"name": "S L Featherstone", "role": None, "attendance": "present"},
        {"name": "T Ramsbottom", "role": None, "attendance": "present"},
        {"name": "A Vickery", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs H Brindley", "role": "Ashby Fen District Council", "attendance": "present"},
        {"name": "Councillor K Osei", "role": "Borough of Saltmarsh", "attendance": "present"},
        {"name": "Councillor D Pargeter", "role": "Kelstow District Council", "attendance": "present"},
        {"name": "Dr Ruth Abernethy", "role": "Healthwatch Wealdmoor", "attendance": "present"},
        {"name": "Gemma Thorogood", "role": "Chief Operating Officer, North Wealdmoor NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Dr Imran Sadiq", "role": "Medical Director, North Wealdmoor NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Claire Fenwick", "role": "Director of Strategy and Partnerships, NHS Wealdmoor Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Jonathan Ebbs", "role": "Head of Engagement, NHS Wealdmoor Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Paul Rendell", "role": "Assistant Director - Commissioning, Adult Care and Community Wellbeing", "attendance": "in_attendance"},
        {"name": "Martin Grayling", "role": "Health Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Lucy Amberley", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor B Thistlewood", "role": "Wealdmoor County Council", "attendance": "apologies"},
        {"name": "Councillor F Ahmed", "role": "Marshfield Borough Council", "attendance": "apologies"},
    ],
}


def hyphen_split(word, room, width):
    """Split a long word so the head + '-' fits in room; None if not possible."""
    core = word
    if len(core) < 8 or not core.isalpha() or not core.islower():
        return None
    best = None
    for i in range(4, len(core) - 3):
        if core[i - 1] == core[i] or core[i - 1] in "aeiou" and core[i] in "aeiou":
            continue
        if width(core[:i] + "-") <= room:
            best = i
    if best is None:
        return None
    return core[:best] + "-", core[best:]


class Minutes(FPDF):
    first_page_no = 37

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "B", 9)
            self.set_xy(20, 10)
            self.cell(0, 5, "HEALTH SCRUTINY COMMITTEE FOR WEALDMOOR", align="L")
            self.set_xy(20, 10)
            self.cell(170, 5, "15 JANUARY 2025", align="R")
            self.set_y(22)

    def footer(self):
        self.set_y(-18)
        self.set_font("dv", "", 9)
        self.cell(0, 5, str(self.first_page_no + self.page_no() - 1), align="C")
        self.set_y(-13)
        self.set_font("dv", "", 7)
        self.cell(170, 4, "Chairman's initials ..........", align="R")


def justify(pdf, text, x0=35, w=155, lh=5.2, indent=0):
    """Justified paragraph laid out word by word with hand hyphenation."""
    words = text.split()
    sw = pdf.get_string_width
    lines, cur = [], []
    width = w - indent

    def used(ws):
        return sum(sw(t) for t in ws) + sw(" ") * max(len(ws) - 1, 0)

    while words:
        wd = words.pop(0)
        if used(cur + [wd]) <= width:
            cur.append(wd)
            continue
        room = width - used(cur) - (sw(" ") if cur else 0)
        sp = hyphen_split(wd, room, sw)
        if sp:
            cur.append(sp[0])
            words.insert(0, sp[1])
        else:
            words.insert(0, wd)
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    for k, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - 25:
            pdf.add_page()
        y = pdf.get_y()
        last = k == len(lines) - 1
        gap = sw(" ")
        if not last and len(ln) > 1:
            gap = (width - sum(sw(t) for t in ln)) / (len(ln) - 1)
        x = x0 + indent
        for t in ln:
            pdf.text(x, y + 4, t)
            x += sw(t) + gap
        pdf.set_y(y + lh)
    pdf.set_y(pdf.get_y() + 2.5)


def build_minutes(path):
    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Scrutiny Committee for Wealdmoor - Minutes - 15 January 2025")
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("dv", "B", 12)
    pdf.set_y(20)
    pdf.cell(170, 6, "HEALTH SCRUTINY COMMITTEE FOR WEALDMOOR", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(170, 5, "15 JANUARY 2025\n10.00 AM - 12.52 PM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, txt in ATTEND:
        if kind == "b":
            pdf.set_font("dv", "B", 10)
            pdf.text(20, pdf.get_y() + 4, txt)
            pdf.set_y(pdf.get_y() + 8)
        elif kind == "i":
            pdf.set_font("dv", "B", 9.5)
            pdf.text(20, pdf.get_y() + 4, txt)
            pdf.set_y(pdf.get_y() + 5.5)
        else:
            pdf.set_font("dv", "", 9.5)
            justify(pdf, txt, x0=20, w=170)
    pdf.ln(2)
    for num, title, paras in ITEMS:
        pdf.set_font("dv", "B", 10)
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        tl = pdf.multi_cell(150, 5, title, dry_run=True, output="LINES")
        y = pdf.get_y()
        pdf.text(20, y + 4, num)
        pdf.set_xy(35, y)
        pdf.multi_cell(155, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for p in paras:
            if p == "#RESOLVED":
                pdf.set_font("dv", "B", 10)
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                pdf.text(35, pdf.get_y() + 4, "RESOLVED")
                pdf.set_y(pdf.get_y() + 8)
                continue
            pdf.set_font("dv", "", 10)
            m = re.match(r"^(\(\d\)) (.*)$", p)
            if m:
                y = pdf.get_y()
                pdf.text(40, y + 4, m.group(1))
                justify(pdf, m.group(2), x0=35, w=155, indent=13)
            else:
                justify(pdf, p)
    pdf.output(path)


def minutes_source():
    out = ["HEALTH SCRUTINY COMMITTEE FOR WEALDMOOR", "15 JANUARY 2025"]
    out += [t for _, t in ATTEND]
    for n, t, ps in ITEMS:
        out.append(n + " " + t)
        out += [p.lstrip("#") for p in ps]
    return "\n".join(out)


# ---------------------------------------------------------------- document 2
S_NAME = "gw-wealdmoor-dph-winter-briefing.pdf"
SLIDES = [
    ("Winter Health Protection Briefing 2024/25", [
        "Health Scrutiny Committee for Wealdmoor - 15 January 2025",
        "Dr Niamh Calloway, Director of Public Health",
        "Wealdmoor County Council Public Health Directorate"]),
    ("What we will cover", [
        "Respiratory virus picture so far this winter",
        "Vaccination uptake: flu, COVID-19 and RSV",
        "Outbreaks in care homes and schools",
        "Cold weather and health: Cold-Health Alerts",
        "What we are asking of partners"]),
    ("Respiratory viruses: the picture so far", [
        "Flu activity rose sharply from week 49 and peaked in week 52",
        "Hospital flu admissions peaked at 11.8 per 100,000 population",
        "COVID-19 activity low and stable through December",
        "RSV season earlier than usual - paediatric admissions peaked in November",
        "Norovirus: 23 outbreaks in hospital wards and care settings since October"]),
    ("#CHART", []),
    ("Care homes and schools", [
        "41 acute respiratory infection outbreaks reported in care homes since September",
        "Antiviral prophylaxis offered in 29 outbreaks; median time to supply 1.5 days",
        "Health protection team visited 12 homes with repeat outbreaks",
        "School absence due to illness 1.4 percentage points above last winter",
        "Infection prevention and control guidance reissued to all settings"]),
    ("Cold weather and health", [
        "Amber Cold-Health Alerts issued on 9 days in November and January",
        "Warm spaces: 64 community venues listed on the council website",
        "Household Support Fund: winter energy payments to 3,900 households",
        "Cold homes referrals from GP practices via Healthy Homes Wealdmoor"]),
    ("What we are asking of partners", [
        "Promote vaccination at every contact - especially 'Make Every Contact Count'",
        "Care providers: report outbreaks to the health protection team within 24 hours",
        "Councillors: share warm spaces and vaccination messages in your divisions",
        "NHS partners: keep the walk-in vaccination offer open to the end of February"]),
    ("Questions?", [
        "Dr Niamh Calloway, Director of Public Health",
        "publichealth@wealdmoor.gov.uk",
        "Data sources: UKHSA surveillance, NHS England immunisation data, local outbreak log"]),
]
CHART = [("65+", 74.6, 77.1), ("Under 65 at risk", 38.2, 41.9), ("Pregnant", 31.5, 35.0),
         ("Age 2-3", 40.1, 44.3), ("Health & care staff", 29.7, 36.8)]
CHART_CAPTION = ("Figure 1: Flu vaccine uptake (%) by eligible group, Wealdmoor vs England, "
                 "week 1 2025. Source: UKHSA ImmForm provisional data.")


class Slides(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Wealdmoor County Council | Public Health", align="L")
        self.set_x(-30)
        self.cell(15, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def build_slides(path):
    pdf = Slides(orientation="L", format=(190.5, 338.7))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Winter Health Protection Briefing 2024/25")
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    for i, (title, bullets) in enumerate(SLIDES):
        pdf.add_page()
        pdf.set_fill_color(0, 94, 120)
        pdf.rect(0, 0, pdf.w, 6, "F")
        if i == 0 or title == "Questions?":
            pdf.set_font("dv", "B", 30)
            pdf.set_xy(20, 55)
            pdf.multi_cell(pdf.w - 40, 14, title, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            pdf.set_font("dv", "", 16)
            for b in bullets:
                pdf.set_x(20)
                pdf.cell(pdf.w - 40, 10, b, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if title == "#CHART":
            pdf.set_font("dv", "B", 24)
            pdf.set_xy(20, 14)
            pdf.cell(0, 12, "Flu vaccine uptake lagging among staff and younger groups")
            x0, y0, h = 60, 150, 100
            pdf.set_draw_color(80, 80, 80)
            pdf.line(x0, y0, x0 + 240, y0)
            pdf.set_font("dv", "", 10)
            for k, (lab, wl, en) in enumerate(CHART):
                bx = x0 + 10 + k * 46
                pdf.set_fill_color(0, 94, 120)
                pdf.rect(bx, y0 - wl * h / 100, 16, wl * h / 100, "F")
                pdf.set_fill_color(170, 170, 170)
                pdf.rect(bx + 17, y0 - en * h / 100, 16, en * h / 100, "F")
                pdf.text(bx + 1, y0 - wl * h / 100 - 2, f"{wl:.1f}")
                pdf.text(bx + 18, y0 - en * h / 100 - 2, f"{en:.1f}")
                pdf.set_xy(bx - 4, y0 + 2)
                pdf.multi_cell(42, 5, lab, align="C")
            pdf.set_fill_color(0, 94, 120)
            pdf.rect(x0 + 250, 60, 6, 6, "F")
            pdf.text(x0 + 258, 65, "Wealdmoor")
            pdf.set_fill_color(170, 170, 170)
            pdf.rect(x0 + 250, 70, 6, 6, "F")
            pdf.text(x0 + 258, 75, "England")
            pdf.set_font("dv", "", 11)
            pdf.set_xy(20, 166)
            pdf.cell(0, 6, CHART_CAPTION)
            continue
        pdf.set_font("dv", "B", 24)
        pdf.set_xy(20, 14)
        pdf.cell(0, 12, title)
        pdf.set_y(38)
        pdf.set_font("dv", "", 17)
        for b in bullets:
            pdf.set_x(28)
            pdf.cell(8, 11, "\u2022")
            pdf.multi_cell(pdf.w - 60, 11, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


S_GOLD = {"document": S_NAME, "doc_type": "report"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = " " + norm(minutes_source()) + " "
    phrases = []
    for q in M_GOLD["questions"]:
        phrases.append(("q", q["text"]))
        if q["answer"]:
            phrases.append(("a", q["answer"]))
    for r in M_GOLD["resolutions"]:
        phrases.append(("r", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        c = src.count(" " + norm(p) + " ")
        if c != 1 or not 6 <= n <= 15:
            ok = False
            print(f"FAIL {kind} count={c} words={n}: {p}")
    for name, gold in ((M_NAME, M_GOLD), (S_NAME, S_GOLD)):
        gp = os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json")
        if not os.path.exists(os.path.join(DOCS, name)) or json.load(open(gp)) != gold:
            ok = False
            print("FAIL stale/missing", name)
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_minutes(os.path.join(DOCS, M_NAME))
    build_slides(os.path.join(DOCS, S_NAME))
    for name, gold in ((M_NAME, M_GOLD), (S_NAME, S_GOLD)):
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    check()


if __name__ == "__main__":
    main()
