#!/usr/bin/env python3
"""Build the "jc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jc.py           build documents/jc-* and gold/jc-*.json
        build_jc.py --check   verify every gold phrase occurs once in its document
"""
import json
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 12, 12, 9, 30, tzinfo=timezone.utc)

MINUTES = "jc-thornhay-hosc-2025-12-08.pdf"
REPORT = "jc-thornhay-hosc-report-winter-planning-2025-26.pdf"

COMMITTEE = "Health Overview and Scrutiny Committee"
DATE_TEXT = "8 December 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

MEMBERS_TOP = [
    "Councillor Rosalind Okafor (Chair)",
    "Councillor Peter Vassallo (Vice-Chair)",
]
MEMBERS_COLS = [
    ("Councillor Amira Desai", "Councillor Howard Lipton"),
    ("Councillor Giulia Ferraro", "Councillor Brendan Mulcahy"),
    ("Councillor Nadim Chaudry", "Councillor Tessa Whitlock"),
    ("Councillor Jonah Feld (as substitute)", ""),
]
ALSO = [
    ("Councillor Deborah Lyle", "Cabinet Member for Adult Social Care and Health"),
    ("Dr Ifeoma Nwankwo", "Director of Public Health"),
    ("Martin Searle", "Borough Director (Thornhay), North Metropolitan London ICB"),
    ("Helen Cartwright", "Director of Operations, North Metropolitan Hospitals NHS Foundation Trust"),
    ("Dr Samuel Achterberg", "Clinical Director, Thornhay Central Primary Care Network"),
    ("Carys Pemberton", "Service Director, Children and Young People\u2019s Services, "
                        "Thornhay and Wyndale Mental Health NHS Trust"),
    ("Lydia Marchetti", "Assistant Director, Children\u2019s Commissioning"),
    ("Nadia Carrow", "Chief Executive, Healthwatch Thornhay"),
    ("Owen Draycott", "Governance Officer"),
]
APOLOGIES = ["Councillor Marsha Greening"]

NOTICE = ("This meeting was held in Committee Room 1, Thornhay Town Hall, and was broadcast "
          "live on the Council\u2019s website. The recording can be viewed for twelve months "
          "from the date of the meeting. Written public questions and the answers given are "
          "published with the agenda papers for this meeting.")

# Blocks: ("item", number, title) | ("p", text) | ("res", text) | ("bullets", [..])
#         ("letters", [..]) | ("action", text) | ("sub", text) | ("decl",) | ("vote",)
BODY = [
    ("item", "1", "MINUTES (Agenda Item 1):"),
    ("p", "Councillor Mulcahy asked whether the figures on ambulance handover delays requested "
          "at the last meeting had been received from the ICB. The Governance Officer confirmed "
          "that the figures had been circulated to Members by email on 4 November 2025 and "
          "would be appended to the published minutes."),
    ("res", "That the minutes of the meeting held on 13 October 2025 be agreed as a correct "
            "record."),

    ("item", "2", "ABSENCE OF MEMBERS (IF ANY) (Agenda Item 2):"),
    ("p", "Apologies for absence were received from Councillor Marsha Greening, who was "
          "substituted by Councillor Jonah Feld. Councillor Vassallo advised that he would need "
          "to leave the meeting before the end of the business."),

    ("item", "3", "DECLARATION OF MEMBERS\u2019 DISCLOSABLE PECUNIARY INTERESTS AND OTHER "
                  "INTERESTS (IF ANY) (Agenda Item 3):"),
    ("decl",),

    ("item", "4", "REPORT OF THE MONITORING OFFICER (IF ANY) (Agenda Item 4):"),
    ("p", "None."),

    ("item", "5", "PUBLIC QUESTIONS AND COMMENTS (IF ANY) (Agenda Item 5):"),
    ("p", "Two public questions had been received. The questions and the written answers were "
          "published on the Council\u2019s website and tabled at the meeting. Supplementary "
          "questions were asked and answered as follows:"),
    ("p", "Mr Graham Ellery asked whether the ICB would publish the attendance data behind its "
          "proposal to reduce the opening hours of the Sedgecombe Walk-in Centre. Mr Searle "
          "responded that the data would be published alongside the engagement document in "
          "January 2026, and that no decision had yet been taken."),
    ("p", "Ms Priya Ramanathan asked what support was offered to unpaid carers when a relative "
          "was discharged from Thornhay General Hospital late in the evening. Councillor Lyle "
          "replied that she would provide a written response, as the discharge team would need "
          "to check the current arrangements with the Trust."),

    ("item", "6", "MEMBERS\u2019 ITEMS (IF ANY) (Agenda Item 6):"),
    ("sub", "Councillor Brendan Mulcahy \u2013 Telephone and Online Access to GP Practices"),
    ("p", "The Committee considered a Member\u2019s Item in the name of Councillor Mulcahy, who "
          "explained that residents in Merrow Hill ward had reported waiting for more than 40 "
          "minutes on the telephone at 8.00 am to book an appointment with their practice. He "
          "asked the Committee to request practice-level data on call waiting times from the "
          "ICB. The Chair invited Dr Achterberg to the table."),
    ("p", "Councillor Ferraro questioned whether the new online booking system disadvantaged "
          "older residents who did not use the internet. Dr Achterberg explained that every "
          "practice was required to keep a telephone route and its reception desk open for "
          "booking, and that the online form was intended to free up the telephone lines for "
          "those who needed them most. Councillor Chaudry asked how many practices in the "
          "borough had moved to the total triage model. Dr Achterberg advised that 21 of the 38 "
          "practices had done so and that the remainder would move by April 2026."),
    ("p", "Councillor Mulcahy moved that the Chair write to the Secretary of State for Health "
          "and Social Care calling for additional funding for GP telephone systems in outer "
          "London. This was seconded by Councillor Whitlock. Following discussion, the Chair "
          "moved to the vote. Votes were recorded as follows:"),
    ("vote",),
    ("p", "The motion was therefore lost."),
    ("res", "That the Committee request that the North Metropolitan London ICB provide "
            "practice-level data on telephone call waiting times and the use of online "
            "consultation forms, to be reported to the Committee\u2019s meeting on 2 March "
            "2026."),

    ("item", "7", "WINTER PLANNING AND URGENT AND EMERGENCY CARE 2025/26 (Agenda Item 7):"),
    ("p", "The Chair invited to the table:"),
    ("bullets", [
        "Martin Searle \u2013 Borough Director (Thornhay), North Metropolitan London ICB",
        "Helen Cartwright \u2013 Director of Operations, North Metropolitan Hospitals NHS "
        "Foundation Trust",
        "Councillor Deborah Lyle \u2013 Cabinet Member for Adult Social Care and Health",
        "Dr Ifeoma Nwankwo \u2013 Director of Public Health",
    ]),
    ("p", "Mr Searle introduced the report, which set out the joint winter plan of the ICB, the "
          "Trust and the Council. He highlighted the new Urgent Care Coordination Hub, which "
          "would route ambulance calls for frail older people to community teams, the expansion "
          "of the virtual ward to 60 beds and the flu and COVID-19 vaccination campaign, which "
          "had started on 1 October 2025. Ms Cartwright reported that four-hour performance at "
          "Thornhay General Hospital had been 71.4 per cent in October against a target of 78 "
          "per cent, and that ambulance handovers had averaged 37 minutes."),
    ("p", "Councillor Whitlock asked why the uptake of the flu vaccination among front-line staff "
          "at the Trust had fallen to 38 per cent. Ms Cartwright advised that uptake had been "
          "lower across London this year and that peer vaccinators were now visiting wards "
          "during night shifts; uptake would be reported to the Trust Board weekly until the "
          "end of January. Councillor Lipton asked what was being done about the uptake of "
          "childhood immunisations, which remained below the London average. Dr Nwankwo "
          "explained that the public health team was funding outreach clinics at the three "
          "family hubs and in two mosques, and that text reminders were now sent in eleven "
          "community languages."),
    ("p", "The Committee expressed concern that patients with mental health needs were waiting "
          "in the emergency department for more than 24 hours for a bed. Ms Cartwright "
          "acknowledged that this was the Trust\u2019s most serious pressure and explained that "
          "a mental health crisis assessment space, staffed by the mental health trust, had "
          "opened beside the emergency department in October. Councillor Chaudry sought "
          "clarification on the number of patients who had waited more than 12 hours in the "
          "department in November. He was informed that the figure was 214 and that it would "
          "be included in the next quarterly performance report."),
    ("p", "In response to a question from Councillor Desai about delayed discharges, Councillor "
          "Lyle said that the Council had block-booked 12 step-down beds at Hollybank Lodge for "
          "the winter at a cost of \u00a3410,000, funded from the Better Care Fund, and that the "
          "average number of patients in hospital who were medically fit for discharge had "
          "fallen from 46 to 31 since the summer."),
    ("p", "Councillor Ferraro sought assurance that the Urgent Care Coordination Hub would not "
          "simply move pressure onto community nursing teams, which already carried vacancies. "
          "Mr Searle stated that 14 additional community nurses had been recruited for the "
          "winter using the ICB\u2019s winter funding, and that the hub\u2019s performance would "
          "be reviewed in February."),
    ("p", "Councillor Feld commented that residents in the west of the borough found it "
          "difficult to reach the urgent treatment centre at Kingsfold by public transport, "
          "particularly in the evenings."),
    ("p", "Councillor Vassallo requested that the Committee receive the ambulance handover "
          "figures for the Christmas and New Year period at its next meeting. The Chair agreed "
          "and asked the Governance Officer to add this to the work programme."),
    ("action", "Martin Searle / Governance Officer"),
    ("res", "That the Committee:"),
    ("letters", [
        "Note the winter plan for 2025/26.",
        "Request that data on ambulance handover times and 12-hour waits in the emergency "
        "department over the Christmas and New Year period be reported to its meeting on "
        "2 March 2026.",
    ]),

    ("item", "8", "CHILDREN AND YOUNG PEOPLE\u2019S MENTAL HEALTH SERVICES (Agenda Item 8):"),
    ("p", "The Chair invited to the table:"),
    ("bullets", [
        "Carys Pemberton \u2013 Service Director, Children and Young People\u2019s Services, "
        "Thornhay and Wyndale Mental Health NHS Trust",
        "Lydia Marchetti \u2013 Assistant Director, Children\u2019s Commissioning",
    ]),
    ("p", "Ms Pemberton presented the update, which covered waiting times for the community "
          "Child and Adolescent Mental Health Service (CAMHS), the neurodevelopmental assessment "
          "pathway and the single point of access that had opened in June 2025."),
    ("p", "The Committee noted the following in response to questions from Members:"),
    ("abc", [
        "Councillor Desai asked how long children referred to community CAMHS were waiting for "
        "a first appointment. The median wait was 11 weeks, down from 19 weeks a year earlier; "
        "children with a suspected eating disorder were seen within four weeks.",
        "Members were concerned that the waiting list for neurodevelopmental assessment had "
        "grown to more than 2,100 children. The Trust had commissioned an independent provider "
        "to carry out 400 additional assessments before March 2026, paid for from "
        "non-recurrent ICB funding.",
        "Councillor Ferraro asked whether schools could refer pupils directly to the Mental "
        "Health Support Teams. Ms Marchetti explained that teams currently covered 31 of the "
        "borough\u2019s 92 schools and that a bid had been made for a further team to cover "
        "the secondary schools in the east of the borough.",
        "Councillor Whitlock questioned the reliance on agency psychologists. Nine of the 47 "
        "clinical posts were filled by agency staff; a recruitment campaign offering a "
        "retention payment had begun in September and four posts had since been filled.",
        "A Member asked whether young people had been involved in designing the single point "
        "of access. A Youth Advisory Group of 14 young people had helped to design the referral "
        "form and would be consulted on the crisis pathway in the new year.",
        "Councillor Chaudry requested a breakdown of waiting times by ward and by ethnicity. "
        "Ms Pemberton agreed to provide this after the meeting.",
    ]),
    ("action", "Carys Pemberton"),
    ("p", "Following discussion, the Committee noted the update on children and young "
          "people\u2019s mental health services and thanked Ms Pemberton and Ms Marchetti for "
          "their attendance."),

    ("item", "9", "HEALTHWATCH THORNHAY ANNUAL REPORT 2024/25 (Agenda Item 9):"),
    ("p", "Nadia Carrow, Chief Executive, Healthwatch Thornhay, presented the annual report, "
          "which drew on the views of more than 2,600 residents and on eight Enter and View "
          "visits carried out by trained volunteers during the year."),
    ("p", "Councillor Mulcahy asked what Healthwatch had found when it visited care homes in the "
          "borough. Ms Carrow said that most homes had been welcoming, but that at two homes "
          "residents had told volunteers that they were rarely able to go outside, and that the "
          "homes\u2019 responses would be published on the Healthwatch website. The Vice-Chair "
          "commented that the findings on children\u2019s access to NHS dentistry were very "
          "worrying, with only 41 per cent of children in the borough having seen a dentist in "
          "the last year. Ms Carrow agreed and said that Healthwatch would share its survey "
          "results with the ICB\u2019s dental commissioning team."),
    ("p", "Councillor Vassallo left the meeting at 8.55 pm."),
    ("res", "That the Committee note the Healthwatch Thornhay Annual Report 2024/25."),

    ("item", "10", "HEALTH OVERVIEW AND SCRUTINY COMMITTEE FORWARD WORK PROGRAMME "
                   "(Agenda Item 10):"),
    ("p", "The Committee considered its Forward Work Programme for the remainder of the 2025/26 "
          "municipal year."),
    ("p", "Councillor Ferraro requested that an item on the recommissioning of sexual health "
          "services be added to the work programme before the new contract was awarded. The "
          "Governance Officer advised that the item could be scheduled for the meeting on "
          "2 March 2026, which had space for one further report."),
    ("res", "That the Committee note the Forward Work Programme, subject to the addition of "
            "the items agreed at this meeting."),

    ("item", "11", "ANY ITEM(S) THE CHAIR DECIDES ARE URGENT (Agenda Item 11):"),
    ("p", "None."),
]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 5, f"Decisions of the {COMMITTEE} \u2013 {DATE_TEXT}", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, str(self.page_no()), align="C")


def new_pdf(cls):
    pdf = cls(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def build_minutes(path):
    pdf = new_pdf(MinutesPDF)
    pdf.set_title(f"Decisions of the {COMMITTEE}")
    pdf.set_author("London Borough of Thornhay")
    pdf.add_page()
    lm, ind = 20, 32
    lh = 5.4

    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, f"Decisions of the {COMMITTEE}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, DATE_TEXT, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "Members Present:-", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10.5)
    for line in MEMBERS_TOP:
        pdf.set_x(ind)
        pdf.cell(0, lh, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for left, right in MEMBERS_COLS:
        pdf.set_x(ind)
        pdf.cell(80, lh, left)
        pdf.cell(0, lh, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "Also in attendance:-", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_left_margin(ind)
    for name, role in ALSO:
        pdf.multi_cell(0, lh, f"{name} \u2013 {role}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(lm)
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 6, "Apologies for Absence", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10.5)
    for name in APOLOGIES:
        pdf.set_x(ind)
        pdf.cell(0, lh, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    # Boxed notice
    pdf.set_font("DejaVu", "I", 9.5)
    pdf.set_fill_color(242, 242, 242)
    pdf.multi_cell(0, 5, NOTICE, border=1, fill=True, padding=3,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(lm, y)
            pdf.cell(ind - lm, lh, f"{num}.")
            pdf.set_left_margin(ind)
            pdf.set_xy(ind, y)
            pdf.multi_cell(0, lh, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
            pdf.set_font("DejaVu", "", 10.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "sub":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, lh, block[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "res":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, lh, "**RESOLVED** \u2013 " + block[1], markdown=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "action":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.cell(pdf.get_string_width("Action: ") + 1, lh, "Action:")
            pdf.set_font("DejaVu", "", 10.5)
            pdf.cell(0, lh, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind in ("bullets", "letters", "abc"):
            pdf.set_font("DejaVu", "", 10.5)
            for i, text in enumerate(block[1]):
                if kind == "bullets":
                    mark = "\u2022"
                elif kind == "letters":
                    mark = f"{i + 1}."
                else:
                    mark = f"({'abcdefghij'[i]})"
                y = pdf.get_y()
                if y > 268:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(ind, y)
                pdf.cell(9, lh, mark)
                pdf.set_left_margin(ind + 9)
                pdf.set_xy(ind + 9, y)
                pdf.multi_cell(0, lh, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_left_margin(ind)
                pdf.ln(1.5 if kind == "bullets" else 2)
            pdf.ln(1.5)
        elif kind == "decl":
            pdf.set_font("DejaVu", "B", 9.5)
            widths = (42, 52, 64)
            heads = ("Member", "Agenda Item", "Interest declared")
            pdf.set_fill_color(230, 230, 230)
            for w, h in zip(widths, heads):
                pdf.cell(w, 6, h, border=1, fill=True)
            pdf.ln(6)
            pdf.set_font("DejaVu", "", 9.5)
            row = ("Councillor Amira Desai",
                   "8 \u2013 Children and Young People\u2019s Mental Health Services",
                   "Non-pecuniary interest as she is employed as a school nurse by a "
                   "neighbouring NHS trust. Councillor Desai remained in the room and took part "
                   "in the discussion.")
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                           first_row_as_headings=False, line_height=4.8,
                           text_align="LEFT") as table:
                r = table.row()
                for c in row:
                    r.cell(c)
            pdf.ln(4)
        elif kind == "vote":
            pdf.set_font("DejaVu", "", 10.5)
            for label, n in (("For", "4"), ("Against", "5"), ("Abstain", "0")):
                pdf.set_x(ind + 10)
                pdf.cell(30, lh, label)
                pdf.cell(10, lh, n, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
    pdf.set_left_margin(lm)
    pdf.set_x(lm)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(0, lh, "The meeting finished at 9.12 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(16)
    pdf.cell(0, lh, "Signed  ....................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, lh, "Chair", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(0, lh, "Date  ......................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# The document that is not minutes: an officer report to the committee
# ---------------------------------------------------------------------------

class ReportPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_xy(20, 10)
        self.cell(120, 5, "LONDON BOROUGH OF THORNHAY")
        self.set_font("DejaVu", "", 9)
        self.cell(50, 5, "AGENDA ITEM 7", align="R")
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, str(self.page_no() + 16), align="C")


REPORT_ROWS = [
    ("Title", "Winter Planning and Urgent and Emergency Care 2025/26"),
    ("Report of", "Borough Director (Thornhay), North Metropolitan London Integrated Care Board"),
    ("Wards", "All"),
    ("Status", "Public"),
    ("Urgent", "No"),
    ("Key", "No"),
    ("Enclosures", "Appendix A \u2013 North Metropolitan London Winter Plan 2025/26: summary"),
    ("Officer Contact Details", "Owen Draycott, Governance Officer, "
                                "owen.draycott@thornhay.gov.uk, 020 7946 0123"),
]

REPORT_BODY = [
    ("h", "Summary"),
    ("p", "This report sets out how the North Metropolitan London Integrated Care Board (ICB), "
          "North Metropolitan Hospitals NHS Foundation Trust and the London Borough of Thornhay "
          "are preparing for winter 2025/26. It describes the new Urgent Care Coordination Hub, "
          "the expansion of the virtual ward, the winter vaccination campaign, the arrangements "
          "for discharging patients from hospital and the additional capacity purchased by the "
          "Council from the Better Care Fund."),
    ("h", "Officers Recommendations"),
    ("n", "1.", "That the Committee note the winter plan for 2025/26 set out in this report and "
                "in Appendix A."),
    ("n", "2.", "That the Committee consider whether it wishes to receive a further report on "
                "urgent and emergency care performance over the winter period, and if so, at "
                "which meeting."),
    ("h", "1. WHY THIS REPORT IS NEEDED"),
    ("n", "1.1", "The Committee\u2019s work programme for 2025/26 includes an annual item on "
                 "winter planning. At its meeting on 13 October 2025 the Committee asked the ICB "
                 "to set out how the local system would manage demand on Thornhay General "
                 "Hospital\u2019s emergency department, and how patients who are medically fit "
                 "for discharge would be supported to leave hospital promptly."),
    ("n", "1.2", "Winter 2024/25 saw the highest number of emergency attendances recorded at "
                 "Thornhay General Hospital, with an average of 412 attendances a day in "
                 "January 2025. Four-hour performance fell to 64.9 per cent in that month."),
    ("n", "1.3", "The Urgent Care Coordination Hub opened on 3 November 2025. Clinicians in the "
                 "hub review ambulance calls for frail older people and, where it is safe to do "
                 "so, arrange a visit from a community team instead of a conveyance to hospital. "
                 "The virtual ward has been expanded from 40 to 60 beds."),
    ("n", "1.4", "The Council has block-booked twelve step-down beds in a local care home for "
                 "the period December 2025 to March 2026, at a cost of \u00a3410,000 met from "
                 "the Better Care Fund."),
    ("h", "Questions the Committee may wish to explore"),
    ("b", "How will the Committee know whether the Urgent Care Coordination Hub is reducing "
          "conveyances to hospital?"),
    ("b", "What is being done to improve flu vaccination uptake among hospital and care staff?"),
    ("b", "How long do patients with mental health needs wait in the emergency department, and "
          "what is being done to reduce these waits?"),
    ("b", "Are the step-down beds being used, and what happens to patients when the funding "
          "ends in March?"),
    ("h", "2. REASONS FOR RECOMMENDATIONS"),
    ("n", "2.1", "The Committee has a statutory role in reviewing the planning, provision and "
                 "operation of health services in the borough. Receiving the winter plan allows "
                 "Members to seek assurance that the local system is prepared."),
    ("h", "3. ALTERNATIVE OPTIONS CONSIDERED AND NOT RECOMMENDED"),
    ("n", "3.1", "None."),
    ("h", "4. POST DECISION IMPLEMENTATION"),
    ("n", "4.1", "Any requests for further information will be passed to the ICB and the Trust "
                 "by the Governance Officer, and the Committee\u2019s Forward Work Programme "
                 "will be updated."),
    ("h", "5. IMPLICATIONS OF DECISION"),
    ("n", "5.1", "Corporate Priorities and Performance: the report supports the Thornhay "
                 "Corporate Plan 2024\u201328 priority of healthy and independent residents."),
    ("n", "5.2", "Resources (Finance & Value for Money, Procurement, Staffing, IT, Property, "
                 "Sustainability): there are no direct financial implications for the Council "
                 "arising from this report beyond the Better Care Fund spending described at "
                 "paragraph 1.4."),
    ("n", "5.3", "Legal and Constitutional References: the Council\u2019s Constitution, Article 6, "
                 "sets out the terms of reference of the Health Overview and Scrutiny "
                 "Committee, which include the scrutiny of local NHS bodies."),
    ("n", "5.4", "Social Value: not applicable to this report."),
    ("n", "5.5", "Risk Management: the principal risk is that demand exceeds the capacity "
                 "described in the plan; this is managed through the system\u2019s daily "
                 "operational calls and the ICB\u2019s escalation framework."),
    ("n", "5.6", "Equalities and Diversity: the winter vaccination campaign includes outreach "
                 "to communities with lower uptake, as described in Appendix A."),
    ("n", "5.7", "Consultation and Engagement: Healthwatch Thornhay has been invited to comment "
                 "on the plan."),
    ("h", "6. BACKGROUND PAPERS"),
    ("n", "6.1", "Health Overview and Scrutiny Committee, 13 October 2025, minute item 7 "
                 "(Urgent and Emergency Care Performance)."),
]


def build_report(path):
    pdf = new_pdf(ReportPDF)
    pdf.set_title("Winter Planning and Urgent and Emergency Care 2025/26")
    pdf.set_author("London Borough of Thornhay")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, COMMITTEE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 7, DATE_TEXT, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(50, 120), line_height=5.5, first_row_as_headings=False,
                   text_align="LEFT") as table:
        for k, v in REPORT_ROWS:
            r = table.row()
            pdf.set_font("DejaVu", "B", 10)
            r.cell(k)
            pdf.set_font("DejaVu", "", 10)
            r.cell(v)
    pdf.ln(6)
    for b in REPORT_BODY:
        if b[0] == "h":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 6, b[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif b[0] == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif b[0] == "n":
            pdf.set_font("DejaVu", "", 10)
            y = pdf.get_y()
            pdf.cell(12, 5.2, b[1])
            pdf.set_left_margin(32)
            pdf.set_xy(32, y)
            pdf.multi_cell(0, 5.2, b[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_left_margin(20)
            pdf.ln(2)
        elif b[0] == "b":
            pdf.set_font("DejaVu", "", 10)
            y = pdf.get_y()
            pdf.set_x(24)
            pdf.cell(8, 5.2, "\u2022")
            pdf.set_left_margin(32)
            pdf.set_xy(32, y)
            pdf.multi_cell(0, 5.2, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_left_margin(20)
            pdf.ln(1)
    pdf.output(str(path))
    return pdf.page_no()


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-12-08",
    "items": [
        {"number": "1", "title": "MINUTES"},
        {"number": "2", "title": "ABSENCE OF MEMBERS (IF ANY)"},
        {"number": "3", "title": "DECLARATION OF MEMBERS\u2019 DISCLOSABLE PECUNIARY INTERESTS "
                                 "AND OTHER INTERESTS (IF ANY)"},
        {"number": "4", "title": "REPORT OF THE MONITORING OFFICER (IF ANY)"},
        {"number": "5", "title": "PUBLIC QUESTIONS AND COMMENTS (IF ANY)"},
        {"number": "6", "title": "MEMBERS\u2019 ITEMS (IF ANY)"},
        {"number": "7", "title": "WINTER PLANNING AND URGENT AND EMERGENCY CARE 2025/26"},
        {"number": "8", "title": "CHILDREN AND YOUNG PEOPLE\u2019S MENTAL HEALTH SERVICES"},
        {"number": "9", "title": "HEALTHWATCH THORNHAY ANNUAL REPORT 2024/25"},
        {"number": "10", "title": "HEALTH OVERVIEW AND SCRUTINY COMMITTEE FORWARD WORK "
                                  "PROGRAMME"},
        {"number": "11", "title": "ANY ITEM(S) THE CHAIR DECIDES ARE URGENT"},
    ],
    "questions": [
        Q("1", "question", "Councillor Mulcahy asked whether the figures on ambulance handover "
          "delays", "Councillor Mulcahy",
          "the figures had been circulated to Members by email on 4 November 2025",
          "Governance Officer", []),
        Q("5", "question", "Mr Graham Ellery asked whether the ICB would publish the attendance "
          "data", "Mr Graham Ellery",
          "the data would be published alongside the engagement document in January 2026",
          "Mr Searle", ["primary-care", "patient-and-public-input"]),
        Q("5", "question", "what support was offered to unpaid carers when a relative was "
          "discharged", "Ms Priya Ramanathan",
          "she would provide a written response, as the discharge team would need",
          "Councillor Lyle", ["adult-social-care"]),
        Q("6", "question", "Councillor Ferraro questioned whether the new online booking system "
          "disadvantaged older residents", "Councillor Ferraro",
          "every practice was required to keep a telephone route and its reception desk",
          "Dr Achterberg", ["primary-care"]),
        Q("6", "question", "how many practices in the borough had moved to the total triage "
          "model", "Councillor Chaudry",
          "21 of the 38 practices had done so and that the remainder",
          "Dr Achterberg", ["primary-care"]),
        Q("7", "question", "Councillor Whitlock asked why the uptake of the flu vaccination",
          "Councillor Whitlock",
          "peer vaccinators were now visiting wards during night shifts",
          "Ms Cartwright", ["public-health", "workforce"]),
        Q("7", "question", "Councillor Lipton asked what was being done about the uptake of "
          "childhood immunisations", "Councillor Lipton",
          "the public health team was funding outreach clinics at the three family hubs",
          "Dr Nwankwo", ["public-health", "children-and-families"]),
        Q("7", "concern", "The Committee expressed concern that patients with mental health "
          "needs were", None,
          "a mental health crisis assessment space, staffed by the mental health trust",
          "Ms Cartwright", ["mental-health"]),
        Q("7", "question", "Councillor Chaudry sought clarification on the number of patients "
          "who had waited", "Councillor Chaudry",
          "He was informed that the figure was 214", None, []),
        Q("7", "question", "In response to a question from Councillor Desai about delayed "
          "discharges", "Councillor Desai",
          "the Council had block-booked 12 step-down beds at Hollybank Lodge",
          "Councillor Lyle", ["adult-social-care", "finance", "integration"]),
        Q("7", "concern", "Councillor Ferraro sought assurance that the Urgent Care Coordination "
          "Hub would not", "Councillor Ferraro",
          "14 additional community nurses had been recruited for the winter",
          "Mr Searle", ["workforce", "finance"]),
        Q("7", "comment", "found it difficult to reach the urgent treatment centre at Kingsfold "
          "by public transport", "Councillor Feld", None, None, []),
        Q("7", "request", "Councillor Vassallo requested that the Committee receive the "
          "ambulance handover figures", "Councillor Vassallo",
          "The Chair agreed and asked the Governance Officer to add this",
          "Chair", []),
        Q("8", "question", "how long children referred to community CAMHS were waiting for a "
          "first appointment", "Councillor Desai",
          "The median wait was 11 weeks, down from 19 weeks", None,
          ["mental-health", "children-and-families"]),
        Q("8", "concern", "Members were concerned that the waiting list for neurodevelopmental "
          "assessment had grown", None,
          "The Trust had commissioned an independent provider to carry out 400 additional "
          "assessments", None,
          ["children-and-families", "mental-health", "subcontracting", "finance"]),
        Q("8", "question", "Councillor Ferraro asked whether schools could refer pupils directly "
          "to the Mental Health", "Councillor Ferraro",
          "teams currently covered 31 of the borough\u2019s 92 schools",
          "Ms Marchetti", ["children-and-families", "mental-health"]),
        Q("8", "concern", "Councillor Whitlock questioned the reliance on agency psychologists",
          "Councillor Whitlock",
          "Nine of the 47 clinical posts were filled by agency staff", None,
          ["workforce", "mental-health"]),
        Q("8", "question", "whether young people had been involved in designing the single "
          "point of access", None,
          "A Youth Advisory Group of 14 young people had helped to design", None,
          ["patient-and-public-input", "children-and-families"]),
        Q("8", "request", "Councillor Chaudry requested a breakdown of waiting times by ward and "
          "by ethnicity", "Councillor Chaudry",
          "Ms Pemberton agreed to provide this after the meeting",
          "Ms Pemberton", ["mental-health", "children-and-families"]),
        Q("9", "question", "Councillor Mulcahy asked what Healthwatch had found when it visited "
          "care homes", "Councillor Mulcahy",
          "at two homes residents had told volunteers that they were rarely able",
          "Ms Carrow", ["adult-social-care", "patient-and-public-input"]),
        Q("9", "comment", "commented that the findings on children\u2019s access to NHS "
          "dentistry were very worrying", "Vice-Chair",
          "Healthwatch would share its survey results with the ICB\u2019s dental commissioning "
          "team", "Ms Carrow", ["primary-care", "children-and-families"]),
        Q("10", "request", "Councillor Ferraro requested that an item on the recommissioning of "
          "sexual health services", "Councillor Ferraro",
          "the item could be scheduled for the meeting on 2 March 2026",
          "Governance Officer", ["public-health", "subcontracting"]),
    ],
    "resolutions": [
        R("1", "the minutes of the meeting held on 13 October 2025 be agreed", "agreed", []),
        R("6", "calling for additional funding for GP telephone systems in outer London",
          "rejected", ["primary-care", "finance"]),
        R("6", "data on telephone call waiting times and the use of online consultation forms",
          "agreed", ["primary-care"]),
        R("7", "Request that data on ambulance handover times and", "agreed", []),
        R("8", "noted the update on children and young people\u2019s mental health services",
          "noted", ["mental-health", "children-and-families"]),
        R("9", "That the Committee note the Healthwatch Thornhay Annual Report", "noted",
          ["patient-and-public-input"]),
        R("10", "note the Forward Work Programme, subject to the addition of the items",
          "agreed", []),
    ],
    "attendees": (
        [{"name": "Councillor Rosalind Okafor", "role": "Chair", "attendance": "present"},
         {"name": "Councillor Peter Vassallo", "role": "Vice-Chair", "attendance": "present"}]
        + [{"name": n, "role": None, "attendance": "present"}
           for n in ("Councillor Amira Desai", "Councillor Howard Lipton",
                     "Councillor Giulia Ferraro", "Councillor Brendan Mulcahy",
                     "Councillor Nadim Chaudry", "Councillor Tessa Whitlock",
                     "Councillor Jonah Feld")]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
        + [{"name": n, "role": None, "attendance": "apologies"} for n in APOLOGIES]
    ),
}

GOLD_REPORT = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def _norm(s, sep):
    out = []
    for ch in s.lower():
        out.append(sep if unicodedata.category(ch).startswith("P") else ch)
    return " ".join("".join(out).split())


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check():
    ok = True
    text = pdf_text(DOCS / MINUTES)
    phrases = []
    for q in GOLD_MINUTES["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in GOLD_MINUTES["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n_words = len(_norm(p, " ").split())
        if not 6 <= n_words <= 15:
            print(f"LENGTH {n_words}: {kind}: {p}")
            ok = False
        for sep in ("", " "):
            count = _norm(text, sep).count(_norm(p, sep))
            if count != 1:
                print(f"FOUND {count}x (sep={sep!r}): {kind}: {p}")
                ok = False
    for name in (MINUTES, REPORT):
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text())
        if g["document"] != name or not (DOCS / name).exists():
            print("BAD gold/document pairing:", name)
            ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    n1 = build_minutes(DOCS / MINUTES)
    n2 = build_report(DOCS / REPORT)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES} ({n1} pages), {REPORT} ({n2} pages) and their gold files")


if __name__ == "__main__":
    main()
