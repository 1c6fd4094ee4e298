#!/usr/bin/env python3
"""Build the "ii-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ii.py           build documents/ii-* and gold/ii-*.json
        build_ii.py --check   verify every gold phrase occurs once in its document
"""
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ii-arundale-hasc-2025-11-12.html"
REPORT_NAME = "ii-arundale-hasc-charging-policy-preliminary-scrutiny-report.html"

SITE = "https://arundale.moderngov.co.uk"

# ---------------------------------------------------------------------------
# Word-pasted markup helpers (the minutes are typed in Word and pasted into
# ModernGov, so the paragraphs keep their Mso classes and list hacks).
# ---------------------------------------------------------------------------


def para(num, text):
    return (
        '<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
        f'<span lang="EN-GB">{num}<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
        f"{text}</span></p>\n"
    )


def plain(text):
    return f'<p class="MsoNormal"><span lang="EN-GB">{text}</span></p>\n'


def bullets(items, lfo=1):
    out = []
    n = len(items)
    for i, text in enumerate(items):
        cls = "MsoListParagraphCxSpMiddle"
        if i == 0:
            cls = "MsoListParagraphCxSpFirst"
        if i == n - 1:
            cls = "MsoListParagraphCxSpLast"
        if n == 1:
            cls = "MsoListParagraph"
        out.append(
            f'<p class="{cls}" style="margin-left:54.0pt;mso-add-space:auto;'
            f'text-indent:-18.0pt;mso-list:l0 level1 lfo{lfo}">'
            '<!--[if !supportLists]--><span lang="EN-GB" style="font-family:Symbol;'
            'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">\u00b7'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            '</span></span><!--[endif]-->'
            f'<span lang="EN-GB">{text}</span></p>\n'
        )
        if i != n - 1:
            out.append('<p class="MsoListParagraphCxSpMiddle"><span lang="EN-GB">&nbsp;</span></p>\n')
    return "".join(out)


def numbered(items, lfo=2):
    out = []
    for i, text in enumerate(items, 1):
        out.append(
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:72.0pt;mso-add-space:auto;'
            f'text-indent:-18.0pt;mso-list:l1 level1 lfo{lfo}">'
            f'<!--[if !supportLists]--><span lang="EN-GB">{i}.'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
            f'<!--[endif]--><span lang="EN-GB">{text}</span></p>\n'
        )
    return "".join(out)


def doc_link(path, label, size):
    return (
        f'<a href="{SITE}/documents/{path}" class="mgPDFLink" title="Link to document '
        f"'{label}' {size} ({'pdf' if 'PDF' in size else 'doc'})\">{label} "
        f'<span class="mgFileSizeTxt">{size}</span></a>'
    )


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

ATTENDANCE = (
    '<div class="mgWordPara">\n'
    + plain("12 November 2025 \u2013 At a meeting of the Health and Adult Social Care Scrutiny "
            "Committee held at 10.30 am at County Hall, Rotherbridge, RB19 1QT.")
    + plain("&nbsp;")
    + '<p class="MsoNormal" style="margin-left:108.0pt;text-indent:-108.0pt"><span lang="EN-GB">'
      'Present:<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
      'Cllr Pennock (Chairman)</span></p>\n'
    + plain("&nbsp;")
    + '<p class="MsoNormal" style="margin-left:108.0pt"><span lang="EN-GB">'
      "Cllr Aldous, Cllr Brightwell, Cllr Coker, Cllr Dacre, Cllr Elphick, Cllr Fentiman, "
      "Cllr Gosden, Cllr Hollis, Cllr Iredale and Cllr N Kemble</span></p>\n"
    + plain("&nbsp;")
    + plain("Apologies were received from Cllr Lusted, Cllr R Kemble and Cllr Marchant")
    + plain("&nbsp;")
    + plain("Absent: Cllr Oakes")
    + plain("&nbsp;")
    + plain("Also in attendance: Cllr Quennell (Cabinet Member for Adult Services) and "
            "Cllr Stannard (Cabinet Member for Public Health and Wellbeing)")
    + plain("&nbsp;")
    + '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="EN-GB">Part I</span></b></p>\n'
    + "</div>\n"
)

ITEMS = []

# 28 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="28", title="Declarations of Interest",
    agenda=plain("Members and officers must declare any pecuniary or personal interest in any "
                 "business on the agenda. They should also make declarations at any stage such an "
                 "interest becomes apparent during the meeting. Consideration should be given to "
                 "leaving the meeting if the nature of the interest warrants it. If in doubt, "
                 "contact Democratic Services before the meeting."),
    minutes=(
        para("28.1", "In accordance with the County Council\u2019s code of conduct, the following "
                     "personal interests were declared: -")
        + bullets([
            "Cllr Elphick in respect of item 6, NHS Arundale Winter Plan 2025/26, as a public "
            "governor of University Hospitals Arundale NHS Foundation Trust",
            "Cllr Gosden in respect of item 8, Adult Social Care Charging Policy \u2013 Preliminary "
            "Scrutiny, as a close family member receives care arranged by the County Council",
            "Cllr Iredale in respect of item 6 as a member of Kingsmarsh District Council and "
            "its Cabinet Member for Housing",
        ])
    ),
))

# 29 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="29", title="Minutes of the last meeting of the Committee",
    title_link=("s48813/Minutes%2017092025%20HASC.pdf", "PDF 312 KB"),
    agenda=plain("The Committee is asked to agree the minutes of the meeting held on 17 September "
                 "2025 (cream paper)."),
    minutes=para("29.1", "Resolved \u2013 that the minutes of the Health and Adult Social Care "
                         "Scrutiny Committee held on 17 September 2025 are approved as a correct "
                         "record and that they be signed by the Chairman."),
))

# 30 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="30", title="Urgent Matters",
    agenda=plain("Items not on the agenda which the Chairman of the meeting is of the opinion "
                 "should be considered as a matter of urgency by reason of special circumstances, "
                 "including cases where the Committee needs to be informed of budgetary or "
                 "performance issues affecting matters within its terms of reference, which have "
                 "emerged since the publication of the agenda."),
    minutes=para("30.1", "There were no urgent matters."),
))

# 31 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="31", title="Responses to Recommendations",
    title_link=("s48840/HASC%20Responses%20to%20recommendations%20Nov%2025.pdf", "PDF 198 KB"),
    agenda=plain("The Committee is asked to note the responses to recommendations made at the "
                 "17 September 2025 meeting of the Committee."),
    minutes=(
        para("31.1", "The Committee noted the responses to recommendations made at its "
                     "17 September 2025 meeting.")
        + plain("&nbsp;")
        + para("31.2", "Cllr Coker asked when the outcome of the review of the community equipment "
                       "contract, referred to in the response from the Cabinet Member for Adult "
                       "Services, would be reported to the Committee. The Chairman said that this "
                       "would be picked up by the Business Planning Group at its meeting in "
                       "December.")
    ),
))

# 32 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="32", title="Forward Plan of Key Decisions",
    title_link=("s48841/Forward%20Plan%20extract%20HASC.pdf", "PDF 221 KB"),
    agenda=(
        plain("Extract from the Forward Plan dated 31 October 2025 \u2013 attached.")
        + plain("An extract from any Forward Plan published between the date of despatch of the "
                "agenda and the date of the meeting will be tabled at the meeting.")
        + plain("The Committee is asked to consider whether it wishes to enquire into any of the "
                "forthcoming decisions within its portfolio.")
    ),
    minutes=(
        para("32.1", "The Committee considered the extract from the Forward Plan of Key Decisions "
                     "dated 31 October 2025 (copy appended to the signed minutes).")
        + plain("&nbsp;")
        + para("32.2", "Cllr Fentiman asked whether the proposed decision on the award of the "
                       "contract for the integrated community equipment service would come to the "
                       "Committee before it was taken. The Senior Advisor said that the decision "
                       "was now expected in February 2026 and that the Business Planning Group "
                       "would consider whether preliminary scrutiny was needed.")
        + plain("&nbsp;")
        + para("32.3", "Resolved \u2013 that the Committee notes the Forward Plan of Key Decisions.")
    ),
))

# 33 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="33", title="NHS Arundale Winter Plan 2025/26",
    title_link=("s48853/HASC%20Winter%20Plan%202025-26%20report.pdf", "PDF 512 KB"),
    agenda=(
        plain("Report by the Chief Delivery Officer, NHS Arundale.")
        + plain("The report sets out how the local health and care system plans to manage demand "
                "for urgent and emergency care over the winter of 2025/26, including the "
                "lessons learned from last winter.")
        + plain("The Committee is asked to scrutinise the plan and make any recommendations.")
    ),
    docs=[("s48854/Appendix%20A%20-%20Winter%20Plan%20summary.pdf",
           "Appendix A - Winter Plan 2025-26 summary", "PDF 1 MB")],
    minutes=(
        para("33.1", "The Committee considered a report by the Chief Delivery Officer, NHS "
                     "Arundale (copy appended to the signed minutes). The report was introduced by "
                     "Miriam Crossley, Chief Delivery Officer, NHS Arundale, who outlined the main "
                     "elements of the plan: additional same-day urgent care capacity in primary "
                     "care, the expansion of the virtual ward from 180 to 240 beds, care transfer "
                     "hubs at Rotherbridge General Hospital and Saltings Bay Hospital, and the flu "
                     "and COVID-19 vaccination programme. She said that the plan had been "
                     "developed jointly with the County Council, University Hospitals Arundale NHS "
                     "Foundation Trust (UHA), Arundale Community Healthcare NHS Trust and South "
                     "Coast Ambulance Service NHS Foundation Trust (SCAS), and that it had been "
                     "tested at a system-wide exercise on 8 October. She was accompanied by Jo "
                     "Penhale, Chief Operating Officer, UHA; Dean Mowbray, Operations Director "
                     "(Arundale), SCAS; Dr Tobias Lerner, Associate Medical Director, NHS Arundale; "
                     "and Gareth Osman, Executive Director of Adults and Health.")
        + plain("&nbsp;")
        + para("33.2", "Summary of responses to committee members\u2019 questions and comments: -")
        + plain("&nbsp;")
        + bullets([
            "Members asked how the system would cope if flu arrived early, as it had in Australia "
            "this year \u2013 Dr Lerner said that surge plans had been brought forward by three "
            "weeks and that uptake of the flu vaccine among people aged over 65 was two "
            "percentage points higher than at the same point last year. Uptake among frontline "
            "health and care staff remained too low, at 31%, and the trusts were running "
            "vaccination clinics on the wards",
            "Concern was raised about the length of time ambulance crews were waiting to hand "
            "over patients at Rotherbridge General Hospital, which had exceeded four hours on "
            "several days in October \u2013 Dean Mowbray said that the national standard was 45 "
            "minutes and that a \u2018release to respond\u2019 protocol had been in place since "
            "September, under which crews were released after 45 minutes. Jo Penhale added that "
            "a new ambulance receiving area with 12 trolley spaces would open at the hospital in "
            "mid-December",
            "Cllr Aldous asked what would be done for people who could not get an appointment "
            "with their GP on the day and went to the emergency department instead \u2013 Dr "
            "Lerner said that an extra 18,000 same-day appointments would be offered over the "
            "winter from primary care network hubs, paid for from the winter allocation, and that "
            "NHS 111 was now able to book patients directly into these appointments",
            "A member queried whether there were enough care workers to support the faster "
            "discharge of patients from hospital over the winter \u2013 the Executive Director of "
            "Adults and Health said that the home care market was in a stronger position than in "
            "previous winters, that the vacancy rate among care workers in the county had fallen "
            "from 14% to 9% over two years, and that the Council had block-booked 1,500 hours a "
            "week of home care for people leaving hospital",
            "The Committee sought assurance that people discharged to a care home for assessment "
            "were not staying there longer than they needed to \u2013 Gareth Osman said that the "
            "average stay in discharge to assess beds was 31 days against a target of 28, and that "
            "a weekly review of everyone who had been in a bed for more than 21 days had been "
            "introduced",
            "Members raised concern about reports of people in mental health crisis waiting more "
            "than 24 hours in the emergency department at Saltings Bay Hospital \u2013 Jo Penhale "
            "said that this had happened on eleven occasions since April and was unacceptable, "
            "and that a mental health assessment area would open next to the department in "
            "January. Arundale Partnership NHS Foundation Trust had extended the opening hours of "
            "the crisis caf\u00e9 in Amberhurst to midnight. The ICB agreed to provide the Committee "
            "with figures on the number of people in mental health crisis who had waited longer "
            "than 12 hours",
            "Cllr Hollis commented that the overnight closure of the minor injuries unit at "
            "Wenhurst Community Hospital since the summer had added to the pressure on the "
            "emergency department at Saltings Bay, and that residents of the Wenhurst area had "
            "not been consulted on the change",
            "A member questioned whether the virtual ward offered value for money, given that only "
            "78% of its beds had been occupied in October \u2013 Miriam Crossley said that each "
            "virtual ward bed cost about a third of a hospital bed and that occupancy was expected "
            "to reach 90% by January as referrals from care homes increased",
            "Cllr Dacre requested that the evaluation of last winter\u2019s care transfer hubs be "
            "shared with the Committee \u2013 Miriam Crossley agreed to circulate it to members "
            "after the meeting",
            "A member asked that the winter communications campaign be tested with residents, "
            "including those who do not use the internet, before its launch, as the number of "
            "different services and telephone numbers was confusing",
        ])
        + plain("&nbsp;")
        + para("33.3", "Resolved \u2013 That the Committee:")
        + plain("&nbsp;")
        + numbered([
            "Thanks the representatives of NHS Arundale, the trusts and the County Council for "
            "attending and welcomes the joint approach taken in developing the plan",
            "Remains concerned about ambulance handover delays at Rotherbridge General Hospital and "
            "asks that UHA and SCAS report on handover times to the Business Planning Group in "
            "February 2026",
            "Requests that NHS Arundale provides figures on waits of over 12 hours in emergency "
            "departments for people in mental health crisis",
            "Asks NHS Arundale to test its winter communications with residents, including people "
            "who are not online, before the campaign is launched",
        ], lfo=3)
        + plain("&nbsp;")
        + para("33.4", "Cllr Brightwell left the meeting at 11.49 am.")
        + plain("&nbsp;")
        + para("33.5", "The Committee adjourned at 11.50 am and reconvened at 12.00 pm.")
    ),
))

# 34 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="34", title="Performance and Resources Report \u2013 Quarter 2 2025/26",
    title_link=("s48861/PRR%20Q2%202025-26%20HASC%20cover%20report.pdf", "PDF 236 KB"),
    agenda=(
        plain("Report by Director of Finance and Support Services and Director of Law and "
              "Assurance.")
        + plain("The Committee is asked to examine the data and supporting commentary for the "
                "Adult Services and Public Health and Wellbeing portfolios, identify any areas "
                "of concern and make recommendations for action to the relevant Cabinet Member.")
    ),
    docs=[("s48862/Appendix%201%20-%20Adult%20Services%20portfolio%20section.pdf",
           "Appendix 1 - Adult Services portfolio section", "PDF 702 KB"),
          ("s48863/Appendix%202%20-%20Public%20Health%20and%20Wellbeing%20portfolio%20section.pdf",
           "Appendix 2 - Public Health and Wellbeing portfolio section", "PDF 455 KB"),
          ("s48864/Appendix%203%20-%20Scrutiny%20checklist.pdf",
           "Appendix 3 - Scrutiny checklist", "PDF 88 KB")],
    minutes=(
        para("34.1", "The Committee considered a report by the Director of Finance and Support "
                     "Services and the Director of Law and Assurance (copy appended to the signed "
                     "minutes), which set out the quarter 2 position for the Adult Services and "
                     "Public Health and Wellbeing portfolios. The report was introduced by Cllr "
                     "Quennell, Cabinet Member for Adult Services, who said that the Adult Services "
                     "portfolio was forecasting an overspend of \u00a33.4m at the year end, mainly "
                     "because of the rising number and cost of care packages for adults with "
                     "learning disabilities, and that the savings programme was expected to deliver "
                     "\u00a36.1m of its \u00a37.8m target. Cllr Stannard, Cabinet Member for Public "
                     "Health and Wellbeing, said that the public health budget was forecast to "
                     "balance and drew attention to the stop smoking service, which had exceeded "
                     "its target for four-week quits.")
        + plain("&nbsp;")
        + para("34.2", "Summary of responses to committee members\u2019 questions and comments: -")
        + plain("&nbsp;")
        + bullets([
            "Members asked what action was being taken to reduce the forecast overspend \u2013 Cllr "
            "Quennell said that a panel now reviewed every new care package costing more than "
            "\u00a31,500 a week, and that more use was being made of supported living in place of "
            "residential care",
            "Concern was raised that the number of people waiting for a Care Act assessment had "
            "risen to 1,412, of whom 380 had waited more than three months \u2013 Ruth Engleby, "
            "Assistant Director (Operations), said that waiting lists were prioritised by risk "
            "and that everyone waiting was contacted at least every six weeks. A new duty team "
            "had started in September and was expected to reduce the list by a quarter by March",
            "Cllr N Kemble queried why the measure for the percentage of people receiving a review "
            "of their care within 12 months was rated red \u2013 Ruth Engleby said that reviews had "
            "been paused in some teams over the summer to deal with new assessments and that a "
            "dedicated reviewing team was being recruited",
            "The Committee questioned the Council\u2019s reliance on agency social workers and asked "
            "about the cost \u2013 the Executive Director of Adults and Health said that 46 of the "
            "310 social worker posts were filled by agency staff, at a cost of around \u00a32.9m a "
            "year more than permanent staff, and that the social work degree apprenticeship would "
            "bring 18 newly qualified social workers into post in 2026",
            "Cllr Iredale asked how many applications for Deprivation of Liberty Safeguards were "
            "awaiting assessment \u2013 Ruth Engleby undertook to provide the figure after the "
            "meeting",
            "A member noted that the stop smoking service had met its quit target and welcomed "
            "the increase in referrals from maternity services",
            "Members asked whether the Council\u2019s public health grant for 2026/27 had been "
            "confirmed \u2013 Dr Anika Rao, Director of Public Health, said that the allocation was "
            "expected in the new year as part of the local government finance settlement, and "
            "that the grant would remain ring-fenced for at least two more years",
            "It was requested that future reports include the average hourly rate paid for home "
            "care and the number of hours of home care that could not be arranged \u2013 Cllr "
            "Quennell agreed that these would be added from the next quarter",
        ], lfo=4)
        + plain("&nbsp;")
        + para("34.3", "Resolved \u2013 That the Committee:")
        + plain("&nbsp;")
        + numbered([
            "Notes the performance and resources position for the Adult Services and Public "
            "Health and Wellbeing portfolios at the end of quarter 2",
            "Asks the Cabinet Member for Adult Services to provide a breakdown of people waiting "
            "for a Care Act assessment by area and by length of wait",
            "Requests that the quarter 3 report includes the average hourly rate paid for home care",
        ], lfo=5)
    ),
))

# 35 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="35", title="Adult Social Care Charging Policy \u2013 Preliminary Scrutiny",
    title_link=("s48870/ASC%20Charging%20Policy%20preliminary%20scrutiny%20report.pdf", "PDF 402 KB"),
    agenda=(
        plain("Report by Executive Director of Adults and Health.")
        + plain("The Cabinet Member for Adult Services is due to take a decision on changes to the "
                "Adult Social Care Charging Policy in December 2025. The report sets out the "
                "proposals and the outcome of the public consultation.")
        + plain("The Committee is asked to scrutinise the proposed decision and make any "
                "recommendations to the Cabinet Member before the decision is taken.")
    ),
    docs=[("s48871/Appendix%20A%20-%20Consultation%20summary.pdf",
           "Appendix A - Consultation summary", "PDF 640 KB"),
          ("s48872/Appendix%20B%20-%20Draft%20Charging%20Policy.pdf",
           "Appendix B - Draft Charging Policy", "PDF 517 KB")],
    minutes=(
        para("35.1", "The Committee considered a report by the Executive Director of Adults and "
                     "Health (copy appended to the signed minutes) on the proposed decision by the "
                     "Cabinet Member for Adult Services to change the Adult Social Care Charging "
                     "Policy from April 2026. The report was introduced by Cllr Quennell, who "
                     "explained that the proposals followed a 12-week public consultation which had "
                     "received 1,946 responses. The main changes proposed were to take the higher "
                     "rate of Attendance Allowance, Disability Living Allowance and Personal "
                     "Independence Payment into account in financial assessments where the person "
                     "received care only during the day, to introduce an annual arrangement fee of "
                     "\u00a3312 for people who pay the full cost of their care but ask the Council to "
                     "arrange it, and to replace the flat-rate disability-related expenditure "
                     "allowance with individual assessments. Lydia Crane, Head of Financial "
                     "Assessments and Charging, said that the changes would raise about \u00a32.3m a "
                     "year when fully implemented.")
        + plain("&nbsp;")
        + para("35.2", "Summary of responses to committee members\u2019 questions and comments: -")
        + plain("&nbsp;")
        + bullets([
            "Members expressed concern about the effect of the proposals on people with low "
            "incomes and high disability-related costs \u2013 Lydia Crane said that 43% of people "
            "currently receiving care would see no change in their charge, that no one\u2019s "
            "charge would rise by more than \u00a325 a week in the first year, and that everyone "
            "affected would be offered a new financial assessment",
            "A member asked how many respondents to the consultation had disagreed with the "
            "proposals \u2013 Lydia Crane said that 61% had disagreed with including the higher "
            "rate of disability benefits, while views on the arrangement fee were evenly split; "
            "the main concerns raised were affordability and the complexity of the forms",
            "Cllr N Kemble questioned how the \u00a3312 arrangement fee had been calculated and "
            "whether it could be challenged as more than the cost of arranging care \u2013 Lydia "
            "Crane said that it had been set at the average cost of brokerage and contract "
            "management time, and that the Care Act only allowed councils to recover their costs. "
            "The fee would be reviewed every year",
            "Clarification was sought on whether people could appeal the outcome of their "
            "financial assessment \u2013 the Head of Financial Assessments and Charging confirmed "
            "that there was a two-stage review process and that people could be supported by an "
            "independent advocate",
            "Concern was raised that unpaid carers who managed the finances of the person they "
            "cared for would find individual assessments of disability-related expenditure "
            "intrusive and stressful \u2013 Cllr Quennell said that the Council would work with "
            "Carers Support Arundale on the guidance and forms",
            "Cllr Gosden asked whether the Council had compared its proposals with what other "
            "councils charged \u2013 Lydia Crane said that 11 of the 15 councils in the south east "
            "comparator group already took the higher rate of disability benefits into account, "
            "and that the proposed arrangement fee was in the middle of the range",
            "A member commented that the equality impact assessment had not yet been finalised and "
            "that the Committee could not properly scrutinise the effect on disabled people "
            "without it",
        ], lfo=6)
        + plain("&nbsp;")
        + para("35.3", "Resolved \u2013 That the Committee:")
        + plain("&nbsp;")
        + numbered([
            "Supports the proposal to introduce an arrangement fee for people who pay the full "
            "cost of their care, but recommends that the level of the fee is reviewed after a "
            "year against the actual cost of arranging care",
            "Recommends that the Cabinet Member does not take the higher rate of disability "
            "benefits into account until the full equality impact assessment has been completed "
            "and considered",
            "Asks that the decision report sets out clearly how people can ask for a review of "
            "their financial assessment",
        ], lfo=7)
    ),
))

# 36 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="36", title="Work Programme Planning and Possible Items for Future Scrutiny",
    title_link=("s48880/HASC%20Work%20Programme%20report%20Nov%2025.pdf", "PDF 274 KB"),
    agenda=plain("Report by Director of Law and Assurance. The Committee is asked to agree its "
                 "future work programme, taking into account the Forward Plan of Key Decisions, "
                 "the checklist at Appendix 3 of the Performance and Resources Report and the "
                 "suggestions of its Business Planning Group."),
    minutes=(
        para("36.1", "The Committee considered a report by the Director of Law and Assurance (copy "
                     "appended to the signed minutes), setting out its future work programme, "
                     "taking into account the Forward Plan of Key Decisions, the Performance and "
                     "Resources Report and the suggestions of the Business Planning Group.")
        + plain("&nbsp;")
        + para("36.2", "Cllr Aldous requested that access to NHS dentistry, particularly for "
                       "children in the north of the county, be added to the work programme \u2013 the "
                       "Chairman said that the Business Planning Group would consider the scope of "
                       "an item at its December meeting.")
        + plain("&nbsp;")
        + para("36.3", "Cllr Fentiman asked that the Committee look at support for young adults "
                       "with learning disabilities moving from children\u2019s to adults\u2019 services.")
        + plain("&nbsp;")
        + para("36.4", "Resolved \u2013 that the Committee agrees its future work programme, "
                       "subject to the changes made at the meeting.")
    ),
))

# 37 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="37", title="Requests for Call-in",
    agenda=plain("There have been no requests for call-in to the Scrutiny Committee and within its "
                 "constitutional remit since the date of the last meeting. The Director of Law and "
                 "Assurance will report any requests since the publication of the agenda papers."),
    minutes=para("37.1", "There have been no requests for call-in to the Scrutiny Committee and "
                         "within its constitutional remit since the date of the last meeting."),
))

# 38 ---------------------------------------------------------------------
ITEMS.append(dict(
    number="38", title="Date of Next Meeting",
    agenda=(
        plain("The next meeting of the Committee will be held on 14 January 2026 at 10.30 am at "
              "County Hall, Rotherbridge. Probable agenda items include:")
        + bullets(["Budget 2026/27 \u2013 Adult Services and Public Health and Wellbeing",
                   "Dementia Strategy \u2013 implementation update"], lfo=8)
        + plain("Any member wishing to place an item on the agenda for the meeting must notify "
                "the Director of Law and Assurance by 24 December 2025.")
    ),
    minutes=(
        para("38.1", "The next meeting of the Committee will be held on 14 January 2026 at 10.30 am "
                     "at County Hall, Rotherbridge.")
        + plain("&nbsp;")
        + plain("The meeting ended at 1.14 pm")
        + plain("&nbsp;")
        + plain("&nbsp;")
        + plain("Chairman")
    ),
))


def item_row(it):
    num = it["number"]
    if "title_link" in it:
        path, size = it["title_link"]
        title = (f'<p class="mgAiTitleTxt">{doc_link(path, it["title"], size)}</p>')
    else:
        title = f'<p class="mgAiTitleTxt">{it["title"]}</p>'
    docs = ""
    if it.get("docs"):
        docs = ('<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgBulletList">\n'
                + "".join(f"<li>{doc_link(p, l, s)}</li>\n" for p, l, s in it["docs"])
                + "</ul>\n")
    return (
        "<tr>\n"
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>\n'
        f"<td>\n{title}\n"
        f'<div class="mgWordPara">\n{it["agenda"]}</div>\n'
        f"{docs}"
        '<p class="mgSubItemTitleTxt">Minutes:</p>\n'
        f'<div class="mgWordPara">\n{it["minutes"]}</div>\n'
        "</td>\n</tr>\n"
    )


def minutes_html():
    rows = "".join(item_row(it) for it in ITEMS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0063){SITE}/ieListDocuments.aspx?CId=141&amp;MId=2318 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Health and Adult Social Care Scrutiny Committee on Wednesday, 12th November, 2025, 10.30 am | Arundale County Council</title>
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/mgStyle.css">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/arundale.css">
<script type="text/javascript" src="./ieListDocuments_files/mgjQuery.js"></script>
<script type="text/javascript">var mgLang = 'en-GB'; var mgRoot = '{SITE}/';</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies that help us make improvements by measuring how you use the site.</p>
<button type="button" class="btn">Accept analytics cookies</button> <button type="button" class="btn">Reject analytics cookies</button> <a href="https://www.arundale.gov.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#mgContentTop">Skip to main content</a>
<header class="site-header">
<a href="https://www.arundale.gov.uk/" class="logo"><img src="./ieListDocuments_files/acc-logo.png" alt="Arundale County Council"></a>
<nav class="site-nav"><ul>
<li><a href="https://www.arundale.gov.uk/social-care-and-health/">Social care and health</a></li>
<li><a href="https://www.arundale.gov.uk/roads-and-travel/">Roads and travel</a></li>
<li><a href="https://www.arundale.gov.uk/education-children-and-families/">Education, children and families</a></li>
<li><a href="https://www.arundale.gov.uk/about-the-council/">About the council</a></li>
</ul></nav>
<form class="site-search" action="https://www.arundale.gov.uk/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<div class="breadcrumb"><ul>
<li><a href="https://www.arundale.gov.uk/">Home</a></li>
<li><a href="{SITE}/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="{SITE}/ieListMeetings.aspx?CommitteeId=141">Health and Adult Social Care Scrutiny Committee</a></li>
<li>Meeting</li>
</ul></div>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Health and Adult Social Care Scrutiny Committee - Wednesday, 12th November, 2025 10.30 am</h2></div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="{SITE}/mgMeetingAttendance.aspx?ID=2318">Attendance</a></li>
<li><a href="{SITE}/mgIssueHistoryHome.aspx?IId=0&amp;MId=2318">Issue history</a></li>
<li><a href="{SITE}/ieListMeetings.aspx?CommitteeId=141">Meetings of this committee</a></li>
<li><a href="{SITE}/mgCalendarMonthView.aspx?M=11&amp;DD=2025">Calendar</a></li>
</ul>
</div>
<div class="mgContent" id="mgContentTop">
<p><span class="mgLabel">Venue: </span>Council Chamber, County Hall, Rotherbridge, RB19 1QT. <a href="{SITE}/mgLocationDetails.aspx?RID=1">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Fiona Tallis, Senior Advisor, Democratic Services&nbsp; Email: <a href="mailto:fiona.tallis@arundale.gov.uk">fiona.tallis@arundale.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<div class="mgWebcastHolder"><p><a href="https://arundale.public-i.tv/core/portal/webcast_interactive/912204" target="_blank">Webcast for Health and Adult Social Care Scrutiny Committee, 12 November 2025</a></p></div>
<ul class="mgBulletList">
<li>{doc_link("g2318/Public%20reports%20pack%2012th-Nov-2025%2010.30%20Health%20and%20Adult%20Social%20Care%20Scrutiny%20Committee.pdf", "Agenda reports pack", "PDF 4 MB")}</li>
<li>{doc_link("g2318/Printed%20minutes%2012th-Nov-2025%2010.30%20Health%20and%20Adult%20Social%20Care%20Scrutiny%20Committee.pdf", "Printed minutes", "PDF 389 KB")}</li>
</ul>
<h2 class="mgSectionTitle">Minutes</h2>
{ATTENDANCE}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<tbody>
<tr><th class="mgItemNumberHeader" scope="col">No.</th><th scope="col">Item</th></tr>
{rows}</tbody>
</table>
</div>
<p class="mgLastUpdated">Back to top</p>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.arundale.gov.uk/accessibility/">Accessibility</a></li>
<li><a href="https://www.arundale.gov.uk/privacy/">Privacy</a></li>
<li><a href="https://www.arundale.gov.uk/cookies/">Cookies</a></li>
<li><a href="https://www.arundale.gov.uk/contact-us/">Contact us</a></li>
</ul>
<p>Arundale County Council, County Hall, Rotherbridge, RB19 1QT</p>
<p>&copy; Arundale County Council 2025</p>
<p class="mgPoweredBy">Powered by <a href="https://www.moderngov.co.uk/">Modern.Gov</a></p>
</footer>
</body></html>
"""


# ---------------------------------------------------------------------------
# The document that is not minutes: the preliminary scrutiny report for
# item 8 (minute 35), shown as HTML on the same ModernGov site.
# ---------------------------------------------------------------------------

def h(n, text):
    return f'<p class="MsoHeading{n}"><b><span lang="EN-GB">{text}</span></b></p>\n'


def report_html():
    body = (
        '<p class="MsoNormal" align="right" style="text-align:right"><span lang="EN-GB">Key decision: Not applicable<br>'
        'Unrestricted</span></p>\n'
        + h(1, "Health and Adult Social Care Scrutiny Committee")
        + plain("12 November 2025")
        + h(1, "Adult Social Care Charging Policy \u2013 Preliminary Scrutiny")
        + h(2, "Report by Executive Director of Adults and Health")
        + plain("Electoral division(s): All")
        + h(2, "Summary")
        + plain("The County Council\u2019s Adult Social Care Charging Policy sets out how people "
                "who receive care and support arranged by the Council are asked to contribute to "
                "its cost, in line with the Care Act 2014 and the Care and Support Statutory "
                "Guidance. The policy was last revised in 2021.")
        + plain("The Cabinet Member for Adult Services is due to take a decision in December 2025 "
                "on three changes to the policy, to take effect from 6 April 2026. The proposals "
                "were the subject of a public consultation between 7 July and 28 September 2025, "
                "which received 1,946 responses. A summary of the consultation is at Appendix A and "
                "the draft revised policy at Appendix B.")
        + h(2, "Focus for Scrutiny")
        + plain("The Committee is asked to consider the proposed decision and the evidence on "
                "which it is based. Key lines of enquiry for scrutiny include:")
        + numbered([
            "Is the proposed arrangement fee set at a level that recovers no more than the cost "
            "to the Council of arranging care?",
            "How have the consultation responses, and the views of people who use services and "
            "their carers, shaped the proposals?",
            "What will be the impact on people with the lowest incomes, and is the mitigation "
            "proposed sufficient?",
            "Are the arrangements for asking for a review of a financial assessment clear and "
            "accessible?",
            "What are the risks to the delivery of the savings assumed in the budget for 2026/27?",
        ], lfo=1)
        + plain("The Chairman will summarise the output of the debate for consideration by the "
                "Committee.")
        + h(2, "Proposal")
        + h(3, "1\u00a0\u00a0\u00a0 Background and context")
        + para("1.1", "Under the Care Act 2014 a local authority may charge for the care and support "
                      "it arranges, subject to a financial assessment of what a person can afford "
                      "to pay. People must be left with at least the Minimum Income Guarantee "
                      "set by the Department of Health and Social Care.")
        + para("1.2", "The Council currently disregards the higher rate of Attendance Allowance, "
                      "Disability Living Allowance (care component) and Personal Independence "
                      "Payment (daily living component) where care is provided during the day only. "
                      "Most councils in the south east comparator group now include this income in "
                      "the financial assessment.")
        + para("1.3", "People who have savings above the upper capital limit may ask the Council to "
                      "arrange their care at home. The Council does not currently charge for this "
                      "service, although the Care Act allows an arrangement fee to cover its costs.")
        + h(3, "2\u00a0\u00a0\u00a0 Proposal details")
        + para("2.1", "The Cabinet Member for Adult Services is recommended to approve:")
        + '<p class="MsoNormal" style="margin-left:72.0pt;text-indent:-36.0pt"><span lang="EN-GB">(a)&nbsp;&nbsp;&nbsp; '
          "the inclusion of the higher rate of disability benefits in financial assessments from "
          "6 April 2026;</span></p>\n"
        + '<p class="MsoNormal" style="margin-left:72.0pt;text-indent:-36.0pt"><span lang="EN-GB">(b)&nbsp;&nbsp;&nbsp; '
          "the introduction of an annual arrangement fee of \u00a3312 for people who pay the full "
          "cost of their care and ask the Council to arrange it; and</span></p>\n"
        + '<p class="MsoNormal" style="margin-left:72.0pt;text-indent:-36.0pt"><span lang="EN-GB">(c)&nbsp;&nbsp;&nbsp; '
          "the replacement of the flat-rate disability-related expenditure allowance of \u00a322.50 "
          "a week with an individual assessment of each person\u2019s costs.</span></p>\n"
        + para("2.2", "People whose charge increases as a result of these changes will be offered a "
                      "new financial assessment and a benefits check. Increases will be limited to "
                      "\u00a325 a week in 2026/27.")
        + h(3, "3\u00a0\u00a0\u00a0 Other options considered (and reasons for not proposing)")
        + para("3.1", "Keeping the current policy unchanged was considered. It was not proposed "
                      "because it would not contribute to the savings required in the Medium Term "
                      "Financial Strategy and would leave the Council out of line with most "
                      "comparable councils.")
        + para("3.2", "A higher arrangement fee of \u00a3450, which would have included a share of "
                      "overheads, was rejected because it could not be shown to reflect the actual "
                      "cost of arranging care.")
        + h(3, "4\u00a0\u00a0\u00a0 Consultation, engagement and advice")
        + para("4.1", "The consultation was open for 12 weeks. It was promoted through the Council\u2019s "
                      "website, letters to all 6,830 people who currently pay towards their care, "
                      "carers\u2019 organisations and Healthwatch Arundale. Paper and easy read "
                      "versions were available and 14 drop-in sessions were held across the county.")
        + para("4.2", "The questions people most often asked at the drop-in sessions were: Will my "
                      "charge go up? Why is the Council counting benefits meant for disability "
                      "costs? Who decides what counts as disability-related expenditure? Answers "
                      "to these questions have been added to the frequently asked questions on the "
                      "Council\u2019s website.")
        + para("4.3", "Of those who answered the relevant question, 61% disagreed with including the "
                      "higher rate of disability benefits, 44% agreed with the arrangement fee and "
                      "45% disagreed with it. The full results are at Appendix A.")
        + para("4.4", "The Health and Adult Social Care Scrutiny Committee is asked to comment on the "
                      "proposals at this meeting. Its comments will be reported to the Cabinet "
                      "Member with the decision report.")
        + h(3, "5\u00a0\u00a0\u00a0 Finance")
        + para("5.1", "The proposals are expected to generate additional income as follows:")
        + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
          '<tr><td><p class="MsoNormal"><b>Proposal</b></p></td><td><p class="MsoNormal"><b>2026/27 \u00a3m</b></p></td>'
          '<td><p class="MsoNormal"><b>2027/28 \u00a3m</b></p></td></tr>\n'
          '<tr><td><p class="MsoNormal">Higher rate disability benefits</p></td><td><p class="MsoNormal">1.2</p></td><td><p class="MsoNormal">1.6</p></td></tr>\n'
          '<tr><td><p class="MsoNormal">Arrangement fee</p></td><td><p class="MsoNormal">0.2</p></td><td><p class="MsoNormal">0.2</p></td></tr>\n'
          '<tr><td><p class="MsoNormal">Disability-related expenditure</p></td><td><p class="MsoNormal">0.3</p></td><td><p class="MsoNormal">0.5</p></td></tr>\n'
          '<tr><td><p class="MsoNormal"><b>Total</b></p></td><td><p class="MsoNormal"><b>1.7</b></p></td><td><p class="MsoNormal"><b>2.3</b></p></td></tr>\n'
          "</table>\n"
        + para("5.2", "The cost of additional financial assessment staff, estimated at \u00a3140,000 "
                      "in the first year, will be met from within the Adults and Health budget.")
        + h(3, "6\u00a0\u00a0\u00a0 Risk implications and mitigations")
        + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
          '<tr><td><p class="MsoNormal"><b>Risk</b></p></td><td><p class="MsoNormal"><b>Mitigating Action (in place or planned)</b></p></td></tr>\n'
          '<tr><td><p class="MsoNormal">People stop or reduce their care because of the cost.</p></td>'
          '<td><p class="MsoNormal">Increases capped in the first year; reviews offered to everyone affected; monitoring of cancelled packages.</p></td></tr>\n'
          '<tr><td><p class="MsoNormal">Legal challenge to the decision.</p></td>'
          '<td><p class="MsoNormal">Full consultation carried out; equality impact assessment to be completed before the decision.</p></td></tr>\n'
          '<tr><td><p class="MsoNormal">Income lower than forecast.</p></td>'
          '<td><p class="MsoNormal">Quarterly monitoring through the Performance and Resources Report.</p></td></tr>\n'
          "</table>\n"
        + h(3, "7\u00a0\u00a0\u00a0 Policy alignment and compliance")
        + para("7.1", "Equality duty: an initial equality impact assessment has identified that "
                      "disabled people and older people are most likely to be affected. A full "
                      "assessment will be published with the decision report.")
        + para("7.2", "Legal implications: the proposals are consistent with sections 14, 17 and 18 "
                      "of the Care Act 2014 and the Care and Support (Charging and Assessment of "
                      "Resources) Regulations 2014.")
        + plain("&nbsp;")
        + plain("<b>Gareth Osman</b>")
        + plain("Executive Director of Adults and Health")
        + plain("&nbsp;")
        + plain("<b>Contact Officer:</b> Lydia Crane, Head of Financial Assessments and Charging, "
                "0330 222 6471, lydia.crane@arundale.gov.uk")
        + plain("<b>Appendices</b>")
        + plain("Appendix A \u2013 Consultation summary")
        + plain("Appendix B \u2013 Draft Adult Social Care Charging Policy 2026")
        + plain("<b>Background papers</b>")
        + plain("None")
    )
    return f"""<!DOCTYPE html>
<!-- saved from url=(0075){SITE}/documents/s48870/ASC%20Charging%20Policy%20preliminary%20scrutiny%20report.htm -->
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" lang="en-GB">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="ProgId" content="Word.Document">
<meta name="Generator" content="Microsoft Word 15">
<title>ASC Charging Policy preliminary scrutiny report</title>
<style>
p.MsoNormal {{margin:0cm;margin-bottom:6.0pt;font-size:12.0pt;font-family:"Arial",sans-serif;}}
p.MsoHeading1 {{font-size:14.0pt;font-family:"Arial",sans-serif;}}
p.MsoHeading2 {{font-size:12.0pt;font-family:"Arial",sans-serif;}}
p.MsoHeading3 {{font-size:12.0pt;font-family:"Arial",sans-serif;}}
</style>
</head>
<body lang="EN-GB" style="tab-interval:36.0pt">
<div class="mgHeader" style="font-family:Arial;font-size:9pt;color:#555">
<a href="{SITE}/ieListDocuments.aspx?CId=141&amp;MId=2318">Back to meeting: Health and Adult Social Care Scrutiny Committee, 12 November 2025</a>
&nbsp;|&nbsp; <a href="{SITE}/documents/s48870/ASC%20Charging%20Policy%20preliminary%20scrutiny%20report.pdf">View as PDF (402 KB)</a>
</div>
<div class="WordSection1">
{body}</div>
<div style="font-family:Arial;font-size:9pt;color:#555">Arundale County Council &ndash; document s48870. Powered by Modern.Gov</div>
</body></html>
"""


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def r(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-11-12",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("31", "question", "when the outcome of the review of the community equipment contract",
          "Cllr Coker", "this would be picked up by the Business Planning Group", "The Chairman",
          ["subcontracting"]),
        q("32", "question",
          "the award of the contract for the integrated community equipment service",
          "Cllr Fentiman", "the decision was now expected in February 2026",
          "The Senior Advisor", ["subcontracting"]),
        q("33", "question", "how the system would cope if flu arrived early", None,
          "surge plans had been brought forward by three weeks", "Dr Lerner",
          ["public-health"]),
        q("33", "concern",
          "the length of time ambulance crews were waiting to hand over patients", None,
          "a \u2018release to respond\u2019 protocol had been in place since September", "Dean Mowbray", []),
        q("33", "question", "could not get an appointment with their GP on the day", "Cllr Aldous",
          "an extra 18,000 same-day appointments would be offered over the winter", "Dr Lerner",
          ["primary-care"]),
        q("33", "question",
          "whether there were enough care workers to support the faster discharge", None,
          "the home care market was in a stronger position than in previous winters",
          "the Executive Director of Adults and Health", ["workforce", "adult-social-care"]),
        q("33", "question",
          "people discharged to a care home for assessment were not staying there", None,
          "the average stay in discharge to assess beds was 31 days", "Gareth Osman",
          ["adult-social-care", "integration"]),
        q("33", "concern", "reports of people in mental health crisis waiting more than 24 hours",
          None, "this had happened on eleven occasions since April and was unacceptable",
          "Jo Penhale", ["mental-health"]),
        q("33", "comment",
          "the overnight closure of the minor injuries unit at Wenhurst Community Hospital",
          "Cllr Hollis", None, None, ["patient-and-public-input"]),
        q("33", "question", "whether the virtual ward offered value for money", None,
          "each virtual ward bed cost about a third of a hospital bed", "Miriam Crossley",
          ["finance"]),
        q("33", "request",
          "the evaluation of last winter's care transfer hubs be shared with the Committee",
          "Cllr Dacre", "agreed to circulate it to members after the meeting", "Miriam Crossley",
          []),
        q("33", "request",
          "asked that the winter communications campaign be tested with residents", None, None,
          None, ["patient-and-public-input"]),
        q("34", "question", "what action was being taken to reduce the forecast overspend", None,
          "a panel now reviewed every new care package costing more than", "Cllr Quennell",
          ["finance", "adult-social-care"]),
        q("34", "concern",
          "the number of people waiting for a Care Act assessment had risen to 1,412", None,
          "waiting lists were prioritised by risk and that everyone waiting was contacted",
          "Ruth Engleby", ["adult-social-care"]),
        q("34", "question",
          "why the measure for the percentage of people receiving a review of their care",
          "Cllr N Kemble", "reviews had been paused in some teams over the summer", "Ruth Engleby",
          ["adult-social-care"]),
        q("34", "question", "questioned the Council's reliance on agency social workers", None,
          "46 of the 310 social worker posts were filled by agency staff",
          "the Executive Director of Adults and Health", ["workforce", "finance"]),
        q("34", "question",
          "how many applications for Deprivation of Liberty Safeguards were awaiting assessment",
          "Cllr Iredale", "undertook to provide the figure after the meeting", "Ruth Engleby", []),
        q("34", "comment", "welcomed the increase in referrals from maternity services", None,
          None, None, ["public-health"]),
        q("34", "question",
          "whether the Council's public health grant for 2026/27 had been confirmed", None,
          "the allocation was expected in the new year", "Dr Anika Rao",
          ["public-health", "finance"]),
        q("34", "request",
          "future reports include the average hourly rate paid for home care", None,
          "agreed that these would be added from the next quarter", "Cllr Quennell",
          ["finance", "adult-social-care"]),
        q("35", "concern",
          "the effect of the proposals on people with low incomes and high disability-related costs",
          None, "43% of people currently receiving care would see no change in their charge",
          "Lydia Crane", ["adult-social-care", "finance"]),
        q("35", "question",
          "how many respondents to the consultation had disagreed with the proposals", None,
          "61% had disagreed with including the higher rate of disability benefits",
          "Lydia Crane", ["patient-and-public-input", "adult-social-care"]),
        q("35", "question", "how the £312 arrangement fee had been calculated", "Cllr N Kemble",
          "set at the average cost of brokerage and contract management time", "Lydia Crane",
          ["adult-social-care", "finance"]),
        q("35", "question",
          "whether people could appeal the outcome of their financial assessment", None,
          "there was a two-stage review process and that people could be supported",
          "the Head of Financial Assessments and Charging", ["adult-social-care", "finance"]),
        q("35", "concern",
          "unpaid carers who managed the finances of the person they cared for", None,
          "the Council would work with Carers Support Arundale on the guidance",
          "Cllr Quennell", ["adult-social-care", "finance"]),
        q("35", "question",
          "whether the Council had compared its proposals with what other councils charged",
          "Cllr Gosden", "11 of the 15 councils in the south east comparator group", "Lydia Crane",
          ["adult-social-care", "finance"]),
        q("35", "comment",
          "the Committee could not properly scrutinise the effect on disabled people without it",
          None, None, None, ["adult-social-care", "governance"]),
        q("36", "request",
          "access to NHS dentistry, particularly for children in the north of the county",
          "Cllr Aldous", "the Business Planning Group would consider the scope of an item",
          "the Chairman", ["primary-care", "children-and-families"]),
        q("36", "request",
          "support for young adults with learning disabilities moving from children's to adults' services",
          "Cllr Fentiman", None, None, ["children-and-families", "adult-social-care"]),
    ],
    "resolutions": [
        r("29", "are approved as a correct record and that they be signed by the Chairman",
          "agreed", []),
        r("31", "The Committee noted the responses to recommendations made at its", "noted", []),
        r("32", "that the Committee notes the Forward Plan of Key Decisions", "noted", []),
        r("33", "welcomes the joint approach taken in developing the plan", "agreed",
          ["integration", "mental-health", "patient-and-public-input"]),
        r("34", "provide a breakdown of people waiting for a Care Act assessment", "agreed",
          ["finance", "adult-social-care"]),
        r("35", "recommends that the level of the fee is reviewed after a year", "recommended",
          ["adult-social-care", "finance"]),
        r("36", "agrees its future work programme, subject to the changes made at the meeting",
          "agreed", []),
    ],
    "attendees": [
        {"name": "Cllr Pennock", "role": "Chairman", "attendance": "present"},
        *[{"name": n, "role": None, "attendance": "present"} for n in [
            "Cllr Aldous", "Cllr Brightwell", "Cllr Coker", "Cllr Dacre", "Cllr Elphick",
            "Cllr Fentiman", "Cllr Gosden", "Cllr Hollis", "Cllr Iredale", "Cllr N Kemble"]],
        *[{"name": n, "role": None, "attendance": "apologies"} for n in [
            "Cllr Lusted", "Cllr R Kemble", "Cllr Marchant"]],
        {"name": "Cllr Oakes", "role": None, "attendance": "absent"},
        {"name": "Cllr Quennell", "role": "Cabinet Member for Adult Services",
         "attendance": "in_attendance"},
        {"name": "Cllr Stannard", "role": "Cabinet Member for Public Health and Wellbeing",
         "attendance": "in_attendance"},
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, text in [(MINUTES_NAME, minutes_html()), (REPORT_NAME, report_html())]:
        (DOCS / name).write_text(text, encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}")


def norm(s):
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return " ".join(s.split())


def doc_text(path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return soup.get_text(), soup.get_text(" ")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ii-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        texts = [norm(t) for t in doc_text(doc)]
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} has {words} words: {phrase!r}")
                ok = False
            p = norm(phrase)
            for t in texts:
                n = t.count(p)
                nb = f" {t} ".count(f" {p} ")
                if n != 1 or nb != 1:
                    print(f"{gold_path.name}: {kind} found {n} times ({nb} on word bounds): {phrase!r}")
                    ok = False
                    break
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
