#!/usr/bin/env python3
"""Build the "pk-" documents of round 214 and their gold annotations.

Usage:  build_pk.py           build documents/pk-* and gold/pk-*.json
        build_pk.py --check   verify every gold phrase occurs once in its document

The council (Netherwick Borough Council), its people, places, providers and figures
are invented.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "pk-netherwick-adult-social-care-health-scrutiny-2025-01-21.html"
REPORT_NAME = "pk-netherwick-home-adaptations-task-finish-group-final-report.docx"

FIXED = dt.datetime(2025, 1, 9, 10, 30, 0)

# ---------------------------------------------------------------------------
# The minutes: a Modern.gov "Agenda and minutes" page saved from the browser
# ---------------------------------------------------------------------------

E = html.escape


def p(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{text}</p>\n"


def bullet(text: str) -> str:
    """A bullet pasted from Word: the symbol and spaces are part of the paragraph."""
    return ('<p class="MsoListParagraphCxSpMiddle" style="margin-left:36pt;'
            'text-indent:-18pt"><span style="font-family:Symbol">\u00b7'
            '<span style="font:7.0pt \'Times New Roman\'">&nbsp;&nbsp;&nbsp;&nbsp;'
            '&nbsp;&nbsp;&nbsp;</span></span>' + text + "</p>\n")


def resolved(clauses: list[str] | str, vote: str | None = None, lead: str = "That") -> str:
    """The council's decision block: a bordered panel, "RESOLVED:" alone, then the
    clauses as typed "i)" "ii)" lines, and the vote right-aligned underneath."""
    out = ['<div class="pkDecision" style="border:1px solid #1d3f6e;padding:4pt 8pt;'
           'margin:6pt 0">\n',
           '<p class="MsoNormal"><b><span style="letter-spacing:1pt">RESOLVED:</span></b></p>\n']
    if isinstance(clauses, str):
        out.append(f'<p class="MsoNormal">{lead} {clauses}</p>\n')
    else:
        out.append(f'<p class="MsoNormal">{lead}:</p>\n')
        romans = ["i", "ii", "iii", "iv", "v"]
        for n, c in enumerate(clauses):
            out.append(f'<p class="MsoNormal" style="margin-left:36pt;text-indent:-36pt">'
                       f'{romans[n]})&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{c}</p>\n')
    if vote:
        out.append(f'<p class="MsoNormal" style="text-align:right"><i>({vote})</i></p>\n')
    out.append("</div>\n")
    return "".join(out)


def item(anchor: int, number: str, title: str, agenda: str, minutes: str,
         docs: list[tuple[str, str]] | None = None) -> str:
    links = ""
    if docs:
        first, size = docs[0]
        links = (f' <span class="mgFileSize"><a href="documents/s{anchor + 5000}/'
                 f'{E(first)}.pdf" class="mgPdfLink"><img src="mgImages/pdf.gif" '
                 f'alt="pdf icon" width="16" height="16" /></a> PDF {size}</span>')
        if len(docs) > 1:
            more = "".join(
                f'<li><a href="documents/s{anchor + 5001 + i}/{E(n)}.pdf">{E(n)}'
                f'</a>, item {number} <span class="mgFileSize">PDF {s}</span></li>\n'
                for i, (n, s) in enumerate(docs[1:]))
            links += ('\n<div class="mgAdditionalDocs"><p class="mgSubItemTitleTxt">'
                      'Additional documents:</p>\n<ul class="mgActionList">\n' + more +
                      "</ul></div>")
    return (
        '<tr>\n'
        f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{number}.</p></td>\n'
        '<td>\n'
        f'<p class="mgAiTitleTxt"><a name="AI{anchor}"></a>{title}</p>{links}\n'
        f'<div class="mgWordPara mgAgendaText">{agenda}</div>\n'
        '<p class="mgSubItemTitleTxt">Minutes:</p>\n'
        f'<div class="mgWordPara">\n{minutes}</div>\n'
        '</td>\n</tr>\n'
    )


TICK = "\u2713"


def grid_row(name: str, present: bool = False, apologies: bool = False,
             absent: bool = False, note: str = "") -> str:
    def cell(flag: bool) -> str:
        return f'<td class="pkTick">{TICK if flag else "&nbsp;"}</td>'
    return (f"<tr><td>{name}</td>{cell(present)}{cell(apologies)}{cell(absent)}"
            f"<td>{note or '&nbsp;'}</td></tr>\n")


ATTENDANCE = (
    '<div class="mgSectionTitle"><h2>Attendance</h2></div>\n'
    '<table class="mgStatsTable pkGrid" summary="Attendance of Members">\n'
    '<caption>Members of the Committee</caption>\n'
    '<tr><th scope="col">Member</th><th scope="col">Present</th>'
    '<th scope="col">Apologies</th><th scope="col">Absent</th>'
    '<th scope="col">Notes</th></tr>\n'
    + grid_row("Councillor L Ashurst (Chair)", present=True)
    + grid_row("Councillor M Rahid (Vice-Chair)", present=True)
    + grid_row("Councillor T Birchall", present=True)
    + grid_row("Councillor D Fairhurst", present=True)
    + grid_row("Councillor K Houghton", apologies=True)
    + grid_row("Councillor J Leyland", present=True,
               note="Left the meeting at 7.40 pm, during minute 45")
    + grid_row("Councillor P McCann", present=True)
    + grid_row("Councillor S Prescott", present=True)
    + grid_row("Councillor G Unsworth", apologies=True)
    + grid_row("Councillor J Winstanley", absent=True)
    + grid_row("Councillor A Worrall", present=True,
               note="Substitute for Councillor K Houghton")
    + grid_row("Mrs M Tyrer (Co-opted Member, non-voting)", present=True)
    + "</table>\n"
    '<p class="pkKey"><small>Key: ' + TICK + ' denotes attendance in the relevant '
    'column.</small></p>\n'
    '<table class="mgStatsTable pkGrid" summary="Officers in attendance">\n'
    '<caption>Officers in attendance</caption>\n'
    '<tr><th scope="col">Name</th><th scope="col">Designation</th>'
    '<th scope="col">Minutes</th></tr>\n'
    '<tr><td>Mark Holcroft</td><td>Executive Director of Adult Social Care and Health'
    '</td><td>All</td></tr>\n'
    '<tr><td>Dr Anjali Rao</td><td>Director of Public Health</td><td>43 - 46</td></tr>\n'
    '<tr><td>Claire Ainscough</td><td>Assistant Director, Integrated Commissioning</td>'
    '<td>41 - 42</td></tr>\n'
    '<tr><td>Lee Fazackerley</td><td>Trading Standards Manager</td><td>44</td></tr>\n'
    '<tr><td>Hannah Greenall</td><td>Scrutiny Officer</td><td>All</td></tr>\n'
    '<tr><td>Kath Rimmer</td><td>Democratic Services Officer</td><td>All</td></tr>\n'
    "</table>\n"
    '<table class="mgStatsTable pkGrid" summary="Also in attendance">\n'
    '<caption>Also in attendance</caption>\n'
    '<tr><th scope="col">Name</th><th scope="col">Designation</th>'
    '<th scope="col">Minutes</th></tr>\n'
    '<tr><td>Councillor B Seddon</td><td>Cabinet Member for Adult Social Care and Health'
    '</td><td>41 - 42</td></tr>\n'
    '<tr><td>Jonathan Aspinall</td><td>Associate Director of Primary Care, Culverdale '
    'Integrated Care Board</td><td>43</td></tr>\n'
    '<tr><td>Emma Tickle</td><td>Senior Dental Commissioning Manager, Culverdale '
    'Integrated Care Board</td><td>43</td></tr>\n'
    '<tr><td>Rachel Culshaw</td><td>Head of Engagement, Culverdale Integrated Care Board'
    '</td><td>45</td></tr>\n'
    '<tr><td>Gillian Pilling</td><td>Chief Officer, Healthwatch Netherwick</td>'
    '<td>43, 45</td></tr>\n'
    "</table>\n"
)


ITEMS = []

ITEMS.append(item(
    4101, "38", "Apologies for Absence",
    p("To receive any apologies for absence."),
    p("Apologies for absence were received from Councillors K Houghton and G Unsworth.")
    + p("Councillor A Worrall attended as substitute for Councillor Houghton."),
))

ITEMS.append(item(
    4102, "39", "Declarations of Interest",
    p("Members are asked to declare any disclosable pecuniary interests or other "
      "registrable or non-registrable interests in items on this agenda."),
    p("Councillor S Prescott declared a non-registrable interest in minute 42 (Home Care "
      "Re-procurement &ndash; Proposed Commissioning Model) as her daughter is employed by a "
      "home care agency operating in the borough. She remained in the room and took part in "
      "the discussion but did not vote on that item.")
    + p("Mrs M Tyrer declared, in the interests of transparency, that she is an authorised "
        "Enter and View representative for Healthwatch Netherwick."),
))

ITEMS.append(item(
    4103, "40", "Minutes of the Meeting held on 12 November 2024",
    p("To approve the minutes of the last meeting as a correct record."),
    p("The minutes of the meeting held on 12 November 2024 were AGREED as a correct "
      "record and signed by the Chair, subject to minute 31 (Extra Care Housing Update) "
      "being amended to read &lsquo;58 new extra care apartments&rsquo; rather than "
      "&lsquo;85&rsquo;.")
    + p("<u>Matters arising</u>")
    + p("With reference to minute 33 (Winter Pressures), the Scrutiny Officer reported that "
        "the information requested on delayed transfers from Netherwick General Hospital "
        "had been circulated to Members by email on 29 November 2024."),
    docs=[("Minutes 12112024 ASCH Scrutiny", "198 KB")],
))

ITEMS.append(item(
    4104, "41", "Public Question Time",
    p("To receive questions from members of the public in accordance with Council "
      "Procedure Rule 11. A maximum of 15 minutes is allowed for this item."),
    p("Two questions had been received in accordance with Council Procedure Rule 11.")
    + p("<b>Question 1 &ndash; Mr D Heyes, Lowbank</b>")
    + p("&ldquo;The new home care contracts are worth over &pound;30 million a year. Can the "
        "Cabinet Member tell me whether care workers employed by the new providers will be "
        "paid for the time they spend travelling between visits, because at the moment many "
        "of them are not?&rdquo;")
    + p("<b>Response &ndash; Councillor B Seddon, Cabinet Member for Adult Social Care and "
        "Health</b>")
    + p("&ldquo;Thank you for your question, Mr Heyes. The specification that Cabinet will be "
        "asked to approve on 5 February requires every provider to pay at least the Real "
        "Living Wage and to treat travel time between calls as working time. Providers will "
        "have to evidence this through their payroll records as part of contract monitoring. "
        "I will make sure that the relevant section of the specification is sent to "
        "you.&rdquo;")
    + p("Mr Heyes asked a supplementary question: how would the Council know if providers "
        "were complying with this in practice? The Cabinet Member replied that the "
        "Council&rsquo;s Quality and Contracts Team would audit a sample of rotas and pay "
        "slips from each provider twice a year, and would also speak directly to care "
        "workers during monitoring visits.")
    + p("<b>Question 2 &ndash; Ms C Lyon, on behalf of Lowbank Tenants and Residents "
        "Association</b>")
    + p("&ldquo;Since the Marsh Lane dental practice handed back its NHS contract in the "
        "summer, residents in Lowbank have been told that there is no NHS dentist taking on "
        "adult patients within five miles. What is the ICB doing to replace the lost "
        "capacity?&rdquo;")
    + p("Ms Lyon was not present at the meeting. The Chair advised that, as the question "
        "related to minute 43, it would be referred to Culverdale Integrated Care Board and "
        "a written response would be sent to Ms Lyon and published with these minutes."),
))

ITEMS.append(item(
    4105, "42", "Home Care Re-procurement &ndash; Proposed Commissioning Model",
    p("To consider a report of the Executive Director of Adult Social Care and Health on the "
      "outcome of market engagement and the proposed model for the re-procurement of home "
      "care services, prior to its consideration by Cabinet on 5 February 2025."),
    p("The Assistant Director, Integrated Commissioning presented the report, which sought "
      "the views of the Committee on the proposed model for re-procuring home care services "
      "before a decision by Cabinet on 5 February 2025. The current framework agreement, "
      "under which care packages were purchased from 23 providers, had been in place since "
      "2019 and would expire on 30 September 2025. Each week approximately 1,650 people "
      "received around 21,400 hours of home care, at an annual cost of &pound;31.4m.")
    + p("The report proposed:")
    + bullet("dividing the borough into six zones, each with a lead provider responsible for "
             "accepting all new packages in that zone, supported by a smaller number of "
             "framework providers;")
    + bullet("a contract term of five years, with the option to extend for up to two further "
             "years;")
    + bullet("an hourly rate of &pound;23.85 in 2025/26, with annual uplifts linked to the "
             "National Living Wage;")
    + bullet("a requirement that providers pay the Real Living Wage and pay for travel time; "
             "and")
    + bullet("a move towards outcome-based commissioning, giving care workers more "
             "flexibility to agree with the person how their hours are used.")
    + p("Market engagement events held in October and November 2024 had been attended by 31 "
        "organisations.")
    + p("Members raised the following matters:")
    + bullet("Councillor T Birchall asked how many of the existing providers were expected to "
             "bid, and what would happen to people whose provider was not successful. The "
             "Assistant Director reported that 19 of the 23 current providers had attended "
             "the engagement events and most had indicated an intention to bid. Where a "
             "person&rsquo;s provider was unsuccessful, the Council would look first to "
             "transfer the care workers with the package so that people kept the same "
             "carers wherever possible.")
    + bullet("Councillor D Fairhurst expressed concern that a zoned model would favour large "
             "national companies and that smaller local providers would be squeezed out. In "
             "response, Members were advised that each zone had been sized at between 2,800 "
             "and 4,200 hours per week so that it was within the capacity of a medium-sized "
             "local provider, and that the evaluation would give credit for local employment "
             "and social value.")
    + bullet("Councillor S Prescott sought assurance on whether lead providers would be able "
             "to pass packages on to other agencies. The Assistant Director confirmed that "
             "subcontracting would only be permitted with the prior written consent of the "
             "Council and that the lead provider would remain responsible for the quality of "
             "all care delivered in its zone.")
    + bullet("Councillor P McCann stated his view that the Council should bring home care back "
             "in-house rather than re-tender it, as the market had repeatedly failed to "
             "provide enough capacity. The Executive Director responded that an options "
             "appraisal carried out in 2023 had concluded that an in-house service would cost "
             "an estimated &pound;6.2m a year more and could not be established within the "
             "timescale, but that the Council&rsquo;s reablement service would continue to "
             "be provided in-house.")
    + bullet("The Vice-Chair asked what weighting would be given to quality as against "
             "price. It was confirmed that quality would account for 60 per cent of the "
             "evaluation score and price for 40 per cent, with questions on recruitment and "
             "retention carrying the largest share of the quality marks.")
    + bullet("Mrs M Tyrer asked how people receiving home care, and their carers, had been "
             "involved in designing the new service. Members were informed that 143 people "
             "had responded to a survey, two focus groups had been held with carers, and "
             "people who use the service would sit on the panel scoring the quality "
             "questions.")
    + bullet("Councillor A Worrall was keen to understand what would happen to the terms and "
             "conditions of staff whose employer lost its contract. The Assistant Director "
             "explained that TUPE was likely to apply where staff transferred with packages, "
             "and that outgoing and incoming providers would be required to share staffing "
             "information at least eight weeks before the transfer date.")
    + bullet("Councillor J Leyland requested that the Committee be sent the evaluation "
             "criteria and method statement questions before the tender was published.")
    + p("Councillor P McCann moved, and Councillor T Birchall seconded, that the Committee "
        "recommend to Cabinet that a full appraisal of an in-house home care service be "
        "completed before any contract is awarded. On being put to the vote the motion was "
        "<b>LOST</b> (2 for, 5 against).")
    + resolved([
        "the report be noted;",
        "Cabinet be RECOMMENDED to approve the zoned model for home care, and to ensure that "
        "the contract requires payment of the Real Living Wage and of travel time; and",
        "the Assistant Director, Integrated Commissioning circulate the evaluation criteria to "
        "Members of the Committee before the invitation to tender is published.",
    ], vote="For 5, Against 1, Abstention 1"),
    docs=[("Home Care Reprocurement report", "486 KB"),
          ("Appendix 1 - Market engagement summary", "212 KB"),
          ("Appendix 2 - Zone map", "1 MB")],
))

ITEMS.append(item(
    4106, "43", "Access to NHS Dental Services",
    p("To receive a presentation from Culverdale Integrated Care Board on access to NHS "
      "dentistry in Netherwick and progress with the ICB&rsquo;s dental recovery plan."),
    p("Jonathan Aspinall, Associate Director of Primary Care, and Emma Tickle, Senior Dental "
      "Commissioning Manager, Culverdale Integrated Care Board (ICB), gave a presentation on "
      "access to NHS dental services. The presentation covered:")
    + bullet("there were 24 NHS dental practices in the borough, three fewer than in March "
             "2023, following two contract hand-backs and one practice reducing its NHS "
             "commitment;")
    + bullet("38.6% of adults in Netherwick had seen an NHS dentist in the previous 24 "
             "months, compared with 41.2% across the North West;")
    + bullet("57.9% of children had been seen in the previous 12 months;")
    + bullet("the ICB had commissioned an additional 6,500 units of dental activity for "
             "2024/25 through its flexible commissioning scheme, targeted at practices in "
             "Lowbank, Hollin Moss and Scarsby; and")
    + bullet("the new patient premium introduced nationally in March 2024 had led to 2,910 "
             "new patients being seen in the borough.")
    + p("The Chair asked why the proportion of adults seeing a dentist in Netherwick remained "
        "below the regional average. Mr Aspinall said that the borough had lost a large "
        "practice in 2022 which had held nearly 8% of its contracted activity, and that "
        "attracting dentists to the area had been difficult.")
    + p("Councillor M Rahid raised concern about the number of children having teeth removed "
        "under general anaesthetic at Netherwick General Hospital, which had been 312 in "
        "2023/24. The Director of Public Health advised that tooth decay was the most common "
        "reason for hospital admission among children aged six to ten, and that supervised "
        "toothbrushing was now running in 42 primary schools and 18 nurseries, with a "
        "further 20 settings due to join by September.")
    + p("Councillor T Birchall queried how residents without a regular dentist could get "
        "urgent treatment. Ms Tickle explained that NHS 111 could book patients into one of "
        "two urgent dental care centres, in Netherwick town centre and in Scarsby, which "
        "offered 160 appointments a week between them.")
    + p("Councillor S Prescott asked what was being done to recruit dentists to the borough. "
        "She was advised that the ICB was piloting a payment of &pound;20,000 for dentists "
        "who committed to working in Netherwick for three years, and that four dentists had "
        "taken up the offer so far.")
    + p("Councillor J Leyland commented that residents who contacted her were routinely told "
        "to try practices in neighbouring boroughs, which was not realistic for people "
        "without a car.")
    + p("Councillor D Fairhurst asked how much of the ICB&rsquo;s dental budget for "
        "Netherwick had gone unspent in 2023/24 and whether it had been reinvested in "
        "dentistry. Mr Aspinall was unable to give the figure at the meeting.")
    + p("<i>(Post-meeting note: the ICB has since confirmed that &pound;1.9m of the dental "
        "allocation for Netherwick was not spent in 2023/24, and that the amount was carried "
        "forward to fund the additional units of dental activity described above.)</i>")
    + resolved([
        "the presentation be noted;",
        "the Chair write to the Chief Executive of Culverdale Integrated Care Board asking that "
        "any future underspend on dentistry in Netherwick be reinvested in the borough; and",
        "a further update on access to NHS dental services be brought to the Committee in "
        "September 2025.",
    ], vote="Unanimous"),
    docs=[("Presentation - NHS Dental Services Netherwick", "1 MB")],
))

ITEMS.append(item(
    4107, "44", "Vaping Among Children and Young People",
    p("To consider a joint report of the Director of Public Health and the Head of "
      "Regulatory Services on youth vaping and the enforcement of age-of-sale "
      "restrictions."),
    p("The Director of Public Health and the Trading Standards Manager presented the joint "
      "report. The 2024 Netherwick Schools Health Survey had found that 19% of pupils in "
      "Year 10 currently vaped, up from 11% in 2021, and that most obtained vapes from "
      "friends or from shops. Trading Standards had carried out 46 test purchase visits in "
      "2024, with sales to under-18s at 13 premises, and had seized 9,840 illegal vapes, "
      "mostly oversized or non-compliant disposable products.")
    + p("A Member asked what action was taken against shops that were caught selling to "
        "children. The Trading Standards Manager explained that a first failed test purchase "
        "led to a warning letter and an offer of staff training, a second to a fixed penalty "
        "notice, and that three retailers had been prosecuted in 2024.")
    + p("Councillor J Leyland expressed concern at the number of vape shops that had opened "
        "close to schools and asked whether planning powers could be used to control this. "
        "It was explained that the Council could not refuse a shop simply because it sold "
        "vapes, but that the review of the Local Plan would look at the clustering of "
        "particular uses near schools.")
    + p("Councillor P McCann asked whether the Council could ban disposable vapes locally. "
        "The Director of Public Health advised that the sale of single-use vapes would "
        "become illegal across the country from 1 June 2025 and that Trading Standards "
        "would be checking compliance from that date.")
    + p("Mrs M Tyrer asked whether young people themselves had been consulted on the "
        "approach. Members were informed that the Youth Council had co-designed the "
        "&lsquo;Clear the Air&rsquo; campaign and that 1,214 young people had responded "
        "to an online survey in the autumn.")
    + p("Councillor A Worrall commented that many parents were unaware that illegal vapes "
        "could contain far more nicotine than the legal limit, and suggested that advice be "
        "shared through school newsletters. The Director of Public Health welcomed the "
        "suggestion and agreed to raise it with the Healthy Schools team.")
    + resolved([
        "the report be noted; and",
        "the Director of Public Health provide the Committee with a briefing on the "
        "implementation of the single-use vapes ban by July 2025.",
    ], vote="Unanimous"),
    docs=[("Youth Vaping joint report", "402 KB")],
))

ITEMS.append(item(
    4108, "45", "Culverdale ICB &ndash; Patient and Public Engagement Framework",
    p("To receive a report from Culverdale Integrated Care Board on its draft framework "
      "for patient and public engagement, &lsquo;Your Voice Counts&rsquo;."),
    p("Rachel Culshaw, Head of Engagement, Culverdale ICB, introduced the draft framework, "
      "which set out how the ICB would involve patients, carers and the public in planning "
      "and changing services. The framework had been drafted with Healthwatch Netherwick and "
      "the voluntary sector and would be published for comment in February 2025.")
    + p("Councillor M Rahid asked how the ICB would reach residents who did not use the "
        "internet. Ms Culshaw replied that the framework committed the ICB to offering paper "
        "and telephone options for every consultation and to working through community and "
        "faith groups.")
    + p("Councillor S Prescott commented that when the Lowbank walk-in centre had closed in "
        "2022 residents had felt that the decision had been made before they were asked. "
        "Ms Culshaw acknowledged that the engagement at that time had not been good enough, "
        "and said that the ICB now published a &lsquo;You said, we did&rsquo; report at "
        "the end of every consultation.")
    + p("<i>Councillor J Leyland left the meeting at this point.</i>")
    + p("Councillor D Fairhurst questioned how the ICB would know whether engagement had "
        "made any difference. Ms Culshaw explained that the ICB Board would receive an "
        "annual impact statement listing the decisions that had changed as a result of "
        "public feedback.")
    + p("The Chair asked that the ICB bring its first impact statement to the Committee "
        "once the framework had been in operation for a year.")
    + resolved("the draft &lsquo;Your Voice Counts&rsquo; framework be noted.", vote="Unanimous"),
    docs=[("Your Voice Counts draft framework", "733 KB")],
))

ITEMS.append(item(
    4109, "46", "Health of Households Living in Temporary Accommodation",
    p("To consider a joint report of the Director of Public Health and the Assistant "
      "Director, Housing Options on the health needs of households placed in temporary "
      "accommodation."),
    p("The Chair reported that the Assistant Director, Housing Options was unable to attend "
      "owing to illness, and that she had asked for the report to include more information "
      "on the number of children living in bed and breakfast accommodation.")
    + resolved("consideration of this item be deferred to the meeting of the Committee on "
               "18 March 2025."),
    docs=[("Temporary Accommodation Health report", "355 KB")],
))

ITEMS.append(item(
    4110, "47", "Work Programme 2024/25",
    p("To consider the Committee&rsquo;s work programme for the remainder of the 2024/25 "
      "municipal year."),
    p("The Scrutiny Officer presented the work programme. Members noted that the report on "
      "temporary accommodation would now be considered in March (minute 46 refers).")
    + p("Councillor D Fairhurst requested that an item on hospital discharge and the use of "
        "short-term care home beds be added for the new municipal year. The Scrutiny Officer "
        "confirmed that this would be included in the draft programme for 2025/26, which "
        "would come to the Committee in June.")
    + resolved("the work programme be agreed, subject to the changes set out above."),
    docs=[("ASCH Scrutiny Work Programme 2024-25", "164 KB")],
))

ITEMS.append(item(
    4111, "48", "Date of Next Meeting",
    p("To note the date of the next meeting."),
    p("Tuesday, 18 March 2025 at 6.00 pm in the Council Chamber, Town Hall."),
))


PAGE_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
<!-- saved from url=(0086)https://democracy.netherwick.gov.uk/ieListDocuments.aspx?CId=412&amp;MId=9318&amp;Ver=4 -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for Adult Social Care and Health Scrutiny Committee on Tuesday, 21st January, 2025, 6.00 pm - Netherwick Borough Council</title>
<link rel="stylesheet" href="./ieListDocuments_files/mgStyles.css" type="text/css" />
<style type="text/css">
.pkGrid { border-collapse: collapse; margin-bottom: 10pt; }
.pkGrid td, .pkGrid th { border: 1px solid #8a8a8a; padding: 2pt 6pt; }
.pkGrid caption { text-align: left; font-weight: bold; }
.pkTick { text-align: center; width: 5em; }
</style>
</head>
<body>
<div id="skip"><a href="#mgMainContent">Skip to main content</a></div>
<div id="pkHeader">
<a href="https://www.netherwick.gov.uk/"><img src="./ieListDocuments_files/nbc_logo.png" alt="Netherwick Borough Council" /></a>
<ul id="pkTopNav">
<li><a href="https://www.netherwick.gov.uk/">Home</a></li>
<li><a href="https://www.netherwick.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.netherwick.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.netherwick.gov.uk/adult-social-care">Adult social care</a></li>
<li><a href="https://www.netherwick.gov.uk/council-and-democracy">Council and democracy</a></li>
</ul>
<form action="https://www.netherwick.gov.uk/search" method="get"><label for="q">Search this site</label> <input type="text" id="q" name="q" /> <input type="submit" value="Go" /></form>
</div>
<div id="mgBreadCrumbs"><ul>
<li><a href="https://www.netherwick.gov.uk/">Home</a> &gt;</li>
<li><a href="mgListCommittees.aspx">Councillors, committees and meetings</a> &gt;</li>
<li><a href="ieDocHome.aspx?bcr=1">Meetings, agendas and minutes</a> &gt;</li>
<li><a href="mgCommitteeDetails.aspx?ID=412">Committee details</a> &gt;</li>
<li>Agenda and minutes</li>
</ul></div>
<div id="mgSideMenu"><ul>
<li><a href="mgMemberIndex.aspx">Your councillors</a></li>
<li><a href="mgWhatsNew.aspx">What's new</a></li>
<li><a href="mgListCommittees.aspx">Committee structure</a></li>
<li><a href="mgCalendarMonthView.aspx">Calendar of meetings</a></li>
<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgPlansHome.aspx">Forward Plan</a></li>
<li><a href="ieDocSearch.aspx">Search documents</a></li>
<li><a href="mgRegisterKeywordInterest.aspx">Subscribe to updates</a></li>
</ul></div>
<div id="mgMainContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Adult Social Care and Health Scrutiny Committee - Tuesday, 21st January, 2025 6.00 pm</h2>
<ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CId=412">Meetings of the Adult Social Care and Health Scrutiny Committee</a></li>
<li><a href="ieIssueDetails.aspx?CId=412&amp;MId=9318">Decisions</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=9318">Attendance</a></li>
</ul>
<p><span class="mgLabel">Venue: </span>Council Chamber, Town Hall, Market Place, Netherwick, NK10 1HP. <a href="mgDirections.aspx?L=3">View directions</a></p>
<p><span class="mgLabel">Contact: </span>Kath Rimmer, Democratic Services Officer&nbsp; Tel: 01632 960418&nbsp; Email: <a href="mailto:democratic.services@netherwick.gov.uk">democratic.services@netherwick.gov.uk</a></p>
<p class="mgWebcast"><span class="mgLabel">Media</span></p>
<ul class="mgActionList"><li><a href="https://netherwick.webcast.example/archive/882140">Webcast for Adult Social Care and Health Scrutiny Committee, Tuesday, 21st January, 2025 6.00 pm</a></li></ul>
<div class="mgLinks"><ul class="mgActionList">
<li><a href="documents/g9318/Public%20reports%20pack%2021st-Jan-2025%2018.00%20Adult%20Social%20Care%20and%20Health%20Scrutiny%20Committee.pdf">Agenda reports pack <span class="mgFileSize">PDF 4 MB</span></a></li>
<li><a href="documents/g9318/Printed%20minutes%2021st-Jan-2025%2018.00%20Adult%20Social%20Care%20and%20Health%20Scrutiny%20Committee.pdf">Printed minutes <span class="mgFileSize">PDF 301 KB</span></a></li>
</ul></div>
"""

PAGE_ITEMS_HEAD = """<div class="mgSectionTitle"><h2>Items</h2></div>
<table class="mgItemTable" summary="Agenda items for this meeting">
<tr><th scope="col" class="mgItemNumberCell">No.</th><th scope="col">Item</th></tr>
"""

PAGE_FOOT = """</table>
<p class="mgMeetingTimes">The meeting started at 6.00 pm and ended at 8.12 pm.</p>
<p class="pkSigned">Chair: ................................................&nbsp;&nbsp;&nbsp; Date: ..............................</p>
</div>
<div id="pkFooter">
<ul>
<li><a href="https://www.netherwick.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.netherwick.gov.uk/privacy">Privacy and cookies</a></li>
<li><a href="https://www.netherwick.gov.uk/contact-us">Contact us</a></li>
<li><a href="https://www.netherwick.gov.uk/foi">Freedom of information</a></li>
</ul>
<p>&copy; Netherwick Borough Council, Town Hall, Market Place, Netherwick NK10 1HP</p>
</div>
</body>
</html>
"""


def minutes_html() -> str:
    return PAGE_HEAD + ATTENDANCE + PAGE_ITEMS_HEAD + "".join(ITEMS) + PAGE_FOOT


# ---------------------------------------------------------------------------
# The paper that is not minutes: a task and finish group's final report (.docx)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)

    def big(text: str, size: int, bold: bool = True, colour: RGBColor | None = None,
            align=None) -> None:
        para = doc.add_paragraph()
        if align is not None:
            para.alignment = align
        run = para.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour

    navy = RGBColor(0x1D, 0x3F, 0x6E)
    big("Netherwick Borough Council", 14, colour=navy)
    big("Adult Social Care and Health Scrutiny Committee", 14, colour=navy)
    big("Home Adaptations and Independent Living", 24, colour=navy)
    big("Final Report of the Task and Finish Group", 16)
    big("January 2025", 12, bold=False)
    doc.add_paragraph()

    def numbered(num: str, text: str) -> None:
        doc.add_paragraph(f"{num}\t{text}")

    doc.add_heading("Chair\u2019s foreword", level=1)
    doc.add_paragraph(
        "Being able to get in and out of your own home, use your own bathroom and climb your "
        "own stairs is something most of us take for granted. For many older and disabled "
        "residents of Netherwick, a stairlift, a level-access shower or a ramp is the "
        "difference between staying at home and moving into residential care. When the "
        "Committee heard last year that some residents were waiting more than a year for a "
        "major adaptation, we agreed that this needed a closer look.")
    doc.add_paragraph(
        "I would like to thank everyone who gave their time to the review, and in particular "
        "the residents and carers who told us about their experiences. Their accounts shaped "
        "every one of our recommendations.")
    doc.add_paragraph("Councillor Diane Fairhurst\nChair of the Task and Finish Group")

    doc.add_heading("1. Summary", level=1)
    numbered("1.1", "The task and finish group met six times between July and December 2024. "
             "We found that the Council spends its Disabled Facilities Grant allocation in "
             "full, but that the average time from a resident\u2019s first contact to a "
             "completed major adaptation is 41 weeks, against a target of 26 weeks.")
    numbered("1.2", "The longest delays occur before the grant application is approved: "
             "waiting for an occupational therapy assessment (an average of 14 weeks) and "
             "waiting for the means test and drawings to be completed (an average of 11 "
             "weeks).")
    numbered("1.3", "We make eight recommendations, set out in section 6. The most important "
             "are a fast-track route for adaptations costing less than \u00a310,000 and a "
             "single point of contact for every resident from assessment to completion.")

    doc.add_heading("2. Why we carried out this review", level=1)
    numbered("2.1", "The review was agreed by the Committee on 11 June 2024 following a "
             "report on the Council\u2019s Housing Assistance Policy. Its terms of reference "
             "were to examine how quickly and fairly the Council delivers home adaptations "
             "and what could be done to help more people live independently at home.")
    numbered("2.2", "The group agreed the following key lines of enquiry:")
    for q in (
        "How long do residents wait at each stage, from first contact to a completed "
        "adaptation?",
        "Why do some residents withdraw from the process before their adaptation is "
        "completed?",
        "Is the Disabled Facilities Grant being used to best effect, and could a wider range "
        "of help be offered under the Council\u2019s discretionary powers?",
        "How well do the Council, registered housing providers and the NHS work together when "
        "a resident needs an adaptation to leave hospital?",
    ):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("3. How we carried out the review", level=1)
    numbered("3.1", "The group was made up of Councillors D Fairhurst (Chair), T Birchall, "
             "M Rahid and A Worrall, with Mrs M Tyrer, the Committee\u2019s co-opted member. "
             "It was supported by Hannah Greenall, Scrutiny Officer.")
    numbered("3.2", "We heard evidence from the witnesses listed below, visited the "
             "Council\u2019s equipment store at Hollin Moss, and spoke with 22 residents and "
             "carers through two drop-in sessions and by telephone.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, ("Date", "Witness", "Organisation or service")):
        cell.text = text
    for row in (
        ("16 July 2024", "Head of Private Sector Housing", "Netherwick Borough Council"),
        ("16 July 2024", "Principal Occupational Therapist", "Adult Social Care"),
        ("10 September 2024", "Home Improvement Agency Manager", "Netherwick Care and Repair"),
        ("10 September 2024", "Director of Assets", "Pemberfield Homes"),
        ("22 October 2024", "Discharge Lead", "Netherwick and Pemberfield Hospitals NHS Trust"),
        ("22 October 2024", "Chief Officer", "Healthwatch Netherwick"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    doc.add_heading("4. What we found", level=1)
    numbered("4.1", "In 2023/24 the Council completed 212 major adaptations funded by the "
             "Disabled Facilities Grant, at a total cost of \u00a32.34m. Stairlifts and "
             "level-access showers made up almost three quarters of the work.")
    numbered("4.2", "The occupational therapy team had four vacant posts for most of 2024. "
             "Residents needing an assessment for a major adaptation are placed on the same "
             "waiting list as residents needing smaller equipment, so that simple cases and "
             "complex cases wait alike.")
    numbered("4.3", "Nearly one in five applicants withdrew before their adaptation was "
             "completed. Residents told us that the means test was confusing and that they "
             "were often unsure who to contact once their assessment had taken place.")
    numbered("4.4", "Tenants of Pemberfield Homes wait longer on average than owner-occupiers, "
             "because responsibility for adaptations costing between \u00a31,000 and "
             "\u00a35,000 is not clearly agreed between the Council and the housing "
             "provider.")
    numbered("4.5", "Hospital staff told us that the lack of a quick route for simple "
             "adaptations sometimes delays discharge, and that patients can remain in "
             "hospital for several days waiting for a key safe, a rail or a second banister.")

    doc.add_heading("5. What residents asked us", level=1)
    numbered("5.1", "During the drop-in sessions residents put a number of questions to the "
             "group. We have set out the most common below, with what we found in "
             "response.")
    qa = doc.add_table(rows=1, cols=2)
    qa.style = "Table Grid"
    qa.rows[0].cells[0].text = "You asked"
    qa.rows[0].cells[1].text = "We found"
    for a, b in (
        ("Why do I have to wait for an assessment when I already know what I need?",
         "An assessment makes sure the adaptation will meet your needs as they change. We "
         "are recommending that trusted assessors in the Home Improvement Agency can assess "
         "simple cases so that these do not wait for an occupational therapist."),
        ("Why is there a means test for a stairlift?",
         "The means test is set nationally for grants above a certain amount. The Council "
         "can use its discretionary powers to waive it for smaller works, and we are "
         "recommending that it does so for work costing less than \u00a310,000."),
        ("Who do I ring to find out what is happening with my application?",
         "At present there is no single answer to this question. We are recommending a named "
         "caseworker for every applicant."),
        ("Can the Council help if I rent from a private landlord?",
         "Yes. Tenants can apply for a grant in the same way as owner-occupiers, but the "
         "landlord must agree to the work. The Council will contact the landlord for you."),
    ):
        cells = qa.add_row().cells
        cells[0].text = a
        cells[1].text = b

    doc.add_heading("6. Recommendations", level=1)
    numbered("6.1", "The task and finish group recommends that Cabinet:")
    rec = doc.add_table(rows=1, cols=3)
    rec.style = "Table Grid"
    for cell, text in zip(rec.rows[0].cells, ("No.", "Recommendation", "Lead")):
        cell.text = text
    for n, (text, lead) in enumerate((
        ("Introduces a fast-track route, without a means test, for adaptations costing less "
         "than \u00a310,000.", "Head of Private Sector Housing"),
        ("Allows trusted assessors in the Home Improvement Agency to assess straightforward "
         "cases.", "Principal Occupational Therapist"),
        ("Creates a separate waiting list for major adaptation assessments, with a target of "
         "six weeks.", "Principal Occupational Therapist"),
        ("Gives every applicant a named caseworker from assessment to completion.",
         "Home Improvement Agency Manager"),
        ("Agrees a written protocol with registered housing providers on responsibility for "
         "adaptations to their homes.", "Head of Private Sector Housing"),
        ("Agrees with the hospital trust a same-week service for key safes, rails and other "
         "minor adaptations needed for discharge.", "Executive Director of Adult Social Care "
         "and Health"),
        ("Publishes waiting times for each stage of the process on the Council\u2019s "
         "website every quarter.", "Head of Private Sector Housing"),
        ("Reports progress on these recommendations to the Committee in six months\u2019 "
         "time.", "Scrutiny Officer"),
    ), 1):
        cells = rec.add_row().cells
        cells[0].text = str(n)
        cells[1].text = text
        cells[2].text = lead

    doc.add_heading("7. Next steps", level=1)
    numbered("7.1", "The Adult Social Care and Health Scrutiny Committee will be asked to "
             "endorse this report at its meeting on 18 March 2025 and to refer it to Cabinet. "
             "Cabinet is required to respond to the recommendations within two months.")

    doc.add_heading("Background papers", level=1)
    doc.add_paragraph("Netherwick Housing Assistance Policy 2022\u20132025; notes of the task "
                      "and finish group\u2019s evidence sessions (available from the Scrutiny "
                      "Officer).")
    contact = doc.add_paragraph()
    contact.add_run("Contact: ").bold = True
    contact.add_run("Hannah Greenall, Scrutiny Officer, scrutiny@netherwick.gov.uk, "
                    "01632 960427")

    section = doc.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = "Home Adaptations Task and Finish Group \u2013 Final Report \u2013 January 2025"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = doc.core_properties
    cp.author = "Hannah Greenall"
    cp.last_modified_by = "Hannah Greenall"
    cp.title = "Home Adaptations and Independent Living - Task and Finish Group Final Report"
    cp.revision = 7
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 9, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item_, text, outcome, themes):
    return {"item": item_, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "38", "title": "Apologies for Absence"},
        {"number": "39", "title": "Declarations of Interest"},
        {"number": "40", "title": "Minutes of the Meeting held on 12 November 2024"},
        {"number": "41", "title": "Public Question Time"},
        {"number": "42", "title": "Home Care Re-procurement \u2013 Proposed Commissioning Model"},
        {"number": "43", "title": "Access to NHS Dental Services"},
        {"number": "44", "title": "Vaping Among Children and Young People"},
        {"number": "45", "title": "Culverdale ICB \u2013 Patient and Public Engagement Framework"},
        {"number": "46", "title": "Health of Households Living in Temporary Accommodation"},
        {"number": "47", "title": "Work Programme 2024/25"},
        {"number": "48", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 41 public question time
        q("41", "question",
          "whether care workers employed by the new providers will be paid",
          "Mr D Heyes",
          "requires every provider to pay at least the Real Living Wage",
          "Councillor B Seddon", ["workforce", "adult-social-care", "subcontracting"]),
        q("41", "question",
          "how would the Council know if providers were complying with this in practice",
          "Mr Heyes",
          "would audit a sample of rotas and pay slips from each provider",
          "Cabinet Member", ["subcontracting", "workforce"]),
        q("41", "question",
          "What is the ICB doing to replace the lost capacity?",
          "Ms C Lyon", None, None, ["primary-care"]),
        # 42 home care re-procurement ("Members raised the following matters:")
        q("42", "question",
          "asked how many of the existing providers were expected to bid",
          "Councillor T Birchall",
          "19 of the 23 current providers had attended the engagement events",
          "Assistant Director", ["subcontracting", "adult-social-care"]),
        q("42", "concern",
          "expressed concern that a zoned model would favour large national companies",
          "Councillor D Fairhurst",
          "each zone had been sized at between 2,800 and 4,200 hours per week",
          None, ["subcontracting", "privatisation", "adult-social-care"]),
        q("42", "question",
          "whether lead providers would be able to pass packages on to other agencies",
          "Councillor S Prescott",
          "subcontracting would only be permitted with the prior written consent of the Council",
          "Assistant Director", ["subcontracting", "adult-social-care"]),
        q("42", "comment",
          "stated his view that the Council should bring home care back in-house",
          "Councillor P McCann",
          "an in-house service would cost an estimated £6.2m a year more",
          "Executive Director", ["privatisation", "subcontracting", "finance",
                                 "adult-social-care"]),
        q("42", "question",
          "asked what weighting would be given to quality as against price",
          "Vice-Chair",
          "quality would account for 60 per cent of the evaluation score",
          None, ["subcontracting"]),
        q("42", "question",
          "asked how people receiving home care, and their carers, had been involved",
          "Mrs M Tyrer",
          "143 people had responded to a survey, two focus groups had been held",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("42", "question",
          "was keen to understand what would happen to the terms and conditions",
          "Councillor A Worrall",
          "TUPE was likely to apply where staff transferred with packages",
          "Assistant Director", ["workforce", "subcontracting"]),
        q("42", "request",
          "requested that the Committee be sent the evaluation criteria and method statement",
          "Councillor J Leyland", None, None, ["subcontracting"]),
        # 43 dentistry
        q("43", "question",
          "asked why the proportion of adults seeing a dentist in Netherwick remained",
          "Chair",
          "the borough had lost a large practice in 2022 which had held",
          "Mr Aspinall", ["primary-care"]),
        q("43", "concern",
          "raised concern about the number of children having teeth removed",
          "Councillor M Rahid",
          "tooth decay was the most common reason for hospital admission among children",
          "Director of Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("43", "question",
          "queried how residents without a regular dentist could get urgent treatment",
          "Councillor T Birchall",
          "NHS 111 could book patients into one of two urgent dental care centres",
          "Ms Tickle", ["primary-care"]),
        q("43", "question",
          "asked what was being done to recruit dentists to the borough",
          "Councillor S Prescott",
          "the ICB was piloting a payment of £20,000 for dentists who committed",
          None, ["primary-care", "workforce"]),
        q("43", "comment",
          "residents who contacted her were routinely told to try practices in neighbouring boroughs",
          "Councillor J Leyland", None, None, ["primary-care"]),
        q("43", "question",
          "asked how much of the ICB's dental budget for Netherwick had gone unspent",
          "Councillor D Fairhurst",
          "£1.9m of the dental allocation for Netherwick was not spent in 2023/24",
          None, ["primary-care", "finance"]),
        # 44 vaping
        q("44", "question",
          "asked what action was taken against shops that were caught selling to children",
          None,
          "a first failed test purchase led to a warning letter",
          "Trading Standards Manager", ["public-health", "children-and-families"]),
        q("44", "concern",
          "expressed concern at the number of vape shops that had opened close to schools",
          "Councillor J Leyland",
          "the Council could not refuse a shop simply because it sold vapes",
          None, ["public-health", "children-and-families"]),
        q("44", "question",
          "asked whether the Council could ban disposable vapes locally",
          "Councillor P McCann",
          "the sale of single-use vapes would become illegal across the country",
          "Director of Public Health", ["public-health"]),
        q("44", "question",
          "asked whether young people themselves had been consulted on the approach",
          "Mrs M Tyrer",
          "the Youth Council had co-designed the 'Clear the Air' campaign",
          None, ["patient-and-public-input", "children-and-families", "public-health"]),
        q("44", "comment",
          "many parents were unaware that illegal vapes could contain far more nicotine",
          "Councillor A Worrall",
          "welcomed the suggestion and agreed to raise it with the Healthy Schools team",
          "Director of Public Health", ["public-health", "children-and-families"]),
        # 45 ICB engagement framework
        q("45", "question",
          "asked how the ICB would reach residents who did not use the internet",
          "Councillor M Rahid",
          "offering paper and telephone options for every consultation",
          "Ms Culshaw", ["patient-and-public-input"]),
        q("45", "comment",
          "residents had felt that the decision had been made before they were asked",
          "Councillor S Prescott",
          "the engagement at that time had not been good enough",
          "Ms Culshaw", ["patient-and-public-input", "primary-care"]),
        q("45", "question",
          "questioned how the ICB would know whether engagement had made any difference",
          "Councillor D Fairhurst",
          "would receive an annual impact statement listing the decisions that had changed",
          "Ms Culshaw", ["patient-and-public-input", "governance"]),
        q("45", "request",
          "asked that the ICB bring its first impact statement to the Committee",
          "Chair", None, None, ["patient-and-public-input"]),
        # 47 work programme
        q("47", "request",
          "requested that an item on hospital discharge and the use of short-term care home beds",
          "Councillor D Fairhurst",
          "this would be included in the draft programme for 2025/26",
          "Scrutiny Officer", ["adult-social-care"]),
    ],
    "resolutions": [
        res("40", "meeting held on 12 November 2024 were AGREED as a correct record",
            "agreed", []),
        res("42", "a full appraisal of an in-house home care service be completed",
            "rejected", ["privatisation", "adult-social-care"]),
        res("42", "Cabinet be RECOMMENDED to approve the zoned model for home care",
            "recommended", ["subcontracting", "adult-social-care", "workforce"]),
        res("43", "the Chair write to the Chief Executive of Culverdale Integrated Care Board",
            "agreed", ["primary-care", "finance"]),
        res("44", "provide the Committee with a briefing on the implementation of the single-use",
            "agreed", ["public-health"]),
        res("45", "the draft 'Your Voice Counts' framework be noted",
            "noted", ["patient-and-public-input"]),
        res("46", "consideration of this item be deferred to the meeting of the Committee",
            "deferred", ["housing"]),
        res("47", "the work programme be agreed, subject to the changes set out above",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor L Ashurst", "Chair", "present"),
        att("Councillor M Rahid", "Vice-Chair", "present"),
        att("Councillor T Birchall", None, "present"),
        att("Councillor D Fairhurst", None, "present"),
        att("Councillor K Houghton", None, "apologies"),
        att("Councillor J Leyland", None, "present"),
        att("Councillor P McCann", None, "present"),
        att("Councillor S Prescott", None, "present"),
        att("Councillor G Unsworth", None, "apologies"),
        att("Councillor J Winstanley", None, "absent"),
        att("Councillor A Worrall", None, "present"),
        att("Mrs M Tyrer", "Co-opted Member, non-voting", "present"),
        att("Mark Holcroft", "Executive Director of Adult Social Care and Health",
            "in_attendance"),
        att("Dr Anjali Rao", "Director of Public Health", "in_attendance"),
        att("Claire Ainscough", "Assistant Director, Integrated Commissioning",
            "in_attendance"),
        att("Lee Fazackerley", "Trading Standards Manager", "in_attendance"),
        att("Hannah Greenall", "Scrutiny Officer", "in_attendance"),
        att("Kath Rimmer", "Democratic Services Officer", "in_attendance"),
        att("Councillor B Seddon", "Cabinet Member for Adult Social Care and Health",
            "in_attendance"),
        att("Jonathan Aspinall",
            "Associate Director of Primary Care, Culverdale Integrated Care Board",
            "in_attendance"),
        att("Emma Tickle",
            "Senior Dental Commissioning Manager, Culverdale Integrated Care Board",
            "in_attendance"),
        att("Rachel Culshaw", "Head of Engagement, Culverdale Integrated Care Board",
            "in_attendance"),
        att("Gillian Pilling", "Chief Officer, Healthwatch Netherwick", "in_attendance"),
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
        parts = [para.text for para in d.paragraphs]
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
    pp, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(pp) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("pk-*.json")):
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
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): "
                          f"{phrase!r}")
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
