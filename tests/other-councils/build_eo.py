#!/usr/bin/env python3
"""Build the "eo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eo.py           build documents/eo-* and gold/eo-*.json
        build_eo.py --check   verify every gold phrase occurs once in its document
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
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Document 1: metropolitan borough HASC Panel minutes
# ---------------------------------------------------------------------------
DOC1 = "eo-calderbrook-hasc-panel-2025-03-11.pdf"
COUNCIL1 = "Calderbrook Metropolitan Borough Council"

ATTEND = [
    ("Councillor Maureen Hesketh (Chair)", "Moorside", "\u2713"),
    ("Councillor Imran Qureshi (Vice-Chair)", "Brindle Bridge", "\u2713"),
    ("Councillor Janet Ormerod", "Holt Green", "\u2713"),
    ("Councillor Peter Lomax", "Scarth Hill", "A"),
    ("Councillor Sadia Begum", "Calder Central", "\u2713"),
    ("Councillor Gareth Pilling", "Oakenshaw", "S"),
    ("Councillor Denise Whitworth", "Longden", "\u2713"),
    ("Councillor Raymond Kenyon", "Heywood Lane", "A"),
]

ALSO = ("Also in attendance: Councillor Neil Barraclough (Cabinet Member for Adult Care and "
        "Wellbeing); Helen Stansfield (Executive Director of Adult Services and Health); "
        "Mark Ainsworth (Head of Service, Commissioning and Market Management); Dr Priya "
        "Raman (Director of Public Health); Lorna Catterall (Associate Director of Patient "
        "Flow, Calderbrook Teaching Hospitals NHS Foundation Trust); Simon Duckworth "
        "(Democratic Services Officer).")

ITEMS1 = [
    ("HASC 21", "APOLOGIES AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Councillor Peter Lomax and Councillor "
              "Raymond Kenyon. Councillor Gareth Pilling attended as a substitute for "
              "Councillor Lomax."),
    ]),
    ("HASC 22", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Denise Whitworth declared a personal interest in Minute HASC 25 "
              "as a close family member receives a package of home care arranged by the "
              "Council. She remained in the meeting and took part in the discussion."),
    ]),
    ("HASC 23", "MINUTES OF THE PREVIOUS MEETING", [
        ("r", "RESOLVED: that the minutes of the meeting held on 28 January 2025 be approved "
              "as a correct record and signed by the Chair."),
    ]),
    ("HASC 24", "HOSPITAL DISCHARGE", [
        ("p", "The Associate Director of Patient Flow presented a joint report of the Trust and "
              "the Council on hospital discharge performance over the winter period. On an "
              "average day in February 71 patients at Calderbrook Royal Infirmary no longer "
              "met the criteria to reside, against a planned ceiling of 45, and the number of "
              "people discharged on the day they were ready had risen to 38 per cent."),
        ("p", "Councillor Imran Qureshi (Brindle Bridge) enquired why patients on pathway three "
              "were still waiting an average of nine days for a nursing home placement. The "
              "Head of Service stated that the local nursing home market had lost 64 beds "
              "during the year and that most remaining vacancies were for self-funders at "
              "higher fees. Councillor Sadia Begum (Calder Central) raised concern that "
              "families were being pressed to accept the first available placement outside "
              "the borough. The Executive Director said that no family would be charged for "
              "an interim placement and that a choice protocol would be reissued to ward "
              "staff in April."),
        ("p", "Councillor Janet Ormerod (Holt Green) asked whether the discharge to assess "
              "beds at Fernbank were delivering value for money given that a third were empty "
              "in January. The Associate Director replied that occupancy had since recovered to "
              "89 per cent and that the beds would be reviewed jointly before the contract "
              "ended in September. Councillor Gareth Pilling (Oakenshaw) requested that the "
              "Panel receive readmission rates within 30 days for people discharged on each "
              "pathway; the Chair agreed that these figures be circulated before the next "
              "meeting."),
        ("r", "RESOLVED: that (1) the report be noted; (2) the Trust and the Council be asked to "
              "provide readmission rates by discharge pathway to the June meeting; and (3) "
              "the Cabinet Member be recommended to fund additional reablement capacity in "
              "the 2025/26 Better Care Fund plan."),
    ]),
    ("HASC 25", "RECOMMISSIONING OF HOME CARE", [
        ("p", "The Head of Service introduced proposals to recommission home care from 1 "
              "October 2025 on a zoned model with five lead providers replacing the current "
              "framework of twenty-three agencies. The hourly rate paid to providers would "
              "rise from \u00a323.40 to \u00a325.10."),
        ("p", "Councillor Denise Whitworth (Longden) enquired how the Council would ensure "
              "that care workers transferring to new providers kept their terms and "
              "conditions. The Head of Service stated that TUPE would apply where staff "
              "moved with the work and that bidders would have to commit to paying the "
              "Real Living Wage. Councillor Sadia Begum (Calder Central) questioned whether "
              "handing whole zones to a small number of national private companies would "
              "reduce choice. He responded that local and voluntary sector organisations "
              "would be encouraged to bid as consortia and that the tender had been split "
              "into lots to help smaller agencies."),
        ("p", "Councillor Imran Qureshi (Brindle Bridge) sought clarification on how service "
              "users and carers had been involved in drawing up the specification. The "
              "Executive Director said that 212 people had responded to the consultation "
              "survey and a co-production group of carers would sit on the evaluation panel."),
        ("r", "RESOLVED: that the Panel supports the recommissioning proposals and asks that "
              "the evaluation criteria give at least 20 per cent weighting to workforce "
              "commitments."),
    ]),
    ("HASC 26", "PUBLIC HEALTH GRANT AND STOP SMOKING SERVICE", [
        ("p", "The Director of Public Health reported that the public health grant for 2025/26 "
              "had increased by 5.1 per cent in cash terms but remained below its 2015 level in "
              "real terms, and that the stop smoking service would be brought back in-house "
              "when the current contract with Breathe North CIC expired."),
        ("p", "Councillor Janet Ormerod (Holt Green) asked what would happen to the eleven "
              "advisers employed by the current provider. The Director of Public Health "
              "stated that the staff were expected to transfer to the Council under TUPE and "
              "that a consultation with them would begin in May. The Chair commented that "
              "the rise in vaping among young people needed a separate report, and the "
              "Director undertook to bring one to the Panel in the autumn."),
        ("r", "RESOLVED: that the update on the public health grant and the stop smoking "
              "service be noted."),
    ]),
    ("HASC 27", "WORK PROGRAMME 2024/25", [
        ("p", "The Democratic Services Officer presented the Panel's work programme for the "
              "remainder of the municipal year."),
        ("r", "RESOLVED: that the work programme be agreed, with the addition of a report on "
              "youth vaping to the September 2025 meeting."),
    ]),
]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, COUNCIL1 + "  \u2013  Health and Adult Social Care Scrutiny Panel  "
                  "\u2013  11 March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(60, 5, "Chair's initials ..........")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def fonts(pdf):
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")


def build_doc1():
    src = []
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health and Adult Social Care Scrutiny Panel - Minutes - 11 March 2025")
    pdf.set_author(COUNCIL1)
    fonts(pdf)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    w = pdf.epw

    def para(text, size=10, style="", h=5.2, align="J", gap=2.5):
        src.append(text)
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(COUNCIL1.upper(), 13, "B", 7, "C", 1)
    para("HEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL", 11, "B", 6, "C", 1)
    para("MINUTES of the meeting held on Tuesday 11 March 2025 at 6.00 pm in Committee "
         "Room 2, Calderbrook Town Hall", 10, "", 5.2, "C", 5)

    # attendance table
    pdf.set_font("DejaVu", "B", 9.5)
    cols = (88, 48, w - 136)
    pdf.set_fill_color(225, 225, 225)
    for c, t in zip(cols, ("Councillor", "Ward", "Attendance")):
        pdf.cell(c, 7, t, border=1, fill=True, align="C" if t == "Attendance" else "L")
        src.append(t)
    pdf.ln(7)
    pdf.set_font("DejaVu", "", 9.5)
    for name, ward, mark in ATTEND:
        pdf.cell(cols[0], 6.5, name, border=1)
        pdf.cell(cols[1], 6.5, ward, border=1)
        pdf.cell(cols[2], 6.5, mark, border=1, align="C")
        pdf.ln(6.5)
        src.append(f"{name} {ward} {mark}")
    pdf.ln(1.5)
    para("Key: \u2713 present;  A  apologies for absence;  S  substitute member "
         "(Councillor Pilling substituting for Councillor Lomax)", 8, "I", 4.2, "L", 4)
    para(ALSO, 9.5, "", 5, "J", 5)

    for num, title, blocks in ITEMS1:
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_char_spacing(0)
        nw = pdf.get_string_width(num) + 6
        pdf.cell(nw, 7, num)
        pdf.set_char_spacing(3.5)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        src.append(f"{num} {title}")
        pdf.ln(2)
        for kind, text in blocks:
            if kind == "p":
                para(text)
            else:
                src.append(text)
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_fill_color(236, 236, 236)
                pdf.set_draw_color(190, 190, 190)
                pdf.multi_cell(w, 5.4, text, border=1, fill=True, align="J",
                               padding=(2.5, 3, 2.5, 3), new_x="LMARGIN", new_y="NEXT")
                pdf.set_draw_color(0, 0, 0)
                pdf.ln(4)
    pdf.ln(4)
    para("The meeting closed at 8.12 pm.", 10, "I", 5, "L", 6)
    para("Chair ....................................................    "
         "Date ............................", 10, "", 5, "L", 2)
    pdf.output(os.path.join(DOCS, DOC1))
    return "\n".join(src)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "HASC 21", "title": "Apologies and Substitutions"},
        {"number": "HASC 22", "title": "Declarations of Interest"},
        {"number": "HASC 23", "title": "Minutes of the Previous Meeting"},
        {"number": "HASC 24", "title": "Hospital Discharge"},
        {"number": "HASC 25", "title": "Recommissioning of Home Care"},
        {"number": "HASC 26", "title": "Public Health Grant and Stop Smoking Service"},
        {"number": "HASC 27", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        {"item": "HASC 24", "kind": "question",
         "text": "enquired why patients on pathway three were still waiting an average of nine days",
         "asked_by": "Councillor Imran Qureshi",
         "answer": "the local nursing home market had lost 64 beds during the year",
         "given_by": "Head of Service",
         "themes": ["adult-social-care", "finance"]},
        {"item": "HASC 24", "kind": "concern",
         "text": "families were being pressed to accept the first available placement outside the borough",
         "asked_by": "Councillor Sadia Begum",
         "answer": "no family would be charged for an interim placement",
         "given_by": "Executive Director",
         "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "HASC 24", "kind": "question",
         "text": "asked whether the discharge to assess beds at Fernbank were delivering value for money",
         "asked_by": "Councillor Janet Ormerod",
         "answer": "occupancy had since recovered to 89 per cent",
         "given_by": "Associate Director",
         "themes": ["adult-social-care", "finance", "integration", "subcontracting"]},
        {"item": "HASC 24", "kind": "request",
         "text": "requested that the Panel receive readmission rates within 30 days",
         "asked_by": "Councillor Gareth Pilling",
         "answer": "the Chair agreed that these figures be circulated before the next meeting",
         "given_by": "Chair",
         "themes": ["adult-social-care", "governance"]},
        {"item": "HASC 25", "kind": "question",
         "text": "enquired how the Council would ensure that care workers transferring to new providers",
         "asked_by": "Councillor Denise Whitworth",
         "answer": "TUPE would apply where staff moved with the work",
         "given_by": "Head of Service",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "HASC 25", "kind": "question",
         "text": "handing whole zones to a small number of national private companies would reduce choice",
         "asked_by": "Councillor Sadia Begum",
         "answer": "local and voluntary sector organisations would be encouraged to bid as consortia",
         "given_by": "Head of Service",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "HASC 25", "kind": "question",
         "text": "sought clarification on how service users and carers had been involved",
         "asked_by": "Councillor Imran Qureshi",
         "answer": "212 people had responded to the consultation survey",
         "given_by": "Executive Director",
         "themes": ["patient-and-public-input", "adult-social-care", "subcontracting"]},
        {"item": "HASC 26", "kind": "question",
         "text": "asked what would happen to the eleven advisers employed by the current provider",
         "asked_by": "Councillor Janet Ormerod",
         "answer": "the staff were expected to transfer to the Council under TUPE",
         "given_by": "Director of Public Health",
         "themes": ["workforce", "privatisation", "public-health"]},
        {"item": "HASC 26", "kind": "comment",
         "text": "the rise in vaping among young people needed a separate report",
         "asked_by": "Chair",
         "answer": "the Director undertook to bring one to the Panel in the autumn",
         "given_by": "Director of Public Health",
         "themes": ["public-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "HASC 23",
         "text": "the minutes of the meeting held on 28 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HASC 24",
         "text": "the Trust and the Council be asked to provide readmission rates by discharge pathway",
         "outcome": "recommended",
         "themes": ["adult-social-care", "integration", "finance"]},
        {"item": "HASC 25",
         "text": "the Panel supports the recommissioning proposals and asks that the evaluation criteria",
         "outcome": "agreed",
         "themes": ["subcontracting", "workforce", "adult-social-care"]},
        {"item": "HASC 26",
         "text": "the update on the public health grant and the stop smoking service be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "HASC 27",
         "text": "the work programme be agreed, with the addition of a report on youth vaping",
         "outcome": "agreed", "themes": ["public-health", "children-and-families"]},
    ],
    "attendees": [
        {"name": "Councillor Maureen Hesketh", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Imran Qureshi", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Janet Ormerod", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Lomax", "role": None, "attendance": "apologies"},
        {"name": "Councillor Sadia Begum", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Pilling", "role": None, "attendance": "present"},
        {"name": "Councillor Denise Whitworth", "role": None, "attendance": "present"},
        {"name": "Councillor Raymond Kenyon", "role": None, "attendance": "apologies"},
        {"name": "Councillor Neil Barraclough",
         "role": "Cabinet Member for Adult Care and Wellbeing", "attendance": "in_attendance"},
        {"name": "Helen Stansfield",
         "role": "Executive Director of Adult Services and Health", "attendance": "in_attendance"},
        {"name": "Mark Ainsworth",
         "role": "Head of Service, Commissioning and Market Management",
         "attendance": "in_attendance"},
        {"name": "Dr Priya Raman", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Lorna Catterall",
         "role": "Associate Director of Patient Flow, Calderbrook Teaching Hospitals NHS "
                 "Foundation Trust", "attendance": "in_attendance"},
        {"name": "Simon Duckworth", "role": "Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: opposition group press release
# ---------------------------------------------------------------------------
DOC2 = "eo-calderbrook-libdems-fernbank-closure.pdf"

PR = [
    ("h", "PRESS RELEASE"),
    ("s", "Calderbrook Liberal Democrats  \u2013  Opposition Group, Calderbrook Town Hall"),
    ("s", "For immediate release: Thursday 13 March 2025"),
    ("t", "\u201cThey knew and said nothing\u201d \u2013 Lib Dems condemn Labour cabinet over "
          "Fernbank care home closure"),
    ("p", "Liberal Democrat councillors in Calderbrook have accused the ruling group of "
          "keeping residents and families in the dark over the planned closure of Fernbank "
          "Lodge, the borough's last council-run residential care home for older people."),
    ("p", "Papers published this week show that the Cabinet will be asked on 25 March to close "
          "the 40-bed home in Scarth Hill and sell the site, saving an estimated \u00a31.2 "
          "million a year. The home's 31 residents would be moved to private care homes "
          "elsewhere in the borough."),
    ("p", "At Tuesday's meeting of the Health and Adult Social Care Scrutiny Panel, Lib Dem "
          "Councillor Peter Lomax's question was put on his behalf by a colleague. He had "
          "asked: \u201cWhen did the Cabinet Member first know that Fernbank was earmarked "
          "for closure, and why has not one family been told?\u201d Councillors were told "
          "the matter was not on the agenda and a written answer would follow."),
    ("p", "Councillor Lomax said: \u201cResidents in their nineties are about to lose their "
          "home, and the staff who care for them are about to lose their jobs, all to plug "
          "a hole in the budget. Handing these people over to private operators is not "
          "care, it is a fire sale. The Cabinet must pull this report and hold a proper "
          "public consultation.\u201d"),
    ("p", "The Liberal Democrats have launched a petition calling for Fernbank to remain in "
          "public ownership and are urging families to contact their ward councillors."),
    ("p", "ENDS"),
    ("n", "Notes to editors: 1. Fernbank Lodge opened in 1974 and employs 58 staff. 2. The "
          "Cabinet report is available on the council website. 3. The Liberal Democrats hold "
          "14 of the 51 seats on Calderbrook Council."),
    ("n", "Media contact: Calderbrook Liberal Democrat Group Office, 01632 960 418"),
]


def build_doc2():
    src = []
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Press release - Fernbank Lodge closure")
    pdf.set_author("Calderbrook Liberal Democrats")
    fonts(pdf)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    w = pdf.epw
    for kind, text in PR:
        src.append(text)
        if kind == "h":
            pdf.set_fill_color(250, 166, 26)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 20)
            pdf.cell(w, 14, text, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif kind == "s":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            pdf.ln(5)
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(w, 7.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "I", 8.5)
            pdf.multi_cell(w, 4.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.set_y(-18)
    pdf.set_font("DejaVu", "", 7)
    pdf.cell(w, 4, "Promoted by J. Ormerod on behalf of Calderbrook Liberal Democrats, "
             "12 Mill Street, Calderbrook.", align="C")
    pdf.output(os.path.join(DOCS, DOC2))
    return "\n".join(src)


GOLD2 = {
    "document": DOC2,
    "doc_type": "news",
    "themes": ["adult-social-care", "privatisation", "finance", "workforce",
               "patient-and-public-input"],
}

# ---------------------------------------------------------------------------


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def phrases(gold):
    for q in gold.get("questions", []):
        yield "question", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in gold.get("resolutions", []):
        yield "resolution", r["text"]


def check(pairs):
    import pdfplumber
    ok = True
    for gold, src in pairs:
        doc = os.path.join(DOCS, gold["document"])
        with pdfplumber.open(doc) as p:
            extracted = "\n".join((pg.extract_text() or "") for pg in p.pages)
        ns, ne = norm(src), norm(extracted)
        for kind, ph in phrases(gold):
            n = len(ph.split())
            key = norm(ph)
            cs, ce = ns.count(key), ne.count(key)
            if not 6 <= n <= 15:
                print(f"FAIL {gold['document']}: {kind} has {n} words: {ph!r}")
                ok = False
            if cs != 1:
                print(f"FAIL {gold['document']}: {kind} occurs {cs}x in source: {ph!r}")
                ok = False
            if ce != 1:
                print(f"WARN {gold['document']}: {kind} occurs {ce}x in PDF text: {ph!r}")
        print(f"{gold['document']}: {sum(1 for _ in phrases(gold))} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build_doc1()
    s2 = build_doc2()
    pairs = [(GOLD1, s1), (GOLD2, s2)]
    for g, _ in pairs:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        sys.exit(0 if check(pairs) else 1)


if __name__ == "__main__":
    main()
