#!/usr/bin/env python3
"""Build the "jx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_jx.py           build documents/jx-* and gold/jx-*.json
        build_jx.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "jx-thamesbury-healthier-communities-asc-scrutiny-panel-2025-02-13.html"
REPORT_NAME = "jx-thamesbury-asc-complaints-annual-report-2023-24.pdf"

COMMITTEE = "Healthier Communities and Adult Social Care Scrutiny Panel"

# --------------------------------------------------------------------------------------
# The minutes.  Each item: (number, title, blocks).  Block kinds:
#   ("p", text)             an ordinary paragraph (may hold <br> from Word soft returns)
#   ("bullets", [text..])   Word bullets (Symbol font dot)
#   ("resolved", [text..])  "Resolved -" then one clause, or Word-numbered clauses
#   ("blank",)              an empty Word paragraph (&nbsp;)
# Texts are plain; they are HTML-escaped on output (except the <br> marker "\n").
# --------------------------------------------------------------------------------------

ITEMS = [
    ("1", "Apologies for Absence", [
        ("p", "Apologies for absence were received from Councillors Harriet Obi and Tom Verity."),
        ("p", "Councillor Mark Tennant gave apologies for lateness and arrived during "
              "consideration of Item 5."),
    ]),
    ("2", "Urgent Business", [
        ("p", "There were no items of urgent business."),
    ]),
    ("3", "Declarations of Interest", [
        ("p", "Councillor Dermot Callery declared a personal interest in Item 5 as a patient "
              "registered at Marshbury Health Centre."),
        ("p", "Councillor Olwen Price declared a personal interest in Item 6 as a family member "
              "received home care arranged by the Council."),
        ("resolved", ["That the list of Councillors\u2019 memberships as Council appointed "
                      "representatives on outside bodies, joint committees and school "
                      "governing bodies be noted."]),
    ]),
    ("4", "Minutes", [
        ("resolved", ["That the minutes of the Healthier Communities and Adult Social Care "
                      "Scrutiny Panel meeting held on 5 December 2024 be agreed and signed as "
                      "a true and accurate record."]),
    ]),
    ("5", "Access to GP Services in Thamesbury", [
        ("p", "The Chair welcomed Helen Marchbank, Director of Primary Care (Thamesbury), South "
              "Thames Integrated Care Board (ICB) and Dr Rupert Osei, Clinical Director of the "
              "Marshbury and Sheerwater Primary Care Network (PCN), to the meeting."),
        ("p", "The Director of Primary Care introduced the report, which updated the Panel on "
              "access to general practice in the borough since the Panel\u2019s review in March "
              "2024. She advised that the number of GP appointments delivered in Thamesbury had "
              "risen by 6.2% in the year to December 2024, that 41% of appointments were now "
              "offered on the same day and that the two practices rated \u2018requires "
              "improvement\u2019 by the Care Quality Commission had both since been re-inspected "
              "and rated \u2018good\u2019. The move to cloud-based telephony had been completed at "
              "all 27 practices in the borough, and the ICB\u2019s own survey showed that the "
              "proportion of patients who found it easy to get through to their practice by phone "
              "had improved from 38% to 47%, although this was still below the London average."),
        ("p", "Councillor Akindele asked why residents in the north of the borough were still "
              "reporting that they had to ring at 8am on several mornings in a row before they "
              "could get an appointment. The Director of Primary Care acknowledged that the 8am "
              "rush remained a problem at a small number of practices and said that the ICB was "
              "supporting those practices to move to a total triage model, in which every online "
              "and telephone request was assessed by a clinician on the day; four practices "
              "would move to this model by June 2025."),
        ("p", "Councillor Hussain expressed concern that the move to online triage would exclude "
              "older residents, people without internet access and those whose first language "
              "was not English. The Clinical Director responded that every practice using online "
              "triage was required to keep its telephone and reception routes open and that care "
              "navigators in the PCN had been trained to complete online forms on behalf of "
              "patients who asked for help. Translated guidance had been produced in the "
              "borough\u2019s eight most common community languages."),
        ("p", "In response to a question from the Vice-Chair about the use of the additional "
              "roles in general practice, such as clinical pharmacists, physician associates and "
              "first contact physiotherapists, the Clinical Director explained that the Additional "
              "Roles Reimbursement Scheme now funded 94 posts across the borough\u2019s six PCNs. "
              "He added that until recently practices had not been able to use the scheme to "
              "employ GPs, and that this had left some newly qualified GPs in the area unable to "
              "find work while practices struggled to fill sessions. Councillor Price queried "
              "whether the ICB had any plans to replace the branch surgery at Plumstow Common, "
              "which had closed in September 2024, and said that residents had not been consulted "
              "before it closed. The Director of Primary Care said that the closure had been a "
              "decision of the practice partners, who held the contract, and that the ICB had "
              "required the practice to write to every registered patient; she accepted that the "
              "engagement with patients could have been better and undertook to share the "
              "lessons learned with the Panel. There were no plans to open a new surgery at "
              "Plumstow Common, but the ICB would look at the area again as part of its estates "
              "strategy once the new homes at Thamesreach Wharf were occupied."),
        ("p", "Councillor Tennant commented that many residents did not know that they could see "
              "a community pharmacist under Pharmacy First for seven common conditions without a "
              "GP appointment, and that the ICB and the Council should publicise the service more "
              "widely, including in the Council\u2019s residents\u2019 magazine."),
        ("p", "The Chair asked how many enhanced access appointments were offered in the evenings "
              "and at weekends and whether the ICB knew how many of them went unused. The Director "
              "of Primary Care advised that enhanced access appointments were offered from three "
              "hubs on weekday evenings until 8pm and on Saturdays between 9am and 5pm, and that "
              "on average 86% of the appointments had been used in the last quarter; most of the "
              "unused slots were on Saturday afternoons."),
        ("p", "Imran Qureshi, Chief Executive of Healthwatch Thamesbury, said that the issue "
              "residents had raised most often with Healthwatch in the last six months was "
              "difficulty in getting through to their practice by phone, and asked whether the ICB "
              "would publish the results of its survey for each practice. The Director of Primary "
              "Care said that the practice-level results would be published on the ICB\u2019s "
              "website in March 2025 and that Healthwatch would be sent them in advance."),
        ("resolved", [
            "That the report be noted.",
            "That the ICB be asked to provide the Panel, by the end of April 2025, with "
            "practice-level data on telephone waiting times and appointment availability and a "
            "note of the lessons learned from the closure of the Plumstow Common branch surgery.",
        ]),
    ]),
    ("6", "Home Care Recommissioning \u2013 Pre-decision Scrutiny", [
        ("p", "The Cabinet Member for Health and Adult Social Care introduced the report, which "
              "would be considered by Cabinet on 26 February 2025. She explained that the "
              "Council\u2019s home care contracts with eleven providers, let as a framework in 2019, "
              "would expire on 30 September 2025, and that the report sought approval to procure "
              "a new model in which the borough would be divided into five patches, each with a "
              "lead provider, supported by a smaller framework of approved providers. The model "
              "had been developed following engagement with 340 people who used home care and "
              "their carers, as well as with providers. The Assistant Director, Commissioning and "
              "Market Development added that the total value of the new contracts would be about "
              "\u00a324.6 million a year."),
        ("p", "Councillor Hussain asked why the Council was not considering bringing home care "
              "back in-house, given the concerns residents had raised about the quality of care "
              "from some private providers. The Cabinet Member replied that an in-house service "
              "had been assessed in the options appraisal at Appendix B of the report, but that "
              "it would cost an estimated \u00a35.8 million a year more than the recommended "
              "model, largely because of pension costs and terms and conditions, and could not "
              "be afforded within the Council\u2019s budget. The Council would, however, keep its "
              "in-house reablement service."),
        ("p", "Councillor Akindele expressed concern about the pay of care workers and asked "
              "whether the London Living Wage would be a requirement of the new contracts. The "
              "Assistant Director confirmed that paying the London Living Wage would be a "
              "condition of every contract, that the hourly rate paid to providers had been set "
              "at \u00a325.40 to allow for this, and that providers would also be required to "
              "pay care workers for their travel time between visits."),
        ("p", "The Vice-Chair sought clarification on how the Council would monitor the quality "
              "of care delivered by the lead providers, noting that several providers on the "
              "current framework were rated \u2018requires improvement\u2019 by the CQC. The "
              "Assistant Director explained that the contract management team would carry out "
              "quarterly monitoring visits, that a new electronic call monitoring system would "
              "record when carers arrived and left each visit, and that the views of service "
              "users would be gathered through an annual survey and through Healthwatch "
              "Thamesbury."),
        ("p", "Councillor Price asked what would happen to residents whose current provider was "
              "not successful in the tender, as many had built up relationships with their carers "
              "over several years. The Director of Health and Adult Services said that continuity "
              "of care was the first priority, that any transfer would be phased between October "
              "and December 2025, and that care workers who moved to a new provider would be "
              "protected under TUPE, so that residents could in most cases keep the same carers. "
              "Councillor Tennant asked whether small local agencies would be able to compete "
              "with large national companies for the patches. The Assistant Director advised "
              "that the patches had been sized so that local providers could bid on their own "
              "or in partnership with others, and that the framework would remain open to new "
              "providers every year."),
        ("resolved", [
            "That the report be noted.",
            "That the Panel recommends to Cabinet that payment of the London Living Wage and of "
            "travel time by providers be checked through the annual contract review, and that "
            "the findings be reported to this Panel.",
            "That the Panel\u2019s comments as set out above be referred to Cabinet for "
            "consideration at its meeting on 26 February 2025.",
        ]),
    ]),
    ("7", "Mental Health Crisis Support in Thamesbury", [
        ("p", "Caroline Dunstable, Service Director for Thamesbury, Riverside and Weald NHS "
              "Foundation Trust, gave a presentation on the crisis pathway for adults in the "
              "borough, including the 24-hour crisis line (NHS 111, option 2), the home treatment "
              "team and the Marshbury Crisis Caf\u00e9, which had opened in May 2024 and was run "
              "by a voluntary sector partner, Thamesreach Wellbeing Trust. She reported that the "
              "caf\u00e9 had received 1,870 visits in its first eight months, that 71% of "
              "visitors had said that without it they would have gone to A&E, and that the "
              "average wait for a mental health bed for adults who came to the emergency "
              "department at Queen Adelaide Hospital had fallen from 31 hours to 19 hours."),
        ("p", "Members asked a number of questions, as follows:"),
        ("bullets", [
            "Councillor Callery asked how the Crisis Caf\u00e9 would be funded after March 2026, "
            "when the current grant ended. Ms Dunstable said that the ICB had included the "
            "caf\u00e9 in its mental health investment plans for 2025/26 and that a decision on "
            "longer-term funding would be taken in the autumn.",
            "The Chair expressed concern that people in mental health crisis were still waiting "
            "an average of 19 hours in the emergency department, which she described as "
            "unacceptable. Ms Dunstable agreed that this was far too long and said that the "
            "Trust would open six additional crisis assessment beds at Cedar Lodge in April "
            "2025.",
            "Councillor Akindele requested a breakdown of calls to the crisis line and of "
            "detentions under the Mental Health Act by age and ethnicity, as young Black men "
            "were known to be over-represented in detentions. Ms Dunstable undertook to provide "
            "this to the Panel through the Scrutiny Officer.",
            "Councillor Hussain asked whether the police were still being called to incidents "
            "that should be dealt with by health services since Right Care, Right Person was "
            "introduced. Ms Dunstable advised that the approach had been introduced in phases "
            "since November 2023, that the number of Section 136 detentions in the borough had "
            "fallen by around a fifth, and that joint work with the police was reviewed every "
            "month.",
        ]),
        ("p", "The Panel noted the update and thanked Ms Dunstable for attending."),
    ]),
    ("8", "Health and Adult Services Performance Report \u2013 Quarter 3 2024/25", [
        ("p", "Lorna Fitch, Head of Performance and Intelligence, presented the report, which set "
              "out performance against the directorate\u2019s key indicators for October to "
              "December 2024. Eleven of the seventeen indicators were on target."),
        ("p", "Councillor Price commented that the reablement target, that 82% of older people "
              "should still be at home 91 days after leaving hospital, had not been met in any "
              "quarter this year and that the Panel should consider whether the target was "
              "realistic."),
        ("p", "Councillor Tennant asked why the number of adult safeguarding concerns had risen "
              "by 23% compared with the same quarter last year. The Head of Performance and "
              "Intelligence explained that the increase mainly reflected a change in the way "
              "concerns passed on by the ambulance service were recorded, rather than a rise in "
              "abuse or neglect.\nThe Vice-Chair requested that future reports include the "
              "number of people waiting for a Care Act assessment and how long they had waited. "
              "The Director of Health and Adult Services agreed that this would be included from "
              "the Quarter 4 report."),
        ("resolved", ["That the performance report be noted."]),
    ]),
    ("9", "Scrutiny Panel Work Programme 2024/25", [
        ("p", "The Scrutiny Officer presented the work programme. Members discussed the items for "
              "the last meeting of the municipal year on 10 April 2025 and agreed that the annual "
              "report of the Thamesbury Safeguarding Adults Board and an update on damp and mould "
              "in Council homes and its effect on residents\u2019 health should be added."),
        ("p", "Councillor Hussain requested a briefing on the effect of the rise in employer "
              "National Insurance contributions on the borough\u2019s care providers. The Chair "
              "agreed that officers would circulate a written briefing to Members before the "
              "April meeting."),
        ("resolved", ["That the work programme be agreed, subject to the additions set out "
                      "above."]),
    ]),
]

PRESENT = [
    ("Councillor Asha Penrose", "Chair"),
    ("Councillor Dermot Callery", "Vice-Chair"),
]
PRESENT_LIST = ["Ruth Akindele", "Bilal Hussain", "Olwen Price", "Mark Tennant"]
ALSO_PRESENT = [("Councillor Priya Lindqvist", "Cabinet Member for Health and Adult Social Care")]
OFFICERS = [
    ("Jacqueline Ormsby", "Director of Health and Adult Services"),
    ("Simon Achterberg", "Assistant Director, Commissioning and Market Development"),
    ("Lorna Fitch", "Head of Performance and Intelligence"),
    ("Kwame Boateng-Ellis", "Scrutiny Officer"),
    ("Denise Harrowby", "Committee Services"),
]
IN_ATTENDANCE = [
    ("Helen Marchbank", "Director of Primary Care (Thamesbury), South Thames Integrated Care Board"),
    ("Dr Rupert Osei", "Clinical Director, Marshbury and Sheerwater Primary Care Network"),
    ("Caroline Dunstable", "Service Director for Thamesbury, Riverside and Weald NHS Foundation Trust"),
    ("Imran Qureshi", "Chief Executive, Healthwatch Thamesbury"),
]


def esc(text):
    return html.escape(text, quote=False).replace("\n", "<br>\n")


def p(text, style=None, bold=False):
    st = f" style='{style}'" if style else ""
    body = esc(text)
    if bold:
        body = f"<b>{body}</b>"
    return f"<p class=MsoNormal{st}>{body}<o:p></o:p></p>\n"


BLANK = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"


def word_list(texts, numbered):
    out = []
    for i, t in enumerate(texts):
        if len(texts) == 1:
            cls = "MsoListParagraph"
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif i == len(texts) - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        if numbered:
            marker = (f"<span style='mso-list:Ignore'>{i + 1}.<span style='font:7.0pt "
                      f"\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")
        else:
            marker = ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;"
                      "mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span "
                      "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                      "</span></span></span>")
        out.append(f"<p class={cls} style='margin-left:36.0pt;mso-add-space:auto;"
                   f"text-indent:-18.0pt;mso-list:l{2 if numbered else 0} level1 lfo{i + 1}'>"
                   f"<![if !supportLists]>{marker}<![endif]>{esc(t)}<o:p></o:p></p>\n")
    return "".join(out)


def render_item(number, title, blocks):
    cells = [f"<p class=MsoNormal><b><u>{esc(title)}</u></b><o:p></o:p></p>\n", BLANK]
    for b in blocks:
        kind = b[0]
        if kind == "p":
            cells.append(p(b[1], style="text-align:justify"))
            cells.append(BLANK)
        elif kind == "bullets":
            cells.append(word_list(b[1], numbered=False))
            cells.append(BLANK)
        elif kind == "blank":
            cells.append(BLANK)
        elif kind == "resolved":
            cells.append("<p class=MsoNormal><b>Resolved -<o:p></o:p></b></p>\n")
            cells.append(BLANK)
            if len(b[1]) == 1:
                cells.append(p(b[1][0], style="margin-left:36.0pt;text-align:justify"))
            else:
                cells.append(word_list(b[1], numbered=True))
            cells.append(BLANK)
    return (
        "<tr style='mso-yfti-irow:1'>\n"
        "<td width=57 valign=top style='width:42.5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"<p class=MsoNormal><b>{number}<o:p></o:p></b></p>\n</td>\n"
        "<td width=576 valign=top style='width:432.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        + "".join(cells) +
        "</td>\n</tr>\n"
    )


def attendance_html():
    out = ["<p class=MsoNormal><b>Present:</b><o:p></o:p></p>\n"]
    for name, role in PRESENT:
        out.append(p(f"{name} ({role})", style="margin-left:72.0pt"))
    out.append(p("Councillors " + ", ".join(PRESENT_LIST[:-1]) + " and " + PRESENT_LIST[-1],
                 style="margin-left:72.0pt"))
    out.append(BLANK)
    out.append("<p class=MsoNormal><b>Also Present:</b><o:p></o:p></p>\n")
    for name, role in ALSO_PRESENT:
        out.append(p(f"{name} ({role})", style="margin-left:72.0pt"))
    out.append(BLANK)
    out.append("<p class=MsoNormal><b>Officers:</b><o:p></o:p></p>\n")
    for name, role in OFFICERS:
        out.append(p(f"{name} \u2013 {role}", style="margin-left:72.0pt"))
    out.append(BLANK)
    out.append("<p class=MsoNormal><b>Also in attendance:</b><o:p></o:p></p>\n")
    for name, role in IN_ATTENDANCE:
        out.append(p(f"{name} \u2013 {role}", style="margin-left:72.0pt"))
    out.append(BLANK)
    return "".join(out)


AGENDA_DOCS = {
    "3": [("Councillors' memberships of outside bodies", "PDF", "96 KB")],
    "4": [("Minutes 5 December 2024", "PDF", "188 KB")],
    "5": [("Access to GP Services report", "PDF", "402 KB"),
          ("Appendix A - Practice access dashboard", "PDF", "1 MB")],
    "6": [("Home Care Recommissioning - Cabinet report", "PDF", "611 KB"),
          ("Appendix B - Options appraisal", "PDF", "275 KB"),
          ("Appendix C - Equality impact assessment", "PDF", "233 KB")],
    "7": [("Crisis pathway presentation", "PDF", "2 MB")],
    "8": [("Q3 Performance Report", "PDF", "540 KB")],
    "9": [("Work Programme 2024-25", "PDF", "121 KB")],
}


def build_minutes_html():
    agenda_rows = []
    for number, title, _ in ITEMS:
        docs = "".join(
            f"<li><a class=\"cmisDocLink\" href=\"https://committees.thamesbury.gov.uk/Document.ashx?"
            f"czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=cmis{number}{k}\" title=\"{html.escape(d)}\">"
            f"<img src=\"./ViewMeetingPublic_files/pdf.gif\" alt=\"PDF\"> {html.escape(d)}</a> "
            f"<span class=\"DocSize\">({t}, {s})</span></li>"
            for k, (d, t, s) in enumerate(AGENDA_DOCS.get(number, [])))
        docs_html = f"<ul class=\"ItemDocuments\">{docs}</ul>" if docs else ""
        agenda_rows.append(
            f"<tr class=\"AgendaItemRow\"><td class=\"ItemNumber\">{number}.</td>"
            f"<td class=\"ItemTitle\"><span class=\"AgendaItemTitle\">{esc(title)}</span>"
            f"{docs_html}</td></tr>\n")

    minutes_rows = "".join(render_item(*it) for it in ITEMS)

    minutes_doc = f"""<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>ROYAL BOROUGH OF THAMESBURY<o:p></o:p></span></b></p>
{BLANK}<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt'>Minutes of the meeting of the {COMMITTEE} held in Committee Rooms 4 and 5, Town Hall, Castle Street, Marshbury on Thursday 13 February 2025 at 7.00 pm.<o:p></o:p></span></b></p>
{BLANK}{attendance_html()}
<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-border-insideh:none;mso-border-insidev:none'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
<td width=57 valign=top style='width:42.5pt;padding:0cm 5.4pt 0cm 5.4pt'>
<p class=MsoNormal><b>Item<br>
No.<o:p></o:p></b></p>
</td>
<td width=576 valign=top style='width:432.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</td>
</tr>
{minutes_rows}</table>

{BLANK}<p class=MsoNormal>The meeting ended at 9.37 pm.<o:p></o:p></p>
{BLANK}{BLANK}<p class=MsoNormal style='margin-left:216.0pt'>Chair<o:p></o:p></p>
<p class=MsoNormal style='margin-left:216.0pt'>Date<o:p></o:p></p>
</div>
"""

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0122)https://committees.thamesbury.gov.uk/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/4218/Committee/29/Default.aspx -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head id="Head"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>
	Meetings - {COMMITTEE} - 13/02/2025 19:00 - Royal Borough of Thamesbury
</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Council meetings, agendas, reports and minutes of the Royal Borough of Thamesbury">
<meta id="MetaKeywords" name="KEYWORDS" content="committees, meetings, minutes, agendas, councillors">
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">
<link href="./ViewMeetingPublic_files/default.css" type="text/css" rel="stylesheet">
<link href="./ViewMeetingPublic_files/module.css" type="text/css" rel="stylesheet">
<link href="./ViewMeetingPublic_files/skin.css" type="text/css" rel="stylesheet">
<link href="./ViewMeetingPublic_files/cmis.css" type="text/css" rel="stylesheet">
<script src="./ViewMeetingPublic_files/jquery.js" type="text/javascript"></script>
<script src="./ViewMeetingPublic_files/dnn.js" type="text/javascript"></script>
<style>
<!--
 /* Style Definitions (from the Word minutes) */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:12.0pt;font-family:"Arial",sans-serif;}}
 p.MsoListParagraph, p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast {{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;font-size:12.0pt;font-family:"Arial",sans-serif;}}
 div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>
<body id="Body">
<form method="post" action="./ViewMeetingPublic_files/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTQxNjM5NTg2Mw9kFgJmD2QWAgIBD2QWBAIBDxYCHgRUZXh0ZWQCAw9kFgICAQ9kFgJmD2QWAmYPZBYCAgEPFgIeB1Zpc2libGVoZGSbLr6H0WqHqJ2n">
</div>
<div id="cookieBanner" class="cookie-banner" role="region" aria-label="Cookie banner">
<p>We use cookies to make this site work and to collect information about how you use it. <a href="https://www.thamesbury.gov.uk/cookies">Find out more about cookies</a></p>
<button type="button" class="btn">Accept all cookies</button> <button type="button" class="btn">Reject non-essential cookies</button>
</div>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="siteHeader">
<div class="logo"><a href="https://www.thamesbury.gov.uk/"><img src="./ViewMeetingPublic_files/rbt-logo.png" alt="Royal Borough of Thamesbury"></a></div>
<div class="search"><label for="q">Search this site</label> <input type="text" id="q" name="q"> <input type="submit" value="Search"></div>
<ul id="mainMenu">
<li><a href="https://committees.thamesbury.gov.uk/Home.aspx">Home</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Councillors.aspx">Councillors</a></li>
<li class="selected"><a href="https://committees.thamesbury.gov.uk/Meetings.aspx">Meetings</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Committees.aspx">Committees</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Decisions.aspx">Decisions</a></li>
<li><a href="https://committees.thamesbury.gov.uk/ForwardPlan.aspx">Forward Plan</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Search.aspx">Document search</a></li>
</ul>
</div>
<div id="breadcrumb"><a href="https://committees.thamesbury.gov.uk/Home.aspx">Home</a> &gt; <a href="https://committees.thamesbury.gov.uk/Meetings.aspx">Meetings</a> &gt; <span>View Meeting</span></div>
<div id="content" class="contentPane">
<div id="dnn_ctr397_ModuleContent" class="DNNModuleContent ModCMISViewMeetingPublicC">
<div class="cmisViewMeeting">
<h1 class="MeetingTitle">{COMMITTEE}</h1>
<table class="MeetingDetails" summary="Meeting details">
<tr><th scope="row">Date:</th><td>Thursday, 13 February 2025</td></tr>
<tr><th scope="row">Time:</th><td>19:00</td></tr>
<tr><th scope="row">Venue:</th><td>Committee Rooms 4 &amp; 5, Town Hall, Castle Street, Marshbury, SE29 4TB</td></tr>
<tr><th scope="row">Status:</th><td>Minutes published</td></tr>
<tr><th scope="row">Contact:</th><td>Denise Harrowby, Committee Services<br>020 8921 0000 &nbsp; <a href="mailto:committees@thamesbury.gov.uk">committees@thamesbury.gov.uk</a></td></tr>
</table>
<div class="MeetingDocuments">
<h2>Meeting Documents</h2>
<ul>
<li><a href="https://committees.thamesbury.gov.uk/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=agenda4218"><img src="./ViewMeetingPublic_files/pdf.gif" alt="PDF"> Agenda (PDF, 143 KB)</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=pack4218"><img src="./ViewMeetingPublic_files/pdf.gif" alt="PDF"> Agenda reports pack (PDF, 6 MB)</a></li>
<li><a href="https://committees.thamesbury.gov.uk/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=minutes4218"><img src="./ViewMeetingPublic_files/pdf.gif" alt="PDF"> Printed minutes (PDF, 221 KB)</a></li>
</ul>
</div>
<div class="cmisTabs">
<ul class="tabList"><li class="tab"><a href="#tabAgenda">Agenda</a></li><li class="tab selected"><a href="#tabMinutes">Minutes</a></li><li class="tab"><a href="#tabWebcast">Webcast</a></li></ul>
<div id="tabAgenda" class="tabPanel">
<h2>Agenda</h2>
<table class="AgendaItems" summary="Agenda items">
<tr><th scope="col">Item</th><th scope="col">Title / documents</th></tr>
{"".join(agenda_rows)}</table>
</div>
<div id="tabMinutes" class="tabPanel selected">
<h2>Minutes</h2>
<p class="cmisNote">The minutes below are the HTML version of the printed minutes. The printed minutes, once signed by the Chair, are the formal record of the meeting.</p>
<div class="cmisHtmlDocument">
{minutes_doc}</div>
</div>
<div id="tabWebcast" class="tabPanel">
<h2>Webcast</h2>
<p>This meeting was not webcast.</p>
</div>
</div>
</div>
</div>
</div>
<div id="siteFooter">
<ul class="footerLinks">
<li><a href="https://www.thamesbury.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.thamesbury.gov.uk/privacy">Privacy</a></li>
<li><a href="https://www.thamesbury.gov.uk/contact">Contact us</a></li>
</ul>
<p>&copy; Royal Borough of Thamesbury 2025 &nbsp;|&nbsp; <a href="#Body">Back to top</a></p>
<p class="poweredBy">Powered by CMIS</p>
</div>
</form>
</body>
</html>
"""
    return page


# --------------------------------------------------------------------------------------
# Gold for the minutes
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold():
    items = [{"number": n, "title": t} for n, t, _ in ITEMS]
    questions = [
        # 5 Access to GP Services
        q("5", "question", "still reporting that they had to ring at 8am on several mornings",
          "Councillor Akindele",
          "supporting those practices to move to a total triage model",
          "Director of Primary Care", ["primary-care"]),
        q("5", "concern", "the move to online triage would exclude older residents",
          "Councillor Hussain",
          "required to keep its telephone and reception routes open",
          "Clinical Director", ["primary-care"]),
        q("5", "question", "about the use of the additional roles in general practice",
          "Vice-Chair",
          "Roles Reimbursement Scheme now funded 94 posts across the borough",
          "Clinical Director", ["primary-care", "workforce"]),
        q("5", "question", "plans to replace the branch surgery at Plumstow Common",
          "Councillor Price",
          "she accepted that the engagement with patients could have been better",
          "Director of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("5", "comment", "could see a community pharmacist under Pharmacy First for seven common conditions",
          "Councillor Tennant", None, None, ["primary-care"]),
        q("5", "question", "asked whether the ICB would publish the results of its survey",
          "Imran Qureshi",
          "the practice-level results would be published on the ICB's website",
          "Director of Primary Care", ["primary-care", "patient-and-public-input"]),
        q("5", "question", "how many enhanced access appointments were offered in the evenings",
          "Chair",
          "on average 86% of the appointments had been used in the last quarter",
          "Director of Primary Care", ["primary-care"]),
        # 6 Home care recommissioning
        q("6", "question", "not considering bringing home care back in-house",
          "Councillor Hussain",
          "would cost an estimated £5.8 million a year more than the recommended model",
          "Cabinet Member", ["privatisation", "adult-social-care"]),
        q("6", "concern", "whether the London Living Wage would be a requirement of the new contracts",
          "Councillor Akindele",
          "paying the London Living Wage would be a condition of every contract",
          "Assistant Director", ["workforce", "adult-social-care", "subcontracting"]),
        q("6", "question", "how the Council would monitor the quality of care delivered by the lead providers",
          "Vice-Chair",
          "contract management team would carry out quarterly monitoring visits",
          "Assistant Director", ["subcontracting", "adult-social-care", "governance"]),
        q("6", "question", "whose current provider was not successful in the tender",
          "Councillor Price",
          "continuity of care was the first priority",
          "Director of Health and Adult Services", ["subcontracting", "adult-social-care"]),
        q("6", "question", "whether small local agencies would be able to compete with large national companies",
          "Councillor Tennant",
          "the patches had been sized so that local providers could bid",
          "Assistant Director", ["subcontracting", "adult-social-care"]),
        # 7 Mental health crisis support
        q("7", "question", "how the Crisis Café would be funded after March 2026",
          "Councillor Callery",
          "included the café in its mental health investment plans for 2025/26",
          "Ms Dunstable", ["mental-health", "finance"]),
        q("7", "concern", "people in mental health crisis were still waiting an average of 19 hours",
          "Chair",
          "open six additional crisis assessment beds at Cedar Lodge",
          "Ms Dunstable", ["mental-health"]),
        q("7", "request", "requested a breakdown of calls to the crisis line and of detentions",
          "Councillor Akindele",
          "Ms Dunstable undertook to provide this to the Panel through the Scrutiny Officer",
          "Ms Dunstable", ["mental-health"]),
        q("7", "question", "whether the police were still being called to incidents",
          "Councillor Hussain",
          "the number of Section 136 detentions in the borough had fallen",
          "Ms Dunstable", ["mental-health"]),
        # 8 Performance
        q("8", "comment", "had not been met in any quarter this year",
          "Councillor Price", None, None, ["adult-social-care"]),
        q("8", "question", "why the number of adult safeguarding concerns had risen by 23%",
          "Councillor Tennant",
          "concerns passed on by the ambulance service were recorded",
          "Head of Performance and Intelligence", ["adult-social-care"]),
        q("8", "request", "number of people waiting for a Care Act assessment and how long they had waited",
          "Vice-Chair",
          "agreed that this would be included from the Quarter 4 report",
          "Director of Health and Adult Services", ["adult-social-care"]),
        # 9 Work programme
        q("9", "request", "requested a briefing on the effect of the rise in employer National Insurance",
          "Councillor Hussain",
          "officers would circulate a written briefing to Members before the April meeting",
          "Chair", ["workforce", "finance", "adult-social-care"]),
    ]
    resolutions = [
        r("3", "representatives on outside bodies, joint committees and school governing bodies be noted",
          "noted", []),
        r("4", "held on 5 December 2024 be agreed and signed as a true and accurate record",
          "agreed", []),
        r("5", "practice-level data on telephone waiting times and appointment availability",
          "agreed", ["primary-care"]),
        r("6", "the Panel recommends to Cabinet that payment of the London Living Wage",
          "recommended", ["adult-social-care", "workforce", "subcontracting"]),
        r("7", "The Panel noted the update and thanked Ms Dunstable for attending",
          "noted", ["mental-health"]),
        r("8", "That the performance report be noted", "noted", []),
        r("9", "That the work programme be agreed, subject to the additions set out above",
          "agreed", []),
    ]
    attendees = (
        [{"name": n, "role": role, "attendance": "present"} for n, role in PRESENT]
        + [{"name": n, "role": None, "attendance": "present"} for n in PRESENT_LIST]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in ALSO_PRESENT]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in OFFICERS]
        + [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in IN_ATTENDANCE]
        + [{"name": "Harriet Obi", "role": None, "attendance": "apologies"},
           {"name": "Tom Verity", "role": None, "attendance": "apologies"}]
    )
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-02-13",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


# --------------------------------------------------------------------------------------
# The document that is not minutes: an officer report to the panel (PDF)
# --------------------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_report_pdf(path):
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Royal Borough of Thamesbury", align="L")
            self.cell(0, 5, "Agenda Item 7", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Report(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 31, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Adult Social Care Complaints and Compliments Annual Report 2023/24")
    pdf.set_author("Royal Borough of Thamesbury")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def h(text, size=11):
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def para(text, indent=0):
        pdf.set_font("DejaVu", "", 10)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(num, text):
        pdf.set_font("DejaVu", "", 10)
        y = pdf.get_y()
        pdf.cell(12, 5, num)
        pdf.set_xy(pdf.l_margin + 12, y)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    # front box
    pdf.set_font("DejaVu", "B", 10)
    rows = [
        ("Report title:", "Adult Social Care Complaints and Compliments Annual Report 2023/24"),
        ("Meeting:", f"{COMMITTEE}"),
        ("Date:", "10 April 2025"),
        ("Ward(s):", "All"),
        ("Report of:", "Director of Health and Adult Services"),
        ("Contact:", "Customer Relations Manager (Adults)"),
        ("Key decision:", "No"),
    ]
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(40, 6, label, border=1, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(pdf.l_margin + 40, y)
        pdf.multi_cell(0, 6, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    h("1. Decision required")
    numbered("1.1", "The Panel is asked to note the Adult Social Care Complaints and Compliments "
                    "Annual Report for 2023/24, which the Council must publish each year under the "
                    "Local Authority Social Services and National Health Service Complaints "
                    "(England) Regulations 2009, and to comment on the learning and improvement "
                    "actions in section 6.")
    h("2. Summary")
    numbered("2.1", "The Council received 214 complaints about adult social care in 2023/24, "
                    "compared with 187 in 2022/23, an increase of 14%. 71% were responded to within "
                    "the agreed timescale (target 80%). 39% of complaints were upheld in full or in "
                    "part. The Local Government and Social Care Ombudsman made final decisions on 19 "
                    "complaints and upheld 9, with remedies in 6 cases. The service also received 302 "
                    "compliments.")
    numbered("2.2", "Home care remained the largest single subject of complaints (38%), followed by "
                    "delays in assessment (17%) and charging and financial assessment (15%).")
    h("3. Complaints by service area")
    # small table
    pdf.set_font("DejaVu", "B", 9)
    widths = (70, 30, 30, 40)
    head = ("Service area", "2022/23", "2023/24", "Upheld (full/part)")
    for w, t in zip(widths, head):
        pdf.cell(w, 6, t, border=1)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    data = [
        ("Home care (commissioned)", "64", "81", "37"),
        ("Assessment and care management", "33", "36", "11"),
        ("Charging and financial assessment", "29", "32", "13"),
        ("Residential and nursing care", "24", "22", "8"),
        ("Reablement", "11", "9", "2"),
        ("Other", "26", "34", "12"),
        ("Total", "187", "214", "83"),
    ]
    for row in data:
        for w, t in zip(widths, row):
            pdf.cell(w, 6, t, border=1)
        pdf.ln()
    pdf.ln(4)
    h("4. What people told us")
    para("Examples of what complainants asked us, and how we responded, are set out below. Names "
         "and details have been changed.")
    para("\u201cWhy did the carers keep arriving two hours late for my mother\u2019s lunchtime call, "
         "and why was nobody able to tell me who was coming?\u201d \u2013 The complaint was upheld. "
         "The provider was issued with a default notice and the Council now checks electronic "
         "call monitoring data for late calls every week.", indent=6)
    para("\u201cCan the Council explain why my father\u2019s contribution to his care went up by "
         "\u00a342 a week without any warning?\u201d \u2013 Upheld in part. The reassessment letter "
         "had been sent to an old address. The increase was backdated only from the date the "
         "family was told.", indent=6)
    para("\u201cWhy has it taken five months to get an assessment for a stairlift?\u201d \u2013 Not "
         "upheld, as the delay was caused by the equipment supplier, but the occupational therapy "
         "team has since introduced a weekly review of all cases waiting more than 12 weeks.",
         indent=6)
    h("5. Ombudsman decisions")
    numbered("5.1", "Of the nine complaints upheld by the Ombudsman, five concerned home care and "
                    "two concerned charging. In one case the Ombudsman found that the Council had "
                    "not carried out a carer\u2019s assessment when asked, and recommended a payment "
                    "of \u00a3300 and a review of procedures, which the Council has accepted.")
    h("6. Learning and improvement")
    numbered("6.1", "Actions taken during the year include: a single point of contact for "
                    "complaints about commissioned home care; training for 46 social workers on "
                    "clear written communication; and monthly reports on complaint themes to the "
                    "Adult Social Care Leadership Team.")
    numbered("6.2", "The new home care contracts due to start in October 2025 will require "
                    "providers to report complaints to the Council within five working days.")
    h("7. Questions the Panel may wish to consider")
    for n, t in (("(a)", "Is the Panel assured that lessons from upheld complaints are being acted on "
                         "across the directorate?"),
                 ("(b)", "What more could be done to bring response times back up to the 80% target?"),
                 ("(c)", "How will complaints about commissioned providers be monitored under the new "
                         "home care contracts?")):
        numbered(n, t)
    h("8. Recommendation")
    numbered("8.1", "That the Panel notes the report and agrees any comments it wishes to make to "
                    "the Cabinet Member for Health and Adult Social Care.")
    h("9. Background papers")
    para("Adult Social Care Complaints and Compliments Annual Report 2022/23; LGSCO annual review "
         "letter 2023/24.")
    pdf.output(str(path))


def report_gold():
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# build and check
# --------------------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_texts(path):
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return [soup.get_text(), soup.get_text(" ")]
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return ["\n".join((pg.extract_text() or "") for pg in pdf.pages)]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return ["\n".join(parts)]
    return [path.read_text(encoding="utf-8")]


def check():
    ok = True
    for gpath in sorted(GOLD.glob("jx-*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        texts = [norm(t) for t in doc_texts(doc)]
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                print(f"{gpath.name}: {kind} phrase has {n_words} words: {ph!r}")
                ok = False
            for t in texts:
                c = t.count(norm(ph))
                if c != 1:
                    print(f"{gpath.name}: {kind} phrase found {c} times: {ph!r}")
                    ok = False
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_minutes_html(), encoding="utf-8")
    build_report_pdf(DOCS / REPORT_NAME)
    for g in (minutes_gold(), report_gold()):
        out = GOLD / (Path(g["document"]).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
