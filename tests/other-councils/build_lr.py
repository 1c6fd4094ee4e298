#!/usr/bin/env python3
"""Build the "lr-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lr.py           build documents/lr-* and gold/lr-*.json
        build_lr.py --check   verify every gold phrase occurs once in its document
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_FILE = "lr-pellingham-hpd-scrutiny-panel-2025-11-20.html"
NEWS_FILE = "lr-pellingham-homes-news-winter-2025.pdf"

COMMITTEE = "Housing, Planning and Development Scrutiny Panel"

# --------------------------------------------------------------------------------------
# The minutes page
# --------------------------------------------------------------------------------------

SPAN = '<span style="font-size:12.0pt;font-family:&quot;Arial&quot;,sans-serif">'


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def p(text: str) -> str:
    """A Word-pasted paragraph."""
    return f'<p class="MsoNormal" style="text-align:justify">{SPAN}{esc(text)}</span></p>\n'


def blank() -> str:
    return '<p class="MsoNormal">' + SPAN + "&nbsp;</span></p>\n"


def li(letter: str, text: str) -> str:
    """A lettered point pasted from a Word list: the letter is typed, then spaces."""
    return (
        '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
        'text-indent:-18.0pt">'
        f"{SPAN}{letter}.<span style=\"font:7.0pt &quot;Times New Roman&quot;\">"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
        f"{SPAN}{esc(text)}</span></p>\n"
    )


def resolved() -> str:
    return f'<p class="MsoNormal"><b>{SPAN}RESOLVED</span></b></p>\n'


FILMING_AGENDA = (
    "<p>Please note that this meeting may be filmed or recorded by the Council for live or "
    "subsequent broadcast via the Council&#8217;s website or by anyone attending the meeting "
    "using any communication method. Although we ask members of the public recording, filming "
    "or reporting on the meeting not to include the public seating areas, members of the public "
    "attending the meeting should be aware that we cannot guarantee that they will not be "
    "filmed or recorded by others attending the meeting. Members of the public taking part in "
    "the meeting (e.g. making deputations, asking questions, making oral protests) should be "
    "aware that they are likely to be filmed, recorded or reported on.</p>\n<p>&nbsp;</p>\n"
    "<p>By entering the meeting room and using the public seating area, you are consenting to "
    "being filmed and to the possible use of those images and sound recordings.</p>\n"
    "<p>&nbsp;</p>\n<p>The Chair of the meeting has the discretion to terminate or suspend "
    "filming or recording if, in his or her opinion, continuation of the filming, recording or "
    "reporting would disrupt or prejudice the proceedings, infringe the rights of any "
    "individual or may lead to the breach of a legal obligation by the Council.</p>\n"
)

URGENT_AGENDA = (
    "<p>The Chair will consider the admission of any late items of urgent business (late items "
    "will be considered under the agenda item where they appear. New items will be dealt with "
    "at item 11 below).</p>\n"
)

DECLARATIONS_AGENDA = (
    "<p>A member with a disclosable pecuniary interest or a prejudicial interest in a matter "
    "who attends a meeting of the authority at which the matter is considered:</p>\n<p>&nbsp;</p>\n"
    "<p>(i) must disclose the interest at the start of the meeting or when the interest becomes "
    "apparent, and</p>\n<p>&nbsp;</p>\n<p>(ii) may not participate in any discussion or vote on "
    "the matter and must withdraw from the meeting room.</p>\n<p>&nbsp;</p>\n"
    "<p>A member who discloses at a meeting a disclosable pecuniary interest which is not "
    "registered in the Members&#8217; Register of Interests or the subject of a pending "
    "notification must notify the Monitoring Officer of the interest within 28 days of the "
    "disclosure.</p>\n<p>&nbsp;</p>\n<p>Disclosable pecuniary interests, personal interests and "
    "prejudicial interests are defined at Paragraphs 5-7 and Appendix A of the Members&#8217; "
    "Code of Conduct.</p>\n"
)

DEPUTATIONS_AGENDA = (
    "<p>To consider any requests received in accordance with Part 4, Section B, Paragraph 29 "
    "of the Council&#8217;s Constitution.</p>\n"
)


def doc_link(title: str, size: str, ref: str) -> str:
    return (
        f'<li><a href="https://www.minutes.pellingham.gov.uk/documents/{ref}" '
        f'class="mgPdfLink" title="{esc(title)}">{esc(title)}</a>'
        f' <span class="mgFileSize">PDF {size}</span></li>\n'
    )


ITEMS: list[dict] = []


def item(number: str, title: str, agenda: str = "", docs: str = "", minutes: str = "",
         additional: bool = False) -> None:
    ITEMS.append(dict(number=number, title=title, agenda=agenda, docs=docs,
                      minutes=minutes, additional=additional))


item("301", "FILMING AT MEETINGS", FILMING_AGENDA, minutes=p(
    "The Chair referred Members present to agenda Item 1 as shown on the agenda in respect "
    "of filming at this meeting, and Members noted the information contained therein\u2019."),
    additional=True)

item("302", "Apologies for Absence", minutes=(
    p("Apologies for absence were received from Cllr Lowry and Cllr Asante-Bright.")
    + blank()
    + p("Cllr Demirel attended the meeting virtually. Cllr Haddad have apologies for lateness.")))

item("303", "Urgent Business", URGENT_AGENDA, minutes=p("None."))

item("304", "Declarations of interest", DECLARATIONS_AGENDA, minutes=(
    p("Cllr Okafor declared a personal interest in relation to item 5 by virtue of being a "
      "leaseholder of a flat on the Marsh Lane estate.")
    + blank()
    + p("Cllr Wren declared a personal interest in relation to item 7 as he was a trustee of "
        "Northway Nightshelter, a homelessness charity operating in the borough.")))

DEPUTATION_MINUTES = (
    p("The Panel received a deputation from Ms Carol Amadi, Chair of the Marsh Lane Tenants\u2019 "
      "and Residents\u2019 Association (TRA), in relation to damp, mould and outstanding repairs "
      "at Tasker House and Brereton House on the Marsh Lane estate. Ms Amadi was accompanied by "
      "Mr Dev Sahota, a resident of Tasker House.")
    + blank()
    + p("The deputation party set out that residents of the two blocks had been reporting water "
        "penetration through the flat roofs and through the window seals since the winter of "
        "2022, and that many flats on the top three floors now had black mould in bedrooms and "
        "bathrooms. Residents reported that repairs operatives attended, treated the mould with "
        "a wash and left, and that the mould came back within weeks. Mr Sahota advised that his "
        "youngest daughter had been admitted to hospital twice in the last year with breathing "
        "problems and that the family\u2019s GP had written to the Council twice about the "
        "condition of the flat without receiving a reply. The deputation party advised that "
        "since the responsive repairs contract had passed to the new contractor in April, jobs "
        "were routinely being closed on the system as complete when no work had been done, and "
        "residents had lost confidence that reporting a problem would lead to anything. Ms Amadi "
        "requested that the Council commit to a full stock condition survey of both blocks "
        "before the end of the financial year, with the results shared with residents.")
    + blank()
    + p("The Chair invited the Cabinet Member for Housing and Resident Services, Cllr Eleni "
        "Stavrou, to respond to the deputation. In response, the Cabinet Member thanked the "
        "deputation party and apologised to the residents of both blocks for the service they "
        "had received. The Cabinet Member gave a commitment that a stock condition survey of "
        "Tasker House and Brereton House would be completed by the end of March 2026 and that "
        "the findings would be presented at a residents\u2019 meeting on the estate. The Cabinet "
        "Member advised that she had asked officers to look into Mr Sahota\u2019s case as a "
        "matter of urgency.")
    + blank()
    + p("The following arose during the discussion of the deputation:")
    + li("a", "The Panel queried how many households in the two blocks had reported damp and "
              "mould in the last twelve months. In response, the deputation party advised that "
              "the TRA\u2019s own door-knocking survey in September had found visible mould in "
              "41 of the 96 flats, but that many residents had stopped reporting problems "
              "because jobs were closed without any work being done.")
    + li("b", "The Panel sought clarification from officers as to why repairs jobs on the "
              "estate had been closed when the work was not complete. Officers acknowledged that "
              "a number of jobs had been closed in error during the mobilisation of the new "
              "contract and advised that a review of every job closed on the Marsh Lane estate "
              "since April was underway, with the contractor required to revisit each one.")
    + li("c", "A Panel Member commented that the experience described by the deputation was "
              "consistent with casework received by ward councillors from a number of other "
              "estates in the borough, and that the problem was not limited to Marsh Lane.")
    + li("d", "In response to a question about the timescale for replacing the roof covering at "
              "Brereton House, the Head of Repairs and Building Safety advised that the works had "
              "been procured and were due to start on site in January 2026, subject to a "
              "scaffold licence being granted by the highways authority.")
    + li("e", "The Panel requested that officers write to the TRA setting out a timetable for "
              "the roof works, the stock condition survey and the review of closed jobs, and "
              "copy the letter to Members of the Panel. Officers agreed to write to the TRA within "
              "two weeks. (Action: Siobhan Kerrigan).")
    + blank()
    + p("The Chair thanked Ms Amadi and Mr Sahota for attending. The Panel noted the deputation "
        "and the response from the Cabinet Member.")
)

item("305", "Deputations/Petitions/Presentations/Questions", DEPUTATIONS_AGENDA,
     minutes=DEPUTATION_MINUTES, additional=True)

item("306", "Minutes",
     "<p>To approve the minutes of the previous meeting held on 18<sup>th</sup> September "
     "2025.</p>\n",
     docs=doc_link("Minutes HPDSP 18 September 2025", "276 KB", "s164802/Minutes.pdf")
     + doc_link("Action Tracker", "118 KB", "s164803/Action%20Tracker.pdf"),
     minutes=(
         p("The Panel noted the action tracker, which was included in the agenda pack. In "
           "relation to the action on rent arrears among households in temporary accommodation, "
           "the Chair asked that the information provided by officers be recirculated, as not "
           "all Members had received it.")
         + blank()
         + resolved()
         + blank()
         + p("That the minutes of the meeting on 18th September 2025 were approved as a correct "
             "record.")))

TA_MINUTES = (
    p("The Panel received a report which provided an update on the number of households in "
      "temporary accommodation (TA), the cost of TA to the Council, and progress against the "
      "Temporary Accommodation Reduction Plan agreed by Cabinet in March 2025. The report was "
      "introduced by Joanne Petts, Assistant Director of Housing Demand, as set out in the "
      "agenda pack at pages 19-42. Cllr Eleni Stavrou, Cabinet Member for Housing and Resident "
      "Services, was also present for this item, along with Ravi Chandarana, Head of Temporary "
      "Accommodation and Lettings.")
    + blank()
    + p("The report set out that there were 3,412 households in TA at the end of October, an "
        "increase of 6% on the same point last year, of whom 2,305 were families with "
        "children. The number of approaches to the Housing Needs service had risen by 14% "
        "over the year, with the ending of a private tenancy remaining the most common reason "
        "for homelessness.")
    + blank()
    + p("The following arose during the discussion of the report:")
    + li("a", "The Panel sought assurances about the number of families with children placed in "
              "bed and breakfast accommodation for longer than the six week legal limit. In "
              "response, officers advised that there were 38 such households at the end of "
              "October, down from 61 in June, and that each case was reviewed weekly by the Head "
              "of Temporary Accommodation and Lettings. Officers acknowledged that the position "
              "remained unlawful and that the aim was for no family to be in B&B for more than "
              "six weeks by the end of March 2026.")
    + li("b", "The Panel queried the overall cost of temporary accommodation to the General Fund "
              "and the scale of the forecast overspend. In response, the Cabinet Member advised "
              "that the forecast overspend on TA for 2025/26 was \u00a311.4m, which was the "
              "single biggest pressure on the Council\u2019s budget. The main driver was the gap "
              "between the nightly rates charged by providers and the housing benefit subsidy "
              "that the Council could claim back, which remained capped at 90% of the January "
              "2011 Local Housing Allowance rates. The Cabinet Member advised that London "
              "Councils continued to lobby the Government to lift the cap, and that the "
              "Council had responded to the recent consultation on the Local Government finance "
              "settlement making the same case.")
    + li("c", "A Member questioned the use of accommodation outside the borough and the impact "
              "of out of borough placements on children\u2019s schooling and on families\u2019 "
              "access to their GP. Officers advised that 22% of households in TA were placed "
              "outside Pellingham, mostly in neighbouring boroughs, that families with children "
              "in exam years were prioritised for placements within the borough, and that "
              "families placed further away were supported to register with a local GP where "
              "they could not reasonably travel to their existing practice.")
    + li("d", "The Panel expressed concern about the standard of some of the nightly paid "
              "accommodation used by the Council, including reports from residents of damp and "
              "mould, broken heating and parents sharing a single room with older children.")
    + li("e", "The Panel queried the Council\u2019s reliance on a small number of private "
              "providers for nightly paid accommodation and asked whether the Council had "
              "considered acquiring more of its own properties for use as TA. In response, "
              "officers advised that the acquisitions programme had purchased 112 homes to "
              "date, funded through the Housing Revenue Account and GLA grant, and that bringing "
              "TA into council ownership was the most effective way of reducing costs. A further "
              "60 acquisitions were planned for 2026/27, subject to Cabinet approval.")
    + li("f", "In response to a question about staffing levels in the Housing Needs service, "
              "the Assistant Director advised that there were 14 vacant caseworker posts, that "
              "agency staff were covering nine of these, and that a recruitment campaign had "
              "been launched in October with a market supplement for hard to fill roles. "
              "Caseloads remained high at around 140 households per officer.")
    + li("g", "The Panel requested a breakdown of the number of households in TA by ward and by "
              "length of stay, together with the number of households that included a disabled "
              "member. (Action: Joanne Petts).")
    + li("h", "A Member commented that residents in TA often told councillors that they did not "
              "know where they stood on the housing register or how long they might wait, and "
              "suggested that communication with applicants could be much improved. The Cabinet "
              "Member agreed and advised that a new online portal would let applicants see their "
              "band and their position in the queue from early 2026, and that its design had "
              "been tested with residents through a consultation with the Housing Residents\u2019 "
              "Panel.")
    + li("i", "The Panel sought clarification on the support available to residents in TA with "
              "mental health needs. Officers advised that a mental health practitioner was "
              "seconded from the local NHS mental health trust into the Housing Needs service "
              "two days a week, and that officers could also refer residents to Pellingham "
              "Talking Therapies.")
    + blank()
    + resolved()
    + blank()
    + p("That the Panel noted the update on temporary accommodation and requested that a "
        "further update, including the breakdown set out at paragraph g above, be brought to "
        "the March 2026 meeting.")
)

item("307", "Temporary Accommodation Update",
     "<p>To receive an update on temporary accommodation, including numbers, costs and "
     "progress against the Temporary Accommodation Reduction Plan.</p>\n",
     docs=doc_link("TA update report HPDSP Nov 25", "512 KB", "s164810/TA%20update.pdf")
     + doc_link("Appendix 1 - TA dashboard Oct 25", "214 KB", "s164811/Appendix%201.pdf"),
     minutes=TA_MINUTES)

DAMP_MINUTES = (
    p("The Panel received a report which set out the Council\u2019s preparations for the first "
      "phase of Awaab\u2019s Law, which had come into force for social landlords on 27th "
      "October 2025, and its performance in responding to reports of damp and mould in council "
      "homes. The report was introduced by Siobhan Kerrigan, Head of Repairs and Building "
      "Safety, as set out in the agenda pack at pages 43-68. Marcus Oyelaran, Director of "
      "Housing, was also present for this item.")
    + blank()
    + p("Members raised concerns that the number of open damp and mould cases had risen from 640 "
        "to 1,120 in the twelve months to September. The Director of Housing explained that the "
        "increase reflected in part the campaign to encourage tenants to report damp and mould, "
        "and the lower threshold for triage that had been introduced following the Housing "
        "Ombudsman\u2019s spotlight report, but acknowledged that the backlog of remedial works "
        "remained too high and that some tenants had been waiting more than six months for "
        "works to be completed.")
    + blank()
    + p("In response to a question from Cllr Wren about the capacity of the repairs contractor to "
        "meet the new statutory timescales, officers advised that the contract with Castlegate "
        "Property Services had been varied to include the Awaab\u2019s Law timescales, with "
        "financial deductions for missed deadlines, and that two additional surveyors had been "
        "recruited to the in-house damp and mould team. Officers advised that the contractor "
        "had met the timescale for emergency hazards in 94% of cases in the first three weeks.")
    + blank()
    + p("Cllr Okafor asked how the Council would ensure that vulnerable tenants, including older "
        "people and households with young children, were prioritised. Officers responded that "
        "the risk to health was assessed at the point of triage, and that cases involving a "
        "child under five, a pregnant resident or a resident with a respiratory condition were "
        "automatically flagged as high risk. Officers added that a referral pathway had been "
        "agreed with the public health team and local GP practices so that health professionals "
        "could report concerns directly.")
    + blank()
    + p("Clerk\u2019s note \u2013 Cllr Okafor left the meeting at 8.05pm.")
    + blank()
    + p("The Panel questioned whether the Council would be ready for the second phase of "
        "Awaab\u2019s Law in 2026, which would extend the requirements to a wider range of "
        "hazards. The Director advised that a gap analysis was being carried out and would be "
        "reported to the Panel in the new year.")
    + blank()
    + p("A Panel Member queried the outcome of the Council\u2019s inspection by the Regulator of "
        "Social Housing. The Cabinet Member advised that the Council had received a C3 grading "
        "against the consumer standards in July, and that the improvement plan agreed with the "
        "Regulator included specific milestones on damp and mould, on stock condition data and "
        "on complaint handling. Progress against the plan was reported to Cabinet quarterly.")
    + blank()
    + p("The Panel noted the report and agreed to add an update on preparations for the second "
        "phase of Awaab\u2019s Law to the work programme for 2026/27.")
)

item("308", "Damp and Mould and Awaab's Law - Update on Compliance",
     "<p>To receive a report on the Council&#8217;s compliance with the new requirements "
     "under Awaab&#8217;s Law and performance on damp and mould.</p>\n",
     docs=doc_link("Damp and Mould update HPDSP Nov 25", "688 KB", "s164815/Damp%20and%20Mould.pdf"),
     minutes=DAMP_MINUTES)

CM_MINUTES = (
    p("The Panel undertook a question and answer session with Cllr Stavrou, Cabinet Member for "
      "Housing and Resident Services. The Cabinet Member was accompanied by the Director of "
      "Housing. The following was noted in discussion:")
    + li("a", "The Cabinet Member gave an update on the council homebuilding programme, advising "
              "that 214 new council homes had started on site so far in 2025/26 and that the "
              "first residents had moved into the new homes at Coldharbour Rise in October.")
    + li("b", "The Panel asked about progress with the selective licensing scheme for privately "
              "rented homes, which had come into force in May. The Cabinet Member advised that "
              "6,300 licence applications had been received to date, that enforcement officers "
              "had carried out over 900 inspections, and that the first prosecutions of "
              "landlords operating without a licence were expected in the new year.")
    + li("c", "The Panel sought clarification on the Council\u2019s plans for sheltered housing, "
              "following the withdrawal of the on-site scheme manager from Fernbank Court. The "
              "Cabinet Member advised that no decision had been taken on the future of any "
              "sheltered scheme, and that any proposals would be subject to full consultation "
              "with older residents and their families before a decision was made.")
    + li("d", "A Member raised concerns about the length of time taken to carry out adaptations "
              "for disabled tenants, with some residents waiting more than a year for a level "
              "access shower to be installed.")
    + li("e", "The Panel asked whether the savings proposals for the housing service in the draft "
              "budget for 2026/27 would have an impact on frontline services. The Cabinet Member "
              "responded that the proposals were still being finalised and would be presented "
              "to the Overview and Scrutiny Committee at its budget scrutiny meeting in "
              "December, where all Panel Members would be able to comment on them.")
)

item("309", "Cabinet Member Questions - Cabinet Member for Housing and Resident Services",
     "<p>An opportunity to question the Cabinet Member for Housing and Resident Services, "
     "Cllr Eleni Stavrou, on developments within her portfolio.</p>\n",
     minutes=CM_MINUTES)

WP_MINUTES = (
    p("The Principal Scrutiny Officer introduced the report, which set out the Panel\u2019s work "
      "programme for the remainder of 2025/26. The Panel was advised that its scrutiny review on "
      "standards in the private rented sector was nearing completion and that the draft report "
      "would be circulated to Members in December for comment.")
    + blank()
    + p("Members requested that the item on the Housing Revenue Account business plan be moved "
        "from March to January, so that the Panel could comment before the Cabinet decision. "
        "The Principal Scrutiny Officer advised that this would be discussed with the Chair "
        "and officers outside of the meeting.")
    + blank()
    + resolved()
    + blank()
    + p("That the work programme for 2025/26, as set out at Appendix A, be agreed, subject to "
        "the amendment set out above.")
)

item("310", "Work Programme Update",
     "<p>To consider the Panel&#8217;s work programme for 2025/26.</p>\n",
     docs=doc_link("Work Programme report HPDSP", "164 KB", "s164820/Work%20Programme.pdf")
     + doc_link("Appendix A - Work Programme 2025-26", "98 KB", "s164821/Appendix%20A.pdf"),
     minutes=WP_MINUTES)

item("311", "New Items of Urgent Business",
     "<p>To consider any items admitted at item 3 above.</p>\n",
     minutes=p("N/A"))

item("312", "Dates of Future Meetings",
     "<ul>\n<li>26<sup>th</sup> January 2026</li>\n<li>9<sup>th</sup> March 2026</li>\n</ul>\n",
     minutes=p("The Panel noted the dates of future meetings as 26th January 2026 and 9th March "
               "2026."))


def item_row(it: dict) -> str:
    parts = [
        "<tr>\n",
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{it["number"]}.</p></td>\n',
        '<td class="mgItemTitleCell">\n',
        f'<p class="mgAiTitleTxt"><a href="https://www.minutes.pellingham.gov.uk/mgAi.aspx?'
        f'ID={70000 + int(it["number"])}" class="mgAiTitleLnk">{esc(it["title"])}</a></p>\n',
    ]
    if it["agenda"]:
        parts.append(f'<div class="mgWordPara">\n{it["agenda"]}</div>\n')
    if it["docs"]:
        parts.append(f'<ul class="mgActionList">\n{it["docs"]}</ul>\n')
    if it["additional"]:
        parts.append('<p class="mgSubItemTitleTxt">Additional documents:</p>\n'
                     '<ul class="mgActionList">\n</ul>\n')
    parts.append('<p class="mgSectionTitle">Minutes:</p>\n')
    parts.append(f'<div class="mgWordPara">\n{it["minutes"]}</div>\n')
    parts.append("</td>\n</tr>\n")
    return "".join(parts)


def build_minutes_html() -> str:
    rows = "".join(item_row(it) for it in ITEMS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0089)https://www.minutes.pellingham.gov.uk/ieListDocuments.aspx?CId=754&MId=11342&Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Housing, Planning and Development Scrutiny Panel on Thursday, 20th November, 2025, 6.30 pm | Pellingham Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/pellingham-corporate.css">
<link rel="stylesheet" href="./ieListDocuments_files/mgCommon.css">
<script src="./ieListDocuments_files/jquery.min.js"></script>
<script>var mgSiteRoot = "https://www.minutes.pellingham.gov.uk/";</script>
</head>
<body class="mgPage">
<a class="skip-link" href="#mgContent">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" hidden>
<p>We use cookies to make this site work and to collect information about how you use it.</p>
<button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<header class="site-header">
<div class="site-header__inner">
<a class="site-header__logo" href="https://www.pellingham.gov.uk/"><img src="./ieListDocuments_files/pellingham-logo.svg" alt="Pellingham Council - home"></a>
<form class="site-search" action="https://www.pellingham.gov.uk/search" method="get">
<label for="q" class="visually-hidden">Search this site</label>
<input id="q" name="q" type="search" placeholder="Search"> <button type="submit">Search</button>
</form>
</div>
<nav class="main-nav" aria-label="Main">
<ul>
<li><a href="https://www.pellingham.gov.uk/bins-recycling">Bins and recycling</a></li>
<li><a href="https://www.pellingham.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.pellingham.gov.uk/housing">Housing</a></li>
<li><a href="https://www.pellingham.gov.uk/parking">Parking</a></li>
<li><a href="https://www.pellingham.gov.uk/planning">Planning and building control</a></li>
<li><a href="https://www.pellingham.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb" aria-label="Breadcrumb">
<ol>
<li><a href="https://www.pellingham.gov.uk/">Home</a></li>
<li><a href="https://www.pellingham.gov.uk/council-and-democracy">Council and democracy</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/uuCoverPage.aspx?bcr=1">Councillors, committees and meetings</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/ieListMeetings.aspx?CommitteeId=754">Meetings</a></li>
<li>Agenda item</li>
</ol>
</div>
<div id="mgContent" class="mgContent">
<div class="mgSideBar">
<h2 class="mgSideBarTitle">Meeting Documents</h2>
<ul class="mgActionList">
{doc_link("Agenda frontsheet Housing, Planning and Development Scrutiny Panel, 20/11/2025 18:30", "182 KB", "g11342/Public%20reports%20pack.pdf")}{doc_link("Agenda reports pack", "3 MB", "g11342/Agenda%20reports%20pack.pdf")}{doc_link("Printed minutes 20th-Nov-2025 18.30 Housing, Planning and Development Scrutiny Panel", "291 KB", "g11342/Printed%20minutes.pdf")}</ul>
<h2 class="mgSideBarTitle">Related Pages</h2>
<ul class="mgActionList">
<li><a href="https://www.minutes.pellingham.gov.uk/mgCommitteeDetails.aspx?ID=754">Committee details</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/ieListMeetings.aspx?CommitteeId=754">Browse meetings</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/mgIssueHistoryHome.aspx?IId=0">Issue histories</a></li>
<li><a href="https://www.minutes.pellingham.gov.uk/mgCalendarMonthView.aspx">Calendar</a></li>
</ul>
</div>
<div class="mgMainContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Housing, Planning and Development Scrutiny Panel - Thursday, 20th November, 2025 6.30 pm</h2>
<p class="mgMeetingInfo"><span class="mgLabel">Venue: </span>Committee Room 2, Pellingham Civic Centre, High Road, Pellingham Green, N31 4QT. <a href="https://www.minutes.pellingham.gov.uk/mgLocationDetails.aspx?RId=12">View directions</a></p>
<p class="mgMeetingInfo"><span class="mgLabel">Contact: </span>Hannah Lindqvist, Principal Scrutiny Officer, Email: <a href="mailto:hannah.lindqvist@pellingham.gov.uk">hannah.lindqvist@pellingham.gov.uk</a> </p>
<p class="mgMeetingInfo"><span class="mgLabel">Note: </span>To watch, click the link on the agenda front sheet </p>
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://pellingham.public-i.tv/core/portal/webcast_interactive/931277">Webcast for Housing, Planning and Development Scrutiny Panel, 20/11/2025 18:30</a></p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items for the meeting">
<thead><tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</div>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.pellingham.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.pellingham.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.pellingham.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.pellingham.gov.uk/cookies">Cookies</a></li>
</ul>
<p>&copy; Pellingham Council, Civic Centre, High Road, Pellingham Green, London N31 4QT</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</footer>
</body></html>
"""


# --------------------------------------------------------------------------------------
# The document that is not minutes: a tenants' and leaseholders' newsletter (PDF)
# --------------------------------------------------------------------------------------

NEWS_BLOCKS: list[tuple[str, str]] = [
    ("masthead", "Pellingham Homes News"),
    ("sub", "The newsletter for Pellingham Council tenants and leaseholders  |  Winter 2025"),
    ("h", "Awaab\u2019s Law: what it means for you"),
    ("t", "From 27 October 2025, new rules mean that we must investigate reports of damp and "
          "mould that could harm your health within set timescales, and carry out emergency "
          "repairs within 24 hours. Cllr Eleni Stavrou, Cabinet Member for Housing and Resident "
          "Services, said: \u201cEvery resident deserves a warm, dry and safe home. We know we "
          "have not always got this right, and these new rules give residents the guarantee "
          "they should always have had.\u201d"),
    ("h", "You asked, we answered"),
    ("t", "Q: I reported mould in my bathroom but the job was closed and nobody came. What "
          "should I do?"),
    ("t", "A: Please report it again and quote your old job number. We are checking every job "
          "closed since April and our contractor will revisit any job that was not finished."),
    ("t", "Q: Will my rent go up to pay for the new repairs contract?"),
    ("t", "A: No. Rent increases are set by the Government\u2019s rent standard. The repairs "
          "contract is paid for from the Housing Revenue Account, which is ring-fenced for "
          "council housing."),
    ("t", "Q: How can I find out where I am on the housing register?"),
    ("t", "A: From early 2026 you will be able to see your band and your position online. We "
          "will write to everyone on the register before it goes live."),
    ("h", "Cabinet agrees new homes for Coldharbour Rise"),
    ("t", "In October, Cabinet agreed to build a further 86 council homes at Coldharbour Rise "
          "phase two, all at council rents. Building work is expected to start in summer 2026. "
          "The first 48 homes in phase one are now occupied."),
    ("h", "Have your say: the tenant satisfaction survey"),
    ("t", "Our annual tenant satisfaction survey runs until 31 January 2026. You may be "
          "contacted by phone or by email by our independent research company. Your answers are "
          "anonymous and help us decide where to improve. Everyone who takes part can enter a "
          "prize draw for one of ten \u00a350 shopping vouchers."),
    ("h", "Winter checklist"),
    ("t", "\u2022 Keep your home heated to at least 18\u00b0C where you can.\n"
          "\u2022 Open trickle vents and use extractor fans when cooking and bathing.\n"
          "\u2022 Dry washing outdoors or in a ventilated room.\n"
          "\u2022 Struggling with energy bills? Call our Money Advice team on 020 7946 0321."),
    ("h", "Get involved"),
    ("t", "The Housing Residents\u2019 Panel meets every two months to review our services and "
          "give feedback on new policies. New members are always welcome, and we can pay for "
          "childcare and travel. Email involvement@pellingham.gov.uk or call 020 7946 0188."),
    ("small", "Pellingham Homes News is published by Pellingham Council, Civic Centre, High "
              "Road, Pellingham Green, London N31 4QT. If you need this newsletter in large "
              "print, Braille or another language, please call 020 7946 0000."),
]


def build_news_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 12, 1, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Pellingham Homes News - Winter 2025")
    pdf.set_author("Pellingham Council")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for kind, text in NEWS_BLOCKS:
        if kind == "masthead":
            pdf.set_fill_color(0, 94, 110)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 24)
            pdf.cell(0, 16, text, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.set_text_color(0, 0, 0)
        elif kind == "sub":
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 14)
            pdf.set_text_color(0, 94, 110)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "t":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.ln(4)
            pdf.set_font("DejaVu", "", 8)
            pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

ITEM_LIST = [{"number": it["number"], "title": it["title"]} for it in ITEMS]


def q(item_no, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item_no, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def r(item_no, text, outcome, themes):
    return dict(item=item_no, text=text, outcome=outcome, themes=themes)


QUESTIONS = [
    # 305 deputation
    q("305", "request",
      "requested that the Council commit to a full stock condition survey of both blocks",
      "Ms Amadi",
      "a stock condition survey of Tasker House and Brereton House would be completed",
      "Cllr Eleni Stavrou", ["housing"]),
    q("305", "question",
      "queried how many households in the two blocks had reported damp and mould",
      "The Panel",
      "door-knocking survey in September had found visible mould in 41 of the 96 flats",
      "the deputation party", ["housing"]),
    q("305", "question",
      "why repairs jobs on the estate had been closed when the work was not complete",
      "The Panel",
      "jobs had been closed in error during the mobilisation of the new contract",
      "Officers", ["housing", "subcontracting"]),
    q("305", "comment",
      "consistent with casework received by ward councillors from a number of other estates",
      "A Panel Member", None, None, ["housing"]),
    q("305", "question",
      "the timescale for replacing the roof covering at Brereton House",
      None,
      "the works had been procured and were due to start on site in January 2026",
      "the Head of Repairs and Building Safety", ["housing", "subcontracting"]),
    q("305", "request",
      "requested that officers write to the TRA setting out a timetable for the roof works",
      "The Panel", "Officers agreed to write to the TRA within two weeks", "Officers",
      ["housing"]),
    # 306 minutes
    q("306", "request",
      "the Chair asked that the information provided by officers be recirculated",
      "the Chair", None, None, ["housing"]),
    # 307 temporary accommodation
    q("307", "concern",
      "sought assurances about the number of families with children placed in bed and breakfast",
      "The Panel",
      "there were 38 such households at the end of October, down from 61 in June",
      "officers", ["housing", "children-and-families"]),
    q("307", "question",
      "queried the overall cost of temporary accommodation to the General Fund",
      "The Panel",
      "the forecast overspend on TA for 2025/26 was £11.4m",
      "the Cabinet Member", ["housing", "finance"]),
    q("307", "question",
      "questioned the use of accommodation outside the borough and the impact of out of borough",
      "A Member",
      "22% of households in TA were placed outside Pellingham, mostly in neighbouring boroughs",
      "Officers", ["housing", "children-and-families", "primary-care"]),
    q("307", "concern",
      "expressed concern about the standard of some of the nightly paid accommodation",
      "The Panel", None, None, ["housing"]),
    q("307", "question",
      "queried the Council’s reliance on a small number of private providers for nightly paid",
      "The Panel",
      "the acquisitions programme had purchased 112 homes to date",
      "officers", ["housing", "privatisation", "finance"]),
    q("307", "question",
      "In response to a question about staffing levels in the Housing Needs service",
      None,
      "there were 14 vacant caseworker posts, that agency staff were covering nine of these",
      "the Assistant Director", ["housing", "workforce"]),
    q("307", "request",
      "requested a breakdown of the number of households in TA by ward",
      "The Panel", None, None, ["housing"]),
    q("307", "comment",
      "know where they stood on the housing register or how long they might wait",
      "A Member",
      "a new online portal would let applicants see their band and their position",
      "The Cabinet Member", ["housing", "patient-and-public-input"]),
    q("307", "question",
      "sought clarification on the support available to residents in TA with mental health needs",
      "The Panel",
      "a mental health practitioner was seconded from the local NHS mental health trust",
      "Officers", ["housing", "mental-health"]),
    # 308 damp and mould
    q("308", "concern",
      "Members raised concerns that the number of open damp and mould cases had risen",
      "Members",
      "the increase reflected in part the campaign to encourage tenants to report damp and mould",
      "The Director of Housing", ["housing"]),
    q("308", "question",
      "the capacity of the repairs contractor to meet the new statutory timescales",
      "Cllr Wren",
      "the contract with Castlegate Property Services had been varied to include the Awaab’s Law",
      "officers", ["housing", "subcontracting", "workforce"]),
    q("308", "question",
      "Cllr Okafor asked how the Council would ensure that vulnerable tenants",
      "Cllr Okafor",
      "the risk to health was assessed at the point of triage",
      "Officers", ["housing", "adult-social-care", "children-and-families", "public-health"]),
    q("308", "question",
      "questioned whether the Council would be ready for the second phase of Awaab’s Law",
      "The Panel",
      "a gap analysis was being carried out and would be reported to the Panel",
      "The Director", ["housing"]),
    q("308", "question",
      "queried the outcome of the Council’s inspection by the Regulator of Social Housing",
      "A Panel Member",
      "the Council had received a C3 grading against the consumer standards in July",
      "The Cabinet Member", ["housing", "governance"]),
    # 309 Cabinet Member questions (a. is the Cabinet Member's own update: not a row)
    q("309", "question",
      "asked about progress with the selective licensing scheme for privately rented homes",
      "The Panel",
      "6,300 licence applications had been received to date",
      "The Cabinet Member", ["housing"]),
    q("309", "question",
      "sought clarification on the Council’s plans for sheltered housing",
      "The Panel",
      "no decision had been taken on the future of any sheltered scheme",
      "The Cabinet Member", ["housing", "adult-social-care", "patient-and-public-input"]),
    q("309", "concern",
      "raised concerns about the length of time taken to carry out adaptations for disabled tenants",
      "A Member", None, None, ["housing"]),
    q("309", "question",
      "asked whether the savings proposals for the housing service in the draft budget",
      "The Panel",
      "the proposals were still being finalised and would be presented to the Overview and Scrutiny",
      "The Cabinet Member", ["housing", "finance"]),
    # 310 work programme
    q("310", "request",
      "requested that the item on the Housing Revenue Account business plan be moved",
      "Members",
      "this would be discussed with the Chair and officers outside of the meeting",
      "The Principal Scrutiny Officer", ["housing", "finance", "governance"]),
]

RESOLUTIONS = [
    r("305", "The Panel noted the deputation and the response from the Cabinet Member",
      "noted", ["housing"]),
    r("306", "the minutes of the meeting on 18th September 2025 were approved as a correct record",
      "agreed", []),
    r("307", "noted the update on temporary accommodation and requested that a further update",
      "agreed", ["housing"]),
    r("308", "noted the report and agreed to add an update on preparations for the second phase",
      "agreed", ["housing"]),
    r("310", "That the work programme for 2025/26, as set out at Appendix A, be agreed",
      "agreed", []),
    r("312", "The Panel noted the dates of future meetings as 26th January 2026",
      "noted", []),
]

ATTENDEES = [
    {"name": "Cllr Lowry", "role": None, "attendance": "apologies"},
    {"name": "Cllr Asante-Bright", "role": None, "attendance": "apologies"},
    {"name": "Cllr Demirel", "role": None, "attendance": "present"},
    {"name": "Cllr Haddad", "role": None, "attendance": "present"},
    {"name": "Cllr Eleni Stavrou", "role": "Cabinet Member for Housing and Resident Services",
     "attendance": "in_attendance"},
    {"name": "Joanne Petts", "role": "Assistant Director of Housing Demand",
     "attendance": "in_attendance"},
    {"name": "Ravi Chandarana", "role": "Head of Temporary Accommodation and Lettings",
     "attendance": "in_attendance"},
    {"name": "Siobhan Kerrigan", "role": "Head of Repairs and Building Safety",
     "attendance": "in_attendance"},
    {"name": "Marcus Oyelaran", "role": "Director of Housing", "attendance": "in_attendance"},
]


def minutes_gold() -> dict:
    return {
        "document": MINUTES_FILE,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-11-20",
        "items": ITEM_LIST,
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": ATTENDEES,
    }


def news_gold() -> dict:
    return {"document": NEWS_FILE, "doc_type": "news"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(build_minutes_html(), encoding="utf-8", newline="\n")
    build_news_pdf(DOCS / NEWS_FILE)
    for gold in (minutes_gold(), news_gold()):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / NEWS_FILE}\nwrote gold files in {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("lr-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for label, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            problem = []
            if count != 1:
                problem.append(f"found {count} times")
            if not 6 <= n_words <= 15:
                problem.append(f"{n_words} words")
            if problem:
                failures += 1
                print(f"FAIL {gold['document']}: {label} {phrase!r}: {', '.join(problem)}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
