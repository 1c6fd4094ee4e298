#!/usr/bin/env python3
"""Build the "nu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nu.py           build documents/nu-* and gold/nu-*.json
        build_nu.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 11, 12, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "nu-ockleyshire-county-council-2025-11-04.pdf"
NEWS_NAME = "nu-ockleyshire-news-home-care-contracts.html"

# --------------------------------------------------------------------------------------
# Attendance
# --------------------------------------------------------------------------------------
CHAIR = "Margaret Ilsley"
COUNCILLORS = [
    "Tariq Abbasi", "Helen Ashdown", "Priya Bal", "Robert Beddoes", "Claire Blakemore",
    "Nathan Brereton", "Sophie Calloway", "Imran Chaudhry", "Jonathan Coxon",
    "Rachel Dearlove", "Mark Ditchfield", "Anna Edgington", "Paul Farrant",
    "Lucy Fenwick-Hale", "Geraint Foulkes", "Deborah Gilkes", "Simon Greatorex",
    "Amira Haddad", "Mark Hale", "Jenny Harrowell", "Oliver Heskey", "Kate Ingleby",
    "Daniel Jessop", "Sarah Kavanagh", "Femi Kolade", "Bernard Lacey OBE",
    "Ruth Lattimore", "Gareth Linklater", "Fiona Mabey", "Chris Marchant", "Asha Mehta",
    "Tom Midgley", "Yvonne Nettleship", "Dr Peter Oduya", "Grace Olumide",
    "Ian Pargeter", "Lorna Pennock", "Harriet Quennell", "Steve Raikes", "Sally Redfern",
    "Nick Rowntree", "Bethan Salter", "Martin Scudamore", "Joanna Shirley",
    "Kamal Siddiqui", "Andrew Stallard", "Elaine Thorogood", "Ursula Venn",
    "Mike Wakeling", "Dawn Whitlock", "Charlotte Yardley", "Ben Youens",
    "Alan Pryce", "Megan Ellwood", "Rupert Daintree", "Hannah Lowther",
]
APOLOGIES = ["Baverstock", "Ellery", "Quist"]
PARENTAL_LEAVE = "Toor"

# --------------------------------------------------------------------------------------
# The minutes: (number, title, agenda item, [blocks]).  Block kinds:
#   p  paragraph (fpdf2 markdown: **bold**, __italic__, ~~strike~~)
#   q  indented quotation
#   h  bold sub-heading
# --------------------------------------------------------------------------------------
ITEMS = [
    ("61/25", "MINUTES", 1, [
        ("p", "The minutes of the meeting held on 9 September 2025 were approved and signed "
              "as a correct record, subject to the following amendment:"),
        ("q", "Minute 52/25, page 6, second paragraph: replace “Councillor Stallard” with "
              "“Councillor Scudamore”."),
    ]),
    ("62/25", "APOLOGIES FOR ABSENCE", 2, [
        ("p", "Apologies for absence were received from Councillors Baverstock, Ellery and "
              "Quist. Councillor Toor was on parental leave."),
    ]),
    ("63/25", "DECLARATIONS OF INTEREST", 3, [
        ("p", "Councillor Jenny Harrowell declared a non-pecuniary personal interest in Agenda "
              "Item 11 (Motion by Councillor Deborah Gilkes) by virtue of her position as a "
              "trustee of Wrayford Community Care, a registered home care provider."),
        ("p", "Councillor Martin Scudamore declared a non-pecuniary personal interest in Agenda "
              "Items 9 and 10 by virtue of his employment by the Ockleyshire and Kingsmoor "
              "Integrated Care Board."),
    ]),
    ("64/25", "OFFICIAL COMMUNICATIONS", 4, [
        ("p", "The Chair announced that a list of the events attended by the Chair and "
              "Vice-Chair since the last meeting was attached as Annex 1 to the Schedule of "
              "Business."),
        ("p", "Council had been notified of the death in September of former councillor Peter "
              "Lathbury, who represented the Wrayford South division from 1997 to 2013 and "
              "chaired the Social Services Committee. Councillors Beddoes and Whitlock paid "
              "tribute to his work and Council stood in silence in his memory."),
        ("p", "The Chair congratulated the Kingsmoor Red Watch of Ockleyshire Fire and Rescue "
              "Service on winning the regional road traffic collision rescue challenge in "
              "October."),
    ]),
    ("65/25", "APPOINTMENTS", 5, [
        ("p", "**RESOLVED:** (on a motion by Councillor Ashdown, seconded by Councillor Jessop, "
              "and carried nem con) to approve the changes to committee memberships set out in "
              "the Schedule of Business, namely that Councillor Yardley replace Councillor "
              "Coxon on the Health Overview and Scrutiny Committee and that Councillor Coxon "
              "be appointed to the Audit and Governance Committee."),
    ]),
    ("66/25", "PETITIONS AND PUBLIC ADDRESS", 6, [
        ("p", "Council received the following petition and public addresses:"),
        ("h", "Petition"),
        ("p", "Ms Carol Tennant presented a petition of 1,142 signatures calling on the Council "
              "to keep Furze Lane Day Centre, Abbotsleigh, open. The Chair thanked Ms Tennant "
              "and said that the petition would be referred to the Cabinet Member for Adult "
              "Social Care, who would respond within 21 days."),
        ("h", "Public Address"),
        ("p", "Dr Owen Merriman addressed Council in relation to Agenda Item 11 (Motion by "
              "Councillor Deborah Gilkes)."),
        ("p", "Ms Linda Foyle, on behalf of the Wrayford Home Care Association, addressed "
              "Council in relation to Agenda Item 11."),
        ("p", "Mr Keith Vane addressed Council in relation to Agenda Item 12 (Motion by "
              "Councillor Robert Beddoes)."),
    ]),
    ("67/25", "QUESTIONS WITH NOTICE FROM MEMBERS OF THE PUBLIC", 7, [
        ("p", "One question with notice had been received from a member of the public. The "
              "question from Ms Priti Sandhu to Councillor Hale, Cabinet Member for Adult "
              "Social Care, and the written answer are set out in Annex 1 to the minutes."),
        ("p", "By way of a supplementary question, Ms Sandhu asked whether carers who had been "
              "assessed before the strategy came into effect would be reassessed "
              "automatically. Councillor Hale responded that all existing carers’ assessments "
              "would be reviewed by the end of March 2026 and that carers would not need to "
              "apply again."),
    ]),
    ("68/25", "QUESTIONS WITH NOTICE FROM MEMBERS OF THE COUNCIL", 8, [
        ("p", "10 Questions with Notice were asked. Details of the questions and answers and "
              "supplementary questions and answers will be set out in Annex 2 to the minutes."),
        ("p", "Questions 9 and 10 were not reached in the 30 minutes allowed for this item and "
              "written answers were provided."),
    ]),
    ("69/25", "REPORT OF THE CABINET", 9, [
        ("p", "Council received the report of the Cabinet covering the meetings held on 16 "
              "September 2025 and 21 October 2025."),
        ("p", "On paragraph 1, Home Care Recommissioning – Contract Award, Councillor Beddoes "
              "asked how many of the eleven providers awarded contracts were based in the county "
              "and whether the Council had the capacity to bring failing packages of care "
              "in-house. Councillor Hale responded that seven of the eleven providers had "
              "offices in Ockleyshire and that the Council’s own reablement service could step "
              "in for short periods, but it was not designed to replace a provider."),
        ("p", "Councillor Pargeter asked whether the new contracts required providers to pay "
              "care workers for travel time between calls. Councillor Hale confirmed that paid "
              "travel time and the Real Living Wage were conditions of every contract awarded "
              "and that compliance would be checked at each quarterly contract review."),
        ("p", "On paragraph 3, SEND Home to School Transport Policy 2026/27, Councillor Farrant "
              "asked what assessment had been made of the effect of the revised mileage "
              "allowance on families in rural divisions who drove their own children to school. "
              "Councillor Kolade agreed to provide a written response."),
        ("p", "Councillor Nettleship commented that parents at Kingsmoor had not been told of the "
              "changes to transport until after the start of the autumn term."),
        ("p", "On paragraph 5, Ockleyshire Safeguarding Adults Board Annual Report 2024/25, "
              "Councillor Olumide asked what was being done about the rise in self-neglect "
              "referrals among older people living alone. Councillor Hale responded that the "
              "Board had made self-neglect one of its three priorities for the year and that "
              "a revised multi-agency protocol would be relaunched in January, with training "
              "for staff in every district."),
        ("p", "On paragraph 7, Capital Programme Monitoring Report – August 2025, Councillor "
              "Coxon asked why the report showed slippage of £38 million on school building "
              "projects. Councillor Jessop explained that most of the slippage related to the "
              "new secondary school at Stanlow Heath, where the start had been put back by a "
              "delay in the developer’s transfer of the site, and that the money would be "
              "carried forward into 2026/27."),
    ]),
    ("70/25", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2024/25", 10, [
        ("p", "Council had before it the annual report of the Director of Public Health, "
              "“Growing Up Well in Ockleyshire”, which looked at the health of children and "
              "young people in the county. Councillor Mehta, Cabinet Member for Public Health "
              "and Inequalities, introduced the report, and Dr Alison Marwood, Director of "
              "Public Health, answered members’ questions."),
        ("p", "Councillor Salter asked what the Council was doing to reduce vaping among "
              "secondary school pupils, given the figures in chapter 3 of the report. Dr "
              "Marwood explained that trading standards officers had carried out 46 test "
              "purchases in the past year, leading to two prosecutions, and that a schools "
              "programme designed with young people would be extended to every secondary school "
              "from January 2026. Councillor Heskey expressed concern that the wait for a first "
              "CAMHS appointment in the north of the county was still more than 20 weeks. Dr "
              "Marwood said that CAMHS was commissioned by the Integrated Care Board, but that "
              "the public health grant was funding mental health support teams in 38 schools and "
              "that she would raise the waiting times with the Board. Councillor Ingleby "
              "requested that the number of children who had not seen a dentist in the last two "
              "years be broken down by district; Dr Marwood undertook to circulate the figures "
              "to all members."),
        ("p", "Councillor Siddiqui welcomed the report’s focus on health inequalities and asked "
              "whether the Council would press the Government for a fairer public health grant "
              "allocation. Councillor Mehta replied that she had written to the Minister in "
              "August and would share the reply with all members when it was received."),
        ("p", "**RESOLVED:** (on a motion by Councillor Mehta, seconded by Councillor Ashdown, "
              "and carried nem con) to receive the report and to thank the Director of Public "
              "Health and her team for their work."),
    ]),
    ("71/25", "MOTION BY COUNCILLOR DEBORAH GILKES", 11, [
        ("p", "Councillor Gilkes moved and Councillor Wakeling seconded the following motion:"),
        ("q", "“This Council notes that:"),
        ("q", "•  care workers in Ockleyshire are paid on average £12.40 an hour, below the Real "
              "Living Wage of £13.45;"),
        ("q", "•  one in ten posts in home care in the county is vacant; and"),
        ("q", "•  the home care contracts awarded in October include paid travel time for the "
              "first time."),
        ("q", "This Council believes that the people who care for our residents deserve to be "
              "properly paid, and that public money should not be used to subsidise low pay."),
        ("q", "This Council asks the Cabinet to:"),
        ("q", "(a)  make payment of at least the Real Living Wage a condition of all new adult "
              "social care contracts, including residential care;"),
        ("q", "(b)  commission a review of the case for delivering a greater share of home care "
              "through an in-house service, and report its findings to the People Overview and "
              "Scrutiny Committee by June 2026; and"),
        ("q", "(c)  write to the Secretary of State for Health and Social Care in support of a "
              "national Fair Pay Agreement for adult social care.”"),
        ("p", "Councillor Beddoes moved and Councillor Lacey seconded an amendment to paragraph "
              "(b), shown in bold italics and strikethrough below:"),
        ("q", "“(b)  ~~commission a review of the case for delivering a greater share of home "
              "care through an in-house service, and report its findings to~~ "
              "**__ask__** the People Overview and Scrutiny Committee ~~by June 2026~~ "
              "**__to consider the full cost to the Council of paragraph (a), including the "
              "effect on the fees paid to care homes, before any change is made__**; and”"),
        ("p", "Following debate, the amendment was put to the vote and was lost (21 votes for, "
              "34 against, 1 abstention)."),
        ("p", "The motion was put to the vote and was carried by 33 votes to 21, with 2 "
              "abstentions."),
    ]),
    ("72/25", "MOTION BY COUNCILLOR ROBERT BEDDOES", 12, [
        ("p", "Councillor Beddoes moved and Councillor Greatorex seconded the following motion:"),
        ("q", "“This Council notes the Government’s invitation to councils in two-tier areas to "
              "submit proposals for unitary local government, and the Leader’s intention to "
              "propose two unitary councils for Ockleyshire."),
        ("q", "This Council believes that a single unitary council for the whole county would "
              "deliver the greatest savings, keep social care, children’s services and public "
              "health under one roof, and avoid the cost and disruption of dividing services "
              "that work well today."),
        ("q", "This Council therefore asks the Leader to submit a proposal to the Government for "
              "a single unitary authority covering the whole of Ockleyshire.”"),
        ("p", "Following debate, the motion was put to the vote and was lost (22 votes for, 33 "
              "against, 1 abstention)."),
    ]),
]

# Annex 1: public question.  Annex 2: members' questions.
# (number, asker line, answerer line, question, answer, supplementary or None)
ANNEX1 = [
    ("1", "MS PRITI SANDHU", "COUNCILLOR MARK HALE, CABINET MEMBER FOR ADULT SOCIAL CARE",
     "The Council’s new carers’ strategy promises that every unpaid carer will be offered an "
     "assessment within 28 days. How many carers are currently waiting for an assessment, and "
     "how long has the longest of them been waiting?",
     "On 24 October 1,046 carers were waiting for a carer’s assessment and the longest wait was "
     "39 weeks. Since September, carers’ assessments in three districts have been carried out "
     "by Ockleyshire Carers Together under a contract with the Council, and in those districts "
     "the average wait has fallen to 31 days. We expect to extend this arrangement to the rest "
     "of the county from April 2026 and to meet the 28-day standard by the end of next year.",
     None),
]

ANNEX2 = [
    ("1", "COUNCILLOR ROBERT BEDDOES", "COUNCILLOR HELEN ASHDOWN, LEADER OF THE COUNCIL",
     "Can the Leader tell Council how much has been spent to date on external consultants to "
     "prepare the Council’s proposal for local government reorganisation, and will she publish "
     "the full results of the residents’ survey before the proposal is submitted to the "
     "Government?",
     "The Council has spent £186,400 on external support for the proposal, of which £71,000 "
     "has been recovered from the four district councils under the cost-sharing agreement "
     "reached in June. This paid for the financial modelling and for the independent analysis "
     "of the residents’ survey, which we did not have the capacity to carry out ourselves. The "
     "survey received 6,912 responses. The full results, including the free-text comments, "
     "were published on the Council’s website on 28 October and sent to all members on the "
     "same day. They will be appended to the proposal when it is submitted on 28 November.",
     "Councillor Beddoes asked whether the Leader accepted that fewer than one in a hundred "
     "residents had responded to the survey and that it could not be regarded as "
     "representative. Councillor Ashdown responded that the results had been weighted by age "
     "and district, that the survey was one of several strands of engagement, and that the "
     "Government would expect to see the views of residents whatever the response rate."),
    ("2", "COUNCILLOR IAN PARGETER",
     "COUNCILLOR TOM MIDGLEY, CABINET MEMBER FOR HIGHWAYS MANAGEMENT",
     "How many defects on the county’s roads were reported through FixMyStreet in the six "
     "months to 30 September 2025, and what proportion of the category 2 defects were repaired "
     "within the 28-day target?",
     "Between 1 April and 30 September 2025, 14,206 defects were reported through FixMyStreet, "
     "a rise of 9% on the same period last year. Of the 5,318 defects assessed as category 2, "
     "81% were repaired within 28 days, compared with 74% in the same period of 2024. The "
     "improvement reflects the additional £3.5 million for highway maintenance approved in the "
     "budget and a second find-and-fix gang in the south of the county.",
     "Councillor Pargeter asked whether the Cabinet Member would publish repair times by "
     "division so that members could see where the backlog was greatest. Councillor Midgley "
     "said that he was happy to do so and that the figures would be added to the highways "
     "dashboard by the end of the year."),
    ("3", "COUNCILLOR ANNA EDGINGTON",
     "COUNCILLOR RUTH LATTIMORE, CABINET MEMBER FOR CHILDREN AND FAMILY SERVICES",
     "How many children in the Council’s care are currently living in children’s homes run by "
     "private companies, and what is the average weekly cost of those placements compared with "
     "the Council’s own children’s homes?",
     "As at 30 September 2025 there were 87 children in care living in children’s homes, of "
     "whom 71 were in homes run by private companies, 9 in the Council’s own homes and 7 in "
     "homes run by voluntary organisations. The average weekly cost of a placement in a "
     "privately run home was £6,240, against an average of £4,870 in the Council’s own homes "
     "once overheads are included. Our sufficiency strategy will open two further council-run "
     "homes, at Stanlow Heath and Abbotsleigh, by the autumn of 2026.",
     "Councillor Edgington asked whether the Cabinet Member would support a target for the "
     "share of residential placements provided in-house. Councillor Lattimore responded that "
     "she did not want to set a target that could lead to a child being placed in a home that "
     "did not meet their needs, but that the direction of travel was clearly towards more "
     "council-run provision."),
    ("4", "COUNCILLOR BERNARD LACEY OBE",
     "COUNCILLOR DANIEL JESSOP, DEPUTY LEADER AND CABINET MEMBER FOR FINANCE",
     "What has the Council spent on agency social workers in the first six months of this "
     "financial year, and how does this compare with the budget set for agency staff in adult "
     "and children’s social care?",
     "Spending on agency social workers between April and September 2025 was £4.1 million, of "
     "which £3.2 million was in children’s services and £0.9 million in adult social care. The "
     "full-year budget for agency staff across both directorates is £6.0 million, and the "
     "current forecast is an overspend of £1.9 million. The number of agency social workers "
     "has fallen from 68 in April to 51 in September as a result of the recruitment and "
     "retention package agreed last year.",
     "Councillor Lacey asked how many of the 51 agency social workers had been working for the "
     "Council for more than a year. Councillor Jessop undertook to provide a written response."),
    ("5", "COUNCILLOR YVONNE NETTLESHIP",
     "COUNCILLOR FEMI KOLADE, CABINET MEMBER FOR SEND IMPROVEMENT",
     "What percentage of new Education, Health and Care Plans were issued within the statutory "
     "20 weeks between April and September 2025, and what is being done for the families who "
     "have waited more than a year?",
     "In the six months to September 2025, 38% of new plans were issued within 20 weeks, "
     "compared with 19% in the same period last year. This is still well below where we want "
     "to be. There are 64 families who have waited more than 52 weeks, and each of them now has "
     "a named caseworker and a date for their draft plan. We have recruited six additional "
     "educational psychologists since April and have commissioned an external provider to "
     "clear the backlog of psychological advice.",
     "Councillor Nettleship asked whether the families who had waited more than a year would "
     "be offered an apology and compensation. Councillor Kolade responded that she had already "
     "written to each of the families to apologise and that any complaint would be considered "
     "in line with the Ombudsman’s guidance on remedies."),
    ("6", "COUNCILLOR SOPHIE CALLOWAY",
     "COUNCILLOR MARK HALE, CABINET MEMBER FOR ADULT SOCIAL CARE",
     "How many people in Ockleyshire’s hospitals were waiting to be discharged on 30 September "
     "because a home care package or care home place could not be found, and what is the "
     "Cabinet Member doing to reduce this number before the winter?",
     "On 30 September there were 58 people in acute and community hospitals who were medically "
     "fit for discharge and waiting for adult social care, compared with 83 a year earlier. Of "
     "these, 31 were waiting for a package of care at home and 27 for a care home place. The "
     "new home care contracts start on 1 December and add 2,400 hours a week of capacity in the "
     "rural areas where waits are longest. With the Integrated Care Board we have also funded "
     "20 discharge to assess beds for the winter through the Better Care Fund.",
     "Councillor Calloway asked whether the 20 beds would be in the north of the county, where "
     "delays were worst. Councillor Hale responded that 12 of the beds were at Kingsmoor and "
     "Wrayford and that the remainder were being procured."),
    ("7", "COUNCILLOR KATE INGLEBY",
     "COUNCILLOR ASHA MEHTA, CABINET MEMBER FOR PUBLIC HEALTH AND INEQUALITIES",
     "What representations has the Cabinet Member made to the Integrated Care Board about the "
     "lack of NHS dentists accepting new patients in Chalbury and the surrounding villages?",
     "I met the Integrated Care Board’s director of primary care in September and wrote to the "
     "Board’s Chief Executive on 2 October about access to NHS dentistry in Chalbury and "
     "elsewhere in the west of the county. The Board has told me that it will commission an "
     "additional 9,000 units of dental activity across the county this year, some of which will "
     "be at a new practice in Chalbury due to open in February. Healthwatch Ockleyshire’s report "
     "on dental access will be considered by the Health Overview and Scrutiny Committee in "
     "December.",
     "Councillor Ingleby asked whether the new practice in Chalbury would accept adult patients "
     "or only children. Councillor Mehta responded that she understood it would take both but "
     "would confirm the position with the Board."),
    ("8", "COUNCILLOR CHRIS MARCHANT",
     "COUNCILLOR NICK ROWNTREE, CABINET MEMBER FOR INFRASTRUCTURE AND DEVELOPMENT STRATEGY",
     "When will work start on the extra care housing scheme on the former highways depot at "
     "Wrayford, which was due to open in 2025, and how many of the 60 flats will be available "
     "for social rent?",
     "The scheme was delayed by the failure of the original contractor in 2024. A new "
     "contractor was appointed in July following a competitive tender, and work started on site "
     "on 13 October. Completion is expected in the spring of 2027. All 60 flats will be "
     "affordable: 42 will be for social rent and 18 for shared ownership, with nomination rights "
     "shared between the County Council and Wrayford District Council.",
     "Councillor Marchant asked whether the older residents who had been told they could move "
     "in during 2025 had been kept informed of the delay. Councillor Rowntree said that he "
     "would check and let Councillor Marchant know."),
    ("9", "COUNCILLOR HARRIET QUENNELL",
     "COUNCILLOR SALLY REDFERN, CABINET MEMBER FOR TRANSPORT MANAGEMENT",
     "How many of the subsidised bus routes due to be retendered in April 2026 are expected to "
     "continue, and will the Council guarantee that no village in my division loses its only "
     "bus service?",
     "Twenty-two supported bus contracts expire in April 2026. The Council will go out to tender "
     "for all of them in December, using the Bus Service Improvement Plan grant to support routes "
     "where fares alone will not cover costs. I cannot give a guarantee about individual routes "
     "before the tenders are evaluated, but the Council’s policy is to protect services that "
     "provide the only public transport link to a village, and officers will discuss any route "
     "at risk with the local member before a decision is made.",
     None),
    ("10", "COUNCILLOR MARTIN SCUDAMORE",
     "COUNCILLOR MARK HALE, CABINET MEMBER FOR ADULT SOCIAL CARE",
     "Will the Cabinet Member confirm that no decision on the future of Furze Lane Day Centre "
     "will be taken until the results of the consultation with the people who use the centre "
     "and their carers have been reported to scrutiny?",
     "Yes. The consultation on day opportunities in the Abbotsleigh area closes on 12 December. "
     "The findings, with the responses from people who use the service, their families and "
     "carers, will be reported to the People Overview and Scrutiny Committee in February, "
     "before any recommendation is made to Cabinet. No decision has been made about the centre.",
     None),
]

ANNEX2_INTRO = ("Questions are listed in the order in which they were received. The time "
                "allowed for this agenda item will not exceed 30 minutes. Should any questioner "
                "not have received an answer in that time, a written answer will be provided.")


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------
def build_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("dv", "", 8)
            self.set_text_color(80, 80, 80)
            self.set_xy(20, 10)
            self.cell(170, 5, f"CC1 – page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Council - 4 November 2025")
    pdf.set_author("Ockleyshire County Council")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_font("dv", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    # ---- title block
    pdf.set_font("dv", "B", 14)
    pdf.cell(170, 8, "COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(170, 5, "**MINUTES** of the meeting held on Tuesday, 4 November 2025 "
                   "commencing at 10.30 am and finishing at 4.12 pm", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("dv", "B", 10)
    pdf.cell(30, 5, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("dv", "", 10)
    pdf.cell(170, 5, f"Councillor {CHAIR} – in the Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "B", 10)
    pdf.cell(30, 5, "Councillors:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("dv", "", 9)
    cols = 4
    rows = (len(COUNCILLORS) + cols - 1) // cols
    ordered = sorted(COUNCILLORS, key=lambda n: n.replace("Dr ", "").replace(" OBE", "").split()[-1])
    y0 = pdf.get_y()
    for i, name in enumerate(ordered):
        c, r = divmod(i, rows)
        pdf.set_xy(20 + c * 42.5, y0 + r * 4.6)
        pdf.cell(42.5, 4.6, name)
    pdf.set_xy(20, y0 + rows * 4.6 + 4)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(170, 5, "The Council considered the matters, reports and recommendations "
                   "contained or referred to in the agenda for the meeting, together with a "
                   "schedule of addenda tabled at the meeting, and agreed as set out below. "
                   "Copies of the agenda, reports and schedule are attached to the signed Minutes.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    NUM_X, TXT_X, TXT_W = 20, 40, 150

    def para(text, x=TXT_X, w=TXT_W, after=2.2, style=""):
        pdf.set_font("dv", style, 9.5)
        pdf.set_x(x)
        pdf.multi_cell(w, 4.6, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for num, title, agenda_no, blocks in ITEMS:
        if pdf.get_y() > 255:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("dv", "B", 9.5)
        pdf.set_xy(NUM_X, y)
        pdf.cell(20, 4.6, num)
        pdf.set_xy(TXT_X, y)
        pdf.set_font("dv", "", 9.5)
        pdf.multi_cell(TXT_W, 4.6, f"**{title}** (Agenda Item {agenda_no})", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
        for kind, text in blocks:
            if kind == "p":
                para(text)
            elif kind == "q":
                para(text, x=TXT_X + 8, w=TXT_W - 8, after=1.2)
            elif kind == "h":
                para(text, after=1, style="B")
        pdf.ln(1.5)

    # ---- signature block
    pdf.ln(8)
    pdf.set_font("dv", "", 10)
    pdf.set_x(95)
    pdf.cell(95, 5, "...........................................................  in the Chair",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(95)
    pdf.cell(95, 5, "Date of signing  ..........................................",
             new_x="LMARGIN", new_y="NEXT")

    # ---- annexes
    def annex(label, heading, intro, rows, new_page=True):
        if new_page:
            pdf.add_page()
        else:
            pdf.ln(8)
        pdf.set_font("dv", "B", 10)
        pdf.cell(170, 5, label, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("dv", "B", 11)
        pdf.cell(170, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        if intro:
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(170, 4.8, intro, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_font("dv", "", 8.5)
        grey = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
        with pdf.table(col_widths=(82, 88), line_height=4.0, markdown=True, v_align="TOP",
                       headings_style=grey, text_align="LEFT", padding=1.6,
                       first_row_as_headings=True) as table:
            head = table.row()
            head.cell("QUESTIONS")
            head.cell("ANSWERS")
            for n, asker, answerer, q, a, supp in rows:
                r = table.row()
                r.cell(f"**{n}. {asker}**\n\n{q}")
                r.cell(f"**{answerer}**\n\n{a}")
                if supp:
                    s = table.row()
                    s.cell(f"**__Supplementary question:__** {supp}", colspan=2)

    annex("ANNEX 1", "QUESTIONS WITH NOTICE FROM MEMBERS OF THE PUBLIC", None, ANNEX1)
    annex("ANNEX 2", "QUESTIONS WITH NOTICE FROM MEMBERS OF THE COUNCIL", ANNEX2_INTRO, ANNEX2,
          new_page=False)

    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# The document that is not minutes: a newsroom page
# --------------------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Care workers to be paid for travel time under new home care contracts | Ockleyshire County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/occ-main.css">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/occ-logo.svg" alt="Ockleyshire County Council"></a>
  <nav aria-label="Main"><ul>
    <li><a href="/residents">Residents</a></li>
    <li><a href="/business">Business</a></li>
    <li><a href="/council">Council</a></li>
    <li><a href="/news">News</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Care workers to be paid for travel time</li>
</ol></nav>
<main id="main">
<article class="news-article">
<h1>Care workers to be paid for travel time under new home care contracts</h1>
<p class="meta">Published: 22 October 2025 &middot; Adult social care</p>
<p class="lead">Eleven home care providers have been awarded contracts to support around 3,200
people in their own homes across Ockleyshire, with every care worker guaranteed at least the
Real Living Wage and paid for the time spent travelling between visits.</p>
<p>The contracts, agreed by the county council&rsquo;s Cabinet on 21 October, start on
1 December 2025 and run for five years, with an option to extend for a further two. They
replace more than 40 separate arrangements and are worth around &pound;62 million a year.</p>
<p>For the first time the county has been divided into 14 zones, with a lead provider in each,
so that care workers spend less time on the road and more time with the people they support.
The new arrangements add 2,400 hours of care a week in rural areas, where people have waited
longest for help to come home from hospital.</p>
<blockquote><p>&ldquo;Care workers do some of the most important work in the county and it is
right that they are paid for all of it, including the time it takes to drive between visits
in a county as rural as ours. These contracts will help providers recruit and keep staff, and
that means fewer people waiting in hospital for care that is ready for them at home.&rdquo;</p>
<footer>Councillor Mark Hale, Cabinet Member for Adult Social Care</footer></blockquote>
<p>People who already receive home care will be contacted by the council before
1 December. Most will keep the same care workers, who will transfer to the new provider in
their zone.</p>
<h2>Your questions answered</h2>
<h3>Will my care change?</h3>
<p>The care you receive will not change. If your provider is changing, a social care
worker will contact you to explain what will happen and to agree a date for the change.</p>
<h3>Will I pay more?</h3>
<p>No. What you pay towards your care is worked out by a financial assessment and is not
affected by the new contracts.</p>
<h3>Can I keep my direct payment?</h3>
<p>Yes. If you use a direct payment to arrange your own care, you can carry on doing so.</p>
<h3>How were the providers chosen?</h3>
<p>Bids were scored on quality, price and social value. People who use home care and their
carers helped to write the questions and sat on the panels that scored the bids.</p>
<h3>What happens next?</h3>
<p>Councillors will be asked to consider a motion on care workers&rsquo; pay at the meeting of
the full council on 4 November. The agenda and papers are available on the
<a href="/council/meetings">council meetings</a> pages.</p>
<aside class="contact"><h2>Media enquiries</h2>
<p>Ockleyshire County Council press office: 01632 960 418 (office hours) or
<a href="mailto:press@ockleyshire.gov.uk">press@ockleyshire.gov.uk</a></p></aside>
</article>
<section class="related"><h2>Related news</h2><ul>
  <li><a href="/news/winter-discharge-beds">Twenty extra beds to help people leave hospital this winter</a></li>
  <li><a href="/news/carers-strategy-launch">New strategy puts unpaid carers first</a></li>
  <li><a href="/news/day-opportunities-consultation">Have your say on day opportunities in Abbotsleigh</a></li>
</ul></section>
</main>
<footer class="site-footer"><p>&copy; Ockleyshire County Council, County Hall, Wrayford</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


ASC, CYP, PH, MH, PC = ("adult-social-care", "children-and-families", "public-health",
                        "mental-health", "primary-care")
FIN, GOV, WF, SUB, PRIV = "finance", "governance", "workforce", "subcontracting", "privatisation"
PPI, HOU, INT = "patient-and-public-input", "housing", "integration"

QUESTIONS = [
    # 67/25 public question (Annex 1) and its supplementary (in the minute)
    q("67/25", "question", "every unpaid carer will be offered an assessment",
      "Ms Priti Sandhu", "On 24 October 1,046 carers were waiting for a carer’s",
      "Councillor Mark Hale", [ASC]),
    q("67/25", "question",
      "carers who had been assessed before the strategy came into effect would be reassessed",
      "Ms Sandhu",
      "all existing carers’ assessments would be reviewed by the end of March 2026",
      "Councillor Hale", [ASC]),
    # 68/25 members' questions (Annex 2)
    q("68/25", "question", "spent to date on external consultants to prepare",
      "Councillor Robert Beddoes", "The Council has spent £186,400 on external support for",
      "Councillor Helen Ashdown", [GOV, FIN, PPI]),
    q("68/25", "question",
      "fewer than one in a hundred residents had responded to the survey",
      "Councillor Beddoes", "the results had been weighted by age and district",
      "Councillor Ashdown", [PPI]),
    q("68/25", "question", "reported through FixMyStreet in the six months",
      "Councillor Ian Pargeter", "assessed as category 2, 81% were repaired within 28",
      "Councillor Tom Midgley", []),
    q("68/25", "question", "would publish repair times by division so that members could see",
      "Councillor Pargeter", "the figures would be added to the highways dashboard",
      "Councillor Midgley", []),
    q("68/25", "question", "currently living in children’s homes run by private",
      "Councillor Anna Edgington", "living in children’s homes, of whom 71 were in homes",
      "Councillor Ruth Lattimore", [CYP, PRIV, FIN]),
    q("68/25", "question",
      "would support a target for the share of residential placements provided in-house",
      "Councillor Edgington",
      "the direction of travel was clearly towards more council-run provision",
      "Councillor Lattimore", [CYP, PRIV]),
    q("68/25", "question", "What has the Council spent on agency social",
      "Councillor Bernard Lacey OBE", "Spending on agency social workers between April",
      "Councillor Daniel Jessop", [FIN, WF]),
    q("68/25", "question",
      "how many of the 51 agency social workers had been working for the Council",
      "Councillor Lacey", "Councillor Jessop undertook to provide a written response",
      "Councillor Jessop", [WF]),
    q("68/25", "question", "What percentage of new Education, Health and",
      "Councillor Yvonne Nettleship", "In the six months to September 2025, 38% of new plans",
      "Councillor Femi Kolade", [CYP]),
    q("68/25", "question",
      "the families who had waited more than a year would be offered an apology",
      "Councillor Nettleship",
      "she had already written to each of the families to apologise",
      "Councillor Kolade", [CYP]),
    q("68/25", "question", "waiting to be discharged on 30 September because",
      "Councillor Sophie Calloway", "The new home care contracts start on 1 December and",
      "Councillor Mark Hale", [ASC, INT]),
    q("68/25", "question", "whether the 20 beds would be in the north of the county",
      "Councillor Calloway", "12 of the beds were at Kingsmoor and Wrayford",
      "Councillor Hale", [ASC]),
    q("68/25", "question", "of NHS dentists accepting new patients in Chalbury",
      "Councillor Kate Ingleby", "additional 9,000 units of dental activity across the",
      "Councillor Asha Mehta", [PC]),
    q("68/25", "question",
      "whether the new practice in Chalbury would accept adult patients or only children",
      "Councillor Ingleby", "she understood it would take both but would confirm the position",
      "Councillor Mehta", [PC]),
    q("68/25", "question", "scheme on the former highways depot at Wrayford",
      "Councillor Chris Marchant", "July following a competitive tender, and work started on",
      "Councillor Nick Rowntree", [HOU, ASC]),
    q("68/25", "question",
      "who had been told they could move in during 2025 had been kept informed",
      "Councillor Marchant", "he would check and let Councillor Marchant know",
      "Councillor Rowntree", [HOU]),
    q("68/25", "question", "How many of the subsidised bus routes due to be",
      "Councillor Harriet Quennell", "Twenty-two supported bus contracts expire in April",
      "Councillor Sally Redfern", [SUB]),
    q("68/25", "question", "on the future of Furze Lane Day Centre will be",
      "Councillor Martin Scudamore", "Abbotsleigh area closes on 12 December. The findings,",
      "Councillor Mark Hale", [PPI, ASC]),
    # 69/25 Report of the Cabinet
    q("69/25", "question",
      "how many of the eleven providers awarded contracts were based in the county",
      "Councillor Beddoes", "seven of the eleven providers had offices in Ockleyshire",
      "Councillor Hale", [SUB, PRIV, ASC]),
    q("69/25", "question",
      "whether the new contracts required providers to pay care workers for travel time",
      "Councillor Pargeter",
      "paid travel time and the Real Living Wage were conditions of every contract awarded",
      "Councillor Hale", [WF, SUB, ASC]),
    q("69/25", "question",
      "effect of the revised mileage allowance on families in rural divisions",
      "Councillor Farrant", "Councillor Kolade agreed to provide a written response",
      "Councillor Kolade", [CYP]),
    q("69/25", "comment",
      "parents at Kingsmoor had not been told of the changes to transport",
      "Councillor Nettleship", None, None, [CYP]),
    q("69/25", "question",
      "the rise in self-neglect referrals among older people living alone",
      "Councillor Olumide",
      "the Board had made self-neglect one of its three priorities for the year",
      "Councillor Hale", [ASC]),
    q("69/25", "question", "showed slippage of £38 million on school building projects",
      "Councillor Coxon",
      "most of the slippage related to the new secondary school at Stanlow Heath",
      "Councillor Jessop", [FIN, CYP]),
    # 70/25 Director of Public Health annual report
    q("70/25", "question", "reduce vaping among secondary school pupils",
      "Councillor Salter", "trading standards officers had carried out 46 test purchases",
      "Dr Marwood", [PH, CYP]),
    q("70/25", "concern", "the wait for a first CAMHS appointment in the north of the county",
      "Councillor Heskey",
      "the public health grant was funding mental health support teams in 38 schools",
      "Dr Marwood", [MH, CYP]),
    q("70/25", "request",
      "children who had not seen a dentist in the last two years",
      "Councillor Ingleby", "Dr Marwood undertook to circulate the figures to all members",
      "Dr Marwood", [PC, CYP]),
    q("70/25", "question",
      "whether the Council would press the Government for a fairer public health grant",
      "Councillor Siddiqui", "she had written to the Minister in August and would share the reply",
      "Councillor Mehta", [PH, FIN]),
]

RESOLUTIONS = [
    r("61/25", "The minutes of the meeting held on 9 September 2025 were approved and signed",
      "agreed", []),
    r("65/25", "to approve the changes to committee memberships set out in the Schedule",
      "agreed", []),
    r("69/25", "Council received the report of the Cabinet covering the meetings",
      "noted", []),
    r("70/25", "to receive the report and to thank the Director of Public Health",
      "noted", [PH]),
    r("71/25", "the amendment was put to the vote and was lost", "rejected", [FIN, ASC]),
    r("71/25", "The motion was put to the vote and was carried by 33 votes",
      "agreed", [WF, ASC, PRIV]),
    r("72/25", "the motion was put to the vote and was lost (22 votes for",
      "rejected", [GOV]),
]


def attendees():
    out = [{"name": f"Councillor {CHAIR}", "role": "Chair", "attendance": "present"}]
    for n in COUNCILLORS:
        out.append({"name": n, "role": None, "attendance": "present"})
    for n in APOLOGIES:
        out.append({"name": f"Councillor {n}", "role": None, "attendance": "apologies"})
    out.append({"name": f"Councillor {PARENTAL_LEAVE}", "role": None, "attendance": "absent"})
    return out


def minutes_gold():
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Council",
        "meeting_date": "2025-11-04",
        "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": attendees(),
    }


def news_gold():
    return {"document": NEWS_NAME, "doc_type": "news"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------
def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    for g in (minutes_gold(), news_gold()):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MINUTES_NAME, NEWS_NAME)


PUNCT = set(string.punctuation) | set("‘’“”–—•£…")


def norm(s: str) -> str:
    s = s.lower().replace("’", "").replace("'", "")
    s = "".join(" " if ch in PUNCT else ch for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
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
    bad = 0
    for gpath in sorted(GOLD.glob("nu-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print("MISSING document", doc)
            bad += 1
            continue
        text = norm(doc_text(doc))
        items = {i["number"] for i in g.get("items", [])}
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
            if row["item"] not in items:
                print(f"{gpath.name}: unknown item {row['item']}")
                bad += 1
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            if row["item"] not in items:
                print(f"{gpath.name}: unknown item {row['item']}")
                bad += 1
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = len(re.findall(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", text))
            if count != 1 or not 6 <= words <= 15:
                print(f"{gpath.name}: {kind} phrase found {count}x, {words} words: {ph!r}")
                bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
