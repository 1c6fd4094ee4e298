#!/usr/bin/env python3
"""Build the "cq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cq.py           build documents/cq-* and gold/cq-*.json
        build_cq.py --check   verify every gold phrase occurs once in its document
"""
import html as htmlmod
import json
import re
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
SHY = "\u00ad"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTSERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONTSERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Document 1: CMIS-era HTML, one MinutesTable with Action-by column
# ---------------------------------------------------------------------------
HTML_NAME = "cq-hallowmere-health-scrutiny-committee-2025-10-08.html"

MEMBERS = [
    ("Councillor Margaret Oyelaran", "Chair"),
    ("Councillor Tom Birtles", "Vice-Chair"),
    ("Councillor Peter Ashworth", None),
    ("Councillor Derek Holroyd", None),
    ("Councillor Gareth Lomax", "substitute for Councillor Nadia Flint"),
    ("Councillor Sian Pritchard", None),
    ("Councillor Aisha Rahman", None),
]
OFFICERS = [
    ("Helen Marsden", "Director of Adult Social Care and Health", "HM"),
    ("Dr Kwame Asante", "Director of Public Health", "KA"),
    ("Louise Tranter", "Head of Commissioning and Market Management", "LT"),
    ("Craig Dunmore", "Scrutiny Officer", "CD"),
]
ALSO = [
    ("Councillor Jean Whitworth", "Cabinet Member for Adult Social Care"),
    ("Rebecca Hollins", "Director of Urgent and Emergency Care, NHS Pennine Vale Integrated Care Board"),
]

HTML_MINUTES = [
    ("HSC/25/41", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Nadia Flint and Councillor Julie Cartwright. "
        "Councillor Gareth Lomax attended as a substitute for Councillor Flint.",
    ], None, ""),
    ("HSC/25/42", "Declarations of Interest", [
        "Councillor Sian Pritchard declared a non-pecuniary interest in minute HSC/25/46 (Recommissioning of "
        "Home Care Services) as her daughter is employed by a home care provider in the borough. She left the "
        "room for that item. No other declarations were made.",
    ], None, ""),
    ("HSC/25/43", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 10 September 2025 were submitted.",
    ], "That the minutes of the meeting held on 10 September 2025 be approved as a correct record and signed by the Chair.", ""),
    ("HSC/25/44", "Public Questions", [
        "The Chair welcomed two members of the public who had given notice of questions under the Committee's "
        "public question time procedure.",
        "A member of the public, Mr Colin Ainsworth, asked why the walk-in service at Lower Fold Health Centre had "
        "been reduced to weekday mornings without any public consultation; the Chair replied that the ICB had been "
        "asked to attend the November meeting to explain the decision and that a written answer would be sent to "
        "Mr Ainsworth.",
        "A member of the public, Mrs Brenda Kaur, asked whether carers who had been waiting more than six months for "
        "a carer's assessment would be prioritised; the Chair replied that the question would be referred to the "
        "Director of Adult Social Care and Health for a written response within ten working days.",
    ], "That the questions and the Chair's replies be noted.", "CD / HM"),
    ("HSC/25/45", "Urgent and Emergency Care &ndash; Winter Preparedness 2025/26", [
        "Rebecca Hollins, Director of Urgent and Emergency Care at NHS Pennine Vale Integrated Care Board, introduced "
        "the report, which set out the system's winter plan, including 42 additional escalation beds at Hallowmere "
        "General Hospital and an expanded virtual ward of 120 beds.",
        "Councillor Aisha Rahman asked how many patients had waited more than twelve hours in the emergency department "
        "during August. In response, the Director of Urgent and Emergency Care confirmed that 611 patients had waited "
        "over twelve hours, compared with 904 in August 2024, and that ambulance handover delays had also fallen.",
        "Councillor Derek Holroyd asked whether the escalation beds would be staffed by agency nurses. In response, the "
        "Director of Urgent and Emergency Care confirmed that around a third of shifts would be filled through the NHS "
        "staff bank and that agency use was capped at the trust's agreed ceiling.",
        "Councillor Sian Pritchard expressed concern that the virtual ward relied on relatives acting as unpaid carers "
        "without adequate support. In response, the Director of Adult Social Care and Health confirmed that the "
        "Council's carers' support service had been commissioned to contact every family within 48 hours of a virtual "
        "ward admission.",
        "Councillor Peter Ashworth requested that the Committee receive monthly data on delayed discharges over the "
        "winter period. The Chair agreed that this would be circulated to members by the Scrutiny Officer.",
    ], "That (1) the winter plan be noted; and (2) the ICB be asked to provide monthly delayed discharge data to the "
       "Committee from November 2025 to March 2026.", "RH / CD"),
    ("HSC/25/46", "Recommissioning of Home Care Services", [
        "Louise Tranter, Head of Commissioning and Market Management, presented the report on the proposed "
        "recommissioning of domiciliary care from April 2026, moving from 31 spot-purchased providers to six "
        "zone-based lead providers on five-year contracts with an estimated annual value of &pound;38.4 million.",
        "Councillor Tom Birtles asked what would happen to people whose current provider was not successful in the "
        "tender. In response, the Head of Commissioning and Market Management confirmed that care workers would "
        "transfer under TUPE where possible so that people could keep the same carers.",
        "Councillor Gareth Lomax questioned whether private equity-owned providers would be allowed to bid, and "
        "expressed concern about profits leaving the borough. In response, the Head of Commissioning and Market "
        "Management said that the Council could not exclude bidders on the basis of ownership under procurement law, "
        "but that financial stability checks and open-book accounting would be required.",
        "Councillor Aisha Rahman sought clarification on the proposed hourly rate. In response, the Cabinet Member for "
        "Adult Social Care confirmed that the minimum rate would be &pound;25.10 per hour, which would enable providers "
        "to pay the Real Living Wage.",
    ], "That the Committee (1) supports the move to zone-based lead providers; (2) recommends to Cabinet that the "
       "evaluation give at least 30 per cent weighting to workforce terms and conditions; and (3) asks that the "
       "outcome of the tender be reported to the Committee in May 2026.", "LT"),
    ("HSC/25/47", "Public Health Annual Report 2024/25: Health Inequalities", [
        "Dr Kwame Asante, Director of Public Health, presented his annual report, which focused on the 9.2-year gap "
        "in male life expectancy between the most and least deprived wards.",
        "Councillor Derek Holroyd asked why smoking prevalence in Moorside ward had risen when the borough average had "
        "fallen. In response, the Director of Public Health explained that the stop smoking service had lost its "
        "community outreach worker and that the post would be refilled from the public health grant in November.",
        "Councillor Peter Ashworth queried whether the reduction in the public health grant in real terms would affect "
        "the school nursing service. In response, the Director of Public Health confirmed that school nursing had been "
        "protected for 2025/26 but that savings options would be brought to the Committee for 2026/27.",
        "Councillor Margaret Oyelaran asked whether the report's recommendations had been shared with young people. The "
        "Director of Public Health said that the Youth Council had been consulted on the chapter on vaping and their "
        "comments were included as an appendix.",
    ], "That the Public Health Annual Report 2024/25 be noted and the Director of Public Health be thanked for his "
       "report.", ""),
    ("HSC/25/48", "Work Programme 2025/26", [
        "The Scrutiny Officer presented the work programme. Councillor Tom Birtles requested that an item on the "
        "Council's temporary accommodation placements for people leaving hospital be added for January 2026.",
    ], "That the work programme be agreed subject to the addition of an item on hospital discharge and temporary "
       "accommodation in January 2026.", "CD"),
]


def build_html():
    css = """
body { font-family: Verdana, Arial, sans-serif; font-size: 80%; color: #000; }
h1 { font-size: 140%; color: #003366; }
h2 { font-size: 110%; }
table.MinutesTable { border-collapse: collapse; width: 100%; }
table.MinutesTable td, table.MinutesTable th { border: 1px solid #999; vertical-align: top; padding: 4px; }
td.MinuteNumber { width: 12%; font-weight: bold; }
td.ActionBy { width: 10%; text-align: center; }
.cmisHeader { background: #003366; color: #fff; padding: 4px; }
"""
    o = []
    o.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    o.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    o.append("<title>Minutes &ndash; Health Scrutiny Committee &ndash; Wednesday 8 October 2025</title>")
    o.append(f"<style type=\"text/css\">{css}</style></head>")
    o.append('<body><form name="aspnetForm" method="post" action="./Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/4182/Committee/1021/Default.aspx" id="aspnetForm">')
    o.append('<div class="cmisHeader">Hallowmere Metropolitan Borough Council &ndash; Committee Management Information System</div>')
    o.append('<div id="dnn_ctr397_ViewMeetingPublic_pnlMinutes">')
    o.append("<h1>Minutes &ndash; Health Scrutiny Committee</h1>")
    o.append("<p><b>Date:</b> Wednesday 8 October 2025<br><b>Time:</b> 6.00 pm<br>"
             "<b>Venue:</b> Committee Room 2, Hallowmere Town Hall</p>")
    o.append("<p><b>Members present:</b></p><ul>")
    for n, r in MEMBERS:
        o.append(f"<li>{n}" + (f" ({r})" if r else "") + "</li>")
    o.append("</ul>")
    o.append("<p><b>Officers present:</b></p><ul>")
    for n, r, ini in OFFICERS:
        o.append(f"<li>{n} &ndash; {r} ({ini})</li>")
    o.append("</ul>")
    o.append("<p><b>Also in attendance:</b></p><ul>")
    for n, r in ALSO:
        o.append(f"<li>{n} &ndash; {r}</li>")
    o.append("</ul>")
    o.append('<table class="MinutesTable" summary="Minutes of the meeting">')
    o.append('<tr><th>Minute No.</th><th>Minute</th><th>Action by</th></tr>')
    for num, title, paras, res, action in HTML_MINUTES:
        cell = [f"<p><b><u>{title}</u></b></p>"]
        cell += [f"<p>{p}</p>" for p in paras]
        if res:
            cell.append(f"<p><b>Resolved:</b> {res}</p>")
        o.append(f'<tr><td class="MinuteNumber">{num}</td><td class="MinuteText">{"".join(cell)}</td>'
                 f'<td class="ActionBy">{action or "&nbsp;"}</td></tr>')
    o.append("</table>")
    o.append("<p>The meeting closed at 8.14 pm.</p>")
    o.append("<p>Chair ....................................................</p>")
    o.append("</div>")
    o.append('<div class="cmisFooter"><p>Minutes published on 15/10/2025 &ndash; '
             '<a href="./Meetings/tabid/70/Default.aspx">Return to meetings calendar</a></p></div>')
    o.append("</form></body></html>")
    (DOCS / HTML_NAME).write_text("\n".join(o) + "\n", encoding="utf-8")


HTML_GOLD = {
    "document": HTML_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-10-08",
    "items": [{"number": n, "title": htmlmod.unescape(t)} for n, t, *_ in HTML_MINUTES],
    "questions": [
        {"item": "HSC/25/44", "kind": "question",
         "text": "asked why the walk-in service at Lower Fold Health Centre had been reduced",
         "asked_by": "Mr Colin Ainsworth",
         "answer": "the ICB had been asked to attend the November meeting",
         "given_by": "the Chair", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "HSC/25/44", "kind": "question",
         "text": "asked whether carers who had been waiting more than six months",
         "asked_by": "Mrs Brenda Kaur",
         "answer": "referred to the Director of Adult Social Care and Health for a written response",
         "given_by": "the Chair", "themes": ["adult-social-care"]},
        {"item": "HSC/25/45", "kind": "question",
         "text": "asked how many patients had waited more than twelve hours in the emergency department",
         "asked_by": "Councillor Aisha Rahman",
         "answer": "611 patients had waited over twelve hours, compared with 904 in August 2024",
         "given_by": "the Director of Urgent and Emergency Care", "themes": []},
        {"item": "HSC/25/45", "kind": "question",
         "text": "asked whether the escalation beds would be staffed by agency nurses",
         "asked_by": "Councillor Derek Holroyd",
         "answer": "around a third of shifts would be filled through the NHS staff bank",
         "given_by": "the Director of Urgent and Emergency Care", "themes": ["workforce"]},
        {"item": "HSC/25/45", "kind": "concern",
         "text": "expressed concern that the virtual ward relied on relatives acting as unpaid carers",
         "asked_by": "Councillor Sian Pritchard",
         "answer": "commissioned to contact every family within 48 hours of a virtual ward admission",
         "given_by": "the Director of Adult Social Care and Health", "themes": ["adult-social-care", "integration"]},
        {"item": "HSC/25/45", "kind": "request",
         "text": "requested that the Committee receive monthly data on delayed discharges",
         "asked_by": "Councillor Peter Ashworth",
         "answer": "this would be circulated to members by the Scrutiny Officer",
         "given_by": "The Chair", "themes": ["adult-social-care"]},
        {"item": "HSC/25/46", "kind": "question",
         "text": "asked what would happen to people whose current provider was not successful in the tender",
         "asked_by": "Councillor Tom Birtles",
         "answer": "care workers would transfer under TUPE where possible",
         "given_by": "the Head of Commissioning and Market Management",
         "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "HSC/25/46", "kind": "question",
         "text": "questioned whether private equity-owned providers would be allowed to bid",
         "asked_by": "Councillor Gareth Lomax",
         "answer": "could not exclude bidders on the basis of ownership under procurement law",
         "given_by": "the Head of Commissioning and Market Management",
         "themes": ["privatisation", "subcontracting"]},
        {"item": "HSC/25/46", "kind": "question",
         "text": "sought clarification on the proposed hourly rate",
         "asked_by": "Councillor Aisha Rahman",
         "answer": "which would enable providers to pay the Real Living Wage",
         "given_by": "the Cabinet Member for Adult Social Care",
         "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "HSC/25/47", "kind": "question",
         "text": "asked why smoking prevalence in Moorside ward had risen",
         "asked_by": "Councillor Derek Holroyd",
         "answer": "the stop smoking service had lost its community outreach worker",
         "given_by": "the Director of Public Health", "themes": ["public-health", "workforce"]},
        {"item": "HSC/25/47", "kind": "question",
         "text": "queried whether the reduction in the public health grant in real terms",
         "asked_by": "Councillor Peter Ashworth",
         "answer": "school nursing had been protected for 2025/26 but that savings options",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "finance", "children-and-families"]},
        {"item": "HSC/25/47", "kind": "question",
         "text": "asked whether the report's recommendations had been shared with young people",
         "asked_by": "Councillor Margaret Oyelaran",
         "answer": "the Youth Council had been consulted on the chapter on vaping",
         "given_by": "Director of Public Health",
         "themes": ["patient-and-public-input", "children-and-families", "public-health"]},
        {"item": "HSC/25/48", "kind": "request",
         "text": "requested that an item on the Council's temporary accommodation placements",
         "asked_by": "Councillor Tom Birtles", "answer": None, "given_by": None,
         "themes": ["housing", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "HSC/25/43", "outcome": "agreed", "themes": [],
         "text": "minutes of the meeting held on 10 September 2025 be approved as a correct record"},
        {"item": "HSC/25/44", "outcome": "noted", "themes": ["patient-and-public-input"],
         "text": "That the questions and the Chair's replies be noted"},
        {"item": "HSC/25/45", "outcome": "agreed", "themes": ["adult-social-care"],
         "text": "the ICB be asked to provide monthly delayed discharge data to the Committee"},
        {"item": "HSC/25/46", "outcome": "recommended", "themes": ["subcontracting", "workforce", "adult-social-care"],
         "text": "recommends to Cabinet that the evaluation give at least 30 per cent weighting"},
        {"item": "HSC/25/47", "outcome": "noted", "themes": ["public-health"],
         "text": "That the Public Health Annual Report 2024/25 be noted"},
        {"item": "HSC/25/48", "outcome": "agreed", "themes": ["housing", "adult-social-care"],
         "text": "the work programme be agreed subject to the addition of an item"},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in MEMBERS]
        + [{"name": "Councillor Nadia Flint", "role": None, "attendance": "apologies"},
           {"name": "Councillor Julie Cartwright", "role": None, "attendance": "apologies"}]
        + [{"name": n, "role": r, "attendance": "present"} for n, r, _ in OFFICERS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
    ),
}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = False

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip = True
        if tag in ("p", "li", "td", "tr", "br", "h1", "h2", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = _Text()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


# ---------------------------------------------------------------------------
# Document 2: county HOSC agenda pack: front sheet + previous minutes
# ---------------------------------------------------------------------------
PDF_NAME = "cq-northwold-hosc-2025-11-19.pdf"

AGENDA = [
    ("1", "Apologies for Absence and Substitutions", None),
    ("2", "Declarations of Interest", None),
    ("3", "Minutes of the meeting held on 17 September 2025", "(Pages 2 - 4)"),
    ("4", "Public Participation", None),
    ("5", "Community Mental Health Services Transformation", "(Pages 5 - 22)"),
    ("6", "Northwold Healthcare NHS Trust - Quality Account Progress Report", "(Pages 23 - 38)"),
    ("7", "Work Programme 2025/26", "(Pages 39 - 44)"),
]

PRESENT = [
    ("Mr J Rawcliffe", "Chairman"), ("Mrs P Ellwood", "Vice-Chairman"), ("Mr A Brogden", None),
    ("Mrs L Chaudhry", None), ("Mr K Duxbury", None), ("Dr R Penhale", None),
    ("Mrs S Tillotson", None), ("Mr W Yeadon", None),
]
DISTRICT = [("Cllr M Greaves", "Easterby Borough Council"), ("Cllr H Nuttall", "Cravendale District Council")]
ALSO_PRESENT = [
    ("Mr D Whiteley", "Cabinet Member for Health and Adult Services"),
    ("Ms C Obi", "Director of Adult Services and Health"),
    ("Dr F Hurst", "Director of Public Health"),
    ("Ms A Penrose", "Chief Operating Officer, Northwold and Wyre Integrated Care Board"),
    ("Mr T Lund", "Senior Democratic Services Officer"),
]

# (number, title, [paragraphs], [resolution paragraphs])
PDF_MINUTES = [
    ("21.", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Mr G Hartley and Mrs E Moss. Mr K Duxbury attended as "
        "substitute for Mr G Hartley.",
    ], []),
    ("22.", "Declarations of Interest", [
        "Dr R Penhale declared a personal interest in minute 25 as a retired consultant orthopaedic surgeon at "
        "Easterby General Hospital. He remained in the meeting and took part in the discussion.",
    ], []),
    ("23.", "Minutes", [], [
        "RESOLVED that the minutes of the meeting held on 16 July 2025 be confirmed as a correct record and "
        "signed by the Chairman.",
    ]),
    ("24.", "Public Participation", [
        "There were no public questions or statements.",
    ], []),
    ("25.", "Northwold and Wyre Integrated Care Board - Elective Recovery and Waiting Lists", [
        "The Chief Operating Officer of Northwold and Wyre Integrated Care Board presented a report on progress in "
        "reducing waiting lists for planned care, including the opening in June of the new surgical hub at Whitmoor "
        "Community Hospital and the continued purchase of operations from independent sector hospitals.",
        "Members asked whether the use of independent sector hospitals to clear waiting lists represented value for "
        "money. The Chief Operating Officer said that activity was bought at the national tariff and that no premium "
        "was paid to the independent sector, although the ICB was reviewing whether the same procedures could be "
        "repatriated to NHS theatres in 2026/27.",
        "Members asked how many patients had been waiting more than 52 weeks at the end of July. The Chief Operating "
        "Officer said that 1,742 patients were waiting longer than 52 weeks, of whom 610 were awaiting orthopaedic "
        "surgery, and that the trajectory was to reach zero by March 2026.",
        "Mr W Yeadon expressed concern that patients in rural areas faced journeys of over an hour to the new "
        "surgical hub at Whitmoor. The Chief Operating Officer said that non-emergency patient transport would be "
        "available to eligible patients and that travel costs could be reclaimed under the Healthcare Travel Costs "
        "Scheme.",
        "Members asked what engagement had taken place with patients on the decision to centralise planned surgery. "
        "The Chief Operating Officer said that a survey of 1,300 patients had been undertaken and that Healthwatch "
        "Northwold had held four listening events, the findings of which would be shared with the Committee.",
    ], [
        "RESOLVED that (1) the report be noted; and (2) the Integrated Care Board be requested to provide a "
        "breakdown of waiting times by specialty and by district at the Committee's meeting in January 2026.",
    ]),
    ("26.", "Adult Social Care - Market Sustainability and Care Home Fees 2026/27", [
        "The Director of Adult Services and Health presented a report on the sustainability of the care home market "
        "and the proposed approach to fee setting for 2026/27.",
        "Members asked how many care homes had closed in the county during the past year. The Director said that "
        "five homes with 143 beds had closed, three of them following CQC inspections that had rated them "
        "inadequate, and that all residents had been found alternative placements.",
        "Mr A Brogden asked whether the proposed 6.5 per cent fee uplift would cover the increase in employers' "
        "national insurance contributions. The Director said that providers had told the Council it would not fully "
        "cover the increase and that a further review of the cost of care would be undertaken in January.",
        "Mrs S Tillotson asked whether the Council had considered running more care homes in-house. The Cabinet "
        "Member for Health and Adult Services said that the Council's two remaining in-house homes would be retained "
        "and that a business case for a third would be brought forward in 2026.",
        "Members requested that the Committee be given sight of the care home quality dashboard on a quarterly "
        "basis. The Director said that this would be provided from the next quarter.",
    ], [
        "RESOLVED that the Committee recommends to the Cabinet that the care home fee uplift for 2026/27 be set at a "
        "level that fully reflects the increase in the National Living Wage.",
    ]),
    ("27.", "Work Programme 2025/26", [
        "The Senior Democratic Services Officer presented the work programme for 2025/26. Mrs P Ellwood asked that "
        "community mental health services be scheduled for the November meeting, and this was agreed.",
    ], [
        "RESOLVED that the work programme, as amended, be approved.",
    ]),
    ("28.", "Date of Next Meeting", [], [
        "RESOLVED that the next meeting be held on Wednesday, 19 November 2025 at 10.00 am at County Hall, Easterby.",
    ]),
]

HYPH = {
    "Integrated": "Inte\u00adgrated", "Operating": "Oper\u00adating", "independent": "inde\u00adpendent",
    "orthopaedic": "ortho\u00adpaedic", "contributions": "contri\u00adbutions", "sustainability": "sustain\u00adability",
    "undertaken": "under\u00adtaken", "alternative": "alter\u00adnative", "placements": "place\u00adments",
    "repatriated": "repat\u00adriated", "engagement": "engage\u00adment", "Democratic": "Demo\u00adcratic",
    "programme": "pro\u00adgramme", "Healthwatch": "Health\u00adwatch", "trajectory": "traj\u00adectory",
    "procedures": "proce\u00addures", "Community": "Com\u00admunity", "providers": "pro\u00adviders",
    "considered": "con\u00adsidered", "inspections": "inspec\u00adtions", "breakdown": "break\u00addown",
    "centralise": "central\u00adise", "emergency": "emer\u00adgency", "Healthcare": "Health\u00adcare",
}


def hyphenate(s):
    return re.sub(r"[A-Za-z]+", lambda m: HYPH.get(m.group(0), m.group(0)), s)


PDF_SOURCE = []  # every string drawn, for --check


def build_pdf():
    from fpdf import FPDF

    class Pack(FPDF):
        minutes_part = False

        def header(self):
            if self.page_no() >= 2:
                self.set_font("Serif", "", 8)
                t = "Health Overview and Scrutiny Committee - 17 September 2025"
                self.cell(0, 4, t, align="R", new_x="LMARGIN", new_y="NEXT")
                PDF_SOURCE.append(t)
                self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
                self.ln(4)

        def footer(self):
            self.set_y(-16)
            self.set_font("Serif", "", 8)
            if self.page_no() >= 2:
                t = "Chairman's initials .............."
                self.cell(0, 4, t, align="R", new_x="LMARGIN", new_y="NEXT")
                PDF_SOURCE.append(t)
            t = f"Page {self.page_no()}"
            self.cell(0, 4, t, align="C")
            PDF_SOURCE.append(t)

    pdf = Pack(format="A4")
    pdf.set_creation_date(datetime(2025, 11, 10, 9, 30, tzinfo=timezone.utc))
    pdf.set_title("Agenda - Health Overview and Scrutiny Committee - 19 November 2025")
    pdf.set_author("Northwold County Council")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("Serif", "", FONTSERIF)
    pdf.add_font("Serif", "B", FONTSERIFB)
    pdf.add_font("Sans", "", FONT)
    pdf.add_font("Sans", "B", FONTB)

    def w(txt, size=10, style="", h=5, align="L", font="Serif", after=0, hy=False):
        PDF_SOURCE.append(txt)
        pdf.set_font(font, style, size)
        pdf.multi_cell(0, h, hyphenate(txt) if hy else txt, align=align, new_x="LMARGIN", new_y="NEXT")
        if after:
            pdf.ln(after)

    # ---- page 1: front sheet for the NEXT meeting
    pdf.add_page()
    w("NORTHWOLD COUNTY COUNCIL", 16, "B", 8, "C", "Sans")
    w("County Hall, Easterby, Northwold NW1 2QT", 9, "", 5, "C", "Sans", 6)
    w("To: All Members of the Health Overview and Scrutiny Committee", 10, "", 5, "L", "Sans")
    w("Date of despatch: 11 November 2025", 10, "", 5, "L", "Sans", 4)
    w("Dear Member,", 10, "", 5, "L", "Serif", 2)
    w("You are summoned to attend a meeting of the HEALTH OVERVIEW AND SCRUTINY COMMITTEE to be held as follows:",
      10, "", 5, "J", "Serif", 3)
    for lab, val in [("Date:", "Wednesday, 19 November 2025"), ("Time:", "10.00 am"),
                     ("Venue:", "Council Chamber, County Hall, Easterby"),
                     ("Contact:", "Fiona Leadbetter, Democratic Services Officer, Tel: 01632 960418")]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(25, 6, lab)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        PDF_SOURCE.append(lab + " " + val)
    pdf.ln(3)
    w("Membership: Mr J Rawcliffe (Chairman), Mrs P Ellwood (Vice-Chairman), Mr A Brogden, Mrs L Chaudhry, "
      "Mr G Hartley, Mrs E Moss, Dr R Penhale, Mrs S Tillotson and Mr W Yeadon; co-opted district members "
      "Cllr M Greaves and Cllr H Nuttall.", 9, "", 4.5, "J", "Serif", 6)
    w("A G E N D A", 14, "B", 8, "C", "Sans", 3)
    for num, title, pages in AGENDA:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(12, 7, num)
        pdf.set_font("Sans", "", 10)
        pdf.cell(128, 7, title)
        pdf.cell(0, 7, pages or "", align="R", new_x="LMARGIN", new_y="NEXT")
        PDF_SOURCE.append(f"{num} {title} {pages or ''}")
    pdf.ln(8)
    w("Members of the public may attend this meeting. Questions or statements for Item 4 must be received by "
      "Democratic Services by 12 noon on Friday, 14 November 2025.", 9, "", 4.5, "J", "Serif", 6)
    w("Dr Sarah Quayle", 10, "B", 5, "L", "Serif")
    w("Chief Executive", 10, "", 5, "L", "Serif")

    # ---- pages 2-4: the previous minutes
    pdf.minutes_part = True
    pdf.add_page()
    w("NORTHWOLD COUNTY COUNCIL", 13, "B", 6, "C", "Serif")
    w("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", 11, "B", 6, "C", "Serif", 3)
    w("MINUTES of a meeting of the Health Overview and Scrutiny Committee held at County Hall, Easterby on "
      "Wednesday, 17 September 2025 at 10.00 am.", 10, "", 5, "J", "Serif", 3)
    w("PRESENT: " + ", ".join(n + (f" ({r})" if r else "") for n, r in PRESENT[:-1]) + " and "
      + PRESENT[-1][0] + ".", 10, "", 5, "J", "Serif", 2)
    w("District Council representatives: " + " and ".join(f"{n} ({r})" for n, r in DISTRICT) + ".",
      10, "", 5, "J", "Serif", 2)
    w("ALSO PRESENT: " + "; ".join(f"{n}, {r}" for n, r in ALSO_PRESENT) + ".", 10, "", 5, "J", "Serif", 4)
    for num, title, paras, res in PDF_MINUTES:
        pdf.set_font("Serif", "B", 10)
        pdf.cell(10, 6, num)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        PDF_SOURCE.append(f"{num} {title}")
        pdf.ln(1)
        for p in paras:
            pdf.set_x(30)
            PDF_SOURCE.append(p)
            pdf.set_font("Serif", "", 10)
            pdf.multi_cell(0, 5, hyphenate(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        for r in res:
            pdf.set_x(30)
            PDF_SOURCE.append(r)
            pdf.set_font("Serif", "", 10)
            head, rest = r.split(" ", 1)
            pdf.multi_cell(0, 5, f"**{head}** {hyphenate(rest)}", align="J", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(2)
    w("The meeting closed at 12.25 pm.", 10, "", 5, "L", "Serif", 8)
    w("CHAIRMAN", 10, "B", 5, "L", "Serif")
    pdf.output(str(DOCS / PDF_NAME))
    return pdf.page_no()


PACK_GOLD = {
    "document": PDF_NAME,
    "doc_type": "agenda",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-11-19",
    "items": [{"number": n, "title": t} for n, t, _ in AGENDA],
    "questions": [],
    "resolutions": [],
    "attendees": [],
}

MIN_GOLD = {
    "document": PDF_NAME,
    "part": "minutes",
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-17",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, *_ in PDF_MINUTES],
    "questions": [
        {"item": "25", "kind": "question",
         "text": "asked whether the use of independent sector hospitals to clear waiting lists",
         "asked_by": "Members",
         "answer": "no premium was paid to the independent sector",
         "given_by": "The Chief Operating Officer", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "25", "kind": "question",
         "text": "asked how many patients had been waiting more than 52 weeks",
         "asked_by": "Members",
         "answer": "of whom 610 were awaiting orthopaedic surgery",
         "given_by": "The Chief Operating Officer", "themes": []},
        {"item": "25", "kind": "concern",
         "text": "expressed concern that patients in rural areas faced journeys of over an hour",
         "asked_by": "Mr W Yeadon",
         "answer": "non-emergency patient transport would be available to eligible patients",
         "given_by": "The Chief Operating Officer", "themes": []},
        {"item": "25", "kind": "question",
         "text": "asked what engagement had taken place with patients on the decision",
         "asked_by": "Members",
         "answer": "a survey of 1,300 patients had been undertaken",
         "given_by": "The Chief Operating Officer", "themes": ["patient-and-public-input"]},
        {"item": "26", "kind": "question",
         "text": "asked how many care homes had closed in the county during the past year",
         "asked_by": "Members",
         "answer": "five homes with 143 beds had closed, three of them following CQC inspections",
         "given_by": "The Director", "themes": ["adult-social-care", "governance"]},
        {"item": "26", "kind": "question",
         "text": "asked whether the proposed 6.5 per cent fee uplift would cover the increase",
         "asked_by": "Mr A Brogden",
         "answer": "providers had told the Council it would not fully cover the increase",
         "given_by": "The Director", "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "26", "kind": "question",
         "text": "asked whether the Council had considered running more care homes in-house",
         "asked_by": "Mrs S Tillotson",
         "answer": "the Council's two remaining in-house homes would be retained",
         "given_by": "The Cabinet Member for Health and Adult Services",
         "themes": ["privatisation", "adult-social-care"]},
        {"item": "26", "kind": "request",
         "text": "requested that the Committee be given sight of the care home quality dashboard",
         "asked_by": "Members",
         "answer": "this would be provided from the next quarter",
         "given_by": "The Director", "themes": ["adult-social-care", "governance"]},
        {"item": "27", "kind": "request",
         "text": "asked that community mental health services be scheduled for the November meeting",
         "asked_by": "Mrs P Ellwood", "answer": None, "given_by": None, "themes": ["mental-health"]},
    ],
    "resolutions": [
        {"item": "23", "outcome": "agreed", "themes": [],
         "text": "the minutes of the meeting held on 16 July 2025 be confirmed"},
        {"item": "25", "outcome": "agreed", "themes": [],
         "text": "be requested to provide a breakdown of waiting times by specialty and by district"},
        {"item": "26", "outcome": "recommended", "themes": ["adult-social-care", "finance", "workforce"],
         "text": "recommends to the Cabinet that the care home fee uplift for 2026/27"},
        {"item": "27", "outcome": "agreed", "themes": [],
         "text": "RESOLVED that the work programme, as amended, be approved"},
        {"item": "28", "outcome": "agreed", "themes": [],
         "text": "the next meeting be held on Wednesday, 19 November 2025 at 10.00 am"},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in PRESENT]
        + [{"name": n, "role": r, "attendance": "present"} for n, r in DISTRICT]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO_PRESENT]
        + [{"name": "Mr G Hartley", "role": None, "attendance": "apologies"},
           {"name": "Mrs E Moss", "role": None, "attendance": "apologies"}]
    ),
}


def phrases(g):
    for q in g.get("questions", []):
        yield q["text"]
        if q.get("answer"):
            yield q["answer"]
    for r in g.get("resolutions", []):
        yield r["text"]


def check(golds):
    ok = True
    for g, source in golds:
        src = norm(source)
        for ph in phrases(g):
            n = len(norm(ph).split())
            c = src.count(norm(ph))
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {g['document']} {g.get('part', '')}: count={c} words={n}: {ph!r}")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    build_html()
    pages = build_pdf()
    for name, g in [(HTML_NAME.rsplit(".", 1)[0] + ".json", HTML_GOLD),
                    (PDF_NAME.rsplit(".", 1)[0] + ".json", PACK_GOLD),
                    (PDF_NAME.rsplit(".", 1)[0] + ".minutes.json", MIN_GOLD)]:
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"built; PDF has {pages} pages")
    if "--check" in sys.argv:
        pdf_src = "\n".join(PDF_SOURCE)
        ok = check([(HTML_GOLD, htmlmod.unescape(html_text(DOCS / HTML_NAME))),
                    (PACK_GOLD, pdf_src), (MIN_GOLD, pdf_src)])
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
