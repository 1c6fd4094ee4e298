#!/usr/bin/env python3
"""Build the "nd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nd.py           build documents/nd-* and gold/nd-*.json
        build_nd.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nd-holmeford-health-select-commission-2025-01-16.txt"
REPORT_NAME = "nd-holmeford-hsc-report-home-care-recommissioning.docx"
FIXED = dt.datetime(2025, 1, 6, 9, 0, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
RUNNING = "HEALTH SELECT COMMISSION - 16/01/25"
FIRST_PAGE = 33
LINES_PER_PAGE = 50
WIDTH = 92

# (kind, text): "t" = lines as they are, "p" = paragraph wrapped to the page width,
# "b" = blank line
BLOCKS = [
    ("t", "HEALTH SELECT COMMISSION\nThursday 16 January 2025"),
    ("b", ""),
    ("p", "Present:- Councillor Fenwick (in the Chair); Councillors Ashraf, Beaumont, Clegg, "
          "Dunmore, Kaur, Marsden, Pickering, Tennant and Whitlam."),
    ("b", ""),
    ("p", "Apologies for absence:- Apologies were received from Councillors Lindley and Royston."),
    ("b", ""),
    ("t", "The webcast of the Council Meeting can be viewed at:-\n"
          "https://holmeford.public-i.tv/core/portal/home"),
    ("b", ""),
    ("t", "41.    MINUTES OF THE PREVIOUS MEETING HELD ON 28 NOVEMBER 2024"),
    ("b", ""),
    ("p", "Consideration was given to the minutes of the previous meeting of the Health Select "
          "Commission held on 28 November 2024."),
    ("b", ""),
    ("p", "Arising from Minute No. 35 (Adult Care Local Account 2023/24), Councillor Clegg asked "
          "whether the breakdown of carers' assessments by ward, which had been requested at the "
          "last meeting, had been circulated. The Governance Advisor confirmed that the "
          "information had been circulated to all Members of the Commission by email on 12 "
          "December 2024."),
    ("b", ""),
    ("p", "Resolved:- That the minutes of the previous meeting of the Health Select Commission, "
          "held on 28 November 2024, be approved as a true and correct record of the "
          "proceedings."),
    ("b", ""),
    ("t", "42.    DECLARATIONS OF INTEREST"),
    ("b", ""),
    ("p", "Councillor Kaur declared a personal interest in Minute No. 46 (Access to General "
          "Practice in Holmeford) as a member of the patient participation group at her own GP "
          "practice. She remained in the meeting and took part in the discussion of the item."),
    ("b", ""),
    ("t", "43.    QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS"),
    ("b", ""),
    ("p", "Mr. Dawson, a resident of Brampton Moor, asked the following question:-"),
    ("b", ""),
    ("p", "\u201cLast winter my mother waited nine days in Holmeford General for a home care "
          "package after she was declared fit to go home. What is the Council doing to make sure "
          "this does not happen to other families this winter?\u201d"),
    ("b", ""),
    ("p", "The Chair thanked Mr. Dawson for his question and invited the Strategic Director of "
          "Adult Care, Housing and Public Health to respond. The Strategic Director explained "
          "that the Council and its partners had put in place a number of measures for this "
          "winter, including 24 additional discharge to assess beds, a rapid response home care "
          "service run by the Council's own Holmeford Reablement Service for people waiting for a "
          "long term package, and a seven day social work presence at the hospital. The average "
          "wait for a package of care from the point of referral had reduced from 6.1 days in "
          "January 2024 to 2.3 days in December 2024. He was sorry to hear of the experience of "
          "Mr. Dawson's mother and offered to meet him to discuss it."),
    ("b", ""),
    ("p", "In a supplementary question, Mr. Dawson asked whether the Council could guarantee that "
          "families would be told who to contact when a package was delayed. The Strategic "
          "Director agreed that communication with families needed to improve and advised that "
          "a named contact would be given to each family from February 2025 as part of the new "
          "discharge pathway."),
    ("b", ""),
    ("t", "44.    EXCLUSION OF THE PRESS AND PUBLIC"),
    ("b", ""),
    ("p", "The Chair advised that there were no items of business on the agenda that would "
          "require the exclusion of the press and public from the meeting."),
    ("b", ""),
    ("t", "45.    HOLMEFORD PLACE WINTER PLAN 2024/25 AND HOSPITAL DISCHARGE - UPDATE"),
    ("b", ""),
    ("p", "Consideration was given to a presentation by Gillian Royle, Deputy Place Director "
          "(Holmeford), South Pennines Integrated Care Board, Andrew Nuttall, Director of "
          "Operations, The Holmeford NHS Foundation Trust (THFT) and Rachel Oddie, Assistant "
          "Director of Strategic Commissioning, which provided an update on the Holmeford Place "
          "Winter Plan 2024/25 and performance on hospital discharge. The Cabinet Member for "
          "Adult Social Care and Health, Councillor Brammer, was also in attendance for this "
          "item."),
    ("b", ""),
    ("t", "The presentation outlined:"),
    ("b", ""),
    ("p", "\u2022 The Place approach to winter planning, which was overseen by the Holmeford Place "
          "Board and the Urgent and Emergency Care Delivery Group."),
    ("p", "\u2022 Attendances at the Emergency Department at Holmeford General Hospital, which "
          "had been 6% higher in November and December 2024 than in the same period of the "
          "previous year."),
    ("p", "\u2022 The Integrated Discharge Team, which brought together Trust discharge "
          "co-ordinators, Council social workers and the Care Co-ordination Centre."),
    ("p", "\u2022 The 24 additional discharge to assess beds commissioned at Cherry Tree Lodge and "
          "Moorview House from November 2024 to March 2025."),
    ("p", "\u2022 The number of people in hospital with no criteria to reside, which had averaged "
          "41 in December 2024 compared with 63 in December 2023."),
    ("p", "\u2022 Flu, COVID-19 and RSV vaccination uptake and the campaign aimed at care home "
          "staff."),
    ("b", ""),
    ("p", "The Chair invited questions from Members."),
    ("b", ""),
    ("p", "Councillor Beaumont asked how many people were currently medically fit for discharge "
          "but remained in hospital, and what the main reasons for the delays were. The Director "
          "of Operations advised that on the day of the meeting there were 38 people with no "
          "criteria to reside. The main reasons were waits for a bed in a nursing home, "
          "particularly for people with complex dementia, and delays in arranging equipment at "
          "home. Very few people were now waiting for home care."),
    ("b", ""),
    ("p", "The Chair sought assurance that the discharge to assess beds at Cherry Tree Lodge and "
          "Moorview House had enough staff to open all of the beds commissioned. The Assistant "
          "Director of Strategic Commissioning confirmed that all 24 beds were open and that "
          "both homes had recruited additional care staff before the beds opened. Occupancy had "
          "been 91% in December. The contracts included a requirement for a minimum number of "
          "registered nurses on each shift at Moorview House, and this was monitored weekly."),
    ("b", ""),
    ("p", "Councillor Ashraf expressed concern about the length of time ambulances were waiting "
          "outside the Emergency Department and the effect on people waiting for an ambulance in "
          "the community. The Deputy Place Director explained that handover times at Holmeford "
          "General were among the best in the region, with an average handover of 19 minutes in "
          "December, but acknowledged that there had been some long waits on the busiest days. A "
          "\u201cfit to sit\u201d area had been opened to release ambulance crews more quickly."),
    ("b", ""),
    ("p", "Councillor Dunmore queried the cost of the additional beds and how these would be "
          "funded after March 2025. The Assistant Director of Strategic Commissioning explained "
          "that the beds cost approximately \u00a31.1m for the winter period and were funded from "
          "the Better Care Fund and the Discharge Fund. The future of the beds beyond March 2025 "
          "would depend on the outcome of the evaluation and on the funding allocations for "
          "2025/26, which had not yet been confirmed."),
    ("b", ""),
    ("p", "Councillor Whitlam asked about vaccination uptake among care home staff, which had "
          "been low in previous years. The Director of Public Health reported that uptake of the "
          "flu vaccine among care home staff was currently 31%, a small improvement on last "
          "year. Vaccination teams had visited 22 care homes and a pharmacy outreach offer was "
          "available. She would circulate the latest figures by care home to Members."),
    ("b", ""),
    ("p", "Councillor Marsden commented that residents in the east of the borough had found the "
          "signs to the Urgent Treatment Centre at Holmeford General confusing, and that some had "
          "queued at the Emergency Department when they did not need to."),
    ("b", ""),
    ("p", "Councillor Pickering referred to the Integrated Discharge Team and asked whether the "
          "seven day working arrangements for social workers would continue after the winter, "
          "whether there were any vacancies in the team and how the team was working with the "
          "voluntary sector to support people once they were home. In response, the Strategic "
          "Director of Adult Care, Housing and Public Health explained that the seven day rota "
          "had been agreed until the end of March and would be reviewed as part of the "
          "evaluation. There were two social worker vacancies in the hospital team, which were "
          "being covered by agency staff while recruitment took place. Age UK Holmeford "
          "provided a \u201chome from hospital\u201d service under a contract with the Council, "
          "which had supported 340 people since April 2024."),
    ("b", ""),
    ("t", "Resolved:- That the Health Select Commission:"),
    ("b", ""),
    ("p", "1.  Noted the presentation and the progress made in delivering the Holmeford Place "
          "Winter Plan 2024/25."),
    ("b", ""),
    ("p", "2.  Requested that a further update on hospital discharge performance, including the "
          "evaluation of the discharge to assess beds, be submitted to the Commission in April "
          "2025."),
    ("b", ""),
    ("p", "3.  Requested that the Director of Public Health circulate the latest vaccination "
          "uptake figures for care home staff to Members."),
    ("b", ""),
    ("t", "46.    ACCESS TO GENERAL PRACTICE IN HOLMEFORD"),
    ("b", ""),
    ("p", "Consideration was given to a report by the South Pennines Integrated Care Board "
          "(Holmeford Place) which provided an update on access to general practice in the "
          "borough. The report was presented by Nadia Farouk, Head of Primary Care (Holmeford "
          "Place), and Dr. Simon Ellery, Clinical Director of the Holmeford North Primary Care "
          "Network."),
    ("b", ""),
    ("p", "The report set out that the 29 GP practices in Holmeford had provided 1.52 million "
          "appointments in the twelve months to November 2024, an increase of 7% on the "
          "previous year. 44% of appointments were on the same day that they were booked and "
          "68% were face to face. All practices had now moved to cloud based telephony. The "
          "Additional Roles Reimbursement Scheme had funded 96 posts across the four Primary "
          "Care Networks, including clinical pharmacists, physician associates, first contact "
          "physiotherapists and social prescribing link workers. The GP Patient Survey 2024 "
          "showed that 62% of patients described their overall experience of contacting their "
          "practice as good, compared with 67% nationally."),
    ("b", ""),
    ("p", "Councillor Kaur asked what was being done to end the \u201c8am rush\u201d for "
          "appointments, which remained the most common complaint she received from residents. "
          "The Head of Primary Care explained that the move to cloud based telephony meant that "
          "callers were now offered a call back rather than being cut off, and that the number "
          "of practices offering online requests throughout the day had increased from 9 to 21. "
          "Practices were also being supported to spread demand across the whole day."),
    ("b", ""),
    ("p", "Councillor Tennant raised concerns that residents who did not have a smartphone or "
          "internet access, including many older people, were being disadvantaged by the move "
          "to online triage. The Clinical Director acknowledged the concern and stressed that no "
          "practice was allowed to make online access the only route; patients could still "
          "telephone or attend in person, and receptionists had been trained as care navigators "
          "to help people who were not online."),
    ("b", ""),
    ("p", "Councillor Pickering asked whether the physician associates and other additional "
          "roles were being used as a substitute for GPs, and how patients would know who they "
          "were seeing. The Clinical Director stated that the additional roles worked under the "
          "supervision of a GP and were there to add to, not replace, GP capacity. Practices had "
          "been asked to make clear to patients the role of the person they were booked to see."),
    ("b", ""),
    ("p", "Councillor Clegg requested that data on appointment numbers and the GP Patient Survey "
          "results be provided for each practice, so that Members could see the position in "
          "their own wards. The Head of Primary Care agreed to provide this information through "
          "the Governance Advisor."),
    ("b", ""),
    ("p", "The Chair asked about access to NHS dentistry, which Members had raised on several "
          "occasions. The Head of Primary Care advised that dental services were commissioned "
          "by the Integrated Care Board on a South Pennines footprint, and that an update on the "
          "dental recovery plan could be provided at a future meeting."),
    ("b", ""),
    ("p", "Councillor Whitlam noted the difference between the local and national results of the "
          "GP Patient Survey and asked which practices were of most concern. The Head of Primary "
          "Care explained that four practices had been identified for additional support and "
          "that the ICB was working with them on improvement plans; she did not feel it "
          "appropriate to name them at a public meeting but would share the information with "
          "the Chair."),
    ("b", ""),
    ("t", "Resolved:-"),
    ("b", ""),
    ("p", "1.  That the report be noted."),
    ("b", ""),
    ("p", "2.  That ward level data on appointments and patient experience be circulated to all "
          "Members."),
    ("b", ""),
    ("p", "3.  That an update on access to NHS dentistry in Holmeford be included on the "
          "Commission's work programme for 2025/26."),
    ("b", ""),
    ("t", "47.    HOME CARE AND SUPPORT SERVICES - RECOMMISSIONING"),
    ("b", ""),
    ("p", "Consideration was given to a report, presented by the Cabinet Member for Adult Social "
          "Care and Health, Councillor Brammer, and Mark Holroyd, Head of Commissioning, Adult "
          "Care, Housing and Public Health, which set out the proposed approach to the "
          "recommissioning of home care and support services from October 2025. The current "
          "contracts with 14 providers would come to an end on 30 September 2025. The report "
          "proposed a new model based on five geographical zones, each with a lead provider and "
          "a number of secondary providers, together with an outcome based approach to "
          "commissioning. The total value of the contracts would be approximately \u00a328m per "
          "year. The proposals would be considered by Cabinet on 17 February 2025."),
    ("b", ""),
    ("p", "The Chair invited Members to ask questions."),
    ("b", ""),
    ("p", "Councillor Whitlam asked why the Council had not considered bringing more home care "
          "back in-house, given the concerns nationally about private companies making a profit "
          "from care. The Cabinet Member explained that an options appraisal had been carried "
          "out and was summarised in the report. The Council already provided reablement "
          "in-house, but bringing all home care in-house would cost an estimated \u00a34.6m "
          "more each year, mainly because of the differences in pay and pensions, and would "
          "carry a significant risk of disruption to people receiving care. The Cabinet Member "
          "stated that the Council would retain and grow the in-house reablement service."),
    ("b", ""),
    ("p", "Councillor Ashraf sought clarification on whether the new contracts would require "
          "providers to pay care workers for their travel time between calls and to pay at "
          "least the Real Living Wage. The Head of Commissioning confirmed that payment for "
          "travel time would be a contractual requirement and that the proposed hourly rate of "
          "\u00a324.10 had been calculated on the basis that care workers would be paid at least "
          "the Real Living Wage of \u00a312.60 per hour. This would be checked through contract "
          "monitoring, including an annual audit of payslips."),
    ("b", ""),
    ("p", "Councillor Beaumont expressed concern that the zonal model would reduce choice for "
          "people, particularly those who wished to stay with a care worker they knew. In "
          "response, the Head of Commissioning explained that nobody would be required to "
          "change their care worker as a result of the recommissioning, and people would still "
          "be able to use a direct payment to choose a provider outside the framework."),
    ("b", ""),
    ("p", "Concerns were expressed about the financial position of some smaller providers and "
          "the possibility that a provider could fail during the life of the contract. The Head "
          "of Commissioning explained that all bidders would be subject to a financial "
          "assessment and that the Council had a provider failure protocol, which had been used "
          "successfully when a provider left the market in 2023."),
    ("b", ""),
    ("p", "Councillor Dunmore asked how people who used home care and their carers had been "
          "involved in designing the new model. The Head of Commissioning advised that 312 "
          "people had responded to the survey, and that a reference group of people who drew on "
          "care and their carers had met six times to help shape the service specification. "
          "The feedback was set out in Appendix 2 to the report."),
    ("b", ""),
    ("t", "Resolved:- That the Health Select Commission:"),
    ("b", ""),
    ("p", "1.  Noted the proposed approach to the recommissioning of home care and support "
          "services."),
    ("b", ""),
    ("p", "2.  Recommended to Cabinet that the service specification include a requirement for "
          "providers to report annually on staff turnover and on payment of the Real Living "
          "Wage."),
    ("b", ""),
    ("p", "3.  Requested that the outcome of the procurement exercise be reported to the "
          "Commission before the new contracts commence."),
    ("b", ""),
    ("t", "48.    HEALTHWATCH HOLMEFORD - ISSUES"),
    ("b", ""),
    ("p", "Lesley Barraclough, Manager of Healthwatch Holmeford, gave a verbal update on the "
          "issues raised with Healthwatch since the last meeting. The main themes had been "
          "difficulty getting through to GP practices by telephone, the closure of two "
          "community pharmacies in Brampton Moor and Kelham Bridge and the resulting pressure "
          "on the remaining pharmacies, and waiting times for adult autism and ADHD "
          "assessments. Healthwatch had also completed Enter and View visits to three care "
          "homes, and the reports would be published in February."),
    ("b", ""),
    ("p", "Councillor Kaur asked whether Healthwatch had shared the pharmacy concerns with the "
          "Integrated Care Board. The Healthwatch Manager confirmed that the concerns had been "
          "raised with the ICB and with the Health and Wellbeing Board, and that the "
          "pharmaceutical needs assessment was due to be refreshed later in the year."),
    ("b", ""),
    ("p", "The Commission noted the update and thanked Healthwatch Holmeford for its work."),
    ("b", ""),
    ("t", "49.    WORK PROGRAMME"),
    ("b", ""),
    ("p", "Consideration was given to the Health Select Commission\u2019s work programme for the "
          "remainder of the 2024/25 municipal year. The Governance Advisor reported that the "
          "item on the all-age autism strategy would move from March to April 2025 at the "
          "request of officers, and that a sub-group of Members would visit the Care "
          "Co-ordination Centre in February."),
    ("b", ""),
    ("t", "Resolved:-"),
    ("b", ""),
    ("p", "1.  That the work programme be approved."),
    ("b", ""),
    ("p", "2.  That the Governance Advisor, in consultation with the Chair and Vice-Chair, be "
          "authorised to make changes to the work programme where required."),
    ("b", ""),
    ("t", "50.    URGENT BUSINESS"),
    ("b", ""),
    ("p", "The Chair advised that there were no urgent items requiring a decision at this "
          "meeting."),
    ("b", ""),
    ("t", "51.    DATE AND TIME OF NEXT MEETING"),
    ("b", ""),
    ("p", "Resolved:- That the next meeting of the Health Select Commission take place on "
          "Thursday 13 March 2025 at 5.00 p.m. at Holmeford Town Hall."),
]


def minutes_text() -> str:
    body = []
    for kind, text in BLOCKS:
        if kind == "b":
            body.append("")
        elif kind == "t":
            body.extend(text.split("\n"))
        else:
            body.extend(textwrap.wrap(text, WIDTH, break_on_hyphens=False,
                                      break_long_words=False))
    out = []
    page = FIRST_PAGE
    out.append(f"{page}H")
    count = 0
    for line in body:
        if count >= LINES_PER_PAGE:
            page += 1
            if page % 2 == 0:
                out.append(f"{page}H {RUNNING}")
            else:
                out.append(f"{RUNNING} {page}H")
            count = 0
            if line == "":
                continue
        out.append(line)
        count += 1
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The report (not minutes)
# ---------------------------------------------------------------------------
def build_report(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)

    def bold(text):
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        return p

    def para(text):
        return doc.add_paragraph(text)

    bold("Public Report")
    bold("Health Select Commission")
    bold("Committee Name and Date of Committee Meeting")
    para("Health Select Commission \u2013 16 January 2025")
    bold("Report Title")
    para("Home Care and Support Services \u2013 Recommissioning Proposals")
    bold("Is this a Key Decision and has it been included on the Forward Plan?")
    para("No, but it has been included on the Forward Plan for the Cabinet meeting on "
         "17 February 2025")
    bold("Strategic Director Approving Submission of the Report")
    para("Julian Pearce, Strategic Director of Adult Care, Housing and Public Health")
    bold("Report Author(s)")
    para("Mark Holroyd, Head of Commissioning, Adult Care, Housing and Public Health\n"
         "01709 823415 or mark.holroyd@holmeford.gov.uk")
    bold("Ward(s) Affected")
    para("Borough-Wide")
    bold("Report Summary")
    para("The Council\u2019s contracts for home care and support services with 14 providers end "
         "on 30 September 2025. This report sets out the proposed approach to recommissioning "
         "these services from 1 October 2025, based on five geographical zones, each with a "
         "lead provider supported by secondary providers, and an outcome based approach. The "
         "report is presented to the Health Select Commission for pre-decision scrutiny before "
         "it is considered by Cabinet.")
    bold("Recommendations")
    para("That the Health Select Commission:")
    para("1.\tNote the proposed approach to the recommissioning of home care and support "
         "services set out in section 3 of this report.")
    para("2.\tConsider whether it wishes to make any recommendations to Cabinet on the "
         "proposals before the decision is taken on 17 February 2025.")
    bold("List of Appendices Included")
    para("Appendix 1\tOptions Appraisal Summary\n"
         "Appendix 2\tSummary of Engagement Feedback\n"
         "Appendix 3\tPart A \u2013 Initial Equality Screening Assessment")
    bold("Background Papers")
    para("Adult Social Care Market Position Statement 2024\u201327\n"
         "Cabinet report, Home Care Fee Uplift 2024/25, 18 March 2024")
    bold("Consideration by any other Council Committee, Scrutiny or Advisory Panel")
    para("Cabinet \u2013 17 February 2025")
    bold("Council Approval Required")
    para("No")
    bold("Exempt from the Press and Public")
    para("No")

    doc.add_page_break()
    bold("Home Care and Support Services \u2013 Recommissioning Proposals")
    bold("1.\tBackground")
    para("1.1\tThe Council currently purchases around 19,500 hours of home care each week for "
         "approximately 1,850 people, through a framework of 14 providers which began in "
         "October 2020. The framework was extended in 2023 and cannot be extended again.")
    para("1.2\tThe Council\u2019s in-house Holmeford Reablement Service provides short term "
         "reablement of up to six weeks and a rapid response service for people leaving "
         "hospital. It is not proposed to change these arrangements.")
    bold("2.\tKey Issues")
    para("2.1\tThe current framework has led to a large number of providers working in the "
         "same streets, long travel times between calls and difficulty picking up packages in "
         "the more rural parts of the borough. Staff turnover among care workers employed by "
         "providers averaged 29% in 2023/24.")
    para("2.2\tThe national living wage rose to \u00a312.21 from April 2025, and the increase in "
         "employer National Insurance contributions will add further cost pressures for "
         "providers.")
    bold("3.\tOptions considered and recommended proposal")
    para("3.1\tOption 1 \u2013 re-procure the current framework. Not recommended.")
    para("3.2\tOption 2 \u2013 bring all home care services in-house. This option would cost an "
         "estimated \u00a34.6m more each year and carries a high risk of disruption during the "
         "transfer of staff under TUPE. Not recommended.")
    para("3.3\tOption 3 \u2013 a zonal model with five lead providers and secondary providers, "
         "commissioned on outcomes. This is the recommended option.")
    bold("4.\tConsultation on proposal")
    para("4.1\tA survey ran from 2 September to 25 October 2024 and received 312 responses. A "
         "reference group of people who draw on care and their carers met six times. The "
         "questions most often asked, and the Council\u2019s response, are summarised below.")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "What you asked"
    table.rows[0].cells[1].text = "Our response"
    for q, a in [
        ("Will I have to change my care worker?",
         "No. Nobody will have to change their care worker because of the new contracts."),
        ("Will care workers be paid for the time they spend travelling between visits?",
         "Yes. Payment for travel time will be a requirement of every contract."),
        ("Can I still choose my own provider?",
         "Yes. You can use a direct payment to choose a provider who is not on the framework."),
        ("What happens if a provider goes out of business?",
         "The Council has a provider failure protocol and will make sure your care continues."),
    ]:
        row = table.add_row()
        row.cells[0].text = q
        row.cells[1].text = a
    para("")
    bold("5.\tTimetable and Accountability for Implementing this Decision")
    para("5.1\tCabinet decision 17 February 2025; tender published March 2025; contract award "
         "July 2025; new contracts begin 1 October 2025. The Head of Commissioning is "
         "responsible for implementing the decision.")
    bold("6.\tFinancial and Procurement Advice and Implications")
    para("6.1\tThe estimated annual value of the new contracts is \u00a328m, funded from the Adult "
         "Care budget. The procurement will be carried out under the Health Care Services "
         "(Provider Selection Regime) Regulations 2023 using the competitive process.")
    bold("7.\tLegal Advice and Implications")
    para("7.1\tThe Council has a duty under the Care Act 2014 to promote a diverse and "
         "high-quality market of care and support services.")
    bold("8.\tHuman Resources Advice and Implications")
    para("8.1\tThere are no direct implications for Council staff.")
    bold("9.\tImplications for Children and Young People and Vulnerable Adults")
    para("9.1\tThe proposals will support vulnerable adults to remain independent at home.")
    bold("10.\tEqualities and Human Rights Advice and Implications")
    para("10.1\tAn initial equality screening has been completed (Appendix 3).")
    bold("11.\tImplications for CO2 Emissions and Climate Change")
    para("11.1\tThe zonal model is expected to reduce travel between calls and the associated "
         "emissions.")
    bold("12.\tImplications for Partners")
    para("12.1\tThe South Pennines Integrated Care Board and The Holmeford NHS Foundation Trust "
         "have been consulted on the proposals.")
    bold("13.\tRisks and Mitigation")
    para("13.1\tThere is a risk that some current providers will not bid. Market engagement "
         "events were held in November 2024 and attended by 31 providers.")
    bold("14.\tAccountable Officers")
    para("Julian Pearce, Strategic Director of Adult Care, Housing and Public Health\n"
         "Mark Holroyd, Head of Commissioning")

    cp = doc.core_properties
    cp.author = "Holroyd, Mark"
    cp.last_modified_by = "Holroyd, Mark"
    cp.title = "Home Care and Support Services - Recommissioning Proposals"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the package with fixed member dates so that the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


SD = "Strategic Director of Adult Care, Housing and Public Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Select Commission",
    "meeting_date": "2025-01-16",
    "items": [
        {"number": "41", "title": "Minutes of the Previous Meeting held on 28 November 2024"},
        {"number": "42", "title": "Declarations of Interest"},
        {"number": "43", "title": "Questions from Members of the Public and the Press"},
        {"number": "44", "title": "Exclusion of the Press and Public"},
        {"number": "45", "title": "Holmeford Place Winter Plan 2024/25 and Hospital Discharge - Update"},
        {"number": "46", "title": "Access to General Practice in Holmeford"},
        {"number": "47", "title": "Home Care and Support Services - Recommissioning"},
        {"number": "48", "title": "Healthwatch Holmeford - Issues"},
        {"number": "49", "title": "Work Programme"},
        {"number": "50", "title": "Urgent Business"},
        {"number": "51", "title": "Date and Time of Next Meeting"},
    ],
    "questions": [
        q("41", "question", "asked whether the breakdown of carers' assessments by ward",
          "Councillor Clegg",
          "the information had been circulated to all Members of the Commission by email",
          "Governance Advisor", ["adult-social-care"]),
        q("43", "question",
          "What is the Council doing to make sure this does not happen to other families",
          "Mr. Dawson",
          "the Council and its partners had put in place a number of measures",
          SD, ["adult-social-care", "patient-and-public-input"]),
        q("43", "question",
          "asked whether the Council could guarantee that families would be told who to contact",
          "Mr. Dawson",
          "a named contact would be given to each family from February 2025",
          "Strategic Director", ["adult-social-care", "patient-and-public-input"]),
        q("45", "question",
          "asked how many people were currently medically fit for discharge but remained in hospital",
          "Councillor Beaumont",
          "on the day of the meeting there were 38 people with no criteria to reside",
          "Director of Operations", ["adult-social-care"]),
        q("45", "question",
          "sought assurance that the discharge to assess beds at Cherry Tree Lodge",
          "Chair",
          "confirmed that all 24 beds were open and that both homes had recruited",
          "Assistant Director of Strategic Commissioning",
          ["adult-social-care", "workforce", "integration"]),
        q("45", "concern",
          "expressed concern about the length of time ambulances were waiting outside",
          "Councillor Ashraf",
          "acknowledged that there had been some long waits on the busiest days",
          "Deputy Place Director", []),
        q("45", "question",
          "queried the cost of the additional beds and how these would be funded",
          "Councillor Dunmore",
          "the beds cost approximately £1.1m for the winter period",
          "Assistant Director of Strategic Commissioning", ["finance", "integration"]),
        q("45", "question",
          "asked about vaccination uptake among care home staff, which had been low",
          "Councillor Whitlam",
          "uptake of the flu vaccine among care home staff was currently 31%",
          "Director of Public Health", ["public-health", "adult-social-care", "workforce"]),
        q("45", "comment",
          "had found the signs to the Urgent Treatment Centre at Holmeford General confusing",
          "Councillor Marsden", None, None, []),
        q("45", "question",
          "asked whether the seven day working arrangements for social workers would continue",
          "Councillor Pickering",
          "the seven day rota had been agreed until the end of March",
          SD, ["workforce", "integration", "adult-social-care"]),
        q("46", "question",
          "asked what was being done to end the 8am rush for appointments",
          "Councillor Kaur",
          "callers were now offered a call back rather than being cut off",
          "Head of Primary Care", ["primary-care"]),
        q("46", "concern",
          "raised concerns that residents who did not have a smartphone or internet access",
          "Councillor Tennant",
          "no practice was allowed to make online access the only route",
          "Clinical Director", ["primary-care"]),
        q("46", "question",
          "asked whether the physician associates and other additional roles were being used",
          "Councillor Pickering",
          "the additional roles worked under the supervision of a GP",
          "Clinical Director", ["primary-care", "workforce"]),
        q("46", "request",
          "requested that data on appointment numbers and the GP Patient Survey results",
          "Councillor Clegg",
          "agreed to provide this information through the Governance Advisor",
          "Head of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("46", "question",
          "The Chair asked about access to NHS dentistry, which Members had raised",
          "Chair",
          "dental services were commissioned by the Integrated Care Board on a South Pennines footprint",
          "Head of Primary Care", ["primary-care"]),
        q("46", "question",
          "asked which practices were of most concern",
          "Councillor Whitlam",
          "four practices had been identified for additional support",
          "Head of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("47", "question",
          "asked why the Council had not considered bringing more home care back in-house",
          "Councillor Whitlam",
          "bringing all home care in-house would cost an estimated £4.6m more each year",
          "Cabinet Member", ["privatisation", "adult-social-care", "finance"]),
        q("47", "question",
          "sought clarification on whether the new contracts would require providers to pay care workers",
          "Councillor Ashraf",
          "payment for travel time would be a contractual requirement",
          "Head of Commissioning", ["workforce", "adult-social-care", "subcontracting"]),
        q("47", "concern",
          "expressed concern that the zonal model would reduce choice for people",
          "Councillor Beaumont",
          "nobody would be required to change their care worker as a result of the recommissioning",
          "Head of Commissioning", ["adult-social-care"]),
        q("47", "concern",
          "Concerns were expressed about the financial position of some smaller providers",
          None,
          "all bidders would be subject to a financial assessment",
          "Head of Commissioning", ["subcontracting", "finance", "adult-social-care"]),
        q("47", "question",
          "asked how people who used home care and their carers had been involved in designing",
          "Councillor Dunmore",
          "312 people had responded to the survey",
          "Head of Commissioning", ["patient-and-public-input", "adult-social-care"]),
        q("48", "question",
          "asked whether Healthwatch had shared the pharmacy concerns with the Integrated Care Board",
          "Councillor Kaur",
          "the concerns had been raised with the ICB and with the Health and Wellbeing Board",
          "Healthwatch Manager", ["primary-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        r("41", "be approved as a true and correct record of the proceedings", "agreed", []),
        r("45", "Noted the presentation and the progress made in delivering the Holmeford Place Winter Plan",
          "agreed", ["adult-social-care", "public-health"]),
        r("46", "That ward level data on appointments and patient experience be circulated to all Members",
          "agreed", ["primary-care"]),
        r("47", "Recommended to Cabinet that the service specification include a requirement for providers",
          "recommended", ["adult-social-care", "subcontracting", "workforce"]),
        r("48", "The Commission noted the update and thanked Healthwatch Holmeford for its work",
          "noted", ["patient-and-public-input"]),
        r("49", "That the work programme be approved", "agreed", []),
        r("51", "next meeting of the Health Select Commission take place on Thursday 13 March 2025",
          "agreed", []),
    ],
    "attendees": [
        {"name": "Councillor Fenwick", "role": "in the Chair", "attendance": "present"},
        {"name": "Councillor Ashraf", "role": None, "attendance": "present"},
        {"name": "Councillor Beaumont", "role": None, "attendance": "present"},
        {"name": "Councillor Clegg", "role": None, "attendance": "present"},
        {"name": "Councillor Dunmore", "role": None, "attendance": "present"},
        {"name": "Councillor Kaur", "role": None, "attendance": "present"},
        {"name": "Councillor Marsden", "role": None, "attendance": "present"},
        {"name": "Councillor Pickering", "role": None, "attendance": "present"},
        {"name": "Councillor Tennant", "role": None, "attendance": "present"},
        {"name": "Councillor Whitlam", "role": None, "attendance": "present"},
        {"name": "Councillor Lindley", "role": None, "attendance": "apologies"},
        {"name": "Councillor Royston", "role": None, "attendance": "apologies"},
        {"name": "Councillor Brammer",
         "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def check() -> int:
    bad = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        text = norm(doc_text(DOCS / gold["document"]))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"FAIL {gold['document']}: {kind} found {n}x, {words} words: {ph!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_text(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print("written", MINUTES_NAME, REPORT_NAME)
