#!/usr/bin/env python3
"""Build the "na-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_na.py           build documents/na-* and gold/na-*.json
        build_na.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2025, 10, 24, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "na-norwold-nhosc-2025-10-16.pdf"
REPORT_NAME = "na-norwold-nhosc-dentistry-suggested-approach.docx"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
PRESENT = [
    ("Cllr Hilary Dunmore (Chair)", "Norwold County Council"),
    ("Cllr Peter Gathercole (Vice-Chair)", "Norwold County Council"),
    ("Cllr Rosalind Asker", "Breymouth Borough Council"),
    ("Cllr Daniel Chettle", "Norwold County Council"),
    ("Cllr Marion Fairweather", "Wendham City Council"),
    ("Cllr Tobias Kettering", "Norwold County Council"),
    ("Cllr Janet Loveday", "North Norwold District Council"),
    ("Cllr Graham Pegg", "Thetmere District Council"),
    ("Cllr Susan Rix", "Kingsholme and West Norwold Borough Council"),
    ("Cllr Anthony Warnes", "Norwold County Council"),
]
COOPTED = [("Cllr Keith Ablewhite", "Stourland County Council")]
SUBSTITUTES = [
    ("Cllr Beverley Youngs for Cllr Nigel Cubitt", "Norwold County Council"),
    ("Cllr Owen Hanslip for Cllr Carol Bidwell", "South Norwold Council"),
]
ALSO_PRESENT = [
    ("Dr Fiona Marchant", "Medical Director, Norwold and Saxby Integrated Care Board"),
    ("Mark Tuddenham", "Director of Primary Care Commissioning, Norwold and Saxby\nIntegrated Care Board"),
    ("Gemma Royle", "Head of Dental Commissioning, Norwold and Saxby Integrated Care\nBoard"),
    ("Lorna Fitt", "Head of Children and Young People's Mental Health\nCommissioning, Norwold and Saxby Integrated Care Board"),
    ("Adrian Bell", "Locality Director (Norwold), Eastern Counties Ambulance Service\nNHS Trust"),
    ("Rachel Osborne", "Chief Operating Officer, Wendham and Norwold University\nHospitals NHS Foundation Trust"),
    ("Dr Imogen Sayer", "Clinical Director for Children and Young People, Norwold and\nSaxby Mental Health NHS Foundation Trust"),
    ("Emma Garrod", "Director of Commissioning, Adult Social Services"),
    ("Heather Loades", "Director of Public Health"),
    ("Patrick Gedge", "Chief Executive, Healthwatch Norwold"),
    ("Jonathan Spall", "Democratic Support and Scrutiny Manager"),
    ("Maria Thirtle", "Committee Officer"),
]

# Body blocks: ("h", num, title) item heading; ("p", num, text) numbered paragraph;
# ("b", text) bullet; ("l", letter, text) lettered clause; ("i", text) italic note.
BODY = [
    ("h", "1.", "Apologies for Absence"),
    ("p", "1.1", "Apologies were received from Cllr Nigel Cubitt (Cllr Beverley Youngs substituting), "
     "Cllr Carol Bidwell (Cllr Owen Hanslip substituting) and Cllr Lesley Woodhouse. Apologies "
     "were also received from Cllr Alison Brame, Cabinet Member for Adult Social Care, who was "
     "represented for item 6 by Emma Garrod, Director of Commissioning, Adult Social Services."),

    ("h", "2.", "Minutes"),
    ("p", "2.1", "The minutes of the previous meeting held on 4 September 2025 were agreed as an "
     "accurate record and signed by the Chair."),

    ("h", "3.", "Declarations of Interest"),
    ("p", "3.1", "Cllr Janet Loveday declared a non-registerable interest in item 7 as a close family "
     "member worked as a dental nurse in an NHS practice in North Norwold. She remained in the "
     "meeting and took part in the discussion of the item."),
    ("p", "3.2", "Cllr Rosalind Asker declared a non-registerable interest as a public governor of "
     "Wendham and Norwold University Hospitals NHS Foundation Trust."),

    ("h", "4.", "Urgent Business"),
    ("p", "4.1", "There was no urgent business."),

    ("h", "5.", "Chair's Announcements"),
    ("p", "5.1", "The Chair welcomed Cllr Owen Hanslip, who had been appointed to the Committee by "
     "South Norwold Council in place of Cllr Sally Meers, and thanked Cllr Meers for her "
     "contribution over the previous three years."),
    ("p", "5.2", "The Chair reminded Members that the Norwold and Stourland Joint Health Scrutiny "
     "Committee had met on 25 September 2025 to consider the proposed changes to stroke "
     "rehabilitation beds in the Saxby area, and that the minutes of that meeting would be "
     "circulated once they had been agreed."),

    ("h", "6.", "Ambulance Response and Hospital Handover Times"),
    ("p", "6.1", "The Committee received a report from the Democratic Support and Scrutiny Manager "
     "introducing information from Eastern Counties Ambulance Service NHS Trust (ECAS), "
     "Norwold and Saxby Integrated Care Board (ICB) and Wendham and Norwold University "
     "Hospitals NHS Foundation Trust (WNUH) about ambulance response times, hospital handover "
     "delays and the actions being taken across the system ahead of winter 2025-26."),
    ("i", "(Cllr Marion Fairweather joined the meeting at 10.25am during this item.)"),
    ("p", "6.2", "The Locality Director (Norwold), ECAS, introduced the report and advised that the "
     "mean Category 2 response time in Norwold had been 36 minutes 12 seconds in August 2025, "
     "an improvement on the 44 minutes recorded in August 2024 but still above the national "
     "standard of 30 minutes. Average handover times at WNUH had fallen to 41 minutes, although "
     "1,860 hours had been lost at the hospital in August to handovers taking longer than 45 "
     "minutes. The ICB had agreed a target that no handover would exceed 45 minutes by the end "
     "of March 2026."),
    ("p", "6.3", "The following points were discussed and noted:"),
    ("b", "Cllr Graham Pegg asked why response times in the rural parts of Thetmere district "
     "remained so much worse than those in Wendham and Breymouth. The Locality Director "
     "explained that longer distances between incidents, and the time crews spent outside the "
     "area when they were held at hospital, both affected rural response times. Two additional "
     "rapid response cars had been based at Cressbury ambulance station since July, and "
     "community first responder schemes were being expanded in the villages around Thetmere."),
    ("b", "Cllr Rosalind Asker expressed concern that patients were still being cared for in "
     "corridors at the Wendham hospital, often for many hours, and asked what was being done to "
     "bring this to an end. The Chief Operating Officer, WNUH, acknowledged that temporary "
     "escalation spaces, including corridors, had been used on 41 days since April. The Trust's "
     "aim was to end their routine use by March 2026, and a new 24-space discharge lounge would "
     "open in November to free up beds earlier in the day."),
    ("b", "Cllr Daniel Chettle asked how many of the patients occupying beds at WNUH were "
     "medically fit for discharge, and whether the availability of social care was a factor in "
     "handover delays. The Director of Commissioning, Adult Social Services, reported that on an "
     "average day in September there had been 96 patients at WNUH with no criteria to reside, "
     "of whom around a third were waiting for home care or a care home placement. The Council "
     "had commissioned an additional 60 home care packages through the Better Care Fund for the "
     "winter, and the joint discharge hub with the hospital had been extended to seven days a "
     "week."),
    ("b", "Cllr Tobias Kettering queried the number of paramedic vacancies in Norwold and the "
     "extent to which ECAS relied on private ambulance providers. The Locality Director confirmed "
     "that the paramedic vacancy rate in Norwold was 6.5% and that private providers covered "
     "around 4% of hours, mainly at times of peak demand. The Trust planned to reduce this as "
     "its apprentice and graduate paramedic intakes qualified over the next two years."),
    ("b", "The Chief Executive of Healthwatch Norwold commented that feedback from residents "
     "showed that long waits for an ambulance had led some families to drive seriously ill "
     "relatives to hospital themselves, and that people did not always know what to expect when "
     "they called 999 or 111."),
    ("b", "Cllr Susan Rix commented that the improvement shown in the report did not reflect the "
     "experience of her residents in the west of the county, where waits of several hours for a "
     "Category 2 call were still being reported to her."),
    ("b", "Cllr Marion Fairweather requested that future updates include response times broken "
     "down by district council area, so that Members could see the position in their own "
     "communities. The Locality Director agreed to provide this with the next update."),
    ("p", "6.4", "The Committee RESOLVED to:"),
    ("b", "Note the update from ECAS, the ICB and WNUH."),
    ("b", "Ask ECAS to provide Members with response time data for each district council area."),
    ("b", "Receive a further update on ambulance performance and handover times at its meeting "
     "in March 2026."),

    ("h", "7.", "Access to NHS Dentistry in Norwold and Saxby"),
    ("p", "7.1", "The Committee received a report from the Democratic Support and Scrutiny Manager "
     "which introduced a report from the ICB on access to NHS dental services, including "
     "progress with the ICB's dental recovery plan, the urgent dental care centres and the plans "
     "for a dental school at the University of Wendham."),
    ("p", "7.2", "The Director of Primary Care Commissioning, ICB, introduced the report. He advised "
     "that 38% of adults in Norwold and Saxby had seen an NHS dentist in the 24 months to June "
     "2025, compared with 40% nationally, and 52% of children in the 12 months to June 2025. "
     "The ICB had spent its full dental budget for the first time in 2024-25, and 14,200 "
     "additional urgent appointments had been provided through the urgent dental care centres "
     "in Wendham, Breymouth and Kingsholme."),
    ("p", "7.3", "Members of the Committee asked questions and the following points were discussed "
     "and noted:"),
    ("b", "Cllr Janet Loveday asked how many practices had handed back their NHS contracts in the "
     "last year and what had happened to their patients. The Director of Primary Care "
     "Commissioning replied that four practices had handed back their contracts in full or in "
     "part since October 2024, amounting to around 31,000 units of dental activity. Three of the "
     "four had been re-procured and the fourth, in Holtby, would be re-tendered in the new year. "
     "Patients had been advised to contact NHS 111 or the practices listed on the NHS website in "
     "the meantime."),
    ("b", "Concerns were raised about children in North Norwold who had been unable to register "
     "with a dentist and were presenting at hospital for tooth extractions under general "
     "anaesthetic. The Head of Dental Commissioning explained that tooth decay remained the most "
     "common reason for hospital admission among children aged five to nine in the area. The ICB "
     "and the Council's Public Health team jointly funded supervised toothbrushing in 84 schools "
     "and early years settings, and a further 40 settings would join the scheme from January "
     "2026."),
    ("b", "Cllr Anthony Warnes asked whether the ICB would consider employing salaried dentists "
     "directly rather than relying on private practices to deliver NHS care. The Medical "
     "Director, ICB, said that the ICB already commissioned two salaried dental access centres "
     "run by the community health trust and would consider extending the model, but that the "
     "national dental contract limited what the ICB could do on its own."),
    ("b", "Cllr Beverley Youngs asked whether the Council would support fluoridation of the water "
     "supply in Norwold. The Director of Public Health advised that any new scheme would require "
     "a public consultation led by the Department of Health and Social Care and could take "
     "several years to introduce. She would bring a briefing on the evidence to a future "
     "meeting."),
    ("b", "Cllr Keith Ablewhite asked whether residents of the Saxby area had equal access to the "
     "urgent dental care centres, given that none of the three centres was in Stourland and the "
     "nearest was a 45 minute journey by bus for many of his residents."),
    ("b", "Members commented on the cost of NHS dental charges for working families and people on "
     "low incomes who did not qualify for free treatment, and the effect this had on whether "
     "people sought treatment at an early stage. The Director of Primary Care Commissioning noted "
     "that patient charges were set nationally and that the ICB had no discretion over them."),
    ("b", "Cllr Peter Gathercole asked how the new dental school would help the recruitment and "
     "retention of dentists in the county. The Director of Primary Care Commissioning advised "
     "that the University of Wendham expected to admit its first 40 dental students in September "
     "2027, and that evidence from elsewhere showed that dentists were more likely to stay in "
     "the region where they had trained. The ICB was also funding a golden hello of up to "
     "£20,000 for dentists taking up posts in practices in the areas of greatest need."),
    ("p", "7.4", "The Chair thanked the representatives of the ICB for attending and for answering "
     "Members' questions."),
    ("p", "7.5", "The Committee agreed:"),
    ("l", "(a)", "To write to the Secretary of State for Health and Social Care setting out the "
     "Committee's concerns about the national dental contract and its effect on access to NHS "
     "dentistry in Norwold."),
    ("l", "(b)", "To ask the ICB for a written briefing on the re-procurement of the contract in "
     "Holtby once it was complete."),
    ("l", "(c)", "To receive a briefing from the Director of Public Health on the evidence for water "
     "fluoridation."),
    ("l", "(d)", "To return to access to NHS dentistry at a meeting in 2026."),

    ("h", "8.", "Children and Young People's Mental Health Services"),
    ("p", "8.1", "The Committee received a report from the Democratic Support and Scrutiny Manager "
     "introducing an update from the ICB and Norwold and Saxby Mental Health NHS Foundation "
     "Trust (NSMHT) on children and young people's mental health services, following the "
     "Committee's previous consideration of the subject in November 2024."),
    ("p", "8.2", "The Clinical Director for Children and Young People, NSMHT, introduced the report. "
     "Referrals to the Trust's children and young people's mental health service (CYPMHS) had "
     "risen by 18% over two years, to around 1,150 a month. The median wait from referral to "
     "treatment was now 14 weeks, down from 19 weeks a year earlier. There were 11 mental health "
     "support teams working in schools, covering 58% of pupils in Norwold, and the ICB expected "
     "this to reach 70% by September 2026, subject to national funding."),
    ("p", "8.3", "The following points were discussed and noted:"),
    ("b", "Cllr Peter Gathercole asked what the longest wait for a neurodevelopmental assessment "
     "currently was, and what was being done to reduce it. The Head of Children and Young "
     "People's Mental Health Commissioning, ICB, advised that the longest wait for an autism or "
     "ADHD assessment was 112 weeks. The ICB had invested an additional £1.2m this year and had "
     "commissioned an independent sector provider to carry out 900 extra assessments, the first "
     "of which had taken place in September."),
    ("b", "Cllr Susan Rix asked whether young people and their families had been involved in "
     "designing the new single point of access for referrals. The Clinical Director said that "
     "the service had been co-designed with the Trust's youth participation group and a group of "
     "parent carers, and that their feedback had led to the introduction of a text messaging "
     "service for young people who did not want to speak on the telephone."),
    ("b", "Cllr Owen Hanslip raised concerns about staff turnover in the mental health support "
     "teams and the number of posts being covered by agency staff. The Clinical Director "
     "acknowledged that turnover among education mental health practitioners had been high, at "
     "around 24% last year, as many moved on to further training. The Trust had introduced a "
     "career pathway for the role and 14 practitioners had been recruited in September; no posts "
     "in the school teams were currently filled by agency staff."),
    ("b", "Cllr Daniel Chettle asked about the availability of inpatient beds for young people in "
     "crisis, and how often young people had to be admitted to units outside the county. The "
     "Clinical Director reported that there had been nine out of area placements for under-18s "
     "in the first half of 2025-26. A new eight-bed unit in Wendham was expected to open in "
     "spring 2026, which would significantly reduce the need for placements elsewhere."),
    ("b", "Cllr Graham Pegg commented that head teachers in his division had told him that the "
     "threshold for a referral to CYPMHS was too high, and that children were being sent back "
     "to their schools without support. The Head of Children and Young People's Mental Health "
     "Commissioning said that the ICB was working with schools to promote the early help offer, "
     "including the Talkwell online counselling service, which any young person aged 11 to 25 "
     "could use without a referral."),
    ("b", "The Chair requested figures on the number of young people waiting to move from "
     "children's to adult mental health services, and on how long they had been waiting."),
    ("p", "8.4", "The Committee noted the report and the progress made since November 2024."),

    ("h", "9.", "Forward Work Programme"),
    ("p", "9.1", "The Committee received a report from the Democratic Support and Scrutiny Manager "
     "setting out the current forward work programme and briefing details."),
    ("p", "9.2", "Cllr Susan Rix, the Committee's link member for Kingsholme Hospital NHS Foundation "
     "Trust, reported that the Trust had received approval of the outline business case for the "
     "new hospital and that enabling works on the site were due to begin in spring 2026."),
    ("p", "9.3", "Cllr Marion Fairweather asked that the Committee look at access to GP "
     "appointments in Wendham, where several practices had closed their lists to new patients. "
     "The Democratic Support and Scrutiny Manager advised that the subject could be scheduled for "
     "the meeting on 16 April 2026."),
    ("p", "9.4", "The Committee agreed the forward work programme, with the addition of access to "
     "GP appointments in Wendham on 16 April 2026."),
    ("p", "9.5", "The next meeting of the Committee will be held on Thursday 4 December 2025 at "
     "10am in the Council Chamber, County Hall."),
]

ACCESS_NOTE = ("If you need this document in large print, audio, Braille, alternative format "
               "or in a different language please contact Customer Services on 0344 800 2200 "
               "or 18001 0344 800 2200 (Textphone) and we will do our best to help.")


def build_minutes(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Norwold Health Overview and Scrutiny Committee minutes 16 October 2025")
    pdf.set_author("Norwold County Council")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    LH = 5.4

    def need(height):
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(0, 7, "Norwold Health Overview and Scrutiny Committee")
    pdf.ln(3)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, LH, "Minutes of the Meeting Held on Thursday 16 October 2025 at 10am in the "
                          "Council Chamber, County Hall, Marsh Lane, Wendham")
    pdf.ln(4)

    def attendance(label, rows, col2=95):
        need(LH * 3)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(0, LH, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10.5)
        for name, what in rows:
            lines = what.split("\n")
            need(LH * len(lines))
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(col2 - 20, LH, name)
            for k, line in enumerate(lines):
                pdf.set_xy(col2, y + k * LH)
                pdf.cell(0, LH, line)
            pdf.set_xy(20, y + LH * len(lines))
        pdf.ln(3)

    attendance("Present:", PRESENT)
    attendance("Co-opted Member (non-voting):", COOPTED)
    attendance("Substitute Members Present:", SUBSTITUTES, col2=120)
    attendance("Also Present:", ALSO_PRESENT, col2=68)
    pdf.ln(2)

    for block in BODY:
        kind = block[0]
        if kind == "h":
            need(LH * 4)
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(15, LH, block[1])
            pdf.set_xy(35, y)
            pdf.multi_cell(155, LH, block[2])
            pdf.ln(2)
        elif kind == "p":
            need(LH * 2)
            pdf.set_font("Sans", "", 11)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(15, LH, block[1])
            pdf.set_xy(35, y)
            pdf.multi_cell(155, LH, block[2])
            pdf.ln(2.5)
        elif kind == "b":
            need(LH * 2)
            pdf.set_font("Sans", "", 11)
            y = pdf.get_y()
            pdf.set_xy(37, y)
            pdf.cell(5, LH, "•")
            pdf.set_xy(43, y)
            pdf.multi_cell(147, LH, block[1])
            pdf.ln(2)
        elif kind == "l":
            need(LH * 2)
            pdf.set_font("Sans", "", 11)
            y = pdf.get_y()
            pdf.set_xy(35, y)
            pdf.cell(9, LH, block[1])
            pdf.set_xy(45, y)
            pdf.multi_cell(145, LH, block[2])
            pdf.ln(2)
        elif kind == "i":
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(35)
            pdf.multi_cell(155, LH, block[1])
            pdf.ln(2.5)

    need(LH * 12)
    pdf.ln(4)
    pdf.set_font("Sans", "", 11)
    pdf.set_x(20)
    pdf.cell(0, LH, "The meeting ended at 12.48pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Sans", "B", 11)
    pdf.set_x(20)
    pdf.cell(0, LH, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Sans", "", 10)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.multi_cell(170, 5, ACCESS_NOTE, border=1, padding=3)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: the scrutiny officer's "suggested approach"
# ---------------------------------------------------------------------------
def build_report(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.last_printed = FIXED.replace(tzinfo=None)
    d.core_properties.author = "Norwold County Council"
    d.core_properties.last_modified_by = "Norwold County Council"
    d.core_properties.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    para("Norwold Health Overview and Scrutiny Committee", bold=True, align="right")
    para("Item No. 7", bold=True, align="right")
    para("Access to NHS dentistry in Norwold and Saxby", bold=True, size=16)
    para("Suggested approach from Jonathan Spall, Democratic Support and Scrutiny Manager")

    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    c.paragraphs[0].add_run("Action required").bold = True
    c.add_paragraph("The Committee is asked to examine progress in improving access to NHS "
                    "dentistry in Norwold and Saxby since its meeting on 23 January 2025, "
                    "including the Integrated Care Board's (ICB) dental recovery plan, the "
                    "urgent dental care centres and the proposed dental school at the "
                    "University of Wendham.")

    para("1. Background", bold=True)
    para("1.1 The Committee last considered access to NHS dentistry on 23 January 2025, when it "
         "asked the ICB to return with information on practices handing back NHS contracts, "
         "children's access to dental care and progress with the dental school. The ICB took "
         "over responsibility for commissioning primary care dental services from NHS England "
         "in April 2023.")
    para("1.2 Nationally, the Government has said that it intends to reform the dental contract "
         "and has asked ICBs to provide additional urgent dental appointments in 2025-26. The "
         "ICB's share of this national commitment is 17,500 appointments.")
    para("1.3 The table below shows the proportion of adults seen by an NHS dentist in the 24 "
         "months to June 2025, by district council area, as provided by the ICB.")

    rows = [("District council area", "Adults seen in 24 months", "Change on June 2024"),
            ("Breymouth", "35%", "+1.2"),
            ("Kingsholme and West Norwold", "33%", "-0.4"),
            ("North Norwold", "31%", "+0.6"),
            ("South Norwold", "41%", "+2.1"),
            ("Thetmere", "34%", "+0.9"),
            ("Wendham", "45%", "+1.8"),
            ("Norwold and Saxby ICB", "38%", "+1.1")]
    tt = d.add_table(rows=len(rows), cols=3)
    tt.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            tt.cell(i, j).text = val
            if i == 0:
                tt.cell(i, j).paragraphs[0].runs[0].bold = True

    para("2. Purpose of today's meeting", bold=True)
    para("2.1 The ICB's report is attached at Appendix A. Representatives of the ICB and the "
         "Council's Director of Public Health have been invited to attend the meeting to answer "
         "Members' questions.")

    para("3. Suggested approach", bold=True)
    para("3.1 After the ICB's presentation, Members may wish to discuss the following areas with "
         "the representatives:")
    qs = [
        "(a) How many practices have handed back NHS contracts since January 2025, and what "
        "has happened to the patients of those practices?",
        "(b) What is being done to reduce the number of children admitted to hospital for tooth "
        "extractions, particularly in North Norwold?",
        "(c) Is the ICB on course to deliver its share of the additional urgent appointments, "
        "and how are residents told where to go?",
        "(d) Could the ICB directly employ salaried dentists, and what would stop it from "
        "doing so?",
        "(e) When will the first students start at the dental school, and how will the ICB "
        "encourage them to stay and work in Norwold and Saxby?",
        "(f) What is the Council's position on water fluoridation, and what would a scheme "
        "involve?",
    ]
    for q in qs:
        p = para(q)
        p.paragraph_format.left_indent = Pt(28)

    para("4. Action", bold=True)
    para("4.1 The Committee may wish to consider whether:")
    for a in [
        "(a) there are any comments or recommendations it wishes to make to the ICB as a "
        "result of today's discussion;",
        "(b) it wishes to write to the Secretary of State for Health and Social Care about the "
        "national dental contract;",
        "(c) it wishes to receive a further update, and if so when.",
    ]:
        p = para(a)
        p.paragraph_format.left_indent = Pt(28)

    para("Officer contact", bold=True)
    para("If you have any questions about matters contained in this paper please get in touch "
         "with: Jonathan Spall, Democratic Support and Scrutiny Manager, Tel 01632 555 214, "
         "Email jonathan.spall@norwold.gov.uk")
    para("If you need this report in large print, audio, Braille, alternative format or in a "
         "different language please contact 0344 800 2200 or 18001 0344 800 2200 (Textphone) "
         "and we will do our best to help.", size=10)
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """python-docx stamps zip entries with the current time; rewrite them with a fixed one."""
    import io
    import zipfile
    src = zipfile.ZipFile(str(path))
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 9, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Gold (annotated by reading the minutes above)
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


GOLD_MINUTES = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Norwold Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-16",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Minutes"},
        {"number": "3", "title": "Declarations of Interest"},
        {"number": "4", "title": "Urgent Business"},
        {"number": "5", "title": "Chair's Announcements"},
        {"number": "6", "title": "Ambulance Response and Hospital Handover Times"},
        {"number": "7", "title": "Access to NHS Dentistry in Norwold and Saxby"},
        {"number": "8", "title": "Children and Young People's Mental Health Services"},
        {"number": "9", "title": "Forward Work Programme"},
    ],
    "questions": [
        q("6", "question",
          "asked why response times in the rural parts of Thetmere district",
          "Cllr Graham Pegg",
          "longer distances between incidents, and the time crews spent outside the area",
          "The Locality Director", []),
        q("6", "concern",
          "expressed concern that patients were still being cared for in corridors",
          "Cllr Rosalind Asker",
          "temporary escalation spaces, including corridors, had been used on 41 days since April",
          "The Chief Operating Officer, WNUH", []),
        q("6", "question",
          "how many of the patients occupying beds at WNUH were medically fit for discharge",
          "Cllr Daniel Chettle",
          "96 patients at WNUH with no criteria to reside",
          "The Director of Commissioning, Adult Social Services",
          ["adult-social-care", "integration", "subcontracting"]),
        q("6", "question",
          "queried the number of paramedic vacancies in Norwold and the extent",
          "Cllr Tobias Kettering",
          "the paramedic vacancy rate in Norwold was 6.5% and that private providers covered",
          "The Locality Director", ["workforce", "privatisation", "subcontracting"]),
        q("6", "comment",
          "long waits for an ambulance had led some families to drive seriously ill relatives",
          "The Chief Executive of Healthwatch Norwold", None, None,
          ["patient-and-public-input"]),
        q("6", "comment",
          "the improvement shown in the report did not reflect the experience of her residents",
          "Cllr Susan Rix", None, None, []),
        q("6", "request",
          "requested that future updates include response times broken down by district council area",
          "Cllr Marion Fairweather",
          "The Locality Director agreed to provide this with the next update",
          "The Locality Director", []),
        q("7", "question",
          "asked how many practices had handed back their NHS contracts in the last year",
          "Cllr Janet Loveday",
          "four practices had handed back their contracts in full or in part since October 2024",
          "The Director of Primary Care Commissioning",
          ["primary-care", "subcontracting"]),
        q("7", "concern",
          "Concerns were raised about children in North Norwold who had been unable to register",
          None,
          "tooth decay remained the most common reason for hospital admission among children",
          "The Head of Dental Commissioning",
          ["primary-care", "children-and-families", "public-health"]),
        q("7", "question",
          "asked whether the ICB would consider employing salaried dentists directly",
          "Cllr Anthony Warnes",
          "the ICB already commissioned two salaried dental access centres run by the community health trust",
          "The Medical Director, ICB",
          ["primary-care", "privatisation", "subcontracting"]),
        q("7", "question",
          "asked whether the Council would support fluoridation of the water supply in Norwold",
          "Cllr Beverley Youngs",
          "any new scheme would require a public consultation led by the Department of Health",
          "The Director of Public Health",
          ["public-health", "patient-and-public-input", "primary-care"]),
        q("7", "question",
          "asked whether residents of the Saxby area had equal access",
          "Cllr Keith Ablewhite", None, None, ["primary-care"]),
        q("7", "comment",
          "Members commented on the cost of NHS dental charges for working families",
          None,
          "patient charges were set nationally and that the ICB had no discretion over them",
          "The Director of Primary Care Commissioning",
          ["primary-care", "finance"]),
        q("7", "question",
          "asked how the new dental school would help the recruitment and retention of dentists",
          "Cllr Peter Gathercole",
          "the University of Wendham expected to admit its first 40 dental students",
          "The Director of Primary Care Commissioning",
          ["primary-care", "workforce"]),
        q("8", "question",
          "asked what the longest wait for a neurodevelopmental assessment currently was",
          "Cllr Peter Gathercole",
          "the longest wait for an autism or ADHD assessment was 112 weeks",
          "The Head of Children and Young People's Mental Health Commissioning, ICB",
          ["mental-health", "children-and-families", "subcontracting", "finance"]),
        q("8", "question",
          "asked whether young people and their families had been involved in designing",
          "Cllr Susan Rix",
          "the service had been co-designed with the Trust's youth participation group",
          "The Clinical Director",
          ["mental-health", "children-and-families", "patient-and-public-input"]),
        q("8", "concern",
          "raised concerns about staff turnover in the mental health support teams",
          "Cllr Owen Hanslip",
          "turnover among education mental health practitioners had been high",
          "The Clinical Director",
          ["mental-health", "children-and-families", "workforce"]),
        q("8", "question",
          "asked about the availability of inpatient beds for young people in crisis",
          "Cllr Daniel Chettle",
          "there had been nine out of area placements for under-18s",
          "The Clinical Director",
          ["mental-health", "children-and-families"]),
        q("8", "comment",
          "the threshold for a referral to CYPMHS was too high",
          "Cllr Graham Pegg",
          "the ICB was working with schools to promote the early help offer",
          "The Head of Children and Young People's Mental Health Commissioning",
          ["mental-health", "children-and-families"]),
        q("8", "request",
          "requested figures on the number of young people waiting to move from children's to adult",
          "The Chair", None, None,
          ["mental-health", "children-and-families"]),
        q("9", "request",
          "asked that the Committee look at access to GP appointments in Wendham",
          "Cllr Marion Fairweather",
          "the subject could be scheduled for the meeting on 16 April 2026",
          "The Democratic Support and Scrutiny Manager",
          ["primary-care"]),
    ],
    "resolutions": [
        {"item": "2", "text": "minutes of the previous meeting held on 4 September 2025 were agreed",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "Note the update from ECAS, the ICB and WNUH",
         "outcome": "agreed", "themes": []},
        {"item": "7", "text": "To write to the Secretary of State for Health and Social Care setting out",
         "outcome": "agreed", "themes": ["primary-care", "public-health", "subcontracting"]},
        {"item": "8", "text": "The Committee noted the report and the progress made since November 2024", "outcome": "noted",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "9", "text": "The Committee agreed the forward work programme, with the addition of",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Cllr Hilary Dunmore", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Peter Gathercole", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Rosalind Asker", "role": None, "attendance": "present"},
        {"name": "Cllr Daniel Chettle", "role": None, "attendance": "present"},
        {"name": "Cllr Marion Fairweather", "role": None, "attendance": "present"},
        {"name": "Cllr Tobias Kettering", "role": None, "attendance": "present"},
        {"name": "Cllr Janet Loveday", "role": None, "attendance": "present"},
        {"name": "Cllr Graham Pegg", "role": None, "attendance": "present"},
        {"name": "Cllr Susan Rix", "role": None, "attendance": "present"},
        {"name": "Cllr Anthony Warnes", "role": None, "attendance": "present"},
        {"name": "Cllr Keith Ablewhite", "role": None, "attendance": "present"},
        {"name": "Cllr Beverley Youngs", "role": None, "attendance": "present"},
        {"name": "Cllr Owen Hanslip", "role": None, "attendance": "present"},
        {"name": "Dr Fiona Marchant",
         "role": "Medical Director, Norwold and Saxby Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mark Tuddenham",
         "role": "Director of Primary Care Commissioning, Norwold and Saxby Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Gemma Royle",
         "role": "Head of Dental Commissioning, Norwold and Saxby Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Lorna Fitt",
         "role": "Head of Children and Young People's Mental Health Commissioning, Norwold and Saxby Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Adrian Bell",
         "role": "Locality Director (Norwold), Eastern Counties Ambulance Service NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Rachel Osborne",
         "role": "Chief Operating Officer, Wendham and Norwold University Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Sayer",
         "role": "Clinical Director for Children and Young People, Norwold and Saxby Mental Health NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Emma Garrod", "role": "Director of Commissioning, Adult Social Services",
         "attendance": "in_attendance"},
        {"name": "Heather Loades", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Patrick Gedge", "role": "Chief Executive, Healthwatch Norwold",
         "attendance": "in_attendance"},
        {"name": "Jonathan Spall", "role": "Democratic Support and Scrutiny Manager",
         "attendance": "in_attendance"},
        {"name": "Maria Thirtle", "role": "Committee Officer", "attendance": "in_attendance"},
        {"name": "Cllr Nigel Cubitt", "role": None, "attendance": "apologies"},
        {"name": "Cllr Carol Bidwell", "role": None, "attendance": "apologies"},
        {"name": "Cllr Lesley Woodhouse", "role": None, "attendance": "apologies"},
        {"name": "Cllr Alison Brame", "role": "Cabinet Member for Adult Social Care",
         "attendance": "apologies"},
    ],
}

GOLD_REPORT = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
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
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gpath in sorted(GOLD.glob("na-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n = len(ph.split())
            count = text.count(norm(ph))
            if count != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']}: {what} occurs {count}x, {n} words: {ph!r}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (GOLD_MINUTES, GOLD_REPORT):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
