#!/usr/bin/env python3
"""Build the "dy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dy.py           build documents/dy-* and gold/dy-*.json
        build_dy.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

COUNCIL = "Thornmoor Metropolitan Borough Council"
BOARD = "Adult Social Care and Health Scrutiny Board"
PDF_NAME = "dy-thornmoor-asch-scrutiny-board-2025-03-12.pdf"
TXT_NAME = "dy-thornmoor-briefing-nhs-dental-contracts.txt"


def soft(text):
    """Insert soft hyphens into long words so fpdf2 hyphenates at line ends."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        cut = [i for i in range(4, len(w) - 3) if w[i - 1] in "aeiou" and w[i] not in "aeiou"]
        if not cut:
            return w
        i = cut[len(cut) // 2]
        return w[:i] + SHY + w[i:]
    return re.sub(r"[A-Za-z]+", fix, text)


# ---------------------------------------------------------------- document 1
PRESENT = ("Councillor M. Oyelaran (Chair), Councillor P. Grimshaw (Vice-Chair), "
           "Councillors S. Ahmed, D. Birtwistle, K. Fairclough, J. Hollinrake, R. Nuttall "
           "(substitute for Councillor T. Walsh) and L. Prendergast, and Mrs A. Cowell "
           "(co-opted member, Thornmoor Healthwatch)")
ALSO = ("Councillor B. Entwistle (Cabinet Member for Adult Social Care and Health), "
        "Ms H. Dearden (Strategic Director of Adult Social Care, Health and Wellbeing), "
        "Dr F. Mensah (Director of Public Health), "
        "Mr G. Kershaw (Head of Commissioning and Market Management, Adults), "
        "Ms C. Lomax (Deputy Director of Place, Thornmoor Locality, Greater Pendle Integrated Care Board), "
        "Mr W. Ashworth (Senior Democratic Services Officer)")
APOL = "Councillors T. Walsh and E. Sutcliffe."

ITEMS = [
    ("ASCH.31", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Councillors T. Walsh and E. Sutcliffe. "
              "Councillor R. Nuttall attended as a substitute for Councillor Walsh."),
    ]),
    ("ASCH.32", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor K. Fairclough declared a personal interest in Minute ASCH.34 as a "
              "close relative was in receipt of a home care package commissioned by the Council. "
              "Mrs A. Cowell declared a personal interest as a trustee of Thornmoor Carers Centre. "
              "Neither interest was considered prejudicial and both Members remained in the meeting."),
    ]),
    ("ASCH.33", "MINUTES OF THE PREVIOUS MEETING", [
        ("p", "The minutes of the meeting held on 22 January 2025 were submitted."),
        ("r", ["approves the minutes of the meeting held on 22 January 2025 as a correct record, "
               "and authorises the Chair to sign them."]),
    ]),
    ("ASCH.34", "RECOMMISSIONING OF HOME CARE (CARE AT HOME) SERVICES", [
        ("p", "The Head of Commissioning and Market Management presented a report setting out the "
              "proposed approach to recommissioning care at home services from October 2025, when the "
              "current framework with eleven providers expires. The proposal was to move to four "
              "geographical zones, each with a lead provider and a supporting framework, and to increase "
              "the standard hourly rate from \u00a321.40 to \u00a323.15. A consultation with people who "
              "use services and their carers had been held between November and January and had received "
              "612 responses."),
        ("h", "Points raised by Members included:"),
        ("l", "(a)", "Councillor Hollinrake asked whether the zonal model would reduce choice for people who "
                     "wished to keep their current carers \u2013 the Head of Commissioning explained that "
                     "existing packages would transfer only where the person agreed, and that nobody would be "
                     "required to change care worker as a result of the new zones."),
        ("l", "(b)", "Councillor Birtwistle expressed concern that three of the four likely lead providers "
                     "were owned by private equity investors \u2013 the Strategic Director acknowledged the "
                     "concern and said that the tender evaluation would include financial resilience tests "
                     "and open-book accounting for the lead provider contracts."),
        ("l", "(c)", "Councillor Ahmed queried how the proposed hourly rate compared with neighbouring "
                     "authorities \u2013 the Head of Commissioning advised that the rate would place Thornmoor "
                     "third highest of the ten Greater Pendle councils, and that the additional cost of "
                     "\u00a31.9 million a year had been built into the budget."),
        ("l", "(d)", "Mrs Cowell requested that the full consultation responses from service users be "
                     "published alongside the Cabinet report, noting that the summary gave little sense of "
                     "what carers had actually said. No response was recorded."),
        ("l", "(e)", "Councillor Prendergast asked what would happen if a lead provider handed back "
                     "packages mid-contract \u2013 the Strategic Director confirmed that the in-house "
                     "reablement service would act as provider of last resort for up to six weeks while "
                     "packages were re-brokered."),
        ("r", ["notes the outcome of the consultation on care at home services;",
               "recommends to Cabinet that the zonal lead provider model be approved, subject to the "
               "inclusion of a minimum pay rate for care workers in the contract specification; and",
               "requests a report on the first six months of the new contracts to its meeting in "
               "April 2026."]),
    ]),
    ("ASCH.35", "WINTER PRESSURES AND HOSPITAL DISCHARGE \u2013 UPDATE FROM THE INTEGRATED CARE BOARD", [
        ("p", "Ms C. Lomax, Deputy Director of Place, gave a presentation on performance over the winter "
              "period, including ambulance handover times at Thornmoor General Hospital, the number of "
              "patients with no criteria to reside, and the use of Better Care Fund monies for discharge "
              "to assess beds."),
        ("h", "Points raised by Members included:"),
        ("l", "(a)", "Councillor Grimshaw asked why the number of patients with no criteria to reside "
                     "had risen again in February \u2013 Ms Lomax explained that an outbreak of norovirus "
                     "had closed two nursing homes to admissions for almost three weeks."),
        ("l", "(b)", "Councillor Nuttall sought clarification on whether the discharge to assess beds "
                     "would continue after March \u2013 the Strategic Director stated that funding for "
                     "twenty beds had been agreed through the pooled budget until March 2026."),
        ("l", "(c)", "Councillor Fairclough commented that families were still being given less than a "
                     "day's notice of a discharge to a care home some distance away \u2013 Ms Lomax "
                     "accepted that this was not acceptable and undertook to raise it with the hospital "
                     "discharge hub."),
        ("l", "(d)", "The Chair asked whether the ICB intended to reduce the number of community beds "
                     "at Ridgeway Lodge, as had been reported in the local press. Ms Lomax said that no "
                     "decision had been taken and that any proposal would be brought to the Board first."),
        ("r", ["notes the presentation and the improvement in ambulance handover times; and",
               "asks the Integrated Care Board to provide a written briefing on any proposed changes to "
               "community bed numbers at Ridgeway Lodge before any decision is taken."]),
    ]),
    ("ASCH.36", "INTEGRATED DRUG AND ALCOHOL TREATMENT SERVICE \u2013 CONTRACT EXTENSION", [
        ("p", "The Director of Public Health submitted a report seeking the Board's views on a proposed "
              "two-year extension of the contract with Pathways Recovery CIC for the integrated drug and "
              "alcohol treatment service, which would otherwise end in September 2025. The extension "
              "would be funded from the public health grant and the supplementary substance misuse "
              "treatment and recovery grant."),
        ("h", "Points raised by Members included:"),
        ("l", "(a)", "Councillor Ahmed asked how many people had successfully completed treatment in the "
                     "last year \u2013 the Director of Public Health reported that 418 people had left "
                     "treatment free of dependence, an improvement of eleven per cent on the previous year."),
        ("l", "(b)", "Councillor Hollinrake questioned whether an extension rather than a competitive "
                     "procurement represented value for money \u2013 the Director explained that legal "
                     "advice had confirmed the extension was permitted under the original contract and "
                     "that the grant conditions were uncertain beyond March 2026."),
        ("l", "(c)", "Councillor Birtwistle raised concerns about waiting times for the young people's "
                     "service in the east of the borough \u2013 the Director of Public Health undertook to "
                     "circulate the latest waiting time figures to Members after the meeting."),
        ("r", ["supports the proposed two-year extension of the integrated drug and alcohol treatment "
               "contract; and",
               "recommends to the Cabinet Member that performance targets for the young people's service "
               "be strengthened as part of the extension."]),
    ]),
    ("ASCH.37", "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025-2028", [
        ("p", "The Strategic Director introduced the draft workforce strategy, which set out actions to "
              "address a vacancy rate of 9.7 per cent across the local care sector and a reliance on "
              "agency social workers in the hospital team."),
        ("h", "Points raised by Members included:"),
        ("l", "(a)", "Councillor Prendergast asked how many international recruits were working in "
                     "Thornmoor care homes and what support they received \u2013 the Strategic Director "
                     "advised that around 340 staff had been recruited from overseas and that a pastoral "
                     "support network had been set up with the college."),
        ("l", "(b)", "Councillor Grimshaw sought assurance that agency social workers would be phased out "
                     "of the hospital team \u2013 the Strategic Director said that six permanent posts had "
                     "been filled since January and that agency use would end by the summer."),
        ("l", "(c)", "Mrs Cowell suggested that the strategy should say more about unpaid carers, who were "
                     "part of the care workforce in all but name."),
        ("r", ["endorses the draft Adult Social Care Workforce Strategy 2025-2028, subject to the "
               "strategy including a section on unpaid carers."]),
    ]),
    ("ASCH.38", "WORK PROGRAMME 2024/25", [
        ("p", "The Senior Democratic Services Officer submitted the Board's work programme for the "
              "remainder of the municipal year. It was noted that the item on the Thornmoor Care Home "
              "Quality Framework would move to the June meeting."),
        ("r", ["notes the work programme, subject to the change agreed at the meeting."]),
    ]),
]


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import Align

    class P(FPDF):
        def header(self):
            self.set_font("S", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, COUNCIL, new_x="LMARGIN", new_y="NEXT", align="L")
            self.cell(0, 4, BOARD + " \u2013 Wednesday, 12 March 2025", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("S", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Chair's initials ............", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(f"Minutes - {BOARD} - 12 March 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("S", "B", 12)
    pdf.cell(0, 6, "THORNMOOR METROPOLITAN BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 11)
    pdf.multi_cell(0, 5.5, "MINUTES of the meeting of the " + BOARD.upper() + " held in Committee Room 2, "
                   "Thornmoor Town Hall, on Wednesday, 12 March 2025 at 6.00 pm", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def labelled(label, text):
        pdf.set_font("S", "B", 10)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "", 10)
        pdf.multi_cell(0, 5, soft(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    labelled("PRESENT:", PRESENT)
    labelled("ALSO IN ATTENDANCE:", ALSO)
    labelled("APOLOGIES:", APOL)
    pdf.ln(2)

    NUMW = 24
    for num, title, parts in ITEMS:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.set_font("S", "B", 10)
        y = pdf.get_y()
        pdf.cell(NUMW, 5, num)
        pdf.set_xy(pdf.l_margin + NUMW, y)
        pdf.multi_cell(W - NUMW, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for part in parts:
            kind = part[0]
            pdf.set_x(pdf.l_margin + NUMW)
            if kind == "p":
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W - NUMW, 5, soft(part[1]), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif kind == "h":
                pdf.set_font("S", "", 10)
                pdf.multi_cell(W - NUMW, 5, part[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "l":
                pdf.set_font("S", "", 10)
                y = pdf.get_y()
                pdf.cell(9, 5, part[1])
                pdf.set_xy(pdf.l_margin + NUMW + 9, y)
                pdf.multi_cell(W - NUMW - 9, 5, soft(part[2]), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "r":
                pdf.set_font("S", "B", 10)
                pdf.multi_cell(W - NUMW, 5, "RESOLVED \u2013 That the Board:", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("S", "", 10)
                clauses = part[1]
                roman = ["(i)", "(ii)", "(iii)", "(iv)"]
                for i, c in enumerate(clauses):
                    if len(clauses) == 1:
                        pdf.set_x(pdf.l_margin + NUMW)
                        pdf.multi_cell(W - NUMW, 5, soft(c[0].upper() + c[1:]), align="J",
                                       new_x="LMARGIN", new_y="NEXT")
                    else:
                        y = pdf.get_y()
                        pdf.set_x(pdf.l_margin + NUMW)
                        pdf.cell(10, 5, roman[i])
                        pdf.set_xy(pdf.l_margin + NUMW + 10, y)
                        pdf.multi_cell(W - NUMW - 10, 5, soft(c), align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(2)
        pdf.ln(3)
    pdf.set_font("S", "", 10)
    pdf.cell(0, 5, "The meeting closed at 8.14 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 5, "CHAIR", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def pdf_source_text():
    out = [COUNCIL, BOARD, "PRESENT:", PRESENT, "ALSO IN ATTENDANCE:", ALSO, "APOLOGIES:", APOL]
    for num, title, parts in ITEMS:
        out.append(num + " " + title)
        for part in parts:
            if part[0] in ("p", "h"):
                out.append(part[1])
            elif part[0] == "l":
                out.append(part[1] + " " + part[2])
            else:
                out.append("RESOLVED - That the Board: " + " ".join(part[1]))
    return "\n".join(out)


# ---------------------------------------------------------------- document 2
TXT = """THORNMOOR METROPOLITAN BOROUGH COUNCIL
Scrutiny and Member Support Team

MEMBER'S BRIEFING: CHANGES TO NHS DENTAL CONTRACTS
For: Members of the Adult Social Care and Health Scrutiny Board
Date: 3 March 2025
Contact: William Ashworth, Senior Democratic Services Officer
         (scrutiny@thornmoor.gov.example)

This briefing is for background only. It is not a committee report and
does not ask Members to make any decision.

------------------------------------------------------------------------
1. BACKGROUND
------------------------------------------------------------------------

NHS dentistry in England is provided by high street practices under a
national contract. Since April 2023 responsibility for commissioning
dental services in this area has sat with the Greater Pendle Integrated
Care Board (ICB) rather than NHS England.

Practices are paid for "units of dental activity" (UDAs). A check-up is
one UDA; a filling is three; dentures or a crown are twelve. Dentists
have long argued that the system pays too little for complex work and
encourages practices to hand back contracts or reduce NHS sessions.

The Government has announced a further set of changes from April 2025:

  * a higher minimum value for each UDA (rising to GBP 30 nationally);
  * a "new patient premium" for practices that take on people who have
    not seen a dentist for two years or more;
  * a one-off "golden hello" payment to attract dentists to work in
    under-served areas for three years;
  * more flexibility for ICBs to commission extra urgent care sessions.

------------------------------------------------------------------------
2. WHAT IT MEANS LOCALLY
------------------------------------------------------------------------

There are 27 NHS dental practices in the borough. Four have handed back
all or part of their NHS contract since 2022, taking away an estimated
41,000 UDAs a year. Most of the loss has been in Eastfold and the
Ridgeway estate, where oral health is poorest.

The Director of Public Health's annual report found that 31 per cent of
five-year-olds in Thornmoor have visible tooth decay, against 23 per
cent nationally. Tooth extraction remains the most common reason for a
child to be admitted to Thornmoor General Hospital.

Healthwatch Thornmoor received more enquiries about dentistry than any
other subject in 2024. People reported being told to join waiting lists
of up to three years, or to pay privately.

The ICB under-spent its ring-fenced dental budget by about GBP 2.3
million in 2023/24 because practices could not deliver the activity.
From 2025/26 that ring-fence remains, so any under-spend cannot be moved
to other NHS services.

------------------------------------------------------------------------
3. QUESTIONS MEMBERS MAY WISH TO ASK THE ICB
------------------------------------------------------------------------

The ICB's Head of Primary Care Commissioning will attend the Board on
9 April 2025. Members may wish to consider the following lines of
enquiry:

  1. How many of the new patient premium places does the ICB expect to
     be taken up in Thornmoor, and how will it know?
  2. How will the GBP 2.3 million under-spend be used, and will any of
     it be targeted at Eastfold and Ridgeway?
  3. Has the ICB been able to recruit any dentists using the golden
     hello scheme, and how many posts remain vacant?
  4. What is the ICB doing to stop more practices handing back NHS
     contracts?
  5. How are children in care and care home residents helped to get
     dental treatment?
  6. How has the ICB used Healthwatch feedback and the views of
     patients in planning the changes?

------------------------------------------------------------------------
4. FURTHER READING
------------------------------------------------------------------------

  - Greater Pendle ICB, Dental Access Recovery Plan (January 2025)
  - Thornmoor Director of Public Health Annual Report 2024
  - Healthwatch Thornmoor, "Still Waiting": dentistry report (2024)

[End of briefing]
"""

GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": BOARD,
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "ASCH.34", "kind": "question",
         "text": "asked whether the zonal model would reduce choice for people who wished",
         "asked_by": "Councillor Hollinrake",
         "answer": "nobody would be required to change care worker as a result",
         "given_by": "the Head of Commissioning",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "ASCH.34", "kind": "concern",
         "text": "three of the four likely lead providers were owned by private equity investors",
         "asked_by": "Councillor Birtwistle",
         "answer": "tender evaluation would include financial resilience tests and open-book accounting",
         "given_by": "the Strategic Director",
         "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
        {"item": "ASCH.34", "kind": "question",
         "text": "queried how the proposed hourly rate compared with neighbouring authorities",
         "asked_by": "Councillor Ahmed",
         "answer": "the rate would place Thornmoor third highest of the ten Greater Pendle councils",
         "given_by": "the Head of Commissioning",
         "themes": ["finance", "adult-social-care"]},
        {"item": "ASCH.34", "kind": "request",
         "text": "requested that the full consultation responses from service users be published",
         "asked_by": "Mrs Cowell",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "ASCH.34", "kind": "question",
         "text": "asked what would happen if a lead provider handed back packages mid-contract",
         "asked_by": "Councillor Prendergast",
         "answer": "reablement service would act as provider of last resort for up to six weeks",
         "given_by": "the Strategic Director",
         "themes": ["subcontracting", "adult-social-care", "privatisation"]},
        {"item": "ASCH.35", "kind": "question",
         "text": "asked why the number of patients with no criteria to reside had risen",
         "asked_by": "Councillor Grimshaw",
         "answer": "an outbreak of norovirus had closed two nursing homes to admissions",
         "given_by": "Ms Lomax",
         "themes": ["adult-social-care"]},
        {"item": "ASCH.35", "kind": "question",
         "text": "sought clarification on whether the discharge to assess beds would continue after March",
         "asked_by": "Councillor Nuttall",
         "answer": "funding for twenty beds had been agreed through the pooled budget",
         "given_by": "the Strategic Director",
         "themes": ["integration", "finance", "adult-social-care"]},
        {"item": "ASCH.35", "kind": "comment",
         "text": "families were still being given less than a day's notice of a discharge",
         "asked_by": "Councillor Fairclough",
         "answer": "undertook to raise it with the hospital discharge hub",
         "given_by": "Ms Lomax",
         "themes": ["adult-social-care"]},
        {"item": "ASCH.35", "kind": "question",
         "text": "asked whether the ICB intended to reduce the number of community beds",
         "asked_by": "The Chair",
         "answer": "no decision had been taken and that any proposal would be brought",
         "given_by": "Ms Lomax",
         "themes": ["governance"]},
        {"item": "ASCH.36", "kind": "question",
         "text": "asked how many people had successfully completed treatment in the last year",
         "asked_by": "Councillor Ahmed",
         "answer": "418 people had left treatment free of dependence",
         "given_by": "the Director of Public Health",
         "themes": ["public-health"]},
        {"item": "ASCH.36", "kind": "question",
         "text": "questioned whether an extension rather than a competitive procurement represented value for money",
         "asked_by": "Councillor Hollinrake",
         "answer": "legal advice had confirmed the extension was permitted under the original contract",
         "given_by": "the Director",
         "themes": ["subcontracting", "finance", "privatisation", "public-health"]},
        {"item": "ASCH.36", "kind": "concern",
         "text": "raised concerns about waiting times for the young people's service",
         "asked_by": "Councillor Birtwistle",
         "answer": "undertook to circulate the latest waiting time figures to Members",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "ASCH.37", "kind": "question",
         "text": "asked how many international recruits were working in Thornmoor care homes",
         "asked_by": "Councillor Prendergast",
         "answer": "around 340 staff had been recruited from overseas",
         "given_by": "the Strategic Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "ASCH.37", "kind": "request",
         "text": "sought assurance that agency social workers would be phased out of the hospital team",
         "asked_by": "Councillor Grimshaw",
         "answer": "six permanent posts had been filled since January",
         "given_by": "the Strategic Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "ASCH.37", "kind": "comment",
         "text": "suggested that the strategy should say more about unpaid carers",
         "asked_by": "Mrs Cowell",
         "answer": None,
         "given_by": None,
         "themes": ["workforce", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "ASCH.33", "text": "approves the minutes of the meeting held on 22 January 2025",
         "outcome": "agreed", "themes": []},
        {"item": "ASCH.34", "text": "notes the outcome of the consultation on care at home services",
         "outcome": "recommended",
         "themes": ["subcontracting", "adult-social-care", "workforce", "patient-and-public-input"]},
        {"item": "ASCH.35", "text": "notes the presentation and the improvement in ambulance handover times",
         "outcome": "other", "themes": ["governance"]},
        {"item": "ASCH.36", "text": "supports the proposed two-year extension of the integrated drug and alcohol",
         "outcome": "recommended", "themes": ["subcontracting", "public-health", "children-and-families"]},
        {"item": "ASCH.37", "text": "endorses the draft Adult Social Care Workforce Strategy 2025-2028",
         "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
        {"item": "ASCH.38", "text": "notes the work programme, subject to the change agreed at the meeting",
         "outcome": "noted", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor M. Oyelaran", "role": "Chair", "attendance": "present"},
        {"name": "Councillor P. Grimshaw", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor S. Ahmed", "role": None, "attendance": "present"},
        {"name": "Councillor D. Birtwistle", "role": None, "attendance": "present"},
        {"name": "Councillor K. Fairclough", "role": None, "attendance": "present"},
        {"name": "Councillor J. Hollinrake", "role": None, "attendance": "present"},
        {"name": "Councillor R. Nuttall", "role": "substitute for Councillor T. Walsh", "attendance": "present"},
        {"name": "Councillor L. Prendergast", "role": None, "attendance": "present"},
        {"name": "Mrs A. Cowell", "role": "co-opted member, Thornmoor Healthwatch", "attendance": "present"},
        {"name": "Councillor B. Entwistle", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Ms H. Dearden", "role": "Strategic Director of Adult Social Care, Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Dr F. Mensah", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr G. Kershaw", "role": "Head of Commissioning and Market Management, Adults",
         "attendance": "in_attendance"},
        {"name": "Ms C. Lomax",
         "role": "Deputy Director of Place, Thornmoor Locality, Greater Pendle Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr W. Ashworth", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Councillor T. Walsh", "role": None, "attendance": "apologies"},
        {"name": "Councillor E. Sutcliffe", "role": None, "attendance": "apologies"},
    ],
}

GOLD_TXT = {
    "document": TXT_NAME,
    "doc_type": "other",
    "themes": ["primary-care", "subcontracting", "finance", "workforce", "public-health",
               "patient-and-public-input", "children-and-families"],
}


def norm(s):
    s = s.replace(SHY, "")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    src = norm(pdf_source_text())
    for kind, rows, keys in (("q", GOLD_PDF["questions"], ("text", "answer")),
                             ("r", GOLD_PDF["resolutions"], ("text",))):
        for row in rows:
            for k in keys:
                ph = row.get(k)
                if ph is None:
                    continue
                n = len(ph.split())
                c = src.count(norm(ph))
                if c != 1 or not (6 <= n <= 15):
                    ok = False
                    print(f"FAIL {kind}.{k}: count={c} words={n}: {ph}")
    # also check against extracted PDF text (soft hyphens may split words, so just report)
    pdf_path = os.path.join(DOCS, PDF_NAME)
    if os.path.exists(pdf_path):
        import pdfplumber
        with pdfplumber.open(pdf_path) as p:
            txt = "\n".join(pg.extract_text() or "" for pg in p.pages)
        txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
        t = norm(txt)
        miss = [r[k] for r in GOLD_PDF["questions"] + GOLD_PDF["resolutions"] for k in ("text", "answer")
                if r.get(k) and norm(r[k]) not in t]
        print(f"info: {len(miss)} phrases not found in de-hyphenated PDF extraction" +
              ("" if not miss else ": " + "; ".join(miss)))
    q, r = len(GOLD_PDF["questions"]), len(GOLD_PDF["resolutions"])
    print(f"{PDF_NAME}: items={len(GOLD_PDF['items'])} questions={q} resolutions={r} "
          f"attendees={len(GOLD_PDF['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    for g in (GOLD_PDF, GOLD_TXT):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
