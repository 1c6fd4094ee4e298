#!/usr/bin/env python3
"""Build the "iq-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iq.py           build documents/iq-* and gold/iq-*.json
        build_iq.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 10, 21, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES_NAME = "iq-throstlebridge-chsc-scrutiny-board-2025-10-16.pdf"
OTHER_NAME = "iq-throstlebridge-chsc-recommendations-monitoring-2025-10.docx"

COMMITTEE = "Community, Health and Social Care Scrutiny Board"

# ---------------------------------------------------------------------------
# The minutes: attendance block and the action-sheet table
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Present",
     "Councillor M Hulme (Chair), Councillors T Aslam, B Cottam, J Delahunty, S Entwistle, "
     "K Fogarty, P Greenhalgh and I Qureshi"),
    ("Co-opted Members",
     "Mrs D Whittle, Throstlebridge Pensioners’ Association; Mr A Pritchard, Healthwatch Throstlebridge"),
    ("Also in attendance",
     "Councillor L Sutcliffe – Lead Member for Adult Services, Health and Wellbeing"),
    ("Officers and invitees",
     "Dr Ruth Okafor – Director of Public Health; Gavin Marsland – Assistant Director, Adult "
     "Social Care Commissioning; Claire Buckley – Head of Health Improvement; Mark Tonge – Head of "
     "Housing Options; Dr Sanjay Mehra – Medical Director, Throstlebridge Care Organisation; "
     "Joanne Pilling – Place Director (Throstlebridge), NHS Irkvale Integrated Care Board; "
     "Helen Ashworth – Service Manager, Children and Young People’s Mental Health Services, "
     "Pennine Moss NHS Foundation Trust; Russell Kaye and Nadia Shah – Scrutiny Support"),
    ("Apologies",
     "Councillors F Ollerton and J Makin; Steve Burrows – Strategic Director, People"),
]

# Each row: number, title, discussion blocks, action blocks, responsible blocks, timescale blocks.
# A block is (kind, text): "p" paragraph, "b" bullet, "d" dash sub-bullet, "h" bold line.
ROWS = [
    ("1.", "Declarations of interest",
     [("p", "Cllr Cottam declared a personal interest in item 5 (Home Care Recommissioning) as a "
            "close family member is employed by a home care provider in the city."),
      ("p", "Cllr Qureshi declared a personal interest in items 3 and 6 as he is the practice "
            "manager of a GP practice in the Hollinfold neighbourhood.")],
     [("p", "None")], [], []),

    ("2.", "Action sheet of the meeting held on 11 September 2025 and matters arising",
     [("p", "The action sheet of the meeting held on 11 September 2025 was agreed as a correct record."),
      ("h", "Matters arising"),
      ("p", "Dental access – the ICB briefing on urgent dental appointments had been circulated to "
            "members on 2 October 2025. Cllr Greenhalgh commented that the briefing did not say how "
            "many dental practices in the east locality were accepting new NHS patients. Joanne "
            "Pilling agreed to provide the figures before the next meeting."),
      ("p", "Leisure concessions for carers – the response from Community Leisure was still "
            "outstanding and would be chased by Scrutiny Support."),
      ("p", "Hospital discharge visit – the visit to the joint discharge team at Throstlebridge Royal "
            "Infirmary had taken place on 29 September and had been well received by the four members "
            "who attended.")],
     [("p", "Figures on dental practices accepting new NHS patients in the east locality to be circulated."),
      ("p", "Chase response from Community Leisure.")],
     [("p", "Place Director, ICB"), ("p", " "), ("p", "Scrutiny Support")],
     [("p", "Nov 2025"), ("p", " "), ("p", "Oct 2025")]),

    ("3.", "Questions from members of the public",
     [("p", "One question had been submitted in advance. Mr K Oduya, a resident of Hollinfold, asked "
            "what would happen to patients who currently used the Hollinfold walk-in centre in the "
            "evenings once its opening hours were reduced in January 2026, and whether the people who "
            "use the centre had been consulted on the change."),
      ("p", "Joanne Pilling responded that the centre would continue to open from 8.00 am to 6.00 pm "
            "on weekdays, and that patients needing to be seen in the evening would be directed to the "
            "urgent treatment centre at Throstlebridge Royal Infirmary or offered an extended access "
            "appointment through their own practice. A six week engagement exercise had taken place "
            "over the summer, with 412 responses, and the findings had been published on the ICB "
            "website."),
      ("p", "Mr Oduya asked a supplementary question about the lack of a bus service from Hollinfold "
            "to the Infirmary after 8.00 pm. The Chair asked that this be covered in the written "
            "response to Mr Oduya."),
      ("p", "Cllr Delahunty commented that residents of the Hollinfold estate had not been aware of "
            "the engagement exercise until the decision had been made.")],
     [("p", "Written response to Mr Oduya, to include evening transport to the Infirmary.")],
     [("p", "Place Director, ICB")],
     [("p", "Within 10 working days")]),

    ("4.", "Winter Plan 2025/26 – Throstlebridge Care Organisation",
     [("p", "Dr Sanjay Mehra presented the winter plan for the Throstlebridge health and care system, "
            "which had been developed jointly by the Care Organisation, the ICB and the City Council. "
            "The presentation covered:"),
      ("b", "expected demand at the Infirmary’s emergency department, which was forecast to be 6% "
            "higher than last winter;"),
      ("b", "24 additional step-down beds to open at Fernleigh House from 1 December 2025;"),
      ("b", "the flu and COVID-19 vaccination programme for staff, care home residents and "
            "housebound patients; and"),
      ("b", "the discharge to assess pathways and the seven day joint discharge team."),
      ("p", "Cllr Sutcliffe informed members that the joint discharge team was now based at the "
            "Infirmary seven days a week and that the Council had agreed to fund two additional "
            "social workers in the team until March 2026."),
      ("p", "Members raised a number of issues, including:"),
      ("b", "whether the additional step-down beds would be staffed by agency nurses, and what this "
            "would cost – Dr Mehra advised that 60% of shifts last winter had been filled from the "
            "Care Organisation’s own staff bank, and the aim this year was 75%, which would reduce "
            "agency spend by around £0.8m;"),
      ("b", "concern about the number of people waiting in hospital for a package of care at home, "
            "which Cllr Fogarty said was raised with him regularly by constituents – it was explained "
            "that the average number of people with a delayed discharge had fallen from 58 to 41 over "
            "the last twelve months, but that home care capacity in the west of the city remained "
            "fragile;"),
      ("b", "the low uptake of the flu vaccination among care home staff, which had been 29% last "
            "winter;"),
      ("b", "Cllr Entwistle asked whether the plan took account of unpaid carers who became unwell "
            "themselves over the winter and could no longer cope – Gavin Marsland said that the "
            "carers’ emergency respite scheme would be promoted through GP practices and the Carers "
            "Centre, and that a carer could ring the Adult Social Care contact centre at any time to "
            "arrange it."),
      ("p", "The Chair thanked Dr Mehra for a clear presentation. The Board noted the winter plan "
            "and the risks set out in the presentation.")],
     [("p", "Breakdown of bank and agency fill rates for the step-down beds to be provided."),
      ("p", "Flu vaccination uptake among care home staff to be reported back.")],
     [("p", "Medical Director, TCO"), ("p", " "), ("p", "Director of Public Health")],
     [("p", "Feb 2026"), ("p", " "), ("p", "Feb 2026")]),

    ("5.", "Home Care Recommissioning – pre-decision scrutiny",
     [("p", "Gavin Marsland introduced the report, which would go to Cabinet on 18 November 2025. "
            "The current framework of 31 home care providers would end on 31 March 2026 and the "
            "proposal was to recommission home care on a zonal model, with one lead provider in each "
            "of eight zones supported by a small number of back-up providers. The proposed hourly rate "
            "from April 2026 was £22.40. The report also summarised the results of a survey of service "
            "users and carers, which had received 287 responses."),
      ("p", "Cllr Aslam questioned whether reducing the number of providers would lead to large "
            "national companies, some of them owned by private equity, winning most of the zones. "
            "Gavin Marsland replied that the tender evaluation gave a 40% weighting to quality and "
            "social value, including local employment, and that smaller local providers would be able "
            "to bid as part of a consortium. Cllr Delahunty asked why the option of bringing some home "
            "care back in-house had not been set out in the report. The Assistant Director explained "
            "that the Council already ran an in-house reablement service, and that an initial estimate "
            "had put the cost of a full in-house service at around £4.2m a year more than the current "
            "model, but this had been a desktop exercise only and had not been included in the report. "
            "Mrs Whittle sought clarification on what would happen to people who were happy with their "
            "current care worker if that provider did not win a zone. In response, it was confirmed "
            "that TUPE was likely to apply to staff moving to the new lead provider, and that the "
            "Council would try wherever possible to keep the same care worker with the same person."),
      ("p", "Members expressed concern that the proposed hourly rate would not allow providers to pay "
            "care workers the Real Living Wage and to pay them for their travel time between visits. "
            "Cllr Sutcliffe responded that the rate had been set following a cost of care exercise with "
            "providers and would be reviewed each year, and that she shared members’ wish to see the "
            "Real Living Wage paid across the sector."),
      ("p", "Cllr Fogarty requested that the full results of the survey of service users and carers, "
            "including the comments, be shared with the Board before the Cabinet meeting."),
      ("p", "The Board agreed to recommend to the Lead Member for Adult Services, Health and Wellbeing "
            "that (1) the new contracts require all providers to pay at least the Real Living Wage and "
            "to pay for travel time, and (2) the in-house option is costed in full before a final "
            "decision is made.")],
     [("p", "Full survey results, including comments, to be circulated to the Board."),
      ("p", "Board’s recommendations to be reported to Cabinet on 18 November 2025.")],
     [("p", "Assistant Director, ASC Commissioning"), ("p", " "), ("p", "Scrutiny Support")],
     [("p", "Before 18 Nov 2025"), ("p", " "), ("p", "18 Nov 2025")]),

    ("6.", "Stop Smoking and Vaping – Public Health update",
     [("p", "Claire Buckley gave a presentation on the stop smoking service, which had been "
            "recommissioned from April 2025 and now included support for people who wished to stop "
            "vaping. Smoking prevalence in the city had fallen to 14.9% of adults, which was still "
            "above the England average of 11.6%, and 1,146 people had set a quit date in the first six "
            "months of the year, of whom 58% had quit at four weeks."),
      ("p", "Cllr Greenhalgh was concerned about the number of young people vaping outside schools "
            "and asked what enforcement action was being taken against shops selling vapes to children. "
            "Claire Buckley explained that Trading Standards had carried out 46 test purchases since "
            "April, with 11 sales to under-age volunteers, and that the national ban on single use "
            "vapes from June 2025 had reduced but not stopped the problem. Members queried why the "
            "quit rate among routine and manual workers remained well below the city average."),
      ("p", "Cllr Qureshi asked whether GP practices would still be paid for referrals to the new "
            "service. Dr Okafor confirmed that practices and community pharmacies would continue to "
            "receive a payment for each referral that led to a four week quit."),
      ("p", "The Board noted the update on stop smoking and vaping services."),
      ("p", "Agreed that a report on the impact of the single use vapes ban on young people be added "
            "to the work programme for 2026.")],
     [("p", "Add vapes ban report to the work programme.")],
     [("p", "Scrutiny Support")],
     [("p", "Apr 2026")]),

    ("7.", "Access to children and young people’s mental health services",
     [("p", "Helen Ashworth presented an update on access to children and young people’s mental "
            "health services (CAMHS) in Throstlebridge. Referrals had risen by 22% in two years. The "
            "median wait from referral to first appointment was now 14 weeks, against 19 weeks a year "
            "ago, and a new single point of access had opened in June 2025 to take referrals from "
            "schools, GPs and families."),
      ("p", "Members raised a number of issues, including:"),
      ("b", "the length of waits for neurodevelopmental assessments, which some families had told "
            "members were over two years – it was acknowledged that waits for autism and ADHD "
            "assessments were the longest in the service, and that an independent provider had been "
            "commissioned to clear part of the backlog by the end of 2026;"),
      ("b", "what support was available to pupils and their families while they waited for a first "
            "appointment – the Mental Health Support Teams now worked in 38 of the city’s 96 schools, "
            "and an online counselling service was open to all 11 to 25 year olds;"),
      ("b", "whether young people and their parents had been involved in designing the new single "
            "point of access;"),
      ("b", "Mrs Whittle asked how many young people were being treated in mental health beds outside "
            "the north west – Helen Ashworth said that there were currently three, and that the Trust "
            "reviewed every out of area placement weekly."),
      ("p", "Members noted the update and asked that waiting times for neurodevelopmental assessments, "
            "broken down by age group, be brought to the March 2026 meeting.")],
     [("p", "Neurodevelopmental waiting times by age group to be reported.")],
     [("p", "Service Manager, Pennine Moss NHS FT")],
     [("p", "Mar 2026")]),

    ("8.", "Damp and mould in rented homes – health impacts",
     [("p", "Mark Tonge and Dr Okafor presented a joint report on the health impacts of damp and mould "
            "in social and privately rented homes, and on the Council’s preparations for the first "
            "phase of Awaab’s Law, which would apply to social landlords from 27 October 2025. The "
            "report set out the links between damp homes and childhood asthma and respiratory illness, "
            "and the work of the Healthy Homes officers based in the housing standards team."),
      ("p", "Cllr Entwistle asked how many complaints about damp and mould had been received from "
            "tenants of private landlords in the last year. Mark Tonge replied that 612 complaints had "
            "been received in 2024/25 and that 74 improvement notices had been served, compared with 39 "
            "the year before. Concerns were expressed about families with young children being placed "
            "in temporary accommodation that had damp problems. It was explained that every temporary "
            "accommodation property was inspected before it was first used, but that the shortage of "
            "suitable properties meant that some families had been placed in bed and breakfast "
            "accommodation outside the city for short periods. Mr Pritchard commented that Healthwatch "
            "had received several reports of tenants being told by their landlord that the mould was "
            "caused by their own lifestyle."),
      ("p", "It was agreed that the Chair would write to the three largest registered providers in the "
            "city asking how they would meet the timescales for repairs in Awaab’s Law.")],
     [("p", "Letter from the Chair to registered providers.")],
     [("p", "Chair / Scrutiny Support")],
     [("p", "Nov 2025")]),

    ("9.", "Work Programme 2025/26 and Forward Plan",
     [("p", "Russell Kaye presented the work programme, which now included the following new items arising from this meeting:"),
      ("b", "impact of the single use vapes ban on young people (April 2026);"),
      ("b", "home care recommissioning – update after the Cabinet decision (June 2026)."),
      ("p", "Cllr Delahunty requested that the reduction in opening hours at the Hollinfold walk-in "
            "centre be scheduled as a full item. The Chair agreed that this would be considered at the "
            "next agenda setting meeting."),
      ("p", "The work programme was agreed, subject to the changes above."),
      ("p", "The Forward Plan of key decisions was noted.")],
     [("p", "Update work programme.")],
     [("p", "Scrutiny Support")],
     [("p", "Oct 2025")]),

    ("10.", "Any other business",
     [("p", "None.")],
     [], [], []),

    ("11.", "Date and time of next meeting",
     [("p", "Thursday 20 November 2025 at 1.00 pm in Committee Room 2, Throstlebridge Civic Centre.")],
     [], [], []),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class ActionSheet(FPDF):
        def header(self):
            self.set_font("Sans", "B", 10)
            self.set_xy(12, 8)
            self.cell(200, 5, f"{COMMITTEE} – 16 October 2025")
            self.set_xy(220, 8)
            self.cell(65, 5, "Action Sheet", align="R")
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.3)
            self.line(12, 14, 285, 14)

        def footer(self):
            self.set_font("Sans", "", 7)
            self.set_xy(12, 201)
            self.cell(200, 4, r"R:\Scrutiny\CHSC\Action sheets\2025-26\CHSC AS 161025 v2.docx")
            self.set_xy(220, 201)
            self.cell(65, 4, f"{self.page_no()}", align="R")

    pdf = ActionSheet(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("CHSC Scrutiny Board Action Sheet 16 October 2025")
    pdf.set_author("Scrutiny Support")
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.add_page()

    LEFT, RIGHT, TOP, BOTTOM = 12.0, 285.0, 18.0, 196.0
    LH = 4.1  # line height for 8.5 pt

    # ---- page 1 title block ----
    y = TOP + 2
    pdf.set_font("Sans", "B", 13)
    pdf.set_xy(LEFT, y)
    pdf.cell(RIGHT - LEFT, 6, "THROSTLEBRIDGE CITY COUNCIL", align="C")
    y += 7
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(LEFT, y)
    pdf.cell(RIGHT - LEFT, 6, COMMITTEE.upper(), align="C")
    y += 6
    pdf.set_font("Sans", "", 9.5)
    pdf.set_xy(LEFT, y)
    pdf.cell(RIGHT - LEFT, 5, "Thursday 16 October 2025, Committee Room 2, Throstlebridge Civic Centre",
             align="C")
    y += 5
    pdf.set_xy(LEFT, y)
    pdf.cell(RIGHT - LEFT, 5, "Meeting commenced: 1.00 pm          “     ended: 3.40 pm", align="C")
    y += 9

    # ---- attendance: label column + text column, no rules ----
    lab_w, txt_w = 42.0, RIGHT - LEFT - 42.0
    for label, text in ATTENDANCE:
        pdf.set_font("Sans", "", 8.5)
        lines = pdf.multi_cell(txt_w, LH, text, dry_run=True, output="LINES", align="L")
        pdf.set_font("Sans", "B", 8.5)
        pdf.text(LEFT, y + 3.1, label)
        pdf.set_font("Sans", "", 8.5)
        for i, line in enumerate(lines):
            pdf.text(LEFT + lab_w, y + 3.1 + i * LH, line)
        y += len(lines) * LH + 1.6
    y += 3

    # ---- the table ----
    widths = [12.0, 46.0, 152.0, 40.0, 23.0]
    xs = [LEFT]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    PAD = 1.5
    head = ["No.", "Item", "Discussion and action required", "Responsible\nMember / Officer",
            "Timescale"]

    def draw_head(y0: float) -> float:
        h = 2 * LH + 2
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(LEFT, y0, RIGHT - LEFT, h, style="DF")
        pdf.set_font("Sans", "B", 8.5)
        for x, w, t in zip(xs, widths, head):
            for i, part in enumerate(t.split("\n")):
                pdf.text(x + PAD, y0 + 1 + 3.1 + i * LH, part)
            pdf.line(x, y0, x, y0 + h)
        pdf.line(RIGHT, y0, RIGHT, y0 + h)
        return y0 + h

    def layout(blocks, width, bold_first=False):
        """Return a list of entries (height, text, style, indent)."""
        entries = []
        inner = width - 2 * PAD
        for n, (kind, text) in enumerate(blocks):
            if n:
                entries.append((1.6, None, "", 0))
            if kind == "h":
                pdf.set_font("Sans", "B", 8.5)
                for line in pdf.multi_cell(inner, LH, text, dry_run=True, output="LINES", align="L"):
                    entries.append((LH, line, "B", 0))
            elif kind in ("b", "d"):
                ind = 5.0 if kind == "b" else 9.0
                pdf.set_font("Sans", "", 8.5)
                lines = pdf.multi_cell(inner - ind, LH, text, dry_run=True, output="LINES", align="L")
                for i, line in enumerate(lines):
                    entries.append((LH, line, "", ind, "•" if (i == 0 and kind == "b") else
                                    ("–" if i == 0 else None)))
            else:
                style = "B" if bold_first else ""
                pdf.set_font("Sans", style, 8.5)
                for line in pdf.multi_cell(inner, LH, text, dry_run=True, output="LINES", align="L"):
                    entries.append((LH, line, style, 0))
        return entries

    y = draw_head(y)
    for number, title, disc, action, resp, when in ROWS:
        # the discussion cell holds the discussion, then the action(s) in bold italics
        disc_blocks = list(disc)
        cols = [
            layout([("p", number)], widths[0], bold_first=True),
            layout([("p", title)], widths[1], bold_first=True),
            layout(disc_blocks, widths[2]),
            layout(resp, widths[3]),
            layout(when, widths[4]),
        ]
        # the actions close the discussion cell; the responsible officer and timescale are
        # printed level with each action in their own columns
        if action:
            cols[3], cols[4] = [], []
            resp_t = [t for _, t in resp if t.strip()]
            when_t = [t for _, t in when if t.strip()]
            act_entries = [(1.6, None, "", 0), (LH, "Action:", "B", 0)]
            for n, (kind, text) in enumerate(action):
                if n:
                    act_entries.append((1.6, None, "", 0))
                pdf.set_font("Sans", "I", 8.5)
                a_lines = pdf.multi_cell(widths[2] - 2 * PAD, LH, text, dry_run=True,
                                         output="LINES", align="L")
                pdf.set_font("Sans", "", 8.5)
                r_lines = pdf.multi_cell(widths[3] - 2 * PAD, LH, resp_t[n], dry_run=True,
                                         output="LINES", align="L") if n < len(resp_t) else []
                w_lines = pdf.multi_cell(widths[4] - 2 * PAD, LH, when_t[n], dry_run=True,
                                         output="LINES", align="L") if n < len(when_t) else []
                for i in range(max(len(a_lines), len(r_lines), len(w_lines))):
                    side = {}
                    if i < len(r_lines):
                        side[3] = r_lines[i]
                    if i < len(w_lines):
                        side[4] = w_lines[i]
                    act_entries.append((LH, a_lines[i] if i < len(a_lines) else None, "I", 0,
                                        None, side))
            cols[2].extend(act_entries)
        ptr = [0] * 5
        first_segment = True
        while True:
            seg_top = y
            avail = BOTTOM - seg_top - 2 * PAD
            used_max = 0.0
            for c in range(5):
                used = 0.0
                # a spacer at the top of a continued segment is dropped
                while not first_segment and used == 0 and ptr[c] < len(cols[c]) \
                        and cols[c][ptr[c]][1] is None and not (len(cols[c][ptr[c]]) > 5):
                    ptr[c] += 1
                while ptr[c] < len(cols[c]):
                    e = cols[c][ptr[c]]
                    if used + e[0] > avail:
                        break
                    base = seg_top + PAD + used + 3.1
                    if e[1] is not None:
                        pdf.set_font("Sans", e[2], 8.5)
                        pdf.text(xs[c] + PAD + e[3], base, e[1])
                        if len(e) > 4 and e[4]:
                            pdf.text(xs[c] + PAD + e[3] - 3.5, base, e[4])
                    if len(e) > 5:
                        pdf.set_font("Sans", "", 8.5)
                        for sc, st in e[5].items():
                            pdf.text(xs[sc] + PAD, base, st)
                    used += e[0]
                    ptr[c] += 1
                used_max = max(used_max, used)
            done = all(ptr[c] >= len(cols[c]) for c in range(5))
            seg_h = (used_max + 2 * PAD) if done else (BOTTOM - seg_top)
            pdf.set_line_width(0.2)
            for x in xs + [RIGHT]:
                pdf.line(x, seg_top, x, seg_top + seg_h)
            pdf.line(LEFT, seg_top + seg_h, RIGHT, seg_top + seg_h)
            if first_segment:
                pdf.line(LEFT, seg_top, RIGHT, seg_top)
            first_segment = False
            if done:
                y = seg_top + seg_h
                break
            pdf.add_page()
            y = draw_head(TOP)
        # start a new page if too little room is left for the next row's first lines
        if y > BOTTOM - 14:
            pdf.add_page()
            y = draw_head(TOP)

    pdf.set_font("Sans", "", 8.5)
    if y > BOTTOM - 8:
        pdf.add_page()
        y = TOP
    pdf.text(LEFT, y + 6, "Meeting closed at 3.40 pm.")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a recommendations and actions monitoring table
# ---------------------------------------------------------------------------

MONITOR_ROWS = [
    ("CHSC 25/01", "12 June 2025", "Adult Social Care Annual Report",
     "Members asked whether the number of adults waiting for a Care Act assessment could be "
     "reported by locality at each meeting.",
     "Assistant Director, ASC Operations",
     "Locality breakdown now included in the quarterly performance dashboard circulated to members.",
     "Complete"),
    ("CHSC 25/02", "12 June 2025", "Adult Social Care Annual Report",
     "Agreed that the Board be consulted on the draft Carers Strategy before it goes to Cabinet.",
     "Lead Member for Adult Services, Health and Wellbeing",
     "Draft strategy delayed to allow for the carers’ survey to close. Now expected at the January "
     "2026 meeting.",
     "Ongoing"),
    ("CHSC 25/03", "10 July 2025", "GP Access and Online Booking",
     "Members requested a written response on why some practices in the east locality do not offer "
     "online booking for routine appointments.",
     "Place Director, NHS Irkvale ICB",
     "Response received 30 September 2025 and circulated. Eleven of 34 practices do not yet offer "
     "online booking for all routine appointments; all are expected to do so under the 2025/26 GP "
     "contract by 1 October 2025. Members may wish to ask whether this has been achieved.",
     "Complete"),
    ("CHSC 25/04", "10 July 2025", "Leisure Concessions",
     "Could Community Leisure extend the concessionary membership scheme to unpaid carers?",
     "Scrutiny Support / Community Leisure",
     "Chased 18 September and 8 October 2025. No response yet.",
     "Overdue"),
    ("CHSC 25/05", "11 September 2025", "Urgent Dental Care",
     "RESOLVED to recommend to the ICB that the number of urgent dental sessions in the east "
     "locality be increased.",
     "Place Director, NHS Irkvale ICB",
     "ICB response: funding for 6 additional urgent sessions a week agreed from November 2025, "
     "subject to practices coming forward. Briefing circulated 2 October 2025.",
     "Ongoing"),
    ("CHSC 25/06", "11 September 2025", "Hospital Discharge",
     "Members to visit the joint discharge team at Throstlebridge Royal Infirmary.",
     "Scrutiny Support",
     "Visit took place 29 September 2025 (four members attended). Notes of the visit attached at "
     "Appendix 1.",
     "Complete"),
    ("CHSC 25/07", "11 September 2025", "Suicide Prevention Plan",
     "Members asked what training is offered to taxi drivers and licensed premises staff, and "
     "whether this could be made a condition of licensing.",
     "Director of Public Health",
     "Licensing Committee to consider in December 2025. Training is currently voluntary; 212 drivers "
     "have completed it since 2024.",
     "Ongoing"),
]


def build_monitoring_docx(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Mm(15))
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    hp = sec.header.paragraphs[0]
    hp.text = "Throstlebridge City Council – Scrutiny Support"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = d.add_paragraph()
    r = p.add_run(COMMITTEE)
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Monitoring of recommendations and actions – position at 8 October 2025")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(
        "This table lists the recommendations made and actions agreed by the Board since June 2025, "
        "with the latest response from the lead officer or partner. Items marked Complete will be "
        "removed from the next update unless members ask for them to be kept. Members are asked to "
        "note the position and to consider whether any overdue item should be escalated to the "
        "Overview and Scrutiny Board.")

    headers = ["Ref", "Meeting", "Item", "Recommendation / action", "Lead", "Response / update",
               "Status"]
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, headers):
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "1F4E79")
        cell._tc.get_or_add_tcPr().append(shd)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    fills = {"Complete": "C6EFCE", "Ongoing": "FFEB9C", "Overdue": "FFC7CE"}
    for row in MONITOR_ROWS:
        cells = t.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fills[row[-1]])
        cells[-1]._tc.get_or_add_tcPr().append(shd)
    widths = [Mm(20), Mm(24), Mm(30), Mm(70), Mm(35), Mm(70), Mm(18)]
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w

    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Key: ").bold = True
    p.add_run("Complete – action done or response received; Ongoing – in progress within the "
              "timescale; Overdue – no response by the agreed date.")
    d.add_paragraph("Contact: Nadia Shah, Scrutiny Support Officer, scrutiny@throstlebridge.gov.uk")

    cp = d.core_properties
    cp.author = "Scrutiny Support"
    cp.last_modified_by = "Scrutiny Support"
    cp.title = "CHSC recommendations monitoring October 2025"
    cp.created = dt.datetime(2025, 10, 8, 9, 0, 0)
    cp.modified = dt.datetime(2025, 10, 8, 9, 0, 0)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so that the file is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-16",
    "items": [{"number": n.rstrip("."), "title": t} for n, t, *_ in ROWS],
    "questions": [
        q("2", "comment",
          "the briefing did not say how many dental practices in the east locality",
          "Joanne Pilling agreed to provide the figures before the next meeting",
          "Cllr Greenhalgh", "Joanne Pilling", ["primary-care"]),
        q("3", "question",
          "patients who currently used the Hollinfold walk-in centre in the evenings",
          "the centre would continue to open from 8.00 am to 6.00 pm",
          "Mr K Oduya", "Joanne Pilling", ["primary-care", "patient-and-public-input"]),
        q("3", "question",
          "asked a supplementary question about the lack of a bus service from Hollinfold",
          "The Chair asked that this be covered in the written response",
          "Mr Oduya", "The Chair", []),
        q("3", "comment",
          "residents of the Hollinfold estate had not been aware of the engagement exercise",
          None, "Cllr Delahunty", None, ["patient-and-public-input", "primary-care"]),
        q("4", "question",
          "whether the additional step-down beds would be staffed by agency nurses",
          "60% of shifts last winter had been filled from the Care Organisation’s own staff bank",
          None, "Dr Mehra", ["workforce", "finance"]),
        q("4", "concern",
          "concern about the number of people waiting in hospital for a package of care",
          "the average number of people with a delayed discharge had fallen from 58 to 41",
          "Cllr Fogarty", None, ["adult-social-care"]),
        q("4", "concern",
          "the low uptake of the flu vaccination among care home staff",
          None, None, None, ["public-health", "workforce", "adult-social-care"]),
        q("4", "question",
          "whether the plan took account of unpaid carers who became unwell themselves",
          "the carers’ emergency respite scheme would be promoted through GP practices",
          "Cllr Entwistle", "Gavin Marsland", ["adult-social-care"]),
        q("5", "question",
          "questioned whether reducing the number of providers would lead to large national companies",
          "the tender evaluation gave a 40% weighting to quality and social value",
          "Cllr Aslam", "Gavin Marsland", ["privatisation", "subcontracting", "adult-social-care"]),
        q("5", "question",
          "asked why the option of bringing some home care back in-house",
          "the Council already ran an in-house reablement service",
          "Cllr Delahunty", "The Assistant Director", ["privatisation", "finance", "adult-social-care"]),
        q("5", "question",
          "sought clarification on what would happen to people who were happy",
          "TUPE was likely to apply to staff moving to the new lead provider",
          "Mrs Whittle", None, ["workforce", "subcontracting", "adult-social-care"]),
        q("5", "concern",
          "expressed concern that the proposed hourly rate would not allow providers",
          "the rate had been set following a cost of care exercise with providers",
          None, "Cllr Sutcliffe", ["finance", "workforce", "adult-social-care"]),
        q("5", "request",
          "requested that the full results of the survey of service users and carers",
          None, "Cllr Fogarty", None, ["patient-and-public-input", "adult-social-care"]),
        q("6", "concern",
          "was concerned about the number of young people vaping outside schools",
          "Trading Standards had carried out 46 test purchases since April",
          "Cllr Greenhalgh", "Claire Buckley", ["public-health", "children-and-families"]),
        q("6", "question",
          "queried why the quit rate among routine and manual workers remained",
          None, None, None, ["public-health"]),
        q("6", "question",
          "asked whether GP practices would still be paid for referrals",
          "practices and community pharmacies would continue to receive a payment for each referral",
          "Cllr Qureshi", "Dr Okafor", ["primary-care", "public-health", "finance"]),
        q("7", "concern",
          "the length of waits for neurodevelopmental assessments, which some families",
          "waits for autism and ADHD assessments were the longest in the service",
          None, None, ["mental-health", "children-and-families", "subcontracting"]),
        q("7", "question",
          "what support was available to pupils and their families while they waited",
          "the Mental Health Support Teams now worked in 38 of the city’s 96 schools",
          None, None, ["mental-health", "children-and-families"]),
        q("7", "question",
          "whether young people and their parents had been involved in designing",
          None, None, None, ["mental-health", "children-and-families", "patient-and-public-input"]),
        q("7", "question",
          "asked how many young people were being treated in mental health beds outside",
          "there were currently three, and that the Trust reviewed every out of area placement",
          "Mrs Whittle", "Helen Ashworth", ["mental-health", "children-and-families"]),
        q("8", "question",
          "asked how many complaints about damp and mould had been received from tenants",
          "612 complaints had been received in 2024/25 and that 74 improvement notices",
          "Cllr Entwistle", "Mark Tonge", ["housing"]),
        q("8", "concern",
          "Concerns were expressed about families with young children being placed in temporary accommodation",
          "every temporary accommodation property was inspected before it was first used",
          None, None, ["housing", "children-and-families"]),
        q("8", "comment",
          "Healthwatch had received several reports of tenants being told by their landlord",
          None, "Mr Pritchard", None, ["housing"]),
        q("9", "request",
          "requested that the reduction in opening hours at the Hollinfold walk-in centre",
          "The Chair agreed that this would be considered at the next agenda setting meeting",
          "Cllr Delahunty", "The Chair", ["primary-care"]),
    ],
    "resolutions": [
        r("2", "The action sheet of the meeting held on 11 September 2025 was agreed", "agreed", []),
        r("4", "The Board noted the winter plan and the risks set out", "noted", []),
        r("5", "The Board agreed to recommend to the Lead Member for Adult Services",
          "recommended", ["workforce", "privatisation", "finance", "adult-social-care"]),
        r("6", "The Board noted the update on stop smoking and vaping services", "noted", ["public-health"]),
        r("6", "a report on the impact of the single use vapes ban",
          "agreed", ["public-health", "children-and-families"]),
        r("7", "Members noted the update and asked that waiting times for neurodevelopmental assessments",
          "agreed", ["mental-health", "children-and-families"]),
        r("8", "the Chair would write to the three largest registered providers",
          "agreed", ["housing"]),
        r("9", "The work programme was agreed, subject to the changes above", "agreed", []),
        r("9", "The Forward Plan of key decisions was noted", "noted", []),
    ],
    "attendees": [
        a("Councillor M Hulme", "Chair", "present"),
        a("Councillor T Aslam", None, "present"),
        a("Councillor B Cottam", None, "present"),
        a("Councillor J Delahunty", None, "present"),
        a("Councillor S Entwistle", None, "present"),
        a("Councillor K Fogarty", None, "present"),
        a("Councillor P Greenhalgh", None, "present"),
        a("Councillor I Qureshi", None, "present"),
        a("Mrs D Whittle", "Throstlebridge Pensioners’ Association", "present"),
        a("Mr A Pritchard", "Healthwatch Throstlebridge", "present"),
        a("Councillor L Sutcliffe", "Lead Member for Adult Services, Health and Wellbeing",
          "in_attendance"),
        a("Dr Ruth Okafor", "Director of Public Health", "in_attendance"),
        a("Gavin Marsland", "Assistant Director, Adult Social Care Commissioning", "in_attendance"),
        a("Claire Buckley", "Head of Health Improvement", "in_attendance"),
        a("Mark Tonge", "Head of Housing Options", "in_attendance"),
        a("Dr Sanjay Mehra", "Medical Director, Throstlebridge Care Organisation", "in_attendance"),
        a("Joanne Pilling", "Place Director (Throstlebridge), NHS Irkvale Integrated Care Board",
          "in_attendance"),
        a("Helen Ashworth", "Service Manager, Children and Young People’s Mental Health Services, "
          "Pennine Moss NHS Foundation Trust", "in_attendance"),
        a("Russell Kaye", "Scrutiny Support", "in_attendance"),
        a("Nadia Shah", "Scrutiny Support", "in_attendance"),
        a("Councillor F Ollerton", None, "apologies"),
        a("Councillor J Makin", None, "apologies"),
        a("Steve Burrows", "Strategic Director, People", "apologies"),
    ],
}

OTHER_GOLD = {"document": OTHER_NAME, "doc_type": "other"}


def write_gold() -> None:
    GOLD.mkdir(parents=True, exist_ok=True)
    for g in (MINUTES_GOLD, OTHER_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    bad = 0
    for gpath in [GOLD / f"{Path(n).stem}.json" for n in (MINUTES_NAME, OTHER_NAME)]:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        dpath = DOCS / g["document"]
        if not dpath.exists():
            print(f"MISSING {dpath}")
            bad += 1
            continue
        text = " " + norm(doc_text(dpath)) + " "
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n = text.count(" " + norm(ph) + " ")
            words = len(norm(ph).split())
            if n != 1 or not 6 <= words <= 15:
                print(f"FAIL {g['document']}: {kind} occurs {n}x, {words} words: {ph!r}")
                bad += 1
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    build_minutes_pdf(DOCS / MINUTES_NAME)
    build_monitoring_docx(DOCS / OTHER_NAME)
    write_gold()
    return 0


if __name__ == "__main__":
    sys.exit(main())
