#!/usr/bin/env python3
"""Build the "kv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kv.py           build documents/kv-* and gold/kv-*.json
        build_kv.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

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

MINUTES_NAME = "kv-kelmouth-ravenscliffe-sandport-hasc-osc-2025-03-03.pdf"
REPORT_NAME = "kv-kelmouth-ravenscliffe-sandport-report-care-at-home-recommissioning.docx"

COUNCIL = "KELMOUTH, RAVENSCLIFFE AND SANDPORT COUNCIL"
COMMITTEE = "HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE"
DATE_TEXT = "3 March 2025"
FIXED = dt.datetime(2025, 3, 10, 9, 30, 0, tzinfo=dt.timezone.utc)

def appx(letter: str) -> str:
    return ("a copy of which had been circulated to each Member and a copy of which appears "
            f"as Appendix '{letter}' to these Minutes in the Minute Book.")

# --------------------------------------------------------------------------------------
# The minutes, as blocks
#   ("h", number, title)      minute heading
#   ("p", text)               paragraph (may use **bold**)
#   ("b", text)               bullet
#   ("c", label, text)        clause with a hanging label, e.g. "(a)"
#   ("q", text)               indented quotation
#   ("gap",)                  extra space
# --------------------------------------------------------------------------------------
MINUTES: list[tuple] = [
    ("h", "48.", "Apologies"),
    ("p", "Apologies were received from Cllr B Trenchard and Cllr E Whitlock."),

    ("h", "49.", "Substitute Members"),
    ("p", "Cllr D Ellery substituted for Cllr B Trenchard."),

    ("h", "50.", "Declarations of Interests"),
    ("p", "Cllr S Bramble declared a non-pecuniary interest in Minute No. 55 (Care at Home "
          "Recommissioning) as a close family member received a package of care at home "
          "arranged by the Council. Cllr Bramble remained in the meeting and took part in "
          "the discussion and vote on the item."),
    ("p", "There were no other declarations of interest on this occasion."),

    ("h", "51.", "Confirmation of Minutes"),
    ("p", "**RESOLVED** that the Minutes of the meeting held on 20 January 2025 be confirmed "
          "as a correct record and signed by the Chair."),
    ("p", "Voting: Unanimous"),

    ("h", "52.", "Action Sheet"),
    ("p", "In relation to action 14, the Chair advised that the written response from NHS "
          "Kelmouth and Sandport on ambulance handover delays at Kelmouth General Hospital "
          "had been circulated to members on 21 February 2025 and that the action could be "
          "closed."),
    ("p", "A Councillor asked when the outstanding figures on the number of people waiting in "
          "hospital for a care home placement would be provided. The Overview and Scrutiny "
          "Specialist advised that the figures had been requested from the Integrated "
          "Discharge Service and would be circulated to members before the next meeting."),
    ("p", "The Committee noted the action sheet."),

    ("h", "53.", "Public Issues"),
    ("p", "The Committee received the following public question from Mrs J Halloran:"),
    ("q", "'The Rowan Ward at Ravenscliffe Community Hospital has been closed to new "
          "admissions since October. Can the Committee tell residents when the ward will "
          "reopen and whether its beds are going to be moved permanently to Kelmouth?'"),
    ("p", "Response by the Chair:"),
    ("q", "'The Committee asked NHS Kelmouth and Sandport for an update on the Rowan Ward and "
          "a written response was published with the agenda for this meeting. The "
          "Integrated Care Board has advised that the ward was closed temporarily because of "
          "staff shortages and that no decision has been taken about the future of the "
          "beds. Any proposal for a permanent change would be brought to this Committee so "
          "that it could consider whether the proposal amounted to a substantial variation "
          "in service.'"),
    ("p", "Mrs Halloran asked a supplementary question as to whether local people would be "
          "consulted before any decision on the ward was made. The Chair confirmed that a "
          "permanent change of this kind would require public consultation by the NHS and "
          "that the Committee would expect to be consulted at the same time."),
    ("p", "There were no statements or petitions received on this occasion."),

    ("h", "54.", "Portfolio Holder Update"),
    ("p", "The Portfolio Holder for Health and Wellbeing provided a verbal update to the "
          "Committee, which included the following:"),
    ("b", "the launch of the Healthy Homes Kelmouth scheme, under which residents with long "
          "term health conditions living in cold or damp homes could be referred by their GP "
          "for insulation and heating improvements;"),
    ("b", "the publication of the Care Quality Commission's assessment of the Council's adult "
          "social care functions, which had been rated 'Good', with an action plan to follow "
          "on the areas for improvement;"),
    ("b", "the appointment of a new Director of Public Health, who would take up post in "
          "May 2025."),
    ("p", "The Portfolio Holder for Adult Social Care updated the Committee on the additional "
          "costs to local care providers arising from the increase in employers' national "
          "insurance contributions from April 2025, which had been estimated at £3.4 million "
          "across the care market in the Council's area."),
    ("p", "A Councillor asked whether the Council would make representations to the Government "
          "about the effect of the national insurance increase on care providers. The "
          "Portfolio Holder for Adult Social Care advised that the Leader had already written "
          "to the Secretary of State in January and that a copy of the letter would be "
          "circulated to the Committee."),
    ("p", "The Committee noted the verbal update."),

    ("h", "55.", "Care at Home Recommissioning"),
    ("p", "The Director of Commissioning for Care and Health presented a report, " + appx("A")),
    ("p", "The report set out the proposed approach to the recommissioning of care at home "
          "services from October 2025, when the current framework contracts expired. It was "
          "proposed to move from an open framework of 58 providers to a zoned model, with a "
          "lead provider in each of 11 geographical zones supported by a smaller number of "
          "framework providers. Market engagement with providers had taken place over the "
          "summer of 2024 and the views of people who use services and their carers had been "
          "gathered through a survey which had received 412 responses. The report would be "
          "considered by Cabinet on 9 April 2025."),
    ("p", "The Committee discussed the report, and a summary of the discussion is provided "
          "below:"),
    ("b", "A Councillor asked how the zones had been drawn and whether the rural parts of the "
          "area, such as the Stourfield valley, would attract any bids. It was explained that "
          "the zones had been drawn using current demand and journey times, and that the "
          "rate for the two rural zones would include an enhancement to reflect travel "
          "between visits."),
    ("b", "Concern was expressed that smaller local providers could be squeezed out of the "
          "market if the lead provider in each zone turned out to be one of the large "
          "national private companies. The Director of Commissioning for Care and Health "
          "advised that the tender would be divided into lots so that a smaller provider "
          "could bid for a single zone, and that social value would make up 10% of the "
          "evaluation."),
    ("b", "A Councillor asked what hourly rate would be paid to providers and whether it "
          "would allow care workers to be paid at least the Real Living Wage. The Director "
          "explained that the proposed rate of £24.86 an hour had been set following a cost "
          "of care exercise and that the new contracts would require providers to pay the "
          "Real Living Wage from April 2026. The Councillor commented that a delay of a year "
          "was disappointing given the pressures on the workforce."),
    ("b", "A Councillor questioned whether the Council had considered bringing some of the "
          "service back in-house, as some other councils had done. The Portfolio Holder for "
          "Adult Social Care advised that an in-house option had been assessed in the "
          "options appraisal at Appendix 3 of the report but was not affordable within the "
          "current budget, although the Council's own reablement service would be expanded "
          "during 2025/26."),
    ("b", "Members asked how the performance of the lead providers would be monitored and "
          "what would happen if a provider handed back packages of care. It was noted that "
          "there would be quarterly contract monitoring meetings with each provider, that "
          "each zone would have a reserve provider, and that the Care Quality Commission "
          "rating of every provider would be checked at the point of award and throughout "
          "the contract."),
    ("b", "A Councillor requested that the full results of the survey of people who use "
          "services be shared with the Committee, broken down by zone."),
    ("b", "A Committee member noted the difficulty of recruiting care workers in Sandport "
          "and asked how many people were currently waiting for a provider to be found. The "
          "Committee was advised that 37 people were waiting for a package of care at home "
          "on the day of the meeting, compared with 112 a year earlier, and that the average "
          "wait was now six days."),
    ("p", "**RESOLVED** that the Committee:"),
    ("c", "(a)", "notes the proposed approach to the recommissioning of care at home "
                 "services; and"),
    ("c", "(b)", "requests that the survey results and a summary of the equality impact "
                 "assessment be circulated to members before the report is considered by "
                 "Cabinet."),
    ("p", "Voting: Unanimous"),
    ("p", "Cllr Carhart proposed, and Cllr Nankivell seconded, a further recommendation to "
          "Cabinet on the timing of the Real Living Wage requirement. Following a vote it was"),
    ("p", "**RECOMMENDED** that Cabinet requires providers to pay care workers at least the "
          "Real Living Wage from the start of the new contracts in October 2025, rather than "
          "from April 2026."),
    ("p", "Voting: For – 6; Against – 3; Abstentions – 1"),
    ("p", "Cllr Bramble declared a non-pecuniary interest in this item as set out in Minute "
          "No. 50 above."),
    ("p", "Cllr T Kinver left the meeting at 7.35 pm."),

    ("h", "56.", "Access to General Practice and Urgent Treatment Centres"),
    ("p", "The Deputy Director of Primary Care, NHS Kelmouth and Sandport Integrated Care "
          "Board (ICB), and the Clinical Director of Kelmouth Central Primary Care Network "
          "presented a report, " + appx("B")),
    ("p", "The report summarised progress against the ICB's primary care access recovery "
          "plan, including the move to online and telephone triage in GP practices, the "
          "number of appointments offered (which had risen by 9% compared with the previous "
          "year), the results of the GP Patient Survey and the activity at the urgent "
          "treatment centres at Kelmouth and Sandport. The Clinical Director described the "
          "pressures on practices in the north of the conurbation, where two partners had "
          "retired in the last year and had not been replaced."),
    ("p", "The Committee discussed the report, and a summary of the discussion is provided "
          "below:"),
    ("b", "A Councillor asked why some practices in Ravenscliffe still required patients to "
          "telephone at 8.00 am for an appointment despite the move to modern general "
          "practice access. The Deputy Director of Primary Care explained that all but four "
          "of the 41 practices had now moved to triage throughout the day, and that the ICB "
          "was working with the remaining practices to support their move by the summer."),
    ("b", "Concern was raised about the closure of the Kingsbarrow branch surgery and the "
          "distance that older residents without a car would now have to travel. The Deputy "
          "Director acknowledged the concerns and advised that the practice had carried out "
          "a patient engagement exercise before the closure was approved, and that a "
          "community transport scheme had been funded for 12 months."),
    ("b", "A Councillor asked about reports of newly qualified GPs being unable to find work "
          "locally at the same time as practices said that they could not recruit. The "
          "Clinical Director explained that many practices could not afford to take on "
          "additional salaried GPs because of rising costs, and that changes to the "
          "Additional Roles Reimbursement Scheme from April 2025 would allow primary care "
          "networks to employ some recently qualified GPs."),
    ("b", "In response to a question about the Pharmacy First service, the Deputy Director "
          "advised that 68 of the 71 community pharmacies in the area were providing the "
          "service and that three pharmacies had closed in the last year, none of them in an "
          "area without another pharmacy within a mile."),
    ("b", "A Councillor asked whether the opening hours of the Sandport Urgent Treatment "
          "Centre would be extended, as patients arriving after 8.00 pm were being sent to "
          "the emergency department at Kelmouth General Hospital. The Deputy Director "
          "advised that a review of urgent care in the west of the area would report in the "
          "summer and that any proposed change would be the subject of public engagement."),
    ("b", "A Committee member commented that the report contained no information on NHS "
          "dental services, which remained the issue most often raised with councillors by "
          "residents in their wards."),
    ("p", "**RESOLVED** that the Committee:"),
    ("c", "(a)", "notes the report; and"),
    ("c", "(b)", "requests that the ICB provides an update on access to NHS dental services "
                 "at the meeting in July 2025."),
    ("p", "Voting: Unanimous"),

    ("h", "57.", "Drug and Alcohol Treatment and Recovery Services"),
    ("p", "The Director of Public Health presented a report, " + appx("C")),
    ("p", "The report updated the Committee on the performance of the drug and alcohol "
          "treatment and recovery services, which had been provided under contract by the "
          "voluntary sector organisation Harbourside Recovery since April 2022. The number "
          "of adults in treatment had increased by 14% over two years, supported by the "
          "Drug and Alcohol Treatment and Recovery Improvement Grant, and the service had "
          "opened a new recovery hub in Sandport town centre in November 2024. The Chief "
          "Executive of Harbourside Recovery attended for this item."),
    ("p", "Members asked about the proportion of people leaving treatment in an unplanned "
          "way. The Director of Public Health explained that this had fallen to 32%, which "
          "was below the national average, and that the provider had introduced assertive "
          "outreach for people who missed two appointments in a row. A Councillor raised "
          "concerns about the uncertainty over the grant beyond March 2026 and the risk to "
          "the 18 posts it funded. The Director of Public Health confirmed that the grant "
          "had been confirmed for 2025/26 only, that both the Council and the provider had "
          "planned for a reduction should it not continue, and that the Council would "
          "continue to lobby for a longer settlement."),
    ("p", "In response to a question about the rising number of alcohol-related hospital "
          "admissions among people over 65, the Director of Public Health said that a new "
          "alcohol care team had been established at Kelmouth General Hospital, funded "
          "jointly with the hospital trust, and that screening for alcohol use had been "
          "added to the falls prevention service."),
    ("p", "A Councillor asked how people who used the service were involved in shaping it. "
          "The Chief Executive of Harbourside Recovery explained that a forum of people with "
          "lived experience met monthly and that two of its members would sit on the "
          "evaluation panel when the services were recommissioned in 2026."),
    ("p", "The Committee noted the report and thanked the Director of Public Health and "
          "Harbourside Recovery for their work."),

    ("h", "58.", "Better Care Fund Plan 2025/26"),
    ("p", "The Chair advised that the national planning requirements for the Better Care Fund "
          "had not been published in time for the report to be prepared for this meeting."),
    ("p", "**RESOLVED** that consideration of the Better Care Fund Plan 2025/26 be deferred "
          "to the meeting on 2 June 2025."),
    ("p", "Voting: Unanimous"),

    ("h", "59.", "Work Plan"),
    ("p", "The Overview and Scrutiny Specialist presented the Committee's Work Plan, a copy of "
          "which had been circulated to each Member and a copy of which appears as Appendix "
          "'D' to these Minutes in the Minute Book."),
    ("p", "A Councillor requested that an item on crisis support for adults with mental "
          "health needs, including the use of the safe haven cafés, be added to the Work "
          "Plan. The Chair agreed that this would be considered at the next agenda-setting "
          "meeting. A Committee member suggested that the Committee should visit the new "
          "recovery hub in Sandport before the recommissioning of the drug and alcohol "
          "services began."),
    ("p", "**RESOLVED** that the Committee agrees its Work Plan, subject to the addition of an "
          "item on mental health crisis support to the meeting on 2 June 2025."),
    ("p", "Voting: Unanimous"),
]


# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Overview and Scrutiny Committee",
    "meeting_date": "2025-03-03",
    "items": [
        {"number": "48", "title": "Apologies"},
        {"number": "49", "title": "Substitute Members"},
        {"number": "50", "title": "Declarations of Interests"},
        {"number": "51", "title": "Confirmation of Minutes"},
        {"number": "52", "title": "Action Sheet"},
        {"number": "53", "title": "Public Issues"},
        {"number": "54", "title": "Portfolio Holder Update"},
        {"number": "55", "title": "Care at Home Recommissioning"},
        {"number": "56", "title": "Access to General Practice and Urgent Treatment Centres"},
        {"number": "57", "title": "Drug and Alcohol Treatment and Recovery Services"},
        {"number": "58", "title": "Better Care Fund Plan 2025/26"},
        {"number": "59", "title": "Work Plan"},
    ],
    "questions": [
        q("52", "question",
          "asked when the outstanding figures on the number of people waiting in hospital",
          "A Councillor",
          "figures had been requested from the Integrated Discharge Service",
          "Overview and Scrutiny Specialist", ["adult-social-care"]),
        q("53", "question",
          "Can the Committee tell residents when the ward will reopen",
          "Mrs J Halloran",
          "the ward was closed temporarily because of staff shortages",
          "Chair", ["workforce", "governance"]),
        q("53", "question",
          "asked a supplementary question as to whether local people would be consulted",
          "Mrs Halloran",
          "would require public consultation by the NHS",
          "Chair", ["patient-and-public-input"]),
        q("54", "question",
          "asked whether the Council would make representations to the Government",
          "A Councillor",
          "the Leader had already written to the Secretary of State in January",
          "Portfolio Holder for Adult Social Care",
          ["adult-social-care", "finance", "workforce"]),
        q("55", "question",
          "asked how the zones had been drawn and whether the rural parts",
          "A Councillor",
          "the zones had been drawn using current demand and journey times",
          None, ["adult-social-care", "subcontracting"]),
        q("55", "concern",
          "smaller local providers could be squeezed out of the market",
          None,
          "the tender would be divided into lots so that a smaller provider",
          "Director of Commissioning for Care and Health",
          ["adult-social-care", "subcontracting", "privatisation"]),
        q("55", "question",
          "asked what hourly rate would be paid to providers",
          "A Councillor",
          "the proposed rate of £24.86 an hour had been set following",
          "Director", ["adult-social-care", "finance", "workforce", "subcontracting"]),
        q("55", "question",
          "questioned whether the Council had considered bringing some of the service back in-house",
          "A Councillor",
          "was not affordable within the current budget",
          "Portfolio Holder for Adult Social Care",
          ["adult-social-care", "privatisation", "finance"]),
        q("55", "question",
          "Members asked how the performance of the lead providers would be",
          "Members",
          "there would be quarterly contract monitoring meetings with each provider",
          None, ["adult-social-care", "subcontracting", "governance"]),
        q("55", "request",
          "requested that the full results of the survey of people who use services",
          "A Councillor", None, None,
          ["adult-social-care", "patient-and-public-input"]),
        q("55", "question",
          "noted the difficulty of recruiting care workers in Sandport",
          "A Committee member",
          "37 people were waiting for a package of care at home",
          None, ["adult-social-care", "workforce"]),
        q("56", "question",
          "still required patients to telephone at 8.00 am for an appointment",
          "A Councillor",
          "all but four of the 41 practices had now moved to triage",
          "Deputy Director of Primary Care", ["primary-care"]),
        q("56", "concern",
          "Concern was raised about the closure of the Kingsbarrow branch surgery",
          None,
          "the practice had carried out a patient engagement exercise",
          "Deputy Director", ["primary-care", "patient-and-public-input"]),
        q("56", "question",
          "asked about reports of newly qualified GPs being unable to find work locally",
          "A Councillor",
          "could not afford to take on additional salaried GPs because of rising costs",
          "Clinical Director", ["primary-care", "workforce", "finance"]),
        q("56", "question",
          "In response to a question about the Pharmacy First service",
          None,
          "68 of the 71 community pharmacies in the area were providing the service",
          "Deputy Director", ["primary-care"]),
        q("56", "question",
          "asked whether the opening hours of the Sandport Urgent Treatment Centre would be extended",
          "A Councillor",
          "a review of urgent care in the west of the area would report",
          "Deputy Director", ["patient-and-public-input"]),
        q("56", "comment",
          "commented that the report contained no information on NHS dental services",
          "A Committee member", None, None, ["primary-care"]),
        q("57", "question",
          "Members asked about the proportion of people leaving treatment in an unplanned way",
          "Members",
          "this had fallen to 32%, which was below the national average",
          "Director of Public Health", ["public-health"]),
        q("57", "concern",
          "raised concerns about the uncertainty over the grant beyond March 2026",
          "A Councillor",
          "the grant had been confirmed for 2025/26 only",
          "Director of Public Health", ["public-health", "finance", "workforce"]),
        q("57", "question",
          "rising number of alcohol-related hospital admissions among people over 65",
          None,
          "a new alcohol care team had been established at Kelmouth General Hospital",
          "Director of Public Health", ["public-health"]),
        q("57", "question",
          "asked how people who used the service were involved in shaping it",
          "A Councillor",
          "a forum of people with lived experience met monthly",
          "Chief Executive of Harbourside Recovery",
          ["public-health", "patient-and-public-input", "subcontracting"]),
        q("59", "request",
          "requested that an item on crisis support for adults with mental health needs",
          "A Councillor",
          "this would be considered at the next agenda-setting meeting",
          "Chair", ["mental-health"]),
        q("59", "request",
          "suggested that the Committee should visit the new recovery hub in Sandport",
          "A Committee member", None, None, ["public-health"]),
    ],
    "resolutions": [
        r("51", "the Minutes of the meeting held on 20 January 2025 be confirmed",
          "agreed", []),
        r("52", "The Committee noted the action sheet", "noted", []),
        r("54", "The Committee noted the verbal update", "noted", []),
        r("55", "notes the proposed approach to the recommissioning of care at home services",
          "agreed", ["adult-social-care", "subcontracting"]),
        r("55", "Cabinet requires providers to pay care workers at least the Real Living Wage",
          "recommended", ["adult-social-care", "workforce", "subcontracting"]),
        r("56", "requests that the ICB provides an update on access to NHS dental services",
          "agreed", ["primary-care"]),
        r("57", "The Committee noted the report and thanked the Director of Public Health",
          "noted", ["public-health"]),
        r("58", "consideration of the Better Care Fund Plan 2025/26 be deferred",
          "deferred", ["integration"]),
        r("59", "agrees its Work Plan, subject to the addition of an item on mental health",
          "agreed", ["mental-health"]),
    ],
    "attendees": [
        {"name": "Cllr H Penrose", "role": "Chair", "attendance": "present"},
        {"name": "Cllr A Vellacott", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr J Aldridge", "role": None, "attendance": "present"},
        {"name": "Cllr S Bramble", "role": None, "attendance": "present"},
        {"name": "Cllr P Carhart", "role": None, "attendance": "present"},
        {"name": "Cllr D Ellery", "role": None, "attendance": "present"},
        {"name": "Cllr T Kinver", "role": None, "attendance": "present"},
        {"name": "Cllr R Mayhew", "role": None, "attendance": "present"},
        {"name": "Cllr C Nankivell", "role": None, "attendance": "present"},
        {"name": "Cllr L Tuffin", "role": None, "attendance": "present"},
        {"name": "Cllr K Yeatman", "role": None, "attendance": "present"},
        {"name": "Cllr M Ravenhill", "role": None, "attendance": "in_attendance"},
        {"name": "Cllr G Osmond", "role": None, "attendance": "in_attendance"},
        {"name": "Cllr B Trenchard", "role": None, "attendance": "apologies"},
        {"name": "Cllr E Whitlock", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------
def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 10)
            self.set_y(10)
            self.cell(0, 5, f"\u2013 {self.page_no()} \u2013", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_font("Sans", "B", 8)
            self.cell(130, 5, COMMITTEE, new_x="RIGHT", new_y="TOP")
            self.set_font("Sans", "", 8)
            self.cell(0, 5, DATE_TEXT, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Adult Social Care Overview and Scrutiny Committee")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    LH = 5.4
    FS = 10.5
    NUM_W = 12
    BODY_X = 22 + NUM_W  # text of minutes indented beyond the minute numbers

    # Title block
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(0, 6.5, COMMITTEE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, 6, f"Minutes of the Meeting held on {DATE_TEXT} at 6.00 pm",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def labelled(label: str, lines: list[str], label_w: float = 44):
        pdf.set_font("Sans", "B", FS)
        y = pdf.get_y()
        pdf.set_x(22)
        pdf.cell(label_w, LH, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", FS)
        for ln in lines:
            pdf.set_x(22 + label_w)
            pdf.multi_cell(0, LH, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    pdf.set_font("Sans", "B", FS)
    pdf.cell(0, LH, "Present:-", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Sans", "", FS)
    for line in ["Cllr H Penrose \u2013 Chair", "Cllr A Vellacott \u2013 Vice-Chair"]:
        pdf.set_x(62)
        pdf.cell(0, LH, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    labelled("Present:", ["Cllr J Aldridge, Cllr S Bramble, Cllr P Carhart, Cllr D Ellery, "
                          "Cllr T Kinver, Cllr R Mayhew, Cllr C Nankivell and Cllr L Tuffin"])
    labelled("Also in attendance:", ["Cllr M Ravenhill and Cllr G Osmond"])
    labelled("Present virtually:", ["Cllr K Yeatman"])
    pdf.ln(4)

    def heading(num: str, title: str):
        if pdf.get_y() > 297 - 20 - 3 * LH:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Sans", "B", FS)
        pdf.set_x(22)
        pdf.cell(NUM_W, LH, num, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, LH, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def para(text: str, x: float = BODY_X, italic: bool = False):
        pdf.set_font("Sans", "I" if italic else "", FS)
        pdf.set_x(x)
        pdf.multi_cell(0, LH, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def hanging(label: str, text: str, x: float, w: float):
        pdf.set_font("Sans", "", FS)
        if pdf.get_y() > 297 - 20 - LH:
            pdf.add_page()
        pdf.set_x(x)
        pdf.cell(w, LH, label, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, LH, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            heading(block[1], block[2])
        elif kind == "p":
            para(block[1])
        elif kind == "b":
            hanging("\u2022", block[1], BODY_X + 2, 6)
        elif kind == "c":
            hanging(block[1], block[2], BODY_X + 4, 10)
        elif kind == "q":
            pdf.set_font("Sans", "", FS)
            pdf.set_x(BODY_X + 8)
            pdf.set_right_margin(28)
            pdf.multi_cell(0, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_right_margin(20)
            pdf.ln(2.5)
        elif kind == "gap":
            pdf.ln(4)

    pdf.ln(6)
    pdf.set_font("Sans", "", FS)
    pdf.set_x(BODY_X)
    pdf.cell(0, LH, "The meeting ended at 8.52 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Sans", "B", FS)
    pdf.set_x(130)
    pdf.cell(0, LH, "CHAIR", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# DOCX report (not minutes)
# --------------------------------------------------------------------------------------
REPORT_COVER = [
    ("Report subject", "Care at Home Recommissioning"),
    ("Meeting date", "3 March 2025"),
    ("Status", "Public Report"),
    ("Executive summary",
     "The Council's framework contracts for care at home (domiciliary care) services expire "
     "on 30 September 2025. This report sets out the proposed approach to recommissioning "
     "these services from 1 October 2025, moving from an open framework of 58 providers to "
     "a zoned model with a lead provider in each of 11 zones. It summarises the feedback "
     "from people who use services, carers and providers, the options considered and the "
     "financial implications. The Committee is asked to consider the proposals before they "
     "are presented to Cabinet on 9 April 2025."),
    ("Recommendations",
     "It is RECOMMENDED that:\n"
     "(a) the Health and Adult Social Care Overview and Scrutiny Committee considers the "
     "proposed approach to the recommissioning of care at home services and makes any "
     "recommendations it wishes to Cabinet; and\n"
     "(b) the Committee notes the timetable for the procurement set out in paragraph 31."),
    ("Reason for recommendations",
     "To give the Committee an opportunity to scrutinise the proposals before a decision is "
     "taken by Cabinet."),
    ("Portfolio Holder(s):", "Cllr G Osmond, Portfolio Holder for Adult Social Care"),
    ("Corporate Director", "Corporate Director for Wellbeing"),
    ("Report Authors", "Head of Commissioning for Care at Home; Senior Commissioning Officer"),
    ("Wards", "Council-wide"),
    ("Classification", "For Recommendation"),
]

REPORT_SECTIONS = [
    ("Background", [
        "1. The Council currently purchases around 21,500 hours of care at home each week for "
        "about 2,300 people. Care is arranged through an open framework under which any "
        "provider meeting the quality and price requirements may join.",
        "2. The open framework has allowed the Council to respond to rising demand, but it "
        "has led to a large number of providers delivering small volumes of care across the "
        "whole area, with long journeys between visits and difficulty in finding care for "
        "people living in the rural parts of the area.",
        "3. In March 2024 there were 112 people waiting for a package of care at home. By "
        "February 2025 this had fallen to 41, but the number remains volatile in the winter.",
    ]),
    ("What people told us", [
        "4. A survey of people who use services and their carers ran from 1 June to 31 July "
        "2024 and received 412 responses. The main questions and answers are summarised "
        "below.",
        "Q. How important is it to you to have the same care workers visiting you? "
        "87% of respondents said this was very important or important.",
        "Q. Do your care workers usually arrive at the time you expect? "
        "61% said always or usually; 24% said sometimes; 15% said rarely or never.",
        "Q. What one thing would most improve your care? "
        "The most common answers were more consistent times of visits, longer visits and "
        "better communication when care workers were running late.",
        "5. Providers told us at three market engagement events that they would welcome "
        "more certainty about volumes and shorter travel times, and that a fair rate must "
        "reflect the increase in the National Living Wage and employers' national insurance "
        "contributions from April 2025.",
    ]),
    ("Options appraisal", [
        "6. Option 1 – retain the open framework. Not recommended: does not address travel "
        "time or rural coverage.",
        "7. Option 2 – zoned model with a lead provider in each zone and framework providers "
        "in support. Recommended.",
        "8. Option 3 – bring a proportion of the service in-house. Not recommended at this "
        "time: the estimated additional cost is £4.1 million a year, largely because of the "
        "difference in terms and conditions, and could not be met within the budget.",
    ]),
    ("Summary of financial implications", [
        "9. The proposed rate of £24.86 an hour has been informed by a cost of care exercise "
        "and would cost an estimated £2.7 million more in 2025/26 than current spending. "
        "This has been included in the draft budget for 2025/26.",
    ]),
    ("Summary of legal implications", [
        "10. The procurement will be carried out under the Health Care Services (Provider "
        "Selection Regime) Regulations 2023 or the Procurement Act 2023 as appropriate, on "
        "the advice of the Council's legal and procurement teams.",
    ]),
    ("Summary of human resources implications", [
        "11. There are no direct implications for Council staff. Staff of some providers may "
        "transfer to new providers where TUPE applies.",
    ]),
    ("Summary of public health implications", [
        "12. Reliable care at home supports people to stay independent and reduces avoidable "
        "admissions to hospital.",
    ]),
    ("Summary of equality implications", [
        "13. An equality impact assessment has been started and will be completed before the "
        "report to Cabinet. Questions the assessment will address include whether people in "
        "rural areas and people whose first language is not English could be disadvantaged.",
    ]),
    ("Summary of risk assessment", [
        "14. The main risks are that lead providers are not found for every zone, and that "
        "people experience disruption if their care worker changes. Mitigations include "
        "reserve providers in each zone and a transition period of three months.",
    ]),
    ("Background papers", ["Published works: Cost of Care Exercise 2024 (Council website)."]),
    ("Appendices", ["Appendix 1 – Map of proposed zones", "Appendix 2 – Survey results",
                    "Appendix 3 – Options appraisal"]),
]


def build_report_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Care at Home Recommissioning"
    cp.created = dt.datetime(2025, 2, 20, 10, 0, 0)
    cp.modified = dt.datetime(2025, 2, 21, 16, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3

    p = d.add_paragraph()
    run = p.add_run("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE")
    run.bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in REPORT_COVER:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        lines = v.split("\n")
        row[1].text = lines[0]
        for extra in lines[1:]:
            row[1].add_paragraph(extra)
    d.add_paragraph()
    for title, paras in REPORT_SECTIONS:
        h = d.add_paragraph()
        hr = h.add_run(title)
        hr.bold = True
        for text in paras:
            d.add_paragraph(text)
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """python-docx stamps zip entries with the current time; fix them for determinism."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 2, 21, 16, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------
# Text extraction and check
# --------------------------------------------------------------------------------------
def doc_text(path: Path) -> str:
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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else
                ("" if unicodedata.category(ch)[0] in "PS" else ch) for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("kv-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                print(f"{g['document']}: {kind} {ph!r}: {c} occurrences, {n} words")
                bad += 1
        print(f"{g['document']}: {len(phrases)} phrases checked")
    if bad:
        print(f"FAILED: {bad} problem(s)")
        return 1
    print("OK")
    return 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
