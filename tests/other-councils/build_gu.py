#!/usr/bin/env python3
"""Build the "gu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gu.py           build documents/gu-* and gold/gu-*.json
        build_gu.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

COUNCIL = "Castlebridge City Council"
MIN_NAME = "gu-castlebridge-health-scrutiny-2025-06-11.pdf"
REP_NAME = "gu-castlebridge-hsc-overview-report-july-2025.pdf"


class Doc(FPDF):
    def __init__(self, head_left, head_right, foot_extra=None):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot_extra = head_left, head_right, foot_extra
        self.add_font("dv", "", FONT + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED)
        self.set_creator("Castlebridge Committee Services")
        self.set_producer("fpdf2")
        self.source = []

    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(22, 10)
        self.cell(80, 5, self.head_left)
        self.set_xy(108, 10)
        self.cell(80, 5, self.head_right, align="R")
        self.line(22, 16, 188, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_font("dv", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(22, 282)
        self.cell(166, 5, "Page %d" % self.page_no(), align="C")
        if self.foot_extra:
            self.set_xy(108, 282)
            self.cell(80, 5, self.foot_extra, align="R")
        self.set_text_color(0, 0, 0)

    # ---- layout with justification and hyphenation
    def need(self, h):
        if self.page == 0 or self.get_y() + h > 274:
            self.add_page()

    def split_lines(self, text, width):
        words = text.split()
        lines, cur = [], []
        i = 0
        while i < len(words):
            w = words[i]
            trial = " ".join(cur + [w])
            if self.get_string_width(trial) <= width:
                cur.append(w)
                i += 1
                continue
            # try hyphenating an alphabetic word
            core = re.match(r"^([A-Za-z]+)(\W*)$", w)
            done = False
            if core and len(core.group(1)) >= 8:
                word = core.group(1)
                for k in range(len(word) - 3, 3, -1):
                    pre = word[:k] + "-"
                    if word[k - 1] in "aeiouy" and word[k] in "aeiouy":
                        continue
                    if self.get_string_width(" ".join(cur + [pre])) <= width:
                        cur.append(pre)
                        lines.append(cur)
                        cur = []
                        words[i] = word[k:] + core.group(2)
                        done = True
                        break
            if not done:
                if not cur:
                    cur = [w]
                    i += 1
                lines.append(cur)
                cur = []
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, style="", size=10, indent=0, bullet=None, after=2.5, justify=True):
        self.source.append(text if bullet is None else bullet + " " + text)
        self.set_font("dv", style, size)
        lh = size * 0.5
        x0 = 22 + indent
        width = 166 - indent
        lines = self.split_lines(text, width)
        for n, ws in enumerate(lines):
            self.need(lh)
            y = self.get_y()
            if n == 0 and bullet:
                self.set_xy(x0 - 5, y)
                self.cell(5, lh, bullet)
            last = n == len(lines) - 1
            if not justify or last or len(ws) == 1:
                self.set_xy(x0, y)
                self.cell(width, lh, " ".join(ws))
            else:
                tot = sum(self.get_string_width(w) for w in ws)
                gap = (width - tot) / (len(ws) - 1)
                x = x0
                for w in ws:
                    self.set_xy(x, y)
                    wd = self.get_string_width(w)
                    self.cell(wd, lh, w)
                    x += wd + gap
            self.set_y(y + lh)
        self.set_y(self.get_y() + after)


# ---------------------------------------------------------------- minutes
ATT_PRESENT = ["Ahmed", "Bramwell", "Chen", "Doyle", "Fitzgerald", "Hussain", "Marsh",
               "O'Reilly", "Whitfield"]
ALSO = [
    ("Councillor Thandiwe Reeve", "Executive Member for Healthy Castlebridge and Adult Social Care"),
    ("Bernadette Coyle", "Executive Director of Adult Social Services"),
    ("Dr Imran Siddiqui", "Director of Public Health"),
    ("Paul Tennant", "Deputy Director of Finance (Adult Social Care and Population Health)"),
    ("Karen Ollerenshaw", "Deputy Place Lead, NHS Greater Northmoor Integrated Care (Castlebridge)"),
    ("Dr Lena Marsh-Okafor", "Clinical Director, Castlebridge North Primary Care Network"),
    ("Marcia Henry", "Chief Executive, Healthwatch Castlebridge"),
]

ITEMS = []  # (number, title, list of blocks)


def build_minutes():
    d = Doc(COUNCIL, "Health Scrutiny Committee – 11 June 2025",
            "Subject to approval at the next meeting")
    d.add_page()
    d.para("Castlebridge City Council", "B", 14, after=1, justify=False)
    d.para("Minutes of the Health Scrutiny Committee", "B", 12, after=1, justify=False)
    d.para("Wednesday, 11 June 2025", "", 10, after=5, justify=False)
    d.para("Present:", "B", 10, after=1)
    d.para("Councillor Okonjo (Chair) – in the Chair", after=1)
    d.para("Councillors " + ", ".join(ATT_PRESENT[:-1]) + " and " + ATT_PRESENT[-1], after=3)
    d.para("Apologies:", "B", 10, after=1)
    d.para("Councillors Lyle and Stanton", after=3)
    d.para("Also present:", "B", 10, after=1)
    for n, r in ALSO:
        d.para("%s, %s" % (n, r), after=1)
    d.set_y(d.get_y() + 4)

    def title(t):
        d.need(20)
        d.para(t, "B", 10.5, after=2, justify=False)

    def decision():
        d.need(15)
        d.para("Decision", "B", 10, after=1.5, justify=False)

    def bullets(items):
        for b in items:
            d.para(b, indent=8, bullet="•", after=1.5)
        d.set_y(d.get_y() + 1.5)

    # 31
    title("HSC/25/31 Urgent Business")
    d.para("There were no items of urgent business.", after=5)
    # 32
    title("HSC/25/32 Minutes")
    decision()
    d.para("To approve as a correct record the minutes of the meeting held on 14 May 2025.", after=5)
    # 33
    title("HSC/25/33 Homecare Recommissioning – Progress Update")
    d.para("Councillor Hussain declared a personal and non-prejudicial interest in this item as a "
           "close family member is in receipt of a homecare package from one of the providers "
           "referred to in the report.")
    d.para("The Committee considered a report of the Executive Director of Adult Social Services "
           "which provided an update on the recommissioning of homecare in the city following the "
           "decision of the Executive in October 2024 to move from eleven spot-purchased providers "
           "to a neighbourhood model of six lead providers with effect from 1 April 2025.")
    d.para("Key points and themes in the report included:", after=1.5)
    bullets([
        "The outcome of the tender exercise, in which thirty-four bids had been received and six "
        "contracts awarded, one of them to a not-for-profit social enterprise;",
        "The transition of approximately 2,300 people and 1,140 care workers to the new providers, "
        "including the transfer of staff under TUPE;",
        "The introduction of the Real Living Wage as a contractual requirement from April 2025; and",
        "Early performance information on hours delivered, missed calls and complaints.",
    ])
    d.para("Some of the key points and themes that arose from the Committee's discussions were:-",
           after=1.5)
    bullets([
        "The impact of the changes on people who had lost a long-standing care worker during the transition;",
        "Whether the additional funding for the Real Living Wage was recurrent or one-off;",
        "Concern that a large national company now held the contracts for three of the six neighbourhoods;",
        "What assurance there was that care workers were being paid for travel time between visits;",
        "Noting that complaints had risen in the first two months, how the Council was monitoring the quality of care;",
        "The need for the views of people receiving care and their carers to inform the review of the model; and",
        "Requesting that the next update include a breakdown of missed and late calls by neighbourhood.",
    ])
    d.para("The Executive Member for Healthy Castlebridge and Adult Social Care and the Executive "
           "Director of Adult Social Services responded to Members' comments and questions by "
           "stating that:-", after=1.5)
    bullets([
        "around 85% of people had kept at least one familiar care worker, and every person who had "
        "changed carer had been contacted by a social worker within a fortnight;",
        "the £4.2m cost of the Real Living Wage had been built into the base budget and was recurrent;",
        "the procurement had been evaluated 60% on quality and no single provider could hold more "
        "than three neighbourhoods under the lot rules;",
        "electronic call monitoring data was checked monthly and two providers had been issued with "
        "improvement notices over unpaid travel time;",
        "most of the new complaints related to the changeover period and the contract management team "
        "would be visiting each provider before September;",
        "Healthwatch Castlebridge had been commissioned to carry out a survey of people using homecare "
        "and the results would be shared with the Committee; and",
        "the requested breakdown by neighbourhood would be included in the next report.",
    ])
    decision()
    d.para("The Committee:-", after=1.5)
    d.para("1. notes the report; and", indent=8, after=1.5)
    d.para("2. requests that a further update, including the results of the Healthwatch survey and "
           "missed and late calls by neighbourhood, be submitted to the meeting in November 2025.",
           indent=8, after=5)
    # 34
    title("HSC/25/34 Access to General Practice – Castlebridge Recovery Plan")
    d.para("The Committee considered a report of the Deputy Place Lead, NHS Greater Northmoor "
           "Integrated Care (Castlebridge), which provided an overview of the work undertaken to "
           "improve access to general practice in the city and the progress made against the "
           "recovery plan agreed by the Locality Board in 2024.")
    d.para("Key points and themes in the report included:", after=1.5)
    bullets([
        "The number of appointments offered by Castlebridge practices, which had increased by 7% on the previous year;",
        "The roll-out of cloud-based telephony to all 71 practices; and",
        "The use of the Additional Roles Reimbursement Scheme to recruit clinical pharmacists, physician associates and care coordinators.",
    ])
    d.para("Some of the key points and themes that arose from the Committee's discussions were:-",
           after=1.5)
    bullets([
        "The continuing difficulty residents reported in getting through to their surgery at 8am;",
        "Whether the additional roles funding would continue beyond March 2026;",
        "Concern about the closure of the branch surgery on Tanner Street and the lack of engagement with patients beforehand; and",
        "How digital access was being balanced against the needs of older residents and those without a smartphone.",
    ])
    d.para("Officers and partners responded to Members' comments and questions by stating that:-",
           after=1.5)
    bullets([
        "practices with the longest call waiting times were receiving targeted support and call data would be published quarterly;",
        "NHS England had confirmed the additional roles allocation for 2025/26 only, and the ICB was lobbying for certainty beyond that;",
        "the practice had consulted its Patient Participation Group but accepted that wider engagement should have taken place; and",
        "every practice was required to keep a telephone and walk-in route and digital tools were intended to free up phone lines.",
    ])
    decision()
    d.para("To note the report and the progress made on the recovery plan.", after=5)
    # 35
    title("HSC/25/35 Integrated Sexual Health Service – Proposed Procurement")
    d.para("The Committee considered a report of the Director of Public Health which set out the "
           "proposed approach to the procurement of the integrated sexual health service, the "
           "current contract for which would expire on 31 March 2026.")
    d.para("Key points and themes in the report included:", after=1.5)
    bullets([
        "The use of the Provider Selection Regime rather than a competitive tender;",
        "A proposed contract term of five years with an option to extend by up to three years; and",
        "The reduction in the public health grant in real terms since 2015/16.",
    ])
    d.para("Some of the key points and themes that arose from the Committee's discussions were:-",
           after=1.5)
    bullets([
        "Why the Council was not considering bringing the service back in-house;",
        "The risk that the most vulnerable groups would be disadvantaged if clinic opening hours were reduced;",
        "Whether young people had been involved in the design of the new service specification; and",
        "Concern that the contract value did not allow for the rising demand for PrEP.",
    ])
    d.para("The Director of Public Health responded to Members' comments and questions by stating that:-",
           after=1.5)
    bullets([
        "an in-house option had been appraised but the Council did not hold the clinical registration required to provide the service;",
        "an equality impact assessment had been completed and there were no proposals to reduce clinic hours;",
        "a youth panel convened with the Youth Council had helped to write the outcomes framework; and",
        "the contract would include a mechanism to review the PrEP allocation annually.",
    ])
    decision()
    d.para("The Committee:-", after=1.5)
    d.para("1. notes the report; and", indent=8, after=1.5)
    d.para("2. recommends that the Executive ensures the final specification retains at least the "
           "current level of evening and weekend clinic provision.", indent=8, after=5)
    # 36
    title("HSC/25/36 Adult Social Care and Population Health Budget 2025/26 – Savings Delivery")
    d.para("The Committee considered a report of the Deputy Director of Finance (Adult Social Care "
           "and Population Health) which provided an update on the delivery of the savings "
           "programme for 2025/26 and the financial position at the end of May 2025.")
    d.para("Key points and themes in the report included:", after=1.5)
    bullets([
        "A forecast overspend of £3.1m, mainly arising from the cost of residential and nursing placements;",
        "Savings of £6.8m being on track, with £1.9m rated as at risk; and",
        "The use of the Better Care Fund to support discharge from hospital.",
    ])
    d.para("Some of the key points and themes that arose from the Committee's discussions were:-",
           after=1.5)
    bullets([
        "Whether the savings at risk would be replaced by cuts elsewhere in the directorate;",
        "The reliance on one-off Better Care Fund money to meet ongoing discharge costs; and",
        "Members welcomed the clearer presentation of the budget information in the report.",
    ])
    d.para("The Deputy Director of Finance responded to Members' comments and questions by stating that:-",
           after=1.5)
    bullets([
        "any shortfall would first be met from the directorate's contingency and no further reductions were planned this year; and",
        "the Better Care Fund plan for 2025/26 had been agreed with the ICB and the discharge funding was now recurrent.",
    ])
    decision()
    d.para("The Committee notes the report and the forecast financial position for 2025/26.", after=5)
    # 37
    title("HSC/25/37 Overview Report")
    d.para("The Committee received a report of the Governance and Scrutiny Support Unit which "
           "contained key decisions within the Committee's remit and responses to previous "
           "recommendations, and which sought approval of the work programme.")
    decision()
    d.para("The Committee notes the report and agrees the work programme, subject to the addition "
           "of an item on dental access in the city at the September meeting.", after=5)
    return d


def gold_minutes():
    EM = "The Executive Member for Healthy Castlebridge and Adult Social Care and the Executive Director of Adult Social Services"
    OP = "Officers and partners"
    DPH = "The Director of Public Health"
    DDF = "The Deputy Director of Finance"

    def q(item, kind, text, answer, by, themes):
        return {"item": item, "kind": kind, "text": text, "asked_by": None, "answer": answer,
                "given_by": by if answer else None, "themes": themes}

    qs = [
        q("HSC/25/33", "question", "The impact of the changes on people who had lost a long-standing care worker",
          "had kept at least one familiar care worker, and every person who had",
          EM, ["adult-social-care", "workforce"]),
        q("HSC/25/33", "question", "Whether the additional funding for the Real Living Wage was recurrent or one-off",
          "the £4.2m cost of the Real Living Wage had been built into the base budget",
          EM, ["adult-social-care", "finance", "workforce"]),
        q("HSC/25/33", "concern", "Concern that a large national company now held the contracts for three",
          "the procurement had been evaluated 60% on quality and no single provider",
          EM, ["adult-social-care", "subcontracting", "privatisation"]),
        q("HSC/25/33", "question", "What assurance there was that care workers were being paid for travel time",
          "two providers had been issued with improvement notices over unpaid travel time",
          EM, ["adult-social-care", "workforce", "subcontracting"]),
        q("HSC/25/33", "question", "how the Council was monitoring the quality of care",
          "most of the new complaints related to the changeover period and the contract management team",
          EM, ["adult-social-care", "subcontracting"]),
        q("HSC/25/33", "comment", "The need for the views of people receiving care and their carers",
          "Healthwatch Castlebridge had been commissioned to carry out a survey of people using homecare",
          EM, ["adult-social-care", "patient-and-public-input"]),
        q("HSC/25/33", "request", "Requesting that the next update include a breakdown of missed and late calls",
          "the requested breakdown by neighbourhood would be included in the next report",
          EM, ["adult-social-care"]),
        q("HSC/25/34", "concern", "The continuing difficulty residents reported in getting through to their surgery at 8am",
          "practices with the longest call waiting times were receiving targeted support",
          OP, ["primary-care"]),
        q("HSC/25/34", "question", "Whether the additional roles funding would continue beyond March 2026",
          "NHS England had confirmed the additional roles allocation for 2025/26 only",
          OP, ["primary-care", "finance", "workforce"]),
        q("HSC/25/34", "concern", "Concern about the closure of the branch surgery on Tanner Street",
          "the practice had consulted its Patient Participation Group but accepted that wider engagement",
          OP, ["primary-care", "patient-and-public-input"]),
        q("HSC/25/34", "question", "How digital access was being balanced against the needs of older residents",
          "every practice was required to keep a telephone and walk-in route",
          OP, ["primary-care"]),
        q("HSC/25/35", "question", "Why the Council was not considering bringing the service back in-house",
          "an in-house option had been appraised but the Council did not hold",
          DPH, ["public-health", "privatisation", "subcontracting"]),
        q("HSC/25/35", "concern", "The risk that the most vulnerable groups would be disadvantaged if clinic opening hours",
          "an equality impact assessment had been completed and there were no proposals",
          DPH, ["public-health", "subcontracting"]),
        q("HSC/25/35", "question", "Whether young people had been involved in the design of the new service specification",
          "a youth panel convened with the Youth Council had helped to write",
          DPH, ["public-health", "children-and-families", "patient-and-public-input"]),
        q("HSC/25/35", "concern", "Concern that the contract value did not allow for the rising demand for PrEP",
          "the contract would include a mechanism to review the PrEP allocation annually",
          DPH, ["public-health", "subcontracting", "finance"]),
        q("HSC/25/36", "question", "Whether the savings at risk would be replaced by cuts elsewhere in the directorate",
          "any shortfall would first be met from the directorate's contingency",
          DDF, ["finance", "adult-social-care"]),
        q("HSC/25/36", "concern", "The reliance on one-off Better Care Fund money to meet ongoing discharge costs",
          "the discharge funding was now recurrent",
          DDF, ["finance", "integration", "adult-social-care"]),
        q("HSC/25/36", "comment", "Members welcomed the clearer presentation of the budget information in the report",
          None, None, ["finance"]),
    ]
    res = [
        {"item": "HSC/25/32", "text": "To approve as a correct record the minutes of the meeting held",
         "outcome": "agreed", "themes": []},
        {"item": "HSC/25/33", "text": "requests that a further update, including the results of the Healthwatch survey",
         "outcome": "agreed", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "HSC/25/34", "text": "To note the report and the progress made on the recovery plan", "outcome": "noted", "themes": ["primary-care"]},
        {"item": "HSC/25/35", "text": "recommends that the Executive ensures the final specification retains",
         "outcome": "recommended", "themes": ["public-health", "subcontracting"]},
        {"item": "HSC/25/36", "text": "notes the report and the forecast financial position for 2025/26", "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "HSC/25/37", "text": "The Committee notes the report and agrees the work programme",
         "outcome": "agreed", "themes": ["governance", "primary-care"]},
    ]
    att = [{"name": "Councillor Okonjo", "role": "Chair", "attendance": "present"}]
    att += [{"name": "Councillor " + n, "role": None, "attendance": "present"} for n in ATT_PRESENT]
    att += [{"name": "Councillor " + n, "role": None, "attendance": "apologies"} for n in ("Lyle", "Stanton")]
    att += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in ALSO]
    items = [("HSC/25/31", "Urgent Business"), ("HSC/25/32", "Minutes"),
             ("HSC/25/33", "Homecare Recommissioning – Progress Update"),
             ("HSC/25/34", "Access to General Practice – Castlebridge Recovery Plan"),
             ("HSC/25/35", "Integrated Sexual Health Service – Proposed Procurement"),
             ("HSC/25/36", "Adult Social Care and Population Health Budget 2025/26 – Savings Delivery"),
             ("HSC/25/37", "Overview Report")]
    return {"document": MIN_NAME, "doc_type": "minutes", "committee": "Health Scrutiny Committee",
            "meeting_date": "2025-06-11",
            "items": [{"number": n, "title": t} for n, t in items],
            "questions": qs, "resolutions": res, "attendees": att}


# ---------------------------------------------------------------- overview report
def build_report():
    d = Doc(COUNCIL, "Health Scrutiny Committee – 9 July 2025")
    d.set_auto_page_break(True, 24)
    d.add_page()
    d.para("Castlebridge City Council", "B", 13, after=1, justify=False)
    d.para("Report for Information", "B", 11, after=4, justify=False)
    meta = [("Report to:", "Health Scrutiny Committee – 9 July 2025"),
            ("Subject:", "Overview Report"),
            ("Report of:", "Governance and Scrutiny Support Unit")]
    for a, b in meta:
        d.para(a + " " + b, after=1, justify=False)
    d.set_y(d.get_y() + 3)
    d.para("Summary", "B", 10.5, after=1.5, justify=False)
    d.para("This report provides the following information: Recommendations Monitor; Key Decisions "
           "within the Committee's remit; and the Items for Information and Work Programme. "
           "Members are invited to discuss the information provided and agree any changes to the "
           "work programme that are necessary.")
    d.para("Recommendations", "B", 10.5, after=1.5, justify=False)
    d.para("The Committee is invited to discuss the information provided and agree the work programme.")
    d.para("Contact Officer: Rachel Nwosu, Scrutiny Support Officer, rachel.nwosu@castlebridge.example.gov.uk",
           size=9)
    d.para("1. Monitoring Previous Recommendations", "B", 10.5, after=1.5, justify=False)
    d.para("This section of the report contains recommendations made by the Committee and responses "
           "to them, indicating whether the recommendation will be implemented and, if so, how this "
           "will be done.")

    def table(headers, rows, widths):
        d.set_font("dv", "", 8)
        with d.table(col_widths=widths, text_align="LEFT", line_height=4,
                     headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), first_row_as_headings=True) as t:
            r = t.row()
            for h in headers:
                r.cell(h, style=None)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        for row in [headers] + rows:
            d.source.append(" | ".join(row))
        d.set_y(d.get_y() + 4)

    d.set_font("dv", "B", 8)
    table(["Date", "Item", "Recommendation", "Action", "Contact Officer"], [
        ["12 March 2025", "HSC/25/14 Mental Health Crisis Services",
         "To request that a briefing note on the crisis café pilot be circulated to Members.",
         "Briefing note circulated by email on 2 June 2025.", "Sean Kirkby, Head of Commissioning (Mental Health)"],
        ["14 May 2025", "HSC/25/26 Hospital Discharge",
         "To request figures on the number of people delayed in hospital awaiting a homecare package.",
         "A response has been requested and will be reported once received.", "Bernadette Coyle, Executive Director of Adult Social Services"],
        ["14 May 2025", "HSC/25/27 Care Home Quality",
         "To recommend that the Executive write to the Care Quality Commission about inspection frequency.",
         "Letter sent by the Executive Member on 28 May 2025. Reply awaited.", "Thandiwe Reeve, Executive Member"],
    ], (16, 28, 50, 40, 32))
    d.para("2. Key Decisions", "B", 10.5, after=1.5, justify=False)
    d.para("The Council is required to publish details of key decisions that will be taken at least "
           "28 days before the decision is due to be taken. Details of key decisions within the "
           "remit of the Committee are set out below.")
    table(["Decision title", "Decision maker", "Planned date", "Documents", "Officer contact"], [
        ["Integrated Sexual Health Service contract award (2025/07/01A)", "Executive Director of Adult Social Services",
         "Not before 1 August 2025", "Report and equality impact assessment", "Dr Imran Siddiqui"],
        ["Extra Care Housing – Moss Lane scheme (2025/06/12C)", "Executive", "17 September 2025",
         "Executive report", "Paul Tennant"],
        ["Carers Support Service recommissioning (2025/05/30B)", "Executive Member for Healthy Castlebridge and Adult Social Care",
         "Not before 1 October 2025", "Report and consultation summary", "Bernadette Coyle"],
    ], (48, 38, 26, 30, 24))
    d.para("3. Health Scrutiny Committee – Work Programme – July 2025", "B", 10.5, after=1.5, justify=False)
    table(["Meeting", "Item", "Purpose", "Executive Member", "Strategic Director / Lead Officer", "Comments"], [
        ["9 July 2025", "Winter Planning 2025/26", "To receive the system winter plan", "Cllr Reeve",
         "Karen Ollerenshaw", "Invite Castlebridge University Hospitals"],
        ["9 July 2025", "Adult Social Care Workforce Strategy", "To consider the draft strategy", "Cllr Reeve",
         "Bernadette Coyle", ""],
        ["10 September 2025", "Dental Access in Castlebridge", "To receive an update on NHS dental access",
         "Cllr Reeve", "Karen Ollerenshaw", "Added at the June meeting"],
        ["10 September 2025", "Director of Public Health Annual Report", "To consider the annual report",
         "Cllr Reeve", "Dr Imran Siddiqui", ""],
        ["12 November 2025", "Homecare Recommissioning – Update", "Further update with Healthwatch survey results",
         "Cllr Reeve", "Bernadette Coyle", "See minute HSC/25/33"],
        ["Items to be scheduled", "Gambling harms", "To be confirmed", "Cllr Reeve", "Dr Imran Siddiqui",
         "Suggested by Cllr Doyle"],
    ], (22, 32, 36, 20, 28, 28))
    return d


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w£%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check(doc, gold):
    src = norm("\n".join(doc.source))
    errs = []
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        c = src.count(norm(p))
        if c != 1:
            # duplicated short decisions ("To note the report") are allowed only if identical rows
            errs.append("%s phrase found %d times: %s" % (kind, c, p))
        if not 6 <= n <= 15:
            errs.append("%s phrase has %d words: %s" % (kind, n, p))
    return errs


def main():
    chk = "--check" in sys.argv
    m = build_minutes()
    r = build_report()
    gm = gold_minutes()
    gr = {"document": REP_NAME, "doc_type": "report"}
    m.output(os.path.join(DOCS, MIN_NAME))
    r.output(os.path.join(DOCS, REP_NAME))
    for g in (gm, gr):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if chk:
        errs = check(m, gm) + check(r, gr)
        # also confirm against text extracted from the PDF (de-hyphenated, headers stripped)
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, MIN_NAME)) as pdf:
            txt = "\n".join(p.extract_text() for p in pdf.pages)
        txt = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", txt)
        txt = re.sub(r"Castlebridge City Council Health Scrutiny Committee – 11 June 2025\n", "", txt)
        txt = re.sub(r"\nPage \d+ Subject to approval at the next meeting", "", txt)
        ext = norm(txt)
        for q in gm["questions"]:
            for p in (q["text"], q["answer"]):
                if p and norm(p) not in ext:
                    errs.append("not in extracted PDF text: " + p)
        for x in gm["resolutions"]:
            if norm(x["text"]) not in ext:
                errs.append("not in extracted PDF text: " + x["text"])
        for e in errs:
            print("ERROR", e)
        print("check %s: %d questions, %d resolutions, %d attendees" % (
            "FAILED" if errs else "passed", len(gm["questions"]), len(gm["resolutions"]),
            len(gm["attendees"])))
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
