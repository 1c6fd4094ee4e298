"""Build the `a-` documents of the held-out evaluation set, and check their gold files.

    python tests/other-councils/build_a.py          # write tests/other-councils/documents/a-*
    python tests/other-councils/build_a.py --check  # also check tests/other-councils/gold/a-*.json

Each gold file is named after its document's stem (a-x.pdf -> gold/a-x.json).
Everything here is invented: councils, people, places and figures. The documents imitate
the house styles of published English council minutes (a saved ModernGov page, a district
council's PDF minutes, a plain-text record of full Council) plus two documents that are not
minutes (an agenda front sheet and an officer's report). The output is deterministic: no
network, no randomness, and fixed PDF metadata dates.

The gold files in tests/other-councils/gold/ were written by hand from the documents. `--check`
verifies that every phrase occurs verbatim (ignoring case, punctuation and white space),
exactly once, inside its item, that phrases have 6 to 15 words, and, for the PDF minutes,
that no phrase crosses a hyphenated line end or a page break in the printed layout.
"""

import datetime
import html
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------------------------------
# 1. a-riverton-health-scrutiny.html : a saved ModernGov ieListDocuments.aspx page
# ---------------------------------------------------------------------------------------

RIVERTON_ITEMS = [
    {
        "id": 31201,
        "number": "1.",
        "title": "Apologies for Absence and Substitutions",
        "minutes": [
            "Apologies for absence were received from Councillor Rhona Biddulph and "
            "Councillor Alan Perrett. There were no substitutions.",
        ],
    },
    {
        "id": 31202,
        "number": "2.",
        "title": "Declarations of Interest",
        "minutes": [
            "Councillor Priya Lakhani-Roberts declared a non-pecuniary interest in item 4 "
            "(GP Access and Primary Care Recovery) as she was employed as a pharmacist at a "
            "community pharmacy in the city.",
            "Councillor Daniel Okafor declared that a close family member was employed by "
            "Riverton and Wealdmoor Partnership NHS Foundation Trust.",
        ],
    },
    {
        "id": 31203,
        "number": "3.",
        "title": "Minutes of the Previous Meeting",
        "docs": [("s48811", "Minutes, 12/11/2024 Health Scrutiny Committee", "214 KB")],
        "minutes": [
            "Arising from minute 27, the Chair reported that the written response from the "
            "ambulance service on hospital handover delays had been circulated to Members "
            "on 3 December 2024.",
            "<strong>RESOLVED:</strong> that the minutes of the meeting held on 12 November "
            "2024 be approved as a correct record and signed by the Chair.",
        ],
    },
    {
        "id": 31204,
        "number": "4.",
        "title": "GP Access and Primary Care Recovery",
        "docs": [
            ("s48920", "GP Access and Primary Care Recovery - ICB report", "1 MB"),
            ("s48921", "Appendix 1 - Practice telephony data", "388 KB"),
        ],
        "minutes": [
            "The Committee received a report from Riverside and Wealdmoor Integrated Care "
            "Board (ICB) which set out progress against the national Delivery Plan for "
            "Recovering Access to Primary Care. Lorna Ebbage, Director of Primary Care, "
            "introduced the report and highlighted that practices in Riverton had delivered "
            "6.2 per cent more appointments in the twelve months to November 2024 than in "
            "the previous year, and that 31 of the city’s 38 practices had now moved to "
            "cloud-based telephony.",
            "A Member questioned whether the increase in appointments had been matched by "
            "any improvement in patients’ experience of contacting their practice, as the "
            "most recent GP Patient Survey placed Riverton below the national average for "
            "ease of getting through by phone. In response it was stated that average call "
            "waiting times had fallen from eleven minutes to just over four, but the ICB "
            "accepted that the survey results lagged behind the operational changes and "
            "would continue to monitor them.",
            "In response to a question about the recruitment of staff through the "
            "Additional Roles Reimbursement Scheme, the Director said that the city’s seven "
            "primary care networks had recruited 74 clinical pharmacists, physician "
            "associates, paramedics and care coordinators, although several practices "
            "reported that they did not have enough consulting rooms for the new staff.",
            "Concerns were expressed about the number of practices in the east of the city "
            "whose contracts were now held by a single private company, and about the "
            "continuity of care for patients if that company decided to hand back any of "
            "its contracts. The Director explained that the ICB monitored all alternative "
            "provider contracts through its primary care commissioning committee, and that "
            "a contingency plan was in place for every practice in the city.",
            "It was queried whether general practice was being asked to absorb work "
            "transferred from hospitals, such as phlebotomy and post-operative wound care, "
            "without the funding following it.",
            "Members requested that the ICB provide a breakdown of appointment figures by "
            "practice, including the proportion of appointments held face to face, before "
            "the Committee’s next meeting.",
            "<strong>RESOLVED –</strong> That",
            "(1) the progress made in improving access to general practice in Riverton be "
            "noted;",
            "(2) the Committee endorses the ICB’s proposal to extend the care navigation "
            "pilot to all practices in the east locality; and",
            "(3) a further update on primary care access, including the practice-level "
            "appointment data requested by Members, be brought to the Committee in July "
            "2025.",
        ],
    },
    {
        "id": 31205,
        "number": "5.",
        "title": "Community Mental Health Transformation",
        "docs": [("s48925", "Community Mental Health Transformation update", "742 KB")],
        "minutes": [
            "Dr Sunita Bhardwaj, Head of Mental Health Commissioning at the ICB, and Martin "
            "Oyelaran, Director of Operations at Riverton and Wealdmoor Partnership NHS "
            "Foundation Trust, presented an update on the transformation of community "
            "mental health services for adults, children and young people. The new model "
            "replaced the previous community mental health teams with four neighbourhood "
            "hubs, each linked to a primary care network, and the first two hubs had opened "
            "in September 2024.",
            "Members asked how long children and young people were currently waiting for a "
            "first appointment with CAMHS; the Cabinet Member explained that the median "
            "wait had reduced from 22 weeks to 14 weeks since April, although young people "
            "referred for a neurodevelopmental assessment were still waiting considerably "
            "longer.",
            "A Member questioned the reliance on voluntary sector organisations to run the "
            "neighbourhood hubs and asked whether the contracts were long enough for "
            "providers to recruit and retain experienced staff. Mr Oyelaran replied that "
            "the hub contracts had been awarded for three years with an option to extend "
            "for a further two, and that providers had been encouraged to offer permanent "
            "rather than fixed-term posts.",
            "Concerns were expressed about the continuing use of out-of-area placements for "
            "adults needing acute inpatient care, which the report showed had cost £3.1 "
            "million in the first six months of the year and meant that some patients were "
            "placed more than 100 miles from home.",
            "It was queried how people with lived experience of mental illness had been "
            "involved in designing the new model. Dr Bhardwaj confirmed that a "
            "co-production group of 22 service users and carers had met monthly since March "
            "2024 and had redesigned the referral pathway and the hub waiting areas.",
            "A Member commented that secondary schools were reporting a sharp increase in "
            "pupils presenting with anxiety, and that mental health support teams currently "
            "covered only half of the city’s schools.",
            "In response to a question about suicide prevention, the Director of Public "
            "Health said that the refreshed Riverton Suicide Prevention Strategy would be "
            "published in March and would include targeted work with middle-aged men and "
            "with people in contact with debt advice services.",
            "The Committee noted the update on the transformation of community mental "
            "health services.",
        ],
    },
    {
        "id": 31206,
        "number": "6.",
        "title": "Integrated Care Board Financial Recovery Plan 2024/25",
        "docs": [
            ("s48930", "ICB Financial Recovery Plan 2024-25", "1 MB"),
            ("s48931", "Appendix A - Recovery schemes", "296 KB"),
        ],
        "minutes": [
            "Graham Tulloch, Chief Finance Officer of the ICB, presented the report, which "
            "explained that the Riverside and Wealdmoor system was forecasting a deficit of "
            "£41.6 million for 2024/25 and had agreed a financial recovery plan with NHS "
            "England that included an £18 million efficiency programme across the ICB and "
            "its partner trusts.",
            "In response to a question about the growing use of independent sector "
            "providers to reduce waiting lists, the Chief Finance Officer said that around "
            "nine per cent of elective activity for Riverton patients was now delivered by "
            "private providers, which was in line with comparable systems, and that this "
            "activity was paid for at the national tariff.",
            "Concern was raised that the efficiency programme could lead to reductions in "
            "community nursing and health visiting posts. The Chief Finance Officer gave an "
            "assurance that no frontline clinical posts were included in the workforce "
            "reduction plans, which focused on corporate and administrative roles.",
            "A Member sought clarification on how the Better Care Fund would be protected, "
            "given that the Council’s own adult social care budget was under severe "
            "pressure.",
            "It was queried whether decisions about the recovery plan were being taken by "
            "the ICB board in public, and how the Committee would be able to scrutinise "
            "them. In response it was stated that the recovery plan would be considered at "
            "the ICB’s public board meeting on 6 February 2025, and that members of the "
            "Committee would be invited to a briefing beforehand.",
            "Members asked about delays in discharging patients from Riverton General "
            "Hospital into residential and nursing care; the Cabinet Member explained that "
            "the Council had block-booked 40 additional short-stay beds for the winter and "
            "that the number of patients who were medically fit but awaiting discharge had "
            "fallen to 63.",
        ],
        "decision": [
            "That the Committee recommends to the Riverside and Wealdmoor Integrated Care "
            "Board that a quality and equality impact assessment be published for each "
            "scheme in the financial recovery plan before it is implemented.",
        ],
    },
    {
        "id": 31207,
        "number": "7.",
        "title": "Work Programme 2024/25",
        "docs": [("s48940", "Health Scrutiny Committee Work Programme 2024-25", "168 KB")],
        "minutes": [
            "The Committee considered its work programme for the remainder of the 2024/25 "
            "municipal year. A Member requested that an item on access to NHS dentistry, "
            "including the recent closure of two dental practices in the north of the city, "
            "be added to the March meeting.",
            "<strong>AGREED</strong> – that the work programme be approved, subject to the "
            "addition of an item on NHS dentistry for the meeting on 11 March 2025.",
        ],
    },
]

RIVERTON_ATTENDANCE = [
    ("Present:", [
        "Councillor Margaret Ashdown (Chair)",
        "Councillor Tariq Hollins (Vice-Chair)",
        "Councillor Beverley Crane",
        "Councillor Daniel Okafor",
        "Councillor Priya Lakhani-Roberts",
        "Councillor Stephen Wexley",
        "Councillor Gillian Thorne",
    ]),
    ("Apologies:", [
        "Councillor Rhona Biddulph",
        "Councillor Alan Perrett",
    ]),
    ("Also in attendance:", [
        "Councillor Neil Fairbrother (Cabinet Member for Adult Social Care and Health)",
        "Councillor Joanne Sturridge (Cabinet Member for Children and Young People)",
        "Dr Helen Marchbank (Director of Public Health)",
        "Lorna Ebbage (Director of Primary Care, Riverside and Wealdmoor ICB)",
        "Graham Tulloch (Chief Finance Officer, Riverside and Wealdmoor ICB)",
        "Dr Sunita Bhardwaj (Head of Mental Health Commissioning, Riverside and Wealdmoor ICB)",
        "Martin Oyelaran (Director of Operations, Riverton and Wealdmoor Partnership NHS "
        "Foundation Trust)",
        "Owen Pettifer (Chief Executive, Healthwatch Riverton)",
        "Kirsty Vallance (Democratic Services Officer)",
    ]),
]


def _para(text):
    # Text that already holds markup (<strong>) is trusted; ampersands are escaped.
    return '<p class="MsoNormal">' + text.replace("& ", "&amp; ") + "</p>"


def riverton_html():
    title = ("Agenda for Health Scrutiny Committee on Tuesday, 14th January, 2025, 10.00 am "
             "| Riverton City Council")
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">')
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    w('<meta name="viewport" content="width=device-width, initial-scale=1" />')
    w(f"<title>{html.escape(title)}</title>")
    w('<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.min.css" '
      'rel="stylesheet" />')
    w('<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />')
    w('<link type="text/css" href="SiteSpecific/ssWordStyles.css" rel="stylesheet" />')
    w('<link type="text/css" href="SiteSpecific/ssMgResponsive.css" rel="stylesheet" />')
    w('<script type="text/javascript" src="jquery-ui/js/jquery-3.6.0.min.js"></script>')
    w('<script type="text/javascript" src="jquery-ui/js/jquery-ui-1.13.2.min.js"></script>')
    w('<script type="text/javascript">')
    w("if(window.$) { $(document).ready(function() { $('.mgAiTitleLink').attr('target', "
      "'_blank'); }); }")
    w("var mgJsSettings = { siteUrl: 'https://democracy.riverton.example/', meetingId: 8712 };")
    w("</script>")
    w("</head>")
    w('<body class="mgBody">')
    w('<div id="container">')
    w('<div id="header"><a class="skiplink" href="#modgov">Skip to content</a>')
    w('<a href="https://www.riverton.example/"><img src="SiteSpecific/logo.png" '
      'alt="Riverton City Council" /></a>')
    w('<ul id="topnav"><li><a href="https://www.riverton.example/">Home</a></li>'
      '<li><a href="https://www.riverton.example/services">Services</a></li>'
      '<li><a href="ieDocHome.aspx?bcr=1">Council and democracy</a></li></ul></div>')
    w('<div id="breadcrumb"><ul class="mgBreadCrumb">'
      '<li><a href="https://www.riverton.example/">Home</a></li>'
      '<li><a href="ieDocHome.aspx?bcr=1">Council and democracy</a></li>'
      '<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>'
      '<li><a href="mgCommitteeDetails.aspx?ID=142">Health Scrutiny Committee</a></li>'
      '<li>Meeting</li></ul></div>')
    w('<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes'
      '</h1></div>')
    w('<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Health Scrutiny Committee - '
      'Tuesday, 14th January, 2025 10.00 am</h2></div>')
    w('<div class="mgLinks"><ul>'
      '<li><a href="ieListMeetings.aspx?CommitteeId=142">Meetings</a></li>'
      '<li><a href="mgCommitteeDetails.aspx?ID=142">Membership</a></li>'
      '<li><a href="mgMeetingAttendance.aspx?ID=8712">Attendance details</a></li>'
      '<li><a href="ieIssueHistory.aspx?MId=8712">Issue history</a></li>'
      '<li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>'
      '</ul></div>')
    w('<div class="mgContent">')
    w('<p class="mgSectionTitle"><span class="mgLabel">Venue: </span>Committee Room 2, '
      'Riverton Civic Centre, Market Square, Riverton RV1 2AB. '
      '<a href="mgGeoLocation.aspx?ID=14">View directions</a></p>')
    w('<p><span class="mgLabel">Contact: </span>Kirsty Vallance, Democratic Services Officer '
      '<a href="mailto:democratic.services@riverton.example">Email: '
      'democratic.services@riverton.example</a> Tel: 01632 960 414</p>')
    w('<h2 class="mgSectionTitle">Media</h2>')
    w('<div class="mgWebcast"><p><a href="https://riverton.public-i.example/core/portal/'
      'webcast_interactive/87120">Watch the webcast of this meeting</a></p></div>')
    w('<ul class="mgActionList">'
      '<li><a href="documents/g8712/Public%20reports%20pack%2014th-Jan-2025%2010.00%20'
      'Health%20Scrutiny%20Committee.pdf?T=10">Agenda reports pack PDF 4 MB</a></li>'
      '<li><a href="documents/g8712/Printed%20minutes%2014th-Jan-2025%2010.00%20'
      'Health%20Scrutiny%20Committee.pdf?T=1">Printed minutes PDF 233 KB</a></li>'
      '</ul>')

    w('<h2 class="mgSectionTitle">Attendance details</h2>')
    w('<div class="mgAttendance">')
    for label, names in RIVERTON_ATTENDANCE:
        w(f'<p class="mgSubItemTitleTxt">{html.escape(label)}</p>')
        w('<ul class="mgBulletList">')
        for n in names:
            w(f"<li>{html.escape(n)}</li>")
        w("</ul>")
    w("</div>")

    w('<h2 class="mgSectionTitle">Items</h2>')
    w('<table class="mgItemTable" summary="Table of items for this meeting">')
    w('<tr class="mgTableHeaderRow"><th scope="col" class="mgItemNumberCell">No.</th>'
      '<th scope="col">Item</th></tr>')
    for item in RIVERTON_ITEMS:
        w('<tr>')
        w(f'<td class="mgItemNumberCell"><p><a id="AI{item["id"]}"></a>{item["number"]}'
          f'</p></td>')
        w('<td>')
        w(f'<p class="mgAiTitleTxt"><a href="mgAi.aspx?ID={item["id"]}" '
          f'title="Link to item {item["id"]}" class="mgAiTitleLink">'
          f'{html.escape(item["title"])}</a></p>')
        if item.get("docs"):
            w('<div class="mgSubItemTitleTxt">Supporting documents:</div>')
            w('<ul class="mgBulletList">')
            for code, name, size in item["docs"]:
                w(f'<li><a href="documents/{code}/{name.replace(" ", "%20")}.pdf" '
                  f'class="mgAiTitleLink">{html.escape(name)}</a> '
                  f'<span class="mgSize">PDF {size}</span></li>')
            w("</ul>")
        w('<p class="mgSubItemTitleTxt">Minutes:</p>')
        w('<div class="mgWordPara">')
        for p in item["minutes"]:
            w(_para(p))
        w("</div>")
        if item.get("decision"):
            w('<p class="mgSubItemTitleTxt">Decision:</p>')
            w('<div class="mgWordPara">')
            for p in item["decision"]:
                w(_para(p))
            w("</div>")
        w("</td></tr>")
    w("</table>")
    w('<h2 class="mgSectionTitle">Additional documents</h2>')
    w('<ul class="mgBulletList"><li><a href="documents/s48955/Supplementary%20agenda.pdf" '
      'class="mgAiTitleLink">Supplementary agenda</a> <span class="mgSize">PDF 91 KB</span>'
      '</li></ul>')
    w("</div></div>")
    w('<div id="footer"><p>Riverton City Council, Riverton Civic Centre, Market Square, '
      'Riverton RV1 2AB</p><p><a href="mgAccessibility.aspx">Accessibility</a> | '
      '<a href="https://www.riverton.example/privacy">Privacy</a> | Powered by ModernGov</p>'
      '</div>')
    w("</div></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# A small line-layout engine for the PDFs: it breaks lines itself (so that it knows where
# words were hyphenated and where pages broke) and keeps a log of what each page prints.
# ---------------------------------------------------------------------------------------

# Break points for the few long words that a word processor would hyphenate.
HYPHENATION = {
    w.replace("-", ""): w for w in """
    ac-com-mo-da-tion ex-pen-di-ture pro-cure-ment ar-range-ments rec-om-mend-ed
    par-tic-u-lar-ly or-gan-i-sa-tions rep-re-sen-ta-tives in-vest-ment man-age-ment
    per-for-mance spec-i-fi-ca-tion con-ces-sion-ary com-mis-sion-ing as-sess-ment
    tem-po-rary part-ner-ship in-equal-i-ties re-cruit-ment in-for-ma-tion
    avail-abil-i-ty au-thor-i-ty dep-ri-va-tion prev-a-lence In-te-grat-ed
    Coun-cil-lor Com-mu-ni-ty con-trac-tor mon-i-tor-ing ad-di-tion-al pro-tec-tion
    pre-vi-ous-ly eval-u-a-tion in-de-pen-dent com-par-i-son house-holds col-lec-tion
    ap-point-ments con-sul-ta-tion con-sid-ered pro-gramme Port-fo-lio
    home-less-ness in-vest-ment ex-ist-ing op-er-a-tor pur-chas-ing ap-prox-i-mate-ly
    pre-sen-ta-tion den-tists re-spon-si-bil-i-ty con-tin-ued
    re-quire-ment ac-qui-si-tion fa-cil-i-ties ac-count-able un-der-spend
    """.split()
}


def hyphen_points(word):
    """Return the prefixes (without hyphen) at which `word` may be broken."""
    core = re.match(r"^([A-Za-z]+)(.*)$", word)
    if not core:
        return []
    letters, tail = core.groups()
    pattern = HYPHENATION.get(letters)
    if not pattern:
        return []
    parts = pattern.split("-")
    cuts, acc = [], ""
    for part in parts[:-1]:
        acc += part
        if len(acc) >= 3 and len(letters) - len(acc) >= 3:
            cuts.append(acc)
    return cuts


class PdfWriter:
    def __init__(self, header, footer_fmt, body_size=10.5, left=25, right=20, indent=0,
                 title=None, author=None):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="P", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_DATE)
        if title:
            self.pdf.set_title(title)
        if author:
            self.pdf.set_author(author)
        self.pdf.set_creator("Microsoft Word for Microsoft 365")
        self.pdf.set_producer("Microsoft Word for Microsoft 365")
        self.pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.pdf.add_font("Body", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.header = header
        self.footer_fmt = footer_fmt
        self.size = body_size
        self.lh = body_size * 0.50
        self.left = left
        self.right_edge = 210 - right
        self.bottom = 270
        self.pages = []          # list of lists of printed lines
        self.hyphenated = 0
        self.split_paragraphs = 0
        self.y = None
        self.new_page()

    # -- pages -----------------------------------------------------------------------
    def new_page(self):
        if self.pages:
            self._footer()
        self.pdf.add_page()
        self.pages.append([])
        if self.header:
            self.pdf.set_font("Body", "I", 8.5)
            self.pdf.set_xy(self.left, 10)
            self.pdf.cell(self.right_edge - self.left, 5, self.header, align="R")
            self.pages[-1].append(self.header)
            self.pdf.set_draw_color(120, 120, 120)
            self.pdf.line(self.left, 16, self.right_edge, 16)
        self.y = 22

    def _footer(self):
        n = len(self.pages)
        text = self.footer_fmt.format(n=n)
        self.pdf.set_font("Body", "", 9)
        self.pdf.set_xy(self.left, 282)
        self.pdf.cell(self.right_edge - self.left, 5, text, align="C")
        self.pages[-1].append(text)

    def finish(self, path):
        self._footer()
        self.pdf.output(str(path))

    # -- text ------------------------------------------------------------------------
    def width(self, s, style="", size=None):
        self.pdf.set_font("Body", style, size or self.size)
        return self.pdf.get_string_width(s)

    def wrap(self, text, width, style="", size=None):
        words = text.split()
        lines, cur, hyph = [], "", []
        i = 0
        while i < len(words):
            word = words[i]
            trial = (cur + " " + word) if cur else word
            if self.width(trial, style, size) <= width:
                cur = trial
                i += 1
                continue
            # the word does not fit: try to hyphenate it
            placed = False
            for cut in reversed(hyphen_points(word)):
                piece = (cur + " " + cut + "-") if cur else cut + "-"
                if self.width(piece, style, size) <= width:
                    lines.append(piece)
                    hyph.append(True)
                    words[i] = word[len(cut):]
                    cur = ""
                    placed = True
                    break
            if placed:
                continue
            if not cur:          # a single word longer than the line
                lines.append(word)
                hyph.append(False)
                i += 1
                continue
            lines.append(cur)
            hyph.append(False)
            cur = ""
        if cur:
            lines.append(cur)
            hyph.append(False)
        return lines, hyph

    def _emit(self, x, text, style="", size=None, align="L", w=None, keep=1):
        lh = (size or self.size) * 0.50
        if self.y + lh > self.bottom:
            self.new_page()
        self.pdf.set_font("Body", style, size or self.size)
        self.pdf.set_xy(x, self.y)
        self.pdf.cell(w if w is not None else self.right_edge - x, lh, text, align=align)
        self.pages[-1].append(text)
        self.y += lh

    def space(self, mm=2.5):
        self.y += mm

    def need(self, mm):
        if self.y + mm > self.bottom:
            self.new_page()

    def block(self, text, x=None, style="", size=None, align="L", label=None, label_x=None,
              after=2.5, keep_lines=2):
        """A paragraph starting at x; `label` (a minute number, "(a)", "Q.") hangs at label_x."""
        x = self.left if x is None else x
        lines, hyph = self.wrap(text, self.right_edge - x, style, size)
        lh = (size or self.size) * 0.50
        self.need(lh * min(keep_lines, len(lines)))
        start_page = len(self.pages)
        for n, line in enumerate(lines):
            if n == 0 and label:
                if self.y + lh > self.bottom:
                    self.new_page()
                self.pdf.set_font("Body", style, size or self.size)
                self.pdf.set_xy(label_x, self.y)
                self.pdf.cell(x - label_x, lh, label)
                # the label and the first line are one printed line
                self._emit(x, line, style, size, align)
                self.pages[-1][-1] = label + " " + line
            else:
                self._emit(x, line, style, size, align)
        self.hyphenated += sum(hyph)
        if len(self.pages) != start_page:
            self.split_paragraphs += 1
        self.y += after

    def layout_text(self):
        """What the PDF prints, page by page, in reading order."""
        return "\n".join("\n".join(p) for p in self.pages)


# ---------------------------------------------------------------------------------------
# 2. a-harbourside-overview-scrutiny.pdf : district council Overview and Scrutiny minutes
# ---------------------------------------------------------------------------------------

HARBOURSIDE_HEADER = "Overview and Scrutiny Committee – 5 March 2025"

HARBOURSIDE_ATTENDANCE = [
    ("PRESENT:", [
        "Councillor P Hendry (Chairman)",
        "Councillor D Foulkes (Vice-Chairman)",
        "Councillors Mrs J Albright, R Castellano, K Mbeki, S Nunn, T O’Rourke and "
        "Mrs V Wainwright",
    ]),
    ("ALSO PRESENT:", [
        "Councillor L Greaves (Portfolio Holder for Housing and Communities)",
        "Councillor M Sutcliffe (Portfolio Holder for Leisure and Wellbeing)",
    ]),
    ("OFFICERS:", [
        "A Kershaw (Director of Communities)",
        "N Petrakis (Head of Housing Options)",
        "C Mulvaney (Leisure Client Manager)",
        "F Ogundipe (Chief Finance Officer)",
        "R Lister (Democratic Services Officer)",
    ]),
    ("IN ATTENDANCE:", [
        "J Pennock (Place Director, Northshore Integrated Care Board)",
        "Dr E Varga (Clinical Director, Harbourside Coastal Primary Care Network)",
    ]),
]

# (kind, ...) blocks. "minute": number, heading, item reference.
HARBOURSIDE_BLOCKS = [
    ("minute", "OSC/41", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", "(Item 1)"),
    ("p", "Apologies for absence were received from Councillors B Iqbal and H Staunton. "
          "Councillor Mrs V Wainwright attended as a substitute for Councillor H Staunton."),

    ("minute", "OSC/42", "DECLARATIONS OF INTEREST", "(Item 2)"),
    ("p", "Councillor R Castellano declared an other registrable interest in minute OSC/45 as "
          "a trustee of Harbourside Community Leisure Trust. He took no part in the discussion "
          "or vote on that item and left the Chamber while it was considered."),

    ("minute", "OSC/43", "MINUTES", "(Item 3)"),
    ("p", "RESOLVED that the minutes of the meeting of the Committee held on 22 January 2025 "
          "be approved as a correct record and signed by the Chairman."),

    ("minute", "OSC/44", "HOMELESSNESS AND TEMPORARY ACCOMMODATION", "(Item 4)"),
    ("p", "The Head of Housing Options presented the report (Item 4), which reviewed the "
          "Council’s response to the rising demand for homelessness services during 2024/25. "
          "The number of households in temporary accommodation had risen from 118 at the end "
          "of March 2024 to 163 at the end of January 2025, of whom 97 were families with "
          "children. Net expenditure on temporary accommodation was forecast to reach £2.4 "
          "million for the year against a budget of £1.3 million, largely because of the "
          "cost of nightly-paid accommodation outside the district. The Portfolio Holder for "
          "Housing and Communities thanked the housing options team for its work during a "
          "very difficult winter."),
    ("p", "Further to comments and questions from Members it was noted:"),
    ("l", "(a)", "Members queried why the Council continued to rely on nightly-paid "
                 "accommodation when buying properties could be cheaper in the longer term. "
                 "The Head of Housing Options explained that Cabinet had approved the purchase "
                 "of 24 homes through the Local Authority Housing Fund and that the first 11 "
                 "would be available by the summer;"),
    ("l", "(b)", "a Member expressed concern at the number of families placed in bed and "
                 "breakfast accommodation for longer than the six-week legal limit, which had "
                 "happened on four occasions since October;"),
    ("l", "(c)", "in response to a question about evictions from the private rented sector, "
                 "officers confirmed that the ending of private tenancies remained the most "
                 "common reason for homelessness in the district, accounting for 41 per cent "
                 "of approaches;"),
    ("l", "(d)", "Members asked whether the Council was working with the Integrated Care "
                 "Board and the County Council on hospital discharge for people with no home "
                 "to return to; it was confirmed that a housing officer was now based at "
                 "Harbourside Community Hospital three days a week, funded through the Better "
                 "Care Fund;"),
    ("l", "(e)", "a Member requested that future reports include the number of care leavers "
                 "and young people aged 16 and 17 presenting as homeless; and"),
    ("l", "(f)", "the Committee sought clarification on the forecast overspend of £1.1 million "
                 "and whether it would be met from reserves. The Chief Finance Officer advised "
                 "that it would be met from the homelessness reserve this year, but that the "
                 "pressure had been built into the draft budget for 2025/26."),
    ("p", "RECOMMENDED to Cabinet that (1) the acquisition programme for temporary "
          "accommodation be extended by a further 20 homes, subject to a business case; and "
          "(2) a protocol be agreed with the Integrated Care Board to prevent people being "
          "discharged from hospital into homelessness."),

    ("minute", "OSC/45", "LEISURE SERVICES – FUTURE MANAGEMENT ARRANGEMENTS", "(Item 5)"),
    ("p", "The Portfolio Holder for Leisure and Wellbeing introduced the report (Item 5), "
          "which set out the options for managing the Council’s three leisure centres when "
          "the current contract with Harbourside Community Leisure Trust expires on 31 March "
          "2026. The options appraisal compared a procured contract with an external operator, "
          "a new local authority trading company and a return to in-house management. The "
          "report recommended a competitive procurement, which was forecast to reduce the "
          "annual management fee by approximately £310,000."),
    ("qa", "Q.", "Members asked what protection there would be for the terms and conditions "
                 "of leisure staff if the service transferred to a new operator."),
    ("qa", "A.", "The Leisure Client Manager advised that staff would transfer under TUPE "
                 "with their existing terms and conditions protected, and that pension "
                 "arrangements would form part of the evaluation of bids."),
    ("qa", "Q.", "A Member asked whether a commercial operator would be able to close "
                 "facilities or raise prices in order to increase its profit."),
    ("qa", "A.", "The Director of Communities said that the specification would set maximum "
                 "prices for concessionary memberships and require the operator to keep all "
                 "three sites open, and that the Council would retain ownership of the "
                 "buildings."),
    ("p", "Concerns were raised that the appraisal had not given equal weight to bringing the "
          "service back in-house, and that much of the saving from outsourcing depended on a "
          "VAT advantage that might not last for the length of the contract."),
    ("p", "It was asked how the views of residents and existing centre users had been taken "
          "into account. Officers explained that 1,460 people had responded to the leisure "
          "survey in autumn 2024 and that the results had shaped the draft specification, "
          "particularly the opening hours and the swimming lesson programme."),
    ("p", "Councillor T O’Rourke moved, and Councillor S Nunn seconded, an amendment that the "
          "Committee also ask Cabinet to commission a full and independent cost comparison "
          "with the in-house option before any procurement began. On being put to the vote, "
          "the amendment was lost."),
    ("p", "RECOMMENDED to Cabinet that (1) a competitive procurement for the management of "
          "the Council’s leisure centres be undertaken on the basis set out in the report; "
          "(2) the specification include a cap on concessionary membership prices and a "
          "requirement to keep all three sites open; and (3) this Committee be consulted on "
          "the draft specification before the tender is issued."),

    ("minute", "OSC/46", "HARBOURSIDE HEALTH AND WELLBEING PARTNERSHIP", "(Item 6)"),
    ("p", "J Pennock, Place Director at Northshore Integrated Care Board, and Dr E Varga, "
          "Clinical Director of Harbourside Coastal Primary Care Network, gave a presentation "
          "on the work of the Harbourside Health and Wellbeing Partnership, which brought "
          "together the District Council, the County Council, the NHS and the voluntary "
          "sector to tackle health inequalities in the district. Life expectancy for men in "
          "the most deprived wards was 9.4 years lower than in the least deprived wards."),
    ("p", "A Member asked why there was still no NHS dental practice in the district "
          "accepting new adult patients. Dr Varga said that responsibility for dental "
          "services had passed to the Integrated Care Board in 2023 and that an additional "
          "3,000 urgent appointments had been funded this year, but that attracting dentists "
          "to coastal towns remained very difficult."),
    ("qa", "Q.", "What was being done to reduce smoking rates in Eastcliff and Mariners, the "
                 "two wards with the highest prevalence in the district?"),
    ("qa", "A.", "The Place Director said that the County Council had recommissioned its stop "
                 "smoking service with a new outreach team, which would run clinics in both "
                 "wards from April and offer free vapes as a quit aid."),
    ("p", "Concerns were expressed that the partnership had no budget of its own and relied "
          "on short-term grants, which made it difficult to plan beyond a single year."),
    ("p", "A Member questioned how the partnership was held accountable to local residents, "
          "and whether its meetings were open to the public."),
    ("p", "Councillor S Nunn moved, and Councillor K Mbeki seconded, that a task and finish "
          "group be established to review access to NHS dentistry in the district and report "
          "back to the Committee by September 2025. On being put to the vote, the motion was "
          "carried."),
    ("p", "RESOLVED that the presentation on the work of the Harbourside Health and Wellbeing "
          "Partnership be noted."),

    ("minute", "OSC/47", "QUARTER 3 PERFORMANCE AND BUDGET MONITORING", "(Item 7)"),
    ("p", "The Chief Finance Officer presented the Quarter 3 report (Item 7). The General Fund "
          "was forecast to overspend by £640,000, mainly because of temporary accommodation "
          "costs, partly offset by additional investment income of £290,000. Eighteen of "
          "the 24 corporate performance indicators were on target."),
    ("p", "A Member questioned the continued use of agency staff in the planning service, "
          "which had cost £186,000 in the first three quarters of the year. The Chief Finance "
          "Officer replied that two of the four vacant planning posts had now been filled "
          "and that agency spending was expected to fall in the final quarter."),
    ("p", "Members asked whether the waste collection contractor had been penalised for the "
          "high number of missed collections in the autumn. Officers confirmed that service "
          "credits of £23,500 had been deducted under the terms of the contract."),
    ("p", "Concern was expressed that the council tax collection rate had fallen for the "
          "second year running."),
    ("p", "The Quarter 3 performance and budget monitoring report was NOTED."),

    ("minute", "OSC/48", "WORK PROGRAMME 2025/26", "(Item 8)"),
    ("p", "The Committee considered its draft work programme for 2025/26."),
    ("p", "RESOLVED that the work programme be approved, with the addition of the dentistry "
          "task and finish group agreed under minute OSC/46."),
    ("p", "The meeting closed at 9.07 pm."),
]


def harbourside_pdf(path):
    pw = PdfWriter(HARBOURSIDE_HEADER, "Page {n}",
                   title="Minutes - Overview and Scrutiny Committee - 5 March 2025",
                   author="Democratic Services")
    num_x, body_x, hang_x = 25, 45, 55
    pw.block("HARBOURSIDE DISTRICT COUNCIL", style="B", size=14, align="C", after=3)
    pw.block("MINUTES of a meeting of the OVERVIEW AND SCRUTINY COMMITTEE held in the Council "
             "Chamber, The Guildhall, Quay Street, Harbourside on Wednesday 5 March 2025 at "
             "6.30 pm", after=5)
    for label, rows in HARBOURSIDE_ATTENDANCE:
        for n, row in enumerate(rows):
            pw.block(row, x=body_x + 17, label=label if n == 0 else None, label_x=num_x,
                     after=0.6)
        pw.space(2.5)
    pw.space(2)
    for block in HARBOURSIDE_BLOCKS:
        kind = block[0]
        if kind == "minute":
            _, number, heading, ref = block
            pw.need(pw.lh * 4)
            pw.block(f"{heading} {ref}", x=body_x, style="B", label=number, label_x=num_x,
                     after=2)
        elif kind == "p":
            pw.block(block[1], x=body_x)
        elif kind == "l":
            pw.block(block[2], x=hang_x, label=block[1], label_x=body_x, after=1.5)
        elif kind == "qa":
            pw.block(block[2], x=hang_x, label=block[1], label_x=body_x,
                     after=1.0 if block[1] == "Q." else 2.5)
    pw.space(6)
    pw.need(pw.lh * 3)
    pw.block("Chairman ....................................................", x=body_x,
             after=4)
    pw.block("Date ...........................................................", x=body_x)
    pw.finish(path)
    return pw


# ---------------------------------------------------------------------------------------
# 3. a-lowfield-public-questions.txt : plain-text minutes of full Council
# ---------------------------------------------------------------------------------------

LOWFIELD_HEAD = """\
LOWFIELD METROPOLITAN BOROUGH COUNCIL

COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL HELD IN THE COUNCIL CHAMBER, LOWFIELD
TOWN HALL, ON WEDNESDAY, 26 FEBRUARY 2025 AT 6.00 PM

PRESENT:   The Mayor (Councillor Mrs E Holroyd) in the Chair
           The Deputy Mayor (Councillor K Banerjee)

           Councillors J Ackroyd, Mrs S Barraclough, T Brannigan, D Cheshire,
           Ms L Dacosta, P Eastwood, Mrs M Fairclough, Ms P Greenhalgh, R Haigh,
           A Hussain, N Jagger, Mrs C Kilner, B Lomax, S Mahmood, G Naylor,
           Mrs F Oldroyd, I Pickles, Ms H Quarmby, W Rushworth, Mrs D Sykes,
           M Thackray and R Whiteley

IN ATTENDANCE:
           Chief Executive - Ms F Leggett
           Director of Resources (Section 151 Officer) - Mr A Colquhoun
           Monitoring Officer - Mrs H Dunmore
           Democratic Services Manager - Mr P Ingham

Approximately 40 members of the public were present in the public gallery.
"""

# (kind, text): "h" = numbered item heading "68.  TITLE"; "p" = paragraph; "b" = bullet;
# "s" = a sub-heading inside an item; "q" = quoted question or answer text.
LOWFIELD_BODY = [
    ("h", "68.", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Mrs J Crowther, S Elland "
          "and Ms K Vickers."),

    ("h", "69.", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Mrs C Kilner declared a non-pecuniary interest in minute 72 as her "
          "mother is a resident of Moorside House. Councillor A Hussain declared a "
          "non-pecuniary interest in minute 74 as a trustee of Lowfield Citizens Advice."),

    ("h", "70.", "MINUTES"),
    ("p", "RESOLVED - That the minutes of the meeting of the Council held on 11 December "
          "2024 be approved as a correct record and signed by the Mayor."),

    ("h", "71.", "MAYOR'S ANNOUNCEMENTS"),
    ("p", "The Mayor thanked the staff and volunteers who had supported the Holocaust "
          "Memorial Day service at the Town Hall on 27 January, and reminded Members that "
          "the Mayor's Charity Ball would take place on 4 April in aid of Lowfield Young "
          "Carers and the Calder Valley Hospice."),

    ("h", "72.", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "The Mayor reported that four questions had been received from members of the "
          "public in accordance with Council Procedure Rule 10."),
    ("s", "(1) Question from Mr D Pickering to the Cabinet Member for Housing and "
          "Regeneration (Councillor G Naylor)"),
    ("p", "Mr Pickering asked the following question:"),
    ("q", "\"Lowfield now has more than 90 families with children living in temporary "
          "accommodation, some of them in bed and breakfast hotels for months at a time. "
          "What is the Council doing to stop using hotels and to find settled homes for "
          "these families?\""),
    ("p", "Councillor Naylor replied that the Council had reduced the number of families in "
          "bed and breakfast from 31 to 12 since September by leasing 45 properties from "
          "private landlords, and that the Council's own building programme would deliver "
          "160 new council homes by 2027, the first of them at Canal Wharf this summer."),
    ("p", "By way of a supplementary question, Mr Pickering asked how many of those families "
          "had been placed outside the borough, away from their children's schools. In "
          "reply, Councillor Naylor said that 19 families were currently placed out of the "
          "borough and that the Council paid for school transport in every case where a "
          "child remained at a Lowfield school."),
    ("s", "(2) Question from Mrs S Ahmed to the Cabinet Member for Adult Social Care and "
          "Health (Councillor Mrs F Oldroyd)"),
    ("p", "Mrs Ahmed asked the following question:"),
    ("q", "\"Residents of Moorside House and their families have been told that the Council "
          "intends to hand the home over to a private operator. Why is the Council selling "
          "off one of its last two council-run care homes, and what guarantees will residents "
          "have about the standard of their care?\""),
    ("p", "Councillor Oldroyd replied that no decision had been taken. Cabinet would consider "
          "a report in April setting out three options, one of which was to keep Moorside "
          "House in the Council's ownership with an investment of £1.8 million to bring the "
          "building up to current standards. Whatever the outcome, no resident would be "
          "required to move against their wishes."),
    ("p", "In a supplementary question, Mrs Ahmed asked whether the views of residents and "
          "their families would be reported to Cabinet before any decision was made. "
          "Councillor Oldroyd confirmed that the results of the consultation, which closes "
          "on 14 March, would be published in full as an appendix to the Cabinet report."),
    ("s", "(3) Question from Ms R Kowalczyk to the Cabinet Member for Children and Families "
          "(Councillor Ms H Quarmby)"),
    ("p", "Ms Kowalczyk asked the following question:"),
    ("q", "\"Parents of children with special educational needs in Lowfield are waiting up "
          "to a year for an Education, Health and Care Plan. How many plans are issued within "
          "the 20-week legal timescale, and what is being done about it?\""),
    ("p", "Councillor Quarmby replied that 38 per cent of new plans had been issued within "
          "20 weeks in 2024, compared with 19 per cent in 2023. Four additional educational "
          "psychologists had been appointed since the autumn and the backlog of assessments "
          "had fallen from 212 to 96. She accepted that performance was still not good "
          "enough and apologised to the families affected."),
    ("p", "Ms Kowalczyk did not ask a supplementary question."),
    ("s", "(4) Question from Mr J Fenwick to the Leader of the Council (Councillor B Lomax)"),
    ("p", "Mr Fenwick had submitted the following question:"),
    ("q", "\"Why is the Council extending the refuse collection contract with Northgate "
          "Environmental Services Ltd for a further five years without putting it out to "
          "tender?\""),
    ("p", "Mr Fenwick was not present at the meeting. The Mayor advised that a written "
          "response would be sent to him and published on the Council's website."),

    ("h", "73.", "QUESTIONS FROM MEMBERS"),
    ("p", "The following questions were asked in accordance with Council Procedure Rule 11."),
    ("s", "(1) Councillor T Brannigan to the Cabinet Member for Adult Social Care and Health"),
    ("p", "Councillor Brannigan asked how many hours of home care that had been assessed as "
          "needed each week were not being delivered because of a shortage of care workers."),
    ("p", "Councillor Oldroyd replied that the number of unmet home care hours had fallen "
          "from 2,100 a week in January 2024 to around 380 a week, following the Council's "
          "decision to require payment of the real Living Wage in its home care contracts."),
    ("p", "Councillor Brannigan asked a supplementary question about the turnover of care "
          "workers employed by the borough's home care agencies. Councillor Oldroyd said "
          "that turnover had reduced from 34 per cent to 27 per cent over the year, but that "
          "recruitment remained difficult in the rural wards of the borough."),
    ("s", "(2) Councillor Ms P Greenhalgh to the Cabinet Member for Adult Social Care and "
          "Health"),
    ("p", "Councillor Greenhalgh asked what assurance the Cabinet Member could give that the "
          "drug and alcohol treatment service would continue to be funded after the current "
          "grant ends in March 2026."),
    ("p", "Councillor Oldroyd replied that the Government had confirmed the Drug and Alcohol "
          "Treatment and Recovery Improvement Grant for 2025/26 only, and that the Director "
          "of Public Health was preparing options for the service beyond that date."),

    ("h", "74.", "BUDGET AND COUNCIL TAX 2025/26"),
    ("p", "The Leader of the Council, Councillor B Lomax, moved and the Cabinet Member for "
          "Finance and Resources, Councillor W Rushworth, seconded the recommendations of "
          "Cabinet from its meeting on 12 February 2025 on the revenue budget, capital "
          "programme and council tax for 2025/26. The proposals included a net revenue "
          "budget of £287.4 million and an increase in council tax of 4.99 per cent, of "
          "which 2 per cent was the adult social care precept."),
    ("p", "In the debate on the budget, the following points were raised:"),
    ("b", "concern that the reduction of £450,000 in grants to advice and community "
          "organisations would increase demand on the Council's own services;"),
    ("b", "a question whether the capital programme included funding for the new family hub "
          "in Eastmoor, to which Councillor Rushworth replied that £2.2 million had been "
          "allocated in 2025/26 and building work would start in the autumn;"),
    ("b", "concern that the proposed savings in stop smoking and sexual health services would "
          "widen health inequalities between the east and west of the borough;"),
    ("b", "a request that the Council lobby the Government for a multi-year funding "
          "settlement for adult social care;"),
    ("b", "a question as to why the budget contained no additional funding for the borough's "
          "two homelessness hostels; and"),
    ("b", "concern at the continued use of reserves to balance the budget. In his right of "
          "reply the Leader stated that the general fund reserve would remain above the "
          "minimum level of £12 million recommended by the Section 151 Officer."),
    ("p", "In accordance with the Local Authorities (Standing Orders) (England) (Amendment) "
          "Regulations 2014, a recorded vote was taken. For: 17. Against: 6. Abstentions: 1."),
    ("p", "RESOLVED - That"),
    ("p", "(1) the net revenue budget for 2025/26 of £287.4 million be approved;"),
    ("p", "(2) the Band D council tax for the Council's services for 2025/26 be set at "
          "£2,046.18, an increase of 4.99 per cent including the adult social care precept;"),
    ("p", "(3) the capital programme for 2025/26 to 2027/28 of £164.9 million be approved; and"),
    ("p", "(4) the Section 151 Officer's statement on the robustness of the estimates and the "
          "adequacy of reserves be noted."),

    ("h", "75.", "NOTICE OF MOTION - NHS DENTISTRY"),
    ("p", "Councillor T Brannigan moved and Councillor Ms L Dacosta seconded the following "
          "motion, notice of which had been given in accordance with Council Procedure "
          "Rule 14:"),
    ("q", "\"This Council notes that no NHS dental practice in Lowfield is accepting new adult "
          "patients, and that children in the borough wait an average of 14 months for "
          "dental treatment under general anaesthetic. This Council resolves to (a) write to "
          "the Secretary of State for Health and Social Care calling for reform of the NHS "
          "dental contract; (b) ask the Health and Adult Social Care Scrutiny Committee to "
          "review access to NHS dentistry in the borough; and (c) work with the Integrated "
          "Care Board to extend supervised toothbrushing to every primary school in "
          "Lowfield.\""),
    ("p", "An amendment was moved by Councillor W Rushworth and seconded by Councillor "
          "J Ackroyd to delete paragraph (a) and replace it with a request that the Leader "
          "raise the matter with the Integrated Care Board. Upon being put to the vote, the "
          "amendment was lost."),
    ("p", "The original motion was then put to the vote and was carried, and it was"),
    ("p", "RESOLVED - That this Council (a) write to the Secretary of State for Health and "
          "Social Care calling for reform of the NHS dental contract; (b) ask the Health and "
          "Adult Social Care Scrutiny Committee to review access to NHS dentistry in the "
          "borough; and (c) work with the Integrated Care Board to extend supervised "
          "toothbrushing to every primary school in Lowfield."),

    ("h", "76.", "APPOINTMENTS TO COMMITTEES"),
    ("p", "RESOLVED - That Councillor Mrs D Sykes replace Councillor R Haigh on the Health and "
          "Adult Social Care Scrutiny Committee for the remainder of the 2024/25 municipal "
          "year."),
]


def lowfield_txt():
    out = [LOWFIELD_HEAD]
    ind = " " * 6
    for entry in LOWFIELD_BODY:
        kind = entry[0]
        if kind == "h":
            out.append("")
            out.append(f"{entry[1]:<6}{entry[2]}")
            out.append(ind + "-" * len(entry[2]))
            out.append("")
            continue
        text = entry[1]
        if kind == "b":
            lines = textwrap.wrap(text, 80, initial_indent=ind + "-   ",
                                  subsequent_indent=ind + "    ", break_on_hyphens=False,
                                  break_long_words=False)
        elif kind == "q":
            lines = textwrap.wrap(text, 76, initial_indent=ind + "    ",
                                  subsequent_indent=ind + "    ", break_on_hyphens=False,
                                  break_long_words=False)
        else:
            lines = textwrap.wrap(text, 80, initial_indent=ind, subsequent_indent=ind,
                                  break_on_hyphens=False, break_long_words=False)
        out.extend(lines)
        out.append("")
    out.append("")
    out.append("The meeting closed at 8.41 pm.")
    out.append("")
    out.append("                                                      MAYOR")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# 4a. a-riverton-agenda-frontsheet.pdf : an agenda front sheet (not minutes)
# ---------------------------------------------------------------------------------------

AGENDA_ITEMS = [
    ("1.", "Apologies for Absence and Substitutions", None,
     "To receive apologies for absence and to note any substitutions."),
    ("2.", "Declarations of Interest", None,
     "Members are asked to declare any disclosable pecuniary or other interests in any "
     "item on this agenda."),
    ("3.", "Minutes of the Previous Meeting", "(Pages 1 - 10)",
     "To confirm as a correct record the minutes of the meeting held on 14 January 2025. "
     "At that meeting the Committee resolved that a further update on primary care access "
     "be brought in July 2025; this is reflected in the work programme at item 7."),
    ("4.", "Public Questions", None,
     "To receive any questions from members of the public submitted in accordance with "
     "Standing Order 9. Questions must be received by Democratic Services by 5.00 pm on "
     "Wednesday, 5 March 2025. Up to 15 minutes will be allowed for questions and answers."),
    ("5.", "Access to NHS Dentistry in Riverton", "(Pages 11 - 28)",
     "Report of the Director of Primary Care, Riverside and Wealdmoor Integrated Care Board. "
     "The Committee is asked to consider the report and to make any recommendations it "
     "considers appropriate to the Integrated Care Board."),
    ("6.", "Urgent and Emergency Care: Winter Review 2024/25", "(Pages 29 - 44)",
     "Joint report of Riverton General Hospital NHS Trust and the ambulance service. "
     "The recommendations are set out in section 2 of the report."),
    ("7.", "Work Programme 2024/25 and 2025/26", "(Pages 45 - 52)",
     "Report of the Head of Democratic Services. The Committee is asked to agree its work "
     "programme, including any questions it wishes to put to NHS partners at future "
     "meetings."),
]


def riverton_agenda_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Agenda frontsheet Health Scrutiny Committee 11 March 2025")
    pdf.set_author("Riverton City Council")
    pdf.set_creator("ModernGov")
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 18, 20)
    pdf.add_page()
    width = 210 - 42

    def para(text, size=10, style="", h=5, after=2, align="L"):
        pdf.set_font("Body", style, size)
        pdf.multi_cell(width, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    para("RIVERTON CITY COUNCIL", 16, "B", h=8, after=1)
    para("Health Scrutiny Committee", 13, "B", h=7, after=5)
    rows = [
        ("Date:", "Tuesday, 11 March 2025"),
        ("Time:", "10.00 am"),
        ("Venue:", "Committee Room 2, Riverton Civic Centre, Market Square, Riverton RV1 2AB"),
        ("Contact:", "Kirsty Vallance, Democratic Services Officer - Tel: 01632 960 414, "
                     "democratic.services@riverton.example"),
    ]
    for label, value in rows:
        pdf.set_font("Body", "B", 10)
        pdf.cell(28, 6, label)
        pdf.set_font("Body", "", 10)
        pdf.multi_cell(width - 28, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para("Membership", 11, "B", after=1)
    para("Councillors Margaret Ashdown (Chair), Tariq Hollins (Vice-Chair), Rhona Biddulph, "
         "Beverley Crane, Priya Lakhani-Roberts, Daniel Okafor, Alan Perrett, Gillian Thorne "
         "and Stephen Wexley", after=1)
    para("Co-opted member (non-voting): Owen Pettifer, Healthwatch Riverton", after=1)
    para("Quorum: 3 Members", after=4)
    para("Information for the public", 11, "B", after=1)
    para("This meeting will be webcast live. Members of the public may attend, and may ask "
         "questions under item 4 if they have registered in advance. Copies of reports, "
         "minutes of previous meetings and details of how to submit questions are available "
         "on the Council's website or from the contact above. Reports containing exempt "
         "information are marked Part 2 and will be considered in private if the Committee "
         "so resolves.", size=9, h=4.5, after=5)
    para("AGENDA", 13, "B", h=7, after=2)
    para("Part 1 (open to the public)", 11, "B", after=3)
    for number, title, pages, desc in AGENDA_ITEMS:
        pdf.set_font("Body", "B", 10)
        pdf.cell(12, 5.5, number)
        pdf.cell(width - 45, 5.5, title)
        pdf.set_font("Body", "", 9)
        pdf.cell(33, 5.5, pages or "", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(34)
        pdf.set_font("Body", "", 9.5)
        pdf.multi_cell(width - 12, 4.8, desc, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    para("Part 2 (not open to the public)", 11, "B", after=3)
    pdf.set_font("Body", "B", 10)
    pdf.cell(12, 5.5, "8.")
    pdf.cell(width - 12, 5.5, "Exclusion of the Press and Public", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_x(34)
    pdf.set_font("Body", "", 9.5)
    pdf.multi_cell(width - 12, 4.8,
                   "To consider whether it should be resolved that the press and public be "
                   "excluded from the meeting for the following item of business, on the "
                   "grounds that it involves the likely disclosure of exempt information as "
                   "defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government "
                   "Act 1972.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Body", "B", 10)
    pdf.cell(12, 5.5, "9.")
    pdf.cell(width - 12, 5.5, "Community Diagnostic Centre: Contract Performance",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(34)
    pdf.set_font("Body", "", 9.5)
    pdf.multi_cell(width - 12, 4.8, "Exempt report of the Riverside and Wealdmoor Integrated "
                   "Care Board (Pages 53 - 60).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    para("Date of publication: Monday, 3 March 2025", size=9, after=1)
    para("Chief Executive, Riverton City Council", size=9)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# 4b. a-harbourside-report.html : an officer's report to a committee (not minutes)
# ---------------------------------------------------------------------------------------

def harbourside_report_html():
    rows = [
        ("Report to:", "Overview and Scrutiny Committee"),
        ("Date of meeting:", "5 March 2025"),
        ("Report of:", "Director of Communities"),
        ("Portfolio Holder:", "Councillor M Sutcliffe, Leisure and Wellbeing"),
        ("Subject:", "Leisure Services – Future Management Arrangements"),
        ("Wards affected:", "All wards"),
        ("Key decision:", "No (the decision will be taken by Cabinet on 26 March 2025)"),
        ("Exempt information:", "None; Appendix C is exempt under paragraph 3 of Schedule 12A"),
    ]
    sections = [
        ("1.", "Purpose of the report", [
            ("1.1", "To set out the options for the future management of the Council’s three "
                    "leisure centres (Harbourside Pool and Fitness, Quayside Sports Hall and "
                    "Eastcliff Leisure Centre) when the current management agreement with "
                    "Harbourside Community Leisure Trust expires on 31 March 2026, and to seek "
                    "the Committee’s views before Cabinet makes a decision."),
        ]),
        ("2.", "Recommendations", [
            ("2.1", "The Committee is asked to note the options appraisal at Appendix A and "
                    "the results of the residents’ leisure survey at Appendix B."),
            ("2.2", "The Committee is asked to consider whether it wishes to make any "
                    "recommendations to Cabinet on the preferred option of a competitive "
                    "procurement for a leisure operator, and on the priorities for the "
                    "service specification."),
        ]),
        ("3.", "Background", [
            ("3.1", "The Council has contracted the management of its leisure centres to "
                    "Harbourside Community Leisure Trust since 2011. The agreement was "
                    "extended in 2021 for five years, and there is no further option to "
                    "extend it."),
            ("3.2", "At its meeting on 9 October 2024 Cabinet resolved to commission an "
                    "independent options appraisal covering (a) a competitively procured "
                    "contract with an external operator, (b) a local authority trading "
                    "company wholly owned by the Council, and (c) a return to in-house "
                    "management."),
            ("3.3", "Questions raised by members of this Committee at the informal briefing "
                    "on 15 January 2025, about staff terms and conditions, concessionary "
                    "prices and the future of Eastcliff Leisure Centre, are answered in "
                    "section 5 of this report."),
        ]),
        ("4.", "Options considered", [
            ("4.1", "The appraisal scored each option against cost, quality, risk and "
                    "control. A competitive procurement scored highest overall, mainly because "
                    "an operator or trust can recover VAT and claim mandatory rate relief that "
                    "is not available to the Council."),
            ("4.2", "A return to in-house management would give the Council the greatest "
                    "control but would cost an estimated £520,000 a year more than the "
                    "procured option, and would require the Council to take on 148 staff and "
                    "the associated pension liabilities."),
        ]),
        ("5.", "Consultation and responses to Members’ questions", [
            ("5.1", "1,460 residents responded to the leisure survey held between 16 "
                    "September and 27 October 2024. The most frequently raised issues were "
                    "swimming lesson availability, early morning opening and the cost of "
                    "concessionary memberships."),
            ("5.2", "Staff would transfer to any new operator under the Transfer of "
                    "Undertakings (Protection of Employment) Regulations 2006, with their "
                    "existing terms and conditions protected."),
            ("5.3", "The draft specification would set maximum concessionary prices and "
                    "require all three sites to remain open for the length of the contract."),
        ]),
        ("6.", "Financial implications", [
            ("6.1", "The current management fee is £1.12 million a year. The appraisal "
                    "forecasts an annual fee of approximately £810,000 under a procured "
                    "contract, a saving of about £310,000 a year, which is already assumed in "
                    "the Medium Term Financial Plan from 2026/27."),
            ("6.2", "Procurement costs of £85,000 will be met from the transformation "
                    "reserve."),
        ]),
        ("7.", "Legal implications", [
            ("7.1", "The procurement will be carried out under the Procurement Act 2023. "
                    "The Council retains ownership of the buildings and will grant the "
                    "operator a lease for the length of the contract."),
        ]),
        ("8.", "Risk management", [
            ("8.1", "The principal risks are a lack of interest from the market, rising "
                    "energy costs and a failure to complete the procurement before 31 March "
                    "2026. The risks and mitigations are set out in Appendix A."),
        ]),
    ]
    table = [
        ("Option", "Annual net cost (£000)", "Score (out of 100)"),
        ("(a) Procured external operator", "810", "78"),
        ("(b) Local authority trading company", "1,040", "64"),
        ("(c) In-house management", "1,330", "55"),
    ]
    out = []
    w = out.append
    w("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
      "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
      "xmlns=\"http://www.w3.org/TR/REC-html40\">")
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    w('<meta name="ProgId" content="Word.Document">')
    w('<meta name="Generator" content="Microsoft Word 15">')
    w("<title>Leisure Services - Future Management Arrangements</title>")
    w("<style>\n<!--\np.MsoNormal, li.MsoNormal {margin:0cm; margin-bottom:8.0pt; "
      "font-size:12.0pt; font-family:\"Arial\",sans-serif;}\nh1 {font-size:14.0pt;}\n"
      "p.Para {margin-left:36.0pt; text-indent:-36.0pt;}\n"
      "table.MsoTableGrid {border-collapse:collapse;}\n-->\n</style>")
    w("</head>")
    w('<body lang="EN-GB" style="tab-interval:36.0pt">')
    w('<div class="WordSection1">')
    w('<p class="MsoNormal" align="center" style="text-align:center"><b>HARBOURSIDE DISTRICT '
      "COUNCIL</b></p>")
    w('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">')
    for label, value in rows:
        w(f'<tr><td width="180"><p class="MsoNormal"><b>{html.escape(label)}</b></p></td>'
          f'<td width="420"><p class="MsoNormal">{html.escape(value)}</p></td></tr>')
    w("</table>")
    w('<p class="MsoNormal">&nbsp;</p>')
    for number, heading, paras in sections:
        w(f"<h1>{number}&nbsp;&nbsp;{html.escape(heading)}</h1>")
        for pn, text in paras:
            w(f'<p class="Para">{pn}<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>'
              f"{html.escape(text)}</p>")
        if number == "4.":
            w('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">')
            for n, row in enumerate(table):
                tag = "th" if n == 0 else "td"
                w("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            w("</table>")
    w("<h1>9.&nbsp;&nbsp;Appendices</h1>")
    w('<p class="MsoNormal">Appendix A – Leisure management options appraisal (Sport and '
      "Leisure Advisory Partners, December 2024)<br>Appendix B – Leisure survey 2024: summary "
      "of results<br>Appendix C – Financial model (exempt)</p>")
    w("<h1>10.&nbsp;&nbsp;Background papers</h1>")
    w('<p class="MsoNormal">Cabinet report and decision notice, 9 October 2024: Leisure '
      "Management Arrangements from 2026.</p>")
    w('<p class="MsoNormal"><b>Contact officer:</b> C Mulvaney, Leisure Client Manager, '
      "01632 960 877, leisure@harbourside.example</p>")
    w("</div></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------

def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "a-riverton-health-scrutiny.html").write_text(riverton_html(), encoding="utf-8")
    pw = harbourside_pdf(DOCS / "a-harbourside-overview-scrutiny.pdf")
    assert len(pw.pages) >= 3, len(pw.pages)
    assert pw.hyphenated >= 3, pw.hyphenated
    assert pw.split_paragraphs >= 1, pw.split_paragraphs
    (DOCS / "a-lowfield-public-questions.txt").write_text(lowfield_txt(), encoding="utf-8")
    riverton_agenda_pdf(DOCS / "a-riverton-agenda-frontsheet.pdf")
    (DOCS / "a-harbourside-report.html").write_text(harbourside_report_html(),
                                                     encoding="utf-8")
    return pw


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "other"}


def _norm_space(s):
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", s.lower()).split()) + " "


def _norm_drop(s):
    return " " + " ".join(re.sub(r"[^0-9a-z\s]+", "", s.lower()).split()) + " "


def document_texts(name, pw=None):
    """The texts a phrase must be found in: [(label, text), ...]."""
    path = DOCS / name
    if name.endswith(".html"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup(["script", "style"]):
            tag.decompose()
        return [("html", soup.get_text(" "))]
    if name.endswith(".txt"):
        return [("txt", path.read_text(encoding="utf-8"))]
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        extracted = "\n".join(page.extract_text() or "" for page in pdf.pages)
    texts = [("pdfplumber", extracted)]
    if pw is not None and name == "a-harbourside-overview-scrutiny.pdf":
        texts.append(("layout", pw.layout_text()))
    return texts


def check(pw):
    problems = []
    counts = {}
    for gold_path in sorted(GOLD.glob("a-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        name = g["document"]

        def bad(msg):
            problems.append(f"{gold_path.name}: {msg}")

        if gold_path.name != Path(name).stem + ".json":
            bad("file name does not match document")
        if not (DOCS / name).exists():
            bad("document missing")
            continue
        if g.get("doc_type") not in DOC_TYPES:
            bad(f"doc_type {g.get('doc_type')}")
        if g["doc_type"] != "minutes":
            if set(g) != {"document", "doc_type"}:
                bad("a non-minutes gold file must give only document and doc_type")
            counts[name] = None
            continue
        texts = document_texts(name, pw)
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", g.get("meeting_date", "")):
            bad("meeting_date")
        # item spans, located in the first text
        primary = _norm_space(texts[0][1])
        if _norm_space(g["committee"]) not in primary:
            bad(f"committee {g['committee']!r} not in text")
        spans, pos = {}, 0
        for item in g["items"]:
            key = _norm_space(f"{item['number']} {item['title']}")
            at = primary.find(key, pos)
            if at < 0:
                at = primary.find(_norm_space(item["title"]), pos)
            if at < 0:
                bad(f"item {item['number']} {item['title']!r} not found in order")
                continue
            spans[item["number"]] = at
            pos = at + 1
        numbers = [i["number"] for i in g["items"]]
        ends = {n: (spans[numbers[k + 1]] if k + 1 < len(numbers) and numbers[k + 1] in spans
                    else len(primary)) for k, n in enumerate(numbers) if n in spans}

        def phrase_ok(phrase, item, what, after=None):
            nwords = len(phrase.split())
            if not 6 <= nwords <= 15:
                bad(f"{what}: {nwords} words: {phrase!r}")
            if any(ord(c) > 127 for c in phrase):
                bad(f"{what}: non-ASCII character in {phrase!r}")
            for label, text in texts:
                for norm in (_norm_space, _norm_drop):
                    n = norm(text).count(norm(phrase))
                    if n != 1:
                        bad(f"{what}: found {n} times in {label} ({norm.__name__}): "
                            f"{phrase!r}")
            at = primary.find(_norm_space(phrase))
            if item in spans and not (spans[item] <= at < ends[item]):
                bad(f"{what}: not inside item {item}: {phrase!r}")
            if after is not None and at <= after:
                bad(f"{what}: answer does not follow its question: {phrase!r}")
            return at

        for n, q in enumerate(g["questions"]):
            what = f"question {n + 1}"
            if q["item"] not in spans:
                bad(f"{what}: unknown item {q['item']}")
            if q["kind"] not in KINDS:
                bad(f"{what}: kind {q['kind']}")
            if not set(q["themes"]) <= THEMES:
                bad(f"{what}: themes {q['themes']}")
            at = phrase_ok(q["text"], q["item"], what)
            if q["answer"] is not None:
                phrase_ok(q["answer"], q["item"], what + " answer", after=at)
            for who in ("asked_by", "given_by"):
                if q[who] is not None and _norm_space(q[who]) not in primary:
                    bad(f"{what}: {who} {q[who]!r} not printed")
        for n, r in enumerate(g["resolutions"]):
            what = f"resolution {n + 1}"
            if r["outcome"] not in OUTCOMES:
                bad(f"{what}: outcome {r['outcome']}")
            if not set(r["themes"]) <= THEMES:
                bad(f"{what}: themes {r['themes']}")
            phrase_ok(r["text"], r["item"], what)
        for a in g["attendees"]:
            if a["attendance"] not in ATTENDANCE:
                bad(f"attendee {a['name']}: attendance {a['attendance']}")
            if _norm_space(a["name"]) not in primary:
                bad(f"attendee {a['name']!r} not printed")
            if a["role"] is not None and _norm_space(a["role"]) not in primary:
                bad(f"attendee {a['name']}: role {a['role']!r} not printed")
        answered = sum(q["answer"] is not None for q in g["questions"])
        counts[name] = (len(g["items"]), len(g["questions"]), answered,
                        len(g["resolutions"]), len(g["attendees"]))
        if not 8 <= len(g["questions"]) <= 20:
            bad(f"{len(g['questions'])} questions")
        if not 4 <= len(g["resolutions"]) <= 10:
            bad(f"{len(g['resolutions'])} resolutions")
    for name, c in counts.items():
        if c is None:
            print(f"{name}: not minutes")
        else:
            print(f"{name}: {c[0]} items, {c[1]} questions ({c[1] - c[2]} unanswered), "
                  f"{c[3]} resolutions, {c[4]} attendees")
    for p in problems:
        print("PROBLEM:", p)
    return not problems


if __name__ == "__main__":
    writer = build()
    print(f"harbourside PDF: {len(writer.pages)} pages, {writer.hyphenated} hyphenated line "
          f"ends, {writer.split_paragraphs} paragraphs across a page break")
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(writer) else 1)
