#!/usr/bin/env python3
"""Build the "ph-" documents of round 212 and their gold annotations.

Usage:  build_ph.py           build documents/ph-* and gold/ph-*.json
        build_ph.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ph-wrenbay-adult-social-care-health-osc-sub-board-2025-11-24.html"
NEWS_NAME = "ph-wrenbay-news-lifeline-telecare-consultation-outcome-2025-12-04.pdf"

FIXED = dt.datetime(2025, 12, 4, 10, 0, 0, tzinfo=dt.timezone.utc)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# The minutes: a page of the council's own website, saved from the browser
# ---------------------------------------------------------------------------

def e(s: str) -> str:
    """Escape text for HTML, keeping the apostrophes and quotes as typed."""
    return html.escape(s, quote=False)


def p(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{e(text)}</p>"


def bullets(items: list[str]) -> str:
    lis = "\n".join(f"  <li>{e(t)}</li>" for t in items)
    return f'<ul class="minutes-list">\n{lis}\n</ul>'


def heading(number: str, title: str) -> str:
    return (f'<h2 class="minute-heading" id="minute-{number}">'
            f'<span class="minute-number">{number}.</span>&nbsp;&nbsp;{e(title)}</h2>')


def resolved(label: str, paras: list[str]) -> str:
    out = [f'<p class="resolution-label"><strong>{e(label)}</strong></p>']
    for t in paras:
        out.append(f'<p class="resolution">{e(t)}</p>')
    return "\n".join(out)


def numbered(items: list[str]) -> str:
    lis = "\n".join(f"  <li>{e(t)}</li>" for t in items)
    return f'<ol class="resolution-clauses">\n{lis}\n</ol>'


ATTENDANCE = [
    '<p class="minutes-title"><strong>Minutes of the Adult Social Care and Health Overview '
    'and Scrutiny Sub-Board</strong></p>',
    '<p class="minutes-date centre"><strong>24 November 2025</strong></p>',
    '<p class="centre"><strong>-: Present :-</strong></p>',
    p("Councillor Penhale (Chairwoman)", "centre"),
    p("Councillors Ashworth, Cleave, Dymond, Hext (Vice-Chairman), Mandy Treloar, "
      "Steve Treloar and Yeo", "centre"),
    p("Non-Voting Co-opted Member: Jo Marwood (Healthwatch Wrenbay)", "centre"),
    p("(Also in attendance: Councillors Kellow (Cabinet Member for Adult and Community "
      "Services, Public Health and Inequalities), Nethercott and Pascoe)", "centre"),
    '<p class="centre small"><em>Officers and partners present for all or part of the '
    'meeting:</em> ' + e(
        "Jenna Pollard (Director of Adult Social Services); Dr Ruth Tamblyn (Director of "
        "Public Health); Anita Bawden (Head of Commissioning (Adult Social Care)); Martin "
        "Carew (Divisional Director, Community and Customer Services); Tom Ellacott "
        "(Trading Standards Team Leader); Lewis Hocking (Overview and Scrutiny "
        "Co-ordinator); Simon Trewin (Deputy Chief Operating Officer, Wrenbay and South "
        "Hallam NHS Foundation Trust); Dr Priya Venn (Associate Director of Primary Care "
        "and Dental Commissioning, NHS Carrowdown Integrated Care Board); Pat Rowse "
        "(Engagement Lead, Healthwatch Wrenbay)") + "</p>",
    '<hr class="minutes-rule">',
]

BODY = [
    # 23 -------------------------------------------------------------------
    heading("23", "Apologies"),
    p("Apologies for absence were received from Councillor Rendle."),
    p("It was reported that, in accordance with the wishes of the Independent Group, the "
      "membership of the Sub-Board had been amended for this meeting by including "
      "Councillor Yeo instead of Councillor Rendle."),

    # 24 -------------------------------------------------------------------
    heading("24", "Minutes"),
    p("The minutes of the meeting of the Sub-Board held on 22 September 2025 were "
      "confirmed as a correct record and signed by the Chairwoman."),

    # 25 -------------------------------------------------------------------
    heading("25", "Declarations of Interest"),
    p("Councillor Mandy Treloar declared a non-registerable interest in respect of Minute "
      "27 as a member of her family was employed as a care worker by one of the providers "
      "on the current framework. She remained in the meeting for the discussion but did "
      "not vote on the item."),
    p("Councillor Dymond declared, for transparency, that she was a volunteer driver for "
      "the Brimhaven Good Neighbours scheme, which took patients home from Wrenbay "
      "General Hospital (Minute 30). This was not a registerable interest."),

    # 26 -------------------------------------------------------------------
    heading("26", "Urgent Items"),
    p("The Sub-Board considered the item in Minute 30, and not included on the agenda, "
      "the Chairwoman being of the opinion that it was urgent by reason of special "
      "circumstances i.e. the matter having arisen since the agenda was prepared and it "
      "was unreasonable to wait until the next meeting to consider it."),

    # 27 -------------------------------------------------------------------
    heading("27", "Re-procurement of Care at Home Services"),
    p("The Sub-Board considered the submitted report on the proposed re-procurement of "
      "care at home (domiciliary care) services for adults in Wrenbay, which was due to be "
      "considered by the Cabinet on 9 December 2025. The current framework agreement, "
      "held by 14 providers, would expire on 31 August 2026. Around 1,240 people received "
      "care at home arranged by the Council and the Trust, amounting to some 16,900 "
      "hours of care each week, and the three largest providers delivered 58 per cent of "
      "those hours."),
    p("The report set out three options: the continuation of an open framework on the "
      "current terms; the creation of a council-owned company to deliver a proportion of "
      "care at home directly; and a zoned model, under which a lead provider would be "
      "appointed in each of four geographical zones (Wrenbay Town, Brimhaven, Kelsey Cove "
      "and Tolleford with the rural west), supported by a framework of other providers to "
      "pick up packages the lead provider could not cover. Option 3, the zoned model, was "
      "the preferred option. Contracts would run for five years with the option of a "
      "further three."),
    p("The report explained that the market had stabilised since the pressures of "
      "2022 and 2023, but that provision remained fragile in the rural west, where two "
      "providers had withdrawn during the year and where some packages were still being "
      "covered by the Trust's own reablement staff while a provider was sought. The "
      "zoned model was intended to give each lead provider enough guaranteed work in a "
      "defined area to plan rotas efficiently, reduce travelling between calls and "
      "offer care workers more regular hours. The procurement timetable proposed that "
      "the invitation to tender would be issued in March 2026, with contracts awarded in "
      "June 2026 and the new arrangements starting on 1 September 2026. Staff of any "
      "provider which did not secure a place under the new arrangements might transfer "
      "to a successful provider, and the report set out how transfers of packages would "
      "be managed so as to keep the disruption to people receiving care to a minimum."),
    p("The Cabinet Member for Adult and Community Services, Public Health and "
      "Inequalities, Councillor Kellow, introduced the report, and the Director of Adult "
      "Social Services, Jenna Pollard, and the Head of Commissioning (Adult Social Care), "
      "Anita Bawden, responded to questions. Simon Trewin, Deputy Chief Operating Officer, "
      "Wrenbay and South Hallam NHS Foundation Trust, was also present for this item, "
      "the Trust being responsible for assessment and care management for adults on "
      "behalf of the Council under the section 75 agreement."),
    p("At the invitation of the Chairwoman, Mrs Gwen Scobell, a home care worker and "
      "trade union representative, addressed the Sub-Board. Mrs Scobell expressed concern "
      "that a zoned model would lead to smaller providers being squeezed out, and that "
      "care workers in Wrenbay were still not being paid for the time spent travelling "
      "between visits, particularly in the rural west. The Cabinet Member thanked Mrs "
      "Scobell for attending and undertook to provide a written response on travel time "
      "to her and to all members of the Sub-Board."),
    p("Members asked questions in relation to the following:"),
    bullets([
        "how the boundaries of the four zones had been drawn and whether the rural parts "
        "of Tolleford would be less attractive to bidders;",
        "what proportion of the annual care at home budget of £31.6 million was paid to "
        "providers based outside Wrenbay; and",
        "whether providers backed by private equity would be permitted to bid for the "
        "lead provider contracts.",
    ]),
    p("Councillor Steve Treloar asked why the option of delivering care in-house through "
      "a council-owned company had been discounted, given that other authorities had "
      "taken this route. The Director of Adult Social Services advised that the set-up "
      "costs had been estimated at £2.4 million over three years and that the Council "
      "would carry the full risk of recruitment in a market where 11 per cent of care "
      "worker posts were vacant. The Trust's own reablement team would, however, "
      "continue to be provided in-house."),
    p("Members sought assurance that the evaluation criteria would give sufficient weight "
      "to quality and to the terms and conditions of care workers, rather than to price "
      "alone. The Head of Commissioning (Adult Social Care) explained that the proposed "
      "weighting was 60 per cent quality and social value and 40 per cent price, and "
      "that all bidders would be required to commit to paying at least the Real Living "
      "Wage from April 2026."),
    p("Councillor Cleave raised concerns about the number of hours of care which had been "
      "handed back by providers during 2024/2025, and asked whether the new model would "
      "reduce the number of people waiting in hospital for a package of care. Mr Trewin "
      "advised that the number of people waiting for care at home on any one day had "
      "fallen from 41 in January 2025 to 17 at the end of October 2025, and that under "
      "the new model a lead provider in each zone would be expected to pick up packages "
      "within 48 hours of referral."),
    p("Councillor Yeo requested that the Sub-Board be given the opportunity to consider "
      "the draft service specification before the invitation to tender was issued. The "
      "Cabinet Member agreed that this would be scheduled for the Sub-Board's meeting in "
      "February 2026."),
    p("Councillor Ashworth commented that the engagement undertaken with people who use "
      "services had been limited to an online survey which had received only 86 "
      "responses, and that face-to-face sessions should be held in each zone. The Head of "
      "Commissioning (Adult Social Care) acknowledged that the response had been "
      "disappointing and confirmed that four drop-in sessions would be held in January "
      "2026 with the support of Healthwatch Wrenbay."),
    p("Councillor Steve Treloar proposed and Councillor Cleave seconded a motion as set "
      "out below:"),
    p("That the Cabinet be recommended to commission a full business case for the "
      "in-house delivery of a proportion of care at home services through a "
      "council-owned company, to be considered before the procurement is launched.",
      "motion"),
    p("On being put to the vote, the motion was declared lost."),
    p("Councillor Hext proposed and Councillor Dymond seconded a motion, which was agreed "
      "by the Sub-Board (6 votes for and 1 against) as set out below:"),
    p("That the Cabinet be recommended:", "motion"),
    numbered([
        "to approve the re-procurement of care at home services on the basis of a zoned "
        "model with a lead provider in each of the four zones and a supporting framework, "
        "as set out in option 3 of the submitted report;",
        "to require all bidders to commit to paying care workers at least the Real Living "
        "Wage and to paying for travel time between visits; and",
        "to ensure that the draft service specification is presented to the Adult Social "
        "Care and Health Overview and Scrutiny Sub-Board before the invitation to tender "
        "is issued.",
    ]),
    p("(Note: Councillor Mandy Treloar did not vote on the above motions.)", "note"),

    # 28 -------------------------------------------------------------------
    heading("28", "NHS Dental Services in Wrenbay"),
    p("Dr Priya Venn, Associate Director of Primary Care and Dental Commissioning, NHS "
      "Carrowdown Integrated Care Board, presented the submitted report which set out the "
      "position on access to NHS dentistry in Wrenbay since the commissioning of dental "
      "services had been delegated to the Integrated Care Board in April 2023. The report "
      "showed that 38 per cent of adults in Wrenbay had seen an NHS dentist in the "
      "previous 24 months and 52 per cent of children in the previous 12 months, compared "
      "with 41 per cent and 56 per cent across the Integrated Care Board's area, and that "
      "two practices in Brimhaven had handed back their NHS contracts during 2025, "
      "affecting around 6,300 patients."),
    p("Dr Venn outlined the actions in the Integrated Care Board's dental recovery plan, "
      "including additional urgent access sessions, a 'golden hello' scheme for dentists "
      "taking up posts in under-served areas, and the expansion of the supervised "
      "toothbrushing programme, which was jointly funded with the Council's public health "
      "team."),
    p("Jo Marwood commented that dentistry remained the subject most frequently raised "
      "with Healthwatch Wrenbay, accounting for one in four of all the enquiries it had "
      "received since April, and that many callers were parents who had been told by a "
      "practice that it was not taking on new child patients."),
    p("In response to a question about the availability of urgent dental appointments for "
      "people not registered with a practice, Dr Venn advised that the dental helpline "
      "would now book patients directly into one of four urgent access practices, "
      "including one in Wrenbay town centre, rather than giving callers a list of "
      "practices to telephone themselves."),
    p("Councillor Dymond asked whether the Integrated Care Board had been able to find a "
      "new provider for the contracts handed back in Brimhaven. Dr Venn advised that a "
      "procurement had been carried out during the summer but that no compliant bids had "
      "been received, and that the Integrated Care Board was now negotiating with two "
      "existing practices to take on the activity on an interim basis from January 2026."),
    p("Councillor Mandy Treloar expressed concern that children in the most deprived parts "
      "of Wrenbay were waiting until they were in pain before being seen by a dentist, and "
      "asked what was being done to promote oral health in schools. The Director of Public "
      "Health advised that the supervised toothbrushing scheme had been extended to 31 "
      "primary schools and nurseries in the areas of greatest need, reaching around 2,700 "
      "children, and that fluoride varnish was being offered through the health visiting "
      "service."),
    p("Councillor Hext asked whether the units of dental activity paid for by the "
      "Integrated Care Board had been fully used in 2024/2025. Dr Venn confirmed that "
      "approximately 8 per cent of commissioned units had not been delivered across "
      "Wrenbay and that the funding had been reinvested in the urgent access sessions."),
    p("Members also asked questions in relation to:"),
    bullets([
        "the number of dentists who had ceased to provide NHS treatment in Wrenbay since "
        "2023; and",
        "whether incentive payments were available to attract dentists to coastal and "
        "rural practices outside the 'golden hello' scheme.",
    ]),
    resolved("Resolved (unanimously):", [
        "That NHS Carrowdown Integrated Care Board be requested to provide the Sub-Board "
        "with a written response on the recruitment and retention of NHS dentists in "
        "Wrenbay, and to present an update on the outcome of the negotiations for the "
        "Brimhaven contracts to the meeting of the Sub-Board in March 2026.",
    ]),
    p("(Note: the meeting was adjourned at 7.02 pm and reconvened at 7.10 pm.)", "note"),

    # 29 -------------------------------------------------------------------
    heading("29", "Youth Vaping and the Sale of Illegal Vapes"),
    p("The Director of Public Health, Dr Ruth Tamblyn, and the Trading Standards Team "
      "Leader, Tom Ellacott, presented the submitted report on the prevalence of vaping "
      "among young people in Wrenbay and the enforcement action taken against the sale of "
      "vapes to children and of illegal, non-compliant products. The Wrenbay Schools "
      "Health Survey 2025 had found that 24 per cent of pupils in Year 10 vaped at least "
      "once a week, compared with 17 per cent in 2023. In the twelve months to September "
      "2025 Trading Standards had seized 3,100 illegal vapes from 19 premises."),
    p("The report noted that the ban on the sale of single-use vapes which had come into "
      "force on 1 June 2025 had reduced the number of brightly coloured disposable "
      "products on display, but that officers were now finding refillable devices "
      "designed to look very similar, together with large numbers of products holding "
      "more nicotine than the legal limit. Most of the illegal vapes seized had been "
      "found in small convenience stores and in two seasonal seafront kiosks. The public "
      "health team had commissioned a schools programme delivered by the school nursing "
      "service, and a social media campaign aimed at 11 to 16 year olds had been launched "
      "in September 2025."),
    p("The Divisional Director, Community and Customer Services, Martin Carew, was also "
      "present for this item."),
    p("Councillor Ashworth asked how many test purchases had resulted in a sale to a child. "
      "Mr Ellacott advised that 11 of the 34 test purchase attempts made since April 2025 "
      "had resulted in a sale and that two retailers had since been prosecuted."),
    p("Members expressed concern at the number of shops selling vapes close to schools and "
      "asked whether the Council could use its licensing or planning powers to restrict new "
      "outlets. The Divisional Director advised that the Council had no licensing powers "
      "over vape retailers at present, but that the Tobacco and Vapes Bill would introduce "
      "a national registration scheme for retailers, and that the Council would respond to "
      "the forthcoming consultation on its detail."),
    p("Councillor Yeo questioned whether the school-based education programme was reaching "
      "young people who were not in mainstream education. Dr Tamblyn acknowledged that "
      "this was a gap and advised that the Youth Service and the alternative provision "
      "school at Tolleford would be running sessions from January 2026."),
    p("Councillor Steve Treloar commented that adult smokers should not be discouraged from "
      "using vapes to quit, and that the Council's messages needed to be clear on this "
      "point. The Director of Public Health agreed and confirmed that the local stop "
      "smoking service continued to offer free vape starter kits to adult smokers."),
    p("Jo Marwood asked whether young people themselves had been involved in designing the "
      "campaign. Dr Tamblyn advised that the Wrenbay Youth Parliament had co-designed the "
      "'Not For Me' campaign materials and had chosen the social media channels used."),
    resolved("Resolved (unanimously):", [
        "That the Cabinet be recommended to:",
    ]),
    numbered([
        "request the Director of Public Health and Trading Standards to work with the "
        "Wrenbay Youth Parliament to extend vaping education to young people outside "
        "mainstream education; and",
        "ask the Leader of the Council to write to the Government supporting the early "
        "introduction of a registration scheme for retailers of vapes.",
    ]),

    # 30 -------------------------------------------------------------------
    heading("30", "Healthwatch Wrenbay - Home from Hospital Report"),
    p("Further to Minute 26, the Sub-Board considered the Healthwatch Wrenbay 'Home from "
      "Hospital' report, which had been published on 14 November 2025 after the agenda "
      "for the meeting had been despatched. Pat Rowse, Engagement Lead, Healthwatch "
      "Wrenbay, presented the findings, which were based on interviews and survey "
      "responses from 212 patients and carers who had been discharged from Wrenbay "
      "General Hospital between May and August 2025."),
    p("The report found that 41 per cent of patients had left hospital without a copy of "
      "their discharge letter, that many carers had not been told about changes to "
      "medication, and that some patients had waited more than six hours for transport "
      "home after being told that they could leave. It made eight recommendations to the "
      "Wrenbay and South Hallam NHS Foundation Trust."),
    p("More positively, most patients had praised the kindness of ward staff, and those "
      "who had been supported at home by the Trust's reablement team in the first weeks "
      "after discharge had reported feeling more confident and better informed than "
      "those who had not. Healthwatch Wrenbay had shared a draft of the report with the "
      "Trust in October 2025 and the Trust's response was included as an appendix."),
    p("The Chairwoman asked how the Trust intended to respond to the finding that carers "
      "were not being involved in planning for discharge. Mr Trewin advised that the Trust "
      "had accepted all eight of Healthwatch's recommendations and that a carers' "
      "discharge checklist would be in use on all wards by February 2026."),
    p("Councillor Dymond raised concerns regarding the length of time patients waited for "
      "transport home once they were ready to leave. In response, Mr Trewin advised that "
      "a discharge lounge with its own transport booking desk had opened on 3 November "
      "2025 and that early figures showed the average wait had halved."),
    p("Councillor Hext requested that Healthwatch Wrenbay repeat the survey in twelve "
      "months so that the Sub-Board could see whether the changes had made a difference. "
      "Pat Rowse confirmed that this would be included in Healthwatch Wrenbay's work plan "
      "for 2026/2027."),
    p("Councillor Cleave commented that the report demonstrated the value of listening to "
      "patients and carers, and thanked the Healthwatch volunteers who had carried out "
      "the interviews."),
    resolved("Resolved (unanimously):", [
        "That the Healthwatch Wrenbay Home from Hospital report be noted.",
    ]),

    # 31 -------------------------------------------------------------------
    heading("31", "Adult Social Care and Health Overview and Scrutiny Sub-Board Work "
                  "Programme 2025/2026"),
    p("The Overview and Scrutiny Co-ordinator presented the draft work programme for the "
      "remainder of the municipal year. Items already scheduled included the Better "
      "Care Fund plan and hospital discharge performance (26 January 2026), the draft "
      "service specification for care at home (February 2026), the update on NHS "
      "dentistry requested under Minute 28 (March 2026) and the annual report of the "
      "Wrenbay Safeguarding Adults Board (April 2026). Members were reminded that the "
      "joint visit to the Tolleford control centre of the Council's Lifeline service had "
      "been rearranged for 15 December 2025."),
    p("Councillor Nethercott, who was not a member of the Sub-Board, requested that the "
      "proposed temporary overnight closure of the Kelsey Cove Minor Injuries Unit be "
      "added to the work programme. The Chairwoman agreed that this would be considered "
      "at the January 2026 meeting, subject to the Trust's timetable for engagement with "
      "local people."),
    resolved("Resolved:", [
        "That the Work Programme for 2025/2026 be approved, subject to the addition of the "
        "Kelsey Cove Minor Injuries Unit to the meeting on 26 January 2026.",
    ]),
    '<p class="meeting-end">(The meeting ended at 8.04 pm)</p>',
    '<p class="signature">Chairwoman</p>',
]


SAVED_URL = ("https://www.wrenbay.gov.uk/council-and-democracy/meetings/"
             "adult-social-care-and-health-sub-board/24-november-2025/minutes/")
FILES = "./Minutes 24 November 2025 - Wrenbay Council_files"


def minutes_html() -> str:
    head = f"""<!DOCTYPE html>
<!-- saved from url=({len(SAVED_URL):04d}){SAVED_URL} -->
<html lang="en-GB" class="js flexbox"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Minutes 24 November 2025 - Adult Social Care and Health Overview and Scrutiny Sub-Board - Wrenbay Council</title>
<meta name="description" content="Minutes of the meeting of the Adult Social Care and Health Overview and Scrutiny Sub-Board held on 24 November 2025.">
<meta name="dcterms.modified" content="2025-12-02">
<link rel="stylesheet" href="{FILES}/main.min.css">
<link rel="stylesheet" href="{FILES}/print.css" media="print">
<link rel="icon" href="{FILES}/favicon.ico">
<script async="" src="{FILES}/gtm.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
<style>
.minutes-body .centre {{ text-align: center; }}
.minutes-body .small {{ font-size: 0.9em; }}
.minutes-body .motion {{ margin-left: 2em; font-style: italic; }}
.minutes-body .note {{ font-size: 0.9em; }}
.minutes-body .signature {{ margin-top: 3em; text-align: right; border-top: 1px dotted #999; width: 12em; margin-left: auto; padding-top: .3em; }}
.minute-heading {{ font-size: 1.15em; margin-top: 1.6em; }}
</style>
</head>
<body class="page-template-meeting-minutes" data-new-gr-c-s-check-loaded="14.1250.0">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on the Wrenbay Council website" style="display: none;">
  <p><strong>Cookies on wrenbay.gov.uk</strong></p>
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us improve it.</p>
  <button type="button" class="button">Accept analytics cookies</button> <button type="button" class="button button--secondary">Reject analytics cookies</button> <a href="https://www.wrenbay.gov.uk/cookies/">View cookies</a>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="site-header" role="banner">
  <div class="site-header__inner">
    <a href="https://www.wrenbay.gov.uk/" class="site-header__logo"><img src="{FILES}/wrenbay-council-logo.svg" alt="Wrenbay Council homepage" width="190" height="56"></a>
    <form class="site-search" action="https://www.wrenbay.gov.uk/search/" method="get" role="search">
      <label for="site-search-input" class="visually-hidden">Search this website</label>
      <input type="search" id="site-search-input" name="q" placeholder="Search this website">
      <button type="submit">Search</button>
    </form>
    <a href="https://www.wrenbay.gov.uk/my-account/" class="site-header__account">Sign in to My Wrenbay</a>
  </div>
  <nav class="site-nav" aria-label="Main menu">
    <ul>
      <li><a href="https://www.wrenbay.gov.uk/bins-and-recycling/">Bins and recycling</a></li>
      <li><a href="https://www.wrenbay.gov.uk/council-tax/">Council Tax</a></li>
      <li><a href="https://www.wrenbay.gov.uk/adult-social-care/">Adult social care</a></li>
      <li><a href="https://www.wrenbay.gov.uk/housing/">Housing</a></li>
      <li><a href="https://www.wrenbay.gov.uk/parking-roads-and-travel/">Parking, roads and travel</a></li>
      <li><a href="https://www.wrenbay.gov.uk/planning-and-building/">Planning and building</a></li>
      <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/" aria-current="true">Council and democracy</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="https://www.wrenbay.gov.uk/">Home</a></li>
    <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/">Council and democracy</a></li>
    <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/meetings/">Councillors, committees and meetings</a></li>
    <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/meetings/adult-social-care-and-health-sub-board/">Adult Social Care and Health Overview and Scrutiny Sub-Board</a></li>
    <li aria-current="page">Minutes 24 November 2025</li>
  </ol>
</nav>
<main id="main-content" class="main" role="main">
<div class="grid-row">
<div class="column-two-thirds">
<h1 class="page-title">Adult Social Care and Health Overview and Scrutiny Sub-Board: minutes, 24 November 2025</h1>
<dl class="meeting-meta">
  <dt>Date</dt><dd>Monday 24 November 2025</dd>
  <dt>Time</dt><dd>5.30 pm</dd>
  <dt>Venue</dt><dd>Rosewarne Room, Town Hall, Harbour Road, Wrenbay, WB1 1TH</dd>
  <dt>Status</dt><dd>Draft - these minutes will be submitted to the next meeting of the Sub-Board for confirmation</dd>
</dl>
<p class="download"><a href="{FILES}/ASCH-Sub-Board-minutes-24-Nov-2025.pdf" class="download-link">Download the minutes (PDF, 212KB)</a></p>
<div class="minutes-body">
"""
    body = "\n".join(ATTENDANCE + BODY)
    tail = f"""
</div>
<p class="page-updated">Page last updated: 2 December 2025</p>
<div class="feedback" id="feedback">
  <h2 class="feedback__title">Was this page helpful?</h2>
  <form action="https://www.wrenbay.gov.uk/feedback/" method="post">
    <button type="submit" name="helpful" value="yes">Yes</button>
    <button type="submit" name="helpful" value="no">No</button>
  </form>
  <p><a href="https://www.wrenbay.gov.uk/report-a-problem-with-this-page/">Report a problem with this page</a></p>
</div>
</div>
<aside class="column-one-third sidebar" aria-label="Related content">
  <div class="sidebar__block">
    <h2>Meeting documents</h2>
    <ul class="document-list">
      <li><a href="{FILES}/ASCH-Sub-Board-agenda-24-Nov-2025.pdf">Agenda (PDF, 96KB)</a></li>
      <li><a href="{FILES}/Care-at-Home-Reprocurement-Report.pdf">Report: Re-procurement of Care at Home Services (PDF, 1.2MB)</a></li>
      <li><a href="{FILES}/Care-at-Home-EqIA.pdf">Appendix 1: Equality Impact Assessment (PDF, 388KB)</a></li>
      <li><a href="{FILES}/NHS-Dental-Services-Report.pdf">Report: NHS Dental Services in Wrenbay (PDF, 640KB)</a></li>
      <li><a href="{FILES}/Youth-Vaping-Report.pdf">Report: Youth Vaping and the Sale of Illegal Vapes (PDF, 502KB)</a></li>
      <li><a href="{FILES}/Healthwatch-Home-from-Hospital.pdf">Healthwatch Wrenbay: Home from Hospital (PDF, 2.1MB)</a></li>
      <li><a href="{FILES}/ASCH-Work-Programme-2025-26.pdf">Work Programme 2025/2026 (PDF, 74KB)</a></li>
    </ul>
  </div>
  <div class="sidebar__block">
    <h2>Watch the meeting</h2>
    <p><a href="https://www.wrenbay.gov.uk/council-and-democracy/webcasts/">Webcasts of council meetings</a> are available for six months after the meeting.</p>
  </div>
  <div class="sidebar__block">
    <h2>Related pages</h2>
    <ul>
      <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/meetings/adult-social-care-and-health-sub-board/">Membership and future meetings</a></li>
      <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/overview-and-scrutiny/">Overview and scrutiny</a></li>
      <li><a href="https://www.wrenbay.gov.uk/council-and-democracy/speaking-at-meetings/">Speaking at a council meeting</a></li>
    </ul>
  </div>
</aside>
</div>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="site-footer__inner">
    <ul class="site-footer__links">
      <li><a href="https://www.wrenbay.gov.uk/contact-us/">Contact us</a></li>
      <li><a href="https://www.wrenbay.gov.uk/accessibility-statement/">Accessibility statement</a></li>
      <li><a href="https://www.wrenbay.gov.uk/privacy/">Privacy and data protection</a></li>
      <li><a href="https://www.wrenbay.gov.uk/cookies/">Cookies</a></li>
      <li><a href="https://www.wrenbay.gov.uk/jobs/">Jobs at Wrenbay Council</a></li>
    </ul>
    <p>Wrenbay Council, Town Hall, Harbour Road, Wrenbay, WB1 1TH. Telephone 01632 960000.</p>
    <p>&copy; Wrenbay Council 2025</p>
  </div>
</footer>
<script src="{FILES}/jquery.min.js"></script>
<script src="{FILES}/main.min.js"></script>


</body></html>"""
    return head + body + tail


# ---------------------------------------------------------------------------
# The paper that is not minutes: a press release as a PDF
# ---------------------------------------------------------------------------

NEWS_BLOCKS = [
    ("h1", "Lifeline alarm charge confirmed - lower than proposed, and free for those on the "
           "lowest incomes, after more than 1,100 residents have their say"),
    ("lead", "A weekly charge for Wrenbay Council's Lifeline personal alarm service will be "
             "introduced from 6 April 2026, but at a lower rate than first proposed and with "
             "new protections for people on low incomes and for anyone coming home from "
             "hospital, following a public consultation which drew 1,146 responses."),
    ("p", "Lifeline provides pendant and wrist alarms, falls detectors and other telecare "
          "equipment to 2,870 people across Wrenbay, Brimhaven, Kelsey Cove and Tolleford. "
          "When an alarm is pressed, a call handler at the Council's control centre in "
          "Tolleford speaks to the person through their home unit and, if needed, sends a "
          "mobile responder, contacts a relative or calls an ambulance. The service has been "
          "free to everyone who uses it since 2014 and costs the Council around £1.6 million "
          "a year."),
    ("p", "In July the Council's Cabinet agreed to consult on introducing a charge of £4.75 "
          "a week, in line with charges made by most other councils in the region, as part "
          "of its plans to close a £9.2 million gap in the adult social care budget for "
          "2026/2027."),
    ("h2", "How we consulted"),
    ("p", "The consultation ran from 4 August to 26 September 2025. As well as an online "
          "survey, paper questionnaires were posted to every Lifeline user with a freepost "
          "envelope, copies were available in all five libraries, and staff from the "
          "control centre telephoned more than 400 users who live alone to talk the "
          "proposals through. Nine drop-in events were held, including two at extra care "
          "housing schemes, and Healthwatch Wrenbay ran a separate session for carers."),
    ("p", "Of the 1,146 responses, 71 per cent came from people who use Lifeline or from "
          "their families and carers."),
    ("h2", "What people told us"),
    ("bullet", "64 per cent disagreed with the introduction of a charge, and 22 per cent "
               "agreed."),
    ("bullet", "The most common worry, raised in more than 500 comments, was that people "
               "would hand back their alarm to save money and then be left on the floor "
               "after a fall with no way of calling for help."),
    ("bullet", "Many respondents said that £4.75 a week was too much for people living on "
               "the State Pension alone, especially after recent rises in energy bills."),
    ("bullet", "More than half of those who gave a view supported free alarms for people on "
               "the lowest incomes if a charge had to be introduced."),
    ("bullet", "Families and hospital staff asked that people leaving hospital should not "
               "have to pay while they recover."),
    ("h2", "What has been decided"),
    ("p", "Having considered the consultation findings and an equality impact assessment, "
          "the Cabinet agreed on 2 December 2025 that:"),
    ("bullet", "the weekly charge will be £3.50, not £4.75 as proposed;"),
    ("bullet", "people who receive Pension Credit (Guarantee Credit), or who get the maximum "
               "Council Tax Support, will not pay;"),
    ("bullet", "anyone given a Lifeline alarm when they leave hospital will get it free for "
               "the first 12 weeks;"),
    ("bullet", "a hardship fund of £60,000 will be available for people who would struggle "
               "to pay but are not exempt; and"),
    ("bullet", "the changes will be reviewed after 12 months, with the results reported "
               "publicly."),
    ("p", "The Council estimates that around 1,050 users, more than a third of the total, "
          "will not pay anything. The charge is expected to raise around £310,000 a year "
          "once the exemptions and the hardship fund are taken into account."),
    ("quote", "\"We knew this would be a difficult proposal and we are grateful to everyone "
              "who took the time to tell us what they thought, often very honestly. We "
              "listened. The charge will be lower than we first proposed, people on the "
              "lowest incomes will not pay at all, and nobody coming out of hospital will "
              "pay for the first three months. Lifeline keeps people safe in their own "
              "homes and we want every one of them to keep their alarm.\""),
    ("attrib", "Councillor Alan Kellow, Cabinet Member for Adult and Community Services, "
               "Public Health and Inequalities"),
    ("quote", "\"People were really worried about this, and it is good to see that so many of "
              "the changes they asked for have been made. We will be keeping an eye on how "
              "many people give up their alarms over the coming year.\""),
    ("attrib", "Sue Kitto, Manager, Healthwatch Wrenbay"),
    ("quote", "\"I pressed my button twice last winter and both times someone came within "
              "half an hour. I'm on Pension Credit, so I won't pay, but I would have found "
              "the money somehow. My neighbour hasn't got one and she should.\""),
    ("attrib", "Derek Hambly, 83, Lifeline user, Brimhaven"),
    ("h2", "You asked, we said"),
    ("p", "These are some of the questions people asked most often during the "
          "consultation, and our answers."),
    ("qa_q", "You asked: Why can't Lifeline stay free for everyone?"),
    ("qa_a", "We said: We would like it to, but the Council has to make savings in adult "
             "social care and must do so fairly. Most councils already charge for telecare, "
             "and we have kept the charge as low as we can while protecting the people "
             "least able to pay."),
    ("qa_q", "You asked: What happens if I can't afford to pay?"),
    ("qa_a", "We said: Please talk to us before you hand back your alarm. If you do not "
             "qualify for an exemption you can apply to the hardship fund, and our "
             "financial assessment team can check that you are receiving all the benefits "
             "you are entitled to."),
    ("qa_q", "You asked: Is Lifeline going to be handed over to a private company?"),
    ("qa_a", "We said: No. Lifeline will continue to be run by the Council's own community "
             "alarm team from the control centre in Tolleford. The consultation was about "
             "charging only."),
    ("qa_q", "You asked: Will I need a new assessment?"),
    ("qa_a", "We said: No. Nobody will be reassessed because of the charge. You will only "
             "need to tell us if you think you qualify for an exemption."),
    ("qa_q", "You asked: How do I tell you that I get Pension Credit?"),
    ("qa_a", "We said: Every user will receive a letter in January 2026 with a short form to "
             "return in a freepost envelope. You can also call the Lifeline team and we "
             "will fill it in with you over the telephone."),
    ("h2", "What happens next"),
    ("p", "Letters explaining the changes will be sent to all Lifeline users in January "
          "2026. Charges will begin on 6 April 2026 and will be collected by direct debit "
          "every four weeks. People who already pay for other care and support will see "
          "the Lifeline charge added to their existing statement."),
    ("p", "The Adult Social Care and Health Overview and Scrutiny Sub-Board has asked to "
          "look at how the changes are working in the autumn of 2026. Among the questions "
          "councillors have said they may wish to ask then are: how many people have "
          "cancelled their alarm since the charge began, and why? Has every eligible person "
          "been told about the exemptions and the hardship fund? And have there been any "
          "falls where a person who gave up their alarm lay undiscovered?"),
    ("h2", "Notes to editors"),
    ("note", "1. The Cabinet report, the consultation findings report and the equality "
             "impact assessment are available on the Council's website under Cabinet, "
             "2 December 2025."),
    ("note", "2. Lifeline was set up by the former borough council in 1989. Its control "
             "centre answered 61,400 calls in 2024/2025, of which 4,900 led to a mobile "
             "responder visit."),
    ("note", "3. Anyone with questions about their own Lifeline service should call the "
             "Lifeline team on 01632 960415, Monday to Friday, 9 am to 5 pm."),
    ("note", "4. Councillor Kellow is available for interview on request."),
    ("contact", "Media enquiries: Communications Team, Wrenbay Council - "
                "01632 960412 - press@wrenbay.gov.uk"),
    ("end", "ENDS"),
]


def build_news(path: Path) -> None:
    from fpdf import FPDF

    class Release(FPDF):
        def header(self):
            self.set_fill_color(0, 84, 110)
            self.rect(0, 0, 210, 24, "F")
            self.set_text_color(255, 255, 255)
            self.set_font("DejaVu", "B", 17)
            self.set_xy(15, 6)
            self.cell(0, 8, "Wrenbay Council")
            self.set_font("DejaVu", "", 10)
            self.set_xy(15, 14)
            self.cell(0, 6, "News release")
            self.set_xy(120, 9)
            self.cell(75, 6, "www.wrenbay.gov.uk/news", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(30)

        def footer(self):
            self.set_y(-16)
            self.set_draw_color(0, 84, 110)
            self.line(15, self.get_y(), 195, self.get_y())
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(120, 8, "Wrenbay Council, Town Hall, Harbour Road, Wrenbay, WB1 1TH")
            self.cell(60, 8, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Release(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Lifeline alarm charge confirmed after consultation")
    pdf.set_author("Wrenbay Council Communications Team")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Wrenbay Council")
    pdf.set_margins(15, 30, 15)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "", 9)
    pdf.cell(90, 5, "For immediate release: Thursday 4 December 2025")
    pdf.cell(90, 5, "Ref: NR/2025/188", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    w = 180
    for kind, text in NEWS_BLOCKS:
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 15)
            pdf.set_text_color(0, 84, 110)
            pdf.multi_cell(w, 7, text, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif kind == "lead":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.6, text, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_text_color(0, 84, 110)
            pdf.multi_cell(w, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(19)
            pdf.cell(5, 5.2, "\u2022")
            pdf.multi_cell(w - 9, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "quote":
            pdf.set_font("DejaVu", "I", 10)
            pdf.set_x(22)
            pdf.multi_cell(w - 14, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "attrib":
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_x(22)
            pdf.multi_cell(w - 14, 5, "- " + text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "qa_q":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "qa_a":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(w, 4.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "contact":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 9)
            pdf.multi_cell(w, 5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        elif kind == "end":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(w, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


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


ASC = "adult-social-care"
SUB = "subcontracting"
PPI = "patient-and-public-input"
PH = "public-health"
PC = "primary-care"
CF = "children-and-families"
WF = "workforce"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Overview and Scrutiny Sub-Board",
    "meeting_date": "2025-11-24",
    "items": [
        {"number": "23", "title": "Apologies"},
        {"number": "24", "title": "Minutes"},
        {"number": "25", "title": "Declarations of Interest"},
        {"number": "26", "title": "Urgent Items"},
        {"number": "27", "title": "Re-procurement of Care at Home Services"},
        {"number": "28", "title": "NHS Dental Services in Wrenbay"},
        {"number": "29", "title": "Youth Vaping and the Sale of Illegal Vapes"},
        {"number": "30", "title": "Healthwatch Wrenbay - Home from Hospital Report"},
        {"number": "31", "title": "Adult Social Care and Health Overview and Scrutiny "
                                  "Sub-Board Work Programme 2025/2026"},
    ],
    "questions": [
        # 27 care at home
        q("27", "concern",
          "expressed concern that a zoned model would lead to smaller providers",
          "Mrs Scobell",
          "undertook to provide a written response on travel time",
          "Cabinet Member", [SUB, WF, ASC]),
        q("27", "question",
          "how the boundaries of the four zones had been drawn",
          None, None, None, [SUB, ASC]),
        q("27", "question",
          "what proportion of the annual care at home budget",
          None, None, None, ["finance", SUB, ASC]),
        q("27", "question",
          "whether providers backed by private equity would be permitted to bid",
          None, None, None, ["privatisation", SUB, ASC]),
        q("27", "question",
          "asked why the option of delivering care in-house through a council-owned company",
          "Councillor Steve Treloar",
          "the Council would carry the full risk of recruitment",
          "Director of Adult Social Services", ["privatisation", "finance", WF, ASC]),
        q("27", "question",
          "Members sought assurance that the evaluation criteria would give sufficient weight",
          None,
          "the proposed weighting was 60 per cent quality and social value",
          "Head of Commissioning (Adult Social Care)", [SUB, WF, ASC]),
        q("27", "concern",
          "raised concerns about the number of hours of care which had been handed back",
          "Councillor Cleave",
          "a lead provider in each zone would be expected to pick up packages",
          "Mr Trewin", [SUB, ASC]),
        q("27", "request",
          "requested that the Sub-Board be given the opportunity to consider the draft",
          "Councillor Yeo",
          "agreed that this would be scheduled for the Sub-Board's meeting in February",
          "Cabinet Member", [SUB, ASC]),
        q("27", "comment",
          "commented that the engagement undertaken with people who use services had been limited",
          "Councillor Ashworth",
          "four drop-in sessions would be held in January 2026 with the support",
          "Head of Commissioning (Adult Social Care)", [PPI, ASC]),
        # 28 dentistry
        q("28", "comment",
          "commented that dentistry remained the subject most frequently raised with Healthwatch",
          "Jo Marwood", None, None, [PC, PPI]),
        q("28", "question",
          "a question about the availability of urgent dental appointments for people not registered",
          None,
          "the dental helpline would now book patients directly into one of four",
          "Dr Venn", [PC]),
        q("28", "question",
          "asked whether the Integrated Care Board had been able to find a new provider",
          "Councillor Dymond",
          "the Integrated Care Board was now negotiating with two existing practices",
          "Dr Venn", [PC, SUB]),
        q("28", "concern",
          "expressed concern that children in the most deprived parts of Wrenbay were waiting",
          "Councillor Mandy Treloar",
          "the supervised toothbrushing scheme had been extended to 31 primary schools",
          "Director of Public Health", [PC, CF, PH]),
        q("28", "question",
          "asked whether the units of dental activity paid for by the Integrated Care Board",
          "Councillor Hext",
          "approximately 8 per cent of commissioned units had not been delivered",
          "Dr Venn", [PC, "finance"]),
        q("28", "question",
          "the number of dentists who had ceased to provide NHS treatment",
          None, None, None, [PC, WF]),
        q("28", "question",
          "whether incentive payments were available to attract dentists to coastal and rural practices",
          None, None, None, [PC, WF, "finance"]),
        # 29 vaping
        q("29", "question",
          "asked how many test purchases had resulted in a sale to a child",
          "Councillor Ashworth",
          "test purchase attempts made since April 2025 had resulted in a sale",
          "Mr Ellacott", [PH, CF]),
        q("29", "concern",
          "Members expressed concern at the number of shops selling vapes close to schools",
          None,
          "the Council had no licensing powers over vape retailers at present",
          "Divisional Director", [PH, CF]),
        q("29", "question",
          "questioned whether the school-based education programme was reaching young people",
          "Councillor Yeo",
          "acknowledged that this was a gap and advised that the Youth Service",
          "Dr Tamblyn", [PH, CF]),
        q("29", "comment",
          "commented that adult smokers should not be discouraged from using vapes to quit",
          "Councillor Steve Treloar",
          "continued to offer free vape starter kits to adult smokers",
          "Director of Public Health", [PH]),
        q("29", "question",
          "asked whether young people themselves had been involved in designing the campaign",
          "Jo Marwood",
          "the Wrenbay Youth Parliament had co-designed the Not For Me campaign",
          "Dr Tamblyn", [PPI, CF, PH]),
        # 30 Healthwatch
        q("30", "question",
          "asked how the Trust intended to respond to the finding that carers",
          "Chairwoman",
          "the Trust had accepted all eight of Healthwatch's recommendations",
          "Mr Trewin", [ASC, PPI]),
        q("30", "concern",
          "raised concerns regarding the length of time patients waited for transport home",
          "Councillor Dymond",
          "a discharge lounge with its own transport booking desk had opened",
          "Mr Trewin", [ASC]),
        q("30", "request",
          "requested that Healthwatch Wrenbay repeat the survey in twelve months",
          "Councillor Hext",
          "this would be included in Healthwatch Wrenbay's work plan",
          "Pat Rowse", [PPI]),
        q("30", "comment",
          "commented that the report demonstrated the value of listening to patients and carers",
          "Councillor Cleave", None, None, [PPI]),
        # 31 work programme
        q("31", "request",
          "requested that the proposed temporary overnight closure of the Kelsey Cove",
          "Councillor Nethercott",
          "agreed that this would be considered at the January 2026 meeting",
          "Chairwoman", []),
    ],
    "resolutions": [
        res("24", "were confirmed as a correct record and signed by the Chairwoman",
            "agreed", []),
        res("27", "commission a full business case for the in-house delivery of a proportion",
            "rejected", ["privatisation", SUB, ASC]),
        res("27", "to approve the re-procurement of care at home services on the basis",
            "recommended", [SUB, WF, ASC]),
        res("28", "be requested to provide the Sub-Board with a written response on the "
                  "recruitment",
            "agreed", [PC, WF]),
        res("29", "extend vaping education to young people outside mainstream education",
            "recommended", [PH, CF]),
        res("30", "the Healthwatch Wrenbay Home from Hospital report be noted",
            "noted", [PPI]),
        res("31", "be approved, subject to the addition of the Kelsey Cove Minor Injuries Unit",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Penhale", "Chairwoman", "present"),
        att("Councillor Ashworth", None, "present"),
        att("Councillor Cleave", None, "present"),
        att("Councillor Dymond", None, "present"),
        att("Councillor Hext", "Vice-Chairman", "present"),
        att("Councillor Mandy Treloar", None, "present"),
        att("Councillor Steve Treloar", None, "present"),
        att("Councillor Yeo", None, "present"),
        att("Jo Marwood", "Non-Voting Co-opted Member", "present"),
        att("Councillor Kellow",
            "Cabinet Member for Adult and Community Services, Public Health and Inequalities",
            "in_attendance"),
        att("Councillor Nethercott", None, "in_attendance"),
        att("Councillor Pascoe", None, "in_attendance"),
        att("Councillor Rendle", None, "apologies"),
        att("Jenna Pollard", "Director of Adult Social Services", "in_attendance"),
        att("Dr Ruth Tamblyn", "Director of Public Health", "in_attendance"),
        att("Anita Bawden", "Head of Commissioning (Adult Social Care)", "in_attendance"),
        att("Martin Carew", "Divisional Director, Community and Customer Services",
            "in_attendance"),
        att("Tom Ellacott", "Trading Standards Team Leader", "in_attendance"),
        att("Lewis Hocking", "Overview and Scrutiny Co-ordinator", "in_attendance"),
        att("Simon Trewin",
            "Deputy Chief Operating Officer, Wrenbay and South Hallam NHS Foundation Trust",
            "in_attendance"),
        att("Dr Priya Venn",
            "Associate Director of Primary Care and Dental Commissioning, NHS Carrowdown "
            "Integrated Care Board", "in_attendance"),
        att("Pat Rowse", "Engagement Lead, Healthwatch Wrenbay", "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    build_news(DOCS / NEWS_NAME)
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    p_, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p_) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ph-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
