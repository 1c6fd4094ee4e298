#!/usr/bin/env python3
"""Build the "bc-" documents of the other-councils evaluation set and their gold annotations.

  build_bc.py          write documents/bc-* and gold/bc-*.json
  build_bc.py --check  verify each gold phrase occurs verbatim and uniquely
"""
import datetime
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SHY = "\u00ad"


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


# ---------------------------------------------------------------------------
# Document 1: metropolitan borough scrutiny board PDF with item-details grids
# ---------------------------------------------------------------------------
PDF_NAME = "bc-calderbrook-hasc-scrutiny-board-2025-05-14.pdf"
HEADER = "Health and Adult Social Care Scrutiny Board \u2013 14 May 2025"

PRESENT = (
    "Present: Councillors J Ashworth (Chair), P Kaur (Vice-Chair), D Brierley, "
    "R Greenhalgh, M Hollinrake, S Okafor and T Whitworth; and Mrs L Fenton "
    "(Co-opted Member, Healthwatch Calderbrook)."
)
IN_ATT = (
    "In attendance: Councillor A Sutcliffe (Cabinet Member for Adult Social Care "
    "and Health); Karen Lomax (Director of Adult Social Services); Dr Imran Haq "
    "(Director of Public Health); Gareth Pilling (Head of Commissioning and Market "
    "Management, Adults); Sian Roberts (Associate Director of Operations, Calderbrook "
    "Care Organisation, Northern Pennine NHS Foundation Trust); Michelle Dyson (Place "
    "Director, Greater Pennine Integrated Care Board); and Lucy Tattersall (Scrutiny "
    "Support Officer)."
)

# each item: (number, title, report_of, purpose, [blocks]) ; block = ("p", text) |
# ("action", text) | ("resolved", [clauses] or str)
ITEMS = [
    ("1", "Apologies for Absence", "Scrutiny Support Officer",
     "To receive any apologies for absence.",
     [("p", "Apologies for absence were received from Councillors B Hargreaves and "
            "C Naylor. There were no substitute Members.")]),
    ("2", "Declarations of Interest", "Borough Solicitor",
     "To receive any declarations of interest from Members.",
     [("p", "Councillor Okafor declared a personal interest in Item 5 (Home Care "
            "Recommissioning) as a close family member was employed by a home care "
            "agency operating in the borough. Councillor Hollinrake declared a personal "
            "interest as a governor of Northern Pennine NHS Foundation Trust. No other "
            "declarations were made.")]),
    ("3", "Minutes of the Previous Meeting", "Scrutiny Support Officer",
     "To approve the minutes of the meeting held on 12 March 2025.",
     [("resolved", "RESOLVED that the minutes of the meeting held on 12 March 2025 be "
                   "approved as a correct record and signed by the Chair.")]),
    ("4", "Carers' Strategy Refresh", "Director of Adult Social Services",
     "To seek the views of the Board on the refreshed joint Carers' Strategy 2025\u20132028 "
     "before it is considered by the Health and Wellbeing Board.",
     [("p", "The Director of Adult Social Services introduced the report, which set out "
            "the proposed refresh of the joint Carers' Strategy, developed jointly with the "
            "Integrated Care Board and Carers Calderbrook following an engagement exercise "
            "in which 642 unpaid carers had taken part. The refreshed strategy had five "
            "priorities, including earlier identification of carers by GP practices and a "
            "more flexible short breaks offer."),
      ("p", "Councillor Brierley sought clarification on how many carers' assessments had "
            "been completed in 2024/25 and whether there was a waiting list; in reply the "
            "Head of Commissioning and Market Management advised that 1,184 assessments had "
            "been completed, an increase of 14 per cent, but that 213 carers were currently "
            "waiting more than 28 days. Councillor Kaur sought clarification on the budget "
            "for short breaks; in reply the Director of Adult Social Services advised that "
            "the core budget would remain at \u00a31.2 million in 2025/26 but that the "
            "Better Care Fund would contribute a further \u00a3180,000 for a pilot of "
            "direct payments for respite. A Member commented that many working carers did "
            "not recognise themselves as carers and that the strategy should make more use "
            "of employers and schools to reach young carers. The Panel was informed that a "
            "young carers' lead had been appointed within Children's Services and that a "
            "joint protocol between adult and children's services would be brought forward "
            "by September 2025."),
      ("p", "Mrs Fenton sought clarification on how the views of carers would continue to "
            "be heard once the strategy was adopted; in reply the Director of Adult Social "
            "Services advised that a Carers' Partnership Board, co-chaired by a carer, would "
            "meet quarterly and publish an annual report of the changes made in response."),
      ("action", "ACTION: Director of Adult Social Services to circulate a breakdown of "
                 "assessment waiting times by locality to Members of the Board."),
      ("resolved", ["the report and the outcome of the carers' engagement exercise be noted;",
                    "the five priorities of the refreshed Carers' Strategy 2025\u20132028 be "
                    "endorsed; and",
                    "a progress report on carers' assessment waiting times be submitted to "
                    "the Board in November 2025."])]),
    ("5", "Home Care Recommissioning", "Head of Commissioning and Market Management, Adults",
     "To consult the Board on the proposed model for recommissioning home care services "
     "from April 2026, prior to a decision by Cabinet on 24 June 2025.",
     [("p", "The Head of Commissioning and Market Management presented the report. The "
            "current home care framework with 23 providers would expire on 31 March 2026, "
            "and it was proposed to move to a zoned model with six lead providers, each "
            "responsible for a geographical zone, at a fee rate of \u00a324.60 per hour in "
            "year one. Approximately 1,950 people currently received home care, amounting "
            "to about 31,000 hours per week."),
      ("p", "Councillor Whitworth sought clarification on whether the fee rate would allow "
            "providers to pay care workers the Real Living Wage; in reply the Head of "
            "Commissioning and Market Management advised that the rate had been modelled on "
            "the Real Living Wage of \u00a312.60 an hour plus travel time, and that payment "
            "of it would be a contract condition. A Member commented that the move from 23 "
            "providers to six lead providers risked pushing smaller local agencies out of "
            "the market in favour of large national companies backed by private equity. The "
            "Panel was informed that smaller providers would be able to act as "
            "sub-contractors to lead providers and that the tender evaluation would include "
            "a social value weighting of 15 per cent."),
      ("p", "Councillor Hollinrake sought clarification on what would happen to staff if a "
            "provider lost its zone; in reply the Head of Commissioning and Market "
            "Management advised that TUPE was expected to apply to care staff transferring "
            "between providers and that the Council would require a workforce transition "
            "plan from each bidder."),
      ("action", "ACTION: Head of Commissioning and Market Management to share the equality "
                 "impact assessment and the provider market engagement feedback with the "
                 "Board before the Cabinet meeting."),
      ("p", "Councillor Greenhalgh sought clarification on whether bringing some home care "
            "back in-house had been considered as an option; in reply the Director of Adult "
            "Social Services advised that an in-house service had been costed at "
            "approximately \u00a34.3 million a year more than the proposed model and had "
            "therefore not been recommended, although the Council's reablement service "
            "would remain in-house."),
      ("resolved", ["the report be noted; and",
                    "the Board recommends to Cabinet that the invitation to tender for home "
                    "care includes a requirement for all lead providers to pay the Real "
                    "Living Wage and to pay care workers for travel time."])]),
    ("6", "Urgent and Emergency Care and Hospital Discharge: Winter 2024/25 Review",
     "Place Director, Greater Pennine Integrated Care Board, and Associate Director of "
     "Operations, Northern Pennine NHS Foundation Trust",
     "To review system performance over winter 2024/25 and the plans for winter 2025/26.",
     [("p", "The Place Director and the Associate Director of Operations presented the joint "
            "report. Four-hour performance at Calderbrook General Hospital had averaged 71.4 "
            "per cent over the winter against the national target of 78 per cent, and an "
            "average of 58 patients a day had no criteria to reside."),
      ("p", "Councillor Kaur sought clarification on the reasons for the number of patients "
            "who remained in hospital after they were medically fit for discharge; in reply "
            "the Associate Director of Operations advised that around half were waiting for "
            "a package of home care or a care home placement, and that the discharge to "
            "assess service would be expanded from June. Councillor Ashworth expressed "
            "concern that ambulance handover delays of over an hour were still being "
            "reported at the hospital; in reply the Place Director advised that a new "
            "ambulance receiving area had opened in February and that the number of "
            "handovers taking over 60 minutes had fallen by 40 per cent since then. A Member "
            "commented that residents continued to report difficulty getting GP "
            "appointments, which was adding to pressure on the Emergency Department."),
      ("action", "ACTION: Place Director to provide figures on the use of the GP out-of-hours "
                 "service and the urgent treatment centre."),
      ("resolved", ["the report be noted; and",
                    "an update on the expansion of the discharge to assess service be "
                    "submitted to the Board in October 2025."])]),
    ("7", "Stop Smoking Service \u2013 Contract Extension", "Director of Public Health",
     "To inform the Board of the proposed extension of the stop smoking service contract "
     "and the use of the Local Stop Smoking Services and Support Grant.",
     [("p", "The Director of Public Health reported that the stop smoking service, delivered "
            "by a social enterprise, Clearair CIC, under a contract which expired in "
            "September 2025, would be extended for 18 months using the extension option in "
            "the contract. The Council had been allocated \u00a3412,000 from the Local Stop "
            "Smoking Services and Support Grant for 2025/26. Smoking prevalence in the "
            "borough stood at 15.2 per cent, compared with 11.9 per cent nationally."),
      ("p", "Councillor Brierley sought clarification on how the service would reach "
            "communities with the highest smoking rates; in reply the Director of Public "
            "Health advised that the additional grant would fund outreach workers based in "
            "the three wards with the highest prevalence and a pilot in the maternity unit "
            "for pregnant smokers. Councillor Whitworth raised concern about the rise in "
            "vaping among school-age children; in reply the Director of Public Health "
            "advised that two test purchase operations had been carried out since January "
            "and that 11 retailers had been found selling vapes to under-18s."),
      ("resolved", "RESOLVED that the report and the extension of the stop smoking service "
                   "contract to March 2027 be noted.")]),
    ("8", "Work Programme 2025/26", "Scrutiny Support Officer",
     "To agree the Board's work programme for the 2025/26 municipal year.",
     [("p", "The Scrutiny Support Officer presented the draft work programme. Councillor "
            "Greenhalgh requested that an item on access to NHS dentistry be added for the "
            "autumn, as several constituents had been unable to register with a dentist; "
            "the Chair agreed that this would be scheduled for the October meeting."),
      ("resolved", "RESOLVED that the work programme for 2025/26, as amended to include an "
                   "item on NHS dentistry, be agreed.")]),
]

VOWELS = set("aeiouy")


def hyphenate(text):
    """Insert soft hyphens into long words so fpdf2 breaks them across lines."""
    def fix(m):
        w = m.group(0)
        if len(w) < 9:
            return w
        out, last = [], 0
        i = 3
        while i < len(w) - 3:
            if w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS and i - last >= 3:
                # break after the consonant following a vowel (ca-rer, assess-ment)
                j = i + 1 if w[i + 1].lower() not in VOWELS else i
                if j < len(w) - 3 and j - last >= 3:
                    out.append(w[last:j])
                    last = j
                    i = j + 2
                    continue
            i += 1
        out.append(w[last:])
        return SHY.join(out)
    return re.sub(r"[A-Za-z]{9,}", fix, text)


def pdf_source_text():
    parts = ["Calderbrook Metropolitan Borough Council", HEADER, PRESENT, IN_ATT]
    for num, title, rep, purpose, blocks in ITEMS:
        parts += [f"Item {num}: {title}", rep, purpose]
        for kind, val in blocks:
            if kind == "resolved" and isinstance(val, list):
                parts.append("RESOLVED that:")
                parts += [f"{i}. {c}" for i, c in enumerate(val, 1)]
            else:
                parts.append(val)
    return "\n".join(parts)


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Calderbrook Metropolitan Borough Council", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, HEADER, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("dv", "", 8)
            self.cell(0, 5, "Chair's initials ..........", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 5, 21, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Board - 14 May 2025")
    pdf.set_author("Calderbrook MBC Democratic Services")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dv", "B", 13)
    pdf.multi_cell(w, 7, "CALDERBROOK METROPOLITAN BOROUGH COUNCIL", align="C")
    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(w, 6, "HEALTH AND ADULT SOCIAL CARE SCRUTINY BOARD", align="C")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(w, 6, "Minutes of the meeting held on Wednesday, 14 May 2025 at 6.00 pm "
                         "in Committee Room 2, Calderbrook Town Hall", align="C")
    pdf.ln(4)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(w, 5, hyphenate(PRESENT), align="J")
    pdf.ln(2)
    pdf.multi_cell(w, 5, hyphenate(IN_ATT), align="J")
    pdf.ln(5)

    for num, title, rep, purpose, blocks in ITEMS:
        if pdf.get_y() > 235:
            pdf.add_page()
        # boxed item-details grid
        pdf.set_font("dv", "", 8.5)
        lw = 26
        rows = [("Item", f"Item {num}: {title}"), ("Report of", rep), ("Purpose", purpose)]
        pdf.set_draw_color(110, 110, 110)
        for label, val in rows:
            y0 = pdf.get_y()
            pdf.set_fill_color(232, 232, 232)
            pdf.set_font("dv", "B" if label == "Item" else "", 8.5)
            pdf.set_xy(pdf.l_margin + lw, y0)
            pdf.multi_cell(w - lw, 4.6, val, border=1, align="L",
                           new_x="LMARGIN", new_y="NEXT", padding=(0.6, 1.5))
            h = pdf.get_y() - y0
            pdf.set_xy(pdf.l_margin, y0)
            pdf.set_font("dv", "B", 8.5)
            pdf.cell(lw, h, label, border=1, fill=True)
            pdf.set_xy(pdf.l_margin, y0 + h)
        pdf.ln(3)
        pdf.set_font("dv", "", 10)
        for kind, val in blocks:
            if kind == "p":
                pdf.multi_cell(w, 5, hyphenate(val), align="J")
                pdf.ln(2)
            elif kind == "action":
                pdf.set_font("dv", "B", 9.5)
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(w - 8, 5, hyphenate(val), align="J")
                pdf.set_font("dv", "", 10)
                pdf.ln(2)
            elif kind == "resolved":
                if isinstance(val, str):
                    pdf.set_font("dv", "B", 10)
                    pdf.multi_cell(w, 5, hyphenate(val), align="J")
                    pdf.set_font("dv", "", 10)
                else:
                    pdf.set_font("dv", "B", 10)
                    pdf.multi_cell(w, 5, "RESOLVED that:")
                    pdf.set_font("dv", "", 10)
                    for i, c in enumerate(val, 1):
                        y = pdf.get_y()
                        pdf.set_x(pdf.l_margin + 6)
                        pdf.cell(7, 5, f"{i}.")
                        pdf.set_xy(pdf.l_margin + 13, y)
                        pdf.multi_cell(w - 13, 5, hyphenate(c), align="J")
                pdf.ln(2)
        pdf.ln(4)

    pdf.ln(6)
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(w, 5, "The meeting closed at 8.12 pm.\n\nChair ............................"
                         "\n\nDate ............................")
    pdf.output(str(DOCS / PDF_NAME))


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


HCMM = "Head of Commissioning and Market Management"
DASS = "Director of Adult Social Services"
DPH = "Director of Public Health"
PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Board",
    "meeting_date": "2025-05-14",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        Q("4", "question", "sought clarification on how many carers' assessments had been "
          "completed in 2024/25", "Councillor Brierley",
          "1,184 assessments had been completed, an increase of 14 per cent", HCMM,
          ["adult-social-care"]),
        Q("4", "question", "Councillor Kaur sought clarification on the budget for short breaks",
          "Councillor Kaur",
          "Better Care Fund would contribute a further £180,000 for a pilot", DASS,
          ["adult-social-care", "finance", "integration"]),
        Q("4", "comment", "many working carers did not recognise themselves as carers", None,
          "a young carers' lead had been appointed within Children's Services", None,
          ["adult-social-care", "children-and-families"]),
        Q("4", "question", "how the views of carers would continue to be heard", "Mrs Fenton",
          "a Carers' Partnership Board, co-chaired by a carer, would meet quarterly", DASS,
          ["patient-and-public-input", "adult-social-care"]),
        Q("5", "question", "whether the fee rate would allow providers to pay care workers",
          "Councillor Whitworth", "payment of it would be a contract condition", HCMM,
          ["workforce", "finance", "subcontracting", "adult-social-care"]),
        Q("5", "comment", "risked pushing smaller local agencies out of the market", None,
          "smaller providers would be able to act as sub-contractors to lead providers", None,
          ["privatisation", "subcontracting", "adult-social-care"]),
        Q("5", "question", "what would happen to staff if a provider lost its zone",
          "Councillor Hollinrake",
          "TUPE was expected to apply to care staff transferring between providers", HCMM,
          ["workforce", "subcontracting", "adult-social-care"]),
        Q("5", "question", "whether bringing some home care back in-house had been considered "
          "as an option", "Councillor Greenhalgh",
          "an in-house service had been costed at approximately £4.3 million a year", DASS,
          ["privatisation", "finance", "adult-social-care"]),
        Q("6", "question", "the reasons for the number of patients who remained in hospital",
          "Councillor Kaur", "around half were waiting for a package of home care",
          "Associate Director of Operations", ["adult-social-care", "integration"]),
        Q("6", "concern", "ambulance handover delays of over an hour were still being reported",
          "Councillor Ashworth",
          "handovers taking over 60 minutes had fallen by 40 per cent", "Place Director", []),
        Q("6", "comment", "residents continued to report difficulty getting GP appointments",
          None, None, None, ["primary-care"]),
        Q("7", "question", "how the service would reach communities with the highest smoking "
          "rates", "Councillor Brierley",
          "the additional grant would fund outreach workers based in the three wards", DPH,
          ["public-health", "finance"]),
        Q("7", "concern", "raised concern about the rise in vaping among school-age children",
          "Councillor Whitworth",
          "11 retailers had been found selling vapes to under-18s", DPH,
          ["public-health", "children-and-families"]),
        Q("8", "request", "an item on access to NHS dentistry be added for the autumn",
          "Councillor Greenhalgh",
          "the Chair agreed that this would be scheduled for the October meeting", "Chair",
          ["primary-care", "governance"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 12 March 2025 be approved", "agreed", []),
        R("4", "the five priorities of the refreshed Carers' Strategy 2025–2028 be endorsed",
          "agreed", ["adult-social-care", "patient-and-public-input"]),
        R("5", "recommends to Cabinet that the invitation to tender for home care includes",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        R("6", "an update on the expansion of the discharge to assess service", "agreed",
          ["adult-social-care", "integration"]),
        R("7", "the extension of the stop smoking service contract to March 2027 be noted",
          "noted", ["public-health", "subcontracting"]),
        R("8", "the work programme for 2025/26, as amended to include an item", "agreed",
          ["governance"]),
    ],
    "attendees": [
        A("J Ashworth", "Chair", "present"),
        A("P Kaur", "Vice-Chair", "present"),
        A("D Brierley", None, "present"),
        A("R Greenhalgh", None, "present"),
        A("M Hollinrake", None, "present"),
        A("S Okafor", None, "present"),
        A("T Whitworth", None, "present"),
        A("Mrs L Fenton", "Co-opted Member, Healthwatch Calderbrook", "present"),
        A("Councillor A Sutcliffe", "Cabinet Member for Adult Social Care and Health",
          "in_attendance"),
        A("Karen Lomax", DASS, "in_attendance"),
        A("Dr Imran Haq", DPH, "in_attendance"),
        A("Gareth Pilling", "Head of Commissioning and Market Management, Adults",
          "in_attendance"),
        A("Sian Roberts", "Associate Director of Operations, Calderbrook Care Organisation, "
          "Northern Pennine NHS Foundation Trust", "in_attendance"),
        A("Michelle Dyson", "Place Director, Greater Pennine Integrated Care Board",
          "in_attendance"),
        A("Lucy Tattersall", "Scrutiny Support Officer", "in_attendance"),
        A("B Hargreaves", None, "apologies"),
        A("C Naylor", None, "apologies"),
    ],
}


# ---------------------------------------------------------------------------
# Document 2: Wagtail-style CMS HTML with StreamField blocks
# ---------------------------------------------------------------------------
HTML_NAME = "bc-kingsmere-adults-health-housing-scrutiny-2025-06-18.html"
COMMITTEE2 = "Adults, Health and Housing Scrutiny Committee"


def e(s):
    return html.escape(s, quote=False)


def heading(t):
    return f'<div class="block-heading"><h2>{e(t)}</h2></div>'


def para(*ps):
    inner = "".join(f"<p>{e(p)}</p>" for p in ps)
    return f'<div class="block-paragraph"><div class="rich-text">{inner}</div></div>'


def qa(who, q, by, a):
    out = ['<div class="block-question_answer">',
           f'<p class="qa-question"><strong>{e(who)}:</strong> {e(q)}</p>']
    if a:
        out.append(f'<p class="qa-answer"><strong>{e(by)}:</strong> {e(a)}</p>')
    out.append("</div>")
    return "".join(out)


def decision(*clauses):
    lis = "".join(f"<li>{e(c)}</li>" for c in clauses)
    return f'<div class="block-decision"><p>Decision:</p><ol>{lis}</ol></div>'


def attendees(label, people):
    lis = "".join(
        f'<li>{e(n)}' + (f' <span class="role">{e(r)}</span>' if r else "") + "</li>"
        for n, r in people)
    return para(label) + f'<ul class="attendees">{lis}</ul>'


PRESENT2 = [("Cllr Rosa Delaney", "Chair"), ("Cllr Tom Ibbotson", "Vice-Chair"),
            ("Cllr Ade Bankole", None), ("Cllr Fiona Mercer", None),
            ("Cllr Owen Prothero", None), ("Cllr Harriet Quinn", None),
            ("Cllr Neil Varma", "Substitute for Cllr Joan Pilbeam")]
APOL2 = [("Cllr Joan Pilbeam", None), ("Cllr Derek Lowther", None)]
ALSO2 = [("Cllr Maya Chaudhry", "Cabinet Member for Housing and Health"),
         ("Angela Shrewsbury", "Director of Adult Social Care and Housing"),
         ("Dr Ruth Ellery", "Consultant in Public Health"),
         ("Paul Devereux", "Head of Housing Needs and Homelessness"),
         ("Callum Reid", "Director of Strategy and Partnerships, Wessex Downs ICB"),
         ("Nadia Kerr", "Chief Executive, Healthwatch Kingsmere"),
         ("Helen Morcombe", "Democratic Services Officer")]

DIR2 = "Director of Adult Social Care and Housing"
HHN = "Head of Housing Needs and Homelessness"
ICB2 = "Director of Strategy and Partnerships, Wessex Downs ICB"

BODY2 = [
    heading("Attendance"),
    attendees("Present:", PRESENT2),
    attendees("Apologies:", APOL2),
    attendees("Also in attendance:", ALSO2),
    heading("1. Apologies and substitutions"),
    para("Apologies were received from Cllr Pilbeam and Cllr Lowther. Cllr Varma attended "
         "as substitute for Cllr Pilbeam."),
    heading("2. Declarations of interest"),
    para("Cllr Quinn declared a non-pecuniary interest in item 5 as a trustee of Kingsmere "
         "Nightshelter. There were no other declarations."),
    heading("3. Minutes of the previous meeting"),
    decision("The minutes of the meeting held on 9 April 2025 were agreed as a correct "
             "record."),
    heading("4. Public questions"),
    para("One question had been received from a member of the public in accordance with "
         "the Committee Procedure Rules."),
    qa("Mr Graham Tilley",
       "Why is the respite unit at Orchard Court being closed for refurbishment over the "
       "summer, when families who care for adults with learning disabilities need breaks "
       "most during the school holidays?",
       "Cabinet Member for Housing and Health",
       "The refurbishment cannot be delayed because the fire safety works are required by "
       "the landlord. Families already booked have been offered equivalent nights at "
       "Fenwick Lodge and the unit will reopen on 1 September."),
    heading("5. Temporary accommodation and homelessness pressures"),
    para("The Head of Housing Needs and Homelessness presented the report. There were 312 "
         "households in temporary accommodation at the end of May, including 148 with "
         "children, compared with 201 a year earlier. Spending on nightly-paid bed and "
         "breakfast accommodation was forecast to exceed the budget by £2.7 million in "
         "2025/26."),
    qa("Councillor Mercer",
       "How many families with children have been in bed and breakfast for longer than the "
       "six-week legal limit?",
       HHN,
       "At 31 May there were 19 families beyond the six-week limit; each case is reviewed "
       "weekly and reported to the Cabinet Member."),
    qa("Councillor Bankole",
       "I am concerned that families placed out of the borough are losing contact with "
       "schools, GPs and support networks.",
       HHN,
       "Out-of-area placements have fallen to 22 households and schools are notified within "
       "48 hours of any placement of a child outside the borough."),
    qa("Councillor Prothero",
       "Could the Council buy its own properties to use as temporary accommodation instead "
       "of relying on private providers?",
       DIR2,
       "Cabinet approved a £15 million acquisition programme in March, which is expected to "
       "deliver 60 homes by 2027 and save around £900,000 a year."),
    decision("The Committee noted the report and the forecast overspend on temporary "
             "accommodation.",
             "The Committee asked for quarterly figures on families in bed and breakfast to be "
             "included in the housing performance report."),
    heading("6. Community health services procurement"),
    para("The Director of Strategy and Partnerships, Wessex Downs ICB, explained that the "
         "contract for adult community health services, currently held by Kingsmere "
         "Community Healthcare NHS Trust, would end in March 2026. Under the Provider "
         "Selection Regime the ICB intended to run a competitive process, which was open to "
         "NHS, voluntary and independent sector providers."),
    qa("Councillor Ibbotson",
       "Why is the ICB running a competitive process rather than simply continuing with the "
       "existing NHS provider, and could this lead to privatisation of community nursing?",
       ICB2,
       "The ICB had concluded that the service specification had changed considerably and "
       "that the most suitable provider could not be identified without a competitive "
       "process."),
    qa("Nadia Kerr",
       "Healthwatch would like assurance that patients and carers will have a role in "
       "evaluating bids and not only in commenting on the specification.",
       ICB2,
       "Two patient representatives nominated by Healthwatch will sit on the evaluation panel "
       "and receive training and expenses."),
    qa("Councillor Quinn",
       "What will happen to the pensions and terms and conditions of community nurses if the "
       "contract moves to a new provider?",
       ICB2,
       "Staff would transfer under TUPE and the specification requires any provider to offer "
       "access to the NHS Pension Scheme."),
    decision("The Committee noted the ICB's intention to procure adult community health "
             "services.",
             "The Committee recommended to the ICB Board that the contract award be reported "
             "to this Committee before it is finalised."),
    heading("7. Adult social care workforce strategy"),
    para("The Director of Adult Social Care and Housing introduced the strategy, which "
         "covered the 4,100 people working in adult social care in Kingsmere, across the "
         "Council and independent providers. The vacancy rate among care workers was 9.8 per "
         "cent and turnover was 31 per cent."),
    qa("Councillor Varma",
       "How reliant are local care providers on international recruitment now that the rules "
       "on overseas care workers have changed?",
       DIR2,
       "Around a quarter of new starters last year had been recruited from overseas and "
       "providers are now focusing on local recruitment campaigns."),
    qa("Councillor Delaney",
       "Is the Council using its own contracts to improve the pay of care workers employed "
       "by providers?",
       DIR2,
       "From April 2025 all new home care and residential care contracts include a "
       "commitment to pay at least the Real Living Wage."),
    qa("Councillor Mercer",
       "Young people leaving care could be offered apprenticeships in the care sector as a "
       "route into work.",
       None, None),
    decision("The Committee endorsed the Adult Social Care Workforce Strategy 2025\u20132030.",
             "The Director of Adult Social Care and Housing to explore with Children's Services "
             "an apprenticeship pathway for care leavers."),
    heading("8. Work programme"),
    para("The Democratic Services Officer presented the work programme for 2025/26. Members "
         "discussed the timing of the review of mental health crisis services."),
    decision("The work programme was agreed, with the review of mental health crisis services "
             "moved to the November meeting."),
]


def build_html():
    body = "\n".join(BODY2)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes: {e(COMMITTEE2)} &ndash; 18 June 2025 | Kingsmere Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.3f9a1c.css">
</head>
<body class="template-minutespage">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
<button class="btn" data-cookie="accept">Accept analytics cookies</button> <button class="btn" data-cookie="reject">Reject analytics cookies</button> <a href="/cookies/">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
<a href="/" class="logo"><img src="/static/img/kingsmere-logo.svg" alt="Kingsmere Borough Council home page"></a>
<form action="/search/" class="search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
<nav class="primary-nav" aria-label="Main"><ul>
<li><a href="/bins-and-recycling/">Bins and recycling</a></li>
<li><a href="/council-tax/">Council tax</a></li>
<li><a href="/housing/">Housing</a></li>
<li><a href="/adult-social-care/">Adult social care</a></li>
<li><a href="/council-and-democracy/">Council and democracy</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li>
<li><a href="/council-and-democracy/">Council and democracy</a></li>
<li><a href="/council-and-democracy/committees/">Committees</a></li>
<li><a href="/council-and-democracy/committees/adults-health-and-housing-scrutiny-committee/">{e(COMMITTEE2)}</a></li>
</ol></nav>
<main id="main-content">
<article class="minutes-page">
<h1>Minutes: {e(COMMITTEE2)} &ndash; 18 June 2025</h1>
<p class="page-meta">Meeting held on Wednesday 18 June 2025 at 7pm, Council Chamber, Kingsmere Civic Centre. <span class="status">Status: approved</span></p>
<div class="streamfield">
{body}
</div>
<p class="page-meta">The meeting ended at 9.20pm.</p>
<p class="last-updated">Last updated: 14 July 2025</p>
</article>
<aside class="related"><h2>Related pages</h2><ul>
<li><a href="/council-and-democracy/committees/adults-health-and-housing-scrutiny-committee/agendas/">Agendas and reports</a></li>
<li><a href="/council-and-democracy/have-your-say-at-meetings/">Ask a question at a meeting</a></li>
<li><a href="/council-and-democracy/webcasts/">Watch meetings online</a></li>
</ul></aside>
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility/">Accessibility statement</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact-us/">Contact us</a></li></ul>
<p>&copy; Kingsmere Borough Council 2025</p>
</footer>
</body>
</html>
"""
    (DOCS / HTML_NAME).write_text(page, encoding="utf-8")


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE2,
    "meeting_date": "2025-06-18",
    "items": [
        {"number": "1", "title": "Apologies and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Temporary accommodation and homelessness pressures"},
        {"number": "6", "title": "Community health services procurement"},
        {"number": "7", "title": "Adult social care workforce strategy"},
        {"number": "8", "title": "Work programme"},
    ],
    "questions": [
        Q("4", "question", "Why is the respite unit at Orchard Court being closed for "
          "refurbishment", "Mr Graham Tilley",
          "Families already booked have been offered equivalent nights at Fenwick Lodge",
          "Cabinet Member for Housing and Health",
          ["adult-social-care", "patient-and-public-input"]),
        Q("5", "question", "families with children have been in bed and breakfast for longer",
          "Councillor Mercer",
          "At 31 May there were 19 families beyond the six-week limit", HHN,
          ["housing", "children-and-families"]),
        Q("5", "concern", "families placed out of the borough are losing contact with schools",
          "Councillor Bankole",
          "Out-of-area placements have fallen to 22 households", HHN,
          ["housing", "children-and-families"]),
        Q("5", "question", "Could the Council buy its own properties to use as temporary "
          "accommodation", "Councillor Prothero",
          "Cabinet approved a £15 million acquisition programme in March", DIR2,
          ["housing", "finance", "privatisation"]),
        Q("6", "question", "could this lead to privatisation of community nursing",
          "Councillor Ibbotson",
          "the most suitable provider could not be identified without a competitive process",
          ICB2, ["privatisation", "subcontracting"]),
        Q("6", "request", "patients and carers will have a role in evaluating bids",
          "Nadia Kerr",
          "Two patient representatives nominated by Healthwatch will sit on the evaluation "
          "panel", ICB2, ["patient-and-public-input", "subcontracting"]),
        Q("6", "question", "What will happen to the pensions and terms and conditions of "
          "community nurses", "Councillor Quinn",
          "Staff would transfer under TUPE and the specification requires any provider",
          ICB2, ["workforce", "subcontracting"]),
        Q("7", "question", "How reliant are local care providers on international recruitment",
          "Councillor Varma",
          "Around a quarter of new starters last year had been recruited from overseas",
          DIR2, ["workforce", "adult-social-care"]),
        Q("7", "question", "Is the Council using its own contracts to improve the pay of care "
          "workers", "Councillor Delaney",
          "all new home care and residential care contracts include a commitment", DIR2,
          ["workforce", "subcontracting", "adult-social-care"]),
        Q("7", "comment", "Young people leaving care could be offered apprenticeships in the "
          "care sector", "Councillor Mercer", None, None,
          ["workforce", "children-and-families", "adult-social-care"]),
    ],
    "resolutions": [
        R("3", "The minutes of the meeting held on 9 April 2025 were agreed", "agreed", []),
        R("5", "The Committee noted the report and the forecast overspend on temporary",
          "noted", ["housing", "finance"]),
        R("6", "recommended to the ICB Board that the contract award be reported",
          "recommended", ["subcontracting", "governance"]),
        R("7", "The Committee endorsed the Adult Social Care Workforce Strategy 2025–2030",
          "agreed", ["workforce", "adult-social-care"]),
        R("8", "with the review of mental health crisis services moved to the November meeting",
          "agreed", ["mental-health"]),
    ],
    "attendees": (
        [A(n, r, "present") for n, r in PRESENT2]
        + [A(n, r, "apologies") for n, r in APOL2]
        + [A(n, r, "in_attendance") for n, r in ALSO2]
    ),
}


# ---------------------------------------------------------------------------
def html_text(path):
    t = path.read_text(encoding="utf-8")
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def check():
    ok = True
    pairs = [(PDF_GOLD, pdf_source_text()), (HTML_GOLD, html_text(DOCS / HTML_NAME))]
    # also check the PDF's extracted text contains the headers/footers we promised
    for gold, src in pairs:
        ns = " " + norm(src) + " "
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(norm(p).split())
            cnt = ns.count(" " + norm(p) + " ")
            if cnt != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {p!r} occurs {cnt}x, {n} words")
        on_disk = json.loads((GOLD / (Path(gold["document"]).stem + ".json")).read_text())
        if on_disk != gold:
            ok = False
            print(f"FAIL {gold['document']}: gold file out of date")
        print(f"{gold['document']}: {len(gold['items'])} items, {len(gold['questions'])} "
              f"questions, {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_pdf()
    build_html()
    for g in (PDF_GOLD, HTML_GOLD):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built")


if __name__ == "__main__":
    main()
