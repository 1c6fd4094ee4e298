#!/usr/bin/env python3
"""Build the "qg-" documents (round 225) and their gold annotations.

Usage:  build_qg.py           build documents/qg-* and gold/qg-*.json
        build_qg.py --check   verify every gold phrase occurs once in its document

Two plain-text documents from the invented Portcombe Council:
  * the draft minutes of its Health and Adult Social Care Policy and Scrutiny Panel,
    sent round by the clerk in an Outlook email (saved as text: headers, a covering
    note, then the minutes pasted from Word, wrapped at 76 columns, with Word's
    bullets turned into middle dots and tabs);
  * a council press release about the new home care contracts (not minutes).
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

MINUTES_NAME = "qg-portcombe-health-adult-social-care-psp-2025-11-13.txt"
PRESS_NAME = "qg-portcombe-press-release-home-care-zones-2025-12-02.txt"

WRAP = 76          # Outlook's plain-text line length
EOL = "\r\n"       # saved from Outlook on Windows


def curly(s: str) -> str:
    """Word's smart quotes: apostrophes inside words become right single quotes."""
    s = re.sub(r"(?<=\w)'(?=\w)", "\u2019", s)
    s = re.sub(r"(?<=s)'(?=\s)", "\u2019", s)
    s = re.sub(r'"(?=\w)', "\u201c", s)
    s = s.replace('"', "\u201d")
    return s


def wrap(text: str, first: str = "", width: int = WRAP) -> list[str]:
    """Wrap the way Outlook does when it sends plain text: continuation lines are not
    indented under a bullet, they start at the margin."""
    words = (first + text).split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur.expandtabs(8)) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# The email and the minutes
# ---------------------------------------------------------------------------
# Blocks: ("p", text) a paragraph; ("raw", text) kept line for line; ("dot", text) a
# Word bullet pasted into Outlook ("·" and a tab); ("cl", "(1)", text) a numbered
# clause with a tab; ("min", "HAS 25", title, agenda item); ("gap",) an extra blank line.

EMAIL_HEAD = (
    "From:\tOrchard, Tamsin\n"
    "Sent:\t14 November 2025 15:47\n"
    "To:\tHealth and Adult Social Care PSP Members\n"
    "Cc:\tDemocratic Services; Scrutiny Team; HASC PSP Officers\n"
    "Subject:\tDRAFT minutes - Health and Adult Social Care Policy & Scrutiny Panel "
    "- 13 November 2025\n"
    "Importance:\tHigh"
)

COVER = [
    ("raw", "Dear Panel Members"),
    ("p", "Please see below the draft minutes of Thursday's meeting of the Health and "
          "Adult Social Care Policy and Scrutiny Panel. As usual they are sent round in "
          "draft for information only and will be submitted to the next meeting on "
          "22 January 2026 for approval, so please let me have any factual corrections "
          "by close of play on Friday 21 November."),
    ("p", "I have passed the actions to the officers concerned. The list of dental "
          "practices taking on NHS patients will be forwarded to you as soon as the ICB "
          "sends it to me."),
    ("p", "The recording of the meeting is on the Council's YouTube channel and will stay "
          "there for six months."),
    ("raw", "Many thanks\n\nTamsin"),
    ("raw", "Tamsin Orchard\n"
            "Democratic Services Officer\n"
            "Legal and Democratic Services\n"
            "Portcombe Council\n"
            "Town Hall, Quay Street, Portcombe PC23 1UJ\n"
            "Tel: 01632 960418\n"
            "www.portcombe.gov.uk"),
    ("raw", "<< OLE Object: Picture (Device Independent Bitmap) >>"),
]

MINUTES = [
    ("raw", "Minutes"),
    ("raw", "of the Meeting of"),
    ("raw", "The Health and Adult Social Care Policy and Scrutiny Panel"),
    ("raw", "Thursday, 13 November 2025"),
    ("raw", "New Council Chamber, Town Hall"),
    ("raw", "Meeting Commenced: 10.00 am\tMeeting Concluded: 1.02 pm"),
    ("raw", "Councillors:"),
    ("raw", "P\tJenny Fairweather (Chairperson)\tP\tOwain Pascoe (Vice-Chairperson)\n"
            "P\tBrian Ackland\t\t\tP\tRuth Denbury\n"
            "A\tKieran Holloway\t\t\tP\tSally Jephcott\n"
            "P\tNigel Lavington\t\t\tP\tPriya Marwood\n"
            "P\tColin Rendle\t\t\tA\tAmanda Stowell\n"
            "P\tTony Venning\t\t\tA\tGareth Winsor\n"
            "P\tHelen Yeo"),
    ("raw", "P: Present\nA: Apologies for absence submitted"),
    ("p", "Also in attendance: Councillor Annette Lisle (Executive Member for Adult "
          "Services and Health), Councillor Rob Chivers (Executive Member for Public "
          "Health, Regulatory Services and Leisure), Councillor Diane Hext (Ward Member, "
          "Backwick)"),
    ("p", "Officers in attendance: Lorna Pengelly (Director of Adult Social Services), "
          "Dr Matthew Okonjo (Director of Public Health and Regulatory Services), Stuart "
          "Meaden (Head of Commissioning, Adult Social Care), Fiona Tapley (Trading "
          "Standards and Licensing Manager), Tamsin Orchard (Democratic Services Officer)"),
    ("p", "Partners in attendance: Katie Blewett (Head of Primary Care Commissioning "
          "(Dental), NHS Mendlow Integrated Care Board), Dr Alun Prideaux (Consultant in "
          "Dental Public Health), Rachel Dinning (Manager, Healthwatch Portcombe)"),

    # -- 1 ---------------------------------------------------------------
    ("min", "HAS 21", "Public Participation (Standing Order SSO 9)", "1"),
    ("p", "Mr Derek Hallworthy addressed the Panel in relation to Agenda Item 5, "
          "Re-procurement of Community Support and Home Care Services. Mr Hallworthy, "
          "whose wife received four calls a day from a home care agency in Elverton, told "
          "the Panel that in the last six months she had been visited by more than twenty "
          "different care workers, some of whom had not been told how to use her hoist, "
          "and that calls were often cut short when carers were running late. He asked "
          "whether the new contracts would require providers to guarantee continuity of "
          "carers for people receiving care at home."),
    ("p", "The Chairperson thanked Mr Hallworthy for his statement. The Director of Adult "
          "Social Services responded that continuity of care had been one of the issues "
          "raised most often during the engagement carried out for the re-procurement, and "
          "that the new service specification would require providers to report monthly on "
          "the number of different care workers visiting each person. She offered to "
          "discuss Mrs Hallworthy's care with him after the meeting."),
    ("p", "A written statement from Ms Carol Ennis, on behalf of the Portcombe Carers' "
          "Forum, was read out by the Democratic Services Officer. The statement expressed "
          "concern that unpaid carers were regularly left to cover missed home care calls "
          "without any warning from the agency. The Chairperson advised that the statement "
          "would be taken into account when the Panel considered Agenda Item 5."),

    # -- 2 ---------------------------------------------------------------
    ("min", "HAS 22", "Declaration of disclosable pecuniary interest (Standing Order 37)", "2"),
    ("p", "None. Councillor Sally Jephcott declared, for transparency, that her daughter "
          "was employed as a care worker by one of the current framework providers. This "
          "was not a disclosable pecuniary interest and she remained in the meeting and "
          "took part in the discussion of Agenda Item 5."),

    # -- 3 ---------------------------------------------------------------
    ("min", "HAS 23", "Minutes of the Meeting held on 18 September 2025", "3"),
    ("p", "Resolved: that the minutes of the meeting be approved as a correct record and "
          "signed by the Chairperson."),

    # -- 4 ---------------------------------------------------------------
    ("min", "HAS 24", "Matters referred by Council, the Executive, other Committees and "
                      "Panels (if any)", "4"),
    ("p", "None."),

    # -- 5 ---------------------------------------------------------------
    ("min", "HAS 25", "Re-procurement of Community Support and Home Care Services", "5"),
    ("p", "The Executive Member for Adult Services and Health introduced the item. She "
          "reminded Members that the Council's framework agreement for home care and "
          "community support would expire on 31 August 2026 and that the decision on the "
          "new arrangements would be taken by the Executive on 14 January 2026. The "
          "Panel's comments would be reported to the Executive with the report."),
    ("p", "The Head of Commissioning, Adult Social Care, presented the report. The Council "
          "currently spent £27.4m a year on home care, bought from 31 providers on the "
          "framework and a further 12 providers on individual \"spot\" arrangements, and "
          "supported around 1,460 people in their own homes at any one time. Around 210 "
          "hours of care a week could not be placed with a provider at all, most of them "
          "in the rural west of the district around Cheddleigh and Haddon Vale, and people "
          "waiting for a package of care were being supported by the in-house reablement "
          "team or by short stays in care homes in the meantime."),
    ("p", "It was proposed to replace the framework with a zoned model of seven "
          "geographical zones. Each zone would have a lead provider and up to two secondary "
          "providers, on contracts of five years with the option to extend for up to three "
          "more. Providers would be paid a single hourly rate for each zone, with a rural "
          "supplement in the two western zones. The report also summarised the engagement "
          "carried out over the summer, which had included a survey completed by 312 people "
          "who received care and their families, three market engagement events attended "
          "by 44 providers and a workshop with the Portcombe Carers' Forum."),
    ("p", "The Head of Commissioning added that care workers employed by providers which "
          "were not successful would be able to transfer to the new providers under TUPE, "
          "so that as many people as possible could keep the care workers they knew. A "
          "transition plan would be agreed with each zone's lead provider, and no package "
          "of care would be moved during the first two weeks of September or over the "
          "Christmas period."),
    ("p", "Members raised the following points:"),
    ("dot", "A Member asked how the zoned model would avoid the problems seen in other areas "
            "where a single lead provider had handed back its contract part way through. "
            "The Head of Commissioning explained that each zone would have up to two "
            "secondary providers who could take on packages at short notice, and that the "
            "contract would include a step-in clause allowing the Council to move packages "
            "to another provider."),
    ("dot", "Members were concerned that smaller local agencies, some of which had provided "
            "care in the rural west of the district for many years, would be squeezed out of "
            "the market by larger national companies. Officers advised that the evaluation "
            "criteria would give a 20% weighting to social value and local employment, and "
            "that bids from groups of smaller agencies working together would be welcomed."),
    ("dot", "In response to a question about subcontracting, it was confirmed that lead "
            "providers would need the Council's written consent before subcontracting any "
            "package of care, and that the Council would hold any subcontractor to the same "
            "quality standards and rates of pay as the lead provider."),
    ("dot", "Councillor Nigel Lavington asked whether care workers would be paid for travel "
            "time between calls. The Director of Adult Social Services confirmed that the "
            "proposed hourly rate of £27.60 assumed payment for travel time and mileage at "
            "45p a mile, and that providers would have to show this through an open book "
            "approach to their costs."),
    ("dot", "A Member commented that 312 survey responses were a small proportion of the "
            "1,460 people receiving care, and asked how people without internet access had "
            "been able to take part. The Head of Commissioning advised that paper copies "
            "with a freepost envelope had been sent to everyone receiving care, and that "
            "Healthwatch Portcombe had held four listening sessions in community venues on "
            "the Council's behalf."),
    ("dot", "A Member queried whether the Council had considered bringing some home care "
            "back in-house, given the cost of the current arrangements. The Director of "
            "Adult Social Services responded that an options appraisal carried out in 2024 "
            "had concluded that an in-house service would cost around £4.1m a year more, "
            "largely because of pension and other on-costs, but that the in-house "
            "reablement team would be expanded by twelve posts from April."),
    ("dot", "Members requested that the Panel receive a report on the performance of the "
            "new contracts, including the number of complaints and missed calls in each "
            "zone, six months after they started. The Executive Member for Adult Services "
            "and Health agreed to this."),
    ("p", "The Head of Commissioning confirmed that the points in the statement from the "
          "Portcombe Carers' Forum would be included in the summary of engagement reported "
          "to the Executive."),
    ("p", "The Executive Member for Adult Services and Health thanked the Panel for its "
          "comments and said that the Executive would want to see the re-procurement "
          "improve the experience of people receiving care and the pay and conditions of "
          "care workers, and not only the price the Council paid."),
    ("p", "Councillor Colin Rendle proposed, and Councillor Helen Yeo seconded, that the "
          "Panel recommend to the Executive that the zone covering Portcombe town centre be "
          "delivered by an in-house service on a trial basis. On being put to the vote, "
          "the proposal was lost (3 for, 6 against, 1 abstention)."),
    ("raw", "Concluded:"),
    ("cl", "(1)", "that the Panel supports the proposed zoned model for the re-procurement of "
                  "community support and home care services;"),
    ("cl", "(2)", "that the Panel recommends to the Executive that the service specification "
                  "include a requirement on providers to report each month on the "
                  "continuity of care workers for each person; and"),
    ("cl", "(3)", "that a report on the performance of the new contracts be brought to the "
                  "Panel six months after they commence."),
    ("raw", "(Action: Stuart Meaden)"),

    # -- 6 ---------------------------------------------------------------
    ("min", "HAS 26", "NHS Dental Services in Portcombe", "6"),
    ("p", "Katie Blewett, Head of Primary Care Commissioning (Dental), NHS Mendlow "
          "Integrated Care Board (ICB), presented the report on access to NHS dental "
          "services in Portcombe. Members were informed that 41% of adults in Portcombe "
          "had seen an NHS dentist in the previous 24 months, compared with 40% nationally, "
          "and 56% of children in the previous 12 months. Practices in Cheddleigh and "
          "Backwick had handed back their NHS contracts during 2025, affecting around "
          "9,300 patients between them. The ICB had commissioned 6,000 additional urgent "
          "dental appointments through its urgent access scheme and had started a "
          "procurement for a new practice in Backwick, which was expected to open in the "
          "spring of 2026."),
    ("p", "Dr Alun Prideaux, Consultant in Dental Public Health, outlined the supervised "
          "toothbrushing programme, which was now running in 46 nurseries and primary "
          "schools, and the fluoride varnish offered to children at higher risk of tooth "
          "decay."),
    ("p", "Councillor Diane Hext, attending as Ward Member for Backwick, spoke about the "
          "closure of the practice in Backwick and said that residents, many of them older "
          "people without a car, were now being offered appointments in Portcombe, which "
          "meant a round trip of two buses each way. She asked when the new practice would "
          "open and whether it would take on all the former patients. Ms Blewett responded "
          "that the preferred bidder would be announced in December and that the contract "
          "required the practice to prioritise former patients of the Backwick practice "
          "for the first six months."),
    ("p", "Members asked why dentists were leaving NHS work and whether anything could be "
          "done locally. Ms Blewett explained that the national dental contract paid the "
          "same for a course of treatment involving one filling as for several fillings, "
          "which made some treatment uneconomic, and that the ICB had introduced a local "
          "incentive scheme paying practices an additional £15 for every new patient seen "
          "who had not visited a dentist for two years."),
    ("p", "A Member queried whether there was a waiting list for an NHS dentist in "
          "Portcombe. It was explained that patients were not registered with a dental "
          "practice in the way they were with a GP, so there was no single waiting list, "
          "but that the ICB was developing a central list which it hoped to launch in 2026."),
    ("p", "Members expressed concern at the number of children admitted to hospital to "
          "have teeth removed under general anaesthetic, which had been 212 in 2024/25. "
          "The Consultant in Dental Public Health advised that most of these cases were "
          "preventable and that the toothbrushing programme would be extended to a further "
          "30 settings in the most deprived areas from January."),
    ("p", "Councillor Priya Marwood asked whether people living in care homes were able to "
          "see a dentist. Ms Blewett acknowledged that access for care home residents was "
          "poor and said that the ICB was piloting a domiciliary dental service with three "
          "care homes in Elverton. The Director of Adult Social Services added that her "
          "teams would help to identify people receiving home care who might benefit from "
          "the service if it were extended."),
    ("p", "The Chairperson requested that the ICB provide the Panel with a list of practices "
          "in Portcombe currently accepting new NHS patients, so that Members could pass "
          "the information on to residents."),
    ("raw", "(Action: Katie Blewett)"),
    ("p", "The Chairperson thanked Ms Blewett and Dr Prideaux for attending and for their "
          "full answers to Members' questions."),
    ("raw", "Concluded:"),
    ("cl", "(1)", "that the report be noted;"),
    ("cl", "(2)", "that the Chairperson write to the Secretary of State for Health and Social "
                  "Care on behalf of the Panel, asking for early reform of the national "
                  "dental contract; and"),
    ("cl", "(3)", "that a further update be brought to the Panel in June 2026, once the new "
                  "practice in Backwick has opened."),

    # -- 7 ---------------------------------------------------------------
    ("min", "HAS 27", "Youth Vaping: Prevention and Enforcement", "7"),
    ("p", "The Director of Public Health and Regulatory Services and the Trading Standards "
          "and Licensing Manager presented a joint report on vaping among children and "
          "young people in Portcombe. The most recent school health survey had found that "
          "19% of Year 10 pupils vaped at least once a week, up from 11% in 2022, and that "
          "most of them bought their vapes from shops or from older friends. Trading "
          "Standards had carried out 84 test purchases in 2024/25, 23 of which had resulted "
          "in a sale to a person under 18, and had seized more than 6,400 illegal vapes, "
          "most of them with tanks larger than the legal limit or with too much nicotine."),
    ("p", "The Executive Member for Public Health, Regulatory Services and Leisure welcomed "
          "the national ban on single-use vapes, which had come into force in June 2025, "
          "and said that the Council's approach combined education in schools with firm "
          "enforcement against retailers who broke the law."),
    ("p", "Councillor Tony Venning asked what action was taken against shops that "
          "repeatedly sold vapes to children. The Trading Standards and Licensing Manager "
          "explained that the service first issued a written warning and offered training "
          "to staff, and that after a second failed test purchase it would seek a review of "
          "the premises licence or prosecute. Two retailers had been prosecuted in the past "
          "year and fined a total of £8,700."),
    ("p", "Members were concerned about the marketing of vapes to children through bright "
          "packaging and sweet flavours, and asked whether the Council could do more. The "
          "Director of Public Health and Regulatory Services advised that the Tobacco and "
          "Vapes Bill, currently before Parliament, would give the Government powers to "
          "restrict flavours, packaging and displays, and that the Council had supported "
          "these restrictions in its response to the national consultation."),
    ("p", "A Member asked whether schools were being supported to deal with vaping on their "
          "premises. It was noted that the public health team had produced a toolkit for "
          "secondary schools, and that 9 of the 11 secondary schools in Portcombe had taken "
          "part in training delivered with the school nursing service."),
    ("p", "Councillor Ruth Denbury commented that many young people who vaped had never "
          "smoked, and questioned whether the Council's message that vaping was a tool to "
          "help adults stop smoking was confusing for them. The Director of Public Health "
          "and Regulatory Services acknowledged the tension and said that the Council's "
          "campaigns were aimed separately at adult smokers and at young people, with the "
          "message for young people being simply that vaping was not for them."),
    ("p", "Members asked whether Trading Standards had enough officers to keep up with the "
          "trade in illegal vapes. The Trading Standards and Licensing Manager said that "
          "the service had 6.5 full-time equivalent officers, and that a one-off grant of "
          "£96,000 from the national enforcement fund had paid for additional test "
          "purchasing in 2025/26 but was not guaranteed beyond March 2026."),
    ("p", "The Vice-Chairperson commented that parents were often unaware how easily "
          "their children could buy vapes, and that information for parents should be "
          "shared through primary as well as secondary schools."),
    ("p", "A Member sought clarification on what happened to vapes seized by Trading "
          "Standards. The Trading Standards and Licensing Manager confirmed that seized "
          "vapes were stored securely and then sent for specialist recycling, as their "
          "lithium batteries could cause fires in refuse vehicles."),
    ("raw", "Concluded:"),
    ("cl", "(1)", "that the report be noted; and"),
    ("cl", "(2)", "that the Panel asks the Executive Member for Public Health, Regulatory "
                  "Services and Leisure to explore with the Licensing Committee a voluntary "
                  "code for retailers selling vapes near schools."),

    # -- 8 ---------------------------------------------------------------
    ("min", "HAS 28", "Healthwatch Portcombe Annual Report 2024/25", "8"),
    ("p", "Rachel Dinning, Manager of Healthwatch Portcombe, presented the Healthwatch "
          "annual report for 2024/25. During the year Healthwatch had heard from 2,870 "
          "people about their experiences of health and care services, carried out six "
          "Enter and View visits to care homes and published reports on GP access, "
          "discharge from Portcombe General Hospital and maternity services. The subjects "
          "raised most often had been access to GP appointments, NHS dentistry and waiting "
          "times for hospital treatment. Ms Dinning highlighted that:"),
    ("dot", "the number of people contacting Healthwatch about waiting times for hospital "
            "treatment had doubled since 2023/24;"),
    ("dot", "Healthwatch had recruited 18 new volunteers, including six young people from "
            "Portcombe College; and"),
    ("dot", "the Council's funding for Healthwatch had been reduced by 5% in 2025/26."),
    ("p", "A Member asked how Healthwatch made sure it heard from people who were seldom "
          "heard, such as Gypsy and Traveller communities and people with learning "
          "disabilities. Ms Dinning advised that Healthwatch had worked with the learning "
          "disability partnership board on an easy-read survey and had funded a community "
          "outreach worker for two days a week."),
    ("p", "Councillor Owain Pascoe asked what difference Healthwatch's report on hospital "
          "discharge had made. Ms Dinning said that the hospital trust had accepted all "
          "seven recommendations and had introduced a discharge information leaflet, but "
          "that families were still reporting that they were given little notice of "
          "discharge, and Healthwatch would be returning to the subject in 2026."),
    ("p", "Members expressed concern about the reduction in the Council's funding for "
          "Healthwatch at a time when demand for its services was increasing. The Executive "
          "Member for Adult Services and Health explained that the reduction reflected "
          "savings required across all contracts in 2025/26, and that the Healthwatch "
          "contract would be looked at again as part of the budget for 2026/27."),
    ("p", "Councillor Helen Yeo requested that the Healthwatch report on GP access be "
          "circulated to all Members of the Council and not just to the Panel. Ms Dinning "
          "agreed to send it to Democratic Services for circulation."),
    ("raw", "Concluded:"),
    ("p", "that the Healthwatch Portcombe annual report 2024/25 be noted, and that the "
          "Panel's thanks to Healthwatch staff and volunteers be recorded."),

    # -- 9 ---------------------------------------------------------------
    ("min", "HAS 29", "The Panel's Work Plan", "9"),
    ("p", "The Panel considered its work plan for the remainder of the 2025/26 municipal "
          "year. Councillor Brian Ackland asked that an item on waiting times for hospital "
          "treatment at Portcombe General Hospital be added, in view of the Healthwatch "
          "findings. The Chairperson suggested that this be considered at the March meeting, "
          "with the hospital trust invited to attend. Members also agreed that the report "
          "on the performance of the new home care contracts requested under minute HAS 25 "
          "be added to the plan for 2026/27."),
    ("p", "The Democratic Services Officer reminded Members that the informal briefing on "
          "the adult social care budget for 2026/27 would be held on Monday 8 December at "
          "2.00 pm in Committee Room 2, and that the next meeting of the Panel would be "
          "held on Thursday 22 January 2026."),
    ("raw", "Concluded:"),
    ("p", "that the work plan be updated to include the items agreed above."),
    ("gap",),
    ("raw", "________________________________\n"
            "Chairperson\n"
            "________________________________"),
]

DISCLAIMER = [
    ("raw", "**********************************************************************"),
    ("p", "This email and any files transmitted with it are confidential and intended "
          "solely for the use of the individual or entity to whom they are addressed. If "
          "you have received this email in error please notify the sender and delete it. "
          "Portcombe Council may monitor email traffic data and the content of email."),
    ("raw", "**********************************************************************"),
]


def render(blocks) -> list[str]:
    out: list[str] = []
    for b in blocks:
        kind = b[0]
        if out:
            out.append("")
        if kind == "raw":
            out.extend(curly(b[1]).split("\n"))
        elif kind == "p":
            out.extend(wrap(curly(b[1])))
        elif kind == "dot":
            out.extend(wrap(curly(b[1]), "\u00b7\t"))
        elif kind == "cl":
            out.extend(wrap(curly(b[2]), b[1] + "\t"))
        elif kind == "min":
            _, num, title, agenda = b
            out.extend(wrap(curly(f"{title} (Agenda Item {agenda})"), num + "\t"))
        elif kind == "gap":
            pass
        else:
            raise ValueError(kind)
    return out


def minutes_text() -> str:
    lines = EMAIL_HEAD.split("\n") + [""]
    lines += render(COVER)
    lines += ["", ""]
    lines += render(MINUTES)
    lines += ["", ""]
    lines += render(DISCLAIMER)
    return EOL.join(l.rstrip(" ") for l in lines) + EOL


# ---------------------------------------------------------------------------
# The press release (not minutes)
# ---------------------------------------------------------------------------

PRESS = [
    ("raw", "PORTCOMBE COUNCIL\nNEWS RELEASE"),
    ("raw", "For immediate release: Tuesday 2 December 2025\nRef: PR/25/318"),
    ("raw", "NEW HOME CARE ZONES TO BRING CARERS CLOSER TO THE PEOPLE THEY SUPPORT"),
    ("p", "People who receive care in their own homes in Portcombe will be supported by "
          "care workers based in their own part of the district under new arrangements "
          "announced by Portcombe Council today."),
    ("p", "From September 2026 the district will be divided into seven home care zones, "
          "each with its own lead care provider working alongside smaller local agencies. "
          "The Council says the change will mean shorter journeys between visits for care "
          "workers, fewer late or missed visits, and more people seeing the same faces "
          "from week to week."),
    ("p", "Around 1,460 people in Portcombe receive home care arranged by the Council at "
          "any one time, with care workers making more than 34,000 visits every week. At "
          "the moment the Council buys care from more than 40 different agencies, and in "
          "some villages in the west of the district as many as six different agencies "
          "visit the same street."),
    ("p", "Councillor Annette Lisle, Executive Member for Adult Services and Health, said:"),
    ("p", "\"We have listened to the people who use home care and to their families, and "
          "the message was loud and clear: they want to know who is coming through the "
          "door, and they want that person to turn up on time. Giving each part of "
          "Portcombe its own team of providers is the best way we can see of doing that, "
          "and of making sure people in our rural villages get the same service as people "
          "in the town.\""),
    ("p", "\"Care workers do an incredible job, often in very difficult circumstances. "
          "The new contracts will make sure they are paid for the time they spend "
          "travelling between visits, which we know has been a real concern for them.\""),
    ("raw", "WHAT YOU TOLD US"),
    ("p", "Over the summer more than 300 people who receive home care, and their families, "
          "took part in the Council's survey, and Healthwatch Portcombe held listening "
          "sessions in Cheddleigh, Backwick, Elverton and Portcombe town centre. Here is "
          "some of what people said and what the Council is doing about it."),
    ("raw", "You said: \"I never know which carer is coming or when.\"\n"
            "We did: Providers will have to tell us every month how many different care\n"
            "workers have visited each person, and we will publish the figures for each\n"
            "zone."),
    ("raw", "You said: \"Visits are rushed because carers are always running late.\"\n"
            "We did: Zones will cut travel between visits, and providers must pay care\n"
            "workers for their travel time."),
    ("raw", "You said: \"Nobody tells my family when a visit is missed.\"\n"
            "We did: Providers will have to contact the person or their named carer within\n"
            "30 minutes if a visit is going to be missed or will be more than half an\n"
            "hour late."),
    ("raw", "You said: \"It is hard to find care in the villages.\"\n"
            "We did: The two western zones will have a rural supplement so that providers\n"
            "can cover longer journeys."),
    ("raw", "YOUR QUESTIONS ANSWERED"),
    ("raw", "Will I have to change my care worker?"),
    ("p", "Not straight away. If your current agency is not chosen for your zone, the Council "
          "will work with you and the new provider to plan the move, and where possible "
          "care workers will be able to move with you to the new provider. Nobody's care "
          "will stop because of the changes."),
    ("raw", "Will my care cost more?"),
    ("p", "No. What you pay towards your care is worked out by a financial assessment and "
          "does not depend on which provider delivers it. The changes will not affect the "
          "amount you are asked to contribute."),
    ("raw", "What if I pay for my own care?"),
    ("p", "If you arrange and pay for your own care you do not need to do anything. You can "
          "continue with your current agency, or ask the Council's Care Direct team for a "
          "list of providers working in your area."),
    ("raw", "What if I have a direct payment?"),
    ("p", "People who use a direct payment to employ a personal assistant or buy care "
          "from an agency of their choice can carry on doing so."),
    ("raw", "How were the providers chosen?"),
    ("p", "The contracts will be awarded through an open tender. Bids will be scored on "
          "quality, on price and on social value, including how many staff the provider "
          "employs from the local area. Groups of smaller local agencies are encouraged to "
          "bid together."),
    ("raw", "Who checks that the care is good enough?"),
    ("p", "All providers must be registered with the Care Quality Commission. The Council's "
          "quality team will visit every lead provider at least twice a year, and the "
          "Council's Health and Adult Social Care Policy and Scrutiny Panel will receive a "
          "report on how the new contracts are working six months after they start."),
    ("raw", "WHAT HAPPENS NEXT"),
    ("p", "The Council's Executive will be asked to approve the new arrangements at its "
          "meeting on 14 January 2026. If they are approved, tenders will open in February "
          "and the new providers will be announced in the early summer, with the new "
          "contracts starting on 1 September 2026. Everyone who receives home care arranged "
          "by the Council will receive a letter explaining what the changes mean for them."),
    ("p", "Mrs Brenda Kitto, whose husband receives care at home in Haddon Vale, took part "
          "in one of the listening sessions. She said: \"It makes a big difference when "
          "it's someone Geoff knows. He gets anxious with new faces. If this means we see "
          "the same two or three carers, that would be wonderful.\""),
    ("p", "Anyone with questions about their own care can contact Care Direct on 01632 "
          "960200 (Monday to Friday, 8.30 am to 5 pm) or email "
          "caredirect@portcombe.gov.uk."),
    ("raw", "ENDS"),
    ("raw", "NOTES TO EDITORS"),
    ("raw", "1. Portcombe Council currently spends £27.4 million a year on home care and\n"
            "community support for adults."),
    ("raw", "2. The Executive report, Re-procurement of Community Support and Home Care\n"
            "Services, will be published on the Council's website on 5 January 2026."),
    ("raw", "3. The Council's Health and Adult Social Care Policy and Scrutiny Panel\n"
            "discussed the proposals on 13 November 2025. The recording is available on\n"
            "the Council's YouTube channel."),
    ("raw", "4. Photographs of care workers from Portcombe's in-house reablement team are\n"
            "available on request."),
    ("raw", "Media enquiries: Communications Team, Portcombe Council\n"
            "Tel: 01632 960377 | press@portcombe.gov.uk\n"
            "Out of hours: 07700 900461"),
]


def press_text() -> str:
    return EOL.join(render(PRESS)) + EOL


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


DASS = "Director of Adult Social Services"
DPH = "Director of Public Health and Regulatory Services"
TS = "Trading Standards and Licensing Manager"
HOC = "Head of Commissioning"
EM_ASC = "Executive Member for Adult Services and Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Policy and Scrutiny Panel",
    "meeting_date": "2025-11-13",
    "items": [
        {"number": "HAS 21", "title": "Public Participation (Standing Order SSO 9)"},
        {"number": "HAS 22", "title": "Declaration of disclosable pecuniary interest "
                                      "(Standing Order 37)"},
        {"number": "HAS 23", "title": "Minutes of the Meeting held on 18 September 2025"},
        {"number": "HAS 24", "title": "Matters referred by Council, the Executive, other "
                                      "Committees and Panels (if any)"},
        {"number": "HAS 25", "title": "Re-procurement of Community Support and Home Care "
                                      "Services"},
        {"number": "HAS 26", "title": "NHS Dental Services in Portcombe"},
        {"number": "HAS 27", "title": "Youth Vaping: Prevention and Enforcement"},
        {"number": "HAS 28", "title": "Healthwatch Portcombe Annual Report 2024/25"},
        {"number": "HAS 29", "title": "The Panel's Work Plan"},
    ],
    "questions": [
        # HAS 21 public participation
        q("HAS 21", "question",
          "asked whether the new contracts would require providers to guarantee continuity",
          "Mr Derek Hallworthy",
          "the new service specification would require providers to report monthly",
          DASS, ["adult-social-care", "subcontracting"]),
        q("HAS 21", "concern",
          "unpaid carers were regularly left to cover missed home care calls",
          "Ms Carol Ennis", None, None, ["adult-social-care"]),
        # HAS 25 home care re-procurement ("Members raised the following points:")
        q("HAS 25", "question",
          "asked how the zoned model would avoid the problems seen in other areas",
          None,
          "each zone would have up to two secondary providers who could take",
          HOC, ["subcontracting", "adult-social-care"]),
        q("HAS 25", "concern",
          "would be squeezed out of the market by larger national companies",
          None,
          "the evaluation criteria would give a 20% weighting to social value",
          None, ["subcontracting", "privatisation", "adult-social-care"]),
        q("HAS 25", "question",
          "In response to a question about subcontracting",
          None,
          "would need the Council's written consent before subcontracting any package of care",
          None, ["subcontracting", "adult-social-care"]),
        q("HAS 25", "question",
          "asked whether care workers would be paid for travel time between calls",
          "Councillor Nigel Lavington",
          "the proposed hourly rate of £27.60 assumed payment for travel time",
          DASS, ["workforce", "finance", "adult-social-care"]),
        q("HAS 25", "question",
          "asked how people without internet access had been able to take part",
          None,
          "Healthwatch Portcombe had held four listening sessions in community venues",
          HOC, ["patient-and-public-input", "adult-social-care"]),
        q("HAS 25", "question",
          "queried whether the Council had considered bringing some home care back in-house",
          None,
          "an in-house service would cost around £4.1m a year more",
          DASS, ["privatisation", "finance", "adult-social-care"]),
        q("HAS 25", "request",
          "requested that the Panel receive a report on the performance of the new contracts",
          None,
          "The Executive Member for Adult Services and Health agreed to this",
          EM_ASC, ["subcontracting", "adult-social-care"]),
        # HAS 26 dentistry
        q("HAS 26", "question",
          "asked when the new practice would open and whether it would take",
          "Councillor Diane Hext",
          "required the practice to prioritise former patients of the Backwick practice",
          "Ms Blewett", ["primary-care", "subcontracting"]),
        q("HAS 26", "question",
          "asked why dentists were leaving NHS work and whether anything could",
          None,
          "a local incentive scheme paying practices an additional £15 for every new patient",
          "Ms Blewett", ["primary-care", "finance"]),
        q("HAS 26", "question",
          "queried whether there was a waiting list for an NHS dentist",
          None,
          "the ICB was developing a central list which it hoped to launch",
          None, ["primary-care"]),
        q("HAS 26", "concern",
          "expressed concern at the number of children admitted to hospital to have teeth",
          None,
          "the toothbrushing programme would be extended to a further 30 settings",
          "Consultant in Dental Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("HAS 26", "question",
          "asked whether people living in care homes were able to see a dentist",
          "Councillor Priya Marwood",
          "piloting a domiciliary dental service with three care homes in Elverton",
          "Ms Blewett", ["primary-care", "adult-social-care"]),
        q("HAS 26", "request",
          "provide the Panel with a list of practices in Portcombe currently accepting",
          "Chairperson", None, None, ["primary-care"]),
        # HAS 27 youth vaping
        q("HAS 27", "question",
          "asked what action was taken against shops that repeatedly sold vapes to children",
          "Councillor Tony Venning",
          "after a second failed test purchase it would seek a review",
          TS, ["public-health", "children-and-families"]),
        q("HAS 27", "concern",
          "concerned about the marketing of vapes to children through bright packaging",
          None,
          "would give the Government powers to restrict flavours, packaging and displays",
          DPH, ["public-health", "children-and-families"]),
        q("HAS 27", "question",
          "asked whether schools were being supported to deal with vaping",
          None,
          "the public health team had produced a toolkit for secondary schools",
          None, ["public-health", "children-and-families"]),
        q("HAS 27", "question",
          "questioned whether the Council's message that vaping was a tool to help adults",
          "Councillor Ruth Denbury",
          "campaigns were aimed separately at adult smokers and at young people",
          DPH, ["public-health", "children-and-families"]),
        q("HAS 27", "question",
          "asked whether Trading Standards had enough officers to keep up",
          None,
          "a one-off grant of £96,000 from the national enforcement fund",
          TS, ["public-health", "children-and-families", "workforce", "finance"]),
        q("HAS 27", "comment",
          "parents were often unaware how easily their children could buy vapes",
          "Vice-Chairperson", None, None, ["public-health", "children-and-families"]),
        q("HAS 27", "question",
          "sought clarification on what happened to vapes seized by Trading Standards",
          None,
          "seized vapes were stored securely and then sent for specialist recycling",
          TS, ["public-health", "children-and-families"]),
        # HAS 28 Healthwatch
        q("HAS 28", "question",
          "asked how Healthwatch made sure it heard from people who were seldom heard",
          None,
          "worked with the learning disability partnership board on an easy-read survey",
          "Ms Dinning", ["patient-and-public-input"]),
        q("HAS 28", "question",
          "asked what difference Healthwatch's report on hospital discharge had made",
          "Councillor Owain Pascoe",
          "the hospital trust had accepted all seven recommendations",
          "Ms Dinning", ["patient-and-public-input", "adult-social-care"]),
        q("HAS 28", "concern",
          "expressed concern about the reduction in the Council's funding for Healthwatch",
          None,
          "the reduction reflected savings required across all contracts in 2025/26",
          EM_ASC, ["finance", "patient-and-public-input"]),
        q("HAS 28", "request",
          "requested that the Healthwatch report on GP access be circulated",
          "Councillor Helen Yeo",
          "agreed to send it to Democratic Services for circulation",
          "Ms Dinning", ["primary-care", "patient-and-public-input"]),
        # HAS 29 work plan
        q("HAS 29", "request",
          "asked that an item on waiting times for hospital treatment",
          "Councillor Brian Ackland",
          "this be considered at the March meeting, with the hospital trust invited",
          "Chairperson", []),
    ],
    "resolutions": [
        res("HAS 23", "that the minutes of the meeting be approved as a correct record",
            "agreed", []),
        res("HAS 25", "the zone covering Portcombe town centre be delivered by an in-house service",
            "rejected", ["privatisation", "adult-social-care"]),
        res("HAS 25", "recommends to the Executive that the service specification include a requirement",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("HAS 26", "asking for early reform of the national dental contract",
            "agreed", ["primary-care"]),
        res("HAS 27", "a voluntary code for retailers selling vapes near schools",
            "agreed", ["public-health", "children-and-families"]),
        res("HAS 28", "the Healthwatch Portcombe annual report 2024/25 be noted",
            "noted", ["patient-and-public-input"]),
        res("HAS 29", "that the work plan be updated to include the items agreed above",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Jenny Fairweather", "Chairperson", "present"),
        att("Councillor Owain Pascoe", "Vice-Chairperson", "present"),
        att("Councillor Brian Ackland", None, "present"),
        att("Councillor Ruth Denbury", None, "present"),
        att("Councillor Kieran Holloway", None, "apologies"),
        att("Councillor Sally Jephcott", None, "present"),
        att("Councillor Nigel Lavington", None, "present"),
        att("Councillor Priya Marwood", None, "present"),
        att("Councillor Colin Rendle", None, "present"),
        att("Councillor Amanda Stowell", None, "apologies"),
        att("Councillor Tony Venning", None, "present"),
        att("Councillor Gareth Winsor", None, "apologies"),
        att("Councillor Helen Yeo", None, "present"),
        att("Councillor Annette Lisle", "Executive Member for Adult Services and Health",
            "in_attendance"),
        att("Councillor Rob Chivers",
            "Executive Member for Public Health, Regulatory Services and Leisure",
            "in_attendance"),
        att("Councillor Diane Hext", "Ward Member, Backwick", "in_attendance"),
        att("Lorna Pengelly", "Director of Adult Social Services", "in_attendance"),
        att("Dr Matthew Okonjo", "Director of Public Health and Regulatory Services",
            "in_attendance"),
        att("Stuart Meaden", "Head of Commissioning, Adult Social Care", "in_attendance"),
        att("Fiona Tapley", "Trading Standards and Licensing Manager", "in_attendance"),
        att("Tamsin Orchard", "Democratic Services Officer", "in_attendance"),
        att("Katie Blewett",
            "Head of Primary Care Commissioning (Dental), NHS Mendlow Integrated Care Board",
            "in_attendance"),
        att("Dr Alun Prideaux", "Consultant in Dental Public Health", "in_attendance"),
        att("Rachel Dinning", "Manager, Healthwatch Portcombe", "in_attendance"),
    ],
}

PRESS_GOLD = {"document": PRESS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / PRESS_NAME).write_bytes(press_text().encode("utf-8"))
    for gold in (MINUTES_GOLD, PRESS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_bytes(
            (json.dumps(gold, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


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


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("qg-*.json")):
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
        items = {i["number"] for i in gold["items"]}
        phrases = []
        for row in gold["questions"] + gold["resolutions"]:
            if row["item"] not in items:
                print(f"FAIL unknown item {row['item']}")
                problems += 1
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"FAIL unknown themes {bad}")
                problems += 1
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({sum(1 for r in gold['questions'] if r['answer'])} answered), "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / PRESS_NAME}\ngold in {GOLD}")
