#!/usr/bin/env python3
"""Build the "iy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iy.py           build documents/iy-* and gold/iy-*.json
        build_iy.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import string
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "iy-wardenmouth-hasc-osc-2025-03-13.pdf"
OTHER_NAME = "iy-wardenmouth-petition-crayfold-miu-overnight.html"

COMMITTEE = "Health and Adult Social Care Overview and Scrutiny Committee"
RUNNING_HEAD = "Health and Adult Social Care Overview and Scrutiny Committee, 13 March 2025"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Block kinds:
#   ("p", text)       body paragraph (markdown ** for bold run-in labels)
#   ("label", text)   bold label on its own line ("Discussion:", "Decision:")
#   ("sub", text)     bold sub-heading inside an item (declarations)
#   ("clause", text)  indented decision clause "a) ..."

ATTENDANCE = [
    ("Present:", "Councillors: Carvell (Chairperson), Okonjo (Vice-Chairperson), Brennan, "
                 "Mrs Harpreet Dhaliwal, Paul Dhaliwal, Hartnell, Mwangi, Pettifer, Sandhu "
                 "and Veale"),
    ("Co-opted member without voting rights:", "Colin Marsh (Healthwatch Wardenmouth)"),
    ("Substitutes:", "Councillors: Tolputt (Substitute for Councillor Lammas)"),
]

IN_ATTENDANCE = [
    "Councillor Ruth Finch, Portfolio Holder for Adult Services",
    "Bernadette Quayle, Director of Adult Social Care",
    "Dr Imogen Latchford, Director of Public Health",
    "Simon Ferriday, Assistant Director, Adult Social Care",
    "Elaine Stych, Head of Financial Assessment and Income",
    "Rhys Pemberton, Chief Operating Officer, Estuary Valley NHS Foundation Trust",
    "Leanne Oduya, Deputy Chief Nurse, Estuary Valley NHS Foundation Trust",
    "Martin Goodier, Head of Primary Care Dental Commissioning, Weald and Estuary "
    "Integrated Care Board",
    "Tom Askew, Corporate Performance Lead",
    "Priya Venn, Principal Lawyer - People",
    "Kieran Doyle, Senior Democratic Services Officer",
]

ITEMS = [
    ("712", "Apologies for absence", [
        ("p", "Apologies for absence were received from Councillors Lammas and Stebbings."),
    ]),
    ("713", "Record of meeting", [
        ("p", "The record of the meeting of the Committee held on 16 January 2025 was agreed "
              "and signed by the Chairperson as correct."),
    ]),
    ("714", "Urgent matters by reason of special circumstances", [
        ("p", "There were none."),
    ]),
    ("715", "Disclosable Pecuniary Interests and Other Significant Interests and Whipping", [
        ("sub", "Disclosable pecuniary interests"),
        ("p", "There were none."),
        ("sub", "Other significant interests (OSIs)"),
        ("p", "There were none."),
        ("sub", "Other interests"),
        ("p", "Councillor Sandhu declared an interest in agenda item 6 (Estuary Valley NHS "
              "Foundation Trust \u2013 Proposed permanent change to the opening hours of Crayfold "
              "Minor Injuries Unit) as a close family member is employed by the Trust at "
              "Crayfold Community Hospital. He remained in the meeting during consideration of "
              "that item."),
        ("p", "Councillor Veale declared an interest in agenda item 8 (Adult Social Care "
              "Charging Policy Review \u2013 Outcome of Consultation) as her mother receives "
              "home care arranged by the Council and pays a contribution towards it. She "
              "remained in the meeting for that item but did not take part in the discussion."),
    ]),
    ("716", "Attendance of the Portfolio Holder for Adult Services", [
        ("label", "Discussion:"),
        ("p", "The Portfolio Holder for Adult Services, Councillor Finch, introduced the report "
              "which set out progress on the areas within her portfolio that fall within the "
              "remit of this Committee. These were adult social care assessment and care "
              "management, the Council's in-house provider services, the Better Care Fund, "
              "safeguarding adults and support for unpaid carers. The Portfolio Holder "
              "highlighted that the Council had been inspected by the Care Quality Commission "
              "under the new assurance framework in November 2024 and that the final report "
              "was expected in the spring."),
        ("p", "Members then raised a number of questions and comments, which included:"),
        ("p", "**Assessment waiting times \u2013** A Member noted that the number of people "
              "waiting for a Care Act assessment had fallen from 612 in April 2024 to 388 at "
              "the end of January 2025, but asked how long the longest waiting person had "
              "been waiting and whether anyone with urgent needs was on the list. The "
              "Portfolio Holder said that all new referrals were triaged on receipt and that "
              "anyone whose needs were urgent was seen within 48 hours. The Director of Adult "
              "Social Care added that the longest wait was currently 19 weeks. This was a "
              "person whose needs had been assessed as low risk and who was being contacted "
              "by the team every four weeks while they waited."),
        ("p", "**Agency social workers \u2013** In response to a question on the use of agency "
              "social workers, the Portfolio Holder said that the number of agency social "
              "workers in adult services had reduced from 31 to 14 over the past year, "
              "following the introduction of the Wardenmouth social work academy and a "
              "revised market supplement for experienced staff. The aim was to have no more "
              "than eight agency workers by the end of 2025/26, which would save around "
              "\u00a3480,000 a year."),
        ("p", "**Home care \u2013** A Member asked what proportion of home care in Wardenmouth "
              "was now provided by the Council's own reablement service rather than by private "
              "providers, and whether the Council had considered bringing more home care back "
              "in-house. The Portfolio Holder explained that the in-house Wardenmouth "
              "Reablement Service provided the first six weeks of care for most people leaving "
              "hospital and that around 85% of long-term home care was commissioned from 27 "
              "external providers on the home care framework. There were no current plans to "
              "bring long-term home care in-house, but the option would be kept under review "
              "as part of the recommissioning of the framework in 2026."),
        ("p", "**Unpaid carers \u2013** A Member commented that unpaid carers in her ward had "
              "told her they did not know how to ask for a carer's assessment and that the "
              "information about carers on the Council's website was out of date."),
        ("p", "**Safeguarding \u2013** A Member asked how many safeguarding concerns had been "
              "received in the last quarter and whether there had been an increase in concerns "
              "about self-neglect. The Director of Adult Social Care said that 1,142 concerns "
              "had been received in Quarter 3, of which 23% had progressed to a section 42 "
              "enquiry. Self-neglect remained the most common category of enquiry and the "
              "Wardenmouth Safeguarding Adults Board had commissioned a thematic review of "
              "self-neglect cases, which would be shared with the Committee when complete."),
        ("p", "**Better Care Fund \u2013** A Member asked whether the Better Care Fund for "
              "2025/26 would be sufficient to keep the discharge to assess beds at Lydgate "
              "House open. The Portfolio Holder said that the Council had not yet received "
              "confirmation of its 2025/26 allocation, but that the draft plan agreed with the "
              "Integrated Care Board assumed that all 24 beds would be retained for the whole "
              "of the year."),
        ("label", "Decision:"),
        ("p", "The Committee noted the report and thanked the Portfolio Holder for attending."),
    ]),
    ("717", "Estuary Valley NHS Foundation Trust \u2013 Proposed permanent change to the "
            "opening hours of Crayfold Minor Injuries Unit", [
        ("label", "Discussion:"),
        ("p", "The Chief Operating Officer, Estuary Valley NHS Foundation Trust, introduced the "
              "report which set out the Trust's proposal to close Crayfold Minor Injuries Unit "
              "(MIU) between 10pm and 8am on a permanent basis. The unit had been closed "
              "overnight on a temporary basis since October 2023 because of staffing "
              "pressures. The Committee was asked to determine whether the proposal "
              "represented a substantial development of, or variation to, the health service "
              "in Wardenmouth."),
        ("p", "The Chairperson advised that a petition containing 2,314 signatures, calling on "
              "the Trust to reopen the MIU overnight, had been received by the Council and had "
              "been referred to the Committee in accordance with the Council's petition "
              "scheme. The lead petitioner, Mrs Dawn Pellow, was invited to address the "
              "Committee. Mrs Pellow said that for many families in Crayfold and the Saltings "
              "the MIU was the only place they could reach without a car, and that since the "
              "overnight closure people had either waited until morning or called an "
              "ambulance. She asked the Committee to find that the permanent closure was a "
              "substantial variation so that the Trust would have to hold a full public "
              "consultation."),
        ("p", "Members then raised a number of questions and comments, which included:"),
        ("p", "**Overnight use of the MIU \u2013** A Member asked how many patients had used the "
              "MIU between 10pm and 8am before the temporary closure. The Chief Operating "
              "Officer said that an average of 4.2 patients a night had attended overnight in "
              "2022/23, compared with around 96 a day between 8am and 10pm, and that most "
              "overnight attendances had been for minor conditions which could have been "
              "treated by NHS 111 or a community pharmacy."),
        ("p", "**Impact on the emergency department \u2013** A Member expressed concern that "
              "closing the MIU overnight would add to the pressure on the emergency department "
              "at Wardenmouth General Hospital, which was already one of the poorest performing "
              "in the region against the four hour standard. The Chief Operating Officer said "
              "that the Trust's analysis had found no measurable increase in overnight "
              "attendances at the emergency department from the Crayfold area since the "
              "temporary closure. Performance against the four hour standard had improved to "
              "68.4% in February 2025 and was expected to reach the national target of 78% by "
              "March 2026."),
        ("p", "**Staffing \u2013** In response to a question as to whether the Trust had tried "
              "to recruit emergency nurse practitioners to staff the MIU overnight, the Deputy "
              "Chief Nurse said that the Trust had advertised the posts on four occasions in "
              "2023 and 2024 without success, and that covering the overnight shifts with "
              "agency nurses would cost approximately \u00a3620,000 a year. The staff who had "
              "worked overnight at the MIU had been redeployed to the urgent treatment centre "
              "at Wardenmouth General Hospital."),
        ("p", "**Transport \u2013** A Member said that many residents of Crayfold and the "
              "Saltings did not have access to a car and that there was no bus service to "
              "Wardenmouth General Hospital after 11pm. The Member asked what consideration "
              "had been given to this in the Trust's equality impact assessment. The Chief "
              "Operating Officer undertook to provide a written response on this point after "
              "the meeting."),
        ("p", "**Engagement \u2013** A Member asked why the Trust had not carried out a formal "
              "public consultation before proposing to make the closure permanent. The Chief "
              "Operating Officer said that the Trust had carried out a six week engagement "
              "exercise in the autumn of 2024, which had received 412 responses, and that the "
              "Trust did not consider a full public consultation to be proportionate as the "
              "change affected a small number of patients each night. The Member said that in "
              "her view the engagement had not reached older residents who did not use the "
              "internet."),
        ("p", "**Information for patients \u2013** The Healthwatch Wardenmouth representative "
              "said that Healthwatch had received 37 comments about the overnight closure, "
              "most of which were about a lack of information on where to go instead. He "
              "requested that the Trust improve the signage outside the MIU and the "
              "information on its website about overnight alternatives. The Chief Operating "
              "Officer agreed to do this by the end of April 2025."),
        ("p", "Councillor Pettifer proposed, and Councillor Mwangi seconded, that the Committee "
              "determine that the proposal represented a substantial variation to the health "
              "service in Wardenmouth. On being put to the vote, the proposal was lost."),
        ("p", "In accordance with rule 12.6 of the Overview and Scrutiny Rules, Councillors "
              "Pettifer and Mwangi asked that their votes in favour of the proposal be "
              "recorded."),
        ("label", "Decision:"),
        ("p", "The Committee:"),
        ("clause", "a)\tnoted the report and the petition;"),
        ("clause", "b)\tdetermined that the proposed permanent change to the opening hours of "
                   "Crayfold Minor Injuries Unit does not represent a substantial development "
                   "of, or variation to, the health service in Wardenmouth;"),
        ("clause", "c)\trequested that the Trust provide a written response to Members on the "
                   "transport issues raised and a progress report on emergency department "
                   "performance to the Committee in six months' time."),
    ]),
    ("718", "Member's Item: Access to NHS Dentistry", [
        ("label", "Discussion:"),
        ("p", "Councillor Brennan had requested that an item on access to NHS dentistry in "
              "Wardenmouth be included on the agenda. The report set out the reasons for the "
              "request and a briefing from the Weald and Estuary Integrated Care Board (ICB), "
              "which has been responsible for commissioning NHS dental services since April "
              "2023."),
        ("p", "Councillor Brennan introduced her item. She said that residents had told her that "
              "none of the dental practices in Wardenmouth were accepting new adult NHS "
              "patients and that some had been advised to travel as far as Hythe Marsh. She "
              "asked the ICB to confirm how many practices were currently taking on new NHS "
              "patients. The Head of Primary Care Dental Commissioning said that, as at the end "
              "of February 2025, three of the 31 NHS dental practices in Wardenmouth were "
              "accepting new adult patients and 11 were accepting new child patients. The ICB "
              "updated this information weekly on its website."),
        ("p", "Members then raised a number of questions and comments, which included:"),
        ("p", "**Urgent dental care \u2013** A Member asked what a resident with toothache and "
              "no dentist should do. The Head of Primary Care Dental Commissioning said that "
              "they should call NHS 111, which could book them into one of the urgent dental "
              "care sessions that the ICB had commissioned from nine practices across the ICB "
              "area. An additional 1,850 urgent sessions had been commissioned for 2024/25."),
        ("p", "**Children's oral health \u2013** A Member asked what was being done to improve "
              "the oral health of children, given that Wardenmouth had one of the highest "
              "rates of tooth extraction in hospital among children aged 0 to 5 in the South "
              "East. The Director of Public Health said that the Council's oral health "
              "promotion service had started a supervised toothbrushing programme in 22 "
              "nurseries and primary schools in the most deprived wards, and that this would "
              "be extended to a further 15 settings from September 2025."),
        ("p", "**The national dental contract \u2013** A Member commented that the national "
              "dental contract was not fit for purpose and that dentists were being paid less "
              "for complex treatment than it cost them to provide it. The Head of Primary Care "
              "Dental Commissioning said that the ICB shared these concerns and had raised "
              "them with NHS England, but that reform of the contract was a matter for the "
              "Government."),
        ("p", "**Dental underspend \u2013** A Member queried whether the ICB had underspent its "
              "dental budget in 2023/24 and, if so, what had happened to the money. The Head "
              "of Primary Care Dental Commissioning confirmed that the dental budget for the "
              "ICB area had been underspent by \u00a33.1 million in 2023/24 because practices "
              "had not delivered their contracted activity. The underspend had been used "
              "elsewhere within the ICB's allocation, but the dental budget had now been ring "
              "fenced for 2025/26."),
        ("p", "**New patient premium \u2013** In response to a question about the national new "
              "patient premium, the Head of Primary Care Dental Commissioning said that 14 "
              "practices in Wardenmouth had claimed the premium and that around 2,600 new "
              "patients had been seen as a result. It was too early to say whether the scheme "
              "had made a lasting difference."),
        ("label", "Decision:"),
        ("p", "The Committee noted the report and requested that the ICB provide a further "
              "update on access to NHS dentistry, including the outcome of the new patient "
              "premium scheme, to the Committee's meeting in October 2025."),
    ]),
    ("719", "Adult Social Care Charging Policy Review \u2013 Outcome of Consultation", [
        ("label", "Discussion:"),
        ("p", "The Head of Financial Assessment and Income introduced the report which set out "
              "the outcome of the 12 week public consultation on proposed changes to the "
              "Council's Adult Social Care Charging Policy. The proposals were to take the "
              "higher rate of Attendance Allowance and the enhanced daily living component of "
              "Personal Independence Payment into account in financial assessments, to "
              "introduce an annual arrangement fee of \u00a3295 for people who pay the full "
              "cost of their care but ask the Council to arrange it, and to charge for a "
              "second carer where two carers are needed. A total of 1,204 responses had been "
              "received. The report would be considered by the Cabinet on 8 April 2025 and the "
              "comments of this Committee would be reported to the Cabinet."),
        ("p", "Members then raised a number of questions and comments, which included:"),
        ("p", "**Consultation responses \u2013** A Member noted that 71% of respondents had "
              "disagreed with the proposals and asked what had changed as a result of the "
              "consultation. The Head of Financial Assessment and Income said that the "
              "proposal to charge for a second carer had been withdrawn in response to the "
              "feedback received, and that the disability-related expenditure allowance "
              "would be increased from \u00a315 to \u00a320 a week."),
        ("p", "**Impact on disabled people \u2013** Concerns were expressed that the changes "
              "would fall most heavily on younger disabled adults living in the community, "
              "many of whom were already struggling with the cost of living. The Director of "
              "Adult Social Care said that everyone affected would receive an individual "
              "financial assessment and that nobody would be asked to pay more than they could "
              "afford under the Care Act. Around 640 people would see an increase in their "
              "contribution, with an average increase of \u00a318.40 a week, and increases "
              "would be phased in over two years."),
        ("p", "**Disability-related expenditure \u2013** A Member requested that the allowance "
              "for disability-related expenditure be increased to \u00a325 a week, in line with "
              "a neighbouring authority, rather than \u00a320. The Portfolio Holder said that she "
              "would take the Committee's view into account before the Cabinet meeting."),
        ("p", "**Arrangement fee \u2013** A Member asked how the arrangement fee had been "
              "calculated and whether the Council was able to charge it. The Principal Lawyer "
              "advised that the Care Act 2014 allowed local authorities to charge a fee to "
              "cover the cost of arranging care for people with assets above the upper capital "
              "limit. The Head of Financial Assessment and Income added that the fee was based "
              "on the average staff time taken to arrange and review a package of care."),
        ("p", "**Income \u2013** In response to a question on how much the changes would raise, "
              "the Head of Financial Assessment and Income said that the revised proposals "
              "were expected to generate additional income of \u00a31.37 million in a full "
              "year, which had been included in the Council's budget for 2025/26 as agreed by "
              "Full Council in February."),
        ("p", "**Advice for residents \u2013** A Member asked that the letters to people whose "
              "contributions would change be written in plain English and that people be "
              "given the name of an officer to contact. The Head of Financial Assessment and "
              "Income confirmed that the letters had been tested with the Council's Making It "
              "Real group of people who draw on care and support."),
        ("label", "Decision:"),
        ("p", "The Committee:"),
        ("clause", "a)\tnoted the outcome of the consultation on the proposed changes to the "
                   "Adult Social Care Charging Policy, as set out in the report and Appendices "
                   "1 to 3;"),
        ("clause", "b)\trecommended to the Cabinet that the disability-related expenditure "
                   "allowance in the revised policy be set at \u00a325 a week;"),
        ("clause", "c)\tagreed that the comments of the Committee, as set out above, be reported "
                   "to the Cabinet when it considers the report on 8 April 2025."),
    ]),
    ("720", "Council Plan Performance Monitoring and Risk Register Review Quarter 3 2024/25", [
        ("label", "Discussion:"),
        ("p", "The Corporate Performance Lead introduced the report which summarised "
              "performance in Quarter 3 2024/25 against the Council Plan measures that fall "
              "within the remit of this Committee, together with the strategic risks. Of the "
              "11 measures, six had met or exceeded their target (green), two were slightly "
              "below target (amber) and three were significantly below target (red)."),
        ("p", "Members then raised a number of questions and comments, which included:"),
        ("p", "**Stop smoking service \u2013** A Member asked why the measure for the number of "
              "people setting a quit date with the stop smoking service was red for the "
              "second quarter running. The Director of Public Health said that the service had "
              "lost two of its advisers during the summer and that both posts had now been "
              "filled. Referrals from the maternity service had also increased since the "
              "service moved into the family hubs."),
        ("p", "**Reablement \u2013** A Member queried the fall in the proportion of older people "
              "who were still at home 91 days after discharge from hospital into reablement "
              "services, which had dropped to 79.2% against a target of 84%. The Assistant "
              "Director, Adult Social Care, said that more people with complex needs were now "
              "being discharged home rather than to a care home, which was the right outcome "
              "for them but made the target harder to meet."),
        ("p", "**Care market risk \u2013** A Member questioned why the strategic risk relating "
              "to the sustainability of the local care market had been reduced from a D2 to a "
              "C2 rating when providers were facing higher employer national insurance "
              "contributions from April 2025. The Assistant Director, Adult Social Care, "
              "said that the rating reflected the 6.8% uplift in fee rates agreed for "
              "2025/26 and the fact that no care home in Wardenmouth had closed in the last "
              "year, but that the risk would be reassessed in Quarter 1."),
        ("label", "Decision:"),
        ("p", "The Committee considered the Quarter 3 2024/25 performance against the measures "
              "used to monitor progress against the Council's priorities and the strategic "
              "risks within the remit of this Committee."),
    ]),
    ("721", "Work programme", [
        ("label", "Discussion:"),
        ("p", "The Senior Democratic Services Officer introduced the report which set out the "
              "Committee's current work programme and the items proposed for the 2025/26 "
              "municipal year. It was noted that the item on the Joint Local Health and "
              "Wellbeing Strategy had been moved from June to July 2025 at the request of the "
              "ICB."),
        ("p", "A Member requested that an item on the recommissioning of the home care framework "
              "be added to the work programme for the meeting on 16 October 2025, so that the "
              "Committee could comment before the tender was issued. Another Member suggested "
              "that the Committee set up a task group in 2025/26 to look at crisis support for "
              "adults with mental health needs. The Chairperson said that this would be "
              "considered at the work programming session for all overview and scrutiny "
              "members in May."),
        ("label", "Decision:"),
        ("p", "The Committee agreed the work programme as set out at Appendix 1 to the report, "
              "subject to the addition of an item on the recommissioning of the home care "
              "framework to the meeting on 16 October 2025."),
    ]),
]

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-13",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # 716 Portfolio Holder
        q("716", "question",
          "but asked how long the longest waiting person had been waiting",
          None,
          "all new referrals were triaged on receipt and that anyone whose needs were urgent",
          "Portfolio Holder", ["adult-social-care"]),
        q("716", "question",
          "In response to a question on the use of agency social workers",
          None,
          "the number of agency social workers in adult services had reduced from 31 to 14",
          "Portfolio Holder", ["workforce", "adult-social-care", "finance"]),
        q("716", "question",
          "whether the Council had considered bringing more home care back in-house",
          None,
          "There were no current plans to bring long-term home care in-house",
          "Portfolio Holder",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("716", "comment",
          "A Member commented that unpaid carers in her ward had told her",
          None, None, None, ["adult-social-care"]),
        q("716", "question",
          "asked how many safeguarding concerns had been received in the last quarter",
          None,
          "1,142 concerns had been received in Quarter 3, of which 23% had progressed",
          "Director of Adult Social Care", ["adult-social-care"]),
        q("716", "question",
          "would be sufficient to keep the discharge to assess beds at Lydgate",
          None,
          "the Council had not yet received confirmation of its 2025/26 allocation",
          "Portfolio Holder", ["integration", "finance", "adult-social-care"]),
        # 717 Crayfold MIU
        q("717", "request",
          "She asked the Committee to find that the permanent closure was a substantial variation",
          "Mrs Dawn Pellow", None, None,
          ["patient-and-public-input", "governance"]),
        q("717", "question",
          "asked how many patients had used the MIU between 10pm and 8am",
          None,
          "an average of 4.2 patients a night had attended overnight in 2022/23",
          "Chief Operating Officer", []),
        q("717", "concern",
          "closing the MIU overnight would add to the pressure on the emergency department",
          None,
          "had found no measurable increase in overnight attendances at the emergency department",
          "Chief Operating Officer", []),
        q("717", "question",
          "whether the Trust had tried to recruit emergency nurse practitioners to staff the MIU",
          None,
          "the Trust had advertised the posts on four occasions in 2023 and 2024",
          "Deputy Chief Nurse", ["workforce", "finance"]),
        q("717", "question",
          "asked what consideration had been given to this in the Trust's equality impact assessment",
          None,
          "undertook to provide a written response on this point after the meeting",
          "Chief Operating Officer", []),
        q("717", "question",
          "asked why the Trust had not carried out a formal public consultation",
          None,
          "the Trust had carried out a six week engagement exercise in the autumn of 2024",
          "Chief Operating Officer", ["patient-and-public-input"]),
        q("717", "request",
          "He requested that the Trust improve the signage outside the MIU",
          "Healthwatch Wardenmouth representative",
          "agreed to do this by the end of April 2025",
          "Chief Operating Officer", ["patient-and-public-input"]),
        # 718 Dentistry
        q("718", "question",
          "asked the ICB to confirm how many practices were currently taking on new NHS patients",
          "Councillor Brennan",
          "three of the 31 NHS dental practices in Wardenmouth were accepting new adult patients",
          "Head of Primary Care Dental Commissioning", ["primary-care"]),
        q("718", "question",
          "asked what a resident with toothache and no dentist should do",
          None,
          "they should call NHS 111, which could book them into one of the urgent dental",
          "Head of Primary Care Dental Commissioning", ["primary-care", "subcontracting"]),
        q("718", "question",
          "asked what was being done to improve the oral health of children",
          None,
          "had started a supervised toothbrushing programme in 22 nurseries and primary schools",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("718", "comment",
          "commented that the national dental contract was not fit for purpose",
          None,
          "the ICB shared these concerns and had raised them with NHS England",
          "Head of Primary Care Dental Commissioning", ["primary-care", "finance"]),
        q("718", "question",
          "queried whether the ICB had underspent its dental budget in 2023/24",
          None,
          "had been underspent by £3.1 million in 2023/24 because practices had not delivered",
          "Head of Primary Care Dental Commissioning", ["primary-care", "finance"]),
        q("718", "question",
          "In response to a question about the national new patient premium",
          None,
          "14 practices in Wardenmouth had claimed the premium and that around 2,600 new patients",
          "Head of Primary Care Dental Commissioning", ["primary-care", "finance"]),
        # 719 Charging policy
        q("719", "question",
          "asked what had changed as a result of the consultation",
          None,
          "the proposal to charge for a second carer had been withdrawn in response",
          "Head of Financial Assessment and Income",
          ["patient-and-public-input", "adult-social-care", "finance"]),
        q("719", "concern",
          "Concerns were expressed that the changes would fall most heavily on younger disabled adults",
          None,
          "everyone affected would receive an individual financial assessment and that nobody",
          "Director of Adult Social Care", ["finance", "adult-social-care"]),
        q("719", "request",
          "A Member requested that the allowance for disability-related expenditure be increased",
          None,
          "she would take the Committee's view into account before the Cabinet meeting",
          "Portfolio Holder", ["finance", "adult-social-care"]),
        q("719", "question",
          "asked how the arrangement fee had been calculated and whether the Council was able",
          None,
          "allowed local authorities to charge a fee to cover the cost of arranging care",
          "Principal Lawyer", ["finance", "governance", "adult-social-care"]),
        q("719", "question",
          "In response to a question on how much the changes would raise",
          None,
          "were expected to generate additional income of £1.37 million in a full year",
          "Head of Financial Assessment and Income", ["finance"]),
        q("719", "request",
          "asked that the letters to people whose contributions would change be written in plain English",
          None,
          "the letters had been tested with the Council's Making It Real group",
          "Head of Financial Assessment and Income",
          ["patient-and-public-input", "adult-social-care"]),
        # 720 Performance
        q("720", "question",
          "people setting a quit date with the stop smoking service was red",
          None,
          "the service had lost two of its advisers during the summer",
          "Director of Public Health", ["public-health", "workforce"]),
        q("720", "question",
          "queried the fall in the proportion of older people who were still at home",
          None,
          "more people with complex needs were now being discharged home rather than to",
          "Assistant Director, Adult Social Care", ["adult-social-care"]),
        q("720", "question",
          "questioned why the strategic risk relating to the sustainability of the local care market",
          None,
          "the rating reflected the 6.8% uplift in fee rates agreed for 2025/26",
          "Assistant Director, Adult Social Care",
          ["governance", "adult-social-care", "finance", "workforce"]),
        # 721 Work programme
        q("721", "request",
          "requested that an item on the recommissioning of the home care framework be added",
          None, None, None, ["subcontracting", "adult-social-care"]),
        q("721", "request",
          "suggested that the Committee set up a task group in 2025/26",
          None,
          "this would be considered at the work programming session for all overview",
          "Chairperson", ["mental-health", "governance"]),
    ],
    "resolutions": [
        r("713", "held on 16 January 2025 was agreed and signed by the Chairperson as correct",
          "agreed", []),
        r("716", "The Committee noted the report and thanked the Portfolio Holder", "noted", []),
        r("717", "determine that the proposal represented a substantial variation to the health service",
          "rejected", ["governance"]),
        r("717", "does not represent a substantial development of, or variation to, the health service",
          "agreed", ["governance"]),
        r("718", "The Committee noted the report and requested that the ICB provide a further update",
          "agreed", ["primary-care"]),
        r("719", "recommended to the Cabinet that the disability-related expenditure allowance",
          "recommended", ["finance", "adult-social-care"]),
        r("720", "The Committee considered the Quarter 3 2024/25 performance against the measures",
          "noted", []),
        r("721", "The Committee agreed the work programme as set out at Appendix 1",
          "agreed", ["subcontracting", "adult-social-care"]),
    ],
    "attendees": [
        {"name": "Carvell", "role": "Chairperson", "attendance": "present"},
        {"name": "Okonjo", "role": "Vice-Chairperson", "attendance": "present"},
        {"name": "Brennan", "role": None, "attendance": "present"},
        {"name": "Mrs Harpreet Dhaliwal", "role": None, "attendance": "present"},
        {"name": "Paul Dhaliwal", "role": None, "attendance": "present"},
        {"name": "Hartnell", "role": None, "attendance": "present"},
        {"name": "Mwangi", "role": None, "attendance": "present"},
        {"name": "Pettifer", "role": None, "attendance": "present"},
        {"name": "Sandhu", "role": None, "attendance": "present"},
        {"name": "Veale", "role": None, "attendance": "present"},
        {"name": "Colin Marsh", "role": "Healthwatch Wardenmouth", "attendance": "present"},
        {"name": "Tolputt", "role": "Substitute for Councillor Lammas", "attendance": "present"},
        {"name": "Lammas", "role": None, "attendance": "apologies"},
        {"name": "Stebbings", "role": None, "attendance": "apologies"},
        {"name": "Councillor Ruth Finch", "role": "Portfolio Holder for Adult Services",
         "attendance": "in_attendance"},
        {"name": "Bernadette Quayle", "role": "Director of Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Dr Imogen Latchford", "role": "Director of Public Health",
         "attendance": "in_attendance"},
        {"name": "Simon Ferriday", "role": "Assistant Director, Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Elaine Stych", "role": "Head of Financial Assessment and Income",
         "attendance": "in_attendance"},
        {"name": "Rhys Pemberton",
         "role": "Chief Operating Officer, Estuary Valley NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Leanne Oduya",
         "role": "Deputy Chief Nurse, Estuary Valley NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Martin Goodier",
         "role": "Head of Primary Care Dental Commissioning, Weald and Estuary Integrated "
                 "Care Board",
         "attendance": "in_attendance"},
        {"name": "Tom Askew", "role": "Corporate Performance Lead",
         "attendance": "in_attendance"},
        {"name": "Priya Venn", "role": "Principal Lawyer - People",
         "attendance": "in_attendance"},
        {"name": "Kieran Doyle", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------

def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Record(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Sans", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 5, RUNNING_HEAD, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-17)
            self.set_font("Sans", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_x(20)
            self.cell(170, 4.5,
                      "This record is available on our website \u2013 www.wardenmouth.gov.uk",
                      align="C")
            self.ln(4.5)
            self.set_x(20)
            self.cell(170, 4.5, str(self.page_no()), align="C")
            self.set_text_color(0, 0, 0)

    FS, LH = 10, 4.9
    pdf = Record(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2025, 3, 20, 10, 15, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Record of the meeting - Health and Adult Social Care Overview and Scrutiny "
                  "Committee, 13 March 2025")
    pdf.set_author("Democratic Services, Wardenmouth Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    # -- front block ------------------------------------------------------
    pdf.set_font("Sans", "B", 15)
    pdf.set_xy(140, 14)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(50, 7, "Wardenmouth", align="R")
    pdf.set_xy(140, 21)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(50, 4, "Serving You", align="R")
    pdf.set_text_color(0, 0, 0)

    pdf.set_xy(20, 34)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(150, 6.5, COMMITTEE)
    pdf.ln(3)
    pdf.set_font("Sans", "", FS)
    for label, value in (("Date:", "13 March 2025"), ("Time:", "6.30pm to 9.48pm"),
                         ("Venue:", "Meeting Room 2 - Level 3, Harbour Wharf, Quay Road, "
                                    "Wardenmouth WM4 4TQ")):
        pdf.set_x(20)
        pdf.set_font("Sans", "B", FS)
        pdf.cell(18, 5.5, label)
        pdf.set_font("Sans", "", FS)
        pdf.multi_cell(152, 5.5, value)
    pdf.ln(4)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(170, 6, "Record of the meeting")
    pdf.ln(6)
    pdf.set_x(20)
    pdf.set_font("Sans", "I", 9.5)
    pdf.cell(170, 5, "Subject to approval as an accurate record at the next meeting of this "
                     "committee")
    pdf.ln(9)

    LABEL_W = 34
    for label, value in ATTENDANCE:
        pdf.set_x(20)
        pdf.set_font("Sans", "", FS)
        pdf.multi_cell(170, LH, f"**{label}** {value}", markdown=True)
        pdf.ln(2.2)
    pdf.set_x(20)
    pdf.set_font("Sans", "B", FS)
    y0 = pdf.get_y()
    pdf.cell(LABEL_W, LH, "In Attendance:")
    pdf.set_font("Sans", "", FS)
    pdf.set_xy(20 + LABEL_W + 2, y0)
    for line in IN_ATTENDANCE:
        pdf.set_x(20 + LABEL_W + 2)
        pdf.multi_cell(170 - LABEL_W - 2, LH, line)
    pdf.ln(5)

    # -- items --------------------------------------------------------------
    NUM_X, BODY_X = 20, 36
    pdf.set_left_margin(BODY_X)
    body_w = 190 - BODY_X
    for number, title, blocks in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 11)
        pdf.set_xy(NUM_X, y0)
        pdf.cell(BODY_X - NUM_X, 5.8, number)
        pdf.set_xy(BODY_X, y0)
        pdf.multi_cell(body_w, 5.8, title)
        pdf.ln(2.5)
        for kind, text in blocks:
            if kind == "label":
                pdf.set_font("Sans", "B", FS)
                pdf.set_x(BODY_X)
                pdf.multi_cell(body_w, LH, text)
                pdf.ln(1.8)
            elif kind == "sub":
                pdf.set_font("Sans", "B", FS)
                pdf.set_x(BODY_X)
                pdf.multi_cell(body_w, LH, text)
                pdf.ln(0.8)
            elif kind == "clause":
                letter, rest = text.split("\t", 1)
                pdf.set_font("Sans", "", FS)
                y = pdf.get_y()
                if y > 268:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_xy(BODY_X, y)
                pdf.cell(8, LH, letter)
                pdf.set_left_margin(BODY_X + 8)
                pdf.set_xy(BODY_X + 8, y)
                pdf.multi_cell(body_w - 8, LH, rest)
                pdf.set_left_margin(BODY_X)
                pdf.ln(1.8)
            else:
                pdf.set_font("Sans", "", FS)
                pdf.set_x(BODY_X)
                pdf.multi_cell(body_w, LH, text, markdown=True)
                pdf.ln(2.2)
        pdf.ln(2)

    # -- signature block ----------------------------------------------------
    pdf.set_left_margin(20)
    if pdf.get_y() > 225:
        pdf.add_page()
    pdf.ln(8)
    pdf.set_font("Sans", "", FS)
    for line in ("Chairperson", "", "Date:", ""):
        pdf.set_x(20)
        pdf.cell(170, 5.5, line)
        pdf.ln(6)
    pdf.ln(4)
    pdf.set_font("Sans", "B", FS)
    pdf.set_x(20)
    pdf.cell(170, 5.5, "Kieran Doyle, Senior Democratic Services Officer")
    pdf.ln(5.5)
    pdf.set_font("Sans", "", FS)
    for line in ("Telephone: 01632 960417",
                 "Email: democratic.services@wardenmouth.gov.uk"):
        pdf.set_x(20)
        pdf.cell(170, 5.5, line)
        pdf.ln(5.5)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The petition page (not minutes)
# ---------------------------------------------------------------------------

PETITION_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Keep Crayfold Minor Injuries Unit open overnight | Petitions | Wardenmouth Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/wardenmouth.min.css?v=2025.3">
</head>
<body class="page-petition">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="site-logo" href="/"><img src="/assets/img/wardenmouth-logo.svg" alt="Wardenmouth Council - Serving You"></a>
    <form class="site-search" action="/search" method="get" role="search">
      <label for="q" class="visually-hidden">Search this site</label>
      <input id="q" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council Tax</a></li>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/petitions">Petitions</a></li>
    <li aria-current="page">Keep Crayfold Minor Injuries Unit open overnight</li>
  </ol>
</nav>

<main id="main-content" class="container">
  <h1>Keep Crayfold Minor Injuries Unit open overnight</h1>

  <dl class="petition-summary">
    <dt>Petition reference</dt><dd>PET/2024/0117</dd>
    <dt>Lead petitioner</dt><dd>Mrs D Pellow</dd>
    <dt>Opened</dt><dd>2 December 2024</dd>
    <dt>Closed</dt><dd>31 January 2025</dd>
    <dt>Signatures</dt><dd>2,314 (1,906 online and 408 on paper)</dd>
    <dt>Status</dt><dd><span class="badge badge--closed">Response published</span></dd>
  </dl>

  <h2>Petition wording</h2>
  <blockquote>
    <p>We the undersigned call on Wardenmouth Council to use its health scrutiny powers to
    ask Estuary Valley NHS Foundation Trust to reopen Crayfold Minor Injuries Unit between
    10pm and 8am. Since the unit closed at night, people in Crayfold and the Saltings who
    do not drive have nowhere to go except the emergency department at Wardenmouth General
    Hospital, which is over five miles away with no buses late at night.</p>
    <p>Why should we have to call an ambulance for a cut hand or a sprain? We ask the
    council to stand up for local people and demand that the Trust holds a proper public
    consultation before it makes the closure permanent.</p>
  </blockquote>

  <h2>How the council dealt with this petition</h2>
  <p>Because the petition received more than 1,500 signatures and concerns an NHS service,
  it was referred under our <a href="/petitions/scheme">petition scheme</a> to the Health and
  Adult Social Care Overview and Scrutiny Committee. The committee considered the petition
  alongside a report from Estuary Valley NHS Foundation Trust at its meeting on
  13 March 2025, and Mrs Pellow spoke at the meeting.</p>

  <h2>Response from the council</h2>
  <p><em>Published 24 March 2025 on behalf of the Chairperson of the Health and Adult
  Social Care Overview and Scrutiny Committee.</em></p>
  <p>Thank you for your petition. The council does not run the minor injuries unit, which is
  the responsibility of Estuary Valley NHS Foundation Trust, but our scrutiny committee has a
  legal duty to look at proposals to change local health services.</p>
  <p>At the meeting, councillors questioned the Trust about how many people used the unit at
  night, the effect on the emergency department, the Trust's attempts to recruit nurses for
  the night shifts and the lack of late-night buses. A proposal that the change should be
  treated as a substantial variation was put to the vote and was not carried. The committee
  therefore concluded that the change does not require a formal public consultation, but it
  asked the Trust to reply in writing on the transport concerns and to report back on
  emergency department performance in six months.</p>
  <p>The Trust has also agreed to put clearer signs outside the unit and to update its website
  by the end of April 2025 so that people know where to go at night.</p>
  <p>You can read the report and <a href="/meetings/hasc-osc/2025-03-13">the record of the
  meeting</a> on our meetings pages.</p>

  <h2>Questions people have asked us</h2>
  <details>
    <summary>Can the council overturn the Trust's decision?</summary>
    <p>No. Decisions about hospital services are made by the NHS. Where a change is a
    substantial variation, the committee can comment on it and, in some cases, ask the
    Secretary of State for Health and Social Care to intervene.</p>
  </details>
  <details>
    <summary>Where should I go for a minor injury at night?</summary>
    <p>Call NHS 111 or visit 111.nhs.uk. They can book you into the urgent treatment centre
    at Wardenmouth General Hospital, which is open 24 hours a day. In an emergency, call 999.</p>
  </details>
  <details>
    <summary>Will the petition be looked at again?</summary>
    <p>The committee will receive a progress report from the Trust in the autumn. If you are
    not satisfied with how your petition was handled, you can ask for a review by writing to
    Democratic Services within 28 days of this response.</p>
  </details>

  <p class="page-meta">Last updated: 24 March 2025</p>
</main>

<aside class="related">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/petitions/start">Start a petition</a></li>
    <li><a href="/petitions/scheme">Our petition scheme</a></li>
    <li><a href="/scrutiny">Overview and scrutiny</a></li>
  </ul>
</aside>

<footer class="site-footer">
  <div class="container">
    <ul>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy and cookies</a></li>
    </ul>
    <p>&copy; Wardenmouth Council, Harbour Wharf, Quay Road, Wardenmouth WM4 4TQ</p>
  </div>
</footer>
</body>
</html>
"""

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# build / check
# ---------------------------------------------------------------------------

def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    (DOCS / OTHER_NAME).write_text(PETITION_HTML, encoding="utf-8")
    write_json(GOLD / (Path(MINUTES_NAME).stem + ".json"), MINUTES_GOLD)
    write_json(GOLD / (Path(OTHER_NAME).stem + ".json"), OTHER_GOLD)
    print("wrote", DOCS / MINUTES_NAME)
    print("wrote", DOCS / OTHER_NAME)


_PUNCT = set(string.punctuation) | {"\u2013", "\u2014", "\u2018", "\u2019", "\u201c",
                                    "\u201d", "\u00a3", "\u2022", "\u2026"}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(" " if ch in _PUNCT and ch in "\u2013\u2014" else
                   ("" if (ch in _PUNCT or unicodedata.category(ch).startswith("P")) else ch)
                   for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("iy-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = normalise(document_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            norm = normalise(phrase)
            count = text.count(norm)
            ok = count == 1 and 6 <= n_words <= 15
            if not ok:
                failures += 1
                print(f"FAIL {gold['document']} {kind} ({n_words} words, {count} hits): {phrase}")
        items = gold.get("items", [])
        for item in items:
            if normalise(item["title"]) not in text:
                print(f"WARN title not found verbatim: {item['number']} {item['title']}")
        for a in gold.get("attendees", []):
            if normalise(a["name"]) not in text:
                failures += 1
                print(f"FAIL attendee not found: {a['name']}")
        print(f"checked {gold['document']}: {len(phrases)} phrases")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="verify gold phrases")
    args = ap.parse_args()
    if args.check:
        return check()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
