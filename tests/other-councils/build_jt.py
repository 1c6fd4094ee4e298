#!/usr/bin/env python3
"""Build the "jt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jt.py           build documents/jt-* and gold/jt-*.json
        build_jt.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 12, 10, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "jt-ardingham-chcs-scrutiny-2025-03-05.pdf"
REPORT_NAME = "jt-ardingham-leisure-contract-performance-report-2023-24.docx"

COMMITTEE = "Scrutiny Committee for Communities, Housing and Customer Services"
RUNNING = f"{COMMITTEE} - 5 March 2025"

# --------------------------------------------------------------------------------------
# The minutes, as blocks
# --------------------------------------------------------------------------------------
# ("item", number, title) | ("p", text) | ("label", text) | ("clause", text)
# ("gap",) a little vertical space

BODY: list[tuple] = [
    ("item", "1.", "TO NOTE SUBSTITUTES IN ACCORDANCE WITH COUNCIL PROCEDURE RULE 4 - "
                   "SUBSTITUTES AT MEETINGS OF COMMITTEES ETC."),
    ("p", "Councillor Ingleby substituted for Councillor Varley."),
    ("item", "2.", "TO RECEIVE APOLOGIES FOR ABSENCE."),
    ("p", "Apologies were received from Councillors Quarrie and Varley."),
    ("item", "3.", "TO RECEIVE DECLARATIONS OF INTERESTS FROM MEMBERS IN RESPECT OF ANY "
                   "MATTER ON THE AGENDA."),
    ("p", "Councillor Harrop declared a personal interest in item 6 as a member of "
          "Wivelstead Swimming Club, which hires pool time at Wivelstead Leisure Centre."),
    ("item", "4.", "TO CONFIRM MINUTES OF THE PREVIOUS MEETING OF THE COMMITTEE HELD ON "
                   "15 JANUARY 2025."),
    ("p", "The minutes of the meeting held on 15 January 2025 were agreed as a correct "
          "record and signed by the Chair."),
    ("item", "5.", "TO CONSIDER ANY ITEMS THAT THE CHAIR HAS AGREED TO TAKE AS URGENT "
                   "BUSINESS."),
    ("p", "None."),
    ("item", "6.", "LEISURE CONTRACT ANNUAL PERFORMANCE REVIEW 2023/24."),
    ("p", "Nadia Fairclough, Business Unit Leader for Leisure and Sustainability, introduced "
          "the report which set out the performance of Cresta Active Ltd, the Council's "
          "leisure operator, in the second year of the ten-year contract for the management "
          "of the District's three leisure centres at Ardingham, Wivelstead and Kings Meadow. "
          "She highlighted that total attendances had risen to 1.42 million, 6% above the "
          "previous year, that the management fee of £412,000 had been received in full and "
          "that the installation of air source heat pumps and solar panels at Kings Meadow had "
          "been completed in October 2023. She noted that Gareth Lyle, Head of Partnerships at "
          "Cresta Active, was in attendance to answer Members' questions."),
    ("p", "The Chair thanked the Officer for the report and invited questions from the "
          "Committee."),
    ("p", "Councillor Barraclough welcomed the increase in attendances but queried whether "
          "the rise in swimming lesson fees of 9% in April 2024 had affected take-up among "
          "families on lower incomes. Mr Lyle explained that the number of children on the "
          "learn to swim programme had risen to 3,870 over the year, and that the concession "
          "scheme, which gave a 30% discount to residents in receipt of means-tested benefits, "
          "had been extended to swimming lessons from September 2024."),
    ("p", "Councillor Fenwick asked how the Council monitored the operator's performance and "
          "whether the contract allowed the Council to apply financial penalties where targets "
          "were missed. The Business Unit Leader confirmed that performance was reviewed at "
          "quarterly contract meetings against 24 key performance indicators, and that the "
          "contract included a payment mechanism under which deductions could be made from the "
          "management fee. No deductions had been necessary in 2023/24, although two "
          "indicators, relating to the cleanliness of changing villages and the response to "
          "customer complaints within ten working days, had been rated amber for two quarters "
          "and were subject to an improvement plan."),
    ("p", "Councillor Marchetti expressed concern that the sports hall at Wivelstead Leisure "
          "Centre had been closed for eleven weeks during the summer for roof repairs and that "
          "community clubs had been displaced without adequate notice. Mr Lyle apologised for "
          "the disruption, which had arisen from the discovery of water ingress in the roof "
          "void, and advised that affected clubs had been offered alternative slots at Kings "
          "Meadow at no additional cost. He added that a protocol for notifying user groups of "
          "planned and unplanned closures had since been agreed with the Council."),
    ("p", "Councillor Okafor asked what proportion of the operator's staff were paid the Real "
          "Living Wage, noting that the recruitment of lifeguards had been a problem across the "
          "sector. Mr Lyle confirmed that all directly employed staff at the three centres were "
          "paid at or above the Real Living Wage and that Cresta Active ran its own lifeguard "
          "training academy, which had qualified 41 new lifeguards in the year. Vacancy levels "
          "at the Ardingham centre had fallen from 14% to 6%."),
    ("p", "Councillor Sewell commented that the decarbonisation works at Kings Meadow had been "
          "welcome but asked whether the savings in energy costs were shared between the "
          "operator and the Council. The Business Unit Leader advised that under the contract "
          "the utility risk sat with the operator, but that a share of any savings above the "
          "agreed baseline would be returned to the Council through the annual reconciliation. "
          "The figure for 2023/24 would be reported to the Committee once the reconciliation "
          "had been completed."),
    ("p", "Councillor Harrop sought clarification on the exercise referral scheme and whether "
          "it was still available at all three sites. Mr Lyle confirmed that the scheme, "
          "delivered in partnership with local GP practices, was available at all three "
          "centres and had received 612 referrals in the year, with 58% of participants "
          "completing the twelve-week programme."),
    ("p", "Councillor Lavender noted that the customer satisfaction survey had received only "
          "312 responses across the three centres and felt that this was too small a sample "
          "from which to draw conclusions about the quality of the service."),
    ("p", "Councillor Nunes asked whether the Council, rather than a private company, could run "
          "the leisure centres when the contract came to an end in 2032. The Cabinet Member for "
          "Community, Councillor Ellwood, noted that an options appraisal would be undertaken "
          "well in advance of the end of the contract and that bringing the service back "
          "in-house would be one of the options considered, but that the current arrangement "
          "had delivered a saving of £1.1m a year compared with the previous contract and had "
          "secured investment in the buildings that the Council could not otherwise have "
          "afforded."),
    ("p", "The Chair thanked Mr Lyle for attending and took Members to the recommendation, "
          "which was agreed unanimously."),
    ("label", "RESOLVED"),
    ("p", "The Committee noted the performance of the leisure contract in 2023/24 and requested "
          "that the outcome of the annual energy savings reconciliation be reported to a future "
          "meeting of the Committee."),
    ("item", "7.", "DRAFT HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025-2030."),
    ("p", "Kirsty Penhaligon, Business Unit Leader for Housing, introduced the report which "
          "sought the Committee's comments on the draft Homelessness and Rough Sleeping "
          "Strategy 2025-2030 before it was considered by Cabinet. She explained that the "
          "Council was required to review homelessness in its area and publish a strategy at "
          "least every five years, and that the Homelessness Review 2024, attached at Appendix "
          "1, had found that approaches to the Council had increased by 38% since 2019, with "
          "the ending of private rented tenancies now the most common cause. The draft strategy "
          "set out four priorities: preventing homelessness at the earliest opportunity; "
          "increasing the supply of good quality temporary and settled accommodation; ending "
          "rough sleeping; and supporting residents with complex needs. The Cabinet Member for "
          "Housing, Councillor Pardoe, added that the pressures described in the report were "
          "being felt by district councils across the country and that the strategy had been "
          "developed with the Council's partners in the Ardingham Homelessness Forum."),
    ("p", "Councillor Nunes asked how many households were currently in temporary "
          "accommodation and how many of these had been placed outside the District. The "
          "Business Unit Leader advised that as at 31 January 2025 there were 214 households "
          "in temporary accommodation, of whom 37 were placed outside the District, mostly in "
          "neighbouring authorities, and that the Council sought to bring households back into "
          "the District as soon as suitable accommodation became available, giving priority to "
          "families with children in local schools."),
    ("p", "Councillor Prothero expressed concern about the use of bed and breakfast "
          "accommodation for families and asked how many families had been placed in such "
          "accommodation for longer than the six-week statutory limit. The Business Unit "
          "Leader confirmed that there were currently four families in bed and breakfast, one "
          "of whom had been there for longer than six weeks owing to the family's particular "
          "medical needs, and that the draft strategy aimed to end the use of bed and "
          "breakfast for families except in an emergency. She added that the Council had "
          "purchased 12 additional homes for use as temporary accommodation through the Local "
          "Authority Housing Fund, with a further 8 due to complete by the summer."),
    ("p", "Councillor Marchetti queried the cost of temporary accommodation to the Council. "
          "The Business Unit Leader explained that the net cost was forecast to be £2.9m in "
          "2024/25 against a budget of £2.1m, and that the overspend would be met from the "
          "Housing Reserve; the Medium Term Financial Plan assumed that the purchase of "
          "further homes would reduce the reliance on nightly paid accommodation, which cost "
          "on average three times as much as a Council-owned unit."),
    ("p", "Councillor Harrop requested that the strategy's action plan include a specific "
          "action on damp and mould in temporary accommodation, given the introduction of "
          "Awaab's Law. Councillor Pardoe agreed and confirmed that this would be reflected in "
          "the action plan before it was presented to Cabinet."),
    ("p", "Councillor Barraclough commented that the consultation on the strategy should hear "
          "directly from people who had experienced homelessness and not only from "
          "organisations. The Business Unit Leader confirmed that, alongside the online survey, "
          "focus groups would be held with residents currently living in temporary "
          "accommodation and with clients of Stonepath, the Council's commissioned outreach "
          "provider."),
    ("p", "A Member queried what the Council was doing to encourage private landlords to let "
          "homes to households nominated by the Council. It was explained that the Ardingham "
          "Lettings scheme offered landlords a bond, the first month's rent in advance and an "
          "incentive payment of up to £1,500, and that 46 tenancies had been secured through "
          "the scheme in 2024/25, compared with 29 in the previous year."),
    ("p", "Councillor Sewell proposed an additional recommendation, seconded by Councillor "
          "Nunes, that Cabinet be asked to set a target of ending the use of bed and breakfast "
          "accommodation for families by March 2026. Councillor Sewell felt that a clear date "
          "would give the strategy greater focus. Councillor Pardoe noted that the strategy "
          "already committed the Council to ending the practice except in an emergency and "
          "that a fixed date could not be guaranteed while demand remained outside the "
          "Council's control. The Chair took Members to a vote on the additional "
          "recommendation, which was lost with 4 in favour and 7 against."),
    ("p", "The Chair then took Members to the recommendations as set out in the report, which "
          "were agreed with 10 in favour and 1 abstention."),
    ("label", "RESOLVED"),
    ("p", "The Committee:"),
    ("clause", "(i)\tnoted the findings of the Homelessness Review 2024 as set out at Appendix "
               "1; and"),
    ("clause", "(ii)\trecommended to Cabinet that the draft Homelessness and Rough Sleeping "
               "Strategy 2025-2030 be approved for an eight-week public consultation, subject to "
               "the inclusion in the action plan of an action on damp and mould in temporary "
               "accommodation."),
    ("item", "8.", "COMMUNITY WELLBEING SERVICE AND LOCAL HEALTH PARTNERSHIP UPDATE."),
    ("p", "The Committee received a presentation from Jo Whitcombe, Community Wellbeing "
          "Manager, and Helen Okonjo, Place Director for Ardingham, NHS Downsmere Integrated "
          "Care Board (ICB). The Community Wellbeing Manager explained that the Ardingham "
          "Wellbeing service had supported 2,940 residents in 2024, including 1,120 through its "
          "weight management programme and 460 through stop smoking support, and that the "
          "service was funded through an agreement with the County Council's public health "
          "team which had been extended to March 2027. Ms Okonjo then updated Members on the "
          "work of the Ardingham Health and Care Partnership, including the new integrated "
          "community team based at Fairweald Hospital and the ICB's plans to improve access "
          "to GP appointments in the District."),
    ("p", "Councillor Okafor noted that more than 2,000 new homes had been built in "
          "Stonecross Heath since 2018 and asked how developer contributions for health were "
          "being used to expand local GP capacity. Ms Okonjo advised that the ICB had secured "
          "£640,000 of developer contributions towards four additional clinical rooms at "
          "Stonecross Heath Medical Centre, which were due to open in the autumn, and that a "
          "further bid had been made for the Wivelstead practice."),
    ("p", "Councillor Lavender expressed concern about the waiting times for children's mental "
          "health services. Ms Okonjo acknowledged that waits remained too long, at an average "
          "of 19 weeks from referral to treatment, and explained that the ICB was funding "
          "additional Mental Health Support Teams in schools, which would cover all secondary "
          "schools in the District from September 2025."),
    ("p", "Councillor Fenwick raised the closure of the pharmacy in Lowbrook in November 2024, "
          "which had left residents of the rural north of the District with a round trip of "
          "more than ten miles, and asked whether the ICB would consider commissioning a "
          "delivery or collection point for those residents. He also asked whether the "
          "District Council had been consulted before the closure took place. Ms Okonjo "
          "explained that the ICB could not prevent a contractor from closing a pharmacy, but "
          "that it had agreed with Lowbrook Surgery that a prescription collection point would "
          "operate from the surgery three days a week; in respect of consultation, she "
          "confirmed that the District Council had been notified of the closure but that there "
          "was no requirement to consult it."),
    ("p", "Councillor Ingleby asked whether the weight management programme had a waiting "
          "list. The Community Wellbeing Manager advised that there was currently a wait of "
          "around five weeks for the group programme, but that residents could start the "
          "digital programme immediately."),
    ("p", "The Chair requested that the ICB provide the Committee with a written briefing on "
          "the outcome of its review of community pharmacy provision in rural areas, and Ms "
          "Okonjo agreed to provide this."),
    ("p", "The Chair thanked Ms Okonjo and the Community Wellbeing Manager for attending and the "
          "Committee noted the update."),
    ("item", "9.", "SCRUTINY COMMITTEE FOR COMMUNITIES, HOUSING AND CUSTOMER SERVICES - WORK "
                   "PROGRAMME 2024/25."),
    ("p", "Terry Stanmore, Democratic Services Officer, introduced the report, noting that the "
          "Committee's next meeting would consider the Customer Services Strategy and the "
          "annual report of the Community Safety Partnership."),
    ("p", "Councillor Prothero requested that an item on the performance of the waste and "
          "recycling collection contract be added to the Work Programme, in view of the number "
          "of missed collections reported in the autumn. The Democratic Services Officer noted "
          "that an annual review of the contract was already scheduled for the first meeting "
          "of the 2025/26 municipal year."),
    ("p", "The Chair took Members to the recommendation, which was agreed unanimously."),
    ("label", "RESOLVED"),
    ("p", "The Committee noted its Work Programme for 2024/25 as set out at paragraph 5 of the "
          "report."),
    ("item", "10.", "QUESTIONS PURSUANT TO COUNCIL PROCEDURE RULE 10.2 DUE NOTICE OF WHICH HAS "
                    "BEEN GIVEN."),
    ("p", "None."),
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
    "committee": COMMITTEE,
    "meeting_date": "2025-03-05",
    "items": [
        {"number": "1", "title": "TO NOTE SUBSTITUTES IN ACCORDANCE WITH COUNCIL PROCEDURE "
                                 "RULE 4 - SUBSTITUTES AT MEETINGS OF COMMITTEES ETC."},
        {"number": "2", "title": "TO RECEIVE APOLOGIES FOR ABSENCE."},
        {"number": "3", "title": "TO RECEIVE DECLARATIONS OF INTERESTS FROM MEMBERS IN RESPECT "
                                 "OF ANY MATTER ON THE AGENDA."},
        {"number": "4", "title": "TO CONFIRM MINUTES OF THE PREVIOUS MEETING OF THE COMMITTEE "
                                 "HELD ON 15 JANUARY 2025."},
        {"number": "5", "title": "TO CONSIDER ANY ITEMS THAT THE CHAIR HAS AGREED TO TAKE AS "
                                 "URGENT BUSINESS."},
        {"number": "6", "title": "LEISURE CONTRACT ANNUAL PERFORMANCE REVIEW 2023/24."},
        {"number": "7", "title": "DRAFT HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025-2030."},
        {"number": "8", "title": "COMMUNITY WELLBEING SERVICE AND LOCAL HEALTH PARTNERSHIP "
                                 "UPDATE."},
        {"number": "9", "title": "SCRUTINY COMMITTEE FOR COMMUNITIES, HOUSING AND CUSTOMER "
                                 "SERVICES - WORK PROGRAMME 2024/25."},
        {"number": "10", "title": "QUESTIONS PURSUANT TO COUNCIL PROCEDURE RULE 10.2 DUE NOTICE "
                                  "OF WHICH HAS BEEN GIVEN."},
    ],
    "questions": [
        # item 6 - leisure contract
        q("6", "question",
          "queried whether the rise in swimming lesson fees of 9% in April 2024",
          "Councillor Barraclough",
          "the number of children on the learn to swim programme had risen",
          "Mr Lyle", ["finance"]),
        q("6", "question",
          "whether the contract allowed the Council to apply financial penalties",
          "Councillor Fenwick",
          "performance was reviewed at quarterly contract meetings against 24 key performance indicators",
          "Business Unit Leader", ["subcontracting", "finance"]),
        q("6", "concern",
          "the sports hall at Wivelstead Leisure Centre had been closed for eleven weeks",
          "Councillor Marchetti",
          "affected clubs had been offered alternative slots at Kings Meadow",
          "Mr Lyle", []),
        q("6", "question",
          "asked what proportion of the operator's staff were paid the Real Living Wage",
          "Councillor Okafor",
          "all directly employed staff at the three centres were paid at or above",
          "Mr Lyle", ["workforce"]),
        q("6", "question",
          "asked whether the savings in energy costs were shared between the operator and the Council",
          "Councillor Sewell",
          "a share of any savings above the agreed baseline would be returned",
          "Business Unit Leader", ["finance", "subcontracting"]),
        q("6", "question",
          "sought clarification on the exercise referral scheme and whether it was still available",
          "Councillor Harrop",
          "delivered in partnership with local GP practices, was available at all three centres",
          "Mr Lyle", ["public-health"]),
        q("6", "comment",
          "the customer satisfaction survey had received only 312 responses",
          "Councillor Lavender", None, None, ["patient-and-public-input"]),
        q("6", "question",
          "asked whether the Council, rather than a private company, could run",
          "Councillor Nunes",
          "bringing the service back in-house would be one of the options considered",
          "Cabinet Member for Community, Councillor Ellwood",
          ["privatisation", "subcontracting"]),
        # item 7 - homelessness strategy
        q("7", "question",
          "asked how many households were currently in temporary accommodation",
          "Councillor Nunes",
          "as at 31 January 2025 there were 214 households in temporary accommodation",
          "Business Unit Leader", ["housing"]),
        q("7", "concern",
          "expressed concern about the use of bed and breakfast accommodation for families",
          "Councillor Prothero",
          "there were currently four families in bed and breakfast",
          "Business Unit Leader", ["housing", "children-and-families"]),
        q("7", "question",
          "queried the cost of temporary accommodation to the Council",
          "Councillor Marchetti",
          "the net cost was forecast to be £2.9m in 2024/25",
          "Business Unit Leader", ["housing", "finance"]),
        q("7", "request",
          "include a specific action on damp and mould in temporary accommodation",
          "Councillor Harrop",
          "this would be reflected in the action plan before it was presented to Cabinet",
          "Councillor Pardoe", ["housing"]),
        q("7", "comment",
          "the consultation on the strategy should hear directly from people who had experienced homelessness",
          "Councillor Barraclough",
          "focus groups would be held with residents currently living in temporary accommodation",
          "Business Unit Leader", ["patient-and-public-input", "housing"]),
        q("7", "question",
          "what the Council was doing to encourage private landlords to let homes",
          None,
          "the Ardingham Lettings scheme offered landlords a bond",
          None, ["housing"]),
        # item 8 - wellbeing and health partnership
        q("8", "question",
          "asked how developer contributions for health were being used to expand local GP capacity",
          "Councillor Okafor",
          "£640,000 of developer contributions towards four additional clinical rooms",
          "Ms Okonjo", ["primary-care", "finance"]),
        q("8", "concern",
          "expressed concern about the waiting times for children's mental health services",
          "Councillor Lavender",
          "waits remained too long, at an average of 19 weeks from referral to treatment",
          "Ms Okonjo", ["mental-health", "children-and-families"]),
        q("8", "question",
          "asked whether the ICB would consider commissioning a delivery or collection point",
          "Councillor Fenwick",
          "a prescription collection point would operate from the surgery three days a week",
          "Ms Okonjo", ["primary-care"]),
        q("8", "question",
          "asked whether the District Council had been consulted before the closure took place",
          "Councillor Fenwick",
          "the District Council had been notified of the closure",
          "Ms Okonjo", ["primary-care", "patient-and-public-input"]),
        q("8", "question",
          "asked whether the weight management programme had a waiting list",
          "Councillor Ingleby",
          "there was currently a wait of around five weeks for the group programme",
          "Community Wellbeing Manager", ["public-health"]),
        q("8", "request",
          "requested that the ICB provide the Committee with a written briefing",
          "The Chair",
          "in rural areas, and Ms Okonjo agreed to provide this",
          "Ms Okonjo", ["primary-care"]),
        # item 9 - work programme
        q("9", "request",
          "an item on the performance of the waste and recycling collection contract",
          "Councillor Prothero",
          "an annual review of the contract was already scheduled",
          "Democratic Services Officer", ["subcontracting"]),
    ],
    "resolutions": [
        r("4", "minutes of the meeting held on 15 January 2025 were agreed as a correct record",
          "agreed", []),
        r("6", "requested that the outcome of the annual energy savings reconciliation be reported",
          "agreed", ["finance"]),
        r("7", "which was lost with 4 in favour and 7 against",
          "rejected", ["housing", "children-and-families"]),
        r("7", "recommended to Cabinet that the draft Homelessness and Rough Sleeping Strategy",
          "recommended", ["housing", "patient-and-public-input"]),
        r("8", "the Community Wellbeing Manager for attending and the Committee noted the update",
          "noted", []),
        r("9", "The Committee noted its Work Programme for 2024/25",
          "noted", []),
    ],
    "attendees": [
        {"name": "D Whitlock", "role": "Chair", "attendance": "present"},
        {"name": "S Okafor", "role": "Vice-Chair", "attendance": "present"},
        {"name": "A Barraclough", "role": None, "attendance": "present"},
        {"name": "M Fenwick", "role": None, "attendance": "present"},
        {"name": "J Harrop", "role": None, "attendance": "present"},
        {"name": "T Ingleby", "role": None, "attendance": "present"},
        {"name": "P Lavender", "role": None, "attendance": "present"},
        {"name": "K Marchetti", "role": None, "attendance": "present"},
        {"name": "C Nunes", "role": None, "attendance": "present"},
        {"name": "H Prothero", "role": None, "attendance": "present"},
        {"name": "L Sewell", "role": None, "attendance": "present"},
        {"name": "F Quarrie", "role": None, "attendance": "apologies"},
        {"name": "R Tennant", "role": None, "attendance": "absent"},
        {"name": "G Varley", "role": None, "attendance": "apologies"},
        {"name": "J Ellwood", "role": None, "attendance": "in_attendance"},
        {"name": "N Pardoe", "role": None, "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 8)
                self.set_text_color(90, 90, 90)
                self.set_xy(20, 10)
                self.cell(170, 5, RUNNING, align="R")
                self.set_text_color(0, 0, 0)
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"Minutes - {RUNNING}")
    pdf.set_author("Ardingham District Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.0
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "ARDINGHAM DISTRICT COUNCIL", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(170, 6, f"Minutes of a meeting of {COMMITTEE} held on Wednesday, 5th "
                           "March, 2025 from 7.00 pm - 9.18 pm", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # attendance block
    pdf.set_font("Sans", "", 10)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(25, lh, "Present:")
    pdf.set_xy(47, y)
    pdf.cell(28, lh, "Councillors:")
    pdf.set_xy(75, y)
    pdf.cell(60, lh, "D Whitlock (Chair)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(75)
    pdf.cell(60, lh, "S Okafor (Vice-Chair)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    grid = [["A Barraclough", "M Fenwick", "J Harrop"],
            ["T Ingleby", "P Lavender", "K Marchetti"],
            ["C Nunes", "H Prothero", "L Sewell"]]
    for row in grid:
        for i, name in enumerate(row):
            pdf.set_x(47 + i * 45)
            pdf.cell(45, lh, name)
        pdf.ln(lh)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(25, lh, "Absent:")
    pdf.set_xy(47, y)
    pdf.cell(120, lh, "Councillors F Quarrie, R Tennant and G Varley",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(25, lh, "Also Present:")
    pdf.set_xy(47, y)
    pdf.cell(120, lh, "Councillors J Ellwood and N Pardoe", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)

    indent = 32
    width = 190 - indent
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            pdf.ln(2)
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, lh, num)
            pdf.set_xy(indent, y)
            pdf.multi_cell(width, lh, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(indent)
            pdf.multi_cell(width, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(indent)
            pdf.cell(width, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "clause":
            mark, text = block[1].split("\t")
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            pdf.set_xy(indent, y)
            pdf.cell(10, lh, mark)
            pdf.set_xy(indent + 10, y)
            pdf.multi_cell(width - 10, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, lh, "The meeting finished at 9.18 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, lh, "Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# DOCX report (not minutes)
# --------------------------------------------------------------------------------------

def build_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.created = dt.datetime(2025, 2, 21, 9, 0, 0)
    cp.modified = dt.datetime(2025, 2, 24, 16, 15, 0)
    cp.last_modified_by = "Leisure and Sustainability"
    cp.author = "Ardingham District Council"
    cp.title = "Leisure Contract Annual Performance Review 2023/24"
    cp.revision = 3

    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    def para(text="", bold=False, align=None):
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
        if align is not None:
            p.alignment = align
        return p

    def numbered(num, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        p.add_run(f"{num}\t{text}")
        return p

    para("Agenda Item 6", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("LEISURE CONTRACT ANNUAL PERFORMANCE REVIEW 2023/24", bold=True)

    meta = [
        ("REPORT OF:", "Assistant Director Communities"),
        ("Contact Officer:", "Nadia Fairclough, Business Unit Leader for Leisure and "
                             "Sustainability\nEmail: leisure@ardingham.gov.uk  Tel: 01999 477210"),
        ("Wards Affected:", "All"),
        ("Key Decision:", "No"),
        ("Report to:", COMMITTEE + "\n5 March 2025"),
    ]
    table = doc.add_table(rows=0, cols=2)
    for label, value in meta:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value

    para()
    para("Purpose of Report", bold=True)
    numbered("1.", "This report sets out the performance of the Council's leisure operator, "
                   "Cresta Active Ltd, in the second year of the leisure management contract "
                   "(April 2023 to March 2024), and invites the Committee to comment on that "
                   "performance.")
    para("Summary", bold=True)
    numbered("2.", "Total attendances at the three leisure centres rose to 1.42 million in "
                   "2023/24, an increase of 6% on 2022/23. The management fee of £412,000 "
                   "was received in full and no deductions were made under the payment "
                   "mechanism. Two of the 24 key performance indicators were rated amber for "
                   "two quarters and are subject to an improvement plan.")
    para("Recommendations", bold=True)
    numbered("3.", "The Committee is recommended to note the performance of the leisure "
                   "contract in 2023/24 as set out in this report.")
    para("Background", bold=True)
    numbered("4.", "Following a competitive procurement, the Council awarded a ten-year "
                   "contract for the management of Ardingham Leisure Centre, Wivelstead Leisure "
                   "Centre and Kings Meadow to Cresta Active Ltd from 1 April 2022. The contract "
                   "may be extended by up to five years by agreement.")
    numbered("5.", "Performance is monitored through quarterly contract meetings, monthly "
                   "data returns and unannounced site visits by the Council's Leisure Contract "
                   "Officer. An annual report is brought to this Committee.")
    para("Performance in 2023/24", bold=True)
    numbered("6.", "Table 1 summarises performance against the headline indicators.")

    kpis = [
        ("Indicator", "Target", "2022/23", "2023/24", "Rating"),
        ("Total attendances", "1.35m", "1.34m", "1.42m", "Green"),
        ("Learn to swim participants", "3,500", "3,410", "3,870", "Green"),
        ("Exercise referral completions", "55%", "52%", "58%", "Green"),
        ("Complaints answered within 10 working days", "95%", "91%", "88%", "Amber"),
        ("Cleanliness audit score (changing villages)", "90%", "86%", "87%", "Amber"),
        ("Customer satisfaction (survey)", "85%", "84%", "86%", "Green"),
    ]
    kt = doc.add_table(rows=0, cols=5)
    kt.style = "Table Grid"
    for i, row in enumerate(kpis):
        cells = kt.add_row().cells
        for c, val in zip(cells, row):
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.bold = i == 0
    para("Table 1: headline performance indicators")

    numbered("7.", "The sports hall at Wivelstead Leisure Centre was closed between June and "
                   "September 2023 for roof repairs following water ingress. Community clubs "
                   "were offered alternative sessions at Kings Meadow. A protocol for "
                   "notifying user groups of closures has since been agreed.")
    numbered("8.", "The decarbonisation works at Kings Meadow, funded through the Public "
                   "Sector Decarbonisation Scheme, were completed in October 2023. Under the "
                   "contract the utility risk rests with the operator; any savings above the "
                   "agreed baseline are shared with the Council through the annual "
                   "reconciliation, which has not yet been completed for 2023/24.")
    para("Matters for the Committee to consider", bold=True)
    numbered("9.", "In considering the report, Members may wish to ask:")
    for bullet in (
        "Is the operator doing enough to make activities affordable for residents on low "
        "incomes?",
        "Are the two amber indicators being addressed quickly enough?",
        "How should the Council prepare for the end of the contract in 2032?",
    ):
        p = doc.add_paragraph(bullet, style="List Bullet")
    para("Financial Implications", bold=True)
    numbered("10.", "There are no financial implications arising directly from this report. "
                    "The management fee income is included in the Council's budget.")
    para("Risk Management Implications", bold=True)
    numbered("11.", "The contract risk register is reviewed at each quarterly contract "
                    "meeting. There are no new risks to report.")
    para("Equality and Customer Service Implications", bold=True)
    numbered("12.", "The concession scheme gives a 30% discount to residents in receipt of "
                    "means-tested benefits and was extended to swimming lessons from "
                    "September 2024.")
    para("Sustainability Implications", bold=True)
    numbered("13.", "As set out in paragraph 8.")
    para("Background Papers", bold=True)
    para("Leisure Management Contract 2022-2032 (exempt).")

    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 16, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------------------

def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
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


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("jt-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(phrase.split())
            ok = n == 1 and 6 <= words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold['document']} {kind}: found {n}x, {words} words: {phrase!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    if failures:
        print(f"{failures} failure(s)")
        return 1
    print("check passed")
    return 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
