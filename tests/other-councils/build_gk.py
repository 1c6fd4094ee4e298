#!/usr/bin/env python3
"""Build the "gk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gk.py           build documents/gk-* and gold/gk-*.json
        build_gk.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

class Doc(FPDF):
    head = ""; foot = ""; initials = True
    def header(self):
        self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
        self.cell(60, 5, self.foot)
        if self.initials:
            self.cell(70, 5, "Chair's initials ..........", align="C")
        self.cell(0, 5, f"Page {self.page_no()}", align="R"); self.set_text_color(0, 0, 0)

def new_pdf(head, foot, initials=True):
    p = Doc(format="A4"); p.head, p.foot, p.initials = head, foot, initials
    p.add_font("DV", "", FONT + "DejaVuSans.ttf"); p.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    p.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf"); p.add_font("DV", "BI", FONT + "DejaVuSans-BoldOblique.ttf")
    p.set_margins(20, 15, 20); p.set_auto_page_break(True, 22); p.set_creation_date(FIXED)
    p.set_author("Democratic Services"); p.add_page(); return p

# ---------------------------------------------------------------- document 1
D1 = "gk-kestonbury-adults-health-scrutiny-panel-2025-10-14.pdf"
HEAD1 = "London Borough of Kestonbury  |  Adults and Health Scrutiny Panel  |  14 October 2025"

MEMBERS = ["Cllr Helen Achebe (Chair)", "Cllr David Morrow (Vice-Chair)", "Cllr Priya Sandhu",
           "Cllr Gareth Lyle", "Cllr Amira Haddad", "Cllr Tom Reilly (substitute for Cllr Nadia Okafor)"]
ALSO = ["Cllr Simon Pell, Cabinet Member for Adult Social Care and Health",
        "Joanne Whitlock, Corporate Director of Adults, Health and Housing",
        "Marcus Feld, Head of Commissioning and Market Shaping (Adults)",
        "Dr Ruth Ekwueme, Director of Public Health",
        "Liam Castell, Place Director (Kestonbury), North Thames Integrated Care Board",
        "Farah Quinlan, Healthwatch Kestonbury",
        "Bethany Crane, Senior Scrutiny and Governance Officer"]

ITEMS = [
 ("1", "Apologies for absence and substitutions", None, [
   "Apologies for absence were received from Cllr Nadia Okafor, for whom Cllr Tom Reilly attended as substitute. Cllr Simon Pell had indicated that he would need to leave by 9pm."],
   None, "Outcome: The Panel noted the apologies and the substitution."),
 ("2", "Declarations of interest", None, [
   "Cllr Priya Sandhu declared a non-pecuniary interest in Item 4 as a close family member receives home care from one of the framework providers. She remained in the room and took part in the discussion. There were no other declarations."],
   None, None),
 ("3", "Minutes of the previous meeting", None, [
   "The minutes of the meeting held on 9 September 2025 were considered. Cllr Lyle noted that the action on day centre transport had been completed."],
   None, "Outcome: The Panel agreed the minutes of the meeting held on 9 September 2025 as an accurate record, to be signed by the Chair."),
 ("4", "Recommissioning of home care: new zonal model", "Presented by: Marcus Feld, Head of Commissioning and Market Shaping (Adults)", [
   "The Panel heard that the current home care framework, which covers around 1,450 residents and 21 providers, expires in September 2026. The proposed model would divide the borough into four zones, each with a lead provider awarded a five-year contract, supported by a smaller approved list for complex packages. Around 62% of commissioned hours are currently delivered by the six largest providers.",
   "Cllr Morrow wanted to know how residents would be protected if a lead provider in one zone handed back its contract. Officers said that each contract would include a step-in clause and that the approved list was designed to absorb a failed zone within eight weeks. Cllr Sandhu challenged the assumption that fewer, larger providers would improve continuity of care, noting that staff moved between agencies regardless of who held the contract. The Director confirmed that zoning was intended to cut travel time between visits, which was the main reason care workers left, and that the service specification would require named care worker teams for each resident.",
   "Panel members asked whether the hourly rate in the new contracts would allow providers to pay the London Living Wage. Mr Feld said the modelled rate of £27.40 per hour assumed London Living Wage plus travel time, and that payment of it would be a contract condition audited annually. Cllr Haddad raised concerns that smaller local and Black-led providers would be squeezed out of the market by the zonal approach; no response was given at the meeting and officers undertook to reply in writing. Farah Quinlan of Healthwatch asked how people who use home care had been involved in designing the specification. Officers said that 214 survey responses and four focus groups had shaped the outcome measures, and a co-production group would sit on the evaluation panel."],
   "ACTION: Officers to circulate a written response on the impact of the zonal model on small and minority-led providers (Owner: Marcus Feld, by 11 November 2025)",
   "Outcome: The Panel noted the proposed zonal model and agreed to receive the draft service specification and evaluation criteria before the tender is published."),
 ("5", "Winter discharge plan 2025/26", "Presented by: Liam Castell, Place Director (Kestonbury), North Thames ICB, and Joanne Whitlock, Corporate Director of Adults, Health and Housing", [
   "The Panel heard that an average of 38 Kestonbury residents a day had been medically fit for discharge but still in hospital during the previous winter. The joint plan funded 24 additional step-down beds, a seven-day discharge team at Kestonbury General Hospital and an expanded reablement service, using £3.1m from the Better Care Fund and the ICB's winter allocation.",
   "Cllr Lyle wanted to know why the step-down beds were being commissioned from a private nursing home group outside the borough rather than from the council's own homes. The Director confirmed that the council's two in-house homes were full and that the out-of-borough beds were a temporary arrangement for the winter only. Cllr Reilly queried whether the seven-day discharge team had enough social workers to operate at weekends. Mr Castell said that four of the six weekend posts had been filled and agency cover had been booked for the remainder until February. Panel members asked how the plan would be judged a success and when figures would be reported. Officers said that the number of delayed days, readmissions within 30 days and the proportion of people still at home 91 days after reablement would be reported monthly to the Health and Wellbeing Board."],
   "ACTION: ICB to share the monthly discharge dashboard with Panel members (Owner: Liam Castell, from November 2025)",
   "Outcome: The Panel recommended to Cabinet that the in-house care home capacity review be brought forward so that step-down beds can be provided within the borough from winter 2026/27."),
 ("6", "Stop smoking and tobacco control service: contract extension", "Presented by: Dr Ruth Ekwueme, Director of Public Health", [
   "The Panel heard that the community stop smoking service, delivered under contract by a social enterprise, had helped 1,120 residents to quit in 2024/25, with a four-week quit rate of 58%. The report sought the Panel's views on a 12-month extension while a combined tobacco and vaping service was designed.",
   "Cllr Haddad asked why quit rates among routine and manual workers remained so much lower than the borough average. Dr Ekwueme explained that evening and workplace clinics had been piloted in two industrial estates and would be built into the new specification. Cllr Morrow expressed concern that the public health grant allocation for 2026/27 had not yet been confirmed by the government; the Director of Public Health acknowledged the risk and said the extension included a break clause at six months."],
   "ACTION: None.",
   "Outcome: The Panel noted the report and the proposed 12-month extension of the stop smoking service contract."),
 ("7", "Adult social care workforce strategy update", "Presented by: Joanne Whitlock, Corporate Director of Adults, Health and Housing", [
   "The Panel heard that the social work vacancy rate had fallen from 19% to 12% over the year, and that agency social workers now made up 14% of the adult social care workforce. International recruitment had brought 31 social workers to Kestonbury since 2023.",
   "Cllr Sandhu wanted to know what support was given to internationally recruited staff whose visas were tied to the council. The Director confirmed that a pastoral lead and a buddy scheme were in place and that no member of staff had been dismissed on visa grounds. Cllr Reilly asked for a breakdown of the cost of agency staff by team to be shared before the budget meeting."],
   "ACTION: Officers to circulate agency spend by team for 2024/25 and 2025/26 to date (Owner: Joanne Whitlock, by 25 November 2025)",
   "Outcome: The Panel noted the update and agreed to hold a focused session on retention of occupational therapists at its March 2026 meeting."),
 ("8", "Work programme 2025/26", "Presented by: Bethany Crane, Senior Scrutiny and Governance Officer", [
   "The Panel considered its work programme. Members suggested adding the ICB's proposals for community diagnostic centres and the annual safeguarding adults report. There were no further comments."],
   None, "Outcome: The Panel agreed the work programme, subject to the addition of the items suggested at the meeting."),
]

def build1():
    p = new_pdf(HEAD1, "Kestonbury Council – Minutes")
    src = [HEAD1, "Kestonbury Council – Minutes", "Chair's initials"]
    def para(t, style="", size=10, h=5, align="J"):
        src.append(t); p.set_font("DV", style, size); p.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    para("London Borough of Kestonbury", "B", 15, 7, "L")
    para("Adults and Health Scrutiny Panel – Minutes", "B", 13, 7, "L"); p.ln(3)
    rows = [("Date", "Tuesday 14 October 2025"), ("Time", "7.00pm – 9.20pm"),
            ("Venue", "Committee Room 2, Kestonbury Civic Centre, Station Parade, and online"),
            ("Chair", "Cllr Helen Achebe")]
    p.set_font("DV", "", 10)
    with p.table(col_widths=(30, 140), text_align="LEFT", first_row_as_headings=False) as t:
        for a, b in rows:
            r = t.row(); r.cell(a); r.cell(b); src += [a, b]
    p.ln(4)
    para("Panel members present", "B", 11, 6, "L")
    for m in MEMBERS: para("•  " + m, "", 10, 5, "L")
    p.ln(2); para("Also attending", "B", 11, 6, "L")
    for m in ALSO: para("•  " + m, "", 10, 5, "L")
    p.ln(2); para("Apologies: Cllr Nadia Okafor", "", 10, 5, "L"); p.ln(4)
    for num, title, pres, paras, action, outcome in ITEMS:
        if p.get_y() > 235: p.add_page()
        para(f"Item {num}: {title}", "B", 11.5, 6, "L")
        if pres: para(pres, "I", 9.5, 5, "L")
        p.ln(1.5)
        for t in paras: para(t); p.ln(2)
        if action: para(action, "B", 9.5, 5, "L"); p.ln(1)
        if outcome: para(outcome, "", 10, 5, "J")
        p.ln(5)
    para("The meeting ended at 9.20pm.", "", 10, 5, "L"); p.ln(8)
    para("Chair ...................................................   Date ......................", "", 10, 5, "L")
    p.output(os.path.join(DOCS, D1)); return " \n".join(src)

def Q(item, kind, text, by, ans, given, themes):
    return dict(item=item, kind=kind, text=text, asked_by=by, answer=ans, given_by=given, themes=themes)

GOLD1 = {
 "document": D1, "doc_type": "minutes", "committee": "Adults and Health Scrutiny Panel", "meeting_date": "2025-10-14",
 "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
 "questions": [
  Q("4", "question", "how residents would be protected if a lead provider in one zone handed back", "Cllr Morrow",
    "each contract would include a step-in clause", "Officers", ["adult-social-care", "subcontracting"]),
  Q("4", "concern", "challenged the assumption that fewer, larger providers would improve continuity of care", "Cllr Sandhu",
    "zoning was intended to cut travel time between visits", "The Director", ["adult-social-care", "subcontracting", "workforce"]),
  Q("4", "question", "whether the hourly rate in the new contracts would allow providers to pay", "Panel members",
    "the modelled rate of £27.40 per hour assumed London Living Wage", "Mr Feld", ["adult-social-care", "finance", "workforce", "subcontracting"]),
  Q("4", "concern", "smaller local and Black-led providers would be squeezed out of the market", "Cllr Haddad",
    None, None, ["adult-social-care", "subcontracting"]),
  Q("4", "question", "how people who use home care had been involved in designing the specification", "Farah Quinlan",
    "214 survey responses and four focus groups had shaped the outcome measures", "Officers", ["adult-social-care", "patient-and-public-input"]),
  Q("5", "question", "why the step-down beds were being commissioned from a private nursing home group", "Cllr Lyle",
    "the council's two in-house homes were full", "The Director", ["adult-social-care", "privatisation", "subcontracting"]),
  Q("5", "question", "whether the seven-day discharge team had enough social workers to operate at weekends", "Cllr Reilly",
    "four of the six weekend posts had been filled", "Mr Castell", ["adult-social-care", "workforce"]),
  Q("5", "question", "how the plan would be judged a success and when figures would be reported", "Panel members",
    "would be reported monthly to the Health and Wellbeing Board", "Officers", ["adult-social-care", "integration"]),
  Q("6", "question", "why quit rates among routine and manual workers remained so much lower", "Cllr Haddad",
    "evening and workplace clinics had been piloted in two industrial estates", "Dr Ekwueme", ["public-health"]),
  Q("6", "concern", "the public health grant allocation for 2026/27 had not yet been confirmed", "Cllr Morrow",
    "the extension included a break clause at six months", "the Director of Public Health", ["public-health", "finance", "subcontracting"]),
  Q("7", "question", "what support was given to internationally recruited staff whose visas were tied", "Cllr Sandhu",
    "a pastoral lead and a buddy scheme were in place", "The Director", ["workforce", "adult-social-care"]),
  Q("7", "request", "asked for a breakdown of the cost of agency staff by team", "Cllr Reilly",
    None, None, ["workforce", "finance", "adult-social-care"]),
 ],
 "resolutions": [
  {"item": "1", "text": "The Panel noted the apologies and the substitution", "outcome": "noted", "themes": []},
  {"item": "3", "text": "agreed the minutes of the meeting held on 9 September 2025", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "agreed to receive the draft service specification and evaluation criteria", "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
  {"item": "5", "text": "the in-house care home capacity review be brought forward", "outcome": "recommended", "themes": ["adult-social-care", "privatisation"]},
  {"item": "6", "text": "The Panel noted the report and the proposed 12-month extension", "outcome": "noted", "themes": ["public-health", "subcontracting"]},
  {"item": "7", "text": "agreed to hold a focused session on retention of occupational therapists", "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
  {"item": "8", "text": "The Panel agreed the work programme, subject to the addition", "outcome": "agreed", "themes": ["governance"]},
 ],
 "attendees": [
  {"name": "Cllr Helen Achebe", "role": "Chair", "attendance": "present"},
  {"name": "Cllr David Morrow", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Cllr Priya Sandhu", "role": None, "attendance": "present"},
  {"name": "Cllr Gareth Lyle", "role": None, "attendance": "present"},
  {"name": "Cllr Amira Haddad", "role": None, "attendance": "present"},
  {"name": "Cllr Tom Reilly", "role": "substitute for Cllr Nadia Okafor", "attendance": "present"},
  {"name": "Cllr Simon Pell", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
  {"name": "Joanne Whitlock", "role": "Corporate Director of Adults, Health and Housing", "attendance": "in_attendance"},
  {"name": "Marcus Feld", "role": "Head of Commissioning and Market Shaping (Adults)", "attendance": "in_attendance"},
  {"name": "Dr Ruth Ekwueme", "role": "Director of Public Health", "attendance": "in_attendance"},
  {"name": "Liam Castell", "role": "Place Director (Kestonbury), North Thames Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Farah Quinlan", "role": "Healthwatch Kestonbury", "attendance": "in_attendance"},
  {"name": "Bethany Crane", "role": "Senior Scrutiny and Governance Officer", "attendance": "in_attendance"},
  {"name": "Cllr Nadia Okafor", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- document 2
D2 = "gk-kestonbury-cabinet-report-asc-fees-charges-2026-27.pdf"
HEAD2 = "Kestonbury Council  |  Cabinet  |  11 December 2025  |  Agenda item 9"
SECTIONS = [
 ("1. Summary", [
  "1.1 This report sets out proposed fees paid to adult social care providers and the charges made to residents for care and support for 2026/27. It follows the annual cost of care exercise completed with providers in September 2025.",
  "1.2 The proposals would add an estimated £6.8m to the gross adult social care budget, of which £1.9m is expected to be recovered through charges and the remainder met from the Market Sustainability and Improvement Fund and the council's base budget."]),
 ("2. Recommendations", [
  "Cabinet is recommended to:",
  "(a) approve an uplift of 5.9% to the standard home care hourly rate, taking it to £27.40 from 6 April 2026;",
  "(b) approve uplifts of 5.2% to residential and 4.8% to nursing care home baseline rates;",
  "(c) approve the increase in the weekly charge for day services from £31.50 to £34.00;",
  "(d) agree that the disability-related expenditure allowance remains at £25 per week for all residents assessed under the charging policy;",
  "(e) delegate authority to the Corporate Director of Adults, Health and Housing, in consultation with the Cabinet Member for Adult Social Care and Health, to agree individual rates for complex placements."]),
 ("3. Reasons for recommendations", [
  "3.1 The council has a duty under the Care Act 2014 to promote a diverse and sustainable market. Provider costs have risen because of the increase in the National Living Wage and employer national insurance contributions. Without an uplift, providers have indicated that they would hand back packages or close beds."]),
 ("4. Options considered", [
  "4.1 Option 1 – no uplift. Rejected because it would put the stability of the local market at risk and would likely result in higher spot-purchase costs.",
  "4.2 Option 2 – uplift in line with inflation only (3.1%). Rejected because it would not cover the statutory increase in pay costs for care workers.",
  "4.3 Option 3 – the recommended uplifts, weighted to home care where recruitment pressures are greatest."]),
 ("5. Consultation", [
  "5.1 Providers were consulted through the Care Provider Forum and an online cost of care survey, with 64 responses. Residents affected by the change to day service charges were written to and offered a review. A summary of feedback is at Appendix B."]),
 ("6. Financial implications", [
  "6.1 The full-year cost of the fee uplifts is £6.8m. Income from charges is projected to rise by £1.9m. The net pressure of £4.9m is included in the draft Medium Term Financial Plan presented to this meeting. There is a risk that demand exceeds the 3% growth assumed; this is reflected in the corporate risk register."]),
 ("7. Legal implications", [
  "7.1 The charging proposals comply with the Care and Support (Charging and Assessment of Resources) Regulations 2014 and the statutory guidance. The council must have regard to the actual cost of care when setting rates and must not set fees at a level that would undermine the sustainability of the market."]),
 ("8. Equality implications", [
  "8.1 An Equality Impact Assessment is attached at Appendix C. Older and disabled residents are most affected by the changes to charges; mitigation includes a benefits check offered to every person with a revised assessment."]),
]

def build2():
    p = new_pdf(HEAD2, "Cabinet report – OPEN", initials=False)
    src = [HEAD2, "Cabinet report – OPEN"]
    def para(t, style="", size=10, h=5, align="J"):
        src.append(t); p.set_font("DV", style, size); p.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    para("Cabinet report: Adult social care fees and charges 2026/27", "B", 14, 7, "L"); p.ln(3)
    p.set_font("DV", "", 9.5)
    meta = [("Report of", "Corporate Director of Adults, Health and Housing"),
            ("Cabinet Member", "Cllr Simon Pell, Cabinet Member for Adult Social Care and Health"),
            ("Wards affected", "All wards"), ("Key decision", "Yes – Forward Plan ref. KD/2025/118"),
            ("Exempt information", "None"), ("Contact", "Marcus Feld, Head of Commissioning and Market Shaping (Adults)")]
    with p.table(col_widths=(40, 130), text_align="LEFT", first_row_as_headings=False) as t:
        for a, b in meta:
            r = t.row(); r.cell(a); r.cell(b); src += [a, b]
    p.ln(5)
    for h, paras in SECTIONS:
        para(h, "B", 11, 6, "L"); p.ln(1)
        for t in paras: para(t); p.ln(1.5)
        p.ln(3)
    para("Appendices: A – Proposed rates schedule; B – Consultation feedback; C – Equality Impact Assessment", "I", 9, 5, "L")
    p.output(os.path.join(DOCS, D2)); return " \n".join(src)

GOLD2 = {"document": D2, "doc_type": "report", "themes": ["adult-social-care", "finance", "subcontracting", "workforce"]}

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    texts = {D1: build1(), D2: build2()}
    golds = {D1: GOLD1, D2: GOLD2}
    for d, g in golds.items():
        with open(os.path.join(GOLD, os.path.splitext(d)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    if "--check" in sys.argv:
        bad = 0
        for d, g in golds.items():
            src = norm(texts[d])
            phrases = []
            for q in g.get("questions", []):
                phrases.append(q["text"])
                if q["answer"]: phrases.append(q["answer"])
            phrases += [r["text"] for r in g.get("resolutions", [])]
            for ph in phrases:
                n = norm(ph); c = src.count(n); w = len(ph.split())
                if c != 1 or not 6 <= w <= 15:
                    bad += 1; print(f"FAIL {d}: count={c} words={w}: {ph}")
        print("check:", "PASSED" if not bad else f"{bad} failures"); sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
