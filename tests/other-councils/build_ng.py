#!/usr/bin/env python3
"""Build the "ng-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ng.py           build documents/ng-* and gold/ng-*.json
        build_ng.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ng-mersebank-health-scrutiny-committee-2025-03-12.pdf"
REPORT_NAME = "ng-mersebank-report-home-care-recommissioning.docx"
FIXED = dt.datetime(2025, 3, 20, 10, 15, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

MEMBERS_LINE = (
    "Councillors M. Pritchard (Vice-Chair), A. Bellingham, Dr. R. Chaudhry, "
    "Mrs. H. Dalby, K. Fenwick, J. Harland, Mrs. P. Lomax and T. Wetherell."
)

IN_ATTENDANCE = [
    ("Councillor G. Ashworth", "Executive Member for Adult Social Care"),
    ("Councillor D. Kershaw", "Executive Member for Health, Wellbeing and Equalities"),
    ("Helen Brierley", "Corporate Director of Adult Social Care"),
    ("Marcus Leyland", "Director of Public Health"),
    ("Paul Grundy", "Head of Commissioning, Adult Social Care"),
    ("Joanne Pickup", "Deputy Place Lead for Health and Care Integration, "
                      "NHS Greater Manchester (Mersebank)"),
    ("Karen Whitworth", "Deputy Chief Operating Officer, Irwell University "
                        "Hospitals NHS Foundation Trust"),
    ("Dr. Niamh Costigan", "Clinical Director, Stretham and Ashby Primary Care Network"),
    ("Thomas Ingleby", "Governance Officer"),
]

# Each item: (number, title, [blocks]); a block is ("p", text), ("q", text) for a quoted
# passage, ("res", [clauses]) for a RESOLVED block, ("note", text) for an italic aside.
ITEMS = [
    ("37", "ATTENDANCES", [
        ("p", "The Chair welcomed everyone to the meeting and noted the apologies set out "
              "above. The Chair welcomed Councillor Wetherell to his first meeting of the "
              "Committee following his appointment by Council on 19 February 2025, and "
              "informed the Committee that Councillor Harland would need to leave the "
              "meeting early."),
    ]),
    ("38", "MINUTES", [
        ("p", "Councillor Dalby requested that minute 31 be amended to record that she had "
              "asked for the delayed discharge figures to be broken down by neighbourhood, "
              "and not by ward as stated."),
        ("res", ["That, subject to the above amendment, the minutes of the meeting held on "
                 "22 January 2025 be agreed as an accurate record and signed by the Chair."]),
    ]),
    ("39", "DECLARATIONS OF INTEREST", [
        ("p", "Councillor Dr Chaudhry declared a personal interest in relation to his "
              "employment as a salaried GP at a practice in Ashby."),
        ("p", "Councillor Lomax declared a personal interest in relation to her position as "
              "a trustee of Mersebank Carers Centre."),
        ("p", "Councillor Pritchard declared a personal interest in relation to a close "
              "family member's employment with Irwell University Hospitals NHS Foundation "
              "Trust."),
    ]),
    ("40", "QUESTIONS FROM THE PUBLIC", [
        ("p", "One question had been received from a member of the public, Mr. K. Ormerod, "
              "which related to item 42 on the agenda. As Mr. Ormerod was unable to attend "
              "the meeting the Chair read out the question, which was as follows:"),
        ("q", "\u201cLast winter my mother waited more than fourteen hours on a trolley at "
              "Stretham General before a bed was found for her. How many Mersebank "
              "residents have waited over twelve hours in the Emergency Department this "
              "winter, and what is the Trust doing to stop patients being cared for in "
              "corridors?\u201d"),
        ("p", "The Deputy Chief Operating Officer of Irwell University Hospitals NHS "
              "Foundation Trust responded that 1,946 patients from Mersebank had waited "
              "more than twelve hours from arrival in the Emergency Department between "
              "1 November 2024 and 28 February 2025, which was 9% fewer than in the same "
              "period the previous year. The Trust had opened a 24 bed acute medical unit "
              "in January and was working with the Council to get patients who were "
              "medically fit home sooner, which would be covered in more detail under item "
              "42. The Trust apologised for the experience of Mr. Ormerod\u2019s mother and "
              "would be happy to look into it if he contacted the Patient Advice and "
              "Liaison Service."),
        ("p", "A written copy of the response would be sent to Mr. Ormerod."),
    ]),
    ("41", "UPDATE FROM THE EXECUTIVE MEMBER FOR ADULT SOCIAL CARE", [
        ("p", "The Executive Member for Adult Social Care gave a verbal update on the main "
              "issues within his portfolio since the Committee last met. The Committee were "
              "informed that the Council\u2019s budget for 2025/26 had been agreed at the "
              "meeting of Council on 19 February 2025 and included a net budget for adult "
              "social care of \u00a397.4 million, an increase of \u00a36.8 million on the "
              "previous year. The Executive Member advised that the increase in employer "
              "National Insurance contributions announced in the autumn budget had added an "
              "estimated \u00a32.3 million to the cost of commissioned care, and that the "
              "Council had agreed a fee uplift of 6.1% for home care and 5.4% for "
              "residential and nursing care. The Executive Member also updated the "
              "Committee on the Care Quality Commission assessment of the Council\u2019s "
              "adult social care functions, which had taken place in November 2024. The "
              "Council had been rated as Good and the full report would be brought to the "
              "Committee at its next meeting."),
        ("p", "Councillor Bellingham asked how much of the \u00a34.2 million of savings "
              "agreed for adult social care in 2024/25 had been delivered. The Corporate "
              "Director of Adult Social Care responded that \u00a33.5 million had been "
              "achieved and that the remainder, which related to the review of day "
              "services, had been carried forward into 2025/26 because the consultation "
              "with families had taken longer than planned."),
        ("p", "Councillor Pritchard raised concerns that the fee uplift would not cover the "
              "additional costs providers faced from the increases in National Insurance "
              "and the National Living Wage, and that some smaller home care agencies might "
              "hand back packages of care. The Corporate Director of Adult Social Care "
              "acknowledged the pressure on providers and explained that the uplift had "
              "been set following a cost of care exercise with providers in the autumn. "
              "The Council was monitoring the market closely and no provider had handed "
              "back packages since April 2024, although two providers had asked for "
              "meetings to discuss their finances."),
        ("p", "Councillor Harland asked whether any care homes in the borough had closed in "
              "the last twelve months. The Corporate Director of Adult Social Care informed "
              "the Committee that Beech Lodge in Ashby had closed in October 2024 following "
              "a decision by its owner to sell the site, and that all 23 residents had been "
              "supported to move to other homes of their choosing, the majority within the "
              "borough."),
        ("p", "Councillor Dalby commented that many of the unpaid carers she spoke to in her "
              "ward had never been offered a carer\u2019s assessment and did not know that "
              "they were entitled to one. The Executive Member agreed that more needed to "
              "be done and said that the new carers\u2019 strategy, which was being "
              "co-produced with Mersebank Carers Centre, would be brought to the Committee "
              "in the summer."),
        ("res", ["That the update be noted."]),
    ]),
    ("42", "URGENT AND EMERGENCY CARE: WINTER 2024/25 AND HOSPITAL DISCHARGE", [
        ("p", "The Deputy Place Lead for Health and Care Integration and the Deputy Chief "
              "Operating Officer of Irwell University Hospitals NHS Foundation Trust gave a "
              "presentation on the performance of the urgent and emergency care system "
              "over the winter. The presentation covered attendances at the Emergency "
              "Department at Stretham General Hospital, which had been 7% higher than the "
              "previous winter, ambulance handover times, the number of patients who no "
              "longer met the criteria to reside in hospital, and the work of the "
              "Integrated Discharge Team, which brought together hospital, Council and "
              "community staff on one site. The Committee were informed that the number of "
              "Mersebank patients in hospital who no longer met the criteria to reside had "
              "fallen from an average of 58 in December 2023 to 41 in December 2024, "
              "largely as a result of the discharge to assess beds commissioned by the "
              "Council and funded through the Better Care Fund."),
        ("p", "Councillor Fenwick asked how long, on average, Mersebank patients who were "
              "medically fit for discharge waited to leave hospital. Ms Whitworth "
              "responded that the average was 6.2 days, compared to 8.9 days the previous "
              "winter, but that patients who needed a nursing home placement still waited "
              "on average more than two weeks."),
        ("p", "Councillor Wetherell noted that the presentation referred to temporary "
              "escalation spaces and asked how many patients had been cared for in "
              "corridors at Stretham General Hospital over the winter. Ms Whitworth stated "
              "that the Trust did not have the figures broken down in that way at the "
              "meeting but would provide them to the Committee. She added that corridor "
              "care was only ever used as a last resort when the department was at full "
              "capacity and that patients were always under the supervision of a nurse."),
        ("p", "Councillor Dr Chaudhry asked whether there were enough reablement and "
              "intermediate care places to meet demand. The Corporate Director of Adult "
              "Social Care responded that the Council had commissioned 14 additional "
              "intermediate care beds at Larkhill Lodge from November to March, funded "
              "through the Better Care Fund, and that the home-based reablement service "
              "had been expanded with eight more reablement workers. Work was taking place "
              "with NHS colleagues to decide which of the winter schemes should be funded "
              "on a permanent basis."),
        ("p", "Councillor Lomax expressed concern that older patients were still being "
              "discharged from Stretham General late in the evening without their families "
              "being told, and referred to a recent case involving a resident of her ward."),
        ("p", "The Chair asked whether the additional funding that had paid for the winter "
              "schemes would continue into 2025/26. Ms Pickup said that the Better Care "
              "Fund plan for 2025/26 had to be submitted by the end of March and that she "
              "expected most of the schemes to continue, but that NHS Greater Manchester "
              "had asked every locality to find savings of 3% in 2025/26 and the final "
              "position had not yet been confirmed."),
        ("p", "The Chair thanked Ms Pickup and Ms Whitworth for attending and for their "
              "detailed answers to the Committee\u2019s questions."),
        ("res", ["That the presentation be noted.",
                 "That Irwell University Hospitals NHS Foundation Trust provide the "
                 "Committee with the number of patients cared for in corridors at "
                 "Stretham General Hospital between December 2024 and February 2025."]),
    ]),
    ("43", "ACCESS TO GENERAL PRACTICE IN MERSEBANK", [
        ("p", "Dr Costigan, Clinical Director of the Stretham and Ashby Primary Care "
              "Network, and Ms Pickup introduced the report, which set out the progress "
              "made by the 29 GP practices in the borough in moving to the modern general "
              "practice access model, the results of the 2024 GP Patient Survey and the "
              "plans for 2025/26. The Committee were informed that practices in Mersebank "
              "had delivered 1.21 million appointments in 2024, 6% more than in 2023, and "
              "that 44% of these had been on the same day. Satisfaction with the overall "
              "experience of the practice had risen slightly to 71%, but only 52% of "
              "patients described it as easy to get through to their practice by phone, "
              "which was below the Greater Manchester average."),
        ("p", "Councillor Harland asked why patients at some practices in the north of the "
              "borough still had to telephone at 8 am to get an appointment. Dr Costigan "
              "responded that all practices now had cloud-based telephone systems with "
              "call-back and an online consultation tool, but that a small number of "
              "practices with high demand continued to see most requests arrive first "
              "thing in the morning. The Primary Care Network was working with those "
              "practices to spread requests across the day and the Integrated Care Board "
              "would be reviewing their access plans in April."),
        ("p", "Councillor Dalby asked how residents who did not have a smartphone or access "
              "to the internet were supported to use online consultation. Dr Costigan "
              "explained that patients could still request appointments by phone or in "
              "person and that the reception team would complete the online form on their "
              "behalf. The Council\u2019s libraries also had digital champions who could "
              "help residents to use the NHS App."),
        ("p", "Councillor Bellingham commented that residents were often unsure whether they "
              "were seeing a doctor, a nurse or a physician associate and that practices "
              "needed to be clearer about the roles of the staff patients were booked to "
              "see. Dr Costigan agreed and advised that all practices had been asked to "
              "display information on the different roles in their waiting areas and on "
              "their websites, and that patients could always ask to see a GP."),
        ("p", "In response to a question from Councillor Fenwick about community pharmacy "
              "closures, Ms Pickup said that two pharmacies in the borough had closed since "
              "April 2024, both in Oakmere, and that the pharmaceutical needs assessment "
              "had concluded that there was still adequate provision within a mile for "
              "most residents of that area."),
        ("p", "Councillor Pritchard commented that the results of the GP Patient Survey were "
              "disappointing for a borough of Mersebank\u2019s size and that the Committee "
              "should return to the subject once the 2025 results had been published."),
        ("res", ["That the report be noted.",
                 "That an update on access to general practice, including the results of "
                 "the 2025 GP Patient Survey, be brought to the Committee in the 2025/26 "
                 "municipal year."]),
    ]),
    ("44", "RECOMMISSIONING OF HOME CARE SERVICES", [
        ("p", "The Executive Member for Adult Social Care introduced the report, which was "
              "due to be considered by the Executive on 24 March 2025, and explained that "
              "the Council\u2019s current home care framework, which had 31 providers, "
              "would come to an end in September 2025. The Head of Commissioning advised "
              "that the proposal was to move to a zoned model with a lead provider in each "
              "of the borough\u2019s four neighbourhoods, supported by a smaller framework "
              "of providers for more complex packages. The new contracts would run for "
              "five years with the option of a further two-year extension, and the "
              "estimated value was \u00a3118 million over the full term."),
        ("p", "Councillor Wetherell asked whether the Council had looked at bringing any of "
              "the home care service back in-house. The Head of Commissioning responded "
              "that an options appraisal had been carried out in 2024 which had considered "
              "a fully in-house service, a Council-owned company and the zoned model. "
              "In-house provision was estimated to cost around \u00a33.1 million a year "
              "more, mainly because of pension and terms and conditions costs, and would "
              "take several years to set up, so it had not been recommended."),
        ("p", "Councillor Pritchard asked how the views of people who received home care and "
              "their families had informed the proposals. The Head of Commissioning "
              "explained that 412 people had responded to a survey in the summer, and that "
              "two co-design workshops had been held with service users, carers and "
              "Healthwatch Mersebank. Continuity of care workers and being told when a "
              "care worker was running late had been the two issues raised most often, and "
              "both had been written into the new service specification."),
        ("p", "Councillor Bellingham raised concerns that some care workers were still not "
              "paid for the time they spent travelling between calls, which meant that "
              "their pay fell below the National Living Wage. The Executive Member for "
              "Adult Social Care stated that the new specification would require all "
              "providers to pay for travel time and to pay at least the Real Living Wage, "
              "and that this had been built into the hourly rate used to set the contract "
              "value."),
        ("p", "Councillor Lomax asked what would happen to people currently supported by "
              "providers who were not successful in the tender. The Head of Commissioning "
              "said that people would be offered the choice of moving to the new provider, "
              "staying with their current provider through a direct payment or, where care "
              "workers transferred under TUPE, keeping the same carers."),
        ("note", "(Councillor Harland left the meeting at 8.10 pm.)"),
        ("p", "Members supported the principle of a zoned model but were concerned that "
              "reducing the number of providers would leave the Council more exposed if a "
              "lead provider were to fail."),
        ("res", ["That the report be noted.",
                 "That the Executive be recommended to set out, in its decision on 24 "
                 "March 2025, how continuity of care would be protected if a lead "
                 "provider were to fail.",
                 "That the comments of the Committee be passed to the Executive Member for "
                 "Adult Social Care."]),
    ]),
    ("45", "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2024/25", [
        ("p", "The Governance Officer introduced the work programme and advised that the "
              "report on the Care Quality Commission assessment and the carers\u2019 "
              "strategy would be the main items at the first meeting of the 2025/26 "
              "municipal year."),
        ("p", "The Vice-Chair gave a brief update on the task and finish group on crisis "
              "mental health support for adults, which had met three times and had visited "
              "the crisis caf\u00e9 in Stretham. The group expected to report to the "
              "Committee in the summer."),
        ("p", "Councillor Dr Chaudhry requested that access to NHS dentistry be considered "
              "as a topic for the 2025/26 work programme, given the number of residents who "
              "had contacted members about being unable to register with a dentist."),
        ("p", "The Committee agreed that NHS dentistry be included on the list of topics for "
              "2025/26 and that the Chair and Vice-Chair agree the final programme with the "
              "Governance Officer."),
        ("res", ["That the work programme be noted."]),
    ]),
    ("46", "URGENT BUSINESS (IF ANY)", [
        ("p", "There was no urgent business."),
    ]),
]

CLOSING = "The meeting commenced at 6.30 pm and finished at 8.47 pm"


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    left, num_w = 22.0, 12.0
    body_x = left + num_w

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 9)
            self.set_xy(left, 10)
            self.cell(80, 5, "Health Scrutiny Committee")
            self.set_xy(self.w - self.r_margin - 60, 10)
            self.cell(60, 5, "12 March 2025", align="R")
            self.set_draw_color(120, 120, 120)
            self.line(left, 16, self.w - self.r_margin, 16)
            self.set_xy(self.l_margin, 21)

        def footer(self):
            self.set_y(-15)
            self.set_x(left)
            self.set_font("Sans", "", 9)
            self.cell(self.w - left - self.r_margin, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Scrutiny Committee - 12 March 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(left, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.6

    def para(text, x=body_x, style="", size=10.5, gap=3.0, align="L"):
        pdf.set_font("Sans", style, size)
        pdf.set_left_margin(x)
        pdf.set_x(x)
        pdf.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(left)
        pdf.ln(gap)

    # Title block
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "HEALTH SCRUTINY COMMITTEE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(0, 7, "12 MARCH 2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    para("PRESENT", x=left, style="B", gap=2)
    para("Councillor S. Okonjo (In the Chair).", x=left, gap=1.5)
    para(MEMBERS_LINE, x=left, gap=5)

    para("In attendance", x=left, style="B", gap=2)
    pdf.set_font("Sans", "", 10.5)
    for name, role in IN_ATTENDANCE:
        y = pdf.get_y()
        pdf.set_xy(left, y)
        pdf.cell(58, lh, name)
        pdf.set_xy(left + 58, y)
        pdf.set_left_margin(left + 58)
        pdf.multi_cell(0, lh, role, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(left)
    pdf.ln(4)

    para("Also present", x=left, style="B", gap=2)
    para("Councillor F. Nuttall.", x=left, gap=5)

    para("APOLOGIES", x=left, style="B", gap=2)
    para("Apologies for absence were received from Councillors B. Quayle and N. Rimmer, "
         "and from Gillian Haworth (Healthwatch Mersebank).", x=left, gap=6)

    for number, title, blocks in ITEMS:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(left, y)
        pdf.cell(num_w, lh, f"{number}.")
        pdf.set_xy(body_x, y)
        pdf.set_left_margin(body_x)
        pdf.multi_cell(0, lh, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(left)
        pdf.ln(3)
        for kind, content in blocks:
            if kind == "p":
                para(content, align="J")
            elif kind == "q":
                para(content, x=body_x + 8, style="I")
            elif kind == "note":
                para(content, style="I")
            elif kind == "res":
                if len(content) == 1:
                    pdf.set_font("Sans", "", 10.5)
                    pdf.set_left_margin(body_x)
                    pdf.set_x(body_x)
                    pdf.multi_cell(0, lh, f"**RESOLVED:** {content[0]}", markdown=True,
                                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.set_left_margin(left)
                    pdf.ln(3)
                else:
                    para("RESOLVED:", style="B", gap=2)
                    for i, clause in enumerate(content, 1):
                        pdf.set_font("Sans", "", 10.5)
                        y = pdf.get_y()
                        if y > pdf.h - 30:
                            pdf.add_page()
                            y = pdf.get_y()
                        pdf.set_xy(body_x, y)
                        pdf.cell(8, lh, f"{i})")
                        pdf.set_xy(body_x + 8, y)
                        pdf.set_left_margin(body_x + 8)
                        pdf.multi_cell(0, lh, clause, align="L",
                                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                        pdf.set_left_margin(left)
                        pdf.ln(2)
                    pdf.ln(1)
        pdf.ln(2)

    pdf.ln(6)
    para(CLOSING, x=left, gap=0)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

IMPLICATIONS = [
    ("Relationship to Policy Framework/Corporate Priorities",
     "Supporting people to live well and independently in their own homes; Reducing "
     "health inequalities."),
    ("Relationship to GM Policy or Strategy Framework",
     "Greater Manchester Adult Social Care Transformation Programme; Greater Manchester "
     "Good Employment Charter."),
    ("Financial",
     "The estimated value of the new contracts is \u00a3118 million over seven years "
     "(five years plus a possible two-year extension). The 2025/26 budget includes a 6.1% "
     "uplift for home care. The hourly rate in the new contracts includes paid travel "
     "time and the Real Living Wage and can be contained within the approved budget."),
    ("Legal Implications:",
     "The procurement will be carried out under the Health Care Services (Provider "
     "Selection Regime) Regulations 2023 and the Procurement Act 2023 as applicable. "
     "TUPE may apply where care workers move between providers."),
    ("Equality/Diversity Implications",
     "An Equality Impact Assessment has been completed and is available on request."),
    ("Sustainability Implications",
     "Zoned working is expected to reduce travel between calls."),
    ("Carbon Reduction",
     "Providers will be asked to set out plans to reduce vehicle emissions."),
    ("Resource Implications e.g. Staffing / ICT / Assets",
     "The procurement will be delivered within existing commissioning resources."),
    ("Risk Management Implications",
     "The main risk is the failure of a lead provider. This is mitigated by the "
     "secondary framework and a provider failure protocol."),
    ("Health & Wellbeing Implications",
     "Reliable home care supports timely hospital discharge and independence."),
    ("Health and Safety Implications", "None arising from this report."),
]

REPORT_BODY = [
    ("h", "1. Background"),
    ("p", "1.1 The Council currently purchases around 19,800 hours of home care each week "
          "from 31 providers on a framework that began in October 2019 and ends on 30 "
          "September 2025. Around 1,350 people receive home care at any one time."),
    ("p", "1.2 Most packages are delivered by eight providers. The remaining providers "
          "deliver small numbers of hours, often across the whole borough, which adds to "
          "travel time and makes it harder to offer a consistent care worker."),
    ("h", "2. Proposed model"),
    ("p", "2.1 It is proposed that the Council moves to a zoned model with one lead "
          "provider in each of the four neighbourhoods (North, Central, West and South), "
          "supported by a secondary framework of providers for packages that the lead "
          "provider cannot pick up within 48 hours and for more complex care."),
    ("p", "2.2 Contracts would run for five years from 1 October 2025 with the option to "
          "extend for a further two years."),
    ("h", "3. Questions raised by the Committee on 22 January 2025"),
    ("p", "3.1 When the Committee considered the timetable for this work in January, "
          "Members asked for the following points to be covered in this report."),
    ("table", [
        ("Question", "Response"),
        ("Has the Council considered delivering home care itself?",
         "Yes. An options appraisal in 2024 compared an in-house service, a Council-owned "
         "company and the zoned model. In-house delivery would cost about \u00a33.1 million "
         "a year more and was not recommended."),
        ("Will care workers be paid for travel time?",
         "Yes. Paid travel time and the Real Living Wage are requirements of the new "
         "specification."),
        ("What happens to people whose provider is not successful?",
         "People will be able to move to the new provider, keep their current provider "
         "through a direct payment, or keep the same care workers where TUPE applies."),
        ("How have people who use the service been involved?",
         "412 people responded to the survey and two co-design workshops were held with "
         "Healthwatch Mersebank."),
    ]),
    ("h", "4. Consultation"),
    ("p", "4.1 A survey of people receiving home care and their families ran from June to "
          "August 2024. Continuity of care workers and being told when a visit is running "
          "late were the issues raised most often."),
    ("h", "5. Other Options"),
    ("p", "5.1 Extending the current framework was rejected because it does not allow "
          "the rates or the specification to be changed."),
    ("h", "6. Reasons for Recommendation"),
    ("p", "6.1 The Committee is asked to comment on the proposals before the Executive "
          "makes its decision on 24 March 2025."),
]

SIGN_OFF = [
    ("Key Decision (as defined in the Constitution):", "No"),
    ("If Key Decision, has 28-day notice been given?", "N/A"),
    ("Finance Officer Clearance", "RH"),
    ("Legal Officer Clearance", "CD"),
]


def build_report(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    def bold_para(text, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        return p

    bold_para("MERSEBANK COUNCIL", 14)
    t = doc.add_table(rows=0, cols=2)
    for label, value in [("Report to:", "Health Scrutiny Committee"),
                         ("Date:", "12 March 2025"),
                         ("Report for:", "Discussion"),
                         ("Report of:", "Executive Member for Adult Social Care and the "
                                        "Corporate Director of Adult Social Care")]:
        cells = t.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].paragraphs[0].runs[0].bold = True

    bold_para("Report Title")
    bold_para("Recommissioning of Home Care Services")
    bold_para("Summary")
    doc.add_paragraph(
        "This report sets out the proposed approach to recommissioning home care services "
        "from October 2025, when the current framework ends. It responds to the questions "
        "the Committee raised in January and seeks the Committee\u2019s comments before "
        "the Executive makes its decision on 24 March 2025.")
    bold_para("Recommendation(s)")
    doc.add_paragraph("That the Health Scrutiny Committee:")
    doc.add_paragraph("1. notes the proposed zoned model for home care set out in "
                      "section 2; and")
    doc.add_paragraph("2. provides any comments it wishes the Executive to take into "
                      "account when it considers the proposals.")
    doc.add_paragraph("Contact person for access to background papers and further "
                      "information:")
    doc.add_paragraph("Name:\tPaul Grundy, Head of Commissioning, Adult Social Care")
    doc.add_paragraph("Extension:\t4417")
    doc.add_paragraph("Background Papers: None")

    imp = doc.add_table(rows=0, cols=2)
    imp.style = "Table Grid"
    for label, value in IMPLICATIONS:
        cells = imp.add_row().cells
        cells[0].text = label
        cells[1].text = value
    doc.add_paragraph("")

    for kind, content in REPORT_BODY:
        if kind == "h":
            bold_para(content)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "table":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for i, (a, b) in enumerate(content):
                cells = tb.add_row().cells
                cells[0].text = a
                cells[1].text = b
                if i == 0:
                    for c in cells:
                        c.paragraphs[0].runs[0].bold = True
            doc.add_paragraph("")

    so = doc.add_table(rows=0, cols=2)
    for label, value in SIGN_OFF:
        cells = so.add_row().cells
        cells[0].text = label
        cells[1].text = value
    doc.add_paragraph("")
    bold_para("CORPORATE DIRECTOR\u2019S SIGNATURE (electronic)")
    doc.add_paragraph("To confirm that the Financial and Legal Implications have been "
                      "considered and the Executive Member has cleared the report.")
    doc.add_paragraph("Signed: H. Brierley")

    cp = doc.core_properties
    cp.author = "Adult Social Care Commissioning"
    cp.last_modified_by = "Adult Social Care Commissioning"
    cp.title = "Recommissioning of Home Care Services"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed entry dates so that the file is deterministic.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    cd = "Corporate Director of Adult Social Care"
    em = "Executive Member for Adult Social Care"
    hoc = "Head of Commissioning"
    questions = [
        q("38", "request",
          "requested that minute 31 be amended to record that she had asked",
          "Councillor Dalby", None, None, []),
        q("40", "question",
          "How many Mersebank residents have waited over twelve hours in the Emergency "
          "Department", "Mr. K. Ormerod",
          "1,946 patients from Mersebank had waited more than twelve hours from arrival",
          "Deputy Chief Operating Officer of Irwell University Hospitals NHS Foundation "
          "Trust", []),
        q("41", "question",
          "savings agreed for adult social care in 2024/25 had been delivered",
          "Councillor Bellingham",
          "million had been achieved and that the remainder, which related to the review",
          cd, ["finance", "adult-social-care"]),
        q("41", "concern",
          "the fee uplift would not cover the additional costs providers faced",
          "Councillor Pritchard",
          "the uplift had been set following a cost of care exercise with providers",
          cd, ["finance", "adult-social-care"]),
        q("41", "question",
          "asked whether any care homes in the borough had closed in the last twelve months",
          "Councillor Harland",
          "Beech Lodge in Ashby had closed in October 2024 following a decision",
          cd, ["adult-social-care"]),
        q("41", "comment",
          "many of the unpaid carers she spoke to in her ward had never been offered",
          "Councillor Dalby",
          "the new carers' strategy, which was being co-produced with Mersebank Carers Centre",
          "Executive Member", ["adult-social-care", "patient-and-public-input"]),
        q("42", "question",
          "how long, on average, Mersebank patients who were medically fit for discharge",
          "Councillor Fenwick",
          "the average was 6.2 days, compared to 8.9 days the previous winter",
          "Ms Whitworth", ["adult-social-care"]),
        q("42", "question",
          "asked how many patients had been cared for in corridors at Stretham General",
          "Councillor Wetherell",
          "the Trust did not have the figures broken down in that way",
          "Ms Whitworth", []),
        q("42", "question",
          "whether there were enough reablement and intermediate care places to meet demand",
          "Councillor Dr Chaudhry",
          "commissioned 14 additional intermediate care beds at Larkhill Lodge from November",
          cd, ["adult-social-care", "integration"]),
        q("42", "concern",
          "older patients were still being discharged from Stretham General late in the "
          "evening", "Councillor Lomax", None, None, ["adult-social-care"]),
        q("42", "question",
          "whether the additional funding that had paid for the winter schemes would continue",
          "The Chair",
          "expected most of the schemes to continue, but that NHS Greater Manchester",
          "Ms Pickup", ["finance", "integration"]),
        q("43", "question",
          "asked why patients at some practices in the north of the borough",
          "Councillor Harland",
          "all practices now had cloud-based telephone systems with call-back",
          "Dr Costigan", ["primary-care"]),
        q("43", "question",
          "residents who did not have a smartphone or access to the internet",
          "Councillor Dalby",
          "patients could still request appointments by phone or in person",
          "Dr Costigan", ["primary-care"]),
        q("43", "comment",
          "often unsure whether they were seeing a doctor, a nurse or a physician associate",
          "Councillor Bellingham",
          "all practices had been asked to display information on the different roles",
          "Dr Costigan", ["primary-care", "workforce"]),
        q("43", "question",
          "In response to a question from Councillor Fenwick about community pharmacy "
          "closures", "Councillor Fenwick",
          "two pharmacies in the borough had closed since April 2024, both in Oakmere",
          "Ms Pickup", ["primary-care"]),
        q("43", "comment",
          "the results of the GP Patient Survey were disappointing for a borough",
          "Councillor Pritchard", None, None, ["primary-care", "patient-and-public-input"]),
        q("44", "question",
          "had looked at bringing any of the home care service back in-house",
          "Councillor Wetherell",
          "an options appraisal had been carried out in 2024 which had considered",
          hoc, ["privatisation", "adult-social-care"]),
        q("44", "question",
          "how the views of people who received home care and their families had informed",
          "Councillor Pritchard",
          "412 people had responded to a survey in the summer",
          hoc, ["patient-and-public-input", "adult-social-care"]),
        q("44", "concern",
          "care workers were still not paid for the time they spent travelling",
          "Councillor Bellingham",
          "would require all providers to pay for travel time",
          em, ["workforce", "adult-social-care"]),
        q("44", "question",
          "what would happen to people currently supported by providers who were not "
          "successful", "Councillor Lomax",
          "offered the choice of moving to the new provider",
          hoc, ["subcontracting", "adult-social-care"]),
        q("44", "concern",
          "reducing the number of providers would leave the Council more exposed",
          "Members", None, None, ["subcontracting", "adult-social-care", "governance"]),
        q("45", "request",
          "requested that access to NHS dentistry be considered as a topic",
          "Councillor Dr Chaudhry", None, None, ["primary-care"]),
    ]
    resolutions = [
        r("38", "22 January 2025 be agreed as an accurate record and signed by the Chair",
          "agreed", []),
        r("41", "RESOLVED: That the update be noted", "noted", []),
        r("42", "the number of patients cared for in corridors at Stretham General Hospital",
          "agreed", []),
        r("43", "an update on access to general practice, including the results of the",
          "agreed", ["primary-care"]),
        r("44", "how continuity of care would be protected if a lead provider were to fail",
          "recommended", ["adult-social-care", "subcontracting"]),
        r("45", "The Committee agreed that NHS dentistry be included on the list of topics",
          "agreed", ["primary-care"]),
        r("45", "RESOLVED: That the work programme be noted", "noted", []),
    ]
    attendees = [
        {"name": "Councillor S. Okonjo", "role": "In the Chair", "attendance": "present"},
        {"name": "Councillor M. Pritchard", "role": "Vice-Chair", "attendance": "present"},
    ]
    for n in ["A. Bellingham", "Dr. R. Chaudhry", "Mrs. H. Dalby", "K. Fenwick",
              "J. Harland", "Mrs. P. Lomax", "T. Wetherell"]:
        attendees.append({"name": f"Councillor {n}", "role": None, "attendance": "present"})
    for name, role in IN_ATTENDANCE:
        attendees.append({"name": name, "role": role, "attendance": "in_attendance"})
    attendees.append({"name": "Councillor F. Nuttall", "role": None,
                      "attendance": "in_attendance"})
    attendees += [
        {"name": "Councillor B. Quayle", "role": None, "attendance": "apologies"},
        {"name": "Councillor N. Rimmer", "role": None, "attendance": "apologies"},
        {"name": "Gillian Haworth", "role": "Healthwatch Mersebank", "attendance": "apologies"},
    ]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health Scrutiny Committee",
        "meeting_date": "2025-03-12",
        "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
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


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold to {GOLD}")


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("ng-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING {dpath}")
            bad += 1
            continue
        text = norm(doc_text(dpath))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                print(f"FAIL {g['document']} {kind}: found {n}x, {words} words: {ph!r}")
                bad += 1
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
