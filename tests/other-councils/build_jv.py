#!/usr/bin/env python3
"""Build the "jv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jv.py           build documents/jv-* and gold/jv-*.json
        build_jv.py --check   verify every gold phrase occurs once in its document
"""
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
FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 9, 26, 10, 0, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "jv-wharfeton-health-and-wellbeing-board-2025-09-18.pdf"
REPORT_FILE = "jv-wharfeton-hwb-report-winter-planning-2025-26.docx"

RUNNING_HEAD = ("Draft minutes to be approved at the meeting to be held on "
                "Wednesday, 10th December, 2025")

# ---------------------------------------------------------------------------
# The minutes.  Blocks: ("p", text) paragraph; ("b", [texts]) bullets;
# ("res", intro, [clauses]) RESOLVED block; ("pb", text) bold paragraph.
# ---------------------------------------------------------------------------
ATTENDANCE_GROUPS = [
    ("Representatives of NHS Calder and Wharfe Integrated Care Board", [
        "Helen Garside – Place Lead, Wharfeton",
        "Dr Imran Sattar – Clinical Director, Wharfeton Place",
    ]),
    ("Directors of Wharfeton City Council", [
        "Dr Fiona Lockwood – Director of Public Health",
        "Martin Keegan – Director of Adults and Health",
        "Gail Pennock – Deputy Director, Children and Families",
    ]),
    ("Representatives of NHS Providers", [
        "Dr Owen Blakey – Wharfeton Teaching Hospitals NHS Trust",
        "Carol Feather – Wharfeton and Airedene Partnership NHS Foundation Trust",
    ]),
    ("Representative of Local Healthwatch Organisation", [
        "Nadia Hussain – Healthwatch Wharfeton",
    ]),
    ("Third Sector Representative", [
        "Liam Crossley – Forum Wharfeton",
    ]),
    ("Representative of Wharfeton GP Confederation", [
        "Dr Anita Ramsden – Wharfeton GP Confederation",
    ]),
]

ITEMS = [
    ("14", "Appeals Against Refusal of Inspection of Documents", [
        ("p", "There were no appeals against refusal of inspection of documents."),
    ]),
    ("15", "Exempt Information - Possible Exclusion of the Press and Public", [
        ("p", "There were no exempt items."),
    ]),
    ("16", "Late Items", [
        ("p", "There were no formal late items. However, supplementary information in "
              "respect of agenda item 8, Winter Planning 2025/26 (Minute 21 refers), "
              "comprising a summary of the Wharfeton Winter Plan 2025/26, had been "
              "circulated to Board members prior to the meeting and published on the "
              "Council's website."),
    ]),
    ("17", "Declarations of Interests", [
        ("p", "No declarations of interests were made. However, in relation to agenda "
              "item 9 (Minute 22 refers), Dr Anita Ramsden drew the Board's attention, "
              "for the purposes of transparency, to her role as a partner in a GP "
              "practice in Beckfield which also operates a dispensing service."),
    ]),
    ("18", "Apologies for Absence and Notification of Substitutes", [
        ("p", "Apologies for absence were received from Councillor A Wainwright, Rachel "
              "Okonjo and Dr Peter Hanley."),
        ("p", "Councillor K Moss was in attendance as a substitute for Councillor A "
              "Wainwright, and Gail Pennock attended as a substitute for Rachel Okonjo."),
    ]),
    ("19", "Open Forum", [
        ("p", "In accordance with Paragraphs 4.16 and 4.17 of the Health and Wellbeing "
              "Board Procedure Rules, a period of up to 10 minutes may be allocated at "
              "each ordinary meeting for members of the public to make representations "
              "or to ask questions on matters within the terms of reference of the "
              "Health and Wellbeing Board."),
        ("p", "On this occasion, Mrs Denise Holroyd, a resident of Saltergate, addressed "
              "the Board regarding the closure of two community pharmacies in the "
              "Saltergate and Low Cross area since March 2025. Mrs Holroyd asked what "
              "the Board would do to make sure that older residents without a car could "
              "still collect their prescriptions locally. The Chair thanked Mrs Holroyd "
              "for attending and advised that the matter would be picked up under the "
              "Pharmaceutical Needs Assessment item later on the agenda, and that a "
              "written reply would be sent to her following the meeting."),
    ]),
    ("20", "Minutes", [
        ("res", "RESOLVED – That the minutes of the meeting held on 19th June 2025 be "
                "approved as an accurate record.", []),
    ]),
    ("21", "Winter Planning 2025/26", [
        ("p", "The Place Lead, NHS Calder and Wharfe Integrated Care Board, submitted a "
              "report which set out how partners across the Wharfeton health and care "
              "system were preparing for winter 2025/26, including the seasonal "
              "vaccination programme, urgent and emergency care capacity and the "
              "arrangements for discharge from hospital. A summary of the Wharfeton "
              "Winter Plan 2025/26 had been circulated as supplementary information "
              "(Minute 16 refers)."),
        ("p", "The following were in attendance:"),
        ("b", ["Sam Thwaite – Head of System Resilience, Wharfeton Health and Care "
               "Partnership",
               "Dr Priya Nandra – Consultant in Public Health"]),
        ("p", "Sam Thwaite gave a presentation, the key points of which included:"),
        ("b", ["last winter had seen the highest number of attendances at the emergency "
               "department of Wharfeton General Infirmary on record, with 1,140 "
               "attendances on 2nd January 2025;",
               "the number of people in hospital with no criteria to reside had reduced "
               "from an average of 212 in January 2025 to 164 in August 2025;",
               "the virtual ward would increase from 160 to 200 beds from November, with "
               "a focus on frailty and respiratory conditions;",
               "the COVID-19 and flu vaccination programme had started on 1st September "
               "for care home residents and would be offered to all eligible groups from "
               "1st October."]),
        ("p", "Councillor Boothroyd joined the meeting at 1.50pm during the consideration "
              "of this item."),
        ("p", "The key areas of discussion were:"),
        ("b", ["Concerns were raised about the low uptake of flu vaccination among "
               "frontline care home staff, which had fallen to 31% last winter. It was "
               "noted that the ICB was funding a peer vaccinator scheme in 40 care homes "
               "across the city and that uptake figures would be shared with the Board "
               "in the spring.",
               "Members queried whether there would be sufficient community bed capacity "
               "to support timely discharge over the Christmas and New Year period. The "
               "Board was advised that an additional 28 step-down beds had been "
               "commissioned at Fernbank House from 1st December 2025, although the "
               "recruitment of nursing staff for these beds remained a risk.",
               "A Member asked how the public would be informed about where to go for "
               "urgent care when their GP practice was closed. In response, it was "
               "explained that a joint communications campaign, ‘Think Wharfeton "
               "First’, would be launched in November and that materials would be "
               "translated into the ten most commonly spoken languages in the city.",
               "Nadia Hussain reported that people who had used the virtual ward had "
               "told Healthwatch Wharfeton that they felt well supported at home, but "
               "that unpaid carers were not always clear who to contact out of hours.",
               "Councillor Pickersgill requested that a breakdown of delayed discharges "
               "by ward of residence be circulated to Board members. Helen Garside "
               "agreed to provide this following the meeting."]),
        ("res", "RESOLVED – That:", [
            "the contents of the report and the presentation be noted;",
            "the Board’s support for the ‘Think Wharfeton First’ campaign be confirmed, "
            "and partners be asked to promote the campaign through their own channels;",
            "an update on flu vaccination uptake among health and care staff be brought "
            "to the Board’s meeting in March 2026."]),
    ]),
    ("22", "Wharfeton Pharmaceutical Needs Assessment 2025", [
        ("p", "The Director of Public Health submitted a report which presented the final "
              "Wharfeton Pharmaceutical Needs Assessment (PNA) 2025 for approval. The "
              "Board was reminded that it had a statutory duty to publish a revised PNA "
              "by 1st October 2025, and that the draft assessment had been the subject "
              "of a 60 day public consultation between 2nd June and 1st August 2025, to "
              "which 214 responses had been received."),
        ("p", "The following was in attendance:"),
        ("b", ["Jo Ackroyd – Health Improvement Principal, Public Health"]),
        ("p", "In presenting the report, Jo Ackroyd advised that the PNA had concluded "
              "that there was adequate provision of necessary pharmaceutical services "
              "across Wharfeton, although 11 pharmacies had closed since the previous "
              "assessment in 2022 and a further three had reduced their opening hours. "
              "No gaps in provision had been identified that would require a new "
              "pharmacy to open."),
        ("p", "In response to Members’ comments and questions, the following was noted:"),
        ("b", ["Members expressed concern about the pharmacy closures in Saltergate and "
               "Low Cross which had been raised under the Open Forum (Minute 19 refers). "
               "It was acknowledged that travel times had increased for some residents, "
               "but the travel time analysis showed that 97% of residents lived within a "
               "20 minute walk of a pharmacy.",
               "Councillor Chaudhry asked whether the assessment had taken account of the "
               "1,200 new homes planned at Beckfield Sidings. The Health Improvement "
               "Principal confirmed that the planned housing growth had been modelled "
               "and that any change in need would be kept under review through "
               "supplementary statements.",
               "Clarification was sought on whether the Board had the power to require a "
               "pharmacy to open in an area of need. It was explained that the Board did "
               "not commission pharmaceutical services itself, and that applications to "
               "open new pharmacies were determined by the ICB under the NHS "
               "pharmaceutical regulations.",
               "Liam Crossley commented that few responses to the consultation had come "
               "from people with learning disabilities, and asked that an easy read "
               "version be produced alongside future assessments.",
               "Dr Anita Ramsden highlighted the financial pressures on community "
               "pharmacies, including the increase in employer National Insurance "
               "contributions, and commented that further closures were likely over the "
               "next 12 months unless the national funding settlement improved. The "
               "Director of Public Health noted that any further closures would be "
               "reported to the Board as they occurred."]),
        ("res", "RESOLVED – That:", [
            "the Wharfeton Pharmaceutical Needs Assessment 2025 be approved for "
            "publication by 1st October 2025;",
            "authority be delegated to the Director of Public Health to make any minor "
            "factual amendments prior to publication;",
            "it be noted that the Director of Public Health will issue supplementary "
            "statements where changes to pharmaceutical provision occur."]),
    ]),
    ("23", "Better Care Fund Plan 2025-26 and Quarter 1 Return", [
        ("p", "The Director of Adults and Health and the Place Lead, NHS Calder and Wharfe "
              "Integrated Care Board, submitted a joint report which sought the Board’s "
              "ratification of the Wharfeton Better Care Fund (BCF) plan for 2025-26, "
              "which had been submitted to NHS England on 31st March 2025 under the "
              "delegated authority agreed by the Board on 12th February 2025, and which "
              "presented the Quarter 1 return for 2025-26."),
        ("p", "The following was in attendance:"),
        ("b", ["Mark Denby – Head of Commissioning (Integration), Adults and Health"]),
        ("p", "Members were informed that the total value of the pooled budget for "
              "2025-26 was £98.4m, including the minimum NHS contribution of £41.2m, the "
              "Disabled Facilities Grant of £14.9m and additional Council funding. The "
              "plan had been approved by NHS England without conditions."),
        ("p", "In response to a question from Councillor Akhtar about how much of the "
              "fund was spent with private providers, the Head of Commissioning "
              "(Integration) explained that around 40% of the fund was used to purchase "
              "care packages from independent sector providers, with the remainder "
              "funding in-house reablement, intermediate care and community health "
              "services as well as the Disabled Facilities Grant."),
        ("p", "Councillor Pickersgill expressed concern that the average wait for "
              "adaptations funded through the Disabled Facilities Grant had increased to "
              "34 weeks. The Director of Adults and Health acknowledged that this was too "
              "long and advised that two additional occupational therapists had been "
              "recruited in July to reduce the backlog of assessments."),
        ("p", "A question was asked as to whether the target to reduce emergency "
              "admissions of older people following a fall would be met. It was reported "
              "that performance at the end of Quarter 1 was slightly behind plan, "
              "largely due to a rise in falls over the summer, and that the falls "
              "prevention service was being extended into Moorside and Easterby from "
              "October."),
        ("p", "The Chair noted that national guidance for the 2026-27 Better Care Fund "
              "had not yet been published and that the Board may again be asked to "
              "delegate approval of the plan if the submission deadline fell between "
              "meetings."),
        ("res", "RESOLVED – That:", [
            "the Wharfeton Better Care Fund plan for 2025-26, as submitted to NHS England "
            "on 31st March 2025, be ratified;",
            "the Quarter 1 return for 2025-26 be noted."]),
    ]),
    ("24", "Thriving Minds: Children and Young People’s Mental Health Update", [
        ("p", "The Director of Children and Families submitted a report which provided an "
              "update on delivery of the Thriving Minds partnership plan for children and "
              "young people’s emotional and mental health, including waiting times for "
              "the Child and Adolescent Mental Health Service (CAMHS), the "
              "neurodevelopmental assessment pathway and the roll out of Mental Health "
              "Support Teams in schools."),
        ("p", "The following were in attendance:"),
        ("b", ["Councillor L Varley – Executive Member for Children and Families",
               "Dr Ruth Alder – Clinical Lead, Thriving Minds, Wharfeton and Airedene "
               "Partnership NHS Foundation Trust"]),
        ("p", "The Board also received a short film in which members of Wharfeton Youth "
              "Council described their experiences of seeking help for their mental "
              "health and their suggestions for the refreshed plan."),
        ("p", "The key areas of discussion were:"),
        ("b", ["Members sought assurance about the length of time children and young "
               "people were waiting for an autism or ADHD assessment, which for some "
               "families now exceeded two years. Dr Alder advised that referrals for "
               "neurodevelopmental assessment had tripled since 2019 and that a new "
               "pathway offering support to families while they waited would be "
               "introduced from January 2026.",
               "Mental Health Support Teams in schools – 142 of the city’s 261 schools "
               "were now covered by a Mental Health Support Team, and Members asked when "
               "the remaining schools would be included. The Board was advised that "
               "further expansion depended on the next wave of national funding, which "
               "had not yet been announced.",
               "Concern was expressed about the increase in attendances at the emergency "
               "department by girls aged 12 to 16 following self-harm. Councillor Varley "
               "advised that a joint piece of work with Wharfeton Teaching Hospitals NHS "
               "Trust was under way to understand the rise, and that the findings would "
               "be reported to the Children and Families Scrutiny Board.",
               "Gail Pennock asked that future updates include data on access to mental "
               "health support for children looked after and care leavers. It was agreed "
               "that this would be included in the next report.",
               "Carol Feather commented that the Youth Council film had been powerful, "
               "and that young people’s voices should shape the refreshed plan from the "
               "start rather than being consulted at the end."]),
        ("p", "The Board noted the report and asked that an update on waiting times for "
              "neurodevelopmental assessments be brought to a future meeting."),
    ]),
    ("25", "Date and Time of Next Meeting", [
        ("res", "RESOLVED – To note the date and time of the next meeting as Wednesday, "
                "10th December 2025 at 1.30pm.", []),
    ]),
]


def build_minutes(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Sans", "I", 8.5)
            self.set_y(10)
            self.cell(0, 5, RUNNING_HEAD, align="C")
            self.set_y(22)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Wellbeing Board - 18 September 2025")
    pdf.set_author("Wharfeton City Council")
    pdf.set_creator("Wharfeton City Council")
    pdf.set_producer("Wharfeton City Council")
    pdf.add_font("Sans", "", FONTS + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONTS + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.2
    BODY_X, BUL_X, BUL_TX, CL_X, CL_TX = 35, 37, 43, 41, 48
    RIGHT = 190

    def para(text, x=BODY_X, style="", gap=2.2, markdown=False):
        pdf.set_font("Sans", style, 10)
        pdf.set_x(x)
        pdf.multi_cell(RIGHT - x, LH, text, align="J" if len(text) > 90 else "L",
                       markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def bullets(texts, gap=2.2):
        for t in texts:
            if pdf.will_page_break(LH * 2):
                pdf.add_page()
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(BUL_X, y)
            pdf.cell(5, LH, "•")
            pdf.set_xy(BUL_TX, y)
            pdf.multi_cell(RIGHT - BUL_TX, LH, t, align="J" if len(t) > 90 else "L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(gap - 1.2)

    # Title block
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "HEALTH AND WELLBEING BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "THURSDAY, 18TH SEPTEMBER, 2025", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(20)
    pdf.multi_cell(170, LH, "**PRESENT:**   Councillor H Marwood in the Chair", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    pdf.set_x(BODY_X + 5)
    pdf.multi_cell(RIGHT - BODY_X - 5, LH, "Councillors S Akhtar, J Boothroyd, R Chaudhry, "
                   "K Moss and E Pickersgill", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for heading, people in ATTENDANCE_GROUPS:
        pdf.set_font("Sans", "B", 10)
        pdf.set_x(BODY_X + 5)
        pdf.cell(0, LH, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for p in people:
            pdf.set_x(BODY_X + 5)
            pdf.cell(0, LH, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(3)

    for number, title, blocks in ITEMS:
        if pdf.will_page_break(LH * 5):
            pdf.add_page()
        pdf.set_font("Sans", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(14, LH, number)
        pdf.set_xy(BODY_X, y)
        pdf.multi_cell(RIGHT - BODY_X, LH, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(block[1])
            elif kind == "b":
                bullets(block[1])
            elif kind == "res":
                intro, clauses = block[1], block[2]
                head, rest = intro.split(" – ", 1)
                para(f"**{head}** – {rest}", markdown=True, gap=1.5 if clauses else 2.2)
                for i, c in enumerate(clauses):
                    pdf.set_font("Sans", "", 10)
                    y = pdf.get_y()
                    pdf.set_xy(CL_X, y)
                    pdf.cell(6, LH, "abcdefgh"[i] + ")")
                    pdf.set_xy(CL_TX, y)
                    pdf.multi_cell(RIGHT - CL_TX, LH, c, align="J" if len(c) > 80 else "L",
                                   new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.2)
                if clauses:
                    pdf.ln(1)
        pdf.ln(3)

    para("The meeting concluded at 3.35pm.", x=20)
    pdf.ln(8)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, LH, "Chair ……………………………………………", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes): a Health and Wellbeing Board cover report.
# ---------------------------------------------------------------------------
def build_report(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Report author: Sam Thwaite"
    t.cell(0, 1).text = "Tel: 0190 512 7740"
    t.cell(1, 0).text = "Report of: Place Lead, NHS Calder and Wharfe Integrated Care Board"
    t.cell(1, 1).text = "Report to: Wharfeton Health and Wellbeing Board"
    d.add_paragraph("Date: 18 September 2025")
    h = d.add_paragraph()
    r = h.add_run("Subject: Winter Planning 2025/26")
    r.bold = True
    r.font.size = Pt(14)

    q = d.add_table(rows=4, cols=2)
    q.style = "Table Grid"
    rows = [
        ("Are specific geographical areas affected?", "☐ Yes   ☒ No"),
        ("If relevant, name(s) of area(s):", ""),
        ("Are there implications for equality and diversity and cohesion and "
         "integration?", "☒ Yes   ☐ No"),
        ("Is the decision eligible for call-In?", "☐ Yes   ☒ No"),
    ]
    for i, (a, b) in enumerate(rows):
        q.cell(i, 0).text = a
        q.cell(i, 1).text = b
    d.add_paragraph("Does the report contain confidential or exempt information?  ☐ Yes   ☒ No")
    d.add_paragraph("If relevant, access to information procedure rule number:  "
                    "Appendix number:")

    def h1(text):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(12)

    def num(n, text):
        p = d.add_paragraph(f"{n}\t{text}")
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.first_line_indent = Pt(-28)

    h1("Summary of main issues")
    d.add_paragraph(
        "Winter 2024/25 placed sustained pressure on every part of the Wharfeton health "
        "and care system. This report summarises the Wharfeton Winter Plan 2025/26, which "
        "has been developed jointly by the Wharfeton Health and Care Partnership, and sets "
        "out what partners will do differently this year. Board members are asked how "
        "their own organisations can support the plan, in particular the ‘Think Wharfeton "
        "First’ public information campaign.")
    h1("Recommendations")
    d.add_paragraph("The Health and Wellbeing Board is asked to:")
    for rec in ["Note the Wharfeton Winter Plan 2025/26 and the risks identified in "
                "section 3;",
                "Support the ‘Think Wharfeton First’ campaign and agree to promote it "
                "through partners’ own channels;",
                "Agree to receive an update on seasonal vaccination uptake among health "
                "and care staff in March 2026."]:
        d.add_paragraph(rec, style="List Bullet")

    h1("1\tPurpose of this report")
    num("1.1", "To provide the Board with an overview of how the Wharfeton health and care "
        "system is preparing for winter 2025/26 and to seek the Board’s support for the "
        "system-wide communications campaign.")
    h1("2\tBackground information")
    num("2.1", "On 2nd January 2025 the emergency department at Wharfeton General Infirmary "
        "recorded 1,140 attendances, the highest daily figure on record. Flu admissions "
        "peaked three weeks earlier than in 2023/24.")
    num("2.2", "Uptake of flu vaccination among frontline staff in independent care homes "
        "fell to 31%, compared with 58% among NHS frontline staff.")
    h1("3\tMain issues")
    num("3.1", "Why is discharge from hospital still a pressure? The average number of "
        "people with no criteria to reside has fallen from 212 to 164, but delays for "
        "people needing a nursing home placement remain long. 28 step-down beds will open "
        "at Fernbank House from 1st December 2025.")
    num("3.2", "What will be different for the public? The ‘Think Wharfeton First’ "
        "campaign will launch in November and will tell residents where to go when their "
        "GP practice is closed. Materials will be available in the ten most commonly "
        "spoken languages in Wharfeton.")
    num("3.3", "What are the main risks? The recruitment of registered nurses for the "
        "step-down beds, a severe flu season arriving early, and industrial action.")
    h1("4\tHealth and Wellbeing Board governance")
    num("4.1", "Consultation, engagement and hearing citizen voice: Healthwatch Wharfeton "
        "has shared feedback from people using the virtual ward, which has informed the "
        "plan.")
    num("4.2", "Equality and diversity / cohesion and integration: an equality impact "
        "assessment of the communications campaign has been completed.")
    num("4.3", "Resources and value for money: winter schemes are funded from existing "
        "ICB and Better Care Fund allocations; no additional Council funding is sought.")
    num("4.4", "Legal implications, access to information and call-in: there are no "
        "access to information or call-in implications arising from this report.")
    num("4.5", "Risk management: winter risks are held on the Wharfeton Health and Care "
        "Partnership risk register and reviewed weekly from November to March.")
    h1("5\tConclusions")
    num("5.1", "Partners have learned from last winter and the plan is more ambitious, but "
        "the system will remain under pressure. Should demand exceed the levels modelled, "
        "escalation will follow the West Riding surge and escalation framework.")
    h1("6\tRecommendations")
    num("6.1", "The Health and Wellbeing Board is asked to:")
    for rec in ["Note the Wharfeton Winter Plan 2025/26 and the risks identified in "
                "section 3.",
                "Support the ‘Think Wharfeton First’ campaign.",
                "Agree to receive an update on vaccination uptake among health and care "
                "staff in March 2026."]:
        d.add_paragraph(rec, style="List Bullet 2")

    h1("7\tBackground documents")
    num("7.1", "None.")

    h1("Implementing the Wharfeton Health and Wellbeing Strategy 2023-2030")
    for qtext, ans in [
        ("How does this help reduce health inequalities in Wharfeton?",
         "Vaccination outreach will be targeted at the wards with the lowest uptake last "
         "winter, including Saltergate, Low Cross and Moorside."),
        ("How does this help create a high quality health and care system?",
         "By planning capacity jointly across hospital, community and social care services "
         "so that people are cared for in the right place."),
        ("How does this help to have a financially sustainable health and care system?",
         "Reducing avoidable admissions and delayed discharges reduces the cost of "
         "escalation beds and agency staffing."),
        ("Future challenges or opportunities",
         "Will the national urgent and emergency care plan change what is expected of "
         "places next winter? Guidance is awaited."),
    ]:
        p = d.add_paragraph()
        p.add_run(qtext).bold = True
        d.add_paragraph(ans)

    p = d.add_paragraph()
    p.add_run("Priorities of the Wharfeton Health and Wellbeing Strategy 2023-2030 "
              "(please tick all that apply to this report)").bold = True
    pr = d.add_table(rows=6, cols=2)
    pr.style = "Table Grid"
    for i, (name, tick) in enumerate([
        ("A Child Friendly City and the best start in life", "☐"),
        ("An Age Friendly City where people age well", "☒"),
        ("Strong, engaged and well-connected communities", "☐"),
        ("Housing and the environment enable all people to be healthy", "☐"),
        ("A valued, well trained and supported workforce", "☒"),
        ("The best care, in the right place, at the right time", "☒"),
    ]):
        pr.cell(i, 0).text = name
        pr.cell(i, 1).text = tick
        pr.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = d.core_properties
    fixed = FIXED.replace(tzinfo=None)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Wharfeton City Council"
    cp.last_modified_by = "Wharfeton City Council"
    cp.title = "Winter Planning 2025/26"
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps zip entries with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


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
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2025-09-18",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("19", "question",
          "asked what the Board would do to make sure that older residents",
          "Mrs Denise Holroyd",
          "the matter would be picked up under the Pharmaceutical Needs Assessment item",
          "The Chair", ["primary-care", "patient-and-public-input"]),
        q("21", "concern",
          "the low uptake of flu vaccination among frontline care home staff",
          None, "the ICB was funding a peer vaccinator scheme in 40 care homes",
          None, ["public-health", "workforce", "adult-social-care"]),
        q("21", "question",
          "whether there would be sufficient community bed capacity to support timely discharge",
          None, "an additional 28 step-down beds had been commissioned at Fernbank House",
          None, ["adult-social-care", "subcontracting", "workforce"]),
        q("21", "question",
          "asked how the public would be informed about where to go for urgent care",
          None,
          "a joint communications campaign, ‘Think Wharfeton First’, would be launched in November",
          None, ["primary-care"]),
        q("21", "comment",
          "unpaid carers were not always clear who to contact out of hours",
          "Nadia Hussain", None, None,
          ["adult-social-care", "patient-and-public-input"]),
        q("21", "request",
          "requested that a breakdown of delayed discharges by ward of residence be circulated",
          "Councillor Pickersgill", "agreed to provide this following the meeting",
          "Helen Garside", ["adult-social-care"]),
        q("22", "concern",
          "Members expressed concern about the pharmacy closures in Saltergate and Low Cross",
          None, "97% of residents lived within a 20 minute walk of a pharmacy",
          None, ["primary-care"]),
        q("22", "question",
          "asked whether the assessment had taken account of the 1,200 new homes",
          "Councillor Chaudhry", "the planned housing growth had been modelled",
          "The Health Improvement Principal", ["primary-care", "housing"]),
        q("22", "question",
          "Clarification was sought on whether the Board had the power to require a pharmacy",
          None, "applications to open new pharmacies were determined by the ICB",
          None, ["primary-care", "governance"]),
        q("22", "request",
          "asked that an easy read version be produced alongside future assessments",
          "Liam Crossley", None, None, ["patient-and-public-input"]),
        q("22", "comment",
          "highlighted the financial pressures on community pharmacies, including the increase",
          "Dr Anita Ramsden",
          "any further closures would be reported to the Board as they occurred",
          "The Director of Public Health", ["primary-care", "finance", "workforce"]),
        q("23", "question",
          "how much of the fund was spent with private providers",
          "Councillor Akhtar",
          "around 40% of the fund was used to purchase care packages",
          "the Head of Commissioning (Integration)",
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("23", "concern",
          "expressed concern that the average wait for adaptations funded through the Disabled Facilities Grant",
          "Councillor Pickersgill",
          "two additional occupational therapists had been recruited in July",
          "The Director of Adults and Health", ["housing", "workforce"]),
        q("23", "question",
          "whether the target to reduce emergency admissions of older people following a fall",
          None, "performance at the end of Quarter 1 was slightly behind plan",
          None, ["adult-social-care", "public-health"]),
        q("24", "concern",
          "the length of time children and young people were waiting for an autism",
          None, "a new pathway offering support to families while they waited would be introduced",
          "Dr Alder", ["children-and-families", "mental-health"]),
        q("24", "question",
          "Members asked when the remaining schools would be included",
          None, "further expansion depended on the next wave of national funding",
          None, ["children-and-families", "mental-health", "finance"]),
        q("24", "concern",
          "the increase in attendances at the emergency department by girls aged 12 to 16",
          None,
          "a joint piece of work with Wharfeton Teaching Hospitals NHS Trust was under way",
          "Councillor Varley", ["children-and-families", "mental-health"]),
        q("24", "request",
          "include data on access to mental health support for children looked after and care leavers",
          "Gail Pennock", "this would be included in the next report", None,
          ["children-and-families", "mental-health"]),
        q("24", "comment",
          "should shape the refreshed plan from the start rather than being consulted at the end",
          "Carol Feather", None, None,
          ["children-and-families", "patient-and-public-input"]),
    ],
    "resolutions": [
        res("20", "the minutes of the meeting held on 19th June 2025 be approved",
            "agreed", []),
        res("21", "an update on flu vaccination uptake among health and care staff be brought",
            "agreed", ["public-health", "workforce"]),
        res("22", "the Wharfeton Pharmaceutical Needs Assessment 2025 be approved for publication",
            "agreed", ["primary-care"]),
        res("23", "as submitted to NHS England on 31st March 2025, be ratified",
            "agreed", ["integration", "finance"]),
        res("24", "an update on waiting times for neurodevelopmental assessments be brought to a future meeting",
            "agreed", ["children-and-families", "mental-health"]),
        res("25", "To note the date and time of the next meeting as Wednesday",
            "noted", []),
    ],
    "attendees": [
        att("Councillor H Marwood", "Chair", "present"),
        att("Councillor S Akhtar", None, "present"),
        att("Councillor J Boothroyd", None, "present"),
        att("Councillor R Chaudhry", None, "present"),
        att("Councillor K Moss", None, "present"),
        att("Councillor E Pickersgill", None, "present"),
        att("Helen Garside", "Place Lead, Wharfeton", "present"),
        att("Dr Imran Sattar", "Clinical Director, Wharfeton Place", "present"),
        att("Dr Fiona Lockwood", "Director of Public Health", "present"),
        att("Martin Keegan", "Director of Adults and Health", "present"),
        att("Gail Pennock", "Deputy Director, Children and Families", "present"),
        att("Dr Owen Blakey", "Wharfeton Teaching Hospitals NHS Trust", "present"),
        att("Carol Feather", "Wharfeton and Airedene Partnership NHS Foundation Trust",
            "present"),
        att("Nadia Hussain", "Healthwatch Wharfeton", "present"),
        att("Liam Crossley", "Forum Wharfeton", "present"),
        att("Dr Anita Ramsden", "Wharfeton GP Confederation", "present"),
        att("Councillor A Wainwright", None, "apologies"),
        att("Rachel Okonjo", None, "apologies"),
        att("Dr Peter Hanley", None, "apologies"),
        att("Sam Thwaite",
            "Head of System Resilience, Wharfeton Health and Care Partnership",
            "in_attendance"),
        att("Dr Priya Nandra", "Consultant in Public Health", "in_attendance"),
        att("Jo Ackroyd", "Health Improvement Principal, Public Health", "in_attendance"),
        att("Mark Denby", "Head of Commissioning (Integration), Adults and Health",
            "in_attendance"),
        att("Councillor L Varley", "Executive Member for Children and Families",
            "in_attendance"),
        att("Dr Ruth Alder",
            "Clinical Lead, Thriving Minds, Wharfeton and Airedene Partnership NHS "
            "Foundation Trust", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------
def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_FILE, REPORT_FILE, "and their gold files")


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
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


def norm(s, repl):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(repl if unicodedata.category(ch)[0] in "PS" else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for g in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / g["document"]
        if not path.exists():
            print("missing", path)
            ok = False
            continue
        text = doc_text(path)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                print(f"{g['document']}: {kind} ({item}) has {n_words} words: {ph!r}")
                ok = False
            for repl in ("", " "):
                c = norm(text, repl).count(norm(ph, repl))
                if c != 1:
                    print(f"{g['document']}: {kind} ({item}) found {c} times "
                          f"(punctuation -> {repl!r}): {ph!r}")
                    ok = False
        # every attendee name must be printed in the document
        for a in g.get("attendees", []):
            nm = a["name"].replace("Councillor ", "")
            if norm(nm, "") not in norm(text, ""):
                print(f"{g['document']}: attendee not found: {a['name']}")
                ok = False
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
