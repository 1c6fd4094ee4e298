#!/usr/bin/env python3
"""Build the "gm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gm.py           build documents/gm-* and gold/gm-*.json
        build_gm.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
COUNCIL = "Wenmoor District Council"
COMM = "Health and Wellbeing Overview and Scrutiny Committee"
DOC1 = "gm-wenmoor-hwosc-2025-06-17.html"
DOC2 = "gm-wenmoor-hwosc-committee-details.html"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
</head>
<body>
<div id="header"><a href="https://www.wenmoor.gov.uk">Wenmoor District Council</a> | <a href="ieDocHome.aspx">Councillors and committees</a></div>
<div id="breadcrumb"><a href="ieDocHome.aspx?bcr=1">Home</a> &gt; <a href="mgListCommittees.aspx?bcr=1">Committee structure</a> &gt; <a href="ieListMeetings.aspx?CId=412&amp;Year=0">{comm}</a> &gt; {crumb}</div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">{h1}</h1>
"""
FOOT = """</div></div>
<div id="footer"><p>Wenmoor District Council, Civic Offices, Market Street, Wenbridge WN4 2AA</p>
<p><a href="mgRss.aspx">RSS</a> | <a href="ieListDocuments.aspx?CId=412&amp;MId=3391&amp;Ver=4&amp;print=1">Print</a> | Powered by ModernGov</p></div>
</body>
</html>
"""

def li(cls, marker, text):
    return ("<p class=%s style='margin-left:36.0pt;mso-add-space:auto;text-indent:-18.0pt;"
            "mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-fareast-font-family:Arial'>"
            "<span style='mso-list:Ignore'>%s<span style='font:7.0pt \"Times New Roman\"'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>%s<o:p></o:p></p>\n") % (cls, marker, text)

def ans(text):
    return ("<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;mso-add-space:auto'>"
            "<i><span style='mso-fareast-font-family:Arial'>%s</span></i><o:p></o:p></p>\n") % text

def points(pairs):
    out = []
    letters = "abcdefghij"
    for i, (q, a) in enumerate(pairs):
        cls = "MsoListParagraphCxSpFirst" if i == 0 else "MsoListParagraphCxSpMiddle"
        out.append(li(cls, letters[i] + ")", q))
        if a:
            last = i == len(pairs) - 1
            out.append(ans(a).replace("MsoListParagraphCxSpMiddle", "MsoListParagraphCxSpLast") if last else ans(a))
        elif i == len(pairs) - 1:
            out[-1] = out[-1].replace("MsoListParagraphCxSpMiddle", "MsoListParagraphCxSpLast", 1)
    return "".join(out)

def normal(t):
    return "<p class=MsoNormal style='text-align:justify'>%s<o:p></o:p></p>\n" % t

ITEMS = []  # (number, title, pdf size, minutes html, decision html)

ITEMS.append(("1", "Apologies for Absence and Substitutions", None,
    normal("Apologies for absence were received from Councillor Tom Feltham. Councillor Martin Cleeve attended as his substitute."),
    None))
ITEMS.append(("2", "Declarations of Interest", None,
    normal("Councillor Priya Lakhani declared a non-registerable interest in item 4 as a member of staff of the Wenmoor and Tees Partnership NHS Foundation Trust. She remained in the meeting but took no part in the discussion of that item.") +
    normal("There were no other declarations."),
    None))
ITEMS.append(("3", "Minutes of the Previous Meeting", "PDF 214 KB",
    normal("The minutes of the meeting held on 8 April 2025 were submitted."),
    normal("RESOLVED &ndash; That the minutes of the meeting held on 8 April 2025 be confirmed as a correct record and signed by the Chairman.")))

ITEMS.append(("4", "Community Mental Health Transformation - Update from the Trust", "PDF 312 KB",
    normal("Dr Fiona Hartigan, Associate Director of Mental Health Services, Wenmoor and Tees Partnership NHS Foundation Trust, introduced the report, which set out progress in the second year of the community mental health transformation programme, including the new neighbourhood teams at Wenbridge and Holmfirth Lane and the move to a single point of access for adults.") +
    normal("In the discussion that followed, the following matters were raised:") +
    points([
        ("Councillor Janet Rudd asked how long adults referred to the new neighbourhood teams were currently waiting for a first assessment.",
         "Dr Hartigan replied that the median wait was now 23 days against a target of 28, but that a minority of people with complex needs still waited longer than twelve weeks."),
        ("Councillor Graham Pilling expressed concern that the single point of access telephone line was often engaged at weekends.",
         "The Associate Director acknowledged the problem and said that weekend call handling would be reviewed with the crisis team by September."),
        ("Councillor Derek Ossett asked whether people with lived experience had been involved in designing the new pathway.",
         "It was confirmed that a panel of fourteen service users and carers had co-produced the referral forms and met monthly with the programme board."),
        ("Councillor Martin Cleeve queried how many posts in the neighbourhood teams remained vacant and how many were filled by agency staff.",
         "Dr Hartigan advised that nine of the 61 posts were vacant and that agency use had fallen by a third since January."),
    ]) +
    normal("The Chairman thanked Dr Hartigan for her attendance."),
    normal("RESOLVED &ndash; That (1) the update be noted; and (2) the Trust be asked to provide a further report on waiting times for complex cases to the meeting in November 2025.")))

ITEMS.append(("5", "Leisure and Wellbeing Services Contract - Options from April 2026", "PDF 488 KB",
    normal("The Head of Communities and Wellbeing presented the report, which set out three options for the operation of the district&rsquo;s four leisure centres and the exercise on referral scheme when the current contract with Active Vale Leisure Ltd expired on 31 March 2026: a re-procurement, a transfer to a local authority trading company, or bringing the service back in-house.") +
    normal("In the discussion that followed, the following matters were raised:") +
    points([
        ("Councillor Hilary Marchbank asked what the management fee paid to the current operator had been over the life of the contract.",
         "The Head of Communities and Wellbeing replied that the fee had averaged &pound;410,000 a year and would be set out in the exempt appendix to the Cabinet report."),
        ("Councillor Janet Rudd was concerned that a private operator would close the exercise on referral scheme if it did not make a profit.",
         "Officers explained that the scheme was protected as a core service in the specification and would remain so under any of the three options."),
        ("Councillor Graham Pilling requested that leisure centre staff and their trade union be consulted before Cabinet took a decision.",
         "The Cabinet Member for Communities and Wellbeing agreed and said that staff briefings would be held in July."),
        ("Councillor Priya Lakhani commented that the evaluation criteria placed too little weight on health outcomes for people on low incomes.",
         None),
    ]),
    normal("RECOMMENDED to Cabinet &ndash; That the in-house option be fully costed and appraised alongside re-procurement before any decision is made to go out to tender.")))

ITEMS.append(("6", "Disabled Facilities Grants and Home Adaptations", "PDF 276 KB",
    normal("Mark Oldroyd, Head of Housing Standards and Private Sector Renewal, introduced the annual report on the delivery of Disabled Facilities Grants, noting that 187 adaptations had been completed in 2024/25.") +
    normal("In the discussion that followed, the following matters were raised:") +
    points([
        ("Councillor Derek Ossett asked why the average time from referral to completion of a stairlift had risen to 31 weeks.",
         "Mr Oldroyd said that a shortage of occupational therapists at the County Council had delayed assessments, and a shared assessor post was being recruited."),
        ("Councillor Martin Cleeve sought clarification on whether the underspend on the grant would be carried forward into 2025/26.",
         "The Head of Housing Standards confirmed that the whole underspend of &pound;236,000 would be carried forward with government agreement."),
        ("Councillor Hilary Marchbank asked how tenants of private landlords were told that they could apply for an adaptation.",
         "Officers replied that leaflets went out with every landlord licence and that the Home Improvement Agency attended tenant events."),
    ]),
    normal("RESOLVED &ndash; That the annual report on Disabled Facilities Grants be noted.")))

ITEMS.append(("7", "Access to GP Services in the District - North Vale ICB Briefing", "PDF 355 KB",
    normal("Karen Ibbotson, Primary Care Commissioning Manager, North Vale Integrated Care Board, gave a presentation on access to general practice in Wenmoor, including the results of the national GP Patient Survey and the plans for a new surgery at Castle Fields.") +
    normal("In the discussion that followed, the following matters were raised:") +
    points([
        ("Councillor Janet Rudd asked when the new surgery at Castle Fields would open and who would run it.",
         "Ms Ibbotson replied that building work would finish in spring 2026 and that the ICB was in discussion with the Wenbridge Primary Care Network."),
        ("Councillor Graham Pilling raised concerns that residents without smartphones were unable to book appointments under the new online triage system.",
         "The Primary Care Commissioning Manager said that every practice had been reminded that telephone and walk-in requests must still be accepted."),
        ("Councillor Derek Ossett asked what proportion of patients in the district were seen within two weeks of contacting their practice.",
         None),
    ]) +
    normal("The Chairman asked that the figures requested by Councillor Ossett be supplied in writing after the meeting."),
    normal("RESOLVED &ndash; That the Chairman write to the North Vale Integrated Care Board seeking a timetable for the Castle Fields surgery and practice-level appointment figures.")))

ITEMS.append(("8", "Work Programme 2025/26", "PDF 118 KB",
    normal("The Democratic Services Officer presented the draft work programme for 2025/26. Councillor Priya Lakhani asked that an item on access to NHS dentistry for children be added before the end of the year, and this was agreed."),
    normal("RESOLVED &ndash; That the work programme for 2025/26 be approved, subject to the addition of an item on access to NHS dentistry.")))

ATTEND = [
    ("Councillor Hilary Marchbank", "Chairman", "Present"),
    ("Councillor Derek Ossett", "Vice-Chairman", "Present"),
    ("Councillor Priya Lakhani", "Committee Member", "Present"),
    ("Councillor Tom Feltham", "Committee Member", "Apologies"),
    ("Councillor Graham Pilling", "Committee Member", "Present"),
    ("Councillor Janet Rudd", "Committee Member", "Present"),
    ("Councillor Ayesha Bukhari", "Committee Member", "Absent"),
    ("Councillor Martin Cleeve", "Substitute", "Present as substitute"),
    ("Councillor Sue Wragg", "Cabinet Member for Communities and Wellbeing", "In attendance"),
    ("Dr Fiona Hartigan", "Associate Director of Mental Health Services, Wenmoor and Tees Partnership NHS Foundation Trust", "In attendance"),
    ("Mark Oldroyd", "Head of Housing Standards and Private Sector Renewal", "In attendance"),
    ("Karen Ibbotson", "Primary Care Commissioning Manager, North Vale Integrated Care Board", "In attendance"),
    ("Lewis Tarrant", "Democratic Services Officer", "In attendance"),
]

def build_doc1():
    h = [HEAD.format(title="Agenda for %s on Tuesday, 17th June, 2025, 7.00 pm - Wenmoor District Council" % COMM,
                     comm=COMM, crumb="Meeting", h1="Agenda and minutes")]
    h.append('<h2 class="mgSubTitleTxt">%s</h2>\n' % COMM)
    h.append('<p class="mgSubTitleTxt">Tuesday, 17th June, 2025 7.00 pm</p>\n')
    h.append('<p><span class="mgLabel">Venue: </span>Council Chamber, Civic Offices, Market Street, Wenbridge. <a href="mgMeetingAttendance.aspx?ID=3391">View directions</a></p>\n')
    h.append('<p><span class="mgLabel">Contact: </span>Lewis Tarrant, Democratic Services Officer  01632 960 418</p>\n')
    h.append('<div class="mgLinks"><ul><li><a href="documents/g3391/Agenda%20frontsheet.pdf">Agenda frontsheet PDF 96 KB</a></li>'
             '<li><a href="documents/g3391/Public%20reports%20pack.pdf">Agenda reports pack PDF 2 MB</a></li>'
             '<li><a href="documents/g3391/Printed%20minutes.pdf">Printed minutes PDF 201 KB</a></li></ul></div>\n')
    h.append('<h2 class="mgSectionTitle">Items</h2>\n<table class="mgItemTable" summary="Table of items for the meeting">\n'
             '<tr><th scope="col" class="mgHide">No.</th><th scope="col" class="mgHide">Item</th></tr>\n')
    for num, title, pdf, mins, dec in ITEMS:
        link = '<a href="mgIssueHistoryHome.aspx?IId=%d">%s</a>' % (20500 + int(num), html.escape(title))
        if pdf:
            link += ' <a href="documents/s%d/Item%s.pdf" class="mgDocLink">PDF %s</a>' % (61200 + int(num), num, pdf.replace("PDF ", ""))
        h.append('<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">%s.</p></td>\n<td>\n<p class="mgAiTitleTxt">%s</p>\n' % (num, link))
        h.append('<div class="mgWordPara"><p>Minutes:</p>\n<div class="WordSection1">\n%s</div>\n' % mins)
        if dec:
            h.append('<p>Decision:</p>\n<div class="WordSection1">\n%s</div>\n' % dec)
        h.append('</div>\n</td>\n</tr>\n')
    h.append('</table>\n')
    h.append('<h2 class="mgSectionTitle">Attendance details</h2>\n<table class="mgStatsTable" summary="Attendance details">\n'
             '<caption class="mgSectionTitle">Attendance</caption>\n<tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th></tr>\n')
    for n, r, a in ATTEND:
        h.append('<tr><td><a href="mgUserInfo.aspx?UID=%d">%s</a></td><td>%s</td><td>%s</td></tr>\n' % (300 + len(n), n, r, a))
    h.append('</table>\n<p>Expected: 7 &ndash; Present: 7 &ndash; Apologies: 1 &ndash; Absent: 1</p>\n')
    h.append(FOOT)
    return "".join(h)

def build_doc2():
    h = [HEAD.format(title="Committee details - %s - Wenmoor District Council" % COMM, comm=COMM,
                     crumb="Committee details", h1="Committee details")]
    h.append('<h2 class="mgSubTitleTxt">%s</h2>\n' % COMM)
    h.append('<div class="mgLinks"><ul><li><a href="ieListMeetings.aspx?CId=412&amp;Year=0">Browse meetings and agendas for this committee</a></li>'
             '<li><a href="mgRssFeed.aspx?CId=412">Subscribe to updates</a></li></ul></div>\n')
    h.append('<h2 class="mgSectionTitle">Purpose of committee</h2>\n<div class="mgWordPara">\n')
    h.append(normal("The Health and Wellbeing Overview and Scrutiny Committee reviews and scrutinises the planning, provision and operation of health services affecting residents of the district, and the Council&rsquo;s own work on housing, leisure and community wellbeing. The County Council&rsquo;s Health Scrutiny Committee retains the statutory powers to respond to NHS consultations on substantial variations in service."))
    h.append(normal("<b>Terms of reference</b>"))
    tor = [
        "To hold the Cabinet Member for Communities and Wellbeing to account for decisions within that portfolio.",
        "To invite NHS trusts, the North Vale Integrated Care Board and primary care providers to attend and answer questions about services for Wenmoor residents, including GP and pharmacy access.",
        "To review the commissioning and performance of contracts for leisure, exercise on referral and home improvement agency services.",
        "To consider the Council&rsquo;s contribution to reducing health inequalities and to the county health and wellbeing strategy.",
        "To scrutinise the delivery of Disabled Facilities Grants, housing standards and homelessness prevention.",
        "To take account of the views of residents, patients and Healthwatch in its work, and to agree an annual work programme.",
        "To make reports and recommendations to Cabinet and to Council.",
    ]
    for i, t in enumerate(tor):
        cls = "MsoListParagraphCxSpFirst" if i == 0 else ("MsoListParagraphCxSpLast" if i == len(tor) - 1 else "MsoListParagraphCxSpMiddle")
        h.append(li(cls, "%d." % (i + 1), t))
    h.append(normal("The Committee meets five times a year. Call-in of executive decisions is dealt with by the Overview and Scrutiny Management Board."))
    h.append('</div>\n<h2 class="mgSectionTitle">Membership</h2>\n<ul class="mgBulletList">\n')
    for n, r in [("Councillor Hilary Marchbank", "Chairman"), ("Councillor Derek Ossett", "Vice-Chairman"),
                 ("Councillor Ayesha Bukhari", None), ("Councillor Tom Feltham", None), ("Councillor Priya Lakhani", None),
                 ("Councillor Graham Pilling", None), ("Councillor Janet Rudd", None)]:
        h.append('<li><a href="mgUserInfo.aspx?UID=%d">%s</a>%s</li>\n' % (300 + len(n), n, " (%s)" % r if r else ""))
    h.append('</ul>\n<h2 class="mgSectionTitle">Substitutes</h2>\n<ul class="mgBulletList">\n'
             '<li><a href="mgUserInfo.aspx?UID=322">Councillor Martin Cleeve</a></li>\n'
             '<li><a href="mgUserInfo.aspx?UID=319">Councillor Nadia Stott</a></li>\n</ul>\n')
    h.append('<h2 class="mgSectionTitle">Contact information</h2>\n<p>Support officer: Lewis Tarrant, Democratic Services Officer</p>\n'
             '<p>Democratic Services, Civic Offices, Market Street, Wenbridge WN4 2AA</p>\n'
             '<p>Phone: 01632 960 418</p>\n<p>Email: <a href="mailto:democratic.services@wenmoor.gov.uk">democratic.services@wenmoor.gov.uk</a></p>\n')
    h.append(FOOT)
    return "".join(h)

def Q(item, kind, text, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": None, "answer": answer, "given_by": given, "themes": themes}

GOLD1 = {
    "document": DOC1, "doc_type": "minutes", "committee": COMM, "meeting_date": "2025-06-17",
    "items": [{"number": n, "title": t} for n, t, _, _, _ in ITEMS],
    "questions": [
        Q("4", "question", "asked how long adults referred to the new neighbourhood teams were currently waiting",
          "the median wait was now 23 days against a target of 28", "Dr Hartigan", ["mental-health"]),
        Q("4", "concern", "the single point of access telephone line was often engaged at weekends",
          "weekend call handling would be reviewed with the crisis team by September", "The Associate Director", ["mental-health"]),
        Q("4", "question", "asked whether people with lived experience had been involved in designing the new pathway",
          "a panel of fourteen service users and carers had co-produced the referral forms", None, ["mental-health", "patient-and-public-input"]),
        Q("4", "question", "queried how many posts in the neighbourhood teams remained vacant",
          "nine of the 61 posts were vacant and that agency use had fallen", "Dr Hartigan", ["mental-health", "workforce"]),
        Q("5", "question", "asked what the management fee paid to the current operator had been",
          "the fee had averaged £410,000 a year and would be set out", "The Head of Communities and Wellbeing", ["subcontracting", "finance"]),
        Q("5", "concern", "a private operator would close the exercise on referral scheme",
          "the scheme was protected as a core service in the specification", "Officers", ["privatisation", "subcontracting", "public-health"]),
        Q("5", "request", "requested that leisure centre staff and their trade union be consulted before Cabinet",
          "staff briefings would be held in July", "The Cabinet Member for Communities and Wellbeing", ["workforce", "patient-and-public-input"]),
        Q("5", "comment", "the evaluation criteria placed too little weight on health outcomes for people on low incomes",
          None, None, ["subcontracting", "public-health"]),
        Q("6", "question", "asked why the average time from referral to completion of a stairlift had risen",
          "a shortage of occupational therapists at the County Council had delayed assessments", "Mr Oldroyd", ["housing", "workforce"]),
        Q("6", "question", "sought clarification on whether the underspend on the grant would be carried forward",
          "the whole underspend of £236,000 would be carried forward with government agreement", "The Head of Housing Standards", ["housing", "finance"]),
        Q("6", "question", "asked how tenants of private landlords were told that they could apply for an adaptation",
          "leaflets went out with every landlord licence and that the Home Improvement Agency", "Officers", ["housing"]),
        Q("7", "question", "asked when the new surgery at Castle Fields would open and who would run it",
          "building work would finish in spring 2026 and that the ICB was in discussion", "Ms Ibbotson", ["primary-care"]),
        Q("7", "concern", "residents without smartphones were unable to book appointments under the new online triage system",
          "every practice had been reminded that telephone and walk-in requests must still be accepted", "The Primary Care Commissioning Manager", ["primary-care"]),
        Q("7", "question", "what proportion of patients in the district were seen within two weeks",
          None, None, ["primary-care"]),
        Q("8", "request", "asked that an item on access to NHS dentistry for children be added",
          None, None, ["primary-care", "children-and-families"]),
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 8 April 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the Trust be asked to provide a further report on waiting times for complex cases", "outcome": "agreed", "themes": ["mental-health"]},
        {"item": "5", "text": "the in-house option be fully costed and appraised alongside re-procurement", "outcome": "recommended", "themes": ["privatisation", "subcontracting"]},
        {"item": "6", "text": "That the annual report on Disabled Facilities Grants be noted", "outcome": "noted", "themes": ["housing"]},
        {"item": "7", "text": "the Chairman write to the North Vale Integrated Care Board seeking a timetable", "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "8", "text": "the work programme for 2025/26 be approved, subject to the addition of an item", "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ],
    "attendees": [{"name": n, "role": r, "attendance": {"Present": "present", "Apologies": "apologies", "Absent": "absent",
                   "Present as substitute": "present", "In attendance": "in_attendance"}[a]} for n, r, a in ATTEND],
}
ASKERS = ["Councillor Janet Rudd", "Councillor Graham Pilling", "Councillor Derek Ossett", "Councillor Martin Cleeve",
          "Councillor Hilary Marchbank", "Councillor Janet Rudd", "Councillor Graham Pilling", "Councillor Priya Lakhani",
          "Councillor Derek Ossett", "Councillor Martin Cleeve", "Councillor Hilary Marchbank",
          "Councillor Janet Rudd", "Councillor Graham Pilling", "Councillor Derek Ossett", "Councillor Priya Lakhani"]
for _q, _a in zip(GOLD1["questions"], ASKERS):
    _q["asked_by"] = _a
GOLD2 = {"document": DOC2, "doc_type": "other",
         "themes": ["governance", "primary-care", "subcontracting", "public-health", "housing", "patient-and-public-input"]}

def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def source_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<!\[(?:if|endif)[^\]]*\]>", " ", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)

def check():
    ok = True
    for gname in sorted(f for f in os.listdir(GOLD) if f.startswith("gm-")):
        g = json.load(open(os.path.join(GOLD, gname), encoding="utf-8"))
        doc = os.path.join(DOCS, g["document"])
        if not os.path.exists(doc):
            print("MISSING", doc); ok = False; continue
        text = " " + norm(source_text(doc)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = text.count(" " + norm(p) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print("FAIL %s %s (count=%d words=%d): %s" % (gname, kind, c, n, p))
        print("%s: %d phrases checked" % (gname, len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, body in [(DOC1, build_doc1()), (DOC2, build_doc2())]:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    for name, g in [(DOC1, GOLD1), (DOC2, GOLD2)]:
        with open(os.path.join(GOLD, name[:-5] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built", DOC1, DOC2)

if __name__ == "__main__":
    main()
