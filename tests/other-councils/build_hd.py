#!/usr/bin/env python3
"""Build the "hd-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hd.py           build documents/hd-* and gold/hd-*.json
        build_hd.py --check   verify every gold phrase occurs once in its document
"""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Wealdbridge District Council"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.min.css" rel="stylesheet" />
<script type="text/javascript" src="jquery-ui/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="ssHeader"><a href="https://www.wealdbridge.gov.uk"><img src="SiteSpecific/logo.png" alt="{council}" /></a>
<ul id="ssTopNav"><li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="mgMemberIndex.aspx">Councillors</a></li><li><a href="mgConsultationListDisplay.aspx">Consultations</a></li></ul></div>
<div id="ssBreadCrumb"><ul><li><a href="https://www.wealdbridge.gov.uk">Home</a></li><li><a href="uuCoverPage.aspx">Council and democracy</a></li>{crumbs}</ul></div>
<div id="modgov"><div class="mgContent">
"""

FOOT = """</div></div>
<div id="ssFooter"><p>Wealdbridge District Council, Council Offices, Argyle Road, Wealdbridge, Kent TN13 9ZZ &middot; 01732 000000</p>
<p><a href="mgGeneric.aspx?bcr=1">Accessibility</a> | <a href="ieDocHome.aspx?bcr=1">Document library</a> | <a href="mgRss.aspx">RSS</a></p>
<p class="mgPoweredBy">Powered by <a href="https://www.moderngov.co.uk">Modern.Gov</a></p></div>
</body>
</html>
"""


def item(num, title, body, docs=()):
    d = ""
    for name, size in docs:
        d += ('<ul class="mgActionList"><li><a href="documents/s{0}/{1}.pdf" title="Link to document \'{1}\'">'
              '{1} <span class="mgFileSize">PDF {2} KB</span></a></li></ul>\n').format(abs(hash_(name)) % 90000 + 10000, H.escape(name), size)
    return ("<tr>\n<td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">{n}.</p></td>\n"
            "<td><p class=\"mgAiTitleTxt\"><a name=\"AI{a}\"></a>{t}</p>\n"
            "<div class=\"mgWordPara\"><p class=\"mgSubItemTitleTxt\">Minutes:</p>\n{b}</div>\n{d}</td>\n</tr>\n").format(
        n=num, a=3400 + int(num), t=H.escape(title), b=body, d=d)


def hash_(s):
    v = 7
    for ch in s:
        v = (v * 31 + ord(ch)) % 1000003
    return v


def P(t):
    return "<p class=\"mgWordPara\">" + t + "</p>\n"


def minutes_doc():
    items = []
    items.append(item(1, "Minutes", P(
        "<strong>Resolved:</strong> That the Minutes of the meeting of the Committee held on 11 March 2025 "
        "be approved and signed by the Chairman as a correct record."),
        [("Minutes, 11/03/2025 Housing & Health Advisory Committee", 214)]))
    items.append(item(2, "Declarations of interest", P(
        "Cllr Delaney declared for transparency that she was a trustee of the Hartsdown Community Association, "
        "which hires rooms at the day centre referred to at Minute 5. She remained in the meeting and took part "
        "in the debate.") + P("There were no other declarations of interest.")))
    items.append(item(3, "Actions from Previous Meeting", P(
        "The action from the previous meeting, a briefing note on empty homes brought back into use, "
        "had been circulated to Members on 2 April 2025.") + P(
        "<strong>Resolved:</strong> That the actions from the previous meeting be noted.")))
    items.append(item(4, "Update from Portfolio Holder", P(
        "The Portfolio Holder for Housing and Health, Cllr Fairweather, gave an update on the services within "
        "her portfolio. The Council had secured a further &pound;186,000 of Homelessness Prevention Grant for "
        "2025/26, the new Housing Options reception at the Council Offices had opened on 6 May, and the "
        "Wealdbridge Health Walks programme had recorded its highest ever attendance over the spring.") + P(
        "A Member asked whether the additional grant would be used to employ more staff or would simply offset "
        "existing pressures. The Portfolio Holder advised that two fixed-term prevention officer posts would be "
        "created for eighteen months, with the remainder held against rising bed and breakfast costs.")))
    items.append(item(5, "Petition: Keep Hartsdown Day Centre Open", P(
        "The Chairman welcomed Mrs Joan Whitlock, the lead petitioner, who addressed the Committee under the "
        "Council's petition scheme. The petition, which had 1,412 valid signatures, called on the Council to "
        "keep Hartsdown Day Centre open and to withdraw the proposal to transfer the building to a private "
        "operator. Mrs Whitlock explained that more than sixty older residents, many of them living with "
        "dementia, used the centre each week and that the nearest alternative required two bus journeys. She "
        "asked the Committee to guarantee that no decision would be taken before families had been properly "
        "consulted.") + P(
        "The Head of Housing and Health responded that no decision had yet been taken and that Kent County "
        "Council, as the adult social care authority, funded the day opportunities delivered from the building. "
        "The lease with the current provider ended in March 2026 and officers were considering options, "
        "including a community asset transfer.") + P(
        "Members thanked Mrs Whitlock for attending. In response to a question from Cllr Okafor as to whether "
        "any bidder had already been approached, the Head of Housing and Health confirmed that there had been "
        "informal soundings only and no discussions on terms had taken place. Cllr Ashby raised concerns that "
        "carers had first learned of the proposal from a newspaper article, and "
        "requested that a letter be sent to every family using the centre; officers agreed to arrange this "
        "within a fortnight.") + P(
        "<strong>Resolved:</strong> That the petition be noted and a report setting out all options for "
        "Hartsdown Day Centre, including the results of engagement with users and carers, be brought to the "
        "September meeting of the Committee."),
        [("Petition report - Hartsdown Day Centre", 188)]))
    items.append(item(6, "Temporary Accommodation Procurement Strategy 2025-2028", P(
        "The Strategic Housing Manager presented the report which set out a strategy for procuring temporary "
        "accommodation over the next three years. The number of households in temporary accommodation had risen "
        "from 71 to 118 in two years, and net spend was forecast to reach &pound;1.9m in 2025/26. The strategy "
        "proposed a mixed approach: purchasing up to twenty homes through the capital programme, a framework of "
        "approved private sector leasing providers, and a competitive tender for a block contract for nightly "
        "paid units.") + P(
        "Members asked questions and discussed the report. A Member queried why the Council could not simply "
        "buy more homes rather than rely on nightly paid units. The Strategic Housing Manager advised that "
        "borrowing costs meant each purchased home repaid itself over about fourteen years, and the "
        "capital programme could not fund more than twenty without affecting other schemes. Cllr Pemberton "
        "asked what safeguards would be written into the block contract to prevent families being placed "
        "outside the district. The officer explained that the specification would require at least eighty per "
        "cent of units to be within Wealdbridge and that placements outside Kent would need the Head of "
        "Service's approval.") + P(
        "Concern was expressed that the strategy relied heavily on a small number of large providers whose "
        "prices had risen sharply since 2023. Officers acknowledged the risk and advised that the tender would be "
        "split into lots so that smaller local landlords could bid. In response to a question about inspection "
        "standards, the Strategic Housing Manager confirmed that every unit would be inspected by an environmental "
        "health officer before first use and annually thereafter.") + P(
        "<strong>Public Sector Equality Duty</strong>") + P(
        "Members noted that consideration had been given to impacts under the Public Sector Equality Duty.") + P(
        "<strong>Resolved:</strong> That it be recommended to Cabinet that the Temporary Accommodation "
        "Procurement Strategy 2025-2028 be adopted and that authority to award the block contract be "
        "delegated to the Deputy Chief Executive."),
        [("TA Procurement Strategy report", 402), ("Appendix A - Strategy", 611), ("Appendix B - EqIA", 97)]))
    items.append(item(7, "West Kent Health and Care Partnership: Access to GP Services", P(
        "The Committee received a presentation from Mr Tobias Lindqvist, Director of Primary Care Delivery for "
        "the West Kent Health and Care Partnership, on behalf of NHS Kent and Medway Integrated Care Board. "
        "Practices in the district had delivered 4.6% more appointments than the previous year, and a new "
        "cloud telephony system had been installed at nine of the eleven practices.") + P(
        "A Member asked when the remaining two practices would move to the new telephone system. Mr Lindqvist "
        "advised that both were scheduled to go live by the end of August, subject to staff training being completed. "
        "Members questioned the accuracy of the published waiting times, noting that residents regularly reported "
        "waiting more than three weeks for a routine appointment. Mr Lindqvist said that the published figures "
        "included same-day telephone consultations and agreed to provide a breakdown by practice.") + P(
        "Cllr Delaney sought clarification on plans for the former Mill Lane surgery site, which had been "
        "empty since 2022. Mr Lindqvist responded that the ICB had no current plans to reopen it and that the "
        "NHS property company was expected to dispose of the site. A Member commented that the loss of a "
        "pharmacy in Hartsdown had made access harder for residents without a car; no response was recorded "
        "as the Chairman asked that the point be referred to the Kent Health Overview and Scrutiny Committee.")
        + P("<strong>Resolved:</strong> That the presentation be noted."),
        [("Presentation - Access to GP Services", 1530)]))
    items.append(item(8, "Work Plan", P(
        "The Committee considered the work plan. Members asked that an item on the Disabled Facilities Grant "
        "waiting list be added for November.") + P(
        "<strong>Resolved:</strong> That the work plan be noted, subject to the addition of an item on "
        "Disabled Facilities Grant waiting times for the November meeting.")))

    attendance = (
        "<h2 class=\"mgSectionTitle\">Attendance details</h2>\n"
        "<div class=\"mgAttendance\">\n"
        "<p><strong>Present:</strong> Cllr Pemberton (Chairman)</p>\n"
        "<p>Cllr Okafor (Vice Chairman)</p>\n"
        "<p>Cllrs Ashby, Delaney, Gresham, Kowalczyk, Mrs Rainsford and Vaughan-Lloyd</p>\n"
        "<p>Apologies for absence were received from Cllrs Halloran and Thistlewood.</p>\n"
        "<p>Cllrs Fairweather and Nnamdi were also present.</p>\n"
        "<p>Mrs Joan Whitlock (lead petitioner) and Mr Tobias Lindqvist (West Kent Health and Care Partnership) "
        "attended for Minutes 5 and 7 respectively.</p>\n"
        "</div>\n")

    page = HEAD.format(title="Agenda and minutes - Housing & Health Advisory Committee - Tuesday, 17th June, 2025 7.00 pm",
                       council=COUNCIL,
                       crumbs='<li><a href="mgListCommittees.aspx">Committees</a></li>'
                              '<li><a href="ieListMeetings.aspx?CommitteeId=412">Housing &amp; Health Advisory Committee</a></li>'
                              '<li>Meeting</li>')
    page += ("<h1 class=\"mgMainTitleTxt\">Agenda and minutes</h1>\n"
             "<h2 class=\"mgSubTitleTxt\">Housing &amp; Health Advisory Committee - Tuesday, 17th June, 2025 7.00 pm</h2>\n"
             "<div class=\"mgLinks\"><ul class=\"mgActionList\">"
             "<li><a href=\"ieIssueDetails.aspx?MID=3177\">Decisions</a></li>"
             "<li><a href=\"mgMeetingAttendance.aspx?ID=3177\">Attendance</a></li>"
             "<li><a href=\"ieMeetingDetails.aspx?ID=3177\">Meeting details</a></li></ul></div>\n"
             "<p class=\"mgSubTitleTxt\"><span class=\"mgLabel\">Venue: </span>Council Chamber, Council Offices, Argyle Road, Wealdbridge. "
             "<a href=\"mgDirections.aspx?LocID=1\">View directions</a></p>\n"
             "<p class=\"mgSubTitleTxt\"><span class=\"mgLabel\">Contact: </span>Democratic Services, 01732 000000&nbsp; "
             "Email: <a href=\"mailto:democratic.services@wealdbridge.gov.uk\">democratic.services@wealdbridge.gov.uk</a></p>\n"
             "<p class=\"mgSubTitleTxt\"><span class=\"mgLabel\">Media </span></p>\n"
             "<ul class=\"mgActionList\"><li><a href=\"https://www.youtube.com/@WealdbridgeDC\">Webcast: Housing &amp; Health Advisory Committee, 17 June 2025</a></li></ul>\n"
             "<h2 class=\"mgSectionTitle\">Items</h2>\n"
             "<div class=\"mgLinks\"><a href=\"documents/g3177/Printed%20minutes%2017th-Jun-2025%2019.00%20Housing%20Health%20Advisory%20Committee.pdf\">"
             "Printed minutes PDF 312 KB</a></div>\n"
             "<p class=\"mgNoteTxt\">No. Item</p>\n"
             "<table class=\"mgItemTable\" summary=\"Agenda items\">\n<tbody>\n")
    page += "".join(items)
    page += "</tbody>\n</table>\n"
    page += "<p class=\"mgWordPara\">THE MEETING WAS CONCLUDED AT 9.12 PM</p>\n"
    page += attendance
    page += ("<h2 class=\"mgSectionTitle\">Supporting documents</h2>\n<ul class=\"mgActionList\">"
             "<li><a href=\"documents/g3177/Agenda%20frontsheet.pdf\">Agenda frontsheet PDF 158 KB</a></li>"
             "<li><a href=\"documents/g3177/Public%20reports%20pack.pdf\">Public reports pack PDF 3 MB</a></li></ul>\n")
    page += FOOT
    return page


def consultation_doc():
    page = HEAD.format(title="Consultation - Hartsdown Day Centre: future use of the building",
                       council=COUNCIL,
                       crumbs='<li><a href="mgConsultationListDisplay.aspx">Consultations</a></li><li>Consultation details</li>')
    page += """<h1 class="mgMainTitleTxt">Consultation details</h1>
<h2 class="mgSubTitleTxt">Hartsdown Day Centre: future use of the building</h2>
<table class="mgDetailsTable" summary="Consultation details">
<tr><th scope="row">Purpose of consultation</th><td><p>The Council is seeking the views of people who use Hartsdown Day Centre, their carers and families, and the wider community on options for the building when the current lease ends in March 2026.</p></td></tr>
<tr><th scope="row">Consultation status</th><td>Open</td></tr>
<tr><th scope="row">Start date</th><td>Monday, 7th July, 2025</td></tr>
<tr><th scope="row">End date</th><td>Friday, 29th August, 2025</td></tr>
<tr><th scope="row">Consultation type</th><td>Survey, drop-in sessions</td></tr>
<tr><th scope="row">Department</th><td>Housing and Health</td></tr>
<tr><th scope="row">Target groups</th><td>Service users and carers; Residents of Hartsdown ward; Voluntary and community groups</td></tr>
<tr><th scope="row">Related decisions</th><td><a href="ieIssueDetails.aspx?IId=8812">Hartsdown Day Centre - options</a> (Housing &amp; Health Advisory Committee, 16 September 2025)</td></tr>
</table>
<h2 class="mgSectionTitle">What we are asking</h2>
<div class="mgWordPara">
<p>We would like your answers to the following questions. You do not have to answer every question.</p>
<ol>
<li>How often do you, or the person you care for, use Hartsdown Day Centre?</li>
<li>Which activities or services at the centre matter most to you?</li>
<li>If the centre moved to another building in Wealdbridge, how would you travel there?</li>
<li>Would you support the building being run by a community organisation under a community asset transfer?</li>
<li>What concerns, if any, would you have if a different provider took over the day opportunities?</li>
<li>Is there anything else you would like the Council to consider before a report goes to councillors?</li>
</ol>
<h3>Frequently asked questions</h3>
<p><strong>Has a decision already been made to close the centre?</strong><br />
No. No decision has been made. Councillors will consider a report on all the options, including the results of this consultation, in September 2025.</p>
<p><strong>Who pays for the activities at the centre?</strong><br />
The day opportunities are funded by Kent County Council. The District Council owns the building and leases it to the current provider.</p>
<p><strong>Can I respond on paper?</strong><br />
Yes. Paper copies are available at the centre and at the Council Offices reception, or call 01732 000000 and we will post one to you.</p>
</div>
<h2 class="mgSectionTitle">Drop-in sessions</h2>
<ul class="mgBulletList">
<li>Tuesday 15 July 2025, 10.00 am - 12.00 noon, Hartsdown Day Centre</li>
<li>Thursday 31 July 2025, 2.00 pm - 4.00 pm, Hartsdown Library</li>
<li>Wednesday 13 August 2025, 6.00 pm - 7.30 pm, Council Offices, Argyle Road</li>
</ul>
<h2 class="mgSectionTitle">Contact</h2>
<p>Housing and Health Team, <a href="mailto:housing.health@wealdbridge.gov.uk">housing.health@wealdbridge.gov.uk</a></p>
<ul class="mgActionList"><li><a href="documents/s10442/Hartsdown%20consultation%20questionnaire.pdf">Consultation questionnaire PDF 121 KB</a></li>
<li><a href="mgConsultationListDisplay.aspx">Back to consultations list</a></li></ul>
"""
    page += FOOT
    return page


MIN = "hd-wealdbridge-housing-health-advisory-2025-06-17"
CON = "hd-wealdbridge-consultation-hartsdown-day-centre"

GOLD_MIN = {
    "document": MIN + ".html",
    "doc_type": "minutes",
    "committee": "Housing & Health Advisory Committee",
    "meeting_date": "2025-06-17",
    "items": [
        {"number": "1", "title": "Minutes"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Actions from Previous Meeting"},
        {"number": "4", "title": "Update from Portfolio Holder"},
        {"number": "5", "title": "Petition: Keep Hartsdown Day Centre Open"},
        {"number": "6", "title": "Temporary Accommodation Procurement Strategy 2025-2028"},
        {"number": "7", "title": "West Kent Health and Care Partnership: Access to GP Services"},
        {"number": "8", "title": "Work Plan"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "whether the additional grant would be used to employ more staff",
         "asked_by": None,
         "answer": "two fixed-term prevention officer posts would be created for eighteen months",
         "given_by": "Cllr Fairweather", "themes": ["finance", "workforce", "housing"]},
        {"item": "5", "kind": "request",
         "text": "guarantee that no decision would be taken before families had been properly consulted",
         "asked_by": "Mrs Joan Whitlock",
         "answer": "no decision had yet been taken and that Kent County Council",
         "given_by": "Head of Housing and Health",
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "5", "kind": "question",
         "text": "as to whether any bidder had already been approached",
         "asked_by": "Cllr Okafor",
         "answer": "there had been informal soundings only and no discussions on terms",
         "given_by": "Head of Housing and Health",
         "themes": ["subcontracting", "privatisation", "adult-social-care"]},
        {"item": "5", "kind": "concern",
         "text": "carers had first learned of the proposal from a newspaper article",
         "asked_by": "Cllr Ashby",
         "answer": "officers agreed to arrange this within a fortnight",
         "given_by": None,
         "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "kind": "question",
         "text": "why the Council could not simply buy more homes rather than rely",
         "asked_by": None,
         "answer": "borrowing costs meant each purchased home repaid itself over about fourteen years",
         "given_by": "Strategic Housing Manager", "themes": ["housing", "finance"]},
        {"item": "6", "kind": "question",
         "text": "what safeguards would be written into the block contract to prevent families",
         "asked_by": "Cllr Pemberton",
         "answer": "require at least eighty per cent of units to be within Wealdbridge",
         "given_by": "Strategic Housing Manager", "themes": ["housing", "subcontracting"]},
        {"item": "6", "kind": "concern",
         "text": "relied heavily on a small number of large providers whose prices had risen sharply",
         "asked_by": None,
         "answer": "the tender would be split into lots so that smaller local landlords could bid",
         "given_by": None, "themes": ["housing", "subcontracting", "finance"]},
        {"item": "6", "kind": "question",
         "text": "In response to a question about inspection standards",
         "asked_by": None,
         "answer": "every unit would be inspected by an environmental health officer before first use",
         "given_by": "Strategic Housing Manager", "themes": ["housing"]},
        {"item": "7", "kind": "question",
         "text": "when the remaining two practices would move to the new telephone system",
         "asked_by": None,
         "answer": "both were scheduled to go live by the end of August",
         "given_by": "Mr Lindqvist", "themes": ["primary-care"]},
        {"item": "7", "kind": "concern",
         "text": "Members questioned the accuracy of the published waiting times",
         "asked_by": None,
         "answer": "included same-day telephone consultations and agreed to provide a breakdown by practice",
         "given_by": "Mr Lindqvist", "themes": ["primary-care"]},
        {"item": "7", "kind": "question",
         "text": "sought clarification on plans for the former Mill Lane surgery site",
         "asked_by": "Cllr Delaney",
         "answer": "the ICB had no current plans to reopen it",
         "given_by": "Mr Lindqvist", "themes": ["primary-care"]},
        {"item": "7", "kind": "comment",
         "text": "the loss of a pharmacy in Hartsdown had made access harder for residents",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["primary-care"]},
        {"item": "8", "kind": "request",
         "text": "Members asked that an item on the Disabled Facilities Grant waiting list be added",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["housing"]},
    ],
    "resolutions": [
        {"item": "1", "text": "the Minutes of the meeting of the Committee held on 11 March 2025",
         "outcome": "agreed", "themes": []},
        {"item": "3", "text": "That the actions from the previous meeting be noted",
         "outcome": "noted", "themes": []},
        {"item": "5", "text": "That the petition be noted and a report setting out all options",
         "outcome": "agreed", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "6", "text": "it be recommended to Cabinet that the Temporary Accommodation Procurement Strategy",
         "outcome": "recommended", "themes": ["housing", "subcontracting"]},
        {"item": "7", "text": "Resolved: That the presentation be noted", "outcome": "noted",
         "themes": ["primary-care"]},
        {"item": "8", "text": "That the work plan be noted, subject to the addition of an item",
         "outcome": "agreed", "themes": ["housing"]},
    ],
    "attendees": [
        {"name": "Cllr Pemberton", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr Okafor", "role": "Vice Chairman", "attendance": "present"},
        {"name": "Cllr Ashby", "role": None, "attendance": "present"},
        {"name": "Cllr Delaney", "role": None, "attendance": "present"},
        {"name": "Cllr Gresham", "role": None, "attendance": "present"},
        {"name": "Cllr Kowalczyk", "role": None, "attendance": "present"},
        {"name": "Cllr Mrs Rainsford", "role": None, "attendance": "present"},
        {"name": "Cllr Vaughan-Lloyd", "role": None, "attendance": "present"},
        {"name": "Cllr Halloran", "role": None, "attendance": "apologies"},
        {"name": "Cllr Thistlewood", "role": None, "attendance": "apologies"},
        {"name": "Cllr Fairweather", "role": None, "attendance": "in_attendance"},
        {"name": "Cllr Nnamdi", "role": None, "attendance": "in_attendance"},
        {"name": "Mrs Joan Whitlock", "role": "lead petitioner", "attendance": "in_attendance"},
        {"name": "Mr Tobias Lindqvist", "role": "West Kent Health and Care Partnership",
         "attendance": "in_attendance"},
    ],
}

GOLD_CON = {"document": CON + ".html", "doc_type": "other"}


def norm(s):
    s = H.unescape(re.sub(r"<[^>]+>", " ", s))
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for name, gold in ((MIN, GOLD_MIN), (CON, GOLD_CON)):
        with open(os.path.join(DOCS, name + ".html"), encoding="utf-8") as f:
            text = norm(f.read())
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]:
                phrases.append(q["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = len(p.split())
            c = text.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print("FAIL %s: %r count=%d words=%d" % (name, p, c, n))
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    for name, txt, gold in ((MIN, minutes_doc(), GOLD_MIN), (CON, consultation_doc(), GOLD_CON)):
        with open(os.path.join(DOCS, name + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    check()
