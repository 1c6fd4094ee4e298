#!/usr/bin/env python3
"""Build the "cg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cg.py           build documents/cg-* and gold/cg-*.json
        build_cg.py --check   verify every gold phrase occurs once in its document
"""
import sys, os, re, json, html
from datetime import datetime, timezone
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 10, 20, 9, 0, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------- document 1 (PDF)
PDF1 = "cg-thornmere-hasc-poc-2025-10-14.pdf"
COMMITTEE1 = "Health and Adult Social Care Policy Overview Committee"
ATT1 = [
    ("Present:", "Councillors R Okafor (Chair), J Patel (Vice-Chair), S Whitlow, M Dunstan, H Byrne, "
     "A Kowalczyk and T Ferris (substituting for Councillor L Amos)."),
    ("Also present:", "Councillor D Greaves (Cabinet Member for Adult Social Care and Health); Sarah Linford "
     "(Director of Adult Services); Dr Kamal Hussein (Director of Public Health); Ellen Marsh (Head of "
     "Commissioning and Market Development, Adults); Peter Roscoe (Chief Operating Officer, Thornmere "
     "Community Health NHS Trust); Gemma Tate (Democratic Services Officer)."),
    ("Apologies:", "Councillors L Amos and K Redfern."),
]
HOC = "Head of Commissioning and Market Development"
ITEMS1 = [
    ("1", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillors L Amos and K Redfern. Councillor T Ferris "
              "attended as substitute for Councillor Amos."),
    ]),
    ("2", "Declarations of Interest", [
        ("p", "Councillor H Byrne declared a non-pecuniary interest in Item 5 as a close relative receives a "
              "home care package from one of the providers named in the report. She remained in the meeting "
              "and took part in the discussion."),
    ]),
    ("3", "Minutes of the Previous Meeting", [
        ("d", "The Committee agreed that the minutes of the meeting held on 9 September 2025 be approved as a "
              "correct record and signed by the Chair."),
    ]),
    ("4", "Adult Social Care Budget Monitoring – Month 5", [
        ("p", "The Cabinet Member for Adult Social Care and Health introduced the report, which forecast a net "
              "overspend of £3.1 million on the adult social care budget, mainly on purchased care for working-age "
              "adults with complex needs. The Director of Adult Services summarised the main pressures."),
        ("x", "Chair", "Asked whether the forecast overspend on purchased care could be contained within the year "
                       "without drawing on the Council's general reserves."),
        ("x", "Director of Adult Services", "Explained that a recovery plan was in place, including a review of "
              "every package costing more than £1,500 per week, but that it was unlikely the full gap would be "
              "closed before the end of March."),
        ("x", "Cllr Whitlow", "Expressed concern that the savings targets relied on reducing care hours for people "
              "who already had very limited support at home."),
        ("x", "Cabinet Member for Adult Social Care and Health", "Stated that no package would be reduced without "
              "a fresh assessment and that eligible needs would continue to be met in full."),
        ("x", "Cllr Dunstan", "Asked how much of the overspend was attributable to the rise in hourly rates paid "
              "to home care providers in April."),
        ("x", HOC, "Confirmed that roughly £900,000 of the pressure related to the April uplift, which had been "
              "necessary to keep providers in the local market."),
        ("d", "The Committee noted the month 5 forecast position for adult social care."),
    ]),
    ("5", "Home Care Recommissioning – Outcome of Procurement", [
        ("p", "The Head of Commissioning and Market Development presented the report, which set out the outcome "
              "of the tender for zoned home care across four geographic lots and the proposed award of contracts "
              "to five providers from 1 December 2025."),
        ("x", "Cllr Patel", "Asked whether any of the successful bidders were owned by private equity firms and, if "
              "so, what checks had been made on their financial resilience."),
        ("x", HOC, "Explained that two of the five providers had private equity backing and that both had passed "
              "an independent credit check and given parent company guarantees."),
        ("x", "Cllr Kowalczyk", "Asked whether the Council had considered bringing part of the service back in-house "
              "rather than relying solely on external providers."),
        ("x", "Director of Adult Services", "Confirmed that an options appraisal had been carried out last year; a "
              "small in-house reablement team would be retained, but a wholly in-house service was not affordable."),
        ("x", "Cllr Byrne", "Expressed concern that care workers moving to the new providers would not keep their "
              "existing terms and conditions."),
        ("x", HOC, "Explained that TUPE would apply where staff transferred between providers and that every "
              "contract required payment of at least the Real Living Wage."),
        ("x", "Cllr Ferris", "Requested that the Committee receive quarterly performance data on missed and late "
              "calls for each of the four lots."),
        ("x", "Chair", "Agreed that this would be added to the Committee's work programme."),
        ("d", "The Committee recommended to Cabinet that the zoned home care contracts be awarded to the five "
              "providers named in the report."),
    ]),
    ("6", "Community Health Services – Waiting Times and Workforce", [
        ("p", "The Chief Operating Officer of Thornmere Community Health NHS Trust gave a presentation on waiting "
              "times for community services and the Trust's workforce position."),
        ("x", "Cllr Whitlow", "Asked why waiting times for community podiatry and musculoskeletal physiotherapy had "
              "risen again since the spring."),
        ("x", "Chief Operating Officer", "Explained that vacancies among band 6 physiotherapists had reached 22 per "
              "cent and that agency cover had been restricted by the integrated care board."),
        ("x", "Cllr Dunstan", "Asked what the Trust was doing to recruit and retain community nurses in the rural "
              "west of the borough."),
        ("x", "Chief Operating Officer", "Confirmed that a rural allowance and a shared apprenticeship scheme with "
              "the University of Thornmere would be introduced from January."),
        ("x", "Cllr Patel", "Expressed concern that patients had not been consulted on the proposal to move podiatry "
              "clinics from three health centres to the Riverside hub."),
        ("x", "Chief Operating Officer", "Stated that a six-week engagement exercise would begin in November, with "
              "drop-in sessions at each of the affected sites."),
        ("d", "The Committee noted the update and asked the Trust to report back on the outcome of the podiatry "
              "engagement exercise in March 2026."),
    ]),
    ("7", "Public Health: Stop Smoking and Vaping Service", [
        ("p", "The Director of Public Health introduced the report on the stop smoking service, which had been "
              "recommissioned from April 2025 and now offered support to young people who vape."),
        ("x", "Cllr Kowalczyk", "Asked how the service was reaching smokers in the most deprived wards, where quit "
              "rates had historically been lowest."),
        ("x", "Director of Public Health", "Explained that outreach workers now attended food banks, job centres and "
              "community pharmacies in those wards each week."),
        ("x", "Cllr Ferris", "Commented that the new service in secondary schools was welcome but that parents also "
              "needed clear advice about vaping."),
        ("x", "Chair", "Asked whether the national smoking cessation grant would continue beyond March 2026."),
        ("x", "Director of Public Health", "Confirmed that the grant had been confirmed for one further year only and "
              "that longer-term funding remained uncertain."),
        ("d", "The Committee noted the report and thanked the Director of Public Health and his team for their work."),
    ]),
    ("8", "Work Programme 2025/26", [
        ("p", "The Democratic Services Officer presented the work programme."),
        ("d", "The Committee agreed its work programme for 2025/26, subject to the addition of quarterly home care "
              "performance data."),
    ]),
]


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Thornmere Borough Council", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, COMMITTEE1 + " – 14 October 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Chair's initials ..........", align="R")


def build_pdf1():
    pdf = MinutesPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - " + COMMITTEE1 + " - 14 October 2025")
    pdf.set_author("Thornmere Borough Council")
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 40
    src = []
    pdf.set_font("DejaVu", "B", 13)
    for line in ["THORNMERE BOROUGH COUNCIL", COMMITTEE1.upper()]:
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT"); src.append(line)
    pdf.set_font("DejaVu", "", 10)
    t = "Minutes of the meeting held on Tuesday 14 October 2025 at 7.00 pm in Committee Room 2, Civic Centre, Thornmere"
    pdf.multi_cell(0, 5, t, align="C", new_x="LMARGIN", new_y="NEXT"); src.append(t)
    pdf.ln(4)
    for lab, txt in ATT1:
        pdf.set_font("DejaVu", "B", 10)
        pdf.write(5, lab + " ")
        pdf.set_font("DejaVu", "", 10)
        pdf.write(5, txt)
        pdf.ln(7)
        src.append(lab + " " + txt)
    pdf.ln(2)
    LW, GAP = 44, 4
    RW = W - LW - GAP
    for num, title, blocks in ITEMS1:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 11)
        head = f"Item {num}: {title}"
        pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT"); src.append(head)
        pdf.ln(1)
        for b in blocks:
            if b[0] == "p":
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5, b[1], align="J", new_x="LMARGIN", new_y="NEXT"); src.append(b[1])
                pdf.ln(2)
            elif b[0] == "x":
                spk, txt = b[1], b[2]
                pdf.set_font("DejaVu", "", 10)
                nl = len(pdf.multi_cell(RW, 5, txt, dry_run=True, output="LINES"))
                pdf.set_font("DejaVu", "B", 10)
                ns = len(pdf.multi_cell(LW, 5, spk, dry_run=True, output="LINES"))
                if pdf.get_y() + 5 * max(nl, ns) > pdf.h - 22:
                    pdf.add_page()
                y0 = pdf.get_y()
                pdf.set_xy(pdf.l_margin, y0)
                pdf.multi_cell(LW, 5, spk, align="L")
                y1 = pdf.get_y()
                pdf.set_font("DejaVu", "", 10)
                pdf.set_xy(pdf.l_margin + LW + GAP, y0)
                pdf.multi_cell(RW, 5, txt, align="J")
                y2 = pdf.get_y()
                pdf.set_xy(pdf.l_margin, max(y1, y2) + 2)
                src.append(spk + " " + txt)
            elif b[0] == "d":
                pdf.set_font("DejaVu", "B", 10)
                pdf.write(5, "Decision: ")
                pdf.set_font("DejaVu", "", 10)
                pdf.write(5, b[1])
                pdf.ln(7)
                src.append("Decision: " + b[1])
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10)
    end = "The meeting closed at 9.12 pm."
    pdf.cell(0, 5, end, new_x="LMARGIN", new_y="NEXT"); src.append(end)
    pdf.ln(8)
    pdf.cell(0, 5, "Chair ................................................   Date ....................")
    pdf.output(os.path.join(DOCS, PDF1))
    return "\n".join(src)


def q(item, kind, text, by, ans, giver, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans, "given_by": giver,
            "themes": themes}


GOLD1 = {
    "document": PDF1, "doc_type": "minutes", "committee": COMMITTEE1, "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS1],
    "questions": [
        q("4", "question", "could be contained within the year without drawing on the Council's general reserves",
          "Chair", "a recovery plan was in place, including a review of every package", "Director of Adult Services",
          ["finance", "adult-social-care"]),
        q("4", "concern", "the savings targets relied on reducing care hours for people who already had",
          "Cllr Whitlow", "no package would be reduced without a fresh assessment",
          "Cabinet Member for Adult Social Care and Health", ["finance", "adult-social-care"]),
        q("4", "question", "how much of the overspend was attributable to the rise in hourly rates",
          "Cllr Dunstan", "roughly £900,000 of the pressure related to the April uplift", HOC,
          ["finance", "adult-social-care", "subcontracting"]),
        q("5", "question", "any of the successful bidders were owned by private equity firms",
          "Cllr Patel", "two of the five providers had private equity backing", HOC,
          ["privatisation", "subcontracting", "finance", "adult-social-care"]),
        q("5", "question", "considered bringing part of the service back in-house rather than relying solely",
          "Cllr Kowalczyk", "a wholly in-house service was not affordable", "Director of Adult Services",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("5", "concern", "care workers moving to the new providers would not keep their existing terms",
          "Cllr Byrne", "TUPE would apply where staff transferred between providers", HOC,
          ["workforce", "subcontracting", "adult-social-care"]),
        q("5", "request", "receive quarterly performance data on missed and late calls for each",
          "Cllr Ferris", "Agreed that this would be added to the Committee's work programme", "Chair",
          ["subcontracting", "adult-social-care", "governance"]),
        q("6", "question", "waiting times for community podiatry and musculoskeletal physiotherapy had risen again",
          "Cllr Whitlow", "vacancies among band 6 physiotherapists had reached 22 per cent",
          "Chief Operating Officer", ["workforce"]),
        q("6", "question", "doing to recruit and retain community nurses in the rural west",
          "Cllr Dunstan", "a rural allowance and a shared apprenticeship scheme with the University",
          "Chief Operating Officer", ["workforce"]),
        q("6", "concern", "patients had not been consulted on the proposal to move podiatry clinics",
          "Cllr Patel", "a six-week engagement exercise would begin in November", "Chief Operating Officer",
          ["patient-and-public-input"]),
        q("7", "question", "how the service was reaching smokers in the most deprived wards",
          "Cllr Kowalczyk", "outreach workers now attended food banks, job centres and community pharmacies",
          "Director of Public Health", ["public-health"]),
        q("7", "comment", "the new service in secondary schools was welcome but that parents",
          "Cllr Ferris", None, None, ["public-health", "children-and-families"]),
        q("7", "question", "whether the national smoking cessation grant would continue beyond March 2026",
          "Chair", "the grant had been confirmed for one further year only", "Director of Public Health",
          ["public-health", "finance"]),
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 9 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "The Committee noted the month 5 forecast position for adult social care",
         "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "5", "text": "recommended to Cabinet that the zoned home care contracts be awarded",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "6", "text": "asked the Trust to report back on the outcome of the podiatry engagement exercise",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "7", "text": "thanked the Director of Public Health and his team for their work",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "8", "text": "The Committee agreed its work programme for 2025/26, subject to the addition",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "R Okafor", "role": "Chair", "attendance": "present"},
        {"name": "J Patel", "role": "Vice-Chair", "attendance": "present"},
        {"name": "S Whitlow", "role": None, "attendance": "present"},
        {"name": "M Dunstan", "role": None, "attendance": "present"},
        {"name": "H Byrne", "role": None, "attendance": "present"},
        {"name": "A Kowalczyk", "role": None, "attendance": "present"},
        {"name": "T Ferris", "role": "substituting for Councillor L Amos", "attendance": "present"},
        {"name": "D Greaves", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Sarah Linford", "role": "Director of Adult Services", "attendance": "in_attendance"},
        {"name": "Dr Kamal Hussein", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Ellen Marsh", "role": "Head of Commissioning and Market Development, Adults", "attendance": "in_attendance"},
        {"name": "Peter Roscoe", "role": "Chief Operating Officer, Thornmere Community Health NHS Trust", "attendance": "in_attendance"},
        {"name": "Gemma Tate", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "L Amos", "role": None, "attendance": "apologies"},
        {"name": "K Redfern", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2 (HTML)
HTML2 = "cg-caldermoor-members-questions-2025-11-20.html"
CM_ASC = "the Cabinet Member for Adult Social Care"
QS2 = [
    (1, "Councillor Aisha Rahman", CM_ASC,
     "How many people are currently waiting for a Care Act assessment, and what is the longest time anyone on "
     "the list has waited?",
     "As at 31 October 2025, 412 people were awaiting an assessment. The longest wait was 147 days, for a person "
     "whose needs had been screened as low risk and who was contacted fortnightly while waiting.",
     "Will the Cabinet Member commit to publishing the assessment waiting list figures every month on the "
     "Council’s website?",
     "I am happy to publish the figures quarterly, alongside our other adult social care performance indicators, "
     "from April."),
    (2, "Councillor Owen Blake", CM_ASC,
     "Can the Cabinet Member confirm whether the Council intends to sell or transfer Elmfield House care home to a "
     "private operator?",
     "No decision has been taken. Officers are reviewing the future of our three in-house care homes and any "
     "proposal would be subject to full consultation with residents, families and staff.", None, None),
    (3, "Councillor Priya Nandra", "the Cabinet Member for Health and Wellbeing",
     "What assessment has been made of the impact of the integrated care board’s proposed reductions in community "
     "mental health grants on voluntary organisations in Caldermoor?",
     "The ICB has told us that its grant reductions will total £640,000 across the county. We have asked for an "
     "equality impact assessment and raised our concerns formally at the Health and Wellbeing Board.",
     "Will the Cabinet Member write to the ICB chief executive asking for the reductions to be paused until that "
     "assessment is complete?",
     "Yes. I will write this week and share the reply with all members of the Council."),
    (4, "Councillor Tom Aldridge", "the Cabinet Member for Finance and Resources",
     "What was the total value of spending on agency social workers across adults’ and children’s services in "
     "2024/25?",
     "Total agency spend on social workers in 2024/25 was £6.8 million, of which £4.9 million was in children’s "
     "services. Our recruitment and retention strategy aims to halve this figure by 2027.", None, None),
    (5, "Councillor Aisha Rahman", "the Cabinet Member for Housing",
     "How many households with a disabled member are living in temporary accommodation that does not meet their "
     "access needs?",
     "Twenty-three households are currently placed in accommodation that is not fully accessible. Each has a "
     "named housing officer and is prioritised for the next suitable offer.", None, None),
    (6, "Councillor Helen Osei", "the Cabinet Member for Children’s Services",
     "How many children in care are placed more than twenty miles from Caldermoor, and how many of those "
     "placements are with private providers?",
     "Of 318 children in care, 71 are placed more than twenty miles away; 58 of those placements are with "
     "independent or private providers.",
     "What is the average weekly cost of those private placements compared with our own foster carers?",
     "The average weekly cost of an external residential placement is around £6,200, compared with about £540 "
     "for an in-house foster placement."),
    (7, "Councillor Owen Blake", CM_ASC,
     "Will the Cabinet Member explain how carers’ views were taken into account in drafting the new carers’ "
     "strategy?",
     "More than 600 carers responded to our survey, and a carers’ reference group co-produced the action plan "
     "with officers over five workshops.", None, None),
]


def cap(s):
    return s[0].upper() + s[1:]


def build_html2():
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           "<title>Members’ questions and answers – Council, 20 November 2025 | Caldermoor Council</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:2em auto;color:#222}"
           ".mq-entry{border-top:1px solid #ccc;padding:.6em 0}.mq-label{font-weight:bold}"
           ".breadcrumb{font-size:.85em}.meta{color:#555}</style>",
           "</head>", "<body>",
           '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; '
           '<a href="/council/meetings">Meetings</a> &gt; Council 20 November 2025</nav>',
           "<main>", "<h1>Council – Thursday 20 November 2025</h1>",
           "<h2>Members’ questions to Cabinet Members and written answers</h2>",
           '<p class="meta">Published 27 November 2025</p>',
           "<p>Under Council Procedure Rule 11, members may submit written questions to the Leader or a Cabinet "
           "Member. The answers below were published before the meeting. Where the questioner put a supplementary "
           "question at the meeting, the question and the answer given are also recorded. Supplementary answers "
           "are a summary and not a verbatim record.</p>"]
    for n, who, to, qq, ans, sq, sa in QS2:
        out.append(f'<div class="mq-entry" id="q{n}">')
        out.append(f"<h3>Question {n} from {e(who)} to {e(to)}</h3>")
        out.append(f"<p>{e(qq)}</p>")
        out.append('<p class="mq-label">Answer:</p>')
        out.append(f"<p>{e(ans)}</p>")
        if sq:
            out.append(f'<p><span class="mq-label">Supplementary question:</span> {e(sq)}</p>')
            out.append(f'<p><span class="mq-label">Answer to supplementary:</span> {e(sa)}</p>')
        out.append("</div>")
    out += ["<p>Question 8, from Councillor Tom Aldridge, was withdrawn before the meeting.</p>",
            "</main>", "<footer><p>Caldermoor Council, Town Hall, Market Street, Caldermoor</p></footer>",
            "</body>", "</html>"]
    text = "\n".join(out) + "\n"
    with open(os.path.join(DOCS, HTML2), "w", encoding="utf-8") as f:
        f.write(text)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def qq(kind, text, by, ans, giver, themes):
    return q(None, kind, text, by, ans, giver, themes)


ASC = "Cabinet Member for Adult Social Care"
GOLD2 = {
    "document": HTML2, "doc_type": "questions", "committee": "Council", "meeting_date": "2025-11-20",
    "items": [],
    "questions": [
        qq("question", "waiting for a Care Act assessment, and what is the longest time",
           "Councillor Aisha Rahman", "412 people were awaiting an assessment", ASC, ["adult-social-care"]),
        qq("question", "commit to publishing the assessment waiting list figures every month",
           "Councillor Aisha Rahman", "I am happy to publish the figures quarterly", ASC,
           ["adult-social-care", "governance"]),
        qq("question", "sell or transfer Elmfield House care home to a private operator",
           "Councillor Owen Blake", "any proposal would be subject to full consultation with residents, families and staff",
           ASC, ["privatisation", "adult-social-care", "patient-and-public-input"]),
        qq("question", "proposed reductions in community mental health grants on voluntary organisations",
           "Councillor Priya Nandra", "its grant reductions will total £640,000 across the county",
           "Cabinet Member for Health and Wellbeing", ["mental-health", "finance", "subcontracting"]),
        qq("request", "write to the ICB chief executive asking for the reductions to be paused",
           "Councillor Priya Nandra", "I will write this week and share the reply with all members",
           "Cabinet Member for Health and Wellbeing", ["mental-health", "finance"]),
        qq("question", "total value of spending on agency social workers across adults",
           "Councillor Tom Aldridge", "Total agency spend on social workers in 2024/25 was £6.8 million",
           "Cabinet Member for Finance and Resources", ["workforce", "finance"]),
        qq("question", "households with a disabled member are living in temporary accommodation",
           "Councillor Aisha Rahman", "Twenty-three households are currently placed in accommodation that is not fully accessible",
           "Cabinet Member for Housing", ["housing"]),
        qq("question", "children in care are placed more than twenty miles from Caldermoor",
           "Councillor Helen Osei", "71 are placed more than twenty miles away", "Cabinet Member for Children’s Services",
           ["children-and-families", "privatisation"]),
        qq("question", "average weekly cost of those private placements compared with our own foster carers",
           "Councillor Helen Osei", "an external residential placement is around £6,200",
           "Cabinet Member for Children’s Services", ["children-and-families", "finance", "privatisation"]),
        qq("question", "how carers’ views were taken into account in drafting the new",
           "Councillor Owen Blake", "More than 600 carers responded to our survey", ASC,
           ["adult-social-care", "patient-and-public-input"]),
    ],
    "resolutions": [],
    "attendees": [],
}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u00ad", "")
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def count(hay, needle):
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def check(gold, source):
    src = norm(source)
    bad = 0
    phrases = []
    for r in gold["questions"]:
        phrases.append(("question", r["text"]))
        if r["answer"]:
            phrases.append(("answer", r["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = count(src, norm(p))
        wc = len(p.split())
        if n != 1 or not (6 <= wc <= 15):
            bad += 1
            print(f"  FAIL [{gold['document']}] {kind}: {p!r} occurrences={n} words={wc}")
    print(f"{gold['document']}: {len(phrases)} phrases checked, {bad} failures")
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    s1 = build_pdf1()
    s2 = build_html2()
    for g in (GOLD1, GOLD2):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if "--check" in sys.argv:
        bad = check(GOLD1, s1) + check(GOLD2, s2)
        # also check against text extracted from the built PDF (two-column layout)
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF1)) as pdf:
            ext = "\n".join(p.extract_text() or "" for p in pdf.pages)
        print("extracted-PDF-text check (informational):")
        check(GOLD1, ext)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
