#!/usr/bin/env python3
"""Build the "ra-" documents (round 235) and their gold annotations.

Usage:  build_ra.py           write documents/ra-* and gold/ra-*.json beside this script
        build_ra.py --check   verify every gold phrase occurs exactly once in its document

Kennock Vale Council, its people, places, providers and figures are invented.
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

MINUTES_NAME = "ra-kennock-vale-health-adult-social-care-scrutiny-2025-07-15.pdf"
REPORT_NAME = "ra-kennock-vale-eia-carers-support-service-recommissioning-2025-06-24.pdf"

FIXED_MINUTES_PDF = dt.datetime(2025, 7, 24, 11, 42, 0, tzinfo=dt.timezone.utc)
FIXED_REPORT_PDF = dt.datetime(2025, 6, 26, 9, 18, 0, tzinfo=dt.timezone.utc)

COMMITTEE = "Health and Adult Social Care Scrutiny Committee"

# ---------------------------------------------------------------------------
# The minutes (PDF, a two-column ruled table on every page)
# ---------------------------------------------------------------------------
# Attendance blocks above the table:
#   ("run", label, text)        bold label, text in a hanging indent
#   ("list", label, [lines])    bold label, one entry to a line in the hanging indent
# Right-hand cell blocks:
#   ("p", text)                 paragraph
#   ("q", text)                 indented italic quotation
#   ("lab", text)               bold lead-in ("Members discussed:")
#   ("b", text)                 bullet
#   ("cl", letter, text)        lettered clause
#   ("vote", label, text)       recorded vote line
#   ("note", text)              italic note (left / returned to the meeting)

TITLE_LINES = [
    "KENNOCK VALE COUNCIL",
    "HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE",
]

OPENING = ("Minutes of a meeting of the Health and Adult Social Care Scrutiny Committee held "
           "in the Council Chamber, Guildhall, Fore Street, Kennock, KV1 2HB on Tuesday "
           "15 July 2025, commencing at 10.00 am.")

ATTENDANCE = [
    ("run", "Present:",
     "Cllrs J Treloar (Chair), M Penhale (Vice-Chair), A Bassett, H Carveth, R Dunstone, "
     "P Hext, S Kitto, D Oates, N Okafor, E Pollard (substitute for Cllr B Jago), T Rowse and "
     "W Yelland"),
    ("run", "Apologies:", "Cllrs B Jago, F Moyle and C Uren"),
    ("list", "Also present:", [
        "Cllr S Hocking \u2013 Cabinet Member for Adult Social Care and Public Health",
        "A Kessell \u2013 Strategic Director for Adult Social Care",
        "K Ellery \u2013 Head of Financial Assessments and Benefits",
        "L Warne \u2013 Head of Commissioning (Adults)",
        "Dr H Rosevear \u2013 Medical Director, Kennock Healthcare NHS Trust",
        "M Tonkin \u2013 Head of Nursing, Community Hospitals, Kennock Healthcare NHS Trust",
        "J Brokenshire \u2013 Director of Place (Kennock Vale), Kennock and Dunmoor Integrated "
        "Care Board",
        "G Symons \u2013 Healthwatch Kennock Vale (non-voting)",
        "S Pengelly \u2013 Democratic Services Officer",
    ]),
]

ITEMS = [
    ("HASC.31", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Cllrs B Jago, F Moyle and C Uren. "
              "Cllr E Pollard attended as substitute for Cllr Jago."),
    ]),
    ("HASC.32", "Declarations of Interest", [
        ("p", "Cllr H Carveth declared a non-registrable interest in minute HASC.36 (Carers "
              "Support Service \u2013 Recommissioning) as her daughter is employed by Kennock "
              "Carers Hub. Cllr Carveth left the room for the consideration of that item and "
              "took no part in the discussion."),
        ("p", "Cllr P Hext declared a registrable interest in minute HASC.35 as a trustee of "
              "Polgrath Older People\u2019s Forum, which had responded to the consultation. "
              "Cllr Hext remained in the meeting and took part in the discussion and vote."),
    ]),
    ("HASC.33", "Minutes", [
        ("p", "The minutes of the meeting held on 13 May 2025 were confirmed as a correct "
              "record and signed by the Chair, subject to the deletion of the word "
              "\u201cunanimously\u201d from the second paragraph of minute HASC.24."),
        ("p", "Arising from minute HASC.27 (Hospital Discharge), the Chair reported that the "
              "written information on delayed discharges from Kennock General Hospital promised "
              "at the last meeting had been circulated to members on 2 June 2025."),
    ]),
    ("HASC.34", "Public Questions", [
        ("p", "One question had been received in accordance with the Council\u2019s procedure "
              "rules. Mr T Rowe, of Carnvell, attended the meeting and put the following "
              "question:"),
        ("q", "\u201cMy wife attends a day centre three days a week. If the Council starts "
              "counting all of her Attendance Allowance as income, our charge will go up by "
              "more than \u00a330 a week. Will the Council promise that no one will pay more "
              "until Cabinet has decided, and that people will be given proper notice?\u201d"),
        ("p", "Cllr S Hocking, Cabinet Member for Adult Social Care and Public Health, "
              "responded that no changes to charges would be made before Cabinet had taken its "
              "decision in September. If the proposals were approved, every person affected "
              "would receive an individual financial reassessment and at least four "
              "weeks\u2019 written notice before any new charge took effect. She offered to "
              "arrange for a financial assessment officer to visit Mr Rowe and his wife at home "
              "to explain how the charge had been worked out."),
        ("p", "The Chair thanked Mr Rowe for attending."),
    ]),
    ("HASC.35", "Adult Social Care Charging Policy Review", [
        ("p", "The Committee considered the report of the Strategic Director for Adult Social "
              "Care (circulated with the agenda) setting out the findings of the public "
              "consultation on proposed changes to the Council\u2019s Adult Social Care "
              "Charging Policy, which ran from 17 March to 9 June 2025, together with the draft "
              "equality impact assessment. Cabinet is due to take a decision on the proposals "
              "on 10 September 2025 and the views of the Committee will be reported to it."),
        ("p", "The proposals were to: (i) take the higher rate of Attendance Allowance, and the "
              "equivalent rates of Disability Living Allowance and Personal Independence "
              "Payment, into account in full when calculating charges for care and support at "
              "home; (ii) introduce an annual arrangement fee of \u00a3312 for people who pay "
              "the full cost of their care but ask the Council to arrange it for them; and "
              "(iii) charge for both care workers on double-handed calls, where at present only "
              "one is charged for. To soften the effect, the standard allowance for "
              "disability-related expenditure would rise from \u00a320 to \u00a325 a week."),
        ("p", "Cllr Hocking introduced the report. She explained that the Council had one of "
              "the most generous charging policies in the South West, that the proposals would "
              "raise an estimated \u00a31.38m in a full year, and that the adult social care "
              "budget was forecast to overspend by \u00a36.2m in 2025/26 without further "
              "action. The Strategic Director, Ms A Kessell, outlined the consultation "
              "findings: 1,046 responses had been received, 71% of respondents disagreed with "
              "the first proposal, 58% disagreed with the arrangement fee and 64% with the "
              "charge for double-handed calls."),
        ("lab", "Members discussed:"),
        ("b", "concerns that the consultation had shown clear opposition to the first proposal, "
              "and whether Cabinet would be bound by the result \u2013 the Strategic Director "
              "explained that a consultation was not a vote, but that Cabinet must consider the "
              "responses conscientiously before deciding. The full consultation report, "
              "including every free-text comment, would be appended to the Cabinet report."),
        ("b", "how many people would pay more under the proposals. The Head of Financial "
              "Assessments and Benefits, Mr K Ellery, advised that around 1,380 people receiving "
              "care at home would see their charge increase, by an average of \u00a318.40 a "
              "week, and that about 410 of them would pay more than \u00a340 a week extra. "
              "Around 2,900 people would see no change, because their income was below the "
              "level at which charges applied."),
        ("b", "Cllr N Okafor asked whether the standard disability-related expenditure "
              "allowance reflected the real costs faced by disabled people, such as extra "
              "heating, laundry and special diets, which for many were well above \u00a325 a "
              "week \u2013 in reply, Mr Ellery said that the \u00a325 figure was a minimum and "
              "that anyone could ask for an individual assessment of their disability-related "
              "expenditure; last year 287 people had done so and the average allowance awarded "
              "had been \u00a336.70 a week."),
        ("b", "whether the Council had looked at other ways of closing the budget gap before "
              "raising charges \u2013 Cllr Hocking said that \u00a34.1m of savings were already "
              "being delivered through reablement, technology-enabled care and the review of "
              "high-cost packages, and that the charging proposals were one part of a wider "
              "recovery plan rather than the whole of it."),
        ("b", "the risk that people would cancel or reduce their care to avoid the higher "
              "charges, leading to crises and greater costs later on \u2013 Cllr Hocking "
              "accepted that this was a real risk. Cancellations and reductions in care would be "
              "monitored monthly for the first year after any change and the figures reported "
              "to this Committee."),
        ("b", "Cllr S Kitto commented that charging for both care workers on a double-handed "
              "call penalised the people with the most complex needs, who had no choice about "
              "needing two carers."),
        ("b", "whether the \u00a3312 arrangement fee had been set at no more than the cost of "
              "arranging care, as the law required, and how it compared with neighbouring "
              "councils;"),
        ("b", "whether the fee would deter people who fund their own care from approaching the "
              "Council for advice before their savings ran out."),
        ("p", "Responding to both points, the Strategic Director said that the fee had been "
              "calculated from the staff time involved in arranging and reviewing a care "
              "contract and was below the \u00a3390 charged by the nearest comparable council. "
              "People who funded their own care would continue to receive free information and "
              "advice and a needs assessment, and the fee would only apply where the Council "
              "went on to arrange their care."),
        ("b", "Cllr D Oates asked what help would be given to people facing higher charges to "
              "make sure they were claiming everything they were entitled to. Mr Ellery "
              "confirmed that every person reassessed would be offered a full benefits check; "
              "checks carried out by the team last year had secured \u00a32.3m in additional "
              "benefits for residents."),
        ("b", "Cllr W Yelland asked whether the draft equality impact assessment had considered "
              "the combined effect of the proposals and rising energy and food costs on disabled "
              "people on low incomes \u2013 officers advised that the assessment would be "
              "updated to address cumulative impacts before it went to Cabinet."),
        ("b", "Cllr R Dunstone requested that the report to Cabinet include anonymised examples "
              "showing how the proposals would affect typical households. The Strategic "
              "Director agreed to include several worked examples in the report to Cabinet."),
        ("b", "the phasing of the changes. Several members felt that an increase of up to "
              "\u00a340 a week all at once would cause hardship, and asked whether the first "
              "proposal could be phased in over two years \u2013 the Strategic Director said "
              "that phasing was an option open to Cabinet and would reduce the additional "
              "income in 2026/27 by about \u00a3420,000."),
        ("p", "Cllr M Penhale proposed, and Cllr Okafor seconded, that the Committee recommend "
              "to Cabinet that the first proposal be phased in over two years. At the request "
              "of three members a recorded vote was taken on the recommendations as a whole:"),
        ("vote", "For:", "Cllrs Bassett, Carveth, Dunstone, Hext, Kitto, Okafor, Penhale, "
                         "Pollard and Treloar (9)"),
        ("vote", "Against:", "Cllrs Oates and Yelland (2)"),
        ("vote", "Abstain:", "Cllr Rowse (1)"),
        ("lab", "Resolved that the Committee:"),
        ("cl", "(a)", "notes the outcome of the consultation and the draft equality impact "
                      "assessment;"),
        ("cl", "(b)", "recommends to Cabinet that, if the proposal to take the higher rate of "
                      "Attendance Allowance and equivalent benefits into account in full is "
                      "approved, it is phased in over two years, with half of the increase "
                      "applied from April 2026 and the remainder from April 2027; and"),
        ("cl", "(c)", "asks the Strategic Director for Adult Social Care to report the "
                      "monitoring of cancellations and reductions in care to the Committee six "
                      "months after any change takes effect."),
    ]),
    ("HASC.36", "Carers Support Service \u2013 Recommissioning", [
        ("note", "Cllr Carveth, having declared an interest, left the meeting room for this "
                 "item."),
        ("p", "The Head of Commissioning (Adults), Ms L Warne, presented a report on the future "
              "of the Carers Support Service. The service is currently delivered by Kennock "
              "Carers Hub, a local charity, under a contract worth \u00a31.12m a year which "
              "began in April 2021 and, with all extensions used, ends on 31 March 2026. It "
              "supports around 6,800 registered adult carers and completed 1,950 carers\u2019 "
              "assessments in 2024/25 on behalf of the Council."),
        ("p", "The report set out three options: (1) a single contract let through an open "
              "tender; (2) the same, but divided into two lots, east and west; and (3) bringing "
              "carers\u2019 assessments back into the Council\u2019s own adult social care "
              "teams, with information, advice, breaks and wellbeing support tendered as a "
              "single lot. Option 3 was preferred by officers and would be put to the Cabinet "
              "Member for decision in October 2025."),
        ("lab", "Members discussed:"),
        ("b", "whether splitting assessments from the rest of the service would leave carers "
              "with two organisations to deal with, when the Hub was valued precisely because "
              "it offered one point of contact \u2013 Ms Warne said that carers would still "
              "have a single front door. The provider would take all first contacts and refer "
              "carers for an assessment through a shared electronic referral, so that carers "
              "would not have to repeat their story."),
        ("b", "Cllr T Rowse expressed concern that an open tender could see the service won by "
              "a large national company with no roots in Kennock Vale, at the expense of a "
              "local charity with 30 years\u2019 experience \u2013 the Head of Commissioning "
              "advised that social value would make up 20% of the evaluation, that the contract "
              "would require a local base and an advisory board of local carers, and that "
              "early market engagement had drawn interest from six organisations, four of them "
              "local voluntary sector bodies."),
        ("b", "how carers themselves had been involved in shaping the options. Members were "
              "told that 640 carers had responded to an online and paper survey in the spring, "
              "and that a group of 12 carers had co-designed the outcomes the new service would "
              "be measured against."),
        ("b", "what would happen to the Hub\u2019s staff who currently carry out assessments "
              "\u2013 the Strategic Director confirmed that TUPE was likely to apply to around "
              "nine staff whose work was mainly assessment, that they and their trade union had "
              "been briefed, and that the Council would honour their existing terms and "
              "conditions on transfer."),
        ("b", "Cllr Yelland asked how many carers were waiting for an assessment and how long "
              "they waited. Ms Warne reported that 214 carers were waiting at the end of June "
              "2025 and the average wait was 47 days, against a target of 28 days. Bringing "
              "assessments in-house was expected to reduce this, as a carer\u2019s assessment "
              "could then be completed alongside that of the person they cared for."),
        ("b", "the proposed length of the new contract \u2013 Ms Warne confirmed that it would "
              "run for five years with an option to extend for up to two more, which "
              "organisations had said at the market engagement event was needed to justify "
              "investing in staff and premises."),
        ("b", "whether young carers would be covered by the new contract \u2013 officers "
              "explained that support for carers under 18 was commissioned separately by "
              "Children\u2019s Services, but that the specification would require a planned "
              "handover for young carers approaching their eighteenth birthday."),
        ("b", "Cllr A Bassett commented that the Hub had an excellent reputation among carers "
              "and that whichever option was chosen should build on its work rather than start "
              "again."),
        ("lab", "Resolved that the Committee:"),
        ("cl", "(a)", "supports Option 3, under which carers\u2019 assessments are brought back "
                      "in-house and the remaining elements of the Carers Support Service are "
                      "tendered as a single lot; and"),
        ("cl", "(b)", "asks that the draft service specification and evaluation criteria be "
                      "circulated to members of the Committee before the tender is published."),
        ("note", "Cllr Carveth returned to the meeting."),
    ]),
    ("HASC.37", "Porthwenna Community Hospital: Overnight Closure of the Minor Injuries Unit", [
        ("p", "The Chair welcomed Dr H Rosevear, Medical Director, and Ms M Tonkin, Head of "
              "Nursing for Community Hospitals, Kennock Healthcare NHS Trust, and Mr J "
              "Brokenshire, Director of Place (Kennock Vale), Kennock and Dunmoor Integrated "
              "Care Board (ICB)."),
        ("p", "Dr Rosevear gave a presentation (published as a supplement to the agenda) on the "
              "temporary overnight closure of the Minor Injuries Unit (MIU) at Porthwenna "
              "Community Hospital. Since 3 March 2025 the unit had been open from 8.00 am to "
              "10.00 pm only, because the Trust could not safely staff it overnight. Daytime "
              "attendances had risen by 6% since the change. The Trust and the ICB intended to "
              "carry out public engagement in the autumn on the unit\u2019s future opening "
              "hours."),
        ("lab", "Members discussed:"),
        ("b", "how many people had used the unit overnight before the closure, and where they "
              "now went \u2013 Dr Rosevear said that an average of four patients a night had "
              "attended between 10.00 pm and 8.00 am in 2024; since March most had been seen "
              "at the Emergency Department at Kennock General Hospital, 23 miles away, or "
              "advised by NHS 111."),
        ("b", "concerns from Cllr D Oates, as a local member, that residents of Porthwenna and "
              "the surrounding villages had no bus service after 7.00 pm and that people "
              "without a car faced a taxi fare of over \u00a360 to reach Kennock General "
              "Hospital. Dr Rosevear acknowledged the concern. The Trust had agreed with the "
              "ambulance service that calls from the Porthwenna area would be reviewed monthly, "
              "and no rise in ambulance conveyances had yet been seen."),
        ("b", "what the Trust had done to recruit nurses to staff the unit overnight. Ms Tonkin "
              "explained that emergency nurse practitioner posts had been advertised three "
              "times since November 2024. Two of the five posts were now filled. Agency nurses "
              "had not been used overnight, because the unit would then have been staffed by a "
              "single agency nurse working alone, which was not considered safe."),
        ("b", "Cllr Hext asked whether the ICB regarded the closure as a substantial variation "
              "in services on which it would be required to consult the Committee formally;"),
        ("b", "Mrs G Symons, Healthwatch Kennock Vale, reported that Healthwatch had received 37 "
              "comments from residents about the closure, most of them about travel, and asked "
              "that residents\u2019 experiences be reflected in the engagement."),
        ("p", "In reply to these points, Mr Brokenshire said that the ICB and the Trust "
              "regarded the change as temporary and had notified the Chair when it was made. If "
              "a permanent change to the unit\u2019s opening hours were proposed, the ICB would "
              "treat it as a substantial variation and consult the Committee formally. He "
              "welcomed the Healthwatch findings, which would be used to plan the engagement, "
              "and offered to share the draft engagement plan with Healthwatch and the "
              "Committee before it was finalised."),
        ("b", "whether the closure had increased demand on GP practices in the area \u2013 Mr "
              "Brokenshire said that the two practices in Porthwenna had reported a small rise "
              "in requests for same-day appointments on Monday mornings, which the ICB was "
              "monitoring with the primary care network."),
        ("b", "Cllr Oates asked whether the Trust would commit to reopening the unit overnight "
              "once the remaining posts were filled."),
        ("b", "the importance of the League of Friends of Porthwenna Hospital, which had raised "
              "\u00a385,000 towards the unit\u2019s refurbishment in 2023, and the need to keep "
              "the League informed."),
        ("p", "The Committee noted the presentation and asked the Trust and the ICB to report "
              "back to its meeting on 18 November 2025 with the findings of the engagement and "
              "the options for the unit\u2019s future opening hours, including the cost of "
              "reopening it overnight."),
        ("note", "Cllr Oates left the meeting at 12.40 pm."),
    ]),
    ("HASC.38", "Work Programme 2025/26", [
        ("p", "The Committee considered its work programme for 2025/26. The Democratic Services "
              "Officer reported that the informal briefing with the ICB on integrated "
              "neighbourhood teams had been arranged for 4 September 2025, and that all "
              "members of the Committee would be invited."),
        ("lab", "Members discussed:"),
        ("b", "Cllr Dunstone requested that access to NHS dentistry in the east of the area be "
              "added to the work programme, given the number of practices no longer accepting "
              "adult NHS patients \u2013 the Chair agreed that this would be considered at the "
              "next agenda-planning meeting with the Vice-Chair and officers."),
        ("b", "the timing of the item on the Council\u2019s new home care contracts, which "
              "members felt should come before the contracts were awarded rather than after "
              "\u2013 the Head of Commissioning said that the award was scheduled for January "
              "2026 and an item could be taken in November."),
        ("lab", "Resolved that the Committee:"),
        ("cl", "(a)", "notes the work programme for 2025/26; and"),
        ("cl", "(b)", "adds an item on the home care contracts to its meeting on 18 November "
                      "2025, before the contracts are awarded."),
    ]),
    ("HASC.39", "Date of Next Meeting", [
        ("p", "Tuesday 16 September 2025 at 10.00 am in the Council Chamber, Guildhall, "
              "Kennock."),
    ]),
]

CLOSING = "The meeting ended at 12.58 pm."


def _minutes_pdf_class():
    from fpdf import FPDF

    class MinutesPDF(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "", 8)
            self.set_text_color(80, 80, 80)
            self.set_xy(self.l_margin, 9)
            self.cell(self.w - self.l_margin - self.r_margin, 4,
                      f"{COMMITTEE} \u2013 15 July 2025", align="R")
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(80, 80, 80)
            self.set_xy(self.l_margin, self.h - 12)
            self.cell(60, 4, "Kennock Vale Council", align="L")
            self.set_xy(self.w / 2 - 20, self.h - 12)
            self.cell(40, 4, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_xy(self.w - self.r_margin - 60, self.h - 12)
            self.cell(60, 4, "Chair\u2019s initials ..........", align="R")
            self.set_text_color(0, 0, 0)

    return MinutesPDF


LH = 4.9          # line height
PAD = 2.2         # cell padding
LEFT_W = 36.0     # left column width
TOP = 17.0
BOTTOM = 20.0     # space kept clear at the foot of each page


def _wrap(pdf, text, width, style="", size=10):
    pdf.set_font("Helvetica", style, size)
    lines = pdf.multi_cell(width, LH, text, dry_run=True, output="LINES")
    # the dry run hands back text already encoded for the core font: undo that
    return [ln.encode("latin-1").decode("windows-1252") for ln in lines]


def _right_lines(pdf, blocks, width):
    """Lay the right-hand cell out as (height, [(dx, style, text)]) lines; None = spacer."""
    out = []
    gap = LH * 0.55
    for i, block in enumerate(blocks):
        kind = block[0]
        if i:
            out.append((gap, None))
        if kind == "p":
            for ln in _wrap(pdf, block[1], width):
                out.append((LH, [(0, "", ln)]))
        elif kind == "note":
            for ln in _wrap(pdf, block[1], width, "I"):
                out.append((LH, [(0, "I", ln)]))
        elif kind == "q":
            for ln in _wrap(pdf, block[1], width - 12, "I"):
                out.append((LH, [(6, "I", ln)]))
        elif kind == "lab":
            for ln in _wrap(pdf, block[1], width, "B"):
                out.append((LH, [(0, "B", ln)]))
        elif kind == "b":
            lines = _wrap(pdf, block[1], width - 6)
            for j, ln in enumerate(lines):
                segs = [(6, "", ln)]
                if j == 0:
                    segs.insert(0, (1.2, "", "\u2022"))
                out.append((LH, segs))
        elif kind == "cl":
            lines = _wrap(pdf, block[2], width - 9)
            for j, ln in enumerate(lines):
                segs = [(9, "", ln)]
                if j == 0:
                    segs.insert(0, (1.5, "", block[1]))
                out.append((LH, segs))
        elif kind == "vote":
            lines = _wrap(pdf, block[2], width - 20)
            for j, ln in enumerate(lines):
                segs = [(20, "", ln)]
                if j == 0:
                    segs.insert(0, (4, "B", block[1]))
                out.append((LH, segs))
        else:
            raise ValueError(kind)
    return out


def _left_lines(pdf, number, title, width):
    out = [(LH, [(0, "B", number)]), (LH * 0.5, None)]
    for ln in _wrap(pdf, title, width, "B"):
        out.append((LH, [(0, "B", ln)]))
    return out


def _draw_segs(pdf, x, y, segs, width):
    for dx, style, text in segs:
        pdf.set_font("Helvetica", style, 10)
        pdf.set_xy(x + dx, y)
        pdf.cell(width - dx, LH, text)


def build_minutes(path: Path) -> None:
    cls = _minutes_pdf_class()
    pdf = cls(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_MINUTES_PDF)
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Committee - 15 July 2025")
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_margins(18, TOP, 18)
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_line_width(0.25)
    pdf.add_page()
    full_w = pdf.w - pdf.l_margin - pdf.r_margin
    limit = pdf.h - BOTTOM

    # title block
    pdf.set_y(16)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(full_w, 7, TITLE_LINES[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(full_w, 7, TITLE_LINES[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    for ln in _wrap(pdf, OPENING, full_w):
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(full_w, LH, ln)
        y += LH
    y += 3

    # attendance
    hang = 30
    for block in ATTENDANCE:
        kind, label = block[0], block[1]
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(hang, LH, label)
        if kind == "run":
            lines = _wrap(pdf, block[2], full_w - hang)
        else:
            lines = []
            for entry in block[2]:
                lines.extend(_wrap(pdf, entry, full_w - hang))
        for ln in lines:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(pdf.l_margin + hang, y)
            pdf.cell(full_w - hang, LH, ln)
            y += LH
        y += 2.2
    y += 3

    x0 = pdf.l_margin
    xr = x0 + LEFT_W
    right_w = full_w - LEFT_W

    def close(top, bottom):
        pdf.rect(x0, top, full_w, bottom - top)
        pdf.line(xr, top, xr, bottom)

    for number, title, blocks in ITEMS:
        left = _left_lines(pdf, number, title, LEFT_W - 2 * PAD)
        right = _right_lines(pdf, blocks, right_w - 2 * PAD)
        left_h = sum(h for h, _ in left)
        first_right = sum(h for h, _ in right[:3])
        if y + max(left_h, first_right) + 2 * PAD > limit:
            pdf.add_page()
            y = TOP
        top = y
        ly = top + PAD
        for h, segs in left:
            if segs:
                _draw_segs(pdf, x0 + PAD, ly, segs, LEFT_W - 2 * PAD)
            ly += h
        ry = top + PAD
        seg_floor = ly  # the left column's depth on the row's first page
        for h, segs in right:
            if ry + h > limit - PAD:
                close(top, max(ry, seg_floor) + PAD)
                pdf.add_page()
                top = TOP
                ry = top + PAD
                seg_floor = ry
                if segs is None:
                    continue
            if segs:
                _draw_segs(pdf, xr + PAD, ry, segs, right_w - 2 * PAD)
            ry += h
        bottom = max(ry, seg_floor) + PAD
        close(top, bottom)
        y = bottom

    y += 5
    if y + 25 > limit:
        pdf.add_page()
        y = TOP
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(x0, y)
    pdf.cell(full_w, LH, CLOSING)
    y += LH * 3
    pdf.set_xy(x0 + full_w - 80, y)
    pdf.cell(80, LH, "Chair ......................................................")
    y += LH * 1.6
    pdf.set_xy(x0 + full_w - 80, y)
    pdf.cell(80, LH, "Date .......................................................")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The equality impact assessment (PDF, not minutes)
# ---------------------------------------------------------------------------

EIA_DETAILS = [
    ("Title of proposal", "Recommissioning of the Carers Support Service"),
    ("Service area", "Adult Social Care \u2013 Commissioning (Adults)"),
    ("Lead officer", "L Warne, Head of Commissioning (Adults)"),
    ("EIA reference", "ASC/EIA/2025/014"),
    ("Version and date", "Version 1.2, 24 June 2025"),
    ("Decision maker", "Cabinet Member for Adult Social Care and Public Health"),
    ("Review date", "March 2027, six months after the new service begins"),
]

EIA_BODY_1 = [
    ("h", "Section 1: About the proposal"),
    ("p", "Kennock Vale Council has a duty under the Care Act 2014 to assess and support adult "
          "carers who appear to have needs for support. Since April 2021 this duty has been "
          "carried out on the Council\u2019s behalf by Kennock Carers Hub, together with "
          "information and advice, short breaks, emotional support and training for carers. "
          "The contract, worth \u00a31.12m a year, ends on 31 March 2026 and cannot be "
          "extended further."),
    ("p", "The proposal is to bring carers\u2019 assessments back into the Council\u2019s "
          "locality adult social care teams, and to tender the remaining elements (information "
          "and advice, carers\u2019 breaks, wellbeing support and the carers\u2019 register) as "
          "a single contract of five years with an option to extend for up to two years. A "
          "single front door will be kept: all first contacts will go to the new provider, "
          "which will pass referrals for assessment to the Council through a shared electronic "
          "referral."),
    ("p", "This assessment considers the likely effect of the proposal on people with "
          "protected characteristics under the Equality Act 2010, and on three further groups "
          "the Council chooses to consider: carers, people living in rural areas and people on "
          "low incomes. It will be updated after the tender evaluation and again once the new "
          "service has been running for six months."),
    ("h", "Section 2: Who uses the service"),
    ("p", "On 31 March 2025 there were 6,812 adult carers on the carers\u2019 register. The "
          "table compares their profile with the Kennock Vale population aged 18 and over. "
          "Information on sexual orientation, gender reassignment and religion is recorded for "
          "fewer than half of registered carers and is not shown."),
]

EIA_PROFILE = [
    ("Characteristic", "Registered carers", "Kennock Vale adults (2021 Census)"),
    ("Aged 18 to 64", "52%", "70%"),
    ("Aged 65 to 84", "41%", "26%"),
    ("Aged 85 and over", "7%", "4%"),
    ("Female", "68%", "51%"),
    ("Male", "32%", "49%"),
    ("Disabled or with a long-term condition", "38%", "22%"),
    ("From an ethnic minority group", "2.9%", "3.4%"),
    ("Living in a rural area (Rural Urban Classification)", "47%", "44%"),
    ("Caring for 50 or more hours a week", "36%", "not available"),
]

EIA_BODY_2 = [
    ("h", "Section 3: Evidence and engagement"),
    ("p", "Between 7 April and 30 May 2025, 640 carers completed the carers\u2019 survey, 512 "
          "online and 128 on paper. A design group of 12 carers met four times to co-design the "
          "outcomes the new service will be measured against. Six organisations attended a "
          "market engagement event on 22 May 2025. Performance data from Kennock Carers Hub for "
          "2022/23 to 2024/25 and the 2024 Survey of Adult Carers in England were also used."),
    ("p", "The points carers raised most often were: keeping one point of contact (mentioned by "
          "61% of respondents); shorter waits for an assessment (48%); more flexible breaks, "
          "including in the evenings and at weekends (44%); and support to stay in or return "
          "to work (19% of carers of working age). Carers in the design group also said that "
          "information was hard to find for carers whose first language is not English, and "
          "for carers who are themselves disabled."),
    ("p", "At the end of June 2025, 214 carers were waiting for an assessment, with an average "
          "wait of 47 days against a target of 28 days. Waits were longest in the west of the "
          "district, where 58% of waiting carers live."),
    ("h", "Section 4: Assessment of impact"),
    ("p", "Impacts are rated as positive, negative, neutral or mixed. Where a negative impact is "
          "identified, the mitigation is listed and carried into the action plan in Section 5."),
]

EIA_IMPACT = [
    ("Group", "Likely impact", "Evidence and mitigation"),
    ("Age", "Mixed",
     "Older carers are over-represented and are the group most likely to value one point of "
     "contact. Mitigation: single front door, no change of telephone number, a named worker for "
     "carers aged 85 and over."),
    ("Disability", "Positive",
     "Joint assessments of the carer and the person cared for are expected to reduce repeat "
     "visits. Information will be available in Easy Read and large print, and assessments can "
     "be carried out at home."),
    ("Sex", "Neutral",
     "Women make up 68% of registered carers. No differential effect identified; monitoring by "
     "sex will continue."),
    ("Race", "Negative (low)",
     "Carers from ethnic minority groups are slightly under-represented on the register. "
     "Mitigation: translated information, interpreting at assessment and targeted outreach "
     "through community groups."),
    ("Religion or belief", "Neutral", "No differential effect identified."),
    ("Sexual orientation", "Neutral",
     "Recording is incomplete. The provider will be required to improve data collection."),
    ("Gender reassignment", "Neutral", "No differential effect identified."),
    ("Marriage and civil partnership", "Neutral",
     "Many carers care for a spouse or partner; no differential effect from the change."),
    ("Pregnancy and maternity", "Neutral", "No differential effect identified."),
    ("Carers (local priority)", "Positive",
     "Assessments completed alongside the cared-for person\u2019s review should shorten waits. "
     "Risk of confusion during transition mitigated by a 12-week communications plan."),
    ("Rural communities (local priority)", "Negative (medium)",
     "Longer waits in the west and fewer venues for breaks. Mitigation: a local base "
     "required in the contract, outreach sessions in six market towns, travel costs met for "
     "carers attending groups."),
    ("Low income (local priority)", "Mixed",
     "No charge is made for carers\u2019 support. Carers on low incomes may be affected by "
     "separate changes to the charging policy for the person they care for; the cumulative "
     "effect is covered in the charging policy assessment."),
]

EIA_BODY_3 = [
    ("h", "Section 5: Action plan"),
]

EIA_ACTIONS = [
    ("Action", "Lead", "By"),
    ("Include a single front door, a shared referral route and a local base in the service "
     "specification", "Head of Commissioning (Adults)", "September 2025"),
    ("Require translated and Easy Read information and improved equality monitoring in the "
     "contract", "Commissioning Officer, Carers", "September 2025"),
    ("Design a 12-week communications plan for carers with the carers\u2019 design group",
     "Carers Lead, Adult Social Care", "January 2026"),
    ("Arrange outreach assessment sessions in six market towns in the west of the district",
     "Locality Manager (West)", "April 2026"),
    ("Review waiting times and equality data six months after the service begins",
     "Head of Commissioning (Adults)", "October 2026"),
]

EIA_BODY_4 = [
    ("h", "Section 6: Overall outcome of the assessment"),
    ("p", "Outcome 2: adjust the proposal. No unlawful discrimination has been identified. The "
          "main negative impacts, for carers in rural areas and carers from ethnic minority "
          "groups, can be reduced by the actions in Section 5, which have been written into the "
          "draft service specification. The assessment will be published alongside the "
          "Cabinet Member decision report."),
    ("h", "Section 7: Sign-off"),
]

EIA_SIGNOFF = [
    ("Role", "Name", "Date"),
    ("Completed by", "L Warne, Head of Commissioning (Adults)", "24 June 2025"),
    ("Quality checked by", "R Menheniot, Equality and Diversity Officer", "25 June 2025"),
    ("Approved by service director", "A Kessell, Strategic Director for Adult Social Care",
     "26 June 2025"),
]


def build_report(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class EIA(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, "Kennock Vale Council \u2013 Equality Impact Assessment", align="L")
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, "OFFICIAL", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(18)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"ASC/EIA/2025/014   |   Page {self.page_no()} of {{nb}}",
                      align="C")
            self.set_text_color(0, 0, 0)

    pdf = EIA(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_REPORT_PDF)
    pdf.set_title("Equality Impact Assessment - Recommissioning of the Carers Support Service")
    pdf.set_author("Kennock Vale Council")
    pdf.set_creator("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_producer("Microsoft\u00ae Word for Microsoft 365")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    shade = FontFace(emphasis="BOLD", fill_color=(214, 227, 240))

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(width, 9, "Equality Impact Assessment", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(width, 6, "Recommissioning of the Carers Support Service", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(4)

    def table(rows, widths, heading=True, size=9):
        pdf.set_font("Helvetica", "", size)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                       first_row_as_headings=heading, headings_style=shade) as t:
            for row in rows:
                r = t.row()
                for cell in row:
                    r.cell(cell)
        pdf.ln(4)

    def run(blocks):
        for kind, text in blocks:
            if kind == "h":
                if pdf.get_y() > pdf.h - 50:
                    pdf.add_page()
                pdf.ln(1)
                pdf.set_font("Helvetica", "B", 12)
                pdf.set_text_color(31, 73, 125)
                pdf.multi_cell(width, 6.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            else:
                raise ValueError(kind)

    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(50, 120), text_align="LEFT", line_height=5,
                   first_row_as_headings=False) as t:
        for label, value in EIA_DETAILS:
            r = t.row()
            r.cell(label, style=shade)
            r.cell(value)
    pdf.ln(5)

    run(EIA_BODY_1)
    table(EIA_PROFILE, (80, 40, 50))
    run(EIA_BODY_2)
    table(EIA_IMPACT, (42, 28, 100))
    run(EIA_BODY_3)
    table(EIA_ACTIONS, (95, 50, 25))
    run(EIA_BODY_4)
    table(EIA_SIGNOFF, (45, 90, 35))

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


SD = "Strategic Director for Adult Social Care"
HOC = "Head of Commissioning (Adults)"
HFAB = "Head of Financial Assessments and Benefits"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-07-15",
    "items": [{"number": number, "title": title} for number, title, _ in ITEMS],
    "questions": [
        # HASC.34 public questions
        q("HASC.34", "question",
          "Will the Council promise that no one will pay more until Cabinet has decided",
          "Mr T Rowe",
          "no changes to charges would be made before Cabinet had taken its decision",
          "Cllr S Hocking", ["finance", "adult-social-care"]),
        # HASC.35 charging policy
        q("HASC.35", "concern",
          "concerns that the consultation had shown clear opposition to the first proposal",
          None,
          "a consultation was not a vote, but that Cabinet must consider the responses",
          SD, ["patient-and-public-input", "finance"]),
        q("HASC.35", "question",
          "how many people would pay more under the proposals",
          None,
          "around 1,380 people receiving care at home would see their charge increase",
          HFAB, ["finance", "adult-social-care"]),
        q("HASC.35", "question",
          "asked whether the standard disability-related expenditure allowance reflected the real costs",
          "Cllr N Okafor",
          "anyone could ask for an individual assessment of their disability-related expenditure",
          "Mr Ellery", ["finance", "adult-social-care"]),
        q("HASC.35", "question",
          "whether the Council had looked at other ways of closing the budget gap",
          None,
          "the charging proposals were one part of a wider recovery plan",
          "Cllr Hocking", ["finance", "adult-social-care"]),
        q("HASC.35", "concern",
          "the risk that people would cancel or reduce their care to avoid",
          None,
          "Cancellations and reductions in care would be monitored monthly for the first year",
          "Cllr Hocking", ["adult-social-care", "finance"]),
        q("HASC.35", "comment",
          "charging for both care workers on a double-handed call penalised the people",
          "Cllr S Kitto", None, None, ["finance", "adult-social-care"]),
        q("HASC.35", "question",
          "whether the \u00a3312 arrangement fee had been set at no more than the cost",
          None,
          "the fee had been calculated from the staff time involved in arranging",
          SD, ["finance", "adult-social-care"]),
        q("HASC.35", "question",
          "whether the fee would deter people who fund their own care",
          None,
          "would continue to receive free information and advice and a needs assessment",
          SD, ["finance", "adult-social-care"]),
        q("HASC.35", "question",
          "asked what help would be given to people facing higher charges",
          "Cllr D Oates",
          "every person reassessed would be offered a full benefits check",
          "Mr Ellery", ["finance"]),
        q("HASC.35", "question",
          "had considered the combined effect of the proposals and rising energy",
          "Cllr W Yelland",
          "the assessment would be updated to address cumulative impacts before it went",
          None, ["finance"]),
        q("HASC.35", "request",
          "requested that the report to Cabinet include anonymised examples",
          "Cllr R Dunstone",
          "agreed to include several worked examples in the report to Cabinet",
          SD, ["finance"]),
        q("HASC.35", "question",
          "asked whether the first proposal could be phased in over two years",
          None,
          "phasing was an option open to Cabinet and would reduce the additional income",
          SD, ["finance"]),
        # HASC.36 carers support service
        q("HASC.36", "question",
          "whether splitting assessments from the rest of the service would leave carers",
          None,
          "carers would still have a single front door",
          "Ms Warne", ["adult-social-care"]),
        q("HASC.36", "concern",
          "an open tender could see the service won by a large national company",
          "Cllr T Rowse",
          "social value would make up 20% of the evaluation, that the contract would require",
          HOC, ["privatisation", "subcontracting"]),
        q("HASC.36", "question",
          "how carers themselves had been involved in shaping the options",
          None,
          "640 carers had responded to an online and paper survey in the spring",
          None, ["patient-and-public-input", "adult-social-care"]),
        q("HASC.36", "question",
          "what would happen to the Hub\u2019s staff who currently carry out assessments",
          None,
          "TUPE was likely to apply to around nine staff whose work was mainly",
          SD, ["workforce", "subcontracting"]),
        q("HASC.36", "question",
          "asked how many carers were waiting for an assessment and how long",
          "Cllr Yelland",
          "214 carers were waiting at the end of June 2025",
          "Ms Warne", ["adult-social-care"]),
        q("HASC.36", "question",
          "the proposed length of the new contract",
          None,
          "run for five years with an option to extend for up to two more",
          "Ms Warne", ["subcontracting"]),
        q("HASC.36", "question",
          "whether young carers would be covered by the new contract",
          None,
          "support for carers under 18 was commissioned separately by Children\u2019s Services",
          None, ["children-and-families"]),
        q("HASC.36", "comment",
          "the Hub had an excellent reputation among carers and that whichever option",
          "Cllr A Bassett", None, None, ["adult-social-care"]),
        # HASC.37 Porthwenna MIU
        q("HASC.37", "question",
          "how many people had used the unit overnight before the closure",
          None,
          "an average of four patients a night had attended between 10.00 pm",
          "Dr Rosevear", []),
        q("HASC.37", "concern",
          "residents of Porthwenna and the surrounding villages had no bus service",
          "Cllr D Oates",
          "calls from the Porthwenna area would be reviewed monthly",
          "Dr Rosevear", []),
        q("HASC.37", "question",
          "what the Trust had done to recruit nurses to staff the unit overnight",
          None,
          "emergency nurse practitioner posts had been advertised three times since November 2024",
          "Ms Tonkin", ["workforce"]),
        q("HASC.37", "question",
          "whether the ICB regarded the closure as a substantial variation in services",
          "Cllr Hext",
          "the ICB would treat it as a substantial variation and consult the Committee formally",
          "Mr Brokenshire", ["governance"]),
        q("HASC.37", "request",
          "asked that residents\u2019 experiences be reflected in the engagement",
          "Mrs G Symons",
          "He welcomed the Healthwatch findings, which would be used to plan the engagement",
          "Mr Brokenshire", ["patient-and-public-input"]),
        q("HASC.37", "question",
          "whether the closure had increased demand on GP practices in the area",
          None,
          "reported a small rise in requests for same-day appointments on Monday mornings",
          "Mr Brokenshire", ["primary-care"]),
        q("HASC.37", "question",
          "asked whether the Trust would commit to reopening the unit overnight",
          "Cllr Oates", None, None, []),
        q("HASC.37", "comment",
          "the importance of the League of Friends of Porthwenna Hospital",
          None, None, None, []),
        # HASC.38 work programme
        q("HASC.38", "request",
          "access to NHS dentistry in the east of the area be added",
          "Cllr Dunstone",
          "this would be considered at the next agenda-planning meeting",
          "Chair", ["primary-care"]),
        q("HASC.38", "comment",
          "the timing of the item on the Council\u2019s new home care contracts",
          None,
          "the award was scheduled for January 2026 and an item could be taken",
          HOC, ["subcontracting", "adult-social-care"]),
    ],
    "resolutions": [
        res("HASC.33", "were confirmed as a correct record and signed by the Chair",
            "agreed", []),
        res("HASC.35", "it is phased in over two years, with half of the increase applied",
            "recommended", ["finance", "adult-social-care"]),
        res("HASC.36", "supports Option 3, under which carers\u2019 assessments are brought back in-house",
            "agreed", ["privatisation", "subcontracting", "adult-social-care"]),
        res("HASC.37", "asked the Trust and the ICB to report back to its meeting",
            "agreed", ["patient-and-public-input"]),
        res("HASC.38", "adds an item on the home care contracts to its meeting",
            "agreed", ["subcontracting", "adult-social-care"]),
    ],
    "attendees": [
        att("J Treloar", "Chair", "present"),
        att("M Penhale", "Vice-Chair", "present"),
        att("A Bassett", None, "present"),
        att("H Carveth", None, "present"),
        att("R Dunstone", None, "present"),
        att("P Hext", None, "present"),
        att("S Kitto", None, "present"),
        att("D Oates", None, "present"),
        att("N Okafor", None, "present"),
        att("E Pollard", "substitute for Cllr B Jago", "present"),
        att("T Rowse", None, "present"),
        att("W Yelland", None, "present"),
        att("B Jago", None, "apologies"),
        att("F Moyle", None, "apologies"),
        att("C Uren", None, "apologies"),
        att("Cllr S Hocking", "Cabinet Member for Adult Social Care and Public Health",
            "in_attendance"),
        att("A Kessell", SD, "in_attendance"),
        att("K Ellery", HFAB, "in_attendance"),
        att("L Warne", HOC, "in_attendance"),
        att("Dr H Rosevear", "Medical Director, Kennock Healthcare NHS Trust", "in_attendance"),
        att("M Tonkin", "Head of Nursing, Community Hospitals, Kennock Healthcare NHS Trust",
            "in_attendance"),
        att("J Brokenshire",
            "Director of Place (Kennock Vale), Kennock and Dunmoor Integrated Care Board",
            "in_attendance"),
        att("G Symons", "Healthwatch Kennock Vale (non-voting)", "in_attendance"),
        att("S Pengelly", "Democratic Services Officer", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}

THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care", "mental-health",
          "children-and-families", "adult-social-care", "housing"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self):
                super().__init__()
                self.parts = []

            def handle_data(self, data):
                self.parts.append(data)

        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return " ".join(p.parts)
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("ra-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"FAIL {doc.name}: unknown themes {sorted(bad)}")
                problems += 1
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
            bad = set(row["themes"]) - THEMES
            if bad:
                print(f"FAIL {doc.name}: unknown themes {sorted(bad)}")
                problems += 1
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
