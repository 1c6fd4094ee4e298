#!/usr/bin/env python3
"""Build the "do-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_do.py           build documents/do-* and gold/do-*.json
        build_do.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 24, 10, 0, 0, tzinfo=datetime.timezone.utc)

PDF_NAME = "do-harrowfield-community-health-scrutiny-panel-2025-06-17.pdf"
DOCX_NAME = "do-harrowfield-brackenhurst-health-impact-assessment.docx"

# ---------------------------------------------------------------- PDF content
COUNCIL = "HARROWFIELD DISTRICT COUNCIL"
TITLE = "COMMUNITY HEALTH SCRUTINY PANEL"

ATTEND = [
    ("Present:", "Councillor Mrs H Ashdown (Chairman); Councillor T Baverstock (Vice-Chairman); "
     "Councillors P Coyle, R Deshmukh, L Everett, M Fairbrother, J Gunning and W Oakes "
     "(substituting for Councillor V Mortlake)."),
    ("Also present:", "Councillor K Harlow (Cabinet Member for Communities and Wellbeing); "
     "Dr N Lamb (Associate Director of Primary Care and Community Services, Vale and Downs "
     "Integrated Care Board); Mr D Quayle (Chief Executive, Harrowfield Leisure Trust)."),
    ("Officers:", "Ms A Iredale (Head of Community Wellbeing, Housing and Environmental "
     "Services); Mr S Jowett (Private Sector Housing and Environmental Health Team Leader); "
     "Mrs C Kettering (Democratic Services and Scrutiny Support Officer)."),
    ("Apologies:", "Councillors V Mortlake and G Nairn."),
]

# each item: (number, title, list of blocks). blocks: ("p", text) | ("t", rows) | ("r", intro, clauses)
ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Councillors V Mortlake and G Nairn. "
              "Councillor W Oakes attended as substitute for Councillor Mortlake."),
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor R Deshmukh declared a non-registrable interest in Minute 5 as she is "
              "employed as a dispensing assistant at a community pharmacy in Harrowfield town "
              "centre. She remained in the meeting and took part in the discussion but did not "
              "vote. No other declarations were made."),
    ]),
    ("3", "MINUTES", [
        ("r", "The Panel RESOLVED:",
         ["That the minutes of the meeting of the Panel held on 8 April 2025 be approved as a "
          "correct record and signed by the Chairman."]),
    ]),
    ("4", "PUBLIC PARTICIPATION", [
        ("p", "The Democratic Services and Scrutiny Support Officer reported that no questions, "
              "statements or petitions had been received from members of the public by the "
              "deadline of 12 noon on 12 June 2025."),
    ]),
    ("5", "ACCESS TO GP AND DENTAL SERVICES IN THE DISTRICT", [
        ("p", "Dr N Lamb, Associate Director of Primary Care and Community Services at the Vale "
              "and Downs Integrated Care Board (ICB), introduced the report, which set out "
              "appointment activity across the eleven practices in the District, the position "
              "on NHS dentistry following the return of two contracts in 2024, and the ICB's "
              "plans for the coming year. The questions raised by Members and the responses given are summarised below."),
        ("t", [
            ("Councillor Coyle asked why patients in the eastern villages were still waiting "
             "more than three weeks for a routine appointment with a GP, when the report "
             "described access as improving.",
             "Dr Lamb said that the average masked considerable variation. Two practices in the "
             "east had each lost a salaried GP in the winter and had relied on locums. Both had "
             "now recruited and the ICB expected waits there to fall to the district average by "
             "September."),
            ("Councillor Everett expressed concern that the online booking system disadvantaged "
             "older residents without internet access or confidence in using it.",
             "Dr Lamb accepted the point. Every practice was required to keep telephone and "
             "walk-in routes open and the ICB was funding digital champions in libraries to help "
             "residents use the NHS App; a survey of patients would be repeated in the autumn."),
            ("Councillor Gunning queried how many residents were unable to register with an NHS "
             "dentist and whether the returned contracts had been re-procured.",
             "The ICB did not hold a waiting list for dentistry, as patients were not registered "
             "with a dentist. The returned activity had been re-procured and two new providers "
             "would begin treating patients in Harrowfield and Little Sowerby from October 2025."),
            ("Councillor Deshmukh asked whether the Pharmacy First scheme had reduced pressure "
             "on practices, and how its take-up was being measured.",
             "Dr Lamb replied that around 900 consultations a month were now being delivered by "
             "community pharmacies in the District, mostly for sore throats and urinary tract "
             "infections, which the ICB estimated was the equivalent of one full-time GP."),
            ("Councillor Baverstock requested that the Panel receive practice-by-practice "
             "figures rather than district averages at its next update.",
             "Dr Lamb agreed to provide the figures, subject to suppressing very small numbers, "
             "and undertook to share the results of the autumn patient survey with the Panel."),
        ]),
        ("r", "The Panel RESOLVED:",
         ["That the report and the responses given to Members' questions be noted.",
          "That the ICB be asked to provide practice-level appointment and waiting time data to "
          "the Panel's meeting in November 2025."]),
    ]),
    ("6", "DAMP AND MOULD IN PRIVATE RENTED HOMES – HEALTH IMPACTS", [
        ("p", "Mr S Jowett, Private Sector Housing and Environmental Health Team Leader, "
              "presented the report on damp and mould enforcement in 2024/25. Members raised the following questions and comments:"),
        ("t", [
            ("Councillor Fairbrother asked how long tenants typically waited between reporting "
             "damp to the Council and a visit.",
             "Mr Jowett said the median wait was 19 working days, but cases involving a child "
             "under five were visited within five working days."),
            ("Councillor Oakes commented that many tenants were afraid of retaliatory eviction "
             "if they complained, and asked what reassurance the Council could offer.",
             "The Head of Community Wellbeing, Housing and Environmental Services said that an "
             "improvement notice protected a tenant from a section 21 notice for six months and "
             "that officers explained this at the first visit; the Council's tenancy relations "
             "officer could also give advice."),
            ("Councillor Coyle sought clarification on whether the two vacant enforcement posts "
             "had been advertised and whether agency staff were being used in the meantime.",
             "Mr Jowett confirmed that both posts had been advertised twice without a suitable "
             "appointment. One agency surveyor had been engaged until March, and the Council was "
             "now offering a trainee post with support towards a professional qualification."),
            ("Councillor Everett asked whether GPs and health visitors were referring patients "
             "whose illness appeared to be linked to poor housing conditions.",
             "Mr Jowett said that a referral pathway with the health visiting service had been "
             "running since February and had produced 23 referrals. The ICB had agreed to "
             "promote a similar pathway to practices through its primary care bulletin."),
            ("Councillor Gunning expressed concern that fines recovered from landlords were not "
             "being reinvested in the enforcement service.",
             "The Cabinet Member for Communities and Wellbeing said that civil penalty income "
             "was ring-fenced by law for private sector housing enforcement and that the 2024/25 "
             "receipts of £48,500 would be carried forward into the service's budget."),
        ]),
        ("r", "The Panel RESOLVED:",
         ["That the report be noted and officers be thanked for their work.",
          "That it be RECOMMENDED to Cabinet that the Council explore funding for a dedicated "
          "damp and mould officer post ahead of the extension of Awaab's Law.",
          "That the Head of Community Wellbeing, Housing and Environmental Services report back "
          "on recruitment to the vacant enforcement posts in six months."]),
    ]),
    ("7", "LEISURE CENTRE OPERATOR CONTRACT – HEALTH AND WELLBEING OUTCOMES", [
        ("p", "Mr D Quayle, Chief Executive of Harrowfield Leisure Trust, and the Head of "
              "Community Wellbeing, Housing and Environmental Services presented the annual "
              "report on the performance of the leisure management contract, now in its sixth "
              "year, with particular reference to the exercise on referral, falls prevention "
              "and weight management programmes delivered under it. Total visits had recovered "
              "to 604,000, above pre-pandemic levels, but the management fee paid by the "
              "Council had risen by 11 per cent because of energy costs."),
        ("p", "Councillor Fairbrother asked whether the contract included any penalty where "
              "health programme targets were missed. The Head of Community Wellbeing explained "
              "that the contract contained a performance deduction mechanism but that it "
              "applied only to facility availability and cleanliness, and that outcome targets "
              "would be strengthened when the contract was retendered in 2027. Councillor "
              "Baverstock questioned whether the Trust had considered transferring the service "
              "to a larger commercial operator, as had happened in a neighbouring district; Mr "
              "Quayle replied that the Trust's board remained committed to its charitable "
              "status and that any surplus was reinvested in community programmes. Councillor "
              "Oakes queried the fall in the number of people completing the twelve week "
              "exercise on referral course. In response, Mr Quayle said that completion had "
              "dropped to 54 per cent after the referral criteria were widened to include "
              "people with low mood, and that a buddying scheme was being piloted to improve "
              "it. Councillor Coyle commented that the price of a swim for families on low "
              "incomes remained too high and urged that the concessionary scheme be publicised "
              "more widely; no response was recorded."),
        ("r", "The Panel RESOLVED:",
         ["That the annual performance report on the leisure management contract be noted."]),
    ]),
    ("8", "WORK PROGRAMME 2025/26", [
        ("p", "The Panel considered its draft work programme for the municipal year. The "
              "Chairman proposed that the review of social prescribing be brought forward to "
              "September, and that an item on hospital discharge to care homes in the District "
              "be added for January 2026."),
        ("r", "The Panel RESOLVED:",
         ["That the work programme for 2025/26 be agreed, subject to the changes proposed by the "
          "Chairman at the meeting."]),
        ("p", "The meeting began at 6.30 pm and ended at 8.52 pm."),
    ]),
]


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Harrowfield District Council", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Community Health Scrutiny Panel – 17 June 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Page {self.page_no()}", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chairman's initials ..........", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Community Health Scrutiny Panel - 17 June 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Harrowfield DC committee system")
    pdf.set_producer("Harrowfield DC committee system")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 19)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held in the Council Chamber, Harrowfield House, "
                   "Market Street, Harrowfield on Tuesday 17 June 2025 at 6.30 pm",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text in ATTEND:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(32, 5, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for num, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(10, 6, num + ".")
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for b in blocks:
            if b[0] == "p":
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(W - 10, 5, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif b[0] == "t":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.set_x(pdf.l_margin + 10)
                with pdf.table(width=W - 10, col_widths=(1, 1), borders_layout="NONE",
                               align="RIGHT", text_align="LEFT", line_height=4.8,
                               padding=(1.2, 3, 1.2, 0), repeat_headings=1,
                               headings_style=FontFace(emphasis="BOLD"),
                               first_row_as_headings=True) as t:
                    t.row(["Question raised", "Response"])
                    for q, a in b[1]:
                        t.row([q, a])
                pdf.ln(3)
            elif b[0] == "r":
                pdf.set_x(pdf.l_margin + 10)
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(W - 10, 5, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("DejaVu", "", 10)
                clauses = b[2]
                for i, c in enumerate(clauses, 1):
                    pdf.set_x(pdf.l_margin + 10)
                    if len(clauses) > 1:
                        pdf.cell(10, 5, f"({i})")
                        pdf.multi_cell(W - 20, 5, c, align="J", new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.multi_cell(W - 10, 5, c, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(3)
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "Chairman ..................................    Date ....................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def pdf_source_text():
    parts = [COUNCIL, TITLE]
    for l, t in ATTEND:
        parts += [l, t]
    for num, title, blocks in ITEMS:
        parts.append(num + ". " + title)
        for b in blocks:
            if b[0] == "p":
                parts.append(b[1])
            elif b[0] == "t":
                parts.append("Question raised Response")
                for q, a in b[1]:
                    parts += [q, a]
            else:
                parts.append(b[1])
                parts += b[2]
    return "\n".join(parts)


def pdf_gold():
    items = [{"number": n, "title": t} for n, t, _ in ITEMS]

    def q(item, kind, text, by, ans, gby, th):
        return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
                "given_by": gby, "themes": th}
    questions = [
        q("5", "question", "still waiting more than three weeks for a routine appointment with a GP",
          "Councillor Coyle", "Both had now recruited and the ICB expected waits there to fall",
          "Dr Lamb", ["primary-care", "workforce"]),
        q("5", "concern", "the online booking system disadvantaged older residents without internet access",
          "Councillor Everett", "Every practice was required to keep telephone and walk-in routes open",
          "Dr Lamb", ["primary-care", "patient-and-public-input"]),
        q("5", "question", "how many residents were unable to register with an NHS dentist",
          "Councillor Gunning", "The returned activity had been re-procured and two new providers",
          None, ["primary-care", "subcontracting"]),
        q("5", "question", "whether the Pharmacy First scheme had reduced pressure on practices",
          "Councillor Deshmukh", "around 900 consultations a month were now being delivered by community pharmacies",
          "Dr Lamb", ["primary-care"]),
        q("5", "request", "receive practice-by-practice figures rather than district averages at its next update",
          "Councillor Baverstock", "Dr Lamb agreed to provide the figures, subject to suppressing very small numbers",
          "Dr Lamb", ["primary-care", "governance"]),
        q("6", "question", "how long tenants typically waited between reporting damp to the Council",
          "Councillor Fairbrother", "the median wait was 19 working days, but cases involving a child",
          "Mr Jowett", ["housing", "public-health"]),
        q("6", "concern", "many tenants were afraid of retaliatory eviction if they complained",
          "Councillor Oakes", "an improvement notice protected a tenant from a section 21 notice for six months",
          "The Head of Community Wellbeing, Housing and Environmental Services", ["housing"]),
        q("6", "question", "whether the two vacant enforcement posts had been advertised and whether agency staff",
          "Councillor Coyle", "both posts had been advertised twice without a suitable appointment",
          "Mr Jowett", ["workforce", "housing"]),
        q("6", "question", "whether GPs and health visitors were referring patients whose illness appeared",
          "Councillor Everett", "a referral pathway with the health visiting service had been running since February",
          "Mr Jowett", ["housing", "primary-care", "public-health"]),
        q("6", "concern", "fines recovered from landlords were not being reinvested in the enforcement service",
          "Councillor Gunning", "civil penalty income was ring-fenced by law for private sector housing enforcement",
          "The Cabinet Member for Communities and Wellbeing", ["finance", "housing"]),
        q("7", "question", "whether the contract included any penalty where health programme targets were missed",
          "Councillor Fairbrother", "outcome targets would be strengthened when the contract was retendered in 2027",
          "The Head of Community Wellbeing", ["subcontracting", "public-health"]),
        q("7", "question", "transferring the service to a larger commercial operator, as had happened",
          "Councillor Baverstock", "the Trust's board remained committed to its charitable status",
          "Mr Quayle", ["privatisation", "subcontracting"]),
        q("7", "question", "queried the fall in the number of people completing the twelve week",
          "Councillor Oakes", "completion had dropped to 54 per cent after the referral criteria were widened",
          "Mr Quayle", ["public-health", "mental-health"]),
        q("7", "comment", "the price of a swim for families on low incomes remained too high",
          "Councillor Coyle", None, None, ["finance"]),
    ]
    resolutions = [
        {"item": "3", "text": "minutes of the meeting of the Panel held on 8 April 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "the report and the responses given to Members' questions be noted",
         "outcome": "agreed", "themes": ["primary-care", "governance"]},
        {"item": "6", "text": "explore funding for a dedicated damp and mould officer post",
         "outcome": "recommended", "themes": ["housing", "workforce", "finance"]},
        {"item": "7", "text": "the annual performance report on the leisure management contract be noted",
         "outcome": "noted", "themes": ["subcontracting"]},
        {"item": "8", "text": "the work programme for 2025/26 be agreed, subject to the changes",
         "outcome": "agreed", "themes": ["governance"]},
    ]
    A = lambda n, r, a: {"name": n, "role": r, "attendance": a}
    attendees = [
        A("Mrs H Ashdown", "Chairman", "present"),
        A("T Baverstock", "Vice-Chairman", "present"),
        A("P Coyle", None, "present"),
        A("R Deshmukh", None, "present"),
        A("L Everett", None, "present"),
        A("M Fairbrother", None, "present"),
        A("J Gunning", None, "present"),
        A("W Oakes", "substituting for Councillor V Mortlake", "present"),
        A("K Harlow", "Cabinet Member for Communities and Wellbeing", "in_attendance"),
        A("Dr N Lamb", "Associate Director of Primary Care and Community Services, Vale and Downs Integrated Care Board", "in_attendance"),
        A("Mr D Quayle", "Chief Executive, Harrowfield Leisure Trust", "in_attendance"),
        A("Ms A Iredale", "Head of Community Wellbeing, Housing and Environmental Services", "in_attendance"),
        A("Mr S Jowett", "Private Sector Housing and Environmental Health Team Leader", "in_attendance"),
        A("Mrs C Kettering", "Democratic Services and Scrutiny Support Officer", "in_attendance"),
        A("V Mortlake", None, "apologies"),
        A("G Nairn", None, "apologies"),
    ]
    return {"document": PDF_NAME, "doc_type": "minutes",
            "committee": "Community Health Scrutiny Panel", "meeting_date": "2025-06-17",
            "items": items, "questions": questions, "resolutions": resolutions,
            "attendees": attendees}


# ---------------------------------------------------------------- DOCX (HIA report)
HIA = {
    "title": "Health Impact Assessment",
    "subtitle": "Brackenhurst Estate Regeneration – Phases 2 and 3",
    "meta": [("Lead officer", "Ms A Iredale, Head of Community Wellbeing, Housing and Environmental Services"),
             ("Prepared with", "Vale and Downs Public Health Team; Harrowfield Homes Partnership"),
             ("Version / date", "Version 1.2 – 2 May 2025"),
             ("Status", "Final – for submission to Cabinet, 22 July 2025")],
    "sections": [
        ("1. Introduction", [
            "This Health Impact Assessment (HIA) considers how the second and third phases of the "
            "Brackenhurst Estate regeneration scheme are likely to affect the health and "
            "wellbeing of existing residents, people who will move into the new homes, and "
            "neighbouring communities. It follows the rapid desktop method recommended in the "
            "Council's Health in All Policies toolkit and draws on resident engagement carried "
            "out between November 2024 and February 2025.",
            "An HIA is not a decision-making document. Its purpose is to identify likely positive "
            "and negative effects, and who will experience them, so that the design and delivery "
            "of the scheme can maximise benefits and reduce harm."]),
        ("2. The scheme", [
            "Phases 2 and 3 involve the demolition of 164 homes in three 1960s deck-access blocks "
            "and their replacement with 298 new homes, of which 190 will be for social rent, 48 "
            "for shared ownership and 60 for market sale. The scheme also includes a new "
            "community hub with space for a health visiting clinic, a relocated play area and a "
            "pedestrian route to the Brackenhurst Medical Centre. Construction is expected to "
            "take five years, with 102 households needing to move temporarily or permanently."]),
        ("3. Screening", None),  # table follows
        ("4. Potential impacts", [
            "Housing conditions. The existing blocks have a long history of condensation, damp "
            "and mould, and the estate has the highest rate of respiratory complaints to the "
            "Council's environmental health team in the District. New homes built to current "
            "standards should bring substantial long-term benefits to respiratory health, "
            "particularly for children and older residents.",
            "Decant and disruption. Moving home is stressful, and the loss of established "
            "neighbour networks can increase isolation and low mood, especially among older "
            "people living alone and people with existing mental health conditions. Residents "
            "in temporary accommodation during the works may face longer journeys to school, "
            "work and their GP.",
            "Construction phase. Noise, dust and heavy vehicle movements over five years may "
            "affect sleep, air quality and road safety, with children walking to Brackenhurst "
            "Primary School most exposed.",
            "Access to services. The community hub and the new walking route are likely to "
            "improve access to health visiting and primary care, but only if the hub is opened "
            "before the last phase completes.",
            "Affordability. Rents for the new social homes will be higher than existing rents, "
            "and residents raised concern about fuel costs during engagement; more efficient "
            "homes should, however, reduce heating bills."]),
        ("5. Mitigations", [
            "A dedicated resident liaison officer to be in post throughout the decant period, with "
            "priority support for residents aged over 75 and households with a disabled member.",
            "A construction management plan with dust monitoring, restricted delivery hours around "
            "school start and finish times, and a published complaints line.",
            "A guarantee that returning tenants pay no more than their current rent for the first "
            "two years, with advice on benefits and energy tariffs.",
            "The community hub to be delivered in Phase 2 rather than Phase 3."]),
        ("6. Recommendations", [
            "That Cabinet adopts the mitigations in section 5 as conditions of the development "
            "agreement with Harrowfield Homes Partnership.",
            "That the Public Health Team and the housing service agree a small set of health "
            "indicators (respiratory complaints, GP registrations, reported loneliness) to be "
            "monitored annually until two years after completion.",
            "That a further round of resident engagement, including a survey of decanted "
            "households, is carried out at the end of Phase 2 and its results reported to the "
            "Community Health Scrutiny Panel."]),
    ],
    "screening": [
        ("Screening question", "Yes / No / Unsure", "Comment"),
        ("Will the proposal affect the quality or condition of people's homes?", "Yes",
         "Replacement of homes with known damp and mould problems."),
        ("Will people be required to move home, temporarily or permanently?", "Yes",
         "102 households affected across Phases 2 and 3."),
        ("Will it affect access to health, care or community services?", "Yes",
         "New hub and walking route; temporary disruption during works."),
        ("Is there likely to be an effect on air quality, noise or road safety?", "Yes",
         "Construction traffic over an estimated five-year programme."),
        ("Will it affect household incomes or living costs?", "Unsure",
         "Rents rise; energy costs expected to fall."),
        ("Are groups with protected characteristics likely to be affected differently?", "Yes",
         "Older people, disabled residents and families with young children."),
        ("Is a full HIA required?", "No",
         "Rapid HIA judged proportionate; findings to be reviewed after Phase 2."),
    ],
}


def build_docx(path):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Community Wellbeing"
    cp.title = "Health Impact Assessment - Brackenhurst Estate Regeneration"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Community Wellbeing"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Harrowfield District Council")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_heading(HIA["title"], 0)
    d.add_heading(HIA["subtitle"], 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in HIA["meta"]:
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
    for head, paras in HIA["sections"]:
        d.add_heading(head, 1)
        if paras is None:
            d.add_paragraph("The screening questions below were completed by the project group "
                            "on 14 March 2025.")
            s = HIA["screening"]
            tt = d.add_table(rows=0, cols=3)
            tt.style = "Table Grid"
            for i, row in enumerate(s):
                c = tt.add_row().cells
                for j, v in enumerate(row):
                    c[j].text = v
                    if i == 0:
                        c[j].paragraphs[0].runs[0].bold = True
            continue
        style = None
        if head.startswith("5."):
            style = "List Bullet"
        elif head.startswith("6."):
            style = "List Number"
        for ptxt in paras:
            if head.startswith("4.") and ". " in ptxt:
                lead, rest = ptxt.split(". ", 1)
                pp = d.add_paragraph()
                rr = pp.add_run(lead + ". ")
                rr.bold = True
                pp.add_run(rest)
            else:
                d.add_paragraph(ptxt, style=style)
    d.save(path)
    # make zip timestamps deterministic
    import zipfile, shutil
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    shutil.move(tmp, path)


def docx_gold():
    return {"document": DOCX_NAME, "doc_type": "report",
            "themes": ["housing", "public-health", "patient-and-public-input",
                       "adult-social-care", "children-and-families", "mental-health"]}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(src, gold):
    ok = True
    ns = norm(src)
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        cnt = ns.count(norm(ph))
        if cnt != 1 or not (6 <= n <= 15):
            ok = False
            print(f"FAIL {gold['document']} {kind}: count={cnt} words={n}: {ph}")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        ok = check(pdf_source_text(), pdf_gold())
        print("check", "passed" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for g in (pdf_gold(), docx_gold()):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
    ok = check(pdf_source_text(), pdf_gold())
    print("built; check", "passed" if ok else "FAILED")


if __name__ == "__main__":
    main()
