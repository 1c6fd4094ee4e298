#!/usr/bin/env python3
"""Build the "ma-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ma.py           build documents/ma-* and gold/ma-*.json
        build_ma.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ma-thrusbury-policy-scrutiny-2025-01-21.txt"
REPORT_NAME = "ma-thrusbury-council-tax-support-scheme-report.pdf"

NB = "\u00a0"
# Word-made HTML lists copy out with the marker followed by runs of no-break spaces
L = NB * 6 + " "          # after "a)"
B = NB * 8 + " "          # after the Symbol-font bullet

MINUTES = """Skip to main content
City of Thrusbury Council
Menu
Search

Home
Councillors, meetings and decisions
Committee structure
Policy Scrutiny Committee
Minutes

Minutes
Policy Scrutiny Committee
Tuesday, 21st January, 2025 6.00 pm

Venue: Committee Room 1, Guildhall, Market Place, Thrusbury. View directions

Contact: Graham Lyle, Democratic Services Officer 

Printed minutes PDF 236 KB

Attendance details

Present:\tCouncillor Lorna Pickering (in the Chair), Councillor Alan Brierley, Councillor Joanne Cartwright, Councillor Ravi Dhillon, Councillor Peter Fenwick, Councillor Sarah Hollis, Councillor Neil Kettering, Councillor Tom Whitlock and Councillor Kirsty Yeadon
Apologies for Absence:\tCouncillor Stephen Marsh and Councillor Bernadette Quayle
Also in Attendance:\tCouncillor Martin Gregory (Portfolio Holder for Quality Housing) and Councillor Anna Selby (Portfolio Holder for Our People and Resources)

Items
No.\tItem

36.\tConfirmation of Minutes - 19 November 2024

RESOLVED that the minutes of the meeting held on 19 November 2024 be confirmed and signed by the Chair as a true record.

37.\tDeclarations of Interest

Councillor Sarah Hollis declared a Personal Interest with regard to the agenda item titled 'Primary Care Access in Thrusbury'.

Reason: Her daughter was employed as a receptionist at a GP practice in the city.

Councillor Tom Whitlock declared a Personal Interest with regard to the agenda item titled 'Draft Homelessness and Rough Sleeping Strategy 2025-2030'.

Reason: He was a trustee of Nightstop Thrusbury, a charity referred to in the report.

38.\tHealth Scrutiny Committee for Morvenshire - Update
PDF 164 KB

Councillor Ravi Dhillon, the City Council's representative on the Health Scrutiny Committee for Morvenshire:

a)@Lpresented a report to update Members on matters considered by the Health Scrutiny Committee for Morvenshire at its meetings held on 13 November and 11 December 2024

b)@Ladvised that the Committee had received an update from Morvenshire Partnership NHS Foundation Trust on the proposed relocation of the adult mental health crisis house from Thrusbury to Hallam Bridge, and had recorded its concern that the decision had been taken before the outcome of the public engagement exercise was known

c)@Lreported that the Committee had considered the winter plan of United Morvenshire Hospitals NHS Trust, including the opening of a same day emergency care unit at Thrusbury County Hospital and the continued pressure on ambulance handover times

d)@Lhighlighted that the Committee had been informed that NHS dental contracts in the county were being re-procured, and that the Integrated Care Board expected around 9,000 additional urgent dental appointments to be available across Morvenshire during 2025

e)@Ladded that the next meeting of the Health Scrutiny Committee for Morvenshire would be held on 22 January 2025 and would consider the future of the minor injuries unit at Ferrisby.

Members discussed the content of the report in further detail. The following questions and comments emerged:

Question: Councillor Neil Kettering asked whether residents of Thrusbury would still be able to use the crisis house once it moved to Hallam Bridge, as many of the people who relied on it did not have a car.

Response: The Trust had stated that transport would be provided for people referred from the city, and that the move would allow the number of beds to increase from six to ten. The Health Scrutiny Committee had asked the Trust to report back in six months on how many Thrusbury residents had used the service.

Comment: Councillor Kirsty Yeadon commented that people in her ward still found it very difficult to register with an NHS dentist, and that 9,000 extra urgent appointments spread across the whole county would not go far.

Response: Councillor Ravi Dhillon agreed and stated that he would raise the lack of routine NHS dentistry for adults at the January meeting of the Health Scrutiny Committee.

Members noted the update and thanked Councillor Dhillon for his report.

39.\tPortfolio Holder under Scrutiny - Quality Housing
PDF 298 KB

Councillor Martin Gregory, Portfolio Holder for Quality Housing:

a)@Lpresented a report on activity and achievements within his portfolio since his last report to the Committee in January 2024, covering the following main areas:

·@BCouncil Housing Repairs and Voids

·@BHousing Investment and New Build

·@BTenancy Services and Tenant Involvement

·@BDamp and Mould

·@BHousing Solutions and Homelessness

·@BPrivate Sector Housing

b)@Lreported that the Council owned and managed 7,612 homes, and that 94.1% of tenants had been satisfied with the last repair carried out to their home

c)@Lstated that the average time taken to re-let an empty property had fallen from 41 days to 29 days since April 2024, although this was still above the target of 24 days

d)@Lhighlighted that 118 new council homes had been completed at the former Westgate depot site, the largest council house building scheme in the city for forty years

e)@Lreported that 1,146 cases of damp and mould had been reported since April 2024, compared to 1,402 in the whole of the previous year, and that a dedicated team of six surveyors had been established to meet the requirements of Awaab's Law

f)@Ladvised that the number of households in temporary accommodation had reached 143 at the end of December 2024, of which 37 were in bed and breakfast accommodation

g)@Linvited questions and comments from Members.

Members discussed the content of the report in further detail. The following questions and comments emerged:

Question: Councillor Joanne Cartwright asked how many of the damp and mould cases reported since April 2024 had been fully resolved, and how long tenants were waiting for the works to be completed.

Response: Paul Denton, Strategic Director of Housing and Investment, confirmed that 1,021 of the cases had been closed. Emergency hazards were now inspected within 24 hours, and the average time to complete remedial works was 38 days. Figures by ward would be circulated to Members after the meeting.

Question: Was the Council confident that it would be ready for the new timescales under Awaab's Law, which would come into force for social landlords in October 2025?

Response: The Portfolio Holder advised that the new surveyor posts had been filled, which had not been easy given the national shortage of qualified staff, and that a new case management system would be in place by the summer. The main risk was that the number of cases would rise sharply in the winter months.

Comment: Councillor Peter Fenwick commented that the use of bed and breakfast accommodation for families was unacceptable and that the Council should be buying more homes of its own to use as temporary accommodation.

Response: The Portfolio Holder agreed that bed and breakfast was not suitable for families and advised that the Council had purchased 22 properties for use as temporary accommodation in 2024, funded by the Local Authority Housing Fund. A further 15 purchases were planned in 2025/26, subject to the approval of the capital programme in February.

Question: Councillor Alan Brierley asked why empty properties were still taking longer to re-let than the target.

Response: The Strategic Director of Housing and Investment explained that many of the properties coming back to the Council needed extensive works, and that the voids contractor had struggled to recruit enough joiners and plasterers. The contract included financial penalties for poor performance and these had been applied twice in the current year.

Comment: Councillor Tom Whitlock praised the tenant involvement work on the Ermine estate and asked that the Tenants' Panel be thanked for their contribution to the new repairs standard.

Question: Councillor Sarah Hollis asked what help was available to private tenants living with damp and mould, as Awaab's Law would not apply to private landlords.

Response: The Portfolio Holder stated that the Private Sector Housing team could take enforcement action under the Housing Health and Safety Rating System, and 212 inspections had been carried out in the year to date. The Council was also considering whether to introduce selective licensing in parts of the Park and Abbey wards, and a report would come to this Committee later in the year.

The Chair thanked the Portfolio Holder for his report.

RESOLVED that the content of the report be noted with thanks.

40.\tPrimary Care Access in Thrusbury
PDF 187 KB
Additional documents:
Presentation - Primary Care Access in Thrusbury, item 40 PDF 1 MB

Dr Anjali Rao, Associate Director of Primary Care and Community, NHS Morvenshire Integrated Care Board (ICB), supported by Mark Tindall, Head of Primary Care Contracting:

a)@Lgave a presentation on access to general practice in Thrusbury, covering the following main points:

·@BThere were 14 GP practices in the city, organised in three Primary Care Networks, with a registered population of 118,400 patients.

·@BThe number of appointments offered by practices in the city had risen by 11% in the last two years, and 43% of appointments were now provided on the same day they were booked.

·@BThe GP Patient Survey 2024 showed that 61% of patients in Thrusbury described their overall experience of making an appointment as good, compared to 59% in Morvenshire.

·@BAll practices in the city had moved to a cloud-based telephone system, so that patients were no longer given an engaged tone and could request a call back.

·@BClinical pharmacists, physiotherapists, care coordinators and mental health practitioners had been recruited through the Additional Roles Reimbursement Scheme.

·@BThe Abbeygate Surgery and the Newport Medical Centre had merged in October 2024, and the ICB was working with the merged practice on the proposed closure of the Monks Road branch surgery.

·@BThrusbury South, where over 2,400 new homes were being built, had been identified as the area of greatest pressure on primary care premises.

b)@Linvited questions from Members.

Members discussed the content of the presentation in further detail. The following questions and comments emerged:

Question: Councillor Neil Kettering asked how patients who did not have a smartphone or internet access were able to book appointments now that practices were encouraging online consultation.

Response: Dr Rao stated that practices were required to offer the same access by telephone and in person as online, and that patients could ask any member of the reception team to complete an online request on their behalf. The ICB had funded digital champions in two of the Primary Care Networks to help patients who were less confident with technology.

Question: Councillor Joanne Cartwright asked whether residents had been consulted on the closure of the Monks Road branch surgery, and what would happen to elderly patients who could not travel to the main site.

Response: Mark Tindall advised that the practice had held two drop-in sessions and an online survey, which had received 386 responses, and the results would be considered by the ICB's Primary Care Commissioning Committee in March 2025. No decision had yet been made. Home visits would continue to be provided for housebound patients.

Comment: Councillor Alan Brierley stated that he was receiving complaints every week about the 8am rush for appointments, and that the figures in the presentation did not reflect the experience of his residents.

Response: Dr Rao acknowledged that the experience of patients varied widely between practices and undertook to share the data for each practice with the Committee.

Question: How was the ICB planning for the extra patients who would move into the new homes at Thrusbury South?

Response: The ICB had requested developer contributions towards a new health centre through the planning process, and was in discussion with the City Council and Morvenshire County Council about a possible site. It was not yet known whether a new practice would be commissioned or an existing practice would be expanded. Capital funding for new primary care buildings was very limited nationally.

Question: Councillor Sarah Hollis asked about the retention of GPs in the city, and whether practices were able to employ newly qualified GPs.

Response: Dr Rao explained that, nationally, some newly qualified GPs were finding it difficult to secure salaried posts because of pressures on practice budgets, and the ICB had used the national GP recruitment scheme to fund nine additional GPs in Morvenshire in 2024/25. The number of GPs in Thrusbury per 10,000 patients remained below the England average.

Comment: Councillor Peter Fenwick requested that the ICB report back to the Committee on progress with the health centre for Thrusbury South, as residents there had been promised new facilities for several years.

RESOLVED that:

1.@LThe content of the presentation be noted.

2.@LA further update on primary care provision for Thrusbury South be brought to the Committee in September 2025.

41.\tDraft Homelessness and Rough Sleeping Strategy 2025-2030
PDF 221 KB
Additional documents:
Appendix A - Draft Homelessness and Rough Sleeping Strategy 2025-2030 PDF 2 MB
Appendix B - Consultation Feedback Summary PDF 312 KB

Claire Whitworth, Housing Solutions Manager:

a)@Lpresented the draft Homelessness and Rough Sleeping Strategy 2025-2030 for pre-decision scrutiny prior to its consideration by Executive on 17 February 2025

b)@Lexplained that all local housing authorities had a statutory duty to carry out a review of homelessness in their area and to publish a strategy based on that review at least every five years

c)@Lreported that the number of households approaching the Council as homeless or threatened with homelessness had increased by 27% since 2021/22, with the ending of private rented tenancies now the most common reason for homelessness in the city

d)@Ladvised that the draft strategy had been developed following a consultation which ran from 30 September to 10 November 2024 and had received 214 responses, including responses from people with lived experience of homelessness, as summarised at Appendix B

e)@Loutlined the four priorities of the strategy:

·@BPreventing homelessness at the earliest opportunity

·@BReducing the use of temporary accommodation, and ending the use of bed and breakfast for families except in an emergency

·@BEnding rough sleeping in Thrusbury

·@BImproving access to settled homes and support

f)@Lhighlighted that the Council's Homelessness Prevention Grant for 2025/26 had been confirmed at £1.12 million, an increase of £186,000, but that the cost of temporary accommodation was forecast to exceed its budget by £410,000 in the current year

g)@Lrequested that Members' comments be fed into the report to Executive.

Members discussed the content of the report in further detail. The following questions and comments emerged:

Question: Councillor Kirsty Yeadon asked how many people were currently sleeping rough in the city.

Response: The Housing Solutions Manager advised that the official street count in November 2024 had found 11 people sleeping rough, compared to 17 the previous year. The outreach team was in contact with a larger number of people who slept rough from time to time.

Question: Councillor Tom Whitlock asked how the Council worked with voluntary sector partners such as Nightstop Thrusbury and the Beacon Day Centre, and whether their funding was secure.

Response: The Housing Solutions Manager explained that the Council commissioned the outreach service and the Beacon Day Centre through grant agreements which ran until March 2026. The strategy included a commitment to review these arrangements jointly with partners during 2025 so that providers had more certainty over their funding.

Question: Councillor Ravi Dhillon sought clarification as to what was being done to support people leaving hospital or prison with nowhere to live.

Response: Officers reported that a Housing Solutions Officer was now based at Thrusbury County Hospital two days each week, funded through the Better Care Fund, and that referrals from the probation service under the duty to refer had doubled. Work was continuing with the mental health trust on discharge from hospital for people with no settled home.

Comment: Councillor Peter Fenwick commented that the strategy should contain clear targets, so that the Committee could measure whether it was being delivered.

Response: It was confirmed that an action plan with measurable targets would be published alongside the strategy, and that progress would be reported annually to this Committee.

Comment: Councillor Joanne Cartwright expressed concern about the number of young people aged 16 and 17 presenting as homeless, and asked that the Council work closely with Morvenshire County Council children's services to make sure they were not placed in unsuitable accommodation.

RESOLVED that:

1.@LThe draft Homelessness and Rough Sleeping Strategy 2025-2030 be supported.

2.@LThe draft strategy be recommended to Executive for approval on 17 February 2025, taking into account the comments made by Members as detailed above.

42.\tCouncil Tax Support Scheme 2025/26
PDF 176 KB
Additional documents:
Appendix 1 - Consultation Results PDF 143 KB

Jaswinder Kaur, Revenues and Benefits Manager:

a)@Lpresented a report on the proposed Council Tax Support Scheme for 2025/26, prior to its consideration by Executive on 17 February 2025 and Council on 25 February 2025

b)@Lexplained that the Council was required to review its scheme each year, and that pensioners continued to be protected by the national scheme prescribed by government

c)@Lreported that the Council had consulted on a proposal to move to a simpler income-banded scheme for working age claimants from 1 April 2025, with a maximum award of 100% for households on the lowest incomes; the consultation, which had been carried out jointly with Morvenshire County Council and the Police and Crime Commissioner, had received 326 responses, of which 71% supported the proposal

d)@Ladvised that the total cost of the scheme was estimated at £10.4 million in 2025/26, of which the City Council would bear around 14%, the remainder being met by the County Council and the Police and Crime Commissioner

e)@Lstated that an exceptional hardship fund of £50,000 would continue to be available.

Members discussed the content of the report in further detail.

Question: Councillor Neil Kettering asked whether any claimants would be worse off under the income-banded scheme.

Response: The Revenues and Benefits Manager confirmed that modelling showed that around 460 households would receive less support, mainly those with fluctuating earnings, and that transitional protection would be available through the exceptional hardship fund for the first year.

Question: What would happen to people who found it difficult to use the online claim form?

Response: Claims could still be made by telephone or in person at the Guildhall, and the Welfare Advice team would continue to help residents to complete their claims.

Councillor Peter Fenwick asked whether the Council had considered a scheme in which every working age claimant paid a minimum amount, and the Revenues and Benefits Manager replied that this had been ruled out because the cost of collecting small sums would outweigh the income received.

RESOLVED that the proposed Council Tax Support Scheme for 2025/26 be supported and recommended to Executive and Council for approval.

43.\tPolicy Scrutiny Work Programme 2024/25 and Executive Work Programme Update
PDF 112 KB
Additional documents:
Executive Work Programme - January 2025 to December 2025 PDF 201 KB

Graham Lyle, Democratic Services Officer:

a)@Lpresented the Policy Scrutiny Work Programme for 2024/25 and sought Members' comments on its content

b)@Lreported that the item on the Tenancy Policy had moved from the March meeting to June 2025, to allow the results of the tenant consultation to be included

c)@Lpresented the Executive Work Programme for January 2025 to December 2025.

Councillor Sarah Hollis requested that a report on selective licensing of private rented housing be added to the work programme, following the discussion under minute 39 above.

RESOLVED that:

1.@LThe Policy Scrutiny Work Programme for 2024/25 be noted, with the addition of a report on selective licensing.

2.@LThe Executive Work Programme Update be noted.

Print this page

Follow us
Facebook
X (Twitter)
Instagram
LinkedIn

Contact us
Accessibility statement
Cookies
Privacy notice
Website feedback

© City of Thrusbury Council 2025
""".replace("@L", L).replace("@B", B)


# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Policy Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "36", "title": "Confirmation of Minutes - 19 November 2024"},
        {"number": "37", "title": "Declarations of Interest"},
        {"number": "38", "title": "Health Scrutiny Committee for Morvenshire - Update"},
        {"number": "39", "title": "Portfolio Holder under Scrutiny - Quality Housing"},
        {"number": "40", "title": "Primary Care Access in Thrusbury"},
        {"number": "41", "title": "Draft Homelessness and Rough Sleeping Strategy 2025-2030"},
        {"number": "42", "title": "Council Tax Support Scheme 2025/26"},
        {"number": "43", "title": "Policy Scrutiny Work Programme 2024/25 and Executive Work Programme Update"},
    ],
    "questions": [
        # 38 Health Scrutiny Committee update
        q("38", "question",
          "asked whether residents of Thrusbury would still be able to use the crisis house",
          "Councillor Neil Kettering",
          "transport would be provided for people referred from the city",
          None, ["mental-health"]),
        q("38", "comment",
          "still found it very difficult to register with an NHS dentist",
          "Councillor Kirsty Yeadon",
          "he would raise the lack of routine NHS dentistry for adults",
          "Councillor Ravi Dhillon", ["primary-care"]),
        # 39 Portfolio Holder under Scrutiny - Quality Housing
        q("39", "question",
          "how many of the damp and mould cases reported since April 2024 had been",
          "Councillor Joanne Cartwright",
          "Emergency hazards were now inspected within 24 hours",
          "Paul Denton", ["housing"]),
        q("39", "question",
          "ready for the new timescales under Awaab's Law",
          None,
          "the new surveyor posts had been filled",
          "Portfolio Holder", ["housing", "workforce"]),
        q("39", "comment",
          "the use of bed and breakfast accommodation for families was unacceptable",
          "Councillor Peter Fenwick",
          "the Council had purchased 22 properties for use as temporary accommodation in 2024",
          "Portfolio Holder", ["housing", "finance"]),
        q("39", "question",
          "asked why empty properties were still taking longer to re-let than the target",
          "Councillor Alan Brierley",
          "the voids contractor had struggled to recruit enough joiners and plasterers",
          "Strategic Director of Housing and Investment",
          ["housing", "subcontracting", "workforce"]),
        q("39", "comment",
          "praised the tenant involvement work on the Ermine estate",
          "Councillor Tom Whitlock",
          None, None, ["housing"]),
        q("39", "question",
          "what help was available to private tenants living with damp and mould",
          "Councillor Sarah Hollis",
          "the Private Sector Housing team could take enforcement action",
          "Portfolio Holder", ["housing"]),
        # 40 Primary Care Access in Thrusbury
        q("40", "question",
          "patients who did not have a smartphone or internet access were able to book appointments",
          "Councillor Neil Kettering",
          "practices were required to offer the same access by telephone and in person",
          "Dr Rao", ["primary-care"]),
        q("40", "question",
          "asked whether residents had been consulted on the closure of the Monks Road branch surgery",
          "Councillor Joanne Cartwright",
          "the practice had held two drop-in sessions and an online survey",
          "Mark Tindall", ["primary-care", "patient-and-public-input"]),
        q("40", "comment",
          "receiving complaints every week about the 8am rush for appointments",
          "Councillor Alan Brierley",
          "the experience of patients varied widely between practices",
          "Dr Rao", ["primary-care"]),
        q("40", "question",
          "How was the ICB planning for the extra patients who would move into",
          None,
          "The ICB had requested developer contributions towards a new health centre",
          None, ["primary-care", "finance"]),
        q("40", "question",
          "asked about the retention of GPs in the city",
          "Councillor Sarah Hollis",
          "some newly qualified GPs were finding it difficult to secure salaried posts",
          "Dr Rao", ["primary-care", "workforce", "finance"]),
        q("40", "request",
          "requested that the ICB report back to the Committee on progress with the health centre",
          "Councillor Peter Fenwick",
          None, None, ["primary-care"]),
        # 41 Draft Homelessness and Rough Sleeping Strategy
        q("41", "question",
          "asked how many people were currently sleeping rough in the city",
          "Councillor Kirsty Yeadon",
          "the official street count in November 2024 had found 11 people sleeping rough",
          "Housing Solutions Manager", ["housing"]),
        q("41", "question",
          "how the Council worked with voluntary sector partners such as Nightstop Thrusbury",
          "Councillor Tom Whitlock",
          "the Council commissioned the outreach service and the Beacon Day Centre through grant agreements",
          "Housing Solutions Manager", ["housing", "subcontracting", "finance"]),
        q("41", "question",
          "what was being done to support people leaving hospital or prison with nowhere to live",
          "Councillor Ravi Dhillon",
          "a Housing Solutions Officer was now based at Thrusbury County Hospital",
          None, ["housing", "integration", "adult-social-care", "mental-health"]),
        q("41", "comment",
          "the strategy should contain clear targets",
          "Councillor Peter Fenwick",
          "an action plan with measurable targets would be published alongside the strategy",
          None, ["housing"]),
        q("41", "concern",
          "the number of young people aged 16 and 17 presenting as homeless",
          "Councillor Joanne Cartwright",
          None, None, ["housing", "children-and-families"]),
        # 42 Council Tax Support Scheme
        q("42", "question",
          "asked whether any claimants would be worse off under the income-banded scheme",
          "Councillor Neil Kettering",
          "around 460 households would receive less support",
          "Revenues and Benefits Manager", ["finance"]),
        q("42", "question",
          "What would happen to people who found it difficult to use the online claim form",
          None,
          "Claims could still be made by telephone or in person at the Guildhall",
          None, ["finance"]),
        q("42", "question",
          "considered a scheme in which every working age claimant paid a minimum amount",
          "Councillor Peter Fenwick",
          "the cost of collecting small sums would outweigh the income received",
          "Revenues and Benefits Manager", ["finance"]),
        # 43 Work programme
        q("43", "request",
          "a report on selective licensing of private rented housing be added to the work programme",
          "Councillor Sarah Hollis",
          None, None, ["housing"]),
    ],
    "resolutions": [
        r("36", "the minutes of the meeting held on 19 November 2024 be confirmed", "agreed", []),
        r("38", "Members noted the update and thanked Councillor Dhillon for his report", "noted", []),
        r("39", "the content of the report be noted with thanks", "noted", ["housing"]),
        r("40", "A further update on primary care provision for Thrusbury South be brought",
          "agreed", ["primary-care"]),
        r("41", "The draft strategy be recommended to Executive for approval on 17 February 2025",
          "recommended", ["housing"]),
        r("42", "be supported and recommended to Executive and Council for approval",
          "recommended", ["finance"]),
        r("43", "be noted, with the addition of a report on selective licensing",
          "agreed", ["housing"]),
    ],
    "attendees": [
        a("Councillor Lorna Pickering", "in the Chair", "present"),
        a("Councillor Alan Brierley", None, "present"),
        a("Councillor Joanne Cartwright", None, "present"),
        a("Councillor Ravi Dhillon", None, "present"),
        a("Councillor Peter Fenwick", None, "present"),
        a("Councillor Sarah Hollis", None, "present"),
        a("Councillor Neil Kettering", None, "present"),
        a("Councillor Tom Whitlock", None, "present"),
        a("Councillor Kirsty Yeadon", None, "present"),
        a("Councillor Stephen Marsh", None, "apologies"),
        a("Councillor Bernadette Quayle", None, "apologies"),
        a("Councillor Martin Gregory", "Portfolio Holder for Quality Housing", "in_attendance"),
        a("Councillor Anna Selby", "Portfolio Holder for Our People and Resources", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# The report (not minutes): officer report to the same meeting, PDF
# ---------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

REPORT_BODY = [
    ("h", "1.", "Purpose of Report"),
    ("p", "1.1", "To present the results of the consultation on the proposed Council Tax Support "
     "Scheme for 2025/26 and to seek the views of Policy Scrutiny Committee on the proposed "
     "scheme prior to its consideration by Executive on 17 February 2025 and Council on "
     "25 February 2025."),
    ("h", "2.", "Executive Summary"),
    ("p", "2.1", "Each billing authority must consider every financial year whether to revise its "
     "Council Tax Support (CTS) scheme or to replace it with another scheme. Any revision must be "
     "made by full Council by 11 March in the year before the scheme is to take effect."),
    ("p", "2.2", "It is proposed that, from 1 April 2025, the current means-tested scheme for "
     "working age claimants is replaced by a simpler income-banded scheme, with a maximum award of "
     "100% for households on the lowest incomes. The scheme for pension age claimants is prescribed "
     "by government and is not affected."),
    ("h", "3.", "Background"),
    ("p", "3.1", "The City of Thrusbury Council introduced its local scheme in April 2013. The "
     "current scheme requires claimants to report every change in their income, which for "
     "claimants receiving Universal Credit can mean a new Council Tax bill every month. In "
     "2023/24 the Revenues and Benefits team issued over 41,000 revised bills to working age "
     "claimants."),
    ("p", "3.2", "At 30 November 2024 there were 9,874 households in the city receiving CTS, of "
     "whom 6,212 were of working age."),
    ("h", "4.", "Consultation"),
    ("p", "4.1", "Consultation ran from 23 September to 3 November 2024, jointly with Morvenshire "
     "County Council and the Police and Crime Commissioner for Morvenshire as the major "
     "preceptors. The consultation was promoted online, through social media, in the Guildhall "
     "reception and through letters to a sample of 2,000 current claimants. A total of 326 "
     "responses were received. The full results are set out at Appendix 1."),
    ("p", "4.2", "The main questions asked and the responses received are summarised below."),
    ("table", None, [
        ("Consultation question", "Agree", "Disagree", "Don't know"),
        ("Q1. Do you agree that the Council should move to an income-banded scheme for working "
         "age claimants?", "71%", "17%", "12%"),
        ("Q2. Do you agree that the maximum award should remain at 100% for households on the "
         "lowest incomes?", "84%", "9%", "7%"),
        ("Q3. Do you agree that the Council should keep an Exceptional Hardship Fund?",
         "88%", "5%", "7%"),
        ("Q4. Should claimants be asked to report small changes in income?", "22%", "61%", "17%"),
    ]),
    ("p", "4.3", "Respondents were also invited to make comments. The themes raised most often, "
     "and the Council's response to each, were as follows:"),
    ("p", "", "\u2022  Will I have to make a new claim? No. Existing claims will transfer to the "
     "new scheme automatically and claimants will be sent a new bill in March 2025."),
    ("p", "", "\u2022  What happens if my earnings go up and down each month? Under the banded "
     "scheme small changes in income will not change the award, so bills will change far less "
     "often than at present."),
    ("p", "", "\u2022  Concern that some households would pay more. Modelling shows that around 460 "
     "households would receive less support. It is recommended that these households are "
     "contacted directly and invited to apply to the Exceptional Hardship Fund."),
    ("h", "5.", "Strategic Priorities"),
    ("p", "5.1", "Let's reduce inequality. The proposed scheme continues to give the maximum "
     "support to households on the lowest incomes and reduces the administrative burden on "
     "claimants."),
    ("h", "6.", "Organisational Impacts"),
    ("p", "6.1", "Finance (including whole life costs where applicable): The total cost of the "
     "scheme in 2025/26 is estimated at \u00a310.4 million, of which the City Council's share is "
     "approximately 14% (\u00a31.46 million). The Exceptional Hardship Fund will remain at "
     "\u00a350,000 and is funded within existing budgets."),
    ("p", "6.2", "Legal Implications including Procurement Rules: The Council must make any "
     "revision to its scheme in accordance with Schedule 1A of the Local Government Finance Act "
     "1992, including consultation with the major precepting authorities and with such other "
     "persons as it considers are likely to have an interest in the operation of the scheme."),
    ("p", "6.3", "Equality, Diversity and Human Rights: An Equality Impact Assessment has been "
     "completed and is available as a background paper. The scheme will continue to include "
     "disregards for disability benefits and Carer's Allowance."),
    ("h", "7.", "Risk Implications"),
    ("p", "7.1", "(i) Options Explored: Retaining the current scheme was considered but would not "
     "address the number of revised bills generated by Universal Credit changes. A scheme with a "
     "minimum payment for all working age claimants was rejected because collection costs would "
     "be disproportionate."),
    ("p", "7.2", "(ii) Key risks associated with the preferred approach: The main risk is that "
     "the cost of the scheme rises if the number of claimants increases. Caseload will be "
     "monitored monthly."),
    ("h", "8.", "Recommendation"),
    ("p", "8.1", "That Policy Scrutiny Committee considers the proposed Council Tax Support "
     "Scheme for 2025/26 and refers any comments to Executive."),
]

REPORT_FOOT = [
    ("Is this a key decision?", "Yes"),
    ("Do the exempt information categories apply?", "No"),
    ("Does Rule 15 of the Scrutiny Procedure Rules (call-in and urgency) apply?", "No"),
    ("How many appendices does the report contain?", "One"),
    ("List of Background Papers:", "Equality Impact Assessment - Council Tax Support Scheme 2025/26"),
    ("Lead Officer:", "Jaswinder Kaur, Revenues and Benefits Manager\nEmail: jaswinder.kaur@thrusbury.gov.uk"),
]


def build_report(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 1, 10, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Council Tax Support Scheme 2025/26")
    pdf.set_author("City of Thrusbury Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, str(pdf.page_no()), align="C")

    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(110, 6, "POLICY SCRUTINY COMMITTEE")
    pdf.cell(0, 6, "21 JANUARY 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for label, value in [("SUBJECT:", "COUNCIL TAX SUPPORT SCHEME 2025/26"),
                         ("DIRECTORATE:", "CHIEF EXECUTIVE'S"),
                         ("REPORT AUTHOR:", "JASWINDER KAUR, REVENUES AND BENEFITS MANAGER")]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(45, 6, label)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    for kind, num, content in REPORT_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(14, 6, num)
            pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(14, 5.5, num)
            pdf.multi_cell(0, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(100, 20, 20, 24), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                           line_height=5) as table:
                for row in content:
                    tr = table.row()
                    for cell in row:
                        tr.cell(cell)
            pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    for label, value in REPORT_FOOT:
        y = pdf.get_y()
        if y > 250:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(80, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 11) + 2)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    with open(DOCS / MINUTES_NAME, "w", encoding="utf-8", newline="\n") as f:
        f.write(MINUTES)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = gold["document"].rsplit(".", 1)[0]
        with open(GOLD / (stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", DOCS / MINUTES_NAME, DOCS / REPORT_NAME, "and gold files")


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norm(s):
    s = s.lower()
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else "" for ch in s)
    return " ".join(s.split())


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ma-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print("MISSING", doc)
            ok = False
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            n = len(phrase.split())
            c = text.count(norm(phrase))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind} item {item}: found {c}x, {n} words: {phrase!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
