#!/usr/bin/env python3
"""Build the "fe-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fe.py           build documents/fe-* and gold/fe-*.json
        build_fe.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, re, sys
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans"
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def shy(text):
    """Insert soft hyphens into long words so justified lines hyphenate."""
    def f(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        V = "aeiouy"
        cut = [i for i in range(4, len(w) - 3) if w[i - 2] in V and w[i - 1] not in V
               and w[i] not in V and w[i + 1] in V]
        if not cut:
            return w
        i = min(cut, key=lambda k: abs(k - len(w) // 2))
        return w[:i] + SHY + w[i:]
    return re.sub(r"[A-Za-z]+", f, text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- document 1
COUNCIL = "Calderbridge Metropolitan Borough Council"
DOC1 = "fe-calderbridge-health-scrutiny-2025-03-11.pdf"

PRESENT = ("Councillors J Okafor (Chair), P Hargreaves (Vice-Chair), S Begum, R Achterberg, "
           "L Nolan, D Whitworth and M Duffy (substitute for Councillor T Lacey)")
CO_OPTED = "K Ramsden (Healthwatch Calderbridge, non-voting co-opted member)"
APOLOGIES = "Councillor T Lacey"
OFFICERS = ("Dr A Chaudhry (Director of Public Health), H Marsh (Assistant Director, Adult Social "
            "Care Commissioning and Market Development), G Lloyd (Place Director, West Riverside "
            "Integrated Care Board), F Adeyemi (Associate Director of Mental Health Transformation, "
            "Riverside Care Partnership NHS Foundation Trust), N Quigley (Strategic Finance Business "
            "Partner – People Directorate) and J Pike (Democratic Services Officer)")

ITEMS = [
    ("40", "Apologies for Absence and Substitutions", [
        ("Summary", ["Apologies for absence were received from Councillor T Lacey. Councillor M Duffy "
                     "attended as substitute."]),
    ]),
    ("41", "Declarations of Interest", [
        ("Summary", ["Councillor S Begum declared a non-pecuniary interest in Minute 44 as an employee "
                     "of Riverside Teaching Hospitals NHS Trust, and remained in the meeting."]),
    ]),
    ("42", "Minutes of the Previous Meeting", [
        ("Decision", ["That the minutes of the meeting held on 4 February 2025 be approved as a "
                      "correct record and signed by the Chair."]),
    ]),
    ("43", "Recommissioning of Home Care (Care at Home) Services", [
        ("Summary", ["The Assistant Director, Adult Social Care Commissioning and Market Development, "
                     "introduced the report, which set out the proposed approach to recommissioning "
                     "home care from October 2025. The current framework of 23 providers would be "
                     "replaced by six geographical zones, each with a lead provider and a reserve list. "
                     "The estimated annual contract value was £38.6m and 1,940 people currently "
                     "received care at home arranged by the Council."]),
        ("Questions", [
            "1. Cllr Hargreaves asked how the Council would stop a zone collapsing if a lead provider "
            "handed back its contract at short notice, as had happened in Easterfold in 2023.",
            "2. Cllr Nolan asked whether the hourly rate of £23.10 would allow providers to pay care "
            "workers the Real Living Wage and mileage between calls.",
            "3. Cllr Achterberg raised concern that large private providers owned by private equity "
            "funds would squeeze out small local agencies.",
            "4. K Ramsden asked how people who currently receive care had been involved in designing "
            "the new service specification.",
        ]),
        ("Answers", [
            "1. The Assistant Director said each zone would have two reserve providers on standby and "
            "the contract would require six months' notice of any hand-back, with step-in rights for "
            "the Council.",
            "2. Officers confirmed the rate had been modelled on the Real Living Wage plus travel time, "
            "and that payment for travel time would be monitored through the electronic call monitoring "
            "system.",
            "3. The Assistant Director said the tender was weighted 60 per cent quality and included "
            "a social value question favouring locally based employers; financial checks would be "
            "applied to all bidders.",
            "4. The Committee was informed that 212 people and carers had responded to a survey and "
            "that an expert-by-experience panel would sit on the evaluation.",
        ]),
        ("Decision", ["RESOLVED – That (1) the report and the proposed zonal model be noted; (2) a "
                      "further report on the outcome of the tender evaluation, including the "
                      "social value scores, be brought to the Committee in June 2025."]),
    ]),
    ("44", "West Riverside ICB – Community Mental Health Transformation", [
        ("Summary", ["The Place Director and the Associate Director of Mental Health Transformation gave "
                     "a presentation on the new neighbourhood mental health teams, which brought "
                     "together NHS, council and voluntary sector staff in four localities. Waiting "
                     "times for a first assessment had fallen from 16 to 9 weeks."]),
        ("Questions", [
            "1. Cllr Whitworth asked why waits for psychological therapy after assessment were still "
            "over 30 weeks in the north locality.",
            "2. Cllr Begum sought assurance that the teams were fully staffed, noting reports of "
            "high vacancy rates among community psychiatric nurses.",
            "3. Cllr Duffy requested a breakdown of the transformation funding between the NHS trust "
            "and the voluntary organisations.",
        ]),
        ("Answers", [
            "1. The Associate Director explained that the north locality had lost two psychologists "
            "and that a shared waiting list across localities would be introduced in April.",
            "2. The Place Director acknowledged a vacancy rate of 14 per cent and said an international "
            "recruitment campaign had filled nine posts since December.",
            "3. The Place Director undertook to circulate the funding breakdown to Members after the "
            "meeting.",
        ]),
        ("Decision", ["That the presentation on community mental health transformation be noted."]),
    ]),
    ("45", "Public Health Grant 2025/26 and Stop Smoking Service", [
        ("Summary", ["The Director of Public Health and the Strategic Finance Business Partner presented "
                     "the proposed allocation of the public health grant of £31.2m, including a "
                     "proposal to reduce the specialist stop smoking service by £410,000 and to rely "
                     "more on community pharmacies."]),
        ("Questions", [
            "1. Cllr Okafor asked what assessment had been made of the effect on smoking rates in the "
            "most deprived wards, where prevalence was 24 per cent.",
            "2. Cllr Nolan questioned whether pharmacies had the capacity to take on stop smoking "
            "support when several had reduced opening hours.",
            "3. Cllr Hargreaves commented that cutting prevention services to balance the budget was a "
            "false economy for the NHS.",
        ]),
        ("Answers", [
            "1. The Director of Public Health said a full equality impact assessment had not yet been "
            "completed and would be ready before Cabinet.",
            "2. The Director reported that 31 of the 48 pharmacies had expressed interest and a "
            "training offer would be funded from the grant.",
            "3. The Finance Business Partner noted that the grant uplift of 2.9 per cent did not cover "
            "the NHS pay award for commissioned staff.",
        ]),
        ("Decision", ["RECOMMENDED to Cabinet that the proposed reduction to the specialist stop smoking "
                      "service should not proceed until a full equality impact assessment has been "
                      "considered by this Committee."]),
    ]),
    ("46", "Healthwatch Calderbridge – Quarter 3 Report", [
        ("Summary", ["K Ramsden presented the quarterly report, which drew on 644 pieces of feedback, "
                     "the largest share relating to GP access and hospital discharge."]),
        ("Questions", [
            "1. Cllr Achterberg asked whether patients were still being told to ring at 8am to get a "
            "GP appointment.",
            "2. Cllr Whitworth asked what Healthwatch had found on its visit to the discharge lounge "
            "at Calderbridge Royal Infirmary.",
        ]),
        ("Answers", [
            "1. K Ramsden said that the 8am telephone rush remained the most common complaint, although "
            "online requests had improved in eleven practices.",
            "2. Members were told that patients waited an average of five hours in the lounge for "
            "transport or medication, and a report would be published in April.",
        ]),
        ("Decision", ["That the Healthwatch Calderbridge quarterly report be noted."]),
    ]),
    ("47", "Work Programme 2024/25", [
        ("Summary", ["The Democratic Services Officer presented the work programme."]),
        ("Decision", ["That the work programme be agreed, subject to adding an item on hospital discharge "
                      "delays to the July 2025 meeting."]),
    ]),
]


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, COUNCIL, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Health Scrutiny Committee – Tuesday, 11 March 2025", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, f"Page {self.page_no()} of {{nb}}")
        self.cell(0, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 30


def build_doc1():
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONT + ".ttf")
    pdf.add_font("DejaVu", "B", FONT + "-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "HEALTH SCRUTINY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "MINUTES of the meeting held on Tuesday, 11 March 2025 at 2.00 pm in Committee "
                   "Room 2, Calderbridge Civic Centre, Wellgate, Calderbridge", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, txt in [("Present:", PRESENT), ("Co-opted:", CO_OPTED), ("Apologies:", APOLOGIES),
                     ("Officers:", OFFICERS)]:
        pdf.set_font("DejaVu", "B", 10)
        y = pdf.get_y()
        pdf.cell(25, 5, lab)
        pdf.set_xy(pdf.l_margin + 25, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(W - 25, 5, shy(txt), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    for num, title, sections in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, f"{num}.  {title.upper()}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for label, paras in sections:
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_text_color(60, 60, 60)
            pdf.cell(LABEL_W, 5, label)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(pdf.l_margin + LABEL_W, y)
            for p in paras:
                m = re.match(r"(\d+\.) (.*)", p, re.S)
                if m:
                    x0 = pdf.l_margin + LABEL_W
                    if pdf.get_y() > pdf.h - 30:
                        pdf.add_page()
                    pdf.set_x(x0)
                    yy = pdf.get_y()
                    pdf.cell(7, 5, m.group(1))
                    pdf.set_xy(x0 + 7, yy)
                    pdf.multi_cell(W - LABEL_W - 7, 5, shy(m.group(2)), align="J",
                                   new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_x(pdf.l_margin + LABEL_W)
                    pdf.multi_cell(W - LABEL_W, 5, shy(p), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(1.5)
        pdf.ln(3)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "The meeting closed at 4.47 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Chair ...............................................   Date ....................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / DOC1))
    src = "\n".join([PRESENT, CO_OPTED, APOLOGIES, OFFICERS] +
                    [f"{n} {t}\n" + "\n".join(l + " " + "\n".join(ps) for l, ps in s) for n, t, s in ITEMS])
    return src


def Q(item, kind, text, who, answer, by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": who, "answer": answer,
            "given_by": by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-11",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("43", "question", "how the Council would stop a zone collapsing if a lead provider",
          "Cllr Hargreaves", "each zone would have two reserve providers on standby",
          "The Assistant Director", ["subcontracting", "adult-social-care"]),
        Q("43", "question", "whether the hourly rate of £23.10 would allow providers to pay care workers",
          "Cllr Nolan", "the rate had been modelled on the Real Living Wage plus travel time",
          "Officers", ["finance", "workforce", "adult-social-care", "subcontracting"]),
        Q("43", "concern", "large private providers owned by private equity funds would squeeze out small local agencies",
          "Cllr Achterberg", "the tender was weighted 60 per cent quality and included a social value question",
          "The Assistant Director", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("43", "question", "how people who currently receive care had been involved in designing",
          "K Ramsden", "212 people and carers had responded to a survey",
          None, ["patient-and-public-input", "adult-social-care"]),
        Q("44", "question", "why waits for psychological therapy after assessment were still over 30 weeks",
          "Cllr Whitworth", "the north locality had lost two psychologists",
          "The Associate Director", ["mental-health"]),
        Q("44", "concern", "sought assurance that the teams were fully staffed, noting reports of high vacancy rates",
          "Cllr Begum", "acknowledged a vacancy rate of 14 per cent",
          "The Place Director", ["mental-health", "workforce"]),
        Q("44", "request", "requested a breakdown of the transformation funding between the NHS trust",
          "Cllr Duffy", "undertook to circulate the funding breakdown to Members after the meeting",
          "The Place Director", ["mental-health", "finance", "subcontracting"]),
        Q("45", "question", "what assessment had been made of the effect on smoking rates",
          "Cllr Okafor", "a full equality impact assessment had not yet been completed",
          "The Director of Public Health", ["public-health"]),
        Q("45", "question", "whether pharmacies had the capacity to take on stop smoking support",
          "Cllr Nolan", "31 of the 48 pharmacies had expressed interest",
          "The Director", ["public-health", "primary-care"]),
        Q("45", "comment", "cutting prevention services to balance the budget was a false economy",
          "Cllr Hargreaves", "the grant uplift of 2.9 per cent did not cover the NHS pay award",
          "The Finance Business Partner", ["public-health", "finance"]),
        Q("46", "question", "whether patients were still being told to ring at 8am",
          "Cllr Achterberg", "the 8am telephone rush remained the most common complaint",
          "K Ramsden", ["primary-care", "patient-and-public-input"]),
        Q("46", "question", "what Healthwatch had found on its visit to the discharge lounge",
          "Cllr Whitworth", "patients waited an average of five hours in the lounge",
          None, ["adult-social-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        R("42", "the minutes of the meeting held on 4 February 2025 be approved", "agreed", []),
        R("43", "a further report on the outcome of the tender evaluation", "agreed",
          ["subcontracting", "adult-social-care"]),
        R("44", "That the presentation on community mental health transformation be noted", "noted",
          ["mental-health"]),
        R("45", "the proposed reduction to the specialist stop smoking service should not proceed",
          "recommended", ["public-health", "finance"]),
        R("46", "That the Healthwatch Calderbridge quarterly report be noted", "noted",
          ["patient-and-public-input"]),
        R("47", "the work programme be agreed, subject to adding an item on hospital discharge",
          "agreed", ["governance", "adult-social-care"]),
    ],
    "attendees": [
        {"name": "J Okafor", "role": "Chair", "attendance": "present"},
        {"name": "P Hargreaves", "role": "Vice-Chair", "attendance": "present"},
        {"name": "S Begum", "role": None, "attendance": "present"},
        {"name": "R Achterberg", "role": None, "attendance": "present"},
        {"name": "L Nolan", "role": None, "attendance": "present"},
        {"name": "D Whitworth", "role": None, "attendance": "present"},
        {"name": "M Duffy", "role": "substitute for Councillor T Lacey", "attendance": "present"},
        {"name": "K Ramsden", "role": "Healthwatch Calderbridge, non-voting co-opted member",
         "attendance": "present"},
        {"name": "T Lacey", "role": None, "attendance": "apologies"},
        {"name": "Dr A Chaudhry", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "H Marsh", "role": "Assistant Director, Adult Social Care Commissioning and Market Development",
         "attendance": "in_attendance"},
        {"name": "G Lloyd", "role": "Place Director, West Riverside Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "F Adeyemi", "role": "Associate Director of Mental Health Transformation, Riverside Care "
                                      "Partnership NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "N Quigley", "role": "Strategic Finance Business Partner – People Directorate",
         "attendance": "in_attendance"},
        {"name": "J Pike", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "fe-healthwatch-calderbridge-your-voice-2024-25.pdf"
HW = [
    ("h", "Your voice 2024–25"),
    ("s", "What you told Healthwatch Calderbridge this year – annual summary"),
    ("p", "Between April 2024 and March 2025, 2,318 people shared their experiences of health and social "
          "care with us – by phone, online, at our 61 community stalls and through our Enter and View visits. "
          "This summary sets out what we heard and what changed as a result."),
    ("h2", "Our year in numbers"),
    ("stat", [("2,318", "people shared their experiences"), ("61", "community events attended"),
              ("9", "Enter and View visits to care homes and wards"), ("38", "volunteers gave 1,450 hours"),
              ("412", "people helped with information and signposting"), ("14", "reports published")]),
    ("h2", "GP access"),
    ("p", "Getting a GP appointment was again the issue people raised most (31% of all feedback). Most "
          "complaints were about the 8am telephone queue and not knowing who they would see."),
    ("q", "“I rang 43 times one morning and by the time I got through every appointment had gone.” – "
          "Patient, Easterfold"),
    ("h2", "Mental health"),
    ("q", "“I waited six weeks for a first call back from the crisis team and nobody told me what was "
          "happening in the meantime.” – Carer, Calderbridge North"),
    ("p", "Young people told us that CAMHS waiting lists were too long and that school counsellors were "
          "often the only support available."),
    ("h2", "Leaving hospital and care at home"),
    ("q", "“Dad was ready to go home on Monday but the care package didn’t start until Friday.” – "
          "Family member, Wellgate"),
    ("p", "We visited the discharge lounge at Calderbridge Royal Infirmary and found people waiting an "
          "average of five hours for transport or medicines. We made seven recommendations, six of which "
          "the hospital trust has accepted."),
    ("h2", "Dentistry"),
    ("p", "Only 2 of the 26 dental practices we contacted were taking on new adult NHS patients. "
          "“I’ve been on a waiting list for two years and ended up pulling my own tooth.” – Resident, Hollinside"),
    ("h2", "What changed because of you"),
    ("b", ["The ICB added an online booking option in eleven GP practices after our report on telephone access.",
           "The Council included people who use home care on the panel choosing new providers.",
           "The hospital trust now gives patients a written discharge plan before they leave the ward."]),
    ("p", "Healthwatch Calderbridge is funded by Calderbridge Metropolitan Borough Council. Our funding for "
          "2024–25 was £186,000, a reduction of 4% on the previous year."),
]


def build_doc2():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT + ".ttf")
    pdf.add_font("DejaVu", "B", FONT + "-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - 40
    src = []
    for kind, val in HW:
        if kind == "h":
            pdf.set_fill_color(0, 95, 110)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 24)
            pdf.cell(0, 16, " " + val, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "s":
            pdf.set_font("DejaVu", "", 12)
            pdf.cell(0, 9, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 14)
            pdf.set_text_color(0, 95, 110)
            pdf.cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "q":
            pdf.set_fill_color(232, 244, 245)
            pdf.set_font("DejaVu", "I", 11)
            pdf.multi_cell(0, 6, val, fill=True, padding=3, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "stat":
            bw = W / 3
            for i, (n, lab) in enumerate(val):
                if i % 3 == 0:
                    y = pdf.get_y()
                x = pdf.l_margin + (i % 3) * bw
                pdf.set_xy(x, y)
                pdf.set_font("DejaVu", "B", 20)
                pdf.set_text_color(0, 95, 110)
                pdf.cell(bw, 10, n)
                pdf.set_xy(x, y + 10)
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(bw - 4, 4.5, lab)
                if i % 3 == 2:
                    pdf.set_xy(pdf.l_margin, y + 22)
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 10.5)
            for b in val:
                pdf.cell(6, 5.5, "•")
                pdf.multi_cell(W - 6, 5.5, b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        src.append(str(val))
    pdf.set_y(-25)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Healthwatch Calderbridge, 14 Market Street, Calderbridge CB1 2HW · Registered charity no. 1160001",
             align="C")
    pdf.output(str(DOCS / DOC2))
    return "\n".join(src)


GOLD2 = {"document": DOC2, "doc_type": "report",
         "themes": ["patient-and-public-input", "primary-care", "mental-health", "adult-social-care",
                    "children-and-families", "finance"]}


def check(src, gold):
    n = norm(src)
    errors = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        wc = len(p.split())
        if not 6 <= wc <= 15:
            errors.append(f"{gold['document']}: {kind} phrase has {wc} words: {p!r}")
        c = n.count(norm(p))
        if c != 1:
            errors.append(f"{gold['document']}: {kind} phrase found {c} times: {p!r}")
    return errors


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    s1 = build_doc1()
    s2 = build_doc2()
    for g in (GOLD1, GOLD2):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--check" in sys.argv:
        errs = check(s1, GOLD1) + check(s2, GOLD2)
        # also confirm phrases survive PDF text extraction (soft hyphens, line breaks)
        import pdfplumber
        with pdfplumber.open(str(DOCS / DOC1)) as pdf:
            txt = "\n".join(p.extract_text() or "" for p in pdf.pages)
        txt = re.sub(r"-\n", "", txt)
        for k in ("questions", "resolutions"):
            for row in GOLD1[k]:
                for p in (row.get("text"), row.get("answer")):
                    if p and norm(p) not in norm(txt):
                        print("note: not found in extracted PDF text (page break?):", p)
        for e in errs:
            print("FAIL", e)
        print("check", "FAILED" if errs else "passed",
              f"({len(GOLD1['questions'])} questions, {len(GOLD1['resolutions'])} resolutions)")
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
