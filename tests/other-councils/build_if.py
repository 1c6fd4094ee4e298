#!/usr/bin/env python3
"""Build the "if-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_if.py           build documents/if-* and gold/if-*.json
        build_if.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "if-thornlow-health-social-care-osc-2025-03-13.txt"
REPORT_NAME = "if-thornlow-hsc-osc-report-home-care-recommissioning-2025-03-13.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# The minutes.  Each entry is (kind, text):
#   "L"  a line printed as it is (short lines, headings, table rows)
#   "P"  a paragraph, wrapped as the PDF printed it
#   "B"  a bullet paragraph ("• " then the text, continuation lines not indented,
#        as the copy from the PDF viewer loses the hanging indent)
# ---------------------------------------------------------------------------

MINUTES = [
    ("P", "Minutes of a meeting of the Health and Social Care Overview and Scrutiny Committee "
          "held on Thursday, 13 March 2025 in Committee Room 1 - City Hall, Thornlow"),
    ("L", "Commenced 4.00 pm"),
    ("L", "Concluded 7.10 pm"),
    ("L", "Present – Councillors"),
    ("L", "LABOUR CONSERVATIVE LIBERAL DEMOCRAT AND"),
    ("L", "INDEPENDENT"),
    ("L", "Hargreaves Pollard Fenwick"),
    ("L", "Rafiq Ainsworth"),
    ("L", "Bibi"),
    ("L", "Corrigan"),
    ("L", "NON VOTING CO-OPTED MEMBERS"),
    ("L", "Elaine Thwaite Thornlow Strategic Disability Partnership"),
    ("L", "Trevor Lumb Thornlow Strategic Disability Partnership"),
    ("L", "Dr Kamran Aziz Former Consultant in Public Health Medicine"),
    ("L", "Observer: Councillor Qureshi (Portfolio Holder for Healthy People and Places)"),
    ("L", "Apologies: Councillor Sheard and Councillor Whitaker"),
    ("L", "Councillor Hargreaves in the Chair"),

    ("L", "41. DISCLOSURES OF INTEREST"),
    ("P", "In the interest of transparency, Councillor Bibi disclosed that she was employed by "
          "Thornlow Teaching Hospitals NHS Foundation Trust in a non-clinical role."),
    ("P", "In the interest of transparency, Councillor Corrigan disclosed, in relation to Minute 46, "
          "that a close relative received a package of home care arranged by the Council."),
    ("P", "Dr Aziz disclosed that he was a trustee of Breathe Easy Thornlow, a local charity which "
          "supported people living with lung disease."),
    ("L", "ACTION: City Solicitor"),

    ("L", "42. MINUTES"),
    ("L", "Resolved –"),
    ("P", "That the minutes of the meeting held on 13 February 2025 be signed as a correct record."),

    ("L", "43. INSPECTION OF REPORTS AND BACKGROUND PAPERS"),
    ("P", "There were no appeals submitted by the public to review decisions to restrict documents."),

    ("L", "44. REFERRALS TO THE OVERVIEW AND SCRUTINY COMMITTEE"),
    ("P", "There were no referrals made to the Committee."),

    ("P", "45. THORNLOW DISTRICT CARE NHS FOUNDATION TRUST – CARE QUALITY COMMISSION "
          "INSPECTION OF ACUTE MENTAL HEALTH WARDS: IMPROVEMENT PLAN UPDATE"),
    ("P", "The Chief Executive of Thornlow District Care NHS Foundation Trust submitted Document "
          "“AR”, which provided an update on the Trust’s response to the Care Quality Commission "
          "(CQC) inspection of its acute wards for adults of working age and psychiatric intensive "
          "care unit, carried out in June 2024. The inspection report, published in September 2024, "
          "had rated the core service as ‘Requires Improvement’ overall and ‘Inadequate’ for the "
          "safe domain, and had issued the Trust with a warning notice in respect of staffing levels "
          "and the management of ligature risks on Heather Ward and Moorside Ward at the Lowfold "
          "Centre."),
    ("P", "The Chief Executive was accompanied by the Director of Nursing, Professions and Quality "
          "and the Associate Director of People and Workforce. Members were informed that:"),
    ("B", "all fourteen ‘must do’ actions identified by the CQC had been brought together in a single "
          "improvement plan, which was overseen by the Trust’s Quality and Safety Committee and "
          "reported to the Board each month;"),
    ("B", "ligature reduction works had been completed on both wards at a cost of £1.2 million, "
          "funded from the Trust’s capital programme;"),
    ("B", "the registered nurse vacancy rate on the acute wards had reduced from 23% in June 2024 to "
          "14% in February 2025, following an international recruitment campaign and a new "
          "preceptorship offer for newly qualified nurses;"),
    ("B", "the number of people placed in inpatient beds outside the district had fallen from 31 in "
          "April 2024 to 12 at the end of February 2025; and"),
    ("B", "the CQC had carried out an unannounced focused inspection in January 2025 and had "
          "confirmed that the warning notice had been met, although the overall rating would not "
          "change until a full re-inspection took place."),
    ("P", "A Member questioned how the Trust could be confident that the improvements would be "
          "sustained once the immediate attention of the regulator had passed, given that similar "
          "concerns had been raised at the previous inspection in 2021. In response, the Director of "
          "Nursing, Professions and Quality explained that the Trust had changed the way it monitored "
          "the quality of care on the wards, with monthly unannounced ‘quality walks’ by "
          "non-executive directors and senior clinicians and a ward accreditation scheme which was "
          "linked to the Trust’s governance framework. She accepted that the actions taken after the "
          "2021 inspection had focused too narrowly on the specific findings and had not addressed "
          "the underlying culture on the wards."),
    ("P", "Councillor Pollard asked what proportion of shifts on the acute wards were currently "
          "filled by agency and bank staff and what this had cost in the current financial year. "
          "The Associate Director of People and Workforce reported that around 28% of shifts were "
          "filled by bank staff and 6% by agency staff, compared with 19% agency use a year earlier. "
          "Agency expenditure on the acute wards was forecast to be £2.4 million for 2024/25, which "
          "was £1.1 million lower than in the previous year. The Trust had ended its use of "
          "off-framework agencies in October 2024."),
    ("P", "A co-opted Member expressed concern that people who had used the wards, and their "
          "families and carers, had not been involved in developing the improvement plan and asked "
          "how their views would be heard in future. It was explained that two experts by lived "
          "experience had been appointed to the improvement programme board in November 2024 and "
          "that a carers’ reference group had met three times since the inspection. The Trust would "
          "be happy to share the group’s terms of reference with the Committee."),
    ("P", "In response to a question about the continued use of out of area placements, the Chief "
          "Executive said that the Trust aimed to eliminate inappropriate out of area placements by "
          "March 2026, but that this depended on the successful opening of the new twelve-bed crisis "
          "house in Wrenbeck, which was being developed jointly with the Council and a voluntary "
          "sector partner. Delayed discharges from the wards, often of people waiting for supported "
          "accommodation, remained the biggest single factor in the pressure on beds; on a typical "
          "day between 10 and 14 patients were ready to leave hospital but were waiting for housing "
          "or a package of care."),
    ("P", "A Member commented that he continued to receive complaints from families in the Oxley "
          "Moor area about the length of time people in mental health crisis had to wait in the "
          "Emergency Department at Thornlow Royal Infirmary before being assessed, and that in one "
          "recent case a young woman had waited for more than thirty hours."),
    ("P", "A Member sought clarification on whether staff on the acute wards had completed mandatory "
          "training on learning disability and autism. The Director of Nursing, Professions and "
          "Quality confirmed that 87% of ward staff had completed the e-learning element and that "
          "face to face sessions would be delivered to all ward staff during 2025."),
    ("L", "Resolved –"),
    ("P", "(1) That the progress made by Thornlow District Care NHS Foundation Trust in responding to "
          "the findings of the Care Quality Commission be noted."),
    ("P", "(2) That a further update, including data on out of area placements, delayed discharges "
          "and the use of bank and agency staff, be presented to the Committee in the 2025/26 "
          "municipal year."),
    ("L", "ACTION: Overview and Scrutiny Lead"),

    ("L", "46. RECOMMISSIONING OF HOME CARE SERVICES"),
    ("P", "The report of the Strategic Director, Health and Wellbeing (Document “AS”) was submitted "
          "which set out the proposed approach to the recommissioning of home care services for "
          "adults in the district. The current framework contracts, which had been awarded in 2019 "
          "to 38 independent sector providers, would expire on 31 March 2026. The report proposed a "
          "move to a model based on eight geographical zones, each with a lead provider and a small "
          "number of secondary providers, together with a separate contract for the rural areas of "
          "the Ashbeck Valley and Oxley Moor."),
    ("P", "The Portfolio Holder for Healthy People and Places introduced the report and stressed "
          "that no decision had yet been taken and that the Executive would consider the final "
          "proposals in June 2025. The Assistant Director, Commissioning and Integration, then gave "
          "a presentation which highlighted that:"),
    ("B", "the Council currently purchased around 31,500 hours of home care each week for "
          "approximately 2,900 people, at a cost of £52.6 million in 2024/25;"),
    ("B", "in any week, between 40 and 70 people were waiting in hospital or in a short-term care "
          "home bed for a package of home care to start, most of them in the Ashbeck Valley and "
          "Oxley Moor;"),
    ("B", "providers reported annual turnover of care workers of around 31%, and 17 of the 38 "
          "providers now relied on international recruits sponsored under the Health and Care "
          "Worker visa route; and"),
    ("B", "an engagement exercise carried out between October and December 2024 had received 412 "
          "responses from people who used home care services and their carers, and 27 providers had "
          "attended market engagement events."),
    ("P", "Members raised a number of questions and comments, which are summarised below together "
          "with the responses provided:"),
    ("B", "Why was the Council proposing to continue to buy all of its home care from the "
          "independent sector rather than bringing part of the service back in-house? The Strategic "
          "Director explained that an options appraisal had been undertaken in 2024 which had "
          "concluded that an in-house service would cost around 35% more per hour, mainly because of "
          "the higher pay and pension costs of Council employees. However, the Council’s in-house "
          "reablement service, Thornlow Enablement at Home, would be expanded as part of the new "
          "model, and the option of a Council-run provider of last resort would be kept under "
          "review."),
    ("B", "What hourly rate would the Council pay, and would it allow providers to pay care workers "
          "at least the Real Living Wage? It was reported that the current standard rate was £23.14 "
          "per hour and that the rate for 2025/26 would be set as part of the annual fee uplift. The "
          "increase in employers’ National Insurance contributions from April 2025 would add an "
          "estimated £1.3 million to providers’ costs across the district. The tender would require "
          "providers to pay at least the National Living Wage, but the Council could not afford to "
          "require the Real Living Wage within the current budget."),
    ("B", "How would the Council make sure that the lead providers did not simply sub-contract the "
          "work to other companies? Officers confirmed that sub-contracting would only be permitted "
          "with the Council’s prior written agreement and that the contracts would include open book "
          "accounting and quarterly contract monitoring meetings."),
    ("B", "A Member asked whether 15 minute calls would continue to be commissioned. The Assistant "
          "Director confirmed that 15 minute calls were used only for tasks such as medication "
          "prompts and were never commissioned for personal care, and that this would be written "
          "into the new service specification."),
    ("B", "The Strategic Disability Partnership representative asked how disabled people who used "
          "direct payments would be affected by the new zones. In response, it was explained that "
          "people who received a direct payment would continue to be able to choose their own "
          "provider or employ a personal assistant, and that the zones would apply only to care "
          "arranged by the Council."),
    ("B", "Concern was expressed that care workers in rural areas were often paid only for the time "
          "spent with people and not for travelling between visits. It was explained that the rural "
          "contract would carry an enhanced hourly rate and that payment for travel time would be a "
          "condition of all the new contracts."),
    ("B", "Members commented that the Committee should have the opportunity to consider the outcome "
          "of the tender, including the number of local providers that had been successful, before "
          "the contracts were awarded."),
    ("L", "Resolved –"),
    ("P", "(1) That the proposed approach to the recommissioning of home care services set out in "
          "Document “AS” be noted."),
    ("P", "(2) That the outcome of the tender process be reported to the Committee before the "
          "contracts are awarded."),
    ("L", "ACTION: Strategic Director, Health and Wellbeing"),
    ("L", "Recommended –"),
    ("P", "That the Executive be requested, when setting the home care fee rates for 2026/27, to give "
          "consideration to a rate which would enable providers to pay care workers the Real Living "
          "Wage and to pay for travel time."),
    ("L", "ACTION: Overview and Scrutiny Lead"),

    ("L", "47. ACCESS TO GENERAL PRACTICE AND NHS DENTAL SERVICES"),
    ("P", "The Director of Primary Care, Thornlow District and Wharfedale Place, NHS North Pennine "
          "Integrated Care Board (ICB), presented Document “AT”, which provided an update on access "
          "to general practice and NHS dental services in the district. It was reported that general "
          "practice in the district had delivered 4.1 million appointments in 2024, 9% more than in "
          "2019, and that 68% of appointments were now face to face. The proportion of people seen "
          "by an NHS dentist in the previous 24 months had fallen to 41% of adults and 52% of "
          "children, and two dental practices, in Lowfold and Carrbeck, had handed back their NHS "
          "contracts during 2024."),
    ("P", "In response to Members’ questions, it was reported that:"),
    ("B", "in relation to the difficulties patients had reported in getting through to practices by "
          "telephone at 8.00 am, all 61 practices in the district had now moved to cloud-based "
          "telephony, which allowed call-back and gave practices information on waiting times, and "
          "the ICB would publish figures for each practice from April 2025;"),
    ("B", "with regard to the closure of the Carrbeck branch surgery, the practice had consulted its "
          "patient participation group and the ICB had required it to provide a weekly clinic at the "
          "Carrbeck community centre for at least twelve months; a decision on the longer term "
          "future of the site would not be made until the practice had reported back on its use;"),
    ("B", "on whether the money from the two dental contracts that had been handed back had been "
          "lost to the district, the ICB had used the funding to commission an urgent dental care "
          "service from three practices, providing an additional 180 urgent appointments each week; "
          "and"),
    ("B", "in response to concerns about newly qualified GPs being unable to find work locally while "
          "patients struggled to get appointments, the Director acknowledged that practices could "
          "not always afford to employ additional GPs within their contract funding; the ICB was "
          "using the Additional Roles Reimbursement Scheme flexibilities to fund 14 GP posts in "
          "primary care networks from April 2025."),
    ("P", "Members then made the following comments:"),
    ("B", "The loss of NHS dental provision in Lowfold and Carrbeck was having a disproportionate "
          "effect on families on low incomes and on older people in care homes, who could not "
          "travel to practices elsewhere in the district."),
    ("B", "More needed to be done to let residents know about the range of staff, such as clinical "
          "pharmacists and physiotherapists, who now worked in general practice, as many people "
          "still expected to see a GP."),
    ("B", "Community pharmacies were under considerable pressure and the closure of three "
          "pharmacies in the east of the city during the last year should be considered by the "
          "Committee at a future meeting."),
    ("P", "Following discussion, it was agreed that the Chair, on behalf of the Committee, would "
          "write to NHS England and the ICB setting out the Committee’s concerns about the loss of "
          "NHS dental provision in the district and asking that the reform of the national dental "
          "contract be brought forward."),
    ("L", "Resolved –"),
    ("P", "(1) That Document “AT” be noted."),
    ("P", "(2) That the ICB be requested to provide the Committee with data on telephone access and "
          "appointments for each practice once it is published."),
    ("L", "ACTION: Overview and Scrutiny Lead"),

    ("L", "48. TOBACCO CONTROL AND STOP SMOKING SERVICES"),
    ("P", "The Director of Public Health presented Document “AU”, which updated Members on the "
          "Smokefree Thornlow 2030 plan and the development of stop smoking services. Smoking "
          "prevalence among adults in the district had fallen to 14.2% in 2023, compared with 11.9% "
          "in England, but remained above 25% in several wards in the inner city and in Wrenbeck. "
          "The Council had received £1.04 million in 2024/25 through the Local Stop Smoking "
          "Services and Support Grant, which had been used to increase the capacity of the "
          "Council’s stop smoking service, Quit Thornlow, to provide support in hospitals, in "
          "maternity services and through community pharmacies."),
    ("P", "Members raised questions about the number of young people who were vaping, the "
          "enforcement action being taken against shops selling illicit tobacco and vapes to "
          "children, and the support available to pregnant women who smoked. In response, the "
          "Director of Public Health explained that the most recent school survey had found that 9% "
          "of 11 to 15 year olds in the district vaped regularly; that Trading Standards had seized "
          "more than 180,000 illicit cigarettes and 4,600 illegal vapes in 2024 and had secured "
          "closure orders against four premises; and that the proportion of women smoking at the "
          "time of delivery had fallen from 11.8% to 8.3% since the introduction of the financial "
          "incentives scheme at the Thornlow Royal Infirmary maternity unit."),
    ("P", "Dr Aziz asked whether the service was reaching people with severe mental illness, who "
          "were much more likely to smoke than the general population. It was reported that a "
          "specialist tobacco dependence adviser had been based at the Lowfold Centre since "
          "September 2024 and that all patients admitted to the Trust’s inpatient wards were now "
          "offered nicotine replacement therapy within 24 hours of admission."),
    ("P", "A Member asked what would happen to the additional posts in Quit Thornlow if the grant "
          "was not continued beyond 2025/26. The Director of Public Health replied that the grant "
          "had been confirmed for one year only and the posts had therefore been created on "
          "fixed-term contracts; the Council was lobbying, with other councils in the region, for a "
          "longer term funding settlement."),
    ("L", "Resolved –"),
    ("P", "That Document “AU” and the progress made towards Smokefree Thornlow 2030 be noted."),
    ("L", "ACTION: Director of Public Health"),

    ("P", "49. HEALTH AND SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME "
          "2024/25"),
    ("P", "The report of the Overview and Scrutiny Lead (Document “AV”) presented the Committee’s "
          "work programme for 2024/25 and the items proposed for the 2025/26 municipal year."),
    ("P", "A Member requested that the Committee receive a report on hospital discharge and the use "
          "of short-term care home beds, as the issue had been raised in discussion on several items "
          "during the year. The Overview and Scrutiny Lead confirmed that this would be included in "
          "the draft work programme for 2025/26, together with community pharmacy provision and the "
          "further update on the Care Quality Commission inspection requested at Minute 45."),
    ("L", "Resolved –"),
    ("P", "(1) That the information in Appendix A to Document “AV” be noted."),
    ("P", "(2) That items on hospital discharge and community pharmacy provision be included in the "
          "Committee’s work programme for 2025/26."),
    ("L", "ACTION: Overview and Scrutiny Lead"),
    ("L", "Chair"),
    ("P", "Note: These minutes are subject to approval as a correct record at the next meeting of "
          "the Health and Social Care Overview and Scrutiny Committee."),
    ("L", "THESE MINUTES HAVE BEEN PRODUCED, WHEREVER POSSIBLE, ON RECYCLED PAPER"),
]

WRAP = 90          # characters on a printed line (Arial 12 on A4 with 2 cm margins)
PAGE_LINES = 44    # printed lines of text on each page


def minutes_text() -> str:
    lines: list[str] = []
    for kind, text in MINUTES:
        if kind == "L":
            lines.append(text)
        elif kind == "P":
            lines.extend(textwrap.wrap(text, WRAP))
        elif kind == "B":
            lines.extend(textwrap.wrap("• " + text, WRAP))
        else:
            raise ValueError(kind)
    # The footer of each printed page (its number, centred) comes through in the copy
    # as a line of its own, wherever the page happened to break.
    out: list[str] = []
    page = 1
    first_page = PAGE_LINES - 4   # the logo and the address block take room on page 1
    count = 0
    limit = first_page
    for line in lines:
        out.append(line)
        count += 1
        if count == limit:
            out.append(str(page))
            page += 1
            count = 0
            limit = PAGE_LINES
    if count:
        out.append(str(page))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------
# The report that is not minutes: Document "AS", the officers' report to the meeting,
# in the council's report template, as a PDF.
# ---------------------------------------------------------------------------

REPORT_SECTIONS = [
    ("1.", "SUMMARY", [
        ("1.1", "The Council's framework contracts for home care (domiciliary care) expire on 31 March "
                "2026. This report sets out the proposed approach to recommissioning home care "
                "services for adults in the Thornlow district from 1 April 2026, summarises what people "
                "who use home care, their carers and providers told us during engagement in October to "
                "December 2024, and sets out the timetable for the procurement."),
        ("1.2", "The Committee is asked to comment on the proposed approach before the Executive "
                "considers the final proposals in June 2025."),
    ]),
    ("2.", "BACKGROUND", [
        ("2.1", "Home care supports people to live independently in their own homes. The Council "
                "currently purchases around 31,500 hours of home care each week for approximately "
                "2,900 people, at a forecast cost of £52.6 million in 2024/25."),
        ("2.2", "Since 2019 home care has been purchased through a framework of 38 independent sector "
                "providers. Packages are offered to providers on the framework through an electronic "
                "brokerage system, and the first provider able to accept a package is awarded it."),
        ("2.3", "The framework has not kept pace with demand. In any week between 40 and 70 people "
                "are waiting in hospital or in a short-term care home bed for a package of home care "
                "to start, most of them in the Ashbeck Valley and Oxley Moor, where travel times are "
                "longest and fewest providers operate."),
    ]),
    ("3.", "REPORT ISSUES", [
        ("3.1", "It is proposed to move to a model based on eight geographical zones. Each zone would "
                "have a lead provider, who would be expected to accept every package in the zone, and "
                "up to three secondary providers. A separate contract would cover the rural areas of "
                "the Ashbeck Valley and Oxley Moor, with an enhanced hourly rate."),
        ("3.2", "The Council's in-house reablement service, Thornlow Enablement at Home, would be "
                "expanded so that everyone leaving hospital with new care needs is offered up to six "
                "weeks of reablement before any longer-term package is arranged."),
        ("3.3", "Sub-contracting by lead providers would only be permitted with the Council's prior "
                "written agreement. All contracts would include open book accounting and payment for "
                "travel time between visits."),
        ("3.4", "An engagement survey ran from 7 October to 16 December 2024 and received 412 "
                "responses. People were asked:"),
        ("•", "What matters most to you about the care you receive at home?"),
        ("•", "Do your care workers usually arrive at the time you expect?"),
        ("•", "Do you see the same care workers most of the time?"),
        ("•", "If you could change one thing about your home care, what would it be?"),
        ("3.5", "The most common answers were continuity of care workers (68% of respondents), "
                "visits at the agreed time (61%) and care workers having enough time to talk (44%)."),
        ("3.6", "Providers attending the market engagement events asked the following questions, "
                "which have been answered in full on the Council's procurement portal:"),
        ("•", "Will the hourly rate reflect the increase in employers' National Insurance "
              "contributions from April 2025? The rate for 2026/27 will be set through the annual "
              "fee setting process, which will take the increase into account."),
        ("•", "Can a provider bid to be the lead provider in more than one zone? Yes, up to a "
              "maximum of two zones."),
        ("•", "Will existing packages transfer to the new providers? Existing packages will remain "
              "with current providers unless the person asks to move."),
    ]),
    ("4.", "FINANCIAL & RESOURCE APPRAISAL", [
        ("4.1", "The budget for home care in 2025/26 is £55.1 million. The proposed model is expected "
                "to be delivered within the existing budget, with the cost of the enhanced rural rate "
                "offset by reduced use of short-term care home beds."),
    ]),
    ("5.", "RISK MANAGEMENT AND GOVERNANCE ISSUES", [
        ("5.1", "The main risks are that too few providers bid for the rural contract and that "
                "packages are disrupted during the transfer to the new model. A transition plan will "
                "be agreed with each provider."),
    ]),
    ("6.", "LEGAL APPRAISAL", [
        ("6.1", "The procurement will be carried out under the Procurement Act 2023 and the Council's "
                "Contract Standing Orders."),
    ]),
    ("7.", "OTHER IMPLICATIONS", [
        ("7.1", "EQUALITY & DIVERSITY: An Equality Impact Assessment is attached as Appendix 2."),
        ("7.2", "SUSTAINABILITY IMPLICATIONS: Zoning is expected to reduce care workers' travel."),
        ("7.3", "WARD IMPLICATIONS: All wards are affected."),
    ]),
    ("8.", "NOT FOR PUBLICATION DOCUMENTS", [
        ("8.1", "None."),
    ]),
    ("9.", "OPTIONS", [
        ("9.1", "Option 1: extend the current framework for two years. Not recommended, as it would "
                "not address the waiting lists in rural areas."),
        ("9.2", "Option 2: the zoned model set out in section 3. Recommended."),
        ("9.3", "Option 3: bring home care back in-house. Not recommended; the options appraisal "
                "estimated that an in-house service would cost around 35% more per hour."),
    ]),
    ("10.", "RECOMMENDATIONS", [
        ("10.1", "That the Committee considers and comments on the proposed approach to the "
                 "recommissioning of home care services set out in this report."),
        ("10.2", "That the Committee's comments be reported to the Executive when it considers the "
                 "final proposals in June 2025."),
    ]),
    ("11.", "APPENDICES", [
        ("", "Appendix 1 – Home care engagement: summary of responses"),
        ("", "Appendix 2 – Equality Impact Assessment"),
    ]),
    ("12.", "BACKGROUND DOCUMENTS", [
        ("", "Home care options appraisal, Thornlow Council, July 2024"),
    ]),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Document AS - Recommissioning of Home Care Services")
    pdf.set_author("City of Thornlow Metropolitan District Council")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = pdf.epw

    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(w * 0.78, 6, "Report of the Strategic Director, Health and Wellbeing to the "
                   "meeting of the Health and Social Care Overview and Scrutiny Committee to be "
                   "held on 13 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + w * 0.82, 18)
    pdf.set_font("Sans", "B", 28)
    pdf.cell(w * 0.18, 14, "AS", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(42)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Subject:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(w, 6, "Recommissioning of Home Care Services", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Summary statement:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(w, 6, "This report sets out the proposed approach to the recommissioning of "
                   "home care services for adults from April 2026, the findings of engagement with "
                   "people who use services, carers and providers, and the timetable for the "
                   "procurement. Members are asked to comment on the proposals before they are "
                   "considered by the Executive.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "EQUALITY & DIVERSITY:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(w, 6, "An Equality Impact Assessment has been completed and is attached as "
                   "Appendix 2. Older people and disabled people are the main users of home care "
                   "and would be most affected by any change of provider.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    # the contact block: a ruled two-column table
    pdf.set_font("Sans", "", 10)
    rows = [
        ("Helen Garside\nStrategic Director, Health and Wellbeing",
         "Portfolio:\nHealthy People and Places"),
        ("Report Contact: Mark Sutcliffe\nAssistant Director, Commissioning and Integration\n"
         "Phone: (01632) 960418\nE-mail: mark.sutcliffe@thornlow.gov.uk",
         "Overview & Scrutiny Area:\nHealth and Social Care"),
    ]
    with pdf.table(col_widths=(60, 40), text_align="LEFT", first_row_as_headings=False,
                   line_height=5.5, padding=2) as table:
        for left, right in rows:
            r = table.row()
            r.cell(left)
            r.cell(right)
    pdf.add_page()

    for number, heading, paras in REPORT_SECTIONS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(14, 7, number)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 11)
        for num, text in paras:
            pdf.ln(1)
            if num == "•":
                pdf.set_x(pdf.l_margin + 14)
                pdf.cell(6, 6, "•")
                pdf.multi_cell(w - 20, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(14, 6, num)
                pdf.multi_cell(w - 14, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def r(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Social Care Overview and Scrutiny Committee",
    "meeting_date": "2025-03-13",
    "items": [
        {"number": "41", "title": "DISCLOSURES OF INTEREST"},
        {"number": "42", "title": "MINUTES"},
        {"number": "43", "title": "INSPECTION OF REPORTS AND BACKGROUND PAPERS"},
        {"number": "44", "title": "REFERRALS TO THE OVERVIEW AND SCRUTINY COMMITTEE"},
        {"number": "45", "title": "THORNLOW DISTRICT CARE NHS FOUNDATION TRUST – CARE QUALITY "
                                  "COMMISSION INSPECTION OF ACUTE MENTAL HEALTH WARDS: IMPROVEMENT "
                                  "PLAN UPDATE"},
        {"number": "46", "title": "RECOMMISSIONING OF HOME CARE SERVICES"},
        {"number": "47", "title": "ACCESS TO GENERAL PRACTICE AND NHS DENTAL SERVICES"},
        {"number": "48", "title": "TOBACCO CONTROL AND STOP SMOKING SERVICES"},
        {"number": "49", "title": "HEALTH AND SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE WORK "
                                  "PROGRAMME 2024/25"},
    ],
    "questions": [
        # 45 CQC inspection of the mental health wards
        q("45", "question",
          "questioned how the Trust could be confident that the improvements would be sustained",
          "the Trust had changed the way it monitored the quality of care on the wards",
          None, "Director of Nursing, Professions and Quality", ["governance", "mental-health"]),
        q("45", "question",
          "asked what proportion of shifts on the acute wards were currently filled by agency",
          "around 28% of shifts were filled by bank staff and 6% by agency staff",
          "Councillor Pollard", "Associate Director of People and Workforce",
          ["workforce", "finance", "mental-health"]),
        q("45", "concern",
          "expressed concern that people who had used the wards, and their families and carers",
          "two experts by lived experience had been appointed to the improvement programme board",
          None, None, ["patient-and-public-input", "mental-health"]),
        q("45", "question",
          "In response to a question about the continued use of out of area placements",
          "the Trust aimed to eliminate inappropriate out of area placements by March 2026",
          None, "Chief Executive", ["mental-health", "housing"]),
        q("45", "concern",
          "continued to receive complaints from families in the Oxley Moor area",
          None, None, None, ["mental-health"]),
        q("45", "question",
          "sought clarification on whether staff on the acute wards had completed mandatory training",
          "87% of ward staff had completed the e-learning element",
          None, "Director of Nursing, Professions and Quality", ["workforce", "mental-health"]),
        # 46 home care recommissioning
        q("46", "question",
          "Why was the Council proposing to continue to buy all of its home care",
          "an options appraisal had been undertaken in 2024 which had concluded that",
          None, "Strategic Director",
          ["privatisation", "subcontracting", "adult-social-care", "finance"]),
        q("46", "question",
          "would it allow providers to pay care workers at least the Real Living Wage",
          "The tender would require providers to pay at least the National Living Wage",
          None, None, ["finance", "workforce", "adult-social-care", "subcontracting"]),
        q("46", "question",
          "How would the Council make sure that the lead providers did not simply",
          "the contracts would include open book accounting and quarterly contract monitoring meetings",
          None, "Officers", ["subcontracting", "adult-social-care"]),
        q("46", "question",
          "asked whether 15 minute calls would continue to be commissioned",
          "15 minute calls were used only for tasks such as medication prompts",
          None, "Assistant Director", ["adult-social-care", "subcontracting"]),
        q("46", "question",
          "how disabled people who used direct payments would be affected by the new zones",
          "would continue to be able to choose their own provider or employ a personal assistant",
          None, None, ["adult-social-care"]),
        q("46", "concern",
          "care workers in rural areas were often paid only for the time spent",
          "payment for travel time would be a condition of all the new contracts",
          None, None, ["workforce", "adult-social-care", "subcontracting"]),
        q("46", "comment",
          "the Committee should have the opportunity to consider the outcome of the tender",
          None, None, None, ["subcontracting", "adult-social-care"]),
        # 47 general practice and dentistry
        q("47", "concern",
          "the difficulties patients had reported in getting through to practices by telephone",
          "all 61 practices in the district had now moved to",
          None, None, ["primary-care"]),
        q("47", "question",
          "with regard to the closure of the Carrbeck branch surgery",
          "the practice had consulted its patient participation group and the ICB had required",
          None, None, ["primary-care", "patient-and-public-input"]),
        q("47", "question",
          "whether the money from the two dental contracts that had been handed back",
          "used the funding to commission an urgent dental care service from three practices",
          None, None, ["primary-care", "finance"]),
        q("47", "concern",
          "concerns about newly qualified GPs being unable to find work locally",
          "using the Additional Roles Reimbursement Scheme flexibilities to fund 14 GP posts",
          None, "Director", ["primary-care", "workforce"]),
        q("47", "comment",
          "disproportionate effect on families on low incomes and on older people",
          None, None, None, ["primary-care", "adult-social-care"]),
        q("47", "comment",
          "More needed to be done to let residents know about the range of staff",
          None, None, None, ["primary-care", "workforce"]),
        q("47", "request",
          "closure of three pharmacies in the east of the city during the last year",
          None, None, None, ["primary-care"]),
        # 48 tobacco control
        q("48", "question",
          "Members raised questions about the number of young people who were vaping",
          "the most recent school survey had found that",
          None, "Director of Public Health", ["public-health", "children-and-families"]),
        q("48", "question",
          "asked whether the service was reaching people with severe mental illness",
          "a specialist tobacco dependence adviser had been based at the Lowfold Centre",
          "Dr Aziz", None, ["public-health", "mental-health"]),
        q("48", "question",
          "what would happen to the additional posts in Quit Thornlow if the grant",
          "the Council was lobbying, with other councils in the region, for a longer term",
          None, "Director of Public Health", ["public-health", "finance", "workforce"]),
        # 49 work programme
        q("49", "request",
          "requested that the Committee receive a report on hospital discharge and the use of",
          "this would be included in the draft work programme",
          None, "Overview and Scrutiny Lead", ["adult-social-care"]),
    ],
    "resolutions": [
        r("42", "the minutes of the meeting held on 13 February 2025 be signed", "agreed"),
        r("45", "progress made by Thornlow District Care NHS Foundation Trust in responding to the findings",
          "agreed", ["mental-health"]),
        r("46", "home care services set out in Document “AS” be noted", "agreed",
          ["adult-social-care", "subcontracting"]),
        r("46", "give consideration to a rate which would enable providers to pay care workers",
          "recommended", ["adult-social-care", "workforce", "finance"]),
        r("47", "on behalf of the Committee, would write to NHS England and the ICB",
          "agreed", ["primary-care"]),
        r("47", "the ICB be requested to provide the Committee with data on telephone access",
          "agreed", ["primary-care"]),
        r("48", "the progress made towards Smokefree Thornlow 2030 be noted", "noted",
          ["public-health"]),
        r("49", "items on hospital discharge and community pharmacy provision be included",
          "agreed", ["adult-social-care", "primary-care"]),
    ],
    "attendees": [
        a("Hargreaves", "Chair", "present"),
        a("Rafiq", None, "present"),
        a("Bibi", None, "present"),
        a("Corrigan", None, "present"),
        a("Pollard", None, "present"),
        a("Ainsworth", None, "present"),
        a("Fenwick", None, "present"),
        a("Elaine Thwaite", "Thornlow Strategic Disability Partnership", "present"),
        a("Trevor Lumb", "Thornlow Strategic Disability Partnership", "present"),
        a("Dr Kamran Aziz", "Former Consultant in Public Health Medicine", "present"),
        a("Councillor Qureshi", "Portfolio Holder for Healthy People and Places", "in_attendance"),
        a("Councillor Sheard", None, "apologies"),
        a("Councillor Whitaker", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_NAME, REPORT_NAME, "and their gold files")


def normalise(text: str, joiner: str = " ") -> str:
    """Lower-case, drop punctuation and symbols (replaced by `joiner`), collapse spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(joiner if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
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
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    return path.read_bytes().decode("utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("if-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc.name}")
            problems += 1
            continue
        raw = document_text(doc)
        # punctuation either deleted or turned into a space: the phrase must be found
        # exactly once both ways
        bodies = {j: " " + normalise(raw, j) + " " for j in ("", " ")}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            words = len(normalise(phrase).split())
            n = [bodies[j].count(" " + normalise(phrase, j) + " ") for j in bodies]
            if n != [1, 1] or not 6 <= words <= 15:
                problems += 1
                print(f"{gold['document']}: {what} found {n} times, {words} words: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
