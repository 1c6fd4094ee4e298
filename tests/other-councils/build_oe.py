#!/usr/bin/env python3
"""Build the "oe-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oe.py           build documents/oe-* and gold/oe-*.json
        build_oe.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "oe-chalkmouth-aldhurst-osc-2025-03-18.docx"
REPORT_NAME = "oe-chalkmouth-aldhurst-home-care-recommissioning-report.pdf"

FIXED = dt.datetime(2025, 3, 20, 9, 30, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes.  Blocks:
#   ("centre", text, size, bold)         title block lines
#   ("attend", label, text)              Present: / Co-opted Members: ...
#   ("part", text)                       PART ONE
#   ("item", TITLE)                      numbered minute heading (Word list, level 0)
#   ("para", text)                       numbered paragraph (Word list, level 1)
#   ("sub", text)                        unnumbered bold sub-heading, indented
#   ("quote", text)                      unnumbered indented paragraph
#   ("clause", label, text)              (i) / (ii) clause under RESOLVED
#   ("bullet", text)                     Word bullet under a paragraph
#   ("plain", text)                      unindented paragraph (closing lines)
# Text may carry **bold** runs.
# ---------------------------------------------------------------------------

MINUTES: list[tuple] = [
    ("centre", "CHALKMOUTH & ALDHURST CITY COUNCIL", 14, True),
    ("centre", "OVERVIEW & SCRUTINY COMMISSION", 14, True),
    ("centre", "4.00pm 18 MARCH 2025", 12, True),
    ("centre", "COUNCIL CHAMBER, ALDHURST TOWN HALL", 12, True),
    ("centre", "MINUTES", 12, True),
    ("attend", "Present:",
     "Councillor Penhaligon (Chair); Councillors Ferreira (Deputy Chair), Okonedo "
     "(Opposition Spokesperson), Lindqvist (Group Spokesperson), Ashdown, Hadley, "
     "Nkemelu, Pemberton and Trevelyan"),
    ("attend", "Co-opted Members:",
     "Alan Gould (Healthwatch Chalkmouth & Aldhurst) and Beryl Moncrieff (Older "
     "People’s Council)"),
    ("attend", "Other Members present:",
     "Councillor Ruddock (Cabinet Member for Housing) and Councillor Feld (Cabinet "
     "Member for Adult Social Care & Public Health)"),
    ("part", "PART ONE"),

    # 41 -------------------------------------------------------------------
    ("item", "DECLARATIONS OF SUBSTITUTES AND INTERESTS"),
    ("para",
     "Apologies were received from Councillor Quiller, for whom Councillor Pemberton "
     "was present as substitute, and from Sol Abiodun (Youth Council)."),
    ("para",
     "Councillor Nkemelu declared a personal interest in Item 46 as a close family "
     "member was employed by Downs & Coast NHS Foundation Trust. She remained in the "
     "meeting and took part in the discussion of the item."),
    ("para",
     "In accordance with Section 100A of the Local Government Act 1972 (“the Act”), "
     "the Commission considered whether the public should be excluded from the "
     "meeting during consideration of any item of business on the grounds that it is "
     "likely in view of the business to be transacted or the nature of the "
     "proceedings, that if members of the public were present during it, there would "
     "be disclosure to them of confidential information as defined in Section 100A(3) "
     "of the Act or exempt information as defined in Section 100I(1) of the Act."),
    ("para", "**RESOLVED** – That the press and public be not excluded from the meeting."),

    # 42 -------------------------------------------------------------------
    ("item", "MINUTES OF THE PREVIOUS MEETING"),
    ("para",
     "Councillor Ashdown asked that paragraph 35.6 be amended to record that the number "
     "of people found sleeping rough on the night of the autumn count was 47, not 74."),
    ("para",
     "**RESOLVED** – That, subject to the amendment above, the minutes of the meeting "
     "held on 21 January 2025 be agreed and signed by the Chair as a correct record."),

    # 43 -------------------------------------------------------------------
    ("item", "CHAIR’S COMMUNICATIONS"),
    ("para", "The Chair gave the following communications:"),
    ("quote",
     "“Members will remember that at our January meeting we agreed to return to mental "
     "health crisis care, following the concerns raised with us by Healthwatch and by a "
     "number of residents. I am grateful to colleagues from Downs & Coast NHS Foundation "
     "Trust and from the Integrated Care Board for joining us this afternoon."),
    ("quote",
     "I would also like to thank Councillor Hadley, who chaired the Temporary "
     "Accommodation Scrutiny Panel, the officers who supported it and the residents who "
     "gave evidence to it. We will hear this evening how far its recommendations have "
     "been taken forward."),
    ("quote",
     "Finally, members should be aware that Cabinet will consider the home care "
     "recommissioning proposals on 10 April, so the comments we make on that item today "
     "will be reported directly to that meeting.”"),

    # 44 -------------------------------------------------------------------
    ("item", "PUBLIC INVOLVEMENT"),
    ("sub", "(a) Petitions"),
    ("para", "There were none."),
    ("sub", "(b) Written Questions"),
    ("para", "The following question had been received from Ms Rosalind Tapper:"),
    ("quote",
     "“My mother waited more than eleven weeks for a home care package after she was "
     "discharged from the Royal Chalkmouth Hospital, and the agency that eventually came "
     "sent a different carer almost every week. What will the Commission do to make sure "
     "that the new home care contracts put continuity of care ahead of cost?”"),
    ("para", "The Chair gave the following response:"),
    ("quote",
     "“Thank you for your question, and I am very sorry to hear about your mother’s "
     "experience. Continuity of care is one of the issues the Commission will be looking "
     "at when we consider the home care recommissioning report later this afternoon, and "
     "I have asked officers to address that point directly when they present it. The "
     "Commission’s comments will go to Cabinet on 10 April.”"),
    ("para",
     "Ms Tapper asked a supplementary question: would carers be paid for the time they "
     "spent travelling between visits under the new contracts?"),
    ("para",
     "The Chair replied that she did not have that information to hand and that officers "
     "would provide a written response, which would be published with these minutes."),
    ("sub", "(c) Deputations"),
    ("para", "There were none."),

    # 45 -------------------------------------------------------------------
    ("item", "MEMBER INVOLVEMENT"),
    ("para", "There were none."),

    # 46 -------------------------------------------------------------------
    ("item", "MENTAL HEALTH CRISIS CARE: UPDATE FROM DOWNS & COAST NHS FOUNDATION TRUST"),
    ("para",
     "This item was presented by Dr Miriam Selwood, Clinical Director for Urgent Care, and "
     "Kwame Asante, Service Director for Chalkmouth & Aldhurst, Downs & Coast NHS "
     "Foundation Trust (DCFT). Chris Yelland, Head of Mental Health Commissioning, Weald & "
     "Downs Integrated Care Board (ICB), also attended for this item."),
    ("para",
     "Dr Selwood told members that the Trust had opened the Mental Health Urgent Care "
     "Centre on Gildon Road in November 2024 as an alternative to the emergency "
     "department for people in crisis, and that it had seen 1,214 people in its first four "
     "months. The 24/7 crisis line was now answering 81% of calls within two minutes, "
     "compared with 54% a year earlier, following the move to a single call-handling team "
     "for the whole of the Trust’s area. The ICB had agreed to fund a further year of the "
     "crisis café at the Seafront Wellbeing Hub, which was run by a local charity. However, "
     "demand remained very high: referrals to the Home Treatment Team had risen by 19% on "
     "the previous year, and the Trust was still placing some adults in beds outside the "
     "area when no local bed was available. Dr Selwood also referred to the Trust’s "
     "improvement plan following its most recent inspection, which the Commission had "
     "considered in September."),
    ("para",
     "In response to a question from Councillor Ferreira about the calls that were not "
     "answered within two minutes, Mr Asante said that the majority were answered within "
     "ten minutes, and that callers who abandoned a call were now called back by a member "
     "of the team on the same day wherever a number was available."),
    ("para",
     "Councillor Okonedo expressed concern that people detained by the police under "
     "section 136 of the Mental Health Act were still being held for long periods in the "
     "emergency department at the Royal Chalkmouth Hospital because the place of safety "
     "suite was full. Dr Selwood acknowledged that this had happened on 23 occasions since "
     "December. The Trust was working with Downland Police and the acute trust on a joint "
     "protocol, and a second place of safety room was due to open in June."),
    ("para",
     "Councillor Hadley asked how many crisis nursing posts were vacant and whether the "
     "Trust was still relying on agency staff to cover night shifts. Mr Asante replied "
     "that there were 14.5 vacant posts across the crisis and home treatment teams, down "
     "from 22 in the summer; agency use had halved since the Trust set up its own staff "
     "bank, and two rounds of international recruitment had been completed."),
    ("para",
     "Alan Gould (Healthwatch) asked how service users and carers had been involved in "
     "designing the Urgent Care Centre, as Healthwatch had heard from carers who did not "
     "know that it existed. Dr Selwood said that a lived experience group of twelve people "
     "had been involved in shaping the model from the start, and accepted that more needed "
     "to be done to publicise the centre among carers and GP practices."),
    ("para",
     "Councillor Lindqvist commented that the crisis café only opened from 6pm to "
     "midnight, and that the gap on weekday afternoons, when schools finished and many "
     "young people reached a point of crisis, had been raised with the Trust more than "
     "once."),
    ("para",
     "Councillor Trevelyan asked whether the ICB’s funding for the crisis café was "
     "recurrent. Mr Yelland said that funding had been agreed for 2025/26 only, and that a "
     "decision on later years would be taken as part of the ICB’s review of mental health "
     "investment in the autumn."),
    ("para",
     "Councillor Ferreira requested that the Commission receive figures on out of area "
     "placements, broken down by age group and length of stay. Mr Asante agreed to provide "
     "these for the next update."),
    ("para",
     "**RESOLVED** – That the Commission notes the update and requests a further report, "
     "including the figures on out of area placements, at its meeting in September 2025."),

    # 47 -------------------------------------------------------------------
    ("item", "TEMPORARY ACCOMMODATION SCRUTINY PANEL: MONITORING OF RECOMMENDATIONS"),
    ("para",
     "This item was presented by Justine Harker, Head of Housing Needs & Supply. The "
     "report set out progress against the 14 recommendations of the Temporary "
     "Accommodation Scrutiny Panel, which Cabinet had agreed in March 2024. Nine "
     "recommendations were rated green, four amber and one red. Councillor Ruddock, "
     "Cabinet Member for Housing, was also present for the item."),
    ("para",
     "Ms Harker explained that the number of households in temporary accommodation had "
     "risen from 1,870 to 2,045 over the year, and that 112 families with children were "
     "currently in bed and breakfast accommodation, of whom 38 had been there for longer "
     "than the six-week legal limit. The red-rated recommendation, to end out of city "
     "placements for families with children at school in the city, had not been achieved "
     "because of a shortage of suitable properties."),
    ("para",
     "Councillor Nkemelu asked what was being done for the 38 families who had been in bed "
     "and breakfast for more than six weeks, and whether the council had been challenged "
     "legally. Ms Harker said that each family had a named officer and a move-on plan; the "
     "council had received four pre-action letters in the last year, all of which had been "
     "resolved by an offer of self-contained accommodation."),
    ("para",
     "Councillor Hadley, who had chaired the scrutiny panel, raised concerns about reports "
     "of damp and mould in the leased flats at Norland Terrace and asked whether the "
     "council inspected such properties before families moved in. Ms Harker replied that "
     "all leased properties were inspected before first use and at least once a year after "
     "that, and that officers had made a joint visit to the Norland Terrace block with the "
     "landlord in February; remedial works had been agreed and were due to be completed by "
     "the end of April."),
    ("para",
     "Councillor Okonedo queried the cost of nightly-paid accommodation and asked how much "
     "had been spent on it in the current financial year. Councillor Ruddock said that "
     "spend on nightly-paid accommodation was forecast to reach £14.2m in 2024/25, which "
     "was £3.1m above budget, and that this was one of the largest pressures on the "
     "council’s revenue budget."),
    ("para",
     "Councillor Lindqvist asked whether the council would consider bringing the management "
     "of the Seacroft hostel back in-house when the current contract with the provider "
     "ended in 2026. Councillor Ruddock responded that all options would be looked at as "
     "part of the re-procurement, and that a report would come to Cabinet in the autumn."),
    ("para",
     "Councillor Trevelyan noted that the panel had recommended that residents with lived "
     "experience of temporary accommodation be involved in monitoring its recommendations, "
     "and asked whether this had happened. Ms Harker said that it had not yet happened and "
     "that this was one of the amber-rated recommendations; a residents’ reference group "
     "was being set up with the Harbourlight charity and would meet for the first time in "
     "May."),
    ("para", "**RESOLVED** – That the Commission:"),
    ("clause", "(i)",
     "notes the progress made against the recommendations of the Temporary Accommodation "
     "Scrutiny Panel; and"),
    ("clause", "(ii)",
     "agrees to receive a final monitoring report at its meeting in March 2026."),

    # 48 -------------------------------------------------------------------
    ("item", "COMMUNITY SAFETY & CRIME REDUCTION STRATEGY 2025-2028"),
    ("para",
     "This item was presented by Graham Lusk, Community Safety Manager, and Chief Inspector "
     "Nadia Khoury, Downland Police. The draft strategy set out five priorities for the "
     "Community Safety Partnership: anti-social behaviour; violence against women and "
     "girls; drug-related harm; hate crime; and reducing reoffending. A public consultation "
     "on the draft had run from November to January and had received 642 responses."),
    ("para",
     "In response to a question from Councillor Pemberton about the number of police "
     "community support officers in the city, Chief Inspector Khoury said that the "
     "neighbourhood policing teams had 41 PCSOs against an establishment of 48, and that a "
     "recruitment campaign would close at the end of March."),
    ("para",
     "Councillor Ashdown asked what the strategy would do about drug-related anti-social "
     "behaviour around Chalkmouth station and the clock tower. Mr Lusk said that the "
     "council’s substance misuse service had begun outreach sessions in the area twice a "
     "week, and that a dispersal order had been used on three occasions over the winter."),
    ("para",
     "Councillor Okonedo expressed concern that only 642 people had responded to the "
     "consultation, of whom fewer than 40 were under 25, and asked how the views of "
     "young people would be reflected in the final strategy. Mr Lusk said that two "
     "workshops were being arranged with the Youth Council and with sixth form students "
     "before the strategy went to Cabinet."),
    ("para", "Members made the following comments for Cabinet to take into account:"),
    ("bullet",
     "the strategy should say more about the safety of women and girls in the night-time "
     "economy, which had been the most common concern raised by residents at ward "
     "meetings;"),
    ("bullet",
     "the action plan needed clearer targets, as several of the measures in the current "
     "strategy had no baseline against which progress could be judged;"),
    ("bullet",
     "the links between the strategy and the council’s work to reduce school exclusions "
     "should be made explicit."),
    ("para",
     "**RESOLVED** – That the Commission recommends to Cabinet that the draft Community "
     "Safety & Crime Reduction Strategy 2025-2028 be approved, taking into account the "
     "comments of the Commission set out at paragraph 48.5 above."),

    # 49 -------------------------------------------------------------------
    ("item", "HOME CARE RECOMMISSIONING"),
    ("para",
     "This item was presented by Fiona Markham, Assistant Director, Commissioning & "
     "Partnerships, and Councillor Feld, Cabinet Member for Adult Social Care & Public "
     "Health. The report set out proposals to replace the current framework of 31 home "
     "care providers with a zoned model of eight lead providers from April 2026, with the "
     "real Living Wage as a minimum and paid travel time written into the contracts."),
    ("para",
     "Ms Markham responded to the point raised by Ms Tapper under Item 44 and said that "
     "continuity of care would be one of the quality measures in the new contracts, with a "
     "target that at least 80% of each person’s visits were made by a small team of "
     "regular carers. She also confirmed that travel time would be paid under the new "
     "contracts and that a written response would be sent to Ms Tapper."),
    ("para",
     "Councillor Trevelyan asked how the council would avoid disruption to people who "
     "received care from a provider that was not successful in the tender. Ms Markham said "
     "that TUPE would apply to care workers moving between providers, and that the "
     "transition would be phased zone by zone over three months, so that most people would "
     "keep the same carers even where their employer changed."),
    ("para",
     "Beryl Moncrieff (Older People’s Council) asked whether people who paid for their own "
     "care would be able to buy it at the council’s rates under the new contracts. Ms "
     "Markham said that this was being considered and would be set out in the report to "
     "Cabinet."),
    ("para",
     "Councillor Lindqvist questioned why an in-house service had not been costed as an "
     "option, given that two providers had handed back contracts in the last year. "
     "Councillor Feld said that an in-house model had been looked at in 2023 and had been "
     "estimated to cost around £6m a year more; the administration’s priority was to "
     "improve pay and conditions within the existing market."),
    ("para",
     "Councillor Hadley raised concerns about the capacity of providers in the north of "
     "the city around Downview Ridge, where care packages took longest to start. Ms Markham "
     "agreed that this was the hardest zone to cover and said that the council would pay "
     "an enhanced rate there."),
    ("para",
     "Councillor Lindqvist moved an amendment, seconded by Councillor Okonedo, to add a "
     "recommendation that Cabinet commission a full costed appraisal of an in-house home "
     "care service before the tender was issued. The amendment was put to the vote and was "
     "lost by 3 votes to 6."),
    ("para",
     "The Chair then put the recommendations as set out in the report to the vote, and "
     "they were agreed by 8 votes with 1 abstention."),
    ("para", "**RESOLVED** – That the Commission:"),
    ("clause", "(i)",
     "notes the proposals for the recommissioning of home care services; and"),
    ("clause", "(ii)",
     "recommends to Cabinet that the proposed zoned model be approved, and that continuity "
     "of care be a key measure in the evaluation of bids."),

    # 50 -------------------------------------------------------------------
    ("item", "OVERVIEW & SCRUTINY COMMISSION WORK PROGRAMME 2025/26"),
    ("para",
     "Tom Bassey, Scrutiny Officer, introduced the draft work programme for 2025/26."),
    ("para",
     "Councillor Ashdown requested that an item on home to school transport for children "
     "with special educational needs be added, following the problems reported at the "
     "start of the autumn term."),
    ("para",
     "Councillor Nkemelu asked when the Commission would look at access to NHS dentistry, "
     "which had been raised at every ward surgery she had held this year. The Scrutiny "
     "Officer said that the ICB had offered to attend the July meeting."),
    ("para",
     "The Commission agreed that a scrutiny panel on access to NHS dentistry be set up, "
     "with Councillor Nkemelu as its chair and terms of reference to be agreed by the "
     "Chair and Deputy Chair."),
    ("para",
     "**RESOLVED** – That the work programme be agreed, with the addition of an item on "
     "home to school transport."),

    # 51 -------------------------------------------------------------------
    ("item", "ITEMS TO GO FORWARD TO COUNCIL"),
    ("para", "There were none."),

    ("plain", ""),
    ("plain", "The meeting concluded at 7.12pm"),
    ("plain", ""),
    ("sign", "Signed", "Chair"),
    ("plain", ""),
    ("sign", "Dated this", "day of"),
]

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
    "committee": "Overview & Scrutiny Commission",
    "meeting_date": "2025-03-18",
    # titles as printed (in capitals), numbers as Word's list renders them (41, 42 ...)
    "items": [{"number": str(41 + i), "title": b[1]}
              for i, b in enumerate(b for b in MINUTES if b[0] == "item")],
    "questions": [
        q("42", "request",
          "asked that paragraph 35.6 be amended to record that the number",
          "Councillor Ashdown", None, None, ["housing"]),
        q("44", "question",
          "What will the Commission do to make sure that the new home care contracts",
          "Ms Rosalind Tapper",
          "Continuity of care is one of the issues the Commission will be looking at",
          "The Chair", ["adult-social-care", "subcontracting"]),
        q("44", "question",
          "would carers be paid for the time they spent travelling between visits",
          "Ms Tapper",
          "officers would provide a written response, which would be published with these minutes",
          "The Chair", ["adult-social-care", "workforce"]),
        q("46", "question",
          "about the calls that were not answered within two minutes",
          "Councillor Ferreira",
          "the majority were answered within ten minutes",
          "Mr Asante", ["mental-health"]),
        q("46", "concern",
          "expressed concern that people detained by the police under section 136",
          "Councillor Okonedo",
          "acknowledged that this had happened on 23 occasions since December",
          "Dr Selwood", ["mental-health"]),
        q("46", "question",
          "asked how many crisis nursing posts were vacant",
          "Councillor Hadley",
          "there were 14.5 vacant posts across the crisis and home treatment teams",
          "Mr Asante", ["mental-health", "workforce"]),
        q("46", "question",
          "asked how service users and carers had been involved in designing the Urgent Care Centre",
          "Alan Gould",
          "a lived experience group of twelve people had been involved in shaping the model",
          "Dr Selwood", ["mental-health", "patient-and-public-input"]),
        q("46", "comment",
          "commented that the crisis café only opened from 6pm to midnight",
          "Councillor Lindqvist", None, None, ["mental-health", "children-and-families"]),
        q("46", "question",
          "asked whether the ICB’s funding for the crisis café was recurrent",
          "Councillor Trevelyan",
          "funding had been agreed for 2025/26 only",
          "Mr Yelland", ["mental-health", "finance"]),
        q("46", "request",
          "requested that the Commission receive figures on out of area placements",
          "Councillor Ferreira",
          "Mr Asante agreed to provide these for the next update",
          "Mr Asante", ["mental-health"]),
        q("47", "question",
          "asked what was being done for the 38 families who had been in bed",
          "Councillor Nkemelu",
          "each family had a named officer and a move-on plan",
          "Ms Harker", ["housing", "children-and-families"]),
        q("47", "concern",
          "raised concerns about reports of damp and mould in the leased flats",
          "Councillor Hadley",
          "all leased properties were inspected before first use and at least once a year",
          "Ms Harker", ["housing"]),
        q("47", "question",
          "queried the cost of nightly-paid accommodation and asked how much had been spent",
          "Councillor Okonedo",
          "forecast to reach £14.2m in 2024/25, which was £3.1m above budget",
          "Councillor Ruddock", ["housing", "finance"]),
        q("47", "question",
          "asked whether the council would consider bringing the management of the Seacroft hostel back in-house",
          "Councillor Lindqvist",
          "all options would be looked at as part of the re-procurement",
          "Councillor Ruddock", ["housing", "privatisation", "subcontracting"]),
        q("47", "question",
          "residents with lived experience of temporary accommodation be involved in monitoring its recommendations",
          "Councillor Trevelyan",
          "a residents’ reference group was being set up with the Harbourlight charity",
          "Ms Harker", ["housing", "patient-and-public-input"]),
        q("48", "question",
          "about the number of police community support officers in the city",
          "Councillor Pemberton",
          "the neighbourhood policing teams had 41 PCSOs against an establishment of 48",
          "Chief Inspector Khoury", ["workforce"]),
        q("48", "question",
          "what the strategy would do about drug-related anti-social behaviour",
          "Councillor Ashdown",
          "the council’s substance misuse service had begun outreach sessions in the area",
          "Mr Lusk", ["public-health"]),
        q("48", "concern",
          "expressed concern that only 642 people had responded to the consultation",
          "Councillor Okonedo",
          "two workshops were being arranged with the Youth Council",
          "Mr Lusk", ["patient-and-public-input", "children-and-families"]),
        q("48", "comment",
          "the strategy should say more about the safety of women and girls",
          None, None, None, []),
        q("48", "comment",
          "the action plan needed clearer targets, as several of the measures",
          None, None, None, []),
        q("48", "comment",
          "the links between the strategy and the council’s work to reduce school exclusions",
          None, None, None, ["children-and-families"]),
        q("49", "question",
          "asked how the council would avoid disruption to people who received care",
          "Councillor Trevelyan",
          "TUPE would apply to care workers moving between providers",
          "Ms Markham", ["adult-social-care", "subcontracting", "workforce"]),
        q("49", "question",
          "asked whether people who paid for their own care would be able to buy it",
          "Beryl Moncrieff",
          "this was being considered and would be set out in the report to Cabinet",
          "Ms Markham", ["adult-social-care", "finance"]),
        q("49", "question",
          "questioned why an in-house service had not been costed as an option",
          "Councillor Lindqvist",
          "an in-house model had been looked at in 2023",
          "Councillor Feld", ["adult-social-care", "privatisation", "finance"]),
        q("49", "concern",
          "raised concerns about the capacity of providers in the north of the city",
          "Councillor Hadley",
          "agreed that this was the hardest zone to cover",
          "Ms Markham", ["adult-social-care", "subcontracting"]),
        q("50", "request",
          "requested that an item on home to school transport for children",
          "Councillor Ashdown", None, None, ["children-and-families"]),
        q("50", "question",
          "asked when the Commission would look at access to NHS dentistry",
          "Councillor Nkemelu",
          "the ICB had offered to attend the July meeting",
          "The Scrutiny Officer", ["primary-care"]),
    ],
    "resolutions": [
        r("41", "That the press and public be not excluded from the meeting", "agreed", ["governance"]),
        r("42", "the minutes of the meeting held on 21 January 2025 be agreed and signed",
          "agreed", []),
        r("46", "notes the update and requests a further report, including the figures",
          "agreed", ["mental-health"]),
        r("47", "notes the progress made against the recommendations of the Temporary Accommodation",
          "agreed", ["housing"]),
        r("48", "recommends to Cabinet that the draft Community Safety & Crime Reduction Strategy",
          "recommended", []),
        r("49", "The amendment was put to the vote and was lost by 3 votes to 6",
          "rejected", ["adult-social-care", "privatisation"]),
        r("49", "recommends to Cabinet that the proposed zoned model be approved",
          "recommended", ["adult-social-care", "subcontracting"]),
        r("50", "The Commission agreed that a scrutiny panel on access to NHS dentistry be set up",
          "agreed", ["primary-care", "governance"]),
        r("50", "That the work programme be agreed, with the addition of an item",
          "agreed", ["children-and-families"]),
    ],
    "attendees": [
        a("Councillor Penhaligon", "Chair", "present"),
        a("Councillor Ferreira", "Deputy Chair", "present"),
        a("Councillor Okonedo", "Opposition Spokesperson", "present"),
        a("Councillor Lindqvist", "Group Spokesperson", "present"),
        a("Councillor Ashdown", None, "present"),
        a("Councillor Hadley", None, "present"),
        a("Councillor Nkemelu", None, "present"),
        a("Councillor Pemberton", None, "present"),
        a("Councillor Trevelyan", None, "present"),
        a("Alan Gould", "Healthwatch Chalkmouth & Aldhurst", "present"),
        a("Beryl Moncrieff", "Older People’s Council", "present"),
        a("Councillor Ruddock", "Cabinet Member for Housing", "in_attendance"),
        a("Councillor Feld", "Cabinet Member for Adult Social Care & Public Health", "in_attendance"),
        a("Councillor Quiller", None, "apologies"),
        a("Sol Abiodun", "Youth Council", "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

# ---------------------------------------------------------------------------
# Word document
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ITEM_NUM_ID = 41
BULLET_NUM_ID = 42


def _numbering_xml() -> tuple[str, str, str, str]:
    w = f'xmlns:w="{W_NS}"'
    minutes_abs = f"""
<w:abstractNum {w} w:abstractNumId="41">
  <w:nsid w:val="1C4A2E41"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0809001F"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="41"/>
    <w:numFmt w:val="decimal"/>
    <w:pStyle w:val="MinuteHeading"/>
    <w:lvlText w:val="%1"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>
    <w:rPr><w:b/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:pStyle w:val="MinuteParagraph"/>
    <w:lvlText w:val="%1.%2"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>
    <w:rPr><w:b w:val="0"/></w:rPr>
  </w:lvl>
</w:abstractNum>"""
    bullet_abs = f"""
<w:abstractNum {w} w:abstractNumId="42">
  <w:nsid w:val="5B2D7F42"/>
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\uf0b7"/>
    <w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1571" w:hanging="360"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>
  </w:lvl>
</w:abstractNum>"""
    num1 = f'<w:num {w} w:numId="{ITEM_NUM_ID}"><w:abstractNumId w:val="41"/></w:num>'
    num2 = f'<w:num {w} w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="42"/></w:num>'
    return minutes_abs, bullet_abs, num1, num2


def _add_runs(par, text: str, size=None, bold_all=False):
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**"):
            run = par.add_run(part[2:-2])
            run.bold = True
        else:
            run = par.add_run(part)
            if bold_all:
                run.bold = True
        if size:
            from docx.shared import Pt
            run.font.size = Pt(size)


def _set_num(par, num_id: int, ilvl: int):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    # numPr must come after pStyle / keepNext etc. but before spacing / ind
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore",
                "w:framePr", "w:widowControl"):
        found = ppr.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is not None:
        anchor.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def _field(par, instr: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    par._p.append(fld)


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header_distance = sec.footer_distance = Cm(1.1)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    # the council template's Heading 1: Arial 12 bold, black, no theme fonts
    h1 = doc.styles["Heading 1"]
    rfonts = h1.element.rPr.rFonts
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts is not None and rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    h1.font.name = "Arial"
    h1.font.size = Pt(12)
    h1.font.bold = True
    h1.font.color.rgb = RGBColor(0, 0, 0)

    heading = doc.styles.add_style("Minute Heading", WD_STYLE_TYPE.PARAGRAPH)
    heading.element.set(qn("w:styleId"), "MinuteHeading")
    heading.base_style = doc.styles["Heading 1"]
    heading.font.name = "Arial"
    heading.font.size = Pt(12)
    heading.font.bold = True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(12)
    heading.paragraph_format.keep_with_next = True

    mpara = doc.styles.add_style("Minute Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    mpara.element.set(qn("w:styleId"), "MinuteParagraph")
    mpara.base_style = normal
    mpara.paragraph_format.space_after = Pt(12)

    # numbering definitions
    numbering = doc.part.numbering_part.element
    minutes_abs, bullet_abs, num1, num2 = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    for xml in (minutes_abs, bullet_abs):
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    numbering.append(parse_xml(num1))
    numbering.append(parse_xml(num2))

    # running header (not on page 1) and page-number footer
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    run = hp.add_run("OVERVIEW & SCRUTINY COMMISSION\t18 MARCH 2025")
    run.bold = True
    run.font.size = Pt(10)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(fp, " PAGE ")

    for block in MINUTES:
        kind = block[0]
        if kind == "centre":
            _, text, size, bold = block
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(6)
            _add_runs(p, text, size=size, bold_all=bold)
            if text == "MINUTES":
                p.paragraph_format.space_before = Pt(12)
                p.paragraph_format.space_after = Pt(18)
        elif kind == "attend":
            _, label, text = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(4.0)
            pf.first_line_indent = Cm(-4.0)
            pf.tab_stops.add_tab_stop(Cm(4.0))
            pf.space_after = Pt(12)
            lab = p.add_run(label)
            lab.bold = True
            p.add_run("\t" + text)
        elif kind == "part":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(6)
            _add_runs(p, block[1], bold_all=True)
        elif kind == "item":
            p = doc.add_paragraph(style=heading)
            _set_num(p, ITEM_NUM_ID, 0)
            _add_runs(p, block[1])
        elif kind == "para":
            p = doc.add_paragraph(style=mpara)
            _set_num(p, ITEM_NUM_ID, 1)
            _add_runs(p, block[1])
        elif kind == "sub":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.5)
            p.paragraph_format.space_after = Pt(12)
            p.paragraph_format.keep_with_next = True
            _add_runs(p, block[1], bold_all=True)
        elif kind == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.5)
            p.paragraph_format.space_after = Pt(12)
            _add_runs(p, block[1])
        elif kind == "clause":
            _, label, text = block
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(2.5)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(2.5))
            pf.space_after = Pt(12)
            p.add_run(label + "\t" + text)
        elif kind == "bullet":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            _set_num(p, BULLET_NUM_ID, 0)
            _add_runs(p, block[1])
        elif kind == "plain":
            p = doc.add_paragraph()
            _add_runs(p, block[1])
        elif kind == "sign":
            _, left, right = block
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
            p.paragraph_format.space_before = Pt(18)
            p.add_run(left + "\t" + right)
        else:  # pragma: no cover
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Overview & Scrutiny Commission - 18 March 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The report (PDF): an officer's report to the Commission, not minutes
# ---------------------------------------------------------------------------

REPORT_META = [
    ("Subject:", "Home Care Recommissioning"),
    ("Date of meeting:", "18 March 2025"),
    ("Report of:", "Executive Director, Health & Adult Social Care"),
    ("Contact Officer:", "Name: Fiona Markham\nTel: 01632 960418\n"
                         "Email: fiona.markham@chalkmouth-aldhurst.gov.uk"),
    ("Ward(s) affected:", "All"),
]

REPORT_BODY: list[tuple[str, str]] = [
    ("h", "1. Purpose of the report and policy context"),
    ("p", "1.1\tThe council’s contracts for home care (care and support provided in "
          "people’s own homes) end on 31 March 2026. This report sets out the proposed "
          "model for recommissioning these services and asks the Overview & Scrutiny "
          "Commission to comment on the proposals before they are considered by Cabinet "
          "on 10 April 2025."),
    ("p", "1.2\tThe proposals support the Council Plan commitment to help older and "
          "disabled residents live independently at home for as long as possible."),
    ("h", "2. Recommendations"),
    ("p", "2.1\tThat the Commission notes the proposals for the recommissioning of home "
          "care services set out in section 4 of this report."),
    ("p", "2.2\tThat the Commission agrees any comments or recommendations it wishes to "
          "make to Cabinet."),
    ("h", "3. Context and background information"),
    ("p", "3.1\tThe council currently purchases around 21,500 hours of home care each week "
          "from a framework of 31 providers, at a gross annual cost of £27.4m. Around 1,650 "
          "people receive home care funded by the council at any one time."),
    ("p", "3.2\tThe present framework has not given the council enough control over quality "
          "or over the areas of the city where care is hardest to arrange. Two providers "
          "handed back their contracts during 2024, and in January 2025 there were 63 "
          "people waiting for a package of care to start, of whom 21 were waiting in "
          "hospital."),
    ("p", "3.3\tStaff turnover among care workers employed by framework providers is "
          "estimated at 34% a year. Many providers do not pay for the time care workers "
          "spend travelling between visits."),
    ("h", "4. Analysis and consideration of alternative options"),
    ("p", "4.1\tThe preferred option is a zoned model in which the city is divided into "
          "eight zones, each with a lead provider responsible for meeting all new "
          "requests for care in that zone. A smaller framework of approved providers "
          "would cover any care the lead providers cannot."),
    ("p", "4.2\tContracts would require providers to pay at least the real Living Wage, "
          "to pay for travel time and to offer guaranteed hours to staff who want them. "
          "An enhanced rate would be paid in the zone covering Downview Ridge and the "
          "north of the city."),
    ("p", "4.3\tThe following options were considered and are not recommended: extending "
          "the current framework (which would not address the problems set out in "
          "section 3); a single city-wide provider (which would carry too great a risk of "
          "provider failure); and an in-house service, which was assessed in 2023 and "
          "estimated to cost around £6m a year more than the current model."),
    ("h", "5. Questions the Commission may wish to consider"),
    ("p", "5.1\tMembers may wish to explore the following with officers:"),
    ("b", "How will continuity of care be protected for people whose provider changes?"),
    ("b", "Will the new rates be enough to recruit and retain care workers?"),
    ("b", "How will people who use home care, and their carers, be involved in "
          "monitoring the new contracts?"),
    ("h", "6. Community engagement and consultation"),
    ("p", "6.1\tA survey of people receiving home care and their carers received 412 "
          "responses between September and November 2024. Continuity of care, punctuality "
          "and being told when a carer would be late were the issues raised most often. "
          "Two market engagement events were held with providers in October 2024."),
    ("h", "7. Conclusion"),
    ("p", "7.1\tThe zoned model is expected to shorten waits for care, improve continuity "
          "and stabilise the workforce. Comments from the Commission will be reported to "
          "Cabinet on 10 April 2025."),
    ("h", "8. Financial implications"),
    ("p", "8.1\tThe proposed rates are estimated to increase the cost of home care by "
          "£2.1m a year from 2026/27. This has been included in the Medium Term Financial "
          "Strategy as a growth item. Any variation will be reported through the council’s "
          "budget monitoring process."),
    ("p", "Name of finance officer consulted: Dominic Frayne   Date consulted: 24/02/25"),
    ("h", "9. Legal implications"),
    ("p", "9.1\tThe procurement will be carried out under the Health Care Services (Provider "
          "Selection Regime) Regulations 2023 and the council’s Contract Standing Orders. "
          "TUPE is likely to apply where care workers move between providers."),
    ("p", "Name of lawyer consulted: Priya Venkataraman   Date consulted: 25/02/25"),
    ("h", "10. Equalities implications"),
    ("p", "10.1\tAn Equality Impact Assessment is attached at Appendix 2. Most people "
          "receiving home care are over 75, and a majority are women."),
    ("h", "11. Sustainability implications"),
    ("p", "11.1\tZoning is expected to reduce the distance travelled by care workers by "
          "around a fifth."),
    ("h", "Supporting Documentation"),
    ("p", "Appendices:\n1. Summary of market engagement\n2. Equality Impact Assessment"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Home Care Recommissioning")
    pdf.set_author("Chalkmouth & Aldhurst City Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Chalkmouth & Aldhurst City Council",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(110, 7, "Overview & Scrutiny Commission")
    pdf.cell(0, 7, "Agenda Item 49", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    for label, value in REPORT_META:
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(45, 6, label, border=0)
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 45, y0)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(0, 6, value, border=0)
        pdf.set_y(max(pdf.get_y(), y1) + 2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "For general release", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    for kind, text in REPORT_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            if "\t" in text:
                num, body = text.split("\t", 1)
                y0 = pdf.get_y()
                pdf.cell(13, 5.6, num)
                pdf.set_xy(pdf.l_margin + 13, y0)
                pdf.multi_cell(0, 5.6, body, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(0, 5.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 10.5)
            y0 = pdf.get_y()
            pdf.set_x(pdf.l_margin + 13)
            pdf.cell(6, 5.6, "•")
            pdf.set_xy(pdf.l_margin + 19, y0)
            pdf.multi_cell(0, 5.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / gold["document"]
        if not path.exists():
            print(f"missing {path}")
            bad += 1
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            if count != 1:
                print(f"{gold['document']}: {what} phrase found {count} times: {phrase!r}")
                bad += 1
            if not 6 <= n_words <= 15:
                print(f"{gold['document']}: {what} phrase has {n_words} words: {phrase!r}")
                bad += 1
        gfile = GOLD / (path.stem + ".json")
        if json.loads(gfile.read_text(encoding="utf-8")) != gold:
            print(f"{gfile} is out of date; run without --check")
            bad += 1
        print(f"{gold['document']}: {len(phrases)} phrases, {len(text.split())} words")
    print("check passed" if not bad else f"check FAILED ({bad} problems)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
