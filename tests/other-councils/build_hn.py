#!/usr/bin/env python3
"""Build the "hn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hn.py           build documents/hn-* and gold/hn-*.json
        build_hn.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 12, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def hyph(text):
    """Insert soft hyphens into long words so justified lines hyphenate."""
    def h(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        parts, i = [], 0
        while len(w) - i > 8:
            cut = i + 4 + (len(w) - i) // 3
            cut = min(cut, len(w) - 4)
            parts.append(w[i:cut]); i = cut
        parts.append(w[i:])
        return SHY.join(parts)
    return re.sub(r"[A-Za-z]{9,}", h, text)


class Doc(FPDF):
    def __init__(self, header_text, footer_left):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_left = footer_left
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONTB)
        self.set_creation_date(FIXED)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 24)
        self.src = []

    def header(self):
        if self.page_no() > 1 and self.header_text:
            self.set_font("dv", "B", 8.5)
            self.cell(0, 5, self.header_text, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(5)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", "", 8.5)
        if self.footer_left:
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")

    def para(self, text, bold=False, size=10.5, indent=0, after=3, align="J"):
        self.src.append(text)
        self.set_font("dv", "B" if bold else "", size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, 5.2, hyph(text), align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullet(self, text, indent=8):
        self.src.append(text)
        self.set_font("dv", "", 10.5)
        y = self.get_y()
        if y > self.h - 34:
            self.add_page(); y = self.get_y()
        self.set_xy(self.l_margin + indent - 5, y)
        self.cell(5, 5.2, "•")
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(self.epw - indent, 5.2, hyph(text), align="J",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def item(self, num, title):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.src.append(f"{num}. {title}")
        self.set_font("dv", "B", 10.5)
        self.cell(12, 6, f"{num}.")
        self.multi_cell(self.epw - 12, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def labelled(self, label, lines, after=2):
        """Sefton-style PRESENT: with the label in a left column."""
        self.set_font("dv", "B", 10.5)
        y = self.get_y()
        self.cell(40, 5.4, label)
        self.set_font("dv", "", 10.5)
        self.set_xy(self.l_margin + 40, y)
        for ln in lines:
            self.src.append(ln)
            self.set_x(self.l_margin + 40)
            self.multi_cell(self.epw - 40, 5.4, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


# ---------------------------------------------------------------- document 1
D1 = "hn-crossmere-osc-adult-social-care-health-2025-03-04.pdf"
COMM = "Overview and Scrutiny Committee (Adult Social Care and Health)"


def build_minutes():
    d = Doc("OVERVIEW AND SCRUTINY COMMITTEE (ADULT SOCIAL CARE AND HEALTH) - TUESDAY 4TH MARCH, 2025",
            "")
    d.add_page()
    d.set_font("dv", "B", 9)
    d.cell(0, 5, "Agenda Item 3", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("dv", "B", 12)
    for t in ["OVERVIEW AND SCRUTINY COMMITTEE", "(ADULT SOCIAL CARE AND HEALTH)"]:
        d.src.append(t)
        d.cell(0, 6.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("dv", "B", 10.5)
    t = "MEETING HELD AT THE TOWN HALL, HALSHAW ON TUESDAY 4TH MARCH, 2025"
    d.src.append(t)
    d.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.labelled("PRESENT:", [
        "Councillor Brennan (in the Chair)",
        "Councillor Oyelaran (Vice-Chair)",
        "Councillors Atherley, Dowd, Fazakerley, Kinsella, McGinty and Rimmer-Shaw",
    ])
    d.labelled("ALSO PRESENT:", [
        "Councillor Pennington, Cabinet Member – Adult Social Care",
        "Councillor Vaughan-Lloyd, Cabinet Member – Health and Wellbeing",
        "Mr. T. Halloran, Healthwatch Crossmere (co-opted, non-voting)",
    ], after=6)

    d.item("37", "Apologies for Absence")
    d.para("Apologies for absence were received from Councillor Leatherbarrow and "
           "Ms. Ngozi Adebayo, Chief Executive, Healthwatch Crossmere. Councillor "
           "Tarleton was not present and no apology had been received.")

    d.item("38", "Declarations of Interest")
    d.para("In accordance with Paragraph 9 of the Council's Code of Conduct, the "
           "following declarations of personal interest were made and the Members "
           "concerned remained in the room during the consideration of the items:")
    d.bullet("Councillor Kinsella – Minute No. 40 – reason: his daughter is employed as a "
             "staff nurse in the Emergency Department at Halshaw District General Hospital;")
    d.bullet("Councillor Dowd – Minute No. 41 – reason: she is a trustee of Crossmere Carers "
             "Centre, which holds a grant agreement with the Council.")
    d.ln(2)

    d.item("39", "Minutes of the Previous Meeting")
    d.para("RESOLVED:", bold=True, after=1)
    d.para("That the Minutes of the meeting held on 14 January 2025 be confirmed as a "
           "correct record.", after=5)

    d.item("40", "Mersey Shore Hospitals NHS Foundation Trust - Urgent and Emergency Care Winter Update")
    d.para("The Committee considered the report of the Chief Operating Officer, Mersey "
           "Shore Hospitals NHS Foundation Trust, that provided an update on the "
           "performance of urgent and emergency care services at Halshaw District General "
           "Hospital over the winter period, including four-hour performance, ambulance "
           "handover delays, the opening of escalation beds and the number of patients "
           "who no longer met the criteria to reside.")
    d.para("Ms. Joanne Whitfield, Chief Operating Officer, and Dr. Rashid Anwar, Clinical "
           "Director for Emergency Medicine, Mersey Shore Hospitals NHS Foundation Trust, "
           "were present at the meeting and gave a presentation which highlighted that "
           "the Trust had achieved 71.4% against the four-hour standard in January, "
           "compared with a national figure of 73.1%, and that the average ambulance "
           "handover time had fallen to 38 minutes.")
    d.para("Members of the Committee asked questions/commented on the following issues:")
    d.bullet("Councillor Atherley asked why so many patients were still waiting more than "
             "twelve hours in the department when the hospital had opened extra beds. "
             "Dr. Anwar stated that most long waits were patients awaiting a mental health "
             "bed and that the Trust was working with the mental health provider on a "
             "dedicated assessment area which would open in May. Councillor Atherley also "
             "expressed concern that corridor care had become a routine feature of winter "
             "at Halshaw and was advised by Ms. Whitfield that corridor care was only used "
             "at the highest escalation level and was reviewed by a senior nurse every two "
             "hours.")
    d.bullet("What the Trust was doing to reduce reliance on agency and bank nurses in "
             "the Emergency Department. Ms. Whitfield responded that 42 internationally "
             "recruited nurses had started since September and that agency spend in the "
             "department had reduced by 31% compared with last year.")
    d.bullet("Councillor McGinty referred to the number of patients who were medically "
             "fit but remained in hospital and queried how many of these were Crossmere "
             "residents waiting for a package of care at home. In response, Ms. Whitfield "
             "indicated that on the day of the meeting there were 64 such patients, of whom "
             "27 were Crossmere residents, and that the joint discharge hub with the Council "
             "had reduced the average wait for a care package to four days. The Executive "
             "Director of Adult Social Care and Health added that the Council had commissioned "
             "twelve additional short-term reablement places over winter.")
    d.bullet("Mr. Halloran reported that Healthwatch had received a number of complaints "
             "from families about poor communication when older relatives were discharged "
             "late at night, and requested that the Trust share its discharge communication "
             "standards with the Committee. Dr. Anwar agreed that discharges after 10pm "
             "should be exceptional and undertook to provide the standards in writing.")
    d.bullet("Whether the new urgent treatment centre at Formby Road had reduced attendances "
             "at the Emergency Department. No figures were available at the meeting.")
    d.para("RESOLVED: That", bold=True, after=1)
    d.para("(1)   the update on urgent and emergency care be noted;", indent=6, after=1)
    d.para("(2)   the Trust be requested to provide the discharge communication standards "
           "and the attendance figures for the Formby Road urgent treatment centre to "
           "Members; and", indent=6, after=1)
    d.para("(3)   a further update be submitted to the meeting of the Committee in "
           "September 2025.", indent=6, after=5)

    d.item("41", "Recommissioning of Home Care (Care at Home) Services")
    d.para("The Committee considered the report of the Executive Director of Adult Social "
           "Care and Health which set out the proposed approach to the recommissioning of "
           "care at home services from October 2025, when the current framework agreement "
           "with fourteen providers expires. The report outlined a move to a zonal model "
           "with one lead provider in each of five zones, a minimum hourly rate of £24.60, "
           "and a requirement that providers pay care workers at least the Real Living Wage.")
    d.para("Mrs. Claire Holroyd, Assistant Director of Adult Social Care (Commissioning and "
           "Market Sustainability), introduced the report. Councillor Fazakerley asked "
           "whether smaller local providers would be squeezed out by the zonal model and "
           "was advised by Mrs. Holroyd that lead providers would be able to sub-contract "
           "to smaller agencies and that bids from consortia of local providers would be "
           "welcomed. Councillor Rimmer-Shaw sought clarification on how the Council would "
           "ensure that the Real Living Wage was actually paid to care workers and not "
           "absorbed by the providers' overheads; Mrs. Holroyd explained that providers "
           "would have to submit payroll evidence each quarter as a condition of the "
           "contract. Councillor Oyelaran questioned whether the Council had considered "
           "bringing part of the service back in-house, as other councils had done, "
           "particularly for rural areas where the market was fragile. The Cabinet Member – "
           "Adult Social Care stated that an in-house option had been appraised but that "
           "the start-up costs of about £1.8m could not be met this year, although it would "
           "be kept under review. Councillor Dowd expressed concern that service users and "
           "carers had not been properly involved in designing the new model, to which Mrs. "
           "Holroyd replied that a survey of 412 people who use services had been carried "
           "out and that two carers would sit on the evaluation panel.")
    d.para("Councillor Brennan asked whether the additional cost of the higher hourly rate "
           "had been built into the budget for 2025/26. The Executive Director confirmed "
           "that £2.3m had been included in the budget approved by Council on 27 February "
           "2025.")
    d.para("RESOLVED: That", bold=True, after=1)
    d.para("(1)   the proposed approach to the recommissioning of care at home services be "
           "noted; and", indent=6, after=1)
    d.para("(2)   the Cabinet be recommended to ensure that the evaluation of tenders gives "
           "at least 20% weighting to workforce terms and conditions.", indent=6, after=5)

    d.item("42", "Re-procurement of the Integrated Drug and Alcohol Treatment Service")
    d.para("The Committee considered the report of the Director of Public Health on the "
           "proposed re-procurement of the integrated drug and alcohol treatment service, "
           "currently delivered by a national charity under a contract which ends on 31 "
           "March 2026, using the Provider Selection Regime.")
    d.para("Members asked about the rising number of alcohol-related deaths in the borough, "
           "and the Director of Public Health, Dr. Siobhan Fairclough, indicated that "
           "deaths had risen from 38 to 51 over three years and that the new specification "
           "placed greater emphasis on outreach to older drinkers. Councillor Kinsella "
           "questioned the length of the proposed contract of five plus two years and was "
           "informed that a longer contract would give the provider stability to invest in "
           "recovery housing. Councillor McGinty requested that the Committee receive "
           "quarterly performance data once the new contract was in place.")
    d.para("RESOLVED:", bold=True, after=1)
    d.para("That the report be noted and quarterly performance data on the new contract be "
           "circulated to Members of the Committee.", after=5)

    d.item("43", "Cabinet Member Reports")
    d.para("The Committee considered the report of the Chief Legal and Democratic Officer "
           "submitting the most recent reports from the Cabinet Member – Adult Social Care "
           "and the Cabinet Member – Health and Wellbeing.")
    d.para("RESOLVED:", bold=True, after=1)
    d.para("That the update reports from the Cabinet Member – Adult Social Care and the "
           "Cabinet Member – Health and Wellbeing be noted.", after=5)

    d.item("44", "Work Programme 2024/25, Scrutiny Review Topics and Key Decision Forward Plan")
    d.para("The Committee considered the report of the Chief Legal and Democratic Officer "
           "seeking views on the draft Work Programme for 2024/25, updating on the Mersey "
           "Estuary Integrated Care Board and the Key Decision Forward Plan. Councillor "
           "Oyelaran asked whether the review of the closure of Moss Lane day centre could "
           "be added to the programme for the new municipal year, and the Senior Democratic "
           "Services Officer agreed to include it in the draft for June.")
    d.para("RESOLVED: That", bold=True, after=1)
    d.para("(1)   the Work Programme for 2024/25, as set out in Appendix A to the report, be "
           "approved, subject to the addition of the Moss Lane day centre review; and",
           indent=6, after=1)
    d.para("(2)   the content of the Key Decision Forward Plan for the period 1 April to 31 "
           "July 2025 be noted.", indent=6, after=6)
    d.set_font("dv", "", 9.5)
    d.cell(0, 5, "The meeting closed at 8.12 pm.", new_x="LMARGIN", new_y="NEXT")
    d.src.append("The meeting closed at 8.12 pm.")
    d.output(os.path.join(DOCS, D1))
    return "\n".join(d.src)


def Q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}


GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": COMM,
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "37", "title": "Apologies for Absence"},
        {"number": "38", "title": "Declarations of Interest"},
        {"number": "39", "title": "Minutes of the Previous Meeting"},
        {"number": "40", "title": "Mersey Shore Hospitals NHS Foundation Trust - Urgent and Emergency Care Winter Update"},
        {"number": "41", "title": "Recommissioning of Home Care (Care at Home) Services"},
        {"number": "42", "title": "Re-procurement of the Integrated Drug and Alcohol Treatment Service"},
        {"number": "43", "title": "Cabinet Member Reports"},
        {"number": "44", "title": "Work Programme 2024/25, Scrutiny Review Topics and Key Decision Forward Plan"},
    ],
    "questions": [
        Q("40", "question", "asked why so many patients were still waiting more than twelve hours",
          "Councillor Atherley", "most long waits were patients awaiting a mental health bed",
          "Dr. Anwar", ["mental-health"]),
        Q("40", "concern", "expressed concern that corridor care had become a routine feature of winter",
          "Councillor Atherley", "corridor care was only used at the highest escalation level",
          "Ms. Whitfield", ["governance"]),
        Q("40", "question", "What the Trust was doing to reduce reliance on agency and bank nurses",
          None, "42 internationally recruited nurses had started since September",
          "Ms. Whitfield", ["workforce", "finance"]),
        Q("40", "question", "queried how many of these were Crossmere residents waiting for a package of care",
          "Councillor McGinty", "on the day of the meeting there were 64 such patients",
          "Ms. Whitfield", ["adult-social-care", "integration"]),
        Q("40", "request", "requested that the Trust share its discharge communication standards with the Committee",
          "Mr. Halloran", "undertook to provide the standards in writing",
          "Dr. Anwar", ["patient-and-public-input", "adult-social-care"]),
        Q("40", "question", "Whether the new urgent treatment centre at Formby Road had reduced attendances",
          None, None, None, []),
        Q("41", "question", "asked whether smaller local providers would be squeezed out by the zonal model",
          "Councillor Fazakerley", "lead providers would be able to sub-contract to smaller agencies",
          "Mrs. Holroyd", ["subcontracting", "adult-social-care"]),
        Q("41", "question", "sought clarification on how the Council would ensure that the Real Living Wage",
          "Councillor Rimmer-Shaw", "providers would have to submit payroll evidence each quarter",
          "Mrs. Holroyd", ["workforce", "subcontracting"]),
        Q("41", "question", "questioned whether the Council had considered bringing part of the service back in-house",
          "Councillor Oyelaran", "an in-house option had been appraised but that the start-up costs",
          "The Cabinet Member – Adult Social Care", ["privatisation", "finance", "adult-social-care"]),
        Q("41", "concern", "expressed concern that service users and carers had not been properly involved",
          "Councillor Dowd", "a survey of 412 people who use services had been carried out",
          "Mrs. Holroyd", ["patient-and-public-input", "adult-social-care"]),
        Q("41", "question", "asked whether the additional cost of the higher hourly rate had been built",
          "Councillor Brennan", "£2.3m had been included in the budget approved by Council",
          "The Executive Director", ["finance"]),
        Q("42", "question", "Members asked about the rising number of alcohol-related deaths in the borough",
          "Members", "deaths had risen from 38 to 51 over three years",
          "Dr. Siobhan Fairclough", ["public-health"]),
        Q("42", "question", "questioned the length of the proposed contract of five plus two years",
          "Councillor Kinsella", "a longer contract would give the provider stability to invest",
          None, ["subcontracting", "public-health"]),
        Q("42", "request", "requested that the Committee receive quarterly performance data once the new contract",
          "Councillor McGinty", None, None, ["subcontracting", "public-health"]),
        Q("44", "request", "asked whether the review of the closure of Moss Lane day centre",
          "Councillor Oyelaran", "agreed to include it in the draft for June",
          "the Senior Democratic Services Officer", ["adult-social-care", "governance"]),
    ],
    "resolutions": [
        {"item": "39", "text": "the Minutes of the meeting held on 14 January 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "40", "text": "the update on urgent and emergency care be noted",
         "outcome": "agreed", "themes": []},
        {"item": "41", "text": "the proposed approach to the recommissioning of care at home services be noted",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "42", "text": "the report be noted and quarterly performance data on the new contract",
         "outcome": "agreed", "themes": ["subcontracting", "public-health"]},
        {"item": "43", "text": "the update reports from the Cabinet Member – Adult Social Care and the",
         "outcome": "noted", "themes": []},
        {"item": "44", "text": "the Work Programme for 2024/25, as set out in Appendix A",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Brennan", "role": "in the Chair", "attendance": "present"},
        {"name": "Councillor Oyelaran", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Atherley", "role": None, "attendance": "present"},
        {"name": "Councillor Dowd", "role": None, "attendance": "present"},
        {"name": "Councillor Fazakerley", "role": None, "attendance": "present"},
        {"name": "Councillor Kinsella", "role": None, "attendance": "present"},
        {"name": "Councillor McGinty", "role": None, "attendance": "present"},
        {"name": "Councillor Rimmer-Shaw", "role": None, "attendance": "present"},
        {"name": "Councillor Pennington", "role": "Cabinet Member – Adult Social Care", "attendance": "in_attendance"},
        {"name": "Councillor Vaughan-Lloyd", "role": "Cabinet Member – Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Mr. T. Halloran", "role": "Healthwatch Crossmere (co-opted, non-voting)", "attendance": "present"},
        {"name": "Councillor Leatherbarrow", "role": None, "attendance": "apologies"},
        {"name": "Ms. Ngozi Adebayo", "role": "Chief Executive, Healthwatch Crossmere", "attendance": "apologies"},
        {"name": "Councillor Tarleton", "role": None, "attendance": "absent"},
        {"name": "Ms. Joanne Whitfield", "role": "Chief Operating Officer", "attendance": "in_attendance"},
        {"name": "Dr. Rashid Anwar", "role": "Clinical Director for Emergency Medicine", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
D2 = "hn-crossmere-declaring-interests-guide.pdf"


def build_guide():
    d = Doc("Crossmere Council – Declaring Interests at Meetings: Guidance for Members",
            "Democratic Services – version 3, January 2025")
    d.add_page()
    d.set_font("dv", "B", 15)
    for t in ["Crossmere Council", "Declaring Interests at Meetings",
              "Guidance for Councillors and Co-opted Members"]:
        d.src.append(t)
        d.cell(0, 8, t, align="L", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("This guidance accompanies the Members' Code of Conduct (Part 5 of the Constitution) "
           "and the standard agenda item 'Declarations of Interest' that appears on the agenda "
           "of every Council, Cabinet, Overview and Scrutiny and regulatory meeting. It does "
           "not replace the Code; if in doubt, seek advice from the Monitoring Officer before "
           "the meeting rather than at it.")
    qa = [
        ("1. What is a disclosable pecuniary interest?",
         "A disclosable pecuniary interest (DPI) is defined by regulations and covers your "
         "employment, sponsorship, contracts with the Council, land, licences, corporate "
         "tenancies and securities, together with those of your spouse or partner. Failing to "
         "register or declare a DPI without reasonable excuse is a criminal offence."),
        ("2. My partner works as a nurse for the local hospital trust. Do I need to declare "
         "this at the Adult Social Care and Health scrutiny committee?",
         "Employment of a partner by an NHS trust is not a DPI in relation to the Council, but "
         "it is an 'other registerable interest'. Where the committee is considering matters "
         "that directly relate to the trust, you should declare it as a personal interest. You "
         "may normally remain in the room and take part."),
        ("3. I am a trustee of a charity that receives a Council grant. Can I speak when the "
         "grant is discussed?",
         "Unpaid trusteeships of bodies that receive public funds are registerable. If the "
         "decision would directly affect the charity's finances, you must declare the interest, "
         "may speak as a member of the public if they are permitted to do so, and must then leave "
         "the room for the debate and vote."),
        ("4. When should I make a declaration?",
         "At the 'Declarations of Interest' item near the start of the meeting, or as soon as "
         "you become aware of the interest. Say which agenda item it relates to, the nature of "
         "the interest and whether you will stay in the room. The clerk will record this in the "
         "minutes."),
        ("5. Does the Code apply to co-opted members, such as the Healthwatch representative?",
         "Yes. Co-opted members with or without voting rights must complete a register of "
         "interests within 28 days of appointment and follow the same rules on declaring "
         "interests at meetings."),
        ("6. What happens if I forget to declare?",
         "Tell the Monitoring Officer as soon as possible. An omission may be dealt with as a "
         "complaint under the Code, and in the case of a DPI could amount to an offence."),
    ]
    for q, a in qa:
        d.para(q, bold=True, after=1, align="L")
        d.para(a, after=4)
    d.para("Further advice: Monitoring Officer, Crossmere Council, Town Hall, Halshaw. "
           "Tel. 0151 496 0123. Email democratic.services@crossmere.example.gov.uk", size=9)
    d.output(os.path.join(DOCS, D2))
    return "\n".join(d.src)


GOLD2 = {"document": D2, "doc_type": "other"}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£%]", " ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check(src, gold):
    n = norm(src); bad = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(q["text"])
        if q["answer"]:
            phrases.append(q["answer"])
    for r in gold.get("resolutions", []):
        phrases.append(r["text"])
    for p in phrases:
        w = len(p.split())
        c = n.count(norm(p))
        if c != 1 or not (6 <= w <= 15):
            bad.append((p, c, w))
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    ok = True
    for build, gold in ((build_minutes, GOLD1), (build_guide, GOLD2)):
        src = build()
        name = os.path.splitext(gold["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
        if "--check" in sys.argv:
            bad = check(src, gold)
            for b in bad:
                print("FAIL", gold["document"], b); ok = False
            print(gold["document"], "questions", len(gold.get("questions", [])),
                  "resolutions", len(gold.get("resolutions", [])),
                  "attendees", len(gold.get("attendees", [])))
    if "--check" in sys.argv:
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
