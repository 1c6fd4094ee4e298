#!/usr/bin/env python3
"""Build the "hl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hl.py           build documents/hl-* and gold/hl-*.json
        build_hl.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "London Borough of Hayesbury"
COMMITTEE = "Adult Care and Health Policy Development and Scrutiny Committee"
DOC1 = "hl-hayesbury-adult-care-health-pdsc-2025-03-11.html"
DOC2 = "hl-hayesbury-search-documents-gp-access.html"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link type="text/css" href="sitespecific/ssstyles.css" rel="stylesheet" />
<link type="text/css" href="jquery-ui/css/Custom-theme/jquery-ui-1.10.4.custom.min.css" rel="stylesheet" />
</head>
<body>
<div id="skip"><a href="#mgContent">Skip to content</a></div>
<div id="header"><a href="https://www.hayesbury.gov.uk"><img src="sitespecific/hayesbury_logo.png" alt="London Borough of Hayesbury" /></a>
<ul id="topnav"><li><a href="https://www.hayesbury.gov.uk/homepage">Home</a></li><li><a href="https://www.hayesbury.gov.uk/council-democracy">Council and democracy</a></li><li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li></ul></div>
<div id="breadcrumb"><a href="https://www.hayesbury.gov.uk">Home</a> &gt; <a href="mgListCommittees.aspx?bcr=1">Committee structure</a> &gt; {crumb}</div>
<div id="mgContent" class="mgContent">
"""
FOOT = """</div>
<div id="footer"><p>London Borough of Hayesbury, Civic Centre, Stockwell Close, Hayesbury BR9 1ZZ</p>
<p><a href="mgGeneric.aspx?bcr=1">Accessibility</a> | <a href="ecSDDisplay.aspx?NAME=Privacy">Privacy</a> | <a href="mgRss.aspx?bcr=1">RSS</a></p>
<p class="mgModGovLogo">Powered by <a href="http://www.moderngov.co.uk">Modern.Gov</a></p></div>
</body>
</html>
"""

def item(num, title, minutes, docs=(), decision=None):
    rows = []
    rows.append('<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">%s.</p></td>\n<td>'
                '<p class="mgAiTitleTxt"><a name="AI%s"></a>%s</p>\n' % (num, 4100 + int(num), title))
    if docs:
        rows.append('<ul class="mgActionList">\n')
        for d, size in docs:
            rows.append('<li><a class="mgAiDocLink" href="documents/s%d/%s.pdf" title="Link to document %s">%s <span class="mgDocSize">PDF %s KB</span></a></li>\n'
                        % (52000 + int(num) * 7 + len(d), d.replace(" ", "%20"), d, d, size))
        rows.append('</ul>\n')
    rows.append('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p>\n')
    for p in minutes:
        rows.append(p if p.startswith("<") else "<p>%s</p>" % p)
        rows.append("\n")
    rows.append('</div>\n</td></tr>\n')
    return "".join(rows)

def doc1():
    t = ("Agenda for %s on Tuesday, 11th March, 2025, 7.00 pm - London Borough of Hayesbury" % COMMITTEE)
    out = [HEAD.format(title=t, crumb='<a href="mgCommitteeDetails.aspx?ID=559">%s</a> &gt; Meeting' % COMMITTEE)]
    out.append('<h1 class="mgMainTitleTxt">Agenda and minutes</h1>\n')
    out.append('<div class="mgSubTitle"><p class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=559">%s</a> - Tuesday, 11th March, 2025 7.00 pm</p></div>\n' % COMMITTEE)
    out.append('<p class="mgSubTitleTxt"><a href="mgMeetingAttendance.aspx?ID=8830">Attendance</a> | <a href="mgIssueHistoryChronology.aspx?ID=8830">Issue history</a> | <a href="mgEPetitionListDisplay.aspx?bcr=1">Webcast</a></p>\n')
    out.append('<div class="mgLinks"><p><strong>Venue: </strong>Committee Room 1 - Hayesbury Civic Centre. View directions</p>\n'
               '<p><strong>Contact: </strong>Farah Quennell&nbsp; 020 8461 7702&nbsp; Email: farah.quennell@hayesbury.gov.uk</p></div>\n')
    out.append('<h2 class="mgSectionTitle">Media</h2>\n<p class="mgMediaLink"><a href="mgMediaPlay.aspx?ID=8830">Watch the meeting recording</a></p>\n')
    out.append('<h2 class="mgSectionTitle">Items</h2>\n')
    out.append('<table class="mgItemTable" summary="Table of items">\n<tr><th scope="col" class="mgItemNumberHdr">No.</th><th scope="col">Item</th></tr>\n')

    out.append(item(52, "APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS", [
        "Apologies for absence were received from Councillor Gemma Ruskin-Lowe and Councillor Peter Attwater attended as substitute. "
        "Apologies were also received from Councillor Tanvir Malhi, and from Lorna Eversleigh (Hayesbury Healthwatch), who was represented by Daniel Frome.",
    ]))
    out.append(item(53, "DECLARATIONS OF INTEREST", [
        "Councillor Yvonne Hartle-Dunn declared that her daughter was employed as a care worker by a provider on the Council's domiciliary care framework. "
        "Councillor Brian Okonedo declared that he was a volunteer at the Orpen Lane Community Hub.",
    ]))
    out.append(item(54, "QUESTIONS TO THE CHAIRMAN FROM MEMBERS OF THE PUBLIC AND COUNCILLORS ATTENDING THE MEETING", [
        "Two oral questions had been received from members of the public. The questions and the replies given by the Chairman are set out below.",
        "<p><strong>Question from Mrs Rosalind Pettifer</strong></p>",
        "<p><em>&ldquo;How many residents are currently waiting for a financial assessment before their care package can start, and what is the longest wait?&rdquo;</em></p>",
        "<p><strong>Reply:</strong></p>",
        "<p>At 28th February 2025, 143 residents were awaiting a financial assessment; the longest wait was 61 days, and the new online calculator should reduce this by the summer.</p>",
        "<p><strong>Supplementary Question:</strong></p>",
        "<p><em>&ldquo;Will residents be charged retrospectively for care received while they waited for the assessment?&rdquo;</em></p>",
        "<p><strong>Reply:</strong></p>",
        "<p>Charges could be backdated to the start of the service, but no resident would be asked to pay more than the weekly maximum set out in the charging policy.</p>",
        "<p><strong>Question from Mr Desmond Alcott</strong></p>",
        "<p><em>&ldquo;Why was the public consultation on closing the Elmstead Road day centre held over the Christmas holiday period?&rdquo;</em></p>",
        "<p><strong>Reply:</strong></p>",
        "<p>The consultation ran for twelve weeks, ending on 3rd February 2025, and included four drop-in sessions held at the day centre itself in January.</p>",
    ]))
    out.append(item(55, "MINUTES OF THE ADULT CARE AND HEALTH PDS COMMITTEE MEETING HELD ON 14TH JANUARY 2025", [
        "RESOLVED that the minutes of the meeting held on 14th January 2025 be agreed and signed as a correct record.",
    ], docs=[("Minutes ACH PDS 140125", 212)]))
    out.append(item(56, "UPDATE FROM ONE HAYESBURY PLACE-BASED PARTNERSHIP AND SOUTH THAMES ICB", [
        "The Committee received a presentation from Nadia Colquhoun, Place Executive Director, South Thames Integrated Care Board, on winter pressures, urgent care and GP access across the borough.",
        "A Member asked why the number of patients waiting more than 12 hours in the emergency department at Princess Adela Hospital had risen since October. "
        "The Place Executive Director explained that the rise reflected a sharp increase in respiratory admissions in December and that "
        "extra escalation beds had been opened on two wards from 6th January.",
        "In response to a question from the Vice-Chairman about GP appointments, the Place Executive Director confirmed that "
        "practices in the borough had delivered 1.34 million appointments in 2024, with 71% seen face to face.",
        "A Member expressed concern that the closure of the Crofton Parade pharmacy had left older residents without a pharmacy within walking distance. "
        "The Place Executive Director said that the ICB had no power to require a new pharmacy to open but was working with a neighbouring pharmacy to offer a delivery service.",
        "Councillor Okonedo requested that figures on discharge delays for Hayesbury residents be circulated to Members before the next meeting. "
        "This was agreed.",
        "A co-opted Member asked whether patients had been involved in the redesign of the urgent treatment centre, and was informed that "
        "a patient reference group of twenty residents had met monthly since September.",
        "RESOLVED that the update be noted and that figures on discharge delays be circulated to Members.",
    ], docs=[("One Hayesbury update March 2025", 1480)]))
    out.append(item(57, "PRE-DECISION SCRUTINY OF ADULT CARE AND HEALTH PORTFOLIO HOLDER REPORTS", [
        "<p><strong>a)&nbsp;&nbsp;&nbsp;CONTRACT AWARD - DOMICILIARY CARE FRAMEWORK (ACH25-012)</strong></p>",
        "The Head of Strategic Commissioning (Adults) introduced the report, which sought approval to award places on a new four-year domiciliary care framework to fourteen providers, at an estimated total value of &pound;58.6m.",
        "Responding to a question from the Chairman, the Head of Strategic Commissioning confirmed that all fourteen providers had committed to paying the London Living Wage to care workers for the whole contract term.",
        "A Member queried how the Council would monitor the quality of care provided under the new framework. "
        "The Head of Strategic Commissioning said that each provider would have quarterly contract monitoring visits and that "
        "complaints and missed calls would be reported to the Committee twice a year.",
        "Another Member was concerned that three of the successful bidders were owned by private equity firms with significant debts. "
        "In reply, the Director of Adult Social Care said that financial checks on every bidder had been carried out by the Council's procurement team and would be repeated annually.",
        "A Member asked what would happen if a provider on the framework ceased trading, and the Director of Adult Social Care stated that "
        "the contingency plan allowed packages to be transferred to another framework provider within 48 hours.",
        "RESOLVED that the Portfolio Holder be recommended to award places on the Domiciliary Care Framework to the fourteen providers listed in Appendix 1 of the report.",
        "<p><strong>b)&nbsp;&nbsp;&nbsp;OUTCOME OF CONSULTATION ON THE FUTURE OF ELMSTEAD ROAD DAY CENTRE (ACH25-015)</strong></p>",
        "The Head of Service, Learning Disabilities and Day Opportunities, reported that 214 responses had been received to the consultation, 71% of which opposed closure.",
        "A Member asked where the thirty-two people who currently attended the centre would go, and was advised that "
        "each person would have a review of their care and support plan before any move took place.",
        "The Committee was also concerned that transport to the alternative centres would add to journey times for service users with complex needs. No response was recorded on this point at the meeting.",
        "RESOLVED that consideration of the report be deferred to the next meeting to allow the transport assessment to be completed.",
    ], docs=[("ACH25-012 Domiciliary Care Framework", 633), ("ACH25-015 Elmstead Road consultation", 901)]))
    out.append(item(58, "HAYESBURY HEALTHWATCH QUARTERLY REPORT", [
        "Daniel Frome, Hayesbury Healthwatch, presented the quarterly report, which summarised feedback from 612 residents on dental services and mental health support for young people.",
        "A Member asked what Healthwatch had found about access to NHS dentistry for children. "
        "Mr Frome said that only four of the 27 practices contacted were accepting new child patients on the NHS.",
        "The Chairman requested that Healthwatch share its findings on children's mental health with the Children, Education and Families PDS Committee.",
        "RESOLVED that the Healthwatch quarterly report be noted.",
    ], docs=[("Healthwatch Q3 report 2024-25", 1022)]))
    out.append(item(59, "ADULT CARE AND HEALTH PDS COMMITTEE WORK PROGRAMME 2024/25 AND MATTERS OUTSTANDING", [
        "The Committee considered its work programme for the remainder of the 2024/25 municipal year and the schedule of matters outstanding from previous meetings.",
        "RESOLVED that the work programme and matters outstanding be noted.",
    ], docs=[("Work Programme ACH PDS March 2025", 188)]))
    out.append('</table>\n')
    out.append('<h2 class="mgSectionTitle">Attendance</h2>\n<div class="mgAttendance">\n')
    out.append('<p><strong>Present:</strong></p>\n<p>Councillor Graham Threlfall (Chairman)<br />\n'
               'Councillor Yvonne Hartle-Dunn (Vice-Chairman)<br />\n'
               'Councillors Peter Attwater, Kemi Adeyinka, Brian Okonedo, Susannah Wragge and Colin Pettigrew</p>\n'
               '<p>Vicki Marchbank (Co-opted Member, Hayesbury Carers Forum)</p>\n')
    out.append('<p><strong>Also Present:</strong></p>\n<p>Councillor Diane Ellerby, Portfolio Holder for Adult Care and Health</p>\n')
    out.append('<p><strong>Officers in attendance:</strong></p>\n<p>Hugh Lansdell, Director of Adult Social Care<br />\n'
               'Priya Venkatesan, Head of Strategic Commissioning (Adults)<br />\n'
               'Owen Tresilian, Head of Service, Learning Disabilities and Day Opportunities<br />\n'
               'Farah Quennell, Democratic Services Officer</p>\n')
    out.append('<p><strong>Guests:</strong></p>\n<p>Nadia Colquhoun, Place Executive Director, South Thames Integrated Care Board<br />\n'
               'Daniel Frome, Hayesbury Healthwatch</p>\n')
    out.append('<p><strong>Apologies:</strong></p>\n<p>Councillor Gemma Ruskin-Lowe, Councillor Tanvir Malhi and Lorna Eversleigh (Hayesbury Healthwatch)</p>\n</div>\n')
    out.append('<p class="mgSupportTxt">The meeting ended at 9.12 pm</p>\n<p class="mgSupportTxt">Chairman</p>\n')
    out.append('<h2 class="mgSectionTitle">Supporting documents</h2>\n<ul class="mgBulletList">\n'
               '<li><a href="documents/g8830/Public%20reports%20pack%2011th-Mar-2025%2019.00%20ACH%20PDS.pdf">Public reports pack 11th-Mar-2025 19.00 Adult Care and Health Policy Development and Scrutiny Committee <span class="mgDocSize">PDF 4 MB</span></a></li>\n'
               '<li><a href="documents/g8830/Printed%20minutes%2011th-Mar-2025%2019.00%20ACH%20PDS.pdf">Printed minutes 11th-Mar-2025 19.00 Adult Care and Health Policy Development and Scrutiny Committee <span class="mgDocSize">PDF 196 KB</span></a></li>\n</ul>\n')
    out.append(FOOT)
    return "".join(out)

def doc2():
    t = "Search documents - London Borough of Hayesbury"
    out = [HEAD.format(title=t, crumb="Search documents")]
    out.append('<h1 class="mgMainTitleTxt">Search documents</h1>\n')
    out.append('<form action="mgSearchDocuments.aspx" method="get"><fieldset><legend>Search</legend>'
               '<label for="srch">Search for</label> <input id="srch" name="SS" value="GP access question" />'
               ' <label for="dfrom">From</label> <input id="dfrom" name="DF" value="01/04/2024" />'
               ' <label for="dto">To</label> <input id="dto" name="DT" value="31/03/2025" />'
               ' <input type="submit" value="Search" /></fieldset></form>\n')
    out.append('<p class="mgSubTitleTxt">Search results for &quot;GP access question&quot; - 6 documents found, sorted by relevance</p>\n')
    out.append('<ol class="mgSearchResults">\n')
    res = [
        ("Public reports pack 11th-Mar-2025 19.00 Adult Care and Health Policy Development and Scrutiny Committee", "11/03/2025", "4 MB",
         "... Members may wish to ask how many <strong>GP</strong> practices now offer online booking and whether the ICB will publish <strong>access</strong> data by practice ..."),
        ("Questions from members of the public - Council 24th February 2025", "24/02/2025", "88 KB",
         "... Question 4 from Mr K Oduya: what is the Council doing to improve <strong>GP access</strong> in the north of the borough? ..."),
        ("Appendix A - One Hayesbury GP access recovery plan", "14/01/2025", "512 KB",
         "... Frequently asked <strong>question</strong>s: Why can't I get through to my surgery at 8am? What is a care navigator? ..."),
        ("Written answers to Members' questions - Council 18th November 2024", "18/11/2024", "140 KB",
         "... Councillor Pettigrew asked the Portfolio Holder what representations had been made about <strong>GP access</strong> in Crofton ..."),
        ("Healthwatch Q2 report 2024-25", "12/11/2024", "967 KB",
         "... residents told us that the online <strong>access</strong> form closed within minutes; our <strong>question</strong> to practices was ..."),
        ("Work Programme ACH PDS September 2024", "24/09/2024", "174 KB",
         "... possible lines of <strong>question</strong>ing for the ICB on primary care and <strong>GP access</strong> ..."),
    ]
    for i, (title, date, size, snip) in enumerate(res):
        out.append('<li class="mgSearchResult"><p><a href="documents/s%d/%s.pdf">%s</a> <span class="mgDocSize">PDF %s</span></p>\n'
                   '<p class="mgSearchDate">Published: %s</p>\n<p class="mgSearchSnippet">%s</p></li>\n'
                   % (51800 + i * 13, title.replace(" ", "%20"), title, size, date, snip))
    out.append('</ol>\n<p class="mgPageNav">Page 1 of 1</p>\n')
    out.append('<p>Cannot find what you are looking for? <a href="mgListCommittees.aspx?bcr=1">Browse meetings by committee</a> or '
               '<a href="ecSDDisplay.aspx?NAME=Questions">find out how to ask a question at a council meeting</a>.</p>\n')
    out.append(FOOT)
    return "".join(out)

G1 = {
  "document": DOC1, "doc_type": "minutes", "committee": COMMITTEE, "meeting_date": "2025-03-11",
  "items": [
    {"number": "52", "title": "APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS"},
    {"number": "53", "title": "DECLARATIONS OF INTEREST"},
    {"number": "54", "title": "QUESTIONS TO THE CHAIRMAN FROM MEMBERS OF THE PUBLIC AND COUNCILLORS ATTENDING THE MEETING"},
    {"number": "55", "title": "MINUTES OF THE ADULT CARE AND HEALTH PDS COMMITTEE MEETING HELD ON 14TH JANUARY 2025"},
    {"number": "56", "title": "UPDATE FROM ONE HAYESBURY PLACE-BASED PARTNERSHIP AND SOUTH THAMES ICB"},
    {"number": "57", "title": "PRE-DECISION SCRUTINY OF ADULT CARE AND HEALTH PORTFOLIO HOLDER REPORTS"},
    {"number": "58", "title": "HAYESBURY HEALTHWATCH QUARTERLY REPORT"},
    {"number": "59", "title": "ADULT CARE AND HEALTH PDS COMMITTEE WORK PROGRAMME 2024/25 AND MATTERS OUTSTANDING"},
  ],
  "questions": [
    {"item": "54", "kind": "question", "text": "How many residents are currently waiting for a financial assessment before their care package",
     "asked_by": "Mrs Rosalind Pettifer", "answer": "143 residents were awaiting a financial assessment; the longest wait was 61 days",
     "given_by": "Chairman", "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
    {"item": "54", "kind": "question", "text": "Will residents be charged retrospectively for care received while they waited",
     "asked_by": "Mrs Rosalind Pettifer", "answer": "no resident would be asked to pay more than the weekly maximum",
     "given_by": "Chairman", "themes": ["adult-social-care", "finance", "patient-and-public-input"]},
    {"item": "54", "kind": "question", "text": "Why was the public consultation on closing the Elmstead Road day centre held",
     "asked_by": "Mr Desmond Alcott", "answer": "The consultation ran for twelve weeks, ending on 3rd February 2025",
     "given_by": "Chairman", "themes": ["adult-social-care", "patient-and-public-input"]},
    {"item": "56", "kind": "question", "text": "why the number of patients waiting more than 12 hours in the emergency department",
     "asked_by": None, "answer": "the rise reflected a sharp increase in respiratory admissions in December",
     "given_by": "Place Executive Director", "themes": []},
    {"item": "56", "kind": "question", "text": "In response to a question from the Vice-Chairman about GP appointments",
     "asked_by": "Vice-Chairman", "answer": "practices in the borough had delivered 1.34 million appointments in 2024",
     "given_by": "Place Executive Director", "themes": ["primary-care"]},
    {"item": "56", "kind": "concern", "text": "closure of the Crofton Parade pharmacy had left older residents without a pharmacy",
     "asked_by": None, "answer": "the ICB had no power to require a new pharmacy to open",
     "given_by": "Place Executive Director", "themes": ["primary-care", "adult-social-care"]},
    {"item": "56", "kind": "request", "text": "requested that figures on discharge delays for Hayesbury residents be circulated",
     "asked_by": "Councillor Okonedo", "answer": None, "given_by": None, "themes": ["adult-social-care"]},
    {"item": "56", "kind": "question", "text": "asked whether patients had been involved in the redesign of the urgent treatment centre",
     "asked_by": "A co-opted Member", "answer": "a patient reference group of twenty residents had met monthly since September",
     "given_by": None, "themes": ["patient-and-public-input"]},
    {"item": "57", "kind": "question", "text": "Responding to a question from the Chairman, the Head of Strategic Commissioning confirmed",
     "asked_by": "Chairman", "answer": "committed to paying the London Living Wage to care workers for the whole contract term",
     "given_by": "Head of Strategic Commissioning", "themes": ["workforce", "subcontracting", "adult-social-care"]},
    {"item": "57", "kind": "question", "text": "queried how the Council would monitor the quality of care provided under the new framework",
     "asked_by": None, "answer": "each provider would have quarterly contract monitoring visits",
     "given_by": "Head of Strategic Commissioning", "themes": ["subcontracting", "adult-social-care"]},
    {"item": "57", "kind": "concern", "text": "three of the successful bidders were owned by private equity firms with significant debts",
     "asked_by": None, "answer": "financial checks on every bidder had been carried out by the Council's procurement team",
     "given_by": "Director of Adult Social Care", "themes": ["privatisation", "subcontracting", "finance", "adult-social-care"]},
    {"item": "57", "kind": "question", "text": "asked what would happen if a provider on the framework ceased trading",
     "asked_by": None, "answer": "the contingency plan allowed packages to be transferred to another framework provider",
     "given_by": "Director of Adult Social Care", "themes": ["subcontracting", "adult-social-care"]},
    {"item": "57", "kind": "question", "text": "asked where the thirty-two people who currently attended the centre would go",
     "asked_by": None, "answer": "each person would have a review of their care and support plan",
     "given_by": None, "themes": ["adult-social-care"]},
    {"item": "57", "kind": "concern", "text": "transport to the alternative centres would add to journey times for service users",
     "asked_by": None, "answer": None, "given_by": None, "themes": ["adult-social-care"]},
    {"item": "58", "kind": "question", "text": "asked what Healthwatch had found about access to NHS dentistry for children",
     "asked_by": None, "answer": "only four of the 27 practices contacted were accepting new child patients",
     "given_by": "Mr Frome", "themes": ["primary-care", "children-and-families", "patient-and-public-input"]},
    {"item": "58", "kind": "request", "text": "requested that Healthwatch share its findings on children's mental health",
     "asked_by": "Chairman", "answer": None, "given_by": None, "themes": ["mental-health", "children-and-families", "patient-and-public-input"]},
  ],
  "resolutions": [
    {"item": "55", "text": "minutes of the meeting held on 14th January 2025 be agreed and signed", "outcome": "agreed", "themes": []},
    {"item": "56", "text": "RESOLVED that the update be noted and that figures on discharge delays", "outcome": "agreed", "themes": ["adult-social-care"]},
    {"item": "57", "text": "the Portfolio Holder be recommended to award places on the Domiciliary Care Framework", "outcome": "recommended", "themes": ["subcontracting", "adult-social-care"]},
    {"item": "57", "text": "consideration of the report be deferred to the next meeting", "outcome": "deferred", "themes": ["adult-social-care"]},
    {"item": "58", "text": "RESOLVED that the Healthwatch quarterly report be noted", "outcome": "noted", "themes": ["patient-and-public-input"]},
    {"item": "59", "text": "RESOLVED that the work programme and matters outstanding be noted", "outcome": "noted", "themes": ["governance"]},
  ],
  "attendees": [
    {"name": "Councillor Graham Threlfall", "role": "Chairman", "attendance": "present"},
    {"name": "Councillor Yvonne Hartle-Dunn", "role": "Vice-Chairman", "attendance": "present"},
    {"name": "Councillor Peter Attwater", "role": None, "attendance": "present"},
    {"name": "Councillor Kemi Adeyinka", "role": None, "attendance": "present"},
    {"name": "Councillor Brian Okonedo", "role": None, "attendance": "present"},
    {"name": "Councillor Susannah Wragge", "role": None, "attendance": "present"},
    {"name": "Councillor Colin Pettigrew", "role": None, "attendance": "present"},
    {"name": "Vicki Marchbank", "role": "Co-opted Member, Hayesbury Carers Forum", "attendance": "present"},
    {"name": "Councillor Diane Ellerby", "role": "Portfolio Holder for Adult Care and Health", "attendance": "in_attendance"},
    {"name": "Hugh Lansdell", "role": "Director of Adult Social Care", "attendance": "in_attendance"},
    {"name": "Priya Venkatesan", "role": "Head of Strategic Commissioning (Adults)", "attendance": "in_attendance"},
    {"name": "Owen Tresilian", "role": "Head of Service, Learning Disabilities and Day Opportunities", "attendance": "in_attendance"},
    {"name": "Farah Quennell", "role": "Democratic Services Officer", "attendance": "in_attendance"},
    {"name": "Nadia Colquhoun", "role": "Place Executive Director, South Thames Integrated Care Board", "attendance": "in_attendance"},
    {"name": "Daniel Frome", "role": "Hayesbury Healthwatch", "attendance": "in_attendance"},
    {"name": "Councillor Gemma Ruskin-Lowe", "role": None, "attendance": "apologies"},
    {"name": "Councillor Tanvir Malhi", "role": None, "attendance": "apologies"},
    {"name": "Lorna Eversleigh", "role": "Hayesbury Healthwatch", "attendance": "apologies"},
  ],
}
G2 = {"document": DOC2, "doc_type": "other"}

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def norm(s):
    s = html.unescape(s).lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def text_of(path):
    p = _Text(); p.feed(open(path, encoding="utf-8").read()); return norm(" ".join(p.parts))

def check():
    ok = True
    for g in (G1, G2):
        path = os.path.join(DOCS, g["document"])
        txt = text_of(path)
        phrases = []
        for q in g.get("questions", []):
            phrases += [q["text"]] + ([q["answer"]] if q["answer"] else [])
        phrases += [r["text"] for r in g.get("resolutions", [])]
        for ph in phrases:
            n = len(ph.split())
            c = txt.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False; print("FAIL %s: count=%d words=%d: %s" % (g["document"], c, n, ph))
        gp = os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json")
        if json.load(open(gp)) != g:
            ok = False; print("FAIL gold file stale:", gp)
        print("%s: %d items, %d questions, %d resolutions, %d attendees" % (
            g["document"], len(g.get("items", [])), len(g.get("questions", [])),
            len(g.get("resolutions", [])), len(g.get("attendees", []))))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, body in ((DOC1, doc1()), (DOC2, doc2())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    for g in (G1, G2):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
