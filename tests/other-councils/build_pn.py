#!/usr/bin/env python3
"""Build the "pn-" documents (round 215) and their gold annotations.

Usage:  build_pn.py           build documents/pn-* and gold/pn-*.json
        build_pn.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "pn-caldshore-health-overview-scrutiny-panel-2025-11-13.html"
REPORT_NAME = "pn-caldshore-sexual-health-service-reprocurement-report-2025-11-13.pdf"

FIXED = dt.datetime(2025, 11, 4, 9, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page (ieListDocuments.aspx)
# ---------------------------------------------------------------------------

SITE = "https://www.caldshore.gov.uk"
MG = SITE + "/modernGov"


def p(text: str) -> str:
    return f'<p class="MsoNormal">{text}</p>'


def bullet(text: str) -> str:
    # a bullet pasted from Word: Symbol-font middle dot and a run of spaces
    return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
            '<span style="font-family:Symbol">·</span>'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            '&nbsp; </span>' + text + '</p>')


def clause(label: str, text: str) -> str:
    return ('<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
            f'{label}<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
            f'{text}</p>')


def resolved(intro: str = " that:") -> str:
    return f'<p class="MsoNormal"><b>RESOLVED</b>{intro}</p>'


ITEMS = []


def item(number, title, agenda, minutes, docs=(), size=None):
    ITEMS.append((number, title, agenda, minutes, docs, size))


item("29", "Apologies and Changes in Panel Membership (If Any)",
     "To note any changes in membership of the Panel made in accordance with Council "
     "Procedure Rule 4.3.",
     [
         p("It was noted that following receipt of the temporary resignation of Councillor "
           "Hartigan from the Panel, the Director of Legal and Governance, acting under "
           "delegated powers, had appointed Councillor Tobin to replace them for the purposes "
           "of this meeting."),
         p("Apologies were also received from Councillor Lomax."),
     ])

item("30", "Disclosure of Personal and Pecuniary Interests",
     "In accordance with the Localism Act 2011, and the Council's Code of Conduct, Members "
     "to disclose any personal or pecuniary interests in any matter included on the agenda "
     "for this meeting.",
     [
         p("Councillor Fairlie declared a personal interest in that her daughter was employed "
           "as a dental nurse at a practice in Saltmead Green which held an NHS contract, and "
           "remained in the meeting and took part in the discussion thereon."),
         p("Councillor Drummond declared a personal interest in that he was a trustee of the "
           "Caldshore Carers' Centre, which received grant funding from the Council, and "
           "remained in the meeting and took part in the discussion thereon."),
     ])

item("31", "Declarations of Scrutiny Interest",
     "Members are invited to consider the need to declare a scrutiny interest in any matter "
     "included on the agenda for this meeting.",
     [p("There were none.")])

item("32", "Statement from the Chair",
     "",
     [
         p("The Chair welcomed Priya Venkatesan, the newly appointed Chief Executive of "
           "Healthwatch Caldshore, to her first meeting of the Panel."),
         p("The Chair also informed the Panel that the Cabinet, at its meeting on 21 October "
           "2025, had accepted all eleven recommendations of the Panel's inquiry into access "
           "to GP services, and thanked the Members and officers who had taken part in the "
           "inquiry over the previous municipal year."),
     ])

item("33", "Minutes of the Previous Meeting (Including Matters Arising)",
     "To approve and sign as a correct record the Minutes of the meeting held on 18 "
     "September 2025 and to deal with any matters arising, attached.",
     [
         resolved(": that the minutes of the meeting held on 18 September 2025 be approved "
                  "and signed as a correct record."),
         p("<u>Matters arising</u>"),
         p("With regard to Minute 24 (Adult Mental Health Crisis Services), Councillor Ashcroft "
           "asked whether the figures on out of area placements that the Panel had requested "
           "from the mental health trust had been received. The Scrutiny Manager advised that "
           "the information had been provided by the trust on 6 November 2025 and would be "
           "circulated to Members with the papers for the January meeting."),
     ],
     docs=[("Minutes 18th September 2025, item 33.", "167 KB")], size="167 KB")

item("34", "NHS Dental Services in Caldshore - Access and Recovery",
     "Report of the Director of Primary Care, Caldshore and Downland Integrated Care Board, "
     "providing the Panel with an update on access to NHS dental services in the city.",
     [
         p("The Panel considered the report of the Director of Primary Care, Caldshore and "
           "Downland Integrated Care Board (ICB), providing an update on access to NHS dental "
           "services in Caldshore and on progress with the ICB's dental recovery plan. (Copy "
           "of the report circulated with the agenda and appended to the signed minutes)."),
         p("Tessa Ambrose, Director of Primary Care, Caldshore and Downland ICB; Dr Kwame "
           "Asante-Lind, Clinical Director, Community Dental Service, Downland Community Health "
           "NHS Trust; and Priya Venkatesan, Chief Executive, Healthwatch Caldshore, were "
           "present and, with the consent of the Chair, addressed the meeting."),
         p("The Panel were informed that 39 per cent of adults in Caldshore had seen an NHS "
           "dentist in the last 24 months, compared with 41 per cent across the ICB area, and "
           "that 14 of the 37 general dental practices in the city had been accepting new adult "
           "NHS patients at the end of October 2025. The ICB had commissioned 6,200 additional "
           "urgent dental appointments in Caldshore during 2024/25 and had introduced a "
           "recruitment incentive of up to £20,000 for dentists committing to work in the east "
           "of the city for three years. The Chief Executive of Healthwatch Caldshore reported "
           "that NHS dentistry had been the most common reason for residents contacting "
           "Healthwatch in each of the last six quarters, and that many of those who contacted "
           "them had been told by practices that they could be seen privately within a week."),
         p("The Panel discussed a number of points including:"),
         bullet("<i>Contracts handed back</i> – Councillor Bhandari asked how many practices in the "
                "city had reduced or handed back their NHS contract since April 2023. The Panel "
                "were informed that three practices had handed back their contracts in full and "
                "a further five had reduced the amount of NHS activity they were contracted to "
                "deliver, representing around 48,000 units of dental activity in total."),
         bullet("<i>Replacing lost activity</i> – In response to a question about what had "
                "happened to the activity given up by those practices, the Director of Primary "
                "Care explained that around 60 per cent had been re-procured through the ICB's "
                "flexible commissioning scheme, but that two procurement rounds for a new "
                "practice in Weymarsh had attracted no bids from providers."),
         bullet("<i>Children's oral health</i> – Concern was expressed at the number of young "
                "children admitted to hospital to have decayed teeth removed. It was noted that "
                "212 children from Caldshore had had teeth extracted under general anaesthetic "
                "in 2024/25, and that the supervised toothbrushing programme funded by the "
                "Council now reached 46 nurseries and primary schools in the most deprived "
                "wards."),
         bullet("<i>Urgent treatment</i> – Councillor Drummond sought clarification on how "
                "residents who were not registered with any dentist could get treatment for "
                "toothache or infection. It was explained that residents should call NHS 111, "
                "which could book an urgent appointment at one of five practices in the city "
                "holding urgent care sessions each weekday."),
         bullet("<i>Workforce</i> – The Panel queried whether the shortage of dentists was the "
                "main barrier to increasing NHS activity. Dr Asante-Lind advised that recruiting "
                "and keeping dentists willing to work under the NHS contract was the single "
                "greatest challenge, and that the Community Dental Service itself currently "
                "had two vacant specialist posts."),
         bullet("<i>Information for residents</i> – Councillor Fairlie requested that a list of "
                "the practices accepting new NHS patients be published on the Council's website "
                "and kept up to date."),
         p("Councillor Trelawney asked whether the changes to the national dental contract "
           "announced for 2026 would make NHS work more attractive to local practices. The "
           "Director of Primary Care responded that it was too early to say, as the detail of "
           "the changes and the funding attached to them had not yet been published."),
         resolved(),
         clause("(i)", "That the ICB be asked to provide the Panel with a breakdown, by ward, "
                "of the dental practices accepting new NHS patients; and"),
         clause("(ii)", "That the Chair, on behalf of the Panel, writes to the Secretary of "
                "State for Health and Social Care seeking urgent reform of the NHS dental "
                "contract and highlighting the position in Caldshore."),
     ],
     docs=[("NHS Dental Services in Caldshore, item 34.", "412 KB"),
           ("Appendix 1 - Dental access by ward, item 34.", "538 KB")], size="412 KB")

item("35", "Re-procurement of the Integrated Sexual Health Service",
     "Report of the Cabinet Member for Adults and Health outlining the proposed approach to "
     "the re-procurement of the city's integrated sexual health service.",
     [
         p("The Panel considered the report of the Cabinet Member for Adults and Health "
           "outlining the proposed approach to the re-procurement of the integrated sexual "
           "health service, prior to a decision being taken by the Cabinet on 16 December "
           "2025. (Copy of the report circulated with the agenda and appended to the signed "
           "minutes)."),
         p("Councillor Renshaw, Cabinet Member for Adults and Health; Dr Helen Marchbank, "
           "Director of Public Health; and Rachel Ingram-Lowe, Consultant in Public Health, "
           "were present and, with the consent of the Chair, addressed the meeting."),
         p("Ms Jean Colquhoun, a member of the public, was also present and, with the consent "
           "of the Chair, addressed the meeting. Ms Colquhoun, who volunteered with a local HIV "
           "support charity, expressed concern that moving the main clinic away from Harbour "
           "Street would make the service harder to reach for young people and for people "
           "living with HIV. The Director of Public Health responded that bidders would be "
           "required to provide a city centre hub within a ten minute walk of the central bus "
           "station, together with outreach clinics in the east and west of the city."),
         p("The Panel were informed that the current contract with Harbourline Health Ltd "
           "would end on 31 March 2027, having already been extended twice; that the annual "
           "value of the contract was £3.4m, funded from the Public Health Grant; and that "
           "officers proposed a competitive procurement under the Provider Selection Regime "
           "for a contract of five years with the option to extend by up to three further "
           "years. Engagement carried out over the summer had received 640 responses, with "
           "residents asking for more evening and weekend appointments, easier online booking "
           "and a clinic that young people felt comfortable walking into."),
         p("The Panel discussed a number of points including:"),
         bullet("<i>Option of an in-house service</i> – Councillor Ashcroft asked why the "
                "options of bringing the service in-house, or of awarding it directly to an "
                "NHS trust, had been rejected. The Director of Public Health explained that the "
                "Council did not hold the clinical governance arrangements or the prescribing "
                "workforce needed to run the service itself, and that a direct award had not "
                "been possible because more than one provider had expressed an interest."),
         bullet("<i>Subcontracting</i> – Concern was raised that the current provider "
                "subcontracted the online testing service to a national company, and that the "
                "Council had little oversight of that arrangement. It was noted that the new "
                "specification would require any subcontract to be approved by the Council in "
                "advance, with subcontractors reporting against the same performance "
                "indicators as the main provider."),
         bullet("<i>Evaluation</i> – The Panel queried the balance between price and quality "
                "in the evaluation of bids. Officers advised that tenders would be scored 70 per "
                "cent on quality, 20 per cent on price and 10 per cent on social value."),
         bullet("<i>Staff</i> – Councillor Tobin asked what would happen to clinic staff if "
                "the contract passed to a different organisation. It was confirmed that TUPE "
                "would apply and that the incoming provider would be required to honour the "
                "existing terms and conditions of transferring staff."),
         bullet("<i>Funding</i> – Councillor Bhandari sought assurance that the service would "
                "not be reduced to make savings. The Cabinet Member for Adults and Health stated "
                "that the contract value would be held at its current level for the first two "
                "years, with any uplift after that depending on the Public Health Grant "
                "settlement."),
         bullet("<i>Young people</i> – Councillor Fairlie requested that young people be "
                "involved in evaluating the bids. The Consultant in Public Health agreed to "
                "discuss with the Caldshore Youth Council how this could be arranged."),
         p("Councillor Ashcroft moved and Councillor Tobin seconded that the Panel recommend "
           "to the Cabinet that a fully costed in-house option be developed before the "
           "procurement is launched."),
         p("<b>RECORDED VOTE</b> on the motion:"),
         p("FOR: Councillors Ashcroft and Tobin<br>"
           "AGAINST: Councillors Okonedo, Trelawney, Bhandari and Drummond<br>"
           "ABSTAINED: Councillor Fairlie"),
         p("Upon being put to the vote the motion was LOST."),
         resolved(" that the Panel recommended to the Cabinet that:"),
         clause("(i)", "The panel evaluating the tenders includes a young person and a "
                "service user with lived experience of the service; and"),
         clause("(ii)", "Any subcontracting arrangements proposed by bidders are set out in "
                "full in their tender and approved by the Council before the contract is "
                "awarded."),
     ],
     docs=[("Re-procurement of the Integrated Sexual Health Service, item 35.", "389 KB"),
           ("Appendix 1 - Summary of engagement findings, item 35.", "276 KB"),
           ("Appendix 2 - ESIA, item 35.", "201 KB")], size="389 KB")

item("36", "Home Care, Subcontracting and Hospital Discharge",
     "Report of the Cabinet Member for Adults and Health on the performance of the home care "
     "framework and its contribution to timely discharge from hospital.",
     [
         p("The Panel considered the report of the Cabinet Member for Adults and Health on the "
           "performance of the home care framework, which began in April 2024, and its "
           "contribution to timely discharge from hospital. (Copy of the report circulated "
           "with the agenda and appended to the signed minutes)."),
         p("Councillor Renshaw, Cabinet Member for Adults and Health; Claire Oduya, Director "
           "of Adult Social Care; Simon Penhaligon, Head of Integrated Commissioning; and "
           "Marcus Hale, Deputy Chief Operating Officer, University Hospital Caldshore NHS "
           "Foundation Trust, were present and, with the consent of the Chair, addressed the "
           "meeting."),
         p("The Panel were informed that 26 providers on the framework were delivering "
           "around 21,500 hours of care each week, of which 64 per cent was delivered by four "
           "lead providers, one for each zone of the city. The average number of patients at "
           "the city's hospitals who no longer met the criteria to reside had fallen from 71 "
           "in October 2024 to 52 in October 2025, and the average wait for a package of care "
           "on leaving hospital was now under three days. The Head of Integrated "
           "Commissioning reported that the framework would be refreshed in April 2026, when "
           "new providers would be able to join, and that a market position statement setting "
           "out the Council's intentions for home care, extra care and residential care would "
           "be published in the new year."),
         p("Councillor Drummond raised concerns that lead providers were passing packages of "
           "care to smaller agencies at a lower hourly rate, and asked how the Council "
           "monitored the quality of the care those agencies provided. The Head of Integrated "
           "Commissioning explained that subcontracting was permitted only with the Council's "
           "written consent, that 11 per cent of framework hours were currently subcontracted, "
           "and that the quality assurance team visited every subcontracted agency at least "
           "once a year."),
         p("Councillor Trelawney asked whether care workers were paid for travelling between "
           "visits. It was confirmed that the framework rate of £24.10 an hour included an "
           "allowance for travel time, and that providers were required to pay at least the "
           "Real Living Wage, which was checked as part of contract monitoring."),
         p("The Panel questioned why some patients who needed care at home were still "
           "waiting more than a week to leave hospital. The Deputy Chief Operating Officer "
           "said that most of the longest delays now involved patients needing two carers at "
           "each visit, or equipment such as hoists that had to be fitted before they went "
           "home."),
         p("Councillor Bhandari sought clarification on how many people living at home were "
           "waiting for a package of care to start. The Director of Adult Social Care advised "
           "that 37 people were waiting, compared with 112 a year earlier, and that no one had "
           "waited longer than 14 days."),
         p("Concern was expressed that families were not always told which agency would be "
           "providing care before their relative left hospital. The Director of Adult Social "
           "Care acknowledged this and undertook to review the information given to families "
           "at the point of discharge."),
         p("Councillor Fairlie asked whether the Council had considered setting up its own "
           "home care team for people with the most complex needs."),
         resolved(),
         clause("(i)", "That the report be noted; and"),
         clause("(ii)", "That the number of subcontracted hours delivered by each lead "
                "provider be circulated to Members of the Panel."),
     ],
     docs=[("Home Care and Hospital Discharge, item 36.", "455 KB")], size="455 KB")

item("37", "Vaping Among Children and Young People",
     "Report of the Director of Public Health and the Service Lead, Trading Standards and "
     "Licensing, on the action being taken to reduce vaping among children and young people.",
     [
         p("The Panel considered the report of the Director of Public Health and the Service "
           "Lead, Trading Standards and Licensing, setting out the action being taken to "
           "reduce vaping among children and young people in the city. (Copy of the report "
           "circulated with the agenda and appended to the signed minutes)."),
         p("Councillor Delacroix, Cabinet Member for Communities and Customer Engagement; Dr "
           "Helen Marchbank, Director of Public Health; and Gary Stott, Service Lead, Trading "
           "Standards and Licensing, were present and, with the consent of the Chair, "
           "addressed the meeting."),
         p("The Panel were informed that the most recent survey of pupils in Years 8 and 10 "
           "had found that 9 per cent of Year 10 pupils vaped regularly, compared with 4 per "
           "cent of adults in the city, and that fruit flavours and bright packaging remained "
           "the most common reasons given for trying a vape."),
         p("The Service Lead, Trading Standards and Licensing, outlined the joint work "
           "carried out with the police and the Border Force under Operation Tidewater, which "
           "had targeted premises near schools and colleges, and explained that the Tobacco "
           "and Vapes Bill, once in force, would give the Council new powers to issue fixed "
           "penalty notices to retailers. The Director of Public Health emphasised that vaping "
           "remained far less harmful than smoking for adults trying to quit, and that the "
           "Council's message to young people was that if they did not smoke they should not "
           "vape."),
         p("The Panel discussed a number of points including:"),
         bullet("<i>Underage sales</i> – Councillor Tobin asked how many shops had been found "
                "selling vapes to children. It was explained that 19 test purchases had been "
                "carried out in 2024/25, seven of which had resulted in a sale, and that two "
                "retailers had since been prosecuted."),
         bullet("<i>Disposable vapes</i> – The Panel asked whether the national ban on "
                "single-use vapes from June 2025 had reduced their availability. The Service "
                "Lead reported that 2,300 illegal disposable vapes had been seized since the ban, "
                "mostly from convenience stores and market stalls."),
         bullet("<i>Schools</i> – Concern was expressed about pupils vaping in school toilets "
                "and the effect on attendance. The Panel were advised that the public health "
                "team had delivered vaping education sessions in every secondary school in "
                "2024/25 and was working with headteachers on a common approach."),
         bullet("<i>Help to quit</i> – Councillor Ashcroft requested that the stop smoking "
                "service offer support to young people who wanted to give up vaping."),
         resolved(" that the Panel noted the report."),
     ],
     docs=[("Vaping Among Children and Young People, item 37.", "298 KB")], size="298 KB")

item("38", "Monitoring Scrutiny Recommendations",
     "Report of the Scrutiny Manager enabling the Panel to monitor and track progress on "
     "recommendations made at previous meetings.",
     [
         p("The Panel received and noted the report of the Scrutiny Manager enabling the Panel "
           "to monitor and track progress on recommendations made at previous meetings."),
         p("Councillor Trelawney asked when a response would be received on the Panel's "
           "recommendation about ambulance handover delays. The Scrutiny Manager advised that "
           "the ambulance trust had committed to respond before the next meeting of the Panel "
           "on 22 January 2026."),
     ],
     docs=[("Monitoring Scrutiny Recommendations, item 38.", "182 KB")], size="182 KB")


ATTENDANCE = [
    ("Present:", ["Councillors Okonedo (Chair), Trelawney (Vice-Chair), Ashcroft, Bhandari, "
                  "Drummond, Fairlie and Tobin"]),
    ("Apologies:", ["Councillors Hartigan and Lomax"]),
    ("Also in attendance:", [
        "Councillor Renshaw – Cabinet Member for Adults and Health",
        "Councillor Delacroix – Cabinet Member for Communities and Customer Engagement",
    ]),
    ("Officers:", [
        "Dr Helen Marchbank – Director of Public Health",
        "Claire Oduya – Director of Adult Social Care",
        "Simon Penhaligon – Head of Integrated Commissioning",
        "Rachel Ingram-Lowe – Consultant in Public Health",
        "Gary Stott – Service Lead, Trading Standards and Licensing",
        "Neil Faraday – Scrutiny Manager",
    ]),
    ("Guests:", [
        "Tessa Ambrose – Director of Primary Care, Caldshore and Downland ICB",
        "Dr Kwame Asante-Lind – Clinical Director, Community Dental Service, Downland "
        "Community Health NHS Trust",
        "Marcus Hale – Deputy Chief Operating Officer, University Hospital Caldshore NHS "
        "Foundation Trust",
        "Priya Venkatesan – Chief Executive, Healthwatch Caldshore",
    ]),
]


def minutes_html() -> str:
    out = []
    w = out.append
    w('<!DOCTYPE html>')
    w('<html lang="en-GB">')
    w('<head>')
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<title>Agenda and minutes - Health Overview and Scrutiny Panel, Thursday, 13th '
      'November, 2025 6.00 pm - Caldshore City Council</title>')
    w('<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">')
    w('<link rel="stylesheet" href="SiteSpecific/ssWordStyles.css">')
    w('<script src="jquery-ui/js/jquery-3.5.1.min.js"></script>')
    w('</head>')
    w('<body>')
    w('<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie notice">')
    w('<p>We use some essential cookies to make this website work. We would also like to set '
      'analytics cookies to understand how you use the site.</p>')
    w('<button type="button">Accept analytics cookies</button> '
      '<button type="button">Reject analytics cookies</button> '
      f'<a href="{SITE}/cookies/">View cookies</a>')
    w('</div>')
    w('<a class="skip-link" href="#mgContent">Skip to main content</a>')
    w('<header class="scc-header">')
    w(f'<a href="{SITE}/" class="scc-logo"><img src="/SiteSpecific/images/caldshore-logo.svg" '
      'alt="Caldshore City Council homepage"></a>')
    w('<form class="scc-search" action="/search/" method="get"><label for="q">Search this '
      'site</label> <input id="q" name="q" type="search"> <button>Search</button></form>')
    w('<nav class="scc-nav" aria-label="Main menu"><ul>')
    for label in ("Bins and recycling", "Council tax", "Housing", "Parking and travel",
                  "Schools and learning", "Social care and health", "Council and democracy"):
        slug = label.lower().replace(" ", "-")
        w(f'<li><a href="{SITE}/{slug}/">{label}</a></li>')
    w('</ul></nav>')
    w('</header>')
    w('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>')
    for label, href in (("Home", SITE + "/"),
                        ("Council and democracy", SITE + "/council-and-democracy/"),
                        ("Councillors, meetings and elections", MG + "/mgMemberIndex.aspx"),
                        ("Browse meetings", MG + "/ieDocHome.aspx"),
                        ("Health Overview and Scrutiny Panel", MG + "/ieListMeetings.aspx?CId=468"),
                        ("Meeting", None)):
        if href:
            w(f'<li><a href="{href}">{label}</a></li>')
        else:
            w(f'<li aria-current="page">{label}</li>')
    w('</ol></nav>')
    w('<div id="modgov">')
    w('<div class="mgSidebar" id="mgSidebar">')
    w('<h2 class="mgSideBarTitle">Meeting Documents</h2>')
    w('<ul class="mgActionList">')
    for label, size in (("Agenda frontsheet", "118 KB"), ("Agenda reports pack", "4 MB"),
                        ("Printed minutes", "231 KB")):
        w(f'<li><a href="{MG}/documents/g7731/{label.replace(" ", "%20")}.pdf">{label} '
          f'<span class="mgFileSize">PDF {size}</span></a></li>')
    w('</ul>')
    w('<h2 class="mgSideBarTitle">Meeting Information</h2>')
    w('<ul class="mgActionList">')
    for label in ("Meeting details", "Attendance", "Issue history", "Related meetings",
                  "Add to your calendar"):
        w(f'<li><a href="{MG}/mgMeetingAttendance.aspx?ID=7731">{label}</a></li>')
    w('</ul>')
    w('<h2 class="mgSideBarTitle">Council and democracy</h2>')
    w('<ul class="mgActionList">')
    for label in ("Committee structure", "Councillors", "Calendar", "Forward plans",
                  "Decisions", "Search documents", "Subscribe to updates", "Petitions",
                  "Webcasts"):
        w(f'<li><a href="{MG}/ie{label.replace(" ", "")}.aspx">{label}</a></li>')
    w('</ul>')
    w('</div>')
    w('<div class="mgContent" id="mgContent">')
    w('<h1 class="mgMainTitleTxt">Agenda and minutes</h1>')
    w('<h2 class="mgSubTitleTxt">Health Overview and Scrutiny Panel - Thursday, 13th November, '
      '2025 6.00 pm</h2>')
    w('<div class="mgLinks"><ul>')
    w('<li><a href="#mgItems">Items</a></li>')
    w('<li><a href="#mgMedia">Media</a></li>')
    w('<li><a href="#mgAttendance">Attendance</a></li>')
    w('</ul></div>')
    w('<p class="mgSubTitleTxt"><b>Venue:</b> Conference Rooms 3 and 4 - Civic Centre. '
      f'<a href="{MG}/mgVenueDetails.aspx?ID=12">View directions</a></p>')
    w('<p class="mgSubTitleTxt"><b>Contact:</b> Neil Faraday, Scrutiny Manager&nbsp; '
      'Email: <a href="mailto:scrutiny@caldshore.gov.uk">scrutiny@caldshore.gov.uk</a>&nbsp; '
      'Tel: 01632 960418</p>')
    w('<h2 class="mgSectionTitle" id="mgMedia">Media</h2>')
    w('<div class="mgWebcast"><p><a href="https://caldshore.public-i.tv/core/portal/webcast_'
      'interactive/912044">Webcast: Health Overview and Scrutiny Panel, 13 November 2025</a>'
      '</p><p>This meeting was broadcast live on the Council\'s webcasting site. The recording '
      'will remain available for six months.</p></div>')

    # attendance, as the clerk types it at the head of the printed minutes
    w('<h2 class="mgSectionTitle" id="mgAttendance">Attendance</h2>')
    w('<div class="mgAttendance">')
    w('<table class="mgAttendanceTable" summary="Attendance">')
    for label, lines in ATTENDANCE:
        w('<tr>')
        w(f'<td class="mgAttendanceLabel"><b>{label}</b></td>')
        w('<td class="mgAttendanceNames">' + "<br>".join(lines) + '</td>')
        w('</tr>')
    w('</table>')
    w('</div>')

    w('<h2 class="mgSectionTitle" id="mgItems">Items</h2>')
    w('<table class="mgItemTable" summary="Agenda items">')
    w('<tr><th scope="col" class="mgItemNumberHeader">No.</th>'
      '<th scope="col" class="mgItemTitleHeader">Item</th></tr>')
    for number, title, agenda, minutes, docs, size in ITEMS:
        w('<tr>')
        w(f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>')
        w('<td>')
        link = (f'<a href="{MG}/mgIssueHistoryHome.aspx?IId={4100 + int(number)}">'
                f'{title}</a>')
        if size:
            link += (f' <img src="mgimages/logo-pdf.gif" alt="pdf icon"> '
                     f'<span class="mgFileSize">PDF {size}</span>')
        w(f'<p class="mgAiTitleTxt">{link}</p>')
        if agenda:
            w(f'<div class="mgAiTxt"><p>{agenda}</p></div>')
        w('<p class="mgSubItemTitleTxt">Minutes:</p>')
        w('<div class="mgWordPara">')
        for para in minutes:
            w(para)
        w('</div>')
        if docs:
            w('<p class="mgSubItemTitleTxt">Supporting documents:</p>')
            w('<ul class="mgBulletList">')
            for label, dsize in docs:
                w(f'<li><a href="{MG}/documents/s9{number}41/{label.split(",")[0].replace(" ", "%20")}.pdf">'
                  f'{label}</a> <span class="mgFileSize">PDF {dsize}</span></li>')
            w('</ul>')
        w('</td>')
        w('</tr>')
    w('</table>')
    w('<p class="mgPrintedMinutesNote">The minutes are subject to confirmation at the next '
      'meeting of the Panel. Signed minutes are available on request from Democratic '
      'Services.</p>')
    w('</div>')
    w('</div>')
    w('<footer class="scc-footer">')
    w('<ul>')
    for label in ("Contact us", "Accessibility statement", "Privacy", "Cookies",
                  "Terms and disclaimer", "Jobs", "Newsroom"):
        w(f'<li><a href="{SITE}/{label.lower().replace(" ", "-")}/">{label}</a></li>')
    w('</ul>')
    w('<p>Caldshore City Council, Civic Centre, Caldshore CL1 4DQ</p>')
    w('<p>© Caldshore City Council 2025</p>')
    w('</footer>')
    w('</body>')
    w('</html>')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The report (not minutes): Caldshore's standard report template, as a PDF
# ---------------------------------------------------------------------------

REPORT_HEAD = [
    ("DECISION-MAKER:", "HEALTH OVERVIEW AND SCRUTINY PANEL"),
    ("SUBJECT:", "RE-PROCUREMENT OF THE INTEGRATED SEXUAL HEALTH SERVICE"),
    ("DATE OF DECISION:", "13 NOVEMBER 2025"),
    ("REPORT OF:", "CABINET MEMBER FOR ADULTS AND HEALTH"),
]

REPORT_CONTACTS = [
    ("Director", "Title", "Director of Public Health"),
    ("", "Name:", "Dr Helen Marchbank"),
    ("", "E-mail:", "publichealth@caldshore.gov.uk"),
    ("Author:", "Title", "Consultant in Public Health"),
    ("", "Name:", "Rachel Ingram-Lowe"),
    ("", "E-mail:", "publichealth@caldshore.gov.uk"),
]

# ("h", text) heading; ("p", text) numbered paragraph; ("t", text) text with no number;
# ("b", [..]) bullets; ("table", header, rows)
REPORT_BODY = [
    ("h", "STATEMENT OF CONFIDENTIALITY"),
    ("t", "None"),
    ("h", "BRIEF SUMMARY"),
    ("t", "The Council has a statutory duty to commission open access sexual health "
          "services for its residents. The current integrated sexual health service, "
          "provided by Harbourline Health Ltd, has been extended twice and will end on 31 "
          "March 2027. This report sets out the proposed approach to re-procuring the "
          "service, summarises what residents told us during engagement in summer 2025 and "
          "invites the Panel to comment before the Cabinet takes a decision on 16 December "
          "2025."),
    ("h", "RECOMMENDATIONS:"),
    ("rec", "(i)", "That the Panel considers the proposed approach to the re-procurement of "
                   "the integrated sexual health service and provides any comments to the "
                   "Cabinet Member for Adults and Health ahead of the Cabinet decision."),
    ("h", "REASONS FOR REPORT RECOMMENDATIONS"),
    ("p", "The service is the largest contract funded from the Public Health Grant and is "
          "used by around 19,000 residents a year. The Panel asked at its meeting in March "
          "2025 to see the proposals before a procurement route was agreed."),
    ("h", "ALTERNATIVE OPTIONS CONSIDERED AND REJECTED"),
    ("p", "Further extension of the current contract. Rejected: the contract has already "
          "been extended for the maximum period its terms allow, and a further extension "
          "would not comply with the Provider Selection Regime."),
    ("p", "Delivering the service in-house. Rejected: the Council does not hold the "
          "clinical governance arrangements, registration with the Care Quality Commission "
          "or the specialist medical and nursing workforce needed to run the service, and "
          "the one-off cost of establishing them is estimated at £1.1m."),
    ("p", "Direct award to an existing NHS provider. Rejected: market engagement in June "
          "2025 identified four organisations interested in delivering the service, so the "
          "conditions for a direct award are not met."),
    ("h", "DETAIL (Including consultation carried out)"),
    ("sub", "Background"),
    ("p", "Local authorities have been responsible for commissioning most sexual health "
          "services since 2013. The integrated service in Caldshore brings together testing "
          "and treatment of sexually transmitted infections, contraception, HIV prevention "
          "including PrEP, and outreach to groups at higher risk. It operates from a hub "
          "clinic in Harbour Street, two satellite clinics and an online testing service."),
    ("p", "Caldshore has the second highest rate of new sexually transmitted infection "
          "diagnoses in the South East outside London, at 812 per 100,000 residents aged "
          "15 to 64 in 2024. Rates of gonorrhoea among young people have risen by 31 per "
          "cent in three years. Long-acting reversible contraception (LARC) uptake remains "
          "below the regional average."),
    ("sub", "Current performance"),
    ("p", "The service meets most of its key performance indicators. Of 48-hour access "
          "targets, 91 per cent were met in 2024/25. The online testing service, which the "
          "provider subcontracts to a national laboratory company, now handles 44 per cent "
          "of all tests, although the return rate for kits sent out is only 58 per cent."),
    ("sub", "Engagement with residents and service users"),
    ("p", "Engagement ran from 2 June to 31 August 2025 through an online survey, six focus "
          "groups and outreach at Caldshore College and the university. In total 640 "
          "responses were received. A summary of the findings is at Appendix 1. The main "
          "messages and our response are shown below."),
    ("table", ("You said", "We will"), [
        ("It is hard to get an appointment after work or at weekends.",
         "Require evening clinics on at least three days a week and a Saturday morning "
         "clinic at the hub."),
        ("Booking online is confusing and the phone line is often engaged.",
         "Require a single online booking system that works on a phone, with call-back "
         "within one working day."),
        ("Young people do not want to be seen walking into a 'clinic'.",
         "Require young people to be involved in the design of the hub and of outreach "
         "in colleges."),
        ("Test kits take too long to arrive and results are slow.",
         "Set a target for results within 72 hours of a kit being returned."),
        ("Why does the service keep changing provider?",
         "Offer a longer contract, of up to eight years, to give stability to staff and "
         "patients."),
    ]),
    ("sub", "Proposed model and procurement route"),
    ("p", "It is proposed to procure a single lead provider through the competitive "
          "process under the Provider Selection Regime. The contract would run for five "
          "years from 1 April 2027, with the option to extend by up to three years. Bidders "
          "will be allowed to subcontract parts of the service, such as online testing or "
          "pharmacy provision of emergency contraception, but only with the Council's prior "
          "written approval."),
    ("p", "Tenders will be evaluated 70 per cent on quality, 20 per cent on price and 10 "
          "per cent on social value. The service specification will require a city centre "
          "hub, outreach in the east and west of the city, and a clear approach to reducing "
          "inequalities in access."),
    ("p", "Indicative timetable: Cabinet decision 16 December 2025; invitation to tender "
          "February 2026; evaluation May 2026; contract award July 2026; mobilisation "
          "August 2026 to March 2027; new service starts 1 April 2027."),
    ("sub", "Questions the Panel may wish to consider"),
    ("t", "To support its scrutiny of the proposals, the Panel may wish to ask:"),
    ("b", [
        "How will the specification make sure that residents in the east of the city can "
        "reach the service as easily as those in the centre?",
        "What assurance will the Council have about the quality of subcontracted services, "
        "such as online testing?",
        "Is a five year contract, with an option to extend, long enough to attract "
        "investment from providers?",
        "How will service users and young people be involved in the evaluation of bids?",
        "What would happen to the service if no compliant bids were received?",
    ]),
    ("h", "RESOURCE IMPLICATIONS"),
    ("sub", "Capital/Revenue"),
    ("p", "The current annual contract value is £3.4m, funded from the Public Health Grant. "
          "The proposed maximum contract value is £27.2m over eight years, assuming the "
          "extension is taken up. There are no capital implications for the Council."),
    ("sub", "Property/Other"),
    ("p", "The hub clinic in Harbour Street is leased by the current provider. Bidders will "
          "be responsible for securing suitable premises."),
    ("h", "LEGAL IMPLICATIONS"),
    ("sub", "Statutory power to undertake proposals in the report:"),
    ("p", "Section 12 of the Health and Social Care Act 2012 and the Local Authorities "
          "(Public Health Functions and Entry to Premises by Local Healthwatch "
          "Representatives) Regulations 2013 place a duty on the Council to provide open "
          "access sexual health services."),
    ("sub", "Other Legal Implications:"),
    ("p", "The procurement will be carried out in accordance with the Health Care Services "
          "(Provider Selection Regime) Regulations 2023 and the Council's Contract "
          "Procedure Rules. TUPE is likely to apply to staff of the current provider."),
    ("h", "RISK MANAGEMENT IMPLICATIONS"),
    ("p", "The main risks are a lack of compliant bids, a challenge to the award decision "
          "and disruption to patients during mobilisation. These are recorded on the public "
          "health risk register and will be managed through the procurement project board."),
    ("h", "POLICY FRAMEWORK IMPLICATIONS"),
    ("p", "The proposals support the Caldshore Health and Wellbeing Strategy 2024-2029 "
          "priority of reducing health inequalities."),
    ("foot", [
        ("KEY DECISION?", "No"),
        ("WARDS/COMMUNITIES AFFECTED:", "All"),
    ]),
    ("h", "SUPPORTING DOCUMENTATION"),
    ("sub", "Appendices"),
    ("t", "1.  Summary of engagement findings"),
    ("t", "2.  Equality and Safety Impact Assessment (ESIA)"),
    ("sub", "Documents In Members' Rooms"),
    ("t", "1.  None"),
    ("sub", "Equality Impact Assessment"),
    ("t", "Do the implications/subject of the report require an Equality and Safety Impact "
          "Assessment (ESIA) to be carried out.   Yes"),
    ("sub", "Data Protection Impact Assessment"),
    ("t", "Do the implications/subject of the report require a Data Protection Impact "
          "Assessment (DPIA) to be carried out.   No"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "B", 11)
            self.cell(0, 6, "Agenda Item 7", align="R", new_x="LMARGIN", new_y="NEXT")
            if self.page_no() > 1:
                self.set_font("DejaVu", "", 8)
                self.cell(0, 4, "", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 10)
            self.cell(0, 8, f"Page {22 + self.page_no()}", align="C")

    pdf = Report(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Re-procurement of the Integrated Sexual Health Service")
    pdf.set_author("Caldshore City Council")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Caldshore City Council")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    width = pdf.w - 40

    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(45, width - 45), first_row_as_headings=False,
                   line_height=6) as table:
        for label, value in REPORT_HEAD:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "CONTACT DETAILS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(35, 25, width - 60), first_row_as_headings=False,
                   line_height=6) as table:
        for a, b, c in REPORT_CONTACTS:
            row = table.row()
            row.cell(a)
            row.cell(b)
            row.cell(c)
    pdf.ln(4)

    number = 0
    for block in REPORT_BODY:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "rec":
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(12, 5.5, block[1])
            pdf.multi_cell(0, 5.5, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            number += 1
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(12, 5.5, f"{number}.")
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 10)
            for text in block[1]:
                pdf.set_x(pdf.l_margin + 12)
                pdf.cell(6, 5.5, "•")
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(width / 2, width / 2), line_height=5) as table:
                head = table.row()
                for text in block[1]:
                    head.cell(text)
                for a, b in block[2]:
                    row = table.row()
                    row.cell(a)
                    row.cell(b)
            pdf.ln(3)
        elif kind == "foot":
            pdf.ln(2)
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(70, width - 70), first_row_as_headings=False,
                           line_height=6) as table:
                for a, b in block[1]:
                    row = table.row()
                    row.cell(a)
                    row.cell(b)
            pdf.ln(2)
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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Panel",
    "meeting_date": "2025-11-13",
    "items": [{"number": n, "title": t} for n, t, *_ in ITEMS],
    "questions": [
        # 33 matters arising
        q("33", "question",
          "asked whether the figures on out of area placements that the Panel",
          "Councillor Ashcroft",
          "the information had been provided by the trust on 6 November 2025",
          "Scrutiny Manager", ["mental-health"]),
        # 34 dentistry
        q("34", "question",
          "asked how many practices in the city had reduced or handed back",
          "Councillor Bhandari",
          "three practices had handed back their contracts in full",
          None, ["primary-care"]),
        q("34", "question",
          "what had happened to the activity given up by those practices",
          None,
          "around 60 per cent had been re-procured through the ICB's flexible commissioning scheme",
          "Director of Primary Care", ["primary-care", "subcontracting"]),
        q("34", "concern",
          "Concern was expressed at the number of young children admitted to hospital",
          None,
          "212 children from Caldshore had had teeth extracted under general anaesthetic",
          None, ["primary-care", "children-and-families", "public-health"]),
        q("34", "question",
          "sought clarification on how residents who were not registered with any dentist",
          "Councillor Drummond",
          "residents should call NHS 111, which could book an urgent appointment",
          None, ["primary-care"]),
        q("34", "question",
          "queried whether the shortage of dentists was the main barrier",
          None,
          "recruiting and keeping dentists willing to work under the NHS contract",
          "Dr Asante-Lind", ["primary-care", "workforce"]),
        q("34", "request",
          "requested that a list of the practices accepting new NHS patients be published",
          "Councillor Fairlie", None, None, ["primary-care"]),
        q("34", "question",
          "asked whether the changes to the national dental contract announced for 2026",
          "Councillor Trelawney",
          "it was too early to say, as the detail of the changes",
          "Director of Primary Care", ["primary-care"]),
        # 35 sexual health re-procurement
        q("35", "concern",
          "expressed concern that moving the main clinic away from Harbour Street",
          "Ms Jean Colquhoun",
          "bidders would be required to provide a city centre hub",
          "Director of Public Health", ["public-health", "children-and-families"]),
        q("35", "question",
          "asked why the options of bringing the service in-house",
          "Councillor Ashcroft",
          "the Council did not hold the clinical governance arrangements or the prescribing workforce",
          "Director of Public Health",
          ["privatisation", "subcontracting", "public-health"]),
        q("35", "concern",
          "the current provider subcontracted the online testing service to a national company",
          None,
          "the new specification would require any subcontract to be approved by the Council",
          None, ["subcontracting", "privatisation", "governance", "public-health"]),
        q("35", "question",
          "queried the balance between price and quality in the evaluation of bids",
          None,
          "tenders would be scored 70 per cent on quality",
          None, ["subcontracting", "public-health"]),
        q("35", "question",
          "asked what would happen to clinic staff if the contract passed",
          "Councillor Tobin",
          "TUPE would apply and that the incoming provider would be required",
          None, ["workforce", "subcontracting", "public-health"]),
        q("35", "question",
          "sought assurance that the service would not be reduced to make savings",
          "Councillor Bhandari",
          "the contract value would be held at its current level for the first two years",
          "Cabinet Member for Adults and Health", ["finance", "public-health"]),
        q("35", "request",
          "requested that young people be involved in evaluating the bids",
          "Councillor Fairlie",
          "agreed to discuss with the Caldshore Youth Council how this could be arranged",
          "Consultant in Public Health",
          ["patient-and-public-input", "children-and-families", "subcontracting",
           "public-health"]),
        # 36 home care
        q("36", "concern",
          "raised concerns that lead providers were passing packages of care to smaller agencies",
          "Councillor Drummond",
          "subcontracting was permitted only with the Council's written consent",
          "Head of Integrated Commissioning",
          ["subcontracting", "adult-social-care", "finance"]),
        q("36", "question",
          "asked whether care workers were paid for travelling between visits",
          "Councillor Trelawney",
          "the framework rate of £24.10 an hour included an allowance for travel time",
          None, ["workforce", "adult-social-care", "finance"]),
        q("36", "question",
          "questioned why some patients who needed care at home were still waiting",
          None,
          "most of the longest delays now involved patients needing two carers",
          "Deputy Chief Operating Officer", ["adult-social-care"]),
        q("36", "question",
          "sought clarification on how many people living at home were waiting",
          "Councillor Bhandari",
          "37 people were waiting, compared with 112 a year earlier",
          "Director of Adult Social Care", ["adult-social-care"]),
        q("36", "concern",
          "families were not always told which agency would be providing care",
          None,
          "undertook to review the information given to families at the point of discharge",
          "Director of Adult Social Care", ["adult-social-care"]),
        q("36", "question",
          "asked whether the Council had considered setting up its own home care team",
          "Councillor Fairlie", None, None, ["adult-social-care", "privatisation"]),
        # 37 vaping
        q("37", "question",
          "asked how many shops had been found selling vapes to children",
          "Councillor Tobin",
          "19 test purchases had been carried out in 2024/25",
          None, ["public-health", "children-and-families"]),
        q("37", "question",
          "asked whether the national ban on single-use vapes from June 2025",
          None,
          "2,300 illegal disposable vapes had been seized since the ban",
          "Service Lead", ["public-health", "children-and-families"]),
        q("37", "concern",
          "Concern was expressed about pupils vaping in school toilets",
          None,
          "had delivered vaping education sessions in every secondary school",
          None, ["public-health", "children-and-families"]),
        q("37", "request",
          "requested that the stop smoking service offer support to young people",
          "Councillor Ashcroft", None, None, ["public-health", "children-and-families"]),
        # 38 monitoring
        q("38", "question",
          "asked when a response would be received on the Panel's recommendation",
          "Councillor Trelawney",
          "the ambulance trust had committed to respond before the next meeting",
          "Scrutiny Manager", []),
    ],
    "resolutions": [
        res("33", "the minutes of the meeting held on 18 September 2025 be approved",
            "agreed", []),
        res("34", "That the ICB be asked to provide the Panel with a breakdown",
            "agreed", ["primary-care"]),
        res("35", "recommend to the Cabinet that a fully costed in-house option be developed",
            "rejected", ["privatisation", "subcontracting", "public-health"]),
        res("35", "The panel evaluating the tenders includes a young person and a service user",
            "recommended",
            ["subcontracting", "patient-and-public-input", "children-and-families",
             "public-health"]),
        res("36", "That the number of subcontracted hours delivered by each lead provider",
            "agreed", ["subcontracting", "adult-social-care"]),
        res("37", "RESOLVED that the Panel noted the report", "noted",
            ["public-health", "children-and-families"]),
        res("38", "The Panel received and noted the report of the Scrutiny Manager",
            "noted", ["governance"]),
    ],
    "attendees": [
        att("Councillor Okonedo", "Chair", "present"),
        att("Councillor Trelawney", "Vice-Chair", "present"),
        att("Councillor Ashcroft", None, "present"),
        att("Councillor Bhandari", None, "present"),
        att("Councillor Drummond", None, "present"),
        att("Councillor Fairlie", None, "present"),
        att("Councillor Tobin", None, "present"),
        att("Councillor Hartigan", None, "apologies"),
        att("Councillor Lomax", None, "apologies"),
        att("Councillor Renshaw", "Cabinet Member for Adults and Health", "in_attendance"),
        att("Councillor Delacroix", "Cabinet Member for Communities and Customer Engagement",
            "in_attendance"),
        att("Dr Helen Marchbank", "Director of Public Health", "in_attendance"),
        att("Claire Oduya", "Director of Adult Social Care", "in_attendance"),
        att("Simon Penhaligon", "Head of Integrated Commissioning", "in_attendance"),
        att("Rachel Ingram-Lowe", "Consultant in Public Health", "in_attendance"),
        att("Gary Stott", "Service Lead, Trading Standards and Licensing", "in_attendance"),
        att("Neil Faraday", "Scrutiny Manager", "in_attendance"),
        att("Tessa Ambrose", "Director of Primary Care, Caldshore and Downland ICB",
            "in_attendance"),
        att("Dr Kwame Asante-Lind",
            "Clinical Director, Community Dental Service, Downland Community Health NHS Trust",
            "in_attendance"),
        att("Marcus Hale",
            "Deputy Chief Operating Officer, University Hospital Caldshore NHS Foundation Trust",
            "in_attendance"),
        att("Priya Venkatesan", "Chief Executive, Healthwatch Caldshore", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
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
    for gold_path in sorted(GOLD.glob("pn-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions, "
              f"{sum(1 for r in gold['questions'] if r['answer'])} answers, "
              f"{len(gold['resolutions'])} resolutions, {len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
