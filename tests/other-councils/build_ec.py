#!/usr/bin/env python3
"""Build the "ec-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ec.py           build documents/ec-* and gold/ec-*.json
        build_ec.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 9, 19, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

# Manual soft hyphens so fpdf2 breaks long words across justified line ends.
HYPH = {
    "recommissioning": "recom" + SHY + "missioning",
    "domiciliary": "domi" + SHY + "ciliary",
    "accommodation": "accommo" + SHY + "dation",
    "establishment": "estab" + SHY + "lishment",
    "commissioning": "commis" + SHY + "sioning",
    "improvement": "improve" + SHY + "ment",
    "independent": "inde" + SHY + "pendent",
    "arrangements": "arrange" + SHY + "ments",
    "international": "inter" + SHY + "national",
    "neighbourhood": "neighbour" + SHY + "hood",
    "organisations": "organi" + SHY + "sations",
    "transformation": "transfor" + SHY + "mation",
    "representatives": "represen" + SHY + "tatives",
    "procurement": "procure" + SHY + "ment",
    "performance": "perfor" + SHY + "mance",
    "particularly": "particu" + SHY + "larly",
}


def hyph(text):
    def rep(m):
        w = m.group(0)
        h = HYPH.get(w.lower())
        if not h:
            return w
        return (h[0].upper() + h[1:]) if w[0].isupper() else h
    return re.sub(r"[A-Za-z]+", rep, text)


# ---------------------------------------------------------------- document 1
DOC1 = "ec-ravensmoor-health-care-scrutiny-2025-09-11.pdf"
COUNCIL = "Ravensmoor Borough Council"
COMMITTEE = "Health and Care Scrutiny Committee"

ATTEND = [
    ("Present:", "Councillor Margaret Okafor (Chairman); Councillor Dennis Hartley (Vice-Chairman); "
     "Councillors Patrick Brennan, Shazia Chaudhry, Lorna Fenwick, Rajinder Gill and Tom Marsh "
     "(substitute for Councillor Kevin Doyle); Mrs Elaine Prowse (co-opted member, Healthwatch Ravensmoor)."),
    ("In attendance:", "Ms Helen Achterberg (Corporate Director of Adult Social Care, Health and Housing), "
     "Mr Owen Fairclough (Assistant Director, Commissioning, Contracts and Market Management), "
     "Dr Nadia Rahman (Director of Public Health), Ms Claire Stebbings (Chief People Officer, "
     "Ravensmoor and Weald Hospitals NHS Trust), Mr Gareth Pole (Associate Director of Mental Health "
     "and Children's Commissioning, Weald and Downs Integrated Care Board) and Mr Simon Leckie "
     "(Democratic Services Officer)."),
    ("Apologies:", "Councillors Kevin Doyle and Joanna Whitcombe."),
]

# blocks: (kind, ...)  kind in item/p/q/a/res
B = []
def item(n, t): B.append(("item", n, t))
def p(t): B.append(("p", t))
def q(t): B.append(("q", t))
def a(t): B.append(("a", t))
def res(intro, clauses): B.append(("res", intro, clauses))

item("31", "Apologies for Absence and Substitutions")
p("Apologies for absence were received from Councillors Kevin Doyle and Joanna Whitcombe. "
  "Councillor Tom Marsh attended as a substitute for Councillor Doyle.")

item("32", "Declarations of Interest")
p("Councillor Lorna Fenwick declared a personal, non-pecuniary interest in Minute 35 as her "
  "daughter is employed as a staff nurse by Ravensmoor and Weald Hospitals NHS Trust. She remained "
  "in the meeting and took part in the discussion. No other declarations were made.")

item("33", "Minutes of the Previous Meeting")
res("RESOLVED:", ["That the minutes of the meeting held on 10 July 2025 be confirmed as a correct "
                  "record and signed by the Chairman."])

item("34", "Recommissioning of Domiciliary Care (Home Care) Services")
p("The Corporate Director of Adult Social Care, Health and Housing introduced the report, which set "
  "out proposals to recommission domiciliary care from April 2026 through a zoned model of eleven "
  "neighbourhood patches, each served by a lead provider under a five year contract with an option "
  "to extend by two years. Around 1,450 people currently received home care from 38 providers on the "
  "framework. The Assistant Director, Commissioning, Contracts and Market Management outlined the "
  "timetable for procurement and the engagement undertaken with providers and people who use services.")
q("Councillor Brennan asked whether the move to eleven lead providers would squeeze small local "
  "agencies out of the Ravensmoor market, and what weighting price would carry against quality in "
  "the evaluation.")
a("The Assistant Director said that the evaluation would be weighted 60 per cent quality and 40 per "
  "cent price, and that lead providers would be expected to sub-contract to smaller agencies where "
  "they could not cover a patch themselves. Sub-contracting arrangements would need the Council's "
  "written consent and the same rates of pay would apply.")
q("Councillor Chaudhry asked whether care workers would be paid for travel time between visits "
  "under the new contract, given concerns raised at the last meeting about zero hours contracts.")
a("The Corporate Director confirmed that payment for travel time and the Real Living Wage would be "
  "contractual requirements, and that providers would have to offer guaranteed hours to any care "
  "worker who requested them after twelve weeks.")
q("Mrs Prowse asked how the views of people receiving home care and their families had shaped the "
  "specification, as Healthwatch had heard that many felt the consultation had been too short.")
a("The Assistant Director acknowledged that the survey had run for only five weeks over the summer. "
  "Two further listening events would be held in October and the service user reference group would "
  "sit on the evaluation panel for the quality questions.")
q("Councillor Gill asked whether bringing some home care back in-house had been considered as an "
  "option, particularly for the rural patches where the market had repeatedly failed.")
a("The Corporate Director said that an in-house reablement and bridging service would be retained "
  "and expanded, but a wholly in-house service had been costed at around £4.2m a year more and was "
  "not affordable within the medium term financial plan.")
res("RESOLVED:", [
    "That the proposed zoned model for domiciliary care be noted and supported.",
    "That the Cabinet be recommended to require payment for travel time in all new home care contracts.",
    "That the outcome of the October listening events be reported to the Committee in January 2026.",
])

item("35", "Ravensmoor and Weald Hospitals NHS Trust – Workforce and Agency Spend")
p("The Chief People Officer presented an update on the Trust's workforce plan. The vacancy rate had "
  "fallen from 11.2 per cent to 8.6 per cent over the year, largely through international "
  "recruitment of nurses, but spend on agency and bank staff remained £3.1m above the annual cap set "
  "by NHS England.")
q("Councillor Hartley asked what the Trust was doing to retain the nurses it had recruited from "
  "overseas, many of whom were reported to be leaving within two years.")
a("The Chief People Officer said that the Trust had introduced a pastoral support programme, help "
  "with accommodation for the first six months, and a guaranteed route onto band 6 posts after "
  "eighteen months. Turnover among internationally recruited nurses had fallen to 9 per cent.")
q("Councillor Fenwick sought clarification on whether any agency contracts were held with off-framework "
  "suppliers and how much these had cost the Trust in the last quarter.")
a("The Chief People Officer confirmed that off-framework agency use had been eliminated in nursing "
  "since June but remained for a small number of medical locums, at a cost of £412,000 in the quarter.")
q("Councillor Marsh requested that the Committee receive a breakdown of agency spend by ward and by "
  "staff group before its next meeting.")
res("RESOLVED:", [
    "That the update be noted.",
    "That the Trust be asked to provide a breakdown of agency spend by ward and staff group.",
])

item("36", "Public Health Grant 2025/26 and Stop Smoking Service Procurement")
p("The Director of Public Health reported that the public health grant had risen by 5.1 per cent to "
  "£14.8m, although this was below the increase in NHS pay costs passed through to commissioned "
  "services. The integrated stop smoking and lifestyle service contract expired in March 2026 and a "
  "competitive tender was proposed.")
q("Councillor Okafor asked whether the Director was confident that a new provider could be mobilised "
  "in time, given the difficulties with the sexual health contract two years ago.")
a("The Director of Public Health said that a six month mobilisation period had been built into the "
  "timetable and that TUPE information had already been requested from the incumbent provider to "
  "avoid the delays experienced previously.")
q("Councillor Chaudhry raised concern that smoking rates in Eastgate and Millbrook wards were nearly "
  "double the borough average and asked how the new service would reach those communities.")
a("The Director replied that the specification required outreach clinics in the six wards with the "
  "highest smoking prevalence, and that payment would be linked to quits achieved among routine and "
  "manual workers.")
res("RESOLVED:", [
    "That Cabinet be recommended to approve the procurement of the stop smoking and lifestyle service "
    "by open tender for a contract of three years with an option to extend by two years.",
    "That the use of the public health grant for 2025/26 be noted.",
])

item("37", "Children and Young People's Mental Health – Waiting Times")
p("The Associate Director of Mental Health and Children's Commissioning, Weald and Downs Integrated "
  "Care Board, presented the report on waiting times for CAMHS and the neurodevelopmental pathway.")
q("Councillor Gill asked why children referred for an autism assessment in Ravensmoor waited "
  "an average of 97 weeks when the regional average was under 60 weeks.")
a("The Associate Director explained that the local provider had lost three of its five specialist "
  "psychologists last year, and that the ICB had commissioned an independent sector provider to "
  "clear the longest waits by the end of March.")
q("Councillor Brennan expressed concern that schools were being left to support children on the "
  "waiting list without any additional funding or training.")
a("The Associate Director accepted the point and said that the mental health support teams in "
  "schools would be extended to a further fourteen schools from January.")
res("RESOLVED:", [
    "That the report be noted.",
    "That the Integrated Care Board be invited to report progress on autism assessment waits in March 2026.",
])

item("38", "Work Programme 2025/26")
p("The Democratic Services Officer presented the work programme. Members suggested that an item on "
  "temporary accommodation for families be added for the February meeting.")
res("RESOLVED:", ["That the work programme be agreed, subject to the addition of an item on temporary "
                  "accommodation for families in February 2026."])


class MinPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(90, 5, COUNCIL)
        self.cell(90, 5, COMMITTEE + " – 11 September 2025", align="R")
        self.line(15, 14, 195, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.cell(60, 5, "Page %d" % self.page_no())
        self.cell(120, 5, "Chairman's initials ..............", align="R")
        self.set_text_color(0, 0, 0)


def new_pdf(cls, title):
    pdf = cls(format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author(COUNCIL if cls is MinPDF else "Weald and Downs ICB")
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(True, 22)
    return pdf


LX, TX, TW = 15, 35, 160   # label column x, text x, text width


def labelled(pdf, label, text, bold=False, size=9.5):
    h = 5
    if pdf.get_y() + 12 > pdf.h - 22:
        pdf.add_page()
    y = pdf.get_y()
    if label:
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(LX, y)
        pdf.cell(14, h, label)
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_xy(TX, y)
    pdf.multi_cell(TW, h, hyph(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def source_text(blocks, attend, head):
    parts = list(head)
    for lab, t in attend:
        parts.append(lab + " " + t)
    for b in blocks:
        if b[0] == "item":
            parts.append(b[1] + ". " + b[2])
        elif b[0] == "res":
            parts.append(b[1])
            parts += ["(%s) %s" % (chr(97 + i), c) for i, c in enumerate(b[2])]
        else:
            parts.append(b[1])
    return "\n".join(parts)


HEAD1 = [COUNCIL, "MINUTES of a meeting of the " + COMMITTEE + " held in the Council Chamber, "
         "Town Hall, Ravensmoor on Thursday 11 September 2025 at 6.30 pm"]


def build1():
    pdf = new_pdf(MinPDF, COMMITTEE + " minutes 11 September 2025")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, HEAD1[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for lab, t in ATTEND:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(15, y)
        pdf.cell(0, 5, lab, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_x(TX)
        pdf.multi_cell(TW, 5, hyph(t), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    for b in B:
        k = b[0]
        if k == "item":
            if pdf.get_y() + 25 > pdf.h - 22:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_xy(LX, y)
            pdf.cell(18, 6, b[1] + ".")
            pdf.set_xy(TX, y)
            pdf.multi_cell(TW, 6, b[2].upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "p":
            labelled(pdf, "", b[1])
        elif k == "q":
            labelled(pdf, "Q", b[1])
        elif k == "a":
            labelled(pdf, "A", b[1])
        elif k == "res":
            if pdf.get_y() + 20 > pdf.h - 22:
                pdf.add_page()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_x(TX)
            pdf.cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            for i, c in enumerate(b[2]):
                y = pdf.get_y()
                pdf.set_font("DejaVu", "", 9.5)
                if len(b[2]) > 1:
                    pdf.set_xy(TX, y)
                    pdf.cell(8, 5, "(%s)" % chr(97 + i))
                    pdf.set_xy(TX + 8, y)
                    pdf.multi_cell(TW - 8, 5, hyph(c), align="J", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_xy(TX, y)
                    pdf.multi_cell(TW, 5, hyph(c), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(TX)
    pdf.multi_cell(TW, 5, "The meeting closed at 8.52 pm.\n\n\nChairman ......................................",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, DOC1))
    return source_text(B, ATTEND, HEAD1) + "\nThe meeting closed at 8.52 pm."


def Q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-11",
    "items": [{"number": b[1], "title": b[2]} for b in B if b[0] == "item"],
    "questions": [
        Q("34", "question", "would squeeze small local agencies out of the Ravensmoor market",
          "Councillor Brennan",
          "evaluation would be weighted 60 per cent quality and 40 per cent price",
          "The Assistant Director", ["subcontracting", "adult-social-care"]),
        Q("34", "question", "would be paid for travel time between visits under the new contract",
          "Councillor Chaudhry",
          "payment for travel time and the Real Living Wage would be contractual requirements",
          "The Corporate Director", ["workforce", "subcontracting", "adult-social-care"]),
        Q("34", "question", "views of people receiving home care and their families had shaped the specification",
          "Mrs Prowse",
          "Two further listening events would be held in October",
          "The Assistant Director", ["patient-and-public-input", "adult-social-care"]),
        Q("34", "question", "whether bringing some home care back in-house had been considered",
          "Councillor Gill",
          "a wholly in-house service had been costed at around £4.2m a year more",
          "The Corporate Director", ["privatisation", "finance", "adult-social-care"]),
        Q("35", "question", "to retain the nurses it had recruited from overseas",
          "Councillor Hartley",
          "introduced a pastoral support programme, help with accommodation for the first six months",
          "The Chief People Officer", ["workforce"]),
        Q("35", "question", "whether any agency contracts were held with off-framework suppliers",
          "Councillor Fenwick",
          "off-framework agency use had been eliminated in nursing since June",
          "The Chief People Officer", ["workforce", "subcontracting", "finance"]),
        Q("35", "request", "receive a breakdown of agency spend by ward and by staff group",
          "Councillor Marsh", None, None, ["workforce", "finance"]),
        Q("36", "question", "confident that a new provider could be mobilised in time",
          "Councillor Okafor",
          "a six month mobilisation period had been built into the timetable",
          "The Director of Public Health", ["subcontracting", "public-health"]),
        Q("36", "concern", "smoking rates in Eastgate and Millbrook wards were nearly double the borough average",
          "Councillor Chaudhry",
          "required outreach clinics in the six wards with the highest smoking prevalence",
          "The Director", ["public-health"]),
        Q("37", "question", "children referred for an autism assessment in Ravensmoor waited an average of 97 weeks",
          "Councillor Gill",
          "the local provider had lost three of its five specialist psychologists",
          "The Associate Director", ["children-and-families", "mental-health", "workforce"]),
        Q("37", "concern", "schools were being left to support children on the waiting list",
          "Councillor Brennan",
          "mental health support teams in schools would be extended to a further fourteen schools",
          "The Associate Director", ["children-and-families", "mental-health", "finance"]),
    ],
    "resolutions": [
        R("33", "minutes of the meeting held on 10 July 2025 be confirmed", "agreed", []),
        R("34", "proposed zoned model for domiciliary care be noted and supported", "recommended",
          ["adult-social-care", "subcontracting", "workforce"]),
        R("35", "Trust be asked to provide a breakdown of agency spend", "agreed", ["workforce", "finance"]),
        R("36", "procurement of the stop smoking and lifestyle service by open tender", "recommended",
          ["public-health", "subcontracting", "finance"]),
        R("37", "invited to report progress on autism assessment waits in March 2026", "agreed",
          ["children-and-families", "mental-health"]),
        R("38", "work programme be agreed, subject to the addition of an item", "agreed", ["housing"]),
    ],
    "attendees": [
        {"name": "Councillor Margaret Okafor", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Dennis Hartley", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Patrick Brennan", "role": None, "attendance": "present"},
        {"name": "Councillor Shazia Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor Lorna Fenwick", "role": None, "attendance": "present"},
        {"name": "Councillor Rajinder Gill", "role": None, "attendance": "present"},
        {"name": "Councillor Tom Marsh", "role": "substitute for Councillor Kevin Doyle", "attendance": "present"},
        {"name": "Mrs Elaine Prowse", "role": "co-opted member, Healthwatch Ravensmoor", "attendance": "present"},
        {"name": "Ms Helen Achterberg", "role": "Corporate Director of Adult Social Care, Health and Housing", "attendance": "in_attendance"},
        {"name": "Mr Owen Fairclough", "role": "Assistant Director, Commissioning, Contracts and Market Management", "attendance": "in_attendance"},
        {"name": "Dr Nadia Rahman", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ms Claire Stebbings", "role": "Chief People Officer, Ravensmoor and Weald Hospitals NHS Trust", "attendance": "in_attendance"},
        {"name": "Mr Gareth Pole", "role": "Associate Director of Mental Health and Children's Commissioning, Weald and Downs Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr Simon Leckie", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor Kevin Doyle", "role": None, "attendance": "apologies"},
        {"name": "Councillor Joanna Whitcombe", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "ec-weald-downs-icb-board-assurance-framework-summary.pdf"
RISKS = [
    ("SR1", "Urgent and emergency care", "Demand for urgent care exceeds capacity, leading to long waits in emergency departments and ambulance handover delays.",
     "Chief Operating Officer", "4 x 5 = 20", "4 x 4 = 16", "3 x 3 = 9",
     "UEC improvement plan; system control centre; virtual wards (310 beds).",
     "Discharge to assess capacity in the east of the system.",
     "Monthly UEC board report; internal audit (reasonable assurance, May 2025)."),
    ("SR2", "Financial sustainability", "The ICS fails to deliver its 2025/26 financial plan, with a forecast deficit of £38.4m before mitigations.",
     "Chief Finance Officer", "5 x 4 = 20", "4 x 4 = 16", "3 x 4 = 12",
     "Run-rate controls; vacancy controls panel; grip and control reviews at each trust.",
     "Unidentified efficiency savings of £11.2m.",
     "Finance and Performance Committee; NHS England oversight meetings."),
    ("SR3", "Workforce", "Shortages in nursing, general practice and social care staff limit the capacity of services.",
     "Chief People Officer", "4 x 4 = 16", "4 x 3 = 12", "3 x 3 = 9",
     "System workforce plan; international recruitment; bank staff collaborative.",
     "Domiciliary care workforce data are incomplete.",
     "People Committee; quarterly workforce dashboard."),
    ("SR4", "Primary care access", "Patients cannot obtain timely GP and dental appointments, widening health inequalities.",
     "Director of Primary Care", "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8",
     "Access recovery plan; additional roles scheme; dental commissioning plan.",
     "Dental contract levers are limited.",
     "Primary Care Commissioning Committee; GP patient survey."),
    ("SR5", "Commissioned services and providers", "Failure of a key independent sector or voluntary sector provider interrupts continuity of care.",
     "Director of Strategy", "3 x 5 = 15", "3 x 4 = 12", "2 x 4 = 8",
     "Provider assurance framework; contract management reviews; market oversight with local authorities.",
     "Limited financial information on smaller providers.",
     "Audit and Risk Committee; contract performance reports."),
    ("SR6", "Mental health and children's services", "Waits for CAMHS and neurodevelopmental assessment continue to grow.",
     "Director of Mental Health", "4 x 4 = 16", "4 x 4 = 16", "3 x 3 = 9",
     "Waiting list initiative; mental health support teams in schools.",
     "No agreed all-age neurodevelopmental pathway.",
     "Quality Committee; joint reports to health scrutiny committees."),
]


class BafPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(0, 70, 130)
        self.set_xy(10, 6)
        self.cell(0, 5, "NHS Weald and Downs Integrated Care Board  |  Board meeting in public, 2 October 2025  |  Agenda item 9", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(14)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, "Board Assurance Framework – summary, Q2 2025/26   Page %d of {nb}" % self.page_no(), align="C")


def build2():
    pdf = BafPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Board Assurance Framework - summary")
    pdf.set_author("Weald and Downs ICB")
    pdf.set_margins(10, 14, 10)
    pdf.set_auto_page_break(True, 15)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(0, 70, 130)
    pdf.cell(0, 9, "Board Assurance Framework – summary (Quarter 2, 2025/26)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    intro = ("This paper summarises the six strategic risks to the delivery of the ICB's objectives. "
             "Risk scores are likelihood x impact (1–5 each). The Board is asked to note the summary and "
             "confirm that the assurance received is sufficient. Two risks (SR2, SR6) remain above appetite.")
    pdf.multi_cell(0, 5, intro, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    heads = ("Ref", "Risk", "Description", "Executive lead", "Inherent", "Current", "Target",
             "Key controls", "Gaps in control", "Sources of assurance")
    with pdf.table(col_widths=(10, 24, 46, 24, 17, 17, 17, 44, 34, 44), text_align="LEFT",
                   line_height=4, headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 242))) as t:
        pdf.set_font("DejaVu", "", 7.5)
        row = t.row()
        for h in heads:
            row.cell(h)
        for r in RISKS:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.5, "Risk appetite: open for quality improvement and innovation; cautious for finance; "
                   "minimal for patient safety. Prepared by the Head of Corporate Governance.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, DOC2))
    parts = [intro] + [" ".join(r) for r in RISKS]
    return "\n".join(parts)


GOLD2 = {
    "document": DOC2,
    "doc_type": "report",
    "themes": ["governance", "finance", "workforce", "primary-care", "subcontracting",
               "mental-health", "children-and-families", "integration"],
}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(src, gold):
    t = norm(src)
    bad = 0
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        c = t.count(norm(ph))
        if c != 1 or not (6 <= n <= 15):
            print("FAIL %s [%d words, %d hits]: %s" % (kind, n, c, ph))
            bad += 1
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build1()
    s2 = build2()
    for g in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    if "--check" in sys.argv:
        bad = check(s1, GOLD1) + check(s2, GOLD2)
        # also against extracted PDF text (hyphens at line ends joined)
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, DOC1)) as pdf:
            ext = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        ext = re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", ext)
        print("PDF-text check (informational):", "ok" if check(ext, GOLD1) == 0 else "differences above")
        print("check:", "PASSED" if bad == 0 else "FAILED (%d)" % bad)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
