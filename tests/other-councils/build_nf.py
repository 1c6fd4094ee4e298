#!/usr/bin/env python3
"""Build the "nf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nf.py           build documents/nf-* and gold/nf-*.json
        build_nf.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = dt.datetime(2025, 1, 22, 9, 30, 0)

MINUTES = "nf-hodderfold-ecs-scrutiny-2025-01-15.docx"
OTHER = "nf-hodderfold-send-unit-proposal-faq.html"

COMMITTEE = "Education and Children's Services Scrutiny Committee"
VENUE = "Committee Room 'B' - The Brennand Room, County Hall, Hodderton"

# --------------------------------------------------------------------------
# Minutes content
# --------------------------------------------------------------------------
# Each block: ("h", number, title) | ("p", text) | ("b", text) bullet |
# ("res", lead, [clauses]) | ("n", text) numbered clause paragraph

ITEM4_INTRO = (
    "The Chair welcomed County Councillor Neil Whiteside, Cabinet Member for Education and "
    "Skills; Dr Fiona Greaves, Director of Education, Culture and Skills; Simon Kenyon, Head "
    "of Service, Inclusion; and Lorraine Catterall, Designated Clinical Officer for SEND, "
    "Hodder and Fells Integrated Care Board, to the meeting."
)
ITEM4_REPORT = (
    "The report presented provided an update on progress against the SEND Partnership "
    "Priority Action Plan, which had been put in place following the area SEND inspection "
    "carried out jointly by Ofsted and the Care Quality Commission in October 2023. The "
    "report set out performance on the timeliness of Education, Health and Care Plans "
    "(EHCPs), the work to reduce the number of overdue annual reviews, the development of "
    "the graduated approach toolkit for mainstream schools and the position on the high "
    "needs block of the Dedicated Schools Grant. It was reported that 9,842 children and "
    "young people in Hodderfold now had an EHCP, an increase of 14 per cent on the previous "
    "year, and that 3,104 requests for an Education, Health and Care needs assessment had "
    "been received in the 2024 calendar year."
)
ITEM4_BULLETS = [
    "Members queried why the proportion of new EHCPs issued within the statutory 20 week "
    "timescale had fallen to 38 per cent in the quarter to December 2024, having been 52 per "
    "cent a year earlier. It was explained that requests for assessment had risen by 27 per "
    "cent over two years and that the recruitment of educational psychologists remained the "
    "single biggest constraint on timeliness, with 11 of the 34 posts in the establishment "
    "currently vacant. Improvement had been seen in the weeks before Christmas and the "
    "service expected to be back above 50 per cent by the summer.",

    "Concern was expressed about the use of private agencies to carry out psychological "
    "advice and the cost of this to the council at a time when the high needs block was "
    "already overspent. The Director of Education, Culture and Skills advised that an agency "
    "assessment cost around twice as much as one completed by the council's own "
    "psychologists, but this was a temporary arrangement while the service grew its own "
    "workforce, and six trainee educational psychologists funded through the council's "
    "bursary scheme would qualify in September 2025.",

    "A member commented that parents in the Oakenclough and Higher Calderton divisions were "
    "still contacting councillors because they could not get a reply from their SEND case "
    "officer, and that some had waited months for amendments to be made to plans following "
    "an annual review.",

    "Clarification was sought on how the quality of health advice in plans was being "
    "improved, as the inspection had found health outcomes to be generic. Lorraine Catterall "
    "explained that a quality assurance panel with therapists and community paediatricians "
    "now audited a sample of 20 plans each month, and that health advice was returned within "
    "the six week timescale in 91 per cent of cases in December, compared with 64 per cent a "
    "year ago. Speech and language therapy remained the area of greatest pressure, with "
    "waits of up to 40 weeks in the east of the county.",

    "A member asked how parents and carers had been involved in designing the graduated "
    "approach toolkit, and whether schools were actually using it. Simon Kenyon reported that "
    "the toolkit had been co-produced with the Hodderfold Parent Carer Forum over eight "
    "workshops, and that 212 schools had so far attended the launch training, although take "
    "up among secondary schools was lower and would be targeted in the spring term.",

    "Members asked what was being done to address the deficit on the high needs block, which "
    "was forecast to reach £41.6m by 31 March 2025, and what would happen when the statutory "
    "override ended in March 2026. The Cabinet Member for Education and Skills stated that "
    "the council, along with many other authorities, had written to the Secretary of State "
    "seeking a long term solution, and that the council's participation in the Delivering "
    "Better Value programme was aimed at reducing reliance on independent special school "
    "places, which cost on average £58,000 per pupil per year.",

    "The committee requested that future reports include a breakdown of EHCP timeliness and "
    "overdue annual reviews by district, so that members could see the local variation "
    "behind the county figures. Dr Greaves agreed that this would be included in the next "
    "update.",
]
ITEM4_RES = ("Resolved: That:", [
    "The report be noted.",
    "A further update on EHCP timeliness and overdue annual reviews, including a breakdown "
    "by district, be presented to the committee in July 2025.",
])

ITEM5_INTRO = (
    "The Chair welcomed Rachel Entwistle, Associate Director of Mental Health Commissioning "
    "(Children and Young People), Hodder and Fells Integrated Care Board; Dr Samuel Okafor, "
    "Clinical Director for CAMHS, Fellside Healthcare NHS Foundation Trust; Dr Karen "
    "Ashbrook, Director of Public Health; and County Councillor Jean Haworth, Cabinet Member "
    "for Health and Wellbeing, to the meeting."
)
ITEM5_REPORT = (
    "The committee received a presentation on the emotional wellbeing and mental health of "
    "children and young people in Hodderfold, including the findings of the 2024 Hodderfold "
    "Pupil Wellbeing Survey, which had been completed by just over 21,000 pupils in years 6, 8 "
    "and 10. The presentation outlined the Thrive framework being used across the system, the "
    "roll out of Mental Health Support Teams in schools, waiting times for Child and "
    "Adolescent Mental Health Services (CAMHS) and for neurodevelopmental assessments, the "
    "all age crisis line and the work of public health on self-harm and suicide prevention. "
    "It was highlighted that referrals to CAMHS had increased by 41 per cent since 2019/20, "
    "and that 29 per cent of year 10 girls who responded to the survey reported low "
    "wellbeing scores."
)
ITEM5_BULLETS = [
    "Members expressed serious concern at the length of waits for autism and ADHD "
    "assessments, with some children in the north of the county having waited over three "
    "years, and the impact this had on families and on schools while they waited. Rachel "
    "Entwistle acknowledged that the waits were not acceptable and explained that the ICB "
    "had commissioned additional assessment capacity from an independent provider for 12 "
    "months, which would see around 1,500 additional assessments completed, and that support "
    "for families was now offered on the basis of need rather than diagnosis.",

    "A member asked how many schools were now covered by a Mental Health Support Team and "
    "when the remaining schools would be included. Dr Okafor said that 14 teams were in "
    "place, covering 58 per cent of pupils, and that two further teams had been agreed for "
    "the Whinfell and Scarth districts from September 2025 subject to national funding being "
    "confirmed.",

    "Clarification was sought on where young people in a mental health crisis were seen out "
    "of hours, as members had heard of young people waiting many hours in the emergency "
    "department. It was reported that the all age crisis line operated 24 hours a day and "
    "that a children's crisis and home treatment team was now in place across the county "
    "from 8am to 10pm, but it was accepted that young people still presented at emergency "
    "departments overnight and this remained a priority for the system.",

    "Concerns were raised about the rise in hospital admissions for self-harm among girls "
    "aged 10 to 14, which was higher in Hodderfold than the England average. The Director of "
    "Public Health explained that the rate had been above the national average for five "
    "years and was closely linked to deprivation, and that the refreshed suicide prevention "
    "plan included training for school staff, a bereavement support offer and work with "
    "social media platforms through the regional network.",

    "One member commented that the online counselling service commissioned by the ICB was "
    "not well known among parents in her division and that more could be done to promote it "
    "through schools, libraries and GP surgeries.",

    "The committee asked for figures on the number of Hodderfold children and young people "
    "admitted to mental health beds outside the county in the last 12 months, and the "
    "average distance from home.",

    "County Councillor Iqbal asked whether the views of young people had been used to shape "
    "the services described, and how many young people were involved. Dr Ashbrook responded "
    "that the Youth Council and the Children in Care Council had helped design the survey "
    "questions and that a group of young people with lived experience of mental health "
    "services had been part of the panel that recommissioned the online counselling offer.",
]
ITEM5_RES = ("Resolved: That:", [
    "The presentation be noted.",
    "The Hodder and Fells Integrated Care Board be asked to provide a written update on "
    "neurodevelopmental waiting times, including the impact of the additional assessment "
    "capacity, to the committee's meeting in July 2025.",
    "The figures requested on out of area mental health admissions be circulated to members "
    "of the committee.",
])

ITEM6_INTRO = (
    "The Chair welcomed County Councillor Alan Greenwood, Cabinet Member for Children and "
    "Families; Louise Pickup, Director of Children's Social Care; Tom Harrop, Head of "
    "Fostering, Adoption and Residential Services; and Angela Birtwistle, Virtual School "
    "Headteacher, to the meeting."
)
ITEM6_REPORT = (
    "The report presented provided an update on delivery of the Sufficiency Strategy for "
    "Children Looked After and Care Leavers 2023-2026. It was reported that there were 2,118 "
    "children looked after by the county council at 30 November 2024, that 61 per cent lived "
    "with foster carers and that 274 were placed in residential children's homes, of whom "
    "212 were in homes run by external providers. The report also set out the progress of "
    "the residential homes development programme, the Mockingbird fostering model and the "
    "council's response to the rising number of unaccompanied asylum seeking children."
)
ITEM6_INTRO2 = (
    "Comments and queries raised by the committee were as follows:"
)
ITEM6_BULLETS = [
    "Members expressed concern that the council was paying on average £6,400 per week for a "
    "place in an externally run children's home, and that a small number of large private "
    "companies were making significant profits from looking after the county's most "
    "vulnerable children. The Director of Children's Social Care explained that the council "
    "could not currently meet demand from its own homes, but that four new in-house "
    "children's homes would open during 2025, providing 16 places, and that the council was "
    "working with other North West authorities on a regional commissioning arrangement to "
    "get better value from the market.",

    "A member asked why the number of approved fostering households had fallen from 603 to "
    "571 over the year, despite the recruitment campaign. Tom Harrop explained that 58 "
    "households had been approved during the year but more carers had retired or left, and "
    "that the council had increased its allowances in line with the national minimum and "
    "introduced a council tax exemption for foster carers living in the county from April "
    "2025 to help retain carers.",

    "Concern was raised about children being placed in unregistered settings. It was "
    "confirmed that two children were in unregistered placements on the day of the meeting, "
    "that in each case Ofsted had been notified and the placement was reviewed weekly by the "
    "Director, and that both were expected to move to registered homes within the month.",

    "Mrs Duckworth asked how the Virtual School supported children placed in schools outside "
    "the county, particularly where there were delays in securing a school place. The "
    "Virtual School Headteacher said that every child had a named adviser regardless of "
    "where they lived and that personal education plans were reviewed termly; 19 children "
    "placed out of county had been without a school place for more than 20 school days "
    "during the autumn term.",

    "A member queried what support was available to care leavers who became homeless, and "
    "whether care leavers were still being placed in bed and breakfast accommodation. The "
    "Cabinet Member for Children and Families said that the council had agreed a protocol "
    "with the twelve district councils giving care leavers priority for social housing, and "
    "that no care leaver had been placed in bed and breakfast since June 2024.",

    "It was commented that the report did not say enough about the experience of the "
    "children themselves, and members would welcome hearing directly from the Children in "
    "Care Council at a future meeting.",
]
ITEM6_RES = ("Resolved: That the report on the Sufficiency Strategy for Children Looked After "
             "and Care Leavers be noted.")

ITEM7_TEXT = (
    "The committee considered its work programme for 2024/25. Members were reminded that the "
    "meeting on 12 March 2025 would consider the annual report of the Hodderfold "
    "Safeguarding Children Partnership and an update on home to school transport for "
    "children with SEND. Following the discussion under item 6, the Chair suggested that "
    "members of the Children in Care Council be invited to attend that meeting."
)
ITEM7_DEC = (
    "It was agreed that a report on elective home education and children missing education "
    "be added to the work programme for the meeting on 9 April 2025, and that the work "
    "programme be otherwise noted."
)


def item_blocks():
    b = []
    b.append(("h", "1.", "Apologies"))
    b.append(("p", "Apologies were received from County Councillor B Hartley and Mr A "
                   "Costigan."))
    b.append(("h", "2.", "Disclosure of Pecuniary and Non-Pecuniary Interests"))
    b.append(("p", "County Councillor T Fazackerley declared a non-pecuniary interest in "
                   "item 4 as a governor of Whinfell Brook Special School."))
    b.append(("p", "County Councillor K Iqbal declared a non-pecuniary interest in item 6 as "
                   "his wife is an approved foster carer for the county council."))
    b.append(("h", "3.", "Minutes of the Meeting Held on 4 December 2024"))
    b.append(("res1", "Resolved: That the minutes from the meeting held on 4 December 2024 be "
                      "confirmed as an accurate record and signed by the Chair."))
    b.append(("h", "4.", "Special Educational Needs and Disabilities (SEND) Partnership - "
                         "Priority Action Plan and EHCP Timeliness Update"))
    b.append(("p", ITEM4_INTRO))
    b.append(("p", ITEM4_REPORT))
    b.append(("p", "Comments and queries raised by the committee were as follows:"))
    for t in ITEM4_BULLETS:
        b.append(("b", t))
    b.append(("res", *ITEM4_RES))
    b.append(("h", "5.", "Children and Young People's Emotional Wellbeing and Mental Health"))
    b.append(("p", ITEM5_INTRO))
    b.append(("p", ITEM5_REPORT))
    b.append(("p", "Comments and queries raised by the committee were as follows:"))
    for t in ITEM5_BULLETS:
        b.append(("b", t))
    b.append(("res", *ITEM5_RES))
    b.append(("h", "6.", "Sufficiency Strategy for Children Looked After and Care Leavers - "
                         "Progress Update"))
    b.append(("p", ITEM6_INTRO))
    b.append(("p", ITEM6_REPORT))
    b.append(("p", ITEM6_INTRO2))
    for t in ITEM6_BULLETS:
        b.append(("b", t))
    b.append(("res1", ITEM6_RES))
    b.append(("h", "7.", "Education and Children's Services Scrutiny Committee Work "
                         "Programme 2024/25"))
    b.append(("p", ITEM7_TEXT))
    b.append(("p", ITEM7_DEC))
    b.append(("h", "8.", "Urgent Business"))
    b.append(("p", "There were no items of urgent business."))
    b.append(("h", "9.", "Date of Next Meeting"))
    b.append(("p", "The next meeting of the Education and Children's Services Scrutiny "
                   "Committee will be held on Wednesday, 12 March 2025 at 10.30 am in "
                   "Committee Room 'B' - The Brennand Room, County Hall, Hodderton."))
    return b


MEMBERS = [
    "R Bamber", "J Colquhoun",
    "A Dewhirst", "T Fazackerley",
    "H Greenhalgh", "K Iqbal",
    "L Mercer", "P Nuttall",
    "D Openshaw", "S Rishworth",
    "E Walmsley", "",
]


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------

def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def para(doc, text="", bold=False, size=None, align=None, space_after=6, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def heading(doc, num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Cm(1.25)
    p.paragraph_format.first_line_indent = Cm(-1.25)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
    r = p.add_run(f"{num}\t{title}")
    r.bold = True
    return p


def build_minutes(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)

    # footer: running page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")

    para(doc, COMMITTEE, bold=True, size=14, space_after=4)
    para(doc, "Minutes of the Meeting held on Wednesday, 15th January, 2025 at 10.30 am in "
              + VENUE, space_after=12)

    para(doc, "Present:", bold=True, space_after=2)
    para(doc, "County Councillor Pauline Tetley (Chair)", space_after=8)
    para(doc, "County Councillors", bold=True, space_after=2)
    tbl = doc.add_table(rows=6, cols=2)
    for i, name in enumerate(MEMBERS):
        cell = tbl.cell(i // 2, i % 2)
        cell.text = name
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    para(doc, "", space_after=2)
    para(doc, "Co-opted members", bold=True, space_after=2)
    para(doc, "Mr Graham Pilling, Representing Church of England", space_after=0)
    para(doc, "Mrs Anne-Marie Duckworth, Parent Governor Representative", space_after=8)
    para(doc, "County Councillor S Rishworth replaced County Councillor B Hartley for this "
              "meeting.", space_after=8)

    for blk in item_blocks():
        kind = blk[0]
        if kind == "h":
            heading(doc, blk[1], blk[2])
        elif kind == "p":
            para(doc, blk[1], indent=1.25)
        elif kind == "b":
            p = doc.add_paragraph(blk[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(1.9)
            p.paragraph_format.space_after = Pt(6)
        elif kind == "res1":
            p = para(doc, "", indent=1.25)
            lead, rest = blk[1].split(" ", 1)
            r = p.add_run(lead); r.bold = True
            p.add_run(" " + rest)
        elif kind == "res":
            p = para(doc, "", indent=1.25, space_after=4)
            lead, rest = blk[1].split(" ", 1)
            r = p.add_run(lead); r.bold = True
            p.add_run(" " + rest)
            for n, clause in enumerate(blk[2], 1):
                q = para(doc, f"{n}.\t{clause}", indent=2.0, space_after=4)
                q.paragraph_format.first_line_indent = Cm(-0.75)

    para(doc, "", space_after=24)
    for line in ["H Thistlethwaite", "Director of Law and Governance", "", "County Hall",
                 "Hodderton"]:
        para(doc, line, space_after=0)

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = COMMITTEE + " - Minutes 15 January 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    write_deterministic_zip(buf.getvalue(), path)


def write_deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 22, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# The document that is not minutes: a consultation / decision FAQ web page
# --------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal to open a special educational needs unit at Brennanbridge St Mary's Church of England Primary School - Hodderfold County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/site/css/main.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/site/img/hcc-logo.svg" alt="Hodderfold County Council"></a></div>
  <nav aria-label="Main"><ul>
    <li><a href="/children-education-families/">Children, education and families</a></li>
    <li><a href="/health-and-social-care/">Health and social care</a></li>
    <li><a href="/council-and-democracy/">Council and democracy</a></li>
    <li><a href="/roads-parking-and-travel/">Roads, parking and travel</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li>
  <li><a href="/children-education-families/">Children, education and families</a></li>
  <li><a href="/children-education-families/schools/">Schools</a></li>
  <li><a href="/children-education-families/schools/school-organisation/">School organisation proposals</a></li>
</ol></nav>
<main id="main">
<h1>Proposal to open a special educational needs unit at Brennanbridge St Mary's Church of England Primary School</h1>
<p class="lede">We are proposing to open a 16 place special educational needs (SEN) unit for children with social, emotional and mental health needs at Brennanbridge St Mary's Church of England Primary School from September 2025.</p>

<div class="callout">
<h2>Decision</h2>
<p>On 5 December 2024 the Cabinet Member for Education and Skills approved the publication of a statutory notice for this proposal, following an informal consultation held between 16 September and 25 October 2024. The statutory notice was published on 9 January 2025 and the representation period closes on 6 February 2025.</p>
<p>A final decision is expected to be taken by the Cabinet Member for Education and Skills in March 2025. <a href="/council-and-democracy/decisions/">View the decision record</a>.</p>
</div>

<h2>Frequently asked questions</h2>

<h3>What is being proposed?</h3>
<p>The school, working with the county council and the Diocese, proposes to open a unit for up to 16 pupils aged 5 to 11 who have an education, health and care plan (EHCP) naming social, emotional and mental health needs. Pupils would be on the roll of the school and would spend time in mainstream classes wherever this is right for them.</p>

<h3>Why is the unit needed?</h3>
<p>The number of children in Hodderfold with an EHCP has risen by 14 per cent in a year. There are not enough specialist places close to home in the Brennanbridge and Whinfell area, so some children travel more than an hour each way to school, or attend independent special schools outside the county.</p>

<h3>Will my child get a place?</h3>
<p>Places in the unit will be allocated by the council's SEND team through the EHCP process, not through the normal school admissions process. If you think your child may benefit from a place, please speak to your child's SEND case officer or the school's special educational needs co-ordinator (SENCO).</p>

<h3>Will this affect children already at the school?</h3>
<p>The unit would be in a new building on the school site, funded from the council's capital programme. The school's published admission number of 30 pupils in each year group would not change.</p>

<h3>How much will it cost?</h3>
<p>The building works are estimated to cost £1.35 million, funded by the Department for Education's High Needs Provision Capital Allocation. Each place would be funded from the high needs block of the Dedicated Schools Grant.</p>

<h3>What did people say in the informal consultation?</h3>
<p>We received 87 responses. 71 respondents agreed or strongly agreed with the proposal. Some parents asked whether staff would receive specialist training, and some neighbours raised concerns about parking at drop off and pick up times. The school has committed to appointing a qualified teacher with SEN experience to lead the unit, and a travel plan will be prepared with the county council's highways team.</p>

<h3>How can I comment on the proposal?</h3>
<p>You can send your comments, in writing, by 6 February 2025:</p>
<ul>
  <li>by email to <a href="mailto:school.organisation@hodderfold.gov.uk">school.organisation@hodderfold.gov.uk</a></li>
  <li>by post to School Organisation Team, Education, Culture and Skills, County Hall, Hodderton</li>
</ul>
<p>All comments received will be considered by the Cabinet Member before a final decision is made.</p>

<h2>Documents</h2>
<ul class="documents">
  <li><a href="/media/5521/statutory-notice-brennanbridge-st-marys.pdf">Statutory notice (PDF, 98KB)</a></li>
  <li><a href="/media/5522/full-proposal-brennanbridge-st-marys.pdf">Full proposal (PDF, 412KB)</a></li>
  <li><a href="/media/5523/consultation-report-brennanbridge-st-marys.pdf">Informal consultation report (PDF, 265KB)</a></li>
</ul>
<p class="updated">Page last updated: 9 January 2025</p>
<div class="feedback"><p>Was this page useful? <a href="/feedback/">Give us feedback</a></p></div>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy and cookies</a></li>
    <li><a href="/contact-us/">Contact us</a></li>
  </ul>
  <p>&copy; Hodderfold County Council</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


CF = "children-and-families"
MH = "mental-health"
PH = "public-health"

GOLD_MINUTES = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-01-15",
    "items": [
        {"number": "1", "title": "Apologies"},
        {"number": "2", "title": "Disclosure of Pecuniary and Non-Pecuniary Interests"},
        {"number": "3", "title": "Minutes of the Meeting Held on 4 December 2024"},
        {"number": "4", "title": "Special Educational Needs and Disabilities (SEND) Partnership - "
                                 "Priority Action Plan and EHCP Timeliness Update"},
        {"number": "5", "title": "Children and Young People's Emotional Wellbeing and Mental Health"},
        {"number": "6", "title": "Sufficiency Strategy for Children Looked After and Care Leavers - "
                                 "Progress Update"},
        {"number": "7", "title": "Education and Children's Services Scrutiny Committee Work "
                                 "Programme 2024/25"},
        {"number": "8", "title": "Urgent Business"},
        {"number": "9", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # item 4
        q("4", "question",
          "Members queried why the proportion of new EHCPs issued within the statutory",
          None,
          "recruitment of educational psychologists remained the single biggest constraint on timeliness",
          None, [CF, "workforce"]),
        q("4", "concern",
          "Concern was expressed about the use of private agencies to carry out",
          None,
          "an agency assessment cost around twice as much as one completed",
          "The Director of Education, Culture and Skills",
          [CF, "privatisation", "finance", "workforce"]),
        q("4", "comment",
          "parents in the Oakenclough and Higher Calderton divisions were still contacting councillors",
          None, None, None, [CF]),
        q("4", "question",
          "Clarification was sought on how the quality of health advice in plans",
          None,
          "a quality assurance panel with therapists and community paediatricians now audited",
          "Lorraine Catterall", [CF]),
        q("4", "question",
          "how parents and carers had been involved in designing the graduated approach toolkit",
          None,
          "the toolkit had been co-produced with the Hodderfold Parent Carer Forum",
          "Simon Kenyon", [CF, "patient-and-public-input"]),
        q("4", "question",
          "Members asked what was being done to address the deficit on the high needs block",
          None,
          "had written to the Secretary of State seeking a long term solution",
          "The Cabinet Member for Education and Skills", [CF, "finance"]),
        q("4", "request",
          "The committee requested that future reports include a breakdown of EHCP timeliness",
          None,
          "Dr Greaves agreed that this would be included in the next update",
          "Dr Greaves", [CF]),
        # item 5
        q("5", "concern",
          "Members expressed serious concern at the length of waits for autism and ADHD",
          None,
          "the ICB had commissioned additional assessment capacity from an independent provider",
          "Rachel Entwistle", [CF, MH, "subcontracting"]),
        q("5", "question",
          "how many schools were now covered by a Mental Health Support Team",
          None,
          "14 teams were in place, covering 58 per cent of pupils",
          "Dr Okafor", [CF, MH, "finance"]),
        q("5", "question",
          "Clarification was sought on where young people in a mental health crisis",
          None,
          "the all age crisis line operated 24 hours a day",
          None, [CF, MH]),
        q("5", "concern",
          "Concerns were raised about the rise in hospital admissions for self-harm among girls",
          None,
          "the refreshed suicide prevention plan included training for school staff",
          "The Director of Public Health", [CF, MH, PH]),
        q("5", "comment",
          "the online counselling service commissioned by the ICB was not well known",
          None, None, None, [CF, MH, "subcontracting"]),
        q("5", "request",
          "The committee asked for figures on the number of Hodderfold children and young",
          None, None, None, [CF, MH]),
        q("5", "question",
          "asked whether the views of young people had been used to shape the services",
          "County Councillor Iqbal",
          "the Youth Council and the Children in Care Council had helped design",
          "Dr Ashbrook", [CF, MH, "patient-and-public-input"]),
        # item 6
        q("6", "concern",
          "Members expressed concern that the council was paying on average £6,400 per week",
          None,
          "four new in-house children's homes would open during 2025, providing 16 places",
          "The Director of Children's Social Care",
          [CF, "privatisation", "finance", "subcontracting"]),
        q("6", "question",
          "why the number of approved fostering households had fallen from 603 to 571",
          None,
          "introduced a council tax exemption for foster carers living in the county",
          "Tom Harrop", [CF, "finance"]),
        q("6", "concern",
          "Concern was raised about children being placed in unregistered settings",
          None,
          "two children were in unregistered placements on the day of the meeting",
          None, [CF, "governance"]),
        q("6", "question",
          "Mrs Duckworth asked how the Virtual School supported children placed in schools outside",
          "Mrs Duckworth",
          "every child had a named adviser regardless of where they lived",
          "The Virtual School Headteacher", [CF]),
        q("6", "question",
          "queried what support was available to care leavers who became homeless",
          None,
          "giving care leavers priority for social housing",
          "The Cabinet Member for Children and Families", [CF, "housing"]),
        q("6", "comment",
          "the report did not say enough about the experience of the children themselves",
          None, None, None, [CF, "patient-and-public-input"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes from the meeting held on 4 December 2024 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "A further update on EHCP timeliness and overdue annual reviews",
         "outcome": "agreed", "themes": [CF]},
        {"item": "5", "text": "be asked to provide a written update on neurodevelopmental waiting times",
         "outcome": "agreed", "themes": [CF, MH]},
        {"item": "6", "text": "the Sufficiency Strategy for Children Looked After and Care Leavers be noted",
         "outcome": "noted", "themes": [CF]},
        {"item": "7", "text": "a report on elective home education and children missing education be added",
         "outcome": "agreed", "themes": [CF]},
    ],
    "attendees": [
        {"name": "County Councillor Pauline Tetley", "role": "Chair", "attendance": "present"},
        {"name": "R Bamber", "role": None, "attendance": "present"},
        {"name": "J Colquhoun", "role": None, "attendance": "present"},
        {"name": "A Dewhirst", "role": None, "attendance": "present"},
        {"name": "T Fazackerley", "role": None, "attendance": "present"},
        {"name": "H Greenhalgh", "role": None, "attendance": "present"},
        {"name": "K Iqbal", "role": None, "attendance": "present"},
        {"name": "L Mercer", "role": None, "attendance": "present"},
        {"name": "P Nuttall", "role": None, "attendance": "present"},
        {"name": "D Openshaw", "role": None, "attendance": "present"},
        {"name": "S Rishworth", "role": None, "attendance": "present"},
        {"name": "E Walmsley", "role": None, "attendance": "present"},
        {"name": "Mr Graham Pilling", "role": "Representing Church of England",
         "attendance": "present"},
        {"name": "Mrs Anne-Marie Duckworth", "role": "Parent Governor Representative",
         "attendance": "present"},
        {"name": "County Councillor B Hartley", "role": None, "attendance": "apologies"},
        {"name": "Mr A Costigan", "role": None, "attendance": "apologies"},
    ],
}

GOLD_OTHER = {"document": OTHER, "doc_type": "other"}


# --------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def html_text(path):
    from bs4 import BeautifulSoup
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def check():
    ok = True
    for g in (GOLD_MINUTES, GOLD_OTHER):
        path = DOCS / g["document"]
        text = docx_text(path) if path.suffix == ".docx" else html_text(path)
        nt = norm(text)
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = nt.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g['document']} {kind}: count={c} words={n}: {ph}")
        for a in g.get("attendees", []):
            if norm(a["name"]) not in nt:
                ok = False
                print(f"FAIL attendee not found: {a['name']}")
        for it in g.get("items", []):
            if norm(it["title"]) not in nt:
                ok = False
                print(f"FAIL item title not found: {it['title']}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES)
    (DOCS / OTHER).write_text(HTML, encoding="utf-8")
    for g in (GOLD_MINUTES, GOLD_OTHER):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("written", MINUTES, OTHER)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
