#!/usr/bin/env python3
"""Build the "kh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kh.py           build documents/kh-* and gold/kh-*.json
        build_kh.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 2, 3, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "kh-cragbrook-health-scrutiny-2025-01-28.pdf"
REPORT = "kh-cragbrook-hsc-report-primary-care-access-2025-01-28.docx"

COMMITTEE = "Health Scrutiny Committee"
DATE_TEXT = "28 January 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Minutes of:", ["Health Scrutiny Committee"]),
    ("Date of Meeting:", [DATE_TEXT]),
    ("Present:", [
        "Councillor M Whitworth (in the Chair)",
        "Councillors S Akhtar, D Barlow, K Cropper, J Haworth, L Maguire, "
        "T Nuttall and R Pilkington",
    ]),
    ("Also in attendance:", [
        "Councillor C Ramsden – Cabinet Member for Health and Wellbeing",
        "Lorraine Whitehead – Executive Director (Health and Adult Care)",
        "Dr Imran Qureshi – Director of Public Health",
        "Kieran Moss – Director of Adult Social Services and Community Commissioning",
        "Gareth Lomax – Chief Officer, Cragbrook Care Organisation (Moorgate Care "
        "Alliance NHS Foundation Trust)",
        "Dr Helen Ashworth – Clinical Director, NHS Pennant Vale ICB (Cragbrook)",
        "Rachel Kenyon – Associate Director of Primary Care, NHS Pennant Vale ICB "
        "(Cragbrook)",
        "Sian Doherty – Managing Director, Kindred Care and Support",
        "Nadia Farrell – Service Manager, Cragbrook CAMHS",
        "Julie Hargreaves – Democratic Services",
    ]),
    ("Public Attendance:", ["Three members of the public were present at the meeting."]),
    ("Apologies for Absence:", ["Councillor B Entwistle and Councillor F Okafor"]),
]

INTRO_POINTS = ("Members were given the opportunity to ask questions and make comments "
                "and the following points were raised:")

# Blocks: ("item", number, title) ("p", text) ("b", text) bullet ("n", label, text)
# numbered clause ("quote", text) ("label", text) bold line
BODY = [
    ("item", "HSC.19", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence are noted above."),

    ("item", "HSC.20", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Maguire declared a personal interest in respect of HSC.25 (Primary "
          "Care Access), as she is employed as a practice manager at a GP practice in the "
          "Borough."),
    ("p", "Councillor Haworth declared a personal interest in respect of HSC.26 (Kindred "
          "Care and Support – Review of In-House Provision), as a member of her family is "
          "employed by the company."),

    ("item", "HSC.21", "MINUTES OF THE LAST MEETING"),
    ("label", "It was agreed:"),
    ("p", "That the minutes of the meeting held on 26 November 2024 be approved as a "
          "correct record and signed by the Chair."),

    ("item", "HSC.22", "PUBLIC QUESTION TIME"),
    ("p", "Questions were invited from members of the public present at the meeting on "
          "any matter for which the Committee is responsible."),
    ("p", "The following question had been submitted in advance of the meeting by Mrs "
          "Dorothy Fenton:"),
    ("quote", "“Patients at Highfield Moor Health Centre have been told that the Thursday "
              "phlebotomy clinic will stop in March. Why were patients not consulted, and "
              "where are people without a car expected to go for a blood test?”"),
    ("p", "Gareth Lomax, Chief Officer, Cragbrook Care Organisation, responded that no "
          "final decision had yet been made about the clinic. The change had been proposed "
          "because the number of appointments booked at Highfield Moor had fallen to around "
          "15 a week, while the phlebotomy hub at Cragbrook Town Health Centre was open six "
          "days a week and could be reached on the 471 and 474 bus routes. He apologised "
          "that patients had learned of the proposal before any engagement had taken place "
          "and confirmed that the Care Organisation would hold a drop-in session at the "
          "health centre and would seek the views of the Patient Participation Group before "
          "any change was made."),
    ("p", "Mr Stephen Royle asked a supplementary question about whether housebound "
          "patients would still be offered blood tests at home. In response, it was "
          "confirmed that the domiciliary phlebotomy service was not affected by the "
          "proposal and would continue for all patients who met the criteria."),

    ("item", "HSC.23", "MEMBER QUESTION TIME"),
    ("p", "Questions were invited from Members present at the meeting on any matter for "
          "which the Committee is responsible."),
    ("p", "Councillor Pilkington asked how many residents were currently waiting for an "
          "adaptation funded by a Disabled Facilities Grant and what the average waiting "
          "time was. Councillor Ramsden, Cabinet Member for Health and Wellbeing, reported "
          "that there were 212 residents on the waiting list and that the average time from "
          "occupational therapy assessment to completion of the works was 31 weeks. "
          "Additional funding of £400,000 had been allocated from the Better Care Fund in "
          "2024/25 and a second contractor had been appointed to reduce the backlog. A "
          "further breakdown by type of adaptation would be circulated to Members."),

    ("item", "HSC.24", "URGENT AND EMERGENCY CARE – WINTER UPDATE"),
    ("p", "Gareth Lomax, Chief Officer, Cragbrook Care Organisation, attended the meeting "
          "and gave a presentation on the performance of urgent and emergency care services "
          "over the winter period. A copy of the presentation had been circulated with the "
          "agenda."),
    ("p", "The presentation highlighted that attendances at the Emergency Department at "
          "Cragbrook General Hospital in December 2024 had been 9% higher than in December "
          "2023, with the highest number of attendances on a single day (312) recorded on 30 "
          "December. Performance against the four-hour standard had been 68.4% in December "
          "against a national target of 78% by March 2025. Flu admissions had peaked earlier "
          "than in previous years and there had been a number of outbreaks of norovirus on "
          "the wards, which had led to the closure of beds. The Urgent Treatment Centre had "
          "seen 4,120 patients in December and the Care Organisation had opened 24 "
          "additional escalation beds at the start of December, staffed largely through its "
          "own bank."),
    ("p", INTRO_POINTS),
    ("b", "Councillor Barlow asked how many patients had waited more than twelve hours in "
          "the Emergency Department and whether patients were being cared for in corridors. "
          "Gareth Lomax reported that in December an average of 41 patients a week had "
          "waited more than twelve hours from arrival and that temporary escalation spaces "
          "had been used on eleven days during the month. He stated that this was not the "
          "standard of care the Trust wished to provide and that every occasion was reviewed "
          "by the Chief Nurse."),
    ("b", "Councillor Akhtar expressed concern about the length of time ambulance crews "
          "were waiting to hand over patients at the hospital and asked what was being done "
          "to release crews more quickly. Gareth Lomax reported that a revised handover "
          "protocol had been introduced in November, under which patients were handed over "
          "within 45 minutes and crews released, and that the average handover time had "
          "reduced from 52 minutes in October to 37 minutes in December."),
    ("b", "Discussions took place in relation to patients who were medically fit for "
          "discharge but who remained in a hospital bed. Kieran Moss reported that the "
          "number of such patients had reduced from 68 at the end of October to 44 in the "
          "first week of January, largely as a result of the additional discharge to assess "
          "beds commissioned at Oakmere Court and the expansion of the reablement service. "
          "Delays were now mainly for patients with complex needs who were waiting for a "
          "nursing home placement."),
    ("b", "In response to a Member’s question regarding the use of agency staff, Gareth "
          "Lomax reported that spending on agency nursing staff had fallen by 30% compared "
          "with the previous year as a result of the recruitment of 46 internationally "
          "educated nurses and a reduction in vacancies on the medical wards. There remained "
          "gaps in the medical workforce in the Emergency Department, which were being "
          "covered by locum doctors."),
    ("b", "Councillor Nuttall commented that many residents, particularly older people who "
          "did not use social media, were unsure whether to use NHS 111, the Urgent "
          "Treatment Centre or their GP, and suggested that the winter communications "
          "campaign should make more use of printed leaflets, libraries and community "
          "centres."),
    ("b", "Councillor Whitworth asked whether flu vaccination uptake among health and care "
          "staff had improved on the previous year. Dr Qureshi reported that uptake among "
          "frontline staff at the Trust was 41%, which was lower than last year, and that "
          "uptake among care home staff was lower still; the Public Health team was working "
          "with care home managers to offer vaccination on site."),
    ("label", "It was agreed:"),
    ("n", "1.", "That Gareth Lomax be thanked for his attendance and presentation."),
    ("n", "2.", "That the update be noted."),
    ("n", "3.", "That a further update on urgent and emergency care performance, including "
                "ambulance handover times and twelve-hour waits, be provided to the "
                "Committee in June 2025."),

    ("item", "HSC.25", "PRIMARY CARE ACCESS"),
    ("p", "Rachel Kenyon, Associate Director of Primary Care, NHS Pennant Vale ICB "
          "(Cragbrook), and Dr Helen Ashworth, Clinical Director, presented a report setting "
          "out progress against the Cragbrook Primary Care Access Recovery Plan. The report "
          "highlighted that practices in the Borough had provided 1,042,000 appointments in "
          "2023/24, an increase of 6% on the previous year, and that 44% of appointments "
          "were on the same day as booking. The 2024 GP Patient Survey showed that 49% of "
          "respondents in Cragbrook found it easy to get through to their practice by "
          "telephone, compared with 50% nationally. The Pharmacy First scheme had been taken "
          "up by 38 of the Borough’s 41 community pharmacies."),
    ("p", "Councillor Cropper referred to the number of residents who continued to report "
          "difficulty getting through to their practice by telephone at 8.00am and asked "
          "whether all practices in the Borough had moved to cloud-based telephony. Rachel "
          "Kenyon reported that 27 of the Borough’s 29 practices had now moved to "
          "cloud-based telephony with call-back and queuing functions and that the remaining "
          "two practices were expected to move by the end of March 2025. She acknowledged "
          "that the new systems did not in themselves create more appointments."),
    ("p", "In response to a question from Councillor Maguire about the role of clinical "
          "pharmacists, physiotherapists and physician associates working in practices, Dr "
          "Ashworth explained that these staff were employed through the Additional Roles "
          "Reimbursement Scheme and worked across the Borough’s five primary care networks. "
          "Patients were not always aware that they could be seen by someone other than a GP "
          "and more needed to be done to explain the roles to patients. Physician associates "
          "did not see patients who had not first been assessed by a GP."),
    ("p", "Councillor Haworth asked about access to NHS dentistry, noting that she was not "
          "aware of any practice in the Borough accepting new adult NHS patients. Rachel "
          "Kenyon reported that the commissioning of dental services had been delegated to "
          "the Integrated Care Board in April 2023 and that an urgent dental care scheme was "
          "now operating from three practices in the Borough, offering 90 urgent "
          "appointments a week. The national dental contract was a significant barrier to "
          "improving access and the ICB had limited ability to change it locally."),
    ("p", "Councillor Nuttall raised concerns that since the closure of the branch surgery "
          "at Sutton Brow in 2023 patients had to travel to the main surgery in Cragbrook "
          "town centre, and asked whether the ICB would consider reopening the site. Dr "
          "Ashworth explained that the decision had been taken by the practice partners "
          "because of difficulties in recruiting GPs and that there were no plans to reopen "
          "the branch, although the practice was exploring a weekly clinic at Sutton Brow "
          "Community Centre."),
    ("p", "Members requested that future reports include practice-level information on "
          "appointment availability and the results of the GP Patient Survey, so that the "
          "variation between practices across the Borough could be seen."),
    ("label", "It was agreed:"),
    ("n", "1.", "That the report be noted."),
    ("n", "2.", "That practice-level information on appointment availability and patient "
                "survey results be circulated to Members of the Committee."),

    ("item", "HSC.26", "KINDRED CARE AND SUPPORT – REVIEW OF IN-HOUSE PROVISION"),
    ("p", "Kieran Moss, Director of Adult Social Services and Community Commissioning, and "
          "Sian Doherty, Managing Director, Kindred Care and Support, presented a report "
          "setting out the findings of the review of Kindred Care and Support Ltd, the "
          "Council’s wholly owned local authority trading company, which provides home care, "
          "day services, supported living and the Shared Lives scheme on behalf of the "
          "Council. The company was established in 2015 and employs approximately 620 staff. "
          "The review had considered three options: continuing with the current company "
          "model under a revised contract; bringing the services back into direct Council "
          "management; and testing the market for the home care service through a "
          "competitive tendering exercise while retaining the remaining services in the "
          "company. The recommended option was to continue the company model with a new "
          "ten-year contract and a strengthened shareholder agreement. The report would be "
          "considered by the Cabinet on 5 February 2025."),
    ("p", "Councillor Haworth, having declared a personal interest, took no part in the "
          "discussion of this item."),
    ("p", INTRO_POINTS),
    ("b", "Councillor Akhtar asked whether any of the options would result in services "
          "being transferred to a private provider. Kieran Moss confirmed that the option of "
          "tendering the home care service had been considered but was not recommended, as "
          "the home care market in the Borough was fragile and independent providers were "
          "already struggling to recruit. All services would remain in public ownership "
          "under the recommended option."),
    ("b", "Councillor Barlow raised concerns about the terms and conditions of staff and "
          "asked whether staff would transfer to the Council under TUPE if the services were "
          "brought back in-house. Sian Doherty explained that staff would transfer under TUPE "
          "with their existing terms protected, but that the main difference would be access "
          "to the Local Government Pension Scheme, which was currently only available to "
          "staff who had transferred from the Council in 2015."),
    ("b", "Councillor Pilkington asked about the financial implications of each option. "
          "Lorraine Whitehead, Executive Director (Health and Adult Care), reported that the "
          "full financial appraisal was set out in the report and that bringing the services "
          "back in-house was estimated to cost an additional £1.1 million a year, mainly "
          "because of employer pension contributions. The company had returned a surplus of "
          "£180,000 to the Council in 2023/24."),
    ("b", "A Member asked how people who used the services and their families had been "
          "involved in the review. Sian Doherty reported that 214 service users and carers "
          "had responded to a survey and that three drop-in sessions had been held at the "
          "day centres. The main message had been that people valued continuity of care "
          "workers and did not want any change in who visited them."),
    ("b", "Councillor Cropper commented that the home care service had been rated good by "
          "the Care Quality Commission and that any change to the way the service was "
          "delivered should not put this at risk."),
    ("label", "It was agreed:"),
    ("n", "1.", "That the report be noted."),
    ("n", "2.", "That the Committee supports the recommended option of continuing the company "
                "model, and that the comments of the Committee be forwarded to the Cabinet "
                "for consideration at its meeting on 5 February 2025."),

    ("item", "HSC.27", "CHILDREN AND YOUNG PEOPLE’S EMOTIONAL WELLBEING AND MENTAL HEALTH"),
    ("p", "Nadia Farrell, Service Manager, Cragbrook CAMHS, provided an update on children "
          "and young people’s mental health services in the Borough. Referrals to CAMHS had "
          "increased by 22% over two years and 1,480 referrals had been received in "
          "2023/24. The proportion of children seen within 18 weeks had improved to 71%. "
          "Mental Health Support Teams were now in place in 34 schools, covering around 60% "
          "of pupils in the Borough, and the online counselling service had been used by "
          "2,300 young people in the last year."),
    ("p", "Councillor Maguire asked about the length of time children waited between their "
          "first appointment and the start of treatment and whether schools received any "
          "support while children were waiting. Nadia Farrell reported that the median wait "
          "from referral to a first appointment was nine weeks but that some children waited "
          "more than a year for a second appointment, particularly those waiting for an "
          "autism or ADHD assessment. School staff could contact the service for "
          "consultation and advice about a child on the waiting list."),
    ("p", "Councillor Cropper raised concerns regarding the number of young people attending "
          "the Emergency Department in mental health crisis and the absence of a suitable "
          "place of safety for under-18s in the Borough. Dr Qureshi acknowledged the "
          "concerns and explained that a 24-hour crisis line for children and young people "
          "had been launched in September 2024 and that the ICB was reviewing crisis "
          "provision across the conurbation, including the need for a dedicated place of "
          "safety for young people."),
    ("p", "Councillor Nuttall asked whether funding for the online counselling service would "
          "continue after the current contract ended. It was confirmed that the service had "
          "been recommissioned until March 2026, funded through the Mental Health Investment "
          "Standard, and that a longer-term decision would be made as part of the all-age "
          "mental health strategy."),
    ("p", "The Committee noted the update and asked that waiting times for neurodevelopmental "
          "assessments be included in the next report to the Committee. The Chair thanked "
          "Nadia Farrell for her attendance."),

    ("item", "HSC.28", "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"),
    ("p", "The Committee considered its work programme for the remainder of the 2024/25 "
          "municipal year. Julie Hargreaves, Democratic Services, reported that the meeting "
          "on 18 March 2025 would consider the Director of Public Health’s annual report and "
          "the Adult Social Care Local Account."),
    ("p", "Councillor Haworth requested that the Committee receive an item on vaping among "
          "young people and the stop smoking service. The Chair agreed that this would be "
          "considered for the first meeting of the 2025/26 municipal year."),
    ("label", "It was agreed:"),
    ("p", "That the work programme be noted, subject to the addition of an item on vaping "
          "among young people and stop smoking services."),

    ("item", "HSC.29", "URGENT BUSINESS"),
    ("p", "There was no urgent business."),
]

CLOSING = ["COUNCILLOR M WHITWORTH", "Chair", "",
           "(Note: The meeting started at 7.00 pm and ended at 9.10 pm)"]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_font("Sans", "", 8)
            self.set_xy(20, 297 - 14)
            self.cell(120, 5, f"{COMMITTEE}, {DATE_TEXT}", align="L")
            self.set_xy(140, 297 - 14)
            self.cell(50, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes of {COMMITTEE}, {DATE_TEXT}")
    pdf.set_author("Cragbrook Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    # council name, as the logo would be
    pdf.set_font("Sans", "B", 15)
    pdf.set_xy(20, 14)
    pdf.cell(170, 8, "CRAGBROOK COUNCIL", align="R")
    pdf.set_y(28)

    LH = 5.2
    label_w = 48
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y0)
        pdf.cell(label_w, LH, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_left_margin(20 + label_w)
        pdf.set_xy(20 + label_w, y0)
        for i, line in enumerate(lines):
            bold = label == "Minutes of:"
            pdf.set_font("Sans", "B" if bold else "", 10)
            pdf.multi_cell(170 - label_w, LH, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.ln(2.5)
    pdf.ln(3)

    NUM_X, BODY_X = 20, 42
    BODY_W = 190 - BODY_X
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 297 - 22 - 24:
                pdf.add_page()
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(NUM_X, y0)
            pdf.cell(BODY_X - NUM_X, LH + 0.4, num)
            pdf.set_left_margin(BODY_X)
            pdf.set_xy(BODY_X, y0)
            pdf.multi_cell(BODY_W, LH + 0.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(1.8)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_left_margin(BODY_X)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(2.2)
        elif kind == "quote":
            pdf.set_font("Sans", "I", 10)
            pdf.set_left_margin(BODY_X + 8)
            pdf.set_x(BODY_X + 8)
            pdf.multi_cell(BODY_W - 16, LH, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(2.2)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(BODY_X)
            pdf.cell(BODY_W, LH, block[1])
            pdf.ln(LH + 1.8)
        elif kind in ("b", "n"):
            if kind == "b":
                marker, text = "•", block[1]
            else:
                marker, text = block[1], block[2]
            pdf.set_font("Sans", "", 10)
            if pdf.get_y() > 297 - 22 - LH:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.set_xy(BODY_X, y0)
            pdf.cell(7, LH, marker)
            pdf.set_left_margin(BODY_X + 7)
            pdf.set_xy(BODY_X + 7, y0)
            pdf.multi_cell(BODY_W - 7, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(2.2)
        else:
            raise ValueError(kind)

    pdf.ln(8)
    pdf.set_left_margin(BODY_X)
    for i, line in enumerate(CLOSING):
        pdf.set_x(BODY_X)
        pdf.set_font("Sans", "B" if i == 0 else "", 10)
        if line:
            pdf.multi_cell(BODY_W, LH, line, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(LH)
    pdf.set_left_margin(20)
    pdf.output(str(path))


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-01-28",
    "items": [
        {"number": "HSC.19", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "HSC.20", "title": "DECLARATIONS OF INTEREST"},
        {"number": "HSC.21", "title": "MINUTES OF THE LAST MEETING"},
        {"number": "HSC.22", "title": "PUBLIC QUESTION TIME"},
        {"number": "HSC.23", "title": "MEMBER QUESTION TIME"},
        {"number": "HSC.24", "title": "URGENT AND EMERGENCY CARE – WINTER UPDATE"},
        {"number": "HSC.25", "title": "PRIMARY CARE ACCESS"},
        {"number": "HSC.26", "title": "KINDRED CARE AND SUPPORT – REVIEW OF IN-HOUSE PROVISION"},
        {"number": "HSC.27", "title": "CHILDREN AND YOUNG PEOPLE’S EMOTIONAL WELLBEING AND MENTAL HEALTH"},
        {"number": "HSC.28", "title": "HEALTH SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"},
        {"number": "HSC.29", "title": "URGENT BUSINESS"},
    ],
    "questions": [
        # HSC.22 public question time
        {"item": "HSC.22", "kind": "question",
         "text": "Why were patients not consulted, and where are people without a car",
         "asked_by": "Mrs Dorothy Fenton",
         "answer": "no final decision had yet been made about the clinic",
         "given_by": "Gareth Lomax",
         "themes": ["patient-and-public-input"]},
        {"item": "HSC.22", "kind": "question",
         "text": "whether housebound patients would still be offered blood tests at home",
         "asked_by": "Mr Stephen Royle",
         "answer": "the domiciliary phlebotomy service was not affected by the proposal",
         "given_by": None,
         "themes": []},
        # HSC.23 member question time
        {"item": "HSC.23", "kind": "question",
         "text": "how many residents were currently waiting for an adaptation funded by a "
                 "Disabled Facilities Grant",
         "asked_by": "Councillor Pilkington",
         "answer": "there were 212 residents on the waiting list and that the average time",
         "given_by": "Councillor Ramsden",
         "themes": ["housing"]},
        # HSC.24 urgent and emergency care
        {"item": "HSC.24", "kind": "question",
         "text": "asked how many patients had waited more than twelve hours in the "
                 "Emergency Department",
         "asked_by": "Councillor Barlow",
         "answer": "an average of 41 patients a week had waited more than twelve hours",
         "given_by": "Gareth Lomax",
         "themes": []},
        {"item": "HSC.24", "kind": "concern",
         "text": "expressed concern about the length of time ambulance crews were waiting",
         "asked_by": "Councillor Akhtar",
         "answer": "a revised handover protocol had been introduced in November",
         "given_by": "Gareth Lomax",
         "themes": []},
        {"item": "HSC.24", "kind": "comment",
         "text": "patients who were medically fit for discharge but who remained in a "
                 "hospital bed",
         "asked_by": None,
         "answer": "the number of such patients had reduced from 68 at the end of October",
         "given_by": "Kieran Moss",
         "themes": ["adult-social-care", "integration"]},
        {"item": "HSC.24", "kind": "question",
         "text": "In response to a Member’s question regarding the use of agency staff",
         "asked_by": None,
         "answer": "spending on agency nursing staff had fallen by 30% compared with the "
                   "previous year",
         "given_by": "Gareth Lomax",
         "themes": ["workforce", "finance"]},
        {"item": "HSC.24", "kind": "comment",
         "text": "were unsure whether to use NHS 111, the Urgent Treatment Centre or their GP",
         "asked_by": "Councillor Nuttall",
         "answer": None,
         "given_by": None,
         "themes": []},
        {"item": "HSC.24", "kind": "question",
         "text": "asked whether flu vaccination uptake among health and care staff had improved",
         "asked_by": "Councillor Whitworth",
         "answer": "uptake among frontline staff at the Trust was 41%, which was lower",
         "given_by": "Dr Qureshi",
         "themes": ["public-health", "workforce"]},
        # HSC.25 primary care access
        {"item": "HSC.25", "kind": "question",
         "text": "asked whether all practices in the Borough had moved to cloud-based telephony",
         "asked_by": "Councillor Cropper",
         "answer": "27 of the Borough’s 29 practices had now moved to cloud-based telephony",
         "given_by": "Rachel Kenyon",
         "themes": ["primary-care"]},
        {"item": "HSC.25", "kind": "question",
         "text": "In response to a question from Councillor Maguire about the role of "
                 "clinical pharmacists",
         "asked_by": "Councillor Maguire",
         "answer": "these staff were employed through the Additional Roles Reimbursement Scheme",
         "given_by": "Dr Ashworth",
         "themes": ["primary-care", "workforce"]},
        {"item": "HSC.25", "kind": "question",
         "text": "Councillor Haworth asked about access to NHS dentistry",
         "asked_by": "Councillor Haworth",
         "answer": "an urgent dental care scheme was now operating from three practices",
         "given_by": "Rachel Kenyon",
         "themes": ["primary-care"]},
        {"item": "HSC.25", "kind": "concern",
         "text": "since the closure of the branch surgery at Sutton Brow in 2023",
         "asked_by": "Councillor Nuttall",
         "answer": "there were no plans to reopen the branch",
         "given_by": "Dr Ashworth",
         "themes": ["primary-care"]},
        {"item": "HSC.25", "kind": "request",
         "text": "Members requested that future reports include practice-level information "
                 "on appointment availability",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        # HSC.26 Kindred Care and Support
        {"item": "HSC.26", "kind": "question",
         "text": "whether any of the options would result in services being transferred to "
                 "a private provider",
         "asked_by": "Councillor Akhtar",
         "answer": "All services would remain in public ownership under the recommended option",
         "given_by": "Kieran Moss",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "HSC.26", "kind": "concern",
         "text": "raised concerns about the terms and conditions of staff",
         "asked_by": "Councillor Barlow",
         "answer": "staff would transfer under TUPE with their existing terms protected",
         "given_by": "Sian Doherty",
         "themes": ["workforce", "privatisation"]},
        {"item": "HSC.26", "kind": "question",
         "text": "Councillor Pilkington asked about the financial implications of each option",
         "asked_by": "Councillor Pilkington",
         "answer": "bringing the services back in-house was estimated to cost an additional",
         "given_by": "Lorraine Whitehead",
         "themes": ["finance", "privatisation"]},
        {"item": "HSC.26", "kind": "question",
         "text": "A Member asked how people who used the services and their families",
         "asked_by": None,
         "answer": "214 service users and carers had responded to a survey",
         "given_by": "Sian Doherty",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "HSC.26", "kind": "comment",
         "text": "Councillor Cropper commented that the home care service had been rated",
         "asked_by": "Councillor Cropper",
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care", "governance"]},
        # HSC.27 children and young people's mental health
        {"item": "HSC.27", "kind": "question",
         "text": "asked about the length of time children waited between their first "
                 "appointment",
         "asked_by": "Councillor Maguire",
         "answer": "the median wait from referral to a first appointment was nine weeks",
         "given_by": "Nadia Farrell",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "HSC.27", "kind": "concern",
         "text": "the number of young people attending the Emergency Department in mental "
                 "health crisis",
         "asked_by": "Councillor Cropper",
         "answer": "a 24-hour crisis line for children and young people had been launched",
         "given_by": "Dr Qureshi",
         "themes": ["mental-health", "children-and-families"]},
        {"item": "HSC.27", "kind": "question",
         "text": "asked whether funding for the online counselling service would continue",
         "asked_by": "Councillor Nuttall",
         "answer": "the service had been recommissioned until March 2026",
         "given_by": None,
         "themes": ["mental-health", "children-and-families", "finance", "subcontracting"]},
        # HSC.28 work programme
        {"item": "HSC.28", "kind": "request",
         "text": "requested that the Committee receive an item on vaping among young people",
         "asked_by": "Councillor Haworth",
         "answer": "The Chair agreed that this would be considered for the first meeting",
         "given_by": "Chair",
         "themes": ["public-health", "children-and-families"]},
    ],
    "resolutions": [
        {"item": "HSC.21",
         "text": "the minutes of the meeting held on 26 November 2024 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HSC.24",
         "text": "a further update on urgent and emergency care performance, including "
                 "ambulance handover times",
         "outcome": "agreed", "themes": []},
        {"item": "HSC.25",
         "text": "on appointment availability and patient survey results be circulated to "
                 "Members",
         "outcome": "agreed", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HSC.26",
         "text": "the Committee supports the recommended option of continuing the company model",
         "outcome": "agreed", "themes": ["adult-social-care", "privatisation"]},
        {"item": "HSC.27",
         "text": "The Committee noted the update and asked that waiting times for "
                 "neurodevelopmental",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families"]},
        {"item": "HSC.28",
         "text": "That the work programme be noted, subject to the addition of an item",
         "outcome": "agreed", "themes": ["public-health"]},
    ],
    "attendees": [
        {"name": "Councillor M Whitworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor S Akhtar", "role": None, "attendance": "present"},
        {"name": "Councillor D Barlow", "role": None, "attendance": "present"},
        {"name": "Councillor K Cropper", "role": None, "attendance": "present"},
        {"name": "Councillor J Haworth", "role": None, "attendance": "present"},
        {"name": "Councillor L Maguire", "role": None, "attendance": "present"},
        {"name": "Councillor T Nuttall", "role": None, "attendance": "present"},
        {"name": "Councillor R Pilkington", "role": None, "attendance": "present"},
        {"name": "Councillor C Ramsden", "role": "Cabinet Member for Health and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Lorraine Whitehead", "role": "Executive Director (Health and Adult Care)",
         "attendance": "in_attendance"},
        {"name": "Dr Imran Qureshi", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Kieran Moss",
         "role": "Director of Adult Social Services and Community Commissioning",
         "attendance": "in_attendance"},
        {"name": "Gareth Lomax",
         "role": "Chief Officer, Cragbrook Care Organisation (Moorgate Care Alliance NHS "
                 "Foundation Trust)",
         "attendance": "in_attendance"},
        {"name": "Dr Helen Ashworth",
         "role": "Clinical Director, NHS Pennant Vale ICB (Cragbrook)",
         "attendance": "in_attendance"},
        {"name": "Rachel Kenyon",
         "role": "Associate Director of Primary Care, NHS Pennant Vale ICB (Cragbrook)",
         "attendance": "in_attendance"},
        {"name": "Sian Doherty", "role": "Managing Director, Kindred Care and Support",
         "attendance": "in_attendance"},
        {"name": "Nadia Farrell", "role": "Service Manager, Cragbrook CAMHS",
         "attendance": "in_attendance"},
        {"name": "Julie Hargreaves", "role": "Democratic Services",
         "attendance": "in_attendance"},
        {"name": "Councillor B Entwistle", "role": None, "attendance": "apologies"},
        {"name": "Councillor F Okafor", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------------------
# The report (not minutes): an ICB report to the committee in the council's template
# ---------------------------------------------------------------------------


def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text, bold=False, size=None, align=None, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    def heading(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        return p

    def table(rows, header=True, widths=None):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                run = cell.paragraphs[0].add_run(val)
                if header and i == 0:
                    run.bold = True
        d.add_paragraph()
        return t

    para("CRAGBROOK COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    table([
        ["Classification:", "Open", "Decision Type:", "Non-Key"],
    ], header=False)
    table([
        ["Report to:", "Health Scrutiny Committee", "Date: 28 January 2025"],
        ["Subject:", "Primary Care Access Update", ""],
        ["Report of:", "Associate Director of Primary Care, NHS Pennant Vale ICB "
                       "(Cragbrook)", ""],
    ], header=False)

    heading("Summary")
    para("1.1 This report provides the Health Scrutiny Committee with an update on access "
         "to general practice, community pharmacy and NHS dentistry in Cragbrook, and on "
         "progress against the Cragbrook Primary Care Access Recovery Plan agreed by the "
         "Locality Board in July 2023.")
    para("1.2 At its meeting on 26 November 2024 the Committee asked for information on "
         "telephone access to practices, the use of additional roles, and the availability "
         "of NHS dental appointments for adults. Each of these is addressed below.")

    heading("Recommendation(s)")
    para("That the Health Scrutiny Committee:")
    for t in [
        "Notes the progress made in improving access to primary care in the Borough;",
        "Comments on the priorities for 2025/26 set out in section 6 of this report; and",
        "Agrees to receive a further update in twelve months’ time.",
    ]:
        para(t, style="List Bullet")

    heading("Reasons for recommendation(s)")
    para("To enable the Committee to scrutinise the performance of primary care services "
         "and to hold the ICB to account for access to services for Cragbrook residents.")

    heading("Alternative options considered and rejected")
    para("Not applicable.")

    table([
        ["Report Author and Contact Details:", ""],
        ["Name:", "Rachel Kenyon"],
        ["Position:", "Associate Director of Primary Care, NHS Pennant Vale ICB (Cragbrook)"],
        ["Department:", "Cragbrook Locality Team"],
        ["E-mail:", "cragbrook.primarycare@pennantvale.example.nhs.uk"],
    ], header=False)

    heading("Background")
    para("2.1 There are 29 GP practices in Cragbrook, organised into five primary care "
         "networks (PCNs), serving a registered population of 197,400. There are 41 "
         "community pharmacies and 24 dental practices holding an NHS contract.")
    para("2.2 The national Delivery Plan for Recovering Access to Primary Care (May 2023) "
         "asked ICBs and practices to tackle the 8am rush, to make it easier for patients "
         "to contact their practice, and to expand community pharmacy services.")

    heading("Appointments in general practice")
    para("3.1 Practices in the Borough provided 1,042,000 appointments in 2023/24, an "
         "increase of 6% on 2022/23. 44% of appointments took place on the same day as "
         "they were booked, and 63% were face to face.")
    para("3.2 27 of the 29 practices have now moved to cloud-based telephony. The two "
         "remaining practices are expected to complete the move by March 2025.")

    heading("GP Patient Survey 2024")
    para("4.1 The table below compares Cragbrook with the national results for three key "
         "questions in the 2024 GP Patient Survey.")
    table([
        ["Survey question", "Cragbrook", "England"],
        ["Q. Generally, how easy is it to get through to someone at your GP practice on "
         "the phone?", "49% easy", "50% easy"],
        ["Q. How satisfied are you with the general practice appointment times that are "
         "available to you?", "51% satisfied", "52% satisfied"],
        ["Q. Overall, how would you describe your experience of your GP practice?",
         "71% good", "74% good"],
    ])
    para("4.2 Results vary considerably between practices, from 21% to 88% of patients "
         "finding it easy to get through by telephone.")

    heading("Community pharmacy and dentistry")
    para("5.1 Pharmacy First was launched in January 2024 and 38 of the Borough’s 41 "
         "pharmacies are delivering the service, with 6,900 consultations recorded to "
         "November 2024.")
    para("5.2 Responsibility for commissioning dental services transferred to the ICB in "
         "April 2023. An urgent dental care scheme now operates from three practices, "
         "offering 90 urgent appointments each week. No practice in the Borough is "
         "currently accepting new adult NHS patients on a routine basis.")

    heading("Priorities for 2025/26")
    for t in [
        "Complete the move to cloud-based telephony and introduce online consultation "
        "tools in every practice.",
        "Publish practice-level information on access to support improvement.",
        "Expand the urgent dental care scheme to a fourth practice in the east of the "
        "Borough.",
    ]:
        para(t, style="List Number")

    heading("Questions the Committee may wish to consider")
    for t in [
        "How will the ICB reduce the variation in telephone access between practices?",
        "What is being done to make patients aware of the roles of clinical pharmacists "
        "and other staff in general practice?",
        "When will adults in Cragbrook be able to register with an NHS dentist again?",
    ]:
        para(t, style="List Bullet")

    heading("Links with the Cragbrook 2030 Strategy")
    para("Improving access to primary care supports the ‘Healthy Communities’ ambition of "
         "the Cragbrook 2030 Strategy, Together We Thrive.")

    heading("Equality Impact and considerations:")
    para("Under section 149 of the Equality Act 2010, the ‘general duty’ on public "
         "authorities is set out as follows: A public authority must, in the exercise of "
         "its functions, have due regard to the need to eliminate discrimination, advance "
         "equality of opportunity and foster good relations. An equality impact assessment "
         "is not required for this update report.")

    heading("Environmental impact and considerations:")
    para("None arising from this report.")

    heading("Assessment and Mitigation of Risk:")
    table([
        ["Risk / opportunity", "Mitigation"],
        ["Practices unable to recruit GPs, reducing appointments available",
         "Additional roles and the PCN recruitment plan; GP fellowship scheme"],
        ["Loss of NHS dental capacity if practices hand back contracts",
         "Urgent dental care scheme; regular contact with practices at risk"],
    ])

    heading("Legal Implications:")
    para("The Committee has powers under the Local Authority (Public Health, Health and "
         "Wellbeing Boards and Health Scrutiny) Regulations 2013 to review and scrutinise "
         "any matter relating to the planning, provision and operation of the health "
         "service in its area.")

    heading("Financial Implications:")
    para("There are no direct financial implications for the Council arising from this "
         "report.")

    heading("Appendices:")
    para("None.")
    heading("Background papers:")
    para("Cragbrook Primary Care Access Recovery Plan, July 2023.")

    para("Please include a glossary of terms, abbreviations and acronyms used in this report.",
         bold=True)
    table([
        ["Term", "Meaning"],
        ["ARRS", "Additional Roles Reimbursement Scheme"],
        ["ICB", "Integrated Care Board"],
        ["PCN", "Primary Care Network"],
    ])

    cp = d.core_properties
    cp.author = "Cragbrook Council"
    cp.last_modified_by = "Cragbrook Council"
    cp.title = "Primary Care Access Update"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


REPORT_GOLD = {"document": REPORT, "doc_type": "report"}

# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def extract(path: Path) -> str:
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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text("utf-8"), "html.parser").get_text(" ")
    return path.read_text("utf-8")


def norm(s: str, repl: str = "") -> str:
    s = s.lower()
    s = "".join(repl if unicodedata.category(c)[0] in "PS" else c for c in s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    errors = []
    for gold_name in (MINUTES, REPORT):
        gpath = GOLD / (Path(gold_name).stem + ".json")
        gold = json.loads(gpath.read_text("utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            errors.append(f"missing {doc}")
            continue
        text = extract(doc)
        variants = [norm(text), norm(text, " ")]
        if gold["doc_type"] != "minutes":
            continue
        phrases = []
        for q in gold["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
            assert q["kind"] in {"question", "concern", "request", "comment"}, q
            bad = set(q["themes"]) - THEMES
            if bad:
                errors.append(f"bad themes {bad}")
        for r in gold["resolutions"]:
            phrases.append(("resolution", r["text"]))
            assert r["outcome"] in {"noted", "agreed", "recommended", "deferred",
                                    "rejected", "other"}, r
            bad = set(r["themes"]) - THEMES
            if bad:
                errors.append(f"bad themes {bad}")
        item_numbers = {i["number"] for i in gold["items"]}
        for q in gold["questions"] + gold["resolutions"]:
            if q["item"] not in item_numbers:
                errors.append(f"unknown item {q['item']}")
        for kind, ph in phrases:
            n = len(norm(ph).split())
            if not 6 <= n <= 15:
                errors.append(f"{kind} phrase has {n} words: {ph!r}")
            for repl, v in zip(("", " "), variants):
                c = v.count(norm(ph, repl))
                if c != 1:
                    errors.append(f"{kind} phrase found {c} times ({'space' if repl else 'delete'}"
                                  f" variant): {ph!r}")
        for it in gold["items"]:
            if norm(it["number"] + " " + it["title"]) not in variants[0] and \
                    norm(it["title"]) not in variants[0]:
                errors.append(f"item title not found: {it}")
        for a in gold["attendees"]:
            surname = a["name"].split()[-1].lower()
            if surname not in variants[0]:
                errors.append(f"attendee not found: {a['name']}")
            if a["role"] and norm(a["role"]) not in variants[0]:
                errors.append(f"role not found: {a['role']}")
        pages = None
        if doc.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(str(doc)) as pdf:
                pages = len(pdf.pages)
            if not 4 <= pages <= 8:
                errors.append(f"{doc.name}: {pages} pages")
        print(f"{doc.name}: {len(phrases)} phrases checked, pages={pages}")
    for e in errors:
        print("ERROR:", e)
    print("check passed" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_report(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print("wrote", MINUTES, "and", REPORT)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
