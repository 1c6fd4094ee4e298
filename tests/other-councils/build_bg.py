#!/usr/bin/env python3
"""Build the "bg-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_bg.py          build documents and gold
       build_bg.py --check  verify every gold phrase occurs once in the document text
"""
import html as htmlmod
import json
import re
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# Document 1: eScribe-style HTML minutes
# ---------------------------------------------------------------------------
H_NAME = "bg-calderbrook-health-adult-care-scrutiny-2025-03-11.html"
H_COMMITTEE = "Health and Adult Care Scrutiny Committee"

H_ATT = {
    "Present": [
        "Councillor M. Okafor (Chair)", "Councillor J. Hallam (Vice-Chair)",
        "Councillor P. Brennan", "Councillor S. Dutta", "Councillor L. Fairweather",
        "Councillor R. Quigley (substitute for Councillor T. Marsh)",
        "Councillor A. Whitlow", "Mrs D. Renshaw (Co-opted Member, Healthwatch Calderbrook)",
    ],
    "Regrets": ["Councillor T. Marsh", "Councillor H. Ibbotson"],
    "Also Present": [
        "Councillor K. Varley, Cabinet Member for Adult Social Care and Health",
        "Anita Sorensen, Director of Adult Social Services",
        "Dr Gareth Lumb, Director of Public Health",
        "Philippa Crane, Head of Commissioning and Market Sustainability",
        "Martin Osei, Associate Director of Strategy and Partnerships, West Pennine Integrated Care Board",
        "Rachel Doig, Head of Workforce Development, Adults and Health",
        "Simon Threlfall, Democratic Services Officer",
    ],
}


def motion(moved, seconded, text, result):
    return ('<div class="AgendaItemMotions"><div class="AgendaItemMotion">'
            f'<div class="MovedBy"><span class="Label">Moved by:</span> {moved}</div>'
            f'<div class="SecondedBy"><span class="Label">Seconded by:</span> {seconded}</div>'
            f'<div class="MotionText RichText"><p>{text}</p></div>'
            f'<div class="MotionResult"><span class="MotionResult{result}">{result}</span></div>'
            '</div></div>')


H_ITEMS = [
    ("1.", "Call to Order and Regrets", [
        "<p>The Chair called the meeting to order at 6:00 p.m. Regrets were noted as set out "
        "above. Councillor R. Quigley attended as substitute for Councillor T. Marsh.</p>"]),
    ("2.", "Disclosures of Interest", [
        "<p>Councillor S. Dutta declared a non-pecuniary interest in item 6.2 as her daughter is "
        "employed as a radiographer at Calderbrook Royal Infirmary. Councillor Dutta remained in "
        "the meeting and took part in the discussion.</p>"]),
    ("3.", "Adoption of Minutes", [
        motion("Councillor J. Hallam", "Councillor P. Brennan",
               "That the minutes of the meeting of the Health and Adult Care Scrutiny Committee "
               "held on 28 January 2025 be confirmed as a correct record and signed by the Chair.",
               "Carried")]),
    ("4.", "Public Questions", [
        "<p>Mr Colin Ashworth, a resident of Heywood Lane, asked whether the Council would publish "
        "the names of the providers shortlisted for the new home care framework before the "
        "contract award was made. The Cabinet Member for Adult Social Care and Health, Councillor "
        "Varley, replied that the shortlist was commercially sensitive while the procurement was "
        "live, but that all successful providers would be listed on the Council's website once "
        "the standstill period had ended.</p>",
        "<p>Ms Farah Latif, on behalf of Calderbrook Carers' Voice, asked how carers would be "
        "involved in shaping the replacement day opportunities service. The Director of Adult "
        "Social Services explained that a co-production group of twelve carers and people who use "
        "services had been meeting monthly since November and would help to write the service "
        "specification.</p>"]),
    ("5.", "Chair's Remarks", [
        "<p>The Chair reminded Members that the joint site visit to the Ashgrove Intermediate Care "
        "Unit would take place on 2 April 2025 and that transport would leave the Town Hall at "
        "9:30 a.m.</p>"]),
    ("6.", "Reports for Scrutiny", None),
    ("6.1", "Recommissioning of Home Care and Reablement Services", [
        "<p>Philippa Crane, Head of Commissioning and Market Sustainability, introduced report "
        "ASC-2025-07, which set out the proposed procurement of home care and reablement "
        "services from October 2025, the move from eight geographical zones to four lots and the "
        "outcome of the market engagement exercise held in the autumn.</p>",
        "<p>Councillor Brennan asked why the number of lots had been reduced from eight "
        "geographical zones to four; the Head of Commissioning and Market Sustainability "
        "explained that smaller zones had left several providers unable to guarantee rural "
        "coverage and that four lots would give each contractor enough volume to plan rounds "
        "efficiently. Councillor Brennan then queried whether the larger lots would squeeze out "
        "small local agencies, and was advised that a subcontracting clause would allow lead "
        "providers to partner with micro-providers subject to the Council's approval.</p>",
        "<p>Councillor Whitlow expressed concern that the proposed hourly rate of £24.10 was below "
        "the rate that the regional care association had calculated as sustainable, and asked "
        "what would happen if no compliant bids were received for the rural lot. The Director of "
        "Adult Social Services acknowledged the gap and said that the rate had been set within "
        "the approved budget envelope, but that the tender documents included a fallback to "
        "negotiate directly with the three highest-scoring bidders should the rural lot fail.</p>",
        "<p>Mrs Renshaw sought clarification on how people receiving care would be able to report "
        "missed or late visits under the new contracts. In response, it was confirmed that "
        "electronic call monitoring data would be shared with the Council weekly and that a "
        "single freephone number for complaints would be written into every contract.</p>",
        "<p>Councillor Quigley asked whether any thought had been given to bringing reablement "
        "back in-house, given the problems with the previous provider in 2023. The Cabinet Member "
        "responded that an in-house reablement team was being costed as part of the options "
        "appraisal due in the summer, and that she was open to it if the figures stood up. "
        "Councillor Quigley requested that the options appraisal be brought to the Committee "
        "before any decision was taken by Cabinet.</p>",
        motion("Councillor R. Quigley", "Councillor A. Whitlow",
               "That the Committee recommend to Cabinet that the home care tender include a "
               "minimum hourly rate no lower than the regional sustainable rate, and that the "
               "award of the rural lot be deferred until the rate has been reviewed.",
               "Defeated"),
        motion("Councillor J. Hallam", "Councillor L. Fairweather",
               "That the Committee: (1) note the recommissioning proposals for home care and "
               "reablement services; (2) request that the reablement options appraisal be "
               "reported to the Committee before a decision is taken by Cabinet; and (3) ask "
               "the Director of Adult Social Services to circulate the market sustainability "
               "analysis to all Members.", "Carried")]),
    ("6.2", "Proposed Relocation of Diagnostic Services to the Calderbrook Community Diagnostic Centre", [
        "<p>Martin Osei, Associate Director of Strategy and Partnerships at West Pennine "
        "Integrated Care Board, presented the outcome of the public consultation on moving "
        "CT, MRI and ultrasound services from Calderbrook Royal Infirmary to the new community "
        "diagnostic centre at Moorside Retail Park.</p>",
        "<p>Councillor Fairweather asked how the public consultation had reached people without "
        "internet access, noting that only 312 of the 2,140 responses had been received on "
        "paper. Mr Osei explained that the ICB had held eleven drop-in sessions in libraries and "
        "markets and had worked with Healthwatch Calderbrook to distribute paper questionnaires "
        "through GP practices.</p>",
        "<p>Councillor Dutta queried the travel times for residents of the eastern townships, many "
        "of whom relied on the 481 bus service; she was informed that the ICB was in discussion "
        "with the transport authority about an extension to the route, but that no commitment "
        "had yet been made.</p>",
        "<p>Councillor Hallam asked whether the diagnostic centre would be operated by the NHS "
        "trust or by another organisation. Mr Osei confirmed that the scanning service would be "
        "delivered under a seven-year contract with an independent sector provider, with the "
        "reporting of images remaining with the Infirmary's own radiologists. Councillor Hallam "
        "commented that residents had not been told clearly during the consultation that a "
        "private company would run the service, and said that this should have been set out in "
        "the consultation document.</p>",
        "<p>The Chair asked about staffing for the new centre, and in particular how many "
        "radiographer posts were currently vacant. Mr Osei said that the trust was carrying nine "
        "radiographer vacancies and had recruited fourteen international radiographers since "
        "September.</p>",
        motion("Councillor L. Fairweather", "Councillor S. Dutta",
               "That the Committee (1) does not consider the proposed relocation of diagnostic "
               "services to be a substantial variation requiring further formal consultation; "
               "and (2) asks the West Pennine Integrated Care Board to report back in six months "
               "on travel times, waiting times and the performance of the independent sector "
               "provider.", "Carried")]),
    ("7.", "Work Programme 2025/26", [
        "<p>Simon Threlfall, Democratic Services Officer, presented the draft work programme. "
        "Councillor Whitlow requested that an item on the cost of temporary accommodation for "
        "people leaving hospital be added to the programme; the Chair agreed that it would be "
        "scheduled for the September meeting.</p>",
        motion("Councillor P. Brennan", "Councillor J. Hallam",
               "That the draft work programme for 2025/26 be approved, subject to the addition of "
               "an item on temporary accommodation for people discharged from hospital.",
               "Carried")]),
    ("8.", "Adjournment", [
        motion("Councillor S. Dutta", "Councillor L. Fairweather",
               "That this meeting of the Health and Adult Care Scrutiny Committee be now adjourned "
               "at 8:04 p.m.", "Carried")]),
]


def build_html():
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{H_COMMITTEE} - 11 Mar 2025 - Minutes</title>',
           '<link rel="stylesheet" href="/Styles/AgendaMinutes.css"></head>',
           '<body class="MinutesBody"><div id="MinutesContainer" class="Minutes">',
           '<div class="MinutesHeader">',
           '<img class="Logo" src="/FileStream.ashx?DocumentId=1" alt="Calderbrook Council logo">',
           '<div class="OrganizationName">Calderbrook Metropolitan Borough Council</div>',
           '<div class="MinutesTitle">Minutes</div>',
           f'<div class="MeetingName">{H_COMMITTEE}</div>',
           '<div class="MeetingDate">Tuesday, March 11, 2025, 6:00 p.m.</div>',
           '<div class="MeetingLocation">Council Chamber, Calderbrook Town Hall</div>',
           '</div>',
           '<table class="AttendanceTable"><tbody>']
    for label, names in H_ATT.items():
        sep = ", " if label != "Also Present" else "<br>"
        out.append(f'<tr><td class="Title">{label}:</td><td class="Value">'
                   f'{sep.join(htmlmod.escape(n) for n in names)}</td></tr>')
    out.append('</tbody></table><hr>')
    for num, title, body in H_ITEMS:
        nested = "." in num.rstrip(".")
        cls = "AgendaItem" + (" AgendaItemNested" if nested else "")
        out.append(f'<div class="{cls}" id="AgendaItem{num.rstrip(".").replace(".", "_")}">')
        out.append(f'<div class="AgendaItemTitle"><span class="AgendaItemCounter">{num}</span> '
                   f'{htmlmod.escape(title)}</div>')
        if body:
            paras = [b.replace("£", "&pound;").replace("'", "&#39;") if b.startswith("<p>") else b
                     for b in body]
            out.append('<div class="AgendaItemDescription RichText">')
            for b in paras:
                if b.startswith("<p>"):
                    out.append(b)
            out.append('</div>')
            for b in paras:
                if not b.startswith("<p>"):
                    out.append(b)
        out.append('</div>')
    out += ['<div class="MinutesSignatures"><div class="Signature">_________________________<br>Chair</div>',
            '<div class="Signature">_________________________<br>Democratic Services Officer</div></div>',
            '<div class="Footer">Published by eMeetings Portal | Calderbrook Metropolitan Borough Council</div>',
            '</div></body></html>']
    return "\n".join(out) + "\n"


H_GOLD = {
    "document": H_NAME, "doc_type": "minutes", "committee": H_COMMITTEE,
    "meeting_date": "2025-03-11",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, b in H_ITEMS if b is not None],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "would publish the names of the providers shortlisted for the new home care framework",
         "asked_by": "Mr Colin Ashworth",
         "answer": "the shortlist was commercially sensitive while the procurement was live",
         "given_by": "Councillor Varley", "themes": ["subcontracting", "governance"]},
        {"item": "4", "kind": "question",
         "text": "asked how carers would be involved in shaping the replacement day opportunities service",
         "asked_by": "Ms Farah Latif",
         "answer": "a co-production group of twelve carers and people who use services",
         "given_by": "The Director of Adult Social Services",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6.1", "kind": "question",
         "text": "why the number of lots had been reduced from eight geographical zones to four",
         "asked_by": "Councillor Brennan",
         "answer": "smaller zones had left several providers unable to guarantee rural coverage",
         "given_by": "the Head of Commissioning and Market Sustainability",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6.1", "kind": "question",
         "text": "queried whether the larger lots would squeeze out small local agencies",
         "asked_by": "Councillor Brennan",
         "answer": "a subcontracting clause would allow lead providers to partner with micro-providers",
         "given_by": None, "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6.1", "kind": "concern",
         "text": "was below the rate that the regional care association had calculated as sustainable",
         "asked_by": "Councillor Whitlow",
         "answer": "the rate had been set within the approved budget envelope",
         "given_by": "The Director of Adult Social Services",
         "themes": ["finance", "subcontracting", "adult-social-care"]},
        {"item": "6.1", "kind": "question",
         "text": "how people receiving care would be able to report missed or late visits",
         "asked_by": "Mrs Renshaw",
         "answer": "electronic call monitoring data would be shared with the Council weekly",
         "given_by": None,
         "themes": ["adult-social-care", "subcontracting", "patient-and-public-input"]},
        {"item": "6.1", "kind": "question",
         "text": "whether any thought had been given to bringing reablement back in-house",
         "asked_by": "Councillor Quigley",
         "answer": "an in-house reablement team was being costed as part of the options appraisal",
         "given_by": "The Cabinet Member", "themes": ["privatisation", "adult-social-care"]},
        {"item": "6.1", "kind": "request",
         "text": "requested that the options appraisal be brought to the Committee before any decision",
         "asked_by": "Councillor Quigley", "answer": None, "given_by": None,
         "themes": ["governance", "privatisation"]},
        {"item": "6.2", "kind": "question",
         "text": "how the public consultation had reached people without internet access",
         "asked_by": "Councillor Fairweather",
         "answer": "had held eleven drop-in sessions in libraries and markets",
         "given_by": "Mr Osei", "themes": ["patient-and-public-input"]},
        {"item": "6.2", "kind": "question",
         "text": "queried the travel times for residents of the eastern townships",
         "asked_by": "Councillor Dutta",
         "answer": "the ICB was in discussion with the transport authority about an extension",
         "given_by": None, "themes": []},
        {"item": "6.2", "kind": "question",
         "text": "whether the diagnostic centre would be operated by the NHS trust",
         "asked_by": "Councillor Hallam",
         "answer": "delivered under a seven-year contract with an independent sector provider",
         "given_by": "Mr Osei", "themes": ["privatisation", "subcontracting"]},
        {"item": "6.2", "kind": "comment",
         "text": "residents had not been told clearly during the consultation that a private company",
         "asked_by": "Councillor Hallam", "answer": None, "given_by": None,
         "themes": ["privatisation", "patient-and-public-input"]},
        {"item": "6.2", "kind": "question",
         "text": "how many radiographer posts were currently vacant",
         "asked_by": "The Chair",
         "answer": "the trust was carrying nine radiographer vacancies",
         "given_by": "Mr Osei", "themes": ["workforce"]},
        {"item": "7", "kind": "request",
         "text": "an item on the cost of temporary accommodation for people leaving hospital",
         "asked_by": "Councillor Whitlow",
         "answer": "the Chair agreed that it would be scheduled for the September meeting",
         "given_by": "the Chair", "themes": ["housing", "finance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "held on 28 January 2025 be confirmed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "6.1", "text": "minimum hourly rate no lower than the regional sustainable rate",
         "outcome": "rejected", "themes": ["finance", "subcontracting", "adult-social-care"]},
        {"item": "6.1", "text": "note the recommissioning proposals for home care and reablement services",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting", "privatisation"]},
        {"item": "6.2", "text": "services to be a substantial variation requiring further formal consultation",
         "outcome": "agreed",
         "themes": ["governance", "patient-and-public-input", "subcontracting"]},
        {"item": "7", "text": "That the draft work programme for 2025/26 be approved",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "8", "text": "this meeting of the Health and Adult Care Scrutiny Committee be now adjourned",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor M. Okafor", "role": "Chair", "attendance": "present"},
        {"name": "Councillor J. Hallam", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor P. Brennan", "role": None, "attendance": "present"},
        {"name": "Councillor S. Dutta", "role": None, "attendance": "present"},
        {"name": "Councillor L. Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor R. Quigley", "role": "substitute for Councillor T. Marsh", "attendance": "present"},
        {"name": "Councillor A. Whitlow", "role": None, "attendance": "present"},
        {"name": "Mrs D. Renshaw", "role": "Co-opted Member, Healthwatch Calderbrook", "attendance": "present"},
        {"name": "Councillor T. Marsh", "role": None, "attendance": "apologies"},
        {"name": "Councillor H. Ibbotson", "role": None, "attendance": "apologies"},
        {"name": "Councillor K. Varley", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Anita Sorensen", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
        {"name": "Dr Gareth Lumb", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Philippa Crane", "role": "Head of Commissioning and Market Sustainability", "attendance": "in_attendance"},
        {"name": "Martin Osei", "role": "Associate Director of Strategy and Partnerships, West Pennine Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Rachel Doig", "role": "Head of Workforce Development, Adults and Health", "attendance": "in_attendance"},
        {"name": "Simon Threlfall", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# Document 2: the same portal's PDF minutes, another council
# ---------------------------------------------------------------------------
P_NAME = "bg-kestrelford-adults-health-housing-2025-02-04.pdf"
P_COMMITTEE = "Adults, Health and Housing Policy Committee"
P_COUNCIL = "Kestrelford Council"

# blocks: ("h1", text) section heading; ("h2", text) sub-item; ("p", text); ("motion", moved,
# seconded, text, result); ("vote", for, against, abstain); ("att", label, text)
P_BLOCKS = [
    ("att", "Present:", "Councillor D. Pemberton (Chair), Councillor A. Mistry (Vice-Chair), "
     "Councillors G. Carver, E. Lowther, N. Adebayo, F. Kinsella, W. Royle and C. Yardley"),
    ("att", "Regrets:", "Councillors B. Hinchcliffe and O. Strand"),
    ("att", "Staff:", "J. Marsden, Corporate Director of Adults, Health and Housing; Dr R. Achebe, "
     "Consultant in Public Health; T. Gillow, Head of Housing Needs and Homelessness Prevention; "
     "S. Kowalczyk, Procurement and Contract Management Lead; H. Burrows, Committee Services "
     "Officer"),
    ("h1", "1.", "Call to Order"),
    ("p", "The Chair called the meeting to order at 10:00 a.m. and welcomed members of the public "
     "watching the live stream."),
    ("h1", "2.", "Declarations"),
    ("p", "Councillor F. Kinsella declared an other registrable interest in item 5.3 as her husband "
     "is employed by CareKit Services Ltd, the current equipment provider. Councillor Kinsella "
     "left the meeting for that item and did not vote."),
    ("h1", "3.", "Adoption of Minutes"),
    ("motion", "Councillor A. Mistry", "Councillor E. Lowther",
     "That the minutes of the Adults, Health and Housing Policy Committee meeting held on "
     "10 December 2024 be adopted as a correct record.", "CARRIED"),
    ("h1", "4.", "Public Questions"),
    ("p", "Mrs Eileen Forsyth asked the Chair why the Council's housing register had been closed "
     "to new applicants without a band A or band B priority. The Chair replied that the register "
     "had been closed following the allocations policy review agreed by Cabinet in October, and "
     "that a written answer setting out the review route would be sent to Mrs Forsyth."),
    ("h1", "5.", "Reports"),
    ("h2", "5.1", "Stop Smoking and Tobacco Control Service – Contract Award"),
    ("p", "Dr R. Achebe, Consultant in Public Health, introduced report PH-03-25, which "
     "recommended the award of the integrated stop smoking and tobacco control contract to "
     "Breathe Easy Wessex CIC following an open procurement in which four compliant tenders had "
     "been received and evaluated on a 60 per cent quality and 40 per cent price basis."),
    ("p", "Councillor Carver asked why the contract was being awarded to a community interest "
     "company rather than delivered by the Council's own wellbeing team, which had run the "
     "service until 2019. Dr Achebe explained that the in-house option had been appraised, but "
     "that it would have required the recruitment of eleven specialist advisers at a time when "
     "the existing team had three vacancies. Councillor Adebayo queried the quit rate targets, "
     "noting that the previous provider had achieved only 38 per cent against a target of "
     "50 per cent. In response, Dr Achebe said that the new contract contained a payment by "
     "results element, and that 15 per cent of the annual value would be withheld until quit "
     "rates had been verified by carbon monoxide testing."),
    ("p", "Councillor Yardley expressed concern that vaping among secondary school pupils was not "
     "mentioned in the service specification. Dr Achebe accepted the point and undertook to ask "
     "the provider to include a schools programme in its first-year mobilisation plan. "
     "Councillor Lowther requested that quarterly performance data on the contract be "
     "circulated to all members of the Committee."),
    ("motion", "Councillor G. Carver", "Councillor N. Adebayo",
     "That the recommendation be amended so that the contract is awarded for an initial term of "
     "three years rather than five years, to allow the option of delivering the service "
     "directly to be reconsidered.", "DEFEATED"),
    ("motion", "Councillor A. Mistry", "Councillor E. Lowther",
     "That the Committee approve the award of the Integrated Stop Smoking and Tobacco Control "
     "Service contract to Breathe Easy Wessex CIC for five years from 1 April 2025, at a total "
     "contract value not exceeding £1,860,000.", "CARRIED"),
    ("h2", "5.2", "Temporary Accommodation – Private Sector Leasing Framework"),
    ("p", "T. Gillow, Head of Housing Needs and Homelessness Prevention, introduced the report, "
     "explaining that demand for temporary accommodation had risen by 31 per cent in twelve "
     "months and that nightly paid placements now accounted for most of the overspend on the "
     "homelessness budget."),
    ("p", "Councillor Royle asked how many households were currently in bed and breakfast "
     "accommodation and how long families with children had been placed there. Ms Gillow "
     "reported that 46 households were in bed and breakfast, of whom 19 were families, and that "
     "seven families had been there for longer than six weeks. Councillor Adebayo commented that "
     "the framework would hand a growing share of the housing budget to letting agents, and "
     "asked whether the Council had considered buying properties itself. The Corporate Director "
     "said that an acquisitions programme of 60 homes had been approved in the capital programme "
     "for 2025/26, but that leasing remained necessary to meet demand in the short term."),
    ("p", "Councillor Lowther sought clarification on how the standard of leased properties would "
     "be checked. Mr Kowalczyk advised that every property would be inspected by the Council's "
     "private sector housing team before the first placement and annually thereafter, and that "
     "the framework allowed the Council to suspend a supplier with immediate effect. Councillor "
     "Mistry asked whether the rents paid under the framework would be capped at local housing "
     "allowance rates; Ms Gillow confirmed that the ceiling had been set at local housing "
     "allowance plus 10 per cent, and that the additional cost had been built into the "
     "homelessness budget."),
    ("p", "A recorded vote was requested by Councillor Adebayo."),
    ("motion", "Councillor E. Lowther", "Councillor F. Kinsella",
     "That the Committee approve the establishment of a Private Sector Leasing Framework for "
     "temporary accommodation for a period of four years, and delegate authority to the "
     "Corporate Director of Adults, Health and Housing to call off contracts under the "
     "framework.", None),
    ("vote", ["Councillor D. Pemberton", "Councillor A. Mistry", "Councillor G. Carver",
              "Councillor E. Lowther", "Councillor F. Kinsella"],
     ["Councillor N. Adebayo", "Councillor W. Royle"], ["Councillor C. Yardley"]),
    ("result", "CARRIED (5 to 2)"),
    ("h2", "5.3", "Integrated Community Equipment Service – Joint Commissioning with Wessex Downs "
     "Integrated Care Board"),
    ("p", "Councillor Kinsella left the meeting at 11:31 a.m."),
    ("p", "J. Marsden, Corporate Director of Adults, Health and Housing, presented proposals for "
     "a joint procurement of the integrated community equipment service under a section 75 "
     "agreement, with the Council acting as lead commissioner for both partners."),
    ("p", "The Chair asked whether the pooled budget arrangement meant that the Council would "
     "share any overspend with the ICB. Ms Marsden said that the section 75 agreement provided "
     "for overspends to be shared in proportion to each partner's contribution, which was "
     "currently 58 per cent Council and 42 per cent ICB. Councillor Carver raised concerns about "
     "delays in delivering equipment needed for people to be discharged from hospital, citing a "
     "constituent who had waited nine days for a profiling bed. Ms Marsden acknowledged that "
     "same-day delivery performance had fallen to 71 per cent in the autumn, and said that the "
     "new specification included financial penalties for missed urgent deliveries."),
    ("p", "Councillor Yardley asked what engagement had taken place with people who use equipment "
     "and their carers, and was told that a survey of 400 service users would be completed "
     "before the specification was finalised."),
    ("motion", "Councillor A. Mistry", "Councillor G. Carver",
     "That the Committee recommend to Cabinet that the Council enter into a joint procurement "
     "with Wessex Downs Integrated Care Board for the Integrated Community Equipment Service, "
     "with Kestrelford Council acting as lead commissioner.", "CARRIED"),
    ("h1", "6.", "Adjournment"),
    ("motion", "Councillor W. Royle", "Councillor C. Yardley",
     "That the meeting of the Adults, Health and Housing Policy Committee do now adjourn at "
     "12:17 p.m.", "CARRIED"),
]

VOWELS = set("aeiou")


def soft_hyphenate(text):
    """Insert a soft hyphen into long words so fpdf2 may break them at line ends."""
    def hy(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        # break after a vowel followed by a consonant, near the middle
        mid = len(w) // 2
        for off in range(0, mid - 3):
            for i in (mid + off, mid - off):
                if 3 <= i <= len(w) - 4 and w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS:
                    return w[:i] + SHY + w[i:]
        return w
    return re.sub(r"[A-Za-z]+", hy, text)


def pdf_source_text():
    parts = [P_COUNCIL, "Minutes", P_COMMITTEE, "Tuesday, February 4, 2025, 10:00 a.m.",
             "Committee Room 2, Kestrelford Civic Centre"]
    for b in P_BLOCKS:
        k = b[0]
        if k == "att":
            parts.append(f"{b[1]} {b[2]}")
        elif k in ("h1", "h2"):
            parts.append(f"{b[1]} {b[2]}")
        elif k == "p":
            parts.append(b[1])
        elif k == "motion":
            parts.append(f"Moved by: {b[1]}\nSeconded by: {b[2]}\n{b[3]}\n{b[4] or ''}")
        elif k == "vote":
            parts.append("For Against Abstain " + " ".join(b[1] + b[2] + b[3]))
        elif k == "result":
            parts.append(b[1])
    return "\n".join(parts)


def build_pdf(path):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"{P_COUNCIL} – {P_COMMITTEE}", align="L")
            self.cell(0, 4, "Minutes – February 4, 2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Chair's initials: ________", align="L")
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_creation_date(datetime(2025, 2, 11, 9, 0, tzinfo=timezone.utc))
    pdf.set_title(f"{P_COMMITTEE} - Minutes - 04 Feb 2025")
    pdf.set_author("Kestrelford Council eMeetings")
    pdf.set_creator("eMeetings Portal")
    pdf.set_producer("eMeetings PDF Renderer")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, P_COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Minutes", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    for line in (P_COMMITTEE, "Tuesday, February 4, 2025, 10:00 a.m.",
                 "Committee Room 2, Kestrelford Civic Centre"):
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    body = 10
    for b in P_BLOCKS:
        k = b[0]
        if k == "att":
            pdf.set_font("DejaVu", "B", body)
            y = pdf.get_y()
            pdf.cell(28, 5, b[1])
            pdf.set_font("DejaVu", "", body)
            pdf.set_xy(48, y)
            pdf.multi_cell(0, 5, soft_hyphenate(b[2]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h1":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_fill_color(228, 233, 240)
            pdf.cell(0, 7, f"{b[1]}  {b[2]}", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h2":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_x(26)
            pdf.multi_cell(0, 6, f"{b[1]}  {b[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "p":
            pdf.set_font("DejaVu", "", body)
            pdf.set_x(26)
            pdf.multi_cell(0, 5, soft_hyphenate(b[1]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "motion":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.set_x(26)
            pdf.set_font("DejaVu", "B", body)
            pdf.cell(30, 5, "Moved by:")
            pdf.set_font("DejaVu", "", body)
            pdf.cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(26)
            pdf.set_font("DejaVu", "B", body)
            pdf.cell(30, 5, "Seconded by:")
            pdf.set_font("DejaVu", "", body)
            pdf.cell(0, 5, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_x(26)
            pdf.multi_cell(0, 5, soft_hyphenate(b[3]), align="J", new_x="LMARGIN", new_y="NEXT")
            if b[4]:
                pdf.ln(1)
                pdf.set_font("DejaVu", "B", body)
                pdf.cell(0, 5, b[4], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif k == "vote":
            pdf.set_font("DejaVu", "", 9)
            pdf.set_x(26)
            n = max(len(b[1]), len(b[2]), len(b[3]))
            with pdf.table(width=150, col_widths=(50, 50, 50), align="RIGHT",
                           text_align="LEFT", line_height=5) as t:
                r = t.row()
                for h in ("For", "Against", "Abstain"):
                    r.cell(h)
                for i in range(n):
                    r = t.row()
                    for col in (b[1], b[2], b[3]):
                        r.cell(col[i] if i < len(col) else "")
                r = t.row()
                for col in (b[1], b[2], b[3]):
                    r.cell(f"Total: {len(col)}")
            pdf.ln(2)
        elif k == "result":
            pdf.set_font("DejaVu", "B", body)
            pdf.cell(0, 5, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.ln(10)
    pdf.set_font("DejaVu", "", body)
    pdf.cell(80, 5, "_______________________", new_x="RIGHT")
    pdf.cell(0, 5, "_______________________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Chair", new_x="RIGHT")
    pdf.cell(0, 5, "Committee Services Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


P_GOLD = {
    "document": P_NAME, "doc_type": "minutes", "committee": P_COMMITTEE,
    "meeting_date": "2025-02-04",
    "items": [{"number": b[1].rstrip("."), "title": b[2]} for b in P_BLOCKS
              if b[0] in ("h1", "h2") and b[1] != "5."],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "why the Council's housing register had been closed to new applicants",
         "asked_by": "Mrs Eileen Forsyth",
         "answer": "had been closed following the allocations policy review agreed by Cabinet",
         "given_by": "The Chair", "themes": ["housing"]},
        {"item": "5.1", "kind": "question",
         "text": "why the contract was being awarded to a community interest company",
         "asked_by": "Councillor Carver",
         "answer": "the in-house option had been appraised, but that it would have required",
         "given_by": "Dr Achebe",
         "themes": ["privatisation", "subcontracting", "public-health", "workforce"]},
        {"item": "5.1", "kind": "question",
         "text": "queried the quit rate targets, noting that the previous provider",
         "asked_by": "Councillor Adebayo",
         "answer": "of the annual value would be withheld until quit rates had been verified",
         "given_by": "Dr Achebe", "themes": ["public-health", "subcontracting"]},
        {"item": "5.1", "kind": "concern",
         "text": "vaping among secondary school pupils was not mentioned in the service specification",
         "asked_by": "Councillor Yardley",
         "answer": "undertook to ask the provider to include a schools programme",
         "given_by": "Dr Achebe", "themes": ["public-health", "children-and-families"]},
        {"item": "5.1", "kind": "request",
         "text": "requested that quarterly performance data on the contract be circulated",
         "asked_by": "Councillor Lowther", "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance"]},
        {"item": "5.2", "kind": "question",
         "text": "how many households were currently in bed and breakfast accommodation",
         "asked_by": "Councillor Royle",
         "answer": "seven families had been there for longer than six weeks",
         "given_by": "Ms Gillow", "themes": ["housing", "children-and-families"]},
        {"item": "5.2", "kind": "question",
         "text": "whether the Council had considered buying properties itself",
         "asked_by": "Councillor Adebayo",
         "answer": "an acquisitions programme of 60 homes had been approved in the capital programme",
         "given_by": "The Corporate Director", "themes": ["housing", "finance"]},
        {"item": "5.2", "kind": "question",
         "text": "how the standard of leased properties would be checked",
         "asked_by": "Councillor Lowther",
         "answer": "inspected by the Council's private sector housing team before the first placement",
         "given_by": "Mr Kowalczyk", "themes": ["housing", "subcontracting"]},
        {"item": "5.2", "kind": "question",
         "text": "would be capped at local housing allowance rates",
         "asked_by": "Councillor Mistry",
         "answer": "the ceiling had been set at local housing allowance plus 10 per cent",
         "given_by": "Ms Gillow", "themes": ["housing", "finance"]},
        {"item": "5.3", "kind": "question",
         "text": "whether the pooled budget arrangement meant that the Council would share any overspend",
         "asked_by": "The Chair",
         "answer": "for overspends to be shared in proportion to each partner's contribution",
         "given_by": "Ms Marsden", "themes": ["integration", "finance"]},
        {"item": "5.3", "kind": "concern",
         "text": "delays in delivering equipment needed for people to be discharged from hospital",
         "asked_by": "Councillor Carver",
         "answer": "the new specification included financial penalties for missed urgent deliveries",
         "given_by": "Ms Marsden", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5.3", "kind": "question",
         "text": "what engagement had taken place with people who use equipment and their carers",
         "asked_by": "Councillor Yardley",
         "answer": "a survey of 400 service users would be completed before the specification",
         "given_by": None, "themes": ["patient-and-public-input", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "3", "text": "meeting held on 10 December 2024 be adopted as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "5.1", "text": "the contract is awarded for an initial term of three years rather than five years",
         "outcome": "rejected", "themes": ["subcontracting", "privatisation", "public-health"]},
        {"item": "5.1", "text": "approve the award of the Integrated Stop Smoking and Tobacco Control Service contract",
         "outcome": "agreed", "themes": ["subcontracting", "public-health"]},
        {"item": "5.2", "text": "approve the establishment of a Private Sector Leasing Framework for temporary accommodation",
         "outcome": "agreed", "themes": ["housing", "subcontracting"]},
        {"item": "5.3", "text": "enter into a joint procurement with Wessex Downs Integrated Care Board",
         "outcome": "recommended", "themes": ["integration", "subcontracting", "adult-social-care"]},
        {"item": "6", "text": "the meeting of the Adults, Health and Housing Policy Committee do now adjourn",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor D. Pemberton", "role": "Chair", "attendance": "present"},
        {"name": "Councillor A. Mistry", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor G. Carver", "role": None, "attendance": "present"},
        {"name": "Councillor E. Lowther", "role": None, "attendance": "present"},
        {"name": "Councillor N. Adebayo", "role": None, "attendance": "present"},
        {"name": "Councillor F. Kinsella", "role": None, "attendance": "present"},
        {"name": "Councillor W. Royle", "role": None, "attendance": "present"},
        {"name": "Councillor C. Yardley", "role": None, "attendance": "present"},
        {"name": "Councillor B. Hinchcliffe", "role": None, "attendance": "apologies"},
        {"name": "Councillor O. Strand", "role": None, "attendance": "apologies"},
        {"name": "J. Marsden", "role": "Corporate Director of Adults, Health and Housing", "attendance": "in_attendance"},
        {"name": "Dr R. Achebe", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "T. Gillow", "role": "Head of Housing Needs and Homelessness Prevention", "attendance": "in_attendance"},
        {"name": "S. Kowalczyk", "role": "Procurement and Contract Management Lead", "attendance": "in_attendance"},
        {"name": "H. Burrows", "role": "Committee Services Officer", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check_one(name, source, gold):
    src = " " + norm(source) + " "
    bad = 0
    phrases = [("question", q["text"]) for q in gold["questions"]]
    phrases += [("answer", q["answer"]) for q in gold["questions"] if q["answer"]]
    phrases += [("resolution", r["text"]) for r in gold["resolutions"]]
    for kind, p in phrases:
        n = len(p.split())
        c = src.count(" " + norm(p) + " ")
        if c != 1 or not 6 <= n <= 15:
            bad += 1
            print(f"  FAIL {name} {kind} ({c} hits, {n} words): {p}")
    print(f"{name}: {len(gold['items'])} items, {len(gold['questions'])} questions, "
          f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees, "
          f"{len(phrases)} phrases, {bad} failures")
    return bad


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / H_NAME).write_text(build_html(), encoding="utf-8")
    build_pdf(DOCS / P_NAME)
    for g in (H_GOLD, P_GOLD):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def check():
    bad = 0
    p = _Text()
    p.feed((DOCS / H_NAME).read_text(encoding="utf-8"))
    bad += check_one(H_NAME, htmlmod.unescape("".join(p.parts)), H_GOLD)
    bad += check_one(P_NAME, pdf_source_text(), P_GOLD)
    # extra: the rendered PDF text, with hyphenated line ends re-joined, should also match
    import pdfplumber
    with pdfplumber.open(DOCS / P_NAME) as pdf:
        txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    txt = re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", txt)
    txt = re.sub(r"\n.*(Chair's initials|Policy Committee Minutes – February).*", " ", txt)
    src = " " + norm(txt) + " "
    missing = [x for x in [q["text"] for q in P_GOLD["questions"]] +
               [q["answer"] for q in P_GOLD["questions"] if q["answer"]] +
               [r["text"] for r in P_GOLD["resolutions"]]
               if src.count(" " + norm(x) + " ") != 1]
    for m in missing:
        print("  note: not found once in extracted PDF text (page break?):", m)
    print("CHECK", "PASSED" if bad == 0 else f"FAILED ({bad})")
    return bad


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    build()
    print("built")
