#!/usr/bin/env python3
"""Build the "id-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_id.py           build documents/id-* and gold/id-*.json
        build_id.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 1, 22, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_FILE = "id-hartshire-cyp-select-committee-2025-01-16.pdf"
REPORT_FILE = "id-hartshire-post-16-transport-decision-report.pdf"

CYP = "Children's"

# --------------------------------------------------------------------------------------
# The minutes, as blocks
# --------------------------------------------------------------------------------------

ATTENDANCE = [
    ("Chairman:", [("p", "Councillor Helen Marchant")]),
    ("Vice-Chairman:", [("p", "Councillor Graham Petherick")]),
    ("Elected members of the Administration:", [
        ("p", "Councillor Alan Dunford"), ("a", "Councillor Sheila Ormerod"),
        ("p", "Councillor Carys Fenwick"), ("p", "Councillor Trevor Quayle"),
        ("p", "Councillor Neil Hackett"), ("p", "Councillor Marion Tullis"),
        ("p", "Councillor Jonathan Ives"),
    ]),
    ("Elected members of the Opposition:", [
        ("p", "Councillor Bethan Lowry"), ("a", "Councillor Derek Whitcombe"),
        ("p", "Councillor Omar Siddall"), ("p", "Councillor Lucy Penfold (Standing Deputy)"),
    ]),
    ("Co-opted members:", [
        ("p", "Mrs Fiona Cartwright"), ("a", "Canon Peter Haslam"),
        ("p", "Mr Kwame Boateng"),
    ]),
]

ALSO_PRESENT = [
    "Councillor Martin Greaves, Executive Lead Member for Children's Services",
    "Councillor Sarah Ellington, Executive Member for Education",
]

DECLARATIONS_BOILERPLATE = (
    "Members were mindful that where they believed they had a Disclosable Pecuniary "
    "Interest in any matter considered at the meeting they must declare that interest at "
    "the time of the relevant debate and, having regard to the circumstances described in "
    "Part 3, Paragraph 1.5 of the County Council's Members' Code of Conduct, leave the "
    "meeting while the matter was discussed, save for exercising any right to speak in "
    "accordance with Paragraph 1.6 of the Code. Furthermore Members were mindful that where "
    "they believed they had a Non-Pecuniary interest in a matter being considered at the "
    "meeting they considered whether such interest should be declared, and having regard to "
    "Part 5, Paragraph 5 of the Code, considered whether it was appropriate to leave the "
    "meeting whilst the matter was discussed, save for exercising any right to speak in "
    "accordance with the Code."
)

# block kinds: ("h", number, title) ("p", text) ("b", [bullets]) ("v", text)
#              ("r", intro or None, [clauses]) ("sig",)
MINUTES = [
    ("h", "47", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies were received from Councillor Sheila Ormerod, Councillor Derek Whitcombe "
          "and Canon Peter Haslam. Councillor Lucy Penfold was in attendance as the Liberal "
          "Democrat standing deputy."),

    ("h", "48", "DECLARATIONS OF INTEREST"),
    ("p", DECLARATIONS_BOILERPLATE),
    ("p", "Councillor Carys Fenwick declared a non-pecuniary interest in Item 9 as a governor "
          "of Lydgate Park School. Mr Kwame Boateng declared a non-pecuniary interest in Items "
          "6 and 9 as the parent of a young person with an Education, Health and Care Plan."),

    ("h", "49", "MINUTES OF PREVIOUS MEETING"),
    ("p", "The minutes of the meeting held on 14 November 2024 were reviewed and agreed."),

    ("h", "50", "DEPUTATIONS"),
    ("p", "The Committee received a deputation from Mrs Joanne Kettering regarding the "
          "Post-16 Transport Policy Statement 2025/26 (Item 6)."),
    ("p", "Mrs Kettering explained that her son, who was autistic and attended a specialist "
          "college in Brackwood, relied on the transport arranged by the County Council. She "
          "expressed concern that the proposed increase in the annual contribution to £850 "
          "would place further financial pressure on families of young people with special "
          "educational needs, and asked the Committee to support a freeze in the contribution "
          "for a further year."),
    ("p", "The Executive Lead Member for Children's Services thanked Mrs Kettering for "
          "attending and responded that families on low incomes would continue to be able to "
          "apply for a reduced contribution through the hardship arrangements, and that the "
          "points she had raised would be taken into account before a decision was made."),

    ("h", "51", "CHAIRMAN'S ANNOUNCEMENTS"),
    ("p", "The Chairman welcomed Mrs Fiona Cartwright to her first meeting as a parent "
          "governor representative on the Committee."),
    ("p", "The Chairman reported that the letter following the Ofsted focused visit to "
          "Hartshire Children's Services in November 2024, which had looked at the "
          "arrangements for care leavers, had been published on 10 January 2025 and had "
          "identified a number of strengths. The letter had been circulated to all Members."),
    ("p", "The Chairman also reminded Members that an informal briefing on the Children's "
          "Wellbeing and Schools Bill would be held on 6 February 2025."),

    ("h", "52", "PRE-SCRUTINY: POST-16 TRANSPORT POLICY STATEMENT 2025/26"),
    ("p", "The Committee pre-scrutinised a report of the Director of Children's Services on "
          "the proposed Post-16 Transport Policy Statement for the 2025/26 academic year, "
          "ahead of a decision by the Executive Lead Member for Children's Services on "
          "28 January 2025 (Item 6 in the Minute Book)."),
    ("p", "The Head of Home to School Transport introduced the report and explained that the "
          "County Council was required to publish a transport policy statement each year by "
          "31 May setting out the support available to learners of sixth form age. There was "
          "no statutory entitlement to free transport for this age group, and the report "
          "proposed that the annual contribution paid by families be increased from £780 to "
          "£850, in line with the increase in the cost of an annual student bus pass. "
          "Discretionary support for learners with an Education, Health and Care Plan would "
          "continue. A public consultation had been held between 7 October and 17 November "
          "2024 and had received 412 responses, 61% of which had disagreed with the proposed "
          "increase."),
    ("p", "Members welcomed the decision to retain the discretionary support for learners "
          "with SEND at its current level."),
    ("p", "Members asked how many post-16 learners with special educational needs were "
          "currently receiving transport, and heard that the number had risen from 1,020 in "
          "2022/23 to 1,315 in the current academic year and that the average cost per "
          "learner was now £11,400 a year."),
    ("p", "Concern was expressed that only 38 of the consultation responses had come from "
          "young people themselves. Officers confirmed that the consultation had been "
          "promoted through colleges and the Hartshire Youth Parliament, and agreed to work "
          "with the Participation Team on how future consultations could better reach young "
          "people."),
    ("p", "In response to a question about the hardship arrangements referred to by the "
          "deputation, the Head of Home to School Transport explained that families in "
          "receipt of free school meals or with a household income below £30,000 could apply "
          "for the contribution to be reduced to £280, and that 187 families had done so in "
          "the current year."),
    ("p", "A Member asked whether the increase was likely to lead to some young people "
          "leaving their course. Officers advised that previous increases had not resulted in "
          "a fall in the number of applications, but that the position would be monitored "
          "closely."),
    ("p", "Members requested that independent travel training be offered to more post-16 "
          "learners with SEND as an alternative to taxi transport."),
    ("v", "The recommendations were put to the vote and the Committee voted as follows:"),
    ("v", "For: 8          Against: 3          Abstentions: 0"),
    ("r", "That the Children and Young People Select Committee supports the recommendations "
          "being proposed to the Executive Lead Member for Children's Services in section 2 of "
          "the report.", []),

    ("h", "53", "2025/26 REVENUE BUDGET REPORT FOR CHILDREN'S SERVICES"),
    ("p", "The Committee received a report from the Director of Children's Services and the "
          "Director of Corporate Operations setting out the proposed revenue budget for "
          "Children's Services for 2025/26 (Item 7 in the Minute Book)."),
    ("p", "The Finance Business Partner introduced the report and highlighted that the "
          "proposed cash limit for the department was £412.3 million, an increase of "
          "£41.7 million on the 2024/25 budget, driven mainly by the rising cost of placements "
          "for children looked after and of home to school transport. The department was "
          "forecasting an overspend of £18.2 million in the current year, of which "
          "£11.6 million related to external residential placements. Savings of £9.5 million "
          "were planned for 2025/26 through the Modernising Placements Programme."),
    ("p", "In response to questions, Members heard that:"),
    ("b", [
        "On placement costs, the average weekly cost of an external residential placement "
        "had risen to £6,850, and the number of children in such placements had increased "
        "from 118 to 131 over the last year.",
        "With regard to the high needs block of the Dedicated Schools Grant, the cumulative "
        "deficit was forecast to reach £142 million by 31 March 2025, and the statutory "
        "override that kept the deficit off the County Council's balance sheet currently ran "
        "until March 2026.",
        "In relation to the reliance on private providers, two further in-house children's "
        "homes would open during 2025, providing eight places, and a third was at the "
        "planning stage.",
        "Regarding the use of agency staff, the number of agency social workers had fallen "
        "from 64 to 39 over the last twelve months, saving around £1.2 million.",
    ]),
    ("p", "Members expressed concern at the size of the high needs deficit and the risk to the "
          "County Council's financial position should the statutory override not be extended "
          "beyond March 2026. The Executive Lead Member for Children's Services advised that "
          "the County Council, with other county authorities, continued to press the "
          "Government for a long-term solution to SEND funding and that further announcements "
          "were expected in the spring."),
    ("p", "A Member requested a breakdown of the placement overspend by type of placement, "
          "which officers agreed to circulate to the Committee after the meeting."),
    ("v", "The recommendations were put to the vote and the Committee voted as follows:"),
    ("v", "For: 8          Against: 2          Abstentions: 1"),
    ("r", "That the Children and Young People Select Committee supports the recommendations "
          "being proposed to the Executive Lead Member for Children's Services in paragraphs "
          "2.1 to 2.5 of the report.", []),

    ("h", "54", "CHILD AND ADOLESCENT MENTAL HEALTH SERVICES (CAMHS) - UPDATE"),
    ("p", "The Committee received a presentation from Ms Rebecca Thornhill, Associate Director "
          "of Children's Commissioning, Hartshire and Wyvern Integrated Care Board (ICB), and "
          "Dr Matthew Olusanya, Clinical Director, Hartshire CAMHS, Wyvern Healthcare NHS "
          "Foundation Trust, on the performance of Child and Adolescent Mental Health "
          "Services in the county (Item 8 in the Minute Book)."),
    ("p", "Members heard that referrals to CAMHS had increased by 14% in the last year, that "
          "the average wait from referral to a first appointment had reduced from 19 weeks to "
          "11 weeks, and that 1,870 young people had been supported by the Mental Health "
          "Support Teams in schools during 2023/24."),
    ("p", "Members welcomed the reduction in waiting times for a first appointment but "
          "expressed concern that more than 2,400 children and young people were waiting for "
          "a neurodevelopmental assessment, some of them for over two years. Ms Thornhill "
          "explained that the ICB had commissioned additional assessment capacity from two "
          "independent providers, which was expected to reduce the waiting list by around 600 "
          "by the end of 2025, and that support in school no longer depended on a child "
          "having a diagnosis."),
    ("p", "Members asked what support was available to families while they waited and heard "
          "that a parent support line had been funded by the ICB, and that the Mental Health "
          "Support Teams now covered 62% of schools, with full coverage expected by 2027."),
    ("p", "A Member commented that families living in the north of the county faced journeys "
          "of more than an hour to reach the clinic in Hartminster."),
    ("p", "Councillor Lowry asked how young people were being involved in the redesign of the "
          "service. Dr Olusanya explained that a young people's participation group had been "
          "established in 2024 and that its members had helped to write the new referral "
          "leaflet and to interview candidates for clinical posts."),
    ("p", "In response to a question about staffing, Dr Olusanya confirmed that the vacancy "
          "rate in the community CAMHS teams had fallen from 21% to 12% over the year, helped "
          "by a trainee scheme for children's wellbeing practitioners."),
    ("r", "That the Children and Young People Select Committee:", [
        ("a)", "noted the update from Hartshire and Wyvern ICB and Wyvern Healthcare NHS "
               "Foundation Trust."),
        ("b)", "requested a further update on neurodevelopmental assessment waiting times in "
               "twelve months' time."),
    ]),

    ("h", "55", "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES - EHCP TIMELINESS AND SEND "
                "STRATEGY UPDATE"),
    ("p", "The Committee received a report from the Director of Children's Services providing "
          "an update on the timeliness of Education, Health and Care Plans (EHCPs) and "
          "progress against the SEND Strategy 2023-2026 (Item 9 in the Minute Book)."),
    ("p", "The Assistant Director - Education and Inclusion introduced the report and "
          "explained that the proportion of new EHCPs issued within the statutory 20 weeks had "
          "improved from 9% in 2023 to 37% in the twelve months to December 2024, against a "
          "national average of 50%. Requests for statutory assessment had risen by 18% over "
          "the same period and 13,940 children and young people now had a plan maintained by "
          "the County Council."),
    ("p", "Members asked about the main reasons for delay and heard that the availability of "
          "educational psychologists remained the greatest pressure, with 14 of the 41 posts "
          "in the service vacant, and that locum educational psychologists were being used at "
          "a cost of up to £900 a day to reduce the backlog. Members questioned whether the "
          "improvement could be sustained once the additional one-off funding ended in March "
          "2026; the Assistant Director acknowledged that this was a risk and advised that a "
          "business case for additional permanent posts was being prepared. Concern was also "
          "expressed about the quality of plans, and a Member gave examples of plans that had "
          "been issued within the timescale but had needed to be substantially amended "
          "following an appeal to the Tribunal. Members were advised that a quality assurance "
          "audit of 60 plans had been completed in December 2024 and that its findings would "
          "be shared with the Committee."),
    ("p", "Mr Boateng asked how parents were kept informed when their child's assessment was "
          "running late. The Assistant Director explained that each family now received a "
          "fortnightly update from a named SEND case officer and that complaints about "
          "communication had fallen by a third since April 2024."),
    ("p", "Councillor Siddall requested that future reports include the number of appeals to "
          "the SEND Tribunal and their outcomes."),
    ("r", "That the Children and Young People Select Committee noted the progress made in "
          "improving the timeliness of Education, Health and Care Plans and the update on the "
          "SEND Strategy.", []),

    ("h", "56", "WORK PROGRAMME"),
    ("p", "The Director of People and Organisation presented the Committee's work programme "
          "(Item 10 in the Minute Book)."),
    ("p", "Members requested that an item on children missing education and elective home "
          "education be added for the meeting in June 2025."),
    ("r", "That the Children and Young People Select Committee discussed and agreed the work "
          "programme, subject to the addition of an item on children missing education.", []),
    ("sig",),
]


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------

class MinutesPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def new_pdf(cls=FPDF) -> FPDF:
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


LH = 5.2          # line height
BODY_X = 36       # body text indent under a minute title
BODY_W = 210 - 20 - BODY_X


def room(pdf: FPDF, need: float) -> None:
    if pdf.get_y() + need > pdf.h - 22:
        pdf.add_page()


def build_minutes(path: Path) -> None:
    pdf = new_pdf(MinutesPDF)
    pdf.set_title("Minutes - Children and Young People Select Committee, 16 January 2025")
    pdf.set_author("Hartshire County Council")
    pdf.add_page()

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 5, "Public Document Pack", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 5.8,
                   "AT A MEETING of the Children and Young People Select Committee of "
                   "HARTSHIRE COUNTY COUNCIL held at the Council Chamber, Shire House, "
                   "Hartminster on Thursday, 16th January, 2025",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    for label, people in ATTENDANCE:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, LH, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for i in range(0, len(people), 2):
            y = pdf.get_y()
            for col, (mark, name) in enumerate(people[i:i + 2]):
                x = 24 + col * 85
                pdf.set_xy(x, y)
                pdf.cell(6, LH, mark)
                pdf.cell(75, LH, name)
            pdf.set_xy(20, y + LH)
        pdf.ln(2.5)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "Also present with the agreement of the Chairman:",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for line in ALSO_PRESENT:
        pdf.set_x(30)
        pdf.cell(0, LH, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            _, num, title = block
            room(pdf, 20)
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(BODY_X - 20, LH + 0.4, f"{num}.")
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH + 0.4, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif kind == "v":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            for text in block[1]:
                y = pdf.get_y()
                if y + LH * 2 > pdf.h - 22:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(BODY_X + 2, y)
                pdf.cell(6, LH, "•")
                pdf.set_xy(BODY_X + 8, y)
                pdf.multi_cell(BODY_W - 8, LH, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.6)
            pdf.ln(1)
        elif kind == "r":
            _, intro, clauses = block
            room(pdf, 14)
            pdf.ln(1)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(BODY_X)
            pdf.cell(0, LH, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, intro, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            for label, text in clauses:
                y = pdf.get_y()
                pdf.set_xy(BODY_X + 4, y)
                pdf.cell(7, LH, label)
                pdf.set_xy(BODY_X + 11, y)
                pdf.multi_cell(BODY_W - 11, LH, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(2)
        elif kind == "sig":
            room(pdf, 30)
            pdf.ln(14)
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(120)
            pdf.cell(0, LH, "Chairman, ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: an executive decision report
# --------------------------------------------------------------------------------------

REPORT_HEAD = [
    ("Decision Maker:", "Executive Lead Member for Children's Services"),
    ("Date:", "28 January 2025"),
    ("Title:", "Post-16 Transport Policy Statement 2025/26"),
    ("Report From:", "Director of Children's Services"),
]
CONTACT = [
    ("Contact name:", "Gareth Pendleton, Head of Home to School Transport"),
    ("Tel:", "01632 960 418"),
    ("Email:", "gareth.pendleton@hartshire.gov.uk"),
]

REPORT_BODY = [
    ("H", "Purpose of this Report"),
    ("N", "1.", "The purpose of this report is to seek approval for the Post-16 Transport "
                "Policy Statement for the 2025/26 academic year, including the level of the "
                "annual contribution towards the cost of transport for learners of sixth form "
                "age, following public consultation."),
    ("H", "Recommendation(s)"),
    ("N", "2.", "That the Executive Lead Member for Children's Services:"),
    ("N", "2.1", "Approves the Post-16 Transport Policy Statement 2025/26 at Appendix 1 for "
                 "publication by 31 May 2025."),
    ("N", "2.2", "Approves an increase in the annual contribution for post-16 transport from "
                 "£780 to £850 with effect from September 2025."),
    ("N", "2.3", "Approves the continuation of the reduced contribution of £280 for families "
                 "on a low income."),
    ("N", "2.4", "Notes the outcome of the public consultation summarised in paragraphs 12 to "
                 "16 of this report."),
    ("H", "Executive Summary"),
    ("N", "3.", "Local authorities have a duty to prepare and publish an annual transport "
                "policy statement for learners of sixth form age. There is no statutory "
                "requirement to provide free transport for this age group, and the County "
                "Council has for many years asked families to contribute towards the cost."),
    ("N", "4.", "The number of post-16 learners with special educational needs receiving "
                "transport has risen by almost 30% in two years, and the forecast cost of "
                "post-16 transport in 2024/25 is £16.9 million."),
    ("N", "5.", "The proposed contribution of £850 is in line with the cost of an annual "
                "student bus pass from the main operators in the county and would generate "
                "additional income of around £96,000 a year."),
    ("H", "Contextual information"),
    ("N", "6.", "In the 2024/25 academic year 3,410 post-16 learners were provided with "
                "transport, of whom 1,315 had special educational needs. Most mainstream "
                "learners travel on a bus pass; learners with an Education, Health and Care "
                "Plan are more likely to need a taxi or minibus."),
    ("N", "7.", "The contribution was last increased in September 2023, from £720 to £780. "
                "Applications did not fall in the year that followed."),
    ("N", "8.", "Learners whose families are on a low income pay a reduced contribution of "
                "£280. In 2024/25, 187 families have been granted the reduced contribution."),
    ("N", "9.", "Independent travel training is offered to learners who may be able to "
                "travel on their own with support. 96 young people took part in 2023/24."),
    ("N", "10.", "Colleges may also use the 16 to 19 Bursary Fund to help learners with the "
                 "cost of the contribution."),
    ("N", "11.", "The Policy Statement must be published by 31 May each year and the "
                 "Department for Education expects authorities to consult on it."),
    ("H", "Consultation and Equalities"),
    ("N", "12.", "A public consultation ran from 7 October to 17 November 2024. It was "
                 "promoted through schools, colleges, the Parent Carer Forum and the Hartshire "
                 "Youth Parliament. 412 responses were received."),
    ("N", "13.", "Respondents were asked: \"To what extent do you agree or disagree with the "
                 "proposal to increase the annual contribution to £850?\" 61% disagreed or "
                 "strongly disagreed, 27% agreed or strongly agreed and 12% neither agreed nor "
                 "disagreed."),
    ("N", "14.", "The main issues raised were the affordability of the contribution for "
                 "families with more than one child in post-16 education, whether the "
                 "increase would discourage young people from staying in learning, and why "
                 "learners with an Education, Health and Care Plan are asked to contribute at "
                 "all."),
    ("N", "15.", "In response, the reduced contribution for families on a low income will be "
                 "retained, and a sibling discount of 50% for a second learner is proposed. "
                 "Previous increases have not been followed by a fall in applications."),
    ("N", "16.", "An Equality Impact Assessment has been completed. A moderate negative impact "
                 "is identified for the protected characteristics of age and disability, "
                 "mitigated by the reduced contribution and the sibling discount."),
    ("N", "17.", "The Children and Young People Select Committee pre-scrutinised this report "
                 "on 16 January 2025."),
    ("H", "REQUIRED CORPORATE AND LEGAL INFORMATION:"),
    ("S", "Links to the Strategic Plan"),
]

STRATEGIC = [
    ("Hartshire maintains strong and sustainable economic growth and prosperity:", "yes"),
    ("People in Hartshire live safe, healthy and independent lives:", "yes"),
    ("People in Hartshire enjoy a rich and diverse environment:", "no"),
    ("People in Hartshire enjoy being part of strong, inclusive communities:", "yes"),
]


def build_report(path: Path) -> None:
    pdf = new_pdf(MinutesPDF)
    pdf.set_title("Decision Report - Post-16 Transport Policy Statement 2025/26")
    pdf.set_author("Hartshire County Council")
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "HARTSHIRE COUNTY COUNCIL", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Decision Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def grid(rows):
        for label, value in rows:
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(20, y)
            pdf.multi_cell(45, 7, label, border=1, new_x="RIGHT", new_y="TOP")
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(65, y)
            pdf.multi_cell(125, 7, value, border=1, new_x="LMARGIN", new_y="NEXT")

    grid(REPORT_HEAD)
    pdf.ln(4)
    grid(CONTACT)
    pdf.ln(6)

    for block in REPORT_BODY:
        if block[0] == "H":
            room(pdf, 16)
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif block[0] == "S":
            pdf.set_font("Sans", "B", 10.5)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            _, num, text = block
            pdf.set_font("Sans", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, LH, num)
            pdf.set_xy(32, y)
            pdf.multi_cell(158, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.4)

    pdf.set_font("Sans", "", 10)
    for text, yn in STRATEGIC:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.multi_cell(150, 7, text, border=1, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(170, y)
        pdf.multi_cell(20, 7, yn, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, LH, "Section 100 D - Local Government Act 1972 - background documents",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, LH,
                   "The following documents discuss facts or matters on which this report, or "
                   "an important part of it, is based and have been relied upon to a material "
                   "extent in the preparation of this report. (NB: the list excludes published "
                   "works and any documents which disclose exempt or confidential information "
                   "as defined in the Act.)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, LH, "Document: Post-16 Transport Policy Statement 2024/25    "
                          "Location: Shire House, Hartminster",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

ELM = "Executive Lead Member for Children's Services"


def q(item, kind, text, answer=None, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def res(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


CF = "children-and-families"

MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Children and Young People Select Committee",
    "meeting_date": "2025-01-16",
    "items": [{"number": b[1], "title": b[2]} for b in MINUTES if b[0] == "h"],
    "questions": [
        # 50 deputation
        q("50", "concern",
          "expressed concern that the proposed increase in the annual contribution to £850",
          "families on low incomes would continue to be able to apply for a reduced contribution",
          "Mrs Kettering", ELM, ["patient-and-public-input", "finance", CF]),
        # 52 post-16 transport
        q("52", "comment",
          "welcomed the decision to retain the discretionary support for learners with SEND",
          None, None, None, [CF]),
        q("52", "question",
          "asked how many post-16 learners with special educational needs were currently "
          "receiving transport",
          "the number had risen from 1,020 in 2022/23 to 1,315 in the current academic year",
          None, None, [CF, "finance"]),
        q("52", "concern",
          "only 38 of the consultation responses had come from young people themselves",
          "the consultation had been promoted through colleges and the Hartshire Youth Parliament",
          None, "Officers", ["patient-and-public-input", CF]),
        q("52", "question",
          "In response to a question about the hardship arrangements referred to by the deputation",
          "families in receipt of free school meals or with a household income below £30,000",
          None, "Head of Home to School Transport", [CF, "finance"]),
        q("52", "question",
          "asked whether the increase was likely to lead to some young people leaving their course",
          "previous increases had not resulted in a fall in the number of applications",
          None, "Officers", [CF]),
        q("52", "request",
          "requested that independent travel training be offered to more post-16 learners",
          None, None, None, [CF]),
        # 53 budget
        q("53", "question",
          "On placement costs, the average weekly cost of an external residential placement",
          "the number of children in such placements had increased from 118 to 131",
          None, None, ["finance", CF]),
        q("53", "question",
          "With regard to the high needs block of the Dedicated Schools Grant",
          "the cumulative deficit was forecast to reach £142 million by 31 March 2025",
          None, None, ["finance", CF]),
        q("53", "question",
          "In relation to the reliance on private providers",
          "two further in-house children's homes would open during 2025, providing eight places",
          None, None, ["privatisation", CF]),
        q("53", "question",
          "Regarding the use of agency staff",
          "the number of agency social workers had fallen from 64 to 39",
          None, None, ["workforce", "finance"]),
        q("53", "concern",
          "expressed concern at the size of the high needs deficit and the risk",
          "continued to press the Government for a long-term solution to SEND funding",
          None, ELM, ["finance", "governance", CF]),
        q("53", "request",
          "requested a breakdown of the placement overspend by type of placement",
          "which officers agreed to circulate to the Committee after the meeting",
          None, "officers", ["finance", CF]),
        # 54 CAMHS
        q("54", "concern",
          "expressed concern that more than 2,400 children and young people were waiting",
          "the ICB had commissioned additional assessment capacity from two independent providers",
          None, "Ms Thornhill", ["mental-health", CF, "subcontracting"]),
        q("54", "question",
          "asked what support was available to families while they waited",
          "the Mental Health Support Teams now covered 62% of schools",
          None, None, ["mental-health", CF]),
        q("54", "comment",
          "families living in the north of the county faced journeys of more than an hour",
          None, None, None, ["mental-health", CF]),
        q("54", "question",
          "asked how young people were being involved in the redesign of the service",
          "a young people's participation group had been established in 2024",
          "Councillor Lowry", "Dr Olusanya",
          ["patient-and-public-input", "mental-health", CF]),
        q("54", "question",
          "In response to a question about staffing",
          "the vacancy rate in the community CAMHS teams had fallen from 21% to 12%",
          None, "Dr Olusanya", ["workforce", "mental-health"]),
        # 55 SEND
        q("55", "question",
          "Members asked about the main reasons for delay",
          "the availability of educational psychologists remained the greatest pressure",
          None, None, ["workforce", CF]),
        q("55", "question",
          "questioned whether the improvement could be sustained once the additional one-off "
          "funding ended",
          "a business case for additional permanent posts was being prepared",
          None, "Assistant Director", ["finance", "workforce", "governance", CF]),
        q("55", "concern",
          "Concern was also expressed about the quality of plans",
          "a quality assurance audit of 60 plans had been completed in December 2024",
          None, None, [CF]),
        q("55", "question",
          "asked how parents were kept informed when their child's assessment was running late",
          "each family now received a fortnightly update from a named SEND case officer",
          "Mr Boateng", "Assistant Director", [CF]),
        q("55", "request",
          "requested that future reports include the number of appeals to the SEND Tribunal",
          None, "Councillor Siddall", None, [CF]),
        # 56 work programme
        q("56", "request",
          "requested that an item on children missing education and elective home education",
          None, None, None, [CF]),
    ],
    "resolutions": [
        res("49", "minutes of the meeting held on 14 November 2024 were reviewed and agreed",
            "agreed"),
        res("52", "recommendations being proposed to the Executive Lead Member for Children's "
                  "Services in section 2", "agreed", [CF]),
        res("53", "Executive Lead Member for Children's Services in paragraphs 2.1 to 2.5 of the "
                  "report", "agreed", ["finance", CF]),
        res("54", "requested a further update on neurodevelopmental assessment waiting times in "
                  "twelve months", "agreed", ["mental-health", CF]),
        res("55", "noted the progress made in improving the timeliness of Education, Health and "
                  "Care Plans", "noted", [CF]),
        res("56", "discussed and agreed the work programme, subject to the addition of an item",
            "agreed", [CF]),
    ],
    "attendees": [
        {"name": "Councillor Helen Marchant", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Graham Petherick", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Alan Dunford", "role": None, "attendance": "present"},
        {"name": "Councillor Sheila Ormerod", "role": None, "attendance": "apologies"},
        {"name": "Councillor Carys Fenwick", "role": None, "attendance": "present"},
        {"name": "Councillor Trevor Quayle", "role": None, "attendance": "present"},
        {"name": "Councillor Neil Hackett", "role": None, "attendance": "present"},
        {"name": "Councillor Marion Tullis", "role": None, "attendance": "present"},
        {"name": "Councillor Jonathan Ives", "role": None, "attendance": "present"},
        {"name": "Councillor Bethan Lowry", "role": None, "attendance": "present"},
        {"name": "Councillor Derek Whitcombe", "role": None, "attendance": "apologies"},
        {"name": "Councillor Omar Siddall", "role": None, "attendance": "present"},
        {"name": "Councillor Lucy Penfold", "role": "Standing Deputy", "attendance": "present"},
        {"name": "Mrs Fiona Cartwright", "role": None, "attendance": "present"},
        {"name": "Canon Peter Haslam", "role": None, "attendance": "apologies"},
        {"name": "Mr Kwame Boateng", "role": None, "attendance": "present"},
        {"name": "Councillor Martin Greaves", "role": ELM, "attendance": "in_attendance"},
        {"name": "Councillor Sarah Ellington", "role": "Executive Member for Education",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("id-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        if gold_path.stem != doc.stem:
            print(f"name mismatch {gold_path.name} / {doc.name}")
            bad += 1
        text = norm(doc_text(doc))
        items = {i["number"] for i in gold.get("items", [])}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
            if row["item"] not in items:
                print(f"{gold_path.name}: unknown item {row['item']}")
                bad += 1
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            if row["item"] not in items:
                print(f"{gold_path.name}: unknown item {row['item']}")
                bad += 1
        for kind, phrase in phrases:
            p = norm(phrase)
            n_words = len(p.split())
            hits = len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text))
            status = "ok"
            if hits != 1:
                status = f"FOUND {hits}x"
            if not 6 <= n_words <= 15:
                status += f" ({n_words} words)"
            if status != "ok":
                bad += 1
                print(f"{gold_path.name}: {kind}: {status}: {phrase!r}")
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in text:
                print(f"{gold_path.name}: attendee not found {a['name']!r}")
                bad += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_FILE}, {REPORT_FILE} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
