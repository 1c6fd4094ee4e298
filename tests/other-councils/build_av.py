#!/usr/bin/env python3
"""Build the "av-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_av.py           write documents/ and gold/
       build_av.py --check   verify every gold phrase occurs once in the source text
"""
import html
import json
import os
import re
import sys
from datetime import datetime, timezone
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SHY = "\u00ad"

SOURCES = {}   # document name -> source text used by --check
GOLDS = {}     # gold file name -> dict


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


class _Text(HTMLParser):
    BLOCK = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "tr", "td", "th",
             "br", "ol", "ul", "dl", "section", "article", "blockquote", "header", "footer"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.out)


# ---------------------------------------------------------------------------
# Document 1: ModernGov ieListMinutes-style HTML, re-templated
# ---------------------------------------------------------------------------
D1 = "av-wrenfield-adults-health-scrutiny-2025-06-17.html"


def doc1():
    attendance = [
        ("Councillor Helen Marchbank", "Chair", "Present"),
        ("Councillor David Osei", "Vice-Chair", "Present"),
        ("Councillor Priya Lakhani", "Committee Member", "Present"),
        ("Councillor Sandra Pyke", "Committee Member", "Present"),
        ("Councillor Gareth Lowther", "Committee Member", "Present"),
        ("Councillor Tom Edgecombe", "Committee Member", "Apologies"),
        ("Councillor Julie Ansty", "Reserve (for Councillor Edgecombe)", "Present"),
        ("Councillor Neil Parfitt", "Committee Member", "Absent"),
        ("Councillor Martin Feeney", "Cabinet Member for Adult Social Care and Health", "In attendance"),
        ("Dr Amara Quist", "Director of Public Health", "In attendance"),
        ("Keith Rowland", "Director of Adult Social Services", "In attendance"),
        ("Fiona Belcher", "Associate Director of Commissioning (Mental Health), NHS Wrenfield and Aldmoor Integrated Care Board", "In attendance"),
        ("Lewis Tranter", "Democratic Services Officer", "In attendance"),
    ]
    att_html = "\n".join(
        f'      <li class="mgAttendee"><span class="mgAttName">{html.escape(n)}</span> &ndash; '
        f'<span class="mgAttRole">{html.escape(r)}</span> &ndash; <span class="mgAttStatus">{s}</span></li>'
        for n, r, s in attendance)

    def item(num, title, body):
        return f"""
  <div class="mgAiItem" id="ai{num}">
    <h3 class="mgAiTitleTxt"><span class="mgAiNumber">{num}.</span> {title}</h3>
    <div class="mgMinutesBlock">
{body}
    </div>
  </div>"""

    def qa(pairs):
        rows = []
        for dt, dd in pairs:
            rows.append(f"        <dt>{dt}</dt>\n        <dd>{dd}</dd>")
        return '      <dl class="mgQaList">\n' + "\n".join(rows) + "\n      </dl>"

    def decision(clauses):
        lis = "\n".join(f"          <li>{c}</li>" for c in clauses)
        return f"""      <div class="mgDecision">
        <p><strong>RESOLVED:</strong></p>
        <ol>
{lis}
        </ol>
      </div>"""

    items = []
    items.append(item(1, "Apologies for Absence and Notification of Substitutes", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>Apologies for absence were received from Councillor Tom Edgecombe. Councillor Julie Ansty attended as his reserve.</p>
      <p>Councillor Neil Parfitt was not present and had not sent apologies.</p>"""))
    items.append(item(2, "Declarations of Interest", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>Councillor Priya Lakhani declared a non-registrable interest in Item 5 (Home Care Recommissioning) as a close family member is employed by one of the bidding organisations. She remained in the meeting but did not take part in the discussion of that item.</p>"""))
    items.append(item(3, "Minutes of the Previous Meeting", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>The minutes of the meeting held on 8 April 2025 were submitted.</p>
""" + decision(["That the minutes of the meeting held on 8 April 2025 be approved as a correct record and signed by the Chair."])))
    items.append(item(4, "Public Questions", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>One question had been received from a member of the public in accordance with the Committee Procedure Rules. The question and the answer given are set out below.</p>
""" + qa([
        ("Question (Mrs Eileen Shard, Wrenfield Carers&rsquo; Network)",
         "Given that the new home care contracts start in October, how will the Council make sure that unpaid carers are told in good time if their relative&rsquo;s care worker or agency is going to change?"),
        ("Answer (Cabinet Member for Adult Social Care and Health)",
         "Every person whose provider changes will receive a letter and a phone call at least six weeks before the transfer date, and their named carer will be copied in where consent has been given. A dedicated transition helpline will be staffed by the brokerage team from August."),
        ("Supplementary question (Mrs Eileen Shard)",
         "Will carers who do not have consent recorded on the system be contacted separately so that they are not left out of the process?"),
        ("Answer (Cabinet Member for Adult Social Care and Health)",
         "The Cabinet Member undertook to check how many carers had no consent recorded and confirmed that social workers would seek consent during the summer reviews."),
    ])))
    items.append(item(5, "Home Care Recommissioning &ndash; Outcome of Procurement", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>The Director of Adult Social Services introduced the report, which set out the outcome of the competitive tender for zoned home care across the four localities. Seven providers had been awarded contracts, two of them new to the borough, and the hourly rate would rise to &pound;24.10 from 1 October 2025. Members considered the report and the following questions were asked and answered:</p>
""" + qa([
        ("Question (Cllr Osei)",
         "How many people currently receiving home care would have to move to a different provider under the new zones, and what was the risk of disruption?"),
        ("Answer (Director of Adult Social Services)",
         "Around 410 people, roughly one in six, would transfer; most transfers would be staggered over twelve weeks and the outgoing providers were contractually obliged to support the handover."),
        ("Question (Cllr Pyke)",
         "Was the new hourly rate high enough for providers to pay care workers the real living wage, and would the Council check that they did?"),
        ("Answer (Director of Adult Social Services)",
         "The rate had been modelled on the real living wage plus travel time, and payment of it was now a contract condition that would be tested at quarterly monitoring visits."),
        ("Question (Cllr Lowther)",
         "What proportion of the winning bidders were private equity owned, and had the Council considered delivering any of the service in-house?"),
        ("Answer (Director of Adult Social Services)",
         "Two of the seven providers were owned by private equity funds; an in-house option had been appraised in 2024 but was not affordable within the current budget envelope."),
        ("Comment (Cllr Ansty)",
         "Members in rural wards were still hearing that some villages had no provider willing to take on packages at all."),
    ]) + "\n" + decision([
        "That the outcome of the home care procurement and the contract awards be noted.",
        "That a further report on provider capacity in rural areas be brought to the November 2025 meeting.",
    ])))
    items.append(item(6, "Director of Public Health Annual Report 2024/25", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>Dr Amara Quist, Director of Public Health, presented her annual report, which this year focused on the widening gap in healthy life expectancy between the most and least deprived wards.</p>
""" + qa([
        ("Question (Cllr Lakhani)",
         "Why had uptake of the childhood MMR vaccination fallen in the town centre wards when it had recovered elsewhere?"),
        ("Answer (Director of Public Health)",
         "Uptake had dropped among some newly arrived communities and the team was working with community champions and two GP practices to run pop-up clinics in familiar settings."),
        ("Question (Cllr Marchbank)",
         "Given the cut to the public health grant in real terms, which prevention programmes were most at risk next year?"),
        ("Answer (Director of Public Health)",
         "No programme was being cut outright, but the stop smoking service and the weight management offer would be recommissioned together to release savings of about &pound;180,000."),
        ("Question (Cllr Osei)",
         "How was the Council measuring whether the health inequalities action plan was actually making a difference?"),
        ("Answer (Director of Public Health)",
         "A set of twelve indicators would be reported to the Health and Wellbeing Board every six months, broken down by ward and by ethnicity where the numbers allowed."),
    ]) + "\n" + decision(["That the Director of Public Health&rsquo;s Annual Report 2024/25 be noted."])))
    items.append(item(7, "NHS Wrenfield and Aldmoor ICB &ndash; Community Mental Health Transformation", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>Fiona Belcher, Associate Director of Commissioning, gave an update on the community mental health transformation programme and the new neighbourhood mental health hubs.</p>
""" + qa([
        ("Question (Cllr Pyke)",
         "How long were adults now waiting between referral and a first appointment at the neighbourhood mental health hubs?"),
        ("Answer (Associate Director of Commissioning, ICB)",
         "The median wait was now five weeks against a target of four, with the longest waits in Aldmoor where two psychologist posts were vacant."),
        ("Question (Cllr Lowther)",
         "Had people with lived experience been involved in designing the hubs, and how were their views being captured now?"),
        ("Answer (Associate Director of Commissioning, ICB)",
         "A lived experience panel of fourteen people had co-designed the hub model, and a rolling feedback survey was offered at every discharge."),
        ("Question (Cllr Marchbank)",
         "Would the voluntary sector partners running the hub cafés have their funding confirmed beyond March 2026?"),
        ("Answer (Associate Director of Commissioning, ICB)",
         "Ms Belcher said that the ICB could not yet confirm funding beyond March 2026 and would write to the Committee once the financial plan was agreed."),
    ]) + "\n" + decision([
        "That the update on community mental health transformation be noted.",
        "That the Committee recommends to the ICB Board that funding for the voluntary sector hub partners be confirmed for at least two further years.",
    ])))
    items.append(item(8, "Work Programme 2025/26", """      <p class="mgMinutesLabel"><strong>Minutes:</strong></p>
      <p>The Democratic Services Officer presented the draft work programme for the municipal year.</p>
""" + decision(["That the work programme for 2025/26 be agreed, with the addition of an item on hospital discharge delays in January 2026."])))

    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes for Adults and Health Scrutiny Committee on Tuesday, 17th June, 2025, 10.00 am - Wrenfield Council</title>
<link rel="stylesheet" href="/css/wrenfield-democracy.css">
</head>
<body class="mgPageBody">
<header class="wc-header"><a href="/">Wrenfield Council</a> <nav><a href="/mgListCommittees.aspx">Committees</a> | <a href="/mgCalendarMonthView.aspx">Meetings calendar</a> | <a href="/mgMemberIndex.aspx">Councillors</a></nav></header>
<main id="mgMain">
  <h1 class="mgMainTitleTxt">Minutes</h1>
  <p class="mgSubTitleTxt">Adults and Health Scrutiny Committee<br>
  Tuesday, 17th June, 2025 10.00 am<br>
  Venue: Council Chamber, Wrenfield Civic Centre, Bridge Street, Wrenfield WF1 2AB</p>
  <p class="mgContactTxt">Contact: Lewis Tranter, Democratic Services Officer</p>
  <div class="mgAttendanceBlock">
    <h2 class="mgSectionTitle">Attendance</h2>
    <p class="mgColHead">Attendee | Role | Attendance</p>
    <ul class="mgAttendanceList">
{att_html}
    </ul>
  </div>
  <div class="mgItemsBlock">
    <h2 class="mgSectionTitle">Items</h2>
{''.join(items)}
  </div>
  <p class="mgFooterTxt">The meeting commenced at 10.00 am and closed at 12.41 pm.</p>
</main>
<footer class="wc-footer">&copy; Wrenfield Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
    write(D1, doc)
    SOURCES[D1] = html_text(doc)

    it = "5"
    questions = [
        Q("4", "question", "how will the Council make sure that unpaid carers are told in good time",
          "Mrs Eileen Shard, Wrenfield Carers’ Network",
          "receive a letter and a phone call at least six weeks before the transfer date",
          "Cabinet Member for Adult Social Care and Health", ["adult-social-care", "subcontracting"]),
        Q("4", "question", "Will carers who do not have consent recorded on the system be contacted separately",
          "Mrs Eileen Shard",
          "confirmed that social workers would seek consent during the summer reviews",
          "Cabinet Member for Adult Social Care and Health", ["adult-social-care"]),
        Q(it, "question", "How many people currently receiving home care would have to move to a different provider",
          "Cllr Osei",
          "most transfers would be staggered over twelve weeks and the outgoing providers",
          "Director of Adult Social Services", ["adult-social-care", "subcontracting"]),
        Q(it, "question", "Was the new hourly rate high enough for providers to pay care workers",
          "Cllr Pyke",
          "payment of it was now a contract condition that would be tested",
          "Director of Adult Social Services", ["adult-social-care", "workforce", "subcontracting", "finance"]),
        Q(it, "question", "What proportion of the winning bidders were private equity owned",
          "Cllr Lowther",
          "an in-house option had been appraised in 2024 but was not affordable",
          "Director of Adult Social Services", ["adult-social-care", "privatisation", "subcontracting", "finance"]),
        Q(it, "comment", "some villages had no provider willing to take on packages at all",
          "Cllr Ansty", None, None, ["adult-social-care"]),
        Q("6", "question", "Why had uptake of the childhood MMR vaccination fallen in the town centre wards",
          "Cllr Lakhani",
          "working with community champions and two GP practices to run pop-up clinics",
          "Director of Public Health", ["public-health", "children-and-families"]),
        Q("6", "question", "Given the cut to the public health grant in real terms, which prevention programmes",
          "Cllr Marchbank",
          "the stop smoking service and the weight management offer would be recommissioned together",
          "Director of Public Health", ["public-health", "finance", "subcontracting"]),
        Q("6", "question", "measuring whether the health inequalities action plan was actually making a difference",
          "Cllr Osei",
          "A set of twelve indicators would be reported to the Health and Wellbeing Board",
          "Director of Public Health", ["public-health"]),
        Q("7", "question", "How long were adults now waiting between referral and a first appointment",
          "Cllr Pyke",
          "The median wait was now five weeks against a target of four",
          "Associate Director of Commissioning, ICB", ["mental-health", "workforce"]),
        Q("7", "question", "Had people with lived experience been involved in designing the hubs",
          "Cllr Lowther",
          "A lived experience panel of fourteen people had co-designed the hub model",
          "Associate Director of Commissioning, ICB", ["mental-health", "patient-and-public-input"]),
        Q("7", "question", "Would the voluntary sector partners running the hub cafés have their funding confirmed",
          "Cllr Marchbank",
          "the ICB could not yet confirm funding beyond March 2026",
          "Associate Director of Commissioning, ICB", ["mental-health", "finance", "subcontracting"]),
    ]
    resolutions = [
        R("3", "minutes of the meeting held on 8 April 2025 be approved as a correct record", "agreed", []),
        R("5", "That a further report on provider capacity in rural areas be brought", "agreed",
          ["adult-social-care", "subcontracting"]),
        R("6", "That the Director of Public Health’s Annual Report 2024/25 be noted", "noted", ["public-health"]),
        R("7", "recommends to the ICB Board that funding for the voluntary sector hub partners", "recommended",
          ["mental-health", "finance", "subcontracting"]),
        R("8", "with the addition of an item on hospital discharge delays in January 2026", "agreed",
          ["adult-social-care"]),
    ]
    GOLDS[D1[:-5] + ".json"] = {
        "document": D1, "doc_type": "minutes", "committee": "Adults and Health Scrutiny Committee",
        "meeting_date": "2025-06-17",
        "items": [
            {"number": "1", "title": "Apologies for Absence and Notification of Substitutes"},
            {"number": "2", "title": "Declarations of Interest"},
            {"number": "3", "title": "Minutes of the Previous Meeting"},
            {"number": "4", "title": "Public Questions"},
            {"number": "5", "title": "Home Care Recommissioning – Outcome of Procurement"},
            {"number": "6", "title": "Director of Public Health Annual Report 2024/25"},
            {"number": "7", "title": "NHS Wrenfield and Aldmoor ICB – Community Mental Health Transformation"},
            {"number": "8", "title": "Work Programme 2025/26"},
        ],
        "questions": questions, "resolutions": resolutions,
        "attendees": [A(n, r, s.lower().replace(" ", "_")) for n, r, s in attendance],
    }


# ---------------------------------------------------------------------------
# Document 2: borough Health Scrutiny Sub-Committee PDF (fpdf2)
# ---------------------------------------------------------------------------
D2 = "av-hallambrook-health-scrutiny-sub-committee-2025-09-23.pdf"

HYPH = {
    "performance": "perfor", "ambulance": "ambu", "handover": "hand", "Foundation": "Foun",
    "commissioning": "commis", "consultation": "consul", "recommended": "recom",
    "registered": "regis", "international": "inter", "recruitment": "recruit",
    "arrangements": "arrange", "particularly": "particu", "Healthwatch": "Health",
    "pharmacy": "phar", "practice": "prac", "reassurance": "reassur", "sponsorship": "sponsor",
    "accommodation": "accommo", "emergency": "emer", "significant": "signifi",
    "department": "depart", "transport": "trans", "substitute": "substi", "discharge": "dis",
    "improvement": "improve", "Committee": "Commit", "patients": "pa", "Councillor": "Coun",
}


def hy(text):
    def rep(m):
        w = m.group(0)
        for k, pre in HYPH.items():
            if w.lower().startswith(k.lower()) and len(w) >= len(k):
                return w[:len(pre)] + SHY + w[len(pre):]
        return w
    return re.sub(r"[A-Za-z]+", rep, text)


def doc2():
    from fpdf import FPDF
    CNAME = "Hallambrook Borough Council"
    CTTE = "Health Scrutiny Sub-Committee"
    DATE = "Tuesday 23 September 2025"

    class PDF(FPDF):
        def header(self):
            self.set_font("dv", "", 8)
            self.set_text_color(80)
            self.cell(95, 5, CNAME, align="L")
            self.cell(0, 5, f"{CTTE} – {DATE}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-16)
            self.set_font("dv", "", 8)
            self.set_text_color(80)
            self.cell(60, 5, "Chair's initials ..............", align="L")
            self.cell(50, 5, f"Page {self.page_no()}", align="C")
            self.cell(0, 5, "HSSC 23.09.25", align="R")
            self.set_text_color(0)

    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.add_font("dv", "I", FONTI)
    pdf.set_creation_date(datetime(2025, 9, 30, 9, 0, tzinfo=timezone.utc))
    pdf.set_title("Minutes - Health Scrutiny Sub-Committee - 23 September 2025")
    pdf.set_author("Democratic Services")
    src = []

    def para(text, style="", size=10.5, align="J", gap=2.5):
        src.append(text)
        pdf.set_font("dv", style, size)
        pdf.multi_cell(0, 5.2, hy(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def heading(num, title, agenda):
        src.append(f"{num}. {title} (Agenda item {agenda})")
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(1.5)
        pdf.set_font("dv", "B", 11)
        pdf.cell(10, 6, f"{num}.")
        w = pdf.get_string_width(title) + 2
        pdf.cell(w, 6, title)
        pdf.set_font("dv", "", 10)
        pdf.cell(0, 6, f"(Agenda item {agenda})", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def resolved(lead, clauses):
        src.append("RESOLVED – " + lead + " " + " ".join(f"({l}) {c}" for l, c in clauses))
        pdf.set_font("dv", "B", 10.5)
        pdf.cell(28, 5.2, "RESOLVED –")
        pdf.set_font("dv", "", 10.5)
        if lead:
            pdf.multi_cell(0, 5.2, hy(lead), align="J", new_x="LMARGIN", new_y="NEXT")
        for l, c in clauses:
            pdf.set_x(48)
            pdf.cell(9, 5.2, f"({l})")
            pdf.multi_cell(0, 5.2, hy(c), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(2)

    pdf.add_page()
    pdf.set_font("dv", "B", 15)
    pdf.cell(0, 8, CNAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, CTTE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10.5)
    line = ("MINUTES of the meeting of the Health Scrutiny Sub-Committee held in Committee Room 2, "
            "Town Hall, Market Square, Hallambrook on Tuesday 23 September 2025 at 7.00 pm")
    src.append(line)
    pdf.multi_cell(0, 5.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    present = ["Councillor R. Aske (Chair)", "Councillor P. Vint (Vice-Chair)", "Councillor S. Bhatti",
               "Councillor G. Crewe", "Councillor H. Duggan", "Councillor M. Ellery",
               "Councillor W. Fairbanks", "Councillor T. Jessop (substitute for Councillor Ingham)"]
    apologies = ["Councillor K. Holt", "Councillor D. Ingham"]
    top = pdf.get_y()
    pdf.set_font("dv", "B", 10.5)
    pdf.set_xy(20, top)
    pdf.cell(80, 6, "Present:")
    pdf.set_xy(110, top)
    pdf.cell(80, 6, "Apologies for absence:")
    pdf.set_font("dv", "", 10.5)
    y = top + 6
    for p in present:
        pdf.set_xy(20, y)
        pdf.cell(85, 5.2, p)
        y += 5.2
    y2 = top + 6
    for a in apologies:
        pdf.set_xy(110, y2)
        pdf.cell(80, 5.2, a)
        y2 += 5.2
    src.append("Present: " + "; ".join(present) + " Apologies for absence: " + "; ".join(apologies))
    pdf.set_xy(20, max(y, y2) + 4)
    also = ("Also present: Councillor L. Kerridge (Cabinet Member for Health and Wellbeing); "
            "Ms J. Okafor (Chief Operating Officer, Hallambrook and District Hospitals NHS Foundation Trust); "
            "Mr A. Penrose (Head of Primary Care Commissioning, NHS North Vale Integrated Care Board); "
            "Ms C. Dunmore (Engagement Lead, Healthwatch Hallambrook); "
            "Mr R. Sallis (Principal Scrutiny and Democratic Services Officer).")
    para(also, size=10)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(3)

    heading(1, "Apologies for Absence and Substitutes", 1)
    para("Apologies for absence were received from Councillors Holt and Ingham. Councillor Jessop "
         "attended as a substitute for Councillor Ingham.")
    heading(2, "Declarations of Interest", 2)
    para("Councillor Crewe declared a personal interest in minute 6 as she is employed as a practice "
         "nurse at a surgery within the North Vale primary care network. She took part in the debate "
         "and abstained on the amendment.")
    heading(3, "Minutes", 3)
    src_mark = len(src)
    resolved("That the minutes of the meeting held on 15 July 2025 be confirmed as a correct record "
             "and signed by the Chair.", [])
    heading(4, "Chair's Announcements", 4)
    para("The Chair reminded Members that the joint visit to the new urgent treatment centre would take "
         "place on 14 October 2025. There were no other announcements.")

    heading(5, "Urgent and Emergency Care Performance Update", 5)
    para("Ms Okafor, Chief Operating Officer of the Hallambrook and District Hospitals NHS Foundation Trust, "
         "presented the report on urgent and emergency care performance over the summer. Four-hour performance "
         "in the emergency department had improved to 71 per cent in August, against a national target of 78 per "
         "cent, and the number of patients waiting more than twelve hours had halved since March.")
    para("In answer to a query from Councillor Bhatti about ambulance handover delays at the front door, "
         "the Chief Operating Officer said that the average handover time was now 38 minutes and that a "
         "dedicated ambulance receiving area staffed by two nurses had opened in July. Councillor Vint "
         "sought reassurance that patients who were medically fit to leave were not remaining in beds for "
         "want of a care package; in reply, Ms Okafor said that on an average day 64 patients were waiting "
         "for discharge, of whom about half needed a package of home care or a care home placement arranged "
         "by the Council. Councillor Fairbanks asked whether the Trust was still paying for agency nurses "
         "to cover the emergency department rota, and was told that agency spend in the department had fallen "
         "by 40 per cent following a successful international recruitment campaign.")
    para("Councillor Ellery expressed concern that the car parking charges at the hospital had risen twice "
         "in a year and were a barrier for low-income families visiting relatives. The Chief Operating "
         "Officer agreed to take the concern back to the Trust's estates committee but pointed out that "
         "parking income funded the free evening shuttle bus.")
    resolved("", [
        ("a", "That the report on urgent and emergency care performance be noted."),
        ("b", "That the Trust be asked to provide monthly figures on delayed discharges to Members of the Sub-Committee until March 2026."),
        ("c", "That the Chief Operating Officer be thanked for her attendance and her candid answers."),
    ])

    heading(6, "Proposed Closure of the Millbrook Branch Surgery", 6)
    para("Mr Penrose, Head of Primary Care Commissioning at the ICB, introduced the report on the application "
         "by the Riverside Medical Partnership to close its Millbrook branch surgery and consolidate services "
         "at its main site two miles away. An eight-week patient consultation had produced 612 responses, 81 per "
         "cent of which opposed the closure. Ms Dunmore of Healthwatch Hallambrook summarised the concerns "
         "raised by residents at the two drop-in sessions.")
    para("In answer to a query from Councillor Duggan about public transport between Millbrook and the main "
         "surgery, the Head of Primary Care Commissioning said that the hourly bus service did not run after "
         "6 pm and that the practice had offered a volunteer car scheme for patients with mobility problems. "
         "Councillor Jessop sought reassurance that the pharmacy in Millbrook would remain open if the branch "
         "closed; in reply, Mr Penrose said that the pharmacy was independently owned and had told the ICB it "
         "intended to stay open, although its prescription income would fall. Councillor Crewe asked why the "
         "partnership could not recruit a salaried GP to keep the branch staffed two days a week.")
    para("Councillor Duggan moved and Councillor Ellery seconded an amendment that the Sub-Committee consider "
         "the proposed closure to be not in the interests of health services in the area and recommend to full "
         "Council that the matter be referred to the Secretary of State. A recorded vote was requested and "
         "taken on the amendment, as follows:")
    for t in ["For: Councillors Duggan, Ellery and Fairbanks (3)",
              "Against: Councillors Aske, Bhatti, Jessop, Vint (4)",
              "Abstain: Councillor Crewe (1)"]:
        para(t, align="L", gap=0.5)
    pdf.ln(1.5)
    para("On the votes being counted, the amendment therefore FELL.")
    resolved("", [
        ("a", "That the outcome of the consultation on the Millbrook branch surgery be noted."),
        ("b", "That the ICB be requested to make approval of the closure conditional on a funded transport scheme for Millbrook patients."),
        ("c", "That the Head of Primary Care Commissioning report back on the decision of the ICB's primary care committee."),
    ])

    heading(7, "Adult Social Care Workforce and International Recruitment", 7)
    para("The Cabinet Member for Health and Wellbeing, Councillor Kerridge, introduced the report on the adult "
         "social care workforce. Vacancy rates among independent care providers in the borough had fallen from 11 "
         "to 7 per cent, largely because of overseas care workers recruited under the health and care visa.")
    para("Councillor Fairbanks raised concern that some overseas workers had been charged unlawful "
         "recruitment fees by agencies and left in unsuitable shared accommodation. In answer to a query from "
         "Councillor Vint about what the Council could do when a provider lost its sponsorship licence, the "
         "Cabinet Member said that the Council had worked with the regional partnership to find new sponsors "
         "for 23 displaced workers this year and would write the requirement for an ethical recruitment pledge "
         "into its next care contracts. Councillor Bhatti asked whether the Council itself would consider "
         "bringing more home care in-house to give staff better terms and conditions; the Cabinet Member said "
         "that an options appraisal would be reported to Cabinet in the new year.")
    resolved("", [
        ("a", "That the report on the adult social care workforce be noted."),
        ("b", "That it be recommended to Cabinet that an ethical recruitment pledge be made a condition of all new care contracts."),
        ("c", "That the options appraisal on in-house home care be brought to the Sub-Committee before it is considered by Cabinet."),
    ])

    heading(8, "Work Programme", 8)
    para("The Principal Scrutiny and Democratic Services Officer presented the work programme. Councillor "
         "Fairbanks requested that NHS dental access for children be added as a matter of urgency.")
    resolved("That the work programme be agreed with the addition of a session on NHS dental access in "
             "January 2026.", [])
    para("The meeting closed at 9.27 pm.", style="I")
    para("Chair ..................................................        Date ..............................",
         align="L")

    path = os.path.join(DOCS, D2)
    pdf.output(path)
    SOURCES[D2] = "\n".join(src)

    questions = [
        Q("5", "question", "a query from Councillor Bhatti about ambulance handover delays at the front door",
          "Councillor Bhatti",
          "a dedicated ambulance receiving area staffed by two nurses had opened in July",
          "Chief Operating Officer", []),
        Q("5", "concern", "sought reassurance that patients who were medically fit to leave were not remaining in beds",
          "Councillor Vint",
          "about half needed a package of home care or a care home placement",
          "Ms Okafor", ["adult-social-care"]),
        Q("5", "question", "asked whether the Trust was still paying for agency nurses",
          "Councillor Fairbanks",
          "agency spend in the department had fallen by 40 per cent",
          None, ["workforce", "finance"]),
        Q("5", "concern", "the car parking charges at the hospital had risen twice in a year",
          "Councillor Ellery",
          "agreed to take the concern back to the Trust's estates committee",
          "Chief Operating Officer", ["finance"]),
        Q("6", "question", "a query from Councillor Duggan about public transport between Millbrook and the main surgery",
          "Councillor Duggan",
          "the hourly bus service did not run after 6 pm",
          "Head of Primary Care Commissioning", ["primary-care"]),
        Q("6", "concern", "sought reassurance that the pharmacy in Millbrook would remain open if the branch closed",
          "Councillor Jessop",
          "the pharmacy was independently owned and had told the ICB it intended to stay open",
          "Mr Penrose", ["primary-care"]),
        Q("6", "question", "asked why the partnership could not recruit a salaried GP",
          "Councillor Crewe", None, None, ["primary-care", "workforce"]),
        Q("7", "concern", "some overseas workers had been charged unlawful recruitment fees by agencies",
          "Councillor Fairbanks", None, None, ["adult-social-care", "workforce", "housing"]),
        Q("7", "question", "what the Council could do when a provider lost its sponsorship licence",
          "Councillor Vint",
          "find new sponsors for 23 displaced workers this year",
          "Cabinet Member", ["adult-social-care", "workforce", "subcontracting"]),
        Q("7", "question", "bringing more home care in-house to give staff better terms and conditions",
          "Councillor Bhatti",
          "an options appraisal would be reported to Cabinet in the new year",
          "Cabinet Member", ["adult-social-care", "privatisation", "workforce"]),
        Q("8", "request", "requested that NHS dental access for children be added as a matter of urgency",
          "Councillor Fairbanks", None, None, ["primary-care", "children-and-families", "governance"]),
    ]
    resolutions = [
        R("3", "minutes of the meeting held on 15 July 2025 be confirmed as a correct record", "agreed", []),
        R("5", "monthly figures on delayed discharges to Members of the Sub-Committee", "agreed",
          ["adult-social-care"]),
        R("6", "On the votes being counted, the amendment therefore FELL", "rejected", ["primary-care", "governance"]),
        R("6", "make approval of the closure conditional on a funded transport scheme", "agreed",
          ["primary-care"]),
        R("7", "recommended to Cabinet that an ethical recruitment pledge be made a condition", "recommended",
          ["adult-social-care", "workforce", "subcontracting"]),
        R("8", "work programme be agreed with the addition of a session on NHS dental access", "agreed",
          ["primary-care"]),
    ]
    att = []
    roles = {"Councillor R. Aske": "Chair", "Councillor P. Vint": "Vice-Chair",
             "Councillor T. Jessop": "substitute for Councillor Ingham"}
    for p in present:
        n = p.split(" (")[0]
        att.append(A(n, roles.get(n), "present"))
    for a in apologies:
        att.append(A(a, None, "apologies"))
    att += [
        A("Councillor L. Kerridge", "Cabinet Member for Health and Wellbeing", "in_attendance"),
        A("Ms J. Okafor", "Chief Operating Officer, Hallambrook and District Hospitals NHS Foundation Trust", "in_attendance"),
        A("Mr A. Penrose", "Head of Primary Care Commissioning, NHS North Vale Integrated Care Board", "in_attendance"),
        A("Ms C. Dunmore", "Engagement Lead, Healthwatch Hallambrook", "in_attendance"),
        A("Mr R. Sallis", "Principal Scrutiny and Democratic Services Officer", "in_attendance"),
    ]
    GOLDS[D2[:-4] + ".json"] = {
        "document": D2, "doc_type": "minutes", "committee": "Health Scrutiny Sub-Committee",
        "meeting_date": "2025-09-23",
        "items": [
            {"number": "1", "title": "Apologies for Absence and Substitutes"},
            {"number": "2", "title": "Declarations of Interest"},
            {"number": "3", "title": "Minutes"},
            {"number": "4", "title": "Chair's Announcements"},
            {"number": "5", "title": "Urgent and Emergency Care Performance Update"},
            {"number": "6", "title": "Proposed Closure of the Millbrook Branch Surgery"},
            {"number": "7", "title": "Adult Social Care Workforce and International Recruitment"},
            {"number": "8", "title": "Work Programme"},
        ],
        "questions": questions, "resolutions": resolutions, "attendees": att,
    }


# ---------------------------------------------------------------------------
# Document 3: newsroom round-up (not minutes)
# ---------------------------------------------------------------------------
D3 = "av-oakhurst-scrutiny-news-roundup-2025-10-03.html"


def doc3():
    doc = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8">
<title>Scrutiny round-up: care homes, dentistry and young people's mental health | Oakhurst City Council Newsroom</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-10-03T09:30:00+01:00">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Oakhurst City Council</a>
<nav><a href="/news">Newsroom</a> <a href="/news/press-releases">Press releases</a> <a href="/news/media-contacts">Media contacts</a></nav></header>
<main class="news-article">
<p class="breadcrumb"><a href="/">Home</a> › <a href="/news">Newsroom</a> › Scrutiny round-up</p>
<article>
<h1>Scrutiny round-up: care homes, dentistry and young people's mental health</h1>
<p class="meta">Published: Friday 3 October 2025 · Category: Council and democracy · 4 minute read</p>
<p class="standfirst">Three of the council's scrutiny committees met in the last fortnight. Here is what they looked at, what councillors asked and what happens next.</p>

<h2>Health and Care Scrutiny Committee – 23 September</h2>
<p>Councillors spent most of the meeting on the future of the council's two remaining in-house care homes, Larchfield and Bellwood, after a consultant's report suggested transferring them to an independent operator.</p>
<p>Councillors asked how residents and families would be consulted before any decision was made, and whether staff would keep their terms and conditions under a transfer.</p>
<p>"Nobody will be moved out of their home as part of this review, and we will be talking to every family face to face," said Councillor Nadia Prewett, Cabinet Member for Adult Social Care. "But we have to be honest that the homes need £6 million of work that we cannot fund on our own."</p>
<p>The committee agreed to hold an extra meeting in November to hear directly from residents, families and the trade unions before Cabinet takes a decision in the new year.</p>

<h2>Children and Young People Scrutiny Panel – 25 September</h2>
<p>The panel heard from Oakhurst Healthcare NHS Trust about waiting times for children's mental health services, where the average wait for a first assessment is currently 19 weeks.</p>
<p>Councillors asked what support was available for children while they waited, and pressed the Trust on how many school-based mental health practitioners were still vacant.</p>
<p>Dr Samuel Achebe, Clinical Director for Children's Services at the Trust, told the panel: "Nineteen weeks is too long and we know it. Our new single point of access should bring that down to twelve weeks by next summer."</p>
<p>Panel chair Councillor Yvonne Castell said: "We will keep coming back to this until families see a real difference."</p>

<h2>Place and Communities Scrutiny Committee – 30 September</h2>
<p>Councillors looked at access to NHS dentistry after residents told the council that no practice in the east of the city was taking new adult patients.</p>
<p>Representatives of the integrated care board explained that a new dental contract in Eastgate would open in the spring, with around 4,000 extra appointments a year.</p>
<p>Councillors asked whether urgent dental sessions could be offered from the Eastgate family hub in the meantime. The committee will write to the integrated care board setting out its concerns.</p>

<h2>Have your say</h2>
<p>All scrutiny meetings are open to the public and are webcast. Agendas, reports and the formal minutes are published on the council's democracy pages. The formal minutes are the official record of each meeting.</p>
<p class="contact">Media enquiries: press office, 01632 960 418.</p>
</article>
<aside class="related"><h2>Related news</h2><ul><li><a href="/news/winter-vaccines">Winter vaccines: book your appointment</a></li><li><a href="/news/budget-consultation">Budget consultation opens</a></li></ul></aside>
</main>
<footer class="site-footer">© Oakhurst City Council 2025</footer>
</body>
</html>
"""
    write(D3, doc)
    SOURCES[D3] = html_text(doc)
    GOLDS[D3[:-5] + ".json"] = {"document": D3, "doc_type": "news"}


# ---------------------------------------------------------------------------

def write(name, text):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def count(hay, needle):
    hay = " " + hay + " "
    needle = " " + needle + " "
    return hay.count(needle)


def check():
    ok = True
    for gname, g in GOLDS.items():
        doc = g["document"]
        if gname[:-5] != os.path.splitext(doc)[0]:
            print("BAD NAME", gname, doc)
            ok = False
        if not os.path.exists(os.path.join(DOCS, doc)):
            print("MISSING", doc)
            ok = False
        hay = norm(SOURCES[doc])
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = count(hay, norm(p))
            if c != 1 or not (6 <= n <= 15):
                print(f"{gname}: {kind} phrase {p!r}: {c} occurrences, {n} words")
                ok = False
        gp = os.path.join(GOLD, gname)
        if "--check" in sys.argv and (not os.path.exists(gp) or json.load(open(gp, encoding="utf-8")) != g):
            print("GOLD FILE OUT OF DATE", gname)
            ok = False
        print(f"{gname}: items={len(g.get('items', []))} questions={len(g.get('questions', []))} "
              f"resolutions={len(g.get('resolutions', []))} attendees={len(g.get('attendees', []))}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    doc1()
    doc2()
    doc3()
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    for gname, g in GOLDS.items():
        with open(os.path.join(GOLD, gname), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", len(GOLDS), "documents")


if __name__ == "__main__":
    main()
