#!/usr/bin/env python3
"""Build the "mn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mn.py           build documents/mn-* and gold/mn-*.json
        build_mn.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 12, 2, 10, 0, 0, tzinfo=datetime.timezone.utc)

COMMITTEE = "Health and Social Care Scrutiny Sub-Committee"
MIN_NAME = "mn-kenwold-hscssc-2025-11-24"
REP_NAME = "mn-kenwold-primary-care-pharmacy-scrutiny-report"
FOOTER = "Health and Social Care Scrutiny Sub-Committee - 24 November 2025"
FIRST_PAGE_NO = 57  # running page numbers of the minute book

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks
#   ("min", number, title)     minute number in the margin, bold title
#   ("p", text)                body paragraph
#   ("b", text)                bullet point
#   ("res", text)              RESOLVED: with hanging text
#   ("resc", text)             continuation of a resolution (hanging indent, no label)
#   ("h", text)                bold heading in the text column
#   ("grid", [(a, b), ...], bold_first_row)
#   ("qa", label, text)        Questioner / Asked / Answer lines
#   ("gap",)
# ---------------------------------------------------------------------------

BLOCKS = [
    ("min", "23", "Attendance by Reserve Members"),
    ("res", "To note the attendance at this meeting of the following duly appointed "
            "Reserve Member:"),
    ("grid", [("Ordinary Member", "Reserve Member"),
              ("Councillor Farhana Qureshi", "Councillor Nitin Raval")], True),

    ("min", "24", "Declarations of Interests"),
    ("res", "To note that the following interests were declared:"),
    ("h", "Agenda Item 7 \u2013 Winter Planning 2025/26 and Urgent and Emergency Care"),
    ("p", "Councillor Margaret Ellery declared a non-pecuniary interest in that her son was "
          "employed as a paramedic by the London Ambulance Service.  She would remain in the "
          "room whilst the matter was considered."),
    ("h", "Agenda Item 9 \u2013 Access to Primary Care and Community Pharmacy"),
    ("p", "Councillor Dev Sahota declared a non-pecuniary interest in that he was a "
          "registered pharmacist working for a pharmacy outside the borough.  He would remain "
          "in the room whilst the matter was considered."),

    ("min", "25", "Minutes"),
    ("res", "That the minutes of the meeting held on 15 September 2025, be taken as read "
            "and signed as a correct record."),

    ("min", "26", "Public Questions"),
    ("res", "To note that the following public question had been received and responded "
            "to, and that the recording of the supplemental question and answer had been "
            "placed on the Council\u2019s website:"),
    ("qa", "1.", ""),
    ("qa", "Questioner:", "Rosalind Varga"),
    ("qa", "Asked:", "\u201cResidents in Headcote have been told that the Station Road pharmacy "
           "will close at the end of January and the nearest alternative is over a mile away "
           "up Cannon Hill.  What is the Council doing, through the Pharmaceutical Needs "
           "Assessment, to make sure that older and disabled residents in the ward can still "
           "get their prescriptions?\u201d"),
    ("qa", "Written Response:", "Councillor Helen Marchbank, Portfolio Holder for Adults and Public Health"),
    ("qa", "", "\u201cThe Council has a statutory duty to publish a Pharmaceutical Needs "
           "Assessment (PNA), and the current PNA was agreed by the Health and Wellbeing Board "
           "in September 2025.  Decisions on whether a pharmacy may close, or whether a new one "
           "may open, are taken by NHS England and not by the Council.  Our Public Health team "
           "has written to NHS England asking that the closure at Station Road be assessed as "
           "a change that may create a gap in provision, and we will publish a supplementary "
           "statement to the PNA if that is the case.  In the meantime, the pharmacies in "
           "Headcote Broadway and Elm Parade have confirmed that they deliver prescriptions "
           "free of charge to housebound patients.\u201d"),
    ("qa", "Supplemental Question:", "\u201cWill the Portfolio Holder share the reply from NHS "
           "England with the residents who signed the petition to the Council?\u201d"),
    ("qa", "Supplemental Answer:", "\u201cYes, I am very happy to do that, and I will make sure "
           "that the Headcote ward councillors receive it at the same time.\u201d"),

    ("min", "27", "Petitions"),
    ("res", "To note that no petitions were received."),

    ("min", "28", "Deputations"),
    ("res", "To note that no deputations were received."),

    ("rh", "RESOLVED ITEMS"),

    ("min", "29", "Winter Planning 2025/26 and Urgent and Emergency Care"),
    ("p", "The Sub-Committee received a joint report of the Integrated Care Board (ICB) and "
          "the Corporate Director, People Services, which set out the arrangements that health "
          "and care partners in Kenwold had put in place to manage demand over the winter "
          "period, together with a presentation from Kenwold and Ealdham Hospitals NHS Trust on "
          "urgent and emergency care performance at Edgecote Park Hospital.  The Borough "
          "Director for Kenwold, ICB, introduced the report and advised that the winter plan had "
          "been developed jointly by the ICB, the Council, the hospital trust, the community and "
          "mental health trust and the London Ambulance Service, and that the system had "
          "received \u00a31.9 million of additional winter funding, most of which had been "
          "committed to extra community beds, the discharge to assess service and additional "
          "GP hub appointments at weekends.  The Chief Operating Officer, Edgecote Park "
          "Hospital, reported that four-hour performance in the Emergency Department had been "
          "71.4% in October 2025 against the national standard of 78%, and that average "
          "ambulance handover times had improved to 38 minutes."),
    ("p", "Members asked questions and made comments, and the following responses were "
          "provided:"),
    ("b", "A Member asked why performance at Edgecote Park Hospital remained below the "
          "national standard when other hospitals in the sector had improved.  The Chief "
          "Operating Officer explained that attendances had risen by nine per cent compared with "
          "the previous year and that around one in five patients who arrived by ambulance were "
          "aged over 80 and needed to be admitted; the department had been built for a much "
          "smaller number of patients, and a business case for its expansion was with NHS "
          "England."),
    ("b", "Members expressed concern that the patients waiting longest in the Emergency "
          "Department were often older people living with dementia, for whom a long wait on a "
          "trolley could be very distressing.  The Chief Operating Officer accepted that waits "
          "of more than 12 hours were unacceptable and advised that a frailty team now assessed "
          "patients aged over 75 within an hour of their arrival, and that a quiet bay had been "
          "set aside for patients with dementia."),
    ("b", "A Member queried how many patients were medically fit for discharge but remained "
          "in a hospital bed on a typical day.  The Director of Adult Social Services advised "
          "that the figure was usually between 25 and 35, of whom fewer than five were waiting "
          "for a Kenwold social care package; most delays related to residents of neighbouring "
          "boroughs or to patients who needed a nursing home placement, where the supply of "
          "beds was limited."),
    ("b", "Leonard Pryce, Healthwatch Kenwold, asked what was being done to improve flu "
          "vaccination uptake among care home staff, which Healthwatch had found to be low.  "
          "The Director of Public Health reported that uptake among front-line care staff had "
          "been 31% last winter.  This year pop-up clinics were being held in care homes and "
          "community pharmacies had been commissioned to visit homes, and early figures were "
          "encouraging."),
    ("b", "A Member commented that the winter communications campaign about NHS 111 and "
          "out-of-hours GP services had not reached residents whose first language was not "
          "English, particularly older residents in the Gujarati and Tamil speaking "
          "communities."),
    ("b", "A Member requested that data on ambulance handover times be broken down by ward "
          "and reported to a future meeting.  The Borough Director undertook to provide this "
          "information."),
    ("p", "In response to a further question about the new same day emergency care unit, the "
          "Clinical Director for Urgent Care advised that the unit had opened on 3 November 2025 "
          "and was expected to avoid around 20 admissions each day once it was fully staffed.  "
          "The Chair thanked the officers and partners for attending."),
    ("res", "That"),
    ("resc", "(1)\tthe report and presentation be noted;"),
    ("resc", "(2)\tthe ICB be requested to provide the Sub-Committee with ambulance handover "
             "data by ward at its meeting in February 2026."),

    ("min", "30", "Care Quality Commission Assessment of Adult Social Care \u2013 Progress on "
                  "the Improvement Plan"),
    ("p", "The Sub-Committee received a report of the Corporate Director, People Services, "
          "which set out progress against the improvement plan agreed following the Care "
          "Quality Commission (CQC) assessment of the Council\u2019s adult social care "
          "functions, published in June 2025, which had rated the Council as \u2018Requires "
          "Improvement\u2019.  Councillor Helen Marchbank, Portfolio Holder for Adults and Public "
          "Health, introduced the report and advised that 34 of the 52 actions in the plan had "
          "been completed and that the remainder were on track, with the exception of the "
          "actions relating to the waiting list for occupational therapy assessments."),
    ("p", "Members asked questions and the Portfolio Holder and officers responded as "
          "follows:"),
    ("b", "A Member asked how long residents were waiting for a Care Act assessment and how "
          "this compared with the position at the time of the inspection.  The Director of Adult "
          "Social Services advised that the average wait had reduced from 68 days to 41 days, "
          "and that every person on the waiting list was now contacted at least once a month to "
          "check whether their needs had changed."),
    ("b", "Members raised concerns about the reliance on agency social workers in the hospital "
          "discharge team.  The Director explained that seven of the twelve posts in the team "
          "were currently filled by agency staff.  A recruitment campaign was under way, "
          "supported by a retention payment for social workers who stayed with the Council for "
          "two years, and two newly qualified social workers would join the team in January."),
    ("b", "A Member asked how many unpaid carers had received a carer\u2019s assessment in the "
          "last six months.  The Head of Service, Prevention and Wellbeing, advised that 412 "
          "carers\u2019 assessments had been completed since April, compared with 260 in the "
          "same period of the previous year, and that the Carers\u2019 Hub, which was commissioned "
          "from the voluntary sector, had taken on two additional support workers."),
    ("b", "The Chair asked whether the improvement plan had been funded from existing budgets "
          "or whether additional money would be required.  The Portfolio Holder advised that "
          "\u00a3450,000 had been set aside from reserves in 2025/26, mainly to clear the "
          "assessment backlog, and that any ongoing costs would be considered as part of the "
          "budget setting process for 2026/27."),
    ("b", "A Member asked whether people who used services had been involved in drawing up "
          "the plan.  It was confirmed that the plan had been shaped by a co-production group of "
          "twelve service users and carers, which met monthly and had chosen the three actions "
          "it wished to monitor itself."),
    ("b", "A Member commented that the report did not include any information on complaints "
          "about home care providers and asked that this be included in future updates."),
    ("p", "In response to a question about the quality of residential care in the borough, "
          "the Director of Adult Social Services advised that 26 of the 31 care homes in Kenwold "
          "were rated Good or Outstanding by the CQC, and that the Council\u2019s quality "
          "assurance team was working closely with the remaining five homes."),
    ("res", "That the progress made against the improvement plan be noted and a further "
            "update be presented to the Sub-Committee in March 2026."),

    ("min", "31", "Access to Primary Care and Community Pharmacy"),
    ("p", "The Sub-Committee received a report of the ICB which provided an update on access to "
          "GP appointments, community pharmacy and NHS dentistry in Kenwold.  The Assistant "
          "Director of Primary Care, ICB, introduced the report and advised that the borough\u2019s "
          "32 GP practices had provided 1.21 million appointments in the last year, an increase "
          "of 6% on the year before, and that 43% of appointments had been on the same day.  "
          "Councillor Rakesh Vora, a ward councillor for Headcote, addressed the Sub-Committee "
          "with the agreement of the Chair."),
    ("p", "A Member asked why some practices in the east of the borough still required patients "
          "to telephone at 8am for an appointment, and whether the ICB could insist that all "
          "practices offered online booking.  The Assistant Director of Primary Care advised that "
          "all practices were contractually required to offer online consultation throughout "
          "core hours from October 2025, and that the ICB was monitoring compliance; three "
          "practices had been written to.  The Member further asked what would happen if those "
          "practices still did not comply, and was informed that the contract allowed a remedial "
          "notice to be issued but that the ICB preferred to work with practices to improve "
          "first.  Members expressed concern at the closure of four community pharmacies in the "
          "borough since April 2024, three of them in the less affluent wards in the south, "
          "which risked widening health inequalities.  The Consultant in Public Health explained "
          "that the closures had been driven by pressures on the national funding of pharmacies "
          "and that the PNA had found no gap in provision across the borough as a whole, but "
          "that Headcote ward was being kept under close review."),
    ("p", "A Member sought clarification on whether any dental practices in Kenwold were "
          "accepting new adult NHS patients.  The Assistant Director advised that two practices "
          "were currently doing so, and that a further 1,200 urgent dental appointments had been "
          "commissioned across North West London for the winter months."),
    ("p", "Councillor Sahota commented that the Pharmacy First service was working well and "
          "relieving pressure on GPs, but that many residents were not aware of it.  The Borough "
          "Director agreed and advised that information on Pharmacy First would be included in "
          "the leaflet sent to every household with the council tax bills in March."),
    ("p", "A Member asked whether the ICB was aware that a private company had acquired two "
          "GP practices in the borough, and what this would mean for patients.  The Assistant "
          "Director confirmed that the ICB had been notified of the change of ownership and "
          "that the contractual obligations of both practices, including their opening hours "
          "and their patient lists, were unchanged.  Members requested that the ICB report back "
          "on any further changes of ownership of practices in Kenwold."),
    ("p", "With the agreement of the Chair, Councillor Vora asked whether the ICB would meet "
          "Headcote residents about the loss of their pharmacy.  The Borough Director agreed "
          "to attend a public meeting in Headcote in the new year."),
    ("res", "That"),
    ("resc", "(1)\tthe report be noted;"),
    ("resc", "(2)\tthe Chair write, on behalf of the Sub-Committee, to NHS England setting out "
             "Members\u2019 concerns about the closure of community pharmacies in the borough."),

    ("min", "32", "Healthwatch Kenwold Annual Report 2024/25"),
    ("p", "Leonard Pryce, the Sub-Committee\u2019s adviser from Healthwatch Kenwold, introduced "
          "the annual report, which summarised the views of 2,140 residents gathered during the "
          "year, eleven enter and view visits and the findings of the Healthwatch survey of "
          "patients\u2019 experience of hospital discharge."),
    ("p", "Members welcomed the enter and view visits to care homes and asked that the reports "
          "of the visits be shared with the ward councillors concerned.  Mr Pryce confirmed that "
          "all reports were published on the Healthwatch website and that he would circulate "
          "the links to Members after the meeting.  A Member asked how Healthwatch reached "
          "residents who did not use the internet, and was advised that staff and volunteers "
          "held regular drop-in sessions in libraries and community centres and that there was "
          "a freephone number.  A Member expressed concern that the grant to Healthwatch "
          "Kenwold had been reduced by ten per cent over three years at a time when the demand "
          "for its services had grown."),
    ("p", "The Sub-Committee noted the annual report and thanked Healthwatch Kenwold and its "
          "volunteers for their work during the year."),

    ("min", "33", "Scrutiny Review of Mental Health Support for Young Adults \u2013 Scope"),
    ("p", "The Sub-Committee considered the draft scope of a scrutiny review of mental health "
          "support for young adults aged 18 to 25, including the transition from children\u2019s "
          "to adult mental health services.  A Member requested that the review include the "
          "experience of young carers and of care leavers, and the Senior Policy Officer "
          "confirmed that the scope would be amended to reflect this.  A Member asked whether "
          "the review group would be able to visit the crisis caf\u00e9 in Wealdbury."),
    ("res", "That the scope of the review be agreed, subject to the amendment set out above, "
            "and that Councillors Ellery, Sahota and Tolley be appointed to the review group."),
]

CLOSING = [
    "(Note:  The meeting, having commenced at 6.30 pm, closed at 9.12 pm).",
    "(Signed) COUNCILLOR ANJALI DESOR",
    "Chair",
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

ITEMS = [(b[1], b[2]) for b in BLOCKS if b[0] == "min"]

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}

QUESTIONS = [
    q("26", "question",
      "What is the Council doing, through the Pharmaceutical Needs Assessment",
      "the pharmacies in Headcote Broadway and Elm Parade have confirmed",
      "Rosalind Varga", "Councillor Helen Marchbank",
      ["primary-care", "patient-and-public-input"]),
    q("26", "question",
      "Will the Portfolio Holder share the reply from NHS England",
      "I am very happy to do that",
      "Rosalind Varga", None,
      ["primary-care", "patient-and-public-input"]),
    q("29", "question",
      "asked why performance at Edgecote Park Hospital remained below the national standard",
      "attendances had risen by nine per cent compared with the previous year",
      None, "The Chief Operating Officer", []),
    q("29", "concern",
      "were often older people living with dementia, for whom a long wait",
      "a frailty team now assessed patients aged over 75 within an hour",
      None, "The Chief Operating Officer", ["adult-social-care", "mental-health"]),
    q("29", "question",
      "queried how many patients were medically fit for discharge but remained",
      "fewer than five were waiting for a Kenwold social care package",
      None, "The Director of Adult Social Services", ["adult-social-care", "integration"]),
    q("29", "question",
      "asked what was being done to improve flu vaccination uptake among care home staff",
      "pop-up clinics were being held in care homes",
      "Leonard Pryce", "The Director of Public Health",
      ["public-health", "workforce", "adult-social-care"]),
    q("29", "comment",
      "the winter communications campaign about NHS 111 and out-of-hours GP services",
      None, None, None, ["primary-care"]),
    q("29", "request",
      "requested that data on ambulance handover times be broken down by ward",
      "The Borough Director undertook to provide this information",
      None, "The Borough Director", []),
    q("29", "question",
      "a further question about the new same day emergency care unit",
      "was expected to avoid around 20 admissions each day",
      None, "the Clinical Director for Urgent Care", []),
    q("30", "question",
      "asked how long residents were waiting for a Care Act assessment",
      "the average wait had reduced from 68 days to 41 days",
      None, "The Director of Adult Social Services", ["adult-social-care", "governance"]),
    q("30", "concern",
      "Members raised concerns about the reliance on agency social workers",
      "seven of the twelve posts in the team were currently filled by agency staff",
      None, "The Director", ["workforce", "adult-social-care"]),
    q("30", "question",
      "asked how many unpaid carers had received a carer's assessment",
      "412 carers' assessments had been completed since April",
      None, "The Head of Service, Prevention and Wellbeing", ["adult-social-care", "subcontracting"]),
    q("30", "question",
      "asked whether the improvement plan had been funded from existing budgets",
      "had been set aside from reserves in 2025/26, mainly to clear the assessment backlog",
      "The Chair", "The Portfolio Holder", ["finance"]),
    q("30", "question",
      "asked whether people who used services had been involved in drawing up the plan",
      "the plan had been shaped by a co-production group of twelve service users",
      None, None, ["patient-and-public-input", "adult-social-care"]),
    q("30", "request",
      "did not include any information on complaints about home care providers",
      None, None, None, ["adult-social-care"]),
    q("30", "question",
      "In response to a question about the quality of residential care in the borough",
      "26 of the 31 care homes in Kenwold were rated Good or Outstanding",
      None, "the Director of Adult Social Services", ["adult-social-care", "governance"]),
    q("31", "question",
      "why some practices in the east of the borough still required patients to telephone",
      "all practices were contractually required to offer online consultation throughout core hours",
      None, "The Assistant Director of Primary Care", ["primary-care"]),
    q("31", "question",
      "The Member further asked what would happen if those practices still did not comply",
      "the contract allowed a remedial notice to be issued",
      None, None, ["primary-care"]),
    q("31", "concern",
      "expressed concern at the closure of four community pharmacies in the borough",
      "the closures had been driven by pressures on the national funding of pharmacies",
      None, "The Consultant in Public Health", ["primary-care", "public-health"]),
    q("31", "question",
      "sought clarification on whether any dental practices in Kenwold were accepting",
      "two practices were currently doing so",
      None, "The Assistant Director", ["primary-care"]),
    q("31", "comment",
      "commented that the Pharmacy First service was working well and relieving pressure on GPs",
      "information on Pharmacy First would be included in the leaflet",
      "Councillor Sahota", "The Borough Director", ["primary-care"]),
    q("31", "question",
      "asked whether the ICB was aware that a private company had acquired two GP practices",
      "the ICB had been notified of the change of ownership",
      None, "The Assistant Director", ["primary-care", "privatisation"]),
    q("31", "request",
      "Members requested that the ICB report back on any further changes of ownership",
      None, None, None, ["primary-care", "privatisation"]),
    q("31", "question",
      "asked whether the ICB would meet Headcote residents about the loss of their pharmacy",
      "agreed to attend a public meeting in Headcote in the new year",
      "Councillor Vora", "The Borough Director", ["primary-care", "patient-and-public-input"]),
    q("32", "request",
      "Members welcomed the enter and view visits to care homes and asked",
      "all reports were published on the Healthwatch website",
      None, "Mr Pryce", ["patient-and-public-input", "adult-social-care"]),
    q("32", "question",
      "asked how Healthwatch reached residents who did not use the internet",
      "held regular drop-in sessions in libraries and community centres",
      None, None, ["patient-and-public-input"]),
    q("32", "concern",
      "expressed concern that the grant to Healthwatch Kenwold had been reduced by ten per cent",
      None, None, None, ["finance", "patient-and-public-input"]),
    q("33", "request",
      "requested that the review include the experience of young carers and of care leavers",
      "the scope would be amended to reflect this",
      None, "the Senior Policy Officer", ["children-and-families", "mental-health"]),
    q("33", "question",
      "asked whether the review group would be able to visit the crisis",
      None, None, None, ["mental-health"]),
]

def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}

RESOLUTIONS = [
    r("23", "To note the attendance at this meeting of the following duly appointed", "noted", []),
    r("24", "To note that the following interests were declared", "noted", []),
    r("25", "the minutes of the meeting held on 15 September 2025, be taken as read",
      "agreed", []),
    r("26", "To note that the following public question had been received and responded to",
      "noted", ["patient-and-public-input"]),
    r("27", "To note that no petitions were received", "noted", []),
    r("28", "To note that no deputations were received", "noted", []),
    r("29", "the ICB be requested to provide the Sub-Committee with ambulance handover data",
      "agreed", []),
    r("30", "the progress made against the improvement plan be noted and a further update",
      "agreed", ["adult-social-care", "governance"]),
    r("31", "the Chair write, on behalf of the Sub-Committee, to NHS England",
      "agreed", ["primary-care"]),
    r("32", "The Sub-Committee noted the annual report and thanked Healthwatch Kenwold",
      "noted", ["patient-and-public-input"]),
    r("33", "the scope of the review be agreed, subject to the amendment set out above",
      "agreed", ["mental-health"]),
]

def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}

ATTENDEES = [
    a("Councillor Anjali Desor", "Chair", "present"),
    a("Graham Tolley", None, "present"),
    a("Margaret Ellery", None, "present"),
    a("Nitin Raval", None, "present"),
    a("Dev Sahota", None, "present"),
    a("Yusuf Adeyemi", None, "present"),
    a("Leonard Pryce", "Healthwatch Kenwold", "present"),
    a("Dr Samir Kotecha", "Kenwold Local Medical Committee", "apologies"),
    a("Helen Marchbank", None, "in_attendance"),
    a("Rakesh Vora", None, "in_attendance"),
    a("Councillor Farhana Qureshi", None, "apologies"),
]

# ---------------------------------------------------------------------------
# PDF writer (fpdf2)
# ---------------------------------------------------------------------------

def build_pdf(path):
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 9)
            self.set_x(20)
            self.cell(120, 5, FOOTER)
            self.set_x(160)
            self.cell(30, 5, f"- {FIRST_PAGE_NO - 1 + self.page_no()} -", align="R")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Social Care Scrutiny Sub-Committee - 24 November 2025")
    pdf.set_author("Democratic and Electoral Services")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    L, NUMW = 20, 14
    TX = L + NUMW          # text column
    TW = 190 - TX          # text width
    LH = 5.6

    # Title block
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "HEALTH AND SOCIAL CARE SCRUTINY SUB-COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 7, "MINUTES", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 7, "24 NOVEMBER 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    # Attendance panel: label column, then two columns of "* Name"
    def att_row(label, left, right=None, bold_label=True):
        y = pdf.get_y()
        pdf.set_font("Sans", "B" if bold_label else "", 10.5)
        pdf.set_xy(L, y)
        pdf.cell(38, LH, label)
        pdf.set_font("Sans", "", 10.5)
        for x, entry in ((L + 40, left), (L + 100, right)):
            if entry is None:
                continue
            mark, name = entry
            pdf.set_xy(x, y)
            pdf.cell(5, LH, mark)
            pdf.set_xy(x + 6, y)
            pdf.cell(60, LH, name)
        pdf.set_y(y + LH + 0.8)

    att_row("Chair:", ("*", "Councillor Anjali Desor"))
    pdf.ln(2)
    att_row("Councillors:", ("*", "Graham Tolley"), ("*", "Nitin Raval (2)"))
    att_row("", ("*", "Margaret Ellery"), ("*", "Dev Sahota"))
    att_row("", ("*", "Yusuf Adeyemi"))
    pdf.ln(2)
    att_row("Advisers:", ("*", "Leonard Pryce"), ("", "- Healthwatch Kenwold"))
    att_row("", ("\u2020", "Dr Samir Kotecha"), ("", "- Kenwold Local Medical Committee"))
    pdf.ln(2)
    att_row("In attendance:", ("", "Helen Marchbank"), ("", "Minutes 26 and 30"))
    att_row("(Councillors)", ("", "Rakesh Vora"), ("", "Minute 31"), bold_label=False)
    pdf.ln(2)
    att_row("Apologies", ("", "Councillor Farhana Qureshi"))
    att_row("received:", None)
    pdf.ln(3)
    pdf.set_font("Sans", "", 9.5)
    for line in ("*      Denotes Member present",
                 "(2)   Denotes category of Reserve Members",
                 "\u2020      Denotes apologies received"):
        pdf.set_x(L)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.line(L, y, 190, y)
    pdf.ln(5)

    def para(text, x=TX, w=TW, style="", size=10.5, after=2.6, align="J"):
        pdf.set_font("Sans", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for blk in BLOCKS:
        kind = blk[0]
        if kind == "min":
            if pdf.get_y() > 297 - 24 - 25:
                pdf.add_page()
            pdf.ln(1.5)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 11)
            pdf.set_xy(L, y)
            pdf.cell(NUMW, LH, blk[1] + ".")
            pdf.set_xy(TX, y)
            pdf.multi_cell(TW, LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "rh":
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.set_x(L)
            pdf.cell(0, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "p":
            para(blk[1])
        elif kind == "h":
            para(blk[1], style="B", after=1.2, align="L")
        elif kind == "b":
            y = pdf.get_y()
            pdf.set_font("Sans", "", 10.5)
            pdf.set_xy(TX, y)
            pdf.cell(6, LH, "\u2022")
            para(blk[1], x=TX + 7, w=TW - 7)
        elif kind == "res":
            if pdf.get_y() > 297 - 24 - 12:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(TX, y)
            pdf.cell(26, LH, "RESOLVED:")
            para(blk[1], x=TX + 27, w=TW - 27, after=2.2)
        elif kind == "resc":
            num, text = blk[1].split("\t")
            y = pdf.get_y()
            pdf.set_font("Sans", "", 10.5)
            pdf.set_xy(TX + 27, y)
            pdf.cell(9, LH, num)
            para(text, x=TX + 36, w=TW - 36, after=1.8)
        elif kind == "grid":
            rows, bold_first = blk[1], blk[2]
            for i, (c1, c2) in enumerate(rows):
                y = pdf.get_y()
                pdf.set_font("Sans", "B" if (bold_first and i == 0) else "", 10.5)
                pdf.set_xy(TX + 27, y)
                pdf.cell(62, LH, c1)
                pdf.set_xy(TX + 89, y)
                pdf.cell(60, LH, c2)
                pdf.set_y(y + LH + 0.6)
            pdf.ln(2.5)
        elif kind == "qa":
            label, text = blk[1], blk[2]
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_xy(TX, y)
            if label:
                pdf.multi_cell(40, LH, label, new_x="LMARGIN", new_y="NEXT")
            y_after_label = pdf.get_y()
            if text:
                pdf.set_xy(TX + 42, y)
                pdf.set_font("Sans", "", 10.5)
                pdf.multi_cell(TW - 42, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
                if pdf.get_y() < y_after_label:
                    pdf.set_y(y_after_label)
            pdf.ln(2.2)
    pdf.ln(4)
    para(CLOSING[0], x=L, w=170, style="")
    pdf.ln(6)
    para(CLOSING[1], x=L, w=170, style="B", after=0)
    para(CLOSING[2], x=L, w=170, style="B")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report that is not minutes (Word), in the borough's cover-sheet template
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Report for:", "Health and Social Care Scrutiny Sub-Committee"),
    ("Date of Meeting:", "24 November 2025"),
    ("Subject:", "Access to Primary Care and Community Pharmacy"),
    ("Responsible Officer:", "Assistant Director of Primary Care, Integrated Care Board "
                             "(Kenwold borough team)"),
    ("Scrutiny Lead Member area:", "Health: Councillor Graham Tolley (Policy Lead Member) "
                                   "and Councillor Dev Sahota (Performance Lead Member)"),
    ("Exempt:", "No"),
    ("Wards affected:", "All"),
    ("Enclosures:", "Appendix 1 \u2013 GP appointment data by Primary Care Network, "
                    "April to September 2025\nAppendix 2 \u2013 Map of community pharmacies"),
]

REPORT_BODY = [
    ("h1", "Section 1 \u2013 Summary and Recommendations"),
    ("p", "This report provides the Sub-Committee with an update on access to general "
          "practice, community pharmacy and NHS dentistry in Kenwold, following the concerns "
          "raised by Members when the Sub-Committee last considered primary care in March 2025."),
    ("h2", "Recommendations:"),
    ("p", "The Sub-Committee is requested to:"),
    ("n", "1.\tNote the update on access to primary care set out in the report; and"),
    ("n", "2.\tConsider whether it wishes to make any recommendations to the Integrated Care "
          "Board or to NHS England on the closure of community pharmacies in the borough."),
    ("h1", "Section 2 \u2013 Report"),
    ("h2", "Introduction"),
    ("p", "2.1\tThe 32 GP practices in Kenwold are grouped into five Primary Care Networks "
          "(PCNs).  Since April 2025 practices have been required to keep their online "
          "consultation tools open throughout core hours, and the Integrated Care Board (ICB) "
          "has asked each practice to publish how patients can request an appointment."),
    ("p", "2.2\tBetween April and September 2025 practices in the borough provided 612,400 "
          "appointments, of which 43% were on the same day as the request and 71% were face to "
          "face.  Appendix 1 sets out the figures for each PCN."),
    ("h2", "Community pharmacy"),
    ("p", "2.3\tFour community pharmacies have closed in Kenwold since April 2024.  The "
          "Pharmaceutical Needs Assessment (PNA) agreed by the Health and Wellbeing Board in "
          "September 2025 found that there is no gap in provision across the borough, but noted "
          "that access in Headcote would need to be kept under review if a further pharmacy "
          "were to close."),
    ("p", "2.4\tDecisions on applications to open, relocate or close a pharmacy are made by NHS "
          "England.  The Council is consulted as the body responsible for the PNA but cannot "
          "prevent a closure."),
    ("h2", "Questions Members may wish to consider"),
    ("p", "2.5\tIn scrutinising this report, Members may wish to ask:"),
    ("bl", "How will the ICB make sure that every practice offers online booking throughout "
           "core hours, and what action will it take where a practice does not?"),
    ("bl", "Is the PNA still accurate following the announced closure of the Station Road "
           "pharmacy, and should a supplementary statement be published?"),
    ("bl", "What is being done to tell residents about Pharmacy First and the NHS App?"),
    ("bl", "How many dental practices in the borough are accepting new adult NHS patients?"),
    ("h2", "Frequently asked questions from residents"),
    ("p", "Q.  Why can I not get through to my surgery at 8am?"),
    ("p", "A.  Most calls to practices are made between 8am and 9am.  Practices are now required "
          "to accept online requests all day, and many offer a call-back so that you do not "
          "have to wait in a queue."),
    ("p", "Q.  Can a pharmacist treat me without seeing my GP?"),
    ("p", "A.  Yes.  Under Pharmacy First, pharmacists can assess and treat seven common "
          "conditions, including sore throats, earache and urinary tract infections in women, "
          "and can supply some prescription medicines where that is needed."),
    ("h1", "Section 3 \u2013 Further Information"),
    ("h2", "Risk Management Implications"),
    ("p", "Risks included on corporate or directorate risk register?  No"),
    ("p", "Separate risk register in place?  No"),
    ("h2", "Legal Implications"),
    ("p", "3.1\tUnder the Local Authority (Public Health, Health and Wellbeing Boards and Health "
          "Scrutiny) Regulations 2013 relevant NHS bodies must provide the Sub-Committee with "
          "such information as it may reasonably require."),
    ("h2", "Financial Implications"),
    ("p", "3.2\tThere are no direct financial implications for the Council arising from this "
          "report."),
    ("h2", "Equalities implications / Public Sector Equality Duty"),
    ("p", "3.3\tThe closure of pharmacies in the south of the borough may have a greater effect "
          "on older and disabled residents and on those without a car."),
    ("h2", "Council Priorities"),
    ("p", "3.4\tThe report supports the Council priority of putting residents first."),
    ("h1", "Section 4 \u2013 Statutory Officer Clearance (Council and Joint Reports)"),
    ("p", "Not required for this report."),
    ("h1", "Mandatory Checks"),
    ("p", "Ward Councillors notified:  NO, as it affects all wards"),
    ("h1", "Section 5 \u2013 Contact Details and Background Papers"),
    ("p", "Contact:  Primary Care Commissioning Manager, Kenwold borough team, Integrated Care "
          "Board, email: kenwold.primarycare@nhs.example"),
    ("p", "Background Papers:  Kenwold Pharmaceutical Needs Assessment 2025\u20132028"),
    ("p", "Call-in waived by the Chair of Overview and Scrutiny Committee \u2013 NOT APPLICABLE "
          "(Call-in does not apply)"),
]


def build_docx(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    p = d.add_paragraph()
    run = p.add_run("LONDON BOROUGH OF KENWOLD")
    run.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = d.add_table(rows=0, cols=2)
    for label, value in REPORT_COVER:
        cells = t.add_row().cells
        cells[0].width = Cm(5.5)
        cells[1].width = Cm(11)
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = value.split("\n")
        cells[1].paragraphs[0].add_run(lines[0])
        for extra in lines[1:]:
            cells[1].add_paragraph(extra)
    d.add_paragraph()

    for kind, text in REPORT_BODY:
        if kind == "h1":
            p = d.add_paragraph()
            r_ = p.add_run(text)
            r_.bold = True
            r_.font.size = Pt(14)
        elif kind == "h2":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "bl":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            num, rest = text.split("\t")
            p = d.add_paragraph(f"{num}\t{rest}")
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
        else:
            d.add_paragraph(text)

    cp = d.core_properties
    cp.author = "Kenwold borough team"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Access to Primary Care and Community Pharmacy"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed zip timestamps so the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold files, text extraction and check
# ---------------------------------------------------------------------------

def gold_minutes():
    return {
        "document": MIN_NAME + ".pdf",
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-11-24",
        "items": [{"number": n, "title": t} for n, t in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def gold_report():
    return {"document": REP_NAME + ".docx", "doc_type": "report"}


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / (MIN_NAME + ".pdf"))
    build_docx(DOCS / (REP_NAME + ".docx"))
    for name, g in ((MIN_NAME, gold_minutes()), (REP_NAME, gold_report())):
        (GOLD / (name + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MIN_NAME + ".pdf", REP_NAME + ".docx", "and their gold files")


def text_of(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
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


def norm(s, space=False):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[^\w\s]", " " if space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for gpath in sorted(GOLD.glob("mn-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING document", doc)
            ok = False
            continue
        text = text_of(doc)
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["item"], qq["text"]))
            if qq["answer"] is not None:
                phrases.append(("answer", qq["item"], qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["item"], rr["text"]))
        for kind, item, ph in phrases:
            nwords = len(ph.split())
            if not 6 <= nwords <= 15:
                print(f"LENGTH {nwords} words [{kind} {item}]: {ph}")
                ok = False
            for space in (False, True):
                n = norm(text, space).count(norm(ph, space))
                if n != 1:
                    print(f"FOUND {n}x (space={space}) [{kind} {item}]: {ph}")
                    ok = False
        for a_ in g.get("attendees", []):
            if norm(a_["name"]) not in norm(text):
                print("ATTENDEE not found:", a_["name"])
                ok = False
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
