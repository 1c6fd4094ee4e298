#!/usr/bin/env python3
"""Build the "fy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fy.py           build documents/fy-* and gold/fy-*.json
        build_fy.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

COUNCIL = "Marlcombe Council"
PANEL = "Adult Social Care and Health Overview and Scrutiny Panel"

class Doc(FPDF):
    htext = ""; hright = ""; initials = True
    def header(self):
        self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.set_xy(20, 9); self.cell(85, 4, self.htext)
        self.set_xy(105, 9); self.cell(85, 4, self.hright, align="R")
        self.set_draw_color(150, 150, 150); self.line(20, 14, 190, 14)
        self.set_text_color(0, 0, 0); self.set_y(22)
    def footer(self):
        self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.set_xy(20, 282); self.cell(60, 4, f"Page {self.page_no()}")
        if self.initials:
            self.set_xy(110, 282); self.cell(80, 4, "Chairman's initials ..............", align="R")
        self.set_text_color(0, 0, 0)

def newdoc(htext, hright, initials=True):
    p = Doc(format="A4"); p.set_creation_date(FIXED)
    p.set_producer("fpdf2"); p.set_creator("Modern.gov print")
    p.add_font("DV", "", FONT); p.add_font("DV", "B", FONTB)
    p.htext, p.hright, p.initials = htext, hright, initials
    p.set_auto_page_break(False); p.set_margins(20, 22, 20); p.add_page()
    return p

BOTTOM = 274

def ensure(p, h):
    if p.get_y() + h > BOTTOM:
        p.add_page()

def para(p, x, w, text, style="", size=9.5, lh=4.8, gap=2.2):
    """Justified paragraph with hyphenation of long words at line ends."""
    p.set_font("DV", style, size)
    sp = p.get_string_width(" ")
    words = text.split(); lines = []; cur = []
    def width(ws): return sum(p.get_string_width(t) for t in ws) + sp * (len(ws) - 1 if ws else 0)
    i = 0
    while i < len(words):
        wd = words[i]
        if width(cur + [wd]) <= w:
            cur.append(wd); i += 1; continue
        # try to hyphenate a long alphabetic word
        core = re.match(r"^[A-Za-z]{8,}", wd)
        done = False
        if core and cur is not None:
            for k in range(len(core.group(0)) - 3, 3, -1):
                head = wd[:k] + "-"
                if width(cur + [head]) <= w:
                    lines.append(cur + [head]); cur = []; words[i] = wd[k:]; done = True; break
        if not done:
            lines.append(cur); cur = []
    if cur: lines.append(cur)
    for n, ln in enumerate(lines):
        ensure(p, lh)
        y = p.get_y()
        if n == len(lines) - 1 or len(ln) == 1:
            p.set_xy(x, y); p.cell(w, lh, " ".join(ln))
        else:
            tw = sum(p.get_string_width(t) for t in ln)
            g = (w - tw) / (len(ln) - 1); cx = x
            for t in ln:
                p.set_xy(cx, y); p.cell(p.get_string_width(t) + 0.01, lh, t); cx += p.get_string_width(t) + g
        p.set_y(y + lh)
    p.set_y(p.get_y() + gap)

# ---------------------------------------------------------------- document 1
M_NAME = "fy-marlcombe-asch-panel-2025-06-17.pdf"
MEMBERS = [
    ("Councillor Margaret Ellery", "Chair"), ("Councillor Tobias Quayle", "Vice-Chair"),
    ("Councillor Anwen Strickland", None), ("Councillor Desmond Okafor", None),
    ("Councillor Priya Haldane", None), ("Councillor Gareth Penhallow", None),
    ("Councillor Samuel Trethewey", None),
    ("Councillor Lorna Vickery", "substitute for Councillor Neil Ashworth"),
]
OFFICERS = [
    ("Helen Maddox", "Director of Adult Social Care and Health Integration"),
    ("Kirsty Penrose", "Head of Commissioning and Market Development (Adults)"),
    ("Owen Latimer", "Strategic Workforce Lead, Adult Social Care"),
    ("Fiona Bright", "Democratic Services Officer"),
]
ALSO = [
    ("Councillor Jeremy Colquhoun", "Portfolio Holder for Adult Social Care and Health"),
    ("Sandra Moyle", "Director of Urgent Care and Discharge, Marlcombe and Eastdown Integrated Care Board"),
    ("Ian Fairweather", "Chief Officer, Healthwatch Marlcombe"),
]
APOLOGIES = ["Councillor Neil Ashworth", "Councillor Rachel Dunmore"]

ITEMS = [
 ("ASCH/25/12", "Apologies for Absence and Substitutions", [
  "Apologies for absence were received from Councillors Neil Ashworth and Rachel Dunmore. Councillor Lorna Vickery attended as substitute for Councillor Ashworth."]),
 ("ASCH/25/13", "Declarations of Interest", [
  "Councillor Priya Haldane declared a personal interest in minute ASCH/25/15 as her mother receives a home care package arranged by the Council. She remained in the meeting and took part in the discussion. No other declarations were made."]),
 ("ASCH/25/14", "Minutes of the Previous Meeting", [
  "The minutes of the meeting held on 8 April 2025 were confirmed as a correct record and signed by the Chair. There were no matters arising."]),
 ("ASCH/25/15", "Home Care Recommissioning and Market Sustainability", [
  "The Head of Commissioning and Market Development (Adults) introduced the report, which set out the proposed approach to recommissioning home care from April 2026 through a zoned framework of lead providers, replacing the current spot purchasing arrangements with 41 providers. The hourly rate paid to providers had risen to £24.10 in 2025/26 but remained below the £27.50 suggested by the Homecare Association.",
  "Cllr Okafor raised the risk that the zoned model would squeeze out small local agencies in favour of large national companies; the Portfolio Holder responded that the lots had been sized so that smaller providers could bid as consortia and that social value would carry fifteen per cent of the weighting. Cllr Strickland felt that the Council had relied for too long on private providers whose profits were not reinvested in care and that an in-house option should have been costed. The Panel sought assurance about continuity for people already receiving care and was told that no one would be required to change their care worker during the first twelve months of the new contracts. Cllr Haldane asked how many hours of care were currently unmet across the rural zones; the Head of Commissioning replied that 1,340 hours a week were waiting to be sourced, most of them in the north and west of the borough. Officers undertook to circulate a breakdown of unmet hours by ward before the Cabinet meeting.",
  "A discussion took place regarding the fairness of the proposed rate uplift between urban and rural zones, with Members noting that travel time was not paid in full in either. Cllr Trethewey queried whether the Council would publish its cost of care model so that providers could see how the rate had been calculated; the Director of Adult Social Care and Health Integration confirmed that a summary would be published alongside the tender documents. Cllr Penhallow requested that Healthwatch be involved in evaluating the quality submissions from bidders, and Ian Fairweather said Healthwatch Marlcombe would welcome a role on the evaluation panel.",
  "The Panel agreed the following recommendations to Cabinet:",
  "a) that the recommissioning of home care proceed on the basis of four zoned lots with lead providers and a reserve framework for small local agencies;",
  "b) that Cabinet set the 2026/27 hourly rate with a separate payment for travel time in the rural zones; and",
  "c) that a progress report on the tender be brought to the Panel in January 2026."]),
 ("ASCH/25/16", "Hospital Discharge and Winter Planning 2025/26", [
  "Sandra Moyle, Director of Urgent Care and Discharge at Marlcombe and Eastdown Integrated Care Board, presented the joint winter plan. Average daily numbers of patients with no criteria to reside at Marlcombe General Hospital had fallen from 87 to 61 over the year, although delays for people needing a nursing home placement remained stubborn.",
  "Cllr Quayle raised the number of people discharged to short-term beds who never returned home; Ms Moyle responded that around 30 per cent of discharge to assess bed placements became permanent and that a review of the pathway had been commissioned. The Panel sought assurance about the funding of the additional reablement capacity beyond March 2026 and was told that the Better Care Fund plan committed £1.8 million but that the ICB's own allocation was not yet confirmed. Cllr Vickery asked whether carers were consulted before a discharge date was set; the Director of Adult Social Care and Health Integration accepted that carers' feedback showed this did not always happen and said a carers' discharge checklist would be introduced on all wards by October. Cllr Ellery felt that the plan said too little about people with dementia, who stayed longest in hospital.",
  "The Panel NOTED the report and the joint winter plan for 2025/26."]),
 ("ASCH/25/17", "Adult Social Care Workforce Strategy 2025–2030", [
  "Owen Latimer, Strategic Workforce Lead, introduced the strategy. The vacancy rate across the independent care sector in Marlcombe stood at 11.2 per cent and turnover at 29 per cent, with 214 care workers recruited from overseas since 2022 under the health and care worker visa.",
  "Cllr Penhallow raised concerns about overseas recruits being left without work when sponsoring agencies lost their licences; the Portfolio Holder responded that the Council had helped 23 displaced workers find new sponsors through the regional brokerage scheme. Cllr Strickland asked whether the Council would commit to paying the real Living Wage through its contracts; the Director said that this was being modelled as part of the home care tender but that the full cost of around £3.2 million a year could not be met within the current budget. The Panel sought assurance about the take-up of the care certificate among new starters and was told that completion within twelve weeks had improved to 74 per cent. Cllr Okafor felt that career pathways into nursing and social work should be promoted in local schools and colleges. Officers undertook to share the results of the annual care workforce survey with Members.",
  "The Panel NOTED the report. The Panel asked that the Strategic Workforce Lead bring a progress report on international recruitment to its meeting in November 2025."]),
 ("ASCH/25/18", "Work Programme 2025/26", [
  "The Panel considered its work programme. Cllr Haldane asked that an item on the Council's direct payments support service be added for the autumn; the Chair agreed that this would be scheduled for the October meeting.",
  "RESOLVED – That the work programme be approved, subject to the addition of an item on direct payments support in October 2025."]),
 ("ASCH/25/19", "Date of Next Meeting", [
  "The next meeting would be held on Tuesday 16 September 2025 at 10.00 am in the Council Chamber, Guildhall, Marlcombe."]),
]

def build_minutes(path):
    p = newdoc(COUNCIL, f"{PANEL} – 17 June 2025")
    p.set_font("DV", "B", 13); p.set_x(20)
    p.multi_cell(170, 6.5, PANEL.upper(), align="C"); p.ln(1)
    p.set_font("DV", "", 9.5)
    p.multi_cell(170, 5, "MINUTES of a meeting held in the Council Chamber, Guildhall, Marlcombe\non Tuesday, 17 June 2025 at 10.00 am", align="C"); p.ln(4)
    y0 = p.get_y()
    p.set_font("DV", "B", 9.5); p.set_xy(20, y0); p.cell(80, 5, "Members"); p.set_xy(105, y0); p.cell(85, 5, "Officers")
    p.set_font("DV", "", 9)
    y = y0 + 6
    for n, r in MEMBERS:
        p.set_xy(20, y); p.multi_cell(82, 4.4, n + (f" ({r})" if r else "")); y = p.get_y() + 0.4
    y2 = y0 + 6
    for n, r in OFFICERS:
        p.set_xy(105, y2); p.multi_cell(85, 4.4, f"{n} – {r}"); y2 = p.get_y() + 0.4
    p.set_y(max(y, y2) + 3)
    para(p, 20, 170, "Also present: " + "; ".join(f"{n} – {r}" for n, r in ALSO) + ".", size=9)
    para(p, 20, 170, "Apologies: " + ", ".join(APOLOGIES) + ".", size=9)
    p.set_draw_color(0, 0, 0); p.line(20, p.get_y(), 190, p.get_y()); p.set_y(p.get_y() + 4)
    for num, title, paras in ITEMS:
        ensure(p, 16)
        y = p.get_y(); p.set_font("DV", "B", 9.5); p.set_xy(20, y); p.cell(26, 5, num)
        para(p, 48, 142, title, style="B", gap=1.2)
        for t in paras:
            if re.match(r"^[a-c]\) ", t):
                y = p.get_y(); ensure(p, 5); p.set_font("DV", "", 9.5)
                p.set_xy(52, p.get_y()); p.cell(5, 4.8, t[:2])
                para(p, 58, 132, t[3:], gap=1.2)
            else:
                para(p, 48, 142, t)
        p.set_y(p.get_y() + 2)
    p.set_y(p.get_y() + 6); ensure(p, 12)
    para(p, 48, 142, "The meeting closed at 12.41 pm.")
    para(p, 120, 70, "CHAIR ..............................................")
    p.output(path)
    return "\n".join([PANEL] + [f"{a} {b}" for a, b in MEMBERS + OFFICERS + ALSO] + APOLOGIES +
                     [f"{n} {t}\n" + "\n".join(ps) for n, t, ps in ITEMS])

AD = "Director of Adult Social Care and Health Integration"
M_GOLD = {
 "document": M_NAME, "doc_type": "minutes", "committee": PANEL, "meeting_date": "2025-06-17",
 "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
 "questions": [
  {"item": "ASCH/25/15", "kind": "concern", "text": "raised the risk that the zoned model would squeeze out small local agencies",
   "asked_by": "Cllr Okafor", "answer": "the lots had been sized so that smaller providers could bid as consortia",
   "given_by": "the Portfolio Holder", "themes": ["subcontracting", "adult-social-care"]},
  {"item": "ASCH/25/15", "kind": "comment", "text": "felt that the Council had relied for too long on private providers",
   "asked_by": "Cllr Strickland", "answer": None, "given_by": None,
   "themes": ["privatisation", "subcontracting", "adult-social-care"]},
  {"item": "ASCH/25/15", "kind": "question", "text": "sought assurance about continuity for people already receiving care",
   "asked_by": None, "answer": "no one would be required to change their care worker during the first twelve months",
   "given_by": None, "themes": ["adult-social-care", "subcontracting"]},
  {"item": "ASCH/25/15", "kind": "question", "text": "asked how many hours of care were currently unmet across the rural zones",
   "asked_by": "Cllr Haldane", "answer": "1,340 hours a week were waiting to be sourced",
   "given_by": "the Head of Commissioning", "themes": ["adult-social-care"]},
  {"item": "ASCH/25/15", "kind": "question", "text": "queried whether the Council would publish its cost of care model",
   "asked_by": "Cllr Trethewey", "answer": "a summary would be published alongside the tender documents",
   "given_by": "the " + AD, "themes": ["finance", "subcontracting", "adult-social-care"]},
  {"item": "ASCH/25/15", "kind": "request", "text": "requested that Healthwatch be involved in evaluating the quality submissions from bidders",
   "asked_by": "Cllr Penhallow", "answer": "Healthwatch Marlcombe would welcome a role on the evaluation panel",
   "given_by": "Ian Fairweather", "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
  {"item": "ASCH/25/16", "kind": "concern", "text": "raised the number of people discharged to short-term beds who never returned home",
   "asked_by": "Cllr Quayle", "answer": "around 30 per cent of discharge to assess bed placements became permanent",
   "given_by": "Ms Moyle", "themes": ["adult-social-care", "integration"]},
  {"item": "ASCH/25/16", "kind": "question", "text": "sought assurance about the funding of the additional reablement capacity",
   "asked_by": None, "answer": "the Better Care Fund plan committed £1.8 million",
   "given_by": None, "themes": ["finance", "integration", "adult-social-care"]},
  {"item": "ASCH/25/16", "kind": "question", "text": "asked whether carers were consulted before a discharge date was set",
   "asked_by": "Cllr Vickery", "answer": "a carers' discharge checklist would be introduced on all wards by October",
   "given_by": "the " + AD, "themes": ["adult-social-care", "patient-and-public-input"]},
  {"item": "ASCH/25/16", "kind": "comment", "text": "felt that the plan said too little about people with dementia",
   "asked_by": "Cllr Ellery", "answer": None, "given_by": None, "themes": ["mental-health", "adult-social-care"]},
  {"item": "ASCH/25/17", "kind": "concern", "text": "raised concerns about overseas recruits being left without work",
   "asked_by": "Cllr Penhallow", "answer": "helped 23 displaced workers find new sponsors through the regional brokerage scheme",
   "given_by": "the Portfolio Holder", "themes": ["workforce", "adult-social-care"]},
  {"item": "ASCH/25/17", "kind": "question", "text": "asked whether the Council would commit to paying the real Living Wage",
   "asked_by": "Cllr Strickland", "answer": "the full cost of around £3.2 million a year could not be met",
   "given_by": "the Director", "themes": ["workforce", "finance", "subcontracting", "adult-social-care"]},
  {"item": "ASCH/25/17", "kind": "question", "text": "sought assurance about the take-up of the care certificate among new starters",
   "asked_by": None, "answer": "completion within twelve weeks had improved to 74 per cent",
   "given_by": None, "themes": ["workforce", "adult-social-care"]},
  {"item": "ASCH/25/17", "kind": "comment", "text": "felt that career pathways into nursing and social work should be promoted",
   "asked_by": "Cllr Okafor", "answer": None, "given_by": None, "themes": ["workforce", "adult-social-care"]},
  {"item": "ASCH/25/18", "kind": "request", "text": "asked that an item on the Council's direct payments support service be added",
   "asked_by": "Cllr Haldane", "answer": "the Chair agreed that this would be scheduled for the October meeting",
   "given_by": "the Chair", "themes": ["adult-social-care"]},
 ],
 "resolutions": [
  {"item": "ASCH/25/14", "text": "minutes of the meeting held on 8 April 2025 were confirmed as a correct record",
   "outcome": "agreed", "themes": []},
  {"item": "ASCH/25/15", "text": "recommissioning of home care proceed on the basis of four zoned lots",
   "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "finance"]},
  {"item": "ASCH/25/16", "text": "The Panel NOTED the report and the joint winter plan for 2025/26",
   "outcome": "noted", "themes": ["adult-social-care", "integration"]},
  {"item": "ASCH/25/17", "text": "asked that the Strategic Workforce Lead bring a progress report on international recruitment",
   "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
  {"item": "ASCH/25/18", "text": "the work programme be approved, subject to the addition of an item",
   "outcome": "agreed", "themes": ["adult-social-care"]},
 ],
 "attendees": [{"name": n, "role": r, "attendance": "present"} for n, r in MEMBERS]
   + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS + ALSO]
   + [{"name": n, "role": None, "attendance": "apologies"} for n in APOLOGIES],
}

# ---------------------------------------------------------------- document 2
R_NAME = "fy-marlcombe-market-position-statement-2025-2028.pdf"
R_SECTIONS = [
 ("1. Introduction", [
  "This Market Position Statement sets out what Marlcombe Council knows about the need for adult social care and support in the borough, what is currently available, what the Council pays for it, and where we want the market to develop between 2025 and 2028. It is written for existing and prospective providers of care and support, including independent, voluntary and community sector organisations.",
  "The statement has been produced with the Marlcombe and Eastdown Integrated Care Board and informed by conversations with providers at three market engagement events held in early 2025."]),
 ("2. Demand", [
  "Marlcombe has 58,400 residents aged 65 and over, and this is projected to rise by 14 per cent by 2028. The number of people aged 85 and over is expected to grow fastest, by around 21 per cent. We estimate that 4,900 people are living with dementia, of whom fewer than two thirds have a formal diagnosis.",
  "At 31 March 2025 the Council funded long-term support for 3,120 adults: 1,460 received home care, 890 lived in residential or nursing care, 410 used direct payments and 360 lived in supported living. Demand from working-age adults with learning disabilities and autism continues to grow by about 4 per cent a year."]),
 ("3. Supply", [
  "Home care is delivered by 41 registered providers, most of them small local businesses, with a concentration of capacity in Marlcombe town and long waits for packages in the rural north and west. Around 1,300 hours a week of assessed need cannot be sourced at any one time.",
  "There are 52 care homes in the borough with 1,910 beds. Occupancy in residential homes averages 91 per cent, but nursing beds, and in particular nursing beds for people with dementia and complex needs, are in short supply. Two homes closed in 2024/25 following poor inspection outcomes.",
  "Extra care housing is limited to four schemes with 212 flats, all in the south of the borough. The Council intends to work with registered providers and developers to bring forward at least two further schemes by 2028."]),
 ("4. Prices and costs", [
  "The Council's standard hourly rate for home care in 2025/26 is £24.10, with a rural supplement of £1.20 in designated zones. The standard weekly rate for residential care is £812 and for nursing care £935 before the NHS-funded nursing care contribution. These rates were informed by the cost of care exercise and by provider returns on wages, occupancy and overheads.",
  "We recognise that increases to the National Living Wage and employer National Insurance contributions have placed significant pressure on providers. The Council's budget for 2025/26 includes £9.6 million of growth for adult social care fees, but resources remain constrained."]),
 ("5. Workforce", [
  "Approximately 6,800 people work in adult social care in Marlcombe. The vacancy rate is 11.2 per cent and staff turnover is 29 per cent. International recruitment has eased shortages in some services, but providers report difficulty retaining staff in rural areas where travel costs are high. The Council will continue to fund the care certificate and a local recruitment portal for all registered providers."]),
 ("6. Key messages to providers", [
  "We want to hear from providers able to deliver home care in the rural north and west, including through partnerships between small agencies.",
  "We will commission fewer standard residential beds and more nursing, dementia and complex care capacity over the next three years.",
  "We will recommission home care from April 2026 on a zoned basis and will publish a summary of our cost of care model with the tender.",
  "We expect providers to pay staff for travel time and to support training and career progression, and we will reflect this in contract monitoring.",
  "We welcome proposals for extra care housing, supported living and short-term reablement that help people remain independent at home."]),
]

def build_report(path):
    p = newdoc(COUNCIL, "Adult Social Care Market Position Statement 2025–2028", initials=False)
    p.set_font("DV", "B", 18); p.set_y(50)
    p.multi_cell(170, 9, "Adult Social Care\nMarket Position Statement\n2025–2028", align="L"); p.ln(6)
    p.set_font("DV", "", 11); p.multi_cell(170, 6, "Marlcombe Council – Adults, Health and Commissioning Directorate\nPublished June 2025"); p.add_page()
    for h, ps in R_SECTIONS:
        ensure(p, 14); p.set_font("DV", "B", 12); p.set_x(20); p.cell(170, 7, h); p.ln(8)
        for t in ps:
            if h.startswith("6."):
                y = p.get_y(); ensure(p, 5); p.set_font("DV", "", 10); p.set_xy(22, p.get_y()); p.cell(4, 5, "•")
                para(p, 27, 163, t, size=10, lh=5)
            else:
                para(p, 20, 170, t, size=10, lh=5, gap=3)
    p.output(path)
    return "\n".join(h + "\n" + "\n".join(ps) for h, ps in R_SECTIONS)

R_GOLD = {"document": R_NAME, "doc_type": "report",
          "themes": ["adult-social-care", "subcontracting", "finance", "workforce", "housing", "mental-health", "integration"]}

# ---------------------------------------------------------------- main
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()

def check(src, gold):
    ok = True; ns = norm(src)
    phrases = [("question", q["text"]) for q in gold.get("questions", [])]
    phrases += [("answer", q["answer"]) for q in gold.get("questions", []) if q["answer"]]
    phrases += [("resolution", r["text"]) for r in gold.get("resolutions", [])]
    for kind, ph in phrases:
        n = ns.count(norm(ph)); wc = len(ph.split())
        if n != 1 or not 6 <= wc <= 15:
            ok = False; print(f"FAIL {gold['document']} {kind}: count={n} words={wc}: {ph}")
    return ok

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    ok = True
    for name, builder, gold in [(M_NAME, build_minutes, M_GOLD), (R_NAME, build_report, R_GOLD)]:
        src = builder(os.path.join(DOCS, name))
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
        if "--check" in sys.argv:
            ok &= check(src, gold)
    if "--check" in sys.argv:
        print("check passed" if ok else "check FAILED"); sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
