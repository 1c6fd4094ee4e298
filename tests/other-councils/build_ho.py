#!/usr/bin/env python3
"""Build the "ho-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ho.py           build documents/ho-* and gold/ho-*.json
        build_ho.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 2, 14, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "ho-sedgeshire-police-crime-panel-2025-02-06.pdf"
BRIEFING_NAME = "ho-sedgeshire-pcp-performance-scrutiny-briefing.pdf"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Attendance as the host county prints it: one list with an asterisk against those present.
ELECTED = [
    (True, "Councillor Hannah Prowse (Chairman)"),
    (True, "Councillor David Penhallow (Vice-Chairman)"),
    (True, "Councillor Barry Stott"),
    (True, "Councillor Nadia Qureshi"),
    (False, "Councillor Mike Denholm"),
    (True, "Councillor Frances Lyle"),
    (True, "Councillor Tom Whitcombe"),
    (False, "Councillor Joanne Pirie"),
    (True, "Councillor Richard Maddox"),
    (True, "Councillor Ayesha Rahman"),
    (False, "Councillor Geoff Tindall"),
    (True, "Councillor Kieran Doyle"),
]
INDEPENDENT = [
    (True, "Mr Colin Rayner"),
    (True, "Mrs Valerie Osei"),
]

W_PCC = "Martin Cheyne, Police and Crime Commissioner for Sedgeshire"
W_DPCC = "Ellie Vardon, Deputy Police and Crime Commissioner"
W_CEX = "Dr Sarah Okafor, Chief Executive, OPCC"
W_CFO = "Neil Harcourt, Chief Finance Officer, OPCC"
W_DCC = "Rachel Moorcroft, Deputy Chief Constable, Sedgeshire Police"
W_FCFO = "Gareth Pryce, Chief Finance Officer, Sedgeshire Police"
W_HPP = "Lauren Beck, Head of Policy and Performance, OPCC"
W_DMO = "Amelia Stroud, Deputy Monitoring Officer, Sedgeshire County Council"
W_SO = "Ross Pennant, Scrutiny Officer, Sedgeshire County Council"

# Each item: (minute number, title, agenda item ref, blocks)
# block kinds: ("p", text) paragraph; ("b", text) bold label; ("wit", [lines]);
# ("n", label, text) numbered point with hanging indent; ("r", label, text) sub-point.
ITEMS = [
    ("1/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "Item 1", [
        ("p", "Apologies for absence were received from Councillor Mike Denholm and "
              "Councillor Joanne Pirie. Councillor Steve Arkwright attended as a substitute "
              "for Councillor Denholm."),
    ]),
    ("2/25", "MINUTES OF THE PREVIOUS MEETING: 21 NOVEMBER 2024", "Item 2", [
        ("p", "The minutes were agreed as a true record of the meeting, subject to the "
              "correction of the spelling of Councillor Whitcombe’s name at minute 52/24."),
    ]),
    ("3/25", "DECLARATIONS OF INTEREST", "Item 3", [
        ("p", "Councillor Frances Lyle declared a non-pecuniary interest in item 5 as a "
              "member of her family was a serving officer with Sedgeshire Police. She "
              "remained in the meeting and took part in the discussion and vote."),
    ]),
    ("4/25", "PUBLIC QUESTIONS", "Item 4", [
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Chairman noted that one public question had been received and that "
                    "the question and the Commissioner’s response had been published in a "
                    "supplementary agenda on 4 February 2025."),
        ("n", "2.", "As a supplementary question, Mr Alan Brice asked whether the Commissioner "
                    "would fund average speed cameras on the A4017 between Copsley and "
                    "Harnham Cross, given the number of serious collisions on that stretch since "
                    "2022. The Commissioner responded that decisions on the location of safety "
                    "cameras were made by the Sedgeshire Road Safety Partnership on the basis of "
                    "collision data, and that he would ask the Partnership to look again at the "
                    "A4017 at its next meeting in March."),
    ]),
    ("5/25", "PROPOSED POLICE AND CRIME PRECEPT 2025/26", "Item 5", [
        ("b", "Witnesses:"),
        ("wit", [W_PCC, W_DPCC, W_CEX, W_CFO, W_DCC, W_FCFO]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Commissioner introduced the report, explaining that he was proposing "
                    "an increase of £14.00 for a Band D property, the maximum permitted under "
                    "the referendum limit set by the Government for 2025/26, which would raise "
                    "approximately £8.1 million of additional income. Without the increase, "
                    "Sedgeshire Police would need to find further savings of around £11.6 million "
                    "over the next two years on top of the £6.2 million already identified. The "
                    "Commissioner said that the additional income would protect the 236 "
                    "neighbourhood officer posts, fund a new rural crime team and allow "
                    "investment in the Force’s contact centre."),
        ("n", "2.", "The Chief Finance Officer of the Office of the Police and Crime "
                    "Commissioner (OPCC) outlined the provisional police funding settlement. "
                    "Core grant had increased by 2.9%, but this included a specific grant "
                    "towards the increase in employer’s national insurance contributions which "
                    "did not cover the full cost to the Force, leaving a shortfall of £1.3 "
                    "million in 2025/26. The settlement assumed that all Commissioners would "
                    "raise the precept by the maximum amount."),
        ("n", "3.", "A Panel Member asked what proportion of residents had supported the "
                    "increase in the precept consultation and how representative the responses "
                    "were. The Commissioner explained that 3,214 residents had taken part in the "
                    "online and telephone survey, of whom 56% had supported an increase of £14 "
                    "or more. Responses had been weighted by district and age, although he "
                    "acknowledged that residents under 25 remained under-represented and the "
                    "OPCC would work with colleges and youth groups on next year’s consultation."),
        ("n", "4.", "Councillor Barry Stott expressed concern that residents in rural areas were "
                    "paying more each year but seeing less of their local officers, and that "
                    "several police stations in the west of the county no longer had a public "
                    "front counter. The Deputy Chief Constable said that the number of "
                    "neighbourhood officers had risen from 212 to 236 over two years and that a "
                    "mobile police station now visited fourteen villages each week. She "
                    "accepted that visibility was about more than numbers and said that the new "
                    "rural crime team would be based at Wyvern Heath."),
        ("n", "5.", "The Vice-Chairman queried the level of the Force’s general reserves and "
                    "whether some could be used to reduce the increase. The Chief Finance "
                    "Officer (OPCC) explained that general reserves stood at £9.8 million, around "
                    "3.5% of net revenue expenditure, which was at the lower end of the range "
                    "the Commissioner considered prudent. Earmarked reserves were held for the "
                    "replacement of the command and control system and could not be released "
                    "without increasing the risk to that project."),
        ("n", "6.", "A Panel Member asked whether the £6.2 million savings programme included "
                    "any reduction in police staff posts and what effect this would have on the "
                    "control room. The Deputy Chief Constable confirmed that 48 police staff "
                    "posts would be removed, mostly by holding vacancies and through a review of "
                    "back-office functions, and that there would be no reduction in call handler "
                    "posts. Trade unions had been consulted."),
        ("n", "7.", "Councillor Ayesha Rahman raised concerns about the affordability of a "
                    "further increase for households already struggling with the cost of living, "
                    "noting that this would be the third year in a row in which the maximum "
                    "increase had been proposed. She asked whether the Commissioner had "
                    "modelled a lower increase. The Commissioner acknowledged the pressure on "
                    "household budgets but said that a lower increase would mean a real-terms "
                    "cut to policing in Sedgeshire. An option of £10 had been modelled and would "
                    "have required the loss of around 40 further posts."),
        ("n", "8.", "A Panel Member asked how much the Force spent each year with private "
                    "companies, referring in particular to the contracts for custody healthcare "
                    "and vehicle fleet maintenance. The Chief Finance Officer (Sedgeshire "
                    "Police) said that he did not have the figures to hand and would circulate "
                    "them after the meeting."),
        ("n", "9.", "Mr Colin Rayner asked whether the Force’s change programme had delivered "
                    "the savings promised in last year’s precept report. The Chief Finance "
                    "Officer (OPCC) explained that £4.3 million of the £4.9 million target had "
                    "been achieved; the shortfall related to delays in selling the former "
                    "divisional headquarters at Eastover, which was now expected to complete in "
                    "the summer."),
        ("n", "10.", "A Panel Member commented that the precept report was clearer than in "
                     "previous years and welcomed the breakdown of where the additional money "
                     "would be spent."),
        ("n", "11.", "The Chairman sought clarification on the effect of the Right Care, Right "
                     "Person approach and whether any savings from it had been assumed in the "
                     "budget. The Deputy Chief Constable said that no cashable savings had been "
                     "assumed. Around 1,100 officer hours a month that had previously been spent "
                     "on calls about people in mental health crisis had been released and "
                     "redeployed to neighbourhood and response teams. The Force continued to "
                     "meet the mental health trust and the County Council every month to "
                     "review cases where the police had not attended."),
        ("n", "12.", "Councillor Frances Lyle asked what the Commissioner was doing to press the "
                     "Government for a fairer funding formula, given that Sedgeshire received one "
                     "of the lowest levels of central grant per head of population in England. "
                     "The Commissioner said that he had written to the Policing Minister jointly "
                     "with four other Commissioners in the region and had met the county’s MPs "
                     "in January; the Home Office had again said that a review of the formula "
                     "would not take place before 2026."),
        ("n", "13.", "Councillor Rahman proposed, and Councillor Stott seconded, that the Panel "
                     "veto the proposed precept. The Chairman reminded Members that a veto "
                     "required the support of two-thirds of the Panel’s membership. On being put "
                     "to the vote, with 3 Members voting for, 9 against and no abstentions, the "
                     "proposal to veto the precept was lost."),
        ("b", "RESOLVED:"),
        ("p", "The Police and Crime Panel:"),
        ("r", "i.", "Agreed the Commissioner’s proposed precept for 2025/26 of £312.40 for a "
                    "Band D property, an increase of £14.00 (4.69%);"),
        ("r", "ii.", "Agreed that the Chairman would write to the Commissioner to confirm the "
                     "Panel’s decision and set out the points raised during the discussion; and"),
        ("r", "iii.", "Asked that the Commissioner report to the Panel in September 2025 on "
                      "progress with the 2025/26 savings programme."),
        ("b", "Actions/ further information to be provided:"),
        ("r", "R1/25 –", "The Chief Finance Officer (Sedgeshire Police) to circulate the annual "
                         "value of contracts held with private companies, including custody "
                         "healthcare and fleet maintenance."),
        ("r", "R2/25 –", "The OPCC to share the breakdown of precept survey responses by district "
                         "and age group."),
    ]),
    ("6/25", "SEDGESHIRE POLICE GROUP FINANCIAL REPORT FOR MONTH NINE 2024/25", "Item 6", [
        ("b", "Witnesses:"),
        ("wit", [W_PCC, W_CFO, W_FCFO]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Chief Finance Officer (OPCC) introduced the report, which forecast an "
                    "overspend of £1.4 million at year end, largely as a result of overtime "
                    "incurred during the public disorder in August 2024 and the pay award being "
                    "higher than budgeted. The Force expected to bring the overspend down to "
                    "around £0.5 million by the end of March."),
        ("n", "2.", "A Panel Member asked whether the Home Office had reimbursed the costs of "
                    "mutual aid provided to other forces during the disorder. The Chief Finance "
                    "Officer (Sedgeshire Police) said that £0.9 million had been received and a "
                    "further claim of £0.4 million was still being considered."),
        ("n", "3.", "Councillor Tom Whitcombe queried the slippage of £5.7 million in the "
                    "capital programme and asked whether the new custody suite at Copsley would "
                    "still open in 2026. The Chief Finance Officer (Sedgeshire Police) explained "
                    "that the building contractor had gone into administration in October, and "
                    "that a replacement contractor had been appointed through the regional "
                    "framework; opening was now expected in spring 2026 rather than the end of "
                    "2025, and the contract included a fixed price for the remaining works."),
        ("n", "4.", "A Panel Member requested that future financial reports show overtime spend "
                    "by division and by reason, so that the Panel could see where the pressures "
                    "were. The Chief Finance Officer (OPCC) agreed to include this from the next "
                    "report."),
        ("b", "RESOLVED:"),
        ("p", "The Panel noted the financial position of the Sedgeshire Police Group at month "
              "nine of 2024/25."),
    ]),
    ("7/25", "COMMISSIONER’S QUESTION TIME", "Item 7", [
        ("b", "Witnesses:"),
        ("wit", [W_PCC, W_CEX]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Chairman noted that four questions had been received from Panel "
                    "Members and that the questions and the Commissioner’s written responses "
                    "had been published in a supplementary agenda."),
        ("n", "2.", "Further to her question on violence against women and girls, Councillor "
                    "Nadia Qureshi asked how many of the Force’s officers had now completed the "
                    "new domestic abuse training. The Commissioner said that 87% of frontline "
                    "officers had completed it and the remainder were booked onto courses "
                    "before the end of March."),
        ("n", "3.", "Councillor Richard Maddox asked a supplementary question about the low "
                    "proportion of shoplifting offences that led to a charge, and whether "
                    "retailers were being discouraged from reporting. The Commissioner "
                    "responded that the charge rate for shoplifting had improved to 19% and "
                    "that a dedicated business crime officer had been appointed in each "
                    "division; he would raise the concern about under-reporting with the "
                    "Sedgeshire Business Crime Partnership."),
        ("n", "4.", "Mrs Valerie Osei asked whether the services the OPCC commissioned for young "
                    "people at risk of criminal exploitation would continue after March 2025, "
                    "when the current Home Office funding came to an end. The Chief Executive "
                    "confirmed that Serious Violence Duty funding had been confirmed for a "
                    "further year and that the contract with the current provider had been "
                    "extended to 31 March 2026 while a longer-term arrangement was agreed with "
                    "the County Council’s children’s services."),
        ("n", "5.", "The Chairman read out a supplementary question on behalf of Councillor "
                    "Joanne Pirie, who had given her apologies, asking why waiting times for the "
                    "101 non-emergency number in her area had risen again in December. The "
                    "Commissioner said that the average wait across the county in December had "
                    "been 4 minutes 12 seconds compared with 11 minutes a year earlier, following "
                    "the recruitment of 22 additional call handlers, but that there had been a "
                    "short rise over the Christmas period because of staff sickness."),
        ("n", "6.", "A Panel Member commented that residents were still reporting difficulties "
                    "with the online crime reporting system and that many older residents in "
                    "their division did not feel confident using it."),
        ("b", "RESOLVED:"),
        ("p", "The Panel noted the questions and the Commissioner’s written and verbal "
              "responses."),
    ]),
    ("8/25", "POLICE AND CRIME PLAN: PERFORMANCE REPORT QUARTER 3 2024/25", "Item 8", [
        ("b", "Witnesses:"),
        ("wit", [W_DPCC, W_DCC, W_HPP]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Deputy Police and Crime Commissioner introduced the report, which set "
                    "out performance against the five priorities of the Police and Crime Plan "
                    "2021-2025. Emergency calls answered within ten seconds had improved to 91%, "
                    "and burglary had fallen by 14% compared with the same period last year."),
        ("n", "2.", "A Panel Member asked why the proportion of rape offences resulting in a "
                    "charge remained below the national average. The Deputy Chief Constable "
                    "explained that the Force had adopted the Operation Soteria model in 2024 "
                    "and had trained a specialist team of 30 investigators; the charge rate had "
                    "increased from 4% to 7% over the year, and she expected further improvement "
                    "as older cases moved through the courts."),
        ("n", "3.", "Councillor Nadia Qureshi expressed concern that the report contained little "
                    "information about anti-social behaviour in town centres and on estates "
                    "managed by housing associations. The Deputy Chief Constable said that "
                    "hotspot patrols were taking place in eleven areas, funded by a Home Office "
                    "grant, and that the Force worked closely with social housing landlords and "
                    "district community safety teams; she agreed that more detail could be "
                    "included in future reports."),
        ("n", "4.", "The Vice-Chairman asked how the Commissioner was holding the Chief Constable "
                    "to account for control room performance. The Deputy Police and Crime "
                    "Commissioner said that control room performance was considered at every "
                    "monthly Performance and Accountability Board, which was held in public and "
                    "webcast, and that a deep dive had taken place in November."),
        ("n", "5.", "A Panel Member requested that the next report include data on drug-related "
                    "offences and the number of people referred into drugs and alcohol treatment "
                    "services through the custody suites. The Head of Policy and Performance "
                    "agreed that this would be included."),
        ("n", "6.", "Councillor Frances Lyle asked whether every secondary school would keep a "
                    "named officer following the restructure of neighbourhood teams. The Deputy "
                    "Chief Constable confirmed that all 32 secondary schools in the county would "
                    "keep a named Safer Schools officer and that the programme would be "
                    "extended to the four pupil referral units from April."),
        ("n", "7.", "Mrs Valerie Osei asked about the results of the Commissioner’s community "
                    "safety survey, particularly how safe women felt in town centres at night. "
                    "The Head of Policy and Performance said that 61% of women who responded "
                    "felt safe walking alone after dark, compared with 78% of men, and that the "
                    "survey would be repeated in the spring with a larger sample."),
        ("p", "The Panel noted the performance report and thanked the witnesses for their "
              "attendance."),
    ]),
    ("9/25", "POLICE AND CRIME PANEL COMPLAINTS", "Item 9", [
        ("b", "Witness:"),
        ("wit", [W_DMO]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Deputy Monitoring Officer informed the Panel that two complaints had "
                    "been received since the last meeting. The first related to an operational "
                    "policing matter and had been passed to the Force’s Professional Standards "
                    "Department. The second, about comments made by the Commissioner on social "
                    "media, had been considered by the Complaints Sub-Committee on 9 January "
                    "2025 and resolved informally."),
        ("n", "2.", "A Panel Member asked whether the complainant had been told of the outcome "
                    "and whether the Commissioner had accepted the Sub-Committee’s findings. The "
                    "Deputy Monitoring Officer confirmed that the complainant had been written "
                    "to on 14 January 2025 and that the Commissioner had apologised."),
        ("b", "RESOLVED:"),
        ("p", "That the content of the complaints report be noted."),
    ]),
    ("10/25", "RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME", "Item 10", [
        ("b", "Witness:"),
        ("wit", [W_SO]),
        ("b", "Key points raised during the discussion:"),
        ("n", "1.", "The Scrutiny Officer reported that all but two of the recommendations on "
                    "the tracker had been completed and that the outstanding items would be "
                    "covered by the annual report of the Commissioner in June."),
        ("n", "2.", "A Panel Member requested that the Panel receive an item on retail crime "
                    "and the Force’s response to shoplifting at a future meeting. The Chairman "
                    "agreed that this would be added to the work programme for June 2025."),
        ("n", "3.", "Councillor Kieran Doyle asked when the Panel would next consider the "
                    "commissioning of victims’ services, as the main contracts were due to be "
                    "re-tendered during 2025. The Scrutiny Officer advised that the OPCC’s "
                    "commissioning intentions were scheduled for the September meeting."),
        ("b", "RESOLVED:"),
        ("p", "The Panel noted the recommendations tracker and forward work programme and "
              "agreed that an item on retail crime be scheduled for its June 2025 meeting."),
    ]),
    ("11/25", "DATE OF THE NEXT MEETING", "Item 11", [
        ("p", "The Panel noted that its next meeting would be held on Thursday 10 April 2025."),
    ]),
]


class MinutesPDF(FPDF):
    def __init__(self, first_page_number: int):
        super().__init__(format="A4")
        self.first_page_number = first_page_number

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "B", 10)
        self.cell(0, 5, f"Page {self.first_page_number + self.page_no() - 1}", align="C")


def _fonts(pdf: FPDF) -> None:
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))


LH = 5.0  # line height
NUM_X, BODY_X, PT_X = 20, 40, 48
RIGHT = 190


def _need(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _para(pdf: FPDF, x: float, text: str, style: str = "", gap: float = 2.5) -> None:
    pdf.set_font("Sans", style, 10)
    _need(pdf, LH)
    pdf.set_x(x)
    pdf.multi_cell(RIGHT - x, LH, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def _hanging(pdf: FPDF, lx: float, label: str, tx: float, text: str, gap: float = 2.5) -> None:
    pdf.set_font("Sans", "", 10)
    _need(pdf, LH * 2)
    y = pdf.get_y()
    pdf.set_xy(lx, y)
    pdf.cell(tx - lx, LH, label)
    pdf.set_xy(tx, y)
    pdf.multi_cell(RIGHT - tx, LH, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def build_minutes(path: Path) -> None:
    pdf = MinutesPDF(first_page_number=5)
    _fonts(pdf)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Sedgeshire Police and Crime Panel - 6 February 2025")
    pdf.set_author("Democratic Services, Sedgeshire County Council")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Sans", "B", 11)
    pdf.set_x(20)
    pdf.multi_cell(170, 5.5,
                   "MINUTES of the meeting of the SEDGESHIRE POLICE AND CRIME PANEL held at "
                   "10.30 am on 6 February 2025 at the Council Chamber, Fordham Place, "
                   "Kiln Lane, Marlbury, Sedgeshire, SG4 1RQ.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    _para(pdf, 20, "These minutes are subject to confirmation by the Panel at its next meeting.",
          style="I", gap=4)

    pdf.set_font("Sans", "B", 10)
    pdf.set_x(20)
    pdf.cell(0, LH, "Elected Members:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(20)
    pdf.cell(0, LH, "(* present)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    for present, name in ELECTED:
        pdf.set_x(24)
        pdf.cell(6, LH, "*" if present else "")
        pdf.cell(0, LH, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10)
    pdf.set_x(20)
    pdf.cell(0, LH, "Independent Members:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Sans", "", 10)
    for present, name in INDEPENDENT:
        pdf.set_x(24)
        pdf.cell(6, LH, "*" if present else "")
        pdf.cell(0, LH, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    for number, title, ref, blocks in ITEMS:
        _need(pdf, LH * 4)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(NUM_X, y)
        pdf.cell(BODY_X - NUM_X, LH, number)
        pdf.set_xy(BODY_X, y)
        pdf.multi_cell(RIGHT - BODY_X, LH, f"{title}  [{ref}]", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                _para(pdf, BODY_X, block[1])
            elif kind == "b":
                _need(pdf, LH * 3)
                _para(pdf, BODY_X, block[1], style="B", gap=1.5)
            elif kind == "wit":
                pdf.set_font("Sans", "", 10)
                for line in block[1]:
                    _need(pdf, LH)
                    pdf.set_x(BODY_X)
                    pdf.multi_cell(RIGHT - BODY_X, LH, line, align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(3)
            elif kind == "n":
                _hanging(pdf, BODY_X, block[1], PT_X, block[2])
            elif kind == "r":
                label = block[1]
                tx = BODY_X + (18 if label.startswith("R") else 8)
                _hanging(pdf, BODY_X, label, tx, block[2], gap=1.5)
            else:
                raise ValueError(kind)
        pdf.ln(3)

    _need(pdf, 40)
    _para(pdf, 20, "Meeting ended at: 1.12 pm", style="B", gap=14)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(100)
    pdf.cell(90, LH, "______________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(100)
    pdf.cell(90, LH, "Chairman", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a scrutiny officer's briefing for the next meeting
# ---------------------------------------------------------------------------
BRIEF_SECTIONS = [
    ("1.", "Purpose of the report", [
        "1.1 This report supports the Panel in scrutinising the Police and Crime "
        "Commissioner’s performance against the Police and Crime Plan 2021-2025 at the end of "
        "the third quarter of 2024/25. It draws on the Commissioner’s quarterly performance "
        "report, the Force’s published data and the responses to the Panel’s questions at its "
        "meeting on 6 February 2025.",
        "1.2 The Panel’s role is to support and challenge the Commissioner; it does not "
        "scrutinise the Chief Constable or operational policing decisions directly. Members "
        "are therefore encouraged to frame their questions around how the Commissioner is "
        "holding the Chief Constable to account.",
    ]),
    ("2.", "Summary of performance", [
        "2.1 The table below sets out the measures the Commissioner reports against. Figures "
        "are for April to December 2024 unless otherwise stated.",
        "TABLE",
        "2.2 Performance on answering 999 calls has improved for the third quarter running. "
        "The 101 non-emergency service remains below target, although waiting times fell "
        "sharply after additional call handlers started in the autumn. The rape charge rate "
        "is improving from a low base and remains below the average for the Force’s most "
        "similar group.",
    ]),
    ("3.", "Key lines of enquiry", [
        "3.1 Members may wish to explore the following questions with the Commissioner:",
        "Q1 How is the Commissioner assuring himself that the improvement in 999 call "
        "answering will be sustained once the temporary overtime arrangements end?",
        "Q2 What does the Commissioner consider an acceptable waiting time for 101 calls, and "
        "when does he expect the Force to reach it?",
        "Q3 Why has the proportion of victims who are satisfied with the service fallen, and "
        "what has the Commissioner asked the Chief Constable to do about it?",
        "Q4 What difference has the Operation Soteria approach made for victims, as well as "
        "for charge rates?",
        "Q5 How will the Commissioner measure the effect of the new rural crime team, and "
        "when will the Panel see the results?",
        "Q6 How are the views of young people and of women being gathered for the next "
        "Police and Crime Plan?",
        "3.2 Members may also wish to ask how the Commissioner intends to report on the "
        "2025/26 savings programme, which the Panel asked to see in September 2025.",
    ]),
    ("4.", "Matters arising from the meeting on 6 February 2025", [
        "4.1 At the February meeting Members asked for the annual value of the Force’s "
        "contracts with private companies and for the precept survey results by district. "
        "Both were circulated to Members by email on 3 March 2025 and are attached as "
        "background papers.",
        "4.2 Members also asked for drug-related offences and referrals into treatment to be "
        "included in the performance report. The OPCC has confirmed that these will appear "
        "from the quarter 4 report onwards.",
    ]),
    ("5.", "Recommendation", [
        "5.1 That the Panel scrutinises the Commissioner’s performance report for quarter 3 "
        "of 2024/25 and makes any recommendations it considers appropriate.",
    ]),
    ("6.", "Next steps", [
        "6.1 Any recommendations will be added to the Panel’s recommendations tracker and the "
        "Commissioner’s response reported to the next meeting.",
    ]),
]

BRIEF_TABLE = [
    ("Measure", "Target", "Q3 2024/25", "Q3 2023/24"),
    ("999 calls answered within 10 seconds", "90%", "91%", "84%"),
    ("Average 101 waiting time", "3 min", "4 min 12 s", "11 min 2 s"),
    ("Victim satisfaction (all crime)", "80%", "71%", "74%"),
    ("Rape charge rate", "-", "7%", "4%"),
    ("Residential burglary (change)", "Reduce", "-14%", "+3%"),
    ("Neighbourhood officers in post", "236", "236", "219"),
]


class BriefingPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Police and Crime Panel – 10 April 2025 – Performance scrutiny "
                            "briefing", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "B", 10)
        self.cell(0, 5, f"Page {22 + self.page_no()}", align="C")


def build_briefing(path: Path) -> None:
    pdf = BriefingPDF(format="A4")
    _fonts(pdf)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Performance scrutiny briefing - Sedgeshire Police and Crime Panel")
    pdf.set_author("Sedgeshire County Council")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, "SEDGESHIRE POLICE AND CRIME PANEL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "10 April 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(170, 6, "POLICE AND CRIME PLAN PERFORMANCE: SCRUTINY BRIEFING ON "
                           "QUARTER 3 2024/25", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_fill_color(225, 229, 236)
    pdf.set_font("Sans", "", 10)
    y = pdf.get_y()
    pdf.rect(20, y, 170, 27, style="F")
    pdf.set_xy(24, y + 2)
    for label, value in [("Report of:", "Scrutiny Officer, Sedgeshire County Council"),
                         ("Purpose:", "For scrutiny"),
                         ("Contact:", "Ross Pennant, Scrutiny Officer, "
                                      "pcp.scrutiny@sedgeshire.gov.example"),
                         ("Wards affected:", "All")]:
        pdf.set_x(24)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(34, 5.5, label)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 33)

    for num, heading, paras in BRIEF_SECTIONS:
        _need(pdf, 20)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(0, 6, f"{num}  {heading}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        for para in paras:
            if para == "TABLE":
                widths = (70, 30, 35, 35)
                for r, row in enumerate(BRIEF_TABLE):
                    pdf.set_font("Sans", "B" if r == 0 else "", 9)
                    if r == 0:
                        pdf.set_fill_color(225, 229, 236)
                    for w, cell in zip(widths, row):
                        pdf.cell(w, 6, cell, border=1, fill=(r == 0))
                    pdf.ln(6)
                pdf.ln(3)
            elif para.startswith("Q") and para[1].isdigit():
                label, text = para.split(" ", 1)
                _hanging(pdf, 26, label, 36, text, gap=1.5)
            else:
                _para(pdf, 20, para)
        pdf.ln(2)

    _para(pdf, 20, "Background papers: Police and Crime Commissioner’s quarterly performance "
                   "report (quarter 3 2024/25); minutes of the Panel meeting of 6 February "
                   "2025; information circulated to Members on 3 March 2025.", style="I")
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
    "committee": "Sedgeshire Police and Crime Panel",
    "meeting_date": "2025-02-06",
    "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
    "questions": [
        q("4/25", "question",
          "Mr Alan Brice asked whether the Commissioner would fund average speed cameras",
          "Mr Alan Brice",
          "he would ask the Partnership to look again at the A4017",
          "The Commissioner", []),
        q("5/25", "question",
          "asked what proportion of residents had supported the increase in the precept consultation",
          None,
          "3,214 residents had taken part in the online and telephone survey",
          "The Commissioner", ["patient-and-public-input", "finance"]),
        q("5/25", "concern",
          "residents in rural areas were paying more each year but seeing less",
          "Councillor Barry Stott",
          "the number of neighbourhood officers had risen from 212 to 236 over two years",
          "The Deputy Chief Constable", ["finance", "workforce"]),
        q("5/25", "question",
          "queried the level of the Force’s general reserves and whether some could be used",
          "The Vice-Chairman",
          "general reserves stood at £9.8 million, around 3.5% of net revenue expenditure",
          "The Chief Finance Officer (OPCC)", ["finance"]),
        q("5/25", "question",
          "savings programme included any reduction in police staff posts",
          None,
          "48 police staff posts would be removed, mostly by holding vacancies",
          "The Deputy Chief Constable", ["finance", "workforce"]),
        q("5/25", "concern",
          "raised concerns about the affordability of a further increase for households",
          "Councillor Ayesha Rahman",
          "a lower increase would mean a real-terms cut to policing in Sedgeshire",
          "The Commissioner", ["finance"]),
        q("5/25", "question",
          "asked how much the Force spent each year with private companies",
          None,
          "he did not have the figures to hand and would circulate them",
          "The Chief Finance Officer (Sedgeshire Police)",
          ["privatisation", "subcontracting", "finance"]),
        q("5/25", "question",
          "asked whether the Force’s change programme had delivered the savings promised",
          "Mr Colin Rayner",
          "£4.3 million of the £4.9 million target had been achieved",
          "The Chief Finance Officer (OPCC)", ["finance"]),
        q("5/25", "comment",
          "commented that the precept report was clearer than in previous years",
          None, None, None, ["finance"]),
        q("5/25", "question",
          "sought clarification on the effect of the Right Care, Right Person approach",
          "The Chairman",
          "no cashable savings had been assumed",
          "The Deputy Chief Constable", ["mental-health", "finance"]),
        q("5/25", "question",
          "press the Government for a fairer funding formula",
          "Councillor Frances Lyle",
          "he had written to the Policing Minister jointly with four other Commissioners",
          "The Commissioner", ["finance"]),
        q("6/25", "question",
          "asked whether the Home Office had reimbursed the costs of mutual aid",
          None,
          "£0.9 million had been received and a further claim of £0.4 million",
          "The Chief Finance Officer (Sedgeshire Police)", ["finance"]),
        q("6/25", "question",
          "queried the slippage of £5.7 million in the capital programme",
          "Councillor Tom Whitcombe",
          "the building contractor had gone into administration in October",
          "The Chief Finance Officer (Sedgeshire Police)", ["finance", "subcontracting"]),
        q("6/25", "request",
          "requested that future financial reports show overtime spend by division and by reason",
          None,
          "agreed to include this from the next report",
          "The Chief Finance Officer (OPCC)", ["finance", "workforce"]),
        q("7/25", "question",
          "asked how many of the Force’s officers had now completed the new domestic abuse training",
          "Councillor Nadia Qureshi",
          "87% of frontline officers had completed it",
          "The Commissioner", ["workforce"]),
        q("7/25", "question",
          "asked a supplementary question about the low proportion of shoplifting offences",
          "Councillor Richard Maddox",
          "the charge rate for shoplifting had improved to 19%",
          "The Commissioner", []),
        q("7/25", "question",
          "the services the OPCC commissioned for young people at risk of criminal exploitation",
          "Mrs Valerie Osei",
          "the contract with the current provider had been extended to 31 March 2026",
          "The Chief Executive",
          ["children-and-families", "subcontracting", "finance"]),
        q("7/25", "question",
          "asking why waiting times for the 101 non-emergency number in her area had risen",
          "Councillor Joanne Pirie",
          "the average wait across the county in December had been 4 minutes 12 seconds",
          "The Commissioner", ["workforce"]),
        q("7/25", "comment",
          "residents were still reporting difficulties with the online crime reporting system",
          None, None, None, []),
        q("8/25", "question",
          "asked why the proportion of rape offences resulting in a charge remained below",
          None,
          "the Force had adopted the Operation Soteria model in 2024",
          "The Deputy Chief Constable", []),
        q("8/25", "concern",
          "expressed concern that the report contained little information about anti-social behaviour",
          "Councillor Nadia Qureshi",
          "hotspot patrols were taking place in eleven areas, funded by a Home Office grant",
          "The Deputy Chief Constable", ["housing"]),
        q("8/25", "question",
          "asked how the Commissioner was holding the Chief Constable to account",
          "The Vice-Chairman",
          "considered at every monthly Performance and Accountability Board",
          "The Deputy Police and Crime Commissioner", ["governance"]),
        q("8/25", "request",
          "requested that the next report include data on drug-related offences",
          None,
          "The Head of Policy and Performance agreed that this would be included",
          "The Head of Policy and Performance", ["public-health"]),
        q("8/25", "question",
          "asked whether every secondary school would keep a named officer",
          "Councillor Frances Lyle",
          "all 32 secondary schools in the county would keep a named Safer Schools officer",
          "The Deputy Chief Constable", ["children-and-families"]),
        q("8/25", "question",
          "asked about the results of the Commissioner’s community safety survey",
          "Mrs Valerie Osei",
          "Performance said that 61% of women who responded felt",
          "The Head of Policy and Performance", ["patient-and-public-input"]),
        q("9/25", "question",
          "asked whether the complainant had been told of the outcome",
          None,
          "the complainant had been written to on 14 January 2025",
          "The Deputy Monitoring Officer", ["governance"]),
        q("10/25", "request",
          "requested that the Panel receive an item on retail crime",
          None,
          "agreed that this would be added to the work programme for June 2025",
          "The Chairman", []),
        q("10/25", "question",
          "asked when the Panel would next consider the commissioning of victims’ services",
          "Councillor Kieran Doyle",
          "commissioning intentions were scheduled for the September meeting",
          "The Scrutiny Officer", ["subcontracting"]),
    ],
    "resolutions": [
        res("2/25", "The minutes were agreed as a true record of the meeting", "agreed", []),
        res("5/25", "the proposal to veto the precept was lost", "rejected", ["finance"]),
        res("5/25", "Agreed the Commissioner’s proposed precept for 2025/26 of £312.40",
            "agreed", ["finance"]),
        res("6/25", "The Panel noted the financial position of the Sedgeshire Police Group",
            "noted", ["finance"]),
        res("7/25", "The Panel noted the questions and the Commissioner’s written and verbal "
                    "responses", "noted", []),
        res("8/25", "The Panel noted the performance report and thanked the witnesses",
            "noted", []),
        res("9/25", "That the content of the complaints report be noted", "noted",
            ["governance"]),
        res("10/25", "agreed that an item on retail crime be scheduled for its June 2025 meeting",
            "agreed", []),
        res("11/25", "The Panel noted that its next meeting would be held on Thursday 10 April",
            "noted", []),
    ],
    "attendees": [
        att("Councillor Hannah Prowse", "Chairman", "present"),
        att("Councillor David Penhallow", "Vice-Chairman", "present"),
        att("Councillor Barry Stott", None, "present"),
        att("Councillor Nadia Qureshi", None, "present"),
        att("Councillor Mike Denholm", None, "apologies"),
        att("Councillor Frances Lyle", None, "present"),
        att("Councillor Tom Whitcombe", None, "present"),
        att("Councillor Joanne Pirie", None, "apologies"),
        att("Councillor Richard Maddox", None, "present"),
        att("Councillor Ayesha Rahman", None, "present"),
        att("Councillor Geoff Tindall", None, "absent"),
        att("Councillor Kieran Doyle", None, "present"),
        att("Mr Colin Rayner", None, "present"),
        att("Mrs Valerie Osei", None, "present"),
        att("Councillor Steve Arkwright", None, "present"),
        att("Martin Cheyne", "Police and Crime Commissioner for Sedgeshire", "in_attendance"),
        att("Ellie Vardon", "Deputy Police and Crime Commissioner", "in_attendance"),
        att("Dr Sarah Okafor", "Chief Executive, OPCC", "in_attendance"),
        att("Neil Harcourt", "Chief Finance Officer, OPCC", "in_attendance"),
        att("Rachel Moorcroft", "Deputy Chief Constable, Sedgeshire Police", "in_attendance"),
        att("Gareth Pryce", "Chief Finance Officer, Sedgeshire Police", "in_attendance"),
        att("Lauren Beck", "Head of Policy and Performance, OPCC", "in_attendance"),
        att("Amelia Stroud", "Deputy Monitoring Officer, Sedgeshire County Council",
            "in_attendance"),
        att("Ross Pennant", "Scrutiny Officer, Sedgeshire County Council", "in_attendance"),
    ],
}

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join((page.extract_text() or "") for page in pdf.pages)


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ho-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = " " + norm(pdf_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(norm(phrase).split())
            count = text.count(" " + norm(phrase) + " ")
            if count != 1 or not 6 <= n_words <= 15:
                bad += 1
                print(f"FAIL {gold_path.name}: {kind} ({count} hits, {n_words} words): {phrase}")
        item_numbers = [i["number"] for i in gold.get("items", [])]
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_numbers:
                bad += 1
                print(f"FAIL {gold_path.name}: unknown item {row['item']}")
        with __import__("pdfplumber").open(str(doc)) as p:
            pages = len(p.pages)
        print(f"{gold_path.name}: {len(phrases)} phrases checked, {pages} pages")
    print("OK" if bad == 0 else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (MINUTES_GOLD, BRIEFING_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
