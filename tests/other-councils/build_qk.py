#!/usr/bin/env python3
"""Build the "qk-" documents of the other-councils evaluation set and their gold annotations.

Two ModernGov web-service GetMeeting responses (XML) from an invented Home Counties unitary
council: the published minutes of its Adult Social Care, Health & Housing Overview & Scrutiny
Panel, and the next meeting's response, whose agenda is published but whose minutes are not.

Usage:  build_qk.py           build documents/qk-* and gold/qk-*.json
        build_qk.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qk-larchbourne-forest-asc-health-housing-osp-2025-11-11.xml"
AGENDA_NAME = "qk-larchbourne-forest-asc-health-housing-osp-agenda-2026-01-20.xml"

COMMITTEE = "Adult Social Care, Health & Housing Overview & Scrutiny Panel"
SITE = "https://democracy.larchbourne-forest.gov.uk"
EXEC_MEMBER = "Executive Member for Adult Services, Health & Housing"

# ---------------------------------------------------------------------------
# Word-made HTML, as ModernGov keeps it after a clerk pastes from Word
# ---------------------------------------------------------------------------
# Blocks: ("p", text) a paragraph; ("b", text) a bold paragraph; ("i", text) an indented
# italic paragraph; ("bul", [texts]) a Symbol-font bulleted list; ("res", lead, text) a
# paragraph opening with a bold word; ("cl", label, text) an indented numbered clause;
# ("tbl", [[cells]]) a small Word table (first row bold).

NB = "&nbsp;"
SPAN = '<span style="font-family:&quot;Arial&quot;,sans-serif">'


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
            .replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")
            .replace("\u2013", "&#8211;").replace("\u00a3", "&#163;"))


def _wrap(line: str) -> str:
    # Word writes its HTML source wrapped at about 76 characters
    return textwrap.fill(line, width=76, break_long_words=False, break_on_hyphens=False)


def html(blocks: list) -> str:
    out = ['<div class="WordSection1">']
    for block in blocks:
        kind = block[0]
        if kind == "p":
            out.append(f'<p class="MsoNormal">{SPAN}{_esc(block[1])}</span></p>')
        elif kind == "b":
            out.append(f'<p class="MsoNormal"><b>{SPAN}{_esc(block[1])}</span></b></p>')
        elif kind == "i":
            out.append(f'<p class="MsoNormal" style="margin-left:36.0pt"><i>{SPAN}'
                       f'{_esc(block[1])}</span></i></p>')
        elif kind == "res":
            out.append(f'<p class="MsoNormal"><b>{SPAN}{_esc(block[1])}</span></b>{SPAN} '
                       f'{_esc(block[2])}</span></p>')
        elif kind == "cl":
            out.append(f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
                       f'{SPAN}{_esc(block[1])}<span style="mso-tab-count:1">'
                       f'{NB * 6} </span>{_esc(block[2])}</span></p>')
        elif kind == "bul":
            items = block[1]
            for n, text in enumerate(items):
                if len(items) == 1:
                    cls = "MsoListParagraph"
                elif n == 0:
                    cls = "MsoListParagraphCxSpFirst"
                elif n == len(items) - 1:
                    cls = "MsoListParagraphCxSpLast"
                else:
                    cls = "MsoListParagraphCxSpMiddle"
                out.append(
                    f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt">'
                    f'<span style="font-family:Symbol">\u00b7<span style="font:7.0pt '
                    f'&quot;Times New Roman&quot;">{NB * 7} </span></span>{SPAN}'
                    f'{_esc(text)}</span></p>')
        elif kind == "tbl":
            rows = []
            for r, row in enumerate(block[1]):
                cells = []
                for cell in row:
                    inner = _esc(cell)
                    if r == 0:
                        inner = f"<b>{inner}</b>"
                    cells.append(f'<td width="302" valign="top" style="border:solid windowtext '
                                 f'1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">'
                                 f'{SPAN}{inner}</span></p></td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">' + "".join(rows)
                       + "</table>")
        else:
            raise ValueError(kind)
        out.append(f'<p class="MsoNormal">{SPAN}{NB}</span></p>')
    out.pop()  # no empty paragraph after the last block
    out.append("</div>")
    return "\n".join(_wrap(line) for line in out) + "\n"


# ---------------------------------------------------------------------------
# The minutes: Tuesday 11 November 2025
# ---------------------------------------------------------------------------

APOLOGIES = [
    ("p", "Apologies for absence were received from Councillors Quenby and Mrs Tregothnan."),
    ("p", "Councillor Arkwright-Dunn attended as a Substitute Member for Councillor Quenby."),
]

MINUTES_ITEM = [
    ("res", "RESOLVED",
     "that the minutes of the meeting of the Panel held on 9 September 2025 be approved as a "
     "correct record, and signed by the Chairman."),
    ("b", "Matters Arising"),
    ("p", "Arising from Minute 17 (Hospital Discharge and Reablement), the Governance and "
          "Scrutiny Officer reported that the breakdown of reablement outcomes by ward which "
          "the Panel had requested had been circulated to Members by email on 3 October 2025."),
    ("p", "Arising from Minute 18, Councillor Brightwell asked whether the Healthwatch report "
          "on the experiences of unpaid carers had been shared with the Integrated Care Board. "
          "The Assistant Director: Adult Social Care confirmed that it had been presented to "
          "the Larchbourne Forest Place Committee on 16 October 2025 and that a joint action "
          "plan was being drawn up."),
]

DECLARATIONS = [
    ("p", "Councillor Mrs Oakhurst declared an affected interest in Item 7 (Re-procurement of "
          "Home Care Services) as a close family member was employed as a care worker by one of "
          "the current framework providers. She remained in the meeting for the discussion of "
          "the item but did not vote."),
    ("p", "There were no other declarations of interest relating to any items on the agenda, "
          "nor any indication that Members would be participating whilst under the party whip."),
]

URGENT = [("p", "There were no items of urgent business.")]

PUBLIC = [
    ("p", "The Panel received one question which had been submitted in advance in accordance "
          "with the Council\u2019s Public Participation Scheme for Overview and Scrutiny."),
    ("b", "Question submitted by Mr Dennis Farraday"),
    ("p", "Mr Farraday, a resident of Warrenfield ward, asked:"),
    ("i", "\u201cSince the Kingsmoor Lane dental practice handed back its NHS contract in the "
          "spring, my wife and I have been unable to find a practice anywhere in the borough "
          "that is taking on adult NHS patients. What is this Council doing to press the "
          "Integrated Care Board to commission replacement capacity, and when can residents "
          "expect to see it?\u201d"),
    ("p", "The Executive Member for Adult Services, Health & Housing replied:"),
    ("i", "\u201cThank you, Mr Farraday. Commissioning NHS dentistry is the responsibility of the "
          "Integrated Care Board rather than this Council, but we have raised the loss of the "
          "Kingsmoor Lane contract directly with the Board on several occasions, most recently "
          "at the Health and Wellbeing Board in October. I understand that the Board has run a "
          "procurement for replacement activity in the north of the borough and expects to "
          "award a contract early in the new year. The Panel will hear from the Board under "
          "Item 6 this evening, and I would encourage you to stay for that item.\u201d"),
    ("p", "Mr Farraday asked a supplementary question as to whether the replacement contract "
          "would be for adults as well as children, to which the Executive Member replied that "
          "she understood it would cover both, but would ask the Board to confirm this in "
          "writing."),
]

DENTAL = [
    ("p", "Fiona Haddleton, Head of Primary Care Commissioning (Dental), Heathland and Wendlebrook "
          "Integrated Care Board (ICB), and Dr Imran Chaudhry, Consultant in Dental Public "
          "Health, NHS England, gave a presentation on access to NHS dental services for "
          "residents of the borough. The presentation, which had been published as a "
          "supplement to the agenda, highlighted the following:"),
    ("bul", [
        "the ICB had taken on delegated responsibility for commissioning NHS dental services "
        "in April 2023, and the borough was served by fourteen practices holding NHS "
        "contracts;",
        "around 41% of adults in the borough had seen an NHS dentist in the previous 24 "
        "months, compared with 46% across the ICB area and 40% nationally, while the figure "
        "for children was 58%;",
        "the flexible commissioning scheme had funded 2,600 additional urgent appointments "
        "across the ICB area in 2024/25, of which 410 had been taken up by borough residents;",
        "a procurement for replacement activity following the hand-back of the Kingsmoor "
        "Lane contract was at the evaluation stage, with three compliant bids received;",
        "recruiting dentists to NHS work remained the main constraint, and the ICB was "
        "funding a golden hello scheme of up to \u00a320,000 for dentists taking up posts in "
        "under-served areas, two of which had been filled in the borough.",
    ]),
    ("p", "Margaret Olufemi, Manager, Healthwatch Larchbourne Forest, summarised the findings "
          "of the Healthwatch survey of 318 residents carried out in the summer. Most "
          "residents who were registered with a practice were satisfied with their care, but "
          "those who had lost their dentist when a contract was handed back described "
          "telephoning a dozen or more practices without success, and some had travelled to "
          "other counties for treatment."),
    ("p", "Arising from Members\u2019 questions and discussion, the following points were noted:"),
    ("bul", [
        "Councillor Furlong asked how many of the fourteen practices were currently accepting "
        "new adult NHS patients. Ms Haddleton advised that, as of the end of October, three "
        "practices were accepting adults and six were accepting children, although the "
        "position changed from week to week and residents were advised to contact practices "
        "directly.",
        "Members expressed concern that NHS 111 was directing residents with urgent dental "
        "problems to practices up to 25 miles away, which was particularly difficult for "
        "those without a car. It was acknowledged that the urgent care pathway relied on "
        "capacity across the whole ICB area; the ICB was looking at holding back a number of "
        "urgent slots each week for the residents of each place.",
        "Asked whether the replacement contract for the north of the borough would include a "
        "requirement to see adults, Ms Haddleton confirmed that the specification required a "
        "minimum of 60% of activity to be delivered to adult patients and that the contract "
        "would run for seven years.",
        "Councillor Mrs Oakhurst questioned why practices handed back contracts and whether "
        "the Units of Dental Activity (UDA) rate was sufficient. Dr Chaudhry explained that "
        "the national contract paid the same for a course of treatment regardless of its "
        "complexity, which made patients with high needs uneconomic to treat; reform of the "
        "national contract was a matter for the Department of Health and Social Care. The "
        "ICB had raised the minimum UDA rate locally to \u00a328 from April 2025.",
        "Councillor Brightwell referred to the Healthwatch finding that one in five "
        "respondents had paid for private treatment because they could not find an NHS "
        "dentist, and asked what was being done to reach residents who could not afford to "
        "do so. In response, the Director of Public Health advised that the Council\u2019s "
        "oral health improvement programme, including supervised toothbrushing in 22 early "
        "years settings, was focused on the wards with the highest rates of tooth decay.",
        "A Member requested that the ICB provide the Panel with a breakdown of NHS dental "
        "activity by practice and by age group for the borough. Ms Haddleton agreed to "
        "provide this for the Panel\u2019s January meeting.",
        "Councillor Venkatesh commented that the experience described by Mr Farraday was "
        "typical of her casework, and that residents found the NHS website\u2019s list of "
        "practices accepting patients to be out of date.",
    ]),
    ("p", "The Chairman thanked Ms Haddleton and Dr Chaudhry for attending and for their "
          "informative presentation."),
    ("res", "RESOLVED", "that"),
    ("cl", "(i)", "the update on access to NHS dental services be noted; and"),
    ("cl", "(ii)", "the Heathland and Wendlebrook Integrated Care Board be requested to report back "
                   "to the Panel\u2019s meeting on 20 January 2026 on the outcome of the "
                   "procurement for the north of the borough."),
]

HOME_CARE = [
    ("p", "The Executive Member for Adult Services, Health & Housing introduced the report, "
          "which set out the proposed approach to re-procuring the Council\u2019s home care "
          "services when the current framework agreement expired on 31 March 2026. The report "
          "would be considered by the Executive on 9 December 2025 and the Panel\u2019s views "
          "would be reported to that meeting."),
    ("p", "Siobhan Garrity, Head of Commissioning: Adults, explained that it was proposed to "
          "replace the existing framework of eleven providers with a zoned model of four "
          "geographical zones, each with a lead provider and up to two secondary providers, on "
          "contracts of five years with the option to extend for a further two. The Council "
          "currently purchased approximately 9,800 hours of home care a week for around 640 "
          "residents, at a gross annual cost of \u00a315.6 million. The zones had been drawn so "
          "that care workers\u2019 journeys between visits would be shorter, and the evaluation "
          "criteria would be weighted 60% to quality and 40% to price."),
    ("p", "Subject to the Executive\u2019s approval, the tender would be published in January "
          "2026, with contracts awarded in March and a phased transfer of packages between "
          "April and June 2026. Residents who arranged their own care through direct payments "
          "would be able to continue to do so, and the zones would not apply to them."),
    ("p", "Arising from the Panel\u2019s questions and discussion, the following points were "
          "made:"),
    ("bul", [
        "Councillor Pellow questioned whether the zoned model would squeeze smaller local "
        "providers out of the market in favour of national companies. Ms Garrity advised "
        "that the tender had been divided into lots sized to allow local providers to bid, "
        "either alone or in consortia, and that the market engagement events held in "
        "September had been attended by 23 providers, 15 of them based in the borough.",
        "Members expressed concern about the hourly rate, noting that several providers had "
        "told Members that the current rate of \u00a324.10 did not cover the cost of paying "
        "travel time between visits. In response, the Assistant Director: Adult Social Care "
        "explained that the indicative rate for the new contracts would be \u00a326.40 an "
        "hour, informed by the cost of care exercise carried out in the spring, and that "
        "providers would be required to pay care workers for their travel time.",
        "Asked how the views of people who received home care, and their families, had "
        "shaped the proposals, Ms Garrity reported that 212 people had responded to a survey "
        "over the summer and that two focus groups had been held with carers. Continuity of "
        "care worker had been the issue raised most often, and this had been written into "
        "the specification as a key performance indicator.",
        "Councillor Mahmood-Ellis asked what would happen to existing clients if their "
        "current provider was not successful. The Panel was advised that a transition plan "
        "would be developed for each zone and that, where a provider was unsuccessful, TUPE "
        "was expected to apply to its care workers so that clients could keep the same "
        "carers wherever possible.",
        "Councillor Venkatesh requested that the Panel receive quarterly performance "
        "information on the new contracts for the first year, including missed and late "
        "calls. The Executive Member agreed to this request.",
        "A Member commented that bringing the service back in-house should have been "
        "considered as an option, as some other councils had done. The Executive Member for "
        "Adult Services, Health & Housing said that an in-house option had been appraised in "
        "the options paper at Appendix B but had been discounted on grounds of cost and the "
        "time needed to recruit a workforce of around 300 staff.",
        "Councillor Brightwell raised concern about the reliance of the sector on overseas "
        "recruitment in light of changes to the Health and Care Worker visa, noting that "
        "around a third of care workers in the borough were employed on sponsored visas.",
    ]),
    ("p", "Councillor Pellow proposed, and Councillor Brightwell seconded, that the Panel "
          "recommend to the Executive that the current framework be extended for twelve months "
          "to allow further engagement with local providers before any re-procurement. On "
          "being put to the vote the motion was lost."),
    ("p", "Councillor Mrs Oakhurst, having declared an affected interest (Minute 23), did not "
          "vote on this item."),
    ("res", "RECOMMENDED", "to the Executive that, in approving the proposed approach to the "
                           "re-procurement of home care services, it:"),
    ("cl", "(i)", "requires that the specification include payment for care workers\u2019 "
                  "travel time at no less than the National Living Wage; and"),
    ("cl", "(ii)", "asks officers to report to this Panel on the performance of the new "
                   "contracts each quarter during 2026/27."),
]

VAPING = [
    ("p", "Dr Lorna Kettleby, Director of Public Health, and Callum Ridout, Principal Trading "
          "Standards Officer, presented an update on action to reduce vaping among children and "
          "young people, which the Panel had requested in March 2025. The update set out the "
          "results of the 2025 Schools Health Survey, which showed that 9% of Year 10 pupils "
          "vaped regularly, down from 12% in 2023, and the enforcement activity of Trading "
          "Standards, including 31 test purchases since April of which seven had resulted in "
          "an illegal sale. The ban on the sale of single-use vapes had come into force on 1 "
          "June 2025, and officers had visited 64 retailers to advise on the new rules."),
    ("p", "Dr Kettleby explained that the survey had been completed by 2,140 pupils in Years 8 "
          "and 10 across nine secondary schools. Pupils most often said that they obtained "
          "vapes from friends or older siblings rather than buying them, and a quarter of "
          "those who vaped said that they would like help to stop. A schools toolkit and a "
          "training session for pastoral staff had been offered to every secondary school, "
          "and seven had taken it up."),
    ("p", "In response to Members\u2019 questions, the following points were noted:"),
    ("bul", [
        "Councillor Furlong asked whether the fall in regular vaping was seen across all "
        "schools or was concentrated in some. Dr Kettleby advised that the fall was greatest "
        "in schools taking part in the peer education programme, but that two secondary "
        "schools had seen increases and work was under way with both.",
        "Members expressed concern that refillable devices were now being sold at very low "
        "prices, making them just as attractive to children as disposable ones had been. The "
        "Principal Trading Standards Officer explained that pricing was not regulated, but "
        "that the Tobacco and Vapes Bill would give powers to restrict flavours, packaging "
        "and displays once enacted.",
        "Asked what penalties had been imposed on the seven premises that had sold to "
        "under-age test purchasers, Mr Ridout reported that four had received fixed penalty "
        "notices, two had been referred for prosecution and one had been given a formal "
        "warning, as it was a first offence by a new owner.",
        "Councillor Brightwell requested that the views of young people themselves be sought "
        "through the Youth Council before the vaping action plan was next refreshed. The "
        "Director of Public Health welcomed the suggestion and said that the Youth Council "
        "would be invited to the next meeting of the Tobacco Control Alliance.",
        "Councillor Arkwright-Dunn commented that adult smokers using vapes to quit should "
        "not be discouraged by messages aimed at children, and the Director of Public Health "
        "agreed, noting that the stop smoking service had issued 480 free vape starter kits "
        "under the national Swap to Stop scheme in 2024/25.",
    ]),
    ("res", "RESOLVED", "that the update on youth vaping, and the enforcement activity "
                        "undertaken by Trading Standards, be noted."),
]

QSR = [
    ("p", "The Panel considered the latest trends, priorities and pressures in terms of "
          "departmental performance as reported in the Quarterly Service Report (QSR) for the "
          "second quarter of 2025/26 (July to September 2025) relating to Adult Social Care, "
          "Health and Housing."),
    ("p", "The Executive Member for Adult Services, Health & Housing highlighted:"),
    ("bul", [
        "the number of households in temporary accommodation had risen to 187, of whom 42 "
        "were in bed and breakfast accommodation;",
        "delayed discharges from hospital for borough residents had averaged six a day, "
        "against a target of eight;",
        "the Council had received its assessment visit from the Care Quality Commission "
        "under the assurance framework for local authorities in September, and the report "
        "was awaited;",
        "waiting times for a Care Act assessment had fallen to an average of 19 days, from "
        "31 days a year earlier.",
    ]),
    ("p", "Arising from Members\u2019 questions, the following points were noted:"),
    ("bul", [
        "Councillor Mahmood-Ellis asked how many families with children were in bed and "
        "breakfast accommodation for longer than the six-week legal limit. The Head of "
        "Housing Options advised that at the end of September there had been five such "
        "families, all of whom had since been offered self-contained accommodation.",
        "Members queried the cost to the Council of temporary accommodation. It was reported "
        "that the forecast net cost for 2025/26 was \u00a33.1 million, an overspend of "
        "\u00a3740,000, and that the purchase of 24 properties through the Council\u2019s "
        "housing company was expected to reduce reliance on nightly-paid accommodation.",
        "Councillor Venkatesh raised concern at the number of reports of damp and mould in "
        "housing association properties and asked what powers the Council had to intervene. "
        "Mr Pryce-Whitlow explained that Awaab\u2019s Law had applied to social landlords "
        "from 27 October 2025 and that the Council\u2019s environmental health team could "
        "take action under the Housing Health and Safety Rating System where landlords "
        "failed to act.",
        "Asked when the outcome of the Care Quality Commission assessment would be known, "
        "the Executive Director: People said that the draft report was expected in December "
        "and would be shared with the Panel as soon as it was published.",
        "Councillor Pellow commented that the improvement in delayed discharges reflected "
        "well on the integrated discharge team, and asked that the Panel\u2019s thanks be "
        "passed on to the team.",
    ]),
    ("p", "The Panel noted the Quarterly Service Report for the second quarter."),
]

EXEC_DECISIONS = [
    ("p", "The Panel considered the scheduled Executive Key and Non-Key Decisions relating to "
          "Adult Social Care, Health and Housing."),
    ("p", "Councillor Furlong asked whether the revised Disabled Facilities Grant policy, due "
          "for decision in February 2026, would introduce a means test for smaller "
          "adaptations. The Head of Housing Options confirmed that the draft policy proposed "
          "discretionary grants of up to \u00a35,000 for adaptations without a means test, "
          "in order to speed up discharge from hospital."),
    ("p", "The Panel noted the scheduled Executive Key and Non-Key Decisions."),
]

WORK_PROGRAMME = [
    ("p", "The Chairman reported on the progress of the Panel\u2019s Working Group reviewing "
          "patient and public engagement in the Heathland and Wendlebrook Integrated Care System. "
          "The Working Group had met three times and had taken evidence from Healthwatch "
          "Larchbourne Forest and from the ICB\u2019s engagement team; it expected to report "
          "to the Panel in March 2026. The Governance and Scrutiny Officer presented the "
          "Panel\u2019s work programme for the remainder of the municipal year, which included:"),
    ("bul", [
        "20 January 2026 \u2013 the ICB\u2019s response on NHS dental services, the "
        "Safeguarding Adults Board annual report and the consultation draft of the "
        "Homelessness and Rough Sleeping Strategy;",
        "17 March 2026 \u2013 the final report of the Working Group, mental health crisis "
        "support for adults, and the Quarterly Service Report for the third quarter.",
    ]),
    ("p", "Councillor Venkatesh asked whether the Working Group would be able to hear from "
          "patients directly rather than only from organisations. The Chairman advised that a "
          "drop-in session for residents was being arranged at Larchbourne Library in "
          "December, with support from Healthwatch."),
    ("p", "Margaret Olufemi, Manager, Healthwatch Larchbourne Forest, requested that the "
          "Working Group consider the experience of people who did not use online services "
          "when booking GP appointments. The Chairman agreed that this would be added to the "
          "Working Group\u2019s scope."),
    ("res", "RESOLVED", "that"),
    ("cl", "(i)", "the update on the work of the Working Group be noted; and"),
    ("cl", "(ii)", "the work programme for 2025-26 be agreed, subject to the addition of an "
                   "item on the Draft Budget Proposals 2026/27 at the January meeting."),
]

# (minute number, agenda order, title, agenda text, minutes blocks, linked documents)
MINUTE_ITEMS = [
    (21, 1, "Apologies for Absence/Substitute Members",
     "To receive apologies for absence and to note the attendance of any substitute members.",
     APOLOGIES, []),
    (22, 2, "Minutes and Matters Arising",
     "To approve as a correct record the minutes of the meeting of the Panel held on 9 "
     "September 2025.",
     MINUTES_ITEM, [("Minutes 9 September 2025", 71402)]),
    (23, 3, "Declarations of Interest and Party Whip",
     "Members are asked to declare any disclosable pecuniary or affected interests, and the "
     "nature of that interest, including the existence and nature of the party whip, in "
     "respect of any matter to be considered at this meeting.",
     DECLARATIONS, []),
    (24, 4, "Urgent Items of Business",
     "Any other items which, pursuant to Section 100B(4)(b) of the Local Government Act "
     "1972, the Chairman decides are urgent.",
     URGENT, []),
    (25, 5, "Public Participation",
     "To receive submissions from members of the public which have been submitted in advance "
     "in accordance with the Council\u2019s Public Participation Scheme for Overview and "
     "Scrutiny.",
     PUBLIC, []),
    (26, 6, "NHS Dental Services in Larchbourne Forest",
     "To receive a presentation from the Heathland and Wendlebrook Integrated Care Board on access "
     "to NHS dental services in the borough.",
     DENTAL, [("NHS Dental Services - ICB presentation", 71466)]),
    (27, 7, "Re-procurement of Home Care Services",
     "To consider, in advance of the Executive\u2019s decision on 9 December 2025, the "
     "proposed approach to re-procuring home care services from April 2026.",
     HOME_CARE, [("Home Care Re-procurement - report", 71419),
                 ("Appendix A - Proposed zone map", 71420),
                 ("Appendix B - Options appraisal", 71421)]),
    (28, 8, "Youth Vaping: Public Health and Trading Standards Update",
     "To receive an update on action taken to reduce vaping among children and young people, "
     "as requested by the Panel in March 2025.",
     VAPING, [("Youth Vaping Update - briefing note", 71433)]),
    (29, 9, "Quarterly Service Report (QSR)",
     "To consider the latest trends, priorities and pressures in terms of departmental "
     "performance as reported in the Quarterly Service Report for the second quarter of "
     "2025/26 relating to Adult Social Care, Health and Housing.",
     QSR, [("QSR Q2 2025-26 People", 71440)]),
    (30, 10, "Executive Key and Non-Key Decisions",
     "To consider scheduled Executive Key and Non-Key Decisions relating to Adult Social "
     "Care, Health and Housing.",
     EXEC_DECISIONS, [("Executive Key and Non-Key Decisions", 71441)]),
    (31, 11, "Working Group Update and Work Programme 2025-26",
     "To receive an update on the Working Group and to consider the Panel\u2019s work "
     "programme for 2025-26.",
     WORK_PROGRAMME, [("Work Programme 2025-26", 71447)]),
]

# (member id, name, role, attendance, party, ward)
ATTENDEES = [
    ("U", 412, "Councillor Mrs Kathryn Dellow", "Chairman", "Present", "LAB", "Owlcote"),
    ("U", 418, "Councillor Tariq Mahmood-Ellis", "Vice-Chairman", "Present", "LD",
     "Kestrel Rise"),
    ("U", 377, "Councillor Hannah Brightwell", "Committee Member", "Present", "GRN",
     "Old Larchbourne"),
    ("U", 421, "Councillor Declan Furlong", "Committee Member", "Present", "LAB",
     "Warrenfield"),
    ("U", 356, "Councillor Mrs Sandra Oakhurst", "Committee Member", "Present", "CON",
     "Pinefold"),
    ("U", 362, "Councillor Gareth Pellow", "Committee Member", "Present", "CON",
     "Harrowcroft North"),
    ("U", 429, "Councillor Robert Quenby", "Committee Member", "Apologies, sent substitute",
     "LAB", "Coppice Vale"),
    ("U", 433, "Councillor Joanne Siddall", "Committee Member", "Absent", "LAB",
     "Sundial"),
    ("U", 391, "Councillor Mrs Elaine Tregothnan", "Committee Member", "Apologies", "LD",
     "Quillfield"),
    ("U", 426, "Councillor Priya Venkatesh", "Committee Member", "Present", "LAB",
     "Larch Green"),
    ("U", 437, "Councillor Michael Arkwright-Dunn", "Substitute", "Present as substitute",
     "LAB", "Owlcote"),
    ("U", 405, "Councillor Amanda Corrigan", EXEC_MEMBER, "In attendance", "LAB",
     "Larch Green"),
    ("O", 9021, "Grant Ellerby", "Executive Director: People", "In attendance", "", ""),
    ("O", 9034, "Zoe Marchetti", "Assistant Director: Adult Social Care", "In attendance",
     "", ""),
    ("O", 9040, "Siobhan Garrity", "Head of Commissioning: Adults", "In attendance", "", ""),
    ("O", 9046, "Adam Pryce-Whitlow", "Head of Housing Options", "In attendance", "", ""),
    ("O", 9052, "Dr Lorna Kettleby", "Director of Public Health", "In attendance", "", ""),
    ("O", 9058, "Callum Ridout", "Principal Trading Standards Officer", "In attendance", "",
     ""),
    ("O", 9013, "Tamsin Hale", "Governance and Scrutiny Officer", "In attendance", "", ""),
    ("G", 9107, "Fiona Haddleton",
     "Head of Primary Care Commissioning (Dental), Heathland and Wendlebrook Integrated Care Board",
     "In attendance", "", ""),
    ("G", 9108, "Dr Imran Chaudhry", "Consultant in Dental Public Health, NHS England",
     "In attendance", "", ""),
    ("G", 9112, "Margaret Olufemi", "Manager, Healthwatch Larchbourne Forest",
     "In attendance", "", ""),
]

# ---------------------------------------------------------------------------
# The next meeting: Tuesday 20 January 2026, agenda only
# ---------------------------------------------------------------------------

A_DENTAL = [
    ("p", "At its meeting on 11 November 2025 the Panel asked the Heathland and Wendlebrook "
          "Integrated Care Board (ICB) to report back on the outcome of the procurement of "
          "replacement NHS dental activity for the north of the borough, and to provide a "
          "breakdown of NHS dental activity by practice and by age group. The ICB\u2019s "
          "written response is attached. Fiona Haddleton, Head of Primary Care Commissioning "
          "(Dental), will attend to answer Members\u2019 questions."),
    ("b", "Summary of the ICB\u2019s response"),
    ("tbl", [
        ["You asked", "We said"],
        ["How many practices in the borough are accepting new adult NHS patients?",
         "At the end of December four practices were accepting adults and seven were "
         "accepting children. The NHS website is now updated by practices every month."],
        ["Will the replacement contract for the north of the borough see adults?",
         "Yes. The contract has been awarded to a new provider, which will open in April "
         "2026. At least 60% of its activity must be for adult patients."],
        ["Why are residents with urgent problems sent so far for treatment?",
         "From February 2026 each practice in the flexible commissioning scheme will hold "
         "back urgent slots for residents living within ten miles."],
        ["Can the Panel see activity by practice and by age group?",
         "A table of activity for 2024/25 for each of the fourteen practices, split between "
         "adults and children, is set out in Appendix 1."],
    ]),
    ("b", "Questions the Panel may wish to ask"),
    ("bul", [
        "How will the ICB monitor whether the new provider meets the requirement that 60% "
        "of its activity is for adults?",
        "What has been the effect of holding back urgent slots in other places where this "
        "has been tried?",
        "Which practices have seen the largest fall in activity since 2022/23, and why?",
        "How are residents without internet access told which practices are accepting "
        "patients?",
    ]),
    ("res", "Recommendation:", "That the Panel notes the ICB\u2019s response and considers "
                               "whether any further information is required."),
]

A_BUDGET = [
    ("p", "The Executive agreed its draft budget proposals for 2026/27 on 16 December 2025 "
          "for consultation. The Panel is invited to comment on the proposals relating to "
          "adult social care, public health and housing, and its comments will be reported "
          "to the Executive on 10 February 2026. The proposals for the People Directorate "
          "include savings of \u00a32.4 million, of which \u00a31.1 million would come from "
          "the re-procurement of home care and supported living, and pressures of \u00a34.8 "
          "million, mainly from the rising number of people needing care and from the "
          "increase in employers\u2019 National Insurance contributions."),
    ("b", "Questions the Panel may wish to ask"),
    ("bul", [
        "How confident are officers that the savings from the home care re-procurement can "
        "be delivered in the first year of the new contracts?",
        "What assumptions have been made about the growth in demand for adult social care, "
        "and how do these compare with the last three years?",
        "What is the forecast cost of temporary accommodation in 2026/27, and what would be "
        "the effect if the purchase of new properties were delayed?",
        "Is the public health grant allocation for 2026/27 yet known, and which services "
        "would be at risk if it were not increased?",
        "How have residents been told about the proposed increase in charges for the "
        "community alarm service?",
    ]),
    ("res", "Recommendation:", "That the Panel considers the draft budget proposals for "
                               "2026/27 and agrees any comments it wishes to make to the "
                               "Executive."),
]

A_SAB = [
    ("p", "The Independent Chair of the Larchbourne Forest Safeguarding Adults Board will "
          "present the Board\u2019s annual report for 2024/25. The report describes the "
          "Board\u2019s work on its three priorities (self-neglect, financial abuse and "
          "transitions from children\u2019s to adult services), the findings of two "
          "Safeguarding Adults Reviews completed during the year and the number of "
          "safeguarding concerns received, which rose by 14% to 2,310."),
    ("b", "Suggested lines of enquiry"),
    ("bul", [
        "What proportion of safeguarding concerns led to a formal enquiry, and how does this "
        "compare with similar councils?",
        "What has changed in practice as a result of the two Safeguarding Adults Reviews?",
        "How does the Board hear the voices of people who have been through a safeguarding "
        "enquiry?",
    ]),
]

A_HOMELESSNESS = [
    ("p", "The Council is required to publish a homelessness and rough sleeping strategy at "
          "least every five years. The consultation draft of the strategy for 2026 to 2031 "
          "is attached, together with a summary of the homelessness review on which it is "
          "based. Consultation with residents, partners and people with lived experience of "
          "homelessness runs until 27 February 2026."),
    ("p", "The draft strategy has four priorities: preventing homelessness earlier, reducing "
          "the use of bed and breakfast accommodation, ending rough sleeping, and improving "
          "access to health services for people who are homeless."),
    ("b", "Questions the Panel may wish to ask"),
    ("bul", [
        "Are the targets for reducing the use of bed and breakfast accommodation realistic "
        "given the rise seen during 2025?",
        "How will the strategy work with the Integrated Care Board to improve access to GP "
        "and mental health services for people sleeping rough?",
        "How were people with lived experience involved in writing the draft?",
    ]),
    ("res", "Recommendation:", "That the Panel comments on the consultation draft of the "
                               "Homelessness and Rough Sleeping Strategy 2026-2031."),
]

AGENDA_ITEMS = [
    (1, "Apologies for Absence/Substitute Members",
     [("p", "To receive apologies for absence and to note the attendance of any substitute "
            "members.")], []),
    (2, "Minutes and Matters Arising",
     [("p", "To approve as a correct record the minutes of the meeting of the Panel held on "
            "11 November 2025.")], [("Minutes 11 November 2025", 72015)]),
    (3, "Declarations of Interest and Party Whip",
     [("p", "Members are asked to declare any disclosable pecuniary or affected interests, "
            "and the nature of that interest, including the existence and nature of the party "
            "whip, in respect of any matter to be considered at this meeting."),
      ("p", "Any Member with a Disclosable Pecuniary Interest in a matter should withdraw from "
            "the meeting when the matter is under consideration and should notify the "
            "Democratic Services Officer in attendance that they are withdrawing as they have "
            "such an interest. If the Disclosable Pecuniary Interest is not entered on the "
            "register of Members\u2019 interests the Monitoring Officer must be notified of "
            "the interest within 28 days.")], []),
    (4, "Urgent Items of Business",
     [("p", "Any other items which, pursuant to Section 100B(4)(b) of the Local Government "
            "Act 1972, the Chairman decides are urgent.")], []),
    (5, "Public Participation",
     [("p", "To receive submissions from members of the public which have been submitted in "
            "advance in accordance with the Council\u2019s Public Participation Scheme for "
            "Overview and Scrutiny."),
      ("p", "Questions must be received by Democratic Services by 5.00 pm on Tuesday 13 "
            "January 2026.")], []),
    (6, "NHS Dental Services: Response from the Integrated Care Board", A_DENTAL,
     [("ICB response to the Panel - January 2026", 72031),
      ("Appendix 1 - NHS dental activity by practice 2024-25", 72032)]),
    (7, "Draft Budget Proposals 2026/27", A_BUDGET,
     [("Draft Budget Proposals 2026-27 - People Directorate", 72040)]),
    (8, "Larchbourne Forest Safeguarding Adults Board Annual Report 2024/25", A_SAB,
     [("SAB Annual Report 2024-25", 72044)]),
    (9, "Homelessness and Rough Sleeping Strategy 2026-2031: Consultation Draft",
     A_HOMELESSNESS,
     [("Homelessness and Rough Sleeping Strategy - consultation draft", 72049),
      ("Homelessness Review 2025 - summary", 72050)]),
    (10, "Executive Key and Non-Key Decisions",
     [("p", "To consider scheduled Executive Key and Non-Key Decisions relating to Adult "
            "Social Care, Health and Housing.")],
     [("Executive Key and Non-Key Decisions", 72052)]),
    (11, "Working Group Update and Work Programme 2025-26",
     [("p", "To receive an update on the Working Group reviewing patient and public "
            "engagement, and to consider the Panel\u2019s work programme for the remainder of "
            "2025-26.")],
     [("Work Programme 2025-26", 72055)]),
]

# ---------------------------------------------------------------------------
# GetMeeting XML
# ---------------------------------------------------------------------------


def _el(indent: int, name: str, value: str = "") -> str:
    pad = " " * indent
    if value == "":
        return f"{pad}<{name}>\n{pad}</{name}>"
    return f"{pad}<{name}>{escape(value)}</{name}>"


def linked_docs(docs, meeting_date, publication_date, owner_title) -> list[str]:
    lines = ["      <linkeddocuments>"]
    for n, (title, att_id) in enumerate(docs, start=1):
        lines += [
            "        <linkeddoc>",
            _el(10, "attachmentid", str(att_id)),
            _el(10, "title", title),
            _el(10, "isurl", "False"),
            _el(10, "url", f"{SITE}/mgConvert2PDF.aspx?ID={att_id}"),
            _el(10, "isrestricted", "False"),
            _el(10, "restrictionsRef"),
            _el(10, "itemnum", str(n)),
            _el(10, "publicationdate", publication_date),
            _el(10, "meetingdate", meeting_date),
            _el(10, "decisiondate", meeting_date),
            _el(10, "committeetitle", COMMITTEE),
            _el(10, "isdecisionattachment", "False"),
            _el(10, "ownertitle", owner_title),
            "        </linkeddoc>",
        ]
    lines.append("      </linkeddocuments>")
    return lines


def meeting_xml(*, meeting_id, date, actual_start, actual_finish, minutes_published,
                items, attendees, publication_date) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<meeting>",
             _el(2, "meetingid", str(meeting_id)),
             _el(2, "meetingdate", date),
             _el(2, "meetingstatus", "Confirmed"),
             _el(2, "isdisplayallowed", "True"),
             _el(2, "meetingtime", "7.30 pm"),
             _el(2, "meetingactualstarttime", actual_start),
             _el(2, "meetingplannedfinishtime", "10.00 pm"),
             _el(2, "meetingactualfinishtime", actual_finish),
             _el(2, "meetinglocation", "Council Chamber, Forest Square, Larchbourne"),
             _el(2, "iswebcast", "True"),
             _el(2, "agendaid", str(meeting_id)),
             _el(2, "agendapublished", "True"),
             _el(2, "decisionpublished", "False"),
             _el(2, "minutepublished", "True" if minutes_published else "False"),
             _el(2, "meetingroom"),
             "  <agendaitems>"]
    for it in items:
        lines += [
            "    <agendaitem>",
            _el(6, "agendaitemid", str(it["id"])),
            _el(6, "agendaitemtitle", it["title"]),
            f"      <agendatext>{escape(it['agendatext'])}</agendatext>",
            _el(6, "actualmeetingdate", date),
            _el(6, "agendaitemnumber", str(it["sort"])),
            _el(6, "agendaitemsubnumber"),
            _el(6, "fulldisplaynumberformat", it["display"]),
            _el(6, "authorusername"),
            _el(6, "commentlabel1", "Presented By"),
            _el(6, "commenttext1", it.get("presenter", "")),
            _el(6, "commentlabel2", "Actions"),
            _el(6, "commenttext2"),
        ]
        if it["minutes"]:
            lines.append(f"      <minutesnonemptyhtmlbody>{escape(it['minutes'])}"
                         f"</minutesnonemptyhtmlbody>")
        else:
            lines.append(_el(6, "minutesnonemptyhtmlbody"))
        lines += [
            _el(6, "declarationcount", str(it.get("declarations", 0))),
            _el(6, "iscallin", "False"),
            _el(6, "iscomment", "False"),
            _el(6, "isdecision", "False"),
            _el(6, "isdecisionpublished", "False"),
            _el(6, "isminutepublished", "True" if it["minutes"] else "False"),
            _el(6, "ispubliccanspeak", "True" if it["title"] == "Public Participation"
                else "False"),
            _el(6, "isrestricted", "False"),
            _el(6, "isdisplayallowed", "True"),
            _el(6, "meetingdate", date),
            _el(6, "meetingtime", "7.30 pm"),
            _el(6, "minutesitemnumber", it["minute_no"]),
            _el(6, "minutesitemsubnumber"),
            _el(6, "preferreddate", date),
            _el(6, "refertocommittee", COMMITTEE),
        ]
        if it["docs"]:
            lines += linked_docs(it["docs"], date, publication_date, it["title"])
        else:
            lines.append(_el(6, "linkeddocuments"))
        lines.append("    </agendaitem>")
    lines.append("  </agendaitems>")
    lines.append("  <attendees>")
    for mtype, mid, name, role, attendance, party, ward in attendees:
        lines.append(
            f"    <attendee membertype={quoteattr(mtype)} memberid={quoteattr(str(mid))} "
            f"name={quoteattr(name)} roledescription={quoteattr(role)} "
            f"attendance={quoteattr(attendance)} politicalparty={quoteattr(party)} "
            f"ward={quoteattr(ward)}>")
        lines.append(f"      <url>{SITE}/mgUserInfo.aspx?UID={mid}</url>")
        lines.append("    </attendee>")
    lines.append("  </attendees>")
    lines.append("</meeting>")
    return "\n".join(lines) + "\n"


PRESENTERS = {
    26: "Fiona Haddleton, Head of Primary Care Commissioning (Dental), ICB",
    27: "Siobhan Garrity, Head of Commissioning: Adults",
    28: "Dr Lorna Kettleby, Director of Public Health",
    29: "Grant Ellerby, Executive Director: People",
    31: "Tamsin Hale, Governance and Scrutiny Officer",
}


def minutes_xml() -> str:
    items = []
    for minute_no, order, title, agenda, blocks, docs in MINUTE_ITEMS:
        items.append({
            "id": 20450 + order * 2, "title": title,
            "agendatext": html([("p", agenda)]),
            "sort": order + 2, "display": f"{minute_no}.", "minute_no": str(minute_no),
            "minutes": html(blocks), "docs": docs,
            "presenter": PRESENTERS.get(minute_no, ""),
            "declarations": 1 if minute_no == 27 else 0,
        })
    return meeting_xml(meeting_id=5318, date="11/11/2025", actual_start="7.30 pm",
                       actual_finish="9.48 pm", minutes_published=True, items=items,
                       attendees=ATTENDEES, publication_date="03/11/2025")


AGENDA_PRESENTERS = {
    6: "Fiona Haddleton, Head of Primary Care Commissioning (Dental), ICB",
    7: "Grant Ellerby, Executive Director: People",
    8: "Independent Chair, Larchbourne Forest Safeguarding Adults Board",
    9: "Adam Pryce-Whitlow, Head of Housing Options",
    11: "Tamsin Hale, Governance and Scrutiny Officer",
}


def agenda_xml() -> str:
    items = []
    for order, title, blocks, docs in AGENDA_ITEMS:
        items.append({
            "id": 20611 + order * 2, "title": title, "agendatext": html(blocks),
            "sort": order + 2, "display": f"{order}.", "minute_no": "",
            "minutes": "", "docs": docs, "presenter": AGENDA_PRESENTERS.get(order, ""),
        })
    attendees = []
    for mtype, mid, name, role, attendance, party, ward in ATTENDEES:
        if mtype != "U" or role == "Substitute":
            continue
        attendees.append((mtype, mid, name, role, "Expected", party, ward))
    return meeting_xml(meeting_id=5319, date="20/01/2026", actual_start="",
                       actual_finish="", minutes_published=False, items=items,
                       attendees=attendees, publication_date="12/01/2026")


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


ATTENDANCE = {"Present": "present", "Present as substitute": "present",
              "Apologies": "apologies", "Apologies, sent substitute": "apologies",
              "In attendance": "in_attendance", "Absent": "absent"}

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-11",
    "items": [{"number": str(n), "title": t} for n, _o, t, _a, _b, _d in MINUTE_ITEMS],
    "questions": [
        # 22 Minutes and Matters Arising
        q("22", "question",
          "whether the Healthwatch report on the experiences of unpaid carers had been shared",
          "Councillor Brightwell",
          "it had been presented to the Larchbourne Forest Place Committee",
          "Assistant Director: Adult Social Care",
          ["patient-and-public-input", "adult-social-care"]),
        # 25 Public Participation
        q("25", "question",
          "What is this Council doing to press the Integrated Care Board",
          "Mr Dennis Farraday",
          "we have raised the loss of the Kingsmoor Lane contract directly",
          EXEC_MEMBER,
          ["primary-care", "subcontracting"]),
        q("25", "question",
          "whether the replacement contract would be for adults as well as children",
          "Mr Farraday",
          "she understood it would cover both, but would ask the Board",
          "Executive Member",
          ["primary-care", "subcontracting"]),
        # 26 NHS Dental Services
        q("26", "question",
          "how many of the fourteen practices were currently accepting new adult NHS patients",
          "Councillor Furlong",
          "as of the end of October, three practices were accepting adults",
          "Ms Haddleton",
          ["primary-care"]),
        q("26", "concern",
          "NHS 111 was directing residents with urgent dental problems to practices",
          None,
          "the urgent care pathway relied on capacity across the whole ICB area",
          None,
          ["primary-care"]),
        q("26", "question",
          "whether the replacement contract for the north of the borough would include",
          None,
          "the specification required a minimum of 60% of activity to be delivered",
          "Ms Haddleton",
          ["primary-care", "subcontracting"]),
        q("26", "question",
          "why practices handed back contracts and whether the Units of Dental Activity",
          "Councillor Mrs Oakhurst",
          "paid the same for a course of treatment regardless of its complexity",
          "Dr Chaudhry",
          ["primary-care", "subcontracting", "finance"]),
        q("26", "question",
          "asked what was being done to reach residents who could not afford",
          "Councillor Brightwell",
          "was focused on the wards with the highest rates of tooth decay",
          "Director of Public Health",
          ["primary-care", "public-health", "patient-and-public-input"]),
        q("26", "request",
          "provide the Panel with a breakdown of NHS dental activity by practice",
          None,
          "agreed to provide this for the Panel's January meeting",
          "Ms Haddleton",
          ["primary-care"]),
        q("26", "comment",
          "the NHS website's list of practices accepting patients to be out of date",
          "Councillor Venkatesh",
          None, None,
          ["primary-care"]),
        # 27 Re-procurement of Home Care Services
        q("27", "question",
          "whether the zoned model would squeeze smaller local providers out of the market",
          "Councillor Pellow",
          "the tender had been divided into lots sized to allow local providers to bid",
          "Ms Garrity",
          ["subcontracting", "privatisation", "adult-social-care"]),
        q("27", "concern",
          "the current rate of £24.10 did not cover the cost of paying travel time",
          None,
          "the indicative rate for the new contracts would be £26.40 an hour",
          "Assistant Director: Adult Social Care",
          ["finance", "workforce", "subcontracting", "adult-social-care"]),
        q("27", "question",
          "how the views of people who received home care, and their families",
          None,
          "212 people had responded to a survey over the summer",
          "Ms Garrity",
          ["patient-and-public-input", "adult-social-care", "subcontracting"]),
        q("27", "question",
          "what would happen to existing clients if their current provider was not successful",
          "Councillor Mahmood-Ellis",
          "a transition plan would be developed for each zone",
          None,
          ["subcontracting", "workforce", "adult-social-care"]),
        q("27", "request",
          "receive quarterly performance information on the new contracts for the first year",
          "Councillor Venkatesh",
          "The Executive Member agreed to this request",
          "Executive Member",
          ["subcontracting", "adult-social-care"]),
        q("27", "comment",
          "bringing the service back in-house should have been considered as an option",
          None,
          "an in-house option had been appraised in the options paper at Appendix B",
          EXEC_MEMBER,
          ["privatisation", "subcontracting", "finance", "workforce", "adult-social-care"]),
        q("27", "concern",
          "the reliance of the sector on overseas recruitment in light of changes",
          "Councillor Brightwell",
          None, None,
          ["workforce", "adult-social-care"]),
        # 28 Youth Vaping
        q("28", "question",
          "whether the fall in regular vaping was seen across all schools",
          "Councillor Furlong",
          "the fall was greatest in schools taking part in the peer education programme",
          "Dr Kettleby",
          ["public-health", "children-and-families"]),
        q("28", "concern",
          "refillable devices were now being sold at very low prices",
          None,
          "pricing was not regulated, but that the Tobacco and Vapes Bill",
          "Principal Trading Standards Officer",
          ["public-health", "children-and-families"]),
        q("28", "question",
          "what penalties had been imposed on the seven premises",
          None,
          "four had received fixed penalty notices, two had been referred for prosecution",
          "Mr Ridout",
          ["public-health", "children-and-families"]),
        q("28", "request",
          "the views of young people themselves be sought through the Youth Council",
          "Councillor Brightwell",
          "the Youth Council would be invited to the next meeting",
          "Director of Public Health",
          ["patient-and-public-input", "public-health", "children-and-families"]),
        q("28", "comment",
          "adult smokers using vapes to quit should not be discouraged by messages",
          "Councillor Arkwright-Dunn",
          "the stop smoking service had issued 480 free vape starter kits",
          "Director of Public Health",
          ["public-health", "children-and-families"]),
        # 29 Quarterly Service Report
        q("29", "question",
          "how many families with children were in bed and breakfast accommodation for longer",
          "Councillor Mahmood-Ellis",
          "at the end of September there had been five such families",
          "Head of Housing Options",
          ["housing", "children-and-families"]),
        q("29", "question",
          "Members queried the cost to the Council of temporary accommodation",
          None,
          "the forecast net cost for 2025/26 was £3.1 million",
          None,
          ["housing", "finance"]),
        q("29", "concern",
          "the number of reports of damp and mould in housing association properties",
          "Councillor Venkatesh",
          "Awaab's Law had applied to social landlords from 27 October 2025",
          "Mr Pryce-Whitlow",
          ["housing"]),
        q("29", "question",
          "when the outcome of the Care Quality Commission assessment would be known",
          None,
          "the draft report was expected in December and would be shared",
          "Executive Director: People",
          ["governance", "adult-social-care"]),
        q("29", "comment",
          "the improvement in delayed discharges reflected well on the integrated discharge team",
          "Councillor Pellow",
          None, None,
          ["adult-social-care", "integration"]),
        # 30 Executive Key and Non-Key Decisions
        q("30", "question",
          "would introduce a means test for smaller adaptations",
          "Councillor Furlong",
          "the draft policy proposed discretionary grants of up to £5,000",
          "Head of Housing Options",
          ["housing", "finance", "adult-social-care"]),
        # 31 Working Group Update and Work Programme
        q("31", "question",
          "hear from patients directly rather than only from organisations",
          "Councillor Venkatesh",
          "a drop-in session for residents was being arranged at Larchbourne Library",
          "The Chairman",
          ["patient-and-public-input"]),
        q("31", "request",
          "the experience of people who did not use online services when booking",
          "Margaret Olufemi",
          "this would be added to the Working Group's scope",
          "The Chairman",
          ["patient-and-public-input", "primary-care"]),
    ],
    "resolutions": [
        res("22", "be approved as a correct record, and signed by the Chairman", "agreed", []),
        res("26", "be requested to report back to the Panel's meeting on 20 January 2026",
            "agreed", ["primary-care", "subcontracting"]),
        res("27", "recommend to the Executive that the current framework be extended for "
                  "twelve months", "rejected",
            ["subcontracting", "adult-social-care"]),
        res("27", "requires that the specification include payment for care workers' "
                  "travel time", "recommended",
            ["subcontracting", "workforce", "adult-social-care"]),
        res("28", "the update on youth vaping, and the enforcement activity undertaken by "
                  "Trading Standards", "noted",
            ["public-health", "children-and-families"]),
        res("29", "The Panel noted the Quarterly Service Report for the second quarter",
            "noted", []),
        res("30", "The Panel noted the scheduled Executive Key and Non-Key Decisions",
            "noted", []),
        res("31", "the work programme for 2025-26 be agreed, subject to the addition",
            "agreed", ["finance"]),
    ],
    "attendees": [att(name, role, ATTENDANCE[attendance])
                  for _t, _i, name, role, attendance, _p, _w in ATTENDEES],
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_xml().encode("utf-8"))
    (DOCS / AGENDA_NAME).write_bytes(agenda_xml().encode("utf-8"))
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path, full: bool = False) -> str:
    """Text of a GetMeeting response: each item's title and its minutes HTML (or, when the
    minutes are empty, its agenda text), then the attendees' names. With full=True the
    agenda text of every item is added too."""
    import xml.etree.ElementTree as ET
    from bs4 import BeautifulSoup
    root = ET.parse(path).getroot()
    parts = []
    for item in root.iter("agendaitem"):
        parts.append(item.findtext("agendaitemtitle", "").strip())
        minutes = (item.findtext("minutesnonemptyhtmlbody") or "").strip()
        agenda = (item.findtext("agendatext") or "").strip()
        if minutes:
            parts.append(BeautifulSoup(minutes, "html.parser").get_text(" "))
            if full and agenda:
                parts.append(BeautifulSoup(agenda, "html.parser").get_text(" "))
        elif agenda:
            parts.append(BeautifulSoup(agenda, "html.parser").get_text(" "))
    for a in root.iter("attendee"):
        parts.append(a.get("name", ""))
    return "\n".join(parts)


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
    themes_file = HERE.parents[1] / "main" / "minutes" / "themes.yml"
    known = None
    if themes_file.exists():
        known = set(re.findall(r"^([a-z][a-z-]+):\s*$", themes_file.read_text(), re.M))
    for gold_path in sorted(GOLD.glob("qk-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        full = extract(doc, full=True)
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
                for label, body in (("minutes", text), ("with agenda text", full)):
                    n = count(phrase, body, norm)
                    if n != 1:
                        print(f"FAIL {doc.name}: {kind} found {n} times in {label} "
                              f"({norm.__name__}): {phrase!r}")
                        problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        if known is not None:
            for row in gold["questions"] + gold["resolutions"]:
                for theme in row["themes"]:
                    if theme not in known:
                        print(f"FAIL {doc.name}: unknown theme {theme!r}")
                        problems += 1
        numbers = {i["number"] for i in gold["items"]}
        for row in gold["questions"] + gold["resolutions"]:
            if row["item"] not in numbers:
                print(f"FAIL {doc.name}: row under unknown item {row['item']!r}")
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / AGENDA_NAME}\ngold in {GOLD}")
