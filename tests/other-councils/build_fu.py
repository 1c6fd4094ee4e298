#!/usr/bin/env python3
"""Build the "fu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fu.py           build documents/fu-* and gold/fu-*.json
        build_fu.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents"); GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

def shy(text):
    # soft hyphens in long words so the justified PDF breaks words across line ends
    def f(m):
        w = m.group(0)
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"(?<![\w@])[a-z]{10,}(?![\w])", f, text)

class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.add_font("S", "", FONT + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_margins(22, 20, 22); self.set_auto_page_break(True, 22)
    def header(self):
        self.set_font("S", "", 8); self.set_text_color(90)
        self.cell(0, 5, self.head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0); self.ln(3)
    def footer(self):
        self.set_y(-15); self.set_font("S", "", 8); self.set_text_color(90)
        self.cell(60, 5, self.foot)
        self.cell(46, 5, "Page %d" % self.page_no(), align="C")
        self.cell(0, 5, "Chair's initials ........", align="R"); self.set_text_color(0)

def render(blocks, head, foot, path):
    pdf = Doc(head, foot); pdf.add_page(); src = []
    W = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("S", "B", 11.5); pdf.multi_cell(W, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif kind == "h":
            pdf.ln(2); pdf.set_font("S", "B", 10); pdf.multi_cell(W, 5.5, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "lab":
            pdf.ln(1.5); pdf.set_font("S", "B", 9.5); pdf.multi_cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "line":
            pdf.set_font("S", "", 9.5); pdf.set_x(pdf.l_margin + b[2]); pdf.multi_cell(W - b[2], 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("S", "", 9.5); pdf.multi_cell(W, 4.9, shy(b[1]), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "np":
            pdf.set_font("S", "", 9.5); y = pdf.get_y()
            pdf.cell(12, 4.9, b[1]); pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(W - 12, 4.9, shy(b[2]), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "quote":
            pdf.set_font("S", "I", 9.5); pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(W - 24, 4.9, shy(b[1]), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "gap":
            pdf.ln(b[1])
        src.append(" ".join(x for x in b[1:] if isinstance(x, str)))
    pdf.output(path)
    return "\n".join(src)

# ---------------------------------------------------------------- document 1
D1 = "fu-kelmscott-health-adults-scrutiny-2025-03-11.pdf"
CM = "Councillor Amina Rahman, Cabinet Member for Health and Adult Social Care"
b1 = [
 ("title", "LONDON BOROUGH OF KELMSCOTT"),
 ("title", "MINUTES OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE\nHELD AT 6.30 P.M. ON TUESDAY, 11 MARCH 2025\nCOUNCIL CHAMBER, KELMSCOTT TOWN HALL, 4 MARLOW STREET, LONDON E17 9QP"),
 ("lab", "Members Present:"),
 ("line", "Councillor Bernadette Okafor (Chair)", 8),
 ("line", "Councillor Tomasz Wierzbicki (Vice-Chair)", 8),
 ("line", "Councillor Harriet Loxley", 8),
 ("line", "Councillor Imran Siddiqui (Virtual)", 8),
 ("line", "Councillor Paul Grennan", 8),
 ("line", "Councillor Shireen Akhtar (Virtual)", 8),
 ("lab", "Co-opted Members Present:"),
 ("line", "Janice Pettifer – Kelmscott Healthwatch", 8),
 ("lab", "Other Councillors Present:"),
 ("line", "Councillor Amina Rahman – Cabinet Member for Health and Adult Social Care", 8),
 ("lab", "Officers Present:"),
 ("line", "Dr Gareth Mbeki", 8), ("line", "Director of Integrated Commissioning", 16),
 ("line", "Lorraine Castellanos", 8), ("line", "Corporate Director, Adults, Health and Communities", 16),
 ("line", "Neville Ashworth-Brown", 8), ("line", "Head of Adult Social Care Workforce Development and Practice Quality", 16),
 ("line", "Priya Venkataraman", 8), ("line", "Place Director (Kelmscott), NHS North East London Integrated Care Board", 16),
 ("line", "Sam Obuya", 8), ("line", "Democratic Services Officer (Committees)", 16),
 ("lab", "Apologies:"),
 ("line", "Councillor Denise Marchetti", 8),
 ("line", "Dr Rowan Fairclough – Director of Public Health", 8),
 ("gap", 3),
 ("h", "1. DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS"),
 ("np", "1.1", "Councillor Harriet Loxley declared a non-pecuniary interest in item 6 as her daughter is employed as a reablement worker by the Council. She remained in the meeting. There were no declarations of disclosable pecuniary interests."),
 ("h", "2. MINUTES OF THE PREVIOUS MEETING(S)"),
 ("np", "2.1", "The Chair moved the minutes, and it was"),
 ("lab", "RESOLVED:"),
 ("np", "1.", "That the unrestricted minutes of the Sub-Committee held on 14 January 2025 be approved and signed by the Chair as a correct record of proceedings."),
 ("h", "3. PUBLIC QUESTIONS"),
 ("np", "3.1", "One public question had been received in accordance with the Council's Procedure Rules."),
 ("lab", "Question from Ms Dolores Fenwick to the Cabinet Member for Health and Adult Social Care"),
 ("quote", "“Residents who rely on the Hollins Lane day centre were told in January that sessions would be cut from five days to three from April. Will the Cabinet Member publish the equality impact assessment for this change and explain why carers were not consulted before the decision was taken?”"),
 ("lab", "Response:"),
 ("p", "Councillor Rahman thanked Ms Fenwick for her question. She stated that no final decision had been taken on the Hollins Lane timetable and that the draft equality impact assessment would be published on the Council's website by 28 March 2025. A six week engagement exercise with carers and day centre users would begin in April, and current sessions would continue unchanged until it had concluded."),
 ("lab", "Supplementary question:"),
 ("p", "Ms Fenwick asked whether families would be offered face-to-face meetings rather than an online survey, as many older carers did not use the internet."),
 ("lab", "Response:"),
 ("p", "Councillor Rahman confirmed that two drop-in sessions would be held at the centre itself and that paper copies of the questionnaire would be posted to every registered carer."),
 ("h", "4. RECOMMISSIONING OF HOME CARE SERVICES"),
 ("np", "4.1", "Dr Gareth Mbeki, Director of Integrated Commissioning, introduced the report, which set out proposals to replace the current framework of fourteen home care providers with five patch-based lead providers from October 2025, at an estimated annual value of £31.4 million."),
 ("np", "4.2", "Councillor Paul Grennan (Lab) enquired how the Council would ensure that the new lead providers paid care workers for travel time between visits. Dr Mbeki stated that payment for travel time would be a contractual requirement and would be checked through quarterly electronic call monitoring audits."),
 ("np", "4.3", "Councillor Harriet Loxley (Lab) highlighted the number of complaints about missed and late visits in the north of the borough and asked whether any of the current providers had been placed under enhanced monitoring; in reply, the Director of Integrated Commissioning stated that two providers were currently subject to improvement plans and that neither would be eligible to bid unless those plans were signed off."),
 ("np", "4.4", "Members noted that the London Living Wage would be built into the hourly rate paid to all lead providers from the first year of the contract."),
 ("np", "4.5", "Councillor Tomasz Wierzbicki (Con) expressed concern that moving to five large providers could squeeze out small local agencies and reduce choice for people receiving direct payments. Lorraine Castellanos, Corporate Director, Adults, Health and Communities, responded that smaller agencies could join as sub-contracted partners and that the direct payments offer was unaffected by the recommissioning."),
 ("np", "4.6", "Janice Pettifer requested that the evaluation panel include at least one person with lived experience of receiving home care. The Corporate Director agreed to take this request away and to confirm the panel membership in writing."),
 ("np", "4.7", "Following discussion, it was"),
 ("lab", "RESOLVED:"),
 ("np", "1.", "That the proposed lead provider model for home care services be noted;"),
 ("np", "2.", "That the Cabinet be recommended to include a service user representative on the tender evaluation panel; and"),
 ("np", "3.", "That a report on mobilisation and provider transition arrangements be brought to the Sub-Committee in September 2025."),
 ("h", "5. WINTER PRESSURES AND HOSPITAL DISCHARGE – UPDATE FROM NHS NORTH EAST LONDON"),
 ("np", "5.1", "Priya Venkataraman, Place Director (Kelmscott), presented an update on urgent and emergency care performance over the winter period, including the Kelmscott and Ware Hospital bed occupancy figures and the new transfer of care hub."),
 ("np", "5.2", "Councillor Imran Siddiqui (Lab) queried why the number of patients waiting more than twelve hours in the emergency department had risen in January despite the opening of additional winter beds. Ms Venkataraman explained that a flu outbreak had closed three wards for eleven days and that the position had since recovered to the levels seen in November."),
 ("np", "5.3", "Councillor Shireen Akhtar (Lab) sought clarification on how many people had been discharged to care homes outside the borough because no local placement was available. The Corporate Director advised that 46 people had been placed out of borough between October and February, most of them within two miles of the boundary."),
 ("np", "5.4", "The Chair asked what proportion of people leaving hospital through the discharge to assess pathway were still living at home after ninety-one days. No figure was available at the meeting and Ms Venkataraman undertook to provide one."),
 ("np", "5.5", "Members noted the additional £2.1 million received from the national discharge fund, of which £1.3 million had been spent on reablement capacity."),
 ("lab", "RESOLVED:"),
 ("np", "1.", "That the update be noted; and"),
 ("np", "2.", "That the ICB provide the ninety-one day reablement outcome figures to Members before the next meeting."),
 ("h", "6. ADULT SOCIAL CARE WORKFORCE STRATEGY 2025–2028"),
 ("np", "6.1", "Neville Ashworth-Brown, Head of Adult Social Care Workforce Development and Practice Quality, introduced the draft strategy, noting a social worker vacancy rate of 19 per cent and agency spend of £2.7 million in 2023/24."),
 ("np", "6.2", "Councillor Grennan asked what the Council was doing to convert agency social workers into permanent staff. Mr Ashworth-Brown replied that a 'return to Kelmscott' offer, including a £2,000 retention payment after two years, had persuaded eleven agency workers to take permanent posts since September."),
 ("np", "6.3", "Councillor Loxley questioned whether the international recruitment programme provided enough pastoral support, given reports of overseas care workers facing high housing costs. Mr Ashworth-Brown said that each recruit was given a named mentor and that the Council was working with housing colleagues to offer short-term accommodation on arrival."),
 ("np", "6.4", "Councillor Akhtar commented that the strategy said very little about the independent care sector, where most care staff in the borough were employed. No response was recorded."),
 ("lab", "RESOLVED:"),
 ("np", "1.", "That the draft Adult Social Care Workforce Strategy 2025–2028 be noted."),
 ("h", "7. HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME 2025/26"),
 ("np", "7.1", "The Democratic Services Officer presented the draft work programme. Members asked that a spotlight session on mental health crisis support for adults be added for the November meeting."),
 ("lab", "RESOLVED:"),
 ("np", "1.", "That the work programme for 2025/26 be agreed, subject to the addition of a spotlight session on adult mental health crisis support."),
 ("h", "8. ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT"),
 ("np", "8.1", "There was no other business."),
 ("gap", 4),
 ("p", "The meeting ended at 8.47 p.m."),
 ("p", "Chair, Councillor Bernadette Okafor\nHealth and Adults Scrutiny Sub-Committee"),
]

def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer, given_by=given_by, themes=themes)

G1 = {
 "document": D1, "doc_type": "minutes",
 "committee": "Health and Adults Scrutiny Sub-Committee", "meeting_date": "2025-03-11",
 "items": [
  {"number": "1", "title": "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS"},
  {"number": "2", "title": "MINUTES OF THE PREVIOUS MEETING(S)"},
  {"number": "3", "title": "PUBLIC QUESTIONS"},
  {"number": "4", "title": "RECOMMISSIONING OF HOME CARE SERVICES"},
  {"number": "5", "title": "WINTER PRESSURES AND HOSPITAL DISCHARGE – UPDATE FROM NHS NORTH EAST LONDON"},
  {"number": "6", "title": "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025–2028"},
  {"number": "7", "title": "HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE WORK PROGRAMME 2025/26"},
  {"number": "8", "title": "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT"},
 ],
 "questions": [
  q("3", "question", "Will the Cabinet Member publish the equality impact assessment for this change",
    "Ms Dolores Fenwick", "the draft equality impact assessment would be published on the Council's website",
    "Councillor Rahman", ["adult-social-care", "patient-and-public-input"]),
  q("3", "question", "asked whether families would be offered face-to-face meetings rather than an online survey",
    "Ms Fenwick", "two drop-in sessions would be held at the centre itself",
    "Councillor Rahman", ["adult-social-care", "patient-and-public-input"]),
  q("4", "question", "enquired how the Council would ensure that the new lead providers paid care workers",
    "Councillor Paul Grennan (Lab)", "payment for travel time would be a contractual requirement",
    "Dr Mbeki", ["subcontracting", "workforce", "adult-social-care"]),
  q("4", "question", "asked whether any of the current providers had been placed under enhanced monitoring",
    "Councillor Harriet Loxley (Lab)", "two providers were currently subject to improvement plans",
    "the Director of Integrated Commissioning", ["subcontracting", "governance", "adult-social-care"]),
  q("4", "concern", "moving to five large providers could squeeze out small local agencies",
    "Councillor Tomasz Wierzbicki (Con)", "smaller agencies could join as sub-contracted partners",
    "Lorraine Castellanos, Corporate Director, Adults, Health and Communities", ["subcontracting", "adult-social-care"]),
  q("4", "request", "requested that the evaluation panel include at least one person with lived experience",
    "Janice Pettifer", "The Corporate Director agreed to take this request away",
    "The Corporate Director", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
  q("5", "question", "queried why the number of patients waiting more than twelve hours",
    "Councillor Imran Siddiqui (Lab)", "a flu outbreak had closed three wards for eleven days",
    "Ms Venkataraman", ["public-health"]),
  q("5", "question", "how many people had been discharged to care homes outside the borough",
    "Councillor Shireen Akhtar (Lab)", "46 people had been placed out of borough between October and February",
    "The Corporate Director", ["adult-social-care"]),
  q("5", "question", "what proportion of people leaving hospital through the discharge to assess pathway",
    "The Chair", "No figure was available at the meeting and Ms Venkataraman undertook to provide one",
    "Ms Venkataraman", ["integration", "adult-social-care"]),
  q("6", "question", "asked what the Council was doing to convert agency social workers into permanent staff",
    "Councillor Grennan", "including a £2,000 retention payment after two years",
    "Mr Ashworth-Brown", ["workforce", "adult-social-care"]),
  q("6", "concern", "questioned whether the international recruitment programme provided enough pastoral support",
    "Councillor Loxley", "each recruit was given a named mentor",
    "Mr Ashworth-Brown", ["workforce", "housing", "adult-social-care"]),
  q("6", "comment", "the strategy said very little about the independent care sector",
    "Councillor Akhtar", None, None, ["workforce", "adult-social-care", "subcontracting"]),
  q("7", "request", "a spotlight session on mental health crisis support for adults be added",
    "Members", None, None, ["mental-health"]),
 ],
 "resolutions": [
  {"item": "2", "text": "minutes of the Sub-Committee held on 14 January 2025 be approved", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "That the proposed lead provider model for home care services be noted",
   "outcome": "agreed", "themes": ["subcontracting", "adult-social-care", "patient-and-public-input"]},
  {"item": "5", "text": "the ICB provide the ninety-one day reablement outcome figures to Members",
   "outcome": "agreed", "themes": ["adult-social-care", "integration"]},
  {"item": "6", "text": "the draft Adult Social Care Workforce Strategy 2025–2028 be noted",
   "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
  {"item": "7", "text": "the work programme for 2025/26 be agreed, subject to the addition",
   "outcome": "agreed", "themes": ["mental-health"]},
 ],
 "attendees": [
  {"name": "Councillor Bernadette Okafor", "role": "Chair", "attendance": "present"},
  {"name": "Councillor Tomasz Wierzbicki", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Councillor Harriet Loxley", "role": None, "attendance": "present"},
  {"name": "Councillor Imran Siddiqui", "role": None, "attendance": "present"},
  {"name": "Councillor Paul Grennan", "role": None, "attendance": "present"},
  {"name": "Councillor Shireen Akhtar", "role": None, "attendance": "present"},
  {"name": "Janice Pettifer", "role": "Kelmscott Healthwatch", "attendance": "present"},
  {"name": "Councillor Amina Rahman", "role": "Cabinet Member for Health and Adult Social Care", "attendance": "in_attendance"},
  {"name": "Dr Gareth Mbeki", "role": "Director of Integrated Commissioning", "attendance": "in_attendance"},
  {"name": "Lorraine Castellanos", "role": "Corporate Director, Adults, Health and Communities", "attendance": "in_attendance"},
  {"name": "Neville Ashworth-Brown", "role": "Head of Adult Social Care Workforce Development and Practice Quality", "attendance": "in_attendance"},
  {"name": "Priya Venkataraman", "role": "Place Director (Kelmscott), NHS North East London Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Sam Obuya", "role": "Democratic Services Officer (Committees)", "attendance": "in_attendance"},
  {"name": "Councillor Denise Marchetti", "role": None, "attendance": "apologies"},
  {"name": "Dr Rowan Fairclough", "role": "Director of Public Health", "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- document 2
D2 = "fu-kelmscott-cabinet-member-health-adult-social-care-annual-report-2024-25.pdf"
b2 = [
 ("title", "LONDON BOROUGH OF KELMSCOTT\nCOUNCIL – 26 MARCH 2025"),
 ("title", "Cabinet Member for Health and Adult Social Care:\nannual report to Council 2024/25"),
 ("p", "Report of: Councillor Amina Rahman, Cabinet Member for Health and Adult Social Care\nClassification: Unrestricted\nWards affected: All wards"),
 ("h", "1. Introduction"),
 ("p", "I am pleased to present my annual report to Council for 2024/25. It has been a demanding year for health and care in Kelmscott: demand for adult social care has continued to grow, our NHS partners have faced another difficult winter, and the Council's budget remains under severe pressure. I want to thank the staff, carers and voluntary organisations whose work lies behind every figure in this report."),
 ("h", "2. What we have achieved"),
 ("p", "We have supported 3,412 adults with long-term care packages this year, an increase of 6 per cent on 2023/24. More than 1,100 residents now receive direct payments, and I am proud that Kelmscott has the second highest uptake in North East London. Our reablement service helped 84 per cent of people discharged from hospital to remain at home ninety-one days later."),
 ("p", "Working with the NHS North East London Integrated Care Board, we opened the transfer of care hub at Kelmscott and Ware Hospital in November. Average delays for people medically fit to leave hospital fell from 4.2 days to 2.6 days. The Better Care Fund, worth £24.8 million this year, has paid for an expanded rapid response team and 30 step-down flats."),
 ("p", "In public health, we recommissioned our stop smoking service, which helped 1,240 residents to quit, and ran community flu vaccination clinics in eighteen mosques, churches and community centres. Our health inequalities programme has focused on the three wards where life expectancy is lowest."),
 ("p", "We have also paid the London Living Wage to every home care worker employed through our contracts since April 2024, and we reduced the social worker vacancy rate from 24 per cent to 19 per cent."),
 ("h", "3. Listening to residents"),
 ("p", "I have met carers' groups in every neighbourhood this year. Their feedback shaped our new carers' strategy, and I have committed that no change to day services will be made without consultation with the people who use them."),
 ("h", "4. Priorities for 2025/26"),
 ("p", "My priorities for the coming year are: to complete the recommissioning of home care services by October 2025 with fewer, locally based providers; to publish a ten-year accommodation plan for older people and adults with learning disabilities; to open a second mental health crisis café; and to deliver £3.9 million of savings without reducing eligibility for care."),
 ("h", "5. Finance"),
 ("p", "The adult social care net budget for 2024/25 was £118.6 million. We are forecasting an overspend of £2.3 million, mainly in residential and nursing care for older people. Government grant for 2025/26 will rise by £6.1 million, but this does not meet the cost of demographic growth and the increase in employers' national insurance contributions paid by our providers."),
 ("h", "6. Recommendation"),
 ("p", "Council is asked to note this report."),
]
G2 = {"document": D2, "doc_type": "report",
      "themes": ["adult-social-care", "integration", "public-health", "finance", "workforce",
                 "patient-and-public-input", "subcontracting", "mental-health", "housing"]}

def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def check(src, gold):
    ok = True; n = norm(src)
    phrases = [("q", x["text"]) for x in gold.get("questions", [])]
    phrases += [("a", x["answer"]) for x in gold.get("questions", []) if x["answer"]]
    phrases += [("r", x["text"]) for x in gold.get("resolutions", [])]
    for k, p in phrases:
        c = n.count(norm(p)); w = len(p.split())
        if c != 1 or not (6 <= w <= 15):
            ok = False; print("FAIL %s count=%d words=%d: %s" % (k, c, w, p))
    return ok

def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    head = "London Borough of Kelmscott – Health and Adults Scrutiny Sub-Committee, 11/03/2025"
    s1 = render(b1, head, "SECTION ONE (UNRESTRICTED)", os.path.join(DOCS, D1))
    s2 = render(b2, "Council, 26 March 2025 – Agenda item 9.2", "London Borough of Kelmscott", os.path.join(DOCS, D2))
    for d, g in ((D1, G1), (D2, G2)):
        with open(os.path.join(GOLD, d.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    if "--check" in sys.argv:
        ok = check(s1, G1) and check(s2, G2)
        print("check passed" if ok else "check FAILED"); sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
