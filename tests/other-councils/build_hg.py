#!/usr/bin/env python3
"""Build the "hg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hg.py           build documents/hg-* and gold/hg-*.json
        build_hg.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans"
FIXED = datetime.datetime(2025, 9, 18, 9, 30, 0, tzinfo=datetime.timezone.utc)

COUNCIL = "Wreakdale County Council"


class Doc(FPDF):
    def __init__(self, header_text, footer_left):
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_left = footer_left
        self.add_font("S", "", FONT + ".ttf")
        self.add_font("S", "B", FONT + "-Bold.ttf")
        self.add_font("S", "I", FONT + "-Oblique.ttf")
        self.set_margins(25, 22, 22)
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED)
        self.set_producer("Wreakdale Democratic Services")
        self.y_pos = 0
        self.first = True

    def header(self):
        if self.page_no() > 1 and self.header_text:
            self.set_font("S", "", 8)
            self.set_xy(25, 10)
            self.cell(163, 4, self.header_text, align="R")
        self.y_pos = 22

    def footer(self):
        self.set_font("S", "", 8)
        self.set_xy(25, 284)
        self.cell(60, 4, self.footer_left)
        self.set_xy(25, 284)
        self.cell(163, 4, str(self.page_no()), align="C")
        if self.footer_left.startswith("Chairman"):
            pass

    # ---- simple justified layout with hyphenation ----
    BOTTOM = 276

    def need(self, h):
        if self.y_pos + h > self.BOTTOM:
            self.add_page()

    def lines_for(self, text, width, style, size):
        self.set_font("S", style, size)
        words = text.split()
        lines, cur = [], []
        sp = self.get_string_width(" ")
        def w(ws):
            return sum(self.get_string_width(x) for x in ws) + sp * max(0, len(ws) - 1)
        i = 0
        while i < len(words):
            word = words[i]
            if w(cur + [word]) <= width:
                cur.append(word)
                i += 1
                continue
            # try hyphenating
            split = None
            if word.isalpha() and len(word) >= 8:
                for k in range(len(word) - 3, 3, -1):
                    if w(cur + [word[:k] + "-"]) <= width:
                        split = k
                        break
            if split:
                cur.append(word[:split] + "-")
                lines.append(cur)
                cur = []
                words[i] = word[split:]
            else:
                lines.append(cur)
                cur = []
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, x=25, width=163, style="", size=10, lh=5.0, justify=True,
             label=None, label_w=0, after=2.5):
        lx = x
        x = x + label_w
        width = width - label_w
        lines = self.lines_for(text, width, style, size)
        first = True
        for n, ws in enumerate(lines):
            self.need(lh)
            self.set_font("S", style, size)
            base = self.y_pos + lh - 1.3
            if first and label:
                self.text(lx, base, label)
            first = False
            last = n == len(lines) - 1
            widths = [self.get_string_width(t) for t in ws]
            if justify and not last and len(ws) > 1:
                gap = (width - sum(widths)) / (len(ws) - 1)
            else:
                gap = self.get_string_width(" ")
            cx = x
            for t, tw in zip(ws, widths):
                self.text(cx, base, t)
                cx += tw + gap
            self.y_pos += lh
        self.y_pos += after

    def heading(self, num, title, size=10):
        self.need(14)
        self.set_font("S", "B", size)
        base = self.y_pos + 5 - 1.3
        if num:
            self.text(25, base, num)
        self.text(25 + (12 if num else 0), base, title)
        self.y_pos += 7.5

    def gap(self, h):
        self.y_pos += h


# ---------------------------------------------------------------------------
# Document 1: minutes
# ---------------------------------------------------------------------------
MIN_NAME = "hg-wreakdale-hosc-2025-09-10.pdf"
REP_NAME = "hg-wreakdale-home-care-recommissioning-report.pdf"


def build_minutes(path):
    pdf = Doc("Health Overview and Scrutiny Committee – 10 September 2025", "")
    pdf.add_page()
    P = pdf.para
    pdf.set_font("S", "B", 12)
    pdf.text(25, 30, COUNCIL.upper())
    pdf.y_pos = 36
    P("Minutes of a meeting of the Health Overview and Scrutiny Committee held at County Hall, "
      "Markfield Road, Oakthorpe on Wednesday, 10 September 2025.", style="B", justify=False)
    pdf.heading("", "PRESENT")
    P("Mr. R. J. Fennimore CC (in the Chair)", justify=False, after=1)
    left = ["Mr. D. Ashworth CC", "Mrs. H. L. Brackenbury CC", "Dr. S. K. Chauhan CC",
            "Mr. G. Pell CC"]
    right = ["Mrs. J. Quenby CC", "Ms. T. Woodhouse CC", "Mr. N. Yeomans CC",
             "Mr. B. Lount CC"]
    pdf.set_font("S", "", 10)
    for a, b in zip(left, right):
        pdf.text(25, pdf.y_pos + 3.7, a)
        pdf.text(105, pdf.y_pos + 3.7, b)
        pdf.y_pos += 5
    pdf.gap(2)
    P("Mr. B. Lount CC attended as a substitute for Mrs. P. Ingarsby CC.", justify=False)
    pdf.heading("", "Apologies")
    P("Apologies for absence were received from Mrs. P. Ingarsby CC and Mr. C. Ulverscroft CC.",
      justify=False)
    pdf.heading("", "In attendance")
    P("Mrs. E. M. Thurlaston CC, Cabinet Lead Member for Adults and Communities (minute 14 refers).",
      justify=False, after=1)
    P("Mr. K. Stonesby CC, Cabinet Lead Member for Health (minute 15 refers).", justify=False, after=1)
    P("Rebecca Anstey, Director of Adults and Communities.", justify=False, after=1)
    P("Imran Daventry, Assistant Director (Commissioning and Quality), Adults and Communities "
      "Department.", justify=False, after=1)
    P("Dr. Fiona Kegworth, Director of Public Health.", justify=False, after=1)
    P("Martin Swithland, Director of Urgent and Emergency Care, Wreakdale and Soar Valley "
      "Integrated Care Board (minute 13 refers).", justify=False, after=1)
    P("Alison Hathern, Deputy Chief Operating Officer, University Hospitals of Wreakdale NHS Trust "
      "(minute 13 refers).", justify=False, after=4)

    pdf.heading("9.", "Minutes of the previous meeting.")
    P("The minutes of the meeting held on 4 June 2025 were taken as read, confirmed and signed.")

    pdf.heading("10.", "Question Time.")
    P("The Chief Executive reported that no questions had been received under Standing Order 34.")

    pdf.heading("11.", "Declarations of interest.")
    P("The Chairman invited members who wished to do so to declare any interest in respect of "
      "items on the agenda for the meeting.")
    P("Mrs. J. Quenby CC declared a non-registerable interest in the report on Urgent and Emergency "
      "Care Performance (minute 13 refers) as her daughter was employed as a staff nurse at the "
      "Wreakdale Royal Infirmary. Dr. S. K. Chauhan CC declared a non-registerable interest in all "
      "substantive items as a general practitioner in the county.")

    pdf.heading("12.", "Declarations of the Party Whip in accordance with Overview and Scrutiny "
                       "Procedure Rule 16.")
    P("There were no declarations of the party whip.")

    pdf.heading("13.", "Urgent and Emergency Care Performance and Winter Plan 2025/26.")
    P("The Committee considered a joint report of the Wreakdale and Soar Valley Integrated Care "
      "Board (ICB) and University Hospitals of Wreakdale NHS Trust (UHW) which provided an update on "
      "performance against the four hour standard, ambulance handover delays and the system plan "
      "for winter 2025/26. A copy of the report, marked ‘Agenda Item 8’, is filed with these minutes. "
      "The Committee welcomed Martin Swithland and Alison Hathern to the meeting for this item.")
    P("Arising from discussion the following points were made:")
    pts = [
        "A member asked why ambulance handover delays at the Wreakdale Royal Infirmary remained "
        "worse than the regional average despite the new assessment unit. In response, the Deputy "
        "Chief Operating Officer explained that the unit had only opened in July and that bed "
        "occupancy above 97 per cent was still the main cause of delays at the front door. "
        "Members were advised that handover times had improved by around eleven minutes since "
        "the spring.",
        "Concern was expressed about the number of patients who were medically fit for discharge "
        "but remained in an acute bed. The Director of Adults and Communities reported that the "
        "County Council and the ICB had jointly funded additional reablement capacity, and that "
        "the number of people waiting for a care package on any given day had fallen to fewer "
        "than thirty. A member sought clarification on whether this extra capacity would be "
        "funded beyond March 2026; it was confirmed that this depended on the outcome of the "
        "national allocation of the Better Care Fund, which had not yet been announced.",
        "With regard to the workforce, members queried the reliance on agency nurses during the "
        "previous winter and the associated cost to the Trust. The Deputy Chief Operating Officer "
        "stated that agency spend had reduced by a third following the recruitment of 140 "
        "internationally educated nurses, and that a bank staff incentive scheme would run from "
        "November.",
        "A member commented that residents in the east of the county were not aware of the "
        "alternatives to the emergency department, such as the urgent treatment centres and "
        "NHS 111. The Director of Urgent and Emergency Care undertook to share the winter "
        "communications plan with members and to include targeted messages in parish newsletters.",
        "Members requested that future reports include performance data broken down by hospital "
        "site and by district, so that the Committee could see where pressures were greatest.",
    ]
    for n, t in zip(["(i)", "(ii)", "(iii)", "(iv)", "(v)"], pts):
        P(t, label=n, label_w=10)
    P("RESOLVED:", style="B", after=1)
    P("(a) That the update on urgent and emergency care performance and the winter plan for "
      "2025/26 be noted;", label=None, x=35, width=153, after=1)
    P("(b) That the ICB be requested to provide a further report to the meeting of the Committee "
      "in March 2026 setting out how the winter plan had performed, including data by hospital site.",
      x=35, width=153)

    pdf.heading("14.", "Recommissioning of Home Care Support Services.")
    P("The Committee considered a report of the Director of Adults and Communities which sought "
      "the views of the Committee on proposals to recommission home care support services from "
      "April 2026, prior to consideration by the Cabinet on 17 October 2025. A copy of the report, "
      "marked ‘Agenda Item 9’, is filed with these minutes. The Committee welcomed Mrs. E. M. "
      "Thurlaston CC, Cabinet Lead Member for Adults and Communities, to the meeting for this item.")
    P("Arising from discussion the following points were made:")
    pts = [
        "Members questioned whether moving from twelve geographical lots to six larger lots would "
        "favour the national private providers at the expense of small local agencies. The "
        "Assistant Director (Commissioning and Quality) stated that each lot would include a "
        "requirement to subcontract rural rounds to local providers where capacity allowed, and "
        "that the evaluation gave a 20 per cent weighting to social value.",
        "A member raised concerns about the hourly rate paid to providers and whether it was "
        "sufficient for care workers to receive the Real Living Wage. In response, it was explained "
        "that the proposed rate of £25.10 per hour had been set following a cost of care exercise "
        "and included an allowance for travel time, although the Council could not compel "
        "providers to pay a specific wage. A member asked whether mileage was paid to care workers "
        "in rural areas and was told that this would be confirmed in writing by officers.",
        "Clarification was sought on how the views of people who received home care had been "
        "taken into account. The Director reported that 612 people had responded to the "
        "consultation survey and that a reference group of carers had helped design the "
        "specification.",
        "A member asked whether the Council had considered bringing part of the service back "
        "in-house, as some other authorities had done. The Cabinet Lead Member advised that an "
        "in-house option had been appraised but was not considered affordable within the medium "
        "term financial strategy.",
        "Concern was raised about continuity of care for existing service users if their provider "
        "was not successful in the tender. Members were assured that transfer arrangements would "
        "be managed over a twelve week period and that no one would be left without a package.",
    ]
    for n, t in zip(["(i)", "(ii)", "(iii)", "(iv)", "(v)"], pts):
        P(t, label=n, label_w=10)
    P("RESOLVED:", style="B", after=1)
    P("(a) That the proposals for the recommissioning of home care support services from April "
      "2026 be noted;", x=35, width=153, after=1)
    P("(b) That the comments now made be forwarded to the Cabinet for consideration at its meeting "
      "on 17 October 2025.", x=35, width=153)

    pdf.heading("15.", "Sexual Health Services - Performance and Access.")
    P("The Committee considered a report of the Director of Public Health which provided an update "
      "on the performance of the integrated sexual health service and on access to long acting "
      "reversible contraception. A copy of the report, marked ‘Agenda Item 10’, is filed with "
      "these minutes.")
    P("Arising from discussion the following points were made:")
    pts = [
        "A member asked why the number of people testing online had fallen during the last quarter. "
        "The Director of Public Health explained that the home testing kit supplier had changed in "
        "March and there had been a short gap in the online ordering system, which had now been "
        "resolved. Members were also informed that the service had seen a rise in chlamydia "
        "diagnoses among young people aged 15 to 24.",
        "Members queried the waiting times for long acting reversible contraception fitted in GP "
        "practices, particularly in market towns. It was reported that the number of GPs trained "
        "to fit devices had fallen, and that the Public Health team was funding additional training "
        "places through the local training hub.",
        "A member expressed concern that the clinic at Hinckworth had reduced its opening hours. "
        "The Director of Public Health undertook to raise the matter with the provider and to "
        "report back to members by email.",
    ]
    for n, t in zip(["(i)", "(ii)", "(iii)"], pts):
        P(t, label=n, label_w=10)
    P("RESOLVED:", style="B", after=1)
    P("That the report on the performance of sexual health services be noted.", x=35, width=153)

    pdf.heading("16.", "Date of next meeting.")
    P("RESOLVED:", style="B", after=1)
    P("It was noted that the next meeting of the Committee would be held on Wednesday, 12 November "
      "2025 at 2.00pm.", x=35, width=153, after=8)
    pdf.need(20)
    pdf.set_font("S", "", 10)
    pdf.text(25, pdf.y_pos + 4, "2.00 - 4.12 pm")
    pdf.text(140, pdf.y_pos + 4, "CHAIRMAN")
    pdf.text(25, pdf.y_pos + 10, "10 September 2025")
    pdf.output(path)


def gold_minutes():
    themes = {}
    Q = lambda item, kind, text, answer, given_by, th: {
        "item": item, "kind": kind, "text": text, "asked_by": None, "answer": answer,
        "given_by": given_by, "themes": th}
    questions = [
        Q("13", "question", "ambulance handover delays at the Wreakdale Royal Infirmary remained worse",
          "bed occupancy above 97 per cent was still the main cause",
          "Deputy Chief Operating Officer", []),
        Q("13", "concern", "Concern was expressed about the number of patients who were medically fit",
          "the County Council and the ICB had jointly funded additional reablement",
          "Director of Adults and Communities", ["adult-social-care", "integration"]),
        Q("13", "question", "whether this extra capacity would be funded beyond March 2026",
          "on the outcome of the national allocation of the Better Care Fund",
          None, ["finance", "integration"]),
        Q("13", "question", "queried the reliance on agency nurses during the previous winter",
          "agency spend had reduced by a third following the recruitment",
          "Deputy Chief Operating Officer", ["workforce", "finance"]),
        Q("13", "comment", "residents in the east of the county were not aware of the alternatives",
          "undertook to share the winter communications plan with members",
          "Director of Urgent and Emergency Care", []),
        Q("13", "request", "future reports include performance data broken down by hospital site",
          None, None, []),
        Q("14", "question", "would favour the national private providers at the expense of small local agencies",
          "a requirement to subcontract rural rounds to local providers",
          "Assistant Director (Commissioning and Quality)",
          ["privatisation", "subcontracting", "adult-social-care"]),
        Q("14", "concern", "raised concerns about the hourly rate paid to providers",
          "had been set following a cost of care exercise",
          None, ["finance", "workforce", "adult-social-care"]),
        Q("14", "question", "whether mileage was paid to care workers in rural areas",
          "was told that this would be confirmed in writing by officers", None,
          ["workforce", "adult-social-care"]),
        Q("14", "question", "how the views of people who received home care had been taken into account",
          "612 people had responded to the consultation survey", "Director",
          ["patient-and-public-input", "adult-social-care"]),
        Q("14", "question", "considered bringing part of the service back in-house",
          "advised that an in-house option had been appraised but was not considered",
          "Cabinet Lead Member", ["privatisation", "finance", "adult-social-care"]),
        Q("14", "concern", "continuity of care for existing service users if their provider",
          "transfer arrangements would be managed over a twelve week period",
          None, ["subcontracting", "adult-social-care"]),
        Q("15", "question", "why the number of people testing online had fallen during the last quarter",
          "the home testing kit supplier had changed in March",
          "Director of Public Health", ["public-health"]),
        Q("15", "question", "waiting times for long acting reversible contraception fitted in GP practices",
          "the number of GPs trained to fit devices had fallen",
          None, ["public-health", "primary-care", "workforce"]),
        Q("15", "concern", "the clinic at Hinckworth had reduced its opening hours",
          "undertook to raise the matter with the provider", "Director of Public Health",
          ["public-health"]),
    ]
    resolutions = [
        {"item": "9", "text": "minutes of the meeting held on 4 June 2025 were taken as read",
         "outcome": "agreed", "themes": []},
        {"item": "13", "text": "the ICB be requested to provide a further report to the meeting",
         "outcome": "agreed", "themes": []},
        {"item": "14", "text": "the comments now made be forwarded to the Cabinet for consideration",
         "outcome": "agreed", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "15", "text": "That the report on the performance of sexual health services be noted",
         "outcome": "noted", "themes": ["public-health"]},
        {"item": "16", "text": "next meeting of the Committee would be held on Wednesday, 12 November",
         "outcome": "noted", "themes": []},
    ]
    A = lambda n, r, a: {"name": n, "role": r, "attendance": a}
    attendees = [
        A("Mr. R. J. Fennimore CC", "in the Chair", "present"),
        A("Mr. D. Ashworth CC", None, "present"),
        A("Mrs. H. L. Brackenbury CC", None, "present"),
        A("Dr. S. K. Chauhan CC", None, "present"),
        A("Mr. G. Pell CC", None, "present"),
        A("Mrs. J. Quenby CC", None, "present"),
        A("Ms. T. Woodhouse CC", None, "present"),
        A("Mr. N. Yeomans CC", None, "present"),
        A("Mr. B. Lount CC", "substitute", "present"),
        A("Mrs. P. Ingarsby CC", None, "apologies"),
        A("Mr. C. Ulverscroft CC", None, "apologies"),
        A("Mrs. E. M. Thurlaston CC", "Cabinet Lead Member for Adults and Communities", "in_attendance"),
        A("Mr. K. Stonesby CC", "Cabinet Lead Member for Health", "in_attendance"),
        A("Rebecca Anstey", "Director of Adults and Communities", "in_attendance"),
        A("Imran Daventry", "Assistant Director (Commissioning and Quality), Adults and Communities Department",
          "in_attendance"),
        A("Dr. Fiona Kegworth", "Director of Public Health", "in_attendance"),
        A("Martin Swithland", "Director of Urgent and Emergency Care, Wreakdale and Soar Valley Integrated Care Board",
          "in_attendance"),
        A("Alison Hathern", "Deputy Chief Operating Officer, University Hospitals of Wreakdale NHS Trust",
          "in_attendance"),
    ]
    items = [
        {"number": "9", "title": "Minutes of the previous meeting."},
        {"number": "10", "title": "Question Time."},
        {"number": "11", "title": "Declarations of interest."},
        {"number": "12", "title": "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16."},
        {"number": "13", "title": "Urgent and Emergency Care Performance and Winter Plan 2025/26."},
        {"number": "14", "title": "Recommissioning of Home Care Support Services."},
        {"number": "15", "title": "Sexual Health Services - Performance and Access."},
        {"number": "16", "title": "Date of next meeting."},
    ]
    return {"document": MIN_NAME, "doc_type": "minutes",
            "committee": "Health Overview and Scrutiny Committee",
            "meeting_date": "2025-09-10", "items": items, "questions": questions,
            "resolutions": resolutions, "attendees": attendees}


# ---------------------------------------------------------------------------
# Document 2: officer report (agenda item) - not minutes
# ---------------------------------------------------------------------------
def build_report(path):
    pdf = Doc("", "")
    pdf.add_page()
    P = pdf.para
    pdf.set_font("S", "B", 14)
    pdf.text(150, 28, "Agenda Item 9")
    pdf.y_pos = 36
    P("HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 10 SEPTEMBER 2025", style="B", justify=False, after=1)
    P("REPORT OF THE DIRECTOR OF ADULTS AND COMMUNITIES", style="B", justify=False, after=1)
    P("RECOMMISSIONING OF HOME CARE SUPPORT SERVICES", style="B", justify=False, after=5)
    secs = [
        ("Purpose of the Report", [
            "The purpose of this report is to seek the views of the Committee on proposals to "
            "recommission home care support services across Wreakdale from 1 April 2026, prior to "
            "consideration of the proposals by the Cabinet on 17 October 2025."]),
        ("Policy Framework and Previous Decisions", [
            "The Council’s Adult Social Care Strategy 2024–2028 and the Market Position Statement "
            "published in February 2025 set out the intention to secure a sustainable home care "
            "market with providers working in defined geographical areas.",
            "On 14 March 2025 the Cabinet authorised the Director of Adults and Communities to "
            "undertake a public consultation on the future model of home care support."]),
        ("Background", [
            "The current contracts commenced in April 2021 and are delivered by 31 providers across "
            "twelve geographical lots. Around 2,950 people receive home care arranged by the "
            "Council, amounting to approximately 41,000 hours each week at a gross annual cost of "
            "£53.6 million.",
            "Providers have reported difficulty recruiting and retaining care workers in rural "
            "areas, and a number of rounds in the north and east of the county have been handed "
            "back during the contract term."]),
        ("Consultation", [
            "A consultation ran from 2 April to 25 June 2025. The survey asked people who use home "
            "care, their carers and providers the following questions: How easy is it to contact "
            "your home care provider? Do your care workers arrive at the time agreed? What matters "
            "most to you when a new provider takes over your care? Would you prefer to receive a "
            "direct payment and arrange your own care?",
            "In total 612 responses were received. The most common themes were the importance of "
            "continuity of care workers, the need for reliable visit times and concerns about "
            "changes of provider. A full analysis is attached as Appendix B."]),
        ("Proposals", [
            "It is proposed to reduce the number of lots from twelve to six, each awarded to a lead "
            "provider who will be required to subcontract rural rounds to local providers where "
            "capacity allows. An hourly rate of £25.10 is proposed, informed by the cost of care "
            "exercise completed in 2024.",
            "The Committee may wish to consider the following questions: Is the proposed lot "
            "structure likely to improve coverage in rural areas? Are the arrangements for "
            "transferring people between providers sufficient? How should the Council monitor the "
            "pay and conditions of care workers once the new contracts are in place?"]),
        ("Timetable for Decisions", [
            "The comments of the Committee will be reported to the Cabinet on 17 October 2025. "
            "Subject to approval, the procurement will be launched in November 2025 and new "
            "contracts will commence on 1 April 2026."]),
        ("Resource Implications", [
            "The proposals are expected to be delivered within the existing budget for home care, "
            "with the increase in the hourly rate funded from the Market Sustainability and "
            "Improvement Fund. The Director of Corporate Resources has been consulted on the "
            "content of this report."]),
        ("Circulation under the Local Issues Alert Procedure", ["None."]),
        ("Equality Implications", [
            "An Equality Impact Assessment has been undertaken and is attached as Appendix C. No "
            "adverse impacts were identified that could not be mitigated."]),
        ("Recommendation", [
            "The Committee is asked to consider and comment on the proposals set out in this "
            "report."]),
        ("Background Papers", [
            "Report to the Cabinet: 14 March 2025 – Future Model of Home Care Support."]),
        ("Officers to Contact", [
            "Rebecca Anstey, Director of Adults and Communities. Tel: 0116 305 7400.",
            "Imran Daventry, Assistant Director (Commissioning and Quality). Tel: 0116 305 7466."]),
    ]
    n = 1
    for title, paras in secs:
        pdf.heading("", title)
        for t in paras:
            if title in ("Circulation under the Local Issues Alert Procedure", "Background Papers",
                         "Officers to Contact"):
                P(t, justify=False)
            else:
                P(t, label=f"{n}.", label_w=10)
                n += 1
    P("Appendices", style="B", after=1)
    P("Appendix A – Draft service specification (summary). Appendix B – Consultation analysis. "
      "Appendix C – Equality Impact Assessment.", justify=False)
    pdf.output(path)


def gold_report():
    return {"document": REP_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    import pdfplumber
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("hg-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g)))
        doc = os.path.join(DOCS, gold["document"])
        with pdfplumber.open(doc) as p:
            text = " ".join(pg.extract_text() or "" for pg in p.pages)
        src = " " + norm(text) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = src.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g} {kind}: {ph!r} count={c} words={n}")
        print(f"{g}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build_minutes(os.path.join(DOCS, MIN_NAME))
    build_report(os.path.join(DOCS, REP_NAME))
    for name, g in ((MIN_NAME, gold_minutes()), (REP_NAME, gold_report())):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
