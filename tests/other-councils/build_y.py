#!/usr/bin/env python
"""Build the "y-" documents of the other-councils evaluation set and their gold annotations.

  python tests/other-councils/build_y.py          # build documents and gold
  python tests/other-councils/build_y.py --check  # build, then verify every gold phrase

Documents (all invented):
  y-wexcombe-adults-health-scrutiny-minutes-2025-10-14.pdf   right-hand "Action" margin
  y-ashgrove-asc-health-osp-minutes-2025-09-18.docx          continuous auto-numbered paragraphs
  y-brackenmoor-health-housing-scrutiny-minutes-2025-07-22.html   minutes in one <pre> block
  y-wexcombe-constitution-health-scrutiny-terms-of-reference.pdf  NOT minutes (constitution extract)
"""
import datetime
import html
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------

NOTE_RE = re.compile(r"\{\{(.*?)\}\}\s*")


def strip_notes(text):
    return NOTE_RE.sub("", text).replace("**", "")


def norm(text):
    text = text.lower()
    text = re.sub(r"[^0-9a-z£%]+", " ", text)
    return " ".join(text.split())


def count_phrase(phrase, text):
    p = " " + norm(phrase) + " "
    t = " " + norm(text) + " "
    n, i = 0, t.find(p)
    while i >= 0:
        n += 1
        i = t.find(p, i + 1)
    return n


VOWELS = set("aeiouy")
DIGRAPHS = {"th", "sh", "ch", "ph", "wh", "ck", "gh", "qu", "ng"}
ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "kn",
          "th", "ch", "sh", "ph", "wh"}


def _vowel_groups(s):
    return len(re.findall(r"[aeiouy]+", s))


def hyphen_points(core):
    """Candidate break points in a lower-case word (a small syllable heuristic,
    roughly what a word processor's hyphenation produces)."""
    pts = set()
    n = len(core)
    if n < 7 or not core.isalpha() or not core.islower():
        return []
    for i in range(2, n - 2):
        a, b = core[i - 1], core[i]
        if core[i - 1:i + 1] in DIGRAPHS or core[i - 1:i + 1] in ONSETS and a not in VOWELS:
            continue
        head, tail = core[:i], core[i:]
        if not any(c in VOWELS for c in head) or not any(c in VOWELS for c in tail):
            continue
        # a one-syllable tail such as -ved, -med, -des is never split off
        if _vowel_groups(tail) == 1 and re.search(r"[^aeiouy]e[ds]$", tail) and len(tail) <= 4:
            continue
        if tail.endswith("ing") and len(tail) == 4 and a != b:
            continue            # meet-ing, not mee-ting (but plan-ning)
        if b in VOWELS:
            continue
        nxt = core[i + 1]
        if nxt in VOWELS or (core[i:i + 2] in ONSETS and i + 2 < n and core[i + 2] in VOWELS):
            pts.add(i)
    if core.endswith("ing") and core[n - 4] not in VOWELS and core[n - 5] != core[n - 4]:
        pts.add(n - 3)
    return sorted(p for p in pts if 2 <= p <= n - 3)


# ---------------------------------------------------------------------------
# PDF engine: justified, hyphenated body column with an optional action margin
# ---------------------------------------------------------------------------

class LaidPDF(FPDF):
    def __init__(self, header_left, header_right, footer_fn, action_col=False,
                 body_x0=20, body_x1=160, act_x0=166, act_x1=190, top=26, bottom=277,
                 first_page_header=False):
        super().__init__(format="A4", unit="mm")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(False)
        self.header_left = header_left
        self.header_right = header_right
        self.footer_fn = footer_fn
        self.action_col = action_col
        self.body_x0, self.body_x1 = body_x0, body_x1
        self.act_x0, self.act_x1 = act_x0, act_x1
        self.top, self.bottom = top, bottom
        self.first_page_header = first_page_header
        self.col_top = None          # where the action rule starts on this page
        self.note_floor = 0          # lowest y used by a margin note on this page
        self.cur = top

    # page furniture ------------------------------------------------------
    def header(self):
        self.note_floor = 0
        if self.page_no() == 1 and not self.first_page_header:
            self.cur = 20
            self.col_top = None
            return
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.text(self.body_x0, 15, self.header_left)
        w = self.get_string_width(self.header_right)
        self.text(190 - w, 15, self.header_right)
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(self.body_x0, 17, 190, 17)
        self.set_text_color(0, 0, 0)
        self.cur = self.top
        if self.action_col:
            self.start_action_column()

    def start_action_column(self):
        self.col_top = self.cur
        self.set_font("DV", "B", 9)
        self.text(self.act_x0 + 1, self.cur + 3.5, "Action")
        self.cur += 0.0
        self.note_floor = self.cur + 6

    def footer(self):
        if self.action_col and self.col_top is not None:
            self.set_draw_color(150, 150, 150)
            self.set_line_width(0.2)
            self.line(self.act_x0 - 3, self.col_top, self.act_x0 - 3, self.bottom)
        self.set_text_color(60, 60, 60)
        self.footer_fn(self)
        self.set_text_color(0, 0, 0)

    # layout ---------------------------------------------------------------
    def need(self, h):
        if self.cur + h > self.bottom:
            self.add_page()

    def space(self, h):
        self.cur += h

    def _tokens(self, text, bold=False):
        """Split text into (word, bold, note) tokens. **x** toggles bold,
        {{NOTE}} attaches a margin note to the next word."""
        toks = []
        pending = None
        for seg in re.split(r"(\{\{.*?\}\})", text):
            if seg.startswith("{{") and seg.endswith("}}"):
                pending = seg[2:-2]
                continue
            for w in seg.split():
                b = bold
                if w.startswith("**"):
                    w = w[2:]
                    self._bold_run = True
                if getattr(self, "_bold_run", False):
                    b = True
                if w.endswith("**"):
                    w = w[:-2]
                    self._bold_run = False
                if not w:
                    continue
                toks.append([w, b, pending])
                pending = None
        self._bold_run = False
        return toks

    def _w(self, word, bold, size):
        self.set_font("DV", "B" if bold else "", size)
        return self.get_string_width(word)

    def para(self, text, x0=None, x1=None, size=10, lh=4.9, justify=True, bold=False,
             label=None, label_x=None, after=2.6, hyphenate=True, italic=False):
        x0 = self.body_x0 if x0 is None else x0
        x1 = self.body_x1 if x1 is None else x1
        toks = self._tokens(text, bold)
        width = x1 - x0
        sp = self._w(" ", False, size)
        lines = []
        line, lw = [], 0.0
        i = 0
        while i < len(toks):
            w, b, note = toks[i]
            ww = self._w(w, b, size)
            add = ww if not line else lw + sp + ww
            if add <= width:
                line.append([w, b, note, ww])
                lw = add
                i += 1
                continue
            # try to hyphenate the word onto this line
            done = False
            if hyphenate and line:
                m = re.match(r"^([a-z]+)([,.;:)]*)$", w)
                if m:
                    core, punct = m.group(1), m.group(2)
                    for p in reversed(hyphen_points(core)):
                        head = core[:p] + "-"
                        hw = self._w(head, b, size)
                        if lw + sp + hw <= width:
                            line.append([head, b, note, hw])
                            lines.append((line, True))
                            rest = core[p:] + punct
                            toks[i] = [rest, b, None]
                            line, lw = [], 0.0
                            done = True
                            break
            if done:
                continue
            if not line:   # over-long word: put it on its own
                line.append([w, b, note, ww])
                lines.append((line, True))
                line, lw = [], 0.0
                i += 1
                continue
            lines.append((line, True))
            line, lw = [], 0.0
        if line:
            lines.append((line, False))
        first = True
        for ln, full in lines:
            self.need(lh)
            y = self.cur
            if first and label:
                self.set_font("DV", "B" if bold else "", size)
                self.text(label_x if label_x is not None else self.body_x0, y + lh * 0.75, label)
            first = False
            total = sum(t[3] for t in ln)
            gap = sp
            if justify and full and len(ln) > 1:
                gap = (width - total) / (len(ln) - 1)
            x = x0
            for w, b, note, ww in ln:
                style = "B" if b else ("I" if italic else "")
                self.set_font("DV", style, size)
                self.text(x, y + lh * 0.75, w)
                x += ww + gap
                if note and self.action_col:
                    self.margin_note(note, y)
            self.cur += lh
        self.cur += after

    def margin_note(self, note, y):
        self.set_font("DV", "B", 8.5)
        ny = max(y, self.note_floor)
        words = note.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.get_string_width(t) <= self.act_x1 - self.act_x0 and True:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        for ln in lines:
            self.text(self.act_x0 + 1, ny + 3.7, ln)
            ny += 3.8
        self.note_floor = ny + 1.0


def pdf_text_body(path, x1_mm, top_mm, bottom_mm):
    """Text of the body column only, page furniture cut away, end-of-line
    hyphens re-joined: what a careful reader reads."""
    import pdfplumber
    k = 72 / 25.4
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            top = top_mm * k if page.page_number > 1 else 0
            crop = page.crop((0, top, x1_mm * k, bottom_mm * k))
            out.append(crop.extract_text() or "")
    t = "\n".join(out)
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)


def pdf_text_full(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)

# ===========================================================================
# 1. Wexcombe County Council - PDF minutes with a right-hand Action margin
# ===========================================================================

DOC1 = "y-wexcombe-adults-health-scrutiny-minutes-2025-10-14.pdf"

D1_ATTEND = [
    ("Present:", "Councillor M J Harker (Chairman)"),
    ("", "Councillor S Brightwell (Vice-Chairman)"),
    ("", "Councillors P Adeyemi, R Colquhoun, T Denham, A Fairweather, K Gill, "
         "L Okonedo and J Pemberton (substitute for Councillor D Rowe)"),
    ("Co-opted:", "Mr G Tennant (Healthwatch Wexcombe) – non-voting"),
    ("Also present:", "Councillor H Vickery (Cabinet Member for Adult Social Care and Public Health)"),
    ("Officers:", "Jane Stainton (Executive Director – Adults, Health and Wellbeing); "
                  "Dr Amara Nkemelu (Director of Public Health); Colin Farrow (Head of "
                  "Commissioning – All Age Disability, Mental Health and Home Care); Priya Lal "
                  "(Strategic Finance Business Partner – Adults); Eleanor Lomas (Democratic "
                  "Services Officer and Clerk to the Committee)"),
    ("NHS:", "Ruth Kettering (Chief Operating Officer, NHS Wexcombe and Thane Integrated Care "
             "Board); Dominic Paterson (Director of Strategy and Partnerships, Wexcombe "
             "Hospitals NHS Foundation Trust)"),
]

# blocks: ("item", num, title) | ("p", text) | ("res",) | ("cl", label, text)
D1_BLOCKS = [
    ("item", "12.", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Councillor D Rowe (Councillor J Pemberton "
          "attending as his substitute) and from Councillor F Quayle."),
    ("item", "13.", "Declarations of Interest"),
    ("p", "Councillor L Okonedo declared a personal, non-pecuniary interest in Minute 16 as a "
          "close family member is employed as a home care worker by one of the providers named "
          "in the report, and remained in the meeting. Councillor K Gill declared a personal "
          "interest in Minute 18 as a public governor of Wexcombe Hospitals NHS Foundation "
          "Trust. There were no other declarations."),
    ("item", "14.", "Minutes of the Previous Meeting"),
    ("p", "Arising from Minute 8, the Clerk reported that the written note on podiatry "
          "waiting times requested by the Committee had been circulated to all Members on "
          "23 September 2025."),
    ("res",),
    ("cl", "", "That the minutes of the meeting held on 9 September 2025 be confirmed as a "
               "correct record and signed by the Chairman."),
    ("item", "15.", "Public Questions"),
    ("p", "One question had been received in accordance with Standing Order 9. Mrs P Oduya, of "
          "Thane Vale, asked whether the equality impact assessment for the proposed closure of "
          "the Beckside Day Centre would be published before Cabinet took any decision; the "
          "Cabinet Member replied that a full equality impact assessment would be published with "
          "the Cabinet report in November, with the consultation responses appended to it. "
          "By way of a supplementary question Mrs Oduya asked whether each family would be "
          "offered an individual meeting, and the Executive Director confirmed that {{JS}}every "
          "family affected would be offered a face-to-face review with a social worker before "
          "the consultation closed."),
    ("item", "16.", "Home Care Recommissioning – Outcome of Procurement and Contract Award"),
    ("p", "The Head of Commissioning introduced the report, which set out the outcome of the "
          "competitive procurement for a new home care framework covering the four zones of the "
          "county from 1 April 2026. Eleven providers had been appointed to the framework, three "
          "of them new to Wexcombe, although the zone contracts for Wexcombe North and the Thane "
          "Valley had attracted only two compliant bids each. The estimated annual value of the "
          "contracts was £38.6 million, an increase of 9.4% on 2024/25, which reflected the "
          "National Living Wage uplift and the increase in employers' national insurance "
          "contributions."),
    ("p", "Councillor Colquhoun asked why only two compliant bids had been received for the "
          "rural zones and whether the Council had considered providing care directly in those "
          "areas; the Head of Commissioning replied that travel time and mileage costs made rural "
          "rounds unattractive to providers, and that {{CF / Jan}}an in-house pilot in the Thane "
          "Valley was being costed for Cabinet in the new year. Councillor Adeyemi expressed "
          "concern that three of the appointed providers were owned by private equity groups and "
          "asked what safeguards existed if a provider failed; the Executive Director replied "
          "that financial resilience had been scored at tender stage, that annual credit checks "
          "were a condition of the framework and that a provider failure protocol had been agreed "
          "with the Care Quality Commission. Councillor Denham asked what hourly rate had been "
          "set, and the Head of Commissioning confirmed that the framework rate for 2026/27 would "
          "be £26.40 per hour, with an uplift mechanism linked to the National Living Wage."),
    ("p", "Mr Tennant reported that people using home care had told Healthwatch that short, "
          "rushed calls and frequent changes of carer were their main worries, and requested that "
          "the specification set a minimum call length of thirty minutes; the Head of "
          "Commissioning explained that fifteen-minute calls would be permitted only for "
          "medication prompts and that {{CF}}continuity of carer would be a key performance "
          "indicator reported every quarter. Councillor Gill sought clarification as to whether "
          "care workers would be paid for travel time between visits and was informed that "
          "payment for travel time was a contractual requirement which would be checked through "
          "the new electronic call monitoring system. Councillor Fairweather commented that the "
          "1,940 hours of unmet need each week recorded at the end of August remained unacceptable "
          "and should be the main test of whether the new arrangements had succeeded."),
    ("res",),
    ("cl", "(a)", "That the outcome of the home care procurement and the award of framework "
                  "contracts to eleven providers be noted."),
    ("cl", "(b)", "That {{Clerk}}the first quarterly performance report on the new framework, "
                  "including unmet need and continuity of carer, be submitted to the Committee "
                  "in July 2026."),
    ("cl", "(c)", "That {{JS}}Cabinet be recommended to consider a business case for an in-house "
                  "home care pilot in the Thane Valley zone before any further direct award is "
                  "made in that zone."),
    ("item", "17.", "Director of Public Health Annual Report 2025 – “Closing the Gap”"),
    ("p", "The Director of Public Health presented her annual report, which this year focused on "
          "the 8.6 year gap in male life expectancy between the most and least deprived wards of "
          "the county, and on the performance of the Council's stop smoking and integrated sexual "
          "health services."),
    ("p", "Councillor Brightwell asked whether the public health grant for 2025/26 was sufficient "
          "to maintain the stop smoking service now that more people who vape were seeking help; "
          "the Director of Public Health replied that {{DPH / Oct}}the grant had risen by 5.1% in "
          "cash terms but had fallen by about a quarter in real terms since 2015, and that the "
          "additional Smokefree Generation funding was ring-fenced and could not be used to fill "
          "other gaps. The Chairman queried why the integrated sexual health contract had been "
          "extended for a further two years rather than re-tendered; the Director explained that "
          "the extension option was written into the original contract, that the market for "
          "these services was very limited, and that re-procurement would begin in 2026 under the "
          "Provider Selection Regime. Councillor Colquhoun asked about the uptake of childhood "
          "immunisations in the coastal wards and was told that second-dose MMR coverage stood at "
          "84.2%, well below the 95% target, and that {{DPH / Nov}}a targeted outreach programme "
          "with primary care networks would begin in November."),
    ("p", "Councillor Okonedo requested that future annual reports include the views of residents "
          "of the most deprived wards and not only statistics, and the Director of Public Health "
          "agreed {{DPH}}to commission a community research element for the 2026 report."),
    ("res",),
    ("cl", "(a)", "That the Director of Public Health Annual Report 2025 be noted and the "
                  "Director and her team be thanked for their work."),
    ("cl", "(b)", "That the Committee endorse the report's recommendations on tobacco control "
                  "and childhood immunisation."),
    ("item", "18.", "Winter Planning 2025/26 – Urgent and Emergency Care and Hospital Discharge"),
    ("p", "Ruth Kettering, Chief Operating Officer of the Integrated Care Board, and Dominic "
          "Paterson, Director of Strategy and Partnerships at the Trust, gave a presentation on "
          "the system winter plan, which included 46 additional escalation beds at Wexcombe "
          "General Hospital, a new Care Transfer Hub and the expansion of the virtual ward to "
          "120 beds. Councillor Gill, having declared an interest, took part in the discussion."),
    ("p", "Councillor Pemberton asked how many patients were medically fit for discharge but "
          "remained in hospital; the Chief Operating Officer replied that the figure had averaged "
          "112 a day in September against a target of 70, and that the largest single cause was "
          "waiting for a package of care at home. Councillor Denham questioned whether the "
          "virtual ward was safe for frail older patients, and the Director of Strategy and "
          "Partnerships said that clinical outcomes were audited monthly and that readmission "
          "rates were comparable with those for patients discharged in the usual way. The "
          "Chairman asked whether corridor care would be used again this winter; Mr Paterson "
          "acknowledged that it could not be ruled out at times of peak demand but said that a "
          "new standard operating procedure limited any patient's time in a corridor to four "
          "hours. Councillor Fairweather requested a breakdown of delayed discharges by locality "
          "and by reason, and the Chief Operating Officer undertook to provide it {{ICB / Dec}}"
          "before the December meeting."),
    ("res",),
    ("cl", "", "That the system winter plan for 2025/26 be noted."),
    ("item", "19.", "Adult Social Care Workforce Strategy – Progress Update"),
    ("p", "The Executive Director introduced the update. Vacancy rates in the independent care "
          "sector in Wexcombe had fallen from 11.8% to 9.6% over the year, helped by international "
          "recruitment, but staff turnover remained high at 29%."),
    ("p", "Councillor Fairweather asked what would happen to the 640 care workers recruited from "
          "overseas now that the care worker visa route had closed to new applicants; the "
          "Executive Director replied that existing sponsorships were not affected but that "
          "{{JS}}the Council was working with the regional partnership to support workers whose "
          "sponsors had lost their licence. Councillor Gill raised concerns about reports that "
          "some workers had been charged recruitment fees by agencies overseas and asked whether "
          "the Council would refuse to commission from providers found to have done so; the "
          "Cabinet Member replied that ethical recruitment was now a condition of the home care "
          "framework and that two cases had been referred to the Gangmasters and Labour Abuse "
          "Authority."),
    ("res",),
    ("cl", "", "That the progress update on the Adult Social Care Workforce Strategy be noted."),
    ("item", "20.", "Work Programme 2025/26"),
    ("p", "The Committee considered its work programme. Members agreed that {{Clerk}}a task group "
          "should be set up to examine access to NHS dentistry, and that the item on the "
          "Beckside Day Centre be taken before the Cabinet decision in November."),
    ("res",),
    ("cl", "(a)", "That the work programme for 2025/26, as amended at the meeting, be agreed."),
    ("cl", "(b)", "That a task group on access to NHS dentistry be established, comprising "
                  "Councillors Adeyemi, Colquhoun and Okonedo."),
    ("item", "21.", "Date of Next Meeting"),
    ("p", "Tuesday, 2 December 2025 at 10.00 am, Council Chamber, County Hall, Wexcombe."),
]


def d1_footer(pdf):
    pdf.set_font("DV", "", 8)
    t = f"Page {pdf.page_no()}"
    pdf.text(105 - pdf.get_string_width(t) / 2, 287, t)
    r = "Chairman's initials ............"
    pdf.text(190 - pdf.get_string_width(r), 287, r)
    pdf.text(20, 287, "AHSC 14.10.25")


def build_doc1():
    pdf = LaidPDF("Adults and Health Scrutiny Committee – 14 October 2025",
                  "Wexcombe County Council", d1_footer, action_col=True)
    pdf.set_creation_date(datetime.datetime(2025, 10, 21, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Adults and Health Scrutiny Committee - 14 October 2025")
    pdf.set_author("Democratic Services, Wexcombe County Council")
    pdf.set_producer("Wexcombe CC Committee System")
    pdf.add_page()
    src = []
    pdf.set_font("DV", "B", 13)
    t = "WEXCOMBE COUNTY COUNCIL"
    pdf.text(105 - pdf.get_string_width(t) / 2, 24, t)
    pdf.set_font("DV", "B", 11)
    t = "ADULTS AND HEALTH SCRUTINY COMMITTEE"
    pdf.text(105 - pdf.get_string_width(t) / 2, 31, t)
    src += ["WEXCOMBE COUNTY COUNCIL", "ADULTS AND HEALTH SCRUTINY COMMITTEE"]
    pdf.cur = 37
    intro = ("**MINUTES** of a meeting of the Adults and Health Scrutiny Committee held in the "
             "Council Chamber, County Hall, Wexcombe on Tuesday, 14 October 2025, commencing at "
             "10.00 am and concluding at 1.25 pm.")
    pdf.para(intro, x0=20, x1=190, after=3)
    src.append(strip_notes(intro))
    for label, text in D1_ATTEND:
        pdf.para(text, x0=68, x1=190, label=label, label_x=20, justify=False, after=1.2,
                 hyphenate=False, size=9.5, lh=4.6)
        src.append((label + " " + text).strip())
    pdf.space(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.cur, 190, pdf.cur)
    pdf.space(4)
    pdf.start_action_column()
    for b in D1_BLOCKS:
        if b[0] == "item":
            pdf.need(16)
            pdf.para(b[2], x0=30, label=b[1], label_x=20, bold=True, justify=False,
                     hyphenate=False, after=2)
            src.append(b[1] + " " + b[2])
        elif b[0] == "p":
            pdf.para(b[1], x0=30)
            src.append(strip_notes(b[1]))
        elif b[0] == "res":
            pdf.need(12)
            pdf.para("**RESOLVED:**", x0=30, justify=False, after=1.5)
            src.append("RESOLVED:")
        elif b[0] == "cl":
            if b[1]:
                pdf.para(b[2], x0=40, label=b[1], label_x=30, after=1.8)
            else:
                pdf.para(b[2], x0=30, after=1.8)
            src.append((b[1] + " " + strip_notes(b[2])).strip())
            pdf.space(0.8)
    pdf.space(6)
    pdf.para("The meeting closed at 1.25 pm.", x0=30, justify=False)
    pdf.space(10)
    pdf.para("Chairman ......................................................      "
             "Date ..............................", x0=30, justify=False, hyphenate=False)
    src += ["The meeting closed at 1.25 pm.", "Chairman Date"]
    out = DOCS / DOC1
    pdf.output(str(out))
    return "\n".join(src)


GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Adults and Health Scrutiny Committee",
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "12", "title": "Apologies for Absence and Substitutions"},
        {"number": "13", "title": "Declarations of Interest"},
        {"number": "14", "title": "Minutes of the Previous Meeting"},
        {"number": "15", "title": "Public Questions"},
        {"number": "16", "title": "Home Care Recommissioning – Outcome of Procurement and Contract Award"},
        {"number": "17", "title": "Director of Public Health Annual Report 2025 – “Closing the Gap”"},
        {"number": "18", "title": "Winter Planning 2025/26 – Urgent and Emergency Care and Hospital Discharge"},
        {"number": "19", "title": "Adult Social Care Workforce Strategy – Progress Update"},
        {"number": "20", "title": "Work Programme 2025/26"},
        {"number": "21", "title": "Date of Next Meeting"},
    ],
    "questions": [
        {"item": "15", "kind": "question",
         "text": "asked whether the equality impact assessment for the proposed closure of the Beckside Day Centre",
         "asked_by": "Mrs P Oduya",
         "answer": "a full equality impact assessment would be published with the Cabinet report in November",
         "given_by": "the Cabinet Member", "themes": ["adult-social-care", "governance"]},
        {"item": "15", "kind": "question",
         "text": "Mrs Oduya asked whether each family would be offered an individual meeting",
         "asked_by": "Mrs Oduya",
         "answer": "every family affected would be offered a face-to-face review with a social worker",
         "given_by": "the Executive Director", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "16", "kind": "question",
         "text": "asked why only two compliant bids had been received for the rural zones",
         "asked_by": "Councillor Colquhoun",
         "answer": "an in-house pilot in the Thane Valley was being costed for Cabinet",
         "given_by": "the Head of Commissioning",
         "themes": ["adult-social-care", "subcontracting", "privatisation", "finance"]},
        {"item": "16", "kind": "concern",
         "text": "three of the appointed providers were owned by private equity groups",
         "asked_by": "Councillor Adeyemi",
         "answer": "financial resilience had been scored at tender stage, that annual credit checks",
         "given_by": "the Executive Director",
         "themes": ["adult-social-care", "privatisation", "subcontracting", "governance"]},
        {"item": "16", "kind": "question",
         "text": "Councillor Denham asked what hourly rate had been set",
         "asked_by": "Councillor Denham",
         "answer": "the framework rate for 2026/27 would be £26.40 per hour",
         "given_by": "the Head of Commissioning",
         "themes": ["adult-social-care", "finance", "workforce"]},
        {"item": "16", "kind": "request",
         "text": "requested that the specification set a minimum call length of thirty minutes",
         "asked_by": "Mr Tennant",
         "answer": "fifteen-minute calls would be permitted only for medication prompts",
         "given_by": "the Head of Commissioning",
         "themes": ["adult-social-care", "patient-and-public-input", "subcontracting"]},
        {"item": "16", "kind": "question",
         "text": "care workers would be paid for travel time between visits",
         "asked_by": "Councillor Gill",
         "answer": "payment for travel time was a contractual requirement which would be checked",
         "given_by": None,
         "themes": ["adult-social-care", "workforce", "subcontracting"]},
        {"item": "16", "kind": "comment",
         "text": "hours of unmet need each week recorded at the end of August remained unacceptable",
         "asked_by": "Councillor Fairweather", "answer": None, "given_by": None,
         "themes": ["adult-social-care"]},
        {"item": "17", "kind": "question",
         "text": "asked whether the public health grant for 2025/26 was sufficient",
         "asked_by": "Councillor Brightwell",
         "answer": "the grant had risen by 5.1% in cash terms but had fallen",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "finance"]},
        {"item": "17", "kind": "question",
         "text": "queried why the integrated sexual health contract had been extended for a further two years",
         "asked_by": "The Chairman",
         "answer": "the extension option was written into the original contract",
         "given_by": "the Director",
         "themes": ["public-health", "subcontracting"]},
        {"item": "17", "kind": "question",
         "text": "asked about the uptake of childhood immunisations in the coastal wards",
         "asked_by": "Councillor Colquhoun",
         "answer": "second-dose MMR coverage stood at 84.2%, well below the 95% target",
         "given_by": None,
         "themes": ["public-health", "children-and-families", "primary-care"]},
        {"item": "17", "kind": "request",
         "text": "requested that future annual reports include the views of residents of the most deprived wards",
         "asked_by": "Councillor Okonedo",
         "answer": "to commission a community research element for the 2026 report",
         "given_by": "the Director of Public Health",
         "themes": ["public-health", "patient-and-public-input"]},
        {"item": "18", "kind": "question",
         "text": "asked how many patients were medically fit for discharge but remained in hospital",
         "asked_by": "Councillor Pemberton",
         "answer": "the figure had averaged 112 a day in September against a target of 70",
         "given_by": "the Chief Operating Officer",
         "themes": ["adult-social-care", "integration"]},
        {"item": "18", "kind": "question",
         "text": "questioned whether the virtual ward was safe for frail older patients",
         "asked_by": "Councillor Denham",
         "answer": "clinical outcomes were audited monthly and that readmission rates were comparable",
         "given_by": "the Director of Strategy and Partnerships",
         "themes": ["adult-social-care"]},
        {"item": "18", "kind": "question",
         "text": "The Chairman asked whether corridor care would be used again this winter",
         "asked_by": "The Chairman",
         "answer": "it could not be ruled out at times of peak demand",
         "given_by": "Mr Paterson", "themes": []},
        {"item": "18", "kind": "request",
         "text": "requested a breakdown of delayed discharges by locality and by reason",
         "asked_by": "Councillor Fairweather",
         "answer": "the Chief Operating Officer undertook to provide it before the December meeting",
         "given_by": "the Chief Operating Officer",
         "themes": ["adult-social-care"]},
        {"item": "19", "kind": "question",
         "text": "asked what would happen to the 640 care workers recruited from overseas",
         "asked_by": "Councillor Fairweather",
         "answer": "the Council was working with the regional partnership to support workers",
         "given_by": "the Executive Director",
         "themes": ["workforce", "adult-social-care"]},
        {"item": "19", "kind": "concern",
         "text": "some workers had been charged recruitment fees by agencies overseas",
         "asked_by": "Councillor Gill",
         "answer": "ethical recruitment was now a condition of the home care framework",
         "given_by": "the Cabinet Member",
         "themes": ["workforce", "subcontracting", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "14", "text": "minutes of the meeting held on 9 September 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "16", "text": "outcome of the home care procurement and the award of framework contracts",
         "outcome": "recommended",
         "themes": ["adult-social-care", "subcontracting", "privatisation"]},
        {"item": "17", "text": "the Director of Public Health Annual Report 2025 be noted",
         "outcome": "agreed", "themes": ["public-health", "children-and-families"]},
        {"item": "18", "text": "That the system winter plan for 2025/26 be noted",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "19", "text": "the progress update on the Adult Social Care Workforce Strategy be noted",
         "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        {"item": "20", "text": "That the work programme for 2025/26, as amended at the meeting, be agreed",
         "outcome": "agreed", "themes": ["primary-care", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor M J Harker", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor S Brightwell", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor P Adeyemi", "role": None, "attendance": "present"},
        {"name": "Councillor R Colquhoun", "role": None, "attendance": "present"},
        {"name": "Councillor T Denham", "role": None, "attendance": "present"},
        {"name": "Councillor A Fairweather", "role": None, "attendance": "present"},
        {"name": "Councillor K Gill", "role": None, "attendance": "present"},
        {"name": "Councillor L Okonedo", "role": None, "attendance": "present"},
        {"name": "Councillor J Pemberton", "role": "substitute for Councillor D Rowe", "attendance": "present"},
        {"name": "Mr G Tennant", "role": "Co-opted, Healthwatch Wexcombe, non-voting", "attendance": "present"},
        {"name": "Councillor H Vickery", "role": "Cabinet Member for Adult Social Care and Public Health", "attendance": "in_attendance"},
        {"name": "Jane Stainton", "role": "Executive Director – Adults, Health and Wellbeing", "attendance": "in_attendance"},
        {"name": "Dr Amara Nkemelu", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Colin Farrow", "role": "Head of Commissioning – All Age Disability, Mental Health and Home Care", "attendance": "in_attendance"},
        {"name": "Priya Lal", "role": "Strategic Finance Business Partner – Adults", "attendance": "in_attendance"},
        {"name": "Eleanor Lomas", "role": "Democratic Services Officer and Clerk to the Committee", "attendance": "in_attendance"},
        {"name": "Ruth Kettering", "role": "Chief Operating Officer, NHS Wexcombe and Thane Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Dominic Paterson", "role": "Director of Strategy and Partnerships, Wexcombe Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Councillor D Rowe", "role": None, "attendance": "apologies"},
        {"name": "Councillor F Quayle", "role": None, "attendance": "apologies"},
    ],
}

# ===========================================================================
# 2. Ashgrove MBC - Word minutes, body paragraphs numbered 1..N continuously
#    with Word automatic numbering; agenda items are unnumbered bold headings
# ===========================================================================

DOC2 = "y-ashgrove-asc-health-osp-minutes-2025-09-18.docx"

D2_TOP = [
    ("title", "ASHGROVE METROPOLITAN BOROUGH COUNCIL"),
    ("title2", "ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY PANEL"),
    ("plain", "Minutes of the meeting held on Thursday 18 September 2025 at 6.00 pm in "
              "Committee Room 2, Ashgrove Town Hall"),
    ("att", "Present:", "Councillor Janet Whitworth (Chair); Councillors Sam Osei (Vice-Chair), "
                        "Tom Haddley (substitute for Councillor Rachel Drummond), Helen Matlock, "
                        "Ruth Okafor and Gareth Pryce."),
    ("att", "Co-optee:", "Leanne Firth (Healthwatch Ashgrove), substituting for Bev Castleton."),
    ("att", "Also in attendance:", "Councillor Dean Aspinall (Executive Member for Adult Social "
                                   "Care)."),
    ("att", "Officers:", "Marion Kilbride (Director of Adult Social Care and Health); Paul "
                         "Greenhalgh (Director of Children's Services); Sunita Varma (Head of "
                         "Commissioning and Market Shaping (Adults)); Dr Naveen Bhatt (Consultant "
                         "in Public Health); Fiona Reddish (Head of Service – Preparing for "
                         "Adulthood); Carl Webster (Finance Manager – Adults and Health); Jodie "
                         "Marsh (Scrutiny Officer)."),
    ("att", "NHS South Pennine ICB:", "Alison Kerr (Director of Primary and Community Care, "
                                      "Ashgrove Place)."),
    ("att", "Apologies:", "Councillors Rachel Drummond and Imran Qureshi; Bev Castleton "
                          "(Healthwatch Ashgrove)."),
]

# ("h", title) unnumbered bold heading; ("n", text[, label]) numbered paragraph;
# ("nr", [lines], label) numbered paragraph with soft line breaks (resolution clauses)
D2_BODY = [
    ("h", "Chair's announcements"),
    ("n", "The Chair welcomed Leanne Firth, who was attending her first meeting of the Panel on "
          "behalf of Healthwatch Ashgrove, and reminded those present that the meeting was being "
          "webcast and that the recording would be available on the Council's website for six "
          "months."),
    ("n", "The Chair reported that the Panel's joint response with Calderbrook Council to the "
          "NHS consultation on stroke rehabilitation beds had been submitted on 29 August 2025 "
          "and had been circulated to Members."),
    ("h", "Apologies for absence"),
    ("n", "Apologies for absence were received from Councillor Rachel Drummond and Councillor "
          "Imran Qureshi."),
    ("n", "Councillor Tom Haddley attended as substitute for Councillor Drummond. Councillor "
          "Qureshi had not arranged a substitute."),
    ("n", "Apologies were also received from Bev Castleton of Healthwatch Ashgrove, who was "
          "represented by Leanne Firth."),
    ("h", "Declarations of interest"),
    ("n", "Councillor Helen Matlock declared a non-pecuniary interest in the item on the Adult "
          "Social Care Market Position Statement as her mother was a resident of a care home in "
          "the borough referred to in Appendix 2 to the report."),
    ("n", "Councillor Gareth Pryce declared a non-pecuniary interest in the item on community "
          "nursing services as he was employed by a neighbouring NHS trust. He remained in the "
          "room but took no part in the discussion of that item.", "pryce"),
    ("n", "There were no other declarations of interest."),
    ("h", "Minutes of the meeting held on 10 July 2025"),
    ("n", "The minutes of the meeting held on 10 July 2025 were submitted."),
    ("n", "With reference to paragraph 52 of those minutes, the Scrutiny Officer confirmed that "
          "the information requested on waiting times for occupational therapy assessments had "
          "been circulated to Members on 4 August 2025."),
    ("n", "**RESOLVED** – That the minutes of the meeting held on 10 July 2025 be approved as a "
          "correct record and signed by the Chair."),
    ("h", "Adult Social Care Market Position Statement 2025–2028"),
    ("n", "The Panel considered a report of the Director of Adult Social Care and Health which "
          "presented the draft Market Position Statement for 2025 to 2028 ahead of its "
          "publication in October."),
    ("n", "Sunita Varma, Head of Commissioning and Market Shaping (Adults), explained that the "
          "statement described the current state of the care market in Ashgrove, forecast demand "
          "over the next three years and set out the Council's commissioning intentions so that "
          "providers could plan."),
    ("n", "The borough had 41 registered care homes, 36 of them run by independent providers, "
          "and 52 registered home care agencies. Occupancy of older people's residential beds "
          "was 91%, while demand for nursing beds for people living with dementia exceeded "
          "supply."),
    ("n", "Home care providers had delivered 19,400 hours a week in July 2025, 8% more than a year "
          "earlier, and the number of people waiting for a package of home care had fallen to 23."),
    ("n", "Vacancy rates among care workers in the borough were estimated at 8.7%, and turnover "
          "at 27%. Providers had reported that international recruitment had slowed sharply "
          "since the changes to the Health and Care Worker visa."),
    ("n", "The Council intended to reduce its reliance on residential care for working-age "
          "adults, to develop 180 additional extra care units by 2028 and to move towards "
          "outcome-based home care contracts from 2027."),
    ("n", "The Market Sustainability and Improvement Fund allocation for 2025/26 was £3.2 "
          "million, which had been used mainly to support fee uplifts for residential and "
          "nursing care."),
    ("n", "Once agreed, the final statement would be published on the Council's website and "
          "shared with providers through the Ashgrove Care Association."),
    ("n", "The statement had been shaped by two provider events in June and by the Council's "
          "annual survey of people who use services, which had received 1,106 responses."),
    ("n", "Councillor Matlock asked how the Council would ensure that the closure of smaller "
          "care homes did not leave residents in the north of the borough without a local "
          "placement. Ms Varma replied that the capacity tracker was reviewed weekly and that the "
          "statement signalled to the market where new provision was wanted, but that the Council "
          "could not prevent an owner from closing a home."),
    ("n", "Councillor Osei asked what proportion of care home beds in the borough were owned by "
          "companies based outside the UK or financed by private equity. The Director said that "
          "the Council did not hold that information systematically but would ask the Care "
          "Quality Commission and the regional ADASS branch whether it could be collated."),
    ("n", "Councillor Osei commented that the statement should say plainly that the Council "
          "preferred to work with not-for-profit and locally based providers."),
    ("n", "Councillor Haddley asked about fee levels. The Director explained that the standard "
          "residential rate for 2025/26 was £812 per week, which was below the fair cost of care "
          "calculated in 2022 once inflation was taken into account, and that some families were "
          "paying third-party top-ups."),
    ("n", "Leanne Firth reported that families had told Healthwatch they were not given clear "
          "information about top-up fees before a placement was agreed, and asked that the "
          "statement include a commitment on information for self-funders and families. Ms Varma "
          "agreed that a commitment would be added to section 6 of the statement."),
    ("n", "Councillor Pryce sought clarification on how the extra care target had been "
          "calculated and whether it relied on housing association partners who had not yet "
          "committed to schemes. The Director replied that two schemes, at Bellfield Road and "
          "Tanners Yard, had planning permission and funding in place and that the remainder "
          "depended on a bid to Homes England."),
    ("n", "The Chair thanked officers for a clear and well-presented report."),
    ("nr", ["**RESOLVED** – That:",
            "(a)\tthe draft Adult Social Care Market Position Statement 2025–2028 be endorsed, "
            "subject to the addition of a commitment on information for self-funders and "
            "families; and",
            "(b)\tthe Director of Adult Social Care and Health be asked to provide information "
            "on the ownership of care home beds in the borough, so far as it is available."]),
    ("h", "Community Nursing and Therapy Services – Procurement of a New Provider"),
    ("n", "Councillor Pryce, having declared an interest at paragraph {ref:pryce}, took no part in "
          "the consideration of this item."),
    ("n", "The Panel received a presentation from Alison Kerr, Director of Primary and Community "
          "Care, NHS South Pennine Integrated Care Board (Ashgrove Place), on the procurement of "
          "community nursing and therapy services for Ashgrove."),
    ("n", "The current contract with Ashgrove and District Community Health Services CIC would "
          "end on 31 March 2026. The ICB had run a competitive process under the Provider "
          "Selection Regime and had identified a preferred provider, Lumen Community Health Ltd, "
          "which was part of a larger independent sector healthcare group."),
    ("n", "The standstill period had ended on 5 September 2025 and no representations had been "
          "received. The new contract would run for five years, with an option to extend by two "
          "years, and had an annual value of £21.3 million."),
    ("n", "Around 420 staff would transfer to the new provider under TUPE, and the services "
          "would continue to be delivered from the same six community bases."),
    ("n", "A mobilisation board, including representatives of the Council, the incumbent "
          "provider and the preferred provider, would meet fortnightly from October until the "
          "new contract started."),
    ("n", "The patient record system would remain unchanged during the first year, and the "
          "single point of access telephone number would not change."),
    ("n", "Ms Kerr acknowledged that staff had been unsettled by the process and said that the "
          "ICB had asked both providers to hold joint staff briefings in every locality."),
    ("n", "The ICB intended to publish the contract award notice, with a summary of the "
          "evaluation, once the contract had been signed."),
    ("n", "Councillor Osei expressed concern that a community interest company with a local board "
          "would be replaced by a private company whose profits would leave the borough, and "
          "asked whether the Panel should have been consulted before the decision was made. "
          "Ms Kerr replied that the ICB had briefed the Chair in March and that the change did "
          "not amount to a substantial variation because the services, sites and access "
          "arrangements would stay the same."),
    ("n", "Councillor Okafor asked whether staff terms and conditions, including access to the "
          "NHS Pension Scheme, would be protected after transfer. Ms Kerr confirmed that TUPE "
          "would protect existing terms, that the provider had committed to maintain pension "
          "access through an Employer Direction, and that the protection would not extend to new "
          "starters."),
    ("n", "Councillor Haddley queried the evaluation scores, noting that the incumbent provider "
          "was understood to have scored more highly on social value. Ms Kerr said that the scores "
          "would remain commercially confidential until the contract was signed, but that the "
          "preferred provider had scored highest overall on quality and that price made up only "
          "20% of the evaluation."),
    ("n", "Leanne Firth asked how patients and carers would be told about the change and whether "
          "their feedback had informed the service specification. Ms Kerr replied that a patient "
          "panel of 14 people had helped to write the specification and that letters would be "
          "sent to all current patients in January 2026."),
    ("nr", ["**RESOLVED** – That:",
            "(a)\tthe presentation be noted;",
            "(b)\tthe Chair write to the Chief Executive of NHS South Pennine Integrated Care "
            "Board expressing the Panel's concern that it was not formally consulted on the "
            "procurement; and",
            "(c)\tthe ICB be asked to report on the mobilisation of the new contract, including "
            "staff transfer and continuity of care, in February 2026."]),
    ("h", "Drug and Alcohol Treatment and Recovery Service – Recommissioning"),
    ("n", "Dr Naveen Bhatt, Consultant in Public Health, presented a report on the recommissioning "
          "of the Drug and Alcohol Treatment and Recovery Service, which had been provided by a "
          "national charity since 2019 and would be re-tendered for a start date of 1 October "
          "2026."),
    ("n", "The proposed model would bring the adult and young people's services together under "
          "one lead provider, keep the treatment hub at Carver Street and add outreach in the "
          "three neighbourhoods with the highest rates of drug-related deaths."),
    ("n", "The maximum contract value would be £3.9 million a year, funded from the public health "
          "grant and from the Drug and Alcohol Treatment and Recovery Improvement Grant, which had "
          "been confirmed for one year only."),
    ("n", "Successful completions of treatment for opiate users stood at 5.1%, below the "
          "national average of 5.6%, while completions for alcohol-only clients were above the "
          "national average."),
    ("n", "There had been 27 drug-related deaths in the borough in the three years to 2023, and "
          "the new service would be required to take part in the local drug-related death review "
          "process."),
    ("n", "Public consultation on the proposed model had run from 2 June to 14 July 2025 and had "
          "received 188 responses, a summary of which was attached to the report."),
    ("n", "The procurement would be run as an open tender, with the contract award planned for "
          "March 2026 and a six-month mobilisation period."),
    ("n", "Councillor Okafor asked what would happen to the outreach element if the additional "
          "grant did not continue after March 2027. Dr Bhatt replied that the contract would be "
          "structured so that the grant-funded element could be reduced without affecting the "
          "core service, and that the risk had been made clear to bidders."),
    ("n", "Councillor Matlock asked whether people with lived experience had been involved in "
          "designing the service. Dr Bhatt confirmed that a peer researcher group had carried out "
          "63 interviews with people in treatment and that two members of the group would sit on "
          "the evaluation panel."),
    ("n", "**RESOLVED** – That the report be noted."),
    ("h", "Preparing for Adulthood – Transition from Children's to Adult Services"),
    ("n", "The Panel considered a joint report of the Director of Adult Social Care and Health "
          "and the Director of Children's Services on the arrangements for young people with "
          "special educational needs and disabilities moving from children's to adult services."),
    ("n", "Fiona Reddish, Head of Service – Preparing for Adulthood, said that 212 young people "
          "aged 14 to 25 were known to the transitions team, of whom 38 would turn 18 during the "
          "year with assessed eligible needs."),
    ("n", "An audit earlier in the year had found that only 46% of young people had a transition "
          "assessment completed by their seventeenth birthday, against a target of 90%."),
    ("n", "A new transitions protocol had been agreed between children's and adult services in "
          "May, setting out who was responsible for each stage from the age of 14."),
    ("n", "Mr Greenhalgh added that the number of young people with an education, health and care "
          "plan in the borough had risen by 41% in five years, which was increasing the demand on "
          "the transitions team."),
    ("n", "The report had been requested by the Panel in January following concerns raised by "
          "the Ashgrove Parent Carer Forum, two members of which attended the meeting."),
    ("n", "Councillor Haddley asked why the assessment rate was so low and whether staffing was "
          "the cause. Ms Reddish replied that two social worker posts in the team had been vacant "
          "for most of the year and were now filled, and that performance had risen to 61% in "
          "August."),
    ("n", "Councillor Osei raised concerns that families were being asked to tell their story "
          "several times to different teams, and asked whether a single key worker could be "
          "assigned. Mr Greenhalgh said that a key worker pilot for the young people with the "
          "most complex needs would begin in January 2026 within existing budgets."),
    ("n", "Councillor Okafor requested that the Panel receive the results of the pilot and that "
          "the views of young people and parents be included in that report."),
    ("n", "The Chair thanked the Parent Carer Forum for its work in bringing the issue to the "
          "Panel's attention."),
    ("nr", ["**RESOLVED** – That:",
            "(a)\tthe current arrangements for transition to adult services be noted; and",
            "(b)\ta further report on the key worker pilot, including feedback from young people "
            "and their families, be submitted to the Panel in June 2026."]),
    ("h", "Healthwatch Ashgrove Annual Report 2024/25"),
    ("n", "The Panel received the Healthwatch Ashgrove Annual Report for 2024/25, which had been "
          "circulated with the agenda. Leanne Firth drew attention to the work on hospital "
          "discharge and on access to GP appointments."),
    ("n", "Ms Firth informed the Panel that the organisation's contract with the Council ran "
          "until March 2027, and that the future of local Healthwatch functions was uncertain "
          "following national announcements in the summer."),
    ("n", "There were no questions on the report."),
    ("n", "**RESOLVED** – That the Healthwatch Ashgrove Annual Report 2024/25 be received."),
    ("h", "Adult Social Care – Quarter 1 Performance and Budget Monitoring 2025/26"),
    ("n", "The Panel considered the Quarter 1 performance and budget monitoring report for "
          "adult social care."),
    ("n", "Carl Webster, Finance Manager – Adults and Health, reported a forecast overspend of "
          "£4.7 million on a net budget of £118.2 million, mainly on external placements for "
          "working-age adults with learning disabilities and on home care for older people."),
    ("n", "A savings programme of £6.1 million had been agreed as part of the budget, of which "
          "£3.4 million was rated green, £1.9 million amber and £0.8 million red."),
    ("n", "The forecast assumed that the increase in employers' national insurance contributions "
          "would continue to be passed on by providers through fee uplifts already agreed."),
    ("n", "Performance was on target for seven of the twelve indicators. The proportion of "
          "people who received a review of their care and support plan within twelve months had "
          "fallen to 58%."),
    ("n", "The number of safeguarding enquiries concluded within the target timescale had "
          "improved to 84%, and the proportion of people who use services who felt safe was "
          "above the regional average."),
    ("n", "Councillor Matlock asked which savings were rated red and whether they would be "
          "replaced. Mr Webster replied that the red-rated savings related to the review of day "
          "opportunities, which had been delayed by the consultation, and that the Director "
          "would bring alternative proposals to the Executive in November."),
    ("n", "Councillor Pryce asked whether the Council would have to draw on its reserves again "
          "this year. Councillor Aspinall replied that a draw of up to £2 million on the social "
          "care risk reserve had been assumed, but that the Council's overall reserves position "
          "was the subject of a separate report to the Executive."),
    ("n", "Councillor Osei asked whether the backlog of reviews was contributing to the "
          "overspend. The Director accepted that overdue reviews were likely to mean that some "
          "packages were larger than needed, and said that a dedicated review team had been "
          "funded from the Market Sustainability and Improvement Fund."),
    ("n", "**RESOLVED** – That the Quarter 1 performance and budget monitoring position for adult "
          "social care be noted."),
    ("h", "Work Programme 2025/26"),
    ("n", "Jodie Marsh, Scrutiny Officer, presented the Panel's work programme for 2025/26."),
    ("n", "The Panel was reminded that the informal evidence session on hospital discharge "
          "would be held on 9 October 2025 at 2.00 pm."),
    ("n", "It was agreed that the item on the Ashgrove Hospital Urgent Treatment Centre be moved "
          "from November to January so that the outcome of the NHS consultation could be "
          "reported.", "wp1"),
    ("n", "Councillor Okafor suggested that the Panel hold a themed meeting on support for unpaid "
          "carers in the spring, with carers invited to give evidence.", "wp2"),
    ("n", "**RESOLVED** – That the work programme be agreed, subject to the changes set out at "
          "paragraphs {ref:wp1} and {ref:wp2} above."),
    ("h", "Date and time of next meeting"),
    ("n", "The next meeting of the Panel would be held on Thursday 13 November 2025 at 6.00 pm "
          "in Committee Room 2, Ashgrove Town Hall."),
    ("n", "Members noted that the January 2026 meeting would be held at Ashgrove Hospital, "
          "followed by a visit to the Urgent Treatment Centre."),
    ("n", "The meeting closed at 8.12 pm."),
]


def _fixed_zip(data, when):
    """Rewrite a .docx zip with fixed timestamps so the build is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _add_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _runs(par, text, size=None):
    """Add text to a paragraph; **x** marks bold, \n a soft line break, \t a tab."""
    from docx.shared import Pt
    parts = re.split(r"(\*\*.*?\*\*)", text)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("**")
        if bold:
            part = part[2:-2]
        r = par.add_run(part)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)


def build_doc2():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    cp = d.core_properties
    cp.author = "J Marsh"
    cp.last_modified_by = "J Marsh"
    cp.title = "Minutes - ASC and Health OSP - 18 September 2025"
    cp.created = datetime.datetime(2025, 9, 22, 10, 4, 0)
    cp.modified = datetime.datetime(2025, 9, 25, 16, 41, 0)
    cp.revision = 4
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # one numbering definition used by every body paragraph -> 1, 2, 3 ... N
    numbering = d.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="77">'
        '<w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0809000F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="77"><w:abstractNumId w:val="77"/></w:num>' % nsdecls("w")))

    def numbered(par):
        ppr = par._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'
                             % nsdecls("w")))
        par.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _runs(hp, "Adult Social Care and Health Overview and Scrutiny Panel – 18.09.25", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _runs(fp, "Page ", size=8)
    _add_field(fp, "PAGE")
    _runs(fp, " of ", size=8)
    _add_field(fp, "NUMPAGES")
    _runs(fp, "\t\tChair's initials ________", size=8)

    src = []
    for b in D2_TOP:
        if b[0] in ("title", "title2"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, "**" + b[1] + "**", size=13 if b[0] == "title" else 12)
            src.append(b[1])
        elif b[0] == "plain":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, b[1])
            src.append(b[1])
        elif b[0] == "att":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(4.0)
            p.paragraph_format.first_line_indent = Cm(-4.0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
            p.paragraph_format.space_after = Pt(3)
            _runs(p, "**" + b[1] + "**\t" + b[2])
            src.append(b[1] + " " + b[2])
    d.add_paragraph()

    # resolve {ref:label} to the automatic paragraph numbers
    refs, n = {}, 0
    for b in D2_BODY:
        if b[0] in ("n", "nr"):
            n += 1
            if b[0] == "n" and len(b) > 2:
                refs[b[2]] = n
    total = n

    def fill(t):
        return re.sub(r"\{ref:(\w+)\}", lambda m: str(refs[m.group(1)]), t)

    numbers = []
    n = 0
    for b in D2_BODY:
        if b[0] == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            _runs(p, "**" + b[1] + "**")
            src.append(b[1])
        elif b[0] == "n":
            n += 1
            t = fill(b[1])
            p = d.add_paragraph()
            numbered(p)
            _runs(p, t)
            src.append(t.replace("**", ""))
            numbers.append((n, t.replace("**", "")))
        elif b[0] == "nr":
            n += 1
            p = d.add_paragraph()
            numbered(p)
            for i, line in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                _runs(p, fill(line))
            t = "\n".join(x.replace("**", "").replace("\t", " ") for x in b[1])
            src.append(t)
            numbers.append((n, t))
    d.add_paragraph()
    p = d.add_paragraph()
    _runs(p, "Chair: ……………………………………\t\tDate: ……………………")
    src.append("Chair Date")
    buf = io.BytesIO()
    d.save(buf)
    (DOCS / DOC2).write_bytes(_fixed_zip(buf.getvalue(), (2025, 9, 25, 16, 41, 0)))
    return "\n".join(src), total, numbers


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    return "\n".join(parts)

GOLD2 = {
    "document": DOC2,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Overview and Scrutiny Panel",
    "meeting_date": "2025-09-18",
    "items": [
        {"number": "", "title": "Chair's announcements"},
        {"number": "", "title": "Apologies for absence"},
        {"number": "", "title": "Declarations of interest"},
        {"number": "", "title": "Minutes of the meeting held on 10 July 2025"},
        {"number": "", "title": "Adult Social Care Market Position Statement 2025–2028"},
        {"number": "", "title": "Community Nursing and Therapy Services – Procurement of a New Provider"},
        {"number": "", "title": "Drug and Alcohol Treatment and Recovery Service – Recommissioning"},
        {"number": "", "title": "Preparing for Adulthood – Transition from Children's to Adult Services"},
        {"number": "", "title": "Healthwatch Ashgrove Annual Report 2024/25"},
        {"number": "", "title": "Adult Social Care – Quarter 1 Performance and Budget Monitoring 2025/26"},
        {"number": "", "title": "Work Programme 2025/26"},
        {"number": "", "title": "Date and time of next meeting"},
    ],
    "questions": [
        # Market Position Statement
        {"item": "", "kind": "question",
         "text": "closure of smaller care homes did not leave residents in the north of the borough",
         "asked_by": "Councillor Matlock",
         "answer": "the capacity tracker was reviewed weekly and that the statement signalled to the market",
         "given_by": "Ms Varma", "themes": ["adult-social-care"]},
        {"item": "", "kind": "question",
         "text": "owned by companies based outside the UK or financed by private equity",
         "asked_by": "Councillor Osei",
         "answer": "the Council did not hold that information systematically",
         "given_by": "The Director", "themes": ["adult-social-care", "privatisation"]},
        {"item": "", "kind": "comment",
         "text": "preferred to work with not-for-profit and locally based providers",
         "asked_by": "Councillor Osei", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "", "kind": "question",
         "text": "Councillor Haddley asked about fee levels",
         "asked_by": "Councillor Haddley",
         "answer": "the standard residential rate for 2025/26 was £812 per week",
         "given_by": "The Director", "themes": ["adult-social-care", "finance"]},
        {"item": "", "kind": "request",
         "text": "asked that the statement include a commitment on information for self-funders",
         "asked_by": "Leanne Firth",
         "answer": "a commitment would be added to section 6 of the statement",
         "given_by": "Ms Varma",
         "themes": ["adult-social-care", "patient-and-public-input", "finance"]},
        {"item": "", "kind": "question",
         "text": "sought clarification on how the extra care target had been calculated",
         "asked_by": "Councillor Pryce",
         "answer": "two schemes, at Bellfield Road and Tanners Yard, had planning permission",
         "given_by": "The Director", "themes": ["adult-social-care", "housing"]},
        # Community nursing
        {"item": "", "kind": "concern",
         "text": "would be replaced by a private company whose profits would leave the borough",
         "asked_by": "Councillor Osei",
         "answer": "the change did not amount to a substantial variation",
         "given_by": "Ms Kerr",
         "themes": ["privatisation", "subcontracting", "governance"]},
        {"item": "", "kind": "question",
         "text": "asked whether staff terms and conditions, including access to the NHS Pension Scheme",
         "asked_by": "Councillor Okafor",
         "answer": "TUPE would protect existing terms, that the provider had committed",
         "given_by": "Ms Kerr", "themes": ["workforce", "subcontracting"]},
        {"item": "", "kind": "question",
         "text": "Councillor Haddley queried the evaluation scores",
         "asked_by": "Councillor Haddley",
         "answer": "the preferred provider had scored highest overall on quality",
         "given_by": "Ms Kerr", "themes": ["subcontracting", "governance"]},
        {"item": "", "kind": "question",
         "text": "asked how patients and carers would be told about the change",
         "asked_by": "Leanne Firth",
         "answer": "a patient panel of 14 people had helped to write the specification",
         "given_by": "Ms Kerr", "themes": ["patient-and-public-input", "subcontracting"]},
        # Drug and alcohol
        {"item": "", "kind": "question",
         "text": "asked what would happen to the outreach element if the additional grant",
         "asked_by": "Councillor Okafor",
         "answer": "the grant-funded element could be reduced without affecting the core service",
         "given_by": "Dr Bhatt", "themes": ["public-health", "finance", "subcontracting"]},
        {"item": "", "kind": "question",
         "text": "asked whether people with lived experience had been involved in designing the service",
         "asked_by": "Councillor Matlock",
         "answer": "a peer researcher group had carried out 63 interviews with people in treatment",
         "given_by": "Dr Bhatt", "themes": ["public-health", "patient-and-public-input"]},
        # Preparing for adulthood
        {"item": "", "kind": "question",
         "text": "asked why the assessment rate was so low and whether staffing was the cause",
         "asked_by": "Councillor Haddley",
         "answer": "two social worker posts in the team had been vacant for most of the year",
         "given_by": "Ms Reddish",
         "themes": ["children-and-families", "adult-social-care", "workforce"]},
        {"item": "", "kind": "concern",
         "text": "families were being asked to tell their story several times to different teams",
         "asked_by": "Councillor Osei",
         "answer": "a key worker pilot for the young people with the most complex needs",
         "given_by": "Mr Greenhalgh",
         "themes": ["children-and-families", "adult-social-care"]},
        {"item": "", "kind": "request",
         "text": "requested that the Panel receive the results of the pilot",
         "asked_by": "Councillor Okafor", "answer": None, "given_by": None,
         "themes": ["children-and-families", "patient-and-public-input"]},
        # Quarter 1
        {"item": "", "kind": "question",
         "text": "asked which savings were rated red and whether they would be replaced",
         "asked_by": "Councillor Matlock",
         "answer": "the red-rated savings related to the review of day opportunities",
         "given_by": "Mr Webster", "themes": ["finance", "adult-social-care"]},
        {"item": "", "kind": "question",
         "text": "asked whether the Council would have to draw on its reserves again this year",
         "asked_by": "Councillor Pryce",
         "answer": "a draw of up to £2 million on the social care risk reserve",
         "given_by": "Councillor Aspinall", "themes": ["finance", "adult-social-care"]},
        {"item": "", "kind": "question",
         "text": "asked whether the backlog of reviews was contributing to the overspend",
         "asked_by": "Councillor Osei",
         "answer": "overdue reviews were likely to mean that some packages were larger than needed",
         "given_by": "The Director", "themes": ["finance", "adult-social-care"]},
        # Work programme
        {"item": "", "kind": "request",
         "text": "suggested that the Panel hold a themed meeting on support for unpaid carers",
         "asked_by": "Councillor Okafor", "answer": None, "given_by": None,
         "themes": ["adult-social-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "", "text": "minutes of the meeting held on 10 July 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "", "text": "the draft Adult Social Care Market Position Statement 2025–2028 be endorsed",
         "outcome": "agreed", "themes": ["adult-social-care", "privatisation"]},
        {"item": "", "text": "expressing the Panel's concern that it was not formally consulted on the procurement",
         "outcome": "agreed", "themes": ["subcontracting", "governance", "workforce"]},
        {"item": "", "text": "RESOLVED – That the report be noted.",
         "outcome": "noted", "themes": ["public-health", "subcontracting"]},
        {"item": "", "text": "the current arrangements for transition to adult services be noted",
         "outcome": "agreed", "themes": ["children-and-families", "adult-social-care", "patient-and-public-input"]},
        {"item": "", "text": "the Healthwatch Ashgrove Annual Report 2024/25 be received",
         "outcome": "noted", "themes": ["patient-and-public-input"]},
        {"item": "", "text": "the Quarter 1 performance and budget monitoring position for adult social care",
         "outcome": "noted", "themes": ["finance", "adult-social-care"]},
        {"item": "", "text": "That the work programme be agreed, subject to the changes set out",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Councillor Janet Whitworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Sam Osei", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Tom Haddley", "role": "substitute for Councillor Rachel Drummond", "attendance": "present"},
        {"name": "Councillor Helen Matlock", "role": None, "attendance": "present"},
        {"name": "Councillor Ruth Okafor", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Pryce", "role": None, "attendance": "present"},
        {"name": "Leanne Firth", "role": "Co-optee, Healthwatch Ashgrove", "attendance": "present"},
        {"name": "Councillor Dean Aspinall", "role": "Executive Member for Adult Social Care", "attendance": "in_attendance"},
        {"name": "Marion Kilbride", "role": "Director of Adult Social Care and Health", "attendance": "in_attendance"},
        {"name": "Paul Greenhalgh", "role": "Director of Children's Services", "attendance": "in_attendance"},
        {"name": "Sunita Varma", "role": "Head of Commissioning and Market Shaping (Adults)", "attendance": "in_attendance"},
        {"name": "Dr Naveen Bhatt", "role": "Consultant in Public Health", "attendance": "in_attendance"},
        {"name": "Fiona Reddish", "role": "Head of Service – Preparing for Adulthood", "attendance": "in_attendance"},
        {"name": "Carl Webster", "role": "Finance Manager – Adults and Health", "attendance": "in_attendance"},
        {"name": "Jodie Marsh", "role": "Scrutiny Officer", "attendance": "in_attendance"},
        {"name": "Alison Kerr", "role": "Director of Primary and Community Care, Ashgrove Place, NHS South Pennine ICB", "attendance": "in_attendance"},
        {"name": "Councillor Rachel Drummond", "role": None, "attendance": "apologies"},
        {"name": "Councillor Imran Qureshi", "role": None, "attendance": "apologies"},
        {"name": "Bev Castleton", "role": "Healthwatch Ashgrove", "attendance": "apologies"},
    ],
}

# ===========================================================================
# 3. Brackenmoor Council - minutes published as plain text in one <pre>
# ===========================================================================

DOC3 = "y-brackenmoor-health-housing-scrutiny-minutes-2025-07-22.html"

D3_HEAD = """\
                         BRACKENMOOR COUNCIL

          HEALTH, HOUSING AND ADULT CARE SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday 22 July 2025 at 2.00 pm in the
Kirkgate Room, Brackenmoor Civic Centre, Market Street, Brackenmoor

PRESENT:    Cllr K Ashdown (Chair)
            Cllrs N Byrne (Vice-Chair), F Calloway, J Dyer,
            M Esterhuizen, R Holroyd, S Iqbal and W Kenyon (sub for
            Cllr P Lister)

ALSO        Cllr G Mowbray  - Cabinet Member for Housing & Homelessness
PRESENT:    Cllr A Nuttall  - Cabinet Member for Adult Care & Health

OFFICERS:   T Oakes         - Director of Adult Care & Housing
            H Pennington    - Head of Housing Options & Homelessness
            B Quinlan       - Commissioning Manager (Carers &
                              Prevention)
            L Redfern       - Senior Democratic Services Officer

NHS:        M Underwood     - Head of Primary Care Commissioning,
                              NHS Pennine Fells ICB
            Dr S Thackeray  - Clinical Director, Brackenmoor North
                              Primary Care Network

APOLOGIES:  Cllr P Lister, Cllr C Varga
"""

# (number, TITLE, [paragraphs]); a paragraph starting with "|" is pre-formatted as is
D3_ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "Apologies were received from Cllr P Lister (Cllr W Kenyon substituting) and "
        "Cllr C Varga.",
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        "Cllr S Iqbal declared an other registrable interest in item 6 as a salaried GP at a "
        "practice in the Brackenmoor South Primary Care Network, and took no part in the "
        "discussion of that item.  Cllr J Dyer declared a non-registrable interest in item 5 "
        "as the owner of one let property in the borough.",
    ]),
    ("3", "MINUTES OF THE PREVIOUS MEETING", [
        "|RESOLVED - That the minutes of the meeting held on 3 June 2025 be\n"
        "|           approved as a correct record, subject to the spelling of\n"
        "|           Cllr Esterhuizen's name being corrected in minute 8.",
    ]),
    ("4", "PUBLIC PARTICIPATION", [
        "One question had been submitted in accordance with the Council's procedure rules.",
        "Ms D Farrant asked why the number of families with children living in bed and "
        "breakfast accommodation for more than six weeks had risen, and what the Council was "
        "doing about it.  The Cabinet Member for Housing & Homelessness replied that the "
        "figure had risen from 4 to 19 families between January and June, that this was "
        "unlawful and unacceptable, and that the Council had leased 30 additional "
        "self-contained units from a housing association which would be available from "
        "September.  Ms Farrant did not ask a supplementary question.",
    ]),
    ("5", "TEMPORARY ACCOMMODATION AND HOMELESSNESS - PERFORMANCE AND COSTS", [
        "The Head of Housing Options & Homelessness introduced the report.  There were 386 "
        "households in temporary accommodation on 30 June 2025, an increase of 27% on the "
        "previous year.  The net cost to the Council had been GBP 5.2m in 2024/25 against a "
        "budget of GBP 3.1m, largely because housing benefit subsidy for temporary "
        "accommodation remained capped at 90% of the January 2011 local housing allowance "
        "rates.  Around a third of households were in nightly-paid accommodation let by "
        "private operators.",
        "Cllr Calloway queried why the Council was still paying nightly rates to private "
        "operators rather than buying its own properties, and whether a business case for "
        "acquisition had been prepared.  In reply, the Head of Housing Options explained that "
        "a business case to purchase 60 homes using Local Authority Housing Fund grant and "
        "prudential borrowing had been approved by Cabinet in May and that 14 purchases had "
        "completed.  Cllr Holroyd asked how many households had been placed outside the "
        "borough, and was told that 41 households were in neighbouring districts, mostly in "
        "Calderside, and that the child's school was notified in every case.  Cllr Byrne "
        "expressed concern about the condition of some of the accommodation, citing damp and "
        "mould reported to her by a constituent, and asked what inspection regime was in "
        "place.  The Director of Adult Care & Housing said that every property was inspected "
        "before first use and annually thereafter, and that the case raised by Cllr Byrne "
        "would be investigated that week.",
        "Cllr Esterhuizen asked whether the rising cost would have to be met from reserves.  "
        "The Cabinet Member for Housing & Homelessness replied that GBP 1.5m had been added "
        "to the base budget for 2025/26 but that a further pressure of around GBP 1.3m was "
        "forecast and would be reported to Cabinet in the quarter 1 monitoring report.",
        "|RESOLVED - That\n"
        "|  (1) the report be noted;\n"
        "|  (2) the Committee's concern at the rising number of families placed\n"
        "|      in bed and breakfast accommodation be conveyed to the Cabinet\n"
        "|      Member for Housing & Homelessness; and\n"
        "|  (3) a progress report on the acquisition programme be submitted to\n"
        "|      the meeting in January 2026.",
    ]),
    ("6", "GP ACCESS IN BRACKENMOOR - PRIMARY CARE ACCESS RECOVERY", [
        "M Underwood and Dr S Thackeray gave a presentation on access to general practice.  "
        "In the 2025 GP Patient Survey 62% of Brackenmoor patients described their experience "
        "of their practice as good, compared with 74% nationally; three practices had "
        "temporarily closed their lists; and all practices had now moved to cloud-based "
        "telephony.  The Additional Roles Reimbursement Scheme had funded 58 posts across the "
        "four primary care networks.",
        "Cllr Kenyon queried whether the ICB would allow the Minster Road branch surgery to "
        "close, given that the nearest alternative was two bus journeys away for many older "
        "patients.  M Underwood said that no application to close the branch had been "
        "received, that any application would be subject to patient engagement and an "
        "equality assessment, and that the Committee would be consulted.  Cllr Dyer asked why "
        "some practices switched off their online request forms by 10.00 am and directed "
        "patients to NHS 111; Dr Thackeray acknowledged that some practices closed online "
        "requests once capacity was reached, said that this would breach the new contractual "
        "requirement from October 2025, and said the ICB would write to practices.",
        "Cllr Holroyd asked how many community pharmacies had closed in the borough in the "
        "past two years.  M Underwood said six had closed since 2023, including two branches "
        "of a national chain in supermarkets, and that the pharmaceutical needs assessment had "
        "found no gap in provision.  Cllr Holroyd commented that residents of Lowfield, who "
        "now had no pharmacy within walking distance, would not recognise that conclusion.",
        "|RESOLVED - That the presentation be noted and the ICB representatives\n"
        "|           be thanked for attending.",
    ]),
    ("7", "CARERS' STRATEGY 2025-2030 - CONSULTATION FEEDBACK", [
        "B Quinlan presented the feedback from the consultation on the draft Carers' Strategy. "
        " There had been 612 responses, and the three strongest themes were access to "
        "respite, information and advice, and carers' own physical and mental health.  The "
        "strategy would go to Cabinet in September.",
        "Cllr Byrne asked how young carers had been involved, as only 11 responses had come "
        "from people under 18.  B Quinlan replied that separate sessions had been held with "
        "the young carers' group run by Brackenmoor Carers' Centre and that their views were "
        "set out in appendix C.  Cllr Calloway raised concerns that the strategy had no "
        "funding attached and asked whether respite provision would actually increase.  The "
        "Cabinet Member for Adult Care & Health replied that GBP 420,000 from the Better Care "
        "Fund had been earmarked for carers' breaks in 2025/26 and that the action plan would "
        "be costed before the strategy went to Cabinet.",
        "|RESOLVED - That Cabinet be recommended to approve the Carers' Strategy\n"
        "|           2025-2030, subject to the inclusion of a costed action plan\n"
        "|           and specific measures for young carers.",
    ]),
    ("8", "INTEGRATED COMMUNITY EQUIPMENT SERVICE - PROPOSED CONTRACT EXTENSION", [
        "The Committee undertook pre-decision scrutiny of a proposal, due to be considered by "
        "Cabinet on 12 August, to extend the contract with Ablecare Equipment Services Ltd for "
        "a further two years to March 2028 at an annual value of GBP 2.8m, funded from the "
        "pooled budget held with the ICB under a section 75 agreement.",
        "Cllr Esterhuizen asked why the service was not being re-tendered, given that the "
        "contractor had missed its two-day delivery target in four of the last six months.  "
        "The Director of Adult Care & Housing explained that there were only two national "
        "suppliers in the market, that a joint re-procurement with three neighbouring "
        "councils was planned for 2027, and that a performance improvement plan with "
        "financial penalties had been agreed with the contractor in April.  Cllr Byrne asked "
        "whether bringing the service back in-house had been considered; the Director said an "
        "options appraisal had concluded that an in-house service would cost around 18% more "
        "over the first three years because of the investment needed in a depot and vehicles.",
        "|RESOLVED - That Cabinet be advised that the Committee supports the\n"
        "|           proposed two-year extension of the Integrated Community\n"
        "|           Equipment Service contract, on condition that quarterly\n"
        "|           performance reports against the improvement plan are\n"
        "|           provided to this Committee.",
    ]),
    ("9", "WORK PROGRAMME 2025/26", [
        "The Senior Democratic Services Officer presented the work programme.  Cllr Kenyon "
        "requested that an item on the Minster Road branch surgery be added if an application "
        "to close it was received.",
        "|RESOLVED - That the work programme be approved, with the addition of\n"
        "|           an item on access to NHS dentistry in November 2025.",
    ]),
    ("10", "URGENT ITEMS", [
        "There were no urgent items.",
    ]),
]

D3_TAIL = """\
The meeting closed at 4.40 pm.



Signed ......................................  Chair

Date ........................................
"""


def d3_resolution(p):
    """A resolution block, hanging-indented the way a typist would lay it out."""
    t = " ".join(l[1:].strip() for l in p.split("\n"))
    body = t[len("RESOLVED - That"):].strip()
    clauses = re.split(r"\s*(?=\(\d\) )", body)
    clauses = [c for c in clauses if c]
    if len(clauses) > 1:
        lines = ["    RESOLVED - That"]
        for c in clauses:
            lines.append(textwrap.fill(c[4:], 72, initial_indent="      " + c[:4],
                                       subsequent_indent=" " * 10, break_on_hyphens=False))
        return "\n".join(lines)
    return textwrap.fill(t, 72, initial_indent="    ", subsequent_indent=" " * 15,
                         break_on_hyphens=False)


def d3_pre_text():
    out = [D3_HEAD, ""]
    for num, title, paras in D3_ITEMS:
        head = f"{num}.  {title}"
        if len(head) > 72:
            lines = textwrap.wrap(head, 72, subsequent_indent=" " * (len(num) + 3))
        else:
            lines = [head]
        out += lines
        out.append("-" * max(len(l) for l in lines))
        for p in paras:
            if p.startswith("|"):
                out.append(d3_resolution(p))
            else:
                out.append(textwrap.fill(p, 72, initial_indent="    ", subsequent_indent="    ",
                                         break_long_words=False, break_on_hyphens=False))
            out.append("")
        out.append("")
    out.append(D3_TAIL)
    text = "\n".join(out)
    for line in text.split("\n"):
        assert len(line) <= 72, line
    return text


D3_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Health, Housing and Adult Care Scrutiny Committee - 22 July 2025 - Minutes | Brackenmoor Council</title>
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.12">
<style>
  pre.minutes-text {{ font-family: "Courier New", Courier, monospace; font-size: 0.9rem;
                      background: #fafafa; border: 1px solid #ddd; padding: 1rem; overflow-x: auto; }}
</style>
</head>
<body class="page-committee-minutes">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this site work and to understand how you use it.
  <a href="/cookies">Cookie settings</a> <button type="button">Accept all cookies</button></p>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/brackenmoor-logo.svg" alt="Brackenmoor Council home page" width="180" height="48"></a>
    <form class="site-search" action="/search" method="get">
      <label for="q" class="visually-hidden">Search this site</label>
      <input id="q" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/adult-care">Adult care and health</a></li>
      <li><a href="/planning">Planning and building control</a></li>
      <li><a href="/your-council" class="active">Your council</a></li>
    </ul>
  </nav>
</header>
<div class="container">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/your-council/meetings">Council meetings</a></li>
      <li><a href="/your-council/meetings/health-housing-adult-care-scrutiny">Health, Housing and Adult Care Scrutiny Committee</a></li>
      <li aria-current="page">22 July 2025</li>
    </ol>
  </nav>
  <main id="main">
    <h1>Health, Housing and Adult Care Scrutiny Committee: minutes, 22 July 2025</h1>
    <p class="meta">Published: 19 August 2025 &middot; Status: approved at the meeting on 16 September 2025</p>
    <p>These minutes are published as plain text so that they can be read by screen readers
    and copied easily. The signed copy can be inspected at the Civic Centre by appointment.
    For the agenda and reports for this meeting see the
    <a href="/your-council/meetings/health-housing-adult-care-scrutiny/2025-07-22/agenda">agenda page</a>.</p>
<pre class="minutes-text">
{pre}</pre>
    <aside class="related">
      <h2>Related pages</h2>
      <ul>
        <li><a href="/your-council/meetings/health-housing-adult-care-scrutiny/2025-09-16">Next meeting: 16 September 2025</a></li>
        <li><a href="/your-council/meetings/health-housing-adult-care-scrutiny/2025-06-03">Previous meeting: 3 June 2025</a></li>
        <li><a href="/your-council/have-your-say-at-meetings">Asking a question at a council meeting</a></li>
        <li><a href="/your-council/webcasts">Watch meetings online</a></li>
      </ul>
    </aside>
    <form class="feedback" action="/feedback" method="post">
      <fieldset>
        <legend>Was this page useful?</legend>
        <label><input type="radio" name="useful" value="yes"> Yes</label>
        <label><input type="radio" name="useful" value="no"> No</label>
        <button type="submit">Send</button>
      </fieldset>
    </form>
  </main>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/contact-us">Contact us</a></li>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/jobs">Jobs</a></li>
    </ul>
    <p>Brackenmoor Council, Civic Centre, Market Street, Brackenmoor BK1 1AA. Telephone 01632 960 400.</p>
    <p>&copy; Brackenmoor Council 2025</p>
  </div>
</footer>
<script src="/assets/js/site.min.js?v=4.12" defer></script>
</body>
</html>
"""


def build_doc3():
    pre = d3_pre_text()
    page = D3_PAGE.format(pre=html.escape(pre, quote=False))
    (DOCS / DOC3).write_text(page, encoding="utf-8")
    return pre


def html_text(path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out, self.skip = [], 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip -= 1

        def handle_data(self, data):
            if not self.skip:
                self.out.append(data)

    p = P()
    p.feed(Path(path).read_text(encoding="utf-8"))
    return " ".join(p.out)


GOLD3 = {
    "document": DOC3,
    "doc_type": "minutes",
    "committee": "Health, Housing and Adult Care Scrutiny Committee",
    "meeting_date": "2025-07-22",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "4", "title": "PUBLIC PARTICIPATION"},
        {"number": "5", "title": "TEMPORARY ACCOMMODATION AND HOMELESSNESS - PERFORMANCE AND COSTS"},
        {"number": "6", "title": "GP ACCESS IN BRACKENMOOR - PRIMARY CARE ACCESS RECOVERY"},
        {"number": "7", "title": "CARERS' STRATEGY 2025-2030 - CONSULTATION FEEDBACK"},
        {"number": "8", "title": "INTEGRATED COMMUNITY EQUIPMENT SERVICE - PROPOSED CONTRACT EXTENSION"},
        {"number": "9", "title": "WORK PROGRAMME 2025/26"},
        {"number": "10", "title": "URGENT ITEMS"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "asked why the number of families with children living in bed and breakfast",
         "asked_by": "Ms D Farrant",
         "answer": "the Council had leased 30 additional self-contained units from a housing association",
         "given_by": "The Cabinet Member for Housing & Homelessness",
         "themes": ["housing", "children-and-families", "patient-and-public-input"]},
        {"item": "5", "kind": "question",
         "text": "queried why the Council was still paying nightly rates to private operators",
         "asked_by": "Cllr Calloway",
         "answer": "a business case to purchase 60 homes using Local Authority Housing Fund grant",
         "given_by": "the Head of Housing Options",
         "themes": ["housing", "finance", "privatisation", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "Cllr Holroyd asked how many households had been placed outside the borough",
         "asked_by": "Cllr Holroyd",
         "answer": "41 households were in neighbouring districts, mostly in Calderside",
         "given_by": None, "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "concern",
         "text": "expressed concern about the condition of some of the accommodation, citing damp and mould",
         "asked_by": "Cllr Byrne",
         "answer": "every property was inspected before first use and annually thereafter",
         "given_by": "The Director of Adult Care & Housing",
         "themes": ["housing", "governance"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the rising cost would have to be met from reserves",
         "asked_by": "Cllr Esterhuizen",
         "answer": "1.5m had been added to the base budget for 2025/26",
         "given_by": "The Cabinet Member for Housing & Homelessness",
         "themes": ["housing", "finance"]},
        {"item": "6", "kind": "question",
         "text": "queried whether the ICB would allow the Minster Road branch surgery to close",
         "asked_by": "Cllr Kenyon",
         "answer": "no application to close the branch had been received",
         "given_by": "M Underwood",
         "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "6", "kind": "question",
         "text": "asked why some practices switched off their online request forms by 10.00 am",
         "asked_by": "Cllr Dyer",
         "answer": "some practices closed online requests once capacity was reached",
         "given_by": "Dr Thackeray", "themes": ["primary-care"]},
        {"item": "6", "kind": "question",
         "text": "asked how many community pharmacies had closed in the borough in the past two years",
         "asked_by": "Cllr Holroyd",
         "answer": "six had closed since 2023, including two branches of a national chain",
         "given_by": "M Underwood", "themes": ["primary-care"]},
        {"item": "6", "kind": "comment",
         "text": "residents of Lowfield, who now had no pharmacy within walking distance",
         "asked_by": "Cllr Holroyd", "answer": None, "given_by": None,
         "themes": ["primary-care"]},
        {"item": "7", "kind": "question",
         "text": "Cllr Byrne asked how young carers had been involved",
         "asked_by": "Cllr Byrne",
         "answer": "separate sessions had been held with the young carers' group",
         "given_by": "B Quinlan",
         "themes": ["adult-social-care", "children-and-families", "patient-and-public-input"]},
        {"item": "7", "kind": "concern",
         "text": "raised concerns that the strategy had no funding attached",
         "asked_by": "Cllr Calloway",
         "answer": "420,000 from the Better Care Fund had been earmarked for carers' breaks",
         "given_by": "The Cabinet Member for Adult Care & Health",
         "themes": ["adult-social-care", "finance", "integration"]},
        {"item": "8", "kind": "question",
         "text": "asked why the service was not being re-tendered",
         "asked_by": "Cllr Esterhuizen",
         "answer": "there were only two national suppliers in the market",
         "given_by": "The Director of Adult Care & Housing",
         "themes": ["subcontracting", "adult-social-care"]},
        {"item": "8", "kind": "question",
         "text": "asked whether bringing the service back in-house had been considered",
         "asked_by": "Cllr Byrne",
         "answer": "an in-house service would cost around 18% more over the first three years",
         "given_by": "the Director",
         "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "9", "kind": "request",
         "text": "requested that an item on the Minster Road branch surgery be added",
         "asked_by": "Cllr Kenyon", "answer": None, "given_by": None,
         "themes": ["primary-care", "governance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 3 June 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "concern at the rising number of families placed in bed and breakfast",
         "outcome": "agreed", "themes": ["housing", "children-and-families"]},
        {"item": "6", "text": "That the presentation be noted and the ICB representatives be thanked",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "7", "text": "That Cabinet be recommended to approve the Carers' Strategy",
         "outcome": "recommended", "themes": ["adult-social-care", "children-and-families"]},
        {"item": "8", "text": "Cabinet be advised that the Committee supports the proposed two-year extension",
         "outcome": "recommended", "themes": ["subcontracting", "adult-social-care"]},
        {"item": "9", "text": "That the work programme be approved, with the addition of",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Cllr K Ashdown", "role": "Chair", "attendance": "present"},
        {"name": "Cllr N Byrne", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Cllr F Calloway", "role": None, "attendance": "present"},
        {"name": "Cllr J Dyer", "role": None, "attendance": "present"},
        {"name": "Cllr M Esterhuizen", "role": None, "attendance": "present"},
        {"name": "Cllr R Holroyd", "role": None, "attendance": "present"},
        {"name": "Cllr S Iqbal", "role": None, "attendance": "present"},
        {"name": "Cllr W Kenyon", "role": "sub for Cllr P Lister", "attendance": "present"},
        {"name": "Cllr G Mowbray", "role": "Cabinet Member for Housing & Homelessness", "attendance": "in_attendance"},
        {"name": "Cllr A Nuttall", "role": "Cabinet Member for Adult Care & Health", "attendance": "in_attendance"},
        {"name": "T Oakes", "role": "Director of Adult Care & Housing", "attendance": "in_attendance"},
        {"name": "H Pennington", "role": "Head of Housing Options & Homelessness", "attendance": "in_attendance"},
        {"name": "B Quinlan", "role": "Commissioning Manager (Carers & Prevention)", "attendance": "in_attendance"},
        {"name": "L Redfern", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "M Underwood", "role": "Head of Primary Care Commissioning, NHS Pennine Fells ICB", "attendance": "in_attendance"},
        {"name": "Dr S Thackeray", "role": "Clinical Director, Brackenmoor North Primary Care Network", "attendance": "in_attendance"},
        {"name": "Cllr P Lister", "role": None, "attendance": "apologies"},
        {"name": "Cllr C Varga", "role": None, "attendance": "apologies"},
    ],
}

# ===========================================================================
# 4. Wexcombe County Council constitution extract - NOT minutes
# ===========================================================================

DOC4 = "y-wexcombe-constitution-health-scrutiny-terms-of-reference.pdf"

D4_BLOCKS = [
    ("h1", "PART 3 – RESPONSIBILITY FOR FUNCTIONS"),
    ("h1", "Section 3.7 – Adults and Health Scrutiny Committee"),
    ("p", "This section sets out the terms of reference of the Adults and Health Scrutiny "
          "Committee and the procedure rules which apply to its meetings in addition to the "
          "Council Procedure Rules in Part 4. It was last revised by the County Council on "
          "15 May 2025 (Minute 11 refers)."),
    ("h", "1.", "Membership"),
    ("c", "1.1", "The Committee shall comprise eleven county councillors appointed by the County "
                 "Council in accordance with the rules on political balance. No member of the "
                 "Cabinet may be a member of the Committee."),
    ("c", "1.2", "The Committee may co-opt one non-voting representative nominated by Healthwatch "
                 "Wexcombe and may co-opt further non-voting members for a particular review."),
    ("c", "1.3", "A member who is unable to attend a meeting may be replaced by a substitute from "
                 "the same political group, provided that the Democratic Services Officer is "
                 "notified before the start of the meeting. A substitute has all the rights of the "
                 "member he or she replaces for that meeting."),
    ("h", "2.", "Chairman and Vice-Chairman"),
    ("c", "2.1", "The Chairman and Vice-Chairman shall be appointed by the County Council at its "
                 "annual meeting. In the absence of both, the members present shall choose one of "
                 "their number to preside."),
    ("h", "3.", "Quorum"),
    ("c", "3.1", "The quorum of the Committee is one quarter of its voting membership, but shall "
                 "never be fewer than three voting members. Co-opted members do not count towards "
                 "the quorum."),
    ("c", "3.2", "If a quorum is not present within fifteen minutes of the time fixed for the "
                 "start of the meeting, or if during a meeting the number of voting members "
                 "present falls below the quorum, the meeting shall stand adjourned and the "
                 "remaining business shall be taken at the next ordinary meeting."),
    ("h", "4.", "Terms of Reference"),
    ("p", "The Committee shall:"),
    ("c", "(a)", "review and scrutinise any matter relating to the planning, provision and "
                 "operation of the health service in Wexcombe, in accordance with the Local "
                 "Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
                 "Regulations 2013;"),
    ("c", "(b)", "review and scrutinise the discharge of the Council's functions in relation to "
                 "adult social care, safeguarding adults and public health, including services "
                 "commissioned from external providers;"),
    ("c", "(c)", "consider and respond to proposals from NHS bodies and relevant health service "
                 "providers for a substantial development or variation of services;"),
    ("c", "(d)", "require members and employees of relevant NHS bodies to attend before it to "
                 "answer questions, and require such bodies to provide information;"),
    ("c", "(e)", "make reports and recommendations to the Cabinet, the County Council, NHS bodies "
                 "and other partners on any of the matters within its remit; and"),
    ("c", "(f)", "agree and keep under review an annual work programme, having regard to the "
                 "views of residents, Healthwatch Wexcombe and the Health and Wellbeing Board."),
    ("h", "5.", "Referral Powers"),
    ("c", "5.1", "The County Council has delegated to the Committee its health scrutiny functions, "
                 "other than the power to make a joint committee with another authority, which is "
                 "reserved to the County Council."),
    ("c", "5.2", "Where the Committee is not satisfied with a proposal for a substantial "
                 "development or variation, it may write to the Secretary of State for Health and "
                 "Social Care requesting that the Secretary of State consider exercising the "
                 "power to call in the proposal. Before doing so the Committee shall first seek "
                 "local resolution with the NHS body concerned, and shall set out its reasons and "
                 "the evidence on which it relies."),
    ("c", "5.3", "The Committee may refer a report or recommendation to the Cabinet, and the "
                 "Cabinet shall consider it within two months. A recommendation to the County "
                 "Council shall be placed on the agenda of the next ordinary Council meeting."),
    ("c", "5.4", "The Committee may not itself take any decision that is reserved to the Cabinet "
                 "or to the County Council, and it may not instruct an officer to act."),
    ("h1", "PART 4 – RULES OF PROCEDURE"),
    ("h1", "Section 4.6 – Scrutiny Committee Procedure Rules (extract)"),
    ("h", "6.", "Agenda and Notice of Meetings"),
    ("c", "6.1", "The Democratic Services Officer shall publish the agenda at least five clear "
                 "working days before each meeting. Any member of the Committee may ask for an "
                 "item within the Committee's terms of reference to be placed on the agenda of the "
                 "next available meeting."),
    ("h", "7.", "Questions by Members of the Public"),
    ("c", "7.1", "A person who lives, works or studies in Wexcombe may ask one question at an "
                 "ordinary meeting of the Committee on any matter within its terms of reference. "
                 "The question must be delivered in writing or by email to the Democratic Services "
                 "Officer by 12 noon three clear working days before the meeting."),
    ("c", "7.2", "The Chairman may reject a question which is defamatory, frivolous or offensive, "
                 "which relates to an individual case or to a matter that is the subject of legal "
                 "proceedings, or which is substantially the same as a question put in the previous "
                 "six months."),
    ("c", "7.3", "Questions will be taken in the order in which they were received. The "
                 "questioner may speak for up to three minutes and, after the reply, may ask one "
                 "supplementary question arising directly from it. No more than thirty minutes "
                 "shall be allowed for public questions at any meeting."),
    ("c", "7.4", "A question may be answered by the Chairman, by the relevant Cabinet Member or by "
                 "an officer. Where the questioner is not present, or the reply cannot conveniently "
                 "be given at the meeting, a written answer will be sent within ten working days."),
    ("c", "7.5", "A summary of each question and of the answer given shall be recorded in the "
                 "minutes of the meeting."),
    ("h", "8.", "Questions by Members of the Committee"),
    ("c", "8.1", "Members may ask questions of any Cabinet Member, officer or NHS representative "
                 "attending the meeting on the matter under consideration. The Chairman shall "
                 "ensure that every member who wishes to speak has an opportunity to do so."),
    ("h", "9.", "How Resolutions Are Made"),
    ("c", "9.1", "A motion or amendment must relate to an item on the agenda, must be moved and "
                 "seconded, and may be withdrawn by the mover with the consent of the seconder. "
                 "Only one amendment may be moved and discussed at any one time."),
    ("c", "9.2", "Unless the Committee agrees otherwise, every question shall be decided by a "
                 "simple majority of the voting members present, by a show of hands. In the case "
                 "of an equality of votes the Chairman shall have a second or casting vote."),
    ("c", "9.3", "Any two members may require, before the vote is taken, that the way in which "
                 "each member voted be recorded in the minutes."),
    ("c", "9.4", "Decisions of the Committee shall be recorded in the minutes in the form of a "
                 "resolution beginning with the words “RESOLVED – That”, and recommendations to "
                 "another body in the form “RECOMMENDED to Cabinet – That”."),
    ("c", "9.5", "Where the Committee agrees, without a formal motion, to note a report or to "
                 "request further information, the Chairman shall state the decision before the "
                 "meeting moves to the next item, and it shall be recorded as a resolution."),
    ("h", "10.", "Declarations of Interest and Minutes"),
    ("c", "10.1", "Members shall declare any interest under the Members' Code of Conduct at the "
                  "start of the meeting or as soon as it becomes apparent, and shall withdraw where "
                  "the Code requires it."),
    ("c", "10.2", "The Chairman shall sign the minutes of the proceedings at the next suitable "
                  "meeting. The only part of the minutes that may be discussed is their accuracy."),
    ("h", "11.", "Call-in of Executive Decisions"),
    ("c", "11.1", "Call-in of decisions of the Cabinet, a Cabinet Member or a key decision taken "
                  "by an officer is governed by the Overview and Scrutiny Procedure Rules in "
                  "Section 4.5 and is not repeated here."),
]


def d4_footer(pdf):
    pdf.set_font("DV", "", 8)
    pdf.text(20, 287, "Wexcombe County Council Constitution – Version 14 (May 2025)")
    t = f"Page 3-{40 + pdf.page_no()}"
    pdf.text(190 - pdf.get_string_width(t), 287, t)


def build_doc4():
    pdf = LaidPDF("Part 3 – Section 3.7 / Part 4 – Section 4.6",
                  "Adults and Health Scrutiny Committee", d4_footer, action_col=False,
                  body_x0=20, body_x1=190, first_page_header=True)
    pdf.set_creation_date(datetime.datetime(2025, 5, 20, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Constitution Part 3 Section 3.7 - Adults and Health Scrutiny Committee")
    pdf.set_author("Legal and Democratic Services")
    pdf.set_producer("Wexcombe CC Committee System")
    pdf.add_page()
    src = []
    for b in D4_BLOCKS:
        if b[0] == "h1":
            pdf.need(14)
            pdf.space(2)
            pdf.para(b[1], size=12, bold=True, justify=False, hyphenate=False, after=3)
            src.append(b[1])
        elif b[0] == "h":
            pdf.need(14)
            pdf.space(1.5)
            pdf.para(b[2], x0=32, label=b[1], label_x=20, bold=True, justify=False,
                     hyphenate=False, after=2)
            src.append(b[1] + " " + b[2])
        elif b[0] == "p":
            pdf.para(b[1], x0=20)
            src.append(b[1])
        elif b[0] == "c":
            pdf.para(b[2], x0=32, label=b[1], label_x=20)
            src.append(b[1] + " " + b[2])
    pdf.output(str(DOCS / DOC4))
    return "\n".join(src)


GOLD4 = {"document": DOC4, "doc_type": "other"}

# ===========================================================================
# build, gold and --check
# ===========================================================================

def phrases(gold):
    for q in gold.get("questions", []):
        yield "question", q["text"]
        if q.get("answer"):
            yield "answer", q["answer"]
    for r in gold.get("resolutions", []):
        yield "resolution", r["text"]


def check(name, gold, texts):
    ok = True
    for kind, ph in phrases(gold):
        nw = len(norm(ph).split())
        if not 6 <= nw <= 15:
            print(f"  {name}: {kind} phrase has {nw} words: {ph!r}")
            ok = False
        for label, t in texts.items():
            c = count_phrase(ph, t)
            if c != 1:
                print(f"  {name} [{label}]: {kind} phrase found {c} times: {ph!r}")
                ok = False
    return ok


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    src1 = build_doc1()
    src2, npara, numbers = build_doc2()
    src3 = build_doc3()
    src4 = build_doc4()
    golds = [(DOC1, GOLD1), (DOC2, GOLD2), (DOC3, GOLD3), (DOC4, GOLD4)]
    for doc, g in golds:
        (GOLD / (Path(doc).stem + ".json")).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    print(f"built 4 documents; {DOC2} has {npara} numbered paragraphs")
    if "--check" not in sys.argv:
        return 0
    ok = True
    texts = {
        DOC1: {"source": src1, "pdf body column": pdf_text_body(DOCS / DOC1, 162, 20, 280)},
        DOC2: {"source": src2, "docx": docx_text(DOCS / DOC2)},
        DOC3: {"source": src3, "html": html_text(DOCS / DOC3)},
        DOC4: {"source": src4, "pdf": pdf_text_full(DOCS / DOC4)},
    }
    for doc, g in golds:
        ok &= check(doc, g, texts[doc])
        # sanity: counts
        nq, nr = len(g.get("questions", [])), len(g.get("resolutions", []))
        ni, na = len(g.get("items", [])), len(g.get("attendees", []))
        print(f"{doc}: items={ni} questions={nq} resolutions={nr} attendees={na}")
        for a in g.get("attendees", []):
            if count_phrase(a["name"].replace("Councillor ", "").replace("Cllr ", ""),
                            texts[doc]["source"]) < 1:
                print(f"  attendee not found: {a['name']}")
                ok = False
    # resolution numbers quoted in the brief's style: "37. RESOLVED – That the report be noted."
    for n, t in numbers:
        if t.startswith("RESOLVED – That the report be noted"):
            print(f"  (docx: 'RESOLVED – That the report be noted.' is paragraph {n})")
    # the non-minutes document must not be mistaken for minutes: no gold rows at all
    assert set(GOLD4) == {"document", "doc_type"}
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
