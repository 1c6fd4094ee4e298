#!/usr/bin/env python3
"""Build the "pd-" documents of round 210 and their gold annotations.

Usage:  build_pd.py           write documents/pd-* and gold/pd-*.json
        build_pd.py --check   check that every gold phrase occurs exactly once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pd-holmbrough-health-scrutiny-panel-2025-03-12.txt"
BRIEFING_NAME = "pd-holmbrough-public-health-member-briefing-youth-vaping.pdf"

FIXED = dt.datetime(2025, 3, 3, 10, 15, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes, as pdftotext (reading order, not -layout) leaves a printed PDF
# ---------------------------------------------------------------------------
# A plain string is a paragraph, wrapped as the PDF wrapped it; ("raw", text) is kept
# line for line; ("bullets", mark, [items]) is a list, one bullet to an entry, no blank
# lines between entries.

WIDTH = 84
LINES_PER_PAGE = 47
RUNNING_HEAD = "Health Scrutiny Panel 12 March 2025"

HEAD = [
    ("raw", "HEALTH SCRUTINY PANEL"),
    ("raw", "A meeting of the Health Scrutiny Panel was held on Wednesday 12 March 2025."),
    ("raw", "PRESENT: Councillors D Coulthard (Chair), J Ridsdale (Vice Chair), N Haq, R Kirtley,\n"
            "T Mawson, L Purvis and B Stoddart"),
    ("raw", "ALSO IN Councillor C Heslop (Executive Member for Adult Social Care and Public\n"
            "ATTENDANCE: Health), Dr H Ravensworth (Northern Dales and Coast Integrated Care\n"
            "Board), M Gaskell (Northern Dales and Coast Integrated Care Board), S Trotter\n"
            "(Holmbrough and Skelby Hospitals NHS Foundation Trust), K Oyelaran (Healthwatch\n"
            "Holmbrough) and J Alderson (Holmbrough Disability Forum)"),
    ("raw", "OFFICERS: E Brunskill, A Dinsdale, R Fairless, P Hagan and C Tinkler"),
    ("raw", "APOLOGIES FOR Councillors A Bellerby and G Wennington and Dr P Nwachukwu (Holmbrough\n"
            "ABSENCE: and Skelby Hospitals NHS Foundation Trust)"),
]

BODY = [
    # ---------------------------------------------------------------- 24/45
    ("raw", "24/45 WELCOME AND FIRE EVACUATION PROCEDURE"),
    "The Chair welcomed all present to the meeting and read out the Building Evacuation "
    "Procedure.",

    # ---------------------------------------------------------------- 24/46
    ("raw", "24/46 DECLARATIONS OF INTEREST"),
    ("raw", "Name of Member Type of Interest Item/Nature of Interest\n"
            "Councillor N Haq Non-Pecuniary Agenda Item 4 - NHS Dental\n"
            "Services; family member\n"
            "employed as a dental nurse\n"
            "at a practice in Holmbrough"),

    # ---------------------------------------------------------------- 24/47
    ("raw", "24/47 MINUTES - HEALTH SCRUTINY PANEL - 12 FEBRUARY 2025"),
    "The minutes of the meeting of the Health Scrutiny Panel held on 12 February 2025 were "
    "submitted and approved as a correct record.",
    "Further to minute 24/40, the Democratic Services Officer confirmed that the information "
    "requested by Members on the number of delayed discharges from Skelby General Hospital "
    "to addresses in Holmbrough had been circulated by e-mail on 20 February 2025.",

    # ---------------------------------------------------------------- 24/48
    ("raw", "24/48 NHS DENTAL SERVICES IN HOLMBROUGH - UPDATE FROM NORTHERN DALES AND COAST\n"
            "INTEGRATED CARE BOARD"),
    "The Chair welcomed the Head of Primary Care (Dental) and the Senior Commissioning "
    "Manager from Northern Dales and Coast Integrated Care Board (ICB) to the meeting. The "
    "panel was reminded that, at its meeting in October 2024, Members had requested an "
    "update on the measures being taken to improve access to NHS dentistry in the town, "
    "following the handing back of the contract at Marram Street Dental Care in Low Skelby in "
    "2023.",
    "The Head of Primary Care (Dental) delivered a presentation and advised that:",
    ("bullets", "\u2022", [
        "there were 19 NHS dental practices in Holmbrough, of which four were currently "
        "accepting new adult NHS patients and eleven were accepting children;",
        "41.2 per cent of adults in Holmbrough had been seen by an NHS dentist in the 24 "
        "months to December 2024, compared with 40.1 per cent in England, and 57.6 per cent "
        "of children had been seen in the previous 12 months;",
        "the ICB had commissioned 6,400 additional urgent dental appointments in 2024/25 "
        "through dental access sessions held at seven practices across the town, and "
        "5,980 of those appointments had been used by the end of February;",
        "the procurement of a new practice to replace the Marram Street contract had concluded "
        "and the new practice, on Thornhoe Road, was expected to open in June 2025; and",
        "the national changes to the dental contract introduced in 2024, including the "
        "new patient premium, had had a limited effect locally, as few practices had the "
        "capacity to take on additional patients.",
    ]),
    "The representative of Healthwatch Holmbrough advised that access to NHS dentistry "
    "remained the issue raised most often with Healthwatch by local people, accounting for "
    "94 of the 310 contacts received in the last six months, and that a number of those "
    "contacts had come from parents who had been unable to find a practice for their "
    "children.",
    "A Member queried how many people in Holmbrough were currently waiting to see an NHS "
    "dentist. In response, the Head of Primary Care (Dental) explained that there was no "
    "central waiting list for dental care, as patients were not registered with a dental "
    "practice in the way that they were registered with a GP. However, the ICB's dental "
    "helpline had received 2,310 calls from Holmbrough residents between October and "
    "December 2024, most of whom had been looking for a practice that would take them on.",
    "Councillor Purvis raised concerns that residents in Ashgarth had been told by their "
    "practice that, as adults, they could now only be seen on a private basis, and asked "
    "what action the ICB could take where a practice reduced its NHS work. The Senior "
    "Commissioning Manager advised that the ICB could not compel a practice to accept new "
    "NHS patients, but that each practice's delivery was monitored quarterly and, where a "
    "practice delivered less than 96 per cent of the activity it was contracted for, the "
    "funding for the undelivered activity was recovered and reinvested in access sessions "
    "elsewhere in the town.",
    "In response to a query regarding the new practice on Thornhoe Road, Members were "
    "advised that the contract had been awarded to Rowanfield Dental Partnership following "
    "a competitive tender in which three bids had been received. The practice would "
    "provide around 11,000 units of dental activity a year, which was slightly more than "
    "had been provided at Marram Street.",
    "The Vice Chair requested that the ICB provide a list of the practices currently "
    "accepting new NHS patients, broken down by ward, so that Members could signpost "
    "residents who contacted them. The Head of Primary Care (Dental) agreed to circulate "
    "the list to Members through the Democratic Services Officer each month.",
    "A Member commented that many families were unaware that NHS dental treatment was "
    "free for children under 18, and that this should be publicised more widely through "
    "schools, nurseries and the family hubs.",
    "Councillor Stoddart asked whether the additional urgent appointments would continue "
    "after 31 March 2025. It was confirmed that funding for dental access sessions had "
    "been agreed for 2025/26, although the number of sessions and the practices taking "
    "part were still being finalised.",
    "A Member queried why supervised toothbrushing was not offered in every primary school "
    "in the town. The Director of Public Health explained that the programme was funded "
    "from the public health grant and was targeted at nurseries and primary schools in the "
    "wards where tooth decay among five-year-olds was highest; 31 settings currently took "
    "part, reaching around 2,700 children each day.",
    "The Chair thanked the representatives of the ICB for their attendance and "
    "contribution to the meeting.",
    ("raw", "AGREED that:"),
    ("raw", "1. the information presented be noted; and\n"
            "2. a further update on access to NHS dentistry, including the opening of the\n"
            "Thornhoe Road practice, be presented to the panel in the autumn of 2025."),

    # ---------------------------------------------------------------- 24/49
    ("raw", "24/49 YOUTH VAPING - SETTING THE SCENE"),
    "The Director of Public Health and the Trading Standards and Licensing Manager were in "
    "attendance to provide the panel with an introduction to the topic of youth vaping, "
    "which Members had agreed to consider at the work programming session in June 2024. "
    "A briefing note prepared by the public health team had been circulated with the "
    "agenda.",
    "The panel was advised that:",
    ("bullets", "\uf0b7", [
        "nationally, 18 per cent of 11 to 17 year olds had tried vaping in 2024 and 7.2 per "
        "cent currently vaped;",
        "the Holmbrough Schools Health Survey, completed by 3,140 pupils in 14 secondary "
        "schools in the summer term of 2024, found that 1 in 5 pupils in Year 10 had used a "
        "vape in the previous 30 days, and that most had obtained their vapes from friends, "
        "older siblings or local shops;",
        "disposable vapes would be banned from sale across England from 1 June 2025;",
        "the Tobacco and Vapes Bill, currently before Parliament, would give new powers to "
        "restrict flavours, packaging and displays and would introduce a retail "
        "registration scheme; and",
        "adult smoking prevalence in Holmbrough had fallen to 15.8 per cent but remained "
        "well above the England average of 11.6 per cent, and the stop smoking service "
        "continued to offer vapes as a quit aid to adult smokers.",
    ]),
    "A Member queried what penalties had been imposed on retailers found to be selling "
    "vapes to children. In response, the Trading Standards and Licensing Manager advised "
    "that 46 test purchases had been carried out in 2024, of which 15 had resulted in a "
    "sale to a young person. Two retailers had been prosecuted, with fines and costs "
    "totalling \u00a34,800, and a further 9,200 illegal vapes had been seized from shops and "
    "storage units in the town.",
    "Councillor Haq expressed concern that vapes were being sold to young people through "
    "social media and delivered to their homes, and asked how this could be tackled. The "
    "Trading Standards and Licensing Manager acknowledged that online sales were "
    "increasingly difficult to police, and advised that the service was working with the "
    "regional tobacco control programme and with the main delivery companies to identify "
    "sellers.",
    "A Member questioned whether it was right for the council to offer vapes to adults to "
    "help them quit smoking, while at the same time trying to discourage young people from "
    "vaping. The Director of Public Health explained that the evidence showed that vaping "
    "was substantially less harmful than smoking for adults and was one of the most "
    "effective quit aids available; the message for young people and for those who had "
    "never smoked remained that they should not vape.",
    "Councillor Mawson asked whether schools and young people had been involved in "
    "developing the council's approach. It was explained that, in addition to the survey, "
    "a youth vaping toolkit for schools had been co-designed with pupils at Ashgarth "
    "Academy and the Holmbrough Youth Council, and would be offered to all secondary "
    "schools from September 2025.",
    "The Chair requested that the number of test purchases and sales to young people be "
    "provided broken down by ward.",
    "A Member commented that discarded disposable vapes were frequently found in parks and "
    "children's play areas and that this presented a fire risk when they were put in "
    "household bins.",
    "Reference was made to the number of vape shops that had opened on Kettlebeck Road in "
    "the last two years, and a Member asked whether the council could use its planning or "
    "licensing powers to limit new shops. The Director of Public Health advised that there "
    "was currently no licensing regime for vape retailers and that planning rules did not "
    "allow the council to refuse a change of use on health grounds, although the retail "
    "registration scheme proposed in the Bill may help in future.",
    ("raw", "AGREED that:"),
    ("raw", "1. the information presented be noted;\n"
            "2. figures for test purchases and underage sales, broken down by ward, be\n"
            "circulated to Members of the panel; and\n"
            "3. youth vaping be included as a possible topic for the panel's work programme\n"
            "for 2025/26."),

    # ---------------------------------------------------------------- 24/50
    ("raw", "24/50 COMMUNITY EQUIPMENT SERVICE - RE-PROCUREMENT"),
    "The Executive Member for Adult Social Care and Public Health and the Head of "
    "Commissioning and Procurement (Adults) were in attendance to present a report on the "
    "proposed re-procurement of the Holmbrough Community Equipment Service, ahead of its "
    "consideration by the Executive on 25 March 2025.",
    "The Head of Commissioning and Procurement (Adults) advised that the service delivered, "
    "collected, cleaned and repaired equipment such as hospital beds, hoists, commodes and "
    "walking aids, and was jointly funded by the council and the ICB through the Better "
    "Care Fund at a cost of around \u00a33.1 million a year. It was currently provided under a "
    "contract with Carrside Living Aids Ltd which would expire on 30 September 2025 and "
    "could not be extended further.",
    "Members heard that three options had been considered: re-procuring the service through "
    "an open tender; bringing the service in-house; or joining a framework operated by a "
    "neighbouring authority. The recommended option was an open tender for a contract of "
    "five years, with the option to extend for a further two years.",
    "The panel was informed that:",
    ("bullets", "\u2022", [
        "the service had made 21,400 deliveries and 14,900 collections in 2023/24, of "
        "which around 38 per cent had been to support people leaving hospital;",
        "around 62 per cent of the equipment collected was cleaned and reissued, and the "
        "new contract would set a target of 70 per cent;",
        "soft market testing had been carried out in the autumn, and five organisations "
        "had expressed an interest in bidding;",
        "the quality and price of bids would be evaluated on a 60:40 basis, with 10 per "
        "cent of the quality score allocated to social value; and",
        "the timetable would allow for a three-month mobilisation period before the new "
        "contract began on 1 October 2025.",
    ]),
    "A Member queried why the option of bringing the service back in-house had been "
    "discounted. The Head of Commissioning and Procurement (Adults) explained that an "
    "in-house service would require the council to acquire a warehouse, a decontamination "
    "facility and a fleet of vehicles, at an estimated set-up cost of \u00a31.9 million, and "
    "that there was no capacity in the council's capital programme to meet that cost in "
    "2025/26.",
    "Councillor Kirtley raised concerns about delays in the delivery of equipment needed "
    "for people leaving hospital, citing a constituent who had waited nine days for a "
    "profiling bed, and asked what would be different under a new contract. The Head of "
    "Commissioning and Procurement (Adults) acknowledged that performance against the "
    "next working day delivery standard had fallen to 81 per cent in the autumn because of "
    "driver vacancies, and advised that the new contract would include service credits "
    "where the standard was not met.",
    "At the Chair's invitation, J Alderson of Holmbrough Disability Forum expressed concern "
    "that equipment was often delivered without anyone showing the person or their carer "
    "how to use it safely. The Executive Member for Adult Social Care and Public Health "
    "gave an assurance that demonstration at the point of delivery would be a requirement "
    "of the new specification.",
    "In response to a question about whether service users had been consulted on the "
    "specification, Members heard that a survey had been completed by 212 service users "
    "and carers over the summer, and that two members of the Disability Forum would sit on "
    "the panel evaluating the tenders.",
    "The Executive Member for Adult Social Care and Public Health was asked whether the "
    "contract would require the successful provider to pay its staff the Real Living Wage. "
    "The Executive Member confirmed that this would be a condition of the contract, in "
    "line with the council's social value and ethical procurement policy.",
    "A Member expressed the view that local voluntary sector organisations should be able "
    "to bid for parts of the service, such as the fitting of minor adaptations. It was "
    "explained that the tender would be divided into two lots, one for equipment and one "
    "for minor adaptations, to encourage smaller local organisations to take part.",
    "A Member sought assurance that the ICB would continue to meet its share of the cost "
    "of the service under the new contract. In response, the Head of Commissioning and "
    "Procurement (Adults) advised that the ICB's contribution, currently 52 per cent of "
    "the cost, was set out in the section 75 agreement between the two organisations and "
    "had been confirmed for 2025/26.",
    "The Chair thanked the Executive Member and the officers for their attendance.",
    ("raw", "AGREED that the Executive be recommended to:"),
    ("raw", "1. approve the re-procurement of the Community Equipment Service through an open\n"
            "tender divided into two lots, as set out in the report; and\n"
            "2. require the successful provider to report its performance against the next\n"
            "working day delivery standard to the Health Scrutiny Panel every six months."),

    # ---------------------------------------------------------------- 24/51
    ("raw", "24/51 HOLMBROUGH URGENT TREATMENT CENTRE - WAITING TIMES AND PATIENT\n"
            "ENGAGEMENT"),
    "The Director of Operations for Urgent and Emergency Care, Holmbrough and Skelby "
    "Hospitals NHS Foundation Trust, provided an update on waiting times at the Holmbrough "
    "Urgent Treatment Centre (UTC) on Greystone Lane and on the engagement being carried "
    "out on proposed changes to its overnight opening hours.",
    "Members were informed that 71.4 per cent of patients attending the UTC in January "
    "2025 had been seen, treated and discharged within four hours, compared with 86 per "
    "cent in January 2024. Between midnight and 8am an average of nine patients attended "
    "each night, and the trust was proposing that the UTC close overnight from October 2025, "
    "with the staff transferring to the emergency department at Skelby General Hospital.",
    "The Director of Operations explained that the proposal had been developed because "
    "the UTC had struggled to staff the overnight rota safely, with 41 of the 92 overnight "
    "shifts in the last quarter filled by agency staff, and because most patients who "
    "attended after midnight needed to be transferred to the emergency department in any "
    "case. The engagement would include an online survey, drop-in sessions at the UTC and "
    "at community venues in Kettlebeck and Low Skelby, and meetings with patient "
    "participation groups at the town's GP practices.",
    "The representative of Healthwatch Holmbrough outlined the findings of an Enter and "
    "View visit to the UTC carried out in December 2024, which had highlighted a lack of "
    "seating at busy times, poor signage from the bus stop and long waits for children "
    "in the evenings.",
    "A Member queried why waiting times at the UTC had worsened over the winter. In "
    "response, the Director of Operations advised that attendances had risen by 14 per "
    "cent compared with the previous winter, largely because of flu and norovirus, and "
    "that two advanced nurse practitioner posts had been vacant since October.",
    "Councillor Purvis asked how the findings of the Healthwatch visit and the trust's own "
    "patient survey would be used in the redesign of the waiting area. It was confirmed that "
    "a patient panel of eight local residents had been set up to work with the design team, "
    "and that additional seating had already been installed in February.",
    "Concerns were expressed regarding the proposal to close the UTC overnight, "
    "particularly for residents of Kettlebeck and Low Skelby without access to a car, and a "
    "Member asked whether there would be a formal public consultation. The Director of "
    "Operations advised that the trust did not consider the change to be a substantial "
    "variation, but that an eight-week period of public engagement would begin in April "
    "and the results would be shared with the panel.",
    "A Member requested that Healthwatch Holmbrough be involved in analysing the responses "
    "to the engagement, given its independence from the trust.",
    "Councillor Stoddart commented that the NHS 111 service should be able to book "
    "patients into a timed slot at the UTC, and that this would reduce queues at the "
    "front door. The Director of Operations confirmed that booked slots had been "
    "introduced in November and now accounted for around a quarter of attendances.",
    "The Vice Chair sought clarification as to where patients arriving at the UTC after "
    "midnight would be directed if the proposal went ahead. The Director of Operations "
    "advised that signs and staff at the site would direct patients to the emergency "
    "department at Skelby General Hospital, and that NHS 111 would be updated.",
    ("raw", "AGREED that:"),
    ("raw", "1. the information presented be noted; and\n"
            "2. the trust be requested to present the outcome of the engagement on overnight\n"
            "opening hours to the panel before any decision was taken."),

    # ---------------------------------------------------------------- 24/52
    ("raw", "24/52 INVESTIGATION INTO SOCIAL PRESCRIBING - DRAFT FINAL REPORT"),
    "The Democratic Services Officer advised that evidence requested from the Holmbrough "
    "Voluntary Development Agency had only been received on 7 March 2025 and that, as a "
    "result, it had not been possible to circulate the draft final report with the agenda.",
    "A Member queried whether the delay would prevent the report being considered by the "
    "Overview and Scrutiny Board before the end of the municipal year. The Democratic "
    "Services Officer advised that the Board would meet on 24 April 2025 and that the "
    "report could still be submitted to that meeting if it was approved in April.",
    "AGREED that consideration of the draft final report on social prescribing be "
    "deferred to the next meeting of the panel.",

    # ---------------------------------------------------------------- 24/53
    ("raw", "24/53 OVERVIEW AND SCRUTINY BOARD - AN UPDATE"),
    "The Chair advised that, at the meeting of the Overview and Scrutiny Board held on 27 "
    "February 2025, the Board had considered:",
    ("bullets", "\u2022", [
        "the Executive Forward Work Programme;",
        "an update from the Executive Member for Children's Services;",
        "the Revenue and Capital Budget - Projected Outturn Position as at Quarter Three "
        "2024/25; and",
        "the final report of the Place Scrutiny Panel on town centre regeneration.",
    ]),
    "The Chair added that the Board had asked each scrutiny panel to submit its draft "
    "final reports by the end of April, so that they could be considered before the end "
    "of the municipal year.",
    "AGREED that the update on the work of the Overview and Scrutiny Board be noted.",

    # ---------------------------------------------------------------- 24/54
    ("raw", "24/54 DATE AND TIME OF NEXT MEETING"),
    "The next meeting of the Health Scrutiny Panel will be held on Wednesday 9 April 2025 "
    "at 4.30pm in Committee Room B, Town Hall.",

    # ---------------------------------------------------------------- 24/55
    ("raw", "24/55 ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR, MAY BE CONSIDERED"),
    "None.",
]


def wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, break_long_words=False, break_on_hyphens=False)


def block_lines(block) -> list[str]:
    if isinstance(block, str):
        return wrap(block) + [""]
    kind = block[0]
    if kind == "raw":
        return block[1].split("\n") + [""]
    if kind == "bullets":
        mark, items = block[1], block[2]
        lines = []
        for item in items:
            # pdftotext puts the bullet on the first line; the hanging indent is lost
            lines.extend(wrap(f"{mark} {item}"))
        return lines + [""]
    raise ValueError(block)


def minutes_text() -> str:
    lines: list[str] = []
    for block in HEAD + BODY:
        lines.extend(block_lines(block))
    pages: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
        if not cur and line == "":
            continue
        cur.append(line)
    if cur:
        pages.append(cur)
    out = []
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        top = ["Public Document Pack", RUNNING_HEAD, ""] if n == 1 else [RUNNING_HEAD, ""]
        out.append("\n".join(top + page) + f"\n\n{n}\n\f")
    return "".join(out)


# ---------------------------------------------------------------------------
# The paper that is not minutes: a public health briefing note for members (PDF)
# ---------------------------------------------------------------------------

BRIEFING = [
    ("h1", "Member Briefing Note"),
    ("h2", "Youth vaping in Holmbrough"),
    ("meta", [
        ("Prepared for:", "Health Scrutiny Panel, 12 March 2025"),
        ("Prepared by:", "Public Health Holmbrough (Tobacco Control Lead) with Trading "
                         "Standards and Licensing"),
        ("Status:", "For information. This note does not ask Members to make a decision."),
    ]),
    ("h3", "1. Why this note has been produced"),
    ("p", "Members of the Health Scrutiny Panel agreed in June 2024 to look at youth vaping as "
          "part of their work programme. This note gives background for the first session, "
          "so that Members have the local figures, the legal position and a summary of what "
          "the council and its partners are already doing. Officers from public health and "
          "from Trading Standards will attend the meeting to answer questions."),
    ("h3", "2. The national picture"),
    ("p", "Vaping among children and young people has risen sharply since 2021, driven mainly "
          "by cheap, brightly coloured disposable products. National survey data for 2024 "
          "suggests that around 18 per cent of 11 to 17 year olds have tried vaping, and "
          "around 7 per cent vape at least occasionally. Most young people who vape have "
          "never smoked a cigarette."),
    ("p", "For adults who smoke, vaping is considerably less harmful than smoking and is one "
          "of the most effective aids to stopping. This is why the stop smoking service "
          "offers vapes to adult smokers alongside behavioural support. The long-term "
          "effects of vaping are not yet known, and nicotine is addictive, so vaping is not "
          "recommended for children or for anyone who has never smoked."),
    ("p", "The sale of single-use (disposable) vapes will be banned in England from 1 June "
          "2025. The Tobacco and Vapes Bill, which is currently before Parliament, is "
          "expected to allow restrictions on flavours, packaging and point-of-sale displays, "
          "and to create a registration scheme for retailers of tobacco and vapes."),
    ("h3", "3. The local picture"),
    ("p", "The Holmbrough Schools Health Survey was completed by 3,140 pupils in 14 secondary "
          "schools during the summer term of 2024. Key findings were:"),
    ("ul", [
        "one in five pupils in Year 10 reported using a vape in the previous 30 days, "
        "compared with one in eight in Year 8;",
        "the most common sources were friends or older siblings (46 per cent) and local "
        "shops (31 per cent), with a smaller number buying through social media;",
        "fruit and sweet flavours were the most popular, and most young people who vaped "
        "used disposable products;",
        "around a third of those who vaped said they would like to stop.",
    ]),
    ("p", "Adult smoking prevalence in Holmbrough has fallen to 15.8 per cent but remains "
          "above the England average. Smoking remains the single largest cause of the gap "
          "in life expectancy between the most and least deprived wards in the town."),
    ("h3", "4. Enforcement"),
    ("p", "Trading Standards carried out 46 test purchases of vapes in 2024, using young "
          "volunteers under the supervision of officers. Fifteen resulted in a sale to an "
          "under-18. Two retailers were prosecuted and a further 9,200 illegal vapes, "
          "mainly products with oversized tanks or unregistered ingredients, were seized. "
          "Intelligence from schools, parents and the police is used to target visits."),
    ("p", "There is no licensing regime for vape retailers at present, and planning rules do "
          "not allow a change of use to be refused on health grounds. The proposed retail "
          "registration scheme may give the council more information about who is selling "
          "vapes and where."),
    ("h3", "5. What we are doing"),
    ("ul", [
        "a youth vaping toolkit for schools has been co-designed with pupils at Ashgarth "
        "Academy and the Holmbrough Youth Council and will be offered to all secondary "
        "schools from September 2025;",
        "school nurses have been trained to give brief advice to young people who want "
        "to stop vaping;",
        "information for parents and carers has been shared through the family hubs;",
        "Trading Standards will continue its programme of test purchasing and will "
        "prepare for the disposable vape ban with advice visits to retailers during "
        "April and May 2025.",
    ]),
    ("h3", "6. You asked, we said"),
    ("p", "The following questions were put to the public health team at ward surgeries, "
          "at the Youth Council and by parents over the last year. They are included here "
          "because Members may be asked similar questions by residents."),
    ("qa", [
        ("You asked: Is vaping safe?",
         "We said: Vaping is not risk free. It is much less harmful than smoking, which is "
         "why we support adult smokers to switch, but young people and people who have "
         "never smoked should not vape."),
        ("You asked: Why doesn't the council close down shops that sell vapes to children?",
         "We said: Trading Standards can prosecute shops that sell to under-18s and can "
         "seize illegal products, but the council has no power to license vape shops or to "
         "close them for that reason alone."),
        ("You asked: Where can my child get help to stop?",
         "We said: Young people can speak to their school nurse, and from September the "
         "toolkit will give schools more support. Parents can contact the public health "
         "team for advice."),
        ("You asked: What will the ban on disposable vapes change?",
         "We said: It should make vapes less attractive and less cheap for young people, "
         "and reduce litter. Reusable products will still be on sale to adults."),
    ]),
    ("h3", "7. Questions the panel may wish to consider"),
    ("p", "Members may find the following questions helpful when deciding the scope of any "
          "further work on this topic:"),
    ("ul", [
        "How reliable are the survey findings, and how will changes be measured over time?",
        "Is the level of test purchasing enough, given the number of retailers in the town?",
        "How can online and social media sales to young people be tackled?",
        "Are the messages to adult smokers and to young people clear and consistent?",
        "What more could schools, the family hubs and the voluntary sector do?",
        "Should the panel ask to hear directly from young people?",
    ]),
    ("h3", "8. Further information"),
    ("p", "For further information please contact the Tobacco Control Lead, Public Health "
          "Holmbrough, Holmbrough Council, Town Hall, Holmbrough. Figures in this note are "
          "provisional and may be revised when the 2025 survey results are published."),
]


def build_briefing(path: Path) -> None:
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Holmbrough Council  |  Public Health Holmbrough", align="L")
            self.cell(0, 5, "OFFICIAL", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Member Briefing Note - Youth vaping - March 2025    "
                            f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Briefing(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Member Briefing Note - Youth vaping in Holmbrough")
    pdf.set_author("Public Health Holmbrough")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in BRIEFING:
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(w, 9, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(w, 8, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h3":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(w, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "meta":
            pdf.set_font("Helvetica", "", 10)
            for label, value in content:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(32, 6, label)
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(w - 32, 6, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(w, 5.8, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("Helvetica", "", 11)
            for item in content:
                pdf.cell(6, 5.8, "-")
                pdf.multi_cell(w - 6, 5.8, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "qa":
            for question, answer in content:
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(w, 5.8, question, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(w, 5.8, answer, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


ICB = "Northern Dales and Coast Integrated Care Board"
TRUST = "Holmbrough and Skelby Hospitals NHS Foundation Trust"
HOC = "Head of Commissioning and Procurement (Adults)"
EM = "Executive Member for Adult Social Care and Public Health"
DOO = "Director of Operations"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "24/45", "title": "WELCOME AND FIRE EVACUATION PROCEDURE"},
        {"number": "24/46", "title": "DECLARATIONS OF INTEREST"},
        {"number": "24/47", "title": "MINUTES - HEALTH SCRUTINY PANEL - 12 FEBRUARY 2025"},
        {"number": "24/48", "title": "NHS DENTAL SERVICES IN HOLMBROUGH - UPDATE FROM "
                                     "NORTHERN DALES AND COAST INTEGRATED CARE BOARD"},
        {"number": "24/49", "title": "YOUTH VAPING - SETTING THE SCENE"},
        {"number": "24/50", "title": "COMMUNITY EQUIPMENT SERVICE - RE-PROCUREMENT"},
        {"number": "24/51", "title": "HOLMBROUGH URGENT TREATMENT CENTRE - WAITING TIMES "
                                     "AND PATIENT ENGAGEMENT"},
        {"number": "24/52", "title": "INVESTIGATION INTO SOCIAL PRESCRIBING - DRAFT FINAL "
                                     "REPORT"},
        {"number": "24/53", "title": "OVERVIEW AND SCRUTINY BOARD - AN UPDATE"},
        {"number": "24/54", "title": "DATE AND TIME OF NEXT MEETING"},
        {"number": "24/55", "title": "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE "
                                     "CHAIR, MAY BE CONSIDERED"},
    ],
    "questions": [
        # 24/48 dentistry
        q("24/48", "question",
          "queried how many people in Holmbrough were currently waiting to see an NHS dentist",
          None,
          "there was no central waiting list for dental care",
          "Head of Primary Care (Dental)", ["primary-care"]),
        q("24/48", "concern",
          "raised concerns that residents in Ashgarth had been told by their practice",
          "Councillor Purvis",
          "the ICB could not compel a practice to accept new NHS patients",
          "Senior Commissioning Manager", ["primary-care", "privatisation"]),
        q("24/48", "question",
          "In response to a query regarding the new practice on Thornhoe Road",
          None,
          "the contract had been awarded to Rowanfield Dental Partnership following a competitive tender",
          None, ["primary-care", "subcontracting"]),
        q("24/48", "request",
          "requested that the ICB provide a list of the practices currently accepting new NHS patients",
          "Vice Chair",
          "agreed to circulate the list to Members through the Democratic Services Officer",
          "Head of Primary Care (Dental)", ["primary-care"]),
        q("24/48", "comment",
          "commented that many families were unaware that NHS dental treatment was free",
          None, None, None, ["primary-care", "children-and-families"]),
        q("24/48", "question",
          "asked whether the additional urgent appointments would continue after 31 March 2025",
          "Councillor Stoddart",
          "funding for dental access sessions had been agreed for 2025/26",
          None, ["primary-care", "finance"]),
        q("24/48", "question",
          "queried why supervised toothbrushing was not offered in every primary school",
          None,
          "the programme was funded from the public health grant and was targeted",
          "Director of Public Health",
          ["public-health", "children-and-families", "finance"]),
        # 24/49 youth vaping
        q("24/49", "question",
          "queried what penalties had been imposed on retailers found to be selling vapes",
          None,
          "Two retailers had been prosecuted, with fines and costs totalling",
          "Trading Standards and Licensing Manager", ["public-health", "children-and-families"]),
        q("24/49", "concern",
          "expressed concern that vapes were being sold to young people through social media",
          "Councillor Haq",
          "acknowledged that online sales were increasingly difficult to police",
          "Trading Standards and Licensing Manager", ["public-health", "children-and-families"]),
        q("24/49", "question",
          "questioned whether it was right for the council to offer vapes to adults",
          None,
          "was substantially less harmful than smoking for adults and was one",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("24/49", "question",
          "asked whether schools and young people had been involved in developing the council's approach",
          "Councillor Mawson",
          "a youth vaping toolkit for schools had been co-designed with pupils",
          None, ["public-health", "children-and-families", "patient-and-public-input"]),
        q("24/49", "request",
          "requested that the number of test purchases and sales to young people be provided",
          "Chair", None, None, ["public-health", "children-and-families"]),
        q("24/49", "comment",
          "discarded disposable vapes were frequently found in parks and children's play areas",
          None, None, None, ["public-health", "children-and-families"]),
        q("24/49", "question",
          "asked whether the council could use its planning or licensing powers to limit new shops",
          None,
          "there was currently no licensing regime for vape retailers",
          "Director of Public Health", ["public-health", "governance"]),
        # 24/50 community equipment
        q("24/50", "question",
          "queried why the option of bringing the service back in-house had been discounted",
          None,
          "would require the council to acquire a warehouse, a decontamination facility",
          HOC, ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("24/50", "concern",
          "raised concerns about delays in the delivery of equipment needed for people leaving hospital",
          "Councillor Kirtley",
          "the new contract would include service credits where the standard was not met",
          HOC, ["adult-social-care", "subcontracting", "workforce"]),
        q("24/50", "concern",
          "expressed concern that equipment was often delivered without anyone showing the person",
          "J Alderson",
          "demonstration at the point of delivery would be a requirement of the new specification",
          EM, ["adult-social-care", "subcontracting"]),
        q("24/50", "question",
          "whether service users had been consulted on the specification",
          None,
          "a survey had been completed by 212 service users and carers",
          None, ["patient-and-public-input", "adult-social-care", "subcontracting"]),
        q("24/50", "question",
          "was asked whether the contract would require the successful provider to pay its staff",
          None,
          "this would be a condition of the contract, in line with the council's",
          EM, ["workforce", "subcontracting"]),
        q("24/50", "comment",
          "local voluntary sector organisations should be able to bid for parts of the service",
          None,
          "the tender would be divided into two lots, one for equipment",
          None, ["subcontracting"]),
        q("24/50", "question",
          "sought assurance that the ICB would continue to meet its share of the cost",
          None,
          "was set out in the section 75 agreement between the two organisations",
          HOC, ["finance", "integration", "subcontracting"]),
        # 24/51 urgent treatment centre
        q("24/51", "question",
          "queried why waiting times at the UTC had worsened over the winter",
          None,
          "attendances had risen by 14 per cent compared with the previous winter",
          DOO, ["workforce"]),
        q("24/51", "question",
          "asked how the findings of the Healthwatch visit and the trust's own patient survey",
          "Councillor Purvis",
          "a patient panel of eight local residents had been set up",
          None, ["patient-and-public-input"]),
        q("24/51", "concern",
          "Concerns were expressed regarding the proposal to close the UTC overnight",
          None,
          "the trust did not consider the change to be a substantial variation",
          DOO, ["patient-and-public-input", "governance"]),
        q("24/51", "request",
          "requested that Healthwatch Holmbrough be involved in analysing the responses",
          None, None, None, ["patient-and-public-input"]),
        q("24/51", "comment",
          "commented that the NHS 111 service should be able to book patients",
          "Councillor Stoddart",
          "booked slots had been introduced in November and now accounted for",
          DOO, []),
        q("24/51", "question",
          "sought clarification as to where patients arriving at the UTC after midnight",
          "Vice Chair",
          "signs and staff at the site would direct patients to the emergency department",
          DOO, []),
        # 24/52 social prescribing
        q("24/52", "question",
          "queried whether the delay would prevent the report being considered by the",
          None,
          "the report could still be submitted to that meeting if it was approved",
          "Democratic Services Officer", ["governance"]),
    ],
    "resolutions": [
        res("24/47", "held on 12 February 2025 were submitted and approved as a correct record",
            "agreed", []),
        res("24/48", "a further update on access to NHS dentistry, including the opening",
            "agreed", ["primary-care"]),
        res("24/49", "youth vaping be included as a possible topic for the panel's work programme",
            "agreed", ["public-health", "children-and-families"]),
        res("24/50", "approve the re-procurement of the Community Equipment Service through an open",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("24/51", "the trust be requested to present the outcome of the engagement",
            "agreed", ["patient-and-public-input"]),
        res("24/52", "consideration of the draft final report on social prescribing be deferred",
            "deferred", []),
        res("24/53", "AGREED that the update on the work of the Overview and Scrutiny Board",
            "noted", []),
    ],
    "attendees": [
        att("Councillor D Coulthard", "Chair", "present"),
        att("Councillor J Ridsdale", "Vice Chair", "present"),
        att("Councillor N Haq", None, "present"),
        att("Councillor R Kirtley", None, "present"),
        att("Councillor T Mawson", None, "present"),
        att("Councillor L Purvis", None, "present"),
        att("Councillor B Stoddart", None, "present"),
        att("Councillor C Heslop", EM, "in_attendance"),
        att("Dr H Ravensworth", ICB, "in_attendance"),
        att("M Gaskell", ICB, "in_attendance"),
        att("S Trotter", TRUST, "in_attendance"),
        att("K Oyelaran", "Healthwatch Holmbrough", "in_attendance"),
        att("J Alderson", "Holmbrough Disability Forum", "in_attendance"),
        att("E Brunskill", None, "in_attendance"),
        att("A Dinsdale", None, "in_attendance"),
        att("R Fairless", None, "in_attendance"),
        att("P Hagan", None, "in_attendance"),
        att("C Tinkler", None, "in_attendance"),
        att("Councillor A Bellerby", None, "apologies"),
        att("Councillor G Wennington", None, "apologies"),
        att("Dr P Nwachukwu", TRUST, "apologies"),
    ],
}

BRIEFING_GOLD = {"document": BRIEFING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (MINUTES_GOLD, BRIEFING_GOLD):
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
    for gold_path in sorted(GOLD.glob("pd-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {text.count(chr(12))} pages, "
              f"{len(text.split())} words, {len(gold['items'])} items, "
              f"{len(gold['questions'])} questions ({answered} answered), "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}\ngold in {GOLD}")
