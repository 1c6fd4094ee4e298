#!/usr/bin/env python3
"""Build the "by-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_by.py           build documents/by-* and gold/by-*.json
        build_by.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2025, 2, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)

VOWELS = set("aeiouyAEIOUY")
NOSPLIT = {"th", "ch", "sh", "ph", "ck", "ng", "wh", "qu", "gh"}


# --------------------------------------------------------------------------- layout
def split_points(word):
    """Candidate hyphenation points (index into word), longest prefix first."""
    if not word.isalpha() or len(word) < 7:
        return []
    pts = []
    for i in range(len(word) - 3, 2, -1):
        a, b = word[i - 1], word[i]
        pair = (a + b).lower()
        if pair in NOSPLIT:
            continue
        c = word[i + 1]
        if word[i:].lower() in ("ed", "es") or (len(word) - i == 3 and word[-2:].lower() in ("ed", "es")):
            continue
        if b not in VOWELS and c in VOWELS and (a in VOWELS or a not in VOWELS and (word[i - 2] in VOWELS)):
            pts.append(i)
    return pts


class Doc(FPDF):
    def __init__(self, header_text, footer_fn):
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_fn = footer_fn
        self.add_font("DV", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("DV", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(FIXED)
        self.source = []  # plain source text, paragraph by paragraph

    def header(self):
        if self.header_text:
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 4, self.header_text, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.set_text_color(60, 60, 60)
        left, centre, right = self.footer_fn(self.page_no())
        y = self.h - 12
        self.text(self.l_margin, y, left)
        self.text((self.w - self.get_string_width(centre)) / 2, y, centre)
        self.text(self.w - self.r_margin - self.get_string_width(right), y, right)
        self.set_text_color(0, 0, 0)

    # justified paragraph with hyphenation across line ends
    def para(self, text, size=9.5, style="", lh=4.6, indent=0, after=2.2, justify=True, record=True):
        if record:
            self.source.append(text)
        self.set_font("DV", style, size)
        width = self.w - self.l_margin - self.r_margin - indent
        words = text.split()
        lines, cur = [], []
        sp = self.get_string_width(" ")

        def cur_w(ws):
            return sum(self.get_string_width(x) for x in ws) + sp * max(0, len(ws) - 1)

        i = 0
        while i < len(words):
            w = words[i]
            if cur_w(cur + [w]) <= width:
                cur.append(w)
                i += 1
                continue
            # try to hyphenate
            done = False
            for p in split_points(w):
                head = w[:p] + "-"
                if cur_w(cur + [head]) <= width:
                    cur.append(head)
                    lines.append(cur)
                    cur = []
                    words[i] = w[p:]
                    done = True
                    break
            if not done:
                if not cur:
                    cur.append(w)
                    i += 1
                lines.append(cur)
                cur = []
        if cur:
            lines.append(cur)
        for n, ln in enumerate(lines):
            if self.will_page_break(lh):
                self.add_page()
            x0 = self.l_margin + indent
            y = self.get_y()
            last = n == len(lines) - 1
            if justify and not last and len(ln) > 1:
                total = sum(self.get_string_width(x) for x in ln)
                gap = (width - total) / (len(ln) - 1)
            else:
                gap = sp
            x = x0
            for wd in ln:
                self.set_xy(x, y)
                self.cell(self.get_string_width(wd), lh, wd)
                x += self.get_string_width(wd) + gap
            self.set_xy(self.l_margin, y + lh)
        self.ln(after)

    def heading(self, text, size=10, after=1.5, align="L"):
        self.source.append(text)
        if self.will_page_break(14):
            self.add_page()
        self.set_font("DV", "B", size)
        self.multi_cell(0, 5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


# --------------------------------------------------------------------------- document 1
COUNCIL = "Kirkbrook Metropolitan Borough Council"
PANEL = "Adult Social Care and Health Scrutiny Panel"
MTG = "Tuesday, 11 February 2025"
DOC1 = "by-kirkbrook-adult-social-care-health-scrutiny-panel-2025-02-11.pdf"

PRESENT = ("PRESENT: Councillor M. Oduya (Chair); Councillors T. Brannigan, S. Hall, "
           "R. Pennington, A. Rashid, K. Whitcombe and P. Yardley (Substitute).")
ALSO = ("ALSO PRESENT: Councillor L. Ferriday (Cabinet Member for Adult Social Care "
        "and Health).")
ATTEND = ("IN ATTENDANCE: D. Okonjo (Strategic Director of Adult Social Care, Health and "
          "Housing), R. Fairbanks (Assistant Director – Commissioning, Quality and Market "
          "Management), H. Sutcliffe (Head of Commissioning – Older People, Physical "
          "Disability and Sensory Impairment), M. Greaves (Principal Social Worker and Head "
          "of Practice Quality and Professional Standards), J. Amin (Senior Democratic "
          "Services and Scrutiny Officer), Dr C. Beaumont (Director of Place – Kirkbrook, "
          "NHS South Pennine Integrated Care Board) and S. Whitlam (Chief Nurse, Kirkbrook "
          "and Ashby Hospitals NHS Foundation Trust).")

ITEMS1 = [
    ("41", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", None, [
        "Apologies for absence were received from Councillor D. Lomax, for whom Councillor "
        "P. Yardley attended as substitute, and from Mrs G. Achebe (Co-opted Member, "
        "Healthwatch Kirkbrook).",
    ]),
    ("42", "DECLARATIONS OF INTEREST", None, [
        "Councillor K. Whitcombe declared a non-pecuniary interest in Minute 44 (Home Care "
        "Recommissioning) as a close family member is employed by a home care provider on "
        "the Council's framework. She remained in the meeting and took part in the "
        "discussion of that item.",
    ]),
    ("43", "MINUTES OF THE PREVIOUS MEETING", "Pages 1 - 6", [
        "RESOLVED: That the minutes of the meeting held on 10 December 2024 be approved as "
        "a correct record and signed by the Chair.",
    ]),
    ("44", "HOME CARE RECOMMISSIONING AND CONTRACT PERFORMANCE", "Pages 7 - 22", [
        "The Head of Commissioning – Older People, Physical Disability and Sensory "
        "Impairment presented a report setting out the performance of the current home care "
        "framework, which expires on 30 September 2025, and the proposed approach to "
        "recommissioning. Under the preferred option the borough would be divided into five "
        "geographical zones, each served by a single lead provider on a contract of five "
        "years with an option to extend by a further two years, supported by a reserve list "
        "of approved providers. The report explained that 2,140 people currently received "
        "home care, that around 38,500 hours were delivered each week at an annual cost of "
        "£46.2m, and that 186 people were waiting for a package at the end of January.",
        "The Chair invited questions.",
        "Councillor Pennington sought clarification on how many of the eleven framework "
        "providers were rated Requires Improvement by the Care Quality Commission; the "
        "Assistant Director clarified that three providers currently held that rating and "
        "each was subject to an improvement plan monitored monthly by the quality assurance "
        "team, and that no provider was rated Inadequate.",
        "Councillor Rashid expressed concern that the zoned model would hand whole areas of "
        "the borough to single private providers for up to seven years, to which the Head of "
        "Commissioning replied that break clauses at the end of years three and five would "
        "allow the Council to re-tender any zone where performance fell short, and that the "
        "reserve list would be used where a lead provider could not pick up a package within "
        "48 hours. Councillor Rashid further asked whether the option of bringing part of "
        "the service back in-house had been costed; the Head of Commissioning said that an "
        "in-house option had been appraised at an additional £2.1m per year and was not "
        "considered affordable in the current financial climate, although a small in-house "
        "rapid response team would be retained for hospital discharge.",
        "Councillor Whitcombe asked whether the proposed hourly rate of £23.40 would be "
        "enough for providers to pay care workers the Real Living Wage, and was advised by "
        "the Assistant Director that the rate had been modelled on the Real Living Wage plus "
        "on-costs and travel time and would be uplifted each April in line with the "
        "national increase.",
        "Councillor Hall requested that the Panel see the results of the survey of people "
        "receiving home care and their families before the contract award was made in June. "
        "The Cabinet Member confirmed that the survey closed on 28 February and that the "
        "findings would be shared with the Panel in the spring.",
        "RESOLVED: (1) That the report and the proposed zoned model for home care be noted. "
        "(2) That the Panel's comments on break clauses and the in-house option be "
        "forwarded to the Cabinet Member for Adult Social Care and Health before the "
        "Cabinet decision on 18 March 2025. (3) That the findings of the home care survey be "
        "reported to the meeting of the Panel on 13 May 2025.",
    ]),
    ("45", "WINTER PRESSURES AND HOSPITAL DISCHARGE", "Pages 23 - 34", [
        "The Director of Place – Kirkbrook, NHS South Pennine Integrated Care Board, "
        "introduced a joint report with the Chief Nurse on winter pressures across the local "
        "health and care system, including the operation of the integrated discharge hub "
        "at Kirkbrook General Hospital and the 24 discharge to assess beds commissioned by "
        "the Council for the winter period.",
        "The Chair invited questions.",
        "In reply to Councillor Brannigan's question about patients who remained in "
        "hospital although medically fit for discharge, the Chief Nurse said that the "
        "number had fallen from 94 in December to 61 at the end of January, although she "
        "accepted that this was still too high and that most of those patients were "
        "waiting for a care home placement or a package of home care. Councillor Yardley "
        "queried why the discharge to assess beds at Hollins Lodge had stood partly empty "
        "over Christmas; the Director of Place explained that referrals had been slowed by "
        "a shortage of therapists to carry out assessments and that two additional "
        "occupational therapists had since been seconded from the Trust.",
        "Councillor Hall expressed concern that unpaid carers were often told of a discharge "
        "only on the day itself, to which the Chief Nurse replied that a carers' passport "
        "and a discharge checklist requiring carers to be contacted 48 hours in advance "
        "would be introduced on all wards from March. Councillor Whitcombe commented that "
        "the co-location of council social workers with ward staff in the discharge hub was "
        "a welcome example of joint working which should be continued after the winter.",
        "RESOLVED: (1) That the update be noted. (2) That the Chief Nurse and the Director "
        "of Place provide a written breakdown of delayed discharges by reason and by "
        "destination to all Members of the Panel.",
    ]),
    ("46", "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025-2028", "Pages 35 - 48", [
        "The Cabinet Member for Adult Social Care and Health introduced the draft strategy, "
        "which had been developed with staff, trade unions and the local care sector. The "
        "Principal Social Worker and Head of Practice Quality and Professional Standards "
        "outlined its four priorities: recruitment, retention, career pathways and "
        "wellbeing at work.",
        "The Chair invited questions.",
        "Councillor Rashid sought clarification on the vacancy rate among qualified social "
        "workers; the Principal Social Worker clarified that the rate stood at 18 per cent, "
        "with 14 posts covered by agency social workers at a premium of around £640,000 a "
        "year, and that the strategy aimed to halve agency use by March 2027. Councillor "
        "Pennington asked what was being done to keep newly qualified social workers beyond "
        "their first two years; the Strategic Director said that a protected caseload, a "
        "second-year development programme and a market supplement for hard-to-fill teams "
        "had reduced leavers in that group from eleven to four over the past year.",
        "Councillor Yardley expressed concern that overseas care workers sponsored by local "
        "providers were vulnerable to exploitation, to which the Cabinet Member replied "
        "that the Council had signed the regional ethical recruitment charter and would "
        "suspend new placements with any provider found to be in breach of it. Councillor "
        "Whitcombe commented that the strategy said too little about the pay and conditions "
        "of care workers employed by the independent sector.",
        "RESOLVED: That the Panel endorse the draft Adult Social Care Workforce Strategy "
        "2025-2028 and receive a progress report in twelve months' time.",
    ]),
    ("47", "WORK PROGRAMME 2024/25", "Pages 49 - 54", [
        "The Senior Democratic Services and Scrutiny Officer presented the work programme "
        "for the remainder of the municipal year.",
        "Councillor Pennington requested that the Panel examine the proposals for reduced "
        "community pharmacy opening hours before the end of the municipal year; the Scrutiny "
        "Officer advised that the Integrated Care Board had been invited to attend the "
        "April meeting for that purpose.",
        "RESOLVED: That the work programme be agreed, subject to the addition of the home "
        "care survey findings and community pharmacy opening hours.",
    ]),
    ("48", "EXCLUSION OF THE PRESS AND PUBLIC", None, [
        "RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and "
        "public be excluded from the meeting for the following item of business on the "
        "grounds that it involves the likely disclosure of exempt information as defined in "
        "paragraph 3 of Part 1 of Schedule 12A to the Act.",
    ]),
    ("49", "CARE HOME BLOCK CONTRACT – PROVIDER FINANCIAL RESILIENCE", "Pages 55 - 62", [
        "RESOLVED: That the exempt report be noted and the contingency arrangements set out "
        "in it be endorsed.",
    ]),
]


def footer1(n):
    return (f"ASCH {116 + n}", f"Page {n}", "Chair's initials ________")


def build_doc1():
    pdf = Doc(f"{COUNCIL} – {PANEL} – {MTG}", footer1)
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.source += [COUNCIL.upper(), PANEL.upper()]
    pdf.multi_cell(0, 6.5, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6.5, PANEL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 9.5)
    line = (f"MINUTES of the meeting held in Committee Room 2, Kirkbrook Town Hall on {MTG} "
            "at 2.00 pm")
    pdf.source.append(line)
    pdf.multi_cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # ruled cover box
    top = pdf.get_y()
    pdf.set_x(pdf.l_margin)
    pdf.ln(2)
    for t in (PRESENT, ALSO, ATTEND):
        pdf.para(t, indent=0, after=2.5)
    bottom = pdf.get_y()
    pdf.set_line_width(0.4)
    pdf.rect(pdf.l_margin - 3, top, pdf.w - pdf.l_margin - pdf.r_margin + 6, bottom - top)
    pdf.ln(6)
    for num, title, pages, paras in ITEMS1:
        if num == "49":
            pdf.heading("PART B", size=10.5, align="C")
            pdf.para("(Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A "
                     "to the Local Government Act 1972)", size=8.5, style="I", after=3,
                     justify=False)
        head = f"{num}. {title}" + (f" ({pages})" if pages else "")
        pdf.heading(head)
        for p in paras:
            if p.startswith("RESOLVED: (1)"):
                pdf.source.append(p)
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(0, 5, "RESOLVED:")
                pdf.ln(5.5)
                clauses = re.split(r"\s(?=\(\d\) )", p[len("RESOLVED: "):])
                for c in clauses:
                    pdf.para(c, indent=8, after=1.2, record=False)
                pdf.ln(1.5)
            elif p.startswith("RESOLVED:"):
                pdf.source.append(p)
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(0, 5, "RESOLVED:")
                pdf.ln(5.5)
                pdf.para(p[len("RESOLVED: "):], indent=8, record=False)
            else:
                pdf.para(p)
        pdf.ln(2)
    pdf.ln(2)
    if pdf.will_page_break(22):
        pdf.add_page()
    closing = "The meeting closed at 4.35 pm."
    pdf.para(closing, justify=False)
    pdf.ln(8)
    sig = "CHAIR"
    pdf.source.append(sig)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(0, 5, "..................................................  " + sig)
    pdf.output(os.path.join(DOCS, DOC1))
    return "\n".join(pdf.source)


def q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": PANEL,
    "meeting_date": "2025-02-11",
    "items": [{"number": n, "title": t.title() if False else t} for n, t, _, _ in ITEMS1],
    "questions": [
        q("44", "question",
          "sought clarification on how many of the eleven framework providers were rated",
          "Councillor Pennington",
          "three providers currently held that rating and each was subject to",
          "Assistant Director", ["subcontracting", "governance", "adult-social-care"]),
        q("44", "concern",
          "the zoned model would hand whole areas of the borough to single private providers",
          "Councillor Rashid",
          "break clauses at the end of years three and five would allow",
          "Head of Commissioning", ["privatisation", "subcontracting", "adult-social-care"]),
        q("44", "question",
          "asked whether the option of bringing part of the service back in-house had been costed",
          "Councillor Rashid",
          "appraised at an additional £2.1m per year and was not considered affordable",
          "Head of Commissioning", ["privatisation", "finance", "adult-social-care"]),
        q("44", "question",
          "proposed hourly rate of £23.40 would be enough for providers to pay care workers",
          "Councillor Whitcombe",
          "the rate had been modelled on the Real Living Wage plus on-costs",
          "Assistant Director", ["finance", "workforce", "subcontracting", "adult-social-care"]),
        q("44", "request",
          "see the results of the survey of people receiving home care and their families",
          "Councillor Hall",
          "the survey closed on 28 February and that the findings would be shared",
          "Cabinet Member", ["patient-and-public-input", "adult-social-care"]),
        q("45", "question",
          "question about patients who remained in hospital although medically fit for discharge",
          "Councillor Brannigan",
          "the number had fallen from 94 in December to 61 at the end of January",
          "Chief Nurse", ["adult-social-care", "integration"]),
        q("45", "question",
          "queried why the discharge to assess beds at Hollins Lodge had stood partly empty",
          "Councillor Yardley",
          "referrals had been slowed by a shortage of therapists to carry out assessments",
          "Director of Place", ["adult-social-care", "integration", "workforce"]),
        q("45", "concern",
          "unpaid carers were often told of a discharge only on the day itself",
          "Councillor Hall",
          "a carers' passport and a discharge checklist requiring carers to be contacted",
          "Chief Nurse", ["adult-social-care"]),
        q("45", "comment",
          "the co-location of council social workers with ward staff in the discharge hub",
          "Councillor Whitcombe", None, None, ["integration", "workforce", "adult-social-care"]),
        q("46", "question",
          "sought clarification on the vacancy rate among qualified social workers",
          "Councillor Rashid",
          "the rate stood at 18 per cent, with 14 posts covered by agency social workers",
          "Principal Social Worker", ["workforce", "finance", "adult-social-care"]),
        q("46", "question",
          "asked what was being done to keep newly qualified social workers beyond",
          "Councillor Pennington",
          "a protected caseload, a second-year development programme and a market supplement",
          "Strategic Director", ["workforce", "adult-social-care"]),
        q("46", "concern",
          "overseas care workers sponsored by local providers were vulnerable to exploitation",
          "Councillor Yardley",
          "the Council had signed the regional ethical recruitment charter",
          "Cabinet Member", ["workforce", "subcontracting", "adult-social-care"]),
        q("46", "comment",
          "the strategy said too little about the pay and conditions of care workers",
          "Councillor Whitcombe", None, None, ["workforce", "subcontracting", "adult-social-care"]),
        q("47", "request",
          "examine the proposals for reduced community pharmacy opening hours",
          "Councillor Pennington",
          "the Integrated Care Board had been invited to attend the April meeting",
          "Scrutiny Officer", ["primary-care", "governance"]),
    ],
    "resolutions": [
        {"item": "43", "text": "the minutes of the meeting held on 10 December 2024 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "44",
         "text": "comments on break clauses and the in-house option be forwarded to the Cabinet Member",
         "outcome": "agreed", "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "45",
         "text": "provide a written breakdown of delayed discharges by reason and by destination",
         "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
        {"item": "46",
         "text": "the Panel endorse the draft Adult Social Care Workforce Strategy 2025-2028",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "47",
         "text": "the work programme be agreed, subject to the addition of the home care survey",
         "outcome": "agreed", "themes": ["governance", "primary-care", "patient-and-public-input"]},
        {"item": "48",
         "text": "the press and public be excluded from the meeting for the following item",
         "outcome": "agreed", "themes": ["governance"]},
        {"item": "49",
         "text": "the exempt report be noted and the contingency arrangements set out in it be endorsed",
         "outcome": "agreed", "themes": ["subcontracting", "finance", "adult-social-care"]},
    ],
    "attendees": [
        {"name": "M. Oduya", "role": "Chair", "attendance": "present"},
        {"name": "T. Brannigan", "role": None, "attendance": "present"},
        {"name": "S. Hall", "role": None, "attendance": "present"},
        {"name": "R. Pennington", "role": None, "attendance": "present"},
        {"name": "A. Rashid", "role": None, "attendance": "present"},
        {"name": "K. Whitcombe", "role": None, "attendance": "present"},
        {"name": "P. Yardley", "role": "Substitute", "attendance": "present"},
        {"name": "L. Ferriday", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "D. Okonjo", "role": "Strategic Director of Adult Social Care, Health and Housing",
         "attendance": "in_attendance"},
        {"name": "R. Fairbanks",
         "role": "Assistant Director – Commissioning, Quality and Market Management",
         "attendance": "in_attendance"},
        {"name": "H. Sutcliffe",
         "role": "Head of Commissioning – Older People, Physical Disability and Sensory Impairment",
         "attendance": "in_attendance"},
        {"name": "M. Greaves",
         "role": "Principal Social Worker and Head of Practice Quality and Professional Standards",
         "attendance": "in_attendance"},
        {"name": "J. Amin", "role": "Senior Democratic Services and Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Dr C. Beaumont",
         "role": "Director of Place – Kirkbrook, NHS South Pennine Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "S. Whitlam",
         "role": "Chief Nurse, Kirkbrook and Ashby Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "D. Lomax", "role": None, "attendance": "apologies"},
        {"name": "Mrs G. Achebe", "role": "Co-opted Member, Healthwatch Kirkbrook",
         "attendance": "apologies"},
    ],
}


# --------------------------------------------------------------------------- document 2
DOC2 = "by-kirkbrook-adult-social-care-local-account-2023-24.pdf"

LOCAL = [
    ("h", "Caring for Kirkbrook: our Local Account of Adult Social Care 2023/24"),
    ("p", "This is our annual report to the people of Kirkbrook about adult social care. It "
          "tells you what we spent, what we did, how well we think we did it and, most "
          "importantly, what you told us. It has been written with members of our Making It "
          "Real Group, a panel of people who use services and unpaid carers who meet every "
          "month to check that we are keeping our promises."),
    ("h", "A message from the Cabinet Member"),
    ("p", "Demand for care and support in Kirkbrook has never been higher. More of us are "
          "living into our eighties and nineties, often with several long-term conditions, "
          "and more younger adults with learning disabilities or autism are living "
          "independently. At the same time the cost of providing care has risen sharply. I "
          "am proud of the way our staff, our partners in the NHS and the voluntary sector "
          "and thousands of unpaid carers have risen to that challenge. Councillor L. "
          "Ferriday, Cabinet Member for Adult Social Care and Health."),
    ("h", "Adult social care in numbers"),
    ("p", "In 2023/24 we received 14,820 contacts from people asking for help. 6,310 people "
          "received long-term support, of whom 2,140 were supported at home by home care "
          "workers, 1,465 lived in residential or nursing homes and 912 received a direct "
          "payment to arrange their own care. 1,180 people completed a period of "
          "reablement, and 81 per cent of them were still living at home 91 days after "
          "leaving hospital. We carried out 3,402 carers' assessments, 14 per cent more than "
          "the year before."),
    ("p", "Our net budget for adult social care was £128.4m, which is 38 pence of every "
          "pound the Council spends on services. Around 80 per cent of that money is paid to "
          "independent and voluntary sector providers who deliver care on our behalf."),
    ("h", "What you told us"),
    ("p", "Over 1,900 people took part in our annual survey of people who use services, and "
          "we held twelve listening events in libraries, community centres and care homes. "
          "Here are some of the things you said."),
    ("q", "“The carers who come to my mum are lovely, but it is never the same person twice "
          "and she finds that confusing.” – daughter of a home care user, Ashby"),
    ("q", "“Nobody told me I could have a carer's assessment until I had been looking after "
          "my husband for four years.” – unpaid carer, Kirkbrook town centre"),
    ("q", "“The reablement team got me back on my feet after my hip operation. I can get to "
          "the shops again.” – reablement user, Lowfield"),
    ("q", "“Your website is hard to follow and I waited forty minutes on the phone.” – "
          "resident, Hollins"),
    ("p", "Overall, 63 per cent of people were extremely or very satisfied with their care "
          "and support, slightly above the average for similar councils. Satisfaction among "
          "carers was lower, at 36 per cent."),
    ("h", "How we did against last year's promises"),
    ("p", "We promised to reduce the number of people waiting for an assessment. The waiting "
          "list fell from 742 in April 2023 to 415 in March 2024, but some people still "
          "waited more than twelve weeks. We promised to help more people leave hospital "
          "quickly and safely: with the Integrated Care Board we opened a joint discharge "
          "hub at Kirkbrook General Hospital. We promised to pay care workers fairly: from "
          "April 2024 our rates for home care allow providers to pay at least the Real "
          "Living Wage."),
    ("h", "Our workforce"),
    ("p", "Around 5,600 people work in adult social care in Kirkbrook, most of them for "
          "independent providers. Vacancies in home care fell from 12 per cent to 8 per cent "
          "during the year, helped by international recruitment and our Proud to Care "
          "campaign, but we still rely on agency social workers in some teams."),
    ("h", "What we will do next"),
    ("p", "In 2024/25 we will: recommission home care so that each part of the borough has a "
          "dependable lead provider and people see the same care workers more often; launch "
          "a carers' passport with the hospital trust and identify carers earlier through GP "
          "practices; rebuild our website and cut telephone waiting times; publish a new "
          "workforce strategy; and continue to involve the Making It Real Group in every "
          "major decision we take."),
    ("h", "Tell us what you think"),
    ("p", "You can comment on this Local Account by emailing haveyoursay@kirkbrook.gov.example, "
          "by calling 01632 960 418 or by writing to Adult Social Care, Kirkbrook Town Hall, "
          "Market Street, Kirkbrook KB1 1AA. This document is available in large print, easy "
          "read and other languages on request."),
]


def footer2(n):
    return ("Kirkbrook Local Account 2023/24", f"{n}", "kirkbrook.gov.example/localaccount")


def build_doc2():
    pdf = Doc("", footer2)
    pdf.add_page()
    for kind, text in LOCAL:
        if kind == "h":
            pdf.ln(2)
            pdf.set_text_color(0, 84, 119)
            pdf.heading(text, size=14 if text.startswith("Caring") else 11.5, after=2)
            pdf.set_text_color(0, 0, 0)
        elif kind == "q":
            pdf.set_fill_color(232, 242, 247)
            pdf.para(text, size=9.5, style="I", indent=8, after=2.5)
        else:
            pdf.para(text, size=10, lh=5, after=3)
    pdf.output(os.path.join(DOCS, DOC2))
    return "\n".join(pdf.source)


GOLD2 = {
    "document": DOC2,
    "doc_type": "report",
    "themes": ["adult-social-care", "patient-and-public-input", "finance", "workforce",
               "subcontracting", "integration"],
}


# --------------------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^0-9a-z£]+", " ", s)
    return " " + " ".join(s.split()) + " "


def check(source, gold):
    errors = []
    ns = norm(source)
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            errors.append(f"{gold['document']}: {kind} phrase has {n} words: {ph!r}")
        c = ns.count(norm(ph))
        if c != 1:
            errors.append(f"{gold['document']}: {kind} phrase found {c} times: {ph!r}")
    return errors, len(phrases)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    src1 = build_doc1()
    src2 = build_doc2()
    pairs = [(GOLD1, src1, DOC1), (GOLD2, src2, DOC2)]
    if "--check" in sys.argv:
        errs, total = [], 0
        for g, s, _ in pairs:
            e, n = check(s, g)
            errs += e
            total += n
        for e in errs:
            print("FAIL", e)
        print(f"checked {total} phrases: {'FAILED' if errs else 'all ok'}")
        sys.exit(1 if errs else 0)
    for g, _, d in pairs:
        name = os.path.splitext(d)[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", DOC1, DOC2)


if __name__ == "__main__":
    main()
