#!/usr/bin/env python3
"""Build the "hp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hp.py           build documents/hp-* and gold/hp-*.json
        build_hp.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "hp-holmewater-ca-overview-scrutiny-2025-03-12.html"
MQT_FILE = "hp-holmewater-ca-mayors-question-time-ashcroft-2025-03-26.html"

SITE = "https://democracy.holmewater-ca.gov.uk"


# ---------------------------------------------------------------------------
# shared ModernGov site chrome (as saved by Chrome, "Webpage, Complete")
# ---------------------------------------------------------------------------
def head(url, title, files):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(url):04d}){url} -->
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="generator" content="modern.gov">
<link rel="stylesheet" type="text/css" href="./{files}/jquery-ui.css">
<link rel="stylesheet" type="text/css" href="./{files}/mgWebsiteStyles.css">
<link rel="stylesheet" type="text/css" href="./{files}/hca-theme.css">
<link rel="stylesheet" type="text/css" media="print" href="./{files}/mgPrint.css">
<link rel="icon" href="{SITE}/SiteSpecific/favicon.ico">
<script type="text/javascript" src="./{files}/jquery.min.js.download"></script>
<script type="text/javascript" src="./{files}/jquery-ui.min.js.download"></script>
<script type="text/javascript" src="./{files}/mgModules.js.download"></script>
<script type="text/javascript">
  if (typeof mgInit === "function") {{ mgInit({{ site: "hca", expand: true }}); }}
</script>
<script async="" src="./{files}/gtag.js.download"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-7HQ2KX1WZ4', {{ 'anonymize_ip': true }});
</script>
</head>
<body class="mgBody">
<div id="cookieBanner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We would also like to set
  analytics cookies to help us understand how you use the site.</p>
  <p><button type="button" class="btn accept">Accept analytics cookies</button>
  <button type="button" class="btn reject">Reject analytics cookies</button>
  <a href="{SITE}/mgGeneric.aspx?md=cookies">View cookies</a></p>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__logo" href="https://www.holmewater-ca.gov.uk/"><img src="./{files}/hca-logo-white.svg" alt="Holmewater Combined Authority home page" width="212" height="48"></a>
    <form class="site-search" action="{SITE}/mgSearchDocuments.aspx" method="get">
      <label for="q" class="visually-hidden">Search this site</label>
      <input type="search" id="q" name="q" placeholder="Search documents">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li><a href="{SITE}/mgGeneric.aspx?md=home">Home</a></li>
      <li><a href="{SITE}/ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a></li>
      <li><a href="{SITE}/mgListCommittees.aspx?bcr=1">Committees</a></li>
      <li><a href="{SITE}/mgMemberIndex.aspx?bcr=1">Members</a></li>
      <li><a href="{SITE}/mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
      <li><a href="{SITE}/mgListPlans.aspx?RPId=118&amp;RD=0&amp;bcr=1">Register of Key Decisions</a></li>
      <li><a href="{SITE}/mgGeneric.aspx?md=mqt">Mayor's Question Time</a></li>
      <li><a href="{SITE}/mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
    </ul>
  </nav>
</header>
"""


def foot(files):
    return f"""
<footer class="site-footer">
  <div class="site-footer__inner">
    <div class="site-footer__col">
      <h2 class="site-footer__title">Holmewater Combined Authority</h2>
      <p>Churchgate House<br>4 Fennel Street<br>Holmewater<br>HW1 2QT</p>
      <p>Telephone: 0161 555 0190<br>Email: <a href="mailto:democratic.services@holmewater-ca.gov.uk">democratic.services@holmewater-ca.gov.uk</a></p>
    </div>
    <div class="site-footer__col">
      <ul>
        <li><a href="https://www.holmewater-ca.gov.uk/accessibility/">Accessibility</a></li>
        <li><a href="https://www.holmewater-ca.gov.uk/privacy/">Privacy notice</a></li>
        <li><a href="{SITE}/mgGeneric.aspx?md=cookies">Cookies</a></li>
        <li><a href="{SITE}/mgRss.aspx">RSS feeds</a></li>
        <li><a href="https://www.holmewater-ca.gov.uk/contact/">Contact us</a></li>
      </ul>
    </div>
    <p class="site-footer__legal">&copy; Holmewater Combined Authority. Ashcroft, Dunstall, Ellerby, Holmewater, Kirkhope and Salterby working together.</p>
    <p class="site-footer__moderngov">Powered by <a href="https://www.moderngov.co.uk/">modern.gov</a></p>
  </div>
</footer>
<script type="text/javascript" src="./{files}/hca-cookies.js.download"></script>
</body></html>
"""


# ---------------------------------------------------------------------------
# 1. the minutes: ModernGov ieListDocuments page with minutes against each item
# ---------------------------------------------------------------------------
MIN_URL = f"{SITE}/ieListDocuments.aspx?CId=412&MId=5631&Ver=4"
MIN_TITLE = ("Agenda for Overview and Scrutiny Committee on Wednesday, 12th March, 2025, "
             "10.00 am - Holmewater Combined Authority")
MIN_FILES = ("Agenda for Overview and Scrutiny Committee on Wednesday, 12th March, 2025, "
             "10.00 am - Holmewater Combined Authority_files")


def doc_link(mid, label, size):
    return (f'<li><a href="{SITE}/documents/s{mid}/{label.replace(" ", "%20")}.pdf" '
            f'class="mgIcon pdf" title="Link to download document">{label} '
            f'<span class="mgFileSize">PDF {size} KB</span></a></li>')


def ai_id(number):
    """ModernGov agenda-item id, derived from the minute number (58/24 -> 24158)."""
    n, year = re.search(r"(\d+)/(\d+)", number).groups()
    return f"{year}1{n}"


def item(number, title, minutes_html, docs=(), background=True):
    links = ""
    if docs:
        links = ('<ul class="mgActionList">' + "".join(doc_link(*d) for d in docs) + "</ul>")
    bg = ""
    if background:
        bg = (f'<p class="mgAiBackground"><a href="{SITE}/mgAi.aspx?ID={ai_id(number)}">'
              f'View the background to item {number}</a></p>')
    return f"""
<tr class="mgItemRow">
  <td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}</p></td>
  <td class="mgItemCell">
    <p class="mgAiTitleTxt"><a href="{SITE}/mgAi.aspx?ID={ai_id(number)}">{title}</a></p>
    {links}
    {bg}
    <div class="mgWordPara">
      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
{minutes_html}
    </div>
    <p class="mgBackToTop"><a href="#mgMainContent">Back to top</a></p>
  </td>
</tr>"""


RES = '<p class="MsoNormal"><b><span style="font-family:Arial,sans-serif">RESOLVED/-</span></b></p>'


def p(text):
    return f'<p class="MsoNormal"><span style="font-family:Arial,sans-serif;font-size:12.0pt">{text}</span></p>'


def typed(n, text):
    """A numbered clause pasted from Word: typed number, tab rendered as spaces."""
    return (f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-36.0pt">'
            f'<span style="font-family:Arial,sans-serif">{n}.<span style="font:7.0pt \'Times New Roman\'">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
            f'<span style="font-family:Arial,sans-serif">{text}</span></p>')


def bullet(text):
    return (f'<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt">'
            f'<span style="font-family:Symbol">&middot;<span style="font:7.0pt \'Times New Roman\'">'
            f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
            f'<span style="font-family:Arial,sans-serif">{text}</span></p>')


ITEMS = []

ITEMS.append(item("O&amp;SC 58/24", "Welcome and Apologies", "\n".join([
    p("The Chair welcomed Members, officers and partners to the meeting, and reminded those "
      "present that the meeting was being webcast."),
    p("Apologies for absence were received from Councillor Sarah Lomax (Dunstall) and Councillor "
      "Derek Haworth (Holmewater). Councillor Imran Qadir attended as a substitute for Councillor "
      "Lomax."),
    RES,
    p("That the apologies be received and noted."),
]), background=False))

ITEMS.append(item("O&amp;SC 59/24", "Chair's Announcements and Urgent Business", "\n".join([
    p("The Chair informed Members that this would be the last meeting supported by Daniel Okafor, "
      "Governance and Scrutiny Officer, who was leaving the Authority to take up a post with "
      "Kirkhope Council, and thanked him on behalf of the Committee for his work over the past "
      "three years."),
    p("The Chair reminded Members that the next Mayor's Question Time would be held at Ashcroft "
      "Town Hall on Wednesday 26 March 2025, and that residents could submit questions in advance "
      "through the Authority's website."),
    p("There was no urgent business."),
]), background=False))

ITEMS.append(item("O&amp;SC 60/24", "Declarations of Interest", "\n".join([
    p("Councillor Fiona Delaney declared a personal interest in item O&amp;SC 63/24, Homes First, "
      "as a trustee of Ellerby Nightstop, which received grant funding through the programme."),
    p("Councillor Colin Ashurst declared a personal interest in item O&amp;SC 64/24, Holmewater "
      "Working Well, as a close family member was employed by Brightstep Employment."),
    RES,
    p("That the declarations of interest made by Councillors Delaney and Ashurst be noted."),
]), docs=[("8841", "Declaration of interest form", "44")], background=False))

ITEMS.append(item("O&amp;SC 61/24", "Minutes of the Meeting held on 12 February 2025", "\n".join([
    RES,
    p("That the minutes of the meeting held on 12 February 2025 be approved as a correct record."),
    p("<u>Matters arising</u>"),
    p("Councillor Graham Tolley asked whether the breakdown of Link Network patronage by district, "
      "which had been requested at the last meeting (minute O&amp;SC 53/24 refers), had been "
      "circulated. The Statutory Scrutiny Officer advised that the figures had been received from "
      "Holmewater Transport that morning and would be circulated to Members with the draft "
      "minutes of this meeting."),
]), docs=[("8842", "Minutes 12 February 2025", "231")]))

ITEMS.append(item("O&amp;SC 62/24",
                  "Link Network: Bus Franchising Performance Update (Six Month Review)", "\n".join([
    p("The Mayor of Holmewater, Helen Garside, introduced the report, which set out the "
      "performance of the Link Network in the six months since the final tranche of bus "
      "franchising went live on 29 September 2024, bringing every bus service in the city region "
      "under local control for the first time since deregulation in 1986. The Mayor reported "
      "that patronage had risen by 9% compared with the same period in 2023/24, that the &pound;2 "
      "single fare had been extended to December 2025, and that the proportion of franchised "
      "buses departing on time had improved from 68% to 77%. Stephen Marsland, Managing Director, "
      "Holmewater Transport (HT), and Gemma Lister, Director of Bus, HT, presented the detail of "
      "the report, including the results of the autumn customer satisfaction survey and the "
      "financial position of the franchising scheme."),
    p("<i>(Councillor Brierley joined the meeting during the presentation of this item.)</i>"),
    p("Councillor Rahman welcomed the improvement in punctuality but raised concerns that evening "
      "and Sunday services on the outer parts of the network had still not been restored, leaving "
      "residents who worked shifts at Holmewater Royal Infirmary or in the night-time economy "
      "without a way of getting home. She asked when the network review would address this. The "
      "Managing Director, HT, acknowledged that gaps remained in the evening network and advised "
      "that proposals for the network review would go out to public consultation in June 2025, "
      "with changes introduced from January 2026 where funding could be identified."),
    p("In response to a question from Councillor Hindley about driver vacancies, the Director of "
      "Bus explained that the franchised operators had reported 64 vacancies for drivers across "
      "the network in February 2025, compared with more than 200 in early 2023, and that staff "
      "shortages now accounted for less than a fifth of lost mileage, the main causes being "
      "roadworks and congestion. Operators had been running joint recruitment events with the "
      "Authority's Skills Bootcamps, and 38 new drivers had completed their training through the "
      "scheme since October."),
    p("A Member commented that franchising had been promoted to residents as bringing the buses "
      "back into public ownership, yet the same private operators were still running the services "
      "and making a profit from them. The Mayor responded that the Authority now set the routes, "
      "timetables and fares and retained all fare income, with operators paid a fee to run "
      "services under contracts that could be terminated for poor performance. This was public "
      "control of the network, and whether some services could in future be run by a publicly "
      "owned operator would be considered when the first contracts came up for renewal in 2029."),
    p("Councillor Nuttall requested that future performance reports include reliability figures "
      "for each district and each operator, as the network-wide averages masked poor performance "
      "on several routes in Ashcroft, including the 411 and 417. The Director of Bus agreed that "
      "this information would be included in future reports."),
    p("Members sought assurance about the financial sustainability of the franchising scheme, "
      "noting that the report forecast a shortfall of &pound;14.2m on the bus budget in 2025/26. "
      "The Treasurer explained that the shortfall would be met from the Bus Service Improvement "
      "Plan grant and from reserves built up from the mayoral precept, but that a longer-term "
      "settlement from Government was needed and would be pursued through the Integrated "
      "Settlement from 2026/27. The Treasurer added that the position would be reported to the "
      "Committee as part of the regular budget monitoring reports."),
    p("Councillor Delaney asked how the views of passengers were being gathered, noting that the "
      "response rate to the customer satisfaction survey among older and disabled passengers had "
      "been low. It was confirmed that a Link Passenger Panel of around 400 residents had been "
      "recruited, with places reserved for disabled people and young people, and that HT was "
      "working with the Holmewater Disability Forum on an accessibility audit of bus stops and "
      "interchanges."),
    p("Councillor Ashurst drew attention to the closure of Salterby bus station for refurbishment "
      "and the effect that the temporary stops on Market Street were having on traders and on "
      "passengers with limited mobility, and asked that the Committee be kept informed of "
      "progress."),
    RES,
    typed(1, "That the report be noted."),
    typed(2, "That a further report on the outcome of the network review consultation, "
             "including reliability data for each district and operator, be submitted to the "
             "Committee in September 2025."),
]), docs=[("8843", "Link Network Performance Update - report", "612"),
          ("8844", "Appendix 1 - Link Network performance dashboard", "1,204"),
          ("8845", "Presentation - Link Network six month review", "2,310")]))

ITEMS.append(item("O&amp;SC 63/24",
                  "Homes First: Rough Sleeping and Homelessness Prevention Programme 2025/26", "\n".join([
    p("Councillor Andrea Kenyon, Portfolio Lead for Housing and Homelessness, introduced the "
      "report, which provided an update on Homes First, the city region's response to rough "
      "sleeping, which combined an emergency bed offer in each of the six districts with Housing "
      "First tenancies for people with the most complex needs. Ruth Ellison, Head of "
      "Homelessness and Housing, HCA, reported that 1,148 people had been accommodated through "
      "the emergency offer in 2024/25, of whom 46% had moved on to settled accommodation, and "
      "that 312 Housing First tenancies were being sustained. Funding for 2025/26 totalled "
      "&pound;9.6m, drawn from the constituent councils, the Mayor's Charity, NHS Holmewater "
      "Integrated Care Board and government grant, although the Rough Sleeping Initiative grant "
      "had been confirmed for one year only."),
    p("Councillor Delaney, having declared a personal interest in this item, took no part in the "
      "discussion."),
    p("Members raised the following points in discussion:"),
    bullet("Concern was expressed about the increasing use of bed and breakfast accommodation "
           "for families with children in Holmewater and Dunstall, with some families staying "
           "well beyond the six week legal limit. Officers explained that temporary accommodation "
           "remained the responsibility of each district council, but that the Authority was "
           "leading a joint procurement of self-contained temporary accommodation on behalf of "
           "four of the districts, which was expected to reduce the reliance on bed and "
           "breakfast by the end of 2025."),
    bullet("A Member asked what support was available for rough sleepers with mental health "
           "needs or drug and alcohol problems, many of whom were refusing the emergency offer. "
           "Dr Anil Varma, Director of Population Health, NHS Holmewater Integrated Care Board, "
           "said that the ICB funded a team of mental health nurses working in the four largest "
           "sites, and had commissioned a drug and alcohol service to work alongside them; a "
           "specialist outreach team would also start in Kirkhope and Salterby in May 2025."),
    bullet("Councillor Akhtar asked whether people placed in emergency accommodation were being "
           "registered with a GP, as she was aware of residents who had been turned away by "
           "practices because they had no proof of address. Dr Varma confirmed that no proof of "
           "address was needed to register with a GP practice, and undertook to remind practices "
           "of this through the primary care team; Safe Surgeries training had been offered to "
           "every practice in the city region."),
    bullet("Members paid tribute to the staff and volunteers at the emergency accommodation "
           "sites, many of whom were employed by small charities on short-term contracts."),
    bullet("Concerns were expressed that funding for the programme had again been confirmed for "
           "one year only, which made it difficult for providers to retain staff and plan "
           "services. Councillor Kenyon shared these concerns and advised that homelessness was "
           "one of the functional pillars of the Integrated Settlement, which from April 2026 "
           "would give the Authority a multi-year budget that it could allocate according to "
           "local priorities."),
    bullet("A Member requested figures showing how many people had moved on from the programme "
           "into settled accommodation in each district, and how many had returned to rough "
           "sleeping within six months. Ruth Ellison agreed to circulate this information to "
           "Members."),
    RES,
    typed(1, "That the report be noted."),
    typed(2, "That the Committee's support for a multi-year funding settlement for the Homes "
             "First programme be conveyed to the Mayor and the Portfolio Lead for Housing and "
             "Homelessness."),
]), docs=[("8846", "Homes First update - report", "498"),
          ("8847", "Appendix A - Homes First outcomes by district", "187")]))

ITEMS.append(item("O&amp;SC 64/24", "Holmewater Working Well: Work and Health Programme Update", "\n".join([
    p("Councillor Rashid Mahmood, Portfolio Lead for Work and Skills, introduced the report, which "
      "updated the Committee on Holmewater Working Well, the Authority's work and health "
      "programme for residents who were out of work because of a health condition or disability. "
      "Michael Greenhalgh, Director of Work and Skills, HCA, explained that the programme was "
      "delivered by two prime providers, Brightstep Employment and Calder Works, under contracts "
      "let by the Authority in 2023, and that 6,420 residents had started on the programme, of "
      "whom 1,710 had moved into work. Sue Walmsley, Chief Executive, Brightstep Employment, "
      "described the provider's approach, including the use of employment advisers based in GP "
      "practices and in NHS Talking Therapies services."),
    p("Councillor Ashurst, having declared a personal interest in this item, left the room and "
      "took no part in the discussion."),
    p("In response to questions from Councillor Qadir about the proportion of participants "
      "referred by health services, the Director of Work and Skills reported that 38% of "
      "referrals now came from GPs, Talking Therapies and community mental health teams, "
      "compared with 21% in the first year, and that the Authority was working with the ICB to "
      "place employment advisers in a further 20 GP practices during 2025/26. Councillor Qadir "
      "further asked whether participants with musculoskeletal conditions could get faster "
      "access to physiotherapy through the programme, and was informed that a pilot with "
      "Kirkhope and Ellerby Community Services had reduced waits for physiotherapy from eleven "
      "weeks to three for programme participants and would be evaluated in the autumn. "
      "Councillor Tolley questioned the reliance on prime providers and asked how much of the "
      "contract value was passed on to small voluntary and community organisations. Sue Walmsley "
      "explained that Brightstep subcontracted specialist support to eleven local partners, "
      "which received around a quarter of the contract value, and that payments to partners "
      "were not dependent on job outcomes."),
    p("Concerns were expressed about the number of young people aged 16 to 24 who were not in "
      "education, employment or training because of poor mental health, which Members felt the "
      "programme had not been designed to reach. The Portfolio Lead for Work and Skills agreed "
      "that this was a growing problem and reported that the Authority had secured funding from "
      "the Youth Guarantee trailblazer to pilot a young people's version of the programme in "
      "Dunstall and Holmewater from September 2025."),
    p("Councillor Whitworth commented that the programme was not well known among residents or "
      "employers in Salterby and suggested that it be promoted through the district's Jobcentre "
      "Plus offices, libraries and community hubs."),
    p("The Committee noted the update and thanked Sue Walmsley for attending the meeting."),
]), docs=[("8848", "Holmewater Working Well update - report", "377")]))

ITEMS.append(item("O&amp;SC 65/24", "Trailblazer Integrated Settlement: Outcomes Framework 2025/26", "\n".join([
    p("Janet Crossley, Treasurer, HCA, introduced the report, which set out the draft Outcomes "
      "Framework agreed in principle with Government for the Integrated Settlement. From April "
      "2026 the Authority would receive a single multi-year funding settlement covering local "
      "growth and place, transport, housing and regeneration, adult skills, employment support "
      "and net zero, in place of more than twenty separate grants. In return the Authority would "
      "be held to account against a set of outcomes and indicators agreed with Government, and "
      "would publish an annual report on progress."),
    p("A Member sought clarification on how the Committee would be able to scrutinise the "
      "allocation of funding within the single settlement, given that decisions would no longer "
      "be tied to individual grant conditions. The Treasurer explained that allocations between "
      "the functional pillars would be agreed by the Combined Authority as part of the annual "
      "budget, which the Committee would scrutinise in the usual way, and that the Committee "
      "would also have a formal role in the mid-year review of the Outcomes Framework."),
    p("Councillor Akhtar asked what would happen if the Authority did not meet the agreed "
      "outcomes, and whether the Government could reduce the settlement as a result. In "
      "response, it was explained that the framework was intended to support continuous "
      "improvement rather than to penalise the Authority, but that persistent underperformance "
      "could lead to the Government attaching more detailed conditions at the next spending "
      "review."),
    p("Councillor Sowerby commented that the outcomes were almost all about economic growth and "
      "that there were no indicators on health inequalities or life expectancy, which were among "
      "the most significant challenges facing the city region. The Treasurer acknowledged the "
      "point and advised that the Holmewater Strategy performance dashboard, which included "
      "health indicators, would continue to be reported to the Combined Authority alongside the "
      "framework."),
    RES,
    typed(1, "That the report be noted."),
    typed(2, "That it be recommended to the Combined Authority that the annual progress report "
             "on the Integrated Settlement be published alongside the Authority's budget papers "
             "each year."),
]), docs=[("8849", "Integrated Settlement Outcomes Framework - report", "455"),
          ("8850", "Appendix 1 - Draft Outcomes Framework", "702")]))

ITEMS.append(item("O&amp;SC 66/24", "Overview and Scrutiny Work Programme and Register of Key Decisions", "\n".join([
    p("Caroline Boothroyd, Statutory Scrutiny Officer, presented the Committee's work programme "
      "for the remainder of the 2024/25 municipal year, together with the Register of Key "
      "Decisions published on 28 February 2025. Members were reminded that topics for the "
      "2025/26 work programme would be agreed at the first meeting of the new municipal year in "
      "June, and were invited to suggest items."),
    p("Councillor Whitworth requested that an item on the accessibility of Link Network services "
      "for disabled passengers be included in the work programme for 2025/26, in the light of the "
      "accessibility audit referred to under minute O&amp;SC 62/24. The Statutory Scrutiny "
      "Officer suggested that the item be scheduled for the October 2025 meeting, once the audit "
      "had reported."),
    p("Councillor Brierley asked whether the Committee would have an opportunity to consider the "
      "Mayor's draft Housing Strategy before it was adopted by the Combined Authority in July."),
    RES,
    typed(1, "That the work programme be noted."),
    typed(2, "That an item on the accessibility of Link Network services for disabled passengers "
             "be added to the work programme for October 2025."),
    typed(3, "That the Register of Key Decisions be noted."),
]), docs=[("8851", "Work Programme - report", "166"),
          ("8852", "Register of Key Decisions 28 February 2025", "289")]))

ITEMS.append(item("O&amp;SC 67/24", "Dates and Times of Future Meetings", "\n".join([
    p("The next meeting of the Committee will take place on Wednesday 9 April 2025 at 10.00 am "
      "in the Boardroom, Churchgate House, Holmewater."),
    p("The meeting ended at 12.52 pm."),
]), background=False))


def att_table(caption, header, rows):
    body = "".join(f"\n<tr><td>{a}</td>\n<td>{b}</td></tr>" for a, b in rows)
    return (f'<table class="mgStatsTable mgAttendanceTable" summary="{caption}">'
            f'<caption class="mgSectionTitle">{caption}</caption>'
            f'<thead><tr><th scope="col">{header[0]}</th><th scope="col">{header[1]}</th></tr></thead>'
            f"<tbody>{body}</tbody></table>")


MEMBERS = [
    ("Councillor Joanne Pritchard (Chair)", "Kirkhope"),
    ("Councillor Martin Sowerby (Vice-Chair)", "Holmewater"),
    ("Councillor Nasreen Akhtar", "Kirkhope"),
    ("Councillor Colin Ashurst", "Salterby"),
    ("Councillor Tom Brierley", "Ellerby"),
    ("Councillor Fiona Delaney", "Ellerby"),
    ("Councillor Peter Hindley", "Dunstall"),
    ("Councillor Beverley Nuttall", "Ashcroft"),
    ("Councillor Imran Qadir (Substitute)", "Dunstall"),
    ("Councillor Aisha Rahman", "Holmewater"),
    ("Councillor Graham Tolley", "Ashcroft"),
    ("Councillor Lorraine Whitworth", "Salterby"),
]
ALSO = [
    ("Helen Garside", "Mayor of Holmewater"),
    ("Councillor Andrea Kenyon", "Portfolio Lead for Housing and Homelessness"),
    ("Councillor Rashid Mahmood", "Portfolio Lead for Work and Skills"),
]
OFFICERS = [
    ("Caroline Boothroyd", "Statutory Scrutiny Officer, HCA"),
    ("Daniel Okafor", "Governance and Scrutiny Officer, HCA"),
    ("Janet Crossley", "Treasurer, HCA"),
    ("Ruth Ellison", "Head of Homelessness and Housing, HCA"),
    ("Michael Greenhalgh", "Director of Work and Skills, HCA"),
    ("Stephen Marsland", "Managing Director, Holmewater Transport"),
    ("Gemma Lister", "Director of Bus, Holmewater Transport"),
]
PARTNERS = [
    ("Dr Anil Varma", "Director of Population Health, NHS Holmewater Integrated Care Board"),
    ("Sue Walmsley", "Chief Executive, Brightstep Employment"),
]
APOLOGIES = [
    ("Councillor Sarah Lomax", "Dunstall"),
    ("Councillor Derek Haworth", "Holmewater"),
]


def minutes_html():
    attendance = "\n".join([
        att_table("Present", ("Member", "Constituent council"), MEMBERS),
        att_table("Also present", ("Name", "Role"), ALSO),
        att_table("Officers in attendance", ("Name", "Role"), OFFICERS),
        att_table("Partners in attendance", ("Name", "Organisation"), PARTNERS),
        att_table("Apologies", ("Member", "Constituent council"), APOLOGIES),
    ])
    return head(MIN_URL, MIN_TITLE, MIN_FILES) + f"""
<main id="mgMainContent" class="mgContent">
<div class="mgBreadCrumb" aria-label="Breadcrumb">
  <ul>
    <li><a href="{SITE}/mgGeneric.aspx?md=home">Home</a></li>
    <li><a href="{SITE}/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
    <li><a href="{SITE}/ieListMeetings.aspx?CommitteeId=412">Overview and Scrutiny Committee</a></li>
    <li>Meeting</li>
  </ul>
</div>
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgContentTop">
  <div class="mgLinks" role="navigation" aria-label="Meeting links">
    <ul class="mgActionList">
      <li><a href="{SITE}/mgMeetingAttendance.aspx?ID=5631">Attendance details</a></li>
      <li><a href="{SITE}/ieIssueDetails.aspx?MId=5631">Issues</a></li>
      <li><a href="{SITE}/documents/g5631/Printed%20minutes%2012th-Mar-2025%2010.00%20Overview%20and%20Scrutiny%20Committee.pdf">Printed minutes <span class="mgFileSize">PDF 389 KB</span></a></li>
      <li><a href="{SITE}/documents/g5631/Public%20reports%20pack%2012th-Mar-2025%2010.00%20Overview%20and%20Scrutiny%20Committee.pdf">Public reports pack <span class="mgFileSize">PDF 6 MB</span></a></li>
      <li><a href="{SITE}/ieListMeetings.aspx?CommitteeId=412">Browse meetings</a></li>
    </ul>
  </div>
  <h2 class="mgSubTitleTxt">Overview and Scrutiny Committee - Wednesday, 12th March, 2025 10.00 am</h2>
  <p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Boardroom, Churchgate House, 4 Fennel Street, Holmewater HW1 2QT. <a href="https://www.holmewater-ca.gov.uk/visit-us/">View directions</a></p>
  <p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Daniel Okafor, Governance and Scrutiny Officer&nbsp; Email: <a href="mailto:daniel.okafor@holmewater-ca.gov.uk">daniel.okafor@holmewater-ca.gov.uk</a></p>
  <h2 class="mgSectionTitle">Media</h2>
  <div class="mgWebcast"><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/902114"><img src="./{MIN_FILES}/webcast-thumb.jpg" alt="Webcast of the meeting" width="320" height="180"></a>
  <p><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/902114">Watch the webcast of this meeting</a></p></div>
</div>
<div class="mgAttendance">
<h2 class="mgSectionTitle">Attendance</h2>
{attendance}
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items and minutes">
<tbody>
{"".join(ITEMS)}
</tbody>
</table>
<p class="mgPublished">Minutes published on Thursday, 20th March, 2025, 4.15 pm. Minutes approved on
the date of the following meeting are marked as approved in the printed minutes.</p>
</main>
""" + foot(MIN_FILES)


# ---------------------------------------------------------------------------
# 2. not minutes: Mayor's Question Time information page (mgGeneric)
# ---------------------------------------------------------------------------
MQT_URL = f"{SITE}/mgGeneric.aspx?md=mqt"
MQT_TITLE = "Mayor's Question Time - Holmewater Combined Authority"
MQT_FILES = "Mayor's Question Time - Holmewater Combined Authority_files"


def mqt_q(theme, rows):
    lis = "".join(f'<li class="mqt-question"><p class="mqt-question__text">&ldquo;{q}&rdquo;</p>'
                  f'<p class="mqt-question__from">{who}</p></li>' for q, who in rows)
    return f'<h3>{theme}</h3><ol class="mqt-list">{lis}</ol>'


def mqt_html():
    return head(MQT_URL, MQT_TITLE, MQT_FILES) + f"""
<main id="mgMainContent" class="mgContent">
<div class="mgBreadCrumb" aria-label="Breadcrumb">
  <ul>
    <li><a href="{SITE}/mgGeneric.aspx?md=home">Home</a></li>
    <li>Mayor's Question Time</li>
  </ul>
</div>
<h1 class="mgMainTitleTxt">Mayor's Question Time</h1>
<div class="mgGenericPage">
<p>Mayor's Question Time gives residents of the city region the chance to put their questions
directly to the Mayor of Holmewater, Helen Garside. Sessions are held four times a year, in a
different district each time, and are chaired by a member of the Overview and Scrutiny
Committee. They are open to everyone and are webcast live.</p>

<div class="callout">
<h2>Next session: Ashcroft, Wednesday 26 March 2025</h2>
<dl class="mqt-details">
  <dt>Where</dt><dd>Ashcroft Town Hall, Market Place, Ashcroft AC1 1AA</dd>
  <dt>When</dt><dd>6.30pm to 8.00pm (doors open at 6.00pm)</dd>
  <dt>Chaired by</dt><dd>Councillor Joanne Pritchard, Chair of the Overview and Scrutiny Committee</dd>
  <dt>Accessibility</dt><dd>Step-free access, hearing loop and British Sign Language interpretation. Free parking at the rear of the Town Hall after 6pm.</dd>
  <dt>Webcast</dt><dd><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/902277">Watch live or on catch-up</a></dd>
</dl>
<p><a class="btn" href="https://www.eventbrite.co.uk/e/mayors-question-time-ashcroft-tickets-1100455">Book a free place</a></p>
</div>

<h2>How to ask a question</h2>
<p>You can submit a question in advance using our <a href="https://www.holmewater-ca.gov.uk/mqt-form/">online form</a>
until 5pm on Wednesday 19 March 2025, or ask one from the floor on the night if time allows.</p>
<ul>
  <li>One question per person, of no more than 60 words.</li>
  <li>Questions should be about the Mayor's responsibilities or the work of the Combined Authority,
      such as buses, trams, housing, adult skills and employment support.</li>
  <li>We cannot take questions about individual cases, planning applications being decided by a
      district council, or matters that are the subject of legal proceedings.</li>
  <li>Offensive or defamatory questions will not be accepted.</li>
</ul>
<p>The Chair will choose the questions to be put to the Mayor, aiming for a balance of subjects and
districts. Similar questions may be combined.</p>

<h2>Questions received so far</h2>
<p>We have received 143 questions for the Ashcroft session. A selection is shown below, grouped
by subject; some have been shortened. Questions are published with the first name and district
of the person asking, with their permission.</p>
{mqt_q("Buses and trams", [
    ("The 471 from Salterby still doesn't run after 7pm on a Sunday. You said franchising would fix this, so when will it?", "Linda, Salterby"),
    ("Will the &pound;2 single fare carry on after December, and who is paying for it?", "Mohammed, Dunstall"),
    ("Why can't I use my concessionary pass on the tram before 9.30am when I have hospital appointments?", "Jean, Ashcroft"),
])}
{mqt_q("Housing and homelessness", [
    ("What happens to private landlords who sign up to the Good Landlord Charter and then ignore it?", "Priya, Holmewater"),
    ("There are more people sleeping in shop doorways in Kirkhope than last year. What is the Mayor doing about it?", "Gareth, Kirkhope"),
])}
{mqt_q("Jobs, skills and health", [
    ("My son has been out of work for two years with anxiety. Is there any help that isn't just the Jobcentre?", "Anonymous, Ellerby"),
    ("Will the adult skills budget pay for people over 50 to retrain, or is it all for young people?", "Stuart, Ashcroft"),
    ("What difference will the new devolution deal actually make to people in Salterby?", "Hannah, Salterby"),
])}
<p>Answers to questions that are not reached on the night will be published on this page within
20 working days of the session.</p>

<h2>Previous sessions</h2>
<table class="mgStatsTable" summary="Previous Mayor's Question Time sessions">
<thead><tr><th scope="col">Date</th><th scope="col">Venue</th><th scope="col">Recording</th></tr></thead>
<tbody>
<tr><td>27 November 2024</td><td>Kirkhope Civic Centre</td><td><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/898812">Watch the webcast</a> | <a href="{SITE}/documents/s8790/MQT%20November%202024%20answers.pdf">Written answers <span class="mgFileSize">PDF 210 KB</span></a></td></tr>
<tr><td>25 September 2024</td><td>Ellerby Library and Community Hub</td><td><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/894130">Watch the webcast</a> | <a href="{SITE}/documents/s8611/MQT%20September%202024%20answers.pdf">Written answers <span class="mgFileSize">PDF 176 KB</span></a></td></tr>
<tr><td>26 June 2024</td><td>Dunstall Town Hall</td><td><a href="https://holmewater-ca.public-i.tv/core/portal/webcast_interactive/889505">Watch the webcast</a></td></tr>
</tbody>
</table>

<h2>Contact</h2>
<p>Scrutiny Team, Holmewater Combined Authority<br>
Email: <a href="mailto:scrutiny@holmewater-ca.gov.uk">scrutiny@holmewater-ca.gov.uk</a></p>
<p class="mgLastUpdated">Page last updated: 11 March 2025</p>
</div>
</main>
""" + foot(MQT_FILES)


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_no, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_no, text, outcome, themes):
    return {"item": item_no, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "O&SC 58/24", "title": "Welcome and Apologies"},
        {"number": "O&SC 59/24", "title": "Chair's Announcements and Urgent Business"},
        {"number": "O&SC 60/24", "title": "Declarations of Interest"},
        {"number": "O&SC 61/24", "title": "Minutes of the Meeting held on 12 February 2025"},
        {"number": "O&SC 62/24", "title": "Link Network: Bus Franchising Performance Update (Six Month Review)"},
        {"number": "O&SC 63/24", "title": "Homes First: Rough Sleeping and Homelessness Prevention Programme 2025/26"},
        {"number": "O&SC 64/24", "title": "Holmewater Working Well: Work and Health Programme Update"},
        {"number": "O&SC 65/24", "title": "Trailblazer Integrated Settlement: Outcomes Framework 2025/26"},
        {"number": "O&SC 66/24", "title": "Overview and Scrutiny Work Programme and Register of Key Decisions"},
        {"number": "O&SC 67/24", "title": "Dates and Times of Future Meetings"},
    ],
    "questions": [
        # 61 minutes: matters arising
        q("O&SC 61/24", "question",
          "asked whether the breakdown of Link Network patronage by district",
          "Councillor Graham Tolley",
          "the figures had been received from Holmewater Transport that morning",
          "Statutory Scrutiny Officer", []),
        # 62 bus franchising
        q("O&SC 62/24", "concern",
          "raised concerns that evening and Sunday services on the outer parts of the network",
          "Councillor Rahman",
          "acknowledged that gaps remained in the evening network",
          "Managing Director, HT", ["patient-and-public-input", "finance"]),
        q("O&SC 62/24", "question",
          "In response to a question from Councillor Hindley about driver vacancies",
          "Councillor Hindley",
          "staff shortages now accounted for less than a fifth of lost mileage",
          "Director of Bus", ["workforce"]),
        q("O&SC 62/24", "comment",
          "franchising had been promoted to residents as bringing the buses back into public ownership",
          None,
          "the Authority now set the routes, timetables and fares and retained all fare income",
          "Mayor", ["privatisation", "subcontracting"]),
        q("O&SC 62/24", "request",
          "requested that future performance reports include reliability figures for each district and each operator",
          "Councillor Nuttall",
          "agreed that this information would be included in future reports",
          "Director of Bus", []),
        q("O&SC 62/24", "question",
          "Members sought assurance about the financial sustainability of the franchising scheme",
          None,
          "the shortfall would be met from the Bus Service Improvement Plan grant",
          "Treasurer", ["finance"]),
        q("O&SC 62/24", "question",
          "asked how the views of passengers were being gathered",
          "Councillor Delaney",
          "a Link Passenger Panel of around 400 residents had been recruited",
          None, ["patient-and-public-input"]),
        q("O&SC 62/24", "concern",
          "drew attention to the closure of Salterby bus station for refurbishment",
          "Councillor Ashurst", None, None, []),
        # 63 Homes First
        q("O&SC 63/24", "concern",
          "increasing use of bed and breakfast accommodation for families with children",
          None,
          "temporary accommodation remained the responsibility of each district council",
          "Officers", ["housing", "children-and-families", "subcontracting"]),
        q("O&SC 63/24", "question",
          "what support was available for rough sleepers with mental health needs",
          None,
          "the ICB funded a team of mental health nurses working in the four largest sites",
          "Dr Anil Varma", ["housing", "mental-health", "public-health"]),
        q("O&SC 63/24", "question",
          "asked whether people placed in emergency accommodation were being registered with a GP",
          "Councillor Akhtar",
          "no proof of address was needed to register with a GP practice",
          "Dr Varma", ["primary-care", "housing"]),
        q("O&SC 63/24", "comment",
          "paid tribute to the staff and volunteers at the emergency accommodation sites",
          None, None, None, ["workforce"]),
        q("O&SC 63/24", "concern",
          "funding for the programme had again been confirmed for one year only",
          None,
          "homelessness was one of the functional pillars of the Integrated Settlement",
          "Councillor Kenyon", ["finance", "housing", "workforce"]),
        q("O&SC 63/24", "request",
          "requested figures showing how many people had moved on from the programme",
          None,
          "Ruth Ellison agreed to circulate this information to Members",
          "Ruth Ellison", ["housing"]),
        # 64 Working Well
        q("O&SC 64/24", "question",
          "In response to questions from Councillor Qadir about the proportion of participants referred",
          "Councillor Qadir",
          "the Authority was working with the ICB to place employment advisers",
          "Director of Work and Skills", ["primary-care", "mental-health"]),
        q("O&SC 64/24", "question",
          "further asked whether participants with musculoskeletal conditions could get faster access to physiotherapy",
          "Councillor Qadir",
          "had reduced waits for physiotherapy from eleven weeks to three",
          None, []),
        q("O&SC 64/24", "question",
          "questioned the reliance on prime providers and asked how much of the contract value",
          "Councillor Tolley",
          "Brightstep subcontracted specialist support to eleven local partners",
          "Sue Walmsley", ["subcontracting"]),
        q("O&SC 64/24", "concern",
          "Concerns were expressed about the number of young people aged 16 to 24",
          None,
          "secured funding from the Youth Guarantee trailblazer to pilot",
          "Portfolio Lead for Work and Skills", ["children-and-families", "mental-health", "finance"]),
        q("O&SC 64/24", "comment",
          "the programme was not well known among residents or employers in Salterby",
          "Councillor Whitworth", None, None, []),
        # 65 Integrated Settlement
        q("O&SC 65/24", "question",
          "sought clarification on how the Committee would be able to scrutinise the allocation",
          None,
          "allocations between the functional pillars would be agreed by the Combined Authority",
          "Treasurer", ["governance", "finance"]),
        q("O&SC 65/24", "question",
          "asked what would happen if the Authority did not meet the agreed outcomes",
          "Councillor Akhtar",
          "the framework was intended to support continuous improvement rather than to penalise",
          None, ["governance", "finance"]),
        q("O&SC 65/24", "comment",
          "there were no indicators on health inequalities or life expectancy",
          "Councillor Sowerby",
          "performance dashboard, which included health indicators, would continue to be reported",
          "Treasurer", ["public-health"]),
        # 66 work programme
        q("O&SC 66/24", "request",
          "requested that an item on the accessibility of Link Network services",
          "Councillor Whitworth",
          "suggested that the item be scheduled for the October 2025 meeting",
          "Statutory Scrutiny Officer", []),
        q("O&SC 66/24", "question",
          "draft Housing Strategy before it was adopted by the Combined Authority",
          "Councillor Brierley", None, None, ["housing"]),
    ],
    "resolutions": [
        r("O&SC 58/24", "That the apologies be received and noted", "noted", []),
        r("O&SC 60/24", "That the declarations of interest made by Councillors Delaney and Ashurst be noted",
          "noted", []),
        r("O&SC 61/24", "minutes of the meeting held on 12 February 2025 be approved as a correct record",
          "agreed", []),
        r("O&SC 62/24", "a further report on the outcome of the network review consultation",
          "agreed", ["patient-and-public-input"]),
        r("O&SC 63/24", "be conveyed to the Mayor and the Portfolio Lead for Housing and Homelessness",
          "agreed", ["housing", "finance"]),
        r("O&SC 64/24", "The Committee noted the update and thanked Sue Walmsley for attending",
          "noted", []),
        r("O&SC 65/24", "the annual progress report on the Integrated Settlement be published alongside",
          "recommended", ["governance", "finance"]),
        r("O&SC 66/24", "accessibility of Link Network services for disabled passengers be added to the work programme",
          "agreed", []),
    ],
    "attendees": (
        [att("Councillor Joanne Pritchard", "Chair", "present"),
         att("Councillor Martin Sowerby", "Vice-Chair", "present"),
         att("Councillor Nasreen Akhtar", None, "present"),
         att("Councillor Colin Ashurst", None, "present"),
         att("Councillor Tom Brierley", None, "present"),
         att("Councillor Fiona Delaney", None, "present"),
         att("Councillor Peter Hindley", None, "present"),
         att("Councillor Beverley Nuttall", None, "present"),
         att("Councillor Imran Qadir", "Substitute", "present"),
         att("Councillor Aisha Rahman", None, "present"),
         att("Councillor Graham Tolley", None, "present"),
         att("Councillor Lorraine Whitworth", None, "present")]
        + [att(n, role, "in_attendance") for n, role in ALSO + OFFICERS + PARTNERS]
        + [att(n, None, "apologies") for n, _ in APOLOGIES]
    ),
}

MQT_GOLD = {"document": MQT_FILE, "doc_type": "other"}


# ---------------------------------------------------------------------------
# build / check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()


def build():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(minutes_html(), encoding="utf-8", newline="\n")
    (DOCS / MQT_FILE).write_text(mqt_html(), encoding="utf-8", newline="\n")
    for g in (MINUTES_GOLD, MQT_GOLD):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", MINUTES_FILE, MQT_FILE, "and their gold files")


def check():
    ok = True
    for gf in sorted(GOLD.glob("hp-*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        path = DOCS / g["document"]
        if not path.exists():
            print("MISSING", path)
            ok = False
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(norm(ph))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                print(f"FAIL {gf.name} {kind} ({n} hits, {words} words): {ph}")
                ok = False
        for a in g.get("attendees", []):
            if norm(a["name"]) not in text:
                print(f"FAIL {gf.name} attendee not found: {a['name']}")
                ok = False
        print(f"{gf.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
