#!/usr/bin/env python3
"""Build the "qx-" documents (round 233) and their gold annotations.

Usage:  build_qx.py           write documents/qx-* and gold/qx-*.json beside this script
        build_qx.py --check   verify every gold phrase occurs exactly once in its document

Scarrowdale Metropolitan Borough Council, its people, places, providers and figures are invented.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qx-scarrowdale-health-and-care-scrutiny-committee-2025-09-16.html"
NEWS_NAME = "qx-scarrowdale-news-reablement-team-to-grow-2025-09-24.html"

SITE = "https://www.scarrowdale.gov.uk"

# ---------------------------------------------------------------------------
# Site chrome shared by both saved pages (a LocalGov-style Drupal site)
# ---------------------------------------------------------------------------

STYLE = """\
  body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c;line-height:1.5}
  .skip-link{position:absolute;left:-999px}
  .cookie-banner{background:#f3f2f1;border-bottom:4px solid #6b2c5a;padding:1em 2em}
  .lgd-header{background:#6b2c5a;color:#fff;padding:1em 2em}
  .lgd-header a{color:#fff}
  .lgd-breadcrumbs ol{list-style:none;padding:0;display:flex;gap:.5em}
  .lgd-container{max-width:1100px;margin:0 auto;padding:0 2em}
  .meeting-details dt{font-weight:bold;float:left;clear:left;width:7em}
  .meeting-details dd{margin-left:8em}
  .localgov-accordion-pane__heading button{background:none;border:0;font:inherit;
    font-size:1.3em;font-weight:bold;text-align:left;width:100%;padding:.6em 0;
    border-top:1px solid #b1b4b6}
  .minute-ref{color:#505a5f;font-size:.9em;margin:0}
  .decision{border-left:5px solid #6b2c5a;padding-left:1em}
  .lgd-footer{background:#2b2b2b;color:#fff;padding:2em;margin-top:3em}
  .lgd-footer a{color:#fff}
"""


def cookie_banner() -> str:
    return """\
<div id="sliding-popup" class="cookie-banner" role="region" aria-label="Cookie banner">
  <div class="eu-cookie-compliance-content">
    <h2 class="eu-cookie-compliance-title">Cookies on scarrowdale.gov.uk</h2>
    <p>We use some essential cookies to make this website work.</p>
    <p>We&rsquo;d also like to use analytics cookies so we can understand how you use the
    site and make improvements. Can we use analytics cookies?</p>
    <div class="eu-cookie-compliance-buttons">
      <button type="button" class="agree-button">Accept analytics cookies</button>
      <button type="button" class="decline-button">Reject analytics cookies</button>
      <a href="/cookies">View cookies</a>
    </div>
  </div>
</div>"""


def site_header() -> str:
    return """\
<header class="lgd-header" role="banner">
  <div class="lgd-container lgd-header__inner">
    <a href="/" class="lgd-header__logo" rel="home" title="Home">
      <img src="/themes/custom/scarrowdale/logo.svg" alt="Scarrowdale Metropolitan Borough Council homepage" width="220" height="60">
    </a>
    <form action="/search" method="get" class="lgd-header__search" role="search">
      <label for="edit-s" class="visually-hidden">Search this site</label>
      <input type="search" id="edit-s" name="s" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
    <nav class="lgd-header__nav" aria-label="Main navigation">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council Tax</a></li>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/schools-and-learning">Schools and learning</a></li>
        <li><a href="/council-and-democracy">Council and democracy</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/my-account">My account</a></li>
      </ul>
    </nav>
  </div>
</header>"""


def breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in trail:
        if href:
            lis.append(f'      <li class="lgd-breadcrumbs__item"><a href="{href}">{label}</a></li>')
        else:
            lis.append(f'      <li class="lgd-breadcrumbs__item" aria-current="page">{label}</li>')
    return ('<nav class="lgd-breadcrumbs lgd-container" aria-label="Breadcrumb">\n'
            '    <ol class="lgd-breadcrumbs__items">\n' + "\n".join(lis) + "\n    </ol>\n</nav>")


def site_footer() -> str:
    return """\
<section class="lgd-container page-feedback" aria-label="Page feedback">
  <h2 class="visually-hidden">Page feedback</h2>
  <p>Was this page helpful? <a href="/feedback?helpful=yes">Yes</a> <a href="/feedback?helpful=no">No</a></p>
  <p><a href="/report-a-problem">Report a problem with this page</a></p>
  <p>Share this page: <a href="#share-facebook">Facebook</a> <a href="#share-x">X</a> <a href="#share-email">Email</a></p>
</section>
<footer class="lgd-footer" role="contentinfo">
  <div class="lgd-container">
    <div class="lgd-footer__contact">
      <h2>Contact us</h2>
      <p>Scarrowdale Metropolitan Borough Council<br>Town Hall, Market Street<br>Scarrowdale<br>SD1 1TH</p>
      <p>Telephone: 01987 600 600</p>
      <p>Opening hours: Monday to Friday, 9am to 5pm</p>
    </div>
    <nav class="lgd-footer__links" aria-label="Footer">
      <ul>
        <li><a href="/accessibility-statement">Accessibility statement</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/privacy-notice">Privacy notice</a></li>
        <li><a href="/contact-us">Contact us</a></li>
        <li><a href="/jobs">Jobs and careers</a></li>
        <li><a href="/modern-slavery-statement">Modern slavery statement</a></li>
      </ul>
    </nav>
    <p class="lgd-footer__social">Follow us: <a href="#facebook">Facebook</a> | <a href="#instagram">Instagram</a> | <a href="#linkedin">LinkedIn</a> | <a href="#youtube">YouTube</a></p>
    <p class="lgd-footer__copyright">&copy; Scarrowdale Metropolitan Borough Council 2025</p>
  </div>
</footer>"""


def page(title: str, url: str, body_class: str, trail, main: str, aside: str = "") -> str:
    parts = [
        "<!DOCTYPE html>",
        f"<!-- saved from url=({len(url):04d}){url} -->",
        '<html lang="en" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org); LocalGov Drupal">',
        f'<link rel="canonical" href="{url}">',
        f"<title>{title} | Scarrowdale Council</title>",
        "<style>\n" + STYLE + "</style>",
        "</head>",
        f'<body class="{body_class}">',
        '<a href="#main-content" class="skip-link">Skip to main content</a>',
        cookie_banner(),
        site_header(),
        breadcrumbs(trail),
        '<div class="lgd-container lgd-page">',
        '<main id="main-content" class="lgd-main" role="main">',
        main,
        "</main>",
    ]
    if aside:
        parts.append(aside)
    parts += ["</div>", site_footer(), "</body>", "</html>", ""]
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# The minutes page
# ---------------------------------------------------------------------------

COMMITTEE = "Health and Care Overview and Scrutiny Committee"

ATTENDANCE = """\
<section id="attendance" class="meeting-attendance">
  <h2>Attendance</h2>
  <h3>Councillors present</h3>
  <ul>
    <li>Councillor Maureen Ackroyd-Bell (Chair)</li>
    <li>Councillor Tariq Mahmood (Vice-Chair)</li>
    <li>Councillor Glenys Broadbent</li>
    <li>Councillor Callum Etherington</li>
    <li>Councillor Rukhsana Iqbal</li>
    <li>Councillor Peter Oldroyd</li>
    <li>Councillor Imran Sadiq (substitute for Councillor Keith Barraclough)</li>
    <li>Councillor Sian Thwaite</li>
  </ul>
  <h3>Co-opted member (non-voting)</h3>
  <ul>
    <li>Mrs Brenda Haworth &ndash; Healthwatch Scarrowdale</li>
  </ul>
  <h3>Apologies</h3>
  <ul>
    <li>Councillor Keith Barraclough</li>
    <li>Councillor Joanne Pilling</li>
  </ul>
  <h3>Absent</h3>
  <ul>
    <li>Councillor Darren Whitworth</li>
  </ul>
  <h3>Also in attendance</h3>
  <ul>
    <li>Councillor Angela Brierley &ndash; Cabinet Member for Adult Social Care and Health</li>
  </ul>
  <h3>Officers</h3>
  <ul>
    <li>Alison Varley &ndash; Director of Adult Social Care</li>
    <li>Dr Femi Adeyemi-Clarke &ndash; Director of Public Health</li>
    <li>Gary Lumb &ndash; Service Manager, Reablement and Intermediate Care</li>
    <li>Rachel Summersgill &ndash; Commissioning Manager (Public Health)</li>
    <li>Owen Pritchard-Hale &ndash; Democratic Services Officer</li>
  </ul>
  <h3>Partners</h3>
  <ul>
    <li>Dr Nadia Karimi &ndash; Clinical Director, Mereshire and Scarrowdale Integrated Care Board</li>
    <li>Mark Tillotson &ndash; Associate Director of Operations, Scarrowdale Hospitals NHS Foundation Trust</li>
    <li>Kerry Nuttall &ndash; Service Director, Cobblestone Recovery Partnership (minute 22 only)</li>
  </ul>
</section>"""

# Each item: (minute number, title, body html).  The number is printed inside the
# accordion pane, not in its heading.
ITEMS = [
    ("17", "Apologies for absence and substitutions", """\
<p>Apologies for absence were received from Councillor Keith Barraclough and Councillor
Joanne Pilling. Councillor Imran Sadiq attended as substitute for Councillor Barraclough.</p>
<p>Councillor Darren Whitworth was not present and had not sent apologies.</p>"""),

    ("18", "Declarations of interest", """\
<p>Councillor Rukhsana Iqbal declared a non-pecuniary interest in minute 22, as a trustee of
Ashfold Women&rsquo;s Centre, which receives a small grant from Cobblestone Recovery
Partnership for a peer support group. She remained in the meeting and took part in the
discussion.</p>
<p>Councillor Peter Oldroyd informed the Committee that his daughter is employed as a nurse at
Ravensbank Urgent Treatment Centre. He did not regard this as a disclosable interest and took
part in the discussion of minute 23.</p>"""),

    ("19", "Minutes of the previous meeting", """\
<p>Under matters arising, Councillor Thwaite asked whether the figures on delayed hospital
discharges that had been promised at the last meeting (minute 12 refers) had been
circulated. The Democratic Services Officer confirmed that they had been sent to all members
of the Committee by email on 4 August 2025, and undertook to send them again to Councillor
Thwaite.</p>
<p>The minutes of the meeting held on 15 July 2025 were approved as a correct record and
signed by the Chair.</p>"""),

    ("20", "Public questions", """\
<p>The Chair reminded those present that questions from members of the public had to be
received by noon three working days before the meeting, and that one supplementary question
was permitted.</p>
<p>Mr Alan Sowden, a resident of Thornsett, put the following question:</p>
<blockquote>
<p>&ldquo;Hollybank Court has looked after my mother twice in the last two years and got her
back on her feet both times. Will the Council guarantee that Hollybank stays open as a
council-run unit, and that people in Thornsett will be properly consulted before anything is
decided?&rdquo;</p>
</blockquote>
<p>Councillor Angela Brierley, Cabinet Member for Adult Social Care and Health, thanked
Mr Sowden for his question and for his kind words about the staff. She replied that the
review had not recommended closing Hollybank Court, and that no decision would be made about
how the unit was run until the Cabinet met in November. If changes were proposed, there would
be a full public consultation, including a drop-in session at Thornsett Community
Centre.</p>
<p>By way of a supplementary question, Mr Sowden asked whether the Cabinet Member would come
to Hollybank Court to meet relatives herself. Councillor Brierley said that she would be
pleased to do so and would arrange a date through Democratic Services.</p>
<p>A second question, from Mrs Janet Farrar, had been withdrawn before the meeting.</p>"""),

    ("21", "Reablement and intermediate care: review of bed-based services", """\
<p>The Committee considered a report of the Director of Adult Social Care setting out the
findings of a review of bed-based intermediate care in Scarrowdale, carried out jointly with
Mereshire and Scarrowdale Integrated Care Board between February and June 2025.</p>
<p>Councillor Angela Brierley, Cabinet Member for Adult Social Care and Health, introduced the
item. She reminded members that Hollybank Court, the Council&rsquo;s 28-bed intermediate care
unit on Thornsett Lane, had been run by the Council since 2009, and said that the review had
been prompted by the number of people who waited in hospital for a bed at the unit to become
free. The review proposed that from April 2026 the unit should operate as a &ldquo;discharge
to assess&rdquo; service with nursing cover from Scarrowdale Hospitals NHS Foundation Trust,
and that the Council&rsquo;s home-based reablement team should grow by around a fifth so that
more people could recover in their own homes.</p>
<p>Gary Lumb, Service Manager, Reablement and Intermediate Care, added that in 2024/25 the
unit had supported 412 people, 71 per cent of whom had returned home. Average occupancy,
however, had been only 78 per cent, largely because people could not be admitted until a
therapist had assessed them on the ward. Since April a trusted assessor from the unit had
been working on the wards two days a week, and this had already shortened the wait for a
bed.</p>
<h3>Discussion</h3>
<p>Councillor Oldroyd queried whether the proposals were the first step towards handing
Hollybank Court to a private operator, as had been rumoured locally. The Cabinet Member was
clear that this was not the intention: the building would stay in council ownership and
staff would remain council employees for at least the first year of the new model. Any
future change to the running of the unit would come back to the Committee before a decision
was taken.</p>
<p>Councillor Iqbal sought assurance that staff at Hollybank Court were being kept informed,
noting that she had heard morale was low. Members were informed that two staff briefings had
been held in June and that the trade unions had been involved from the start of the review.
Formal consultation with staff would begin only if changes to roles or working patterns were
proposed.</p>
<p>Councillor Broadbent commented that families in the east of the borough already struggled
to reach Hollybank Court by bus, and that any move of beds to the hospital site would make
visiting harder still.</p>
<p>Councillor Etherington asked how long people currently waited for reablement at home after
leaving hospital. Councillor Thwaite raised a related point about people who went into a care
home &ldquo;for a few weeks&rdquo; and were still there a year later. Responding to both
points, the Service Manager advised that the median wait for home-based reablement was now
four days, down from nine a year earlier. The new model had been designed to stop short-term
placements drifting into long-term ones: every person in an interim bed would have a review
within 14 days, and a social worker would be based in the hospital discharge hub seven days
a week.</p>
<p>In response to a question from Councillor Sadiq about therapy staff, the Service Manager
said that two occupational therapist posts in the reablement team had been vacant since the
spring; one had now been filled and the other would be advertised again in October.</p>
<p>Mrs Haworth, Healthwatch Scarrowdale, reported that people who had stayed at Hollybank
Court spoke very highly of its staff, and asked how the views of patients and their families
would shape the new service. The Director of Adult Social Care explained that a survey of
everyone discharged from the unit since January was under way, and that Healthwatch would be
invited to help plan the engagement on the final model.</p>
<p>The Vice-Chair questioned the financial case, pointing out that the report assumed a
saving of &pound;640,000 a year from 2026/27. It was explained that the saving came largely
from the NHS meeting the nursing costs through the Better Care Fund rather than from any
reduction in beds, and that the figures would be tested again before the proposals went to
Cabinet.</p>
<div class="decision">
<h3>Decision</h3>
<p>The Committee:</p>
<ol type="a">
  <li>noted the findings of the review of bed-based intermediate care;</li>
  <li>asked that the results of the survey of people discharged from Hollybank Court be
  shared with members before the proposals are considered by Cabinet; and</li>
  <li>requested a further report to its meeting in March 2026 on the effect of the expanded
  reablement service, including waiting times.</li>
</ol>
</div>"""),

    ("22", "Community drug and alcohol treatment service: recommissioning", """\
<p>Dr Femi Adeyemi-Clarke, Director of Public Health, presented the report on the
recommissioning of the borough&rsquo;s community drug and alcohol treatment service. The
current contract with Cobblestone Recovery Partnership, worth &pound;3.9 million a year, would
end on 31 March 2026. Following an options appraisal and market engagement with eleven
organisations, it was proposed to procure a single integrated service under a five-year
contract, with the option of a two-year extension, using the competitive process under the
Provider Selection Regime. The report noted that Scarrowdale had the fourth highest rate of
alcohol-related hospital admissions among comparable metropolitan boroughs.</p>
<p>Kerry Nuttall, Service Director, Cobblestone Recovery Partnership, attended for this item
and described the work of the current service, which had 1,870 people in treatment at the end
of June 2025, a quarter of them for alcohol alone.</p>
<h3>Discussion</h3>
<p>Councillor Sadiq pressed the Director on why the service was to be put out to tender
again rather than brought back in-house, given that the Council already employed the public
health nurses who worked alongside it. The Director of Public Health replied that an in-house
option had been appraised. It would cost an estimated &pound;410,000 more each year, mainly
because of pension and premises costs, and the Council did not at present hold the clinical
governance arrangements needed to prescribe opioid substitute medication safely.</p>
<p>Concern was expressed that drug-related deaths in Scarrowdale had risen for the third year
running. Ms Nuttall acknowledged the rise, which reflected the national picture, and described
the service&rsquo;s naloxone programme: 1,150 kits had been issued in 2024/25, including to
hostel staff and to families.</p>
<p>Councillor Thwaite asked whether people with both a mental health condition and a drug or
alcohol problem were still being turned away by one service because of the other.
Dr Adeyemi-Clarke said that a joint protocol with the mental health trust had been agreed in
May, and the new specification would require a named dual diagnosis worker in each locality
team.</p>
<p>Councillor Mahmood wondered how the new provider would be held to account if performance
slipped, given that completion rates under the current contract had been below the national
average for two years before any action was taken. Rachel Summersgill, Commissioning Manager
(Public Health), advised that the new contract would have quarterly performance reviews, with
a share of the payment linked to successful completions and to people sustaining their
recovery for six months.</p>
<p>Councillor Etherington requested that people with lived experience of recovery should have
a say in choosing the new provider. It was confirmed that two members of the Scarrowdale
Recovery Forum would sit on the evaluation panel and would be paid for their time.</p>
<p>Councillor Broadbent asked whether the young people&rsquo;s substance misuse service
would form part of the new contract. Members were advised that it would remain a separate,
council-run service within the Youth Support Team, because of its close links with schools
and with children&rsquo;s social care, although the two services would share a single
referral route.</p>
<p>Councillor Iqbal observed that community pharmacies in the town centre were doing a great
deal of the work on needle exchange and supervised consumption for very little reward, and
hoped that the new contract would recognise this.</p>
<div class="decision">
<h3>Decision</h3>
<p>The Committee noted the proposed timetable for the procurement and
<strong>recommended</strong> to Cabinet that the award criteria for the new contract give a
weighting of at least 10 per cent to social value, including the employment of people in
recovery.</p>
</div>"""),

    ("23", "Ravensbank Urgent Treatment Centre: proposed overnight closure", """\
<p>The Committee received a presentation from Dr Nadia Karimi, Clinical Director, Mereshire
and Scarrowdale Integrated Care Board, and Mark Tillotson, Associate Director of Operations,
Scarrowdale Hospitals NHS Foundation Trust, on a proposal to close Ravensbank Urgent
Treatment Centre between midnight and 8.00am. On average six patients a night used the centre
during those hours, and most could safely have been seen the following morning or advised by
NHS 111. Patients who needed to be seen overnight would be directed to the emergency
department at Scarrowdale General Hospital, four miles away. A six-week period of public
engagement had begun on 1 September 2025 and would close on 12 October 2025.</p>
<h3>Discussion</h3>
<p>Councillor Broadbent questioned whether six weeks was long enough, and whether the ICB
regarded the change as a substantial variation on which it was required to consult the
Committee formally. Dr Karimi explained that, in the ICB&rsquo;s view, the change was not a
substantial variation because fewer than 2,200 attendances a year would be affected; however,
the ICB would take the Committee&rsquo;s view into account before reaching a decision, and
the engagement period could be extended if members felt it necessary.</p>
<p>Councillor Thwaite drew attention to patients without a car: the last bus from Ravensbank
to the General Hospital left at 10.40pm. Mr Tillotson acknowledged that transport had been the
issue raised most often in the engagement so far. Patients assessed by NHS 111 as needing to
be seen overnight could be offered a taxi at the Trust&rsquo;s expense, a scheme already
operating at the Trust&rsquo;s other site.</p>
<p>Councillor Iqbal asked whether more GP appointments would be made available in the evening
to absorb demand. Dr Karimi said that the three primary care networks in the north of the
borough already offered extended access until 8.00pm on weekdays, and that the ICB was
discussing with them whether Saturday sessions could be added over the winter.</p>
<p>The Chair asked whether staffing difficulties lay behind the proposal. Members were told
that overnight shifts had been filled by agency staff on 61 per cent of nights in the past
year, and that the nurses concerned would be redeployed to the daytime service, where waits
were longest.</p>
<p>Councillor Mahmood asked whether an equality impact assessment had been carried out,
given the high proportion of older residents and of households without a car in Ravensbank
ward. Dr Karimi confirmed that a draft assessment had been published alongside the engagement
documents and would be updated once the engagement closed, taking account of the responses
received.</p>
<p>Mrs Haworth noted that Healthwatch Scarrowdale had received 37 comments about the proposal
so far, most of them opposed to it, and that she would share them with the ICB.</p>
<p>The Committee agreed to submit a formal response to the engagement, and delegated the
wording of the response to the Chair and Vice-Chair, in consultation with Healthwatch
Scarrowdale. Members asked that the ICB report the outcome of the engagement to the
Committee&rsquo;s meeting on 18 November 2025.</p>"""),

    ("24", "Work programme 2025/26", """\
<p>Owen Pritchard-Hale, Democratic Services Officer, presented the Committee&rsquo;s work
programme for the remainder of the 2025/26 municipal year, which had been updated following
the informal planning session held on 29 July 2025.</p>
<p>In discussion, the following suggestions were made:</p>
<ul>
  <li>that the winter plan for the local health and care system be considered in November,
  and that the ambulance service be invited to attend;</li>
  <li>that access to NHS dentistry in the borough be added, following concerns raised with
  ward councillors in Crossgill;</li>
  <li>that the Committee should receive the annual report of the Scarrowdale Safeguarding
  Adults Board, which it had not scrutinised since 2023.</li>
</ul>
<p>The Chair agreed to raise the winter plan with the Cabinet Member and to take up dental
access with the Democratic Services Officer. Members were reminded that the Safeguarding
Adults Board&rsquo;s annual report was already scheduled for January 2026.</p>
<div class="decision">
<h3>Decision</h3>
<p>The work programme for 2025/26 was agreed, subject to the additions discussed at the
meeting.</p>
</div>"""),

    ("25", "Date of next meeting", """\
<p>It was noted that the next meeting of the Committee would be held on Tuesday 18 November
2025 at 6.00pm in Committee Room 2, Scarrowdale Town Hall.</p>
<p>The meeting started at 6.00pm and finished at 8.12pm.</p>"""),
]


def build_minutes(path: Path) -> None:
    url = (f"{SITE}/council-and-democracy/councillors-committees-and-meetings/"
           "health-and-care-overview-and-scrutiny-committee/minutes-16-september-2025")
    toc = ['<li><a href="#attendance">Attendance</a></li>']
    for num, title, _ in ITEMS:
        toc.append(f'<li><a href="#minute-{num}">{title}</a></li>')
    panes = []
    for num, title, body in ITEMS:
        panes.append(f"""\
<div class="localgov-accordion-pane" id="minute-{num}">
  <h2 class="localgov-accordion-pane__heading">
    <button type="button" aria-expanded="true" aria-controls="pane-{num}">{title}</button>
  </h2>
  <div class="localgov-accordion-pane__content" id="pane-{num}">
<p class="minute-ref">Minute {num}</p>
{body}
  </div>
</div>""")
    main = f"""\
<article class="localgov-services-page">
<div class="lgd-page-title-block">
  <h1 class="lgd-page-title-block__title">{COMMITTEE}: minutes, 16 September 2025</h1>
  <p class="lgd-page-title-block__subheader">Last updated: 25 September 2025</p>
</div>
<div class="field--name-body">
<dl class="meeting-details">
  <dt>Date</dt><dd>Tuesday 16 September 2025</dd>
  <dt>Time</dt><dd>6.00pm</dd>
  <dt>Venue</dt><dd>Committee Room 2, Scarrowdale Town Hall, Market Street, Scarrowdale SD1 1TH</dd>
  <dt>Chair</dt><dd>Councillor Maureen Ackroyd-Bell</dd>
  <dt>Status</dt><dd>Draft &ndash; these minutes will be submitted for approval at the next meeting of the Committee</dd>
</dl>
<p><a href="/meetings/webcasts/hcosc-16-september-2025">Watch the recording of this meeting</a>
(opens the council&rsquo;s webcasting site)</p>
<p><a href="/sites/default/files/2025-09/hcosc-agenda-pack-16-september-2025.pdf">Agenda and reports pack (PDF, 3.4 MB)</a></p>
</div>
<nav class="localgov-page-contents" aria-labelledby="on-this-page">
  <h2 id="on-this-page">On this page</h2>
  <ol>
    {chr(10).join('    ' + t for t in toc).strip()}
  </ol>
</nav>
{ATTENDANCE}
<h2 id="minutes">Minutes</h2>
<div class="localgov-accordion" data-localgov-accordion>
  <div class="localgov-accordion__controls">
    <button type="button" class="localgov-accordion__toggle-all" aria-expanded="true">Hide all sections</button>
  </div>
{chr(10).join(panes)}
</div>
<p class="lgd-page-footer-meta">Minutes published by Democratic Services. For queries about
this meeting, contact Owen Pritchard-Hale, Democratic Services Officer,
democratic.services@scarrowdale.gov.uk.</p>
</article>"""
    aside = """\
<aside class="lgd-sidebar" aria-label="Related content">
  <h2>Related content</h2>
  <ul>
    <li><a href="/council-and-democracy/councillors-committees-and-meetings/health-and-care-overview-and-scrutiny-committee">Health and Care Overview and Scrutiny Committee: membership and meetings</a></li>
    <li><a href="/council-and-democracy/scrutiny">How scrutiny works in Scarrowdale</a></li>
    <li><a href="/council-and-democracy/have-your-say-at-a-meeting">Ask a question at a council meeting</a></li>
    <li><a href="/council-and-democracy/forward-plan">Forward plan of key decisions</a></li>
  </ul>
</aside>"""
    trail = [("Home", "/"), ("Council and democracy", "/council-and-democracy"),
             ("Councillors, committees and meetings",
              "/council-and-democracy/councillors-committees-and-meetings"),
             (COMMITTEE, "/council-and-democracy/councillors-committees-and-meetings/"
                         "health-and-care-overview-and-scrutiny-committee"),
             ("Minutes: 16 September 2025", None)]
    html = page(f"{COMMITTEE}: minutes, 16 September 2025", url,
                "path-node page-node-type-localgov-services-page", trail, main, aside)
    path.write_text(html, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# The news release
# ---------------------------------------------------------------------------

NEWS_BODY = """\
<article class="localgov-news-article">
<div class="lgd-page-title-block">
  <h1 class="lgd-page-title-block__title">Reablement team to grow as more people recover at home</h1>
  <p class="localgov-news-article__date">Published: 24 September 2025</p>
</div>
<figure class="localgov-news-article__image">
  <img src="/sites/default/files/2025-09/reablement-worker-visit.jpg" alt="A reablement support worker helps a man practise climbing the stairs at his home" width="800" height="450">
  <figcaption>Reablement support workers help people to regain everyday skills in their own homes.</figcaption>
</figure>
<div class="field--name-body">
<p><strong>Scarrowdale Council is recruiting fourteen new reablement support workers as part of
plans to help more people get back on their feet at home after a spell in hospital or a fall.</strong></p>
<p>The council&rsquo;s reablement service, based at the Greenbank Centre in Crossgill, provides
up to six weeks of short-term support, free of charge, to adults who have lost some of their
independence through illness or injury. Support workers visit people at home, often several
times a day at first, to help them relearn everyday tasks such as washing, dressing, making a
meal and moving safely around the house.</p>
<p>Last year the team worked with 1,340 residents. Seven in ten of those who completed a
period of reablement needed no ongoing care at the end of it, and most of the rest needed a
smaller package of care than they had been expected to need when they left hospital.</p>
<p>The expansion will allow the service to take on around 300 more people a year and to start
support more quickly. The median wait for reablement to begin after a hospital discharge has
fallen from nine days to four over the past year, and the council&rsquo;s aim is to bring it
down to two.</p>
<h2>&ldquo;Home is where people recover best&rdquo;</h2>
<p>Councillor Angela Brierley, Cabinet Member for Adult Social Care and Health, said:</p>
<blockquote>
<p>&ldquo;Almost everybody tells us the same thing: they want to recover in their own home,
with their own things around them and their family nearby. Our reablement team does
remarkable work, and growing it means more people in Scarrowdale will get that chance, and
fewer will spend longer in hospital than they need to.</p>
<p>&ldquo;This is skilled, rewarding work and we want people from every part of the borough to
consider it. You do not need previous experience in care, just patience, kindness and a
willingness to learn. We will provide the training.&rdquo;</p>
</blockquote>
<h2>What does reablement involve?</h2>
<p>Each person has a plan agreed with them at the start, setting out the goals that matter to
them. For one person that might be getting to the local shop again; for another, it might be
managing the stairs so they can sleep in their own bed. Occupational therapists and
physiotherapists work alongside the support workers, and equipment such as grab rails, perching
stools and key safes can be fitted quickly where it will help.</p>
<p>Doreen, 84, from Crossgill, was referred to the service after a fall at home in the spring.
She said: &ldquo;When I came out of hospital I couldn&rsquo;t make myself a cup of tea. The
girls came every morning and evening and by the end of the fifth week I was doing my own
shopping. I can&rsquo;t thank them enough.&rdquo;</p>
<p>Gary Lumb, Service Manager for Reablement and Intermediate Care, said: &ldquo;Reablement is
about doing things with people, not for them. It can feel slower at first, but the results
last. We regularly see people who expected to need care for the rest of their lives manage on
their own within a few weeks.&rdquo;</p>
<h2>About the roles</h2>
<ul>
  <li>Fourteen permanent posts, full-time and part-time, based in teams covering the north,
  south and east of the borough.</li>
  <li>Salary &pound;24,796 to &pound;26,403 a year (pro rata for part-time posts), with
  additional payments for evening and weekend work.</li>
  <li>Paid travel time between visits, a mileage allowance and access to the council&rsquo;s
  lease car scheme.</li>
  <li>A two-week induction, followed by a funded Level 2 or Level 3 diploma in adult care.</li>
  <li>Membership of the Local Government Pension Scheme and 26 days&rsquo; annual leave, rising
  with service.</li>
</ul>
<p>A full driving licence and access to a vehicle are needed for most posts. The council is
holding two drop-in recruitment sessions at the Greenbank Centre, on Thursday 2 October from
2pm to 7pm and on Saturday 11 October from 10am to 1pm, where people can meet the team and
find out more.</p>
<h2>How to apply</h2>
<p>Full job descriptions and the online application form are on the council&rsquo;s jobs
website. The closing date for applications is Sunday 19 October 2025.</p>
<p>Anyone who thinks they, or a relative, could benefit from reablement can contact the
council&rsquo;s adult social care front door on 01987 600 700. Hospital patients are usually
referred by the ward team before they go home.</p>
<h2>Notes to editors</h2>
<ol>
  <li>The reablement service is provided directly by Scarrowdale Council and is jointly
  funded with Mereshire and Scarrowdale Integrated Care Board through the Better Care
  Fund.</li>
  <li>A review of bed-based intermediate care in the borough, including Hollybank Court in
  Thornsett, was discussed by the council&rsquo;s Health and Care Overview and Scrutiny
  Committee on 16 September 2025. The expansion of the reablement team is separate from that
  review. Proposals arising from the review are expected to be published in November
  2025.</li>
  <li>Photographs of the reablement team are available from the press office.</li>
</ol>
<p class="localgov-news-article__contact">Media enquiries: Scarrowdale Council press office,
01987 600 655, press.office@scarrowdale.gov.uk</p>
</div>
</article>"""

NEWS_ASIDE = """\
<aside class="lgd-sidebar" aria-label="Related news">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/carers-week-2025-events">Carers Week events across the borough</a> &ndash; 2 June 2025</li>
    <li><a href="/news/new-falls-prevention-classes">New strength and balance classes to help prevent falls</a> &ndash; 14 August 2025</li>
    <li><a href="/news/adult-social-care-front-door-new-number">New phone number for adult social care</a> &ndash; 9 September 2025</li>
  </ul>
  <h2>Newsroom</h2>
  <ul>
    <li><a href="/news">All news</a></li>
    <li><a href="/news/media-enquiries">Media enquiries</a></li>
    <li><a href="/news/email-updates">Sign up for email updates</a></li>
  </ul>
</aside>"""


def build_news(path: Path) -> None:
    url = f"{SITE}/news/reablement-team-to-grow-more-people-recover-home"
    trail = [("Home", "/"), ("News", "/news"),
             ("Reablement team to grow as more people recover at home", None)]
    html = page("Reablement team to grow as more people recover at home", url,
                "path-node page-node-type-localgov-news-article", trail, NEWS_BODY, NEWS_ASIDE)
    path.write_text(html, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Gold annotations
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


CMASC = "Cabinet Member for Adult Social Care and Health"
DASC = "Director of Adult Social Care"
DPH = "Director of Public Health"
SM = "Service Manager, Reablement and Intermediate Care"
DSO = "Democratic Services Officer"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-09-16",
    "items": [{"number": num, "title": title} for num, title, _ in ITEMS],
    "questions": [
        # 19 minutes, matters arising
        q("19", "question",
          "asked whether the figures on delayed hospital discharges that had been promised",
          "Councillor Thwaite",
          "they had been sent to all members of the Committee by email",
          DSO, ["adult-social-care"]),
        # 20 public questions
        q("20", "question",
          "Will the Council guarantee that Hollybank stays open as a council-run unit",
          "Mr Alan Sowden",
          "review had not recommended closing Hollybank Court, and that no decision",
          "Councillor Angela Brierley",
          ["privatisation", "patient-and-public-input", "adult-social-care"]),
        q("20", "question",
          "asked whether the Cabinet Member would come to Hollybank Court to meet relatives",
          "Mr Sowden",
          "she would be pleased to do so and would arrange a date",
          "Councillor Brierley", ["patient-and-public-input"]),
        # 21 intermediate care
        q("21", "question",
          "queried whether the proposals were the first step towards handing Hollybank Court",
          "Councillor Oldroyd",
          "the building would stay in council ownership and staff would remain council employees",
          "Cabinet Member", ["privatisation", "subcontracting", "adult-social-care"]),
        q("21", "question",
          "sought assurance that staff at Hollybank Court were being kept informed",
          "Councillor Iqbal",
          "two staff briefings had been held in June and that the trade unions",
          None, ["workforce"]),
        q("21", "comment",
          "families in the east of the borough already struggled to reach Hollybank Court",
          "Councillor Broadbent", None, None, ["adult-social-care"]),
        q("21", "question",
          "asked how long people currently waited for reablement at home after leaving hospital",
          "Councillor Etherington",
          "the median wait for home-based reablement was now four days",
          "Service Manager", ["adult-social-care"]),
        q("21", "concern",
          "raised a related point about people who went into a care home",
          "Councillor Thwaite",
          "every person in an interim bed would have a review within 14 days",
          "Service Manager", ["adult-social-care"]),
        q("21", "question",
          "In response to a question from Councillor Sadiq about therapy staff",
          "Councillor Sadiq",
          "two occupational therapist posts in the reablement team had been vacant",
          "Service Manager", ["workforce"]),
        q("21", "question",
          "asked how the views of patients and their families would shape the new service",
          "Mrs Haworth",
          "a survey of everyone discharged from the unit since January was under way",
          DASC, ["patient-and-public-input", "adult-social-care"]),
        q("21", "question",
          "questioned the financial case, pointing out that the report assumed a saving",
          "Vice-Chair",
          "the saving came largely from the NHS meeting the nursing costs",
          None, ["finance", "integration"]),
        # 22 drug and alcohol service
        q("22", "question",
          "pressed the Director on why the service was to be put out to tender",
          "Councillor Sadiq",
          "would cost an estimated £410,000 more each year, mainly because of pension",
          DPH, ["privatisation", "subcontracting", "finance", "public-health"]),
        q("22", "concern",
          "drug-related deaths in Scarrowdale had risen for the third year running",
          None,
          "1,150 kits had been issued in 2024/25, including to hostel staff",
          "Ms Nuttall", ["public-health"]),
        q("22", "question",
          "still being turned away by one service because of the other",
          "Councillor Thwaite",
          "a joint protocol with the mental health trust had been agreed in May",
          "Dr Adeyemi-Clarke", ["mental-health", "public-health"]),
        q("22", "question",
          "wondered how the new provider would be held to account if performance slipped",
          "Councillor Mahmood",
          "quarterly performance reviews, with a share of the payment linked to successful completions",
          "Rachel Summersgill", ["subcontracting", "governance", "public-health"]),
        q("22", "request",
          "requested that people with lived experience of recovery should have a say",
          "Councillor Etherington",
          "two members of the Scarrowdale Recovery Forum would sit on the evaluation panel",
          None, ["patient-and-public-input", "subcontracting"]),
        q("22", "question",
          "asked whether the young people's substance misuse service would form part",
          "Councillor Broadbent",
          "it would remain a separate, council-run service within the Youth Support Team",
          None, ["children-and-families", "public-health"]),
        q("22", "comment",
          "observed that community pharmacies in the town centre were doing a great deal",
          "Councillor Iqbal", None, None, ["primary-care", "public-health"]),
        # 23 urgent treatment centre
        q("23", "question",
          "questioned whether six weeks was long enough, and whether the ICB regarded",
          "Councillor Broadbent",
          "fewer than 2,200 attendances a year would be affected",
          "Dr Karimi", ["patient-and-public-input", "governance"]),
        q("23", "concern",
          "drew attention to patients without a car: the last bus from Ravensbank",
          "Councillor Thwaite",
          "could be offered a taxi at the Trust's expense",
          "Mr Tillotson", []),
        q("23", "question",
          "asked whether more GP appointments would be made available in the evening",
          "Councillor Iqbal",
          "already offered extended access until 8.00pm on weekdays",
          "Dr Karimi", ["primary-care"]),
        q("23", "question",
          "asked whether staffing difficulties lay behind the proposal",
          "Chair",
          "overnight shifts had been filled by agency staff on 61 per cent",
          None, ["workforce"]),
        q("23", "question",
          "asked whether an equality impact assessment had been carried out",
          "Councillor Mahmood",
          "a draft assessment had been published alongside the engagement documents",
          "Dr Karimi", []),
        q("23", "comment",
          "Healthwatch Scarrowdale had received 37 comments about the proposal so far",
          "Mrs Haworth", None, None, ["patient-and-public-input"]),
        # 24 work programme
        q("24", "request",
          "the winter plan for the local health and care system be considered",
          None,
          "agreed to raise the winter plan with the Cabinet Member",
          "Chair", []),
        q("24", "request",
          "access to NHS dentistry in the borough be added, following concerns",
          None,
          "to take up dental access with the Democratic Services Officer",
          "Chair", ["primary-care"]),
        q("24", "request",
          "receive the annual report of the Scarrowdale Safeguarding Adults Board",
          None,
          "annual report was already scheduled for January 2026",
          None, ["adult-social-care"]),
    ],
    "resolutions": [
        res("19", "minutes of the meeting held on 15 July 2025 were approved",
            "agreed", []),
        res("21", "noted the findings of the review of bed-based intermediate care",
            "agreed", ["adult-social-care"]),
        res("22", "give a weighting of at least 10 per cent to social value",
            "recommended", ["subcontracting"]),
        res("23", "delegated the wording of the response to the Chair and Vice-Chair",
            "agreed", ["patient-and-public-input"]),
        res("24", "The work programme for 2025/26 was agreed, subject to the additions",
            "agreed", []),
        res("25", "the next meeting of the Committee would be held on Tuesday",
            "noted", []),
    ],
    "attendees": [
        att("Councillor Maureen Ackroyd-Bell", "Chair", "present"),
        att("Councillor Tariq Mahmood", "Vice-Chair", "present"),
        att("Councillor Glenys Broadbent", None, "present"),
        att("Councillor Callum Etherington", None, "present"),
        att("Councillor Rukhsana Iqbal", None, "present"),
        att("Councillor Peter Oldroyd", None, "present"),
        att("Councillor Imran Sadiq", None, "present"),
        att("Councillor Sian Thwaite", None, "present"),
        att("Mrs Brenda Haworth", "Healthwatch Scarrowdale", "present"),
        att("Councillor Keith Barraclough", None, "apologies"),
        att("Councillor Joanne Pilling", None, "apologies"),
        att("Councillor Darren Whitworth", None, "absent"),
        att("Councillor Angela Brierley", CMASC, "in_attendance"),
        att("Alison Varley", DASC, "in_attendance"),
        att("Dr Femi Adeyemi-Clarke", DPH, "in_attendance"),
        att("Gary Lumb", SM, "in_attendance"),
        att("Rachel Summersgill", "Commissioning Manager (Public Health)", "in_attendance"),
        att("Owen Pritchard-Hale", DSO, "in_attendance"),
        att("Dr Nadia Karimi",
            "Clinical Director, Mereshire and Scarrowdale Integrated Care Board",
            "in_attendance"),
        att("Mark Tillotson",
            "Associate Director of Operations, Scarrowdale Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Kerry Nuttall", "Service Director, Cobblestone Recovery Partnership",
            "in_attendance"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_news(DOCS / NEWS_NAME)
    for gold in (MINUTES_GOLD, NEWS_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8",
            newline="\n")


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
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["style", "script"]):
            tag.decompose()
        return soup.get_text(" ")
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
    for gold_path in sorted(GOLD.glob("qx-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
