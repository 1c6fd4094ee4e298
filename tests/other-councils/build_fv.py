#!/usr/bin/env python3
"""Build the "fv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fv.py           build documents/fv-* and gold/fv-*.json
        build_fv.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 9, 24, 9, 0, 0)
ZIPDATE = (2025, 9, 24, 9, 0, 0)

# ---------------------------------------------------------------- helpers

def set_props(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def save_pinned(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def para(d, text, bold_prefix=None, style=None, align=None, italic=False, space_after=6):
    p = d.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    r = p.add_run(text)
    r.italic = italic
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p

# ---------------------------------------------------------------- document 1: HWB minutes

HWB_NAME = "fv-harrowdene-hwb-2025-09-18.docx"

MEMBERS = [
    ("Councillor Margaret Ellison", "Harrowdene Borough Council", "Chair; Cabinet Member for Adult Social Care and Health", "Y"),
    ("Dr Tunde Okafor", "North Vale Integrated Care Board", "Vice-Chair; GP Representative", "Y"),
    ("Councillor Priya Raman", "Harrowdene Borough Council", "Cabinet Member for Children and Families", "Y"),
    ("Councillor David Stroud", "Harrowdene Borough Council", "Opposition Group Representative", "Y"),
    ("Councillor Kevin Ashby", "Harrowdene Borough Council", "Substitute for Councillor Quinn", "Y"),
    ("Helen Marsh", "Harrowdene Borough Council", "Director of Public Health", "Y"),
    ("Simon Achebe", "Harrowdene Borough Council", "Corporate Director of Adults, Health and Housing", "Y"),
    ("Rachel Fenwick", "North Vale Integrated Care Board", "Chief Finance Officer", "Y"),
    ("Grace Oduya", "Healthwatch Harrowdene", "Chief Executive", "Y"),
    ("Mark Lindqvist", "Harrowdene and Vale NHS Foundation Trust", "Director of Strategy", "N"),
]
IN_ATTENDANCE = [
    ("Joanna Pike", "Harrowdene Borough Council", "Consultant in Public Health", "N"),
    ("Colin Brereton", "North Vale Integrated Care Board", "Head of Primary Care Commissioning (Pharmacy, Optometry and Dentistry)", "N"),
    ("Amira Yusuf", "Vale Mental Health Partnership NHS Trust", "Associate Director of Community Mental Health Transformation", "N"),
    ("Lucy Armitage", "North Vale Integrated Care Board", "Director of Strategy and Partnerships", "N"),
    ("Tom Heald", "Harrowdene Borough Council", "Democratic Services Officer (clerk)", "N"),
]
APOLOGIES = [
    ("Councillor Beverley Quinn", "Harrowdene Borough Council", "Cabinet Member for Housing and Homelessness", "Y"),
    ("Sarah Whitcombe", "Harrowdene Borough Council", "Corporate Director of Children's Services", "Y"),
    ("Chief Inspector Ian Morrow", "Vale Police", "Harrowdene Neighbourhood Policing Lead", "N"),
]

# Items: (number, title, presented_by or None, [paragraphs], [decision clauses] or None)
ITEMS = [
    ("HWB 25/31", "Welcome, Apologies and Substitutions", None, [
        "The Chair welcomed everyone to the meeting, which was held in the Council Chamber, Harrowdene Civic Centre. "
        "Apologies for absence were received from the members listed above. Councillor Kevin Ashby attended as a "
        "substitute for Councillor Beverley Quinn.",
    ], None),
    ("HWB 25/32", "Declarations of Interest", None, [
        "Dr Tunde Okafor declared a non-pecuniary interest in item HWB 25/35 as a partner in Eastbrook Medical Practice, "
        "which operates from premises next to one of the pharmacies referred to in the report. He remained in the meeting "
        "and took part in the discussion. There were no other declarations.",
    ], None),
    ("HWB 25/33", "Minutes of the Previous Meeting", None, [], [
        "(a)\tAPPROVED the minutes of the meeting held on 10 July 2025 as a correct record, and they were signed by the Chair.",
    ]),
    ("HWB 25/34", "Joint Local Health and Wellbeing Strategy: Annual Progress Report",
     "Helen Marsh, Director of Public Health", [
        "The Director of Public Health introduced the report, the second since the Strategy was adopted in 2023, which set out "
        "performance against the four strategy priorities: starting well, living well, ageing well and healthy places. Of the 22 "
        "headline indicators, 13 had improved, 5 were unchanged and 4 had worsened. Healthy life expectancy for women in the "
        "borough had fallen by 0.8 years, and the gap in life expectancy between the most and least deprived wards had widened to "
        "9.4 years for men.",
        "Board members asked whether the widening gap in life expectancy reflected the pandemic or longer-term trends. The "
        "Director of Public Health responded that the trend pre-dated the pandemic and was driven mainly by cardiovascular disease "
        "and cancers in the eastern wards, where early diagnosis rates remained the lowest in North Vale. Councillor Stroud asked "
        "why the target for smoking prevalence among routine and manual workers had been missed for a second year, and whether the "
        "stop smoking service, delivered under contract by a private provider, was giving value for money. Joanna Pike, Consultant "
        "in Public Health, explained that quit rates remained above the national average but referrals from GP practices had "
        "fallen since the provider moved to a digital-first model; a contract improvement notice had been issued in June and "
        "face-to-face clinics had been restored in three locations.",
        "Grace Oduya (Healthwatch Harrowdene) requested that future progress reports include what residents had said about the "
        "strategy priorities, not just the indicators, noting that Healthwatch had gathered over 600 comments since April. The "
        "Chair agreed that this would be built into the next report.",
    ], [
        "(a)\tNOTED the progress made against the Strategy's four priorities and the four indicators that had worsened;",
        "(b)\tAGREED that the Director of Public Health bring a deep-dive report on the eastern wards to the March 2026 meeting.",
    ]),
    ("HWB 25/35", "Pharmaceutical Needs Assessment 2025–2028: Draft for Consultation",
     "Joanna Pike, Consultant in Public Health, and Colin Brereton, Head of Primary Care Commissioning (Pharmacy, Optometry and Dentistry), North Vale ICB", [
        "The Board had a statutory duty to publish a Pharmaceutical Needs Assessment every three years. The draft found 41 "
        "community pharmacies in the borough, four fewer than in 2022, with two 100-hour pharmacies having reduced their opening "
        "hours. The draft concluded that there was no current gap in the provision of essential services, but identified a "
        "potential future gap in Eastbrook following the closure of Hallam Chemists notified by the ICB in August.",
        "Dr Okafor (GP Representative) asked how the assessment had taken account of the new housing development at Millfield "
        "Park, where 2,300 homes were due to be occupied by 2028. Joanna Pike responded that the draft used ward-level population "
        "projections which included the first two phases of the development, and that the assessment would be reviewed by "
        "supplementary statement if occupation accelerated. Councillor Raman expressed concern that residents in Eastbrook without a "
        "car would face a round trip of over two miles to the nearest pharmacy, and asked whether the ICB would commission a "
        "replacement. The ICB Head of Primary Care Commissioning responded that the ICB could not direct a contractor to open in a "
        "particular location, but that an application for a new pharmacy in Eastbrook would be considered against the needs "
        "identified in the final assessment.",
        "Grace Oduya asked that the consultation be promoted through community pharmacies themselves and through the Healthwatch "
        "network of community groups. The Consultant in Public Health agreed and said an easy read summary was already being "
        "prepared.",
    ], [
        "(a)\tAPPROVED the draft Pharmaceutical Needs Assessment 2025–2028 for statutory consultation of not less than 60 days;",
        "(b)\tDELEGATED authority to the Director of Public Health, in consultation with the Chair, to approve the final "
        "Pharmaceutical Needs Assessment for publication before 1 February 2026;",
        "(c)\tNOTED the potential future gap in provision in Eastbrook.",
    ]),
    ("HWB 25/36", "Better Care Fund 2025/26 Quarter 1 Return",
     "Rachel Fenwick, Chief Finance Officer, North Vale ICB, and Simon Achebe, Corporate Director of Adults, Health and Housing", [
        "The Board was asked to endorse the Quarter 1 return, which had been submitted to NHS England on 12 August under the "
        "delegated arrangements agreed in March. The pooled budget for 2025/26 totalled £38.6 million, of which £14.2 million was "
        "the Council's Improved Better Care Fund grant. A forecast overspend of £1.1 million on the discharge scheme was reported, "
        "mainly arising from increased use of short-term residential placements.",
        "Councillor Stroud asked what proportion of people discharged to short-term residential placements returned home within six "
        "weeks. The Corporate Director of Adults, Health and Housing responded that the figure was 58 per cent against an ambition "
        "of 70 per cent, and that additional reablement capacity was being recruited. Board members asked whether the overspend "
        "would fall on the Council or the ICB. The ICB Chief Finance Officer responded that the section 75 agreement provided for "
        "overspends on the discharge scheme to be shared in proportion to contributions, and that both partners had agreed recovery "
        "actions at the Joint Commissioning Group on 2 September.",
        "Mark Lindqvist (Harrowdene and Vale NHS Foundation Trust) commented that delayed discharges at Harrowdene General had "
        "fallen by a third since April and credited the work of the integrated discharge hub.",
    ], [
        "(a)\tENDORSED the Better Care Fund Quarter 1 return for 2025/26 as submitted to NHS England;",
        "(b)\tNOTED the forecast overspend on the discharge scheme and the recovery actions agreed by partners.",
    ]),
    ("HWB 25/37", "Community Mental Health Transformation: Update",
     "Amira Yusuf, Associate Director of Community Mental Health Transformation, Vale Mental Health Partnership NHS Trust", [
        "The Board received an update on the new integrated community mental health teams, now aligned to the borough's four primary "
        "care networks. Waiting times for a first assessment had reduced from 14 weeks to 6 weeks. Eleven of the nineteen new Mental "
        "Health Practitioner posts in GP practices had been filled. The peer support element had been commissioned from a voluntary "
        "sector partner, Vale Mind, under a three-year contract.",
        "Councillor Raman asked what was being done to support young people moving from CAMHS to adult services at 18. Amira Yusuf "
        "responded that a transitions worker had been appointed in each team and a joint protocol with CAMHS had been signed in July. "
        "Dr Okafor (GP Representative) raised a concern that the eight vacant Mental Health Practitioner posts were concentrated in "
        "the two practices with the highest deprivation, and asked whether recruitment incentives were being considered. Amira Yusuf "
        "responded that a rotational post with the Trust's crisis service was being offered from October, which had improved "
        "applications elsewhere in the region.",
        "Grace Oduya asked whether people with lived experience had been involved in designing the new teams. The Associate Director "
        "responded that a lived experience panel of twelve people had co-designed the referral pathway and would continue to meet "
        "quarterly.",
    ], [
        "(a)\tNOTED the update on community mental health transformation and the progress on waiting times.",
    ]),
    ("HWB 25/38", "North Vale Integrated Care Strategy Refresh: Harrowdene Priorities",
     "Lucy Armitage, Director of Strategy and Partnerships, North Vale ICB", [
        "The North Vale Integrated Care Partnership was refreshing its integrated care strategy for 2026–2030, and each of the three "
        "Health and Wellbeing Boards in the area had been invited to put forward its local priorities by 31 October.",
        "Councillor Stroud asked whether the refreshed strategy would commit the ICB to shift funding towards prevention, given that "
        "the previous strategy had contained no financial target. Lucy Armitage responded that the ICB Board had adopted a commitment "
        "to increase spend on prevention by 0.5 per cent of its allocation each year, and that this would be written into the "
        "strategy. Board members asked that housing be named as a priority in its own right, given the link between temporary "
        "accommodation and poor health among families in the borough.",
    ], [
        "(a)\tRECOMMENDED to the North Vale Integrated Care Partnership that the refreshed strategy include a measurable target for "
        "the shift of resources to prevention;",
        "(b)\tRECOMMENDED that housing and temporary accommodation be named as a joint priority across North Vale;",
        "(c)\tAGREED that the Chair write to the Chair of the Integrated Care Partnership setting out the Board's response.",
    ]),
]


def attendance_table(d, rows):
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Name", "Organisation", "Role", "Voting member"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
            for p in cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10)
            if i == 3:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(4.2), Cm(4.5), Cm(6.0), Cm(2.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph().paragraph_format.space_after = Pt(2)


def build_hwb():
    d = docx.Document()
    set_props(d, "Health and Wellbeing Board minutes 18 September 2025", "Tom Heald")
    st = d.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    for lvl, size in (("Heading 1", 13),):
        hs = d.styles[lvl]
        hs.font.name = "Arial"; hs.font.size = Pt(size); hs.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    # header / footer on every page
    hp = sec.header.paragraphs[0]
    hp.text = "Harrowdene Health and Wellbeing Board – 18 September 2025\tUNCONFIRMED"
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ").font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")
    fp.add_run("\t\tChair's initials ………").font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("HARROWDENE BOROUGH COUNCIL"); r.bold = True; r.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("in partnership with North Vale Integrated Care Board"); r.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Health and Wellbeing Board"); r.bold = True; r.font.size = Pt(18)
    para(d, "Minutes of the meeting held on Thursday 18 September 2025 at 2.00 pm in the Council Chamber, Harrowdene Civic "
            "Centre, Market Street, Harrowdene HD1 2QA")
    p = d.add_paragraph(); p.add_run("Board members present").bold = True
    attendance_table(d, MEMBERS)
    p = d.add_paragraph(); p.add_run("In attendance").bold = True
    attendance_table(d, IN_ATTENDANCE)
    p = d.add_paragraph(); p.add_run("Apologies").bold = True
    attendance_table(d, APOLOGIES)
    para(d, "The meeting was quorate: at least one elected member of the Council and one representative of the Integrated "
            "Care Board were present throughout.", italic=True)

    for num, title, presenter, paras, decisions in ITEMS:
        d.add_heading(f"{num} {title}", level=1)
        if presenter:
            para(d, presenter, bold_prefix="Presented by: ")
        for t in paras:
            para(d, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if decisions:
            p = d.add_paragraph(); p.add_run("The Board:").bold = True
            p.paragraph_format.space_after = Pt(3)
            for c in decisions:
                q = d.add_paragraph(c)
                q.paragraph_format.left_indent = Cm(1.0)
                q.paragraph_format.first_line_indent = Cm(-1.0)
                q.paragraph_format.space_after = Pt(3)
            d.add_paragraph().paragraph_format.space_after = Pt(2)
    para(d, "The meeting closed at 4.12 pm.")
    para(d, "Date of next meeting: Thursday 4 December 2025 at 2.00 pm.")
    para(d, "Chair …………………………………………        Date ……………………")
    para(d, "Contact: Tom Heald, Democratic Services Officer, democratic.services@harrowdene.gov.uk, 01632 960418",
         italic=True)
    save_pinned(d, os.path.join(DOCS, HWB_NAME))


def att(rows, status):
    return [{"name": n, "role": r, "attendance": status} for n, o, r, v in rows]


HWB_GOLD = {
    "document": HWB_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-09-18",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        {"item": "HWB 25/34", "kind": "question",
         "text": "asked whether the widening gap in life expectancy reflected the pandemic",
         "asked_by": "Board members",
         "answer": "the trend pre-dated the pandemic and was driven mainly by cardiovascular disease",
         "given_by": "Director of Public Health", "themes": ["public-health"]},
        {"item": "HWB 25/34", "kind": "question",
         "text": "the target for smoking prevalence among routine and manual workers had been missed",
         "asked_by": "Councillor Stroud",
         "answer": "a contract improvement notice had been issued in June",
         "given_by": "Joanna Pike, Consultant in Public Health",
         "themes": ["public-health", "subcontracting", "privatisation", "finance"]},
        {"item": "HWB 25/34", "kind": "request",
         "text": "requested that future progress reports include what residents had said about",
         "asked_by": "Grace Oduya (Healthwatch Harrowdene)",
         "answer": "The Chair agreed that this would be built into the next report",
         "given_by": "Chair", "themes": ["patient-and-public-input", "public-health"]},
        {"item": "HWB 25/35", "kind": "question",
         "text": "asked how the assessment had taken account of the new housing development",
         "asked_by": "Dr Okafor (GP Representative)",
         "answer": "the draft used ward-level population projections which included the first two phases",
         "given_by": "Joanna Pike", "themes": ["primary-care", "housing"]},
        {"item": "HWB 25/35", "kind": "concern",
         "text": "residents in Eastbrook without a car would face a round trip",
         "asked_by": "Councillor Raman",
         "answer": "the ICB could not direct a contractor to open in a particular location",
         "given_by": "ICB Head of Primary Care Commissioning", "themes": ["primary-care", "subcontracting"]},
        {"item": "HWB 25/35", "kind": "request",
         "text": "asked that the consultation be promoted through community pharmacies themselves",
         "asked_by": "Grace Oduya",
         "answer": "an easy read summary was already being prepared",
         "given_by": "Consultant in Public Health", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HWB 25/36", "kind": "question",
         "text": "proportion of people discharged to short-term residential placements returned home within six weeks",
         "asked_by": "Councillor Stroud",
         "answer": "the figure was 58 per cent against an ambition of 70 per cent",
         "given_by": "Corporate Director of Adults, Health and Housing",
         "themes": ["adult-social-care", "integration"]},
        {"item": "HWB 25/36", "kind": "question",
         "text": "asked whether the overspend would fall on the Council or the ICB",
         "asked_by": "Board members",
         "answer": "overspends on the discharge scheme to be shared in proportion to contributions",
         "given_by": "ICB Chief Finance Officer", "themes": ["finance", "integration"]},
        {"item": "HWB 25/36", "kind": "comment",
         "text": "delayed discharges at Harrowdene General had fallen by a third since April",
         "asked_by": "Mark Lindqvist (Harrowdene and Vale NHS Foundation Trust)",
         "answer": None, "given_by": None, "themes": ["adult-social-care", "integration"]},
        {"item": "HWB 25/37", "kind": "question",
         "text": "support young people moving from CAMHS to adult services at 18",
         "asked_by": "Councillor Raman",
         "answer": "a transitions worker had been appointed in each team",
         "given_by": "Amira Yusuf", "themes": ["mental-health", "children-and-families"]},
        {"item": "HWB 25/37", "kind": "concern",
         "text": "vacant Mental Health Practitioner posts were concentrated in the two practices",
         "asked_by": "Dr Okafor (GP Representative)",
         "answer": "a rotational post with the Trust's crisis service was being offered from October",
         "given_by": "Amira Yusuf", "themes": ["mental-health", "workforce", "primary-care"]},
        {"item": "HWB 25/37", "kind": "question",
         "text": "whether people with lived experience had been involved in designing the new teams",
         "asked_by": "Grace Oduya",
         "answer": "a lived experience panel of twelve people had co-designed the referral pathway",
         "given_by": "Associate Director", "themes": ["mental-health", "patient-and-public-input"]},
        {"item": "HWB 25/38", "kind": "question",
         "text": "would commit the ICB to shift funding towards prevention",
         "asked_by": "Councillor Stroud",
         "answer": "increase spend on prevention by 0.5 per cent of its allocation each year",
         "given_by": "Lucy Armitage", "themes": ["finance", "public-health", "integration"]},
        {"item": "HWB 25/38", "kind": "request",
         "text": "asked that housing be named as a priority in its own right",
         "asked_by": "Board members", "answer": None, "given_by": None,
         "themes": ["housing", "integration"]},
    ],
    "resolutions": [
        {"item": "HWB 25/33", "text": "APPROVED the minutes of the meeting held on 10 July 2025",
         "outcome": "agreed", "themes": []},
        {"item": "HWB 25/34", "text": "bring a deep-dive report on the eastern wards to the March 2026 meeting",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "HWB 25/35", "text": "APPROVED the draft Pharmaceutical Needs Assessment 2025–2028 for statutory consultation",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HWB 25/36", "text": "ENDORSED the Better Care Fund Quarter 1 return for 2025/26",
         "outcome": "agreed", "themes": ["integration", "finance"]},
        {"item": "HWB 25/37", "text": "NOTED the update on community mental health transformation and the progress on waiting times",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "HWB 25/38", "text": "include a measurable target for the shift of resources to prevention",
         "outcome": "recommended", "themes": ["integration", "public-health", "finance", "housing"]},
    ],
    "attendees": att(MEMBERS, "present") + att(IN_ATTENDANCE, "in_attendance") + att(APOLOGIES, "apologies"),
}

# ---------------------------------------------------------------- document 2: ICB letter (not minutes)

LETTER_NAME = "fv-north-vale-icb-pharmacy-closure-letter.docx"

LETTER_PARAS = [
    ("h", "Notification of closure: Hallam Chemists, 14 Station Parade, Eastbrook HD4 7LR (ODS code FQ731)"),
    ("p", "I am writing to notify the Health and Wellbeing Board, as required by the NHS (Pharmaceutical and Local "
          "Pharmaceutical Services) Regulations 2013, that the above community pharmacy will close permanently at 5.30 pm on "
          "Saturday 1 November 2025. The contractor, Hallam Healthcare Ltd, gave the ICB the required notice on 4 August 2025. "
          "The contractor has told us that the decision follows the end of the lease on the premises and the financial position "
          "of the business; it has not applied to relocate."),
    ("h", "Current provision"),
    ("p", "Hallam Chemists is a 40-hour pharmacy open Monday to Saturday. In 2024/25 it dispensed an average of 5,900 items a "
          "month, provided the New Medicine Service and Pharmacy First, and delivered the Council's commissioned supervised "
          "consumption and emergency hormonal contraception services. It is one of two pharmacies in Eastbrook ward."),
    ("h", "Our assessment of access"),
    ("p", "We have assessed the effect of the closure against the access criteria used in the Board's current Pharmaceutical "
          "Needs Assessment. In summary:"),
    ("b", "the remaining pharmacy in Eastbrook (Station Road Pharmacy, 0.4 miles away) has confirmed it can absorb the additional "
          "dispensing volume, and has agreed to extend its Saturday opening to 4.00 pm from November;"),
    ("b", "all residents of Eastbrook ward remain within 1.6 miles of at least one pharmacy, and 94 per cent remain within a "
          "20-minute walk;"),
    ("b", "households without a car in the Millfield estate face the longest journeys; the 27 bus gives a direct service to "
          "Station Road every 15 minutes during the day;"),
    ("b", "the two distance-selling pharmacies registered in North Vale will continue to offer free home delivery."),
    ("p", "On this basis the ICB's view is that the closure does not create a gap in the provision of essential services. We "
          "recognise, however, that the Board's draft assessment identifies a potential future gap as the Millfield Park housing "
          "development is occupied, and we would welcome the Board's view on whether a supplementary statement is needed."),
    ("h", "Locally commissioned services"),
    ("p", "The Council's public health team has been informed so that supervised consumption clients can be transferred. We "
          "understand that Station Road Pharmacy has agreed to take on the 14 clients currently supported at Hallam Chemists, "
          "and that the emergency contraception service will continue to be available there and at the Eastbrook sexual health "
          "clinic."),
    ("h", "Communicating with patients"),
    ("p", "The contractor will display notices in the pharmacy from 1 October and has agreed to contact patients who have "
          "repeat prescriptions nominated to the pharmacy. We have asked Eastbrook Medical Practice to remind patients that they "
          "can change their nominated pharmacy, and we have shared the details with Healthwatch Harrowdene."),
    ("h", "Next steps"),
    ("p", "We will monitor dispensing volumes, waiting times and any complaints at Station Road Pharmacy for six months after "
          "the closure and will report the findings to the Board. If you would like a member of the primary care team to attend "
          "the Board's meeting on 4 December 2025 to discuss this, please contact my office."),
]


def build_letter():
    d = docx.Document()
    set_props(d, "Notification of pharmacy closure - Hallam Chemists Eastbrook", "North Vale ICB Primary Care Team")
    st = d.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("NHS\n"); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    r = hp.add_run("North Vale\nIntegrated Care Board"); r.bold = True; r.font.size = Pt(11)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("North Vale Integrated Care Board, Riverside House, 2 Wharf Lane, Vale Bridge VB1 3JT  |  "
                   "Chair: Professor Anne Colquhoun  |  Chief Executive: Martin Oyelaran")
    r.font.size = Pt(7)

    for line in ["Primary Care Commissioning", "Riverside House", "2 Wharf Lane", "Vale Bridge VB1 3JT",
                 "Tel: 01632 960775", "Email: nvicb.primarycare@nhs.invalid"]:
        p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for line in ["Councillor Margaret Ellison", "Chair, Harrowdene Health and Wellbeing Board", "Harrowdene Civic Centre",
                 "Market Street", "Harrowdene HD1 2QA"]:
        p = d.add_paragraph(line); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    para(d, "Our ref: NVICB/PC/PHA/0925-07")
    para(d, "Date: 15 September 2025")
    para(d, "Sent by email")
    para(d, "Dear Chair,")
    for kind, text in LETTER_PARAS:
        if kind == "h":
            p = d.add_paragraph(); r = p.add_run(text); r.bold = True
            p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(3)
        elif kind == "b":
            p = d.add_paragraph(text, style="List Bullet"); p.paragraph_format.space_after = Pt(2)
        else:
            para(d, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(d, "Yours sincerely,")
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run("Colin Brereton").bold = True; p.paragraph_format.space_after = Pt(0)
    for line in ["Head of Primary Care Commissioning (Pharmacy, Optometry and Dentistry)", "North Vale Integrated Care Board"]:
        p = d.add_paragraph(line); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run("cc: ").bold = True
    p.add_run("Helen Marsh, Director of Public Health, Harrowdene Borough Council; Grace Oduya, Chief Executive, "
              "Healthwatch Harrowdene; Secretary, Vale Local Pharmaceutical Committee")
    save_pinned(d, os.path.join(DOCS, LETTER_NAME))


LETTER_GOLD = {
    "document": LETTER_NAME,
    "doc_type": "other",
    "themes": ["primary-care", "subcontracting", "public-health", "patient-and-public-input"],
}

# ---------------------------------------------------------------- check

def doc_text(path):
    d = docx.Document(path)
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return "\n".join(parts)


def norm(s):
    return " " + re.sub(r"[\W_]+", " ", s.lower()).strip() + " "


def check():
    ok = True
    for g in (HWB_GOLD, LETTER_GOLD):
        path = os.path.join(DOCS, g["document"])
        text = norm(doc_text(path))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']} {kind}: count={c} words={n}: {ph}")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False; print("FAIL attendee", a["name"])
        for it in g.get("items", []):
            if norm(it["number"] + " " + it["title"]) not in text:
                ok = False; print("FAIL item", it["number"])
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")) as fh:
            if json.load(fh) != json.loads(json.dumps(g)):
                ok = False; print("FAIL gold file out of date", g["document"])
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_hwb()
    build_letter()
    for g in (HWB_GOLD, LETTER_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False); fh.write("\n")
    print("built")


if __name__ == "__main__":
    main()
