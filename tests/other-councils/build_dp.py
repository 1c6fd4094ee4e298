#!/usr/bin/env python3
"""Build the "dp-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dp.py           build documents/dp-* and gold/dp-*.json
        build_dp.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1: Pandoc HTML
D1 = "dp-holmbridge-asc-health-scrutiny-panel-2025-03-11.html"

def p(s):
    return "<p>" + s + "</p>\n"

def fnref(n):
    return f'<sup><a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref">{n}</a></sup>'

FOOTNOTES = {
 1: "Written answer from the Head of Commissioning and Market Development: the framework rate from 1 April 2025 is £24.10 per hour, against a Homecare Association minimum price of £28.53, and the Council will review the rate again in the autumn once the national insurance changes have been fully costed.",
 2: "Written answer from the Head of Finance (Adults and Health): the discharge element of the Better Care Fund has been confirmed at £3.2 million for 2025/26, the same cash sum as this year, so in real terms it represents a modest reduction.",
 3: "Written answer from the Head of Commissioning and Market Development: eleven staff employed by the current provider would be in scope to transfer under TUPE, of whom nine are stop smoking advisers and two are administrators.",
}

def build_html():
    h = []
    h.append('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">\n<head>\n'
             '  <meta charset="utf-8" />\n  <meta name="generator" content="pandoc" />\n'
             '  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes" />\n'
             '  <meta name="author" content="Democratic Services, Holmbridge Borough Council" />\n'
             '  <meta name="dcterms.date" content="2025-03-11" />\n'
             '  <title>Adult Social Care and Health Scrutiny Panel – 11 March 2025</title>\n'
             '  <style>\n    code{white-space: pre-wrap;}\n    span.smallcaps{font-variant: small-caps;}\n'
             '    div.columns{display: flex; gap: min(4vw, 1.5em);}\n    ul.task-list{list-style: none;}\n'
             '    .display.math{display: block; text-align: center; margin: 0.5rem auto;}\n  </style>\n</head>\n<body>\n')
    h.append('<header id="title-block-header">\n<h1 class="title">Adult Social Care and Health Scrutiny Panel</h1>\n'
             '<p class="subtitle">Minutes of the meeting held on Tuesday 11 March 2025 at 6.30 pm in the Council Chamber, Town Hall, Holmbridge</p>\n'
             '<p class="author">Holmbridge Borough Council</p>\n<p class="date">11 March 2025</p>\n</header>\n')
    h.append('<h2 id="attendance">Attendance</h2>\n<p><strong>Present:</strong></p>\n<ul>\n'
             '<li>Councillor Margaret Oyelaran (Chair)</li>\n<li>Councillor Peter Lusk (Vice-Chair)</li>\n'
             '<li>Councillor Dawn Ferris</li>\n<li>Councillor Imran Shah</li>\n'
             '<li>Councillor Tom Beardsall (substitute for Councillor Ruth Abney)</li>\n</ul>\n'
             '<p><strong>Apologies:</strong></p>\n<ul>\n<li>Councillor Ruth Abney</li>\n<li>Councillor Karen Whitlow</li>\n</ul>\n'
             '<p><strong>Also present:</strong></p>\n<ul>\n'
             '<li>Councillor Neil Grayson – Cabinet Member for Adult Social Care and Health</li>\n'
             '<li>Fiona Marr – Director of Adult Social Services</li>\n'
             '<li>Dr Alan Pryce – Director of Public Health</li>\n'
             '<li>Sunita Desai – Head of Commissioning and Market Development</li>\n'
             '<li>Gareth Hulme – Associate Director of Partnerships, North Tenbury Integrated Care Board</li>\n'
             '<li>Lucy Carnforth – Democratic Services Officer</li>\n</ul>\n<hr />\n')
    h.append('<h2 id="item-1-apologies-and-substitutions">Item 1: Apologies and Substitutions</h2>\n')
    h.append(p("Apologies for absence were received from Councillor Ruth Abney and Councillor Karen Whitlow. Councillor Tom Beardsall attended as substitute for Councillor Abney."))
    h.append('<h2 id="item-2-declarations-of-interest">Item 2: Declarations of Interest</h2>\n')
    h.append(p("Councillor Dawn Ferris declared a non-pecuniary interest in Item 4 as a close family member receives home care from one of the framework providers. She remained in the meeting and took part in the discussion."))
    h.append('<h2 id="item-3-minutes-of-the-previous-meeting">Item 3: Minutes of the Previous Meeting</h2>\n')
    h.append(p("<strong>Resolved:</strong> That the minutes of the meeting held on 14 January 2025 be approved as a correct record and signed by the Chair."))
    h.append('<h2 id="item-4-home-care-recommissioning-update">Item 4: Home Care Recommissioning – Update</h2>\n')
    h.append(p("The Cabinet Member for Adult Social Care and Health introduced the report, which set out progress in recommissioning the home care framework from 1 April 2025. Fourteen providers had been appointed across the four patch areas and a transition plan was in place for around 260 people whose care would move to a new provider."))
    h.append(p("Cllr Shah asked how many of the fourteen framework providers were owned by private equity investors rather than local family firms. The Director replied that three of the providers were part of national groups with private equity backing, and that the evaluation had scored financial resilience rather than ownership model."))
    h.append(p("Cllr Lusk asked what hourly rate the Council would pay framework providers and how it compared with the real cost of care. The Panel agreed to take the answer in writing." + fnref(1)))
    h.append(p("Cllr Ferris expressed concern that some care workers were still not paid for travel time between calls. The Cabinet Member said that payment for travel time was now a contractual requirement and that contract monitoring officers would check timesheets on every visit. Cllr Ferris asked for the results of those checks to be shared with the Panel, and this was agreed."))
    h.append(p("<strong>Resolved:</strong> That the update be noted and that a report on compliance with travel time payments be brought to the July meeting."))
    h.append('<h2 id="item-5-hospital-discharge-and-intermediate-care">Item 5: Hospital Discharge and Intermediate Care</h2>\n')
    h.append(p("The Associate Director of Partnerships presented the joint report of the Integrated Care Board and the Council on hospital discharge over the winter period."))
    h.append(p("Cllr Beardsall asked why the number of people waiting in hospital for a care package had risen since October. The Associate Director replied that the rise reflected more people needing two carers at home, and that the reablement service had been short of six occupational therapists for most of the winter."))
    h.append(p("The Chair asked whether the Better Care Fund allocation for discharge would be maintained at the same level in 2025/26. The answer was provided in writing after the meeting." + fnref(2)))
    h.append(p("Cllr Shah requested a breakdown by ward of emergency readmissions within thirty days of discharge."))
    h.append(p("<strong>Resolved:</strong> That the Panel notes the winter discharge report and the actions taken by partners."))
    h.append('<h2 id="item-6-public-health-grant-and-the-stop-smoking-service">Item 6: Public Health Grant and the Stop Smoking Service</h2>\n')
    h.append(p("The Director of Public Health introduced the report, which set out the 2025/26 public health grant allocation and options for the stop smoking service, whose current contract expires in March 2026."))
    h.append(p("Cllr Lusk asked whether service users had been consulted on the proposal to reduce clinic hours. The Director of Public Health replied that an online survey had drawn 312 responses and that most respondents preferred evening clinics to the present daytime sessions."))
    h.append(p("Cllr Ferris asked how many staff would transfer to the Council if the service were brought back in-house." + fnref(3)))
    h.append(p("Cllr Beardsall commented that the vaping awareness sessions in secondary schools had been very well received by parents in his ward."))
    h.append(p("<strong>Resolved:</strong> That Cabinet be recommended to bring the stop smoking service back in-house from 1 April 2026."))
    h.append('<h2 id="item-7-work-programme-202526">Item 7: Work Programme 2025/26</h2>\n')
    h.append(p("The Chair asked that delays to housing adaptations funded by the Disabled Facilities Grant be added to the work programme. The Democratic Services Officer replied that the item would be scheduled for the September meeting."))
    h.append(p("<strong>Resolved:</strong> That the work programme be agreed, subject to the addition of housing adaptations in September."))
    h.append('<h2 id="item-8-date-of-next-meeting">Item 8: Date of Next Meeting</h2>\n')
    h.append(p("<strong>Resolved:</strong> That the next meeting be held on Tuesday 8 July 2025 at 6.30 pm."))
    h.append(p("<em>The meeting closed at 8.41 pm.</em>"))
    h.append('<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">\n<hr />\n<ol>\n')
    for n, t in FOOTNOTES.items():
        h.append(f'<li id="fn{n}"><p>{html.escape(t, quote=False)}<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>\n')
    h.append('</ol>\n</section>\n</body>\n</html>\n')
    return "".join(h)

GOLD1 = {
 "document": D1, "doc_type": "minutes",
 "committee": "Adult Social Care and Health Scrutiny Panel", "meeting_date": "2025-03-11",
 "items": [
  {"number": "1", "title": "Apologies and Substitutions"},
  {"number": "2", "title": "Declarations of Interest"},
  {"number": "3", "title": "Minutes of the Previous Meeting"},
  {"number": "4", "title": "Home Care Recommissioning – Update"},
  {"number": "5", "title": "Hospital Discharge and Intermediate Care"},
  {"number": "6", "title": "Public Health Grant and the Stop Smoking Service"},
  {"number": "7", "title": "Work Programme 2025/26"},
  {"number": "8", "title": "Date of Next Meeting"},
 ],
 "questions": [
  {"item": "4", "kind": "question", "text": "how many of the fourteen framework providers were owned by private equity investors",
   "asked_by": "Cllr Shah", "answer": "three of the providers were part of national groups with private equity backing",
   "given_by": "The Director", "themes": ["privatisation", "subcontracting", "adult-social-care"]},
  {"item": "4", "kind": "question", "text": "what hourly rate the Council would pay framework providers",
   "asked_by": "Cllr Lusk", "answer": "the framework rate from 1 April 2025 is £24.10 per hour",
   "given_by": "Head of Commissioning and Market Development", "themes": ["finance", "subcontracting", "adult-social-care"]},
  {"item": "4", "kind": "concern", "text": "some care workers were still not paid for travel time between calls",
   "asked_by": "Cllr Ferris", "answer": "payment for travel time was now a contractual requirement",
   "given_by": "The Cabinet Member", "themes": ["workforce", "subcontracting", "adult-social-care"]},
  {"item": "4", "kind": "request", "text": "asked for the results of those checks to be shared with the Panel",
   "asked_by": "Cllr Ferris", "answer": None, "given_by": None, "themes": ["subcontracting", "adult-social-care"]},
  {"item": "5", "kind": "question", "text": "why the number of people waiting in hospital for a care package had risen",
   "asked_by": "Cllr Beardsall", "answer": "the reablement service had been short of six occupational therapists",
   "given_by": "The Associate Director", "themes": ["adult-social-care", "workforce"]},
  {"item": "5", "kind": "question", "text": "whether the Better Care Fund allocation for discharge would be maintained",
   "asked_by": "The Chair", "answer": "the discharge element of the Better Care Fund has been confirmed at £3.2 million",
   "given_by": "Head of Finance (Adults and Health)", "themes": ["finance", "integration", "adult-social-care"]},
  {"item": "5", "kind": "request", "text": "requested a breakdown by ward of emergency readmissions within thirty days",
   "asked_by": "Cllr Shah", "answer": None, "given_by": None, "themes": ["adult-social-care"]},
  {"item": "6", "kind": "question", "text": "whether service users had been consulted on the proposal to reduce clinic hours",
   "asked_by": "Cllr Lusk", "answer": "an online survey had drawn 312 responses",
   "given_by": "The Director of Public Health", "themes": ["patient-and-public-input", "public-health"]},
  {"item": "6", "kind": "question", "text": "how many staff would transfer to the Council if the service were brought back in-house",
   "asked_by": "Cllr Ferris", "answer": "eleven staff employed by the current provider would be in scope to transfer under TUPE",
   "given_by": "Head of Commissioning and Market Development", "themes": ["workforce", "privatisation", "public-health"]},
  {"item": "6", "kind": "comment", "text": "the vaping awareness sessions in secondary schools had been very well received",
   "asked_by": "Cllr Beardsall", "answer": None, "given_by": None, "themes": ["public-health", "children-and-families"]},
  {"item": "7", "kind": "request", "text": "delays to housing adaptations funded by the Disabled Facilities Grant be added",
   "asked_by": "The Chair", "answer": "the item would be scheduled for the September meeting",
   "given_by": "The Democratic Services Officer", "themes": ["housing", "governance"]},
 ],
 "resolutions": [
  {"item": "3", "text": "the minutes of the meeting held on 14 January 2025 be approved", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "a report on compliance with travel time payments be brought to the July meeting", "outcome": "agreed", "themes": ["workforce", "adult-social-care"]},
  {"item": "5", "text": "the Panel notes the winter discharge report and the actions taken by partners", "outcome": "noted", "themes": ["adult-social-care", "integration"]},
  {"item": "6", "text": "Cabinet be recommended to bring the stop smoking service back in-house", "outcome": "recommended", "themes": ["public-health", "privatisation"]},
  {"item": "7", "text": "the work programme be agreed, subject to the addition of housing adaptations", "outcome": "agreed", "themes": ["governance", "housing"]},
  {"item": "8", "text": "the next meeting be held on Tuesday 8 July 2025", "outcome": "agreed", "themes": []},
 ],
 "attendees": [
  {"name": "Councillor Margaret Oyelaran", "role": "Chair", "attendance": "present"},
  {"name": "Councillor Peter Lusk", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Councillor Dawn Ferris", "role": None, "attendance": "present"},
  {"name": "Councillor Imran Shah", "role": None, "attendance": "present"},
  {"name": "Councillor Tom Beardsall", "role": "substitute for Councillor Ruth Abney", "attendance": "present"},
  {"name": "Councillor Ruth Abney", "role": None, "attendance": "apologies"},
  {"name": "Councillor Karen Whitlow", "role": None, "attendance": "apologies"},
  {"name": "Councillor Neil Grayson", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
  {"name": "Fiona Marr", "role": "Director of Adult Social Services", "attendance": "in_attendance"},
  {"name": "Dr Alan Pryce", "role": "Director of Public Health", "attendance": "in_attendance"},
  {"name": "Sunita Desai", "role": "Head of Commissioning and Market Development", "attendance": "in_attendance"},
  {"name": "Gareth Hulme", "role": "Associate Director of Partnerships, North Tenbury Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Lucy Carnforth", "role": "Democratic Services Officer", "attendance": "in_attendance"},
 ],
}

# ---------------------------------------------------------------- document 2: CMS plain text
D2 = "dp-kelsham-health-wellbeing-board-2025-06-19.txt"

def para(s):
    return textwrap.fill(s, 78) + "\n\n"

def bullet(s):
    return textwrap.fill(s, 78, initial_indent="* ", subsequent_indent="  ") + "\n"

def build_txt():
    t = []
    t.append("Kelsham County Council\nHealth and Wellbeing Board\n\nMinutes - Thursday 19 June 2025, 2.00 pm\n"
             "Venue: Committee Room 2, County Hall, Kelsham\n"
             "Status: Approved\nPublished: 27/06/2025\n\n")
    t.append(para("Board members present: Councillor Harriet Moss (Chair, Cabinet Member for Health and Wellbeing); "
                  "Dr Sian Whitcombe (Vice-Chair, Clinical Director, Kelsham East Primary Care Network); "
                  "Councillor Daniel Okafor (Cabinet Member for Children and Families); Councillor Yvonne Tarrant; "
                  "Ruth Engleby (Director of Public Health); Mark Dunstable (Director of Adult Social Services); "
                  "Priya Venkat (Chief Executive, Healthwatch Kelsham)"))
    t.append(para("Apologies: Joanne Pellow (Director of Children's Services); Superintendent Carl Reeve (Kelsham Police)"))
    t.append(para("Also attending: Amira Lowther (Director of Strategy, Kelsham and Wyvern Integrated Care Board); "
                  "Stephen Gault (Head of Housing Options, Kelsham District Council); "
                  "Nadia Quirke (Senior Democratic Services Officer)"))
    t.append("-" * 60 + "\n\n")
    t.append("ITEM 1 – APOLOGIES FOR ABSENCE\n\n")
    t.append(para("Apologies were received as recorded above. No substitutes were nominated."))
    t.append("ITEM 2 – DECLARATIONS OF INTEREST\n\n")
    t.append(para("Dr Whitcombe declared an interest in Item 7 as a partner in a GP practice that receives Better Care Fund monies for a care home support scheme."))
    t.append("ITEM 3 – MINUTES OF THE MEETING HELD ON 20 MARCH 2025\n\n")
    t.append("The Board:\n")
    t.append(bullet("AGREED the minutes of the meeting held on 20 March 2025 as a correct record."))
    t.append("\n")
    t.append("ITEM 4 – JOINT LOCAL HEALTH AND WELLBEING STRATEGY: ANNUAL PROGRESS REPORT\n\n")
    t.append(para("The Director of Public Health presented the second annual progress report on the strategy, highlighting improvement on four of the six headline indicators and a widening gap in healthy life expectancy between the most and least deprived wards."))
    t.append("Board members discussed:\n")
    t.append(bullet("Cllr Tarrant asked whether the widening gap in healthy life expectancy was concentrated in particular towns. (The Director of Public Health responded that the gap was widest in the coastal wards of Sandmere and Port Kelsham, where smoking prevalence remained above 20 per cent.)"))
    t.append(bullet("The Chief Executive of Healthwatch Kelsham raised concern that residents had not been involved in setting the refreshed priorities. (The Chair responded that a public engagement exercise would run through the summer and report back in October.)"))
    t.append(bullet("Dr Whitcombe commented that primary care networks wanted to be named leads for the cardiovascular prevention priority."))
    t.append("\nThe Board:\n")
    t.append(bullet("NOTED the annual progress report and the performance against the headline indicators."))
    t.append(bullet("AGREED that cardiovascular prevention be led jointly by the primary care networks and the public health team."))
    t.append("\n")
    t.append("ITEM 5 – CHILDHOOD IMMUNISATION UPTAKE\n\n")
    t.append(para("The Board received a report on uptake of childhood vaccinations, which had fallen below the 95 per cent threshold for the second dose of MMR in all localities."))
    t.append("Board members discussed:\n")
    t.append(bullet("Cllr Okafor asked what was being done to reach families who had declined the MMR vaccine. (The Director of Public Health responded that school nurses would offer catch-up clinics and that a community champions scheme was being commissioned from a voluntary sector partner.)"))
    t.append(bullet("Cllr Tarrant asked whether the loss of health visitor posts had contributed to the fall in uptake. (The Director of Strategy responded that vacancies in the health visiting service had reached 18 per cent, and a recruitment campaign had started in May.)"))
    t.append(bullet("Dr Whitcombe asked that GP practices receive weekly lists of children overdue for immunisation."))
    t.append("\nThe Board:\n")
    t.append(bullet("NOTED the fall in childhood immunisation uptake across the county."))
    t.append(bullet("AGREED that the Chair write to NHS England asking for the immunisation commissioning budget to be protected."))
    t.append("\n")
    t.append("ITEM 6 – HOMELESSNESS AND HEALTH\n\n")
    t.append(para("The Head of Housing Options introduced a joint report on the health needs of people in temporary accommodation, including a rise in families placed outside the county."))
    t.append("Board members discussed:\n")
    t.append(bullet("Cllr Okafor expressed concern about children in temporary accommodation losing their school places when moved out of county. (The Head of Housing Options responded that out-of-county placements had fallen from 41 to 27 households since January.)"))
    t.append(bullet("The Director of Adult Social Services asked how many rough sleepers had been registered with a GP in the last year. (The Head of Housing Options responded that the outreach nurse had registered 63 people, but the post was funded only until March 2026.)"))
    t.append(bullet("The Chief Executive of Healthwatch Kelsham commented that tenants in private rented housing reported damp and mould affecting their children's asthma."))
    t.append("\nThe Board:\n")
    t.append(bullet("NOTED the report on homelessness and health."))
    t.append(bullet("RECOMMENDED to the County Council's Cabinet that funding for the homeless outreach nurse be continued beyond March 2026."))
    t.append("\n")
    t.append("ITEM 7 – BETTER CARE FUND PLAN 2025/26\n\n")
    t.append(para("The Director of Adult Social Services presented the Better Care Fund plan, which had been submitted to NHS England in draft on 2 June subject to Board approval."))
    t.append("Board members discussed:\n")
    t.append(bullet("Cllr Tarrant asked why spending on home-based reablement had been reduced while spending on short-term care home beds had increased. (The Director of Adult Social Services responded that the independent sector reablement contract had ended early and a replacement provider would not be in place until November.)"))
    t.append(bullet("The Chair asked whether the Board would see quarterly monitoring of the discharge metrics. (The Director of Strategy responded that a quarterly dashboard would be presented from September.)"))
    t.append("\nThe Board:\n")
    t.append(bullet("AGREED the Better Care Fund plan for 2025/26 for final submission."))
    t.append(bullet("AGREED to delegate minor amendments to the Director of Adult Social Services in consultation with the Chair."))
    t.append("\n")
    t.append("ITEM 8 – BOARD FORWARD PLAN\n\n")
    t.append("The Board:\n")
    t.append(bullet("NOTED the forward plan, with the summer engagement findings added for October."))
    t.append("\n")
    t.append("The meeting ended at 4.05 pm.\n\nChair ..............................\n\n"
             "Contact: Nadia Quirke, Senior Democratic Services Officer\n"
             "Page last updated: 27 June 2025\n")
    return "".join(t)

GOLD2 = {
 "document": D2, "doc_type": "minutes",
 "committee": "Health and Wellbeing Board", "meeting_date": "2025-06-19",
 "items": [
  {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
  {"number": "2", "title": "DECLARATIONS OF INTEREST"},
  {"number": "3", "title": "MINUTES OF THE MEETING HELD ON 20 MARCH 2025"},
  {"number": "4", "title": "JOINT LOCAL HEALTH AND WELLBEING STRATEGY: ANNUAL PROGRESS REPORT"},
  {"number": "5", "title": "CHILDHOOD IMMUNISATION UPTAKE"},
  {"number": "6", "title": "HOMELESSNESS AND HEALTH"},
  {"number": "7", "title": "BETTER CARE FUND PLAN 2025/26"},
  {"number": "8", "title": "BOARD FORWARD PLAN"},
 ],
 "questions": [
  {"item": "4", "kind": "question", "text": "whether the widening gap in healthy life expectancy was concentrated in particular towns",
   "asked_by": "Cllr Tarrant", "answer": "the gap was widest in the coastal wards of Sandmere and Port Kelsham",
   "given_by": "The Director of Public Health", "themes": ["public-health"]},
  {"item": "4", "kind": "concern", "text": "residents had not been involved in setting the refreshed priorities",
   "asked_by": "The Chief Executive of Healthwatch Kelsham", "answer": "a public engagement exercise would run through the summer",
   "given_by": "The Chair", "themes": ["patient-and-public-input", "public-health"]},
  {"item": "4", "kind": "comment", "text": "primary care networks wanted to be named leads for the cardiovascular prevention priority",
   "asked_by": "Dr Whitcombe", "answer": None, "given_by": None, "themes": ["primary-care", "public-health"]},
  {"item": "5", "kind": "question", "text": "what was being done to reach families who had declined the MMR vaccine",
   "asked_by": "Cllr Okafor", "answer": "school nurses would offer catch-up clinics",
   "given_by": "The Director of Public Health", "themes": ["public-health", "children-and-families", "subcontracting"]},
  {"item": "5", "kind": "question", "text": "whether the loss of health visitor posts had contributed to the fall in uptake",
   "asked_by": "Cllr Tarrant", "answer": "vacancies in the health visiting service had reached 18 per cent",
   "given_by": "The Director of Strategy", "themes": ["workforce", "public-health", "children-and-families"]},
  {"item": "5", "kind": "request", "text": "GP practices receive weekly lists of children overdue for immunisation",
   "asked_by": "Dr Whitcombe", "answer": None, "given_by": None, "themes": ["primary-care", "public-health", "children-and-families"]},
  {"item": "6", "kind": "concern", "text": "children in temporary accommodation losing their school places when moved out of county",
   "asked_by": "Cllr Okafor", "answer": "out-of-county placements had fallen from 41 to 27 households since January",
   "given_by": "The Head of Housing Options", "themes": ["housing", "children-and-families"]},
  {"item": "6", "kind": "question", "text": "how many rough sleepers had been registered with a GP in the last year",
   "asked_by": "The Director of Adult Social Services", "answer": "the outreach nurse had registered 63 people",
   "given_by": "The Head of Housing Options", "themes": ["housing", "primary-care", "finance"]},
  {"item": "6", "kind": "comment", "text": "tenants in private rented housing reported damp and mould affecting their children's asthma",
   "asked_by": "The Chief Executive of Healthwatch Kelsham", "answer": None, "given_by": None, "themes": ["housing", "children-and-families"]},
  {"item": "7", "kind": "question", "text": "why spending on home-based reablement had been reduced while spending on short-term care home beds",
   "asked_by": "Cllr Tarrant", "answer": "the independent sector reablement contract had ended early",
   "given_by": "The Director of Adult Social Services", "themes": ["finance", "adult-social-care", "subcontracting", "integration"]},
  {"item": "7", "kind": "question", "text": "whether the Board would see quarterly monitoring of the discharge metrics",
   "asked_by": "The Chair", "answer": "a quarterly dashboard would be presented from September",
   "given_by": "The Director of Strategy", "themes": ["governance", "adult-social-care", "integration"]},
 ],
 "resolutions": [
  {"item": "3", "text": "AGREED the minutes of the meeting held on 20 March 2025 as a correct record", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "NOTED the annual progress report and the performance against the headline indicators", "outcome": "noted", "themes": ["public-health"]},
  {"item": "4", "text": "cardiovascular prevention be led jointly by the primary care networks", "outcome": "agreed", "themes": ["public-health", "primary-care", "integration"]},
  {"item": "5", "text": "NOTED the fall in childhood immunisation uptake across the county", "outcome": "noted", "themes": ["public-health", "children-and-families"]},
  {"item": "5", "text": "the Chair write to NHS England asking for the immunisation commissioning budget", "outcome": "agreed", "themes": ["public-health", "finance", "subcontracting"]},
  {"item": "6", "text": "NOTED the report on homelessness and health", "outcome": "noted", "themes": ["housing"]},
  {"item": "6", "text": "funding for the homeless outreach nurse be continued beyond March 2026", "outcome": "recommended", "themes": ["housing", "finance"]},
  {"item": "7", "text": "AGREED the Better Care Fund plan for 2025/26 for final submission", "outcome": "agreed", "themes": ["integration", "finance", "adult-social-care"]},
  {"item": "7", "text": "delegate minor amendments to the Director of Adult Social Services", "outcome": "agreed", "themes": ["governance"]},
  {"item": "8", "text": "NOTED the forward plan, with the summer engagement findings added", "outcome": "noted", "themes": ["governance", "patient-and-public-input"]},
 ],
 "attendees": [
  {"name": "Councillor Harriet Moss", "role": "Chair, Cabinet Member for Health and Wellbeing", "attendance": "present"},
  {"name": "Dr Sian Whitcombe", "role": "Vice-Chair, Clinical Director, Kelsham East Primary Care Network", "attendance": "present"},
  {"name": "Councillor Daniel Okafor", "role": "Cabinet Member for Children and Families", "attendance": "present"},
  {"name": "Councillor Yvonne Tarrant", "role": None, "attendance": "present"},
  {"name": "Ruth Engleby", "role": "Director of Public Health", "attendance": "present"},
  {"name": "Mark Dunstable", "role": "Director of Adult Social Services", "attendance": "present"},
  {"name": "Priya Venkat", "role": "Chief Executive, Healthwatch Kelsham", "attendance": "present"},
  {"name": "Joanne Pellow", "role": "Director of Children's Services", "attendance": "apologies"},
  {"name": "Superintendent Carl Reeve", "role": "Kelsham Police", "attendance": "apologies"},
  {"name": "Amira Lowther", "role": "Director of Strategy, Kelsham and Wyvern Integrated Care Board", "attendance": "in_attendance"},
  {"name": "Stephen Gault", "role": "Head of Housing Options, Kelsham District Council", "attendance": "in_attendance"},
  {"name": "Nadia Quirke", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
 ],
}

# ---------------------------------------------------------------- check helpers
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li", "h1", "h2", "br", "ul", "ol", "section"): self.out.append(" ")

def norm(s):
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())

def source_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        x = _Text(); x.feed(raw); return "".join(x.out)
    return raw

def check():
    ok = True
    for name in sorted(os.listdir(GOLD)):
        if not name.startswith("dp-"): continue
        g = json.load(open(os.path.join(GOLD, name), encoding="utf-8"))
        doc = norm(source_text(os.path.join(DOCS, g["document"])))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]: phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []): phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", doc))
            if c != 1 or not (6 <= n <= 15):
                ok = False; print(f"FAIL {name} {kind} ({c} hits, {n} words): {ph}")
        print(f"{name}: {len(g.get('items',[]))} items, {len(g.get('questions',[]))} questions, "
              f"{len(g.get('resolutions',[]))} resolutions, {len(g.get('attendees',[]))} attendees")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for fn, content, gold in ((D1, build_html(), GOLD1), (D2, build_txt(), GOLD2)):
        with open(os.path.join(DOCS, fn), "w", encoding="utf-8", newline="\n") as f: f.write(content)
        gname = os.path.splitext(fn)[0] + ".json"
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
