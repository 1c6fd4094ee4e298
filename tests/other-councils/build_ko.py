#!/usr/bin/env python3
"""Build the "ko-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ko.py           build documents/ko-* and gold/ko-*.json
        build_ko.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)

MIN_NAME = "ko-durnshire-people-health-scrutiny-2025-03-10.pdf"
REP_NAME = "ko-durnshire-home-to-school-transport-policy-report.docx"

# ---------------------------------------------------------------------------
# The minutes. Block kinds:
#   ("title", text) ("sub", text) ("att", label, text) ("item", num, title)
#   ("p", text) ("b", text) bullet ("lbl", text) bold label line
#   ("clause", text) indented clause ("pb",) page break ("sig",) signature block
#   ("q", text) question in italics
# ---------------------------------------------------------------------------
MINUTES = [
    ("title", "PEOPLE AND HEALTH SCRUTINY COMMITTEE"),
    ("sub", "MINUTES OF MEETING HELD ON MONDAY 10 MARCH 2025"),
    ("att", "Present:",
     "Cllrs Maureen Threlfall (Chair), Anthony Brockway (Vice-Chair), Rosalind Ashdown, "
     "Nigel Cattermole, Peter Gilham, Julia Penhale, Sandra Kellaway, Keith Vowles and "
     "Bernadette Yeo"),
    ("att", "Apologies:", "Cllrs Derek Fudge and Caroline Marchant"),
    ("att", "Also present:", "Cllr Simon Lockyer and Cllr Harriet Dunning"),
    ("att", "Also present remotely:", "Cllr Graham Tulk"),
    ("att", "Officers present (for all or part of the meeting):",
     "Fiona Ridout (Executive Director for People - Adults and Housing), Mark Trenchard "
     "(Director of Adult Social Care Operations), Helen Mapstone (Corporate Director - "
     "Education and Skills), Daniel Kemble (Head of Transport Services), Lucy Abbott "
     "(Service Manager for Housing Options), Owen Pridham (Scrutiny Officer) and Sally "
     "Penrose (Senior Democratic Services Officer)"),
    ("att", "Officers present remotely (for all or part of the meeting):",
     "Dr Kirsty Alder (Chief Medical Officer, NHS Durnshire), Neil Barraclough (Deputy "
     "Chief Operating Officer, NHS Durnshire) and Joanne Foot (Democratic Services Officer)"),

    ("item", "58.", "Apologies"),
    ("p", "Apologies for absence were received from Cllr Derek Fudge and Cllr Caroline "
          "Marchant."),

    ("item", "59.", "Minutes"),
    ("p", "The minutes of the meeting held on 20 January 2025 were confirmed and signed."),

    ("item", "60.", "Declarations of Interests"),
    ("p", "No declarations of disclosable pecuniary interests were made at the meeting."),
    ("p", "Cllr Julia Penhale declared an other registerable interest in minute 64 as a "
          "trustee of the Ridgeway Community Hospital League of Friends. She remained in the "
          "meeting and took part in the discussion of the item."),

    ("item", "61.", "Public Participation"),
    ("p", "There was one question from a member of the public. The question and the "
          "response given at the meeting are attached as an appendix to these minutes. No "
          "statements or petitions had been received."),

    ("item", "62.", "Questions from Members"),
    ("p", "One question had been received from Cllr Keith Vowles in accordance with "
          "Procedure Rule 13."),
    ("lbl", "Question from Cllr Keith Vowles"),
    ("q", "\u201cHow many families with children were placed in bed and breakfast "
          "accommodation outside the county for longer than six weeks during 2024, and what "
          "is the council doing to bring that number down?\u201d"),
    ("lbl", "Response from Cllr Harriet Dunning, Cabinet Member for Housing and Community "
            "Safety"),
    ("q", "\u201cDuring the 2024 calendar year 23 families with children were placed in bed "
          "and breakfast accommodation for longer than six weeks, of whom 9 were placed "
          "outside the county. On 1 March 2025 the figure stood at 4 families, none of them "
          "outside the county. The reduction is the result of the 26 additional units of "
          "council-owned temporary accommodation brought into use since September and of the "
          "Lettings Durnshire scheme, which is described in the report at minute 65.\u201d"),
    ("p", "Cllr Vowles asked a supplementary question on whether the council would consider "
          "buying more homes of its own rather than paying nightly rates to hotels. The "
          "Cabinet Member advised that a report on a property acquisitions programme would be "
          "considered by Cabinet in June 2025."),

    ("item", "63.", "Adult Social Care - CQC Assessment and Improvement Plan"),
    ("p", "The Cabinet Member for Adult Social Care and Health, Cllr Simon Lockyer, "
          "introduced the report, which set out the outcome of the Care Quality Commission\u2019s "
          "assessment of the council\u2019s adult social care functions, published in December "
          "2024, and the improvement plan developed in response. The council had been rated "
          "\u2018Requires Improvement\u2019. The Cabinet Member stated that the rating was "
          "disappointing but fair, and that the inspectors had recognised the commitment of "
          "staff and the strength of the council\u2019s partnership working with the NHS."),
    ("p", "The Director of Adult Social Care Operations gave a presentation which highlighted "
          "the areas of strength identified in the assessment, including safeguarding "
          "practice and the Home First service, and the four areas for improvement: the time "
          "people waited for a Care Act assessment, the timeliness of annual reviews, "
          "support for unpaid carers and the availability of home care in the rural west of "
          "the county. Each area had a named lead officer, and progress would be monitored "
          "monthly by an Improvement Board chaired by the Executive Director."),
    ("p", "Members discussed the report and made the following points. Officers responded "
          "where appropriate:"),
    ("b", "Concern was raised about the number of people waiting for an assessment, which "
          "members felt had not reduced as quickly as the committee had been promised in "
          "September. Officers advised that the waiting list had fallen from 1,140 to 812 "
          "since September and that a dedicated assessment team had been in place since "
          "January, with the aim of no one waiting longer than 28 days by March 2026."),
    ("b", "A member asked how the council would know whether the plan was making a real "
          "difference to residents, rather than only to performance indicators. The Executive "
          "Director explained that a survey of around 400 people who draw on care and support "
          "had been carried out in the autumn and would be repeated each year, and that the "
          "results would be shared with the committee."),
    ("b", "Members asked whether the council had enough social workers and occupational "
          "therapists to deliver the improvements. It was confirmed that the vacancy rate in "
          "adult social care teams had fallen to 11 per cent following the international "
          "recruitment programme, but that occupational therapy posts remained difficult to "
          "fill and agency staff were still being used in the north of the county."),
    ("b", "Cllr Rosalind Ashdown commented that unpaid carers in her division had told her "
          "they did not know where to go for help and that the carers\u2019 assessment form "
          "was far too long."),
    ("b", "In response to a question about the cost of the improvement plan, the Executive "
          "Director advised that the additional \u00a31.2m would be met from the adult social "
          "care transformation reserve over 2024/25 and 2025/26 and that there was no "
          "ongoing pressure on the base budget."),
    ("b", "A member asked whether home care providers were paid enough to attract staff into "
          "the more rural parts of the county. Officers explained that a rural uplift of "
          "\u00a31.50 an hour was paid for visits in the most sparsely populated areas and that "
          "fee rates for 2025/26 would be set in April."),
    ("p", "The Chair thanked officers for a clear report and said that the committee would "
          "wish to follow the improvement plan closely over the coming year."),
    ("p", "Proposed by Cllr Anthony Brockway, seconded by Cllr Peter Gilham."),
    ("lbl", "Decision"),
    ("p", "That the committee:"),
    ("clause", "(i)\tnotes the outcome of the Care Quality Commission assessment and the "
               "improvement plan; and"),
    ("clause", "(ii)\trequests a progress report on the improvement plan at its meeting in "
               "September 2025, including the results of the next survey of people who draw "
               "on care and support."),

    ("item", "64.", "Urgent and Emergency Care - Review of Winter 2024/25"),
    ("p", "Dr Kirsty Alder, Chief Medical Officer, and Neil Barraclough, Deputy Chief "
          "Operating Officer, NHS Durnshire, presented the report, which reviewed the "
          "performance of the urgent and emergency care system over the winter. The "
          "following points were highlighted: four-hour performance in the emergency "
          "department at Durnford County Hospital had averaged 68.4 per cent over December to "
          "February, against a national target of 78 per cent by March 2025; the new urgent "
          "treatment centre at Aldmouth had opened in December and was seeing around 1,900 "
          "patients a month; and the number of patients in hospital with no criteria to "
          "reside had averaged 142 a day, the lowest figure for three winters. Twelve of the "
          "24 beds at Ridgeway Community Hospital had been closed temporarily since October "
          "because of a shortage of registered nurses."),
    ("p", "Members were concerned that, despite the additional winter funding, patients were "
          "still waiting in ambulances outside the emergency department and asked what the "
          "target was for handover times. Mr Barraclough responded that the ambition was that "
          "no handover should exceed 45 minutes and that the average handover time in "
          "February had been 38 minutes, although there had been some very long waits on "
          "individual days when the hospital was at full capacity. The ambulance trust and "
          "the hospital had agreed a joint protocol for those days which would be tested "
          "before next winter."),
    ("p", "Cllr Nigel Cattermole asked about the delays in discharging patients who were "
          "medically fit to leave hospital and whether the council\u2019s reablement service "
          "had the capacity to take more people. The Director of Adult Social Care Operations "
          "explained that the Home First service was now supporting around 90 people a week "
          "to leave hospital, 30 per cent more than a year ago, but that the main constraint "
          "remained the availability of home care in the west of the county, where the "
          "council was working with providers on a new zoned model."),
    ("p", "A member questioned whether GP practices were able to offer on the day "
          "appointments, as residents were telling councillors that they went to the "
          "emergency department because they could not see a doctor. Dr Alder said that "
          "practices in Durnshire had provided 4 per cent more appointments this winter than "
          "last, and that the ICB was promoting NHS 111 and community pharmacies for minor "
          "illnesses, but she accepted that access varied a great deal between practices and "
          "that this would be part of the primary care access plan coming to the committee "
          "in the summer."),
    ("p", "Members also raised the low uptake of flu and COVID-19 vaccination among eligible "
          "adults under 65 with long-term conditions. Dr Alder explained that uptake in this "
          "group was 41 per cent, in line with the regional average, and that next autumn the "
          "ICB would fund pop-up clinics in community venues in the areas with the lowest "
          "uptake."),
    ("p", "Cllr Bernadette Yeo requested that future reports include figures for each of the "
          "community hospitals, including the number of beds closed because of staffing. "
          "Dr Alder agreed that this information would be included in the next report."),
    ("p", "The committee noted the report and thanked the representatives of NHS Durnshire "
          "for attending."),

    ("item", "65.", "Homelessness and Temporary Accommodation - Update"),
    ("p", "The Cabinet Member for Housing and Community Safety, Cllr Harriet Dunning, "
          "introduced the report and the Service Manager for Housing Options gave an update on "
          "demand for homelessness services. The number of households in temporary "
          "accommodation had risen from 298 in April 2024 to 371 in February 2025, mainly as "
          "a result of the ending of private tenancies. The Lettings Durnshire scheme, "
          "launched in July, had secured 64 tenancies with private landlords, and a further "
          "26 council-owned units had been brought into use."),
    ("p", "The following points were made in the discussion that followed:"),
    ("b", "A member asked what more could be done to persuade landlords to let homes to "
          "households on benefits. Officers explained that the Lettings Durnshire scheme "
          "offered landlords a guaranteed rent for two years, a deposit bond and a named "
          "tenancy sustainment officer, and that the scheme would be promoted through the "
          "landlords\u2019 forum in April."),
    ("b", "Concern was expressed about the condition of some of the temporary accommodation "
          "used by the council, including reports of damp and mould in a block in Aldmouth. "
          "The Service Manager confirmed that all properties were checked before they were "
          "used and that the block concerned had been taken out of use in February until the "
          "landlord completed repairs."),
    ("b", "Members asked about the impact of the rising use of temporary accommodation on the "
          "council\u2019s budget. The Executive Director advised that the forecast overspend for "
          "2024/25 was \u00a33.4m, and that buying properties would be cheaper over ten years "
          "than continuing to use nightly paid accommodation."),
    ("b", "Cllr Sandra Kellaway asked whether the council was doing enough to prevent young "
          "people leaving care from becoming homeless. The Service Manager advised that a "
          "joint protocol with children\u2019s services was in place and that every care leaver "
          "aged 17 had a housing plan, although two care leavers had spent time in bed and "
          "breakfast since April."),
    ("p", "Proposed by Cllr Julia Penhale, seconded by Cllr Maureen Threlfall."),
    ("lbl", "Decision"),
    ("p", "That the update on homelessness and temporary accommodation be noted."),
    ("lbl", "Recommendation to Cabinet"),
    ("p", "That the report on a property acquisitions programme due in June 2025 include "
          "options for a capital fund to buy up to 40 homes for use as temporary "
          "accommodation for families."),
    ("lbl", "Reason for Recommendation"),
    ("p", "To reduce the council\u2019s reliance on bed and breakfast and nightly paid "
          "accommodation and the cost of temporary accommodation to the council."),

    ("item", "66.", "Home to School Transport Policy 2025/26"),
    ("p", "The Corporate Director - Education and Skills introduced the report, which set "
          "out proposed changes to the home to school transport policy following an eight "
          "week public consultation. The main changes were the introduction of personal "
          "travel budgets as an option for families of children with special educational "
          "needs, a new independent travel training offer for young people aged 14 and over, "
          "and clearer timescales for applications. The Head of Transport Services explained "
          "that the council currently transported 3,870 pupils a day, of whom 1,420 had an "
          "education, health and care plan, at a forecast cost of \u00a324.6m in 2024/25."),
    ("p", "Members discussed the report and in response to questions officers advised as "
          "follows:"),
    ("b", "Councillors raised concern that some children with an EHCP had waited several "
          "weeks at the start of the autumn term before their transport was arranged. The "
          "Head of Transport Services apologised to the families affected and explained that "
          "late decisions on school places had been the main cause; 96 per cent of eligible "
          "children had transport in place on the first day of term."),
    ("b", "A member asked whether the council had considered running more routes itself "
          "instead of relying on taxi firms. Officers advised that the council already "
          "operated 38 minibuses in-house and that a business case for expanding the fleet "
          "was being prepared, as the cost of contracted routes had risen by 22 per cent "
          "since 2022."),
    ("b", "Cllr Peter Gilham asked whether parents had been properly consulted on the "
          "proposed changes to the policy. The Corporate Director confirmed that the "
          "consultation had received 1,312 responses and that the main themes were set out "
          "in appendix 2 of the report, together with the changes made as a result."),
    ("b", "Cllr Sandra Kellaway commented that the application process was confusing for "
          "parents and that the guidance on the council\u2019s website should be rewritten in "
          "plain English."),
    ("b", "A member asked whether personal travel budgets would be enough to cover the real "
          "cost of a parent driving a child to school in rural areas. It was explained that "
          "the budget would be calculated on the distance travelled and would be reviewed "
          "after the first year."),
    ("p", "Proposed by Cllr Keith Vowles, seconded by Cllr Nigel Cattermole."),
    ("lbl", "Decision"),
    ("p", "That the committee supports the proposed home to school transport policy for "
          "2025/26 and recommends to Cabinet that it be approved, subject to the guidance for "
          "parents being reviewed in plain English before it is published."),

    ("item", "67.", "Work Programme"),
    ("p", "The committee considered its work programme and the Cabinet forward plan. The "
          "Scrutiny Officer reminded members that the June meeting would receive the annual "
          "report of the Safeguarding Adults Board and the primary care access plan."),
    ("p", "Cllr Bernadette Yeo asked that the committee look at access to NHS dentistry, as "
          "several practices in the north of the county had stopped taking new adult "
          "patients. The Chair agreed that this would be discussed with the Vice-Chair and "
          "officers when the programme was next reviewed."),
    ("lbl", "Decision"),
    ("p", "That the work programme be agreed, with the addition of an item on the "
          "improvement plan in September 2025."),

    ("item", "68.", "Urgent items"),
    ("p", "There were no urgent items."),

    ("item", "69.", "Exempt Business"),
    ("p", "There was no exempt business."),

    ("sig",),

    ("pb",),
    ("title", "Appendix"),
    ("sub", "People and Health Scrutiny Committee - 10 March 2025"),
    ("sub", "Public Questions"),
    ("lbl", "Question 1 - from Mr Colin Haskell, Aldmouth"),
    ("q", "\u201cTwelve of the 24 beds at Ridgeway Community Hospital have now been closed for "
          "five months. Will the committee ask NHS Durnshire to commit to reopening these "
          "beds before next winter, and to consult local people before any permanent change "
          "is made to the hospital?\u201d"),
    ("lbl", "Response from the Chair, Cllr Maureen Threlfall"),
    ("q", "\u201cThank you for your question. The committee has been told by NHS Durnshire "
          "that the beds were closed on a temporary basis because of a shortage of registered "
          "nurses, and that no permanent change will be made without engagement with local "
          "people. Any proposal for a permanent change would also have to come to this "
          "committee, which would consider whether it amounted to a substantial variation in "
          "services. I have written to the Chief Executive of NHS Durnshire asking for a "
          "timetable for reopening the beds, and I will share the reply with you and with "
          "members of the committee.\u201d"),
]

MEETING_END = "Duration of meeting: 10.00 am - 1.07 pm"


def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, "PEOPLE AND HEALTH SCRUTINY COMMITTEE  10 MARCH 2025",
                          align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("People and Health Scrutiny Committee - Minutes - 10 March 2025")
    pdf.set_author("Durnshire Council")
    pdf.set_creator("Modern.Gov")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    ind = 34  # body indent (numbers hang in the margin column)
    width = pdf.w - ind - pdf.r_margin
    fs = 10.5
    lh = 5.2

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Sans", "B", 14)
            pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "att":
            label, text = block[1], block[2]
            pdf.set_font("Sans", "B", fs)
            if len(label) < 30:
                pdf.cell(max(ind - pdf.l_margin + 14, pdf.get_string_width(label) + 3), lh, label)
                pdf.set_font("Sans", "", fs)
                pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, lh, label, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Sans", "", fs)
                pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "item":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.set_font("Sans", "B", 11)
            pdf.cell(ind - pdf.l_margin, 6, block[1])
            pdf.multi_cell(width, 6, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("Sans", "B" if block[1].startswith("Appendix -") else "", fs)
            pdf.set_x(ind)
            pdf.multi_cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "q":
            pdf.set_font("Sans", "I", fs)
            pdf.set_x(ind)
            pdf.multi_cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "lbl":
            pdf.set_font("Sans", "B", fs)
            pdf.set_x(ind)
            pdf.multi_cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("Sans", "", fs)
            pdf.set_x(ind + 2)
            pdf.cell(5, lh, "\u2022")
            pdf.multi_cell(width - 7, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "clause":
            num, text = block[1].split("\t")
            pdf.set_font("Sans", "", fs)
            pdf.set_x(ind + 4)
            pdf.cell(9, lh, num)
            pdf.multi_cell(width - 13, lh, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "sig":
            pdf.ln(4)
            pdf.set_font("Sans", "", fs)
            pdf.set_x(ind)
            pdf.multi_cell(width, lh, MEETING_END, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(10)
            pdf.set_x(ind)
            pdf.cell(30, lh, "Chairman")
            pdf.cell(0, lh, "." * 60, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a committee report (DOCX)
# ---------------------------------------------------------------------------
def build_docx(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "Durnshire Council"
    d.core_properties.title = "Home to School Transport Policy 2025/26"
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text, bold=False, size=None, align=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    para("Durnshire Council", bold=True, size=12)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Committee:", "People and Health Scrutiny Committee"),
        ("Meeting date:", "10 March 2025"),
        ("Title of report:", "Home to School Transport Policy 2025/26"),
        ("Portfolio Holder:", "Cllr Martin Eastwood, Cabinet Member for Children, Education, "
                              "Skills and Early Help"),
        ("Local Councillor(s):", "All"),
        ("Executive Director:", "Paul Hollister, Executive Director for People - Children"),
        ("Report Author:", "Daniel Kemble\nJob Title: Head of Transport Services\n"
                           "Tel: 01305 221847\nEmail: daniel.kemble@durnshire.gov.uk"),
        ("Report Status:", "Public"),
        ("Brief Summary:",
         "This report sets out the outcome of the public consultation on the home to school "
         "transport policy and the changes proposed for the 2025/26 academic year. The "
         "committee is asked to consider the proposals before they are submitted to Cabinet "
         "on 1 April 2025."),
        ("Recommendation:",
         "That the People and Health Scrutiny Committee considers the proposed home to school "
         "transport policy 2025/26 and makes any comments or recommendations to Cabinet."),
        ("Reason for Recommendation:",
         "To ensure that the council\u2019s statutory duties to provide home to school transport "
         "are met in a way that is affordable and gives families more choice."),
    ]
    for a, b in rows:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
        for r in cells[0].paragraphs[0].runs:
            r.bold = True

    sections = [
        ("1. Report", [
            "1.1 The council has a statutory duty to provide free travel to school for "
            "eligible children. In 2024/25 the council transported 3,870 pupils each day, of "
            "whom 1,420 have an education, health and care plan (EHCP). The forecast cost of "
            "the service in 2024/25 is \u00a324.6m, an increase of \u00a33.1m on the previous year.",
            "1.2 The proposals were subject to an eight week public consultation between 4 "
            "November 2024 and 5 January 2025, which received 1,312 responses. The proposals "
            "are: (a) to offer a personal travel budget to families of eligible children with "
            "special educational needs as an alternative to council-arranged transport; (b) to "
            "introduce an independent travel training offer for young people aged 14 and over; "
            "and (c) to set a closing date of 31 May for applications for September.",
            "1.3 Respondents were broadly supportive of personal travel budgets, with 61 per "
            "cent agreeing or strongly agreeing with the proposal. The main concerns were "
            "whether the budget would cover the real cost of travel in rural areas and whether "
            "families who did not apply by the closing date would be left without transport.",
        ]),
        ("2. Questions raised in the consultation and the council\u2019s response", []),
    ]
    for heading, paras in sections:
        para(heading, bold=True)
        for t in paras:
            para(t)

    faq = [
        ("Will my child lose their transport if I do not take up a personal travel budget?",
         "No. The personal travel budget is an option and families can continue to receive "
         "council-arranged transport if their child is eligible."),
        ("How will the personal travel budget be calculated?",
         "The budget will be calculated on the distance between home and school at a rate of "
         "45p per mile for two return journeys each day, and will be reviewed after the first "
         "year."),
        ("What happens if I apply after 31 May?",
         "Late applications will still be assessed, but the council cannot guarantee that "
         "transport will be in place for the first day of the autumn term."),
        ("Should the council run more of its own vehicles instead of using taxi firms?",
         "The council already operates 38 minibuses. A business case for expanding the fleet "
         "is being prepared and will be reported to Cabinet later in 2025."),
    ]
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Question raised"
    t2.rows[0].cells[1].text = "Council response"
    for q, a in faq:
        cells = t2.add_row().cells
        cells[0].text = q
        cells[1].text = a

    rest = [
        ("3. Financial Implications", [
            "3.1 The proposals are expected to reduce the forecast growth in the cost of the "
            "service by around \u00a3450,000 a year from 2026/27. Personal travel budgets are "
            "expected on average to cost 30 per cent less than a single-occupancy taxi."]),
        ("4. Natural Environment, Climate & Ecology Implications", [
            "4.1 Independent travel training and the use of shared minibuses will reduce the "
            "number of single-occupancy vehicle journeys."]),
        ("5. Well-being and Health Implications", [
            "5.1 Independent travel training will help young people to develop the skills and "
            "confidence they need for adult life."]),
        ("6. Risk Assessment", [
            "6.1 Having considered the risks associated with this decision, the level of risk "
            "has been identified as: Current Risk: MEDIUM; Residual Risk: LOW."]),
        ("7. Equalities Impact Assessment", [
            "7.1 An equalities impact assessment has been completed and is attached at "
            "Appendix 3."]),
        ("8. Appendices", [
            "Appendix 1 - Proposed Home to School Transport Policy 2025/26",
            "Appendix 2 - Consultation report",
            "Appendix 3 - Equalities impact assessment"]),
        ("9. Background Papers", [
            "Home to school travel and transport: statutory guidance (Department for "
            "Education, June 2024)"]),
        ("10. Report Sign Off", [
            "10.1 This report has been through the internal report clearance process and has "
            "been signed off by the Director for Legal and Democratic (Monitoring Officer), "
            "the Executive Director for Corporate Development (Section 151 Officer) and the "
            "appropriate Portfolio Holder(s)."]),
    ]
    for heading, paras in rest:
        para(heading, bold=True)
        for t in paras:
            para(t)
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """python-docx stamps zip members with the current time; rewrite them fixed."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "People and Health Scrutiny Committee",
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "58", "title": "Apologies"},
        {"number": "59", "title": "Minutes"},
        {"number": "60", "title": "Declarations of Interests"},
        {"number": "61", "title": "Public Participation"},
        {"number": "62", "title": "Questions from Members"},
        {"number": "63", "title": "Adult Social Care - CQC Assessment and Improvement Plan"},
        {"number": "64", "title": "Urgent and Emergency Care - Review of Winter 2024/25"},
        {"number": "65", "title": "Homelessness and Temporary Accommodation - Update"},
        {"number": "66", "title": "Home to School Transport Policy 2025/26"},
        {"number": "67", "title": "Work Programme"},
        {"number": "68", "title": "Urgent items"},
        {"number": "69", "title": "Exempt Business"},
    ],
    "questions": [
        # 61 - public question (appendix)
        q("61", "question",
          "Will the committee ask NHS Durnshire to commit to reopening these beds",
          "Mr Colin Haskell",
          "no permanent change will be made without engagement with local people",
          "Cllr Maureen Threlfall",
          ["patient-and-public-input", "governance"]),
        # 62 - member's question and supplementary
        q("62", "question",
          "How many families with children were placed in bed and breakfast",
          "Cllr Keith Vowles",
          "On 1 March 2025 the figure stood at 4 families",
          "Cllr Harriet Dunning",
          ["housing", "children-and-families"]),
        q("62", "question",
          "buying more homes of its own rather than paying nightly rates to hotels",
          "Cllr Vowles",
          "a report on a property acquisitions programme would be considered by Cabinet",
          "The Cabinet Member",
          ["housing", "finance"]),
        # 63 - CQC / improvement plan
        q("63", "concern",
          "Concern was raised about the number of people waiting for an assessment",
          None,
          "the waiting list had fallen from 1,140 to 812 since September",
          "Officers",
          ["adult-social-care"]),
        q("63", "question",
          "how the council would know whether the plan was making a real difference",
          None,
          "a survey of around 400 people who draw on care and support",
          "The Executive Director",
          ["adult-social-care", "patient-and-public-input"]),
        q("63", "question",
          "Members asked whether the council had enough social workers and occupational therapists",
          None,
          "the vacancy rate in adult social care teams had fallen to 11 per cent",
          None,
          ["workforce", "adult-social-care"]),
        q("63", "comment",
          "unpaid carers in her division had told her they did not know where",
          "Cllr Rosalind Ashdown",
          None, None,
          ["adult-social-care"]),
        q("63", "question",
          "In response to a question about the cost of the improvement plan",
          None,
          "met from the adult social care transformation reserve over 2024/25 and 2025/26",
          "the Executive Director",
          ["finance", "adult-social-care"]),
        q("63", "question",
          "whether home care providers were paid enough to attract staff",
          None,
          "a rural uplift of £1.50 an hour was paid for visits",
          "Officers",
          ["adult-social-care", "finance", "workforce"]),
        # 64 - urgent and emergency care
        q("64", "concern",
          "still waiting in ambulances outside the emergency department and asked what the target",
          None,
          "the ambition was that no handover should exceed 45 minutes",
          "Mr Barraclough",
          []),
        q("64", "question",
          "asked about the delays in discharging patients who were medically fit to leave hospital",
          "Cllr Nigel Cattermole",
          "the Home First service was now supporting around 90 people a week",
          "The Director of Adult Social Care Operations",
          ["adult-social-care", "integration"]),
        q("64", "question",
          "A member questioned whether GP practices were able to offer on the day appointments",
          None,
          "practices in Durnshire had provided 4 per cent more appointments this winter",
          "Dr Alder",
          ["primary-care"]),
        q("64", "concern",
          "Members also raised the low uptake of flu and COVID-19 vaccination",
          None,
          "uptake in this group was 41 per cent, in line with the regional average",
          "Dr Alder",
          ["public-health"]),
        q("64", "request",
          "requested that future reports include figures for each of the community hospitals",
          "Cllr Bernadette Yeo",
          "Dr Alder agreed that this information would be included in the next report",
          "Dr Alder",
          ["workforce"]),
        # 65 - homelessness
        q("65", "question",
          "A member asked what more could be done to persuade landlords",
          None,
          "offered landlords a guaranteed rent for two years, a deposit bond",
          "Officers",
          ["housing"]),
        q("65", "concern",
          "Concern was expressed about the condition of some of the temporary accommodation",
          None,
          "the block concerned had been taken out of use in February",
          "The Service Manager",
          ["housing"]),
        q("65", "question",
          "Members asked about the impact of the rising use of temporary accommodation",
          None,
          "the forecast overspend for 2024/25 was £3.4m",
          "The Executive Director",
          ["housing", "finance"]),
        q("65", "question",
          "doing enough to prevent young people leaving care from becoming homeless",
          "Cllr Sandra Kellaway",
          "every care leaver aged 17 had a housing plan",
          "The Service Manager",
          ["housing", "children-and-families"]),
        # 66 - home to school transport
        q("66", "concern",
          "Councillors raised concern that some children with an EHCP had waited",
          None,
          "late decisions on school places had been the main cause",
          "Head of Transport Services",
          ["children-and-families"]),
        q("66", "question",
          "had considered running more routes itself instead of relying on taxi firms",
          None,
          "the council already operated 38 minibuses in-house",
          "Officers",
          ["children-and-families", "privatisation", "subcontracting", "finance"]),
        q("66", "question",
          "asked whether parents had been properly consulted on the proposed changes",
          "Cllr Peter Gilham",
          "the consultation had received 1,312 responses",
          "The Corporate Director",
          ["patient-and-public-input", "children-and-families"]),
        q("66", "comment",
          "the application process was confusing for parents and that the guidance",
          "Cllr Sandra Kellaway",
          None, None,
          ["children-and-families"]),
        q("66", "question",
          "whether personal travel budgets would be enough to cover the real cost",
          None,
          "the budget would be calculated on the distance travelled",
          None,
          ["children-and-families", "finance"]),
        # 67 - work programme
        q("67", "request",
          "asked that the committee look at access to NHS dentistry",
          "Cllr Bernadette Yeo",
          "The Chair agreed that this would be discussed with the Vice-Chair",
          "The Chair",
          ["primary-care"]),
    ],
    "resolutions": [
        r("59", "The minutes of the meeting held on 20 January 2025 were confirmed and signed",
          "agreed", []),
        r("63", "requests a progress report on the improvement plan at its meeting in September 2025",
          "agreed", ["adult-social-care", "governance"]),
        r("64", "The committee noted the report and thanked the representatives of NHS Durnshire",
          "noted", []),
        r("65", "That the update on homelessness and temporary accommodation be noted", "noted", ["housing"]),
        r("65", "options for a capital fund to buy up to 40 homes",
          "recommended", ["housing", "finance"]),
        r("66", "recommends to Cabinet that it be approved, subject to the guidance for parents",
          "recommended", ["children-and-families"]),
        r("67", "That the work programme be agreed, with the addition of an item",
          "agreed", ["governance"]),
    ],
    "attendees": [
        a("Maureen Threlfall", "Chair", "present"),
        a("Anthony Brockway", "Vice-Chair", "present"),
        a("Rosalind Ashdown", None, "present"),
        a("Nigel Cattermole", None, "present"),
        a("Peter Gilham", None, "present"),
        a("Julia Penhale", None, "present"),
        a("Sandra Kellaway", None, "present"),
        a("Keith Vowles", None, "present"),
        a("Bernadette Yeo", None, "present"),
        a("Derek Fudge", None, "apologies"),
        a("Caroline Marchant", None, "apologies"),
        a("Cllr Simon Lockyer", None, "in_attendance"),
        a("Cllr Harriet Dunning", None, "in_attendance"),
        a("Cllr Graham Tulk", None, "in_attendance"),
        a("Fiona Ridout", "Executive Director for People - Adults and Housing", "in_attendance"),
        a("Mark Trenchard", "Director of Adult Social Care Operations", "in_attendance"),
        a("Helen Mapstone", "Corporate Director - Education and Skills", "in_attendance"),
        a("Daniel Kemble", "Head of Transport Services", "in_attendance"),
        a("Lucy Abbott", "Service Manager for Housing Options", "in_attendance"),
        a("Owen Pridham", "Scrutiny Officer", "in_attendance"),
        a("Sally Penrose", "Senior Democratic Services Officer", "in_attendance"),
        a("Dr Kirsty Alder", "Chief Medical Officer, NHS Durnshire", "in_attendance"),
        a("Neil Barraclough", "Deputy Chief Operating Officer, NHS Durnshire", "in_attendance"),
        a("Joanne Foot", "Democratic Services Officer", "in_attendance"),
    ],
}

GOLD_REPORT = {"document": REP_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("ko-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / g["document"]))
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {g['document']}: {kind} found {n}x, {words} words: {ph!r}")
        for att in g.get("attendees", []):
            if norm(att["name"]) not in text:
                ok = False
                print(f"FAIL attendee not found: {att['name']}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MIN_NAME)
    build_docx(DOCS / REP_NAME)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MIN_NAME, REP_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
