#!/usr/bin/env python3
"""Build the "pq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_pq.py           build documents/pq-* and gold/pq-*.json
        build_pq.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pq-hollinbeck-overview-scrutiny-committee-2025-01-14.html"
FAQ_NAME = "pq-hollinbeck-exercise-on-referral-faq.html"

# ---------------------------------------------------------------------------
# Page furniture shared by both pages (the council's own CMS)
# ---------------------------------------------------------------------------

SITE_HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Hollinbeck Borough Council</title>
<link rel="stylesheet" href="/site/styles/generic/base.css">
<link rel="stylesheet" href="/site/styles/standard.css">
<link rel="shortcut icon" href="/site/favicon.ico">
<script src="/site/javascript/jquery.min.js"></script>
<script src="/site/javascript/cookieControl.js"></script>
</head>
<body class="{body_class}">
<a href="#content" class="skip-link">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" hidden>
  <p>We use cookies to make this website work and to help us improve it.
  <a href="/site/scripts/documents_info.php?documentID=12">Find out more about cookies</a></p>
  <button type="button" class="cookie-accept">Accept all cookies</button>
  <button type="button" class="cookie-reject">Reject optional cookies</button>
</div>
<header class="site-header">
  <div class="site-header__inner">
    <a href="/" class="site-logo"><img src="/site/images/hollinbeck-logo.png" alt="Hollinbeck Borough Council home page" width="210" height="64"></a>
    <form class="site-search" action="/site/scripts/google_results.php" method="get" role="search">
      <label for="searchQuery" class="visually-hidden">Search this site</label>
      <input type="text" name="q" id="searchQuery" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
    <ul class="header-links">
      <li><a href="/site/scripts/az_home.php">A to Z</a></li>
      <li><a href="/site/scripts/myaccount.php">My account</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/info/200001/bins_and_recycling">Bins and recycling</a></li>
      <li><a href="/info/200002/council_tax">Council tax</a></li>
      <li><a href="/info/200003/benefits">Benefits</a></li>
      <li><a href="/info/200004/housing">Housing</a></li>
      <li><a href="/info/200005/planning_and_building_control">Planning</a></li>
      <li><a href="/info/200006/leisure_parks_and_culture">Leisure, parks and culture</a></li>
      <li><a href="/info/200007/environmental_health">Environmental health</a></li>
      <li><a href="/info/200008/your_council">Your council</a></li>
    </ul>
  </nav>
</header>
"""

SITE_FOOT = """<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="footer-col">
      <h2>Hollinbeck Borough Council</h2>
      <p>Town Hall, Market Street, Hollinbeck, HB9 7LQ</p>
      <p>Telephone: 01999 661100</p>
      <p>Opening hours: Monday to Thursday 8.45am to 5.00pm, Friday 8.45am to 4.30pm</p>
    </div>
    <div class="footer-col">
      <h2>Useful links</h2>
      <ul>
        <li><a href="/info/200008/your_council/accessibility">Accessibility statement</a></li>
        <li><a href="/info/200008/your_council/privacy">Privacy notices</a></li>
        <li><a href="/site/scripts/documents_info.php?documentID=12">Cookies</a></li>
        <li><a href="/info/200008/your_council/foi">Freedom of information</a></li>
        <li><a href="/site/scripts/sitemap.php">Site map</a></li>
        <li><a href="/site/scripts/rss_about.php">RSS feeds</a></li>
      </ul>
    </div>
    <div class="footer-col">
      <h2>Follow us</h2>
      <ul class="social">
        <li><a href="https://www.facebook.com/hollinbeckbc">Facebook</a></li>
        <li><a href="https://x.com/hollinbeckbc">X (formerly Twitter)</a></li>
        <li><a href="https://www.instagram.com/hollinbeckbc">Instagram</a></li>
      </ul>
    </div>
  </div>
  <p class="copyright">&copy; Hollinbeck Borough Council 2025</p>
</footer>
<script src="/site/javascript/site.js"></script>
</body>
</html>
"""

FEEDBACK = """<div class="page-feedback">
  <form action="/site/scripts/feedback.php" method="post">
    <fieldset>
      <legend>Was this page useful?</legend>
      <button type="submit" name="useful" value="yes">Yes</button>
      <button type="submit" name="useful" value="no">No</button>
    </fieldset>
  </form>
  <p class="share">Share this page: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
  <a href="https://x.com/intent/post">X</a> <a href="mailto:?subject=Hollinbeck%20Borough%20Council">Email</a></p>
</div>
"""


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for text, href in crumbs:
        if href:
            parts.append(f'<li><a href="{href}">{escape(text)}</a></li>')
        else:
            parts.append(f'<li class="current" aria-current="page">{escape(text)}</li>')
    return ('<nav class="breadcrumb" aria-label="Breadcrumb">\n<ol>\n'
            + "\n".join(parts) + "\n</ol>\n</nav>\n")


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

MEMBERS = [
    "H. Nuttall (Vice-Chair)", "K. Greenhalgh", "Z. Iqbal",
    "A. Crabtree", "D. Pilling", "S. Rahman",
    "L. Sutcliffe",
]

OFFICERS = [
    ("R. Kershaw", "Head of Housing and Environmental Health"),
    ("N. Booth", "Environmental Health Manager"),
    ("G. Whitehead", "Housing Needs Manager"),
    ("P. Quinlan", "Scrutiny and Policy Officer"),
    ("A. Haslam", "Committee Administrator"),
]

SPEAKERS = [
    ("Mr T. Aspden", "Local resident, Marlcote", "Public Question Time (Minute No. 42)"),
    ("Dr I. Sadiq", "Associate Director of Primary Care, Wyndmere and South Fells "
     "Integrated Care Board", "NHS Dental Services in Hollinbeck (Minute No. 44)"),
    ("Mrs J. Leckenby", "Senior Commissioning Manager (Dental), Wyndmere and South Fells "
     "Integrated Care Board", "NHS Dental Services in Hollinbeck (Minute No. 44)"),
    ("Ms R. Tattersall", "Chief Executive, Healthwatch Wyndmere",
     "NHS Dental Services in Hollinbeck (Minute No. 44)"),
    ("Mr P. Metcalfe-Hirst", "Principal Trading Standards Officer, Wyndmere County Council",
     "Youth Vaping (Minute No. 45)"),
    ("Ms K. Ainscough", "Tobacco Control Lead, Public Health, Wyndmere County Council",
     "Youth Vaping (Minute No. 45)"),
    ("Mrs S. Pickup", "Service Manager, Fellside Care and Repair",
     "Home Improvement Agency (Minute No. 46)"),
]

# Blocks of the minutes body:
#   ("item", number, title)      a minute heading
#   ("p", text)                  a paragraph
#   ("label", text)              RESOLVED / REASON / RECOMMENDATION on a line of its own
#   ("note", text)               an italic note in brackets
#   ("ul", [texts])              a bulleted list
#   ("alpha", [texts])           a lettered list (a), (b) ...

BODY = [
    ("item", "41", "DECLARATIONS OF INTEREST"),
    ("p", "Members were reminded of the legal requirements concerning the declaration of "
          "interests."),
    ("p", "Councillor D. Pilling declared an other registrable interest in Minute No. 46 "
          "below as a trustee of Fellside Care and Repair and left the meeting while that "
          "item was considered."),

    ("item", "42", "PUBLIC QUESTION TIME"),
    ("p", "Mr T. Aspden of Marlcote asked why he and his wife had been told by every dental "
          "practice they had contacted in the borough that it was not taking on new adult "
          "NHS patients, and what the Council was doing about it. The Chair explained that "
          "dentistry was commissioned by the Integrated Care Board and not by the Borough "
          "Council, but that NHS dental services were the subject of Minute No. 44 below and "
          "that representatives of the Integrated Care Board were present. She invited "
          "Mr Aspden to stay for that item and asked that a written reply be sent to him "
          "after the meeting."),
    ("p", "There were no other questions from members of the public."),

    ("item", "43", "MINUTES"),
    ("label", "RESOLVED"),
    ("p", "That the Minutes of the meeting held on 12th November, 2024 be approved as a "
          "correct record and signed by the Chair."),

    ("item", "44", "NHS DENTAL SERVICES IN HOLLINBECK"),
    ("p", "The Associate Director of Primary Care at Wyndmere and South Fells Integrated "
          "Care Board (ICB) gave a presentation on access to NHS dental services in "
          "Hollinbeck. Members were reminded that responsibility for commissioning primary "
          "care dentistry had passed from NHS England to the ICB in April 2023. The "
          "presentation set out that there were eleven NHS dental practices in the borough, "
          "holding contracts for a total of 118,400 units of dental activity (UDAs) a year; "
          "that 41.2% of adults in Hollinbeck had seen an NHS dentist in the previous 24 "
          "months, compared with 40.3% for England as a whole; and that the ICB's dental "
          "recovery plan included additional urgent care sessions, a flexible commissioning "
          "scheme aimed at high-need groups, and a 'golden hello' payment for dentists "
          "taking up posts in areas where practices had found it hard to recruit."),
    ("p", "The Senior Commissioning Manager (Dental) added that 2,160 additional urgent "
          "treatment appointments had been made available across the ICB area between "
          "April and December 2024, of which 380 had been provided at Cragworth Health "
          "Centre. The Chief Executive of Healthwatch Wyndmere reported that dentistry "
          "remained the subject most often raised with Healthwatch by Hollinbeck residents, "
          "with 96 contacts in the last six months, many of them from people who had been "
          "removed from a practice's books after not attending for two years."),
    ("p", "Councillor Iqbal asked how many practices in the borough were currently accepting "
          "new adult NHS patients. Dr Sadiq said that, as at the previous week, two of the "
          "eleven practices were accepting adults on a limited basis, both of them in "
          "Hollinbeck town centre, and that all eleven were accepting children. He pointed "
          "out that the position changed from week to week and that the practice "
          "information on the NHS website was not always up to date."),
    ("p", "Members expressed concern that children in the Skelthwaite and Cragworth wards had "
          "some of the highest levels of tooth decay in the county and that some families "
          "had waited more than a year for a routine check-up. The Senior Commissioning "
          "Manager (Dental) accepted this and said that the supervised toothbrushing "
          "programme delivered through the County Council had been extended to 34 nurseries "
          "and primary schools in the borough from September 2024, with priority given to "
          "those two wards."),
    ("p", "The Vice-Chair sought clarification on whether patients who had been removed from "
          "a practice's list had any right to be taken back on. The Senior Commissioning "
          "Manager (Dental) said that patients were not formally registered with a dentist "
          "in the way they were with a GP, but that the ICB had written to every practice to "
          "remind them that there was no rule requiring patients to be seen every two years "
          "and that recall intervals should be based on clinical need."),
    ("p", "Councillor Greenhalgh referred to press reports that the ICB had not spent "
          "£1.4 million of its ring-fenced dental budget in 2023/24 and questioned how this "
          "could be justified when residents could not find a dentist. Dr Sadiq explained "
          "that the underspend had arisen because a number of practices had not delivered "
          "the activity they were paid for and money had been recovered from them at the "
          "year end; the ICB had reinvested part of it in the urgent care sessions, but the "
          "remainder had been used to offset pressures elsewhere in its budget. Councillor "
          "Greenhalgh said that she found that answer disappointing."),
    ("p", "Councillor Crabtree asked whether any of the 'golden hello' posts had been filled "
          "in Hollinbeck. In reply, it was stated that two dentists had been recruited to "
          "practices in Marlcote and Skelthwaite under the scheme and that a third post was "
          "being advertised."),
    ("p", "Councillor Rahman asked if the ICB could provide the Committee with a breakdown, "
          "by practice, of the units of dental activity commissioned and delivered in "
          "2023/24. Dr Sadiq agreed to provide this through the Scrutiny and Policy Officer, "
          "although he said that the figures for individual practices might have to be "
          "shared without the practices being named."),
    ("p", "Councillor Pilling commented that the root of the problem was the national dental "
          "contract, which paid a dentist the same for a course of treatment whether it "
          "involved one filling or ten, and that until the Government reformed it local "
          "measures could only ever scratch the surface."),
    ("p", "The Chair thanked Dr Sadiq, Mrs Leckenby and Ms Tattersall for attending and for "
          "their frank answers."),
    ("label", "RESOLVED"),
    ("p", "(1) That the presentation be noted."),
    ("p", "(2) That the Chair write, on behalf of the Committee, to the Secretary of State for "
          "Health and Social Care and to the borough's Member of Parliament urging early "
          "reform of the NHS dental contract."),
    ("p", "(3) That a further update on access to NHS dental services in the borough be "
          "presented to the Committee in September 2025."),
    ("label", "REASONS"),
    ("p", "(1) To keep Members informed of the position regarding NHS dentistry in the "
          "borough."),
    ("p", "(2) To make the views of the Committee known to the Government."),
    ("p", "(3) To allow the Committee to monitor the effect of the ICB's dental recovery "
          "plan."),

    ("item", "45", "YOUTH VAPING – ENFORCEMENT AND PREVENTION"),
    ("p", "The Environmental Health Manager submitted a joint report, prepared with Wyndmere "
          "County Council's Trading Standards and Public Health teams, on the work being "
          "done to tackle underage vaping and the sale of illegal vapes in Hollinbeck. The "
          "report set out the findings of the most recent survey of secondary school pupils "
          "in the county, which had found that 19% of 14 and 15 year olds described "
          "themselves as current vapers, and summarised enforcement activity since April "
          "2024, which had included 23 test purchases, the seizure of 4,870 non-compliant "
          "vapes and two successful prosecutions. The Principal Trading Standards Officer "
          "outlined the main provisions of the Tobacco and Vapes Bill, then before "
          "Parliament, and the ban on the sale of single-use vapes due to take effect on "
          "1st June, 2025. The Tobacco Control Lead described the County Council's schools "
          "programme and the 'Swap to Stop' scheme, under which adult smokers were offered a "
          "free vape starter kit with behavioural support to help them quit."),
    ("p", "Councillor Nuttall asked how many of the test purchases had resulted in a sale to "
          "a young person. The Principal Trading Standards Officer said that nine of the 23 "
          "test purchases had resulted in a sale, mostly at small convenience stores rather "
          "than specialist vape shops, and that each of those retailers had received a "
          "warning letter and a follow-up visit."),
    ("p", "Members raised concerns about the number of vape shops that had opened in the "
          "borough's town centres in the last two years, some of them within sight of school "
          "gates, and asked what powers the Council had to control them. The Head of Housing "
          "and Environmental Health explained that a shop selling vapes did not need "
          "planning permission to change from another retail use and that there was at "
          "present no licensing regime for vape retailers, although the Bill would "
          "introduce a national registration scheme. He added that the Council had called "
          "for local authorities to be given a power to license such premises."),
    ("p", "Councillor Sutcliffe asked where seized vapes ended up and whether they were being "
          "disposed of safely, given the risk of fires from lithium batteries. The "
          "Principal Trading Standards Officer confirmed that seized products were stored "
          "securely until any legal proceedings had concluded and were then sent to a "
          "specialist recycler outside the county, at a cost of around £1,100 a tonne."),
    ("p", "In the discussion which followed, the following comments were made by Members:"),
    ("ul", [
        "that a disposable vape should not be cheaper than a bar of chocolate, and that low "
        "prices and sweet flavours had made vapes attractive to children;",
        "that education in schools, delivered where possible by young people themselves, "
        "was likely to have more effect than enforcement alone;",
        "that many parents were unaware of what their children were vaping and should be "
        "included in any awareness campaign; and",
        "that the focus on young people should not lead to adult smokers being discouraged "
        "from using vapes to give up cigarettes.",
    ]),
    ("p", "Councillor Rahman requested that a list of premises selling vapes within 400 "
          "metres of a secondary school be circulated to Members. The Environmental Health "
          "Manager undertook to provide this once the current mapping exercise had been "
          "completed."),
    ("label", "RESOLVED"),
    ("p", "(1) That the report be noted."),
    ("p", "(2) That the Committee supports the principle of a local licensing scheme for "
          "retailers of tobacco and vapes and asks the Executive Member for Housing, Health "
          "and Wellbeing to make representations to that effect."),
    ("p", "(3) That a report on the outcome of the joint test purchasing exercise planned "
          "for spring 2025 be submitted to this Committee in September 2025."),
    ("label", "REASONS"),
    ("p", "(1) To inform Members of the work being done in the borough."),
    ("p", "(2) To give the Council the means to control the number and location of vape "
          "retailers."),
    ("p", "(3) To enable the Committee to review the effectiveness of enforcement."),

    ("item", "46", "HOME IMPROVEMENT AGENCY – RE-PROCUREMENT"),
    ("note", "(Councillor D. Pilling, having declared an interest, left the meeting during "
             "consideration of this item.)"),
    ("p", "The Head of Housing and Environmental Health submitted a report on the options "
          "for the future delivery of the Council's home improvement agency service, which "
          "helped older and disabled residents to adapt and repair their homes, mainly "
          "through Disabled Facilities Grants (DFGs). The service had been provided under "
          "contract by Fellside Care and Repair, a local charity, since 2016 and the current "
          "contract, which had already been extended once, would expire on 31st March, "
          "2026. The report considered three options – re-procuring the service through an "
          "open tender, bringing it in-house, or a joint procurement with two neighbouring "
          "districts – and recommended an open tender for a contract of three years with the "
          "option to extend for up to a further two years, with quality weighted at 60% and "
          "price at 40%. The value of the contract was approximately £310,000 a year, met "
          "mainly from the Council's allocation of DFG capital through the Better Care "
          "Fund."),
    ("p", "The Service Manager of Fellside Care and Repair described the work of the agency, "
          "which had completed 286 adaptations in 2023/24, the majority of them stairlifts "
          "and level-access showers, and confirmed that the charity intended to bid."),
    ("p", "Councillor Crabtree asked why the option of bringing the service in-house had not "
          "been recommended, given the difficulties the Council had experienced in "
          "monitoring the current contract. The Head of Housing and Environmental Health "
          "said that the in-house option would cost an estimated £86,000 more each year, "
          "largely because staff transferring under TUPE would be entitled to join the Local "
          "Government Pension Scheme, and that the Council did not at present have the "
          "surveying capacity to take the service on."),
    ("p", "Members expressed concern about the length of time residents were waiting for "
          "adaptations, the report showing an average of 38 weeks from first contact to "
          "completion for a level-access shower. In response, the Head of Housing and "
          "Environmental Health said that around half of that time was spent waiting for an "
          "occupational therapy assessment by the County Council before a referral reached "
          "the agency, and that a trusted assessor pilot due to start in April would allow "
          "agency staff to assess simpler cases themselves."),
    ("p", "Councillor Greenhalgh asked whether the new contract would allow the provider to "
          "subcontract building work to local firms. It was confirmed that the specification "
          "would require the successful provider to maintain an approved list of local "
          "contractors and to obtain at least two quotes for any job over £5,000."),
    ("p", "Councillor Iqbal queried whether people who had used the service had been "
          "consulted on the new specification. The Head of Housing and Environmental Health "
          "advised that a survey of 212 recent clients had been carried out in November "
          "2024, with a 47% response rate, and that the main issues raised – being kept "
          "informed while waiting and the tidiness of contractors – had been reflected in "
          "the quality questions."),
    ("p", "Councillor Crabtree moved and Councillor Rahman seconded that the Executive be "
          "recommended to bring the home improvement agency service in-house from 1st April, "
          "2026. On being put to the vote the motion was LOST."),
    ("label", "RECOMMENDATION"),
    ("p", "That the Executive be recommended to approve the re-procurement of the home "
          "improvement agency service by open tender, for a contract of three years from "
          "1st April, 2026 with the option to extend for up to a further two years, to be "
          "evaluated on the basis of 60% quality and 40% price."),
    ("label", "REASON"),
    ("p", "To secure the continuity of the service when the current contract expires and to "
          "demonstrate value for money."),

    ("item", "47", "HOMELESSNESS AND TEMPORARY ACCOMMODATION"),
    ("note", "(Councillor D. Pilling returned to the meeting.)"),
    ("p", "The Housing Needs Manager submitted a report on the demand for homelessness "
          "services and the use of temporary accommodation in the first half of 2024/25. "
          "The number of households approaching the Council as homeless or threatened with "
          "homelessness had risen to 642, 18% more than in the same period of the previous "
          "year, and the end of a private tenancy remained the most common reason. At the "
          "end of September there had been 37 households in temporary accommodation, "
          "including 14 in bed and breakfast, compared with 19 a year earlier. The report "
          "also described the Council's arrangement with Beacon Lane Housing Support, a "
          "not-for-profit provider commissioned to manage 24 units of supported temporary "
          "accommodation in Hollinbeck and Cragworth, and the purchase of six homes using "
          "the Local Authority Housing Fund."),
    ("p", "Councillor Pilling asked how many families with children were currently in bed "
          "and breakfast and for how long. The Housing Needs Manager said that there were "
          "currently four families with children in bed and breakfast, one of which had been "
          "there for nine weeks, in breach of the six-week limit, and that every case was "
          "reviewed weekly by a senior officer."),
    ("p", "Councillor Nuttall asked what the net cost of temporary accommodation to the "
          "Council would be in the current year. The Head of Housing and Environmental "
          "Health replied that the forecast net cost for 2024/25 was £612,000 against a "
          "budget of £240,000, because housing benefit subsidy covered only a fraction of "
          "the nightly charge for bed and breakfast; the overspend had been reported to the "
          "Executive as part of the quarterly budget monitoring."),
    ("p", "Members raised concerns about standards in some of the supported exempt "
          "accommodation in the borough that was run by private landlords and charities "
          "outside the Council's commissioned provision, following reports of anti-social "
          "behaviour at two properties in Marlcote. The Housing Needs Manager explained that "
          "the Council's powers over such accommodation were limited at present, but that "
          "officers had carried out joint inspections of 17 properties with the Housing "
          "Benefit team, and that new licensing powers under the Supported Housing "
          "(Regulatory Oversight) Act 2023 were expected in 2026."),
    ("p", "Councillor Greenhalgh asked whether Beacon Lane Housing Support was meeting the "
          "targets in its contract for moving residents on into settled homes. The Housing "
          "Needs Manager said that 61% of residents had moved on to settled accommodation "
          "within six months against a target of 70%, and that the provider was subject to "
          "an improvement plan agreed at the last quarterly contract review."),
    ("p", "Councillor Rahman commented that most of the families who came to her ward "
          "surgeries had been served with 'no fault' eviction notices by private landlords "
          "who were selling up, and that the Renters' Rights Bill could not come soon "
          "enough."),
    ("p", "The Vice-Chair requested that Members be given the opportunity to visit one of "
          "the homes purchased through the Local Authority Housing Fund. The Chair agreed to "
          "arrange this with the Housing Needs Manager."),
    ("label", "RESOLVED"),
    ("p", "That the report on homelessness and temporary accommodation be noted."),

    ("item", "48", "SCRUTINY WORK PROGRAMME 2024/25"),
    ("p", "The Scrutiny and Policy Officer submitted the Committee's work programme for the "
          "remainder of the municipal year. The meeting on 11th March, 2025 was due to "
          "consider the annual report of Hollinbeck Leisure Trust, including the Exercise on "
          "Referral scheme, and the Council's Health and Wellbeing Action Plan."),
    ("p", "Councillor Sutcliffe asked that the proposed closure of the Oakridge Lane branch "
          "surgery in Skelthwaite be added to the work programme, as patients had only "
          "learned of it from a notice in the waiting room. The Scrutiny and Policy Officer "
          "said that the ICB had been asked for a briefing and that the item could be taken "
          "in March."),
    ("label", "RESOLVED"),
    ("p", "That the work programme be approved, subject to the addition of an item on the "
          "Oakridge Lane branch surgery."),
    ("label", "REASON"),
    ("p", "To enable the Committee to plan its work for the rest of the year."),

    ("item", "49", "ITEMS FOR INFORMATION"),
    ("p", "The following items were submitted for information:"),
    ("alpha", [
        "Progress on Scrutiny Recommendations – damp and mould in private rented homes",
        "Hollinbeck Leisure Trust – Quarter 2 Performance Report 2024/25",
        "Response to Wyndmere County Council's draft Pharmaceutical Needs Assessment 2025",
    ]),
    ("label", "RESOLVED"),
    ("p", "That the items for information be noted."),
]


def minutes_html() -> str:
    out = [SITE_HEAD.format(title="Overview and Scrutiny Committee - Tuesday, 14th January, "
                                  "2025", body_class="meetings meeting-detail")]
    out.append(breadcrumb([
        ("Home", "/"),
        ("Your council", "/info/200008/your_council"),
        ("Councillors, committees and meetings", "/info/200008/your_council/councillors"),
        ("Meetings", "/meetings"),
        ("Overview and Scrutiny Committee", "/meetings/committee/14/overview_and_scrutiny_committee"),
        ("Tuesday, 14th January, 2025", None),
    ]))
    out.append('<div class="layout">\n<aside class="sidebar" aria-label="Related pages">\n'
               '<h2>Meetings</h2>\n<ul>\n'
               '<li><a href="/meetings/calendar">Meetings calendar</a></li>\n'
               '<li><a href="/meetings/committees">Committees</a></li>\n'
               '<li><a href="/info/200008/your_council/councillors">Find your councillor</a></li>\n'
               '<li><a href="/meetings/public_question_time">Public question time</a></li>\n'
               '<li><a href="/meetings/webcasts">Watch meetings</a></li>\n'
               '</ul>\n</aside>\n<main id="content" class="main-content">\n')
    out.append("<h1>Overview and Scrutiny Committee - Tuesday, 14th January, 2025</h1>\n")
    out.append('<div class="meeting-details">\n<h2>Meeting details</h2>\n<table class="meeting-info">\n'
               "<tr><th scope=\"row\">Committee</th><td>Overview and Scrutiny Committee</td></tr>\n"
               "<tr><th scope=\"row\">Date</th><td>Tuesday, 14th January, 2025</td></tr>\n"
               "<tr><th scope=\"row\">Time</th><td>6.30 pm</td></tr>\n"
               "<tr><th scope=\"row\">Venue</th><td>Council Chamber, Hollinbeck Town Hall</td></tr>\n"
               "<tr><th scope=\"row\">Contact</th><td>Committee Administrator, 01999 661134</td></tr>\n"
               "</table>\n</div>\n")
    out.append('<div class="meeting-documents">\n<h2>Documents</h2>\n<ul class="list-documents">\n'
               '<li><a href="/download/meetings/id/6121/agenda">Agenda</a> <span class="file">PDF, 188KB</span></li>\n'
               '<li><a href="/download/meetings/id/6122/reports_pack">Reports pack</a> <span class="file">PDF, 3.4MB</span></li>\n'
               '<li><a href="/download/meetings/id/6188/minutes">Minutes</a> <span class="file">PDF, 142KB</span></li>\n'
               "</ul>\n</div>\n")
    out.append('<div class="editor minutes">\n<h2>Minutes</h2>\n')
    out.append('<p class="minutes-council"><strong>HOLLINBECK BOROUGH COUNCIL</strong></p>\n')
    out.append('<p class="minutes-title"><strong>OVERVIEW AND SCRUTINY COMMITTEE</strong></p>\n')
    out.append("<p><strong>Meeting at Hollinbeck Town Hall on Tuesday, 14th January, 2025</strong></p>\n")
    out.append("<p><strong>PRESENT –</strong></p>\n")
    out.append("<p>Councillor M. Ashworth-Lund – Chair (in the Chair)</p>\n")
    # councillors in a borderless table, three to a row, as pasted from the Word original
    out.append('<table class="attendance" border="0">\n<tr><td rowspan="3">Councillors</td>')
    rows = [MEMBERS[i:i + 3] for i in range(0, len(MEMBERS), 3)]
    for n, row in enumerate(rows):
        cells = "".join(f"<td>{escape(name)}</td>" for name in row)
        cells += "<td>&nbsp;</td>" * (3 - len(row))
        out.append(("" if n == 0 else "<tr>") + cells + "</tr>\n")
    out.append("</table>\n")
    out.append("<p><strong>Also in attendance:</strong><br>\n"
               "Councillor J. Hartley-Pye (Executive Member for Housing, Health and Wellbeing)</p>\n")
    out.append("<p><strong>Officers in attendance:</strong></p>\n<table class=\"attendance\" border=\"0\">\n")
    for name, title in OFFICERS:
        out.append(f"<tr><td>{escape(name)}</td><td>{escape(title)}</td></tr>\n")
    out.append("</table>\n")
    out.append("<p><strong>The following people attended the meeting and spoke on the item "
               "indicated:</strong></p>\n<table class=\"attendance speakers\" border=\"0\">\n")
    for name, org, item in SPEAKERS:
        out.append(f"<tr><td>{escape(name)}</td><td>{escape(org)}</td><td>{escape(item)}</td></tr>\n")
    out.append("</table>\n")
    out.append("<p>(Apologies for absence were received from Councillors B. Holden and "
               "F. Mistry.)</p>\n")
    out.append("<hr>\n")
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            out.append(f'<h3 class="minute-heading"><span class="minute-no">{number}.</span>'
                       f"&nbsp;&nbsp;{escape(title)}</h3>\n")
        elif kind == "p":
            out.append(f"<p>{escape(block[1], quote=False)}</p>\n")
        elif kind == "label":
            out.append(f"<p><strong>{escape(block[1])}</strong></p>\n")
        elif kind == "note":
            out.append(f"<p><em>{escape(block[1], quote=False)}</em></p>\n")
        elif kind == "ul":
            out.append("<ul>\n" + "".join(f"<li>{escape(t, quote=False)}</li>\n" for t in block[1])
                       + "</ul>\n")
        elif kind == "alpha":
            out.append('<ol type="a">\n' + "".join(f"<li>{escape(t, quote=False)}</li>\n"
                                                  for t in block[1]) + "</ol>\n")
        else:
            raise ValueError(kind)
    out.append("<p>&nbsp;</p>\n<p>CHAIR ______________________</p>\n")
    out.append("<p><em>(The meeting started at 6.30 p.m. and finished at 8.47 p.m.)</em></p>\n")
    out.append("</div>\n")
    out.append('<p class="last-updated">These minutes were confirmed at the meeting of the '
               "Committee on 11th March, 2025.<br>Page last updated: 13 March 2025</p>\n")
    out.append(FEEDBACK)
    out.append("</main>\n</div>\n")
    out.append(SITE_FOOT)
    return "".join(out)


# ---------------------------------------------------------------------------
# The paper that is not minutes: an FAQ page on the Exercise on Referral scheme
# ---------------------------------------------------------------------------

FAQ = [
    ("p", "Exercise on Referral is a 12-week programme of supervised physical activity for "
          "adults with a health condition that could be helped by being more active. It is "
          "run by Hollinbeck Leisure Trust on behalf of the Council at Hollinbeck Sports "
          "Centre, Cragworth Pool and Fitness Centre and Marlcote Community Gym. This page "
          "answers the questions we are asked most often about the scheme, and explains the "
          "changes that will come in from 1 April 2025."),
    ("h2", "About the scheme"),
    ("h3", "Who can be referred?"),
    ("p", "You can be referred if you are 16 or over, live or are registered with a GP "
          "practice in the borough, and have a health condition such as high blood "
          "pressure, type 2 diabetes, mild to moderate depression or anxiety, joint pain, or "
          "are recovering from a heart attack or cancer treatment. Your GP, practice nurse, "
          "physiotherapist or other health professional will decide whether the scheme is "
          "right for you."),
    ("h3", "Can I refer myself?"),
    ("p", "Not at the moment. Because the instructors need information about your condition "
          "and any medication you take, every referral has to come from a health "
          "professional. From April 2025 we will accept referrals from social prescribing "
          "link workers and community pharmacists as well as GP practices."),
    ("h3", "How much does it cost?"),
    ("p", "Your first session, the introductory consultation, is free. After that each "
          "session costs £2.50, or you can buy a 12-week pass for £25. If you receive "
          "Universal Credit, Pension Credit or another means-tested benefit, all sessions are "
          "free when you show your Hollinbeck Leisure Card."),
    ("h3", "What happens at the first appointment?"),
    ("p", "You will meet one of our qualified exercise referral instructors for about an "
          "hour. They will talk to you about your health, what you would like to achieve and "
          "what you enjoy, take your blood pressure and some simple measurements, and agree "
          "a programme with you. You do not need to bring anything except comfortable "
          "clothes and a bottle of water."),
    ("h3", "What kind of activities are there?"),
    ("p", "Most people start with gym sessions using equipment such as bikes, treadmills and "
          "light weights, but there are also gentle aqua classes, seated exercise, walking "
          "groups and a falls prevention class for people over 65. Sessions run from Monday "
          "to Saturday, including early evening sessions at Hollinbeck Sports Centre."),
    ("h3", "What if I miss a session?"),
    ("p", "Please let the centre know if you cannot attend. If you miss three sessions in a "
          "row without letting us know, your place may be offered to someone on the waiting "
          "list, and your referrer will be told. You can be referred again later."),
    ("h3", "Is there a waiting list?"),
    ("p", "At busy times there can be a wait of up to four weeks for a first appointment, "
          "mainly at Hollinbeck Sports Centre. If you can travel to Cragworth or Marlcote "
          "you may be seen sooner."),
    ("h3", "What happens after 12 weeks?"),
    ("p", "At the end of the programme your instructor will review your progress with you "
          "and send a short report to your referrer. You will be offered a discounted "
          "membership for six months so that you can keep going."),
    ("h2", "Changes from 1 April 2025"),
    ("p", "Last year we asked people who had used the scheme, and the health professionals "
          "who refer to it, what they thought of it. 318 people replied. Here is what you "
          "told us and what we are doing about it."),
    ("table", [
        ("You asked", "We said"),
        ("Can the scheme be open to more people, not just those referred by a GP?",
         "From April, social prescribing link workers and community pharmacists will be "
         "able to refer too."),
        ("Why are there no sessions in the evening at Cragworth?",
         "We will add two evening sessions a week at Cragworth Pool and Fitness Centre from "
         "May."),
        ("Could the programme be longer than 12 weeks for people with long-term conditions?",
         "People with some conditions will be able to have a further 12 weeks at the same "
         "price, if their instructor agrees it would help."),
        ("Why do I have to pay when I am on a low income?",
         "Sessions are already free for people on means-tested benefits. We will make this "
         "clearer in our leaflets and on the referral form."),
        ("Can there be women-only sessions?",
         "We are piloting a women-only gym session on Wednesday mornings at Marlcote "
         "Community Gym."),
    ]),
    ("h2", "Questions about how the scheme is run"),
    ("h3", "Who runs the scheme?"),
    ("p", "The scheme is delivered by Hollinbeck Leisure Trust, a charitable trust that "
          "manages the Council's leisure centres under a management agreement. The Council "
          "pays the Trust towards the cost of the instructors, and the scheme is part funded "
          "by a grant from Wyndmere County Council's Public Health team."),
    ("h3", "How do you know if it works?"),
    ("p", "Everyone who takes part is asked to fill in a short wellbeing questionnaire at "
          "the start and end of their 12 weeks. In 2023/24, 612 people started the "
          "programme and 71% completed it. On average, people who completed it reported "
          "feeling better and more confident about being active. The Trust reports on the "
          "scheme to the Council every quarter."),
    ("h3", "Can councillors look at the scheme?"),
    ("p", "Yes. The Council's Overview and Scrutiny Committee receives the Leisure Trust's "
          "annual report, which includes the scheme, and the public can attend. If you are "
          "thinking of raising the scheme with your local councillor, or of asking a "
          "question at a meeting, you might want to ask:"),
    ("ul", [
        "How many people from my ward have been referred, and how many finished the 12 weeks?",
        "How long are people waiting for a first appointment at each centre?",
        "What is being done to reach people who do not usually use leisure centres?",
        "How does the Council check that the Trust is delivering what it is paid for?",
    ]),
    ("p", "Details of how to ask a question at a meeting are on our Public question time "
          "page. Questions must be received by noon three working days before the meeting."),
    ("h2", "Contact us"),
    ("p", "For questions about a referral or a booking, contact the Exercise on Referral "
          "team at Hollinbeck Sports Centre on 01999 664220, Monday to Friday 9am to 5pm, or "
          "email exercise.referral@hollinbeckleisure.org.uk. For comments about the scheme "
          "as a whole, contact the Council's Health and Wellbeing Officer on 01999 661187."),
]


def faq_html() -> str:
    out = [SITE_HEAD.format(title="Exercise on Referral - frequently asked questions",
                            body_class="info leisure")]
    out.append(breadcrumb([
        ("Home", "/"),
        ("Leisure, parks and culture", "/info/200006/leisure_parks_and_culture"),
        ("Health and wellbeing", "/info/200006/leisure_parks_and_culture/health_and_wellbeing"),
        ("Exercise on Referral - frequently asked questions", None),
    ]))
    out.append('<div class="layout">\n<aside class="sidebar" aria-label="Related pages">\n'
               "<h2>Health and wellbeing</h2>\n<ul>\n"
               '<li><a href="/info/200006/leisure_parks_and_culture/health_walks">Health walks</a></li>\n'
               '<li><a href="/info/200006/leisure_parks_and_culture/exercise_on_referral">Exercise on Referral</a></li>\n'
               '<li><a href="/info/200006/leisure_parks_and_culture/leisure_card">Hollinbeck Leisure Card</a></li>\n'
               '<li><a href="/info/200006/leisure_parks_and_culture/stop_smoking">Stop smoking support</a></li>\n'
               "</ul>\n</aside>\n<main id=\"content\" class=\"main-content\">\n")
    out.append("<h1>Exercise on Referral - frequently asked questions</h1>\n"
               '<div class="editor">\n')
    for block in FAQ:
        kind = block[0]
        if kind in ("h2", "h3", "p"):
            out.append(f"<{kind}>{escape(block[1], quote=False)}</{kind}>\n")
        elif kind == "ul":
            out.append("<ul>\n" + "".join(f"<li>{escape(t, quote=False)}</li>\n" for t in block[1])
                       + "</ul>\n")
        elif kind == "table":
            head, *rows = block[1]
            out.append('<table class="you-said">\n<caption>You asked, we said</caption>\n<thead><tr>'
                       + "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
                       + "</tr></thead>\n<tbody>\n")
            for a, b in rows:
                out.append(f"<tr><td>{escape(a, quote=False)}</td><td>{escape(b, quote=False)}</td></tr>\n")
            out.append("</tbody>\n</table>\n")
        else:
            raise ValueError(kind)
    out.append("</div>\n")
    out.append('<p class="last-updated">Page last updated: 20 January 2025</p>\n')
    out.append(FEEDBACK)
    out.append("</main>\n</div>\n")
    out.append(SITE_FOOT)
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


HHEH = "Head of Housing and Environmental Health"
SCMD = "Senior Commissioning Manager (Dental)"
PTSO = "Principal Trading Standards Officer"
HNM = "Housing Needs Manager"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-14",
    "items": [
        {"number": "41", "title": "Declarations of Interest"},
        {"number": "42", "title": "Public Question Time"},
        {"number": "43", "title": "Minutes"},
        {"number": "44", "title": "NHS Dental Services in Hollinbeck"},
        {"number": "45", "title": "Youth Vaping – Enforcement and Prevention"},
        {"number": "46", "title": "Home Improvement Agency – Re-procurement"},
        {"number": "47", "title": "Homelessness and Temporary Accommodation"},
        {"number": "48", "title": "Scrutiny Work Programme 2024/25"},
        {"number": "49", "title": "Items for Information"},
    ],
    "questions": [
        # 42 public question time
        q("42", "question",
          "asked why he and his wife had been told by every dental practice",
          "Mr T. Aspden",
          "dentistry was commissioned by the Integrated Care Board and not by the Borough Council",
          "Chair", ["primary-care"]),
        # 44 dental services
        q("44", "question",
          "asked how many practices in the borough were currently accepting new adult NHS patients",
          "Councillor Iqbal",
          "two of the eleven practices were accepting adults on a limited basis",
          "Dr Sadiq", ["primary-care"]),
        q("44", "concern",
          "Members expressed concern that children in the Skelthwaite and Cragworth wards",
          None,
          "supervised toothbrushing programme delivered through the County Council had been extended",
          SCMD, ["primary-care", "children-and-families", "public-health"]),
        q("44", "question",
          "sought clarification on whether patients who had been removed from a practice's list",
          "Vice-Chair",
          "patients were not formally registered with a dentist in the way they were",
          SCMD, ["primary-care"]),
        q("44", "question",
          "questioned how this could be justified when residents could not find a dentist",
          "Councillor Greenhalgh",
          "the underspend had arisen because a number of practices had not delivered",
          "Dr Sadiq", ["finance", "primary-care"]),
        q("44", "question",
          "asked whether any of the 'golden hello' posts had been filled in Hollinbeck",
          "Councillor Crabtree",
          "two dentists had been recruited to practices in Marlcote and Skelthwaite",
          None, ["primary-care", "workforce"]),
        q("44", "request",
          "asked if the ICB could provide the Committee with a breakdown, by practice",
          "Councillor Rahman",
          "Dr Sadiq agreed to provide this through the Scrutiny and Policy Officer",
          "Dr Sadiq", ["primary-care"]),
        q("44", "comment",
          "the root of the problem was the national dental contract",
          "Councillor Pilling", None, None, ["primary-care"]),
        # 45 youth vaping
        q("45", "question",
          "asked how many of the test purchases had resulted in a sale",
          "Councillor Nuttall",
          "nine of the 23 test purchases had resulted in a sale",
          PTSO, ["public-health"]),
        q("45", "concern",
          "Members raised concerns about the number of vape shops that had opened",
          None,
          "a shop selling vapes did not need planning permission to change",
          HHEH, ["public-health", "children-and-families"]),
        q("45", "question",
          "asked where seized vapes ended up and whether they were being disposed of safely",
          "Councillor Sutcliffe",
          "seized products were stored securely until any legal proceedings had concluded",
          PTSO, ["public-health"]),
        q("45", "comment",
          "a disposable vape should not be cheaper than a bar of chocolate",
          None, None, None, ["public-health", "children-and-families"]),
        q("45", "comment",
          "education in schools, delivered where possible by young people themselves",
          None, None, None, ["public-health", "children-and-families"]),
        q("45", "comment",
          "many parents were unaware of what their children were vaping",
          None, None, None, ["public-health", "children-and-families"]),
        q("45", "comment",
          "the focus on young people should not lead to adult smokers being discouraged",
          None, None, None, ["public-health"]),
        q("45", "request",
          "requested that a list of premises selling vapes within 400 metres",
          "Councillor Rahman",
          "undertook to provide this once the current mapping exercise had been completed",
          "Environmental Health Manager", ["public-health", "children-and-families"]),
        # 46 home improvement agency
        q("46", "question",
          "asked why the option of bringing the service in-house had not been recommended",
          "Councillor Crabtree",
          "the in-house option would cost an estimated £86,000 more each year",
          HHEH, ["privatisation", "subcontracting", "finance", "workforce"]),
        q("46", "concern",
          "expressed concern about the length of time residents were waiting for adaptations",
          None,
          "around half of that time was spent waiting for an occupational therapy assessment",
          HHEH, ["housing", "adult-social-care"]),
        q("46", "question",
          "asked whether the new contract would allow the provider to subcontract building work",
          "Councillor Greenhalgh",
          "the specification would require the successful provider to maintain an approved list",
          None, ["subcontracting"]),
        q("46", "question",
          "queried whether people who had used the service had been consulted",
          "Councillor Iqbal",
          "a survey of 212 recent clients had been carried out in November 2024",
          HHEH, ["patient-and-public-input"]),
        # 47 homelessness and temporary accommodation
        q("47", "question",
          "asked how many families with children were currently in bed and breakfast",
          "Councillor Pilling",
          "there were currently four families with children in bed and breakfast",
          HNM, ["housing", "children-and-families"]),
        q("47", "question",
          "asked what the net cost of temporary accommodation to the Council would be",
          "Councillor Nuttall",
          "the forecast net cost for 2024/25 was £612,000 against a budget of £240,000",
          HHEH, ["finance", "housing"]),
        q("47", "concern",
          "raised concerns about standards in some of the supported exempt accommodation",
          None,
          "officers had carried out joint inspections of 17 properties with the Housing Benefit team",
          HNM, ["housing", "governance"]),
        q("47", "question",
          "asked whether Beacon Lane Housing Support was meeting the targets in its contract",
          "Councillor Greenhalgh",
          "61% of residents had moved on to settled accommodation within six months",
          HNM, ["housing", "subcontracting"]),
        q("47", "comment",
          "had been served with 'no fault' eviction notices by private landlords",
          "Councillor Rahman", None, None, ["housing"]),
        q("47", "request",
          "requested that Members be given the opportunity to visit one of the homes",
          "Vice-Chair",
          "The Chair agreed to arrange this with the Housing Needs Manager",
          "Chair", ["housing"]),
        # 48 work programme
        q("48", "request",
          "asked that the proposed closure of the Oakridge Lane branch surgery",
          "Councillor Sutcliffe",
          "the ICB had been asked for a briefing",
          "Scrutiny and Policy Officer", ["primary-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        res("43", "Minutes of the meeting held on 12th November, 2024 be approved",
            "agreed", []),
        res("44", "urging early reform of the NHS dental contract",
            "agreed", ["primary-care"]),
        res("45", "supports the principle of a local licensing scheme for retailers of tobacco and vapes",
            "agreed", ["public-health"]),
        res("46", "recommended to bring the home improvement agency service in-house",
            "rejected", ["privatisation"]),
        res("46", "approve the re-procurement of the home improvement agency service by open tender",
            "recommended", ["subcontracting"]),
        res("47", "the report on homelessness and temporary accommodation be noted",
            "noted", ["housing"]),
        res("48", "That the work programme be approved, subject to the addition",
            "agreed", ["primary-care"]),
        res("49", "That the items for information be noted",
            "noted", []),
    ],
    "attendees": [
        att("Councillor M. Ashworth-Lund", "Chair", "present"),
        att("Councillor H. Nuttall", "Vice-Chair", "present"),
        att("Councillor K. Greenhalgh", None, "present"),
        att("Councillor Z. Iqbal", None, "present"),
        att("Councillor A. Crabtree", None, "present"),
        att("Councillor D. Pilling", None, "present"),
        att("Councillor S. Rahman", None, "present"),
        att("Councillor L. Sutcliffe", None, "present"),
        att("Councillor J. Hartley-Pye", "Executive Member for Housing, Health and Wellbeing",
            "in_attendance"),
        *[att(name, title, "in_attendance") for name, title in OFFICERS],
        *[att(name, org, "in_attendance") for name, org, _ in SPEAKERS],
        att("Councillor B. Holden", None, "apologies"),
        att("Councillor F. Mistry", None, "apologies"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(faq_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, FAQ_GOLD):
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
    for gold_path in sorted(GOLD.glob("pq-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\ngold in {GOLD}")
