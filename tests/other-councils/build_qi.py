#!/usr/bin/env python3
"""Build the "qi-" documents (round 226) and their gold annotations.

Usage:  build_qi.py           build documents/qi-* and gold/qi-*.json
        build_qi.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "qi-wissemere-hosc-2025-09-11.pdf"
REPORT_NAME = "qi-wissemere-healthwatch-msk-physiotherapy-report.pdf"

FIXED_MINUTES = dt.datetime(2025, 9, 19, 14, 5, 0, tzinfo=dt.timezone.utc)
FIXED_REPORT = dt.datetime(2025, 8, 27, 9, 30, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def typo(s: str) -> str:
    """Straight apostrophes in the source become the curly ones Word types."""
    return s.replace("'", "\u2019")


# ---------------------------------------------------------------------------
# A small layout helper on top of fpdf2
# ---------------------------------------------------------------------------

class Doc(FPDF):
    footer_text = "Page {page} of {{nb}}"
    footer_left = ""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.add_font("Sans", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(0, 0, 0)
        if self.footer_left:
            self.set_x(20)
            self.cell(85, 5, self.footer_left, align="L")
            self.set_x(105)
            self.cell(85, 5, self.footer_text.format(page=self.page_no()), align="R")
        else:
            self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")

    # -- text blocks ---------------------------------------------------------
    def para(self, text: str, size: float = 10.5, style: str = "", indent: float = 0,
             after: float = 2.6, lh: float = 5.2) -> None:
        self.set_font("Sans", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, typo(text), align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def marked(self, mark: str, text: str, indent: float = 0, hang: float = 6,
               size: float = 10.5, after: float = 1.8, style: str = "") -> None:
        """A bullet or a lettered clause with a hanging indent."""
        self.set_font("Sans", style, size)
        if self.will_page_break(10):
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(hang, 5.2, mark)
        self.set_xy(self.l_margin + indent + hang, y)
        self.multi_cell(self.epw - indent - hang, 5.2, typo(text), align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, text: str, size: float = 11.5, before: float = 3.0,
                after: float = 2.2) -> None:
        if self.will_page_break(22):
            self.add_page()
        self.ln(before)
        self.set_font("Sans", "B", size)
        self.multi_cell(self.epw, 6, typo(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def labelled(self, label: str, text: str, width: float = 33, size: float = 10.5,
                 after: float = 1.6) -> None:
        y = self.get_y()
        self.set_font("Sans", "B", size)
        self.set_x(self.l_margin)
        self.cell(width, 5.4, label)
        self.set_font("Sans", "", size)
        self.set_xy(self.l_margin + width, y)
        self.multi_cell(self.epw - width, 5.4, typo(text), align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

PRESENT = ("County Councillors J Aldous, P Bellamy, S Chaudhry, M Daintree (Vice-Chair), "
           "R Everitt, K Fairweather, L Hartigan (Chair), D Ingleby and N Oduya")
DISTRICT = "District Councillors C Pryke (Fenbury) and W Tasker (East Wissemere)"
OFFICERS = ("Dr Helen Marwood (Director of Public Health), Fiona Strudwick (Service Director: "
            "Adults and Safeguarding), Owen Pilgrim (Head of Public Health Commissioning) and "
            "Rachel Devenish (Democratic Services Officer)")
IN_ATTENDANCE = ("Councillor G Whitlock (Cabinet Member for Adults and Health); Kate Ellingham "
                 "(Chief Operating Officer) and Sunil Varma (Deputy Director of Elective Care), "
                 "Wissebridge University Hospitals NHS Foundation Trust; Jo Trimmer (Director of "
                 "Primary Care and Community Services), Wissemere and Nenford Integrated Care "
                 "Board; Bev Lusted (Chief Executive) and Priya Ambrose (Engagement and Research "
                 "Lead), Healthwatch Wissemere")

# Each minute: (number, title, [blocks]).  A block is a string (paragraph), or a tuple:
#   ("bullets", [..])      bulleted list
#   ("clauses", [..])      a) b) c) clauses
#   ("lead", text)         a lead-in line kept close to the list below it
MINUTES = [
    ("58", "Apologies for Absence and Declarations of Interest", [
        "Apologies for absence were received from Councillor T Gedney (substituted by "
        "Councillor K Fairweather) and from District Councillor A Rowell (Wissebridge City).",
        "Councillor D Ingleby declared an Other Interest under the Code of Conduct in relation "
        "to minute 62, as his daughter was employed as a physiotherapist by a private practice "
        "in Wissebridge. Councillor N Oduya declared an Other Interest as an appointed governor "
        "of Wissebridge University Hospitals NHS Foundation Trust.",
    ]),
    ("59", "Minutes – 10 July 2025 and Action Log", [
        "The minutes of the meeting held on 10 July 2025 were agreed as a correct record and "
        "signed by the Chair, and the Action Log was noted.",
        "In relation to action 31 (ambulance handover delays at Wissebridge Hospital), the "
        "Democratic Services Officer advised that the figures requested had been circulated to "
        "Members by email on 4 August 2025 and that the action would be marked as completed.",
    ]),
    ("60", "Petitions and Public Questions", [
        "No petitions had been received.",
        "One public question had been received from Mr Trevor Ashpole, a resident of Threxley "
        "Fen, in relation to minute 62. Mr Ashpole attended the meeting and read out his "
        "question, and a response was given by the Director of Primary Care and Community "
        "Services, Wissemere and Nenford Integrated Care Board (ICB). The question and the "
        "response are set out at question 1 in the Annex to these minutes.",
        "The Chair thanked Mr Ashpole for attending.",
    ]),
    ("61", "Elective Care Waiting Times and the Use of Independent Sector Providers", [
        "The Committee received a report from Wissebridge University Hospitals NHS Foundation "
        "Trust (WUH) on the waiting list for planned (elective) care and on the Trust's use of "
        "independent sector providers to reduce the time patients waited for treatment. The "
        "report was introduced by the Chief Operating Officer, supported by the Deputy Director "
        "of Elective Care.",
        ("lead", "In presenting the report, officers highlighted:"),
        ("bullets", [
            "the total waiting list at WUH had stood at 58,412 at the end of July 2025, a "
            "reduction of around 3,100 since January;",
            "61.8% of patients had been waiting less than 18 weeks, against an interim national "
            "target of 65% by March 2026;",
            "214 patients had been waiting more than 65 weeks, most of them for orthopaedics, "
            "gynaecology or ear, nose and throat treatment;",
            "in 2024/25 the Trust had sub-contracted 2,640 procedures to two independent sector "
            "providers, Ashlar Park Hospital in Wissebridge and the Whittlesmere Day Surgery "
            "Centre; and",
            "the elective surgical hub at Wissebridge Hospital had opened in May 2025 with four "
            "theatres and was expected to be fully staffed by December.",
        ]),
        "Members put a number of questions to the Trust's representatives. The questions and "
        "the answers given are set out at questions 2 to 6 in the Annex to these minutes.",
        ("lead", "In addition, individual Members raised the following issues in relation to "
                 "the report:"),
        ("bullets", [
            "A Member commented that constituents in the north of the county had been offered "
            "treatment at the Whittlesmere Day Surgery Centre but had been unable to get there "
            "without a car, and felt that the eligibility criteria for patient transport should "
            "be looked at again. The Chief Operating Officer said that she would raise this "
            "with the ICB, which commissioned non-emergency patient transport.",
            "A Member welcomed the fall in the number of people waiting more than 65 weeks but "
            "felt that the report said too little about patients who were still waiting for a "
            "first outpatient appointment and so did not yet know what treatment they would "
            "need.",
        ]),
        "The Chair thanked the Chief Operating Officer and the Deputy Director of Elective Care "
        "for their attendance.",
        ("lead", "It was resolved unanimously to:"),
        ("clauses", [
            "note the report; and",
            "request that WUH return to the Committee in March 2026 with an update on elective "
            "waiting times, including figures for each independent sector provider and for the "
            "distances patients had travelled to them.",
        ]),
    ]),
    ("62", "Healthwatch Wissemere – Patients' Experience of Community Musculoskeletal (MSK) "
           "Physiotherapy", [
        "The Committee received a report from Healthwatch Wissemere setting out the findings "
        "of its engagement with people who had used, or were waiting for, the community MSK "
        "physiotherapy service. The service was commissioned by the ICB from Wissemere "
        "Community Health Services NHS Trust and, since April 2024, had been delivered in the "
        "south of the county by Corvale Therapy Services Ltd under a sub-contract with the "
        "Trust. The report was presented by the Chief Executive and the Engagement and Research "
        "Lead, Healthwatch Wissemere, and the Director of Primary Care and Community Services "
        "attended to respond on behalf of the ICB.",
        "In presenting the report, the Engagement and Research Lead highlighted that 312 people "
        "had responded to the Healthwatch survey, that respondents in the south of the county "
        "had reported a median wait of 19 weeks for a first appointment compared with 11 weeks "
        "in the north, and that two in every three respondents had not been told how long they "
        "were likely to wait.",
        ("lead", "Individual Members raised the following issues in relation to the report:"),
        ("bullets", [
            "A Member queried why people in the south of the county were waiting so much longer "
            "than those in the north. The Director of Primary Care and Community Services "
            "explained that the sub-contractor had inherited a backlog of around 2,300 referrals "
            "when it took over the service and had found it difficult to recruit experienced "
            "physiotherapists; eight of its 21 clinical posts had been vacant in the summer.",
            "A Member, who was also the local Member for Threxley, expressed concern that "
            "patients had been told by the provider to download an app to book and manage their "
            "appointments, and that older residents without a smartphone had been left with no "
            "way of contacting the service. The Chief Executive, Healthwatch Wissemere, "
            "confirmed that this had been one of the concerns raised most often and reported "
            "that a telephone booking line had been reinstated in July following the "
            "publication of the interim findings.",
            "Members sought clarification on how the performance of the sub-contractor was "
            "monitored and whether the ICB could see the key performance indicators in its "
            "contract. It was explained that the sub-contract was held by the Trust rather than "
            "by the ICB, and that performance was reported to the ICB's monthly community "
            "services contract review meeting. The Director undertook to share the key "
            "performance indicators with the Committee.",
            "A Member asked whether patients had been involved in the redesign of the online "
            "self-referral form, which many respondents had found confusing. The Engagement and "
            "Research Lead said that Healthwatch had offered to test the revised form with its "
            "volunteer readers' panel before it was launched.",
            "A Member requested that Healthwatch repeat the survey in twelve months' time so "
            "that the Committee could judge whether the changes promised had made a difference. "
            "The Chief Executive agreed to include this in the Healthwatch work plan for 2026/27.",
        ]),
        "Further questions from Members to the ICB, and the answers given, are set out at "
        "questions 7 and 8 in the Annex to these minutes.",
        "Councillor P Bellamy proposed, seconded by Councillor N Oduya, that the Committee "
        "recommend to the ICB that the sub-contract with Corvale Therapy Services Ltd should "
        "not be extended beyond 31 March 2026. On being put to the vote, the proposal was lost.",
        ("lead", "It was resolved unanimously to:"),
        ("clauses", [
            "note the report and thank Healthwatch Wissemere for its work;",
            "ask the Chair to write to the ICB and to Wissemere Community Health Services NHS "
            "Trust setting out the Committee's concerns about waiting times for physiotherapy "
            "in the south of the county; and",
            "receive a further report from the ICB on the community MSK service in March 2026.",
        ]),
    ]),
    ("63", "NHS Dental Services in Wissemere", [
        "The Committee considered a report from the ICB on access to NHS dental services in "
        "the county, which was presented by the Director of Primary Care and Community "
        "Services. The report set out that 39% of adults in Wissemere had seen an NHS dentist "
        "in the previous 24 months, that 17 practices had handed back all or part of their NHS "
        "contracts since 2019, and that the urgent dental care access scheme was now offering "
        "around 110 appointments a week. A procurement for new NHS dental services in Fenbury "
        "and Threxley had been completed in July, and the first of the new practices was due "
        "to open in January 2026.",
        ("lead", "Individual Members raised the following issues in relation to the report:"),
        ("bullets", [
            "A Member sought clarification on how many of the contracts awarded through the "
            "procurement would require practices to accept new adult patients. The Director of "
            "Primary Care and Community Services explained that all three contracts required "
            "the practices to keep their lists open to new patients of all ages for at least "
            "the first three years.",
            "Members expressed concern that children in the most deprived wards were still "
            "having teeth extracted under general anaesthetic at three times the county average "
            "rate. The Director of Public Health explained that the supervised toothbrushing "
            "programme had been extended to 64 nurseries and primary schools and that a "
            "fluoride varnish programme would begin in Fenbury in the spring.",
            "A Member asked whether the ICB was pressing the Government for reform of the "
            "national dental contract. The Director of Primary Care and Community Services "
            "replied that the ICB had responded to the Department's consultation and had "
            "written to the Minister setting out the position in Wissemere.",
            "A Member commented that residents were travelling more than 30 miles for an urgent "
            "appointment and that the NHS 111 service had sent one constituent to a practice "
            "which had closed two years earlier. The Director undertook to ask the NHS 111 "
            "provider to check its directory of services for Wissemere.",
        ]),
        "It was resolved unanimously to recommend to the Wissemere Health and Wellbeing Board "
        "that improving children's oral health be included as a priority in the refreshed "
        "Joint Health and Wellbeing Strategy.",
    ]),
    ("64", "Re-procurement of the Integrated Lifestyle Service, Including Stop Smoking and "
           "Youth Vaping Support", [
        "The Committee received a report from the Director of Public Health on the proposed "
        "re-procurement of the Council's integrated lifestyle service, Wissemere Healthy Lives, "
        "which provided stop smoking support, weight management and NHS Health Check outreach "
        "and was currently delivered by Brightlea Health CIC under a contract ending on 31 August "
        "2026. The report was due to be considered by Cabinet on 14 October 2025 and had been "
        "brought to the Committee for pre-decision scrutiny. It was introduced by the Head of "
        "Public Health Commissioning.",
        "In presenting the report, the Head of Public Health Commissioning highlighted that "
        "adult smoking prevalence in Wissemere had fallen to 12.1%, that the service had "
        "supported 4,020 quit attempts in 2024/25, and that 18% of 15 year olds responding to "
        "the county's schools health survey had reported vaping regularly. It was proposed to "
        "let a new contract for five years, with an option to extend for up to two years, at "
        "an annual value of up to £1.42m.",
        ("lead", "In discussion, Members:"),
        ("bullets", [
            "queried whether the service could be brought back in-house rather than being "
            "re-tendered. The Head of Public Health Commissioning explained that an options "
            "appraisal had considered in-house delivery but that the Council did not have the "
            "clinical governance arrangements or the trained advisers to run the service "
            "itself;",
            "expressed concern that the evaluation might favour the cheapest bid over quality. "
            "The Director of Public Health said that the weighting would be 40% price and 60% "
            "quality and social value, as set out in paragraph 4.6 of the report;",
            "noted that single-use vapes could no longer be sold, and asked how the Council's "
            "Trading Standards team was tackling sales of vapes to under-18s. It was explained "
            "that 23 test purchases had been carried out in the past year, resulting in "
            "illegal sales at nine premises and two prosecutions; and",
            "requested that young people be involved in designing the youth vaping offer, "
            "through the Wissemere Youth Council. The Director of Public Health agreed and said "
            "that the Youth Council would be invited to help write that part of the "
            "specification.",
        ]),
        "A further question, on the pay and conditions of staff working for the new provider, "
        "and the answer given are set out at question 9 in the Annex to these minutes.",
        ("lead", "It was resolved by a majority to recommend to Cabinet that:"),
        ("clauses", [
            "the integrated lifestyle service be re-procured as set out in the report, for a "
            "contract of five years with the option to extend for up to two years; and",
            "the specification include a distinct youth vaping prevention and cessation offer, "
            "developed with young people.",
        ]),
    ]),
    ("65", "Health Scrutiny Work Programme", [
        "The Committee reviewed its work programme for 2025/26.",
        "A Member requested that an item on winter planning and ambulance handover delays be "
        "added to the programme before Christmas. The Democratic Services Officer advised that "
        "there was room on the agenda for 13 November 2025 and that the ICB and the ambulance "
        "service would be invited to attend.",
        "It was resolved to agree the work programme, subject to the addition of an item on "
        "winter planning and ambulance handover delays at the November meeting.",
    ]),
    ("66", "Appointments to Liaison Groups", [
        "The Committee was asked to appoint a Member to the Wissebridge University Hospitals "
        "Patient Experience Liaison Group, following the resignation of Councillor H Loveday "
        "from the Committee.",
        "It was resolved unanimously to appoint Councillor S Chaudhry as the Committee's "
        "representative on the Patient Experience Liaison Group.",
    ]),
    ("67", "Date of Next Meeting", [
        "The next meeting of the Committee will be held on Thursday 13 November 2025 at 10.00am "
        "in the Council Chamber, Lantern House, Wissebridge.",
    ]),
]

# The annex: (no., minute, asked by, question, answered by, answer, answer note)
ANNEX = [
    ("1", "60", "Mr Trevor Ashpole",
     "My wife was referred for physiotherapy for her knee in February and was told it would "
     "be about twelve weeks. She is still waiting and nobody answers the telephone. Why are "
     "patients in the south of the county waiting almost twice as long as patients in the "
     "north, and what is the ICB doing about it?",
     "Director of Primary Care and Community Services, ICB",
     "The ICB recognised that waits in the south of the county were too long and apologised to "
     "Mr Ashpole and his wife. The provider had been set a recovery trajectory to bring the "
     "longest waits down to 13 weeks by the end of January 2026, and additional evening and "
     "Saturday clinics had started in August. The ICB would ask the Trust to contact Mrs "
     "Ashpole directly about her appointment.",
     ""),
    ("2", "61", "Councillor R Everitt",
     "Does the Trust monitor health inequalities in the work it sub-contracts, for example "
     "what proportion of procedures carried out by independent sector providers are for "
     "patients from the most deprived parts of the county?",
     "Deputy Director of Elective Care",
     "The Trust did not currently collect that information for sub-contracted activity. Both "
     "providers had been asked to report the postcodes of the patients they treated from "
     "October 2025, and the Trust would share an analysis with the Committee once three "
     "months of data were available.",
     ""),
    ("3", "61", "Councillor P Bellamy",
     "Is the Trust becoming dependent on private hospitals to bring its waiting list down, "
     "and how much did it pay the two providers in 2024/25?",
     "Chief Operating Officer",
     "The Trust had paid £6.9m to the two providers in 2024/25, at the national tariff. The "
     "amount of work sent to the independent sector was expected to fall as the elective "
     "surgical hub reached full capacity, and the Trust did not see it as a long-term "
     "arrangement.",
     ""),
    ("4", "61", "Councillor S Chaudhry",
     "How many theatre sessions were lost last year because of staff shortages, and what is "
     "being done to recruit anaesthetists?",
     "Chief Operating Officer",
     "Around 6% of theatre sessions had been cancelled at short notice in 2024/25, roughly half "
     "of them because of vacancies in anaesthetics. Eleven anaesthetists had been appointed "
     "since April and the vacancy rate was expected to fall below 5% by January.",
     ""),
    ("5", "61", "District Councillor W Tasker",
     "Are patients told before they are referred that their operation may be carried out by "
     "an independent provider some distance away, and can they choose to wait to be treated "
     "locally instead?",
     "Deputy Director of Elective Care",
     "Patients were told when they were added to the list that they might be offered "
     "treatment elsewhere. Any patient could decline a transfer and would remain on the "
     "Trust's own waiting list without losing their place.",
     "Answer provided in writing after the meeting."),
    ("6", "61", "Councillor M Daintree",
     "What support is the Trust giving to patients while they wait, particularly those whose "
     "condition is getting worse?",
     "",
     "",
     "Response awaited from the Trust at the time of publication. It will be reported to the "
     "next meeting."),
    ("7", "62", "Councillor J Aldous",
     "When does the sub-contract with Corvale Therapy Services end, and would the ICB "
     "support the service in the south of the county being brought back under the NHS Trust?",
     "Director of Primary Care and Community Services, ICB",
     "The sub-contract ran until 31 March 2026, with an option to extend it for a further "
     "year. The decision on whether to extend rested with the Trust, but the ICB expected to be "
     "consulted and would take the Healthwatch findings into account.",
     ""),
    ("8", "62", "District Councillor C Pryke",
     "How many complaints has the ICB received about the community MSK service in the last "
     "twelve months?",
     "Director of Primary Care and Community Services, ICB",
     "The ICB and the Trust together had received 41 complaints about the service between "
     "August 2024 and July 2025, of which 29 related to the service in the south of the "
     "county. Most concerned waiting times and difficulty getting through by telephone.",
     "Answer provided in writing after the meeting."),
    ("9", "64", "Councillor K Fairweather",
     "Will the new contract require the provider to pay its staff at least the Real Living "
     "Wage, and will the current staff transfer to the new provider?",
     "Head of Public Health Commissioning",
     "Yes. The specification would require the Real Living Wage to be paid to all staff "
     "working on the contract. TUPE was expected to apply to the 38 staff currently employed "
     "on the service, whose terms and conditions would be protected on transfer.",
     ""),
]


def build_minutes(path: Path) -> None:
    pdf = Doc()
    pdf.set_creation_date(FIXED_MINUTES)
    pdf.set_title("Health Overview and Scrutiny Committee: Minutes - 11 September 2025")
    pdf.set_author("Democratic Services, Wissemere County Council")
    pdf.add_page()

    # Heading block
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(0, 5, "Wissemere County Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(pdf.epw, 8, "Health Overview and Scrutiny Committee: Minutes",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.labelled("Date:", "Thursday 11 September 2025")
    pdf.labelled("Time:", "10.00am – 1.42pm")
    pdf.labelled("Venue:", "Council Chamber, Lantern House, Harlock Road, Wissebridge")
    pdf.labelled("Present:", PRESENT, after=0.6)
    pdf.labelled("", DISTRICT)
    pdf.labelled("Officers:", OFFICERS)
    pdf.labelled("In attendance:", IN_ATTENDANCE)
    pdf.ln(2)

    for number, title, blocks in MINUTES:
        pdf.heading(f"{number}.   {title}")
        for block in blocks:
            if isinstance(block, str):
                pdf.para(block)
            elif block[0] == "lead":
                if pdf.will_page_break(18):
                    pdf.add_page()
                pdf.para(block[1], after=1.6)
            elif block[0] == "bullets":
                for item in block[1]:
                    pdf.marked("•", item, indent=2, hang=6)
                pdf.ln(1.2)
            elif block[0] == "clauses":
                for i, item in enumerate(block[1]):
                    pdf.marked(f"{'abcdefg'[i]})", item, indent=4, hang=8)
                pdf.ln(1.2)

    # Signature
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.ln(10)
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(70, 6, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(70, 6, "Date", new_x="LMARGIN", new_y="NEXT")

    # Annex
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(pdf.epw, 6.5, "Annex to the minutes of the Health Overview and Scrutiny "
                   "Committee, 11 September 2025", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.5)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(pdf.epw, 6, "Questions asked at the meeting and answers given",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.para("This annex records the questions put at the meeting by members of the public and "
             "by Members of the Committee, with a summary of the answers given. Where an answer "
             "could not be given at the meeting, the written answer received afterwards is shown "
             "and marked accordingly.", size=9.5, lh=4.8)
    annex_table(pdf)

    pdf.output(str(path))


def annex_table(pdf: Doc) -> None:
    w_no, w_min = 11, 17
    w_text = pdf.epw - w_no - w_min
    lh = 4.9
    size = 9.5

    def header() -> None:
        pdf.set_font("Sans", "B", size)
        pdf.set_fill_color(217, 217, 217)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, w_no, 7, style="DF")
        pdf.rect(x + w_no, y, w_min, 7, style="DF")
        pdf.rect(x + w_no + w_min, y, w_text, 7, style="DF")
        pdf.set_xy(x + 1.5, y + 1)
        pdf.cell(w_no - 2, 5, "No.")
        pdf.set_xy(x + w_no + 1.5, y + 1)
        pdf.cell(w_min - 2, 5, "Minute")
        pdf.set_xy(x + w_no + w_min + 1.5, y + 1)
        pdf.cell(w_text - 3, 5, "Question and answer")
        pdf.set_y(y + 7)

    def para_lines(text: str, style: str) -> list:
        pdf.set_font("Sans", style, size)
        return pdf.multi_cell(w_text - 3, lh, typo(text), dry_run=True, output="LINES", align="L")

    header()
    for no, minute, asker, question, answerer, answer, note in ANNEX:
        pieces = [("B", f"Question from {asker}"), ("", question)]
        if answer:
            pieces.append(("B", f"Answer ({answerer})"))
            if note:
                pieces.append(("I", note))
            pieces.append(("", answer))
        else:
            pieces.append(("B", "Answer"))
            pieces.append(("I", note))
        heights = []
        for style, text in pieces:
            heights.append(len(para_lines(text, style)) * lh)
        total = sum(heights) + 1.2 * len(pieces) + 3
        if pdf.get_y() + total > pdf.h - 22:
            pdf.add_page()
            header()
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, w_no, total)
        pdf.rect(x + w_no, y, w_min, total)
        pdf.rect(x + w_no + w_min, y, w_text, total)
        pdf.set_font("Sans", "B", size)
        pdf.set_xy(x + 1.5, y + 1.5)
        pdf.cell(w_no - 2, lh, no)
        pdf.set_font("Sans", "", size)
        pdf.set_xy(x + w_no + 1.5, y + 1.5)
        pdf.cell(w_min - 2, lh, minute)
        cy = y + 1.5
        for (style, text), h in zip(pieces, heights):
            pdf.set_font("Sans", style, size)
            pdf.set_xy(x + w_no + w_min + 1.5, cy)
            pdf.multi_cell(w_text - 3, lh, typo(text), align="L")
            cy += h + 1.2
        pdf.set_y(y + total)


# ---------------------------------------------------------------------------
# The Healthwatch report (not minutes)
# ---------------------------------------------------------------------------

HW_PINK = (204, 0, 102)
HW_NAVY = (0, 40, 85)

REPORT_SECTIONS = [
    ("About us", [
        "Healthwatch Wissemere is the independent champion for people who use health and social "
        "care services in Wissemere. We listen to what people like about services and what "
        "could be improved, and we share their views with those who have the power to make "
        "change happen. We are a registered charity and our work is funded by Wissemere County "
        "Council under the Health and Social Care Act 2012.",
    ]),
    ("Summary", [
        "Between March and June 2025 we asked people in Wissemere about their experience of the "
        "community musculoskeletal (MSK) physiotherapy service. This is the service people are "
        "referred to, or can refer themselves to, for problems such as back and neck pain, "
        "joint pain and recovery after an injury.",
        "We heard from 331 people: 312 completed our survey and a further 19 spoke to us at "
        "listening events or in longer interviews. Most people who had been seen were positive "
        "about the physiotherapists who treated them. However, people in the south of the "
        "county, where the service has been provided by Corvale Therapy Services Ltd under a "
        "sub-contract since April 2024, told us about much longer waits, poor communication and "
        "difficulty getting through to book or change appointments.",
        "Key findings:",
        ("bullets", [
            "Respondents in the south of the county reported a median wait of 19 weeks for a "
            "first appointment, compared with 11 weeks in the north.",
            "Two in three respondents (66%) said they had not been told how long they were "
            "likely to wait.",
            "Four in ten respondents aged over 75 said they had been unable to use the booking "
            "app and could not find another way to contact the service.",
            "Once seen, 78% of respondents rated their treatment as good or very good.",
        ]),
    ]),
    ("What we did", [
        "Our online and paper survey was open from 3 March to 13 June 2025 and was promoted "
        "through GP practices, libraries, community groups and social media. We held three "
        "listening events, in Threxley, Fenbury and Wissebridge, and carried out 14 telephone "
        "interviews with people who had agreed to tell us more. Our volunteers also visited two "
        "clinics in June to talk to people in the waiting area.",
        ("sub", "Who we heard from"),
        "Of the 312 people who completed the survey, 58% were women and 41% were men. Just "
        "over a third (36%) were aged 65 or over, and 44 people told us they had a long-term "
        "condition or disability that made it harder to use services. Around half of "
        "respondents (162) lived in the south of the county. At the time they responded, 141 "
        "people were still waiting for a first appointment, 118 were having or had finished "
        "treatment, and 53 had given up waiting or had paid to be seen privately.",
        "We shared our interim findings with the commissioner and the providers in July 2025, "
        "and their responses are summarised later in this report.",
    ]),
    ("What people told us", [
        ("sub", "Waiting"),
        "Waiting times were the issue people raised most. Many people described their pain "
        "getting worse while they waited, and some had stopped work or given up caring for a "
        "relative as a result.",
        ("quote", "\"I was told six weeks. It was five months before anyone rang me, and by then I "
                  "couldn't walk to the end of the garden.\" (Woman, 60s, Threxley)"),
        ("quote", "\"I ended up paying to see someone privately because I couldn't work. Not "
                  "everybody can do that.\" (Man, 40s, Fenbury)"),
        ("sub", "Information and communication"),
        "People wanted to know where they were on the list and what to do if their condition "
        "changed. Several people had been discharged from the waiting list after missing a "
        "single text message.",
        ("sub", "Booking and the app"),
        "In the south of the county, people were asked to book and manage appointments through "
        "an app. Younger respondents generally found this convenient, but many older people, "
        "and people whose first language is not English, told us they had been left with no "
        "way to contact the service. A telephone line was reinstated in July 2025 after we "
        "raised this.",
        ("sub", "Treatment"),
        "Once people were seen, most were very positive about the physiotherapists. People "
        "valued being given exercises they could do at home, but some felt they had been "
        "discharged after too few sessions.",
        ("quote", "\"The physio was brilliant and really listened. I just wish I had seen her "
                  "months earlier.\" (Woman, 50s, Wissebridge)"),
        ("sub", "Travel"),
        "People living in rural areas told us that clinics had been moved to fewer sites and "
        "that journeys by bus could take more than an hour each way.",
    ]),
    ("What the commissioner and providers told us", [
        "Wissemere and Nenford Integrated Care Board told us it recognised that waits in the "
        "south of the county were too long and had agreed a recovery plan with the Trust. "
        "Wissemere Community Health Services NHS Trust told us that the sub-contractor had "
        "inherited a large backlog and had found it hard to recruit. Corvale Therapy Services "
        "Ltd told us it had started evening and Saturday clinics in August and would write to "
        "everyone on its waiting list with an estimated wait.",
    ]),
    ("Our recommendations", [
        ("numbered", [
            "Everyone waiting should be told how long they are likely to wait, and be contacted "
            "at least every eight weeks.",
            "Nobody should be removed from the waiting list for missing a single text message.",
            "A telephone booking line should always be offered alongside the app.",
            "The self-referral form should be rewritten in plain English and tested with "
            "patients before it is relaunched.",
            "Waiting times should be published for the north and south of the county "
            "separately.",
        ]),
    ]),
    ("You asked, we said", [
        "During this project people asked us a number of questions. Here are some of the most "
        "common, with our answers.",
        ("qa", [
            ("Can I refer myself, or do I need to see my GP first?",
             "You can refer yourself using the online form or by telephone. You do not need to "
             "see your GP first."),
            ("What should I do if my pain gets worse while I am waiting?",
             "Contact the service and tell them. If you have new numbness, weakness or problems "
             "with your bladder or bowels, contact NHS 111 or your GP straight away."),
            ("Can I choose to be seen somewhere else?",
             "You can ask. The service will tell you whether another clinic has a shorter wait."),
        ]),
    ]),
    ("Questions the Committee may wish to ask", [
        ("bullets", [
            "How will the ICB make sure that waiting times in the south of the county come "
            "down, and by when?",
            "How does the Trust monitor the performance of its sub-contractor, and are those "
            "figures shared with the ICB?",
            "What is being done to make sure that people who cannot use an app are not left "
            "behind?",
            "Will patients be involved in any decision about the future of the sub-contract?",
        ]),
        "We would be happy to answer Members' questions about this report at the meeting.",
    ]),
]


def build_report(path: Path) -> None:
    pdf = Doc()
    pdf.footer_text = "{page}"
    pdf.footer_left = "Healthwatch Wissemere – Community MSK physiotherapy"
    pdf.set_creation_date(FIXED_REPORT)
    pdf.set_title("Waiting to move: people's experiences of community MSK physiotherapy")
    pdf.set_author("Healthwatch Wissemere")
    pdf.add_page()

    # Cover block
    pdf.set_fill_color(*HW_PINK)
    pdf.rect(0, 0, pdf.w, 12, style="F")
    pdf.set_y(22)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*HW_PINK)
    pdf.cell(0, 10, "healthwatch", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 14)
    pdf.set_text_color(*HW_NAVY)
    pdf.cell(0, 7, "Wissemere", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Sans", "B", 20)
    pdf.multi_cell(pdf.epw, 10, typo("Waiting to move: people's experiences of community "
                                     "MSK physiotherapy in Wissemere"),
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(pdf.epw, 6, "A report to Wissemere County Council Health Overview and "
                   "Scrutiny Committee, 11 September 2025 (Agenda Item 6)",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.multi_cell(pdf.epw, 6, "Author: Priya Ambrose, Engagement and Research Lead\n"
                   "Published: August 2025", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(6)

    for title, blocks in REPORT_SECTIONS:
        if pdf.will_page_break(30):
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("Sans", "B", 14)
        pdf.set_text_color(*HW_PINK)
        pdf.multi_cell(pdf.epw, 7.5, typo(title), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        for block in blocks:
            if isinstance(block, str):
                pdf.para(block, size=10.5)
            elif block[0] == "sub":
                pdf.set_text_color(*HW_NAVY)
                pdf.heading(block[1], size=11.5, before=1.5, after=1)
                pdf.set_text_color(0, 0, 0)
            elif block[0] == "quote":
                pdf.set_text_color(*HW_NAVY)
                pdf.para(block[1], size=10.5, style="I", indent=8)
                pdf.set_text_color(0, 0, 0)
            elif block[0] == "bullets":
                for item in block[1]:
                    pdf.marked("•", item, indent=2, hang=6)
                pdf.ln(1.5)
            elif block[0] == "numbered":
                for i, item in enumerate(block[1], 1):
                    pdf.marked(f"{i}.", item, indent=2, hang=7)
                pdf.ln(1.5)
            elif block[0] == "qa":
                for q_text, a_text in block[1]:
                    pdf.marked("Q:", q_text, indent=2, hang=9, style="B", after=0.8)
                    pdf.marked("A:", a_text, indent=2, hang=9, after=2.4)
    pdf.ln(4)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(pdf.epw, 4.8, "Healthwatch Wissemere, Unit 4, Granary Court, Wissebridge. "
                   "If you need this report in another format, "
                   "please contact us.", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(path))


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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-11",
    "items": [
        {"number": "58", "title": "Apologies for Absence and Declarations of Interest"},
        {"number": "59", "title": "Minutes – 10 July 2025 and Action Log"},
        {"number": "60", "title": "Petitions and Public Questions"},
        {"number": "61", "title": "Elective Care Waiting Times and the Use of Independent "
                                  "Sector Providers"},
        {"number": "62", "title": "Healthwatch Wissemere – Patients' Experience of Community "
                                  "Musculoskeletal (MSK) Physiotherapy"},
        {"number": "63", "title": "NHS Dental Services in Wissemere"},
        {"number": "64", "title": "Re-procurement of the Integrated Lifestyle Service, "
                                  "Including Stop Smoking and Youth Vaping Support"},
        {"number": "65", "title": "Health Scrutiny Work Programme"},
        {"number": "66", "title": "Appointments to Liaison Groups"},
        {"number": "67", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 60 public question (Annex, question 1)
        q("60", "question",
          "Why are patients in the south of the county waiting almost twice as long",
          "Mr Trevor Ashpole",
          "The provider had been set a recovery trajectory to bring the longest waits down",
          "Director of Primary Care and Community Services", []),
        # 61 elective care: Annex questions 2 to 6
        q("61", "question",
          "Does the Trust monitor health inequalities in the work it sub-contracts",
          "Councillor R Everitt",
          "The Trust did not currently collect that information for sub-contracted activity",
          "Deputy Director of Elective Care", ["subcontracting", "public-health"]),
        q("61", "question",
          "Is the Trust becoming dependent on private hospitals to bring its waiting list down",
          "Councillor P Bellamy",
          "The Trust had paid £6.9m to the two providers in 2024/25",
          "Chief Operating Officer", ["privatisation", "subcontracting", "finance"]),
        q("61", "question",
          "How many theatre sessions were lost last year because of staff shortages",
          "Councillor S Chaudhry",
          "Eleven anaesthetists had been appointed since April and the vacancy rate",
          "Chief Operating Officer", ["workforce"]),
        q("61", "question",
          "Are patients told before they are referred that their operation may be carried out",
          "District Councillor W Tasker",
          "Any patient could decline a transfer and would remain on the Trust's own waiting list",
          "Deputy Director of Elective Care", ["subcontracting"]),
        q("61", "question",
          "What support is the Trust giving to patients while they wait",
          "Councillor M Daintree", None, None, []),
        # 61 elective care: in the minute itself
        q("61", "comment",
          "the eligibility criteria for patient transport should be looked at again",
          None,
          "she would raise this with the ICB, which commissioned non-emergency patient transport",
          "Chief Operating Officer", []),
        q("61", "comment",
          "felt that the report said too little about patients who were still waiting",
          None, None, None, []),
        # 62 Healthwatch MSK physiotherapy
        q("62", "question",
          "queried why people in the south of the county were waiting so much longer",
          None,
          "the sub-contractor had inherited a backlog of around 2,300 referrals",
          "Director of Primary Care and Community Services", ["subcontracting", "workforce"]),
        q("62", "concern",
          "expressed concern that patients had been told by the provider to download an app",
          None,
          "a telephone booking line had been reinstated in July following the publication",
          "Chief Executive, Healthwatch Wissemere", []),
        q("62", "question",
          "sought clarification on how the performance of the sub-contractor was monitored",
          None,
          "the sub-contract was held by the Trust rather than by the ICB",
          None, ["subcontracting"]),
        q("62", "question",
          "asked whether patients had been involved in the redesign of the online self-referral form",
          None,
          "Healthwatch had offered to test the revised form with its volunteer readers' panel",
          "Engagement and Research Lead", ["patient-and-public-input"]),
        q("62", "request",
          "requested that Healthwatch repeat the survey in twelve months' time",
          None,
          "The Chief Executive agreed to include this in the Healthwatch work plan",
          "Chief Executive", ["patient-and-public-input"]),
        q("62", "question",
          "When does the sub-contract with Corvale Therapy Services end",
          "Councillor J Aldous",
          "The decision on whether to extend rested with the Trust",
          "Director of Primary Care and Community Services",
          ["subcontracting", "privatisation"]),
        q("62", "question",
          "How many complaints has the ICB received about the community MSK service",
          "District Councillor C Pryke",
          "The ICB and the Trust together had received 41 complaints about the service",
          "Director of Primary Care and Community Services", []),
        # 63 dentistry
        q("63", "question",
          "sought clarification on how many of the contracts awarded through the procurement",
          None,
          "all three contracts required the practices to keep their lists open to new patients",
          "Director of Primary Care and Community Services",
          ["primary-care", "subcontracting"]),
        q("63", "concern",
          "Members expressed concern that children in the most deprived wards were still",
          None,
          "the supervised toothbrushing programme had been extended to 64 nurseries",
          "Director of Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("63", "question",
          "asked whether the ICB was pressing the Government for reform of the national dental contract",
          None,
          "the ICB had responded to the Department's consultation and had written to the Minister",
          "Director of Primary Care and Community Services", ["primary-care"]),
        q("63", "comment",
          "residents were travelling more than 30 miles for an urgent appointment",
          None,
          "The Director undertook to ask the NHS 111 provider to check its directory",
          "Director", ["primary-care"]),
        # 64 integrated lifestyle service
        q("64", "question",
          "queried whether the service could be brought back in-house rather than being re-tendered",
          None,
          "the Council did not have the clinical governance arrangements or the trained advisers",
          "Head of Public Health Commissioning",
          ["privatisation", "subcontracting", "public-health"]),
        q("64", "concern",
          "expressed concern that the evaluation might favour the cheapest bid over quality",
          None,
          "the weighting would be 40% price and 60% quality and social value",
          "Director of Public Health", ["subcontracting", "public-health"]),
        q("64", "question",
          "asked how the Council's Trading Standards team was tackling sales of vapes to under-18s",
          None,
          "23 test purchases had been carried out in the past year",
          None, ["public-health", "children-and-families"]),
        q("64", "request",
          "requested that young people be involved in designing the youth vaping offer",
          None,
          "the Youth Council would be invited to help write that part of the specification",
          "Director of Public Health",
          ["patient-and-public-input", "children-and-families", "public-health"]),
        q("64", "question",
          "Will the new contract require the provider to pay its staff",
          "Councillor K Fairweather",
          "TUPE was expected to apply to the 38 staff currently employed on the service",
          "Head of Public Health Commissioning",
          ["workforce", "subcontracting", "public-health"]),
        # 65 work programme
        q("65", "request",
          "requested that an item on winter planning and ambulance handover delays be added",
          None,
          "there was room on the agenda for 13 November 2025",
          "Democratic Services Officer", []),
    ],
    "resolutions": [
        res("59", "were agreed as a correct record and signed by the Chair", "agreed", []),
        res("61", "request that WUH return to the Committee in March 2026 with an update",
            "agreed", ["subcontracting"]),
        res("62", "recommend to the ICB that the sub-contract with Corvale Therapy Services Ltd",
            "rejected", ["subcontracting"]),
        res("62", "note the report and thank Healthwatch Wissemere for its work",
            "agreed", ["patient-and-public-input"]),
        res("63", "improving children's oral health be included as a priority in the refreshed",
            "recommended", ["public-health", "children-and-families", "primary-care"]),
        res("64", "the integrated lifestyle service be re-procured as set out in the report",
            "recommended", ["subcontracting", "public-health", "children-and-families"]),
        res("65", "agree the work programme, subject to the addition of an item", "agreed", []),
        res("66", "appoint Councillor S Chaudhry as the Committee's representative", "agreed", []),
    ],
    "attendees": [
        att("Councillor J Aldous", None, "present"),
        att("Councillor P Bellamy", None, "present"),
        att("Councillor S Chaudhry", None, "present"),
        att("Councillor M Daintree", "Vice-Chair", "present"),
        att("Councillor R Everitt", None, "present"),
        att("Councillor K Fairweather", None, "present"),
        att("Councillor L Hartigan", "Chair", "present"),
        att("Councillor D Ingleby", None, "present"),
        att("Councillor N Oduya", None, "present"),
        att("District Councillor C Pryke", None, "present"),
        att("District Councillor W Tasker", None, "present"),
        att("Councillor T Gedney", None, "apologies"),
        att("District Councillor A Rowell", None, "apologies"),
        att("Dr Helen Marwood", "Director of Public Health", "in_attendance"),
        att("Fiona Strudwick", "Service Director: Adults and Safeguarding", "in_attendance"),
        att("Owen Pilgrim", "Head of Public Health Commissioning", "in_attendance"),
        att("Rachel Devenish", "Democratic Services Officer", "in_attendance"),
        att("Councillor G Whitlock", "Cabinet Member for Adults and Health", "in_attendance"),
        att("Kate Ellingham", "Chief Operating Officer", "in_attendance"),
        att("Sunil Varma", "Deputy Director of Elective Care", "in_attendance"),
        att("Jo Trimmer", "Director of Primary Care and Community Services", "in_attendance"),
        att("Bev Lusted", "Chief Executive", "in_attendance"),
        att("Priya Ambrose", "Engagement and Research Lead", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
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
    for gold_path in sorted(GOLD.glob("qi-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
