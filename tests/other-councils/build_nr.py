#!/usr/bin/env python3
"""Build the "nr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nr.py           build documents/nr-* and gold/nr-*.json
        build_nr.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nr-thornbeck-hasc-osp-2025-02-06.txt"
REPORT_NAME = "nr-thornbeck-hasc-osp-report-home-care-recommissioning.docx"
FIXED = dt.datetime(2025, 1, 27, 9, 0, 0)

NB = "\u00a0"  # the lone non-breaking space a browser copy leaves between paragraphs

# ---------------------------------------------------------------------------
# The minutes: the main column of a ModernGov meeting page, selected and copied
# from the browser into a text file.
# ---------------------------------------------------------------------------
MINUTES = """Agenda and minutes

Health and Adult Social Care Overview and Scrutiny Panel - Thursday, 6th February, 2025 10.00 am

Venue: Council Chamber, Civic Office, Ropergate, Thornbeck TB1 2DW. View directions

Contact: Helen Ashworth, Senior Governance Officer  01632 960481  Email: helen.ashworth@thornbeck.gov.uk

Items
No.\tItem

A. Items where the Public and Press may not be excluded.

37.

Apologies for Absence

Minutes:

Apologies for absence were received from Vice-Chair - Councillor Denise Hartley, Councillor Imran Akhtar and Paula Grimshaw (Healthwatch Thornbeck).

38.

To consider the extent, if any, to which the public and press are to be excluded from the meeting.

Minutes:

There were no items where the public and press were excluded from the meeting.

39.

Declarations of Interest, if any

Minutes:

Councillor Sue Barraclough declared a non-pecuniary interest in agenda item 44, Urgent and Emergency Care - Winter Update, by virtue of a close family member being employed by Thornbeck and Idlemoor Teaching Hospitals NHS Foundation Trust.

40.

Minutes of the Health and Adult Social Care Overview and Scrutiny Panel held on 28th November, 2024 pdf icon PDF 141 KB

Minutes:

RESOLVED:  That the minutes of the meeting held on 28th November 2024, be agreed as a correct record and signed by the Chair.

41.

Public Statements

[A period not exceeding 20 minutes for

Statements from up to 5 members of the public on

matters within the Panel\u2019s remit, proposing action(s)

which may be considered or contribute towards the

future development of the Panel\u2019s work programme].

{NB}

Minutes:

Mr Keith Lumb, a resident of Hatherby, made a statement regarding the temporary closure of the Hatherby branch surgery since October 2024 and the difficulties that older residents without a car were having in travelling to the main practice at Kirk Marton, where the bus service ran only once every two hours and patients were told to telephone at 8.00 a.m. for an appointment, often without success.  Mr Lumb asked whether the Panel would consider looking at access to GP appointments in the villages as part of its future work programme.

{NB}

The Chair thanked Mr Lumb for attending and advised that the issue would be picked up under the Work Plan item later on the agenda (minute 46 refers), and that a written response would be sought from the South Riding Integrated Care Board on the future of the branch surgery.

42.

Adult Social Care Market Sustainability and Home Care Recommissioning pdf icon PDF 612 KB

Additional documents:

  \u2022 Appendix A - Cost of Care Summary 2024-25, item 42 pdf icon PDF 388 KB
  \u2022 Appendix B - Home Care Engagement Plan, item 42 pdf icon PDF 205 KB

Minutes:

The Panel received a report which provided an update on the sustainability of the adult social care market in Thornbeck and set out the proposed approach to recommissioning home care services from October 2025, when the current framework agreement was due to expire.  The report was presented by the Cabinet Member for Adult Social Care and Wellbeing, Councillor Lorraine Cresswell, together with the Director of Adult Social Care and the Head of Commissioning (Adults).

{NB}

Members were informed that the Council currently purchased approximately 21,500 hours of home care each week from 34 providers.  The proposal was to move from the existing framework to a zoned model with a lead provider in each of six zones, supported by a smaller number of framework providers for overflow and specialist packages.  It was explained that the zoned model was expected to reduce the number of calls being handed back by providers and the time people waited in hospital and in short term beds, and that engagement with people who use home care, their families and providers would run until the end of March.

{NB}

There was a discussion held and the following issues were raised;

{NB}

Fee Rates - A Member asked how the proposed hourly rate for home care compared with the rates paid by neighbouring authorities, given the proposed figure of \u00a323.40.  It was explained that the rate sat in the middle of the range for the South Riding authorities and had been informed by the cost of care exercise completed with providers in 2024, details of which were set out at Appendix A.  The Director of Adult Social Care added that the increase in employers\u2019 National Insurance contributions from April 2025 had not been factored into the modelling at the time of writing and would need to be reflected before the rate was finalised.

{NB}

Travel Time - Concern was expressed that some care workers were still not being paid for the time spent travelling between calls, which Members felt contributed to the high turnover of staff in the sector.  The Head of Commissioning (Adults) confirmed that the new contract would include a requirement for providers to pay for travel time and that compliance would be checked through contract monitoring visits and by sampling payslips.

{NB}

Rural Areas - Members queried how the zoned model would ensure that people living in the outlying villages, such as Hatherby and Low Ellerby, were not left waiting for a package of care to become available.  It was stated that the eastern zone had been drawn deliberately to combine rural and town areas so that the lead provider could plan rounds efficiently, and that a rural supplement would be paid for the most isolated calls.

{NB}

In-house Provision - Councillor Hussain asked whether consideration had been given to the Council bringing back part of the home care service in-house, as some other councils had done for reablement and complex packages.  In response, the Cabinet Member stated that an in-house option had been looked at as part of the options appraisal but was not affordable within the current budget, although the Council\u2019s own reablement service would be expanded during 2025/26.

{NB}

Engagement - Members requested that the views of people who receive home care and their carers be reported back to the Panel once the engagement period had concluded.

{NB}

RESOLVED that the Panel:

1.      Note the report and the proposed approach to the recommissioning of home care services; and

2.      Receive the outcome of the engagement with people who use home care services and their carers at a future meeting.

43.

Thornbeck Safeguarding Adults Board Annual Report 2023-24 pdf icon PDF 1 MB

Minutes:

The Independent Chair of the Thornbeck Safeguarding Adults Board, Jean Ellwood, presented the Board\u2019s Annual Report for 2023/24, which set out the work undertaken by the partnership over the year, the findings of the two Safeguarding Adults Reviews published during the year and the Board\u2019s priorities for 2024/25.  It was reported that the number of safeguarding concerns received by the Council had risen by 9% to 5,214, of which 1,380 had progressed to an enquiry under Section 42 of the Care Act 2014.

{NB}

Self-neglect - A Member asked what was behind the increase in referrals for self-neglect, which had almost doubled since 2021/22.  The Independent Chair explained that this reflected a greater awareness of hoarding amongst partners following the training delivered by the Board, rather than a real increase in need, and that a revised multi-agency self-neglect protocol had been launched in September 2024.

{NB}

Care Homes - Concern was expressed that a high proportion of safeguarding concerns related to care homes and nursing homes in the city.  Members were informed that the majority of concerns related to medication errors and falls, and that the Council\u2019s quality monitoring team worked closely with the Care Quality Commission where a pattern of concerns was identified at a particular home.

{NB}

RESOLVED that the Panel note the Thornbeck Safeguarding Adults Board Annual Report and the priorities for 2024/25.

44.

Urgent and Emergency Care - Winter Update pdf icon PDF 2 MB

Minutes:

The Panel received a presentation from Dr Anita Rowe, Chief Operating Officer, Thornbeck and Idlemoor Teaching Hospitals NHS Foundation Trust, and Mark Hepworth, Deputy Place Director (Thornbeck), South Riding Integrated Care Board (ICB), on the following areas;

{NB}

     Emergency Department performance

     Ambulance handovers

     Discharge and patient flow

     Winter vaccination programme

     NHS 111 and the Urgent Treatment Centre

{NB}

The Chair conveyed thanks on behalf of the Panel to staff across the hospital, the ambulance service and social care for their hard work over what had been a very challenging period, including the critical incident declared by the Trust on 2nd January 2025.

{NB}

The following questions and queries were addressed:-

{NB}

Corridor Care - Members expressed concern at reports in the local press of patients being cared for on trolleys in corridors at Thornbeck Royal Infirmary during the first two weeks of January.  The Chief Operating Officer acknowledged that this had happened on a number of occasions and was not the standard of care the Trust wished to provide.  Members were informed that 18 additional escalation beds had been opened and that every patient cared for in a temporary escalation space was reviewed by a senior nurse at least every two hours.

{NB}

Ambulance Handovers - In response to a question about ambulance handover delays, the Chief Operating Officer explained that the average handover time in December had been 41 minutes against the 30 minute standard, and that a dedicated handover area staffed by the Trust had been introduced to release crews more quickly.

{NB}

Discharge - A Member queried how many patients remained in hospital who no longer met the criteria to reside.  It was stated that on average 92 patients a day were in this position during December, of whom around a third were waiting for social care support.  The Director of Adult Social Care explained that the integrated discharge team and the discharge to assess beds at Marton Lodge had helped, and that joint working with the ICB through the Better Care Fund would continue into 2025/26.

{NB}

Flu Vaccination - Councillor Moxon asked what was being done to improve the uptake of the flu vaccination amongst frontline health and care staff, which the presentation showed as 38% at the Trust.  The Director of Public Health advised that uptake had fallen nationally since the pandemic and that peer vaccinators and drop-in clinics on each ward had been introduced, but acknowledged that further work was required.

{NB}

Mental Health - Members sought clarification on the length of time people in a mental health crisis were waiting in the Emergency Department for an assessment or a bed.  The Deputy Place Director advised that he did not have the figures to hand and agreed that these would be circulated to Members following the meeting.

{NB}

NHS 111 - A Member commented that many older residents were unaware that they could be booked into the Urgent Treatment Centre through NHS 111, and felt that the recent publicity campaign had relied too heavily on social media.

{NB}

RESOLVED: That the Panel:

(1)   note the update provided; and

(2)   request that the information on waiting times in the Emergency Department for people in a mental health crisis be circulated to Members.

45.

Director of Public Health Annual Report 2024 pdf icon PDF 3 MB

Minutes:

The Director of Public Health, Dr Rachel Ingham, presented her Annual Report for 2024, \u201cGrowing Older Well in Thornbeck\u201d, which focused on healthy ageing and the factors that affected the number of years residents lived in good health.  The report highlighted that healthy life expectancy in the city was 58.2 years for men and 57.6 years for women, below the England average, and set out six recommendations for the Council and its partners.

{NB}

Members welcomed the report and the following matters were raised:-

{NB}

\u00b7         Smoking - A Member asked why the proportion of adults who smoked in Thornbeck remained higher than the regional average despite the reductions seen over the last ten years.  The Director explained that smoking was increasingly concentrated in the most deprived communities and amongst people with mental health conditions, and that the stop smoking service was being targeted at these groups using the additional national grant received for 2024/25.

{NB}

\u00b7         Vaping - Concern was raised regarding the number of young people vaping and the ease with which disposable vapes could be bought from shops close to schools.  Members were informed that Trading Standards had carried out test purchasing at 40 premises in the last year, with 11 sales to under 18s, and that enforcement action had followed.

{NB}

\u00b7         Healthy Life Expectancy - Councillor Moxon questioned whether the gap in healthy life expectancy between the most and least deprived wards had narrowed since the last report.  It was explained that the gap had widened slightly, to around 15 years, and that the Health and Wellbeing Board had made reducing this gap its main priority for the new strategy.

{NB}

\u00b7         Housing - Members commented on the link between cold and damp housing, particularly in the private rented sector, and falls and respiratory illness in older people.  The Director agreed and referred to joint work with housing enforcement on the Warm Homes programme, which had helped 640 households with insulation and heating repairs.

{NB}

\u00b7         Loneliness - It was requested that future reports include information on social isolation among older residents living alone, as Members were aware of a number of cases in their own wards.

{NB}

The Panel noted the Annual Report of the Director of Public Health for 2024 and thanked Dr Ingham and her team for a comprehensive and readable report.

46.

Overview and Scrutiny Work Plan Report 2024/25 Update pdf icon PDF 228 KB

Additional documents:

  \u2022 Appendix A - Overview and Scrutiny Work Plan 2024-25, item 46 pdf icon PDF 156 KB

Minutes:

The Senior Governance Officer presented the Overview and Scrutiny Work Plan for 2024/25, which included the Panel\u2019s remaining meeting for the municipal year on 3rd April 2025 and the items scheduled for consideration.

{NB}

With reference to the public statement made earlier in the meeting (minute 41 refers), the Chair proposed that access to GP appointments in the rural villages be included as an item for the 2025/26 work plan and that the ICB be invited to attend.  Members supported this approach.

{NB}

A Member asked whether the Panel could visit the new intermediate care unit at Marton Lodge before its next meeting.  It was confirmed that the Senior Governance Officer would make arrangements with the service.

{NB}

RESOLVED that the Panel:

1.      Note the Overview and Scrutiny Work Plan for 2024/25; and

2.      Agree that access to GP appointments in the rural villages be added to the work plan for 2025/26.
"""


def minutes_text() -> str:
    return MINUTES.replace("{NB}", NB)


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
    "committee": "Health and Adult Social Care Overview and Scrutiny Panel",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "37", "title": "Apologies for Absence"},
        {"number": "38", "title": "To consider the extent, if any, to which the public and press are to be excluded from the meeting."},
        {"number": "39", "title": "Declarations of Interest, if any"},
        {"number": "40", "title": "Minutes of the Health and Adult Social Care Overview and Scrutiny Panel held on 28th November, 2024"},
        {"number": "41", "title": "Public Statements"},
        {"number": "42", "title": "Adult Social Care Market Sustainability and Home Care Recommissioning"},
        {"number": "43", "title": "Thornbeck Safeguarding Adults Board Annual Report 2023-24"},
        {"number": "44", "title": "Urgent and Emergency Care - Winter Update"},
        {"number": "45", "title": "Director of Public Health Annual Report 2024"},
        {"number": "46", "title": "Overview and Scrutiny Work Plan Report 2024/25 Update"},
    ],
    "questions": [
        q("41", "question",
          "asked whether the Panel would consider looking at access to GP appointments in the villages",
          "Mr Keith Lumb",
          "advised that the issue would be picked up under the Work Plan item",
          "The Chair", ["primary-care"]),
        q("42", "question",
          "how the proposed hourly rate for home care compared with the rates paid",
          None,
          "the rate sat in the middle of the range for the South Riding authorities",
          None, ["finance", "adult-social-care"]),
        q("42", "concern",
          "Concern was expressed that some care workers were still not being paid",
          None,
          "the new contract would include a requirement for providers to pay for travel time",
          "The Head of Commissioning (Adults)", ["workforce", "adult-social-care"]),
        q("42", "question",
          "Members queried how the zoned model would ensure that people living in the outlying villages",
          None,
          "the eastern zone had been drawn deliberately to combine rural and town areas",
          None, ["adult-social-care"]),
        q("42", "question",
          "whether consideration had been given to the Council bringing back part of the home care",
          "Councillor Hussain",
          "had been looked at as part of the options appraisal but was not affordable",
          "the Cabinet Member", ["privatisation", "finance", "adult-social-care"]),
        q("42", "request",
          "Members requested that the views of people who receive home care and their carers",
          None, None, None, ["patient-and-public-input", "adult-social-care"]),
        q("43", "question",
          "A Member asked what was behind the increase in referrals",
          None,
          "a greater awareness of hoarding amongst partners following the training delivered",
          "The Independent Chair", ["adult-social-care"]),
        q("43", "concern",
          "Concern was expressed that a high proportion of safeguarding concerns related to care homes",
          None,
          "the majority of concerns related to medication errors and falls",
          None, ["adult-social-care", "governance"]),
        q("44", "concern",
          "Members expressed concern at reports in the local press of patients being cared for",
          None,
          "this had happened on a number of occasions and was not the standard of care",
          "The Chief Operating Officer", []),
        q("44", "question",
          "In response to a question about ambulance handover delays",
          None,
          "the average handover time in December had been 41 minutes against the 30 minute standard",
          "the Chief Operating Officer", []),
        q("44", "question",
          "queried how many patients remained in hospital who no longer met the criteria",
          None,
          "on average 92 patients a day were in this position during December",
          None, ["adult-social-care", "integration"]),
        q("44", "question",
          "asked what was being done to improve the uptake of the flu vaccination",
          "Councillor Moxon",
          "advised that uptake had fallen nationally since the pandemic and that peer vaccinators",
          "The Director of Public Health", ["public-health", "workforce"]),
        q("44", "question",
          "Members sought clarification on the length of time people in a mental health crisis",
          None,
          "he did not have the figures to hand and agreed that these would be circulated",
          "The Deputy Place Director", ["mental-health"]),
        q("44", "comment",
          "many older residents were unaware that they could be booked into the Urgent Treatment Centre",
          None, None, None, []),
        q("45", "question",
          "why the proportion of adults who smoked in Thornbeck remained higher than the regional average",
          None,
          "smoking was increasingly concentrated in the most deprived communities",
          "The Director", ["public-health"]),
        q("45", "concern",
          "Concern was raised regarding the number of young people vaping",
          None,
          "Trading Standards had carried out test purchasing at 40 premises in the last year",
          None, ["public-health", "children-and-families"]),
        q("45", "question",
          "questioned whether the gap in healthy life expectancy between the most and least deprived wards",
          "Councillor Moxon",
          "the Health and Wellbeing Board had made reducing this gap its main priority",
          None, ["public-health"]),
        q("45", "comment",
          "Members commented on the link between cold and damp housing",
          None,
          "referred to joint work with housing enforcement on the Warm Homes programme",
          "The Director", ["housing", "public-health"]),
        q("45", "request",
          "It was requested that future reports include information on social isolation among older residents",
          None, None, None, ["public-health"]),
        q("46", "question",
          "asked whether the Panel could visit the new intermediate care unit at Marton Lodge",
          None,
          "It was confirmed that the Senior Governance Officer would make arrangements with the service",
          None, ["adult-social-care"]),
    ],
    "resolutions": [
        r("40", "be agreed as a correct record and signed by the Chair", "agreed", []),
        r("42", "Note the report and the proposed approach to the recommissioning of home care services",
          "agreed", ["adult-social-care", "subcontracting"]),
        r("43", "the Panel note the Thornbeck Safeguarding Adults Board Annual Report and the priorities",
          "noted", ["adult-social-care"]),
        r("44", "request that the information on waiting times in the Emergency Department",
          "agreed", ["mental-health"]),
        r("45", "The Panel noted the Annual Report of the Director of Public Health", "noted", ["public-health"]),
        r("46", "Agree that access to GP appointments in the rural villages be added",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        {"name": "Councillor Denise Hartley", "role": "Vice-Chair", "attendance": "apologies"},
        {"name": "Councillor Imran Akhtar", "role": None, "attendance": "apologies"},
        {"name": "Paula Grimshaw", "role": "Healthwatch Thornbeck", "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# The report (not minutes): the officer report behind item 42, on the council's
# report template (numbered paragraphs, capitalised section headings, implication
# sections signed off with officer initials and dates).
# ---------------------------------------------------------------------------
def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    def para(text="", bold=False, align=None, size=None):
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    counter = {"n": 0}

    def num(text):
        counter["n"] += 1
        p = doc.add_paragraph()
        p.add_run(f"{counter['n']}.\t{text}")
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.first_line_indent = Pt(-28)
        return p

    def head(text):
        return para(text, bold=True)

    def table(rows, bold_first=True):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(cell)
                run.bold = bold_first and i == 0
        doc.add_paragraph()
        return t

    para("Report", bold=True, align="right", size=14)
    para("")
    para("Date:  6th February, 2025", bold=True)
    para("")
    para("To the Chair and Members of the", bold=True)
    para("HEALTH AND ADULT SOCIAL CARE OVERVIEW AND SCRUTINY PANEL", bold=True)
    para("")
    para("ADULT SOCIAL CARE MARKET SUSTAINABILITY AND HOME CARE RECOMMISSIONING",
         bold=True, align="center")
    para("")
    table([
        ["Relevant Cabinet Member(s)", "Wards Affected", "Key Decision"],
        ["Councillor Lorraine Cresswell, Cabinet Member for Adult Social Care and Wellbeing",
         "All", "No (for this report)"],
    ])

    head("EXECUTIVE SUMMARY")
    num("This report updates the Panel on the sustainability of the adult social care "
        "market in Thornbeck and sets out the proposed approach to the recommissioning of "
        "home care (domiciliary care) services for adults, before a decision is sought "
        "from Cabinet in June 2025.")
    num("The current Home Care Framework Agreement began in October 2020 and expires on "
        "30th September 2025. Around 21,500 hours of care are purchased each week from 34 "
        "providers, at a cost of approximately \u00a324.6m a year.")
    num("Officers propose a zoned model: one lead provider in each of six geographic "
        "zones, supported by a smaller framework of providers for overflow and specialist "
        "packages. Engagement with people who draw on care, their families and carers, "
        "providers and staff runs from 13th January to 31st March 2025.")

    head("EXEMPT REPORT")
    num("This report is not exempt.")

    head("RECOMMENDATIONS")
    num("The Panel is asked to:")
    para("a)\tnote the current position of the home care market and the findings of the "
         "2024 cost of care exercise (Appendix A);")
    para("b)\tconsider and comment on the proposed zoned model and the engagement plan "
         "(Appendix B); and")
    para("c)\tidentify any issues it wishes officers to address before the report to "
         "Cabinet in June 2025.")

    head("WHAT DOES THIS MEAN FOR THE CITIZENS OF THORNBECK?")
    num("Most people tell us they want to stay living in their own home for as long as "
        "possible. A reliable home care service, with care workers who know them, helps "
        "people to leave hospital on time and avoids unnecessary moves into a care home.")

    head("BACKGROUND")
    num("Demand for home care has grown by 14% since 2021/22, driven by an ageing "
        "population and people leaving hospital with greater needs. At the same time "
        "providers report difficulty recruiting and retaining care workers, with staff "
        "turnover across the sector in Thornbeck estimated at 31%.")
    num("Under the current framework, packages are offered to all providers at once and "
        "accepted by whoever can cover them. This has led to long rounds, calls being "
        "handed back, and delays of up to 12 days in starting care in the eastern villages.")
    num("A cost of care exercise was completed with providers between April and July 2024. "
        "Fifteen providers returned cost information. The median cost reported was "
        "\u00a324.11 per hour; the Council\u2019s current rate is \u00a321.96.")

    head("ENGAGEMENT TO DATE")
    num("Two drop-in sessions and an online survey have been held so far. The questions "
        "most often asked, and the answers we have given, are set out below. A full "
        "report will follow when the engagement closes.")
    table([
        ["What people asked", "Our response"],
        ["Will I be able to keep my current care worker?",
         "Wherever possible, yes. If your provider is not chosen as a lead provider, staff "
         "may transfer to the new provider under TUPE and we will plan any change with you."],
        ["Will care workers be paid for the time they spend travelling between visits?",
         "Yes. The new contract will require providers to pay for travel time, and we will "
         "check this as part of contract monitoring."],
        ["Why does the Council not provide home care itself?",
         "We looked at this as an option. Running the whole service in-house would cost "
         "around \u00a33.2m a year more than the proposed model, which is not affordable. "
         "We will, however, expand our own reablement service."],
        ["What happens if I live in a village a long way from town?",
         "Each zone combines town and rural areas, and a rural supplement will be paid for "
         "the most isolated calls so that nobody is left without a provider."],
    ])

    head("OPTIONS CONSIDERED")
    num("Option 1 \u2013 Re-procure the current framework with no change. Not recommended: "
        "it would not address hand-backs or rural delays.")
    num("Option 2 \u2013 Zoned model with lead providers and a supporting framework. "
        "Recommended.")
    num("Option 3 \u2013 Bring the whole service in-house. Not recommended on grounds of "
        "cost and the time needed to build capacity.")

    head("REASONS FOR RECOMMENDED OPTION")
    num("A zoned model gives providers a guaranteed volume of work in a defined area, "
        "which allows them to plan shorter rounds, recruit locally and offer guaranteed "
        "hours to staff.")

    head("IMPACT ON THE COUNCIL\u2019S KEY OUTCOMES")
    table([
        ["Great 8 Priority", "Positive Overall", "Mix of Positive & Negative",
         "Trade-offs to consider \u2013 Negative overall", "Neutral or No implications"],
        ["Tackling Climate Change", "", "", "", "\u2713"],
        ["Developing the skills to thrive in life and in work", "\u2713", "", "", ""],
        ["Promoting the borough and its cultural, sporting, and heritage opportunities",
         "", "", "", "\u2713"],
        ["Building opportunities for healthier, happier and longer lives for all",
         "\u2713", "", "", ""],
        ["Fair & Inclusive", "", "\u2713", "", ""],
    ])

    head("RISKS AND ASSUMPTIONS")
    num("The main risk is that providers do not bid for lead provider contracts at the "
        "proposed rate. Market engagement events held in December 2024 suggest there is "
        "sufficient interest, but the rate will be reviewed once the effect of the "
        "April 2025 increase in employers\u2019 National Insurance contributions is known.")

    head("LEGAL IMPLICATIONS [Officer Initials: SRT | Date: 21/01/25]")
    num("The Council has a duty under section 5 of the Care Act 2014 to promote an "
        "efficient and effective market in services for meeting care and support needs. "
        "Any procurement will be carried out in accordance with the Procurement Act 2023 "
        "and the Council\u2019s Contract Procedure Rules.")

    head("FINANCIAL IMPLICATIONS [Officer Initials: PJB | Date: 22/01/25]")
    num("The proposed rate of \u00a323.40 per hour would cost an estimated \u00a31.6m a year "
        "more than the current rate at present volumes. This has been allowed for in the "
        "draft 2025/26 budget, subject to approval by Council in March 2025.")

    head("HUMAN RESOURCES IMPLICATIONS [Officer Initials: KW | Date: 20/01/25]")
    num("There are no direct implications for Council staff. TUPE may apply to provider "
        "staff where packages transfer between providers.")

    head("TECHNOLOGY IMPLICATIONS [Officer Initials: DH | Date: 20/01/25]")
    num("The electronic call monitoring system will need to be re-procured or extended "
        "to align with the new contracts.")

    head("HEALTH IMPLICATIONS [Officer Initials: RI | Date: 23/01/25]")
    num("Timely home care supports hospital discharge and reduces avoidable admissions. "
        "The Director of Public Health supports the emphasis on reablement.")

    head("EQUALITY IMPLICATIONS [Officer Initials: LH | Date: 23/01/25]")
    num("An Equality Impact Assessment has been started and will be completed before the "
        "Cabinet decision, taking account of the engagement findings.")

    head("CONSULTATION")
    num("See paragraph 10 above. Healthwatch Thornbeck and the Thornbeck Carers\u2019 "
        "Centre are supporting the engagement sessions.")

    head("BACKGROUND PAPERS")
    num("Adult Social Care Market Position Statement 2024-2027; Cost of Care Exercise "
        "Report 2024.")

    head("GLOSSARY OF ACRONYMS AND ABBREVIATIONS")
    para("ICB\tIntegrated Care Board")
    para("TUPE\tTransfer of Undertakings (Protection of Employment) Regulations 2006")

    head("REPORT AUTHOR & CONTRIBUTORS")
    para("Lisa Haworth, Head of Commissioning (Adults)")
    para("Tel: 01632 960517  E-mail: lisa.haworth@thornbeck.gov.uk")
    para("")
    para("Gareth Lumsden")
    para("Director of Adult Social Care")

    cp = doc.core_properties
    cp.author = "Haworth, Lisa"
    cp.last_modified_by = "Haworth, Lisa"
    cp.title = "Adult Social Care Market Sustainability and Home Care Recommissioning"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip_times(buf.getvalue()))


def _fix_zip_times(data: bytes) -> bytes:
    """Rewrite the .docx zip with fixed member times so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_text(), encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_NAME, "and", REPORT_NAME, "with gold files")


# ---------------------------------------------------------------------------
def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text(" ")
    raise ValueError(ext)


def _norm(text: str, joiner: str) -> str:
    text = text.lower()
    text = "".join(joiner if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def _count(phrase: str, text: str, joiner: str) -> int:
    p = _norm(phrase, joiner)
    t = _norm(text, joiner)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


VALID_KINDS = {"question", "concern", "request", "comment"}
VALID_OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
VALID_ATT = {"present", "apologies", "in_attendance", "absent"}


def run_check() -> int:
    bad = 0
    themes_file = HERE.parent.parent / "minutes" / "themes.yml"
    slugs = set()
    if themes_file.exists():
        for line in themes_file.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-z][a-z-]+):\s*$", line)
            if m:
                slugs.add(m.group(1))
    for gpath in sorted(GOLD.glob("nr-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / gold["document"]
        if not dpath.exists():
            print(f"MISSING document {dpath.name}")
            bad += 1
            continue
        text = doc_text(dpath)
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
            if row["kind"] not in VALID_KINDS:
                print(f"{gpath.name}: bad kind {row['kind']}")
                bad += 1
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
            if row["outcome"] not in VALID_OUTCOMES:
                print(f"{gpath.name}: bad outcome {row['outcome']}")
                bad += 1
        for row in gold.get("attendees", []):
            if row["attendance"] not in VALID_ATT:
                print(f"{gpath.name}: bad attendance {row['attendance']}")
                bad += 1
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            for th in row.get("themes", []):
                if slugs and th not in slugs:
                    print(f"{gpath.name}: unknown theme {th}")
                    bad += 1
        for kind, phrase in phrases:
            words = len(_norm(phrase, " ").split())
            if not 6 <= words <= 15:
                print(f"{gpath.name}: {kind} phrase has {words} words: {phrase!r}")
                bad += 1
            for joiner in ("", " "):
                n = _count(phrase, text, joiner)
                if n != 1:
                    print(f"{gpath.name}: {kind} phrase found {n} times "
                          f"(punctuation {'removed' if not joiner else 'spaced'}): {phrase!r}")
                    bad += 1
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    if bad:
        print(f"FAILED: {bad} problem(s)")
        return 1
    print("OK: every gold phrase occurs exactly once")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(run_check())
    build()
