#!/usr/bin/env python3
"""Build the "lo-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lo.py           build documents/lo-* and gold/lo-*.json
        build_lo.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES = "lo-sarnfordshire-sse-jhsc-2025-03-12.pdf"
REPORT = "lo-sarnfordshire-sse-jhsc-substantial-variation-report.docx"
COMMITTEE = "Sarnford, Sarnfordshire and Edenmoor Joint Health Scrutiny Committee"
FIXED = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Sarnfordshire County Council", [
        "Mr. P. R. Halloran CC (in the Chair)",
        "Mrs. E. J. Whitcombe CC",
        "Mr. K. Vellacott CC",
        "Dr. S. Hillier CC",
        "Mrs. M. Trubshaw CC",
    ]),
    ("Sarnford City Council", [
        "Cllr. Nasreen Mowbray",
        "Cllr. Tobias Quartey",
        "Cllr. Leanne Fairhurst",
    ]),
    ("Edenmoor County Council", [
        "Cllr. G. Wibberley",
        "Cllr. H. Oakshott",
    ]),
]

IN_ATTENDANCE = [
    "Helena Marchbank, Chief Executive, Sarnford, Sarnfordshire and Edenmoor Integrated "
    "Care Board (minute 55 refers)",
    "Owen Tregarthen, Chief Finance Officer, SSE ICB (minute 55 refers)",
    "Imogen Braithwaite, Director of Adults and Communities, Sarnfordshire County Council "
    "(minute 55 refers)",
    "Jonathan Avery, Director of Strategy, Sarnfordshire Partnership NHS Trust "
    "(minute 56 refers)",
    "Tamsin Roe, Head of Engagement, SSE ICB (minute 56 refers)",
    "Lorna Kerslake, Chair, Healthwatch Edenmoor (minute 56 refers)",
    "Dr. Kwame Lessiter, Clinical Director for Families, Young People and Children\u2019s "
    "Services, Sarnfordshire Partnership NHS Trust (minute 57 refers)",
    "Rebecca Yallop, Head of Children\u2019s Commissioning, SSE ICB (minute 57 refers)",
]

APOLOGIES = "Mr. T. Ollerenshaw CC and Cllr. Danielle Prowse (Sarnford City Council)."

# Each item: number, title, list of blocks.  Blocks:
#   ("p", text)                 a paragraph at the body indent
#   ("b", text)                 a bold paragraph at the body indent (labels)
#   ("q", text)                 an indented quotation
#   ("li", label, text)         a hanging-indent list entry
ITEMS = [
    ("48", "Minutes of the previous meeting.", [
        ("p", "The minutes of the meeting held on 4 December 2024 were taken as read, "
              "confirmed and signed."),
    ]),
    ("49", "Question Time.", [
        ("p", "The following question, received under Standing Order 34, was put to the "
              "Chairman of the Joint Health Scrutiny Committee:"),
        ("b", "Question by Mrs. Hilary Boxall:"),
        ("q", "\u201cThe inpatient ward at Saxby Cottage Hospital has now been closed for "
              "eighteen months and the Integrated Care Board is proposing to close it "
              "permanently. Many older people in Saxby and the surrounding villages have no "
              "car and cannot easily travel to Okeby. Will the Committee ask the ICB to hold "
              "a public meeting in Saxby before the consultation closes, and will it insist "
              "that the ICB publishes the number of Saxby patients who have been sent to "
              "hospitals outside Edenmoor?\u201d"),
        ("b", "Reply by the Chairman:"),
        ("q", "\u201cThe Committee will consider the proposals for community hospital "
              "inpatient services in Edenmoor under item 10 of the agenda for this meeting "
              "(minute 56 below refers). I have raised Mrs. Boxall\u2019s question with the "
              "ICB, which has confirmed that a public meeting will be held at Saxby Town "
              "Hall during the consultation period. The Committee will also ask for figures "
              "on patients placed in beds outside Edenmoor as part of its consideration of "
              "the item.\u201d"),
        ("p", "Mrs. Boxall asked a supplementary question: whether the Committee would be "
              "given the opportunity to comment before the ICB Board took its final "
              "decision on the future of the ward. The Chairman replied that the Committee "
              "would expect the outcome of the consultation to be reported to it before any "
              "decision was made, and that this would be considered under minute 56 below."),
    ]),
    ("50", "Questions asked by members.", [
        ("p", "The Chief Executive reported that no questions had been received under "
              "Standing Order 7(3) and 7(5)."),
    ]),
    ("51", "Urgent items.", [
        ("p", "There were no urgent items for consideration."),
    ]),
    ("52", "Declarations of interest.", [
        ("p", "The Chairman invited members who wished to do so to declare any interest in "
              "respect of items on the agenda for the meeting."),
        ("p", "Cllr. Mowbray declared a non-registerable interest in all of the substantive "
              "items on the agenda as she was employed by Sarnford Hospitals NHS Trust."),
        ("p", "Dr. S. Hillier CC declared a non-registerable interest in the item on "
              "community hospital inpatient services in Edenmoor (minute 56 refers) as he "
              "was a retired general practitioner who had practised in Saxby."),
    ]),
    ("53", "Declarations of the Party Whip in accordance with Overview and Scrutiny "
           "Procedure Rule 16.", [
        ("p", "There were no declarations of the party whip."),
    ]),
    ("54", "Presentation of Petitions under Standing Order 35.", [
        ("p", "The Chief Executive reported that no petitions had been received under "
              "Standing Order 35."),
    ]),
    ("55", "Sarnford, Sarnfordshire and Edenmoor ICB - Financial Position 2024/25 and "
           "Operational Plan 2025/26.", [
        ("p", "The Committee considered a report of the Sarnford, Sarnfordshire and Edenmoor "
              "Integrated Care Board (ICB) which provided an update on the financial "
              "position of the local NHS system for 2024/25 and on the preparation of the "
              "operational and financial plan for 2025/26. A copy of the report, marked "
              "\u2018Agenda Item 9\u2019, is filed with these minutes."),
        ("p", "The Chief Finance Officer advised that the system had agreed a deficit plan "
              "of \u00a342.1 million with NHS England for 2024/25. At month 10 the system "
              "was reporting a small adverse variance against the year to date plan, but "
              "the forecast remained that the plan would be delivered. The planning "
              "guidance for 2025/26 required every system to reach financial balance, and "
              "the ICB and its partner trusts would need to deliver efficiencies of around "
              "7 per cent."),
        ("p", "Arising from discussion the following points were made:"),
        ("li", "(i)", "Members noted that the forecast for 2024/25 relied on \u00a326 "
                      "million of non-recurrent measures, including the sale of surplus "
                      "land at Brackenhurst, which would not be available in future years. "
                      "A member questioned how realistic it was for the system to reach "
                      "financial balance in 2025/26 when efficiencies on that scale would "
                      "be required. In response, the Chief Finance Officer acknowledged that "
                      "the target was the most challenging the system had faced and "
                      "explained that around a third of the savings required had been "
                      "identified in detailed schemes, with the remainder still in "
                      "development. The final plan would be submitted to NHS England on 27 "
                      "March 2025."),
        ("li", "(ii)", "Concern was raised that savings of this scale would affect the "
                       "quality of patient care, and that the effect would be felt most by "
                       "residents of the more deprived parts of the city, where health "
                       "inequalities were already marked. Members were assured that each "
                       "efficiency scheme was subject to a quality and equality impact "
                       "assessment signed off by the ICB\u2019s Chief Nursing Officer and "
                       "Chief Medical Officer, and that any scheme which amounted to a "
                       "substantial change in service would be brought to the Committee "
                       "before it was implemented."),
        ("li", "(iii)", "A member asked about the reduction in running costs required of "
                        "ICBs nationally and whether this would lead to the loss of posts. "
                        "The Chief Executive confirmed that the ICB was required to reduce "
                        "its running costs by 20 per cent over two years, and that a "
                        "consultation with staff on a new structure would begin in April. "
                        "No clinical posts in the provider trusts would be affected by the "
                        "ICB\u2019s own restructure."),
        ("li", "(iv)", "A member commented that continuing healthcare was a particular "
                       "pressure on the budgets of the three local authorities and asked "
                       "whether the ICB was reviewing packages in a way which moved costs "
                       "onto local authorities and families. In response, it was explained "
                       "that reviews of eligibility were a requirement of the national "
                       "framework and were carried out jointly with local authority social "
                       "care staff; the number of people eligible for continuing healthcare "
                       "had grown by 16 per cent in two years. The Director of Adults and "
                       "Communities, Sarnfordshire County Council, added that the County "
                       "Council had seen an increase in the number of disputed cases and "
                       "that the joint protocol between the ICB and the three councils was "
                       "being revised."),
        ("li", "(v)", "Members welcomed the reduction in spending on agency staff, which had "
                      "fallen by 34 per cent compared with the previous year, but sought "
                      "assurance that this had not been achieved by increasing the use of "
                      "bank staff. The Chief Finance Officer reported that bank usage had "
                      "risen and that the ICB would provide figures for both to the next "
                      "meeting."),
        ("b", "RESOLVED:"),
        ("li", "(a)", "That the update on the financial position of the Sarnford, "
                      "Sarnfordshire and Edenmoor health system be noted;"),
        ("li", "(b)", "That the ICB be requested to provide a further report on the "
                      "2025/26 financial plan, including figures on the use of agency and "
                      "bank staff, to the next meeting of the Committee."),
    ]),
    ("56", "Proposed changes to community hospital inpatient services in Edenmoor.", [
        ("p", "The Committee considered a report of the ICB which set out proposals to "
              "consolidate community hospital inpatient beds in Edenmoor at Okeby Memorial "
              "Hospital and to close permanently the 16 inpatient beds at Saxby Cottage "
              "Hospital, which had been closed on a temporary basis since August 2023. The "
              "report also set out the outcome of the pre-consultation engagement and the "
              "ICB\u2019s plans for a formal public consultation. A copy of the report, "
              "marked \u2018Agenda Item 10\u2019, is filed with these minutes."),
        ("p", "The Chairman reminded members that the Joint Committee had been established "
              "to respond to proposals which affected patients in more than one of the "
              "three local authority areas, and that as the two hospitals served residents "
              "of the east of Sarnfordshire as well as Edenmoor it was for the Joint "
              "Committee to determine whether the proposals constituted a substantial "
              "development or variation of the health service. He welcomed Lorna Kerslake, "
              "Chair of Healthwatch Edenmoor, who had been invited to give the views of "
              "Healthwatch."),
        ("p", "Arising from discussion the following points were made:"),
        ("li", "(i)", "Members from Edenmoor expressed strong concern that following the "
                      "closure of the beds at Saxby older patients and their visitors would "
                      "have to travel up to 25 miles to Okeby, and that there was no direct "
                      "bus service between the two towns. In response, the Director of "
                      "Strategy explained that the Saxby ward had been closed temporarily "
                      "since August 2023 because it could not be safely staffed, and that "
                      "most patients were now discharged home with support from the "
                      "community rehabilitation service rather than to a community bed. He "
                      "accepted that travel for visitors was a difficulty and said that the "
                      "ICB was looking at a volunteer driver scheme with the voluntary "
                      "sector in Edenmoor."),
        ("li", "(ii)", "A member asked how many patients from Edenmoor were currently being "
                       "cared for in beds in Sarnfordshire because no local bed was "
                       "available. It was reported that on an average day in January 2025 "
                       "between 8 and 12 Edenmoor residents had been in community beds "
                       "outside the county, and the Director of Strategy undertook to "
                       "provide monthly figures for the previous year."),
        ("li", "(iii)", "Concern was expressed about the pre-consultation engagement, which "
                        "members felt had been too short and had been held mostly online. "
                        "The Head of Engagement advised that 1,186 people had responded to "
                        "the survey and that paper copies had been available at GP "
                        "practices, libraries and the two hospitals. She acknowledged that "
                        "the engagement events had been poorly attended and said that the "
                        "formal consultation would include drop-in sessions in Saxby market "
                        "place and in village halls."),
        ("li", "(iv)", "The Chair of Healthwatch Edenmoor reported that Healthwatch had "
                       "received 94 comments about the proposals, the great majority of "
                       "them opposed, and asked that the ICB publish an analysis of the "
                       "responses before the Committee gave its final view. The Head of "
                       "Engagement confirmed that an independent report on the consultation "
                       "responses would be published and brought to the Committee."),
        ("li", "(v)", "Dr. S. Hillier CC commented that in his experience the loss of local "
                      "step-down beds had put more pressure on GP practices and on "
                      "domiciliary care, which in Edenmoor was already very hard to "
                      "arrange."),
        ("li", "(vi)", "A member questioned whether the ICB had already decided on its "
                       "preferred option, given that the Saxby ward had been closed for "
                       "eighteen months. The Director of Strategy stated that no decision "
                       "had been taken and that the ICB Board would consider the outcome of "
                       "the consultation in the autumn."),
        ("p", "Cllr. Oakshott moved, and Cllr. Wibberley seconded, that the Committee "
              "considered the proposal to close the inpatient beds at Saxby Cottage "
              "Hospital not to be in the interests of the health service in Edenmoor. The "
              "motion was put and not carried."),
        ("b", "RESOLVED:"),
        ("li", "(a)", "That the Committee considers the proposals for community hospital "
                      "inpatient services in Edenmoor to be a substantial variation in the "
                      "provision of the health service;"),
        ("li", "(b)", "That the ICB be requested to ensure that the formal consultation "
                      "includes face to face events in each of the affected towns and that "
                      "paper copies of the consultation document are made widely available;"),
        ("li", "(c)", "That the ICB be requested to report the outcome of the consultation, "
                      "together with the independent analysis of responses, to the "
                      "Committee before any decision is taken by the ICB Board."),
    ]),
    ("57", "Children and Young People\u2019s Mental Health Services.", [
        ("p", "The Committee considered a joint report of Sarnfordshire Partnership NHS "
              "Trust and the ICB which provided an update on mental health services for "
              "children and young people across Sarnford, Sarnfordshire and Edenmoor, "
              "including progress against the recovery plan agreed in 2023. A copy of the "
              "report, marked \u2018Agenda Item 11\u2019, is filed with these minutes."),
        ("p", "Arising from discussion the following points were made:"),
        ("li", "(i)", "Members welcomed the fall in the number of children waiting more than "
                      "18 weeks for treatment, from 644 in March 2024 to 301 in January 2025, "
                      "but noted that referrals to the service had continued to rise."),
        ("li", "(ii)", "A member asked what support was offered to families while children "
                       "were on the waiting list. It was explained that children were "
                       "contacted every three months, that a risk assessment was completed "
                       "at each contact, and that the Trust had commissioned a local charity "
                       "to run workshops for parents and carers."),
        ("li", "(iii)", "Concern was raised about the length of waits for neurodevelopmental "
                        "assessments, with some children in the city waiting more than "
                        "three years for an autism assessment. The Head of Children\u2019s "
                        "Commissioning acknowledged that the waits were unacceptable. The "
                        "ICB had commissioned additional assessments from an independent "
                        "provider and was working with schools so that support could be "
                        "offered on the basis of need rather than diagnosis."),
        ("li", "(iv)", "A member questioned whether the target for all schools to have "
                       "access to a mental health support team by 2026 would be met. "
                       "Members were informed that teams now covered 61 per cent of pupils "
                       "and that further expansion depended on national funding which had "
                       "not yet been confirmed for 2025/26."),
        ("li", "(v)", "Cllr. Fairhurst asked that the figures in future reports be broken "
                      "down by each of the three local authority areas so that members could "
                      "see the position for their own residents. Dr. Lessiter agreed that "
                      "this would be done from the next report."),
        ("b", "RESOLVED:"),
        ("p", "That the update on mental health services for children and young people be "
              "noted."),
    ]),
    ("58", "Joint Health Scrutiny Committee Work Programme.", [
        ("p", "The Committee considered its work programme. Cllr. Quartey asked that "
              "ambulance handover delays at Sarnford Royal Infirmary be added to the work "
              "programme, as handover times had worsened over the winter. The Chairman "
              "undertook to discuss this with the Vice-Chairmen and with the ambulance "
              "service."),
        ("p", "It was agreed that an item on ambulance handover delays would be scheduled "
              "for the meeting in June 2025, and that the work programme be otherwise "
              "noted."),
    ]),
    ("59", "Date of next meeting.", [
        ("b", "RESOLVED:"),
        ("p", "It was noted that the next meeting of the Committee would be held on "
              "Wednesday 11 June 2025 at 10.00am."),
    ]),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - " + COMMITTEE + " - 12 March 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.6
    BODY = 36  # x of the body text
    LIST = 47  # x of list text

    def para(text, x=BODY, style="", after=2.6, size=11):
        pdf.set_font("Sans", style, size)
        pdf.set_x(x)
        pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    # Title block
    para("Minutes of a meeting of the " + COMMITTEE + " held at County Hall, Glenholme "
         "on Wednesday, 12 March 2025.", x=22, after=5)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, LH, "PRESENT", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for council, names in ATTENDANCE:
        para(council, x=22, style="I", after=0.8)
        for n in names:
            para(n, x=22, after=0)
        pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, LH, "Apologies", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    para(APOLOGIES, x=22, after=3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, LH, "In attendance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    for line in IN_ATTENDANCE:
        para(line, x=22, after=1.4)
    pdf.ln(4)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("Sans", "B", 11)
        y = pdf.get_y()
        pdf.set_x(22)
        pdf.cell(BODY - 22, LH, number + ".")
        pdf.set_xy(BODY, y)
        pdf.multi_cell(0, LH, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(block[1])
            elif kind == "b":
                para(block[1], style="B", after=1.5)
            elif kind == "q":
                para(block[1], x=BODY + 8, style="I")
            elif kind == "li":
                pdf.set_font("Sans", "", 11)
                if pdf.get_y() > pdf.h - 30:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_x(BODY)
                pdf.cell(LIST - BODY, LH, block[1])
                pdf.set_xy(LIST, y)
                pdf.multi_cell(0, LH, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.2)
        pdf.ln(2.5)

    pdf.ln(8)
    pdf.set_font("Sans", "B", 11)
    y = pdf.get_y()
    pdf.set_x(22)
    pdf.cell(60, LH, "2.00 - 4.38 pm")
    pdf.set_xy(140, y)
    pdf.cell(0, LH, "CHAIRMAN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(60, LH, "12 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_BODY = [
    ("h", "Purpose of the Report"),
    ("n", "1.", "The purpose of this report is to set out the role of the Joint Health "
                "Scrutiny Committee in considering proposals from the Sarnford, Sarnfordshire "
                "and Edenmoor Integrated Care Board (ICB) for community hospital inpatient "
                "services in Edenmoor, and to ask the Committee to determine whether the "
                "proposals constitute a substantial development or variation of the health "
                "service."),
    ("h", "Policy Framework and Previous Decisions"),
    ("n", "2.", "The Local Authority (Public Health, Health and Wellbeing Boards and Health "
                "Scrutiny) Regulations 2013 require NHS bodies to consult the local authority "
                "on any proposal for a substantial development or variation of the health "
                "service in its area. Where a proposal affects more than one local authority "
                "area, the authorities concerned must appoint a joint committee for the "
                "purposes of the consultation."),
    ("n", "3.", "The terms of reference of the Joint Health Scrutiny Committee, agreed by "
                "Sarnfordshire County Council, Sarnford City Council and Edenmoor County "
                "Council in 2022, delegate to the Committee the power to respond to such "
                "consultations. The power to refer a proposal to the Secretary of State has "
                "not been delegated and remains with each council."),
    ("n", "4.", "At its meeting on 4 December 2024 the Committee asked that the ICB\u2019s "
                "proposals be brought to this meeting once the pre-consultation engagement "
                "had concluded."),
    ("h", "Background"),
    ("n", "5.", "Saxby Cottage Hospital has 16 inpatient beds, which have been closed on a "
                "temporary basis since August 2023 because of difficulties in staffing the "
                "ward safely. Okeby Memorial Hospital has 24 beds. Both hospitals are run "
                "by Sarnfordshire Partnership NHS Trust and serve residents of Edenmoor and "
                "of the villages in the east of Sarnfordshire."),
    ("n", "6.", "The ICB proposes to consolidate all community inpatient beds for the area "
                "at Okeby, to close the Saxby ward permanently and to expand the community "
                "rehabilitation service, which supports people at home after a stay in "
                "hospital. The ICB\u2019s report is attached as Appendix A."),
    ("t", [["Site", "Beds (2023)", "Beds (proposed)", "Distance from Saxby"],
           ["Okeby Memorial Hospital", "24", "28", "25 miles"],
           ["Saxby Cottage Hospital", "16", "0", "\u2013"],
           ["Total", "40", "28", ""]]),
    ("h", "Matters for the Committee to Consider"),
    ("n", "7.", "In deciding whether the proposals amount to a substantial variation, the "
                "Committee may wish to take account of the number of patients affected, "
                "changes in accessibility of services, the impact on the wider community and "
                "the views of patients and the public. Members may wish to seek answers to "
                "the following questions:"),
    ("l", "(a)", "What analysis has the ICB made of travel times to Okeby for patients and "
                 "visitors who do not have a car?"),
    ("l", "(b)", "How many Edenmoor residents have been placed in community beds outside "
                 "the county since the Saxby ward closed?"),
    ("l", "(c)", "How will the formal consultation reach older people and those who cannot "
                 "take part online?"),
    ("l", "(d)", "What is the staffing position at Okeby, and could the additional beds be "
                 "staffed safely?"),
    ("l", "(e)", "When will the ICB Board make its decision, and will the Committee see the "
                 "outcome of the consultation before then?"),
    ("n", "8.", "If the Committee considers the proposals to be a substantial variation, the "
                "ICB will be required to consult the Committee formally, and the Committee "
                "will be able to make comments and recommendations to the ICB. If the "
                "Committee does not, the ICB may proceed with the proposals subject to its "
                "own duties to involve the public."),
    ("h", "Resource Implications"),
    ("n", "9.", "There are no resource implications for the three councils arising directly "
                "from this report."),
    ("h", "Recommendations"),
    ("n", "10.", "The Committee is asked to:"),
    ("l", "(a)", "determine whether the proposals for community hospital inpatient services "
                 "in Edenmoor constitute a substantial variation in the provision of the "
                 "health service;"),
    ("l", "(b)", "consider what comments, if any, it wishes to make to the ICB on its plans "
                 "for the formal consultation;"),
    ("l", "(c)", "agree that the ICB be asked to report the outcome of the consultation to "
                 "the Committee before any decision is taken."),
    ("h", "Background Papers"),
    ("p", "Report to the Joint Health Scrutiny Committee, 4 December 2024 \u2013 Community "
          "Services in Edenmoor: Update."),
    ("h", "Circulation under the Local Issues Alert Procedure"),
    ("p", "None."),
    ("h", "Equality Implications"),
    ("n", "11.", "The ICB has completed an equality impact assessment of its proposals, "
                 "which is included in Appendix A. It identifies older people, disabled "
                 "people and people on low incomes as the groups most likely to be affected "
                 "by the change."),
    ("h", "Appendices"),
    ("p", "Appendix A \u2013 Report of the ICB: Community Hospital Inpatient Services in "
          "Edenmoor \u2013 Proposals for Consultation."),
    ("h", "Officer to Contact"),
    ("p", "Ruth Glazebrook, Democratic Services Manager\nTelephone: 0116 496 0321\n"
          "Email: ruth.glazebrook@sarnfordshire.gov.example"),
]


def build_report(path: Path) -> None:
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    def bold_centre(text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        return p

    bold_centre("SARNFORD, SARNFORDSHIRE AND EDENMOOR JOINT HEALTH SCRUTINY COMMITTEE: "
                "12 MARCH 2025")
    bold_centre("REPORT OF THE DIRECTOR OF LAW AND GOVERNANCE")
    bold_centre("PROPOSED CHANGES TO COMMUNITY HOSPITAL INPATIENT SERVICES IN EDENMOOR: "
                "SUBSTANTIAL VARIATION")
    for block in REPORT_BODY:
        kind = block[0]
        if kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            r = p.add_run(block[1])
            r.bold = True
            r.underline = True
        elif kind == "n":
            p = d.add_paragraph(block[1] + "\t" + block[2])
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-1.25)
        elif kind == "l":
            p = d.add_paragraph(block[1] + "\t" + block[2])
            p.paragraph_format.left_indent = Cm(2.5)
            p.paragraph_format.first_line_indent = Cm(-1.25)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "t":
            rows = block[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()

    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Community hospital inpatient services in Edenmoor - substantial variation"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    # Rewrite the zip with fixed timestamps so that the output is deterministic.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t.rstrip(".")} for n, t, _ in ITEMS],
    "questions": [
        # 49 Question Time
        q("49", "question",
          "Will the Committee ask the ICB to hold a public meeting in Saxby",
          "Mrs. Hilary Boxall",
          "a public meeting will be held at Saxby Town Hall during the consultation period",
          "Chairman", ["patient-and-public-input"]),
        q("49", "question",
          "whether the Committee would be given the opportunity to comment before the",
          "Mrs. Boxall",
          "the Committee would expect the outcome of the consultation to be reported",
          "Chairman", ["patient-and-public-input", "governance"]),
        # 55 ICB finance
        q("55", "question",
          "how realistic it was for the system to reach financial balance",
          None,
          "acknowledged that the target was the most challenging the system had faced",
          "Chief Finance Officer", ["finance"]),
        q("55", "concern",
          "savings of this scale would affect the quality of patient care",
          None,
          "each efficiency scheme was subject to a quality and equality impact assessment",
          None, ["finance", "public-health"]),
        q("55", "question",
          "the reduction in running costs required of ICBs nationally",
          None,
          "a consultation with staff on a new structure would begin in April",
          "Chief Executive", ["finance", "workforce"]),
        q("55", "question",
          "reviewing packages in a way which moved costs onto local authorities and families",
          None,
          "reviews of eligibility were a requirement of the national framework",
          None, ["finance", "adult-social-care"]),
        q("55", "question",
          "had not been achieved by increasing the use of bank staff",
          None,
          "bank usage had risen and that the ICB would provide figures",
          "Chief Finance Officer", ["finance", "workforce"]),
        # 56 Community hospital beds
        q("56", "concern",
          "older patients and their visitors would have to travel up to 25 miles",
          None,
          "the Saxby ward had been closed temporarily since August 2023",
          "Director of Strategy", ["workforce"]),
        q("56", "question",
          "how many patients from Edenmoor were currently being cared for in beds",
          None,
          "between 8 and 12 Edenmoor residents had been in community beds",
          None, []),
        q("56", "concern",
          "which members felt had been too short and had been held mostly online",
          None,
          "paper copies had been available at GP practices",
          "Head of Engagement", ["patient-and-public-input"]),
        q("56", "request",
          "asked that the ICB publish an analysis of the responses before the Committee",
          "Chair of Healthwatch Edenmoor",
          "an independent report on the consultation responses would be published",
          "Head of Engagement", ["patient-and-public-input"]),
        q("56", "comment",
          "had put more pressure on GP practices and on domiciliary care",
          "Dr. S. Hillier CC", None, None, ["primary-care", "adult-social-care"]),
        q("56", "question",
          "whether the ICB had already decided on its preferred option",
          None,
          "no decision had been taken and that the ICB Board would consider",
          "Director of Strategy", ["governance"]),
        # 57 CYP mental health
        q("57", "comment",
          "welcomed the fall in the number of children waiting more than 18 weeks",
          None, None, None, ["mental-health", "children-and-families"]),
        q("57", "question",
          "what support was offered to families while children were on the waiting list",
          None,
          "children were contacted every three months, that a risk assessment was completed",
          None, ["mental-health", "children-and-families"]),
        q("57", "concern",
          "the length of waits for neurodevelopmental assessments, with some children in "
          "the city",
          None,
          "acknowledged that the waits were unacceptable",
          "Head of Children\u2019s Commissioning",
          ["mental-health", "children-and-families"]),
        q("57", "question",
          "the target for all schools to have access to a mental health support team",
          None,
          "further expansion depended on national funding which had not yet been confirmed",
          None, ["mental-health", "children-and-families", "finance"]),
        q("57", "request",
          "figures in future reports be broken down by each of the three local",
          "Cllr. Fairhurst",
          "agreed that this would be done from the next report",
          "Dr. Lessiter", ["mental-health", "children-and-families"]),
        # 58 Work programme
        q("58", "request",
          "ambulance handover delays at Sarnford Royal Infirmary be added to the work "
          "programme",
          "Cllr. Quartey",
          "undertook to discuss this with the Vice-Chairmen and with the ambulance service",
          "Chairman", []),
    ],
    "resolutions": [
        res("48", "minutes of the meeting held on 4 December 2024 were taken as read",
            "agreed", []),
        res("55", "including figures on the use of agency and bank staff",
            "agreed", ["finance", "workforce"]),
        res("56", "not to be in the interests of the health service in Edenmoor",
            "rejected", []),
        res("56", "considers the proposals for community hospital inpatient services in "
                  "Edenmoor to be",
            "agreed", ["governance", "patient-and-public-input"]),
        res("57", "update on mental health services for children and young people be noted",
            "noted", ["mental-health", "children-and-families"]),
        res("58", "an item on ambulance handover delays would be scheduled for the meeting",
            "agreed", []),
        res("59", "the next meeting of the Committee would be held on Wednesday 11 June",
            "noted", []),
    ],
    "attendees": [
        att("Mr. P. R. Halloran CC", "in the Chair", "present"),
        att("Mrs. E. J. Whitcombe CC", None, "present"),
        att("Mr. K. Vellacott CC", None, "present"),
        att("Dr. S. Hillier CC", None, "present"),
        att("Mrs. M. Trubshaw CC", None, "present"),
        att("Cllr. Nasreen Mowbray", None, "present"),
        att("Cllr. Tobias Quartey", None, "present"),
        att("Cllr. Leanne Fairhurst", None, "present"),
        att("Cllr. G. Wibberley", None, "present"),
        att("Cllr. H. Oakshott", None, "present"),
        att("Mr. T. Ollerenshaw CC", None, "apologies"),
        att("Cllr. Danielle Prowse", None, "apologies"),
        att("Helena Marchbank",
            "Chief Executive, Sarnford, Sarnfordshire and Edenmoor Integrated Care Board",
            "in_attendance"),
        att("Owen Tregarthen", "Chief Finance Officer, SSE ICB", "in_attendance"),
        att("Imogen Braithwaite",
            "Director of Adults and Communities, Sarnfordshire County Council",
            "in_attendance"),
        att("Jonathan Avery", "Director of Strategy, Sarnfordshire Partnership NHS Trust",
            "in_attendance"),
        att("Tamsin Roe", "Head of Engagement, SSE ICB", "in_attendance"),
        att("Lorna Kerslake", "Chair, Healthwatch Edenmoor", "in_attendance"),
        att("Dr. Kwame Lessiter",
            "Clinical Director for Families, Young People and Children\u2019s Services, "
            "Sarnfordshire Partnership NHS Trust", "in_attendance"),
        att("Rebecca Yallop", "Head of Children\u2019s Commissioning, SSE ICB",
            "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str, repl: str = "") -> str:
    s = s.lower()
    s = "".join(repl if unicodedata.category(c).startswith("P") else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("lo-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        raw = doc_text(doc)
        texts = {repl: norm(raw, repl) for repl in ("", " ")}
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(norm(ph, " ").split())
            counts = {repl: texts[repl].count(norm(ph, repl)) for repl in texts}
            ok = all(c == 1 for c in counts.values()) and 6 <= n_words <= 15
            if not ok:
                bad += 1
                print(f"FAIL {gold_path.name} {kind}: {ph!r} counts={counts} "
                      f"words={n_words}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES, REPORT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
