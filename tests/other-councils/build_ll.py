#!/usr/bin/env python3
"""Build the "ll-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ll.py           build documents/ll-* and gold/ll-*.json
        build_ll.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ll-north-linmouth-asch-sub-committee-2024-03-07.pdf"
REPORT_NAME = "ll-north-linmouth-cabinet-report-care-home-fees-study-group.docx"

COMMITTEE = "Adult Social Care, Health and Wellbeing Sub-committee"
DATE_LONG = "Thursday, 7 March 2024"
DATE_SHORT = "7 March 2024"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

PRESENT_CHAIR = "Councillor T Ashburn (Chair)"
PRESENT_OTHERS = ("Councillors D Carrick, M Elsdon, S Fenwick, R Harbottle, J Kell, "
                  "P Mowbray, A Ogle, L Rutter and N Scorer")
IN_ATTENDANCE = [
    "Councillor H Forster, Cabinet Member for Adult Social Care",
    "Councillor E Thew, Cabinet Member for Public Health and Wellbeing",
    "P Hindmarsh, Director of Adult Services",
    "K Readhead, Director of Public Health",
    "S Wardle, Senior Manager, Commissioning and Investment",
    "L Craster, Democratic Services Officer",
    "G Moat, Director of Operations, Linmouth Hospitals NHS Foundation Trust",
    "Dr R Lamb, Deputy Medical Director, Linmouth Hospitals NHS Foundation Trust",
    "C Milburn, Head of Primary Care (Dental), Northern Coast Integrated Care Board",
    "J Tait, Chief Officer, Healthwatch North Linmouth",
]
APOLOGIES = "Councillors B Lisle and C Widdrington"

# Blocks: ("item", number, title) | ("p", text) | ("res", text) | ("cl", label, text)
#         | ("sub", heading)
MINUTES = [
    ("item", "ASCH38/23", "Appointment of Substitute Members"),
    ("p", "Pursuant to the Council’s Constitution the appointment of the following "
          "substitute member was reported:"),
    ("p", "Councillor N Scorer for Councillor B Lisle."),

    ("item", "ASCH39/23", "Declarations of Interest and Dispensations"),
    ("p", "Councillor S Fenwick declared a registerable personal interest in agenda item 4, "
          "Linmouth Hospitals NHS Foundation Trust – Winter Pressures and Hospital Discharge "
          "(ASCH41/23), as she was an elected public governor of the Trust."),
    ("p", "Councillor J Kell declared a non-registerable personal interest in agenda item 7, "
          "Report of the Care Home Fees Study Group (ASCH44/23), as a close family member was "
          "employed by a care home provider in the borough."),

    ("item", "ASCH40/23", "Minutes"),
    ("res", "**Resolved** that the minutes of the meeting held on 11 January 2024 be confirmed "
            "and signed by the Chair."),
    ("sub", "Matters arising"),
    ("p", "In relation to minute ASCH35/23 (Home Care Market Update), Councillor Harbottle asked "
          "whether the information requested at the last meeting on the number of home care "
          "hours commissioned in each locality had been circulated, as she had not received it. "
          "The Democratic Services Officer confirmed that the information had been circulated "
          "by email on 2 February 2024 and undertook to send it to her again."),

    ("item", "ASCH41/23", "Linmouth Hospitals NHS Foundation Trust – Winter Pressures and "
                          "Hospital Discharge"),
    ("p", "The sub-committee received a presentation from G Moat, Director of Operations, and "
          "Dr R Lamb, Deputy Medical Director, Linmouth Hospitals NHS Foundation Trust, on how "
          "the Trust and its partners had managed the pressures on urgent and emergency care "
          "over the winter period from December 2023 to February 2024, and on the arrangements "
          "for discharging patients from Linmouth General Hospital and Coldwell Community "
          "Hospital."),
    ("p", "The presentation highlighted that attendances at the emergency department at Linmouth "
          "General Hospital had been 8% higher than in the previous winter, with the busiest day, "
          "2 January 2024, seeing 412 attendances. Admissions with flu had peaked in the week "
          "before Christmas and two wards had been closed for a total of eleven days because of "
          "norovirus. Performance against the four hour standard had averaged 71.4% over the "
          "three months, against a national target of 76% by March 2024. On an average day "
          "around 45 patients in the Trust’s beds were medically optimised for discharge but "
          "remained in hospital, compared with 58 a year earlier. The integrated transfer of care "
          "hub, which brought together the Trust’s discharge team, the Authority’s hospital "
          "social work team and the voluntary sector, had been in place since October 2023 and "
          "was now operating seven days a week. The Trust had also extended its ‘Home First’ "
          "discharge to assess model to patients who needed two carers at home."),
    ("p", "A member asked how many of the patients who were medically optimised for discharge "
          "were waiting for a package of care at home rather than for a care home placement. In "
          "response, the Director of Operations explained that around two thirds were waiting "
          "for care at home or for reablement, and that every delay of more than seven days was "
          "now reviewed jointly by senior managers of the Trust and the Authority at a weekly "
          "meeting."),
    ("p", "Councillor Harbottle expressed concern at reports from residents that older patients "
          "had been discharged late in the evening without their medication, and in some cases "
          "without their families being told. Dr Lamb acknowledged that this had happened on a "
          "small number of occasions and apologised to the families concerned. She explained "
          "that the discharge lounge now remained open until 10.00 pm, that pharmacy technicians "
          "had been placed on the busiest wards to reduce waits for medicines to take home, and "
          "that the Trust would look into any individual case that members forwarded to it."),
    ("p", "In response to a question about whether there were enough care workers in the borough "
          "to pick up new packages of care over the winter, the Director of Adult Services "
          "reported that the home care market in North Linmouth had been more stable than in "
          "previous years. The number of hours waiting to be picked up by a provider had fallen "
          "from over 1,200 a week in the autumn of 2022 to fewer than 200 a week, which officers "
          "attributed in large part to the increase in the hourly rate paid to providers agreed "
          "as part of the 2023/24 budget."),
    ("p", "A member queried whether ambulances were still waiting outside the emergency "
          "department to hand over patients, as had been reported in the local press in January. "
          "The Director of Operations advised that handover delays of more than an hour had "
          "fallen to an average of three a day in February, and that the Trust and the ambulance "
          "service had agreed that no crew would wait longer than 45 minutes from April 2024."),
    ("p", "Councillor Ogle commented that staff at the Trust and in the Authority’s social work "
          "teams should be commended for their efforts over what had been an extremely difficult "
          "winter, and asked that the sub-committee’s thanks be passed on to frontline staff."),
    ("res", "**Resolved** that (1) the presentation be noted; and"),
    ("cl", "(2)", "the Trust be invited to a future meeting to report on the outcome of the "
                  "review of the discharge lounge and the transfer of care hub."),

    ("item", "ASCH42/23", "Access to NHS Dental Services"),
    ("p", "The sub-committee considered a report from the Northern Coast Integrated Care Board "
          "(the ICB) on access to NHS dental services in North Linmouth. C Milburn, Head of "
          "Primary Care (Dental), attended the meeting to present the report and to answer "
          "members’ questions."),
    ("p", "The report explained that responsibility for commissioning primary, secondary and "
          "community dental services had been delegated by NHS England to the ICB from 1 April "
          "2023. Of the 31 dental practices in the borough holding an NHS contract, 9 were "
          "currently accepting new adult NHS patients and 14 were accepting new child patients. "
          "The ICB had commissioned additional urgent dental care sessions across its area, with "
          "around 1,100 appointments a month now available to North Linmouth residents through "
          "NHS 111, and was working with the Authority’s public health team on an oral health "
          "improvement plan. The national Dental Recovery Plan, published in February 2024, "
          "introduced a ‘new patient premium’ for practices taking on patients who had not seen "
          "an NHS dentist for two years or more."),
    ("p", "Members expressed concern that constituents were routinely being told by practices "
          "that they could only be seen as private patients, and that some families with young "
          "children had been unable to find a practice in the borough able to see them at all. "
          "Councillor Elsdon asked whether a practice was under any obligation to treat a child "
          "on the NHS where the child’s parents paid privately for their own care. The Head of "
          "Primary Care explained that patients did not register with a dental practice in the "
          "way they did with a GP practice, and that practices were contracted to deliver a set "
          "number of units of dental activity rather than to maintain a list of patients. "
          "However, a child should not be refused NHS treatment because a parent was a private "
          "patient, and any such case should be reported to the ICB’s primary care team, who "
          "would follow it up with the practice."),
    ("p", "Councillor Carrick asked what was being done to stop NHS dentists leaving for private "
          "practice, and whether the new patient premium had made any difference. In response, "
          "it was explained that it was too early to assess the effect of the premium, which had "
          "only been payable since 1 March 2024. The ICB was, however, offering practices in the "
          "areas of greatest need the opportunity to take on additional NHS activity at an "
          "enhanced rate, and four practices in North Linmouth had so far taken this up."),
    ("p", "The Chair requested that the ICB provide the sub-committee with a list, by ward, of "
          "the practices currently accepting new NHS patients, so that members could advise "
          "residents. The Head of Primary Care agreed to circulate the information to members "
          "before the next meeting."),
    ("p", "A member commented that the supervised toothbrushing programme in primary schools and "
          "nurseries had been very well received in her ward and asked whether it would continue "
          "beyond March 2025. The Director of Public Health confirmed that funding for the "
          "programme had been secured for a further year from the public health grant, and that "
          "it would be extended to a further twelve schools from September 2024."),
    ("res", "**Resolved** that the report and the actions being taken by the Integrated Care "
            "Board to improve access to NHS dental services be noted."),

    ("item", "ASCH43/23", "Adult Social Care – Preparing for Assessment by the Care Quality "
                          "Commission"),
    ("p", "The sub-committee received a report from the Director of Adult Services on the "
          "Authority’s preparations for assessment by the Care Quality Commission (CQC) under the "
          "new assurance framework for local authority adult social care introduced by the Health "
          "and Care Act 2022. The Director explained that the CQC would assess each authority "
          "against nine quality statements grouped under four themes: working with people; "
          "providing support; ensuring safety; and leadership. Eleven authorities nationally had "
          "been assessed so far, two of them in the North East, and the Authority expected to "
          "receive notice of its own assessment at some point in 2024. The report set out the key "
          "messages from the Authority’s self-assessment, which had been shared with members in "
          "draft in January, including a reduction in the number of people waiting for a Care Act "
          "assessment from 512 in April 2023 to 298, and the results of the most recent survey "
          "of adult carers."),
    ("p", "Councillor Mowbray sought clarification on what would happen if the Authority were "
          "rated as ‘requires improvement’ and whether the Government would be able to intervene "
          "in the running of the service. The Director explained that the Secretary of State had "
          "powers of intervention under the Act, but that it was expected that these would only "
          "be used where an authority was rated ‘inadequate’ and did not have a credible "
          "improvement plan. Any rating would be published on the CQC website together with the "
          "full assessment report."),
    ("p", "Concern was expressed that fewer than a third of carers who responded to the survey "
          "had said that they had been able to take a break from caring in the last twelve "
          "months. The Cabinet Member for Adult Social Care acknowledged that respite for carers "
          "remained an area where the Authority needed to improve, and said that a new carers’ "
          "strategy would be co-produced with the North Linmouth Carers’ Centre and with carers "
          "themselves during 2024."),
    ("p", "In response to a question from Councillor Kell about the number of vacant social "
          "worker posts, the Director reported that there were currently 14.5 full time "
          "equivalent vacancies against an establishment of 96 posts. Agency social workers were "
          "being used to cover six of these, and the Authority had recently joined a regional "
          "memorandum of understanding which capped the rates paid for agency staff. A ‘grow "
          "your own’ scheme had supported eight social work apprentices, the first of whom would "
          "qualify in the summer."),
    ("p", "Councillor Rutter commented that residents in her ward were waiting many months for an "
          "occupational therapy assessment before any adaptation could be made to their home, and "
          "that for some older residents this meant they were unable to use their bathroom or to "
          "get upstairs safely. She felt that the self-assessment was too positive about this "
          "part of the service and that the Authority should be honest with residents about how "
          "long they would have to wait."),
    ("p", "The sub-committee noted the report and asked that the outcome of the CQC assessment "
          "be reported to the sub-committee as soon as possible after its publication."),

    ("item", "ASCH44/23", "Report of the Care Home Fees Study Group"),
    ("p", "Councillor P Mowbray, Chair of the Care Home Fees Study Group, presented the report of "
          "the study group, which had been established by the sub-committee in July 2023 to "
          "examine how the Authority set the fees it paid to care homes for older people and the "
          "impact of those fees on the quality and sustainability of care in the borough. The "
          "study group had met on five occasions and had heard evidence from officers, from four "
          "care home providers, from the Northern Care Providers’ Forum and from Healthwatch North "
          "Linmouth. The report made five recommendations to Cabinet, including that the "
          "Authority publish the methodology it used to set its fee rates each year, that it "
          "require providers to set out clearly any third party ‘top up’ payments, and that it "
          "lobby the Government for a sustainable, long-term funding settlement for adult social "
          "care."),
    ("p", "A member asked whether the study group had considered the position of self-funders, "
          "who were often charged considerably more than the Authority paid for an identical room "
          "in the same home. Councillor Mowbray replied that the study group had heard evidence "
          "from two providers that the fees paid by self-funders in effect subsidised placements "
          "funded by the Authority, and that recommendation 2 sought to make this more "
          "transparent for residents and their families."),
    ("p", "Councillor Carrick asked whether the study group had looked at the option of the "
          "Authority bringing some care home provision back in-house, as some other councils had "
          "done, rather than relying entirely on the independent sector. Councillor Mowbray said "
          "that the study group had discussed this but had concluded that it could not make a "
          "recommendation without a full assessment of the costs involved; the report did, "
          "however, ask Cabinet to keep the option under review. The Senior Manager, "
          "Commissioning and Investment added that the Authority had last operated its own care "
          "homes in 2009."),
    ("res", "**Resolved** that the recommendations of the Care Home Fees Study Group, as set out "
            "in section 5 of the report, be submitted to Cabinet for its consideration."),

    ("item", "ASCH45/23", "Smokefree North Linmouth – Tobacco Control and Vaping"),
    ("p", "The sub-committee received a report from K Readhead, Director of Public Health, on "
          "progress with the Smokefree North Linmouth tobacco control plan and on the "
          "Government’s proposals to create a ‘smokefree generation’. Smoking prevalence among "
          "adults in the borough had fallen to 11.9% in 2022 but remained more than twice as high "
          "in the most deprived wards as in the least deprived, and smoking at the time of "
          "delivery remained above the regional average. Under the national proposals the "
          "Authority would receive additional funding for its stop smoking service from April "
          "2024. The report also summarised the Authority’s response to the Government’s "
          "consultation on reducing the appeal and availability of vapes to children."),
    ("p", "A member asked what action was being taken against shops selling vapes to children, as "
          "parents in his ward had raised this with him on several occasions. The Director of "
          "Public Health advised that the Authority’s trading standards officers had carried out "
          "38 test purchases in 2023, resulting in 11 sales to under age volunteers, and that "
          "illegal and unsafe vapes with a value of over £40,000 had been seized. Information "
          "from members and residents about particular premises was always welcome."),
    ("p", "Councillor Elsdon queried whether the stop smoking service had the capacity to meet "
          "the increase in demand that the additional funding was intended to generate. It was "
          "confirmed that the Authority’s allocation for 2024/25 was £286,000, which would be "
          "used to recruit two additional stop smoking advisers and to extend the service offered "
          "through community pharmacies."),
    ("p", "Members requested that future reports include figures for smoking in pregnancy and "
          "among people with a serious mental illness, broken down by locality."),
    ("res", "**Resolved** that (1) the report be noted; and"),
    ("cl", "(2)", "the sub-committee’s support for the proposals to create a smokefree "
                  "generation be conveyed to the Cabinet Member for Public Health and Wellbeing."),

    ("item", "ASCH46/23", "Work Programme 2023/24"),
    ("p", "The sub-committee received its work programme for the remainder of the 2023/24 "
          "municipal year. The Chair reminded members that this was the final scheduled meeting "
          "of the municipal year and that the Overview, Scrutiny and Policy Development Committee "
          "would agree the sub-committees’ work programmes for 2024/25 at its meeting in June. "
          "Members were invited to put forward topics for consideration."),
    ("p", "Councillor Fenwick suggested that the sub-committee look at the new Pharmacy First "
          "service early in the new municipal year, given the recent closure of two community "
          "pharmacies in Linmouth town centre and the pressure this had placed on the remaining "
          "pharmacies. Councillor Ogle asked that mental health support for young people moving "
          "from children’s to adult services also be considered. The Chair agreed that both "
          "topics would be included in the list of suggestions put forward to the Overview, "
          "Scrutiny and Policy Development Committee."),
    ("res", "**Resolved** that the work programme be noted and the suggestions made by members be "
            "forwarded to the Overview, Scrutiny and Policy Development Committee for "
            "consideration as part of the 2024/25 work programme."),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(120, 4, COMMITTEE)
            self.set_xy(140, 10)
            self.cell(50, 4, DATE_SHORT, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(20, 15.5, 190, 15.5)
            self.set_text_color(0, 0, 0)
            self.set_y(21)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.set_text_color(0, 0, 0)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(datetime(2024, 3, 14, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(f"Minutes - {COMMITTEE} - {DATE_SHORT}")
    pdf.set_author("North Linmouth Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.1          # line height of body text
    BODY_X = 50       # left edge of the minute text
    BODY_W = 140

    # Title block
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(20, 22)
    pdf.multi_cell(170, 8, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.cell(170, 6, DATE_LONG, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    # Attendance
    def labelled(label: str, lines: list[str], gap: float = 3.0):
        pdf.set_font("DejaVu", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(30, LH, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(BODY_X + 4, y)
        for line in lines:
            pdf.set_x(BODY_X + 4)
            pdf.multi_cell(BODY_W - 4, LH, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    labelled("Present:", [PRESENT_CHAIR, PRESENT_OTHERS])
    labelled("In attendance:", IN_ATTENDANCE)
    labelled("Apologies:", [APOLOGIES], gap=6)

    # Minutes
    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 22 - 26:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(30, LH + 0.4, num)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH + 0.4, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "sub":
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("p", "res"):
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="J", markdown=(kind == "res"),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3 if kind == "p" else 1.5)
        elif kind == "cl":
            _, label, text = block
            pdf.set_font("DejaVu", "", 10)
            y = pdf.get_y()
            pdf.set_xy(BODY_X + 13, y)
            pdf.cell(9, LH, label)
            pdf.set_xy(BODY_X + 22, y)
            pdf.multi_cell(BODY_W - 22, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a report to Cabinet
# ---------------------------------------------------------------------------

def build_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        sec.footer.paragraphs[0].text = "North Linmouth Council – Cabinet – 20 May 2024"

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Response to the Report of the Care Home Fees Study Group"
    cp.created = datetime(2024, 5, 8, 10, 0, 0)
    cp.modified = datetime(2024, 5, 10, 14, 30, 0)
    cp.revision = 3

    def para(text, bold=False, size=None, align=None, space_after=6):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def numbered(num, text, bold_num=True, indent=1.5):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-indent)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(num + "\t")
        r.bold = bold_num
        p.add_run(text)
        return p

    def heading(num, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(num + "\t" + text)
        r.bold = True
        return p

    para("North Linmouth Council", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("Report to Cabinet", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT,
         space_after=12)

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    rows = [
        ("Date:", "20 May 2024", "", ""),
        ("Title:", "Response to the Report of the Care Home Fees Study Group", "", ""),
        ("Portfolio(s):", "Adult Social Care", "Cabinet Member(s):", "Councillor H Forster"),
        ("Report from Service Area:", "Adult Services", "", ""),
        ("Responsible Officer:", "P Hindmarsh, Director of Adult Services",
         "Tel:", "(0191) 643 7210"),
        ("Wards affected:", "All", "", ""),
    ]
    for a, b, c, d in rows:
        cells = t.add_row().cells
        cells[0].text = a
        cells[0].paragraphs[0].runs[0].bold = True
        if c:
            cells[1].text = b
            cells[2].text = c
            cells[2].paragraphs[0].runs[0].bold = True
            cells[3].text = d
        else:
            merged = cells[1].merge(cells[3])
            merged.text = b
    doc.add_paragraph()

    para("PART 1", bold=True, size=12)
    heading("1.1", "Executive Summary:")
    numbered("", "On 7 March 2024 the Adult Social Care, Health and Wellbeing Sub-committee "
                 "considered the final report of its Care Home Fees Study Group and agreed that "
                 "the study group’s five recommendations be submitted to Cabinet. Under the "
                 "Authority’s Constitution, Cabinet is required to respond to recommendations of "
                 "an overview and scrutiny body within two months of receiving them.", False)
    numbered("", "This report sets out the proposed response to each of the recommendations. "
                 "Four of the recommendations are accepted in full and one is accepted in part.",
             False)

    heading("1.2", "Recommendation(s):")
    numbered("", "It is recommended that Cabinet:", False)
    numbered("(1)", "agree the response to the recommendations of the Care Home Fees Study Group "
                    "set out in Appendix 1 to this report;", False, 2.5)
    numbered("(2)", "authorise the Director of Adult Services, in consultation with the Cabinet "
                    "Member for Adult Social Care and the Director of Resources, to publish the "
                    "Authority’s care home fee setting methodology for 2024/25; and", False, 2.5)
    numbered("(3)", "note that the Elected Mayor will write to the Secretary of State for Health "
                    "and Social Care as set out in the response to recommendation 5.", False, 2.5)

    heading("1.3", "Forward Plan:")
    numbered("", "Twenty eight days notice of this report has been given and it first appeared on "
                 "the Forward Plan that was published on 19 April 2024.", False)

    heading("1.4", "Council Plan and Policy Framework:")
    numbered("", "This report relates to the following priority in the Our North Linmouth Plan "
                 "2021 to 2025: A caring North Linmouth – we will work with the care sector to "
                 "improve the working conditions of care workers and the quality of care.", False)

    heading("1.5", "Information:")
    numbered("1.5.1", "Background", True)
    numbered("", "The Care Home Fees Study Group was established by the Adult Social Care, Health "
                 "and Wellbeing Sub-committee in July 2023. Its terms of reference asked three "
                 "questions: Does the fee the Authority pays reflect the actual cost of providing "
                 "care? Are residents and their families given clear information about third "
                 "party top-up payments? Is the care home market in the borough sustainable over "
                 "the next five years?", False)
    numbered("", "The study group met on five occasions between September 2023 and January 2024 "
                 "and heard evidence from officers, from four care home providers, from the "
                 "Northern Care Providers’ Forum and from Healthwatch North Linmouth.", False)
    numbered("1.5.2", "The Authority’s current position", True)
    numbered("", "The Authority currently commissions 1,046 care home placements for older people "
                 "from 27 independent sector homes. The standard residential rate for 2024/25 is "
                 "£812 a week and the standard nursing rate, excluding the NHS-funded nursing "
                 "care contribution, is £846 a week. The increase for 2024/25 was agreed by "
                 "Cabinet on 26 February 2024 following consultation with providers.", False)
    numbered("1.5.3", "Response to the recommendations", True)
    numbered("", "The full text of each recommendation and the proposed response is set out in "
                 "Appendix 1. Officers have discussed the draft response with the Chair of the "
                 "study group, who has welcomed it.", False)

    heading("1.6", "Decision options:")
    numbered("", "The following decision options are available for consideration by Cabinet:",
             False)
    numbered("", "Option 1 – Cabinet may agree the response to the recommendations as set out in "
                 "Appendix 1.", False)
    numbered("", "Option 2 – Cabinet may agree an amended response to some or all of the "
                 "recommendations.", False)
    numbered("", "Option 1 is the recommended option.", False)

    heading("1.7", "Reasons for recommended option:")
    numbered("", "Option 1 is recommended because the proposed response accepts the study group’s "
                 "conclusions where they can be implemented within the resources available to the "
                 "Authority, and explains why one recommendation can only be accepted in part.",
             False)

    heading("1.8", "Appendices:")
    numbered("", "Appendix 1 – Response to the recommendations of the Care Home Fees Study Group",
             False)
    heading("1.9", "Contact officers:")
    numbered("", "S Wardle, Senior Manager, Commissioning and Investment, tel. (0191) 643 7244",
             False)
    numbered("", "R Hedley, Senior Finance Business Partner, tel. (0191) 643 5721", False)
    heading("1.10", "Background information:")
    numbered("", "The following background papers have been used in the compilation of this "
                 "report and are available from the author:", False)
    numbered("(1)", "Report of the Care Home Fees Study Group, March 2024", False, 2.5)
    numbered("(2)", "Market Sustainability Plan for Care Homes for Older People, 2023", False, 2.5)

    para("PART 2 – COMPLIANCE WITH PRINCIPLES OF DECISION MAKING", bold=True, size=12)
    heading("2.1", "Finance and other resources")
    numbered("", "There are no direct financial implications arising from recommendations 1, 2, 4 "
                 "and 5. Any quality premium (recommendation 3) would need to be funded within the "
                 "adult social care budget for 2025/26 and will be considered as part of the "
                 "budget setting process.", False)
    heading("2.2", "Legal")
    numbered("", "Under section 5 of the Care Act 2014 the Authority has a duty to promote an "
                 "efficient and effective market in care services. Section 9FE of the Local "
                 "Government Act 2000 requires Cabinet to respond to a report of an overview and "
                 "scrutiny committee within two months.", False)
    heading("2.3", "Consultation/community engagement")
    numbered("2.3.1", "Internal consultation: the Cabinet Member for Adult Social Care, the Senior "
                      "Leadership Team and the Chair of the study group have been consulted.",
             False)
    numbered("2.3.2", "External consultation/engagement: the study group took evidence from "
                      "providers and from Healthwatch North Linmouth.", False)
    heading("2.4", "Human rights")
    numbered("", "There are no human rights implications directly arising from this report.", False)
    heading("2.5", "Equalities and diversity")
    numbered("", "There are no equality and diversity implications directly arising from this "
                 "report.", False)
    heading("2.6", "Risk management")
    numbered("", "Risks to the sustainability of the care home market are recorded on the Adult "
                 "Services risk register.", False)
    heading("2.7", "Crime and disorder")
    numbered("", "There are no crime and disorder implications directly arising from this report.",
             False)
    heading("2.8", "Environment and sustainability")
    numbered("", "There are no environment and sustainability implications directly arising from "
                 "this report.", False)

    para("PART 3 – SIGN OFF", bold=True, size=12)
    so = doc.add_table(rows=0, cols=2)
    for a in ["Chief Executive", "Director(s) of Service", "Mayor/Cabinet Member(s)",
              "Chief Finance Officer", "Monitoring Officer", "Assistant Chief Executive"]:
        c = so.add_row().cells
        c[0].text = a
        c[1].text = "X"

    doc.add_page_break()
    para("Appendix 1 – Response to the recommendations of the Care Home Fees Study Group",
         bold=True, size=12)
    recs = [
        ("1", "That the Authority publish each year the methodology and the cost of care "
              "evidence it uses to set care home fee rates.",
         "Accepted",
         "The methodology for 2024/25 will be published on the Authority’s website by 30 June "
         "2024 and will be updated each year when fees are set."),
        ("2", "That the Authority require providers to set out clearly, before a placement is "
              "made, any third party top-up payment and the difference between the fees paid by "
              "self-funders and by the Authority.",
         "Accepted",
         "A standard information sheet will be added to the contract from October 2024. "
         "Providers will be asked whether they are willing to publish their self-funder rates."),
        ("3", "That a quality premium be paid to homes rated Good or Outstanding by the Care "
              "Quality Commission.",
         "Partially accepted",
         "A quality premium will be considered in the 2025/26 fee review, subject to the budget "
         "available. Cabinet does not agree that the premium should depend on the CQC rating "
         "alone."),
        ("4", "That Cabinet keep under review the option of the Authority directly providing a "
              "number of care home places.",
         "Accepted",
         "The option will be reviewed as part of the refresh of the market position statement "
         "in 2025."),
        ("5", "That the Elected Mayor write to the Secretary of State seeking a sustainable, "
              "long-term funding settlement for adult social care.",
         "Accepted",
         "The Elected Mayor will write to the Secretary of State following this meeting."),
    ]
    rt = doc.add_table(rows=1, cols=4)
    rt.style = "Table Grid"
    for i, h in enumerate(["No.", "Recommendation", "Response", "Action and timescale"]):
        rt.rows[0].cells[i].text = h
        rt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for rec in recs:
        cells = rt.add_row().cells
        for i, v in enumerate(rec):
            cells[i].text = v

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 10, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2024-03-07",
    "items": [
        {"number": "ASCH38/23", "title": "Appointment of Substitute Members"},
        {"number": "ASCH39/23", "title": "Declarations of Interest and Dispensations"},
        {"number": "ASCH40/23", "title": "Minutes"},
        {"number": "ASCH41/23", "title": "Linmouth Hospitals NHS Foundation Trust – Winter "
                                         "Pressures and Hospital Discharge"},
        {"number": "ASCH42/23", "title": "Access to NHS Dental Services"},
        {"number": "ASCH43/23", "title": "Adult Social Care – Preparing for Assessment by the "
                                         "Care Quality Commission"},
        {"number": "ASCH44/23", "title": "Report of the Care Home Fees Study Group"},
        {"number": "ASCH45/23", "title": "Smokefree North Linmouth – Tobacco Control and Vaping"},
        {"number": "ASCH46/23", "title": "Work Programme 2023/24"},
    ],
    "questions": [
        q("ASCH40/23", "question",
          "whether the information requested at the last meeting on the number of home care hours",
          "the information had been circulated by email on 2 February 2024",
          "Councillor Harbottle", "Democratic Services Officer", ["adult-social-care"]),

        q("ASCH41/23", "question",
          "waiting for a package of care at home rather than for a care home placement",
          "around two thirds were waiting for care at home or for reablement",
          None, "Director of Operations", ["adult-social-care"]),
        q("ASCH41/23", "concern",
          "older patients had been discharged late in the evening without their medication",
          "acknowledged that this had happened on a small number of occasions",
          "Councillor Harbottle", "Dr Lamb", ["adult-social-care"]),
        q("ASCH41/23", "question",
          "whether there were enough care workers in the borough to pick up new packages",
          "the home care market in North Linmouth had been more stable than in previous years",
          None, "Director of Adult Services", ["adult-social-care", "workforce", "finance"]),
        q("ASCH41/23", "question",
          "emergency department to hand over patients, as had been reported in the local press",
          "handover delays of more than an hour had fallen to an average",
          None, "Director of Operations", []),
        q("ASCH41/23", "comment",
          "should be commended for their efforts over what had been an extremely difficult winter",
          None, "Councillor Ogle", None, ["workforce"]),

        q("ASCH42/23", "concern",
          "being told by practices that they could only be seen as private patients",
          "patients did not register with a dental practice in the way they did",
          None, "Head of Primary Care", ["primary-care", "privatisation"]),
        q("ASCH42/23", "question",
          "whether a practice was under any obligation to treat a child on the NHS",
          "a child should not be refused NHS treatment because a parent was a private patient",
          "Councillor Elsdon", "Head of Primary Care", ["primary-care", "children-and-families"]),
        q("ASCH42/23", "question",
          "what was being done to stop NHS dentists leaving for private practice",
          "offering practices in the areas of greatest need the opportunity to take on",
          "Councillor Carrick", None, ["primary-care", "privatisation", "workforce"]),
        q("ASCH42/23", "request",
          "provide the sub-committee with a list, by ward, of the practices",
          "agreed to circulate the information to members before the next meeting",
          "Chair", "Head of Primary Care", ["primary-care"]),
        q("ASCH42/23", "question",
          "supervised toothbrushing programme in primary schools and nurseries had been very well "
          "received",
          "funding for the programme had been secured for a further year",
          None, "Director of Public Health",
          ["children-and-families", "public-health", "finance"]),

        q("ASCH43/23", "question",
          "sought clarification on what would happen if the Authority were rated as",
          "the Secretary of State had powers of intervention under the Act",
          "Councillor Mowbray", "Director", ["governance", "adult-social-care"]),
        q("ASCH43/23", "concern",
          "fewer than a third of carers who responded to the survey had said",
          "respite for carers remained an area where the Authority needed to improve",
          None, "Cabinet Member for Adult Social Care",
          ["adult-social-care", "patient-and-public-input"]),
        q("ASCH43/23", "question",
          "about the number of vacant social worker posts",
          "full time equivalent vacancies against an establishment of 96 posts",
          "Councillor Kell", "Director", ["workforce", "adult-social-care"]),
        q("ASCH43/23", "comment",
          "waiting many months for an occupational therapy assessment before any adaptation "
          "could be made",
          None, "Councillor Rutter", None, ["adult-social-care", "housing"]),

        q("ASCH44/23", "question",
          "considered the position of self-funders, who were often charged considerably more",
          "the fees paid by self-funders in effect subsidised placements funded by the Authority",
          None, "Councillor Mowbray", ["adult-social-care", "finance"]),
        q("ASCH44/23", "question",
          "bringing some care home provision back in-house, as some other councils had done",
          "could not make a recommendation without a full assessment of the costs involved",
          "Councillor Carrick", "Councillor Mowbray",
          ["privatisation", "adult-social-care", "subcontracting"]),

        q("ASCH45/23", "question",
          "what action was being taken against shops selling vapes to children",
          "trading standards officers had carried out 38 test purchases in 2023",
          None, "Director of Public Health", ["public-health", "children-and-families"]),
        q("ASCH45/23", "question",
          "whether the stop smoking service had the capacity to meet the increase in demand",
          "would be used to recruit two additional stop smoking advisers",
          "Councillor Elsdon", None, ["public-health", "workforce", "finance"]),
        q("ASCH45/23", "request",
          "include figures for smoking in pregnancy and among people with a serious mental illness",
          None, None, None, ["public-health", "mental-health"]),

        q("ASCH46/23", "request",
          "Pharmacy First service early in the new municipal year, given the recent closure",
          "both topics would be included in the list of suggestions put forward",
          "Councillor Fenwick", "Chair", ["primary-care"]),
        q("ASCH46/23", "request",
          "mental health support for young people moving from children’s to adult services",
          "both topics would be included in the list of suggestions put forward",
          "Councillor Ogle", "Chair", ["mental-health", "children-and-families"]),
    ],
    "resolutions": [
        r("ASCH40/23", "the minutes of the meeting held on 11 January 2024 be confirmed",
          "agreed", []),
        r("ASCH41/23", "the Trust be invited to a future meeting to report on the outcome",
          "agreed", ["adult-social-care"]),
        r("ASCH42/23", "the actions being taken by the Integrated Care Board to improve access",
          "noted", ["primary-care"]),
        r("ASCH43/23", "asked that the outcome of the CQC assessment be reported to the "
                       "sub-committee", "agreed", ["governance", "adult-social-care"]),
        r("ASCH44/23", "as set out in section 5 of the report, be submitted to Cabinet",
          "recommended", ["adult-social-care"]),
        r("ASCH45/23", "support for the proposals to create a smokefree generation be conveyed",
          "agreed", ["public-health"]),
        r("ASCH46/23", "the suggestions made by members be forwarded to the Overview, Scrutiny "
                       "and Policy Development Committee", "agreed", []),
    ],
    "attendees": [
        a("Councillor T Ashburn", "Chair", "present"),
        a("D Carrick", None, "present"),
        a("M Elsdon", None, "present"),
        a("S Fenwick", None, "present"),
        a("R Harbottle", None, "present"),
        a("J Kell", None, "present"),
        a("P Mowbray", None, "present"),
        a("A Ogle", None, "present"),
        a("L Rutter", None, "present"),
        a("N Scorer", None, "present"),
        a("Councillor H Forster", "Cabinet Member for Adult Social Care", "in_attendance"),
        a("Councillor E Thew", "Cabinet Member for Public Health and Wellbeing", "in_attendance"),
        a("P Hindmarsh", "Director of Adult Services", "in_attendance"),
        a("K Readhead", "Director of Public Health", "in_attendance"),
        a("S Wardle", "Senior Manager, Commissioning and Investment", "in_attendance"),
        a("L Craster", "Democratic Services Officer", "in_attendance"),
        a("G Moat", "Director of Operations, Linmouth Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Dr R Lamb", "Deputy Medical Director, Linmouth Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("C Milburn", "Head of Primary Care (Dental), Northern Coast Integrated Care Board",
          "in_attendance"),
        a("J Tait", "Chief Officer, Healthwatch North Linmouth", "in_attendance"),
        a("B Lisle", None, "apologies"),
        a("C Widdrington", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def write_gold(gold: dict) -> None:
    name = Path(gold["document"]).stem + ".json"
    (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    write_gold(MINUTES_GOLD)
    write_gold(REPORT_GOLD)
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / REPORT_NAME)


def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_file in sorted(GOLD.glob("ll-*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = norm(extract(doc))
        if gold["doc_type"] != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                print(f"{gold_file.name}: not-minutes gold has extra keys {extra}")
                problems += 1
            print(f"{gold_file.name}: {gold['doc_type']}, {len(text.split())} words of text")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        seen = set()
        for kind, ph in phrases:
            n = len(norm(ph).split())
            if not 6 <= n <= 15:
                print(f"{gold_file.name}: {kind} phrase has {n} words: {ph!r}")
                problems += 1
            key = norm(ph)
            if key in seen and kind != "answer":
                continue
            seen.add(key)
            count = text.count(key)
            if count != 1:
                print(f"{gold_file.name}: {kind} phrase found {count} times: {ph!r}")
                problems += 1
        for item in gold["items"]:
            if norm(item["number"]) not in text or norm(item["title"]) not in text:
                print(f"{gold_file.name}: item not found: {item}")
                problems += 1
        for att in gold["attendees"]:
            if norm(att["name"]) not in text:
                print(f"{gold_file.name}: attendee not found: {att['name']}")
                problems += 1
            if att["role"] and norm(att["role"]) not in text:
                print(f"{gold_file.name}: role not found: {att['role']}")
                problems += 1
        if norm(gold["committee"]) not in text:
            print(f"{gold_file.name}: committee name not found")
            problems += 1
        themes_ok = {"privatisation", "subcontracting", "patient-and-public-input",
                     "public-health", "finance", "governance", "integration", "workforce",
                     "primary-care", "mental-health", "children-and-families",
                     "adult-social-care", "housing"}
        for row in gold["questions"] + gold["resolutions"]:
            bad = set(row["themes"]) - themes_ok
            if bad:
                print(f"{gold_file.name}: unknown themes {bad}")
                problems += 1
        print(f"{gold_file.name}: {len(phrases)} phrases, {len(gold['items'])} items, "
              f"{len(gold['attendees'])} attendees checked")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
