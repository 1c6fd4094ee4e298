#!/usr/bin/env python3
"""Build the "bi-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bi.py          build documents and gold
       build_bi.py --check  verify every gold phrase occurs once in its source text
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# ---------------------------------------------------------------------------
# Document 1: Northmoor County Council HOSC, landscape three-column ruled table
# ---------------------------------------------------------------------------
PDF_NAME = "bi-northmoor-hosc-2025-06-17.pdf"
COUNCIL = "Northmoor County Council"
COMMITTEE = "Health Overview and Scrutiny Committee"
DATE_LONG = "Tuesday 17 June 2025"

TITLE_LINES = [
    "NORTHMOOR COUNTY COUNCIL",
    "HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
    "MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
    "Wentworth Room, County Hall, Aldbury on Tuesday 17 June 2025 at 10.00 am",
]

ATTEND_MEMBERS = (
    "Members present: Mr J R Ashdown (Chairman), Mrs P M Kettering (Vice-Chairman), "
    "Mr D Fairhurst (substitute for Mrs A Lowther), Mrs H Greenhalgh, Mr K Ollerenshaw, "
    "Dr S Pathak, Mrs B Quarmby, Mr T Venables and Mr W Yelland; Mr G Hargreaves "
    "(Healthwatch Northmoor, co-opted, non-voting)."
)
ATTEND_OFFICERS = (
    "Officers and guests: Dr R Okonkwo-Bright (Director of Public Health), Ms L Tansley "
    "(Corporate Director of Adult Social Care and Health Partnerships), Mr N Droylsden "
    "(Assistant Director, Commissioning, Contracts and Market Development), Mrs F Carver "
    "(Chief Operating Officer, NHS Northmoor and Wealdvale Integrated Care Board), "
    "Mr P Ibbotson (Head of Primary Care Contracting, NHS Northmoor and Wealdvale "
    "Integrated Care Board), Mrs E Standish (Cabinet Member for Adult Social Care and "
    "Public Health) and Miss C Lomax (Democratic Services Officer)."
)

# Each minute: number, title, discussion paragraphs, resolved/action paragraphs
MINUTES = [
    ("21", "Apologies and Substitutes",
     ["Apologies for absence were received from Mrs A Lowther and Mr M Rigby. "
      "Mr D Fairhurst attended as substitute for Mrs A Lowther."],
     ["NOTED"]),
    ("22", "Declarations of Interest",
     ["Dr S Pathak declared an other significant interest in minute 25 as a salaried "
      "general practitioner in the Aldbury primary care network and took no part in the "
      "discussion of that item. No other declarations were made."],
     ["NOTED"]),
    ("23", "Minutes of the Meeting held on 18 March 2025",
     ["There were no matters arising."],
     ["RESOLVED: that the Minutes of the meeting held on 18 March 2025 be confirmed as a "
      "correct record and signed by the Chairman."]),
    ("24", "Urgent and Emergency Care: Review of Winter 2024/25",
     ["Mrs F Carver introduced the Integrated Care Board's review of urgent and emergency "
      "care over the winter period. Attendances at the two emergency departments had risen by "
      "six per cent on the previous year, and ambulance handover delays at Aldbury General "
      "Hospital had been the longest in the region during January. A system-wide escalation "
      "framework and a new care transfer hub had been introduced in December.",
      "Members asked whether the care transfer hub had reduced the number of patients "
      "medically fit for discharge but still in a hospital bed, and how many such patients "
      "there had been at the peak. Mrs Carver responded that the figure had fallen from 142 "
      "patients in early January to 96 by the end of March, but that the hub was still "
      "dependent on short-term winter funding which ended in September.",
      "The Chairman enquired whether the ambulance trust had been consulted before corridor "
      "care was introduced at Aldbury General Hospital. Mrs Carver explained that corridor "
      "care had been used on eleven days as a last resort, that the ambulance trust had "
      "agreed the protocol, and that every instance had been logged and reviewed by the "
      "hospital's patient safety team.",
      "Mrs H Greenhalgh raised a concern that residents in the eastern villages were "
      "waiting over four hours for a category two ambulance. Officers undertook to obtain "
      "response time data broken down by district from the ambulance trust and to circulate "
      "it to Members.",
      "Mr G Hargreaves (Healthwatch) questioned why the patient experience survey had been "
      "paused over the winter months, when that was precisely when feedback from patients "
      "mattered most. Mrs Carver accepted the point and said that the survey would run "
      "continuously from October 2025, including in the emergency departments.",
      "Mr K Ollerenshaw asked how many of the additional winter beds had been staffed by "
      "agency nurses rather than the Trust's own staff. Mrs Carver responded that roughly a "
      "third of shifts on the escalation wards had been filled through agencies, at a cost "
      "of around £2.1 million, and that an international recruitment campaign was under way "
      "to reduce that reliance.",
      "Mr T Venables commented that the integration of health and social care discharge "
      "teams appeared to be working well in the west of the county but not yet in the east, "
      "and requested that the next report compare the two localities.",
      "Mrs P M Kettering sought clarification on the role of the independent sector "
      "providers used to reduce the elective backlog over winter. The Director of Public Health "
      "responded that this was a matter for the Integrated Care Board's contracts, but Mrs "
      "Carver added that the value of independent sector activity would be set out in the "
      "Board's annual report in July."],
     ["RESOLVED: that (1) the review of winter 2024/25 be noted; (2) the Integrated Care "
      "Board be asked to report back in October on its plans for winter 2025/26, comparing "
      "discharge performance in the eastern and western localities; and (3) the Committee's "
      "concern about the short-term funding of the care transfer hub be conveyed to the Chief "
      "Executive of the Integrated Care Board.",
      "Action: Democratic Services Officer – letter to ICB by 4 July 2025.",
      "Action: ICB Chief Operating Officer – district ambulance response data to Members by "
      "31 July 2025."]),
    ("25", "Community Pharmacy Provision and the Pharmaceutical Needs Assessment",
     ["Mr P Ibbotson presented the report, which set out the position following the closure "
      "of five community pharmacies in the county since April 2024 and the timetable for the "
      "next Pharmaceutical Needs Assessment.",
      "Mrs B Quarmby asked whether the closures had left any parts of Northmoor without a "
      "pharmacy within a reasonable travelling distance. Mr Ibbotson responded that the "
      "current assessment did not identify a gap in provision, although residents of "
      "Thornby and Lesser Coldwell now faced a round trip of around fourteen miles.",
      "Mr W Yelland questioned whether the Pharmacy First service was actually relieving "
      "pressure on GP practices. The Director of Public Health responded that early data "
      "showed around 3,800 consultations a month, mostly for urinary tract infections and "
      "sore throats, but that it was too soon to measure any effect on GP appointments.",
      "The Chairman enquired how the public would be involved in the next Pharmaceutical "
      "Needs Assessment. Officers undertook to share the draft engagement plan with the "
      "Committee before the formal consultation opened in the autumn."],
     ["RESOLVED: that the report be noted and that the Health and Wellbeing Board be "
      "informed of the Committee's concern at the loss of pharmacy provision in rural "
      "areas.",
      "Action: Director of Public Health – engagement plan to Committee by 30 September 2025."]),
    ("26", "Recommissioning of Community Drug and Alcohol Treatment Services",
     ["Dr R Okonkwo-Bright introduced the report on the recommissioning of the county's "
      "adult drug and alcohol treatment service, whose current contract with a national "
      "charity expired on 31 March 2026. The Cabinet would be asked in September to approve "
      "a procurement under the Provider Selection Regime, with a contract of five years plus "
      "an optional two-year extension, worth around £6.4 million a year.",
      "Members asked whether a private company could bid for the new contract and whether "
      "any safeguards existed to stop profits being taken out of the service. The Director "
      "of Public Health responded that the regime did not allow the Council to exclude "
      "bidders on the basis of ownership, but that the evaluation would give a forty per "
      "cent weighting to social value and quality.",
      "Mr K Ollerenshaw asked why the option of bringing the service back in-house had been "
      "rejected. Mr N Droylsden explained that an in-house service had been costed at around "
      "£700,000 a year more than the current contract, mainly because of NHS pension costs "
      "for clinical staff transferring under TUPE.",
      "Dr S Pathak raised a concern that waiting times for opiate substitution treatment "
      "had lengthened since the current provider had reduced its outreach team. Dr "
      "Okonkwo-Bright accepted that waiting times had risen to an average of nineteen days "
      "and said that a contract performance notice had been issued in February.",
      "Mr G Hargreaves (Healthwatch) requested that people with lived experience of "
      "treatment be included on the evaluation panel for the tenders. The Director of Public "
      "Health agreed to consider this with the Council's procurement team."],
     ["RESOLVED: that the Cabinet be recommended to (1) proceed with the procurement under "
      "the Provider Selection Regime, subject to the evaluation weighting for social value "
      "being retained at no less than forty per cent; and (2) include at least one person "
      "with lived experience on the evaluation panel.",
      "Action: Assistant Director, Commissioning – report Committee's views to Cabinet, "
      "11 September 2025."]),
    ("27", "Adult Social Care Workforce Strategy 2025–2028",
     ["Ms L Tansley presented the draft workforce strategy. The vacancy rate among "
      "independent home care providers in Northmoor stood at eleven per cent, and annual "
      "turnover among care workers was thirty-one per cent.",
      "Mrs H Greenhalgh asked whether the Council would require home care providers to pay "
      "the real living wage as a condition of their contracts. Ms Tansley responded that this "
      "would cost an estimated £3.2 million a year and could not be funded within the "
      "current budget, but that it was being modelled for the 2026/27 budget round.",
      "Mr D Fairhurst commented that many care workers in rural areas were not paid for "
      "their travel time between visits and that this was driving people out of the sector.",
      "The Chairman enquired what the Council was doing to support unpaid carers, who "
      "formed the largest part of the care workforce. Ms Tansley explained that the refreshed "
      "carers' offer, including respite breaks and a carers' emergency card, would be "
      "brought to the Committee in November."],
     ["RESOLVED: that the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed, "
      "subject to the Committee's comments on travel time and pay being reflected in the "
      "final version.",
      "Action: Corporate Director – revised strategy to Cabinet Member by 31 August 2025."]),
    ("28", "Work Programme 2025/26",
     ["The Committee considered its work programme for the coming year. Mrs P M Kettering "
      "requested that an item on children and young people's mental health waiting times be "
      "added for the January meeting."],
     ["RESOLVED: that the work programme be agreed, with the addition of an item on child "
      "and adolescent mental health services in January 2026."]),
]
CLOSING = "The meeting closed at 12.52 pm."

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-06-17",
    "items": [{"number": n, "title": t} for n, t, _, _ in MINUTES],
    "questions": [
        {"item": "24", "kind": "question",
         "text": "Members asked whether the care transfer hub had reduced the number of patients",
         "asked_by": None,
         "answer": "the figure had fallen from 142 patients in early January to 96",
         "given_by": "Mrs Carver",
         "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "24", "kind": "question",
         "text": "The Chairman enquired whether the ambulance trust had been consulted before corridor care",
         "asked_by": "The Chairman",
         "answer": "corridor care had been used on eleven days as a last resort",
         "given_by": "Mrs Carver",
         "themes": ["governance"]},
        {"item": "24", "kind": "concern",
         "text": "raised a concern that residents in the eastern villages were waiting over four hours",
         "asked_by": "Mrs H Greenhalgh",
         "answer": "Officers undertook to obtain response time data broken down by district",
         "given_by": "Officers",
         "themes": []},
        {"item": "24", "kind": "question",
         "text": "questioned why the patient experience survey had been paused over the winter months",
         "asked_by": "Mr G Hargreaves (Healthwatch)",
         "answer": "the survey would run continuously from October 2025, including in the emergency departments",
         "given_by": "Mrs Carver",
         "themes": ["patient-and-public-input"]},
        {"item": "24", "kind": "question",
         "text": "asked how many of the additional winter beds had been staffed by agency nurses",
         "asked_by": "Mr K Ollerenshaw",
         "answer": "roughly a third of shifts on the escalation wards had been filled through agencies",
         "given_by": "Mrs Carver",
         "themes": ["workforce", "finance"]},
        {"item": "24", "kind": "comment",
         "text": "commented that the integration of health and social care discharge teams appeared",
         "asked_by": "Mr T Venables",
         "answer": None,
         "given_by": None,
         "themes": ["integration", "adult-social-care"]},
        {"item": "24", "kind": "question",
         "text": "sought clarification on the role of the independent sector providers used to reduce",
         "asked_by": "Mrs P M Kettering",
         "answer": "this was a matter for the Integrated Care Board's contracts",
         "given_by": "The Director of Public Health",
         "themes": ["subcontracting", "privatisation"]},
        {"item": "25", "kind": "question",
         "text": "asked whether the closures had left any parts of Northmoor without a pharmacy",
         "asked_by": "Mrs B Quarmby",
         "answer": "the current assessment did not identify a gap in provision",
         "given_by": "Mr Ibbotson",
         "themes": ["primary-care"]},
        {"item": "25", "kind": "question",
         "text": "questioned whether the Pharmacy First service was actually relieving pressure on GP practices",
         "asked_by": "Mr W Yelland",
         "answer": "early data showed around 3,800 consultations a month, mostly for urinary tract infections",
         "given_by": "The Director of Public Health",
         "themes": ["primary-care"]},
        {"item": "25", "kind": "question",
         "text": "The Chairman enquired how the public would be involved in the next Pharmaceutical Needs Assessment",
         "asked_by": "The Chairman",
         "answer": "Officers undertook to share the draft engagement plan with the Committee",
         "given_by": "Officers",
         "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "26", "kind": "question",
         "text": "Members asked whether a private company could bid for the new contract",
         "asked_by": None,
         "answer": "the regime did not allow the Council to exclude bidders on the basis of ownership",
         "given_by": "The Director of Public Health",
         "themes": ["privatisation", "subcontracting", "public-health"]},
        {"item": "26", "kind": "question",
         "text": "asked why the option of bringing the service back in-house had been rejected",
         "asked_by": "Mr K Ollerenshaw",
         "answer": "an in-house service had been costed at around £700,000 a year more",
         "given_by": "Mr N Droylsden",
         "themes": ["privatisation", "finance", "workforce", "public-health"]},
        {"item": "26", "kind": "concern",
         "text": "raised a concern that waiting times for opiate substitution treatment had lengthened",
         "asked_by": "Dr S Pathak",
         "answer": "waiting times had risen to an average of nineteen days",
         "given_by": "Dr Okonkwo-Bright",
         "themes": ["public-health", "subcontracting"]},
        {"item": "26", "kind": "request",
         "text": "requested that people with lived experience of treatment be included on the evaluation panel",
         "asked_by": "Mr G Hargreaves (Healthwatch)",
         "answer": "agreed to consider this with the Council's procurement team",
         "given_by": "The Director of Public Health",
         "themes": ["patient-and-public-input", "subcontracting", "public-health"]},
        {"item": "27", "kind": "question",
         "text": "asked whether the Council would require home care providers to pay the real living wage",
         "asked_by": "Mrs H Greenhalgh",
         "answer": "this would cost an estimated £3.2 million a year and could not be funded",
         "given_by": "Ms Tansley",
         "themes": ["workforce", "adult-social-care", "finance", "subcontracting"]},
        {"item": "27", "kind": "comment",
         "text": "commented that many care workers in rural areas were not paid for their travel time",
         "asked_by": "Mr D Fairhurst",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
        {"item": "27", "kind": "question",
         "text": "The Chairman enquired what the Council was doing to support unpaid carers",
         "asked_by": "The Chairman",
         "answer": "the refreshed carers' offer, including respite breaks and a carers' emergency card",
         "given_by": "Ms Tansley",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "28", "kind": "request",
         "text": "requested that an item on children and young people's mental health waiting times",
         "asked_by": "Mrs P M Kettering",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "children-and-families", "governance"]},
    ],
    "resolutions": [
        {"item": "21", "text": "NOTED", "outcome": "noted", "themes": []},
        {"item": "22", "text": "NOTED", "outcome": "noted", "themes": []},
        {"item": "23", "text": "the Minutes of the meeting held on 18 March 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "24", "text": "the Integrated Care Board be asked to report back in October",
         "outcome": "agreed", "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "25", "text": "the report be noted and that the Health and Wellbeing Board be informed",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "26", "text": "the Cabinet be recommended to (1) proceed with the procurement",
         "outcome": "recommended",
         "themes": ["subcontracting", "public-health", "patient-and-public-input"]},
        {"item": "27", "text": "the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "28", "text": "the work programme be agreed, with the addition of an item",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families", "governance"]},
    ],
    "attendees": [
        {"name": "Mr J R Ashdown", "role": "Chairman", "attendance": "present"},
        {"name": "Mrs P M Kettering", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mr D Fairhurst", "role": "substitute for Mrs A Lowther", "attendance": "present"},
        {"name": "Mrs H Greenhalgh", "role": None, "attendance": "present"},
        {"name": "Mr K Ollerenshaw", "role": None, "attendance": "present"},
        {"name": "Dr S Pathak", "role": None, "attendance": "present"},
        {"name": "Mrs B Quarmby", "role": None, "attendance": "present"},
        {"name": "Mr T Venables", "role": None, "attendance": "present"},
        {"name": "Mr W Yelland", "role": None, "attendance": "present"},
        {"name": "Mr G Hargreaves", "role": "Healthwatch Northmoor, co-opted, non-voting",
         "attendance": "present"},
        {"name": "Mrs A Lowther", "role": None, "attendance": "apologies"},
        {"name": "Mr M Rigby", "role": None, "attendance": "apologies"},
        {"name": "Dr R Okonkwo-Bright", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Ms L Tansley",
         "role": "Corporate Director of Adult Social Care and Health Partnerships",
         "attendance": "in_attendance"},
        {"name": "Mr N Droylsden",
         "role": "Assistant Director, Commissioning, Contracts and Market Development",
         "attendance": "in_attendance"},
        {"name": "Mrs F Carver",
         "role": "Chief Operating Officer, NHS Northmoor and Wealdvale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr P Ibbotson",
         "role": "Head of Primary Care Contracting, NHS Northmoor and Wealdvale Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mrs E Standish",
         "role": "Cabinet Member for Adult Social Care and Public Health",
         "attendance": "in_attendance"},
        {"name": "Miss C Lomax", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}


def pdf_source_text():
    parts = list(TITLE_LINES) + [ATTEND_MEMBERS, ATTEND_OFFICERS]
    for n, t, disc, res in MINUTES:
        parts += [n, t] + disc + res
    parts.append(CLOSING)
    return "\n".join(parts)


# ----------------------------- PDF layout ---------------------------------
LH = 4.3          # line height
FS = 8.6          # font size
PAD = 1.6         # cell padding
COLS = [("Minute", 40.0), ("Discussion", 163.0), ("Resolved / Action", 70.0)]
LEFT = 12.0
TOP_BODY = 24.0
BOTTOM = 190.0


def wrap(pdf, text, width, bold=False, hyph=True):
    """Greedy wrap with crude hyphenation; returns list of (line, justify)."""
    pdf.set_font("DV", "B" if bold else "", FS)
    words = text.split()
    lines, cur = [], []

    def w(s):
        return pdf.get_string_width(s)

    i = 0
    while i < len(words):
        word = words[i]
        trial = " ".join(cur + [word])
        if w(trial) <= width:
            cur.append(word)
            i += 1
            continue
        # try hyphenating a long alphabetic word
        core = word.rstrip(".,;:)'")
        done = False
        if hyph and len(core) >= 8 and core.isalpha() and cur:
            for k in range(len(core) - 3, 3, -1):
                head = word[:k] + "-"
                if w(" ".join(cur + [head])) <= width:
                    cur.append(head)
                    words[i] = word[k:]
                    done = True
                    break
        lines.append((" ".join(cur), True))
        cur = []
        if not done and not lines[-1][0]:
            lines.pop()
            cur = [word]
            i += 1
    if cur:
        lines.append((" ".join(cur), False))
    return lines


def cell_lines(pdf, paras, width, bold_first=False):
    out = []
    for pi, p in enumerate(paras):
        bold = bold_first and pi == 1
        for line, just in wrap(pdf, p, width, bold):
            out.append((line, just and not bold_first, bold))
        if pi != len(paras) - 1 and not (bold_first and pi == 0):
            out.append(("", False, False))
    return out


def draw_line(pdf, x, y, width, line, just, bold):
    pdf.set_font("DV", "B" if bold else "", FS)
    words = line.split(" ")
    if not just or len(words) < 2:
        pdf.set_xy(x, y)
        pdf.cell(width, LH, line)
        return
    natural = sum(pdf.get_string_width(wd) for wd in words)
    gap = (width - natural) / (len(words) - 1)
    cx = x
    for wd in words:
        pdf.set_xy(cx, y)
        ww = pdf.get_string_width(wd)
        pdf.cell(ww + 0.01, LH, wd)
        cx += ww + gap


def build_pdf(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(LEFT, 8)
            self.cell(136, 4, COUNCIL + " – " + COMMITTEE)
            self.cell(137, 4, DATE_LONG, align="R")
            self.set_draw_color(120, 120, 120)
            self.line(LEFT, 13, LEFT + 273, 13)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)

        def footer(self):
            self.set_font("DV", "", 7.5)
            self.set_xy(LEFT, 196)
            self.cell(91, 4, "Page " + str(self.page_no()) + " of {nb}")
            self.cell(91, 4, "Minutes subject to confirmation", align="C")
            self.cell(91, 4, "Chairman's initials ..........", align="R")

    pdf = P(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 6, 24, 9, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("HOSC minutes 17 June 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DV", "I", FONTI)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()

    y = 17.0
    pdf.set_font("DV", "B", 12)
    for i, t in enumerate(TITLE_LINES):
        if i < 2:
            pdf.set_xy(LEFT, y)
            pdf.cell(273, 6, t, align="C")
            y += 6
        else:
            pdf.set_font("DV", "", 9)
            for line, just in wrap(pdf, t, 273):
                pdf.set_xy(LEFT, y)
                pdf.cell(273, 4.6, line, align="C")
                y += 4.6
    y += 3
    for para in (ATTEND_MEMBERS, ATTEND_OFFICERS):
        label, rest = para.split(": ", 1)
        pdf.set_font("DV", "B", FS)
        lw = pdf.get_string_width(label + ": ")
        pdf.set_xy(LEFT, y)
        pdf.cell(lw, LH, label + ":")
        # first line shorter (label run in)
        pdf.set_font("DV", "", FS)
        lines = wrap(pdf, rest, 273 - lw, hyph=False)
        first = lines[0]
        draw_line(pdf, LEFT + lw, y, 273 - lw, first[0], False, False)
        rest2 = rest[len(first[0]):].strip()
        y += LH
        for line, just in wrap(pdf, rest2, 273):
            draw_line(pdf, LEFT, y, 273, line, just, False)
            y += LH
        y += 2.5

    def header_row(yy):
        pdf.set_fill_color(225, 225, 225)
        x = LEFT
        pdf.set_font("DV", "B", 9)
        for name, wdt in COLS:
            pdf.set_xy(x, yy)
            pdf.cell(wdt, 6.5, name, border=1, fill=True, align="C")
            x += wdt
        return yy + 6.5

    y = header_row(y)
    for n, t, disc, res in MINUTES:
        cols = [
            cell_lines(pdf, [n, t], COLS[0][1] - 2 * PAD, bold_first=True),
            cell_lines(pdf, disc, COLS[1][1] - 2 * PAD),
            cell_lines(pdf, res, COLS[2][1] - 2 * PAD),
        ]
        # minute number bold too
        cols[0][0] = (cols[0][0][0], False, True)
        nlines = max(len(c) for c in cols)
        start = 0
        cont = False
        while start < nlines:
            avail = int((BOTTOM - y - 2 * PAD) // LH)
            if avail < 3:
                pdf.add_page()
                y = header_row(TOP_BODY - 8)
                continue
            chunk = min(avail, nlines - start)
            h = chunk * LH + 2 * PAD
            x = LEFT
            for ci, (name, wdt) in enumerate(COLS):
                pdf.rect(x, y, wdt, h)
                seg = cols[ci][start:start + chunk]
                if ci == 0 and cont:
                    seg = [(n + " (cont.)", False, True)]
                for li, (line, just, bold) in enumerate(seg):
                    if line:
                        draw_line(pdf, x + PAD, y + PAD + li * LH, wdt - 2 * PAD, line, just, bold)
                x += wdt
            y += h
            start += chunk
            if start < nlines:
                pdf.add_page()
                y = header_row(TOP_BODY - 8)
                cont = True
    pdf.set_font("DV", "", FS)
    pdf.set_xy(LEFT, y + 4)
    pdf.cell(150, LH, CLOSING)
    pdf.set_xy(LEFT + 180, y + 14)
    pdf.cell(93, LH, "Chairman ....................................")
    pdf.output(path)


# ---------------------------------------------------------------------------
# Document 2: plain-text scrutiny bulletin (not minutes)
# ---------------------------------------------------------------------------
TXT_NAME = "bi-hallamshire-county-scrutiny-bulletin-july-2025.txt"
TXT = """From: Scrutiny Team <scrutiny@hallamshire-cc.example.gov.uk>
To: All Members; Co-opted Members; Scrutiny Partners
Subject: Scrutiny Bulletin - Issue 27 - July 2025
Date: Thu, 3 Jul 2025 08:15:00 +0100

=============================================================
 HALLAMSHIRE COUNTY COUNCIL
 SCRUTINY BULLETIN                         Issue 27 | July 2025
=============================================================

Welcome to the July bulletin from the Scrutiny and Member Support
Team. This issue rounds up what the overview and scrutiny committees
looked at in June, lists the meetings coming up over the summer and
brings you this month's Question of the Month.

If you are having trouble reading this email, a copy is on the
Members' Portal (link at the bottom).

-------------------------------------------------------------
1. WHAT SCRUTINY LOOKED AT IN JUNE
-------------------------------------------------------------

>> Adults and Health Scrutiny Committee (10 June)
   The committee spent most of the meeting on the future of the
   council's three remaining in-house residential care homes.
   Members heard evidence from the Director of Adult Services and
   from the GMB and UNISON branch secretaries. The committee will
   send its views to Cabinet before the options appraisal is
   decided in September. It also received the annual report of the
   Hallamshire Safeguarding Adults Board.

>> Children and Young People Scrutiny Committee (12 June)
   Members looked at the rising number of children placed in
   unregistered and out-of-county children's homes, and at the
   costs of independent fostering agency placements. A short task
   and finish group on sufficiency of local placements has been set
   up, chaired by Cllr Ruth Beddoes.

>> Health Scrutiny Sub-Committee (19 June)
   The ICB and Hallamshire Teaching Hospitals presented plans to
   move planned orthopaedic surgery to a single "cold" site at
   Greavesthorpe. The sub-committee agreed that the proposals
   amount to a substantial variation and asked for the public
   consultation to be extended to twelve weeks.

>> Resources and Performance Scrutiny Committee (26 June)
   Provisional outturn for 2024/25 showed an overspend of £9.8m,
   driven mainly by home-to-school transport and children's
   placements. The committee also reviewed the council's use of
   consultants and interims.

-------------------------------------------------------------
2. QUESTION OF THE MONTH
-------------------------------------------------------------

Each month we publish one question put by a member to a Cabinet
Member, with the reply in full. This month's question was asked
at Full Council on 24 June by Cllr Dev Anand (Moorside):

  "How many households in Hallamshire were living in temporary
  accommodation at the end of May, and how many of those were
  families with children placed outside the county?"

Reply from Cllr Margaret Sowerby, Cabinet Member for Housing and
Communities:

  "At the end of May the district councils reported 1,214
  households in temporary accommodation across Hallamshire, of
  whom 602 were families with children. Fifty-three of those
  families had been placed outside the county, mostly because of a
  shortage of suitable properties in the south of Hallamshire. The
  County Council is working with the districts on a joint
  protocol so that schools and social workers are told as soon as
  a child is moved."

Cllr Anand asked a supplementary question about school transport
for the children concerned; a written answer will be circulated.

-------------------------------------------------------------
3. COMING UP
-------------------------------------------------------------

  Tue 8 Jul   10:00  Adults and Health Scrutiny Committee
                     - Carers' strategy refresh
                     - Home care market: contract performance
  Wed 16 Jul  14:00  Health Scrutiny Sub-Committee
                     - NHS dental access in rural areas
                     - Stop smoking and vaping services
  Tue 22 Jul  10:00  Children and Young People Scrutiny Committee
                     - SEND transport and EHCP timeliness
  Mon 1 Sep   10:00  Scrutiny Chairs' Group (informal)

  No scrutiny meetings are planned in August.

-------------------------------------------------------------
4. TRAINING AND USEFUL LINKS
-------------------------------------------------------------

  * Member briefing: "Questioning skills for scrutiny" - Thu 10
    Jul, 17:30, Teams. Book via the Members' Portal.
  * Centre for Governance and Scrutiny - new guide to health
    scrutiny: https://www.cfgs.example.org.uk/health-scrutiny-guide
  * Committee papers and webcasts:
    https://democracy.hallamshire-cc.example.gov.uk
  * Members' Portal: https://members.hallamshire-cc.example.gov.uk

Suggestions for the work programme can be sent to the team at any
time. Please reply to this email.

Scrutiny and Member Support Team
Governance and Democratic Services, County Hall, Greavesthorpe

-- 
This email and any attachments are intended for the addressee
only. If you have received it in error please tell the sender.
"""
TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "news",
    "themes": ["adult-social-care", "privatisation", "children-and-families", "housing",
               "governance", "patient-and-public-input", "finance", "primary-care",
               "public-health"],
}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^0-9a-z£]+", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for gold, src in ((PDF_GOLD, pdf_source_text()), (TXT_GOLD, TXT)):
        ns = " " + norm(src) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            np_ = " " + norm(p) + " "
            c = ns.count(np_)
            short_ok = kind == "resolution" and p == "NOTED"
            if c == 0:
                ok = False
                print("MISSING", gold["document"], kind, p)
            elif c > 1 and not short_ok:
                ok = False
                print("NOT UNIQUE", gold["document"], kind, p, c)
            if not (6 <= n <= 15) and not short_ok:
                ok = False
                print("LENGTH", n, gold["document"], kind, p)
        print(gold["document"], "items", len(gold.get("items", [])),
              "questions", len(gold.get("questions", [])),
              "resolutions", len(gold.get("resolutions", [])),
              "attendees", len(gold.get("attendees", [])))
    # also check the built PDF's extracted text contains each phrase (after de-hyphenation)
    pdfp = os.path.join(DOCS, PDF_NAME)
    if os.path.exists(pdfp):
        import pdfplumber
        with pdfplumber.open(pdfp) as d:
            txt = "\n".join(p.extract_text() or "" for p in d.pages)
        txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
        nt = " " + norm(txt) + " "
        miss = [p for q in PDF_GOLD["questions"] for p in (q["text"], q["answer"])
                if p and (" " + norm(p) + " ") not in nt]
        print("info: %d phrases are interleaved with other columns in naive PDF "
              "text extraction (expected for a three-column table)" % len(miss))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    for g in (PDF_GOLD, TXT_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
