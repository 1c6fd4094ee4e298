#!/usr/bin/env python3
"""Build the "cs-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cs.py           build documents/cs-* and gold/cs-*.json
        build_cs.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
SH = "\u00ad"  # soft hyphen: lets fpdf2 hyphenate long words at line ends

PDF_NAME = "cs-calderbridge-health-wellbeing-board-2025-06-10.pdf"
TXT_NAME = "cs-calderbridge-ask-the-dph-live-qa.txt"

# ---------------------------------------------------------------- PDF content
PRESENT = [
    ("Councillor Helen Marsh (Chair)", "Cabinet Member for Adult Social Care and Health"),
    ("Dr Anil Varma (Vice-Chair)", "Place Clinical Director, Mid Wessex Integrated Care Board"),
    ("Councillor Peter Oduya", "Cabinet Member for Children and Families"),
    ("Councillor Sandra Leigh", "Opposition Group Representative"),
    ("Sarah Pennock", "Director of Public Health"),
    ("Mark Brierley", "Corporate Director of Adults, Health and Housing"),
    ("Joanne Tate", "Director of Children's Services"),
    ("Ruth Ellery", "Chief Executive, Healthwatch Calderbridge"),
    ("Tom Fairhurst", "Chief Executive, Calderbridge Community and Voluntary Service"),
    ("Dr Philip Sowerby", "Deputy Medical Director, Calder Valley Mental Health NHS Foundation Trust (substitute)"),
]
ALSO = [
    ("Kay Mendham", "Head of Commissioning (All Age), Calderbridge Council"),
    ("Dr Lucy Ashdown", "Associate Director of Strategy and Partnerships, Calderbridge and Wessex Hospitals NHS Foundation Trust"),
    ("Daniel Orme", "Senior Democratic Services Officer"),
]
APOLOGIES = [
    ("Councillor Graham Tolley", "Leader of the Council"),
    ("Alison Brook", "Chief Executive, Calder Valley Mental Health NHS Foundation Trust"),
]

# Each item: number, title, list of blocks. Block kinds:
#   ("p", text)  ("sub", text)  ("bullets", [text,...])  ("resolved", [clause,...])
ITEMS = [
    ("34", "Apologies for absence and substitutions", [
        ("p", "Apologies for absence were received from Councillor Graham Tolley and from Alison Brook. "
              "Dr Philip Sowerby attended as substitute for Alison Brook."),
    ]),
    ("35", "Declarations of interest", [
        ("p", "Dr Anil Varma declared a non-pecuniary interest in item 39 (Better Care Fund plan 2025/26) as a "
              "partner at Riverside Medical Practice, which receives funding through the plan for a care home "
              "support scheme. He remained in the meeting and took part in the discussion."),
    ]),
    ("36", "Minutes of the previous meeting", [
        ("resolved", ["That the minutes of the meeting held on 8 April 2025 be approved as a correct record "
                      "and signed by the Chair."]),
    ]),
    ("37", "Questions from the public", [
        ("p", "Two questions had been received in accordance with the Board's procedure rules. The questioners "
              "were present and the Chair responded to each."),
        ("p", "Mr Derek Foulds, a resident of Ashgrove, asked why the Board had not been consulted before the "
              "Ashgrove walk-in centre reduced its opening hours in May, and whether the decision would be "
              "reversed. The Chair replied that the change was a temporary measure taken by the Integrated "
              "Care Board while a GP vacancy was filled, that the Board had been informed by e-mail on 2 May, "
              "and that full opening hours were expected to resume from 1 September."),
        ("p", "Ms Priya Sandhu, on behalf of Calderbridge Carers' Network, asked how much of the carers' "
              "breaks budget had gone unspent in 2024/25 and whether the underspend would be carried forward. "
              "The Chair responded that approximately £212,000 had not been spent, largely because of the "
              "shortage of respite beds, and that the full amount had been carried forward into 2025/26 for "
              "carers' breaks."),
    ]),
    ("38", "Joint Local Health and Wellbeing Strategy 2025-2030: refresh and priorities", [
        ("p", "Sarah Pennock, Director of Public Health, introduced the report, which set out the outcome of "
              "the spring engagement exercise and proposed three priorities for the refreshed strategy: giving "
              "every child the best start, healthy working lives, and ageing well in our communities."),
        ("sub", "Summary of discussion"),
        ("bullets", [
            "Councillor Leigh asked how many residents had taken part in the engage" + SH + "ment exercise "
            "and whether the most deprived wards were represented. Response: The Director of Public Health "
            "said that 1,486 survey responses had been received, and that targeted sessions had been held "
            "in Brookfield and Northgate where returns had been lowest.",
            "Ruth Ellery expressed concern that the priorities said little about people living with long-term "
            "conditions, and asked that Healthwatch findings on diabetes care be reflected in the action plan. "
            "Response: The Director agreed to include the Healthwatch findings in the delivery plan due in "
            "September.",
            "A Member questioned whether the strategy could be delivered without additional resources given "
            "the reduction in the public health grant in real terms. Response: The Corporate Director said "
            "that delivery would rely on re-directing existing spend across partners rather than new money.",
            "Tom Fairhurst commented that voluntary sector organisations should be named as delivery "
            "partners in each priority and not only consulted at the end.",
        ]),
        ("resolved", [
            "That the three priorities for the refreshed Joint Local Health and Wellbeing Strategy be endorsed.",
            "That the Director of Public Health, in consultation with the Chair, be authorised to finalise "
            "the strategy document for publication.",
            "That a delivery plan with measurable outcomes be brought to the September meeting.",
        ]),
    ]),
    ("39", "Better Care Fund plan 2025/26", [
        ("p", "Kay Mendham, Head of Commissioning (All Age), presented the Better Care Fund plan, which had been "
              "submitted to NHS England on 31 March 2025 under delegated authority, and summarised the "
              "schemes funded from the pooled budget of £38.4 million."),
        ("sub", "Summary of discussion"),
        ("bullets", [
            "Councillor Oduya asked why the number of people still at home 91 days after discharge into "
            "reablement had fallen over the last two quarters. Response: The Head of Commissioning explained "
            "that the reablement service had carried eleven vacancies over the winter and that a "
            "recruitment campaign was now under way.",
            "A Member sought clarification on how much of the plan was spent with private home care "
            "providers rather than the in-house service. Response: It was confirmed that around 70 per cent "
            "of home care hours funded through the plan were delivered by independent providers.",
            "Dr Varma requested that the Board receive quarterly monitoring of the discharge to assess "
            "pathway rather than the annual summary.",
        ]),
        ("resolved", [
            "That the Better Care Fund plan 2025/26 as submitted to NHS England be approved retrospectively.",
            "That authority be delegated to the Corporate Director of Adults, Health and Housing to agree "
            "in-year changes to scheme allocations of up to £250,000.",
        ]),
    ]),
    ("40", "Home care recommis" + SH + "sioning: outcome of market engagement", [
        ("p", "The Head of Commissioning (All Age) reported on market engagement carried out ahead of the "
              "recommissioning of home care from April 2026, when the current framework contracts expire. "
              "Twenty-three providers had taken part. Options included a zoned model with a lead provider in "
              "each of four zones, or a wider open framework."),
        ("sub", "Summary of discussion"),
        ("bullets", [
            "Councillor Leigh raised concerns that a zoned model would hand large parts of the borough to a "
            "small number of national companies, and asked whether an in-house option had been costed. "
            "Response: The Corporate Director said that an in-house option had been modelled and would be "
            "set out in the Cabinet report, but would cost an estimated £3.1 million more each year.",
            "Members asked whether the new contracts would require providers to pay care workers the real "
            "Living Wage. Response: The Head of Commissioning confirmed that payment of the real Living Wage "
            "would be a contractual requirement, funded through the hourly rate.",
            "Ruth Ellery asked that people who use home care and their families help to design the "
            "specification and sit on the tender evaluation panel.",
        ]),
        ("resolved", [
            "That the outcome of the market engagement be noted.",
            "That Cabinet be recommended to approve a zoned model for home care with an in-house provider "
            "of last resort, subject to the full business case.",
        ]),
    ]),
    ("41", "Children and young people's emotional wellbeing and mental health", [
        ("p", "Joanne Tate, Director of Children's Services, and Dr Philip Sowerby presented the annual refresh "
              "of the local transformation plan for children and young people's mental health."),
        ("sub", "Summary of discussion"),
        ("bullets", [
            "Councillor Oduya asked what the current waiting time was for a first CAMHS appointment. "
            "Response: Dr Sowerby said that the median wait was 14 weeks, against a target of 8 weeks, and "
            "that waits for neurodevelopmental assessment were considerably longer.",
            "A Member queried how many schools were now covered by a mental health support team. Response: "
            "The Director of Children's Services said that 41 of the borough's 68 schools were covered, with "
            "a further team funded from January 2026.",
            "Tom Fairhurst noted that voluntary sector counselling services were receiving referrals that "
            "could not be met within their grant funding.",
        ]),
        ("resolved", [
            "That the refreshed local transformation plan be noted and its progress welcomed.",
        ]),
    ]),
    ("42", "Board forward plan", [
        ("resolved", [
            "That the forward plan be noted, with a report on the Pharmaceutical Needs Assessment added "
            "for November.",
        ]),
    ]),
]

# ---------------------------------------------------------------- PDF gold
PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-06-10",
    "items": [{"number": n, "title": t.replace(SH, "")} for n, t, _ in ITEMS],
    "questions": [
        {"item": "37", "kind": "question",
         "text": "asked why the Board had not been consulted before the Ashgrove walk-in centre",
         "asked_by": "Mr Derek Foulds",
         "answer": "the change was a temporary measure taken by the Integrated Care Board",
         "given_by": "The Chair", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "37", "kind": "question",
         "text": "asked how much of the carers' breaks budget had gone unspent in 2024/25",
         "asked_by": "Ms Priya Sandhu",
         "answer": "the full amount had been carried forward into 2025/26 for carers' breaks",
         "given_by": "The Chair", "themes": ["adult-social-care", "finance"]},
        {"item": "38", "kind": "question",
         "text": "asked how many residents had taken part in the engagement exercise",
         "asked_by": "Councillor Leigh",
         "answer": "1,486 survey responses had been received, and that targeted sessions had been held",
         "given_by": "The Director of Public Health",
         "themes": ["patient-and-public-input", "public-health"]},
        {"item": "38", "kind": "concern",
         "text": "expressed concern that the priorities said little about people living with long-term conditions",
         "asked_by": "Ruth Ellery",
         "answer": "The Director agreed to include the Healthwatch findings in the delivery plan",
         "given_by": "The Director", "themes": ["public-health", "patient-and-public-input"]},
        {"item": "38", "kind": "question",
         "text": "questioned whether the strategy could be delivered without additional resources",
         "asked_by": "A Member",
         "answer": "delivery would rely on re-directing existing spend across partners rather than new money",
         "given_by": "The Corporate Director", "themes": ["finance", "public-health"]},
        {"item": "38", "kind": "comment",
         "text": "voluntary sector organisations should be named as delivery partners in each priority",
         "asked_by": "Tom Fairhurst", "answer": None, "given_by": None,
         "themes": ["public-health", "patient-and-public-input"]},
        {"item": "39", "kind": "question",
         "text": "asked why the number of people still at home 91 days after discharge",
         "asked_by": "Councillor Oduya",
         "answer": "the reablement service had carried eleven vacancies over the winter",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "workforce", "integration"]},
        {"item": "39", "kind": "question",
         "text": "sought clarification on how much of the plan was spent with private home care",
         "asked_by": "A Member",
         "answer": "around 70 per cent of home care hours funded through the plan",
         "given_by": None,
         "themes": ["adult-social-care", "privatisation", "subcontracting", "integration"]},
        {"item": "39", "kind": "request",
         "text": "requested that the Board receive quarterly monitoring of the discharge to assess pathway",
         "asked_by": "Dr Varma", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "integration", "governance"]},
        {"item": "40", "kind": "concern",
         "text": "raised concerns that a zoned model would hand large parts of the borough",
         "asked_by": "Councillor Leigh",
         "answer": "would cost an estimated £3.1 million more each year",
         "given_by": "The Corporate Director",
         "themes": ["adult-social-care", "privatisation", "subcontracting", "finance"]},
        {"item": "40", "kind": "question",
         "text": "asked whether the new contracts would require providers to pay care workers",
         "asked_by": "Members",
         "answer": "payment of the real Living Wage would be a contractual requirement",
         "given_by": "The Head of Commissioning",
         "themes": ["adult-social-care", "workforce", "subcontracting", "finance"]},
        {"item": "40", "kind": "request",
         "text": "help to design the specification and sit on the tender evaluation panel",
         "asked_by": "Ruth Ellery", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input", "subcontracting"]},
        {"item": "41", "kind": "question",
         "text": "asked what the current waiting time was for a first CAMHS appointment",
         "asked_by": "Councillor Oduya",
         "answer": "the median wait was 14 weeks, against a target of 8 weeks",
         "given_by": "Dr Sowerby", "themes": ["mental-health", "children-and-families"]},
        {"item": "41", "kind": "question",
         "text": "queried how many schools were now covered by a mental health support team",
         "asked_by": "A Member",
         "answer": "41 of the borough's 68 schools were covered, with a further team",
         "given_by": "The Director of Children's Services",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "41", "kind": "comment",
         "text": "voluntary sector counselling services were receiving referrals that could not be met",
         "asked_by": "Tom Fairhurst", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families", "finance"]},
    ],
    "resolutions": [
        {"item": "36", "text": "the minutes of the meeting held on 8 April 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "38", "text": "three priorities for the refreshed Joint Local Health and Wellbeing Strategy be endorsed",
         "outcome": "agreed", "themes": ["public-health"]},
        {"item": "39", "text": "the Better Care Fund plan 2025/26 as submitted to NHS England",
         "outcome": "agreed", "themes": ["integration", "adult-social-care", "finance"]},
        {"item": "40", "text": "Cabinet be recommended to approve a zoned model for home care",
         "outcome": "recommended",
         "themes": ["adult-social-care", "subcontracting", "privatisation"]},
        {"item": "41", "text": "the refreshed local transformation plan be noted and its progress welcomed",
         "outcome": "noted", "themes": ["mental-health", "children-and-families"]},
        {"item": "42", "text": "the forward plan be noted, with a report on the Pharmaceutical Needs Assessment",
         "outcome": "noted", "themes": ["primary-care"]},
    ],
    "attendees": (
        [{"name": re.sub(r" \((Chair|Vice-Chair)\)$", "", n),
          "role": (("Chair; " if n.endswith("(Chair)") else "Vice-Chair; " if n.endswith("(Vice-Chair)") else "") + r),
          "attendance": "present"} for n, r in PRESENT]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
        + [{"name": n, "role": r, "attendance": "apologies"} for n, r in APOLOGIES]
    ),
}


class MinutesPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.set_draw_color(150)
        self.line(20, self.get_y() - 2, 190, self.get_y() - 2)
        self.cell(85, 5, "Health and Wellbeing Board 10.06.25", align="L")
        self.cell(85, 5, str(self.page_no()), align="R")


def build_pdf(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 6, 17, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Health and Wellbeing Board - 10 June 2025")
    pdf.set_author("Calderbridge Council Democratic Services")
    pdf.set_producer("modern.gov")
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 170
    pdf.set_font("dv", "B", 13)
    pdf.multi_cell(W, 7, "Calderbridge Council", align="L")
    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(W, 6, "Health and Wellbeing Board", align="L")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(W, 5.5, "Minutes of the meeting held on Tuesday, 10 June 2025 at 2.00 pm in "
                   "Committee Room 2, Civic Centre, Calderbridge", align="L")
    pdf.ln(3)

    def pairs(label, rows):
        pdf.set_font("dv", "B", 10)
        pdf.cell(W, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        for name, role in rows:
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.multi_cell(62, 4.6, name, align="L")
            y1 = pdf.get_y()
            pdf.set_xy(84, y)
            pdf.multi_cell(106, 4.6, "– " + role, align="L")
            pdf.set_y(max(y1, pdf.get_y()) + 0.8)
        pdf.ln(2)

    pairs("Present:", PRESENT)
    pairs("Also present:", ALSO)
    pairs("Apologies:", APOLOGIES)

    for num, title, blocks in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("dv", "B", 10.5)
        y = pdf.get_y()
        pdf.cell(12, 6, num + ".")
        pdf.set_xy(32, y)
        pdf.multi_cell(W - 12, 6, title, align="L")
        pdf.ln(1)
        for kind, val in blocks:
            pdf.set_x(32)
            if kind == "p":
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(W - 12, 5.2, val, align="J")
                pdf.ln(2)
            elif kind == "sub":
                pdf.set_font("dv", "B", 10)
                pdf.multi_cell(W - 12, 5.5, val, align="L")
                pdf.ln(1)
            elif kind == "bullets":
                pdf.set_font("dv", "", 10)
                for b in val:
                    y = pdf.get_y()
                    if y > 262:
                        pdf.add_page(); y = pdf.get_y()
                    pdf.set_xy(34, y)
                    pdf.cell(5, 5.2, "•")
                    pdf.set_xy(40, y)
                    pdf.multi_cell(W - 20, 5.2, b, align="J")
                    pdf.ln(1.2)
                pdf.ln(1)
            elif kind == "resolved":
                pdf.set_font("dv", "B", 10)
                pdf.set_x(32)
                pdf.cell(W - 12, 5.5, "Resolved:", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("dv", "", 10)
                if len(val) == 1:
                    pdf.set_x(32)
                    pdf.multi_cell(W - 12, 5.2, val[0], align="J")
                else:
                    for i, c in enumerate(val, 1):
                        y = pdf.get_y()
                        pdf.set_xy(32, y)
                        pdf.cell(9, 5.2, f"({i})")
                        pdf.set_xy(41, y)
                        pdf.multi_cell(W - 21, 5.2, c, align="J")
                        pdf.ln(0.8)
                pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("dv", "", 9.5)
    pdf.multi_cell(W, 5, "The meeting commenced at 2.00 pm and concluded at 4.12 pm.", align="L")
    pdf.ln(8)
    pdf.multi_cell(W, 5, "Chair ..............................................", align="L")
    pdf.output(path)


def pdf_source_text():
    parts = [n + " " + r for n, r in PRESENT + ALSO + APOLOGIES]
    for num, title, blocks in ITEMS:
        parts.append(num + ". " + title)
        for kind, val in blocks:
            parts.extend(val if isinstance(val, list) else [val])
    return "\n".join(parts).replace(SH, "")


# ---------------------------------------------------------------- TXT (not minutes)
TXT = """Calderbridge Council Press Office
#AskTheDPH live Q&A - transcript
Thursday 19 June 2025, 12.30pm to 1.15pm, on the council's X and Facebook pages

Our Director of Public Health, Sarah Pennock, answered your questions live. Questions have been
lightly edited for length and spelling. Posts that named individuals or contained personal medical
details have not been included.

----------------------------------------------------------------------

Q from @brookfield_mum: Is the school nurse drop-in at Brookfield coming back in September? My
daughter used it loads.
A: Yes - the drop-ins restart in the first week of the autumn term at all six secondary schools.
Timetables will be on the school websites by the end of August.

Q from @calder_cyclist: Why has the council cut the stop smoking service? Friend was told there's a
waiting list.
A: The service hasn't been cut. Demand went up by about a third after the vape swap scheme launched,
so there's currently a two-week wait for a first appointment. We've moved two advisers across from
another team to bring that down.

Q from @NorthgateNan: Where can I get my flu jab this year if I'm not registered with a GP?
A: Community pharmacies can vaccinate anyone eligible, whether or not you're registered. We'll post
the full list of clinics in September.

Q from @j_okafor: How much does the council actually spend on public health and who decides?
A: Our public health grant this year is £17.9m. It's ring-fenced, and how it's spent is agreed
through the council's budget and overseen by the Health and Wellbeing Board, which meets in public.

Q from @ashgrove_residents: Will the walk-in centre hours change affect A&E waits?
A: That's a question for the NHS, so we've passed it to the Integrated Care Board and will share
their reply on this page.

Q from @TeenVoiceCalder: Are young people going to be asked about the new health strategy or is it
just adults again?
A: We want to hear from you! The Youth Council is running sessions over the summer and there's a
short online survey for 11-18s - link in our bio.

Q from @dave_on_the_allotment: Is the sexual health clinic being privatised? Heard a rumour.
A: No. The contract is out to tender because the current one ends next year, and the NHS trust
that runs it now is able to bid. Whoever runs it, the clinic will stay free and confidential.

Q from @calderbridgecarers: What support is there for people looking after someone with dementia?
A: The Carers' Centre offers breaks, training and a dementia support group every Tuesday. Ring
the Adult Social Care front door on 01632 960 440 for a carer's assessment.

----------------------------------------------------------------------

That's all we have time for - thank you for all your questions. We'll answer the ones we couldn't
get to over the next week. For health advice please contact your GP or NHS 111.

Calderbridge Council Press Office | press@calderbridge.example.gov.uk
"""

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "other",
    "themes": ["public-health", "patient-and-public-input", "primary-care", "children-and-families",
               "subcontracting", "finance"],
    "note": "A press office social media Q&A transcript: not minutes, not a news story; no questions, "
            "resolutions or attendees are to be extracted.",
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SH, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    src = norm(pdf_source_text())
    phrases = []
    for q in PDF_GOLD["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in PDF_GOLD["resolutions"]:
        phrases.append(("resolution", r["text"]))
    try:
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as p:
            pdftxt = "\n".join(pg.extract_text() or "" for pg in p.pages)
        pdftxt = re.sub(r"-\n(?=[a-z])", "", pdftxt)
        pdfn = norm(pdftxt)
    except Exception as e:
        print("could not read PDF:", e); pdfn = None
    for kind, ph in phrases:
        n = len(ph.split())
        c = src.count(norm(ph))
        if c != 1 or not (6 <= n <= 15):
            ok = False
            print(f"FAIL {kind}: count={c} words={n}: {ph}")
        if pdfn is not None and norm(ph) not in pdfn:
            print(f"note: not found in extracted PDF text (layout/hyphenation): {ph}")
    for item in PDF_GOLD["items"]:
        pass
    with open(os.path.join(DOCS, TXT_NAME), encoding="utf-8") as f:
        if f.read() != TXT:
            ok = False; print("FAIL: txt differs from source")
    for name in (PDF_NAME, TXT_NAME):
        g = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
        if not os.path.exists(g):
            ok = False; print("FAIL: missing gold", g)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT)
    for name, gold in ((PDF_NAME, PDF_GOLD), (TXT_NAME, TXT_GOLD)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built", PDF_NAME, TXT_NAME)


if __name__ == "__main__":
    main()
