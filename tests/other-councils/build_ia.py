#!/usr/bin/env python3
"""Build the "ia-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ia.py           build documents/ia-* and gold/ia-*.json
        build_ia.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import string
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 1, 27, 9, 30, tzinfo=dt.timezone.utc)
FIXED_REPORT = dt.datetime(2025, 2, 10, 14, 5, tzinfo=dt.timezone.utc)

MINUTES_FILE = "ia-downsfield-hasc-2025-01-15.pdf"
REPORT_FILE = "ia-downsfield-key-decision-report-in-house-day-services.pdf"

COMMITTEE = "Health and Adult Social Care Scrutiny Committee"
SUMMARY = "Summary of responses to committee members’ questions and comments: -"

# --------------------------------------------------------------------------------------
# The minutes.  Blocks: ("item", no, title) ("para", no, text) ("bullet", text)
# ("list", marker, text) ("gap",)
# --------------------------------------------------------------------------------------
MINUTES = [
    ("item", "37.", "Declarations of Interest"),
    ("para", "37.1", "In accordance with the code of conduct the following personal "
     "interests were declared:"),
    ("bullet", "Cllr Okafor in respect of item 7, Urgent and Emergency Care: Winter "
     "Planning 2024/25, as an employee of Downsfield University Hospitals NHS Foundation "
     "Trust"),
    ("bullet", "Cllr Rowan in respect of item 8, Day Opportunities for Adults with Learning "
     "Disabilities, as his son attends the Hollowfield Centre"),
    ("bullet", "Cllr Pryce in respect of item 6, Performance and Resources Report, as a "
     "member of Marlbrook District Council"),
    ("item", "38.", "Minutes of the last meeting of the Committee"),
    ("para", "38.1", "Resolved – that the minutes of the meeting held on 20 November 2024 "
     "are approved as a correct record and that they be signed by the Chairman."),
    ("item", "39.", "Urgent Matters"),
    ("para", "39.1", "None."),
    ("item", "40.", "Responses to Recommendations"),
    ("para", "40.1", "The Committee noted the response from the Cabinet Member for Public "
     "Health and Wellbeing to the recommendations it made on the Director of Public "
     "Health’s Annual Report at its meeting on 20 November 2024."),
    ("item", "41.", "Forward Plan of Key Decisions"),
    ("para", "41.1", "The Committee considered the Forward Plan of Key Decisions (copy "
     "appended to the signed minutes). The Chairman drew attention to the proposed "
     "decision on in-house day services, which was to be previewed later in the meeting, "
     "and to the proposed award of the integrated community equipment service contract "
     "expected in March 2025."),
    ("para", "41.2", "Resolved – That the Committee notes the Forward Plan of Key "
     "Decisions."),
    ("item", "42.", "Performance and Resources Report – Quarter 2 2024/25"),
    ("para", "42.1", "The Committee considered a report by the Director of Law and "
     "Assurance (copy appended to the signed minutes). The report was introduced by Cllr "
     "Whitlock, Cabinet Member for Adult Services, and Cllr Carrow, Cabinet Member for "
     "Public Health and Wellbeing, who were accompanied by Alan Prothero, Executive "
     "Director Adults and Health; Jennifer Marsh, Assistant Director (Commissioning); "
     "Dr Rebecca Tolley, Director of Public Health; and Marcus Ede, Finance Business "
     "Partner. The Cabinet Member for Adult Services highlighted that the portfolio was "
     "forecasting an overspend of £4.2m at the end of September, mainly because of the "
     "rising cost of placements for older people, and that the number of people waiting "
     "for a Care Act assessment had fallen to 1,870 from a peak of 2,600 in the summer of "
     "2023. The Cabinet Member for Public Health and Wellbeing reported that 13 of the 17 "
     "public health measures were rated green."),
    ("para", "42.2", SUMMARY),
    ("bullet", "Members queried why spending on residential and nursing placements "
     "continued to rise despite the strategy to support more people at home – the "
     "Executive Director explained that the average weekly cost of a nursing placement "
     "had increased by 11% over the year, driven by the National Living Wage and the "
     "fees demanded by providers for new placements, and that the number of people in "
     "placements had in fact fallen slightly"),
    ("bullet", "Concern was raised that people who had paid for their own care were "
     "increasingly turning to the Council when their savings ran out, and it was asked "
     "whether this had been built into the budget forecast – the Finance Business Partner "
     "confirmed that a growth of around 40 people a year moving to council funding had "
     "been assumed, although the trend was being monitored closely"),
    ("bullet", "Asked how many of the 1,870 people on the waiting list had been waiting "
     "more than six months, and what risk this posed to them – the Assistant Director "
     "undertook to provide the figure after the meeting and explained that every person "
     "waiting was risk-rated and contacted at least every eight weeks, with anyone whose "
     "circumstances had changed being prioritised"),
    ("bullet", "Questioned whether the continued use of agency social workers represented "
     "value for money – the Executive Director advised that the number of agency workers "
     "had fallen from 38 to 21 since April following a recruitment campaign and the "
     "introduction of a market supplement, and that most of the remaining agency staff "
     "were covering maternity leave"),
    ("bullet", "Welcomed the improvement in the proportion of older people still at home "
     "91 days after discharge from hospital into reablement services, which at 84% was "
     "now above the national average"),
    ("bullet", "Raised concern that the smoking prevalence indicator for routine and manual "
     "workers remained red, and asked what was being done to reach these groups – the "
     "Director of Public Health explained that the stop smoking service had been "
     "recommissioned from April 2024 with a new outreach offer in workplaces, including a "
     "pilot with two large employers in Marlbrook, and that free vape starter kits were "
     "being offered through the service"),
    ("bullet", "Sought clarification on whether the Council would receive any additional "
     "funding to meet the cost to care providers of the increase in employer National "
     "Insurance contributions from April 2025 – the Cabinet Member for Adult Services "
     "advised that the Council had not yet been told of its allocation and that the "
     "matter had been raised with the county’s MPs and with the County Councils Network"),
    ("para", "42.3", "Resolved – That the Committee:"),
    ("list", "1.", "Notes the Performance and Resources Report for Quarter 2 2024/25;"),
    ("list", "2.", "Requests that the number of people who have waited more than six "
     "months for a Care Act assessment is circulated to members of the Committee; and"),
    ("list", "3.", "Asks the Business Planning Group to consider a future item on the "
     "support offered to people who fund their own care."),
    ("item", "43.", "Urgent and Emergency Care: Winter Planning 2024/25"),
    ("para", "43.1", "The Committee considered a report by NHS Downsfield and Marlbrook "
     "Integrated Care Board (ICB) (copy appended to the signed minutes). The report was "
     "introduced by Dr Naomi Fairbairn, Chief Delivery Officer, NHS Downsfield and "
     "Marlbrook ICB, who was joined by Paul Stanier, Chief Operating Officer, Downsfield "
     "University Hospitals NHS Foundation Trust (DUHT), Lisa Harcourt, Director of "
     "Operations, Southern Counties Ambulance Service NHS Foundation Trust, and Jennifer "
     "Marsh, Assistant Director (Commissioning). Dr Fairbairn explained that the system "
     "had declared a critical incident on 2 January following a sharp rise in flu "
     "admissions, which had been stood down on 6 January, and that bed occupancy at both "
     "acute sites had remained above 97% throughout December."),
    ("para", "43.2", SUMMARY),
    ("bullet", "In relation to a question about the number of patients who had waited more "
     "than 12 hours in the emergency department at St Aldhelm’s Hospital, the Chief "
     "Operating Officer confirmed that there had been 1,142 such waits in December and "
     "that a new same day emergency care unit would open at the hospital in March"),
    ("bullet", "Members expressed concern about ambulance handover delays at Arunford, "
     "which in some cases had exceeded three hours, and the effect on response times in "
     "rural parts of the county – the Director of Operations advised that average "
     "handover times had improved to 41 minutes in December and that, under the "
     "release to respond protocol, crews were released after 45 minutes so that they "
     "could attend category 1 and 2 calls"),
    ("bullet", "Asked how many patients who were medically fit for discharge remained in "
     "hospital and what the Council was doing to help – the Assistant Director explained "
     "that on the day of the meeting there were 168 such patients across the two acute "
     "trusts, around a third of whom were waiting for home care, and that the Council had "
     "commissioned 40 additional discharge to assess beds in care homes for the winter"),
    ("bullet", "Queried whether GP practices had the capacity to absorb the extra demand if "
     "NHS 111 directed more patients to general practice – Dr Fairbairn stated that "
     "practices had delivered 8% more appointments than in the previous winter and that "
     "two additional respiratory hubs had been set up in Arunford and Pellbury"),
    ("bullet", "Asked about people in mental health crisis who waited in the emergency "
     "department for a bed – the Chief Operating Officer acknowledged that some patients "
     "had waited more than 48 hours and said that DUHT was working with Downsfield "
     "Partnership NHS Foundation Trust to open a crisis café in Arunford town centre "
     "in the spring"),
    ("bullet", "Raised concern about the low uptake of flu and COVID-19 vaccination among "
     "care home staff this winter, which was lower than in previous years"),
    ("bullet", "Cllr Feld requested that future reports include performance data broken "
     "down by hospital site and by district, so that members could understand the "
     "position in their own areas – the Chief Delivery Officer agreed to do so"),
    ("para", "43.3", "The Committee adjourned at 11.55 am and reconvened at 12.05 pm."),
    ("para", "43.4", "Resolved – That the Committee:"),
    ("list", "1.", "Notes the winter plan and the continuing pressure on the urgent and "
     "emergency care system;"),
    ("list", "2.", "Requests a written update from the ICB on ambulance handover times and "
     "delayed discharges for the Business Planning Group in April 2025; and"),
    ("list", "3.", "Asks the ICB to work with the Council and the district and borough "
     "councils to promote vaccination among care home staff and unpaid carers."),
    ("item", "44.", "Day Opportunities for Adults with Learning Disabilities – In-house "
     "Day Services"),
    ("para", "44.1", "The Committee considered a report by the Executive Director Adults "
     "and Health (copy appended to the signed minutes) on the proposed decision of the "
     "Cabinet Member for Adult Services to consolidate the Council’s in-house day "
     "services for adults with learning disabilities from five sites to three. The "
     "report was introduced by Cllr Whitlock, who explained that the proposal had been "
     "revised following a twelve-week public consultation which had received 412 "
     "responses, that the Maplestead Centre and the Kingsley Road Centre would close by "
     "August 2025 and that no one who currently used the services would lose their day "
     "service as a result. Tom Averill, Head of Service, Learning Disabilities, was also "
     "in attendance."),
    ("para", "44.2", "Cllr Okafor left the meeting at 12.40 pm."),
    ("para", "44.3", SUMMARY),
    ("bullet", "Sought assurance that the consolidation was not a first step towards "
     "transferring the remaining centres to an external provider – the Cabinet Member "
     "confirmed that the Council was committed to keeping the three remaining centres "
     "in-house and that there were no plans to outsource them"),
    ("bullet", "Queried how the views of the people who use the services and their carers "
     "had shaped the final proposal – the Assistant Director explained that, as a result "
     "of the consultation, the Hollowfield Centre would now remain open and a transport "
     "working group including family carers had been set up"),
    ("bullet", "Raised concern about longer journeys for people with complex needs who "
     "would have to travel to the Seaward Centre from the north of the county, some of "
     "whom could not tolerate more than half an hour in a vehicle – the Head of Service "
     "advised that an individual travel plan would be agreed with each person and their "
     "family before any move, and that no one would be expected to travel for more than "
     "45 minutes"),
    ("bullet", "Asked what would happen to the staff at the two centres that would close – "
     "the Executive Director advised that all 34 staff would be offered posts at the "
     "remaining centres or in the Council’s community support service and that no "
     "compulsory redundancies were expected"),
    ("bullet", "Questioned the projected saving of £610,000 a year and whether it took "
     "account of the cost of the additional transport – it was confirmed that the saving "
     "was net of transport, which had been estimated at £95,000 a year"),
    ("bullet", "A member commented that the Maplestead Centre building was in a poor state "
     "of repair and that the decision to close it was understandable"),
    ("para", "44.4", "Resolved – That the Committee supports the proposed decision and "
     "recommends to the Cabinet Member for Adult Services that:"),
    ("list", "1.", "An individual travel plan is in place for every person affected before "
     "either centre closes;"),
    ("list", "2.", "The capital works at the three remaining centres are completed before "
     "anyone is asked to move; and"),
    ("list", "3.", "A report on the impact of the changes is brought to the Committee in "
     "twelve months’ time."),
    ("item", "45.", "Work Programme Planning and Possible Items for Future Scrutiny"),
    ("para", "45.1", "The Committee considered its work programme, taking into account the "
     "Forward Plan of Key Decisions and the recommendations of the Business Planning "
     "Group which met on 9 December 2024 (copy appended to the signed minutes)."),
    ("para", "45.2", "Cllr Garside requested that access to NHS dentistry in the north of "
     "the county be added to the work programme. The Chairman advised that the Business "
     "Planning Group would consider this at its next meeting in February."),
    ("para", "45.3", "Resolved – That the Committee agrees its work programme, subject to "
     "the changes agreed during the meeting."),
    ("item", "46.", "Requests for Call-in"),
    ("para", "46.1", "There have been no requests for call-in to the Scrutiny Committee and "
     "within its constituency since the date of the last meeting. The Director of Law and "
     "Assurance will report any requests since the publication of the agenda papers at "
     "the meeting."),
    ("item", "47.", "Date of Next Meeting"),
    ("para", "47.1", "The next meeting of the Committee will be held on 5 March 2025 at "
     "10.30 am at County Hall, Arunford. Probable agenda items include the Adult Social "
     "Care Strategy refresh and the Integrated Care Strategy annual update."),
]

PRESENT_MEMBERS = ["Cllr Ashby", "Cllr Brennan", "Cllr Coles", "Cllr Dunmore", "Cllr Feld",
                   "Cllr Garside", "Cllr Hollis", "Cllr Kemble", "Cllr Lyle",
                   "Cllr Mortimer", "Cllr Okafor", "Cllr Pryce", "Cllr Quennell",
                   "Cllr Rowan", "Cllr Sillitoe", "Cllr Tandy"]
APOLOGIES = ["Cllr Dawes", "Cllr Penfold", "Cllr Whitcombe"]
ABSENT = ["Cllr Maddock"]
ALSO = ["Cllr Carrow", "Cllr Whitlock"]


class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(85, 5, COMMITTEE)
            self.cell(85, 5, "15 January 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def add_fonts(pdf):
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))


def indented(pdf, left, text, h=5.2, style="", size=10, align="J"):
    """multi_cell with a temporary left margin so that page breaks keep the indent."""
    old = pdf.l_margin
    pdf.set_left_margin(left)
    pdf.set_x(left)
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(old)
    pdf.set_x(old)


def build_minutes(path):
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes of {COMMITTEE}, 15/01/2025 10:30")
    pdf.set_author("Downsfield County Council")
    pdf.set_creator("ModernGov")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    add_fonts(pdf)
    pdf.add_page()

    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 9, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "15 January 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    indented(pdf, 20, f"At a meeting of the {COMMITTEE} held at 10.30 am at County Hall, "
             "Arunford, AR19 1RQ.", align="L")
    pdf.ln(3)

    def labelled(label, text):
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(40, 5.2, label)
        pdf.set_xy(60, y)
        indented(pdf, 60, text, align="L")
        pdf.ln(2.5)

    labelled("Present:", "Cllr Hartnell (Chairman)")
    pdf.set_y(pdf.get_y() - 1)
    labelled("", ", ".join(PRESENT_MEMBERS))
    indented(pdf, 20, "Apologies were received from " + ", ".join(APOLOGIES[:-1])
             + " and " + APOLOGIES[-1], align="L")
    pdf.ln(2.5)
    labelled("Absent:", ", ".join(ABSENT))
    labelled("Also in attendance:", " and ".join(ALSO))

    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Part I", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(2.5)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 11)
            pdf.set_xy(20, y)
            pdf.cell(14, 6, block[1])
            pdf.set_xy(34, y)
            indented(pdf, 34, block[2], h=6, style="B", size=11, align="L")
            pdf.ln(2)
        elif kind == "para":
            if pdf.get_y() > 262:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(20, y)
            pdf.cell(14, 5.2, block[1])
            pdf.set_xy(34, y)
            indented(pdf, 34, block[2])
            pdf.ln(2.5)
        elif kind == "bullet":
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(38, y)
            pdf.cell(6, 5.2, "•")
            pdf.set_xy(44, y)
            indented(pdf, 44, block[1])
            pdf.ln(2)
        elif kind == "list":
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(38, y)
            pdf.cell(8, 5.2, block[1])
            pdf.set_xy(46, y)
            indented(pdf, 46, block[2])
            pdf.ln(2)

    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.2, "The meeting ended at 1.20 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.cell(0, 5.2, "Chairman", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a key decision report to a Cabinet Member.
# --------------------------------------------------------------------------------------
class ReportPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_report(path):
    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED_REPORT)
    pdf.set_title("Key decision report AS04 (24/25) – In-house day services")
    pdf.set_author("Downsfield County Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = 166

    pdf.set_font("Sans", "", 10)
    pdf.cell(W, 5, "Key decision: Yes", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, 5, "Unrestricted", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, 5, "Ref: AS04 (24/25)", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "Report to Cabinet Member for Adult Services", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "February 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 7, "Day Opportunities for Adults with Learning Disabilities – "
                   "Future of the Council’s In-house Day Services", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.5, "Report by Executive Director Adults and Health", new_x="LMARGIN",
             new_y="NEXT")
    pdf.multi_cell(0, 5.5, "Electoral divisions: Arunford North; Hollowfield and Ridge; "
                   "Kingsley and Marsh Green; Pellbury East", align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)

    def heading(text, size=11):
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Sans", "B", size)
        pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text, num=None):
        if num:
            y = pdf.get_y()
            if y > 265:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(22, y)
            pdf.cell(10, 5.2, num)
            pdf.set_xy(32, y)
            indented(pdf, 32, text)
        else:
            indented(pdf, 22, text)
        pdf.ln(2)

    def item(marker, text, left=32):
        y = pdf.get_y()
        if y > 265:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(left, y)
        pdf.cell(8, 5.2, marker)
        pdf.set_xy(left + 8, y)
        indented(pdf, left + 8, text)
        pdf.ln(1.5)

    heading("Summary")
    para("The Council runs five day services for adults with learning disabilities. "
         "Attendance has fallen by a third since 2019, two of the buildings need "
         "significant investment and the way people want to spend their day has changed. "
         "Following a twelve-week public consultation between July and October 2024, this "
         "report proposes that the services are brought together on three sites, with "
         "investment in those buildings, and that the Maplestead Centre and the Kingsley "
         "Road Centre close by 31 August 2025. The original proposal to close the "
         "Hollowfield Centre has been withdrawn in the light of the consultation.")
    heading("Recommendations")
    para("The Cabinet Member for Adult Services is asked to:")
    item("(1)", "approve the consolidation of the Council’s in-house day services for "
         "adults with learning disabilities onto three sites, the Hollowfield Centre, the "
         "Seaward Centre and the Arunford Resource Centre, as set out in section 2;")
    item("(2)", "approve capital expenditure of up to £1.15m for improvements to the three "
         "remaining centres, to be funded from the adults’ services capital allocation; "
         "and")
    item("(3)", "delegate authority to the Assistant Director (Commissioning) to agree the "
         "individual transition arrangements for each person affected, in consultation "
         "with them and their families.")

    heading("Proposal", 12)
    heading("1  Background and context")
    para("In 2019 an average of 262 people attended the five centres each day; in 2024 "
         "the figure was 176. Many younger adults now choose support in the community, "
         "through direct payments or the Council’s community support service, rather than "
         "a building-based service.", "1.1")
    para("A condition survey in 2023 found that the Maplestead Centre needs roof, heating "
         "and changing-place works estimated at £780,000 and that the Kingsley Road "
         "Centre, which is leased, cannot be adapted for people with profound and "
         "multiple learning disabilities.", "1.2")
    heading("2  Proposal details")
    para("People who attend the Maplestead Centre would move to the Hollowfield Centre or "
         "the Arunford Resource Centre, and people who attend the Kingsley Road Centre "
         "would move to the Seaward Centre, in each case according to an individual "
         "transition plan. All three remaining centres would stay in-house and be run by "
         "Council staff.", "2.1")
    para("All 34 staff at the two centres would be offered roles at the remaining centres "
         "or in the community support service. Formal staff consultation would begin in "
         "March 2025.", "2.2")
    heading("3  Other options considered (and reasons for not proposing)")
    item("(a)", "Keep all five centres open: not proposed, because of the cost of repairs "
         "and the number of empty places.")
    item("(b)", "Transfer the day services to an external provider: not proposed. The "
         "market for complex day support is limited and families were strongly opposed.")
    item("(c)", "Close three centres, including the Hollowfield Centre: the original "
         "proposal, withdrawn following the consultation.")

    heading("4  Consultation, engagement and advice")
    para("The consultation ran from 15 July to 6 October 2024 and received 412 responses, "
         "including easy read questionnaires and feedback from eleven drop-in sessions at "
         "the centres. The full consultation report is at Appendix 1.", "4.1")
    para("The questions most often asked, and the Council’s answers, were:", "4.2")
    item("Q.", "Will my relative keep the same support workers? Wherever possible, staff "
         "will move with the people they support, and key workers will stay the same.")
    item("Q.", "How far will people have to travel? Each person will have an individual "
         "travel plan, and no journey is expected to be longer than 45 minutes.")
    item("Q.", "Is this a way of saving money? The proposal saves an estimated £610,000 a "
         "year after transport costs, but the main reason is to provide better buildings "
         "and make better use of places.")
    para("The Health and Adult Social Care Scrutiny Committee previewed the proposal on "
         "15 January 2025. The Committee supported the proposed decision and recommended "
         "that individual travel plans are in place before either centre closes, that the "
         "capital works are finished before anyone moves, and that a report on the impact "
         "is brought back in twelve months. The Cabinet Member has accepted all three "
         "recommendations, which are reflected in the transition plan.", "4.3")
    heading("5  Finance")
    para("The revenue effect of the proposal is set out below.", "5.1")
    rows = [("", "2025/26 £000", "2026/27 £000", "2027/28 £000"),
            ("Staffing and premises savings", "(410)", "(705)", "(705)"),
            ("Additional transport", "60", "95", "95"),
            ("Net saving", "(350)", "(610)", "(610)")]
    pdf.set_font("Sans", "", 9)
    widths = [64, 30, 30, 30]
    for r, row in enumerate(rows):
        pdf.set_x(32)
        for c, val in enumerate(row):
            pdf.set_font("Sans", "B" if r in (0, 3) else "", 9)
            pdf.cell(widths[c], 6, val, border=1, align="L" if c == 0 else "R")
        pdf.ln(6)
    pdf.ln(3)
    para("Capital expenditure of up to £1.15m is required. The Maplestead Centre would be "
         "declared surplus and the Kingsley Road lease would end in September 2025.", "5.2")
    heading("6  Risk implications and mitigations")
    item("•", "Risk: people find the move distressing. Mitigation: individual transition "
         "plans, familiar staff and visits before any move.")
    item("•", "Risk: capital works are delayed. Mitigation: no one moves until works at "
         "the receiving centre are complete.")
    heading("7  Policy alignment and compliance")
    para("The Council has a duty under the Care Act 2014 to meet eligible needs; the "
         "proposal does not change anyone’s eligibility. An Equality Impact Report is at "
         "Appendix 2. There are no implications for crime and disorder or climate "
         "change beyond the reduced use of the two buildings.", "7.1")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5.5, "Alan Prothero", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.5, "Executive Director Adults and Health", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.5, "Contact Officer: Jennifer Marsh, Assistant Director "
                   "(Commissioning), 0330 555 0192, jennifer.marsh@downsfield.gov.uk",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5.5, "Appendices", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.5, "Appendix 1 – Consultation report", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Appendix 2 – Equality Impact Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5.5, "Background papers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5.5, "None", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------
def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold():
    items = [(b[1].rstrip("."), b[2]) for b in MINUTES if b[0] == "item"]
    questions = [
        # 42 Performance and Resources Report
        q("42", "question",
          "queried why spending on residential and nursing placements continued to rise",
          "the average weekly cost of a nursing placement had increased by 11%",
          None, "Executive Director", ["finance", "adult-social-care"]),
        q("42", "concern",
          "people who had paid for their own care were increasingly turning to the Council",
          "a growth of around 40 people a year moving to council funding",
          None, "Finance Business Partner", ["finance", "adult-social-care"]),
        q("42", "question",
          "how many of the 1,870 people on the waiting list had been waiting",
          "every person waiting was risk-rated and contacted at least every eight weeks",
          None, "Assistant Director", ["adult-social-care", "governance"]),
        q("42", "question",
          "whether the continued use of agency social workers represented value for money",
          "the number of agency workers had fallen from 38 to 21 since April",
          None, "Executive Director", ["workforce", "finance"]),
        q("42", "comment",
          "Welcomed the improvement in the proportion of older people still at home",
          None, None, None, ["adult-social-care"]),
        q("42", "concern",
          "the smoking prevalence indicator for routine and manual workers remained red",
          "the stop smoking service had been recommissioned from April 2024",
          None, "Director of Public Health", ["public-health", "subcontracting"]),
        q("42", "question",
          "whether the Council would receive any additional funding to meet the cost",
          "the Council had not yet been told of its allocation",
          None, "Cabinet Member for Adult Services",
          ["finance", "workforce", "adult-social-care"]),
        # 43 Winter planning
        q("43", "question",
          "the number of patients who had waited more than 12 hours in the emergency department",
          "there had been 1,142 such waits in December",
          None, "Chief Operating Officer", []),
        q("43", "concern",
          "Members expressed concern about ambulance handover delays at Arunford",
          "average handover times had improved to 41 minutes in December",
          None, "Director of Operations", []),
        q("43", "question",
          "how many patients who were medically fit for discharge remained in hospital",
          "on the day of the meeting there were 168 such patients",
          None, "Assistant Director",
          ["adult-social-care", "integration", "subcontracting"]),
        q("43", "question",
          "whether GP practices had the capacity to absorb the extra demand",
          "practices had delivered 8% more appointments than in the previous winter",
          None, "Dr Fairbairn", ["primary-care"]),
        q("43", "question",
          "Asked about people in mental health crisis who waited in the emergency department",
          "some patients had waited more than 48 hours",
          None, "Chief Operating Officer", ["mental-health"]),
        q("43", "concern",
          "the low uptake of flu and COVID-19 vaccination among care home staff",
          None, None, None, ["public-health", "workforce", "adult-social-care"]),
        q("43", "request",
          "requested that future reports include performance data broken down by hospital site",
          "the Chief Delivery Officer agreed to do so",
          "Cllr Feld", "Chief Delivery Officer", []),
        # 44 Day services
        q("44", "question",
          "the consolidation was not a first step towards transferring the remaining centres",
          "committed to keeping the three remaining centres in-house",
          None, "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
        q("44", "question",
          "how the views of the people who use the services and their carers",
          "the Hollowfield Centre would now remain open",
          None, "Assistant Director", ["patient-and-public-input", "adult-social-care"]),
        q("44", "concern",
          "Raised concern about longer journeys for people with complex needs",
          "an individual travel plan would be agreed with each person and their family",
          None, "Head of Service", ["adult-social-care"]),
        q("44", "question",
          "Asked what would happen to the staff at the two centres that would close",
          "all 34 staff would be offered posts at the remaining centres",
          None, "Executive Director", ["workforce"]),
        q("44", "question",
          "Questioned the projected saving of £610,000 a year",
          "the saving was net of transport, which had been estimated at £95,000 a year",
          None, None, ["finance"]),
        q("44", "comment",
          "the Maplestead Centre building was in a poor state of repair",
          None, None, None, []),
        # 45 Work programme
        q("45", "request",
          "requested that access to NHS dentistry in the north of the county",
          "the Business Planning Group would consider this at its next meeting in February",
          "Cllr Garside", "Chairman", ["primary-care"]),
    ]
    resolutions = [
        r("38", "the minutes of the meeting held on 20 November 2024 are approved",
          "agreed", []),
        r("40", "The Committee noted the response from the Cabinet Member for Public Health",
          "noted", []),
        r("41", "That the Committee notes the Forward Plan of Key Decisions",
          "noted", []),
        r("42", "Requests that the number of people who have waited more than six months",
          "agreed", ["adult-social-care"]),
        r("43", "Requests a written update from the ICB on ambulance handover times",
          "agreed", ["public-health", "adult-social-care", "workforce"]),
        r("44", "supports the proposed decision and recommends to the Cabinet Member",
          "recommended", ["adult-social-care"]),
        r("45", "That the Committee agrees its work programme, subject to the changes",
          "agreed", []),
    ]
    attendees = [{"name": "Cllr Hartnell", "role": "Chairman", "attendance": "present"}]
    attendees += [{"name": n, "role": None, "attendance": "present"} for n in PRESENT_MEMBERS]
    attendees += [{"name": n, "role": None, "attendance": "apologies"} for n in APOLOGIES]
    attendees += [{"name": n, "role": None, "attendance": "absent"} for n in ABSENT]
    attendees += [{"name": n, "role": None, "attendance": "in_attendance"} for n in ALSO]
    return {
        "document": MINUTES_FILE,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-01-15",
        "items": [{"number": n, "title": t} for n, t in items],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold():
    return {"document": REPORT_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------
PUNCT = set(string.punctuation) | {"–", "—", "‘", "’", "“", "”", "•", "£", "…"}


def norm(text, joiner):
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(joiner if (ch in PUNCT or unicodedata.category(ch).startswith("P"))
                   else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ia-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        raw = doc_text(doc)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {phrase!r}")
                ok = False
            for joiner in ("", " "):
                n = norm(raw, joiner).count(norm(phrase, joiner))
                if n != 1:
                    print(f"{gold_path.name}: {kind} phrase found {n} times "
                          f"(joiner {joiner!r}): {phrase!r}")
                    ok = False
        for it in gold.get("items", []):
            if it["number"] and not re.search(rf"(?m)^{re.escape(it['number'])}\.? ", raw):
                print(f"{gold_path.name}: item number {it['number']} not at a line start")
                ok = False
        for a in gold.get("attendees", []):
            if norm(a["name"], " ") not in norm(raw, " "):
                print(f"{gold_path.name}: attendee {a['name']} not found")
                ok = False
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (minutes_gold(), report_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_FILE}, {REPORT_FILE} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
