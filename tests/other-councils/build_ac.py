"""Build the "ac-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_ac.py [--check]
"""
import json, re, sys, zipfile, io, os
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"
FIXED = datetime(2025, 2, 14, 9, 30, tzinfo=timezone.utc)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


# ---------------------------------------------------------------- document 1: PDF
PDF_NAME = "ac-marshfold-dc-overview-scrutiny-minutes-2025-02-11.pdf"

PDF_ATT = [
    ("Present:", "Councillor H Penrose (Chairman); Councillors D Ashworth (Vice-Chairman), "
     "M Cottle, G Ellery, S Varma, P Whitlock and J Yardley"),
    ("Officers in attendance:", "Martin Hale (Director of Housing, Communities and Environ" + SHY +
     "mental Health), Alison Fyfe (Head of Finance and Section 151 Officer) and Tom Bracewell "
     "(Democratic Services and Scrutiny Officer)"),
    ("Also present:", "Councillor R Dunmore (Portfolio Holder for Housing and Communities) and "
     "Dr Kavita Rao (Associate Director of Primary Care Partnerships, Mid Marsh Integrated Care "
     "Board) for Minute 37"),
]

PDF_ITEMS = [
    ("34", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillors K Lomax and B Oyelaran. "
        "Councillor P Whitlock attended as substitute for Councillor Lomax. No substitute had "
        "been nominated for Councillor Oyelaran.",
    ]),
    ("35", "Declarations of Interest", [
        "Councillor Varma declared an other registrable interest in Minute 37 as a salaried "
        "employee of a general practice in a neighbouring district. She remained in the meeting "
        "and took part in the discussion but did not vote.",
    ]),
    ("36", "Minutes", [
        "RESOLVED that the minutes of the meeting of the Committee held on 14 January 2025 be "
        "confirmed as a correct record and signed by the Chairman.",
    ]),
    ("37", "Access to General Practice in the District", [
        "Dr Rao presented a report on behalf of the Mid Marsh Integrated Care Board (ICB) setting "
        "out the position on access to general practice across the eleven practices in the "
        "district, the implementation of the national modern general practice access pro" + SHY +
        "gramme, and the ICB's plans for the new Fenby Health Centre. The report noted that "
        "appointment numbers had risen by 6 per cent over the year but that patient satisfaction "
        "with the ease of getting through on the telephone had fallen to 38 per cent.",
        "Councillor Cottle asked why residents in the rural east of the district were still being "
        "told to telephone at 8.00 am and then wait in a queue of forty or more callers, and "
        "whether the cloud telephony systems funded by the ICB had been installed at every "
        "practice. Dr Rao explained that ten of the eleven practices had moved to cloud-based "
        "tele" + SHY + "phony, with the last due to switch in April, and that call-back functions "
        "meant that patients no longer lost their place in the queue. Councillor Ellery then "
        "questioned whether the ICB had any intention of allowing a private company to run the "
        "new Fenby Health Centre, noting local press reports that an independent provider had "
        "already been approached. In response, Dr Rao stated that no procurement decision had been "
        "taken and that any contract for the centre would be subject to the Provider Selection "
        "Regime; she undertook to share the timetable with Members once it was confirmed.",
        "Councillor Yardley expressed concern that the ICB's patient survey had been completed by "
        "fewer than 900 residents and asked how the views of patients without internet access, "
        "including many older people in sheltered housing, were being captured. Dr Rao acknow" +
        SHY + "ledged that the response rate was low and confirmed that the ICB was working with "
        "Healthwatch Marshfold on face-to-face listening events at the district's four community "
        "hubs during March. Councillor Varma sought clarification on the number of GP partners "
        "and salaried GPs who had left local practices in the last two years and whether the "
        "Additional Roles Reimbursement Scheme had made up the difference; she also queried "
        "whether pharmacists and physician associates were being used appropriately. Dr Rao "
        "explained that the district had lost the equivalent of seven full-time GPs since 2023 "
        "but had gained 23 staff through the scheme, and that all additional roles were "
        "supervised by a named GP in each primary care network.",
        "RESOLVED that –",
        "(i)\tthe report and the progress made on the modern general practice access programme be "
        "noted; and",
        "(ii)\tthe Committee recommends to the Mid Marsh Integrated Care Board that the outcome of "
        "the Healthwatch listening events and a timetable for any procurement of the Fenby Health "
        "Centre be reported to the Committee's meeting in June 2025.",
    ]),
    ("38", "Temporary Accommodation – Procurement of a Framework of Providers", [
        "The Director of Housing, Communities and Environmental Health introduced the report, "
        "which sought the Committee's comments before Cabinet was asked on 4 March 2025 to approve "
        "the procurement of a four-year framework of providers of self-contained temporary "
        "accommo" + SHY + "dation. The number of households in temporary accommodation had risen "
        "from 61 to 112 in two years and nightly-paid bed and breakfast placements were costing "
        "the Council approximately £1.3 million a year, well above the budget provision.",
        "Councillor Ashworth asked whether the Council had considered buying or leasing its own "
        "units rather than relying on private providers, given that the framework would leave the "
        "Council exposed to market rents for a further four years. The Portfolio Holder replied "
        "that an acquisitions programme of 20 homes was being developed with a registered "
        "provider for the 2025/26 capital programme, but that the framework was needed in the "
        "meantime. Councillor Whitlock raised concerns about the standard of some existing "
        "placements, citing a family housed for eleven weeks in a single room above a takeaway, "
        "and asked how quality would be monitored under the new contracts. The Director explained "
        "that all providers would have to meet a property standard, inspected before first use "
        "and at least annually, and that contract management would be carried out by a dedicated "
        "officer funded through the Homelessness Prevention Grant. Councillor Cottle asked "
        "whether families with school-age children would be prioritised for placements within "
        "the district; the Director confirmed that this was the Council's policy but said that it "
        "could not always be achieved at short notice. Councillor Ellery requested that the "
        "evaluation criteria give greater weight to social value and to providers paying their "
        "staff the real Living Wage.",
        "RESOLVED that Cabinet be advised that the Committee –",
        "(i)\tsupports the procurement of a four-year framework of temporary accommodation "
        "providers as set out in the report; and",
        "(ii)\trecommends that the evaluation criteria include a minimum 10 per cent weighting for "
        "social value, including payment of the real Living Wage.",
    ]),
    ("39", "Budget Monitoring – Quarter 3 2024/25", [
        "The Head of Finance and Section 151 Officer presented the quarter 3 revenue and capital "
        "monitoring report, which forecast a net overspend of £412,000 on the General Fund, "
        "chiefly arising from temporary accommodation costs, partly offset by additional "
        "investment income.",
        "Councillor Yardley asked what level of general reserves would remain at 31 March 2025 if "
        "the overspend could not be contained, and was informed that balances would fall to £2.1 "
        "million, which remained above the minimum level of £1.8 million set in the Medium Term "
        "Financial Plan. In answer to a question from Councillor Ashworth about the delay to the "
        "leisure centre decarbonisation scheme, the Head of Finance stated that the grant had been "
        "re-profiled into 2025/26 with the agreement of the funding body and that no grant was at "
        "risk.",
        "The Committee NOTED the quarter 3 budget monitoring position.",
    ]),
    ("40", "Work Programme 2024/25 and 2025/26", [
        "The Democratic Services and Scrutiny Officer presented the draft work programme. "
        "Councillor Varma requested that a short review of waiting times for Disabled Facilities "
        "Grant adaptations be added for the new municipal year.",
        "RESOLVED that the work programme be approved, subject to the addition of a review of "
        "Disabled Facilities Grant waiting times.",
    ]),
]


def hyph(text):
    """Offer a soft hyphen in the middle of long lower-case words (justified text)."""
    def f(m):
        w = m.group(0)
        k = len(w) // 2
        return w[:k] + SHY + w[k:]
    return re.sub(r"\b[a-z]{10,}\b", f, text)


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("S", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 4, "Marshfold District Council", new_x="LMARGIN", new_y="TOP")
            self.cell(0, 4, "Overview and Scrutiny Committee – 11 February 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-14)
            self.set_font("S", "", 7.5)
            self.cell(0, 4, f"Page {self.page_no()}", align="C", new_x="LMARGIN", new_y="TOP")
            self.cell(0, 4, "Chairman's initials ..........", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Overview and Scrutiny Committee - 11 February 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    src = []

    pdf.set_font("S", "B", 13)
    pdf.cell(0, 7, "MARSHFOLD DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    src.append("MARSHFOLD DISTRICT COUNCIL")
    pdf.ln(2)
    pdf.set_font("S", "", 9.5)
    t = ("MINUTES of a meeting of the OVERVIEW AND SCRUTINY COMMITTEE held in the Council "
         "Chamber, Fenby House, Marshfold on Tuesday 11 February 2025 at 7.00 pm")
    pdf.multi_cell(0, 5, t, align="C", new_x="LMARGIN", new_y="NEXT")
    src.append(t)
    pdf.ln(3)
    for lab, txt in PDF_ATT:
        pdf.set_font("S", "B", 9.5)
        pdf.write(5, lab + " ")
        pdf.set_font("S", "", 9.5)
        pdf.write(5, txt)
        pdf.ln(6)
        src.append(lab + " " + txt)
    pdf.ln(2)

    def smallcaps_heading(title, num):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        for wi, word in enumerate(title.split(" ")):
            if wi:
                pdf.set_font("S", "B", 8)
                pdf.cell(pdf.get_string_width(" "), 5, " ")
            first, rest = word[0], word[1:]
            pdf.set_font("S", "B", 10.5)
            pdf.cell(pdf.get_string_width(first.upper()), 5, first.upper())
            if rest:
                pdf.set_font("S", "B", 8)
                pdf.cell(pdf.get_string_width(rest.upper()), 5, rest.upper())
        pdf.set_font("S", "B", 9.5)
        label = f"Minute {num}"
        pdf.set_xy(pdf.w - pdf.r_margin - pdf.get_string_width(label), y)
        pdf.cell(pdf.get_string_width(label), 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        src.append(title.upper() + " " + label)

    for num, title, paras in PDF_ITEMS:
        smallcaps_heading(title, num)
        for p in paras:
            src.append(p)
            if p.startswith("("):
                lab, body = p.split("\t", 1)
                pdf.set_font("S", "", 9.5)
                pdf.set_x(pdf.l_margin + 6)
                pdf.cell(9, 5, lab)
                pdf.multi_cell(0, 5, body, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif p.startswith("RESOLVED") or "NOTED" in p:
                pdf.set_font("S", "B", 9.5)
                m = re.match(r"(RESOLVED|The Committee NOTED)(.*)", p)
                pdf.write(5, m.group(1))
                pdf.set_font("S", "", 9.5)
                pdf.write(5, m.group(2))
                pdf.ln(7)
            else:
                pdf.set_font("S", "", 9.5)
                pdf.multi_cell(0, 5, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
    pdf.ln(4)
    pdf.set_font("S", "", 9.5)
    for t in ["The meeting closed at 9.12 pm.", "", "Chairman ........................................",
              "Date ............................................"]:
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        src.append(t)
    pdf.output(str(DOCS / PDF_NAME))
    return "\n".join(src)


PDF_GOLD = {
    "document": PDF_NAME, "doc_type": "minutes", "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-02-11",
    "items": [{"number": n, "title": t} for n, t, _ in PDF_ITEMS],
    "questions": [
        {"item": "37", "kind": "question",
         "text": "asked why residents in the rural east of the district were still being told",
         "asked_by": "Councillor Cottle",
         "answer": "ten of the eleven practices had moved to cloud-based telephony",
         "given_by": "Dr Rao", "themes": ["primary-care"]},
        {"item": "37", "kind": "question",
         "text": "questioned whether the ICB had any intention of allowing a private company to run",
         "asked_by": "Councillor Ellery",
         "answer": "no procurement decision had been taken and that any contract for the centre",
         "given_by": "Dr Rao", "themes": ["privatisation", "subcontracting", "primary-care"]},
        {"item": "37", "kind": "concern",
         "text": "expressed concern that the ICB's patient survey had been completed by fewer than",
         "asked_by": "Councillor Yardley",
         "answer": "working with Healthwatch Marshfold on face-to-face listening events",
         "given_by": "Dr Rao", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "37", "kind": "question",
         "text": "sought clarification on the number of GP partners and salaried GPs who had left",
         "asked_by": "Councillor Varma",
         "answer": "the district had lost the equivalent of seven full-time GPs since 2023",
         "given_by": "Dr Rao", "themes": ["workforce", "primary-care"]},
        {"item": "37", "kind": "question",
         "text": "queried whether pharmacists and physician associates were being used appropriately",
         "asked_by": "Councillor Varma",
         "answer": "all additional roles were supervised by a named GP in each primary care network",
         "given_by": "Dr Rao", "themes": ["workforce", "primary-care"]},
        {"item": "38", "kind": "question",
         "text": "asked whether the Council had considered buying or leasing its own units",
         "asked_by": "Councillor Ashworth",
         "answer": "an acquisitions programme of 20 homes was being developed with a registered provider",
         "given_by": "The Portfolio Holder",
         "themes": ["housing", "privatisation", "subcontracting"]},
        {"item": "38", "kind": "concern",
         "text": "raised concerns about the standard of some existing placements",
         "asked_by": "Councillor Whitlock",
         "answer": "all providers would have to meet a property standard, inspected before first use",
         "given_by": "The Director", "themes": ["housing", "subcontracting"]},
        {"item": "38", "kind": "question",
         "text": "asked whether families with school-age children would be prioritised for placements",
         "asked_by": "Councillor Cottle",
         "answer": "this was the Council's policy but said that it could not always",
         "given_by": "the Director", "themes": ["housing", "children-and-families"]},
        {"item": "38", "kind": "request",
         "text": "requested that the evaluation criteria give greater weight to social value",
         "asked_by": "Councillor Ellery", "answer": None, "given_by": None,
         "themes": ["housing", "subcontracting", "workforce"]},
        {"item": "39", "kind": "question",
         "text": "asked what level of general reserves would remain at 31 March 2025",
         "asked_by": "Councillor Yardley",
         "answer": "balances would fall to £2.1 million, which remained above the minimum level",
         "given_by": None, "themes": ["finance"]},
        {"item": "39", "kind": "question",
         "text": "about the delay to the leisure centre decarbonisation scheme",
         "asked_by": "Councillor Ashworth",
         "answer": "the grant had been re-profiled into 2025/26 with the agreement",
         "given_by": "the Head of Finance", "themes": ["finance"]},
        {"item": "40", "kind": "request",
         "text": "requested that a short review of waiting times for Disabled Facilities Grant",
         "asked_by": "Councillor Varma", "answer": None, "given_by": None, "themes": ["housing"]},
    ],
    "resolutions": [
        {"item": "36", "text": "minutes of the meeting of the Committee held on 14 January 2025",
         "outcome": "agreed", "themes": []},
        {"item": "37", "text": "the progress made on the modern general practice access programme be noted",
         "outcome": "recommended",
         "themes": ["primary-care", "patient-and-public-input", "subcontracting"]},
        {"item": "38", "text": "supports the procurement of a four-year framework of temporary accommodation providers",
         "outcome": "recommended", "themes": ["housing", "subcontracting", "workforce"]},
        {"item": "39", "text": "The Committee NOTED the quarter 3 budget monitoring position",
         "outcome": "noted", "themes": ["finance"]},
        {"item": "40", "text": "the work programme be approved, subject to the addition of a review",
         "outcome": "agreed", "themes": ["housing"]},
    ],
    "attendees": [
        {"name": "Councillor H Penrose", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor D Ashworth", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor M Cottle", "role": None, "attendance": "present"},
        {"name": "Councillor G Ellery", "role": None, "attendance": "present"},
        {"name": "Councillor S Varma", "role": None, "attendance": "present"},
        {"name": "Councillor P Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor J Yardley", "role": None, "attendance": "present"},
        {"name": "Martin Hale", "role": "Director of Housing, Communities and Environmental Health",
         "attendance": "in_attendance"},
        {"name": "Alison Fyfe", "role": "Head of Finance and Section 151 Officer",
         "attendance": "in_attendance"},
        {"name": "Tom Bracewell", "role": "Democratic Services and Scrutiny Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor R Dunmore", "role": "Portfolio Holder for Housing and Communities",
         "attendance": "in_attendance"},
        {"name": "Dr Kavita Rao",
         "role": "Associate Director of Primary Care Partnerships, Mid Marsh Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Councillor K Lomax", "role": None, "attendance": "apologies"},
        {"name": "Councillor B Oyelaran", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2: DOCX
DOCX_NAME = "ac-ashcombe-bc-asc-health-scrutiny-panel-minutes-2025-03-04.docx"

DOCX_ATT = [
    ("Panel Members present: ", "Councillors Ruth Kingsley (Chair), Owen Patel (Vice-Chair), "
     "Frances Doyle, Liam Hargreaves, Naomi Stott and Victor Amadi (substituting for Councillor "
     "Simon Bell)"),
    ("Co-opted Member (non-voting): ", "Pauline Harker, Healthwatch Ashcombe"),
    ("Officers and partners: ", "Lorraine Whitby, Director of Adult Social Care; Jason Meek, "
     "Head of Commissioning (Adults); Dr Femi Adeyemi, Consultant in Public Health; Kerry Moss, "
     "Service Director – Community and Urgent Care, Hillbrook NHS Foundation Trust; Sam Ridley, "
     "Scrutiny Officer"),
    ("Apologies: ", "Councillors Simon Bell and Tessa Grant"),
]

# each item: (number, title, [discussion paras], [decision paras] or None)
DOCX_ITEMS = [
    ("1", "Apologies and substitutions", [
        "1.1 Apologies were received from Councillors Simon Bell and Tessa Grant. Councillor "
        "Victor Amadi attended as a substitute for Councillor Bell.",
    ], None),
    ("2", "Declarations of interest", [
        "2.1 Councillor Doyle declared that her mother received home care from one of the "
        "providers referred to in the report at Item 4. She took part in the discussion but did "
        "not take part in the decision on that item.",
    ], None),
    ("3", "Minutes of the previous meeting", [
        "3.1 The minutes of the meeting held on 21 January 2025 were considered. There were no "
        "matters arising.",
    ], ["The minutes of the meeting held on 21 January 2025 were agreed as an accurate record "
        "and signed by the Chair."]),
    ("4", "Recommissioning of Home Care Services", [
        "4.1 Jason Meek, Head of Commissioning (Adults), introduced the report. The current home "
        "care contracts with 14 providers would expire in October 2025 and the Council proposed "
        "to move to a zoned model with one lead provider and a framework of back-up providers in "
        "each of six zones, with the standard hourly rate rising to £24.60.",
        "4.2 Councillor Hargreaves asked how many of the existing providers were expected to bid "
        "and whether smaller local agencies would be squeezed out by national companies. The Head "
        "of Commissioning said that market engagement events had attracted 22 organisations and "
        "that the lots had been sized so that local agencies could compete on equal terms.",
        "4.3 Councillor Stott raised concern that care workers were still not being paid for "
        "travel time between visits, which she said was driving people out of the sector.",
        "4.4 The Director of Adult Social Care responded that the new contract would require "
        "providers to pay for travel time and to evidence payment of at least the Real Living "
        "Wage, and that this had been costed into the hourly rate.",
        "4.5 Councillor Patel asked whether the Panel could see the results of the survey of "
        "people who currently receive home care before the tender was published. Mr Meek "
        "confirmed that the survey summary would be circulated to members by the end of March.",
        "4.6 Pauline Harker (Healthwatch Ashcombe) commented that families often did not know "
        "whom to contact when a carer failed to arrive, and asked for a single out-of-hours "
        "number to be written into the specification. The Head of Commissioning undertook to "
        "consider it when finalising the specification.",
    ], ["(a) The Panel endorsed the zoned model for recommissioning home care services.",
        "(b) The Panel RECOMMENDS to Cabinet that the service specification require payment for "
        "travel time and a single out-of-hours contact number for families."]),
    ("5", "Community Mental Health Transformation – Update", [
        "5.1 Kerry Moss, Service Director at Hillbrook NHS Foundation Trust, gave a presentation "
        "on the new community mental health teams, which had replaced the former secondary care "
        "teams in Ashcombe North and Ashcombe South in September 2024.",
        "5.2 Councillor Doyle queried why waiting times for a first assessment in the Ashcombe "
        "North team had increased to 14 weeks. Ms Moss explained that the team had carried four "
        "vacancies for community psychiatric nurses over the winter and that two of the posts "
        "had now been filled.",
        "5.3 Councillor Amadi asked what proportion of the transformation funding was being "
        "passed to voluntary sector partners. Ms Moss replied that around 18 per cent of the £3.2 "
        "million was commissioned from voluntary and community organisations, including the "
        "Ashcombe Mind crisis café.",
        "5.4 The Chair asked how young people moving from CAMHS to adult services were supported "
        "at the point of transition.",
    ], ["The Panel noted the update on community mental health transformation."]),
    ("6", "Healthwatch Ashcombe Annual Report 2024", [
        "6.1 Pauline Harker presented the Healthwatch Ashcombe annual report, which summarised "
        "the 2,140 contacts received from residents during 2024.",
        "6.2 Councillor Patel asked which issue had generated the most feedback from residents "
        "during the year. Mrs Harker said that access to NHS dentistry had been the single "
        "largest issue, accounting for almost a third of all contacts.",
        "6.3 Councillor Hargreaves commented that the value of the Healthwatch grant had been cut "
        "by 15 per cent since 2019 and questioned whether the organisation could sustain its "
        "outreach work. Mrs Harker replied that the reduction had meant fewer enter and view "
        "visits, and that volunteers now carried out most community outreach.",
    ], ["That the Panel thanks Healthwatch Ashcombe for its annual report and agrees to invite "
        "the NHS dental commissioners to its July meeting."]),
    ("7", "Work programme", [], [
        "The work programme for 2025/26 was agreed, with the dental item added for July."]),
]


def build_docx():
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm

    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = ("Adult Social Care and Health Scrutiny Panel – 4 March 2025"
                                     "\tMinutes – subject to approval")
    sec.header.paragraphs[0].text = "Ashcombe Borough Council"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    src = []

    def para(text, bold=False, size=None, grey=False, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        src.append(text)
        return p

    para("Ashcombe Borough Council", bold=True, size=16)
    para("Adult Social Care and Health Scrutiny Panel", bold=True, size=13)
    para("Minutes of the meeting held on Tuesday 4 March 2025 at 6.30 pm in Committee Room 2, "
         "Civic Offices, Ashcombe")
    for lab, txt in DOCX_ATT:
        p = d.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run(txt)
        src.append(lab + txt)
    for num, title, disc, dec in DOCX_ITEMS:
        para(f"Item {num}", size=9, grey=True)
        h = d.add_heading(title, level=2)
        src.append(title)
        for t in disc:
            para(t)
        if dec:
            para("Decision", bold=True)
            for t in dec:
                para(t)
    para("The meeting ended at 8.41 pm.")
    para("Chair: ______________________    Date: ______________")
    cp = d.core_properties
    cp.author = "Sam Ridley"
    cp.title = "Minutes – Adult Social Care and Health Scrutiny Panel – 4 March 2025"
    cp.created = cp.modified = datetime(2025, 3, 6, 10, 0)
    cp.last_modified_by = "Sam Ridley"
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the build is deterministic
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(DOCS / DOCX_NAME, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return "\n".join(src)


DOCX_GOLD = {
    "document": DOCX_NAME, "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Panel", "meeting_date": "2025-03-04",
    "items": [{"number": n, "title": t} for n, t, _, _ in DOCX_ITEMS],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked how many of the existing providers were expected to bid",
         "asked_by": "Councillor Hargreaves",
         "answer": "market engagement events had attracted 22 organisations",
         "given_by": "The Head of Commissioning",
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "care workers were still not being paid for travel time between visits",
         "asked_by": "Councillor Stott",
         "answer": "the new contract would require providers to pay for travel time",
         "given_by": "The Director of Adult Social Care",
         "themes": ["workforce", "adult-social-care", "subcontracting"]},
        {"item": "4", "kind": "question",
         "text": "asked whether the Panel could see the results of the survey",
         "asked_by": "Councillor Patel",
         "answer": "the survey summary would be circulated to members by the end of March",
         "given_by": "Mr Meek", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "asked for a single out-of-hours number to be written into the specification",
         "asked_by": "Pauline Harker",
         "answer": "undertook to consider it when finalising the specification",
         "given_by": "The Head of Commissioning", "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "queried why waiting times for a first assessment in the Ashcombe North team",
         "asked_by": "Councillor Doyle",
         "answer": "the team had carried four vacancies for community psychiatric nurses",
         "given_by": "Ms Moss", "themes": ["mental-health", "workforce"]},
        {"item": "5", "kind": "question",
         "text": "asked what proportion of the transformation funding was being passed to voluntary sector partners",
         "asked_by": "Councillor Amadi",
         "answer": "around 18 per cent of the £3.2 million was commissioned",
         "given_by": "Ms Moss", "themes": ["mental-health", "finance", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "asked how young people moving from CAMHS to adult services were supported",
         "asked_by": "The Chair", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked which issue had generated the most feedback from residents during the year",
         "asked_by": "Councillor Patel",
         "answer": "access to NHS dentistry had been the single largest issue",
         "given_by": "Mrs Harker", "themes": ["patient-and-public-input", "primary-care"]},
        {"item": "6", "kind": "question",
         "text": "questioned whether the organisation could sustain its outreach work",
         "asked_by": "Councillor Hargreaves",
         "answer": "the reduction had meant fewer enter and view visits",
         "given_by": "Mrs Harker", "themes": ["finance", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 21 January 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "The Panel endorsed the zoned model for recommissioning home care services",
         "outcome": "recommended",
         "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "5", "text": "The Panel noted the update on community mental health transformation",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "6", "text": "agrees to invite the NHS dental commissioners to its July meeting",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "7", "text": "The work programme for 2025/26 was agreed, with the dental item",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Ruth Kingsley", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Owen Patel", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Frances Doyle", "role": None, "attendance": "present"},
        {"name": "Councillor Liam Hargreaves", "role": None, "attendance": "present"},
        {"name": "Councillor Naomi Stott", "role": None, "attendance": "present"},
        {"name": "Councillor Victor Amadi", "role": "substituting for Councillor Simon Bell",
         "attendance": "present"},
        {"name": "Pauline Harker", "role": "Co-opted Member (non-voting), Healthwatch Ashcombe",
         "attendance": "present"},
        {"name": "Lorraine Whitby", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Jason Meek", "role": "Head of Commissioning (Adults)",
         "attendance": "in_attendance"},
        {"name": "Dr Femi Adeyemi", "role": "Consultant in Public Health",
         "attendance": "in_attendance"},
        {"name": "Kerry Moss",
         "role": "Service Director – Community and Urgent Care, Hillbrook NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Sam Ridley", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Councillor Simon Bell", "role": None, "attendance": "apologies"},
        {"name": "Councillor Tessa Grant", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 3: news HTML
NEWS_NAME = "ac-marshfold-dc-news-gp-phone-queues-2025-02-13.html"
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8">
<title>Councillors press health chiefs on GP phone queues | Marshfold District Council</title>
</head>
<body>
<header><a href="/">Marshfold District Council</a> &rsaquo; <a href="/news">News</a></header>
<main>
<article>
<p class="date">Published: 13 February 2025</p>
<h1>Councillors press health chiefs on GP phone queues</h1>
<p class="lead">Marshfold's Overview and Scrutiny Committee questioned the Mid Marsh Integrated
Care Board on Tuesday evening about how hard it is for residents to get through to their
doctor's surgery.</p>
<p>Committee members put a series of questions to Dr Kavita Rao, the ICB's associate director
for primary care partnerships, after a report showed that only 38 per cent of patients found it
easy to get through on the phone.</p>
<p>"Why are people in our eastern villages still ringing at eight o'clock and finding forty
callers ahead of them?" asked Councillor Maureen Cottle. Dr Rao told the meeting that all but
one of the district's practices now used cloud telephony with a call-back option, and that the
last would switch over in April.</p>
<p>Councillor Graham Ellery wanted to know whether a private firm could end up running the new
Fenby Health Centre. The ICB said no decision had yet been made on who would run the centre.</p>
<p>Committee Chairman Councillor Hilary Penrose said: "Residents tell us every week how
frustrating it is to get an appointment. We will be asking the ICB back in June to show us what
has changed."</p>
<p>Residents who want to share their experience can attend a Healthwatch Marshfold listening
event at any of the four community hubs during March.</p>
<h2>Notes to editors</h2>
<ul>
<li>The committee's report and the draft minutes are available on the council's website.</li>
<li>Media enquiries: communications team, 01632 960 412.</li>
</ul>
</article>
</main>
<footer>&copy; Marshfold District Council 2025</footer>
</body>
</html>
"""
NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


def write_gold(g):
    (GOLD / (g["document"] + ".json")).write_text(
        json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def check(g, text):
    nt = norm(text)
    bad = 0
    phrases = []
    for q in g.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in g.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        c = nt.count(norm(ph))
        wc = len(norm(ph).split())
        if c != 1 or not (6 <= wc <= 15):
            print(f"  FAIL {g['document']} {kind}: count={c} words={wc}: {ph}")
            bad += 1
    print(f"  {g['document']}: {len(phrases)} phrases checked, {bad} failures")
    return bad


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    pdf_src = build_pdf()
    docx_src = build_docx()
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    for g in (PDF_GOLD, DOCX_GOLD, NEWS_GOLD):
        write_gold(g)
    if "--check" in sys.argv:
        bad = check(PDF_GOLD, pdf_src) + check(DOCX_GOLD, docx_src)
        # also read back from the written files
        import pdfplumber
        from docx import Document
        with pdfplumber.open(DOCS / PDF_NAME) as p:
            ext = "\n".join(pg.extract_text() or "" for pg in p.pages)
        ext = re.sub(r"-\n(?=[a-z])", "", ext)  # undo line-end hyphenation
        print(" (info) PDF text extracted back from the file:")
        check(PDF_GOLD, ext)
        dt = "\n".join(p.text for p in Document(DOCS / DOCX_NAME).paragraphs)
        print(" DOCX text read back from the file:")
        bad += check(DOCX_GOLD, dt)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
