"""Build the `c-` documents of the other-councils evaluation set.

    python tests/other-councils/build_c.py            # write tests/other-councils/documents/c-*
    python tests/other-councils/build_c.py --check    # verify gold phrases against them

Everything here is invented: councils, people, places and figures. The documents imitate the
house styles of English council minutes (two-column PDF, Word table minutes, plain text
copied from a web page) plus two documents that are not minutes.

Deterministic: no network, no randomness, fixed creation dates, fixed zip timestamps.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 11, 20, 9, 0, 0, tzinfo=_dt.timezone.utc)


# ---------------------------------------------------------------------------------------
# 1. Thornbury Council - Health Select Committee (two-column PDF)
# ---------------------------------------------------------------------------------------

THORNBURY_TITLE = [
    ("title", "THORNBURY COUNCIL"),
    ("subtitle", "HEALTH SELECT COMMITTEE"),
    ("meta", "MINUTES of a meeting of the Health Select Committee held in the Council Chamber, "
             "Guildhall, Thornbury on Tuesday 14 October 2025 at 10.30 am"),
]

THORNBURY_BODY = [
    ("label", "Present:"),
    ("p", "Cllr Margaret Okonjo (Chairman), Cllr David Pryce (Vice-Chairman), Cllr Nathan "
          "Brierley, Cllr Sue Cattermole, Cllr Imran Hafeez, Cllr Janet Lowden, Cllr Terence "
          "Maddox (Substitute), Cllr Owen Tregarthen and Cllr Philippa Vaughan-Reid"),
    ("label", "Also Present:"),
    ("p", "Cllr Helen Strand (Cabinet Member for Adult Social Care and Public Health)"),
    ("label", "In attendance:"),
    ("p", "Dr Rachel Amadi (Director of Public Health), Simon Kerridge (Director of Mental "
          "Health Services, Thornbury and Wyvern NHS Foundation Trust), Alison Pennock (Head of "
          "Primary Care Commissioning, Wyvern Integrated Care Board), Mark Delahaye (Senior "
          "Scrutiny Officer) and Kirsty Bale (Democratic Services Officer)"),

    ("h", "20/25  Apologies"),
    ("p", "Apologies were received from Cllr Peter Lyle and Cllr Anne Fairweather. Cllr Terence "
          "Maddox attended as a substitute for Cllr Lyle."),

    ("h", "21/25  Declarations of Interest"),
    ("p", "Cllr Sue Cattermole declared a non-registrable interest in minute 24/25 as her "
          "daughter was employed as a practice nurse at a surgery in Thornbury. She remained in "
          "the meeting and took part in the debate."),

    ("h", "22/25  Minutes of the Previous Meeting"),
    ("p", "It was RESOLVED that the minutes of the meeting held on 2 September 2025 be confirmed "
          "as a correct record and signed by the Chairman."),

    ("h", "23/25  Adult Mental Health Services Update"),
    ("p", "The Director of Mental Health Services introduced the report, which set out progress "
          "in implementing the community mental health framework across Thornbury since the "
          "Committee last considered the matter in February 2025. He highlighted the opening of "
          "two neighbourhood mental health hubs in Cradley Vale and Marsham, and the launch of "
          "the 24-hour crisis line in April."),
    ("p", "During the discussion, the following points were raised:"),
    ("b", "Members asked how long adults referred to the community mental health teams were "
          "currently waiting for a first assessment. The Director advised that the median wait "
          "had reduced to 34 days, although a small number of people with complex needs had "
          "waited longer than 18 weeks."),
    ("b", "Concern was expressed that the number of people placed in acute inpatient beds "
          "outside the county had risen to 19 in August, which meant long journeys for families "
          "and friends visiting them."),
    ("b", "Cllr Nathan Brierley asked whether the crisis caf\u00e9 in Thornbury town centre "
          "would continue once its current grant funding ended in March 2026. The Director "
          "advised that the Trust had identified recurrent funding from its mental health "
          "investment standard allocation and that the caf\u00e9 would remain open."),
    ("b", "A Member questioned the level of vacancies among community psychiatric nurses and "
          "whether reliance on agency staff was affecting continuity of care. The Director "
          "advised that the vacancy rate stood at 14 per cent, down from 21 per cent a year "
          "earlier, and that an international recruitment campaign had appointed 11 nurses "
          "since June."),
    ("b", "Members requested that future reports include data on outcomes for people from Black "
          "and minority ethnic communities, in view of national evidence of disproportionate "
          "detention under the Mental Health Act."),
    ("b", "It was noted that Healthwatch Thornbury had received feedback from service users "
          "about difficulty getting through to the single point of access outside office hours. "
          "The Director advised that a new telephony system would be in place by December 2025 "
          "and that call-back times would be monitored weekly."),
    ("b", "Cllr Imran Hafeez sought clarification on the role of voluntary sector organisations "
          "in the neighbourhood hubs and asked how their contracts would be monitored."),
    ("b", "Cllr Philippa Vaughan-Reid asked what support was available for people with dementia "
          "whose carers were struggling to cope at home. The Cabinet Member for Adult Social "
          "Care and Public Health advised that the carers' support service had been extended "
          "and that respite provision would be reviewed as part of the Adult Social Care budget "
          "setting."),
    ("pb", "It was RESOLVED that:"),
    ("c", "(a)", "the update on adult mental health services be noted; and"),
    ("c", "(b)", "the Director of Mental Health Services be asked to provide a further report to "
                 "the Committee in April 2026, to include waiting times, out-of-area placements "
                 "and outcome data broken down by ethnicity."),

    ("h", "24/25  Access to Primary Care: GP and Dental Services"),
    ("p", "Alison Pennock, Head of Primary Care Commissioning at Wyvern Integrated Care Board "
          "(ICB), presented the report, which summarised the ICB's plan for improving access to "
          "general practice and the position on NHS dental services in Thornbury."),
    ("p", "During the discussion, the following points were raised:"),
    ("b", "Members asked what action was being taken following the decision of the Stoke "
          "Hatherley dental practice to stop accepting NHS patients. The Head of Primary Care "
          "Commissioning advised that the ICB was procuring an interim contract for 6,000 units "
          "of dental activity and expected the new provider to start in January 2026."),
    ("b", "Concern was expressed about the continuing \u201c8am rush\u201d for GP appointments "
          "and the difficulty older residents without internet access had in booking online."),
    ("b", "A Member asked whether community pharmacies had the capacity to deliver the Pharmacy "
          "First service, given recent closures. The Head of Primary Care Commissioning advised "
          "that 41 of the 44 pharmacies in the borough had signed up to Pharmacy First and that "
          "two closures had been offset by extended opening hours elsewhere."),
    ("b", "Cllr Owen Tregarthen asked how many full-time equivalent GPs there were per 10,000 "
          "patients in Thornbury compared with the national average. The Head of Primary Care "
          "Commissioning advised that the figure was 0.48 against a national average of 0.56, "
          "and that paramedics and physiotherapists were being recruited through the primary "
          "care networks to add capacity."),
    ("b", "Members requested a breakdown of appointment data by primary care network, so that "
          "the Committee could identify the practices where access was poorest."),
    ("b", "Cllr Janet Lowden asked whether the ICB's financial position would affect the planned "
          "investment in the new Marsham health centre. The Head of Primary Care Commissioning "
          "advised that the capital funding had been secured from NHS England and was not "
          "affected by the ICB's savings target."),
    ("pb", "It was RESOLVED that:"),
    ("c", "(a)", "the report be noted;"),
    ("c", "(b)", "the Chairman write to the Chief Executive of Wyvern Integrated Care Board "
                 "setting out the Committee's concerns about access to NHS dentistry in "
                 "Thornbury; and"),
    ("c", "(c)", "the Head of Primary Care Commissioning provide a breakdown of GP appointment "
                 "data by primary care network before the next meeting."),

    ("h", "25/25  Stop Smoking Service Recommissioning"),
    ("p", "The Director of Public Health introduced the report, which sought the Committee's "
          "views on the proposal to recommission the Thornbury Stop Smoking Service through an "
          "open tender from April 2026, when the current contract with Clearair Services Ltd "
          "expired. The report also set out how the additional national grant for stop smoking "
          "services would be used."),
    ("p", "During the discussion, the following points were raised:"),
    ("b", "Cllr David Pryce asked whether an in-house option had been fully costed before the "
          "decision to go out to tender was taken. The Director of Public Health advised that "
          "in-house delivery had been appraised and would cost an estimated \u00a3210,000 more "
          "each year, largely because of pension and accommodation costs."),
    ("b", "Concern was expressed that a private provider would be motivated by profit rather "
          "than by reaching the most deprived smokers, and that the current provider had "
          "underperformed in the east of the borough."),
    ("b", "A Member asked how the views of current and former service users had informed the "
          "service specification. The Director of Public Health advised that a survey of 412 "
          "service users and three focus groups had been held over the summer, and that users "
          "had asked for more evening and weekend sessions."),
    ("b", "Cllr Sue Cattermole asked what the new service would do to reduce vaping among "
          "secondary school pupils. The Director of Public Health advised that youth vaping was "
          "outside the scope of the contract but would be addressed through the schools' health "
          "education programme."),
    ("b", "Members asked that the contract include targets for pregnant women who smoke and for "
          "people with serious mental illness, who had the highest smoking rates in the "
          "borough."),
    ("p", "It was moved by Councillor David Pryce, seconded by Councillor Nathan Brierley, that "
          "the Committee recommend to Cabinet that the Stop Smoking Service be brought back "
          "in-house from April 2026 rather than recommissioned through an open tender. Upon "
          "being put to the vote the motion was LOST."),
    ("pb", "It was RESOLVED that:"),
    ("c", "(a)", "the Committee supports the recommissioning of the Stop Smoking Service through "
                 "an open tender, subject to the comments above;"),
    ("c", "(b)", "it be RECOMMENDED to Cabinet that the service specification include specific "
                 "targets for pregnant women and for people with serious mental illness; and"),
    ("c", "(c)", "the Committee receive the outcome of the procurement at its meeting in March "
                 "2026."),

    ("h", "26/25  Forward Work Programme"),
    ("p", "The Senior Scrutiny Officer presented the Committee's forward work programme for "
          "2025/26. Cllr Janet Lowden requested that an item on hospital discharge and the "
          "availability of home care packages be added for the January 2026 meeting. The Senior "
          "Scrutiny Officer confirmed that the item could be accommodated at that meeting."),
    ("p", "It was RESOLVED that the Forward Work Programme be agreed, subject to the addition of "
          "an item on hospital discharge and home care at the January 2026 meeting."),

    ("h", "27/25  Date of Next Meeting"),
    ("p", "The next meeting of the Committee will be held on Tuesday 9 December 2025 at "
          "10.30 am."),
    ("p", "The meeting closed at 1.05 pm."),
    ("sig", "Chairman ........................   Date ..............."),
]

# ---------------------------------------------------------------------------------------
# 4a. Thornbury Council - record of executive decision (single-column PDF, not minutes)
# ---------------------------------------------------------------------------------------

THORNBURY_DECISION = [
    ("title", "THORNBURY COUNCIL"),
    ("subtitle", "RECORD OF EXECUTIVE DECISION"),
    ("kv", "Decision reference:", "EX/2025/118"),
    ("kv", "Decision maker:", "Cabinet"),
    ("kv", "Date of decision:", "Tuesday 4 November 2025"),
    ("kv", "Subject:", "Recommissioning of the Thornbury Stop Smoking Service"),
    ("kv", "Key decision:", "Yes \u2013 included in the Forward Plan published on 3 October 2025"),
    ("kv", "Portfolio:", "Adult Social Care and Public Health"),
    ("kv", "Report author:", "Dr Rachel Amadi, Director of Public Health"),
    ("label", "Decision"),
    ("c", "1.", "To approve the recommissioning of the Thornbury Stop Smoking Service through an "
                "open tender for a contract of three years from 1 April 2026, with an option to "
                "extend for up to two further years."),
    ("c", "2.", "To agree that the service specification will include targets for pregnant women "
                "who smoke and for people with serious mental illness, as recommended by the "
                "Health Select Committee on 14 October 2025."),
    ("c", "3.", "To delegate authority to the Director of Public Health, in consultation with the "
                "Cabinet Member for Adult Social Care and Public Health, to award the contract "
                "following the procurement process."),
    ("label", "Reasons for the decision"),
    ("p", "The current contract with Clearair Services Ltd expires on 31 March 2026 and cannot "
          "be extended further. An open tender is expected to secure the best combination of "
          "quality and price, and will allow the Council to use the additional national grant "
          "for stop smoking services to increase the number of quit attempts by 40 per cent."),
    ("label", "Alternative options considered and rejected"),
    ("c", "(i)", "Bringing the service in-house. Rejected because the estimated additional cost of "
                 "\u00a3210,000 a year could not be met within the public health grant."),
    ("c", "(ii)", "Extending the current contract. Rejected because the contract has no further "
                  "extension options remaining."),
    ("c", "(iii)", "Decommissioning the specialist service and relying on GP and pharmacy "
                   "provision. Rejected because it would reduce access for the groups with the "
                   "highest smoking rates."),
    ("label", "Consultation"),
    ("p", "The Health Select Committee considered the proposal on 14 October 2025. A survey of "
          "service users and three focus groups informed the service specification."),
    ("kv", "Declarations of interest:", "None declared"),
    ("kv", "Dispensations granted:", "None"),
    ("kv", "Call-in deadline:", "5.00 pm on Wednesday 12 November 2025"),
    ("p", "This decision will come into force, and may be implemented, on Thursday 13 November "
          "2025 unless it is called in in accordance with the Overview and Scrutiny Procedure "
          "Rules in Part 4 of the Constitution."),
    ("kv", "Date of publication:", "Wednesday 5 November 2025"),
    ("kv", "Proper Officer:", "Kirsty Bale, Democratic Services Officer, on behalf of the "
                              "Monitoring Officer"),
]


def _pdf_base():
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_author("Democratic Services")
    pdf.set_creator("Microsoft Word")
    return pdf


def _wrap(pdf, text, width):
    """Greedy word wrap at spaces only: never hyphenates, never breaks inside a word."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if pdf.get_string_width(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class TwoColumn:
    """Lays text out in newspaper-style columns: left column, then right, then next page."""

    PAGE_W, PAGE_H = 210.0, 297.0
    MARGIN = 18.0
    GUTTER = 9.0
    TOP = 24.0
    BOTTOM = 277.0
    SIZE = 9.5
    LEADING = 4.55

    def __init__(self, pdf, header, title_block):
        self.pdf = pdf
        self.header = header
        self.col_w = (self.PAGE_W - 2 * self.MARGIN - self.GUTTER) / 2
        self.page_no = 0
        self._new_page(title_block)

    def _new_page(self, title_block=None):
        pdf = self.pdf
        saved = (pdf.font_family, pdf.font_style, pdf.font_size_pt)
        pdf.add_page()
        self.page_no += 1
        pdf.set_text_color(90, 90, 90)
        pdf.set_font("DejaVu", "I", 8)
        pdf.text(self.MARGIN, 12, self.header)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.2)
        pdf.line(self.MARGIN, 14, self.PAGE_W - self.MARGIN, 14)
        pdf.set_font("DejaVu", "", 8)
        label = f"Page {self.page_no}"
        pdf.text((self.PAGE_W - pdf.get_string_width(label)) / 2, 288, label)
        pdf.set_text_color(0, 0, 0)
        y = self.TOP
        if title_block:
            y = self._title(title_block)
        self.col_top = y
        self.col = 0
        self.y = y
        pdf.set_draw_color(180, 180, 180)
        mid = self.MARGIN + self.col_w + self.GUTTER / 2
        pdf.line(mid, self.col_top - 1, mid, self.BOTTOM)
        if saved[0]:
            pdf.set_font(saved[0], saved[1], saved[2])

    def _title(self, block):
        pdf = self.pdf
        y = self.TOP + 4
        full = self.PAGE_W - 2 * self.MARGIN
        for kind, text in block:
            if kind == "title":
                pdf.set_font("DejaVu", "B", 16)
                pdf.text((self.PAGE_W - pdf.get_string_width(text)) / 2, y, text)
                y += 8
            elif kind == "subtitle":
                pdf.set_font("DejaVu", "B", 13)
                pdf.text((self.PAGE_W - pdf.get_string_width(text)) / 2, y, text)
                y += 9
            else:
                pdf.set_font("DejaVu", "", 10)
                for line in _wrap(pdf, text, full):
                    pdf.text(self.MARGIN, y, line)
                    y += 5
        y += 1
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.4)
        pdf.line(self.MARGIN, y, self.PAGE_W - self.MARGIN, y)
        pdf.set_line_width(0.2)
        return y + 7

    def _x0(self):
        return self.MARGIN + self.col * (self.col_w + self.GUTTER)

    def _advance_column(self):
        if self.col == 0:
            self.col = 1
            self.y = self.col_top
        else:
            self._new_page()

    def _room(self, n_lines):
        return self.y + n_lines * self.LEADING <= self.BOTTOM

    def _emit(self, lines, indent=0.0, first_prefix=None, prefix_w=0.0, keep=1):
        """Write lines; `keep` lines must fit before the block may start in this column."""
        if not self._room(min(keep, len(lines))):
            self._advance_column()
        for i, line in enumerate(lines):
            if not self._room(1):
                self._advance_column()
            x = self._x0()
            if i == 0 and first_prefix:
                self.pdf.text(x + indent - prefix_w, self.y + 3.3, first_prefix)
            self.pdf.text(x + indent, self.y + 3.3, line)
            self.y += self.LEADING

    def add(self, block):
        pdf = self.pdf
        kind = block[0]
        if kind == "h":
            self.y += 2.5
            pdf.set_font("DejaVu", "B", self.SIZE + 0.5)
            lines = _wrap(pdf, block[1], self.col_w)
            self._emit(lines, keep=len(lines) + 3)
            self.y += 1.2
        elif kind in ("p", "pb", "label", "sig"):
            style = "B" if kind in ("pb", "label") else ""
            pdf.set_font("DejaVu", style, self.SIZE)
            lines = _wrap(pdf, block[1], self.col_w)
            self._emit(lines, keep=2 if kind in ("pb", "label") else 1)
            self.y += 0.6 if kind == "label" else 1.8
            if kind == "sig":
                self.y += 6
        elif kind == "b":
            pdf.set_font("DejaVu", "", self.SIZE)
            ind = 5.0
            lines = _wrap(pdf, block[1], self.col_w - ind)
            self._emit(lines, indent=ind, first_prefix="\u2022", prefix_w=4.0)
            self.y += 1.4
        elif kind == "c":
            pdf.set_font("DejaVu", "", self.SIZE)
            ind = 7.0
            lines = _wrap(pdf, block[2], self.col_w - ind)
            self._emit(lines, indent=ind, first_prefix=block[1], prefix_w=7.0)
            self.y += 1.4
        else:
            raise ValueError(kind)


def build_thornbury_minutes(path):
    pdf = _pdf_base()
    pdf.set_title("Minutes - Health Select Committee - 14 October 2025")
    header = "Health Select Committee \u2013 Tuesday 14 October 2025"
    layout = TwoColumn(pdf, header, THORNBURY_TITLE)
    for block in THORNBURY_BODY:
        layout.add(block)
    pdf.output(str(path))
    return layout.page_no


def build_thornbury_decision(path):
    pdf = _pdf_base()
    pdf.set_title("Record of Executive Decision EX/2025/118")
    margin, width, leading = 22.0, 166.0, 5.2
    state = {"y": 30.0, "page": 0}

    def new_page():
        pdf.add_page()
        state["page"] += 1
        state["y"] = 30.0
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(90, 90, 90)
        label = f"Page {state['page']}"
        pdf.text((210 - pdf.get_string_width(label)) / 2, 288, label)
        pdf.set_text_color(0, 0, 0)

    def line(x, text):
        if state["y"] > 272:
            new_page()
        pdf.text(x, state["y"], text)
        state["y"] += leading

    new_page()
    for block in THORNBURY_DECISION:
        kind = block[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.text(margin, state["y"], block[1])
            state["y"] += 8
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(margin, state["y"], block[1])
            state["y"] += 4
            pdf.set_line_width(0.4)
            pdf.line(margin, state["y"], margin + width, state["y"])
            state["y"] += 8
        elif kind == "kv":
            pdf.set_font("DejaVu", "B", 10)
            pdf.text(margin, state["y"], block[1])
            pdf.set_font("DejaVu", "", 10)
            for i, ln in enumerate(_wrap(pdf, block[2], width - 50)):
                line(margin + 50, ln)
            state["y"] += 0.8
        elif kind == "label":
            state["y"] += 3
            pdf.set_font("DejaVu", "B", 11)
            line(margin, block[1])
            state["y"] += 0.5
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            for ln in _wrap(pdf, block[1], width):
                line(margin, ln)
            state["y"] += 2
        elif kind == "c":
            pdf.set_font("DejaVu", "", 10)
            first = True
            for ln in _wrap(pdf, block[2], width - 10):
                if first:
                    pdf.text(margin, state["y"], block[1])
                    first = False
                line(margin + 10, ln)
            state["y"] += 1.5
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------
# 2. Eastmarsh District Council - Overview and Scrutiny Committee (Word, minutes in a table)
# ---------------------------------------------------------------------------------------

EASTMARSH_HEAD = [
    ("title", "EASTMARSH DISTRICT COUNCIL"),
    ("title2", "OVERVIEW AND SCRUTINY COMMITTEE"),
    ("p", "Minutes of the meeting of the Overview and Scrutiny Committee held in the Council "
          "Chamber, Marsh House, Eastmarsh on Tuesday 23 September 2025 at 6.30pm"),
    ("att", "Present:", "Cllrs T Daly, M Harcourt-Lane, H Moreby, R Osei, A Pemberton (Chair), "
                        "P Quinlan, S Venn and J Whitlock (Vice-Chair)"),
    ("att", "Apologies:", "Cllrs F Grange and L Bright"),
    ("att", "Also present:", "Cllr K Mistry (Portfolio Holder for Housing and Communities) and "
                             "Cllr B Fenwick (Portfolio Holder for Leisure and Wellbeing)"),
    ("att", "Officers in attendance:", ""),
    ("li", "Rebecca Lowther \u2013 Head of Housing Services"),
    ("li", "Dan Cheung \u2013 Head of Environment and Leisure"),
    ("li", "Gareth Ibbotson \u2013 Chief Finance Officer (Section 151 Officer)"),
    ("li", "Ifeoma Nwosu \u2013 Democratic Services Officer"),
]

# Each row: minute number, item title, list of paragraphs. A paragraph is a string, or a
# (bold lead, rest) tuple for decisions such as "AGREED:".
EASTMARSH_ROWS = [
    ("OS.31", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Cllrs F Grange and L Bright. There were no "
        "substitutions.",
    ]),
    ("OS.32", "Declarations of Interest", [
        "Cllr S Venn declared an other registrable interest in item OS.34 as a trustee of "
        "Eastmarsh Nightstop, a charity providing emergency accommodation for young people. "
        "She remained in the meeting but did not vote on that item.",
    ]),
    ("OS.33", "Minutes of the Previous Meeting", [
        ("AGREED:", " that the minutes of the meeting held on 15 July 2025 be approved as a "
                    "correct record and signed by the Chair."),
    ]),
    ("OS.34", "Homelessness and Rough Sleeping Strategy 2025\u20132030", [
        "Cllr K Mistry, Portfolio Holder for Housing and Communities, introduced the draft "
        "strategy, which had been the subject of an eight-week public consultation over the "
        "summer. The Head of Housing Services summarised the four priorities and explained that "
        "the number of households in temporary accommodation had risen from 58 to 94 in two "
        "years.",
        "Cllr R Osei asked whether the Council had enough temporary accommodation within the "
        "district to stop using bed and breakfast for families. The Head of Service responded "
        "that the Council was purchasing 20 properties through the Local Authority Housing Fund "
        "and expected to end the use of bed and breakfast for families by March 2026.",
        "A Member queried how many responses had been received to the consultation and whether "
        "the views of people with lived experience of homelessness had been sought. The Head of "
        "Service responded that 312 responses had been received, including 27 from people who "
        "had used the housing service, and that two workshops had been held with residents of "
        "the Council's hostel.",
        "Members expressed concern that the cost of temporary accommodation was now forecast to "
        "exceed its budget by \u00a3640,000 in 2025/26.",
        "Cllr M Harcourt-Lane asked whether the Council was working with Eastshire County "
        "Council's adult social care team and the NHS to support people leaving hospital who "
        "had nowhere to live. The Head of Service responded that a housing officer had been "
        "seconded to the hospital discharge team at Eastmarsh General Hospital two days a week.",
        "Cllr P Quinlan requested that the strategy's action plan include clear targets for "
        "reducing rough sleeping and be reported to the Committee every six months.",
        ("RECOMMENDED to Cabinet:", " that the Homelessness and Rough Sleeping Strategy "
         "2025\u20132030 be adopted, subject to the action plan including measurable targets for "
         "reducing rough sleeping, with progress reported to this Committee every six months."),
    ]),
    ("OS.35", "Leisure Services Contract \u2013 Annual Performance Review", [
        "The Head of Environment and Leisure presented the annual review of the leisure "
        "management contract with Activa Leisure Ltd, now in the fourth year of a ten-year "
        "contract. Cllr B Fenwick, Portfolio Holder for Leisure and Wellbeing, was present for "
        "this item.",
        "Cllr J Whitlock asked whether the management fee paid to the operator would increase "
        "following the rise in employer National Insurance contributions. The Head of Service "
        "responded that the contract allowed the operator to seek a change-in-law adjustment, "
        "that negotiations were ongoing and that any increase would be met from the leisure "
        "reserve.",
        "A Member queried why attendances at the Fenmoor swimming pool had fallen by 11 per cent "
        "while attendances at the other centres had risen.",
        "Members expressed concern that the operator was making a profit from a publicly owned "
        "facility while prices for concessionary users had risen by 8 per cent. The Head of "
        "Service responded that any surplus above 5 per cent was shared equally with the Council "
        "under the contract's profit-share mechanism.",
        "Cllr T Daly asked what the operator was doing to encourage physical activity among "
        "older residents and people on low incomes, in line with the Council's health and "
        "wellbeing priorities. The Head of Service responded that the GP exercise referral "
        "scheme had received 640 referrals in the year and that the \u00a31 swim offer for "
        "under-16s on free school meals would continue.",
        "Cllr S Venn asked whether staff at the leisure centres were paid the Real Living Wage.",
        ("NOTED:", " the leisure contract annual performance review for 2024/25."),
    ]),
    ("OS.36", "Disabled Facilities Grants and the Better Care Fund", [
        "The Head of Housing Services introduced the report on the delivery of Disabled "
        "Facilities Grants (DFGs), which were funded through the Better Care Fund pooled budget "
        "held by Eastshire County Council.",
        "Cllr H Moreby asked why the average time from referral to completion of an adaptation "
        "had increased to 38 weeks. The Head of Service responded that the shortage of "
        "occupational therapists at the County Council and of local building contractors had "
        "caused delays, and that a framework of approved contractors was being procured.",
        "Members expressed concern that the Council had carried forward \u00a31.2 million of "
        "unspent grant while residents waited for adaptations.",
        "A Member queried whether the Better Care Fund arrangements gave the district councils "
        "enough say over how the money was spent. The Chief Finance Officer responded that the "
        "district councils were represented on the Better Care Fund partnership board but that "
        "the final plan was signed off by the Eastshire Health and Wellbeing Board.",
        ("AGREED:", " that a task and finish group of four Members be established to review the "
                    "Disabled Facilities Grant process, reporting back to the Committee in "
                    "February 2026."),
        ("RECOMMENDED to Cabinet:", " that the Council's discretionary Disabled Facilities "
         "Grant policy be revised to allow grants of up to \u00a315,000 without a means test "
         "for adaptations that enable a patient to be discharged from hospital."),
    ]),
    ("OS.37", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the work programme. Cllr R Osei asked whether "
        "the Committee could review the waste and recycling collection contract before its "
        "extension is considered by Cabinet in 2026. The Head of Environment and Leisure "
        "responded that a report on the contract options would be available for the January "
        "meeting.",
        ("AGREED:", " that the work programme be approved, with the addition of the waste and "
                    "recycling collection contract at the meeting on 20 January 2026."),
    ]),
]

EASTMARSH_TAIL = [
    "The meeting closed at 8.52pm.",
    "Chair ..............................",
]


def _docx_base():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1
    return d


def _save_docx(d, path):
    """Save with fixed zip timestamps so the output is byte-for-byte reproducible."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",
                                                           i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def _set_cell_shading(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def _header_footer(d, header_text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("Page ")
    run.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r2._r.append(el)


def build_eastmarsh_minutes(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _docx_base()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    _header_footer(d, "Overview and Scrutiny Committee \u2013 23 September 2025")

    for block in EASTMARSH_HEAD:
        kind = block[0]
        if kind in ("title", "title2"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(14 if kind == "title" else 12)
        elif kind == "p":
            p = d.add_paragraph(block[1])
            p.paragraph_format.space_after = Pt(10)
        elif kind == "att":
            p = d.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            if block[2]:
                p.add_run(" " + block[2])
            p.paragraph_format.space_after = Pt(4)
        elif kind == "li":
            p = d.add_paragraph(block[1])
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()

    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    widths = (Cm(2.3), Cm(4.2), Cm(10.5))
    hdr = table.rows[0].cells
    for cell, text, w in zip(hdr, ("Minute No.", "Item", "Discussion and decision"), widths):
        cell.width = w
        cell.paragraphs[0].add_run(text).bold = True
        _set_cell_shading(cell, "D9E2F3")
    for number, title, paras in EASTMARSH_ROWS:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths):
            cell.width = w
        cells[0].paragraphs[0].add_run(number).bold = True
        cells[1].paragraphs[0].add_run(title).bold = True
        first = True
        for para in paras:
            p = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(6)
            if isinstance(para, tuple):
                p.add_run(para[0]).bold = True
                p.add_run(para[1])
            else:
                p.add_run(para)
    d.add_paragraph()
    for text in EASTMARSH_TAIL:
        d.add_paragraph(text)
    _save_docx(d, path)


# ---------------------------------------------------------------------------------------
# 4b. Eastmarsh District Council - scrutiny work programme (Word table, not minutes)
# ---------------------------------------------------------------------------------------

EASTMARSH_WP_ROWS = [
    ("20 January 2026", "Waste and Recycling Collection Contract \u2013 Extension Options",
     "Head of Environment and Leisure; Portfolio Holder for Environment",
     "Pre-decision scrutiny before Cabinet decides in March 2026 whether to extend the "
     "contract with Greenway Environmental Ltd or re-tender.",
     ["Does the current contractor deliver value for money compared with similar councils?",
      "What would be the costs and risks of bringing the service in-house?",
      "How have residents' views on collection frequency been sought?"]),
    ("20 January 2026", "Draft Budget 2026/27 and Medium Term Financial Strategy",
     "Chief Finance Officer; Leader of the Council",
     "To comment on the draft budget before it is considered by Cabinet and Council.",
     ["Are the proposed savings deliverable, and what are the risks if they are not?",
      "Is the planned use of general reserves sustainable over the next three years?",
      "What assumptions have been made about the council tax increase?"]),
    ("17 March 2026", "Disabled Facilities Grants \u2013 Task and Finish Group Report",
     "Chair of the Task and Finish Group; Head of Housing Services",
     "To consider the findings and recommendations of the task and finish group established "
     "in September 2025.",
     ["Has the group identified why adaptations are taking 38 weeks to complete?",
      "Are the recommendations achievable within the Better Care Fund allocation?"]),
    ("17 March 2026", "Homelessness and Rough Sleeping Strategy \u2013 Six-Monthly Progress",
     "Head of Housing Services; Portfolio Holder for Housing and Communities",
     "Monitoring of the action plan, as requested by the Committee.",
     ["Is the Council on track to end the use of bed and breakfast for families?",
      "How many people were found sleeping rough at the last count?"]),
    ("17 March 2026", "Community Safety Partnership Annual Report",
     "Community Safety Manager; Eastshire Police District Commander",
     "Annual scrutiny of the partnership, as required by the Police and Justice Act 2006.",
     ["How effective has the partnership been in tackling anti-social behaviour in the town "
      "centre?",
      "What difference has the new CCTV control room made?"]),
]

EASTMARSH_WP_UNSCHEDULED = [
    "Damp and mould in private rented housing \u2013 enforcement activity",
    "Cost of living support \u2013 use of the Household Support Fund",
    "Performance of the Council's customer contact centre",
]


def build_eastmarsh_work_programme(path):
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = _docx_base()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    _header_footer(d, "Overview and Scrutiny Committee \u2013 Work Programme 2025/26")

    p = d.add_paragraph()
    r = p.add_run("EASTMARSH DISTRICT COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Overview and Scrutiny Committee \u2013 Work Programme 2025/26")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Report of the Democratic Services Manager. Updated following the meeting "
                    "of the Committee on 23 September 2025. Contact: Ifeoma Nwosu, Democratic "
                    "Services Officer.")
    d.add_paragraph("The work programme sets out the items the Committee intends to consider "
                    "at its future meetings. Members are invited to review the programme and "
                    "suggest the questions they wish to pursue with the lead officers and "
                    "Portfolio Holders. Items may be moved between meetings by the Chair in "
                    "consultation with the Vice-Chair.")

    heads = ("Meeting date", "Item", "Lead officer / Portfolio Holder", "Purpose",
             "Questions for the committee to consider")
    widths = (Cm(3), Cm(5), Cm(4.5), Cm(5.5), Cm(8))
    table = d.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, text, w in zip(table.rows[0].cells, heads, widths):
        cell.width = w
        cell.paragraphs[0].add_run(text).bold = True
        _set_cell_shading(cell, "E2EFD9")
    for date, item, lead, purpose, questions in EASTMARSH_WP_ROWS:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths):
            cell.width = w
        cells[0].text = date
        cells[1].paragraphs[0].add_run(item).bold = True
        cells[2].text = lead
        cells[3].text = purpose
        for i, q in enumerate(questions):
            qp = cells[4].paragraphs[0] if i == 0 else cells[4].add_paragraph()
            qp.add_run("\u2022 " + q)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Items awaiting scheduling").bold = True
    for text in EASTMARSH_WP_UNSCHEDULED:
        d.add_paragraph(text, style="List Bullet")
    p = d.add_paragraph("Future meeting dates: 20 January 2026, 17 March 2026 and 14 April 2026.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _save_docx(d, path)


# ---------------------------------------------------------------------------------------
# 3. Southwold Council - Children and Young People Scrutiny Panel (plain text from a web page)
# ---------------------------------------------------------------------------------------

SOUTHWOLD_LINES = [
    "Skip to main content",
    "Southwold Council",
    "Home > Your council > Councillors, meetings and decisions > Children and Young People "
    "Scrutiny Panel > Minutes",
    "",
    "Minutes - Children and Young People Scrutiny Panel - Wednesday 12 November 2025",
    "Meeting of Children and Young People Scrutiny Panel, Wednesday 12 November 2025 2.00pm, "
    "Committee Room 2, Southwold Town Hall",
    "Status: Approved",
    "",
    "Attendance",
    "Present: Councillors Bernadette Quayle (Chair), Marcus Fairlie (Vice-Chair), Yasmin "
    "Akhtar, Colin Dunmore, Grace Ellery-Hunt, Rhys Pengelly and Tom Waddilove",
    "Co-opted members: Reverend Alan Kettering (Diocesan Representative) and Mrs Nadia Sorensen "
    "(Parent Governor Representative)",
    "Also in attendance: Councillor Louise Harker (Cabinet Member for Children's Services), Jo "
    "Castleton (Director of Children's Services), Michael Adeyemi (Assistant Director, "
    "Education and Inclusion), Priya Ranganathan (Head of Safeguarding and Quality Assurance), "
    "Dr Hannah Lusk (Clinical Lead, Southwold CAMHS) and Tina Marsh (Scrutiny Officer)",
    "Apologies: Councillors Derek Bowness and Shona McAlister",
    "",
    "Item 1 - Apologies, Substitutions and Declarations of Interest",
    "Apologies were received from Councillors Derek Bowness and Shona McAlister. There were no "
    "substitutes.",
    "Councillor Grace Ellery-Hunt declared a personal interest as a foster carer for the "
    "Council. Councillor Yasmin Akhtar declared a personal interest in Item 4 as her son "
    "received home to school transport. Both remained in the meeting and took part in the "
    "discussion.",
    "",
    "Item 2 - Minutes of the Previous Meeting",
    "The Panel resolved to approve the minutes of the meeting held on 17 September 2025 as a "
    "correct record.",
    "",
    "Item 3 - Public Question Time",
    "Three questions had been received from members of the public in accordance with the "
    "Panel's procedure rules. The questions, and the answers given at the meeting, are set out "
    "below.",
    "Q: (Mrs Karen Whitby, parent) My daughter has an Education, Health and Care Plan and has "
    "had four different taxi drivers since September, which is very distressing for her. What "
    "is the Council doing to make sure children with SEND have a consistent driver and "
    "passenger assistant?",
    "A: (Councillor Louise Harker, Cabinet Member for Children's Services) I am sorry to hear "
    "about your daughter's experience. The contracts we awarded in July require operators to "
    "keep the same driver and passenger assistant on a route wherever possible, and officers "
    "are meeting the operator concerned this week.",
    "Q: (Mr Stephen Oduya) The Council's consultation on changes to post-16 transport closed in "
    "October. How many responses were received, and will the Panel see the results before "
    "Cabinet makes a decision?",
    "A: (Michael Adeyemi, Assistant Director, Education and Inclusion) 486 responses were "
    "received, 61 per cent of them from parents and carers. The consultation report will be "
    "considered by this Panel on 14 January 2026, before it goes to Cabinet on 3 February 2026.",
    "Q: (Ms Lorna Beckett, Southwold Parent Carer Forum) Families are waiting more than a year "
    "for an ADHD or autism assessment for their child. What is being done about this?",
    "A: (Dr Hannah Lusk, Clinical Lead, Southwold CAMHS) The neurodevelopmental pathway is "
    "commissioned by the Integrated Care Board and waiting times are too long. An additional "
    "provider has been commissioned to carry out 600 assessments this year.",
    "Supplementary Q: (Ms Lorna Beckett) Will families be given support while they wait?",
    "A: (Dr Hannah Lusk) Yes. Our waiting well offer includes parent workshops and a helpline "
    "run with the Parent Carer Forum.",
    "",
    "Item 4 - SEND Transport",
    "Michael Adeyemi, Assistant Director, Education and Inclusion, presented the report on home "
    "to school transport for children with special educational needs and disabilities. "
    "Spending was forecast at \u00a314.8 million in 2025/26, an overspend of \u00a32.9 million, "
    "and the number of eligible children had increased by 17 per cent in a year.",
    "Councillor Colin Dunmore asked why the cost per pupil had risen so sharply. The Assistant "
    "Director said that the main factors were the rising number of children placed in special "
    "schools outside the borough and a shortage of drivers, which had pushed up contract "
    "prices.",
    "Panel members raised concerns about the length of some journeys, with a few children "
    "travelling more than 75 minutes each way.",
    "Councillor Rhys Pengelly asked whether the Council had considered bringing some routes "
    "in-house by running its own minibus fleet. The Assistant Director said that an in-house "
    "fleet for 12 routes was being piloted from January and its costs would be compared with "
    "those of the contracted routes.",
    "Councillor Tom Waddilove requested that independent travel training be offered to more "
    "young people over 14 so that they could travel to school or college on their own.",
    "Mrs Nadia Sorensen asked how parents were consulted before a child's transport "
    "arrangements were changed. The Assistant Director said that parents received 10 working "
    "days' notice of any change and that a parent reference group had been set up.",
    "Councillor Marcus Fairlie questioned whether contract monitoring was robust enough, given "
    "that two operators had been found using drivers without up-to-date DBS checks.",
    "The Panel resolved to note the report and to ask the Assistant Director to report back in "
    "March 2026 on the outcome of the in-house minibus pilot and on journey times.",
    "The Panel also resolved to recommend to Cabinet that the Council's travel training "
    "programme be expanded, funded from the transport savings it is expected to generate.",
    "",
    "Item 5 - Ofsted Inspection of Children's Services: Improvement Plan",
    "Jo Castleton, Director of Children's Services, introduced the update on the improvement "
    "plan following the Ofsted inspection of local authority children's services in May 2025, "
    "which had judged the Council's services as requires improvement to be good.",
    "Councillor Grace Ellery-Hunt asked how the Council planned to reduce its reliance on "
    "agency social workers, which stood at 28 per cent. The Director said that the Council had "
    "launched a social work academy and a retention payment, and that the agency rate was "
    "expected to fall below 20 per cent by the end of 2026.",
    "Councillor Colin Dunmore asked how the Panel would monitor progress against the "
    "improvement plan between inspections. The Head of Safeguarding and Quality Assurance said "
    "that the improvement board met monthly and its performance scorecard could be shared with "
    "the Panel each quarter.",
    "Reverend Alan Kettering raised concerns about the number of children in care placed in "
    "unregistered children's homes run by private companies.",
    "Councillor Yasmin Akhtar requested a breakdown of the number of children in care placed "
    "more than 20 miles from Southwold.",
    "Councillor Bernadette Quayle (Chair) asked for an update on the number of care leavers in "
    "suitable accommodation. The Director said that 91 per cent of care leavers aged 19 to 21 "
    "were in suitable accommodation and that a new supported lodgings scheme would open in "
    "spring 2026.",
    "The Panel resolved to note the improvement plan update and to receive the improvement "
    "board's performance scorecard each quarter.",
    "",
    "Item 6 - Children and Young People's Mental Health and Emotional Wellbeing",
    "Dr Hannah Lusk, Clinical Lead, Southwold CAMHS, gave a presentation on waiting times and "
    "on the new Mental Health Support Teams in schools.",
    "Councillor Rhys Pengelly asked how many schools were now covered by Mental Health Support "
    "Teams. Dr Lusk said that 38 of the borough's 71 schools were covered, and that funding for "
    "two further teams had been confirmed from April 2026.",
    "Councillor Marcus Fairlie expressed concern that young people turning 18 were falling "
    "through the gap between CAMHS and adult mental health services.",
    "Councillor Tom Waddilove asked whether young people had been involved in designing the new "
    "online counselling service. Dr Lusk said that the Southwold Youth Council had helped to "
    "choose the provider and to test the app.",
    "The Panel resolved to note the presentation and to thank Dr Lusk and her team.",
    "",
    "Item 7 - Work Programme",
    "The Scrutiny Officer presented the Panel's work programme. The Panel resolved to add an "
    "item on school exclusions and elective home education to the meeting on 14 January 2026.",
    "",
    "Date of next meeting: Wednesday 14 January 2026 at 2.00pm",
    "The meeting ended at 4.40pm.",
    "",
    "Documents: Agenda frontsheet (PDF, 112KB) | Reports pack (PDF, 2.4MB) | Printed minutes "
    "(PDF, 198KB)",
    "Share this page: Facebook | X | LinkedIn | Email",
    "Was this page helpful? Yes / No",
    "\u00a9 Southwold Council | Accessibility | Privacy | Cookies",
]


def build_southwold(path):
    path.write_text("\n".join(SOUTHWOLD_LINES) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------

TARGETS = {
    "c-thornbury-health-select.pdf": build_thornbury_minutes,
    "c-eastmarsh-scrutiny-table.docx": build_eastmarsh_minutes,
    "c-southwold-children-scrutiny.txt": build_southwold,
    "c-thornbury-cabinet-decision-notice.pdf": build_thornbury_decision,
    "c-eastmarsh-scrutiny-work-programme.docx": build_eastmarsh_work_programme,
}


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, fn in TARGETS.items():
        result = fn(DOCS / name)
        extra = f" ({result} pages)" if isinstance(result, int) else ""
        print(f"wrote {DOCS / name}{extra}")


# ---------------------------------------------------------------------------------------
# Check: every gold phrase occurs verbatim, exactly once, inside one text region
# ---------------------------------------------------------------------------------------

def _ws(s):
    return re.sub(r"\s+", " ", s).strip()


def _loose(s, punct_as_space):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " " if punct_as_space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def regions_pdf(path):
    """Text regions of a PDF in reading order.

    For the two-column minutes each column of each page is its own region (plus the title
    block on page 1), so a phrase found inside one region cannot cross a column or page
    break. Lines ending in a hyphen are reported so that no phrase can straddle one.
    """
    import pdfplumber

    regions, hyphen_ends = [], []
    two_col = "health-select" in path.name
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            mm = 72 / 25.4
            top, bottom = 15 * mm, 280 * mm
            if two_col:
                mid = w / 2
                boxes = []
                if page.page_number == 1:
                    # title block: everything above the first column line
                    rule = [ln for ln in page.lines if abs(ln["x1"] - ln["x0"]) > w * 0.6
                            and ln["top"] > top]
                    title_bottom = min(ln["top"] for ln in rule)
                    boxes.append(("title", (0, top, w, title_bottom)))
                    top = title_bottom + 1
                boxes.append(("left", (0, top, mid, bottom)))
                boxes.append(("right", (mid, top, w, bottom)))
            else:
                boxes = [("body", (0, top, w, bottom))]
            for label, box in boxes:
                text = page.within_bbox(box).extract_text() or ""
                for line in text.splitlines():
                    if re.search(r"\w-$", line.strip()):
                        hyphen_ends.append((page.page_number, label, line))
                regions.append((f"p{page.page_number}-{label}", text))
    return regions, hyphen_ends


def regions_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(path))
    out = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(("para", Paragraph(child, d).text))
        elif tag == "tbl":
            t = Table(child, d)
            for ri, row in enumerate(t.rows):
                seen = set()
                for ci, cell in enumerate(row.cells):
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        out.append((f"r{ri}c{ci}", p.text))
    return out, []


def regions_txt(path):
    return [(f"line{i + 1}", line) for i, line in
            enumerate(path.read_text(encoding="utf-8").splitlines())], []


def document_regions(path):
    if path.suffix == ".pdf":
        return regions_pdf(path)
    if path.suffix == ".docx":
        return regions_docx(path)
    return regions_txt(path)


def check():
    errors, n_phrases = [], 0
    allowed_kinds = {"question", "concern", "request", "comment"}
    allowed_outcomes = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
    theme_slugs = set()
    themes_file = HERE.parent.parent / "minutes" / "themes.yml"
    for line in themes_file.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z0-9-]*):\s*$", line)
        if m and m.group(1) != "ignore_names":
            theme_slugs.add(m.group(1))

    for name in TARGETS:
        path = DOCS / name
        gold_path = GOLD / (Path(name).stem + ".json")
        if not path.exists():
            errors.append(f"{name}: document missing (run the build first)")
            continue
        if not gold_path.exists():
            errors.append(f"{name}: gold file {gold_path.name} missing")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("document") != name:
            errors.append(f"{gold_path.name}: document is {gold.get('document')!r}")
        regions, hyphen_ends = document_regions(path)
        full = _ws(" ".join(t for _, t in regions))
        full_loose = [_loose(full, a) for a in (False, True)]
        region_ws = [(lab, _ws(t)) for lab, t in regions]
        if hyphen_ends:
            for pg, lab, line in hyphen_ends:
                errors.append(f"{name}: line ends with a hyphen (page {pg}, {lab}): {line!r}")

        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer") is not None:
                phrases.append(("answer", q["answer"]))
            if q.get("kind") not in allowed_kinds:
                errors.append(f"{name}: bad kind {q.get('kind')!r}")
            for t in q.get("themes", []):
                if t not in theme_slugs:
                    errors.append(f"{name}: unknown theme {t!r}")
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
            if r.get("outcome") not in allowed_outcomes:
                errors.append(f"{name}: bad outcome {r.get('outcome')!r}")
            for t in r.get("themes", []):
                if t not in theme_slugs:
                    errors.append(f"{name}: unknown theme {t!r}")
        if gold.get("doc_type") != "minutes":
            extra = set(gold) - {"document", "doc_type"}
            if extra:
                errors.append(f"{name}: non-minutes gold has extra keys {sorted(extra)}")

        for kind, phrase in phrases:
            n_phrases += 1
            words = phrase.split()
            if not 6 <= len(words) <= 15:
                errors.append(f"{name}: {kind} phrase has {len(words)} words: {phrase!r}")
            p = _ws(phrase)
            n_exact = full.count(p)
            if n_exact != 1:
                errors.append(f"{name}: {kind} phrase found {n_exact} times verbatim: {phrase!r}")
            inside = [lab for lab, t in region_ws if p in t]
            if len(inside) != 1:
                errors.append(f"{name}: {kind} phrase not inside exactly one region "
                              f"({inside}): {phrase!r}")
            for a, fl in zip((False, True), full_loose):
                n_loose = fl.count(_loose(phrase, a))
                if n_loose != 1:
                    errors.append(f"{name}: {kind} phrase found {n_loose} times after "
                                  f"normalising: {phrase!r}")

        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                errors.append(f"{name}: row refers to unknown item {row['item']!r}")
        for it in gold.get("items", []):
            if it["number"] and it["number"] not in full:
                errors.append(f"{name}: item number {it['number']!r} not printed")
            if _ws(it["title"]) not in full:
                errors.append(f"{name}: item title not printed verbatim: {it['title']!r}")
        for at in gold.get("attendees", []):
            if _ws(at["name"]) not in full:
                errors.append(f"{name}: attendee not printed: {at['name']!r}")
            if at.get("role") and _ws(at["role"]) not in full:
                errors.append(f"{name}: role not printed: {at['role']!r}")
            if at.get("attendance") not in {"present", "apologies", "in_attendance", "absent"}:
                errors.append(f"{name}: bad attendance {at.get('attendance')!r}")

        q = gold.get("questions", [])
        print(f"{name}: {gold.get('doc_type')} items={len(gold.get('items', []))} "
              f"questions={len(q)} (unanswered {sum(1 for x in q if x.get('answer') is None)}) "
              f"resolutions={len(gold.get('resolutions', []))} "
              f"attendees={len(gold.get('attendees', []))}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {n_phrases} phrases each found verbatim exactly once inside one region")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
