#!/usr/bin/env python3
"""Build the "ou-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ou.py           build documents/ou-* and gold/ou-*.json
        build_ou.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2025, 1, 29, 10, 15, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "ou-chingbourne-health-adult-social-care-scrutiny-2025-01-22.pdf"
REPORT_FILE = "ou-chingbourne-hasc-report-asc-cqc-assessment-2025-01-22.docx"

COMMITTEE = "Health and Adult Social Care Scrutiny Committee"
DATE_LONG = "22 January 2025"

# --------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:", [
        "Councillor Rukhsana Aftab (Chair)",
        "Councillor Declan Moorhouse (Vice-Chair)",
        "Councillors Anita Bhogal, Tom Eckersley, Peter Halloran, Shazia Mirza, "
        "Grace Oduya and Jennifer Pateman",
    ]),
    ("Co-opted Member:", [
        "Beverley Sands (Healthwatch Chingbourne)",
    ]),
    ("Also Present:", [
        "Councillor Marcus Delaney (Cabinet Member for Health and Adult Social Care)",
    ]),
    ("In Attendance:", [
        "Joanne Ferris (Director of Adult Social Care), Samir Qureshi (Consultant in "
        "Public Health), Colette Marsh (Place Director – Chingbourne, North East "
        "Metropolitan Integrated Care Board), Kieran Lowther (Chief Operating Officer, "
        "Kingsgate Hospital, Eastgate Health NHS Trust), Dr Nadia Farouk (Director of "
        "Nursing, Kingsgate Hospital), Andrew Pellow (Independent Chair, Chingbourne "
        "Safeguarding Adults Board), Rachel Oyelaran (Scrutiny Officer) and Imogen Tate "
        "(Democratic Services Officer)",
    ]),
]

ITEMS = [
    ("27.", "APOLOGIES FOR ABSENCE AND SUBSTITUTE MEMBERS", [
        ("p", "Apologies for absence were received from Councillor Liam Carver, and from "
              "Dr Helen Achebe, Director of Public Health, who was represented by Samir "
              "Qureshi, Consultant in Public Health."),
        ("p", "Apologies for lateness were received from Councillor Jennifer Pateman."),
        ("p", "The following substitute member arrangement was in place:"),
        ("p", "Councillor Anita Bhogal for Councillor Liam Carver."),
    ]),
    ("28.", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Peter Halloran declared a non-pecuniary interest in Agenda Item 5 "
              "(Kingsgate Hospital – Urgent and Emergency Care Update) as his daughter is "
              "employed as a staff nurse by Eastgate Health NHS Trust."),
        ("p", "Notwithstanding his interest in this item, Councillor Halloran was able to "
              "remain in the room and participate in the debate."),
        ("p", "Beverley Sands declared a non-pecuniary interest in Agenda Item 8 as a "
              "volunteer befriender with the Chingbourne Age Friendly Network."),
    ]),
    ("29.", "MINUTES OF PREVIOUS MEETING", [
        ("p", "The minutes of the meeting held on 26 November 2024 were approved as a "
              "correct record and signed by the Chair."),
        ("sub", "Matters Arising"),
        ("p", "Community equipment – Ms Ferris confirmed that the figures on outstanding "
              "equipment deliveries and collections requested by the Committee at its last "
              "meeting had been circulated to Members on 9 December 2024."),
        ("p", "Fernhill Lodge Nursing Home – the Chair asked that the Committee continue to "
              "be kept appraised of the future of Fernhill Lodge following the transfer of "
              "the home to a new operator in December."),
    ]),
    ("30.", "PUBLIC PARTICIPATION", [
        ("p", "A request for public participation had been received from Mr Desmond Akers, "
              "a resident of Cann Green ward."),
        ("p", "Mr Akers addressed the Committee as the carer of his adult son, who attends "
              "the Marlowe Centre three days a week. He expressed concerns about the "
              "proposals in the Council’s budget consultation to reduce the number of days "
              "the day opportunities service at the Marlowe Centre would be open, and said "
              "that families had learned of the proposals from a letter rather than from "
              "staff. He asked for reassurance that carers would be properly consulted "
              "before any decision was taken on the future of the centre."),
        ("p", "The Chair thanked Mr Akers for attending. Councillor Delaney, Cabinet Member "
              "for Health and Adult Social Care, responded that no decision had yet been "
              "taken on the future of the Marlowe Centre and that the budget proposal would "
              "be considered by Cabinet in February. If it was agreed, a twelve-week "
              "consultation with service users and carers would begin in March 2025, and "
              "every family would be offered a face to face meeting with a social worker. "
              "He apologised for the way in which families had first heard of the "
              "proposals and offered to meet Mr Akers and other carers at the centre."),
    ]),
    ("31.", "KINGSGATE HOSPITAL – URGENT AND EMERGENCY CARE UPDATE", [
        ("p", "Councillor Pateman joined the meeting at 7.20 pm, during consideration of "
              "this item."),
        ("p", "Consideration was given to a report of Eastgate Health NHS Trust setting out "
              "progress against the improvement plan for the emergency department at "
              "Kingsgate Hospital, following the Care Quality Commission (CQC) inspection "
              "report published in August 2024 which had rated urgent and emergency "
              "services at the hospital as ‘requires improvement’."),
        ("p", "Kieran Lowther, Chief Operating Officer, and Dr Nadia Farouk, Director of "
              "Nursing, Kingsgate Hospital, presented the report. They highlighted that:"),
        ("bul", [
            "the department had seen an average of 512 attendances a day in December 2024, "
            "the highest figure on record, against a design capacity of around 300;",
            "a new same day emergency care unit had opened in October, and around 40 "
            "patients a day were now being assessed and treated there without admission;",
            "the Trust had been found to be no longer in breach of the regulations cited by "
            "the CQC when inspectors returned in November 2024; and",
            "performance against the four-hour standard had been 68.2 per cent in December, "
            "against a national target of 78 per cent by March 2025.",
        ]),
        ("p", "The Committee asked how many patients had waited more than twelve hours in "
              "the department in December. Mr Lowther said that 1,146 patients had waited "
              "more than twelve hours from arrival, around 7 per cent of all attendances, "
              "compared with 5 per cent in December 2023, and that the worst days had "
              "coincided with the peak in flu admissions over Christmas."),
        ("p", "Councillor Mirza expressed concern that patients were still being cared for "
              "on trolleys in corridors, and asked what was being done to protect their "
              "privacy and dignity. Dr Farouk acknowledged that corridor care had been "
              "necessary on the busiest days. Each corridor area now had a named senior "
              "nurse on every shift, portable screens were used for examinations, and "
              "patients were moved to a cubicle for any intimate care. She added that the "
              "Trust reported every instance of corridor care to its board and did not "
              "regard it as acceptable."),
        ("p", "Councillor Eckersley queried the number of patients who were medically fit "
              "for discharge but remained in beds at Kingsgate. Ms Ferris said that on the "
              "day of the meeting there had been 38 Chingbourne residents in the hospital "
              "who no longer met the criteria to reside, of whom 21 were waiting for a "
              "package of care or a care home placement and the remainder for community "
              "health services or housing. The Council’s reablement service had taken on "
              "ten additional packages a week since October, funded through the Better Care "
              "Fund, and the average delay for Chingbourne residents was now shorter than "
              "for the neighbouring boroughs served by the hospital. Councillor Eckersley "
              "asked whether the Council was paying enough to attract home care providers "
              "at short notice; Ms Ferris said that the Council’s hourly rate for home care "
              "had risen to £23.10 from April 2024 and that the difficulty lay more with "
              "the availability of care workers in the south of the borough than with the "
              "rate paid."),
        ("p", "Members asked about staffing in the emergency department. Dr Farouk said that "
              "the vacancy rate for registered nurses in the department had fallen from 14 "
              "per cent to 6 per cent over the year following an overseas recruitment "
              "campaign, and that spending on agency nurses had halved, although the "
              "department still relied on bank staff at night."),
        ("p", "Councillor Oduya asked whether the new electronic patient record system "
              "introduced in November had contributed to the longer waits. Mr Lowther said "
              "that there had been some slowing of patient flow in the first three weeks "
              "while staff became used to the system, which had been expected and planned "
              "for, but that the system was now working as intended and would allow test "
              "results to be shared with GPs more quickly."),
        ("p", "Beverley Sands said that Healthwatch Chingbourne had received a number of "
              "comments from residents about long waits in ambulances outside the "
              "department, and asked whether the Trust would share the results of its most "
              "recent patient survey with Healthwatch. Dr Farouk agreed that the survey "
              "results would be shared with Healthwatch once they had been published in "
              "February."),
        ("p", "Councillor Moorhouse commented that information about the urgent treatment "
              "centre at Chingbourne Health Centre had not reached many residents in the "
              "north of the borough, who continued to attend the emergency department at "
              "Kingsgate for minor injuries."),
        ("res", "RESOLVED:", "That the Committee:", [
            "noted the report; and",
            "requested that Eastgate Health NHS Trust provide a further update on the "
            "emergency department improvement plan, including twelve-hour waits and "
            "corridor care, to the meeting in July 2025.",
        ]),
    ]),
    ("32.", "ADULT SOCIAL CARE – PREPARING FOR CQC ASSESSMENT", [
        ("p", "Consideration was given to a report of the Director of Adult Social Care on "
              "the Council’s preparation for assessment by the CQC under the new local "
              "authority assurance framework, and on current performance against the four "
              "themes of the framework."),
        ("p", "Joanne Ferris, Director of Adult Social Care, introduced the report. She "
              "explained that the Council had received notification of its assessment in "
              "December 2024, that the information return had been submitted on 10 January "
              "2025, and that the on-site visit was expected in the spring. The Council’s "
              "self-assessment had identified waiting times for assessment, support for "
              "unpaid carers and the take-up of direct payments as the main areas for "
              "improvement."),
        ("p", "Councillor Delaney, Cabinet Member for Health and Adult Social Care, added "
              "that the department had reduced the number of people waiting for a Care Act "
              "assessment from 640 in April 2024 to 212 at the end of December, and thanked "
              "staff for their work."),
        ("p", "Councillor Bhogal asked how long people were currently waiting for an "
              "occupational therapy assessment, and Councillor Oduya asked how many carers’ "
              "assessments were outstanding. Ms Ferris said that the median wait for an "
              "occupational therapy assessment was seven weeks, with urgent cases seen "
              "within five working days, and that 286 carers’ assessments were outstanding, "
              "which was too many. A dedicated carers’ assessment team had been set up with "
              "the Chingbourne Carers Hub in January to clear the backlog by the summer."),
        ("p", "The Chair asked whether the department had enough social workers to sustain "
              "the reduction in waiting lists. Ms Ferris said that 11 of the 74 social "
              "worker posts were vacant, and that eight of these were covered by agency "
              "staff. The service was working with two neighbouring boroughs on a shared "
              "agency pay cap and had recruited six newly qualified social workers through "
              "its academy in September."),
        ("p", "Councillor Halloran expressed concern about the low take-up of direct "
              "payments, which at 19 per cent of people receiving community-based support "
              "was below the London average, and asked what the barriers were. Ms Ferris "
              "said that the main barriers were the difficulty of recruiting personal "
              "assistants and the paperwork involved in managing a direct payment account. "
              "The Council was re-procuring its direct payment support service, and a "
              "prepaid card would be offered to all new recipients from April 2025."),
        ("p", "Councillor Mirza asked whether the Council’s budget position would affect "
              "the assessment. Councillor Delaney said that the adult social care budget "
              "was forecast to overspend by £4.2 million in 2024/25, mainly because of the "
              "cost of care home placements for older people, and that the CQC would look "
              "at whether the Council was managing its resources well, not at the size of "
              "the overspend itself."),
        ("p", "Councillor Moorhouse requested that Members be given a briefing before the "
              "on-site visit on what inspectors might ask them. Ms Ferris said that a "
              "briefing session for all Members would be arranged in March."),
        ("res", "RESOLVED:", "That the Committee:", [
            "noted the report and the progress made in reducing waiting lists for Care Act "
            "assessments; and",
            "recommended to the Cabinet Member for Health and Adult Social Care that the "
            "number of outstanding carers’ assessments be reported to the Committee at each "
            "meeting until the backlog has been cleared.",
        ]),
    ]),
    ("33.", "WINTER VACCINATION PROGRAMME AND HEALTH PROTECTION UPDATE", [
        ("p", "Samir Qureshi, Consultant in Public Health, gave a presentation on the winter "
              "vaccination programme and on health protection in the borough. He reported "
              "that flu vaccine uptake among residents aged 65 and over stood at 61.4 per "
              "cent at the end of December, compared with 63.0 per cent at the same point "
              "last year, and that uptake among two and three year olds was 31 per cent. "
              "Uptake of the first dose of the MMR vaccine by age two was 81 per cent, well "
              "below the 95 per cent needed to prevent outbreaks, and there had been 14 "
              "confirmed cases of measles in the borough since October."),
        ("p", "Councillor Pateman asked why uptake among pregnant women was so much lower "
              "than in other groups. Mr Qureshi said that uptake in pregnancy was 28 per "
              "cent, and that the evidence suggested women were more worried about safety "
              "than about access. Midwives at Kingsgate had been offering the vaccine at "
              "antenatal appointments since October and the public health team was funding "
              "a community champions programme to talk to women in the languages they "
              "spoke at home."),
        ("p", "Councillor Bhogal asked whether community pharmacies could give childhood "
              "vaccinations. Ms Marsh said that pharmacies were not commissioned to give "
              "routine childhood immunisations, although the ICB was piloting MMR catch-up "
              "clinics in two pharmacies in Hale Marsh and would report on the pilot in the "
              "spring."),
        ("p", "Councillor Halloran requested that ward-level figures for MMR uptake be "
              "circulated to all Members so that councillors could encourage families in "
              "their wards to take up the vaccine. Mr Qureshi agreed to circulate these "
              "after the meeting."),
        ("p", "Beverley Sands commented that residents had told Healthwatch that the online "
              "booking system for COVID-19 vaccinations was confusing for older people who "
              "did not use the internet."),
        ("p", "The Committee noted the presentation and thanked Mr Qureshi for attending."),
    ]),
    ("34.", "CHINGBOURNE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2023/24", [
        ("p", "Consideration was given to the annual report of the Chingbourne Safeguarding "
              "Adults Board (CSAB) for 2023/24, which was presented by Andrew Pellow, "
              "Independent Chair of the Board. Mr Pellow said that the Board had received "
              "1,412 safeguarding concerns during the year, an increase of 9 per cent, of "
              "which 388 had led to a formal enquiry under section 42 of the Care Act 2014. "
              "Self-neglect and financial abuse were the fastest growing categories, and the "
              "Board had commissioned two Safeguarding Adults Reviews during the year."),
        ("p", "Councillor Oduya asked what was being done about scams targeting older "
              "residents. Mr Pellow said that the Board had worked with Trading Standards "
              "and the police on a doorstep crime campaign and that 2,300 residents had been "
              "given call blockers or advice leaflets. Members asked about the timeliness of "
              "the Safeguarding Adults Reviews, as one had been commissioned over eighteen "
              "months earlier and had not yet been published. Mr Pellow accepted that this "
              "was too long and explained that the delay had been caused by a parallel "
              "police investigation, on which the Board had taken legal advice."),
        ("p", "The Chair commented that the number of concerns relating to people living in "
              "supported accommodation had risen sharply and asked that the Board’s next "
              "report include a breakdown by type of setting. Mr Pellow agreed to include "
              "this."),
        ("res1", "RESOLVED:", "That the Chingbourne Safeguarding Adults Board Annual Report "
                              "2023/24 be noted."),
    ]),
    ("35.", "SCRUTINY REPORT", [
        ("p", "Rachel Oyelaran, Scrutiny Officer, introduced the Scrutiny Report, which set "
              "out the Committee’s action tracker, recommendations tracker and forward plan "
              "for the remainder of the 2024/25 municipal year."),
        ("p", "The Committee asked that an item on access to NHS dentistry for children and "
              "adults be added to the forward plan, and that the ICB be invited to attend. "
              "Ms Oyelaran said that this would be scheduled for the first meeting of the "
              "2025/26 municipal year."),
        ("p", "Councillor Eckersley noted that the response to the Committee’s "
              "recommendations on hospital discharge was still outstanding after four "
              "months. Ms Oyelaran said that the response had been chased and was expected "
              "before the March meeting."),
        ("p", "The Committee Action Tracker, Recommendations Tracker and Forward Plan were "
              "noted."),
    ]),
]


def build_minutes(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DV", "", 8.5)
            self.set_text_color(70, 70, 70)
            self.set_xy(20, 10)
            self.cell(120, 5, COMMITTEE)
            self.set_xy(140, 10)
            self.cell(50, 5, DATE_LONG, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(20, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(21)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {COMMITTEE} - {DATE_LONG}")
    pdf.set_author("Democratic Services, Chingbourne Council")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_page()

    # Council name set as a word mark, top right
    pdf.set_font("DV", "B", 17)
    pdf.set_text_color(0, 84, 76)
    pdf.set_xy(110, 14)
    pdf.cell(80, 8, "Chingbourne", align="R")
    pdf.set_font("DV", "", 9)
    pdf.set_xy(110, 22)
    pdf.cell(80, 5, "Council", align="R")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(20, 34)
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(170, 7, "MINUTES OF THE HEALTH AND ADULT SOCIAL CARE SCRUTINY "
                           "COMMITTEE", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DV", "", 10.5)
    pdf.multi_cell(170, 5.5, "Wednesday, 22 January 2025 at 7.00 pm", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(170, 5.5, "Committee Room 3 – Chingbourne Town Hall, Forest Way",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    label_w = 40
    for label, lines in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("DV", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(label_w, 5.2, label)
        pdf.set_font("DV", "", 10)
        pdf.set_xy(20 + label_w, y)
        for line in lines:
            pdf.set_x(20 + label_w)
            pdf.multi_cell(170 - label_w, 5.2, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(5)

    num_x, text_x = 20, 33
    text_w = 190 - text_x
    lh = 5.3

    def ensure(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    def para(text, style="", gap=2.6):
        pdf.set_font("DV", style, 10.5)
        pdf.set_x(text_x)
        pdf.multi_cell(text_w, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for number, title, blocks in ITEMS:
        ensure(3 * lh)
        y = pdf.get_y()
        pdf.set_font("DV", "B", 10.5)
        pdf.set_xy(num_x, y)
        pdf.cell(text_x - num_x, lh, number)
        pdf.set_xy(text_x, y)
        pdf.multi_cell(text_w, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.6)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(block[1])
            elif kind == "sub":
                pdf.set_font("DV", "B", 10.5)
                pdf.set_x(text_x)
                pdf.multi_cell(text_w, lh, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "bul":
                pdf.set_font("DV", "", 10.5)
                for entry in block[1]:
                    ensure(lh)
                    y = pdf.get_y()
                    pdf.set_xy(text_x + 3, y)
                    pdf.cell(5, lh, "•")
                    pdf.set_xy(text_x + 9, y)
                    pdf.multi_cell(text_w - 9, lh, entry, align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.2)
                pdf.ln(1.4)
            elif kind == "res":
                if pdf.get_y() > 250:
                    pdf.add_page()
                para(block[1], "B", 1.5)
                para(block[2], "", 1.5)
                pdf.set_font("DV", "", 10.5)
                for i, clause in enumerate(block[3], 1):
                    ensure(lh)
                    y = pdf.get_y()
                    pdf.set_xy(text_x + 3, y)
                    pdf.cell(7, lh, f"{i}.")
                    pdf.set_xy(text_x + 10, y)
                    pdf.multi_cell(text_w - 10, lh, clause, align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.2)
                pdf.ln(1.4)
            elif kind == "res1":
                ensure(lh)
                y = pdf.get_y()
                pdf.set_font("DV", "B", 10.5)
                pdf.set_xy(text_x, y)
                pdf.cell(26, lh, block[1])
                pdf.set_font("DV", "", 10.5)
                pdf.set_xy(text_x + 26, y)
                pdf.multi_cell(text_w - 26, lh, block[2], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.6)
        pdf.ln(2)

    pdf.ln(2)
    ensure(32)
    para("The meeting closed at 9.41 pm.")
    pdf.ln(8)
    pdf.set_font("DV", "", 10.5)
    pdf.set_x(text_x)
    pdf.cell(90, lh, "Chair’s Signature ……………………………………")
    pdf.ln(9)
    pdf.set_x(text_x)
    pdf.cell(90, lh, "Date ……………………………………")
    pdf.output(path)


# --------------------------------------------------------------------------
# The report (not minutes)
# --------------------------------------------------------------------------

REPORT_HEADER = [
    ("Meeting:", "Health and Adult Social Care Scrutiny Committee"),
    ("Date:", "22 January 2025"),
    ("Agenda item:", "6"),
    ("Report title:", "Adult Social Care – Preparing for CQC Assessment"),
    ("Cabinet Member:", "Councillor Marcus Delaney, Cabinet Member for Health and Adult "
                        "Social Care"),
    ("Report of:", "Joanne Ferris, Director of Adult Social Care"),
    ("Wards affected:", "All wards"),
    ("Classification:", "Unrestricted"),
]

REPORT_BODY = [
    ("h1", "1. SUMMARY"),
    ("p", "1.1 Since April 2023 the Care Quality Commission (CQC) has had a duty to assess how "
          "well local authorities meet their duties under Part 1 of the Care Act 2014. "
          "Chingbourne received notice of its assessment on 4 December 2024. This report sets "
          "out how the Council has prepared, what its self-assessment says about current "
          "performance, and the areas where improvement is still needed."),
    ("p", "1.2 The Council’s self-assessment concludes that most people receive good support "
          "once it is in place, but that too many people wait too long for an assessment, "
          "that unpaid carers are not always identified or supported early enough, and that "
          "the take-up of direct payments is low."),
    ("h1", "2. RECOMMENDATIONS"),
    ("p", "2.1 The Health and Adult Social Care Scrutiny Committee is asked to:"),
    ("list", [
        "note the Council’s preparation for CQC assessment and the findings of the "
        "self-assessment;",
        "comment on the improvement actions set out in section 6; and",
        "agree whether it wishes to receive a report on the outcome of the assessment once "
        "the CQC has published its findings.",
    ]),
    ("h1", "3. BACKGROUND"),
    ("p", "3.1 The CQC assesses local authorities against nine quality statements grouped "
          "into four themes: working with people, providing support, ensuring safety, and "
          "leadership. Each quality statement is scored and the authority receives an "
          "overall rating of outstanding, good, requires improvement or inadequate."),
    ("p", "3.2 The assessment has three stages: an information return, which was submitted on "
          "10 January 2025; a review of case files and feedback from people who draw on care "
          "and support; and an on-site visit, which is expected in April or May 2025. During "
          "the visit inspectors will meet staff, partners, providers and elected Members."),
    ("h1", "4. CURRENT PERFORMANCE"),
    ("p", "4.1 The table below summarises performance against the measures the CQC is most "
          "likely to examine."),
    ("table", [
        ("Measure", "April 2024", "December 2024", "Direction"),
        ("People waiting for a Care Act assessment", "640", "212", "Improving"),
        ("Median wait for occupational therapy assessment", "11 weeks", "7 weeks",
         "Improving"),
        ("Carers’ assessments outstanding", "198", "286", "Worsening"),
        ("Take-up of direct payments (community support)", "18%", "19%", "Static"),
        ("Social worker vacancy rate", "21%", "15%", "Improving"),
        ("Reviews completed within 12 months", "61%", "68%", "Improving"),
    ]),
    ("h1", "5. WHAT PEOPLE HAVE TOLD US"),
    ("p", "5.1 In preparing the self-assessment the department held six listening events and "
          "ran an online survey, which received 412 responses. The questions people asked "
          "most often, and the department’s response, are set out below."),
    ("qa", "Why do I have to wait so long for someone to assess my needs?",
           "Waiting lists have fallen by two thirds since April 2024. Anyone whose needs are "
           "urgent is seen within five working days, and people on the waiting list are now "
           "contacted every four weeks so that their circumstances can be checked."),
    ("qa", "Will the Council cut my care package to save money?",
           "No. Care packages are based on assessed eligible needs under the Care Act. "
           "Reviews may change a package if a person’s needs have changed, but not to meet "
           "a savings target."),
    ("qa", "How can carers get a break?",
           "A dedicated carers’ assessment team has been set up with the Chingbourne Carers "
           "Hub, and carers can now refer themselves online. Short breaks can be arranged "
           "after an assessment."),
    ("h1", "6. IMPROVEMENT ACTIONS"),
    ("list", [
        "Clear the backlog of carers’ assessments by July 2025.",
        "Re-procure the direct payment support service and introduce prepaid cards for all "
        "new recipients from April 2025.",
        "Agree a shared agency pay cap with two neighbouring boroughs to reduce reliance on "
        "agency social workers.",
        "Offer a briefing to all Members before the on-site visit.",
    ]),
    ("h1", "7. QUESTIONS THE COMMITTEE MAY WISH TO CONSIDER"),
    ("list", [
        "Is the reduction in waiting lists sustainable with current staffing levels?",
        "What more could be done to identify carers who are not known to the Council?",
        "How will the Committee know whether the improvement actions have worked?",
    ]),
    ("h1", "8. FINANCIAL IMPLICATIONS"),
    ("p", "8.1 There are no direct financial implications arising from this report. The "
          "adult social care budget is forecast to overspend by £4.2 million in 2024/25, as "
          "reported to Cabinet in the quarter 3 budget monitoring report."),
    ("h1", "9. LEGAL IMPLICATIONS"),
    ("p", "9.1 The CQC’s duty to assess local authorities is set out in section 46 of the "
          "Health and Care Act 2022, which inserted section 46A into the Health and Social "
          "Care Act 2008."),
    ("h1", "10. EQUALITIES IMPLICATIONS"),
    ("p", "10.1 An equality impact assessment is not required for a report for information. "
          "The self-assessment includes an analysis of waiting times by age, ethnicity and "
          "disability."),
    ("h1", "BACKGROUND PAPERS"),
    ("p", "None."),
    ("p", "Contact officer: Joanne Ferris, Director of Adult Social Care, "
          "joanne.ferris@chingbourne.gov.uk"),
]


def _fixed_zip(src_bytes):
    """Rewrite a zip (docx) with fixed timestamps so the output is deterministic."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src_bytes)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def build_report(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Chingbourne Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x54, 0x4C)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in REPORT_HEADER:
        row = t.add_row().cells
        row[0].text = ""
        rr = row[0].paragraphs[0].add_run(label)
        rr.bold = True
        row[1].text = value
    d.add_paragraph()

    for block in REPORT_BODY:
        kind = block[0]
        if kind == "h1":
            h = d.add_paragraph()
            rh = h.add_run(block[1])
            rh.bold = True
            rh.font.size = Pt(12)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "list":
            for entry in block[1]:
                d.add_paragraph(entry, style="List Number" if "?" not in entry
                                else "List Bullet")
        elif kind == "table":
            rows = block[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, cells in enumerate(rows):
                rc = tb.add_row().cells
                for j, val in enumerate(cells):
                    rc[j].text = ""
                    run = rc[j].paragraphs[0].add_run(val)
                    run.bold = i == 0
                    if i == 0:
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:fill"), "D9E7E5")
                        rc[j]._tc.get_or_add_tcPr().append(shd)
            d.add_paragraph()
        elif kind == "qa":
            q = d.add_paragraph()
            rq = q.add_run("You asked: ")
            rq.bold = True
            q.add_run(block[1])
            a = d.add_paragraph()
            ra = a.add_run("Our response: ")
            ra.bold = True
            a.add_run(block[2])

    cp = d.core_properties
    cp.author = "Joanne Ferris"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Adult Social Care – Preparing for CQC Assessment"
    cp.created = dt.datetime(2025, 1, 13, 9, 0, 0)
    cp.modified = dt.datetime(2025, 1, 14, 9, 0, 0)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-22",
    "items": [{"number": n, "title": t} for n, t in [
        ("27", "Apologies for Absence and Substitute Members"),
        ("28", "Declarations of Interest"),
        ("29", "Minutes of Previous Meeting"),
        ("30", "Public Participation"),
        ("31", "Kingsgate Hospital – Urgent and Emergency Care Update"),
        ("32", "Adult Social Care – Preparing for CQC Assessment"),
        ("33", "Winter Vaccination Programme and Health Protection Update"),
        ("34", "Chingbourne Safeguarding Adults Board Annual Report 2023/24"),
        ("35", "Scrutiny Report"),
    ]],
    "questions": [
        q("29", "request",
          "the Chair asked that the Committee continue to be kept appraised",
          "Chair", None, None, ["adult-social-care", "subcontracting"]),
        q("30", "concern",
          "expressed concerns about the proposals in the Council’s budget consultation to reduce",
          "Mr Desmond Akers",
          "no decision had yet been taken on the future of the Marlowe Centre",
          "Councillor Delaney",
          ["adult-social-care", "finance", "patient-and-public-input"]),
        q("30", "request",
          "asked for reassurance that carers would be properly consulted before any decision",
          "Mr Desmond Akers",
          "a twelve-week consultation with service users and carers would begin in March 2025",
          "Councillor Delaney",
          ["adult-social-care", "patient-and-public-input"]),
        q("31", "question",
          "asked how many patients had waited more than twelve hours in the department",
          None,
          "1,146 patients had waited more than twelve hours from arrival",
          "Mr Lowther", []),
        q("31", "concern",
          "expressed concern that patients were still being cared for on trolleys in corridors",
          "Councillor Mirza",
          "Each corridor area now had a named senior nurse on every shift",
          "Dr Farouk", []),
        q("31", "question",
          "queried the number of patients who were medically fit for discharge",
          "Councillor Eckersley",
          "38 Chingbourne residents in the hospital who no longer met the criteria to reside",
          "Ms Ferris", ["adult-social-care", "integration"]),
        q("31", "question",
          "asked whether the Council was paying enough to attract home care providers",
          "Councillor Eckersley",
          "the Council’s hourly rate for home care had risen",
          "Ms Ferris", ["adult-social-care", "finance"]),
        q("31", "question",
          "Members asked about staffing in the emergency department",
          None,
          "the vacancy rate for registered nurses in the department had fallen",
          "Dr Farouk", ["workforce"]),
        q("31", "question",
          "asked whether the new electronic patient record system introduced in November",
          "Councillor Oduya",
          "there had been some slowing of patient flow in the first three weeks",
          "Mr Lowther", []),
        q("31", "question",
          "asked whether the Trust would share the results of its most recent patient survey",
          "Beverley Sands",
          "agreed that the survey results would be shared with Healthwatch",
          "Dr Farouk", ["patient-and-public-input"]),
        q("31", "comment",
          "information about the urgent treatment centre at Chingbourne Health Centre had not reached",
          "Councillor Moorhouse", None, None, []),
        q("32", "question",
          "asked how long people were currently waiting for an occupational therapy assessment",
          "Councillor Bhogal",
          "the median wait for an occupational therapy assessment was seven weeks",
          "Ms Ferris", ["adult-social-care"]),
        q("32", "question",
          "Councillor Oduya asked how many carers’ assessments were outstanding",
          "Councillor Oduya",
          "286 carers’ assessments were outstanding, which was too many",
          "Ms Ferris", ["adult-social-care"]),
        q("32", "question",
          "asked whether the department had enough social workers to sustain the reduction",
          "Chair",
          "11 of the 74 social worker posts were vacant",
          "Ms Ferris", ["adult-social-care", "workforce"]),
        q("32", "concern",
          "expressed concern about the low take-up of direct payments",
          "Councillor Halloran",
          "the main barriers were the difficulty of recruiting personal assistants",
          "Ms Ferris", ["adult-social-care"]),
        q("32", "question",
          "asked whether the Council’s budget position would affect the assessment",
          "Councillor Mirza",
          "the adult social care budget was forecast to overspend by",
          "Councillor Delaney", ["adult-social-care", "finance", "governance"]),
        q("32", "request",
          "requested that Members be given a briefing before the on-site visit",
          "Councillor Moorhouse",
          "a briefing session for all Members would be arranged in March",
          "Ms Ferris", ["governance"]),
        q("33", "question",
          "asked why uptake among pregnant women was so much lower than in other groups",
          "Councillor Pateman",
          "women were more worried about safety than about access",
          "Mr Qureshi", ["public-health"]),
        q("33", "question",
          "asked whether community pharmacies could give childhood vaccinations",
          "Councillor Bhogal",
          "pharmacies were not commissioned to give routine childhood immunisations",
          "Ms Marsh", ["public-health", "primary-care", "children-and-families"]),
        q("33", "request",
          "requested that ward-level figures for MMR uptake be circulated to all Members",
          "Councillor Halloran",
          "Mr Qureshi agreed to circulate these after the meeting",
          "Mr Qureshi", ["public-health", "children-and-families"]),
        q("33", "comment",
          "online booking system for COVID-19 vaccinations was confusing for older people",
          "Beverley Sands", None, None, ["public-health", "patient-and-public-input"]),
        q("34", "question",
          "asked what was being done about scams targeting older residents",
          "Councillor Oduya",
          "worked with Trading Standards and the police on a doorstep crime campaign",
          "Mr Pellow", ["adult-social-care"]),
        q("34", "question",
          "Members asked about the timeliness of the Safeguarding Adults Reviews",
          None,
          "the delay had been caused by a parallel police investigation",
          "Mr Pellow", ["adult-social-care", "governance"]),
        q("34", "request",
          "asked that the Board’s next report include a breakdown by type of setting",
          "Chair",
          "Mr Pellow agreed to include this",
          "Mr Pellow", ["adult-social-care", "housing"]),
        q("35", "request",
          "asked that an item on access to NHS dentistry for children and adults",
          None,
          "this would be scheduled for the first meeting of the 2025/26",
          "Ms Oyelaran", ["primary-care"]),
        q("35", "comment",
          "the response to the Committee’s recommendations on hospital discharge was still outstanding",
          "Councillor Eckersley",
          "the response had been chased and was expected before the March meeting",
          "Ms Oyelaran", ["adult-social-care", "governance"]),
    ],
    "resolutions": [
        res("29", "were approved as a correct record and signed by the Chair", "agreed", []),
        res("31", "provide a further update on the emergency department improvement plan",
            "agreed", []),
        res("32", "the number of outstanding carers’ assessments be reported to the Committee "
                  "at each meeting", "recommended", ["adult-social-care"]),
        res("33", "The Committee noted the presentation and thanked Mr Qureshi", "noted",
            ["public-health"]),
        res("34", "That the Chingbourne Safeguarding Adults Board Annual Report 2023/24 be noted",
            "noted", ["adult-social-care"]),
        res("35", "Action Tracker, Recommendations Tracker and Forward Plan were noted", "noted",
            []),
    ],
    "attendees": [
        att("Councillor Rukhsana Aftab", "Chair", "present"),
        att("Councillor Declan Moorhouse", "Vice-Chair", "present"),
        att("Councillor Anita Bhogal", None, "present"),
        att("Councillor Tom Eckersley", None, "present"),
        att("Councillor Peter Halloran", None, "present"),
        att("Councillor Shazia Mirza", None, "present"),
        att("Councillor Grace Oduya", None, "present"),
        att("Councillor Jennifer Pateman", None, "present"),
        att("Beverley Sands", "Healthwatch Chingbourne", "present"),
        att("Councillor Marcus Delaney", "Cabinet Member for Health and Adult Social Care",
            "in_attendance"),
        att("Joanne Ferris", "Director of Adult Social Care", "in_attendance"),
        att("Samir Qureshi", "Consultant in Public Health", "in_attendance"),
        att("Colette Marsh",
            "Place Director – Chingbourne, North East Metropolitan Integrated Care Board",
            "in_attendance"),
        att("Kieran Lowther",
            "Chief Operating Officer, Kingsgate Hospital, Eastgate Health NHS Trust",
            "in_attendance"),
        att("Dr Nadia Farouk", "Director of Nursing, Kingsgate Hospital", "in_attendance"),
        att("Andrew Pellow", "Independent Chair, Chingbourne Safeguarding Adults Board",
            "in_attendance"),
        att("Rachel Oyelaran", "Scrutiny Officer", "in_attendance"),
        att("Imogen Tate", "Democratic Services Officer", "in_attendance"),
        att("Councillor Liam Carver", None, "apologies"),
        att("Dr Helen Achebe", "Director of Public Health", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------

def write_gold():
    os.makedirs(GOLD, exist_ok=True)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


def build():
    os.makedirs(DOCS, exist_ok=True)
    build_minutes(os.path.join(DOCS, MINUTES_FILE))
    build_report(os.path.join(DOCS, REPORT_FILE))
    write_gold()
    print("wrote", MINUTES_FILE, REPORT_FILE, "and gold files")


def normalise(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text(" ")
    with open(path, encoding="utf-8") as f:
        return f.read()


def check():
    ok = True
    own = [os.path.splitext(name)[0] + ".json" for name in (MINUTES_FILE, REPORT_FILE)]
    for gname in own:
        with open(os.path.join(GOLD, gname), encoding="utf-8") as f:
            g = json.load(f)
        path = os.path.join(DOCS, g["document"])
        if not os.path.exists(path):
            print("MISSING document", g["document"])
            ok = False
            continue
        text = normalise(doc_text(path))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(normalise(phrase).split())
            count = text.count(normalise(phrase))
            if count != 1:
                ok = False
                print(f"FAIL {g['document']}: {kind} phrase found {count} times: {phrase!r}")
            if not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {g['document']}: {kind} phrase has {n_words} words: {phrase!r}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
