#!/usr/bin/env python3
"""Build the "ln-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ln.py           build documents/ln-* and gold/ln-*.json
        build_ln.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "ln-cheslow-scrutiny-commission-2025-03-10.pdf"
REPORT = "ln-cheslow-cabinet-report-damp-mould-policy.docx"

COMMITTEE = "Scrutiny Commission"
DATE_LINE = "10TH MARCH 2025"
FOOTER_1 = "Scrutiny Commission - 10th March 2025"
FOOTER_2 = "Published - 14th March 2025"

# --------------------------------------------------------------------------------------
# The minutes, as blocks:
#   ("h", number, title)       minute heading
#   ("p", text)                paragraph (indented under the heading)
#   ("pt", label, text)        a discussion point with a hanging label "(i)"
#   ("b", text)                bold line ("RESOLVED", "Reasons")
#   ("n", label, text)         a numbered clause under RESOLVED / Reasons
#   ("gap",)                   extra space
# --------------------------------------------------------------------------------------

PRESENT = [
    "The Chair (Councillor Hartopp)",
    "The Vice-Chair (Councillor Nayar)",
    "Councillors Beddows, Croft, Fennimore, Gosling, Kaur, Lydgate,",
    "Pawley and Stannard",
    "",
    "Councillor Tilbury (Lead Member for Housing) (minute 62)",
    "Councillor Oduya (Lead Member for Community Safety and Wellbeing)",
    "(minutes 63 and 65)",
    "Councillor Marchant (Lead Member for Leisure and Open Spaces)",
    "(minute 64)",
    "Inspector S. Radwell (Soarshire Police) (minute 63)",
    "Mr D. Ferraby, Regional Contract Manager, Vantia Leisure (minute 64)",
    "Mrs J. Allsop, Head of Primary Care, Soar and Wreake Integrated Care",
    "Board (minute 65)",
    "",
    "Strategic Director of Community, Planning and Housing",
    "Head of Landlord Services",
    "Head of Leisure and Culture",
    "Head of Governance and Human Resources",
    "Community Safety Manager",
    "Democratic Services Officer (RW)",
]
APOLOGIES = ["Councillors Quibell and Summerfield"]

OPENING = (
    "The Chair stated that the meeting would be recorded and the sound recording "
    "subsequently made available via the Council\u2019s website. She also advised that, under "
    "the Openness of Local Government Bodies Regulations 2014, other people may film or "
    "record this meeting."
)

BLOCKS = [
    ("h", "58.", "MINUTES OF PREVIOUS MEETING"),
    ("p", "The minutes of the meeting held on 10th February 2025 were confirmed as a correct "
          "record and signed."),

    ("h", "59.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Kaur made a non-registrable declaration of interest in respect of item 9 "
          "on the agenda (Integrated Care Board \u2013 Access to General Practice in Cheslow) "
          "as she was employed as a receptionist at a GP practice in Hathersby. She remained "
          "in the meeting and took part in the discussion of that item."),

    ("h", "60.", "DECLARATIONS - THE PARTY WHIP"),
    ("p", "No declarations were made."),

    ("h", "61.", "QUESTIONS UNDER SCRUTINY COMMITTEE PROCEDURES 11.16"),
    ("p", "No questions had been submitted."),

    ("h", "62.", "PRE-DECISION SCRUTINY - DAMP AND MOULD POLICY"),
    ("p", "A report of the Head of Landlord Services, to be considered by Cabinet at its "
          "meeting on 13th March 2025, setting out a revised Damp and Mould Policy for the "
          "Council\u2019s housing stock to reflect the requirements of Awaab\u2019s Law, was "
          "submitted (item 6 on the agenda filed with these minutes)."),
    ("p", "The Lead Member for Housing and the Head of Landlord Services assisted with "
          "consideration of the report. The Lead Member stated that the Council owned and "
          "managed around 5,600 homes and that the revised policy set timescales for "
          "investigating and making safe reported hazards which were shorter than those "
          "expected to be set nationally, with emergency hazards to be made safe within 24 "
          "hours."),
    ("p", "Summary, key points of discussion:"),
    ("pt", "(i)", "A Member asked how many open damp and mould cases the Council currently had "
                  "and how that compared with the same point last year. The Head of Landlord "
                  "Services stated that there had been 212 open cases at the end of February "
                  "2025 compared with 341 a year earlier, and that 38 of the current cases had "
                  "been categorised as severe."),
    ("pt", "(ii)", "Concern was expressed that tenants were sometimes told that condensation "
                   "was caused by their own lifestyle, such as drying clothes indoors, and that "
                   "this discouraged people from reporting problems. The Lead Member stated "
                   "that the revised policy made clear that the Council would not attribute "
                   "damp or mould to a tenant\u2019s lifestyle and that all repairs staff had "
                   "received training on this in the autumn."),
    ("pt", "(iii)", "In response to a question about whether the Council had enough surveyors "
                    "to meet the new investigation timescales, the Head of Landlord Services "
                    "stated that two additional surveyor posts had been created, one of which "
                    "had been filled, and that an external contractor was being used in the "
                    "meantime to clear the backlog of inspections."),
    ("pt", "(iv)", "A Member queried the cost of implementing the policy and whether this "
                   "would be met from the Housing Revenue Account. It was confirmed that the "
                   "estimated additional cost was \u00a3480,000 in 2025/26, which had been "
                   "included in the Housing Revenue Account budget approved by Council in "
                   "February."),
    ("pt", "(v)", "A Member asked whether households placed in temporary accommodation by the "
                  "Council in properties it did not own would be covered by the policy. The "
                  "Strategic Director of Community, Planning and Housing stated that the "
                  "policy applied to the Council\u2019s own stock, but that temporary "
                  "accommodation was inspected before use and that she would provide Members "
                  "with details of how complaints of damp in those properties were dealt with."),
    ("pt", "(vi)", "A Member commented that the letters sent to tenants following an "
                   "inspection were difficult to understand and should be available in other "
                   "languages and in an easy read format."),
    ("pt", "(vii)", "In response to a question as to whether tenants had been consulted on the "
                    "revised policy, it was noted that the draft had been considered by the "
                    "Housing Management Advisory Board and the Tenants\u2019 Panel in January "
                    "2025, and that a survey of tenants who had reported damp or mould during "
                    "the last two years had received 187 responses, which were summarised at "
                    "Appendix B to the report."),
    ("pt", "(viii)", "A Member requested that performance against the new timescales be "
                     "included in the quarterly housing performance information considered by "
                     "the Finance and Performance Scrutiny Committee. The Head of Landlord "
                     "Services agreed that this would be included from the first quarter of "
                     "2025/26."),
    ("b", "RESOLVED"),
    ("n", "1.", "that Cabinet be advised that the Scrutiny Commission supports the "
                "recommendations set out in the report;"),
    ("n", "2.", "that Cabinet be recommended to ensure that letters sent to tenants following "
                "a damp and mould inspection are written in plain English and are made "
                "available in other languages and formats on request."),
    ("b", "Reasons"),
    ("n", "1.", "To inform Cabinet of the Commission\u2019s views on the proposals prior to a "
                "decision being taken."),
    ("n", "2.", "To ensure that tenants are able to understand the outcome of an inspection "
                "and the action the Council will take."),

    ("h", "63.", "COMMUNITY SAFETY PARTNERSHIP - ANNUAL SCRUTINY"),
    ("p", "In accordance with its role as the Council\u2019s crime and disorder committee, the "
          "Commission considered a report of the Head of Regulatory and Community Safety "
          "Services setting out the work and performance of the Cheslow Community Safety "
          "Partnership during 2024/25 (item 7 on the agenda filed with these minutes)."),
    ("p", "The Lead Member for Community Safety and Wellbeing, the Community Safety Manager "
          "and Inspector Radwell of Soarshire Police attended the meeting to assist with "
          "consideration of the item. Inspector Radwell reported that overall recorded crime "
          "in the Borough had fallen by 4% compared with the previous year, although "
          "shoplifting had risen by 23%, which reflected the national picture, and that the "
          "neighbourhood policing team for Cheslow town centre was now at its full "
          "establishment."),
    ("p", "Summary, key points of discussion:"),
    ("pt", "(i)", "A Member asked why shoplifting had increased so sharply in Cheslow town "
                  "centre and what was being done about it. Inspector Radwell stated that a "
                  "small number of prolific offenders, several of whom had drug and alcohol "
                  "dependencies, accounted for a large proportion of offences, and that the "
                  "Police were working with retailers through the Shopwatch scheme and with "
                  "treatment services to reduce reoffending."),
    ("pt", "(ii)", "Concern was expressed about anti-social behaviour involving young people "
                   "at the Mountsley recreation ground and the bus station, and that residents "
                   "did not feel their reports were acted upon. The Community Safety Manager "
                   "stated that a Dispersal Order had been used twice in January and that the "
                   "youth outreach service commissioned by the Partnership had been extended "
                   "to cover Friday evenings from April."),
    ("pt", "(iii)", "A Member asked whether the number of police community support officers "
                    "in the Borough would be maintained given the pressure on the Police "
                    "budget. Inspector Radwell stated that there were currently 14 PCSOs in "
                    "the Borough, that there were no plans to reduce that number in 2025/26, "
                    "and that decisions on future years were a matter for the Chief Constable "
                    "and the Police and Crime Commissioner."),
    ("pt", "(iv)", "In response to a question about domestic abuse, the Community Safety "
                   "Manager stated that referrals to the Partnership\u2019s domestic abuse "
                   "support service had risen by 17% and that the Council had used its "
                   "grant from the Ministry of Housing, Communities and Local Government to "
                   "fund two additional units of safe accommodation."),
    ("pt", "(v)", "A Member commented that the Partnership\u2019s strategic assessment should "
                  "say more about the links between crime and mental health, as officers "
                  "dealing with people in crisis were spending long periods waiting at "
                  "hospital. Inspector Radwell stated that the Right Care, Right Person "
                  "approach had been introduced in Soarshire in 2024 and that this had "
                  "reduced the time officers spent on mental health calls."),
    ("pt", "(vi)", "A Member asked what the Partnership was doing to tackle spiking in the "
                   "night-time economy. It was noted that licensed premises in Cheslow had "
                   "been offered testing kits and that door staff and bar staff had been "
                   "offered awareness sessions through the Council\u2019s Licensing team."),
    ("p", "RESOLVED that the annual report of the Community Safety Partnership be noted."),
    ("b", "Reason"),
    ("p", "To acknowledge that the Commission has carried out its annual scrutiny of the "
          "Community Safety Partnership in accordance with the Police and Justice Act 2006."),

    ("h", "64.", "LEISURE CENTRES CONTRACT - ANNUAL PERFORMANCE REVIEW"),
    ("p", "A report of the Head of Leisure and Culture setting out the performance of Vantia "
          "Leisure in delivering the Council\u2019s leisure management contract during the "
          "third year of the contract was submitted (item 8 on the agenda filed with these "
          "minutes). The Lead Member for Leisure and Open Spaces, the Head of Leisure and "
          "Culture and Mr Ferraby (Regional Contract Manager, Vantia Leisure) attended the "
          "meeting to assist with consideration of the item."),
    ("p", "Summary, key points of discussion:"),
    ("pt", "(i)", "A Member queried the management fee paid by the operator and whether the "
                  "Council was receiving value for money from the contract. The Head of "
                  "Leisure and Culture stated that the Council now received a management fee "
                  "of \u00a3310,000 a year from the operator, rather than paying a subsidy as it "
                  "had under the previous in-house arrangement, and that a benchmarking "
                  "exercise had shown that the contract compared well with those of similar "
                  "authorities."),
    ("pt", "(ii)", "Concern was expressed about the number of complaints regarding the "
                   "condition of the changing rooms at Cheslow Leisure Centre and the length "
                   "of time taken to repair the pool hoist at Hathersby Leisure Centre. Mr "
                   "Ferraby apologised for the delay with the hoist, which had been due to the "
                   "availability of parts, and stated that the refurbishment of the changing "
                   "rooms would begin in May and be completed before the summer holidays."),
    ("pt", "(iii)", "A Member asked whether the staff who had transferred to the operator in "
                    "2022 had kept their terms and conditions, and whether the operator paid "
                    "the real Living Wage. Mr Ferraby stated that staff who transferred under "
                    "TUPE had retained their pension arrangements and that all staff aged 18 "
                    "and over were paid at least the real Living Wage."),
    ("pt", "(iv)", "In response to a question about the GP exercise referral scheme, it was "
                   "noted that 412 people had been referred to the scheme during the year, of "
                   "whom 61% had completed the twelve-week programme, and that the scheme was "
                   "funded jointly with the Integrated Care Board."),
    ("pt", "(v)", "A Member commented that the concessionary membership scheme was not well "
                  "publicised and that many residents on low incomes in the north of the "
                  "Borough were not aware of it."),
    ("pt", "(vi)", "A Member asked whether the results of the operator\u2019s customer "
                   "satisfaction survey would be shared with Members. Mr Ferraby confirmed "
                   "that the results of the survey carried out in November 2024 would be "
                   "circulated to the Commission."),
    ("b", "RESOLVED"),
    ("n", "1.", "that the report be noted;"),
    ("n", "2.", "that the Head of Leisure and Culture be requested to submit a report to a "
                "future meeting of the Commission on the take up of the concessionary "
                "membership scheme, including how it is promoted to residents."),
    ("b", "Reasons"),
    ("n", "1.", "To acknowledge the performance of the leisure management contract."),
    ("n", "2.", "To enable the Commission to consider whether the scheme is reaching those "
                "residents who would most benefit from it."),

    ("h", "65.", "INTEGRATED CARE BOARD - ACCESS TO GENERAL PRACTICE IN CHESLOW"),
    ("p", "The Commission received a presentation from Mrs Allsop, Head of Primary Care, Soar "
          "and Wreake Integrated Care Board (ICB), on access to GP services in the Borough, "
          "including the effect of new housing development on practices (a copy of the "
          "presentation is filed with these minutes). The Lead Member for Community Safety "
          "and Wellbeing also attended for this item."),
    ("p", "Mrs Allsop informed the Commission that the eleven practices in the Borough had "
          "provided 4% more appointments in 2024 than in 2023, that 46% of appointments took "
          "place on the day they were booked and that the number of patients registered with "
          "practices in the Borough had grown by more than 6,000 in two years."),
    ("p", "Summary, key points of discussion:"),
    ("pt", "(i)", "Members expressed concern that patients at some practices were still being "
                  "told to telephone at 8am and were then unable to get through. Mrs Allsop "
                  "stated that all practices in the Borough had now moved to cloud-based "
                  "telephony, which allowed patients to request a call back, and that the ICB "
                  "was working with the three practices with the lowest patient satisfaction "
                  "scores."),
    ("pt", "(ii)", "A Member asked how the ICB secured contributions from housing developers "
                   "towards GP premises, as the Quenby Fields development of 1,800 homes had "
                   "no new surgery. Mrs Allsop stated that the ICB submitted requests for "
                   "Section 106 contributions on larger planning applications, and that "
                   "\u00a31.2m had been secured towards the extension of Quenby Road Surgery, "
                   "which was expected to be completed in 2026."),
    ("pt", "(iii)", "A Member queried whether the additional roles such as clinical "
                    "pharmacists and paramedics were taking pressure away from GPs, and "
                    "whether these roles were explained to patients. Mrs Allsop stated that "
                    "58 staff in additional roles were working across the three primary care "
                    "networks in Cheslow, and that a public campaign explaining the roles "
                    "would run in the spring."),
    ("pt", "(iv)", "Concern was expressed that two practices in the Borough had closed their "
                   "lists to new patients during 2023. Mrs Allsop stated that one of the "
                   "practices had reopened its list in February and that the ICB expected "
                   "the other to do so by the summer, once a new partner was in post."),
    ("pt", "(v)", "A Member asked about access to NHS dentistry, as residents were having to "
                  "travel to Soarton for an appointment. Mrs Allsop stated that the ICB had "
                  "commissioned additional urgent dental appointments from four practices in "
                  "the Borough, but that the national dental contract was a matter for the "
                  "Government."),
    ("p", "RESOLVED that the presentation be noted and that the Integrated Care Board be "
          "invited to provide a further update to the Commission in twelve months\u2019 time."),
    ("b", "Reason"),
    ("p", "To enable the Commission to continue to monitor access to primary care services "
          "for residents of the Borough."),

    ("h", "66.", "SCRUTINY PANEL - TEMPORARY ACCOMMODATION - FINAL REPORT"),
    ("p", "Councillor Lydgate, Chair of the Temporary Accommodation Scrutiny Panel, presented "
          "the final report of the Panel (item 10 on the agenda filed with these minutes). "
          "The Panel had met on six occasions between September 2024 and January 2025 and "
          "had made eight recommendations. Councillor Lydgate thanked the officers who had "
          "supported the Panel and the residents in temporary accommodation who had spoken to "
          "Members about their experiences. The Strategic Director of Community, Planning and "
          "Housing was present for this item."),
    ("p", "Summary, key points of discussion:"),
    ("pt", "(i)", "A Member asked whether the Panel had considered the use of bed and "
                  "breakfast accommodation outside the Borough. Councillor Lydgate stated that "
                  "the Panel had been concerned to find that nine households with children had "
                  "been placed in bed and breakfast accommodation in Soarton for more than six "
                  "weeks during 2024, and that recommendation 3 addressed this."),
    ("pt", "(ii)", "A Member asked about the cost to the Council of providing temporary "
                   "accommodation. The Strategic Director stated that net expenditure had "
                   "risen from \u00a30.9m in 2022/23 to a forecast \u00a32.3m in 2024/25, largely "
                   "because of the cost of nightly paid accommodation."),
    ("pt", "(iii)", "A Member commented that recommendation 6, on purchasing properties for "
                    "use as temporary accommodation, should be fully costed before it was "
                    "considered by Cabinet. Councillor Lydgate stated that the Panel had asked "
                    "that the Cabinet report include a business case for the purchases."),
    ("b", "RESOLVED"),
    ("n", "1.", "that the final report of the Temporary Accommodation Scrutiny Panel be "
                "endorsed;"),
    ("n", "2.", "that the recommendations of the Panel be submitted to Cabinet for "
                "consideration and response."),
    ("b", "Reasons"),
    ("n", "1.", "To acknowledge the work of the Panel."),
    ("n", "2.", "To enable Cabinet to consider and respond to the Panel\u2019s recommendations."),

    ("h", "67.", "CABINET FORWARD PLAN"),
    ("p", "The Commission considered the Cabinet Forward Plan for the period March to June "
          "2025 (item 11 on the agenda filed with these minutes)."),
    ("p", "A Member asked when the Cheslow Town Centre Masterplan would now be considered by "
          "Cabinet, and was informed that it had been moved to the Cabinet meeting on 12th "
          "June 2025 so that the results of the public consultation could be reported."),
    ("p", "The Commission noted the Forward Plan."),

    ("h", "68.", "SCRUTINY COMMISSION WORK PROGRAMME"),
    ("p", "A report of the Head of Governance and Human Resources setting out the work "
          "programme of the Scrutiny Commission, together with the work programmes of the "
          "Finance and Performance Scrutiny Committee and the scrutiny panels, was submitted "
          "(item 12 on the agenda filed with these minutes)."),
    ("p", "A Member requested that the Commission be given the opportunity to consider the "
          "Council\u2019s proposals for local government reorganisation in Soarshire before "
          "they were submitted to the Government. The Head of Governance and Human Resources "
          "stated that the Government had asked for final proposals by 28th November 2025 "
          "and that an item could be scheduled for the Commission\u2019s meeting in "
          "September."),
    ("b", "RESOLVED"),
    ("n", "1.", "that the work programme be noted;"),
    ("n", "2.", "that pre-decision scrutiny of the Council\u2019s proposals for local government "
                "reorganisation be added to the work programme for the meeting on 8th "
                "September 2025."),
    ("b", "Reasons"),
    ("n", "1.", "To ensure that the information in the work programme is up to date."),
    ("n", "2.", "To enable the Commission to scrutinise the proposals before they are "
                "submitted to the Government."),
]

NOTES = [
    ("1.", "No reference may be made to these minutes at the Council meeting on 28th April "
           "2025 unless notice to that effect is given to the Democratic Services Manager by "
           "five members of the Council by noon on 21st March 2025."),
    ("2.", "These minutes are subject to confirmation as a correct record at the next "
           "meeting of the Scrutiny Commission."),
]


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Body", "", 10)
                self.set_y(10)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(22)

        def footer(self):
            self.set_y(-18)
            self.set_font("Body", "", 8)
            self.cell(0, 4, FOOTER_1, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, FOOTER_2)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Scrutiny Commission - 10th March 2025 - Minutes")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Body", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Body", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    lh = 5.2
    indent = 52          # names beside PRESENT: / APOLOGIES:
    width = pdf.w - pdf.r_margin

    pdf.set_font("Body", "B", 12)
    pdf.cell(0, 6, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, DATE_LINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def labelled(label, lines):
        pdf.set_font("Body", "B", 10.5)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent - pdf.l_margin, lh, label)
        pdf.set_font("Body", "", 10.5)
        pdf.set_y(y)
        for line in lines:
            pdf.set_x(indent)
            if line:
                pdf.cell(width - indent, lh, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(lh * 0.8)

    labelled("PRESENT:", PRESENT)
    pdf.ln(3)
    labelled("APOLOGIES:", APOLOGIES)
    pdf.ln(5)

    pdf.set_font("Body", "", 10.5)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(width - pdf.l_margin, lh, OPENING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    num_x = pdf.l_margin
    head_x = pdf.l_margin + 13   # body text under minute headings
    for block in BLOCKS:
        kind = block[0]
        if kind == "h":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Body", "B", 10.5)
            y = pdf.get_y()
            pdf.set_x(num_x)
            pdf.cell(head_x - num_x, lh, block[1])
            pdf.set_xy(head_x, y)
            pdf.multi_cell(width - head_x, lh, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_font("Body", "", 10.5)
            pdf.set_x(head_x)
            pdf.multi_cell(width - head_x, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Body", "B", 10.5)
            pdf.set_x(head_x)
            pdf.cell(width - head_x, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("pt", "n"):
            gap = 11 if kind == "pt" else 8
            pdf.set_font("Body", "", 10.5)
            if pdf.get_y() > pdf.h - 24 - lh:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_x(head_x)
            pdf.cell(gap, lh, block[1])
            pdf.set_xy(head_x + gap, y)
            pdf.multi_cell(width - head_x - gap, lh, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5 if kind == "pt" else 1.5)

    pdf.ln(8)
    pdf.set_font("Body", "B", 10)
    pdf.set_x(pdf.l_margin)
    pdf.cell(0, lh, "NOTES:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 10)
    for label, text in NOTES:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(8, lh, label)
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(width - pdf.l_margin - 8, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The report that is not minutes (Word)
# --------------------------------------------------------------------------------------

REPORT_RISKS = [
    ("Risk Identified", "Likelihood", "Impact", "Overall Risk", "Risk Management Actions Planned"),
    ("The Council fails to meet the timescales required by Awaab\u2019s Law, leading to "
     "claims for compensation and action by the Regulator of Social Housing",
     "Unlikely (2)", "Serious (3)", "Moderate (6)",
     "Additional surveyor capacity; weekly monitoring of open cases by the Head of "
     "Landlord Services; performance reported quarterly"),
    ("Contractor capacity is not sufficient to complete remedial works within the "
     "required timescales", "Possible (3)", "Serious (3)", "Moderate (9)",
     "Use of the responsive repairs framework; a second contractor appointed for mould "
     "washes and treatment"),
    ("Tenants do not report damp and mould because they expect to be blamed for it",
     "Possible (3)", "Serious (3)", "Moderate (9)",
     "Policy states that lifestyle will not be given as a reason; staff training; tenant "
     "communications campaign in autumn 2025"),
]

REPORT_FAQ = [
    ("Will I be blamed for the damp in my home?",
     "No. The policy says we will not put damp or mould down to how you live in your home. "
     "We will look for the cause and put it right."),
    ("How quickly will someone come out?",
     "If there is a significant hazard we will investigate within 10 working days. If there "
     "is an emergency hazard we will make your home safe within 24 hours."),
    ("Can I be moved while the work is done?",
     "Yes. If your home cannot be made safe in time we will offer you somewhere suitable to "
     "stay, at no cost to you, until the work is finished."),
    ("Who do I contact if I am not happy?",
     "You can make a complaint through our complaints procedure or contact the Housing "
     "Ombudsman. Details are on every inspection letter."),
]


def build_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Mm

    d = docx.Document()
    for s in d.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(22)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text="", bold=False, align=None, size=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    def numbered(label, text):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Mm(10)
        p.paragraph_format.first_line_indent = Mm(-10)
        p.add_run(label + "\t" + text)
        return p

    para("CABINET \u2013 13TH MARCH 2025", bold=True)
    para("Report of the Head of Landlord Services", bold=True)
    para("Lead Member: Councillor Tilbury", bold=True)
    para("Part A", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("ITEM 8\tDAMP AND MOULD POLICY", bold=True)

    para("Purpose of Report", bold=True)
    para("To seek approval of a revised Damp and Mould Policy for the Council\u2019s housing "
         "stock which reflects the requirements of Awaab\u2019s Law, which will apply to "
         "social landlords from 27th October 2025, and the findings of the Regulator of "
         "Social Housing following its inspection of the Council as a landlord in 2024.")

    para("Recommendations", bold=True)
    numbered("1.", "That the Damp and Mould Policy at Appendix A to this report be approved.")
    numbered("2.", "That delegated authority be given to the Head of Landlord Services, in "
                   "consultation with the Lead Member for Housing, to make minor amendments "
                   "to the Policy to reflect any further guidance issued by the Government.")
    para("Reasons", bold=True)
    numbered("1.", "To ensure that the Council has a policy in place which meets its "
                   "statutory duties as a landlord and protects the health of its tenants.")
    numbered("2.", "To allow the Policy to be kept up to date without further reports to "
                   "Cabinet where changes are minor or technical.")

    para("Policy Justification and Previous Decisions", bold=True)
    para("The Council adopted its first Damp and Mould Policy in June 2023 following the "
         "Housing Ombudsman\u2019s spotlight report on damp and mould and the letter from "
         "the Secretary of State to all social landlords. The Social Housing (Regulation) Act 2023 introduced new "
         "requirements, known as Awaab\u2019s Law, which require landlords to investigate "
         "and remedy hazards within set timescales. The revised Policy goes further than the "
         "national requirements in two respects: emergency hazards will be made safe within "
         "24 hours in every case, and the Council will not attribute damp or mould to a "
         "tenant\u2019s lifestyle.")
    para("The draft Policy was considered by the Housing Management Advisory Board on 21st "
         "January 2025 and by the Tenants\u2019 Panel on 28th January 2025. A survey of "
         "tenants who had reported damp or mould in the last two years received 187 "
         "responses; a summary of the questions tenants asked and the Council\u2019s "
         "responses is at Appendix B.")

    para("Implementation Timetable including Future Decisions and Scrutiny", bold=True)
    para("This report will be considered by the Scrutiny Commission on 10th March 2025 as "
         "part of its pre-decision scrutiny of Cabinet reports. Any comments of the "
         "Commission will be reported to Cabinet at its meeting. If approved, the Policy "
         "will come into effect on 1st April 2025 and will be reviewed in April 2026.")

    para("Report Implications", bold=True)
    para("The following implications have been identified for this report.")
    para("Financial Implications", bold=True)
    para("The estimated additional cost of implementing the Policy is \u00a3480,000 in "
         "2025/26, which has been included in the Housing Revenue Account budget for "
         "2025/26 approved by Council on 24th February 2025. This includes two additional "
         "surveyor posts and the use of external contractors to reduce the backlog of "
         "inspections.")
    para("Risk Management", bold=True)
    para("The risks associated with the decision Cabinet is asked to make and proposed "
         "actions to mitigate those risks are set out in the table below.")
    t = d.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(REPORT_RISKS):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    para("")
    para("Equality and Diversity", bold=True)
    para("An equality impact assessment has been completed. Older tenants, disabled tenants "
         "and households with young children are more likely to be affected by damp and "
         "mould, and the Policy prioritises inspections where a vulnerable person lives in "
         "the home.")
    para("Crime and Disorder", bold=True)
    para("None.")
    para("Climate Change and Carbon Impact", bold=True)
    para("Improvements to ventilation and insulation carried out under the Policy will "
         "contribute to the energy efficiency of the housing stock.")
    para("Key Decision:\tYes", bold=True)
    para("Background Papers:\tNone", bold=True)
    para("Officer to contact:", bold=True)
    para("Carol Ashdown\nHead of Landlord Services\nTelephone: 01632 960418\n"
         "carol.ashdown@cheslow.gov.uk")

    d.add_page_break()
    para("Appendix B", bold=True)
    para("Damp and mould survey 2025 \u2013 what tenants asked us and our response", bold=True)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "What tenants asked"
    t.rows[0].cells[1].text = "Our response"
    for q, a in REPORT_FAQ:
        cells = t.add_row().cells
        cells[0].text = q
        cells[1].text = a

    cp = d.core_properties
    fixed = FIXED.replace(tzinfo=None)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Landlord Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Cabinet 13 March 2025 - Damp and Mould Policy"
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps the zip entries with the current time: rewrite them with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, answer, given_by=None, themes=(), asked_by=None):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Scrutiny Commission",
    "meeting_date": "2025-03-10",
    "items": [
        {"number": "58", "title": "MINUTES OF PREVIOUS MEETING"},
        {"number": "59", "title": "DECLARATIONS OF INTEREST"},
        {"number": "60", "title": "DECLARATIONS - THE PARTY WHIP"},
        {"number": "61", "title": "QUESTIONS UNDER SCRUTINY COMMITTEE PROCEDURES 11.16"},
        {"number": "62", "title": "PRE-DECISION SCRUTINY - DAMP AND MOULD POLICY"},
        {"number": "63", "title": "COMMUNITY SAFETY PARTNERSHIP - ANNUAL SCRUTINY"},
        {"number": "64", "title": "LEISURE CENTRES CONTRACT - ANNUAL PERFORMANCE REVIEW"},
        {"number": "65", "title": "INTEGRATED CARE BOARD - ACCESS TO GENERAL PRACTICE IN CHESLOW"},
        {"number": "66", "title": "SCRUTINY PANEL - TEMPORARY ACCOMMODATION - FINAL REPORT"},
        {"number": "67", "title": "CABINET FORWARD PLAN"},
        {"number": "68", "title": "SCRUTINY COMMISSION WORK PROGRAMME"},
    ],
    "questions": [
        # 62 Damp and mould
        q("62", "question",
          "asked how many open damp and mould cases the Council currently had",
          "there had been 212 open cases at the end of February 2025",
          "Head of Landlord Services", ["housing"]),
        q("62", "concern",
          "tenants were sometimes told that condensation was caused by their own lifestyle",
          "the Council would not attribute damp or mould to a tenant's lifestyle",
          "Lead Member", ["housing"]),
        q("62", "question",
          "whether the Council had enough surveyors to meet the new investigation timescales",
          "two additional surveyor posts had been created, one of which had been filled",
          "Head of Landlord Services", ["housing", "workforce", "subcontracting"]),
        q("62", "question",
          "queried the cost of implementing the policy and whether this would be met",
          "the estimated additional cost was £480,000 in 2025/26",
          None, ["housing", "finance"]),
        q("62", "question",
          "whether households placed in temporary accommodation by the Council in properties",
          "temporary accommodation was inspected before use",
          "Strategic Director of Community, Planning and Housing", ["housing"]),
        q("62", "comment",
          "letters sent to tenants following an inspection were difficult to understand",
          None, None, ["housing"]),
        q("62", "question",
          "whether tenants had been consulted on the revised policy",
          "considered by the Housing Management Advisory Board and the Tenants' Panel",
          None, ["housing", "patient-and-public-input"]),
        q("62", "request",
          "performance against the new timescales be included in the quarterly housing performance information",
          "this would be included from the first quarter of 2025/26",
          "Head of Landlord Services", ["housing", "governance"]),
        # 63 Community safety
        q("63", "question",
          "asked why shoplifting had increased so sharply in Cheslow town centre",
          "the Police were working with retailers through the Shopwatch scheme",
          "Inspector Radwell", ["public-health"]),
        q("63", "concern",
          "anti-social behaviour involving young people at the Mountsley recreation ground",
          "a Dispersal Order had been used twice in January",
          "Community Safety Manager", ["children-and-families"]),
        q("63", "question",
          "whether the number of police community support officers in the Borough would be maintained",
          "there were currently 14 PCSOs in the Borough",
          "Inspector Radwell", ["workforce", "finance"]),
        q("63", "question",
          "In response to a question about domestic abuse",
          "referrals to the Partnership's domestic abuse support service had risen by 17%",
          "Community Safety Manager", ["housing", "finance"]),
        q("63", "comment",
          "strategic assessment should say more about the links between crime and mental health",
          "the Right Care, Right Person approach had been introduced in Soarshire in 2024",
          "Inspector Radwell", ["mental-health"]),
        q("63", "question",
          "what the Partnership was doing to tackle spiking in the night-time economy",
          "licensed premises in Cheslow had been offered testing kits",
          None, []),
        # 64 Leisure contract
        q("64", "question",
          "queried the management fee paid by the operator and whether the Council",
          "the Council now received a management fee of £310,000 a year from the operator",
          "Head of Leisure and Culture", ["finance", "subcontracting", "privatisation"]),
        q("64", "concern",
          "complaints regarding the condition of the changing rooms at Cheslow Leisure Centre",
          "Ferraby apologised for the delay with the hoist",
          "Mr Ferraby", []),
        q("64", "question",
          "whether the staff who had transferred to the operator in 2022 had kept their terms",
          "staff who transferred under TUPE had retained their pension arrangements",
          "Mr Ferraby", ["workforce", "privatisation"]),
        q("64", "question",
          "In response to a question about the GP exercise referral scheme",
          "412 people had been referred to the scheme during the year",
          None, ["public-health", "primary-care"]),
        q("64", "comment",
          "the concessionary membership scheme was not well publicised",
          None, None, []),
        q("64", "question",
          "whether the results of the operator's customer satisfaction survey would be shared",
          "the results of the survey carried out in November 2024 would be circulated",
          "Mr Ferraby", ["patient-and-public-input"]),
        # 65 ICB GP access
        q("65", "concern",
          "patients at some practices were still being told to telephone at 8am",
          "all practices in the Borough had now moved to cloud-based telephony",
          "Mrs Allsop", ["primary-care"]),
        q("65", "question",
          "asked how the ICB secured contributions from housing developers towards GP premises",
          "£1.2m had been secured towards the extension of Quenby Road Surgery",
          "Mrs Allsop", ["primary-care", "finance", "housing"]),
        q("65", "question",
          "whether the additional roles such as clinical pharmacists and paramedics were taking pressure",
          "58 staff in additional roles were working across the three primary care networks",
          "Mrs Allsop", ["primary-care", "workforce"]),
        q("65", "concern",
          "two practices in the Borough had closed their lists to new patients",
          "one of the practices had reopened its list in February",
          "Mrs Allsop", ["primary-care"]),
        q("65", "question",
          "asked about access to NHS dentistry, as residents were having to travel",
          "commissioned additional urgent dental appointments from four practices in the Borough",
          "Mrs Allsop", ["primary-care", "subcontracting"]),
        # 66 Temporary accommodation panel
        q("66", "question",
          "whether the Panel had considered the use of bed and breakfast accommodation outside",
          "nine households with children had been placed in bed and breakfast accommodation",
          "Councillor Lydgate", ["housing", "children-and-families"]),
        q("66", "question",
          "asked about the cost to the Council of providing temporary accommodation",
          "net expenditure had risen from £0.9m in 2022/23 to a forecast £2.3m",
          "Strategic Director", ["housing", "finance"]),
        q("66", "comment",
          "recommendation 6, on purchasing properties for use as temporary accommodation",
          "the Panel had asked that the Cabinet report include a business case",
          "Councillor Lydgate", ["housing", "finance"]),
        # 67 Forward plan
        q("67", "question",
          "asked when the Cheslow Town Centre Masterplan would now be considered by Cabinet",
          "it had been moved to the Cabinet meeting on 12th June 2025",
          None, []),
        # 68 Work programme
        q("68", "request",
          "consider the Council's proposals for local government reorganisation in Soarshire",
          "the Government had asked for final proposals by 28th November 2025",
          "Head of Governance and Human Resources", ["governance"]),
    ],
    "resolutions": [
        r("58", "minutes of the meeting held on 10th February 2025 were confirmed as a correct record",
          "agreed"),
        r("62", "Cabinet be recommended to ensure that letters sent to tenants following",
          "recommended", ["housing"]),
        r("63", "the annual report of the Community Safety Partnership be noted", "noted"),
        r("64", "be requested to submit a report to a future meeting of the Commission",
          "agreed", []),
        r("65", "the Integrated Care Board be invited to provide a further update",
          "agreed", ["primary-care"]),
        r("66", "the recommendations of the Panel be submitted to Cabinet for consideration",
          "recommended", ["housing"]),
        r("67", "The Commission noted the Forward Plan", "noted"),
        r("68", "pre-decision scrutiny of the Council's proposals for local government reorganisation",
          "agreed", ["governance"]),
    ],
    "attendees": [
        a("Councillor Hartopp", "Chair", "present"),
        a("Councillor Nayar", "Vice-Chair", "present"),
        a("Councillor Beddows", None, "present"),
        a("Councillor Croft", None, "present"),
        a("Councillor Fennimore", None, "present"),
        a("Councillor Gosling", None, "present"),
        a("Councillor Kaur", None, "present"),
        a("Councillor Lydgate", None, "present"),
        a("Councillor Pawley", None, "present"),
        a("Councillor Stannard", None, "present"),
        a("Councillor Tilbury", "Lead Member for Housing", "in_attendance"),
        a("Councillor Oduya", "Lead Member for Community Safety and Wellbeing", "in_attendance"),
        a("Councillor Marchant", "Lead Member for Leisure and Open Spaces", "in_attendance"),
        a("Inspector S. Radwell", "Soarshire Police", "in_attendance"),
        a("Mr D. Ferraby", "Regional Contract Manager, Vantia Leisure", "in_attendance"),
        a("Mrs J. Allsop", "Head of Primary Care, Soar and Wreake Integrated Care Board",
          "in_attendance"),
        a("Strategic Director of Community, Planning and Housing", None, "in_attendance"),
        a("Head of Landlord Services", None, "in_attendance"),
        a("Head of Leisure and Culture", None, "in_attendance"),
        a("Head of Governance and Human Resources", None, "in_attendance"),
        a("Community Safety Manager", None, "in_attendance"),
        a("Democratic Services Officer (RW)", None, "in_attendance"),
        a("Councillor Quibell", None, "apologies"),
        a("Councillor Summerfield", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ln-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {g['document']} {kind}: {n} occurrences, {words} words: {ph!r}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    import pdfplumber
    with pdfplumber.open(str(DOCS / MINUTES)) as pdf:
        print(f"{MINUTES}: {len(pdf.pages)} pages")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_pdf(DOCS / MINUTES)
    build_docx(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES, REPORT)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
