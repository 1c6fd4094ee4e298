#!/usr/bin/env python3
"""Build the "bn-" documents of the other-councils evaluation set and their gold annotations.

    build_bn.py           # build documents and gold
    build_bn.py --check   # verify gold phrases occur once in each document

Deterministic: fixed dates, no randomness.
"""
import copy
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
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# Document 1: county Health Scrutiny Committee PDF (fpdf2)
# ---------------------------------------------------------------------------
PDF_NAME = "bn-wessmoor-health-scrutiny-committee-2025-06-18.pdf"
PDF_DATE = "18 June 2025"

# Soft hyphens (SHY) mark where long words may be broken across line ends.
def h(text):
    """Insert soft hyphens into some long words so justified lines break them."""
    breaks = {
        "consultation": "consul" + SHY + "tation",
        "Consultation": "Consul" + SHY + "tation",
        "commissioned": "commis" + SHY + "sioned",
        "attendances": "atten" + SHY + "dances",
        "recommissioning": "recom" + SHY + "mis" + SHY + "sioning",
        "representatives": "repre" + SHY + "sen" + SHY + "tatives",
        "arrangements": "arrange" + SHY + "ments",
        "performance": "perfor" + SHY + "mance",
        "Officer": "Offi" + SHY + "cer",
        "transformation": "transfor" + SHY + "mation",
        "department": "depart" + SHY + "ment",
        "information": "infor" + SHY + "mation",
        "independent": "inde" + SHY + "pendent",
        "improvement": "improve" + SHY + "ment",
        "community": "com" + SHY + "munity",
        "monitoring": "moni" + SHY + "toring",
        "particularly": "particu" + SHY + "larly",
        "modelling": "model" + SHY + "ling",
        "reablement": "reable" + SHY + "ment",
        "discharges": "dis" + SHY + "charges",
        "provider": "pro" + SHY + "vider",
    }
    for k, v in breaks.items():
        text = re.sub(r"\b%s\b" % k, v, text)
    return text


PDF_ATTENDANCE = [
    ("Present:", "County Councillors Mrs P A Tranter (Chairman), R J Ollerenshaw (Vice-Chairman), "
     "D Akinola, Mrs S Beddoes, K Farrant, H Lucas-Penrose and T Whitcombe; District Councillors "
     "M Caddick (Eastvale District Council) and Mrs J Penhaligon (Borough of Wessbury) (co-opted)"),
    ("Also present:", "Ms A Rushworth (Executive Director of Adult Social Services and Health), "
     "Dr L Okonjo (Director of Public Health), Mr G Heppell (Chief Operating Officer, Wessmoor and "
     "Tamar Integrated Care Board), Ms F Dannatt (Director of People and Organisational "
     "Development, Wessmoor Community Health NHS Trust) and Mr C Ibbotson (Senior Democratic "
     "Services Officer)"),
]

# item: (number, title, [blocks]); block kinds: ("p", num, text), ("lead", num, text, [points]),
PDF_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "1.1", "Apologies for absence were received from County Councillor B Yelland. "
         "County Councillor T Whitcombe attended as a substitute for County Councillor Yelland "
         "for this meeting."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "2.1", "County Councillor Mrs S Beddoes declared a non-pecuniary interest in item 5 "
         "(Home Care Recommissioning) as a close family member receives home care arranged by the "
         "County Council. She remained in the meeting and took part in the discussion."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "3.1", "RESOLVED that the minutes of the meeting held on 9 April 2025 be confirmed "
         "as a correct record and signed by the Chairman."),
    ]),
    ("4", "Integrated Care Board: Urgent Care Review", [
        ("p", "4.1", "Mr G Heppell, Chief Operating Officer of the Wessmoor and Tamar Integrated "
         "Care Board (ICB), introduced the report, which set out the emerging findings of the "
         "review of urgent care across the county, including the minor injuries units at Tamar "
         "Vale, Ashcombe and Pelham Cross, the NHS 111 service and the two emergency departments. "
         "He explained that overnight attendances at Tamar Vale had averaged four per night over "
         "the past year and that the unit had closed overnight on 61 occasions because of "
         "staffing gaps."),
        ("lead", "4.2", "Members raised the following issues:", [
            ("(a)", "Whether any change to overnight opening at the Tamar Vale minor injuries unit "
             "would be subject to public consultation – Response: the Chief Operating Officer "
             "confirmed that a formal twelve week consultation would begin in September if the "
             "ICB Board agreed a preferred option in July, and that the Committee would be "
             "consulted as a statutory consultee."),
            ("(b)", "Concern that residents in the west of the county would face journeys of "
             "more than forty minutes to the nearest emergency department – Response: travel time "
             "modelling showed that 92 per cent of residents would remain within forty-five minutes "
             "by car, and the ICB was working with the ambulance service and the community "
             "transport schemes on options for people without a car."),
            ("(c)", "County Councillor Akinola asked how many overnight attendances had been "
             "genuinely urgent rather than suitable for a GP appointment the following day – "
             "Response: an audit of attendances was being finalised and the Chief Operating "
             "Officer undertook to circulate the audit findings to Members after the meeting."),
            ("(d)", "The Vice-Chairman commented that the review documents were difficult for "
             "members of the public to follow and should be rewritten in plain English before "
             "any consultation took place."),
        ]),
        ("p", "4.3", "RESOLVED that the Committee: (1) notes the emerging findings of the "
         "Urgent Care Review; (2) asks the ICB to share the draft consultation document with the "
         "Committee before it is published; and (3) requests a further report on transport "
         "arrangements for patients without access to a car at its September meeting."),
    ]),
    ("5", "Home Care Recommissioning", [
        ("p", "5.1", "Ms A Rushworth, Executive Director of Adult Social Services and Health, "
         "presented the proposals for recommissioning home care from April 2026. The current "
         "framework of 38 providers would be replaced by eight geographical lots, each with a "
         "lead provider and a number of approved providers, and the County Council spent "
         "approximately £54 million a year on commissioned home care."),
        ("lead", "5.2", "Members raised the following issues:", [
            ("(a)", "Concern that most of the lots were likely to be won by large private "
             "providers whose profits would leave the county – Response: the Executive Director "
             "said that the evaluation gave weight to local presence and social value, and that "
             "smaller local agencies had been helped to bid through a series of provider "
             "workshops."),
            ("(b)", "Whether the proposed hourly rate would allow care workers to be paid at "
             "least the real living wage – Response: the proposed rate of £25.10 per hour had "
             "been costed on that basis and payment of the real living wage would be a contract "
             "condition checked through quarterly monitoring."),
            ("(c)", "County Councillor Farrant asked whether the in-house reablement team would be "
             "kept for people leaving hospital – Response: the reablement service would remain "
             "in-house and would be expanded by twelve posts to support hospital discharges at "
             "weekends."),
        ]),
        ("p", "5.3", "RESOLVED that the Committee: (1) recommends to the Cabinet that payment of "
         "the real living wage be a condition of every home care contract; and (2) recommends "
         "that contract monitoring reports be shared with the Committee every six months."),
    ]),
    ("6", "Public Health: Stop Smoking Service Contract Award", [
        ("p", "6.1", "Dr L Okonjo, Director of Public Health, reported on the outcome of the "
         "tender for the integrated stop smoking service, which had been awarded to Clearbreath "
         "Health Ltd for three years from 1 October 2025 with the option of a two year "
         "extension. Smoking prevalence in the county stood at 12.4 per cent, with rates of "
         "over 20 per cent in parts of Eastvale."),
        ("lead", "6.2", "Members raised the following issues:", [
            ("(a)", "Whether awarding the contract to a national company would lose the local "
             "knowledge of the existing advisers – Response: the Director of Public Health "
             "advised that quality had been weighted at sixty per cent and all existing advisers "
             "would transfer to the new provider under TUPE."),
            ("(b)", "A request that quit rates be reported separately for pregnant women and for "
             "residents of the most deprived areas – Response: the Director agreed and said these "
             "measures would be added to the quarterly public health dashboard from October."),
            ("(c)", "Concern about the rapid rise in vaping among secondary school pupils – "
             "Response: Trading Standards and schools were running a joint campaign and the "
             "Director would say more about it in her annual report in the autumn."),
        ]),
        ("p", "6.3", "RESOLVED that the Committee notes the award of the stop smoking service "
         "contract and the performance measures set out in the report."),
    ]),
    ("7", "Wessmoor Community Health NHS Trust: Workforce Plan", [
        ("p", "7.1", "Ms F Dannatt, Director of People and Organisational Development, presented "
         "the Trust's workforce plan for 2025 to 2028. Vacancy rates in community nursing had "
         "fallen from 14 per cent to 9 per cent over the year, although recruitment of "
         "occupational therapists remained difficult."),
        ("lead", "7.2", "Members raised the following issues:", [
            ("(a)", "Concern about continued reliance on agency nurses in the district nursing "
             "teams and the cost to the Trust – Response: agency spend had fallen from £6.1 "
             "million to £3.8 million in the year and the Trust aimed to end the use of "
             "off-framework agencies by March 2026."),
            ("(b)", "Whether district nurse vacancies were delaying the discharge of patients from "
             "the community hospitals – Response: the Director accepted that there had been "
             "delays in the north of the county and said a joint recruitment campaign with the "
             "County Council was under way."),
            ("(c)", "District Councillor Caddick requested figures on staff sickness absence "
             "caused by stress, anxiety and depression – Response: the figure was 31 per cent of "
             "all absence and the Director undertook to provide a breakdown by staff group."),
        ]),
        ("p", "7.3", "RESOLVED that the Committee: (1) notes the Trust's workforce plan; and "
         "(2) asks the Trust to report back in January 2026 on progress in reducing agency spend."),
    ]),
    ("8", "Work Programme", [
        ("p", "8.1", "Mr C Ibbotson, Senior Democratic Services Officer, presented the "
         "Committee's work programme for 2025/26."),
        ("p", "8.2", "County Councillor Lucas-Penrose asked that waiting times for children's "
         "mental health services be added to the programme. The Chairman agreed that the ICB and "
         "the CAMHS provider would be invited to the November meeting."),
        ("p", "8.3", "RESOLVED that the work programme be approved, subject to the addition of "
         "CAMHS waiting times at the November meeting."),
    ]),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-06-18",
    "items": [{"number": n, "title": t} for n, t, _ in PDF_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "would be subject to public consultation",
         "asked_by": None,
         "answer": "formal twelve week consultation would begin in September if the",
         "given_by": "the Chief Operating Officer",
         "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "concern",
         "text": "residents in the west of the county would face journeys of",
         "asked_by": None,
         "answer": "92 per cent of residents would remain within forty-five minutes",
         "given_by": None,
         "themes": []},
        {"item": "4", "kind": "question",
         "text": "genuinely urgent rather than suitable for a GP appointment",
         "asked_by": "County Councillor Akinola",
         "answer": "undertook to circulate the audit findings to Members after the meeting",
         "given_by": "the Chief Operating Officer",
         "themes": ["primary-care"]},
        {"item": "4", "kind": "comment",
         "text": "the review documents were difficult for members of the public to follow",
         "asked_by": "The Vice-Chairman",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "5", "kind": "concern",
         "text": "most of the lots were likely to be won by large private providers",
         "asked_by": None,
         "answer": "the evaluation gave weight to local presence and social value",
         "given_by": "the Executive Director",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "Whether the proposed hourly rate would allow care workers to be paid",
         "asked_by": None,
         "answer": "the proposed rate of £25.10 per hour had been costed on that basis",
         "given_by": None,
         "themes": ["workforce", "finance", "adult-social-care", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the in-house reablement team would be kept for people leaving hospital",
         "asked_by": "County Councillor Farrant",
         "answer": "would be expanded by twelve posts to support hospital discharges at weekends",
         "given_by": None,
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "Whether awarding the contract to a national company would lose the local knowledge",
         "asked_by": None,
         "answer": "quality had been weighted at sixty per cent and all existing advisers",
         "given_by": "the Director of Public Health",
         "themes": ["subcontracting", "public-health", "workforce"]},
        {"item": "6", "kind": "request",
         "text": "quit rates be reported separately for pregnant women and for residents",
         "asked_by": None,
         "answer": "added to the quarterly public health dashboard from October",
         "given_by": "the Director",
         "themes": ["public-health"]},
        {"item": "6", "kind": "concern",
         "text": "Concern about the rapid rise in vaping among secondary school pupils",
         "asked_by": None,
         "answer": "Trading Standards and schools were running a joint campaign",
         "given_by": None,
         "themes": ["public-health", "children-and-families"]},
        {"item": "7", "kind": "concern",
         "text": "continued reliance on agency nurses in the district nursing teams",
         "asked_by": None,
         "answer": "agency spend had fallen from £6.1 million to £3.8 million",
         "given_by": None,
         "themes": ["workforce", "finance"]},
        {"item": "7", "kind": "question",
         "text": "Whether district nurse vacancies were delaying the discharge of patients",
         "asked_by": None,
         "answer": "a joint recruitment campaign with the County Council was under way",
         "given_by": "the Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "7", "kind": "request",
         "text": "requested figures on staff sickness absence caused by stress, anxiety and depression",
         "asked_by": "District Councillor Caddick",
         "answer": "the figure was 31 per cent of all absence",
         "given_by": "the Director",
         "themes": ["workforce", "mental-health"]},
        {"item": "8", "kind": "request",
         "text": "asked that waiting times for children's mental health services be added",
         "asked_by": "County Councillor Lucas-Penrose",
         "answer": "the CAMHS provider would be invited to the November meeting",
         "given_by": "The Chairman",
         "themes": ["mental-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 9 April 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "asks the ICB to share the draft consultation document with the Committee",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "5", "text": "recommends to the Cabinet that payment of the real living wage",
         "outcome": "recommended", "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "6", "text": "notes the award of the stop smoking service contract",
         "outcome": "noted", "themes": ["public-health", "subcontracting"]},
        {"item": "7", "text": "asks the Trust to report back in January 2026 on progress",
         "outcome": "agreed", "themes": ["workforce", "finance"]},
        {"item": "8", "text": "the work programme be approved, subject to the addition of",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
    ],
    "attendees": [
        {"name": "Mrs P A Tranter", "role": "Chairman", "attendance": "present"},
        {"name": "R J Ollerenshaw", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "D Akinola", "role": None, "attendance": "present"},
        {"name": "Mrs S Beddoes", "role": None, "attendance": "present"},
        {"name": "K Farrant", "role": None, "attendance": "present"},
        {"name": "H Lucas-Penrose", "role": None, "attendance": "present"},
        {"name": "T Whitcombe", "role": None, "attendance": "present"},
        {"name": "M Caddick", "role": "Eastvale District Council", "attendance": "present"},
        {"name": "Mrs J Penhaligon", "role": "Borough of Wessbury", "attendance": "present"},
        {"name": "B Yelland", "role": None, "attendance": "apologies"},
        {"name": "Ms A Rushworth", "role": "Executive Director of Adult Social Services and Health",
         "attendance": "in_attendance"},
        {"name": "Dr L Okonjo", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr G Heppell", "role": "Chief Operating Officer, Wessmoor and Tamar Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Ms F Dannatt",
         "role": "Director of People and Organisational Development, Wessmoor Community Health NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Mr C Ibbotson", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


def pdf_source_text():
    parts = ["WESSMOOR COUNTY COUNCIL", "HEALTH SCRUTINY COMMITTEE",
             "Minutes of the meeting held at County Hall, Wessbury on Wednesday, 18 June 2025 at 10.00 am"]
    for label, text in PDF_ATTENDANCE:
        parts.append(label + " " + text)
    for num, title, blocks in PDF_ITEMS:
        parts.append(f"{num}. {title}")
        for b in blocks:
            if b[0] == "p":
                parts.append(f"{b[1]} {b[2]}")
            else:
                parts.append(f"{b[1]} {b[2]}")
                for letter, t in b[3]:
                    parts.append(f"{letter} {t}")
    return "\n".join(parts)


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, "Wessmoor County Council – Health Scrutiny Committee – "
                          "Wednesday, 18 June 2025", align="R")
                self.ln(4)
                self.set_draw_color(150, 150, 150)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(6)
                self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-18)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(60, 60, 60)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(1.5)
            w = (self.w - self.l_margin - self.r_margin) / 3
            self.cell(w, 5, PDF_DATE)
            self.cell(w, 5, "Health Scrutiny Committee", align="C")
            self.cell(w, 5, f"Page {self.page_no()}", align="R")
            self.ln(5)
            self.cell(0, 5, "Chairman's initials ............", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 6, 27, 9, 15, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - Health Scrutiny Committee - 18 June 2025")
    pdf.set_author("Democratic Services, Wessmoor County Council")
    pdf.set_producer("Wessmoor CC committee system")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, "WESSMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "HEALTH SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held at County Hall, Wessbury on Wednesday, "
                   "18 June 2025 at 10.00 am", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    body_w = pdf.w - pdf.l_margin - pdf.r_margin
    for label, text in PDF_ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(30, 5, label)
        pdf.set_xy(pdf.l_margin + 30, y)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(body_w - 30, 5, h(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)

    for num, title, blocks in PDF_ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "BI", 10.5)
        pdf.cell(12, 6, f"{num}.")
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for b in blocks:
            pdf.set_font("DejaVu", "", 9.5)
            y = pdf.get_y()
            pdf.cell(12, 5, b[1])
            pdf.set_xy(pdf.l_margin + 12, y)
            if b[0] == "p":
                pdf.multi_cell(body_w - 12, 5, h(b[2]), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            else:
                pdf.multi_cell(body_w - 12, 5, b[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
                for letter, t in b[3]:
                    y = pdf.get_y()
                    if y > pdf.h - 35:
                        pdf.add_page()
                        y = pdf.get_y()
                    pdf.set_x(pdf.l_margin + 12)
                    pdf.cell(10, 5, letter)
                    pdf.set_xy(pdf.l_margin + 22, y)
                    pdf.multi_cell(body_w - 22, 5, h(t), align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(1)

    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "The meeting ended at 12.52 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "CHAIRMAN ........................................", align="R")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Document 2: borough Overview and Scrutiny Management Board DOCX (python-docx)
# ---------------------------------------------------------------------------
DOCX_NAME = "bn-hollinbrook-overview-scrutiny-management-board-2025-09-09.docx"

DOCX_PRESENT = ("Present: Councillors R Stanbridge (Chair), A Kowalczyk (Vice-Chair), J Ashworth, "
                "T Begum, P Devereux, L Hargreaves, S McAllister and N Osei")
DOCX_APOLOGIES = "Apologies for absence: Councillor W Pritchard"
DOCX_ATTENDING = ("In attendance: Councillor D Fairhurst (Cabinet Member for Housing and "
                  "Neighbourhoods), Councillor H Lam (Cabinet Member for Children and Families), "
                  "Karen Whiteley (Strategic Director of Resources and Section 151 Officer), "
                  "Imran Choudhury (Assistant Director, Housing Solutions and Homelessness), "
                  "Rebecca Ormerod (Director of Children's Services), Michael Tennant (Head of "
                  "Procurement and Commercial Services) and Sian Pugh (Democratic Services Officer)")

FIRST_MINUTE = 31
# items: (title, [intro paragraphs], [(point, response or None)], [resolution bullets])
DOCX_ITEMS = [
    ("Apologies for Absence and Substitutions",
     ["Apologies for absence were received from Councillor W Pritchard. There were no "
      "substitutions."], [], []),
    ("Declarations of Interest",
     ["Councillor P Devereux declared a non-registrable interest in Minute 35 (Children's "
      "Placements Sufficiency Strategy) as an approved foster carer for the Council. She took part "
      "in the discussion but did not vote."], [], []),
    ("Minutes of the Previous Meeting",
     [], [],
     ["That the minutes of the meeting held on 15 July 2025 be approved as a correct record "
      "and signed by the Chair."]),
    ("Temporary Accommodation Pressures",
     ["Councillor D Fairhurst, Cabinet Member for Housing and Neighbourhoods, introduced the "
      "report. The number of households in temporary accommodation had risen from 212 to 347 in "
      "eighteen months, 61 of them in bed and breakfast, and the forecast overspend on temporary "
      "accommodation for 2025/26 was £2.9 million."],
     [("Councillor Begum asked how many families with children had been in bed and breakfast "
       "for longer than the six week legal limit.",
       "The Assistant Director confirmed that 14 families had exceeded six weeks at the end of "
       "August and each case was reviewed weekly by a senior manager."),
      ("Members expressed concern that the Council was paying nightly rates of up to £95 to "
       "private hotel operators outside the borough.",
       "Officers explained that a block booking arrangement with two local providers had reduced "
       "the average nightly rate to £58 from July."),
      ("Councillor Osei requested that the Board receive details of the proposal to buy 40 homes "
       "for use as temporary accommodation.",
       "The Cabinet Member agreed to circulate the business case once it had been considered by "
       "Cabinet in October."),
      ("Councillor McAllister commented that the housing register review had not involved "
       "tenants or people with lived experience of homelessness.",
       None)],
     ["That the report be noted.",
      "That the Board endorses the proposed acquisition programme in principle and asks to "
      "review the business case before the Cabinet decision."]),
    ("Children's Placements Sufficiency Strategy",
     ["Rebecca Ormerod, Director of Children's Services, presented the draft sufficiency "
      "strategy. Of the 296 children in care, 71 were placed in residential children's homes and "
      "the average weekly cost of an external residential placement was now £6,420."],
     [("Councillor Ashworth asked what proportion of residential placements were with "
       "providers owned by private equity firms.",
       "The Director said that 58 of the 71 residential placements were with independent "
       "providers, of which around half were owned by private equity or investment firms."),
      ("Members asked whether the plan to open two council-run children's homes was realistic "
       "given recruitment difficulties.",
       "Officers advised that registered manager posts for both homes had been filled and a "
       "recruitment campaign for residential care workers would start in October."),
      ("Councillor Devereux requested an update on fostering allowances compared with "
       "neighbouring councils.",
       "The Director undertook to provide a comparison of fostering allowances across the region "
       "before the next meeting.")],
     ["That the draft Placements Sufficiency Strategy be endorsed.",
      "That the Board receive a progress report on the council-run children's homes in March 2026."]),
    ("Procurement Strategy and Social Value",
     ["Michael Tennant, Head of Procurement and Commercial Services, introduced the refreshed "
      "procurement strategy, which reflected the Procurement Act 2023 and increased the minimum "
      "weighting for social value from 10 to 15 per cent."],
     [("Councillor Hargreaves asked how the Council would check that contractors actually "
       "delivered the social value commitments in their bids.",
       "The Head of Procurement explained that commitments would be written into contracts as "
       "key performance indicators and reported to the contract management board."),
      ("Concern was expressed that small local businesses and the voluntary sector found the "
       "tendering process too complex.",
       "Officers said that a simplified process would be used for contracts under £100,000 and "
       "supplier events were planned for November."),
      ("The Vice-Chair asked whether the strategy would consider bringing services back in-house "
       "when contracts expired.",
       "The Head of Procurement confirmed that an options appraisal, including in-house "
       "provision, would be required before any contract over £500,000 was re-let.")],
     ["That the Board recommends to Cabinet that the Procurement Strategy 2025–2029 be adopted, "
      "subject to an annual report on social value outcomes being submitted to this Board."]),
    ("Quarter 1 Budget Monitoring 2025/26",
     ["Karen Whiteley, Strategic Director of Resources and Section 151 Officer, presented the "
      "quarter 1 position, which showed a forecast overspend of £4.6 million, mainly on temporary "
      "accommodation, children's placements and home to school transport."],
     [("Councillor Stanbridge asked what level of reserves would remain if the overspend was not "
       "reduced by the year end.",
       "The Strategic Director said that general reserves would fall to £9.2 million, below the "
       "minimum level recommended in the budget report."),
      ("Councillor Kowalczyk questioned whether the savings from the transport review were still "
       "achievable this year.",
       "Officers advised that £0.8 million of the £1.5 million saving was now at risk because of "
       "the delayed retender of transport routes.")],
     ["That the quarter 1 budget monitoring position be noted."]),
    ("Work Programme 2025/26",
     ["The Democratic Services Officer presented the work programme."], [],
     ["That the work programme be agreed, with the addition of a review of home to school "
      "transport at the December meeting."]),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Management Board",
    "meeting_date": "2025-09-09",
    "items": [{"number": str(FIRST_MINUTE + i), "title": t} for i, (t, *_r) in enumerate(DOCX_ITEMS)],
    "questions": [
        {"item": "34", "kind": "question",
         "text": "how many families with children had been in bed and breakfast",
         "asked_by": "Councillor Begum",
         "answer": "14 families had exceeded six weeks at the end of August",
         "given_by": "The Assistant Director",
         "themes": ["housing", "children-and-families"]},
        {"item": "34", "kind": "concern",
         "text": "paying nightly rates of up to £95 to private hotel operators",
         "asked_by": None,
         "answer": "reduced the average nightly rate to £58 from July",
         "given_by": "Officers",
         "themes": ["housing", "finance", "privatisation"]},
        {"item": "34", "kind": "request",
         "text": "receive details of the proposal to buy 40 homes",
         "asked_by": "Councillor Osei",
         "answer": "agreed to circulate the business case once it had been considered",
         "given_by": "The Cabinet Member",
         "themes": ["housing"]},
        {"item": "34", "kind": "comment",
         "text": "the housing register review had not involved tenants or people with lived experience",
         "asked_by": "Councillor McAllister",
         "answer": None,
         "given_by": None,
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "35", "kind": "question",
         "text": "what proportion of residential placements were with providers owned by private equity",
         "asked_by": "Councillor Ashworth",
         "answer": "around half were owned by private equity or investment firms",
         "given_by": "The Director",
         "themes": ["privatisation", "children-and-families", "subcontracting"]},
        {"item": "35", "kind": "question",
         "text": "the plan to open two council-run children's homes was realistic",
         "asked_by": None,
         "answer": "registered manager posts for both homes had been filled",
         "given_by": "Officers",
         "themes": ["children-and-families", "workforce", "privatisation"]},
        {"item": "35", "kind": "request",
         "text": "requested an update on fostering allowances compared with neighbouring councils",
         "asked_by": "Councillor Devereux",
         "answer": "undertook to provide a comparison of fostering allowances across the region",
         "given_by": "The Director",
         "themes": ["children-and-families", "finance"]},
        {"item": "36", "kind": "question",
         "text": "how the Council would check that contractors actually delivered the social value",
         "asked_by": "Councillor Hargreaves",
         "answer": "written into contracts as key performance indicators",
         "given_by": "The Head of Procurement",
         "themes": ["subcontracting", "governance"]},
        {"item": "36", "kind": "concern",
         "text": "small local businesses and the voluntary sector found the tendering process too complex",
         "asked_by": None,
         "answer": "a simplified process would be used for contracts under £100,000",
         "given_by": "Officers",
         "themes": ["subcontracting"]},
        {"item": "36", "kind": "question",
         "text": "whether the strategy would consider bringing services back in-house",
         "asked_by": "The Vice-Chair",
         "answer": "an options appraisal, including in-house provision, would be required",
         "given_by": "The Head of Procurement",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "37", "kind": "question",
         "text": "what level of reserves would remain if the overspend was not reduced",
         "asked_by": "Councillor Stanbridge",
         "answer": "general reserves would fall to £9.2 million",
         "given_by": "The Strategic Director",
         "themes": ["finance"]},
        {"item": "37", "kind": "question",
         "text": "questioned whether the savings from the transport review were still achievable",
         "asked_by": "Councillor Kowalczyk",
         "answer": "saving was now at risk because of the delayed retender of transport routes",
         "given_by": "Officers",
         "themes": ["finance", "subcontracting"]},
    ],
    "resolutions": [
        {"item": "33", "text": "minutes of the meeting held on 15 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "34", "text": "endorses the proposed acquisition programme in principle",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "35", "text": "That the draft Placements Sufficiency Strategy be endorsed",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "36", "text": "recommends to Cabinet that the Procurement Strategy 2025–2029 be adopted",
         "outcome": "recommended", "themes": ["subcontracting"]},
        {"item": "37", "text": "That the quarter 1 budget monitoring position be noted",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "38", "text": "the work programme be agreed, with the addition of a review",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": "R Stanbridge", "role": "Chair", "attendance": "present"},
        {"name": "A Kowalczyk", "role": "Vice-Chair", "attendance": "present"},
        {"name": "J Ashworth", "role": None, "attendance": "present"},
        {"name": "T Begum", "role": None, "attendance": "present"},
        {"name": "P Devereux", "role": None, "attendance": "present"},
        {"name": "L Hargreaves", "role": None, "attendance": "present"},
        {"name": "S McAllister", "role": None, "attendance": "present"},
        {"name": "N Osei", "role": None, "attendance": "present"},
        {"name": "W Pritchard", "role": None, "attendance": "apologies"},
        {"name": "Councillor D Fairhurst", "role": "Cabinet Member for Housing and Neighbourhoods",
         "attendance": "in_attendance"},
        {"name": "Councillor H Lam", "role": "Cabinet Member for Children and Families",
         "attendance": "in_attendance"},
        {"name": "Karen Whiteley", "role": "Strategic Director of Resources and Section 151 Officer",
         "attendance": "in_attendance"},
        {"name": "Imran Choudhury", "role": "Assistant Director, Housing Solutions and Homelessness",
         "attendance": "in_attendance"},
        {"name": "Rebecca Ormerod", "role": "Director of Children's Services",
         "attendance": "in_attendance"},
        {"name": "Michael Tennant", "role": "Head of Procurement and Commercial Services",
         "attendance": "in_attendance"},
        {"name": "Sian Pugh", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sian Pugh"
    cp.last_modified_by = "Sian Pugh"
    cp.title = "Overview and Scrutiny Management Board - Minutes - 9 September 2025"
    cp.created = dt.datetime(2025, 9, 12, 10, 0, 0)
    cp.modified = dt.datetime(2025, 9, 15, 14, 30, 0)
    cp.revision = 3

    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    # Automatic outline numbering "Minute %1" attached to Heading 3
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading3"/><w:lvlText w:val="Minute %%1"/><w:lvlJc w:val="left"/>'
        '<w:suff w:val="tab"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1418"/></w:tabs>'
        '<w:ind w:left="1418" w:hanging="1418"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % FIRST_MINUTE)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    h3 = d.styles["Heading 3"]
    h3.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    h3.font.size = Pt(12)
    h3_ppr = h3.element.get_or_add_pPr()
    h3_ppr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))

    # Header / footer
    hdr = sec.header.paragraphs[0]
    hdr.text = "Hollinbrook Borough Council\tOverview and Scrutiny Management Board\t9 September 2025"
    hdr.runs[0].font.size = Pt(8)
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ftr.add_run("Page ")
    r.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = ftr.add_run()
        run.font.size = Pt(8)
        if kind:
            run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        else:
            run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {text} </w:instrText>'))
    r = ftr.add_run("\tChair's initials ..........")
    r.font.size = Pt(8)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("HOLLINBROOK BOROUGH COUNCIL")
    rr.bold = True
    rr.font.size = Pt(14)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("Minutes of the Overview and Scrutiny Management Board")
    rr.bold = True
    t = d.add_paragraph("held on Tuesday 9 September 2025 at 6.30 pm in the Council Chamber, "
                        "Town Hall, Hollinbrook")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for text in (DOCX_PRESENT, DOCX_APOLOGIES, DOCX_ATTENDING):
        p = d.add_paragraph()
        label, rest = text.split(":", 1)
        b = p.add_run(label + ":")
        b.bold = True
        p.add_run(rest)
        p.paragraph_format.space_after = Pt(6)

    def borderless(table):
        tblPr = table._tbl.tblPr
        tblPr.append(parse_xml(
            f'<w:tblBorders {nsdecls("w")}>' + "".join(
                f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + '</w:tblBorders>'))

    def cell_bullet(cell, text, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.style = d.styles["List Bullet"]
        p.add_run(text)
        return p

    for i, (title, intro, rows, res) in enumerate(DOCX_ITEMS):
        d.add_paragraph(title, style="Heading 3")
        for para in intro:
            p = d.add_paragraph(para)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if rows:
            tbl = d.add_table(rows=1, cols=2)
            borderless(tbl)
            hdr_cells = tbl.rows[0].cells
            for c, txt in zip(hdr_cells, ("Points raised by Members", "Officer responses")):
                rr = c.paragraphs[0].add_run(txt)
                rr.bold = True
                rr.underline = True
            for point, resp in rows:
                cells = tbl.add_row().cells
                cell_bullet(cells[0], point)
                if resp:
                    cell_bullet(cells[1], resp)
            for row in tbl.rows:
                row.cells[0].width = Cm(8.3)
                row.cells[1].width = Cm(8.3)
            d.add_paragraph()
        if res:
            p = d.add_paragraph()
            p.add_run("The Board RESOLVED:").bold = True
            for rtext in res:
                d.add_paragraph(rtext, style="List Bullet")

    p = d.add_paragraph("The meeting closed at 8.41 pm.")
    p = d.add_paragraph("Chair ..............................")

    buf = io.BytesIO()
    d.save(buf)
    # Rewrite the zip with fixed timestamps so the build is byte-for-byte stable.
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 15, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def docx_source_text(path):
    import docx
    d = docx.Document(str(path))
    out = []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in el.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
        elif tag == "tbl":
            for t in el.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
                out.append(t.text or "")
    return "\n".join(out)


# ---------------------------------------------------------------------------
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " " + " ".join(s.split()) + " "


def check_gold(gold, source, label):
    ok = True
    src = norm(source)
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n_words = len(ph.split())
        c = src.count(norm(ph))
        if c != 1 or not (6 <= n_words <= 15):
            ok = False
            print(f"FAIL {label}: {kind} {ph!r} occurs {c} times, {n_words} words")
    print(f"{label}: {len(phrases)} phrases checked, {'OK' if ok else 'FAILED'}")
    return ok


def pdf_extracted_text(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    # de-hyphenate words broken across line ends
    return re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", text)


def main():
    check = "--check" in sys.argv
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pdf_path = DOCS / PDF_NAME
    docx_path = DOCS / DOCX_NAME
    if not check:
        build_pdf(pdf_path)
        build_docx(docx_path)
        for gold, name in ((PDF_GOLD, PDF_NAME), (DOCX_GOLD, DOCX_NAME)):
            (GOLD / (Path(name).stem + ".json")).write_text(
                json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("built", pdf_path.name, docx_path.name)
    ok = True
    ok &= check_gold(PDF_GOLD, pdf_source_text(), PDF_NAME + " (source)")
    if pdf_path.exists():
        ok &= check_gold(PDF_GOLD, pdf_extracted_text(pdf_path), PDF_NAME + " (extracted)")
    if docx_path.exists():
        ok &= check_gold(DOCX_GOLD, docx_source_text(docx_path), DOCX_NAME)
    for gold, name in ((PDF_GOLD, PDF_NAME), (DOCX_GOLD, DOCX_NAME)):
        gp = GOLD / (Path(name).stem + ".json")
        if not gp.exists() or json.loads(gp.read_text(encoding="utf-8")) != json.loads(
                json.dumps(gold, ensure_ascii=False)):
            ok = False
            print("FAIL gold file out of date:", gp.name)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
