#!/usr/bin/env python3
"""Build the "bd-" documents of the other-councils evaluation set and their gold annotations.

  build_bd.py          # write documents/ and gold/
  build_bd.py --check  # verify gold phrases occur once in each document

Deterministic: fixed dates, no randomness; the .docx zip is rewritten with fixed timestamps.
"""
import datetime
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
FIXED = datetime.datetime(2025, 10, 20, 9, 30, 0)

# ---------------------------------------------------------------------------
# Document 1: Harwick District Council, Overview and Scrutiny Committee (DOCX)
# ---------------------------------------------------------------------------
DOCX_NAME = "bd-harwick-overview-scrutiny-2025-10-14.docx"
ND = "\u2013"  # en dash

ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Cllr Rachel Stannard and Cllr Hugh "
              "Bellamy. Cllr Owen Pryce attended as substitute for Cllr Stannard."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Cllr Priya Balasubramanian declared a non-registrable interest in Item 7 as she is "
              "employed as a practice nurse at a surgery in Harwick. She remained in the room but "
              "took no part in the discussion of that item. There were no other declarations."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("p", "The minutes of the meeting held on 9 September 2025 were submitted. There were no "
              "matters arising that were not covered elsewhere on the agenda."),
        ("p", "Resolved:"),
        ("p", "a)\tThat the minutes of the meeting held on 9 September 2025 be approved as a "
              "correct record and signed by the Chair."),
    ]),
    ("4", "Public Questions", [
        ("p", "One question had been received from a member of the public in accordance with "
              "the Overview and Scrutiny Procedure Rules."),
        ("p", f"Mr Graham Oakes (Harwick Amateur Swimming Club) {ND} Asked why the learner pool at "
              "Harwick Leisure Centre had been closed for eleven weeks without any notice being "
              "given to the clubs that hire it."),
        ("p", f"Response {ND} The Head of Leisure, Culture and Contract Management said the operator "
              "had found a failed filtration pump in August and the replacement parts had been "
              "delayed by the manufacturer. A reopening date of 3 November was now expected and "
              "he apologised that clubs had not been told sooner."),
    ]),
    ("5", "Leisure Services Contract " + ND + " Annual Performance Report 2024/25", [
        ("p", "The Portfolio Holder for Leisure and Wellbeing introduced the report, which set out "
              "the second year of performance of the leisure management contract with Active Vale "
              "Leisure Ltd, covering attendances, customer satisfaction, the management fee and the "
              "condition of the three centres. The Head of Leisure, Culture and Contract "
              "Management took Members through the key performance indicators at Appendix 1."),
        ("p", f"Cllr Fiona Grange {ND} Asked how much of the management fee had been clawed back for "
              "missed performance targets during the year."),
        ("p", f"Response {ND} The Head of Leisure, Culture and Contract Management said deductions of "
              "\u00a318,400 had been applied under the payment mechanism, mostly for missed "
              "cleanliness and pool availability standards in the autumn."),
        ("p", f"Cllr Dennis Hollis {ND} Was concerned that a private operator was making a profit "
              "from the centres while concessionary swim prices had risen twice in one year."),
        ("p", f"Response {ND} It was explained that concessionary prices were set by the Council "
              "under the contract and the operator could not raise them without Cabinet approval; "
              "both rises had been approved as part of the annual fees and charges report."),
        ("p", f"Cllr Alan Whitcombe {ND} Questioned whether the Council had assessed bringing the "
              "leisure service back in-house when the current contract ends in 2028."),
        ("p", f"Response {ND} The Portfolio Holder said an options appraisal that included in-house "
              "delivery and a local authority trading company would come to this Committee in "
              "spring 2026, well ahead of any procurement."),
        ("p", f"Cllr Sue Natt {ND} Noted that staff turnover at the centres was reported at 41 per "
              "cent and asked what the operator was doing to keep its lifeguards."),
        ("p", f"Response {ND} Officers confirmed that the operator had introduced the real living wage "
              "for all lifeguards and swimming teachers from April and was funding their "
              "qualifications."),
        ("p", f"Cllr Tom Rudge {ND} Commented that results from the exercise on referral scheme for "
              "residents with long term conditions should be reported in future years."),
        ("p", "Resolved:"),
        ("p", "a)\tThat the performance of the leisure management contract in 2024/25 be noted."),
        ("p", "b)\tThat the options appraisal for the future delivery of leisure services, "
              "including in-house provision, be brought to the Committee before any procurement "
              "decision is taken."),
    ]),
    ("6", "Housing Register and Temporary Accommodation Update", [
        ("p", "The Assistant Director " + ND + " Housing and Community Services presented the update. "
              "At the end of September 214 households were in temporary accommodation, of whom 61 "
              "were in bed and breakfast or nightly paid rooms, and the housing register stood at "
              "2,930 applicants."),
        ("p", f"Cllr Owen Pryce {ND} Asked how many families with children had been in bed and "
              "breakfast for longer than the six week legal limit."),
        ("p", f"Response {ND} The Assistant Director said that nine families had exceeded the six "
              "week limit at the end of September, down from seventeen in June."),
        ("p", f"Cllr Priya Balasubramanian {ND} Expressed concern about the cost of nightly paid "
              "accommodation to the general fund this year."),
        ("p", f"Response {ND} The Strategic Director " + ND + " Resources said the forecast overspend on "
              "temporary accommodation was \u00a3640,000 and would be met from the homelessness "
              "reserve, which would then be largely exhausted."),
        ("p", f"Cllr Margaret Ellery {ND} Requested that the Committee receive a breakdown of the "
              "repairs backlog in the Council's own hostel units at Station Road and Mill Lane."),
        ("p", f"Response {ND} This was agreed and the breakdown would be circulated to Members before "
              "the next meeting."),
        ("p", f"Cllr Dennis Hollis {ND} Asked whether the Council was working with private landlords "
              "to secure longer leases on family sized homes."),
        ("p", f"Response {ND} The Assistant Director said a leasing scheme with fourteen properties had "
              "started in July and a further ten were under negotiation."),
        ("p", "Resolved:"),
        ("p", "a)\tThat the temporary accommodation update be noted."),
        ("p", "b)\tThat Cabinet be recommended to approve an acquisition programme of up to twenty "
              "homes for use as temporary accommodation, to be funded by prudential borrowing."),
    ]),
    ("7", "Access to GP Services in Harwick " + ND + " Vale and Downs Integrated Care Board", [
        ("p", "Dr Anil Mistry, Associate Director of Primary Care at the Vale and Downs Integrated "
              "Care Board, presented a report on access to general practice in the district, "
              "including appointment numbers, the new online consultation system and practice "
              "list sizes. Cllr Balasubramanian took no part in this item."),
        ("p", f"Cllr Sue Natt {ND} Raised concern that residents in the eastern villages could not "
              "get through to the Kingsmead surgery by telephone before 8.30am."),
        ("p", f"Response {ND} Dr Mistry said the practice would move to a cloud based telephone "
              "system with a call-back option in December."),
        ("p", f"Cllr Alan Whitcombe {ND} Asked what the ICB was doing about the proposed closure of "
              "the branch surgery at Little Orton."),
        ("p", f"Response {ND} Dr Mistry said the ICB had not yet received a formal application and "
              "registered patients would be consulted for twelve weeks before any decision."),
        ("p", f"Cllr Tom Rudge {ND} Asked whether new housing developments were contributing to GP "
              "premises through section 106 agreements."),
        ("p", f"Response {ND} It was confirmed that \u00a31.2 million had been secured through section "
              "106 but the ICB had not yet drawn down any of it."),
        ("p", f"Cllr Fiona Grange {ND} Commented that the Committee should hear directly from the "
              "patient participation groups at a future meeting."),
        ("p", "Resolved:"),
        ("p", "a)\tThat the report on access to GP services be noted."),
        ("p", "b)\tThat the ICB be asked to report back in six months on telephone access and "
              "on the future of the Little Orton branch surgery."),
    ]),
    ("8", "Council Tax Support Scheme 2026/27 " + ND + " Consultation", [
        ("p", "The Revenues and Benefits Manager presented the proposed changes to the working age "
              "Council Tax Support scheme, including a minimum contribution of 20 per cent, and the "
              "arrangements for an eight week public consultation."),
        ("p", f"Cllr Priya Balasubramanian {ND} Asked how the consultation would reach working age "
              "claimants who do not use the internet."),
        ("p", f"Response {ND} The Revenues and Benefits Manager said paper questionnaires would be "
              "sent with every council tax reminder and would be available at the Community Hub."),
        ("p", f"Cllr Dennis Hollis {ND} Was concerned that raising the minimum contribution would "
              "increase arrears among the lowest income households."),
        ("p", f"Response {ND} Officers acknowledged the risk and said the discretionary hardship fund "
              "would be increased to \u00a375,000 alongside the new scheme."),
        ("p", "Resolved:"),
        ("p", "a)\tThat Cabinet be recommended to consult on the draft Council Tax Support Scheme "
              "for 2026/27 as set out in Appendix A."),
        ("p", "b)\tThat the results of the consultation be reported to this Committee in January "
              "2026 before the scheme is finalised."),
    ]),
    ("9", "Work Programme 2025/26", [
        ("p", "The Democratic Services Officer presented the work programme."),
        ("p", f"Cllr Margaret Ellery {ND} Suggested that the January meeting should be given over to "
              "the leisure options appraisal alone."),
        ("p", "Resolved:"),
        ("p", "a)\tThat the work programme be agreed subject to the additions identified at this "
              "meeting."),
    ]),
]

MEMBERS = ["Cllr Margaret Ellery (Chair)", "Cllr Tom Rudge (Vice-Chair)",
           "Cllr Priya Balasubramanian", "Cllr Dennis Hollis", "Cllr Fiona Grange",
           "Cllr Alan Whitcombe", "Cllr Sue Natt", "Cllr Owen Pryce"]
OFFICERS = ("Officers: Helen Crouch (Strategic Director " + ND + " Resources and Section 151 "
            "Officer), Karen Doubleday (Assistant Director " + ND + " Housing and Community "
            "Services), Neil Atherton (Head of Leisure, Culture and Contract Management), Joanne "
            "Fitch (Revenues and Benefits Manager), Liam Sorensen (Democratic Services Officer)")
ALSO = ("Also present: Cllr Brian Tolley (Portfolio Holder for Leisure and Wellbeing), Dr Anil "
        "Mistry (Associate Director of Primary Care, Vale and Downs Integrated Care Board)")
ACTIONS = [
    ("Action", "Owner", "Due"),
    ("Confirm reopening of learner pool to swimming clubs in writing", "Neil Atherton", "31/10/2025"),
    ("Leisure options appraisal to Committee", "Neil Atherton", "January 2026"),
    ("Circulate hostel repairs breakdown (Station Road, Mill Lane)", "Karen Doubleday", "25/11/2025"),
    ("Invite patient participation groups to a future meeting", "Liam Sorensen", "March 2026"),
    ("ICB six-month report on telephone access and Little Orton", "Dr Anil Mistry", "April 2026"),
    ("Council Tax Support consultation results", "Joanne Fitch", "January 2026"),
]


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Overview and Scrutiny Committee minutes 14 October 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Harwick District Council \u2013 Overview and Scrutiny Committee \u2013 14 October 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Chair's initials ..........\tMinutes subject to approval at the next meeting"

    t = d.add_paragraph()
    r = t.add_run("HARWICK DISTRICT COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    r = t.add_run("Minutes of the meeting of the Overview and Scrutiny Committee")
    r.bold = True
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph("held in the Council Chamber, Harwick House, Market Street, Harwick on "
                        "Tuesday 14 October 2025 at 7.00 pm")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("The attendance record for this meeting is set out at the end of these minutes.")

    for num, title, body in ITEMS:
        d.add_heading(f"Item {num}", level=1)
        d.add_heading(title, level=2)
        for kind, text in body:
            p = d.add_paragraph(text)
            if text == "Resolved:":
                p.runs[0].bold = True
            elif re.match(r"[a-z]\)\t", text):
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.first_line_indent = Cm(-0.8)

    d.add_heading("Attendance", level=1)
    d.add_paragraph("Members present:")
    for m in MEMBERS:
        d.add_paragraph(m, style="List Bullet")
    d.add_paragraph("Apologies: Cllr Rachel Stannard, Cllr Hugh Bellamy")
    d.add_paragraph("Substitutions: Cllr Owen Pryce for Cllr Rachel Stannard")
    d.add_paragraph(OFFICERS)
    d.add_paragraph(ALSO)

    d.add_heading("Action log", level=1)
    tbl = d.add_table(rows=0, cols=3)
    tbl.style = "Table Grid"
    for i, row in enumerate(ACTIONS):
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("The meeting closed at 9.12 pm.")
    d.add_paragraph("Chair ......................................    Date ....................")

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the build is byte-for-byte repeatable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Document 2: Castlebrook Borough Council agenda web page (HTML, not minutes)
# ---------------------------------------------------------------------------
HTML_NAME = "bd-castlebrook-health-scrutiny-panel-2025-11-20.html"

AGENDA = [
    ("1", "Apologies for absence and substitutions",
     "To receive apologies for absence and to note any substitute members.", []),
    ("2", "Declarations of interest",
     "Members are reminded to declare any disclosable pecuniary or other registrable interests in "
     "items on this agenda.", []),
    ("3", "Minutes of the previous meeting",
     "To confirm as a correct record the minutes of the meeting held on 18 September 2025.",
     [("Minutes 18 September 2025", "minutes-2025-09-18.pdf", "212 KB")]),
    ("4", "Public questions",
     "To receive any questions from residents submitted in accordance with Standing Order 14. "
     "See the deadline notice above.", []),
    ("5", "Hospital discharge and reablement \u2013 winter readiness",
     "Joint report of Castlebrook and District NHS Foundation Trust and the Director of Adult "
     "Social Care on discharge delays, the discharge to assess pathway and reablement capacity "
     "for winter 2025/26.",
     [("Report \u2013 Hospital discharge and reablement", "item5-discharge-report.pdf", "684 KB"),
      ("Appendix A \u2013 Discharge dashboard", "item5-appendix-a.pdf", "1.1 MB")]),
    ("6", "Home care recommissioning \u2013 proposed procurement approach",
     "To comment on the proposed lot structure, the hourly rate and the social value "
     "requirements for the new home care framework before the Cabinet decision in January.",
     [("Report \u2013 Home care recommissioning", "item6-home-care-report.pdf", "402 KB"),
      ("Appendix 1 \u2013 Market sustainability summary", "item6-appendix-1.pdf", "298 KB")]),
    ("7", "Public health grant 2026/27 and the stop smoking service",
     "Report of the Director of Public Health on the allocation of the public health grant and "
     "options for the stop smoking service contract which expires in September 2026.",
     [("Report \u2013 Public health grant", "item7-public-health-grant.pdf", "356 KB")]),
    ("8", "Panel work programme 2025/26",
     "To review and agree the work programme, including the scope of the proposed review of "
     "carers' support.",
     [("Work programme", "item8-work-programme.pdf", "91 KB")]),
    ("9", "Date of next meeting",
     "Thursday 22 January 2026 at 6.30pm.", []),
]

PANEL = [("Councillor Yvonne Marsh", "Chair", "Labour"),
         ("Councillor Peter Ashdown", "Vice-Chair", "Conservative"),
         ("Councillor Abdul Karim", "", "Labour"),
         ("Councillor Louise Tench", "", "Liberal Democrat"),
         ("Councillor Gareth Pugh", "", "Conservative"),
         ("Councillor Shirin Malik", "", "Labour"),
         ("Councillor David Orme", "", "Green"),
         ("Mrs Janet Colley", "Co-opted member, Healthwatch Castlebrook", "")]


def build_html(path):
    e = html.escape
    rows = []
    for num, title, desc, links in AGENDA:
        lk = ""
        if links:
            lk = "<ul class=\"agenda-docs\">" + "".join(
                f'<li><a href="/documents/s{4100 + i + int(num) * 10}/{e(f)}" class="pdf">'
                f'{e(t)} <span class="file-meta">(PDF, {e(s)})</span></a></li>'
                for i, (t, f, s) in enumerate(links)) + "</ul>"
        rows.append(
            f'<li class="agenda-item" id="item-{num}">\n'
            f'  <h3><span class="agenda-num">{num}.</span> {e(title)}</h3>\n'
            f'  <p class="agenda-desc">{e(desc)}</p>\n  {lk}\n</li>')
    members = "\n".join(
        f"<li>{e(n)}{' (' + e(r) + ')' if r else ''}"
        f"{' <span class=party>' + e(p) + '</span>' if p else ''}</li>" for n, r, p in PANEL)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Agenda: Health and Adult Social Care Scrutiny Panel, Thursday 20 November 2025 | Castlebrook Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/castlebrook.min.css">
</head>
<body class="page-meeting">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/castlebrook-logo.svg" alt="Castlebrook Borough Council"></a>
  <nav class="main-nav"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/housing">Housing</a></li>
    <li><a href="/your-council">Your council</a></li>
  </ul></nav>
  <form class="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li>
  <li><a href="/your-council">Your council</a></li>
  <li><a href="/your-council/meetings">Councillors, committees and meetings</a></li>
  <li><a href="/your-council/meetings/health-scrutiny-panel">Health and Adult Social Care Scrutiny Panel</a></li>
  <li aria-current="page">20 November 2025</li>
</ol></nav>
<main id="main">
<h1>Health and Adult Social Care Scrutiny Panel</h1>
<p class="lede">Agenda for the meeting on Thursday 20 November 2025</p>
<dl class="meeting-details">
  <dt>Date</dt><dd>Thursday 20 November 2025</dd>
  <dt>Time</dt><dd>6.30pm</dd>
  <dt>Venue</dt><dd>Council Chamber, Castlebrook Civic Centre, Albion Way, Castlebrook CB4 7QT</dd>
  <dt>Contact</dt><dd>Rosa Lindqvist, Scrutiny Officer &ndash; <a href="mailto:scrutiny@castlebrook.gov.example">scrutiny@castlebrook.gov.example</a>, 01632 960 418</dd>
  <dt>Status</dt><dd>Forthcoming meeting</dd>
</dl>
<div class="notice notice--warning" role="note">
  <h2>Public questions deadline</h2>
  <p>Residents who live or work in the borough may ask a question at this meeting. Questions must
  be received in writing by <strong>12 noon on Friday 14 November 2025</strong>. Each person may ask one
  question of no more than 100 words and one supplementary question. Questions about individual
  care cases cannot be accepted.
  <a href="/your-council/meetings/ask-a-question">How to submit a question</a>.</p>
</div>
<p>The meeting will be webcast live and may be viewed on the <a href="/webcasts">council webcasting page</a>.
Members of the press and public are welcome to attend.</p>
<p><a href="/documents/g2291/Public%20reports%20pack%2020th-Nov-2025.pdf" class="pdf">Agenda reports pack <span class="file-meta">(PDF, 3.4 MB)</span></a></p>
<h2>Agenda</h2>
<ol class="agenda-list">
{chr(10).join(rows)}
</ol>
<h2>Membership</h2>
<ul class="membership">
{members}
</ul>
<p>Substitute members may attend in accordance with Council Procedure Rule 23.</p>
<p class="published">Agenda published: Wednesday 12 November 2025</p>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>&copy; Castlebrook Borough Council 2025</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
def q(item, kind, text, by, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": answer,
            "given_by": given, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


HEAD_LEISURE = "Head of Leisure, Culture and Contract Management"
GOLD_DOCX = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        q("4", "question", "why the learner pool at Harwick Leisure Centre had been closed",
          "Mr Graham Oakes",
          "the operator had found a failed filtration pump in August", HEAD_LEISURE,
          ["patient-and-public-input", "subcontracting"]),
        q("5", "question", "how much of the management fee had been clawed back",
          "Cllr Fiona Grange",
          "deductions of £18,400 had been applied under the payment mechanism", HEAD_LEISURE,
          ["subcontracting", "finance"]),
        q("5", "concern", "a private operator was making a profit from the centres",
          "Cllr Dennis Hollis",
          "concessionary prices were set by the Council under the contract", None,
          ["privatisation", "subcontracting", "finance"]),
        q("5", "question", "whether the Council had assessed bringing the leisure service back in-house",
          "Cllr Alan Whitcombe",
          "an options appraisal that included in-house delivery and a local authority trading company",
          "Portfolio Holder", ["privatisation", "subcontracting"]),
        q("5", "question", "staff turnover at the centres was reported at 41 per cent",
          "Cllr Sue Natt",
          "introduced the real living wage for all lifeguards and swimming teachers", "Officers",
          ["workforce", "subcontracting"]),
        q("5", "comment", "exercise on referral scheme for residents with long term conditions",
          "Cllr Tom Rudge", None, None, ["public-health"]),
        q("6", "question", "how many families with children had been in bed and breakfast",
          "Cllr Owen Pryce",
          "nine families had exceeded the six week limit at the end of September",
          "Assistant Director", ["housing", "children-and-families"]),
        q("6", "concern", "the cost of nightly paid accommodation to the general fund",
          "Cllr Priya Balasubramanian",
          "the forecast overspend on temporary accommodation was £640,000",
          "Strategic Director – Resources", ["housing", "finance"]),
        q("6", "request", "a breakdown of the repairs backlog in the Council's own hostel units",
          "Cllr Margaret Ellery",
          "the breakdown would be circulated to Members before the next meeting", None,
          ["housing"]),
        q("6", "question", "working with private landlords to secure longer leases on family sized homes",
          "Cllr Dennis Hollis",
          "a leasing scheme with fourteen properties had started in July",
          "Assistant Director", ["housing"]),
        q("7", "concern", "residents in the eastern villages could not get through to the Kingsmead surgery",
          "Cllr Sue Natt",
          "move to a cloud based telephone system with a call-back option", "Dr Mistry",
          ["primary-care"]),
        q("7", "question", "what the ICB was doing about the proposed closure of the branch surgery",
          "Cllr Alan Whitcombe",
          "registered patients would be consulted for twelve weeks before any decision", "Dr Mistry",
          ["primary-care", "patient-and-public-input"]),
        q("7", "question", "new housing developments were contributing to GP premises",
          "Cllr Tom Rudge",
          "£1.2 million had been secured through section 106", None,
          ["primary-care", "finance", "housing"]),
        q("7", "comment", "hear directly from the patient participation groups at a future meeting",
          "Cllr Fiona Grange", None, None,
          ["primary-care", "patient-and-public-input"]),
        q("8", "question", "how the consultation would reach working age claimants who do not use the internet",
          "Cllr Priya Balasubramanian",
          "paper questionnaires would be sent with every council tax reminder",
          "Revenues and Benefits Manager", ["patient-and-public-input", "finance"]),
        q("8", "concern", "raising the minimum contribution would increase arrears among the lowest income households",
          "Cllr Dennis Hollis",
          "the discretionary hardship fund would be increased to £75,000", "Officers",
          ["finance"]),
        q("9", "comment", "the January meeting should be given over to the leisure options appraisal",
          "Cllr Margaret Ellery", None, None, ["governance"]),
    ],
    "resolutions": [
        res("3", "minutes of the meeting held on 9 September 2025 be approved", "agreed", []),
        res("5", "That the performance of the leisure management contract in 2024/25 be noted",
            "agreed", ["subcontracting", "privatisation"]),
        res("6", "That Cabinet be recommended to approve an acquisition programme of up to twenty homes",
            "recommended", ["housing", "finance"]),
        res("7", "That the report on access to GP services be noted", "agreed", ["primary-care"]),
        res("8", "That Cabinet be recommended to consult on the draft Council Tax Support Scheme",
            "recommended", ["finance", "patient-and-public-input"]),
        res("9", "That the work programme be agreed subject to the additions identified",
            "agreed", ["governance"]),
    ],
    "attendees": [
        {"name": "Cllr Margaret Ellery", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Tom Rudge", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr Priya Balasubramanian", "role": None, "attendance": "present"},
        {"name": "Cllr Dennis Hollis", "role": None, "attendance": "present"},
        {"name": "Cllr Fiona Grange", "role": None, "attendance": "present"},
        {"name": "Cllr Alan Whitcombe", "role": None, "attendance": "present"},
        {"name": "Cllr Sue Natt", "role": None, "attendance": "present"},
        {"name": "Cllr Owen Pryce", "role": None, "attendance": "present"},
        {"name": "Cllr Rachel Stannard", "role": None, "attendance": "apologies"},
        {"name": "Cllr Hugh Bellamy", "role": None, "attendance": "apologies"},
        {"name": "Helen Crouch", "role": "Strategic Director – Resources and Section 151 Officer",
         "attendance": "in_attendance"},
        {"name": "Karen Doubleday", "role": "Assistant Director – Housing and Community Services",
         "attendance": "in_attendance"},
        {"name": "Neil Atherton", "role": HEAD_LEISURE, "attendance": "in_attendance"},
        {"name": "Joanne Fitch", "role": "Revenues and Benefits Manager", "attendance": "in_attendance"},
        {"name": "Liam Sorensen", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Cllr Brian Tolley", "role": "Portfolio Holder for Leisure and Wellbeing",
         "attendance": "in_attendance"},
        {"name": "Dr Anil Mistry",
         "role": "Associate Director of Primary Care, Vale and Downs Integrated Care Board",
         "attendance": "in_attendance"},
    ],
}

GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "agenda",
    "committee": "Health and Adult Social Care Scrutiny Panel",
    "meeting_date": "2025-11-20",
    "themes": ["adult-social-care", "integration", "subcontracting", "public-health",
               "finance", "patient-and-public-input"],
}


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from docx import Document
    d = Document(str(path))
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def html_text(path):
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def check():
    ok = True
    for gold, text_of in ((GOLD_DOCX, docx_text), (GOLD_HTML, html_text)):
        doc = DOCS / gold["document"]
        gf = GOLD / (Path(gold["document"]).stem + ".json")
        if not doc.exists() or not gf.exists():
            print("MISSING", doc, gf)
            ok = False
            continue
        if json.loads(gf.read_text(encoding="utf-8")) != gold:
            print("STALE gold", gf)
            ok = False
        src = " " + norm(text_of(doc)) + " "
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in gold.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n = len(norm(ph).split())
            c = src.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                print(f"FAIL {gold['document']} {kind}: {ph!r} occurs {c}x, {n} words")
                ok = False
        print(f"{gold['document']}: items={len(gold.get('items', []))} "
              f"questions={len(gold.get('questions', []))} "
              f"resolutions={len(gold.get('resolutions', []))} "
              f"attendees={len(gold.get('attendees', []))} phrases={len(phrases)}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_docx(DOCS / DOCX_NAME)
    build_html(DOCS / HTML_NAME)
    for gold in (GOLD_DOCX, GOLD_HTML):
        gf = GOLD / (Path(gold["document"]).stem + ".json")
        gf.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built", DOCX_NAME, HTML_NAME)


if __name__ == "__main__":
    main()
