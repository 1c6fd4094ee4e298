#!/usr/bin/env python3
"""Build the "mt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mt.py           build documents/mt-* and gold/mt-*.json
        build_mt.py --check   verify every gold phrase occurs once in its document
"""

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

MINUTES_NAME = "mt-wendleford-overview-and-scrutiny-2025-01-14.pdf"
REPORT_NAME = "mt-wendleford-os-report-homelessness-action-plan-2025-01-14.docx"

FIXED_DATE = dt.datetime(2025, 1, 21, 10, 30, 0, tzinfo=dt.timezone.utc)
REPORT_DATE = dt.datetime(2024, 12, 30, 9, 15, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

PRESENT = [
    ("Chair", "Councillor P J Ambrose"),
    ("Vice Chair", "Councillor S L Fairweather"),
]
MEMBERS_LINE = ("K A Brinkworth, D C Colley, H M Eastgate, G R Harcourt, J P Lindqvist, "
                "A N Marston, T W Okonedo (Substitute for B Ridout), E F Pennock, "
                "L Quarrie and C D Stallard")
ALSO_PRESENT_LINE = "Councillors N J Abbotsford and M R Vesey"

# Each block: ("minute", number, title) | ("para", number, text) | ("point", text)
#             | ("resolved", [clauses]) | ("decl_table", rows) | ("close", text)
BLOCKS = [
    ("minute", "OS.53", "ANNOUNCEMENTS"),
    ("para", "53.1", "The evacuation procedure, as noted on the Agenda, was advised to those "
     "present."),
    ("para", "53.2", "The Chair welcomed Inspector Claire Mowbray of Hollowshire Constabulary and "
     "Daniel Forsythe, Managing Director of Vale Environmental Services Ltd, to the meeting for "
     "Agenda Items 8 and 10 respectively."),

    ("minute", "OS.54", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("para", "54.1", "Apologies for absence were received from Councillors B Ridout and "
     "W H Tolley.  Councillor T W Okonedo would be acting as a substitute for the meeting."),

    ("minute", "OS.55", "DECLARATIONS OF INTEREST"),
    ("para", "55.1", "The Committee’s attention was drawn to the Wendleford Borough Council Code "
     "of Conduct which was adopted by the Council on 24 January 2023 and took effect on "
     "1 February 2023."),
    ("para", "55.2", "The following declarations were made:"),
    ("decl_table", [
        ("Councillor", "Item No.", "Nature of Interest (where disclosed)",
         "Declared Action in respect of Disclosable Pecuniary Interest"),
        ("D C Colley", "Item 10 – Vale Environmental Services – Annual Report 2023/24",
         "Is the Council’s appointed representative on the Vale Environmental Services "
         "Shareholder Panel.", "Would speak and vote."),
        ("E F Pennock", "Item 11 – Homelessness and Rough Sleeping Strategy Action Plan – "
         "Annual Update", "Is a Board Member of Wendle Valley Homes.",
         "Would speak and vote."),
    ]),
    ("para", "55.3", "There were no further declarations made on this occasion."),

    ("minute", "OS.56", "MINUTES"),
    ("para", "56.1", "The Minutes of the meeting held on 26 November 2024, copies of which had "
     "been circulated, were approved as a correct record and signed by the Chair."),

    ("minute", "OS.57", "CONSIDERATION OF THE EXECUTIVE COMMITTEE FORWARD PLAN"),
    ("para", "57.1", "Attention was drawn to the Executive Committee Forward Plan, circulated at "
     "Pages No. 15-24.  Members were asked to determine whether there were any questions for the "
     "relevant Lead Members and what support the Overview and Scrutiny Committee could give to "
     "the work contained within the plan."),
    ("para", "57.2", "A Member noted that the report on the future management of the Council’s "
     "leisure centres had been moved from the Executive Committee meeting on 4 December 2024 to "
     "2 April 2025 and questioned the reason for the delay.  In response, the Director: "
     "Corporate Resources advised that the soft market testing exercise had attracted more "
     "interest than expected and officers needed more time to assess the options, which "
     "included bringing the service back in-house when the current contract with the leisure "
     "operator expired in 2026.  A Member felt it was important that the Overview and Scrutiny "
     "Committee had the opportunity to comment on the options before a decision was made and "
     "the Director: Corporate Resources undertook to discuss with the Chair how this could be "
     "accommodated within the Committee’s work programme."),
    ("para", "57.3", "Another Member asked whether the draft Council Tax Reduction Scheme for "
     "2025/26 had been subject to public consultation, as the Forward Plan indicated that it "
     "would be considered by the Executive Committee on 5 February 2025.  The Head of Finance "
     "and Asset Management confirmed that an eight-week consultation had taken place between "
     "August and October 2024, which had received 214 responses, and the outcome would be set "
     "out in the report."),
    ("para", "57.4", "A Member expressed disappointment that the review of the Community "
     "Infrastructure Levy charging schedule no longer appeared on the Forward Plan, given the "
     "pressure that new housing developments in the north of the borough were placing on local "
     "GP surgeries and primary schools."),
    ("para", "57.5", "It was"),
    ("resolved", ["That the Executive Committee Forward Plan be NOTED."]),

    ("minute", "OS.58", "OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"),
    ("para", "58.1", "Attention was drawn to the Overview and Scrutiny Committee Work Programme "
     "2024/25, circulated at Pages No. 25-33, which Members were asked to consider."),
    ("para", "58.2", "A Member requested that access to GP appointments be added to the work "
     "programme, as residents in her ward were continuing to report difficulties in getting "
     "through to their surgery by telephone at 8:00 am.  The Democratic Services Manager advised "
     "that NHS Hollowshire Integrated Care Board had already been approached about attending "
     "the meeting on 11 March 2025 to discuss primary care access and she would confirm the "
     "arrangements with the Chair."),
    ("para", "58.3", "It was"),
    ("resolved", ["That the Overview and Scrutiny Committee Work Programme 2024/25 be NOTED, "
                  "subject to the inclusion of an item on access to GP appointments at the "
                  "meeting on 11 March 2025."]),

    ("minute", "OS.59", "HOLLOWSHIRE HEALTH OVERVIEW AND SCRUTINY COMMITTEE UPDATE"),
    ("para", "59.1", "Attention was drawn to the report of the Hollowshire Health Overview and "
     "Scrutiny Committee representative, circulated at Pages No. 34-39, which summarised the "
     "matters considered at the last meeting of that Committee held on 19 November 2024."),
    ("para", "59.2", "The Council’s representative, Councillor H M Eastgate, advised that the "
     "meeting had received a presentation on urgent and emergency care planning for the winter, "
     "including ambulance handover delays at Hollowshire Royal Hospital, the performance of the "
     "NHS 111 service and the extended opening hours of the urgent treatment centre at "
     "Wendleford Community Hospital.  The Committee had also considered proposals from NHS "
     "Hollowshire Integrated Care Board to reconfigure community mental health services for "
     "older people, which were subject to public consultation until 28 February 2025, and the "
     "outcome of a Care Quality Commission inspection of Hollowshire Health and Care NHS "
     "Foundation Trust, which had been rated ‘requires improvement’ overall, with the inpatient "
     "mental health wards rated ‘inadequate’ for safety."),
    ("para", "59.3", "A Member asked whether the urgent treatment centre at Wendleford Community "
     "Hospital would continue to open overnight after the winter, as residents had been told "
     "that the extended hours were a pilot.  The Council’s representative advised that she had "
     "raised this at the meeting and had been informed that the overnight service would be "
     "evaluated in April 2025 and there would be engagement with the public before any decision "
     "was taken about its future."),
    ("para", "59.4", "A Member expressed concern about the findings of the inspection in "
     "relation to staffing levels on the inpatient mental health wards and asked what the Trust "
     "was doing to address them.  The Council’s representative indicated that the Trust had "
     "presented an improvement plan which included a recruitment campaign for registered mental "
     "health nurses and a reduction in the use of agency staff, and she would circulate the "
     "relevant section of the plan to Members."),
    ("para", "59.5", "A Member felt that the Health Overview and Scrutiny Committee should "
     "consider the impact of damp and mould in rented homes on children’s respiratory health "
     "and asked that this be put forward for its work programme.  The Council’s representative "
     "undertook to raise the suggestion with the Chair of the Health Overview and Scrutiny "
     "Committee."),
    ("para", "59.6", "A Member questioned why NHS dentistry had not been considered by the Health "
     "Overview and Scrutiny Committee for more than a year when none of the dental practices in "
     "the borough were accepting new adult NHS patients."),
    ("para", "59.7", "It was"),
    ("resolved", ["That the Hollowshire Health Overview and Scrutiny Committee update be "
                  "NOTED."]),

    ("minute", "OS.60", "UPDATE ON LOCAL POLICING ARRANGEMENTS"),
    ("para", "60.1", "Inspector Mowbray, the Neighbourhood Policing Inspector for Wendleford, "
     "provided an update on local policing arrangements.  She explained that the neighbourhood "
     "policing team for the borough comprised one Inspector, three Sergeants, 14 Police "
     "Constables and nine Police Community Support Officers, with two Police Community Support "
     "Officer posts currently vacant.  Over the previous 12 months, reported anti-social "
     "behaviour had fallen by 11% but shoplifting had increased by 18%, mainly in Wendleford "
     "town centre and at the retail park at Tanners Cross, and there had been a series of thefts "
     "of farm machinery and fuel in the rural parishes which were being investigated under "
     "Operation Furrow.  Members were also advised that Hollowshire Constabulary had implemented "
     "the Right Care, Right Person approach in June 2024, under which police officers would no "
     "longer attend calls concerning a person’s welfare or mental health unless there was a "
     "crime or an immediate risk to life."),
    ("para", "60.2", "A Member noted that residents in the rural parishes rarely saw a police "
     "officer and asked how the neighbourhood team was deployed across the borough.  The "
     "Inspector explained that patrols were allocated on the basis of demand and of threat, harm "
     "and risk, but each rural parish had a named Police Community Support Officer and she would "
     "be happy to attend parish council meetings if invited."),
    ("para", "60.3", "In response to a query regarding the two vacant Police Community Support "
     "Officer posts, Members were advised that two candidates had been appointed and were "
     "expected to be in post by May 2025, once they had completed their training."),
    ("para", "60.4", "A Member raised concern about the impact of Right Care, Right Person on the "
     "Council’s out of hours service and on local mental health services and asked whether there "
     "had been an increase in incidents involving people in mental health crisis being left "
     "without support.  The Inspector indicated that the early evidence was that officers were "
     "spending considerably less time waiting with patients at hospital and the local "
     "partnership was monitoring whether demand had moved onto the ambulance service and partner "
     "agencies; the Constabulary’s six-month evaluation would be published in February and she "
     "undertook to share it with Members."),
    ("para", "60.5", "A Member asked what support was available to small independent shops in "
     "the town centre which had been repeatedly targeted by shoplifters.  The Inspector advised "
     "that the Constabulary was working with the Council’s Community Safety Partnership officer "
     "to relaunch the Shopwatch radio scheme, and she encouraged all businesses to report every "
     "incident, however small, so that patrols could be directed to where they were needed."),
    ("para", "60.6", "The Chair thanked Inspector Mowbray for her informative update and the "
     "Committee noted the position."),

    ("minute", "OS.61", "COUNCIL PLAN PERFORMANCE TRACKER – QUARTER TWO 2024/25"),
    ("para", "61.1", "The report of the Head of Corporate Services, circulated at Pages No. "
     "40-88, attached the performance management information for quarter two of 2024/25.  The "
     "Overview and Scrutiny Committee was asked to review and scrutinise the performance "
     "information and, where appropriate, require response or action from the Executive "
     "Committee."),
    ("para", "61.2", "The Head of Corporate Services advised that, of the 58 actions within the "
     "Council Plan, 44 were progressing as planned, seven had been completed, five had slipped "
     "and two had been deferred; the reasons for the slippage were set out in the tracker.  Of "
     "the 24 key performance indicators with targets, 15 were on target, four were slightly "
     "below target and five were significantly below target.  Members were reminded that the "
     "Committee’s comments would be reported to the Executive Committee on 5 February 2025."),
    ("para", "61.3", "During the discussion which ensued, the following queries and comments "
     "were made in relation to the performance tracker:"),
    ("point", "P. No. 46 – Priority: Economy – Objective 3 – Action b) – Deliver the Wendleford "
     "town centre regeneration programme – A Member asked whether the £1.2 million of external "
     "funding for the Market Quarter scheme was at risk as a result of the delays to the "
     "building works.  The Director: Place advised that the funding had to be spent by March "
     "2026 and the programme remained on course to meet that deadline, although it was being "
     "monitored as a high risk on the project risk register."),
    ("point", "P. No. 52 – Priority: Housing and Communities – Objective 1 – Action c) – Reduce "
     "waiting times for Disabled Facilities Grants – A Member noted that the average time taken "
     "from referral to completion of an adaptation had increased to 34 weeks and questioned what "
     "was causing the delay.  The Head of Community Services explained that the main factor was "
     "a shortage of occupational therapists at the County Council to carry out assessments; the "
     "Council had agreed to fund a trusted assessor post within the home improvement agency from "
     "April 2025 which was expected to reduce waiting times significantly."),
    ("point", "P. No. 58 – Priority: Sustainable Environment – Objective 2 – Action a) – Improve "
     "the reliability of waste and recycling collections – A Member commented that the reported "
     "rate of missed collections did not reflect the experience of residents in her ward, where "
     "the same streets had been missed on several consecutive weeks.  The Head of Place Services "
     "confirmed that repeat missed collections were now being tracked separately and would be "
     "raised with Vale Environmental Services at the next contract monitoring meeting."),
    ("point", "P. No. 71 – KPI 9 – Average number of days to process new Council Tax Reduction "
     "claims – A Member welcomed the improvement in processing times from 24 days to 16 days and "
     "felt that the benefits team should be congratulated on its performance."),
    ("point", "P. No. 74 – KPI 15 – Number of households in temporary accommodation – A Member "
     "expressed concern that the number of households in temporary accommodation had risen to "
     "68 at the end of the quarter, 21 of which were in bed and breakfast accommodation, and "
     "asked how many of those were families with children.  The Head of Community Services "
     "advised that 12 of the households in bed and breakfast were families with children and "
     "none had been there for longer than the six-week legal limit; the issue would be covered "
     "in more detail under Agenda Item 11."),
    ("point", "P. No. 77 – KPI 21 – Average number of working days lost to sickness per "
     "full-time equivalent employee – A Member noted that sickness absence had increased to 4.9 "
     "days per employee for the half year and asked what proportion related to stress and "
     "mental health.  The Head of Corporate Services advised that around a third of long-term "
     "absence was related to mental health; the Council had recently trained 15 mental health "
     "first aiders and was promoting its employee assistance programme to all staff."),
    ("para", "61.4", "Having considered the information provided, it was"),
    ("resolved", ["That the Council Plan Performance Tracker – Quarter Two 2024/25 be NOTED."]),

    ("minute", "OS.62", "VALE ENVIRONMENTAL SERVICES – ANNUAL REPORT 2023/24"),
    ("para", "62.1", "Attention was drawn to the annual report of Vale Environmental Services Ltd "
     "(VES), circulated at Pages No. 89-104, which set out the company’s performance and "
     "financial position for 2023/24.  The Managing Director of VES explained that the company "
     "was wholly owned by the Council and its two partner authorities and delivered waste and "
     "recycling collections, street cleansing and grounds maintenance on their behalf under a "
     "Teckal exemption, which allowed the councils to award work to the company without a "
     "competitive tendering exercise.  During 2023/24 the company had collected 41,600 tonnes of "
     "household waste in the borough, the recycling rate had been 52.3% and 14 refuse collection "
     "vehicles had been replaced.  The company had overspent by £1.1 million, largely due to the "
     "pay award, agency driver costs and the price of fuel, and the partner authorities had met "
     "the overspend in proportion to their shareholdings."),
    ("para", "62.2", "A Member asked what the Council’s share of the overspend had been and how "
     "it had been funded.  The Head of Finance and Asset Management explained that the "
     "Council’s share had been £386,000, which had been met from the waste and recycling "
     "reserve, and the partner authorities had since agreed a revised cost-sharing formula and a "
     "more realistic budget for 2025/26."),
    ("para", "62.3", "A Member questioned whether the Council was achieving value for money from "
     "VES compared with what might be achieved by contracting the service out to a private "
     "company through a competitive tender.  The Managing Director advised that a benchmarking "
     "exercise carried out in 2024 had placed the company’s cost per household in the lowest "
     "quartile of comparable councils, and that any surplus was returned to the partner "
     "authorities rather than paid to shareholders as profit.  The Director: Place added that "
     "there were no plans to tender the service and the partnership agreement ran until 2031."),
    ("para", "62.4", "In response to a question about the use of agency drivers, the Managing "
     "Director confirmed that the company had reduced the proportion of agency drivers from 30% "
     "to 12% since it had introduced its own HGV driver apprenticeship scheme, and pay rates for "
     "drivers had been increased in 2024 to match those of neighbouring employers."),
    ("para", "62.5", "A Member raised concern about the contamination of recycling at blocks of "
     "flats with communal bins and asked what was being done to address it.  The Managing "
     "Director indicated that contamination at communal sites had been running at around 25% "
     "and the company was working with Wendle Valley Homes on a pilot of new signage, bin locks "
     "and door-to-door engagement with tenants at three sites in Wendleford."),
    ("para", "62.6", "A Member asked whether the company was prepared for the introduction of "
     "weekly food waste collections under the Government’s Simpler Recycling reforms.  The "
     "Managing Director advised that the Council had received £1.3 million of capital funding "
     "for vehicles and caddies but the revenue funding for 2026/27 onwards had not yet been "
     "confirmed, which was a significant risk for all three councils."),
    ("para", "62.7", "It was"),
    ("resolved", ["1. That the Vale Environmental Services Annual Report 2023/24 be NOTED.",
                  "2. That the Managing Director of Vale Environmental Services be requested to "
                  "provide an update on preparations for weekly food waste collections to the "
                  "Committee in September 2025."]),

    ("minute", "OS.63", "HOMELESSNESS AND ROUGH SLEEPING STRATEGY ACTION PLAN – ANNUAL UPDATE"),
    ("para", "63.1", "The report of the Head of Community Services, circulated at Pages No. "
     "105-132, set out the progress made in the second year of the Homelessness and Rough "
     "Sleeping Strategy 2023-2027 and a revised action plan for 2025/26.  Members were asked to "
     "consider the progress made and to recommend the revised action plan to the Executive "
     "Committee for approval."),
    ("para", "63.2", "The Housing Services Manager explained that homelessness approaches had "
     "increased by 22% compared with the previous year, with the ending of private rented "
     "tenancies the most common reason.  At the end of December 2024, 73 households had been in "
     "temporary accommodation, and expenditure on bed and breakfast was forecast to reach "
     "£640,000 in 2024/25 against a budget of £310,000.  The revised action plan proposed the "
     "purchase of up to 12 properties in the borough for use as temporary accommodation, the "
     "recruitment of a second tenancy sustainment officer and a new incentive scheme to "
     "encourage private landlords to let properties to households on the housing register.  The "
     "rough sleeper count in November 2024 had identified four people sleeping rough, compared "
     "with seven the previous year."),
    ("para", "63.3", "A Member asked how the purchase of the temporary accommodation properties "
     "would be funded.  The Head of Finance and Asset Management explained that the estimated "
     "cost of £3.1 million would be met from the Local Authority Housing Fund grant of "
     "£1.2 million and from capital receipts, and the reduction in bed and breakfast costs was "
     "expected to produce a net revenue saving of around £210,000 per year once all of the "
     "properties were in use."),
    ("para", "63.4", "A Member expressed concern that some families had been placed in bed and "
     "breakfast accommodation in Hollowshire city centre, a considerable distance from their "
     "children’s schools, support networks and employment, and asked that this be avoided "
     "wherever possible.  The Housing Services Manager explained that the Council only used out "
     "of area placements where nothing suitable was available in the borough and that officers "
     "arranged help with school transport where it was needed, but she acknowledged that this "
     "was an increasing problem."),
    ("para", "63.5", "A Member asked what was being done to prevent young people leaving care "
     "from becoming homeless.  In response, the Housing Services Manager advised that a joint "
     "protocol for care leavers had been agreed with Hollowshire County Council in 2024, and "
     "there was now a dedicated housing officer who met every care leaver from the age of 17 to "
     "plan their move to independent accommodation."),
    ("para", "63.6", "A Member queried how many private landlords had signed up to the Council’s "
     "landlord incentive scheme since it had been piloted in the summer, and whether the level "
     "of incentive was sufficient to compete with short-term holiday lets.  The Housing Services "
     "Manager advised that 19 landlords had let 26 properties through the scheme and the level "
     "of incentive would be kept under review."),
    ("para", "63.7", "A Member proposed that the recommendation be amended to ask the Executive "
     "Committee to adopt a commitment that no family with children would be placed in bed and "
     "breakfast accommodation for more than two weeks.  The proposal was seconded.  The Lead "
     "Member for Housing and Communities indicated that, whilst she shared the aim, the Council "
     "could not guarantee this given the shortage of suitable accommodation and the proposal "
     "risked committing the Council to costs which had not been budgeted.  Upon being put to "
     "the vote, the proposal was lost."),
    ("para", "63.8", "Upon being put to the vote, it was"),
    ("resolved", ["That it be RECOMMENDED TO THE EXECUTIVE COMMITTEE that the revised "
                  "Homelessness and Rough Sleeping Strategy Action Plan 2025/26, attached at "
                  "Appendix 1 to the report, be APPROVED."]),

    ("close", "The meeting closed at 6:52 pm"),
]


def build_minutes_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class MinutesPDF(FPDF):
        def header(self):
            self.set_font("Body", "", 9)
            self.set_xy(20, 10)
            self.cell(170, 5, "OS.14.01.25", align="R")
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Body", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Minutes - Overview and Scrutiny Committee - 14 January 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Body", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Body", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 4.9          # line height
    NUM_X = 20        # hanging column
    TXT_X = 38        # text column
    TXT_W = 190 - TXT_X
    RES_X = 70        # text after RESOLVED
    RES_W = 190 - RES_X

    def room(h):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    # Title block
    pdf.set_font("Body", "B", 12)
    pdf.set_x(20)
    pdf.cell(170, 7, "WENDLEFORD BOROUGH COUNCIL", align="C")
    pdf.ln(10)
    pdf.set_font("Body", "", 10)
    pdf.set_x(20)
    pdf.multi_cell(170, LH, "Minutes of a Meeting of the Overview and Scrutiny Committee held "
                   "at the Council Offices, Orchard Way, Wendleford on Tuesday, 14 January 2025 "
                   "commencing at 4:30 pm", align="C")
    pdf.ln(6)

    pdf.set_font("Body", "B", 10)
    pdf.set_x(NUM_X)
    pdf.cell(30, LH, "Present:")
    pdf.ln(LH + 2)
    for label, name in PRESENT:
        pdf.set_x(55)
        pdf.set_font("Body", "", 10)
        pdf.cell(40, LH, label)
        pdf.cell(80, LH, name)
        pdf.ln(LH + 1)
    pdf.ln(3)
    pdf.set_x(20)
    pdf.cell(170, LH, "and Councillors:", align="C")
    pdf.ln(LH + 3)
    pdf.set_x(30)
    pdf.multi_cell(150, LH, MEMBERS_LINE, align="C")
    pdf.ln(5)
    pdf.set_x(NUM_X)
    pdf.set_font("Body", "B", 10)
    pdf.cell(40, LH, "also present:")
    pdf.ln(LH + 2)
    pdf.set_font("Body", "", 10)
    pdf.set_x(30)
    pdf.multi_cell(150, LH, ALSO_PRESENT_LINE, align="C")
    pdf.ln(7)

    for block in BLOCKS:
        kind = block[0]
        if kind == "minute":
            _, num, title = block
            room(LH * 4)
            pdf.ln(2)
            pdf.set_font("Body", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TXT_X - NUM_X, LH, num)
            pdf.set_xy(TXT_X, y)
            pdf.multi_cell(TXT_W, LH, title, align="L")
            pdf.ln(3)
        elif kind == "para":
            _, num, text = block
            room(LH)
            pdf.set_font("Body", "", 10)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TXT_X - NUM_X, LH, num)
            pdf.set_xy(TXT_X, y)
            pdf.multi_cell(TXT_W, LH, text, align="J")
            pdf.ln(3)
        elif kind == "point":
            _, text = block
            room(LH)
            pdf.set_font("Body", "", 10)
            pdf.set_x(TXT_X)
            pdf.multi_cell(TXT_W, LH, text, align="J")
            pdf.ln(3)
        elif kind == "resolved":
            _, clauses = block
            room(LH * 2)
            y = pdf.get_y()
            pdf.set_font("Body", "B", 10)
            pdf.set_xy(TXT_X, y)
            pdf.cell(RES_X - TXT_X, LH, "RESOLVED")
            pdf.set_font("Body", "", 10)
            for i, clause in enumerate(clauses):
                pdf.set_x(RES_X)
                if clause[:2] in ("1.", "2.", "3."):
                    num, rest = clause.split(" ", 1)
                    yy = pdf.get_y()
                    pdf.set_xy(RES_X, yy)
                    pdf.cell(8, LH, num)
                    pdf.set_xy(RES_X + 8, yy)
                    pdf.multi_cell(RES_W - 8, LH, rest, align="J")
                else:
                    pdf.multi_cell(RES_W, LH, clause, align="J")
                pdf.ln(2)
            pdf.ln(2)
        elif kind == "decl_table":
            _, rows = block
            pdf.set_font("Body", "", 9)
            pdf.set_x(TXT_X)
            with pdf.table(width=TXT_W, col_widths=(22, 45, 48, 37), line_height=4.6,
                           text_align="LEFT", first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD"),
                           align="RIGHT") as table:
                for r_i, row in enumerate(rows):
                    tr = table.row()
                    for cell in row:
                        tr.cell(cell)
            pdf.ln(4)
            pdf.set_font("Body", "", 10)
        elif kind == "close":
            _, text = block
            room(LH * 2)
            pdf.ln(4)
            pdf.set_font("Body", "", 10)
            pdf.set_x(NUM_X)
            pdf.cell(0, LH, text)
            pdf.ln(LH)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------

REPORT_COVER = [
    ("Report to:", "Overview and Scrutiny Committee"),
    ("Date of Meeting:", "14 January 2025"),
    ("Subject:", "Homelessness and Rough Sleeping Strategy Action Plan – Annual Update"),
    ("Report of:", "Head of Community Services"),
    ("Director:", "Director: Communities"),
    ("Lead Member:", "Lead Member for Housing and Communities"),
    ("Number of Appendices:", "Two"),
]

REPORT_SUMMARY = [
    ("Executive Summary:",
     "The Homelessness and Rough Sleeping Strategy 2023-2027 was adopted by the Council in "
     "March 2023. This report sets out the progress made during the second year of the "
     "strategy’s action plan and proposes a revised action plan for 2025/26 in response to the "
     "continuing increase in homelessness approaches and the rising cost of temporary "
     "accommodation."),
    ("Recommendation:",
     "To CONSIDER the progress made in delivering the Homelessness and Rough Sleeping Strategy "
     "Action Plan and RECOMMEND TO THE EXECUTIVE COMMITTEE that the revised action plan for "
     "2025/26, attached at Appendix 1, be APPROVED."),
    ("Financial Implications:",
     "Expenditure on bed and breakfast accommodation is forecast to be £640,000 in 2024/25 "
     "against a budget of £310,000. The proposed purchase of up to 12 properties for use as "
     "temporary accommodation is estimated to cost £3.1 million, to be funded from the Local "
     "Authority Housing Fund grant of £1.2 million and capital receipts, and is expected to "
     "produce a net revenue saving of around £210,000 per year once all properties are in use."),
    ("Legal Implications:",
     "The Council has statutory duties under Part 7 of the Housing Act 1996, as amended by the "
     "Homelessness Reduction Act 2017, to prevent and relieve homelessness and to secure "
     "suitable accommodation for households in priority need. The Homelessness (Suitability of "
     "Accommodation) (England) Order 2003 provides that bed and breakfast accommodation is not "
     "suitable for families with children for more than six weeks."),
    ("Environmental and Sustainability Implications:",
     "Properties acquired for temporary accommodation will be brought up to an Energy "
     "Performance Certificate rating of C before they are let."),
    ("Resource Implications (including impact on equalities):",
     "The revised action plan includes the recruitment of a second tenancy sustainment officer, "
     "funded from the Homelessness Prevention Grant for 2025/26. An equality impact assessment "
     "has been completed and is available on request."),
    ("Safeguarding Implications:",
     "Households in temporary accommodation include children and vulnerable adults. Placements "
     "are reviewed weekly and concerns are referred in line with the Council’s safeguarding "
     "policy."),
    ("Impact on the Customer:",
     "Reducing the use of bed and breakfast and out of area placements will allow households to "
     "remain close to schools, employment and support networks."),
]

REPORT_SECTIONS = [
    ("1.0", "INTRODUCTION", [
        ("1.1", "The Homelessness and Rough Sleeping Strategy 2023-2027 sets out four priorities: "
         "preventing homelessness at the earliest opportunity; increasing the supply of suitable "
         "temporary and settled accommodation; supporting people with complex needs; and ending "
         "rough sleeping in the borough."),
        ("1.2", "The strategy is delivered through an annual action plan which is monitored by "
         "the Wendleford Homelessness Forum. The Overview and Scrutiny Committee agreed at its "
         "meeting on 9 January 2024 that it would receive an annual update on progress."),
    ]),
    ("2.0", "PROGRESS IN YEAR TWO", [
        ("2.1", "Homelessness approaches increased by 22% in the year to December 2024. The "
         "ending of a private rented tenancy remains the most common reason, followed by family "
         "or friends no longer being willing to accommodate and domestic abuse."),
        ("2.2", "Of the 31 actions in the 2024/25 plan, 22 have been completed, six are in "
         "progress and three have been carried forward to 2025/26. Completed actions include the "
         "joint protocol for care leavers agreed with Hollowshire County Council and the "
         "landlord incentive pilot, through which 19 landlords have let 26 properties."),
        ("2.3", "The rough sleeper count in November 2024 identified four people sleeping "
         "rough, compared with seven in November 2023. All four have been offered accommodation "
         "through the Severn Road assessment hub."),
    ]),
    ("3.0", "TEMPORARY ACCOMMODATION", [
        ("3.1", "At the end of December 2024, 73 households were in temporary accommodation, of "
         "whom 24 were in bed and breakfast. The Council continues to comply with the six-week "
         "limit for families with children, but this has required a number of placements "
         "outside the borough."),
        ("3.2", "Members may wish to consider whether the proposed acquisition programme is "
         "sufficient to reduce reliance on bed and breakfast, and whether the Council should set "
         "a local target for the maximum length of stay for families."),
    ]),
    ("4.0", "QUESTIONS RAISED BY THE TENANTS’ AND RESIDENTS’ PANEL", [
        ("4.1", "The draft revised action plan was discussed with the Tenants’ and Residents’ "
         "Panel on 3 December 2024. The questions raised and the responses given are "
         "summarised below."),
        ("", "Q. Why are families still being sent to bed and breakfast in the city when there "
         "are empty flats in Wendleford?"),
        ("", "A. Empty homes owned by registered providers are let through the housing register. "
         "The Council has written to the owners of 140 long-term empty homes offering "
         "assistance to bring them back into use."),
        ("", "Q. Will the new temporary accommodation be managed by the Council or by a private "
         "company?"),
        ("", "A. The properties will be owned by the Council and managed by the Council’s "
         "housing team, with repairs carried out under the existing responsive repairs "
         "contract."),
        ("", "Q. Can the Council do more to stop private landlords evicting tenants who have "
         "done nothing wrong?"),
        ("", "A. Section 21 evictions are set to end under the Renters’ Rights Bill. Until then, "
         "the Council’s prevention officers will continue to negotiate with landlords and offer "
         "incentive payments where a tenancy can be saved."),
    ]),
    ("5.0", "OTHER OPTIONS CONSIDERED", [
        ("5.1", "Leasing properties from private landlords was considered but is not "
         "recommended, as the current market rents in the borough exceed the Local Housing "
         "Allowance by an average of 31%."),
    ]),
    ("6.0", "CONSULTATION", [
        ("6.1", "The Wendleford Homelessness Forum, the Tenants’ and Residents’ Panel and "
         "registered providers have been consulted on the revised action plan."),
    ]),
    ("7.0", "ASSOCIATED RISKS", [
        ("7.1", "The main risks are a further increase in homelessness approaches, a shortage "
         "of suitable properties to purchase within the budget and the end of the Local "
         "Authority Housing Fund. These risks are recorded on the Community Services risk "
         "register."),
    ]),
]

REPORT_TAIL = [
    ("Background Papers:", "Homelessness and Rough Sleeping Strategy 2023-2027."),
    ("Contact Officer:", "Housing Services Manager   Tel: 01632 960418   "
                         "Email: housing.services@wendleford.gov.uk"),
    ("Appendices:", "1 – Revised Homelessness and Rough Sleeping Strategy Action Plan 2025/26\n"
                    "2 – Temporary accommodation data, April to December 2024"),
]

ACTION_PLAN = [
    ("Ref", "Action", "Lead", "Target date"),
    ("1.1", "Purchase up to 12 properties for use as temporary accommodation",
     "Head of Community Services", "March 2026"),
    ("1.2", "Recruit a second tenancy sustainment officer", "Housing Services Manager",
     "June 2025"),
    ("1.3", "Extend the landlord incentive scheme across the borough",
     "Housing Services Manager", "April 2025"),
    ("2.1", "Review the joint protocol for care leavers with Hollowshire County Council",
     "Housing Services Manager", "September 2025"),
    ("3.1", "Maintain a rough sleeper count of zero for two consecutive quarters",
     "Homelessness Forum", "March 2026"),
]


def build_report_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = Cm(2.2)
        section.right_margin = Cm(2.2)
        header = section.header.paragraphs[0]
        header.text = "Wendleford Borough Council"
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("WENDLEFORD BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for label, value in REPORT_COVER:
        cells = cover.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    doc.add_paragraph()

    for label, text in REPORT_SUMMARY:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        doc.add_paragraph(text)

    for num, title, paras in REPORT_SECTIONS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(f"{num}\t{title}").bold = True
        for pnum, text in paras:
            if pnum:
                para = doc.add_paragraph(f"{pnum}\t{text}")
            else:
                para = doc.add_paragraph(text)
                para.paragraph_format.left_indent = Cm(1.27)
            para.paragraph_format.first_line_indent = None

    doc.add_paragraph()
    for label, text in REPORT_TAIL:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run("\t" + text)

    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run("Appendix 1 – Revised Homelessness and Rough Sleeping Strategy Action Plan "
              "2025/26 (extract)").bold = True
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(ACTION_PLAN):
        cells = table.add_row().cells
        for c, value in zip(cells, row):
            run = c.paragraphs[0].add_run(value)
            run.bold = (i == 0)

    cp = doc.core_properties
    cp.author = "Housing Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Homelessness and Rough Sleeping Strategy Action Plan - Annual Update"
    cp.created = REPORT_DATE
    cp.modified = REPORT_DATE
    cp.last_printed = REPORT_DATE
    cp.revision = 3
    cp.comments = ""

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so the output is deterministic.
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 12, 30, 9, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "OS.53", "title": "ANNOUNCEMENTS"},
        {"number": "OS.54", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "OS.55", "title": "DECLARATIONS OF INTEREST"},
        {"number": "OS.56", "title": "MINUTES"},
        {"number": "OS.57", "title": "CONSIDERATION OF THE EXECUTIVE COMMITTEE FORWARD PLAN"},
        {"number": "OS.58", "title": "OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024/25"},
        {"number": "OS.59", "title": "HOLLOWSHIRE HEALTH OVERVIEW AND SCRUTINY COMMITTEE UPDATE"},
        {"number": "OS.60", "title": "UPDATE ON LOCAL POLICING ARRANGEMENTS"},
        {"number": "OS.61", "title": "COUNCIL PLAN PERFORMANCE TRACKER – QUARTER TWO 2024/25"},
        {"number": "OS.62", "title": "VALE ENVIRONMENTAL SERVICES – ANNUAL REPORT 2023/24"},
        {"number": "OS.63",
         "title": "HOMELESSNESS AND ROUGH SLEEPING STRATEGY ACTION PLAN – ANNUAL UPDATE"},
    ],
    "questions": [
        # OS.57 Forward Plan
        q("OS.57", "question",
          "moved from the Executive Committee meeting on 4 December 2024 to 2 April 2025",
          "the soft market testing exercise had attracted more interest than expected",
          None, "Director: Corporate Resources", ["subcontracting", "privatisation"]),
        q("OS.57", "comment",
          "felt it was important that the Overview and Scrutiny Committee had the opportunity",
          "undertook to discuss with the Chair how this could be accommodated",
          None, "Director: Corporate Resources", ["governance"]),
        q("OS.57", "question",
          "draft Council Tax Reduction Scheme for 2025/26 had been subject to public consultation",
          "an eight-week consultation had taken place between August and October 2024",
          None, "Head of Finance and Asset Management", ["finance", "patient-and-public-input"]),
        q("OS.57", "concern",
          "review of the Community Infrastructure Levy charging schedule no longer appeared",
          None, None, None, ["primary-care", "children-and-families"]),
        # OS.58 Work programme
        q("OS.58", "request",
          "requested that access to GP appointments be added to the work programme",
          "had already been approached about attending the meeting on 11 March 2025",
          None, "Democratic Services Manager", ["primary-care"]),
        # OS.59 Health overview and scrutiny update
        q("OS.59", "question",
          "would continue to open overnight after the winter, as residents had been told",
          "the overnight service would be evaluated in April 2025",
          None, "Council’s representative", ["patient-and-public-input"]),
        q("OS.59", "concern",
          "findings of the inspection in relation to staffing levels on the inpatient mental "
          "health wards",
          "included a recruitment campaign for registered mental health nurses",
          None, "Council’s representative", ["mental-health", "workforce", "governance"]),
        q("OS.59", "request",
          "consider the impact of damp and mould in rented homes on children’s respiratory "
          "health",
          "undertook to raise the suggestion with the Chair of the Health Overview",
          None, "Council’s representative", ["housing", "children-and-families"]),
        q("OS.59", "question",
          "why NHS dentistry had not been considered by the Health Overview and Scrutiny "
          "Committee",
          None, None, None, ["primary-care"]),
        # OS.60 Policing
        q("OS.60", "question",
          "asked how the neighbourhood team was deployed across the borough",
          "each rural parish had a named Police Community Support Officer",
          None, "Inspector", []),
        q("OS.60", "question",
          "query regarding the two vacant Police Community Support Officer posts",
          "two candidates had been appointed and were expected to be in post by May 2025",
          None, None, ["workforce"]),
        q("OS.60", "concern",
          "impact of Right Care, Right Person on the Council’s out of hours service",
          "the early evidence was that officers were spending considerably less time",
          None, "Inspector", ["mental-health"]),
        q("OS.60", "question",
          "what support was available to small independent shops in the town centre",
          "working with the Council’s Community Safety Partnership officer to relaunch the "
          "Shopwatch",
          None, "Inspector", []),
        # OS.61 Performance tracker
        q("OS.61", "question",
          "£1.2 million of external funding for the Market Quarter scheme was at risk",
          "the programme remained on course to meet that deadline",
          None, "Director: Place", ["finance", "governance"]),
        q("OS.61", "question",
          "average time taken from referral to completion of an adaptation had increased",
          "the main factor was a shortage of occupational therapists at the County Council",
          None, "Head of Community Services", ["housing", "workforce"]),
        q("OS.61", "comment",
          "reported rate of missed collections did not reflect the experience of residents",
          "repeat missed collections were now being tracked separately",
          None, "Head of Place Services", ["subcontracting"]),
        q("OS.61", "comment",
          "felt that the benefits team should be congratulated on its performance",
          None, None, None, []),
        q("OS.61", "concern",
          "asked how many of those were families with children",
          "none had been there for longer than the six-week legal limit",
          None, "Head of Community Services", ["housing", "children-and-families"]),
        q("OS.61", "question",
          "asked what proportion related to stress and mental health",
          "around a third of long-term absence was related to mental health",
          None, "Head of Corporate Services", ["workforce", "mental-health"]),
        # OS.62 Vale Environmental Services
        q("OS.62", "question",
          "share of the overspend had been and how it had been funded",
          "which had been met from the waste and recycling reserve",
          None, "Head of Finance and Asset Management", ["finance"]),
        q("OS.62", "question",
          "achieving value for money from VES compared with what might be achieved",
          "had placed the company’s cost per household in the lowest quartile",
          None, "Managing Director", ["finance", "privatisation", "subcontracting"]),
        q("OS.62", "question",
          "In response to a question about the use of agency drivers",
          "since it had introduced its own HGV driver apprenticeship scheme",
          None, "Managing Director", ["workforce"]),
        q("OS.62", "concern",
          "contamination of recycling at blocks of flats with communal bins",
          "working with Wendle Valley Homes on a pilot of new signage",
          None, "Managing Director", []),
        q("OS.62", "question",
          "prepared for the introduction of weekly food waste collections",
          "had received £1.3 million of capital funding for vehicles and caddies",
          None, "Managing Director", ["finance", "governance"]),
        # OS.63 Homelessness
        q("OS.63", "question",
          "how the purchase of the temporary accommodation properties would be funded",
          "a net revenue saving of around £210,000 per year",
          None, "Head of Finance and Asset Management", ["housing", "finance"]),
        q("OS.63", "concern",
          "a considerable distance from their children’s schools, support networks and "
          "employment",
          "only used out of area placements where nothing suitable was available",
          None, "Housing Services Manager", ["housing", "children-and-families"]),
        q("OS.63", "question",
          "prevent young people leaving care from becoming homeless",
          "a joint protocol for care leavers had been agreed with Hollowshire County Council",
          None, "Housing Services Manager", ["children-and-families", "housing"]),
        q("OS.63", "question",
          "landlord incentive scheme since it had been piloted in the summer",
          "19 landlords had let 26 properties through the scheme",
          None, "Housing Services Manager", ["housing"]),
    ],
    "resolutions": [
        res("OS.56", "copies of which had been circulated, were approved as a correct record",
            "agreed", []),
        res("OS.57", "That the Executive Committee Forward Plan be NOTED", "noted", []),
        res("OS.58", "subject to the inclusion of an item on access to GP appointments",
            "agreed", ["primary-care"]),
        res("OS.59", "That the Hollowshire Health Overview and Scrutiny Committee update be NOTED",
            "noted", []),
        res("OS.60", "for her informative update and the Committee noted the position",
            "noted", []),
        res("OS.61", "That the Council Plan Performance Tracker – Quarter Two 2024/25 be NOTED",
            "noted", []),
        res("OS.62", "That the Vale Environmental Services Annual Report 2023/24 be NOTED",
            "agreed", []),
        res("OS.63", "adopt a commitment that no family with children would be placed in bed",
            "rejected", ["housing", "children-and-families"]),
        res("OS.63", "That it be RECOMMENDED TO THE EXECUTIVE COMMITTEE that the revised "
            "Homelessness", "recommended", ["housing"]),
    ],
    "attendees": [
        {"name": "Councillor P J Ambrose", "role": "Chair", "attendance": "present"},
        {"name": "Councillor S L Fairweather", "role": "Vice Chair", "attendance": "present"},
        {"name": "K A Brinkworth", "role": None, "attendance": "present"},
        {"name": "D C Colley", "role": None, "attendance": "present"},
        {"name": "H M Eastgate", "role": None, "attendance": "present"},
        {"name": "G R Harcourt", "role": None, "attendance": "present"},
        {"name": "J P Lindqvist", "role": None, "attendance": "present"},
        {"name": "A N Marston", "role": None, "attendance": "present"},
        {"name": "T W Okonedo", "role": "Substitute for B Ridout", "attendance": "present"},
        {"name": "E F Pennock", "role": None, "attendance": "present"},
        {"name": "L Quarrie", "role": None, "attendance": "present"},
        {"name": "C D Stallard", "role": None, "attendance": "present"},
        {"name": "N J Abbotsford", "role": None, "attendance": "in_attendance"},
        {"name": "M R Vesey", "role": None, "attendance": "in_attendance"},
        {"name": "B Ridout", "role": None, "attendance": "apologies"},
        {"name": "W H Tolley", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def normalise(text):
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip()


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def count(phrase, text):
    return (" " + text + " ").count(" " + normalise(phrase) + " ")


def check():
    ok = True
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / gold["document"]
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        if not path.exists() or not gpath.exists():
            print(f"MISSING: {path.name} or {gpath.name}")
            ok = False
            continue
        text = normalise(doc_text(path))
        stored = json.loads(gpath.read_text(encoding="utf-8"))
        if stored != json.loads(json.dumps(gold)):
            print(f"STALE gold file: {gpath.name}")
            ok = False
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(normalise(phrase).split())
            c = count(phrase, text)
            if c != 1 or not (6 <= n_words <= 15):
                ok = False
                print(f"FAIL {gold['document']}: {kind} ({c} hits, {n_words} words): {phrase}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_report_docx(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        gpath = GOLD / (Path(gold["document"]).stem + ".json")
        gpath.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
