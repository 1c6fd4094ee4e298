#!/usr/bin/env python3
"""Build the "nk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nk.py           build documents/nk-* and gold/nk-*.json
        build_nk.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "nk-avonford-anlst-joint-health-scrutiny-committee-2025-03-10.html"
REPORT_NAME = "nk-avonford-anlst-jhsc-icb-report-nhs-dental-access.pdf"

COMMITTEE = "Avonford, North Lynscombe and South Tormarton Joint Health Scrutiny Committee"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# --------------------------------------------------------------------------------------
# The minutes: a ModernGov ieListDocuments.aspx page saved from a browser
# --------------------------------------------------------------------------------------

def p(text: str, cls: str = "MsoNormal") -> str:
    return f'<p class="{cls}">{text}</p>\n'


def bullet(text: str) -> str:
    # Word list pasted into the ModernGov minutes editor: Symbol-font bullet + spacer span
    return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt">'
            '<span style="font-family:Symbol">&#183;<span style="font:7.0pt &quot;Times New Roman&quot;">'
            '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>' + text + '</p>\n')


def lettered(letter: str, text: str) -> str:
    return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt">'
            f'<span>{letter}.<span style="font:7.0pt &quot;Times New Roman&quot;">'
            '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>' + text + '</p>\n')


def clause(num: str, text: str) -> str:
    return (f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">({num})'
            f'<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{text}</p>\n')


def item(num: str, title: str, aiid: int, *, pdf: str | None = None, agenda: str = "",
         extra_docs: list[tuple[str, str]] | None = None, minutes: str = "") -> str:
    link = f'<a href="mgAi.aspx?ID={aiid}" title="Link to item {num}">{title}</a>'
    if pdf:
        link += (f' <span class="mgFileSize"><a href="documents/s{aiid + 51230}/{pdf[0]}" '
                 f'class="mgFileLink" title="{pdf[0]}">PDF {pdf[1]}</a></span>')
    out = ['<tr>\n',
           f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>\n',
           '<td>\n',
           f'<p class="mgAiTitleTxt">{link}</p>\n']
    if agenda:
        out.append(f'<div class="mgWordPara">{agenda}</div>\n')
    if extra_docs:
        out.append('<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgBulletList">\n')
        for i, (name, size) in enumerate(extra_docs):
            out.append(f'<li><a href="documents/s{aiid + 51300 + i}/{name}" class="mgFileLink">{name}'
                       f'</a>, item {num} <span class="mgFileSize">PDF {size}</span></li>\n')
        out.append('</ul>\n')
    out.append('<p class="mgSubItemTitleTxt">Minutes:</p>\n')
    out.append(f'<div class="mgWordPara">\n{minutes}</div>\n')
    out.append('<p class="mgBackToTop"><a href="#mgMainContent">Back to top</a></p>\n')
    out.append('</td>\n</tr>\n')
    return "".join(out)


def minutes_html() -> str:
    items: list[str] = []

    # 1 -------------------------------------------------------------------------------
    m = ""
    m += p("<b>Present:</b>")
    m += p("<b>Avonford City Council</b> – Councillors Tessa Marlow (Chair), Rajan Bhatti, "
           "Gwen Hollis and Ifan Pryce")
    m += p("<b>North Lynscombe Council</b> – Councillors Alan Treharne (Vice-Chair), Janet "
           "Fairclough and Moira Dunkerton")
    m += p("<b>South Tormarton Council</b> – Councillors Kerry Baddeley, Nigel Ashworth-Price "
           "and Rosa Quaintance")
    m += p("<b>Also in attendance:</b> Amira Castell (Healthwatch Manager, Healthwatch "
           "Avonford, North Lynscombe and South Tormarton), Helen Stroud (Chief Delivery "
           "Officer, ICB), Carys Whitlock (Associate Director of Primary Care Commissioning, "
           "ICB), Dr Marcus Feeney (Chief Operating Officer, Avonford and Lynscombe Hospitals "
           "NHS Foundation Trust), Darren Hoskins (Head of Operations, Western Counties "
           "Ambulance Service NHS Foundation Trust), Tom Ellery (Director of Strategy and "
           "Partnerships, Severnside Partnership NHS Trust) and Dr Lowri Maddox (Consultant "
           "Psychiatrist, Severnside Partnership NHS Trust)")
    m += p("<b>Officers:</b> Lucy Dimmock (Scrutiny Advisor, Avonford City Council), Rachel "
           "Ince (Scrutiny Officer, North Lynscombe Council), Kieran Stott (Democratic "
           "Services Officer, South Tormarton Council) and Owen Gartside (Democratic Services "
           "Officer, Avonford City Council)")
    m += p("&nbsp;")
    m += p("The Chair welcomed everyone to the meeting and explained the emergency "
           "evacuation procedure. She reminded those present that the meeting was being "
           "filmed for live and subsequent broadcast on the Council’s webcasting site.")
    items.append(item("1", "Welcome, Introductions and Safety Information", 81501, minutes=m))

    # 2 -------------------------------------------------------------------------------
    m = p("Apologies were received from Councillor Peter Lusty (North Lynscombe Council), who "
          "was substituted by Councillor Moira Dunkerton, and from Councillor Hugh Venning "
          "(South Tormarton Council), for whom no substitute was available.")
    m += p("Apologies were also received from Dr Anya Kessel, Chief Medical Officer, ICB.")
    items.append(item("2", "Apologies for Absence and Substitutions", 81502,
                      agenda=p("To receive any apologies for absence and notification of "
                               "substitutions."), minutes=m))

    # 3 -------------------------------------------------------------------------------
    m = p("Councillor Gwen Hollis declared a non-pecuniary interest in agenda item 9 "
          "(Orchard Lodge) as a close family member was employed by Severnside Partnership "
          "NHS Trust. She remained in the meeting and took part in the discussion.")
    m += p("Councillor Kerry Baddeley advised that she was a patient at one of the dental "
           "practices referred to in the report at item 8. This was not a disclosable "
           "pecuniary interest.")
    items.append(item("3", "Declarations of Interest", 81503,
                      agenda=p("To note any declarations of interest in respect of matters "
                               "on this agenda."), minutes=m))

    # 4 -------------------------------------------------------------------------------
    m = p("RESOLVED – that the minutes of the meeting held on 18 November 2024 be confirmed "
          "as a correct record and signed by the Chair, subject to the list of those present "
          "being amended to show Councillor Fairclough as a member for North Lynscombe "
          "Council.")
    m += p("<u>Matters arising</u>")
    m += p("Further to minute 31 (Non-emergency patient transport), Councillor Bhatti asked "
           "when the written response from the ICB on the revised eligibility criteria would "
           "be received. Lucy Dimmock, Scrutiny Advisor, advised that the response had been "
           "chased and would be circulated to all members as soon as it was received.")
    items.append(item("4", "Minutes of Previous Meeting", 81504,
                      pdf=("Minutes 18112024 JHSC.pdf", "198 KB"),
                      agenda=p("To agree the minutes of the meeting held on 18 November 2024 "
                               "as a correct record."), minutes=m))

    # 5 -------------------------------------------------------------------------------
    agenda5 = (p("Up to 30 minutes is allowed for this item.")
               + p("Any member of the public or Councillor may participate in Public Forum. "
                   "The detailed arrangements for so doing are set out in the Public "
                   "Information Sheet at the back of this agenda. Public Forum items should "
                   "be emailed to democratic.services@avonford.gov.uk and please note that "
                   "the following deadlines will apply in relation to this meeting:")
               + p("<b>Questions</b> – Written questions must be received 3 clear working "
                   "days prior to the meeting. For this meeting, this means that your "
                   "question(s) must be received in this office at the latest by 5.00 pm on "
                   "Tuesday 4 March 2025.")
               + p("<b>Petitions and statements</b> – Petitions and statements must be "
                   "received on the working day prior to the meeting. For this meeting this "
                   "means that your submission must be received in this office at the latest "
                   "by 12.00 noon on Friday 7 March 2025."))
    m = p("The Committee received one statement and one question, which had been published "
          "in the Public Forum pack and circulated to members before the meeting.")
    m += p("<u>Statement</u>")
    m += p("S1 – Mr Derek Pellow – Orchard Lodge, Kenmore")
    m += p("Mr Pellow presented his statement. He said that his son had been cared for at "
           "Orchard Lodge for two years and urged the Joint Committee to refer the proposals "
           "for the unit to the Secretary of State if the NHS would not keep the beds in "
           "South Tormarton. The Chair thanked Mr Pellow and advised that his statement would "
           "be taken into account when the Committee considered item 9.")
    m += p("<u>Question</u>")
    m += p("Q1 – Mrs Janet Okoro – NHS dentistry in South Tormarton")
    m += p("Mrs Okoro had submitted a question about the number of dental practices in South "
           "Tormarton taking on adult NHS patients. A written response had been published in "
           "the Public Forum pack.")
    m += p("By way of a supplementary question, Mrs Okoro asked whether the ICB would publish "
           "an up to date list of the practices that were accepting new adult NHS patients, "
           "as the national website was often wrong. Carys Whitlock, Associate Director of "
           "Primary Care Commissioning, ICB, replied that the ICB held this information "
           "monthly and would publish it on its website from April, and that a copy would be "
           "sent to Mrs Okoro.")
    items.append(item("5", "Public Forum", 81505,
                      pdf=("Public Forum JHSC 10 March 2025.pdf", "164 KB"),
                      agenda=agenda5, minutes=m))

    # 6 -------------------------------------------------------------------------------
    m = p("The Chair reported that:")
    m += bullet("the Joint Committee’s response to the ICB’s refreshed Joint Forward Plan had "
                "been submitted on 20 January 2025 and the ICB had acknowledged it;")
    m += bullet("a visit for members to the new urgent treatment centre at Lynscombe "
                "Community Hospital was being arranged for April and details would be sent "
                "out by Rachel Ince; and")
    m += bullet("this was the last meeting to be hosted by Avonford City Council in the "
                "current cycle, and North Lynscombe Council would host the Committee from "
                "June 2025.")
    items.append(item("6", "Chair’s Business", 81506,
                      agenda=p("To note any announcements from the Chair."), minutes=m))

    # 7 -------------------------------------------------------------------------------
    m = p("Helen Stroud, Chief Delivery Officer, ICB, introduced the report, which set out "
          "how the urgent and emergency care system across Avonford, North Lynscombe and "
          "South Tormarton had performed over winter 2024/25. Supported by a presentation "
          "(published as a supplementary document), she highlighted the following:")
    m += bullet("four-hour performance at the Avonford Royal Infirmary emergency department "
                "had averaged 68.4% between December and February, against the interim "
                "national standard of 78% by March 2025;")
    m += bullet("the number of patients in hospital beds who no longer met the criteria to "
                "reside had fallen from 212 in October to 164 in February, largely because "
                "of the discharge to assess pathway jointly funded by the three councils and "
                "the ICB through the Better Care Fund;")
    m += bullet("40 additional virtual ward beds had opened in November 2024, bringing the "
                "total to 185; and")
    m += bullet("the urgent treatment centre at Lynscombe Community Hospital had seen 9,800 "
                "patients since it opened in October 2024.")
    m += p("The Committee then asked questions and made comments, which are summarised below "
           "together with the responses given:")
    m += lettered("a", "Councillor Bhatti asked why ambulance handover delays at the Royal "
                  "Infirmary had remained so long when additional capacity had been put in "
                  "place. Darren Hoskins, Western Counties Ambulance Service, said that the "
                  "average handover time in January had been 58 minutes; the trust and the "
                  "ambulance service had introduced a 45 minute ‘release to respond’ "
                  "protocol in February and early data showed a reduction in lost hours.")
    m += lettered("b", "Councillor Quaintance expressed concern that residents in rural parts "
                  "of South Tormarton were waiting more than two hours for an ambulance in "
                  "response to category 2 calls. Darren Hoskins acknowledged that rural "
                  "response times were not acceptable and said that two additional "
                  "ambulances would be based at Charlcombe from April, alongside an "
                  "expansion of the community first responder scheme.")
    m += lettered("c", "Councillor Treharne questioned whether the discharge to assess "
                  "pathway could be sustained if the Better Care Fund allocation was reduced "
                  "in 2025/26. Helen Stroud accepted that the allocation for 2025/26 had not "
                  "yet been confirmed and said that the three councils and the ICB were "
                  "preparing a joint plan so that the pathway could continue.")
    m += lettered("d", "Councillor Hollis commented that the report did not show how many "
                  "patients had been readmitted within 30 days of leaving hospital, which she "
                  "felt was the real test of whether discharges were safe.")
    m += lettered("e", "Amira Castell, Healthwatch, reported that Healthwatch had received a "
                  "growing amount of feedback from patients about being cared for in "
                  "corridors at the Royal Infirmary, and asked whether the trust would "
                  "publish how often this happened. Dr Feeney said that the trust recorded "
                  "the use of temporary escalation spaces every day and reported it to its "
                  "Board in public; he undertook to share the winter figures with the "
                  "Committee.")
    m += lettered("f", "Councillor Ashworth-Price asked about staffing in the emergency "
                  "department and the reliance on agency nurses. Dr Feeney replied that "
                  "agency spend in the department had fallen by 31% since April 2024 "
                  "following the recruitment of international nurses, although vacancies "
                  "remained in paediatric emergency nursing.")
    m += lettered("g", "Councillor Dunkerton requested that future reports break the "
                  "performance figures down by council area so that each authority could "
                  "see the position for its own residents. Helen Stroud agreed that this "
                  "would be done from the next report.")
    m += p("RESOLVED – that")
    m += clause("1", "the report be noted; and")
    m += clause("2", "a further report on ambulance handover and response times, and on the "
                "system’s plan for winter 2025/26, be brought to the meeting in July 2025, "
                "with figures shown for each council area.")
    items.append(item("7", "Urgent and Emergency Care - Review of Winter 2024/25", 81507,
                      pdf=("UEC winter review report JHSC March 2025.pdf", "812 KB"),
                      agenda=p("To receive a report from the ICB and system partners on the "
                               "performance of urgent and emergency care services over "
                               "winter 2024/25."),
                      extra_docs=[("Presentation - UEC winter 2024-25", "1 MB")],
                      minutes=m))

    # 8 -------------------------------------------------------------------------------
    m = p("Carys Whitlock, Associate Director of Primary Care Commissioning, ICB, presented "
          "the report, which updated the Committee on access to NHS dental services since "
          "the ICB took on responsibility for commissioning dentistry in April 2023. She "
          "reported that 41% of adults in the ICB area had seen an NHS dentist in the "
          "previous 24 months, compared with 48% in England, and that the ICB had "
          "commissioned 9,000 additional urgent dental appointments in 2024/25 through its "
          "flexible commissioning scheme.")
    m += p("In discussion, Councillor Baddeley said that residents had told her that no "
           "practice within 20 miles of Charlcombe was accepting new adult NHS patients, and "
           "asked what the ICB could do when practices handed back their contracts. Ms "
           "Whitlock explained that two contracts in South Tormarton had been handed back "
           "during 2024 and that the ICB had procured the activity again, with a new provider "
           "due to open in Charlcombe in June 2025. Councillor Pryce asked whether children "
           "were being given priority, given the number of tooth extractions carried out "
           "under general anaesthetic at the Royal Infirmary; Ms Whitlock said that the "
           "supervised toothbrushing programme funded by public health had been extended to "
           "140 schools and nurseries and that practices taking part in the flexible scheme "
           "were required to see children referred by health visitors. Concern was "
           "expressed that reform of the national dental contract would not come soon "
           "enough to stop more local practices from leaving the NHS. Councillor Treharne "
           "asked how much of the ring-fenced dental budget had been underspent in 2023/24 "
           "and whether it had been reinvested, and Ms Whitlock confirmed that the "
           "underspend had been £3.2 million and that it had been carried forward and spent "
           "on dentistry in 2024/25.")
    m += p("The Committee noted the report and asked that the ICB provide a list of the "
           "practices accepting new adult NHS patients, broken down by council area, to "
           "each member of the Committee.")
    items.append(item("8", "Access to NHS Dental Services", 81508,
                      pdf=("NHS dental access report JHSC March 2025.pdf", "640 KB"),
                      agenda=p("To receive an update from the ICB on access to NHS dental "
                               "services."), minutes=m))

    # 9 -------------------------------------------------------------------------------
    m = p("Tom Ellery, Director of Strategy and Partnerships, and Dr Lowri Maddox, Consultant "
          "Psychiatrist, Severnside Partnership NHS Trust, presented the report. The trust "
          "and the ICB proposed to close the 14-bed inpatient mental health rehabilitation "
          "unit at Orchard Lodge, Kenmore, and to provide 10 rehabilitation beds in a "
          "refurbished ward at the Beechfield Centre in Avonford, together with an expanded "
          "community rehabilitation team and 12 places in supported accommodation to be "
          "commissioned with the three councils. Engagement on the options had taken place "
          "between October and December 2024 and had received 86 responses. The Committee "
          "was asked to determine whether the proposal was a substantial variation in the "
          "provision of health services, which would require formal public consultation.")
    m += p("Councillor Ashworth-Price said that families visiting patients from South "
           "Tormarton would face a round trip of more than 50 miles, often without a car, and "
           "asked what help would be offered. Tom Ellery said that the trust would reimburse "
           "the travel costs of carers on low incomes and offer video visiting, but he "
           "acknowledged that this would not suit every family.")
    m += p("Councillor Hollis queried the reduction from 14 to 10 beds and asked whether more "
           "patients would be placed out of area as a result. Dr Maddox explained that "
           "occupancy at Orchard Lodge had averaged nine patients over the last year because "
           "the building could not safely care for people with higher needs, and that the "
           "aim was to bring back the six patients currently placed in private hospitals "
           "outside the area.")
    m += p("Councillor Quaintance asked whether the supported accommodation places had been "
           "secured. The Committee was advised that two of the three councils had agreed "
           "funding in principle and that a decision from South Tormarton Council was "
           "expected in April.")
    m += p("Amira Castell reported that a Healthwatch survey of 31 current and former "
           "patients and carers had found strong support for the community team but real "
           "anxiety about losing a local unit, and she sought assurance that the views of "
           "carers would shape any consultation. Tom Ellery gave that assurance and said "
           "that a carers’ reference group had been set up and would meet monthly.")
    m += p("Councillor Bhatti asked what would happen to the staff at Orchard Lodge. It was "
           "confirmed that all 38 staff would be offered posts at the Beechfield Centre or "
           "in the community rehabilitation team, and that formal consultation with staff "
           "would begin in May.")
    m += p("(Councillor Pryce left the meeting at 12.20 pm.)")
    m += p("Councillor Ashworth-Price moved, and Councillor Quaintance seconded, that the "
           "Joint Committee report the proposal to the Secretary of State on the grounds that "
           "it was not in the interests of the health service in South Tormarton. Following "
           "debate, the motion was put to the vote and was lost (3 for, 6 against).")
    m += p("RESOLVED – that")
    m += clause("1", "the Joint Committee considers that the proposed relocation of the "
                "inpatient rehabilitation beds from Orchard Lodge to the Beechfield Centre "
                "is a substantial variation in the provision of health services for the "
                "residents of the three councils;")
    m += clause("2", "Severnside Partnership NHS Trust and the ICB be asked to carry out "
                "formal public consultation for at least 12 weeks, and to bring the "
                "consultation plan, including an assessment of the effect on travel for "
                "patients and families, to the Committee’s July meeting; and")
    m += clause("3", "authority be delegated to the Scrutiny Advisor, in consultation with "
                "the Chair and Vice-Chair, to submit the Joint Committee’s response to the "
                "consultation should it close before the Committee next meets.")
    items.append(item("9", "Proposed Changes to Inpatient Mental Health Rehabilitation "
                           "Services - Orchard Lodge", 81509,
                      pdf=("Orchard Lodge rehabilitation proposal JHSC.pdf", "1 MB"),
                      agenda=p("To consider proposals from Severnside Partnership NHS Trust "
                               "and the ICB for inpatient mental health rehabilitation "
                               "services, and to determine whether they constitute a "
                               "substantial variation in service."),
                      extra_docs=[("Appendix A - Engagement report Orchard Lodge", "2 MB"),
                                  ("Appendix B - Equality impact assessment", "455 KB")],
                      minutes=m))

    # 10 ------------------------------------------------------------------------------
    m = p("Lucy Dimmock, Scrutiny Advisor, presented the draft work programme for 2025/26. "
          "Members suggested the following additions:")
    m += bullet("an item on the waiting lists for all-age autism and ADHD assessment "
                "(Councillor Fairclough); and")
    m += bullet("the ICB’s plans in response to community pharmacy closures in rural areas "
                "(Councillor Baddeley).")
    m += p("The Scrutiny Advisor added that the refresh of the Joint Forward Plan would be "
           "scheduled for the autumn.")
    m += p("RESOLVED – that the work programme be noted, subject to the additions above.")
    items.append(item("10", "Work Programme", 81510,
                      pdf=("JHSC Work Programme 2025-26.pdf", "121 KB"),
                      agenda=p("To note the Committee’s work programme."), minutes=m))

    # 11 ------------------------------------------------------------------------------
    m = p("Monday 14 July 2025 at 10.00 am, Tormarton Civic Centre, Charlcombe.")
    m += p("&nbsp;")
    m += p("The meeting ended at 12.58 pm")
    m += p("CHAIR&nbsp;&nbsp;__________________")
    items.append(item("11", "Date of Next Meeting", 81511,
                      agenda=p("Monday 14 July 2025 at 10.00 am, to be hosted by North "
                               "Lynscombe Council."), minutes=m))

    title = (f"Agenda for {COMMITTEE} on Monday, 10th March, 2025, 10.00 am "
             "- Avonford City Council Democracy")
    head = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0074)https://democracy.avonford.gov.uk/ieListDocuments.aspx?CId=412&MId=10381 -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<meta name="DC.title" content="{title}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/ssMgStyles.css">
<link rel="stylesheet" type="text/css" href="./ieListDocuments_files/ssWordStyles.css">
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
</head>
<body>
<div id="skiplinks"><a href="#mgMainContent">Skip to main content</a></div>
<div id="header">
<div class="logo"><a href="https://www.avonford.gov.uk/"><img src="./ieListDocuments_files/logo.png" alt="Avonford City Council"></a></div>
<ul id="sitenav">
<li><a href="https://www.avonford.gov.uk/">Home</a></li>
<li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
<li><a href="ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a></li>
<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
<li><a href="ieDecisionHome.aspx?bcr=1">Decisions</a></li>
<li><a href="mgRegisterKeywordInterest.aspx">Subscribe to updates</a></li>
</ul>
</div>
<div id="breadcrumb"><ul class="mgBreadCrumbs">
<li><a href="https://www.avonford.gov.uk/">Home</a> &gt; </li>
<li><a href="ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a> &gt; </li>
<li><a href="mgCommitteeDetails.aspx?ID=412">{COMMITTEE}</a> &gt; </li>
<li>Meeting</li>
</ul></div>
<div id="mgMainContent">
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{COMMITTEE} - Monday, 10th March, 2025 10.00 am</h2></div>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="mgMeetingAttendance.aspx?ID=10381">Attendance details</a></li>
<li><a href="ieIssueSearch.aspx?MID=10381">Issues</a></li>
</ul>
</div>
<div class="mgContent">
<ul class="mgActionList">
<li><a href="documents/g10381/Public reports pack 10th-Mar-2025 10.00 Joint Health Scrutiny Committee.pdf">Agenda reports pack <span class="mgFileSize">PDF 6 MB</span></a></li>
<li><a href="documents/g10381/Printed minutes 10th-Mar-2025 10.00 Joint Health Scrutiny Committee.pdf">Printed minutes <span class="mgFileSize">PDF 301 KB</span></a></li>
<li><a href="documents/g10381/Supplementary Public Forum pack 10th-Mar-2025.pdf">Supplementary Public Forum pack <span class="mgFileSize">PDF 164 KB</span></a></li>
</ul>
<p><span class="mgLabel">Venue: </span>The Council Chamber, The Guildhall, Corn Street, Avonford, AV1 1GH.
 <a href="mgMeetingDetails.aspx?ID=10381#map">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Owen Gartside&nbsp; Email: democratic.services@avonford.gov.uk</p>
<p><span class="mgLabel">Media </span><a href="https://avonford.public-i.tv/core/portal/webcast_interactive/911207">Watch the webcast of this meeting</a></p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items for this meeting">
<caption class="mgSectionTitle">Items</caption>
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
"""
    foot = """</table>
</div>
</div>
</div>
<div id="footer">
<p class="mgPrintedDate">Printed from Avonford City Council Democracy on 21/03/2025</p>
<ul>
<li><a href="https://www.avonford.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.avonford.gov.uk/privacy">Privacy and cookies</a></li>
<li><a href="mgGeneric.aspx?MD=mgPublicInfo">Public information sheet</a></li>
</ul>
<p>&copy; Avonford City Council, The Guildhall, Corn Street, Avonford AV1 1GH</p>
<p>Powered by Modern.Gov</p>
</div>
</body></html>
"""
    return head + "".join(items) + foot


# --------------------------------------------------------------------------------------
# The document that is not minutes: the ICB's report in the agenda pack (item 8)
# --------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "10 March 2025 - Agenda Item 8", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"Page {self.page_no() + 40}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 28, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Access to NHS Dental Services")
    pdf.set_author("NHS Avonford, North Lynscombe and South Tormarton ICB")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def h(text, size=12):
        pdf.ln(2)
        pdf.set_font("Sans", "B", size)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(num, text):
        pdf.set_font("Sans", "", 10)
        x = pdf.get_x()
        pdf.cell(12, 5.2, num)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x)
        pdf.ln(2)

    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 8, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    for label, value in [("Date of meeting:", "10 March 2025"),
                         ("Title of report:", "Access to NHS Dental Services"),
                         ("Report of:", "Carys Whitlock, Associate Director of Primary Care "
                                        "Commissioning, NHS Avonford, North Lynscombe and "
                                        "South Tormarton Integrated Care Board"),
                         ("Purpose:", "For information and comment")]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(40, 5.5, label)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    h("1. Purpose of the report")
    numbered("1.1", "To update the Joint Committee on access to NHS dental services across "
                    "Avonford, North Lynscombe and South Tormarton, and on the actions the ICB "
                    "has taken since it became responsible for commissioning primary, "
                    "secondary and community dental services on 1 April 2023.")
    h("2. Recommendation")
    numbered("2.1", "The Joint Committee is asked to note the report and to comment on the "
                    "ICB's dental recovery actions for 2025/26 set out in section 6.")
    h("3. Background")
    numbered("3.1", "NHS dental services are provided by independent contractors under the "
                    "national General Dental Services contract. Practices are paid for units "
                    "of dental activity (UDAs) and may choose how much NHS work they take on. "
                    "There is no registration with an NHS dentist, and practices are not "
                    "required to accept new NHS patients.")
    numbered("3.2", "The ICB holds 118 dental contracts with a total value of £61.4 million in "
                    "2024/25. Since April 2023, six contracts have been handed back, two of "
                    "them in South Tormarton.")
    h("4. Current position")
    numbered("4.1", "The table below shows the proportion of adults and children seen by an "
                    "NHS dentist in the 24 months (adults) and 12 months (children) to "
                    "December 2024.")
    pdf.set_font("Sans", "B", 9.5)
    widths = [62, 36, 36, 32]
    for w, t in zip(widths, ["Area", "Adults seen (24m)", "Children seen (12m)",
                             "UDAs delivered"]):
        pdf.cell(w, 7, t, border=1)
    pdf.ln()
    pdf.set_font("Sans", "", 9.5)
    for row in [("Avonford", "44%", "61%", "88%"),
                ("North Lynscombe", "42%", "58%", "84%"),
                ("South Tormarton", "35%", "49%", "79%"),
                ("ICB area", "41%", "57%", "85%"),
                ("England", "48%", "62%", "n/a")]:
        for w, t in zip(widths, row):
            pdf.cell(w, 6.5, t, border=1)
        pdf.ln()
    pdf.ln(3)
    numbered("4.2", "The underspend on the ring-fenced dental budget in 2023/24 was £3.2 "
                    "million. With the agreement of the ICB Board this was carried forward "
                    "and spent on dentistry in 2024/25, mainly on the flexible commissioning "
                    "scheme described below.")
    h("5. What residents have told us")
    numbered("5.1", "Healthwatch and the ICB's Patient Advice and Liaison Service have passed "
                    "on the questions that residents ask most often. Our answers are set out "
                    "below.")
    qa = [
        ("Why can't I find a dentist taking on NHS patients near me?",
         "Practices decide how many NHS patients they can see within their contract. We now "
         "ask every practice each month whether it is accepting new adult and child NHS "
         "patients, and from April 2025 we will publish this list on our website."),
        ("What should I do if I am in pain and do not have a dentist?",
         "Call NHS 111, who can book you into one of the urgent dental appointments that we "
         "commission every day across the area."),
        ("Will the new practice in Charlcombe take NHS patients?",
         "Yes. The contract awarded in January 2025 is for NHS care only and the practice is "
         "expected to open in June 2025."),
    ]
    for q, a in qa:
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(0, 5.2, q, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5.2, a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    h("6. Actions for 2025/26")
    numbered("6.1", "The ICB Primary Care Commissioning Committee agreed on 13 February 2025 "
                    "to continue the flexible commissioning scheme for a further year, "
                    "providing 9,500 urgent and stabilisation appointments.")
    numbered("6.2", "The supervised toothbrushing programme, funded by the three councils' "
                    "public health teams, will be extended to a further 30 schools and "
                    "nurseries, with priority for areas of highest deprivation.")
    numbered("6.3", "The ICB will procure additional NHS activity in South Tormarton and will "
                    "report progress to the Joint Committee in the autumn.")
    h("7. Questions the Committee may wish to consider")
    for n, q in [("7.1", "How will the ICB make sure that residents in rural areas can reach "
                         "an NHS dentist within a reasonable distance?"),
                 ("7.2", "What assurance can the ICB give that children referred by health "
                         "visitors are seen promptly?"),
                 ("7.3", "How will the Committee be kept informed of contracts handed back "
                         "in future?")]:
        numbered(n, q)
    h("8. Contact")
    para("Carys Whitlock, Associate Director of Primary Care Commissioning, NHS Avonford, "
         "North Lynscombe and South Tormarton ICB. Email: anlsticb.primarycare@nhs.net")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def minutes_gold() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-03-10",
        "items": [
            {"number": "1", "title": "Welcome, Introductions and Safety Information"},
            {"number": "2", "title": "Apologies for Absence and Substitutions"},
            {"number": "3", "title": "Declarations of Interest"},
            {"number": "4", "title": "Minutes of Previous Meeting"},
            {"number": "5", "title": "Public Forum"},
            {"number": "6", "title": "Chair’s Business"},
            {"number": "7", "title": "Urgent and Emergency Care - Review of Winter 2024/25"},
            {"number": "8", "title": "Access to NHS Dental Services"},
            {"number": "9", "title": "Proposed Changes to Inpatient Mental Health "
                                     "Rehabilitation Services - Orchard Lodge"},
            {"number": "10", "title": "Work Programme"},
            {"number": "11", "title": "Date of Next Meeting"},
        ],
        "questions": [
            q("4", "question",
              "asked when the written response from the ICB on the revised eligibility criteria",
              "Councillor Bhatti",
              "the response had been chased and would be circulated to all members",
              "Lucy Dimmock, Scrutiny Advisor", []),
            q("5", "comment",
              "urged the Joint Committee to refer the proposals for the unit",
              "Mr Pellow",
              "his statement would be taken into account when the Committee considered item 9",
              "The Chair", ["mental-health", "governance"]),
            q("5", "question",
              "had submitted a question about the number of dental practices in South Tormarton",
              "Mrs Okoro",
              "A written response had been published in the Public Forum pack",
              None, ["primary-care"]),
            q("5", "question",
              "asked whether the ICB would publish an up to date list of the practices",
              "Mrs Okoro",
              "the ICB held this information monthly and would publish it on its website from April",
              "Carys Whitlock, Associate Director of Primary Care Commissioning, ICB",
              ["primary-care"]),
            q("7", "question",
              "asked why ambulance handover delays at the Royal Infirmary had remained so long",
              "Councillor Bhatti",
              "the average handover time in January had been 58 minutes",
              "Darren Hoskins, Western Counties Ambulance Service", []),
            q("7", "concern",
              "expressed concern that residents in rural parts of South Tormarton were waiting",
              "Councillor Quaintance",
              "two additional ambulances would be based at Charlcombe from April",
              "Darren Hoskins", []),
            q("7", "question",
              "questioned whether the discharge to assess pathway could be sustained",
              "Councillor Treharne",
              "the three councils and the ICB were preparing a joint plan",
              "Helen Stroud", ["integration", "finance", "adult-social-care"]),
            q("7", "comment",
              "commented that the report did not show how many patients had been readmitted",
              "Councillor Hollis", None, None, []),
            q("7", "question",
              "asked whether the trust would publish how often this happened",
              "Amira Castell, Healthwatch",
              "the trust recorded the use of temporary escalation spaces every day",
              "Dr Feeney", ["patient-and-public-input"]),
            q("7", "question",
              "asked about staffing in the emergency department and the reliance on agency nurses",
              "Councillor Ashworth-Price",
              "agency spend in the department had fallen by 31% since April 2024",
              "Dr Feeney", ["workforce"]),
            q("7", "request",
              "requested that future reports break the performance figures down by council area",
              "Councillor Dunkerton",
              "Helen Stroud agreed that this would be done from the next report",
              "Helen Stroud", []),
            q("8", "question",
              "asked what the ICB could do when practices handed back their contracts",
              "Councillor Baddeley",
              "the ICB had procured the activity again, with a new provider due to open",
              "Ms Whitlock", ["primary-care", "subcontracting"]),
            q("8", "question",
              "asked whether children were being given priority, given the number of tooth extractions",
              "Councillor Pryce",
              "the supervised toothbrushing programme funded by public health had been extended",
              "Ms Whitlock", ["primary-care", "children-and-families", "public-health"]),
            q("8", "concern",
              "Concern was expressed that reform of the national dental contract would not come",
              None, None, None, ["primary-care"]),
            q("8", "question",
              "asked how much of the ring-fenced dental budget had been underspent in 2023/24",
              "Councillor Treharne",
              "the underspend had been £3.2 million and that it had been carried forward",
              "Ms Whitlock", ["primary-care", "finance"]),
            q("9", "question",
              "would face a round trip of more than 50 miles, often without a car",
              "Councillor Ashworth-Price",
              "the trust would reimburse the travel costs of carers on low incomes",
              "Tom Ellery", ["mental-health"]),
            q("9", "question",
              "queried the reduction from 14 to 10 beds and asked whether more patients",
              "Councillor Hollis",
              "occupancy at Orchard Lodge had averaged nine patients over the last year",
              "Dr Maddox", ["mental-health"]),
            q("9", "question",
              "asked whether the supported accommodation places had been secured",
              "Councillor Quaintance",
              "two of the three councils had agreed funding in principle",
              None, ["mental-health", "housing"]),
            q("9", "request",
              "sought assurance that the views of carers would shape any consultation",
              "Amira Castell",
              "a carers’ reference group had been set up and would meet monthly",
              "Tom Ellery", ["mental-health", "patient-and-public-input"]),
            q("9", "question",
              "asked what would happen to the staff at Orchard Lodge",
              "Councillor Bhatti",
              "all 38 staff would be offered posts at the Beechfield Centre",
              None, ["mental-health", "workforce"]),
            q("10", "request",
              "an item on the waiting lists for all-age autism and ADHD assessment",
              "Councillor Fairclough", None, None, []),
            q("10", "request",
              "plans in response to community pharmacy closures in rural areas",
              "Councillor Baddeley", None, None, ["primary-care"]),
        ],
        "resolutions": [
            r("4", "the minutes of the meeting held on 18 November 2024 be confirmed",
              "agreed", []),
            r("7", "a further report on ambulance handover and response times", "agreed", []),
            r("8", "The Committee noted the report and asked that the ICB provide a list",
              "agreed", ["primary-care"]),
            r("9", "Joint Committee report the proposal to the Secretary of State on the grounds",
              "rejected", ["mental-health", "governance"]),
            r("9", "the proposed relocation of the inpatient rehabilitation beds from Orchard Lodge",
              "agreed", ["mental-health", "governance", "patient-and-public-input"]),
            r("10", "the work programme be noted, subject to the additions above",
              "agreed", []),
        ],
        "attendees": [
            a("Councillor Tessa Marlow", "Chair", "present"),
            a("Councillor Rajan Bhatti", None, "present"),
            a("Councillor Gwen Hollis", None, "present"),
            a("Councillor Ifan Pryce", None, "present"),
            a("Councillor Alan Treharne", "Vice-Chair", "present"),
            a("Councillor Janet Fairclough", None, "present"),
            a("Councillor Moira Dunkerton", None, "present"),
            a("Councillor Kerry Baddeley", None, "present"),
            a("Councillor Nigel Ashworth-Price", None, "present"),
            a("Councillor Rosa Quaintance", None, "present"),
            a("Amira Castell", "Healthwatch Manager, Healthwatch Avonford, North Lynscombe "
                               "and South Tormarton", "in_attendance"),
            a("Helen Stroud", "Chief Delivery Officer, ICB", "in_attendance"),
            a("Carys Whitlock", "Associate Director of Primary Care Commissioning, ICB",
              "in_attendance"),
            a("Dr Marcus Feeney", "Chief Operating Officer, Avonford and Lynscombe Hospitals "
                                  "NHS Foundation Trust", "in_attendance"),
            a("Darren Hoskins", "Head of Operations, Western Counties Ambulance Service NHS "
                                "Foundation Trust", "in_attendance"),
            a("Tom Ellery", "Director of Strategy and Partnerships, Severnside Partnership "
                            "NHS Trust", "in_attendance"),
            a("Dr Lowri Maddox", "Consultant Psychiatrist, Severnside Partnership NHS Trust",
              "in_attendance"),
            a("Lucy Dimmock", "Scrutiny Advisor, Avonford City Council", "in_attendance"),
            a("Rachel Ince", "Scrutiny Officer, North Lynscombe Council", "in_attendance"),
            a("Kieran Stott", "Democratic Services Officer, South Tormarton Council",
              "in_attendance"),
            a("Owen Gartside", "Democratic Services Officer, Avonford City Council",
              "in_attendance"),
            a("Councillor Peter Lusty", None, "apologies"),
            a("Councillor Hugh Venning", None, "apologies"),
            a("Dr Anya Kessel", "Chief Medical Officer, ICB", "apologies"),
        ],
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (minutes_gold(), report_gold()):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote gold to {GOLD}")


def norm(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def doc_texts(path: Path) -> list[str]:
    """The document's text, extracted as the brief says; HTML both with and without a
    separator so that a phrase never depends on how tags are joined."""
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return ["\n".join(page.extract_text() or "" for page in pdf.pages)]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8")]


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("nk-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        texts = [norm(t) for t in doc_texts(doc)]
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            if not 6 <= words <= 15:
                print(f"{gold_path.name}: {kind} phrase has {words} words: {phrase!r}")
                failures += 1
            n = norm(phrase)
            counts = [t.count(n) for t in texts]
            if any(c != 1 for c in counts):
                print(f"{gold_path.name}: {kind} phrase found {counts} times: {phrase!r}")
                failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if not failures else f"check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
