#!/usr/bin/env python3
"""Build the "hi-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hi.py           build documents/hi-* and gold/hi-*.json
        build_hi.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 6, 27, 9, 0, 0, tzinfo=datetime.timezone.utc)

MIN_NAME = "hi-kenworth-scrutiny-coordination-2025-06-18.pdf"
WP_NAME = "hi-kenworth-scruco-work-programme.pdf"

# ---------------------------------------------------------------- minutes content
# blocks: ("title", text) ("h", text) ("p", text) ("pb", text) bold para, ("b", text) bullet,
# ("n", label, text) numbered clause, ("att", label, text) hanging label
M = []
def add(*b): M.append(b)

add("title", "Kenworth City Council")
add("title2", "Minutes of the Meeting of Scrutiny Co-ordination Committee held at 10.00 am on Wednesday, 18 June 2025")
add("att", "Present:", "")
add("att", "Members:", "Councillor R Ashworth (Chair)\nCouncillor P Dhaliwal\nCouncillor S Farrant\nCouncillor J Kowalczyk\nCouncillor M Obi\nCouncillor T Rennison (substitute for Councillor H Whitby)\nCouncillor L Varga")
add("att", "Other Members:", "Councillor D Marsh (Cabinet Member for Adult Services)\nCouncillor G Pemberton (call-in signatory)")
add("att", "Employees (by Directorate):", "")
add("att", "Adult Services and Housing:", "P Quayle (Director of Adult Social Services), N Brennan (Head of Commissioning and Quality, Adult Social Care)")
add("att", "Finance and Resources:", "F Iqbal (Strategic Lead, Procurement and Commercial)")
add("att", "Law and Governance:", "C Hartigan (Governance Services Officer), R Mistry (Senior Solicitor, Contracts and Procurement), V Lowther (Scrutiny Co-ordinator)")
add("att", "Public Health:", "Dr E Castell (Director of Public Health and Wellbeing)")
add("att", "Others Present:", "J Norbury (Chief Executive, Healthwatch Kenworth)")
add("att", "Apologies:", "Councillors H Whitby and B Yeoman")
add("h0", "Public Business")

add("h", "1.", "Declarations of Interest")
add("p", "Councillor M Obi declared an other interest in the matter referred to in Minute 4 below "
    "(Recommissioning of Home Support Services 2026-2031) in that a close family member is employed "
    "as a care worker by a provider on the current framework. She remained in the meeting and took "
    "part in the discussion. There were no disclosable pecuniary interests.")

add("h", "2.", "Minutes")
add("p", "(a) The minutes of the meeting held on 21 May 2025 were agreed and signed as a true record.")
add("p", "(b) There were no matters arising.")

add("h", "3.", "Call-In: Transfer of the Ashgrove Day Centre to an External Operator")
add("p", "The Scrutiny Co-ordination Committee considered a report of the Director of Law and "
    "Governance which set out the reasons for the call-in of a decision taken by the Cabinet Member "
    "for Adult Services at her meeting on 3 June 2025, to transfer the operation of the Ashgrove Day "
    "Centre for adults with learning disabilities to Meridian Support Services Ltd under a five-year "
    "concession contract from 1 October 2025. The decision had been called in by Councillors "
    "Farrant, Obi and Pemberton under paragraph 4.5.25 of the Constitution on the grounds that the "
    "consultation with families had been inadequate, that the savings had not been evidenced and "
    "that the decision was contrary to the Council's stated commitment to keeping day services "
    "in-house.")
add("p", "Councillor Pemberton, on behalf of the signatories, outlined the reasons for the call-in. "
    "Councillor Marsh, Cabinet Member for Adult Services, responded and explained the background "
    "to the decision, which had followed a review of the three remaining Council-run day centres.")
add("p", "Members asked why only 41 of the 112 families who use the centre had responded to the "
    "consultation, and the Head of Commissioning and Quality acknowledged that the survey had run "
    "over the school summer holidays and that two drop-in sessions had been poorly attended. "
    "Councillor Farrant questioned how the annual saving of £186,000 had been calculated, given "
    "that the transport costs would remain with the Council. The Director of Adult Social Services "
    "indicated that most of the saving came from the operator's lower overheads and that transport "
    "had been excluded from the figures in both options. Councillor Varga sought assurance that "
    "staff transferring under TUPE would keep their pension rights, and the Senior Solicitor "
    "confirmed that staff would retain access to the Local Government Pension Scheme through admitted "
    "body status. Members were concerned that a private operator could close the centre part way "
    "through the contract with little notice; officers advised that the contract required twelve "
    "months' notice and gave the Council step-in rights if the service failed.")
add("p", "Following a motion moved by Councillor Farrant and seconded by Councillor Obi, which was "
    "carried by 5 votes to 3, it was:")
add("pb", "RESOLVED that, having considered the called-in decision, the Scrutiny Co-ordination "
    "Committee refers the decision back to the Cabinet Member for Adult Services for "
    "reconsideration, and recommends that:")
add("n", "1)", "A further period of consultation of at least eight weeks is undertaken with families "
    "and carers outside the school holidays.")
add("n", "2)", "A costed in-house improvement option is prepared and published alongside the external "
    "operator option before the decision is retaken.")

add("h", "4.", "Recommissioning of Home Support Services 2026-2031 (Pre-Decision Scrutiny)")
add("p", "The Scrutiny Co-ordination Committee considered a report of the Director of Adult Social "
    "Services, which would also be considered by Cabinet at their meeting on 15 July 2025, seeking "
    "approval to recommission home support (domiciliary care) services from April 2026 through a "
    "zoned model with one lead provider in each of six zones, replacing the current open framework "
    "of 38 providers. Councillor Marsh introduced the report and the Director of Adult Social "
    "Services gave a presentation on the proposed model, the procurement timetable and the "
    "proposed hourly rate.")
add("p", "Members asked what would happen to people whose current provider was not successful in "
    "the tender, and the Director of Adult Social Services stated that no one would be required to "
    "change carer and that existing packages would be allowed to run on with their provider. "
    "Councillor Kowalczyk queried whether the proposed hourly rate of £24.10 was enough to pay "
    "care workers the Real Living Wage and cover travel time; the Head of Commissioning and Quality "
    "explained that the rate had been built up from the cost of care exercise and included an "
    "allowance for travel between calls. Councillor Dhaliwal asked the Cabinet Member whether "
    "larger national companies owned by private equity would crowd out smaller local providers. "
    "The Cabinet Member replied that the lot sizes had been set so that a medium-sized local "
    "provider could bid, and that social value would carry a 15 per cent weighting. The Chief "
    "Executive of Healthwatch Kenworth reported that the most frequent complaint received about "
    "home care was missed and late calls, and asked how call monitoring would be enforced; the "
    "Strategic Lead, Procurement and Commercial indicated that electronic call monitoring data "
    "would be reported monthly and linked to contract penalties.")
add("p", "The Committee questioned the Cabinet Member and officers and received responses on the "
    "following matters:")
add("b", "The number of hours of home support currently unsourced and waiting to be picked up")
add("b", "Whether the Council had considered an in-house home support service for rural zones")
add("b", "The arrangements for people who fund their own care and wish to use the lead providers")
add("b", "How the views of people who use services would be used in evaluating the tenders")
add("pb", "RESOLVED that the Scrutiny Co-ordination Committee:")
add("n", "1)", "Notes the proposals for the recommissioning of home support services from April 2026.")
add("n", "2)", "Recommends to Cabinet that the hourly rate is reviewed each year against the Real "
    "Living Wage and published.")
add("n", "3)", "Recommends to Cabinet that an evaluation of a pilot in-house service in the rural "
    "zone is reported to the Committee within twelve months of the new contracts starting.")

add("h", "5.", "Public Health Contracts - Sexual Health and Substance Misuse Services")
add("p", "The Scrutiny Co-ordination Committee considered a briefing note of the Director of Public "
    "Health and Wellbeing which set out the proposal to extend the contracts for the integrated "
    "sexual health service and the adult substance misuse service for a further two years under the "
    "Provider Selection Regime, and to carry out market engagement before any future procurement.")
add("p", "Councillor Rennison asked why the contracts were being extended rather than retendered and "
    "was informed that a retender during the current changes to the public health grant would "
    "carry too much risk to the service. In answer to a further question about waiting times for "
    "residential detoxification, the Director of Public Health and Wellbeing undertook to circulate "
    "the latest quarterly figures to Members. Councillor Varga expressed concern that the sexual "
    "health clinic in the north of the city had reduced its opening hours without notice, and the "
    "Director confirmed that this had been raised with the provider at the last contract meeting.")
add("pb", "RESOLVED that the briefing note be noted and that a report on the outcome of the market "
    "engagement be submitted to the Committee in January 2026.")

add("h", "6.", "Outstanding Issues")
add("p", "The Committee noted that all outstanding issues had been included in the Work Programme.")
add("pb", "RESOLVED that the outstanding issues be noted.")

add("h", "7.", "Work Programme 2025-2026")
add("p", "The Committee considered its Work Programme for the current municipal year. Councillor "
    "Obi requested that an item on the performance of the Council's wholly owned care company, "
    "Kenworth Care Solutions Ltd, be added for the autumn. The Scrutiny Co-ordinator advised that "
    "it could be taken at the meeting in October 2025.")
add("pb", "RESOLVED that the Work Programme be agreed, subject to the addition of an item on "
    "Kenworth Care Solutions Ltd in October 2025.")

add("h", "8.", "Any Other Items of Public Business")
add("p", "There were no other items of public business.")
add("end", "(Meeting closed at 12.35 pm)")


# ---------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    footer_text = ""
    header_text = ""
    initials = False

    def header(self):
        if self.page_no() > 1 and self.header_text:
            self.set_font("dv", "", 8)
            self.set_text_color(90)
            self.set_y(10)
            self.cell(0, 4, self.header_text, align="R")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", "", 8)
        self.set_text_color(90)
        self.cell(0, 4, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        if self.initials:
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chair's initials ..........", align="R")
        self.set_text_color(0)


def new_pdf(title):
    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author("Kenworth City Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 24)
    return pdf


VOWELS = set("aeiouy")

def hyph_split(word, pdf, room):
    """Split a word at a plausible point so that the first part + '-' fits in room."""
    core = word
    if len(re.sub(r"[^A-Za-z]", "", core)) < 8 or "-" in core or not core.isalpha():
        return None
    best = None
    for i in range(4, len(core) - 2):
        # break after a vowel followed by a consonant (rough syllable rule)
        if core[i - 1].lower() in VOWELS and core[i].lower() not in VOWELS:
            if pdf.get_string_width(core[:i] + "-") <= room:
                best = i
    if best is None:
        return None
    return core[:best] + "-", core[best:]


def justify(pdf, text, x, w, lh, bold=False, last_left=True):
    pdf.set_font("dv", "B" if bold else "", 10)
    words = text.split()
    lines = []
    cur = []
    i = 0
    while i < len(words):
        wd = words[i]
        trial = " ".join(cur + [wd])
        if pdf.get_string_width(trial) <= w:
            cur.append(wd)
            i += 1
            continue
        room = w - pdf.get_string_width(" ".join(cur) + " ") if cur else w
        sp = hyph_split(wd, pdf, room)
        if sp and cur:
            cur.append(sp[0])
            lines.append(cur)
            cur = []
            words[i] = sp[1]
            continue
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    for li, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.h - 24:
            pdf.add_page()
        y = pdf.get_y()
        last = li == len(lines) - 1
        if last or len(ln) == 1:
            pdf.set_xy(x, y)
            pdf.cell(w, lh, " ".join(ln))
        else:
            tot = sum(pdf.get_string_width(t) for t in ln)
            gap = (w - tot) / (len(ln) - 1)
            cx = x
            for t in ln:
                pdf.set_xy(cx, y)
                tw = pdf.get_string_width(t)
                pdf.cell(tw, lh, t)
                cx += tw + gap
        pdf.set_xy(x, y + lh)


def build_minutes(path):
    pdf = new_pdf("Scrutiny Co-ordination Committee minutes 18 June 2025")
    pdf.footer_text = "Scrutiny Co-ordination Committee - 18 June 2025"
    pdf.header_text = "Kenworth City Council"
    pdf.initials = True
    pdf.add_page()
    L = pdf.l_margin
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.0
    for b in M:
        k = b[0]
        if k == "title":
            pdf.set_font("dv", "B", 14)
            pdf.cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "title2":
            pdf.set_font("dv", "B", 11)
            pdf.multi_cell(0, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif k == "att":
            pdf.set_font("dv", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            lab_w = 58
            if b[2]:
                pdf.multi_cell(lab_w, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_font("dv", "", 10)
                pdf.set_xy(L + lab_w, y)
                pdf.multi_cell(W - lab_w, lh, b[2], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y2) + 2)
            else:
                pdf.cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        elif k == "h0":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.cell(0, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("dv", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.cell(12, 6, b[1])
            pdf.set_xy(L + 12, y)
            pdf.multi_cell(W - 12, 6, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k in ("p", "pb"):
            justify(pdf, b[1], L + 12, W - 12, lh, bold=(k == "pb"))
            pdf.ln(2.5)
        elif k == "b":
            pdf.set_font("dv", "", 10)
            y = pdf.get_y()
            pdf.set_xy(L + 16, y)
            pdf.cell(5, lh, "\u2022")
            pdf.set_xy(L + 22, y)
            justify(pdf, b[1], L + 22, W - 22, lh)
            pdf.ln(1)
        elif k == "n":
            pdf.set_font("dv", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(L + 16, y)
            pdf.cell(6, lh, b[1])
            pdf.set_xy(L + 24, y)
            justify(pdf, b[2], L + 24, W - 24, lh, bold=True)
            pdf.ln(1.5)
        elif k == "end":
            pdf.ln(6)
            pdf.set_font("dv", "", 10)
            pdf.cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def minutes_source():
    parts = []
    for b in M:
        parts.extend(x for x in b[1:] if x)
    return "\n".join(parts)


# ---------------------------------------------------------------- work programme
WP_ROWS = [
    ("16 July 2025", "Adult Social Care Charging Policy Review",
     "How many people will pay more under the proposed changes? What will happen to people who "
     "cannot afford the increased contribution, and has the impact on carers been assessed?",
     "Director of Adult Social Services / Cabinet Member for Adult Services"),
    ("17 September 2025", "Integrated Care Board - Community Services Procurement",
     "Why has the ICB chosen to put community nursing and therapy services out to tender? "
     "What assurance can be given that staff terms and conditions will be protected?",
     "Kenworth and Ashby ICB / Director of Public Health and Wellbeing"),
    ("8 October 2025", "Kenworth Care Solutions Ltd - Annual Performance",
     "Is the Council's wholly owned company delivering the savings set out in its business plan? "
     "How is the company held to account by the shareholder board?",
     "Director of Finance and Resources / Managing Director, Kenworth Care Solutions Ltd"),
    ("12 November 2025", "Temporary Accommodation - Use of Private Providers",
     "What are the costs of nightly-paid accommodation and what checks are made on the standard "
     "of rooms let to families with children?",
     "Director of Housing and Communities"),
    ("14 January 2026", "Public Health Contracts - Market Engagement Outcome",
     "What did providers tell the Council during market engagement, and will the services be "
     "retendered or brought in-house in 2027?",
     "Director of Public Health and Wellbeing"),
    ("To be scheduled", "Children's Residential Placements Sufficiency",
     "Why are so many children placed outside the city, and what would it cost to open further "
     "Council-run children's homes?",
     "Director of Children's Services"),
]


def build_wp(path):
    pdf = new_pdf("Scrutiny Co-ordination Committee Work Programme 2025-2026")
    pdf.footer_text = "Scrutiny Co-ordination Committee Work Programme - last updated 20 June 2025"
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 8, "Kenworth City Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, "Scrutiny Co-ordination Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Work Programme 2025-2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", "", 9.5)
    pdf.multi_cell(0, 5, "Last updated: 20 June 2025. The work programme is a live document and "
                   "is reviewed at every meeting of the Committee. Items may be moved between "
                   "meetings. The questions shown are suggested lines of enquiry agreed with the "
                   "Chair; they are not questions that have been put to officers. Contact: "
                   "V Lowther, Scrutiny Co-ordinator, scrutiny@kenworth.gov.uk",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "", 9)
    with pdf.table(col_widths=(26, 40, 70, 40), line_height=4.6) as t:
        hr = t.row()
        pdf.set_font("dv", "B", 9)
        for h in ("Meeting", "Topic", "Key lines of enquiry", "Lead officer / Cabinet Member"):
            hr.cell(h)
        pdf.set_font("dv", "", 9)
        for r in WP_ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 4.6, "Call-ins and urgent items will be added to the programme when they "
                   "arise. Members wishing to suggest a topic should contact the Scrutiny "
                   "Co-ordinator.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def wp_source():
    return "\n".join(" ".join(r) for r in WP_ROWS)


# ---------------------------------------------------------------- gold
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}

def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

def A(name, role, att):
    return {"name": name, "role": role, "attendance": att}

GOLD_MIN = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Co-ordination Committee",
    "meeting_date": "2025-06-18",
    "items": [
        {"number": "1", "title": "Declarations of Interest"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Call-In: Transfer of the Ashgrove Day Centre to an External Operator"},
        {"number": "4", "title": "Recommissioning of Home Support Services 2026-2031 (Pre-Decision Scrutiny)"},
        {"number": "5", "title": "Public Health Contracts - Sexual Health and Substance Misuse Services"},
        {"number": "6", "title": "Outstanding Issues"},
        {"number": "7", "title": "Work Programme 2025-2026"},
        {"number": "8", "title": "Any Other Items of Public Business"},
    ],
    "questions": [
        Q("3", "question", "asked why only 41 of the 112 families who use the centre",
          None, "the survey had run over the school summer holidays",
          "Head of Commissioning and Quality", ["patient-and-public-input", "adult-social-care"]),
        Q("3", "question", "questioned how the annual saving of £186,000 had been calculated",
          "Councillor Farrant", "most of the saving came from the operator's lower overheads",
          "Director of Adult Social Services", ["finance", "adult-social-care"]),
        Q("3", "request", "sought assurance that staff transferring under TUPE would keep their pension rights",
          "Councillor Varga", "staff would retain access to the Local Government Pension Scheme",
          "Senior Solicitor", ["workforce", "subcontracting"]),
        Q("3", "concern", "a private operator could close the centre part way through the contract",
          None, "the contract required twelve months' notice and gave the Council step-in rights",
          None, ["privatisation", "subcontracting", "adult-social-care"]),
        Q("4", "question", "what would happen to people whose current provider was not successful",
          None, "no one would be required to change carer",
          "Director of Adult Social Services", ["subcontracting", "adult-social-care"]),
        Q("4", "question", "queried whether the proposed hourly rate of £24.10 was enough",
          "Councillor Kowalczyk", "the rate had been built up from the cost of care exercise",
          "Head of Commissioning and Quality", ["finance", "workforce", "adult-social-care"]),
        Q("4", "question", "whether larger national companies owned by private equity would crowd out",
          "Councillor Dhaliwal", "the lot sizes had been set so that a medium-sized local provider could bid",
          "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("4", "question", "asked how call monitoring would be enforced",
          "Chief Executive of Healthwatch Kenworth",
          "electronic call monitoring data would be reported monthly and linked to contract penalties",
          "Strategic Lead, Procurement and Commercial",
          ["subcontracting", "patient-and-public-input", "adult-social-care"]),
        Q("4", "question", "The number of hours of home support currently unsourced and waiting",
          None, None, None, ["adult-social-care"]),
        Q("4", "question", "Whether the Council had considered an in-house home support service for rural zones",
          None, None, None, ["privatisation", "adult-social-care"]),
        Q("4", "question", "The arrangements for people who fund their own care and wish to use",
          None, None, None, ["adult-social-care"]),
        Q("4", "question", "How the views of people who use services would be used",
          None, None, None, ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        Q("5", "question", "asked why the contracts were being extended rather than retendered",
          "Councillor Rennison", "would carry too much risk to the service",
          None, ["subcontracting", "public-health", "finance"]),
        Q("5", "request", "a further question about waiting times for residential detoxification",
          None, "undertook to circulate the latest quarterly figures to Members",
          "Director of Public Health and Wellbeing", ["public-health"]),
        Q("5", "concern", "expressed concern that the sexual health clinic in the north of the city",
          "Councillor Varga", "this had been raised with the provider at the last contract meeting",
          "Director", ["public-health", "subcontracting"]),
        Q("7", "request", "requested that an item on the performance of the Council's wholly owned care company",
          "Councillor Obi", "it could be taken at the meeting in October 2025",
          "Scrutiny Co-ordinator", ["governance", "adult-social-care"]),
    ],
    "resolutions": [
        R("2", "The minutes of the meeting held on 21 May 2025 were agreed", "agreed", []),
        R("3", "refers the decision back to the Cabinet Member for Adult Services for reconsideration",
          "recommended", ["governance", "patient-and-public-input", "privatisation", "adult-social-care"]),
        R("4", "Notes the proposals for the recommissioning of home support services",
          "recommended", ["subcontracting", "finance", "workforce", "privatisation", "adult-social-care"]),
        R("5", "a report on the outcome of the market engagement be submitted",
          "agreed", ["subcontracting", "public-health"]),
        R("6", "RESOLVED that the outstanding issues be noted", "noted", []),
        R("7", "RESOLVED that the Work Programme be agreed, subject to the addition",
          "agreed", ["governance"]),
    ],
    "attendees": [
        A("Councillor R Ashworth", "Chair", "present"),
        A("Councillor P Dhaliwal", None, "present"),
        A("Councillor S Farrant", None, "present"),
        A("Councillor J Kowalczyk", None, "present"),
        A("Councillor M Obi", None, "present"),
        A("Councillor T Rennison", "substitute for Councillor H Whitby", "present"),
        A("Councillor L Varga", None, "present"),
        A("Councillor D Marsh", "Cabinet Member for Adult Services", "in_attendance"),
        A("Councillor G Pemberton", "call-in signatory", "in_attendance"),
        A("P Quayle", "Director of Adult Social Services", "in_attendance"),
        A("N Brennan", "Head of Commissioning and Quality, Adult Social Care", "in_attendance"),
        A("F Iqbal", "Strategic Lead, Procurement and Commercial", "in_attendance"),
        A("C Hartigan", "Governance Services Officer", "in_attendance"),
        A("R Mistry", "Senior Solicitor, Contracts and Procurement", "in_attendance"),
        A("V Lowther", "Scrutiny Co-ordinator", "in_attendance"),
        A("Dr E Castell", "Director of Public Health and Wellbeing", "in_attendance"),
        A("J Norbury", "Chief Executive, Healthwatch Kenworth", "in_attendance"),
        A("Councillor H Whitby", None, "apologies"),
        A("Councillor B Yeoman", None, "apologies"),
    ],
}

GOLD_WP = {"document": WP_NAME, "doc_type": "other"}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    src = norm(minutes_source())
    phrases = []
    for q in GOLD_MIN["questions"]:
        phrases.append(("q", q["text"]))
        if q["answer"]:
            phrases.append(("a", q["answer"]))
    for r in GOLD_MIN["resolutions"]:
        phrases.append(("r", r["text"]))
    # also look at the text layer of the PDF, with line-end hyphens rejoined
    import pdfplumber
    with pdfplumber.open(os.path.join(DOCS, MIN_NAME)) as p:
        raw = "\n".join(pg.extract_text() or "" for pg in p.pages)
    pdftxt = norm(re.sub(r"(\w)-\n(\w)", r"\1\2", raw))
    for kind, ph in phrases:
        n = len(ph.split())
        c = src.count(norm(ph))
        if not (6 <= n <= 15):
            print(f"LENGTH {n}: {ph}"); ok = False
        if c != 1:
            print(f"COUNT {c}: {ph}"); ok = False
        if norm(ph) not in pdftxt:
            print(f"note: not in dehyphenated PDF text layer: {ph}")
    for g in (GOLD_MIN, GOLD_WP):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json")) as f:
            if json.load(f) != g:
                print("gold file out of date:", g["document"]); ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_minutes(os.path.join(DOCS, MIN_NAME))
    build_wp(os.path.join(DOCS, WP_NAME))
    for g in (GOLD_MIN, GOLD_WP):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
