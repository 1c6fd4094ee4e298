#!/usr/bin/env python3
"""Build the "ic-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ic.py           build documents/ic-* and gold/ic-*.json
        build_ic.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ic-haverstone-adults-health-scrutiny-panel-2025-03-06.html"
OTHER_NAME = "ic-haverstone-mental-health-crisis-review-call-for-evidence.html"

BASE = "https://democracy.haverstone.gov.uk"
SAVED = "Adults and Health Scrutiny Panel - Thursday, 6th March, 2025 6.30 pm_files"

# --------------------------------------------------------------------------------------
# The minutes page
# --------------------------------------------------------------------------------------

NB = "&nbsp;"
GAP = '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'


def p(text: str) -> str:
    return f'<p class="MsoNormal" style="text-align:justify">{text}</p>\n'


def lp(letter: str, text: str) -> str:
    """A typed lettered point pasted from Word."""
    return (
        '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
        f'text-indent:-18.0pt">{letter}){GAP}{text}</p>\n'
    )


def cont(text: str) -> str:
    """A continuation paragraph of a lettered point (no letter)."""
    return f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify">{text}</p>\n'


def empty() -> str:
    return '<p class="MsoNormal">&nbsp;</p>\n'


def docs(*rows: tuple[str, str, str]) -> str:
    out = ['<p class="mgSubItemTitleTxt">Supporting documents:</p>\n<ul class="mgBulletList">\n']
    for title, href, size in rows:
        out.append(
            f'<li><a href="{BASE}/documents/{href}" class="mgSupportingDocLink" '
            f'title="Link to document \'{title}\'">{title}</a>'
            f'<span class="mgFileSizeTxt"> PDF {size}</span></li>\n'
        )
    out.append("</ul>\n")
    return "".join(out)


ITEMS: list[dict] = []


def item(num: str, title: str, agenda: str, minutes: str, supporting: str = "") -> None:
    ITEMS.append(dict(num=num, title=title, agenda=agenda, minutes=minutes, docs=supporting))


item(
    "52", "Filming at Meetings",
    p("Please note that this meeting may be filmed or recorded by the Council for live or "
      "subsequent broadcast via the Council’s internet site or by anyone attending the meeting "
      "using any communication method. Although we ask members of the public recording, filming "
      "or reporting on the meeting not to include the public seating areas, members of the public "
      "attending the meeting should be aware that we cannot guarantee that they will not be filmed "
      "or recorded by others attending the meeting. Members of the public participating in the "
      "meeting (e.g. making deputations, asking questions, making oral protests) should be aware "
      "that they are likely to be filmed, recorded or reported on.")
    + p("By entering the meeting room and using the public seating area, you are consenting to "
        "being filmed and to the possible use of those images and sound recordings.")
    + p("The chair of the meeting has the discretion to terminate or suspend filming or recording, "
        "if in his or her opinion continuation of the filming, recording or reporting would "
        "disrupt or prejudice the proceedings, infringe the rights of any individual or may lead to "
        "the breach of a legal obligation by the Council."),
    p("The Chair referred Members present to agenda Item 1 as shown on the agenda in respect of "
      "filming at this meeting, and Members noted the information contained therein’."),
)

item(
    "53", "Apologies for Absence",
    p("To receive any apologies for absence."),
    p("Apologies for absence were received from Cllr Yeardley.")
    + p("Cllr Kiely gave apologies for lateness."),
)

item(
    "54", "Items of Urgent Business",
    p("The Chair will consider the admission of any late items of urgent business. (Late items "
      "will be considered under the agenda item where they appear. New items will be dealt with "
      "at item 11 below)."),
    p("None."),
)

item(
    "55", "Declarations of Interest",
    p("A member with a disclosable pecuniary interest or a prejudicial interest in a matter who "
      "attends a meeting of the authority at which the matter is considered:")
    + p("(i) must disclose the interest at the start of the meeting or when the interest becomes "
        "apparent, and")
    + p("(ii) may not participate in any discussion or vote on the matter and must withdraw from "
        "the meeting room.")
    + p("A member who discloses at a meeting a disclosable pecuniary interest which is not "
        "registered in the Register of Members’ Interests or the subject of a pending notification "
        "must notify the Monitoring Officer of the interest within 28 days of the disclosure.")
    + p("Disclosable pecuniary interests, personal interests and prejudicial interests are defined "
        "at Paragraphs 5-7 and Appendix A of the Members’ Code of Conduct."),
    p("Cllr Foxley declared an interest by virtue of her membership of the Royal College of "
      "Midwives.")
    + p("Cllr Raichura declared an interest by virtue of his wife working as a pharmacist in "
        "Fernhill.")
    + p("Gareth Penrose declared an interest as a volunteer with Healthwatch Haverstone."),
)

item(
    "56", "Deputations/Petitions/Presentations/Questions",
    p("To consider any requests received in accordance with Part 4, Section B, paragraph 29 of "
      "the Council’s Constitution."),
    p("The Panel received a deputation from Ms Eileen Craddock on behalf of the Larkhill Day Centre "
      "Carers’ Group in relation to the proposed closure of Larkhill Day Centre, which provides day "
      "opportunities for adults with learning disabilities and autism. Ms Craddock was accompanied "
      "by Mr Desmond Hale, whose son has attended the centre for eleven years. Ms Craddock said that "
      "the centre was a lifeline for the 43 adults who attended it and for their families, many of "
      "whom were older carers in their seventies and eighties. She told the Panel that families had "
      "first learned of the proposal through a letter sent only three weeks before the end of the "
      "consultation period, and that the online questionnaire was not accessible for many of the "
      "people who used the centre. She added that the alternative community-based offer had not been "
      "tested and that the saving of £380,000 in the Medium Term Financial Strategy appeared to have "
      "been decided before the consultation began. Ms Craddock asked the Panel to recommend to "
      "Cabinet that the consultation be extended by eight weeks and that an independent assessment "
      "of each attendee’s needs be carried out before any decision was taken.")
    + p("Joanna Trent, Director of Adults, Health and Communities, responded to the deputation. She "
        "said that no decision had been taken on the future of Larkhill Day Centre and that the "
        "consultation had already been extended by four weeks to 28th March following feedback from "
        "families. Officers had offered every family a face-to-face meeting with a social worker, and "
        "easy read versions of the consultation documents had been sent out in February. She "
        "acknowledged that the initial letter should have been sent earlier and apologised to the "
        "families present. The outcome of the consultation and the equalities impact assessment "
        "would be reported to Cabinet in June 2025.")
    + p("The Panel then asked questions of the deputation party and officers:")
    + lp("a", "Cllr Ansah asked how many of the current attendees had been offered a review of their "
              "care and support plan since the consultation began. Joanna Trent said that 29 of the 43 "
              "attendees had had a review and that the remainder would be completed by the end of "
              "March.")
    + lp("b", "Cllr Kiely asked Mr Hale what the closure would mean for his family. Mr Hale said that "
              "his son relied on the routine and on staff he knew, and that when the centre had closed "
              "during the pandemic his son had become very distressed and had been admitted to "
              "hospital twice. He said that he was 79 and did not know how he would continue to care "
              "for his son without the centre.")
    + lp("c", "Cllr Wrobel questioned whether the savings figure took account of the cost of "
              "alternative provision, including transport and one-to-one support in the community. "
              "Farid Bhatti, Assistant Director for Commissioning, said that the net saving of "
              "£380,000 was after the estimated cost of alternative provision had been deducted, but "
              "acknowledged that transport costs would depend on the outcome of individual reviews.")
    + lp("d", "Cllr Foxley commented that the Panel had previously raised concerns about the quality "
              "of engagement on changes to day services and that it was disappointing that the lessons "
              "from the Fernhill Resource Centre review had not been applied.")
    + empty()
    + p("The Chair thanked Ms Craddock and Mr Hale for attending. The Panel agreed to write to the "
        "Cabinet Member for Health, Social Care and Wellbeing setting out its concerns about the "
        "consultation process and asking that the Panel be consulted before the Cabinet decision. "
        "(ACTION: Cllr Foxley/Paul Ferrier)"),
)

item(
    "57", "Minutes",
    p("To approve the minutes of the previous meeting."),
    p("Cllr Foxley queried why the figures on the number of patients awaiting discharge into "
      "temporary accommodation, which had been requested at the previous meeting, had not yet been "
      "provided. Paul Ferrier, Principal Scrutiny Officer, said that the information on delayed "
      "discharges had been circulated but that he would follow up the outstanding figures with the "
      "Housing Demand service. (ACTION)")
    + p("<b>RESOLVED</b>")
    + p("That the minutes of the meeting held on 12th December 2024 be approved as an accurate "
        "record."),
    docs(("Minutes of the previous meeting 12 December 2024", "s91734/Minutes.pdf", "214 KB")),
)

item(
    "58", "Cabinet Member Questions - Health, Social Care and Wellbeing",
    p("Verbal update and an opportunity to question the Cabinet Member for Health, Social Care and "
      "Wellbeing, Cllr Nadia Osei-Bonsu, on developments within her portfolio."),
    p("Cllr Nadia Osei-Bonsu, Cabinet Member for Health, Social Care and Wellbeing, gave a brief "
      "verbal update to the Panel on key issues in her portfolio. She reported that the Council had "
      "received the final report of the Care Quality Commission’s assessment of Adult Social Care in "
      "January 2025, which had rated the Council as ‘Requires Improvement’, with strengths identified "
      "in safeguarding and partnership working and areas for improvement in waiting times for "
      "assessments and support for unpaid carers. She also noted that the Haverstone Better Care Fund "
      "plan for 2025/26 had been agreed by the Health and Wellbeing Board and that the Council’s first "
      "Carers’ Strategy for ten years would go to Cabinet in May.")
    + p("The Cabinet Member then responded to questions from the Panel:")
    + lp("a", "Cllr Ansah asked how progress against the CQC action plan would be monitored and "
              "whether scrutiny would have a role. Cllr Osei-Bonsu said that an Improvement Board "
              "chaired by the Chief Executive had been set up to oversee delivery of the plan, and "
              "that she would be happy for the action plan to come to the Panel in April. (ACTION)")
    + lp("b", "Cllr Wrobel said that residents in his ward had told him that they had waited more than "
              "six months for a Care Act assessment and asked what was being done about waiting lists. "
              "Joanna Trent said that the average wait for an assessment had reduced from 14 weeks to "
              "9 weeks over the past year, although there remained a small number of long waits, "
              "mainly for occupational therapy assessments. Additional agency occupational therapists "
              "had been brought in on a temporary basis to clear the backlog. Cllr Wrobel requested a "
              "breakdown of waiting times by team and by length of wait. (ACTION)")
    + lp("c", "Cllr Kiely expressed concern about the impact of the increase in employer’s National "
              "Insurance contributions on local care providers, some of whom had told her that they "
              "were considering handing back packages of care. Cllr Osei-Bonsu said that the Council "
              "had written to the Minister for Care, jointly with other London boroughs through London "
              "Councils, setting out the pressures on the care market, and that officers were meeting "
              "providers individually to discuss the 2025/26 fee uplift.")
    + lp("d", "Gareth Penrose commented that the CQC findings on unpaid carers reflected what "
              "Healthwatch Haverstone had heard from carers over the past two years, and that many "
              "carers were not aware that they were entitled to a carer’s assessment in their own "
              "right.")
    + lp("e", "Cllr Raichura asked whether the Council’s response to the CQC report would include a "
              "specific target for the number of carers’ assessments completed. The Cabinet Member "
              "said that the Carers’ Strategy would include targets and that she would circulate the "
              "draft to Panel Members before it went to Cabinet."),
)

item(
    "59", "Access to General Practice in Haverstone",
    p("To receive an update from North Central Thames Integrated Care Board on access to GP "
      "services in Haverstone, including the implementation of the Primary Care Access Recovery "
      "Plan."),
    p("Dr Samir Lodhi, GP and Borough Clinical Lead for Haverstone, North Central Thames ICB, and "
      "Rachel Dunmore, Director of Primary Care, North Central Thames ICB, introduced the report, "
      "which set out the current position on access to general practice in the borough. The report "
      "noted that the 38 GP practices in Haverstone had delivered around 1.1m appointments in 2024, "
      "an increase of 7% on 2023, and that all practices had now moved to cloud-based telephony. "
      "Rachel Dunmore joined the meeting virtually.")
    + p("The following points were noted in discussion:")
    + lp("a", "Cllr Raichura asked what proportion of GP appointments in the borough were "
              "face-to-face. Rachel Dunmore said that 68% of appointments in Haverstone had been "
              "face-to-face in December 2024, which was slightly above the London average, and that the "
              "proportion had been broadly stable for the past two years.")
    + lp("b", "Cllr Foxley expressed concern that residents continued to report an ‘8am scramble’ for "
              "appointments, with phone lines engaged and all of the day’s appointments gone within "
              "minutes. Dr Lodhi said that cloud-based telephony meant that callers could now be "
              "offered a call-back rather than being cut off, and that practices were being supported "
              "to move to a ‘total triage’ model in which every request was assessed by a clinician on "
              "the day.")
    + cont("He accepted that patient experience was variable between practices and said that the ICB "
           "was working with the six practices with the lowest patient satisfaction scores, which "
           "would each receive a support visit before the summer.")
    + lp("c", "Cllr Kiely noted that the practice at Larkhill Road had closed its list to new patients "
              "in November 2024 and asked how the ICB was ensuring that residents in the east of the "
              "borough could register with a GP. Rachel Dunmore said that list closures had to be agreed "
              "by the ICB and were time-limited, and that the Larkhill Road closure had been approved "
              "for six months while the practice recruited two salaried GPs. Residents could register "
              "with any practice whose boundary covered their address, and the ICB’s patient services "
              "team could assist anyone who had been refused registration.")
    + lp("d", "Cllr Ansah asked whether the ICB monitored the registration of people without a fixed "
              "address, including people living in temporary accommodation and asylum seekers in "
              "contingency hotels. Dr Lodhi said that no proof of address or immigration status was "
              "required to register with a GP, and that a dedicated outreach service visited the two "
              "contingency hotels in the borough each week.")
    + lp("e", "Gareth Penrose said that a recent Healthwatch Haverstone survey of 612 residents had "
              "found that one in three respondents did not know how to use the NHS App to book an "
              "appointment, and asked how the ICB would support residents who were not online. Rachel "
              "Dunmore said that digital access was an addition to, not a replacement for, telephone "
              "and walk-in access and that the ICB was funding digital champions in libraries through "
              "the voluntary sector. She welcomed the survey and agreed to share the ICB’s response "
              "with Healthwatch.")
    + lp("f", "Cllr Wrobel asked about the role of staff recruited through the Additional Roles "
              "Reimbursement Scheme, such as clinical pharmacists and physician associates, and "
              "whether patients were clear about who they were seeing. Dr Lodhi said that more than "
              "140 staff were now employed in additional roles across the borough’s primary care "
              "networks, that all patients should be told the role of the clinician they were booked "
              "with, and that physician associates in Haverstone did not see undifferentiated "
              "patients. Cllr Wrobel commented that he was not reassured that this was happening "
              "consistently.")
    + lp("g", "Cllr Raichura raised concerns about the closure of two community pharmacies on Northway "
              "Road in the past year and the pressure this had placed on the remaining pharmacies. "
              "Rachel Dunmore said that responsibility for commissioning community pharmacy had been "
              "delegated to the ICB in 2023, and that the Health and Wellbeing Board’s Pharmaceutical "
              "Needs Assessment had concluded that there was still adequate provision in the area. She "
              "said that she would take the concerns about waiting times in the remaining pharmacies "
              "back to the pharmacy contracting team.")
    + lp("h", "Cllr Foxley requested that the ICB provide the Panel with the results of the GP Patient "
              "Survey broken down by practice, together with the number of appointments per 1,000 "
              "patients for each practice. (ACTION: Rachel Dunmore)")
    + empty()
    + p("<b>RESOLVED –</b> That the report be noted."),
    docs(("Access to General Practice in Haverstone - NCT ICB report", "s91802/GP%20access%20report.pdf",
          "688 KB"),
         ("Appendix A - GP practice list sizes and appointment data", "s91803/Appendix%20A.pdf", "312 KB")),
)

item(
    "60", "Home Care Recommissioning",
    p("To consider and comment on the proposed new model for home care services in Haverstone "
      "ahead of the procurement."),
    p("Farid Bhatti, Assistant Director for Commissioning, introduced the report, which set out the "
      "proposed model for the recommissioning of home care from October 2025. The Council currently "
      "purchased around 14,500 hours of home care a week from 38 providers, most of them on spot "
      "contracts. Under the proposed model the borough would be divided into three localities, each "
      "with two lead providers working alongside the Council’s reablement service and the "
      "neighbourhood integrated teams. All providers would be required to pay the London Living Wage, "
      "including for travel time, and visits of less than 30 minutes would only be commissioned in "
      "exceptional circumstances.")
    + p("Some of the key points raised during the discussion included:")
    + lp("a", "Cllr Wrobel asked whether the Council had considered bringing home care back in-house. "
              "Farid Bhatti said that the options appraisal at Appendix 2 had considered an in-house "
              "service but had concluded that it would cost an estimated £6.4m a year more than the "
              "proposed model, mainly because of pension and other on-costs, and that it could not be "
              "delivered by October 2025.")
    + lp("b", "Cllr Kiely asked how the Council would ensure that providers actually paid the London "
              "Living Wage and paid care workers for their travel time. Farid Bhatti said that "
              "compliance would be a contractual requirement, checked through electronic call "
              "monitoring data and annual audits of a sample of payslips, and that providers found to "
              "be in breach could have their contracts terminated.")
    + lp("c", "Cllr Foxley asked what engagement had taken place with people who received home care "
              "and their families. Farid Bhatti said that officers had held 14 engagement sessions, "
              "including two in community languages, and that 412 people had responded to the survey. "
              "Continuity of care workers and not being rushed had been the issues most often raised.")
    + lp("d", "Cllr Ansah raised concerns about the disruption to people whose current provider was not "
              "successful in the procurement. In response, Joanna Trent said that a transition plan "
              "would be developed with each person and that, where possible, care workers would "
              "transfer to the new provider under TUPE so that people could keep the same carers.")
    + lp("e", "Cllr Raichura queried the financial modelling in the report, noting that the estimated "
              "increase of £2.1m in the annual cost of home care was not yet fully funded in the "
              "Medium Term Financial Strategy. Farid Bhatti said that £1.3m would be met from the "
              "Market Sustainability and Improvement Fund grant, and that the remainder would be "
              "considered as part of the 2026/27 budget setting process.")
    + lp("f", "Gareth Penrose asked whether any of the current providers were owned by private equity "
              "firms and whether this would be taken into account in the evaluation. Farid Bhatti said "
              "that ownership in itself could not be an evaluation criterion, but that all bidders "
              "would be subject to financial due diligence, including an assessment of debt levels.")
    + lp("g", "Cllr Kiely commented that the proposed locality model was welcome but that the Panel "
              "would want to see evidence that the neighbourhood integrated teams were working well "
              "before the new contracts relied on them.")
    + empty()
    + p("<b>RESOLVED:</b>")
    + p("1.&nbsp;&nbsp;&nbsp; That the report be noted.")
    + p("2.&nbsp;&nbsp;&nbsp; That the Panel’s comments, as set out above, be forwarded to the Cabinet "
        "Member for Health, Social Care and Wellbeing for consideration before the Cabinet decision "
        "on the procurement strategy in April 2025.")
    + p("3.&nbsp;&nbsp;&nbsp; That the outcome of the procurement be reported to the Panel before the "
        "award of contracts."),
    docs(("Home Care Recommissioning - report", "s91810/Home%20Care%20report.pdf", "541 KB"),
         ("Appendix 1 - Proposed locality model", "s91811/Appendix%201.pdf", "203 KB"),
         ("Appendix 2 - Options appraisal", "s91812/Appendix%202.pdf", "377 KB")),
)

item(
    "61", "Work Programme Update",
    p("To consider the Panel’s work programme for the remainder of 2024/25 and to note the topics "
      "suggested for 2025/26."),
    p("Paul Ferrier, Principal Scrutiny Officer, introduced the report, noting that the meeting on "
      "24th April 2025 was the last scheduled meeting of the municipal year and that the Panel would "
      "need to agree its priorities for 2025/26 at its first meeting in June. He advised that the "
      "Overview and Scrutiny Committee would be asked to agree the scrutiny review topics for 2025/26 "
      "at its meeting in July.")
    + p("Cllr Kiely requested that the Panel consider undertaking a scrutiny review of the support "
        "available to adults in a mental health crisis, noting the number of residents who had told "
        "councillors about long waits in A&amp;E for a mental health bed. Cllr Foxley commented that the "
        "Panel should also keep a watching brief on the future of Larkhill Day Centre.")
    + p("The Panel agreed that the CQC action plan and the Carers’ Strategy be added to the agenda for "
        "the meeting on 24th April 2025, and that a scoping document for a review of mental health "
        "crisis support be prepared for the June meeting."),
    docs(("Work Programme Update", "s91820/Work%20Programme.pdf", "156 KB")),
)

item(
    "62", "New Items of Urgent Business",
    p("To consider any items admitted at item 3 above."),
    p("N/A"),
)

item(
    "63", "Dates of Future Meetings",
    p("24th April 2025 (6.30pm)"),
    p("The Chair reminded Members that the next meeting would be held on 24th April 2025 at 6.30pm."),
)

ATTENDANCE = [
    ("Present:", "Councillors: Helen Foxley (Chair), Grace Ansah, Maureen Kiely, Dev Raichura and "
                 "Tomasz Wrobel"),
    ("Co-opted Member:", "Gareth Penrose"),
    ("Apologies:", "Councillor Simon Yeardley"),
    ("Also Present:", "Councillor Nadia Osei-Bonsu (Cabinet Member for Health, Social Care and "
                      "Wellbeing)"),
    ("Officers and partners in attendance:",
     "Joanna Trent (Director of Adults, Health and Communities), Farid Bhatti (Assistant Director "
     "for Commissioning), Paul Ferrier (Principal Scrutiny Officer), Dr Samir Lodhi (GP and Borough "
     "Clinical Lead for Haverstone, North Central Thames ICB), Rachel Dunmore (Director of Primary "
     "Care, North Central Thames ICB) (virtual)"),
]


def minutes_html() -> str:
    h = []
    h.append("<!DOCTYPE html>\n")
    h.append(f"<!-- saved from url=(0071){BASE}/ieListDocuments.aspx?CId=186&amp;MId=10742&amp;Ver=4 -->\n")
    h.append('<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    h.append("<title>Agenda and minutes - Adults and Health Scrutiny Panel - Thursday, 6th March, 2025 "
             "6.30 pm - Haverstone Council</title>\n")
    h.append(f'<link type="text/css" href="./{SAVED}/mgStyle.css" rel="stylesheet">\n')
    h.append(f'<link type="text/css" href="./{SAVED}/haverstone-theme.css" rel="stylesheet">\n')
    h.append(f'<script src="./{SAVED}/jquery.min.js"></script>\n')
    h.append(f'<script src="./{SAVED}/mgAjaxScripts.js"></script>\n')
    h.append("</head>\n<body>\n")
    h.append('<a class="skip-link" href="#mgMainContent">Skip to main content</a>\n')
    h.append('<header class="site-header"><div class="container">\n')
    h.append(f'<a href="https://www.haverstone.gov.uk/" class="logo"><img src="./{SAVED}/logo.svg" '
             'alt="Haverstone Council home page"></a>\n')
    h.append('<form class="site-search" action="https://www.haverstone.gov.uk/search"><label for="q">'
             'Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>\n')
    h.append("</div></header>\n")
    h.append('<nav class="breadcrumb" aria-label="Breadcrumb"><ol>\n'
             '<li><a href="https://www.haverstone.gov.uk/">Home</a></li>\n'
             '<li><a href="https://www.haverstone.gov.uk/council-and-elections">Council and elections</a></li>\n'
             f'<li><a href="{BASE}/ieDocHome.aspx">Council meetings and decisions</a></li>\n'
             f'<li><a href="{BASE}/mgCommitteeDetails.aspx?ID=186">Adults and Health Scrutiny Panel</a></li>\n'
             "<li>Meeting</li>\n</ol></nav>\n")
    h.append('<div id="mgSideBar"><ul class="mgActionList">\n'
             f'<li><a href="{BASE}/mgCalendarMonthView.aspx">Calendar</a></li>\n'
             f'<li><a href="{BASE}/mgListCommittees.aspx">Committees</a></li>\n'
             f'<li><a href="{BASE}/mgMemberIndex.aspx">Councillors</a></li>\n'
             f'<li><a href="{BASE}/mgDelegatedDecisions.aspx">Decisions</a></li>\n'
             f'<li><a href="{BASE}/mgPlansHome.aspx">Forward plans</a></li>\n'
             f'<li><a href="{BASE}/ieDocSearch.aspx">Search documents</a></li>\n'
             "</ul></div>\n")
    h.append('<main id="mgMainContent" class="mgContent">\n')
    h.append('<h1 class="mgMainTitleTxt">Agenda and minutes</h1>\n')
    h.append('<h2 class="mgSubTitleTxt">Adults and Health Scrutiny Panel - Thursday, 6th March, 2025 6.30 pm</h2>\n')
    h.append('<div class="mgLinks"><ul class="mgActionList">\n'
             f'<li><a href="{BASE}/ieIssueDetails.aspx">Agenda frontsheet</a><span class="mgFileSizeTxt"> PDF 198 KB</span></li>\n'
             f'<li><a href="{BASE}/documents/g10742/Public%20reports%20pack%2006th-Mar-2025%2018.30%20Adults%20and%20Health%20Scrutiny%20Panel.pdf">'
             "Agenda reports pack</a><span class=\"mgFileSizeTxt\"> PDF 3 MB</span></li>\n"
             f'<li><a href="{BASE}/documents/g10742/Printed%20minutes%2006th-Mar-2025%2018.30%20Adults%20and%20Health%20Scrutiny%20Panel.pdf">'
             "Printed minutes</a><span class=\"mgFileSizeTxt\"> PDF 287 KB</span></li>\n"
             "</ul></div>\n")
    h.append('<div class="mgMeetingDetails">\n'
             '<p><span class="mgLabel">Venue: </span>Committee Room 2, Haverstone Civic Centre, Northway Road, '
             'London N23 4QP. <a href="https://www.haverstone.gov.uk/civic-centre">View directions</a></p>\n'
             '<p><span class="mgLabel">Contact: </span>Paul Ferrier, Principal Scrutiny Officer&nbsp; '
             "Tel: 020 8496 0417&nbsp; Email: <a href=\"mailto:paul.ferrier@haverstone.gov.uk\">"
             "paul.ferrier@haverstone.gov.uk</a></p>\n"
             '<p><span class="mgLabel">Media </span></p>\n'
             '<ul class="mgBulletList"><li><a href="https://haverstone.public-i.tv/core/portal/webcast_interactive/918244">'
             "View the webcast for this meeting</a></li></ul>\n"
             "</div>\n")
    h.append('<h2 class="mgSectionTitle">Items</h2>\n')
    h.append('<table class="mgItemTable" summary="Table of items">\n'
             '<tr><th scope="col" class="mgItemNumberHdr">No.</th><th scope="col">Item</th></tr>\n')
    for it in ITEMS:
        h.append('<tr>\n')
        h.append(f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{it["num"]}.</p></td>\n')
        h.append('<td>\n')
        h.append(f'<p class="mgAiTitleTxt"><a href="{BASE}/mgAi.aspx?ID={int(it["num"]) + 41200}" '
                 f'title="Link to item details">{it["title"]}</a></p>\n')
        h.append(f'<div class="mgWordPara">\n{it["agenda"]}</div>\n')
        h.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n')
        h.append(f'<div class="mgWordPara">\n{it["minutes"]}</div>\n')
        if it["docs"]:
            h.append(it["docs"])
        h.append("</td>\n</tr>\n")
    h.append("</table>\n")
    h.append('<h2 class="mgSectionTitle">Attendance details</h2>\n<div class="mgAttendance">\n')
    for label, text in ATTENDANCE:
        h.append(f'<p><span class="mgLabel">{label}</span> {text}</p>\n')
    h.append("</div>\n")
    h.append('<p class="mgLastUpdated">Published: 14/03/2025 16:22</p>\n')
    h.append("</main>\n")
    h.append('<footer class="site-footer"><div class="container">\n'
             '<ul><li><a href="https://www.haverstone.gov.uk/contact-us">Contact us</a></li>\n'
             '<li><a href="https://www.haverstone.gov.uk/accessibility">Accessibility statement</a></li>\n'
             '<li><a href="https://www.haverstone.gov.uk/privacy">Privacy</a></li>\n'
             '<li><a href="https://www.haverstone.gov.uk/cookies">Cookies</a></li></ul>\n'
             "<p>Haverstone Council, Haverstone Civic Centre, Northway Road, London N23 4QP</p>\n"
             "<p>&copy; Haverstone Council 2025</p>\n"
             '<p class="mgBackToTop"><a href="#mgMainContent">Back to top</a></p>\n'
             "</div></footer>\n</body></html>\n")
    return "".join(h)


# --------------------------------------------------------------------------------------
# The page that is not minutes
# --------------------------------------------------------------------------------------

def other_html() -> str:
    return """<!DOCTYPE html>
<!-- saved from url=(0097)https://www.haverstone.gov.uk/council-and-elections/scrutiny/mental-health-crisis-support-review -->
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Scrutiny review of mental health crisis support: call for evidence | Haverstone Council</title>
<meta name="description" content="The Adults and Health Scrutiny Panel wants to hear from residents, carers and organisations about support for adults in a mental health crisis.">
<link rel="stylesheet" href="./mental-health-crisis-support-review_files/localgov_base.css">
</head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on Haverstone Council">
<p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site.</p>
<button>Accept additional cookies</button> <button>Reject additional cookies</button>
</div>
<header class="lgd-header"><div class="lgd-container">
<a href="/" rel="home" class="lgd-header__logo"><img src="./mental-health-crisis-support-review_files/logo.svg" alt="Haverstone Council"></a>
<nav class="lgd-header__nav"><ul>
<li><a href="/bins-and-recycling">Bins and recycling</a></li>
<li><a href="/council-tax">Council Tax</a></li>
<li><a href="/housing">Housing</a></li>
<li><a href="/adult-social-care">Adult social care</a></li>
<li><a href="/council-and-elections">Council and elections</a></li>
</ul></nav>
</div></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li>
<li><a href="/council-and-elections">Council and elections</a></li>
<li><a href="/council-and-elections/scrutiny">Scrutiny</a></li>
<li>Scrutiny review of mental health crisis support: call for evidence</li>
</ol></nav>
<main id="main-content" class="lgd-main">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">Scrutiny review of mental health crisis support: call for evidence</h1>
<p class="lgd-page-title-block__subheader">Tell councillors what happens when you, or someone you care for, needs urgent help with their mental health.</p></div>
<article class="localgov-services-page">
<div class="field--name-body">
<h2>About the review</h2>
<p>The Adults and Health Scrutiny Panel is a group of five councillors and a co-opted member from Healthwatch Haverstone. It looks at how health and care services in the borough are working and makes recommendations to the Council’s Cabinet and to the NHS.</p>
<p>Councillors have heard from many residents about long waits in A&amp;E for a mental health bed and about difficulty getting help out of hours. The Panel has therefore decided to carry out an in-depth review of the support available to adults (aged 18 and over) in Haverstone who experience a mental health crisis.</p>
<p>The Panel agreed the terms of reference for the review at its meeting on 24 April 2025. The review is being carried out with the support of the Council’s Scrutiny team and is expected to finish in November 2025.</p>
<h2>What the review will look at</h2>
<p>The Panel will try to answer these key questions:</p>
<ul>
<li>How easy is it for adults in crisis, and their families, to get help quickly, both in working hours and out of hours?</li>
<li>Are people waiting too long in A&amp;E, or in police custody, for a mental health assessment or bed?</li>
<li>How well do the NHS mental health trust, the Council’s Approved Mental Health Professional service, the police and the London Ambulance Service work together?</li>
<li>What happens after a crisis? Do people get the follow-up support and care they need when they go home?</li>
<li>Are some communities less likely to get help early, and more likely to be detained under the Mental Health Act?</li>
</ul>
<h2>How to take part</h2>
<p>We want to hear from:</p>
<ul>
<li>people who have had a mental health crisis, and their carers, family and friends</li>
<li>staff working in mental health, primary care, social care, the police or ambulance services</li>
<li>voluntary and community organisations</li>
</ul>
<p>You can:</p>
<ul>
<li><a href="https://haverstone.citizenspace.com/scrutiny/mental-health-crisis">complete our short online survey</a> (about 10 minutes)</li>
<li>email your views to <a href="mailto:scrutiny@haverstone.gov.uk">scrutiny@haverstone.gov.uk</a></li>
<li>ask for a paper copy or an easy read version of the survey by calling 020 8496 0417</li>
<li>come to one of our listening events (see below)</li>
</ul>
<p><strong>The deadline for comments is Friday 18 July 2025.</strong></p>
<h3>Questions in the survey</h3>
<ol>
<li>Have you, or someone you care for, needed urgent help with your mental health in the last two years?</li>
<li>Where did you first go for help? (For example, your GP, NHS 111, A&amp;E, the police, a crisis line or a voluntary organisation.)</li>
<li>How long did it take before you got the help you needed?</li>
<li>Were you, and your family or carers, treated with dignity and respect?</li>
<li>What one thing would have made the most difference to you?</li>
</ol>
<h3>Listening events</h3>
<table class="table">
<thead><tr><th>Date</th><th>Time</th><th>Place</th></tr></thead>
<tbody>
<tr><td>Tuesday 24 June 2025</td><td>6pm to 7.30pm</td><td>Fernhill Library, Marlow Road</td></tr>
<tr><td>Thursday 3 July 2025</td><td>1pm to 2.30pm</td><td>Larkhill Community Centre</td></tr>
<tr><td>Wednesday 9 July 2025</td><td>6pm to 7.30pm</td><td>Online (Microsoft Teams) – book a place by email</td></tr>
</tbody>
</table>
<h2>What happens next</h2>
<p>The Panel will hold evidence sessions with NHS and Council managers, the police and voluntary organisations in September and October 2025. These sessions take place in public and you are welcome to watch them.</p>
<p>The Panel will then agree its final report and recommendations. The report will go to the Overview and Scrutiny Committee and then to Cabinet, which must respond to the recommendations within two months. Recommendations for the NHS will be sent to North Central Thames Integrated Care Board and the mental health trust for a response.</p>
<h2>Frequently asked questions</h2>
<details><summary>Will my comments be anonymous?</summary>
<p>Yes. We will not publish your name or any details that could identify you. Quotes used in the final report will be anonymised.</p></details>
<details><summary>Can the Panel look into my own case?</summary>
<p>No. The Panel looks at services as a whole and cannot investigate individual cases or complaints. If you want to complain about a service, please use the <a href="/complaints">Council’s complaints procedure</a> or contact the NHS trust’s Patient Advice and Liaison Service.</p></details>
<details><summary>I need help now. Who should I contact?</summary>
<p>If you need urgent help with your mental health, call NHS 111 and choose the option for mental health, or call 999 in an emergency. You can also text SHOUT to 85258 at any time.</p></details>
</div>
<aside class="lgd-sidebar">
<h2>Related pages</h2>
<ul>
<li><a href="/council-and-elections/scrutiny">Overview and scrutiny</a></li>
<li><a href="https://democracy.haverstone.gov.uk/mgCommitteeDetails.aspx?ID=186">Adults and Health Scrutiny Panel meetings</a></li>
<li><a href="/council-and-elections/scrutiny/scrutiny-reviews">Completed scrutiny reviews</a></li>
<li><a href="/health-and-wellbeing/mental-health">Mental health support in Haverstone</a></li>
</ul>
</aside>
<p class="lgd-page-updated">Last updated: 2 June 2025</p>
</article>
</main>
<footer class="lgd-footer"><div class="lgd-container">
<ul><li><a href="/contact-us">Contact us</a></li><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; Haverstone Council 2025</p>
</div></footer>
</body></html>
"""


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def R(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


def A(name, role, attendance):
    return dict(name=name, role=role, attendance=attendance)


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Panel",
    "meeting_date": "2025-03-06",
    "items": [dict(number=it["num"], title=it["title"]) for it in ITEMS],
    "questions": [
        # 56 deputation
        Q("56", "request",
          "Ms Craddock asked the Panel to recommend to Cabinet that the consultation be extended",
          "Ms Craddock",
          "no decision had been taken on the future of Larkhill Day Centre",
          "Joanna Trent", ["patient-and-public-input", "adult-social-care"]),
        Q("56", "question",
          "Cllr Ansah asked how many of the current attendees had been offered a review",
          "Cllr Ansah",
          "29 of the 43 attendees had had a review",
          "Joanna Trent", ["adult-social-care"]),
        Q("56", "question",
          "Cllr Kiely asked Mr Hale what the closure would mean for his family",
          "Cllr Kiely",
          "his son relied on the routine and on staff he knew",
          "Mr Hale", ["adult-social-care"]),
        Q("56", "question",
          "questioned whether the savings figure took account of the cost of alternative provision",
          "Cllr Wrobel",
          "the net saving of £380,000 was after the estimated cost of alternative provision",
          "Farid Bhatti", ["finance", "adult-social-care"]),
        Q("56", "comment",
          "the Panel had previously raised concerns about the quality of engagement on changes",
          "Cllr Foxley", None, None, ["patient-and-public-input", "adult-social-care"]),
        # 57 minutes
        Q("57", "question",
          "queried why the figures on the number of patients awaiting discharge into temporary accommodation",
          "Cllr Foxley",
          "he would follow up the outstanding figures with the Housing Demand service",
          "Paul Ferrier", ["housing", "adult-social-care"]),
        # 58 cabinet member questions
        Q("58", "question",
          "Cllr Ansah asked how progress against the CQC action plan would be monitored",
          "Cllr Ansah",
          "an Improvement Board chaired by the Chief Executive had been set up",
          "Cllr Osei-Bonsu", ["governance", "adult-social-care"]),
        Q("58", "question",
          "had waited more than six months for a Care Act assessment",
          "Cllr Wrobel",
          "the average wait for an assessment had reduced from 14 weeks to 9 weeks",
          "Joanna Trent", ["adult-social-care", "workforce"]),
        Q("58", "concern",
          "expressed concern about the impact of the increase in employer’s National Insurance contributions",
          "Cllr Kiely",
          "the Council had written to the Minister for Care, jointly with other London boroughs",
          "Cllr Osei-Bonsu", ["finance", "adult-social-care", "workforce"]),
        Q("58", "comment",
          "the CQC findings on unpaid carers reflected what Healthwatch Haverstone had heard",
          "Gareth Penrose", None, None,
          ["adult-social-care", "patient-and-public-input", "governance"]),
        Q("58", "question",
          "would include a specific target for the number of carers’ assessments completed",
          "Cllr Raichura",
          "the Carers’ Strategy would include targets and that she would circulate the draft",
          "The Cabinet Member", ["adult-social-care"]),
        # 59 GP access
        Q("59", "question",
          "Cllr Raichura asked what proportion of GP appointments in the borough were face-to-face",
          "Cllr Raichura",
          "68% of appointments in Haverstone had been face-to-face in December 2024",
          "Rachel Dunmore", ["primary-care"]),
        Q("59", "concern",
          "expressed concern that residents continued to report an ‘8am scramble’ for appointments",
          "Cllr Foxley",
          "callers could now be offered a call-back rather than being cut off",
          "Dr Lodhi", ["primary-care"]),
        Q("59", "question",
          "the practice at Larkhill Road had closed its list to new patients",
          "Cllr Kiely",
          "list closures had to be agreed by the ICB and were time-limited",
          "Rachel Dunmore", ["primary-care"]),
        Q("59", "question",
          "the ICB monitored the registration of people without a fixed address",
          "Cllr Ansah",
          "no proof of address or immigration status was required to register with a GP",
          "Dr Lodhi", ["primary-care", "housing"]),
        Q("59", "question",
          "asked how the ICB would support residents who were not online",
          "Gareth Penrose",
          "digital access was an addition to, not a replacement for, telephone and walk-in access",
          "Rachel Dunmore", ["primary-care", "patient-and-public-input"]),
        Q("59", "question",
          "asked about the role of staff recruited through the Additional Roles Reimbursement Scheme",
          "Cllr Wrobel",
          "more than 140 staff were now employed in additional roles",
          "Dr Lodhi", ["primary-care", "workforce"]),
        Q("59", "concern",
          "raised concerns about the closure of two community pharmacies on Northway Road",
          "Cllr Raichura",
          "responsibility for commissioning community pharmacy had been delegated to the ICB in 2023",
          "Rachel Dunmore", ["primary-care"]),
        Q("59", "request",
          "requested that the ICB provide the Panel with the results of the GP Patient Survey",
          "Cllr Foxley", None, None, ["primary-care", "patient-and-public-input"]),
        # 60 home care
        Q("60", "question",
          "asked whether the Council had considered bringing home care back in-house",
          "Cllr Wrobel",
          "it would cost an estimated £6.4m a year more than the proposed model",
          "Farid Bhatti", ["privatisation", "adult-social-care", "finance"]),
        Q("60", "question",
          "how the Council would ensure that providers actually paid the London Living Wage",
          "Cllr Kiely",
          "compliance would be a contractual requirement, checked through electronic call monitoring data",
          "Farid Bhatti", ["workforce", "subcontracting", "adult-social-care"]),
        Q("60", "question",
          "asked what engagement had taken place with people who received home care",
          "Cllr Foxley",
          "officers had held 14 engagement sessions, including two in community languages",
          "Farid Bhatti", ["patient-and-public-input", "adult-social-care"]),
        Q("60", "concern",
          "raised concerns about the disruption to people whose current provider was not successful",
          "Cllr Ansah",
          "a transition plan would be developed with each person",
          "Joanna Trent", ["subcontracting", "adult-social-care", "workforce"]),
        Q("60", "question",
          "queried the financial modelling in the report",
          "Cllr Raichura",
          "would be met from the Market Sustainability and Improvement Fund grant",
          "Farid Bhatti", ["finance", "adult-social-care"]),
        Q("60", "question",
          "whether any of the current providers were owned by private equity firms",
          "Gareth Penrose",
          "ownership in itself could not be an evaluation criterion",
          "Farid Bhatti", ["privatisation", "subcontracting", "adult-social-care"]),
        Q("60", "comment",
          "commented that the proposed locality model was welcome but that the Panel",
          "Cllr Kiely", None, None, ["integration", "adult-social-care"]),
        # 61 work programme
        Q("61", "request",
          "requested that the Panel consider undertaking a scrutiny review of the support",
          "Cllr Kiely", None, None, ["mental-health", "governance"]),
        Q("61", "comment",
          "should also keep a watching brief on the future of Larkhill Day Centre",
          "Cllr Foxley", None, None, ["adult-social-care"]),
    ],
    "resolutions": [
        R("52", "Members noted the information contained therein", "noted", []),
        R("56", "The Panel agreed to write to the Cabinet Member for Health", "agreed",
          ["patient-and-public-input", "adult-social-care"]),
        R("57", "the minutes of the meeting held on 12th December 2024 be approved", "agreed", []),
        R("59", "RESOLVED – That the report be noted", "noted", ["primary-care"]),
        R("60", "That the outcome of the procurement be reported to the Panel", "agreed",
          ["subcontracting", "adult-social-care"]),
        R("61", "The Panel agreed that the CQC action plan and the Carers’ Strategy", "agreed",
          ["mental-health", "adult-social-care", "governance"]),
    ],
    "attendees": [
        A("Helen Foxley", "Chair", "present"),
        A("Grace Ansah", None, "present"),
        A("Maureen Kiely", None, "present"),
        A("Dev Raichura", None, "present"),
        A("Tomasz Wrobel", None, "present"),
        A("Gareth Penrose", "Co-opted Member", "present"),
        A("Councillor Simon Yeardley", None, "apologies"),
        A("Councillor Nadia Osei-Bonsu", "Cabinet Member for Health, Social Care and Wellbeing",
          "in_attendance"),
        A("Joanna Trent", "Director of Adults, Health and Communities", "in_attendance"),
        A("Farid Bhatti", "Assistant Director for Commissioning", "in_attendance"),
        A("Paul Ferrier", "Principal Scrutiny Officer", "in_attendance"),
        A("Dr Samir Lodhi", "GP and Borough Clinical Lead for Haverstone, North Central Thames ICB",
          "in_attendance"),
        A("Rachel Dunmore", "Director of Primary Care, North Central Thames ICB", "in_attendance"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def write_all() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    (DOCS / OTHER_NAME).write_text(other_html(), encoding="utf-8", newline="\n")
    for gold in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
        print("wrote", DOCS / gold["document"], "and", GOLD / f"{stem}.json")


def _strip_punct(s: str, repl: str) -> str:
    return "".join(repl if unicodedata.category(c).startswith("P") else c for c in s)


def norm(s: str, repl: str = "") -> str:
    s = _strip_punct(s.lower(), repl)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def doc_text(path: Path) -> str:
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("ic-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = doc_text(DOCS / gold["document"])
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            if not 6 <= n <= 15:
                print(f"{gold_path.name}: {kind} phrase has {n} words: {ph!r}")
                bad += 1
            for repl in ("", " "):
                c = norm(text, repl).count(norm(ph, repl))
                if c != 1:
                    print(f"{gold_path.name}: {kind} phrase found {c} times (punct->{repl!r}): {ph!r}")
                    bad += 1
        # items exist and attendee names occur
        t = norm(text)
        for it in gold.get("items", []):
            if norm(it["title"]) not in t:
                print(f"{gold_path.name}: item title not found: {it['title']!r}")
                bad += 1
        for a in gold.get("attendees", []):
            if norm(a["name"]) not in t:
                print(f"{gold_path.name}: attendee not found: {a['name']!r}")
                bad += 1
            if a["role"] and norm(a["role"]) not in t:
                print(f"{gold_path.name}: role not found: {a['role']!r}")
                bad += 1
    print("check failed" if bad else "check passed")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
