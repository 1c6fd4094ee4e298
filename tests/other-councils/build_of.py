#!/usr/bin/env python3
"""Build the "of-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_of.py           build documents/of-* and gold/of-*.json
        build_of.py --check   verify every gold phrase occurs once in its document
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2025, 2, 12, 9, 30, 0, tzinfo=timezone.utc)

MINUTES_NAME = "of-wynford-community-wellbeing-scrutiny-2025-02-04.pdf"
REPORT_NAME = "of-wynford-cwsc-report-day-opportunities-recommissioning.docx"

COMMITTEE = "Community and Wellbeing Scrutiny Committee"
FOOTER = "Community and Wellbeing Scrutiny Committee - 4 February 2025"

# ---------------------------------------------------------------------------
# The minutes, block by block.
#   ("item", number, title)       item heading: number in the margin, bold title
#   ("p", text)                   paragraph in the text column
#   ("b", text)                   bulleted paragraph
#   ("n", label, text)            hanging numbered clause
#   ("h", text)                   bold line in the text column
#   ("pb",)                       forced page break
# ---------------------------------------------------------------------------
MINUTES = [
    ("item", "1.", "Apologies for absence and clarification of alternate members"),
    ("p", "Apologies for absence were received from Councillor Hirani, with Councillor Okonjo "
          "attending as an alternate, and from Mr Clement Asante (co-opted member). Apologies "
          "for lateness were received from Councillor Chohan."),

    ("item", "2.", "Declarations of interests"),
    ("p", "In the interests of transparency, the following declarations were made:"),
    ("b", "Councillor Farrell declared a personal interest in Item 7 (Access to Primary Care in "
          "Wynford) as she was employed as a practice nurse at a GP surgery outside the borough."),
    ("b", "Councillor Rai declared a personal interest in Items 3 and 6 as a trustee of Wynford "
          "Mencap, which provided a small number of day activities under a spot purchase "
          "arrangement with the Council."),

    ("item", "3.", "Deputations (if any)"),
    ("p", "The Chair welcomed Mrs Patricia Kelleher, who had requested to present a deputation "
          "on behalf of the Wynford Parents and Carers Forum in relation to the proposals for "
          "the recommissioning of adult day opportunities, which were due to be considered "
          "under Item 6 on the agenda. In presenting the deputation, Mrs Kelleher highlighted "
          "the following concerns on behalf of the Forum:"),
    ("b", "That the proposed closure of the in-house service at Marsh Lane Resource Centre "
          "would leave around 60 adults with learning disabilities without the building-based "
          "service they had used for many years, and that families had not been told where "
          "their relatives would go instead."),
    ("b", "That moving the service to external providers would put profit before the needs "
          "of vulnerable adults, and that families feared the number of hours of support "
          "would be cut once private companies were involved."),
    ("b", "That the consultation held over the summer had been too short and had taken place "
          "when many carers were unable to attend meetings, with the online survey not "
          "accessible to many older carers."),
    ("b", "The impact that any reduction in day services would have on the health of unpaid "
          "carers and on their ability to remain in paid work."),
    ("p", "In concluding the deputation, Mrs Kelleher asked the Committee to recommend that "
          "Cabinet pause its decision until a full Equality Impact Assessment had been "
          "published and carers had been properly consulted."),
    ("p", "The Chair thanked Mrs Kelleher for presenting the deputation and invited Councillor "
          "Kerrigan (Cabinet Member for Public Health and Adult Social Care) to respond. In "
          "responding, Councillor Kerrigan thanked the Forum for the constructive way in which "
          "it had engaged with the review and stressed that no decision on the future of Marsh "
          "Lane had yet been taken, with the proposals due to be considered by Cabinet in March "
          "2025. Every person who currently attended the centre would have an individual review "
          "with a named social worker, and no one would be moved until an alternative had been "
          "agreed with them and their family. She was clear that the proposals were about "
          "widening choice and not about reducing care, and confirmed that nobody would have "
          "their assessed hours of support reduced as a result of the recommissioning. In "
          "relation to the consultation, she acknowledged the concerns raised and advised that "
          "the engagement period had been extended by four weeks, with paper copies of the "
          "survey made available at libraries and two additional evening sessions held for "
          "carers who worked. A full Equality Impact Assessment would be published alongside "
          "the Cabinet report."),
    ("p", "Councillor Dervish asked Mrs Kelleher how many families the Forum had heard from. "
          "Mrs Kelleher advised that over 40 families had contacted the Forum since September, "
          "the majority of them parents aged over 65 caring for an adult son or daughter."),
    ("p", "The Committee noted the deputation and the response provided, with the issues "
          "raised to be considered further under Item 6."),

    ("item", "4.", "Minutes of the previous meeting"),
    ("p", "RESOLVED that the minutes of the previous meeting held on Tuesday 26 November 2024 "
          "be approved as an accurate record of the meeting."),

    ("item", "5.", "Matters arising (if any)"),
    ("p", "In relation to Minute 7 (Childhood Immunisation Uptake) of the previous meeting, "
          "Councillor Adeyemi asked whether the ward-level data on MMR uptake which the "
          "Committee had requested had been circulated. The Policy and Scrutiny Officer advised "
          "that the data had been received from the ICB the previous week and would be "
          "circulated to members following the meeting."),

    ("item", "6.", "Adult Social Care Day Opportunities - Recommissioning Proposals"),
    ("p", "Councillor Kerrigan (Cabinet Member for Public Health and Adult Social Care) "
          "introduced the report, which set out the outcome of the review of day opportunities "
          "for adults with learning disabilities, autism and physical disabilities and the "
          "proposed model for recommissioning ahead of a decision by Cabinet in March 2025. In "
          "introducing the report, she highlighted that the current offer had not been reviewed "
          "since 2016, that demand had shifted towards community-based and employment-focused "
          "support, and that the Marsh Lane Resource Centre building would need investment of "
          "approximately \u00a31.8m to remain fit for purpose. She was joined for the item by "
          "Helen Oduya (Corporate Director, Care, Health and Wellbeing), Marcus Penrose "
          "(Director of Adult Social Care) and Leah Gorman (Head of Commissioning, Adults)."),
    ("p", "The Chair thanked Councillor Kerrigan for the introduction and invited contributions "
          "from the Committee, with the following issues raised:"),
    ("p", "The Committee began by asking how service users and carers had been involved in "
          "shaping the proposed model, noting the concerns raised in the deputation about the "
          "timing and accessibility of the consultation. In response, Leah Gorman (Head of "
          "Commissioning, Adults) explained that the review had been co-produced with a "
          "reference group of 12 service users and carers who had met monthly since April "
          "2024, and that 214 responses had been received to the survey, 61 of which had been "
          "completed on paper or by telephone with support from the Wynford Advocacy Service. "
          "She accepted that the initial six week period had overlapped with the school summer "
          "holidays, which was why it had been extended."),
    ("p", "Members sought assurance on the financial basis for the proposals, asking whether "
          "the recommissioning was primarily driven by the need to make savings. Marcus Penrose "
          "(Director of Adult Social Care) advised that the proposals were not a savings "
          "proposal in themselves, although the service faced a forecast overspend of "
          "\u00a3640,000 in 2024-25 driven by increased demand and the rising cost of "
          "transport. The cost of the new model was expected to be broadly neutral over three "
          "years, with the capital receipt from the Marsh Lane site to be reinvested in the "
          "Council\u2019s supported living programme."),
    ("p", "Councillor Bhatti expressed concern that moving from an in-house service to external "
          "providers would reduce the Council\u2019s control over quality, and asked what "
          "safeguards would be built into the contracts to prevent providers cutting staff "
          "numbers or pay. In response, Leah Gorman advised that providers would be appointed "
          "to a framework through a competitive tender, with quality weighted at 60% of the "
          "evaluation criteria, that payment of the London Living Wage would be a condition of "
          "the contract and that the Council\u2019s quality assurance team would carry out "
          "unannounced monitoring visits. Councillor Kerrigan added that the Council would "
          "retain an in-house offer for people with the most complex needs at the Fernbank "
          "Centre."),
    ("p", "Details were requested on the staff currently employed at Marsh Lane and what would "
          "happen to them under the proposals. Helen Oduya (Corporate Director, Care, Health "
          "and Wellbeing) confirmed that 34 staff were employed at the centre, that formal "
          "consultation with staff and the trade unions would only begin after a Cabinet "
          "decision, and that the Council would seek to redeploy staff into the Fernbank Centre "
          "and the expanding reablement service wherever possible."),
    ("p", "In terms of transport, the Committee queried how people would travel to the new "
          "community-based activities, highlighting that most of those attending Marsh Lane "
          "relied on Council-arranged transport. Marcus Penrose explained that each person\u2019s "
          "transport needs would be considered as part of their review, that independent travel "
          "training would be offered to those for whom it was appropriate and that "
          "Council-arranged transport would remain available for anyone assessed as needing it."),
    ("p", "Councillor Mensah asked what the proposals would mean for young people with learning "
          "disabilities moving from children\u2019s services into adult services, noting that the "
          "number of young people with an EHCP turning 18 was expected to rise over the next "
          "five years. Helen Oduya advised that the Preparing for Adulthood team now began "
          "planning with young people from the age of 14, and that the new model included an "
          "employment and skills strand designed with Wynford College for those leaving school "
          "or college."),
    ("p", "The Committee also highlighted the importance of clear and timely communication with "
          "families, so that no one learnt about changes to their relative\u2019s support through "
          "the local press or social media before hearing from the Council."),
    ("p", "Reverend Westbrook asked how the Council would know whether the new model was "
          "improving outcomes for the people using it. In response, Marcus Penrose advised that "
          "an outcomes framework was being developed with the reference group which would "
          "include measures of wellbeing, community participation and the number of people in "
          "paid or voluntary work, and that the Committee could receive an update on "
          "implementation in twelve months\u2019 time."),
    ("p", "As no further issues were raised, the Chair thanked Councillor Kerrigan and officers "
          "for responding to the Committee\u2019s questions and invited the Policy and Scrutiny "
          "Officer to summarise the recommendations and information requests identified during "
          "the discussion. Having done so, the Committee RESOLVED:"),
    ("n", "(1)", "To note the report and the proposed model for the recommissioning of adult day "
                 "opportunities."),
    ("n", "(2)", "To recommend to Cabinet that, before a decision is taken:"),
    ("n2", "(a)", "the Equality Impact Assessment is published at least four weeks before the "
                  "Cabinet meeting and shared directly with the Wynford Parents and Carers Forum;"),
    ("n2", "(b)", "payment of the London Living Wage and minimum staffing ratios are written into "
                  "the specification for the new framework; and"),
    ("n2", "(c)", "an individual transition plan is agreed with every person attending Marsh Lane "
                  "and their carers before any change is made to their service."),
    ("h", "Information requests"),
    ("n", "(1)", "To provide a breakdown by ward and by age of carer of the responses received "
                 "to the day opportunities survey."),
    ("n", "(2)", "To provide the current annual cost of Council-arranged transport to day "
                 "services and the projected cost under the new model."),

    ("item", "7.", "Access to Primary Care in Wynford"),
    ("p", "The Chair welcomed representatives of NHS West Thames Integrated Care Board (ICB) to "
          "the meeting and invited Fiona Gallacher (Director of Primary Care, NHS West Thames "
          "ICB) and Dr Samuel Achterberg (Clinical Director, Wynford Borough Based Partnership) "
          "to introduce the report, which provided an update on access to general practice, "
          "community pharmacy and dental services in the borough. In introducing the report, "
          "Fiona Gallacher highlighted that the number of GP appointments delivered in Wynford "
          "had increased by 9% compared with the previous year, that all 41 practices had now "
          "moved to cloud-based telephony and that the Pharmacy First service was being "
          "delivered by 38 of the borough\u2019s 52 community pharmacies."),
    ("p", "The Chair thanked Fiona Gallacher for introducing the report and invited questions "
          "from members, with the following points raised:"),
    ("p", "The Committee noted that residents continued to report difficulty getting through to "
          "their practice first thing in the morning, and asked what was being done to end the "
          "\u20188am rush\u2019. Dr Achterberg explained that practices were being supported to "
          "move to a model in which online consultation tools remained open throughout core "
          "hours and requests were triaged on the day they arrived, which reduced the number of "
          "patients calling at 8am. He acknowledged that experience varied significantly between "
          "practices, and advised that the ICB was working directly with the six practices that "
          "had the lowest satisfaction scores in the national GP Patient Survey."),
    ("p", "Councillor Chohan raised concerns about digital exclusion, highlighting that older "
          "residents and those whose first language was not English were less able to use "
          "online booking, and asked how the ICB made sure that patients who could not or did "
          "not wish to use online tools were not disadvantaged. In response, Fiona Gallacher "
          "advised that practices were required to offer appointments through every route, "
          "including in person and by telephone, that care navigators in every practice had "
          "received training in supporting patients with additional needs, and that the ICB had "
          "funded digital health champions in three of the borough\u2019s libraries."),
    ("p", "Members asked about the increasing use of staff recruited under the Additional Roles "
          "Reimbursement Scheme, such as physician associates and clinical pharmacists, and how "
          "patients could be assured that they were seeing the right professional. Dr "
          "Achterberg advised that all additional roles staff worked under the supervision of a "
          "named GP, that patients could ask to see a GP at any time, and that clearer "
          "information explaining the different roles would be displayed in every practice "
          "from April."),
    ("p", "In relation to dentistry, the Committee expressed concern that only 31% of adults in "
          "Wynford had seen an NHS dentist in the previous two years and asked when residents "
          "could expect to see an improvement. Fiona Gallacher advised that the ICB had taken on "
          "responsibility for dental services in 2023 and had since funded additional urgent "
          "care sessions at four practices, but acknowledged that the national contract "
          "continued to discourage practices from taking on new NHS patients and that "
          "significant improvement would depend on national reform."),
    ("p", "Councillor Farrell commented that reception staff in general practice were facing "
          "increasing levels of verbal abuse from patients, and that this was making it harder "
          "for practices to keep experienced staff."),
    ("p", "Councillor Dervish asked about the closure of two community pharmacies in the "
          "Eastfields area during 2024 and what this meant for residents who did not drive. "
          "Fiona Gallacher advised that the refreshed Pharmaceutical Needs Assessment, which "
          "would be considered by the Health and Wellbeing Board in March, had not identified a "
          "gap in provision, but that the ICB would look again at access for Eastfields in the "
          "light of the points raised by the Committee."),
    ("p", "Following the discussion, the Committee RESOLVED:"),
    ("n", "(1)", "To note the update provided on access to primary care in Wynford."),
    ("n", "(2)", "To recommend that the ICB works with the Council\u2019s library service and the "
                 "voluntary sector to extend the digital health champions scheme to every ward, "
                 "with a particular focus on older residents."),
    ("h", "Information requests"),
    ("n", "(1)", "To provide practice-level results from the most recent GP Patient Survey for "
                 "practices in Wynford."),

    ("item", "8.", "Wynford Safeguarding Adults Board Annual Report 2023-24"),
    ("p", "Joyce Ambrose (Independent Chair, Wynford Safeguarding Adults Board) introduced the "
          "annual report, which set out the work of the Board and its partners during 2023-24. "
          "In introducing the report, she highlighted that the number of safeguarding concerns "
          "received had increased by 14% to 3,112, that self-neglect and financial abuse were "
          "the most common types of abuse recorded, and that the Board had published two "
          "Safeguarding Adults Reviews during the year, one of which had related to a resident "
          "who had died in a house in multiple occupation."),
    ("p", "The Chair thanked Joyce Ambrose for the introduction and invited questions from "
          "members, with the following points raised:"),
    ("p", "The Committee asked why the number of concerns had risen while the number "
          "progressing to a formal enquiry had fallen. Joyce Ambrose explained that the rise "
          "reflected better awareness among partners, particularly the ambulance service and "
          "housing providers, and that many concerns were now resolved through early advice "
          "and support without the need for a formal enquiry, which she felt was a positive "
          "development for the people concerned."),
    ("p", "Members queried what was being done to identify residents at risk of self-neglect, "
          "particularly those living in poor conditions in private rented housing. Marcus "
          "Penrose (Director of Adult Social Care) advised that a multi-agency self-neglect and "
          "hoarding protocol had been launched in September 2024, and that adult social care "
          "now worked closely with the Council\u2019s private housing enforcement team and the "
          "London Fire Brigade to carry out joint visits where there were concerns about a "
          "person\u2019s living conditions."),
    ("p", "Councillor Okonjo asked whether partner agencies had attended the Board consistently "
          "during the year. Detective Superintendent Gareth Lyle (Metropolitan Police) confirmed "
          "that the police had been represented at every meeting of the Board and its "
          "sub-groups, and Joyce Ambrose added that attendance by the ICB and the mental health "
          "trust had improved after she had raised it with their chief executives."),
    ("p", "Reverend Westbrook asked how the voices of people who had been through a "
          "safeguarding enquiry were reflected in the Board\u2019s work, with Joyce Ambrose "
          "advising that the Board had set up a lived experience panel in 2024 whose members had "
          "helped to rewrite the public information leaflets on abuse and neglect."),
    ("p", "The Committee requested that future annual reports include a breakdown of "
          "safeguarding concerns by ethnicity, age and ward so that members could better "
          "understand which communities were under-represented. Joyce Ambrose agreed to include "
          "this information in the 2024-25 report."),
    ("p", "RESOLVED to note the Wynford Safeguarding Adults Board Annual Report 2023-24."),

    ("item", "9.", "Scrutiny Progress Update - Recommendations Tracker"),
    ("p", "Rajiv Nair (Policy and Scrutiny Officer) introduced the report, which updated the "
          "Committee on the response to its previous recommendations and information requests "
          "and on its work programme for the remainder of 2024-25. Members were advised that "
          "the Cabinet response to the recommendations on childhood immunisations was expected "
          "in March, and that the next meeting on 18 March 2025 would consider the Children\u2019s "
          "Services Ofsted improvement plan and the Council\u2019s housing allocations policy."),
    ("p", "Councillor Adeyemi requested that an item on the use of temporary accommodation for "
          "families with children be added to the work programme for 2025-26. The Chair agreed "
          "that this would be considered at the work programme planning session in May."),
    ("p", "The Committee noted the update on the recommendations tracker and the work "
          "programme."),

    ("item", "10.", "Any other urgent business"),
    ("p", "None."),
]

# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

def build_minutes_pdf(path):
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                self.set_font("Sans", "B", 9)
                self.set_xy(140, 8)
                self.cell(50, 5, "Public Document Pack", align="R")
                self.set_xy(self.l_margin, 20)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 4, FOOTER, align="C")
            self.set_y(-11)
            self.cell(0, 4, str(self.page_no()), align="C")

    def mc(pdf, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return pdf.multi_cell(*a, **k)

    pdf = MinutesPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_author("Wynford Council")
    pdf.set_title("Printed minutes 04th-Feb-2025 18.00 Community and Wellbeing Scrutiny Committee")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # logo
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(0, 84, 140)
    pdf.set_xy(20, 16)
    pdf.cell(60, 10, "Wynford")
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(20, 25)
    pdf.cell(60, 4, "LONDON BOROUGH OF WYNFORD")
    pdf.set_text_color(0, 0, 0)

    pdf.set_y(36)
    pdf.set_font("Sans", "B", 11.5)
    mc(pdf, 0, 6, "MINUTES OF THE COMMUNITY AND WELLBEING SCRUTINY COMMITTEE",
                   align="C")
    pdf.set_font("Sans", "", 10)
    mc(pdf, 0, 5, "Held in the Conference Hall, Wynford Civic Centre on Tuesday "
                         "4 February 2025 at 6.00 pm", align="C")
    pdf.ln(5)

    def labelled(label, text):
        pdf.set_font("Sans", "B", 10)
        pdf.write(5, label + " ")
        pdf.set_font("Sans", "", 10)
        pdf.write(5, text)
        pdf.ln(8)

    labelled("PRESENT (in person):",
             "Councillor Mohinder Rai (Chair), Councillor Donnellan (Vice-Chair) and "
             "Councillors Adeyemi, Bhatti, Chohan, Dervish, Farrell, Mensah and Okonjo "
             "(as alternate for Councillor Hirani), and co-opted member Reverend Anne "
             "Westbrook.")
    labelled("Also Present (in person):",
             "Councillor Kerrigan (Cabinet Member for Public Health and Adult Social Care).")
    labelled("Also Present (online):", "Councillor Whitlock.")
    pdf.ln(2)

    NUM_X, TEXT_X = 20, 33
    TEXT_W = 210 - 20 - TEXT_X
    LH = 5

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 297 - 22 - 20:
                pdf.add_page()
            pdf.ln(2)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(NUM_X, y)
            pdf.cell(TEXT_X - NUM_X, LH, num)
            pdf.set_xy(TEXT_X, y)
            mc(pdf, TEXT_W, LH, title)
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(TEXT_X)
            mc(pdf, TEXT_W, LH, block[1], align="J")
            pdf.ln(2.5)
        elif kind == "h":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(TEXT_X)
            mc(pdf, TEXT_W, LH, block[1])
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(TEXT_X, y)
            pdf.cell(6, LH, "\u2022")
            pdf.set_xy(TEXT_X + 6, y)
            mc(pdf, TEXT_W - 6, LH, block[1], align="J")
            pdf.ln(2)
        elif kind in ("n", "n2"):
            _, label, text = block
            indent = 0 if kind == "n" else 9
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 297 - 22 - LH:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(TEXT_X + indent, y)
            pdf.cell(9, LH, label)
            pdf.set_xy(TEXT_X + indent + 9, y)
            mc(pdf, TEXT_W - indent - 9, LH, text, align="J")
            pdf.ln(2)
        elif kind == "pb":
            pdf.add_page()

    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(NUM_X)
    mc(pdf, 0, LH, "The meeting closed at 8.47 pm")
    pdf.ln(8)
    pdf.set_x(NUM_X)
    pdf.set_font("Sans", "B", 10)
    mc(pdf, 0, LH, "COUNCILLOR MOHINDER RAI")
    pdf.set_x(NUM_X)
    pdf.set_font("Sans", "", 10)
    mc(pdf, 0, LH, "Chair")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# DOCX: the officer report behind item 6
# ---------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("1.0", "Executive Summary", [
        ("1.1", "This report sets out the findings of the review of day opportunities for adults "
                "with learning disabilities, autism and physical disabilities in Wynford, and the "
                "proposed model for recommissioning the service. The Committee is asked to "
                "comment on the proposals before they are presented to Cabinet for a decision in "
                "March 2025."),
        ("1.2", "The current offer has not been reviewed since 2016. Around 310 adults use "
                "Council-funded day opportunities, 62 of them at the Marsh Lane Resource Centre, "
                "which is run by the Council, and the remainder with 14 external providers "
                "under spot purchase arrangements."),
    ]),
    ("2.0", "Recommendation(s)", [
        ("2.1", "That the Community and Wellbeing Scrutiny Committee notes the outcome of the "
                "review and the findings of the engagement with service users and carers set out "
                "in Appendix A."),
        ("2.2", "That the Committee considers the proposed model for day opportunities and "
                "makes any recommendations it wishes to Cabinet ahead of the decision in March "
                "2025."),
    ]),
    ("3.0", "Detail", [
        ("3.1", "Contribution to Borough Plan Priorities & Strategic Context"),
        ("3.1.1", "The proposals support the Borough Plan priority \u2018A Healthier Wynford\u2019, "
                  "and in particular the commitment to help residents with disabilities live "
                  "independent lives as active members of their communities."),
        ("3.2", "Background"),
        ("3.2.1", "Demand for building-based day services has fallen by 18% since 2019, while "
                  "requests for community-based support, supported employment and activities in "
                  "the evening and at weekends have grown. The Marsh Lane building requires "
                  "investment of approximately \u00a31.8m in its roof, heating and accessible "
                  "facilities to remain fit for purpose."),
        ("3.3", "Proposed model"),
        ("3.3.1", "It is proposed to establish a framework of approved providers through a "
                  "competitive tender, with quality weighted at 60% and price at 40%, to retain "
                  "an in-house service for people with the most complex needs at the Fernbank "
                  "Centre, and to consult on the closure of the Marsh Lane Resource Centre."),
        ("3.3.2", "Questions the Committee may wish to consider include: How will the Council "
                  "make sure that nobody loses support during the transition? What safeguards "
                  "will be built into the framework contracts on quality and staffing? How will "
                  "carers continue to be involved once the new model is in place?"),
    ]),
    ("4.0", "Stakeholder and ward member consultation and engagement", [
        ("4.1", "Engagement ran from 1 July to 27 September 2024, following a four week "
                "extension. 214 survey responses were received and six drop-in sessions were "
                "held. The main questions raised, and the Council\u2019s response, are summarised "
                "in the table below."),
    ]),
    ("5.0", "Financial Considerations", [
        ("5.1", "The service is forecasting an overspend of \u00a3640,000 in 2024-25. The new model "
                "is expected to be cost neutral over three years. The capital receipt from the "
                "disposal of the Marsh Lane site would be reinvested in supported living."),
    ]),
    ("6.0", "Legal Considerations", [
        ("6.1", "The Council has a duty under the Care Act 2014 to meet eligible needs and to "
                "promote a diverse and high quality market of care and support. The procurement "
                "will be conducted under the Procurement Act 2023."),
    ]),
    ("7.0", "Equality, Diversity & Inclusion (EDI) Considerations", [
        ("7.1", "A full Equality Impact Assessment will be published with the report to Cabinet."),
    ]),
    ("8.0", "Climate Change and Environmental Considerations", [
        ("8.1", "Community-based provision closer to people\u2019s homes is expected to reduce "
                "transport mileage."),
    ]),
    ("9.0", "Human Resources/Property Considerations (if appropriate)", [
        ("9.1", "34 staff are employed at Marsh Lane. Formal consultation with staff and trade "
                "unions would begin following a Cabinet decision."),
    ]),
    ("10.0", "Communication Considerations", [
        ("10.1", "Every person using the service and their family will receive a letter and a "
                 "call from their social worker before any public announcement is made."),
    ]),
]

REPORT_QA = [
    ("Will my son or daughter lose their place at Marsh Lane straight away?",
     "No. Nobody will be moved until an alternative has been agreed with them and their family "
     "following an individual review."),
    ("Will the new providers be private companies?",
     "The framework will be open to voluntary sector and independent providers. All providers "
     "will be required to pay the London Living Wage."),
    ("Will transport still be provided?",
     "Yes, for anyone assessed as needing it. Travel training will also be offered."),
]


def build_report_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    p = d.add_paragraph()
    r = p.add_run("Wynford")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x54, 0x8C)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for text, size in [("Community and Wellbeing Scrutiny Committee", 14),
                       ("4 February 2025", 12)]:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    p = d.add_paragraph()
    p.add_run("Report from the Corporate Director, Care, Health and Wellbeing").bold = True
    p = d.add_paragraph()
    p.add_run("Lead Member \u2013 Cabinet Member for Public Health and Adult Social Care "
              "(Councillor Nuala Kerrigan)").bold = True
    p = d.add_paragraph()
    r = p.add_run("Adult Social Care Day Opportunities \u2013 Recommissioning Proposals")
    r.bold = True
    r.font.size = Pt(16)

    rows = [
        ("Wards Affected:", "All"),
        ("Key or Non-Key Decision:", "Not applicable"),
        ("Open or Part/Fully Exempt:\n(If exempt, please highlight relevant paragraph of Part 1, "
         "Schedule 12A of 1972 Local Government Act)", "Open"),
        ("List of Appendices:", "One\nAppendix A: Summary of engagement findings"),
        ("Background Papers:", "None"),
        ("Contact Officer(s):\n(Name, Title, Contact Details)",
         "Leah Gorman\nHead of Commissioning, Adults\nleah.gorman@wynford.gov.uk\n"
         "020 8000 4417"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        for par in t.cell(i, 0).paragraphs:
            for run in par.runs:
                run.bold = True
    d.add_paragraph()

    for num, title, paras in REPORT_SECTIONS:
        p = d.add_paragraph()
        r = p.add_run(f"{num}\t{title}")
        r.bold = True
        for pnum, text in paras:
            p = d.add_paragraph()
            if pnum.count(".") == 1 and len(text) < 80:
                r = p.add_run(f"{pnum}\t{text}")
                r.bold = True
            else:
                p.add_run(f"{pnum}\t{text}")
            p.paragraph_format.left_indent = Pt(36)
            p.paragraph_format.first_line_indent = Pt(-36)
        if num == "4.0":
            qt = d.add_table(rows=len(REPORT_QA) + 1, cols=2)
            qt.style = "Table Grid"
            qt.cell(0, 0).text = "What carers asked"
            qt.cell(0, 1).text = "Our response"
            for i, (q, a) in enumerate(REPORT_QA, start=1):
                qt.cell(i, 0).text = q
                qt.cell(i, 1).text = a
            d.add_paragraph()

    p = d.add_paragraph()
    p.add_run("Report sign off:").bold = True
    d.add_paragraph("Helen Oduya\nCorporate Director, Care, Health and Wellbeing")

    cp = d.core_properties
    cp.author = "Leah Gorman"
    cp.last_modified_by = "Leah Gorman"
    cp.title = "Adult Social Care Day Opportunities - Recommissioning Proposals"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 28, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-02-04",
    "items": [
        {"number": "1", "title": "Apologies for absence and clarification of alternate members"},
        {"number": "2", "title": "Declarations of interests"},
        {"number": "3", "title": "Deputations (if any)"},
        {"number": "4", "title": "Minutes of the previous meeting"},
        {"number": "5", "title": "Matters arising (if any)"},
        {"number": "6", "title": "Adult Social Care Day Opportunities - Recommissioning Proposals"},
        {"number": "7", "title": "Access to Primary Care in Wynford"},
        {"number": "8", "title": "Wynford Safeguarding Adults Board Annual Report 2023-24"},
        {"number": "9", "title": "Scrutiny Progress Update - Recommendations Tracker"},
        {"number": "10", "title": "Any other urgent business"},
    ],
    "questions": [
        # 3 Deputation: the Forum's concerns, answered together by the Cabinet Member
        q("3", "concern",
          "proposed closure of the in-house service at Marsh Lane Resource Centre",
          "Mrs Patricia Kelleher",
          "no one would be moved until an alternative had been agreed",
          "Councillor Kerrigan", ["adult-social-care", "privatisation"]),
        q("3", "concern",
          "moving the service to external providers would put profit before the needs",
          "Mrs Patricia Kelleher",
          "nobody would have their assessed hours of support reduced",
          "Councillor Kerrigan", ["privatisation", "subcontracting", "adult-social-care"]),
        q("3", "concern",
          "the consultation held over the summer had been too short",
          "Mrs Patricia Kelleher",
          "the engagement period had been extended by four weeks",
          "Councillor Kerrigan", ["patient-and-public-input", "adult-social-care"]),
        q("3", "concern",
          "on the health of unpaid carers and on their ability to remain in paid work",
          "Mrs Patricia Kelleher", None, None, ["adult-social-care"]),
        q("3", "request",
          "Cabinet pause its decision until a full Equality Impact Assessment had been published",
          "Mrs Patricia Kelleher",
          "A full Equality Impact Assessment would be published alongside the Cabinet report",
          "Councillor Kerrigan", ["patient-and-public-input", "adult-social-care"]),
        q("3", "question",
          "asked Mrs Kelleher how many families the Forum had heard from",
          "Councillor Dervish",
          "over 40 families had contacted the Forum since September",
          "Mrs Kelleher", ["adult-social-care"]),
        # 5 Matters arising
        q("5", "question",
          "ward-level data on MMR uptake which the Committee had requested had been circulated",
          "Councillor Adeyemi",
          "the data had been received from the ICB the previous week",
          "The Policy and Scrutiny Officer", ["public-health", "children-and-families"]),
        # 6 Day opportunities
        q("6", "question",
          "how service users and carers had been involved in shaping the proposed model",
          None,
          "co-produced with a reference group of 12 service users and carers",
          "Leah Gorman", ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "whether the recommissioning was primarily driven by the need to make savings",
          None,
          "the proposals were not a savings proposal in themselves",
          "Marcus Penrose", ["finance", "adult-social-care", "subcontracting"]),
        q("6", "concern",
          "moving from an in-house service to external providers would reduce",
          "Councillor Bhatti",
          "providers would be appointed to a framework through a competitive tender",
          "Leah Gorman", ["privatisation", "subcontracting", "workforce", "adult-social-care"]),
        q("6", "request",
          "Details were requested on the staff currently employed at Marsh Lane",
          None,
          "34 staff were employed at the centre",
          "Helen Oduya", ["workforce", "adult-social-care"]),
        q("6", "question",
          "the Committee queried how people would travel to the new community-based activities",
          None,
          "transport needs would be considered as part of their review",
          "Marcus Penrose", ["adult-social-care"]),
        q("6", "question",
          "what the proposals would mean for young people with learning disabilities",
          "Councillor Mensah",
          "the Preparing for Adulthood team now began planning with young people",
          "Helen Oduya", ["children-and-families", "adult-social-care"]),
        q("6", "comment",
          "the importance of clear and timely communication with families",
          None, None, None, ["patient-and-public-input", "adult-social-care"]),
        q("6", "question",
          "how the Council would know whether the new model was improving outcomes",
          "Reverend Westbrook",
          "an outcomes framework was being developed with the reference group",
          "Marcus Penrose", ["adult-social-care", "patient-and-public-input"]),
        # 7 Primary care
        q("7", "question",
          "residents continued to report difficulty getting through to their practice",
          None,
          "online consultation tools remained open throughout core hours",
          "Dr Achterberg", ["primary-care"]),
        q("7", "concern",
          "raised concerns about digital exclusion, highlighting that older residents",
          "Councillor Chohan",
          "practices were required to offer appointments through every route",
          "Fiona Gallacher", ["primary-care"]),
        q("7", "question",
          "Members asked about the increasing use of staff recruited under the Additional Roles",
          None,
          "all additional roles staff worked under the supervision of a named GP",
          "Dr Achterberg", ["primary-care", "workforce"]),
        q("7", "concern",
          "only 31% of adults in Wynford had seen an NHS dentist",
          None,
          "the national contract continued to discourage practices from taking on new NHS patients",
          "Fiona Gallacher", ["primary-care"]),
        q("7", "comment",
          "reception staff in general practice were facing increasing levels of verbal abuse",
          "Councillor Farrell", None, None, ["primary-care", "workforce"]),
        q("7", "question",
          "asked about the closure of two community pharmacies in the Eastfields area",
          "Councillor Dervish",
          "had not identified a gap in provision",
          "Fiona Gallacher", ["primary-care"]),
        # 8 Safeguarding Adults Board
        q("8", "question",
          "why the number of concerns had risen while the number progressing to a formal enquiry",
          None,
          "the rise reflected better awareness among partners",
          "Joyce Ambrose", ["adult-social-care"]),
        q("8", "question",
          "what was being done to identify residents at risk of self-neglect",
          None,
          "a multi-agency self-neglect and hoarding protocol had been launched",
          "Marcus Penrose", ["adult-social-care", "housing"]),
        q("8", "question",
          "whether partner agencies had attended the Board consistently during the year",
          "Councillor Okonjo",
          "the police had been represented at every meeting of the Board",
          "Detective Superintendent Gareth Lyle", ["governance"]),
        q("8", "question",
          "how the voices of people who had been through a safeguarding enquiry were reflected",
          "Reverend Westbrook",
          "the Board had set up a lived experience panel in 2024",
          "Joyce Ambrose", ["patient-and-public-input", "adult-social-care"]),
        q("8", "request",
          "future annual reports include a breakdown of safeguarding concerns by ethnicity",
          None,
          "Joyce Ambrose agreed to include this information in the 2024-25 report",
          "Joyce Ambrose", ["adult-social-care"]),
        # 9 Tracker
        q("9", "request",
          "an item on the use of temporary accommodation for families with children",
          "Councillor Adeyemi",
          "this would be considered at the work programme planning session in May",
          "The Chair", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        res("3", "The Committee noted the deputation and the response provided", "noted",
            ["adult-social-care"]),
        res("4", "be approved as an accurate record of the meeting", "agreed", []),
        res("6", "the Equality Impact Assessment is published at least four weeks before",
            "recommended", ["adult-social-care", "patient-and-public-input", "workforce",
                            "subcontracting"]),
        res("7", "extend the digital health champions scheme to every ward", "recommended",
            ["primary-care"]),
        res("8", "RESOLVED to note the Wynford Safeguarding Adults Board Annual Report",
            "noted", ["adult-social-care"]),
        res("9", "The Committee noted the update on the recommendations tracker", "noted", []),
    ],
    "attendees": [
        {"name": "Councillor Mohinder Rai", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Donnellan", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Adeyemi", "role": None, "attendance": "present"},
        {"name": "Councillor Bhatti", "role": None, "attendance": "present"},
        {"name": "Councillor Chohan", "role": None, "attendance": "present"},
        {"name": "Councillor Dervish", "role": None, "attendance": "present"},
        {"name": "Councillor Farrell", "role": None, "attendance": "present"},
        {"name": "Councillor Mensah", "role": None, "attendance": "present"},
        {"name": "Councillor Okonjo", "role": "alternate for Councillor Hirani",
         "attendance": "present"},
        {"name": "Reverend Anne Westbrook", "role": "co-opted member", "attendance": "present"},
        {"name": "Councillor Kerrigan",
         "role": "Cabinet Member for Public Health and Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Councillor Whitlock", "role": None, "attendance": "in_attendance"},
        {"name": "Councillor Hirani", "role": None, "attendance": "apologies"},
        {"name": "Mr Clement Asante", "role": "co-opted member", "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = s.replace("_", "")
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
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


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("of-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1:
                print(f"{g['document']}: {what} phrase found {n} times: {ph!r}")
                ok = False
            if not 6 <= words <= 15:
                print(f"{g['document']}: {what} phrase has {words} words: {ph!r}")
                ok = False
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
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
        sys.exit(0 if check() else 1)
    build()
