#!/usr/bin/env python3
"""Build the "ix-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ix.py           build documents/ix-* and gold/ix-*.json
        build_ix.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_FILE = "ix-carnford-wcl-jhosc-2025-03-14.html"
BRIEFING_FILE = "ix-carnford-wcl-icb-rehab-beds-engagement-briefing.pdf"

COMMITTEE = "West Central London Joint Health Overview and Scrutiny Committee"
SITE = "https://democracy.carnford.gov.uk/"
FILES = "./Agenda for West Central London Joint Health Overview and Scrutiny Committee on Friday, 14th March, 2025, 10.00 am_files/"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# --------------------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" page (ieListDocuments.aspx) saved from
# Chrome as "Web Page, Complete".
# --------------------------------------------------------------------------------------

def p(text: str, cls: str = "MsoNormal") -> str:
    return f'<p class="{cls}">{text}</p>\n'


def lettered(letter: str, text: str) -> str:
    """A Word-pasted lettered paragraph, the way ModernGov keeps it."""
    return (
        '<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;'
        'mso-list:l0 level1 lfo1">'
        f'<span style="mso-list:Ignore">{letter})<span style="font:7.0pt &quot;Times New Roman&quot;">'
        '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
        f'{text}</p>\n'
    )


def bullets(items: list[str]) -> str:
    out = ['<ul style="margin-top:0cm" type="disc">\n']
    for it in items:
        out.append(f'<li class="MsoNormal" style="mso-list:l1 level1 lfo2">{it}</li>\n')
    out.append("</ul>\n")
    return "".join(out)


BLANK = '<p class="MsoNormal">&nbsp;</p>\n'

FILMING_TEXT = (
    p("Please note that this meeting may be filmed or recorded by the Council for live or "
      "subsequent broadcast via the Council’s website or by anyone attending the meeting using "
      "any communication method. Members of the public taking part in the meeting (for example "
      "by making a deputation or asking a question) should be aware that they are likely to be "
      "filmed, recorded or reported on. By entering the meeting room, you are consenting to "
      "being filmed and to the possible use of those images and sound recordings.")
    + BLANK
    + p("The Chair of the meeting may terminate or suspend filming or recording if, in his or "
        "her opinion, its continuation would disrupt or prejudice the proceedings, infringe the "
        "rights of any individual or lead to the breach of a legal obligation by the Council.")
)

DECLARATIONS_TEXT = (
    p("A member with a disclosable pecuniary interest or a prejudicial interest in a matter who "
      "attends a meeting at which the matter is considered:")
    + p("(i) must disclose the interest at the start of the meeting or as soon as the interest "
        "becomes apparent, and")
    + p("(ii) may not take part in any discussion or vote on the matter and must leave the "
        "meeting room.")
    + BLANK
    + p("A member who has a personal interest in a matter must declare it at the start of the "
        "meeting or when it becomes apparent, and may stay and take part unless the interest is "
        "also prejudicial. Members of the Joint Committee are reminded that the interests of "
        "all five councils’ registers apply.")
)

ITEMS: list[dict] = []


def item(number, title, agenda="", minutes="", pdf=None, additional=None, aid=0):
    ITEMS.append(dict(number=number, title=title, agenda=agenda, minutes=minutes, pdf=pdf,
                      additional=additional or [], aid=aid))


item("1", "FILMING AT MEETINGS", FILMING_TEXT,
     p("The Chair referred Members present to agenda Item 1 as shown on the agenda in respect "
       "of filming at this meeting, and Members noted the information contained therein."),
     aid=61402)

item("2", "APOLOGIES FOR ABSENCE", p("To receive any apologies for absence."),
     p("Apologies for absence were received from Cllr Lesley Quarmby (Bramhurst) and Cllr "
       "Sandra Ojukwu (Elmsworth).")
     + BLANK
     + p("Cllr Gethin Bowyer attended the meeting virtually. Apologies for lateness were "
         "received from Dr Kwame Asante, Chief Medical Officer, WCL ICB."),
     aid=61403)

item("3", "URGENT BUSINESS",
     p("The Chair will consider the admission of any late items of Urgent Business. (Late "
       "items will be considered under the agenda item where they appear. New items will be "
       "dealt with under item 11 below)."),
     p("There was no urgent business."),
     aid=61404)

item("4", "DECLARATIONS OF INTEREST", DECLARATIONS_TEXT,
     p("Cllr Rosalind Achterberg declared a non-pecuniary interest in Item 8 (Community "
       "Rehabilitation Beds) as a member of the Dellwick Patients’ Forum, which had submitted "
       "a deputation on that item.")
     + BLANK
     + p("Cllr Imran Kazmi declared a non-pecuniary interest as he was employed as a locum "
         "pharmacist in Bramhurst.")
     + BLANK
     + p("Cllr Maya Okafor declared that her daughter worked as a physiotherapist at Elmsworth "
         "Community Hospital."),
     aid=61405)

item("5", "DEPUTATIONS/PETITIONS/QUESTIONS",
     p("To consider any requests received in accordance with the Joint Committee’s procedure "
       "rules."),
     p("The Chair noted that a deputation had been received from the Dellwick Patients’ Forum "
       "in relation to Item 8 (Community Rehabilitation Beds – Proposed Consolidation) and "
       "that it would be heard under that item.")
     + BLANK
     + p("Two written questions had been received from members of the public on the same "
         "subject. These had been answered in writing by the ICB and the answers were "
         "circulated to Members before the meeting. They would be published on the Committee’s "
         "web page with the minutes."),
     aid=61406)

item("6", "MINUTES",
     p("To confirm and sign the minutes of the meeting held on 29th November 2024 as a "
       "correct record."),
     p("Cllr Stannard queried whether the figures on access to NHS dentistry in Ashwood, "
       "requested at the previous meeting, had been received. Ruth Adeyemi-Clarke, Principal "
       "Scrutiny Officer, said that the ICB had undertaken to provide the figures by the end "
       "of March and that she would follow this up. (ACTION)")
     + BLANK
     + p("<b>RESOLVED –</b> That the minutes of the meeting held on 29th November 2024 be "
         "approved as an accurate record."),
     pdf="PDF 298 KB", aid=61407)

ITEM7 = (
    p("Andrea Whitlock, Director of Urgent and Emergency Care, WCL ICB, introduced the report "
      "together with Dr Nadia Brereton, Chief Operating Officer, Carnford and Dellwick "
      "Hospitals NHS Foundation Trust. The report, as set out at pages 15 to 38 of the agenda "
      "pack, described the performance of the urgent and emergency care system across the "
      "five boroughs over the winter period from November 2024 to February 2025. Some of the "
      "key points highlighted were:")
    + bullets([
        "Performance against the four-hour standard across the sector’s three type 1 "
        "emergency departments had been 71.4% in February 2025, against the national ambition "
        "of 78% by March 2025. Carnford General Hospital had achieved 76.2%.",
        "Flu admissions had peaked in the first week of January at a higher level than in any "
        "of the previous three winters, with 164 patients with flu in beds across the sector "
        "on 3rd January.",
        "The number of patients in acute beds with no criteria to reside had averaged 212 a "
        "day in January, compared with 241 in January 2024.",
        "Uptake of the flu vaccination among frontline health and care staff had been 38%, "
        "which was lower than the previous year.",
    ])
    + BLANK
    + p("Dr Kwame Asante joined the meeting at 10.40am.")
    + BLANK
    + p("The following arose during the discussion of the report:")
    + lettered("a", "Cllr Raval asked why ambulance handover times at Elmsworth Royal Hospital "
               "had got worse in December when the other sites in the sector had improved. "
               "Andrea Whitlock said that Elmsworth Royal had seen a 14% increase in ambulance "
               "arrivals over the Christmas period, partly because the urgent treatment centre "
               "at Ashwood Health Centre had been closed overnight for three weeks owing to "
               "staff sickness. A 45-minute maximum handover time had been in place across the "
               "sector since 6th January and average handover times at Elmsworth Royal had "
               "since fallen to 31 minutes.")
    + lettered("b", "Cllr Farrow expressed concern about the length of time people in mental "
               "health crisis were waiting in emergency departments, noting that 63 patients "
               "had waited more than 24 hours at Carnford General in January. Andrea Whitlock "
               "acknowledged that this was unacceptable. The new mental health crisis "
               "assessment centre next to Carnford General, run by West Central London Mental "
               "Health NHS Foundation Trust, had opened in November and was seeing around 40 "
               "people a week who would otherwise have attended the emergency department, but "
               "the underlying problem was the availability of inpatient mental health beds and "
               "some patients were still being placed out of area.")
    + lettered("c", "Cllr Mupfumira asked whether patients were being discharged to care homes "
               "outside their own borough because of pressure on beds, and what this meant for "
               "their families. Dr Brereton said that around 9% of patients discharged to a "
               "care home bed in January had gone to a placement outside their home borough, "
               "usually because a nursing home bed for people with dementia was not available "
               "locally. Patients were reviewed within four weeks and moved closer to home "
               "where they and their families wished. The discharge teams worked closely with "
               "the brokerage teams in each council, and the joint discharge hub at Dellwick "
               "Hospital would move to seven-day working from April.")
    + lettered("d", "Cllr Kazmi commented that community pharmacies had taken on a much larger "
               "share of minor illness consultations this winter through Pharmacy First, and "
               "that this should be recognised in the ICB’s review of the winter. He noted that "
               "three pharmacies in Bramhurst had cut their opening hours since the autumn and "
               "that several others were struggling financially.")
    + lettered("e", "Cllr Achterberg requested that future updates include a breakdown of "
               "four-hour performance by site and by age group, so that the Committee could see "
               "how older people and children were affected. Andrea Whitlock agreed to provide "
               "this for the next update. (ACTION)")
    + lettered("f", "Asked by the Chair about staffing over the Christmas and New Year period, "
               "Dr Brereton said that the Trust had reduced its spending on agency staff by 22% "
               "compared with the previous winter by making greater use of its internal staff "
               "bank, but that the vacancy rate for emergency department nurses remained at "
               "around 11%. International recruitment had been paused because of the Trust’s "
               "financial position.")
    + BLANK
    + p("<b>RESOLVED –</b> That the update on urgent and emergency care performance over "
        "winter 2024/25 be noted, and that the ICB provide the breakdown by site and age group "
        "requested at (e) above for the next meeting.")
)
item("7", "URGENT AND EMERGENCY CARE - WINTER 2024/25 UPDATE",
     p("To receive an update from the ICB and acute providers on the performance of the urgent "
       "and emergency care system over winter 2024/25."),
     ITEM7, pdf="PDF 1 MB", aid=61408)

ITEM8 = (
    p("<b><u>Deputation</u></b>")
    + BLANK
    + p("Margaret Olawale addressed the Committee on behalf of the Dellwick Patients’ Forum. "
        "She said that the Forum was concerned that moving all of the community "
        "rehabilitation beds to the Lindley Unit at Elmsworth Community Hospital would mean "
        "journeys of over an hour by public transport for many families in north Bramhurst "
        "and Dellwick, that the engagement had been held over Christmas and had received only "
        "412 responses, and that the proposal appeared to be driven by the need to make "
        "savings rather than by clinical evidence. She asked the Committee to find that the "
        "proposal was a substantial variation and to insist on a full public consultation.")
    + BLANK
    + p("Cllr Stannard asked the deputation whether the Forum had put forward an alternative. "
        "Ms Olawale said that the Forum would prefer both units to stay open but that, if one "
        "had to close, Ferncroft Ward in Bramhurst was better served by public transport.")
    + BLANK
    + p("In response to the deputation, Jo Penrose, Director of Strategy and Transformation, "
        "WCL ICB, said that the ICB recognised the concerns about travel and that the "
        "engagement period had been extended by two weeks to 17th January because of the "
        "Christmas period. The ICB would set out its response to each of the issues raised in "
        "the engagement report that would go to the ICB Board.")
    + BLANK
    + p("<b><u>Report</u></b>")
    + BLANK
    + p("Marcus Oyelaran, Director of Community Services, Westway Community Health NHS Trust, "
        "and Jo Penrose introduced the report. The proposal was to bring together the 20 beds "
        "on Ferncroft Ward at Bramhurst Community Hospital and the 24 beds in the Lindley Unit "
        "into a single 48-bed unit on the Elmsworth Community Hospital site, following the "
        "refurbishment of the former Maple Ward. A single unit would be able to provide therapy "
        "seven days a week, which was not possible across two sites with the current staffing. "
        "Engagement had run from 25th November 2024 to 17th January 2025 and had included 14 "
        "drop-in sessions, an online survey and focus groups with patients and carers. The ICB "
        "Board was due to make a decision in May 2025. The Committee was asked to consider "
        "whether the proposal constituted a substantial variation to health services in the "
        "area.")
    + BLANK
    + p("Cllr Achterberg, having declared an interest (Minute 4), remained in the meeting and "
        "took part in the discussion.")
    + BLANK
    + p("The following arose during the discussion of the report:")
    + lettered("a", "Cllr Bowyer asked why the ICB had not carried out a formal public "
               "consultation. Jo Penrose said that the ICB’s view was that the proposal was not "
               "a substantial variation, as the number of beds would increase from 44 to 48 and "
               "the service would remain within the sector, but that it was for the Committee "
               "to reach its own view.")
    + lettered("b", "Cllr Mupfumira expressed concern about how older relatives without cars "
               "would visit patients at the Lindley Unit, given the lack of a direct bus route "
               "from Bramhurst. Marcus Oyelaran said that a free shuttle bus between Bramhurst "
               "Broadway station and the hospital would run three times a day for a six-month "
               "trial, and that a travel impact assessment was included at Appendix C of the "
               "report.")
    + lettered("c", "Cllr Stannard asked how much the consolidation would save. Jo Penrose "
               "confirmed that it was expected to save around £1.3m a year, mainly from reduced "
               "agency staffing and the cost of running two sites, but said that the main "
               "reason for the change was clinical, as patients on a single unit could receive "
               "therapy at weekends.")
    + lettered("d", "Cllr Achterberg queried whether the 12 rehabilitation beds that the ICB "
               "currently spot-purchased from Meridian Care Group, a private provider in "
               "Ashwood, would still be needed. Marcus Oyelaran said that the contract with "
               "Meridian would end in September 2025 and would not be renewed if the "
               "consolidation went ahead, as the extra capacity at the Lindley Unit would "
               "replace it.")
    + lettered("e", "Cllr Farrow commented that the engagement materials had not been available "
               "in community languages until the end of December and that only 6% of survey "
               "respondents had been from Black, Asian and minority ethnic communities, although "
               "these communities made up over 40% of the population of Carnford and Dellwick. "
               "Jo Penrose accepted that the translated materials had been published late and "
               "said that additional focus groups with the Somali and Bengali communities had "
               "been arranged for March.")
    + lettered("f", "Cllr Raval requested that the Committee see the decision-making business "
               "case before it was considered by the ICB Board in May. Jo Penrose agreed to "
               "share the draft business case with the Committee in April. (ACTION)")
    + lettered("g", "The Chair asked whether staff on Ferncroft Ward had been consulted about "
               "the move. Marcus Oyelaran said that a formal staff consultation would begin if "
               "the ICB Board approved the proposal, and that no redundancies were expected.")
    + BLANK
    + p("Cllr Bowyer moved that the Committee determine that the proposed consolidation was a "
        "substantial variation to local health services and that the ICB be asked to carry out "
        "a formal public consultation. The motion was seconded by Cllr Farrow. On being put to "
        "the vote, there being 3 votes in favour and 5 against, the motion was declared LOST.")
    + BLANK
    + p("<b>RESOLVED</b>")
    + BLANK
    + p("1.&nbsp;&nbsp;&nbsp; That the report and the deputation be noted.",
        "MsoListParagraph")
    + p("2.&nbsp;&nbsp;&nbsp; That the Committee, having considered the information provided, "
        "did not consider the proposed consolidation of community rehabilitation beds to be a "
        "substantial variation to health services, subject to the ICB reporting back to the "
        "Committee on the travel impact assessment and the outcome of the shuttle bus trial.",
        "MsoListParagraph")
    + p("3.&nbsp;&nbsp;&nbsp; That the Chair write to the ICB on behalf of the Committee "
        "setting out Members’ concerns about the timing of the engagement and the late "
        "publication of translated materials.", "MsoListParagraph")
)
item("8", "COMMUNITY REHABILITATION BEDS - PROPOSED CONSOLIDATION",
     p("To consider the outcome of the engagement on proposals to bring together the "
       "community rehabilitation beds in Bramhurst and Elmsworth on a single site, and whether "
       "the proposals constitute a substantial variation."),
     ITEM8, pdf="PDF 742 KB",
     additional=[("Appendix A - Engagement report", "PDF 1 MB"),
                 ("Appendix B - Equality impact assessment", "PDF 388 KB"),
                 ("Appendix C - Travel impact assessment", "PDF 236 KB"),
                 ("Deputation - Dellwick Patients' Forum", "PDF 94 KB")],
     aid=61409)

ITEM9 = (
    p("Simon Penhaligon, Chief Finance Officer, WCL ICB, introduced the report, which set out "
      "the financial position of the ICB and the NHS providers in the sector at month 10 and "
      "the emerging financial plan for 2025/26. He explained that the system was forecasting a "
      "deficit of £38.6m for 2024/25 against a planned deficit of £29.0m, mainly because of "
      "the cost of industrial action, higher than planned use of escalation beds over winter "
      "and slower delivery of efficiency schemes. For 2025/26 the sector was required to "
      "deliver a balanced plan, which would mean efficiency savings of around 5.5% across all "
      "providers. NHS England had also asked all ICBs to reduce their running costs by 50% by "
      "the end of December 2025, and the ICB was working with neighbouring ICBs on how this "
      "could be achieved.")
    + BLANK
    + p("The following arose during the discussion of the report:")
    + lettered("a", "Cllr Kazmi asked how the reduction in the ICB’s running costs would affect "
               "its ability to work with each borough and to attend meetings such as the JHOSC. "
               "Simon Penhaligon said that it was too early to say what the new structure would "
               "look like, but that the ICB remained committed to its borough partnerships and "
               "to being held to account by the Committee.")
    + lettered("b", "In response to a question from Cllr Okafor about the Better Care Fund, "
               "Simon Penhaligon said that the 2025/26 allocations had only recently been "
               "confirmed but that the ICB intended to maintain its contribution to each "
               "borough’s pooled budget at 2024/25 levels, plus the required uplift.")
    + lettered("c", "Cllr Stannard expressed concern that savings would fall disproportionately "
               "on community and mental health services, which had historically been "
               "underfunded. He also asked whether the ICB would continue to meet the Mental "
               "Health Investment Standard. Dr Asante said that the ICB would meet the Mental "
               "Health Investment Standard in 2025/26 and that there were no plans to reduce "
               "community mental health services; the efficiency requirement would apply to "
               "all providers on the same basis.")
    + lettered("d", "Cllr Raval asked whether GP practices would see reductions in locally "
               "commissioned services, which many practices in Ashwood relied on. Simon "
               "Penhaligon said that no decisions had been taken and that any proposed changes "
               "to primary care funding would be discussed with the Local Medical Committee "
               "first.")
    + lettered("e", "Cllr Bowyer questioned whether the ICB was considering greater use of "
               "private providers to reduce elective waiting lists in 2025/26, and what this "
               "would cost. Simon Penhaligon said that the independent sector currently "
               "delivered around 8% of elective activity for residents of the sector and that "
               "this was expected to remain broadly the same.")
    + lettered("f", "The Chair requested that the ICB return to the Committee in June with "
               "details of how the running cost reductions would be delivered and any impact on "
               "services for residents. (ACTION)")
    + BLANK
    + p("The Committee noted the report on the ICB’s financial position.")
)
item("9", "WCL ICB FINANCIAL POSITION AND 2025/26 PLANNING",
     p("To receive a report from the ICB on the financial position of the West Central London "
       "health system at month 10 and planning for 2025/26."),
     ITEM9, pdf="PDF 655 KB", aid=61410)

ITEM10 = (
    p("Ruth Adeyemi-Clarke, Principal Scrutiny Officer, introduced the report, which set out "
      "the Committee’s work programme for the rest of 2024/25 and proposed topics for "
      "2025/26. The following suggestions were made by Members:")
    + bullets([
        "Cllr Mupfumira requested that an item on waiting times for children and young "
        "people’s mental health services, including CAMHS, be added to the work programme. "
        "Ruth Adeyemi-Clarke said that this could be scheduled for the September meeting.",
        "Cllr Stannard suggested that the Committee return to access to NHS dentistry for "
        "children in Ashwood once the figures referred to under Minute 6 had been received.",
        "Cllr Kazmi suggested a joint session with the five Health and Wellbeing Boards on the "
        "sector’s approach to tackling health inequalities.",
    ])
    + BLANK
    + p("<b>RESOLVED –</b> That the work programme be agreed, subject to the additions "
        "suggested by Members at the meeting.")
)
item("10", "WORK PROGRAMME",
     p("To consider the Committee’s work programme for 2024/25 and 2025/26."),
     ITEM10, pdf="PDF 210 KB", aid=61411)

item("11", "NEW ITEMS OF URGENT BUSINESS", p("To consider any items admitted at item 3 above."),
     p("None."), aid=61412)

item("12", "DATES OF FUTURE MEETINGS",
     p("Friday 27th June 2025, 10.00am")
     + p("Friday 26th September 2025, 10.00am")
     + p("Friday 28th November 2025, 10.00am"),
     p("The next meeting would be held on Friday 27th June 2025 at 10.00am at Ashwood Town "
       "Hall.")
     + BLANK
     + p("The meeting ended at 12.52pm."),
     aid=61413)


ATTENDANCE_PRESENT = [
    ("Ashwood", ["Cllr Priti Raval (Vice-Chair)", "Cllr Hugh Stannard"]),
    ("Bramhurst", ["Cllr Tendai Mupfumira"]),
    ("Carnford", ["Cllr Maya Okafor (Chair)", "Cllr Declan Farrow"]),
    ("Dellwick", ["Cllr Rosalind Achterberg (Vice-Chair)", "Cllr Imran Kazmi"]),
    ("Elmsworth", ["Cllr Gethin Bowyer"]),
]
ATTENDANCE_APOLOGIES = [
    ("Bramhurst", ["Cllr Lesley Quarmby"]),
    ("Elmsworth", ["Cllr Sandra Ojukwu"]),
]
ATTENDANCE_NHS = [
    ("NHS West Central London Integrated Care Board",
     ["Andrea Whitlock (Director of Urgent and Emergency Care)",
      "Dr Kwame Asante (Chief Medical Officer)",
      "Simon Penhaligon (Chief Finance Officer)",
      "Jo Penrose (Director of Strategy and Transformation)"]),
    ("Carnford and Dellwick Hospitals NHS Foundation Trust",
     ["Dr Nadia Brereton (Chief Operating Officer)"]),
    ("Westway Community Health NHS Trust",
     ["Marcus Oyelaran (Director of Community Services)"]),
    ("Healthwatch Elmsworth", ["Helen Trask (Manager)"]),
]
ATTENDANCE_OFFICERS = [
    ("London Borough of Carnford",
     ["Ruth Adeyemi-Clarke (Principal Scrutiny Officer)",
      "Tomasz Wrobel (Committee Co-ordinator)"]),
]


def attendance_block(heading: str, groups) -> str:
    out = [f'<h3 class="mgSubSubTitleTxt">{heading}</h3>\n<ul class="mgBulletList">\n']
    for group, names in groups:
        out.append(f"<li><strong>{html.escape(group)}:</strong> {', '.join(names)}</li>\n")
    out.append("</ul>\n")
    return "".join(out)


def render_minutes() -> str:
    url = SITE + "ieListDocuments.aspx?CId=412&MId=6183&Ver=4"
    head = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(url):04d}){url} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for West Central London Joint Health Overview and Scrutiny Committee on Friday, 14th March, 2025, 10.00 am | London Borough of Carnford</title>
<meta name="generator" content="ModernGov">
<link rel="stylesheet" type="text/css" href="{FILES}mgStyle.css">
<link rel="stylesheet" type="text/css" href="{FILES}carnford-site.css">
<script type="text/javascript" src="{FILES}jquery-3.6.0.min.js.download"></script>
<script type="text/javascript" src="{FILES}mgAjaxScripts.js.download"></script>
<script type="text/javascript">
//<![CDATA[
var mgIsPrintable = false;
function mgToggleSection(id) {{ var el = document.getElementById(id); if (el) {{ el.style.display = (el.style.display == 'none') ? '' : 'none'; }} }}
//]]>
</script>
</head>
<body class="mgBody">
<div id="cookie-notice" class="cookie-banner" role="region" aria-label="Cookies on the Carnford Council website">
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies to help us improve it.</p>
<button type="button" class="btn">Accept analytics cookies</button> <button type="button" class="btn">Reject analytics cookies</button> <a href="https://www.carnford.gov.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#mgContent">Skip to main content</a>
<header class="site-header">
<div class="container">
<a href="https://www.carnford.gov.uk/" class="logo"><img src="{FILES}carnford-logo.svg" alt="London Borough of Carnford home page"></a>
<form action="https://www.carnford.gov.uk/search" class="site-search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search the site"><button type="submit">Search</button></form>
<nav class="main-nav" aria-label="Main"><ul>
<li><a href="https://www.carnford.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.carnford.gov.uk/council-tax">Council Tax</a></li>
<li><a href="https://www.carnford.gov.uk/housing">Housing</a></li>
<li><a href="https://www.carnford.gov.uk/parking">Parking</a></li>
<li><a href="https://www.carnford.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul></nav>
</div>
</header>
<div class="container">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="https://www.carnford.gov.uk/">Home</a></li>
<li><a href="https://www.carnford.gov.uk/council-and-democracy">Council and democracy</a></li>
<li><a href="{SITE}ieDocHome.aspx?bcr=1">Councillors, committees and meetings</a></li>
<li><a href="{SITE}mgCommitteeDetails.aspx?ID=412">West Central London Joint Health Overview and Scrutiny Committee</a></li>
<li>Agenda and minutes</li>
</ol></nav>
<div id="mgContent" class="mgContent">
<div class="mgHeadingBlock">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">West Central London Joint Health Overview and Scrutiny Committee<br>
Friday, 14th March, 2025 10.00 am</h2>
</div>
<div class="mgSidebar">
<ul class="mgActionList">
<li><a href="{SITE}ieListMeetings.aspx?CId=412">Browse meetings</a></li>
<li><a href="{SITE}mgMeetingAttendance.aspx?ID=6183">Attendance details</a></li>
<li><a href="{SITE}ieListDocuments.aspx?CId=412&amp;MId=6183&amp;Ver=4&amp;Info=1">Meeting information</a></li>
<li><a href="{SITE}mgIssueHistoryHome.aspx?IId=0&amp;MId=6183">Issue histories</a></li>
<li><a href="{SITE}mgCalendarMonthView.aspx?M=3&amp;Y=2025">Calendar</a></li>
</ul>
</div>
<p class="mgLineBreak"><span class="mgSubSubTitleTxt">Venue: </span>Council Chamber, Dellwick Town Hall, 40 Market Parade, London W17 4QA. <a href="{SITE}mgGeneric.aspx?MD=Venues&amp;ID=23">View directions</a></p>
<p class="mgLineBreak"><span class="mgSubSubTitleTxt">Contact: </span>Ruth Adeyemi-Clarke, Principal Scrutiny Officer&nbsp; Email: <a href="mailto:ruth.adeyemi-clarke@carnford.gov.uk">ruth.adeyemi-clarke@carnford.gov.uk</a></p>
<p class="mgLineBreak"><span class="mgSubSubTitleTxt">Note: </span>This meeting will be webcast - use the link on the agenda frontsheet or go to the Carnford Council webcasting page.&nbsp;</p>
<div class="mgLinks">
<h2 class="mgSectionTitle">Meeting documents</h2>
<ul class="mgBulletList">
<li><a href="{SITE}documents/g6183/Public%20reports%20pack%2014th-Mar-2025%2010.00%20West%20Central%20London%20Joint%20Health%20Overview%20and%20Scrutiny%20Committee.pdf?T=10" class="mgPdfLink"><img src="{FILES}pdf.gif" alt="pdf icon" class="mgPdfIcon"> Agenda reports pack PDF 4 MB</a></li>
<li><a href="{SITE}documents/g6183/Agenda%20frontsheet%2014th-Mar-2025%2010.00.pdf?T=0" class="mgPdfLink"><img src="{FILES}pdf.gif" alt="pdf icon" class="mgPdfIcon"> Agenda frontsheet PDF 164 KB</a></li>
<li><a href="{SITE}documents/g6183/Printed%20minutes%2014th-Mar-2025%2010.00.pdf?T=1" class="mgPdfLink"><img src="{FILES}pdf.gif" alt="pdf icon" class="mgPdfIcon"> Printed minutes PDF 231 KB</a></li>
</ul>
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of agenda items">
<caption class="mgHide">Agenda items</caption>
<tbody><tr>
<th scope="col" class="mgItemNumberHeading">No.</th>
<th scope="col" class="mgItemNumberHeading">Item</th>
</tr>
"""
    rows = []
    for it in ITEMS:
        title = f'<a href="{SITE}mgAi.aspx?ID={it["aid"]}">{html.escape(it["title"])}</a>'
        if it["pdf"]:
            title += (f' <a href="{SITE}documents/s{it["aid"] + 52000}/item{it["number"]}.pdf" '
                      f'class="mgPdfLink"><img src="{FILES}pdf.gif" alt="pdf icon" '
                      f'class="mgPdfIcon"> {it["pdf"]}</a>')
        cell = [f'<p class="mgAiTitleTxt">{title}</p>\n']
        if it["agenda"]:
            cell.append('<div class="mgWordPara">\n' + it["agenda"] + "</div>\n")
        if it["additional"]:
            cell.append('<p class="mgSubItemTitleTxt">Additional documents:</p>\n'
                        '<ul class="mgBulletList">\n')
            for k, (name, size) in enumerate(it["additional"]):
                cell.append(f'<li><a href="{SITE}documents/s{it["aid"] + 52001 + k}/doc.pdf" '
                            f'class="mgPdfLink"><img src="{FILES}pdf.gif" alt="pdf icon" '
                            f'class="mgPdfIcon"> {html.escape(name)}, item {it["number"]} '
                            f'{size}</a></li>\n')
            cell.append("</ul>\n")
        if it["minutes"]:
            cell.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n'
                        '<div class="mgWordPara">\n' + it["minutes"] + "</div>\n")
        rows.append(
            "<tr>\n"
            f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{it["number"]}.</p></td>\n'
            '<td class="mgItemDetailsCell">\n' + "".join(cell) + "</td>\n</tr>\n"
        )
    attendance = (
        '<div class="mgAttendance">\n<h2 class="mgSectionTitle">Attendance</h2>\n'
        + attendance_block("Members present", ATTENDANCE_PRESENT)
        + attendance_block("Apologies for absence", ATTENDANCE_APOLOGIES)
        + attendance_block("NHS and partner representatives in attendance", ATTENDANCE_NHS)
        + attendance_block("Officers", ATTENDANCE_OFFICERS)
        + "</div>\n"
    )
    tail = f"""</tbody></table>
{attendance}<p class="mgBackToTop"><a href="#mgContent">Back to top</a></p>
</div>
</div>
<footer class="site-footer">
<div class="container">
<ul class="footer-links">
<li><a href="https://www.carnford.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.carnford.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.carnford.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.carnford.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>London Borough of Carnford, Carnford Town Hall, 1 Civic Way, London W19 2AX</p>
<p>© London Borough of Carnford 2025</p>
<p class="mgPoweredBy">Powered by ModernGov</p>
</div>
</footer>
<script type="text/javascript" src="{FILES}carnford-analytics.js.download"></script>
</body></html>
"""
    return head + "".join(rows) + tail


# --------------------------------------------------------------------------------------
# The document that is not minutes: the ICB's briefing paper for the same meeting (PDF).
# --------------------------------------------------------------------------------------

BRIEFING = [
    ("h1", "Community rehabilitation beds in Bramhurst and Elmsworth"),
    ("h2", "Summary of engagement feedback and next steps"),
    ("meta", "Briefing for the West Central London Joint Health Overview and Scrutiny "
             "Committee – 14 March 2025"),
    ("meta", "Author: Jo Penrose, Director of Strategy and Transformation, NHS West Central "
             "London Integrated Care Board"),
    ("h3", "1. Purpose"),
    ("p", "This briefing summarises what patients, carers, staff and local people told us "
          "during our engagement on the future of community rehabilitation beds in Bramhurst "
          "and Elmsworth, how we have responded, and what will happen next. It accompanies "
          "the main report on the Committee’s agenda and the full engagement report at "
          "Appendix A."),
    ("h3", "2. Background"),
    ("p", "Community rehabilitation beds help people to recover their strength and "
          "independence after a stay in hospital, before they return home. At present there "
          "are 20 beds on Ferncroft Ward at Bramhurst Community Hospital and 24 beds in the "
          "Lindley Unit at Elmsworth Community Hospital, both run by Westway Community Health "
          "NHS Trust. A further 12 beds are bought from an independent provider when needed. "
          "We have proposed bringing the two NHS units together in a refurbished 48-bed unit "
          "at Elmsworth Community Hospital, so that therapy can be offered seven days a week."),
    ("h3", "3. How we engaged"),
    ("bullet", "Engagement ran for eight weeks, from 25 November 2024 to 17 January 2025, "
               "after being extended by two weeks because of the Christmas period."),
    ("bullet", "We held 14 drop-in sessions in hospitals, libraries and community centres "
               "across the five boroughs."),
    ("bullet", "412 people completed our survey, online or on paper, and 37 people took part "
               "in six focus groups."),
    ("bullet", "Easy read and translated versions of the survey were available in six "
               "languages from 20 December 2024."),
    ("h3", "4. What we heard"),
    ("table", [("Theme", "What people told us", "Comments"),
               ("Travel and visiting", "Journeys to Elmsworth would be long and costly "
                "for families in north Bramhurst and Dellwick", "186"),
               ("Quality of care", "Weekend therapy and a larger team were welcomed by "
                "many former patients", "142"),
               ("Staffing", "Staff on Ferncroft Ward wanted to know where they would work",
                "58"),
               ("The engagement itself", "The timing over Christmas made it harder to "
                "take part", "41")]),
    ("h3", "5. Questions people asked us"),
    ("q", "Why can’t both units stay open?"),
    ("a", "Running two small units means we cannot staff therapy at weekends on either site, "
          "and patients wait longer to go home. One larger unit lets us do this safely."),
    ("q", "How will my family visit me at Elmsworth?"),
    ("a", "We will trial a free shuttle bus from Bramhurst Broadway station three times a day "
          "for six months and review it with patients and visitors."),
    ("q", "Is this about saving money?"),
    ("a", "The change is expected to reduce costs by about £1.3 million a year, mostly by "
          "using fewer agency staff. All of this will be reinvested in community services."),
    ("q", "Will any jobs be lost?"),
    ("a", "No. All staff on Ferncroft Ward will be offered posts in the new unit or elsewhere "
          "in the Trust, and we will consult staff formally before any move."),
    ("h3", "6. What happens next"),
    ("p", "We will publish the full engagement report and our response to it. The ICB Board "
          "will consider the decision-making business case at its meeting in public on "
          "21 May 2025. If the Board agrees the proposal, the new unit would open in "
          "spring 2026."),
    ("h3", "7. The Committee is asked to"),
    ("bullet", "note the findings of the engagement and the ICB’s response;"),
    ("bullet", "consider whether the proposal is a substantial variation to health services "
               "requiring formal consultation with the Committee; and"),
    ("bullet", "comment on the draft business case before it goes to the ICB Board."),
]


def render_briefing(path: Path) -> None:
    from fpdf import FPDF

    class Briefing(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(0, 94, 184)
            self.cell(0, 5, "NHS West Central London Integrated Care Board", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"JHOSC briefing – community rehabilitation beds – Page "
                            f"{self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Briefing(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 3, 6, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.set_title("Community rehabilitation beds - engagement briefing")
    pdf.set_author("NHS West Central London ICB")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in BRIEFING:
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 17)
            pdf.set_text_color(0, 48, 135)
            pdf.multi_cell(w, 8, content, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(w, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(w, 5, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h3":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.set_text_color(0, 48, 135)
            pdf.multi_cell(w, 6.5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "bullet":
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(6, 5.2, "•")
            pdf.multi_cell(w - 6, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "q":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(w, 5.2, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "a":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(40, 100, 22), line_height=5,
                           text_align=("LEFT", "LEFT", "RIGHT")) as table:
                for r in content:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(w, 4.5, "If you would like this briefing in another format or language, "
                           "please contact the ICB’s engagement team on "
                           "wcl.engagement@nhs.example.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                given_by=given_by, themes=themes)


def r(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


def att(name, role, attendance):
    return dict(name=name, role=role, attendance=attendance)


GOLD_MINUTES = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-14",
    "items": [{"number": it["number"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("6", "question",
          "queried whether the figures on access to NHS dentistry in Ashwood",
          "Cllr Stannard",
          "the ICB had undertaken to provide the figures by the end of March",
          "Ruth Adeyemi-Clarke", ["primary-care"]),
        q("7", "question",
          "asked why ambulance handover times at Elmsworth Royal Hospital had got worse",
          "Cllr Raval",
          "Elmsworth Royal had seen a 14% increase in ambulance arrivals",
          "Andrea Whitlock", []),
        q("7", "concern",
          "expressed concern about the length of time people in mental health crisis",
          "Cllr Farrow",
          "Andrea Whitlock acknowledged that this was unacceptable",
          "Andrea Whitlock", ["mental-health"]),
        q("7", "question",
          "asked whether patients were being discharged to care homes outside their own borough",
          "Cllr Mupfumira",
          "around 9% of patients discharged to a care home bed in January",
          "Dr Brereton", ["adult-social-care"]),
        q("7", "comment",
          "community pharmacies had taken on a much larger share of minor illness consultations",
          "Cllr Kazmi", None, None, ["primary-care", "finance"]),
        q("7", "request",
          "requested that future updates include a breakdown of four-hour performance by site",
          "Cllr Achterberg",
          "Andrea Whitlock agreed to provide this for the next update",
          "Andrea Whitlock", []),
        q("7", "question",
          "Asked by the Chair about staffing over the Christmas and New Year period",
          "Chair",
          "reduced its spending on agency staff by 22% compared with the previous winter",
          "Dr Brereton", ["workforce", "finance"]),
        q("8", "concern",
          "rehabilitation beds to the Lindley Unit at Elmsworth Community Hospital would mean "
          "journeys",
          "Margaret Olawale",
          "engagement period had been extended by two weeks to 17th January",
          "Jo Penrose", ["patient-and-public-input", "finance", "governance"]),
        q("8", "question",
          "asked the deputation whether the Forum had put forward an alternative",
          "Cllr Stannard",
          "the Forum would prefer both units to stay open",
          "Ms Olawale", []),
        q("8", "question",
          "asked why the ICB had not carried out a formal public consultation",
          "Cllr Bowyer",
          "it was for the Committee to reach its own view",
          "Jo Penrose", ["governance", "patient-and-public-input"]),
        q("8", "concern",
          "expressed concern about how older relatives without cars would visit patients",
          "Cllr Mupfumira",
          "a free shuttle bus between Bramhurst Broadway station and the hospital",
          "Marcus Oyelaran", []),
        q("8", "question",
          "Cllr Stannard asked how much the consolidation would save",
          "Cllr Stannard",
          "it was expected to save around £1.3m a year, mainly from reduced agency staffing",
          "Jo Penrose", ["finance", "workforce"]),
        q("8", "question",
          "currently spot-purchased from Meridian Care Group, a private provider in Ashwood",
          "Cllr Achterberg",
          "the contract with Meridian would end in September 2025",
          "Marcus Oyelaran", ["subcontracting", "privatisation"]),
        q("8", "comment",
          "the engagement materials had not been available in community languages",
          "Cllr Farrow",
          "Jo Penrose accepted that the translated materials had been published late",
          "Jo Penrose", ["patient-and-public-input"]),
        q("8", "request",
          "requested that the Committee see the decision-making business case",
          "Cllr Raval",
          "agreed to share the draft business case with the Committee in April",
          "Jo Penrose", ["governance"]),
        q("8", "question",
          "asked whether staff on Ferncroft Ward had been consulted about the move",
          "Chair",
          "a formal staff consultation would begin if the ICB Board approved the proposal",
          "Marcus Oyelaran", ["workforce"]),
        q("9", "question",
          "asked how the reduction in the ICB's running costs would affect its ability",
          "Cllr Kazmi",
          "the ICB remained committed to its borough partnerships",
          "Simon Penhaligon", ["finance", "governance"]),
        q("9", "question",
          "In response to a question from Cllr Okafor about the Better Care Fund",
          "Cllr Okafor",
          "the ICB intended to maintain its contribution to each borough's pooled budget",
          "Simon Penhaligon", ["integration", "finance"]),
        q("9", "concern",
          "expressed concern that savings would fall disproportionately on community and "
          "mental health services",
          "Cllr Stannard",
          "there were no plans to reduce community mental health services",
          "Dr Asante", ["mental-health", "finance"]),
        q("9", "question",
          "asked whether GP practices would see reductions in locally commissioned services",
          "Cllr Raval",
          "any proposed changes to primary care funding would be discussed",
          "Simon Penhaligon", ["primary-care", "finance"]),
        q("9", "question",
          "questioned whether the ICB was considering greater use of private providers",
          "Cllr Bowyer",
          "the independent sector currently delivered around 8% of elective activity",
          "Simon Penhaligon", ["privatisation", "subcontracting", "finance"]),
        q("9", "request",
          "requested that the ICB return to the Committee in June with details",
          "Chair", None, None, ["finance"]),
        q("10", "request",
          "requested that an item on waiting times for children and young people's mental "
          "health services",
          "Cllr Mupfumira",
          "this could be scheduled for the September meeting",
          "Ruth Adeyemi-Clarke", ["children-and-families", "mental-health"]),
        q("10", "request",
          "suggested that the Committee return to access to NHS dentistry for children",
          "Cllr Stannard", None, None, ["primary-care", "children-and-families"]),
        q("10", "request",
          "suggested a joint session with the five Health and Wellbeing Boards",
          "Cllr Kazmi", None, None, ["public-health"]),
    ],
    "resolutions": [
        r("6", "the minutes of the meeting held on 29th November 2024 be approved", "agreed",
          []),
        r("7", "the update on urgent and emergency care performance over winter 2024/25 be "
               "noted", "agreed", []),
        r("8", "there being 3 votes in favour and 5 against, the motion was declared LOST",
          "rejected", ["governance", "patient-and-public-input"]),
        r("8", "did not consider the proposed consolidation of community rehabilitation beds "
               "to be a substantial variation", "agreed",
          ["governance", "patient-and-public-input"]),
        r("9", "The Committee noted the report on the ICB's financial position", "noted",
          ["finance"]),
        r("10", "the work programme be agreed, subject to the additions suggested by Members",
          "agreed", []),
    ],
    "attendees": [
        att("Cllr Priti Raval", "Vice-Chair", "present"),
        att("Cllr Hugh Stannard", None, "present"),
        att("Cllr Tendai Mupfumira", None, "present"),
        att("Cllr Maya Okafor", "Chair", "present"),
        att("Cllr Declan Farrow", None, "present"),
        att("Cllr Rosalind Achterberg", "Vice-Chair", "present"),
        att("Cllr Imran Kazmi", None, "present"),
        att("Cllr Gethin Bowyer", None, "present"),
        att("Cllr Lesley Quarmby", None, "apologies"),
        att("Cllr Sandra Ojukwu", None, "apologies"),
        att("Andrea Whitlock", "Director of Urgent and Emergency Care", "in_attendance"),
        att("Dr Kwame Asante", "Chief Medical Officer", "in_attendance"),
        att("Simon Penhaligon", "Chief Finance Officer", "in_attendance"),
        att("Jo Penrose", "Director of Strategy and Transformation", "in_attendance"),
        att("Dr Nadia Brereton", "Chief Operating Officer", "in_attendance"),
        att("Marcus Oyelaran", "Director of Community Services", "in_attendance"),
        att("Helen Trask", "Manager", "in_attendance"),
        att("Ruth Adeyemi-Clarke", "Principal Scrutiny Officer", "in_attendance"),
        att("Tomasz Wrobel", "Committee Co-ordinator", "in_attendance"),
    ],
}

GOLD_BRIEFING = {"document": BRIEFING_FILE, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_FILE).write_text(render_minutes(), encoding="utf-8", newline="\n")
    render_briefing(DOCS / BRIEFING_FILE)
    for gold in (GOLD_MINUTES, GOLD_BRIEFING):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_FILE}\nwrote {DOCS / BRIEFING_FILE}\nwrote gold files in {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]|_", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ix-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            problems += 1
            continue
        text = " " + norm(doc_text(doc)) + " "
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["item"], row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, itm, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(" " + norm(phrase) + " ")
            bad = count != 1 or not (6 <= n_words <= 15)
            if bad:
                problems += 1
                print(f"FAIL {gold_path.name} item {itm} {kind}: found {count} times, "
                      f"{n_words} words: {phrase!r}")
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if problems == 0 else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
