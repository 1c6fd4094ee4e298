#!/usr/bin/env python3
"""Build the "hv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hv.py           build documents/hv-* and gold/hv-*.json
        build_hv.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "hv-brindleford-hasc-osc-2025-01-21.pdf"
REPORT_NAME = "hv-brindleford-hasc-osc-report-responses-to-members-questions.pdf"

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
RUNNING = f"{COMMITTEE} \u2013 21 January 2025"

# ---------------------------------------------------------------------------
# The minutes, as a list of blocks.
#   ("title", TEXT)            bold capitals above a minute
#   ("num", NUMBER, TEXT)      first paragraph of a minute, number in the margin
#   ("p", TEXT)                a further paragraph of the minute
#   ("b", TEXT)                a bullet
#   ("res", TEXT)              "RESOLVED: -" label then TEXT (TEXT may hold "\n" clauses)
#   ("rule",)                  the rule of underscores closing a minute
# ---------------------------------------------------------------------------

SEE = "(See document No. {})"

BLOCKS: list[tuple] = [
    ("title", "NOTICE OF RECORDING/WEBCAST"),
    ("num", "58", "The Chair advised, and the Committee noted, that this meeting would be "
     "webcast for live or subsequent broadcast via the Council's meeting YouTube site "
     "(www.youtube.com/@BrindlefordCityCouncilMeetings) and that members of the press/public "
     "may record and take photographs except where there are confidential or exempt items."),
    ("p", "The business of the meeting and all discussions in relation to individual reports "
     "are available for public inspection via the web-stream."),
    ("rule",),

    ("title", "APOLOGIES"),
    ("num", "59", "Apologies were submitted on behalf of Councillors Marcus Fennell and Yasmin "
     "Rafiq for their inability to attend the meeting. Apologies for lateness were received "
     "from Councillor Julie Tennant."),
    ("rule",),

    ("title", "DECLARATIONS OF INTERESTS"),
    ("num", "60", "Members were reminded that they must declare all relevant pecuniary and "
     "other registerable interests arising from any business to be discussed at this meeting. "
     "If a disclosable pecuniary interest is declared a Member must not participate in any "
     "discussion or vote on the matter and must not remain in the room unless they have been "
     "granted a dispensation. If other registerable interests are declared a Member may speak "
     "on the matter only if members of the public are allowed to speak at the meeting but "
     "otherwise must not take part in any discussion or vote on the matter and must not remain "
     "in the room unless they have been granted a dispensation. Any declarations will be "
     "recorded in the minutes of the meeting."),
    ("p", "Councillor Kathleen Marsh declared a non-pecuniary interest in agenda item 6 as her "
     "son was employed as a physiotherapist by Brindleford University Hospitals NHS Foundation "
     "Trust."),
    ("p", "Councillor Gurpreet Sandhu declared that he was a trustee of Unity Carers' Hub, which "
     "was referred to in the report at agenda item 7."),
    ("rule",),

    ("title", "MINUTES AND ACTION TRACKER"),
    ("num", "61", SEE.format(1)),
    ("p", "The Committee considered the minutes of the meeting held on 19 November 2024 "
     "together with the action tracker."),
    ("p", "Councillor Whitcombe asked whether the information on residential care placement "
     "costs requested at the last meeting had been received, as the action was still shown as "
     "open on the tracker. The Senior Overview and Scrutiny Manager advised that the "
     "information had been received from the directorate on 17 January 2025 and would be "
     "circulated to Members after the meeting."),
    ("res", "That the minutes of the meeting held on 19 November 2024 be confirmed as a "
     "correct record and signed by the Chair, and that the action tracker be noted."),
    ("rule",),

    ("title", "ADULT SOCIAL CARE \u2013 2025/26 BUDGET PROPOSALS AND SAVINGS DELIVERY"),
    ("num", "62", SEE.format(2)),
    ("p", "Councillor Rosalind Achebe, Cabinet Member for Health and Social Care, introduced "
     "the item and reminded the Committee that the Council's budget for 2025/26 continued to "
     "be set within the framework agreed with the Commissioners appointed by the Secretary of "
     "State. Professor Alan Whitworth, Strategic Director, Adult Social Care, and Martin "
     "Okafor, Interim Finance Business Partner, then presented the report and drew Members' "
     "attention to the following:-"),
    ("b", "The directorate's net budget for 2025/26 was proposed at \u00a3412.6m, an increase "
     "of \u00a318.9m on 2024/25, largely reflecting demographic growth and fee uplifts."),
    ("b", "Savings of \u00a323.4m were proposed, of which \u00a39.1m were carried forward from "
     "the 2024/25 programme and \u00a314.3m were new proposals."),
    ("b", "At month 8 the directorate was forecasting an overspend of \u00a36.7m in 2024/25, "
     "mainly on packages of care for working-age adults with learning disabilities."),
    ("b", "Consultation on the proposals for day services and on the revised charging policy "
     "had opened on 6 January 2025 and would close on 17 February 2025."),
    ("p", "(Councillor Julie Tennant joined the meeting at 1020 hours during the presentation.)"),
    ("p", "Members then made comments and asked questions, and the following were among the "
     "main points raised:-"),
    ("b", "Councillor Qadir questioned how realistic the \u00a36.2m saving from the review of "
     "care packages was, given that only 61% of the equivalent saving for 2024/25 had been "
     "delivered by month 8. The Strategic Director acknowledged that delivery had been slower "
     "than planned because of the time taken to recruit to the review team, but said that the "
     "team was now at full strength and that 2,140 reviews had been completed since October."),
    ("b", "Concern was expressed that the proposed changes to the charging policy would fall "
     "hardest on people on low incomes, and Members asked whether an equality impact "
     "assessment had been carried out. The Cabinet Member stated that a full equality impact "
     "assessment would be published with the Cabinet report in February and that the minimum "
     "income guarantee would not be reduced below the national level."),
    ("b", "Councillor Akhtar asked how much of the fee uplift for 2025/26 would reach care "
     "workers' pay and whether it would cover the increase in employers' national insurance "
     "contributions from April. Helen Castellano, Assistant Director, Commissioning, replied "
     "that the proposed uplift was 5.3% for home care and 4.8% for residential care, that "
     "providers had told the Council it would not fully cover the national insurance increase, "
     "and that discussions with the provider forum were continuing."),
    ("b", "A Member commented that the day services proposals had caused considerable anxiety "
     "for carers and asked that the outcome of the consultation be brought to the Committee "
     "before any decision was taken by Cabinet. The Chair agreed that the item would be added "
     "to the work programme for March."),
    ("b", "Councillor Whitcombe questioned whether the directorate was relying on one-off "
     "funding to balance the budget and would therefore face a larger gap in 2026/27. The "
     "Interim Finance Business Partner confirmed that \u00a37.8m of additional social care "
     "grant announced in the provisional settlement had been assumed, but that this was "
     "recurrent funding; the use of reserves was limited to \u00a32.0m for transformation."),
    ("b", "Councillor Pritchard expressed concern at the continued reliance on agency social "
     "workers in the locality teams and the cost of this to the directorate, which he felt was "
     "not adequately explained in the report."),
    ("b", "Members asked whether the proposed reduction in the stop smoking service would go "
     "ahead. Dr Farida Noor, Director of Public Health, advised that the public health grant "
     "allocation for 2025/26 had not yet been announced and that no reduction would be made "
     "to the stop smoking service until it was known."),
    ("p", "The Chair thanked the Cabinet Member and officers for the report."),
    ("res", "That the report be noted and that the comments of the Committee be forwarded to "
     "the Cabinet Member for Health and Social Care for consideration as part of the budget "
     "consultation."),
    ("rule",),

    ("title", "WINTER PRESSURES, URGENT AND EMERGENCY CARE AND HOSPITAL DISCHARGE"),
    ("num", "63", SEE.format(3)),
    ("p", "Sarah Penhaligon, Chief Operating Officer, Brindleford and Wrenshire Integrated "
     "Care Board (BW ICB), Dr Colin Ashdown, Chief Medical Officer, Brindleford University "
     "Hospitals NHS Foundation Trust (BUH), and Professor Alan Whitworth, Strategic Director, "
     "Adult Social Care, gave a presentation on the system winter plan and performance to "
     "date. It was reported that attendances at the emergency departments at Brindleford "
     "General Hospital and St Aidan's Hospital had been 7% higher in December than a year "
     "earlier, that flu admissions had peaked in the week before Christmas, and that the "
     "number of patients in hospital with no criteria to reside had fallen from 238 in "
     "October to 181 at the end of December. The Home First discharge to assess service was "
     "now supporting an average of 96 discharges a week, and a further 40 step-down beds had "
     "been commissioned from independent care homes until the end of March."),
    ("p", "In response to a question from Councillor Sandhu about ambulance handover delays, "
     "the Chief Medical Officer reported that average handover times at Brindleford General "
     "Hospital had improved to 47 minutes in December, but that there had been 14 handovers "
     "of more than four hours over the New Year period, each of which had been reviewed for "
     "harm."),
    ("p", "Councillor Marsh referred to reports in the local press of patients being cared "
     "for in corridors and asked whether the Trust regarded this as acceptable. The Chief "
     "Medical Officer stated that corridor care was not acceptable and was used only as a "
     "last resort, with a dedicated nursing team and escalation to the executive on call, "
     "and that the Trust reported every instance to the ICB."),
    ("p", "Councillor Tennant asked why flu vaccination uptake among care home staff remained "
     "so low. The Director of Public Health said that uptake among care home staff was 24% "
     "this winter compared with 31% last winter, and that a pop-up clinic had been offered to "
     "every care home in the city; the public health team would share the figures for each "
     "home with commissioners."),
    ("p", "Councillor Qadir expressed concern that people discharged with reablement support "
     "were being readmitted within 30 days and that the Committee had still not been given "
     "readmission figures despite having asked for them in September."),
    ("p", "Members queried whether the additional discharge funding provided through the "
     "Better Care Fund would continue after March 2025. The Chief Operating Officer, BW ICB, "
     "confirmed that the discharge element of the Better Care Fund had been rolled into the "
     "main allocation for 2025/26, and that the ICB and the Council would agree its use "
     "through the joint commissioning board."),
    ("p", "Healthwatch Brindleford commented that feedback it had received from families "
     "showed that information about care arrangements was often not given to patients on the "
     "day of discharge. The Strategic Director undertook to raise this with the Trust through "
     "the Discharge Improvement Group."),
    ("p", "The Chair requested that readmission figures broken down by ward be provided to "
     "Members before the next meeting."),
    ("p", "The Committee noted the update and agreed that a further report on the outcome of "
     "winter, including readmission rates, be brought to the meeting in June 2025."),
    ("rule",),

    ("title", "CARE QUALITY COMMISSION ASSESSMENT OF ADULT SOCIAL CARE \u2013 IMPROVEMENT PLAN"),
    ("num", "64", SEE.format(4)),
    ("p", "The Strategic Director, Adult Social Care, presented the report, which set out the "
     "progress made against the improvement plan agreed following the Care Quality "
     "Commission's assessment of the Council's adult social care functions, published in "
     "August 2024, in which the Council had been rated 'Requires Improvement'."),
    ("p", "In discussion, and in response to Members' questions, the following were among the "
     "main points made:-"),
    ("b", "Councillor Akhtar asked what was being done about waiting lists for Care Act "
     "assessments, which the CQC had identified as an area of concern. It was noted that the "
     "number of people waiting for an assessment had fallen from 1,412 to 906 since August "
     "and that the longest wait was now 19 weeks."),
    ("b", "Councillor Whitcombe questioned whether the improvement plan was sufficiently "
     "ambitious on carers' assessments. The Strategic Director accepted that progress for "
     "carers had been slower and advised that the carers' support contract would be "
     "recommissioned from October 2025 with a stronger focus on assessments."),
    ("b", "A Member asked how the views of people who used services were informing the plan. "
     "The Assistant Director, Commissioning, explained that a co-production board of 14 "
     "people with lived experience had met for the first time in November and was reviewing "
     "the information and advice offer."),
    ("b", "Councillor Pritchard asked when the Council expected to be assessed again. The "
     "Strategic Director said that the CQC had not indicated when a further assessment would "
     "take place, but that the directorate was preparing as if it could be within the year."),
    ("res", "(i)\tThat the progress made against the improvement plan be noted;\n"
     "(ii)\tThat a further progress report be submitted to the Committee in July 2025; and\n"
     "(iii)\tThat the Chair write to the Cabinet Member for Health and Social Care on behalf "
     "of the Committee seeking assurance that the improvement plan is adequately resourced."),
    ("rule",),

    ("title", "WORK PROGRAMME"),
    ("num", "65", SEE.format(5)),
    ("p", "The Senior Overview and Scrutiny Manager introduced the work programme and reminded "
     "Members that the Cabinet would consider the home care recommissioning proposals in "
     "April 2025."),
    ("p", "Councillor Tennant requested that an item on dementia diagnosis rates and post-"
     "diagnostic support be scheduled early in the next municipal year."),
    ("res", "That the work programme be noted, subject to the addition of the outcome of the "
     "day services consultation to the meeting on 18 March 2025."),
    ("rule",),

    ("title", "DATE AND TIME OF NEXT MEETING"),
    ("num", "66", "It was noted that the next meeting of the Committee would be held on Tuesday "
     "18 February 2025 at 1000 hours in Committee Rooms 3 and 4, Council House."),
    ("rule",),

    ("title", "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)"),
    ("num", "67", "None."),
    ("rule",),

    ("title", "OTHER URGENT BUSINESS"),
    ("num", "68", "None."),
    ("rule",),

    ("title", "AUTHORITY TO CHAIR AND OFFICERS"),
    ("num", "69", ""),
    ("res", "That in an urgent situation between meetings the Chair, jointly with the relevant "
     "Chief Officer, has authority to act on behalf of the Committee."),
    ("rule",),
]

PRESENT_MEMBERS = ["Shabana Akhtar", "Kathleen Marsh", "Ewan Pritchard", "Rizwan Qadir",
                   "Gurpreet Sandhu", "Julie Tennant", "Paul Whitcombe"]

ALSO_PRESENT = [
    ("Councillor Rosalind Achebe", "Cabinet Member for Health and Social Care"),
    ("Professor Alan Whitworth", "Strategic Director, Adult Social Care"),
    ("Helen Castellano", "Assistant Director, Commissioning, Adult Social Care"),
    ("Martin Okafor", "Interim Finance Business Partner, Adult Social Care"),
    ("Dr Farida Noor", "Director of Public Health"),
    ("Sarah Penhaligon", "Chief Operating Officer, Brindleford and Wrenshire ICB"),
    ("Dr Colin Ashdown", "Chief Medical Officer, Brindleford University Hospitals NHS "
     "Foundation Trust"),
    ("Gail Dunmore", "Chief Executive, Healthwatch Brindleford"),
    ("Lucy Ferrand", "Senior Overview and Scrutiny Manager"),
    ("Tariq Mahmood", "Committee Services"),
]


class CouncilPDF(FPDF):
    running = ""
    first_page_header = False

    def header(self):
        if self.page_no() == 1 and not self.first_page_header:
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(20, 10)
        self.cell(170, 4, self.running, align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(running: str, title: str, first_page_header=False) -> CouncilPDF:
    pdf = CouncilPDF(format="A4", unit="mm")
    pdf.running = running
    pdf.first_page_header = first_page_header
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(datetime(2025, 1, 28, 14, 12, 0, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_author("Committee Services")
    pdf.set_creator("Committee Management Information System")
    pdf.set_producer("Committee Management Information System PDF Export")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


# ------------------------------------------------------------------ minutes PDF
NUM_X = 20
TEXT_X = 36
RIGHT = 190
LH = 5.2


def build_minutes(path: Path):
    pdf = new_pdf(RUNNING, f"Minutes - {COMMITTEE} - 21 January 2025")
    pdf.add_page()
    # title block
    pdf.set_font("Sans", "B", 12)
    pdf.set_y(18)
    pdf.cell(0, 7, "BRINDLEFORD CITY COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, 5.5, "HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5.5, "TUESDAY, 21 JANUARY 2025", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(0, 5.2, "MINUTES OF A MEETING OF THE HEALTH AND ADULT SOCIAL CARE OVERVIEW "
                   "AND SCRUTINY COMMITTEE HELD ON TUESDAY 21 JANUARY 2025 AT 1000 HOURS IN "
                   "COMMITTEE ROOMS 3 AND 4, COUNCIL HOUSE, GUILDHALL SQUARE, BRINDLEFORD, "
                   "BR1 1GS", align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "PRESENT: -", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, LH, "Councillor Desmond Hollis in the Chair;", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(1.5)
    members = ", ".join(PRESENT_MEMBERS[:-1]) + " and " + PRESENT_MEMBERS[-1] + "."
    pdf.multi_cell(0, LH, "Councillors " + members, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "ALSO PRESENT: -", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 10)
    for name, role in ALSO_PRESENT:
        pdf.multi_cell(0, LH, f"{name}, {role}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, LH, "*" * 48, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    width = RIGHT - TEXT_X
    for block in BLOCKS:
        kind = block[0]
        if kind == "title":
            # keep a title with the first lines of its minute
            if pdf.get_y() > pdf.h - 22 - 24:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10)
            pdf.set_left_margin(TEXT_X)
            pdf.set_x(TEXT_X)
            pdf.multi_cell(width, LH, block[1], align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(1.8)
        elif kind == "num":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(14, LH, block[1])
            pdf.set_left_margin(TEXT_X)
            pdf.set_xy(TEXT_X, y)
            if block[2]:
                pdf.multi_cell(width, LH, block[2], align="J", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                pdf.ln(2.6)
            else:
                # number alone on its line, the decision follows
                pass
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_left_margin(TEXT_X)
            pdf.set_x(TEXT_X)
            pdf.multi_cell(width, LH, block[1], align="J", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(2.6)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            if pdf.get_y() > pdf.h - 22 - LH:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(TEXT_X + 2, y)
            pdf.cell(5, LH, "\u2022")
            pdf.set_left_margin(TEXT_X + 8)
            pdf.set_xy(TEXT_X + 8, y)
            pdf.multi_cell(RIGHT - TEXT_X - 8, LH, block[1], align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_left_margin(TEXT_X)
            pdf.ln(2.0)
        elif kind == "res":
            pdf.set_left_margin(TEXT_X)
            if pdf.get_y() > pdf.h - 22 - 3 * LH:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(TEXT_X)
            pdf.cell(0, LH, "RESOLVED: -", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
            pdf.set_font("Sans", "", 10)
            for clause in block[1].split("\n"):
                if "\t" in clause:
                    label, text = clause.split("\t", 1)
                    y = pdf.get_y()
                    pdf.set_xy(TEXT_X, y)
                    pdf.cell(10, LH, label)
                    pdf.set_left_margin(TEXT_X + 10)
                    pdf.set_xy(TEXT_X + 10, y)
                    pdf.multi_cell(width - 10, LH, text, align="J", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                    pdf.set_left_margin(TEXT_X)
                    pdf.ln(1.2)
                else:
                    pdf.set_x(TEXT_X)
                    pdf.multi_cell(width, LH, clause, align="J", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
            pdf.ln(2.0)
        elif kind == "rule":
            pdf.set_left_margin(20)
            pdf.set_font("Sans", "", 10)
            pdf.set_x(TEXT_X)
            pdf.cell(width, 3, "_" * 56, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(5)
    pdf.set_left_margin(20)
    pdf.ln(2)
    pdf.set_x(TEXT_X)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, LH, "The meeting ended at 1239 hours.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    pdf.set_x(110)
    pdf.cell(0, LH, "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(110)
    pdf.cell(0, LH, "CHAIR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ------------------------------------------------------------------ report PDF
REPORT_QA = [
    ("1", "Councillor Qadir",
     "How many people discharged from hospital with reablement support were readmitted "
     "within 30 days, and how does this compare with last year?",
     "Between April and December 2024, 2,315 people left hospital with reablement support "
     "from the Home First service. Of these, 241 (10.4%) were readmitted within 30 days, "
     "compared with 9.1% in the same period of 2023. The increase is concentrated in people "
     "aged over 85 discharged at weekends, and the Discharge Improvement Group is reviewing "
     "weekend therapy cover."),
    ("2", "The Chair",
     "Can readmission figures be broken down by ward?",
     "Figures by council ward are set out in Appendix 1. Numbers in some wards are small and "
     "should be read with caution; figures below five have been suppressed."),
    ("3", "Councillor Tennant",
     "Why is flu vaccination uptake among care home staff so low, and what is being done?",
     "Uptake reported by homes was 24% at 31 December 2024. Homes told the public health "
     "team that staff were reluctant to attend pharmacies in their own time. Pop-up clinics "
     "have now been held in 37 homes and uptake will be reported again in March."),
    ("4", "Healthwatch Brindleford",
     "Why are patients and families not always told about care arrangements on the day of "
     "discharge?",
     "The Trust has agreed to introduce a standard discharge information leaflet from "
     "1 March 2025, to be given with every discharge letter. Compliance will be audited "
     "monthly by the Discharge Improvement Group."),
]


def build_report(path: Path):
    pdf = new_pdf("Brindleford City Council \u2013 Public Report",
                  "Winter pressures and hospital discharge - responses to Members' questions",
                  first_page_header=True)
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Brindleford City Council", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "Report to the Health and Adult Social Care Overview and Scrutiny "
             "Committee", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    rows = [
        ("Report of:", "Strategic Director, Adult Social Care"),
        ("Date of meeting:", "18 February 2025"),
        ("Subject:", "WINTER PRESSURES AND HOSPITAL DISCHARGE \u2013 RESPONSES TO MEMBERS' "
                     "QUESTIONS"),
        ("Wards affected:", "All wards"),
        ("Contact officer:", "Helen Castellano, Assistant Director, Commissioning\n"
                             "Email: helen.castellano@brindleford.gov.uk"),
    ]
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(45, 125), text_align=("LEFT", "LEFT"), line_height=5.5,
                   first_row_as_headings=False) as table:
        for a, b in rows:
            r = table.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(5)

    def heading(t):
        pdf.set_font("Sans", "B", 11)
        pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    def numbered(n, t):
        pdf.set_font("Sans", "", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(12, 5.2, n)
        pdf.set_left_margin(32)
        pdf.set_xy(32, y)
        pdf.multi_cell(158, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(20)
        pdf.ln(2.5)

    heading("1    Purpose of report")
    numbered("1.1", "At its meeting on 21 January 2025 the Committee received a presentation "
             "from the Brindleford and Wrenshire Integrated Care Board, Brindleford University "
             "Hospitals NHS Foundation Trust and the Adult Social Care directorate on winter "
             "pressures and hospital discharge. Members raised a number of questions to which "
             "answers were not available at the meeting. This report provides the responses.")
    heading("2    Recommendation")
    numbered("2.1", "That the Committee notes the responses set out in section 4 and "
             "Appendix 1 and considers whether any further information is required before "
             "the end of winter report is received in June 2025.")
    heading("3    Background")
    numbered("3.1", "The system winter plan was agreed by the Brindleford Health and Care "
             "Partnership in October 2024. It is funded in part through the Better Care Fund, "
             "which is a pooled budget held by the Council and the ICB under a section 75 "
             "agreement.")
    numbered("3.2", "Readmission within 30 days is one of the measures used by the Discharge "
             "Improvement Group to judge whether people are being discharged safely. It is "
             "not included in the national discharge dataset and has therefore not previously "
             "been reported to the Committee.")
    heading("4    Responses to questions raised by Members")
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=(10, 35, 55, 70), text_align="LEFT", line_height=4.6,
                   repeat_headings=1) as table:
        h = table.row()
        for t in ("No.", "Raised by", "Question", "Response"):
            h.cell(t)
        for n, who, q, a in REPORT_QA:
            r = table.row()
            r.cell(n)
            r.cell(who)
            r.cell(q)
            r.cell(a)
    pdf.ln(5)
    heading("5    Implications")
    numbered("5.1", "Financial: there are no direct financial implications arising from this "
             "report. The cost of the pop-up vaccination clinics has been met from the public "
             "health grant.")
    numbered("5.2", "Legal: the Committee's powers to require information from NHS bodies "
             "are set out in the Local Authority (Public Health, Health and Wellbeing Boards "
             "and Health Scrutiny) Regulations 2013.")
    numbered("5.3", "Public Sector Equality Duty: the readmission data will be analysed by "
             "age, sex and ethnicity for the June report.")
    heading("6    Appendices")
    numbered("6.1", "Appendix 1 \u2013 Readmissions within 30 days following reablement, "
             "April to December 2024, by ward.")
    pdf.add_page()
    heading("Appendix 1 \u2013 Readmissions within 30 days following reablement, by ward")
    wards = [("Abbey Fields", 112, 13), ("Bournside", 96, 9), ("Canal Wharf", 141, 17),
             ("Deanswood", 88, 8), ("Edgecote", 64, "<5"), ("Foxley Green", 127, 15),
             ("Gravelly Park", 103, 11), ("Harbury Lane", 79, 7), ("Ironbridge Road", 118, 14),
             ("Kingsley Heath", 92, 10)]
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=(70, 50, 50), text_align=("LEFT", "RIGHT", "RIGHT"),
                   line_height=4.8) as table:
        h = table.row()
        for t in ("Ward", "Discharges with reablement", "Readmitted within 30 days"):
            h.cell(t)
        for w, d, r_ in wards:
            row = table.row()
            row.cell(w)
            row.cell(str(d))
            row.cell(str(r_))
    pdf.ln(3)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(0, 4.4, "Source: Home First service records matched to BUH admissions data. "
                   "Ten wards with the highest number of discharges shown; the full table is "
                   "available on request.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ------------------------------------------------------------------ gold
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    items = [
        ("58", "Notice of Recording/Webcast"),
        ("59", "Apologies"),
        ("60", "Declarations of Interests"),
        ("61", "Minutes and Action Tracker"),
        ("62", "Adult Social Care \u2013 2025/26 Budget Proposals and Savings Delivery"),
        ("63", "Winter Pressures, Urgent and Emergency Care and Hospital Discharge"),
        ("64", "Care Quality Commission Assessment of Adult Social Care \u2013 Improvement Plan"),
        ("65", "Work Programme"),
        ("66", "Date and Time of Next Meeting"),
        ("67", "Request(s) for Call In/Councillor Call for Action/Petitions Received (If Any)"),
        ("68", "Other Urgent Business"),
        ("69", "Authority to Chair and Officers"),
    ]
    questions = [
        q("61", "question",
          "asked whether the information on residential care placement costs requested",
          "Councillor Whitcombe",
          "information had been received from the directorate on 17 January 2025",
          "Senior Overview and Scrutiny Manager", ["adult-social-care", "finance"]),
        q("62", "question",
          "questioned how realistic the £6.2m saving from the review of care packages was",
          "Councillor Qadir",
          "delivery had been slower than planned because of the time taken to recruit",
          "Strategic Director", ["finance", "adult-social-care", "workforce"]),
        q("62", "concern",
          "proposed changes to the charging policy would fall hardest on people on low incomes",
          "Members",
          "a full equality impact assessment would be published with the Cabinet report",
          "Cabinet Member", ["finance", "adult-social-care"]),
        q("62", "question",
          "asked how much of the fee uplift for 2025/26 would reach care workers' pay",
          "Councillor Akhtar",
          "the proposed uplift was 5.3% for home care and 4.8% for residential care",
          "Helen Castellano, Assistant Director, Commissioning",
          ["finance", "workforce", "adult-social-care", "subcontracting"]),
        q("62", "request",
          "asked that the outcome of the consultation be brought to the Committee",
          "A Member",
          "The Chair agreed that the item would be added to the work programme",
          "Chair", ["adult-social-care", "patient-and-public-input"]),
        q("62", "question",
          "questioned whether the directorate was relying on one-off funding to balance the budget",
          "Councillor Whitcombe",
          "the use of reserves was limited to £2.0m for transformation",
          "Interim Finance Business Partner", ["finance"]),
        q("62", "concern",
          "expressed concern at the continued reliance on agency social workers in the locality teams",
          "Councillor Pritchard", None, None, ["workforce", "finance"]),
        q("62", "question",
          "asked whether the proposed reduction in the stop smoking service would go ahead",
          "Members",
          "no reduction would be made to the stop smoking service until it was known",
          "Dr Farida Noor, Director of Public Health", ["public-health", "finance"]),
        q("63", "question",
          "In response to a question from Councillor Sandhu about ambulance handover delays",
          "Councillor Sandhu",
          "average handover times at Brindleford General Hospital had improved to 47 minutes",
          "Chief Medical Officer", []),
        q("63", "question",
          "patients being cared for in corridors and asked whether the Trust regarded this as acceptable",
          "Councillor Marsh",
          "corridor care was not acceptable and was used only as a last resort",
          "Chief Medical Officer", []),
        q("63", "question",
          "asked why flu vaccination uptake among care home staff remained so low",
          "Councillor Tennant",
          "a pop-up clinic had been offered to every care home in the city",
          "Director of Public Health", ["public-health", "workforce", "adult-social-care"]),
        q("63", "concern",
          "expressed concern that people discharged with reablement support were being readmitted",
          "Councillor Qadir", None, None, ["adult-social-care"]),
        q("63", "question",
          "queried whether the additional discharge funding provided through the Better Care Fund",
          "Members",
          "the discharge element of the Better Care Fund had been rolled into the main allocation",
          "Chief Operating Officer, BW ICB", ["finance", "integration", "adult-social-care"]),
        q("63", "comment",
          "information about care arrangements was often not given to patients on the day of discharge",
          "Healthwatch Brindleford",
          "undertook to raise this with the Trust through the Discharge Improvement Group",
          "Strategic Director", ["patient-and-public-input", "adult-social-care"]),
        q("63", "request",
          "The Chair requested that readmission figures broken down by ward be provided",
          "The Chair", None, None, ["adult-social-care"]),
        q("64", "question",
          "asked what was being done about waiting lists for Care Act assessments",
          "Councillor Akhtar",
          "number of people waiting for an assessment had fallen from 1,412 to 906",
          None, ["adult-social-care", "governance"]),
        q("64", "question",
          "questioned whether the improvement plan was sufficiently ambitious on carers' assessments",
          "Councillor Whitcombe",
          "the carers' support contract would be recommissioned from October 2025",
          "Strategic Director", ["adult-social-care", "subcontracting"]),
        q("64", "question",
          "asked how the views of people who used services were informing the plan",
          "A Member",
          "a co-production board of 14 people with lived experience had met",
          "Assistant Director, Commissioning",
          ["patient-and-public-input", "adult-social-care"]),
        q("64", "question",
          "asked when the Council expected to be assessed again",
          "Councillor Pritchard",
          "the CQC had not indicated when a further assessment would take place",
          "Strategic Director", ["governance"]),
        q("65", "request",
          "requested that an item on dementia diagnosis rates and post-diagnostic support be scheduled",
          "Councillor Tennant", None, None, ["mental-health"]),
    ]
    resolutions = [
        r("61", "minutes of the meeting held on 19 November 2024 be confirmed as a correct record",
          "agreed", []),
        r("62", "comments of the Committee be forwarded to the Cabinet Member for Health and Social Care",
          "agreed", ["finance", "adult-social-care"]),
        r("63", "noted the update and agreed that a further report on the outcome of winter",
          "agreed", ["adult-social-care"]),
        r("64", "That the progress made against the improvement plan be noted",
          "agreed", ["adult-social-care", "governance"]),
        r("65", "subject to the addition of the outcome of the day services consultation",
          "agreed", ["adult-social-care", "patient-and-public-input"]),
        r("69", "in an urgent situation between meetings the Chair, jointly with the relevant Chief Officer",
          "agreed", ["governance"]),
    ]
    attendees = [{"name": "Councillor Desmond Hollis", "role": "Chair", "attendance": "present"}]
    attendees += [{"name": f"Councillor {n}", "role": None, "attendance": "present"}
                  for n in PRESENT_MEMBERS]
    attendees += [{"name": n, "role": role, "attendance": "in_attendance"}
                  for n, role in ALSO_PRESENT]
    attendees += [{"name": "Councillor Marcus Fennell", "role": None, "attendance": "apologies"},
                  {"name": "Councillor Yasmin Rafiq", "role": None, "attendance": "apologies"}]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-01-21",
        "items": [{"number": n, "title": t.upper()} for n, t in items],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# ------------------------------------------------------------------ check
def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("hv-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        assert doc.exists(), doc
        text = norm(pdf_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, p in phrases:
            n = text.count(norm(p))
            words = len(p.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {g['document']} {what}: found {n}x, {words} words: {p!r}")
        for a in g.get("attendees", []):
            if norm(a["name"].replace("Councillor ", "")) not in text:
                bad += 1
                print(f"FAIL attendee not found: {a['name']}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("written:", MINUTES_NAME, REPORT_NAME)


if __name__ == "__main__":
    main()
