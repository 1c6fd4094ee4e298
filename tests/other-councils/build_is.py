#!/usr/bin/env python3
"""Build the "is-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_is.py           build documents/is-* and gold/is-*.json
        build_is.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES = "is-halvering-estbury-icb-board-2025-09-25.pdf"
REPORT = "is-halvering-estbury-icb-quality-committee-chairs-report-2025-09.docx"

FIXED = dt.datetime(2025, 12, 1, 9, 0, 0, tzinfo=dt.timezone.utc)

BODY = "NHS Halvering and Estbury Integrated Care Board"
RUNNING = "NHS Halvering and Estbury ICB \u2013 Board meeting held in public \u2013 25 September 2025"

# ---------------------------------------------------------------------------
# Attendance (Name, Role, Initials)
# ---------------------------------------------------------------------------
ATTENDANCE = [
    ("Board Members", [
        ("Prof. Helen Markwick", "Chair", "HM"),
        ("Adrian Pellow", "Chief Executive", "AP"),
        ("Tessa Jardine", "Non-Executive Member", "TJ"),
        ("Neil Halloran", "Non-Executive Member (Chair, Audit Committee)", "NH"),
        ("Dr Priya Vassallo", "Non-Executive Member (Chair, Quality and Performance Committee)", "PV"),
        ("Marcus Eddington", "Chief Finance Officer", "ME"),
        ("Dr Ruth Kaye", "Chief Medical Officer", "RK"),
        ("Joanne Felstead", "Chief Nurse", "JF"),
        ("Claire Whitby", "Chief Operating Officer", "CW"),
        ("Dr Lewis Ambrose", "Partner Member \u2013 Primary Medical Services", "LA"),
        ("Karen Doughty", "Partner Member \u2013 NHS Trusts and Foundation Trusts", "KD"),
        ("Dr Angela Threlfall", "Partner Member \u2013 Mental Health", "AT"),
        ("Gareth Moffatt", "Partner Member \u2013 Local Authorities", "GM"),
    ]),
    ("In attendance", [
        ("Beverley Nuttall", "Director of Corporate Affairs and Governance", "BN"),
        ("Simon Treharne", "Director of Primary Care and Community Services", "ST"),
        ("Deborah Quayle", "Place Director (Halvering)", "DQ"),
        ("Yvonne Castellan", "Chief Executive, Healthwatch Estbury", "YC"),
        ("Louise Penhaligon", "Board Secretary (minutes)", "LP"),
    ]),
    ("Apologies", [
        ("Prof. Joseph Tamworth", "Non-Executive Member", "JT"),
        ("Andrew Rishworth", "Partner Member \u2013 Local Authorities", "AR"),
        ("Dr Fiona Greatrex", "Director of Public Health, Halvering Council", "FG"),
    ]),
]

# ---------------------------------------------------------------------------
# Minutes body. Block kinds:
#   item (ref, title) | p text | label text | bullet text | outcome text
#   outcome_list (intro, [clauses]) | action text | question (heading, text)
#   response text
# ---------------------------------------------------------------------------
B = []


def item(ref, title):
    B.append(("item", ref, title))


def p(text):
    B.append(("p", text))


def label(text):
    B.append(("label", text))


def bullet(text):
    B.append(("bullet", text))


def outcome(text):
    B.append(("outcome", text))


def outcome_list(intro, clauses):
    B.append(("outcome_list", intro, clauses))


def action(text):
    B.append(("action", text))


def question(heading, text):
    B.append(("question", heading, text))


def response(text):
    B.append(("response", text))


QCB = "Questions and comments from the Board:"

item("ICB/09/25/01", "Welcome, Apologies and Quoracy")
p("The Chair welcomed Board members, colleagues and members of the public observing in the room "
  "and via the live stream, and opened the meeting at 09:30. The Chair noted that this was the first "
  "meeting of the Board held in public since the publication of the Model ICB Blueprint and the "
  "confirmation that NHS Halvering and Estbury ICB would work in a cluster arrangement with NHS "
  "Westmoor ICB from 1 October 2025, and thanked staff for their continued professionalism during a "
  "period of considerable uncertainty.")
p("Apologies were received as listed above. The meeting was confirmed as quorate.")

item("ICB/09/25/02", "Declarations of Interest")
p("The Chair invited members to declare any interests in relation to the items on the agenda. KD "
  "declared an interest in item ICB/09/25/08 as Chief Executive of Estbury Hospitals NHS Foundation "
  "Trust, which was one of the bidders in the procurement of community audiology services. The Chair "
  "confirmed that KD would take part in the discussion of that item but would leave the room for the "
  "decision. No other declarations were made beyond those already recorded in the published Register "
  "of Interests.")

item("ICB/09/25/03", "Minutes of the Previous Meeting and Action Log")
p("The minutes of the meeting held on 24 July 2025 were approved as an accurate record, subject to "
  "the correction of the date of the next Primary Care Commissioning Committee in minute "
  "ICB/07/25/09.")
p("The Board reviewed the Action Log. Action ICB/07/25/06 (breakdown of ambulance handover delays "
  "by site) had been completed and was closed. Action ICB/07/25/11 (report on the all-age continuing "
  "healthcare assessment backlog) was not yet due and would be brought to the November meeting.")

item("ICB/09/25/04", "Questions from Members of the Public")
p("The Chair reminded those present that, whilst the Board meets in public, it is not a public "
  "meeting, and that questions on items on the agenda had been invited in advance in line with the "
  "Board\u2019s protocol. Three questions had been received. The questions and a summary of the "
  "responses given at the meeting are set out below; the full written responses will be published on "
  "the ICB website alongside these minutes.")
question("Question 1 \u2013 Mr Dennis Okafor, Estbury Keep Our NHS Public",
         "\u201cThe Board is being asked today to award the community audiology contract. Can the Board "
         "confirm how many of the bids came from private companies, and why the existing NHS providers "
         "were not simply asked to carry on providing the service?\u201d")
response("ST responded that the procurement had been run under the Provider Selection Regime following "
         "the expiry of the existing contracts. Four bids had been received, two from NHS trusts and two "
         "from independent sector providers, and they had been scored against quality, value, "
         "integration and social value criteria. ST added that the contracts could not lawfully be rolled "
         "over again, as they had already been extended twice and did not provide the same service "
         "across both places.")
question("Question 2 \u2013 Mrs Alison Pryce, Halvering",
         "\u201cMy mother waited eleven hours on a trolley in a corridor at Halvering General in August. "
         "What will be different this winter, and will the ICB publish the number of patients being cared "
         "for in corridors?\u201d")
response("JF thanked Mrs Pryce for her question and apologised for her mother\u2019s experience, which was "
         "not the standard of care the ICB expected. JF explained that the winter plan at item "
         "ICB/09/25/06 set out the actions being taken with the trusts and both councils to reduce "
         "corridor care, including the expansion of the Halvering virtual ward and additional discharge "
         "capacity. JF confirmed that both acute trusts now reported the use of temporary escalation "
         "spaces to the ICB every day and that this information would be published in the integrated "
         "performance report from November.")
question("Question 3 \u2013 Mr Colin Varley, on behalf of Ashby Moor Patient Participation Group",
         "\u201cPatients in Ashby Moor cannot find an NHS dentist taking on adults within thirty miles. What "
         "is the ICB doing about the dental deserts in the rural east of Estbury?\u201d")
response("The Chair advised that the question related to item ICB/09/25/09 and that a full written "
         "response would be sent to Mr Varley within 20 working days.")

item("ICB/09/25/05", "Chief Executive\u2019s Report")
p("AP presented the report, which was taken as read, and highlighted the following:")
bullet("the Model ICB Blueprint published by NHS England required ICBs to reduce their running and "
       "programme costs by 50% by the end of 2025/26, and to move away from some functions, including "
       "elements of provider oversight, over the next two years;")
bullet("the Boards of NHS Westmoor ICB and NHS Halvering and Estbury ICB had agreed in principle to "
       "work as a cluster from 1 October 2025 under a single Chief Executive, with a Joint Committee of "
       "the two Boards to be established for shared decisions;")
bullet("formal consultation with staff on the proposed cluster structure was expected to begin in "
       "November 2025, subject to national confirmation of the funding for redundancy costs; and")
bullet("the ICB had been placed in segment 3 of the NHS Oversight Framework, reflecting the system\u2019s "
       "financial position and its performance against the four-hour standard.")
label(QCB)
bullet("TJ asked how the ICB would continue to meet its statutory duties for safeguarding and continuing "
       "healthcare during the consultation period, given the scale of the reductions. AP responded that "
       "the statutory functions had been mapped against the draft structure, that safeguarding and "
       "continuing healthcare were protected in the blueprint, and that the Quality and Performance "
       "Committee would receive a risk report each month throughout the transition.")
bullet("NH sought assurance that the cost of redundancies would not fall on budgets for frontline "
       "services. ME confirmed that national guidance allowed redundancy costs to be met centrally where "
       "an ICB achieved the required reduction, but noted that the mechanism had not yet been confirmed "
       "and that this remained a financial risk.")
bullet("GM commented that local authority partners valued the work of the place teams and asked that "
       "the Board make sure the place-based partnerships in Halvering and Estbury were not lost within "
       "the cluster. AP agreed and confirmed that both place directors remained in the proposed structure "
       "and would report directly to him.")
bullet("YC expressed concern that the reduction in the engagement team would weaken the ICB\u2019s "
       "ability to hear the voice of patients, particularly in the most deprived neighbourhoods of "
       "Halvering, at the very time that services were being redesigned.")
bullet("TJ requested that the Board see the equality impact assessment of the new structure before "
       "consultation with staff began. The Chair agreed that it would be brought to the November "
       "meeting.")
outcome_list("The Board:", [
    "NOTED the Chief Executive\u2019s report and the update on the Model ICB Blueprint; and",
    "ENDORSED the proposal to establish a Joint Committee with NHS Westmoor ICB from 1 October 2025, "
    "subject to the approval of its terms of reference by both Boards.",
])

item("ICB/09/25/06", "Urgent and Emergency Care Plan 2025/26")
p("CW presented the Urgent and Emergency Care Plan for 2025/26, which had been developed with both "
  "acute trusts, Northfell Ambulance Service NHS Trust, Halvering Council, Estbury Borough Council and "
  "the voluntary sector. The plan aimed to achieve 78% performance against the four-hour standard by "
  "March 2026, to bring ambulance handover times to no more than 45 minutes, and to reduce the number "
  "of patients in hospital with no criteria to reside by 15%. CW drew attention to the expansion of the "
  "virtual ward in Halvering to 120 beds, the extension of the Estbury urgent community response "
  "service to seven days a week, and the combined health and care vaccination programme, noting that "
  "flu vaccination uptake among frontline health and care staff last winter had been only 38%.")
label(QCB)
bullet("PV asked what assurance the Board could take that the 45-minute handover standard would be met "
       "this winter, given that handovers at Halvering General had averaged 62 minutes in August. CW "
       "explained that a new ambulance arrivals area would open at Halvering General in November and "
       "that the trust had agreed a \u2018release to respond\u2019 protocol with Northfell Ambulance Service "
       "from 1 October.")
bullet("LA commented that general practice was barely mentioned in the plan, although practices would "
       "again see the rise in demand first, and asked that the additional GP appointments funded from the "
       "winter monies be targeted at the practices whose patients attended A&E most often. CW agreed to "
       "review the allocation with ST and report back.")
action("CW / ST")
bullet("GM raised concerns about the fragility of the home care market in Estbury, where providers had "
       "told the council that the increase in employer national insurance contributions was making "
       "some care packages unviable, and asked whether the ICB would contribute to additional home care "
       "capacity over the winter. ME responded that \u00a31.2m of the system\u2019s winter funding had "
       "already been allocated to discharge support through the Better Care Fund and that any further "
       "contribution would be considered by the Finance and Investment Committee in October.")
bullet("KD noted that Estbury Hospitals had opened 24 escalation beds in September and that these were "
       "being staffed largely by agency nurses, which was both costly and a risk to the quality of care.")
bullet("AT asked that the plan set out more clearly the arrangements for people in mental health crisis "
       "who attend an emergency department, as some patients were still waiting more than 24 hours for "
       "an inpatient bed. RK confirmed that the mental health crisis assessment centre at Fellside would "
       "open around the clock from November and that the mental health section of the plan would be "
       "strengthened before it was published.")
bullet("TJ queried the low uptake of flu vaccination among staff last year and asked what would be done "
       "differently this year. JF explained that every provider had agreed to offer vaccination on every "
       "ward and in every practice through peer vaccinators, and that uptake by organisation would be "
       "published every fortnight.")
outcome("The Board APPROVED the Urgent and Emergency Care Plan 2025/26, subject to the amendments on "
        "mental health and general practice discussed above, and NOTED that progress would be reported to "
        "the Quality and Performance Committee each month over the winter.")

item("ICB/09/25/07", "Finance Report \u2013 Month 5")
p("ME presented the report. At month 5 the system was reporting a year-to-date deficit of \u00a314.6m "
  "against a planned deficit of \u00a39.8m, an adverse variance of \u00a34.8m. The main pressures were the "
  "cost of continuing healthcare packages, prescribing (in particular the price of category M drugs) "
  "and the continued use of agency staff in the two acute trusts. The ICB itself was reporting a "
  "break-even position. The system was still forecasting delivery of its planned deficit of \u00a321.0m "
  "for the year, but with \u00a311.3m of unmitigated risk, and had delivered 71% of its year-to-date "
  "efficiency plan.")
label(QCB)
bullet("NH asked whether the forecast was realistic when the unmitigated risk amounted to more than half "
       "of the planned deficit. ME acknowledged that the forecast carried significant risk and said "
       "that the system finance recovery group had identified \u00a36.5m of further mitigations, which would "
       "be reported to the Finance and Investment Committee in October.")
bullet("TJ raised concern that much of the efficiency programme had been delivered non-recurrently, "
       "which would store up a larger pressure for 2026/27. ME agreed, noting that only 48% of the savings "
       "delivered to date were recurrent, and said that this was a concern shared by NHS England.")
bullet("PV asked whether the savings schemes had been through a quality impact assessment, in "
       "particular the prescribing review and the changes to the continuing healthcare panel process. RK "
       "confirmed that every scheme over \u00a3250,000 had been considered by the quality impact assessment "
       "panel, chaired jointly by RK and JF, and that none had been rated as high risk.")
bullet("GM requested a breakdown of continuing healthcare spending by place for the next meeting. ME "
       "agreed to include this in the finance report to the Board in November.")
action("ME")
outcome("The Board NOTED the month 5 financial position and the risks to the delivery of the 2025/26 "
        "financial plan.")

item("ICB/09/25/08", "Community Audiology Services \u2013 Contract Award")
p("ST presented the paper, which asked the Board to approve the award of the contract for adult "
  "community hearing services across Halvering and Estbury following a competitive process under the "
  "Health Care Services (Provider Selection Regime) Regulations 2023. The contract would run for five "
  "years from 1 April 2026, with an option to extend for a further two years, at an annual value of "
  "\u00a33.4m. The evaluation panel, which had included a patient representative nominated by "
  "Healthwatch Estbury, recommended the award to Estbury Hospitals NHS Foundation Trust as lead provider, "
  "working with two high street audiology providers under subcontract to offer appointments in market "
  "towns. The current waiting time for a hearing assessment was up to 31 weeks in parts of Estbury, and "
  "the new service would be required to see patients within six weeks.")
p("KD left the room before the decision was taken.")
label(QCB)
bullet("TJ asked how the ICB would ensure that the subcontracted high street providers met the same "
       "standards as the lead provider. ST explained that the lead provider would be required to hold "
       "the subcontracts on NHS terms with the same key performance indicators, and that the ICB would "
       "have the right to approve any change of subcontractor.")
bullet("YC welcomed the involvement of the Healthwatch representative in the evaluation and asked that "
       "patients continue to be involved during mobilisation. ST agreed and confirmed that a patient "
       "reference group for the new service would be set up in November.")
bullet("NH queried whether the price of the preferred bid was sustainable, noting that it had been the "
       "lowest of the bids received. ME responded that the bid had been tested by the finance team and "
       "was within 3% of the current cost of the service.")
outcome_list("The Board (KD having left the room):", [
    "APPROVED the award of the contract for adult community hearing services to Estbury Hospitals NHS "
    "Foundation Trust for five years from 1 April 2026;",
    "NOTED that the award would be subject to a standstill period of eight working days; and",
    "DELEGATED authority to the Chief Executive and the Chief Finance Officer to sign the contract at the "
    "end of the standstill period.",
])

item("ICB/09/25/09", "Primary Care Access and NHS Dental Services Update")
p("ST presented the update. All 94 general practices in Halvering and Estbury had now moved to cloud-"
  "based telephony, and the number of appointments delivered in general practice in July had been 6% "
  "higher than a year earlier. Two NHS dental contracts in the east of Estbury had been handed back in "
  "2025, and the ICB was commissioning a new dental access centre in Ashby Moor, expected to open in "
  "spring 2026. In the meantime, 1,960 additional urgent dental appointments had been made available "
  "through the urgent dental access scheme.")
label(QCB)
bullet("LA commented that practices had made real progress on access but that the growth in online "
       "requests was creating a workload that was not reflected in their funding. ST acknowledged the "
       "pressure and said that the ICB was working with the Local Medical Committee on a local enhanced "
       "service for online consultation.")
bullet("TJ asked what proportion of adults had seen an NHS dentist in the last two years and how this "
       "compared with the national picture. ST replied that 38% of adults in Halvering and Estbury had "
       "seen an NHS dentist in the previous 24 months, compared with around 40% nationally, but that the "
       "figure was below 30% in the east of Estbury.")
bullet("AT asked whether the dental plans included children, noting that tooth decay remained the most "
       "common reason for children aged six to ten to be admitted to hospital. ST confirmed that the ICB "
       "and the public health teams of both councils were jointly funding supervised toothbrushing in 140 "
       "early years settings and schools.")
outcome("The Board NOTED the update on primary care access and dental services and ASKED that a "
        "progress report on the Ashby Moor dental access centre be brought to the January 2026 meeting.")

item("ICB/09/25/10", "Board Assurance Framework and Corporate Risk Register")
p("BN presented the Board Assurance Framework, which had been reviewed by the Audit Committee on 9 "
  "September 2025. Two principal risks were scored at 20: P3 (financial sustainability) and P7 (the "
  "capacity of the ICB to deliver its statutory functions during the transition to the cluster). A new "
  "risk had been added to the Corporate Risk Register on the cyber security of clinical systems in "
  "general practice. The Chair proposed, and the Board agreed, that approval of the revised Risk "
  "Appetite Statement be deferred to the November meeting so that the Audit Committee could first "
  "consider the changes arising from the cluster arrangements.")
label(QCB)
bullet("NH commented that the Audit Committee had asked for the score of risk P7 to be reviewed once "
       "the outcome of the staff consultation was known. BN confirmed that the risk would be rescored "
       "in December.")
bullet("PV questioned whether the target score for the workforce risk, P5, was achievable this year, "
       "given the vacancy controls now in place across the system. BN responded that the target date had "
       "been moved to March 2027 and that this was reflected in the revised framework.")
outcome("The Board NOTED the Board Assurance Framework and the Corporate Risk Register.")

item("ICB/09/25/11", "Reports from Committees of the Board")
p("The Board received the Chairs\u2019 reports from the Quality and Performance Committee (28 August 2025), "
  "the Finance and Investment Committee (4 September 2025), the Audit Committee (9 September 2025) and "
  "the Primary Care Commissioning Committee (11 September 2025). PV drew the Board\u2019s attention to the "
  "alert in the Quality and Performance Committee report on the Care Quality Commission\u2019s inspection "
  "of maternity services at Halvering General Hospital, which had been rated as requires improvement, "
  "and to the committee\u2019s request for monthly assurance on midwifery staffing.")
label(QCB)
bullet("GM asked whether the Halvering Health Scrutiny Committee had been told about the inspection "
       "findings. JF confirmed that the trust had briefed the scrutiny committee on 16 September and "
       "would attend its November meeting to present the improvement plan.")
outcome("The Board NOTED the reports from the committees of the Board and RATIFIED the revised terms of "
        "reference of the Primary Care Commissioning Committee.")

item("ICB/09/25/12", "Any Other Business and Date of Next Meeting")
p("There was no other business. The Chair thanked members of the public for attending and closed the "
  "meeting at 12:41.")
p("The next meeting of the Board held in public will take place on Thursday 27 November 2025 at 09:30 "
  "in the Council Chamber, Halvering Town Hall.")

ACTIONS = [
    ("ICB/09/25/06", "Review allocation of winter GP appointments to practices with the highest A&E use",
     "CW / ST", "Oct 2025"),
    ("ICB/09/25/07", "Continuing healthcare spend by place to be included in November finance report",
     "ME", "Nov 2025"),
    ("ICB/09/25/05", "Equality impact assessment of cluster structure to November Board", "AP", "Nov 2025"),
    ("ICB/09/25/09", "Ashby Moor dental access centre progress report", "ST", "Jan 2026"),
]


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    NHS_BLUE = (0, 94, 184)
    GREY = (232, 237, 238)

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, RUNNING, align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*NHS_BLUE)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Approved by the Board on 27 November 2025", align="L")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes of the ICB Board meeting held in public 25 September 2025")
    pdf.set_author("NHS Halvering and Estbury ICB")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("Sans", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # NHS identifier, right aligned
    pdf.set_fill_color(*NHS_BLUE)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 16)
    pdf.set_xy(pdf.w - pdf.r_margin - 22, 14)
    pdf.cell(22, 9, "NHS", align="C", fill=True)
    pdf.set_text_color(*NHS_BLUE)
    pdf.set_font("Sans", "B", 10)
    pdf.set_xy(pdf.w - pdf.r_margin - 80, 24)
    pdf.cell(80, 5, "Halvering and Estbury", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.w - pdf.r_margin - 80)
    pdf.set_font("Sans", "", 10)
    pdf.cell(80, 5, "Integrated Care Board", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)

    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(W, 7, f"Minutes of the meeting of {BODY} held in public",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(W, 5.5, align="L", text="Thursday 25 September 2025, 09:30 \u2013 12:45hrs\n"
                           "The Assembly Room, Estbury Civic Centre, Market Place, Estbury",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # attendance table
    pdf.set_font("Sans", "", 9)
    pdf.set_draw_color(160, 160, 160)
    head = FontFace(emphasis="BOLD", fill_color=NHS_BLUE, color=(255, 255, 255))
    plain = FontFace(fill_color=(255, 255, 255), color=(0, 0, 0))
    pdf.set_fill_color(255, 255, 255)
    sect = FontFace(emphasis="BOLD", fill_color=GREY)
    with pdf.table(col_widths=(52, 100, 18), line_height=5.2, headings_style=head,
                   text_align=("LEFT", "LEFT", "CENTER"), first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Name", "Role", "Initials"):
            r.cell(h)
        for section, people in ATTENDANCE:
            r = t.row()
            r.cell(section, colspan=3, style=sect)
            for name, role, ini in people:
                r = t.row()
                r.cell(name, style=plain)
                r.cell(role, style=plain)
                r.cell(ini, style=plain)
    pdf.ln(3)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(W, 4.5, "Initials are used in the body of these minutes. Board members joining "
                           "remotely are not shown separately. The meeting was live-streamed and the "
                           "recording is available on the ICB\u2019s YouTube channel.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    LH = 5.0
    FS = 9.5

    def para(text, style="", indent=0.0, gap=2.0):
        pdf.set_font("Sans", style, FS)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, LH, text, align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def bulleted(text, indent=6.0, gap=1.5, sym="\u2022"):
        pdf.set_font("Sans", "", FS)
        if pdf.will_page_break(LH * 2):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + indent - 4.5)
        pdf.cell(4.5, LH, sym)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(W - indent, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for blk in B:
        kind = blk[0]
        if kind == "item":
            _, ref, title = blk
            if pdf.will_page_break(24):
                pdf.add_page()
            pdf.ln(2)
            pdf.set_fill_color(*GREY)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(30, 7, ref, fill=True)
            pdf.cell(W - 30, 7, title, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            para(blk[1])
        elif kind == "label":
            if pdf.will_page_break(16):
                pdf.add_page()
            pdf.set_font("Sans", "B", FS)
            pdf.cell(W, LH, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "bullet":
            bulleted(blk[1])
        elif kind == "action":
            pdf.set_font("Sans", "B", FS)
            pdf.set_x(pdf.l_margin + 6)
            pdf.set_text_color(*NHS_BLUE)
            pdf.cell(W - 6, LH, f"ACTION: {blk[1]}", align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "outcome":
            pdf.ln(1)
            para(f"**Outcome:** {blk[1]}", gap=3)
        elif kind == "outcome_list":
            _, intro, clauses = blk
            pdf.ln(1)
            if pdf.will_page_break(LH * 3):
                pdf.add_page()
            para(f"**Outcome:** {intro}", gap=1)
            for c in clauses:
                bulleted(c, indent=10, gap=1)
            pdf.ln(2)
        elif kind == "question":
            _, heading, text = blk
            if pdf.will_page_break(LH * 5):
                pdf.add_page()
            para(heading, style="B", gap=1)
            pdf.set_font("Sans", "I", FS)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(W - 6, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "response":
            para(f"**Response:** {blk[1]}", indent=6, gap=3)

    # actions arising and signature
    if pdf.will_page_break(60):
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(W, 6, "Summary of actions arising", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(28, 100, 20, 22), line_height=4.8, headings_style=head,
                   text_align=("LEFT", "LEFT", "CENTER", "CENTER")) as t:
        r = t.row()
        for h in ("Minute ref", "Action", "Lead", "Due"):
            r.cell(h)
        for row in ACTIONS:
            r = t.row()
            for c in row:
                r.cell(c, style=plain)
    pdf.ln(12)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(W, 6, "Signed: ....................................................   (Chair)"
                   "          Date: ..............................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX: Quality and Performance Committee Chair's Assurance Report (AAA)
# ---------------------------------------------------------------------------
REPORT_COVER = [
    ("Meeting", "Board of NHS Halvering and Estbury Integrated Care Board (held in public)"),
    ("Date of meeting", "25 September 2025"),
    ("Agenda item", "ICB/09/25/11"),
    ("Report title", "Chair\u2019s Assurance Report \u2013 Quality and Performance Committee, 28 August 2025"),
    ("Report author", "Dr Priya Vassallo, Non-Executive Member and Committee Chair"),
    ("Executive lead", "Joanne Felstead, Chief Nurse"),
    ("Purpose", "For assurance"),
]

AAA = [
    ("ALERT", "Matters of concern, gaps in assurance or non-compliance that the Board should be aware of", [
        "The Care Quality Commission published its report on maternity services at Halvering General "
        "Hospital on 14 August 2025, rating the service as requires improvement overall and inadequate "
        "for safe. The Committee asked the Chief Nurse for a monthly update on midwifery staffing, the "
        "number of shifts below the agreed establishment and progress against the trust\u2019s improvement "
        "plan until the Committee is assured that the position has stabilised.",
        "The number of patients waiting more than 12 hours in the emergency departments of both acute "
        "trusts increased in July. The Committee questioned whether the harm reviews for these patients "
        "were being completed within the expected timescale and was not yet assured that they were.",
    ]),
    ("ADVISE", "Areas the Committee is monitoring and ongoing work", [
        "The Committee reviewed the quality impact assessments of the 2025/26 efficiency schemes. No "
        "scheme has been rated as high risk, but the Committee will receive a further report on the "
        "cumulative impact of the prescribing and continuing healthcare schemes in November.",
        "Waiting times for adult community hearing assessments remain up to 31 weeks in parts of Estbury. "
        "The procurement of a new service is the subject of a separate paper to the Board.",
        "Members asked how the views of patients would be heard during the ICB\u2019s transition to the "
        "cluster arrangement with NHS Westmoor ICB. The Director of Corporate Affairs and Governance will "
        "bring a proposal on patient and public involvement to the October meeting.",
    ]),
    ("ASSURE", "Areas where the Committee received positive assurance", [
        "Uptake of the childhood immunisation programme at 24 months has improved to 91.2%, and the "
        "Committee was assured by the joint work with both councils\u2019 public health teams.",
        "The Committee received the annual safeguarding report and was assured that the ICB continues to "
        "meet its statutory safeguarding responsibilities for children and adults.",
    ]),
]

DECISIONS = [
    "The Committee approved the revised Quality Impact Assessment Policy (version 3.1).",
    "The Committee agreed to add a risk on maternity staffing at Halvering General Hospital to the "
    "Corporate Risk Register, with an initial score of 16.",
]


def build_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    def shade(cell, hexcolour):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolour)
        tcPr.append(shd)

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.author = "NHS Halvering and Estbury ICB"
    cp.last_modified_by = "Board Secretary"
    cp.title = "Chair's Assurance Report - Quality and Performance Committee"
    cp.revision = 3

    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "NHS Halvering and Estbury Integrated Care Board"
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    fp.text = "Board meeting held in public \u2013 25 September 2025 \u2013 Item ICB/09/25/11"

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in REPORT_COVER:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "D9E2F3")
        row[1].text = v

    doc.add_paragraph()
    h = doc.add_paragraph()
    r = h.add_run("Recommendation")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("The Board is asked to NOTE the contents of this report and the matters "
                      "escalated by the Committee for the Board\u2019s attention.")
    h = doc.add_paragraph()
    r = h.add_run("Key issues report")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("The Committee met on 28 August 2025 and was quorate. The agenda covered the "
                      "integrated quality and performance report, the CQC report on maternity services at "
                      "Halvering General Hospital, quality impact assessments of efficiency schemes and the "
                      "annual safeguarding report.")

    colours = {"ALERT": "F4CCCC", "ADVISE": "FFF2CC", "ASSURE": "D9EAD3"}
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for key, desc, points in AAA:
        row = t.add_row().cells
        row[0].text = ""
        rr = row[0].paragraphs[0].add_run(key)
        rr.bold = True
        row[0].add_paragraph(desc).runs[0].italic = True
        shade(row[0], colours[key])
        row[1].text = ""
        first = True
        for pt in points:
            para = row[1].paragraphs[0] if first else row[1].add_paragraph()
            first = False
            para.add_run("\u2022 " + pt)

    doc.add_paragraph()
    h = doc.add_paragraph()
    r = h.add_run("Decisions made by the Committee")
    r.bold = True
    for d in DECISIONS:
        doc.add_paragraph(d, style="List Bullet")

    h = doc.add_paragraph()
    r = h.add_run("Risks discussed and new risks identified")
    r.bold = True
    doc.add_paragraph("Principal risk P2 (quality and safety of commissioned services) remains at a score "
                      "of 16. The Committee asked that the score be reviewed following the CQC report.")
    h = doc.add_paragraph()
    r = h.add_run("Items for escalation to the Board")
    r.bold = True
    doc.add_paragraph("Maternity services at Halvering General Hospital (see ALERT above).")
    p_ = doc.add_paragraph("Dr Priya Vassallo\nChair, Quality and Performance Committee\n10 September 2025")
    p_.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """python-docx stamps zip entries with the current time; rewrite them with a fixed one."""
    import io
    import zipfile
    src = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def Q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def R(item_, text, outcome_, themes):
    return {"item": item_, "text": text, "outcome": outcome_, "themes": themes}


def minutes_gold():
    items = [{"number": blk[1], "title": blk[2]} for blk in B if blk[0] == "item"]
    questions = [
        # 04 public questions
        Q("ICB/09/25/04", "question",
          "confirm how many of the bids came from private companies",
          "Mr Dennis Okafor",
          "the procurement had been run under the Provider Selection Regime",
          "ST", ["privatisation", "subcontracting"]),
        Q("ICB/09/25/04", "question",
          "will the ICB publish the number of patients being cared for in corridors",
          "Mrs Alison Pryce",
          "the winter plan at item ICB/09/25/06 set out the actions being taken",
          "JF", []),
        Q("ICB/09/25/04", "question",
          "What is the ICB doing about the dental deserts in the rural east",
          "Mr Colin Varley",
          "a full written response would be sent to Mr Varley within 20 working days",
          "The Chair", ["primary-care"]),
        # 05 chief executive's report
        Q("ICB/09/25/05", "question",
          "continue to meet its statutory duties for safeguarding and continuing healthcare",
          "TJ",
          "the statutory functions had been mapped against the draft structure",
          "AP", ["governance"]),
        Q("ICB/09/25/05", "concern",
          "sought assurance that the cost of redundancies would not fall on budgets",
          "NH",
          "national guidance allowed redundancy costs to be met centrally",
          "ME", ["finance", "workforce"]),
        Q("ICB/09/25/05", "request",
          "the place-based partnerships in Halvering and Estbury were not lost within the cluster",
          "GM",
          "both place directors remained in the proposed structure",
          "AP", ["integration"]),
        Q("ICB/09/25/05", "concern",
          "the reduction in the engagement team would weaken the ICB's ability",
          "YC", None, None,
          ["patient-and-public-input", "workforce"]),
        Q("ICB/09/25/05", "request",
          "see the equality impact assessment of the new structure before consultation",
          "TJ",
          "The Chair agreed that it would be brought to the November meeting",
          "The Chair", ["workforce", "governance"]),
        # 06 urgent and emergency care
        Q("ICB/09/25/06", "question",
          "what assurance the Board could take that the 45-minute handover standard",
          "PV",
          "a new ambulance arrivals area would open at Halvering General in November",
          "CW", []),
        Q("ICB/09/25/06", "request",
          "additional GP appointments funded from the winter monies be targeted",
          "LA",
          "CW agreed to review the allocation with ST and report back",
          "CW", ["primary-care", "finance"]),
        Q("ICB/09/25/06", "concern",
          "raised concerns about the fragility of the home care market in Estbury",
          "GM",
          "1.2m of the system's winter funding had already been allocated to discharge support",
          "ME", ["adult-social-care", "finance", "workforce"]),
        Q("ICB/09/25/06", "comment",
          "these were being staffed largely by agency nurses",
          "KD", None, None, ["workforce", "finance"]),
        Q("ICB/09/25/06", "request",
          "the arrangements for people in mental health crisis who attend an emergency department",
          "AT",
          "the mental health crisis assessment centre at Fellside would open around the clock",
          "RK", ["mental-health"]),
        Q("ICB/09/25/06", "question",
          "queried the low uptake of flu vaccination among staff last year",
          "TJ",
          "every provider had agreed to offer vaccination on every ward",
          "JF", ["public-health", "workforce"]),
        # 07 finance
        Q("ICB/09/25/07", "question",
          "asked whether the forecast was realistic when the unmitigated risk amounted",
          "NH",
          "the system finance recovery group had identified",
          "ME", ["finance", "governance"]),
        Q("ICB/09/25/07", "concern",
          "much of the efficiency programme had been delivered non-recurrently",
          "TJ",
          "only 48% of the savings delivered to date were recurrent",
          "ME", ["finance"]),
        Q("ICB/09/25/07", "question",
          "asked whether the savings schemes had been through a quality impact assessment",
          "PV",
          "none had been rated as high risk",
          "RK", ["finance", "governance"]),
        Q("ICB/09/25/07", "request",
          "requested a breakdown of continuing healthcare spending by place",
          "GM",
          "agreed to include this in the finance report to the Board in November",
          "ME", ["finance"]),
        # 08 audiology contract
        Q("ICB/09/25/08", "question",
          "ensure that the subcontracted high street providers met the same standards",
          "TJ",
          "the lead provider would be required to hold the subcontracts on NHS terms",
          "ST", ["subcontracting"]),
        Q("ICB/09/25/08", "request",
          "asked that patients continue to be involved during mobilisation",
          "YC",
          "a patient reference group for the new service would be set up in November",
          "ST", ["patient-and-public-input"]),
        Q("ICB/09/25/08", "question",
          "queried whether the price of the preferred bid was sustainable",
          "NH",
          "the bid had been tested by the finance team",
          "ME", ["finance", "subcontracting"]),
        # 09 primary care and dental
        Q("ICB/09/25/09", "comment",
          "the growth in online requests was creating a workload that was not reflected",
          "LA",
          "working with the Local Medical Committee on a local enhanced service",
          "ST", ["primary-care", "workforce", "finance"]),
        Q("ICB/09/25/09", "question",
          "what proportion of adults had seen an NHS dentist in the last two years",
          "TJ",
          "38% of adults in Halvering and Estbury had seen an NHS dentist",
          "ST", ["primary-care"]),
        Q("ICB/09/25/09", "question",
          "asked whether the dental plans included children",
          "AT",
          "jointly funding supervised toothbrushing in 140 early years settings and schools",
          "ST", ["primary-care", "children-and-families", "public-health"]),
        # 10 BAF
        Q("ICB/09/25/10", "comment",
          "asked for the score of risk P7 to be reviewed once the outcome",
          "NH",
          "BN confirmed that the risk would be rescored in December",
          "BN", ["governance"]),
        Q("ICB/09/25/10", "question",
          "questioned whether the target score for the workforce risk",
          "PV",
          "the target date had been moved to March 2027",
          "BN", ["workforce", "governance"]),
        # 11 committee reports
        Q("ICB/09/25/11", "question",
          "asked whether the Halvering Health Scrutiny Committee had been told about the inspection",
          "GM",
          "the trust had briefed the scrutiny committee on 16 September",
          "JF", ["governance"]),
    ]
    resolutions = [
        R("ICB/09/25/03",
          "minutes of the meeting held on 24 July 2025 were approved as an accurate record",
          "agreed", []),
        R("ICB/09/25/05",
          "ENDORSED the proposal to establish a Joint Committee with NHS Westmoor ICB",
          "agreed", ["governance"]),
        R("ICB/09/25/06",
          "The Board APPROVED the Urgent and Emergency Care Plan 2025/26",
          "agreed", ["mental-health", "primary-care"]),
        R("ICB/09/25/07",
          "The Board NOTED the month 5 financial position",
          "noted", ["finance", "governance"]),
        R("ICB/09/25/08",
          "APPROVED the award of the contract for adult community hearing services",
          "agreed", ["subcontracting"]),
        R("ICB/09/25/09",
          "ASKED that a progress report on the Ashby Moor dental access centre",
          "agreed", ["primary-care"]),
        R("ICB/09/25/10",
          "approval of the revised Risk Appetite Statement be deferred to the November meeting",
          "deferred", ["governance"]),
        R("ICB/09/25/10",
          "The Board NOTED the Board Assurance Framework and the Corporate Risk Register",
          "noted", ["governance"]),
        R("ICB/09/25/11",
          "RATIFIED the revised terms of reference of the Primary Care Commissioning Committee",
          "agreed", ["governance", "primary-care"]),
    ]
    att_map = {"Board Members": "present", "In attendance": "in_attendance", "Apologies": "apologies"}
    attendees = [{"name": n, "role": r, "attendance": att_map[s]}
                 for s, people in ATTENDANCE for n, r, _ in people]
    return {
        "document": MINUTES,
        "doc_type": "minutes",
        "committee": BODY,
        "meeting_date": "2025-09-25",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold():
    return {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
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


def check():
    ok = True
    for gpath in sorted(GOLD.glob("is-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        text = norm(doc_text(dpath))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']}: {kind} {ph!r} occurs {c}x, {n} words")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                ok = False
                print(f"FAIL {g['document']}: attendee {a['name']!r} not found")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES)
    build_docx(DOCS / REPORT)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES, REPORT)


if __name__ == "__main__":
    main()
