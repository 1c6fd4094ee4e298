#!/usr/bin/env python3
"""Build the "ao-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_ao.py          build documents/ao-* and gold/ao-*
       build_ao.py --check  rebuild in memory and verify every gold phrase occurs
                            exactly once in the document's source text
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 3, 14, 9, 30, 0, tzinfo=timezone.utc)


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^0-9a-z£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


# ---------------------------------------------------------------------------
# 1. Kelderby MBC Health Scrutiny Committee - PDF printed from a Word template
# ---------------------------------------------------------------------------
K_NAME = "ao-kelderby-health-scrutiny-committee-2025-03-11.pdf"

K_PANEL = [
    ("h", "PRESENT"),
    ("t", "Councillor J. Ashworth (Chair)"),
    ("t", "Councillor P. Mistry (Vice-Chair)"),
    ("t", "Councillor D. Brannigan"),
    ("t", "Councillor R. Haigh"),
    ("t", "Councillor T. Nuttall"),
    ("t", "Councillor S. Okafor"),
    ("t", "Councillor K. Farrow (Substitute for Councillor L. Whitcombe)"),
    ("h", "CO-OPTED MEMBER (non-voting)"),
    ("t", "Mrs E. Darnley (Healthwatch Kelderby)"),
    ("h", "ALSO PRESENT"),
    ("t", "Councillor M. Delaney \u2013 Cabinet Member for Health and Adult Care"),
    ("t", "Dr H. Marsh \u2013 Director of Public Health"),
    ("t", "S. Threlfall \u2013 Director of Adult Social Services and Health Integration"),
    ("t", "R. Okonjo \u2013 Associate Director of Strategy and Partnerships, NHS Pennine Vale Integrated Care Board"),
    ("t", "N. Fairclough \u2013 Chief Operating Officer, Kelderby Teaching Hospitals NHS Foundation Trust"),
    ("t", "G. Lomax \u2013 Senior Democratic Services Officer"),
    ("h", "APOLOGIES"),
    ("t", "Councillor L. Whitcombe"),
    ("t", "Councillor A. Sutcliffe"),
]

# content blocks: ("head", title, number) ("p", text) ("res", [clauses]) ("table", rows)
K_BLOCKS = [
    ("head", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "44"),
    ("p", "Apologies for absence were received from Councillors L. Whitcombe and A. Sutcliffe. "
          "Councillor K. Farrow attended as substitute for Councillor Whitcombe."),
    ("head", "DECLARATIONS OF INTEREST", "45"),
    ("p", "Councillor S. Okafor declared a non-pecuniary interest in minute 49 (Community Diagnostic "
          "Centre) as her daughter is employed as a radiographer by Kelderby Teaching Hospitals NHS "
          "Foundation Trust. She remained in the meeting and took part in the discussion. No other "
          "declarations were made."),
    ("head", "MINUTES OF THE PREVIOUS MEETING", "46"),
    ("p", "The minutes of the meeting held on 28 January 2025 were submitted."),
    ("res", ["AGREED that the minutes of the meeting held on 28 January 2025 be approved as a "
             "correct record and signed by the Chair."]),
    ("head", "HEALTH INEQUALITIES IN THE NORTH LOCALITY", "47"),
    ("p", "Dr H. Marsh, Director of Public Health, presented a report which set out the gap in healthy "
          "life expectancy between the North Locality and the borough average, which had widened to "
          "9.4 years for men and 7.8 years for women, and outlined the actions being taken through the "
          "Fairer Kelderby programme. Councillor Brannigan asked why the uptake of bowel cancer "
          "screening in Lowmoor and Castle Rise remained the lowest in the borough despite two years "
          "of targeted work. The Director explained that outreach had been hampered by the loss of "
          "community champions when the grant to the Lowmoor Neighbourhood Trust ended, and that the "
          "ICB had agreed to fund a mobile screening unit from June 2025. Councillor Haigh expressed "
          "concern that the stop smoking service was to be delivered by a national private provider "
          "from April and questioned whether local knowledge and relationships would be lost. In "
          "response, the Director said that the contract required the provider to retain the existing "
          "community venues and to employ local advisers."),
    ("p", "Councillor Mistry requested that future reports break down the data by ward rather than by "
          "locality, as the locality figures masked pockets of severe deprivation. The Director agreed "
          "that ward-level data would be included from the next report onwards. Mrs Darnley commented "
          "that residents Healthwatch had spoken to were often unaware of what help was available, and "
          "asked whether the Council's engagement with the Polish and Roma communities had been "
          "evaluated. It was confirmed that an evaluation by the University of Kelderby would report "
          "to the Health and Wellbeing Board in the autumn."),
    ("res", ["NOTED the report and the progress of the Fairer Kelderby programme in the North Locality;",
             "REQUESTED that the Director of Public Health provide ward-level data on screening and "
             "smoking prevalence to the July meeting; and",
             "AGREED to invite the Lowmoor Neighbourhood Trust to contribute to the Committee's review of "
             "community champions."]),
    ("head", "URGENT AND EMERGENCY CARE \u2013 WINTER PERFORMANCE 2024/25", "48"),
    ("p", "N. Fairclough, Chief Operating Officer, Kelderby Teaching Hospitals NHS Foundation Trust, and "
          "R. Okonjo, Associate Director of Strategy and Partnerships, NHS Pennine Vale Integrated Care "
          "Board, presented a joint report on the performance of the urgent and emergency care system "
          "over the winter. Four-hour performance in the Emergency Department had averaged 68.2 per cent "
          "between December and February against the interim national standard of 78 per cent, and 412 "
          "patients had waited more than twelve hours from the decision to admit. Occupancy of general "
          "and acute beds had not fallen below 97 per cent on any weekday since the middle of December, "
          "and two escalation wards had been open continuously since the New Year."),
    ("p", "Ms Fairclough reported that the Trust had declared OPEL level four, its highest level of "
          "escalation, on nine days during the period, compared with three days in the previous winter, "
          "and that elective operations had been postponed on five of those days. Flu admissions had "
          "peaked in the first week of January at 118 inpatients, the highest figure since 2017/18, and "
          "norovirus had closed beds on four wards. Ms Okonjo outlined the system-wide actions agreed "
          "through the Kelderby Urgent and Emergency Care Delivery Board, including the expansion of "
          "the virtual ward to 120 beds, a single point of access for care homes staffed by advanced "
          "practitioners, and the extension of the urgent community response service to operate seven "
          "days a week between 8.00 am and 10.00 pm. She paid tribute to staff across the hospital and in "
          "community services, many of whom had worked additional shifts over the Christmas and New Year "
          "period, and reported that staff sickness absence had reached 6.8 per cent in January. The "
          "Cabinet Member for Health and Adult Care added that the Council's own reablement team had "
          "supported a record 1,340 people home from hospital during the quarter, although demand for "
          "bridging care continued to exceed the hours available."),
    ("p", "The Chair thanked both officers and their teams for their work over a difficult winter. The "
          "questions raised by Members and the responses given are summarised in the table below."),
    ("table", [
        ("Councillor Nuttall asked how many ambulance handovers had exceeded sixty minutes and what was "
         "being done about corridor care.",
         "There had been 1,106 handovers over sixty minutes between December and February. A rapid "
         "assessment and treatment area had opened in January and corridor care was now reported daily "
         "to the Trust Board."),
        ("Councillor Okafor queried whether the shortage of community beds was delaying the discharge of "
         "medically fit patients.",
         "On an average day 96 patients who no longer met the criteria to reside were occupying hospital "
         "beds; around a third were awaiting a home care package and the Council had commissioned 40 "
         "additional interim beds in independent sector care homes."),
        ("Councillor Farrow raised concern about the Trust's reliance on agency nurses to staff the "
         "escalation wards and asked what this had cost over the winter.",
         "Agency spend over the winter had been \u00a33.9 million, which was \u00a31.2 million above "
         "plan. The Trust had recruited 84 internationally educated nurses since September and expected "
         "agency use to fall sharply in the new financial year, although the escalation wards would "
         "remain open until the end of May while the new community beds came on stream."),
        ("Mrs Darnley asked whether patients had been told about the NHS 111 First approach and the new "
         "urgent treatment centre at Castle Rise.",
         "The ICB acknowledged that awareness of the urgent treatment centre was low and that a campaign "
         "co-designed with the Healthwatch readers' panel would run from September."),
        ("The Chair requested a written breakdown of twelve-hour waits by age group and by day of the week.",
         "\u2013"),
    ]),
    ("res", ["NOTED the winter performance of the urgent and emergency care system;",
             "REQUESTED that the Trust and the ICB report back in September 2025 on ambulance handover "
             "delays and corridor care; and",
             "AGREED to write to the Chief Executive of the ICB seeking assurance on the funding of "
             "interim beds for 2025/26."]),
    ("head", "COMMUNITY DIAGNOSTIC CENTRE \u2013 PROCUREMENT OF IMAGING SERVICES", "49"),
    ("p", "R. Okonjo, Associate Director of Strategy and Partnerships, explained that the ICB intended to "
          "procure MRI and CT capacity at the Castle Rise Community Diagnostic Centre from an independent "
          "sector provider under a five-year contract with an estimated value of \u00a322 million, using "
          "the competitive process under the Provider Selection Regime. Councillor Haigh asked why the "
          "scanning could not be delivered by the Foundation Trust itself, given that it already employed "
          "radiographers on the site. Ms Okonjo replied that the Trust had been invited to express an "
          "interest but had indicated that it lacked the capital to lease the additional scanners. "
          "Councillor Brannigan expressed concern that a for-profit company would be paid per scan, "
          "creating an incentive to favour simple and profitable work. The Associate Director said that "
          "the specification set referral criteria controlled by NHS clinicians and an annual cap on "
          "activity."),
    ("p", "Councillor Okafor sought clarification on whether staff transferring to the new provider would "
          "keep their NHS pensions. It was confirmed that TUPE would apply and that the provider would be "
          "required to offer continued access to the NHS Pension Scheme. Councillor Mistry asked whether "
          "patients and the public had been consulted before the decision to go out to tender was taken. "
          "The Chair proposed, and Members agreed, that the Committee's views be conveyed to the Cabinet "
          "Member."),
    ("res", ["NOTED the intention of the ICB to procure imaging services at the Castle Rise Community "
             "Diagnostic Centre;",
             "RECOMMENDED to the Cabinet Member for Health and Adult Care that the Council's response to "
             "the ICB call for the Trust to be supported to deliver the service in-house; and",
             "REQUESTED that the ICB share the outcome of patient engagement before any contract is "
             "awarded."]),
    ("head", "CARE AT HOME \u2013 RECOMMISSIONING OF HOME CARE SERVICES", "50"),
    ("p", "S. Threlfall, Director of Adult Social Services and Health Integration, introduced proposals to "
          "move from 23 spot-purchased providers to six zonal lead providers from October 2025 at a "
          "standard hourly rate of \u00a324.10. Councillor Nuttall asked what would happen to people whose "
          "current carers worked for providers that were not successful in the tender. The Director said "
          "that continuity of care would be prioritised and that TUPE might apply where whole teams moved "
          "across. Councillor Farrow questioned whether the hourly rate would allow providers to pay the "
          "Real Living Wage and travel time. The Director confirmed that the rate had been modelled on "
          "the Real Living Wage of \u00a312.60 plus paid travel time between visits. Mrs Darnley asked how "
          "the views of people who receive home care had shaped the new specification. The Committee was "
          "informed that 310 service users and carers had responded to a survey and that a reference "
          "group of carers had helped to write the outcomes framework."),
    ("res", ["NOTED the proposed model for the recommissioning of home care; and",
             "AGREED to receive the outcome of the tender evaluation at its meeting in September 2025 "
             "before the contract is awarded."]),
    ("head", "WORK PROGRAMME 2025/26", "51"),
    ("p", "The Senior Democratic Services Officer presented the draft work programme for 2025/26. "
          "Councillor Haigh requested that access to NHS dentistry in the North Locality be added to the "
          "work programme as a matter of priority."),
    ("res", ["AGREED the work programme for 2025/26 subject to the addition of NHS dentistry access; and",
             "NOTED that the next meeting would be held on Tuesday 15 April 2025 at 6.00 pm."]),
]

K_GOLD = {
    "document": K_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "44", "title": "Apologies for Absence and Substitutions"},
        {"number": "45", "title": "Declarations of Interest"},
        {"number": "46", "title": "Minutes of the Previous Meeting"},
        {"number": "47", "title": "Health Inequalities in the North Locality"},
        {"number": "48", "title": "Urgent and Emergency Care \u2013 Winter Performance 2024/25"},
        {"number": "49", "title": "Community Diagnostic Centre \u2013 Procurement of Imaging Services"},
        {"number": "50", "title": "Care at Home \u2013 Recommissioning of Home Care Services"},
        {"number": "51", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        {"item": "47", "kind": "question",
         "text": "uptake of bowel cancer screening in Lowmoor and Castle Rise remained the lowest",
         "asked_by": "Councillor Brannigan",
         "answer": "outreach had been hampered by the loss of community champions",
         "given_by": "The Director", "themes": ["public-health"]},
        {"item": "47", "kind": "concern",
         "text": "stop smoking service was to be delivered by a national private provider",
         "asked_by": "Councillor Haigh",
         "answer": "the contract required the provider to retain the existing community venues",
         "given_by": "the Director",
         "themes": ["public-health", "privatisation", "subcontracting"]},
        {"item": "47", "kind": "request",
         "text": "requested that future reports break down the data by ward rather than by locality",
         "asked_by": "Councillor Mistry",
         "answer": "ward-level data would be included from the next report onwards",
         "given_by": "The Director", "themes": ["public-health"]},
        {"item": "47", "kind": "question",
         "text": "engagement with the Polish and Roma communities had been evaluated",
         "asked_by": "Mrs Darnley",
         "answer": "an evaluation by the University of Kelderby would report",
         "given_by": None, "themes": ["public-health", "patient-and-public-input"]},
        {"item": "48", "kind": "question",
         "text": "asked how many ambulance handovers had exceeded sixty minutes",
         "asked_by": "Councillor Nuttall",
         "answer": "corridor care was now reported daily to the Trust Board",
         "given_by": None, "themes": []},
        {"item": "48", "kind": "question",
         "text": "shortage of community beds was delaying the discharge of medically fit patients",
         "asked_by": "Councillor Okafor",
         "answer": "around a third were awaiting a home care package",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "48", "kind": "concern",
         "text": "reliance on agency nurses to staff the escalation wards",
         "asked_by": "Councillor Farrow",
         "answer": "Agency spend over the winter had been £3.9 million",
         "given_by": None, "themes": ["workforce", "finance"]},
        {"item": "48", "kind": "question",
         "text": "whether patients had been told about the NHS 111 First approach",
         "asked_by": "Mrs Darnley",
         "answer": "a campaign co-designed with the Healthwatch readers' panel would run from September",
         "given_by": "The ICB", "themes": ["patient-and-public-input"]},
        {"item": "48", "kind": "request",
         "text": "requested a written breakdown of twelve-hour waits by age group",
         "asked_by": "The Chair", "answer": None, "given_by": None, "themes": []},
        {"item": "49", "kind": "question",
         "text": "why the scanning could not be delivered by the Foundation Trust itself",
         "asked_by": "Councillor Haigh",
         "answer": "lacked the capital to lease the additional scanners",
         "given_by": "Ms Okonjo",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "49", "kind": "concern",
         "text": "a for-profit company would be paid per scan, creating an incentive",
         "asked_by": "Councillor Brannigan",
         "answer": "the specification set referral criteria controlled by NHS clinicians",
         "given_by": "The Associate Director",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "49", "kind": "question",
         "text": "whether staff transferring to the new provider would keep their NHS pensions",
         "asked_by": "Councillor Okafor",
         "answer": "required to offer continued access to the NHS Pension Scheme",
         "given_by": None, "themes": ["workforce", "subcontracting"]},
        {"item": "49", "kind": "question",
         "text": "patients and the public had been consulted before the decision to go out to tender",
         "asked_by": "Councillor Mistry", "answer": None, "given_by": None,
         "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "50", "kind": "question",
         "text": "current carers worked for providers that were not successful in the tender",
         "asked_by": "Councillor Nuttall",
         "answer": "continuity of care would be prioritised and that TUPE might apply",
         "given_by": "The Director",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "50", "kind": "question",
         "text": "whether the hourly rate would allow providers to pay the Real Living Wage",
         "asked_by": "Councillor Farrow",
         "answer": "the rate had been modelled on the Real Living Wage",
         "given_by": "The Director",
         "themes": ["adult-social-care", "workforce", "finance"]},
        {"item": "50", "kind": "question",
         "text": "the views of people who receive home care had shaped the new specification",
         "asked_by": "Mrs Darnley",
         "answer": "310 service users and carers had responded to a survey",
         "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "51", "kind": "request",
         "text": "access to NHS dentistry in the North Locality be added to the work programme",
         "asked_by": "Councillor Haigh", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "46", "text": "minutes of the meeting held on 28 January 2025 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "47", "text": "NOTED the report and the progress of the Fairer Kelderby programme",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "48", "text": "NOTED the winter performance of the urgent and emergency care system",
         "outcome": "agreed", "themes": ["finance"]},
        {"item": "49", "text": "call for the Trust to be supported to deliver the service in-house",
         "outcome": "recommended",
         "themes": ["privatisation", "subcontracting", "patient-and-public-input"]},
        {"item": "50", "text": "NOTED the proposed model for the recommissioning of home care",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "51", "text": "AGREED the work programme for 2025/26 subject to the addition",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor J. Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor P. Mistry", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor D. Brannigan", "role": None, "attendance": "present"},
        {"name": "Councillor R. Haigh", "role": None, "attendance": "present"},
        {"name": "Councillor T. Nuttall", "role": None, "attendance": "present"},
        {"name": "Councillor S. Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor K. Farrow", "role": "Substitute for Councillor L. Whitcombe", "attendance": "present"},
        {"name": "Mrs E. Darnley", "role": "Healthwatch Kelderby", "attendance": "present"},
        {"name": "Councillor M. Delaney", "role": "Cabinet Member for Health and Adult Care", "attendance": "in_attendance"},
        {"name": "Dr H. Marsh", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "S. Threlfall", "role": "Director of Adult Social Services and Health Integration", "attendance": "in_attendance"},
        {"name": "R. Okonjo", "role": "Associate Director of Strategy and Partnerships, NHS Pennine Vale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "N. Fairclough", "role": "Chief Operating Officer, Kelderby Teaching Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "G. Lomax", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor L. Whitcombe", "role": None, "attendance": "apologies"},
        {"name": "Councillor A. Sutcliffe", "role": None, "attendance": "apologies"},
    ],
}


class KelderbyPDF(FPDF):
    LM, RM, TM, BM = 20, 20, 24, 22

    def __init__(self):
        super().__init__(format="A4")
        self.add_font("S", "", FONT + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_margins(self.LM, self.TM, self.RM)
        self.set_auto_page_break(False, self.BM)
        self.alias_nb_pages("{nb}")
        self.set_creation_date(FIXED)
        self.set_title("Health Scrutiny Committee - Minutes - 11 March 2025")
        self.set_author("Democratic Services")
        self.set_creator("Microsoft Word")
        self.panel_bottom = 0
        self.panel_x = self.LM + 170 * 0.665
        self.source = []
        self.split_rows = 0
        self.hyphens = 0

    def header(self):
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.LM, 10)
        self.cell(85, 4, "Kelderby Metropolitan Borough Council")
        self.cell(85, 4, "Health Scrutiny Committee \u2013 11 March 2025", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.LM, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(self.TM)

    def footer(self):
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.LM, 297 - 14)
        self.cell(60, 4, "Chair\u2019s initials ..............")
        self.cell(50, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.cell(60, 4, "HSC 11.03.25", align="R")
        self.set_text_color(0, 0, 0)

    # geometry --------------------------------------------------------------
    def avail(self, y):
        if self.page_no() == 1 and y < self.panel_bottom + 2:
            return self.panel_x - self.LM - 5
        return 170

    def need(self, h):
        if self.get_y() + h > 297 - self.BM:
            self.add_page()

    # text ------------------------------------------------------------------
    def wrap_line(self, words, W, hyph=True):
        line = []
        while words:
            trial = " ".join(line + [words[0]])
            if self.get_string_width(trial) <= W:
                line.append(words.pop(0))
            else:
                break
        if not line and words:
            line.append(words.pop(0))
            return line, False
        hyphen = False
        if hyph and words:
            used = self.get_string_width(" ".join(line))
            w = words[0]
            core = w.rstrip(".,;:")
            if W - used > 0.035 * W and core.isalpha() and core.islower() and len(core) >= 7:
                for k in range(len(core) - 3, 2, -1):
                    a, b = core[k - 1], core[k]
                    if b in "aeiouy" or a + b in ("th", "ch", "sh", "ph", "ck", "ng", "gh", "wh", "qu"):
                        continue
                    part = w[:k] + "-"
                    if self.get_string_width(" ".join(line + [part])) <= W:
                        line.append(part)
                        self.hyphens += 1
                        words[0] = w[k:]
                        hyphen = True
                        break
        return line, hyphen

    def para(self, text, size=9.5, style="", indent=0.0, label=None, lh=4.9, gap=2.4, justify=True,
             record=True):
        if record:
            self.source.append((label + " " if label else "") + text)
        self.set_font("S", style, size)
        words = text.split()
        first = True
        while words:
            self.need(lh)
            y = self.get_y()
            W = self.avail(y) - indent
            line, _ = self.wrap_line(words, W)
            x0 = self.LM + indent
            base = y + lh * 0.72
            if first and label:
                self.text(self.LM + indent - 7, base, label)
            first = False
            if justify and words and len(line) > 1:
                total = sum(self.get_string_width(w) for w in line)
                sp = (W - total) / (len(line) - 1)
                x = x0
                for w in line:
                    self.text(x, base, w)
                    x += self.get_string_width(w) + sp
            else:
                self.text(x0, base, " ".join(line))
            self.set_y(y + lh)
        self.set_y(self.get_y() + gap)

    def heading(self, title, num):
        self.need(5.5 * 4)
        self.set_y(self.get_y() + 1.5)
        self.source.append(title)
        self.set_font("S", "B", 9.5)
        W = self.avail(self.get_y())
        numw = self.get_string_width(num)
        words = title.split()
        while words:
            y = self.get_y()
            line, _ = self.wrap_line(words, W - numw - 10, hyph=False)
            txt = " ".join(line)
            self.text(self.LM, y + 4, txt)
            if not words:
                x = self.LM + self.get_string_width(txt) + 2
                self.set_font("S", "", 9.5)
                dots = ""
                while self.get_string_width(dots + " .") < (self.LM + W - numw - 6) - x:
                    dots += " ."
                self.text(x, y + 4, dots)
                self.set_font("S", "B", 9.5)
                self.text(self.LM + W - numw, y + 4, num)
            self.set_y(y + 5.2)
        self.set_y(self.get_y() + 1.2)

    def resolution(self, clauses):
        self.need(5 * 3)
        self.para("The Committee:", style="B", gap=1.2)
        for i, c in enumerate(clauses):
            self.para(c, indent=9, label="(%s)" % "abcdefgh"[i], gap=1.4)
        self.set_y(self.get_y() + 1.5)

    def cell_lines(self, text, W):
        words = text.split()
        out = []
        while words:
            line, _ = self.wrap_line(words, W, hyph=False)
            out.append(" ".join(line))
        return out

    def table(self, rows):
        lh, pad = 4.4, 1.6
        W = 170
        c1 = W * 0.42
        c2 = W - c1

        def head():
            self.set_font("S", "B", 9)
            y = self.get_y()
            self.set_fill_color(217, 217, 217)
            self.rect(self.LM, y, c1, lh + 2 * pad, style="DF")
            self.rect(self.LM + c1, y, c2, lh + 2 * pad, style="DF")
            self.text(self.LM + pad, y + pad + lh * 0.75, "Question raised")
            self.text(self.LM + c1 + pad, y + pad + lh * 0.75, "Response")
            self.set_y(y + lh + 2 * pad)
            self.set_font("S", "", 9)

        self.need(30)
        head()
        self.source.append("Question raised | Response")
        for q, a in rows:
            self.source.append(q)
            self.source.append(a)
            self.set_font("S", "", 9)
            l1 = self.cell_lines(q, c1 - 2 * pad)
            l2 = self.cell_lines(a, c2 - 2 * pad)
            n = max(len(l1), len(l2))
            i = 0
            while i < n:
                y = self.get_y()
                fit = int((297 - self.BM - y - 2 * pad) // lh)
                if fit <= 0:
                    self.add_page()
                    head()
                    continue
                k = min(fit, n - i)
                h = k * lh + 2 * pad
                self.rect(self.LM, y, c1, h)
                self.rect(self.LM + c1, y, c2, h)
                for j in range(k):
                    if i + j < len(l1):
                        self.text(self.LM + pad, y + pad + j * lh + lh * 0.75, l1[i + j])
                    if i + j < len(l2):
                        self.text(self.LM + c1 + pad, y + pad + j * lh + lh * 0.75, l2[i + j])
                self.set_y(y + h)
                i += k
                if i < n:
                    self.split_rows += 1
                    self.add_page()
                    head()
        self.set_y(self.get_y() + 3)


def build_kelderby():
    pdf = KelderbyPDF()
    pdf.add_page()
    pdf.set_font("S", "B", 13)
    pdf.cell(170, 7, "KELDERBY METROPOLITAN BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 11)
    pdf.cell(170, 6, "HEALTH SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9.5)
    pdf.multi_cell(170, 5, "Minutes of the meeting of the Health Scrutiny Committee held on Tuesday, "
                   "11 March 2025 at 6.00 pm in Committee Room 2, Kelderby Town Hall", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.source.append("KELDERBY METROPOLITAN BOROUGH COUNCIL\nHEALTH SCRUTINY COMMITTEE\nMinutes of the "
                      "meeting of the Health Scrutiny Committee held on Tuesday, 11 March 2025")
    pdf.set_y(pdf.get_y() + 4)
    top = pdf.get_y()
    # attendance panel, right third of page 1
    px, pw, pad = pdf.panel_x, 190 - pdf.panel_x, 2.2
    y = top + pad
    for kind, txt in K_PANEL:
        pdf.source.append(txt)
        if kind == "h":
            pdf.set_font("S", "B", 7.5)
            y += 1.2
        else:
            pdf.set_font("S", "", 7.5)
        for ln in pdf.cell_lines(txt, pw - 2 * pad):
            pdf.text(px + pad, y + 2.8, ln)
            y += 3.5
    pdf.rect(px, top, pw, y - top + pad)
    pdf.panel_bottom = y + pad
    pdf.set_y(top)
    for b in K_BLOCKS:
        if b[0] == "head":
            pdf.heading(b[1], b[2])
        elif b[0] == "p":
            pdf.para(b[1])
        elif b[0] == "res":
            pdf.resolution(b[1])
        elif b[0] == "table":
            pdf.table(b[1])
    print("  hyphenated line ends:", pdf.hyphens)
    return bytes(pdf.output()), "\n".join(pdf.source), pdf.split_rows


# ---------------------------------------------------------------------------
# 2. Calderwick Council Adult Social Care Scrutiny Panel - DOCX
# ---------------------------------------------------------------------------
C_NAME = "ao-calderwick-adult-social-care-scrutiny-panel-2025-02-04.docx"

C_BOX = [
    ("b", "Present:"),
    ("t", "Councillor Joan Pettifer (Chair)"),
    ("t", "Councillor Idris Rahman (Vice-Chair)"),
    ("t", "Councillors Bev Harland, Colin Maudsley, Shazia Noor and Trevor Quayle"),
    ("b", "Co-opted Member:"),
    ("t", "Mr Dennis Ogle (Calderwick Carers\u2019 Forum)"),
    ("b", "In attendance:"),
    ("t", "Councillor Fiona Greaves, Cabinet Member for Adult Social Care"),
    ("t", "Mark Ellery, Director of Adult Social Care and Health Partnerships"),
    ("t", "Dr Priya Venkat, Deputy Chief Nurse, Calderwick and Wensley Hospitals NHS Trust"),
    ("t", "Alison Burdett, Head of Commissioning (Care and Support)"),
    ("t", "Lewis Carr, Scrutiny Officer"),
    ("b", "Apologies:"),
    ("t", "Councillor Neil Haworth"),
]

# ("h", title) ("p", text, [footnote ids]) ("agreed", [bullets])
C_BODY = [
    ("h", "Apologies for Absence"),
    ("p", "Apologies for absence were received from Councillor Neil Haworth. There were no substitutions."),
    ("h", "Declarations of Interest"),
    ("p", "Councillor Shazia Noor declared a personal interest in the item on care home quality as a "
          "relative is a resident of a care home in the borough. Mr Ogle declared that he is a paid carer "
          "for his wife and receives a direct payment from the Council."),
    ("h", "Minutes of the Previous Meeting"),
    ("agreed", ["approve the minutes of the meeting held on 10 December 2024 as a correct record, to be "
                "signed by the Chair."]),
    ("h", "Hospital Discharge and the Discharge to Assess Pathway"),
    ("p", "Dr Priya Venkat, Deputy Chief Nurse at Calderwick and Wensley Hospitals NHS Trust, and Mark "
          "Ellery, Director of Adult Social Care and Health Partnerships, presented a joint update on the "
          "discharge to assess model{fn1}, under which people leaving hospital are assessed for longer-term "
          "care at home or in an interim bed rather than on the ward. The number of people waiting in "
          "hospital beds with no criteria to reside had fallen from 74 in October to 51 in January."),
    ("p", "Councillor Bev Harland wondered whether people were being sent home before the right support "
          "was in place, citing two cases from her ward in which relatives had been left to provide "
          "personal care for several days. The Deputy Chief Nurse responded that every discharge on "
          "pathway one required a confirmed start date for reablement, and she undertook to look into "
          "the two cases if details were passed to her after the meeting."),
    ("p", "Councillor Colin Maudsley asked how many of the interim beds were in homes rated Requires "
          "Improvement. Mr Ellery explained that eleven of the 38 interim beds were in such homes, but "
          "that each placement was reviewed by a social worker within five working days."),
    ("p", "Mr Ogle was concerned that carers were rarely told that they were entitled to a carer\u2019s "
          "assessment at the point of discharge. The Director accepted the point and said that the "
          "Carers\u2019 Forum would be asked to help redesign the discharge information leaflet."),
    ("p", "Councillor Idris Rahman wondered whether the pooled budget under the Better Care Fund would "
          "be sufficient to keep the interim beds open beyond March. The Director replied that the "
          "beds were funded until September 2025 and that a decision on the remainder of the year "
          "would be taken by the Health and Wellbeing Board in June."),
    ("agreed", ["note the update on the discharge to assess pathway;",
                "ask the Trust and the Council to report the number of people readmitted within 30 days "
                "of discharge to the next meeting; and",
                "write to the Cabinet Member asking that carers\u2019 assessments be offered before "
                "discharge."]),
    ("h", "Care Home Quality and the Closure of Brookfield Lodge"),
    ("p", "Alison Burdett, Head of Commissioning (Care and Support), reported on the quality of care "
          "homes in the borough following the closure of Brookfield Lodge{fn2}, a 42-bed home run by a "
          "national operator, which had closed at six weeks\u2019 notice in December. All 31 residents "
          "had been moved safely, 19 of them to homes within three miles."),
    ("p", "Councillor Trevor Quayle wondered whether the Council could have foreseen the closure, given "
          "that the operator\u2019s accounts had shown losses for three years in a row. The Head of "
          "Commissioning responded that the Council had no power to require financial information from "
          "self-funded homes, but that the new market oversight arrangements would include annual "
          "checks on the largest operators."),
    ("p", "Councillor Shazia Noor raised concern about the distress caused to residents and families by "
          "the speed of the move and asked whether families had been consulted about the choice of new "
          "home. The Panel heard that each family had been offered at least three options and that "
          "a named social worker had supported every move."),
    ("p", "The Chair asked whether the Council would consider running a care home directly again. The "
          "Cabinet Member said that an options appraisal for an in-house residential service would be "
          "brought to Cabinet in the summer."),
    ("agreed", ["note the report and thank the staff involved in the move of residents from Brookfield "
                "Lodge; and",
                "include the options appraisal for an in-house residential service in the Panel\u2019s "
                "work programme."]),
    ("h", "Adult Social Care Budget 2025/26 and Charging Policy Consultation"),
    ("p", "The Director presented the proposed adult social care budget for 2025/26, which required "
          "savings of \u00a34.6 million, and the draft charging policy on which public consultation "
          "would run from 10 February to 23 March 2025. The proposals included charging for the "
          "second carer on double-handed calls and increasing the weekly charge for day services."),
    ("p", "Councillor Colin Maudsley wondered whether charging for the second carer would lead people to "
          "refuse care they needed. The Director acknowledged the risk and said that the consultation "
          "would specifically seek the views of people receiving double-handed care."),
    ("p", "Mr Ogle asked that the consultation documents be made available in easy read and paper formats, "
          "as many older carers did not use the internet. The Head of Commissioning confirmed that paper "
          "copies would be sent to everyone currently receiving a chargeable service."),
    ("p", "Councillor Bev Harland questioned whether the savings from the review of learning disability "
          "packages were realistic, as the same saving had been only half achieved in the current year."),
    ("agreed", ["note the proposed budget and the draft charging policy;",
                "submit a response to the consultation before 23 March 2025, delegated to the Chair and "
                "Vice-Chair in consultation with the Scrutiny Officer; and",
                "request a breakdown of the learning disability savings achieved in 2024/25."]),
    ("h", "Panel Work Programme"),
    ("p", "The Scrutiny Officer presented the work programme. Councillor Trevor Quayle suggested that the "
          "Panel look at the recruitment and retention of home care workers before the new contracts "
          "start in the autumn."),
    ("agreed", ["approve the work programme, adding an item on the home care workforce in July 2025."]),
    ("p", "The meeting closed at 4.12 pm."),
]

C_FOOTNOTES = {
    "fn1": "Hospital discharge and community support guidance, Department of Health and Social Care. The "
           "Trust and the Council adopted the model in their joint discharge policy of April 2024.",
    "fn2": "Brookfield Lodge was rated Inadequate by the Care Quality Commission in a report published "
           "on 14 November 2024.",
}

C_GOLD = {
    "document": C_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-02-04",
    "items": [
        {"number": "61", "title": "Apologies for Absence"},
        {"number": "62", "title": "Declarations of Interest"},
        {"number": "63", "title": "Minutes of the Previous Meeting"},
        {"number": "64", "title": "Hospital Discharge and the Discharge to Assess Pathway"},
        {"number": "65", "title": "Care Home Quality and the Closure of Brookfield Lodge"},
        {"number": "66", "title": "Adult Social Care Budget 2025/26 and Charging Policy Consultation"},
        {"number": "67", "title": "Panel Work Programme"},
    ],
    "questions": [
        {"item": "64", "kind": "concern",
         "text": "wondered whether people were being sent home before the right support was in place",
         "asked_by": "Councillor Bev Harland",
         "answer": "every discharge on pathway one required a confirmed start date for reablement",
         "given_by": "The Deputy Chief Nurse", "themes": ["adult-social-care"]},
        {"item": "64", "kind": "question",
         "text": "asked how many of the interim beds were in homes rated Requires Improvement",
         "asked_by": "Councillor Colin Maudsley",
         "answer": "eleven of the 38 interim beds were in such homes",
         "given_by": "Mr Ellery", "themes": ["adult-social-care", "governance"]},
        {"item": "64", "kind": "concern",
         "text": "carers were rarely told that they were entitled to a carer's assessment",
         "asked_by": "Mr Ogle",
         "answer": "Carers' Forum would be asked to help redesign the discharge information leaflet",
         "given_by": "The Director",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "64", "kind": "question",
         "text": "pooled budget under the Better Care Fund would be sufficient",
         "asked_by": "Councillor Idris Rahman",
         "answer": "the beds were funded until September 2025",
         "given_by": "The Director",
         "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "65", "kind": "question",
         "text": "wondered whether the Council could have foreseen the closure",
         "asked_by": "Councillor Trevor Quayle",
         "answer": "the new market oversight arrangements would include annual checks",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "governance", "finance", "privatisation"]},
        {"item": "65", "kind": "concern",
         "text": "distress caused to residents and families by the speed of the move",
         "asked_by": "Councillor Shazia Noor",
         "answer": "each family had been offered at least three options",
         "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "65", "kind": "question",
         "text": "whether the Council would consider running a care home directly again",
         "asked_by": "The Chair",
         "answer": "an options appraisal for an in-house residential service would be brought to Cabinet",
         "given_by": "The Cabinet Member",
         "themes": ["adult-social-care", "privatisation"]},
        {"item": "66", "kind": "concern",
         "text": "charging for the second carer would lead people to refuse care",
         "asked_by": "Councillor Colin Maudsley",
         "answer": "specifically seek the views of people receiving double-handed care",
         "given_by": "The Director",
         "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "66", "kind": "request",
         "text": "asked that the consultation documents be made available in easy read",
         "asked_by": "Mr Ogle",
         "answer": "paper copies would be sent to everyone currently receiving a chargeable service",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "66", "kind": "question",
         "text": "savings from the review of learning disability packages were realistic",
         "asked_by": "Councillor Bev Harland", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "finance"]},
        {"item": "67", "kind": "request",
         "text": "look at the recruitment and retention of home care workers",
         "asked_by": "Councillor Trevor Quayle", "answer": None, "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "63", "text": "approve the minutes of the meeting held on 10 December 2024",
         "outcome": "agreed", "themes": []},
        {"item": "64", "text": "note the update on the discharge to assess pathway",
         "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
        {"item": "65", "text": "thank the staff involved in the move of residents from Brookfield",
         "outcome": "agreed", "themes": ["adult-social-care", "privatisation"]},
        {"item": "66", "text": "note the proposed budget and the draft charging policy",
         "outcome": "agreed",
         "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
        {"item": "67", "text": "adding an item on the home care workforce in July 2025",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "Councillor Joan Pettifer", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Idris Rahman", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Bev Harland", "role": None, "attendance": "present"},
        {"name": "Councillor Colin Maudsley", "role": None, "attendance": "present"},
        {"name": "Councillor Shazia Noor", "role": None, "attendance": "present"},
        {"name": "Councillor Trevor Quayle", "role": None, "attendance": "present"},
        {"name": "Mr Dennis Ogle", "role": "Calderwick Carers\u2019 Forum", "attendance": "present"},
        {"name": "Councillor Fiona Greaves", "role": "Cabinet Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Director of Adult Social Care and Health Partnerships", "attendance": "in_attendance"},
        {"name": "Dr Priya Venkat", "role": "Deputy Chief Nurse, Calderwick and Wensley Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Alison Burdett", "role": "Head of Commissioning (Care and Support)", "attendance": "in_attendance"},
        {"name": "Lewis Carr", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Councillor Neil Haworth", "role": None, "attendance": "apologies"},
    ],
}

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box_paras():
    out = []
    for kind, txt in C_BOX:
        rpr = '<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>' if kind == "b" else '<w:rPr><w:sz w:val="18"/></w:rPr>'
        sp = '<w:spacing w:before="80" w:after="0"/>' if kind == "b" else '<w:spacing w:after="0"/>'
        out.append('<w:p><w:pPr>%s</w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % (sp, rpr, _esc(txt)))
    return "".join(out)


def _textbox_run():
    paras = _box_paras()
    cx, cy = 2160000, 3240000
    decl = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())
    return (
        '<w:r %s><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto">'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr><wps:txbx>'
        '<w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/>'
        '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" '
        'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:170.1pt;'
        'height:255.1pt;z-index:251659264;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin" fillcolor="#f2f2f2"><v:textbox>'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>' % (decl, cx, cy, cx, cy, paras, paras)
    )


def _fix_zip(blob):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 6, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_calderwick():
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = "Lewis Carr"
    cp.last_modified_by = "Lewis Carr"
    cp.title = "Adult Social Care Scrutiny Panel minutes 4 February 2025"
    cp.created = datetime(2025, 2, 5, 11, 0, 0)
    cp.modified = datetime(2025, 2, 6, 10, 15, 0)
    cp.revision = 4
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
        fp = s.footer.paragraphs[0]
        fp.text = "Adult Social Care Scrutiny Panel \u2013 4 February 2025"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    # numbering defined on the item heading style only
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="90"><w:nsid w:val="5A3C7E21"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0809000F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="61"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="PanelItemHeading"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>' % NS["w"])
    nums = numbering.findall(qn("w:num"))
    absn = parse_xml(absxml)
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
                               % NS["w"]))
    ih = doc.styles.add_style("Panel Item Heading", WD_STYLE_TYPE.PARAGRAPH)
    ih.element.set(qn("w:styleId"), "PanelItemHeading")
    ih.base_style = doc.styles["Normal"]
    ih.next_paragraph_style = doc.styles["Normal"]
    ih.font.bold = True
    ih.font.size = Pt(12)
    ih.paragraph_format.space_before = Pt(12)
    ih.paragraph_format.space_after = Pt(6)
    ih.paragraph_format.keep_with_next = True
    numPr = ih.element.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = 90

    # footnotes part
    fn_body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    fn_ids = {}
    for i, (k, txt) in enumerate(C_FOOTNOTES.items(), start=1):
        fn_ids[k] = i
        fn_body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
            '<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>'
            '<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (i, _esc(txt)))
    fxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s" xmlns:r="%s">'
            '%s</w:footnotes>' % (NS["w"], NS["r"], "".join(fn_body))).encode("utf-8")
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 fxml, doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)

    source = []
    # title block; first paragraph anchors the attendance text box
    p = doc.add_paragraph()
    p._p.append(parse_xml(_textbox_run()))
    r = p.add_run("CALDERWICK COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("ADULT SOCIAL CARE SCRUTINY PANEL")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("MINUTES of the meeting held on Tuesday 4 February 2025 at 2.00 pm in the "
                      "Wensley Room, Calderwick Civic Centre")
    source.append("CALDERWICK COUNCIL\nADULT SOCIAL CARE SCRUTINY PANEL\nMINUTES of the meeting held on "
                  "Tuesday 4 February 2025")
    for kind, txt in C_BOX:
        source.append(txt)
    for blk in C_BODY:
        if blk[0] == "h":
            doc.add_paragraph(blk[1], style="Panel Item Heading")
            source.append(blk[1])
        elif blk[0] == "p":
            text = blk[1]
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            parts = re.split(r"\{(fn\d)\}", text)
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    if part:
                        para.add_run(part)
                else:
                    para._p.append(parse_xml(
                        '<w:r xmlns:w="%s"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        '<w:footnoteReference w:id="%d"/></w:r>' % (NS["w"], fn_ids[part])))
            source.append(re.sub(r"\{fn\d\}", "", text))
        elif blk[0] == "agreed":
            para = doc.add_paragraph()
            para.add_run("The Panel AGREED to:").bold = True
            para.paragraph_format.keep_with_next = True
            source.append("The Panel AGREED to:")
            for b in blk[1]:
                doc.add_paragraph(b, style="List Bullet")
                source.append(b)
    source.extend(C_FOOTNOTES.values())
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue()), "\n".join(source)


# ---------------------------------------------------------------------------
# 3. Ravensholme City Council Forward Plan - PDF (not minutes)
# ---------------------------------------------------------------------------
F_NAME = "ao-ravensholme-forward-plan-2025-03-03.pdf"

F_ROWS = [
    ("Award of contract for integrated sexual health services (2025\u20132032)",
     "Cabinet", "9 April 2025",
     "Service users and clinic surveys (Oct\u2013Dec 2024); Health and Adult Social Care Scrutiny Committee, 18 March 2025",
     "Julie Armitage, Consultant in Public Health\njulie.armitage@ravensholme.gov.uk"),
    ("Adult social care fees and charges 2025/26 (care homes and home care uplift)",
     "Cabinet Member for Adult Social Care and Health", "Not before 14 April 2025",
     "Care provider forum; Health and Adult Social Care Scrutiny Committee, 18 March 2025",
     "Tom Fenwick, Head of Commissioning and Market Development"),
    ("Recommissioning of the community equipment service (joint with NHS West Ridings ICB)",
     "Cabinet", "14 May 2025",
     "Health and Wellbeing Board, 24 April 2025; users of equipment via Healthwatch Ravensholme",
     "Tom Fenwick, Head of Commissioning and Market Development"),
    ("Housing Revenue Account asset management strategy and procurement of repairs partner",
     "Cabinet", "14 May 2025",
     "Tenants\u2019 panel; Communities and Housing Scrutiny Committee, 29 April 2025",
     "Angela Kirkby, Director of Housing"),
    ("Sufficiency strategy for children in care and residential children\u2019s homes programme",
     "Cabinet", "11 June 2025",
     "Children in Care Council; Children and Young People Scrutiny Committee, 20 May 2025",
     "Daniel Oyelaran, Assistant Director, Children\u2019s Social Care"),
    ("Transfer of Ashgrove and Millbeck day centres to a community interest company",
     "Cabinet", "11 June 2025",
     "Public consultation 3 March \u2013 27 April 2025; Health and Adult Social Care Scrutiny Committee, 3 June 2025",
     "Tom Fenwick, Head of Commissioning and Market Development"),
    ("Revenue budget outturn 2024/25 and Medium Term Financial Strategy refresh",
     "Council (on recommendation of Cabinet)", "16 July 2025",
     "Resources Scrutiny Committee, 1 July 2025",
     "Sarah Whitlam, Director of Finance (Section 151 Officer)"),
]


def build_forward_plan():
    class FP(FPDF):
        def header(self):
            self.set_font("S", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, "Ravensholme City Council \u2013 Forward Plan of Key Decisions \u2013 1 April to 31 July 2025",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("S", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}    Published 3 March 2025", align="C")

    pdf = FP(orientation="L", format="A4")
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("S", "B", 15)
    pdf.cell(0, 8, "FORWARD PLAN OF KEY DECISIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    intro = ("This notice is published under the Local Authorities (Executive Arrangements) (Meetings and "
             "Access to Information) (England) Regulations 2012. It sets out the key decisions which the "
             "Cabinet, individual Cabinet Members or officers expect to take during the period 1 April to "
             "31 July 2025. A key decision is one likely to result in expenditure or savings of \u00a3500,000 "
             "or more, or to be significant in its effects on communities in two or more wards. Documents "
             "submitted to the decision maker will be available five clear working days before the decision "
             "date. Anyone wishing to make representations should contact the officer named.")
    pdf.multi_cell(0, 4.6, intro, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("S", "", 8.5)
    with pdf.table(col_widths=(70, 42, 30, 74, 53), line_height=4.4, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)), repeat_headings=1) as t:
        hdr = t.row()
        for h in ("Decision", "Decision maker", "Date of decision", "Consultation (including scrutiny)",
                  "Contact officer"):
            hdr.cell(h)
        for row in F_ROWS:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.set_font("S", "", 8.5)
    pdf.multi_cell(0, 4.4, "Exempt information: the decision on the transfer of Ashgrove and Millbeck day "
                   "centres may include an exempt appendix under paragraph 3 of Schedule 12A to the Local "
                   "Government Act 1972. Proper Officer: Head of Democratic Services, Ravensholme Civic Hall.")
    return bytes(pdf.output())


F_GOLD = {"document": F_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
def check(source, gold):
    ok = True
    text = norm(source)
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(norm(ph).strip().split())
        c = text.count(norm(ph))
        if c != 1 or not (6 <= n <= 15):
            ok = False
            print("  FAIL %s (%d words, %d occurrences): %s" % (kind, n, c, ph))
    print("  %s: %d phrases checked, %s" % (gold["document"], len(phrases), "ok" if ok else "FAILED"))
    return ok


def main():
    checking = "--check" in sys.argv
    kpdf, ksrc, splits = build_kelderby()
    cdocx, csrc = build_calderwick()
    fpdf_ = build_forward_plan()
    ok = True
    if splits < 1:
        print("  FAIL: table in minute 48 did not split a row over a page break")
        ok = False
    ok &= check(ksrc, K_GOLD)
    ok &= check(csrc, C_GOLD)
    if checking:
        # also confirm the built files on disk are identical to a fresh build
        for name, blob in ((K_NAME, kpdf), (C_NAME, cdocx), (F_NAME, fpdf_)):
            path = os.path.join(DOCS, name)
            same = os.path.exists(path) and open(path, "rb").read() == blob
            print("  %s on disk matches fresh build: %s" % (name, same))
            ok &= same
        print("CHECK", "PASSED" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, blob in ((K_NAME, kpdf), (C_NAME, cdocx), (F_NAME, fpdf_)):
        with open(os.path.join(DOCS, name), "wb") as f:
            f.write(blob)
    for g in (K_GOLD, C_GOLD, F_GOLD):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built; table row splits:", splits)


if __name__ == "__main__":
    main()
