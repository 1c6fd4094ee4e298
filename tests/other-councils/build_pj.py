#!/usr/bin/env python3
"""Build the "pj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_pj.py           build documents/pj-* and gold/pj-*.json
        build_pj.py --check   verify every gold phrase occurs once in its document

pj-wolderton-communities-scrutiny-group-2025-01-23.txt
    A shire district's scrutiny group minutes as published on the council's own web page
    and copied from the browser as text: cookie banner, menus and breadcrumb first, the
    printed layout of the minutes (capital title block, "PRESENT:" with the Chair and
    Vice-Chair in brackets, "ALSO IN ATTENDANCE:" and "OFFICERS IN ATTENDANCE:" as tabbed
    name / post rows, "APOLOGIES:"), minute numbers running on through the municipal year
    with a tab before the title, list bullets lost in the copy, "It was RESOLVED that the
    Communities Scrutiny Group:" over typed "a)" clauses in the past tense, "CHAIR", an
    "Action Sheet" table after the minutes, then the page footer.
pj-wolderton-disabled-facilities-grants-faq.html
    Not minutes: the council's frequently asked questions page on Disabled Facilities
    Grants, with "You asked / We said" and questions to ask a contractor.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pj-wolderton-communities-scrutiny-group-2025-01-23.txt"
FAQ_NAME = "pj-wolderton-disabled-facilities-grants-faq.html"

# ---------------------------------------------------------------------------
# The minutes, as a browser copies the page: <p> blocks are parted by a blank line,
# headings, list items and table rows by a single line break, table cells by a tab.
# ---------------------------------------------------------------------------
# A block is ("p", text), ("lines", [lines]) kept with single breaks, or ("h", text).

TOP = [
    ("lines", ["Skip to main content"]),
    ("p", "We use cookies on this website. Some are essential to make the site work; "
          "others help us understand how you use it so we can improve it. You can choose "
          "to accept or reject the cookies that are not essential."),
    ("lines", ["Accept all cookies\tReject non-essential cookies\tCookie settings"]),
    ("lines", [
        "Wolderton Borough Council",
        "Search this site",
        "Search",
        "Menu",
        "Bins and recycling",
        "Council tax",
        "Housing",
        "Planning and building control",
        "Leisure and culture",
        "Council and democracy",
        "Contact us",
    ]),
    ("lines", [
        "Home",
        "Council and democracy",
        "Committees and meetings",
        "Communities Scrutiny Group",
    ]),
    ("h", "Communities Scrutiny Group minutes: 23 January 2025"),
    ("lines", ["Published: 5 February 2025"]),
    ("lines", [
        "Download the signed minutes (PDF, 296 KB)",
        "Download the action sheet (PDF, 41 KB)",
        "Watch the meeting on the Council's YouTube channel",
    ]),
]

HEAD = [
    ("lines", [
        "MINUTES",
        "OF THE MEETING OF THE",
        "COMMUNITIES SCRUTINY GROUP",
        "THURSDAY, 23 JANUARY 2025",
        "Held at 7.00 pm in the Council Chamber, Wolderton Civic Centre, Abbey Mead Road, "
        "West Wolderton",
        "and live streamed on the Council's YouTube channel",
    ]),
    ("lines", [
        "PRESENT:",
        "Councillors M Gadsby (Chair), H Oyelaran (Vice-Chair), T Barraclough, S Dunmore, "
        "P Ellwood, R Inchley, J Kettleborough, A Mistry, C Pargeter and L Thirlwell",
    ]),
    ("lines", [
        "ALSO IN ATTENDANCE:",
        "Councillor D Ferneley\tCabinet Portfolio Holder for Housing",
        "Councillor G Hasselby\tCabinet Portfolio Holder for Environment and Safety",
        "Dr P Ravensworth\tClinical Director for Primary Care, Soarland Integrated Care Board",
        "M Quarmby\tSenior Dental Commissioning Manager, Soarland Integrated Care Board",
        "L Fairbrother\tChief Executive, Healthwatch Soarland",
    ]),
    ("lines", [
        "OFFICERS IN ATTENDANCE:",
        "K Naylor-Birch\tDirector – Neighbourhoods",
        "F Okonkwo\tStrategic Housing Manager",
        "J Pell\tHousing Standards and Adaptations Manager",
        "R Dalby\tService Manager – Public Protection",
        "E Stirrup\tDemocratic Services Officer",
    ]),
    ("lines", [
        "APOLOGIES:",
        "Councillors B Antill and N Sowter",
    ]),
]


def item(number: str, title: str) -> tuple:
    return ("h", f"{number}\t{title}")


BODY = [
    item("19", "Declarations of Interest"),
    ("p", "Councillor Pargeter declared a non-registrable interest in item 24 as a "
          "volunteer with the West Wolderton Food Bank, which supported some households "
          "living in temporary accommodation. Councillor Pargeter remained in the meeting "
          "for the item."),

    item("20", "Minutes of the Meeting held on Thursday, 24 October 2024"),
    ("p", "The minutes of the meeting held on Thursday, 24 October 2024 were agreed as a "
          "true record and were signed by the Chair."),

    item("21", "Updates on Actions from the Previous Meeting"),
    ("p", "The Democratic Services Officer reported on the actions arising from the "
          "meeting held on 24 October 2024, as set out in the Action Sheet attached to "
          "those minutes. All of the actions had been completed, with the exception of "
          "the briefing note on the Warm Homes grant scheme, which would be circulated to "
          "the Group in February once the Government had confirmed the Council's "
          "allocation."),
    ("p", "Councillor Thirlwell asked whether the accessible changing facilities at "
          "Hollinthorpe Leisure Centre had now been repaired, as requested by the Group at "
          "its last meeting. The Director – Neighbourhoods confirmed that the repairs had "
          "been completed by the leisure operator during the Christmas closure and that "
          "the hoist had been inspected and certified on 6 January 2025."),
    ("p", "The Group noted the updates on the outstanding actions."),

    item("22", "Access to NHS Dental Services in Wolderton"),
    ("p", "The Chair welcomed Dr Ravensworth, Clinical Director for Primary Care, and "
          "Ms Quarmby, Senior Dental Commissioning Manager, from Soarland Integrated Care "
          "Board (ICB), and Ms Fairbrother, Chief Executive of Healthwatch Soarland, to the "
          "meeting. The item had been requested by the Group following a number of "
          "enquiries from residents to Ward Councillors after the closure of two NHS "
          "dental practices in the Borough during 2024."),
    ("p", "Ms Quarmby delivered a presentation, which had been circulated with the agenda "
          "pack, and highlighted the following:"),
    ("lines", [
        "responsibility for commissioning NHS dental services had been delegated from NHS "
        "England to the ICB in April 2023;",
        "there were 14 practices in the Borough holding NHS dental contracts, following "
        "the hand back of contracts by the practices in Brantby and Kelmoor Bridge in "
        "2024;",
        "41% of adults in the Borough had seen an NHS dentist in the previous 24 months, "
        "and 57% of children in the previous 12 months;",
        "the ICB had commissioned 6,200 additional urgent appointments across the county "
        "in 2024/25 through its flexible commissioning scheme; and",
        "a supervised toothbrushing programme, funded by the County Council, was being "
        "delivered in 22 early years settings across the county, four of them in the "
        "Borough.",
    ]),
    ("p", "Ms Fairbrother reported that dentistry had been the subject most often raised "
          "with Healthwatch Soarland during 2024. Its survey in the autumn had received "
          "611 responses from Wolderton residents, more than half of whom had said that "
          "they had been unable to find a practice accepting new NHS patients within ten "
          "miles of their home."),
    ("p", "The Chair thanked the presenters and invited questions from the Group."),
    ("p", "Councillor Barraclough asked what had happened to the patients of the Brantby "
          "practice following the hand back of its contract. Ms Quarmby explained that "
          "the contract value had been re-procured in the autumn and that a new provider, "
          "Ambermead Dental Care, would open a practice in Brantby in May 2025. In the "
          "meantime, patients could obtain urgent treatment through the county dental "
          "helpline."),
    ("p", "Councillor Kettleborough was concerned that residents unable to find an NHS "
          "dentist were being told to pay privately, which was unaffordable for many "
          "families in the Borough. Dr Ravensworth acknowledged the concern and advised "
          "that the national contract did not allow the ICB to require practices to take "
          "on new patients, but that the flexible commissioning scheme paid practices to "
          "set aside sessions for patients who had not seen a dentist for two years or "
          "more."),
    ("p", "In response to a question from Councillor Mistry regarding whether residents "
          "could join a waiting list, Ms Quarmby confirmed that there was no central "
          "waiting list for NHS dental care in Soarland and that residents were advised "
          "to contact practices directly or to check the NHS website, which practices "
          "were expected to update every 90 days."),
    ("p", "Councillor Pargeter referred to the figures for children and questioned why the "
          "toothbrushing programme had not been extended to primary schools in the most "
          "deprived wards of the Borough. Dr Ravensworth stated that the programme was a "
          "County Council public health service, and that the ICB would raise the "
          "suggestion with the County Council's Director of Public Health at the next "
          "meeting of the oral health steering group."),
    ("p", "Councillor Thirlwell raised the issue of dental care for residents of care "
          "homes, many of whom were unable to travel to a practice. The Group was "
          "informed that a domiciliary dental service was commissioned across the county "
          "from a single provider and that referrals could be made by care home staff or "
          "by a resident's GP."),
    ("p", "The Vice-Chair asked how the ICB had used the findings of the Healthwatch "
          "survey and whether patients had been involved in designing the flexible "
          "commissioning scheme. Ms Fairbrother advised that Healthwatch had presented its "
          "report to the ICB's primary care commissioning committee in November, and "
          "Ms Quarmby added that a patient reference panel would be established in the "
          "spring to inform the ICB's dental recovery plan for 2025/26."),
    ("p", "Councillor Ellwood requested that the ICB provide the Group with a list of the "
          "practices in the Borough currently accepting new NHS patients, broken down by "
          "ward, so that Councillors could respond to enquiries from residents. "
          "Ms Quarmby agreed to supply this following the meeting and to refresh it each "
          "quarter."),
    ("p", "It was RESOLVED that the Communities Scrutiny Group:"),
    ("p", "a) noted the presentation on access to NHS dental services in the Borough;"),
    ("p", "b) requested that the ICB return to a future meeting with an update on the "
          "opening of the new practice in Brantby; and"),
    ("p", "c) asked the Chair to write to the Borough's two Members of Parliament setting "
          "out the Group's concerns regarding the national dental contract."),

    item("23", "Disabled Facilities Grants and the Home Improvement Agency Contract"),
    ("p", "The Strategic Housing Manager presented the report, which set out the "
          "performance of the Disabled Facilities Grant (DFG) service and the options for "
          "the future of the home improvement agency contract, which was due to expire on "
          "31 August 2025. The Group was reminded that since 2019 the Council had "
          "contracted out the delivery of its home improvement agency to Bellhaven Care "
          "and Repair Ltd, under a single contract covering Wolderton and two neighbouring "
          "district councils. The report highlighted that:"),
    ("lines", [
        "the Council had received a DFG allocation of £1.14 million for 2024/25, of which "
        "£812,000 had been committed by the end of December;",
        "96 adaptations had been completed in the first three quarters of the year, most "
        "commonly level access showers and stairlifts;",
        "the average time from first contact to the completion of an adaptation was 31 "
        "weeks, against a local target of 26 weeks; and",
        "three options had been appraised: a joint re-procurement with the two partner "
        "councils, bringing the service in-house, or extending the current contract for "
        "a further two years.",
    ]),
    ("p", "The Strategic Housing Manager advised that the recommended option was a joint "
          "re-procurement, with a new contract starting on 1 September 2025, and that the "
          "report would be considered by Cabinet on 11 February 2025. The views of the "
          "Group would be reported to Cabinet alongside the report."),
    ("p", "Councillor Dunmore questioned why bringing the service in-house had not been "
          "recommended, given the delays that residents had experienced under the current "
          "contractor. The Strategic Housing Manager explained that the Council did not "
          "employ the surveying and technical staff needed to run the service itself, and "
          "that recruiting a team had been estimated to cost around £180,000 a year more "
          "than the current arrangement."),
    ("p", "Councillor Inchley asked how the performance of Bellhaven Care and Repair had "
          "been monitored and whether any penalties had been applied. The Housing "
          "Standards and Adaptations Manager advised that performance was reviewed at "
          "quarterly contract meetings and that a service improvement plan had been "
          "agreed in 2023, but confirmed that no financial penalties had been applied "
          "during the life of the contract."),
    ("p", "Councillor Ellwood was concerned that one large contract across three councils "
          "could favour national companies over the small local builders who currently "
          "carried out much of the work. The Director – Neighbourhoods stated that the "
          "tender would be divided into lots, so that local firms could bid for the "
          "building works separately from the agency and case management service."),
    ("p", "Councillor Barraclough asked what proportion of the delay was caused by waiting "
          "for an occupational therapy assessment from the County Council. The Housing "
          "Standards and Adaptations Manager stated that around 11 weeks of the average "
          "time was spent waiting for an assessment, and that the Council had funded a "
          "trusted assessor post from its DFG allocation since October to reduce this."),
    ("p", "Councillor Pargeter commented that the experience of residents who had "
          "received adaptations should shape the specification for the new contract. The "
          "Strategic Housing Manager confirmed that a survey of everyone who had received "
          "a grant in the last two years would be carried out before the tender was "
          "published."),
    ("p", "Councillor Kettleborough asked whether the handyperson service, which carried "
          "out small repairs and fitted key safes and grab rails for older residents, "
          "would form part of the new contract. The Housing Standards and Adaptations "
          "Manager confirmed that the handyperson service would be included as a separate "
          "lot, and that the Council intended to keep the current charge of £20 an hour "
          "for residents who were not in receipt of benefits."),
    ("p", "The Chair asked whether the staff of the current provider would transfer to a "
          "new provider under TUPE if the contract was awarded elsewhere."),
    ("p", "It was RESOLVED that the Communities Scrutiny Group:"),
    ("p", "a) scrutinised the performance of the Disabled Facilities Grant service in "
          "2024/25; and"),
    ("p", "b) recommended to Cabinet that the home improvement agency service be "
          "re-procured jointly with the partner councils, with the building works let in "
          "lots to encourage local contractors to bid."),

    item("24", "Temporary Accommodation and Homelessness Prevention"),
    ("p", "Councillor Ferneley, Cabinet Portfolio Holder for Housing, introduced the item "
          "and thanked the housing options team for their work during a period of "
          "significant demand. He reminded the Group that the Council's Homelessness and "
          "Rough Sleeping Strategy 2023-2028 had been adopted by Cabinet in March 2023 and "
          "that an annual review of the action plan would be brought to the Group in the "
          "summer. The Strategic Housing Manager then delivered a presentation, which "
          "highlighted:"),
    ("lines", [
        "212 households had approached the Council as homeless or threatened with "
        "homelessness between April and December 2024, an increase of 18% on the same "
        "period in the previous year;",
        "47 households were in temporary accommodation at the end of December, including "
        "19 families with children;",
        "nine households had been placed in bed and breakfast accommodation during the "
        "year, three of them for longer than the six-week legal limit;",
        "the Council had purchased six properties through its temporary accommodation "
        "acquisition programme, with a further four due to complete by March 2025;",
        "the Homelessness Prevention Fund had helped 63 households to remain in their "
        "homes, mostly through help with rent arrears and negotiation with landlords; "
        "and",
        "net spending on temporary accommodation was forecast to be £640,000 in 2024/25, "
        "against a budget of £390,000.",
    ]),
    ("p", "Councillor Thirlwell asked why families had been kept in bed and breakfast for "
          "more than six weeks and what was being done to prevent this happening again. "
          "The Strategic Housing Manager explained that the three families concerned had "
          "needed properties with four or more bedrooms, of which there were very few in "
          "the Borough, and that all three had since moved into self-contained "
          "accommodation."),
    ("p", "Councillor Mistry asked where households were placed when no suitable "
          "accommodation was available in the Borough. The Group was advised that 14 "
          "households were currently placed outside the Borough, most of them in "
          "Soarford, and that the Council met the cost of travel to school for the "
          "children of those families."),
    ("p", "Councillor Kettleborough raised concerns about the condition of some temporary "
          "accommodation provided by private landlords, having been contacted by a "
          "resident about damp and mould in a flat in Sutton Fosse. The Director – "
          "Neighbourhoods advised that every property was inspected before it was first "
          "used, and asked Councillor Kettleborough to pass on the details so that the "
          "property could be visited that week."),
    ("p", "The Vice-Chair queried whether the overspend on temporary accommodation would "
          "be met from reserves. Councillor Ferneley responded that the overspend would be "
          "funded from the homelessness reserve this year, but that the position for "
          "2025/26 was being considered as part of the budget to be set in March."),
    ("p", "Councillor Dunmore requested that future reports to the Group include the "
          "number of households prevented from becoming homeless, and not only the number "
          "placed in temporary accommodation."),
    ("p", "It was RESOLVED that the Communities Scrutiny Group noted the update on "
          "temporary accommodation and homelessness prevention."),

    item("25", "Youth Vaping – Enforcement and Education"),
    ("p", "Councillor Hasselby, Cabinet Portfolio Holder for Environment and Safety, "
          "introduced the report, and the Service Manager – Public Protection outlined "
          "the Council's work with Soarlandshire Trading Standards and Soarland Police to "
          "tackle underage sales of vapes and the sale of illicit vapes. The Group was "
          "referred to the table at paragraph 4.3 of the report, which showed that in "
          "2024:"),
    ("lines", [
        "38 test purchases had been carried out in the Borough, resulting in nine sales "
        "to young people under the age of 18;",
        "2,300 illicit vapes had been seized from seven premises;",
        "two retailers had had their premises licences reviewed by the Licensing "
        "Committee; and",
        "the Community Safety team had delivered sessions on vaping in all five "
        "secondary schools in the Borough.",
    ]),
    ("p", "Councillor Inchley asked whether the Council had powers to close shops that "
          "repeatedly sold vapes to children. The Service Manager – Public Protection "
          "explained that closure orders could be sought where there was evidence of "
          "persistent underage sales, and that the Council was working with Trading "
          "Standards on one such case, which he was unable to discuss at the meeting."),
    ("p", "Councillor Ellwood expressed concern about the number of discarded disposable "
          "vapes found around schools and play areas. The Service Manager – Public "
          "Protection stated that the national ban on the sale of single-use vapes would "
          "come into force on 1 June 2025, and that vape collection bins would be placed "
          "at the Council's recycling points before then."),
    ("p", "Councillor Pargeter asked whether young people themselves had been consulted "
          "on the content of the sessions delivered in schools. It was noted that pupils "
          "had completed a short feedback form after each session, and that 84% had said "
          "they had learned something new about the risks of vaping."),
    ("p", "Councillor Barraclough questioned whether the Council's messages risked "
          "discouraging adult smokers from using vapes to quit. The Service Manager – "
          "Public Protection said that the Council's position, agreed with the County "
          "Council's public health team, was that vaping was far less harmful than "
          "smoking and could help adults to stop, but that children and non-smokers "
          "should not vape."),
    ("p", "Councillor Kettleborough commented that the fixed penalties available to the "
          "Council were too low to deter retailers who were making large profits from "
          "illicit vapes."),
    ("p", "It was RESOLVED that the Communities Scrutiny Group:"),
    ("p", "a) noted the enforcement and education work undertaken to reduce youth vaping "
          "in the Borough; and"),
    ("p", "b) requested that the results of the next round of test purchasing be "
          "circulated to all Councillors as soon as they were available."),

    item("26", "Work Programme"),
    ("p", "The Group considered its Work Programme for the remainder of 2024/25 and the "
          "items proposed for the first meetings of 2025/26. The Democratic Services "
          "Officer advised that the annual report of the Community Safety Partnership "
          "would now be considered at the meeting in April, and that the review of the "
          "Council's grants to voluntary and community groups, which had been due in "
          "April, would be moved to July so that the outcome of the current funding round "
          "could be included."),
    ("p", "Councillor Mistry asked that an item on the Council's leisure centres and the "
          "exercise referral scheme be added to the Work Programme, and the Chair advised "
          "that the request would be put to the Corporate Overview Group, which was "
          "responsible for agreeing new scrutiny topics."),
    ("p", "It was RESOLVED that the Work Programme be agreed, subject to the addition of "
          "an update from the ICB on the new dental practice in Brantby."),

    ("p", "The meeting closed at 9.14 pm."),
    ("lines", ["CHAIR"]),
]

ACTIONS = [
    ("lines", [
        "Action Sheet",
        "COMMUNITIES SCRUTINY GROUP – THURSDAY, 23 JANUARY 2025",
        "Minute Number\tActions\tOfficer Responsible",
        "21\tCirculate the Warm Homes grant briefing note once the allocation is "
        "confirmed.\tE Stirrup",
        "22\tProvide a ward-by-ward list of practices accepting new NHS patients, updated "
        "quarterly.\tM Quarmby (Soarland ICB)",
        "22\tLetter from the Chair to the Borough's MPs on the dental contract.\tE Stirrup",
        "23\tConfirm in writing the TUPE position for Bellhaven staff.\tF Okonkwo",
        "24\tInspect the Sutton Fosse property reported by Councillor Kettleborough."
        "\tK Naylor-Birch",
        "25\tShare the next test purchasing results with all Councillors.\tR Dalby",
    ]),
]

FOOT = [
    ("lines", [
        "Related pages",
        "Communities Scrutiny Group – meetings and agendas",
        "How overview and scrutiny works in Wolderton",
        "Speaking at a council meeting",
    ]),
    ("lines", [
        "Was this page helpful?",
        "Yes",
        "No",
        "Report a problem with this page",
    ]),
    ("lines", [
        "Page last updated: 7 February 2025",
        "Back to top",
    ]),
    ("lines", [
        "Wolderton Borough Council, Civic Centre, Abbey Mead Road, West Wolderton, WL2 7QA",
        "Contact us",
        "Accessibility statement",
        "Privacy notice",
        "Cookies",
        "Sitemap",
        "© Wolderton Borough Council 2025",
    ]),
]


def render(blocks: list) -> str:
    """Join blocks as a browser's copy does: a blank line after a paragraph, a single
    break after headings, list items and table rows."""
    out = []
    for kind, content in blocks:
        if kind == "p":
            out.append(content + "\n\n")
        elif kind == "h":
            out.append(content + "\n")
        elif kind == "lines":
            out.append("\n".join(content) + "\n")
        else:
            raise ValueError(kind)
    text = "".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip("\n") + "\n"


def minutes_text() -> str:
    return render(TOP + HEAD + BODY + ACTIONS + FOOT)


# ---------------------------------------------------------------------------
# The paper that is not minutes: an FAQ page
# ---------------------------------------------------------------------------

FAQ = [
    ("What is a Disabled Facilities Grant?",
     ["A Disabled Facilities Grant (DFG) helps to pay for changes to your home so that "
      "you, or someone who lives with you, can continue to live there safely and as "
      "independently as possible. Grants are paid by the Council from money we receive "
      "each year from the Government through the Better Care Fund.",
      "Typical adaptations include level access showers, stairlifts and through-floor "
      "lifts, ramps, widened doorways, and ground floor bedroom or bathroom extensions."]),
    ("Who can apply?",
     ["You can apply if you or someone living in your home is disabled and the property "
      "is in the Wolderton borough. You can apply whether you own your home, rent it "
      "from a housing association or a private landlord, or live in a park home or "
      "houseboat.",
      "If you rent your home, we will need your landlord's written consent before any "
      "work can start. If you are a Soarvale Homes tenant, most adaptations are "
      "arranged by Soarvale Homes directly, and you should contact them first."]),
    ("How do I start?",
     ["Most applications begin with an assessment by an occupational therapist from "
      "Soarlandshire County Council's adult social care team, who will decide which "
      "adaptations are necessary and appropriate. You can ask for an assessment by "
      "calling the County Council's customer service centre or completing the online "
      "referral form.",
      "For straightforward adaptations, such as a stairlift or a grab rail, our "
      "trusted assessor may be able to visit you instead. This is often quicker."]),
    ("How much can I get?",
     ["The maximum mandatory grant is £30,000. In some cases the Council can provide "
      "additional discretionary help under our Housing Assistance Policy, for example "
      "where the cost of the work is higher than the maximum grant.",
      "Grants for adults are means tested, which means we look at your income and "
      "savings to decide whether you need to contribute towards the cost. There is no "
      "means test for adaptations for a disabled child or young person under 19. "
      "If you receive certain benefits, such as Universal Credit or Pension Credit, you "
      "will not normally have to contribute."]),
    ("Do I have to pay the grant back?",
     ["Usually not. If you own your home and the grant is more than £5,000, we may place "
      "a local land charge on the property. You may then be asked to repay some of the "
      "grant if you sell the property within ten years. We will always take your "
      "circumstances into account before asking for any repayment."]),
    ("Who carries out the work?",
     ["Our home improvement agency, Bellhaven Care and Repair, manages most grants on "
      "the Council's behalf. A caseworker will help you complete the application, "
      "arrange for a surveyor to draw up a schedule of works, obtain quotes from "
      "approved contractors and check the work once it is finished.",
      "You can choose to use your own builder, as long as they provide a written quote "
      "based on the schedule of works and hold the right insurance. We will only pay "
      "for work that has been approved before it starts."]),
    ("How long will it take?",
     ["This depends on the size of the job. A stairlift can often be fitted within a few "
      "weeks of approval, while an extension may take several months because it needs "
      "drawings and, sometimes, planning permission or building regulations approval. "
      "We aim to complete most adaptations within 26 weeks of your first contact with "
      "us, and we will keep you informed at each stage.",
      "By law, the Council must make a decision on a complete application within six "
      "months, and the work should be finished within twelve months of approval."]),
    ("What happens to the agency service after August 2025?",
     ["The current agreement with Bellhaven Care and Repair runs until 31 August 2025. "
      "We are working with our two neighbouring councils to arrange the service from "
      "September 2025 onwards. If your grant has already been approved, your work will "
      "continue and you do not need to do anything. We will write to everyone affected "
      "if their caseworker changes."]),
    ("What if I am not happy with the service?",
     ["Please tell us. Talk to your caseworker first, as most problems can be put right "
      "quickly. If you are still unhappy you can make a complaint through the Council's "
      "complaints procedure, and if we cannot resolve it you can ask the Housing "
      "Ombudsman or the Local Government and Social Care Ombudsman to look at it."]),
]

YOU_ASKED = [
    ("Why does it take so long to get an assessment?",
     "We have paid for a trusted assessor to carry out simpler assessments since October "
     "2024, so that fewer people have to wait for an occupational therapist."),
    ("Can I see how my application is progressing?",
     "From April 2025 you will be able to check the stage your grant has reached online, "
     "or by calling the adaptations team."),
    ("Can local builders do the work?",
     "Yes. We want more local firms on our list of approved contractors and we hold an "
     "information session for builders each spring."),
]

ASK_CONTRACTOR = [
    "Is the quote based on the schedule of works from the surveyor?",
    "When can you start, and how long will the work take?",
    "Will I be able to use my bathroom or kitchen while the work is done?",
    "Who should I contact if something goes wrong once the work is finished?",
    "Is there a guarantee on the equipment, and who services it?",
]


def faq_html() -> str:
    e = html.escape
    parts = []
    parts.append("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Disabled Facilities Grants: frequently asked questions | Wolderton Borough Council</title>
<link rel="stylesheet" href="/themes/wolderton/css/main.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
<p>We use cookies on this website. Some are essential to make the site work; others help us understand how you use it.</p>
<button type="button">Accept all cookies</button> <button type="button">Reject non-essential cookies</button>
</div>
<header class="site-header">
<a class="logo" href="/"><img src="/themes/wolderton/img/logo.svg" alt="Wolderton Borough Council"></a>
<form class="search" action="/search" role="search"><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="/bins">Bins and recycling</a></li>
<li><a href="/counciltax">Council tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/planning">Planning and building control</a></li>
<li><a href="/leisure">Leisure and culture</a></li>
<li><a href="/council">Council and democracy</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/housing/adaptations">Home adaptations and repairs</a></li>
<li>Disabled Facilities Grants: frequently asked questions</li>
</ol>
</nav>
<main id="main">
<h1>Disabled Facilities Grants: frequently asked questions</h1>
<p class="lead">Answers to the questions we are asked most often about Disabled Facilities Grants, how to apply and what happens next.</p>
<div class="on-this-page">
<h2>On this page</h2>
<ul>
""")
    for i, (question, _) in enumerate(FAQ, 1):
        parts.append(f'<li><a href="#q{i}">{e(question)}</a></li>\n')
    parts.append('<li><a href="#you-asked">You asked, we said</a></li>\n')
    parts.append('<li><a href="#contractor">Questions to ask your contractor</a></li>\n')
    parts.append("</ul>\n</div>\n")
    for i, (question, answers) in enumerate(FAQ, 1):
        parts.append(f'<h2 id="q{i}">{e(question)}</h2>\n')
        for a in answers:
            parts.append(f"<p>{e(a)}</p>\n")
    parts.append('<h2 id="you-asked">You asked, we said</h2>\n')
    parts.append("<p>In the autumn of 2024 we asked people who had received a grant in the "
                 "last two years to tell us about their experience. 143 people replied. "
                 "Here are some of the things you told us and what we are doing about "
                 "them.</p>\n")
    parts.append('<table class="you-asked">\n<thead><tr><th scope="col">You asked</th>'
                 '<th scope="col">We said</th></tr></thead>\n<tbody>\n')
    for asked, said in YOU_ASKED:
        parts.append(f"<tr><td>{e(asked)}</td><td>{e(said)}</td></tr>\n")
    parts.append("</tbody>\n</table>\n")
    parts.append('<h2 id="contractor">Questions to ask your contractor</h2>\n')
    parts.append("<p>Before any work starts, you may find it helpful to ask your "
                 "contractor or caseworker:</p>\n<ul>\n")
    for q_ in ASK_CONTRACTOR:
        parts.append(f"<li>{e(q_)}</li>\n")
    parts.append("</ul>\n")
    parts.append("""<div class="contact-box">
<h2>Contact the adaptations team</h2>
<p>Telephone: 0115 496 0735 (Monday to Friday, 9am to 5pm)<br>
Email: adaptations@wolderton.example.gov.uk<br>
Write to: Adaptations Team, Wolderton Borough Council, Civic Centre, Abbey Mead Road, West Wolderton, WL2 7QA</p>
<p>If you need this information in another format or language, please contact us.</p>
</div>
<div class="related">
<h2>Related pages</h2>
<ul>
<li><a href="/housing/adaptations/dfg-apply">Apply for a Disabled Facilities Grant</a></li>
<li><a href="/housing/housing-assistance-policy">Housing Assistance Policy</a></li>
<li><a href="/housing/adaptations/handyperson">Handyperson service</a></li>
</ul>
</div>
<div class="feedback">
<p>Was this page helpful?</p>
<button type="button">Yes</button> <button type="button">No</button>
</div>
<p class="last-updated">Page last updated: 14 January 2025</p>
</main>
<footer class="site-footer">
<ul>
<li><a href="/contact">Contact us</a></li>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li>
</ul>
<p>&copy; Wolderton Borough Council 2025</p>
</footer>
</body>
</html>
""")
    return "".join(parts)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item_, text, outcome, themes):
    return {"item": item_, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Communities Scrutiny Group",
    "meeting_date": "2025-01-23",
    "items": [
        {"number": "19", "title": "Declarations of Interest"},
        {"number": "20", "title": "Minutes of the Meeting held on Thursday, 24 October 2024"},
        {"number": "21", "title": "Updates on Actions from the Previous Meeting"},
        {"number": "22", "title": "Access to NHS Dental Services in Wolderton"},
        {"number": "23", "title": "Disabled Facilities Grants and the Home Improvement "
                                  "Agency Contract"},
        {"number": "24", "title": "Temporary Accommodation and Homelessness Prevention"},
        {"number": "25", "title": "Youth Vaping – Enforcement and Education"},
        {"number": "26", "title": "Work Programme"},
    ],
    "questions": [
        # 21 actions
        q("21", "question",
          "asked whether the accessible changing facilities at Hollinthorpe Leisure Centre",
          "Councillor Thirlwell",
          "the repairs had been completed by the leisure operator during the Christmas closure",
          "Director – Neighbourhoods", []),
        # 22 dentistry
        q("22", "question",
          "asked what had happened to the patients of the Brantby practice",
          "Councillor Barraclough",
          "the contract value had been re-procured in the autumn",
          "Ms Quarmby", ["primary-care", "subcontracting"]),
        q("22", "concern",
          "residents unable to find an NHS dentist were being told to pay privately",
          "Councillor Kettleborough",
          "the national contract did not allow the ICB to require practices",
          "Dr Ravensworth", ["primary-care", "finance"]),
        q("22", "question",
          "a question from Councillor Mistry regarding whether residents could join a waiting list",
          "Councillor Mistry",
          "there was no central waiting list for NHS dental care in Soarland",
          "Ms Quarmby", ["primary-care"]),
        q("22", "question",
          "questioned why the toothbrushing programme had not been extended to primary schools",
          "Councillor Pargeter",
          "the ICB would raise the suggestion with the County Council's Director of Public Health",
          "Dr Ravensworth", ["primary-care", "children-and-families", "public-health"]),
        q("22", "concern",
          "raised the issue of dental care for residents of care homes",
          "Councillor Thirlwell",
          "a domiciliary dental service was commissioned across the county from a single provider",
          None, ["primary-care", "adult-social-care"]),
        q("22", "question",
          "asked how the ICB had used the findings of the Healthwatch survey",
          "Vice-Chair",
          "Healthwatch had presented its report to the ICB's primary care commissioning committee",
          "Ms Fairbrother", ["primary-care", "patient-and-public-input"]),
        q("22", "request",
          "requested that the ICB provide the Group with a list of the practices",
          "Councillor Ellwood",
          "Ms Quarmby agreed to supply this following the meeting",
          "Ms Quarmby", ["primary-care"]),
        # 23 DFG and home improvement agency
        q("23", "question",
          "questioned why bringing the service in-house had not been recommended",
          "Councillor Dunmore",
          "the Council did not employ the surveying and technical staff needed",
          "Strategic Housing Manager", ["housing", "privatisation", "subcontracting"]),
        q("23", "question",
          "asked how the performance of Bellhaven Care and Repair had been monitored",
          "Councillor Inchley",
          "no financial penalties had been applied during the life of the contract",
          "Housing Standards and Adaptations Manager", ["housing", "subcontracting"]),
        q("23", "concern",
          "one large contract across three councils could favour national companies",
          "Councillor Ellwood",
          "the tender would be divided into lots, so that local firms could bid",
          "Director – Neighbourhoods", ["housing", "subcontracting", "privatisation"]),
        q("23", "question",
          "asked what proportion of the delay was caused by waiting for an occupational therapy assessment",
          "Councillor Barraclough",
          "around 11 weeks of the average time was spent waiting for an assessment",
          "Housing Standards and Adaptations Manager", ["housing", "adult-social-care"]),
        q("23", "comment",
          "the experience of residents who had received adaptations should shape the specification",
          "Councillor Pargeter",
          "a survey of everyone who had received a grant in the last two years",
          "Strategic Housing Manager",
          ["housing", "patient-and-public-input", "subcontracting"]),
        q("23", "question",
          "asked whether the handyperson service, which carried out small repairs",
          "Councillor Kettleborough",
          "the handyperson service would be included as a separate lot",
          "Housing Standards and Adaptations Manager",
          ["housing", "subcontracting", "adult-social-care"]),
        q("23", "question",
          "asked whether the staff of the current provider would transfer to a new provider",
          "Chair", None, None, ["workforce", "subcontracting"]),
        # 24 temporary accommodation
        q("24", "question",
          "asked why families had been kept in bed and breakfast for more than six weeks",
          "Councillor Thirlwell",
          "the three families concerned had needed properties with four or more bedrooms",
          "Strategic Housing Manager", ["housing", "children-and-families"]),
        q("24", "question",
          "asked where households were placed when no suitable accommodation was available",
          "Councillor Mistry",
          "14 households were currently placed outside the Borough, most of them in Soarford",
          None, ["housing"]),
        q("24", "concern",
          "raised concerns about the condition of some temporary accommodation provided by private landlords",
          "Councillor Kettleborough",
          "every property was inspected before it was first used",
          "Director – Neighbourhoods", ["housing"]),
        q("24", "question",
          "queried whether the overspend on temporary accommodation would be met from reserves",
          "Vice-Chair",
          "the overspend would be funded from the homelessness reserve this year",
          "Councillor Ferneley", ["housing", "finance"]),
        q("24", "request",
          "include the number of households prevented from becoming homeless",
          "Councillor Dunmore", None, None, ["housing"]),
        # 25 youth vaping
        q("25", "question",
          "asked whether the Council had powers to close shops that repeatedly sold vapes",
          "Councillor Inchley",
          "closure orders could be sought where there was evidence of persistent underage sales",
          "Service Manager – Public Protection", ["public-health", "children-and-families"]),
        q("25", "concern",
          "expressed concern about the number of discarded disposable vapes found around schools",
          "Councillor Ellwood",
          "the national ban on the sale of single-use vapes would come into force",
          "Service Manager – Public Protection", ["public-health"]),
        q("25", "question",
          "asked whether young people themselves had been consulted on the content of the sessions",
          "Councillor Pargeter",
          "pupils had completed a short feedback form after each session",
          None, ["public-health", "patient-and-public-input", "children-and-families"]),
        q("25", "question",
          "questioned whether the Council's messages risked discouraging adult smokers",
          "Councillor Barraclough",
          "vaping was far less harmful than smoking and could help adults to stop",
          "Service Manager – Public Protection", ["public-health"]),
        q("25", "comment",
          "the fixed penalties available to the Council were too low to deter retailers",
          "Councillor Kettleborough", None, None, ["public-health"]),
        # 26 work programme
        q("26", "request",
          "asked that an item on the Council's leisure centres and the exercise referral scheme",
          "Councillor Mistry",
          "the request would be put to the Corporate Overview Group",
          "Chair", ["public-health"]),
    ],
    "resolutions": [
        res("20", "were agreed as a true record and were signed by the Chair",
            "agreed", []),
        res("21", "The Group noted the updates on the outstanding actions", "noted", []),
        res("22", "noted the presentation on access to NHS dental services in the Borough",
            "agreed", ["primary-care"]),
        res("23", "recommended to Cabinet that the home improvement agency service be re-procured",
            "recommended", ["housing", "subcontracting"]),
        res("24", "noted the update on temporary accommodation and homelessness prevention",
            "noted", ["housing"]),
        res("25", "noted the enforcement and education work undertaken to reduce youth vaping",
            "agreed", ["public-health"]),
        res("26", "It was RESOLVED that the Work Programme be agreed",
            "agreed", ["primary-care"]),
    ],
    "attendees": [
        att("Councillor M Gadsby", "Chair", "present"),
        att("Councillor H Oyelaran", "Vice-Chair", "present"),
        att("Councillor T Barraclough", None, "present"),
        att("Councillor S Dunmore", None, "present"),
        att("Councillor P Ellwood", None, "present"),
        att("Councillor R Inchley", None, "present"),
        att("Councillor J Kettleborough", None, "present"),
        att("Councillor A Mistry", None, "present"),
        att("Councillor C Pargeter", None, "present"),
        att("Councillor L Thirlwell", None, "present"),
        att("Councillor D Ferneley", "Cabinet Portfolio Holder for Housing", "in_attendance"),
        att("Councillor G Hasselby", "Cabinet Portfolio Holder for Environment and Safety",
            "in_attendance"),
        att("Dr P Ravensworth",
            "Clinical Director for Primary Care, Soarland Integrated Care Board",
            "in_attendance"),
        att("M Quarmby",
            "Senior Dental Commissioning Manager, Soarland Integrated Care Board",
            "in_attendance"),
        att("L Fairbrother", "Chief Executive, Healthwatch Soarland", "in_attendance"),
        att("K Naylor-Birch", "Director – Neighbourhoods", "in_attendance"),
        att("F Okonkwo", "Strategic Housing Manager", "in_attendance"),
        att("J Pell", "Housing Standards and Adaptations Manager", "in_attendance"),
        att("R Dalby", "Service Manager – Public Protection", "in_attendance"),
        att("E Stirrup", "Democratic Services Officer", "in_attendance"),
        att("Councillor B Antill", None, "apologies"),
        att("Councillor N Sowter", None, "apologies"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(faq_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, FAQ_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("pj-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answers} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\ngold in {GOLD}")
