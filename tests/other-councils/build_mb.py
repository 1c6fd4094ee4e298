#!/usr/bin/env python3
"""Build the "mb-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mb.py           build documents/mb-* and gold/mb-*.json
        build_mb.py --check   verify every gold phrase occurs once in its document
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
FIXED = dt.datetime(2025, 10, 21, 9, 0, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "mb-ardenchase-scrutiny-committee-2025-10-13.pdf"
REPORT_NAME = "mb-ardenchase-safe-and-well-review-report.docx"
AUTH = "Arden Chase Fire and Rescue Authority"

# --------------------------------------------------------------------------------------
# The minutes.  Block kinds:
#   ("title", text) ("sub", text) ("att", label, text) ("min", number, title)
#   ("p", text) ("b", text) bullet ("res",) "Resolved:" ("n", "1.", text) ("end", text)
# --------------------------------------------------------------------------------------
MINUTES = [
    ("title", "Minutes of the Scrutiny Committee"),
    ("sub", "13 October 2025 at 10:30 hours"),
    ("sub", "at Fire Service Headquarters, Lichfield Road, Castle Arden CA4 7HW and digitally "
            "via Microsoft Teams"),
    ("att", "Present:", "Councillor Okafor (Chair);\nCouncillor Lyall (Vice Chair);\n"
                        "Councillors Bramwell, Dhillon, Featherstone and Pugh;\n"
                        "Mr Tennant (Independent Member)"),
    ("att", "Virtual:", "Councillor Hargreave"),
    ("att", "Officers:", "Joanna Kerslake (Clerk to the Authority), Adrian Pelham (Assistant "
                         "Chief Fire Officer), Nisha Varma, Gareth Collis, Lee Fenwick, "
                         "Kiran Bhogal (Democratic Services)"),
    ("att", "In attendance:", "Rachel Achterberg (Falls and Frailty Programme Lead, NHS Arden "
                              "Chase Integrated Care Board) for Minute 22/25"),
    ("att", "Observer:", "Mr D Marsh (Fire Brigades Union)"),

    ("min", "17/25", "Chair’s Announcements"),
    ("p", "The Chair welcomed Mr Tennant to his first meeting of the Committee following his "
          "appointment as an Independent Member by the Authority in July 2025, and welcomed "
          "Rachel Achterberg of NHS Arden Chase Integrated Care Board, who was attending for "
          "Minute 22/25."),
    ("p", "The Chair informed Members that His Majesty’s Inspectorate of Constabulary and Fire "
          "& Rescue Services (HMICFRS) had confirmed that the fieldwork for the Service’s third "
          "round inspection would take place during the week commencing 19 January 2026. A "
          "briefing for all Members of the Authority would be arranged in December."),

    ("min", "18/25", "Apologies for Absence"),
    ("p", "Apologies for absence were received from Councillor Ashdown and Councillor "
          "Whitcombe."),

    ("min", "19/25", "Declarations of Interests"),
    ("p", "Councillor Pugh declared a non-pecuniary interest in Minute 22/25 as a trustee of "
          "Brayford Good Neighbours, a charity providing befriending services to older people "
          "which received referrals from the Service."),

    ("min", "20/25", "Minutes of the Scrutiny Committee held on 9 June 2025"),
    ("res",),
    ("n", "1.", "That the minutes of the Scrutiny Committee held on 9 June 2025 be approved as a "
                "correct record of proceedings."),
    ("p", "In relation to Minute 13/25 (Fire Control Performance), the Clerk confirmed that the "
          "breakdown of call handling times by time of day had been circulated to Members on "
          "4 July 2025."),

    ("min", "21/25", "Dispute Resolution Report"),
    ("p", "Nisha Varma, Strategic Enabler – People, presented the Dispute Resolution Report which "
          "provided an analysis of the discipline, grievance and dispute cases managed within "
          "the Service during the period 1 January 2025 to 30 June 2025. During the period "
          "there had been 14 disciplinary cases, nine grievances, one dismissal and two "
          "Employment Tribunal claims. The number of grievances had fallen from 13 in the "
          "previous six months, with the largest category continuing to relate to the "
          "application of the Attendance Management Policy. Of the disciplinary cases, four "
          "related to conduct on social media and three to driving standards. Both Employment "
          "Tribunal claims had been lodged by former support staff and were at an early stage, "
          "and the Service had been advised that it would not be appropriate to comment on "
          "their merits. The Strategic Enabler reminded Members that the report was presented "
          "twice a year in line with the Committee’s terms of reference, and that the figures "
          "continued to compare favourably with other metropolitan fire and rescue services."),
    ("p", "In answer to Members’ questions, the following points were raised:"),
    ("b", "Councillor Featherstone asked whether the increase in social media cases reflected a "
          "change in behaviour or better reporting. The Strategic Enabler advised that it was "
          "largely the result of the revised social media guidance launched in February 2025, "
          "which had given staff the confidence to report concerns."),
    ("b", "Members expressed concern that the average length of a disciplinary investigation "
          "had risen to 97 days, which placed considerable strain on the individuals involved "
          "and on station managers. It was acknowledged that timescales were too long; a pool "
          "of trained investigating officers was being established and an external provider "
          "had been used for two of the more complex investigations."),
    ("b", "Councillor Lyall queried whether the attendance management grievances were "
          "concentrated in particular stations or staff groups. Officers explained that they "
          "were spread across the Service, although a higher proportion had come from Fire "
          "Control, where a new shift pattern had been introduced in April."),
    ("b", "Mr Tennant sought clarification on how the learning from cases was shared with "
          "managers. The Committee was informed that a quarterly lessons learned bulletin was "
          "issued to all supervisory managers and that recurring themes had been built into "
          "the training for newly promoted crew and watch commanders."),
    ("b", "Councillor Dhillon requested that future reports include a breakdown of cases by "
          "protected characteristic, so that the Committee could be assured that no group of "
          "staff was disproportionately represented."),
    ("res",),
    ("n", "1.", "That the Dispute Resolution Report be noted."),
    ("n", "2.", "That future reports include an analysis by protected characteristic, where the "
                "numbers allow this without identifying individuals."),

    ("min", "22/25", "Safe and Well Visits – Scrutiny Review Update"),
    ("p", "Gareth Collis, Area Commander – Prevention, and Rachel Achterberg, Falls and Frailty "
          "Programme Lead, NHS Arden Chase Integrated Care Board, provided an update on the "
          "Committee’s review of Safe and Well visits, which had been agreed as the Committee’s "
          "principal piece of work for 2025/26 (Minute 14/25 refers)."),
    ("p", "The Area Commander reported that 18,426 Safe and Well visits had been completed in "
          "2024/25, of which 71% were to households containing at least one person aged over "
          "65. Visits covered fire safety in the home together with falls, smoking, alcohol, "
          "winter warmth and loneliness, and 2,317 onward referrals had been made to partners, "
          "the largest number to adult social care and to the stop smoking services "
          "commissioned by the three local authorities. The review group had met four times, "
          "had accompanied crews on visits at Hollins Cross and Wednesford, and had heard from "
          "the Service’s Home Safety Partnership. Rachel Achterberg outlined the falls response "
          "pilot in the Brayford locality, in which crews attended non-injury falls on behalf "
          "of the ambulance service, and explained that the pilot had avoided an estimated 410 "
          "ambulance conveyances in its first six months."),
    ("p", "In response to a question from Councillor Bramwell about how households were "
          "prioritised, the Area Commander said that a targeting model combining NHS data on "
          "people aged over 65, partner referrals and the Service’s own incident history was "
          "used to identify those most at risk of dying in a fire, and that around a fifth of "
          "visits still came from people contacting the Service directly."),
    ("p", "Councillor Pugh expressed concern that many of the referrals received from adult "
          "social care related to people who had already had a fire or a near miss, and asked "
          "how earlier referrals could be encouraged. Rachel Achterberg explained that the ICB "
          "was working with the three local authorities to add a fire risk question to the "
          "hospital discharge checklist from January 2026, and that the same question would "
          "be included in the care needs assessment used by domiciliary care providers."),
    ("p", "Councillor Featherstone asked whether crews received sufficient training to recognise "
          "the signs of self-neglect, hoarding and mental ill health during visits. The Area "
          "Commander advised that all operational staff completed a safeguarding module every "
          "two years and that a new mental health awareness package had so far been delivered "
          "to 62% of watches, with the remainder to be completed by March 2026. Members noted "
          "that crews were sometimes the only professionals to enter a property for several "
          "years and that it was important that concerns were passed on promptly; the Area "
          "Commander added that the Service made over 300 safeguarding referrals each year and "
          "that the quality of these had been commended by the safeguarding adults boards."),
    ("p", "A Member commented that the number of referrals to stop smoking services appeared low "
          "given that smoking materials had been a factor in more than half of accidental "
          "dwelling fire deaths over the last five years. Officers undertook to examine whether "
          "the referral form could be simplified and whether crews could make referrals "
          "directly from their tablets."),
    ("p", "Mr Tennant asked whether visits would remain free of charge, noting that some "
          "neighbouring services were considering charging for the fitting of specialist "
          "equipment. The Assistant Chief Fire Officer confirmed that there were no plans to "
          "introduce charges; the cost of smoke alarms and other equipment was met from the "
          "prevention budget, with a contribution from the Better Care Fund in two of the "
          "three boroughs."),
    ("res",),
    ("n", "1.", "That the update on the Safe and Well scrutiny review be noted."),
    ("n", "2.", "That the review group’s draft findings and recommendations be submitted to the "
                "meeting of the Committee on 2 February 2026, prior to their presentation to "
                "the Authority."),

    ("min", "23/25", "Workforce Diversity and Positive Action Update"),
    ("p", "Lee Fenwick, Head of Resourcing, presented the update on the 2025 wholetime firefighter "
          "recruitment campaign and the Service’s positive action programme. The campaign had "
          "attracted 2,140 applications, of which 19.4% were from women and 24.1% from people "
          "from ethnic minority communities, compared with 16.8% and 21.5% in 2023. Forty-eight "
          "trainee firefighters would join the Service in two cohorts in January and April "
          "2026. There were 37 vacant on-call posts across the Service’s nine on-call "
          "stations. The positive action programme had delivered 22 taster days and a "
          "mentoring scheme for applicants, and had been shortlisted for a national award."),
    ("p", "Councillor Lyall asked why the proportion of applicants from ethnic minority "
          "communities fell between the application stage and the physical tests. The Head of "
          "Resourcing explained that the largest reduction occurred at the online situational "
          "judgement test, and that an occupational psychologist had been engaged to review "
          "the test for any adverse impact."),
    ("p", "Councillor Hargreave, attending virtually, asked whether the Service had any "
          "evidence that the new recruits were staying in the Service. It was reported that "
          "retention over the first three years was 94%, and that exit interviews were offered "
          "to every leaver."),
    ("p", "Concerns were expressed about the level of on-call vacancies at Brayford and "
          "Castle Arden North, which had left appliances unavailable for long periods during "
          "the summer months. The Assistant Chief Fire Officer acknowledged the position and "
          "explained that a targeted on-call recruitment campaign, working with local "
          "employers, would begin in November and that wholetime crews had been used to cover "
          "the most significant gaps."),
    ("p", "Councillor Dhillon questioned whether the positive action programme represented "
          "value for money given the number of successful applicants. It was explained that "
          "the programme cost approximately £86,000 a year, most of which was staff time, and "
          "that its benefits should be judged over several campaigns rather than one."),
    ("p", "Councillor Bramwell commented that the taster days held at Wednesford Fire Station "
          "had been very well received by young people and schools in her ward."),
    ("p", "The Committee noted the update and thanked the Head of Resourcing for the report."),

    ("min", "24/25", "Community Risk Management Plan 2026–2029: Consultation Feedback"),
    ("p", "Adrian Pelham, Assistant Chief Fire Officer, presented the feedback from the 12 week "
          "public consultation on the draft Community Risk Management Plan 2026–2029, which had "
          "closed on 5 September 2025. There had been 3,112 responses to the online survey, 14 "
          "focus groups had been held with residents and businesses, and written responses had "
          "been received from the Fire Brigades Union, two district councils and a residents’ "
          "association. The proposals which had received the most comment were the change to "
          "day-crewing at Hollins Cross, the introduction of charges for repeated unwanted fire "
          "signals from automatic fire alarms in commercial premises, and the proposal to "
          "replace two older appliances with smaller rapid response vehicles. Overall, 68% of "
          "respondents had agreed or strongly agreed with the proposals, although support for "
          "the change at Hollins Cross was considerably lower, at 31%. The Authority would be "
          "asked to approve the final plan on 17 November 2025."),
    ("p", "Councillor Featherstone asked how representative the survey had been, given that "
          "fewer than 4% of responses were from residents aged under 25. The Assistant Chief "
          "Fire Officer acknowledged that young people were under-represented and advised that "
          "further engagement with colleges and youth groups would be undertaken before the "
          "plan was finalised."),
    ("p", "Concern was expressed that the proposed charging for unwanted fire signals could "
          "deter care homes and sheltered housing schemes from calling the Service when an "
          "alarm sounded. It was confirmed that premises with sleeping risk, including care "
          "homes, sheltered housing and hospitals, would be exempt, and that the charge would "
          "apply only after the fifth unwanted signal in any twelve month period."),
    ("p", "A Member asked whether the Authority had considered sharing its Fire Control function "
          "with a neighbouring service or transferring it to a private provider. The Assistant "
          "Chief Fire Officer said that the options for collaboration on Fire Control had been "
          "appraised in 2023 and would be revisited during the life of the plan, but that there "
          "were no proposals to move the function into the private sector."),
    ("p", "Councillor Pugh requested that the final plan set out clearly how the change at "
          "Hollins Cross would affect attendance times in the rural wards to the north of the "
          "station."),
    ("p", "Mr Marsh, at the invitation of the Chair, stated that the Fire Brigades Union remained "
          "opposed to the change at Hollins Cross and to the reduction in the number of "
          "appliances."),
    ("res",),
    ("n", "1.", "That the feedback from the consultation on the draft Community Risk Management "
                "Plan 2026–2029 be noted."),
    ("n", "2.", "That the Committee recommends to the Authority that the final Community Risk "
                "Management Plan include an assessment of the impact of the proposed change at "
                "Hollins Cross on attendance times in rural areas."),

    ("min", "25/25", "Scrutiny Committee Work Programme 2025/26"),
    ("p", "The Committee considered its Work Programme for 2025/26."),
    ("p", "Councillor Lyall asked that an item on the Service’s work to protect residents of "
          "high-rise residential buildings, including progress by landlords with the "
          "remediation of unsafe cladding, be added to the work programme. The Clerk confirmed "
          "that this could be scheduled for the meeting on 2 February 2026."),
    ("res",),
    ("n", "1.", "That the Scrutiny Committee Work Programme 2025/26 be approved, subject to the "
                "addition of an item on high-rise residential buildings."),

    ("min", "26/25", "Date of Next Meeting"),
    ("p", "The next meeting of the Committee would be held on Monday 2 February 2026 at 10:30 "
          "hours at Fire Service Headquarters."),

    ("end", "The meeting finished at 12:46 hours."),
    ("end", "Contact Officer: Kiran Bhogal\nDemocratic Services\nArden Chase Fire and Rescue "
            "Service\n01632 960418"),
]

# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------
def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Committee",
    "meeting_date": "2025-10-13",
    "items": [
        {"number": "17/25", "title": "Chair’s Announcements"},
        {"number": "18/25", "title": "Apologies for Absence"},
        {"number": "19/25", "title": "Declarations of Interests"},
        {"number": "20/25", "title": "Minutes of the Scrutiny Committee held on 9 June 2025"},
        {"number": "21/25", "title": "Dispute Resolution Report"},
        {"number": "22/25", "title": "Safe and Well Visits – Scrutiny Review Update"},
        {"number": "23/25", "title": "Workforce Diversity and Positive Action Update"},
        {"number": "24/25",
         "title": "Community Risk Management Plan 2026–2029: Consultation Feedback"},
        {"number": "25/25", "title": "Scrutiny Committee Work Programme 2025/26"},
        {"number": "26/25", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 21/25 Dispute Resolution Report ("In answer to Members' questions, the following
        # points were raised:" over bullets)
        Q("21/25", "question",
          "asked whether the increase in social media cases reflected a change in behaviour",
          "Councillor Featherstone",
          "largely the result of the revised social media guidance launched in February 2025",
          "The Strategic Enabler", ["workforce"]),
        Q("21/25", "concern",
          "the average length of a disciplinary investigation had risen to 97 days",
          "Members",
          "a pool of trained investigating officers was being established",
          None, ["workforce", "subcontracting"]),
        Q("21/25", "question",
          "queried whether the attendance management grievances were concentrated in particular stations",
          "Councillor Lyall",
          "a higher proportion had come from Fire Control, where a new shift pattern",
          "Officers", ["workforce"]),
        Q("21/25", "question",
          "sought clarification on how the learning from cases was shared with managers",
          "Mr Tennant",
          "recurring themes had been built into the training for newly promoted crew",
          None, ["workforce"]),
        Q("21/25", "request",
          "requested that future reports include a breakdown of cases by protected characteristic",
          "Councillor Dhillon", None, None, ["workforce"]),
        # 22/25 Safe and Well
        Q("22/25", "question",
          "In response to a question from Councillor Bramwell about how households were prioritised",
          "Councillor Bramwell",
          "a targeting model combining NHS data on people aged over 65",
          "the Area Commander", []),
        Q("22/25", "concern",
          "expressed concern that many of the referrals received from adult social care",
          "Councillor Pugh",
          "the ICB was working with the three local authorities to add a fire risk question",
          "Rachel Achterberg", ["adult-social-care"]),
        Q("22/25", "question",
          "asked whether crews received sufficient training to recognise the signs of self-neglect",
          "Councillor Featherstone",
          "all operational staff completed a safeguarding module every two years",
          "The Area Commander", ["workforce", "mental-health"]),
        Q("22/25", "comment",
          "crews were sometimes the only professionals to enter a property for several years",
          "Members",
          "the Service made over 300 safeguarding referrals each year",
          "the Area Commander", []),
        Q("22/25", "comment",
          "the number of referrals to stop smoking services appeared low",
          "A Member",
          "Officers undertook to examine whether the referral form could be simplified",
          "Officers", ["public-health"]),
        Q("22/25", "question",
          "asked whether visits would remain free of charge, noting that some neighbouring services",
          "Mr Tennant",
          "there were no plans to introduce charges; the cost of smoke alarms",
          "The Assistant Chief Fire Officer", ["finance", "integration"]),
        # 23/25 Workforce diversity
        Q("23/25", "question",
          "asked why the proportion of applicants from ethnic minority communities fell",
          "Councillor Lyall",
          "the largest reduction occurred at the online situational judgement test",
          "The Head of Resourcing", ["workforce"]),
        Q("23/25", "question",
          "asked whether the Service had any evidence that the new recruits were staying",
          "Councillor Hargreave",
          "retention over the first three years was 94%",
          None, ["workforce"]),
        Q("23/25", "concern",
          "Concerns were expressed about the level of on-call vacancies at Brayford",
          None,
          "a targeted on-call recruitment campaign, working with local employers, would begin in November",
          "The Assistant Chief Fire Officer", ["workforce"]),
        Q("23/25", "question",
          "questioned whether the positive action programme represented value for money",
          "Councillor Dhillon",
          "the programme cost approximately £86,000 a year, most of which was staff time",
          None, ["finance", "workforce"]),
        Q("23/25", "comment",
          "the taster days held at Wednesford Fire Station had been very well received",
          "Councillor Bramwell", None, None, ["children-and-families"]),
        # 24/25 CRMP consultation
        Q("24/25", "question",
          "asked how representative the survey had been, given that fewer than 4%",
          "Councillor Featherstone",
          "further engagement with colleges and youth groups would be undertaken",
          "The Assistant Chief Fire Officer",
          ["patient-and-public-input", "children-and-families"]),
        Q("24/25", "concern",
          "the proposed charging for unwanted fire signals could deter care homes",
          None,
          "premises with sleeping risk, including care homes, sheltered housing and hospitals, would be exempt",
          None, ["finance", "adult-social-care", "housing"]),
        Q("24/25", "question",
          "asked whether the Authority had considered sharing its Fire Control function",
          "A Member",
          "there were no proposals to move the function into the private sector",
          "The Assistant Chief Fire Officer", ["privatisation"]),
        Q("24/25", "request",
          "requested that the final plan set out clearly how the change at Hollins Cross",
          "Councillor Pugh", None, None, []),
        Q("24/25", "comment",
          "the Fire Brigades Union remained opposed to the change at Hollins Cross",
          "Mr Marsh", None, None, []),
        # 25/25 Work programme
        Q("25/25", "request",
          "Councillor Lyall asked that an item on the Service’s work to protect",
          "Councillor Lyall",
          "this could be scheduled for the meeting on 2 February 2026",
          "The Clerk", ["housing"]),
    ],
    "resolutions": [
        R("20/25", "That the minutes of the Scrutiny Committee held on 9 June 2025",
          "agreed", []),
        R("21/25", "That the Dispute Resolution Report be noted", "agreed", ["workforce"]),
        R("22/25", "That the update on the Safe and Well scrutiny review be noted",
          "agreed", ["governance"]),
        R("23/25", "The Committee noted the update and thanked the Head of Resourcing", "noted", []),
        R("24/25", "That the feedback from the consultation on the draft Community Risk Management",
          "recommended", ["patient-and-public-input"]),
        R("25/25", "That the Scrutiny Committee Work Programme 2025/26 be approved",
          "agreed", []),
    ],
    "attendees": [
        {"name": "Councillor Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Lyall", "role": "Vice Chair", "attendance": "present"},
        {"name": "Councillor Bramwell", "role": None, "attendance": "present"},
        {"name": "Councillor Dhillon", "role": None, "attendance": "present"},
        {"name": "Councillor Featherstone", "role": None, "attendance": "present"},
        {"name": "Councillor Pugh", "role": None, "attendance": "present"},
        {"name": "Mr Tennant", "role": "Independent Member", "attendance": "present"},
        {"name": "Councillor Hargreave", "role": None, "attendance": "in_attendance"},
        {"name": "Joanna Kerslake", "role": "Clerk to the Authority",
         "attendance": "in_attendance"},
        {"name": "Adrian Pelham", "role": "Assistant Chief Fire Officer",
         "attendance": "in_attendance"},
        {"name": "Nisha Varma", "role": None, "attendance": "in_attendance"},
        {"name": "Gareth Collis", "role": None, "attendance": "in_attendance"},
        {"name": "Lee Fenwick", "role": None, "attendance": "in_attendance"},
        {"name": "Kiran Bhogal", "role": "Democratic Services", "attendance": "in_attendance"},
        {"name": "Rachel Achterberg",
         "role": "Falls and Frailty Programme Lead, NHS Arden Chase Integrated Care Board",
         "attendance": "in_attendance"},
        {"name": "Mr D Marsh", "role": "Fire Brigades Union", "attendance": "in_attendance"},
        {"name": "Councillor Ashdown", "role": None, "attendance": "apologies"},
        {"name": "Councillor Whitcombe", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------------------
def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            self.set_font("Body", "", 9)
            self.set_y(10)
            self.cell(0, 5, "[IL0: UNCLASSIFIED]", align="C")
            self.set_y(24)

        def footer(self):
            self.set_y(-16)
            self.set_font("Body", "", 9)
            self.cell(0, 4, "[IL0: UNCLASSIFIED]", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes of the Scrutiny Committee 13 October 2025")
    pdf.set_author(AUTH)
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.add_font("Body", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Body", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()

    L = 22          # left margin
    IND = 42        # body indent (the hanging minute-number column)
    W = 210 - 22 - IND   # body width
    LH = 5.6

    for blk in MINUTES:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("Body", "B", 14)
            pdf.set_x(L)
            pdf.multi_cell(0, 8, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("Body", "B", 11)
            pdf.set_x(L)
            pdf.multi_cell(0, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "att":
            pdf.ln(1)
            pdf.set_font("Body", "B", 11)
            pdf.set_x(L)
            y = pdf.get_y()
            pdf.cell(IND - L + 8, LH, blk[1])
            pdf.set_font("Body", "", 11)
            pdf.set_xy(L + 33, y)
            pdf.multi_cell(210 - 22 - (L + 33), LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "min":
            pdf.ln(4)
            if pdf.get_y() > 297 - 22 - 20:
                pdf.add_page()
            pdf.set_font("Body", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(L, y)
            pdf.cell(IND - L, LH, blk[1])
            pdf.set_xy(IND, y)
            pdf.multi_cell(W, LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Body", "", 11)
            pdf.set_x(IND)
            pdf.multi_cell(W, LH, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Body", "", 11)
            y = pdf.get_y()
            pdf.set_xy(IND, y)
            pdf.cell(6, LH, "•")
            pdf.set_xy(IND + 6, y)
            pdf.multi_cell(W - 6, LH, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "res":
            pdf.ln(1)
            pdf.set_font("Body", "B", 11)
            pdf.set_x(IND)
            pdf.cell(W, LH, "Resolved:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "n":
            pdf.set_font("Body", "", 11)
            y = pdf.get_y()
            pdf.set_xy(IND, y)
            pdf.cell(8, LH, blk[1])
            pdf.set_xy(IND + 8, y)
            pdf.multi_cell(W - 8, LH, blk[2], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "end":
            pdf.ln(4)
            pdf.set_font("Body", "", 11)
            pdf.set_x(IND)
            pdf.multi_cell(W, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The report (docx): a committee report in the authority's template
# --------------------------------------------------------------------------------------
REPORT_PARAS = [
    ("hdr", "ARDEN CHASE FIRE AND RESCUE AUTHORITY", "Item 6"),
    ("caps", "SCRUTINY COMMITTEE"),
    ("caps", "13 OCTOBER 2025"),
    ("num", "1.", "SAFE AND WELL VISITS – SCRUTINY REVIEW UPDATE"),
    ("plain", "Report of the Chief Fire Officer."),
    ("caps", "RECOMMENDED"),
    ("sub", "1.1", "THAT the Committee notes the progress of the review of Safe and Well visits."),
    ("sub", "1.2", "THAT the Committee considers whether the key lines of enquiry set out in "
                   "Section 5 remain appropriate for the remainder of the review."),
    ("sub", "1.3", "THAT the review group’s draft findings and recommendations are submitted to "
                   "the meeting of the Committee on 2 February 2026."),
    ("num", "2.", "PURPOSE OF REPORT"),
    ("sub", "2.1", "This report is submitted to update Members on the progress of the "
                   "Committee’s review of Safe and Well visits, agreed as the Committee’s "
                   "principal piece of work for 2025/26 at its meeting on 9 June 2025 (Minute "
                   "14/25)."),
    ("num", "3.", "BACKGROUND"),
    ("sub", "3.1", "Safe and Well visits are the Service’s main prevention activity in the home. "
                   "A visit combines fire safety advice and the fitting of smoke alarms with "
                   "conversations about falls, smoking, alcohol, winter warmth, loneliness and "
                   "mental wellbeing, and onward referral to partner agencies where a need is "
                   "identified."),
    ("sub", "3.2", "In 2024/25 the Service completed 18,426 visits, of which 71% were to "
                   "households containing at least one person aged over 65. A total of 2,317 "
                   "referrals were made to partners."),
    ("sub", "3.3", "The review group comprises Councillors Okafor, Featherstone and Pugh and Mr "
                   "Tennant. It has met four times and has accompanied crews on visits at "
                   "Hollins Cross and Wednesford Fire Stations."),
    ("num", "4.", "PROGRESS TO DATE"),
    ("sub", "4.1", "The review group has received evidence from the Prevention department, the "
                   "Home Safety Partnership and NHS Arden Chase Integrated Care Board. The table "
                   "below summarises referrals by partner for 2024/25."),
    ("table", [["Partner", "Referrals 2024/25", "Referrals 2023/24"],
               ["Adult social care (three local authorities)", "884", "791"],
               ["Stop smoking services", "212", "236"],
               ["Falls services", "503", "377"],
               ["Alcohol and drug services", "96", "88"],
               ["Voluntary sector befriending", "622", "540"],
               ["Total", "2,317", "2,032"]]),
    ("sub", "4.2", "Members have asked why referrals to stop smoking services have fallen when "
                   "smoking materials remain the most common cause of fatal accidental dwelling "
                   "fires. Officers are reviewing the referral form with the three local "
                   "authorities’ public health teams."),
    ("sub", "4.3", "The falls response pilot in the Brayford locality, funded by the Integrated "
                   "Care Board, has avoided an estimated 410 ambulance conveyances in its first "
                   "six months. A decision on whether to extend the pilot will be taken by the "
                   "Integrated Care Board in December 2025."),
    ("num", "5.", "KEY LINES OF ENQUIRY"),
    ("sub", "5.1", "The Committee agreed the following key lines of enquiry on 9 June 2025:"),
    ("kloe", "a)", "How well are Safe and Well visits targeted at the people most at risk of "
                   "dying or being injured in a fire?"),
    ("kloe", "b)", "How effective are the referral pathways between the Service and health and "
                   "social care partners, in both directions?"),
    ("kloe", "c)", "Do crews have the training and support they need to identify and act on "
                   "safeguarding concerns, hoarding and self-neglect?"),
    ("kloe", "d)", "What difference do visits make, and how does the Service know?"),
    ("kloe", "e)", "Is the current level of investment in prevention sustainable within the "
                   "Authority’s medium term financial plan?"),
    ("num", "6.", "EQUALITY IMPACT ASSESSMENT"),
    ("sub", "6.1", "In preparing this report an initial Equality Impact Assessment is not "
                   "required and has not been carried out. An assessment will accompany the "
                   "review group’s recommendations."),
    ("num", "7.", "LEGAL IMPLICATIONS"),
    ("sub", "7.1", "Section 6 of the Fire and Rescue Services Act 2004 requires the Authority to "
                   "make provision for the purpose of promoting fire safety in its area."),
    ("num", "8.", "FINANCIAL IMPLICATIONS"),
    ("sub", "8.1", "There are no direct financial implications arising from this report. The "
                   "prevention budget for 2025/26 is £1.94 million, including a contribution of "
                   "£165,000 from the Better Care Fund in two boroughs."),
    ("num", "9.", "ENVIRONMENTAL IMPLICATIONS"),
    ("sub", "9.1", "There are no environmental implications arising from this report."),
    ("caps", "BACKGROUND PAPERS"),
    ("plain", "Scrutiny Committee, 9 June 2025 – Scrutiny Review Scoping Document"),
    ("plain", "The contact name for this report is Area Commander Gareth Collis, telephone "
              "01632 960455."),
    ("right", "DAVID ELLERBY\nCHIEF FIRE OFFICER"),
]


def build_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "[IL0: UNCLASSIFIED]"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "[IL0: UNCLASSIFIED]"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for blk in REPORT_PARAS:
        k = blk[0]
        if k == "hdr":
            p = d.add_paragraph()
            r = p.add_run(blk[1] + "\t\t" + blk[2])
            r.bold = True
        elif k == "caps":
            p = d.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif k == "num":
            p = d.add_paragraph()
            p.add_run(f"{blk[1]}\t{blk[2]}").bold = True
            p.paragraph_format.space_before = Pt(12)
        elif k == "sub":
            p = d.add_paragraph(f"{blk[1]}\t{blk[2]}")
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "kloe":
            p = d.add_paragraph(f"{blk[1]}\t{blk[2]}")
            p.paragraph_format.left_indent = Cm(2.54)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif k == "plain":
            d.add_paragraph(blk[1])
        elif k == "right":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = val
                    if i == 0 or i == len(rows) - 1:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()

    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Safe and Well Visits – Scrutiny Review Update"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    buf = io.BytesIO()
    d.save(buf)
    # re-pack the zip with fixed timestamps so that the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------
def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
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
    for gold_file in sorted(GOLD.glob("mb-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if gold_file.stem != doc.stem:
            print(f"{gold_file.name}: name does not match document {doc.name}")
            bad += 1
        text = norm(doc_text(doc))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"{doc.name}: {kind} phrase found {n} times, {words} words: {ph!r}")
        for q in g.get("questions", []):
            assert q["kind"] in {"question", "concern", "request", "comment"}, q
        for r in g.get("resolutions", []):
            assert r["outcome"] in {"noted", "agreed", "recommended", "deferred", "rejected",
                                    "other"}, r
        for a in g.get("attendees", []):
            assert a["attendance"] in {"present", "apologies", "in_attendance", "absent"}, a
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("check", "FAILED" if bad else "passed")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
