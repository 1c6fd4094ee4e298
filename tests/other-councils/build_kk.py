#!/usr/bin/env python3
"""Build the "kk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_kk.py           build documents/kk-* and gold/kk-*.json
        build_kk.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "kk-ivelbrook-overview-scrutiny-2025-01-14.pdf"
NOTE_NAME = "kk-ivelbrook-information-note-leisure-contract-questions.docx"

FIXED = dt.datetime(2025, 1, 22, 9, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------
# Block kinds:
#   ("item", number, TITLE)        minute number in the margin, bold capital title
#   ("audio", text)                the audio-recording line under a title
#   ("p", text)                    paragraph in the text column
#   ("b", text)                    bullet in the text column
#   ("n", label, text)             numbered paragraph "(1)" in the text column
#   ("lab", LABEL, text)           bold label then text, e.g. RESOLVED:
#   ("labonly", LABEL)             bold label on a line of its own
#   ("nb", text)                   N.B. line

MINUTES = [
    ("item", "54", "APOLOGIES FOR ABSENCE"),
    ("audio", "Audio recording – 1 minute 12 seconds"),
    ("p", "Apologies for absence were received from Councillors Keith Almond and Nadia Foulkes."),
    ("p", "Having given due notice, Councillor Philippa Wren advised that she would be substituting "
          "for Councillor Nadia Foulkes."),

    ("item", "55", "MINUTES - 12 NOVEMBER 2024"),
    ("audio", "Audio Recording – 1 minute 58 seconds"),
    ("p", "Councillor Daniel Ashdown, as Chair, proposed and Councillor Owen Latimer seconded and, "
          "following a vote, it was:"),
    ("lab", "RESOLVED:", "That the Minutes of the Meeting of the Committee held on 12 November 2024 be "
                        "approved as a true record of the proceedings and be signed by the Chair."),

    ("item", "56", "NOTIFICATION OF OTHER BUSINESS"),
    ("audio", "Audio recording – 2 minutes 41 seconds"),
    ("p", "There was no other business notified."),

    ("item", "57", "CHAIR'S ANNOUNCEMENTS"),
    ("audio", "Audio recording – 2 minutes 50 seconds"),
    ("n", "(1)", "The Chair welcomed those present at the meeting, especially those who had attended to "
                 "give a presentation, and those watching the live stream."),
    ("n", "(2)", "The Chair advised that, in accordance with Council Policy, the meeting would be "
                 "recorded and that the recording would be made available on the Council's website."),
    ("n", "(3)", "The Chair drew attention to the item on the agenda front pages regarding Declarations of "
                 "Interest and reminded Members that, in line with the Code of Conduct, any Declarations of "
                 "Interest needed to be declared immediately prior to the item in question."),
    ("n", "(4)", "Councillor Lucy Kerrigan declared a non-registerable interest in item 63 (Leisure "
                 "Management Contract – Annual Performance Review 2023/24) as a member of the Baldmore "
                 "Swimming Club and advised that she would take part in the debate but would not vote on "
                 "the item."),
    ("n", "(5)", "The Chair advised that Chief Inspector Hendry would need to leave the meeting at the end "
                 "of item 61 (Crime and Disorder Matters) in order to return to duty."),

    ("item", "58", "PUBLIC PARTICIPATION"),
    ("audio", "Audio recording – 5 minutes 6 seconds"),
    ("p", "Ms Carol Denny, Secretary of the Baldmore Swimming Club, thanked the Chair for the opportunity "
          "to address the Committee in relation to item 63 (Leisure Management Contract – Annual "
          "Performance Review 2023/24) and gave a verbal presentation, including that:"),
    ("b", "The club had been given six weeks' notice that its Tuesday and Thursday evening pool time at "
          "Baldmore Pool would be cut from September 2024, and its members were concerned that junior "
          "swimmers would be the hardest hit by the change."),
    ("b", "The charge for the club's lane hire had gone up by 18% over two years, which she felt was "
          "more than a small community club run by volunteers could sustain."),
    ("b", "She asked whether the Council, as the owner of the building, had been consulted by the "
          "operator before the pool programme was altered."),
    ("b", "She requested that the Committee ask for the pool programme to be reviewed with the local "
          "clubs before any further changes were made."),
    ("p", "The Chair thanked Ms Denny for her presentation and advised that the points she had raised "
          "would be put to the operator when the Committee considered item 63."),

    ("item", "59", "URGENT AND GENERAL EXCEPTION ITEMS"),
    ("audio", "Audio recording – 9 minutes 22 seconds"),
    ("p", "There were no urgent or general exception items."),

    ("item", "60", "CALLED-IN ITEMS"),
    ("audio", "Audio recording – 9 minutes 30 seconds"),
    ("p", "There were no called-in items."),

    ("item", "61", "CRIME AND DISORDER MATTERS"),
    ("audio", "Audio recording – 9 minutes 41 seconds"),
    ("p", "Chief Inspector Marcus Hendry, District Commander, presented a report entitled 'Policing in "
          "Ivelbrook – Annual Update to the Overview and Scrutiny Committee' and advised that:"),
    ("b", "Overall recorded crime in the district had fallen by 4% in the twelve months to the end of "
          "November 2024, although shoplifting had risen by 21%, mainly in Ivelbrook Garden Town and "
          "Royswick town centres."),
    ("b", "Residential burglary was at its lowest level for five years and the detection rate for "
          "burglary had improved to 11%."),
    ("b", "The Safer Neighbourhood Teams for Ivelbrook Garden Town, Royswick and the rural villages were "
          "at their full establishment for the first time since 2021, with 14 police constables and 9 "
          "Police Community Support Officers."),
    ("b", "Operation Nightjar, the partnership operation against anti-social behaviour and off-road "
          "motorcycles in the Hollins Park area of Royswick, had led to 23 vehicles being seized and a "
          "noticeable drop in reports from residents."),
    ("p", "The Community Safety Manager added that the Ivelbrook Community Safety Partnership had agreed "
          "three priorities for 2024-27, namely violence against women and girls, anti-social behaviour "
          "in town centres and rural crime, and that a new Partnership Plan would be published in April "
          "2025."),
    ("p", "The following Members asked questions:"),
    ("b", "Councillor Imran Chaudhry"),
    ("b", "Councillor Hattie Frere"),
    ("b", "Councillor Graham Sowter"),
    ("b", "Councillor Rosalind Pegg"),
    ("p", "In response to questions, the Chief Inspector advised that:"),
    ("b", "The Royswick team was sometimes called on to support response officers in Ivelbrook Garden "
          "Town on Friday and Saturday nights, but this was kept to a minimum and was monitored through "
          "the weekly tasking meeting."),
    ("b", "Retailers were encouraged to report every theft, however small, as the force allocated its "
          "patrols according to the reported figures, and a dedicated business crime officer had been "
          "appointed for the district in October 2024."),
    ("b", "Hare coursing and the theft of farm machinery remained the main concerns in the rural "
          "parishes, and the Rural Operational Support Team had carried out joint patrols with "
          "neighbouring forces during the autumn."),
    ("b", "The force did not publish anti-social behaviour figures for individual wards, but figures "
          "for each parish could be provided to Members through the Community Safety Manager."),
    ("p", "The Chair thanked Chief Inspector Hendry for his attendance and, following discussion, the "
          "Committee noted the report and asked that the parish figures for anti-social behaviour be "
          "circulated to all Members."),
    ("nb", "N.B. Chief Inspector Marcus Hendry left the meeting at 20:24, at the conclusion of this item."),

    ("item", "62", "TEMPORARY ACCOMMODATION AND HOMELESSNESS – SIX MONTH UPDATE"),
    ("audio", "Audio recording – 42 minutes 15 seconds"),
    ("p", "The Executive Member for Housing and Environmental Health presented the report entitled "
          "'Temporary Accommodation and Homelessness – Six Month Update' and advised that:"),
    ("b", "Homelessness approaches to the Council had risen by 27% compared with the same period in "
          "2023/24, with the ending of a private rented tenancy remaining the most common reason "
          "given."),
    ("b", "There had been 94 households in temporary accommodation at the end of November 2024, of which "
          "31 were in bed and breakfast, compared with 12 a year earlier."),
    ("b", "The net cost of temporary accommodation to the Council was forecast to be £1.14 million in "
          "2024/25, against a budget of £610,000, and this was the largest single pressure in the "
          "revenue budget."),
    ("b", "The Council had purchased 8 properties through the Local Authority Housing Fund for use as "
          "temporary accommodation, and a further 6 purchases were expected to complete by the end of "
          "March 2025."),
    ("p", "Councillor Owen Latimer asked how many of the households in bed and breakfast were families "
          "with children and how long they had been there. In response, the Service Director – Housing "
          "and Environmental Health advised that 11 of the 31 households in bed and breakfast had "
          "children, that four families had been there for longer than the six week legal limit, and "
          "that each of these cases was reported to the Executive Member every week until the family "
          "had moved on."),
    ("p", "Councillor Beverley Nyamekye expressed concern that families were being placed in "
          "accommodation outside the district, away from their children's schools and their support "
          "networks, and asked how many households had been placed out of area. The Service Director – "
          "Housing and Environmental Health advised that 17 households were currently placed outside the "
          "district, mostly in neighbouring towns, and that the team tried wherever possible to keep "
          "children in their existing schools and would pay for transport where this was needed."),
    ("p", "Councillor Graham Sowter noted that the overspend was significant and queried whether the "
          "purchase of further properties would reduce the pressure on the budget. The Service Director "
          "– Resources advised that each property the Council bought saved around £14,000 a year compared "
          "with the cost of bed and breakfast, and that a business case for the purchase of a further 10 "
          "properties would be presented to Cabinet in March 2025."),
    ("p", "Councillor Rosalind Pegg queried whether the Housing Options team had enough staff to deal with "
          "the increase in approaches. In response, the Service Director – Housing and Environmental "
          "Health advised that two of the eleven Housing Options Officer posts were vacant, that one of "
          "them was being covered by an agency worker, and that recruitment had been difficult because "
          "neighbouring councils were able to offer higher salaries for the same role."),
    ("p", "Councillor Lucy Kerrigan commented that the Housing Options team had dealt with a very "
          "difficult year and asked that the thanks of the Committee be passed on to the officers "
          "concerned."),
    ("p", "Councillor Owen Latimer proposed and Councillor Beverley Nyamekye seconded and, following a "
          "vote, it was:"),
    ("lab", "RESOLVED:", "That the Committee:"),
    ("n", "(1)", "Noted the update on temporary accommodation and homelessness."),
    ("n", "(2)", "Requested that a further update, including the outcome of the Cabinet decision on the "
                 "purchase of additional properties, be presented to the Committee in July 2025."),
    ("lab", "REASON FOR DECISION:", "To enable the Committee to monitor the Council's response to the "
                                    "increase in homelessness and the cost of temporary accommodation."),

    ("item", "63", "LEISURE MANAGEMENT CONTRACT – ANNUAL PERFORMANCE REVIEW 2023/24"),
    ("audio", "Audio recording – 1 hour 21 minutes 7 seconds"),
    ("p", "The Executive Member for Leisure and Green Spaces introduced the report entitled 'Leisure "
          "Management Contract – Annual Performance Review 2023/24' and invited the Leisure and Green "
          "Space Manager and the Regional Manager of Activa Leisure to give a presentation. They advised "
          "that:"),
    ("b", "Attendances across Ivelbrook Leisure Centre, Royswick Swimming and Fitness Centre and Baldmore "
          "Pool had reached 1.21 million in 2023/24, 6% higher than in the previous year."),
    ("b", "The operator had paid the Council a management fee of £412,000 for the year, in line with "
          "the contract, and had invested £280,000 of its own money in new gym equipment at Royswick."),
    ("b", "The annual customer survey had been completed by 2,140 users and 78% of them had rated the "
          "centres as good or very good, although satisfaction with the changing rooms at Baldmore Pool "
          "remained low."),
    ("b", "A shortage of qualified lifeguards, which was being felt across the leisure industry, had led "
          "to the pool programme at Baldmore Pool being reduced from September 2024."),
    ("p", "Councillor Lucy Kerrigan, referring to the points raised by Ms Denny under Public "
          "Participation, asked whether the Council had been consulted before the programme at Baldmore "
          "Pool was changed. The Leisure and Green Space Manager advised that the operator was required "
          "under the contract to agree any change to the core programme with the Council, that the change "
          "had been notified to officers in July 2024 but had not been brought to the Executive Member "
          "before it took effect, and that this had since been raised with the operator at the quarterly "
          "contract meeting."),
    ("p", "Councillor Martin Goodall asked whether the Council would consider bringing the leisure service "
          "back in-house when the current contract came to an end in 2027. In response, the Executive "
          "Member for Leisure and Green Spaces advised that an options appraisal, which would include "
          "in-house delivery and a local authority trading company as well as a new procurement, would "
          "be reported to Cabinet in the autumn and that no decision had been made."),
    ("p", "Councillor Imran Chaudhry expressed concern that the concessionary prices were not well "
          "publicised and that residents on low incomes might not know that they were eligible for "
          "them. The Regional Manager, Activa Leisure, advised that the company would produce a new "
          "leaflet with the Council and that the concession scheme would also be promoted through the "
          "Council's cost of living web pages."),
    ("p", "Councillor Philippa Wren queried why there was a waiting list of nine weeks for the GP exercise "
          "referral scheme. The Regional Manager, Activa Leisure, explained that the scheme had been "
          "funded by the County Council's public health team until March 2024 and had since been "
          "delivered by the operator on a reduced basis, and that discussions on future funding were "
          "taking place with the County Council."),
    ("p", "Councillor Rosalind Pegg asked how the lifeguard vacancies were being filled. The Regional "
          "Manager, Activa Leisure, advised that the company was paying for local young people to take "
          "the National Pool Lifeguard Qualification, that eight new lifeguards had qualified in December, "
          "and that the hourly rate for lifeguards had been increased by 50p from January 2025."),
    ("p", "Councillor Martin Goodall proposed an additional recommendation that the Committee recommend "
          "to Cabinet that in-house delivery be treated as the preferred option for the leisure service "
          "from 2027. This was seconded by Councillor Beverley Nyamekye and, following a vote, the "
          "proposal was LOST."),
    ("p", "Councillor Rosalind Pegg proposed and Councillor Hattie Frere seconded and, following a vote, "
          "it was:"),
    ("lab", "RESOLVED:", "That the Committee:"),
    ("n", "(1)", "Noted the performance of the leisure management contract for 2023/24."),
    ("n", "(2)", "Requested that officers review the pool programme at Baldmore Pool with the operator and "
                 "the local swimming clubs and report the outcome to the Committee."),
    ("lab", "RECOMMENDED TO CABINET:", "That the options appraisal for the future delivery of the leisure "
                                       "service be brought to this Committee for pre-decision scrutiny "
                                       "before it is considered by Cabinet."),
    ("lab", "REASON FOR DECISION:", "To enable the Committee to scrutinise the performance of the leisure "
                                    "management contract."),
    ("nb", "N.B. Councillor Martin Goodall left the meeting at 21:32 and did not return."),

    ("item", "64", "DRAFT BUDGET 2025/26"),
    ("audio", "Audio recording – 2 hours 3 minutes 48 seconds"),
    ("p", "The Executive Member for Finance and IT presented the report entitled 'Draft Budget 2025/26' "
          "and advised that the provisional Local Government Finance Settlement had been received on 18 "
          "December 2024 and was broadly in line with the assumptions in the Medium Term Financial "
          "Strategy. The draft budget assumed an increase in Council Tax of £5 for a Band D property, "
          "savings and additional income of £842,000, and a remaining funding gap of £1.9 million by "
          "2027/28 which would need to be met from reserves or further savings."),
    ("p", "Councillor Graham Sowter asked what assumption had been made about the income from the new "
          "Extended Producer Responsibility scheme for packaging. The Service Director – Resources "
          "advised that £1.3 million had been included for 2025/26 only, as the Government had not yet "
          "confirmed the payments beyond the first year, and that this was shown as a risk in the "
          "report."),
    ("p", "Councillor Hattie Frere queried the proposal to reduce the grants made to community groups "
          "by 10%, and asked which organisations would be affected. The Executive Member for Finance and "
          "IT advised that the reduction would apply to the discretionary community grants scheme and not "
          "to the service level agreements with the Citizens Advice service, and that groups would be "
          "told of the change by the end of February."),
    ("p", "Councillor Owen Latimer asked how many residents had responded to the budget consultation and "
          "whether the responses had changed any of the proposals. The Executive Member for Finance and "
          "IT advised that 412 responses had been received, and that the proposal to close the public "
          "toilets at Royswick bus station had been withdrawn as a result of the comments made."),
    ("p", "Councillor Beverley Nyamekye noted that the increase in employer's National Insurance "
          "contributions would cost the Council around £310,000 a year and asked whether the Government "
          "would meet this cost. The Service Director – Resources advised that the provisional settlement "
          "included £190,000 towards the additional cost, leaving a gap of around £120,000 that had been "
          "built into the draft budget."),
    ("p", "Councillor Imran Chaudhry requested that future budget reports show the net cost of temporary "
          "accommodation as a separate line, so that Members could follow the pressure through the "
          "year."),
    ("p", "Councillor Paul Ormesher, as Executive Member for Finance and IT, thanked the Committee for its "
          "comments."),
    ("p", "Councillor Graham Sowter proposed and Councillor Rosalind Pegg seconded and, following a vote, "
          "it was:"),
    ("lab", "RECOMMENDED TO CABINET:", "That Cabinet takes into account the comments of the Committee, as "
                                       "set out in these minutes, when it considers the budget to be "
                                       "recommended to Council on 27 February 2025."),
    ("lab", "REASON FOR RECOMMENDATION:", "To enable the Committee to comment on the draft budget before "
                                          "it is recommended to Council."),

    ("item", "65", "OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"),
    ("audio", "Audio recording – 2 hours 31 minutes 2 seconds"),
    ("p", "The Scrutiny Officer presented the report entitled 'Overview and Scrutiny Committee Work "
          "Programme 2024/25' and drew attention to the items scheduled for the meetings on 11 March "
          "2025 and 15 July 2025."),
    ("p", "Councillor Rosalind Pegg requested that an item on the enforcement of damp and mould standards "
          "in the private rented sector be added to the work programme. The Scrutiny Officer advised that "
          "the item could be added to the meeting in July, alongside the further update on temporary "
          "accommodation."),
    ("p", "Councillor Daniel Ashdown, as Chair, asked whether the Committee would be able to set up a task "
          "and finish group to look at the leisure options appraisal. The Scrutiny Officer advised that "
          "the Committee could agree the scope of a task and finish group at its meeting in March, once "
          "the timetable for the Cabinet decision was known."),
    ("p", "Councillor Rosalind Pegg proposed and Councillor Lucy Kerrigan seconded and, following a vote, "
          "it was:"),
    ("lab", "RESOLVED:", "That the Committee:"),
    ("n", "(1)", "Noted the work programme for 2024/25."),
    ("n", "(2)", "Agreed that an item on damp and mould in the private rented sector be added to the "
                 "meeting on 15 July 2025."),
    ("lab", "REASON FOR DECISION:", "To allow the Committee to set its work programme."),
]

ATTENDANCE_BLOCK = [
    ("Present:", "Councillors: Daniel Ashdown (Chair), Rosalind Pegg (Vice-Chair), Imran Chaudhry, Hattie "
                 "Frere, Martin Goodall, Lucy Kerrigan, Owen Latimer, Beverley Nyamekye, Graham Sowter and "
                 "Philippa Wren."),
    ("In Attendance:", "Carl Mottram (Service Director – Housing and Environmental Health), Jessica Rennard "
                       "(Service Director – Resources), Tom Beddoes (Leisure and Green Space Manager), Aisha "
                       "Quarrie (Community Safety Manager), Neil Dorrington (Scrutiny Officer) and Harriet "
                       "Lowe (Committee, Member and Scrutiny Officer)."),
    ("Also Present:", "At the commencement of the meeting Councillor Gemma Truscott (Executive Member for "
                      "Housing and Environmental Health), Councillor Paul Ormesher (Executive Member for "
                      "Finance and IT), Councillor Fiona Blackwood (Executive Member for Leisure and Green "
                      "Spaces), Chief Inspector Marcus Hendry (District Commander, Mardenshire "
                      "Constabulary), Stuart Pell (Regional Manager, Activa Leisure) and 4 members of the "
                      "public."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 9)
                self.set_xy(20, 10)
                self.cell(0, 5, "Tuesday, 14th January, 2025", align="R")
                self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Overview and Scrutiny Committee - Tuesday, 14th January, 2025")
    pdf.set_author("Ivelbrook District Council")
    pdf.set_creator("Microsoft Word - Printed minutes")
    pdf.set_producer("ModernGov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.0
    num_x, text_x = 20.0, 38.0
    text_w = 210 - 20 - text_x

    # heading block
    pdf.set_font("Sans", "B", 11)
    for line in ["IVELBROOK DISTRICT COUNCIL", "OVERVIEW AND SCRUTINY COMMITTEE"]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(0, lh, "MEETING HELD IN THE COUNCIL CHAMBER, DISTRICT COUNCIL OFFICES, BROADWATER "
                          "LANE, IVELBROOK GARDEN TOWN ON TUESDAY, 14TH JANUARY, 2025 AT 7.30 PM",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for label, text in ATTENDANCE_BLOCK:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(num_x, y)
        pdf.cell(40, lh, label)
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(60, y)
        pdf.multi_cell(210 - 20 - 60, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 297 - 22 - 25:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(num_x, y)
            pdf.cell(text_x - num_x, lh, num)
            pdf.set_xy(text_x, y)
            pdf.multi_cell(text_w, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "audio":
            pdf.set_font("Sans", "I", 9)
            pdf.set_text_color(0, 0, 160)
            pdf.set_x(text_x)
            pdf.cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(text_x + 2, y)
            pdf.cell(5, lh, "•")
            pdf.set_xy(text_x + 8, y)
            pdf.multi_cell(text_w - 8, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "n":
            _, label, text = block
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - lh:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(text_x, y)
            pdf.cell(9, lh, label)
            pdf.set_xy(text_x + 9, y)
            pdf.multi_cell(text_w - 9, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "lab":
            _, label, text = block
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, f"**{label}** {text}", markdown=True, align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "nb":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.set_font("Sans", "", 10)

    pdf.ln(6)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(text_x)
    pdf.cell(text_w, lh, "The meeting closed at 10.04 pm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_x(130)
    pdf.cell(60, lh, "Chair", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# The information note (not minutes)
# ---------------------------------------------------------------------------------------

def build_note(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.created = dt.datetime(2025, 2, 20, 10, 0, 0)
    cp.modified = dt.datetime(2025, 2, 20, 10, 0, 0)
    cp.last_modified_by = "Neil Dorrington"
    cp.author = "Ivelbrook District Council"
    cp.title = "Information Note - Leisure management contract - questions from Overview and Scrutiny"
    cp.revision = 3

    p = d.add_paragraph()
    r = p.add_run("IVELBROOK DISTRICT COUNCIL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("INFORMATION NOTE")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = [
        ("Date:", "20 February 2025"),
        ("Subject:", "Leisure Management Contract – responses to questions raised at the Overview "
                     "and Scrutiny Committee on 14 January 2025"),
        ("Service Area:", "Place – Leisure and Green Spaces"),
        ("Author:", "Tom Beddoes, Leisure and Green Space Manager"),
        ("Lead Executive Member:", "Councillor Fiona Blackwood, Executive Member for Leisure and "
                                   "Green Spaces"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b

    def head(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text)
        r.bold = True

    def para(text):
        d.add_paragraph(text)

    head("1.\tSUMMARY")
    para("1.1\tThis note answers the questions that Members of the Overview and Scrutiny Committee "
         "asked about the leisure management contract at their meeting on 14 January 2025, and the "
         "questions put by the Baldmore Swimming Club under Public Participation. It is for "
         "information only and no decision is required.")
    head("2.\tBACKGROUND")
    para("2.1\tAt the meeting the Committee considered the annual performance review of the leisure "
         "management contract for 2023/24. The Committee asked officers to review the pool programme "
         "at Baldmore Pool with Activa Leisure and the local swimming clubs and to report the outcome "
         "back to the Committee. The Committee also recommended that the options appraisal for the "
         "future of the service should come to the Committee before Cabinet takes a decision.")
    para("2.2\tThe current contract began on 1 April 2017 and ends on 31 March 2027. It can be extended "
         "by up to two years by agreement between the Council and the operator.")
    head("3.\tQUESTIONS AND RESPONSES")
    para("3.1\tThe questions below are summarised from the meeting. Where an answer was given at the "
         "meeting it has been checked and, where necessary, updated.")
    qa = [
        ("Was the Council consulted before the pool programme at Baldmore Pool was changed?",
         "The operator notified the Council's contract officer by e-mail on 19 July 2024. Under Schedule "
         "4 of the contract, changes to the core programme need the Council's written agreement. That "
         "agreement was not given, and the operator has accepted that the change should have been "
         "agreed first. A revised change-control procedure was agreed at the contract meeting on 6 "
         "February 2025."),
        ("Can the evening lane hire for the Baldmore Swimming Club be restored?",
         "Activa Leisure met the club and Royswick Tigers Swimming Club on 11 February 2025. From 3 March "
         "2025 the Tuesday evening session will be restored in full and the Thursday session will be "
         "restored from the start of the summer term, once two further lifeguards have qualified."),
        ("Why has the price of club lane hire risen by 18% in two years?",
         "Club hire prices rise each April under the contract's pricing mechanism. The increases in "
         "2023 and 2024 reflected the rise in energy prices. The operator has agreed to hold club hire "
         "prices at the current level until April 2026."),
        ("Why is there a nine week waiting list for the GP exercise referral scheme?",
         "Since the County Council's funding ended in March 2024 the operator has run the scheme with "
         "one instructor instead of three. The County Council has now confirmed funding for 2025/26 "
         "and the waiting list is expected to be cleared by June 2025."),
        ("Will the options appraisal consider bringing the service back in-house?",
         "Yes. The appraisal will consider a new contract, in-house delivery, a local authority trading "
         "company and a shared service with a neighbouring council. It will be presented to the "
         "Overview and Scrutiny Committee in September 2025 before it goes to Cabinet."),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Question raised", "Response"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for i, (q, a) in enumerate(qa, 1):
        cells = t.add_row().cells
        cells[0].text = str(i)
        cells[1].text = q
        cells[2].text = a
    head("4.\tNEXT STEPS")
    para("4.1\tOfficers will report the outcome of the pool programme review to the Overview and "
         "Scrutiny Committee on 11 March 2025. Members who have further questions are asked to send "
         "them to the Scrutiny Officer before 4 March 2025 so that they can be answered in that report.")
    head("5.\tCONTACT OFFICER")
    para("5.1\tTom Beddoes, Leisure and Green Space Manager, tom.beddoes@ivelbrook.example.gov.uk")
    para("5.2\tNeil Dorrington, Scrutiny Officer, neil.dorrington@ivelbrook.example.gov.uk")

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip entry with the current time: rewrite with a fixed time
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

SDH = "Service Director – Housing and Environmental Health"
SDR = "Service Director – Resources"
RM = "Regional Manager, Activa Leisure"


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-14",
    "items": [{"number": b[1], "title": b[2]} for b in MINUTES if b[0] == "item"],
    "questions": [
        # 58 public participation (points of a public speaker; nothing answered there)
        q("58", "concern", "its members were concerned that junior swimmers would be the hardest hit",
          "Ms Carol Denny", None, None, []),
        q("58", "concern", "she felt was more than a small community club run by volunteers",
          "Ms Carol Denny", None, None, ["finance"]),
        q("58", "question", "had been consulted by the operator before the pool programme was altered",
          "Ms Carol Denny", None, None, ["subcontracting"]),
        q("58", "request", "She requested that the Committee ask for the pool programme to be reviewed",
          "Ms Carol Denny", None, None, []),
        # 61: "The following Members asked questions:" lists only names; the answers have no
        # recorded question, so there is no question row in this item.
        # 62 temporary accommodation
        q("62", "question", "asked how many of the households in bed and breakfast were families",
          "Councillor Owen Latimer",
          "four families had been there for longer than the six week legal limit",
          SDH, ["housing", "children-and-families"]),
        q("62", "concern", "expressed concern that families were being placed in accommodation outside the district",
          "Councillor Beverley Nyamekye",
          "17 households were currently placed outside the district, mostly in neighbouring towns",
          SDH, ["housing", "children-and-families"]),
        q("62", "question", "queried whether the purchase of further properties would reduce the pressure on the budget",
          "Councillor Graham Sowter",
          "each property the Council bought saved around £14,000 a year",
          SDR, ["housing", "finance"]),
        q("62", "question", "queried whether the Housing Options team had enough staff to deal with",
          "Councillor Rosalind Pegg",
          "two of the eleven Housing Options Officer posts were vacant",
          SDH, ["housing", "workforce"]),
        q("62", "comment", "commented that the Housing Options team had dealt with a very difficult year",
          "Councillor Lucy Kerrigan", None, None, []),
        # 63 leisure contract
        q("63", "question", "asked whether the Council had been consulted before the programme at Baldmore",
          "Councillor Lucy Kerrigan",
          "had been notified to officers in July 2024 but had not been brought",
          "Leisure and Green Space Manager", ["subcontracting"]),
        q("63", "question", "asked whether the Council would consider bringing the leisure service back in-house",
          "Councillor Martin Goodall",
          "options appraisal, which would include in-house delivery and a local authority trading company",
          "Executive Member for Leisure and Green Spaces", ["privatisation", "subcontracting"]),
        q("63", "concern", "expressed concern that the concessionary prices were not well publicised",
          "Councillor Imran Chaudhry",
          "the company would produce a new leaflet with the Council",
          RM, ["finance"]),
        q("63", "question", "queried why there was a waiting list of nine weeks for the GP exercise",
          "Councillor Philippa Wren",
          "funded by the County Council's public health team until March 2024",
          RM, ["primary-care", "public-health", "finance"]),
        q("63", "question", "asked how the lifeguard vacancies were being filled",
          "Councillor Rosalind Pegg",
          "the hourly rate for lifeguards had been increased by 50p from January 2025",
          RM, ["workforce"]),
        # 64 budget
        q("64", "question", "asked what assumption had been made about the income from the new Extended",
          "Councillor Graham Sowter",
          "£1.3 million had been included for 2025/26 only",
          SDR, ["finance"]),
        q("64", "question", "queried the proposal to reduce the grants made to community groups by 10%",
          "Councillor Hattie Frere",
          "the reduction would apply to the discretionary community grants scheme",
          "Executive Member for Finance and IT", ["finance"]),
        q("64", "question", "asked how many residents had responded to the budget consultation",
          "Councillor Owen Latimer",
          "412 responses had been received, and that the proposal to close the public toilets",
          "Executive Member for Finance and IT", ["patient-and-public-input", "finance"]),
        q("64", "question", "increase in employer's National Insurance contributions would cost the Council around £310,000",
          "Councillor Beverley Nyamekye",
          "the provisional settlement included £190,000 towards the additional cost",
          SDR, ["finance", "workforce"]),
        q("64", "request", "requested that future budget reports show the net cost of temporary accommodation",
          "Councillor Imran Chaudhry", None, None, ["finance", "housing"]),
        # 65 work programme
        q("65", "request", "requested that an item on the enforcement of damp and mould standards",
          "Councillor Rosalind Pegg",
          "the item could be added to the meeting in July",
          "Scrutiny Officer", ["housing"]),
        q("65", "question", "asked whether the Committee would be able to set up a task and finish group",
          "Councillor Daniel Ashdown",
          "the Committee could agree the scope of a task and finish group",
          "Scrutiny Officer", ["governance"]),
    ],
    "resolutions": [
        r("55", "Minutes of the Meeting of the Committee held on 12 November 2024 be approved",
          "agreed", []),
        r("61", "the Committee noted the report and asked that the parish figures", "agreed", []),
        r("62", "Requested that a further update, including the outcome of the Cabinet decision",
          "agreed", ["housing"]),
        r("63", "recommend to Cabinet that in-house delivery be treated as the preferred option",
          "rejected", ["privatisation"]),
        r("63", "Noted the performance of the leisure management contract for 2023/24",
          "agreed", ["subcontracting"]),
        r("63", "the options appraisal for the future delivery of the leisure service be brought",
          "recommended", ["governance"]),
        r("64", "That Cabinet takes into account the comments of the Committee", "recommended",
          ["finance"]),
        r("65", "Agreed that an item on damp and mould in the private rented sector",
          "agreed", ["housing"]),
    ],
    "attendees": [
        a("Daniel Ashdown", "Chair", "present"),
        a("Rosalind Pegg", "Vice-Chair", "present"),
        a("Imran Chaudhry", None, "present"),
        a("Hattie Frere", None, "present"),
        a("Martin Goodall", None, "present"),
        a("Lucy Kerrigan", None, "present"),
        a("Owen Latimer", None, "present"),
        a("Beverley Nyamekye", None, "present"),
        a("Graham Sowter", None, "present"),
        a("Philippa Wren", None, "present"),
        a("Carl Mottram", SDH, "in_attendance"),
        a("Jessica Rennard", SDR, "in_attendance"),
        a("Tom Beddoes", "Leisure and Green Space Manager", "in_attendance"),
        a("Aisha Quarrie", "Community Safety Manager", "in_attendance"),
        a("Neil Dorrington", "Scrutiny Officer", "in_attendance"),
        a("Harriet Lowe", "Committee, Member and Scrutiny Officer", "in_attendance"),
        a("Gemma Truscott", "Executive Member for Housing and Environmental Health", "in_attendance"),
        a("Paul Ormesher", "Executive Member for Finance and IT", "in_attendance"),
        a("Fiona Blackwood", "Executive Member for Leisure and Green Spaces", "in_attendance"),
        a("Chief Inspector Marcus Hendry", "District Commander, Mardenshire Constabulary", "in_attendance"),
        a("Stuart Pell", "Regional Manager, Activa Leisure", "in_attendance"),
        a("Keith Almond", None, "apologies"),
        a("Nadia Foulkes", None, "apologies"),
    ],
}

NOTE_GOLD = {"document": NOTE_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------

def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norms(s: str) -> list[str]:
    """Two readings of 'remove punctuation': delete it, or turn it into a space."""
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for repl in ("", " "):
        t = "".join(ch if (ch.isalnum() or ch.isspace()) else repl for ch in s)
        out.append(" " + re.sub(r"\s+", " ", t).strip() + " ")
    return out


def count(phrase: str, text: str) -> list[int]:
    return [tn.count(" " + pn.strip() + " ") for pn, tn in zip(norms(phrase), norms(text))]


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("kk-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath.name}")
            bad += 1
            continue
        text = doc_text(dpath)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n = len(ph.split())
            c = count(ph, text)
            if c != [1, 1] or not 6 <= n <= 15:
                bad += 1
                print(f"FAIL {dpath.name} {what}: {c} occurrences, {n} words: {ph!r}")
        if g["doc_type"] == "minutes":
            for it in g["items"]:
                if count(it["title"], text)[0] < 1:
                    bad += 1
                    print(f"FAIL {dpath.name} item title not found: {it['title']!r}")
            for at in g["attendees"]:
                if count(at["name"], text)[0] < 1:
                    bad += 1
                    print(f"FAIL {dpath.name} attendee not found: {at['name']!r}")
        print(f"{dpath.name}: {len(phrases)} phrases checked")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_note(DOCS / NOTE_NAME)
    for g in (MINUTES_GOLD, NOTE_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print("written:", MINUTES_NAME, NOTE_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
