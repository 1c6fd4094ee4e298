#!/usr/bin/env python
"""Build the "ab-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ab.py          build documents and gold
        build_ab.py --check  verify every gold phrase occurs once in its document
All content is invented.  Deterministic: fixed dates, no randomness.
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2025, 3, 3, 9, 0, 0, tzinfo=datetime.timezone.utc)


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# =====================================================================================
# 1. Forwarded e-mail, quoted minutes (TXT)
# =====================================================================================
TXT_NAME = "ab-hartmoor-hosc-minutes-2025-02-18.txt"

TXT_MINUTES = [
    "HARTMOOR COUNTY COUNCIL",
    "HEALTH OVERVIEW AND SCRUTINY COMMITTEE",
    "",
    "DRAFT MINUTES of a meeting held in the Wyre Room, County Hall, "
    "Hartmoor on Tuesday 18 February 2025 at 10.00 am",
    "",
    "PRESENT: Councillor Margaret Oyelaran (Chair), Councillors "
    "T Brightwell (Vice-Chair), S Achterberg, D Ferris, H Lomax, P Nwosu, "
    "J Quill and R Sandhu (substitute for Councillor K Welby).",
    "",
    "Co-opted Member: Mr L Hardcastle (Healthwatch Hartmoor)",
    "",
    "Also present: Councillor A Pemberton (Cabinet Member for Adult Social "
    "Care and Health)",
    "",
    "Officers: Ms F Delacroix (Director of Public Health), Mr N Okafor "
    "(Assistant Director, Commissioning and Market Management, Adults and "
    "Health Directorate), Ms C Rayne (Senior Democratic Services Officer)",
    "",
    "NHS representatives: Dr E Marchetti (Chief Medical Officer, Hartmoor "
    "and Wyre Integrated Care Board), Mr G Tulley (Director of Operations, "
    "Hartmoor Community Health NHS Trust)",
    "",
    "Apologies: Councillors K Welby and B Ostrowski",
    "",
    "",
    "Item 1 – Apologies and Substitutions",
    "",
    "Apologies for absence were received from Councillors K Welby and "
    "B Ostrowski. Councillor R Sandhu attended as substitute for Councillor "
    "Welby. No substitute had been nominated for Councillor Ostrowski.",
    "",
    "",
    "Item 2 – Declarations of Interest",
    "",
    "Councillor H Lomax declared a non-registrable interest in Item 7 (NHS "
    "Dental Access) as a close family member is a practising dentist in the "
    "county; she took part in the discussion but did not vote on that item. "
    "No other declarations were made.",
    "",
    "",
    "Item 3 – Minutes of the previous meeting",
    "",
    "RESOLVED: That the minutes of the meeting held on 10 December 2024 be "
    "confirmed as a correct record and signed by the Chair.",
    "",
    "",
    "Item 4 – Public Questions",
    "",
    "Two questions had been received under Standing Order 14.",
    "",
    "Mrs Jean Allardyce of Netherby asked why her husband had waited eleven "
    "weeks for a hospital bed to be delivered by the community equipment "
    "service, and whether the Council monitored how long residents waited "
    "for equipment. Councillor Pemberton, Cabinet Member for Adult Social "
    "Care and Health, replied that she was sorry to hear of the delay; the "
    "contract set a standard of delivery within seven working days for "
    "urgent items, performance was reported to the Council monthly, and she "
    "would ask officers to look into the case personally.",
    "",
    "Mr Peter Goldring, on behalf of Hartmoor Pensioners' Action Group, "
    "asked whether the Committee would ensure that the public were "
    "consulted before the stop smoking service was moved to a "
    "pharmacy-only model. The Chair responded that the matter was on the "
    "agenda at Item 6, that the Committee would be seeking assurance on the "
    "consultation undertaken, and that a written reply would be sent.",
    "",
    "",
    "Item 5 – Community Equipment Service: Contract Re-procurement",
    "",
    "Mr N Okafor introduced the report, which set out the options for the "
    "re-procurement of the Integrated Community Equipment Service, currently "
    "delivered by Medequip Partners Ltd under a contract jointly commissioned "
    "with the Integrated Care Board that expires on 31 March 2026. The "
    "preferred option was a competitive tender for a seven-year contract "
    "with a total estimated value of £38.6 million.",
    "",
    "Members asked why an in-house or joint local authority trading company "
    "model had been discounted so quickly, given the problems reported with "
    "the current provider. Mr Okafor explained that an in-house service had "
    "been costed at around £1.1 million a year more, largely because of "
    "warehouse and fleet costs, and that no neighbouring authority had "
    "expressed interest in a shared arrangement. Councillor Ferris queried "
    "how the Council would avoid a repeat of the delivery delays experienced "
    "in 2024, when over 900 orders had missed their target date; it was "
    "confirmed that the new specification would include service credits and "
    "a right to step in where performance fell below 85 per cent for three "
    "consecutive months. Concerns were expressed that recycling rates for "
    "returned equipment remained low and that equipment was being written "
    "off unnecessarily. Councillor Achterberg sought clarification on "
    "whether the ICB's share of the cost would change; Dr Marchetti said "
    "that the current 60/40 split between the Council and the ICB would be "
    "reviewed but she did not expect a significant change.",
    "",
    "Mr Hardcastle reported that Healthwatch Hartmoor had received 47 "
    "comments about the service over the past year, the majority concerning "
    "missed delivery slots, and requested that service users be involved in "
    "evaluating the tender bids. The Assistant Director agreed to include "
    "two lay evaluators with lived experience in the evaluation panel.",
    "",
    "RESOLVED:",
    "(1) That the report be noted.",
    "(2) That the Committee supports the recommendation to re-procure the "
    "Integrated Community Equipment Service through a competitive tender for "
    "a contract of up to seven years.",
    "(3) That the Cabinet be recommended to include service credits and "
    "step-in rights in the new contract and to report annual performance to "
    "this Committee.",
    "",
    "",
    "Item 6 – Stop Smoking and Vaping Services",
    "",
    "Ms Delacroix, Director of Public Health, presented the proposals to "
    "recommission the stop smoking service from April 2025, moving from a "
    "specialist service delivered by Hartmoor Community Health NHS Trust to "
    "a model delivered through community pharmacies and GP practices, "
    "supported by the national Smokefree Generation grant of £612,000.",
    "",
    "In discussion, Councillor Nwosu questioned whether pharmacies, several "
    "of which had reduced their opening hours, had the capacity to take on "
    "the service. The Director replied that 58 of the county's 71 "
    "pharmacies had expressed an interest and that a minimum of one "
    "accredited adviser per pharmacy would be funded. Councillor Quill "
    "asked what had happened to the eleven specialist advisers employed by "
    "the Trust; Mr Tulley said that all had been offered redeployment and "
    "that no compulsory redundancies were anticipated. Councillor Brightwell "
    "expressed concern that vapes given out under the swap to stop scheme "
    "could find their way to children and young people. The Chair thanked "
    "the Director for a clear report.",
    "",
    "RESOLVED:",
    "(1) That the proposed model for stop smoking and vaping services be "
    "noted.",
    "(2) That the Director of Public Health provide a report on quit rates "
    "and uptake by pharmacy after the first six months of operation.",
    "",
    "",
    "Item 7 – NHS Dental Access",
    "",
    "Dr Marchetti gave a presentation on access to NHS dentistry, which had "
    "been delegated to the ICB in April 2023. Only 38 per cent of adults in "
    "the county had seen an NHS dentist in the previous 24 months, against "
    "40 per cent nationally.",
    "",
    "Councillor Sandhu asked how many practices had handed back their NHS "
    "contracts in the past year. Dr Marchetti said four practices had "
    "handed back contracts, representing some 19,000 units of dental "
    "activity, and that the ICB had re-procured two of these. Councillor "
    "Lomax commented that the national contract made it uneconomic for "
    "practices to treat high-needs patients and that local flexibility was "
    "limited. The Chair requested that the ICB write to the Committee with "
    "a breakdown of the dental recovery funding spent in 2024/25, which "
    "Dr Marchetti agreed to provide before the next meeting in April.",
    "",
    "RESOLVED:",
    "(1) That the presentation be noted.",
    "(2) That the Chair write to the Secretary of State for Health and "
    "Social Care urging reform of the national dental contract.",
    "",
    "",
    "Item 8 – Work Programme",
    "",
    "The Committee considered its work programme for 2025/26. Councillor "
    "Quill requested that an item on the closure of the Wyreside minor "
    "injuries unit be added for the June meeting. The Senior Democratic "
    "Services Officer confirmed that this would be added subject to the "
    "Trust's availability.",
    "",
    "RESOLVED: That the work programme be agreed, subject to the addition "
    "of an item on the Wyreside minor injuries unit.",
    "",
    "",
    "The meeting closed at 12.51 pm.",
    "",
    "Chair ....................................",
    "",
    "Date .....................................",
]

TXT_HEAD = """\
From: Rayne, Carys <Carys.Rayne@hartmoor.gov.uk>
Sent: 24 February 2025 16:42
To: HOSC Members <hosc.members@hartmoor.gov.uk>
Cc: Scrutiny Team <scrutiny@hartmoor.gov.uk>
Subject: FW: DRAFT minutes - Health Overview and Scrutiny Committee 18 Feb

Resending as a couple of members said this had gone to their junk folder.
Comments by Friday please.

C

-----Original Message-----
From: Rayne, Carys
Sent: 21 February 2025 09:15
To: Oyelaran, Margaret (Cllr) <Margaret.Oyelaran@hartmoor.gov.uk>
Cc: Delacroix, Fiona <Fiona.Delacroix@hartmoor.gov.uk>; Okafor, Nnamdi <Nnamdi.Okafor@hartmoor.gov.uk>
Subject: DRAFT minutes - Health Overview and Scrutiny Committee 18 Feb
Importance: High

Dear Chair,

Please find the draft minutes below for Tuesday's meeting. I have not
attached them as a document as our system is still stripping Word
attachments from external addresses (the ICB colleagues are copied in
separately). Could you let me know of any amendments by 28 February so
that they can go out with the April agenda.

Many thanks,
Carys

"""

TXT_SIG = """
Carys Rayne
Senior Democratic Services Officer
Governance and Democratic Services | Hartmoor County Council
County Hall, Castle Street, Hartmoor HR1 2AZ
Tel: 01632 960 418 | Mobile: 07700 900 612
www.hartmoor.gov.uk/democracy

Please consider the environment before printing this e-mail.

This e-mail and any attachments are intended solely for the addressee and
may contain confidential information. If you have received it in error
please notify the sender and delete it. Hartmoor County Council may
monitor e-mail traffic for security and compliance purposes.
"""


def build_txt():
    out = [TXT_HEAD]
    for para in TXT_MINUTES:
        if para == "":
            out.append(">\n")
            continue
        for line in textwrap.wrap(para, width=68, break_long_words=False,
                                  break_on_hyphens=False):
            out.append("> " + line + "\n")
    out.append(TXT_SIG)
    text = "".join(out)
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-02-18",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Community Equipment Service: Contract Re-procurement"},
        {"number": "6", "title": "Stop Smoking and Vaping Services"},
        {"number": "7", "title": "NHS Dental Access"},
        {"number": "8", "title": "Work Programme"},
    ],
    "questions": [
        Q("4", "question", "whether the Council monitored how long residents waited for equipment",
          "Mrs Jean Allardyce", "performance was reported to the Council monthly",
          "Councillor Pemberton", ["adult-social-care"]),
        Q("4", "question", "whether the Committee would ensure that the public were consulted",
          "Mr Peter Goldring", "the Committee would be seeking assurance on the consultation undertaken",
          "The Chair", ["patient-and-public-input", "public-health", "primary-care"]),
        Q("5", "question", "why an in-house or joint local authority trading company model",
          None, "an in-house service had been costed at around £1.1 million a year more",
          "Mr Okafor", ["privatisation", "subcontracting", "finance"]),
        Q("5", "question", "how the Council would avoid a repeat of the delivery delays",
          "Councillor Ferris", "the new specification would include service credits and a right to step in",
          None, ["subcontracting"]),
        Q("5", "concern", "recycling rates for returned equipment remained low",
          None, None, None, []),
        Q("5", "question", "whether the ICB's share of the cost would change",
          "Councillor Achterberg", "the current 60/40 split between the Council and the ICB would be reviewed",
          "Dr Marchetti", ["finance", "integration"]),
        Q("5", "request", "requested that service users be involved in evaluating the tender bids",
          "Mr Hardcastle", "agreed to include two lay evaluators with lived experience",
          "The Assistant Director", ["patient-and-public-input", "subcontracting"]),
        Q("6", "question", "had the capacity to take on the service",
          "Councillor Nwosu", "58 of the county's 71 pharmacies had expressed an interest",
          "The Director", ["primary-care", "public-health"]),
        Q("6", "question", "what had happened to the eleven specialist advisers employed by the Trust",
          "Councillor Quill", "all had been offered redeployment and that no compulsory redundancies",
          "Mr Tulley", ["workforce", "public-health"]),
        Q("6", "concern", "vapes given out under the swap to stop scheme could find their way",
          "Councillor Brightwell", None, None, ["public-health", "children-and-families"]),
        Q("7", "question", "how many practices had handed back their NHS contracts in the past year",
          "Councillor Sandhu", "four practices had handed back contracts, representing some 19,000 units",
          "Dr Marchetti", ["primary-care"]),
        Q("7", "comment", "the national contract made it uneconomic for practices to treat high-needs patients",
          "Councillor Lomax", None, None, ["primary-care", "finance"]),
        Q("7", "request", "write to the Committee with a breakdown of the dental recovery funding",
          "The Chair", "Dr Marchetti agreed to provide before the next meeting in April",
          "Dr Marchetti", ["primary-care", "finance"]),
        Q("8", "request", "an item on the closure of the Wyreside minor injuries unit be added",
          "Councillor Quill", "this would be added subject to the Trust's availability",
          "The Senior Democratic Services Officer", []),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 10 December 2024 be confirmed", "agreed", []),
        R("5", "Cabinet be recommended to include service credits and step-in rights",
          "recommended", ["subcontracting"]),
        R("6", "provide a report on quit rates and uptake by pharmacy",
          "agreed", ["public-health", "primary-care"]),
        R("7", "Chair write to the Secretary of State for Health and Social Care",
          "agreed", ["primary-care"]),
        R("8", "work programme be agreed, subject to the addition of an item", "agreed", []),
    ],
    "attendees": [
        A("Councillor Margaret Oyelaran", "Chair", "present"),
        A("Councillor T Brightwell", "Vice-Chair", "present"),
        A("Councillor S Achterberg", None, "present"),
        A("Councillor D Ferris", None, "present"),
        A("Councillor H Lomax", None, "present"),
        A("Councillor P Nwosu", None, "present"),
        A("Councillor J Quill", None, "present"),
        A("Councillor R Sandhu", "substitute for Councillor K Welby", "present"),
        A("Mr L Hardcastle", "Healthwatch Hartmoor", "present"),
        A("Councillor A Pemberton", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
        A("Ms F Delacroix", "Director of Public Health", "in_attendance"),
        A("Mr N Okafor", "Assistant Director, Commissioning and Market Management, Adults and Health Directorate", "in_attendance"),
        A("Ms C Rayne", "Senior Democratic Services Officer", "in_attendance"),
        A("Dr E Marchetti", "Chief Medical Officer, Hartmoor and Wyre Integrated Care Board", "in_attendance"),
        A("Mr G Tulley", "Director of Operations, Hartmoor Community Health NHS Trust", "in_attendance"),
        A("Councillor K Welby", None, "apologies"),
        A("Councillor B Ostrowski", None, "apologies"),
    ],
}

# =====================================================================================
# 2. PDF with line numbers in the margin
# =====================================================================================
PDF_NAME = "ab-wexcombe-ahh-scrutiny-panel-minutes-2024-12-03.pdf"

# blocks: ("title", text) centred bold; ("h", text) bold heading; ("p", text) justified;
# ("lp", label, text) bold label then text; ("r", text) RESOLVED line; ("c", text) clause
PDF_BLOCKS = [
    ("title", "WEXCOMBE BOROUGH COUNCIL"),
    ("title", "ADULTS, HEALTH AND HOUSING SCRUTINY PANEL"),
    ("p", "Minutes of the meeting of the Adults, Health and Housing Scrutiny Panel held "
          "in the Council Chamber, Wexcombe Civic Centre, on Tuesday, 3 December 2024 at "
          "7.00 pm."),
    ("lp", "Present:", "Councillor R Abara (Chair); Councillors M Baird, L Cho, S Delaney "
           "(Vice-Chair), P Eustace, W Fairbrother, A Gill and T Hennessy."),
    ("lp", "Substitute:", "Councillor J Okonjo for Councillor F Varga."),
    ("lp", "Also present:", "Councillor N Stride (Executive Member for Health, Care and "
           "Housing)."),
    ("lp", "Officers:", "Helen Marwick (Corporate Director of Adults, Health and Housing); "
           "Daniel Eze (Head of Housing Options and Homelessness Prevention); Rosa Lindqvist "
           "(Strategic Commissioning Manager, Ageing Well and Independent Living); Andrew Pike "
           "(Finance Business Partner, People Directorate); Sophie Tanner (Democratic Services "
           "Officer)."),
    ("lp", "In attendance:", "Jo Featherstone (Director of Integrated Discharge, Wexcombe and "
           "Stourside Hospitals NHS Foundation Trust)."),
    ("h", "1.  APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
    ("p", "Apologies for absence were received from Councillor F Varga, for whom Councillor "
          "J Okonjo attended as substitute."),
    ("h", "2.  DECLARATIONS OF INTEREST"),
    ("p", "Councillor A Gill declared a disclosable pecuniary interest in item 6 (Home Care "
          "Recommissioning) as a director of a domiciliary care agency operating in the "
          "borough, and left the Chamber for the duration of that item. Councillor L Cho "
          "declared an other registrable interest as a trustee of Wexcombe Carers' Centre."),
    ("h", "3.  MINUTES"),
    ("r", "RESOLVED – That the minutes of the meeting held on 1 October 2024 be approved as "
          "a correct record and signed by the Chair."),
    ("h", "4.  URGENT BUSINESS"),
    ("p", "There was no urgent business."),
    ("h", "5.  HOMELESSNESS AND ROUGH SLEEPING STRATEGY – ANNUAL UPDATE"),
    ("p", "The Head of Housing Options and Homelessness Prevention introduced the annual "
          "update on the Homelessness and Rough Sleeping Strategy 2022–2027. The number of "
          "households in temporary accommodation had risen to 412, of whom 96 were in bed "
          "and breakfast or nightly paid annexes, while the number of people found sleeping "
          "rough on the autumn count had fallen from 19 to 11."),
    ("p", "Councillor Baird asked how many of the households placed in bed and breakfast "
          "accommodation had children and how long they had stayed. The Head of Housing "
          "Options stated that 31 households with children were currently in bed and "
          "breakfast, 12 of them beyond the six-week legal limit, and that every case was "
          "reviewed weekly by a senior manager. Councillor Okonjo raised concerns about "
          "the use of placements outside the borough, which took children away from their "
          "schools, and the Executive Member acknowledged that 58 households had been "
          "placed outside the borough, mainly in Stourside, because of a shortage of "
          "affordable supply. Councillor Hennessy queried the £2.3 million overspend on "
          "temporary accommodation and whether the Council's purchase of 40 homes would "
          "reduce it; Andrew Pike explained that the acquisition programme was expected "
          "to save around £640,000 a year once complete."),
    ("p", "Members welcomed the reduction in rough sleeping and the work of the outreach "
          "team. Councillor Delaney requested that future updates include data on the "
          "outcomes for people leaving prison or hospital with no fixed abode; the Head of "
          "Housing Options agreed to include this in the next annual report."),
    ("r", "RESOLVED –"),
    ("c", "(1)  That the annual update on the Homelessness and Rough Sleeping Strategy be "
          "noted."),
    ("c", "(2)  That the use of bed and breakfast accommodation for families be reported to "
          "the Panel quarterly."),
    ("h", "6.  HOME CARE RECOMMISSIONING"),
    ("p", "(Councillor Gill left the meeting during consideration of this item.)"),
    ("p", "The Strategic Commissioning Manager presented proposals to replace the current "
          "arrangement of 38 spot-purchased home care providers with a zonal model of six "
          "lead providers from October 2025, with an hourly rate of £24.10 and a contract "
          "term of five years with an option to extend for two."),
    ("p", "Councillor Eustace questioned whether reducing the number of providers would "
          "leave the Council dependent on a small number of private companies and exposed "
          "if one failed. The Strategic Commissioning Manager said that each zone would have "
          "a secondary provider and that the framework would reopen to new entrants every "
          "twelve months. Councillor Fairbrother asked whether the hourly rate would allow "
          "providers to pay care workers the real Living Wage, and it was confirmed that the "
          "rate had been built up from the real Living Wage plus mileage and travel time. "
          "Councillor Cho commented that unpaid carers were often the first to notice when a "
          "package was failing and should be consulted on the new model; the Executive "
          "Member agreed that the Carers' Centre would be part of the engagement. Members "
          "also asked whether existing clients would be forced to change carer, to which "
          "the officer responded that continuity of carer would be a contract requirement "
          "during transition wherever possible."),
    ("r", "RESOLVED –"),
    ("c", "(1)  That the proposed zonal model for home care be endorsed."),
    ("c", "(2)  That the Executive be recommended to ensure that the tender evaluation gives "
          "at least 30% weighting to quality and workforce."),
    ("h", "7.  ADULT SOCIAL CARE WORKFORCE"),
    ("p", "The Corporate Director of Adults, Health and Housing presented a report on "
          "recruitment and retention across the directorate. The vacancy rate in the "
          "independent care sector locally stood at 11.8 per cent and the Council had "
          "launched a social work academy for newly qualified staff."),
    ("p", "Councillor Delaney asked what proportion of social work posts were filled by "
          "agency staff and at what cost. The Corporate Director replied that 27 of 142 "
          "posts were held by agency workers, at an additional cost of around £1.4 million "
          "this year. Councillor Baird raised the issue of internationally recruited care "
          "workers whose sponsors had lost their licences, and asked what support was "
          "offered; it was explained that the Council had worked with the regional "
          "partnership to find alternative sponsorship for 46 workers. Councillor Hennessy "
          "asked whether exit interview data was analysed by team, and the Corporate "
          "Director undertook to provide a written response to all Members."),
    ("p", "The Panel noted the report on the adult social care workforce."),
    ("h", "8.  HOSPITAL DISCHARGE AND INTERMEDIATE CARE"),
    ("p", "Jo Featherstone gave a presentation on hospital discharge. On average 74 patients "
          "a day in Wexcombe General Hospital no longer met the criteria to reside, of whom "
          "around a third were awaiting a package of care or a placement."),
    ("p", "In response to a question from Councillor Gill about patients waiting in hospital "
          "for a care home placement, Jo Featherstone said that the average wait had fallen "
          "from 11 days to 7 since the discharge to assess beds opened at Ferncliffe House. "
          "Councillor Eustace asked whether the Better Care Fund would continue to pay for "
          "the Ferncliffe beds beyond March 2025; the Corporate Director said that this was "
          "dependent on the 2025/26 Better Care Fund plan, which was still being agreed with "
          "the Integrated Care Board. Concerns were expressed by several Members that "
          "patients were being discharged late in the evening without transport or "
          "medication. Jo Featherstone acknowledged the problem and said that a discharge "
          "lounge would open in January with a pharmacy on site."),
    ("r", "RESOLVED – That the presentation on hospital discharge and intermediate care be "
          "noted."),
    ("h", "9.  REVENUE BUDGET PROPOSALS 2025/26 – ADULTS, HEALTH AND HOUSING"),
    ("p", "Andrew Pike introduced the draft budget proposals for the directorate, which "
          "included savings of £4.9 million in 2025/26 against a net budget of £118.2 "
          "million."),
    ("p", "Councillor Okonjo asked how the £1.2 million saving from reviewing care packages "
          "would be achieved without reducing care below assessed need; Helen Marwick "
          "replied that all reviews would follow the Care Act eligibility criteria and that "
          "no package would be reduced without a reassessment. Councillor Fairbrother "
          "queried the proposal to increase charges for day services by 8 per cent, and "
          "was advised that the increase would apply only to those assessed as able to pay."),
    ("r", "RESOLVED – That the Executive be advised that the Panel:"),
    ("c", "(a)  supports the budget proposals for Adults, Health and Housing, subject to "
          "(b) below; and"),
    ("c", "(b)  asks that the £300,000 reduction in the carers' support grant be "
          "reconsidered."),
    ("h", "10.  WORK PROGRAMME"),
    ("r", "RESOLVED – That the work programme for 2024/25 be agreed."),
    ("p", "The meeting closed at 9.12 pm."),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Adults, Health and Housing Scrutiny Panel",
    "meeting_date": "2024-12-03",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Urgent Business"},
        {"number": "5", "title": "Homelessness and Rough Sleeping Strategy – Annual Update"},
        {"number": "6", "title": "Home Care Recommissioning"},
        {"number": "7", "title": "Adult Social Care Workforce"},
        {"number": "8", "title": "Hospital Discharge and Intermediate Care"},
        {"number": "9", "title": "Revenue Budget Proposals 2025/26 – Adults, Health and Housing"},
        {"number": "10", "title": "Work Programme"},
    ],
    "questions": [
        Q("5", "question", "how many of the households placed in bed and breakfast accommodation had children",
          "Councillor Baird", "31 households with children were currently in bed and breakfast",
          "The Head of Housing Options", ["housing", "children-and-families"]),
        Q("5", "concern", "placements outside the borough, which took children away from their schools",
          "Councillor Okonjo", "58 households had been placed outside the borough, mainly in Stourside",
          "the Executive Member", ["housing", "children-and-families"]),
        Q("5", "question", "the £2.3 million overspend on temporary accommodation",
          "Councillor Hennessy", "the acquisition programme was expected to save around £640,000 a year",
          "Andrew Pike", ["finance", "housing"]),
        Q("5", "request", "include data on the outcomes for people leaving prison or hospital",
          "Councillor Delaney", "agreed to include this in the next annual report",
          "the Head of Housing Options", ["housing"]),
        Q("6", "concern", "leave the Council dependent on a small number of private companies",
          "Councillor Eustace", "each zone would have a secondary provider",
          "The Strategic Commissioning Manager", ["subcontracting", "privatisation", "adult-social-care"]),
        Q("6", "question", "allow providers to pay care workers the real Living Wage",
          "Councillor Fairbrother", "built up from the real Living Wage plus mileage and travel time",
          None, ["workforce", "adult-social-care", "finance"]),
        Q("6", "comment", "unpaid carers were often the first to notice when a package was failing",
          "Councillor Cho", "the Carers' Centre would be part of the engagement",
          "the Executive Member", ["adult-social-care", "patient-and-public-input"]),
        Q("6", "question", "whether existing clients would be forced to change carer",
          None, "continuity of carer would be a contract requirement during transition",
          "the officer", ["adult-social-care", "subcontracting"]),
        Q("7", "question", "what proportion of social work posts were filled by agency staff",
          "Councillor Delaney", "27 of 142 posts were held by agency workers",
          "The Corporate Director", ["workforce", "finance"]),
        Q("7", "question", "internationally recruited care workers whose sponsors had lost their licences",
          "Councillor Baird", "worked with the regional partnership to find alternative sponsorship for 46 workers",
          None, ["workforce", "adult-social-care"]),
        Q("7", "question", "whether exit interview data was analysed by team",
          "Councillor Hennessy", "undertook to provide a written response to all Members",
          "the Corporate Director", ["workforce"]),
        Q("8", "question", "patients waiting in hospital for a care home placement",
          "Councillor Gill", "the average wait had fallen from 11 days to 7",
          "Jo Featherstone", ["adult-social-care", "integration"]),
        Q("8", "question", "whether the Better Care Fund would continue to pay for the Ferncliffe beds",
          "Councillor Eustace", "dependent on the 2025/26 Better Care Fund plan",
          "the Corporate Director", ["integration", "finance"]),
        Q("8", "concern", "patients were being discharged late in the evening without transport",
          None, "a discharge lounge would open in January with a pharmacy on site",
          "Jo Featherstone", ["adult-social-care"]),
        Q("9", "question", "saving from reviewing care packages would be achieved without reducing care",
          "Councillor Okonjo", "no package would be reduced without a reassessment",
          "Helen Marwick", ["finance", "adult-social-care"]),
        Q("9", "question", "the proposal to increase charges for day services",
          "Councillor Fairbrother", "the increase would apply only to those assessed as able to pay",
          None, ["finance", "adult-social-care"]),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 1 October 2024 be approved", "agreed", []),
        R("5", "the use of bed and breakfast accommodation for families be reported",
          "agreed", ["housing", "children-and-families"]),
        R("6", "the Executive be recommended to ensure that the tender evaluation gives",
          "recommended", ["subcontracting", "workforce", "adult-social-care"]),
        R("7", "The Panel noted the report on the adult social care workforce",
          "noted", ["workforce", "adult-social-care"]),
        R("8", "the presentation on hospital discharge and intermediate care be noted",
          "noted", ["adult-social-care"]),
        R("9", "reduction in the carers' support grant be reconsidered",
          "recommended", ["finance", "adult-social-care"]),
        R("10", "the work programme for 2024/25 be agreed", "agreed", []),
    ],
    "attendees": [
        A("Councillor R Abara", "Chair", "present"),
        A("Councillor M Baird", None, "present"),
        A("Councillor L Cho", None, "present"),
        A("Councillor S Delaney", "Vice-Chair", "present"),
        A("Councillor P Eustace", None, "present"),
        A("Councillor W Fairbrother", None, "present"),
        A("Councillor A Gill", None, "present"),
        A("Councillor T Hennessy", None, "present"),
        A("Councillor J Okonjo", "Substitute for Councillor F Varga", "present"),
        A("Councillor F Varga", None, "apologies"),
        A("Councillor N Stride", "Executive Member for Health, Care and Housing", "in_attendance"),
        A("Helen Marwick", "Corporate Director of Adults, Health and Housing", "in_attendance"),
        A("Daniel Eze", "Head of Housing Options and Homelessness Prevention", "in_attendance"),
        A("Rosa Lindqvist", "Strategic Commissioning Manager, Ageing Well and Independent Living", "in_attendance"),
        A("Andrew Pike", "Finance Business Partner, People Directorate", "in_attendance"),
        A("Sophie Tanner", "Democratic Services Officer", "in_attendance"),
        A("Jo Featherstone", "Director of Integrated Discharge, Wexcombe and Stourside Hospitals NHS Foundation Trust", "in_attendance"),
    ],
}

# layout constants (mm)
PG_W, PG_H = 210, 297
NUM_X = 14          # right edge of line numbers
TXT_L = 24          # text left edge
TXT_R = 186         # text right edge
TOP = 28
BOTTOM = 270
LH = 5.6            # line height
FS = 10.5


def _font_key(bold):
    return ("DejaVuSerif", "B" if bold else "")


def _hyphen_splits(word):
    """Candidate split points (index k -> word[:k]+'-' / word[k:]), longest first.

    A crude imitation of word-processor hyphenation: before common suffixes, after
    common prefixes, or between two consonants (VC-CV).  Lower-case words only."""
    if not re.fullmatch(r"[a-z]+", word) or len(word) < 7:
        return []
    vowels = set("aeiouy")
    digraphs = {"ch", "sh", "th", "ph", "wh", "ck", "gh", "qu"}
    onsets = {"bl", "cl", "fl", "gl", "pl", "sl", "br", "cr", "dr", "fr", "gr", "pr", "tr"}
    cands = set()
    for suf in ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "able", "ible",
                "ship", "ative", "ised", "ising", "ation"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            cands.add(len(word) - len(suf))
    if word.endswith("ing") and len(word) >= 8:
        cands.add(len(word) - 3)
    for pre in ("re", "con", "com", "pro", "inter", "dis", "over", "under", "trans"):
        if word.startswith(pre) and len(word) - len(pre) >= 4 and len(pre) >= 3:
            cands.add(len(pre))
    for k in range(3, len(word) - 3):
        a, b = word[k - 1], word[k]
        vccv = (a not in vowels and b not in vowels and word[k - 2] in vowels
                and word[k + 1] in vowels and (a + b) not in digraphs
                and (a + b) not in onsets)
        double = a == b and a not in vowels
        if vccv or double:
            cands.add(k)
    ok = [k for k in cands if k >= 3 and len(word) - k >= 3
          and word[k:] not in ("red", "ded", "ted", "sed", "ned", "ies")]
    return sorted(ok, reverse=True)


class LinePDF:
    """Own line-breaking, justification, hyphenation and margin line numbers."""

    def __init__(self, header_text, footer_left):
        from fpdf import FPDF
        pdf = FPDF(format="A4", unit="mm")
        pdf.set_auto_page_break(False)
        for style, fn in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                          ("I", "DejaVuSerif-Italic.ttf")):
            pdf.add_font("DejaVuSerif", style, os.path.join(FONTDIR, fn))
        pdf.add_font("DejaVuSans", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        pdf.set_creation_date(FIXED)
        pdf.set_title("Minutes - Adults, Health and Housing Scrutiny Panel - 3 December 2024")
        pdf.set_author("Democratic Services, Wexcombe Borough Council")
        pdf.set_creator("Microsoft Word")
        self.pdf = pdf
        self.header_text = header_text
        self.footer_left = footer_left
        self.pages = 0
        self.y = None
        self.lineno = 0

    def new_page(self):
        pdf = self.pdf
        pdf.add_page()
        self.pages += 1
        pdf.set_font("DejaVuSans", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(TXT_L, 12)
        pdf.cell(TXT_R - TXT_L, 4, self.header_text, align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(TXT_L, 17, TXT_R, 17)
        pdf.line(TXT_L, 278, TXT_R, 278)
        pdf.set_xy(TXT_L, 280)
        pdf.cell(80, 4, self.footer_left)
        pdf.set_xy(TXT_R - 60, 280)
        pdf.cell(60, 4, "Chair's initials ..........", align="R")
        pdf.set_xy(TXT_L, 285)
        pdf.cell(TXT_R - TXT_L, 4, f"Page {self.pages}", align="C")
        # vertical margin rule, as on numbered legal paper
        pdf.set_draw_color(200, 200, 200)
        pdf.line(TXT_L - 4, 20, TXT_L - 4, 274)
        pdf.set_text_color(0, 0, 0)
        self.y = TOP
        self.lineno = 0

    def _need(self):
        if self.y is None or self.y + LH > BOTTOM:
            self.new_page()

    def _number(self):
        pdf = self.pdf
        self.lineno += 1
        pdf.set_font("DejaVuSans", "", 6.5)
        pdf.set_text_color(140, 140, 140)
        s = str(self.lineno)
        w = pdf.get_string_width(s)
        pdf.text(NUM_X - w, self.y + 2.6, s)
        pdf.set_text_color(0, 0, 0)

    def width(self, word, bold):
        self.pdf.set_font(*_font_key(bold), FS)
        return self.pdf.get_string_width(word)

    def break_lines(self, tokens, avail):
        """tokens: list of (word, bold). Returns list of lines (lists of tokens)."""
        lines, cur, curw = [], [], 0.0
        space = self.width(" ", False)
        toks = list(tokens)
        i = 0
        while i < len(toks):
            word, bold = toks[i]
            w = self.width(word, bold)
            need = w if not cur else curw + space + w
            if need <= avail:
                cur.append((word, bold))
                curw = need
                i += 1
                continue
            # try hyphenation of this word
            m = re.match(r"^(\W*)([A-Za-z]+)(\W*)$", word)
            done = False
            if m and cur and not bold and (avail - curw) > avail * 0.08:
                lead, core, trail = m.groups()
                for k in _hyphen_splits(core):
                    head = lead + core[:k] + "-"
                    if curw + space + self.width(head, bold) <= avail:
                        cur.append((head, bold))
                        lines.append(cur)
                        cur, curw = [], 0.0
                        toks[i] = (core[k:] + trail, bold)
                        done = True
                        break
            if done:
                continue
            if not cur:  # over-long word; place anyway
                cur.append((word, bold))
                i += 1
            lines.append(cur)
            cur, curw = [], 0.0
        if cur:
            lines.append(cur)
        return lines

    def emit(self, line, x0, avail, justify):
        pdf = self.pdf
        self._need()
        self._number()
        widths = [self.width(w, b) for w, b in line]
        gaps = len(line) - 1
        space = self.width(" ", False)
        if justify and gaps > 0:
            gap = (avail - sum(widths)) / gaps
        else:
            gap = space
        x = x0
        for (word, bold), w in zip(line, widths):
            pdf.set_font(*_font_key(bold), FS)
            pdf.text(x, self.y + 3.9, word)
            x += w + gap
        self.y += LH

    def para(self, tokens, indent=0.0, justify=True, hanging=0.0):
        avail = TXT_R - TXT_L - indent
        lines = self.break_lines(tokens, avail)
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            self.emit(line, TXT_L + indent, avail, justify and not last)
        self.y += LH * 0.45

    def centred(self, text, bold=True):
        pdf = self.pdf
        self._need()
        self._number()
        pdf.set_font(*_font_key(bold), FS + 1)
        w = pdf.get_string_width(text)
        pdf.text((TXT_L + TXT_R) / 2 - w / 2, self.y + 3.9, text)
        self.y += LH

    def space(self, f=0.6):
        if self.y is not None:
            self.y += LH * f


def toks(text, bold=False):
    return [(w, bold) for w in text.split()]


def build_pdf():
    lp = LinePDF("Wexcombe Borough Council  |  Adults, Health and Housing Scrutiny Panel  |  "
                 "3 December 2024", "DRAFT – subject to confirmation at the next meeting")
    for blk in PDF_BLOCKS:
        kind = blk[0]
        if kind == "title":
            lp.centred(blk[1])
        elif kind == "h":
            # keep heading with at least two following lines
            if lp.y is not None and lp.y + LH * 4 > BOTTOM:
                lp.new_page()
            lp.space(0.5)
            lp.para(toks(blk[1], True), justify=False)
        elif kind == "p":
            lp.para(toks(blk[1]))
        elif kind == "lp":
            lp.para(toks(blk[1], True) + toks(blk[2]))
        elif kind == "r":
            t = blk[1]
            if t.startswith("RESOLVED –"):
                lp.para(toks("RESOLVED –", True) + toks(t[len("RESOLVED –"):]))
            else:
                lp.para(toks(t))
        elif kind == "c":
            lp.para(toks(blk[1]), indent=8)
    lp.pdf.output(os.path.join(DOCS, PDF_NAME))


# =====================================================================================
# 3. Word minutes with Heading 2 questions inside Heading 1 items
# =====================================================================================
DOCX_NAME = "ab-calderbrook-health-wellbeing-scrutiny-minutes-2025-01-23.docx"

# ("t", text) title; ("p", text); ("b", label, text) bold label + text; ("h1", text);
# ("h2", text); ("ans", text) "Answer:" paragraph; ("cl", text) numbered clause (indented)
DOCX_BLOCKS = [
    ("t", "CALDERBROOK CITY COUNCIL"),
    ("t", "HEALTH AND WELLBEING SCRUTINY COMMITTEE"),
    ("p", "MINUTES of the meeting held on Thursday 23 January 2025 at 2.00 pm in "
          "Committee Room 3, Calderbrook Town Hall"),
    ("b", "Present:", ""),
    ("p", "Councillor Ruth Pennington (Chair)"),
    ("p", "Councillor Graham Ellery (Deputy Chair)"),
    ("p", "Councillors Olu Adeyemi, Victor Hales, Imran Khan, Bethany Marsh, Tomasz Nowak "
          "and Siobhan Reilly (substituting for Councillor Paul Dunmore)"),
    ("b", "Co-opted member:", "Ms Deborah Ashworth (Healthwatch Calderbrook, non-voting)"),
    ("b", "Apologies:", "Councillor Paul Dunmore and Councillor Lorraine Bayliss"),
    ("b", "In attendance:", ""),
    ("p", "Councillor Martin Greaves – Executive Member for Health and Social Care"),
    ("p", "Dr Kavita Raman – Director of Public Health"),
    ("p", "Simon Holroyd – Director of Adult Social Care and Strategic Commissioning"),
    ("p", "Angela Birtwistle – Managing Director (Calderbrook Place), West Pennine "
          "Integrated Care Board"),
    ("p", "Dr Owen Fairclough – Medical Director, Calder Valley Partnership NHS Foundation "
          "Trust"),
    ("p", "Lucy Tranter – Head of Children's Mental Health Commissioning"),
    ("p", "Jamie Calloway – Scrutiny Support Officer"),
    ("h1", "1. Apologies for Absence and Substitutions"),
    ("p", "Apologies were received from Councillor Dunmore, for whom Councillor Reilly "
          "substituted, and from Councillor Bayliss."),
    ("h1", "2. Declarations of Interest"),
    ("p", "Councillor Adeyemi declared an interest in Item 6 as an employee of Calder Valley "
          "Partnership NHS Foundation Trust and took no part in the discussion of that item. "
          "Councillor Marsh declared that her daughter receives support from the Child and "
          "Adolescent Mental Health Service; this was not considered to be a prejudicial "
          "interest."),
    ("h1", "3. Minutes of the Previous Meeting"),
    ("p", "RESOLVED: That the minutes of the meeting held on 21 November 2024 be approved "
          "as a correct record."),
    ("h1", "4. Public Questions"),
    ("p", "The Chair reported that two questions had been received from members of the "
          "public in accordance with Council Procedure Rule 11."),
    ("h2", "Question 1 – Mr K Brannigan"),
    ("p", "Mr Brannigan asked: “Following the closure of the Hollins Lane walk-in centre, "
          "what assessment has been made of the impact on A&E attendances at Calderbrook "
          "Royal, and were patients consulted before the decision was taken?”"),
    ("ans", "Angela Birtwistle, West Pennine ICB, replied that attendances at Calderbrook "
            "Royal's emergency department had risen by 4 per cent since the closure, broadly "
            "in line with the regional trend, and that a six-week public engagement exercise "
            "had been held in spring 2024 which received 1,214 responses."),
    ("h2", "Question 2 – Ms F Siddiqui"),
    ("p", "Ms Siddiqui asked whether the Council would publish the names of the companies "
          "that currently hold contracts for supported living services for adults with "
          "learning disabilities, and how much was paid to each in 2023/24."),
    ("ans", "Councillor Greaves, Executive Member for Health and Social Care, said that the "
            "list of providers on the supported living framework was already published on "
            "the Council's website and that spend by supplier over £500 was published "
            "monthly under the Local Government Transparency Code."),
    ("h1", "5. Chair's Announcements"),
    ("p", "The Chair reminded Members that the Joint Health Scrutiny Committee with "
          "Ribbleside Council would next meet on 6 March 2025."),
    ("h1", "6. Mental Health Crisis Care"),
    ("p", "(Councillor Adeyemi left the room for this item.)"),
    ("p", "Dr Fairclough presented an update on crisis care for adults. The 24/7 crisis "
          "line had taken 9,840 calls since April, the crisis café at Dean Street had "
          "supported 611 people, and the number of people placed in beds out of area had "
          "reduced. Two questions had been submitted in advance on this item."),
    ("h2", "Question 1 – Mrs A Byrne"),
    ("p", "Mrs Byrne, whose son had used the crisis service, asked why people in crisis "
          "were still being sent to hospitals as far away as Norfolk when there were no "
          "local beds, and what was being done to bring them home."),
    ("ans", "Dr Fairclough said that out of area placements had fallen from 41 in April to "
            "23 at the end of December, that the Trust was opening a 16-bed unit at Moorside "
            "in autumn 2025, and that every person placed out of area had a named care "
            "coordinator who visited fortnightly."),
    ("h2", "Question 2 – Councillor Khan"),
    ("p", "Councillor Khan asked how many of the calls to the 24/7 crisis line went "
          "unanswered or were abandoned, and whether the line was staffed by qualified "
          "clinicians or by a commissioned voluntary sector partner."),
    ("ans", "The Medical Director said that the abandonment rate in December was 14 per "
            "cent, that calls were triaged by a mix of mental health nurses and trained call "
            "handlers from Calderbrook Mind under a sub-contract with the Trust, and that "
            "the Trust aimed to reduce abandoned calls to below 5 per cent by June."),
    ("p", "In the discussion that followed, Councillor Hales asked about the effect of the "
          "police withdrawing from most mental health calls under Right Care Right Person. "
          "Dr Fairclough advised that the Trust had seen an extra 90 calls a month "
          "transferred from the police without additional funding, which had been raised "
          "with the ICB. Councillor Reilly expressed concern that the crisis café was open "
          "only three evenings a week and was not accessible to people in the outer "
          "townships. The Director of Public Health noted that the suicide prevention "
          "action plan would be refreshed in the spring and invited Members to a workshop; "
          "Councillor Nowak requested that the refreshed plan come to the Committee before "
          "it was finalised, and Dr Raman agreed to bring the draft to the March meeting."),
    ("p", "RESOLVED:"),
    ("cl", "(1)\tThat the update on mental health crisis care be noted."),
    ("cl", "(2)\tThat the Committee recommends to West Pennine ICB that funding for the "
           "crisis café be extended to seven evenings a week from 2025/26."),
    ("cl", "(3)\tThat the Medical Director provide quarterly data on out of area placements "
           "and crisis line abandonment rates."),
    ("h1", "7. Children and Young People's Emotional Wellbeing – CAMHS Waiting Times"),
    ("p", "Lucy Tranter introduced the report. The median wait for a first CAMHS "
          "appointment was 19 weeks, 1,120 children and young people were on the waiting "
          "list, and Mental Health Support Teams now covered 42 schools."),
    ("p", "Members raised a number of points. Councillor Marsh asked what support was "
          "available to children while they waited, and was told that all children on the "
          "waiting list were offered access to the Kooth online service and a single point "
          "of contact. Councillor Ellery questioned why the neurodevelopmental pathway had "
          "been separated from CAMHS and whether this had simply moved the waiting list "
          "elsewhere; the Head of Children's Mental Health Commissioning accepted that waits "
          "for autism assessment remained unacceptably long, at up to 104 weeks, and said "
          "that an additional £750,000 had been secured from the ICB to commission a second "
          "independent provider. Ms Ashworth reported that Healthwatch had heard from "
          "parents that they were not told where their child was on the list and requested "
          "regular updates; officers agreed to introduce a monthly text update from April."),
    ("p", "RESOLVED: That the report on CAMHS waiting times and the neurodevelopmental "
          "pathway be noted."),
    ("h1", "8. West Pennine ICB Financial Recovery Plan"),
    ("p", "Angela Birtwistle presented the ICB's financial recovery plan. The system was "
          "forecasting a deficit of £96 million for 2024/25 and the plan included a 5 per "
          "cent reduction in corporate running costs, vacancy controls and a review of all "
          "locally commissioned services."),
    ("p", "Councillor Adeyemi asked whether the recovery plan would lead to cuts in "
          "frontline clinical posts. Ms Birtwistle said that the workforce reductions were "
          "focused on corporate and administrative roles, with 212 posts to be removed "
          "across the ICB and providers, and that no reduction in registered nursing "
          "establishments was planned. Councillor Hales raised concerns about the proposed "
          "review of grants to voluntary and community sector organisations, many of which "
          "delivered commissioned services on short-term contracts. In reply, it was stated "
          "that no decisions had yet been made and that an equality impact assessment "
          "would be completed for each proposal. Councillor Khan asked whether the ICB "
          "intended to use private providers to reduce elective waiting lists; Ms "
          "Birtwistle confirmed that independent sector capacity was already used for "
          "orthopaedics and ophthalmology and that this would continue where it offered "
          "value for money."),
    ("p", "RESOLVED:"),
    ("cl", "(1)\tThat the financial recovery plan be noted."),
    ("cl", "(2)\tThat the Committee's concerns regarding the impact on voluntary sector "
           "grants be conveyed to the ICB Board."),
    ("cl", "(3)\tThat the ICB be asked to share equality impact assessments with the "
           "Committee as they are completed."),
    ("h1", "9. Work Programme"),
    ("p", "The work programme for the remainder of 2024/25 was noted."),
    ("p", "The meeting ended at 4.38 pm."),
    ("p", "Chair"),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "1", "title": "Apologies for Absence and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Chair's Announcements"},
        {"number": "6", "title": "Mental Health Crisis Care"},
        {"number": "7", "title": "Children and Young People's Emotional Wellbeing – CAMHS Waiting Times"},
        {"number": "8", "title": "West Pennine ICB Financial Recovery Plan"},
        {"number": "9", "title": "Work Programme"},
    ],
    "questions": [
        Q("4", "question", "what assessment has been made of the impact on A&E attendances",
          "Mr K Brannigan", "attendances at Calderbrook Royal's emergency department had risen by 4 per cent",
          "Angela Birtwistle", ["primary-care", "patient-and-public-input"]),
        Q("4", "question", "publish the names of the companies that currently hold contracts for supported living",
          "Ms F Siddiqui", "spend by supplier over £500 was published monthly",
          "Councillor Greaves", ["subcontracting", "finance", "adult-social-care"]),
        Q("6", "question", "why people in crisis were still being sent to hospitals as far away as Norfolk",
          "Mrs A Byrne", "out of area placements had fallen from 41 in April to 23",
          "Dr Fairclough", ["mental-health"]),
        Q("6", "question", "how many of the calls to the 24/7 crisis line went unanswered",
          "Councillor Khan", "the abandonment rate in December was 14 per cent",
          "The Medical Director", ["mental-health", "subcontracting", "workforce"]),
        Q("6", "question", "the effect of the police withdrawing from most mental health calls",
          "Councillor Hales", "an extra 90 calls a month transferred from the police without additional funding",
          "Dr Fairclough", ["mental-health", "finance"]),
        Q("6", "concern", "was open only three evenings a week and was not accessible",
          "Councillor Reilly", None, None, ["mental-health"]),
        Q("6", "request", "requested that the refreshed plan come to the Committee before it was finalised",
          "Councillor Nowak", "agreed to bring the draft to the March meeting",
          "Dr Raman", ["mental-health"]),
        Q("7", "question", "what support was available to children while they waited",
          "Councillor Marsh", "offered access to the Kooth online service and a single point of contact",
          None, ["mental-health", "children-and-families"]),
        Q("7", "question", "why the neurodevelopmental pathway had been separated from CAMHS",
          "Councillor Ellery", "waits for autism assessment remained unacceptably long, at up to 104 weeks",
          "the Head of Children's Mental Health Commissioning", ["mental-health", "children-and-families"]),
        Q("7", "request", "not told where their child was on the list and requested regular updates",
          "Ms Ashworth", "officers agreed to introduce a monthly text update from April",
          None, ["patient-and-public-input", "children-and-families", "mental-health"]),
        Q("8", "question", "whether the recovery plan would lead to cuts in frontline clinical posts",
          "Councillor Adeyemi", "the workforce reductions were focused on corporate and administrative roles",
          "Ms Birtwistle", ["workforce", "finance"]),
        Q("8", "concern", "review of grants to voluntary and community sector organisations",
          "Councillor Hales", "no decisions had yet been made and that an equality impact assessment",
          None, ["finance", "subcontracting"]),
        Q("8", "question", "whether the ICB intended to use private providers to reduce elective waiting lists",
          "Councillor Khan", "independent sector capacity was already used for orthopaedics and ophthalmology",
          "Ms Birtwistle", ["privatisation", "subcontracting"]),
    ],
    "resolutions": [
        R("3", "minutes of the meeting held on 21 November 2024 be approved", "agreed", []),
        R("6", "That the Committee recommends to West Pennine ICB that funding",
          "recommended", ["mental-health", "finance"]),
        R("7", "the report on CAMHS waiting times and the neurodevelopmental pathway be noted",
          "noted", ["mental-health", "children-and-families"]),
        R("8", "concerns regarding the impact on voluntary sector grants be conveyed",
          "agreed", ["finance", "subcontracting"]),
        R("9", "The work programme for the remainder of 2024/25 was noted", "noted", []),
    ],
    "attendees": [
        A("Councillor Ruth Pennington", "Chair", "present"),
        A("Councillor Graham Ellery", "Deputy Chair", "present"),
        A("Councillor Olu Adeyemi", None, "present"),
        A("Councillor Victor Hales", None, "present"),
        A("Councillor Imran Khan", None, "present"),
        A("Councillor Bethany Marsh", None, "present"),
        A("Councillor Tomasz Nowak", None, "present"),
        A("Councillor Siobhan Reilly", "substituting for Councillor Paul Dunmore", "present"),
        A("Ms Deborah Ashworth", "Healthwatch Calderbrook, non-voting", "present"),
        A("Councillor Paul Dunmore", None, "apologies"),
        A("Councillor Lorraine Bayliss", None, "apologies"),
        A("Councillor Martin Greaves", "Executive Member for Health and Social Care", "in_attendance"),
        A("Dr Kavita Raman", "Director of Public Health", "in_attendance"),
        A("Simon Holroyd", "Director of Adult Social Care and Strategic Commissioning", "in_attendance"),
        A("Angela Birtwistle", "Managing Director (Calderbrook Place), West Pennine Integrated Care Board", "in_attendance"),
        A("Dr Owen Fairclough", "Medical Director, Calder Valley Partnership NHS Foundation Trust", "in_attendance"),
        A("Lucy Tranter", "Head of Children's Mental Health Commissioning", "in_attendance"),
        A("Jamie Calloway", "Scrutiny Support Officer", "in_attendance"),
    ],
}


def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._r.append(el)


def _fix_zip(path):
    """Rewrite a zip with fixed timestamps so the build is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        entries = [(n, z.read(n)) for n in z.namelist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in entries:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 27, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = "Jamie Calloway"
    cp.last_modified_by = "Jamie Calloway"
    cp.title = "Minutes - Health and Wellbeing Scrutiny Committee - 23 January 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        s = doc.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0, 0, 0)
        s.font.bold = True
    doc.styles["Heading 2"].font.italic = True
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Calderbrook City Council – Health and Wellbeing Scrutiny Committee – 23 January 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, "PAGE")
    r = fp.add_run(" of "); r.font.size = Pt(8)
    r = fp.add_run(); r.font.size = Pt(8); _add_field(r, "NUMPAGES")
    fp2 = sec.footer.add_paragraph("Chair's initials ________          "
                                   "OFFICIAL – draft minutes, subject to approval")
    for r in fp2.runs:
        r.font.size = Pt(7)

    for blk in DOCX_BLOCKS:
        kind = blk[0]
        if kind == "t":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(blk[1]); run.bold = True; run.font.size = Pt(13)
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "b":
            p = doc.add_paragraph()
            run = p.add_run(blk[1]); run.bold = True
            if blk[2]:
                p.add_run(" " + blk[2])
        elif kind == "ans":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run("Answer:"); run.bold = True
            p.add_run(" " + blk[1])
        elif kind == "cl":
            p = doc.add_paragraph(blk[1])
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            text = blk[1]
            p = doc.add_paragraph()
            if text.startswith("RESOLVED:"):
                run = p.add_run("RESOLVED:"); run.bold = True
                rest = text[len("RESOLVED:"):]
                if rest:
                    p.add_run(rest)
            else:
                p.add_run(text)
            if len(text) > 90:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    path = os.path.join(DOCS, DOCX_NAME)
    doc.save(path)
    _fix_zip(path)


# =====================================================================================
# 4. Casework / enquiry tracker exported to PDF (not minutes)
# =====================================================================================
TRACK_NAME = "ab-ashcombe-ward-casework-tracker-2024-q3.pdf"

TRACK_ROWS = [
    ("AW-24-0311", "Resident, Fernleigh Road",
     "Why has the Fernleigh Road surgery stopped taking new patients and where should "
     "new residents on the Millbrook estate register?",
     "Practice list closed temporarily by ICB agreement (list size 14,200). Cllr Dawes "
     "asked ICB primary care team for timetable; Coldwater Medical Centre is accepting "
     "registrations.", "Closed"),
    ("AW-24-0314", "Tenant, Orchard Court (via Cllr Mistry)",
     "Damp and mould in bedroom reported three times to housing association since June "
     "– no inspection yet. Child has asthma.",
     "Escalated to Head of Private Sector and Social Housing Standards. Inspection booked "
     "02/10; Awaab's Law timescales flagged to landlord.", "Open – awaiting inspection"),
    ("AW-24-0317", "Carer, Linden Way",
     "Mother's home care visits cut from 4 to 3 a day after new provider took over. Was "
     "she reassessed? Who decided?",
     "Adult Social Care confirmed no reassessment took place; package reinstated to 4 "
     "calls from 07/10 pending review. Provider reminded of contract terms.",
     "Closed"),
    ("AW-24-0320", "Ashcombe Tenants' and Residents' Association",
     "Can councillors find out whether the Ashcombe Library health kiosk will close when "
     "the public health contract ends in March?",
     "Public Health: kiosk funded to 31/03/25; decision due at Cabinet in January. TRA "
     "to be told outcome.", "Open – awaiting decision"),
    ("AW-24-0322", "Resident, Kingsmead Close",
     "Son (16) on CAMHS waiting list 9 months – is there anything the councillors can do?",
     "Consent obtained. Cllr Dawes wrote to Calder Valley Partnership Trust PALS. Reply "
     "received 30/10: appointment offered 18/11.", "Closed"),
    ("AW-24-0325", "Resident, Millbrook Rise",
     "Why are the Council's bin collections being contracted out to a private company "
     "next year?",
     "Referred to Environment Portfolio Holder. Standard response re. waste contract "
     "procurement sent 14/10; no decision yet taken on delivery model.", "Closed"),
    ("AW-24-0328", "Family in temporary accommodation (anonymised)",
     "Placed in B&B in Stourside for 7 weeks; children travelling 2 hours a day to "
     "school. When will they be moved back?",
     "Housing Options aware; family moved to self-contained TA in borough 22/10. School "
     "transport costs refunded.", "Closed"),
    ("AW-24-0331", "Resident, Station Parade",
     "Pharmacy on Station Parade closing early most Saturdays – is the ICB aware?",
     "ICB pharmacy contracts team confirmed two unplanned closures reported; they will "
     "monitor. Resident updated.", "Open – monitoring"),
    ("AW-24-0333", "Resident, Fernleigh Road",
     "Request for dropped kerb outside no. 41 for mobility scooter.",
     "Highways: added to 2025/26 programme, priority B.", "Open – programme"),
    ("AW-24-0336", "Ashcombe Community Café volunteers",
     "Can the ward budget contribute to a warm space this winter?",
     "£750 awarded from Ashcombe Ward Members' Fund (Cllrs Dawes and Mistry). Monitoring "
     "form sent.", "Closed"),
]


def build_tracker():
    from fpdf import FPDF
    pdf = FPDF(orientation="L", format="A4", unit="mm")
    pdf.add_font("DejaVuSans", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVuSans", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Ashcombe Ward casework tracker Q3 2024/25")
    pdf.set_creator("CaseTrack 3.2 export")
    pdf.set_auto_page_break(True, 15)

    class _P(FPDF):
        pass

    def footer():
        pdf.set_y(-11)
        pdf.set_font("DejaVuSans", "", 7)
        pdf.cell(0, 5, f"CaseTrack export – OFFICIAL SENSITIVE – do not forward – page "
                       f"{pdf.page_no()}", align="C")
    pdf.footer = footer
    pdf.add_page()
    pdf.set_font("DejaVuSans", "B", 13)
    pdf.cell(0, 8, "Ashcombe Ward Councillors – Casework and Enquiry Tracker",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSans", "", 8.5)
    pdf.cell(0, 5, "Councillors: Cllr Helen Dawes, Cllr Ravi Mistry   |   Period: 01/10/2024 – "
                   "31/12/2024   |   Exported 14/01/2025 09:31 by member.support",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Filter: Ward = Ashcombe; Status = All; Sort = Ref ascending",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVuSans", "", 8)
    with pdf.table(col_widths=(22, 42, 88, 92, 33), line_height=4.4,
                   text_align="LEFT", first_row_as_headings=True) as table:
        row = table.row()
        for h in ("Ref", "Enquiry from", "Question", "Response", "Status"):
            row.cell(h)
        for rec in TRACK_ROWS:
            row = table.row()
            for c in rec:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("DejaVuSans", "", 7.5)
    pdf.multi_cell(0, 4, "10 records. Personal data in this export is held for casework "
                         "purposes only under the Members' privacy notice. Records closed "
                         "more than 12 months are purged automatically.")
    pdf.output(os.path.join(DOCS, TRACK_NAME))


TRACK_GOLD = {"document": TRACK_NAME, "doc_type": "other"}

# =====================================================================================
# check
# =====================================================================================
ALL_GOLD = [TXT_GOLD, PDF_GOLD, DOCX_GOLD, TRACK_GOLD]


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else "" for ch in s)
    return re.sub(r"\s+", " ", s).strip()


def source_text(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    if name.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if name.endswith(".pdf"):
        import pdfplumber
        out = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                if name == PDF_NAME:
                    # text column only: drop margin line numbers, header and footer
                    mm = 72 / 25.4
                    page = page.crop(((TXT_L - 2) * mm, 19 * mm, page.width, 276 * mm))
                out.append(page.extract_text() or "")
        text = "\n".join(out)
        # undo the build's own hyphenation (never applied to words already hyphenated)
        return re.sub(r"([A-Za-z])-\n([a-z])", r"\1\2", text)
    raise ValueError(name)


def check():
    ok = True
    for g in ALL_GOLD:
        name = g["document"]
        src = norm(source_text(name))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = src.count(norm(ph))
            if c != 1:
                ok = False
                print(f"FAIL {name}: {kind} phrase found {c} times: {ph!r}")
            if not 6 <= n <= 15:
                ok = False
                print(f"FAIL {name}: {kind} phrase has {n} words: {ph!r}")
        print(f"{name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} "
              f"questions, {len(g.get('resolutions', []))} resolutions, "
              f"{len(g.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_txt()
    build_pdf()
    build_docx()
    build_tracker()
    for g in ALL_GOLD:
        with open(os.path.join(GOLD, g["document"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", len(ALL_GOLD), "documents")


if __name__ == "__main__":
    main()
