#!/usr/bin/env python3
"""Build the "oy-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_oy.py           build documents/oy-* and gold/oy-*.json
        build_oy.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MIN_NAME = "oy-wearbridge-health-wellbeing-scrutiny-2025-03-04.html"
REP_NAME = "oy-wearbridge-icb-dental-access-report.docx"
FIXED = datetime.datetime(2025, 2, 24, 9, 0, 0)

# ----------------------------------------------------------------------------------------
# The minutes (Word document rendered as HTML inside the CMIS page)
# ----------------------------------------------------------------------------------------
COPY = "(for copy report – see original minutes)"

ALSO = [
    ("Mr Graham Kettlewell", "Executive Director of Health, Housing and Communities"),
    ("Ms Alison Dodds", "Director of Public Health"),
    ("Mr Neil Bewick", "Assistant Director of Integrated Commissioning"),
    ("Ms Ruth Pattinson", "Chief Operating Officer, Wear and Tyne Coast NHS Foundation Trust"),
    ("Dr Imran Qureshi", "Clinical Director, Emergency Medicine, Wear and Tyne Coast NHS Foundation Trust"),
    ("Mr Stephen Ord", "Director of Place (Wearbridge), Northern Coast Integrated Care Board"),
    ("Ms Kathryn Lumsden", "Senior Commissioning Manager (Dental), Northern Coast Integrated Care Board"),
    ("Ms Jacqueline Swinburne", "Scrutiny, Mayoral and Members’ Support Coordinator"),
    ("Mr Nigel Craggs", "Scrutiny Officer"),
    ("Mr David Wanless", "Principal Governance Services Officer"),
]

MEMBERS = [  # (name on the CMIS attendance tab, role, attendance)
    ("Councillor Margaret Rowell", "Chair", "Present"),
    ("Councillor Kevin Ashbrook", "Vice-Chair", "Present"),
    ("Councillor Joan Blenkinsop", "Member", "Present"),
    ("Councillor Peter Corrigan", "Member", "Present"),
    ("Councillor Hazel Dunn", "Member", "Present"),
    ("Councillor Alan Fenwick", "Member", "Apologies"),
    ("Councillor Lynne Gowland", "Member", "Present"),
    ("Councillor Sarah Hindmarsh", "Member", "Present"),
    ("Councillor Thomas Laverick", "Member", "Present"),
    ("Councillor Denise McArdle", "Member", "Apologies"),
    ("Councillor Paul Scorer", "Member", "Absent"),
    ("Councillor Anne Tindle", "Member", "Present"),
    ("Councillor Colin Tindle", "Member", "Present"),
]

BODY = [
    ("title", "HEALTH AND WELLBEING SCRUTINY COMMITTEE"),
    ("p", "At a meeting of the HEALTH AND WELLBEING SCRUTINY COMMITTEE held in the CITY HALL "
          "on TUESDAY, 4th MARCH, 2025 at 5.30 p.m."),
    ("b", "Present:-"),
    ("p", "Councillor Rowell in the Chair"),
    ("p", "Councillors Ashbrook, Blenkinsop, Corrigan, Dunn, Gowland, Hindmarsh, Laverick, "
          "A. Tindle and C. Tindle."),
    ("b", "Also in attendance:-"),
    ("also", None),

    ("h", "Apologies for Absence"),
    ("p", "Apologies for absence were submitted to the meeting on behalf of Councillors "
          "Fenwick and McArdle."),

    ("h", "Minutes of the last meeting of the Committee held on 4th February, 2025"),
    ("res", "1.", "that the minutes of the last meeting of the Committee held on 4th February, "
                  "2025 (copy circulated) be confirmed and signed as a correct record."),

    ("h", "Declarations of Interest (including Whipping Declarations)"),
    ("p", "Councillor Hindmarsh declared a personal interest in the item relating to Urgent "
          "and Emergency Care as a member of her family was employed by the Wear and Tyne "
          "Coast NHS Foundation Trust."),
    ("p", "There were no whipping declarations."),

    ("h", "Urgent and Emergency Care – Winter 2024/25 Update"),
    ("p", "The Chief Operating Officer, Wear and Tyne Coast NHS Foundation Trust submitted a "
          "report (copy circulated) which provided the Committee with an update on the "
          "performance of urgent and emergency care services at Wearbridge Royal Hospital over "
          "the winter period and the actions which had been taken by the Trust and its "
          "partners to manage demand."),
    ("p", COPY),
    ("p", "Ms Pattinson presented the report and advised that the Emergency Department had "
          "experienced its busiest December on record, with an average of 412 attendances a "
          "day, and that the peak in flu admissions in the first two weeks of January had "
          "placed significant pressure on bed capacity across the hospital. Performance "
          "against the four hour standard had been 71.8% in January, against a national "
          "target of 78% by March 2025, and the Trust had opened an additional 24 escalation "
          "beds during the period. She also referred to the opening of the Same Day Emergency "
          "Care unit in November, which was now seeing around 60 patients a day who would "
          "previously have been admitted, and to the joint work with the North Coast Ambulance "
          "Service to reduce handover delays. Uptake of the flu vaccination among the Trust’s "
          "own staff stood at 52%, which was an improvement on the previous year but still "
          "below the level the Trust would wish to see."),
    ("p", "Councillor Ashbrook referred to the figures on ambulance handovers within the "
          "report and asked how many patients had waited more than an hour to be handed over "
          "to the Emergency Department during January. Ms Pattinson advised that there had "
          "been 186 handovers over sixty minutes in January, compared with 301 in the same "
          "month the previous year, and that the introduction of a dedicated ambulance "
          "receiving area staffed by a nurse and a healthcare assistant had been the main "
          "reason for the improvement."),
    ("p", "Councillor Gowland expressed concern at reports in the local press of patients "
          "being cared for on trolleys in corridors for long periods and questioned whether "
          "this was now being treated as normal practice. Dr Qureshi acknowledged that "
          "corridor care had been used on a number of occasions during the peak weeks and "
          "stated that it was not something that the Trust or its clinicians considered "
          "acceptable; every patient in an escalation area had a named nurse and was risk "
          "assessed every hour, and each occurrence was reported through the Trust’s "
          "incident reporting system and to the Board."),
    ("p", "In response to a question from Councillor Corrigan regarding the number of "
          "patients who were medically fit for discharge but remained in hospital, Mr "
          "Kettlewell explained that on the day of the last snapshot there had been 38 such "
          "patients, of whom 11 were awaiting a package of care at home and the remainder "
          "were awaiting a placement in a care home or an assessment under the discharge to "
          "assess arrangements. The Council’s reablement service had taken on an additional "
          "40 hours a week of capacity over the winter, funded through the Better Care Fund, "
          "and the joint discharge team based at the hospital now met every morning to review "
          "each patient."),
    ("p", "Councillor A. Tindle asked about the Trust’s reliance on agency and bank staff to "
          "open the escalation beds and what this had cost. Ms Pattinson stated that nurse "
          "vacancies in the medical wards had fallen to 6% following a successful "
          "international recruitment campaign, but the escalation beds had been staffed "
          "largely through the Trust’s own bank; agency spend for the year to date was "
          "£4.2m, which was £1.1m lower than at the same point in 2023/24, and she undertook "
          "to provide Members with the figures for the winter period alone."),
    ("p", "Members queried whether the Same Day Emergency Care unit would open at weekends, "
          "and were informed that weekend opening would begin on a trial basis from April, "
          "subject to the recruitment of two additional consultants."),
    ("p", "Councillor Dunn commented that many residents did not understand the difference "
          "between the Urgent Treatment Centre at Hylworth Road and the Emergency Department, "
          "and that clearer messaging about where to go, particularly for older people and "
          "families with young children, would help to ease the pressure on the hospital."),
    ("p", "Councillor Hindmarsh requested that future reports include a breakdown of "
          "attendances at the Emergency Department by ward, so that Members could see "
          "whether particular communities were more reliant on the hospital than others. Ms "
          "Pattinson agreed to include this information in the next update to the "
          "Committee."),
    ("p", "The Chair thanked Ms Pattinson and Dr Qureshi for their attendance and asked that "
          "the Committee’s thanks be passed on to staff at the hospital for their efforts "
          "over a very difficult winter, and it was:-"),
    ("res", "2.", "that the report and the update on winter performance be received and noted."),

    ("pb", None),
    ("h", "Access to NHS Dental Services"),
    ("p", "The Northern Coast Integrated Care Board submitted a report (copy circulated) "
          "which updated the Committee on access to NHS dental services in Wearbridge and on "
          "the progress of the ICB’s dental recovery plan."),
    ("p", COPY),
    ("p", "Mr Ord and Ms Lumsden were in attendance to present the report. Ms Lumsden advised "
          "that the ICB had taken on responsibility for commissioning primary, secondary and "
          "community dental services from NHS England in April 2023. There were 31 practices "
          "in the city holding an NHS contract, two fewer than in 2022, and 47.2% of the "
          "adult population had been seen by an NHS dentist in the previous 24 months, "
          "compared with 41.9% for England as a whole. The ICB had commissioned additional "
          "urgent care sessions from fourteen practices and had introduced a payment to "
          "practices for each new patient seen who had not had a course of NHS treatment in "
          "the previous two years."),
    ("p", "Councillor Laverick asked how many of the practices in the city were currently "
          "accepting new adult NHS patients. Ms Lumsden stated that at the end of January six "
          "practices had been accepting new adult patients, although the position changed "
          "from week to week and residents were advised to check the NHS website or to "
          "contact practices directly."),
    ("p", "Councillor Blenkinsop raised concerns that constituents who contacted practices "
          "were frequently told that they could be seen straight away if they paid "
          "privately but would have to wait many months for an NHS appointment, which in "
          "her view amounted to a two-tier service. Mr Ord responded that practices were "
          "independent businesses which were free to offer private treatment alongside "
          "their NHS contract, and that the national dental contract, which was based on "
          "units of dental activity, had made NHS work less attractive to many dentists; the "
          "ICB had lobbied for reform of the contract and was using the flexibilities "
          "available to it locally."),
    ("p", "Councillor C. Tindle asked whether the supervised toothbrushing programme in "
          "early years settings would be extended to primary schools. The Director of Public "
          "Health explained that the programme currently reached 62 nurseries and family "
          "hubs in the areas with the highest levels of tooth decay, and that the Council had "
          "received confirmation of national funding for 2025/26 which would allow the scheme "
          "to be extended to reception classes in around twenty primary schools from "
          "September."),
    ("p", "The Chair sought clarification on the arrangements for patients needing urgent "
          "dental treatment out of hours, noting that she had been contacted by a resident "
          "who had travelled to Hexley for an appointment. Ms Lumsden advised that urgent out "
          "of hours care was accessed through NHS 111 and was provided from a hub in the city "
          "centre on weekday evenings and at weekends; however, at times of high demand "
          "patients could be offered an appointment elsewhere in the region."),
    ("p", "Councillor Gowland commented that it was unacceptable that children in the city "
          "were still having teeth extracted under general anaesthetic for what was a "
          "preventable condition, and that the Committee should continue to press the ICB "
          "on this issue."),
    ("p", "Mr Ord undertook to return to the Committee once the outcome of the national "
          "consultation on changes to the dental contract was known, and it was:-"),
    ("res", "3.", "that:-"),
    ("clause", "(i)", "the report be received and noted; and"),
    ("clause", "(ii)", "a further update on the dental recovery plan be provided to the "
                       "Committee in the 2025/26 municipal year."),

    ("h", "Care Home Fees and Market Sustainability 2025/26"),
    ("p", "The Executive Director of Health, Housing and Communities submitted a report "
          "(copy circulated) which set out the proposed fee rates for residential and "
          "nursing care homes for older people for 2025/26 and the current position of the "
          "care home market in the city, in advance of the consideration of the proposals by "
          "the Cabinet."),
    ("p", COPY),
    ("p", "Mr Bewick presented the report and informed Members that there were 43 care homes "
          "for older people in Wearbridge providing 1,790 beds, with an average occupancy "
          "rate of 89%. Following consultation with providers, it was proposed that the "
          "standard residential rate would increase by 7.9% to £812 a week and the nursing "
          "rate by 8.1%, reflecting the increase in the National Living Wage to £12.21 an "
          "hour from April and the changes to employers’ national insurance contributions "
          "announced in the Autumn Budget. The total cost of the uplift was estimated at "
          "£6.3m, which would be met from the adult social care budget and the Social Care "
          "Grant."),
    ("p", "Councillor Hindmarsh referred to the Care Quality Commission ratings set out in "
          "appendix 2 and asked what action was taken when a home was rated as requires "
          "improvement. Mr Bewick stated that eight homes in the city currently held that "
          "rating; the Council’s quality assurance team visited each of them at least "
          "monthly, agreed an improvement plan with the provider and, where necessary, "
          "suspended new placements until the concerns had been addressed."),
    ("p", "Councillor Corrigan expressed concern that a growing number of homes in the city "
          "were owned by national companies backed by private equity, and asked what would "
          "happen to residents if one of those companies were to fail. Mr Kettlewell advised "
          "that the Care Quality Commission operated a market oversight scheme for the "
          "largest providers and that the Council had a provider failure protocol which had "
          "been used successfully when a home in Hylworth closed at short notice in 2023; he "
          "agreed that it was important that public money paid in fees was spent on care "
          "and not on servicing debt."),
    ("p", "Councillor Dunn asked whether the proposed increase would be enough to allow "
          "homes to pay care staff the Real Living Wage. Mr Bewick replied that the fee "
          "model assumed that care workers would be paid £12.60 an hour, which was above the "
          "statutory minimum, but the Council was not able to require providers to pay a "
          "particular rate; staff turnover in the sector had fallen from 31% to 24% over the "
          "past two years."),
    ("p", "Councillor Ashbrook asked how the views of residents and their families had been "
          "taken into account. Mr Bewick advised that the findings of the annual survey of "
          "care home residents and Healthwatch Wearbridge’s enter and view visits had "
          "informed the quality framework which sat alongside the fee proposals, although "
          "the fee levels themselves were set following consultation with providers."),
    ("p", "Following discussion, the Committee agreed that arrangements be made for Members "
          "to visit two care homes in the city before the summer recess."),
    ("res", "4.", "that the Committee note the proposed fee rates for 2025/26 and the "
                  "position of the care home market as set out in the report."),

    ("pb", None),
    ("h", "Scrutiny Policy Review 2024/25 – Loneliness and Social Isolation in Later Life: "
          "Draft Recommendations"),
    ("p", "The Scrutiny, Mayoral and Members’ Support Coordinator submitted a report (copy "
          "circulated) which presented the draft recommendations arising from the "
          "Committee’s policy review into loneliness and social isolation in later life for "
          "Members’ consideration and agreement."),
    ("p", COPY),
    ("p", "Mr Craggs took Members through the evidence gathered over the course of the "
          "review, which had included evidence sessions with the Council’s Community "
          "Resilience team, Age Concern Wearbridge, the Wearbridge Carers Centre and the "
          "five Area VCS Networks, a visit to the Hylworth Community Hub and a survey which "
          "had been completed by 214 older residents. The draft recommendations were set "
          "out in section 6 of the report."),
    ("p", "Councillor Laverick commented that the loss of bus routes serving the outlying "
          "estates was a significant cause of isolation for older people and suggested that "
          "the recommendation on community transport be strengthened to ask the Cabinet to "
          "raise the matter with the Combined Authority. Mr Craggs confirmed that the "
          "recommendation would be revised accordingly before the final report was "
          "submitted."),
    ("p", "Councillor A. Tindle requested that the final report make specific reference to "
          "unpaid carers, who were themselves at risk of becoming isolated."),
    ("res", "5.", "that the draft recommendations of the policy review, as amended, be agreed "
                  "and the final report be submitted to the Cabinet."),

    ("h", "Annual Work Programme 2024/25"),
    ("p", "The Scrutiny, Mayoral and Members’ Support Coordinator submitted a report (copy "
          "circulated) attaching, for Members’ information, the work programme for the "
          "Committee’s work during the 2024/25 council year."),
    ("p", COPY),
    ("p", "Ms Swinburne advised that this was the last meeting of the municipal year and that "
          "a workshop would be held in June to develop the work programme for 2025/26."),
    ("p", "Councillor Dunn asked that mental health crisis services, and in particular the "
          "waiting times for assessment by the crisis team, be considered for inclusion in "
          "next year’s programme. Ms Swinburne confirmed that this would be added to the "
          "list of suggested topics for the workshop."),
    ("res", "6.", "that the information contained in the work programme be received and noted."),

    ("h", "Notice of Key Decisions"),
    ("p", "The Scrutiny, Mayoral and Members’ Support Coordinator submitted a report (copy "
          "circulated) providing Members with an opportunity to consider the items on the "
          "Executive’s Notice of Key Decisions for the 28 day period from 18th February, "
          "2025."),
    ("p", COPY),
    ("p", "Councillor Corrigan referred to the proposed extension of the Integrated Wellness "
          "Service contract (reference 250211/931) and queried why the service was not being "
          "re-tendered. Ms Swinburne indicated that she would seek a written response from "
          "the relevant officers and circulate it to Members."),
    ("res", "7.", "that the Notice of Key Decisions be received and noted."),

    ("p", "The Chair then closed the meeting having thanked Members and Officers for their "
          "attendance and contributions to the meeting, and in particular thanked Councillor "
          "Laverick, who was not seeking re-election in May, for his work on the Committee."),
    ("sig", "(Signed) M. ROWELL,\nChair."),
]

SPAN = "<span lang=EN-GB style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>"


def wrap(text):
    """Escape and wrap like Word's HTML export (hard line breaks in the source)."""
    return "\n".join(textwrap.wrap(html.escape(text, quote=False), 74))


def minutes_html():
    out = []
    for block in BODY:
        kind = block[0]
        if kind == "title":
            out.append("<p class=MsoTitle align=center style='text-align:center'><b>" + SPAN
                       + wrap(block[1]) + "</span></b></p>")
        elif kind == "h":
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
            out.append("<p class=MsoNormal style='page-break-after:avoid'><b>" + SPAN
                       + wrap(block[1]) + "</span></b></p>")
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
        elif kind == "b":
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
            out.append("<p class=MsoNormal><b>" + SPAN + wrap(block[1]) + "</span></b></p>")
        elif kind == "p":
            out.append("<p class=MsoNormal style='text-align:justify'>" + SPAN
                       + wrap(block[1]) + "</span></p>")
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
        elif kind == "res":
            out.append("<p class=MsoNormal style='margin-left:36.0pt;text-align:justify;"
                       "text-indent:-36.0pt'>" + SPAN + block[1]
                       + "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                       "&nbsp; </span><b>RESOLVED</b> " + wrap(block[2]) + "</span></p>")
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
        elif kind == "clause":
            out.append("<p class=MsoNormal style='margin-left:72.0pt;text-align:justify;"
                       "text-indent:-36.0pt'>" + SPAN + block[1]
                       + "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                       "&nbsp; </span>" + wrap(block[2]) + "</span></p>")
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
        elif kind == "also":
            out.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
                       "style='border-collapse:collapse'>")
            for name, post in ALSO:
                out.append(" <tr>\n  <td width=200 valign=top style='width:150.0pt;padding:0cm 5.4pt'>"
                           "<p class=MsoNormal>" + SPAN + html.escape(name) + "</span></p></td>\n"
                           "  <td width=30 valign=top style='width:22.0pt;padding:0cm 5.4pt'>"
                           "<p class=MsoNormal>" + SPAN + "–</span></p></td>\n"
                           "  <td width=380 valign=top style='width:285.0pt;padding:0cm 5.4pt'>"
                           "<p class=MsoNormal>" + SPAN + wrap(post) + "</span></p></td>\n </tr>")
            out.append("</table>")
        elif kind == "pb":
            out.append("<span lang=EN-GB style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>"
                       "<br clear=all style='mso-special-character:line-break;"
                       "page-break-before:always'>\n</span>")
        elif kind == "sig":
            out.append("<p class=MsoNormal>" + SPAN + "<o:p>&nbsp;</o:p></span></p>")
            out.append("<p class=MsoNormal>" + SPAN
                       + "<br>".join(html.escape(x) for x in block[1].split("\n"))
                       + "</span></p>")
    return "\n".join(out)


NAV = [
    ("Residents", ["Transport and streets", "Waste and recycling", "Elections", "Council tax",
                   "Housing Benefit and Council Tax Support", "View All Residents Sections"]),
    ("Business", ["Business support and advice", "Business rates", "Licensing",
                  "Planning and building control", "View All Business Sections"]),
    ("Your Council", ["Your Councillors", "Committee meetings", "Committees", "Transparency",
                      "Financial information", "Scrutiny Committees",
                      "Health and wellbeing scrutiny committee",
                      "View All Your Council Sections"]),
]

CMIS_MENU = ["Home", "Committees and Notices", "Committees from May 2016", "2015-16",
             "2014-15", "Outside Bodies", "Meetings", "Elections", "Members",
             "Public Documents", "Members Library", "Search", "Feedback", "Help"]

DOCUMENTS = [
    ("Agenda Front 4 March 2025", "PDF", "118 KB"),
    ("Minutes of meeting held on 4 February 2025", "PDF", "204 KB"),
    ("Urgent and Emergency Care Winter Update report", "PDF", "512 KB"),
    ("Access to NHS Dental Services report", "PDF", "388 KB"),
    ("Care Home Fees and Market Sustainability 2025-26 report", "PDF", "644 KB"),
    ("Care Home Fees Appendix 2 - CQC ratings", "PDF", "96 KB"),
    ("Loneliness and Social Isolation Policy Review draft recommendations", "PDF", "301 KB"),
    ("Annual Work Programme 2024-25", "PDF", "87 KB"),
    ("Notice of Key Decisions 18 February 2025", "PDF", "152 KB"),
    ("Minutes 4 March 2025", "PDF", "221 KB"),
]


def cmis_page():
    h = []
    a = h.append
    a("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
    a("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">")
    a("<!-- saved from url=(0131)https://committees.wearbridge.gov.uk/committees/cmis5/Meetings/"
      "tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/12288/Committee/1961/Default.aspx -->")
    a("<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">")
    a("<title>Meeting Details - Health and Wellbeing Scrutiny Committee, 04 Mar 2025 - "
      "Wearbridge City Council</title>")
    a("<link href=\"./Default_files/default.css\" type=\"text/css\" rel=\"stylesheet\">")
    a("<link href=\"./Default_files/skin.css\" type=\"text/css\" rel=\"stylesheet\">")
    a("<link href=\"./Default_files/module.css\" type=\"text/css\" rel=\"stylesheet\">")
    a("<script type=\"text/javascript\" src=\"./Default_files/jquery.js\"></script>")
    a("<script type=\"text/javascript\">var dnn_ctr410_ViewMeetingPublic_tabs = "
      "{selected: 0};</script>")
    a("</head>")
    a("<body id=\"Body\">")
    a("<form method=\"post\" action=\"./Default.aspx\" id=\"Form\">")
    a("<div class=\"aspNetHidden\"><input type=\"hidden\" name=\"__VIEWSTATE\" "
      "id=\"__VIEWSTATE\" value=\"/wEPDwUKMTY1NDU2MTA1Mg9kFgQCAQ9kFgICCA8WAh4EVGV4dAV\"></div>")
    a("<a class=\"skip\" href=\"#content\">Skip to main content</a>")
    a("<a class=\"skip\" href=\"#content\">Skip to main content</a>")
    a("<div id=\"siteHeader\"><div class=\"wrapper\">")
    a("<a href=\"#\" class=\"mobileToggle\">Toggle Mobile Menu Visibility</a>")
    a("<ul class=\"utility\"><li><a href=\"#\">Sign up to email alerts</a></li>"
      "<li><a href=\"#\">Customer Service Centre</a></li></ul>")
    a("<a href=\"#\" class=\"logo\"><img src=\"./Default_files/logo.png\" "
      "alt=\"Wearbridge City Council\"></a>")
    a("<ul class=\"mainNav\">")
    for top, subs in NAV:
        a(" <li><a href=\"#\">" + html.escape(top) + "</a><ul>")
        for s in subs:
            a("  <li><a href=\"#\">" + html.escape(s) + "</a></li>")
        a(" </ul></li>")
    a("</ul></div></div>")
    a("<div id=\"cmisMenu\"><ul>")
    for m in CMIS_MENU:
        a(" <li><a href=\"#\">" + m + "</a></li>")
    a("</ul><div class=\"login\"><a href=\"#\">Meetings</a> | <a href=\"#\">Login</a></div></div>")
    a("<div id=\"content\" class=\"contentPane\">")
    a("<div class=\"DnnModule DnnModule-CMIS-ViewMeetingPublic DnnModule-410\">")
    a("<h1 class=\"Head\">Meeting Details</h1>")
    a("<div class=\"MeetingSummary\"><h2>Meeting Summary</h2>")
    a("<table class=\"MeetingSummaryTable\" summary=\"Meeting details\">")
    for k, v in [("Committee:", "Health and Wellbeing Scrutiny Committee"),
                 ("Date/Time:", "04 Mar 2025 - 17:30"), ("Status:", "Occurred"),
                 ("Venue:", "Council Chamber, City Hall")]:
        a(" <tr><th scope=\"row\">" + k + "</th><td>" + html.escape(v) + "</td></tr>")
    a("</table><a href=\"#\" class=\"calendar\">Add to my Calendar</a></div>")

    a("<div id=\"MeetingTabs\" class=\"ui-tabs\"><ul class=\"ui-tabs-nav\">")
    for t in ["Documents", "Attendance", "Visitors", "Declarations of Interests"]:
        a(" <li><a href=\"#tab-" + t.split()[0].lower() + "\">" + t + "</a></li>")
    a("</ul>")
    a("<div id=\"tab-documents\" class=\"ui-tabs-panel\"><h3>Documents</h3>")
    a("<table class=\"DocumentsTable\"><thead><tr><th>Document</th><th>Type</th><th>Size</th>"
      "</tr></thead><tbody>")
    for title, typ, size in DOCUMENTS:
        a(" <tr><td><a href=\"#\" class=\"Document\">" + html.escape(title) + "</a></td><td>"
          + typ + "</td><td>" + size + "</td></tr>")
    a("</tbody></table></div>")
    a("<div id=\"tab-attendance\" class=\"ui-tabs-panel\"><h3>Attendance</h3>")
    a("<table class=\"AttendanceTable\" summary=\"Attendance\"><thead><tr><th>Attendee</th>"
      "<th>Role</th><th>Attendance</th></tr></thead><tbody>")
    for name, role, att in MEMBERS:
        a(" <tr><td><a href=\"#\">" + name + "</a></td><td>" + role + "</td><td>" + att
          + "</td></tr>")
    a("</tbody></table></div>")
    a("<div id=\"tab-visitors\" class=\"ui-tabs-panel\"><h3>Visitors</h3>"
      "<p class=\"NoRecords\">No Visitors found</p></div>")
    a("<div id=\"tab-declarations\" class=\"ui-tabs-panel\"><h3>Declarations of Interests</h3>")
    a("<table class=\"DeclarationsTable\"><thead><tr><th>Member</th><th>Item</th>"
      "<th>Type of Interest</th><th>Nature of Interest</th></tr></thead><tbody>")
    a(" <tr><td>Councillor Sarah Hindmarsh</td><td>Urgent and Emergency Care &#8211; Winter "
      "2024/25 Update</td><td>Personal</td><td>Family member employed by the Foundation "
      "Trust</td></tr>")
    a("</tbody></table></div>")
    a("</div>")

    a("<div class=\"MeetingMinutes\"><h2>Minutes</h2>")
    a("<div class=\"PublishedDocument\" lang=EN-GB style='tab-interval:36.0pt'>")
    a("<div class=WordSection1>")
    a(minutes_html())
    a("</div></div></div>")
    a("</div></div>")
    a("<div id=\"siteFooter\"><div class=\"wrapper\">")
    a("<ul><li><a href=\"#\">Accessibility</a></li><li><a href=\"#\">Privacy notice</a></li>"
      "<li><a href=\"#\">Cookies</a></li><li><a href=\"#\">Contact us</a></li></ul>")
    a("<p>&copy; Wearbridge City Council 2025. City Hall, Plater Way, Wearbridge, WB1 1RG</p>")
    a("<p class=\"cmisVersion\">CMIS 5.4 &ndash; Civica</p>")
    a("</div></div>")
    a("<div id=\"cookieBanner\"><p>We use cookies to make this website work and to collect "
      "information about how you use it.</p><a href=\"#\">Accept all cookies</a> "
      "<a href=\"#\">Reject optional cookies</a></div>")
    a("</form></body></html>")
    return "\n".join(h) + "\n"


# ----------------------------------------------------------------------------------------
# The report (not minutes): a partner's report to the committee, Word
# ----------------------------------------------------------------------------------------
REPORT = [
    ("title", "HEALTH AND WELLBEING SCRUTINY COMMITTEE"),
    ("title", "4 MARCH 2025"),
    ("title", "ACCESS TO NHS DENTAL SERVICES IN WEARBRIDGE"),
    ("title", "REPORT OF THE NORTHERN COAST INTEGRATED CARE BOARD"),
    ("h", "1.\tPurpose of the Report"),
    ("p", "1.1\tTo provide the Committee with an update on access to NHS dental services in "
          "Wearbridge, the actions taken by the Integrated Care Board (ICB) under its dental "
          "recovery plan and responses to the questions raised by Members at the meeting held "
          "on 5 November 2024."),
    ("h", "2.\tBackground"),
    ("p", "2.1\tResponsibility for commissioning NHS dental services passed from NHS England "
          "to the ICB on 1 April 2023. The ICB commissions primary care dental services under "
          "the national General Dental Services contract, together with community dental "
          "services, orthodontics and urgent dental care."),
    ("p", "2.2\tNHS dental practices are independent providers. They are paid for the units of "
          "dental activity (UDAs) they deliver and may also offer treatment on a private "
          "basis. Practices are not registered with patients in the way that GP practices "
          "are, and there is no geographical catchment."),
    ("h", "3.\tCurrent Position"),
    ("p", "3.1\tThere are 31 dental practices in Wearbridge holding an NHS contract. Two "
          "practices handed back their contracts during 2022/23; the UDAs released have been "
          "re-commissioned on an interim basis from neighbouring practices."),
    ("p", "3.2\tIn the 24 months to December 2024, 47.2% of adults and 61.5% of children in "
          "Wearbridge were seen by an NHS dentist. Both figures are above the England "
          "average but below pre-pandemic levels."),
    ("p", "3.3\tDelivery of contracted activity across the city in 2023/24 was 82% of the "
          "contracted UDAs. The main reason given by practices for under-delivery is "
          "difficulty in recruiting and retaining dentists and dental nurses."),
    ("h", "4.\tQuestions Raised by Members on 5 November 2024"),
    ("p", "4.1\tThe table below sets out the questions raised by Members at the previous "
          "meeting and the ICB’s responses."),
    ("table", [
        ("Question", "Response"),
        ("Why are residents told there is no NHS dentist in the city taking on patients?",
         "The number of practices accepting new NHS adult patients changes weekly. Practices "
         "update their status on the NHS website, and the ICB checks this each month."),
        ("Can the ICB require practices to prioritise NHS patients over private patients?",
         "No. The contract specifies an amount of NHS activity to be delivered but does not "
         "prevent practices from offering private treatment. Practices that under-deliver "
         "are subject to recovery of funding."),
        ("What is being done for children waiting for extractions under general anaesthetic?",
         "Additional theatre sessions have been commissioned at Wearbridge Royal Hospital "
         "from January 2025 and the waiting list has reduced from 58 weeks to 41 weeks."),
        ("Will Members be told when a practice gives notice to end its NHS contract?",
         "The ICB will notify the Chair of the Committee and ward members when a practice "
         "serves notice, and will set out the arrangements for affected patients."),
    ]),
    ("h", "5.\tDental Recovery Plan – Actions in 2024/25"),
    ("bul", "New patient payments to practices for patients not seen in the previous two years."),
    ("bul", "Additional urgent dental care sessions in fourteen practices, bookable through NHS 111."),
    ("bul", "A ‘golden hello’ scheme offering up to £20,000 to dentists who commit to working "
            "in under-served areas for three years."),
    ("bul", "Support for the Council’s supervised toothbrushing programme in early years settings."),
    ("h", "6.\tRecommendation"),
    ("p", "6.1\tThe Committee is recommended to receive and note the report and to comment on "
          "the actions set out in section 5."),
    ("p", "Contact Officer:\tKathryn Lumsden, Senior Commissioning Manager (Dental)"),
]


def build_report(path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Item 5"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Northern Coast Integrated Care Board"
    for kind, *rest in REPORT:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest[0]).bold = True
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "bul":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "table":
            rows = rest[0]
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for i, (q, r) in enumerate(rows):
                t.cell(i, 0).text = q
                t.cell(i, 1).text = r
                if i == 0:
                    for c in (0, 1):
                        for run in t.cell(i, c).paragraphs[0].runs:
                            run.bold = True
    cp = doc.core_properties
    cp.author = "NCICB Primary Care Team"
    cp.title = "Access to NHS Dental Services in Wearbridge"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "NCICB Primary Care Team"
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------
def q(kind, text, asked_by, answer, given_by, themes):
    return {"item": "", "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by if answer else None, "themes": themes}


GOLD_MIN = {
    "document": MIN_NAME,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Scrutiny Committee",
    "meeting_date": "2025-03-04",
    "items": [
        {"number": "", "title": "Apologies for Absence"},
        {"number": "", "title": "Minutes of the last meeting of the Committee held on 4th February, 2025"},
        {"number": "", "title": "Declarations of Interest (including Whipping Declarations)"},
        {"number": "", "title": "Urgent and Emergency Care – Winter 2024/25 Update"},
        {"number": "", "title": "Access to NHS Dental Services"},
        {"number": "", "title": "Care Home Fees and Market Sustainability 2025/26"},
        {"number": "", "title": "Scrutiny Policy Review 2024/25 – Loneliness and Social Isolation in Later Life: Draft Recommendations"},
        {"number": "", "title": "Annual Work Programme 2024/25"},
        {"number": "", "title": "Notice of Key Decisions"},
    ],
    "questions": [
        # Urgent and Emergency Care
        q("question", "asked how many patients had waited more than an hour to be handed over",
          "Councillor Ashbrook", "there had been 186 handovers over sixty minutes in January",
          "Ms Pattinson", []),
        q("concern", "expressed concern at reports in the local press of patients being cared for",
          "Councillor Gowland", "acknowledged that corridor care had been used on a number of occasions",
          "Dr Qureshi", []),
        q("question", "the number of patients who were medically fit for discharge but remained in hospital",
          "Councillor Corrigan", "on the day of the last snapshot there had been 38 such patients",
          "Mr Kettlewell", ["adult-social-care", "integration"]),
        q("question", "asked about the Trust's reliance on agency and bank staff to open the escalation beds",
          "Councillor A. Tindle", "nurse vacancies in the medical wards had fallen to 6% following",
          "Ms Pattinson", ["workforce", "finance"]),
        q("question", "queried whether the Same Day Emergency Care unit would open at weekends",
          None, "weekend opening would begin on a trial basis from April", None, ["workforce"]),
        q("comment", "commented that many residents did not understand the difference between the Urgent Treatment Centre",
          "Councillor Dunn", None, None, []),
        q("request", "requested that future reports include a breakdown of attendances at the Emergency Department by ward",
          "Councillor Hindmarsh", "agreed to include this information in the next update to the Committee",
          "Ms Pattinson", []),
        # Dental
        q("question", "how many of the practices in the city were currently accepting new adult",
          "Councillor Laverick", "at the end of January six practices had been accepting new adult patients",
          "Ms Lumsden", ["primary-care"]),
        q("concern", "constituents who contacted practices were frequently told that they could be seen straight away",
          "Councillor Blenkinsop",
          "practices were independent businesses which were free to offer private treatment alongside their NHS contract",
          "Mr Ord", ["primary-care", "privatisation"]),
        q("question", "asked whether the supervised toothbrushing programme in early years settings would be extended",
          "Councillor C. Tindle", "the programme currently reached 62 nurseries and family hubs in the areas",
          "The Director of Public Health", ["primary-care", "public-health", "children-and-families"]),
        q("question", "sought clarification on the arrangements for patients needing urgent dental treatment out of hours",
          "The Chair", "urgent out of hours care was accessed through NHS 111 and was provided",
          "Ms Lumsden", ["primary-care"]),
        q("comment", "still having teeth extracted under general anaesthetic for what was a preventable condition",
          "Councillor Gowland", None, None, ["primary-care", "children-and-families", "public-health"]),
        # Care homes
        q("question", "asked what action was taken when a home was rated as requires improvement",
          "Councillor Hindmarsh", "eight homes in the city currently held that rating",
          "Mr Bewick", ["adult-social-care", "governance"]),
        q("concern", "were owned by national companies backed by private equity, and asked what would happen",
          "Councillor Corrigan", "the Care Quality Commission operated a market oversight scheme for the largest providers",
          "Mr Kettlewell", ["adult-social-care", "privatisation"]),
        q("question", "asked whether the proposed increase would be enough to allow homes to pay care staff",
          "Councillor Dunn", "the fee model assumed that care workers would be paid £12.60 an hour",
          "Mr Bewick", ["adult-social-care", "workforce", "finance"]),
        q("question", "asked how the views of residents and their families had been taken into account",
          "Councillor Ashbrook", "the findings of the annual survey of care home residents and Healthwatch",
          "Mr Bewick", ["adult-social-care", "patient-and-public-input"]),
        # Policy review
        q("comment", "the loss of bus routes serving the outlying estates was a significant cause of isolation",
          "Councillor Laverick", "the recommendation would be revised accordingly before the final report was submitted",
          "Mr Craggs", ["adult-social-care"]),
        q("request", "requested that the final report make specific reference to unpaid carers",
          "Councillor A. Tindle", None, None, ["adult-social-care"]),
        # Work programme
        q("request", "asked that mental health crisis services, and in particular the waiting times for assessment",
          "Councillor Dunn", "this would be added to the list of suggested topics for the workshop",
          "Ms Swinburne", ["mental-health"]),
        # Notice of Key Decisions
        q("question", "and queried why the service was not being re-tendered",
          "Councillor Corrigan", "she would seek a written response from the relevant officers and circulate it",
          "Ms Swinburne", ["subcontracting", "public-health"]),
    ],
    "resolutions": [
        {"item": "", "text": "(copy circulated) be confirmed and signed as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "", "text": "the report and the update on winter performance be received and noted",
         "outcome": "noted", "themes": []},
        {"item": "", "text": "a further update on the dental recovery plan be provided to the Committee",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "", "text": "the Committee agreed that arrangements be made for Members to visit two care homes",
         "outcome": "agreed", "themes": ["adult-social-care"]},
        {"item": "", "text": "note the proposed fee rates for 2025/26 and the position of the care home market",
         "outcome": "noted", "themes": ["adult-social-care", "finance"]},
        {"item": "", "text": "the draft recommendations of the policy review, as amended, be agreed",
         "outcome": "agreed", "themes": []},
        {"item": "", "text": "the information contained in the work programme be received and noted",
         "outcome": "noted", "themes": []},
        {"item": "", "text": "that the Notice of Key Decisions be received and noted",
         "outcome": "noted", "themes": []},
    ],
    "attendees": (
        [{"name": n, "role": r,
          "attendance": {"Present": "present", "Apologies": "apologies", "Absent": "absent"}[a]}
         for n, r, a in MEMBERS]
        + [{"name": n, "role": p, "attendance": "in_attendance"} for n, p in ALSO]
    ),
}

GOLD_REP = {"document": REP_NAME, "doc_type": "report"}


# ----------------------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for g in sorted(GOLD.glob("oy-*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = norm(doc_text(DOCS / gold["document"]))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(re.findall(r"(?<!\w)" + re.escape(norm(ph)) + r"(?!\w)", text))
            words = len(ph.split())
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {g.name} {kind}: found {n}x, {words} words: {ph!r}")
        print(f"{g.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MIN_NAME).write_text(cmis_page(), encoding="utf-8")
    build_report(DOCS / REP_NAME)
    for gold in (GOLD_MIN, GOLD_REP):
        stem = gold["document"].rsplit(".", 1)[0]
        (GOLD / (stem + ".json")).write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written:", MIN_NAME, REP_NAME)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
