#!/usr/bin/env python3
"""Build the "gy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gy.py           build documents/gy-* and gold/gy-*.json
        build_gy.py --check   verify every gold phrase occurs once in its document
"""
import json, re, sys, datetime
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 9, 18, 9, 0, 0, tzinfo=datetime.timezone.utc)

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

# ---------------------------------------------------------------- document 1
DOC1 = "gy-fenbridge-os-panel-communities-2025-09-10.pdf"
COUNCIL = "FENBRIDGE DISTRICT COUNCIL"

D1 = []  # (kind, text)
def P(t): D1.append(("p", t))
def H(t): D1.append(("h", t))
def L(label, t): D1.append(("l", label, t))

D1 += [("title", "FENBRIDGE DISTRICT COUNCIL"),
       ("intro", "MINUTES of the meeting of the OVERVIEW AND SCRUTINY PANEL (COMMUNITIES AND "
        "ENVIRONMENT) held in the Council Chamber, Marsh House, Bridge Street, St Edric's, "
        "PE28 4QT on Wednesday, 10th September 2025.")]
L("PRESENT:", "Councillor D J Marchbank – Chair.")
L("", "Councillors Mrs P A Dolan, R Haverill, T J Ashworth-Reed, K Oyelaran, S M Pilcher, "
      "G Truscott and Mrs L Venn.")
L("APOLOGIES:", "Apologies for absence from the meeting were submitted on behalf of "
      "Councillors B Fairweather and A Quenby.")
L("IN ATTENDANCE:", "Councillor N Holroyd (Executive Councillor for Leisure, Health and "
      "Wellbeing), Mr M Arkwright (Head of Leisure and Health), Mrs C Stannard (Housing "
      "Needs and Resources Manager), Ms R Okafor (Associate Director of Primary Care, "
      "Fenland and Ouse Integrated Care Board), Dr J Lisle (Clinical Director, Ouse Valley "
      "Primary Care Network) and Mr P Greaves (Contract Manager, Activa Leisure Trust Ltd).")

H("21. MINUTES")
P("The Minutes of the meeting of the Panel held on 9th July 2025 were approved as a correct "
  "record and signed by the Chair.")
H("22. MEMBERS' INTERESTS")
P("Councillor Mrs L Venn declared a Non-Registrable Interest in Minute No. 25 by virtue of "
  "her membership of the Ouse Valley Patient Participation Group. Councillor G Truscott "
  "declared an Other Registrable Interest in Minute No. 24 as a trustee of the St Edric's "
  "Swimming Club.")
H("23. NOTICE OF KEY EXECUTIVE DECISIONS")
P("The Panel received and noted the current Notice of Key Executive Decisions (a copy of "
  "which is appended in the Minute Book) which had been published on 22nd August 2025.")
H("24. LEISURE CENTRES OPERATING CONTRACT – ANNUAL PERFORMANCE REVIEW 2024/25")
P("With the aid of a report by the Head of Leisure and Health (a copy of which is appended "
  "in the Minute Book) the Panel reviewed the performance of Activa Leisure Trust Ltd in the "
  "second year of the ten year contract for the operation of the Council's three leisure "
  "centres at St Edric's, Ramsholt and Warboys Fen. The Executive Councillor for Leisure, "
  "Health and Wellbeing introduced the report and Mr P Greaves of Activa Leisure Trust Ltd "
  "was present to answer Members' questions.")
P("Councillor R Haverill questioned why the management fee paid by the Council had risen by "
  "£184,000 when attendances remained below the levels achieved before the contract began. "
  "The Panel heard that the increase reflected the utilities indexation clause agreed at "
  "contract award and that attendances had in fact recovered to 94 per cent of the 2019/20 "
  "baseline. Councillor Haverill went on to express concern that the Council had little "
  "sight of the operator's own profit margin, and in response the Head of Leisure and "
  "Health explained that open book accounting would be applied from April 2026 under the "
  "contract variation presently being negotiated. Following a question from Councillor K "
  "Oyelaran, Members were informed that the closure of the Ramsholt learner pool for eleven "
  "weeks had been caused by a failed plant room pump and that service credits of £12,400 "
  "had been deducted from the monthly payment.")
P("Councillor Mrs P A Dolan enquired whether the concessionary membership for residents on "
  "low incomes would survive the contract variation. Mr Greaves confirmed that the "
  "Fenbridge Active Card would continue at the same discount and would be extended to "
  "carers from January 2026. In response to a question from Councillor S M Pilcher about "
  "staffing, the Panel were advised that three duty manager posts had been vacant over the "
  "summer and were now filled, although recruitment of qualified swimming teachers remained "
  "difficult across the region. Councillor T J Ashworth-Reed asked whether the Council "
  "would consider bringing the centres back in-house when the break clause fell due in "
  "2028; the Executive Councillor responded that all options would be appraised in 2027 and "
  "brought to this Panel before any decision was taken by Cabinet.")
P("Whereupon, it was")
D1.append(("b", "RESOLVED"))
P("that the Panel")
D1.append(("ol", [
  "(a)\tnotes the annual performance of Activa Leisure Trust Ltd for 2024/25; and",
  "(b)\trequests that the proposed open book accounting arrangements be reported to the "
  "Panel before the contract variation is signed."]))
H("25. ACCESS TO GENERAL PRACTICE IN FENBRIDGE")
P("The Panel received a presentation from the Associate Director of Primary Care, Fenland "
  "and Ouse Integrated Care Board and the Clinical Director of the Ouse Valley Primary Care "
  "Network (a copy of which is appended in the Minute Book) on access to GP appointments "
  "across the District, the move to a total triage model and the use of the NHS App.")
P("Councillor Mrs L Venn reported that many residents were still unable to get through to "
  "their surgery at eight o'clock in the morning and sought clarification on what the ICB "
  "was doing about telephone access. Ms Okafor explained that all eleven practices in the "
  "District had now moved to cloud-based telephony with call-back, and that average waiting "
  "times had fallen from nineteen minutes to six minutes. Councillor G Truscott raised "
  "concerns that the online triage form excluded older residents without internet access, "
  "to which Dr Lisle replied that the form could be completed by reception staff on a "
  "patient's behalf and that no practice should turn away a patient who telephoned.")
P("Councillor K Oyelaran asked about the 2,900 new homes planned at Warboys Fen and whether "
  "developer contributions would fund additional surgery space. The Panel were informed "
  "that the ICB had submitted a claim for £1.3m of section 106 contributions towards an "
  "extension of the Warboys Fen branch surgery, but that the revenue funding for clinical "
  "staff would have to come from the national GP contract. Councillor R Haverill asked how "
  "many practices in the District relied on locum GPs. Dr Lisle was unable to give the "
  "figure at the meeting and undertook to provide it to Members after the meeting.")
P("The Chair then thanked the representatives for attending and it was")
D1.append(("b", "RESOLVED"))
P("that the presentation be noted and that the Integrated Care Board be invited to report "
  "back on the Warboys Fen surgery extension at the Panel's meeting in March 2026.")
H("26. HOUSING AND HEALTH – DAMP, MOULD AND DISABLED FACILITIES GRANTS")
P("Consideration was given to a report by the Housing Needs and Resources Manager (a copy "
  "of which is appended in the Minute Book) on the Council's response to damp and mould in "
  "the private rented sector and the delivery of disabled facilities grants.")
P("Councillor S M Pilcher queried the length of time taken to complete a disabled facilities "
  "grant adaptation, which the report gave as 41 weeks on average. Mrs Stannard explained "
  "that the delay arose mainly from a shortage of occupational therapists employed by the "
  "County Council and that the Council was now funding a trusted assessor post from the "
  "grant itself. Councillor Mrs P A Dolan asked whether the Council had enough "
  "environmental health officers to inspect every damp and mould complaint within the "
  "fourteen day target. The Panel were advised that 86 per cent of complaints had been "
  "inspected within fourteen days and that two vacant posts had been advertised. "
  "Councillor T J Ashworth-Reed commented that landlords who failed to act should be named "
  "publicly, but no response was recorded from officers on that point.")
P("It was")
D1.append(("b", "RESOLVED"))
P("that the Cabinet be recommended to allocate £60,000 from the Housing Reserve to a "
  "dedicated damp and mould enforcement officer for two years.")
H("27. OVERVIEW AND SCRUTINY WORK PROGRAMME")
P("With the aid of a report by the Democratic Services Officer (a copy of which is appended "
  "in the Minute Book) the Panel reviewed its work programme for 2025/26. Councillor G "
  "Truscott requested that the waste collection contract retender be added to the programme "
  "for the November meeting, and it was")
D1.append(("b", "RESOLVED"))
P("that the work programme be approved, subject to the addition of the waste collection "
  "contract retender in November 2025.")
D1.append(("sign", "The meeting closed at 9.14 pm."))

class MinPDF(FPDF):
    def header(self):
        pass
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")

def build1():
    pdf = MinPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Overview and Scrutiny Panel (Communities and Environment) 10 September 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(25, 20, 22); pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    for e in D1:
        k = e[0]
        if k == "title":
            pdf.set_font("dv", "B", 13); pdf.cell(0, 8, e[1], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif k == "intro":
            pdf.set_font("dv", "", 10.5); pdf.multi_cell(0, 5.5, e[1], align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif k == "l":
            pdf.set_font("dv", "B", 10.5)
            y = pdf.get_y(); pdf.cell(40, 5.5, e[1])
            pdf.set_font("dv", "", 10.5); pdf.set_xy(65, y)
            pdf.multi_cell(0, 5.5, e[2], align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "h":
            pdf.ln(2)
            if pdf.get_y() > 245: pdf.add_page()
            num, title = e[1].split(" ", 1)
            pdf.set_font("dv", "B", 10.5); y = pdf.get_y()
            pdf.cell(15, 5.5, num); pdf.set_xy(40, y)
            pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "p":
            pdf.set_font("dv", "", 10.5); pdf.set_x(40)
            pdf.multi_cell(0, 5.5, e[1], align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
        elif k == "b":
            pdf.set_font("dv", "B", 10.5); pdf.set_x(40)
            pdf.cell(0, 5.5, e[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2.5)
        elif k == "ol":
            pdf.set_font("dv", "", 10.5)
            for it in e[1]:
                lab, txt = it.split("\t")
                y = pdf.get_y(); pdf.set_x(40); pdf.cell(10, 5.5, lab); pdf.set_xy(50, y)
                pdf.multi_cell(0, 5.5, txt, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
            pdf.ln(1)
        elif k == "sign":
            pdf.ln(4); pdf.set_font("dv", "", 10.5); pdf.set_x(40)
            pdf.cell(0, 5.5, e[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(14)
            pdf.set_x(130); pdf.cell(0, 5.5, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(DOCS / DOC1))

def text1():
    out = []
    for e in D1:
        if e[0] == "l": out += [e[1], e[2]]
        elif e[0] == "ol": out += [x.replace("\t", " ") for x in e[1]]
        else: out.append(e[1])
    return "\n".join(out)

def q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}

GOLD1 = {
  "document": DOC1, "doc_type": "minutes",
  "committee": "Overview and Scrutiny Panel (Communities and Environment)",
  "meeting_date": "2025-09-10",
  "items": [{"number": "21", "title": "Minutes"},
            {"number": "22", "title": "Members' Interests"},
            {"number": "23", "title": "Notice of Key Executive Decisions"},
            {"number": "24", "title": "Leisure Centres Operating Contract – Annual Performance Review 2024/25"},
            {"number": "25", "title": "Access to General Practice in Fenbridge"},
            {"number": "26", "title": "Housing and Health – Damp, Mould and Disabled Facilities Grants"},
            {"number": "27", "title": "Overview and Scrutiny Work Programme"}],
  "questions": [
    q("24", "question", "questioned why the management fee paid by the Council had risen by",
      "Councillor R Haverill", "the increase reflected the utilities indexation clause agreed at contract award",
      None, ["subcontracting", "finance"]),
    q("24", "concern", "express concern that the Council had little sight of the operator's own profit margin",
      "Councillor Haverill", "open book accounting would be applied from April 2026",
      "Head of Leisure and Health", ["subcontracting", "privatisation", "finance"]),
    q("24", "question", "Following a question from Councillor K Oyelaran",
      "Councillor K Oyelaran", "closure of the Ramsholt learner pool for eleven weeks had been caused",
      None, ["subcontracting"]),
    q("24", "question", "enquired whether the concessionary membership for residents on low incomes would survive",
      "Councillor Mrs P A Dolan", "Fenbridge Active Card would continue at the same discount",
      "Mr Greaves", ["subcontracting", "finance"]),
    q("24", "question", "In response to a question from Councillor S M Pilcher about staffing",
      "Councillor S M Pilcher", "three duty manager posts had been vacant over the summer",
      None, ["workforce"]),
    q("24", "question", "asked whether the Council would consider bringing the centres back in-house",
      "Councillor T J Ashworth-Reed", "all options would be appraised in 2027 and brought to this Panel",
      "the Executive Councillor", ["privatisation", "subcontracting"]),
    q("25", "question", "sought clarification on what the ICB was doing about telephone access",
      "Councillor Mrs L Venn", "all eleven practices in the District had now moved to cloud-based telephony",
      "Ms Okafor", ["primary-care"]),
    q("25", "concern", "raised concerns that the online triage form excluded older residents without internet access",
      "Councillor G Truscott", "the form could be completed by reception staff on a patient's behalf",
      "Dr Lisle", ["primary-care"]),
    q("25", "question", "asked about the 2,900 new homes planned at Warboys Fen",
      "Councillor K Oyelaran", "the ICB had submitted a claim for £1.3m of section 106 contributions",
      None, ["primary-care", "finance", "housing"]),
    q("25", "question", "asked how many practices in the District relied on locum GPs",
      "Councillor R Haverill", "undertook to provide it to Members after the meeting",
      "Dr Lisle", ["primary-care", "workforce"]),
    q("26", "question", "queried the length of time taken to complete a disabled facilities grant adaptation",
      "Councillor S M Pilcher", "a shortage of occupational therapists employed by the County Council",
      "Mrs Stannard", ["housing", "workforce"]),
    q("26", "question", "enough environmental health officers to inspect every damp and mould complaint",
      "Councillor Mrs P A Dolan", "86 per cent of complaints had been inspected within fourteen days",
      None, ["housing", "workforce"]),
    q("26", "comment", "commented that landlords who failed to act should be named publicly",
      "Councillor T J Ashworth-Reed", None, None, ["housing"]),
    q("27", "request", "requested that the waste collection contract retender be added to the programme",
      "Councillor G Truscott", None, None, ["subcontracting"]),
  ],
  "resolutions": [
    {"item": "21", "text": "were approved as a correct record and signed by the Chair", "outcome": "agreed", "themes": []},
    {"item": "23", "text": "The Panel received and noted the current Notice of Key Executive Decisions", "outcome": "noted", "themes": ["governance"]},
    {"item": "24", "text": "notes the annual performance of Activa Leisure Trust Ltd for 2024/25", "outcome": "agreed", "themes": ["subcontracting", "finance"]},
    {"item": "25", "text": "be invited to report back on the Warboys Fen surgery extension", "outcome": "agreed", "themes": ["primary-care"]},
    {"item": "26", "text": "the Cabinet be recommended to allocate £60,000 from the Housing Reserve", "outcome": "recommended", "themes": ["housing", "finance"]},
    {"item": "27", "text": "that the work programme be approved, subject to the addition of", "outcome": "agreed", "themes": ["subcontracting"]},
  ],
  "attendees": [
    {"name": "Councillor D J Marchbank", "role": "Chair", "attendance": "present"},
    *[{"name": n, "role": None, "attendance": "present"} for n in [
      "Councillor Mrs P A Dolan", "Councillor R Haverill", "Councillor T J Ashworth-Reed",
      "Councillor K Oyelaran", "Councillor S M Pilcher", "Councillor G Truscott", "Councillor Mrs L Venn"]],
    {"name": "Councillor B Fairweather", "role": None, "attendance": "apologies"},
    {"name": "Councillor A Quenby", "role": None, "attendance": "apologies"},
    {"name": "Councillor N Holroyd", "role": "Executive Councillor for Leisure, Health and Wellbeing", "attendance": "in_attendance"},
    {"name": "Mr M Arkwright", "role": "Head of Leisure and Health", "attendance": "in_attendance"},
    {"name": "Mrs C Stannard", "role": "Housing Needs and Resources Manager", "attendance": "in_attendance"},
    {"name": "Ms R Okafor", "role": "Associate Director of Primary Care, Fenland and Ouse Integrated Care Board", "attendance": "in_attendance"},
    {"name": "Dr J Lisle", "role": "Clinical Director, Ouse Valley Primary Care Network", "attendance": "in_attendance"},
    {"name": "Mr P Greaves", "role": "Contract Manager, Activa Leisure Trust Ltd", "attendance": "in_attendance"},
  ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "gy-fenbridge-councillor-call-for-action-form.pdf"
D2 = [
 ("t", "FENBRIDGE DISTRICT COUNCIL"),
 ("t2", "Councillor Call for Action (CCfA) – Guidance Notes and Request Form"),
 ("p", "The Councillor Call for Action allows any Member of the Council to refer a local "
  "issue of concern to the relevant Overview and Scrutiny Panel where other routes have been "
  "exhausted. It is intended as a last resort. Before completing this form please read the "
  "guidance notes below and discuss the issue with the Democratic Services Officer."),
 ("h", "Part 1 – Guidance notes"),
 ("p", "1. What sort of issue can be raised? Issues must affect a single ward or community and "
  "must relate to a function of the Council or one of its partners (for example the "
  "Integrated Care Board, the police or a registered housing provider)."),
 ("p", "2. What cannot be raised? Individual complaints, planning and licensing decisions, "
  "matters that are vexatious or discriminatory, and any matter already considered by a "
  "Panel within the last six months."),
 ("p", "3. What happens next? The Chair and Vice-Chair of the Panel will decide within 20 "
  "working days whether the request should be placed on the Panel's agenda. You will be "
  "informed of the outcome in writing."),
 ("h", "Part 2 – Request form"),
 ("f", "Name of Councillor:"), ("f", "Ward:"),
 ("f", "What is the issue you wish to refer? Please describe it in no more than 300 words."),
 ("f", "Which residents or communities are affected, and how?"),
 ("f", "What action have you already taken to resolve the issue (e.g. meetings with officers, "
  "letters to the Executive Councillor, contact with partner organisations)?"),
 ("f", "Why do you consider that these actions have not resolved the issue?"),
 ("f", "What outcome are you seeking from the Overview and Scrutiny Panel?"),
 ("f", "Have you declared any interest you may have in this matter?   YES / NO"),
 ("f", "Signed:                                         Date:"),
 ("p", "Please return the completed form to Democratic Services, Marsh House, Bridge Street, "
  "St Edric's, PE28 4QT or by email to scrutiny@fenbridge.gov.example. Version 3 – April 2025."),
]
GOLD2 = {"document": DOC2, "doc_type": "other"}

def build2():
    pdf = FPDF(format="A4"); pdf.set_creation_date(FIXED)
    pdf.set_title("Councillor Call for Action - request form")
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(22, 20, 22); pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for k, t in D2:
        if k == "t":
            pdf.set_font("dv", "B", 14); pdf.cell(0, 8, t, align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "t2":
            pdf.set_font("dv", "B", 12); pdf.multi_cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
        elif k == "h":
            pdf.ln(2); pdf.set_font("dv", "B", 11); pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "p":
            pdf.set_font("dv", "", 10); pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "f":
            pdf.set_font("dv", "B", 10); pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
            h = 8 if t.endswith(":") or "YES" in t else 24
            pdf.rect(pdf.l_margin, pdf.get_y() + 1, pdf.epw, h); pdf.ln(h + 4)
    pdf.output(str(DOCS / DOC2))

def check():
    ok = True
    src = norm(text1())
    for kind, rows in (("q", GOLD1["questions"]), ("r", GOLD1["resolutions"])):
        for r in rows:
            for fld in (("text", "answer") if kind == "q" else ("text",)):
                ph = r.get(fld)
                if ph is None: continue
                n = len(ph.split()); c = src.count(norm(ph))
                if c != 1 or not 6 <= n <= 15:
                    ok = False; print(f"FAIL {fld} count={c} words={n}: {ph}")
    print("check passed" if ok else "check FAILED")
    return ok

def main():
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build1(); build2()
    for g in (GOLD1, GOLD2):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    check()

if __name__ == "__main__":
    main()
