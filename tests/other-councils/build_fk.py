#!/usr/bin/env python3
"""Build the "fk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fk.py           build documents/fk-* and gold/fk-*.json
        build_fk.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

DOC1 = "fk-wexmoor-adult-social-care-health-scrutiny-panel-2025-03-12.html"
DOC2 = "fk-wexmoor-lga-peer-challenge-report.html"

SITE_HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Wexmoor Borough Council</title>
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="wp-block-library-css" href="https://www.wexmoor.gov.uk/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<link rel="stylesheet" id="wexmoor-theme-css" href="https://www.wexmoor.gov.uk/wp-content/themes/wexmoor/style.css?ver=2.4.1" media="all">
<script id="wexmoor-cookie-js-extra">var wexCookie = {{"policy":"https:\\/\\/www.wexmoor.gov.uk\\/cookies\\/","expires":"180"}};</script>
</head>
<body class="page-template-default page page-id-{pid} wp-embed-responsive">
<div id="cookie-notice" role="dialog" aria-label="Cookies on the Wexmoor website" class="cookie-notice-hidden">
<p>We use some essential cookies to make this website work. We&#8217;d also like to set analytics cookies to help us improve it.</p>
<button id="cn-accept-cookie" class="cn-button">Accept analytics cookies</button> <button id="cn-refuse-cookie" class="cn-button">Reject analytics cookies</button> <a href="/cookies/">View cookies</a>
</div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/05/wexmoor-logo.svg" alt="Wexmoor Borough Council" width="220" height="64"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Main menu">
<ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/bins-and-recycling/">Bins and recycling</a></li>
<li class="menu-item"><a href="/council-tax/">Council Tax</a></li>
<li class="menu-item"><a href="/housing/">Housing</a></li>
<li class="menu-item"><a href="/adult-social-care/">Adult social care</a></li>
<li class="menu-item current-menu-ancestor"><a href="/your-council/">Your council</a></li>
</ul>
</nav>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/your-council/">Your council</a> &rsaquo; <a href="/your-council/meetings/">{crumb}</a> &rsaquo; <span class="breadcrumb_last" aria-current="page">{title}</span></nav>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">
"""

SITE_FOOT = """</div><!-- .entry-content -->
<footer class="entry-footer"><span class="posted-on">Last updated: <time class="updated" datetime="{updated}T09:14:02+00:00">{updated_h}</time></span></footer>
</article>
</main>
<aside id="secondary" class="widget-area" aria-label="Related pages">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Related pages</h2>
<ul class="menu">
{related}
</ul></section>
</aside>
</div><!-- #content -->
<footer id="colophon" class="site-footer">
<ul class="footer-links"><li><a href="/accessibility/">Accessibility statement</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/contact-us/">Contact us</a></li></ul>
<p class="site-info">&copy; 2025 Wexmoor Borough Council, Civic Offices, Barrow Street, Wexmoor WX1 4DQ</p>
</footer>
<script src="https://www.wexmoor.gov.uk/wp-content/themes/wexmoor/js/navigation.js?ver=2.4.1" id="wexmoor-navigation-js"></script>
<script src="https://www.wexmoor.gov.uk/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
</body>
</html>
"""


def para(t):
    return "<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->\n\n" % t


def heading(t, level=2):
    if level == 2:
        return ('<!-- wp:heading -->\n<h2 class="wp-block-heading">%s</h2>\n'
                '<!-- /wp:heading -->\n\n' % t)
    return ('<!-- wp:heading {"level":%d} -->\n<h%d class="wp-block-heading">%s</h%d>\n'
            '<!-- /wp:heading -->\n\n' % (level, level, t, level))


def columns(rows):
    """rows: list of (left_html, right_html). First row: Question / Response headings."""
    out = '<!-- wp:columns {"className":"qa-columns"} -->\n<div class="wp-block-columns qa-columns">\n'
    out += ('<!-- wp:column -->\n<div class="wp-block-column">'
            '<!-- wp:heading {"level":4} -->\n<h4 class="wp-block-heading">Question</h4>\n<!-- /wp:heading --></div>\n<!-- /wp:column -->\n\n'
            '<!-- wp:column -->\n<div class="wp-block-column">'
            '<!-- wp:heading {"level":4} -->\n<h4 class="wp-block-heading">Response</h4>\n<!-- /wp:heading --></div>\n<!-- /wp:column -->\n')
    out += '</div>\n<!-- /wp:columns -->\n\n'
    for left, right in rows:
        out += '<!-- wp:columns {"className":"qa-columns"} -->\n<div class="wp-block-columns qa-columns">\n'
        out += ('<!-- wp:column -->\n<div class="wp-block-column">'
                '<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n' % left)
        out += ('<!-- wp:column -->\n<div class="wp-block-column">'
                '<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n' % right)
        out += '</div>\n<!-- /wp:columns -->\n\n'
    return out


def pullquote(inner):
    return ('<!-- wp:pullquote {"className":"is-style-decision"} -->\n'
            '<figure class="wp-block-pullquote is-style-decision"><blockquote>%s</blockquote></figure>\n'
            '<!-- /wp:pullquote -->\n\n' % inner)


def table(head, rows, caption=None):
    out = '<!-- wp:table {"hasFixedLayout":true,"className":"is-style-stripes"} -->\n'
    out += '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>'
    out += "".join("<th>%s</th>" % h for h in head) + "</tr></thead><tbody>"
    for r in rows:
        out += "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>"
    out += "</tbody></table>"
    if caption:
        out += '<figcaption class="wp-element-caption">%s</figcaption>' % caption
    out += "</figure>\n<!-- /wp:table -->\n\n"
    return out


# ---------------------------------------------------------------- document 1
def doc1():
    title = "Adult Social Care and Health Scrutiny Panel &#8211; minutes, 12 March 2025"
    b = SITE_HEAD.format(title=title, pid=4182, crumb="Meetings and minutes")
    b += para("<strong>Minutes of the meeting of the Adult Social Care and Health Scrutiny Panel held "
              "in the Council Chamber, Civic Offices, Barrow Street, Wexmoor on Wednesday 12 March 2025 "
              "at 6.30pm.</strong>")
    b += para("<em>These minutes are subject to confirmation at the next meeting of the Panel. A "
              "recording of the meeting is available on the council&#8217;s YouTube channel.</em>")
    b += heading("Attendance", 3)
    b += table(["Name", "Role", "Present/Apologies"], [
        ["Councillor Joanna Pellow", "Chair", "Present"],
        ["Councillor Mark Ossett", "Vice-Chair", "Present"],
        ["Councillor Priya Danvers", "Member", "Present"],
        ["Councillor Adeel Farooq", "Member", "Present"],
        ["Councillor Helen Cray", "Member (substitute for Councillor Rudge)", "Present"],
        ["Councillor Tom Rudge", "Member", "Apologies"],
        ["Councillor Susan Whitlow", "Member", "Apologies"],
        ["Barbara Eccles", "Co-opted member, Healthwatch Wexmoor", "Present"],
    ], caption="Panel members")
    b += table(["Name", "Role", "Present/Apologies"], [
        ["Martin Keyes", "Director of Adult Social Care and Health Integration", "Present"],
        ["Dr Ruth Halloran", "Director of Public Health", "Present"],
        ["Lisa Brand", "Head of Commissioning (Older People, Physical Disabilities and Sensory Impairment)", "Present"],
        ["Owen Tate", "Deputy Director of Urgent and Emergency Care, Wexmoor and Dale Integrated Care Board", "Present"],
        ["Councillor Graham Lyle", "Cabinet Member for Adult Social Care and Public Health", "Present"],
        ["Fiona Mace", "Democratic Services Officer", "Present"],
    ], caption="Officers and others in attendance")

    b += heading("1. Apologies for absence and substitutions")
    b += para("Apologies for absence were received from Councillor Rudge and Councillor Whitlow. "
              "Councillor Cray attended as substitute for Councillor Rudge.")

    b += heading("2. Declarations of interest")
    b += para("Councillor Danvers declared a non-registerable interest in item 4 as her mother receives "
              "a home care package arranged by the council. She remained in the meeting and took part "
              "in the discussion. There were no other declarations.")

    b += heading("3. Minutes of the previous meeting")
    b += pullquote("<p>RESOLVED: That the minutes of the meeting held on 22 January 2025 be approved "
                   "as a correct record and signed by the Chair.</p>")

    b += heading("4. Recommissioning of home care (care at home) services")
    b += para("Lisa Brand, Head of Commissioning (Older People, Physical Disabilities and Sensory "
              "Impairment), introduced the report, which set out the proposed model for recommissioning "
              "home care from October 2025 when the current framework ends. The proposal replaced the "
              "existing framework of 31 providers with six geographical zones, each with a lead provider, "
              "and an hourly rate of &pound;24.80 in the first year. Councillor Lyle, Cabinet Member, added "
              "that the decision would be taken by Cabinet on 15 April 2025 and the Panel&#8217;s comments "
              "would be reported to it.")
    b += columns([
        ("Cllr Ossett asked what would happen to the smaller local agencies that did not win a zone "
         "contract and whether people would have to change their carers.",
         "The Head of Commissioning said that unsuccessful providers could still be sub-contracted by lead "
         "providers, and existing packages would transfer only where the person agreed to the change."),
        ("Cllr Danvers asked how the proposed hourly rate had been set and whether it covered the real "
         "living wage for care workers.",
         "The Director said the rate had been modelled on the fair cost of care exercise and included "
         "the real living wage plus travel time, which would be written into the contract."),
        ("Cllr Farooq raised concerns that two of the existing providers were owned by private equity "
         "investors and asked whether the council would favour not-for-profit bidders.",
         "The Head of Commissioning said procurement law did not allow ownership to be scored directly, "
         "but social value would carry fifteen per cent of the overall evaluation."),
        ("Barbara Eccles (Healthwatch Wexmoor) requested that people receiving care and their families "
         "be involved in evaluating the tenders.",
         "The Director agreed to invite two service users and a family carer onto the evaluation panel "
         "for the quality questions."),
    ])
    b += pullquote("<p>RESOLVED: That</p><p>(1) the proposed zonal model for home care be supported and "
                   "the Panel&#8217;s comments be reported to Cabinet on 15 April 2025;</p><p>(2) the "
                   "Head of Commissioning report back to the Panel on the outcome of the tender and "
                   "the transition arrangements in November 2025.</p>")

    b += heading("5. Winter 2024/25 review: hospital discharge and urgent care")
    b += para("Owen Tate, Deputy Director of Urgent and Emergency Care at the Integrated Care Board, "
              "presented a review of winter pressures. Delayed discharges from Wexmoor General Hospital "
              "had peaked at 64 patients a day in January, and the discharge to assess pathway had "
              "supported 1,140 people between November and February.")
    b += columns([
        ("Cllr Cray asked why the number of patients waiting more than twelve hours in the emergency "
         "department had risen compared with last winter.",
         "The Deputy Director said flu admissions had been higher than forecast and the hospital had "
         "opened thirty escalation beds, which had slowed flow through the department."),
        ("Cllr Pellow asked whether the funding for the discharge to assess beds would continue after "
         "March.",
         "The Deputy Director explained that the ICB had committed funding until September while a joint "
         "evaluation with the council was completed."),
        ("Cllr Ossett expressed concern that reablement staff vacancies were still running at around "
         "eighteen per cent.",
         "Martin Keyes said a recruitment campaign with the further education college had filled eleven "
         "posts since January and a further cohort would start in May."),
    ])
    b += pullquote("<p>RESOLVED: That the winter review report be noted.</p>")

    b += heading("6. Public health grant 2025/26 and the drug and alcohol treatment service")
    b += para("Dr Ruth Halloran, Director of Public Health, presented the allocation of the public health "
              "grant for 2025/26 of &pound;14.2 million and the proposal to extend the integrated drug and "
              "alcohol treatment contract with Harbourline Recovery CIC for two years rather than tender it "
              "again.")
    b += para("In response to a question from Cllr Farooq about the value of extending the contract "
              "without competition, the Director of Public Health said the contract allowed a two-year "
              "extension and performance had been in the top quartile nationally. In response to a "
              "question from Cllr Cray about waiting times for young people&#8217;s substance misuse "
              "support, the Director said the average wait had fallen to nine days following the "
              "appointment of two specialist workers. Cllr Danvers questioned whether the reduction in "
              "the stop smoking budget would affect pregnant women; the Director confirmed that the "
              "smoking in pregnancy service was protected and the saving came from a lower-cost "
              "digital offer.")
    b += pullquote("<p>RESOLVED: That Cabinet be recommended to approve the two-year extension of the "
                   "drug and alcohol treatment contract with Harbourline Recovery CIC from 1 July 2025.</p>")

    b += heading("7. Panel work programme 2025/26")
    b += para("The Democratic Services Officer presented the draft work programme. Cllr Pellow requested "
              "that a session on the ICB&#8217;s community mental health transformation be added for June "
              "2025. No response was recorded.")
    b += pullquote("<p>RESOLVED: That the work programme be agreed, subject to the addition of an item "
                   "on community mental health services in June 2025.</p>")

    b += para("<em>The meeting ended at 8.47pm.</em>")
    b += para("<strong>Chair</strong>")
    b += SITE_FOOT.format(updated="2025-03-20", updated_h="20 March 2025", related="\n".join([
        '<li class="menu-item"><a href="/your-council/meetings/">Council meetings</a></li>',
        '<li class="menu-item"><a href="/your-council/scrutiny/">Overview and scrutiny</a></li>',
        '<li class="menu-item"><a href="/your-council/scrutiny/adult-social-care-and-health-scrutiny-panel/">Adult Social Care and Health Scrutiny Panel</a></li>',
        '<li class="menu-item"><a href="/your-council/councillors/">Find your councillor</a></li>',
        '<li class="menu-item"><a href="/your-council/have-your-say/">Have your say at a meeting</a></li>',
    ]))
    return b


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Panel",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Recommissioning of home care (care at home) services"},
        {"number": "5", "title": "Winter 2024/25 review: hospital discharge and urgent care"},
        {"number": "6", "title": "Public health grant 2025/26 and the drug and alcohol treatment service"},
        {"number": "7", "title": "Panel work programme 2025/26"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "what would happen to the smaller local agencies that did not win a zone contract",
         "asked_by": "Cllr Ossett",
         "answer": "unsuccessful providers could still be sub-contracted by lead providers",
         "given_by": "The Head of Commissioning",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "how the proposed hourly rate had been set and whether it covered",
         "asked_by": "Cllr Danvers",
         "answer": "the rate had been modelled on the fair cost of care exercise",
         "given_by": "The Director",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "4", "kind": "concern",
         "text": "two of the existing providers were owned by private equity investors",
         "asked_by": "Cllr Farooq",
         "answer": "procurement law did not allow ownership to be scored directly",
         "given_by": "The Head of Commissioning",
         "themes": ["privatisation", "subcontracting", "adult-social-care"]},
        {"item": "4", "kind": "request",
         "text": "requested that people receiving care and their families be involved in evaluating the tenders",
         "asked_by": "Barbara Eccles (Healthwatch Wexmoor)",
         "answer": "agreed to invite two service users and a family carer onto the evaluation panel",
         "given_by": "The Director",
         "themes": ["patient-and-public-input", "subcontracting", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "why the number of patients waiting more than twelve hours in the emergency department",
         "asked_by": "Cllr Cray",
         "answer": "flu admissions had been higher than forecast and the hospital had opened thirty escalation beds",
         "given_by": "The Deputy Director",
         "themes": ["adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "whether the funding for the discharge to assess beds would continue after March",
         "asked_by": "Cllr Pellow",
         "answer": "the ICB had committed funding until September while a joint evaluation",
         "given_by": "The Deputy Director",
         "themes": ["finance", "integration", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "reablement staff vacancies were still running at around eighteen per cent",
         "asked_by": "Cllr Ossett",
         "answer": "a recruitment campaign with the further education college had filled eleven posts",
         "given_by": "Martin Keyes",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "the value of extending the contract without competition",
         "asked_by": "Cllr Farooq",
         "answer": "the contract allowed a two-year extension and performance had been in the top quartile",
         "given_by": "the Director of Public Health",
         "themes": ["subcontracting", "privatisation", "public-health"]},
        {"item": "6", "kind": "question",
         "text": "waiting times for young people's substance misuse support",
         "asked_by": "Cllr Cray",
         "answer": "the average wait had fallen to nine days following the appointment",
         "given_by": "the Director",
         "themes": ["children-and-families", "public-health"]},
        {"item": "6", "kind": "question",
         "text": "questioned whether the reduction in the stop smoking budget would affect pregnant women",
         "asked_by": "Cllr Danvers",
         "answer": "the smoking in pregnancy service was protected and the saving came from",
         "given_by": "the Director",
         "themes": ["finance", "public-health"]},
        {"item": "7", "kind": "request",
         "text": "a session on the ICB's community mental health transformation be added for June",
         "asked_by": "Cllr Pellow",
         "answer": None,
         "given_by": None,
         "themes": ["mental-health", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 22 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the proposed zonal model for home care be supported",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "5", "text": "That the winter review report be noted",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "6", "text": "Cabinet be recommended to approve the two-year extension of the drug and alcohol treatment contract",
         "outcome": "recommended", "themes": ["subcontracting", "public-health"]},
        {"item": "7", "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["governance", "mental-health"]},
    ],
    "attendees": [
        {"name": "Councillor Joanna Pellow", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Mark Ossett", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Priya Danvers", "role": "Member", "attendance": "present"},
        {"name": "Councillor Adeel Farooq", "role": "Member", "attendance": "present"},
        {"name": "Councillor Helen Cray", "role": "Member (substitute for Councillor Rudge)", "attendance": "present"},
        {"name": "Councillor Tom Rudge", "role": "Member", "attendance": "apologies"},
        {"name": "Councillor Susan Whitlow", "role": "Member", "attendance": "apologies"},
        {"name": "Barbara Eccles", "role": "Co-opted member, Healthwatch Wexmoor", "attendance": "present"},
        {"name": "Martin Keyes", "role": "Director of Adult Social Care and Health Integration", "attendance": "in_attendance"},
        {"name": "Dr Ruth Halloran", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Lisa Brand", "role": "Head of Commissioning (Older People, Physical Disabilities and Sensory Impairment)", "attendance": "in_attendance"},
        {"name": "Owen Tate", "role": "Deputy Director of Urgent and Emergency Care, Wexmoor and Dale Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor Graham Lyle", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
        {"name": "Fiona Mace", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    ],
}


# ---------------------------------------------------------------- document 2
def doc2():
    title = "Local Government Association peer challenge: report and action plan"
    b = SITE_HEAD.format(title=title, pid=4391, crumb="Performance and plans")
    b += para("In November 2024 Wexmoor Borough Council invited the Local Government Association (LGA) to "
              "carry out a corporate peer challenge. A team of five peers &#8211; a council chief "
              "executive, two senior councillors, a director of adult social services and an LGA "
              "peer challenge manager &#8211; spent four days on site, held 42 meetings and spoke to more "
              "than 230 people, including staff, partners, residents and councillors.")
    b += para("The full feedback report was published in February 2025. This page summarises the findings, "
              "the peers&#8217; recommendations and the action plan agreed by Cabinet on 4 March 2025. The "
              "LGA will return for a progress review in autumn 2025.")
    b += '<!-- wp:file -->\n<div class="wp-block-file"><a href="/wp-content/uploads/2025/02/wexmoor-cpc-feedback-report.pdf">Wexmoor corporate peer challenge feedback report (PDF, 1.2MB)</a></div>\n<!-- /wp:file -->\n\n'
    b += heading("What the peers found")
    b += para("The peers found a council with a clear sense of place, committed staff and good relationships "
              "with the Wexmoor and Dale Integrated Care Board and the voluntary sector. They highlighted the "
              "joint hospital discharge team as strong practice.")
    b += '<!-- wp:list -->\n<ul class="wp-block-list">\n'
    for li in [
        "The medium-term financial plan shows a budget gap of &pound;11.6 million by 2027/28; savings "
        "plans for the later years are not yet identified.",
        "Adult social care spending has risen by 19% in two years, driven by home care and residential "
        "care placements.",
        "The council relies on agency social workers in children&#8217;s services, with a vacancy rate of 27%.",
        "Scrutiny is well attended but its work programme is crowded and it rarely looks at major "
        "contracts before they are let.",
        "Residents feel consulted late; the council&#8217;s engagement is seen as &#8220;telling, not asking&#8221;.",
        "Temporary accommodation costs have trebled and the housing service lacks a prevention focus.",
    ]:
        b += "<!-- wp:list-item -->\n<li>%s</li>\n<!-- /wp:list-item -->\n" % li
    b += "</ul>\n<!-- /wp:list -->\n\n"
    b += heading("The peers&#8217; recommendations")
    b += '<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list">\n'
    for li in [
        "Close the budget gap with a multi-year savings programme owned by the whole leadership team.",
        "Develop a workforce strategy to reduce reliance on agency staff, starting with children&#8217;s social work.",
        "Strengthen contract management and bring major procurements to scrutiny before award.",
        "Agree a consistent approach to resident engagement, including early involvement in service change.",
        "Refocus the housing service on homelessness prevention to reduce temporary accommodation spend.",
        "Build on joint working with the Integrated Care Board through shared commissioning for older people.",
    ]:
        b += "<!-- wp:list-item -->\n<li>%s</li>\n<!-- /wp:list-item -->\n" % li
    b += "</ol>\n<!-- /wp:list -->\n\n"
    b += heading("Our action plan")
    b += table(["Recommendation", "Action", "Lead", "By when"], [
        ["1", "Three-year savings programme presented with the 2026/27 budget", "Director of Finance", "February 2026"],
        ["2", "Workforce strategy, including a social work academy and a market supplement review", "Head of HR and Organisational Development", "September 2025"],
        ["3", "Contracts over &pound;2 million added to the scrutiny work programme before award", "Monitoring Officer", "June 2025"],
        ["4", "Engagement charter co-produced with residents and Healthwatch Wexmoor", "Head of Communications", "December 2025"],
        ["5", "Homelessness prevention hub and private rented sector offer", "Director of Housing", "October 2025"],
        ["6", "Joint commissioning agreement for older people&#8217;s services with the ICB", "Director of Adult Social Care and Health Integration", "March 2026"],
    ], caption="Action plan agreed by Cabinet on 4 March 2025")
    b += heading("Have your say", 3)
    b += para("If you would like to comment on the action plan, email <a href=\"mailto:performance@wexmoor.gov.uk\">"
              "performance@wexmoor.gov.uk</a>.")
    b += SITE_FOOT.format(updated="2025-03-06", updated_h="6 March 2025", related="\n".join([
        '<li class="menu-item"><a href="/your-council/performance/">Council performance</a></li>',
        '<li class="menu-item"><a href="/your-council/budget/">Budget and finances</a></li>',
        '<li class="menu-item"><a href="/your-council/council-plan/">Council plan 2024 to 2028</a></li>',
        '<li class="menu-item"><a href="/your-council/scrutiny/">Overview and scrutiny</a></li>',
    ]))
    return b


GOLD2 = {
    "document": DOC2,
    "doc_type": "report",
    "themes": ["finance", "workforce", "governance", "subcontracting", "patient-and-public-input",
               "housing", "integration", "adult-social-care", "children-and-families"],
}

BUILDS = [(DOC1, doc1, GOLD1), (DOC2, doc2, GOLD2)]


# ---------------------------------------------------------------- check
def source_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def norm(s):
    s = s.lower().replace("\u2019", "'").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + " ".join(s.split()) + " "


def check():
    ok = True
    for name, _, gold in BUILDS:
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            text = norm(source_text(f.read()))
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print("FAIL %s %s: %r (found %d, %d words)" % (name, kind, p, c, n))
        print("%s: %d phrases checked" % (name, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    for name, fn, gold in BUILDS:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(fn())
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
