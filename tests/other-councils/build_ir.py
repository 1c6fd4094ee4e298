#!/usr/bin/env python3
"""Build the "ir-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ir.py           build documents/ir-* and gold/ir-*.json
        build_ir.py --check   verify every gold phrase occurs once in its document
"""
import copy
import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 11, 27, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "ir-eastholt-hosc-2025-11-20.docx"
BRIEFING_NAME = "ir-eastholt-hosc-members-briefing-2026-01.pdf"

COMMITTEE = "Eastholt Health Overview and Scrutiny Committee"

# ---------------------------------------------------------------------------------------
# The minutes.  Blocks:
#   ("h1", title)          item heading (Heading 1, numbered "6." by the list)
#   ("p", text)            numbered paragraph, level 1 ("6.1")
#   ("a", text)            numbered paragraph, level 2 ("(a)")
#   ("plain", text)        paragraph inside an item whose number has been switched off
#   ("plain_i", text)      the same, in italics
# ---------------------------------------------------------------------------------------

PRESENT = [
    ("Cllr Fiona Hartley (Chair)", "Eastholt County Council"),
    ("Cllr Derek Plumstead (Vice-Chair)", "Eastholt County Council"),
    ("Cllr Margaret Alderton", "Eastholt County Council"),
    ("Cllr Tariq Basran", "Carrowgate City Council"),
    ("Cllr Hugh Colkett", "Brackmere District Council"),
    ("Cllr Lorraine Edgefield", "Eastholt County Council"),
    ("Cllr Paul Fincham", "Borough Council of West Eastholt"),
    ("Cllr Brenda Mowle", "Redfen District Council"),
    ("Cllr Simon Ottley", "Eastholt County Council"),
    ("Cllr Rachel Quayle", "Saxby District Council"),
]

SUBSTITUTES = [("Cllr Peter Lusher for Cllr Amanda Greaves", "Eastholt County Council")]

ALSO_PRESENT = [
    ("Cllr Jonathan Wrayford", "Cabinet Member for Adult Social Care"),
    ("Kate Ellingham", "Executive Director of Adult Social Services"),
    ("Mark Tovell", "Director of Commissioning, Adult Social Services"),
    ("Helen Brightwell", "Director of Nursing and Quality, Eastholt and Yarbrook Integrated Care Board"),
    ("Dr Owen Sadler", "Medical Director, Carrowgate and Eastholt University Hospitals NHS Foundation Trust"),
    ("Gareth Pynn", "Sector Head of Operations, Eastern Counties Ambulance Service NHS Trust"),
    ("Lucy Amberley", "Deputy Chief Operating Officer, Eastholt Community Health and Care NHS Trust"),
    ("Alan Wicken", "Chief Executive, Healthwatch Eastholt"),
    ("Nadia Fowler", "Scrutiny and Health Partnerships Manager"),
    ("Chris Lodden", "Committee Officer"),
]

BLOCKS = [
    ("h1", "Apologies for Absence"),
    ("p", "Apologies for absence were received from Cllr Amanda Greaves (Cllr Peter Lusher "
          "substituting), Cllr Keith Salthouse and Cllr Jo Harling."),
    ("p", "Cllr Brenda Mowle informed the Committee that she would need to leave the meeting at "
          "12 noon."),

    ("h1", "Minutes"),
    ("p", "The minutes of the previous meeting held on 18 September 2025 were agreed as an "
          "accurate record of the meeting and signed by the Chair."),

    ("h1", "Declarations of Interest"),
    ("p", "Cllr Rachel Quayle declared a non-registrable interest in item 7 as her daughter was "
          "employed as a paramedic by the Eastern Counties Ambulance Service NHS Trust. She "
          "remained in the meeting and took part in the discussion."),

    ("h1", "Urgent Business"),
    ("p", "There was no urgent business."),

    ("h1", "Chair\u2019s Announcements"),
    ("p", "The Chair welcomed Cllr Tariq Basran, who had been appointed to the Committee by "
          "Carrowgate City Council, to his first meeting."),
    ("p", "The Chair reminded Members that a briefing from Eastholt Community Health and Care NHS "
          "Trust on the temporary overnight closure of the Holtby minor injuries unit had been "
          "circulated by email on 6 November 2025, and that any further information would be "
          "included in the next Members\u2019 Briefing."),

    ("h1", "Hospital discharge and intermediate care \u2013 preparations for winter 2025-26"),
    ("p", "The Committee received the report from the Scrutiny and Health Partnerships Manager "
          "which introduced information from the Eastholt and Yarbrook Integrated Care Board "
          "(ICB), Carrowgate and Eastholt University Hospitals NHS Foundation Trust (CEUH), "
          "Eastholt Community Health and Care NHS Trust (ECHC) and Adult Social Services about "
          "progress in reducing delays in discharging people from hospital, and the plans for "
          "intermediate care over winter 2025-26."),
    ("p", "The Executive Director of Adult Social Services introduced the report and highlighted "
          "that the average number of patients at CEUH who no longer met the criteria to reside "
          "had fallen from 142 in January 2025 to 96 in October 2025. The Transfer of Care Hub at "
          "CEUH, which brought social workers, discharge coordinators and therapists from ECHC "
          "together in one team, had been operating seven days a week since July 2025. The "
          "Executive Director thanked staff across the organisations for their work and noted "
          "that the improvement had been achieved at a time of continuing financial pressure on "
          "all of the partners."),
    ("p", "The Director of Nursing and Quality, ICB, explained that the system winter plan "
          "included 40 additional short-term beds in independent sector care homes, to be "
          "commissioned from 1 December 2025 to 31 March 2026, and an expansion of the virtual "
          "ward for frail older people from 60 to 80 \u2018beds\u2019. The Medical Director, "
          "CEUH, added that the hospital had opened a discharge lounge with space for 24 "
          "patients, which meant that beds on the wards could be freed earlier in the day."),
    ("p", "The following points were discussed and noted:"),
    ("a", "Cllr Margaret Alderton asked how many people who were discharged to a short-term bed "
          "in a care home went on to need permanent residential care. The Executive Director of "
          "Adult Social Services explained that around 28% of people placed in a short-term bed "
          "were later placed permanently, compared with a national ambition of below 20%, and "
          "that this was one of the reasons the Council was increasing the capacity of its "
          "reablement service so that more people could go straight home."),
    ("a", "Concerns were expressed that people living in rural parts of the county, particularly "
          "in the west, waited longest for a package of home care on leaving hospital because of "
          "the distances care workers had to travel. The Director of Commissioning acknowledged "
          "that West Eastholt remained the most difficult area to cover, and explained that a "
          "rural uplift to the hourly rate paid to home care providers had been introduced in "
          "April 2025. The average wait in West Eastholt had since fallen from 11 days to 6 days."),
    ("a", "Cllr Tariq Basran asked whether patients and their families were given enough notice "
          "of discharge and enough information about what would happen when they got home. The "
          "Medical Director, CEUH, acknowledged that communication with families had not always "
          "been good enough. The Trust had introduced a discharge information leaflet and a "
          "telephone call to every patient within 48 hours of getting home, both of which had "
          "been developed with Healthwatch Eastholt."),
    ("a", "A Member queried the cost of the additional winter beds and whether this would add to "
          "the overspend in Adult Social Services. The Executive Director of Adult Social "
          "Services explained that the beds would be paid for from the Better Care Fund and would "
          "not fall on the Council\u2019s base budget. The department was however still "
          "forecasting an overspend of \u00a34.1m for 2025-26, mainly because of the rising cost "
          "of placements for people with complex needs."),
    ("a", "Cllr Simon Ottley commented that the Committee had been given similar assurances "
          "before each of the last three winters, and requested that future reports show how "
          "many people were readmitted to hospital within 30 days of being discharged."),
    ("a", "In response to a question from Cllr Brenda Mowle about staffing in the Transfer of "
          "Care Hub, the Executive Director of Adult Social Services confirmed that all of the "
          "social worker posts in the hub were filled, although two were covered by agency staff "
          "while recruitment to permanent posts was under way."),
    ("a", "The Vice-Chair asked whether the care homes providing the winter beds were rated good "
          "by the Care Quality Commission, and raised concern about the standard of care in some "
          "of the homes used the previous winter. The Director of Nursing and Quality, ICB, "
          "replied that beds were only commissioned in homes rated good or outstanding, or in "
          "homes rated requires improvement where the ICB quality team had visited and was "
          "satisfied. ECHC therapists visited patients in those beds at least twice a week."),
    ("a", "Cllr Rachel Quayle commented that delays were sometimes caused by people having no "
          "suitable home to go back to, and that housing teams in the district councils should "
          "be involved earlier in discharge planning. The Executive Director of Adult Social "
          "Services agreed, and said that a housing officer from Carrowgate City Council now "
          "attended the Transfer of Care Hub two days a week, funded through the Better Care "
          "Fund. She would welcome the same arrangement with the other district councils."),
    ("p", "The Chair sought clarification on the figures for pathway 1 in the table on page 24 of "
          "the agenda, which appeared to show more people waiting for support at home than the "
          "narrative in the report suggested. The Director of Commissioning explained that the "
          "table included people waiting for a review of an existing care package as well as "
          "those waiting for a new package, and undertook to circulate a corrected table to "
          "Members after the meeting. The Chair also asked what would happen if a home care "
          "provider handed back packages of care during the winter, as two providers had done in "
          "December 2024. The Cabinet Member for Adult Social Care said that the Council\u2019s "
          "reablement service could step in for short periods, and that the commissioning team "
          "was in regular contact with providers about their staffing and finances so that any "
          "risk of a provider failing was identified early."),
    ("p", "The Committee RESOLVED to:"),
    ("a", "Note the report and the plans for hospital discharge and intermediate care over "
          "winter 2025-26."),
    ("a", "Ask the ICB and Adult Social Services to include in their next report the number of "
          "people readmitted within 30 days of discharge, broken down by locality."),
    ("a", "Receive a further update at its meeting in June 2026."),

    ("h1", "Ambulance response times and hospital handover delays"),
    ("p", "The Committee received the report from the Scrutiny and Health Partnerships Manager "
          "which introduced information from the Eastern Counties Ambulance Service NHS Trust "
          "(ECAS), CEUH and the ICB about ambulance response times in Eastholt and the time taken "
          "to hand over patients at the emergency department at Carrowgate."),
    ("p", "The Sector Head of Operations, ECAS, highlighted that the mean response time for "
          "category 2 calls in Eastholt in October 2025 had been 38 minutes, against the national "
          "standard of 18 minutes and the interim target of 30 minutes, and that 2,150 hours had "
          "been lost to handover delays at CEUH in the same month. The position was better than "
          "a year earlier but remained well short of where the Trust wanted it to be."),
    ("p", "During the discussion the following points were noted:"),
    ("a", "Cllr Hugh Colkett asked why response times in Brackmere were consistently worse than "
          "the county average. The Sector Head of Operations explained that rural areas with long "
          "distances between stations would always have longer average times, but that two "
          "additional rapid response vehicles had been based at Saxby since October."),
    ("a", "Cllr Rachel Quayle raised concern about the morale of ambulance crews who were held "
          "outside the emergency department for most of a shift. The Sector Head of Operations "
          "agreed that this was very hard for crews, and said that sickness absence had risen "
          "over the summer and that the Trust was offering wellbeing support and structured "
          "debriefs to crews."),
    ("a", "Cllr Lorraine Edgefield asked when crews would be released from the emergency "
          "department within 45 minutes of arrival, as had been promised at the last meeting. "
          "The Medical Director, CEUH, said that the Trust had adopted the 45-minute release "
          "standard from 1 November 2025 and that a new ambulance receiving area with twelve "
          "trolley spaces had opened next to the emergency department."),
    ("a", "Cllr Paul Fincham asked whether ECAS could publish response times for each district "
          "council area rather than only for the county as a whole."),
    ("a", "Concern was raised that the overnight closure of the minor injuries unit at Holtby "
          "Community Hospital would put more pressure on the ambulance service and the emergency "
          "department. The Deputy Chief Operating Officer, ECHC, said that the closure was "
          "temporary, because of nurse vacancies, and that on average fewer than four people had "
          "attended the unit overnight, most of whom could have been seen by their GP or a "
          "pharmacy the following day."),
    ("a", "Cllr Peter Lusher asked what help was available to older people living alone who "
          "waited a long time for an ambulance after a fall at home. The Sector Head of "
          "Operations said that clinicians in the control room called patients back while they "
          "waited, and that the Council\u2019s Eastholt Assist falls response service could "
          "attend people who had fallen but were not injured, usually within an hour."),
    ("plain_i", "Cllr Brenda Mowle left the meeting at 12 noon."),
    ("p", "The Committee agreed to ask ECAS to provide response times for each district council "
          "area in its next report, and to receive a further update at its meeting in March "
          "2026."),

    ("h1", "Healthwatch Eastholt \u2013 Annual Report 2024-25"),
    ("p", "The Committee received the annual report of Healthwatch Eastholt for 2024-25, which "
          "was introduced by the Chief Executive of Healthwatch Eastholt. He highlighted that "
          "Healthwatch had heard from over 6,300 people during the year, and that access to NHS "
          "dentistry and to GP appointments remained the issues most often raised with it."),
    ("p", "Cllr Lorraine Edgefield asked how Healthwatch decided which care homes to visit under "
          "its Enter and View powers. The Chief Executive explained that visits were chosen "
          "using feedback from residents and families, information from the Council\u2019s quality "
          "assurance team and CQC ratings, and that fourteen visits had been made during the "
          "year."),
    ("p", "Cllr Tariq Basran requested that Healthwatch share with the Committee its findings on "
          "the experiences of people from ethnic minority communities using GP services in "
          "Carrowgate, as part of its work on health inequalities. The Chief Executive agreed "
          "to share the findings when the report was published in the spring."),
    ("p", "The Committee noted the Healthwatch Eastholt Annual Report 2024-25 and thanked "
          "Healthwatch for its work."),

    ("h1", "Forward Work Programme"),
    ("p", "The Committee received the report from the Scrutiny and Health Partnerships Manager "
          "setting out the current forward work programme."),
    ("p", "Cllr Margaret Alderton suggested that the Committee look at community pharmacy "
          "services, following the recent closure of pharmacies in several market towns. The "
          "Scrutiny and Health Partnerships Manager advised that the pharmaceutical needs "
          "assessment was due to be published in the spring and suggested that the item be "
          "scheduled after that."),
    ("p", "The Committee AGREED the forward work programme, with the addition of community "
          "pharmacy services at a meeting after April 2026."),
]

# ---------------------------------------------------------------------------------------
# Gold for the minutes.
# ---------------------------------------------------------------------------------------

ITEMS = [
    ("1", "Apologies for Absence"),
    ("2", "Minutes"),
    ("3", "Declarations of Interest"),
    ("4", "Urgent Business"),
    ("5", "Chair\u2019s Announcements"),
    ("6", "Hospital discharge and intermediate care \u2013 preparations for winter 2025-26"),
    ("7", "Ambulance response times and hospital handover delays"),
    ("8", "Healthwatch Eastholt \u2013 Annual Report 2024-25"),
    ("9", "Forward Work Programme"),
]


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


QUESTIONS = [
    q("6", "question", "went on to need permanent residential care",
      "Cllr Margaret Alderton",
      "one of the reasons the Council was increasing the capacity of its reablement service",
      "Executive Director of Adult Social Services", ["adult-social-care"]),
    q("6", "concern", "waited longest for a package of home care on leaving hospital",
      None, "a rural uplift to the hourly rate paid to home care providers",
      "Director of Commissioning", ["adult-social-care", "finance", "workforce"]),
    q("6", "question", "patients and their families were given enough notice of discharge",
      "Cllr Tariq Basran", "communication with families had not always been good enough",
      "Medical Director, CEUH", ["adult-social-care", "patient-and-public-input"]),
    q("6", "question", "queried the cost of the additional winter beds",
      None, "the beds would be paid for from the Better Care Fund",
      "Executive Director of Adult Social Services",
      ["adult-social-care", "finance", "integration"]),
    q("6", "request", "future reports show how many people were readmitted to hospital",
      "Cllr Simon Ottley", None, None, ["adult-social-care"]),
    q("6", "question", "a question from Cllr Brenda Mowle about staffing in the Transfer of Care Hub",
      "Cllr Brenda Mowle", "all of the social worker posts in the hub were filled",
      "Executive Director of Adult Social Services", ["adult-social-care", "workforce"]),
    q("6", "question", "providing the winter beds were rated good by the Care Quality Commission",
      "Vice-Chair", "beds were only commissioned in homes rated good or outstanding",
      "Director of Nursing and Quality, ICB",
      ["adult-social-care", "governance", "subcontracting"]),
    q("6", "comment", "housing teams in the district councils should be involved earlier in discharge planning",
      "Cllr Rachel Quayle",
      "a housing officer from Carrowgate City Council now attended the Transfer of Care Hub",
      "Executive Director of Adult Social Services",
      ["adult-social-care", "housing", "integration"]),
    q("6", "question", "the figures for pathway 1 in the table on page 24",
      "Chair", "undertook to circulate a corrected table to Members after the meeting",
      "Director of Commissioning", ["adult-social-care"]),
    q("6", "question", "what would happen if a home care provider handed back packages of care",
      "Chair", "reablement service could step in for short periods",
      "Cabinet Member for Adult Social Care", ["adult-social-care", "subcontracting"]),
    q("7", "question", "why response times in Brackmere were consistently worse than the county average",
      "Cllr Hugh Colkett",
      "two additional rapid response vehicles had been based at Saxby since October",
      "Sector Head of Operations", []),
    q("7", "concern", "raised concern about the morale of ambulance crews",
      "Cllr Rachel Quayle",
      "the Trust was offering wellbeing support and structured debriefs to crews",
      "Sector Head of Operations", ["workforce"]),
    q("7", "question", "asked when crews would be released from the emergency department",
      "Cllr Lorraine Edgefield",
      "the Trust had adopted the 45-minute release standard from 1 November 2025",
      "Medical Director, CEUH", []),
    q("7", "question", "asked whether ECAS could publish response times for each district council area",
      "Cllr Paul Fincham", None, None, []),
    q("7", "concern", "the overnight closure of the minor injuries unit at Holtby Community Hospital",
      None, "the closure was temporary, because of nurse vacancies",
      "Deputy Chief Operating Officer, ECHC", ["workforce", "primary-care"]),
    q("7", "question", "what help was available to older people living alone",
      "Cllr Peter Lusher",
      "clinicians in the control room called patients back while they waited",
      "Sector Head of Operations", ["adult-social-care"]),
    q("8", "question", "how Healthwatch decided which care homes to visit under its Enter and View powers",
      "Cllr Lorraine Edgefield",
      "visits were chosen using feedback from residents and families",
      "Chief Executive", ["patient-and-public-input", "adult-social-care", "governance"]),
    q("8", "request", "the experiences of people from ethnic minority communities using GP services",
      "Cllr Tariq Basran",
      "agreed to share the findings when the report was published in the spring",
      "Chief Executive", ["primary-care", "patient-and-public-input", "public-health"]),
    q("9", "request", "suggested that the Committee look at community pharmacy services",
      "Cllr Margaret Alderton",
      "the pharmaceutical needs assessment was due to be published in the spring",
      "Scrutiny and Health Partnerships Manager", ["primary-care"]),
]

RESOLUTIONS = [
    {"item": "2", "text": "were agreed as an accurate record of the meeting and signed by the Chair",
     "outcome": "agreed", "themes": []},
    {"item": "6", "text": "Note the report and the plans for hospital discharge and intermediate care",
     "outcome": "agreed", "themes": ["adult-social-care"]},
    {"item": "7", "text": "agreed to ask ECAS to provide response times for each district council area",
     "outcome": "agreed", "themes": []},
    {"item": "8", "text": "The Committee noted the Healthwatch Eastholt Annual Report 2024-25",
     "outcome": "noted", "themes": ["patient-and-public-input"]},
    {"item": "9", "text": "AGREED the forward work programme, with the addition of community pharmacy services",
     "outcome": "agreed", "themes": ["primary-care"]},
]


def attendees():
    out = []
    for cell, _council in PRESENT:
        m = re.match(r"(.*?)\s*\((Chair|Vice-Chair)\)$", cell)
        if m:
            out.append({"name": m.group(1), "role": m.group(2), "attendance": "present"})
        else:
            out.append({"name": cell, "role": None, "attendance": "present"})
    out.append({"name": "Cllr Peter Lusher", "role": None, "attendance": "present"})
    for name in ("Cllr Amanda Greaves", "Cllr Keith Salthouse", "Cllr Jo Harling"):
        out.append({"name": name, "role": None, "attendance": "apologies"})
    for name, role in ALSO_PRESENT:
        out.append({"name": name, "role": role, "attendance": "in_attendance"})
    return out


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-11-20",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees(),
    }


def briefing_gold():
    return {"document": BRIEFING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------

NUM_ID = 20
ABSTRACT_ID = 20


def numbering_xml():
    lvls = [
        ("decimal", "%1.", 567, 567, "Heading1"),
        ("decimal", "%1.%2", 567, 567, None),
        ("lowerLetter", "(%3)", 1134, 567, None),
        ("lowerRoman", "(%4)", 1701, 567, None),
        ("decimal", "%5.", 2268, 567, None),
        ("lowerLetter", "%6)", 2835, 567, None),
        ("lowerRoman", "%7.", 3402, 567, None),
        ("decimal", "%8.", 3969, 567, None),
        ("lowerLetter", "%9.", 4536, 567, None),
    ]
    parts = []
    for i, (fmt, text, left, hanging, pstyle) in enumerate(lvls):
        ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
        parts.append(
            f'<w:lvl w:ilvl="{i}" w:tplc="08090{i + 10:02d}F">'
            f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/>'
            f'{"<w:b/>" if i == 0 else ""}</w:rPr></w:lvl>')
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
        f'<w:nsid w:val="5E3B21C7"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="6C4A8E12"/>' + "".join(parts) + "</w:abstractNum>")
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>')
    return abstract, num


def install_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract, num = numbering_xml()
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    numbering.append(num)
    # Heading 1 is linked to level 0 of the list, as Word does with "Link level to style".
    h1 = doc.styles["Heading 1"]
    numpr = h1.element.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_numId().val = NUM_ID


def set_numpr(paragraph, ilvl, num_id=NUM_ID):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # kept in schema order
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def style_doc(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), "Arial")
    normal.paragraph_format.space_after = Pt(6)
    h1 = doc.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(12)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True
    h1rpr = h1.element.get_or_add_rPr()
    for el in h1rpr.findall(qn("w:rFonts")):
        h1rpr.remove(el)
    h1rpr.insert(0, parse_xml(
        f'<w:rFonts {nsdecls("w")} w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>'))


def add_field(run, instr, shown):
    r = run._r
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r.append(parse_xml(f'<w:t {nsdecls("w")}>{shown}</w:t>'))
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def header_footer(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Health Overview and Scrutiny Committee\t\t20 November 2025"
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.name = "Arial"
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r1 = fp.add_run("Page ")
        r2 = fp.add_run()
        add_field(r2, "PAGE", "1")
        r3 = fp.add_run(" of ")
        r4 = fp.add_run()
        add_field(r4, "NUMPAGES", "6")
        for r in (r1, r2, r3, r4):
            r.font.size = Pt(9)
            r.font.name = "Arial"


def attendance_table(doc, rows, widths=(Cm(7.3), Cm(9.2))):
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = widths
        for cell, text in ((cells[0], a), (cells[1], b)):
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.add_run(text)
    return t


def label(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p.add_run(text).bold = True
    return p


def build_minutes(path):
    doc = Document()
    style_doc(doc)
    install_numbering(doc)
    header_footer(doc)

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(COMMITTEE)
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(12)
    r = p.add_run("Minutes of the Meeting held on Thursday 20 November 2025 at 10am in the "
                  "Council Chamber, County Hall, Carrowgate")
    r.bold = True

    label(doc, "Present:")
    attendance_table(doc, PRESENT)
    label(doc, "Substitute Member Present:")
    attendance_table(doc, SUBSTITUTES)
    label(doc, "Also Present:")
    attendance_table(doc, ALSO_PRESENT)
    doc.add_paragraph()

    for kind, text in BLOCKS:
        if kind == "h1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "p":
            para = doc.add_paragraph(text)
            set_numpr(para, 1)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "a":
            para = doc.add_paragraph(text)
            set_numpr(para, 2)
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind in ("plain", "plain_i"):
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Cm(1.0)
            run = para.add_run(text)
            run.italic = kind == "plain_i"
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    doc.add_paragraph("The meeting ended at 12.41pm.")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Chair").bold = True
    doc.add_paragraph()
    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    cell = box.rows[0].cells[0]
    cp = cell.paragraphs[0]
    cp.add_run("If you need these minutes in large print, audio, Braille, alternative format or "
               "in a different language please contact Customer Services on 0344 800 4117 or "
               "18001 0344 800 4117 (Text Relay) and we will do our best to help.").font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Chris Lodden"
    cp.last_modified_by = "Chris Lodden"
    cp.title = "Minutes - Eastholt HOSC - 20 November 2025"
    cp.created = dt.datetime(2025, 11, 24, 14, 5, 0)
    cp.modified = dt.datetime(2025, 11, 27, 9, 30, 0)
    cp.revision = 4
    buf = io.BytesIO()
    doc.save(buf)
    write_deterministic_zip(buf.getvalue(), path)


def write_deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 27, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# The briefing (not minutes): a members' briefing sent between meetings.
# ---------------------------------------------------------------------------------------

class Briefing(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Eastholt Health Overview and Scrutiny Committee \u2013 Members\u2019 Briefing "
                  "\u2013 January 2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def build_briefing(path):
    pdf = Briefing(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("HOSC Members' Briefing January 2026")
    pdf.set_author("Eastholt County Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    def h(text, size=12):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text, num=None):
        pdf.set_font("DejaVu", "", 10.5)
        if num:
            x = pdf.get_x()
            pdf.cell(12, 5.6, num)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(x)
        else:
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def table(head, rows, widths):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_fill_color(220, 228, 238)
        with pdf.table(col_widths=widths, line_height=5.2, text_align="LEFT",
                       headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 238))) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            pdf.set_font("DejaVu", "", 9.5)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        pdf.ln(3)

    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, "Eastholt Health Overview and Scrutiny Committee",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Members\u2019 Briefing \u2013 January 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para("This briefing is prepared by the Scrutiny and Health Partnerships Manager and sent to "
         "Members of the Committee between meetings. It is not considered at a meeting unless a "
         "Member asks for a matter in it to be placed on an agenda. It brings together the "
         "responses received to questions that Members asked at the meeting on 20 November 2025, "
         "updates on matters that the Committee has been following, and the forward work "
         "programme.")

    h("1. Responses to questions raised at the meeting on 20 November 2025")
    h("1.1 Ambulance response times for each district council area", 11)
    para("Cllr Paul Fincham asked whether the Eastern Counties Ambulance Service NHS Trust (ECAS) "
         "could publish response times for each district council area, and the Committee agreed "
         "to ask ECAS for these figures for its next report. ECAS has responded that it will "
         "publish category 1 and category 2 mean response times for each district council area "
         "on its website every month from February 2026. The figures for December 2025 are "
         "below.")
    table(("District council area", "Category 1 mean", "Category 2 mean", "Change on Nov 2025"),
          [("Carrowgate", "7 min 41 s", "29 min 12 s", "\u2013 3 min 05 s"),
           ("Brackmere", "10 min 58 s", "46 min 30 s", "\u2013 1 min 48 s"),
           ("Redfen", "10 min 02 s", "44 min 11 s", "+ 0 min 52 s"),
           ("Saxby", "9 min 20 s", "39 min 47 s", "\u2013 4 min 10 s"),
           ("Swaffney", "9 min 44 s", "41 min 03 s", "\u2013 2 min 16 s"),
           ("West Eastholt", "11 min 16 s", "48 min 25 s", "\u2013 0 min 37 s"),
           ("Eastholt (all)", "9 min 12 s", "37 min 58 s", "\u2013 2 min 02 s")],
          (44, 38, 38, 42))
    h("1.2 Discharge to assess: corrected pathway 1 table", 11)
    para("The Chair asked at the meeting why the table of people waiting for support at home "
         "on pathway 1 showed higher numbers than the narrative of the report. Adult Social "
         "Services has provided the corrected figures, which separate people waiting for a new "
         "package of care from people waiting for a review of an existing package.")
    table(("Week ending", "Waiting for a new package", "Waiting for a review", "Total"),
          [("5 October 2025", "38", "27", "65"),
           ("12 October 2025", "41", "25", "66"),
           ("19 October 2025", "35", "29", "64"),
           ("26 October 2025", "33", "24", "57")],
          (42, 50, 42, 28))
    h("1.3 Readmissions within 30 days of discharge", 11)
    para("The ICB has confirmed that readmission rates, broken down by locality, will be "
         "included in the update to the Committee in June 2026, as the Committee requested. "
         "Members may wish to consider at that meeting: Are readmission rates higher for people "
         "discharged on pathway 1 than for those discharged to a short-term bed? What is being "
         "done to follow up people who are readmitted more than once?")

    h("2. Holtby Community Hospital minor injuries unit")
    para("Eastholt Community Health and Care NHS Trust has told the Committee that the minor "
         "injuries unit at Holtby Community Hospital will reopen overnight from 2 March 2026, "
         "after the recruitment of four emergency nurse practitioners. Until then the unit is "
         "open from 8am to 8pm every day. The Trust has asked whether the Committee would like a "
         "written report on the impact of the closure; Members are asked to let the Scrutiny "
         "and Health Partnerships Manager know by 6 February 2026 if they would like this to be "
         "added to the forward work programme.")

    h("3. Forward work programme")
    table(("Meeting", "Topic", "Organisations invited"),
          [("22 January 2026", "Mental health crisis services for adults, including the crisis "
            "line and the Carrowgate crisis caf\u00e9", "ICB; Eastholt and Yarbrook Mental Health "
            "NHS Foundation Trust"),
           ("12 March 2026", "Ambulance response times and handover delays \u2013 update",
            "ECAS; CEUH; ICB"),
           ("12 March 2026", "Stroke rehabilitation services \u2013 proposed changes",
            "ICB; ECHC"),
           ("11 June 2026", "Hospital discharge and intermediate care \u2013 update, including "
            "readmissions", "ICB; CEUH; ECHC; Adult Social Services"),
           ("To be confirmed (after April 2026)", "Community pharmacy services",
            "ICB; Community Pharmacy Eastholt")],
          (38, 74, 54))

    h("4. For information")
    para("The ICB has launched a public consultation on proposed changes to stroke "
         "rehabilitation services, which closes on 13 March 2026. The Committee will consider "
         "whether the proposals are a substantial variation in services at its meeting on 12 "
         "March 2026. Healthwatch Eastholt has published Enter and View reports on three care "
         "homes in the Redfen area, which are available on its website.")

    h("Contact")
    para("Nadia Fowler, Scrutiny and Health Partnerships Manager, Eastholt County Council, "
         "County Hall, Carrowgate. Email: hosc@eastholt.gov.uk. Telephone: 01632 960 418.")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "If you need this document in large print, audio, Braille, alternative "
                   "format or in a different language please contact Customer Services on 0344 "
                   "800 4117 or 18001 0344 800 4117 (Text Relay) and we will do our best to help.",
                   border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(" " if unicodedata.category(c).startswith("Z") else c for c in s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith(("P", "S")))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_file in sorted(GOLD.glob("ir-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        path = DOCS / g["document"]
        if not path.exists():
            print(f"MISSING {path}")
            ok = False
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1:
                print(f"FAIL {g['document']}: {kind} phrase found {n} times: {ph!r}")
                ok = False
            if not 6 <= words <= 15:
                print(f"FAIL {g['document']}: {kind} phrase has {words} words: {ph!r}")
                ok = False
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                print(f"FAIL {g['document']}: attendee not found: {a['name']!r}")
                ok = False
            if a.get("role") and norm(a["role"]) not in text:
                print(f"FAIL {g['document']}: role not found: {a['role']!r}")
                ok = False
        for it in g.get("items", []):
            if norm(it["title"]) not in text:
                print(f"FAIL {g['document']}: item title not found: {it['title']!r}")
                ok = False
        print(f"{g['document']}: {len(phrases)} phrases checked, {len(text.split())} words")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_briefing(DOCS / BRIEFING_NAME)
    for g in (minutes_gold(), briefing_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}\nwrote gold files")


if __name__ == "__main__":
    main()
