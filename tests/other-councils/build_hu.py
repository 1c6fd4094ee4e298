#!/usr/bin/env python3
"""Build the "hu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hu.py           build documents/hu-* and gold/hu-*.json
        build_hu.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import string
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 10, 16, 9, 30, tzinfo=dt.timezone.utc)

MINUTES_NAME = "hu-ashwoldshire-health-scrutiny-committee-2025-10-09.pdf"
REPORT_NAME = "hu-ashwoldshire-hsc-primary-care-access-report-2025-10-09.pdf"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

MEMBERS = ("A J Barton, L C Brierley, P R Coles, M Dunleavy (Vice-Chairman), G Ferris "
           "(substituting for S Okafor), J Hollis, R K Mistry, C D Pendle, E Quayle, "
           "T F Whitlock (Chairman)")
DISTRICT = ("K Ahmed (Marrowby Borough Council), H Bellamy (Stanfold District Council), "
            "W Grice (Coldwell Valley District Council), N Tennant (Harlbridge Borough Council)")
OTHERS = "S J Raine (Executive Member for Adult Care and Health)"

PREAMBLE = [
    "Upon consideration of the agenda for the Health Scrutiny Committee meeting on "
    "9 October 2025 as circulated, copy annexed, conclusions were reached and are "
    "recorded below:",
    "Note: R K Mistry declared a non-pecuniary interest in item 4 (Primary Care Access "
    "and Community Pharmacy) as her husband works as a locum pharmacist in Marrowby. "
    "She remained in the meeting and took part in the discussion. No other conflicts of "
    "interest were declared by any member of the Committee in relation to the matters on "
    "which conclusions were reached at this meeting.",
]

# ("item", number, title) ("contact", text) ("para", number, text, action)
# ("label", text) ("pagebreak",)
BODY = [
    ("item", "1.", "APOLOGIES AND MINUTES"),
    ("para", "1.1",
     "Apologies for absence were received from F Lyle, S Okafor (for whom G Ferris "
     "substituted) and D Whitfield (Wellmarsh District Council).", None),
    ("para", "1.2",
     "The Minutes of the Health Scrutiny Committee meeting held on 10 July 2025 were "
     "confirmed as a correct record and signed by the Chairman.", None),
    ("para", "1.3",
     "Further to minute 4.9 of that meeting, Members were reminded that the written "
     "response of the ambulance service on hospital handover delays had been circulated "
     "by email on 2 September 2025.", None),

    ("item", "2.", "PUBLIC PETITIONS"),
    ("para", "2.1", "There were no public petitions.", None),

    ("item", "3.", "WINTER PLANNING 2025/26: ASHWOLD AND BROCKMERE INTEGRATED CARE SYSTEM"),
    ("contact", "[Officer Contact: Dominic Farrant, Director of Urgent and Emergency Care, "
                "Ashwold and Brockmere Integrated Care Board]"),
    ("para", "3.1",
     "Members received a presentation from Dominic Farrant, Director of Urgent and "
     "Emergency Care, Ashwold and Brockmere Integrated Care Board (ICB), together with "
     "Priya Lannon, Chief Operating Officer, Ashwold General Hospitals NHS Trust, and Carl "
     "Whitehouse, Assistant Director, Integrated Discharge, Ashwoldshire County Council, "
     "setting out how the health and care system was preparing for winter 2025/26.", None),
    ("para", "3.2",
     "Members heard that the plan built on the lessons of the previous winter, when the "
     "system had recorded its highest ever number of ambulance conveyances in January. "
     "There would be an additional 46 community beds across the county from 1 December "
     "2025 and a further 20 virtual ward places for frail older people, and the urgent "
     "community response service would extend its hours to 10pm from November. The flu "
     "and COVID-19 vaccination programme had started on 1 October and uptake among care "
     "home residents was, at that point, slightly ahead of the previous year.", None),
    ("para", "3.3",
     "In response to a Member question regarding the number of patients who were "
     "medically fit for discharge but remained in an acute bed, it was advised that the "
     "daily figure had averaged 142 across the two acute trusts in September, against a "
     "system target of 95, and that the main reasons were waits for packages of care at "
     "home and for assessment. Members heard that the integrated discharge team was now "
     "working seven days a week at both hospitals.", None),
    ("para", "3.4",
     "A Member asked whether the additional community beds would be staffed by the NHS "
     "trust's own staff or by agency staff. Members were advised that recruitment to 31 "
     "of the 38 posts needed had been completed and that the remaining shifts would be "
     "covered through the trust's own staff bank rather than through agencies, which had "
     "cost the system £4.1m the previous winter.", None),
    ("para", "3.5",
     "Members expressed concern that the ambulance handover delays at Ashwold General "
     "Hospital had again exceeded two hours on several days in September, and asked what "
     "would be different this winter. Priya Lannon advised that a new ambulance receiving "
     "area with 12 trolley spaces would open in November and that the trust had agreed a "
     "45-minute maximum handover standard with the ambulance service, which would be "
     "reported to the trust board each month.", None),
    ("para", "3.6",
     "A Member representing Harlbridge Borough Council commented that residents in the "
     "north of the county continued to travel to Brockmere for urgent care in the evening "
     "because the Harlbridge urgent treatment centre closed at 8pm.", None),
    ("para", "3.7",
     "Members asked how the voluntary sector would be involved over the winter, in "
     "particular in supporting people on their return home. It was noted that the "
     "council had commissioned Ashwold Community Action to provide its Home from Hospital "
     "service across all ten districts for a further year, funded through the Better Care "
     "Fund, and that the ICB would write to Members with the locations of the winter warm "
     "spaces in each district.", "Dominic Farrant"),
    ("para", "3.8",
     "In response to a question from the Vice-Chairman about the uptake of flu "
     "vaccination among frontline health and care staff, it was advised that uptake had "
     "been 41 per cent among care home staff last winter and that the ICB was working "
     "with the council's Public Health team to run pop-up clinics in the larger care "
     "homes during October and November.", None),
    ("para", "3.9",
     "Members sought clarification on how the winter plan would be funded, given the "
     "ICB's reported deficit for 2025/26. It was advised that the plan was funded from "
     "the urgent and emergency care allocation of £9.8m and from the council's share of "
     "the Better Care Fund, and that no winter schemes had been reduced as a result of "
     "the ICB's financial recovery plan.", None),
    ("label", "CONCLUSION:"),
    ("para", "3.10",
     "Members noted the winter plan and requested that a written update on ambulance "
     "handover times and discharge delays be provided to the Committee in February 2026.",
     "Scrutiny Officer"),

    ("item", "4.", "PRIMARY CARE ACCESS AND COMMUNITY PHARMACY"),
    ("contact", "[Officer Contact: Joanna Seddon, Director of Primary Care, Ashwold and "
                "Brockmere Integrated Care Board]"),
    ("para", "4.1",
     "Members received a report and presentation from Joanna Seddon on access to general "
     "practice, community pharmacy and NHS dentistry in Ashwoldshire. Members heard that "
     "practices had delivered 6 per cent more appointments in the year to August 2025 "
     "than in the previous year, that 71 per cent of appointments were face to face and "
     "that 38 per cent took place on the same day as booking. All 84 practices in the "
     "county had now moved to cloud-based telephony, and Pharmacy First consultations "
     "had risen to around 5,200 a month.", None),
    ("para", "4.2",
     "Members raised concerns that residents still found it difficult to get through to "
     "their practice at 8am and that the online request forms were switched off by some "
     "practices by mid-morning. Members were advised that practices could close online "
     "access only when they had reached safe capacity for the day, and that the ICB was "
     "reviewing every practice whose online system was routinely closed before 11am; the "
     "outcome of that review would be shared with the Committee.", "Joanna Seddon"),
    ("para", "4.3",
     "A Member queried why two pharmacies in Stanfold had closed within six months and "
     "whether the ICB could require a replacement. It was noted that the ICB could not "
     "require a new pharmacy to open, but that the pharmaceutical needs assessment, which "
     "was the responsibility of the Health and Wellbeing Board, would be refreshed in 2026 "
     "and the closures would be taken into account.", None),
    ("para", "4.4",
     "A district Member asked what was being done to increase NHS dental provision for "
     "adults, noting that no practice within 20 miles of Coldwell was accepting new adult "
     "NHS patients. Members heard that the ICB had commissioned 12,000 additional urgent "
     "dental appointments through a local incentive scheme and that a procurement for two "
     "new practices in the east of the county would conclude in March 2026. The Chairman "
     "asked that the Committee receive a fuller report on dentistry in the new year.",
     "Scrutiny Officer"),
    ("para", "4.5",
     "Members asked how primary care capacity would keep pace with the new homes planned "
     "at North Marrowby. It was noted that the ICB had secured developer contributions "
     "towards an extension to Marrowby Health Centre, but that revenue funding for "
     "additional clinical staff remained a national issue.", None),
    ("para", "4.6",
     "Members commented on the confusion caused by the number of different routes into "
     "primary care (NHS 111, the NHS App, practice websites and community pharmacy) and "
     "suggested that the ICB's winter communications should be tested with residents "
     "before they were launched. Joanna Seddon agreed and advised that Healthwatch "
     "Ashwoldshire had offered to run two focus groups in November.", None),
    ("label", "CONCLUSION:"),
    ("para", "4.7",
     "Members noted the report and agreed to write to the Chief Executive of the ICB "
     "asking for the outcome of the review of online access to be shared with the "
     "Committee before its meeting on 5 February 2026.", "Chairman / Scrutiny Officer"),

    ("item", "5.", "ADULT MENTAL HEALTH: CRISIS AND URGENT CARE PATHWAY"),
    ("contact", "[Officer Contact: Dr Imogen Achterberg, Executive Director of Quality and "
                "Medical Leadership, Ashwold and Brockmere Partnership NHS Foundation Trust]"),
    ("para", "5.1",
     "Members received a presentation from Dr Imogen Achterberg and Sean Doherty, Managing "
     "Director, Adult Mental Health Services, on the adult mental health crisis pathway, "
     "including the 24/7 crisis line, the crisis cafés in Ashwold and Marrowby, the two "
     "crisis houses and the mental health assessment unit which had opened beside the "
     "emergency department at Ashwold General Hospital in June 2025.", None),
    ("para", "5.2",
     "Members heard that the number of people waiting more than 12 hours in the emergency "
     "department for a mental health bed had fallen from 63 in March to 21 in August, and "
     "that out of area placements had fallen to an average of 9 a day, the lowest level "
     "since 2019. Demand for the crisis line had risen by 23 per cent over the year.", None),
    ("para", "5.3",
     "Members asked whether the reduction in out of area placements had been achieved by "
     "discharging patients sooner than was safe. Dr Achterberg assured the Committee that "
     "length of stay had not fallen and that the reduction reflected the opening of 16 "
     "beds at the Elmcroft Unit and better flow through the crisis houses; readmissions "
     "within 30 days were monitored weekly by the trust's executive team.", None),
    ("para", "5.4",
     "A Member raised the case of a constituent who had called the crisis line three "
     "times in one night without getting through. It was acknowledged that call "
     "abandonment rates had been too high over the summer, at 18 per cent, owing to "
     "vacancies among call handlers, and that the line had since moved onto the NHS 111 "
     "mental health option, which had added 14 call handlers. The Member was invited to "
     "pass on the details so that the case could be looked into.", "I Achterberg"),
    ("para", "5.5",
     "Concern was expressed about the continued use of police cells and police vehicles "
     "to convey people detained under section 136 of the Mental Health Act. Members heard "
     "that police vehicles had been used for conveyance in 27 per cent of cases in the "
     "last quarter, and that the ICB, the constabulary and the ambulance service were "
     "agreeing a joint protocol under the national Right Care, Right Person approach, to "
     "be in place by January 2026.", None),
    ("para", "5.6",
     "A Member asked how young adults moving on from children's services were supported, "
     "as this had been raised with her by a local mental health charity. It was advised "
     "that the trust's transitions team now accepted referrals from the age of seventeen "
     "and a half and could work with young people up to their twenty-fifth birthday.", None),
    ("para", "5.7",
     "S J Raine, Executive Member for Adult Care and Health, informed Members that the "
     "council's approved mental health professional service had filled all of its vacant "
     "posts for the first time in three years, and thanked the trust for its joint work "
     "on the assessment unit.", None),
    ("label", "CONCLUSION:"),
    ("para", "5.8",
     "Members noted the presentation, thanked the trust for the improvements made to the "
     "crisis pathway, and agreed that the Chairman would write to the Police and Crime "
     "Commissioner to seek assurance on the timetable for the section 136 conveyance "
     "protocol.", "Chairman"),

    ("item", "6.", "HEALTHWATCH ASHWOLDSHIRE ANNUAL REPORT 2024/25"),
    ("contact", "[Officer Contact: Marcus Oyelaran, Chief Executive, Healthwatch "
                "Ashwoldshire]"),
    ("para", "6.1",
     "Members received the annual report of Healthwatch Ashwoldshire, which had heard "
     "from 4,916 residents during the year, carried out 11 Enter and View visits to care "
     "homes and hospital wards, and published reports on hospital discharge, access to GP "
     "appointments and the experiences of unpaid carers.", None),
    ("para", "6.2",
     "A Member asked what proportion of the issues raised by residents related to adult "
     "social care rather than to the NHS. Marcus Oyelaran replied that around one in five "
     "contacts concerned social care, most often the cost of care and delays in financial "
     "assessments, and that these were shared each month with the council's Adult Care "
     "Services.", None),
    ("para", "6.3",
     "Members asked how Healthwatch was funded and whether the reduction in its contract "
     "value from April 2025 had affected its work. It was noted that the value of the "
     "council's contract had reduced by 8 per cent, that the organisation had not replaced "
     "two posts and that it had reduced the number of outreach sessions held in rural "
     "areas.", None),
    ("para", "6.4",
     "Members requested that the findings on the experiences of unpaid carers be shared "
     "with the Adult Care and Health Cabinet Panel.", "Marcus Oyelaran"),
    ("label", "CONCLUSION:"),
    ("para", "6.5",
     "Members noted the annual report and thanked Healthwatch Ashwoldshire for its work "
     "during the year.", None),

    ("item", "7.", "SCRUTINY RECOMMENDATIONS TRACKER"),
    ("contact", "[Officer Contact: Nadia Pereira, Scrutiny Officer]"),
    ("para", "7.1",
     "Members considered the tracker of recommendations made by the Committee and by its "
     "topic groups, together with the responses received to date.", None),
    ("para", "7.2",
     "It was noted that the response of Ashwold General Hospitals NHS Trust to the "
     "recommendations of the Maternity Services Topic Group was now four months overdue. "
     "A Member asked whether the Committee had any powers to require a response. The "
     "Scrutiny Officer advised that the health scrutiny regulations required NHS bodies "
     "to respond within 28 days of a request, and that the Chairman had written to the "
     "trust's Chief Executive on 22 September 2025.", None),
    ("label", "CONCLUSION:"),
    ("para", "7.3",
     "Members noted the tracker and agreed that, should no response be received by "
     "31 October 2025, the Chief Executive of the trust be invited to attend the next "
     "meeting of the Committee.", "Nadia Pereira"),

    ("item", "8.", "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2025/26"),
    ("contact", "[Officer Contact: Nadia Pereira, Scrutiny Officer]"),
    ("para", "8.1",
     "Members considered the Committee's work programme for 2025/26.", None),
    ("para", "8.2",
     "A Member suggested that the Committee should look at the proposed changes to stroke "
     "rehabilitation services, which were understood to be going out to public "
     "consultation in the spring. The Chairman agreed that this would be discussed at the "
     "work programme planning session on 11 November 2025.", None),
    ("para", "8.3",
     "Members asked that the scrutiny of the public health grant allocation be brought "
     "forward from March to January 2026, so that it could inform the budget.", None),
    ("label", "CONCLUSION:"),
    ("para", "8.4",
     "Members agreed the work programme, subject to the changes above.", "Nadia Pereira"),

    ("item", "9.", "OTHER PART I BUSINESS"),
    ("para", "9.1", "There was no other Part I business.", None),
]


class MinutesPDF(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def add_fonts(pdf):
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))


def build_minutes(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Scrutiny Committee - 9 October 2025")
    pdf.set_author("Legal, Democratic & Statutory Services")
    add_fonts(pdf)
    pdf.set_margins(18, 16, 10)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    # memo header
    pdf.set_font("Sans", "", 10)
    y0 = pdf.get_y()
    pdf.set_xy(18, y0)
    pdf.multi_cell(22, 5, "To:")
    pdf.set_xy(30, y0)
    pdf.multi_cell(76, 5, "All Members of the Health Scrutiny Committee, Chief Executive, "
                          "Chief Officers, All officers named for ‘actions’", align="L")
    y_left = pdf.get_y()
    for i, (lab, val) in enumerate([("From:", "Legal, Democratic & Statutory Services"),
                                    ("Ask for:", "Nadia Pereira"),
                                    ("Ext:", "26417")]):
        pdf.set_xy(112, y0 + i * 5)
        pdf.cell(18, 5, lab)
        pdf.cell(70, 5, val)
    pdf.set_y(max(y_left, y0 + 15) + 8)

    pdf.set_font("Sans", "B", 12)
    for line in ["HEALTH SCRUTINY COMMITTEE", "THURSDAY, 9 OCTOBER 2025", "MINUTES"]:
        pdf.cell(0, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def heading(t):
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def block(t, style=""):
        pdf.set_font("Sans", style, 10.5)
        pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    heading("ATTENDANCE")
    pdf.ln(1)
    heading("MEMBERS OF THE COMMITTEE")
    block(MEMBERS)
    heading("BOROUGH AND DISTRICT COUNCIL MEMBERS")
    block(DISTRICT)
    heading("OTHER MEMBERS IN ATTENDANCE")
    block(OTHERS)
    pdf.ln(2)
    block(PREAMBLE[0])
    block(PREAMBLE[1], "I")
    pdf.ln(2)

    NUM_X, TXT_X, TXT_W, ACT_X, ACT_W = 18, 32, 134, 171, 29
    LH = 5.4

    # PART I heading with ACTION over the right-hand column
    pdf.set_font("Sans", "B", 10.5)
    y = pdf.get_y()
    pdf.set_xy(NUM_X, y)
    pdf.cell(120, 6, "PART I (‘OPEN’) BUSINESS")
    pdf.set_xy(ACT_X, y)
    pdf.cell(ACT_W, 6, "ACTION", align="C")
    pdf.set_y(y + 6)
    pdf.line(ACT_X - 2, y, ACT_X - 2, y + 6)
    pdf.ln(3)

    for el in BODY:
        kind = el[0]
        if kind == "item":
            _, num, title = el
            pdf.set_font("Sans", "B", 10.5)
            lines = pdf.multi_cell(TXT_W, LH, title, dry_run=True, output="LINES")
            if pdf.get_y() + LH * (len(lines) + 4) > pdf.h - 20:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TXT_X - NUM_X, LH, num)
            pdf.set_xy(TXT_X, y)
            pdf.multi_cell(TXT_W, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "contact":
            pdf.set_font("Sans", "I", 9.5)
            pdf.set_x(TXT_X)
            pdf.multi_cell(TXT_W, 5, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(TXT_X)
            pdf.cell(TXT_W, LH, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "para":
            _, num, text, action = el
            pdf.set_font("Sans", "", 10.5)
            n_lines = len(pdf.multi_cell(TXT_W, LH, text, dry_run=True, output="LINES"))
            n_act = 0
            if action:
                pdf.set_font("Sans", "B", 9)
                n_act = len(pdf.multi_cell(ACT_W, LH, action, dry_run=True, output="LINES"))
                pdf.set_font("Sans", "", 10.5)
                # the action stands level with the end of the paragraph, which is
                # kept on one page
                if pdf.get_y() + LH * max(n_lines, n_act) > pdf.h - 20:
                    pdf.add_page()
            y = pdf.get_y()
            if y + LH > pdf.h - 20:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TXT_X - NUM_X, LH, num)
            pdf.set_xy(TXT_X, y)
            pdf.multi_cell(TXT_W, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            y_end = pdf.get_y()
            if action:
                first = max(0, n_lines - n_act)
                pdf.set_font("Sans", "B", 9)
                pdf.set_xy(ACT_X, y + first * LH)
                pdf.multi_cell(ACT_W, LH, action, align="C")
                pdf.set_y(max(y_end, y + (first + n_act) * LH))
            pdf.ln(2.6)

    # signature block
    if pdf.get_y() + 40 > pdf.h - 20:
        pdf.add_page()
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_xy(18, y)
    pdf.multi_cell(80, 5.4, "HELEN MARSDEN\nCHIEF LEGAL OFFICER")
    pdf.set_xy(120, y)
    pdf.cell(70, 5.4, "CHAIRMAN ____________________")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT = [
    ("h", "1. Purpose of the report"),
    ("p", "1.1", "To update the Health Scrutiny Committee on access to general practice, "
                 "community pharmacy and NHS dental services in Ashwoldshire, and to respond "
                 "to the questions raised by Members at the meeting on 10 July 2025."),
    ("h", "2. Summary"),
    ("p", "2.1", "Practices in Ashwoldshire delivered 6 per cent more appointments in the year "
                 "to August 2025 than in the previous year. All 84 practices now use "
                 "cloud-based telephony with call-back, and online request forms are "
                 "available in every practice, although some practices close them once "
                 "safe capacity for the day has been reached."),
    ("p", "2.2", "Two community pharmacies in Stanfold closed between March and August 2025. "
                 "Pharmacy First consultations have risen to around 5,200 a month. Access "
                 "to NHS dentistry for adults remains the most frequent subject of "
                 "complaints received by the ICB and by Healthwatch Ashwoldshire."),
    ("h", "3. Recommendations"),
    ("p", "3.1", "The Committee is asked to note the report and to consider whether it wishes "
                 "to make any recommendations to the Integrated Care Board."),
    ("p", "3.2", "The Committee may wish to request a further report on NHS dentistry, "
                 "including the outcome of the procurement of two new practices, at a "
                 "future meeting."),
    ("h", "4. Background"),
    ("p", "4.1", "Since 1 July 2023 the ICB has held delegated responsibility for commissioning "
                 "primary medical services, community pharmacy and NHS dental services. The "
                 "Health and Wellbeing Board is responsible for the pharmaceutical needs "
                 "assessment, which will next be published in October 2026."),
    ("p", "4.2", "The national Delivery Plan for Recovering Access to Primary Care asked "
                 "practices to move to a modern general practice model, in which every "
                 "request is assessed on the day it is received and directed to the most "
                 "appropriate member of the practice team."),
    ("h", "5. Questions raised at the meeting on 10 July 2025"),
    ("table", None, None),
    ("h", "6. Suggested lines of enquiry"),
    ("p", "6.1", "Members may wish to explore the following with the ICB:"),
    ("b", None, "How will the ICB know whether residents find it easier to contact their "
                "practice this winter than last?"),
    ("b", None, "What action will follow if a practice routinely closes its online forms "
                "before 11am?"),
    ("b", None, "Is the ICB satisfied that the remaining pharmacies in Stanfold can absorb "
                "the extra demand?"),
    ("b", None, "When will adults in the east of the county be able to register with an "
                "NHS dentist?"),
    ("h", "7. Financial implications"),
    ("p", "7.1", "There are no financial implications for the County Council arising from "
                 "this report. The local dental incentive scheme is funded from the ICB's "
                 "ring-fenced dental allocation."),
    ("h", "8. Equalities implications"),
    ("p", "8.1", "When considering proposals placed before Members it is important that they "
                 "are fully aware of, and have themselves rigorously considered, the "
                 "equality implications of the decision that they are taking. No Equality "
                 "Impact Assessment was undertaken for this report, which is for "
                 "information."),
    ("h", "Background papers"),
    ("p", None, "Minutes of the Health Scrutiny Committee, 10 July 2025."),
]

QA_TABLE = [
    ("Why are online request forms switched off by some practices by mid-morning?",
     "Practices may close online access only when they have reached safe capacity. The "
     "ICB is reviewing every practice whose forms are routinely closed before 11am and "
     "will share the outcome with the Committee."),
    ("Can the ICB require a replacement when a pharmacy closes?",
     "No. The ICB cannot require a new pharmacy to open. Applications are considered "
     "against the pharmaceutical needs assessment."),
    ("How many adults are waiting for an NHS dentist?",
     "There is no national waiting list for dentistry. The ICB estimates that around "
     "68,000 adults in Ashwoldshire have tried and failed to get an appointment in the "
     "last two years."),
]


def build_report(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Primary Care Access and Community Pharmacy")
    pdf.set_author("Ashwold and Brockmere Integrated Care Board")
    add_fonts(pdf)
    pdf.set_margins(20, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 38

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5, "Agenda Item", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "No.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 8, "4", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 12)
    for line in ["ASHWOLDSHIRE COUNTY COUNCIL", "", "HEALTH SCRUTINY COMMITTEE",
                 "THURSDAY, 9 OCTOBER 2025 AT 10:00AM"]:
        pdf.cell(0, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(0, 6.5, "PRIMARY CARE ACCESS AND COMMUNITY PHARMACY", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, 5.4, "Report of the Director of Primary Care, Ashwold and Brockmere "
                           "Integrated Care Board", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.4, "Author: Joanna Seddon, Director of Primary Care "
                           "(Tel: 01873 555204)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for el in REPORT:
        kind = el[0]
        num, text = (el[1], el[2]) if len(el) == 3 else (el[1], None)
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.multi_cell(0, 6, num, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            if num:
                pdf.cell(12, 5.4, num)
                pdf.set_xy(32, y)
                pdf.multi_cell(W - 12, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(34, y)
            pdf.cell(5, 5.4, "•")
            pdf.set_xy(39, y)
            pdf.multi_cell(W - 19, 5.4, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("Sans", "", 9.5)
            with pdf.table(col_widths=(45, 55), line_height=5,
                           text_align="LEFT") as table:
                row = table.row()
                pdf.set_font("Sans", "B", 9.5)
                row.cell("Question raised by the Committee")
                row.cell("ICB response")
                pdf.set_font("Sans", "", 9.5)
                for q, a in QA_TABLE:
                    row = table.row()
                    row.cell(q)
                    row.cell(a)
            pdf.ln(3)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-09",
    "items": [
        {"number": "1", "title": "APOLOGIES AND MINUTES"},
        {"number": "2", "title": "PUBLIC PETITIONS"},
        {"number": "3", "title": "WINTER PLANNING 2025/26: ASHWOLD AND BROCKMERE "
                                 "INTEGRATED CARE SYSTEM"},
        {"number": "4", "title": "PRIMARY CARE ACCESS AND COMMUNITY PHARMACY"},
        {"number": "5", "title": "ADULT MENTAL HEALTH: CRISIS AND URGENT CARE PATHWAY"},
        {"number": "6", "title": "HEALTHWATCH ASHWOLDSHIRE ANNUAL REPORT 2024/25"},
        {"number": "7", "title": "SCRUTINY RECOMMENDATIONS TRACKER"},
        {"number": "8", "title": "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2025/26"},
        {"number": "9", "title": "OTHER PART I BUSINESS"},
    ],
    "questions": [
        q("3", "question",
          "regarding the number of patients who were medically fit for discharge",
          "the daily figure had averaged 142 across the two acute trusts",
          themes=["adult-social-care"]),
        q("3", "question",
          "asked whether the additional community beds would be staffed by the NHS",
          "recruitment to 31 of the 38 posts needed had been completed",
          themes=["workforce"]),
        q("3", "concern",
          "expressed concern that the ambulance handover delays at Ashwold General Hospital",
          "a new ambulance receiving area with 12 trolley spaces would open",
          given_by="Priya Lannon"),
        q("3", "comment",
          "residents in the north of the county continued to travel to Brockmere",
          None),
        q("3", "question",
          "asked how the voluntary sector would be involved over the winter",
          "the council had commissioned Ashwold Community Action to provide its",
          themes=["subcontracting", "integration"]),
        q("3", "question",
          "about the uptake of flu vaccination among frontline health and care staff",
          "uptake had been 41 per cent among care home staff last winter",
          asked_by="Vice-Chairman", themes=["public-health", "workforce"]),
        q("3", "question",
          "sought clarification on how the winter plan would be funded",
          "the plan was funded from the urgent and emergency care allocation",
          themes=["finance"]),
        q("4", "concern",
          "residents still found it difficult to get through to their practice",
          "practices could close online access only when they had reached safe capacity",
          themes=["primary-care"]),
        q("4", "question",
          "queried why two pharmacies in Stanfold had closed within six months",
          "the ICB could not require a new pharmacy to open",
          themes=["primary-care"]),
        q("4", "question",
          "asked what was being done to increase NHS dental provision for adults",
          "the ICB had commissioned 12,000 additional urgent dental appointments",
          themes=["primary-care", "subcontracting"]),
        q("4", "request",
          "The Chairman asked that the Committee receive a fuller report on",
          None, asked_by="Chairman", themes=["primary-care"]),
        q("4", "question",
          "asked how primary care capacity would keep pace with the new homes",
          "the ICB had secured developer contributions towards an extension",
          themes=["primary-care"]),
        q("4", "comment",
          "commented on the confusion caused by the number of different routes into",
          "Healthwatch Ashwoldshire had offered to run two focus groups in November",
          given_by="Joanna Seddon", themes=["primary-care", "patient-and-public-input"]),
        q("5", "question",
          "Members asked whether the reduction in out of area placements had",
          "length of stay had not fallen and that the reduction reflected",
          given_by="Dr Achterberg", themes=["mental-health"]),
        q("5", "concern",
          "raised the case of a constituent who had called the crisis line three times",
          "call abandonment rates had been too high over the summer",
          themes=["mental-health", "workforce"]),
        q("5", "concern",
          "Concern was expressed about the continued use of police cells and police vehicles",
          "police vehicles had been used for conveyance in 27 per cent of cases",
          themes=["mental-health"]),
        q("5", "question",
          "asked how young adults moving on from children's services were supported",
          "the trust's transitions team now accepted referrals from the age of seventeen",
          themes=["mental-health", "children-and-families"]),
        q("6", "question",
          "what proportion of the issues raised by residents related to adult social care",
          "around one in five contacts concerned social care, most often the cost",
          given_by="Marcus Oyelaran",
          themes=["adult-social-care", "patient-and-public-input"]),
        q("6", "question",
          "how Healthwatch was funded and whether the reduction in its contract value",
          "the value of the council's contract had reduced by 8 per cent",
          themes=["finance", "patient-and-public-input"]),
        q("6", "request",
          "Members requested that the findings on the experiences of unpaid",
          None, themes=["adult-social-care"]),
        q("7", "question",
          "asked whether the Committee had any powers to require a response",
          "the health scrutiny regulations required NHS bodies to respond within 28 days",
          given_by="Scrutiny Officer", themes=["governance"]),
        q("8", "request",
          "suggested that the Committee should look at the proposed changes to stroke",
          "The Chairman agreed that this would be discussed at the work programme",
          given_by="Chairman", themes=["patient-and-public-input"]),
        q("8", "request",
          "asked that the scrutiny of the public health grant allocation be brought",
          None, themes=["public-health", "finance"]),
    ],
    "resolutions": [
        r("1", "held on 10 July 2025 were confirmed as a correct record", "agreed"),
        r("3", "requested that a written update on ambulance handover times and discharge",
          "agreed", ["adult-social-care"]),
        r("4", "Members noted the report and agreed to write to the Chief Executive",
          "agreed", ["primary-care"]),
        r("5", "agreed that the Chairman would write to the Police and Crime Commissioner",
          "agreed", ["mental-health"]),
        r("6", "Members noted the annual report and thanked Healthwatch Ashwoldshire",
          "noted", ["patient-and-public-input"]),
        r("7", "the Chief Executive of the trust be invited to attend the next meeting",
          "agreed", ["governance"]),
        r("8", "Members agreed the work programme, subject to the changes above",
          "agreed"),
    ],
    "attendees": [
        a("A J Barton", None, "present"),
        a("L C Brierley", None, "present"),
        a("P R Coles", None, "present"),
        a("M Dunleavy", "Vice-Chairman", "present"),
        a("G Ferris", None, "present"),
        a("J Hollis", None, "present"),
        a("R K Mistry", None, "present"),
        a("C D Pendle", None, "present"),
        a("E Quayle", None, "present"),
        a("T F Whitlock", "Chairman", "present"),
        a("K Ahmed", None, "present"),
        a("H Bellamy", None, "present"),
        a("W Grice", None, "present"),
        a("N Tennant", None, "present"),
        a("S J Raine", "Executive Member for Adult Care and Health", "in_attendance"),
        a("F Lyle", None, "apologies"),
        a("S Okafor", None, "apologies"),
        a("D Whitfield", None, "apologies"),
    ],
}

GOLD_REPORT = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

PUNCT = set(string.punctuation) | set("‘’“”–—…•£")


def norms(text):
    """Two normalisations: punctuation deleted, and punctuation turned into spaces."""
    low = text.lower()
    out = []
    for repl in ("", " "):
        s = "".join(repl if ch in PUNCT else ch for ch in low)
        out.append(" " + re.sub(r"\s+", " ", s).strip() + " ")
    return out


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def check():
    ok = True
    text = pdf_text(DOCS / MINUTES_NAME)
    docs = norms(text)
    phrases = []
    for row in GOLD_MINUTES["questions"]:
        phrases.append(("question", row["text"]))
        if row["answer"]:
            phrases.append(("answer", row["answer"]))
    for row in GOLD_MINUTES["resolutions"]:
        phrases.append(("resolution", row["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            print(f"LENGTH {n}: {kind}: {ph}")
            ok = False
        for d, p in zip(docs, norms(ph)):
            c = d.count(p)
            if c != 1:
                print(f"FOUND {c}x: {kind}: {ph}")
                ok = False
                break
    for att in GOLD_MINUTES["attendees"]:
        if att["name"].lower() not in text.lower():
            print("ATTENDEE NOT FOUND:", att["name"])
            ok = False
    import pdfplumber
    with pdfplumber.open(DOCS / MINUTES_NAME) as pdf:
        print(f"{MINUTES_NAME}: {len(pdf.pages)} pages, {len(phrases)} phrases")
    for name, gold in ((MINUTES_NAME, GOLD_MINUTES), (REPORT_NAME, GOLD_REPORT)):
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text())
        if g != gold:
            print("GOLD FILE OUT OF DATE:", name)
            ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for name, gold in ((MINUTES_NAME, GOLD_MINUTES), (REPORT_NAME, GOLD_REPORT)):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
