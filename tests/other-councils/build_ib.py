#!/usr/bin/env python3
"""Build the "ib-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ib.py           build documents/ib-* and gold/ib-*.json
        build_ib.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 11, 26, 9, 30, 0, tzinfo=timezone.utc)

MINUTES = "ib-welstead-joint-health-scrutiny-2025-11-18.pdf"
OTHER = "ib-welstead-maternity-consultation-findings-summary.pdf"

COMMITTEE = "Welstead, Welsteadshire and Harrowmere Joint Health Scrutiny Committee"


# --------------------------------------------------------------------------- PDF helpers
class Minutes(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def new_pdf(cls):
    pdf = cls(format="A4")
    pdf.add_font("Sans", "", FONTS + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONTS + "DejaVuSans-Oblique.ttf")
    pdf.add_font("Sans", "BI", FONTS + "DejaVuSans-BoldOblique.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


NUM_X = 20      # hanging minute numbers
TEXT_X = 33     # text of each minute
TEXT_W = 210 - 20 - TEXT_X
LH = 5.2        # line height


def heading(pdf, num, title):
    if pdf.get_y() > 297 - 22 - 30:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    y = pdf.get_y()
    pdf.set_xy(NUM_X, y)
    pdf.cell(TEXT_X - NUM_X, LH, f"{num}.")
    pdf.set_xy(TEXT_X, y)
    pdf.multi_cell(TEXT_W, LH, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def para(pdf, text, style="", gap=2.5):
    pdf.set_font("Sans", style, 10.5)
    pdf.set_x(TEXT_X)
    pdf.multi_cell(TEXT_W, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def label(pdf, text):
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_x(TEXT_X)
    pdf.cell(TEXT_W, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def bullet(pdf, text, mark="•"):
    pdf.set_font("Sans", "", 10.5)
    y = pdf.get_y()
    if y > 297 - 22 - LH:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(TEXT_X, y)
    pdf.cell(6, LH, mark)
    pdf.set_xy(TEXT_X + 6, y)
    pdf.multi_cell(TEXT_W - 6, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def clause(pdf, num, text):
    pdf.set_font("Sans", "", 10.5)
    y = pdf.get_y()
    pdf.set_xy(TEXT_X + 4, y)
    pdf.cell(8, LH, num)
    pdf.set_xy(TEXT_X + 12, y)
    pdf.multi_cell(TEXT_W - 12, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def centred(pdf, text, style="", size=10.5, gap=0.0, underline=False):
    pdf.set_font("Sans", style + ("U" if underline else ""), size)
    pdf.multi_cell(0, LH + 0.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def two_cols(pdf, names, x1=45, x2=115):
    pdf.set_font("Sans", "", 10.5)
    for i in range(0, len(names), 2):
        y = pdf.get_y()
        pdf.set_xy(x1, y)
        pdf.cell(65, LH, names[i])
        if i + 1 < len(names):
            pdf.set_xy(x2, y)
            pdf.cell(75, LH, names[i + 1])
        pdf.ln(LH)


def name_role(pdf, name, role, x=30):
    pdf.set_font("Sans", "", 10)
    y = pdf.get_y()
    pdf.set_xy(x, y)
    pdf.cell(58, LH, name)
    pdf.set_xy(x + 58, y)
    pdf.multi_cell(190 - x - 58, LH, "– " + role, new_x="LMARGIN", new_y="NEXT")


def group(pdf, text, x=30):
    pdf.ln(1.5)
    pdf.set_font("Sans", "BU", 10)
    pdf.set_x(x)
    pdf.cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


# --------------------------------------------------------------------------- the minutes
def build_minutes(path):
    pdf = new_pdf(Minutes)
    pdf.set_title("Minutes - Joint Health Scrutiny Committee - 18 November 2025")
    pdf.set_author("Democratic Support")
    pdf.add_page()

    centred(pdf, "Minutes of the Meeting of the", size=11, gap=1)
    centred(pdf, "WELSTEAD, WELSTEADSHIRE AND HARROWMERE JOINT HEALTH\nSCRUTINY COMMITTEE",
            "B", 12, gap=3)
    centred(pdf, "Held: TUESDAY, 18 NOVEMBER 2025 at 5:30 pm", "B", 11, gap=5)
    centred(pdf, "P R E S E N T :", "B", 11, gap=3)
    centred(pdf, "Councillor Asher (Chair)", "", 10.5, gap=0)
    centred(pdf, "Councillor Pargeter (Vice-Chair)", "", 10.5, gap=3)

    centred(pdf, "Welstead City Council", "B", 10.5, underline=True, gap=1)
    two_cols(pdf, ["Councillor Bhandari", "Councillor Doyle",
                   "Councillor Osei", "Councillor Whitlock"])
    pdf.ln(2)
    centred(pdf, "Welsteadshire County Council", "B", 10.5, underline=True, gap=1)
    two_cols(pdf, ["Councillor Brennan", "Councillor Kiernan", "Councillor Vane"])
    pdf.ln(2)
    centred(pdf, "Harrowmere County Council", "B", 10.5, underline=True, gap=1)
    two_cols(pdf, ["Councillor Lindqvist"])
    pdf.ln(3)

    centred(pdf, "Also present:", "B", 10.5, gap=1)
    centred(pdf, "Councillor Fenwick – Assistant City Mayor, Health and Adult Social Care",
            "", 10, gap=3)

    centred(pdf, "In attendance:", "B", 10.5, gap=0.5)
    group(pdf, "Welstead, Welsteadshire and Harrowmere Integrated Care Board (WWH ICB)")
    name_role(pdf, "Caroline Ashdown", "Chief Operating Officer")
    name_role(pdf, "Fiona Ruddock", "Director of Strategy and Planning")
    name_role(pdf, "Paul Merriman", "Head of Primary Care Contracting")
    group(pdf, "University Hospitals of Welstead NHS Trust (UHW)")
    name_role(pdf, "Dr Marcus Hale", "Chief Medical Officer")
    name_role(pdf, "Sarah Quennell", "Director of Midwifery")
    group(pdf, "Midshires Ambulance Service NHS Trust")
    name_role(pdf, "Kevin Ostrowski", "Divisional Director (Welstead and Harrowmere)")
    group(pdf, "Welstead Partnership NHS Trust")
    name_role(pdf, "Joanne Prescott", "Director of Community Health Services")
    group(pdf, "Healthwatch Welsteadshire")
    name_role(pdf, "Rosemary Tindall", "Chair")
    group(pdf, "Welstead City Council")
    name_role(pdf, "Anita Kowalczyk", "Scrutiny Policy Officer")
    name_role(pdf, "Jerome Platt", "Democratic Support Officer")
    pdf.ln(4)
    centred(pdf, "*   *   *   *   *   *   *   *", "B", 11, gap=2)

    # 35
    heading(pdf, 35, "APOLOGIES FOR ABSENCE")
    para(pdf, "Apologies for absence were received from Councillor Mistry (Welstead City "
              "Council), Councillor Sefton (Welsteadshire County Council) and Councillor "
              "Rahman (Harrowmere County Council). Councillor Brennan attended as a substitute "
              "for Councillor Sefton.")

    # 36
    heading(pdf, 36, "DECLARATIONS OF INTEREST")
    para(pdf, "Members were asked to declare any interests they may have in the business to "
              "be discussed.")
    para(pdf, "Councillor Osei declared an Other Disclosable Interest in that a close family "
              "member was employed as a midwife at the Welstead Royal Infirmary. Councillor "
              "Kiernan declared an Other Disclosable Interest in that he was a retired general "
              "practitioner and had been a partner in a practice in the Harrowgate Primary Care "
              "Network until 2021.")
    para(pdf, "In accordance with the Council's Code of Conduct, the interests were not "
              "considered so significant that they were likely to prejudice the Councillors' "
              "judgement of the public interest. The Members were not, therefore, required to "
              "withdraw from the meeting during consideration and discussion of the items.")

    # 37
    heading(pdf, 37, "MINUTES OF THE PREVIOUS MEETING")
    label(pdf, "AGREED:")
    para(pdf, "That the minutes of the meeting of the Welstead, Welsteadshire and Harrowmere "
              "Joint Health Scrutiny Committee held on 8 July 2025 be confirmed as a correct "
              "record.")

    # 38
    heading(pdf, 38, "PROGRESS ON ACTIONS AGREED AT THE LAST MEETING")
    para(pdf, "The Scrutiny Policy Officer reported that the breakdown of ambulance handover "
              "times by hospital site, requested at the meeting on 8 July 2025 (minute 24 "
              "refers), had been circulated to Members on 2 September 2025. The information "
              "requested on the number of children waiting more than 52 weeks for a community "
              "paediatric appointment had not yet been received from Welstead Partnership NHS "
              "Trust.")
    para(pdf, "Councillor Whitlock expressed disappointment that the paediatric waiting list "
              "information was still outstanding four months after it had been requested, and "
              "asked that a firm date be given. The Director of Community Health Services, "
              "Welstead Partnership NHS Trust, apologised for the delay and undertook to provide "
              "the figures to Members by the end of November 2025.")
    para(pdf, "The Committee noted the update on progress against the actions agreed at the "
              "last meeting.")

    # 39
    heading(pdf, 39, "PETITIONS")
    para(pdf, "The Monitoring Officer reported that no petitions had been received.")

    # 40
    heading(pdf, 40, "QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE")
    para(pdf, "The Monitoring Officer reported that one question had been received from a "
              "member of the public in accordance with the Committee's procedure rules.")
    para(pdf, "Ms Lorna Pickavance asked:")
    para(pdf, "\u201cThe consultation document says that women in the north of Harrowmere would "
              "travel on average 19 minutes further to give birth if the Harrowmere "
              "Midwife-Led Unit closes. How was this figure calculated, and did it take into "
              "account journeys made by public transport and at night, when there are no "
              "buses?\u201d", "I")
    para(pdf, "The Director of Strategy and Planning, WWH ICB, responded that the figure had "
              "been calculated in an independent travel analysis commissioned by the ICB, "
              "using the postcodes of all births in 2023/24, and was based on journey times by "
              "car at off-peak times. Journeys by public transport had been modelled "
              "separately and were set out in Appendix D of the Decision-Making Business Case; "
              "the longest journey by public transport was estimated at 94 minutes. She "
              "acknowledged that there were no bus services from several villages after 7 pm, "
              "and stated that the ICB would be working with Midshires Ambulance Service and "
              "the county council's transport team on a transport support scheme for women "
              "in labour.")
    para(pdf, "Ms Pickavance asked a supplementary question as to whether the transport "
              "support scheme would be in place before any change to the Harrowmere unit took "
              "effect. The Director of Strategy and Planning confirmed that no change would be "
              "made until the scheme had been agreed and was operating.")
    para(pdf, "The Chair thanked Ms Pickavance for her question.")

    # 41
    heading(pdf, 41, "MATERNITY AND NEONATAL SERVICES RECONFIGURATION – OUTCOME OF PUBLIC "
                     "CONSULTATION AND DECISION-MAKING BUSINESS CASE")
    para(pdf, "The Director of Strategy and Planning, WWH ICB, submitted a report which set out "
              "the outcome of the public consultation held between 3 March and 26 May 2025 on "
              "the proposed reconfiguration of maternity and neonatal services, and the "
              "Decision-Making Business Case which would be considered by the ICB Board on 4 "
              "December 2025. The Committee had considered the pre-consultation business case "
              "at its meeting on 11 February 2025 (minute 58 refers) and had submitted a "
              "formal response to the consultation on 20 May 2025.")
    para(pdf, "The Director of Strategy and Planning and the Director of Midwifery, UHW, "
              "presented the report. Key points to note were as follows:")
    bullet(pdf, "4,112 responses had been received to the consultation questionnaire, together "
                "with 38 letters and emails and a petition of 2,960 signatures organised by the "
                "Save Harrowmere Births campaign. 57% of questionnaire respondents disagreed with "
                "the proposal to close the Harrowmere Midwife-Led Unit, rising to 81% of "
                "respondents living in Harrowmere.")
    bullet(pdf, "The preferred option remained the consolidation of consultant-led obstetric care "
                "and the level 3 neonatal intensive care unit at the Welstead Royal Infirmary, "
                "with Sandford General Hospital retaining an alongside midwife-led birth centre "
                "and antenatal and postnatal services.")
    bullet(pdf, "In the light of consultation feedback, the ICB proposed to retain the Harrowmere "
                "Midwife-Led Unit for a further two years, with a review of birth numbers and "
                "staffing in 2027/28, rather than closing it as originally proposed.")
    bullet(pdf, "The capital cost of the scheme was £46.8 million, of which £41.2 million had been "
                "secured from national capital funding. The Midshires Clinical Senate had "
                "supported the clinical case for change, subject to further assurance on travel "
                "times and neonatal transfers.")
    para(pdf, "In response to Members' comments and queries it was noted that:")
    bullet(pdf, "A Member asked why the number of births at the Harrowmere unit had fallen from "
                "240 in 2019/20 to 151 in 2024/25. It was explained that the unit had been closed "
                "to births on 63 occasions in 2024/25 because of midwife shortages, and that "
                "women were understandably reluctant to plan a birth at a unit which might be "
                "closed when they went into labour. The Director of Midwifery accepted that the "
                "fall in numbers was partly a consequence of the staffing position rather than "
                "of women's choices.")
    bullet(pdf, "Concerns were raised that the two-year reprieve for the Harrowmere unit could "
                "become closure by the back door if the staffing position did not improve. "
                "Members asked what criteria would be used in the 2027/28 review. The Director "
                "of Strategy and Planning stated that the criteria would be co-produced with the "
                "Maternity and Neonatal Voices Partnership and brought to the Committee before "
                "the review began.")
    bullet(pdf, "A Member queried whether the Welstead Royal Infirmary had the physical capacity "
                "to take an additional 2,300 births a year, given the pressures already "
                "experienced on the delivery suite. It was noted that the capital scheme "
                "included six additional delivery rooms, a second obstetric theatre and 12 "
                "additional neonatal cots, and that services would not transfer until the new "
                "building was complete, which was expected to be in spring 2028.")
    bullet(pdf, "Members asked about the recruitment of midwives and neonatal nurses. The "
                "Director of Midwifery reported that the Trust currently had 31.4 whole-time "
                "equivalent midwife vacancies across both sites, and that consolidating services "
                "would reduce reliance on agency staff and allow safer rotas. International "
                "recruitment had brought 22 midwives to the Trust since April 2025.")
    bullet(pdf, "A Member expressed concern that the travel analysis was based on car journeys "
                "and did not reflect the circumstances of women on low incomes in the east of "
                "the city and in rural Harrowmere, where car ownership was lower, and that the "
                "proposals risked widening health inequalities.")
    bullet(pdf, "In response to a question about neonatal transfers, the Chief Medical Officer, "
                "UHW, explained that babies born unexpectedly early at Sandford would be "
                "stabilised on site and moved by the regional neonatal transport service, and "
                "that between 15 and 20 such transfers a year were expected.")
    bullet(pdf, "Councillor Lindqvist commented that the ICB had clearly listened to Harrowmere "
                "residents in deciding to retain the midwife-led unit, and paid tribute to the "
                "Save Harrowmere Births campaign for its work during the consultation.")
    bullet(pdf, "A Member asked how the remaining £5.6 million of capital would be found and "
                "what would happen if it could not be. It was explained that the Trust would "
                "fund the balance from its own capital allocation over three years, and that "
                "this had been approved by the Trust Board in September 2025.")
    para(pdf, "Councillor Doyle moved, and Councillor Whitlock seconded, that the Committee "
              "recommend to the ICB Board that a decision on the proposals be deferred until a "
              "full assessment of journeys by public transport had been published and consulted "
              "upon. Upon being put to the vote, the motion was LOST.")
    label(pdf, "AGREED:")
    clause(pdf, "1)", "That the outcome of the public consultation and the Decision-Making "
                      "Business Case be noted.")
    clause(pdf, "2)", "That the Committee welcomes the decision to retain the Harrowmere "
                      "Midwife-Led Unit, and requests that the criteria for the 2027/28 review be "
                      "brought to the Committee before the review begins.")
    clause(pdf, "3)", "That the ICB be asked to provide further details of the transport support "
                      "scheme for women in labour, including its cost and eligibility, to the "
                      "next meeting of the Committee.")
    clause(pdf, "4)", "That the comments of the Committee be forwarded to the ICB Board for "
                      "consideration at its meeting on 4 December 2025.")
    pdf.ln(1.5)

    # 42
    heading(pdf, 42, "URGENT AND EMERGENCY CARE – WINTER PLAN 2025/26")
    para(pdf, "The Chief Operating Officer, WWH ICB, submitted a report on the health and care "
              "system's plans for urgent and emergency care over the winter of 2025/26. The "
              "Divisional Director, Midshires Ambulance Service, and the Director of Community "
              "Health Services, Welstead Partnership NHS Trust, attended for this item.")
    para(pdf, "The Chief Operating Officer introduced the report, which detailed the additional "
              "capacity being put in place across the system, including 34 additional acute "
              "beds at the Welstead Royal Infirmary, the expansion of the virtual ward to 120 "
              "beds, a same day emergency care unit at Sandford General Hospital open seven "
              "days a week, and an integrated discharge hub staffed jointly by the Trusts and "
              "the three councils. She reported that the system had been placed in the second "
              "tier of national support for urgent and emergency care in 2025/26 and that "
              "performance against the four-hour standard had been 68.2% in October 2025, "
              "against a national target of 78%.")
    para(pdf, "Members of the Committee asked about the ambulance handover position at the "
              "Welstead Royal Infirmary, noting that the average handover time in October "
              "2025 had been 58 minutes. The Divisional Director, Midshires Ambulance Service, "
              "explained that under the release to respond protocol introduced in July 2025 "
              "crews were released after 45 minutes, and that hours lost to handover delays "
              "had fallen by 31% compared with the previous winter. He acknowledged, however, "
              "that this had been achieved partly by holding patients in the corridor of the "
              "emergency department, which was not a satisfactory position for patients or "
              "staff.")
    para(pdf, "Concerns were expressed about the number of patients who were medically fit for "
              "discharge but remained in hospital, which stood at 187 across the two acute sites "
              "on the day of the meeting. Members noted that around a third of these patients "
              "were waiting for home care or a care home placement. The Assistant City Mayor "
              "for Health and Adult Social Care stated that the City Council had commissioned "
              "additional reablement capacity through the Better Care Fund and that there was "
              "now spare capacity in the city's home care market; the main delays were in "
              "rural areas and in finding nursing home placements for people with dementia. "
              "The Chief Operating Officer added that the integrated discharge hub would "
              "report weekly on delays by council area.")
    para(pdf, "Councillor Bhandari asked how many of the virtual ward beds had been occupied "
              "over the previous month, as she understood that occupancy had been low. The "
              "Director of Community Health Services reported that average occupancy had been "
              "71% in October 2025 and that referrals from GPs and care homes were being "
              "encouraged in order to avoid admissions.")
    para(pdf, "Councillor Osei raised the experience of people in mental health crisis who "
              "waited many hours in the emergency department, sometimes overnight, for an "
              "assessment or a bed. In response, it was reported that the mental health urgent "
              "care hub at the Bridge Centre was now open 24 hours a day and accepted walk-in "
              "patients and ambulance conveyances, and that the average wait in the emergency "
              "department for a mental health bed had fallen to 19 hours, which remained far "
              "too long.")
    para(pdf, "A Member questioned the uptake of flu vaccination among frontline health and "
              "care staff, which had been below 40% in some organisations the previous winter. "
              "The Chief Operating Officer stated that uptake among NHS staff stood at 46% at "
              "the beginning of November 2025 and that peer vaccinators were visiting wards and "
              "care homes; uptake among care home staff was not routinely reported to the ICB.")
    para(pdf, "Councillor Kiernan asked whether additional GP appointments would be funded over "
              "the winter. It was confirmed that the ICB had allocated £1.9 million for "
              "additional same-day appointments in general practice between December 2025 and "
              "March 2026, to be delivered through the primary care networks.")
    para(pdf, "Councillor Doyle left the meeting at 6:48 pm during consideration of this item.")
    para(pdf, "The Chair requested that Members receive monthly figures on ambulance handover "
              "delays and the use of corridor care at the Welstead Royal Infirmary over the "
              "winter period. The Chief Operating Officer agreed to circulate these each "
              "month.")
    label(pdf, "AGREED:")
    clause(pdf, "1)", "That the Winter Plan 2025/26 be noted.")
    clause(pdf, "2)", "That monthly figures on ambulance handover delays and corridor care be "
                      "circulated to Members from December 2025 to March 2026.")
    clause(pdf, "3)", "That a report reviewing the system's performance over the winter be "
                      "brought to the Committee in the summer of 2026.")
    pdf.ln(1.5)

    # 43
    heading(pdf, 43, "ACCESS TO GENERAL PRACTICE AND NHS DENTISTRY")
    para(pdf, "The Head of Primary Care Contracting, WWH ICB, submitted a report which provided "
              "an update on access to general practice and NHS dental services across Welstead, "
              "Welsteadshire and Harrowmere. The report set out that GP practices had delivered "
              "6.4 million appointments in the year to September 2025, 7% more than in the "
              "previous year, and that 64% of appointments were now face to face.")
    para(pdf, "In discussion, the following points were raised:")
    bullet(pdf, "Members reported that residents continued to complain about having to telephone "
                "at 8 am to obtain an appointment. It was noted that all practices had now "
                "moved to the modern general practice access model, and that since 1 October "
                "2025 practices were required to keep online consultation requests open "
                "throughout core hours.")
    bullet(pdf, "A Member asked how many people in Harrowmere had been unable to see an NHS "
                "dentist. The Head of Primary Care Contracting explained that patients were not "
                "registered with a dental practice in the way they were with a GP, so the ICB "
                "could not give an exact number, but only 38% of adults in Harrowmere had seen "
                "an NHS dentist in the last 24 months. The procurement of a new dental practice "
                "in Harrowmere town had been completed and the contract awarded, with the "
                "practice expected to open in April 2026.")
    bullet(pdf, "Concern was raised about the closure of two community pharmacies in the east "
                "of Welstead during 2025 and the effect on older residents without a car. It "
                "was noted that the pharmaceutical needs assessment was the responsibility of "
                "the Health and Wellbeing Boards, and that the ICB had found no gap in provision "
                "because five pharmacies remained within a mile of both closed premises.")
    bullet(pdf, "At the invitation of the Chair, Rosemary Tindall, Healthwatch Welsteadshire, "
                "reported that dentistry remained the subject most often raised with Healthwatch, "
                "accounting for 29% of all contacts in the last quarter.")
    bullet(pdf, "Councillor Kiernan asked whether any practices in the area were now run by "
                "private companies. It was confirmed that one practice in Welstead had been "
                "taken over by a company owned by a private equity group in 2024 following a "
                "procurement, and that the ICB had no powers to prevent a GP partnership from "
                "selling its business, although any change of contract holder required its "
                "approval.")
    bullet(pdf, "A Member suggested that patients did not always understand the roles of the "
                "pharmacists, physiotherapists and care coordinators now working in practices, "
                "and that a public information campaign would help.")
    para(pdf, "The Committee noted the report and requested that a further update on access to "
              "NHS dentistry, including the opening of the new Harrowmere practice, be brought "
              "to the Committee in the summer of 2026.")

    # 44
    heading(pdf, 44, "WORK PROGRAMME")
    para(pdf, "The Scrutiny Policy Officer presented the Committee's work programme for "
              "2025/26. Members were invited to suggest items for future meetings.")
    para(pdf, "Councillor Lindqvist requested that non-emergency patient transport be "
              "included, given the number of complaints received from rural residents about "
              "late and missed collections. The Scrutiny Policy Officer advised that the ICB "
              "expected to re-procure the patient transport contract in 2026, and that an item "
              "could be scheduled before the procurement began.")
    para(pdf, "Councillor Vane suggested that the Committee consider the ICB's proposals for "
              "community hospital inpatient beds in Welsteadshire once these were published.")
    label(pdf, "AGREED:")
    para(pdf, "That the work programme be noted, and the items suggested by Members be added.")

    # 45
    heading(pdf, 45, "DATE OF NEXT MEETING")
    para(pdf, "The next meeting of the Committee will be held on Tuesday 10 February 2026 at "
              "5:30 pm in Meeting Room G.01, City Hall, Welstead.")

    # 46
    heading(pdf, 46, "ANY OTHER URGENT BUSINESS")
    para(pdf, "There being no other items of urgent business, the meeting closed at 7:42 pm.")

    pdf.output(str(path))


MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-18",
    "items": [
        {"number": "35", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "36", "title": "DECLARATIONS OF INTEREST"},
        {"number": "37", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "38", "title": "PROGRESS ON ACTIONS AGREED AT THE LAST MEETING"},
        {"number": "39", "title": "PETITIONS"},
        {"number": "40", "title": "QUESTIONS, REPRESENTATIONS AND STATEMENTS OF CASE"},
        {"number": "41", "title": "MATERNITY AND NEONATAL SERVICES RECONFIGURATION – OUTCOME "
                                  "OF PUBLIC CONSULTATION AND DECISION-MAKING BUSINESS CASE"},
        {"number": "42", "title": "URGENT AND EMERGENCY CARE – WINTER PLAN 2025/26"},
        {"number": "43", "title": "ACCESS TO GENERAL PRACTICE AND NHS DENTISTRY"},
        {"number": "44", "title": "WORK PROGRAMME"},
        {"number": "45", "title": "DATE OF NEXT MEETING"},
        {"number": "46", "title": "ANY OTHER URGENT BUSINESS"},
    ],
    "questions": [
        {"item": "38", "kind": "concern",
         "text": "expressed disappointment that the paediatric waiting list information was still outstanding",
         "asked_by": "Councillor Whitlock",
         "answer": "apologised for the delay and undertook to provide the figures to Members",
         "given_by": "Director of Community Health Services, Welstead Partnership NHS Trust",
         "themes": ["children-and-families"]},
        {"item": "40", "kind": "question",
         "text": "How was this figure calculated, and did it take into account journeys",
         "asked_by": "Ms Lorna Pickavance",
         "answer": "calculated in an independent travel analysis commissioned by the ICB",
         "given_by": "Director of Strategy and Planning, WWH ICB",
         "themes": ["patient-and-public-input"]},
        {"item": "40", "kind": "question",
         "text": "asked a supplementary question as to whether the transport support scheme",
         "asked_by": "Ms Pickavance",
         "answer": "confirmed that no change would be made until the scheme had been agreed",
         "given_by": "Director of Strategy and Planning",
         "themes": []},
        {"item": "41", "kind": "question",
         "text": "asked why the number of births at the Harrowmere unit had fallen",
         "asked_by": None,
         "answer": "closed to births on 63 occasions in 2024/25 because of midwife shortages",
         "given_by": None,
         "themes": ["workforce"]},
        {"item": "41", "kind": "concern",
         "text": "the two-year reprieve for the Harrowmere unit could become closure by the back door",
         "asked_by": None,
         "answer": "criteria would be co-produced with the Maternity and Neonatal Voices Partnership",
         "given_by": "Director of Strategy and Planning",
         "themes": ["workforce", "patient-and-public-input"]},
        {"item": "41", "kind": "question",
         "text": "queried whether the Welstead Royal Infirmary had the physical capacity",
         "asked_by": None,
         "answer": "the capital scheme included six additional delivery rooms, a second obstetric theatre",
         "given_by": None,
         "themes": []},
        {"item": "41", "kind": "question",
         "text": "Members asked about the recruitment of midwives and neonatal nurses",
         "asked_by": None,
         "answer": "31.4 whole-time equivalent midwife vacancies across both sites",
         "given_by": "Director of Midwifery",
         "themes": ["workforce"]},
        {"item": "41", "kind": "concern",
         "text": "expressed concern that the travel analysis was based on car journeys",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["public-health"]},
        {"item": "41", "kind": "question",
         "text": "In response to a question about neonatal transfers",
         "asked_by": None,
         "answer": "babies born unexpectedly early at Sandford would be stabilised on site",
         "given_by": "Chief Medical Officer, UHW",
         "themes": []},
        {"item": "41", "kind": "comment",
         "text": "commented that the ICB had clearly listened to Harrowmere residents",
         "asked_by": "Councillor Lindqvist",
         "answer": None,
         "given_by": None,
         "themes": ["patient-and-public-input"]},
        {"item": "41", "kind": "question",
         "text": "asked how the remaining £5.6 million of capital would be found",
         "asked_by": None,
         "answer": "fund the balance from its own capital allocation over three years",
         "given_by": None,
         "themes": ["finance"]},
        {"item": "42", "kind": "question",
         "text": "asked about the ambulance handover position at the Welstead Royal Infirmary",
         "asked_by": None,
         "answer": "under the release to respond protocol introduced in July 2025 crews were released",
         "given_by": "Divisional Director, Midshires Ambulance Service",
         "themes": []},
        {"item": "42", "kind": "concern",
         "text": "Concerns were expressed about the number of patients who were medically fit",
         "asked_by": None,
         "answer": "commissioned additional reablement capacity through the Better Care Fund",
         "given_by": "Assistant City Mayor for Health and Adult Social Care",
         "themes": ["adult-social-care", "integration"]},
        {"item": "42", "kind": "question",
         "text": "asked how many of the virtual ward beds had been occupied",
         "asked_by": "Councillor Bhandari",
         "answer": "average occupancy had been 71% in October 2025",
         "given_by": "Director of Community Health Services",
         "themes": []},
        {"item": "42", "kind": "concern",
         "text": "raised the experience of people in mental health crisis who waited many hours",
         "asked_by": "Councillor Osei",
         "answer": "the mental health urgent care hub at the Bridge Centre was now open",
         "given_by": None,
         "themes": ["mental-health"]},
        {"item": "42", "kind": "question",
         "text": "questioned the uptake of flu vaccination among frontline health and care staff",
         "asked_by": None,
         "answer": "uptake among NHS staff stood at 46% at the beginning of November",
         "given_by": "Chief Operating Officer",
         "themes": ["public-health", "workforce"]},
        {"item": "42", "kind": "question",
         "text": "asked whether additional GP appointments would be funded over the winter",
         "asked_by": "Councillor Kiernan",
         "answer": "allocated £1.9 million for additional same-day appointments in general practice",
         "given_by": None,
         "themes": ["primary-care", "finance"]},
        {"item": "42", "kind": "request",
         "text": "requested that Members receive monthly figures on ambulance handover delays",
         "asked_by": "The Chair",
         "answer": "The Chief Operating Officer agreed to circulate these each month",
         "given_by": "Chief Operating Officer",
         "themes": []},
        {"item": "43", "kind": "concern",
         "text": "residents continued to complain about having to telephone at 8 am",
         "asked_by": None,
         "answer": "all practices had now moved to the modern general practice access model",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "43", "kind": "question",
         "text": "asked how many people in Harrowmere had been unable to see an NHS dentist",
         "asked_by": None,
         "answer": "The procurement of a new dental practice in Harrowmere town had been completed",
         "given_by": "Head of Primary Care Contracting",
         "themes": ["primary-care", "subcontracting"]},
        {"item": "43", "kind": "concern",
         "text": "Concern was raised about the closure of two community pharmacies",
         "asked_by": None,
         "answer": "the ICB had found no gap in provision because five pharmacies remained",
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "43", "kind": "comment",
         "text": "dentistry remained the subject most often raised with Healthwatch",
         "asked_by": "Rosemary Tindall, Healthwatch Welsteadshire",
         "answer": None,
         "given_by": None,
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "43", "kind": "question",
         "text": "asked whether any practices in the area were now run by private companies",
         "asked_by": "Councillor Kiernan",
         "answer": "taken over by a company owned by a private equity group in 2024",
         "given_by": None,
         "themes": ["primary-care", "privatisation", "subcontracting"]},
        {"item": "43", "kind": "request",
         "text": "patients did not always understand the roles of the pharmacists, physiotherapists",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["primary-care"]},
        {"item": "44", "kind": "request",
         "text": "requested that non-emergency patient transport be included",
         "asked_by": "Councillor Lindqvist",
         "answer": "expected to re-procure the patient transport contract in 2026",
         "given_by": "Scrutiny Policy Officer",
         "themes": ["subcontracting"]},
        {"item": "44", "kind": "request",
         "text": "suggested that the Committee consider the ICB's proposals for community hospital inpatient beds",
         "asked_by": "Councillor Vane",
         "answer": None,
         "given_by": None,
         "themes": []},
    ],
    "resolutions": [
        {"item": "37", "text": "held on 8 July 2025 be confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "38", "text": "The Committee noted the update on progress against the actions agreed",
         "outcome": "noted", "themes": []},
        {"item": "41", "text": "that a decision on the proposals be deferred until a full assessment of journeys",
         "outcome": "rejected", "themes": ["patient-and-public-input"]},
        {"item": "41", "text": "That the outcome of the public consultation and the Decision-Making Business Case be noted",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "42", "text": "That the Winter Plan 2025/26 be noted",
         "outcome": "agreed", "themes": []},
        {"item": "43", "text": "The Committee noted the report and requested that a further update on access",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "44", "text": "That the work programme be noted, and the items suggested by Members be added",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Asher", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Pargeter", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Bhandari", "role": None, "attendance": "present"},
        {"name": "Councillor Doyle", "role": None, "attendance": "present"},
        {"name": "Councillor Osei", "role": None, "attendance": "present"},
        {"name": "Councillor Whitlock", "role": None, "attendance": "present"},
        {"name": "Councillor Brennan", "role": None, "attendance": "present"},
        {"name": "Councillor Kiernan", "role": None, "attendance": "present"},
        {"name": "Councillor Vane", "role": None, "attendance": "present"},
        {"name": "Councillor Lindqvist", "role": None, "attendance": "present"},
        {"name": "Councillor Fenwick", "role": "Assistant City Mayor, Health and Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Caroline Ashdown", "role": "Chief Operating Officer", "attendance": "in_attendance"},
        {"name": "Fiona Ruddock", "role": "Director of Strategy and Planning", "attendance": "in_attendance"},
        {"name": "Paul Merriman", "role": "Head of Primary Care Contracting", "attendance": "in_attendance"},
        {"name": "Dr Marcus Hale", "role": "Chief Medical Officer", "attendance": "in_attendance"},
        {"name": "Sarah Quennell", "role": "Director of Midwifery", "attendance": "in_attendance"},
        {"name": "Kevin Ostrowski", "role": "Divisional Director (Welstead and Harrowmere)",
         "attendance": "in_attendance"},
        {"name": "Joanne Prescott", "role": "Director of Community Health Services",
         "attendance": "in_attendance"},
        {"name": "Rosemary Tindall", "role": "Chair", "attendance": "in_attendance"},
        {"name": "Anita Kowalczyk", "role": "Scrutiny Policy Officer", "attendance": "in_attendance"},
        {"name": "Jerome Platt", "role": "Democratic Support Officer", "attendance": "in_attendance"},
        {"name": "Councillor Mistry", "role": None, "attendance": "apologies"},
        {"name": "Councillor Sefton", "role": None, "attendance": "apologies"},
        {"name": "Councillor Rahman", "role": None, "attendance": "apologies"},
    ],
}


# --------------------------------------------------------------------------- not minutes
class Appendix(FPDF):
    def header(self):
        self.set_font("Sans", "B", 10)
        self.cell(0, 6, "Appendix B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, "Maternity and neonatal services consultation – summary of findings"
                        "        Page " + str(self.page_no()), align="C")


def build_other(path):
    pdf = new_pdf(Appendix)
    pdf.set_title("Appendix B - Consultation summary of findings")
    pdf.set_author("WWH ICB")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    W = 210 - 44

    def h(text, size=12):
        pdf.ln(2)
        pdf.set_font("Sans", "B", size)
        pdf.multi_cell(W, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def p(text, style=""):
        pdf.set_font("Sans", style, 10)
        pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def b(text):
        pdf.set_font("Sans", "", 10)
        y = pdf.get_y()
        pdf.set_x(26)
        pdf.cell(5, 5, "•")
        pdf.set_xy(31, y)
        pdf.multi_cell(W - 9, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.set_font("Sans", "B", 16)
    pdf.multi_cell(W, 8, "Have your say on maternity and neonatal services\nSummary of "
                         "consultation findings", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    p("Prepared by Talbot Insight Ltd on behalf of Welstead, Welsteadshire and Harrowmere "
      "Integrated Care Board. For the Welstead, Welsteadshire and Harrowmere Joint Health "
      "Scrutiny Committee, 18 November 2025 (Item 7 – Appendix B).", "I")

    h("1. About the consultation")
    p("The ICB consulted the public between 3 March and 26 May 2025 on proposals to bring "
      "consultant-led births and the neonatal intensive care unit together at the Welstead "
      "Royal Infirmary, to open a midwife-led birth centre alongside it at Sandford General "
      "Hospital, and to close the Harrowmere Midwife-Led Unit. People could respond online, "
      "on paper, by telephone, at 14 public events and 31 outreach sessions, or by writing "
      "to the ICB. Easy read, large print and translated versions of the consultation "
      "document were available in nine languages.")

    h("2. Who responded")
    pdf.set_font("Sans", "B", 9.5)
    rows = [("How people responded", "Number"),
            ("Consultation questionnaire", "4,112"),
            ("Letters and emails", "38"),
            ("Petition (Save Harrowmere Births)", "2,960 signatures"),
            ("Public events – attendees", "612"),
            ("Outreach sessions – people spoken to", "1,045")]
    for i, (a, n) in enumerate(rows):
        pdf.set_font("Sans", "B" if i == 0 else "", 9.5)
        pdf.set_fill_color(220, 230, 241)
        pdf.cell(110, 7, a, border=1, fill=(i == 0))
        pdf.cell(56, 7, n, border=1, fill=(i == 0), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    p("Almost two thirds of questionnaire respondents (64%) were women, and 41% had given "
      "birth in the last five years. Responses from Harrowmere were over-represented "
      "compared with its share of births, reflecting the strength of local feeling about "
      "the midwife-led unit. Responses from Black and Asian women and from women aged under "
      "25 were under-represented despite targeted outreach.")

    h("3. What people told us")
    p("Views on the proposals", "B")
    b("52% of respondents agreed with bringing consultant-led births together at the Welstead "
      "Royal Infirmary; 31% disagreed.")
    b("57% disagreed with closing the Harrowmere Midwife-Led Unit, rising to 81% of "
      "respondents living in Harrowmere.")
    b("69% supported an alongside midwife-led birth centre at Sandford General Hospital.")
    p("Main themes in the comments", "B")
    b("Travel and transport: the most common theme (1,870 comments). People asked how they "
      "would get to Welstead in labour without a car, what it would cost partners and "
      "families to visit babies in the neonatal unit, and whether ambulances would be "
      "available.")
    b("Safety and staffing: many respondents, including staff, said that the present "
      "arrangements were not safe because units were often closed at short notice, while "
      "others feared that a larger unit would be impersonal.")
    b("Choice and continuity of carer: women valued being able to give birth close to home "
      "with midwives they knew, and asked for home birth services to be protected.")
    b("Trust in the process: some respondents believed the decision had already been made "
      "and asked why the consultation was taking place.")
    p("\u201cIf my waters break at 2 in the morning, who is going to drive me 40 minutes to "
      "Welstead? My partner works nights and there is no bus.\u201d – respondent, "
      "Harrowmere", "I")
    p("\u201cI have worked at Sandford for 18 years. We are closing the unit to births every "
      "other week. Something has to change.\u201d – midwife, Sandford General Hospital", "I")

    h("4. How the findings have been used")
    p("The findings have been considered by the ICB's Maternity Programme Board and have "
      "informed the Decision-Making Business Case. In response to what people said, the ICB "
      "now proposes to keep the Harrowmere Midwife-Led Unit open for a further two years and "
      "to review it in 2027/28, to develop a transport support scheme for women in labour, "
      "and to extend free parking for parents of babies in the neonatal unit. An equality "
      "impact assessment has been updated to reflect the responses.")

    h("5. Next steps")
    p("The ICB Board will consider the Decision-Making Business Case at its meeting in public "
      "on 4 December 2025. A report on how the decision was reached will be published on the "
      "ICB's website and shared with everyone who asked to be kept informed.")
    p("The full independent report (87 pages) and the data tables are available on request "
      "from the ICB engagement team.")

    pdf.output(str(path))


OTHER_GOLD = {"document": OTHER, "doc_type": "report"}


# --------------------------------------------------------------------------- check
def norm(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check():
    ok = True
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        on_disk = json.loads(gpath.read_text(encoding="utf-8"))
        if on_disk != gold:
            print(f"{gpath.name}: differs from the script; rebuild")
            ok = False
        text = " " + norm(pdf_text(DOCS / gold["document"])) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            n = text.count(" " + norm(ph) + " ")
            if n != 1 or not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {gold['document']}: {kind} {ph!r} found {n} times, {n_words} words")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    with __import__("pdfplumber").open(DOCS / MINUTES) as p:
        print(f"{MINUTES}: {len(p.pages)} pages")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    build_other(DOCS / OTHER)
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        out = GOLD / (Path(gold["document"]).stem + ".json")
        out.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES, OTHER)


if __name__ == "__main__":
    main()
