#!/usr/bin/env python3
"""Build the "ek-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ek.py           build documents/ek-* and gold/ek-*.json
        build_ek.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
DATE = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SH = "\u00ad"


def hyph(text):
    """Insert soft hyphens into long words so justified lines break mid-word."""
    def fix(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        cut = [i for i in range(4, len(w) - 3) if w[i - 1] in "aeiou" and w[i] not in "aeiou"]
        pts = cut[::2] or [len(w) // 2]
        out, last = [], 0
        for p in pts:
            out.append(w[last:p]); last = p
        out.append(w[last:])
        return SH.join(out)
    return re.sub(r"[A-Za-z]{9,}", fix, text)


class Doc(FPDF):
    def __init__(self, head, foot_extra=""):
        super().__init__(format="A4")
        self.head, self.foot_extra = head, foot_extra
        self.add_font("DV", "", FONT + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(DATE)
        self.set_auto_page_break(True, 22)
        self.set_margins(20, 22, 20)
        self.src = []  # source text for --check

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90)
        self.set_y(9)
        self.cell(0, 4, self.head, align="C")
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0)
        self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        if self.foot_extra:
            self.set_y(-15)
            self.cell(0, 4, self.foot_extra, align="R")
        self.set_text_color(0)

    def para(self, text, style="", size=9.5, gap=2, align="J", indent=0):
        self.src.append(text)
        self.set_font("DV", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, size * 0.5,
                        hyph(text), align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text, size=10.5):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1)
        self.para(text, "B", size, gap=1.5, align="L")


# --------------------------------------------------------------------------
# Document 1: Kingsmere Council HSC OSC minutes with a landscape table page
# --------------------------------------------------------------------------
D1 = "ek-kingsmere-council-health-social-care-osc-2025-10-14.pdf"

D1_ATT = [
    ("Present:", "Councillors M Ashworth-Reeve (Chair), T Abernethy (Vice-Chair), N Greenhalgh, "
     "R Patel, S Rowntree, C Okonjo-Bell and P Stanier (substitute for Councillor K Lindqvist)."),
    ("Co-opted member:", "Mr D Carrow (Healthwatch Kingsmere, non-voting)."),
    ("Apologies:", "Councillors A Fairbrother and K Lindqvist."),
    ("Officers present:", "Harriet Oyelaran-Fisk (Director of Adult Social Care and Housing), "
     "Dr Marcus Eldridge-Soto (Director of Public Health), Leon Marchetti (Head of Commissioning "
     "and Market Development, Adults and Health Directorate) and Priya Nandakumar (Senior "
     "Democratic Services Officer)."),
    ("Also present:", "Councillor Jane Whitlock (Cabinet Member for Adult Social Care), Gemma "
     "Threlfall (Chief Operating Officer, Kingsmere and District Hospitals NHS Foundation Trust) "
     "and Owen Baptiste (Director of Place, Wessex Vale Integrated Care Board)."),
]

D1_TABLE = [
    ("No.", "Asked by", "Question", "Response", "Follow-up action"),
    ("1", "Cllr Patel",
     "Asked what evidence showed that private providers would achieve better reablement outcomes "
     "than the in-house team.",
     "The Director said that no comparative evidence existed yet and outcomes would be measured "
     "against a 91-day independence target written into each contract.",
     "Director to circulate benchmarking data from neighbouring authorities by 30 November 2025."),
    ("2", "Cllr Rowntree",
     "Queried whether people who use the service and their carers had been consulted on the "
     "proposed lot structure.",
     "Fourteen engagement sessions had been held in July and August and 386 survey responses "
     "received; a summary was attached at Appendix C.",
     "None."),
    ("3", "Cllr Okonjo-Bell",
     "Requested that contract monitoring reports on the new home care framework come to the "
     "Committee every six months.",
     "The Head of Commissioning agreed and said the first monitoring report would come in "
     "September 2026.",
     "Add to work programme (see HSC 37)."),
    ("4", "Mr D Carrow (Healthwatch Kingsmere)",
     "Raised concern that the lowest priced bidders in earlier rounds had later handed their "
     "contracts back to the Council.",
     "The Head of Commissioning acknowledged two contract hand-backs in 2023 and said financial "
     "resilience now carried 20 per cent of the quality score.",
     "—"),
    ("5", "Cllr Abernethy",
     "Asked what would happen to the Council's own reablement bases at Millbrook and Harnham Road.",
     "Not answered at the meeting.",
     "Written answer to be circulated to all Members of the Committee."),
]


def build_d1():
    head = ("Kingsmere Council  ·  Health and Social Care Overview and Scrutiny Committee  ·  "
            "14 October 2025")
    pdf = Doc(head, "Chair's initials ..........")
    pdf.src.append(head)
    pdf.add_page()
    pdf.para("KINGSMERE COUNCIL", "B", 13, gap=1, align="C")
    pdf.para("HEALTH AND SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE", "B", 11, gap=1, align="C")
    pdf.para("MINUTES of a meeting held in the Council Chamber, Guildhall, Kingsmere on Tuesday "
             "14 October 2025 at 2.00 pm", "", 9.5, gap=4, align="C")
    for label, names in D1_ATT:
        pdf.src.append(label + " " + names)
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(38, 5, label)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 5, names, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)

    pdf.heading("HSC 31  Apologies for Absence and Substitutions")
    pdf.para("Apologies for absence were received from Councillors Fairbrother and Lindqvist. "
             "Councillor Stanier attended as substitute for Councillor Lindqvist.")
    pdf.heading("HSC 32  Declarations of Interest")
    pdf.para("Councillor Rowntree declared a non-registrable interest in minute HSC 34 as her "
             "daughter is employed by the Council as a reablement support worker. She remained in "
             "the meeting and took part in the discussion but did not vote. No other declarations "
             "were made.")
    pdf.heading("HSC 33  Minutes")
    pdf.para("RESOLVED: That the minutes of the meeting held on 9 September 2025 be confirmed as a "
             "correct record and signed by the Chair.")
    pdf.heading("HSC 34  Recommissioning of Home Care and Reablement Services")
    pdf.para("The Cabinet Member for Adult Social Care introduced the item and the Director of Adult "
             "Social Care and Housing presented the report, which set out proposals to recommission "
             "home care through a four-lot framework from 1 April 2026 and to transfer the "
             "in-house reablement service to external providers. The total contract value was "
             "estimated at £48.6 million over five years, with projected savings of £1.9 million "
             "a year from 2027/28. Cabinet would take the decision on 4 November 2025.")
    pdf.para("The Cabinet Member said that the proposals followed eighteen months of market "
             "engagement and reflected the pressures on the adult social care budget, which was "
             "forecast to overspend by £3.4 million in the current year. She stressed that no "
             "decision had yet been taken and that the views of the Committee would be reported "
             "to Cabinet in full, together with the results of the public engagement exercise "
             "and the equality impact assessment, which was still being finalised by officers.")
    pdf.para("Councillor Abernethy asked how many of the current in-house reablement staff would "
             "transfer to the new providers under TUPE. The Director replied that 112 staff were "
             "in scope and that formal consultation with the recognised trade unions had begun on "
             "1 October 2025. Councillor Greenhalgh expressed concern that the lots had been drawn "
             "too large for local voluntary and community organisations to bid for on their own. "
             "The Director replied that lot 3 had been reserved for providers with an annual "
             "turnover below £2 million and that two community interest companies had already "
             "registered an interest. Members asked whether the proposed hourly rate of £24.10 "
             "would be enough to pay care workers the real living wage. The Head of Commissioning "
             "and Market Development explained that the rate was modelled on the sector's published "
             "minimum price and included a separate uplift for rural travel time between visits.")
    pdf.para("At the pre-meeting the Committee had agreed to record the remaining questions on this "
             "item in tabular form. These are set out in the table overleaf, with the follow-up "
             "action agreed against each.")

    # ---------------- landscape page ----------------
    pdf.add_page(orientation="L")
    pdf.para("HSC 34  Recommissioning of Home Care and Reablement Services (continued)", "B", 10.5,
             gap=2, align="L")
    pdf.para("Questions and responses recorded during the item", "I", 9, gap=2, align="L")
    pdf.set_font("DV", "", 8.5)
    for row in D1_TABLE:
        pdf.src.append(" | ".join(row))
    with pdf.table(col_widths=(10, 38, 78, 84, 47), line_height=4.6, text_align="LEFT",
                   first_row_as_headings=True,
                   headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   borders_layout="ALL", padding=1.5) as t:
        for row in D1_TABLE:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.para("The Chair thanked officers for their answers and moved to the recommendations in the "
             "report, which are recorded on the following page.", "I", 9, align="L")

    # ---------------- back to portrait ----------------
    pdf.add_page(orientation="P")
    pdf.para("HSC 34  Recommissioning of Home Care and Reablement Services (continued)", "B", 10.5,
             gap=2, align="L")
    pdf.para("RESOLVED: That –")
    pdf.para("(1) the proposals for the recommissioning of home care through a four-lot framework be "
             "noted;", indent=8, gap=1)
    pdf.para("(2) Cabinet be recommended to retain the reablement service in-house until the "
             "six-month review of the new framework has reported; and", indent=8, gap=1)
    pdf.para("(3) the Director of Adult Social Care and Housing be asked to report the outcome of "
             "the staff consultation to the December meeting.", indent=8, gap=3)

    pdf.heading("HSC 35  Winter Plan 2025/26 – Kingsmere and District Hospitals NHS Foundation "
                "Trust and Wessex Vale ICB")
    pdf.para("Gemma Threlfall, Chief Operating Officer of the Trust, presented the joint winter plan "
             "with Owen Baptiste of the Integrated Care Board. The plan forecast a peak of 640 "
             "general and acute beds occupied in the first two weeks of January and set out the "
             "measures agreed across the health and social care system to reduce delayed "
             "discharges.")
    pdf.para("Members asked about the number of patients who were medically fit for discharge but "
             "remained in hospital; the Chief Operating Officer replied that on the previous Friday "
             "there had been 87 such patients, of whom 41 were awaiting a package of care at home. "
             "Councillor Greenhalgh asked whether the Trust would again open escalation beds in the "
             "day surgery unit, which had led to cancelled operations last year. Ms Threlfall said "
             "that 24 escalation beds would be available from December but that staffing them "
             "would depend on agency nurses being secured. Councillor Patel queried the low uptake "
             "of flu vaccination among frontline Trust staff last winter. The Director of Public "
             "Health replied that uptake had been 38 per cent and that a peer vaccinator scheme "
             "would run on every ward this year. Councillor Rowntree sought clarification on "
             "whether the ICB had funded the virtual ward for a second year. Mr Baptiste stated "
             "that recurrent funding for the virtual ward had been agreed until March 2027.")
    pdf.para("RESOLVED: That the Committee notes the Winter Plan 2025/26 and the measures to reduce "
             "delayed discharges set out in section 4 of the plan.")

    pdf.heading("HSC 36  Public Health Grant 2025/26 and Integrated Lifestyle Service Procurement")
    pdf.para("The Director of Public Health presented the report. The public health grant for "
             "2025/26 was £17.2 million, an increase of 2.9 per cent, and it was proposed to "
             "procure a single integrated lifestyle service combining stop smoking, weight "
             "management and NHS Health Checks from October 2026.")
    pdf.para("Councillor Okonjo-Bell asked why the stop smoking element had been bundled with weight "
             "management in a single tender. Dr Eldridge-Soto replied that bundling would save "
             "around £310,000 a year in management costs and give GPs one point of referral. "
             "Concerns were expressed that only one bidder had responded to the soft market "
             "testing exercise held in June. The Director acknowledged the risk and said the "
             "tender would be advertised nationally with a longer bidding period. Councillor "
             "Greenhalgh requested that the evaluation panel include a resident with lived "
             "experience of using stop smoking support.")
    pdf.para("RESOLVED: That –")
    pdf.para("(1) the public health grant allocation for 2025/26 be noted; and", indent=8, gap=1)
    pdf.para("(2) the Committee endorses the procurement of an integrated lifestyle service and asks "
             "that the tender outcome be reported to a future meeting.", indent=8, gap=3)

    pdf.heading("HSC 37  Work Programme 2025/26")
    pdf.para("The Senior Democratic Services Officer presented the work programme. There was no "
             "discussion.")
    pdf.para("RESOLVED: That the work programme be agreed, subject to the addition of a six-monthly "
             "home care contract monitoring report.")
    pdf.ln(4)
    pdf.para("The meeting closed at 4.47 pm.", "I", 9, align="L")
    pdf.para("Chair ......................................    Date ....................", "", 9,
             align="L")
    pdf.output(os.path.join(DOCS, D1))
    return " ".join(pdf.src)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def gold_d1():
    A = "in_attendance"
    return {
        "document": D1,
        "doc_type": "minutes",
        "committee": "Health and Social Care Overview and Scrutiny Committee",
        "meeting_date": "2025-10-14",
        "items": [
            {"number": "HSC 31", "title": "Apologies for Absence and Substitutions"},
            {"number": "HSC 32", "title": "Declarations of Interest"},
            {"number": "HSC 33", "title": "Minutes"},
            {"number": "HSC 34", "title": "Recommissioning of Home Care and Reablement Services"},
            {"number": "HSC 35", "title": "Winter Plan 2025/26 – Kingsmere and District Hospitals "
                                          "NHS Foundation Trust and Wessex Vale ICB"},
            {"number": "HSC 36", "title": "Public Health Grant 2025/26 and Integrated Lifestyle "
                                          "Service Procurement"},
            {"number": "HSC 37", "title": "Work Programme 2025/26"},
        ],
        "questions": [
            q("HSC 34", "question", "asked how many of the current in-house reablement staff would transfer",
              "Councillor Abernethy", "112 staff were in scope and that formal consultation with the recognised trade unions",
              "The Director", ["workforce", "privatisation", "subcontracting", "adult-social-care"]),
            q("HSC 34", "concern", "expressed concern that the lots had been drawn too large for local voluntary",
              "Councillor Greenhalgh", "lot 3 had been reserved for providers with an annual turnover below",
              "The Director", ["subcontracting", "adult-social-care"]),
            q("HSC 34", "question", "whether the proposed hourly rate of £24.10 would be enough to pay care workers",
              "Members", "the rate was modelled on the sector's published minimum price",
              "The Head of Commissioning and Market Development", ["finance", "workforce", "adult-social-care"]),
            q("HSC 34", "question", "evidence showed that private providers would achieve better reablement outcomes",
              "Cllr Patel", "no comparative evidence existed yet and outcomes would be measured",
              "The Director", ["privatisation", "subcontracting", "adult-social-care"]),
            q("HSC 34", "question", "people who use the service and their carers had been consulted",
              "Cllr Rowntree", "Fourteen engagement sessions had been held in July and August",
              None, ["patient-and-public-input", "adult-social-care"]),
            q("HSC 34", "request", "Requested that contract monitoring reports on the new home care framework",
              "Cllr Okonjo-Bell", "the first monitoring report would come in September 2026",
              "The Head of Commissioning", ["subcontracting", "governance", "adult-social-care"]),
            q("HSC 34", "concern", "the lowest priced bidders in earlier rounds had later handed their contracts back",
              "Mr D Carrow (Healthwatch Kingsmere)", "financial resilience now carried 20 per cent of the quality score",
              "The Head of Commissioning", ["subcontracting", "finance", "adult-social-care"]),
            q("HSC 34", "question", "what would happen to the Council's own reablement bases at Millbrook",
              "Cllr Abernethy", None, None, ["adult-social-care"]),
            q("HSC 35", "question", "patients who were medically fit for discharge but remained in hospital",
              "Members", "there had been 87 such patients, of whom 41 were awaiting",
              "the Chief Operating Officer", ["adult-social-care", "integration"]),
            q("HSC 35", "question", "whether the Trust would again open escalation beds in the day surgery unit",
              "Councillor Greenhalgh", "24 escalation beds would be available from December but that staffing",
              "Ms Threlfall", ["workforce"]),
            q("HSC 35", "concern", "queried the low uptake of flu vaccination among frontline Trust staff",
              "Councillor Patel", "uptake had been 38 per cent and that a peer vaccinator scheme",
              "The Director of Public Health", ["public-health", "workforce"]),
            q("HSC 35", "question", "whether the ICB had funded the virtual ward for a second year",
              "Councillor Rowntree", "recurrent funding for the virtual ward had been agreed until March 2027",
              "Mr Baptiste", ["finance"]),
            q("HSC 36", "question", "why the stop smoking element had been bundled with weight management",
              "Councillor Okonjo-Bell", "bundling would save around £310,000 a year in management costs",
              "Dr Eldridge-Soto", ["public-health", "subcontracting", "finance"]),
            q("HSC 36", "concern", "only one bidder had responded to the soft market testing exercise",
              None, "the tender would be advertised nationally with a longer bidding period",
              "The Director", ["public-health", "subcontracting", "privatisation"]),
            q("HSC 36", "request", "requested that the evaluation panel include a resident with lived experience",
              "Councillor Greenhalgh", None, None,
              ["public-health", "patient-and-public-input", "subcontracting"]),
        ],
        "resolutions": [
            {"item": "HSC 33", "text": "minutes of the meeting held on 9 September 2025 be confirmed",
             "outcome": "agreed", "themes": []},
            {"item": "HSC 34", "text": "Cabinet be recommended to retain the reablement service in-house",
             "outcome": "recommended", "themes": ["privatisation", "adult-social-care"]},
            {"item": "HSC 35", "text": "the Committee notes the Winter Plan 2025/26 and the measures",
             "outcome": "noted", "themes": ["adult-social-care"]},
            {"item": "HSC 36", "text": "the Committee endorses the procurement of an integrated lifestyle service",
             "outcome": "agreed", "themes": ["public-health", "subcontracting", "finance"]},
            {"item": "HSC 37", "text": "the work programme be agreed, subject to the addition",
             "outcome": "agreed", "themes": ["subcontracting", "governance"]},
        ],
        "attendees": [
            {"name": "Councillor M Ashworth-Reeve", "role": "Chair", "attendance": "present"},
            {"name": "Councillor T Abernethy", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Councillor N Greenhalgh", "role": None, "attendance": "present"},
            {"name": "Councillor R Patel", "role": None, "attendance": "present"},
            {"name": "Councillor S Rowntree", "role": None, "attendance": "present"},
            {"name": "Councillor C Okonjo-Bell", "role": None, "attendance": "present"},
            {"name": "Councillor P Stanier", "role": "substitute for Councillor K Lindqvist",
             "attendance": "present"},
            {"name": "Mr D Carrow", "role": "Healthwatch Kingsmere, non-voting", "attendance": "present"},
            {"name": "Councillor A Fairbrother", "role": None, "attendance": "apologies"},
            {"name": "Councillor K Lindqvist", "role": None, "attendance": "apologies"},
            {"name": "Harriet Oyelaran-Fisk", "role": "Director of Adult Social Care and Housing", "attendance": A},
            {"name": "Dr Marcus Eldridge-Soto", "role": "Director of Public Health", "attendance": A},
            {"name": "Leon Marchetti", "role": "Head of Commissioning and Market Development, Adults and "
                                               "Health Directorate", "attendance": A},
            {"name": "Priya Nandakumar", "role": "Senior Democratic Services Officer", "attendance": A},
            {"name": "Councillor Jane Whitlock", "role": "Cabinet Member for Adult Social Care", "attendance": A},
            {"name": "Gemma Threlfall", "role": "Chief Operating Officer, Kingsmere and District Hospitals "
                                                "NHS Foundation Trust", "attendance": A},
            {"name": "Owen Baptiste", "role": "Director of Place, Wessex Vale Integrated Care Board",
             "attendance": A},
        ],
    }


# --------------------------------------------------------------------------
# Document 2: academic research paper quoting minutes
# --------------------------------------------------------------------------
D2 = "ek-northbridge-university-health-scrutiny-after-2022-act.pdf"


def build_d2():
    head = "Northbridge Papers in Local Governance · Working Paper 2025/07"
    pdf = Doc(head)
    pdf.src.append(head)
    pdf.add_page()
    pdf.para("Health scrutiny after the Health and Care Act 2022: a study of six committees",
             "B", 15, gap=3, align="C")
    pdf.para("Dr Eleanor Vasquez-Hart and Dr Samuel Oduya", "", 10, gap=1, align="C")
    pdf.para("Centre for Local Governance, Northbridge University", "I", 9, gap=5, align="C")
    pdf.heading("Abstract", 11)
    pdf.para("The Health and Care Act 2022 replaced clinical commissioning groups with integrated "
             "care boards and, under regulations made in 2024, removed the power of local health "
             "overview and scrutiny committees to refer contested service changes to the Secretary "
             "of State. This paper examines how six English committees adapted between 2022 and "
             "2025. Drawing on 71 sets of published minutes and 18 interviews with councillors, "
             "scrutiny officers and ICB staff, we find that committees shifted from formal referral "
             "towards negotiated assurance, that questioning of commissioners became more detailed "
             "but less consequential, and that the voice of patients and the public entered "
             "scrutiny mainly through Healthwatch co-optees. We argue that the loss of the referral "
             "power has weakened the democratic accountability of integrated care systems.")
    pdf.heading("1. Introduction", 11)
    pdf.para("Local authority health scrutiny has existed in England since 2003. Its distinctive "
             "instrument was the power to refer a proposed substantial variation to the Secretary "
             "of State, a power used sparingly but often threatened. The 2022 Act and the "
             "subsequent call-in regime changed that position, and the early literature has "
             "speculated about whether committees would become more or less influential. We "
             "offer the first systematic evidence from committee records.")
    pdf.heading("2. Methods", 11)
    pdf.para("We selected six committees to vary by authority type and ICB footprint: two county "
             "committees, two unitary committees, one metropolitan borough and one joint committee. "
             "For each we collected every set of minutes published between July 2022 and June 2025 "
             "(n = 71) and coded each recorded question, answer and resolution using a framework "
             "adapted from earlier studies of overview and scrutiny. Semi-structured interviews "
             "were conducted in early 2025. Committees are anonymised as A to F; quotations from "
             "minutes are reproduced verbatim, including their original numbering.")
    pdf.heading("3. Findings", 11)
    pdf.para("3.1 From referral to negotiated assurance", "B", 10, gap=1.5, align="L")
    pdf.para("Before the new regime took effect, two committees used the referral power. Committee "
             "C, faced with the closure of a midwife-led unit, recorded the following decision:")
    pdf.para("\u201cRESOLVED – That the Committee refers the proposed permanent closure of the "
             "Alderholt birth centre to the Secretary of State on the grounds that consultation "
             "with the Committee has been inadequate and the proposal is not in the interests of "
             "the health service in the area.\u201d (Committee C, minute 44, March 2023)",
             "I", 9, indent=10)
    pdf.para("By 2025 no committee in the sample framed decisions in these terms. Instead, "
             "resolutions asked NHS bodies for further information or for a return visit. Our "
             "interviewees described this as realistic; several also described it as toothless.")
    pdf.para("3.2 The character of questioning", "B", 10, gap=1.5, align="L")
    pdf.para("The number of recorded questions per meeting rose from a median of 7 to 11 over the "
             "period. Questions increasingly addressed contracts, workforce and finance rather "
             "than service configuration. A typical exchange from Committee E reads:")
    pdf.para("\u201cCouncillor Madeley asked whether the ICB had assessed the risk of awarding the "
             "community diagnostic contract to a private provider. The Director of Strategy "
             "replied that a risk assessment had been completed and would be shared in "
             "confidence.\u201d (Committee E, minute 17, October 2024)", "I", 9, indent=10)
    pdf.para("Answers of this kind, promising information later or in private, accounted for 23 "
             "per cent of recorded answers in 2024/25, compared with 9 per cent in 2022/23. "
             "Privatisation and outsourcing of community services were raised at every committee "
             "but were rarely the subject of a resolution.")
    pdf.para("3.3 Patient and public voice", "B", 10, gap=1.5, align="L")
    pdf.para("Public questions were permitted at four of the six committees but appeared in only "
             "14 of the 71 sets of minutes. Healthwatch co-optees asked a disproportionate share "
             "of questions about engagement and consultation. One chair told us that without "
             "Healthwatch \u201cwe would hear nothing from patients at all\u201d.")
    pdf.heading("4. Discussion and conclusion", 11)
    pdf.para("Committees have not disappeared from the health landscape, but their leverage has "
             "changed. We suggest that the loss of referral has pushed scrutiny towards the "
             "examination of contracts and finances, where councillors feel on firmer ground, and "
             "away from questions of service change where their formal power has gone. Future "
             "work should follow the new call-in process as it is used.")
    pdf.heading("References", 11)
    for ref in [
        "Centre for Governance and Scrutiny (2024) Health scrutiny under the new regime: a practice "
        "guide. London: CfGS.",
        "Department of Health and Social Care (2024) Reconfiguring NHS services: ministerial "
        "intervention powers – statutory guidance. London: DHSC.",
        "Hartley, J. and Mbeki, R. (2023) \u2018Overview and scrutiny after integration\u2019, Local "
        "Government Studies, 49(5), pp. 811–830.",
        "Vasquez-Hart, E. (2021) Councillors and the NHS: twenty years of health scrutiny. "
        "Bristol: Policy Press.",
    ]:
        pdf.para(ref, "", 8.5, gap=1.5, align="L", indent=0)
    pdf.output(os.path.join(DOCS, D2))
    return " ".join(pdf.src)


def gold_d2():
    return {"document": D2, "doc_type": "report",
            "themes": ["governance", "integration", "patient-and-public-input", "privatisation",
                       "subcontracting"]}


def norm(s):
    s = s.replace(SH, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check(src, gold):
    n = norm(src)
    errs = []
    phrases = []
    for x in gold.get("questions", []):
        phrases.append(("question", x["text"]))
        if x["answer"]:
            phrases.append(("answer", x["answer"]))
    for x in gold.get("resolutions", []):
        phrases.append(("resolution", x["text"]))
    for kind, p in phrases:
        words = len(p.split())
        if not 6 <= words <= 15:
            errs.append(f"{kind} length {words}: {p}")
        c = n.count(norm(p))
        if c != 1:
            errs.append(f"{kind} found {c} times: {p}")
    return errs


def main():
    srcs = {D1: build_d1(), D2: build_d2()}
    golds = {D1: gold_d1(), D2: gold_d2()}
    for d, g in golds.items():
        with open(os.path.join(GOLD, d.rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        bad = 0
        for d in golds:
            errs = check(srcs[d], golds[d])
            for e in errs:
                print(d, e)
            bad += len(errs)
            print(d, "OK" if not errs else f"{len(errs)} problems")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
