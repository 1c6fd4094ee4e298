#!/usr/bin/env python3
"""Build the "pp-" documents of round 216 and their gold annotations.

Usage:  build_pp.py           build documents/pp-* and gold/pp-*.json
        build_pp.py --check   verify every gold phrase occurs once in its document

Both documents are plain text as saved from a printed PDF: page headers and
footers, form feeds, indented paragraphs and lines wrapped at about 80 characters,
with a few words hyphenated at the ends of lines.  A "~" inside a word in the
source marks where it may be hyphenated if it falls at the end of a line.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pp-cerneshire-health-scrutiny-committee-2018-03-14.txt"
BRIEFING_NAME = "pp-cerneshire-public-health-briefing-e-cigarettes-young-people.txt"

WIDTH = 80
INDENT = 8


# ---------------------------------------------------------------------------
# Wrapping and pagination
# ---------------------------------------------------------------------------

# Where the typesetter was allowed to break some longer words at a line end.
HYPHENATE = {
    "specification": "specifi~cation", "organisations": "organi~sations",
    "considered": "consid~ered", "mobilisation": "mobili~sation",
    "improvement": "improve~ment", "arrangements": "arrange~ments",
    "Commissioning": "Commis~sioning", "commissioned": "commis~sioned",
    "experience": "experi~ence", "distances": "dis~tances",
    "particularly": "partic~ularly", "information": "infor~mation",
    "establishment": "establish~ment", "disclosable": "disclos~able",
    "responsible": "respons~ible", "orthodontics": "ortho~dontics",
    "neighbouring": "neighbour~ing", "increasingly": "increas~ingly",
    "communication": "communi~cation", "engagement": "engage~ment",
    "Partnerships": "Partner~ships", "sustainability": "sustain~ability",
    "reablement": "reable~ment", "constituent": "constitu~ent",
    "investigated": "investi~gated", "temporary": "tempo~rary",
    "contraception": "contra~ception", "reflecting": "reflect~ing",
    "framework": "frame~work",
    "Cerneshire": "Cerne~shire", "accordance": "accord~ance",
    "declarations": "declara~tions", "appointment": "appoint~ment",
    "programme": "pro~gramme", "vaping": "vap~ing", "secondary": "second~ary",
    "Trading": "Trad~ing", "education": "edu~cation", "retailers": "retail~ers",
    "carried": "car~ried", "nationally": "nation~ally", "published": "pub~lished",
    "Wellbeing": "Well~being", "packaging": "pack~aging",
"procurement": "procure~ment",
    "recommendations": "recommen~dations", "supervised": "super~vised",
    "participation": "partici~pation", "emergency": "emer~gency",
    "independent": "inde~pendent", "experimentation": "experimen~tation",
    "concentrated": "concen~trated", "regulations": "regu~lations",
    "discouraging": "discour~aging", "designated": "desig~nated",
    "Advertising": "Adver~tising", "consumer": "con~sumer",
    "popular": "pop~ular", "addictive": "addic~tive",
}


def wrap(text: str, first: str, rest: str, width: int = WIDTH) -> list[str]:
    """Greedy wrap; words may be split at a "~" marker with a hyphen at line end."""
    words = []
    for w in text.split():
        m = re.match(r"^(\W*)([\w'’-]+?)(\W*)$", w)
        if m and m.group(2) in HYPHENATE and "~" not in w:
            w = m.group(1) + HYPHENATE[m.group(2)] + m.group(3)
        words.append(w)
    lines: list[str] = []
    cur = first
    empty = True
    i = 0
    while i < len(words):
        word = words[i]
        plain = word.replace("~", "")
        sep = "" if empty else " "
        if len(cur) + len(sep) + len(plain) <= width:
            cur += sep + plain
            empty = False
            i += 1
            continue
        # try to hyphenate at a marker
        parts = word.split("~")
        placed = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if not empty and len(cur) + 1 + len(head) <= width:
                lines.append(cur + " " + head)
                words[i] = "~".join(parts[k:])
                cur = rest
                empty = True
                placed = True
                break
        if placed:
            continue
        if empty:  # a word longer than the line
            cur += plain
            empty = False
            i += 1
            continue
        lines.append(cur)
        cur = rest
        empty = True
    if not empty:
        lines.append(cur)
    return lines


def paginate(lines: list[str], per_page: int, header, footer) -> str:
    pages: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if line == "\f":  # forced page break
            if cur:
                pages.append(cur)
            cur = []
            continue
        limit = per_page if pages else per_page + 2
        if len(cur) >= limit:
            pages.append(cur)
            cur = []
        if not cur and line == "":
            continue
        cur.append(line)
    if cur:
        pages.append(cur)
    total = len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        top = header(n, total)
        bottom = footer(n, total)
        out.append("\n".join(top + page) + "\n\n" + "\n".join(bottom) + "\n\f")
    return "".join(out)


def centre(text: str) -> str:
    return " " * max(0, (WIDTH - len(text)) // 2) + text


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("raw", text)           lines kept as written
#   ("head", title)         an item's heading, flush left, a blank line above
#   ("min", number, text)   the first paragraph of a minute, its number in the margin
#   str                     a paragraph indented to the text column
#   ("label", text)         a one-line label in the text column ("Resolved")
#   ("clause", n, text)     a numbered clause with a hanging indent

HEAD = [
    ("raw", "Public Document Pack"),
    ("raw", ""),
    ("raw", "Cerneshire Health Scrutiny Committee"),
    ("raw", ""),
    ("rawwrap", "Minutes of the meeting held at County Hall, Castle Mount, Sherbury, CN1 1XJ "
                "on Wednesday, 14 March 2018."),
    ("raw", ""),
    ("raw", "Present:"),
    ("raw", "Harold Tuckett (Chairman)"),
    ("raw", "Marian Fudge (Vice-Chairman)"),
    ("rawwrap", "Pauline Ayling, Graham Cheverell, Rosemary Kewell, Derek Mintern and "
                "Susan Pidgeon."),
    ("raw", ""),
    ("raw", "District and Borough Council Members:"),
    ("rawwrap", "Alan Coombs (North Cerneshire District Council), Jennifer Hallett (Portmoor "
                "Borough Council), Peter Stainer (West Cerneshire District Council) and Kevin "
                "Yeatman (Hambury District Council)."),
    ("raw", ""),
    ("raw", "Members Attending"),
    ("raw", "Veronica Legg, Cabinet Member for Health and Care."),
    ("raw", "Terence Ridout, County Councillor for Sherbury West (for minute 15)."),
    ("raw", ""),
    ("rawwrap", "Officers Attending: Margaret Sillifant (Director for Adult and Community "
                "Services), Dr Anand Chaudhary (Director of Public Health), Gemma Rendell "
                "(Health Partnerships Officer) and Nigel Pouncy (Senior Democratic Services "
                "Officer)."),
    ("raw", ""),
    ("raw", "For certain items, as appropriate:"),
    ("rawwrap", "Fiona Cardew (Consultant in Public Health), Simon Hoskins (Head of "
                "Commissioning \u2013 Care and Support), Dr Rachel Ingpen (Director of Primary "
                "Care, Cerneshire Clinical Commissioning Group), Trevor Mabey (Head of Primary "
                "Care Commissioning, NHS England) and Lorna Vowles (Chief Executive, "
                "Healthwatch Cerneshire)."),
    ("raw", ""),
    ("rawwrap", "(Notes: (1) In accordance with Rule 16 of the County Council Standing "
                "Orders for Meetings the decisions set out in these minutes will not come "
                "into force until the expiry of five working days after the publication date "
                "shown below, unless the decisions are recommendations to the County Council, "
                "Cabinet or a Committee, or are subject to the call-in procedure."),
    ("raw", ""),
    ("raw", "Publication Date: Friday, 23 March 2018"),
    ("raw", ""),
    ("rawwrap", "(2) The minutes have been prepared by officers as a record of the meeting "
                "and of any decisions reached. They are to be considered and confirmed at "
                "the next meeting of the Cerneshire Health Scrutiny Committee to be held on "
                "Wednesday, 6 June 2018.)"),
]

BODY = [
    ("head", "Apologies for Absence"),
    ("min", "10", "Apologies for absence were received from Ronald Hembury and Sandra "
                  "Quarrier (East Cerneshire District Council)."),

    ("head", "Code of Conduct"),
    ("min", "11", "There were no declarations by members of disclosable pecuniary interests "
                  "under the Code of Conduct."),
    "Rosemary Kewell declared a general interest in minute 15 as a member of her family "
    "was employed as a care worker by one of the providers referred to in the report. As "
    "this was not a disclosable pecuniary interest she remained in the meeting and took "
    "part in the debate.",

    ("head", "Minutes"),
    ("min", "12", "The minutes of the meeting held on 24 January 2018 were confirmed and "
                  "signed."),
    ("label", "Matters Arising"),
    ("label", "Minute 7 \u2013 Ambulance Response Times in Rural Areas"),
    "One member asked whether the ambulance service had replied to the letter sent by "
    "the Chairman following the last meeting. The Health Partnerships Officer confirmed "
    "that a reply had been received on 2 March 2018 and would be circulated to members "
    "with these minutes.",

    ("head", "Public Participation"),
    ("minlabel", "13", "Public Speaking"),
    "One public question was received at the meeting in accordance with Standing Order "
    "21(1), from Mrs Elaine Gillingham of Blandwick. The question and the response given "
    "by the Chairman are attached as an annexure to these minutes.",
    "There were no public statements received at the meeting in accordance with Standing "
    "Order 21(2).",
    ("label", "Petitions"),
    "There were no petitions received at the meeting in accordance with the County "
    "Council's Petition Scheme.",

    ("head", "Integrated Sexual Health Service \u2013 Re-procurement"),
    ("min", "14", "The Committee considered a report by the Director of Public Health which "
                  "set out the proposed approach to the re-procurement of the integrated "
                  "sexual health service for Cerneshire. The service was currently provided "
                  "by Cerne Valley Healthcare NHS Foundation Trust under a contract which had "
                  "been extended to 31 March 2019 and could not lawfully be extended "
                  "further. The Joint Public Health Board had agreed on 5 February 2018 that "
                  "the service should be re-procured as a single contract with a lead "
                  "provider, which would be able to subcontract elements of the service, "
                  "such as long-acting reversible contraception and chlamydia testing, to GP "
                  "practices and community pharmacies."),
    "The Consultant in Public Health explained that the annual value of the contract "
    "would reduce from \u00a35.1m to \u00a34.65m, reflecting the reductions in the Public "
    "Health Grant, and that the new specification placed a greater emphasis on online "
    "testing and on outreach to the groups at highest risk of poor sexual health. A "
    "market engagement event held in January had been attended by nine organisations, "
    "including two NHS trusts, three from the voluntary sector and four private "
    "companies. Members were informed that the contract would be for an initial term of "
    "five years, with the option of extending it for up to a further two years, and that "
    "the new service would begin on 1 April 2019 following a mobilisation period of "
    "four months.",
    "One member asked whether the reduction in the value of the contract would lead to "
    "the closure of any of the existing clinics. The Consultant in Public Health "
    "explained that the specification did not prescribe the number of clinics, but "
    "required the provider to maintain a walk-in service in Sherbury, Portmoor and "
    "Hambury and to offer at least two evening sessions each week, and that most of the "
    "saving was expected to come from moving routine testing online.",
    "A member expressed concern that the lead provider model would allow a private "
    "company to win the contract and then subcontract the work to GP practices and "
    "pharmacies at a lower price than it had bid for it. In response, the Director of "
    "Public Health advised that bids would be evaluated on quality as well as price, with "
    "a weighting of 60:40 in favour of quality, and that the County Council would retain "
    "the right to approve any subcontract and the prices paid under it.",
    "Members asked how young people had been involved in designing the new service. It "
    "was explained that the Council's youth participation team had run four workshops "
    "with 62 young people in schools and colleges across the county, and that two young "
    "people would sit on the evaluation panel for the quality questions.",
    "Peter Stainer highlighted the distances that residents of the west of the county, "
    "and particularly young people without the use of a car, had to travel to reach a "
    "clinic, and asked whether outreach would be provided in the smaller market towns. "
    "The Consultant in Public Health confirmed that the specification required outreach "
    "clinics in at least six market towns, including Bridmouth and Lyndon St Mary, and "
    "that postal testing kits would be available free of charge to anyone aged 16 or "
    "over living in the county.",
    "The Vice-Chairman asked that the Committee be informed of the name of the "
    "successful bidder before the contract was awarded. The Director of Public Health "
    "explained that this would not be possible during the standstill period, but that "
    "members would be sent a briefing note as soon as the award had been made.",
    ("label", "Resolved"),
    ("clause", "1.", "That the proposed approach, as described in the report, to the "
                     "re-procurement of the integrated sexual health service be supported."),
    ("clause", "2.", "That the outcome of the procurement and the arrangements for the "
                     "transfer of the service be reported to the Committee in November "
                     "2018."),

    ("head", "Home Care \u2013 Market Sustainability and Subcontracted Care"),
    ("min", "15", "The Committee considered a report by the Director for Adult and Community "
                  "Services which provided an update on the sustain~ability of the home "
                  "care market in Cerneshire, following the concerns raised by members at "
                  "the meeting held on 8 November 2017 (minute 47 refers)."),
    "Members were informed that the County Council currently purchased around 21,400 "
    "hours of home care each week for 2,310 people from 43 providers on its framework "
    "agreement, at a standard rate of \u00a316.62 an hour. At any one time around 1,100 "
    "hours of care each week could not be placed with a provider, mostly in the rural "
    "parts of the north and west of the county. To increase capacity, framework providers "
    "had been permitted since April 2017 to subcontract packages of care to smaller "
    "agencies which were not on the framework, with the agreement of the County Council, "
    "and approximately 14% of hours were now delivered in this way. The framework would "
    "expire in March 2019 and the Director reported that work had begun on the "
    "arrange~ments to replace it.",
    "With the consent of the Chairman, Terence Ridout, the County Councillor for Sherbury "
    "West, addressed the Committee. He described the case of an elderly constituent whose "
    "care had been passed between three agencies in four months, none of which had been "
    "named in her care plan, and expressed concern that neither she nor her family had "
    "been told in advance who would be visiting. The Head of Commissioning \u2013 Care and "
    "Support apologised for the distress caused and explained that the framework "
    "contract required providers to obtain the Council's written consent before "
    "subcontracting a package, and to inform the person receiving care; the case would be "
    "investigated as a possible breach of contract and the outcome reported to Terence "
    "Ridout.",
    "One member asked how the County Council monitored the quality of care provided by "
    "subcontractors that were not on the framework. Members were advised that "
    "subcontractors had to be registered with the Care Quality Commission with a rating "
    "of at least \u2018requires improvement\u2019, and that the Council's quality monitoring "
    "team included them in its programme of visits.",
    "Graham Cheverell felt that the Council had become too reliant on the market, and that "
    "it should consider providing some home care directly in those areas where providers "
    "were unable to pick up packages, as a number of other authorities had done. The "
    "Cabinet Member for Health and Care responded that an in-house service had been "
    "costed as part of the 2017 review of home care and would have cost around \u00a34 an "
    "hour more than the framework rate, but that the option would be looked at again "
    "when the framework was re-commissioned.",
    "A member asked whether care workers employed by the framework providers and their "
    "subcontractors were paid for travel time between calls. The Head of Commissioning "
    "\u2013 Care and Support stated that the Council's hourly rate had been calculated on "
    "the assumption that travel time would be paid, but that the Council was not able to "
    "require providers to pay it; a survey of providers in the autumn had found that 31 "
    "of the 43 did so.",
    "Concern was expressed about the number of people who were medically fit to leave "
    "hospital but were waiting for a package of care. It was reported that on 5 March "
    "2018 there had been 37 such patients in Sherbury County Hospital and the community "
    "hospitals, compared with 52 a year earlier, and that the reablement service had been "
    "expanded to pick up packages for up to six weeks while a long-term provider was "
    "found.",
    "Rosemary Kewell asked that the next report should include the number of complaints "
    "and safeguarding concerns relating to subcontracted care, broken down by provider.",
    ("label", "Resolved"),
    "That the report be noted and that a further report on the re-commissioning of home "
    "care, including the information requested by members at the meeting, be presented "
    "to the Committee in September 2018.",

    ("head", "NHS Dental Services in Cerneshire"),
    ("min", "16", "The Committee considered a report by NHS England which set out the "
                  "current position regarding access to NHS dental services in Cerneshire. "
                  "NHS England was responsible for commissioning all NHS dental services, "
                  "including orthodontics and urgent care, while the County Council, "
                  "through Public Health Cerneshire, was responsible for oral health "
                  "improvement."),
    "The Head of Primary Care Commissioning reported that there were 61 dental practices "
    "in the county holding NHS contracts. 51% of adults had seen an NHS dentist in the "
    "previous 24 months, compared with 50% in England as a whole, and 59% of children had "
    "done so in the previous 12 months. Two practices, in Bridmouth and Blandwick, had "
    "handed back their NHS contracts during 2017, and NHS England had commissioned 4,000 "
    "additional units of dental activity on a temporary basis from neighbouring practices "
    "while the contracts were re-procured.",
    "Members raised concerns that very few practices in the county were accepting new "
    "NHS patients, and that constituents had been told to travel to practices more than "
    "30 miles away. The Head of Primary Care Commissioning acknowledged that access was "
    "most difficult in the west of the county and advised that the re-procurement of the "
    "Bridmouth and Blandwick contracts, which would provide capacity for around 9,500 "
    "patients, was expected to be completed by October 2018.",
    "In response to a question from Jennifer Hallett about why practices were handing "
    "back their contracts, the Head of Primary Care Commissioning explained that the "
    "national contract, which was based on units of dental activity, did not pay dentists "
    "any more for a course of treatment involving several fillings than for one involving "
    "a single filling, and that practices were finding it increasingly difficult to "
    "recruit dentists who were willing to undertake NHS work.",
    "A member asked what was being done to improve the oral health of young children, "
    "given that tooth decay remained the most common reason for children aged five to "
    "nine being admitted to hospital. The Director of Public Health said that the Council "
    "had commissioned a supervised toothbrushing scheme which now operated in 74 "
    "nurseries and primary schools in the areas of greatest need, and that fluoride "
    "varnish was applied at the children's centres in Portmoor and Hambury.",
    "Kevin Yeatman queried the arrangements for people needing urgent dental treatment "
    "at weekends. It was explained that urgent treatment was accessed through NHS 111, "
    "which could book patients into one of three urgent dental care centres, and that "
    "these had offered 2,860 appointments in the previous quarter, of which 94% had been "
    "used.",
    "The Chairman commented that the situation described in the report was not "
    "acceptable for a county with a large and growing number of older residents, many of "
    "whom had kept their own teeth and needed regular care, and thanked the Head of "
    "Primary Care Commissioning for attending.",
    ("label", "Recommended"),
    "That the Cabinet Member for Health and Care be asked to write to the Secretary of "
    "State for Health and Social Care and to the county's Members of Parliament, "
    "expressing the Committee's concern about access to NHS dental services in "
    "Cerneshire and urging that reform of the national dental contract be given "
    "priority.",

    ("head", "Healthwatch Cerneshire \u2013 Experiences of Hospital Discharge"),
    ("min", "17", "The Committee considered a report by Healthwatch Cerneshire which set out "
                  "the findings of its engagement with patients and carers on their "
                  "experience of being discharged from Sherbury County Hospital and the "
                  "county's community hospitals between July and December 2017. The Chief "
                  "Executive of Healthwatch Cerneshire explained that the main issues "
                  "raised had been delays on the day of discharge while patients waited "
                  "for medicines to take home, poor communication with carers about the "
                  "date of discharge, and the lack of follow-up once people had returned "
                  "home. The report made nine recommendations to the hospital trusts, the "
                  "Clinical Commissioning Group and the County Council."),
    "In response to a question from Susan Pidgeon about how many people had contributed "
    "to the report, the Chief Executive of Healthwatch Cerneshire said that 287 patients "
    "and carers had completed the survey and a further 46 had been interviewed on the "
    "wards during enter and view visits.",
    "One member felt that people living in rural areas and those without access to the "
    "internet were less likely to have their views heard. Members were informed that "
    "Healthwatch had held drop-in sessions in 14 libraries and at the county show, and "
    "had provided paper copies of the survey with a freepost envelope on every ward.",
    "A member asked whether the hospital trusts were obliged to respond to the "
    "recommendations in the report. The Chief Executive of Healthwatch Cerneshire "
    "confirmed that providers were required to respond within 20 working days, and that "
    "Cerneshire County Hospital NHS Foundation Trust had already agreed an action plan, "
    "including the appointment of a discharge co-ordinator on each ward.",
    "Alan Coombs questioned why the Clinical Commissioning Group had not used its own "
    "patient engagement network to gather similar information before now.",
    "The Director for Adult and Community Services welcomed the report and noted that "
    "several of the recommendations were already being taken forward through the joint "
    "discharge improvement plan agreed by the Health and Wellbeing Board in January.",
    ("label", "Resolved"),
    "That the findings and recommendations of the Healthwatch Cerneshire report be "
    "noted.",

    ("head", "Mental Health Crisis Care \u2013 Proposed Task and Finish Group"),
    ("min", "18", "The Committee considered a report by the Director for Adult and Community "
                  "Services which proposed the establishment of a task and finish group to "
                  "review crisis care for adults with mental health needs, following the "
                  "concerns raised at the meeting on 24 January 2018 about the temporary "
                  "closure of the crisis house in Portmoor. Draft terms of reference were "
                  "attached to the report as an appendix."),
    "One member asked whether representatives of people with lived experience of mental "
    "illness would be invited to contribute to the review. The Health Partnerships "
    "Officer confirmed that the draft terms of reference provided for evidence sessions "
    "with service users and carers, and with the Cerneshire Mental Health Forum.",
    ("label", "Resolved"),
    ("clause", "1.", "That a Mental Health Crisis Care Task and Finish Group be established, "
                     "with the terms of reference set out in the appendix to the report."),
    ("clause", "2.", "That Pauline Ayling, Graham Cheverell, Marian Fudge and Jennifer Hallett "
                     "be appointed to the Task and Finish Group."),

    ("head", "Work Programme"),
    ("min", "19", "The Committee considered its work programme for 2018/19."),
    "Susan Pidgeon requested that an item on the use of e-cigarettes by young people be "
    "added to the work programme, following reports in the local press of vaping in "
    "school toilets. The Director of Public Health advised that Public Health Cerneshire "
    "was preparing a briefing note for members on e-cigarettes and young people, which "
    "would be circulated before the June meeting, and suggested that the Committee "
    "consider once it had been received whether a full report was required.",
    "A member asked when the Committee would receive the outcome of the Clinical "
    "Commissioning Group's review of community hospital beds. The Health Partnerships "
    "Officer advised that this was now expected in September 2018.",
    ("label", "Resolved"),
    "That the work programme be agreed, subject to the addition of a briefing note on "
    "e-cigarettes and young people and of the outcome of the community hospital beds "
    "review in September 2018.",

    ("head", "Briefings for Information / Noting"),
    ("min", "20", "The Committee received briefing reports by the Health Partnerships "
                  "Officer on:"),
    ("clause", "(a)", "changes to the NHS 111 service from April 2018;"),
    ("clause", "(b)", "the Kingsbay and Cerneshire Joint Health Scrutiny Committee meeting "
                      "held on 19 February 2018; and"),
    ("clause", "(c)", "the consultation on the future of the Cerneshire Stop Smoking "
                      "Service."),
    ("label", "Resolved"),
    "That the briefings for information be noted.",

    ("head", "Questions from County Councillors"),
    ("min", "21", "No questions were asked by members under Standing Order 20(2)."),
    ("raw", ""),
    ("raw", ""),
    ("raw", "Meeting Duration: 10.00 am - 1.05 pm"),
]

ANNEX = [
    ("raw", "\f"),
    ("raw", "Annexure"),
    ("raw", ""),
    ("raw", "Cerneshire Health Scrutiny Committee \u2013 14 March 2018"),
    ("raw", ""),
    ("raw", "Public Question received in accordance with Standing Order 21(1)"),
    ("raw", ""),
    ("raw", "Question from Mrs Elaine Gillingham, Blandwick"),
    ("raw", ""),
    ("plain", "\u201cThe minor injuries unit at Blandwick Community Hospital has closed "
              "overnight on 23 occasions since October because there were not enough nurses "
              "to staff it. Will the Committee ask the Clinical Commissioning Group and Cerne "
              "Valley Healthcare to publish the dates of closures in advance, and to explain "
              "what they are doing to keep the unit open?\u201d"),
    ("raw", ""),
    ("raw", "Response from the Chairman"),
    ("raw", ""),
    ("plain", "\u201cI thank Mrs Gillingham for her question. The Clinical Commissioning Group "
              "has advised that the overnight closures at Blandwick have been made at short "
              "notice to keep patients safe when a registered nurse could not be found to "
              "cover a shift. Cerne Valley Healthcare has agreed to post notice of any "
              "planned closure on its website and at the unit at least 48 hours in advance, "
              "and is recruiting to three emergency nurse practitioner posts. I have asked "
              "the Health Partnerships Officer to include the opening hours of the unit in "
              "the next performance update to this Committee.\u201d"),
]


def block_lines(block) -> list[str]:
    pad = " " * INDENT
    if isinstance(block, str):
        return [""] + wrap(block, pad, pad)
    kind = block[0]
    if kind == "raw":
        return block[1].split("\n")
    if kind == "rawwrap":
        return wrap(block[1], "", "")
    if kind == "plain":
        return wrap(block[1], "", "")
    if kind == "head":
        return ["", ""] + wrap(block[1], "", "")
    if kind == "min":
        return [""] + wrap(block[2], block[1].ljust(INDENT), pad)
    if kind == "minlabel":
        return [""] + [block[1].ljust(INDENT) + block[2]]
    if kind == "label":
        return ["", pad + block[1]]
    if kind == "clause":
        num = block[1]
        return [""] + wrap(block[2], pad + num.ljust(5), pad + " " * 5)
    raise ValueError(block)


def minutes_text() -> str:
    lines: list[str] = []
    for block in HEAD + BODY + ANNEX:
        lines.extend(block_lines(block))

    def header(n, total):
        if n == 1:
            return []
        return ["Cerneshire Health Scrutiny Committee \u2013 14 March 2018".rjust(WIDTH), ""]

    def footer(n, total):
        return [centre(f"Page {n}")]

    return paginate(lines, 50, header, footer)


# ---------------------------------------------------------------------------
# The briefing note (not minutes)
# ---------------------------------------------------------------------------

BRIEF = [
    ("raw", "Public Health Cerneshire"),
    ("raw", "Working in partnership with Cerneshire County Council, Kingsbay Borough Council"),
    ("raw", "and Saltmouth Borough Council"),
    ("raw", ""),
    ("raw", "MEMBER BRIEFING NOTE"),
    ("raw", ""),
    ("raw", "E-cigarettes and young people"),
    ("raw", ""),
    ("raw", "For:            Members of the Cerneshire Health Scrutiny Committee"),
    ("raw", "From:           Dr Anand Chaudhary, Director of Public Health"),
    ("raw", "Author:         Fiona Cardew, Consultant in Public Health"),
    ("raw", "Date:           May 2018"),
    ("raw", "Status:         For information \u2013 not a decision report"),
    ("raw", ""),
    ("h", "1.  Purpose"),
    ("p", "1.1", "At its meeting on 14 March 2018 the Health Scrutiny Committee asked for "
             "information on the use of e-cigarettes by young people in Cerneshire, following "
             "reports in the local press of vaping in school toilets. This note sets out what "
             "is known nationally and locally, the law on the sale of e-cigarettes to under-18s, "
             "and what Public Health Cerneshire and its partners are doing. It is provided for "
             "information and does not ask members to make a decision."),
    ("h", "2.  Key messages"),
    ("b", "Smoking remains the largest single cause of preventable illness and early death "
          "in Cerneshire. Around 13.9% of adults in the county smoke, and smoking rates are "
          "more than twice as high among people in routine and manual jobs."),
    ("b", "E-cigarettes are not risk-free, but the best available evidence is that they are "
          "far less harmful than smoking tobacco. They can help adult smokers to quit, and "
          "are now the most popular aid to quitting in England."),
    ("b", "Experimentation with e-cigarettes among young people in Cerneshire is common, but "
          "regular use is rare and is concentrated almost entirely among young people who "
          "already smoke or have smoked."),
    ("b", "It has been illegal since October 2015 to sell e-cigarettes or e-liquids to "
          "anyone under 18, or for an adult to buy them on behalf of someone under 18."),
    ("b", "Our approach is to keep e-cigarettes out of the hands of children who do not "
          "smoke, while not discouraging adult smokers from switching to them."),
    ("h", "3.  Background"),
    ("p", "3.1", "E-cigarettes heat a liquid, usually containing nicotine, to produce a vapour "
             "which the user inhales. Because they do not burn tobacco they do not produce "
             "tar or carbon monoxide, which cause most of the harm from smoking. Nicotine is "
             "addictive, however, and the long-term effects of vaping are not yet known. The "
             "products sold in the UK are regulated under the Tobacco and Related Products "
             "Regulations 2016, which limit the strength of nicotine liquids and the size of "
             "tanks and refill containers, and require health warnings on packaging."),
    ("p", "3.2", "Nationally, surveys of 11 to 18 year olds carried out in 2017 found that "
             "around one in six had tried an e-cigarette, but that fewer than 2% used one "
             "more than once a week, and that regular use among young people who had never "
             "smoked was below 0.5%. There is so far little evidence that e-cigarettes are "
             "acting as a route into smoking for young people; youth smoking rates have "
             "continued to fall over the period in which e-cigarettes have become popular."),
    ("h", "4.  The picture in Cerneshire"),
    ("p", "4.1", "The Cerneshire Young People's Health and Wellbeing Survey was completed by "
             "6,214 pupils in Years 8 and 10 in 31 secondary schools in the autumn of 2017. "
             "Among Year 10 pupils (aged 14 to 15):"),
    ("b", "21% said they had tried an e-cigarette at least once;"),
    ("b", "4% said they used one at least once a week;"),
    ("b", "of those who vaped weekly, nine out of ten also smoked or had smoked in the past; "
          "and"),
    ("b", "7% said that they smoked cigarettes regularly, down from 11% in 2013."),
    ("p", "4.2", "Rates of trying e-cigarettes were higher in the Portmoor and Bridmouth "
             "areas, which also have the highest rates of youth smoking in the county. Four "
             "schools have contacted the public health team since January asking for advice "
             "about vaping on school premises."),
    ("p", "4.3", "Cerneshire Trading Standards carried out 48 test purchases of e-cigarettes "
             "and e-liquids by young volunteers aged 15 and 16 during 2017/18. Sales were made "
             "on 9 occasions (19%), compared with 6% for tobacco. Most of the sales were made "
             "by small independent shops and market stalls rather than by specialist vape "
             "shops. Advice letters were issued in every case and two retailers have received "
             "formal warnings."),
    ("h", "5.  What we are doing"),
    ("p", "5.1", "Public Health Cerneshire is working with Trading Standards, schools and the "
             "Healthy Cerneshire stop smoking service on the following actions:"),
    ("b", "a further round of test purchasing in the summer, targeted at the areas where "
          "underage sales were made, with a retailer information pack on the age-of-sale "
          "law;"),
    ("b", "guidance for head teachers on including e-cigarettes in school smoke-free "
          "policies and on how to talk to pupils about vaping, to be issued in September "
          "2018;"),
    ("b", "an update to the Personal, Social, Health and Economic education resources we "
          "provide to schools, so that lessons on smoking cover e-cigarettes;"),
    ("b", "training for school nurses and youth workers on brief advice about smoking and "
          "vaping; and"),
    ("b", "continuing to offer the Healthy Cerneshire stop smoking service to young people "
          "aged 12 and over who smoke, with or without the use of an e-cigarette."),
    ("p", "5.2", "The budget for tobacco control in 2018/19 is \u00a3612,000, of which "
             "\u00a3455,000 funds the stop smoking service. No additional funding is being "
             "sought for the actions above, which will be met from existing budgets."),
    ("h", "6.  You asked, we said"),
    ("p", "6.1", "Members of the Health Scrutiny Committee and other councillors have raised "
             "the following points with the public health team since the March meeting."),
    ("qa", "You asked:", "Should the Council ban e-cigarettes in the same way as smoking in "
                         "its buildings and on its land?"),
    ("qa", "We said:", "Smoke-free law does not cover e-cigarettes, so this is a matter for "
                       "each organisation. Our advice is that policies should treat vaping "
                       "differently from smoking, for example by allowing it in designated "
                       "outdoor areas, so that staff and visitors who smoke are not "
                       "discouraged from switching. Schools are different: we recommend "
                       "that vaping is not permitted anywhere on a school site."),
    ("qa", "You asked:", "Are flavours such as bubblegum and candy floss aimed at children?"),
    ("qa", "We said:", "Adult vapers tell us that flavours help them to stay off tobacco, "
                       "and the regulation of flavours is a matter for national government. "
                       "Advertising of e-cigarettes on television, radio and in newspapers "
                       "is already prohibited. We will share any local examples of products "
                       "marketed in a way that appeals to children with Trading Standards."),
    ("qa", "You asked:", "Can parents report a shop that is selling vapes to children?"),
    ("qa", "We said:", "Yes. Reports can be made to Trading Standards through the Citizens "
                       "Advice consumer helpline or the County Council's website. "
                       "Information from the public is used to target test purchasing."),
    ("h", "7.  Questions members may wish to ask"),
    ("p", "7.1", "If the Committee decides to consider this subject further, members may wish "
             "to explore the following with officers and partners:"),
    ("b", "How many schools in Cerneshire have a smoke-free policy that includes "
          "e-cigarettes, and how is it enforced?"),
    ("b", "What more could be done to stop underage sales by market stalls and small "
          "shops?"),
    ("b", "How does the stop smoking service support young people who both smoke and "
          "vape?"),
    ("b", "Are there particular groups of young people, such as those in care or not in "
          "education, employment or training, whose use of e-cigarettes we know less "
          "about?"),
    ("h", "8.  Further information"),
    ("p", "8.1", "The full results of the Young People's Health and Wellbeing Survey 2017 "
             "will be published on the Public Health Cerneshire website in July. For further "
             "information about this note please contact Fiona Cardew, Consultant in Public "
             "Health, on 01632 960 417 or at publichealth@cerneshire.example.gov.uk."),
]


def brief_lines() -> list[str]:
    out: list[str] = []
    for block in BRIEF:
        kind = block[0]
        if kind == "raw":
            out.extend(block[1].split("\n"))
        elif kind == "h":
            out.extend(["", block[1]])
        elif kind == "p":
            out.append("")
            out.extend(wrap(block[2], block[1].ljust(6), " " * 6))
        elif kind == "b":
            out.extend(wrap(block[1], "      \u2022  ", " " * 9))
        elif kind == "qa":
            out.append("")
            out.extend(wrap(block[2], "      " + block[1].ljust(12), " " * 18))
        else:
            raise ValueError(block)
    return out


def briefing_text() -> str:
    def header(n, total):
        if n == 1:
            return []
        return ["Member Briefing Note \u2013 E-cigarettes and young people".ljust(56)
                + "OFFICIAL".rjust(WIDTH - 56), ""]

    def footer(n, total):
        return ["Public Health Cerneshire".ljust(60) + f"Page {n} of {total}".rjust(WIDTH - 60)]

    return paginate(brief_lines(), 50, header, footer)


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


HCS = "Head of Commissioning \u2013 Care and Support"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Cerneshire Health Scrutiny Committee",
    "meeting_date": "2018-03-14",
    "items": [
        {"number": "10", "title": "Apologies for Absence"},
        {"number": "11", "title": "Code of Conduct"},
        {"number": "12", "title": "Minutes"},
        {"number": "13", "title": "Public Participation"},
        {"number": "14", "title": "Integrated Sexual Health Service \u2013 Re-procurement"},
        {"number": "15", "title": "Home Care \u2013 Market Sustainability and Subcontracted Care"},
        {"number": "16", "title": "NHS Dental Services in Cerneshire"},
        {"number": "17", "title": "Healthwatch Cerneshire \u2013 Experiences of Hospital Discharge"},
        {"number": "18", "title": "Mental Health Crisis Care \u2013 Proposed Task and Finish Group"},
        {"number": "19", "title": "Work Programme"},
        {"number": "20", "title": "Briefings for Information / Noting"},
        {"number": "21", "title": "Questions from County Councillors"},
    ],
    "questions": [
        # 12 matters arising
        q("12", "question",
          "whether the ambulance service had replied to the letter sent by the Chairman",
          None,
          "a reply had been received on 2 March 2018 and would be circulated",
          "Health Partnerships Officer", []),
        # 13 public question (in the annexure)
        q("13", "question",
          "ask the Clinical Commissioning Group and Cerne Valley Healthcare to publish the dates",
          "Mrs Elaine Gillingham",
          "has agreed to post notice of any planned closure on its website",
          "Chairman", ["workforce"]),
        # 14 sexual health re-procurement
        q("14", "question",
          "the reduction in the value of the contract would lead to the closure",
          None,
          "required the provider to maintain a walk-in service in Sherbury, Portmoor and Hambury",
          "Consultant in Public Health", ["public-health", "subcontracting", "finance"]),
        q("14", "concern",
          "the lead provider model would allow a private company to win the contract",
          None,
          "bids would be evaluated on quality as well as price",
          "Director of Public Health", ["privatisation", "subcontracting", "public-health"]),
        q("14", "question",
          "Members asked how young people had been involved in designing the new service",
          None,
          "had run four workshops with 62 young people in schools and colleges",
          None, ["patient-and-public-input", "children-and-families", "public-health"]),
        q("14", "question",
          "asked whether outreach would be provided in the smaller market towns",
          "Peter Stainer",
          "required outreach clinics in at least six market towns",
          "Consultant in Public Health", ["public-health"]),
        q("14", "request",
          "asked that the Committee be informed of the name of the successful bidder",
          "Vice-Chairman",
          "members would be sent a briefing note as soon as the award",
          "Director of Public Health", ["subcontracting"]),
        # 15 home care
        q("15", "concern",
          "expressed concern that neither she nor her family had been told in advance",
          "Terence Ridout",
          "required providers to obtain the Council's written consent before subcontracting a package",
          HCS, ["subcontracting", "adult-social-care"]),
        q("15", "question",
          "monitored the quality of care provided by subcontractors that were not on the framework",
          None,
          "subcontractors had to be registered with the Care Quality Commission",
          None, ["subcontracting", "governance", "adult-social-care"]),
        q("15", "comment",
          "felt that the Council had become too reliant on the market",
          "Graham Cheverell",
          "an in-house service had been costed as part of the 2017 review",
          "Cabinet Member for Health and Care",
          ["privatisation", "adult-social-care", "finance"]),
        q("15", "question",
          "care workers employed by the framework providers and their subcontractors were paid",
          None,
          "the Council's hourly rate had been calculated on the assumption that travel time",
          HCS, ["workforce", "subcontracting", "finance", "adult-social-care"]),
        q("15", "concern",
          "the number of people who were medically fit to leave hospital",
          None,
          "there had been 37 such patients in Sherbury County Hospital and the community hospitals",
          None, ["adult-social-care"]),
        q("15", "request",
          "include the number of complaints and safeguarding concerns relating to subcontracted care",
          "Rosemary Kewell", None, None, ["subcontracting", "adult-social-care"]),
        # 16 dentistry
        q("16", "concern",
          "constituents had been told to travel to practices more than 30 miles away",
          None,
          "the re-procurement of the Bridmouth and Blandwick contracts, which would provide capacity",
          "Head of Primary Care Commissioning", ["primary-care", "subcontracting"]),
        q("16", "question",
          "about why practices were handing back their contracts",
          "Jennifer Hallett",
          "did not pay dentists any more for a course of treatment involving several fillings",
          "Head of Primary Care Commissioning", ["primary-care", "workforce", "finance"]),
        q("16", "question",
          "what was being done to improve the oral health of young children",
          None,
          "a supervised toothbrushing scheme which now operated in 74 nurseries and primary schools",
          "Director of Public Health",
          ["public-health", "children-and-families", "primary-care"]),
        q("16", "question",
          "queried the arrangements for people needing urgent dental treatment at weekends",
          "Kevin Yeatman",
          "could book patients into one of three urgent dental care centres",
          None, ["primary-care"]),
        q("16", "comment",
          "was not acceptable for a county with a large and growing number",
          "Chairman", None, None, ["primary-care"]),
        # 17 Healthwatch hospital discharge
        q("17", "question",
          "about how many people had contributed to the report",
          "Susan Pidgeon",
          "287 patients and carers had completed the survey and a further 46",
          "Chief Executive of Healthwatch Cerneshire", ["patient-and-public-input"]),
        q("17", "concern",
          "those without access to the internet were less likely to have their views heard",
          None,
          "Healthwatch had held drop-in sessions in 14 libraries and at the county show",
          None, ["patient-and-public-input"]),
        q("17", "question",
          "whether the hospital trusts were obliged to respond to the recommendations",
          None,
          "providers were required to respond within 20 working days",
          "Chief Executive of Healthwatch Cerneshire", ["patient-and-public-input"]),
        q("17", "question",
          "why the Clinical Commissioning Group had not used its own patient engagement network",
          "Alan Coombs", None, None, ["patient-and-public-input"]),
        # 18 task and finish group
        q("18", "question",
          "whether representatives of people with lived experience of mental illness would be invited",
          None,
          "provided for evidence sessions with service users and carers",
          "Health Partnerships Officer", ["mental-health", "patient-and-public-input"]),
        # 19 work programme
        q("19", "request",
          "an item on the use of e-cigarettes by young people be added",
          "Susan Pidgeon",
          "was preparing a briefing note for members on e-cigarettes and young people",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("19", "question",
          "when the Committee would receive the outcome of the Clinical Commissioning Group's review",
          None,
          "this was now expected in September 2018",
          "Health Partnerships Officer", []),
    ],
    "resolutions": [
        res("12", "The minutes of the meeting held on 24 January 2018 were confirmed",
            "agreed", []),
        res("14", "re-procurement of the integrated sexual health service be supported",
            "agreed", ["subcontracting", "public-health"]),
        res("15", "That the report be noted and that a further report on the re-commissioning",
            "agreed", ["adult-social-care", "subcontracting"]),
        res("16", "expressing the Committee's concern about access to NHS dental services",
            "recommended", ["primary-care"]),
        res("17", "That the findings and recommendations of the Healthwatch Cerneshire report",
            "noted", ["patient-and-public-input"]),
        res("18", "That a Mental Health Crisis Care Task and Finish Group be established",
            "agreed", ["mental-health", "governance"]),
        res("19", "That the work programme be agreed, subject to the addition of a briefing",
            "agreed", ["public-health"]),
        res("20", "That the briefings for information be noted",
            "noted", []),
    ],
    "attendees": [
        att("Harold Tuckett", "Chairman", "present"),
        att("Marian Fudge", "Vice-Chairman", "present"),
        att("Pauline Ayling", None, "present"),
        att("Graham Cheverell", None, "present"),
        att("Rosemary Kewell", None, "present"),
        att("Derek Mintern", None, "present"),
        att("Susan Pidgeon", None, "present"),
        att("Alan Coombs", "North Cerneshire District Council", "present"),
        att("Jennifer Hallett", "Portmoor Borough Council", "present"),
        att("Peter Stainer", "West Cerneshire District Council", "present"),
        att("Kevin Yeatman", "Hambury District Council", "present"),
        att("Veronica Legg", "Cabinet Member for Health and Care", "in_attendance"),
        att("Terence Ridout", "County Councillor for Sherbury West", "in_attendance"),
        att("Margaret Sillifant", "Director for Adult and Community Services", "in_attendance"),
        att("Dr Anand Chaudhary", "Director of Public Health", "in_attendance"),
        att("Gemma Rendell", "Health Partnerships Officer", "in_attendance"),
        att("Nigel Pouncy", "Senior Democratic Services Officer", "in_attendance"),
        att("Fiona Cardew", "Consultant in Public Health", "in_attendance"),
        att("Simon Hoskins", HCS, "in_attendance"),
        att("Dr Rachel Ingpen",
            "Director of Primary Care, Cerneshire Clinical Commissioning Group", "in_attendance"),
        att("Trevor Mabey", "Head of Primary Care Commissioning, NHS England", "in_attendance"),
        att("Lorna Vowles", "Chief Executive, Healthwatch Cerneshire", "in_attendance"),
        att("Ronald Hembury", None, "apologies"),
        att("Sandra Quarrier", "East Cerneshire District Council", "apologies"),
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
    (DOCS / BRIEFING_NAME).write_bytes(briefing_text().encode("utf-8"))
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
    for gold_path in sorted(GOLD.glob("pp-*.json")):
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
        pages = text.count("\f")
        answers = sum(1 for row in gold["questions"] if row["answer"])
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {pages} pages, "
              f"{len(text.split())} words, {len(gold['items'])} items, "
              f"{len(gold['questions'])} questions ({answers} answered), "
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
