#!/usr/bin/env python3
"""Build the "pb-" documents of round 209 and their gold annotations.

Usage:  build_pb.py           build documents/pb-* and gold/pb-*.json
        build_pb.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

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

MINUTES_NAME = "pb-kimbleshire-hasc-select-committee-2025-11-20.docx"
AGENDA_NAME = "pb-kimbleshire-hasc-select-committee-agenda-2026-01-22.pdf"

FIXED = dt.datetime(2025, 11, 27, 14, 12, 0)
FIXED_ZIP = (2025, 11, 27, 14, 12, 0)
FIXED_PDF = dt.datetime(2026, 1, 13, 16, 40, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "Health and Adult Social Care Select Committee"


def typo(s: str) -> str:
    """Word's autocorrect: straight apostrophes become curly ones."""
    return s.replace("'", "\u2019")


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Block kinds inside an item's right-hand cell:
#   ("p", text)      plain paragraph
#   ("q", text)      quoted paragraph in italics, indented
#   ("b", text)      bullet (List Bullet)
#   ("b2", text)     second-level bullet (List Bullet 2)
#   ("res", text)    bold "RESOLVED:" run into the text
#   ("act", text)    bold "Action:" run into the text
#   ("rag", rows)    a nested table

MEMBERS = ("T Hartnell (Chairman), R Osei-Bonsu (Vice-Chairman), M Chaudhry, L Drinkwater, "
           "E Fairweather, G Lomax, H Pettigrew, A Quennell, J Sowande, K Underhill and "
           "W Yelland")
OTHERS = ("Mr S Abara, Ms L Carrow, Dr P Faulkner, Ms H Greenaway, Mr C Ibekwe, "
          "Cllr A Morcombe, Cllr N Prideaux, Ms J Rowntree, Mr D Sandys and Mrs E Tolland")
APOLOGIES = "D Tremlett and F Vokins"

PUBLIC_QUESTIONS_TEXT = (
    "Public Questions is an opportunity for people who live, work or study in Kimbleshire "
    "to put a question to a Select Committee. The Committee will hear from members of the "
    "public who have submitted questions in advance relating to items on the agenda. The "
    "Cabinet Member, or a local service provider, will be invited to respond.")

RAG_ROWS = [
    ("No.", "Recommendation (summary)", "Lead", "Progress reported", "Proposed rating",
     "Committee rating"),
    ("1", "Commission additional urgent dental care sessions in the north of the county",
     "ICB", "2,940 additional urgent sessions commissioned at four practices since "
     "January 2025", "Green", "Green"),
    ("2", "Publish a monthly list of practices accepting new NHS patients, including in "
     "libraries", "ICB", "List published on the ICB website each month; printed copies not "
     "yet in libraries", "Amber", "Amber"),
    ("3", "Extend supervised toothbrushing to all early years settings in the most deprived "
     "areas", "Council (Public Health)", "41 of the 58 target settings signed up", "Amber",
     "Amber"),
    ("4", "Press Government for reform of the national dental contract", "Council / ICB",
     "Letters sent to the Minister in December 2024 and May 2025", "Green", "Green"),
    ("5", "Develop a flexible commissioning scheme for patients with high needs", "ICB",
     "Scheme launched in July 2025 at six practices", "Green", "Amber"),
    ("6", "Secure dental care for care home residents through a domiciliary service", "ICB",
     "Procurement delayed to 2026/27", "Red", "Red"),
    ("7", "Report orthodontic waiting times to the Committee each year", "ICB",
     "First figures included in this update", "Green", "Green"),
    ("8", "Work with the Dental School to create training places in Kimbleshire", "ICB",
     "Discussions under way; no places agreed", "Amber", "Red"),
]

ITEMS = [
    ("1", "Apologies", [
        ("p", "Apologies were received from Cllr D Tremlett and Cllr F Vokins."),
        ("p", "Cllr W Yelland advised that she would need to leave the meeting at 12.15 pm."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Cllr H Pettigrew declared a personal interest in item 8 as a member of her "
              "family was employed as a dental nurse at a practice in Halcott Bridge."),
        ("p", "Cllr G Lomax declared a personal interest in item 7 as a trustee of the "
              "Kimbleshire Carers Forum."),
    ]),
    ("3", "Minutes of the previous meeting", [
        ("res", "That the minutes of the meeting held on Thursday 18 September 2025 be agreed "
                "as a correct record."),
        ("p", "In relation to the outstanding actions, the Senior Scrutiny Officer reported "
              "that the figures on delayed discharges by hospital site had been circulated to "
              "Members on 9 October 2025 and that the remaining action, on dental care for "
              "care home residents, would be picked up under item 8."),
    ]),
    ("4", "Public Questions", [
        ("p", PUBLIC_QUESTIONS_TEXT),
        ("p", "One question had been received, from Mr G Haverstock of Lower Sedley, relating "
              "to item 6 (Integrated Lifestyle Service \u2013 Proposed Re-procurement). As "
              "Mr Haverstock was unable to attend, the Chairman read out the question on his "
              "behalf:"),
        ("q", "\u201cMy wife and I both gave up smoking with help from the Quit Well team at "
              "Sedley Health Centre. I understand the council now intends to put the whole "
              "lifestyle service out to tender as one contract. Why is the council handing a "
              "service that works to whichever national company puts in the cheapest bid, and "
              "what guarantee is there that the local clinics will remain?\u201d"),
        ("p", "Cllr A Morcombe, Cabinet Member for Health and Wellbeing, responded as follows:"),
        ("q", "\u201cThank you for your question, and I am delighted to hear that you and your "
              "wife have both quit. No decision has been taken to award the contract to any "
              "particular organisation. Bids will be evaluated on quality as well as price, "
              "and every bidder will have to set out how they will provide face-to-face "
              "support in each community board area, including Lower Sedley. The current "
              "contract runs until 30 September 2026 and the service will continue without "
              "interruption until then.\u201d"),
        ("p", "A copy of the response would be sent to Mr Haverstock."),
    ]),
    ("5", "Chairman's Update", [
        ("p", "The Chairman provided the following update:"),
        ("b", "The Chairman and Vice-Chairman had met the Chief Executive of Kimbleshire "
              "Healthcare NHS Trust on 4 November 2025 to discuss the Trust's winter plan. A "
              "note of the meeting would be circulated to Members."),
        ("b", "The Integrated Care Board had confirmed that its public consultation on the "
              "future of the Minor Injuries Unit at Pennock Green Community Hospital had been "
              "postponed until the spring of 2026."),
        ("b", "The Committee's response to the draft Kimbleshire Pharmaceutical Needs "
              "Assessment had been submitted to the Health and Wellbeing Board on 30 October "
              "2025."),
        ("p", "Cllr A Quennell asked whether the Committee would be formally consulted on the "
              "Minor Injuries Unit proposals before the ICB's Board took a decision. The "
              "Chairman confirmed that the ICB had given a commitment to bring the proposals to "
              "the Committee's March meeting, ahead of any decision."),
    ]),
    ("6", "Integrated Lifestyle Service \u2013 Proposed Re-procurement", [
        ("p", "The Chairman welcomed the following to the meeting:"),
        ("b", "Cllr A Morcombe, Cabinet Member for Health and Wellbeing"),
        ("b", "Dr P Faulkner, Director of Public Health and Community Safety"),
        ("b", "Mr D Sandys, Head of Public Health Commissioning"),
        ("p", "The Committee had received a report setting out the proposed approach to "
              "re-procuring the council's Integrated Lifestyle Service, which brings together "
              "stop smoking support, adult weight management, NHS Health Checks and physical "
              "activity referral under a single contract. The current contract, held by "
              "Kimble Wellbeing CIC working with three local subcontractors, ends on 30 "
              "September 2026. A decision on the procurement route was due to be taken by "
              "Cabinet in February 2026."),
        ("p", "During the presentation, the following main points were made:"),
        ("b", "The service had supported 2,146 people to set a quit date in 2024/25, of whom "
              "1,158 (54%) had quit at four weeks, which was above the national average."),
        ("b", "Smoking prevalence in Kimbleshire had fallen to 9.8% of adults but remained at "
              "19.4% among people in routine and manual occupations."),
        ("b", "The council had received an additional \u00a3611,000 through the national "
              "Local Stop Smoking Services and Support Grant for 2025/26. This had been used "
              "to open more community clinics and to offer e-cigarette starter kits through a "
              "swap-to-stop scheme for adult smokers."),
        ("b", "Soft market testing over the summer had drawn interest from nine organisations. "
              "Officers proposed a single contract of five years with the option to extend by "
              "up to two further years, with a total value of up to \u00a314.2 million."),
        ("b", "A ten-week engagement exercise with residents and people currently using the "
              "service had received 486 responses."),
        ("p", "During discussion, Members asked questions and the following points were noted:"),
        ("b", "A Member asked why the council was proposing a single lead provider rather than "
              "separate contracts for each element, given that local voluntary organisations "
              "might find it difficult to bid for a contract of this size."),
        ("b2", "The Head of Public Health Commissioning explained that a single contract "
               "allowed one assessment and referral route for residents. The specification "
               "would allow the lead provider to subcontract parts of the service to local "
               "organisations, and social value would make up 10% of the quality score."),
        ("b", "The Vice-Chairman raised concern that a large national provider could win the "
              "contract on price, and that the local knowledge and relationships built up "
              "with GP surgeries over the last seven years would be lost."),
        ("b2", "The Director of Public Health acknowledged the concern. Quality would carry "
               "60% of the marks and price 40%, and bidders would have to demonstrate how they "
               "would keep delivery in GP practices and community pharmacies. TUPE would apply "
               "to staff of the current provider."),
        ("b", "A Member asked how vaping would be treated in the new service, noting concerns "
              "from schools in the north of the county about the number of pupils vaping."),
        ("b2", "Dr Faulkner explained that the specification treated vaping as a route to "
               "quitting for adult smokers only. Work on youth vaping sat with the Trading "
               "Standards team and the schools health programme; there had been 23 test "
               "purchases in 2025, and 7 sales to under-18s had been identified."),
        ("b", "Cllr J Sowande requested that the service be required to report quit rates by "
              "ward and by deprivation decile, so that the Committee could see whether the gap "
              "in smoking prevalence was narrowing."),
        ("b2", "The Head of Public Health Commissioning confirmed that reporting by deprivation "
               "decile would be a key performance indicator in the new contract."),
        ("b", "A Member asked how the views of people who had used the weight management "
              "service had shaped the specification."),
        ("b2", "It was noted that the most common requests in the engagement exercise had been "
               "for evening and online sessions and for support that continued beyond 12 "
               "weeks; both had been built into the specification."),
        ("b", "A Member questioned whether the budget of \u00a314.2 million over seven years "
              "allowed for inflation and the rise in employers' National Insurance "
              "contributions."),
        ("b2", "The Head of Public Health Commissioning advised that the contract included an "
               "annual uplift linked to the Public Health Grant settlement, and that the "
               "modelling assumed an increase of 3% a year."),
        ("act", "Mr D Sandys to circulate the financial modelling and the evaluation weightings "
                "to Members."),
        ("p", "The Chairman thanked the presenters for attending."),
        ("res", "The Committee NOTED the report and AGREED that the Chairman write to the "
                "Cabinet Member for Health and Wellbeing setting out the Committee's comments "
                "ahead of the Cabinet decision in February 2026, in particular on the weighting "
                "given to social value and local delivery."),
    ]),
    ("7", "Care at Home: Subcontracting and Quality Assurance", [
        ("p", "The Chairman welcomed the following to the meeting:"),
        ("b", "Cllr N Prideaux, Cabinet Member for Adult Social Care"),
        ("b", "Mr C Ibekwe, Corporate Director, Adults and Health"),
        ("b", "Ms J Rowntree, Head of Integrated Commissioning"),
        ("p", "The Committee had requested this item following concerns raised at its July "
              "meeting about the use of subcontracting within the Care at Home framework. The "
              "Cabinet Member introduced the report, which set out that the council "
              "commissioned around 1.31 million hours of home care a year from 64 providers, "
              "11 of which were lead providers in the zoned model introduced in April 2024."),
        ("p", "During the presentation, the following main points were made:"),
        ("b", "Lead providers could subcontract up to 25% of the hours in their zone with the "
              "council's written agreement. At the end of September 2025, 9 of the 11 lead "
              "providers were subcontracting, covering 18% of zoned hours."),
        ("b", "Subcontracted providers had to meet the same contract standards as lead "
              "providers, including paying care workers at least the real Living Wage and "
              "paying for travel time between calls."),
        ("b", "87% of providers in the county were rated Good or Outstanding by the Care "
              "Quality Commission, compared with 84% nationally."),
        ("b", "The number of people waiting for a home care package had fallen from 142 in "
              "January 2025 to 31 at the end of October 2025."),
        ("p", "During discussion, Members asked questions and the following points were noted:"),
        ("b", "A Member asked how the council knew which organisation was actually delivering "
              "care to an individual on a given day, if care could be passed from a lead "
              "provider to a subcontractor."),
        ("b2", "The Head of Integrated Commissioning explained that all providers were "
               "required to use the council's electronic call monitoring system, which "
               "recorded the carer and the provider for every visit. The Quality Team had made "
               "47 unannounced visits to subcontracted providers in the last year."),
        ("b", "Cllr E Fairweather raised concerns that some lead providers were keeping the "
              "more profitable town-centre packages and passing rural packages with long "
              "travel times to smaller subcontractors at a lower rate."),
        ("b2", "The Corporate Director said that the council did not set the rate paid to "
               "subcontractors, which was a commercial matter between providers, but the "
               "framework required the full hourly rate to be passed on where a package was "
               "subcontracted in full. He accepted that this had not always been checked and "
               "undertook to include it in contract monitoring from January."),
        ("b", "A Member asked whether care workers employed by subcontractors were paid for "
              "their travel time."),
        ("b2", "It was confirmed that payment for travel time was a condition of the framework "
               "for all tiers of provider. Compliance was tested through a sample of payslips "
               "at each annual contract review; two subcontractors had been found in breach in "
               "2025 and had repaid staff \u00a338,400 in total."),
        ("b", "The Vice-Chairman asked about the effect on the local care market of the "
              "withdrawal of sponsorship licences from several providers, and how many care "
              "workers recruited from overseas had been affected."),
        ("b2", "The Head of Integrated Commissioning reported that three providers in "
               "Kimbleshire had lost their licences during 2025, affecting 112 care workers. "
               "The council had worked with the regional partnership to help 71 of them find "
               "new sponsors locally, and no packages had been handed back as a result."),
        ("b", "Cllr G Lomax commented that carers had told the Carers Forum that they were "
              "rarely asked for their views when a care package moved from one provider to "
              "another."),
        ("b2", "The Cabinet Member agreed that this was not acceptable and said that a carers' "
               "reference group would be set up to help design the quality questions used in "
               "contract monitoring."),
        ("b", "A Member asked what proportion of home care was provided by private companies, "
              "and whether the council had considered bringing any provision back in-house."),
        ("b2", "The Corporate Director advised that all 64 providers were independent sector "
               "organisations, most of them small local businesses. An options appraisal on an "
               "in-house reablement and 'provider of last resort' service was being prepared "
               "and would be reported to Cabinet in 2026."),
        ("b", "A Member requested a breakdown of missed and late calls by zone and by type of "
              "provider."),
        ("act", "Ms J Rowntree to provide a breakdown of missed and late calls for each zone, "
                "showing lead providers and subcontractors separately."),
        ("res", "The Committee NOTED the report on subcontracting within the Care at Home "
                "framework."),
        ("p", "On the proposal of Cllr E Fairweather, seconded by the Vice-Chairman, it was "
              "unanimously"),
        ("res", "That the Committee RECOMMEND to Cabinet that, from the 2026 refresh of the "
                "Care at Home framework, lead providers be required to publish the hourly rate "
                "paid to each subcontractor."),
    ]),
    ("8", "NHS Dentistry Rapid Review \u2013 12 Month Recommendation Monitoring", [
        ("p", "The Chairman welcomed the following to the meeting:"),
        ("b", "Mr S Abara, Head of Primary Care Commissioning, Kimbleshire, Aylmere and "
              "Westhurst Integrated Care Board (KAW ICB)"),
        ("b", "Dr P Faulkner, Director of Public Health and Community Safety"),
        ("p", "The Senior Scrutiny Officer reminded Members that the Committee's rapid review "
              "of access to NHS dentistry had been presented to Cabinet and to the ICB in "
              "October 2024 with eight recommendations. Six had been accepted in full and two "
              "in part. Members were asked to assess progress against each recommendation "
              "using the Red, Amber, Green (RAG) ratings below. Where the Committee disagreed "
              "with the rating proposed by the responsible body, this is shown in the final "
              "column."),
        ("rag", RAG_ROWS),
        ("p", "During discussion, Members asked questions and the following points were noted:"),
        ("b", "Cllr H Pettigrew asked why Recommendation 6, on dental care for care home "
              "residents, had been rated Red, given that the review had found residents going "
              "more than two years without seeing a dentist."),
        ("b2", "Mr Abara explained that the procurement of a domiciliary dental service had "
               "been paused while the ICB reviewed its dental budget, as \u00a32.3 million of "
               "the 2024/25 ring-fenced allocation had been returned unspent. He apologised "
               "that the Committee had not been told of the delay sooner."),
        ("b", "A Member expressed concern that NHS dental money had been handed back unspent at "
              "a time when residents could not find a dentist."),
        ("b2", "Mr Abara said that the underspend arose because practices had not delivered "
               "their contracted activity. Since April 2025 the ICB had been able to move "
               "unspent funding into urgent sessions and the flexible commissioning scheme, and "
               "it did not expect to return any funding this year."),
        ("b", "The Vice-Chairman questioned the proposed Green rating for Recommendation 5, "
              "noting that only six practices had joined the flexible commissioning scheme, "
              "none of them in the Pennock Green area."),
        ("b2", "Mr Abara accepted that take-up had been lower than hoped and agreed to an Amber "
               "rating. A second round of expressions of interest would open in January 2026."),
        ("b", "A Member asked how many children in Kimbleshire had tooth decay at age five, and "
              "whether this was improving."),
        ("b2", "Dr Faulkner reported that the most recent national survey showed 19.6% of "
               "five-year-olds in Kimbleshire with experience of tooth decay, compared with "
               "23.7% in England, but the rate in the most deprived fifth of the county was "
               "more than double that in the least deprived."),
        ("b", "Cllr K Underhill asked that Recommendation 8 be rated Red rather than Amber, as "
              "no training places had been agreed after twelve months of discussion."),
        ("b2", "Mr Abara said that the ICB understood the Committee's frustration, but the "
               "Dental School had indicated it could not commit to outreach places before "
               "2027."),
        ("act", "Mr Abara to confirm the revised timetable for procuring the domiciliary dental "
                "service to the Senior Scrutiny Officer by 31 December 2025."),
        ("res", "The Committee AGREED the RAG ratings set out in the final column of the table "
                "above, and that a further update on the outstanding recommendations be "
                "brought to the Committee in November 2026."),
    ]),
    ("9", "Planned Care Waiting Times and Patient Experience", [
        ("p", "The Chairman welcomed the following to the meeting:"),
        ("b", "Ms L Carrow, Chief Operating Officer, Kimbleshire Healthcare NHS Trust"),
        ("b", "Ms H Greenaway, Chief Executive, Healthwatch Kimbleshire"),
        ("p", "Ms Carrow gave a presentation on waiting times for planned (elective) care at "
              "Kimbleshire Healthcare NHS Trust. Ms Greenaway presented the findings of "
              "Healthwatch Kimbleshire's report 'Waiting Well?', based on 614 survey responses "
              "and three listening events held between June and August 2025."),
        ("p", "During the presentation, the following main points were made:"),
        ("b", "The Trust's waiting list stood at 58,212 pathways at the end of September 2025, "
              "a reduction of 4,100 since March."),
        ("b", "61.8% of patients had been waiting less than 18 weeks, against a national "
              "target of 65% by March 2026. There were 212 patients waiting more than 52 "
              "weeks, most of them in trauma and orthopaedics, ENT and gynaecology."),
        ("b", "Around 2,300 cataract, hip and knee operations a year were carried out for the "
              "Trust's patients by two independent sector providers at the Brookmead Treatment "
              "Centre."),
        ("b", "Healthwatch had found that 7 in 10 respondents had not been told how long they "
              "were likely to wait, and 41% said their health had got worse while waiting."),
        ("p", "During discussion, Members asked questions and the following points were noted:"),
        ("b", "A Member asked whether the use of the independent sector for cataract and "
              "orthopaedic operations was drawing staff and funding away from the NHS."),
        ("b2", "Ms Carrow explained that the independent sector contracts were commissioned by "
               "the ICB at NHS prices and that patients remained on NHS pathways. The Brookmead "
               "contracts used theatre capacity the Trust did not have, and the surgeons "
               "working there were not Trust employees."),
        ("b", "Cllr M Chaudhry raised concerns about the 212 patients who had waited more than "
              "a year, and asked what was being done to support them while they waited."),
        ("b2", "Ms Carrow said that every patient waiting more than 40 weeks was now contacted "
               "by the Trust's 'waiting well' team, who checked whether their condition had "
               "changed and offered physiotherapy, pain management and weight management "
               "support. 1,940 patients had been contacted since June."),
        ("b", "A Member asked how the Trust would respond to the Healthwatch findings on poor "
              "communication, which mirrored what residents raised with Members in casework."),
        ("b2", "Ms Carrow said that the Trust accepted all six of Healthwatch's "
               "recommendations. A new patient portal would let patients see their place on "
               "the list from February 2026, and standard letters would be rewritten with the "
               "Trust's patient panel. Ms Greenaway welcomed the response and said that "
               "Healthwatch would check progress in six months."),
        ("b", "The Vice-Chairman asked about cancellations of operations on the day of surgery."),
        ("b2", "It was noted that 1.1% of planned operations had been cancelled on the day in "
               "2025/26 to date, most often because no bed was available at times of high "
               "emergency demand. A ring-fenced elective ward had opened at Halcott Bridge "
               "General Hospital in October."),
        ("b", "A Member requested that future updates show waiting times broken down by "
              "community board area, so that Members could see whether residents in the north "
              "of the county waited longer."),
        ("p", "Cllr W Yelland left the meeting at 12.15 pm during this item."),
        ("p", "The Chairman thanked Ms Carrow and Ms Greenaway for attending."),
        ("res", "The Committee NOTED the update on planned care waiting times and the "
                "Healthwatch Kimbleshire report."),
    ]),
    ("10", "Work Programme", [
        ("p", "The Senior Scrutiny Officer presented the Committee's work programme for the "
              "remainder of 2025/26. The January meeting would receive the outcome of the "
              "Integrated Lifestyle Service procurement and an item on community mental health "
              "services for adults."),
        ("p", "Cllr J Sowande requested that an item on youth vaping and the enforcement of "
              "age-of-sale rules be added to the work programme, with an invitation to the "
              "Trading Standards team. The Chairman agreed that this would be scheduled for "
              "the March 2026 meeting."),
        ("p", "A Member asked whether the Committee could visit the Brookmead Treatment Centre. "
              "The Senior Scrutiny Officer said that she would make arrangements for a visit "
              "in the spring."),
        ("res", "The Committee AGREED the work programme, subject to the addition of an item on "
                "youth vaping at the March 2026 meeting."),
    ]),
    ("11", "Date of the Next Meeting", [
        ("p", "The next meeting will take place on Thursday 22 January 2026 at 10.00 am."),
    ]),
]


def _set_cell_margins_and_width(cell, width_twips: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(width_twips))
    w.set(qn("w:type"), "dxa")


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _borders(table, val: str = "single") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "808080")
        b.append(e)
    tblPr.append(b)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def _cant_split(row) -> None:
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def _page_field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    run._r.append(fc)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    run3._r.append(fc)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    run4._r.append(fc)


def _deterministic_save(doc, path: Path) -> None:
    cp = doc.core_properties
    cp.author = "Emma Tolland"
    cp.last_modified_by = "Emma Tolland"
    cp.title = "Minutes - Health and Adult Social Care Select Committee - 20 November 2025"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 4
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)

    green = RGBColor(0x00, 0x5C, 0x4B)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 12), ("Heading 3", 11)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = green if name in ("Title", "Heading 1") else RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(6 if name != "Title" else 0)
        st.paragraph_format.space_after = Pt(4)
    for name in ("List Bullet", "List Bullet 2"):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(11)
        st.paragraph_format.space_after = Pt(4)

    # Page furniture: council name in the header, page number in the footer.
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Kimbleshire Council")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = green
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp, "PAGE")

    doc.add_paragraph("Minutes", style="Title")
    doc.add_paragraph(COMMITTEE, style="Heading 1")
    doc.add_paragraph(
        "Minutes of the meeting of the Health and Adult Social Care Select Committee held on "
        "Thursday 20 November 2025 in The Lantern Room, Kimbleshire Council, Fennel Way, "
        "Halcott Bridge KM19 8FF, commencing at 10.00 am and concluding at 12.52 pm.")
    doc.add_paragraph("Members present", style="Heading 2")
    doc.add_paragraph(MEMBERS)
    doc.add_paragraph("Others in attendance", style="Heading 2")
    doc.add_paragraph(OTHERS)
    doc.add_paragraph("Apologies", style="Heading 2")
    doc.add_paragraph(APOLOGIES)

    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    left_w, right_w = 1250, 8400
    hdr = table.rows[0]
    _repeat_header(hdr)
    p = hdr.cells[0].paragraphs[0]
    r = p.add_run("Agenda Item")
    r.bold = True
    r.font.size = Pt(9)
    _set_cell_margins_and_width(hdr.cells[0], left_w)
    _set_cell_margins_and_width(hdr.cells[1], right_w)

    for number, title, blocks in ITEMS:
        row = table.add_row()
        c0, c1 = row.cells
        _set_cell_margins_and_width(c0, left_w)
        _set_cell_margins_and_width(c1, right_w)
        p0 = c0.paragraphs[0]
        r = p0.add_run(number)
        r.bold = True
        tp = c1.paragraphs[0]
        tp.style = doc.styles["Heading 3"]
        tp.add_run(typo(title))
        for kind, content in blocks:
            if kind == "rag":
                inner = c1.add_table(rows=0, cols=len(content[0]))
                _borders(inner)
                fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
                for i, cells in enumerate(content):
                    irow = inner.add_row()
                    for j, text in enumerate(cells):
                        cell = irow.cells[j]
                        cp_ = cell.paragraphs[0]
                        rr = cp_.add_run(typo(text))
                        rr.font.size = Pt(8.5)
                        if i == 0:
                            rr.bold = True
                            _shade(cell, "D9D9D9")
                        elif text in fills and j >= 4:
                            _shade(cell, fills[text])
                    if i == 0:
                        _repeat_header(irow)
                # a paragraph after a nested table, as Word requires
                c1.add_paragraph()
                continue
            if kind == "p":
                c1.add_paragraph(typo(content))
            elif kind == "q":
                para = c1.add_paragraph()
                para.paragraph_format.left_indent = Cm(0.8)
                para.paragraph_format.right_indent = Cm(0.8)
                rq = para.add_run(typo(content))
                rq.italic = True
            elif kind == "b":
                c1.add_paragraph(typo(content), style="List Bullet")
            elif kind == "b2":
                c1.add_paragraph(typo(content), style="List Bullet 2")
            elif kind == "res":
                para = c1.add_paragraph()
                rb = para.add_run("RESOLVED: ")
                rb.bold = True
                para.add_run(typo(content))
            elif kind == "act":
                para = c1.add_paragraph()
                ra = para.add_run("Action: ")
                ra.bold = True
                para.add_run(typo(content))
            else:
                raise ValueError(kind)

    _deterministic_save(doc, path)


# ---------------------------------------------------------------------------
# The agenda front sheet (not minutes)
# ---------------------------------------------------------------------------

AGENDA_ITEMS = [
    ("1", "Apologies for absence / Changes in membership", "10:00", "", []),
    ("2", "Declarations of interest", "", "", []),
    ("3", "Minutes of the previous meeting", "", "5 - 16", [
        ("p", "To agree the minutes of the meeting held on Thursday 20 November 2025."),
    ]),
    ("4", "Public Questions", "", "", [
        ("p", PUBLIC_QUESTIONS_TEXT),
        ("p", "Questions must relate to an item on this agenda and be sent to the Senior "
              "Scrutiny Officer by 12 noon on Friday 16 January 2026. A question may be "
              "refused if it is defamatory, frivolous or offensive, or if it is substantially "
              "the same as a question put to the Committee in the past six months."),
    ]),
    ("5", "Chairman's Update", "10:10", "", []),
    ("6", "Integrated Lifestyle Service: Outcome of Procurement", "10:15", "17 - 34", [
        ("p", "At its meeting in November the Committee considered the proposed approach to "
              "re-procuring the Integrated Lifestyle Service (stop smoking, weight management, "
              "NHS Health Checks and physical activity referral) and the Chairman wrote to the "
              "Cabinet Member with the Committee's comments. This item gives Members the "
              "chance to review the outcome of the tender before the contract is awarded."),
        ("lbl", "Contributors:"),
        ("p", "Cllr A Morcombe, Cabinet Member for Health and Wellbeing\n"
              "Dr P Faulkner, Director of Public Health and Community Safety\n"
              "Mr D Sandys, Head of Public Health Commissioning"),
        ("lbl", "Papers:"),
        ("p", "Report of the Director of Public Health and Community Safety\n"
              "Appendix 1 - You asked, we said: the Cabinet Member's response to the Committee"),
        ("lbl", "You asked, we said (summary of Appendix 1):"),
        ("table", [
            ("You asked", "We said"),
            ("Why use one lead provider rather than separate contracts for each part of the "
             "service?",
             "One contract gives residents a single way in. The lead provider may subcontract "
             "to local organisations, and social value counts towards the quality score."),
            ("Will quit rates be reported by ward and by deprivation?",
             "Yes. Quit rates by deprivation decile are now a key performance indicator."),
            ("Does the budget allow for inflation and rising staff costs?",
             "The contract has an annual uplift linked to the Public Health Grant. The "
             "financial modelling was sent to Members on 2 December 2025."),
            ("How will face-to-face support be kept in rural areas?",
             "Bidders had to name a venue in every community board area. See section 4 of "
             "the report."),
        ]),
    ]),
    ("7", "Community Mental Health Services for Adults", "11:00", "35 - 52", [
        ("p", "An update from Aylmere and Westhurst Partnership NHS Foundation Trust and the "
              "Integrated Care Board on the new model of community mental health care, "
              "including the neighbourhood mental health teams opened in 2025."),
        ("lbl", "Contributors:"),
        ("p", "Mr T Eldridge, Director of Operations, Aylmere and Westhurst Partnership NHS "
              "Foundation Trust\n"
              "Ms R Kaur, Head of Mental Health Commissioning, KAW ICB"),
        ("lbl", "Papers:"),
        ("p", "Presentation slides (to follow)"),
        ("lbl", "Suggested lines of enquiry:"),
        ("bullets", [
            "How long are adults waiting for a first appointment with a community mental "
            "health team, and how does this vary across the county?",
            "What help is offered to people while they wait, and who provides it?",
            "How have people with lived experience been involved in designing the new model?",
            "Which parts of the service are delivered by voluntary sector partners, and how "
            "are those contracts monitored?",
            "What difference has the new model made to the number of people reaching crisis?",
        ]),
    ]),
    ("8", "Healthwatch Kimbleshire: Experiences of Leaving Hospital", "11:50", "53 - 74", [
        ("p", "Healthwatch Kimbleshire will present its report 'Home Before Ready?', drawn "
              "from 388 people who had recently left Halcott Bridge General Hospital or "
              "Pennock Green Community Hospital, and their families."),
        ("lbl", "Contributors:"),
        ("p", "Ms H Greenaway, Chief Executive, Healthwatch Kimbleshire\n"
              "Mr C Ibekwe, Corporate Director, Adults and Health\n"
              "Ms L Carrow, Chief Operating Officer, Kimbleshire Healthcare NHS Trust"),
        ("lbl", "Papers:"),
        ("p", "Healthwatch Kimbleshire report and the joint response of the council and the "
              "Trust"),
        ("lbl", "Questions Members may wish to ask:"),
        ("bullets", [
            "Do the report's findings match what the council hears through its own "
            "complaints and compliments?",
            "Which of the recommendations have been accepted, and by when will they be in "
            "place?",
            "What will patients and carers notice that is different by this time next year?",
        ]),
    ]),
    ("9", "Work Programme", "12:30", "75 - 80", [
        ("p", "For the Committee to review its work programme for the rest of 2025/26, "
              "including the item on youth vaping agreed for March."),
    ]),
    ("10", "Date of the Next Meeting", "", "", [
        ("p", "Thursday 19 March 2026 at 10.00 am."),
    ]),
]


def build_agenda(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    font_dir = Path("/usr/share/fonts/truetype/dejavu")

    class Agenda(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Agenda(format="A4")
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_author("Emma Tolland")
    pdf.set_title("Agenda - Health and Adult Social Care Select Committee - 22 January 2026")
    pdf.add_font("DejaVu", "", str(font_dir / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(font_dir / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(font_dir / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - 40

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(width, 5, "Public Document Pack", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_text_color(0, 92, 75)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(width, 7, "Kimbleshire Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 24)
    pdf.cell(width, 12, "Agenda", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(width, 9, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    def label_row(label: str, value: str) -> None:
        pdf.set_font("DejaVu", "B", 10)
        y = pdf.get_y()
        pdf.cell(30, 5.5, label)
        pdf.set_xy(20 + 30, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(width - 30, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    label_row("Date:", "Thursday 22 January 2026")
    label_row("Time:", "10.00 am")
    label_row("Venue:", "The Lantern Room, Kimbleshire Council, Fennel Way, Halcott Bridge "
                        "KM19 8FF")
    label_row("Membership:", "T Hartnell (Chairman), R Osei-Bonsu (Vice-Chairman), "
                             "M Chaudhry, L Drinkwater, E Fairweather, G Lomax, H Pettigrew, "
                             "A Quennell, J Sowande, D Tremlett, K Underhill, F Vokins and "
                             "W Yelland")
    pdf.ln(2)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(width, 6, "Webcasting notice", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(width, 4.6, typo(
        "Please note: this meeting may be filmed for live or subsequent broadcast via the "
        "council's website. At the start of the meeting the Chairman will confirm if all or "
        "part of the meeting is being filmed. By entering the meeting room you are consenting "
        "to being filmed and to the possible use of those images and sound recordings for "
        "webcasting and training purposes."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(width, 4.6, typo(
        "If you would like to attend a meeting but need extra help to do so, for example "
        "because of a disability, please contact us as early as possible so that we can try "
        "to put the right support in place."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(width, 4.6, "For further information please contact: Emma Tolland, "
                   "Senior Scrutiny Officer, on 0300 555 0147 or "
                   "scrutiny@kimbleshire.gov.uk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    col_no, col_time, col_page = 14, 18, 22
    col_body = width - col_no - col_time - col_page

    def head_row() -> None:
        pdf.set_fill_color(0, 92, 75)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(col_no + col_body, 7, " Agenda Item", fill=True)
        pdf.cell(col_time, 7, "Time", fill=True, align="C")
        pdf.cell(col_page, 7, "Page No", fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(2)

    head_row()
    body_x = 20 + col_no
    for number, title, time, pages, blocks in AGENDA_ITEMS:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
            head_row()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(col_no, 6, number)
        pdf.set_xy(body_x + col_body, y)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(col_time, 6, time, align="C")
        pdf.cell(col_page, 6, pages, align="C")
        pdf.set_xy(body_x, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(col_body, 6, typo(title), align="L", new_x="LMARGIN", new_y="NEXT")
        for kind, content in blocks:
            pdf.set_x(body_x)
            if kind == "p":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(col_body, 4.8, typo(content), align="L", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "lbl":
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.multi_cell(col_body, 4.8, typo(content), new_x="LMARGIN", new_y="NEXT")
            elif kind == "bullets":
                pdf.set_font("DejaVu", "", 9.5)
                for entry in content:
                    if pdf.get_y() > pdf.h - 34:
                        pdf.add_page()
                    pdf.set_x(body_x)
                    yy = pdf.get_y()
                    pdf.cell(5, 4.8, "\u2022")
                    pdf.set_xy(body_x + 5, yy)
                    pdf.multi_cell(col_body - 5, 4.8, typo(entry), align="L",
                                   new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.8)
                pdf.ln(1)
            elif kind == "table":
                pdf.set_font("DejaVu", "", 8.5)
                pdf.set_x(body_x)
                with pdf.table(width=col_body, col_widths=(45, 55), line_height=4.4,
                               align="LEFT", first_row_as_headings=True, text_align="LEFT",
                               headings_style=FontFace(emphasis="BOLD",
                                                       fill_color=(217, 217, 217))) as tbl:
                    for cells in content:
                        row = tbl.row()
                        for text in cells:
                            row.cell(typo(text))
                pdf.ln(2)
        pdf.ln(3)

    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(width, 4.4, typo(
        "Agenda published on Tuesday 13 January 2026. Reports for this meeting are available "
        "on the council's website. Members of the public may attend and observe the meeting; "
        "the reports are also available on request in large print."),
        new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": typo(text), "asked_by": asked_by,
            "answer": typo(answer) if answer else None, "given_by": given_by,
            "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": typo(text), "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-11-20",
    "items": [{"number": n, "title": typo(t)} for n, t, _ in ITEMS],
    "questions": [
        # 4 Public Questions
        q("4", "question",
          "Why is the council handing a service that works to whichever national company",
          "Mr G Haverstock",
          "No decision has been taken to award the contract to any particular organisation",
          "Cllr A Morcombe", ["privatisation", "subcontracting", "public-health"]),
        # 5 Chairman's Update
        q("5", "question",
          "asked whether the Committee would be formally consulted on the Minor Injuries Unit",
          "Cllr A Quennell",
          "given a commitment to bring the proposals to the Committee's March meeting",
          "Chairman", ["governance"]),
        # 6 Integrated Lifestyle Service
        q("6", "question",
          "asked why the council was proposing a single lead provider rather than separate",
          None,
          "a single contract allowed one assessment and referral route for residents",
          "Head of Public Health Commissioning", ["subcontracting"]),
        q("6", "concern",
          "raised concern that a large national provider could win the contract on price",
          "Vice-Chairman",
          "bidders would have to demonstrate how they would keep delivery in GP practices",
          "Director of Public Health", ["privatisation", "subcontracting", "primary-care"]),
        q("6", "question",
          "asked how vaping would be treated in the new service",
          None,
          "treated vaping as a route to quitting for adult smokers only",
          "Dr Faulkner", ["public-health", "children-and-families"]),
        q("6", "request",
          "requested that the service be required to report quit rates by ward",
          "Cllr J Sowande",
          "reporting by deprivation decile would be a key performance indicator",
          "Head of Public Health Commissioning", ["public-health"]),
        q("6", "question",
          "asked how the views of people who had used the weight management service",
          None,
          "support that continued beyond 12 weeks; both had been built into the specification",
          None, ["patient-and-public-input", "public-health"]),
        q("6", "question",
          "questioned whether the budget of £14.2 million over seven years allowed for inflation",
          None,
          "the contract included an annual uplift linked to the Public Health Grant settlement",
          "Head of Public Health Commissioning", ["finance"]),
        # 7 Care at Home
        q("7", "question",
          "how the council knew which organisation was actually delivering care to an individual",
          None,
          "required to use the council's electronic call monitoring system",
          "Head of Integrated Commissioning", ["subcontracting", "adult-social-care"]),
        q("7", "concern",
          "some lead providers were keeping the more profitable town-centre packages",
          "Cllr E Fairweather",
          "the council did not set the rate paid to subcontractors",
          "Corporate Director", ["subcontracting", "adult-social-care"]),
        q("7", "question",
          "whether care workers employed by subcontractors were paid for their travel time",
          None,
          "payment for travel time was a condition of the framework for all tiers",
          None, ["workforce", "subcontracting", "adult-social-care"]),
        q("7", "question",
          "the withdrawal of sponsorship licences from several providers",
          "Vice-Chairman",
          "help 71 of them find new sponsors locally",
          "Head of Integrated Commissioning", ["workforce", "adult-social-care"]),
        q("7", "comment",
          "they were rarely asked for their views when a care package moved",
          "Cllr G Lomax",
          "a carers' reference group would be set up to help design",
          "Cabinet Member", ["patient-and-public-input", "adult-social-care"]),
        q("7", "question",
          "what proportion of home care was provided by private companies",
          None,
          "options appraisal on an in-house reablement and 'provider of last resort' service",
          "Corporate Director", ["privatisation", "subcontracting", "adult-social-care"]),
        q("7", "request",
          "requested a breakdown of missed and late calls by zone and by type of provider",
          None, None, None, ["adult-social-care"]),
        # 8 NHS Dentistry rapid review
        q("8", "question",
          "asked why Recommendation 6, on dental care for care home residents, had been rated Red",
          "Cllr H Pettigrew",
          "the procurement of a domiciliary dental service had been paused",
          "Mr Abara", ["primary-care", "adult-social-care"]),
        q("8", "concern",
          "expressed concern that NHS dental money had been handed back unspent",
          None,
          "it did not expect to return any funding this year",
          "Mr Abara", ["primary-care", "finance"]),
        q("8", "question",
          "questioned the proposed Green rating for Recommendation 5",
          "Vice-Chairman",
          "accepted that take-up had been lower than hoped and agreed to an Amber rating",
          "Mr Abara", ["primary-care"]),
        q("8", "question",
          "how many children in Kimbleshire had tooth decay at age five",
          None,
          "the rate in the most deprived fifth of the county was more than double",
          "Dr Faulkner", ["public-health", "children-and-families", "primary-care"]),
        q("8", "request",
          "asked that Recommendation 8 be rated Red rather than Amber",
          "Cllr K Underhill",
          "the Dental School had indicated it could not commit to outreach places",
          "Mr Abara", ["workforce", "primary-care"]),
        # 9 Planned care waiting times
        q("9", "question",
          "was drawing staff and funding away from the NHS",
          None,
          "the independent sector contracts were commissioned by the ICB at NHS prices",
          "Ms Carrow", ["privatisation", "subcontracting", "workforce", "finance"]),
        q("9", "concern",
          "raised concerns about the 212 patients who had waited more than a year",
          "Cllr M Chaudhry",
          "every patient waiting more than 40 weeks was now contacted",
          "Ms Carrow", []),
        q("9", "question",
          "asked how the Trust would respond to the Healthwatch findings on poor communication",
          None,
          "the Trust accepted all six of Healthwatch's recommendations",
          "Ms Carrow", ["patient-and-public-input"]),
        q("9", "question",
          "asked about cancellations of operations on the day of surgery",
          "Vice-Chairman",
          "A ring-fenced elective ward had opened at Halcott Bridge General Hospital",
          None, []),
        q("9", "request",
          "requested that future updates show waiting times broken down by community board area",
          None, None, None, []),
        # 10 Work Programme
        q("10", "request",
          "requested that an item on youth vaping and the enforcement of age-of-sale rules",
          "Cllr J Sowande",
          "The Chairman agreed that this would be scheduled for the March 2026 meeting",
          "Chairman", ["public-health", "children-and-families"]),
        q("10", "question",
          "asked whether the Committee could visit the Brookmead Treatment Centre",
          None,
          "she would make arrangements for a visit in the spring",
          "Senior Scrutiny Officer", []),
    ],
    "resolutions": [
        res("3", "the minutes of the meeting held on Thursday 18 September 2025 be agreed",
            "agreed", []),
        res("6", "NOTED the report and AGREED that the Chairman write to the Cabinet Member",
            "agreed", ["subcontracting"]),
        res("7", "NOTED the report on subcontracting within the Care at Home framework",
            "noted", ["subcontracting", "adult-social-care"]),
        res("7", "lead providers be required to publish the hourly rate paid to each subcontractor",
            "recommended", ["subcontracting", "finance", "adult-social-care"]),
        res("8", "AGREED the RAG ratings set out in the final column of the table",
            "agreed", ["primary-care"]),
        res("9", "NOTED the update on planned care waiting times and the Healthwatch Kimbleshire",
            "noted", ["patient-and-public-input"]),
        res("10", "AGREED the work programme, subject to the addition of an item on youth vaping",
            "agreed", ["public-health", "children-and-families"]),
    ],
    "attendees": [
        att("T Hartnell", "Chairman", "present"),
        att("R Osei-Bonsu", "Vice-Chairman", "present"),
        att("M Chaudhry", None, "present"),
        att("L Drinkwater", None, "present"),
        att("E Fairweather", None, "present"),
        att("G Lomax", None, "present"),
        att("H Pettigrew", None, "present"),
        att("A Quennell", None, "present"),
        att("J Sowande", None, "present"),
        att("K Underhill", None, "present"),
        att("W Yelland", None, "present"),
        att("Mr S Abara", None, "in_attendance"),
        att("Ms L Carrow", None, "in_attendance"),
        att("Dr P Faulkner", None, "in_attendance"),
        att("Ms H Greenaway", None, "in_attendance"),
        att("Mr C Ibekwe", None, "in_attendance"),
        att("Cllr A Morcombe", None, "in_attendance"),
        att("Cllr N Prideaux", None, "in_attendance"),
        att("Ms J Rowntree", None, "in_attendance"),
        att("Mr D Sandys", None, "in_attendance"),
        att("Mrs E Tolland", None, "in_attendance"),
        att("D Tremlett", None, "apologies"),
        att("F Vokins", None, "apologies"),
    ],
}

AGENDA_GOLD = {"document": AGENDA_NAME, "doc_type": "agenda"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_agenda(DOCS / AGENDA_NAME)
    for gold in (MINUTES_GOLD, AGENDA_GOLD):
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
    for gold_path in sorted(GOLD.glob("pb-*.json")):
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
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
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
