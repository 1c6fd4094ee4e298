#!/usr/bin/env python
"""Build the "p-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_p.py          # write documents/p-* and gold/p-*.json
    python tests/other-councils/build_p.py --check  # verify every gold phrase is verbatim and unique

All councils, people, places and figures are invented.
Deterministic: fixed creation dates, no randomness.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 1, 22, 9, 30, 0, tzinfo=dt.timezone.utc)
SHY = "\u00ad"


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------------------
# Document 1: seaside unitary, Health and Adult Social Care O&S Panel, PDF
# --------------------------------------------------------------------------------------
P1 = "p-wrenmouth-bay-hasc-panel-2026-01-15.pdf"

P1_HEADER_L = "Wrenmouth Bay Council"
P1_HEADER_R = "Health and Adult Social Care Overview and Scrutiny Panel \u2013 15 January 2026"

# Each block: ("title", text) | ("h", heading) | ("p", paragraph) | ("label", text)
# | ("list", [lines]) | ("res", [clauses]) | ("gap",) | ("table", rows) | ("sig",)
P1_BLOCKS = [
    ("title", "MINUTES OF HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY PANEL "
              "MEETING \u2013 THURSDAY, 15 JANUARY 2026"),
    ("p", "Held in Committee Room A, Town Hall, Harbour Parade, Wrenmouth at 6.00 pm"),
    ("label", "Present:"),
    ("list", [
        "Councillor M Pellow (Chairman)",
        "Councillors D Anand (Vice-Chairman), S Brightwell, J Carrick, T Hoskins, "
        "K O\u2019Donnell and R Tregear",
        "Councillor P Fitzgerald (substitute for Councillor A Lamb)",
        "Co-opted (non-voting): Mrs H Boswarva, Healthwatch Wrenmouth Bay",
    ]),
    ("label", "Apologies:"),
    ("list", ["Councillor A Lamb and Councillor E Veale"]),
    ("label", "In Attendance:"),
    ("list", [
        "Councillor G Hennessey, Cabinet Member for Adult Social Care and Health Inequalities",
        "Ms Tamsin Orchard, Director of Adult Social Services and Integrated Commissioning",
        "Dr Nkechi Obi, Director of Public Health",
        "Mr Lewis Pascoe, Head of Commissioning and Contract Management (All-Age)",
        "Mrs Ruth Kitto, Chief Operating Officer, Wrenmouth and District Hospitals NHS "
        "Foundation Trust",
        "Mr Jonathan Prideaux, Director of Strategy and Partnerships (Wrenmouth Bay Place), "
        "NHS South Coast Integrated Care Board",
        "Ms Sian Gwyther, Senior Democratic Governance Adviser (Scrutiny)",
    ]),
    ("h", "1  DECLARATIONS OF INTEREST"),
    ("p", "Councillor O\u2019Donnell declared a personal interest in Item 6, \u2018Urgent and "
          "Emergency Care \u2013 Winter Performance and Hospital Discharge\u2019, the nature of the "
          "interest being that her daughter is employed as a staff nurse by Wrenmouth and "
          "District Hospitals NHS Foundation Trust. She remained in the meeting and took part "
          "in the discussion."),
    ("h", "2  MINUTES OF THE LAST MEETING HELD ON 20 NOVEMBER 2025"),
    ("p", "The Panel considered the minutes of the last meeting held on 20 November 2025."),
    ("res", ["That the minutes of the meeting held on 20 November 2025 be signed by the "
             "Chairman as a correct record."]),
    ("h", "3  PUBLIC QUESTIONS"),
    ("p", "The Chairman reported that one question had been received from a member of the "
          "public in accordance with the Panel\u2019s procedure rules for public participation, "
          "and that a written copy of the question and reply had been circulated to Members "
          "before the meeting."),
    ("p", "Mr Alan Trevail, a resident of Porthwenna, asked the Cabinet Member for Adult "
          "Social Care and Health Inequalities why the Council had decided to transfer its "
          "reablement service to a private provider without first talking to the people who "
          "used it. In reply, Councillor Hennessey stated that no decision had yet been taken "
          "to transfer the service, that an options appraisal was being prepared for Cabinet "
          "and that service users and carers would be consulted before any proposal was put "
          "to Cabinet. By way of a supplementary question, Mr Trevail asked whether the "
          "options appraisal would include keeping the reablement service under direct "
          "Council management. Councillor Hennessey confirmed that retaining the service "
          "under Council management would be assessed on the same basis as the other "
          "options and that the appraisal would be published with the Cabinet papers."),
    ("h", "4  EXECUTIVE AND CABINET MEMBER DECISIONS"),
    ("p", "The Panel considered the executive and Cabinet Member decisions within its remit "
          "which had been taken since the last meeting, including decision PH12/2025, "
          "allocation of the additional Carers\u2019 Support Grant. Councillor Brightwell "
          "queried how the additional grant for unpaid carers would be distributed between "
          "the voluntary sector carers\u2019 hub and direct payments to carers. Ms Orchard, "
          "Director of Adult Social Services and Integrated Commissioning, advised that "
          "roughly two thirds of the grant would fund direct payments and carers\u2019 breaks, "
          "with the remainder extending the hub\u2019s opening hours into evenings and "
          "weekends."),
    ("res", ["To note the executive and Cabinet Member decisions taken since the last "
             "meeting of the Panel."]),
    ("h", "5  HOME CARE RECOMMISSIONING \u2013 PROCUREMENT OUTCOME AND CONTRACT MOBILISATION"),
    ("p", "Mr Lewis Pascoe, Head of Commissioning and Contract Management (All-Age), presented "
          "the report which set out the outcome of the competitive tender for domiciliary care "
          "across the four geographical zones of the borough. Contracts had been awarded to "
          "three independent sector providers, with Coastline Care Partnership Limited "
          "securing the Central and Harbour zones. The new contracts would commence on "
          "1 April 2026 for an initial term of five years, with the option to extend by up "
          "to two further years, and the hourly rate paid to providers would rise to \u00a324.80 "
          "from the current \u00a322.15. Approximately 1,150 people currently received home care "
          "arranged by the Council, amounting to some 16,400 hours of care each week, and a "
          "mobilisation board chaired by the Director would oversee the transition."),
    ("p", "Councillor Brightwell questioned how many of the current care workers would "
          "transfer to the new providers under the TUPE regulations and whether their terms "
          "and conditions would be protected. Mr Pascoe advised that around 340 staff were "
          "in scope for transfer and that the regulations protected existing terms and "
          "conditions at the point of transfer, although he acknowledged that the Council "
          "could not guarantee those terms in the longer term. Councillor Carrick raised "
          "concerns that one provider would hold half of the market and that the Council "
          "would have little leverage if that provider were to fail. Members also expressed "
          "concern that the award criteria had given sixty per cent of the weighting to "
          "price and only forty per cent to quality and social value. The Chairman requested "
          "that the Panel receive the provider failure contingency plan before the contracts "
          "commenced."),
    ("p", "In response to a question from Councillor Anand about whether providers would be "
          "permitted to subcontract care packages to other agencies, Ms Orchard explained "
          "that subcontracting was allowed only with the prior written consent of the "
          "Council and that any subcontractor would be bound by the same quality standards "
          "and by the Council\u2019s ethical care charter. Councillor Tregear sought "
          "clarification on how the Council would monitor missed and late calls. Mr Pascoe "
          "stated that electronic call monitoring would be a contractual requirement and "
          "that monthly performance data would be published on the Council\u2019s website. "
          "Councillor Hoskins commented that the rate increase was welcome but still fell "
          "below the minimum price calculated by the national homecare trade body."),
    ("p", "An amendment moved by Councillor Carrick and seconded by Councillor Brightwell, "
          "that Cabinet be asked to pause the contract awards pending a review of bringing "
          "the service back under direct Council provision, was put to the vote and "
          "declared LOST."),
    ("res", [
        "To note the outcome of the home care procurement and the mobilisation timetable "
        "set out at Appendix 5(a).",
        "To recommend to Cabinet that a quarterly contract performance report for the new "
        "home care contracts be presented to the Panel for the first two years of the "
        "contracts.",
        "That the Chairman write to the Cabinet Member seeking assurance on the terms and "
        "conditions of transferring staff.",
    ]),
    ("p", "Background papers: None."),
    ("h", "6  URGENT AND EMERGENCY CARE \u2013 WINTER PERFORMANCE AND HOSPITAL DISCHARGE"),
    ("p", "Mrs Ruth Kitto, Chief Operating Officer, Wrenmouth and District Hospitals NHS "
          "Foundation Trust, and Mr Jonathan Prideaux, Director of Strategy and Partnerships "
          "(Wrenmouth Bay Place), NHS South Coast Integrated Care Board, presented a joint "
          "update on performance over the winter period. The key figures for December 2025 "
          "were summarised as follows:"),
    ("table", [
        ("Measure", "Dec 2024", "Dec 2025", "Target"),
        ("Four-hour emergency access standard", "63.9%", "68.2%", "78%"),
        ("Ambulance handovers over 60 minutes", "612", "438", "0"),
        ("Patients with no criteria to reside (daily average)", "88", "71", "45"),
        ("Bed occupancy (general and acute)", "97.1%", "95.4%", "92%"),
    ]),
    ("p", "Councillor O\u2019Donnell asked what was being done to reduce the number of patients "
          "waiting in corridors. Mrs Kitto reported that a new rapid assessment area had "
          "opened in December and that corridor care had fallen by a third, but she accepted "
          "that it had not been eliminated on the busiest days. Councillor Fitzgerald asked "
          "why so many medically fit patients remained in hospital beds. Ms Orchard explained "
          "that the main delays were for packages of care in rural areas and for nursing "
          "home placements for people living with dementia, and that the Council had "
          "commissioned twenty additional step-down beds at Gull Rock House. Councillor "
          "Tregear expressed concern at the length of time patients in the rural west of the "
          "borough were waiting for an ambulance to arrive."),
    ("p", "Councillor Anand asked whether the Integrated Care Board would commit to restoring "
          "the overnight opening of the minor injuries unit at Polwithen Community Hospital. "
          "Mr Prideaux said that the decision had been taken because of staffing shortages "
          "among emergency nurse practitioners and that it would be reviewed in April, with "
          "the outcome reported to the Panel. Mrs Boswarva, for Healthwatch Wrenmouth Bay, "
          "reported that Healthwatch had received 46 comments about long waits and poor "
          "communication in the emergency department and asked that the Trust respond "
          "formally to the findings of its forthcoming report. Mrs Kitto agreed that the "
          "Trust would respond in writing to the Healthwatch report."),
    ("res", ["To note the winter performance update from the Trust and the Integrated Care "
             "Board."]),
    ("h", "7  DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICE \u2013 PROPOSED CONTRACT EXTENSION"),
    ("p", "Dr Nkechi Obi, Director of Public Health, reported that the current contract with "
          "Harbourlight Recovery CIC would expire on 30 September 2026 and that an extension "
          "of eighteen months was proposed under the contract modification provisions of "
          "the Procurement Act 2023, while a joint commissioning exercise with the "
          "neighbouring county council was completed. Members were concerned that the report "
          "had been published late and that there had been insufficient time to consider "
          "the performance information. Councillor Carrick asked what the successful "
          "completion rates for opiate users had been over the last year. Dr Obi advised "
          "that completions stood well below the national average and that an improvement "
          "plan was in place with the provider."),
    ("res", ["That consideration of the proposed contract extension be deferred to the next "
             "meeting of the Panel to allow Members to consider the full performance report."]),
    ("h", "8  SCRUTINY WORKPLAN 2025/2026"),
    ("p", "Ms Gwyther, Senior Democratic Governance Adviser (Scrutiny), presented the Panel\u2019s "
          "workplan for the remainder of the municipal year. Councillor Hoskins requested "
          "that an item on access to NHS dentistry be added to the workplan for the March "
          "meeting. Ms Gwyther confirmed that the dental commissioning team at the "
          "Integrated Care Board would be invited to attend."),
    ("res", ["To approve the workplan, subject to the addition of an item on NHS dental "
             "services for March 2026."]),
    ("h", "9  DATE AND TIME OF NEXT MEETING"),
    ("p", "The next meeting will be held on Thursday, 12 March 2026 at 6.00 pm in Committee "
          "Room A, Town Hall, Wrenmouth."),
    ("sig",),
]

P1_GOLD = {
    "document": P1,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Overview and Scrutiny Panel",
    "meeting_date": "2026-01-15",
    "items": [
        {"number": "1", "title": "DECLARATIONS OF INTEREST"},
        {"number": "2", "title": "MINUTES OF THE LAST MEETING HELD ON 20 NOVEMBER 2025"},
        {"number": "3", "title": "PUBLIC QUESTIONS"},
        {"number": "4", "title": "EXECUTIVE AND CABINET MEMBER DECISIONS"},
        {"number": "5", "title": "HOME CARE RECOMMISSIONING \u2013 PROCUREMENT OUTCOME AND CONTRACT MOBILISATION"},
        {"number": "6", "title": "URGENT AND EMERGENCY CARE \u2013 WINTER PERFORMANCE AND HOSPITAL DISCHARGE"},
        {"number": "7", "title": "DRUG AND ALCOHOL TREATMENT AND RECOVERY SERVICE \u2013 PROPOSED CONTRACT EXTENSION"},
        {"number": "8", "title": "SCRUTINY WORKPLAN 2025/2026"},
        {"number": "9", "title": "DATE AND TIME OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "3", "kind": "question",
         "text": "why the Council had decided to transfer its reablement service to a private provider",
         "asked_by": "Mr Alan Trevail",
         "answer": "service users and carers would be consulted before any proposal was put",
         "given_by": "Councillor Hennessey",
         "themes": ["privatisation", "patient-and-public-input", "adult-social-care"]},
        {"item": "3", "kind": "question",
         "text": "whether the options appraisal would include keeping the reablement service under direct",
         "asked_by": "Mr Trevail",
         "answer": "retaining the service under Council management would be assessed on the same basis",
         "given_by": "Councillor Hennessey",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "how the additional grant for unpaid carers would be distributed between",
         "asked_by": "Councillor Brightwell",
         "answer": "roughly two thirds of the grant would fund direct payments and carers",
         "given_by": "Ms Orchard",
         "themes": ["finance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "how many of the current care workers would transfer to the new providers",
         "asked_by": "Councillor Brightwell",
         "answer": "around 340 staff were in scope for transfer",
         "given_by": "Mr Pascoe",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "one provider would hold half of the market and that the Council",
         "asked_by": "Councillor Carrick", "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "the award criteria had given sixty per cent of the weighting to price",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "request",
         "text": "the Panel receive the provider failure contingency plan before the contracts",
         "asked_by": "The Chairman", "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "whether providers would be permitted to subcontract care packages to other agencies",
         "asked_by": "Councillor Anand",
         "answer": "subcontracting was allowed only with the prior written consent of the Council",
         "given_by": "Ms Orchard",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "sought clarification on how the Council would monitor missed and late calls",
         "asked_by": "Councillor Tregear",
         "answer": "electronic call monitoring would be a contractual requirement",
         "given_by": "Mr Pascoe",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "comment",
         "text": "the rate increase was welcome but still fell below the minimum price",
         "asked_by": "Councillor Hoskins", "answer": None, "given_by": None,
         "themes": ["finance", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "what was being done to reduce the number of patients waiting in corridors",
         "asked_by": "Councillor O\u2019Donnell",
         "answer": "a new rapid assessment area had opened in December",
         "given_by": "Mrs Kitto",
         "themes": []},
        {"item": "6", "kind": "question",
         "text": "why so many medically fit patients remained in hospital beds",
         "asked_by": "Councillor Fitzgerald",
         "answer": "the main delays were for packages of care in rural areas",
         "given_by": "Ms Orchard",
         "themes": ["adult-social-care", "integration"]},
        {"item": "6", "kind": "concern",
         "text": "the length of time patients in the rural west of the borough",
         "asked_by": "Councillor Tregear", "answer": None, "given_by": None,
         "themes": []},
        {"item": "6", "kind": "question",
         "text": "whether the Integrated Care Board would commit to restoring the overnight opening",
         "asked_by": "Councillor Anand",
         "answer": "the decision had been taken because of staffing shortages",
         "given_by": "Mr Prideaux",
         "themes": ["workforce"]},
        {"item": "6", "kind": "request",
         "text": "asked that the Trust respond formally to the findings of its forthcoming report",
         "asked_by": "Mrs Boswarva",
         "answer": "Trust would respond in writing to the Healthwatch report",
         "given_by": "Mrs Kitto",
         "themes": ["patient-and-public-input"]},
        {"item": "7", "kind": "concern",
         "text": "the report had been published late and that there had been insufficient time",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["governance", "public-health"]},
        {"item": "7", "kind": "question",
         "text": "what the successful completion rates for opiate users had been",
         "asked_by": "Councillor Carrick",
         "answer": "completions stood well below the national average and that an improvement plan",
         "given_by": "Dr Obi",
         "themes": ["public-health"]},
        {"item": "8", "kind": "request",
         "text": "an item on access to NHS dentistry be added to the workplan",
         "asked_by": "Councillor Hoskins",
         "answer": "the dental commissioning team at the Integrated Care Board would be invited",
         "given_by": "Ms Gwyther",
         "themes": ["primary-care"]},
    ],
    "resolutions": [
        {"item": "2", "text": "minutes of the meeting held on 20 November 2025 be signed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "To note the executive and Cabinet Member decisions taken since",
         "outcome": "noted", "themes": []},
        {"item": "5", "text": "that Cabinet be asked to pause the contract awards pending a review",
         "outcome": "rejected", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "5", "text": "a quarterly contract performance report for the new home care contracts",
         "outcome": "recommended", "themes": ["subcontracting", "governance", "adult-social-care"]},
        {"item": "6", "text": "To note the winter performance update from the Trust",
         "outcome": "noted", "themes": []},
        {"item": "7", "text": "consideration of the proposed contract extension be deferred to the next meeting",
         "outcome": "deferred", "themes": ["subcontracting", "public-health"]},
        {"item": "8", "text": "subject to the addition of an item on NHS dental services",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "M Pellow", "role": "Chairman", "attendance": "present"},
        {"name": "D Anand", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "S Brightwell", "role": None, "attendance": "present"},
        {"name": "J Carrick", "role": None, "attendance": "present"},
        {"name": "T Hoskins", "role": None, "attendance": "present"},
        {"name": "K O\u2019Donnell", "role": None, "attendance": "present"},
        {"name": "R Tregear", "role": None, "attendance": "present"},
        {"name": "P Fitzgerald", "role": "substitute for Councillor A Lamb", "attendance": "present"},
        {"name": "Mrs H Boswarva", "role": "Healthwatch Wrenmouth Bay", "attendance": "present"},
        {"name": "A Lamb", "role": None, "attendance": "apologies"},
        {"name": "E Veale", "role": None, "attendance": "apologies"},
        {"name": "G Hennessey", "role": "Cabinet Member for Adult Social Care and Health Inequalities", "attendance": "in_attendance"},
        {"name": "Ms Tamsin Orchard", "role": "Director of Adult Social Services and Integrated Commissioning", "attendance": "in_attendance"},
        {"name": "Dr Nkechi Obi", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr Lewis Pascoe", "role": "Head of Commissioning and Contract Management (All-Age)", "attendance": "in_attendance"},
        {"name": "Mrs Ruth Kitto", "role": "Chief Operating Officer, Wrenmouth and District Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Mr Jonathan Prideaux", "role": "Director of Strategy and Partnerships (Wrenmouth Bay Place), NHS South Coast Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Ms Sian Gwyther", "role": "Senior Democratic Governance Adviser (Scrutiny)", "attendance": "in_attendance"},
    ],
}

VOW = set("aeiouy")


def hyphenate_word(w):
    """Insert soft hyphens at rough syllable breaks in long lower-case words."""
    if len(w) < 9 or not w.isalpha() or not w.islower():
        return w
    cuts = []
    for i in range(3, len(w) - 3):
        a, b, c = w[i - 1], w[i], w[i + 1]
        if a in VOW and b not in VOW and c in VOW:
            cuts.append(i)          # V-CV
        elif (i >= 2 and w[i - 2] in VOW and a not in VOW and b not in VOW and c in VOW
              and a + b not in ("th", "ch", "sh", "ph", "ck", "ng", "gh", "wh", "qu")):
            cuts.append(i)          # VC-CV
    out, last = [], 0
    for c in cuts:
        if c - last >= 2:
            out.append(w[last:c])
            last = c
    out.append(w[last:])
    return SHY.join(out)


def hyphenate(text):
    return re.sub(r"[A-Za-z]+", lambda m: hyphenate_word(m.group(0)), text)


def build_p1():
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Serif", "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 4, P1_HEADER_L, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, P1_HEADER_R, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-16)
            self.set_font("Serif", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chairman\u2019s initials ..........", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Adult Social Care Overview and Scrutiny Panel - 15/01/2026")
    pdf.set_author("Democratic Governance, Wrenmouth Bay Council")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.add_font("Serif", "", FONTDIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", FONTDIR + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    src = []
    for blk in P1_BLOCKS:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("Serif", "B", 11.5)
            pdf.multi_cell(W, 6, blk[1], align="C")
            pdf.ln(2)
            src.append(blk[1])
        elif kind == "label":
            pdf.ln(2)
            pdf.set_font("Serif", "B", 10.5)
            pdf.multi_cell(W, 5.5, blk[1])
            src.append(blk[1])
        elif kind == "list":
            pdf.set_font("Serif", "", 10.5)
            for line in blk[1]:
                pdf.set_x(pdf.l_margin + 28)
                pdf.multi_cell(W - 28, 5.3, line)
                src.append(line)
        elif kind == "h":
            pdf.ln(4)
            if pdf.will_page_break(22):
                pdf.add_page()
            pdf.set_font("Serif", "B", 10.5)
            num, title = blk[1].split("  ", 1)
            y = pdf.get_y()
            pdf.cell(10, 5.5, num)
            pdf.set_xy(pdf.l_margin + 10, y)
            pdf.multi_cell(W - 10, 5.5, title)
            pdf.ln(1.5)
            src.append(blk[1])
        elif kind == "p":
            pdf.set_font("Serif", "", 10.5)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(W - 10, 5.3, hyphenate(blk[1]), align="J")
            pdf.ln(2.2)
            src.append(blk[1])
        elif kind == "res":
            pdf.set_x(pdf.l_margin + 10)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 5.5, "Resolved:")
            pdf.ln(6.5)
            src.append("Resolved:")
            pdf.set_font("Serif", "", 10.5)
            clauses = blk[1]
            for i, cl in enumerate(clauses, 1):
                pdf.set_x(pdf.l_margin + 10)
                if len(clauses) > 1:
                    y = pdf.get_y()
                    pdf.cell(7, 5.3, f"{i}.")
                    pdf.set_xy(pdf.l_margin + 17, y)
                    pdf.multi_cell(W - 17, 5.3, hyphenate(cl), align="J")
                    src.append(f"{i}. {cl}")
                else:
                    pdf.multi_cell(W - 10, 5.3, hyphenate(cl), align="J")
                    src.append(cl)
                pdf.ln(1.2)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_x(pdf.l_margin + 10)
            widths = [W - 10 - 3 * 22, 22, 22, 22]
            for r, row in enumerate(blk[1]):
                pdf.set_font("Serif", "B" if r == 0 else "", 9)
                pdf.set_x(pdf.l_margin + 10)
                for c, (cell, wd) in enumerate(zip(row, widths)):
                    pdf.cell(wd, 5.5, cell, border=1, align="L" if c == 0 else "C")
                pdf.ln(5.5)
                src.append("  ".join(row))
            pdf.ln(3)
        elif kind == "sig":
            pdf.ln(10)
            pdf.set_font("Serif", "", 10.5)
            for line in ["Chairman", "", "(The meeting ended at 8.42 pm)", "",
                         "Any queries regarding these minutes, please contact:",
                         "Sian Gwyther, Senior Democratic Governance Adviser (Scrutiny)",
                         "Tel: 01632 960418",
                         "E-mail: democratic.governance@wrenmouthbay.example.gov.uk"]:
                pdf.cell(0, 5.3, line)
                pdf.ln(5.3)
                src.append(line)
    pdf.output(str(DOCS / P1))
    return "\n".join(src)


# --------------------------------------------------------------------------------------
# Document 2: metropolitan borough, Children and Young People Scrutiny Committee, DOCX
# --------------------------------------------------------------------------------------
P2 = "p-ashbeck-cyp-scrutiny-minutes-3-february-2026.docx"

# ("item", "48.", "TITLE") | ("p", text) | ("b", text) bullet | ("bb", text) sub-bullet
# | ("res", "RESOLVED that ...", [clauses]) | ("att", label, text)
P2_BODY = [
    ("item", "48.", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("p", "Apologies for absence were received from Councillors A Wray and F Lund, and from "
          "Mrs Y Begum (Parent Governor Representative). Councillor T Sutcliffe attended as "
          "substitute for Councillor Wray."),
    ("item", "49.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Mistry declared a non-pecuniary interest in Minute 52 as a foster carer "
          "approved by an independent fostering agency operating in the borough."),
    ("item", "50.", "MINUTES OF THE PREVIOUS MEETING"),
    ("res", "RESOLVED that the minutes of the meeting held on 9 December 2025 be approved as a "
            "correct record and signed by the Chair.", []),
    ("item", "51.", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "Ms Carla Denby, a parent of a child with an education, health and care plan, had "
          "given notice of the following question to the Chair of the Committee:"),
    ("quote", "\u201cWhy are families in Ashbeck now waiting more than thirty weeks for an "
              "education, health and care needs assessment when the legal limit is twenty "
              "weeks, and what is the Committee doing about it?\u201d"),
    ("p", "The Chair read out a response prepared by Mrs Joanne Stirling, Assistant Director "
          "for Inclusion, SEND and Alternative Provision, which stated that the number of "
          "requests for assessment had risen by forty-one per cent in two years, that four "
          "additional educational psychologists had been recruited since September and that "
          "the Council expected to return to the twenty-week timescale by the summer term. "
          "The Chair added that the Committee would continue to monitor timeliness at every "
          "meeting."),
    ("p", "Ms Denby asked as a supplementary question whether families would be told when a "
          "deadline was going to be missed. Mrs Stirling undertook that every family would "
          "receive a letter at week sixteen setting out the expected date of the decision."),
    ("item", "52.", "SUFFICIENCY OF PLACEMENTS FOR CHILDREN IN CARE"),
    ("p", "The Committee received a report of the Strategic Director, Children and Families, "
          "presented by Mr Callum Ridsdale, Head of Corporate Parenting, Placements and "
          "Commissioning, setting out the Council\u2019s sufficiency strategy for 2026 to 2029. "
          "There were 512 children in care at the end of December 2025; 38 were living in "
          "residential children\u2019s homes, of whom 29 were placed outside the borough, and the "
          "average weekly cost of an external residential placement had reached \u00a36,950."),
    ("p", "Members asked questions and made comments, which are summarised below together "
          "with the responses given:"),
    ("b", "Councillor Haigh asked how much profit the largest private providers of children\u2019s "
          "homes were making from placements commissioned by the Council."),
    ("bb", "Mr Ridsdale said that the Council did not hold providers\u2019 accounts but that "
           "national research had found operating margins of around twenty per cent, and the "
           "strategy aimed to reduce reliance on the private market."),
    ("b", "Councillor Kaye welcomed the plan to open two small Council-run children\u2019s homes "
          "and sought assurance that they would be staffed by permanent employees rather "
          "than agency workers."),
    ("bb", "Mr Ridsdale confirmed that a recruitment campaign for residential care workers "
           "would begin in March, with a retention payment after twelve months\u2019 service."),
    ("b", "Concern was expressed that children placed many miles from Ashbeck lost contact "
          "with their schools, social workers and families."),
    ("b", "Councillor Pickles asked why the number of the Council\u2019s own foster carers had "
          "fallen for the third year running."),
    ("bb", "The Strategic Director, Children and Families, Ms Helen Achebe, explained that "
           "more carers were retiring than were being approved, and that fostering allowances "
           "would be increased from April to match neighbouring authorities."),
    ("b", "Councillor Dunwell requested a breakdown of out-of-borough placements by distance "
          "and by the age of the child."),
    ("p", "Councillor Mistry, having declared an interest, did not take part in the vote."),
    ("res", "RESOLVED that:", [
        "the report and the sufficiency strategy for 2026 to 2029 be noted;",
        "the Committee endorses the proposal to open two Council-run residential children\u2019s "
        "homes, subject to approval of the capital funding by Cabinet; and",
        "progress on reducing the number of children placed outside the borough be reported "
        "to the Committee in September 2026.",
    ]),
    ("item", "53.", "CHILDREN AND YOUNG PEOPLE\u2019S EMOTIONAL WELLBEING AND MENTAL HEALTH SERVICES"),
    ("p", "Ms Priya Lal, Associate Director of All-Age Mental Health, Learning Disability and "
          "Autism Commissioning, NHS West Pennine Integrated Care Board (Ashbeck Place), and "
          "Dr Owen Hartigan, Clinical Director, Children and Young People\u2019s Mental Health "
          "Services, Pennine Moors Healthcare NHS Foundation Trust, gave a presentation on "
          "waiting times for the Child and Adolescent Mental Health Service, the Mental Health "
          "Support Teams in schools and the new Thrive hub."),
    ("p", "Members asked questions and made comments, which are summarised below together "
          "with the responses given:"),
    ("b", "Councillor Okafor asked how long children were currently waiting between referral "
          "and a first appointment with the specialist service."),
    ("bb", "Dr Hartigan said that the median wait was nineteen weeks, but that children with "
           "urgent needs were seen within a week and a duty clinician reviewed every referral "
           "within two days."),
    ("b", "Councillor Sutcliffe asked whether the Mental Health Support Teams would be "
          "extended to the secondary schools that were not yet covered."),
    ("bb", "Ms Lal advised that national funding covered sixty per cent of pupils and that any "
           "further expansion would depend on the next allocation from NHS England."),
    ("b", "Councillor Haigh raised concern that the contract for the online counselling "
          "service had been awarded to a national private company without any involvement of "
          "young people in the evaluation."),
    ("bb", "Ms Lal acknowledged the point and said that young people from the Youth Council "
           "would sit on the evaluation panel when the service was next procured."),
    ("b", "Councillor Kaye commented that neurodevelopmental assessments were the issue most "
          "often raised with her by parents."),
    ("b", "Councillor Dunwell asked that the Committee receive the waiting list figures broken "
          "down by ward, so that the effect of deprivation could be seen."),
    ("res", "RESOLVED that:", [
        "the presentation be noted; and",
        "it be recommended to NHS West Pennine Integrated Care Board that funding for "
        "Mental Health Support Teams be extended to all secondary schools in Ashbeck from "
        "September 2026.",
    ]),
    ("item", "54.", "ASHBECK YOUTH COUNCIL \u2013 \u2018HAVE YOUR SAY\u2019 CONSULTATION FINDINGS"),
    ("p", "Kacey Whitworth and Imran Hussain, Members of the Youth Parliament for Ashbeck, "
          "presented the findings of the Youth Council\u2019s survey of 2,316 young people aged "
          "11 to 18. The top three priorities were mental health, safer streets and the cost "
          "of bus travel. Members thanked the Youth Council for an excellent presentation."),
    ("p", "Councillor Pickles asked what the young people thought of the youth centres that "
          "had closed in 2024. Kacey Whitworth replied that many young people now had nowhere "
          "to go in the evenings and that the detached youth work team was stretched across "
          "too many areas. Councillor Okafor asked how the Committee could hear from young "
          "people more regularly. Imran Hussain suggested that two Youth Council members be "
          "invited to every meeting as non-voting observers."),
    ("res", "RESOLVED that the findings of the consultation be noted and the Youth Council be "
            "thanked for its work.", []),
    ("item", "55.", "ELECTIVE HOME EDUCATION \u2013 ANNUAL REPORT 2024/25"),
    ("p", "The Committee considered the annual report on elective home education, which showed "
          "that 486 children were known to be home educated, an increase of 22 per cent. "
          "Members noted that the powers of the local authority were limited and that several "
          "of the issues raised fell within the remit of the Corporate Overview and Scrutiny "
          "Management Board."),
    ("res", "RESOLVED that the report be referred to the Corporate Overview and Scrutiny "
            "Management Board for consideration alongside the Children Not in School register "
            "proposals.", []),
    ("item", "56.", "WORK PROGRAMME 2025/26"),
    ("p", "The Scrutiny Officer, Mr Daniel Royce, presented the work programme. Councillor Kaye "
          "requested that the Ofsted inspection of local authority children\u2019s services "
          "action plan be added to the March meeting. Mr Royce confirmed that the item could "
          "be accommodated in March."),
    ("res", "RESOLVED that the work programme be approved, including the addition of the Ofsted "
            "action plan and the invitation to the Youth Council referred to in Minute 54.", []),
]

P2_ATTENDANCE = [
    ("PRESENT:", "Councillor L Okafor (Chair); Councillors B Haigh, R Mistry, C Dunwell, "
                 "S Kaye (Vice-Chair), J Pickles and T Sutcliffe (substitute)."),
    ("Co-opted Member:", "Mr G Firth (Church of England Diocesan Representative)."),
    ("Also in attendance:", "Councillor D Armitage (Cabinet Member for Children, Young People "
                            "and Families)."),
    ("Officers:", "Ms H Achebe (Strategic Director, Children and Families); Mr C Ridsdale (Head "
                  "of Corporate Parenting, Placements and Commissioning); Mrs J Stirling "
                  "(Assistant Director for Inclusion, SEND and Alternative Provision); "
                  "Mr D Royce (Scrutiny Officer)."),
    ("Partners:", "Ms P Lal (Associate Director of All-Age Mental Health, Learning Disability "
                  "and Autism Commissioning, NHS West Pennine Integrated Care Board); "
                  "Dr O Hartigan (Clinical Director, Children and Young People\u2019s Mental Health "
                  "Services, Pennine Moors Healthcare NHS Foundation Trust)."),
]

P2_GOLD = {
    "document": P2,
    "doc_type": "minutes",
    "committee": "Children and Young People Scrutiny Committee",
    "meeting_date": "2026-02-03",
    "items": [
        {"number": "48", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "49", "title": "DECLARATIONS OF INTEREST"},
        {"number": "50", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "51", "title": "QUESTIONS FROM MEMBERS OF THE PUBLIC"},
        {"number": "52", "title": "SUFFICIENCY OF PLACEMENTS FOR CHILDREN IN CARE"},
        {"number": "53", "title": "CHILDREN AND YOUNG PEOPLE\u2019S EMOTIONAL WELLBEING AND MENTAL HEALTH SERVICES"},
        {"number": "54", "title": "ASHBECK YOUTH COUNCIL \u2013 \u2018HAVE YOUR SAY\u2019 CONSULTATION FINDINGS"},
        {"number": "55", "title": "ELECTIVE HOME EDUCATION \u2013 ANNUAL REPORT 2024/25"},
        {"number": "56", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        {"item": "51", "kind": "question",
         "text": "Why are families in Ashbeck now waiting more than thirty weeks",
         "asked_by": "Ms Carla Denby",
         "answer": "four additional educational psychologists had been recruited since September",
         "given_by": "Mrs Joanne Stirling",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "51", "kind": "question",
         "text": "whether families would be told when a deadline was going to be missed",
         "asked_by": "Ms Denby",
         "answer": "every family would receive a letter at week sixteen",
         "given_by": "Mrs Stirling",
         "themes": ["children-and-families"]},
        {"item": "52", "kind": "question",
         "text": "how much profit the largest private providers of children",
         "asked_by": "Councillor Haigh",
         "answer": "the strategy aimed to reduce reliance on the private market",
         "given_by": "Mr Ridsdale",
         "themes": ["privatisation", "children-and-families", "finance"]},
        {"item": "52", "kind": "question",
         "text": "sought assurance that they would be staffed by permanent employees rather than",
         "asked_by": "Councillor Kaye",
         "answer": "a recruitment campaign for residential care workers would begin in March",
         "given_by": "Mr Ridsdale",
         "themes": ["workforce", "children-and-families"]},
        {"item": "52", "kind": "concern",
         "text": "children placed many miles from Ashbeck lost contact with their schools",
         "asked_by": None, "answer": None, "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "52", "kind": "question",
         "text": "own foster carers had fallen for the third year running",
         "asked_by": "Councillor Pickles",
         "answer": "more carers were retiring than were being approved",
         "given_by": "Ms Helen Achebe",
         "themes": ["children-and-families", "workforce"]},
        {"item": "52", "kind": "request",
         "text": "placements by distance and by the age of the child",
         "asked_by": "Councillor Dunwell", "answer": None, "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "53", "kind": "question",
         "text": "how long children were currently waiting between referral and a first appointment",
         "asked_by": "Councillor Okafor",
         "answer": "the median wait was nineteen weeks, but that children with urgent needs",
         "given_by": "Dr Hartigan",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "53", "kind": "question",
         "text": "whether the Mental Health Support Teams would be extended to the secondary schools",
         "asked_by": "Councillor Sutcliffe",
         "answer": "further expansion would depend on the next allocation from NHS England",
         "given_by": "Ms Lal",
         "themes": ["mental-health", "children-and-families", "finance"]},
        {"item": "53", "kind": "concern",
         "text": "the contract for the online counselling service had been awarded to a national",
         "asked_by": "Councillor Haigh",
         "answer": "young people from the Youth Council would sit on the evaluation panel",
         "given_by": "Ms Lal",
         "themes": ["subcontracting", "privatisation", "patient-and-public-input", "mental-health", "children-and-families"]},
        {"item": "53", "kind": "comment",
         "text": "neurodevelopmental assessments were the issue most often raised with her by parents",
         "asked_by": "Councillor Kaye", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families"]},
        {"item": "53", "kind": "request",
         "text": "receive the waiting list figures broken down by ward",
         "asked_by": "Councillor Dunwell", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families", "public-health"]},
        {"item": "54", "kind": "question",
         "text": "what the young people thought of the youth centres that had closed in 2024",
         "asked_by": "Councillor Pickles",
         "answer": "many young people now had nowhere to go in the evenings",
         "given_by": "Kacey Whitworth",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "54", "kind": "question",
         "text": "how the Committee could hear from young people more regularly",
         "asked_by": "Councillor Okafor",
         "answer": "suggested that two Youth Council members be invited to every meeting",
         "given_by": "Imran Hussain",
         "themes": ["patient-and-public-input", "children-and-families", "governance"]},
        {"item": "56", "kind": "request",
         "text": "action plan be added to the March meeting",
         "asked_by": "Councillor Kaye",
         "answer": "Mr Royce confirmed that the item could be accommodated in March",
         "given_by": "Mr Royce",
         "themes": ["governance", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "50", "text": "the minutes of the meeting held on 9 December 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "52", "text": "subject to approval of the capital funding by Cabinet",
         "outcome": "agreed", "themes": ["children-and-families", "privatisation", "finance"]},
        {"item": "53", "text": "funding for Mental Health Support Teams be extended to all secondary schools",
         "outcome": "recommended", "themes": ["mental-health", "children-and-families", "finance"]},
        {"item": "54", "text": "the findings of the consultation be noted and the Youth Council be thanked",
         "outcome": "noted", "themes": ["patient-and-public-input", "children-and-families"]},
        {"item": "55", "text": "the report be referred to the Corporate Overview and Scrutiny Management Board",
         "outcome": "other", "themes": ["children-and-families", "governance"]},
        {"item": "56", "text": "the work programme be approved, including the addition of the Ofsted",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "L Okafor", "role": "Chair", "attendance": "present"},
        {"name": "B Haigh", "role": None, "attendance": "present"},
        {"name": "R Mistry", "role": None, "attendance": "present"},
        {"name": "C Dunwell", "role": None, "attendance": "present"},
        {"name": "S Kaye", "role": "Vice-Chair", "attendance": "present"},
        {"name": "J Pickles", "role": None, "attendance": "present"},
        {"name": "T Sutcliffe", "role": "substitute", "attendance": "present"},
        {"name": "Mr G Firth", "role": "Church of England Diocesan Representative", "attendance": "present"},
        {"name": "A Wray", "role": None, "attendance": "apologies"},
        {"name": "F Lund", "role": None, "attendance": "apologies"},
        {"name": "Mrs Y Begum", "role": "Parent Governor Representative", "attendance": "apologies"},
        {"name": "D Armitage", "role": "Cabinet Member for Children, Young People and Families", "attendance": "in_attendance"},
        {"name": "Ms H Achebe", "role": "Strategic Director, Children and Families", "attendance": "in_attendance"},
        {"name": "Mr C Ridsdale", "role": "Head of Corporate Parenting, Placements and Commissioning", "attendance": "in_attendance"},
        {"name": "Mrs J Stirling", "role": "Assistant Director for Inclusion, SEND and Alternative Provision", "attendance": "in_attendance"},
        {"name": "Mr D Royce", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Ms P Lal", "role": "Associate Director of All-Age Mental Health, Learning Disability and Autism Commissioning, NHS West Pennine Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dr O Hartigan", "role": "Clinical Director, Children and Young People\u2019s Mental Health Services, Pennine Moors Healthcare NHS Foundation Trust", "attendance": "in_attendance"},
    ],
}


def _add_page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r2 = OxmlElement("w:t"); r2.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, r2, e):
        run._r.append(el)


def build_p2():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Children and Young People Scrutiny Committee - Minutes - 3 February 2026"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Children and Young People Scrutiny Committee \u2013 3 February 2026"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_field(fp)
    fp2 = sec.footer.add_paragraph("Ashbeck Metropolitan Borough Council \u2013 Democratic Services")
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp2.runs[0].font.size = Pt(8)

    src = []

    def para(text, bold=False, italic=False, align=None, size=None, style=None, space_after=6):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        src.append(text)
        return p

    para("ASHBECK METROPOLITAN BOROUGH COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    para("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    para("Minutes of the meeting held on Tuesday 3 February 2026 at 2.00 pm in the Council "
         "Chamber, Ashbeck Civic Centre", align=WD_ALIGN_PARAGRAPH.CENTER)
    for label, text in P2_ATTENDANCE:
        p = d.add_paragraph()
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        p.paragraph_format.space_after = Pt(4)
        src.append(label + " " + text)
    for blk in P2_BODY:
        k = blk[0]
        if k == "item":
            p = d.add_paragraph(style="Heading 1")
            r = p.add_run(f"{blk[1]}\t{blk[2]}")
            r.font.size = Pt(11)
            r.font.name = "Arial"
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.space_after = Pt(6)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
            src.append(f"{blk[1]} {blk[2]}")
        elif k == "p":
            p = para(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "quote":
            p = para(blk[1], italic=True)
            p.paragraph_format.left_indent = Cm(1.5)
            p.paragraph_format.right_indent = Cm(1.5)
        elif k == "b":
            para(blk[1], style="List Bullet", space_after=2)
        elif k == "bb":
            para(blk[1], style="List Bullet 2", italic=True, space_after=4)
        elif k == "res":
            p = d.add_paragraph()
            lead, rest = blk[1].split(" ", 1)
            r = p.add_run(lead)
            r.bold = True
            p.add_run(" " + rest)
            p.paragraph_format.space_after = Pt(4)
            src.append(blk[1])
            for i, cl in enumerate(blk[2]):
                roman = ["(i)", "(ii)", "(iii)", "(iv)"][i]
                q = d.add_paragraph(f"{roman}\t{cl}")
                q.paragraph_format.left_indent = Cm(1.5)
                q.paragraph_format.first_line_indent = Cm(-1.0)
                q.paragraph_format.space_after = Pt(3)
                src.append(f"{roman} {cl}")
    para("")
    para("The meeting closed at 4.37 pm.", italic=True)
    para("CHAIR", bold=True)
    d.save(str(DOCS / P2))
    _fix_zip_times(DOCS / P2)
    return "\n".join(src)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 22, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------
# Document 3: NOT minutes - notes of an informal member briefing, HTML
# --------------------------------------------------------------------------------------
P3 = "p-rushmere-informal-briefing-community-health-services-notes.html"

P3_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Notes of informal Member briefing: Community Health Services re-procurement | Rushmere County Council</title>
<meta name="description" content="Notes of an informal briefing for members of the Health Overview and Scrutiny Committee. Not a formal meeting.">
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:0 auto;color:#1d1d1b}
.site-header{background:#00563f;color:#fff;padding:.6em 1em}
.breadcrumb{font-size:.85em;margin:.8em 0}
.notice{border-left:6px solid #f4b400;background:#fff8e1;padding:.6em 1em}
h1{font-size:1.6em} h2{font-size:1.2em;border-bottom:1px solid #ccc}
table.who td{vertical-align:top;padding:.2em .8em .2em 0}
footer{font-size:.8em;border-top:1px solid #ccc;margin-top:2em;padding-top:.5em}
</style>
</head>
<body>
<header class="site-header"><a href="/" style="color:#fff">Rushmere County Council</a> &ndash; Councillors, committees and meetings</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; <a href="/scrutiny">Scrutiny</a> &gt; <a href="/scrutiny/health">Health Overview and Scrutiny Committee</a> &gt; Briefing notes</nav>
<main>
<h1>Notes of informal Member briefing &ndash; Community Health Services re-procurement</h1>
<p><strong>Date:</strong> Wednesday 21 January 2026, 10.00 am to 11.45 am<br>
<strong>Venue:</strong> Microsoft Teams</p>
<div class="notice">
<p><strong>Please note:</strong> this was an informal briefing arranged at the request of the Chairman of the
Health Overview and Scrutiny Committee. It was not a meeting of the Committee, it was not open to the public,
no decisions or recommendations were made and these notes are not minutes. They are published for information,
to help Members prepare for the formal meeting of the Committee on 11 March 2026. Any views recorded here are
those of the individuals who expressed them.</p>
</div>

<h2>Who took part</h2>
<table class="who">
<tr><td><strong>Councillors</strong></td><td>Councillor Penelope Ashworth-Lowe (Chairman of the Health Overview and Scrutiny Committee), Councillor Rob Venn, Councillor Martina Quaye, Councillor Ifan Morgan, Councillor Sue Delacourt</td></tr>
<tr><td><strong>Briefing given by</strong></td><td>Mr Gareth Lyle, Director of Contracting and Provider Development, NHS Rushmere and Fenland Integrated Care Board; Ms Abena Mensah, Head of Community Services Transformation, NHS Rushmere and Fenland Integrated Care Board</td></tr>
<tr><td><strong>Supporting</strong></td><td>Ms Claire Doughty, Scrutiny and Member Development Officer</td></tr>
<tr><td><strong>Unable to join</strong></td><td>Councillor Harry Stannard, Councillor Lesley Bright</td></tr>
</table>

<h2>1. Purpose of the briefing</h2>
<p>The Chairman explained that the briefing had been arranged so that Members could understand the Integrated
Care Board&rsquo;s plans before the formal item in March. She reminded those present that the Committee could not
take decisions at a briefing and that any questions Members wished to pursue formally should be raised at the
March meeting.</p>

<h2>2. Background to the re-procurement</h2>
<p>Mr Lyle explained that the current contract for adult community health services (district nursing, community
therapy, intermediate care beds and specialist nursing) was held by Rushmere Community Healthcare NHS Trust and
would end on 31 March 2027. The Integrated Care Board was considering its options under the Provider Selection
Regime, which included continuing with the existing provider, a direct award to another NHS body or a
competitive process open to independent sector providers. The annual value of the contract was approximately
&pound;118 million.</p>

<h2>3. Discussion</h2>
<p>Councillor Venn asked whether a competitive process could lead to a private company running district nursing
in the county. Mr Lyle said that this was possible in principle under the regulations but that no decision on the
route had been taken and that the Board would publish its intentions in a notice before any award.</p>
<p>Councillor Quaye raised concerns about the effect of uncertainty on recruitment and retention of community
nurses, where the vacancy rate was already fourteen per cent. Ms Mensah said that the Trust had been assured that
staff would transfer with their NHS terms and conditions in any scenario.</p>
<p>Councillor Morgan asked how patients and carers would be involved. Ms Mensah described a programme of
engagement events with Healthwatch Rushmere beginning in February and an online survey.</p>
<p>Councillor Delacourt requested a copy of the evaluation criteria and a timeline showing when the Committee
could comment. Ms Doughty undertook to circulate both documents once they had been received from the Integrated
Care Board.</p>

<h2>4. Next steps</h2>
<ul>
<li>The Integrated Care Board will provide a written report for the formal meeting of the Health Overview and
Scrutiny Committee on 11 March 2026.</li>
<li>Ms Doughty will circulate the slides used at the briefing to all members of the Committee, including those
unable to attend.</li>
<li>The Chairman will consider, with the Vice-Chairman, whether the proposals amount to a substantial variation
in service requiring formal consultation with the Committee.</li>
</ul>
<p><em>Notes taken by Claire Doughty, Scrutiny and Member Development Officer. These notes have not been approved
by the Committee and do not form part of the formal record of its proceedings.</em></p>
</main>
<footer>
<p>Rushmere County Council, County Hall, Market Street, Rushmere RU1 2AA &middot; Page last updated: 27 January 2026</p>
<p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""

P3_GOLD = {"document": P3, "doc_type": "other"}


def build_p3():
    (DOCS / P3).write_text(P3_HTML, encoding="utf-8")


# --------------------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------------------
def source_text_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        pages = []
        for pg in pdf.pages:
            lines = (pg.extract_text() or "").split("\n")
            lines = [l for l in lines if not (l.startswith(P1_HEADER_L) or l.startswith("Page "))]
            pages.append("\n".join(lines))
        n = len(pdf.pages)
    txt = "\n".join(pages)
    txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)  # rejoin words hyphenated at line ends
    return txt, n


def check_phrases(name, gold, texts):
    errors = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q.get("answer"):
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n_words = len(ph.split())
        if not 6 <= n_words <= 15:
            errors.append(f"{name}: {kind} phrase has {n_words} words: {ph!r}")
        for label, t in texts.items():
            c = norm(t).count(norm(ph))
            if c != 1:
                errors.append(f"{name} [{label}]: {kind} phrase occurs {c} times: {ph!r}")
    items = {i["number"] for i in gold.get("items", [])}
    for row in gold.get("questions", []) + gold.get("resolutions", []):
        if row["item"] not in items:
            errors.append(f"{name}: row refers to unknown item {row['item']}")
    return errors, len(phrases)


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    src1 = build_p1()
    src2 = build_p2()
    build_p3()
    for g in (P1_GOLD, P2_GOLD, P3_GOLD):
        name = Path(g["document"]).with_suffix(".json").name
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--check" not in sys.argv:
        print("built", P1, P2, P3)
        return 0
    import docx
    pdf_txt, npages = source_text_pdf(DOCS / P1)
    d = docx.Document(str(DOCS / P2))
    docx_txt = "\n".join(p.text for p in d.paragraphs)
    errors = []
    e, n1 = check_phrases(P1, P1_GOLD, {"source": src1, "pdf": pdf_txt})
    errors += e
    e, n2 = check_phrases(P2, P2_GOLD, {"source": src2, "docx": docx_txt})
    errors += e
    if not 4 <= npages <= 6:
        errors.append(f"{P1}: {npages} pages, want 4-6")
    for g in (P1_GOLD, P2_GOLD):
        print(f"{g['document']}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print(f"{P1}: {npages} pages; {n1 + n2} phrases checked")
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED")
        return 1
    print("CHECK PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
