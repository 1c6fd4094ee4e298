#!/usr/bin/env python3
"""Build the "fw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fw.py           build documents/fw-* and gold/fw-*.json
        build_fw.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Ashcombe District Council"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="shortlink" href="/node/{nid}" />
<title>{title} | Ashcombe District Council</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?pz8k1q"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} node-type-{ntype}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/ashcombe/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Ashcombe District Council</span></a></strong></div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/search/node" method="post" id="search-block-form"><div><label class="element-invisible" for="edit-search-block-form--2">Search </label><input type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" /><input type="submit" value="Search" /></div></form></div></div></div>
</div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-401"><a href="/council-and-democracy">Council and democracy</a></li><li class="menu-402"><a href="/planning">Planning</a></li><li class="menu-403"><a href="/housing">Housing</a></li><li class="menu-404 last"><a href="/contact-us">Contact us</a></li></ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb">{crumbs}</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{title}</h1>
<div class="tabs"></div>
<div class="region region-content">
<div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-{ntype} node-full clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{title}" class="rdf-meta element-hidden"></span>
<div class="meta submitted">
<span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> on {submitted}</span></div>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
"""

TAIL = """</div></div></div>
{extra_fields}
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items">{tags}</div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="print_html first last"><a href="/print/{nid}" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li></ul></div>
</div>
</div></div>
</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div class="region region-sidebar-second">
<div id="block-node-recent" class="block block-node">
<h2>Recent content</h2>
<div class="content"><table class="sticky-enabled"><tbody>
<tr class="odd"><td class="title-author"><a href="/node/{r1}">Planning Committee – 5 November 2025</a> <span class="username">admin</span></td><td class="edit"></td></tr>
<tr class="even"><td class="title-author"><a href="/node/{r2}">Bin collections over the festive period</a> <span class="username">webteam</span></td><td class="edit"></td></tr>
<tr class="odd"><td class="title-author"><a href="/node/{r3}">Licensing Sub-Committee – 29 October 2025</a> <span class="username">admin</span></td><td class="edit"></td></tr>
<tr class="even"><td class="title-author"><a href="/node/{r4}">Warm spaces in Ashcombe this winter</a> <span class="username">webteam</span></td><td class="edit"></td></tr>
</tbody></table><div class="more-link"><a href="/tracker">More</a></div></div>
</div>
<div id="block-block-3" class="block block-block"><h2>Contact Democratic Services</h2><div class="content"><p>Council Offices, Station Road, Ashcombe AC4 2LN<br />Tel: 01632 960 418<br /><a href="mailto:democratic.services@ashcombe.example.gov.uk">democratic.services@ashcombe.example.gov.uk</a></p></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<div id="block-menu-menu-footer" class="block block-menu"><div class="content"><ul class="menu"><li class="first leaf"><a href="/accessibility">Accessibility</a></li><li class="leaf"><a href="/privacy">Privacy and cookies</a></li><li class="leaf"><a href="/foi">Freedom of information</a></li><li class="last leaf"><a href="/sitemap">Site map</a></li></ul></div></div>
<p>&copy; Ashcombe District Council 2025. Council Offices, Station Road, Ashcombe AC4 2LN.</p>
</div></div></div></div>
</div></div>
</body>
</html>
"""


def page(body, *, nid, ntype, title, crumbs, iso, submitted, tags, extra_fields=""):
    head = HEAD.format(nid=nid, ntype=ntype, title=html.escape(title), crumbs=crumbs,
                       iso=iso, submitted=submitted)
    tagl = "".join(
        '<div class="field-item %s"><a href="/taxonomy/term/%d" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">%s</a></div>'
        % ("even" if i % 2 == 0 else "odd", 40 + i, t) for i, t in enumerate(tags))
    tail = TAIL.format(nid=nid, tags=tagl, extra_fields=extra_fields,
                       r1=nid + 3, r2=nid + 2, r3=nid + 1, r4=nid - 4)
    return head + body + tail


def item(num, title):
    return "<p><strong><u>%s %s</u></strong></p>\n" % (num, title)


# ---------------------------------------------------------------- document 1: minutes
MIN_NAME = "fw-ashcombe-community-wellbeing-osp-2025-10-14.html"

MIN_BODY = (
    "<p><strong>ASHCOMBE DISTRICT COUNCIL</strong></p>\n"
    "<p><strong>COMMUNITY AND WELLBEING OVERVIEW AND SCRUTINY PANEL</strong></p>\n"
    "<p>Minutes of a meeting of the Community and Wellbeing Overview and Scrutiny Panel held in the "
    "Council Chamber, Council Offices, Station Road, Ashcombe on Tuesday 14 October 2025 at 6.30 pm.</p>\n"
    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">\n'
    "<tbody>\n<tr>\n<td><strong>Present</strong></td>\n<td><strong>Apologies</strong></td>\n</tr>\n"
    "<tr>\n<td valign=\"top\">Cllr Mrs P Hensley (Chairman)<br>Cllr R Adeyemi (Vice-Chairman)<br>"
    "Cllr G Fairweather<br>Cllr S Lomax<br>Cllr K Nightingale<br>Cllr A Trask<br>"
    "Cllr T Barlow (substitute for Cllr D Ince)</td>\n"
    "<td valign=\"top\">Cllr D Ince<br>Cllr J Pemberton-Wood</td>\n</tr>\n</tbody>\n</table>\n"
    "<p>&nbsp;</p>\n"
    "<p>Officers in attendance: Jo Crabtree (Head of Housing and Community Services), "
    "Martin Ellery (Leisure and Culture Contracts Manager), Priya Raman (Healthy Communities "
    "Team Leader) and Hannah Soames (Democratic Services Officer).</p>\n"
    "<p>Also in attendance: Cllr L Dunmore (Portfolio Holder for Communities and Wellbeing) and "
    "Dr Owen Whitcombe (Associate Director of Primary Care, Vale and Downs Integrated Care Board).</p>\n"
    "<p>&nbsp;</p>\n"
    + item("44/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS")
    + "<p>Apologies for absence were received from Cllr D Ince and Cllr J Pemberton-Wood. "
    "Cllr T Barlow attended as substitute for Cllr Ince.</p>\n"
    + item("45/25", "DECLARATIONS OF INTEREST")
    + "<p>Cllr K Nightingale declared a non-registrable interest in item 47/25 as her daughter "
    "is employed as a practice nurse at Ashcombe Medical Centre. She remained in the meeting "
    "but did not take part in any vote. There were no other declarations.</p>\n"
    + item("46/25", "MINUTES")
    + "<p><strong>RESOLVED</strong> – that the minutes of the meeting held on 8 July 2025 be "
    "approved as a correct record and signed by the Chairman.</p>\n"
    + item("47/25", "ACCESS TO GP SERVICES AND THE NEW ASHCOMBE HEALTH CENTRE")
    + "<p>Dr Owen Whitcombe of the Vale and Downs Integrated Care Board introduced the report, "
    "which set out appointment figures for the nine practices in the district and progress on "
    "the new health centre at Mill Lane, for which planning permission had been granted in "
    "September. He said that the practices had delivered 4.2% more appointments than in the "
    "previous year, and that 61% were now face to face.</p>\n"
    "<p>Cllr Fairweather asked why residents in the eastern villages were still unable to get "
    "through on the telephone at eight in the morning. In response the Associate Director "
    "explained that four practices had moved to cloud telephony with call-back in the spring "
    "and the remaining five would follow by March 2026. Cllr Lomax asked whether the Mill Lane "
    "building would be owned by the NHS or leased from a developer. In response the Associate "
    "Director explained that the building would be delivered by a third-party developer under a "
    "25-year lease and that the ICB would reimburse rent to the practices; he accepted that this "
    "was a more expensive model over the life of the lease but said that no NHS capital had been "
    "available.</p>\n"
    "<p>Q. Cllr Trask – what would happen to the two branch surgeries at Elmstead and Cold Ashby "
    "once the new centre opened?<br>A. No decision had been taken; the practices would run a "
    "public engagement exercise in the new year before any proposal came to the Panel.</p>\n"
    "<p>Q. Cllr Adeyemi – how many clinical pharmacists and physician associates were employed "
    "across the primary care network?<br>A. Dr Whitcombe undertook to circulate the workforce "
    "figures after the meeting.</p>\n"
    "<p>Cllr Barlow expressed concern that patients without smartphones were being disadvantaged "
    "by online booking. No response was recorded as the Chairman moved to the recommendations.</p>\n"
    "<p><strong>RESOLVED</strong> – that (1) the report be noted; (2) the ICB be asked to provide "
    "the lease costs for the Mill Lane health centre in a written briefing; and (3) the Panel "
    "receive a further update on telephone access at its meeting in March 2026.</p>\n"
    + item("48/25", "LEISURE CENTRES CONTRACT – ANNUAL PERFORMANCE OF THE OPERATOR")
    + "<p>The Leisure and Culture Contracts Manager presented the annual performance report on "
    "the contract with Vitalis Leisure Trust for the operation of Ashcombe and Northbridge leisure "
    "centres. Usage had recovered to 96% of pre-pandemic levels, but the operator had requested an "
    "uplift to the management fee of £148,000 a year because of energy and pay costs.</p>\n"
    "<p>Cllr Nightingale asked how the council could be sure the operator's claim about its "
    "energy costs was accurate. In response the Leisure and Culture Contracts Manager explained "
    "that the contract allowed the council to inspect the operator's accounts on an open book basis "
    "and that the Section 151 Officer's team had reviewed the figures. Cllr Lomax questioned "
    "whether bringing the service back in-house when the contract ended in 2028 had been costed. "
    "In response the Head of Housing and Community Services explained that an options appraisal "
    "including in-house provision would be reported to Cabinet in the summer of 2026. Cllr "
    "Fairweather requested that the GP exercise referral scheme be protected in any renegotiation; "
    "the Contracts Manager confirmed that it was a contractual requirement and could not be "
    "withdrawn by the operator.</p>\n"
    "<p><strong>RESOLVED</strong> – that the Panel RECOMMENDS to Cabinet that the request for an "
    "increase in the management fee be agreed for 2025/26 only, subject to quarterly open book "
    "reporting to the Panel.</p>\n"
    + item("49/25", "DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS")
    + "<p>The Head of Housing and Community Services introduced the report. The waiting list for "
    "adaptations stood at 212 households and the average time from referral to completion was 41 "
    "weeks.</p>\n"
    "<p>Cllr Adeyemi asked what was causing the delay between occupational therapy assessment and "
    "approval. In response the Head of Housing and Community Services explained that the county "
    "council had two occupational therapist vacancies covering the district and that the council was "
    "now funding a trusted assessor post from the Better Care Fund allocation. Cllr Trask asked "
    "whether the council would use its discretionary powers to top up grants above the £30,000 "
    "limit. In response the Head of Housing and Community Services explained that a revised housing "
    "assistance policy with a discretionary top-up of up to £15,000 would go to Cabinet in "
    "December.</p>\n"
    "<p>Q. Cllr Barlow – could tenants of housing associations apply, or only owner occupiers?<br>"
    "A. Both could apply, although housing associations were expected to fund minor adaptations "
    "themselves.</p>\n"
    "<p><strong>RESOLVED</strong> – that the report on disabled facilities grants and housing "
    "adaptations be noted.</p>\n"
    + item("50/25", "SOCIAL PRESCRIBING AND THE HEALTHY COMMUNITIES PROGRAMME")
    + "<p>The Healthy Communities Team Leader gave a presentation on the social prescribing service, "
    "which had received 1,340 referrals in the year, and on the stop smoking and healthy weight "
    "programmes funded through the county public health grant.</p>\n"
    "<p>Cllr Lomax asked whether the public health grant for the programme was secure beyond "
    "March 2026. In response the Healthy Communities Team Leader explained that the county had "
    "confirmed funding for one further year only and that three posts were on fixed-term contracts. "
    "Cllr Fairweather commented that the social prescribing link workers were highly valued by "
    "patients in her ward.</p>\n"
    "<p><strong>RESOLVED</strong> – that (1) the presentation be noted; and (2) the Chairman write to "
    "the Director of Public Health seeking a longer-term commitment to the grant.</p>\n"
    + item("51/25", "WORK PROGRAMME 2025/26")
    + "<p>The Democratic Services Officer presented the work programme. Cllr Nightingale requested "
    "that an item on the mental health support available to young people be added for January. "
    "The Chairman agreed to discuss this with the Portfolio Holder.</p>\n"
    "<p><strong>RESOLVED</strong> – that the work programme be agreed, subject to the addition of "
    "the lease costs briefing and telephone access update under 47/25.</p>\n"
    "<p>&nbsp;</p>\n"
    "<p>The meeting closed at 8.52 pm.</p>\n"
    "<p>Chairman ............................................</p>\n"
)

MIN_PAGE = page(
    MIN_BODY, nid=5124, ntype="committee_minutes",
    title="Community and Wellbeing Overview and Scrutiny Panel – 14 October 2025 – minutes",
    crumbs='<a href="/">Home</a> » <a href="/council-and-democracy">Council and democracy</a> » '
           '<a href="/council-and-democracy/committees">Committees</a> » Community and Wellbeing '
           'Overview and Scrutiny Panel',
    iso="2025-10-24T11:42:08+01:00", submitted="Fri, 24/10/2025 - 11:42",
    tags=["Overview and scrutiny", "Minutes", "Health"])

PRESENT = ["Cllr Mrs P Hensley", "Cllr R Adeyemi", "Cllr G Fairweather", "Cllr S Lomax",
           "Cllr K Nightingale", "Cllr A Trask", "Cllr T Barlow"]
ROLES = {"Cllr Mrs P Hensley": "Chairman", "Cllr R Adeyemi": "Vice-Chairman",
         "Cllr T Barlow": "substitute for Cllr D Ince"}


def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


HOHCS = "Head of Housing and Community Services"
MIN_GOLD = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Community and Wellbeing Overview and Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "44/25", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "45/25", "title": "DECLARATIONS OF INTEREST"},
        {"number": "46/25", "title": "MINUTES"},
        {"number": "47/25", "title": "ACCESS TO GP SERVICES AND THE NEW ASHCOMBE HEALTH CENTRE"},
        {"number": "48/25", "title": "LEISURE CENTRES CONTRACT – ANNUAL PERFORMANCE OF THE OPERATOR"},
        {"number": "49/25", "title": "DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS"},
        {"number": "50/25", "title": "SOCIAL PRESCRIBING AND THE HEALTHY COMMUNITIES PROGRAMME"},
        {"number": "51/25", "title": "WORK PROGRAMME 2025/26"},
    ],
    "questions": [
        q("47/25", "question",
          "asked why residents in the eastern villages were still unable to get through",
          "Cllr Fairweather",
          "four practices had moved to cloud telephony with call-back in the spring",
          "the Associate Director", ["primary-care"]),
        q("47/25", "question",
          "asked whether the Mill Lane building would be owned by the NHS",
          "Cllr Lomax",
          "delivered by a third-party developer under a 25-year lease",
          "the Associate Director", ["primary-care", "privatisation", "finance"]),
        q("47/25", "question",
          "what would happen to the two branch surgeries at Elmstead and Cold Ashby",
          "Cllr Trask",
          "the practices would run a public engagement exercise in the new year",
          None, ["primary-care", "patient-and-public-input"]),
        q("47/25", "question",
          "how many clinical pharmacists and physician associates were employed across the",
          "Cllr Adeyemi",
          "Dr Whitcombe undertook to circulate the workforce figures after the meeting",
          "Dr Whitcombe", ["primary-care", "workforce"]),
        q("47/25", "concern",
          "expressed concern that patients without smartphones were being disadvantaged by online booking",
          "Cllr Barlow", None, None, ["primary-care"]),
        q("48/25", "question",
          "asked how the council could be sure the operator's claim about its energy costs",
          "Cllr Nightingale",
          "allowed the council to inspect the operator's accounts on an open book basis",
          "the Leisure and Culture Contracts Manager", ["subcontracting", "finance"]),
        q("48/25", "question",
          "questioned whether bringing the service back in-house when the contract ended",
          "Cllr Lomax",
          "an options appraisal including in-house provision would be reported to Cabinet",
          "the " + HOHCS, ["privatisation", "subcontracting"]),
        q("48/25", "request",
          "requested that the GP exercise referral scheme be protected in any renegotiation",
          "Cllr Fairweather",
          "it was a contractual requirement and could not be withdrawn by the operator",
          "the Contracts Manager", ["subcontracting", "public-health"]),
        q("49/25", "question",
          "asked what was causing the delay between occupational therapy assessment and approval",
          "Cllr Adeyemi",
          "the county council had two occupational therapist vacancies covering the district",
          "the " + HOHCS, ["housing", "workforce", "integration"]),
        q("49/25", "question",
          "asked whether the council would use its discretionary powers to top up grants",
          "Cllr Trask",
          "a revised housing assistance policy with a discretionary top-up of up to",
          "the " + HOHCS, ["housing", "finance"]),
        q("49/25", "question",
          "could tenants of housing associations apply, or only owner occupiers",
          "Cllr Barlow",
          "housing associations were expected to fund minor adaptations themselves",
          None, ["housing"]),
        q("50/25", "question",
          "asked whether the public health grant for the programme was secure beyond March 2026",
          "Cllr Lomax",
          "the county had confirmed funding for one further year only",
          "the Healthy Communities Team Leader", ["public-health", "finance", "workforce"]),
        q("50/25", "comment",
          "commented that the social prescribing link workers were highly valued by patients",
          "Cllr Fairweather", None, None, ["public-health"]),
        q("51/25", "request",
          "requested that an item on the mental health support available to young people",
          "Cllr Nightingale",
          "The Chairman agreed to discuss this with the Portfolio Holder",
          "The Chairman", ["mental-health", "children-and-families", "governance"]),
    ],
    "resolutions": [
        {"item": "46/25", "text": "the minutes of the meeting held on 8 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "47/25",
         "text": "the ICB be asked to provide the lease costs for the Mill Lane health centre",
         "outcome": "agreed", "themes": ["primary-care", "finance"]},
        {"item": "48/25",
         "text": "the request for an increase in the management fee be agreed for 2025/26 only",
         "outcome": "recommended", "themes": ["subcontracting", "finance"]},
        {"item": "49/25", "text": "the report on disabled facilities grants and housing adaptations be noted", "outcome": "noted",
         "themes": ["housing"]},
        {"item": "50/25",
         "text": "the Chairman write to the Director of Public Health seeking a longer-term commitment",
         "outcome": "agreed", "themes": ["public-health", "finance"]},
        {"item": "51/25",
         "text": "the work programme be agreed, subject to the addition of the lease costs",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": (
        [{"name": n, "role": ROLES.get(n), "attendance": "present"} for n in PRESENT]
        + [{"name": "Cllr D Ince", "role": None, "attendance": "apologies"},
           {"name": "Cllr J Pemberton-Wood", "role": None, "attendance": "apologies"},
           {"name": "Jo Crabtree", "role": HOHCS, "attendance": "in_attendance"},
           {"name": "Martin Ellery", "role": "Leisure and Culture Contracts Manager",
            "attendance": "in_attendance"},
           {"name": "Priya Raman", "role": "Healthy Communities Team Leader",
            "attendance": "in_attendance"},
           {"name": "Hannah Soames", "role": "Democratic Services Officer",
            "attendance": "in_attendance"},
           {"name": "Cllr L Dunmore", "role": "Portfolio Holder for Communities and Wellbeing",
            "attendance": "in_attendance"},
           {"name": "Dr Owen Whitcombe",
            "role": "Associate Director of Primary Care, Vale and Downs Integrated Care Board",
            "attendance": "in_attendance"}]),
}

# ---------------------------------------------------------------- document 2: decision notice
DN_NAME = "fw-ashcombe-planning-25-0412-ful-decision-notice.html"

DN_BODY = (
    "<p><strong>TOWN AND COUNTRY PLANNING ACT 1990<br>TOWN AND COUNTRY PLANNING (DEVELOPMENT "
    "MANAGEMENT PROCEDURE) (ENGLAND) ORDER 2015</strong></p>\n"
    "<p><strong>NOTICE OF DECISION – GRANT OF FULL PLANNING PERMISSION</strong></p>\n"
    '<table border="1" cellpadding="4" cellspacing="0">\n<tbody>\n'
    "<tr><td><strong>Application number</strong></td><td>25/0412/FUL</td></tr>\n"
    "<tr><td><strong>Applicant</strong></td><td>Mill Lane Health Developments Ltd, on behalf of "
    "Ashcombe Medical Partnership</td></tr>\n"
    "<tr><td><strong>Agent</strong></td><td>Harcourt Pryce Architects LLP</td></tr>\n"
    "<tr><td><strong>Site</strong></td><td>Land at former Mill Lane depot, Mill Lane, Ashcombe AC4 3PT</td></tr>\n"
    "<tr><td><strong>Proposal</strong></td><td>Erection of a two-storey primary care health centre "
    "(Use Class E(e)) with ground floor community pharmacy, 64 car parking spaces, cycle storage, "
    "landscaping and new vehicular access from Mill Lane, following demolition of existing "
    "buildings</td></tr>\n"
    "<tr><td><strong>Decision</strong></td><td>GRANTED subject to conditions</td></tr>\n"
    "<tr><td><strong>Date of decision</strong></td><td>18 September 2025</td></tr>\n"
    "</tbody>\n</table>\n"
    "<p>Ashcombe District Council, as local planning authority, hereby GRANTS planning permission "
    "for the development described above in accordance with the application and plans submitted, "
    "subject to the following conditions.</p>\n"
    "<p><strong><u>CONDITIONS</u></strong></p>\n"
    "<p>1. The development hereby permitted shall be begun before the expiration of three years "
    "from the date of this permission.<br>Reason: To comply with Section 91 of the Town and Country "
    "Planning Act 1990 as amended.</p>\n"
    "<p>2. The development shall be carried out in accordance with the approved plans: 2231-PL-001 "
    "Rev A, 2231-PL-010 Rev C, 2231-PL-011 Rev C and 2231-PL-020 Rev B.<br>Reason: For the avoidance "
    "of doubt and in the interests of proper planning.</p>\n"
    "<p>3. No development shall take place until a Construction Management Plan, including hours of "
    "working, routing of construction traffic and measures to control dust, has been submitted to "
    "and approved in writing by the local planning authority.<br>Reason: To protect the amenity of "
    "neighbouring residents, including the occupiers of Millbrook Court sheltered housing.</p>\n"
    "<p>4. The building shall not be occupied until the car park, the drop-off bay and the 12 "
    "accessible parking spaces shown on drawing 2231-PL-010 Rev C have been laid out and made "
    "available for use.<br>Reason: In the interests of highway safety and to ensure access for "
    "disabled patients.</p>\n"
    "<p>5. The premises shall be used only as a health centre providing general practice, community "
    "health services and a pharmacy, and for no other purpose within Class E.<br>Reason: The "
    "permission is granted having regard to the community health benefit of the proposal, which "
    "outweighs the loss of employment land.</p>\n"
    "<p>6. Prior to occupation, a Travel Plan for staff and patients shall be submitted to and "
    "approved in writing by the local planning authority.<br>Reason: To promote sustainable "
    "transport.</p>\n"
    "<p><strong><u>REASONS FOR APPROVAL</u></strong></p>\n"
    "<p>The proposal would provide modern primary care accommodation to replace the constrained "
    "Ashcombe Medical Centre and the branch surgeries serving the eastern villages, in line with "
    "Policy HC3 (Community Health Facilities) of the Ashcombe Local Plan 2021–2038. The Vale and "
    "Downs Integrated Care Board supported the application. The loss of the depot site as "
    "employment land is outweighed by the public benefit. Concerns raised in 23 representations "
    "about traffic on Mill Lane have been addressed by the access design and Condition 4.</p>\n"
    "<p><strong><u>INFORMATIVES</u></strong></p>\n"
    "<p>1. The applicant is reminded that this permission does not authorise works to the public "
    "highway, for which a Section 278 agreement with the County Council is required.<br>"
    "2. This development is liable for the Community Infrastructure Levy; a Liability Notice will "
    "be issued separately.<br>"
    "3. In determining this application the local planning authority has worked with the applicant "
    "in a positive and proactive manner in accordance with paragraph 39 of the National Planning "
    "Policy Framework.</p>\n"
    "<p>Signed: Alison Threlfall, Head of Planning and Building Control</p>\n"
    "<p><em>Your attention is drawn to the notes below about your right of appeal to the Secretary "
    "of State under Section 78 of the Town and Country Planning Act 1990.</em></p>\n"
)

DN_EXTRA = ('<div class="field field-name-field-application-ref field-type-text field-label-inline '
            'clearfix"><div class="field-label">Application reference:&nbsp;</div><div '
            'class="field-items"><div class="field-item even">25/0412/FUL</div></div></div>\n'
            '<div class="field field-name-field-ward field-type-taxonomy-term-reference '
            'field-label-inline clearfix"><div class="field-label">Ward:&nbsp;</div><div '
            'class="field-items"><div class="field-item even"><a href="/taxonomy/term/88">Ashcombe '
            'Central</a></div></div></div>')

DN_PAGE = page(
    DN_BODY, nid=5067, ntype="planning_decision",
    title="Planning application 25/0412/FUL – decision notice",
    crumbs='<a href="/">Home</a> » <a href="/planning">Planning</a> » <a href="/planning/decisions">'
           'Planning decisions</a> » 25/0412/FUL',
    iso="2025-09-19T09:15:33+01:00", submitted="Fri, 19/09/2025 - 09:15",
    tags=["Planning decisions", "Ashcombe Central"], extra_fields=DN_EXTRA)

DN_GOLD = {"document": DN_NAME, "doc_type": "other", "themes": ["primary-care"]}

OUTPUTS = [(MIN_NAME, MIN_PAGE, MIN_GOLD), (DN_NAME, DN_PAGE, DN_GOLD)]


# ---------------------------------------------------------------- check
def html_text(src):
    src = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", src)
    src = re.sub(r"(?s)<[^>]+>", " ", src)
    return html.unescape(src)


def norm(s):
    s = s.replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def check():
    ok = True
    for name, _, gold in OUTPUTS:
        path = os.path.join(DOCS, name)
        with open(path, encoding="utf-8") as f:
            text = norm(html_text(f.read()))
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = norm(html_text(p))
            words = len(n.split())
            cnt = text.count(n)
            if cnt != 1 or not 3 <= words <= 15:
                ok = False
                print("FAIL %s %s: %r (count %d, %d words)" % (name, kind, p, cnt, words))
            elif words < 6:
                print("note %s %s: short phrase %r (%d words)" % (name, kind, p, words))
        print("%s: %d phrases checked" % (name, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name, src, gold in OUTPUTS:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(src)
        gname = os.path.splitext(name)[0] + ".json"
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote", name, gname)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
