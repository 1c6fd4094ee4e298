#!/usr/bin/env python3
"""Build the "dn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dn.py           build documents/dn-* and gold/dn-*.json
        build_dn.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 10, 21, 9, 30, 0)

# ---------------------------------------------------------------- document 1
DOCX_NAME = "dn-wexcombe-hosc-2025-10-14.docx"

PRESENT = ("Present: Councillor M Ellory (Chairman); Councillors D Pryor (Vice-Chairman), "
           "A Bhogal, C Hale, P Okafor, R Tindall and G Marsh (substituting for Councillor T Nash); "
           "Mrs H Varley (co-opted member, Healthwatch Wexcombe, non-voting).")
IN_ATTENDANCE = ("In attendance: Councillor H Sayle (Cabinet Member for Adult Social Care and Public Health); "
                 "Dr F Castell (Director of Public Health); Mr A Lowe (Executive Director of Adult Social "
                 "Care and Health Integration); Mr S Redfern (Head of Commissioning – All-Age Care and "
                 "Support Markets); Ms P Nandra (Director of Urgent and Emergency Care, Thornbury and "
                 "Wexcombe Integrated Care Board); Mrs J Whitcombe (Senior Democratic Services Officer).")

# each item: number, title, list of paragraphs, resolution paragraphs (list) or None
ITEMS = [
    ("45/25", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor T Nash and Councillor L Ashdown. "
        "Councillor G Marsh attended as substitute for Councillor Nash.",
    ], None),
    ("46/25", "Declarations of Interest", [
        "Councillor C Hale declared a non-registrable interest in minute 48/25 as his daughter is "
        "employed as a staff nurse in the emergency department at Wexcombe General Hospital. He "
        "remained in the meeting and took part in the discussion.",
    ], None),
    ("47/25", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 9 September 2025 were submitted.",
    ], ["RESOLVED – That the minutes of the meeting held on 9 September 2025 be confirmed as a "
        "correct record and signed by the Chairman."]),
    ("48/25", "Urgent and Emergency Care – Winter Plan 2025/26", [
        "The Committee received a presentation from Ms P Nandra, Director of Urgent and Emergency "
        "Care at Thornbury and Wexcombe Integrated Care Board (ICB), on the system winter plan. "
        "She reported that ambulance handover delays at Wexcombe General Hospital had fallen by a "
        "third since January, and that a further 42 virtual ward beds would open in November.",
        "Councillor Bhogal enquired how many patients had waited more than twelve hours in the "
        "emergency department during August. The Director responded that the figure was 611, "
        "around 4.8 per cent of attendances, against a national ambition of under 2 per cent. "
        "Councillor Okafor asked whether the virtual ward beds were actually being used, given "
        "reports that occupancy had been low. Ms Nandra replied that occupancy had averaged 71 per "
        "cent in September and that clinicians were being encouraged to refer earlier. Members sought "
        "assurance that the winter plan was fully funded and not reliant on one-off money; the "
        "Director explained that £3.1 million of the £4.4 million plan came from recurrent ICB "
        "allocations and the remainder from the national winter fund.",
        "Mrs Varley raised concern that patients and carers had not been consulted on the move of "
        "minor injuries services from Stourfield to the hospital site. Ms Nandra acknowledged that the "
        "engagement had been limited and said that a patient survey would run through November.",
    ], ["RESOLVED – That (1) the Winter Plan 2025/26 be noted; "
        "(2) the ICB be asked to report twelve-hour waits by hospital site to the January meeting; and "
        "(3) the results of the minor injuries patient survey be circulated to Members when available."]),
    ("49/25", "Recommissioning of Home Care Services", [
        "Mr S Redfern, Head of Commissioning – All-Age Care and Support Markets, introduced the report "
        "setting out the proposed procurement of home care from April 2026 through a zoned framework of "
        "eleven lead providers, replacing the current spot purchasing arrangements.",
        "Councillor Tindall enquired why the Council was not considering bringing some home care back "
        "in-house. The Head of Commissioning responded that an options appraisal had found in-house "
        "provision would cost around 28 per cent more per hour. Councillor Pryor asked what share of the "
        "current market was held by providers owned by private equity. Mr Redfern said that four of the "
        "twenty largest providers were owned by private equity firms, delivering about 19 per cent of hours. "
        "Councillor Hale questioned whether the proposed hourly rate of £24.10 would allow providers to pay "
        "the real living wage. The Executive Director confirmed that the rate had been modelled on the real "
        "living wage plus travel time, and that compliance would be a contract condition.",
        "Members sought assurance that rural areas would not be left without a provider under the zoned "
        "model. Mr Lowe stated that two zones covering the Wexcombe Downs would carry a rural supplement, "
        "and that the Council retained a small in-house reablement team as a provider of last resort.",
    ], ["RESOLVED – That the Committee recommends to Cabinet that (1) the zoned framework for home care be "
        "approved for procurement; and (2) the specification require all lead providers to pay at least the "
        "real living wage to care workers."]),
    ("50/25", "Public Health Grant and the Stop Smoking Service", [
        "Dr F Castell, Director of Public Health, presented the report on the 2025/26 public health grant "
        "allocation and the performance of the stop smoking service, which had been brought in-house in "
        "April 2024.",
        "Councillor Marsh enquired how the quit rate compared with the previous contracted service. The "
        "Director responded that the four-week quit rate had risen from 44 per cent to 57 per cent since "
        "the service moved in-house. Councillor Okafor raised concern about the growth in youth vaping and "
        "asked what action was being taken with schools. Dr Castell explained that trading standards and "
        "the school nursing team were running joint sessions in all secondary schools this term. "
        "Councillor Bhogal asked whether the grant uplift of 1.9 per cent was sufficient to meet inflation; "
        "no answer was given at the meeting and the Director undertook to circulate a note.",
    ], ["RESOLVED – That the report on the public health grant and stop smoking service be noted."]),
    ("51/25", "Children and Young People's Mental Health – Waiting Times", [
        "The Committee considered a report of the ICB and Wexcombe Healthcare NHS Foundation Trust on "
        "waiting times for children and young people's mental health services (CAMHS).",
        "Councillor Ellory enquired how long a child referred today would wait for a first appointment. "
        "The Associate Director for Children's Services at the Trust, attending online, responded that "
        "the median wait was 19 weeks but that urgent referrals were seen within seven days. Councillor "
        "Tindall asked whether the shortage of clinical psychologists was the main cause of the delays. "
        "It was confirmed that nine of the twenty-six psychologist posts were vacant and were being covered "
        "by agency staff. Members sought assurance that children waiting were being contacted regularly; "
        "Mrs Varley reported that families had told Healthwatch they had heard nothing for months.",
    ], ["RESOLVED – That (1) a task group of five Members be established to review CAMHS waiting "
        "times and report back by March 2026; and (2) the Trust be invited to the task group's first meeting."]),
    ("52/25", "Work Programme", [
        "The Committee considered its work programme for the remainder of 2025/26.",
    ], ["RESOLVED – That the work programme be agreed, with the addition of an item on NHS dental "
        "access in February 2026."]),
]

NS_DECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(paras, shape_id):
    """A w:r holding an anchored DrawingML text box with the given paragraphs."""
    width = 5760720  # 16 cm
    chars = sum(len(p) for p in paras)
    lines = chars // 95 + len(paras) + 1
    height = 914400 * (0.2 * lines + 0.15)
    height = int(height)
    body = "".join(
        '<w:p><w:pPr><w:spacing w:after="80"/><w:jc w:val="both"/></w:pPr>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
        '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (xesc(p.split(" – ", 1)[0] + " – "), xesc(p.split(" – ", 1)[1]))
        for p in paras)
    xml = (
        '<w:r %s><w:drawing>'
        '<wp:anchor distT="91440" distB="91440" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="line"><wp:posOffset>228600</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="Decision Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (NS_DECL, 251659264 + shape_id, width, height, shape_id, shape_id, width, height, body))
    return parse_xml(xml)


def add_page_field(par):
    r = par.add_run()
    f1 = parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % NS_DECL)
    r._r.append(f1)
    r2 = par.add_run()
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % NS_DECL)
    r2._r.append(it)
    r3 = par.add_run()
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % NS_DECL))
    par.add_run("1")
    r4 = par.add_run()
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % NS_DECL))


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(12)
    h2.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Wexcombe County Council – Health Overview and Scrutiny Committee – 14 October 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    add_page_field(fp)
    fp.add_run("\t\tChairman's initials ..........")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("WEXCOMBE COUNTY COUNCIL")
    rr.bold = True
    rr.font.size = Pt(14)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t2.add_run("HEALTH OVERVIEW AND SCRUTINY COMMITTEE")
    rr.bold = True
    t3 = doc.add_paragraph()
    t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t3.add_run("Minutes of the meeting held at County Hall, Wexcombe on Tuesday, "
               "14 October 2025 at 10.00 am")
    for txt in (PRESENT, IN_ATTENDANCE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        lab, rest = txt.split(": ", 1)
        p.add_run(lab + ": ").bold = True
        p.add_run(rest)

    shape = 1
    for num, title, paras, res in ITEMS:
        doc.add_heading("%s %s" % (num, title), level=2)
        last = None
        for ptxt in paras:
            last = doc.add_paragraph(ptxt)
            last.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if res:
            last._p.append(textbox_run(res, shape))
            shape += 1
            # blank paragraph to give space below the box
            doc.add_paragraph()
    end = doc.add_paragraph("The meeting closed at 12.47 pm.")
    doc.add_paragraph("Chairman ........................................   Date ....................")

    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "HOSC minutes 14 October 2025"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 21, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


GOLD_DOCX = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _, _ in ITEMS],
    "questions": [
        q("48/25", "question", "enquired how many patients had waited more than twelve hours",
          "Councillor Bhogal", "the figure was 611, around 4.8 per cent of attendances",
          "The Director", []),
        q("48/25", "question", "asked whether the virtual ward beds were actually being used",
          "Councillor Okafor", "occupancy had averaged 71 per cent in September", "Ms Nandra", []),
        q("48/25", "concern", "Members sought assurance that the winter plan was fully funded",
          None, "£3.1 million of the £4.4 million plan came from recurrent ICB allocations",
          "Director", ["finance"]),
        q("48/25", "concern", "patients and carers had not been consulted on the move of minor injuries",
          "Mrs Varley", "a patient survey would run through November", "Ms Nandra",
          ["patient-and-public-input"]),
        q("49/25", "question", "enquired why the Council was not considering bringing some home care back",
          "Councillor Tindall", "in-house provision would cost around 28 per cent more per hour",
          "The Head of Commissioning", ["privatisation", "adult-social-care", "finance"]),
        q("49/25", "question", "share of the current market was held by providers owned by private equity",
          "Councillor Pryor", "four of the twenty largest providers were owned by private equity firms",
          "Mr Redfern", ["privatisation", "adult-social-care", "subcontracting"]),
        q("49/25", "question", "questioned whether the proposed hourly rate of £24.10 would allow providers",
          "Councillor Hale", "modelled on the real living wage plus travel time",
          "The Executive Director", ["workforce", "finance", "adult-social-care", "subcontracting"]),
        q("49/25", "concern", "rural areas would not be left without a provider under the zoned",
          None, "two zones covering the Wexcombe Downs would carry a rural supplement", "Mr Lowe",
          ["adult-social-care", "subcontracting"]),
        q("50/25", "question", "enquired how the quit rate compared with the previous contracted service",
          "Councillor Marsh", "four-week quit rate had risen from 44 per cent to 57 per cent",
          "The Director", ["public-health", "privatisation", "subcontracting"]),
        q("50/25", "concern", "raised concern about the growth in youth vaping and asked what action",
          "Councillor Okafor", "the school nursing team were running joint sessions in all secondary schools",
          "Dr Castell", ["public-health", "children-and-families"]),
        q("50/25", "question", "whether the grant uplift of 1.9 per cent was sufficient to meet inflation",
          "Councillor Bhogal", None, None, ["public-health", "finance"]),
        q("51/25", "question", "enquired how long a child referred today would wait for a first appointment",
          "Councillor Ellory", "the median wait was 19 weeks but that urgent referrals",
          "The Associate Director for Children's Services",
          ["mental-health", "children-and-families"]),
        q("51/25", "question", "asked whether the shortage of clinical psychologists was the main cause",
          "Councillor Tindall", "nine of the twenty-six psychologist posts were vacant", None,
          ["mental-health", "children-and-families", "workforce"]),
        q("51/25", "concern", "Members sought assurance that children waiting were being contacted regularly",
          None, "families had told Healthwatch they had heard nothing for months", "Mrs Varley",
          ["mental-health", "children-and-families", "patient-and-public-input"]),
    ],
    "resolutions": [
        {"item": "47/25", "text": "minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "48/25", "text": "the Winter Plan 2025/26 be noted; (2) the ICB be asked",
         "outcome": "noted", "themes": []},
        {"item": "49/25", "text": "the Committee recommends to Cabinet that (1) the zoned framework for home care",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "50/25", "text": "the report on the public health grant and stop smoking service be noted",
         "outcome": "noted", "themes": ["public-health", "finance"]},
        {"item": "51/25", "text": "a task group of five Members be established to review CAMHS waiting",
         "outcome": "agreed", "themes": ["mental-health", "children-and-families", "governance"]},
        {"item": "52/25", "text": "the work programme be agreed, with the addition of an item on NHS dental",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor M Ellory", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor D Pryor", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor A Bhogal", "role": None, "attendance": "present"},
        {"name": "Councillor C Hale", "role": None, "attendance": "present"},
        {"name": "Councillor P Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor R Tindall", "role": None, "attendance": "present"},
        {"name": "Councillor G Marsh", "role": "substituting for Councillor T Nash", "attendance": "present"},
        {"name": "Mrs H Varley", "role": "co-opted member, Healthwatch Wexcombe, non-voting",
         "attendance": "present"},
        {"name": "Councillor H Sayle", "role": "Cabinet Member for Adult Social Care and Public Health",
         "attendance": "in_attendance"},
        {"name": "Dr F Castell", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mr A Lowe", "role": "Executive Director of Adult Social Care and Health Integration",
         "attendance": "in_attendance"},
        {"name": "Mr S Redfern", "role": "Head of Commissioning – All-Age Care and Support Markets",
         "attendance": "in_attendance"},
        {"name": "Ms P Nandra", "role": "Director of Urgent and Emergency Care, Thornbury and Wexcombe "
         "Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mrs J Whitcombe", "role": "Senior Democratic Services Officer",
         "attendance": "in_attendance"},
        {"name": "Councillor T Nash", "role": None, "attendance": "apologies"},
        {"name": "Councillor L Ashdown", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
HTML_NAME = "dn-harlingford-webcast-index.html"

CHAPTERS = [
    ("00:00:00", "Webcast starts – holding slide", None),
    ("00:02:15", "Item 1 – Apologies and substitutes", "item"),
    ("00:03:40", "Item 2 – Declarations of interest", "item"),
    ("00:04:55", "Item 3 – Minutes of the meeting held on 3 July 2025", "item"),
    ("00:06:10", "Item 4 – Access to GP appointments in Harlingford", "item"),
    ("00:06:30", "Associate Director of Primary Care, Mid Harrow and Tye ICB, presents the report", None),
    ("00:12:31", "Cllr Joanne Fenwick asks about waiting times for routine GP appointments", None),
    ("00:14:02", "Associate Director of Primary Care responds", None),
    ("00:17:48", "Cllr Sunil Dhar asks about pharmacy closures on the Eastmoor estate", None),
    ("00:19:20", "Healthwatch Harlingford representative comments on patient survey results", None),
    ("00:24:05", "Item 5 – Public health: drug and alcohol treatment services recommissioning", "item"),
    ("00:24:30", "Director of Public Health introduces the report", None),
    ("00:31:12", "Cllr Maureen Alcott asks whether the new contract will go to a private provider", None),
    ("00:32:40", "Director of Public Health responds", None),
    ("00:38:57", "Cllr Joanne Fenwick asks about outreach to rough sleepers", None),
    ("00:40:11", "Head of Housing Options responds", None),
    ("00:46:20", "Item 6 – Children's social care workforce update", "item"),
    ("00:47:05", "Director of Children's Services presents – agency social worker numbers", None),
    ("00:55:38", "Cllr Sunil Dhar asks about caseloads in the assessment teams", None),
    ("00:57:14", "Director of Children's Services responds", None),
    ("01:03:50", "Item 7 – Work programme 2025/26", "item"),
    ("01:08:22", "Chair closes the meeting", None),
]


def build_html(path):
    lis = []
    for ts, label, kind in CHAPTERS:
        h, m, s = (int(x) for x in ts.split(":"))
        secs = h * 3600 + m * 60 + s
        cls = ' class="chapter chapter--item"' if kind == "item" else ' class="chapter chapter--speaker"'
        lis.append('      <li%s><a href="#t=%d" data-seek="%d"><time datetime="PT%dH%dM%dS">%s</time> – %s</a></li>'
                   % (cls, secs, secs, h, m, s, ts, label.replace("&", "&amp;")))
    html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Health and Wellbeing Scrutiny Panel – 18 September 2025 – Webcast | Harlingford Borough Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/webcasting/assets/player.css">
</head>
<body class="webcast-archive">
  <header class="site-header">
    <a class="logo" href="/">Harlingford Borough Council</a>
    <nav aria-label="Breadcrumb"><ol class="breadcrumb">
      <li><a href="/">Home</a></li>
      <li><a href="/council-and-democracy">Council and democracy</a></li>
      <li><a href="/webcasts">Webcasts</a></li>
      <li aria-current="page">Health and Wellbeing Scrutiny Panel</li>
    </ol></nav>
  </header>
  <main id="main">
    <h1>Health and Wellbeing Scrutiny Panel</h1>
    <p class="meeting-meta">Thursday 18 September 2025, 6.30 pm &middot; Council Chamber, Harlingford Civic Centre &middot; Duration 1:08:40</p>
    <div class="player" id="player" role="region" aria-label="Video player">
      <div class="player__placeholder">
        <img src="/webcasting/thumbs/hwsp-2025-09-18.jpg" alt="Still from the webcast of the Health and Wellbeing Scrutiny Panel" width="960" height="540">
        <button type="button" class="player__play" aria-label="Play webcast">&#9654; Play</button>
        <p class="player__notice">This webcast is archived for six months. It is not the official record of the meeting: the minutes are.</p>
      </div>
    </div>
    <section class="chapters" aria-labelledby="chapters-heading">
      <h2 id="chapters-heading">Chapters</h2>
      <p>Select a time to jump to that point in the recording.</p>
      <ol class="chapter-list">
%s
      </ol>
    </section>
    <section class="downloads">
      <h2>Downloads</h2>
      <ul>
        <li><a href="/webcasting/transcripts/hwsp-2025-09-18.txt" download>Download transcript (automatically generated, TXT, 96 KB)</a></li>
        <li><a href="/webcasting/captions/hwsp-2025-09-18.vtt" download>Captions file (WebVTT)</a></li>
        <li><a href="https://democracy.harlingford.gov.uk/ieListDocuments.aspx?CId=412&amp;MId=9087">Agenda, reports and minutes for this meeting</a></li>
      </ul>
    </section>
    <section class="about">
      <h2>About this webcast</h2>
      <p>Chapters are added by Democratic Services after the meeting and speaker names are as announced by the Chair.
         If you notice an error, email <a href="mailto:democracy@harlingford.gov.uk">democracy@harlingford.gov.uk</a>.</p>
    </section>
  </main>
  <footer class="site-footer"><p>&copy; Harlingford Borough Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></p></footer>
  <script src="/webcasting/assets/player.js" defer></script>
</body>
</html>
""" % "\n".join(lis)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


GOLD_HTML = {
    "document": HTML_NAME,
    "doc_type": "other",
    "themes": ["primary-care", "public-health", "subcontracting", "privatisation", "housing",
               "children-and-families", "workforce", "patient-and-public-input"],
}

# ---------------------------------------------------------------- check


def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    out = []
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for n in parts:
        root = etree.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            # own text only: runs whose nearest paragraph is p
            txt = []
            for t in p.iter(W + "t"):
                anc = t.getparent()
                while anc is not None and anc.tag != W + "p":
                    anc = anc.getparent()
                if anc is p:
                    txt.append(t.text or "")
            out.append("".join(txt))
    return "\n".join(out)


def html_text(path):
    import html as h
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<[^>]+>", " ", raw)
    return h.unescape(raw)


def check():
    ok = True
    pairs = [(DOCX_NAME, docx_text), (HTML_NAME, html_text)]
    for name, fn in pairs:
        g = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), encoding="utf-8"))
        text = norm(fn(os.path.join(DOCS, name)))
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq.get("answer"):
                phrases.append(("answer", qq["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            wc = len(n.split())
            cnt = text.count(n)
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print("FAIL %s %s (%d occurrences, %d words): %s" % (name, kind, cnt, wc, ph))
        print("%s: %d phrases checked" % (name, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_docx(os.path.join(DOCS, DOCX_NAME))
    build_html(os.path.join(DOCS, HTML_NAME))
    for g in (GOLD_DOCX, GOLD_HTML):
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
