#!/usr/bin/env python3
"""Build the "pe-" documents (round 211) and their gold annotations.

Usage:  build_pe.py           build documents/pe-* and gold/pe-*.json
        build_pe.py --check   verify every gold phrase occurs once in its document

Both documents are from an invented West Midlands metropolitan borough (Wyrebury); every
council, person, place, provider and figure in them is made up.
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

MINUTES_NAME = "pe-wyrebury-hasc-scrutiny-board-2025-02-05.pdf"
PAPER_NAME = "pe-wyrebury-hasc-scrutiny-board-work-programme-2024-25.docx"

FIXED = dt.datetime(2025, 2, 12, 14, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("item", number, title)      minute number in the hanging column, bold capital title
#   ("p", text)                  paragraph in the text column
#   ("pb", text)                 bold paragraph in the text column
#   ("lines", [text, ...])       lines with no space between them
#   ("bullets", [text, ...])     "·" bullets
#   ("quote", text)              an indented italic paragraph
#   ("resolved", [text, ...])    a bold "RESOLVED:" over its lines
#   ("clauses", [text, ...])     "(i)" style clauses, hanging

ATTENDANCE = [
    ("Present:",
     "Cllr B Tanswell (Chairman)\n"
     "Cllr M Okonedo (Vice-Chairman)\n"
     "Cllrs Dr A Vasey, P Hallam OBE, J Cheverton, K Ridout, S Mahal, T Brimble, "
     "H Dyas* and L Fairclough (substitute)"),
    ("Co-opted Member:",
     "Mrs D Kershaw (Healthwatch Wyrebury, non-voting)"),
    ("Also Present:",
     "Cllr F Ashmore-Lyle \u2013 Cabinet Portfolio Holder for Adult Social Care & Health\n"
     "Cllr N Pritchard \u2013 Cabinet Portfolio Holder for Children, Education & Skills "
     "(Item 8)"),
    ("Officers:",
     "S Vellacott \u2013 Director, Adult Care & Support\n"
     "Dr F Lindqvist \u2013 Director of Public Health\n"
     "M Hinchliffe \u2013 Head of Commissioning (All Age)\n"
     "G Tolley \u2013 Trading Standards & Licensing Manager\n"
     "O Radclyffe \u2013 Scrutiny Officer\n"
     "J Kalsi \u2013 Democratic Services Officer"),
    ("Partners:",
     "R Ainsworth-Kaye \u2013 Head of Primary Care (Dental), Wyrebury & Stourmere "
     "Integrated Care Board\n"
     "Dr C Tregear \u2013 Deputy Chief Operating Officer, Stourmere & Wyrebury Hospitals "
     "NHS Foundation Trust\n"
     "A Mbatha \u2013 Head of Patient Experience & Engagement, Stourmere & Wyrebury "
     "Hospitals NHS Foundation Trust"),
]

FOOTNOTE = ("* With the Chairman\u2019s permission Cllr Dyas joined the meeting remotely "
            "and did not vote on any items.")

BODY = [
    ("item", "1.", "APOLOGIES"),
    ("p", "The following apologies were submitted:"),
    ("lines", ["Cllr R Pargeter (Cllr L Fairclough \u2013 substitute)",
               "Cllr G Oyelaran"]),

    ("item", "2.", "DECLARATIONS OF PECUNIARY OR CONFLICTING INTERESTS FROM MEMBERS"),
    ("p", "Cllr Dr A Vasey declared a non-pecuniary interest in Item 7 as a retired general "
          "dental practitioner who had practised in the Borough until 2019."),
    ("p", "Cllr K Ridout declared a non-pecuniary interest in Item 6 as a close family member "
          "was employed by a home support provider on the Council\u2019s current framework."),
    ("p", "No other declarations were made."),

    ("item", "3.", "QUESTIONS AND DEPUTATIONS"),
    ("p", "One question had been received from a resident of the Borough under Standing "
          "Order 9."),
    ("pb", "Mr A Bickerstaff to the Chairman of the Health & Adult Social Care Scrutiny Board"),
    ("quote", "\u201cIn 2023 my wife and I were taken off the NHS list at our dental practice "
              "in Kenholme after not attending for two years, and the nearest practice I "
              "can find that is taking on new NHS adult patients is in Stourmere, over nine "
              "miles away and two buses. What is this Scrutiny Board doing to hold the "
              "Integrated Care Board to account for the lack of NHS dentistry in the north "
              "of the Borough?\u201d"),
    ("p", "The Chairman thanked Mr Bickerstaff for attending and advised that access to NHS "
          "dentistry was the subject of Item 7 on tonight\u2019s agenda, that the Integrated "
          "Care Board had been asked to address the position in the north of the Borough "
          "specifically, and that a written response would be sent to Mr Bickerstaff after "
          "the meeting."),
    ("p", "Mr Bickerstaff asked a supplementary question as to whether Members would go and "
          "see for themselves the practices that had stopped taking NHS patients. The "
          "Chairman advised that a visit would be considered when the Work Programme was "
          "discussed at Item 10."),

    ("item", "4.", "MINUTES"),
    ("p", "The minutes of the meeting held on 27th November 2024 were presented. The Scrutiny "
          "Officer reported that the number of delayed discharges given at minute 6 should "
          "have read 41 and not 14."),
    ("resolved", ["That, subject to the correction of the figure at minute 6, the minutes of "
                  "the meeting held on 27th November 2024 be held as a correct record."]),

    ("item", "5.", "CABINET PORTFOLIO HOLDER UPDATE \u2013 ADULT SOCIAL CARE & HEALTH"),
    ("p", "Cllr F Ashmore-Lyle, the Cabinet Portfolio Holder for Adult Social Care & Health, "
          "provided a verbal update, highlighting the following points:"),
    ("bullets", [
        "The Care Quality Commission\u2019s assessment of the Council\u2019s adult social "
        "care functions under the Care Act had concluded with an on-site visit in December "
        "2024. The draft report had been received for factual accuracy checking.",
        "The Better Care Fund plan for 2025/26 would be submitted jointly with the "
        "Integrated Care Board by the national deadline, with the discharge element again "
        "focused on the \u2018Home First\u2019 reablement pathway.",
        "Winter had been challenging, with 27 people who were medically fit for discharge "
        "waiting in hospital beds on the busiest day in January, compared with 44 a year "
        "earlier.",
        "The refreshed All Age Carers\u2019 Strategy would be launched at the Carers\u2019 "
        "Forum on 12th March 2025.",
    ]),
    ("p", "Cllr P Hallam OBE asked a question relating to the CQC assessment and when the "
          "final report would be made public. The Cabinet Member advised that publication "
          "was expected in March or April and that the report would be brought to the "
          "Scrutiny Board as soon as it was published."),
    ("p", "Cllr S Mahal questioned whether the additional discharge monies received this "
          "winter would continue beyond 31st March 2025, to which the Cabinet Member "
          "highlighted that no confirmation had yet been received from Government and that "
          "the budget had been set on the basis that it would not."),
    ("p", "The Chairman thanked the Cabinet Member for her update."),
    ("resolved", ["That the Cabinet Portfolio Holder\u2019s update be noted."]),

    ("item", "6.", "RE-COMMISSIONING OF HOME SUPPORT SERVICES (DOMICILIARY CARE)"),
    ("p", "M Hinchliffe, the Head of Commissioning (All Age), presented the report which set "
          "out the proposed approach to re-commissioning home support services when the "
          "current framework expires on 30th September 2025. The presentation detailed the "
          "following:"),
    ("bullets", [
        "The current framework had 31 providers delivering around 14,600 hours of care a "
        "week to approximately 1,350 people. Over a third of the hours were delivered by "
        "five providers, and nine providers delivered fewer than 100 hours a week.",
        "It was proposed to move to a zoned model, with the Borough divided into four zones "
        "(North, Central, East and South) and one lead provider appointed in each zone, "
        "supported by a \u2018strategic partner\u2019 tier to pick up packages the lead "
        "provider could not.",
        "Lead providers would be permitted to subcontract up to 30% of the hours in their "
        "zone to other providers approved by the Council.",
        "A minimum hourly rate of \u00a324.10 was proposed for 2025/26, based on the "
        "Council\u2019s fair cost of care exercise. Tenders would be evaluated 60% on "
        "quality and 40% on price.",
        "Consultation on the model had run from October to December 2024 and had received "
        "212 responses from people who use home support, their families and providers.",
        "Subject to the views of the Scrutiny Board, the procurement would be launched in "
        "March 2025, with contract award in July and a phased transfer of packages between "
        "October 2025 and January 2026 to avoid disruption over the winter.",
    ]),
    ("p", "Cllr M Okonedo asked a question relating to how lead providers would be held to "
          "account for care delivered by their subcontractors. The Head of Commissioning "
          "advised that the lead provider would remain contractually responsible for all of "
          "the care delivered in its zone, and that the Council\u2019s quality team would "
          "visit subcontracted branches on the same basis as the lead provider\u2019s own."),
    ("p", "Cllr T Brimble expressed concern that smaller, local providers who had served the "
          "Borough for many years would be squeezed out of the market by large national "
          "companies. The Director, Adult Care & Support acknowledged the risk and assured "
          "Cllr Brimble that the strategic partner tier had been designed so that local "
          "providers could continue to deliver care, and that consortium bids would be "
          "welcomed."),
    ("p", "Cllr K Ridout questioned whether the proposed rate would allow providers to pay "
          "care workers for travel time between calls. The Head of Commissioning advised "
          "that the rate included an element for paid travel time and mileage at 45p per "
          "mile, and that payment of travel time would be a contract requirement."),
    ("p", "Mrs D Kershaw sought clarification on how people who use home support had been "
          "involved in shaping the specification, in regards to both the consultation and "
          "the evaluation. The Head of Commissioning highlighted that, in addition to the "
          "survey, two co-production workshops had been held and that two Experts by "
          "Experience would sit on the evaluation panel for the quality questions."),
    ("p", "Cllr L Fairclough asked whether the option of bringing part of the service back "
          "in-house had been considered. The Cabinet Portfolio Holder advised that an "
          "in-house service had been appraised as part of the options appraisal at Appendix "
          "2 but had been discounted on cost, as it would require an estimated additional "
          "\u00a33.2 million a year."),
    ("p", "Cllr Dr A Vasey requested that the Scrutiny Board see the outcome of the tender "
          "evaluation before a decision was taken on the award of contracts. The Director, "
          "Adult Care & Support advised that the award would be a Cabinet decision in July "
          "2025 and that a confidential briefing could be offered to Members of the Board "
          "beforehand."),
    ("p", "A Member commented that under the current framework the rural wards in the south "
          "of the Borough had been hardest to cover, and that the zoned model must not leave "
          "those areas without a provider willing to take on packages."),
    ("resolved", ["That the Scrutiny Board:"]),
    ("clauses", [
        ("(i)", "Noted the proposed approach to the re-commissioning of home support "
                "services; and"),
        ("(ii)", "Recommends to Cabinet that the evaluation criteria include a specific "
                 "question on how bidders will recruit and retain care workers locally, "
                 "including payment for travel time."),
    ]),

    ("item", "7.", "NHS DENTAL SERVICES \u2013 ACCESS IN WYREBURY"),
    ("p", "R Ainsworth-Kaye, Head of Primary Care (Dental), Wyrebury & Stourmere Integrated "
          "Care Board (ICB), provided a presentation, detailing the following:"),
    ("bullets", [
        "There were 38 dental practices in the Borough, 26 of which held an NHS contract. "
        "Two contracts, in Kenholme and Brandwick Green, had been handed back during 2024, "
        "together worth around 19,000 units of dental activity (UDAs) a year.",
        "Across the ICB area practices had delivered 82% of their contracted activity in "
        "2023/24, compared with 71% the year before.",
        "The ICB had funded 1,450 additional urgent care sessions in 2024/25, accessed "
        "through NHS 111, and had taken part in the national new patient premium scheme.",
        "Only 41% of adults in the Borough had seen an NHS dentist in the previous 24 "
        "months, and in the three northern wards this fell to 33%.",
        "A procurement for replacement capacity in the north of the Borough had been "
        "launched in January 2025, with new services expected to open in the autumn.",
    ]),
    ("p", "Cllr J Cheverton thanked the ICB for attending and asked a question relating to "
          "how many practices in the north of the Borough were currently accepting new NHS "
          "adult patients. The Head of Primary Care (Dental) advised that at the date of the "
          "meeting two practices were accepting new adult patients on a limited basis, and "
          "that the list on the ICB\u2019s website was updated weekly."),
    ("p", "Cllr Dr A Vasey commented that the national contract paid the same for one "
          "filling as for several, which made patients with high needs uneconomic to treat "
          "and was the main reason practices were reducing their NHS commitment. The Head of "
          "Primary Care (Dental) agreed and stated that contract reform was a matter for "
          "Government, but that the ICB was using flexible commissioning to pay some "
          "practices on a sessional basis for high-needs patients."),
    ("p", "Cllr P Hallam OBE questioned whether the replacement services would be in "
          "Kenholme itself, as many residents there did not drive. To which the Head of "
          "Primary Care (Dental) advised that bidders had been asked to locate within the "
          "three northern wards, and that access by public transport would be scored as part "
          "of the evaluation."),
    ("p", "Cllr M Okonedo raised concern about the number of children having teeth removed "
          "in hospital. Dr F Lindqvist, the Director of Public Health, advised that there had "
          "been 188 hospital extractions for children under 10 in the last year, and that "
          "the supervised toothbrushing programme now reached 41 nurseries and primary "
          "schools, with fluoride varnish offered in five family hubs."),
    ("p", "Members expressed frustration that residents in the north of the Borough were "
          "still being directed to practices in Stourmere and beyond."),
    ("p", "Cllr T Brimble requested that the ICB provide the Board with ward-level figures "
          "on NHS dental access for adults and children. The Head of Primary Care (Dental) "
          "agreed to provide these figures through the Scrutiny Officer."),
    ("p", "The Chairman thanked the ICB for its attendance and for the openness of the "
          "presentation."),
    ("resolved", ["That:"]),
    ("clauses", [
        ("(i)", "the presentation be noted; and"),
        ("(ii)", "the Integrated Care Board be asked to report back to the Board in "
                 "September 2025 on the outcome of the procurement in the north of the "
                 "Borough."),
    ]),

    ("item", "8.", "VAPING AMONGST YOUNG PEOPLE \u2013 PREVENTION AND ENFORCEMENT"),
    ("p", "Dr F Lindqvist, the Director of Public Health, and G Tolley, Trading Standards & "
          "Licensing Manager, presented a joint report on the Council\u2019s response to "
          "vaping by young people. Cllr N Pritchard, Cabinet Portfolio Holder for Children, "
          "Education & Skills, was present for this item. The report highlighted the "
          "following:"),
    ("bullets", [
        "The Wyrebury Schools Health Survey 2024 (2,380 pupils) had found that 17% of Year "
        "10 pupils vaped at least weekly, against 6% who smoked.",
        "Trading Standards had carried out 36 test purchases in 2024, 11 of which resulted "
        "in a sale to an under-18, and had seized 9,870 illicit vapes, most of which "
        "exceeded the legal tank size or nicotine strength.",
        "The sale of single-use vapes would be banned from 1st June 2025, and the Tobacco "
        "and Vapes Bill would give further powers over flavours, packaging and display.",
        "The Wyrebury Stop Smoking Service offered adult smokers a free vape starter kit as "
        "a quit aid under the national Swap to Stop scheme.",
    ]),
    ("p", "Cllr Pritchard added that all 14 secondary schools had received a vaping toolkit "
          "and that nine had installed vape detectors in their toilets."),
    ("p", "Cllr S Mahal asked a question relating to how many of the retailers who had sold "
          "to under-18s had been prosecuted. The Trading Standards & Licensing Manager "
          "advised that two prosecutions had been brought, resulting in fines of \u00a34,500 "
          "and \u00a32,800, and that the remaining retailers had received formal warnings "
          "and advice visits."),
    ("p", "Cllr L Fairclough expressed concern that vapes continued to be sold in sweet "
          "flavours and brightly coloured packaging which were plainly designed to appeal to "
          "children. The Director of Public Health agreed and highlighted that the Council "
          "had responded to the national consultation calling for flavours to be limited to "
          "tobacco, mint and menthol."),
    ("p", "Mrs D Kershaw questioned whether young people themselves had been involved in "
          "designing the campaign messages. The Director of Public Health advised that "
          "members of the Wyrebury Youth Council had co-designed the \u2018Clear the "
          "Air\u2019 campaign and had tested it in four secondary schools."),
    ("p", "Cllr H Dyas questioned whether the Council had the resources to enforce the "
          "single-use vape ban from June. The Trading Standards & Licensing Manager advised "
          "that no new burdens funding had been confirmed and that enforcement would be "
          "intelligence-led, prioritising premises already known to sell to children."),
    ("p", "The Chairman commented that it was important that messages aimed at young people "
          "did not put off adult smokers who were using vapes to quit."),
    ("resolved", ["That the report be noted and that the Board\u2019s support for restricting "
                  "vape flavours and packaging be conveyed to the Cabinet Portfolio Holder "
                  "for Adult Social Care & Health."]),

    ("item", "9.", "ELECTIVE WAITING TIMES AND PATIENT EXPERIENCE \u2013 STOURFIELD & "
                   "WYREBURY HOSPITALS NHS FOUNDATION TRUST"),
    ("p", "Dr C Tregear, Deputy Chief Operating Officer, and A Mbatha, Head of Patient "
          "Experience & Engagement, presented an update on elective waiting times and on how "
          "the Trust was using patient feedback. The presentation highlighted:"),
    ("bullets", [
        "The Trust\u2019s waiting list stood at 61,200, with 58.6% of patients waiting less "
        "than 18 weeks against the national standard of 92% and an interim target of 65% by "
        "March 2026.",
        "There were 214 patients waiting over 65 weeks, mostly in trauma and orthopaedics, "
        "ENT and gynaecology, and 7 patients waiting over 78 weeks, all of whom had chosen "
        "to defer their treatment.",
        "A \u2018Waiting Well\u2019 service contacted every patient waiting over 40 weeks to "
        "check on their condition, offer support and re-prioritise where needed.",
        "The Trust received around 4,100 Friends and Family Test responses a month, with "
        "91% rating outpatient care as good or very good.",
        "A patient panel of 22 volunteers had reviewed the Trust\u2019s outpatient letters and "
        "the information given to patients before surgery, and had recently begun to "
        "attend the Trust\u2019s elective care board.",
    ]),
    ("p", "Cllr J Cheverton asked a question relating to what support was given to patients "
          "whose condition got worse while they were waiting. Dr Tregear advised that the "
          "Waiting Well team could refer patients for clinical review, and that 312 patients "
          "had been moved up the list following review since April."),
    ("p", "Cllr K Ridout expressed concern at the length of waits for hip and knee "
          "replacements, particularly for older residents who were losing mobility and "
          "independence while waiting. Dr Tregear acknowledged the concern and advised that "
          "the Trust had contracted with an independent sector provider for 600 hip and knee "
          "operations in 2024/25, and that a second ring-fenced elective theatre would open "
          "at Wyrebury General Hospital in May."),
    ("p", "Cllr M Okonedo sought clarification on how the Trust used patient feedback to "
          "change services. A Mbatha advised that complaints about confusing appointment "
          "letters had led to a new text reminder service, which had reduced missed "
          "outpatient appointments from 8.1% to 6.4%."),
    ("p", "Cllr P Hallam OBE questioned whether staff shortages were contributing to "
          "cancelled operations. Dr Tregear advised that theatre nursing vacancies had "
          "fallen to 9% following international recruitment, but that short-notice "
          "cancellations were mainly due to beds being occupied by emergency admissions."),
    ("p", "Cllr T Brimble requested that future reports show waiting times broken down by "
          "deprivation and ethnicity, so that the Board could see whether waits were "
          "widening health inequalities in the Borough."),
    ("p", "The Chairman thanked Dr Tregear and A Mbatha for attending and for the detail "
          "provided on the Waiting Well service."),
    ("resolved", ["That:"]),
    ("clauses", [
        ("(i)", "the update be noted; and"),
        ("(ii)", "the Trust be invited to attend the Board in September 2025 to report on "
                 "long waits and the Waiting Well service."),
    ]),

    ("item", "10.", "SCRUTINY BOARD WORK PROGRAMME 2024/25"),
    ("p", "O Radclyffe, the Scrutiny Officer, presented the Work Programme for the remainder "
          "of the 2024/25 municipal year, attached at Appendix A to the report."),
    ("p", "Further to the supplementary question at Item 3, Cllr Dr A Vasey requested that a "
          "visit to dental practices in the north of the Borough be arranged for Members. "
          "The Scrutiny Officer advised that he would arrange this with the ICB before the "
          "summer recess."),
    ("p", "Cllr M Okonedo asked that an item on hospital discharge for people who are "
          "homeless or at risk of homelessness be added, as raised at the November meeting. "
          "The Chairman advised that this would be scheduled for the meeting on 19th March "
          "2025, with housing colleagues invited to attend."),
    ("resolved", ["That the Work Programme at Appendix A be agreed, subject to the addition "
                  "of an item on hospital discharge and homelessness at the March meeting "
                  "and a visit to dental practices."]),
]

CLOSING = "The meeting finished at 8.21 p.m."


class MinutesPDF:
    """Printed minutes: a hanging column for minute numbers, text column beside it."""

    LEFT = 20.0
    NUM_W = 12.0
    RIGHT = 18.0

    def __init__(self) -> None:
        from fpdf import FPDF

        outer = self

        class PDF(FPDF):
            def header(self):
                if self.page_no() == 1:
                    self.set_font("DV", "B", 11)
                    self.set_xy(140, 10)
                    self.cell(52, 6, "Public Document Pack", align="R")
                    self.set_y(24)
                else:
                    self.set_font("DV", "I", 8)
                    self.set_xy(outer.LEFT, 10)
                    self.cell(0, 5, "Health & Adult Social Care Scrutiny Board \u2013 "
                                    "5th February 2025")
                    self.set_y(20)

            def footer(self):
                self.set_y(-15)
                self.set_font("DV", "", 9)
                self.cell(0, 6, f"Page {self.page_no() + 6}", align="C")

        pdf = PDF(format="A4", unit="mm")
        pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        pdf.set_margins(self.LEFT, 20, self.RIGHT)
        pdf.set_auto_page_break(True, margin=22)
        pdf.set_creation_date(FIXED)
        pdf.set_title("Minutes - Health & Adult Social Care Scrutiny Board, 05/02/2025")
        pdf.set_author("Democratic Services")
        pdf.set_creator("Microsoft Word - HASC SB minutes 05.02.25")
        pdf.set_producer("Wyrebury MBC document service")
        self.pdf = pdf

    @property
    def text_x(self) -> float:
        return self.LEFT + self.NUM_W

    @property
    def text_w(self) -> float:
        return 210 - self.RIGHT - self.text_x

    def ensure(self, needed: float) -> None:
        pdf = self.pdf
        if pdf.get_y() + needed > 297 - 22:
            pdf.add_page()

    def title_block(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font("DV", "B", 13)
        pdf.cell(0, 7, "WYREBURY METROPOLITAN BOROUGH COUNCIL", align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "B", 12)
        pdf.cell(0, 7, "HEALTH & ADULT SOCIAL CARE SCRUTINY BOARD", align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10.5)
        pdf.cell(0, 6, "Wednesday 5th February 2025 (6.00 p.m. \u2013 8.21 p.m.)", align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "Council Chamber \u2013 Civic Suite, Priory Walk, Wyrebury", align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("DV", "B", 12)
        pdf.cell(0, 7, "MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def attendance(self) -> None:
        pdf = self.pdf
        label_w = 38.0
        value_x = self.LEFT + label_w
        value_w = 210 - self.RIGHT - value_x
        for label, value in ATTENDANCE:
            y = pdf.get_y()
            pdf.set_font("DV", "B", 10)
            pdf.set_xy(self.LEFT, y)
            pdf.cell(label_w, 5.2, label)
            pdf.set_font("DV", "", 10)
            pdf.set_xy(value_x, y)
            pdf.multi_cell(value_w, 5.2, value, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.set_font("DV", "I", 8.5)
        pdf.multi_cell(0, 4.5, FOOTNOTE, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        # a rule under the attendance
        pdf.set_draw_color(0, 0, 0)
        pdf.line(self.LEFT, pdf.get_y(), 210 - self.RIGHT, pdf.get_y())
        pdf.ln(4)

    def para(self, text: str, style: str = "", size: float = 10, x_off: float = 0.0,
             gap: float = 2.5) -> None:
        pdf = self.pdf
        pdf.set_font("DV", style, size)
        pdf.set_x(self.text_x + x_off)
        pdf.multi_cell(self.text_w - x_off, 5.2, text, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def block(self, b) -> None:
        pdf = self.pdf
        kind = b[0]
        if kind == "item":
            _, number, title = b
            self.ensure(22)
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("DV", "B", 10.5)
            pdf.set_xy(self.LEFT, y)
            pdf.cell(self.NUM_W, 5.5, number)
            pdf.set_xy(self.text_x, y)
            pdf.multi_cell(self.text_w, 5.5, title, align="L", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            self.para(b[1])
        elif kind == "pb":
            self.para(b[1], style="B", gap=1.5)
        elif kind == "quote":
            self.para(b[1], style="I", x_off=6)
        elif kind == "lines":
            for line in b[1]:
                self.para(line, x_off=6, gap=0)
            pdf.ln(2.5)
        elif kind == "bullets":
            for entry in b[1]:
                y = pdf.get_y()
                self.ensure(6)
                if pdf.get_y() < y:
                    y = pdf.get_y()
                y = pdf.get_y()
                pdf.set_font("DV", "", 10)
                pdf.set_xy(self.text_x + 2, y)
                pdf.cell(4, 5.2, "\u00b7")
                pdf.set_xy(self.text_x + 7, y)
                pdf.multi_cell(self.text_w - 7, 5.2, entry, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(1.5)
        elif kind == "resolved":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(self.text_x)
            pdf.cell(self.text_w, 5.5, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for line in b[1]:
                self.para(line, style="B")
        elif kind == "clauses":
            for label, text in b[1]:
                y = pdf.get_y()
                self.ensure(6)
                y = pdf.get_y()
                pdf.set_font("DV", "B", 10)
                pdf.set_xy(self.text_x + 2, y)
                pdf.cell(9, 5.2, label)
                pdf.set_xy(self.text_x + 11, y)
                pdf.multi_cell(self.text_w - 11, 5.2, text, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1.5)
        else:
            raise ValueError(kind)

    def closing(self) -> None:
        pdf = self.pdf
        self.ensure(40)
        pdf.ln(4)
        pdf.set_font("DV", "", 10)
        pdf.set_x(self.text_x)
        pdf.cell(self.text_w, 6, CLOSING, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(14)
        pdf.set_x(120)
        pdf.cell(72, 6, "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                        "\u2026\u2026\u2026\u2026\u2026\u2026", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "B", 10)
        pdf.set_x(120)
        pdf.cell(72, 6, "CHAIRMAN", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        pdf.set_x(120)
        pdf.cell(72, 6, "Date \u2026\u2026\u2026\u2026\u2026\u2026", align="C",
                 new_x="LMARGIN", new_y="NEXT")

    def build(self, path: Path) -> None:
        self.title_block()
        self.attendance()
        for b in BODY:
            self.block(b)
        self.closing()
        path.write_bytes(bytes(self.pdf.output()))


# ---------------------------------------------------------------------------
# The paper that is not minutes: the Board's work programme (Word, with tables)
# ---------------------------------------------------------------------------

WP_MEETINGS = [
    ("12th June 2024", [
        ("Appointment of Chairman and Vice-Chairman; Terms of Reference",
         "Democratic Services",
         "To note the Board\u2019s remit for health scrutiny and adult social care."),
        ("Joint Local Health & Wellbeing Strategy \u2013 consultation plan",
         "Director of Public Health",
         "Is the consultation reaching the communities with the poorest health outcomes? "
         "How will the results change the priorities?"),
        ("Work Programme 2024/25", "Scrutiny Officer",
         "To agree topics for the year from Members\u2019 suggestions."),
    ]),
    ("18th September 2024", [
        ("Adult Social Care Local Account 2023/24", "Director, Adult Care & Support",
         "How does performance compare with our statistical neighbours? What are people who "
         "use services telling us?"),
        ("GP Access and the Primary Care Access Recovery Plan", "ICB \u2013 Place Director",
         "Why do some practices consistently score poorly in the GP Patient Survey? What is "
         "being done about the 8am rush?"),
        ("Suicide Prevention Action Plan \u2013 annual update", "Director of Public Health",
         "Which actions from last year were completed, and which have slipped?"),
    ]),
    ("27th November 2024", [
        ("Winter Plan and Hospital Discharge", "ICB / Director, Adult Care & Support",
         "How many people are medically fit but still in hospital? What capacity has been "
         "bought for winter and from whom?"),
        ("Healthwatch Wyrebury Annual Report", "Healthwatch Wyrebury",
         "Which themes from residents\u2019 feedback should the Board pick up?"),
        ("Budget proposals 2025/26 \u2013 Adult Social Care & Public Health",
         "Cabinet Portfolio Holder / Director of Resources",
         "What are the risks to statutory services from the proposed savings?"),
    ]),
    ("5th February 2025", [
        ("Re-commissioning of Home Support Services", "Head of Commissioning (All Age)",
         "How will lead providers be held to account for care that they subcontract? Will "
         "the rate cover travel time? What will happen to small local providers?"),
        ("NHS Dental Services \u2013 Access in Wyrebury", "ICB \u2013 Head of Primary Care "
         "(Dental)",
         "Where can residents in the north of the Borough get an NHS dentist? When will "
         "the replacement contracts be in place?"),
        ("Vaping amongst Young People \u2013 Prevention and Enforcement",
         "Director of Public Health / Trading Standards",
         "How many underage sales have been found and what action followed? Are young "
         "people shaping the campaign?"),
        ("Elective Waiting Times and Patient Experience",
         "Stourmere & Wyrebury Hospitals NHS FT",
         "Who is waiting longest and what support do they get while they wait?"),
    ]),
    ("19th March 2025", [
        ("CQC Assessment of Adult Social Care \u2013 outcome and action plan",
         "Director, Adult Care & Support",
         "What did the inspectors find, and how will the Board monitor the action plan? "
         "(Subject to publication of the report.)"),
        ("All Age Carers\u2019 Strategy 2025\u20132030", "Head of Commissioning (All Age)",
         "Were carers involved in writing the strategy? How will we know whether it has "
         "made a difference?"),
        ("Scrutiny Board Annual Report 2024/25", "Scrutiny Officer",
         "To approve the Board\u2019s report to Council."),
    ]),
]

WP_ACTIONS = [
    ("27th November 2024 (minute 6)",
     "Members asked for the number of delayed discharges by week over the Christmas "
     "period.",
     "Weekly figures for 16th December to 12th January were circulated by email on 20th "
     "January 2025.", "Complete"),
    ("27th November 2024 (minute 7)",
     "You asked whether Healthwatch Wyrebury could share its report on care home visiting.",
     "The report was circulated to all Members of the Board on 4th December 2024.",
     "Complete"),
    ("18th September 2024 (minute 5)",
     "Members asked the ICB for practice-level waiting times for a routine GP appointment.",
     "The ICB has said that it cannot yet provide reliable practice-level data. A "
     "dashboard is expected in spring 2025.", "Open"),
    ("18th September 2024 (minute 6)",
     "You asked for the suicide prevention training offer for front-line staff to be "
     "extended to councillors.",
     "Two sessions for Members have been booked for 24th February and 3rd March 2025.",
     "Complete"),
]

WP_UNSCHEDULED = [
    "Hospital discharge for people who are homeless or at risk of homelessness "
    "(suggested by Cllr Okonedo, November 2024).",
    "Community mental health services for adults \u2013 waiting times for the first "
    "appointment after referral.",
    "Pharmacy closures and the Pharmaceutical Needs Assessment.",
    "Disabled Facilities Grants \u2013 time taken from referral to completion of "
    "adaptations.",
    "Member visit to a home support provider and to the Waiting Well team.",
]

WP_QUESTIONS = [
    "Is there a local reason for concern, for example poor performance, complaints or a "
    "gap in services?",
    "Is the issue a priority for the Council or for local NHS partners?",
    "Can scrutiny make a difference, or is the matter already being reviewed elsewhere?",
    "Would a single item at a meeting be enough, or does the topic need a task and finish "
    "group?",
    "Who should the Board hear from, and have residents\u2019 views been gathered?",
]


def build_paper(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = Cm(2)
        section.right_margin = Cm(2)

    def shade(cell, fill: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    def bold_para(text: str, size: int = 11, align=None) -> None:
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Appendix A")
    r.bold = True

    bold_para("Wyrebury Metropolitan Borough Council", 14)
    bold_para("Health & Adult Social Care Scrutiny Board", 13)
    bold_para("Work Programme 2024/25", 13)
    doc.add_paragraph("Updated: 27th January 2025  |  Contact: Owen Radclyffe, Scrutiny "
                      "Officer, tel. 01632 960418")

    doc.add_heading("About this work programme", level=2)
    doc.add_paragraph(
        "The Health & Adult Social Care Scrutiny Board reviews the Council\u2019s adult "
        "social care and public health services and, as the Council\u2019s health scrutiny "
        "committee, the planning and delivery of NHS services for Wyrebury residents. This "
        "document lists the items the Board has considered this year and those scheduled "
        "for its remaining meeting, with the main lines of enquiry agreed with the Chairman "
        "and Vice-Chairman at agenda planning.")
    doc.add_paragraph(
        "The programme is a living document. Items may be moved if a report is not ready or "
        "if something more urgent arises, and Members can suggest new topics at any meeting "
        "or through the Scrutiny Officer. Meetings start at 6.00 p.m. in the Council "
        "Chamber, Civic Suite, unless stated otherwise.")

    doc.add_heading("Meetings and items", level=2)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    headers = ("Meeting", "Item", "Lead officer / partner", "Purpose and possible lines of "
               "enquiry")
    for cell, text in zip(table.rows[0].cells, headers):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        shade(cell, "D9E2F3")
    for date, items in WP_MEETINGS:
        for n, (item, lead, purpose) in enumerate(items):
            row = table.add_row().cells
            row[0].text = date if n == 0 else ""
            row[1].text = item
            row[2].text = lead
            row[3].text = purpose
    widths = (Cm(2.8), Cm(5.0), Cm(3.6), Cm(5.6))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w

    doc.add_heading("Actions and information requests \u2013 You asked, we did", level=2)
    doc.add_paragraph(
        "This table tracks requests for further information made at meetings of the Board "
        "and the response to each. Completed actions are removed once they have been "
        "reported to one meeting.")
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for cell, text in zip(t2.rows[0].cells, ("Meeting", "You asked", "We did", "Status")):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        shade(cell, "D9E2F3")
    for meeting, asked, did, status in WP_ACTIONS:
        row = t2.add_row().cells
        row[0].text = meeting
        row[1].text = asked
        row[2].text = did
        row[3].text = status

    doc.add_heading("Topics suggested but not yet scheduled", level=2)
    for text in WP_UNSCHEDULED:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Choosing topics", level=2)
    doc.add_paragraph(
        "When suggesting an item for the work programme, Members may find it helpful to "
        "consider the following questions:")
    for text in WP_QUESTIONS:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Items for 2025/26", level=2)
    doc.add_paragraph(
        "The following items have been carried forward for the first meetings of 2025/26 "
        "and will be confirmed when the Board agrees its programme in June:")
    for text in (
        "NHS Dental Services \u2013 outcome of the procurement for the north of the Borough "
        "(ICB), September 2025.",
        "Elective waiting times \u2013 long waits and the Waiting Well service (Stourmere "
        "& Wyrebury Hospitals NHS FT), September 2025.",
        "Home Support \u2013 mobilisation of the new contracts, following the Cabinet "
        "decision in July 2025.",
        "Director of Public Health Annual Report 2024/25.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    p = doc.add_paragraph()
    r = p.add_run("The Board is asked to agree the work programme and to identify any "
                  "further topics for consideration.")
    r.italic = True

    props = doc.core_properties
    props.author = "Owen Radclyffe"
    props.last_modified_by = "Owen Radclyffe"
    props.title = "HASC Scrutiny Board Work Programme 2024-25"
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.revision = 7
    props.created = dt.datetime(2024, 6, 3, 9, 15, 0)
    props.modified = dt.datetime(2025, 1, 27, 16, 40, 0)
    props.last_printed = dt.datetime(2025, 1, 27, 16, 41, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps zip members with the current time: rewrite them fixed.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 1, 27, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
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


HOC = "Head of Commissioning"
DACS = "Director, Adult Care & Support"
HPCD = "Head of Primary Care (Dental)"
DPH = "Director of Public Health"
TSM = "Trading Standards & Licensing Manager"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health & Adult Social Care Scrutiny Board",
    "meeting_date": "2025-02-05",
    "items": [
        {"number": "1", "title": "APOLOGIES"},
        {"number": "2", "title": "DECLARATIONS OF PECUNIARY OR CONFLICTING INTERESTS FROM "
                                 "MEMBERS"},
        {"number": "3", "title": "QUESTIONS AND DEPUTATIONS"},
        {"number": "4", "title": "MINUTES"},
        {"number": "5", "title": "CABINET PORTFOLIO HOLDER UPDATE \u2013 ADULT SOCIAL CARE "
                                 "& HEALTH"},
        {"number": "6", "title": "RE-COMMISSIONING OF HOME SUPPORT SERVICES (DOMICILIARY "
                                 "CARE)"},
        {"number": "7", "title": "NHS DENTAL SERVICES \u2013 ACCESS IN WYREBURY"},
        {"number": "8", "title": "VAPING AMONGST YOUNG PEOPLE \u2013 PREVENTION AND "
                                 "ENFORCEMENT"},
        {"number": "9", "title": "ELECTIVE WAITING TIMES AND PATIENT EXPERIENCE \u2013 "
                                 "STOURFIELD & WYREBURY HOSPITALS NHS FOUNDATION TRUST"},
        {"number": "10", "title": "SCRUTINY BOARD WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # 3 Questions and deputations
        q("3", "question",
          "What is this Scrutiny Board doing to hold the Integrated Care Board",
          "Mr A Bickerstaff",
          "access to NHS dentistry was the subject of Item 7 on tonight's agenda",
          "Chairman", ["primary-care", "governance"]),
        q("3", "question",
          "asked a supplementary question as to whether Members would go and see",
          "Mr A Bickerstaff",
          "a visit would be considered when the Work Programme was discussed",
          "Chairman", ["primary-care"]),
        # 5 Cabinet Portfolio Holder update
        q("5", "question",
          "asked a question relating to the CQC assessment and when the final report",
          "Cllr P Hallam OBE",
          "publication was expected in March or April and that the report would",
          "Cabinet Member", ["governance", "adult-social-care"]),
        q("5", "question",
          "questioned whether the additional discharge monies received this winter would "
          "continue",
          "Cllr S Mahal",
          "no confirmation had yet been received from Government and that the budget",
          "Cabinet Member", ["finance", "adult-social-care"]),
        # 6 Home support re-commissioning
        q("6", "question",
          "how lead providers would be held to account for care delivered by their "
          "subcontractors",
          "Cllr M Okonedo",
          "the lead provider would remain contractually responsible for all of the care",
          HOC, ["subcontracting", "governance", "adult-social-care"]),
        q("6", "concern",
          "would be squeezed out of the market by large national companies",
          "Cllr T Brimble",
          "the strategic partner tier had been designed so that local providers could",
          DACS, ["subcontracting", "privatisation", "adult-social-care"]),
        q("6", "question",
          "questioned whether the proposed rate would allow providers to pay care workers",
          "Cllr K Ridout",
          "included an element for paid travel time and mileage at 45p per mile",
          HOC, ["workforce", "finance", "adult-social-care"]),
        q("6", "question",
          "involved in shaping the specification, in regards to both the consultation",
          "Mrs D Kershaw",
          "two co-production workshops had been held and that two Experts by Experience",
          HOC, ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "asked whether the option of bringing part of the service back in-house",
          "Cllr L Fairclough",
          "an in-house service had been appraised as part of the options appraisal",
          "Cabinet Portfolio Holder", ["privatisation", "finance", "adult-social-care"]),
        q("6", "request",
          "requested that the Scrutiny Board see the outcome of the tender evaluation",
          "Cllr Dr A Vasey",
          "the award would be a Cabinet decision in July 2025 and that",
          DACS, ["subcontracting", "governance", "adult-social-care"]),
        q("6", "comment",
          "the rural wards in the south of the Borough had been hardest to cover",
          None, None, None, ["adult-social-care"]),
        # 7 NHS dental services
        q("7", "question",
          "how many practices in the north of the Borough were currently accepting",
          "Cllr J Cheverton",
          "practices were accepting new adult patients on a limited basis",
          HPCD, ["primary-care"]),
        q("7", "comment",
          "commented that the national contract paid the same for one filling",
          "Cllr Dr A Vasey",
          "the ICB was using flexible commissioning to pay some practices on a sessional "
          "basis",
          HPCD, ["primary-care"]),
        q("7", "question",
          "questioned whether the replacement services would be in Kenholme itself",
          "Cllr P Hallam OBE",
          "bidders had been asked to locate within the three northern wards",
          HPCD, ["primary-care", "subcontracting"]),
        q("7", "concern",
          "raised concern about the number of children having teeth removed",
          "Cllr M Okonedo",
          "the supervised toothbrushing programme now reached 41 nurseries and primary "
          "schools",
          DPH, ["primary-care", "public-health", "children-and-families"]),
        q("7", "concern",
          "residents in the north of the Borough were still being directed to practices",
          None, None, None, ["primary-care"]),
        q("7", "request",
          "requested that the ICB provide the Board with ward-level figures",
          "Cllr T Brimble",
          "agreed to provide these figures through the Scrutiny Officer",
          HPCD, ["primary-care"]),
        # 8 Vaping
        q("8", "question",
          "asked a question relating to how many of the retailers",
          "Cllr S Mahal",
          "two prosecutions had been brought, resulting in fines of",
          TSM, ["public-health"]),
        q("8", "concern",
          "vapes continued to be sold in sweet flavours and brightly coloured packaging",
          "Cllr L Fairclough",
          "the Council had responded to the national consultation calling for flavours",
          DPH, ["public-health", "children-and-families"]),
        q("8", "question",
          "questioned whether young people themselves had been involved in designing",
          "Mrs D Kershaw",
          "members of the Wyrebury Youth Council had co-designed the 'Clear the Air' campaign",
          DPH, ["patient-and-public-input", "children-and-families", "public-health"]),
        q("8", "question",
          "questioned whether the Council had the resources to enforce the single-use vape "
          "ban",
          "Cllr H Dyas",
          "no new burdens funding had been confirmed and that enforcement would be",
          TSM, ["finance", "public-health"]),
        q("8", "comment",
          "did not put off adult smokers who were using vapes to quit",
          "Chairman", None, None, ["public-health"]),
        # 9 Elective waiting times
        q("9", "question",
          "what support was given to patients whose condition got worse while they were "
          "waiting",
          "Cllr J Cheverton",
          "the Waiting Well team could refer patients for clinical review",
          "Dr C Tregear", []),
        q("9", "concern",
          "expressed concern at the length of waits for hip and knee replacements",
          "Cllr K Ridout",
          "contracted with an independent sector provider for 600 hip and knee operations",
          "Dr C Tregear", ["subcontracting"]),
        q("9", "question",
          "sought clarification on how the Trust used patient feedback to change services",
          "Cllr M Okonedo",
          "complaints about confusing appointment letters had led to a new text reminder "
          "service",
          "A Mbatha", ["patient-and-public-input"]),
        q("9", "question",
          "questioned whether staff shortages were contributing to cancelled operations",
          "Cllr P Hallam OBE",
          "theatre nursing vacancies had fallen to 9% following international recruitment",
          "Dr C Tregear", ["workforce"]),
        q("9", "request",
          "requested that future reports show waiting times broken down by deprivation",
          "Cllr T Brimble", None, None, ["public-health"]),
        # 10 Work programme
        q("10", "request",
          "requested that a visit to dental practices in the north of the Borough",
          "Cllr Dr A Vasey",
          "he would arrange this with the ICB before the summer recess",
          "Scrutiny Officer", ["primary-care"]),
        q("10", "request",
          "asked that an item on hospital discharge for people who are homeless",
          "Cllr M Okonedo",
          "this would be scheduled for the meeting on 19th March 2025",
          "Chairman", ["housing", "adult-social-care"]),
    ],
    "resolutions": [
        res("4", "27th November 2024 be held as a correct record", "agreed", []),
        res("5", "That the Cabinet Portfolio Holder's update be noted", "noted",
            ["adult-social-care"]),
        res("6", "Recommends to Cabinet that the evaluation criteria include a specific "
                 "question",
            "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        res("7", "be asked to report back to the Board in September 2025", "agreed",
            ["primary-care", "subcontracting"]),
        res("8", "support for restricting vape flavours and packaging be conveyed to the "
                 "Cabinet",
            "agreed", ["public-health"]),
        res("9", "Trust be invited to attend the Board in September 2025 to report",
            "agreed", []),
        res("10", "subject to the addition of an item on hospital discharge and "
                  "homelessness",
            "agreed", ["housing", "adult-social-care"]),
    ],
    "attendees": [
        att("Cllr B Tanswell", "Chairman", "present"),
        att("Cllr M Okonedo", "Vice-Chairman", "present"),
        att("Cllr Dr A Vasey", None, "present"),
        att("Cllr P Hallam OBE", None, "present"),
        att("Cllr J Cheverton", None, "present"),
        att("Cllr K Ridout", None, "present"),
        att("Cllr S Mahal", None, "present"),
        att("Cllr T Brimble", None, "present"),
        att("Cllr H Dyas", None, "present"),
        att("Cllr L Fairclough", "substitute", "present"),
        att("Mrs D Kershaw", "Healthwatch Wyrebury, non-voting", "present"),
        att("Cllr F Ashmore-Lyle", "Cabinet Portfolio Holder for Adult Social Care & Health",
            "in_attendance"),
        att("Cllr N Pritchard",
            "Cabinet Portfolio Holder for Children, Education & Skills", "in_attendance"),
        att("S Vellacott", "Director, Adult Care & Support", "in_attendance"),
        att("Dr F Lindqvist", "Director of Public Health", "in_attendance"),
        att("M Hinchliffe", "Head of Commissioning (All Age)", "in_attendance"),
        att("G Tolley", "Trading Standards & Licensing Manager", "in_attendance"),
        att("O Radclyffe", "Scrutiny Officer", "in_attendance"),
        att("J Kalsi", "Democratic Services Officer", "in_attendance"),
        att("R Ainsworth-Kaye",
            "Head of Primary Care (Dental), Wyrebury & Stourmere Integrated Care Board",
            "in_attendance"),
        att("Dr C Tregear",
            "Deputy Chief Operating Officer, Stourmere & Wyrebury Hospitals NHS "
            "Foundation Trust", "in_attendance"),
        att("A Mbatha",
            "Head of Patient Experience & Engagement, Stourmere & Wyrebury Hospitals NHS "
            "Foundation Trust", "in_attendance"),
        att("Cllr R Pargeter", None, "apologies"),
        att("Cllr G Oyelaran", None, "apologies"),
    ],
}

PAPER_GOLD = {"document": PAPER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    MinutesPDF().build(DOCS / MINUTES_NAME)
    build_paper(DOCS / PAPER_NAME)
    for gold in (MINUTES_GOLD, PAPER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("pe-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / PAPER_NAME}\ngold in {GOLD}")
