#!/usr/bin/env python3
"""Build the "px-" documents of round 220 and their gold annotations.

Usage:  build_px.py           build documents/px-* and gold/px-*.json
        build_px.py --check   verify every gold phrase occurs once in its document

Both documents are plain text as pdftotext writes it without -layout: paragraph lines
wrapped as printed, the running header and the footers between paragraphs, a form feed
at the end of each page, and tables one cell to a line.
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "px-rowdenbury-health-adult-social-care-osc-2025-02-18.txt"
REPORT_NAME = "px-rowdenbury-healthwatch-home-support-report.txt"

WIDTH = 90

# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------
# A plain string is a paragraph, hard-wrapped as the PDF printed it.
# ("raw", text) is kept line for line.
# ("bullets", [items]) is a bulleted list, no blank lines between bullets.
# ("cells", [cells]) is a table as pdftotext gives it: one cell to a line.


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def units_of(block) -> list[list[str]]:
    """Lines of a block, cut into the units a page may break between."""
    if isinstance(block, tuple):
        kind, content = block
        if kind == "raw":
            return [content.split("\n")]
        if kind == "bullets":
            return [wrap(entry, first="\u2022 ") for entry in content]
        if kind == "cells":
            return [[c] for c in content]
        raise ValueError(kind)
    return [wrap(block)]


def paginate(blocks, lines_per_page: int) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for block in blocks:
        units = units_of(block)
        for i, unit in enumerate(units):
            cur = pages[-1]
            gap = 1 if (cur and i == 0) else 0
            if cur and len(cur) + gap + len(unit) > lines_per_page:
                pages.append([])
                cur = pages[-1]
                gap = 0
            if gap:
                cur.append("")
            cur.extend(unit)
    return pages


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
RUNNING_HEAD = f"{COMMITTEE} \u2013 18 February 2025"
PACK_FIRST_PAGE = 5
MINUTES_LINES = 50

HEAD = [
    ("raw", "Public Document Pack"),
    ("raw", "ROWDENBURY CITY COUNCIL"),
    ("raw", "HEALTH AND ADULT SOCIAL CARE\nOVERVIEW AND SCRUTINY COMMITTEE\n"
            "TUESDAY, 18 FEBRUARY 2025"),
    ("raw", "MINUTES OF A MEETING OF THE HEALTH AND ADULT SOCIAL CARE OVERVIEW AND\n"
            "SCRUTINY COMMITTEE HELD ON TUESDAY 18 FEBRUARY 2025 AT 1000 HOURS IN\n"
            "COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, CORPORATION SQUARE, ROWDENBURY, RW1 1BQ"),
    ("raw", "PRESENT: -"),
    ("raw", "Councillor Maureen Tillotson in the Chair;"),
    ("raw", "Councillors Samson Adeyemi-Cole, Gideon Ashurst, Fenella Crabtree, Imran Dalwani,\n"
            "Beverley Nuttall-Greaves, Rukhsana Parvez-Lyle, Owen Tattersfield and Hollie Venner."),
    ("raw", "ALSO PRESENT: -"),
    ("raw", "Councillor Nadine Foulkes-Barr, Cabinet Member for Health and Social Care\n"
            "Professor Alun Drewitt, Strategic Director, Adult Social Care\n"
            "Rosalind Kemble, Assistant Director, Commissioning, Adult Social Care\n"
            "Dr Marcus Eyitayo, Director of Public Health\n"
            "Harjit Sandhar-Lowe, Service Lead, Trading Standards\n"
            "Grainne Rutherford, Head of Supported Housing, City Housing\n"
            "Claire Beddoes, Head of Primary Care (Dental, Optometry and Pharmacy), Rowdenbury\n"
            "and Ashmere Integrated Care Board\n"
            "Dr Yusuf Kanani, Consultant in Dental Public Health, NHS England \u2013 Midlands\n"
            "Peter Lindqvist, Chief Executive, Healthwatch Rowdenbury\n"
            "Aisha Moorcroft, Senior Overview and Scrutiny Manager\n"
            "Jonah Fairweather, Scrutiny Officer\n"
            "Kwame Letts, Committee Services"),
    ("raw", "************************************"),
]


def minute(number: str, title: str) -> list:
    """Bold capital title, then the minute number from the left-hand margin."""
    return [("raw", title), ("raw", number)]


RESOLVED = ("raw", "RESOLVED: -")

BODY = [
    *minute("1", "NOTICE OF RECORDING/WEBCAST"),
    "The Chair advised, and the Committee noted, that this meeting would be webcast for "
    "live or subsequent broadcast via the Council's meeting YouTube site and that members "
    "of the press/public may record and take photographs except where there were "
    "confidential or exempt items.",

    *minute("2", "DECLARATIONS OF INTERESTS"),
    "Members were reminded that they must declare all relevant pecuniary and other "
    "registerable interests arising from any business to be discussed at this meeting. If "
    "a disclosable pecuniary interest is declared a Member must not participate in any "
    "discussion or vote on the matter and must not remain in the room unless they have "
    "been granted a dispensation. If other registerable interests are declared a Member "
    "may speak on the matter only if members of the public are allowed to speak at the "
    "meeting but otherwise must not take part in any discussion or vote on the matter and "
    "must not remain in the room unless they have been granted a dispensation.",
    "Any declarations will be recorded in the minutes of the meeting.",
    "Councillor Hollie Venner declared a non-pecuniary interest in item 6 (NHS Dental "
    "Access in Rowdenbury) as her husband was employed as a dental nurse at a practice in "
    "Northbrook ward.",

    *minute("3", "APOLOGIES"),
    "Apologies were submitted on behalf of Councillors Leonard Quarrie and Shazia Mirwell, "
    "and on behalf of Councillor Gideon Ashurst for lateness.",

    *minute("4", "ACTION NOTES/ISSUES ARISING/ACTION TRACKER"),
    "(See document No. 1)",
    RESOLVED,
    "That the action notes of the meeting held on 21 January 2025, having been previously "
    "circulated, be confirmed as a correct record.",
    "Councillor Samson Adeyemi-Cole asked when the figures on delayed discharges by ward, "
    "which the Committee had requested at its meeting in November, would be provided. "
    "Jonah Fairweather, Scrutiny Officer, explained that the figures had been requested "
    "from the Integrated Care Board on two occasions and would be circulated to Members by "
    "the end of February.",
    "The remainder of the action tracker was noted.",

    *minute("5", "HOME SUPPORT RE-COMMISSIONING 2025 \u2013 2030"),
    "(See document No. 2)",
    "Councillor Nadine Foulkes-Barr, Cabinet Member for Health and Social Care, introduced "
    "the item. Rosalind Kemble, Assistant Director, Commissioning, and Professor Alun "
    "Drewitt, Strategic Director, Adult Social Care, then presented the item and drew the "
    "attention of the Committee to the information contained in the report.",
    "The Cabinet Member reminded the Committee that home support was the largest single "
    "area of spend in adult social care, at some \u00a374m in 2024/25, and that the "
    "proposals had been shaped by the recommendations of the Committee's own inquiry into "
    "care at home, which had reported to City Council in October 2023. She also thanked "
    "the providers and citizens who had given their time to the market engagement events "
    "held over the summer.",
    "It was noted that the current home support framework, under which 96 providers "
    "delivered around 61,000 hours of care each week to some 5,400 citizens, would expire "
    "on 31 October 2025. The proposed model would replace the open framework with eight "
    "geographical zones, each with a lead provider and up to four zone providers, and the "
    "in-house enablement service would be retained for the first six weeks of care "
    "following a discharge from hospital. The procurement would open in April 2025 with "
    "contracts awarded in August and the new arrangements starting on 1 November 2025.",
    "Bids would be evaluated on the basis of 60% quality, 30% price and 10% social value, "
    "with social value including the payment of the Real Living Wage, the recruitment of "
    "care workers from the zone in which they would work and the use of electric vehicles. "
    "Providers which were not awarded a zone would be able to join a separate dynamic "
    "purchasing system for packages which could not be placed within a zone.",
    "Peter Lindqvist, Chief Executive, Healthwatch Rowdenbury, then presented the findings "
    "of the Healthwatch report on citizens' experience of home support (see document "
    "No. 2a), which was based on the views of 412 people gathered during October and "
    "November 2024. Most citizens spoke highly of their regular care workers, but 46% "
    "reported that their calls were late at least once a week and 37% had been visited "
    "by more than five different care workers in the previous month. He welcomed the "
    "commitment to pay care workers for travel time and to give each citizen a single "
    "named contact at their provider.",
    "In discussion, and in response to Members' questions, the following were among the "
    "main points raised: -",
    ("bullets", [
        "Councillor Fenella Crabtree asked why the number of providers would fall from 96 "
        "to around 40 and whether smaller local agencies would lose out to national "
        "companies. The Assistant Director explained that the open framework had led to "
        "care workers criss-crossing the city between calls, and that the lots had been "
        "designed so that a small provider could bid for a single zone.",
        "Members raised concerns that the proposed hourly rate of \u00a321.40 was below "
        "the minimum price for homecare published by the providers' national trade body. "
        "Officers confirmed that the rate had been set following the cost of care exercise "
        "carried out with providers in 2024 and would be uplifted each April in line with "
        "the National Living Wage.",
        "In response to a question from Councillor Owen Tattersfield on whether providers "
        "would be able to pass packages on to other agencies, it was noted that "
        "sub-contracting would only be permitted with the written agreement of the Council "
        "and that the lead provider would remain responsible for the quality of care in its "
        "zone.",
        "A Member queried whether care workers would be paid for the time spent travelling "
        "between visits. The Strategic Director confirmed that payment for travel time "
        "would be a contractual requirement for all providers and would be checked through "
        "the electronic call monitoring system.",
        "Councillor Rukhsana Parvez-Lyle asked how citizens and their carers had been "
        "involved in shaping the new model. It was explained that 38 citizens who "
        "received home support had taken part in co-design workshops during the summer "
        "and that two people with lived experience would sit on the evaluation panel.",
        "Concern was expressed about the disruption for citizens whose current provider "
        "was not successful. The Assistant Director advised that a transition plan would "
        "be agreed with each zone and that TUPE would apply to care workers where "
        "packages moved, so that most citizens should keep the same carers.",
        "The Chair asked whether bringing more of the service back in-house had been "
        "considered. She was informed that the options appraisal had concluded that a "
        "wholly in-house service would cost an estimated \u00a39.2m a year more, but that "
        "the enablement service would remain council-run.",
        "Councillor Gideon Ashurst asked how the Council would monitor the quality of care "
        "once the new contracts were in place. The Strategic Director advised that each "
        "lead provider would be visited by a contract monitoring officer at least once a "
        "quarter and that Healthwatch Rowdenbury would be offered a place on the contract "
        "monitoring group.",
        "Councillor Samson Adeyemi-Cole requested that the Committee receive the results "
        "of the tender evaluation, including the quality scores of the successful bidders, "
        "before contracts were awarded.",
    ]),
    "The Chair thanked the Cabinet Member and officers for attending.",
    RESOLVED,
    "That the report be noted and that the outcome of the tender, including the list of "
    "lead and zone providers, be reported to the Committee in July 2025.",

    *minute("6", "NHS DENTAL ACCESS IN ROWDENBURY"),
    "(See document No. 3)",
    "Claire Beddoes, Head of Primary Care (Dental, Optometry and Pharmacy), Rowdenbury "
    "and Ashmere Integrated Care Board (ICB), and Dr Yusuf Kanani, Consultant in Dental "
    "Public Health, NHS England \u2013 Midlands, gave a presentation on access to NHS "
    "dentistry in the city. The presentation covered the number of NHS dental practices, "
    "the proportion of adults and children seen in the previous two years, the urgent "
    "dental care service and the ICB's dental recovery plan for 2025/26.",
    "It was reported that 41% of adults in Rowdenbury had seen an NHS dentist in the "
    "previous 24 months, compared with 40% across England, and 57% of children in the "
    "previous 12 months. The ICB had commissioned an additional 12,000 urgent dental "
    "appointments in 2024/25 through its flexible commissioning scheme.",
    "Dr Kanani explained that the national dental contract did not allow the ICB to "
    "require practices to take on new patients, and that the ICB's recovery plan therefore "
    "concentrated on paying practices for additional sessions for people who had not seen "
    "a dentist for two years or more, and on a new incentive for practices which treated "
    "children referred from the supervised toothbrushing programme. Oral health remained "
    "markedly worse in the east of the city, where 31% of five-year-olds had visible tooth "
    "decay compared with 18% in the west.",
    "The following were among the main points raised in discussion: -",
    ("bullets", [
        "Councillor Hollie Venner asked how many practices in the city were currently "
        "taking on new adult NHS patients. Dr Kanani advised that on the most recent "
        "check 11 of the 142 practices were accepting new adult patients, and that 63 "
        "practices were accepting children.",
        "Concerns were raised about the number of practices which had handed back their "
        "NHS contracts or reduced their NHS commitment since 2022. It was explained that "
        "five contracts had been handed back and that the activity had been re-procured, "
        "although two of the new practices were not expected to open until the summer.",
        "A Member asked what was being done to reduce tooth decay in young children. The "
        "Director of Public Health reported that the supervised toothbrushing programme now "
        "reached 212 nurseries and primary schools, with priority given to the wards with "
        "the highest levels of decay.",
        "Councillor Imran Dalwani commented that residents in his ward were being told to "
        "travel to practices in neighbouring towns, which was not realistic for older "
        "people without their own transport.",
        "In response to a question about dental care for people living in care homes, it "
        "was noted that a domiciliary dental service had been in place since April 2024 and "
        "had so far visited 48 care homes in the city.",
        "The Chair requested that a breakdown by ward of the practices accepting new NHS "
        "patients be circulated to Members. Claire Beddoes agreed to provide this "
        "following the meeting, once the March data had been published.",
    ]),
    "The Chair thanked Claire Beddoes and Dr Kanani for their presentation.",
    RESOLVED,
    "That the Committee:",
    "(i) Notes the presentation;",
    "(ii) Recommends to the Rowdenbury and Ashmere Integrated Care Board that the wards with "
    "the lowest rates of access are given priority when additional urgent dental sessions "
    "are commissioned in 2025/26.",

    *minute("7", "TACKLING YOUTH VAPING"),
    "(See document No. 4)",
    "Dr Marcus Eyitayo, Director of Public Health, and Harjit Sandhar-Lowe, Service Lead, "
    "Trading Standards, presented the report, which set out the findings of the 2024 "
    "schools' health survey on vaping, the results of trading standards enforcement over "
    "the past year and the Council's response to the national consultation on the "
    "Tobacco and Vapes Bill. The survey had found that 19% of pupils in Year 10 had vaped "
    "in the previous month, up from 12% in 2022.",
    "In discussion, and in response to Members' questions, the following were among the "
    "main points raised: -",
    ("bullets", [
        "Councillor Beverley Nuttall-Greaves asked what proportion of test purchases had "
        "resulted in a sale to a young person. It was noted that 27 of the 64 test "
        "purchases carried out in 2024 had resulted in an illegal sale and that four "
        "retailers had been prosecuted.",
        "Members expressed concern at the number of vape shops opening close to schools "
        "and asked whether planning powers could be used to limit them. The Service Lead "
        "advised that a change of use was not normally needed to open a vape shop, but that "
        "the retail licensing scheme proposed in the Bill would give councils new powers.",
        "In response to a question on whether vapes should still be promoted as a way of "
        "stopping smoking, the Director of Public Health stated that vapes remained an "
        "effective aid for adult smokers but should never be used by children or "
        "non-smokers.",
        "A Member queried what help was available for young people who wanted to stop "
        "vaping. It was explained that the school nursing service had piloted a six-week "
        "quit programme in 14 secondary schools and that it would be offered to all "
        "secondary schools from September 2025.",
        "Councillor Owen Tattersfield raised concerns about disposable vapes being "
        "discarded in parks and the risk of fires caused by their batteries in refuse "
        "vehicles.",
    ]),
    "The Cabinet Member for Health and Social Care added that she had written to the "
    "Government on behalf of the Council in support of the ban on disposable vapes, and "
    "that the Health and Wellbeing Board would consider a city-wide action plan on youth "
    "vaping at its meeting in March. The Director of Public Health undertook to share the "
    "plan with Members of the Committee once it had been agreed.",
    "The Chair thanked the officers for their report.",
    RESOLVED,
    "That the report on tackling youth vaping be noted.",

    *minute("8", "SUPPORTED EXEMPT ACCOMMODATION: HEALTH AND WELLBEING OF RESIDENTS"),
    "(See document No. 5)",
    "Grainne Rutherford, Head of Supported Housing, City Housing, gave a presentation on "
    "the health and wellbeing of citizens living in supported exempt accommodation and on "
    "the findings of the joint housing and public health pilot in Marlcote and Hensley "
    "Heath wards. The number of bed spaces in exempt accommodation in the city had risen "
    "by 46% since 2020, and the pilot had found that 61% of residents had a mental health "
    "condition and 38% had a current drug or alcohol problem.",
    "The Head of Supported Housing reported that the pilot had brought together housing "
    "officers, a community mental health nurse, a drug and alcohol worker and the local "
    "primary care network in a single team which visited schemes each week. Over the "
    "eighteen months of the pilot, attendances at the emergency department by residents "
    "of the schemes visited had fallen by 22%, and the number of residents evicted into "
    "homelessness had fallen from 97 to 41. The Council had also carried out 1,130 "
    "inspections of exempt accommodation properties in 2024, and had found serious "
    "hazards, most often damp and mould or a lack of fire doors, in around a quarter of "
    "them.",
    "Members were then invited to ask questions.",
    "Councillor Gideon Ashurst asked how many bed spaces there were in Marlcote, his own "
    "ward, and how this compared with the rest of the city. In response, the Head of "
    "Supported Housing advised that there were around 2,300 bed spaces in Marlcote, the "
    "highest of any ward, against an average of 470 per ward.",
    "Members raised serious concerns that some for-profit landlords and providers were "
    "drawing high levels of housing benefit while offering residents little or no support. "
    "The Cabinet Member for Health and Social Care stated that the Council would introduce "
    "a licensing scheme for supported housing as soon as national regulations allowed, and "
    "that 14 providers had already been referred to the Regulator of Social Housing.",
    "Councillor Rukhsana Parvez-Lyle queried what health support was available for "
    "residents with drug, alcohol or mental health needs. The Director of Public Health "
    "explained that two specialist nurses and a substance misuse worker had been funded "
    "through the pilot until March 2026, and that GP registration among residents had "
    "risen from 52% to 79% during the pilot.",
    "Councillor Beverley Nuttall-Greaves asked whether residents themselves had been asked "
    "about their experience of living in exempt accommodation. Peter Lindqvist, Chief "
    "Executive, Healthwatch Rowdenbury, reported that Healthwatch had spoken to 54 "
    "residents during the autumn and would publish its findings in April.",
    "Councillor Fenella Crabtree requested that Members of the Committee be given the "
    "opportunity to visit two exempt accommodation schemes before the next update. The "
    "Chair agreed and asked the Senior Overview and Scrutiny Manager to arrange the "
    "visits.",
    RESOLVED,
    "(i) That the update on supported exempt accommodation be noted;",
    "(ii) That the Chair writes to the Minister for Housing on behalf of the Committee "
    "seeking early implementation of the national supported housing regulations.",

    *minute("9", "WORK PROGRAMME"),
    "(See document No. 6)",
    "Aisha Moorcroft, Senior Overview and Scrutiny Manager, presented the work programme "
    "and advised that the joint meeting with the Children and Young People Overview and "
    "Scrutiny Committee on transition to adult services had been moved to 15 April 2025. "
    "She also reminded Members that the Committee's inquiry into hospital discharge would "
    "hold its first evidence-gathering session on 4 March 2025, and that written evidence "
    "had been invited from the Integrated Care Board, the two acute trusts and Healthwatch "
    "Rowdenbury.",
    "Councillor Imran Dalwani asked that an item on waiting times for community mental "
    "health services be added, given the number of constituents who had waited more than "
    "a year for a first appointment. The Senior Overview and Scrutiny Manager advised that "
    "this could be scheduled for the meeting on 17 June 2025.",
    RESOLVED,
    "That the work programme be agreed, subject to the addition of an item on community "
    "mental health waiting times in June 2025.",

    *minute("10", "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED\n"
                  "(IF ANY)"),
    "None.",

    *minute("11", "OTHER URGENT BUSINESS"),
    "None.",

    *minute("12", "AUTHORITY TO CHAIR AND OFFICERS"),
    RESOLVED,
    "That in an urgent situation between meetings the Chair, jointly with the relevant "
    "Chief Officer, has authority to act on behalf of the Committee.",

    ("raw", "_______________________________________________________________\n\n"
            "The meeting ended at 1247 hours.\n\n"
            "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026.\n\n"
            "CHAIRPERSON"),
]


def minutes_text() -> str:
    pages = paginate(HEAD + BODY, MINUTES_LINES)
    total = len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        lines = []
        if n > 1:
            lines += [RUNNING_HEAD, ""]
        lines += page
        lines += ["", f"Page {n} of {total}", f"Page {PACK_FIRST_PAGE + n - 1}"]
        out.append("\n".join(lines) + "\n\f")
    return "".join(out)


# ---------------------------------------------------------------------------
# The Healthwatch report (not minutes)
# ---------------------------------------------------------------------------

REPORT_LINES = 46
REPORT_FOOT = "Healthwatch Rowdenbury | Home support in Rowdenbury: what citizens told us"

REPORT = [
    ("raw", "Item 5"),
    ("raw", "healthwatch\nRowdenbury"),
    ("raw", "Home support in Rowdenbury:\nwhat citizens told us"),
    ("raw", "A report to the Health and Adult Social Care Overview and Scrutiny Committee\n"
            "18 February 2025"),
    ("raw", "Author: Peter Lindqvist, Chief Executive, Healthwatch Rowdenbury\n"
            "Contact: enquiries@healthwatchrowdenbury.example"),
    ("raw", "Contents"),
    ("raw", "1. About Healthwatch Rowdenbury\n2. Why we looked at home support\n"
            "3. What we did\n4. What people told us\n5. You said, we did\n"
            "6. Our recommendations\n7. Questions the Committee may wish to ask\n"
            "8. Response from Adult Social Care"),
    ("raw", "1. About Healthwatch Rowdenbury"),
    "Healthwatch Rowdenbury is the independent champion for people who use health and "
    "social care services in the city. We listen to what people like about services and "
    "what could be improved, and we share their views with those who have the power to "
    "make change happen. We are funded by Rowdenbury City Council under the Health and "
    "Social Care Act 2012, but we decide for ourselves what we look at.",
    ("raw", "2. Why we looked at home support"),
    "Between April and September 2024 home support was the third most common subject "
    "raised with our information and signposting service, after GP access and NHS "
    "dentistry. Many of the comments were about carers arriving late, calls being cut "
    "short and people not knowing who would be coming. With the Council about to "
    "re-commission home support for 2025 to 2030, our board agreed that we should gather "
    "the experiences of people who receive care at home and of the family members who "
    "support them, so that their views could inform the new contracts.",
    ("raw", "3. What we did"),
    "From 1 October to 30 November 2024 we ran an online and paper survey, which was also "
    "available in Urdu, Punjabi, Polish and easy read. Our volunteers visited people at "
    "home, spoke to carers at four community venues and held two focus groups with the "
    "Rowdenbury Carers' Network. In total we heard from 412 people:",
    ("raw", "Table 1: Who we heard from"),
    ("cells", ["Group", "Number", "Per cent",
               "People receiving home support", "187", "45%",
               "Family members and unpaid carers", "176", "43%",
               "Care workers", "38", "9%",
               "Others (advocates, social workers)", "11", "3%",
               "Total", "412", "100%"]),
    ("raw", "4. What people told us"),
    ("raw", "Most people were positive about their own care workers"),
    "Seven in ten people who receive home support (71%) said that their regular care "
    "workers were kind and treated them with dignity. Many spoke warmly about individual "
    "carers who went \u201cabove and beyond\u201d.",
    ("raw", "\u201cMy carer is like one of the family. She notices if I\u2019m not myself "
            "and\nrings my daughter.\u201d"),
    ("raw", "Calls are often late or short"),
    "Just under half of people (46%) said that their carers were late at least once a "
    "week, and a third (33%) said that visits were regularly shorter than the time in "
    "their care plan. People told us that late morning calls meant they had to wait to "
    "get up, take medication or have breakfast.",
    ("raw", "\u201cWhy should my dad have to sit in a wet pad until eleven o\u2019clock "
            "because\nthe rota is wrong?\u201d"),
    ("raw", "Not knowing who is coming"),
    "People with dementia and their families told us that a change of carer could be "
    "distressing. Over a third of people (37%) said they had been visited by more than "
    "five different care workers in the last month. Several people asked us: \u201cWho do "
    "I ring when the carer doesn\u2019t turn up?\u201d",
    ("raw", "Care workers feel rushed"),
    "The care workers who spoke to us described rotas with no time to travel between "
    "calls and said that they were not always paid for travel time. Eleven of the 38 "
    "care workers said that they planned to leave the sector within a year.",
    ("raw", "Complaints and information"),
    "Only one person in five knew how to make a complaint about their home support, and "
    "fewer still knew that they could contact the Council rather than the agency. Some "
    "families did not know whether their relative\u2019s care was arranged by the Council "
    "or by the agency itself.",
    ("raw", "5. You said, we did"),
    "We shared early findings with the Council\u2019s commissioning team in December 2024. "
    "The table below shows what people told us and what has happened since.",
    ("raw", "Table 2: You said, we did"),
    ("cells", ["You said", "We did",
               "Late calls leave people waiting to get up and take their medication.",
               "We asked the Council to include time-critical calls in the new contract "
               "specification. The Council has agreed to a 30-minute window for these calls.",
               "It is hard to find out who to contact when a carer does not arrive.",
               "The Council will require every provider to give each person a single named "
               "contact and an out-of-hours number.",
               "Care workers are not paid for the time it takes to travel between calls.",
               "We raised this with the Cabinet Member. Payment for travel time will be a "
               "requirement of the new contracts.",
               "Families want to be involved in reviewing care plans.",
               "We are working with the Carers\u2019 Network on a guide to care plan reviews, "
               "to be published in spring 2025."]),
    ("raw", "6. Our recommendations"),
    ("raw", "We recommend that the Council and its providers:"),
    ("bullets", [
        "set a clear standard for how late a call can be before the person is told, and "
        "report performance against it each quarter;",
        "limit the number of different care workers a person sees in a month, especially "
        "for people living with dementia;",
        "make sure every person receiving home support has written information on how to "
        "raise a concern or make a complaint;",
        "involve people who use home support and their carers in monitoring the new "
        "contracts, not only in designing them; and",
        "publish the results of electronic call monitoring by zone once the new contracts "
        "begin.",
    ]),
    ("raw", "7. Questions the Committee may wish to ask"),
    ("bullets", [
        "How will the Council know whether calls are on time and of the right length "
        "under the new contracts?",
        "What will happen to people whose agency is not awarded a contract, and will they "
        "keep the same carers?",
        "How will the Council check that care workers are paid for their travel time?",
        "How will people who use home support be involved in monitoring providers after "
        "November 2025?",
        "What information will people be given about how to complain, and to whom?",
    ]),
    ("raw", "8. Response from Adult Social Care"),
    "We shared a draft of this report with the Strategic Director, Adult Social Care, who "
    "welcomed it and said that its findings had been used in the specification for the "
    "new home support contracts. The Council has agreed to give Healthwatch Rowdenbury a "
    "place on the contract monitoring group from November 2025. We will return to this "
    "subject in a year\u2019s time and report to the Committee on whether people\u2019s "
    "experience has improved.",
    ("raw", "Did you know?"),
    "You can share your experience of any health or care service with us, good or bad. "
    "Call us on 03069 990192, email us or visit one of our community drop-ins. Everything "
    "you tell us is confidential.",
]


def report_text() -> str:
    pages = paginate(REPORT, REPORT_LINES)
    out = []
    for n, page in enumerate(pages, 1):
        lines = page + ["", REPORT_FOOT, str(n)]
        out.append("\n".join(lines) + "\n\f")
    return "".join(out)


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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-02-18",
    "items": [
        {"number": "1", "title": "NOTICE OF RECORDING/WEBCAST"},
        {"number": "2", "title": "DECLARATIONS OF INTERESTS"},
        {"number": "3", "title": "APOLOGIES"},
        {"number": "4", "title": "ACTION NOTES/ISSUES ARISING/ACTION TRACKER"},
        {"number": "5", "title": "HOME SUPPORT RE-COMMISSIONING 2025 \u2013 2030"},
        {"number": "6", "title": "NHS DENTAL ACCESS IN ROWDENBURY"},
        {"number": "7", "title": "TACKLING YOUTH VAPING"},
        {"number": "8", "title": "SUPPORTED EXEMPT ACCOMMODATION: HEALTH AND WELLBEING OF "
                                 "RESIDENTS"},
        {"number": "9", "title": "WORK PROGRAMME"},
        {"number": "10", "title": "REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR "
                                  "ACTION/PETITIONS RECEIVED (IF ANY)"},
        {"number": "11", "title": "OTHER URGENT BUSINESS"},
        {"number": "12", "title": "AUTHORITY TO CHAIR AND OFFICERS"},
    ],
    "questions": [
        # 4 action notes
        q("4", "question",
          "asked when the figures on delayed discharges by ward",
          "Councillor Samson Adeyemi-Cole",
          "would be circulated to Members by the end of February",
          "Scrutiny Officer", ["adult-social-care"]),
        # 5 home support
        q("5", "question",
          "asked why the number of providers would fall from 96 to around 40",
          "Councillor Fenella Crabtree",
          "the lots had been designed so that a small provider could bid",
          "Assistant Director", ["subcontracting", "privatisation"]),
        q("5", "concern",
          "Members raised concerns that the proposed hourly rate of £21.40 was below",
          None,
          "the rate had been set following the cost of care exercise",
          None, ["finance", "adult-social-care"]),
        q("5", "question",
          "whether providers would be able to pass packages on to other agencies",
          "Councillor Owen Tattersfield",
          "sub-contracting would only be permitted with the written agreement of the Council",
          None, ["subcontracting"]),
        q("5", "question",
          "queried whether care workers would be paid for the time spent travelling",
          None,
          "payment for travel time would be a contractual requirement for all providers",
          "Strategic Director", ["workforce"]),
        q("5", "question",
          "asked how citizens and their carers had been involved in shaping the new model",
          "Councillor Rukhsana Parvez-Lyle",
          "38 citizens who received home support had taken part in co-design workshops",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("5", "concern",
          "Concern was expressed about the disruption for citizens whose current provider",
          None,
          "TUPE would apply to care workers where packages moved",
          "Assistant Director", ["subcontracting", "workforce", "adult-social-care"]),
        q("5", "question",
          "asked whether bringing more of the service back in-house had been considered",
          "Chair",
          "a wholly in-house service would cost an estimated £9.2m a year more",
          None, ["privatisation", "finance"]),
        q("5", "question",
          "asked how the Council would monitor the quality of care once the new contracts",
          "Councillor Gideon Ashurst",
          "each lead provider would be visited by a contract monitoring officer",
          "Strategic Director", ["subcontracting", "patient-and-public-input"]),
        q("5", "request",
          "requested that the Committee receive the results of the tender evaluation",
          "Councillor Samson Adeyemi-Cole", None, None, ["subcontracting"]),
        # 6 dentistry
        q("6", "question",
          "asked how many practices in the city were currently taking on new adult",
          "Councillor Hollie Venner",
          "11 of the 142 practices were accepting new adult patients",
          "Dr Kanani", ["primary-care"]),
        q("6", "concern",
          "Concerns were raised about the number of practices which had handed back",
          None,
          "five contracts had been handed back and that the activity had been re-procured",
          None, ["primary-care", "subcontracting"]),
        q("6", "question",
          "asked what was being done to reduce tooth decay in young children",
          None,
          "the supervised toothbrushing programme now reached 212 nurseries and primary schools",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("6", "comment",
          "commented that residents in his ward were being told to travel to practices",
          "Councillor Imran Dalwani", None, None, ["primary-care"]),
        q("6", "question",
          "In response to a question about dental care for people living in care homes",
          None,
          "a domiciliary dental service had been in place since April 2024",
          None, ["primary-care", "adult-social-care"]),
        q("6", "request",
          "requested that a breakdown by ward of the practices accepting new NHS patients",
          "Chair",
          "agreed to provide this following the meeting, once the March data",
          "Claire Beddoes", ["primary-care"]),
        # 7 vaping
        q("7", "question",
          "asked what proportion of test purchases had resulted in a sale to a young person",
          "Councillor Beverley Nuttall-Greaves",
          "27 of the 64 test purchases carried out in 2024 had resulted",
          None, ["public-health", "children-and-families"]),
        q("7", "concern",
          "Members expressed concern at the number of vape shops opening close to schools",
          None,
          "a change of use was not normally needed to open a vape shop",
          "Service Lead", ["public-health", "children-and-families"]),
        q("7", "question",
          "whether vapes should still be promoted as a way of stopping smoking",
          None,
          "vapes remained an effective aid for adult smokers but should never be used",
          "Director of Public Health", ["public-health"]),
        q("7", "question",
          "queried what help was available for young people who wanted to stop vaping",
          None,
          "the school nursing service had piloted a six-week quit programme",
          None, ["public-health", "children-and-families"]),
        q("7", "concern",
          "raised concerns about disposable vapes being discarded in parks",
          "Councillor Owen Tattersfield", None, None, ["public-health"]),
        # 8 exempt accommodation
        q("8", "question",
          "asked how many bed spaces there were in Marlcote, his own ward",
          "Councillor Gideon Ashurst",
          "there were around 2,300 bed spaces in Marlcote, the highest of any ward",
          "Head of Supported Housing", ["housing"]),
        q("8", "concern",
          "Members raised serious concerns that some for-profit landlords and providers",
          None,
          "the Council would introduce a licensing scheme for supported housing",
          "Cabinet Member for Health and Social Care",
          ["housing", "privatisation", "governance"]),
        q("8", "question",
          "queried what health support was available for residents with drug, alcohol",
          "Councillor Rukhsana Parvez-Lyle",
          "two specialist nurses and a substance misuse worker had been funded",
          "Director of Public Health", ["housing", "public-health", "mental-health"]),
        q("8", "question",
          "asked whether residents themselves had been asked about their experience",
          "Councillor Beverley Nuttall-Greaves",
          "Healthwatch had spoken to 54 residents during the autumn",
          "Peter Lindqvist", ["patient-and-public-input", "housing"]),
        q("8", "request",
          "requested that Members of the Committee be given the opportunity to visit",
          "Councillor Fenella Crabtree",
          "asked the Senior Overview and Scrutiny Manager to arrange the visits",
          "Chair", ["housing"]),
        # 9 work programme
        q("9", "request",
          "asked that an item on waiting times for community mental health services",
          "Councillor Imran Dalwani",
          "this could be scheduled for the meeting on 17 June 2025",
          "Senior Overview and Scrutiny Manager", ["mental-health"]),
    ],
    "resolutions": [
        res("1", "the Committee noted, that this meeting would be webcast", "noted", []),
        res("4", "the action notes of the meeting held on 21 January 2025", "agreed", []),
        res("4", "The remainder of the action tracker was noted.", "noted", []),
        res("5", "the outcome of the tender, including the list of lead and zone providers",
            "agreed", ["subcontracting"]),
        res("6", "the wards with the lowest rates of access are given priority",
            "recommended", ["primary-care"]),
        res("7", "That the report on tackling youth vaping be noted", "noted",
            ["public-health"]),
        res("8", "seeking early implementation of the national supported housing regulations",
            "agreed", ["housing"]),
        res("9", "the work programme be agreed, subject to the addition of an item",
            "agreed", ["mental-health"]),
        res("12", "has authority to act on behalf of the Committee", "agreed",
            ["governance"]),
    ],
    "attendees": [
        att("Councillor Maureen Tillotson", "Chair", "present"),
        att("Councillor Samson Adeyemi-Cole", None, "present"),
        att("Councillor Gideon Ashurst", None, "present"),
        att("Councillor Fenella Crabtree", None, "present"),
        att("Councillor Imran Dalwani", None, "present"),
        att("Councillor Beverley Nuttall-Greaves", None, "present"),
        att("Councillor Rukhsana Parvez-Lyle", None, "present"),
        att("Councillor Owen Tattersfield", None, "present"),
        att("Councillor Hollie Venner", None, "present"),
        att("Councillor Leonard Quarrie", None, "apologies"),
        att("Councillor Shazia Mirwell", None, "apologies"),
        att("Councillor Nadine Foulkes-Barr", "Cabinet Member for Health and Social Care",
            "in_attendance"),
        att("Professor Alun Drewitt", "Strategic Director, Adult Social Care",
            "in_attendance"),
        att("Rosalind Kemble", "Assistant Director, Commissioning, Adult Social Care",
            "in_attendance"),
        att("Dr Marcus Eyitayo", "Director of Public Health", "in_attendance"),
        att("Harjit Sandhar-Lowe", "Service Lead, Trading Standards", "in_attendance"),
        att("Grainne Rutherford", "Head of Supported Housing, City Housing", "in_attendance"),
        att("Claire Beddoes",
            "Head of Primary Care (Dental, Optometry and Pharmacy), Rowdenbury and Ashmere "
            "Integrated Care Board", "in_attendance"),
        att("Dr Yusuf Kanani",
            "Consultant in Dental Public Health, NHS England \u2013 Midlands",
            "in_attendance"),
        att("Peter Lindqvist", "Chief Executive, Healthwatch Rowdenbury", "in_attendance"),
        att("Aisha Moorcroft", "Senior Overview and Scrutiny Manager", "in_attendance"),
        att("Jonah Fairweather", "Scrutiny Officer", "in_attendance"),
        att("Kwame Letts", "Committee Services", "in_attendance"),
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
    (DOCS / REPORT_NAME).write_bytes(report_text().encode("utf-8"))
    for gold in (MINUTES_GOLD, REPORT_GOLD):
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
    for gold_path in sorted(GOLD.glob("px-*.json")):
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
        pages = text.count("\f")
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {pages} pages, "
              f"{len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{sum(1 for r in gold['questions'] if r['answer'])} answers, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
