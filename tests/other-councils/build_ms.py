#!/usr/bin/env python3
"""Build the "ms-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ms.py           build documents/ms-* and gold/ms-*.json
        build_ms.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "ms-irthwick-hosc-2025-09-11.html"
REPORT_NAME = "ms-irthwick-hosc-briefing-report-2025-09-11.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 9, 3, 9, 0, 0, tzinfo=dt.timezone.utc)

NB = "&nbsp;"
RES = "RESOLVED,&nbsp;&nbsp;&nbsp; that"
BUL = "·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "


# --------------------------------------------------------------------------------------
# The minutes: a ModernGov "Agenda and minutes" meeting page saved from a browser
# --------------------------------------------------------------------------------------

def p(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{text}</p>"


def gap() -> str:
    return f"<p>{NB}</p>"


ALSO_IN_ATTENDANCE = [
    ("Mr D Armstrong", "Chief Operating Officer, North Irthwick Integrated Care NHS Foundation Trust"),
    ("Mrs R Beattie", "Head of Urgent and Emergency Care, Pennine Coast Integrated Care Board"),
    ("Ms P Graham", "Senior Analyst"),
    ("Dr F Kaur", "Consultant in Dental Public Health"),
    ("Mr T Kirkbride", "Specialist – Policy"),
    ("Mrs C Nixon", "Director of Public Health and Communities"),
    ("Mr S Ostle", "Associate Director of Operations, Irthwick, Solway and Wear NHS Foundation Trust"),
    ("Mrs H Routledge", "Head of Primary Care Commissioning, Pennine Coast Integrated Care Board"),
    ("Mrs M Storey", "Senior Democratic Services Officer"),
    ("Ms J Tweddle", "Manager, Healthwatch Irthwick"),
]


def attendance_row() -> str:
    # As on the real pages, the names, the dashes and the posts sit in three cells of a
    # single table row, so that the text reads: all names, then all dashes, then posts.
    names = "\n".join(p(n) for n, _ in ALSO_IN_ATTENDANCE)
    dashes = "\n".join(p("-") for _ in ALSO_IN_ATTENDANCE)
    posts = "\n".join(p(r) for _, r in ALSO_IN_ATTENDANCE)
    return f"""<tr>
<td class="mgItemNumberCell"></td>
<td>
<div class="mgWordPara">
<p><strong>Also in attendance:-</strong></p>
{gap()}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr>
<td valign="top" width="160">
{names}
</td>
<td valign="top" width="30">
{dashes}
</td>
<td valign="top" width="420">
{posts}
</td>
</tr>
</table>
{gap()}
{gap()}
<p>(Councillor Pattinson arrived at the meeting at 10.50 am).</p>
{gap()}
</div>
</td>
</tr>"""


ITEMS = [
    {
        "no": "HOS.18/25",
        "title": "Apologies for Absence",
        "agenda": ["To receive any apologies for absence."],
        "minutes": [
            "Apologies for absence were received from councillors Bowman, Hetherington and "
            "Sewell together with the Director of Adult Social Care and Housing and the "
            "Integrated Care Board Director of Delivery for North Irthwick.",
        ],
    },
    {
        "no": "HOS.19/25",
        "title": "Membership of the Committee",
        "agenda": ["To note any changes to the membership of the Committee."],
        "minutes": [
            "Councillor Mossop attended as substitute for Councillor Sewell for this meeting only.",
        ],
    },
    {
        "no": "HOS.20/25",
        "title": "Disclosures of Interest",
        "agenda": [
            "To receive declarations by councillors of any disclosable pecuniary interests, "
            "other registrable interests or any other interests in respect of items on this "
            "agenda.",
        ],
        "minutes": [
            "Councillor Glaister declared a non-pecuniary interest in agenda item 7 (Urgent "
            "and Emergency Care – Winter Plan 2025/26) as she was employed as a nurse by the "
            "North Irthwick Integrated Care NHS Foundation Trust.",
            gap(),
            "Councillor Lowther declared a non-pecuniary interest in agenda item 9 as a "
            "member of his family received services from the Irthwick, Solway and Wear NHS "
            "Foundation Trust.",
        ],
    },
    {
        "no": "HOS.21/25",
        "title": "Exclusion of Press and Public",
        "agenda": [
            "To consider whether the press and public should be excluded from the meeting "
            "during consideration of any item on the agenda.",
        ],
        "minutes": [
            f"{RES} the press and public be not excluded from the meeting for any items of "
            "business.",
        ],
    },
    {
        "no": "HOS.22/25",
        "title": "Public Participation",
        "agenda": [
            "To receive any questions or representations which have been received from "
            "members of the public in accordance with the Council’s Public Participation "
            "Scheme.",
        ],
        "minutes": [
            "One question had been received in advance of the meeting from Mr G Dixon, a "
            "resident of Aldermouth, as follows:-",
            gap(),
            "<em>“Since January the minor injuries unit at Aldermouth Community Hospital has "
            "been closed overnight. What assessment has been made of the effect this has had "
            "on ambulance call-outs from the coast, and when will local people be told "
            "whether the overnight service is coming back?”</em>",
            gap(),
            "The Head of Urgent and Emergency Care, Pennine Coast Integrated Care Board, "
            "responded as follows:-",
            gap(),
            "<em>“The overnight closure was introduced as a temporary measure because the "
            "unit could not be safely staffed between 10pm and 8am, when attendances had "
            "averaged fewer than three a night. We have not seen a measurable increase in "
            "ambulance conveyances from the Aldermouth area, but we recognise that this is a "
            "concern for residents and we will publish the full evaluation of the temporary "
            "arrangement, including ambulance data, before the end of November. No permanent "
            "decision will be made until this Committee has had the opportunity to consider "
            "that evaluation.”</em>",
            gap(),
            "Mr Dixon attended the meeting and asked a supplementary question as to whether "
            "local people would be consulted before any permanent change was made.&nbsp; The "
            "Head of Urgent and Emergency Care confirmed that if a permanent change were "
            "proposed the ICB would discuss with the Committee whether it amounted to a "
            "substantial variation and would carry out public consultation where required.",
        ],
    },
    {
        "no": "HOS.23/25",
        "title": "Minutes of Previous Meeting",
        "pdf": "PDF 198 KB",
        "agenda": ["To confirm the minutes of the meeting held on 12 June 2025."],
        "minutes": [
            "Arising from minute HOS.12/25 (Community Pharmacy Services), a member asked when "
            "the information requested on the number of pharmacy closures since 2022 would "
            "be circulated to the Committee.&nbsp; The Senior Democratic Services Officer "
            "reported that the information had been received from the ICB that morning and "
            "would be sent to members after the meeting.",
            gap(),
            f"{RES} the minutes of the meeting held on 12 June 2025 be confirmed as a correct "
            "record and signed by the Chair.",
        ],
        "docs": ["Minutes 12 June 2025, item HOS.23/25 PDF 198 KB"],
    },
    {
        "no": "HOS.24/25",
        "title": "Urgent and Emergency Care – Winter Plan 2025/26",
        "pdf": "PDF 1 MB",
        "agenda": [
            "To consider a report from the Pennine Coast Integrated Care Board and the North "
            "Irthwick Integrated Care NHS Foundation Trust.",
        ],
        "additional": ["Appendix 1 - Winter Plan on a Page, item HOS.24/25 PDF 402 KB"],
        "minutes": [
            "The Head of Urgent and Emergency Care, Pennine Coast Integrated Care Board "
            "introduced the report which set out the arrangements that had been put in place "
            "across the North Irthwick system in preparation for winter 2025/26.&nbsp; She "
            "reminded members of the pressures experienced during the previous winter, when "
            "the Irthwick Royal Infirmary had declared a critical incident on two occasions, "
            "and outlined the main elements of the plan, which included an additional 24 "
            "virtual ward beds, the extension of the opening hours of the same day emergency "
            "care unit to 10pm seven days a week, and a joint vaccination campaign for health "
            "and care staff.",
            gap(),
            "Members raised concerns about the length of ambulance handover delays at the "
            "Irthwick Royal Infirmary and asked what the Trust would be doing differently this "
            "year.&nbsp; The Chief Operating Officer, North Irthwick Integrated Care NHS "
            "Foundation Trust, explained that a new ambulance receiving area with eight "
            "trolley spaces had opened in August, staffed by a dedicated team, and that the "
            "Trust’s aim was that no handover would exceed 45 minutes.&nbsp; Average "
            "handover times in July and August had been 38 minutes, compared with 61 minutes "
            "a year earlier.",
            gap(),
            "A member asked how many patients across the two acute hospitals were medically "
            "fit for discharge but remained in a hospital bed, and how many of them were "
            "waiting for a package of care.&nbsp; The Chief Operating Officer advised that on "
            "the day of the meeting there were 71 patients with no criteria to reside, of whom "
            "around a third were waiting for home care; the Trust was working closely with the "
            "Council’s adult social care teams through the integrated discharge hub and the "
            "position had improved since the introduction of the discharge to assess beds at "
            "Fernbank House in the spring.",
            gap(),
            "Councillor Pattinson expressed concern that residents of the rural and coastal "
            "parts of Irthwick, particularly around Aldermouth and Kelthorpe, routinely waited "
            "far longer than the national standard for a category 2 ambulance response, and "
            "that the winter plan said very little about the ambulance service.",
            gap(),
            "In response to a question about the uptake of flu vaccination among frontline "
            "staff, the Director of Public Health and Communities said that uptake in the "
            "acute trust last winter had been 38%, well below the level achieved before the "
            "pandemic, and that a joint campaign with the Trust’s occupational health service "
            "and the Council’s care providers would start on 1 October, with peer vaccinators "
            "on every ward.",
            gap(),
            "A member queried whether the additional virtual ward beds would be staffed from "
            "existing community teams, which were already stretched, or through new "
            "recruitment.&nbsp; Members were informed that 14 of the 20 new posts had been "
            "recruited to on a permanent basis and that the remaining shifts would be covered "
            "by bank staff until the new year.",
            gap(),
            "Ms Tweddle, Manager, Healthwatch Irthwick, reported that Healthwatch had heard "
            "from a number of patients who had spent more than 12 hours in the emergency "
            "department, some of them on trolleys in corridors, and asked whether the Trust "
            "would publish its figures for corridor care.&nbsp; The Chief Operating Officer "
            "acknowledged that corridor care was not acceptable and undertook to share the "
            "latest figures with the Committee.",
            gap(),
            "The Chair thanked the representatives for their attendance and said that the "
            "Committee would wish to keep the winter plan under review.",
            gap(),
            f"{RES}",
            gap(),
            "(1)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; the report be noted;",
            gap(),
            "(2)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; the Northern Coast Ambulance Service NHS Trust "
            "be invited to attend the meeting of the Committee on 4 December 2025 to report "
            "on ambulance response times in rural and coastal areas; and",
            gap(),
            "(3)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; a further update on the delivery of the winter "
            "plan be provided to the Committee in March 2026.",
        ],
        "docs": ["Report, item HOS.24/25 PDF 1 MB",
                 "Appendix 1 - Winter Plan on a Page, item HOS.24/25 PDF 402 KB"],
    },
    {
        "no": "HOS.25/25",
        "title": "Access to NHS Dental Services",
        "pdf": "PDF 640 KB",
        "agenda": ["To consider a report from the Pennine Coast Integrated Care Board."],
        "minutes": [
            "The Head of Primary Care Commissioning, Pennine Coast Integrated Care Board "
            "introduced the report, which provided an update on access to NHS dental services "
            "in Irthwick since the ICB had taken on delegated responsibility for the "
            "commissioning of dentistry.&nbsp; She was accompanied by Dr Kaur, Consultant in "
            "Dental Public Health.&nbsp; The report showed that 36% of adults and 54% of "
            "children in Irthwick had seen an NHS dentist in the previous 24 and 12 months "
            "respectively, both below the England average, and that two practices had handed "
            "back their NHS contracts during 2024/25.",
            gap(),
            "Members expressed concern that no practice in the Aldermouth area was accepting "
            "new adult NHS patients and asked what was being done to address this.&nbsp; The "
            "Head of Primary Care Commissioning explained that the ICB had commissioned "
            "additional urgent dental care sessions from three practices in the west of the "
            "county, and that a procurement for a new NHS dental practice in Aldermouth would "
            "be launched in November 2025 with a view to the service opening in the summer of "
            "2026.",
            gap(),
            "A member asked whether the ICB had considered employing salaried dentists "
            "directly, rather than relying on private practices to hold NHS contracts.&nbsp; "
            "Dr Kaur advised that the community dental service already employed salaried "
            "dentists but that it was commissioned to treat patients with additional needs "
            "and was not resourced to offer routine care to the general population; the ICB "
            "was, however, exploring a salaried ‘dental access centre’ model with the Trust.",
            gap(),
            "Concern was raised about the length of time children were waiting for tooth "
            "extractions under general anaesthetic, and the Consultant in Dental Public Health "
            "confirmed that the longest wait had fallen from 58 weeks to 41 weeks following "
            "additional theatre sessions at the Irthwick Royal Infirmary, but acknowledged "
            "that this was still too long.",
            gap(),
            "Councillor Glaister asked about the supervised toothbrushing programme.&nbsp; The "
            "Director of Public Health and Communities said that the programme now reached 112 "
            "nurseries, schools and early years settings in the most deprived areas and would "
            "be extended to all special schools from January 2026, funded from the public "
            "health grant.",
            gap(),
            "A member commented that national changes such as the new patient premium had made "
            "little practical difference in Irthwick and that, until the national dental "
            "contract was reformed, the problems of access would continue.",
            gap(),
            f"{RES}",
            gap(),
            "(1)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; the report be noted; and",
            gap(),
            "(2)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; the Chair write, on behalf of the Committee, to "
            "the Minister of State for Care setting out the Committee’s concerns about access "
            "to NHS dentistry in Irthwick and the need for reform of the national dental "
            "contract.",
        ],
        "docs": ["Report, item HOS.25/25 PDF 640 KB"],
    },
    {
        "no": "HOS.26/25",
        "title": "Adult Mental Health Crisis Services",
        "agenda": [
            "To receive a presentation from the Irthwick, Solway and Wear NHS Foundation Trust.",
        ],
        "minutes": [
            "Mr Ostle, Associate Director of Operations, Irthwick, Solway and Wear NHS "
            "Foundation Trust, gave a presentation on the changes made to adult mental health "
            "crisis services over the past year.&nbsp; These included the launch of the 24/7 "
            "NHS 111 mental health option, the opening of a crisis café at Cressford run in "
            "partnership with a local charity, and the reconfiguration of inpatient services "
            "following the temporary closure of Beckside Ward at Thornhaven Hospital in "
            "February 2025.",
            gap(),
            "During the ensuing discussion the following points were raised:-",
            gap(),
            BUL + "A member asked how many people had been placed in inpatient beds outside "
            "the area during the last year.&nbsp; Mr Ostle reported that there had been 46 out "
            "of area placements in 2024/25, compared with 63 in the previous year, the majority "
            "of them in independent sector hospitals in the North West.",
            gap(),
            BUL + "Concerns were expressed about the temporary closure of Beckside Ward and the "
            "distance families and carers now had to travel to visit relatives admitted to "
            "Irthwick.&nbsp; The Associate Director acknowledged the concerns and said that a "
            "travel support scheme for carers had been introduced in May 2025, and that no "
            "decision on the future of the ward would be taken without engagement with "
            "patients, carers and the Committee.",
            gap(),
            BUL + "Councillor Mossop asked whether the crisis café would open at weekends, and "
            "was informed that weekend opening would begin in October 2025, funded through the "
            "Mental Health Investment Standard.",
            gap(),
            BUL + "The Chair requested figures on the number of people detained under section "
            "136 of the Mental Health Act who had been taken to a police station rather than a "
            "health-based place of safety.&nbsp; Mr Ostle agreed to provide these figures after "
            "the meeting.",
            gap(),
            BUL + "Councillor Lowther commented that the suicide rate in Irthwick remained well "
            "above the national average and that the Council, the NHS and the police needed to "
            "work together on the refreshed suicide prevention plan.",
            gap(),
            "The Chair thanked Mr Ostle for the presentation.&nbsp; The Committee noted the "
            "presentation and the progress made in developing crisis services.",
        ],
    },
    {
        "no": "HOS.27/25",
        "title": "Healthwatch Irthwick Annual Report 2024/25",
        "pdf": "PDF 2 MB",
        "agenda": ["To consider the annual report of Healthwatch Irthwick."],
        "minutes": [
            "Ms Tweddle, Manager, Healthwatch Irthwick presented the annual report, which set "
            "out the work of Healthwatch during 2024/25.&nbsp; Over the year 1,240 people had "
            "shared their experiences of health and care services with Healthwatch, and the "
            "organisation had carried out enter and view visits to four care homes and "
            "published reports on GP access, hospital discharge and the experiences of unpaid "
            "carers.",
            gap(),
            "A member asked how Healthwatch reached people in rural communities who did not "
            "use the internet.&nbsp; Ms Tweddle explained that the Healthwatch outreach van had "
            "visited 22 markets, agricultural shows and community events during the year and "
            "that paper surveys were left in libraries and GP surgeries.",
            gap(),
            "In response to a question about the findings of the enter and view visits, Ms "
            "Tweddle said that the main themes had been staffing levels at night and the "
            "limited range of activities available to residents living with dementia; the care "
            "homes concerned had all responded with action plans, which Healthwatch would "
            "follow up.",
            gap(),
            "Members asked whether the funding for Healthwatch would be maintained, given the "
            "financial pressures facing the Council.&nbsp; It was confirmed that the Council’s "
            "contract for the Healthwatch service had been extended to March 2027 at the same "
            "value.",
            gap(),
            f"{RES} the Healthwatch Irthwick Annual Report 2024/25 be noted.",
        ],
        "docs": ["Healthwatch Irthwick Annual Report 2024-25, item HOS.27/25 PDF 2 MB"],
    },
    {
        "no": "HOS.28/25",
        "title": "Work Programme 2025/26",
        "pdf": "PDF 150 KB",
        "agenda": ["To consider the Committee’s work programme for 2025/26."],
        "minutes": [
            "The Specialist – Policy presented the Committee’s work programme for 2025/26 and "
            "reminded members that the programme would remain flexible so that urgent items "
            "could be added during the year.",
            gap(),
            "Members requested that an item on access to GP appointments in the west of the "
            "county be added to the work programme for March 2026, and that the ICB be asked to "
            "include information on the use of physician associates in local practices.",
            gap(),
            "A member suggested that the Committee should consider holding one of its meetings "
            "in Aldermouth or Kelthorpe so that residents in the west could attend more "
            "easily.&nbsp; The Senior Democratic Services Officer advised that this would be "
            "looked at when the calendar of meetings for 2026/27 was prepared.",
            gap(),
            f"{RES} the work programme for 2025/26 be agreed, subject to the addition of an "
            "item on access to GP appointments in March 2026.",
        ],
        "docs": ["Work Programme, item HOS.28/25 PDF 150 KB"],
    },
    {
        "no": "HOS.29/25",
        "title": "Date and Time of Next Meeting",
        "agenda": [
            "To note that the next meeting of the Committee will be held on Thursday 4 "
            "December 2025 at 10.30 am in the Eden Room, Civic Centre, Irthwick.",
        ],
        "minutes": [
            f"{RES} the next meeting of the Committee be held on Thursday 4 December 2025 at "
            "10.30 am in the Eden Room, Civic Centre, Irthwick.",
        ],
    },
]


def item_row(it: dict) -> str:
    pdf = (f' <span class="mgPdfIcon"><img src="mgimages/pdf.gif" alt="pdf icon" /> '
           f'{it["pdf"]}</span>') if it.get("pdf") else ""
    href = "mgIssueHistoryHome.aspx?IId=" + str(40000 + int(it["no"][4:6]))
    agenda = "\n".join(p(a) for a in it["agenda"])
    minutes = "\n".join(m if m.startswith("<p>") else p(m) for m in it["minutes"])
    extra = ""
    if it.get("additional"):
        links = "\n".join(f'<li><a href="documents/s9{i}.pdf">{d}</a></li>'
                          for i, d in enumerate(it["additional"]))
        extra += f'<p class="mgSubItemTitleTxt">Additional documents:</p>\n<ul class="mgBulletList">\n{links}\n</ul>\n'
    docs = ""
    if it.get("docs"):
        links = "\n".join(f'<li><a href="documents/s8{i}.pdf">{d}</a></li>'
                          for i, d in enumerate(it["docs"]))
        docs = f'<p class="mgSubItemTitleTxt">Supporting documents:</p>\n<ul class="mgActionList">\n{links}\n</ul>\n'
    return f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{it["no"]}</p></td>
<td>
<p class="mgAiTitleTxt"><a href="{href}" title="Link to item history">{it["title"]}</a>{pdf}</p>
{extra}<div class="mgAiTxt">
{agenda}
{gap()}
</div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{minutes}
{gap()}
</div>
{docs}</td>
</tr>"""


def minutes_html() -> str:
    rows = "\n".join([attendance_row()] + [item_row(it) for it in ITEMS])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Agenda for Health Overview and Scrutiny Committee on Thursday 11 September 2025, 10.30 am - Irthwick Council</title>
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css" />
</head>
<body>
<div id="skip"><a href="#content">Skip to main content</a></div>
<header class="site-header">
<a href="https://www.irthwick.gov.uk/"><img src="SiteSpecific/logo.png" alt="Irthwick Council" /></a>
<nav>
<ul>
<li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="mgListCommittees.aspx">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx">Meetings calendar</a></li>
<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="mgPlansHome.aspx">Forward plans</a></li>
<li><a href="ieDocSearch.aspx">Search documents</a></li>
</ul>
</nav>
</header>
<div id="breadcrumbs"><a href="https://www.irthwick.gov.uk/">Home</a> &gt; <a href="mgListCommittees.aspx">Committee structure</a> &gt; <a href="ieListMeetings.aspx?CId=173">Health Overview and Scrutiny Committee</a> &gt; Meeting</div>
<div id="content" class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Health Overview and Scrutiny Committee - Thursday 11 September 2025 10.30 am</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CId=173">Meetings of this committee</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=14318">Attendance details</a></li>
<li><a href="ieDecisionDetails.aspx?MId=14318">Decisions</a></li>
</ul>
</div>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Eden Room, Civic Centre, Irthwick, IK3 8QG</p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Megan Storey, Senior Democratic Services Officer&nbsp; Email: megan.storey@irthwick.gov.uk</p>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="documents/g14318/Public reports pack 11th-Sep-2025 10.30 Health Overview and Scrutiny Committee.pdf">Agenda reports pack <span>PDF 6 MB</span></a></li>
<li><a href="documents/g14318/Printed minutes 11th-Sep-2025 10.30 Health Overview and Scrutiny Committee.pdf">Printed minutes <span>PDF 392 KB</span></a></li>
</ul>
</div>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Table of items">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
{rows}
</table>
</div>
<footer class="site-footer">
<ul>
<li><a href="https://www.irthwick.gov.uk/accessibility">Accessibility</a></li>
<li><a href="https://www.irthwick.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.irthwick.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.irthwick.gov.uk/contact">Contact us</a></li>
</ul>
<p>&copy; Irthwick Council, Civic Centre, Irthwick, IK3 8QG</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# The document that is not minutes: the scrutiny officer's Committee Briefing Report
# --------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Health Overview and Scrutiny Committee – 11 September 2025 – "
                      "Committee Briefing Report", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Committee Briefing Report")
    pdf.set_author("Irthwick Council")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Irthwick Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    cover = [
        ("Report to:", "Health Overview and Scrutiny Committee"),
        ("Date of meeting:", "11 September 2025"),
        ("Agenda item:", "Committee Briefing Report (for information)"),
        ("Report of:", "Specialist – Policy"),
        ("Portfolio:", "Health and Wellbeing"),
        ("Key decision:", "No"),
        ("Exempt information:", "None"),
    ]
    with pdf.table(col_widths=(45, 121), text_align="LEFT", line_height=6.5,
                   first_row_as_headings=False) as table:
        for k, v in cover:
            row = table.row()
            row.cell(k)
            row.cell(v)
    pdf.ln(6)

    def heading(t: str) -> None:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)

    def para(num: str, t: str) -> None:
        pdf.set_font("DejaVu", "", 10)
        x = pdf.get_x()
        pdf.cell(12, 5.5, num)
        pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x)
        pdf.ln(2)

    heading("1.\tPURPOSE OF REPORT".replace("\t", "  "))
    para("1.1", "This report provides members with an update on matters of interest to the "
         "Committee which have arisen since its last meeting on 12 June 2025, including the "
         "responses received to requests for information made at that meeting.")

    heading("2.  RECOMMENDATION")
    para("2.1", "That the Committee:")
    para("", "(a)  notes the contents of this briefing report; and")
    para("", "(b)  considers whether any of the matters set out in section 4 should be added "
         "to its work programme for 2025/26.")

    heading("3.  RESPONSES TO REQUESTS MADE AT THE LAST MEETING")
    para("3.1", "The table below sets out the requests for information made by the Committee "
         "on 12 June 2025 and the responses received to date.")
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("Minute", "Request", "Response"),
        ("HOS.12/25", "How many community pharmacies in Irthwick have closed since 2022, "
         "and what has been done to maintain access in the areas affected?",
         "Response awaited from the Pennine Coast Integrated Care Board. It will be "
         "circulated to members as soon as it is received."),
        ("HOS.13/25", "Could the Committee see the number of calls to NHS 111 from Irthwick "
         "which were passed to a clinician within 20 minutes?",
         "Figures for April to June 2025 were circulated by email on 14 July 2025: 71% of "
         "calls were passed to a clinician within 20 minutes."),
        ("HOS.14/25", "Members asked for a copy of the improvement plan following the Care "
         "Quality Commission's inspection of maternity services at the Irthwick Royal "
         "Infirmary.",
         "The Trust's improvement plan was circulated on 2 July 2025. A progress report is "
         "included in the work programme for December 2025."),
    ]
    from fpdf.fonts import FontFace
    with pdf.table(col_widths=(22, 72, 72), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(5)

    heading("4.  UPDATES FOR MEMBERS")
    para("4.1", "Aldermouth Community Hospital minor injuries unit. The overnight closure of "
         "the unit, introduced in January 2025 as a temporary measure, remains in place. The "
         "Integrated Care Board has said that an evaluation will be published in November "
         "2025 and that it will return to the Committee before any permanent decision is "
         "taken. Members may wish to consider whether this should be treated as a possible "
         "substantial variation in service.")
    para("4.2", "Beckside Ward, Thornhaven Hospital. The Irthwick, Solway and Wear NHS "
         "Foundation Trust has confirmed that the ward will remain closed to admissions until "
         "at least March 2026 while recruitment to registered nursing posts continues.")
    para("4.3", "Regional joint scrutiny. The Chair and Vice-Chair attended the joint health "
         "scrutiny committee for the Pennine Coast area on 8 July 2025, which considered the "
         "Integrated Care Board's proposals to reduce its running costs by half. A further "
         "meeting is planned for October 2025.")
    para("4.4", "Dental access. The Integrated Care Board intends to procure a new NHS dental "
         "practice in Aldermouth. Its report to this meeting sets out the timetable.")

    heading("5.  POSSIBLE LINES OF ENQUIRY")
    para("5.1", "In considering the reports on today's agenda, members may wish to ask:")
    for q in [
        "How will the winter plan reduce the time that patients wait in ambulances outside "
        "the Irthwick Royal Infirmary, and how will progress be reported to the public?",
        "What steps are being taken to recruit and keep staff for the virtual ward, and how "
        "much of the service depends on bank and agency staff?",
        "Has the Integrated Care Board assessed the likely demand for the new dental practice "
        "in Aldermouth, and will existing patients on waiting lists be offered places first?",
        "Are people who have used crisis services, and their carers, involved in reviewing "
        "the new crisis café and the NHS 111 mental health option?",
    ]:
        para("•", q)

    heading("6.  BACKGROUND PAPERS")
    para("6.1", "Minutes of the meeting of the Health Overview and Scrutiny Committee held on "
         "12 June 2025.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Contact officer: Tom Kirkbride, Specialist – Policy\n"
                   "Email: tom.kirkbride@irthwick.gov.uk", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


UEC_HEAD = "Head of Urgent and Emergency Care, Pennine Coast Integrated Care Board"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-09-11",
    "items": [{"number": it["no"], "title": it["title"]} for it in ITEMS],
    "questions": [
        q("HOS.22/25", "question",
          "What assessment has been made of the effect this has had on ambulance call-outs",
          "Mr G Dixon",
          "we will publish the full evaluation of the temporary arrangement, including ambulance data",
          UEC_HEAD, ["patient-and-public-input"]),
        q("HOS.22/25", "question",
          "asked a supplementary question as to whether local people would be consulted",
          "Mr Dixon",
          "would discuss with the Committee whether it amounted to a substantial variation",
          "Head of Urgent and Emergency Care", ["patient-and-public-input", "governance"]),
        q("HOS.23/25", "question",
          "asked when the information requested on the number of pharmacy closures",
          None,
          "the information had been received from the ICB that morning",
          "Senior Democratic Services Officer", ["primary-care"]),
        q("HOS.24/25", "concern",
          "raised concerns about the length of ambulance handover delays at the Irthwick Royal Infirmary",
          None,
          "a new ambulance receiving area with eight trolley spaces had opened in August",
          "Chief Operating Officer, North Irthwick Integrated Care NHS Foundation Trust", []),
        q("HOS.24/25", "question",
          "medically fit for discharge but remained in a hospital bed",
          None,
          "there were 71 patients with no criteria to reside",
          "Chief Operating Officer", ["adult-social-care", "integration"]),
        q("HOS.24/25", "concern",
          "routinely waited far longer than the national standard for a category 2 ambulance response",
          "Councillor Pattinson", None, None, []),
        q("HOS.24/25", "question",
          "a question about the uptake of flu vaccination among frontline staff",
          None,
          "uptake in the acute trust last winter had been 38%",
          "Director of Public Health and Communities", ["public-health", "workforce"]),
        q("HOS.24/25", "question",
          "queried whether the additional virtual ward beds would be staffed from existing community teams",
          None,
          "14 of the 20 new posts had been recruited to on a permanent basis",
          None, ["workforce"]),
        q("HOS.24/25", "question",
          "asked whether the Trust would publish its figures for corridor care",
          "Ms Tweddle",
          "undertook to share the latest figures with the Committee",
          "Chief Operating Officer", ["patient-and-public-input"]),
        q("HOS.25/25", "concern",
          "no practice in the Aldermouth area was accepting new adult NHS patients",
          None,
          "a procurement for a new NHS dental practice in Aldermouth would be launched",
          "Head of Primary Care Commissioning", ["primary-care", "subcontracting"]),
        q("HOS.25/25", "question",
          "considered employing salaried dentists directly, rather than relying on private practices",
          None,
          "was not resourced to offer routine care to the general population",
          "Dr Kaur", ["primary-care", "privatisation", "workforce"]),
        q("HOS.25/25", "concern",
          "the length of time children were waiting for tooth extractions under general anaesthetic",
          None,
          "the longest wait had fallen from 58 weeks to 41 weeks",
          "Consultant in Dental Public Health", ["primary-care", "children-and-families"]),
        q("HOS.25/25", "question",
          "Councillor Glaister asked about the supervised toothbrushing programme",
          "Councillor Glaister",
          "the programme now reached 112 nurseries, schools and early years settings",
          "Director of Public Health and Communities",
          ["public-health", "children-and-families", "primary-care"]),
        q("HOS.25/25", "comment",
          "the new patient premium had made little practical difference in Irthwick",
          None, None, None, ["primary-care"]),
        q("HOS.26/25", "question",
          "how many people had been placed in inpatient beds outside the area",
          None,
          "there had been 46 out of area placements in 2024/25",
          "Mr Ostle", ["mental-health", "subcontracting"]),
        q("HOS.26/25", "concern",
          "the distance families and carers now had to travel to visit relatives",
          None,
          "a travel support scheme for carers had been introduced in May 2025",
          "Associate Director", ["mental-health", "patient-and-public-input"]),
        q("HOS.26/25", "question",
          "asked whether the crisis café would open at weekends",
          "Councillor Mossop",
          "weekend opening would begin in October 2025, funded through the Mental Health Investment Standard",
          None, ["mental-health", "finance"]),
        q("HOS.26/25", "request",
          "requested figures on the number of people detained under section 136",
          "The Chair",
          "Mr Ostle agreed to provide these figures after the meeting",
          "Mr Ostle", ["mental-health"]),
        q("HOS.26/25", "comment",
          "the suicide rate in Irthwick remained well above the national average",
          "Councillor Lowther", None, None, ["mental-health"]),
        q("HOS.27/25", "question",
          "how Healthwatch reached people in rural communities who did not use the internet",
          None,
          "the Healthwatch outreach van had visited 22 markets, agricultural shows and community events",
          "Ms Tweddle", ["patient-and-public-input"]),
        q("HOS.27/25", "question",
          "a question about the findings of the enter and view visits",
          None,
          "the main themes had been staffing levels at night",
          "Ms Tweddle", ["patient-and-public-input", "adult-social-care", "workforce"]),
        q("HOS.27/25", "question",
          "whether the funding for Healthwatch would be maintained",
          None,
          "contract for the Healthwatch service had been extended to March 2027",
          None, ["finance", "subcontracting", "patient-and-public-input"]),
        q("HOS.28/25", "request",
          "requested that an item on access to GP appointments in the west",
          None, None, None, ["primary-care", "workforce"]),
        q("HOS.28/25", "comment",
          "should consider holding one of its meetings in Aldermouth or Kelthorpe",
          None,
          "would be looked at when the calendar of meetings for 2026/27 was prepared",
          "Senior Democratic Services Officer", ["patient-and-public-input"]),
    ],
    "resolutions": [
        r("HOS.21/25", "the press and public be not excluded from the meeting for any items of business",
          "agreed", ["governance"]),
        r("HOS.23/25", "the minutes of the meeting held on 12 June 2025 be confirmed",
          "agreed", []),
        r("HOS.24/25", "a further update on the delivery of the winter plan be provided",
          "agreed", []),
        r("HOS.25/25", "to the Minister of State for Care setting out the Committee's concerns",
          "agreed", ["primary-care"]),
        r("HOS.26/25", "The Committee noted the presentation and the progress made in developing crisis services",
          "noted", ["mental-health"]),
        r("HOS.27/25", "the Healthwatch Irthwick Annual Report 2024/25 be noted",
          "noted", ["patient-and-public-input"]),
        r("HOS.28/25", "subject to the addition of an item on access to GP appointments",
          "agreed", ["primary-care"]),
        r("HOS.29/25", "the next meeting of the Committee be held on Thursday 4 December 2025",
          "agreed", []),
    ],
    "attendees": (
        [{"name": n, "role": role, "attendance": "in_attendance"} for n, role in ALSO_IN_ATTENDANCE]
        + [
            {"name": "Councillor Pattinson", "role": None, "attendance": "present"},
            {"name": "Councillor Mossop", "role": None, "attendance": "present"},
            {"name": "Councillor Bowman", "role": None, "attendance": "apologies"},
            {"name": "Councillor Hetherington", "role": None, "attendance": "apologies"},
            {"name": "Councillor Sewell", "role": None, "attendance": "apologies"},
        ]
    ),
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(minutes_html(), encoding="utf-8", newline="\n")
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\nwrote 2 gold files")


def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [pa.text for pa in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gp in sorted(GOLD.glob("ms-*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = " " + norm(doc_text(doc)) + " "
        if len(text.split()) < 50:
            print(f"{doc.name}: suspiciously little text")
            bad += 1
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            words = len(n.split())
            count = text.count(" " + n + " ")
            if count != 1 or not 6 <= words <= 15:
                print(f"{doc.name}: {kind} phrase found {count} times, {words} words: {ph!r}")
                bad += 1
        items = {it["number"] for it in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                print(f"{doc.name}: row refers to unknown item {row['item']}")
                bad += 1
        for a in g.get("attendees", []):
            if norm(a["name"].replace("Councillor ", "")) not in text:
                print(f"{doc.name}: attendee not in text: {a['name']}")
                bad += 1
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
