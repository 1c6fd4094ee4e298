#!/usr/bin/env python3
"""Build the "lm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lm.py           build documents/lm-* and gold/lm-*.json
        build_lm.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "lm-feldonshire-adult-social-care-health-osc-2025-11-19.html"
BRIEFING_NAME = "lm-feldonshire-briefing-note-delayed-discharges-2025-10.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# --------------------------------------------------------------------------------------
# The ModernGov meeting page
# --------------------------------------------------------------------------------------

FILES = "./Agenda for Adult Social Care and Health Overview and Scrutiny Committee on Wednesday 19 November 2025, 10.00 am_files"
SPAN = '<span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif">'


def para(text: str) -> str:
    """A Word paragraph as pasted into ModernGov, followed by an empty one."""
    return (f'<p class="MsoNormal" style="text-align:justify">{SPAN}{text}</span></p>\n'
            f'<p class="MsoNormal">{SPAN}&nbsp;</span></p>\n')


def bold(text: str) -> str:
    return f'<p class="MsoNormal">{SPAN}<b>{text}</b></span></p>\n'


def plain(text: str) -> str:
    """A paragraph with no blank paragraph after it."""
    return f'<p class="MsoNormal" style="text-align:justify">{SPAN}{text}</span></p>\n'


def bullet(text: str, first: bool = False, last: bool = False) -> str:
    """A Word bullet pasted into ModernGov: Symbol-font dot and a run of spaces."""
    cls = "MsoListParagraphCxSpFirst" if first else ("MsoListParagraphCxSpLast" if last else "MsoListParagraphCxSpMiddle")
    return (f'<p class="{cls}" style="margin-left:36.0pt;text-indent:-18.0pt;text-align:justify;mso-list:l0 level1 lfo1">'
            f'<!--[if !supportLists]--><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->'
            f'{SPAN}{text}</span></p>\n')


def pdf_link(href: str, size: str) -> str:
    return (f' <a href="https://democracy.feldonshire.gov.uk/documents/{href}" class="mgAiPubDocLink" '
            f'title="Link to document"><img src="{FILES}/pdf.png" alt="pdf icon" width="16" height="16" '
            f'class="mgPdfIcon"> PDF {size}</a>')


def item(number: str, title: str, ai_id: int, *, sub: bool = False, doc: str = "", agenda: str = "",
         extra_docs: list[tuple[str, str, str]] | None = None, minutes: str | None = None) -> str:
    cls = "mgSubItemNumberCell" if sub else "mgItemNumberCell"
    out = [f'<tr>\n<td class="{cls}"><p class="mgAiTitleTxt">{number}</p></td>\n<td>\n',
           f'<p class="mgAiTitleTxt"><a href="https://democracy.feldonshire.gov.uk/mgAi.aspx?ID={ai_id}" '
           f'title="Link to item details">{title}</a>{doc}</p>\n']
    if agenda:
        out.append(f'<div class="mgWordPara">\n{agenda}</div>\n')
    out.append('<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgActionList">\n')
    for label, href, size in extra_docs or []:
        out.append(f'<li><a href="https://democracy.feldonshire.gov.uk/documents/{href}" title="Link to document">'
                   f'{label} <img src="{FILES}/pdf.png" alt="pdf icon" width="16" height="16"> PDF {size}</a></li>\n')
    out.append('</ul>\n')
    if minutes is not None:
        out.append(f'<p class="mgSubItemTitleTxt">Minutes:</p>\n<div class="mgWordPara">\n{minutes}</div>\n')
    out.append('</td>\n</tr>\n')
    return "".join(out)


def agenda_para(text: str) -> str:
    return f'<p class="MsoNormal">{SPAN}{text}</span></p>\n'


DISCLOSURE_BOILERPLATE = (
    agenda_para("Members are required to register their disclosable pecuniary interests within 28 days of "
                "their election or appointment to the Council. A member attending a meeting where a matter "
                "arises in which s/he has a disclosable pecuniary interest must (unless s/he has a dispensation):")
    + agenda_para("·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Declare the interest if s/he has not already registered it")
    + agenda_para("·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Not participate in any discussion or vote")
    + agenda_para("·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Must leave the meeting room until the matter has been dealt with")
    + agenda_para("·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Give written notice of any unregistered interest to the "
                  "Monitoring Officer within 28 days of the meeting")
    + agenda_para("Non-pecuniary interests must still be declared in accordance with the Code of Conduct. "
                  "These should be declared at the commencement of the meeting.")
)


def minutes_items() -> str:
    rows = []
    rows.append(item("1.", "General", 15201))

    rows.append(item("1(1)", "Apologies", 15202, sub=True, minutes=(
        plain("Councillor Kieran Moss")
        + plain("Councillor Marcus Doyle (Nunsford and Bedlow Borough Council) who was substituted by Councillor Ann Pritchard")
        + plain("Councillor Sue Pickavance (Stowcombe District Council)")
        + plain("Maureen Ellis (Healthwatch Feldonshire)")
        + plain("Joanne Kirkby, Director of Adult Social Care")
    )))

    rows.append(item("1(2)", "Disclosures of Pecuniary and Non-Pecuniary Interests", 15203, sub=True,
                     agenda=DISCLOSURE_BOILERPLATE, minutes=(
        para("Councillor Deborah Fenwick declared a non-pecuniary interest as a governor of South Feldon NHS "
             "Foundation Trust (SFFT). Councillor Neil Harcourt declared that his wife was employed by SFFT as a "
             "community nurse.")
    )))

    rows.append(item("1(3)", "Chair’s Announcements", 15204, sub=True, minutes=(
        para("The Chair welcomed Councillor Ann Pritchard, who was attending as a substitute, and thanked members "
             "who had attended the pre-committee briefing on the Better Care Fund on 5 November. She also thanked "
             "officers for arranging the recent visit to the integrated discharge hub at Harlbury General Hospital, "
             "which members had found very informative.")
        + para("The Chair advised that, to accommodate colleagues from SFFT, item 6 would be taken after item 4. "
               "The minutes are recorded in the order of the agenda.")
    )))

    rows.append(item("1(4)", "Minutes of previous meetings", 15205, sub=True,
                     doc=pdf_link("s91207/Minutes 24092025 Adult Social Care and Health OSC.pdf", "158 KB"),
                     agenda=agenda_para("To receive the Minutes of the committee meeting held on 24 September 2025."),
                     minutes=(
        para("The minutes of the Committee meeting held on 24 September 2025 were approved as a correct record "
             "and signed by the Chair.")
        + para("Further to minute 5 (Hospital Discharge), Councillor Qureshi asked whether the breakdown of delayed "
               "discharges by hospital site had been circulated. The Chair confirmed that it had been circulated to "
               "members by email on 2 October 2025.")
    )))

    rows.append(item("2.", "Public Speaking", 15206, minutes=(
        para("The Chair welcomed Mr Geoffrey Aldous, Chair of the League of Friends of Coldicote Community Hospital, "
             "who had registered to speak in relation to item 6. A copy of his statement is attached at Appendix A "
             "to these minutes.")
        + para("Mr Aldous spoke about the temporary closure of the twelve inpatient beds at Coldicote Community "
               "Hospital since July 2025. The League of Friends had been given no notice of the closure, despite "
               "having raised more than £90,000 for equipment on the ward over the last five years, and older "
               "relatives were now having to travel to Harlbury or Stowcombe to visit patients. He asked whether the "
               "Trust would give a firm commitment that the beds would reopen before the end of March 2026 and "
               "whether there would be a full public consultation if the closure was to become permanent.")
        + para("The Chair thanked Mr Aldous and advised that Sarah Whitlock (Chief Executive, SFFT) would respond to "
               "the points raised as part of item 6.")
    )))

    rows.append(item("3.", "Questions to Portfolio Holders", 15207,
                     agenda=agenda_para("Up to 30 minutes of the meeting is available for members of the Committee to "
                                        "put questions to the Portfolio Holder: Councillor Margery Tillotson (Adult "
                                        "Social Care and Health) on any matters relevant to the remit of this Committee."),
                     minutes=(
        para("Councillor Imran Qureshi had given notice of the following question: How many people in Feldonshire "
             "were waiting for a Care Act assessment at the end of October 2025, and what was the longest wait?")
        + para("Councillor Tillotson responded that at 31 October 2025 there were 412 people awaiting an assessment, "
               "compared with 530 a year earlier. The longest wait was 146 days; this related to a person whose needs "
               "were being met in the interim through a reablement package. Additional social workers had been "
               "recruited to the duty and assessment teams in Nunsford and Bedlow and a further four posts would be "
               "advertised in January.")
        + para("Councillor Qureshi asked a supplementary question about how the Council prioritised people on the "
               "waiting list. Councillor Tillotson undertook to provide a written response setting out the risk "
               "rating tool used by the teams.")
        + para("Councillor Lorna Pettifer asked about the impact on providers of the increase in employers’ national "
               "insurance contributions from April 2025 and whether any care homes in the county had closed as a "
               "result. Councillor Tillotson said that two small residential homes in the south of the county had "
               "closed during the year, although the providers had cited a range of reasons. The Council had agreed "
               "an uplift of 6.2% in fees for 2025/26 and officers met regularly with the Feldonshire Care "
               "Association.")
    )))

    rows.append(item("4.", "Questions to the NHS", 15208,
                     agenda=agenda_para("Up to 30 minutes of the meeting is available for members of the Committee to "
                                        "put questions to representatives of the NHS on any matters relevant to the "
                                        "remit of this Committee."),
                     minutes=(
        para("Councillor Graham Ashdown had submitted a question to the Ashenford and Feldonshire Integrated Care "
             "Board (ICB) about access to NHS dentistry in the north of the county, following the closure of the "
             "dental practice on Bedlow Road in August 2025. A written response from the ICB had been circulated to "
             "members before the meeting and is attached at Appendix B to these minutes.")
        + para("Councillor Ashdown said that the response did not say when new NHS dental capacity would be "
               "commissioned in Nunsford and that residents were being advised to travel more than 20 miles for an "
               "appointment. The Chair agreed to raise this with the ICB’s Director of Primary Care and to report "
               "back to members.")
    )))

    rows.append(item("5.", "Home Care Recommissioning", 15209,
                     doc=pdf_link("s91288/Home Care Recommissioning OSC 191125.pdf", "412 KB"),
                     agenda=agenda_para("A report seeking the Committee’s comments on the proposed approach to "
                                        "recommissioning home care services from October 2026, prior to its "
                                        "consideration by Cabinet."),
                     extra_docs=[("Appendix 1 - Draft Service Model, item 5.", "s91289/Appendix 1 Draft Service Model.pdf", "230 KB"),
                                 ("Appendix 2 - Engagement Summary, item 5.", "s91290/Appendix 2 Engagement Summary.pdf", "318 KB")],
                     minutes=(
        para("Councillor Margery Tillotson introduced the report. The current home care framework, which had been "
             "extended once, would expire on 30 September 2026. Craig Ferris (Lead Commissioner, Adult Social Care) "
             "presented the proposed approach. The new model would divide the county into nine geographical zones, "
             "each with a lead provider supported by a small number of framework providers, with the aim of reducing "
             "the time care workers spent travelling and improving continuity of care. Some 2,350 people currently "
             "received home care arranged by the Council, at an annual cost of approximately £58 million. Engagement "
             "with people who use services, carers and providers had taken place over the summer and 611 survey "
             "responses had been received, as summarised at Appendix 2.")
        + para("Questions and comments were submitted, with responses provided as indicated:")
        + bullet("Councillor Patricia Elland asked how rural areas such as the Stowcombe hills would be covered, as "
                 "providers had previously handed back packages there because of the cost of travel. Craig Ferris "
                 "explained that a rural uplift to the hourly rate was proposed for four of the zones and that the "
                 "Council could commission directly from a provider outside the zone where the lead provider could "
                 "not pick up a package within 72 hours.", first=True)
        + bullet("Councillor Neil Harcourt sought assurance that providers would pay care workers for their travel "
                 "time. He had heard from constituents that some care workers were still paid only for contact time, "
                 "which could leave them earning less than the national living wage. Becky Stanway (Executive "
                 "Director for Social Care and Health) confirmed that payment for travel time would be a contractual "
                 "requirement and would be monitored through contract management visits, including sample checks of "
                 "payslips.")
        + bullet("Councillor Deborah Fenwick was concerned that the zone model, which had been tried in a neighbouring "
                 "county, had led to small local agencies leaving the market and would reduce choice for people who "
                 "arranged their own care through direct payments. Officers acknowledged the risk and advised that "
                 "direct payments were outside the scope of the framework; work with smaller agencies would continue "
                 "through the provider forum.")
        + bullet("Councillor Ann Pritchard asked whether the Council had considered bringing some home care back "
                 "in-house, as some other councils had done, to give it more control over quality and capacity. "
                 "Councillor Tillotson replied that an in-house service had been costed as part of the options "
                 "appraisal but would cost an estimated £6.4 million a year more than the preferred option. The "
                 "Council’s in-house reablement service would however be expanded.")
        + bullet("The Chair asked how the views of people receiving care had shaped the proposed model. Craig Ferris "
                 "said that continuity of care workers had been the issue raised most often in the survey and this "
                 "had informed the move to zones.")
        + bullet("Councillor Imran Qureshi requested that the Committee receive the outcome of the procurement, "
                 "including the number of Feldonshire-based providers appointed, before the new contracts started.",
                 last=True)
        + '<p class="MsoNormal">&nbsp;</p>\n'
        + bold("Resolved")
        + plain("That the Adult Social Care and Health Overview and Scrutiny Committee:")
        + plain("1.&nbsp;&nbsp;&nbsp; Supports the proposed approach to recommissioning home care services set out in the report.")
        + para("2.&nbsp;&nbsp;&nbsp; Asks that its comments be reported to Cabinet on 11 December 2025.")
    )))

    rows.append(item("6.", "South Feldon NHS Foundation Trust - Community Hospitals Update", 15210,
                     doc=pdf_link("s91291/SFFT Community Hospitals Update Nov 2025.pdf", "1 MB"),
                     agenda=agenda_para("An update from South Feldon NHS Foundation Trust on the temporary closure of "
                                        "inpatient beds at Coldicote Community Hospital and the wider review of "
                                        "community hospital services."),
                     minutes=(
        para("The Committee received a presentation from Sarah Whitlock (Chief Executive, SFFT) and Dr Hamid Rahman "
             "(Medical Director, SFFT). The twelve beds at Coldicote had been temporarily closed in July 2025 because "
             "the Trust had been unable to staff the ward safely following the departure of several registered nurses; "
             "agency cover had been used for some months but was not sustainable, either financially or in terms of "
             "the quality of care. Patients who would previously have been admitted to Coldicote were being cared for "
             "at Harlbury General Hospital, at Stowcombe Community Hospital or at home through the virtual ward. "
             "Responding to the points raised by Mr Aldous, Sarah Whitlock said that the Trust could not give a date "
             "for reopening the beds until a sustainable staffing model had been agreed, but no decision had been "
             "taken to close them permanently and any such proposal would be subject to consultation, including with "
             "this Committee. Equipment purchased by the League of Friends remained at the hospital and was being used "
             "by the outpatient and therapy services.")
        + para("Councillor Deborah Fenwick asked how many of the vacant nursing posts had since been filled and whether "
               "the Trust was using international recruitment. Dr Rahman replied that five of the nine registered "
               "nurse vacancies had been filled, two of them by nurses recruited from overseas, and that a rotational "
               "post between Harlbury and the community hospitals had been introduced to make the roles more "
               "attractive. The Trust expected to be in a position to present options to its board in February 2026.")
        + para("Councillor Graham Ashdown, who represented the Coldicote division, expressed concern that residents had "
               "first learned of the closure through social media rather than from the Trust, which had caused "
               "considerable anxiety among older people in the town. Sarah Whitlock apologised for the way in which the "
               "closure had been communicated. The Trust had since met Coldicote Town Council and the League of Friends "
               "and would hold a public drop-in session in the town in January.")
        + para("Councillor Neil Harcourt asked what assessment had been made of the impact on the Council’s own "
               "services, as people who might previously have had a period of rehabilitation at Coldicote were now "
               "being discharged home with larger packages of care. Becky Stanway confirmed that the number of hospital "
               "discharges requiring a package of care in the south of the county had risen by around 15 per cent "
               "since the summer. This was being monitored through the Better Care Fund and the integrated discharge "
               "hub. The Council and the Trust were jointly funding eight additional ‘discharge to assess’ beds at "
               "Oakhurst Court care home as an interim measure.")
        + para("Councillor Trevor Ollerton (Harlbury Borough Council) asked about public transport between Coldicote "
               "and Harlbury General Hospital for visitors, noting that the bus service had been reduced to two "
               "journeys each day and that a taxi cost more than £30 each way.")
        + para("The Chair requested that the Trust share its staffing options appraisal with the Committee before it "
               "was considered by the Trust board, so that members could consider whether the proposals amounted to a "
               "substantial variation in service requiring formal consultation. Sarah Whitlock agreed to do so.")
        + para("The Committee noted the update and asked that SFFT return to its meeting in March 2026 with the "
               "outcome of the staffing review and its proposals for the Coldicote beds.")
    )))

    rows.append(item("7.", "Director of Public Health Annual Report 2025", 15211,
                     doc=pdf_link("s91292/DPH Annual Report 2025 cover report.pdf", "96 KB"),
                     agenda=agenda_para("To receive the Director of Public Health Annual Report 2025, which this year "
                                        "focuses on healthy ageing."),
                     extra_docs=[("Appendix - DPH Annual Report 2025 Growing Older Well in Feldonshire, item 7.",
                                  "s91293/DPH Annual Report 2025.pdf", "4 MB")],
                     minutes=(
        para("Dr Amrit Sandhu (Director of Public Health) introduced the annual report, ‘Growing Older Well in "
             "Feldonshire’. By 2040 more than a quarter of the county’s population would be aged 65 or over. The "
             "report highlighted a gap of 8.9 years in healthy life expectancy between the most and least deprived "
             "areas of the county, together with falls and frailty, loneliness, and the uptake of flu and COVID-19 "
             "vaccinations among older residents. It made six recommendations for the Council and its partners.")
        + para("Councillor Patricia Elland welcomed the report and its focus on prevention. She asked how the "
               "recommendations would be funded, given that the public health grant had reduced in real terms over "
               "the last decade. Dr Sandhu said that most of the recommendations could be delivered within existing "
               "budgets by working differently with partners through the Healthy Ageing Partnership, although the "
               "falls prevention service would need to be recommissioned during 2026.")
        + para("Councillor Imran Qureshi noted the low uptake of flu vaccination among care home staff, which he "
               "understood was below 40 per cent in some homes, and asked what more could be done. Dr Sandhu replied "
               "that uptake among care home staff had been 36 per cent last winter. The team was working with the ICB "
               "to offer vaccination on site at care homes and with the Feldonshire Care Association to encourage "
               "managers to promote it.")
        + para("Councillor Lorna Pettifer commented that loneliness was as damaging to health as smoking and that the "
               "closure of day centres and village bus routes in recent years had made the problem worse for older "
               "people living alone.")
        + bold("Resolved")
        + para("That the Committee notes the Director of Public Health Annual Report 2025.")
    )))

    rows.append(item("8.", "Council Plan 2025-2030 - Quarter 2 Performance Progress Report", 15212,
                     doc=pdf_link("s91294/Q2 Performance Progress Report ASCH OSC.pdf", "705 KB"),
                     agenda=agenda_para("For the Committee to consider the performance of services within its remit "
                                        "at Quarter 2 (April – September 2025)."),
                     minutes=(
        para("Tom Bramwell (Lead Commissioner – Performance and Intelligence) introduced the report. Of the 14 "
             "measures within the Committee’s remit, nine were on track, four were not on track and one had no data "
             "available at quarter 2. A forecast overspend on adult social care of £4.1 million was reported.")
        + para("Questions and comments were submitted, with responses provided as indicated:")
        + "<ul>\n"
        + "<li>" + SPAN + "Councillor Graham Ashdown noted the forecast overspend and asked what proportion related to "
          "residential and nursing placements. Becky Stanway said that around £2.9 million of the overspend related "
          "to placements for older people, where both the number of placements and the average weekly cost had "
          "risen. A recovery plan had been agreed with the Portfolio Holder.</span></li>\n"
        + "<li>" + SPAN + "Councillor Neil Harcourt queried why the percentage of people who needed no further support "
          "after short-term reablement had fallen from 78% to 71%. Tom Bramwell explained that the reablement service "
          "was now taking people with more complex needs directly from hospital, which had affected the "
          "measure.</span></li>\n"
        + "<li>" + SPAN + "Councillor Deborah Fenwick asked that future reports include the number of adult "
          "safeguarding concerns received and the proportion that led to an enquiry. Officers agreed to include this "
          "from the quarter 3 report onwards.</span></li>\n"
        + "<li>" + SPAN + "Members noted that the target for the number of carers’ assessments completed had been met "
          "for the first time since the measure was introduced.</span></li>\n"
        + "</ul>\n"
        + bold("Resolved")
        + para("That the Committee notes the Quarter 2 performance progress report.")
    )))

    rows.append(item("9.", "Work Programme", 15213,
                     doc=pdf_link("s91295/Work Programme ASCH OSC Nov 2025.pdf", "120 KB"),
                     agenda=agenda_para("For the Committee to review and update its work programme."),
                     minutes=(
        para("The Committee reviewed its work programme. The following suggestions were made:")
        + bullet("Councillor Lorna Pettifer proposed an item on loneliness and social isolation among older people, "
                 "drawing on the Director of Public Health’s annual report.", first=True)
        + bullet("Councillor Imran Qureshi asked for a briefing on dementia diagnosis rates in the county, which "
                 "remained below the national ambition.", last=True)
        + '<p class="MsoNormal">&nbsp;</p>\n'
        + para("The Chair confirmed that an update on the home care procurement would be scheduled for the June 2026 "
               "meeting in response to the request made under minute 5.")
        + bold("Resolved")
        + para("That the work programme be approved, subject to the additions above.")
    )))

    rows.append(item("10.", "Any Urgent Items", 15214,
                     agenda=agenda_para("At the discretion of the Chair, items may be raised which are considered "
                                        "urgent (please notify Democratic Services in advance of the meeting)."),
                     minutes=para("None.")))
    return "".join(rows)


def minutes_html() -> str:
    title = ("Agenda for Adult Social Care and Health Overview and Scrutiny Committee on Wednesday 19 November 2025, "
             "10.00 am - Feldonshire County Council")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0082)https://democracy.feldonshire.gov.uk/ieListDocuments.aspx?CId=144&MId=4127&Ver=4 -->
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.title" content="{title}">
<meta name="DC.date" scheme="W3CDTF" content="2025-11-19">
<link rel="stylesheet" href="{FILES}/MGStyles.css" type="text/css">
<link rel="stylesheet" href="{FILES}/feldonshire-site.css" type="text/css">
<link rel="stylesheet" href="{FILES}/MGPrint.css" type="text/css" media="print">
<script type="text/javascript" src="{FILES}/jquery.min.js"></script>
<script type="text/javascript" src="{FILES}/mgModernGov.js"></script>
</head>
<body>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" style="display:none"><p>We use cookies to make this site work. <a href="https://www.feldonshire.gov.uk/cookies">Cookie settings</a></p></div>
<header class="site-header" role="banner">
<div class="site-header__inner">
<a class="site-header__logo" href="https://www.feldonshire.gov.uk/"><img src="{FILES}/fcc-logo.svg" alt="Feldonshire County Council home page"></a>
<form class="site-search" action="https://democracy.feldonshire.gov.uk/mgSearchDocuments.aspx" method="get"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search committee documents"><button type="submit">Search</button></form>
</div>
<nav class="site-nav" aria-label="Democracy">
<ul>
<li><a href="https://democracy.feldonshire.gov.uk/uuCoverPage.aspx?bcr=1">Democracy home</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgMemberIndex.aspx?bcr=1">Your councillors</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgListPlans.aspx?RPId=130&amp;RD=0&amp;bcr=1">Forward plan</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/ieDocHome.aspx?bcr=1">Have your say</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb" role="navigation" aria-label="Breadcrumb">
<ul id="mgBreadCrumbs">
<li><a href="https://www.feldonshire.gov.uk/">Home</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/uuCoverPage.aspx?bcr=1">Councillors, committees and meetings</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/ieListMeetings.aspx?CommitteeId=144">Adult Social Care and Health Overview and Scrutiny Committee</a></li>
<li>Meeting</li>
</ul>
</div>
<main id="mgMainContent" role="main">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Adult Social Care and Health Overview and Scrutiny Committee - Wednesday 19 November 2025 10.00 am</h2></div>
<div class="mgContent">
<div class="mgLinks">
<ul class="mgBulletList">
<li><a href="https://democracy.feldonshire.gov.uk/ieIssueDetails.aspx?MId=4127&amp;Opt=0">Issue list</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgMeetingAttendance.aspx?ID=4127">Attendance details</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgIssueHistoryHome.aspx?MId=4127">Issue history</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/mgWebcast.aspx?MId=4127">Watch the webcast</a></li>
</ul>
</div>
<p class="mgLabel"><span class="mgLabel">Venue: </span>Committee Room 2, Shire Hall, Harlbury. <a href="https://democracy.feldonshire.gov.uk/mgVenueDetails.aspx?ID=3">View directions</a></p>
<p class="mgLabel"><span class="mgLabel">Contact: </span>Liam Turvey&nbsp; Senior Democratic Services Officer</p>
<div class="mgMediaLinks">
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://feldonshire.public-i.tv/core/portal/webcast_interactive/921455" title="Link to webcast of meeting">This meeting was webcast - view the recording</a></p>
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for the meeting">
<caption class="mgSectionTitle">Items</caption>
<tr>
<th class="mgItemNumberTitleTxt" scope="col">No.</th>
<th class="mgTitleTitleTxt" scope="col">Item</th>
</tr>
{minutes_items()}</table>
</div>
</div>
<aside class="mgSideBar" aria-label="Meeting documents">
<h2 class="mgSideBarTitleTxt">Meeting documents</h2>
<ul class="mgActionList">
<li><a href="https://democracy.feldonshire.gov.uk/documents/g4127/Public reports pack 19th-Nov-2025 10.00 Adult Social Care and Health Overview and Scrutiny Committee.pdf?T=10">Agenda reports pack <img src="{FILES}/pdf.png" alt="pdf icon"> PDF 6 MB</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/documents/g4127/Agenda frontsheet 19th-Nov-2025 10.00 Adult Social Care and Health Overview and Scrutiny Committee.pdf?T=0">Agenda frontsheet <img src="{FILES}/pdf.png" alt="pdf icon"> PDF 214 KB</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/documents/g4127/Printed minutes 19th-Nov-2025 10.00 Adult Social Care and Health Overview and Scrutiny Committee.pdf?T=1">Printed minutes <img src="{FILES}/pdf.png" alt="pdf icon"> PDF 301 KB</a></li>
</ul>
<h2 class="mgSideBarTitleTxt">Other meetings of this committee</h2>
<ul class="mgActionList">
<li><a href="https://democracy.feldonshire.gov.uk/ieListDocuments.aspx?CId=144&amp;MId=4126">24 September 2025</a></li>
<li><a href="https://democracy.feldonshire.gov.uk/ieListDocuments.aspx?CId=144&amp;MId=4128">28 January 2026</a></li>
</ul>
</aside>
</main>
<footer class="site-footer" role="contentinfo">
<ul class="site-footer__links">
<li><a href="https://www.feldonshire.gov.uk/contact">Contact us</a></li>
<li><a href="https://www.feldonshire.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.feldonshire.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.feldonshire.gov.uk/cookies">Cookies</a></li>
</ul>
<p>&copy; Feldonshire County Council, Shire Hall, Market Square, Harlbury</p>
<p class="mgFooterTxt">Powered by <a href="https://www.civica.com/">Modern.Gov</a></p>
</footer>
<script type="text/javascript">mgInitPage('ieListDocuments');</script>
</body></html>
"""


# --------------------------------------------------------------------------------------
# The briefing note (not minutes)
# --------------------------------------------------------------------------------------

def build_briefing(path: Path) -> None:
    from fpdf import FPDF

    class Note(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "OFFICIAL", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Note(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 10, 2, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Briefing Note - Delayed Discharges by Hospital Site")
    pdf.set_author("Feldonshire County Council")
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    def heading(text, size=11):
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def body(text, indent=0):
        pdf.set_font("DejaVu", "", 10)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(num, text):
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(12, 5.2, num)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Feldonshire County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, "Adult Social Care and Health Overview and Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    heading("Briefing Note: Delayed Discharges by Hospital Site", 13)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5.5, "Date: 2 October 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Circulated to: Members of the Committee (by email)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    heading("1. Purpose")
    numbered("1.1", "At its meeting on 24 September 2025 (minute 5, Hospital Discharge) the Committee asked for the "
                    "number of delayed discharges of Feldonshire residents to be broken down by hospital site, and "
                    "raised three further questions about the discharge to assess pathway. This note provides the "
                    "information requested.")
    heading("2. Delayed discharges by hospital site")
    numbered("2.1", "The table below shows the average number of Feldonshire residents each day in August 2025 who "
                    "no longer met the criteria to reside but remained in hospital.")

    rows = [("Hospital site", "Average per day", "Of which awaiting social care"),
            ("Harlbury General Hospital", "38", "14"),
            ("Nunsford Royal Infirmary", "27", "9"),
            ("Stowcombe Community Hospital", "6", "4"),
            ("Out of county hospitals", "11", "3"),
            ("Total", "82", "30")]
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(70, 40, 56), text_align=("LEFT", "CENTER", "CENTER"), line_height=6) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    numbered("2.2", "Most people awaiting social care were waiting for a package of home care in rural areas or for "
                    "a nursing home placement for people living with dementia.")

    heading("3. Members’ further questions")
    body("Question 1 (Councillor Imran Qureshi): Why do more people wait at Harlbury than at Nunsford when "
         "Nunsford admits more older patients?")
    body("Response: Harlbury General Hospital serves the more rural south of the county, where home care is "
         "harder to arrange. Nunsford also has an on-site reablement team funded through the Better Care Fund.",
         indent=6)
    body("Question 2 (Councillor Neil Harcourt): Are discharge to assess beds being used for people who could "
         "go straight home?")
    body("Response: An audit of 60 admissions in July found that 52 people could not have gone straight home. "
         "The remaining eight were delayed mainly because an equipment delivery was late. The Integrated Care "
         "Board has been asked to review the equipment contract.", indent=6)
    body("Question 3 (Councillor Patricia Elland): What happens to people who are waiting for a care home of "
         "their choice?")
    body("Response: To be covered in the report to the Committee in January 2026.", indent=6)

    heading("4. Recommendation")
    numbered("4.1", "That the Committee notes the information in this briefing note. No decision is required.")

    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    contacts = [("Report Author", "Hannah Corley, Senior Performance Analyst"),
                ("Assistant Director", "Joanne Kirkby, Director of Adult Social Care"),
                ("Executive Director", "Becky Stanway, Executive Director for Social Care and Health"),
                ("Portfolio Holder", "Councillor Margery Tillotson, Adult Social Care and Health")]
    with pdf.table(col_widths=(45, 121), line_height=5.5, first_row_as_headings=False) as table:
        for a, b in contacts:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def minutes_gold() -> dict:
    items = [("1", "General"), ("1(1)", "Apologies"),
             ("1(2)", "Disclosures of Pecuniary and Non-Pecuniary Interests"),
             ("1(3)", "Chair’s Announcements"), ("1(4)", "Minutes of previous meetings"),
             ("2", "Public Speaking"), ("3", "Questions to Portfolio Holders"), ("4", "Questions to the NHS"),
             ("5", "Home Care Recommissioning"),
             ("6", "South Feldon NHS Foundation Trust - Community Hospitals Update"),
             ("7", "Director of Public Health Annual Report 2025"),
             ("8", "Council Plan 2025-2030 - Quarter 2 Performance Progress Report"),
             ("9", "Work Programme"), ("10", "Any Urgent Items")]
    questions = [
        q("1(4)", "question", "asked whether the breakdown of delayed discharges by hospital site had been circulated",
          "Councillor Qureshi", "it had been circulated to members by email on 2 October 2025", "The Chair",
          ["adult-social-care"]),
        q("2", "question", "asked whether the Trust would give a firm commitment that the beds would reopen",
          "Mr Geoffrey Aldous", None, None, ["patient-and-public-input"]),
        q("3", "question", "How many people in Feldonshire were waiting for a Care Act assessment",
          "Councillor Imran Qureshi", "at 31 October 2025 there were 412 people awaiting an assessment",
          "Councillor Tillotson", ["adult-social-care", "workforce"]),
        q("3", "question", "asked a supplementary question about how the Council prioritised people on the waiting list",
          "Councillor Qureshi", "undertook to provide a written response setting out the risk rating tool",
          "Councillor Tillotson", ["adult-social-care"]),
        q("3", "question", "asked about the impact on providers of the increase in employers’ national insurance",
          "Councillor Lorna Pettifer", "two small residential homes in the south of the county had closed",
          "Councillor Tillotson", ["adult-social-care", "finance", "workforce"]),
        q("4", "question", "about access to NHS dentistry in the north of the county",
          "Councillor Graham Ashdown", "A written response from the ICB had been circulated to members", "ICB",
          ["primary-care"]),
        q("4", "concern", "the response did not say when new NHS dental capacity would be commissioned",
          "Councillor Ashdown", "The Chair agreed to raise this with the ICB’s Director of Primary Care",
          "The Chair", ["primary-care", "subcontracting"]),
        q("5", "question", "asked how rural areas such as the Stowcombe hills would be covered",
          "Councillor Patricia Elland", "a rural uplift to the hourly rate was proposed for four of the zones",
          "Craig Ferris", ["adult-social-care", "subcontracting", "finance"]),
        q("5", "question", "sought assurance that providers would pay care workers for their travel time",
          "Councillor Neil Harcourt", "payment for travel time would be a contractual requirement",
          "Becky Stanway", ["adult-social-care", "workforce", "subcontracting"]),
        q("5", "concern", "had led to small local agencies leaving the market and would reduce choice",
          "Councillor Deborah Fenwick", "Officers acknowledged the risk and advised that direct payments were outside",
          "Officers", ["adult-social-care", "subcontracting"]),
        q("5", "question", "asked whether the Council had considered bringing some home care back in-house",
          "Councillor Ann Pritchard", "an in-house service had been costed as part of the options appraisal",
          "Councillor Tillotson", ["adult-social-care", "privatisation", "finance"]),
        q("5", "question", "asked how the views of people receiving care had shaped the proposed model",
          "The Chair", "continuity of care workers had been the issue raised most often in the survey",
          "Craig Ferris", ["adult-social-care", "patient-and-public-input"]),
        q("5", "request", "requested that the Committee receive the outcome of the procurement",
          "Councillor Imran Qureshi", None, None, ["adult-social-care", "subcontracting"]),
        q("6", "question", "asked how many of the vacant nursing posts had since been filled",
          "Councillor Deborah Fenwick", "five of the nine registered nurse vacancies had been filled",
          "Dr Rahman", ["workforce"]),
        q("6", "concern", "expressed concern that residents had first learned of the closure through social media",
          "Councillor Graham Ashdown", "apologised for the way in which the closure had been communicated",
          "Sarah Whitlock", ["patient-and-public-input"]),
        q("6", "question", "asked what assessment had been made of the impact on the Council’s own services",
          "Councillor Neil Harcourt",
          "the number of hospital discharges requiring a package of care",
          "Becky Stanway", ["adult-social-care", "integration"]),
        q("6", "question", "asked about public transport between Coldicote and Harlbury General Hospital for visitors",
          "Councillor Trevor Ollerton", None, None, []),
        q("6", "request", "requested that the Trust share its staffing options appraisal with the Committee",
          "The Chair", "Sarah Whitlock agreed to do so", "Sarah Whitlock",
          ["governance", "patient-and-public-input", "workforce"]),
        q("7", "question", "asked how the recommendations would be funded, given that the public health grant",
          "Councillor Patricia Elland", "most of the recommendations could be delivered within existing budgets",
          "Dr Sandhu", ["public-health", "finance"]),
        q("7", "question", "noted the low uptake of flu vaccination among care home staff",
          "Councillor Imran Qureshi", "uptake among care home staff had been 36 per cent last winter",
          "Dr Sandhu", ["public-health", "workforce", "adult-social-care"]),
        q("7", "comment", "commented that loneliness was as damaging to health as smoking",
          "Councillor Lorna Pettifer", None, None, ["public-health", "adult-social-care"]),
        q("8", "question", "noted the forecast overspend and asked what proportion related to residential and nursing placements",
          "Councillor Graham Ashdown", "around £2.9 million of the overspend related to placements for older people",
          "Becky Stanway", ["finance", "adult-social-care"]),
        q("8", "question", "queried why the percentage of people who needed no further support after short-term reablement",
          "Councillor Neil Harcourt", "the reablement service was now taking people with more complex needs",
          "Tom Bramwell", ["adult-social-care"]),
        q("8", "request", "asked that future reports include the number of adult safeguarding concerns",
          "Councillor Deborah Fenwick", "Officers agreed to include this from the quarter 3 report onwards",
          "Officers", ["adult-social-care"]),
        q("8", "comment", "the target for the number of carers’ assessments completed had been met",
          None, None, None, ["adult-social-care"]),
        q("9", "request", "proposed an item on loneliness and social isolation among older people",
          "Councillor Lorna Pettifer", None, None, ["public-health", "adult-social-care"]),
        q("9", "request", "asked for a briefing on dementia diagnosis rates in the county",
          "Councillor Imran Qureshi", None, None, ["mental-health"]),
    ]
    resolutions = [
        {"item": "1(4)", "text": "were approved as a correct record and signed by the Chair", "outcome": "agreed",
         "themes": []},
        {"item": "5", "text": "Asks that its comments be reported to Cabinet on 11 December 2025", "outcome": "agreed",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "6", "text": "The Committee noted the update and asked that SFFT return to its meeting",
         "outcome": "agreed", "themes": ["workforce"]},
        {"item": "7", "text": "That the Committee notes the Director of Public Health Annual Report 2025",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "8", "text": "That the Committee notes the Quarter 2 performance progress report", "outcome": "noted",
         "themes": []},
        {"item": "9", "text": "That the work programme be approved, subject to the additions above", "outcome": "agreed",
         "themes": []},
    ]
    attendees = [
        {"name": "Councillor Kieran Moss", "role": None, "attendance": "apologies"},
        {"name": "Councillor Marcus Doyle", "role": None, "attendance": "apologies"},
        {"name": "Councillor Ann Pritchard", "role": None, "attendance": "present"},
        {"name": "Councillor Sue Pickavance", "role": None, "attendance": "apologies"},
        {"name": "Maureen Ellis", "role": None, "attendance": "apologies"},
        {"name": "Joanne Kirkby", "role": "Director of Adult Social Care", "attendance": "apologies"},
    ]
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Adult Social Care and Health Overview and Scrutiny Committee",
        "meeting_date": "2025-11-19",
        "items": [{"number": n, "title": t} for n, t in items],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def briefing_gold() -> dict:
    return {"document": BRIEFING_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_briefing(DOCS / BRIEFING_NAME)
    for gold in (minutes_gold(), briefing_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / BRIEFING_NAME}\nwrote gold to {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]|_", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_texts(path: Path) -> list[str]:
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return ["\n".join(page.extract_text() or "" for page in pdf.pages)]
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8")]


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("lm-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        texts = [norm(t) for t in doc_texts(doc)]
        if not any(texts):
            print(f"NO TEXT extracted from {doc.name}")
            failures += 1
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for label, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{doc.name}: {label} has {words} words: {phrase!r}")
                failures += 1
            p = norm(phrase)
            counts = [t.count(p) for t in texts]
            if any(c != 1 for c in counts):
                print(f"{doc.name}: {label} found {counts} times: {phrase!r}")
                failures += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    total = len(list(GOLD.glob("lm-*.json")))
    if total != 2:
        print(f"expected 2 lm gold files, found {total}")
        failures += 1
    print("check passed" if not failures else f"check FAILED: {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
