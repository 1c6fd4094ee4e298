#!/usr/bin/env python3
"""Build the "lu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lu.py           build documents/lu-* and gold/lu-*.json
        build_lu.py --check   verify every gold phrase occurs once in its document
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2024, 11, 28, 9, 30, 0, tzinfo=dt.timezone.utc)

MIN_NAME = "lu-ouseland-people-scrutiny-2024-11-21.pdf"
REP_NAME = "lu-ouseland-send-ehcp-timeliness-report.docx"

# ---------------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------------

ATTENDANCE = [
    ("PRESENT", [
        "Councillors Anne Hollister (Chair), Martin Crouch (Vice Chair), Jill Brocklehurst, "
        "Daniel Cheung, Patricia Devereux, Kevin Fairweather, Rosemary Gadd, Tom Haslam, "
        "Imran Malik, Gerald Pym and Wendy Stapely; Lucy Pennock (Parent Governor "
        "Representative) and Revd Michael Ansell (Church of England Diocesan Representative)",
    ]),
    ("LEAD MEMBERS", [
        "Councillor Derek Whitmore, Lead Member for Adult Social Care and Health",
        "Councillor Fiona Lavington, Lead Member for Children and Families",
        "Councillor Robert Ingram, Lead Member for Education and Inclusion, Special "
        "Educational Needs and Disability",
    ]),
    ("ALSO PRESENT", [
        "Helen Marchbank, Director of Adult Social Care and Health",
        "Alistair Dunmore, Director of Children\u2019s Services",
        "Naomi Fenwick, Assistant Director (Education)",
        "Gareth Pryce, Chief Finance Officer",
        "Joanne Okello, Head of Safer Communities",
        "Dr Simon Latimer, Independent Chair, Ouseland Safeguarding Adults Board",
        "Chief Inspector Ruth Kingsley, Ouseland Police",
        "Peter Thornley, Senior Scrutiny Adviser",
        "Kate Ellison, Scrutiny and Policy Support Officer",
    ]),
]

# Each item: (number, title, [paragraphs]); a paragraph is (label, text, [sub-clauses])
ITEMS = [
    ("30", "MINUTES OF THE PREVIOUS MEETING", [
        ("30.1", "The Committee RESOLVED to agree the minutes of the meeting held on 12 "
                 "September 2024 as a correct record.", []),
    ]),
    ("31", "APOLOGIES FOR ABSENCE", [
        ("31.1", "Apologies for absence were received from Councillor Paul Redstone and Maria "
                 "Lonsdale (Parent Governor Representative). Councillor Gerald Pym attended as a "
                 "substitute for Councillor Redstone.", []),
        ("31.2", "Councillor Robert Ingram, Lead Member for Education and Inclusion, Special "
                 "Educational Needs and Disability, gave his apologies for the first part of the "
                 "meeting and attended for items 36 and 37.", []),
    ]),
    ("32", "DISCLOSURES OF INTERESTS", [
        ("32.1", "Councillor Patricia Devereux declared a personal, non-prejudicial interest in "
                 "item 36 as she is a governor of Downsview Special School in Crowford. Lucy "
                 "Pennock declared a personal, non-prejudicial interest in item 36 as she is the "
                 "parent of a child with an Education, Health and Care Plan.", []),
    ]),
    ("33", "URGENT ITEMS", [
        ("33.1", "There were none.", []),
    ]),
    ("34", "OUSELAND SAFEGUARDING ADULTS BOARD (SAB) ANNUAL REPORT 2023-24", [
        ("34.1", "Dr Simon Latimer, Independent Chair of the Ouseland Safeguarding Adults Board "
                 "(SAB), introduced the report. The report set out the work of the SAB and its "
                 "partner agencies during 2023-24, including the findings of the two Safeguarding "
                 "Adults Reviews (SARs) published during the year, the performance data for "
                 "safeguarding concerns and enquiries, and the Board\u2019s priorities for "
                 "2024-25. The Independent Chair highlighted that the Board\u2019s strategic plan "
                 "had been refreshed with partners in the spring and that the Board would be "
                 "giving particular attention to self-neglect, transitions for young people "
                 "moving into adult services and the quality of care in supported living "
                 "settings.", []),
        ("34.2", "The Committee asked why the number of safeguarding concerns received by the "
                 "Council had risen by 19% during the year while the number that went on to a "
                 "section 42 enquiry had fallen. The Director of Adult Social Care and Health "
                 "explained that more concerns were now being raised by care providers and the "
                 "ambulance service about matters that were better dealt with as quality of care "
                 "issues, and that the Health and Social Care Connect team screened every concern "
                 "so that enquiries were focused on those people who were at risk of abuse or "
                 "neglect. She added that the conversion rate was in line with the regional "
                 "average.", []),
        ("34.3", "The Committee asked about the learning from the Safeguarding Adults Review "
                 "into the death of \u2018Mr K\u2019, a man with a learning disability who had "
                 "lived in a supported living setting, and how the SAB could be assured that the "
                 "recommendations had been implemented by every agency. The Independent Chair "
                 "outlined that each SAR had a multi-agency action plan which was monitored by "
                 "the SAR Subgroup until every action had been evidenced as complete, and that a "
                 "multi-agency audit of supported living placements would report to the Board in "
                 "March 2025.", []),
        ("34.4", "A Committee Member expressed concern that self-neglect had featured in both "
                 "of the published reviews and asked whether front line staff in all agencies "
                 "had the training and the time to work with people who repeatedly refused "
                 "support. The Independent Chair agreed that self-neglect remained one of the "
                 "most difficult areas of practice. He said that the SAB had refreshed its "
                 "self-neglect procedures and had delivered multi-agency training to over 400 "
                 "practitioners during the year, including staff from housing providers and the "
                 "fire and rescue service.", []),
        ("34.5", "Revd Michael Ansell asked how the SAB heard from people who had been through "
                 "the safeguarding process themselves. The Independent Chair said that a "
                 "feedback survey was offered to everyone whose enquiry had concluded, but that "
                 "the response rate was low, and that the Board was working with Healthwatch "
                 "Ouseland to run focus groups with people with lived experience in the new "
                 "year.", []),
        ("34.6", "The Committee requested that future annual reports include a comparison "
                 "of the Board\u2019s performance data with that of similar authorities.", []),
        ("34.7", "The Committee RESOLVED to note the report.", []),
    ]),
    ("35", "ANNUAL REVIEW OF SAFER COMMUNITIES PERFORMANCE, PRIORITIES AND ISSUES", [
        ("35.1", "The Head of Safer Communities introduced the report, which the Committee "
                 "considers each year in its role as the Council\u2019s crime and disorder "
                 "committee. The report set out performance against the priorities of the "
                 "Ouseland Community Safety Partnership for 2023/24 and the priorities agreed "
                 "for 2024/25, which were serious violence, violence against women and girls, "
                 "drug and alcohol related harm, fraud and scams, and tackling exploitation. "
                 "Chief Inspector Ruth Kingsley, Ouseland Police, attended for this item.", []),
        ("35.2", "The Committee asked what was being done to tackle the exploitation of "
                 "children through county lines drug dealing, particularly in the coastal towns "
                 "of Seaborne and Hailmarsh. Chief Inspector Kingsley explained that the police "
                 "and Children\u2019s Services shared information through the multi-agency "
                 "child exploitation panel, which met every fortnight, and that two county lines "
                 "operating between London and Seaborne had been closed down since the summer. "
                 "The Director of Children\u2019s Services added that the Council\u2019s "
                 "adolescent safeguarding team had worked with 87 young people at risk of "
                 "exploitation during the year.", []),
        ("35.3", "The Committee asked about the increase in reported doorstep crime and "
                 "scams targeting older people and whether the Trading Standards team had the "
                 "capacity to support every victim. The Head of Safer Communities outlined that "
                 "the team had made 1,240 visits to victims of scams in 2023/24 and had installed "
                 "call blockers for those who had been targeted repeatedly. She acknowledged that "
                 "two officer posts in the team were currently vacant and said that these were "
                 "being recruited to.", []),
        ("35.4", "Councillor Kevin Fairweather raised concerns about the sale of vapes to "
                 "children by shops close to secondary schools in his division. The Head of "
                 "Safer Communities said that Trading Standards had carried out 38 test "
                 "purchases during the year, 14 of which had resulted in a sale to a person "
                 "under 18, and had seized over 9,000 illegal vapes, and that the results of the "
                 "test purchases were shared with the schools concerned.", []),
        ("35.5", "A Committee Member asked whether there was enough refuge and safe "
                 "accommodation in the county for victims of domestic abuse, noting that women "
                 "from Ouseland were regularly placed in refuges outside the county. The Head "
                 "of Safer Communities said that the Council had used its domestic abuse new "
                 "burdens grant to commission 12 additional units of dispersed safe "
                 "accommodation during the year, bringing the total to 54, and that the "
                 "refreshed domestic abuse needs assessment would be published in the spring. "
                 "Councillor Wendy Stapely commented that survivors she had spoken to had found "
                 "it very difficult to find out what support was available to them.", []),
        ("35.6", "The Committee noted the report and thanked the Head of Safer Communities "
                 "and Chief Inspector Kingsley for attending.", []),
    ]),
    ("36", "SPECIAL EDUCATIONAL NEEDS AND DISABILITY (SEND): TIMELINESS OF EDUCATION, "
           "HEALTH AND CARE PLANS", [
        ("36.1", "The Assistant Director (Education) introduced the report, which provided an "
                 "update on the timeliness of Education, Health and Care Plans (EHCPs) "
                 "following the Committee\u2019s request at its meeting in March 2024. The "
                 "proportion of new EHCPs issued within the statutory 20-week timescale had "
                 "fallen to 38% in the first half of 2024, compared with 61% in 2022. This was "
                 "largely because requests for an education, health and care needs assessment "
                 "had increased by 27% over two years and because of a national shortage of "
                 "educational psychologists. The Lead Member for Education and Inclusion, "
                 "Special Educational Needs and Disability said that improving timeliness was "
                 "his highest priority for the service.", []),
        ("36.2", "The Committee asked what was being done to recruit and retain educational "
                 "psychologists. The Assistant Director (Education) explained that the Council "
                 "had introduced a market supplement for educational psychologists in "
                 "September, was sponsoring four trainee educational psychologists each year "
                 "through the doctoral training programme, and was using locum psychologists to "
                 "reduce the backlog of advice, although locums cost around twice as much as "
                 "employed staff.", []),
        ("36.3", "The Committee expressed concern about the impact of the delays on children "
                 "and their families, some of whom had waited more than a year for a final "
                 "plan, and about the number of complaints upheld by the Local Government and "
                 "Social Care Ombudsman. The Director of Children\u2019s Services acknowledged "
                 "that the delays were not acceptable and apologised to the families affected. "
                 "He said that every family waiting longer than 20 weeks now had a named "
                 "caseworker who would contact them at least every four weeks, and that "
                 "children without a school place were being prioritised.", []),
        ("36.4", "Lucy Pennock asked whether parents were kept informed of the stage their "
                 "child\u2019s assessment had reached and were involved in drafting the plan. "
                 "The Assistant Director (Education) said that a new online portal would allow "
                 "parents to track each stage of the assessment from January 2025, and that "
                 "feedback from the Ouseland Parent Carer Forum had been used in its design.", []),
        ("36.5", "A Committee Member asked about the cost to the high needs budget of "
                 "placements in independent special schools and how this related to the "
                 "Dedicated Schools Grant (DSG) deficit. The Chief Finance Officer outlined that "
                 "placements in independent and non-maintained special schools now accounted "
                 "for over a third of high needs spending, that the cumulative DSG deficit was "
                 "forecast to reach \u00a348m by March 2025, and that the statutory override "
                 "which kept the deficit off the Council\u2019s balance sheet was due to end in "
                 "March 2026 unless the Government extended it.", []),
        ("36.6", "A Committee Member commented that mainstream schools needed more support from "
                 "specialist teachers and therapists so that fewer children needed an EHCP in "
                 "order to get the help they required.", []),
        ("36.7", "The Committee RESOLVED to:", [
            ("1)", "note the report; and"),
            ("2)", "request a further report on EHCP timeliness, including the timeliness of "
                   "annual reviews, at its meeting in June 2025."),
        ]),
    ]),
    ("37", "RECONCILING POLICY, PERFORMANCE AND RESOURCES (RPPR)", [
        ("37.1", "The Chief Finance Officer introduced the report, which set out the latest "
                 "position on the Council\u2019s financial outlook for 2025/26 and beyond, "
                 "following the Chancellor\u2019s Autumn Budget on 30 October 2024. The medium "
                 "term financial plan showed a budget deficit of \u00a356.3m in 2025/26, rising "
                 "to \u00a392.7m by 2027/28, before any savings or use of reserves. The "
                 "position would not be clear until the provisional local government finance "
                 "settlement was published in December. The report also included the portfolio "
                 "plans and the savings proposals for the services within the Committee\u2019s "
                 "remit.", []),
        ("37.2", "The Committee asked what the increase in employer National Insurance "
                 "contributions would mean for the Council and for the care providers it "
                 "commissions. The Chief Finance Officer explained that the direct cost to the "
                 "Council was estimated at \u00a34.3m and that the Government had indicated it "
                 "would be funded for the public sector, but that independent care providers "
                 "would not receive any additional funding and were likely to seek higher fee "
                 "uplifts from the Council as a result.", []),
        ("37.3", "The Committee asked about the continued growth in the cost of home to "
                 "school transport, particularly for children with SEND. The Director of "
                 "Children\u2019s Services said that the number of children with an EHCP who "
                 "were eligible for transport had increased by 11% in a year and that more "
                 "children were travelling longer distances to special schools outside the "
                 "county. A review of transport routes and the promotion of independent travel "
                 "training were included in the savings proposals.", []),
        ("37.4", "A Committee Member asked whether any of the savings proposals would affect "
                 "early help or the family hubs. The Director of Children\u2019s Services "
                 "confirmed that no reductions to family hubs were proposed for 2025/26, but "
                 "that the Government\u2019s funding for the Family Hubs and Start for Life "
                 "programme had only been confirmed for one further year.", []),
        ("37.5", "Councillor Tom Haslam expressed concern that a further increase in council "
                 "tax would fall hardest on residents who were already struggling with the cost "
                 "of living and asked that the Committee see the full equality impact "
                 "assessments for the savings proposals before the RPPR Board meets.", []),
        ("37.6", "The Committee RESOLVED to:", [
            ("1)", "note the information in the report; and"),
            ("2)", "establish an RPPR Board to meet on 17 December 2024 to agree detailed "
                   "comments and any recommendations on the emerging portfolio plans and "
                   "savings proposals to be put to Cabinet on behalf of the Committee in "
                   "January 2025."),
        ]),
    ]),
    ("38", "WORK PROGRAMME", [
        ("38.1", "The Senior Scrutiny Adviser introduced the work programme. He reminded the "
                 "Committee that at its September meeting it had agreed to hold a scoping "
                 "board for a possible scrutiny review of school attendance and that three "
                 "Members were needed to sit on the board, which would meet in January 2025.", []),
        ("38.2", "A Committee Member requested that the Committee consider the implications "
                 "for the Council of the Children\u2019s Wellbeing and Schools Bill, including "
                 "the proposed changes to children\u2019s social care and the register of "
                 "children not in school, at a future meeting. The Senior Scrutiny Adviser said "
                 "that an item would be scheduled once the Bill had been introduced to "
                 "Parliament and its contents were known.", []),
        ("38.3", "The Committee RESOLVED to amend the work programme in line with paragraph "
                 "38.2 and to appoint Councillors Brocklehurst, Cheung and Haslam to the "
                 "scoping board for the review of school attendance.", []),
    ]),
]

CLOSING = "The meeting ended at 12.48 pm."
SIGNATURE = ["Councillor Anne Hollister", "Chair"]

MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "People Scrutiny Committee",
    "meeting_date": "2024-11-21",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        {"item": "34", "kind": "question",
         "text": "asked why the number of safeguarding concerns received by the Council had risen",
         "asked_by": None,
         "answer": "more concerns were now being raised by care providers and the ambulance service",
         "given_by": "Director of Adult Social Care and Health",
         "themes": ["adult-social-care"]},
        {"item": "34", "kind": "question",
         "text": "how the SAB could be assured that the recommendations had been implemented",
         "asked_by": None,
         "answer": "each SAR had a multi-agency action plan which was monitored by the SAR Subgroup",
         "given_by": "Independent Chair",
         "themes": ["adult-social-care", "governance"]},
        {"item": "34", "kind": "concern",
         "text": "expressed concern that self-neglect had featured in both of the published reviews",
         "asked_by": None,
         "answer": "had delivered multi-agency training to over 400 practitioners during the year",
         "given_by": "Independent Chair",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "34", "kind": "question",
         "text": "asked how the SAB heard from people who had been through the safeguarding process",
         "asked_by": "Revd Michael Ansell",
         "answer": "a feedback survey was offered to everyone whose enquiry had concluded",
         "given_by": "Independent Chair",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "34", "kind": "request",
         "text": "requested that future annual reports include a comparison of the Board's performance data",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "35", "kind": "question",
         "text": "what was being done to tackle the exploitation of children through county lines",
         "asked_by": None,
         "answer": "shared information through the multi-agency child exploitation panel",
         "given_by": "Chief Inspector Kingsley",
         "themes": ["children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "the increase in reported doorstep crime and scams targeting older people",
         "asked_by": None,
         "answer": "two officer posts in the team were currently vacant",
         "given_by": "Head of Safer Communities",
         "themes": ["adult-social-care", "workforce"]},
        {"item": "35", "kind": "concern",
         "text": "raised concerns about the sale of vapes to children by shops",
         "asked_by": "Councillor Kevin Fairweather",
         "answer": "Trading Standards had carried out 38 test purchases during the year",
         "given_by": "Head of Safer Communities",
         "themes": ["public-health", "children-and-families"]},
        {"item": "35", "kind": "question",
         "text": "whether there was enough refuge and safe accommodation in the county for victims",
         "asked_by": None,
         "answer": "used its domestic abuse new burdens grant to commission 12 additional units",
         "given_by": "Head of Safer Communities",
         "themes": ["housing", "finance", "subcontracting"]},
        {"item": "35", "kind": "comment",
         "text": "survivors she had spoken to had found it very difficult to find out",
         "asked_by": "Councillor Wendy Stapely",
         "answer": None,
         "given_by": None,
         "themes": []},
        {"item": "36", "kind": "question",
         "text": "asked what was being done to recruit and retain educational psychologists",
         "asked_by": None,
         "answer": "had introduced a market supplement for educational psychologists in September",
         "given_by": "Assistant Director (Education)",
         "themes": ["workforce", "children-and-families"]},
        {"item": "36", "kind": "concern",
         "text": "expressed concern about the impact of the delays on children and their families",
         "asked_by": None,
         "answer": "acknowledged that the delays were not acceptable and apologised to the families affected",
         "given_by": "Director of Children's Services",
         "themes": ["children-and-families"]},
        {"item": "36", "kind": "question",
         "text": "asked whether parents were kept informed of the stage their child's assessment had reached",
         "asked_by": "Lucy Pennock",
         "answer": "a new online portal would allow parents to track each stage of the assessment",
         "given_by": "Assistant Director (Education)",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "36", "kind": "question",
         "text": "asked about the cost to the high needs budget of placements in independent special schools",
         "asked_by": None,
         "answer": "now accounted for over a third of high needs spending",
         "given_by": "Chief Finance Officer",
         "themes": ["finance", "children-and-families"]},
        {"item": "36", "kind": "comment",
         "text": "mainstream schools needed more support from specialist teachers and therapists",
         "asked_by": None,
         "answer": None,
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "37", "kind": "question",
         "text": "what the increase in employer National Insurance contributions would mean for the Council",
         "asked_by": None,
         "answer": "the direct cost to the Council was estimated at",
         "given_by": "Chief Finance Officer",
         "themes": ["finance", "workforce", "adult-social-care", "subcontracting"]},
        {"item": "37", "kind": "question",
         "text": "asked about the continued growth in the cost of home to school transport",
         "asked_by": None,
         "answer": "the number of children with an EHCP who were eligible for transport had increased",
         "given_by": "Director of Children's Services",
         "themes": ["finance", "children-and-families"]},
        {"item": "37", "kind": "question",
         "text": "whether any of the savings proposals would affect early help or the family hubs",
         "asked_by": None,
         "answer": "confirmed that no reductions to family hubs were proposed for",
         "given_by": "Director of Children's Services",
         "themes": ["finance", "children-and-families"]},
        {"item": "37", "kind": "concern",
         "text": "expressed concern that a further increase in council tax would fall hardest on residents",
         "asked_by": "Councillor Tom Haslam",
         "answer": None,
         "given_by": None,
         "themes": ["finance"]},
        {"item": "38", "kind": "request",
         "text": "requested that the Committee consider the implications for the Council of the Children's Wellbeing",
         "asked_by": None,
         "answer": "an item would be scheduled once the Bill had been introduced to Parliament",
         "given_by": "Senior Scrutiny Adviser",
         "themes": ["children-and-families"]},
    ],
    "resolutions": [
        {"item": "30", "text": "agree the minutes of the meeting held on 12 September 2024 as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "34", "text": "The Committee RESOLVED to note the report", "outcome": "noted",
         "themes": []},
        {"item": "35", "text": "The Committee noted the report and thanked the Head of Safer Communities",
         "outcome": "noted", "themes": []},
        {"item": "36", "text": "request a further report on EHCP timeliness, including the timeliness of annual reviews",
         "outcome": "agreed", "themes": ["children-and-families"]},
        {"item": "37", "text": "establish an RPPR Board to meet on 17 December 2024",
         "outcome": "agreed", "themes": ["finance"]},
        {"item": "38", "text": "amend the work programme in line with paragraph 38.2 and to appoint",
         "outcome": "agreed", "themes": ["children-and-families"]},
    ],
    "attendees": [
        {"name": "Anne Hollister", "role": "Chair", "attendance": "present"},
        {"name": "Martin Crouch", "role": "Vice Chair", "attendance": "present"},
        {"name": "Jill Brocklehurst", "role": None, "attendance": "present"},
        {"name": "Daniel Cheung", "role": None, "attendance": "present"},
        {"name": "Patricia Devereux", "role": None, "attendance": "present"},
        {"name": "Kevin Fairweather", "role": None, "attendance": "present"},
        {"name": "Rosemary Gadd", "role": None, "attendance": "present"},
        {"name": "Tom Haslam", "role": None, "attendance": "present"},
        {"name": "Imran Malik", "role": None, "attendance": "present"},
        {"name": "Gerald Pym", "role": None, "attendance": "present"},
        {"name": "Wendy Stapely", "role": None, "attendance": "present"},
        {"name": "Lucy Pennock", "role": "Parent Governor Representative", "attendance": "present"},
        {"name": "Revd Michael Ansell", "role": "Church of England Diocesan Representative",
         "attendance": "present"},
        {"name": "Councillor Derek Whitmore", "role": "Lead Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Councillor Fiona Lavington", "role": "Lead Member for Children and Families",
         "attendance": "in_attendance"},
        {"name": "Councillor Robert Ingram",
         "role": "Lead Member for Education and Inclusion, Special Educational Needs and Disability",
         "attendance": "in_attendance"},
        {"name": "Helen Marchbank", "role": "Director of Adult Social Care and Health",
         "attendance": "in_attendance"},
        {"name": "Alistair Dunmore", "role": "Director of Children's Services",
         "attendance": "in_attendance"},
        {"name": "Naomi Fenwick", "role": "Assistant Director (Education)",
         "attendance": "in_attendance"},
        {"name": "Gareth Pryce", "role": "Chief Finance Officer", "attendance": "in_attendance"},
        {"name": "Joanne Okello", "role": "Head of Safer Communities",
         "attendance": "in_attendance"},
        {"name": "Dr Simon Latimer", "role": "Independent Chair, Ouseland Safeguarding Adults Board",
         "attendance": "in_attendance"},
        {"name": "Chief Inspector Ruth Kingsley", "role": "Ouseland Police",
         "attendance": "in_attendance"},
        {"name": "Peter Thornley", "role": "Senior Scrutiny Adviser",
         "attendance": "in_attendance"},
        {"name": "Kate Ellison", "role": "Scrutiny and Policy Support Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor Paul Redstone", "role": None, "attendance": "apologies"},
        {"name": "Maria Lonsdale", "role": "Parent Governor Representative",
         "attendance": "apologies"},
    ],
}


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "B", 10)
            self.set_xy(20, 12)
            self.cell(85, 5, "PEOPLE SCRUTINY COMMITTEE", align="L")
            self.cell(85, 5, "21 NOVEMBER 2024", align="R")
            self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("People Scrutiny Committee - 21 November 2024 - Minutes")
    pdf.set_author("Ouseland County Council")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.4
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "PEOPLE SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(20)
    pdf.multi_cell(170, lh, "MINUTES of a meeting of the People Scrutiny Committee held at Council "
                   "Chamber, County Hall, Ringhurst on 21 November 2024.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # attendance: labels in a column to the left of the names
    for label, lines in ATTENDANCE:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(20, y0)
        pdf.cell(40, lh, label)
        pdf.set_font("Sans", "", 10.5)
        pdf.set_xy(62, y0)
        for line in lines:
            pdf.set_x(62)
            pdf.multi_cell(128, lh, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(3)

    def para(label: str, text: str, x_label=20, x_text=35, bold=False):
        pdf.set_font("Sans", "B" if bold else "", 10.5)
        if pdf.get_y() + lh > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(x_label, y)
        pdf.cell(x_text - x_label, lh, label)
        pdf.set_xy(x_text, y)
        pdf.multi_cell(190 - x_text, lh, text, new_x="LMARGIN", new_y="NEXT")

    for number, title, paras in ITEMS:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        para(number + ".", title, bold=True)
        pdf.ln(3)
        for label, text, subs in paras:
            para(label, text)
            for sl, st in subs:
                pdf.ln(1.5)
                para(sl, st, x_label=35, x_text=43)
            pdf.ln(3)
        pdf.ln(2)

    pdf.ln(4)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(20)
    pdf.cell(0, lh, CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    for s in SIGNATURE:
        pdf.set_x(20)
        pdf.cell(0, lh, s, new_x="LMARGIN", new_y="NEXT")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------------------------

REPORT_HEAD = [
    ("Report to:", "People Scrutiny Committee"),
    ("Date of meeting:", "21 November 2024"),
    ("By:", "Director of Children\u2019s Services"),
    ("Title:", "Special Educational Needs and Disability (SEND): timeliness of Education, "
               "Health and Care Plans"),
    ("Purpose:", "To update the Committee on the timeliness of Education, Health and Care "
                 "Plans (EHCPs) and on the actions being taken to improve performance, as "
                 "requested by the Committee at its meeting on 14 March 2024."),
]

REPORT_BODY = [
    ("h", "1. Background"),
    ("p", "1.1\tThe Council has a statutory duty under the Children and Families Act 2014 to "
          "issue a final EHCP within 20 weeks of receiving a request for an education, health "
          "and care needs assessment, unless one of the exceptions in the SEND Regulations "
          "applies. Timeliness is reported to the Department for Education each year through "
          "the SEN2 return and is one of the measures considered in the Local Area SEND "
          "inspection framework jointly operated by Ofsted and the Care Quality Commission."),
    ("p", "1.2\tAt its meeting on 14 March 2024 the Committee considered an update on the "
          "SEND Strategy 2022-2025 and asked for a further report on EHCP timeliness, including "
          "the reasons for the decline in performance and the actions being taken in response."),
    ("h", "2. Supporting information"),
    ("p", "2.1\tThe number of requests for an assessment has risen from 1,131 in 2021/22 to "
          "1,437 in 2023/24, an increase of 27% over two years. Over the same period the "
          "proportion of new plans issued within 20 weeks has fallen, as shown in Table 1."),
    ("table1", None),
    ("p", "2.2\tThe main cause of delay is the time taken to obtain statutory advice from an "
          "educational psychologist. The Educational Psychology Service currently has 7.4 FTE "
          "vacancies against an establishment of 26 FTE, which reflects a national shortage. "
          "Health advice is returned within the six-week timescale in 91% of cases."),
    ("p", "2.3\tThe following actions have been taken since March 2024:"),
    ("b", "a market supplement for educational psychologists was introduced from September 2024;"),
    ("b", "the Council now sponsors four trainee educational psychologists each year;"),
    ("b", "additional locum capacity has been commissioned to reduce the backlog of advice; and"),
    ("b", "a named caseworker is allocated to every family whose assessment exceeds 20 weeks."),
    ("h", "3. Questions raised by the Committee in March 2024"),
    ("p", "3.1\tThe table below sets out the questions that Members asked at the March meeting "
          "and the responses of the department."),
    ("table2", None),
    ("h", "4. Conclusion and reasons for recommendations"),
    ("p", "4.1\tTimeliness remains well below the national average and the department does "
          "not expect performance to recover fully until the vacancies in the Educational "
          "Psychology Service are filled. The Committee is asked to consider whether it wishes "
          "to receive a further report, and to identify any areas for further scrutiny."),
]

TABLE1 = [
    ("Year", "Requests for assessment", "New EHCPs issued", "Issued within 20 weeks"),
    ("2021/22", "1,131", "842", "64%"),
    ("2022/23", "1,268", "901", "61%"),
    ("2023/24", "1,437", "978", "47%"),
    ("2024/25 (April to September)", "781", "462", "38%"),
]

TABLE2 = [
    ("Question", "Response"),
    ("Will the new caseworker role be funded permanently?",
     "The four caseworker posts are funded from the High Needs Block for 2024/25 and will be "
     "considered as part of the RPPR process for 2025/26."),
    ("Are families told when their assessment will be late?",
     "Yes. From April 2024 every family is written to at week 16 if the plan will not be issued "
     "on time, with the reason and a revised date."),
    ("How does Ouseland compare with its statistical neighbours?",
     "In 2023 the average for the Council\u2019s statistical neighbours was 52% and the average "
     "for England was 50%."),
]

REPORT_RECS = ("RECOMMENDATIONS: The Committee is recommended to: 1) consider and comment on "
               "the report; and 2) identify any areas for further scrutiny.")

REPORT_SIGN = [
    "ALISTAIR DUNMORE",
    "Director of Children\u2019s Services",
    "Contact Officer: Naomi Fenwick, Assistant Director (Education)",
    "Tel. No. 01632 960 418",
    "Email: naomi.fenwick@ouseland.gov.uk",
    "LOCAL MEMBERS",
    "All",
    "BACKGROUND DOCUMENTS",
    "None",
]

REP_GOLD = {"document": REP_NAME, "doc_type": "report"}


def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    t = doc.add_table(rows=0, cols=2)
    for a, b in REPORT_HEAD:
        row = t.add_row().cells
        row[0].text = ""
        r = row[0].paragraphs[0].add_run(a)
        r.bold = True
        row[1].text = b
    p = doc.add_paragraph()
    p.add_run(REPORT_RECS).bold = True

    for kind, text in REPORT_BODY:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        elif kind in ("table1", "table2"):
            rows = TABLE1 if kind == "table1" else TABLE2
            if kind == "table1":
                cap = doc.add_paragraph()
                cap.add_run("Table 1: EHCP requests and timeliness").bold = True
            tb = doc.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for c, v in zip(cells, r):
                    c.text = ""
                    run = c.paragraphs[0].add_run(v)
                    run.bold = i == 0
            doc.add_paragraph("")
    doc.add_paragraph("")
    for i, line in enumerate(REPORT_SIGN):
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.bold = line.isupper()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cp = doc.core_properties
    cp.author = "Ouseland County Council"
    cp.last_modified_by = "Ouseland County Council"
    cp.title = "SEND: timeliness of Education, Health and Care Plans"
    cp.created = dt.datetime(2024, 11, 12, 10, 0, 0)
    cp.modified = dt.datetime(2024, 11, 12, 10, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------------

def norm_remove(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_space(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
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


def count_words(s: str) -> int:
    return len(norm_space(s).split())


def check() -> int:
    bad = 0
    for gold_file in sorted(GOLD.glob("lu-*.json")):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        path = DOCS / g["document"]
        text = doc_text(path)
        t1, t2 = norm_remove(text), norm_space(text)
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n1 = t1.count(norm_remove(ph))
            n2 = t2.count(norm_space(ph))
            wc = count_words(ph)
            if n1 != 1 or n2 != 1 or not (6 <= wc <= 15):
                bad += 1
                print(f"FAIL {g['document']} {kind}: {ph!r} count={n1}/{n2} words={wc}")
        if path.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(path) as pdf:
                print(f"{g['document']}: {len(pdf.pages)} pages, {len(phrases)} phrases")
        else:
            print(f"{g['document']}: {len(phrases)} phrases")
    print("check passed" if not bad else f"check FAILED ({bad})")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MIN_NAME)
    build_report(DOCS / REP_NAME)
    for g in (MIN_GOLD, REP_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written", MIN_NAME, REP_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())
