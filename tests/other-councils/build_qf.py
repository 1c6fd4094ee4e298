#!/usr/bin/env python3
"""Build the "qf-" documents (round 224) and their gold annotations.

Usage:  build_qf.py           build documents/qf-* and gold/qf-*.json
        build_qf.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qf-hebbleworth-health-adult-social-care-scrutiny-board-2025-10-14.pdf"
NEWS_NAME = "qf-hebbleworth-news-care-at-home-contracts-2025-11-20.html"

FIXED = dt.datetime(2025, 10, 21, 14, 32, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

BOARD = "Health and Adult Social Care Scrutiny Board"

# ---------------------------------------------------------------------------
# The minutes: attendance
# ---------------------------------------------------------------------------
# (label, [lines]) rows of the borderless attendance grid on the first page.

ATTENDANCE = [
    ("Present:", ["Councillor J Haigh (Chair)",
                  "Councillor S Armitage (Deputy Chair)",
                  "Councillors N Bairstow, P Cawthorne, R Dyson, K Hussain, A Lodge "
                  "and T Whiteley"]),
    ("Substitute Member:", ["Councillor M Sutcliffe (for Councillor D Oldroyd)"]),
    ("Co-opted Member:", ["Ms F Akhtar \u2013 Healthwatch Hebbleworth (non-voting)"]),
    ("Cabinet Member:", ["Councillor L Mellor \u2013 Cabinet Member for Adult Social Care "
                         "and Health"]),
    ("Officers:", ["Helen Brearley \u2013 Service Director, Adult Social Care",
                   "Dr Anand Rastogi \u2013 Director of Public Health",
                   "Gareth Illingworth \u2013 Head of Commissioning (Adults and Health)",
                   "Joanne Pickles \u2013 Public Health Consultant",
                   "Andrew Firth \u2013 Senior Trading Standards Officer",
                   "Rachel Ackroyd \u2013 Scrutiny Officer",
                   "Kieran Moss \u2013 Democratic Services Officer"]),
    ("Partners:", ["Martin Gledhill \u2013 Place Director (Hebbleworth), Hebble and Dearne "
                   "Integrated Care Board",
                   "Claire Holroyd \u2013 Head of Primary Care Commissioning (Dental), Hebble "
                   "and Dearne Integrated Care Board",
                   "Dr Imran Qureshi \u2013 Clinical Lead for Urgent Care, Hebble and Dearne "
                   "Integrated Care Board"]),
    ("Apologies:", ["Councillors D Oldroyd and B Shaw"]),
]

# ---------------------------------------------------------------------------
# The minutes: body
# ---------------------------------------------------------------------------
# Blocks:
#   ("minute", number, title)      margin number and bold title
#   ("p", text)                    body paragraph
#   ("pi", text)                   body paragraph in italics
#   ("pb", text)                   bold paragraph (RESOLVED etc.)
#   ("lab", label, text)           hanging label ("(a)", "1.") and text
#   ("bul", text)                  bullet
#   ("head", text)                 bold run-in sub-heading on its own line
#   ("actions", [(action, who, when), ...])   ruled action table
#   ("gap",)                       small vertical space

BODY = [
    ("minute", "HASB.41", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Councillors D Oldroyd and B Shaw. "
          "Councillor M Sutcliffe attended as a substitute for Councillor Oldroyd."),

    ("minute", "HASB.42", "Declarations of Interest"),
    ("p", "Councillor K Hussain declared an other registrable interest in Minute HASB.45 "
          "(Access to NHS Dentistry in Hebbleworth) as her sister was employed as a dental "
          "nurse at a practice in Eastbrook. Councillor Hussain remained in the meeting and "
          "took part in the discussion of the item."),
    ("p", "Councillor A Lodge declared an other registrable interest in Minute HASB.46 "
          "(Re-procurement of Care at Home Services) as a trustee of Hebbleworth Carers' "
          "Centre, which received grant funding from the Council. Councillor Lodge remained "
          "in the meeting but did not vote on the motion recorded at that minute."),

    ("minute", "HASB.43", "Minutes of the Previous Meeting"),
    ("p", "The minutes of the meeting held on 9 September 2025 were submitted."),
    ("p", "Matters arising \u2013 With reference to Minute HASB.29 (Winter Preparedness "
          "2025/26), the Scrutiny Officer reported that the flu and COVID-19 vaccination "
          "uptake figures requested by the Board had been circulated to Members by email "
          "on 22 September 2025."),
    ("pb", "RESOLVED \u2013 That the minutes of the meeting held on 9 September 2025 be "
           "approved as a correct record and signed by the Chair."),

    ("minute", "HASB.44", "Public Question Time"),
    ("p", "The Chair reported that one question had been received from a member of the "
          "public within the deadline set out in the Council's Procedure Rules, and invited "
          "the questioner to put her question to the Cabinet Member."),
    ("head", "Question from Mrs P Crowther, Lowfold"),
    ("pi", "\u201cMy mother has had carers from three different agencies in the last two "
           "years. Can the Council guarantee that the care workers employed under the new "
           "care at home contracts will be paid for their travel time between visits, and "
           "not just for the minutes they spend in people's homes?\u201d"),
    ("head", "Response from Councillor L Mellor, Cabinet Member for Adult Social Care and "
             "Health"),
    ("p", "Councillor Mellor thanked Mrs Crowther for her question. She explained that the "
          "specification for the new contracts, which the Board would be considering later "
          "in the meeting, required every provider to pay care workers at least the Real "
          "Living Wage for contact time and for time spent travelling between calls. This "
          "would be a condition of the contract rather than an aspiration, and providers "
          "would have to evidence it in their quarterly contract monitoring returns."),
    ("head", "Supplementary question"),
    ("p", "Mrs Crowther asked how the Council would know whether this was actually "
          "happening, as in her experience care staff were often reluctant to complain to "
          "their employer."),
    ("head", "Response"),
    ("p", "Councillor Mellor said that the contract monitoring team would check a sample of "
          "payslips and rotas at each provider at least twice a year, and would speak to "
          "care workers directly during monitoring visits without the provider's managers "
          "being present. She offered to meet Mrs Crowther to discuss her mother's care."),
    ("pi", "(Note: the Chair agreed to vary the order of business so that Minute HASB.47 "
           "was considered before Minute HASB.46, to allow the Director of Public Health to "
           "leave for another engagement. The minutes are recorded in agenda order.)"),

    ("minute", "HASB.45", "Access to NHS Dentistry in Hebbleworth"),
    ("p", "The Board considered a report of the Hebble and Dearne Integrated Care Board "
          "(ICB) which provided an update on access to NHS dental services in Hebbleworth "
          "since the Board last considered the matter in January 2025. Claire Holroyd, Head "
          "of Primary Care Commissioning (Dental), introduced the report and highlighted "
          "that:"),
    ("bul", "29 practices held NHS dental contracts in the borough, two fewer than in "
            "January 2025, following the handing back of contracts by practices in "
            "Wrenholme and Skelder Moor;"),
    ("bul", "46.2% of adults and 61.8% of children had seen an NHS dentist in the previous "
            "24 and 12 months respectively, both below the averages for England;"),
    ("bul", "the ICB had commissioned 6,400 additional urgent access sessions for 2025/26 "
            "through its Dental Access Improvement Scheme, of which 38% had been used by "
            "the end of August; and"),
    ("bul", "a new flexible commissioning scheme would allow practices to set aside part of "
            "their contract to see patients with high oral health needs."),
    ("p", "Dr Anand Rastogi, Director of Public Health, outlined the Council's oral health "
          "improvement programme, which included supervised toothbrushing in early years "
          "settings and the distribution of free toothbrushes and toothpaste through the "
          "borough's family hubs."),
    ("p", "Councillor N Bairstow asked how many practices in the borough were currently "
          "accepting new adult NHS patients. Mrs Holroyd advised that, as at 1 October "
          "2025, only three of the 29 practices were accepting new adult patients, although "
          "all practices were expected to see children and anyone referred for urgent "
          "treatment. An up-to-date list was kept on the ICB's website."),
    ("p", "Councillor K Hussain expressed concern at the level of tooth decay among "
          "five-year-olds in the Eastbrook and Millgate wards, which was almost twice the "
          "borough average, and asked what was being done to target those areas. The "
          "Director of Public Health explained that supervised toothbrushing had been "
          "extended to all 22 early years settings in the two wards from September 2025, "
          "and that a fluoride varnish programme delivered by the community dental service "
          "would start in primary schools in both wards in January 2026."),
    ("p", "Councillor A Lodge queried why less than half of the additional urgent access "
          "sessions had been used, given the level of demand described in the report. In "
          "reply, Mrs Holroyd acknowledged that take-up had been disappointing and said "
          "that the sessions had initially been promoted only through NHS 111, so that "
          "patients who rang their former practice had not always been told about them. "
          "The ICB had since written to every practice, and to Healthwatch Hebbleworth, "
          "with details of how to book."),
    ("p", "Ms F Akhtar commented that dentistry remained the issue most frequently raised "
          "with Healthwatch, and that many of the people who contacted Healthwatch were "
          "older people with dentures who did not realise that they could still be seen by "
          "an NHS dentist."),
    ("p", "Councillor T Whiteley asked whether the ICB's dental budget had been fully spent "
          "in 2024/25 and, if not, what had happened to the money. Members were advised "
          "that the dental budget had been underspent by \u00a31.9m in 2024/25, and that "
          "the ICB Board had agreed to ring-fence the underspend for dental services in "
          "2025/26, including the urgent access sessions and the flexible commissioning "
          "scheme."),
    ("p", "The Deputy Chair requested that future reports include information at ward "
          "level, so that Members could see where residents had the greatest difficulty in "
          "finding a dentist. Mrs Holroyd undertook to provide this for the Board's next "
          "update."),
    ("pb", "RESOLVED \u2013"),
    ("lab", "(1)", "That the report and the comments made by Members be noted."),
    ("lab", "(2)", "That the Chair writes, on behalf of the Board, to the Secretary of State "
                   "for Health and Social Care asking that reform of the NHS dental contract "
                   "be prioritised, and that a copy of the letter be sent to the borough's "
                   "Members of Parliament."),
    ("lab", "(3)", "That a further update, including information on access at ward level, "
                   "be provided to the Board in April 2026."),
    ("actions", [
        ("Circulate the current list of practices taking on new adult NHS patients to all "
         "Members of the Board", "Claire Holroyd (ICB)", "31 October 2025"),
        ("Prepare a draft of the letter at resolution (2) for the Chair's approval",
         "Rachel Ackroyd", "7 November 2025"),
    ]),

    ("minute", "HASB.46", "Re-procurement of Care at Home Services"),
    ("pi", "(This item was considered after Minute HASB.47.)"),
    ("p", "Helen Brearley, Service Director, Adult Social Care, and Gareth Illingworth, Head "
          "of Commissioning (Adults and Health), presented a report on the proposed "
          "re-procurement of care at home services, which was due to be considered by "
          "Cabinet on 11 November 2025. The Council's current contracts with 11 framework "
          "providers would expire on 31 March 2026. The report set out the findings of an "
          "options appraisal and proposed a move to a zoned model, under which four lead "
          "providers would each be responsible for one of four zones of the borough, "
          "supported by a smaller number of approved providers. The Council currently "
          "purchased around 21,500 hours of care at home each week for approximately 1,480 "
          "people."),
    ("p", "Councillor S Armitage asked why the Council proposed to move away from a framework "
          "of 11 providers to a model with four lead providers. Mr Illingworth explained "
          "that under the current arrangements several providers could be travelling to the "
          "same streets, which increased travel time and made it harder to pick up new "
          "packages quickly, particularly in the rural west of the borough. A zoned model "
          "would give each lead provider a guaranteed volume of work in a defined area, "
          "which would help providers to recruit and keep staff locally."),
    ("p", "Councillor A Lodge expressed concern that lead providers would be able to "
          "subcontract packages to smaller agencies, and that this could make it difficult "
          "for the Council to know who was actually delivering care. In response, it was "
          "confirmed that lead providers could only subcontract with the Council's prior "
          "written consent, that any subcontractor would have to be registered with the "
          "Care Quality Commission and could not be rated inadequate, and that the lead "
          "provider would remain responsible for the quality of all care delivered in its "
          "zone."),
    ("p", "Councillor T Whiteley asked what hourly rate the Council intended to pay under the "
          "new contracts and how this compared with neighbouring authorities. Mrs Brearley "
          "advised that the proposed rate was \u00a325.40 an hour from April 2026, compared "
          "with \u00a323.85 at present, and that this was broadly in line with other "
          "councils in the region. The rate had been calculated from the Council's cost of "
          "care exercise and included an allowance for travel time and mileage."),
    ("p", "Councillor N Bairstow asked whether bringing care at home services back in-house "
          "had been considered. Mrs Brearley confirmed that an in-house service had been "
          "included in the options appraisal but had not been recommended, as the estimated "
          "cost was around 31% higher than the zoned model, mainly because of pension "
          "costs, and the Council would need to recruit some 600 care workers in a short "
          "period. The Council's in-house reablement service would continue and would be "
          "expanded."),
    ("p", "Councillor R Dyson asked how people who receive care at home and their families "
          "had been involved in developing the proposals. The Board was informed that 214 "
          "people had responded to a survey during June and July 2025, that officers had "
          "held six focus groups with people who use the service and their carers, and that "
          "a co-production group of eight people with lived experience had helped to write "
          "the service specification and would sit on the evaluation panel."),
    ("p", "Councillor K Hussain raised concern about the disruption to people if their care "
          "was transferred to a different provider, particularly people living with "
          "dementia who relied on seeing familiar faces. Mrs Brearley acknowledged the "
          "concern and said that a transition plan would be agreed with each lead provider. "
          "Care workers would be expected to transfer under TUPE where their work moved to "
          "a new provider, so that in many cases people would keep the same carers, and "
          "transfers would be phased over three months."),
    ("p", "Councillor P Cawthorne commented that the Council should consider paying providers "
          "for the hours commissioned rather than the minutes delivered, as some other "
          "councils had done, in order to give care workers more stable incomes."),
    ("p", "Councillor Bairstow moved, and Councillor Cawthorne seconded, that the Board "
          "recommend to Cabinet that a business case be developed for a council-owned care "
          "at home company as an alternative to the zoned model. On being put to the vote, "
          "the motion was lost (3 votes for, 6 against)."),
    ("pb", "RESOLVED \u2013 That the report be noted and that the Board's comments, as set "
           "out above, be reported to Cabinet on 11 November 2025 alongside the report."),
    ("pb", "RECOMMENDED TO CABINET \u2013 That, in approving the re-procurement of care at "
           "home services, Cabinet requires the successful lead providers to report "
           "quarterly on the use of subcontractors and on the payment of travel time, and "
           "that this information is shared with the Board."),
    ("actions", [
        ("Provide Members with a map of the four proposed zones showing the hours currently "
         "delivered in each", "Gareth Illingworth", "Before Cabinet on 11 November 2025"),
    ]),

    ("minute", "HASB.47", "Young People and Vaping \u2013 Joint Public Health and Trading "
                          "Standards Update"),
    ("p", "Joanne Pickles, Public Health Consultant, and Andrew Firth, Senior Trading "
          "Standards Officer, presented a joint report on vaping among young people in "
          "Hebbleworth, the Council's enforcement activity and the effect of the ban on the "
          "sale of single-use vapes, which had come into force on 1 June 2025. The 2025 "
          "Hebbleworth Young People's Lifestyle Survey had found that 19% of pupils in Year "
          "10 reported vaping at least once a week, compared with 11% in 2022."),
    ("p", "In the discussion which followed, the following points were raised:"),
    ("lab", "(a)", "Councillor R Dyson asked how many test purchases had been carried out and "
                   "how many had resulted in an underage sale. It was reported that 38 test "
                   "purchase attempts had been made since April 2025, 11 of which had "
                   "resulted in a sale of a vape to a person under 18, and that two "
                   "prosecutions were pending."),
    ("lab", "(b)", "Councillor P Cawthorne raised concerns about illegal vapes being sold from "
                   "takeaways, barbers and market stalls, and about products containing more "
                   "nicotine than the legal limit. Mr Firth confirmed that over 9,200 illegal "
                   "vapes had been seized in 2024/25 and that the service was working with "
                   "the police and HM Revenue and Customs to trace the suppliers."),
    ("lab", "(c)", "Councillor M Sutcliffe asked whether schools were involved in the "
                   "prevention work. Ms Pickles stated that 14 of the borough's 17 secondary "
                   "schools had taken part in lessons delivered by the school nursing "
                   "service, and that the remaining three had been offered sessions in the "
                   "spring term."),
    ("lab", "(d)", "The Chair sought assurance that the focus on young people would not "
                   "discourage adult smokers from using vapes to help them stop smoking. The "
                   "Director of Public Health gave that assurance, explaining that vaping "
                   "remained substantially less harmful than smoking and that the Council's "
                   "stop smoking service would continue to offer free vape starter kits to "
                   "adult smokers through the national Swap to Stop scheme."),
    ("lab", "(e)", "Councillor K Hussain requested information on the number of vapes being "
                   "found in litter and in household waste since the ban came into force."),
    ("pb", "RESOLVED \u2013 That the report be noted and that a further update, including the "
           "outcome of the pending prosecutions, be brought to the Board in March 2026."),

    ("minute", "HASB.48", "Hebbleworth Place \u2013 Patient and Public Engagement on the "
                          "Urgent Treatment Centre Review"),
    ("p", "Martin Gledhill, Place Director (Hebbleworth), and Dr Imran Qureshi, Clinical "
          "Lead for Urgent Care, Hebble and Dearne ICB, presented an update on the "
          "engagement exercise on the future of urgent care in the borough, which was "
          "running from 1 September to 24 November 2025. The review was considering options "
          "for the Urgent Treatment Centre at Hebbleworth General Hospital and the Minor "
          "Injuries Unit at Brackenroyd Health Centre. At the date of the meeting, 1,146 "
          "responses had been received."),
    ("p", "Councillor P Cawthorne asked why the engagement survey had been launched online "
          "only, when many older residents did not use the internet. Mr Gledhill stated "
          "that paper copies of the survey had been available in all libraries and at both "
          "sites from 15 September, and that a freephone number had been set up for people "
          "who wished to respond by telephone."),
    ("p", "Ms Akhtar reported that Healthwatch volunteers had spoken to 87 people at the "
          "Urgent Treatment Centre in September and that most of them had not heard about "
          "the review. She asked whether the ICB would extend the closing date. Mr Gledhill "
          "said that the ICB would consider extending the exercise by four weeks and would "
          "confirm its decision to the Chair within a week."),
    ("p", "Councillor M Sutcliffe queried whether the options under consideration would "
          "amount to a substantial variation requiring formal consultation. The Place "
          "Director advised that this would depend on the option chosen, and that if the "
          "preferred option involved closing either site the ICB would return to the Board "
          "for a view on whether it constituted a substantial variation before any formal "
          "consultation began."),
    ("p", "Councillor T Whiteley expressed concern that residents of the eastern villages, "
          "where bus services in the evening were limited, would have further to travel if "
          "the Minor Injuries Unit at Brackenroyd closed."),
    ("pb", "RESOLVED \u2013"),
    ("lab", "(1)", "That the update be noted."),
    ("lab", "(2)", "That the ICB be requested to extend the engagement period by at least four "
                   "weeks, and to make paper copies of the survey available in GP surgeries "
                   "and community pharmacies."),
    ("lab", "(3)", "That the findings of the engagement be reported to the Board at its "
                   "meeting on 27 January 2026."),
    ("actions", [
        ("Confirm to the Chair whether the engagement period will be extended",
         "Martin Gledhill (ICB)", "21 October 2025"),
    ]),

    ("minute", "HASB.49", "Action Log and Work Programme 2025/26"),
    ("p", "The Scrutiny Officer presented the Board's action log and its work programme for "
          "the remainder of the 2025/26 municipal year. All but two of the actions from "
          "previous meetings had been completed; the two outstanding actions, both relating "
          "to the winter vaccination campaign, would be reported at the next meeting."),
    ("pi", "(Councillor Whiteley left the meeting at 12.40 pm, during consideration of this "
           "item.)"),
    ("p", "Councillor R Dyson requested that an item on delays in hospital discharge for "
          "people waiting for a package of care be added to the work programme for the "
          "January meeting. The Chair agreed, subject to the ICB being able to provide the "
          "necessary data in time."),
    ("pb", "RESOLVED \u2013 That the action log be noted and the work programme for 2025/26 "
           "be agreed, subject to the addition of an item on hospital discharge at the "
           "meeting on 27 January 2026."),

    ("minute", "HASB.50", "Date and Time of Next Meeting"),
    ("p", "The next meeting of the Board will be held on Tuesday, 25 November 2025 at "
          "10.00 am in the Council Chamber, Town Hall, Hebbleworth."),
    ("gap",),
    ("p", "The meeting closed at 12.52 pm."),
]


# ---------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------

LEFT = 20.0
RIGHT = 20.0
NUM_W = 24.0
BODY_X = LEFT + NUM_W
PAGE_W = 210.0
BODY_W = PAGE_W - RIGHT - BODY_X
LH = 5.0
FS = 10.5


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 11)
                self.set_xy(LEFT, 10)
                self.cell(PAGE_W - LEFT - RIGHT, 6, "Public Document Pack", align="R")
                self.set_y(22)
            else:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(LEFT, 10)
                self.cell(PAGE_W - LEFT - RIGHT, 5,
                          f"{BOARD} \u2013 14 October 2025", align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(20)

        def footer(self):
            self.set_y(-16)
            self.set_font("Sans", "", 8)
            self.set_x(LEFT)
            self.cell(80, 5, "Chair's initials ..............")
            self.set_font("Sans", "B", 9)
            self.set_xy(PAGE_W - RIGHT - 30, self.get_y())
            self.cell(30, 5, f"Page {self.page_no() + 2}", align="R")

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes, {BOARD}, 14/10/2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Modern.Gov")
    pdf.set_producer("Modern.Gov PDF export")
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(LEFT, 20, RIGHT)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    full_w = PAGE_W - LEFT - RIGHT

    # Title block
    pdf.set_font("Sans", "B", 14)
    pdf.set_x(LEFT)
    pdf.cell(full_w, 7, "HEBBLEWORTH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(full_w, 6, BOARD.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", FS)
    pdf.multi_cell(full_w, LH,
                   "Minutes of the meeting of the Health and Adult Social Care Scrutiny "
                   "Board held on Tuesday, 14 October 2025 in the Council Chamber, Town "
                   "Hall, Market Street, Hebbleworth",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", FS)
    pdf.cell(60, LH, "Time Commenced: 10.00 am")
    pdf.cell(full_w - 60, LH, "Time Concluded: 12.52 pm", align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # Attendance grid
    label_w = 44.0
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", FS)
        pdf.set_xy(LEFT, y0)
        pdf.cell(label_w, LH, label)
        pdf.set_font("Sans", "", FS)
        pdf.set_xy(LEFT + label_w, y0)
        for line in lines:
            pdf.set_x(LEFT + label_w)
            pdf.multi_cell(full_w - label_w, LH, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)

    def ensure(space: float) -> None:
        if pdf.get_y() + space > pdf.h - 22:
            pdf.add_page()

    for block in BODY:
        kind = block[0]
        if kind == "minute":
            _, number, title = block
            ensure(18)
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_font("Sans", "B", FS)
            pdf.set_xy(LEFT, y0)
            pdf.cell(NUM_W, LH, number)
            pdf.set_xy(BODY_X, y0)
            pdf.multi_cell(BODY_W, LH, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("p", "pi", "pb"):
            style = {"p": "", "pi": "I", "pb": "B"}[kind]
            pdf.set_font("Sans", style, FS)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "head":
            ensure(12)
            pdf.set_font("Sans", "B", FS)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "lab":
            _, label, text = block
            ensure(LH * 2)
            y0 = pdf.get_y()
            pdf.set_font("Sans", "", FS)
            pdf.set_xy(BODY_X, y0)
            pdf.cell(10, LH, label)
            pdf.set_xy(BODY_X + 10, y0)
            pdf.multi_cell(BODY_W - 10, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bul":
            y0 = pdf.get_y()
            pdf.set_font("Sans", "", FS)
            pdf.set_xy(BODY_X + 2, y0)
            pdf.cell(6, LH, "\u2022")
            pdf.set_xy(BODY_X + 8, y0)
            pdf.multi_cell(BODY_W - 8, LH, block[1], align="J", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "actions":
            rows = block[1]
            ensure(12 + 11 * len(rows))
            pdf.ln(1)
            pdf.set_font("Sans", "", 9)
            pdf.set_x(BODY_X)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            with pdf.table(width=BODY_W, col_widths=(88, 34, 30), align="RIGHT",
                           line_height=4.4, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD",
                                                   fill_color=(225, 225, 225)),
                           padding=1.2) as table:
                head = table.row()
                for h in ("ACTION", "BY WHOM", "BY WHEN"):
                    head.cell(h)
                for action, who, when in rows:
                    r = table.row()
                    r.cell(action)
                    r.cell(who)
                    r.cell(when)
            pdf.ln(3)
        elif kind == "gap":
            pdf.ln(3)
        else:
            raise ValueError(kind)

    # Signature block
    ensure(25)
    pdf.ln(8)
    pdf.set_font("Sans", "", FS)
    pdf.set_x(BODY_X)
    pdf.cell(BODY_W, LH, "Chair: ....................................................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(BODY_X)
    pdf.cell(BODY_W, LH, "Date: ......................................................",
             new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The news release (HTML)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>New care at home contracts to start in April | Hebbleworth Council</title>
<meta name="description" content="Hebbleworth Council has confirmed the four lead providers who will deliver care at home across the borough from April 2026.">
<link rel="stylesheet" href="/site/styles/main.css">
</head>
<body class="news-article">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="site-logo" href="/"><img src="/site/images/hebbleworth-logo.svg" alt="Hebbleworth Council home page" width="180" height="48"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input type="search" id="q" name="q" placeholder="Search hebbleworth.gov.uk">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/schools">Schools and learning</a></li>
      <li><a href="/roads">Roads and travel</a></li>
      <li><a href="/council-democracy">Council and democracy</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>

<div class="container">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li aria-current="page">New care at home contracts to start in April</li>
    </ol>
  </nav>

  <main id="main-content">
    <article>
      <h1>New care at home contracts to start in April</h1>
      <p class="article-meta">Published: Thursday 20 November 2025 &middot; Category: <a href="/news/adult-social-care">Adult social care</a></p>

      <p class="lead">Hebbleworth Council has confirmed the four organisations that will lead the delivery of care at home across the borough from 1 April 2026, following a procurement process in which people who use the service helped to choose the winning bids.</p>

      <p>Around 1,500 people in Hebbleworth receive care in their own homes that is arranged and paid for by the Council, from help with getting up and dressed in the morning to support with meals, medication and personal care. Between them, care workers visit people for more than 21,000 hours every week.</p>

      <p>From April, the borough will be divided into four zones &ndash; North, South, East and West &ndash; with one lead provider responsible for making sure that everyone in its zone who needs care at home receives it. A smaller number of approved providers will support the lead providers where extra capacity is needed.</p>

      <p>The decision to change the way care at home is arranged was taken by the Council's Cabinet on 11 November, after the proposals had been examined by the Health and Adult Social Care Scrutiny Board in October.</p>

      <h2>Why is the Council making this change?</h2>

      <p>At the moment, the Council buys care at home from 11 different providers. This means that several agencies can be sending staff to the same street, and in some of the more rural parts of the borough it can take weeks to find a provider able to start a new package of care.</p>

      <p>Under the new arrangements, each lead provider will have a guaranteed amount of work in a single area. The Council expects this to cut down the time care workers spend travelling, to make it easier for providers to recruit people who live locally, and to mean that people leaving hospital can get the support they need more quickly.</p>

      <blockquote class="quote">
        <p>&ldquo;Care at home is one of the most important things we do as a council. It is what allows thousands of people to stay living independently in the place they call home. We listened carefully to what people told us and to the questions our scrutiny councillors asked, and I am confident these new contracts will give people more reliable care from care workers who are properly paid for the job they do.&rdquo;</p>
        <footer>&mdash; Councillor Lorna Mellor, Cabinet Member for Adult Social Care and Health</footer>
      </blockquote>

      <h2>Will my care change?</h2>

      <p>Most people will not notice any difference. Where your current care agency is not one of the new providers in your zone, your care workers will normally move across to the new provider, so that you keep the same faces wherever possible. Any moves will happen in stages between April and June 2026, and nobody will be left without care while this happens.</p>

      <p>If your care is going to move to a new provider, a member of the Council's care at home team will write to you at least six weeks beforehand, and will phone you to talk through any worries you have.</p>

      <p>If you pay for your care through a direct payment, or you arrange and pay for your own care privately, these changes do not affect you.</p>

      <h2>You asked, we said</h2>

      <p>More than 200 people who use care at home, and their families, took part in our survey over the summer. Here are some of the things they raised and how the new contracts respond.</p>

      <div class="you-asked-we-said">
        <div class="ywd-row">
          <h3>You asked</h3>
          <p>Why do I have so many different carers? I never know who is coming through the door.</p>
          <h3>We said</h3>
          <p>Lead providers must plan visits so that each person is seen by a small, regular team of care workers, and must tell you in advance if someone new will be visiting.</p>
        </div>
        <div class="ywd-row">
          <h3>You asked</h3>
          <p>Can carers stop being so rushed? They are always looking at the clock.</p>
          <h3>We said</h3>
          <p>Care workers will be paid for the time spent travelling between visits, so visits no longer need to be cut short to make up time on the road.</p>
        </div>
        <div class="ywd-row">
          <h3>You asked</h3>
          <p>Who do I complain to if something goes wrong &ndash; the agency or the Council?</p>
          <h3>We said</h3>
          <p>You can contact either. Lead providers must report every complaint to the Council each month, and the Council will follow up any that are not resolved.</p>
        </div>
        <div class="ywd-row">
          <h3>You asked</h3>
          <p>Will people like us have any say in who gets the contracts?</p>
          <h3>We said</h3>
          <p>A group of eight people with lived experience of care at home helped to write the service specification and sat on the panel that scored the bids.</p>
        </div>
      </div>

      <h2>What did scrutiny councillors want to know?</h2>

      <p>Before Cabinet made its decision, councillors on the Health and Adult Social Care Scrutiny Board looked at the proposals in detail. Among the things they wanted to know were:</p>
      <ul>
        <li>How will the Council check that lead providers are not passing work to agencies it does not know about?</li>
        <li>Is the hourly rate enough for providers to pay their staff properly and still deliver good care?</li>
        <li>Could the Council run the service itself instead of buying it from outside organisations?</li>
        <li>What will happen to people living with dementia, for whom a change of carer can be very unsettling?</li>
      </ul>

      <p>Cabinet agreed that lead providers will have to report every three months on any work they pass to other agencies and on how they pay their care workers for travel time, and that this information will be shared with the Scrutiny Board. The Council will pay providers &pound;25.40 an hour from April 2026.</p>

      <h2>Frequently asked questions</h2>

      <details>
        <summary>Who are the new lead providers?</summary>
        <p>The lead providers are Skelder Moor Care Services (North zone), Lowfold Home Support (South zone), Brackenroyd Community Care (East zone) and Wrenholme Homecare Partnership (West zone). All four are registered with the Care Quality Commission and rated Good.</p>
      </details>
      <details>
        <summary>Do I need to do anything?</summary>
        <p>No. If your care is affected, we will contact you. You do not need to contact the Council or your current care agency.</p>
      </details>
      <details>
        <summary>Will I have to pay more for my care?</summary>
        <p>No. The amount you contribute towards the cost of your care is based on a financial assessment and will not change because of the new contracts.</p>
      </details>
      <details>
        <summary>What if I am not happy with my new provider?</summary>
        <p>Please talk to us. Ring the care at home team on 01632 960 418 (Monday to Friday, 9am to 5pm) or email careathome@hebbleworth.gov.uk and we will look into it.</p>
      </details>
      <details>
        <summary>I am a care worker. What happens to my job?</summary>
        <p>If your work moves to a new provider, you may have the right to transfer to that provider on your existing terms and conditions. Your current employer will talk to you about this. Care workers can also find out about jobs with the new providers at our care jobs fair at the Town Hall on Saturday 17 January 2026.</p>
      </details>

      <h2>Notes to editors</h2>
      <ul>
        <li>The Cabinet report and decision notice for 11 November 2025 are available on the Council's meetings website.</li>
        <li>The contracts will run for five years from 1 April 2026, with the option to extend for up to two further years.</li>
        <li>For media enquiries please contact the Hebbleworth Council press office on 01632 960 200 or press@hebbleworth.gov.uk.</li>
      </ul>
    </article>

    <aside class="related" aria-label="Related pages">
      <h2>Related pages</h2>
      <ul>
        <li><a href="/adult-social-care/care-at-home">Care at home</a></li>
        <li><a href="/adult-social-care/paying-for-care">Paying for your care</a></li>
        <li><a href="/adult-social-care/carers">Support for carers</a></li>
        <li><a href="/council-democracy/scrutiny">Scrutiny at Hebbleworth</a></li>
      </ul>
    </aside>
  </main>
</div>

<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy and cookies</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
    <p>&copy; Hebbleworth Council, Town Hall, Market Street, Hebbleworth</p>
  </div>
</footer>
</body>
</html>
"""


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
    "committee": BOARD,
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "HASB.41", "title": "Apologies for Absence and Substitutions"},
        {"number": "HASB.42", "title": "Declarations of Interest"},
        {"number": "HASB.43", "title": "Minutes of the Previous Meeting"},
        {"number": "HASB.44", "title": "Public Question Time"},
        {"number": "HASB.45", "title": "Access to NHS Dentistry in Hebbleworth"},
        {"number": "HASB.46", "title": "Re-procurement of Care at Home Services"},
        {"number": "HASB.47", "title": "Young People and Vaping \u2013 Joint Public Health "
                                       "and Trading Standards Update"},
        {"number": "HASB.48", "title": "Hebbleworth Place \u2013 Patient and Public "
                                       "Engagement on the Urgent Treatment Centre Review"},
        {"number": "HASB.49", "title": "Action Log and Work Programme 2025/26"},
        {"number": "HASB.50", "title": "Date and Time of Next Meeting"},
    ],
    "questions": [
        # HASB.44 public question time
        q("HASB.44", "question",
          "guarantee that the care workers employed under the new care at home contracts",
          "Mrs P Crowther",
          "required every provider to pay care workers at least the Real Living Wage",
          "Councillor L Mellor", ["workforce", "adult-social-care", "subcontracting"]),
        q("HASB.44", "question",
          "asked how the Council would know whether this was actually happening",
          "Mrs P Crowther",
          "would check a sample of payslips and rotas at each provider",
          "Councillor L Mellor", ["workforce", "subcontracting"]),
        # HASB.45 dentistry
        q("HASB.45", "question",
          "asked how many practices in the borough were currently accepting new adult NHS "
          "patients",
          "Councillor N Bairstow",
          "only three of the 29 practices were accepting new adult patients",
          "Mrs Holroyd", ["primary-care"]),
        q("HASB.45", "concern",
          "expressed concern at the level of tooth decay among five-year-olds",
          "Councillor K Hussain",
          "supervised toothbrushing had been extended to all 22 early years settings",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("HASB.45", "question",
          "queried why less than half of the additional urgent access sessions had been used",
          "Councillor A Lodge",
          "the sessions had initially been promoted only through NHS 111",
          "Mrs Holroyd", ["primary-care"]),
        q("HASB.45", "comment",
          "dentistry remained the issue most frequently raised with Healthwatch",
          "Ms F Akhtar", None, None,
          ["primary-care", "patient-and-public-input"]),
        q("HASB.45", "question",
          "asked whether the ICB's dental budget had been fully spent in 2024/25",
          "Councillor T Whiteley",
          "the ICB Board had agreed to ring-fence the underspend for dental services",
          None, ["primary-care", "finance"]),
        q("HASB.45", "request",
          "requested that future reports include information at ward level",
          "Deputy Chair",
          "undertook to provide this for the Board's next update",
          "Mrs Holroyd", ["primary-care"]),
        # HASB.46 care at home
        q("HASB.46", "question",
          "why the Council proposed to move away from a framework of 11 providers",
          "Councillor S Armitage",
          "A zoned model would give each lead provider a guaranteed volume of work",
          "Mr Illingworth", ["subcontracting", "adult-social-care"]),
        q("HASB.46", "concern",
          "lead providers would be able to subcontract packages to smaller agencies",
          "Councillor A Lodge",
          "any subcontractor would have to be registered with the Care Quality Commission",
          None, ["subcontracting", "adult-social-care", "governance"]),
        q("HASB.46", "question",
          "asked what hourly rate the Council intended to pay under the new contracts",
          "Councillor T Whiteley",
          "the proposed rate was \u00a325.40 an hour from April 2026",
          "Mrs Brearley", ["finance", "subcontracting", "adult-social-care"]),
        q("HASB.46", "question",
          "whether bringing care at home services back in-house had been considered",
          "Councillor N Bairstow",
          "the estimated cost was around 31% higher than the zoned model",
          "Mrs Brearley", ["privatisation", "finance", "adult-social-care"]),
        q("HASB.46", "question",
          "how people who receive care at home and their families had been involved",
          "Councillor R Dyson",
          "a co-production group of eight people with lived experience had helped",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("HASB.46", "concern",
          "raised concern about the disruption to people if their care was transferred",
          "Councillor K Hussain",
          "Care workers would be expected to transfer under TUPE",
          "Mrs Brearley", ["adult-social-care", "mental-health", "workforce",
                           "subcontracting"]),
        q("HASB.46", "comment",
          "paying providers for the hours commissioned rather than the minutes delivered",
          "Councillor P Cawthorne", None, None,
          ["subcontracting", "workforce", "adult-social-care"]),
        # HASB.47 vaping
        q("HASB.47", "question",
          "asked how many test purchases had been carried out",
          "Councillor R Dyson",
          "11 of which had resulted in a sale of a vape",
          None, ["public-health", "children-and-families"]),
        q("HASB.47", "concern",
          "raised concerns about illegal vapes being sold from takeaways, barbers and market "
          "stalls",
          "Councillor P Cawthorne",
          "over 9,200 illegal vapes had been seized in 2024/25",
          "Mr Firth", ["public-health"]),
        q("HASB.47", "question",
          "asked whether schools were involved in the prevention work",
          "Councillor M Sutcliffe",
          "14 of the borough's 17 secondary schools had taken part",
          "Ms Pickles", ["public-health", "children-and-families"]),
        q("HASB.47", "question",
          "sought assurance that the focus on young people would not discourage adult smokers",
          "Chair",
          "the Council's stop smoking service would continue to offer free vape starter kits",
          "Director of Public Health", ["public-health"]),
        q("HASB.47", "request",
          "the number of vapes being found in litter and in household waste",
          "Councillor K Hussain", None, None, ["public-health"]),
        # HASB.48 urgent treatment centre engagement
        q("HASB.48", "question",
          "asked why the engagement survey had been launched online only",
          "Councillor P Cawthorne",
          "paper copies of the survey had been available in all libraries",
          "Mr Gledhill", ["patient-and-public-input"]),
        q("HASB.48", "question",
          "asked whether the ICB would extend the closing date",
          "Ms Akhtar",
          "would consider extending the exercise by four weeks",
          "Mr Gledhill", ["patient-and-public-input"]),
        q("HASB.48", "question",
          "queried whether the options under consideration would amount to a substantial "
          "variation",
          "Councillor M Sutcliffe",
          "the ICB would return to the Board for a view",
          "Place Director", ["governance", "patient-and-public-input"]),
        q("HASB.48", "concern",
          "would have further to travel if the Minor Injuries Unit at Brackenroyd closed",
          "Councillor T Whiteley", None, None, []),
        # HASB.49 work programme
        q("HASB.49", "request",
          "an item on delays in hospital discharge for people waiting for a package of care",
          "Councillor R Dyson",
          "The Chair agreed, subject to the ICB being able to provide",
          "Chair", ["adult-social-care"]),
    ],
    "resolutions": [
        res("HASB.43", "the minutes of the meeting held on 9 September 2025 be approved",
            "agreed", []),
        res("HASB.45", "reform of the NHS dental contract be prioritised",
            "agreed", ["primary-care"]),
        res("HASB.46", "a business case be developed for a council-owned care at home company",
            "rejected", ["privatisation", "adult-social-care"]),
        res("HASB.46", "the Board's comments, as set out above, be reported to Cabinet",
            "agreed", ["adult-social-care"]),
        res("HASB.46", "Cabinet requires the successful lead providers to report quarterly on "
                       "the use of subcontractors",
            "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        res("HASB.47", "including the outcome of the pending prosecutions, be brought to the "
                       "Board",
            "agreed", ["public-health"]),
        res("HASB.48", "the ICB be requested to extend the engagement period by at least four "
                       "weeks",
            "agreed", ["patient-and-public-input", "primary-care"]),
        res("HASB.49", "the work programme for 2025/26 be agreed, subject to the addition",
            "agreed", ["adult-social-care"]),
    ],
    "attendees": [
        att("Councillor J Haigh", "Chair", "present"),
        att("Councillor S Armitage", "Deputy Chair", "present"),
        att("Councillor N Bairstow", None, "present"),
        att("Councillor P Cawthorne", None, "present"),
        att("Councillor R Dyson", None, "present"),
        att("Councillor K Hussain", None, "present"),
        att("Councillor A Lodge", None, "present"),
        att("Councillor T Whiteley", None, "present"),
        att("Councillor M Sutcliffe", None, "present"),
        att("Ms F Akhtar", "Healthwatch Hebbleworth", "present"),
        att("Councillor L Mellor", "Cabinet Member for Adult Social Care and Health",
            "in_attendance"),
        att("Helen Brearley", "Service Director, Adult Social Care", "in_attendance"),
        att("Dr Anand Rastogi", "Director of Public Health", "in_attendance"),
        att("Gareth Illingworth", "Head of Commissioning (Adults and Health)",
            "in_attendance"),
        att("Joanne Pickles", "Public Health Consultant", "in_attendance"),
        att("Andrew Firth", "Senior Trading Standards Officer", "in_attendance"),
        att("Rachel Ackroyd", "Scrutiny Officer", "in_attendance"),
        att("Kieran Moss", "Democratic Services Officer", "in_attendance"),
        att("Martin Gledhill",
            "Place Director (Hebbleworth), Hebble and Dearne Integrated Care Board",
            "in_attendance"),
        att("Claire Holroyd",
            "Head of Primary Care Commissioning (Dental), Hebble and Dearne Integrated Care "
            "Board", "in_attendance"),
        att("Dr Imran Qureshi",
            "Clinical Lead for Urgent Care, Hebble and Dearne Integrated Care Board",
            "in_attendance"),
        att("Councillor D Oldroyd", None, "apologies"),
        att("Councillor B Shaw", None, "apologies"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_bytes(NEWS_HTML.encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    for gold_path in sorted(GOLD.glob("qf-*.json")):
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
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
